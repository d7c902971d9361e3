"""The bot with its real storage: families in the cache and the spool, drained into
PostgreSQL; /delete erasing them everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import asyncpg
import pytest
import redis.asyncio as redis

from actors.db_writer import migrate
from actors.health import HealthModel, Status
from chaos.emulators.telegram import TelegramEmulator
from runtime.testing import eventually

from .conftest import bot_settings, running_bot
from .test_faults import onboard_en

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]


async def rows(dsn: str, sql: str) -> list[Any]:
    conn = await asyncpg.connect(dsn)
    try:
        return [tuple(r) for r in await conn.fetch(sql)]
    finally:
        await conn.close()


async def test_a_family_lands_in_postgres_and_redis_and_delete_erases_it_everywhere(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str, redis_url: str,
) -> None:
    await migrate(pg_dsn)
    settings = bot_settings(tmp_path, telegram, database={"url": pg_dsn},
                            redis={"url": redis_url})
    client = redis.Redis.from_url(redis_url)
    try:
        async with running_bot(settings, telegram, persistent=True) as bot:
            parent = bot.parent(701)
            await onboard_en(parent)
            parent.says("he threw his shoes and yelled")
            assert "What Sam may be feeling" in await parent.text()

            from tests.actors.test_metrics import value

            async def flushed() -> bool:
                # The flush's duration is observed just after its commit, so a row seen
                # in PostgreSQL may still be a moment ahead of the metric: wait for both.
                timed = value(bot.app.metrics, "fe_db_query_duration_seconds_count",
                              operation="flush")
                return (timed is not None and timed >= 1 and await rows(
                    pg_dsn, "SELECT count(*) FROM emotion_entries") == [(1,)])

            await eventually(flushed, timeout=10.0, interval=0.05)
            assert await rows(pg_dsn, "SELECT chat_id, language FROM families") == [(701, "en")]
            assert await rows(pg_dsn, "SELECT name, age FROM children") == [("Sam", 6)]
            assert await client.exists("fe:family:701:profile") == 1

            parent.says("/delete")
            await parent.reply()
            parent.taps("Yes, erase everything")
            await parent.text()

            async def erased() -> bool:
                left = await rows(pg_dsn, "SELECT (SELECT count(*) FROM families) + "
                                          "(SELECT count(*) FROM children) + "
                                          "(SELECT count(*) FROM emotion_entries)")
                return left == [(0,)]

            await eventually(erased, timeout=10.0, interval=0.05)
            assert await client.exists("fe:family:701:profile") == 0
            assert await bot.store.get(701) is None
    finally:
        await client.aclose()


async def test_settings_survive_a_restart_with_redis_empty(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str, redis_url: str,
) -> None:
    await migrate(pg_dsn)
    settings = bot_settings(tmp_path, telegram, database={"url": pg_dsn},
                            redis={"url": redis_url})
    async with running_bot(settings, telegram, persistent=True) as bot:
        await onboard_en(bot.parent(702))
    client = redis.Redis.from_url(redis_url)
    try:
        await client.flushdb()  # the cache lost everything; the database did not
    finally:
        await client.aclose()
    async with running_bot(settings, telegram, persistent=True) as bot:
        parent = bot.parent(702)
        parent.seen = len(parent.bot_messages())
        parent.says("she cries because nobody plays with her")
        assert "What Sam may be feeling" in await parent.text()


async def test_a_parent_unknown_to_the_cache_while_postgres_is_down_waits_and_is_not_re_onboarded(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str,
) -> None:
    await migrate(pg_dsn)
    settings = bot_settings(tmp_path, telegram, database={"url": pg_dsn})
    async with running_bot(settings, telegram, persistent=True) as bot:
        await onboard_en(bot.parent(703))  # Sam, 6, in PostgreSQL

        async def flushed() -> bool:
            return await rows(pg_dsn, "SELECT count(*) FROM children") == [(1,)]

        await eventually(flushed, timeout=10.0, interval=0.05)
    # A restart while PostgreSQL is unreachable and the cache is empty: the bot cannot
    # know this parent. It must not greet them as new: the message waits, and after
    # state_wait_notice the parent is told the answer is coming.
    from chaos.services import free_port

    dead = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    down = bot_settings(tmp_path, telegram, database={"url": dead, "read_timeout": 0.2},
                        dialogs={"state_wait_notice": 0.3, "state_retry_max": 0.2})
    async with running_bot(down, telegram, persistent=True) as bot:
        parent = bot.parent(703)
        parent.seen = len(parent.bot_messages())
        parent.says("she cries because nobody plays with her")
        notice = await parent.text()
        assert "will answer in a minute" in notice
        assert "Which language" not in notice
        assert bot.app.state_waits.holds(703)
        report = HealthModel(bot.app, None).dialogs()
        assert report.status is Status.DEGRADED
        assert [w["chat_id"] for w in report.info["waiting"]] == [703]
        await parent.no_more_replies(wait=0.5)  # nothing answered from a guessed state
        seen = len(parent.bot_messages())
    async with running_bot(settings, telegram, persistent=True) as bot:  # PostgreSQL back
        parent = bot.parent(703)
        parent.seen = seen
        assert "What Sam may be feeling" in await parent.text()  # the held phrase, replayed

        async def drained() -> bool:
            return bot.app.spool.depth == 0

        await eventually(drained, timeout=10.0, interval=0.05)
        assert await rows(pg_dsn, "SELECT language FROM families") == [("en",)]
        assert await rows(pg_dsn, "SELECT name, age FROM children") == [("Sam", 6)]
