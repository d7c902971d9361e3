"""``family-emotions chaos``: the chaos drills (``chaos.drill``) on the command line.

- ``chaos list``: the scenarios, each with its hypothesis and what it needs;
- ``chaos drill SCENARIO [--seed N] [--duration S] [--rate R] [--warmup S] [--after S]
  [--settle S] [--engine lib|cli]``: one drill, on an
  embedded system (private PostgreSQL and Redis, the emulators, the fault proxy, the bot
  as a process) or, with ``--health-url``, against a running deployment described by the
  other options (each defaults to its ``FE_DRILL_*`` variable). It prints its progress,
  writes its report under ``var/drills/<UTC time>-<scenario>/`` and exits 0 on PASS, 1 on
  FAIL, so a drill can gate a deploy;
- ``chaos up``: the same embedded system alone, its ``FE_DRILL_*`` variables written to a
  file, until Ctrl-C: what the stock ``chaos run chaos/experiments/<scenario>.json`` needs.

The drill machinery is imported only when a chaos command runs. chaos/README.md is the
SRE's guide.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import textwrap
from pathlib import Path

from runtime import system_clock

__all__ = ["chaos_command", "configure_chaos"]

_TARGET_OPTIONS = {
    "--health-url": ("health_url", "the bot's health server, e.g. http://127.0.0.1:8080"),
    "--telegram-url": ("telegram_url", "the Telegram emulator the bot polls (its /_emu API)"),
    "--database-url": ("database_url", "PostgreSQL DSN for the diary-row check "
                                       "(better: FE_DRILL_DATABASE_URL)"),
    "--pg-data-dir": ("pg_data_dir", "PostgreSQL's data directory (its postmaster.pid)"),
    "--redis-data-dir": ("redis_data_dir", "redis-server's data directory (its redis.pid)"),
    "--bot-pid-file": ("bot_pid_file", "the bot's pid file"),
    "--bot-launch-file": ("bot_launch_file", "how to start the bot again (JSON: argv, env, "
                                             "cwd, log); without it the service manager does"),
    "--proxy-url": ("proxy_url", "the fault proxy's API (Toxiproxy's), e.g. "
                                 "http://127.0.0.1:8474"),
    "--anthropic-url": ("anthropic_url", "the Anthropic emulator the bot asks"),
    "--fill-dir": ("fill_dir", "a directory on the spool's file system (the disk-full drill)"),
}


def configure_chaos(parser: argparse.ArgumentParser) -> None:
    """Add ``list``, ``drill`` and ``up`` under the ``chaos`` command's parser."""
    sub = parser.add_subparsers(dest="chaos_command", required=True, metavar="ACTION")
    sub.add_parser("list", help="list the drill scenarios", description="the drill scenarios")
    up = sub.add_parser(
        "up", help="start an embedded system for `chaos run` and wait",
        description="start the embedded system a drill uses, write its FE_DRILL_* variables "
                    "to drill.env (and print them), and wait until Ctrl-C; then run "
                    "`chaos run chaos/experiments/<scenario>.json` against it")
    up.add_argument("--claude", action="store_true",
                    help="the bot asks the Anthropic emulator (the claude_* scenarios)")
    up.add_argument("--no-proxy", action="store_true",
                    help="PostgreSQL and Redis without the fault proxy in front")
    up.add_argument("--disk", action="store_true",
                    help="the bot's state on a small tmpfs (spool_disk_full; needs root)")
    up.add_argument("--seed", type=int, default=0, help="the emulators' and proxy's seed")
    up.add_argument("--out", type=Path, default=None,
                    help="where its directory goes (default var/drills)")
    drill = sub.add_parser("drill", help="run one drill and write its report",
                           description="run one drill and write its report; exit status 0 "
                                       "on PASS, 1 on FAIL")
    drill.add_argument("scenario", help="a scenario from `family-emotions chaos list`")
    drill.add_argument("--seed", type=int, default=0,
                       help="same seed, same fault times and load schedule (default 0)")
    drill.add_argument("--duration", type=_seconds, default=None,
                       help="seconds the fault lasts (default: the scenario's)")
    drill.add_argument("--rate", type=_rate, default=None,
                       help="phrases per second from the synthetic parents (default 30)")
    drill.add_argument("--warmup", type=_seconds, default=None,
                       help="seconds of load before the fault, plus up to 1 s drawn from "
                            "the seed (default: the scenario's, 3)")
    drill.add_argument("--after", type=_seconds, default=None,
                       help="seconds of load after the fault (default: the scenario's, 3)")
    drill.add_argument("--settle", type=_seconds, default=None,
                       help="seconds to wait after the load for every reply (default 30)")
    drill.add_argument("--engine", choices=("lib", "cli"), default="lib",
                       help="run the experiment with chaostoolkit-lib in this process "
                            "(default) or with the `chaos run` command")
    drill.add_argument("--out", type=Path, default=None,
                       help="where drill directories go (default var/drills)")
    target = drill.add_argument_group(
        "against a deployment", "give --health-url to drill a running deployment instead of "
        "an embedded system; each option defaults to its FE_DRILL_* variable")
    for option, (key, text) in _TARGET_OPTIONS.items():
        target.add_argument(option, dest=key, default=None, help=text)


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def _seconds(text: str) -> float:
    """A duration in seconds, 0 or more."""
    value = _number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: seconds cannot be negative")
    return value


def _rate(text: str) -> float:
    """Phrases per second, above 0 (the load's Poisson schedule needs a rate)."""
    value = _number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: the rate must be above 0 phrases/s")
    return value


def chaos_command(args: argparse.Namespace) -> int:
    if args.chaos_command == "list":
        return _list()
    if args.chaos_command == "up":
        return _up(args)
    return _drill(args)


def _up(args: argparse.Namespace) -> int:
    import shlex
    import signal
    import threading

    from chaos.drill import DEFAULT_OUT, EmbeddedSystem, Needs
    from runtime import utc_now

    stamp = utc_now(system_clock).strftime("%Y%m%dT%H%M%SZ")
    directory = (args.out or DEFAULT_OUT) / f"{stamp}-system"
    directory.mkdir(parents=True, exist_ok=True)
    needs = Needs(proxy=not args.no_proxy, claude=args.claude, disk=args.disk)
    system = EmbeddedSystem(directory, needs, seed=args.seed,
                            say=lambda text: print(f"system: {text}", flush=True))
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        target = system.start()
        lines = [f"export {k}={shlex.quote(v)}" for k, v in sorted(target.env().items())]
        env_file = directory / "drill.env"
        partial = directory / "drill.env.partial"
        partial.write_text("\n".join(lines) + "\n")
        partial.chmod(0o600)
        partial.rename(env_file)  # whole or absent for whoever waits for it
        print("\n".join(lines))
        print(f"# these are in {env_file}: `. {env_file}`, then e.g. "
              f"`{_chaos_program()} run --journal-path var/journal.json "
              "chaos/experiments/pg_outage.json` from the repository's root; Ctrl-C stops "
              "the system", flush=True)
        stop.wait()
    finally:
        print("system: stopping", flush=True)
        system.close()
    return 0


def _chaos_program() -> str:
    """The stock ``chaos`` command next to this Python (the project's ``.venv/bin/chaos``,
    relative to the working directory when it is below it), else ``chaos``."""
    program = Path(sys.executable).with_name("chaos")
    if not program.exists():
        return "chaos"
    try:
        return str(program.relative_to(Path.cwd()))
    except ValueError:
        return str(program)


def _list() -> int:
    from chaos.drill import scenarios

    for scenario in scenarios().values():
        needs = [n for n in ("proxy", "claude", "disk") if getattr(scenario.needs, n)]
        default = scenario.defaults.get("fault_seconds", 0.0)
        print(f"{scenario.name:<18} {scenario.title} (fault {default:g} s"
              + (f"; needs {', '.join(needs)}" if needs else "") + ")")
        print(textwrap.fill(scenario.hypothesis, 96, initial_indent=" " * 19,
                            subsequent_indent=" " * 19))
    return 0


def _drill(args: argparse.Namespace) -> int:
    from chaos.drill import ENV, Target, run_drill, scenarios

    known = scenarios()
    if args.scenario not in known:
        print(f"family-emotions: no scenario {args.scenario!r}; "
              f"`family-emotions chaos list` shows {', '.join(known)}", file=sys.stderr)
        return 2
    values = {key: getattr(args, key, None) or os.environ.get(env, "")
              for key, env in ENV.items()}
    target = None
    if values.get("health_url"):
        target = Target(**{k: str(v) for k, v in values.items()})

    def say(text: str) -> None:
        print(text, flush=True)

    result = run_drill(args.scenario, seed=args.seed, duration=args.duration,
                       rate=args.rate, warmup=args.warmup, after=args.after,
                       settle=args.settle, target=target, engine=args.engine,
                       out_root=args.out, clock=system_clock, say=say)
    return result.exit_code
