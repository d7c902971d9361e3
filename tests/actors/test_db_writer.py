"""``DbWriter`` in an ActorSystem and ``Reads``, against a real spool and real private
PostgreSQL servers that tests kill (SIGKILL by PID) and restart.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import anyio
import asyncpg
import pytest

from actors.breaker import BreakerState
from actors.db_writer import (
    DbWriter,
    Erase,
    FamilyErased,
    FlushStats,
    Persist,
    Reads,
    close_or_terminate,
    decode_record,
    encode_record,
    migrate,
)
from actors.spool import Spool
from chaos.services import PostgresServer, free_port
from runtime import ActorRef, ActorSystem, Crashed, Props
from runtime.testing import EventRecorder, ManualClock, eventually
from tests.actors.test_db_flusher import (
    COUNTED,
    child,
    count,
    counts_of_chat,
    entry,
    every_kind,
    family,
)

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

T0 = dt.datetime(2026, 11, 23, 20, 0, tzinfo=dt.UTC)


@pytest.fixture
async def spool(tmp_path: Path) -> AsyncIterator[Spool]:
    opened = await Spool.open(tmp_path / "spool", fsync=True)
    try:
        yield opened
    finally:
        await opened.aclose()


@pytest.fixture
def dead_dsn() -> str:
    """A DSN where nothing listens: PostgreSQL is down from the start."""
    return f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"


def writer_props(spool: Spool, dsn: str | None, stats: FlushStats, **kwargs: Any) -> Props:
    options: dict[str, Any] = {"breaker_failures": 2, "breaker_reset": 0.2,
                               "connect_timeout": 1.0, "command_timeout": 3.0,
                               "clock": ManualClock.at(T0), **kwargs}
    return Props(lambda: DbWriter(spool, dsn, stats=stats, **options))


async def restart(server: PostgresServer) -> None:
    await anyio.to_thread.run_sync(server.restart)


async def kill(server: PostgresServer) -> None:
    await anyio.to_thread.run_sync(server.kill)


def spooled(spool: Spool) -> list[Any]:
    return [decode_record(data) for _, data in spool.read(spool.watermark, 100_000)]


async def ask(ref: ActorRef, message: Any) -> Any:
    return await ref.ask(message, timeout=10.0)


async def test_persist_is_answered_with_seqs_the_spool_already_holds(
    spool: Spool, dead_dsn: str
) -> None:
    records = (family(1), child(1), entry(1, 1))
    async with ActorSystem.start(writer_props(spool, dead_dsn, FlushStats()), name="db") as s:
        seqs = await ask(s.ref("db"), Persist(records=records))

    assert len(seqs) == 3
    assert [(seq, decode_record(data)) for seq, data in spool.read(0, 10)] == list(
        zip(seqs, records, strict=True)
    )


async def test_acknowledged_records_survive_reopening_the_spool(
    tmp_path: Path, dead_dsn: str
) -> None:
    first = await Spool.open(tmp_path / "s", fsync=True)
    try:
        async with ActorSystem.start(writer_props(first, dead_dsn, FlushStats()),
                                     name="db") as s:
            seqs = await ask(s.ref("db"), Persist(records=(entry(1, 1), entry(1, 2))))
    finally:
        await first.aclose()

    again = await Spool.open(tmp_path / "s", fsync=True)
    try:
        assert [seq for seq, _ in again.read(0, 10)] == list(seqs)
    finally:
        await again.aclose()


async def test_postgres_down_from_the_start_acks_spools_and_opens_the_breaker(
    spool: Spool, dead_dsn: str
) -> None:
    stats = FlushStats()
    async with ActorSystem.start(writer_props(spool, dead_dsn, stats), name="db") as s:
        for n in range(20):
            await ask(s.ref("db"), Persist(records=(entry(1, n),)))
        await eventually(lambda: stats.breaker_state is BreakerState.OPEN, timeout=10.0)
        # Still serving while the breaker is open.
        await ask(s.ref("db"), Persist(records=(entry(1, 20),)))

    assert spool.depth == 21
    assert spool.watermark == 0
    gauges = stats.gauges(spool)
    assert (gauges["spool_depth"], gauges["rows_flushed"], gauges["breaker_state"]) == (
        21, 0, "open"
    )
    assert gauges["outage_since"] is not None
    assert "ConnectionRefusedError" in str(gauges["last_error"])


async def test_postgres_killed_and_restarted_drains_everything_once_in_order(
    spool: Spool, pg_instance_factory: Callable[..., PostgresServer]
) -> None:
    server = pg_instance_factory()
    dsn = server.dsn
    stats = FlushStats()
    async with ActorSystem.start(writer_props(spool, dsn, stats), name="db") as s:
        events = EventRecorder(s)
        ref = s.ref("db")
        await ask(ref, Persist(records=tuple(every_kind(1))))
        await eventually(lambda: spool.watermark == spool.last_seq, timeout=10.0)

        await kill(server)
        # Accepted while PostgreSQL is dead: acknowledged by the spool alone. Chat 2 is
        # erased and starts over inside the outage, which only drains right in order.
        await ask(ref, Persist(records=tuple(every_kind(2))))
        for n in range(2, 30):
            await ask(ref, Persist(records=(entry(1, n),)))
        await ask(ref, Persist(records=(FamilyErased(chat_id=2, at=T0), family(2, version=7))))
        await eventually(lambda: stats.breaker_state is BreakerState.OPEN, timeout=10.0)
        assert spool.depth == len(every_kind(2)) + 28 + 2  # every record accepted since the kill
        down_since = stats.outage_since
        assert down_since is not None

        await restart(server)
        await eventually(lambda: spool.watermark == spool.last_seq, timeout=10.0)
        resumed = stats.flush_resumed_at
        assert events.of(Crashed) == []  # the outage never escaped the flusher

    assert resumed is not None
    assert resumed > down_since
    assert stats.outage_since is None
    assert await counts_of_chat(dsn, 1) == {**dict.fromkeys(COUNTED, 1), "emotion_entries": 29}
    assert await counts_of_chat(dsn, 2) == {**dict.fromkeys(COUNTED, 0), "families": 1}
    conn = await asyncpg.connect(dsn)
    try:
        assert await conn.fetchval("SELECT version FROM families WHERE chat_id = 2") == 7
        assert await conn.fetchval("SELECT seq FROM spool_watermark") == spool.last_seq
    finally:
        await conn.close()


async def test_erase_removes_the_family_from_postgres_and_from_the_spool(
    spool: Spool, pg_instance_factory: Callable[..., PostgresServer]
) -> None:
    server = pg_instance_factory()
    stats = FlushStats()
    async with ActorSystem.start(writer_props(spool, server.dsn, stats), name="db") as s:
        ref = s.ref("db")
        await ask(ref, Persist(records=tuple(every_kind(5) + every_kind(6))))
        await eventually(lambda: spool.watermark == spool.last_seq, timeout=10.0)

        await kill(server)
        await ask(ref, Persist(records=(entry(5, 2), child(5, child_id=2), entry(6, 2))))
        erased_at = await ask(ref, Erase(chat_id=5))

        # The undrained records of chat 5 left the spool at once; chat 6's stayed.
        left = spooled(spool)
        assert [type(r).__name__ for r in left if getattr(r, "chat_id", None) == 5] == [
            "FamilyErased"
        ]
        assert entry(6, 2) in left
        ((seq, data),) = spool.read(erased_at - 1, 1)
        assert seq == erased_at
        assert decode_record(data) == FamilyErased(chat_id=5, at=decode_record(data).at)

        await restart(server)
        await eventually(lambda: spool.watermark == spool.last_seq, timeout=10.0)

    assert await counts_of_chat(server.dsn, 5) == dict.fromkeys(COUNTED, 0)
    assert await counts_of_chat(server.dsn, 6) == {**dict.fromkeys(COUNTED, 1),
                                                   "emotion_entries": 2}


async def test_writer_without_a_dsn_keeps_records_in_the_spool(spool: Spool) -> None:
    stats = FlushStats()
    async with ActorSystem.start(writer_props(spool, None, stats), name="db") as s:
        await ask(s.ref("db"), Persist(records=(entry(1, 1),)))
        await ask(s.ref("db"), Erase(chat_id=1))

    assert [type(r).__name__ for r in spooled(spool)] == ["FamilyErased"]


# -- reads ---------------------------------------------------------------------------------


async def test_reads_come_from_the_spool_while_postgres_is_down(
    spool: Spool, dead_dsn: str
) -> None:
    await spool.append_many([encode_record(r) for r in (
        family(1, version=1), family(1, version=2, language="en"), child(1, name="Anna"),
        child(1, child_id=2, name="Bob"), child(1, name="Anna B.", version=2),
        *[entry(1, n) for n in range(5)], entry(1, 9, child_id=2), family(2),
    )])

    timed: list[str] = []
    async with Reads(dead_dsn, spool, timeout=0.5, connect_timeout=0.5,
                     observe=lambda op, seconds: timed.append(op)) as reads:
        view = await reads.family(1)
        kids = await reads.children(1)
        recent = await reads.recent_entries(1, 1, limit=3)
        assert reads.degraded
    # the failed attempt is timed; the breaker (open after one failure) spares the rest
    assert timed == ["read_family"]

    assert view is not None
    assert (view.language, view.version) == ("en", 2)
    assert [(k.child_id, k.name) for k in kids] == [(1, "Anna B."), (2, "Bob")]
    assert [e.entry_key for e in recent] == ["e1.4", "e1.3", "e1.2"]


async def test_reads_overlay_postgres_with_records_not_yet_flushed(
    spool: Spool, pg_dsn: str
) -> None:
    # Flushed: version 1 of the family, one child, two entries.
    await spool.append_many([encode_record(r) for r in (
        family(1), child(1), entry(1, 1), entry(1, 2),
    )])
    stats = FlushStats()
    async with ActorSystem.start(writer_props(spool, pg_dsn, stats), name="db"):
        await eventually(lambda: spool.watermark == spool.last_seq, timeout=10.0)
    # Not flushed yet (no writer running): a newer version, a second child, a new entry.
    await spool.append_many([encode_record(r) for r in (
        family(1, version=2, language="en"), child(1, child_id=2, name="Bob"), entry(1, 3),
    )])

    timed: list[str] = []
    async with Reads(pg_dsn, spool, observe=lambda op, seconds: timed.append(op)) as reads:
        view = await reads.family(1)
        kids = await reads.children(1)
        recent = await reads.recent_entries(1, 1, limit=10)
        assert not reads.degraded
    assert timed == ["read_family", "read_children", "read_entries"]  # each one timed

    assert view is not None
    assert view.version == 2
    assert [k.child_id for k in kids] == [1, 2]
    assert [e.entry_key for e in recent] == ["e1.3", "e1.2", "e1.1"]
    assert recent[1].phrase == entry(1, 2).phrase


async def test_an_erased_family_reads_as_gone_before_the_erasure_is_flushed(
    spool: Spool, pg_dsn: str
) -> None:
    await spool.append_many([encode_record(r) for r in (family(1), child(1), entry(1, 1))])
    async with ActorSystem.start(writer_props(spool, pg_dsn, FlushStats()), name="db"):
        await eventually(lambda: spool.watermark == spool.last_seq, timeout=10.0)
    await spool.append(encode_record(FamilyErased(chat_id=1, at=T0)))

    async with Reads(pg_dsn, spool) as reads:
        assert await reads.family(1) is None
        assert await reads.children(1) == []
        assert await reads.recent_entries(1, 1) == []
    assert await count(pg_dsn, "families") == 1  # still there until the flusher runs


async def test_a_graceful_stop_drains_the_spool_first(spool: Spool, pg_dsn: str) -> None:
    await migrate(pg_dsn)
    stats = FlushStats()
    async with ActorSystem.start(writer_props(spool, pg_dsn, stats), name="db") as system:
        await spool.append_many([encode_record(entry(3, i)) for i in range(50)])
        assert spool.last_seq > spool.watermark  # the flusher polls; nothing woke it
    assert spool.watermark == spool.last_seq
    conn = await asyncpg.connect(pg_dsn)
    try:
        assert await conn.fetchval("SELECT count(*) FROM emotion_entries") == 50
    finally:
        await conn.close()
    assert system.exit_code == 0


# -- closing connections and pools ---------------------------------------------------------


class _Closable:
    """Stands in for an asyncpg connection or pool: ``close`` hangs, fails or returns."""

    def __init__(self, close: str) -> None:
        self.how = close
        self.calls: list[str] = []

    async def close(self) -> None:
        self.calls.append("close")
        if self.how == "hang":
            await anyio.sleep_forever()
        if self.how == "fail":
            raise OSError("connection reset")

    def terminate(self) -> None:
        self.calls.append("terminate")


@pytest.mark.parametrize(("close", "calls"), [
    ("ok", ["close"]),
    ("hang", ["close", "terminate"]),
    ("fail", ["close", "terminate"]),
])
async def test_close_or_terminate_closes_gracefully_else_terminates(
    close: str, calls: list[str],
) -> None:
    target = _Closable(close)
    with anyio.fail_after(5):
        await close_or_terminate(target, timeout=0.05)
    assert target.calls == calls


async def test_close_or_terminate_finishes_the_close_when_its_caller_is_cancelled() -> None:
    target = _Closable("hang")
    with anyio.move_on_after(0.01):
        await close_or_terminate(target, timeout=0.05)
    assert target.calls == ["close", "terminate"]
