"""``RunStore.claim`` and ``mark_done`` raced by several schedulers on a real PostgreSQL.

The race this guards: scheduler B's claim statement reads "not done" from a snapshot
taken just before scheduler A's ``mark_done`` commits, then finds A's claim row gone
(deleted by that commit) and inserts a fresh claim: the run is sent twice. The claim and
``mark_done`` are serialised per run, so every run is won exactly once however the
statements interleave.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import anyio
import pytest

from actors.db_writer import migrate
from actors.scheduler import RunStore

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

NOW = dt.datetime(2026, 11, 23, 19, 0, tzinfo=dt.UTC)
RUNS = 150
CONTENDERS = 4


async def test_each_run_is_won_once_by_racing_schedulers(pg_dsn: str) -> None:
    await migrate(pg_dsn)
    stores = [RunStore(pg_dsn) for _ in range(2)]
    wins: Counter[str] = Counter()

    async def contender(store: RunStore, key: str) -> None:
        if await store.claim("checkin", key, now=NOW, lease=600.0):
            wins[key] += 1
            await store.mark_done("checkin", key, NOW)

    try:
        for start in range(0, RUNS, 10):  # ten runs at a time, every contender at once
            async with anyio.create_task_group() as tg:
                for n in range(start, start + 10):
                    for i in range(CONTENDERS):
                        tg.start_soon(contender, stores[i % 2], f"{n}:2026-11-23")
        # and again, once every run is done: nobody wins
        async with anyio.create_task_group() as tg:
            for n in range(RUNS):
                tg.start_soon(contender, stores[n % 2], f"{n}:2026-11-23")
    finally:
        for store in stores:
            await store.aclose()
    assert len(wins) == RUNS
    assert [key for key, count in wins.items() if count != 1] == []
