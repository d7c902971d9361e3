"""Running one drill: make its directory, start the embedded system (or take the
deployment given), run the scenario's experiment through Chaos Toolkit while a sampler
reads the bot and progress lines are printed, take the final Jepsen reading, stop the
system, and write the report. Bounded: every phase has its deadline (the experiment's own
pauses and waits, the settle timeout, the system's start), and the load stops by itself.

Two engines run the same experiment file: ``lib`` (chaostoolkit-lib's ``run_experiment``
in this process; it installs signal handlers, so it runs on the main thread) and ``cli``
(the stock ``chaos run`` as a subprocess, with the target in ``FE_DRILL_*`` variables,
exactly what an SRE would type).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from chaos.ctk import LoadCheck, check_load, read_events, read_sent, read_state
from config.settings import Settings, load_settings
from runtime import WallClock, system_clock, utc_now

from ._report import Findings, analyse, write_report
from ._sampler import Sampler
from ._scenarios import Plan, Scenario, plan, scenarios
from ._system import SABOTAGES, EmbeddedSystem
from ._target import Target

__all__ = ["DEFAULT_OUT", "ENGINES", "DrillResult", "run_drill"]

ENGINES = ("lib", "cli")
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "var" / "drills"


@dataclass
class DrillResult:
    scenario: str
    verdict: str
    reasons: list[str]
    exit_code: int
    drill_dir: Path
    findings: Findings | None = None
    files: dict[str, Path] = field(default_factory=dict)


class _Progress:
    """Progress lines: the phase and activity from Chaos Toolkit's events, and every
    ``every`` seconds the load injected, the faults active and what the bot says."""

    def __init__(self, say: Callable[[str], None], drill_dir: Path, sampler: Sampler,
                 plan: Plan, every: float = 2.0) -> None:
        self.say = say
        self.drill_dir = drill_dir
        self.sampler = sampler
        self.plan = plan
        self.every = every
        self.started = time.monotonic()
        self.phase = "starting"
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._tick, name="drill-progress", daemon=True)

    def line(self, text: str) -> None:
        with self._lock:  # the hypothesis runs in Chaos Toolkit's own thread
            self.say(f"[{time.monotonic() - self.started:6.1f} s] {text}")

    def set_phase(self, phase: str) -> None:
        self.phase = phase
        self.line(f"phase: {phase}")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _tick(self) -> None:
        while not self._stop.wait(self.every):
            sent = read_sent(self.drill_dir / "load")
            now = time.time()
            recent = sum(1 for s in sent if s.at >= now - self.every)
            active = _active_faults(self.drill_dir, now)
            sample = self.sampler.last
            bot = "no reading yet"
            if sample is not None:
                bot = (f"bot {sample.status}" if sample.up else "bot DOWN") + (
                    f", spool {sample.spool_depth:.0f}" if sample.spool_depth is not None
                    else "")
            faults = ", ".join(active) if active else "none"
            self.line(f"{self.phase} | load {recent / self.every:.0f}/s ({len(sent)} sent, "
                      f"target {self.plan.rate:g}/s) | faults: {faults} | {bot}")


def _active_faults(drill_dir: Path, now: float) -> list[str]:
    active: dict[str, float] = {}
    for event in read_events(drill_dir):
        if event.fault is None:
            continue
        if event.kind == "fault_start":
            active[event.fault] = event.at
        elif event.kind == "fault_end":
            active.pop(event.fault, None)
    return [f"{name} ({now - at:.1f} s)" for name, at in active.items()]


def _handler(progress: _Progress) -> Any:
    from chaoslib.run import RunEventHandler  # type: ignore[import-untyped]

    class Handler(RunEventHandler):  # type: ignore[misc]
        def start_hypothesis_before(self, experiment: Any) -> None:
            progress.set_phase("hypothesis before the fault")

        def start_method(self, experiment: Any) -> None:
            progress.set_phase("method")

        def start_continuous_hypothesis(self, frequency: int) -> None:
            progress.line(f"the hypothesis is checked every {frequency} s during the method")

        def start_hypothesis_after(self, experiment: Any) -> None:
            progress.set_phase("hypothesis after the fault")

        def start_rollbacks(self, experiment: Any) -> None:
            progress.set_phase("rollbacks")

        def start_activity(self, activity: Any) -> None:
            if activity.get("type") == "action":
                progress.line(f"action: {activity.get('name')}")

        def activity_completed(self, activity: Any, run: Any) -> None:
            if activity.get("type") == "action":
                status = run.get("status") if isinstance(run, dict) else None
                extra = f" ({run.get('exception', [''])[-1].strip()})" \
                    if status == "failed" and isinstance(run, dict) else ""
                progress.line(f"action {activity.get('name')}: {status}{extra}")

    return Handler()


def _run_lib(scenario: Scenario, target: Target, the_plan: Plan, progress: _Progress,
             drill_dir: Path, frequency: float) -> dict[str, Any]:
    from chaoslib.experiment import run_experiment  # type: ignore[import-untyped]
    from chaoslib.types import Schedule, Strategy  # type: ignore[import-untyped]

    log = logging.getLogger("chaostoolkit")
    handler = logging.FileHandler(drill_dir / "chaostoolkit.log")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    try:
        experiment = json.loads(scenario.path.read_text(encoding="utf-8"))
        config = {**target.configuration(), **the_plan.configuration()}
        journal: dict[str, Any] = run_experiment(
            experiment, settings={"runtime": {"rollbacks": {"strategy": "always"}}},
            experiment_vars=(config, target.secrets()), strategy=Strategy.CONTINUOUS,
            schedule=Schedule(continuous_hypothesis_frequency=frequency, fail_fast=False),
            event_handlers=[_handler(progress)])
    finally:
        log.removeHandler(handler)
        handler.close()
    return journal


def _run_cli(scenario: Scenario, target: Target, the_plan: Plan, progress: _Progress,
             drill_dir: Path, frequency: float, timeout: float) -> dict[str, Any]:
    journal_path = drill_dir / "journal.json"
    chaos = Path(sys.executable).with_name("chaos")
    argv = [str(chaos) if chaos.exists() else "chaos", "--no-version-check",
            "--log-file", str(drill_dir / "chaostoolkit.log"), "run",
            "--journal-path", str(journal_path), "--hypothesis-strategy", "continuously",
            "--hypothesis-frequency", str(frequency), "--rollback-strategy", "always",
            str(scenario.path)]
    # The chaos command imports chaos.ctk from this tree, not from wherever it is installed.
    path = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {**os.environ, **target.env(), **the_plan.env(), "NO_COLOR": "1",
           "PYTHONPATH": path}
    progress.line("running: " + " ".join(argv[:1] + argv[1:]))
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    deadline = threading.Timer(timeout, proc.kill)  # bounded even if an action hangs
    deadline.start()
    try:
        for raw in proc.stdout:
            progress.line("chaos: " + _strip_ansi(raw.rstrip()))
        proc.wait()
    finally:
        deadline.cancel()
    progress.line(f"chaos run exited with status {proc.returncode}")
    try:
        journal: dict[str, Any] = json.loads(journal_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        journal = {"status": "failed", "deviated": False, "run": [], "rollbacks": [],
                   "steady_states": {"before": None, "after": None, "during": []},
                   "cli_exit": proc.returncode}
    return journal


def _save_transcripts(target: Target, load_dir: Path) -> None:
    """Every load chat as the Telegram emulator holds it, to ``transcripts.jsonl`` (one
    message a line, with its chat, and a phrase's ``update_id``): an update the report
    names (lost, answered twice) can be looked up there after the emulator has
    stopped."""
    from chaos.ctk import RemoteTelegram
    from chaos.emulators.telegram import ControlError

    state = read_state(load_dir)
    if not target.telegram_url or state is None:
        return
    updates = {(s.chat_id, s.message_id): s.update_id for s in read_sent(load_dir)}
    lines: list[str] = []
    with RemoteTelegram(target.telegram_url) as remote:
        for chat in state.get("chats", []):
            try:
                messages = remote.transcript(int(chat))
            except ControlError:
                continue
            for message in messages:
                update = updates.get((int(chat), int(message.get("message_id", 0))))
                extra = {} if update is None else {"update_id": update}
                lines.append(json.dumps({"chat_id": chat, **extra, **message},
                                        sort_keys=True))
    (load_dir / "transcripts.jsonl").write_text("".join(f"{line}\n" for line in lines),
                                                encoding="utf-8")


def _strip_ansi(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def _drill_dir(out_root: Path, name: str, clock: WallClock) -> Path:
    stamp = utc_now(clock).strftime("%Y%m%dT%H%M%SZ")
    base = out_root / f"{stamp}-{name}"
    path, n = base, 1
    while path.exists():
        n += 1
        path = base.with_name(f"{base.name}-{n}")
    path.mkdir(parents=True)
    return path


def run_drill(
    name: str, *, seed: int = 0, duration: float | None = None, rate: float | None = None,
    settle: float | None = None, warmup: float | None = None, after: float | None = None,
    target: Target | None = None, out_root: Path | None = None,
    clock: WallClock = system_clock,
    engine: str = "lib", sabotage: str | None = None, say: Callable[[str], None] = print,
    sample_interval: float = 0.25, hypothesis_frequency: float = 2.0,
    settings: Settings | None = None,
) -> DrillResult:
    """Run the drill ``name`` (a scenario of ``chaos/experiments``) and write its report
    under ``out_root/<UTC time from clock>-<name>/`` (default ``var/drills``). Without
    ``target``, an embedded system is started and stopped (``sabotage``: TEST ONLY, a
    defect put in the bot on purpose). ``settings`` gives the RTOs allowed (default:
    config/default.toml and the environment). Returns the verdict; ``exit_code`` is 0 for
    PASS, 1 for FAIL."""
    known = scenarios()
    if name not in known:
        raise KeyError(f"no scenario {name!r}; known: {', '.join(sorted(known))}")
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r}: use one of {', '.join(ENGINES)}")
    if sabotage is not None and sabotage not in SABOTAGES:
        raise ValueError(f"sabotage {sabotage!r}: use one of {', '.join(SABOTAGES)}")
    scenario = known[name]
    the_plan = plan(scenario, seed, duration=duration, rate=rate, settle=settle,
                    warmup=warmup, after=after)
    drill_dir = _drill_dir(Path(out_root) if out_root is not None else DEFAULT_OUT, name, clock)
    started_at = utc_now(clock)
    say(f"drill {name}: {scenario.title} (seed {seed}) -> {drill_dir}")
    say(f"plan: load {the_plan.rate:g} phrases/s from {the_plan.chats} parents, fault after "
        f"{the_plan.warmup_seconds:g} s for {the_plan.fault_seconds:g} s, then "
        f"{the_plan.after_seconds:g} s of load and up to {the_plan.settle_seconds:g} s to "
        f"settle; load schedule {the_plan.schedule_digest()}")
    system: EmbeddedSystem | None = None
    journal: dict[str, Any] = {}
    check: LoadCheck | None = None
    error: str | None = None
    sampler: Sampler | None = None
    progress: _Progress | None = None
    bot_env: dict[str, str] = {}
    try:
        if target is None:
            system = EmbeddedSystem(drill_dir, scenario.needs, seed=seed, sabotage=sabotage,
                                    say=lambda text: say(f"system: {text}"))
            target = system.start()
            bot_env = system.bot_env
        else:
            target = replace(target, drill_dir=str(drill_dir))
            say(f"target: the deployment at {target.health_url}")
        sampler = Sampler(target.health_url, sample_interval, target.metrics_token).start()
        progress = _Progress(say, drill_dir, sampler, the_plan)
        progress.start()
        timeout = (the_plan.warmup_seconds + the_plan.fault_seconds + the_plan.after_seconds
                   + the_plan.settle_seconds + 240.0)
        if engine == "lib":
            journal = _run_lib(scenario, target, the_plan, progress, drill_dir,
                               hypothesis_frequency)
        else:
            journal = _run_cli(scenario, target, the_plan, progress, drill_dir,
                               hypothesis_frequency, timeout)
        progress.set_phase("final Jepsen reading")
        check = check_load(drill_dir / "load", database_url=target.database_url or None,
                           rows_timeout=2.0)  # stop_load has waited for the rows already
        try:
            _save_transcripts(target, drill_dir / "load")
        except Exception as exc:  # a help to read a failure, never a failure of its own
            say(f"transcripts not saved: {type(exc).__name__}: {exc}")
    except Exception as exc:  # reported as a FAIL with its reason, never swallowed silently
        error = f"{type(exc).__name__}: {exc}"
        say(f"drill error: {error}")
    finally:
        if progress is not None:
            progress.stop()
        if sampler is not None:
            sampler.stop()
            sampler.write(drill_dir / "timeline.jsonl")
        if system is not None:
            say("system: stopping")
            system.close()
    if settings is None:
        settings = load_settings(env=bot_env or None)
    findings = analyse(scenario, the_plan, journal, read_events(drill_dir),
                       sampler.samples if sampler is not None else [], check, settings,
                       error=error, started_at=started_at, engine=engine,
                       embedded=system is not None, sabotage=sabotage)
    files = write_report(findings, drill_dir)
    code = 0 if findings.verdict == "PASS" else 1
    say(f"verdict: {findings.verdict}" + "".join(f"\n  - {r}" for r in findings.reasons))
    say(f"report: {files['markdown']} and {files['html']}")
    if code:
        bot_log = drill_dir / "logs" / "bot.log"
        chats = drill_dir / "load" / "transcripts.jsonl"
        say("next: chaos/README.md, section \"Reading a drill report\", says what each reason "
            "means; " + (f"the bot's log is {bot_log}" if bot_log.exists()
                         else "read the bot's own log")
            + (f", the parents' chats are in {chats}" if chats.exists() else ""))
    return DrillResult(name, findings.verdict, findings.reasons, code, drill_dir, findings,
                       files)
