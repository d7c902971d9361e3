"""Schema migrations against a real private PostgreSQL (a fresh database per test).

asyncio only: asyncpg.
"""

from __future__ import annotations

import anyio
import asyncpg
import pytest

from actors.db_writer import DatabaseUnavailable, migrate
from actors.db_writer._migrate import migrations
from chaos.services import free_port

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TABLES = {
    "families", "parents", "children", "emotion_entries", "checkins", "processed_updates",
    "sent_replies", "dead_letters", "schedule_runs", "spool_watermark", "schema_migrations",
    "received_updates", "entry_feedback",
}


async def _fetch(dsn: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(dsn)
    try:
        return list(await conn.fetch(sql))
    finally:
        await conn.close()


def test_migration_files_are_numbered_from_one_without_gaps() -> None:
    found = migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert found[0].name == "0001_initial"


async def test_migrate_creates_every_table_and_records_the_version(pg_dsn: str) -> None:
    applied = await migrate(pg_dsn)

    assert applied == [m.name for m in migrations()]
    tables = {r["tablename"] for r in await _fetch(
        pg_dsn, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
    )}
    assert tables == TABLES
    ledger = await _fetch(pg_dsn, "SELECT version, name FROM schema_migrations ORDER BY version")
    assert [(r["version"], r["name"]) for r in ledger] == [
        (m.version, m.name) for m in migrations()
    ]


async def test_migrate_twice_applies_nothing_the_second_time(pg_dsn: str) -> None:
    await migrate(pg_dsn)

    assert await migrate(pg_dsn) == []
    rows = await _fetch(pg_dsn, "SELECT count(*) AS n FROM schema_migrations")
    assert rows[0]["n"] == len(migrations())


async def test_concurrent_migrations_are_serialised(pg_dsn: str) -> None:
    results: list[list[str]] = []

    async def one() -> None:
        results.append(await migrate(pg_dsn))

    async with anyio.create_task_group() as tg:
        for _ in range(4):
            tg.start_soon(one)

    # Exactly one caller applied everything; the others waited for its lock, then found
    # nothing to do (without the lock they would race on CREATE TABLE and fail).
    assert sorted(results, key=len) == [[], [], [], [m.name for m in migrations()]]


async def test_the_queries_indexes_exist(pg_dsn: str) -> None:
    await migrate(pg_dsn)

    indexes = {r["indexname"]: r["indexdef"] for r in await _fetch(
        pg_dsn, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
    )}
    assert "(chat_id, child_id, at DESC)" in indexes["emotion_entries_chat_child_at"]
    assert "(key)" in indexes["sent_replies_pkey"]
    assert "(chat_id, child_id)" in indexes["children_pkey"]
    assert "(schedule, period_key)" in indexes["schedule_runs_pkey"]
    assert "(update_id)" in indexes["received_updates_pkey"]
    assert "(at)" in indexes["received_updates_at"]
    assert "(chat_id)" in indexes["received_updates_chat"]
    assert "(chat_id, entry_key)" in indexes["entry_feedback_pkey"]
    assert "(chat_id, at)" in indexes["entry_feedback_chat_at"]


async def test_migrate_against_no_server_raises_database_unavailable() -> None:
    dsn = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"

    with pytest.raises(DatabaseUnavailable):
        await migrate(dsn, timeout=2.0)
