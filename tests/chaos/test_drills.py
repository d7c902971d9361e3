"""Drills end to end, short: each starts its own embedded system (private PostgreSQL and
Redis, the Telegram emulator, the fault proxy when needed, the bot as a process), runs its
Chaos Toolkit experiment under synthetic load, and writes its report; the tests read the
report's figures and verdict.

- PostgreSQL killed, through ``family-emotions chaos drill --engine cli``: the stock
  ``chaos run`` command runs the experiment with the system in ``FE_DRILL_*`` variables;
- 150 ms of latency to PostgreSQL and Redis through the fault proxy (chaostoolkit-lib);
- the bot killed -9 in a burst, and the same drill against a bot whose update journal
  records nothing (a test-only sabotage): it loses acknowledged updates, and its drill
  says FAIL with the reason and exit status 1;
- the SRE's way without the drill runner: ``family-emotions chaos up`` starts the system
  and writes its ``FE_DRILL_*`` variables, and the stock ``chaos run`` runs the bot-kill
  experiment against it.

Every drill is bounded (its plan's pauses, a settle timeout, the load's own deadline);
together they take about 80 s.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import main
from chaos.ctk import read_events
from chaos.drill import DrillResult, run_drill

pytestmark = [pytest.mark.slow]

CLOCK_AT = 1_800_000_000.0  # the injected wall clock: 2027-01-15T08:00:00Z
SHORT = {"warmup": 1.0, "duration": 2.0, "after": 1.5, "settle": 20.0}


def clock() -> float:
    return CLOCK_AT


def drill(name: str, tmp_path: Path, lines: list[str], **options: object) -> DrillResult:
    kwargs: dict[str, object] = {**SHORT, **options}
    return run_drill(name, clock=clock, out_root=tmp_path, say=lines.append,
                     **kwargs)  # type: ignore[arg-type]


def assert_report_files(drill_dir: Path, verdict: str) -> str:
    for name in ("journal.json", "events.jsonl", "timeline.jsonl", "load/sent.jsonl",
                 "logs/bot.log", "report.md", "report.html"):
        assert (drill_dir / name).is_file(), name
    assert (drill_dir / "timeline.png").read_bytes().startswith(b"\x89PNG")
    page = (drill_dir / "report.html").read_text()
    assert "data:image/png;base64,iVBOR" in page  # the plot inside the page
    assert f'class="{verdict.lower()}">{verdict}' in page
    report = (drill_dir / "report.md").read_text()
    assert f"— **{verdict}**" in report.splitlines()[0]
    return report


def test_postgres_killed_through_the_chaos_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["chaos", "drill", "pg_outage", "--engine", "cli", "--seed", "5",
                 "--duration", "2", "--warmup", "1", "--after", "1.5", "--settle", "20",
                 "--out", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    (drill_dir,) = tmp_path.iterdir()
    assert drill_dir.name.endswith("Z-pg_outage")
    assert "chaos: " in out  # the chaos command's own output, passed through
    assert "Action: kill-postgres" in out
    assert "faults: postgres_down" in out  # a progress line during the fault
    assert "verdict: PASS" in out
    report = assert_report_files(drill_dir, "PASS")
    journal = json.loads((drill_dir / "journal.json").read_text())
    assert journal["status"] == "completed"
    assert journal["deviated"] is False
    assert journal["steady_states"]["before"]["steady_state_met"]
    assert journal["steady_states"]["after"]["steady_state_met"]
    assert journal["steady_states"]["during"], "the hypothesis was checked during the fault"
    events = read_events(drill_dir)
    (resumed,) = [e for e in events if e.kind == "recovered" and e.component == "postgres"]
    assert 0 < resumed.data["seconds"] <= 2.0  # writes resume < 2 s after PostgreSQL is back
    (settled,) = [e for e in events if e.kind == "settled"]
    counts = settled.data["counts"]
    assert counts["attempted"] >= 60
    assert counts["acknowledged"] == counts["attempted"]
    assert (counts["lost"], counts["rows_lost"], counts["unexpected"],
            counts["duplicated"]) == (0, 0, 0, 0)
    assert "| postgres: PostgreSQL back" in report
    assert "| ✓ |" in report


def test_latency_to_postgres_and_redis(tmp_path: Path) -> None:
    lines: list[str] = []
    result = drill("network_latency", tmp_path, lines, seed=2)
    assert result.verdict == "PASS", result.reasons
    assert result.exit_code == 0
    assert result.drill_dir.name == "20270115T080000Z-network_latency"
    assert_report_files(result.drill_dir, "PASS")
    f = result.findings
    assert f is not None
    toxics = [e for e in f.events if e.kind == "fault_start"]
    assert {(e.component, e.data["toxic"], e.data["attributes"]["latency"])
            for e in toxics} == {("postgres", "latency", 150), ("redis", "latency", 150)}
    assert {r.component for r in f.recoveries} == {"postgres", "redis"}
    assert all(r.measured_s is not None and r.ok for r in f.recoveries)
    assert f.rpo_lost == 0
    assert f.counts["unexpected"] == 0
    assert f.counts["duplicated"] == 0
    p99 = f.latency(0.99)
    assert p99 is not None
    assert p99 >= 0.15, "the lag reached the replies"
    during = [row for row in f.probes if row.must_hold_during]
    assert during
    assert all(row.during and not row.during_misses for row in during)
    assert any("phase: method" in line for line in lines)
    assert any("faults: postgres_latency" in line for line in lines)


def test_the_bot_killed_9(tmp_path: Path) -> None:
    lines: list[str] = []
    result = drill("bot_kill", tmp_path, lines, seed=4, duration=1.0)
    assert result.verdict == "PASS", result.reasons
    f = result.findings
    assert f is not None
    (kill,) = [e for e in f.events if e.kind == "kill"]
    in_flight = set(kill.data["in_flight"])
    assert in_flight, "the kill landed in a burst"
    assert f.counts["lost"] == f.counts["rows_lost"] == 0
    assert f.counts["duplicated"] <= len(in_flight)
    assert f.counts["duplicated_outside"] == 0
    (bot,) = f.recoveries
    assert bot.measured_s is not None
    assert bot.measured_s < 30  # the new process answers
    report = assert_report_files(result.drill_dir, "PASS")
    assert "phrases were in flight at the kill" in report


def test_a_bot_that_does_not_journal_its_updates_fails_the_kill_drill(tmp_path: Path) -> None:
    lines: list[str] = []
    result = drill("bot_kill", tmp_path, lines, seed=4, duration=1.0, settle=3.0,
                   sabotage="skip-update-journal")
    assert result.verdict == "FAIL"
    assert result.exit_code == 1
    f = result.findings
    assert f is not None
    assert f.rpo_lost > 0
    rpo = [r for r in result.reasons if r.startswith("RPO:")]
    assert rpo
    assert "must be 0" in rpo[0]
    assert any("after the fault: acknowledged-phrases-lost" in r for r in result.reasons)
    report = assert_report_files(result.drill_dir, "FAIL")
    assert "**TEST ONLY**" in report
    assert rpo[0].split(";")[0] in report
    assert any(line.startswith("verdict: FAIL") for line in lines)


def test_chaos_run_against_chaos_up(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    up = subprocess.Popen(
        [sys.executable, "-m", "app", "chaos", "up", "--no-proxy", "--out", str(tmp_path)],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        env_files: list[Path] = []
        while not env_files and time.monotonic() < deadline and up.poll() is None:
            time.sleep(0.2)
            env_files = list(tmp_path.glob("*-system/drill.env"))
        assert env_files, "chaos up did not write its variables"
        variables = dict(line.removeprefix("export ").split("=", 1)
                         for line in env_files[0].read_text().splitlines())
        env = {**os.environ, **{k: shlex.split(v)[0] for k, v in variables.items()},
               "FE_DRILL_WARMUP_SECONDS": "1", "FE_DRILL_FAULT_SECONDS": "1",
               "FE_DRILL_AFTER_SECONDS": "1.5", "FE_DRILL_SETTLE_SECONDS": "20",
               "PYTHONPATH": str(root)}  # the chaos command imports this tree's chaos.ctk
        journal = tmp_path / "journal.json"
        done = subprocess.run(
            [str(Path(sys.executable).with_name("chaos")), "--no-version-check",
             "--log-file", str(tmp_path / "chaostoolkit.log"), "run", "--journal-path",
             str(journal), str(root / "chaos/experiments/bot_kill.json")],
            cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
    finally:
        up.send_signal(signal.SIGTERM)
        output, _ = up.communicate(timeout=60)
    assert "system: stopping" in output
    run = json.loads(journal.read_text())
    assert run["status"] == "completed"
    assert run["deviated"] is False
    after = {p["activity"]["name"]: p["output"] for p in run["steady_states"]["after"]["probes"]}
    assert after["bot-ready"] == 200
    assert after["acknowledged-phrases-lost"] == 0
    assert after["duplicate-replies-outside-a-kill"] == 0
    assert 0 < after["bot-recovery-seconds"] < 30
    outputs = {r["activity"]["name"]: r["output"] for r in run["run"]}
    assert outputs["kill-bot"]["in_flight"] > 0
    assert outputs["start-bot"]["first_reply_after_s"] is not None
