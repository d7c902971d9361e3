"""The poller and the sender under the lease, in one process: two replicas' pollers (each
its own actor system, spool and journal) on one PostgreSQL and the Telegram emulator.
The leader polls and hands updates over; the other stands by and never polls; when the
lease row moves (as when another replica takes it while the leader is paused) the
leader's next commit is fenced, its offset stays, and it stands down; the new holder
adopts what the old one acknowledged. The sender's claim refuses a reply once the term
is gone. asyncio only (asyncpg, aiohttp).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import anyio
import anyio.lowlevel
import asyncpg  # type: ignore[import-untyped]
import pytest

from actors.db_writer import migrate
from actors.spool import Spool
from actors.telegram import (
    ClaimOutcome,
    Lease,
    PollerStats,
    ReplyClaims,
    SpoolJournal,
    TelegramPoller,
)
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from config.settings import TelegramSettings
from runtime import ActorSystem
from runtime.testing import Probe
from supervisors import Restart, start_child, supervisor_spec, worker

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TOKEN = make_test_token(535353, "LEASEPOLLER")


@dataclass
class Replica:
    lease: Lease
    stats: PollerStats
    probe: Probe
    journal: SpoolJournal
    renewing: anyio.CancelScope


@asynccontextmanager
async def replica(name: str, emu: TelegramEmulator, dsn: str, state: Path,
                  ttl: float = 1.0, poll_timeout: int = 1) -> AsyncIterator[Replica]:
    """A poller of replica ``name`` with its lease renewed in the background (cancel
    ``renewing`` to stop the renewals, as a pause of the process would)."""
    spool = await Spool.open(state / name, fsync=False)
    journal = await SpoolJournal.open(spool, dsn)
    lease = Lease(dsn, holder=name, ttl=ttl, renew_interval=0.1)
    probe = Probe()
    stats = PollerStats()
    settings = TelegramSettings(base_url=emu.base_url, poll_timeout=poll_timeout,
                                request_timeout=poll_timeout + 1.0,
                                stall_margin=2.0, backoff_min=0.01, backoff_max=0.05)
    tree = supervisor_spec("bot", [worker("dialogs", probe.factory)])
    try:
        async with ActorSystem.start(tree) as system, anyio.create_task_group() as tg:
            renewing = anyio.CancelScope()

            async def renew() -> None:
                with renewing:
                    await lease.run()

            tg.start_soon(renew)
            ref = system.ref("dialogs")
            await start_child(system.ref("bot"), worker(
                "telegram_poller",
                lambda: TelegramPoller(settings, TOKEN, journal, lambda _: ref, stats=stats,
                                       lease=lease, refresh=journal.refresh),
                restart=Restart.TRANSIENT, shutdown=2.0))
            yield Replica(lease, stats, probe, journal, renewing)
            tg.cancel_scope.cancel()
    finally:
        await lease.aclose()
        await journal.aclose()
        await spool.aclose()


async def until(predicate: object, timeout: float = 5.0) -> None:
    assert callable(predicate)
    with anyio.fail_after(timeout):
        while True:
            if predicate():
                return
            await anyio.sleep(0.01)


async def test_a_held_poll_ends_when_the_term_runs_out_on_the_replicas_own_clock(
    pg_dsn: str, tmp_path: Path,
) -> None:
    """A leader whose renewals are stuck (nothing sets its term's ``lost``) ends its term
    when it runs out on its own clock, cancelling the long poll it holds, before the row
    expires in PostgreSQL: it stands by at once, and the next holder's polls meet no
    other poll (a 409 for either would mean two pollers at once)."""
    await migrate(pg_dsn)
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=7000) as emu, \
            replica("a", emu, pg_dsn, tmp_path, poll_timeout=30) as a:
        await emu.wait_polling(timeout=5)  # a's getUpdates is held, for up to 30 s
        a.renewing.cancel()
        await until(lambda: a.stats.role == "standby", timeout=3.0)  # ttl 1 s
        assert a.lease.term is None
        async with replica("b", emu, pg_dsn, tmp_path) as b:
            await until(lambda: b.stats.role == "leader")
            sent = emu.user_says(3, "after the stuck leader")
            await until(lambda: any(u.update_id == sent["update_id"]
                                    for u in b.probe.received))
        assert not emu.calls("getUpdates", status=409), "two pollers at once"
        assert a.stats.conflicts_409 == b.stats.conflicts_409 == 0
        assert not a.probe.received


async def test_one_replica_polls_a_moved_lease_fences_it_and_the_next_adopts(
    pg_dsn: str, tmp_path: Path,
) -> None:
    await migrate(pg_dsn)
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=5000) as emu, \
            replica("a", emu, pg_dsn, tmp_path) as a:
        await emu.wait_polling(timeout=5)
        first = emu.user_says(1, "hello")
        await until(lambda: len(a.probe.received) == 1)
        assert a.stats.role == "leader"
        async with replica("b", emu, pg_dsn, tmp_path) as b:
            await until(lambda: b.stats.role == "standby")
            polls_before = len(emu.calls("getUpdates"))
            # a stops renewing (its lease loop is stuck, as in a pause): its term ends on
            # its own clock, it stops polling, and b takes the row once it expired.
            a.renewing.cancel()
            await until(lambda: a.stats.role == "standby")
            await until(lambda: b.stats.role == "leader")
            second = emu.user_says(2, "after the move")
            await until(lambda: any(u.update_id == second["update_id"]
                                    for u in b.probe.received))
            assert [u.update_id for u in a.probe.received] == [first["update_id"]]
            assert b.lease.stats.epoch == 2
            assert a.lease.term is None  # invalid on a's own clock (its loop is stopped)
            holder = await (await asyncpg.connect(pg_dsn)).fetchval(
                "SELECT holder FROM telegram_leases")
            assert holder == "b"
            assert not emu.calls("getUpdates", status=409), "two pollers at once"
            assert len(emu.calls("getUpdates")) > polls_before
            # a's claim for a reply is refused now; b's is taken
            claims_a, claims_b = ReplyClaims(a.lease, pg_dsn), ReplyClaims(b.lease, pg_dsn)
            try:
                assert (await claims_a.claim("u1"))[0] is ClaimOutcome.FENCED
                assert (await claims_b.claim("u1"))[0] is ClaimOutcome.CLAIMED
            finally:
                await claims_a.aclose()
                await claims_b.aclose()
    # the first update: handed over by a, acknowledged in PostgreSQL, pending there until
    # processed, so b adopted it at the start of its term (a never marked it done)
    assert any(u.update_id == first["update_id"] for u in b.probe.received)
    assert b.stats.adopted >= 1


async def test_a_leader_resumed_after_a_pause_past_every_deadline_stands_by_without_crashing(
    pg_dsn: str, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    """A process paused (SIGSTOP, a frozen VM) longer than its poll's deadline and its
    lease: on resume the watchdog's deadline and the term have both run out at once. That
    is a pause, not a stalled poll: the poller stands by as its term's end says, and is not
    crashed and restarted by the watchdog. The pause is a jump of the event loop's clock,
    with the renewals stopped as in a frozen process."""
    await migrate(pg_dsn)
    loop = asyncio.get_running_loop()
    monotonic = loop.time
    jump = [0.0]
    caplog.set_level("WARNING")
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=9000) as emu, \
            replica("a", emu, pg_dsn, tmp_path) as a:
        await emu.wait_polling(timeout=5)
        assert a.stats.role == "leader"
        a.renewing.cancel()
        await anyio.lowlevel.checkpoint()
        loop.time = lambda: monotonic() + jump[0]  # type: ignore[method-assign]
        try:
            jump[0] = 30.0  # past the lease (1 s) and the poll's deadline (1 + 2 s)
            await until(lambda: a.stats.role == "standby", timeout=3.0)
            await anyio.sleep(0.2)
        finally:
            loop.time = monotonic  # type: ignore[method-assign]
    messages = [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if "PollerStalled" in m], messages
    assert any("term 1 over" in m for m in messages), messages
