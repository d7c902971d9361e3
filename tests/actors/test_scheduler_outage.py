"""A real PostgreSQL outage across a check-in's due time: the scheduler keeps sweeping
(every 0.1 s here), fails while the server is dead, and once it is back the missed
check-in goes out exactly once. The wall clock is fake: the due time passes while the
server is down without waiting for it.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import anyio
import pytest

from actors.db_writer import migrate
from actors.scheduler import Scheduler, Sweep
from actors.spool import Spool
from chaos.services import PostgresServer
from config.settings import SchedulerSettings
from runtime import ActorRef, ActorSystem
from runtime.testing import Probe
from supervisors import supervisor_spec, worker
from tests.actors.test_scheduler import (
    WallClock,
    add_family,
    delivered,
    drain,
    fetch,
    running,
)

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

BEFORE_DUE = dt.datetime(2026, 11, 23, 18, 58, tzinfo=dt.UTC)  # 19:58 in Berlin


async def test_check_in_due_during_a_postgres_outage_fires_once_after_it(
    pg_instance_factory: Callable[..., PostgresServer],
) -> None:
    server = pg_instance_factory()
    dsn = await anyio.to_thread.run_sync(server.create_database, "fe")
    await migrate(dsn)
    await add_family(dsn, 1, checkin="20:00", tz="Europe/Berlin")
    clock = WallClock(BEFORE_DUE)
    config = SchedulerSettings(tick=0.1, retry_min=0.05, retry_max=0.1, backup_dir=None,
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


async def test_done_mark_goes_through_the_spool_when_postgres_dies_after_the_send(
    pg_instance_factory: Callable[..., PostgresServer], tmp_path: Path,
) -> None:
    server = pg_instance_factory()
    dsn = await anyio.to_thread.run_sync(server.create_database, "fe")
    await migrate(dsn)
    await add_family(dsn, 1, checkin="20:00", tz="Europe/Berlin")
    clock = WallClock(BEFORE_DUE + dt.timedelta(minutes=5))
    spool = await Spool.open(tmp_path / "spool", fsync=False)
    sender = Probe(delivered)
    systems: list[ActorSystem] = []

    def sender_killing_postgres() -> ActorRef:
        # The scheduler looks its sender up right before telling it: PostgreSQL dies
        # after the claim, before the run can be marked done.
        server.kill()
        return systems[0].ref("ops/telegram_sender")

    config = SchedulerSettings(tick=3600.0, backup_dir=None, db_timeout=1.0)
    tree = supervisor_spec("ops", [
        worker("telegram_sender", sender.factory),
        worker("scheduler", lambda: Scheduler(dsn=dsn, sender=sender_killing_postgres,
                                              config=config, clock=clock, spool=spool)),
    ])
    try:
        async with ActorSystem.start(tree) as system:
            systems.append(system)
            await sender.expect(1)
            with anyio.fail_after(10):
                while spool.depth == 0:  # the done mark, spooled
                    await anyio.sleep(0.01)
            await anyio.to_thread.run_sync(server.restart)
            await drain(spool, dsn)
            for _ in range(10):  # a pooled connection may still be the dead server's
                report = await system.ref("ops/scheduler").ask(Sweep(), timeout=10)
                if report.error is None:
                    break
            assert report.error is None
            assert report.fired == ()
    finally:
        await spool.aclose()
    assert [m.key for m in sender.received] == ["checkin:1:2026-11-23"]
    rows = await fetch(dsn, "SELECT schedule, period_key FROM schedule_runs ORDER BY 1")
    assert [tuple(r) for r in rows] == [("checkin", "1:2026-11-23"),
                                        ("checkin.claim", "1:2026-11-23")]
