"""Start-up time and idle memory of the bot: ``family-emotions run`` → ``/health/ready``.

Run: ``.venv/bin/python bench/startup.py [--reps 3] [--idle 3] [--quick] [--claude]``
(about 15 s; ``--quick`` one timed start; ``--claude`` with an API key set, as a
deployment with Claude configured). PostgreSQL and Redis are started first (private servers,
``chaos.services``) and a Telegram emulator is served from this process, so what is timed
is the bot's own start: from the moment ``family-emotions run`` is spawned (interpreter
start, imports, settings, migrations check, spool recovery, journal index, the tree's
start, getMe) to the first ``200`` from ``/health/ready``. Then, after ``--idle`` seconds
of polling with no updates, the process's resident memory (psutil RSS, and USS).

One untimed start comes first on the fresh database (it applies the migrations and writes
the bytecode caches a real install has); its figure is kept as ``startup_first_s``. The
figures are medians over the timed starts, each on a fresh journal and spool directory.
The bot is pinned to one core and this process to the other when the machine has two
(as ``bench/e2e.py`` does). The last line of the output is one JSON object
(``startup_s``, ``idle_rss_mb``, ``idle_uss_mb``, the per-start figures, targets).
``bench/e2e.py`` runs this too and carries ``startup_s`` and ``idle_rss_mb`` in its JSON
line. See docs/benchmarks.md, section "Start-up and idle memory (`bench/startup.py`)".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGETS: dict[str, float] = {"startup_s_max": 1.5, "idle_rss_mb_max": 80.0}
BOT_CPU = 1
"""The core the bot is pinned to (the driver takes the others), as in bench/e2e.py."""
READY_TIMEOUT = 30.0


@dataclass
class Start:
    """One start of the bot: seconds to ``/health/ready`` and to its getMe (the poller's
    first call); its memory after the idle time."""

    ready_s: float | None = None
    first_call_s: float | None = None
    rss_mb: float | None = None
    uss_mb: float | None = None
    exit_code: int | None = None
    error: str | None = None


@dataclass
class Report:
    startup_s: float | None = None
    startup_first_s: float | None = None
    first_call_s: float | None = None
    idle_rss_mb: float | None = None
    idle_uss_mb: float | None = None
    starts: list[Start] = field(default_factory=list)
    error: str | None = None


def bot_command() -> list[str]:
    """``family-emotions run`` from this interpreter's environment (``python -m app run``
    when the entry point is not installed)."""
    script = Path(sys.executable).with_name("family-emotions")
    if script.exists():
        return [str(script), "run"]
    return [sys.executable, "-m", "app", "run"]


def _pin_bot() -> None:
    """In the child before exec: the bot on its own core (two cores or more)."""
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) >= 2:
        os.sched_setaffinity(0, {BOT_CPU})


async def _ready(port: int, deadline: float) -> bool:
    """Poll ``/health/ready`` every 5 ms until it answers 200 (False at ``deadline``)."""
    request = b"GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    while time.perf_counter() < deadline:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.005)
            continue
        try:
            writer.write(request)
            status = await reader.readline()
        except OSError:
            status = b""
        finally:
            writer.close()
        if status.split()[1:2] == [b"200"]:
            return True
        await asyncio.sleep(0.005)
    return False


async def _one_start(env: dict[str, str], emu: Any, var: Path, idle: float) -> Start:
    import psutil

    from chaos.services import free_port

    start = Start()
    port = free_port()
    env = env | {"FE_HEALTH__PORT": str(port),
                 "FE_TELEGRAM__JOURNAL_DIR": str(var / "journal"),
                 "FE_DATABASE__SPOOL_DIR": str(var / "spool"),
                 # a fresh database has missed the night's backup: without this, a bot
                 # started after 03:00 UTC would dump and verify while it idles
                 "FE_SCHEDULER__BACKUP_DIR": str(var / "backups"),
                 "FE_SCHEDULER__BACKUP_CATCH_UP": "0"}
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed below)
    began = time.perf_counter()
    t0 = emu.now()
    proc = await asyncio.create_subprocess_exec(
        *bot_command(), cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log,
        stderr=subprocess.STDOUT, preexec_fn=_pin_bot)
    try:
        if await _ready(port, began + READY_TIMEOUT):
            start.ready_s = round(time.perf_counter() - began, 3)
            calls = [c for c in emu.calls("getMe") if float(c["time"]) >= t0]
            if calls:
                start.first_call_s = round(float(calls[0]["time"]) - t0, 3)
            await asyncio.sleep(idle)
            if proc.returncode is None:
                info = psutil.Process(proc.pid).memory_full_info()
                start.rss_mb = round(info.rss / 2**20, 1)
                start.uss_mb = round(info.uss / 2**20, 1)
        else:
            start.error = f"no 200 from /health/ready within {READY_TIMEOUT:.0f} s"
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        try:
            start.exit_code = await asyncio.wait_for(proc.wait(), 15)
        except TimeoutError:
            proc.kill()
            start.exit_code = await proc.wait()
        if start.error is not None or start.exit_code:
            log.seek(0)
            tail = log.read().decode(errors="replace").strip().splitlines()[-8:]
            start.error = (start.error or f"exit code {start.exit_code}") + ": " + \
                " | ".join(tail)
        log.close()
    return start


CLAUDE_KEY = "sk-ant-bench-0000"
"""``--claude``: an API key in the bot's environment (a made-up one: nothing calls Claude
while the bot starts and idles), so the start is a deployment's with Claude configured."""


async def _measure(reps: int, idle: float, out: TextIO, claude: bool = False) -> Report:
    from chaos.emulators.telegram import TelegramEmulator, make_test_token
    from chaos.services import PostgresServer, RedisServer

    report = Report()
    token = make_test_token(4242)
    (ROOT / "var").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="startup-", dir=ROOT / "var"))
    try:
        with PostgresServer() as pg, RedisServer() as redis:
            dsn = pg.create_database("fe_startup")
            env = {k: v for k, v in os.environ.items()
                   if not k.startswith("FE_") and k not in (
                       "TELEGRAM_BOT_TOKEN", "ANTHROPIC_API_KEY", "DATABASE_URL", "REDIS_URL",
                       "PYTHONDONTWRITEBYTECODE")}
            env |= {"TELEGRAM_BOT_TOKEN": token, "DATABASE_URL": dsn, "REDIS_URL": redis.url,
                    "FE_LOGGING__LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"}
            if claude:
                env |= {"ANTHROPIC_API_KEY": CLAUDE_KEY,
                        "FE_ANTHROPIC__BASE_URL": "http://127.0.0.1:9"}
            async with TelegramEmulator(token, flood=False) as emu:
                env["FE_TELEGRAM__BASE_URL"] = emu.base_url
                for i in range(reps + 1):
                    start = await _one_start(env, emu, work / f"run{i}", idle)
                    report.starts.append(start)
                    what = "first (migrations)" if i == 0 else f"start {i}"
                    print(f"  {what:<20} ready {start.ready_s} s, first Bot API call "
                          f"{start.first_call_s} s, idle RSS {start.rss_mb} MB "
                          f"(USS {start.uss_mb} MB)"
                          + (f"  ERROR {start.error}" if start.error else ""),
                          file=out, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    first, timed = report.starts[0], [s for s in report.starts[1:] if s.error is None]
    report.startup_first_s = first.ready_s
    if timed:
        report.startup_s = _median([s.ready_s for s in timed])
        report.first_call_s = _median([s.first_call_s for s in timed])
        report.idle_rss_mb = _median([s.rss_mb for s in timed])
        report.idle_uss_mb = _median([s.uss_mb for s in timed])
    errors = [s.error for s in report.starts if s.error]
    if errors:
        report.error = errors[0]
    return report


def _median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 3) if present else None


def measure(reps: int = 3, idle: float = 3.0, out: TextIO | None = None,
            claude: bool = False) -> dict[str, Any]:
    """Every start, then the figures as a dict (the JSON line's content). A missing
    PostgreSQL or Redis, or a bot that never gets ready, gives nulls and ``error``."""
    out = out if out is not None else sys.stdout
    from chaos.services import ServiceError

    pinned = hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) >= 2
    saved = os.sched_getaffinity(0) if pinned else None
    if pinned:
        os.sched_setaffinity(0, set(range(os.cpu_count() or 1)) - {BOT_CPU})
    try:
        report = asyncio.run(_measure(reps, idle, out, claude))
    except (ServiceError, OSError) as error:
        report = Report(error=f"{type(error).__name__}: {error}")
    finally:
        if saved is not None:
            os.sched_setaffinity(0, saved)
    met = {"startup_s": report.startup_s is not None
           and report.startup_s < TARGETS["startup_s_max"],
           "idle_rss_mb": report.idle_rss_mb is not None
           and report.idle_rss_mb < TARGETS["idle_rss_mb_max"]}
    result = asdict(report)
    result |= {"targets": TARGETS, "targets_met": met, "reps": reps, "idle_s": idle,
               "pinned": pinned, "claude": claude, "command": " ".join(Path(a).name for a in bot_command()),
               "loadavg1": round(os.getloadavg()[0], 2)}
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--reps", type=int, default=None, help="timed starts (median kept)")
    p.add_argument("--idle", type=float, default=3.0, help="idle seconds before the RSS")
    p.add_argument("--quick", action="store_true", help="one timed start")
    p.add_argument("--claude", action="store_true",
                   help="with an API key set, as a deployment with Claude configured starts")
    a = p.parse_args(argv)
    reps = max(1, a.reps if a.reps is not None else (1 if a.quick else 3))
    print(f"startup: {reps} timed start(s) after one untimed; `{' '.join(bot_command()[-2:])}`"
          f" → /health/ready, then {a.idle:.0f} s idle; load1 {os.getloadavg()[0]:.2f}")
    result = measure(reps, a.idle, claude=a.claude)
    print(f"== startup {result['startup_s']} s (target < {TARGETS['startup_s_max']}), "
          f"idle RSS {result['idle_rss_mb']} MB (target < {TARGETS['idle_rss_mb_max']:.0f}), "
          f"USS {result['idle_uss_mb']} MB; first start {result['startup_first_s']} s")
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0 if result["startup_s"] is not None else 1


if __name__ == "__main__":
    sys.exit(main())
