"""The embedded system a drill runs against when no deployment is given: private
PostgreSQL and Redis (``chaos.services``), the Telegram and Anthropic emulators as
processes, the fault proxy in front of PostgreSQL and Redis when the scenario needs the
network, a small tmpfs under the bot's state when it needs a disk to fill, and the bot
itself as a process (``python -m app run --no-servers``) pointed at all of them.

Everything is on loopback, in a temporary directory (in RAM when ``/dev/shm`` exists:
fsync stays on everywhere, a SIGKILL leaves the page cache, so nothing a drill can
observe changes), and stopped by PID at ``close`` in reverse order; logs go to the
drill's directory. ``start`` is bounded: each piece has a deadline.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import anyio
import httpx
import psutil

from actors.db_writer import migrate
from chaos.ctk import actions
from chaos.emulators.telegram import make_test_token
from chaos.services import PostgresServer, RedisServer, free_port, ram_tmp_root
from config.settings import ENV_PREFIX, WELL_KNOWN_ENV

from ._target import Target

__all__ = ["BOT_SETTINGS", "SABOTAGES", "EmbeddedSystem", "Needs"]

ROOT = Path(__file__).resolve().parents[2]
TOKEN = make_test_token(777600, "CHAOSDRILLBOT")
ANTHROPIC_KEY = "drill-key"
TMPFS_SIZE = "320m"
"""The disk-full drill's tmpfs: above the 256 MiB free space below which ``/health`` calls
the spool unhealthy, so the bot starts healthy and only the filler makes it full."""

BOT_SETTINGS: dict[str, str] = {
    "TELEGRAM__POLL_TIMEOUT": "1", "TELEGRAM__STALL_MARGIN": "5",
    "TELEGRAM__BACKOFF_MIN": "0.01", "TELEGRAM__BACKOFF_MAX": "0.2",
    "TELEGRAM__CONFLICT_DELAY": "0.05", "TELEGRAM__REQUEST_TIMEOUT": "2",
    "TELEGRAM__CHAT_RATE": "50", "TELEGRAM__CHAT_BURST": "10",
    "TELEGRAM__GLOBAL_RATE": "200", "TELEGRAM__GLOBAL_BURST": "200",
    "LOGGING__LEVEL": "WARNING",
}
"""The embedded bot's settings (``FE_<SECTION>__<KEY>``), the Telegram ones of the chaos
tests' bot process: 1 s long polls, fast backoff, per-chat rate limits above the
synthetic parents' rate (the emulator does not enforce Telegram's), so a drill is short
and measures the mechanism, not the pacing. Everything else (dialogs shards, translator
workers, breakers, timeouts, RTOs) keeps config/default.toml's values."""

SABOTAGES: dict[str, str] = {
    "skip-update-journal": "TEST ONLY: the update journal records nothing, so an update "
                           "is confirmed to Telegram without being durable",
}
"""Test-only ways to break the bot on purpose (``chaos.drill._bot``), to show a drill
failing: never offered on the command line."""


@dataclass(frozen=True)
class Needs:
    """What a scenario needs besides PostgreSQL, Redis, the Telegram emulator and the bot."""

    proxy: bool = False
    claude: bool = False
    disk: bool = False


@dataclass
class _Child:
    name: str
    proc: subprocess.Popen[bytes]


@dataclass
class EmbeddedSystem:
    """Start with ``start()``, stop with ``close()`` (idempotent; also on failure)."""

    drill_dir: Path
    needs: Needs
    seed: int = 0
    sabotage: str | None = None
    say: Callable[[str], None] = print
    work: Path | None = None
    pg: PostgresServer | None = None
    redis: RedisServer | None = None
    target: Target | None = None
    mounted: Path | None = None
    bot_env: dict[str, str] = field(default_factory=dict)
    _children: list[_Child] = field(default_factory=list)

    # -- start ---------------------------------------------------------------------------------

    def start(self) -> Target:
        logs = self.drill_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        root = ram_tmp_root()
        self.work = Path(tempfile.mkdtemp(prefix="fe-drill-", dir=root))
        self.work.chmod(0o711)  # PostgreSQL runs as another user when we are root
        started = time.monotonic()
        self.say("starting PostgreSQL and Redis")
        self.pg = PostgresServer(self.work / "pg", detach=True)
        self.pg.start()
        dsn = self.pg.create_database("drill")
        anyio.run(migrate, dsn)
        self.redis = RedisServer(self.work / "redis", appendonly=True, appendfsync="everysec",
                                 detach=True)
        self.redis.start()
        bot_dsn, bot_redis, proxy_url = dsn, self.redis.url, ""
        if self.needs.proxy:
            self.say("starting the fault proxy in front of them")
            proxy_url = self._process("faultproxy", [
                "-m", "chaos.faultproxy", "--port", "0", "--seed", str(self.seed)],
                r"API on (http://[^,\s]+)", logs)
            pg_port = self._proxy(proxy_url, "postgres", self.pg.port)
            redis_port = self._proxy(proxy_url, "redis", self.redis.port)
            bot_dsn = self.pg.dsn_for("drill").replace(f":{self.pg.port}/", f":{pg_port}/")
            bot_redis = f"redis://127.0.0.1:{redis_port}/0"
        self.say("starting the Telegram emulator")
        telegram_url = self._process("telegram", [
            "-m", "chaos.emulators.telegram", "--port", "0", "--no-flood", "--token", TOKEN,
            "--seed", str(self.seed)], r"telegram emulator: (http://\S+)", logs)
        anthropic_url = ""
        if self.needs.claude:
            self.say("starting the Anthropic emulator")
            anthropic_url = self._process("anthropic", [
                "-m", "chaos.emulators.anthropic", "--port", "0", "--seed", str(self.seed)],
                r"(http://\S+)", logs, env={"FE_ANTHROPIC_EMULATOR_KEY": ANTHROPIC_KEY})
        state = self.work / "bot"
        state.mkdir()
        fill_dir = ""
        if self.needs.disk:
            self._mount(state)
            fill_dir = str(state)
        health_port = free_port()
        health_url = f"http://127.0.0.1:{health_port}"
        self.bot_env = self._bot_env(state, telegram_url, bot_dsn, bot_redis, health_port,
                                     anthropic_url)
        argv = [sys.executable, "-m", "app", "run", "--no-servers"]
        if self.sabotage is not None:
            argv = [sys.executable, "-m", "chaos.drill._bot", self.sabotage]
        launch = self.work / "bot.launch.json"
        launch.write_text(json.dumps({"argv": argv, "env": self.bot_env, "cwd": str(ROOT),
                                      "log": str(logs / "bot.log")}))
        launch.chmod(0o600)  # it holds the bot's environment
        self.target = Target(
            health_url=health_url, drill_dir=str(self.drill_dir), telegram_url=telegram_url,
            anthropic_url=anthropic_url, proxy_url=proxy_url,
            pg_data_dir=str(self.pg.data_dir), redis_data_dir=str(self.redis.data_dir),
            bot_pid_file=str(self.work / "bot.pid"), bot_launch_file=str(launch),
            fill_dir=fill_dir, database_url=dsn)
        self.say("starting the bot")
        actions.start_bot(self.target.bot_pid_file, launch_file=str(launch))
        self._wait_bot(health_url, telegram_url, deadline=time.monotonic() + 60)
        self.say(f"system up in {time.monotonic() - started:.1f} s "
                 f"(bot health on {health_url}, Telegram emulator on {telegram_url})")
        return self.target

    def _bot_env(self, state: Path, telegram_url: str, dsn: str, redis_url: str,
                 health_port: int, anthropic_url: str) -> dict[str, str]:
        inherited = {k: v for k, v in os.environ.items()
                     if not k.startswith(ENV_PREFIX) and k not in WELL_KNOWN_ENV}
        env = {**inherited, "TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": dsn,
               "REDIS_URL": redis_url, "PYTHONUNBUFFERED": "1"}
        settings = {
            **BOT_SETTINGS,
            "TELEGRAM__BASE_URL": telegram_url,
            "TELEGRAM__JOURNAL_DIR": str(state / "journal"),
            "DATABASE__SPOOL_DIR": str(state / "spool"),
            "SCHEDULER__BACKUP_DIR": str(state / "backups"),
            "HEALTH__PORT": str(health_port),
        }
        if anthropic_url:
            env["ANTHROPIC_API_KEY"] = ANTHROPIC_KEY
            # Phrases repeat in a drill, real ones hardly: a short cache keeps Claude asked.
            settings |= {"ANTHROPIC__BASE_URL": anthropic_url, "TRANSLATOR__CACHE_TTL": "1",
                         "TRANSLATOR__CACHE_SIZE": "0"}
        env.update({ENV_PREFIX + k: v for k, v in settings.items()})
        return env

    def _process(self, name: str, args: list[str], ready: str, logs: Path,
                 env: dict[str, str] | None = None, timeout: float = 30.0) -> str:
        """Start ``python args`` and return the first match of ``ready`` in its output."""
        log = (logs / f"{name}.log").open("wb")
        proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=log,
                                env={**os.environ, **(env or {})}, start_new_session=True)
        self._children.append(_Child(name, proc))
        assert proc.stdout is not None
        found = _read_until(proc.stdout, re.compile(ready), timeout, log)
        if found is None:
            raise RuntimeError(f"{name} did not start within {timeout} s "
                               f"(see {logs / f'{name}.log'})")
        return found

    def _proxy(self, proxy_url: str, name: str, upstream_port: int) -> int:
        with httpx.Client(base_url=proxy_url, timeout=10, trust_env=False) as http:
            response = http.post("/proxies", json={
                "name": name, "listen": "127.0.0.1:0", "upstream": f"127.0.0.1:{upstream_port}",
                "enabled": True})
            response.raise_for_status()
            listen = str(response.json()["listen"])
        return int(listen.rsplit(":", 1)[1])

    def _mount(self, path: Path) -> None:
        if os.geteuid() != 0:
            raise RuntimeError("the spool disk-full drill mounts a small tmpfs under the bot's "
                               "state and needs root for it; run it as root, or against a "
                               "deployment with --fill-dir on the spool's disk")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0700",
                               "tmpfs", str(path)], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"cannot mount a tmpfs on {path}: {done.stderr.strip()}")
        self.mounted = path
        self.say(f"the bot's state is on a {TMPFS_SIZE} tmpfs ({path})")

    def _wait_bot(self, health_url: str, telegram_url: str, deadline: float) -> None:
        with httpx.Client(timeout=5, trust_env=False) as http:
            while True:
                with contextlib.suppress(httpx.HTTPError):
                    if http.get(f"{health_url}/health/ready").status_code == 200:
                        break
                if time.monotonic() >= deadline:
                    raise RuntimeError("the bot did not become ready within 60 s "
                                       f"(see {self.drill_dir / 'logs' / 'bot.log'})")
                time.sleep(0.1)
            left = max(1.0, deadline - time.monotonic())
            waited = http.get(f"{telegram_url}/_emu/wait_polling",
                              params={"timeout": left}, timeout=left + 5)
            if waited.status_code != 200:
                raise RuntimeError("the bot never polled the Telegram emulator")

    # -- stop ----------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop everything this system started, by PID, in reverse order."""
        target = self.target
        if target is not None:
            load_pid = _read_pid(Path(target.drill_dir) / "load" / "load.pid")
            if load_pid is not None:
                _stop_pid(load_pid, ("chaos.ctk._load_process",), timeout=5)
            bot_pid = _read_pid(target.bot_pid_file)
            if bot_pid is not None:
                _stop_pid(bot_pid, ("app", "chaos.drill._bot"), timeout=8)
        for child in reversed(self._children):
            if child.proc.poll() is None:
                child.proc.send_signal(signal.SIGTERM)
                try:
                    child.proc.wait(10)
                except subprocess.TimeoutExpired:
                    child.proc.kill()
                    child.proc.wait()
        self._children.clear()
        for server in (self.redis, self.pg):
            if server is not None:
                with contextlib.suppress(Exception):
                    server.stop()
        if self.mounted is not None:
            subprocess.run(["umount", "-l", str(self.mounted)], check=False,
                           capture_output=True)
            self.mounted = None
        if self.work is not None:
            shutil.rmtree(self.work, ignore_errors=True)
            self.work = None


def _read_until(stream: IO[bytes], pattern: re.Pattern[str], timeout: float,
                log: IO[bytes]) -> str | None:
    """Read lines from a child's output until ``pattern`` matches; the rest of the output
    is copied to ``log`` by a thread."""
    import threading

    found: list[str] = []
    event = threading.Event()

    def pump() -> None:
        for raw in iter(stream.readline, b""):
            log.write(raw)
            log.flush()
            if not found:
                match = pattern.search(raw.decode(errors="replace"))
                if match:
                    found.append(match.group(1))
                    event.set()
        event.set()

    threading.Thread(target=pump, daemon=True).start()
    event.wait(timeout)
    return found[0] if found else None


def _read_pid(path: str | os.PathLike[str]) -> int | None:
    try:
        first = Path(path).read_text().split("\n", 1)[0].strip()
    except OSError:
        return None
    return int(first) if first.isdigit() else None


def _stop_pid(pid: int, expect: tuple[str, ...], timeout: float) -> None:
    """SIGTERM, then SIGKILL after ``timeout``, to ``pid`` if it is alive and its command
    line holds one of ``expect`` (a stale pid file never kills a stranger)."""
    try:
        process = psutil.Process(pid)
        words = process.cmdline()
    except psutil.Error:
        return
    if not any(needle in word for word in words for needle in expect):
        return
    with contextlib.suppress(psutil.Error):
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except psutil.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait(5)

