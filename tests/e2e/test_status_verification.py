"""A bot started after a backup verification knows it: the record an earlier process left
next to the backups (``last-verification.json``) reaches ``/health`` and
``family-emotions status`` (table and JSON) and ``fe_backup_last_verification_ok``,
through the application's own tree against a private PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import anyio
import httpx
import pytest

from actors.scheduler._verification import Verification, write_verification
from chaos.emulators.telegram import TelegramEmulator
from chaos.services import free_port
from config.settings import ENV_PREFIX, WELL_KNOWN_ENV
from runtime.testing import ManualClock

from .conftest import bot_settings, running_bot

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

ROOT = Path(__file__).resolve().parents[2]
T0 = dt.datetime(2026, 1, 1, 3, 0, tzinfo=dt.UTC)


async def status(*args: str) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(ENV_PREFIX) and k not in WELL_KNOWN_ENV}
    done = await anyio.run_process([sys.executable, "-m", "app", "status", *args], cwd=ROOT,
                                   env=env, check=False)
    return done.returncode, done.stdout.decode()


async def test_a_restarted_bot_shows_the_last_verification_an_earlier_one_recorded(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    dump = backups / "family-emotions-20260101T030000Z.dump"
    dump.write_bytes(b"a dump")
    os.utime(dump, (T0.timestamp(), T0.timestamp()))
    clock = ManualClock(T0.timestamp())
    clock.advance(95.0)  # the verification finished a minute and a half after the dump
    verified_at = dt.datetime.fromtimestamp(clock.now, dt.UTC)
    write_verification(backups, Verification(at=verified_at, ok=False, backup=dump.name,
                                             summary=f"{dump.name}: MISMATCH: families"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    settings = bot_settings(
        tmp_path, telegram, database={"url": pg_dsn},
        health={"enabled": True, "host": "127.0.0.1", "port": port},
        scheduler={"backup_dir": str(backups), "backup_catch_up": 0.0})
    async with running_bot(settings, telegram, persistent=True):
        with anyio.fail_after(10):
            while True:
                code, out = await status("--url", url, "--token", "", "--json")
                if code != 2 and json.loads(out)["backup"]["verification"] is not None:
                    break
                await anyio.sleep(0.1)
        _, table = await status("--url", url, "--token", "")
        async with httpx.AsyncClient(base_url=url) as http:
            scrape = (await http.get("/metrics")).text

    facts = json.loads(out)
    assert facts["backup"]["verified"] is False
    assert facts["backup"]["verification"] == {
        "at": "2026-01-01T03:01:35Z", "ok": False, "backup": dump.name,
        "summary": f"{dump.name}: MISMATCH: families"}
    assert any(line.startswith("last backup: 2026-01-01T03:00:00.000Z (") and
               line.endswith(f"VERIFICATION FAILED (last verification 2026-01-01T03:01:35Z: "
                             f"{dump.name})") for line in table.splitlines()), table
    assert "fe_backup_last_verification_ok 0.0" in scrape
