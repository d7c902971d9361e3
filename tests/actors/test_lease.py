"""The lease among replicas (``actors/telegram/_lease.py``) on a real PostgreSQL: taking,
renewing, losing and releasing it; the epoch as a fencing token where the poller commits
a batch and where the sender claims a reply; a holder paused past its lease; PostgreSQL
unreachable; the webhook replicas' inbox.

Short leases (0.4-0.6 s) keep each test under a few seconds. asyncio only: asyncpg.
"""

from __future__ import annotations

import time

import anyio
import asyncpg  # type: ignore[import-untyped]
import pytest

from actors.db_writer import migrate
from actors.protocol import IncomingUpdate
from actors.telegram._lease import ClaimOutcome, Inbox, Lease, LeaseRole, ReplyClaims, _Connection
from chaos.services import free_port

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TTL = 0.6
RENEW = 0.1


def update(update_id: int, chat_id: int = 7) -> IncomingUpdate:
    return IncomingUpdate(update_id=update_id, kind="message", chat_id=chat_id,
                          user_id=chat_id, text="hi")


def lease(dsn: str, holder: str, ttl: float = TTL) -> Lease:
    return Lease(dsn, holder=holder, ttl=ttl, renew_interval=RENEW, connect_timeout=1.0)


async def renew(held: Lease, attempts: int = 20) -> None:
    """One renewal that reached PostgreSQL. A short lease gives a call 0.3 s, connecting
    included, and a loaded machine can take longer to open the first connection: an
    attempt that timed out (counted in ``renew_failures``) is made again. One that took
    the lease in PostgreSQL but timed out before its answer left the replica a standby of
    itself: the lease is let run out, then taken again."""
    for _ in range(attempts):
        failures = held.stats.renew_failures
        await held.renew_once()
        if held.stats.renew_failures != failures:
            continue
        if held.term is None and held.stats.leader == held.holder:
            await anyio.sleep(held.ttl)
            continue
        return
    raise AssertionError(f"PostgreSQL did not answer {attempts} renewals in a row")


async def rows(dsn: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(dsn)
    try:
        return list(await conn.fetch(sql))
    finally:
        await conn.close()


async def test_one_replica_takes_the_lease_and_the_other_stands_by(pg_dsn: str) -> None:
    a, b = lease(pg_dsn, "a"), lease(pg_dsn, "b")
    try:
        await renew(a)
        await renew(b)
        assert a.stats.role is LeaseRole.LEADER
        assert a.term is not None
        assert a.term.epoch == 1
        assert a.valid(1)
        assert b.stats.role is LeaseRole.STANDBY
        assert b.term is None
        assert b.stats.leader == "a"
        assert b.stats.leader_epoch == 1
        await renew(a)  # a renewal keeps the epoch
        assert a.valid(1)
        assert a.stats.acquired == 1
    finally:
        await a.aclose()
        await b.aclose()


async def test_a_lease_not_renewed_passes_to_a_standby_with_a_higher_epoch(
    pg_dsn: str,
) -> None:
    """The holder stops renewing (as if paused): its term ends on its own clock before
    PostgreSQL's expiry, the standby takes over with epoch 2, and the old holder's commit
    and renewal are refused."""
    await migrate(pg_dsn)
    a, b = lease(pg_dsn, "a"), lease(pg_dsn, "b")
    try:
        await renew(a)
        term = a.term
        assert term is not None
        await renew(b)
        assert b.term is None
        with anyio.fail_after(5):
            while a.valid(term.epoch):
                await anyio.sleep(0.02)
        await b.renew_once()  # a timeout here leaves it a standby too
        assert b.term is None, "the standby must wait for PostgreSQL's expiry, later"
        with anyio.fail_after(5):
            while b.term is None:
                await anyio.sleep(0.05)
                await renew(b)
        assert b.term is not None
        assert b.term.epoch == 2
        assert not await a.commit(term.epoch, [update(1)], 2)
        assert a.stats.fenced["offset"] == 1
        await renew(a)
        assert a.stats.role is LeaseRole.STANDBY
        assert term.lost.is_set()
        assert "replica b holds the lease" in term.reason
        assert await b.commit(2, [update(1), update(2)], 3)
        found = await rows(pg_dsn, "SELECT update_id FROM received_updates ORDER BY 1")
        assert [r["update_id"] for r in found] == [1, 2]
        offset = await rows(pg_dsn, "SELECT committed_offset, epoch FROM telegram_leases")
        assert (offset[0]["committed_offset"], offset[0]["epoch"]) == (3, 2)
    finally:
        await a.aclose()
        await b.aclose()


async def test_a_commit_fenced_in_postgresql_writes_nothing(pg_dsn: str) -> None:
    """Valid on its own clock, but the row says otherwise (another replica took it, e.g.
    across a clock jump): the transaction checks the row and writes nothing."""
    await migrate(pg_dsn)
    a = lease(pg_dsn, "a", ttl=30)
    try:
        await renew(a)
        assert a.term is not None
        conn = await asyncpg.connect(pg_dsn)
        await conn.execute("UPDATE telegram_leases SET holder = 'b', epoch = epoch + 1")
        await conn.close()
        assert a.valid(1)
        assert not await a.commit(1, [update(5)], 6)
        assert await rows(pg_dsn, "SELECT * FROM received_updates") == []
    finally:
        await a.aclose()


async def test_release_hands_the_lease_over_at_once(pg_dsn: str) -> None:
    a, b = lease(pg_dsn, "a", ttl=30), lease(pg_dsn, "b", ttl=30)
    try:
        await renew(a)
        term = a.term
        assert term is not None
        await renew(b)
        assert b.term is None
        await a.release()
        assert term.lost.is_set()
        assert not a.valid(term.epoch)
        await renew(b)
        assert b.term is not None
        assert b.term.epoch == 2
    finally:
        await a.aclose()
        await b.aclose()


async def test_reply_claims_are_fenced_by_the_epoch(pg_dsn: str) -> None:
    """A claims a reply and dies before sending it; B takes over and claims it again
    (the in-flight duplicate window); A, resumed, is refused; once B marked it sent,
    nobody claims it again."""
    a, b = lease(pg_dsn, "a"), lease(pg_dsn, "b")
    claims_a, claims_b = ReplyClaims(a, pg_dsn), ReplyClaims(b, pg_dsn)
    try:
        assert (await claims_a.claim("u1"))[0] is ClaimOutcome.FENCED  # no term yet
        await renew(a)
        outcome, epoch = await claims_a.claim("u1")
        assert outcome is ClaimOutcome.CLAIMED
        assert claims_a.holds(epoch)
        assert (await claims_a.claim("u1"))[0] is ClaimOutcome.CLAIMED  # same term again
        with anyio.fail_after(5):
            while b.term is None:
                await anyio.sleep(0.05)
                await renew(b)
        assert not claims_a.holds(epoch)
        assert (await claims_b.claim("u1"))[0] is ClaimOutcome.CLAIMED
        assert (await claims_a.claim("u1"))[0] is ClaimOutcome.FENCED
        await claims_b.mark_sent("u1")
        assert (await claims_b.claim("u1"))[0] is ClaimOutcome.SENT
        assert a.stats.fenced["reply"] == 2
    finally:
        for closable in (claims_a, claims_b, a, b):
            await closable.aclose()


async def test_the_run_loop_renews_and_a_paused_holder_loses_its_term(pg_dsn: str) -> None:
    """``run`` keeps the term alive; when it cannot run (the process stopped), the term
    is invalid the moment it resumes, before any renewal, and the standby leads."""
    a, b = lease(pg_dsn, "a"), lease(pg_dsn, "b")
    try:
        async with anyio.create_task_group() as tg:
            scope_a = anyio.CancelScope()

            async def run_a() -> None:
                with scope_a:
                    await a.run()

            tg.start_soon(run_a)
            term = await a.wait_term()
            tg.start_soon(b.run)
            await anyio.sleep(TTL * 2)
            assert a.valid(term.epoch)
            assert b.term is None
            scope_a.cancel()  # "paused": no renewals from here
            with anyio.fail_after(5):
                b_term = await b.wait_term()
            assert b_term.epoch == term.epoch + 1
            assert not a.valid(term.epoch)
            tg.cancel_scope.cancel()
    finally:
        await a.aclose()
        await b.aclose()


async def test_postgresql_unreachable_gives_no_term(pg_dsn: str) -> None:
    dead = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    a = Lease(dead, holder="a", ttl=TTL, renew_interval=RENEW, connect_timeout=0.2)
    try:
        started = time.monotonic()
        await a.renew_once()
        assert time.monotonic() - started < TTL
        assert a.term is None
        assert a.stats.role is LeaseRole.UNKNOWN
        assert a.stats.renew_failures == 1
    finally:
        await a.aclose()


async def test_the_inbox_takes_updates_once_and_wakes_the_holder(pg_dsn: str) -> None:
    await migrate(pg_dsn)
    writer, reader = Inbox(pg_dsn), Inbox(pg_dsn)
    try:
        async with anyio.create_task_group() as tg:
            woke = anyio.Event()

            async def wait() -> None:
                await reader.wait(5.0)
                woke.set()

            tg.start_soon(wait)
            await anyio.sleep(0.3)  # the LISTEN is in place
            await writer.insert([update(10, 1), update(11, 2)])
            await writer.insert([update(10, 1)])  # a redelivery: stored once
            with anyio.fail_after(3):
                await woke.wait()
        found, newest = await reader.pending_since(0.0)
        assert [u.update_id for u in found] == [10, 11]
        assert newest > 0
        conn = await asyncpg.connect(pg_dsn)
        await conn.execute("INSERT INTO processed_updates VALUES (10, 1, now())")
        await conn.close()
        found, _ = await reader.pending_since(0.0)
        assert [u.update_id for u in found] == [11]
    finally:
        await writer.aclose()
        await reader.aclose()


async def test_a_lapsed_lease_taken_again_by_its_holder_is_a_new_valid_term(
    pg_dsn: str,
) -> None:
    """The holder's row expired (PostgreSQL unreachable for a while, say) and nobody took
    it: the holder's next renewal takes it under a new epoch; the old term is over and
    the new one stands."""
    a = lease(pg_dsn, "a", ttl=30)
    try:
        await renew(a)
        old = a.term
        assert old is not None
        conn = await asyncpg.connect(pg_dsn)
        await conn.execute("UPDATE telegram_leases SET expires_at = clock_timestamp()")
        await conn.close()
        await renew(a)
        assert old.lost.is_set()
        assert a.term is not None
        assert a.term.epoch == old.epoch + 1
        assert a.valid(a.term.epoch)
        assert not a.valid(old.epoch)
    finally:
        await a.aclose()


async def test_a_query_cancelled_midway_drops_its_connection(pg_dsn: str) -> None:
    # A term that ends mid-commit cancels the query: the connection's state is unknown
    # then (a reply may still be on its way), so it is dropped like after any failure,
    # never reused for the next query.
    connection = _Connection(pg_dsn, name="test", connect_timeout=2.0, command_timeout=30.0)
    running = anyio.Event()

    async def slow(conn: asyncpg.Connection) -> None:
        running.set()
        await conn.execute("SELECT pg_sleep(20)")

    try:
        await connection.run(lambda conn: conn.fetchval("SELECT 1"))
        first = connection._conn
        assert first is not None
        async with anyio.create_task_group() as tg:
            tg.start_soon(connection.run, slow)
            await running.wait()
            tg.cancel_scope.cancel()
        assert connection._conn is None
        assert first.is_closed()
        assert await connection.run(lambda conn: conn.fetchval("SELECT 2")) == 2
    finally:
        await connection.aclose()
