"""A real PostgreSQL outage across a check-in's due time: the scheduler keeps sweeping
(every 0.1 s here), fails while the server is dead, and once it is back the missed
check-in goes out exactly once. The wall clock is fake: the due time passes while the
server is down without waiting for it.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import anyio
import pytest

from actors.db_writer import migrate
from actors.scheduler import SchedulerConfig, Sweep
from chaos.services import PostgresServer
from tests.actors.test_scheduler import WallClock, add_family, fetch, running

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

BEFORE_DUE = dt.datetime(2026, 11, 23, 18, 58, tzinfo=dt.UTC)  # 19:58 in Berlin


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_check_in_due_during_a_postgres_outage_fires_once_after_it(
    pg_instance_factory: Callable[..., PostgresServer],
) -> None:
    server = pg_instance_factory()
    dsn = await anyio.to_thread.run_sync(server.create_database, "fe")
    await migrate(dsn)
    await add_family(dsn, 1, checkin="20:00", tz="Europe/Berlin")
    clock = WallClock(BEFORE_DUE)
    config = SchedulerConfig(tick=0.1, retry_min=0.05, retry_max=0.1, backup_dir=None,
                             db_timeout=1.0)
    async with running(dsn, clock, config=config) as bot:
        report = await bot.scheduler.ask(Sweep(), timeout=10)
        assert report.error is None
        assert bot.keys() == []

        await anyio.to_thread.run_sync(server.kill)
        clock.advance(minutes=10)  # the check-in falls due while PostgreSQL is dead
        report = await bot.scheduler.ask(Sweep(), timeout=10)
        assert report.error is not None
        assert bot.keys() == []

        await anyio.to_thread.run_sync(server.restart)
        await bot.sender.expect(1, timeout=15)  # the sweeping loop catches up by itself
        for _ in range(3):  # more sweeps after the catch-up send nothing more
            assert (await bot.scheduler.ask(Sweep(), timeout=10)).fired == ()

    assert bot.keys() == ["checkin:1:2026-11-23"]
    rows = await fetch(dsn, "SELECT schedule, period_key FROM schedule_runs")
    assert [tuple(r) for r in rows] == [("checkin", "1:2026-11-23")]
