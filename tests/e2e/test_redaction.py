"""The bot token's secret half never reaches an output: Telegram error descriptions that
echo the token in every form (exact, URL-encoded, the half alone, other separators, JSON,
inside a URL) are injected for sendMessage and getUpdates through the emulator's faults,
and every output is searched for the secret half — the log at DEBUG (caplog in process,
stderr of a ``python -m app run`` process), the ``/health`` and ``/metrics`` bodies, the
``dead_letters`` rows in PostgreSQL and the bytes of the spool and journal files."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import asyncpg
import httpx
import pytest
from anyio.abc import Process

from app import build_tree, open_app
from chaos.emulators.telegram import TelegramEmulator
from runtime import ActorSystem
from tests.test_redaction import SECRET_HALF, TOKEN, token_forms

from .conftest import bot_settings

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

ROOT = Path(__file__).resolve().parents[2]
HEALTH_TOKEN = "health-token-for-redaction-tests"
REFUSED = "Telegram refused reply"
CONFLICT = "another getUpdates consumer"
CONFLICT_OVER = "the conflict is over"
FIRST_CHAT = 91_000
NUDGE_CHAT = 90_999


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def inject_send_faults(telegram: TelegramEmulator) -> int:
    """One refused sendMessage per form, each in its own chat; the chats say /start.
    Returns how many replies Telegram refuses."""
    forms = token_forms()
    for i, form in enumerate(forms):
        chat = FIRST_CHAT + i
        telegram.add_fault(method="sendMessage", code=400, description=f"Bad Request: {form}",
                           match={"chat_id": chat})
        telegram.user_says(chat, "/start", language_code="en")
    return len(forms)


async def inject_poll_faults(telegram: TelegramEmulator, seen: Callable[[], int]) -> None:
    """A 409 Conflict per form for getUpdates, then a 500 and a 400 with a form each. The
    poller logs a conflict's description when it begins, so the next one is injected once
    ``seen()`` (the count of "the conflict is over" lines) says the previous one ended."""
    for form in token_forms():
        before = seen()
        telegram.add_fault(method="getUpdates", code=409,
                           description=f"Conflict: terminated by other getUpdates; {form}")
        telegram.user_says(NUDGE_CHAT, "hello")  # ends the pending long poll
        await telegram.wait_until(lambda: not telegram.faults(), timeout=10)
        telegram.user_says(NUDGE_CHAT, "hello")  # and the one after the conflict
        with anyio.fail_after(10):
            while seen() == before:
                await anyio.sleep(0.02)
    for code in (500, 400):
        telegram.add_fault(method="getUpdates", code=code, description=f"Oops: {token_forms()[1]}")
    await telegram.wait_until(lambda: not telegram.faults(), timeout=10)


async def scrape(port: int) -> str:
    """The bodies of /health and /metrics."""
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=5) as client:
        health = await client.get("/health")
        metrics = await client.get("/metrics",
                                   headers={"Authorization": f"Bearer {HEALTH_TOKEN}"})
    assert metrics.status_code == 200
    assert "fe_" in metrics.text
    assert health.headers["content-type"].startswith("application/json")
    return health.text + metrics.text


async def stored_text(dsn: str) -> str:
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch("SELECT * FROM dead_letters")
    finally:
        await conn.close()
    return repr([tuple(row) for row in rows])


def files_bytes(*dirs: Path) -> bytes:
    return b"".join(p.read_bytes() for d in dirs for p in sorted(d.rglob("*")) if p.is_file())


def assert_clean(text: str | bytes, where: str) -> None:
    secret: Any = SECRET_HALF.encode() if isinstance(text, bytes) else SECRET_HALF
    assert secret not in text, f"the token's secret half is in {where}"


async def test_no_output_of_the_running_bot_holds_the_secret_half(
    tmp_path: Path, pg_dsn: str, redis_url: str, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    port = free_port()
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=910_000) as telegram:
        settings = bot_settings(
            tmp_path, telegram, database={"url": pg_dsn}, redis={"url": redis_url},
            health={"enabled": True, "host": "127.0.0.1", "port": port, "token": HEALTH_TOKEN})

        def lines(text: str) -> list[str]:
            return [r.getMessage() for r in caplog.records if text in r.getMessage()]

        async with open_app(settings, TOKEN) as app, ActorSystem.start(build_tree(app)):
            await telegram.wait_polling(timeout=10)
            refused = inject_send_faults(telegram)
            await inject_poll_faults(telegram, lambda: len(lines(CONFLICT_OVER)))
            await telegram.wait_until(lambda: not telegram.faults(), timeout=10)
            with anyio.fail_after(10):
                while len(lines(REFUSED)) < refused:
                    await anyio.sleep(0.02)
            bodies = await scrape(port)
        dead_letters = await stored_text(pg_dsn)

    assert len(lines(REFUSED)) == refused
    assert all("<redacted>" in line for line in lines(REFUSED))
    assert len(lines(CONFLICT)) == len(token_forms())
    assert_clean(caplog.text, "the log")
    assert_clean("\n".join(logging.Formatter().format(r) for r in caplog.records), "a record")
    assert_clean(bodies, "/health or /metrics")
    assert_clean(dead_letters, "dead_letters")
    assert_clean(files_bytes(tmp_path / "spool", tmp_path / "journal"), "the spool")


@pytest.mark.slow  # 5 to 8 s: the run command, started and stopped as a process
async def test_the_run_command_prints_no_secret_half(
    tmp_path: Path, pg_dsn: str, redis_url: str,
) -> None:
    port = free_port()
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=920_000) as telegram:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("FE_") and k not in (
                   "TELEGRAM_BOT_TOKEN", "ANTHROPIC_API_KEY", "DATABASE_URL", "REDIS_URL")}
        env.update({
            "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": TOKEN,
            "DATABASE_URL": pg_dsn, "REDIS_URL": redis_url,
            "FE_LOGGING__LEVEL": "DEBUG",
            "FE_TELEGRAM__BASE_URL": telegram.base_url, "FE_TELEGRAM__POLL_TIMEOUT": "1",
            "FE_TELEGRAM__CONFLICT_DELAY": "0.05", "FE_TELEGRAM__BACKOFF_MIN": "0.01",
            "FE_TELEGRAM__BACKOFF_MAX": "0.2", "FE_TELEGRAM__CHAT_RATE": "50",
            "FE_TELEGRAM__JOURNAL_DIR": str(tmp_path / "journal"),
            "FE_DATABASE__SPOOL_DIR": str(tmp_path / "spool"),
            "FE_SCHEDULER__BACKUP_DIR": str(tmp_path / "backups"),
            "FE_HEALTH__PORT": str(port), "FE_HEALTH__TOKEN": HEALTH_TOKEN,
        })
        stderr = bytearray()
        process: Process = await anyio.open_process(
            [sys.executable, "-m", "app", "run", "--no-servers"], cwd=tmp_path, env=env,
            stdin=None, stdout=None)

        def seen(text: str) -> int:
            return stderr.decode(errors="replace").count(text)

        async def read_stderr() -> None:
            assert process.stderr is not None
            async for chunk in process.stderr:
                stderr.extend(chunk)

        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(read_stderr)
                await telegram.wait_polling(timeout=30)
                refused = inject_send_faults(telegram)
                await inject_poll_faults(telegram, lambda: seen(CONFLICT_OVER))
                with anyio.fail_after(15):
                    while seen(REFUSED) < refused:
                        await anyio.sleep(0.05)
                bodies = await scrape(port)
                process.send_signal(signal.SIGTERM)
                with anyio.fail_after(20):
                    code = await process.wait()
        except BaseException:
            print(stderr.decode(errors="replace")[-5000:], file=sys.stderr)  # the reason
            raise
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        dead_letters = await stored_text(pg_dsn)

    text = stderr.decode(errors="replace")
    assert code == 0, text[-2000:]
    assert seen(REFUSED) == refused
    assert seen(CONFLICT) == len(token_forms())
    assert " DEBUG " in text
    assert_clean(text, "stderr")
    assert_clean(bodies, "/health or /metrics")
    assert_clean(dead_letters, "dead_letters")
    assert_clean(files_bytes(tmp_path / "spool", tmp_path / "journal"), "the spool")
