"""``family-emotions status`` against a running bot: the application tree on the Telegram
emulator with its own health server (``[health] enabled``, as in production), and the
command run as a process. The exit status follows the bot's state (0 healthy, 1
degraded, 2 unhealthy), the table and ``--json`` carry the components, the spool, the
breakers, the waiting chats and the last backup; an unreachable URL exits 2.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from chaos.emulators.telegram import TelegramEmulator
from chaos.services import free_port
from config.settings import ENV_PREFIX, WELL_KNOWN_ENV

from .conftest import bot_settings, running_bot

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

ROOT = Path(__file__).resolve().parents[2]
HEALTH_TOKEN = "status-test-health-token"


async def status(*args: str) -> tuple[int, str]:
    """``family-emotions status ARGS`` as a process: (exit status, stdout)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(ENV_PREFIX) and k not in WELL_KNOWN_ENV}
    done = await anyio.run_process([sys.executable, "-m", "app", "status", *args], cwd=ROOT,
                                   env=env, check=False)
    return done.returncode, done.stdout.decode()


def health(port: int, **extra: Any) -> dict[str, Any]:
    return {"enabled": True, "host": "127.0.0.1", "port": port, "token": HEALTH_TOKEN,
            **extra}


async def settled() -> None:
    await anyio.sleep(0.3)  # the health server answers from a snapshot 0.1 s old at most


async def test_a_healthy_bot_exits_0_with_every_fact_in_the_table_and_the_json(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    settings = bot_settings(tmp_path, telegram, health=health(port))
    async with running_bot(settings, telegram) as bot:
        parent = bot.parent(6101)
        parent.says("/start")
        await parent.reply()
        await settled()
        code_json, out_json = await status("--url", url, "--token", "", "--json")
        code_table, table = await status("--url", url, "--token", HEALTH_TOKEN)

    facts = json.loads(out_json)
    assert code_json == 0
    assert facts["status"] == "healthy"
    assert set(facts["components"]) == {"postgres", "redis", "claude", "telegram", "spool",
                                        "dialogs"}
    assert facts["components"]["telegram"]["status"] == "healthy"
    assert facts["spool"]["depth"] >= 1  # no PostgreSQL: the spool keeps everything
    assert facts["breakers"]["claude"] == "closed"
    assert facts["waiting_chats"]["count"] == 0
    assert facts["backup"] is None  # no PostgreSQL, no backups
    assert "flusher" not in facts  # no token given: /admin/db not read

    assert code_table == 0
    lines = table.splitlines()
    assert lines[0] == f"{url}: HEALTHY (all components healthy)"
    assert lines[1].split()[:5] == ["component", "status", "for", "RTO", "left"]
    assert any(line.startswith("telegram ") and " healthy " in line for line in lines)
    for start in ("spool: ", "breakers: ", "waiting chats: 0", "last backup: not taken here",
                  "flusher: "):
        assert any(line.startswith(start) for line in lines), (start, table)


async def test_a_degraded_bot_exits_1_and_an_unhealthy_one_2(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    settings = bot_settings(tmp_path, telegram, health=health(port))
    async with running_bot(settings, telegram):
        telegram.add_fault(method="getUpdates", code=409, times=None,
                           description="Conflict: terminated by other getUpdates request")
        with anyio.fail_after(10):
            while (await status("--url", url, "--token", "", "--json"))[0] != 1:
                await anyio.sleep(0.1)
        code_degraded, degraded = await status("--url", url, "--token", "")
        telegram.clear_faults()
        telegram.add_fault(method="getUpdates", code=401, description="Unauthorized",
                           times=None)
        telegram.user_says(6102, "/start")  # ends the long poll in flight
        with anyio.fail_after(10):
            while (await status("--url", url, "--token", "", "--json"))[0] != 2:
                await anyio.sleep(0.1)
        code_unhealthy, out = await status("--url", url, "--token", "", "--json")

    assert code_degraded == 1
    assert degraded.splitlines()[0] == f"{url}: DEGRADED (degraded: telegram)"
    assert any(line.startswith("telegram ") and "409 conflict" in line
               for line in degraded.splitlines())
    facts = json.loads(out)
    assert code_unhealthy == 2
    assert (facts["status"], facts["http_status"]) == ("unhealthy", 503)
    assert facts["components"]["telegram"]["status"] == "unhealthy"


async def test_the_last_backup_is_the_newest_dump_in_the_backup_directory(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    dump = backups / "family-emotions-20260101T030000Z.dump"
    dump.write_bytes(b"a dump taken by hand")
    os.utime(dump, (1_767_236_400, 1_767_236_400))  # 2026-01-01T03:00:00Z
    port = free_port()
    settings = bot_settings(
        tmp_path, telegram, health=health(port), database={"url": pg_dsn},
        scheduler={"backup_dir": str(backups), "backup_catch_up": 0.0})
    async with running_bot(settings, telegram, persistent=True):
        await settled()
        code, out = await status("--url", f"http://127.0.0.1:{port}", "--token", "",
                                 "--json")
        _, table = await status("--url", f"http://127.0.0.1:{port}", "--token", "")

    facts = json.loads(out)
    assert code == 0
    assert facts["backup"]["last_success"] == "2026-01-01T03:00:00.000Z"
    assert facts["backup"]["verified"] is None
    assert facts["backup"]["age_s"] > 0
    assert any(line.startswith("last backup: 2026-01-01T03:00:00.000Z (") and
               line.endswith("ago), not verified yet") for line in table.splitlines())


async def test_an_unreachable_bot_exits_2() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    code_table, table = await status("--url", url, "--token", "")
    code_json, out = await status("--url", url, "--token", "", "--json")

    assert code_table == 2
    assert table.startswith(f"{url}: UNREACHABLE (ConnectError")
    assert code_json == 2
    facts = json.loads(out)
    assert (facts["reachable"], facts["status"]) == (False, "unreachable")
