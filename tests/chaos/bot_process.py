"""The bot as a real process for the chaos tests: ``python -m app run --no-servers``
against the emulator, PostgreSQL and Redis given, stopped by PID; where it keeps its
journal and spool; and the waits the tests share."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import anyio

from chaos.emulators.telegram import TelegramEmulator
from chaos.load import SyntheticParents, entry_rows
from config.settings import ENV_PREFIX, WELL_KNOWN_ENV

ROOT = Path(__file__).resolve().parents[2]


class BotProcess:
    """``python -m app run --no-servers`` against the emulator, PostgreSQL and
    Redis given; every process it started is stopped by PID at ``close``."""

    def __init__(self, state: Path, emu: TelegramEmulator, dsn: str, redis_url: str,
                 log: Path, token: str) -> None:
        self.log = log
        self.procs: list[subprocess.Popen[bytes]] = []
        inherited = {k: v for k, v in os.environ.items()
                     if not k.startswith(ENV_PREFIX) and k not in WELL_KNOWN_ENV}
        self.env = {**inherited,
                    "TELEGRAM_BOT_TOKEN": token, "DATABASE_URL": dsn, "REDIS_URL": redis_url,
                    "PYTHONUNBUFFERED": "1"}
        settings = {
            "TELEGRAM__BASE_URL": emu.base_url,
            "TELEGRAM__JOURNAL_DIR": str(state / "journal"),
            "DATABASE__SPOOL_DIR": str(state / "spool"),
            "SCHEDULER__BACKUP_DIR": str(state / "backups"),
            "HEALTH__PORT": "0",
            "TELEGRAM__POLL_TIMEOUT": "1", "TELEGRAM__STALL_MARGIN": "5",
            "TELEGRAM__BACKOFF_MIN": "0.01", "TELEGRAM__BACKOFF_MAX": "0.2",
            "TELEGRAM__CONFLICT_DELAY": "0.05", "TELEGRAM__REQUEST_TIMEOUT": "2",
            "TELEGRAM__CHAT_RATE": "50", "TELEGRAM__CHAT_BURST": "10",
            # 60 replies/s: above Telegram's ~30/s, which the emulator does not enforce here.
            "TELEGRAM__GLOBAL_RATE": "200", "TELEGRAM__GLOBAL_BURST": "200",
            "DIALOGS__SHARDS": "4", "TRANSLATOR__WORKERS": "2", "LOGGING__LEVEL": "WARNING",
        }
        self.env.update({ENV_PREFIX + k: v for k, v in settings.items()})

    def start(self, *, nofile: int | None = None) -> subprocess.Popen[bytes]:
        """Start a bot process; ``nofile``: its RLIMIT_NOFILE, soft and hard (it cannot
        raise it)."""

        def limit() -> None:
            if nofile is not None:
                resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

        with self.log.open("ab") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "app", "run", "--no-servers"],
                cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT, preexec_fn=limit if nofile is not None else None)
        self.procs.append(proc)
        return proc

    def close(self) -> None:
        """A graceful stop (SIGTERM) of what still runs, SIGKILL after 10 s."""
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()

    def log_tail(self, lines: int = 40) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        return ""


async def wait_for_rows(dsn: str, keys: set[str], timeout: float = 30.0) -> dict[str, int]:
    """The final read, once every key in ``keys`` is in ``emotion_entries``."""
    with anyio.move_on_after(timeout):
        while True:
            rows = await entry_rows(dsn)
            if keys <= rows.keys():
                return rows
            await anyio.sleep(0.2)
    return await entry_rows(dsn)


async def busy(parents: SyntheticParents, timeout: float = 10.0) -> None:
    """Until some acknowledged update is not answered yet: the bot is mid-work
    (``SyntheticParents.in_the_works``, cheap enough not to stall the emulator)."""
    with anyio.fail_after(timeout):
        while not parents.in_the_works():
            await anyio.sleep(0.002)
