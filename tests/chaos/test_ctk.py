"""The Chaos Toolkit extension (``chaos/ctk``) and the experiments (``chaos/experiments``),
without a bot: every experiment validates with the stock ``chaos validate``, is the one
scenario it says it is, reads its system from the environment and rolls back every fault
it injects; the event log and the recovery probe; a seed's plan; probes of a bot that does
not answer; the Jepsen check of a load log against the Telegram emulator, Claude's answers
mapped back to their phrases; the ``family-emotions chaos`` command line."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import msgspec
import pytest

from actors.dialogs import Child, render_translation, say
from actors.protocol import Analysis, Translation
from actors.translator import analyse_offline
from app import main
from chaos.ctk import actions, fault_windows, probes, read_events
from chaos.ctk._events import append_event
from chaos.ctk._jepsen import LoadCheck, check_load
from chaos.ctk._load import chat_ids, schedule
from chaos.drill import EXPERIMENTS, plan, scenarios
from chaos.emulators.anthropic import analyse
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from chaos.load import PHRASES
from chaos.services import free_port

SCENARIOS = {
    "pg_outage", "redis_outage", "pg_redis_outage", "bot_kill", "network_latency",
    "pg_blackhole", "redis_reset_peer", "claude_down", "claude_slow", "telegram_429",
    "telegram_5xx", "spool_disk_full",
}
FILES = sorted(EXPERIMENTS.glob("*.json"))
ROOT = Path(__file__).resolve().parents[2]
CHAOS = Path(sys.executable).with_name("chaos")
RESTORES = {
    "kill_postgres": "start_postgres", "kill_redis": "start_redis", "kill_bot": "start_bot",
    "add_toxic": "reset_proxies", "telegram_fault": "clear_telegram_faults",
    "claude_fault": "clear_claude_faults", "fill_disk": "free_disk",
}
"""Each action that injects a fault, and the action that undoes it."""
STANDARD_PROBES = ["bot-ready", "acknowledged-phrases-lost", "unexpected-replies",
                   "duplicate-replies-outside-a-kill"]


def funcs(activities: list[dict[str, Any]]) -> list[str]:
    return [a["provider"]["func"] for a in activities]


# -- the experiments -----------------------------------------------------------------------


def test_every_scenario_has_its_experiment() -> None:
    found = scenarios()
    assert set(found) == SCENARIOS
    assert {f.stem for f in FILES} == SCENARIOS
    assert all(s.path.stem == name for name, s in found.items())


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # chaostoolkit's own imports
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_the_chaos_command_validates_the_experiment(
    path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from chaostoolkit.cli import cli  # type: ignore[import-untyped]
    from click.testing import CliRunner

    monkeypatch.setenv("FE_DRILL_DATABASE_URL", "postgresql://drill@127.0.0.1/drill")
    result = CliRunner().invoke(cli, ["--no-version-check", "--no-log-file", "validate",
                                      str(path)])
    assert result.exit_code == 0, result.output


def test_chaos_validate_as_a_process() -> None:
    done = subprocess.run(
        [str(CHAOS), "--no-version-check", "--no-log-file", "validate",
         str(EXPERIMENTS / "pg_outage.json")],
        env={**os.environ, "FE_DRILL_DATABASE_URL": "postgresql://drill@127.0.0.1/drill",
             "PYTHONPATH": str(ROOT)},  # this tree's chaos.ctk, wherever chaos is installed
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "look valid" in done.stdout + done.stderr


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_an_experiment_reads_its_system_from_the_environment_and_undoes_its_faults(
    path: Path,
) -> None:
    doc = json.loads(path.read_text())
    for key, value in doc["configuration"].items():
        assert value["type"] == "env", key
        assert value["key"].startswith("FE_DRILL_"), key
    assert doc["secrets"] == {"drill": {"database_url": {
        "type": "env", "key": "FE_DRILL_DATABASE_URL"}}}
    method, rollbacks = funcs(doc["method"]), funcs(doc["rollbacks"])
    assert method[0] == "start_load"
    assert method[-1] == "stop_load"
    assert rollbacks[-1] == "stop_load"
    for injected in set(method) & RESTORES.keys():
        assert RESTORES[injected] in rollbacks, f"{injected} is never undone"
    ext = next(e for e in doc["extensions"] if e["name"] == "family-emotions-drill")
    assert ext["scenario"] == path.stem
    names = [p["name"] for p in doc["steady-state-hypothesis"]["probes"]]
    assert names[:4] == STANDARD_PROBES
    assert names[4:] == [f"{c}-recovery-seconds" for c in ext["recovery"]]
    assert set(ext["holds_during"]) <= set(names)
    assert "RPO 0" in doc["steady-state-hypothesis"]["title"]


def test_a_seed_fixes_the_fault_time_the_chats_and_the_load_schedule() -> None:
    scenario = scenarios()["pg_outage"]
    assert plan(scenario, 7) == plan(scenario, 7)
    assert plan(scenario, 7).schedule_digest() == plan(scenario, 7).schedule_digest()
    assert plan(scenario, 7).warmup_seconds != plan(scenario, 8).warmup_seconds
    assert 3.0 <= plan(scenario, 7).warmup_seconds <= 4.0
    assert plan(scenario, 7, duration=2, rate=10).fault_seconds == 2
    assert schedule(30, 7, 10) == schedule(30, 7, 10) != schedule(30, 8, 10)
    assert 200 < len(schedule(30, 7, 10)) < 400
    assert chat_ids(100, 20, 7) == chat_ids(100, 20, 7) != chat_ids(100, 20, 8)
    assert sorted(chat_ids(100, 20, 7)) == list(range(100, 120))


# -- events and probes ---------------------------------------------------------------------


def test_recovery_wait_counts_from_the_fault_end_until_the_recovery(tmp_path: Path) -> None:
    drill = str(tmp_path)
    assert probes.recovery_wait(drill, "postgres") == 0.0
    append_event(drill, "fault_start", fault="postgres_down", component="postgres", at=100.0)
    assert probes.recovery_wait(drill, "postgres") == 0.0  # the RTO starts at the fault's end
    ended = time.time() - 3.0
    append_event(drill, "fault_end", fault="postgres_down", component="postgres", at=ended)
    assert 3.0 <= probes.recovery_wait(drill, "postgres") < 4.0  # still waiting
    assert probes.recovery_wait(drill, "redis") == 0.0
    append_event(drill, "recovered", fault="postgres_down", component="postgres",
                 seconds=0.4)
    assert probes.recovery_wait(drill, "postgres") == 0.4
    (window,) = fault_windows(read_events(drill))
    assert (window.fault, window.start, window.end) == ("postgres_down", 100.0, ended)


def test_probes_of_a_bot_that_does_not_answer_are_values() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert probes.ready(url) == 0
    assert probes.overall_status(url) == "down"
    assert probes.component_status(url, "postgres") == "down"
    assert probes.breaker_state(url, "postgres") == "down"
    assert probes.spool_depth(url) == -1


def test_probes_without_a_load_count_nothing(tmp_path: Path) -> None:
    drill = str(tmp_path)
    assert probes.acknowledged_lost(drill) == 0
    assert probes.unexpected_replies(drill) == 0
    assert probes.duplicates_outside_in_flight(drill) == 0
    assert probes.load_state(drill) == "none"
    assert probes.jepsen(drill)["attempted"] == 0


# -- the Jepsen check against the emulator ---------------------------------------------------

TOKEN = make_test_token(777610, "CTKCHECK")


def claude_reply(phrase: str) -> str:
    analysis = msgspec.convert(msgspec.to_builtins(analyse(phrase, "en")), Analysis)
    return render_translation(Translation(analysis=analysis, source="claude"),
                              Child(id=1, name="Sam", age=6), "en")


def offline_reply(phrase: str) -> str:
    return render_translation(Translation(analysis=analyse_offline(phrase, "4-7", "en"),
                                          source="offline"),
                              Child(id=1, name="Sam", age=6), "en")


@pytest.mark.anyio
@pytest.mark.asyncio_only
async def test_the_check_maps_claude_answers_to_their_phrases_and_counts_what_parents_saw(
    tmp_path: Path,
) -> None:
    bored, brother, shoes, cries = PHRASES[5], PHRASES[4], PHRASES[0], PHRASES[1]
    assert claude_reply(bored) == claude_reply(brother)  # Claude's analysis cannot tell them
    load = tmp_path / "load"
    load.mkdir()
    async with (
        TelegramEmulator(TOKEN, flood=False, first_update_id=5_000) as emu,
        httpx.AsyncClient(base_url=emu.api_url(TOKEN), timeout=5) as api,
    ):
        said = [(1, bored), (1, brother), (2, shoes), (2, cries)]
        sent = []
        for chat, phrase in said:
            result = emu.user_says(chat, phrase, language_code="en")
            sent.append({"update_id": result["update_id"], "chat_id": chat,
                         "message_id": result["message_id"], "phrase": phrase,
                         "at": emu.now()})
        (load / "load.json").write_text(json.dumps({
            "emulator_url": emu.base_url, "rate": 1.0, "seed": 0, "chats": [1, 2],
            "state": "stopped", "baseline": {"1": 0, "2": 0}, "started_at": emu.now()}))
        (load / "sent.jsonl").write_text("".join(json.dumps(s) + "\n" for s in sent))
        confirmed = await api.post("getUpdates", json={"offset": sent[2]["update_id"] + 1,
                                                       "timeout": 0})
        assert confirmed.status_code == 200  # the last phrase stays unacknowledged

        async def bot_says(chat: int, html: str) -> None:
            answer = await api.post("sendMessage", json={"chat_id": chat, "text": html,
                                                         "parse_mode": "HTML"})
            assert answer.status_code == 200, answer.text

        for chat, html in [
            (1, claude_reply(bored)), (1, claude_reply(brother)),
            (1, claude_reply(brother)),  # the same answer once more: a duplicate
            (2, offline_reply(shoes)), (2, say("sorry", "en")), (2, say("state_wait", "en")),
        ]:
            await bot_says(chat, html)
        check = await anyio.to_thread.run_sync(check_load, load)
    counts = check.counts()
    assert {k: counts[k] for k in ("attempted", "acknowledged", "answered", "lost",
                                   "duplicated", "unexpected", "notices", "unknown")} == {
        "attempted": 4, "acknowledged": 3, "answered": 3, "lost": 0, "duplicated": 1,
        "unexpected": 1, "notices": 1, "unknown": 1}
    assert check.report is not None
    assert check.report.duplicated == {sent[1]["update_id"]: 1}
    assert check.claude_answers == 3
    assert check.seen() == {"answer": 3, "answer_basic": 1, "apology": 1, "state_wait": 1,
                            "other": 0}


# -- the command line ----------------------------------------------------------------------


def test_chaos_list_names_every_scenario_with_its_hypothesis(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["chaos", "list"]) == 0
    out = capsys.readouterr().out
    for name in SCENARIOS:
        assert f"\n{name} " in f"\n{out}"
    assert out.count("RPO 0") == len(SCENARIOS)


def test_chaos_drill_refuses_an_unknown_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chaos", "drill", "no_such_drill"]) == 2
    assert "pg_outage" in capsys.readouterr().err


@pytest.mark.parametrize(("option", "value", "why"), [
    ("--rate", "0", "above 0"), ("--rate", "-5", "above 0"), ("--rate", "nan", "finite"),
    ("--duration", "-1", "negative"), ("--settle", "-0.5", "negative"),
    ("--warmup", "x", "not a number"),
])
def test_chaos_drill_refuses_a_rate_or_duration_that_cannot_be_run(
    option: str, value: str, why: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A rate of 0 or less once hung the drill before it started (its Poisson schedule
    # never advanced) or crashed it with a traceback: refused with the reason instead.
    import chaos.drill

    def no_drill(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a drill was started with {option} {value}")

    monkeypatch.setattr(chaos.drill, "run_drill", no_drill)
    with pytest.raises(SystemExit) as exited:
        main(["chaos", "drill", "bot_kill", option, value])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert option in err
    assert why in err


def test_a_plan_and_the_load_refuse_a_rate_of_zero_or_less(tmp_path: Path) -> None:
    scenario = scenarios()["bot_kill"]
    for rate in (0.0, -5.0):
        with pytest.raises(ValueError, match="rate"):
            plan(scenario, 1, rate=rate)
        with pytest.raises(ValueError, match="rate"):
            actions.start_load("http://127.0.0.1:9", str(tmp_path), rate=rate,
                               onboard_timeout=1.0)
    with pytest.raises(ValueError, match="duration"):
        plan(scenario, 1, duration=-1.0)
    assert plan(scenario, 1, duration=0.0, rate=0.5).fault_seconds == 0.0
    assert not (tmp_path / "load").exists()  # refused before anything started


# -- the report's reasons ------------------------------------------------------------------


def test_a_fail_names_the_duplicated_updates_and_when_the_missed_check_was(
    tmp_path: Path,
) -> None:
    # A duplicate outside the replies in flight once read "1 duplicate replies outside the
    # replies in flight at a kill" with no update to look for, under "during the fault:"
    # for a check made seconds after the fault had ended.
    from chaos.drill._report import analyse
    from chaos.load import JepsenReport
    from config.settings import load_settings
    from runtime import utc_now

    scenario = scenarios()["bot_kill"]
    the_plan = plan(scenario, 3, rate=100)
    drill = str(tmp_path)
    t0 = 1_000.0
    append_event(drill, "load_start", at=t0)
    append_event(drill, "fault_start", fault="bot_down", component="bot", at=t0 + 4)
    append_event(drill, "kill", fault="bot_down", component="bot", at=t0 + 4, in_flight=[7])
    append_event(drill, "fault_end", fault="bot_down", component="bot", at=t0 + 6)
    report = JepsenReport(attempted=9, acknowledged=9, unknown=0, answered=9, lost=[],
                          duplicated={7: 1, 5: 1}, unexpected=[], recovered=[],
                          latencies=[0.1] * 9, first_reply_at={5: t0 + 3.6, 7: t0 + 3.9})
    check = LoadCheck(report=report, sent=[], state={"started_at": t0})
    probe = "duplicate-replies-outside-a-kill"
    during = [{"activity": {"name": probe}, "status": "succeeded", "output": 1,
               "tolerance_met": False,
               "start": dt.datetime.fromtimestamp(t0 + 12.2, dt.UTC).isoformat()}]
    journal = {"status": "completed", "run": [], "rollbacks": [], "steady_states": {
        "before": None, "after": None, "during": [{"probes": during}]}}
    findings = analyse(scenario, the_plan, journal, read_events(drill), [], check,
                       load_settings(env={}), error=None,
                       started_at=utc_now(lambda: t0), engine="lib", embedded=True,
                       sabotage=None)
    assert findings.verdict == "FAIL"
    (duplicates,) = [r for r in findings.reasons if "duplicate replies outside" in r]
    assert duplicates.startswith("1 duplicate replies outside")  # 7 was in flight
    assert "update 5 (its first reply 0.40 s before the kill)" in duplicates
    (missed,) = [r for r in findings.reasons if f": {probe} = 1 at +12.2 s" in r]
    assert missed.startswith("after the fault (it ended at +6.0 s), during the method")
