"""The flusher against a real spool and a real private PostgreSQL (a fresh database per
test): exactly-once rows under replay, versioned upserts, erasures in order, poison
records dead-lettered, an unreachable server opening the breaker.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import anyio
import asyncpg
import pytest

from actors.breaker import BreakerState, CircuitBreaker
from actors.db_writer import (
    CheckinAnswer,
    ChildSaved,
    DeadLetter,
    EmotionEntry,
    FamilyErased,
    FamilySaved,
    Flusher,
    ParentSeen,
    ProcessedUpdate,
    Record,
    ScheduleRun,
    SentReply,
    UpdateReceived,
    decode_record,
    encode_record,
    migrate,
    persist,
)
from actors.spool import Spool
from chaos.services import free_port
from runtime.testing import ManualClock

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

T0 = dt.datetime(2026, 11, 23, 20, 0, tzinfo=dt.UTC)
"""The instant the tests' records are stamped with: every flusher reads a clock set to it."""


@pytest.fixture
async def spool(tmp_path: Path) -> AsyncIterator[Spool]:
    opened = await Spool.open(tmp_path / "spool", fsync=True)
    try:
        yield opened
    finally:
        await opened.aclose()


# -- records -------------------------------------------------------------------------------


def family(chat: int, version: int = 1, language: Any = "ru") -> FamilySaved:
    return FamilySaved(chat_id=chat, language=language, checkin_time="20:00",
                       timezone="Europe/Moscow", active=True, version=version)


def child(chat: int, child_id: int = 1, name: str = "Миша", version: int = 1,
          age: int = 5) -> ChildSaved:
    return ChildSaved(chat_id=chat, child_id=child_id, name=name, age=age, version=version)


def entry(chat: int, n: int, child_id: int = 1, phrase: str = "Я тебя ненавижу!") -> EmotionEntry:
    return EmotionEntry(
        entry_key=f"e{chat}.{n}", chat_id=chat, child_id=child_id, phrase=phrase,
        emotion="anger", intensity=4, analysis_json='{"emotion": "anger"}', source="offline",
        age_band="4-7", language="ru", at=T0 + dt.timedelta(seconds=n),
    )


def every_kind(chat: int) -> list[Record]:
    """One record for each table, all of chat ``chat`` where they have one."""
    return [
        family(chat),
        ParentSeen(chat_id=chat, user_id=chat * 10, at=T0),
        child(chat),
        entry(chat, 1),
        CheckinAnswer(chat_id=chat, child_id=1, day=T0.date(), score=3, at=T0),
        UpdateReceived(update_id=chat * 1000, chat_id=chat, payload=b"\x00\xffupdate", at=T0),
        ProcessedUpdate(update_id=chat * 1000, chat_id=chat, at=T0),
        SentReply(key=f"u{chat * 1000}", chat_id=chat, at=T0),
        DeadLetter(key=f"dl{chat}", actor="dialogs", reason="poison", error="boom",
                   message_json="{}", at=T0, chat_id=chat),
        ScheduleRun(schedule=f"weekly-{chat}", period_key="2026-W48", at=T0),
    ]


COUNTED = {
    "families": "chat_id", "parents": "chat_id", "children": "chat_id",
    "emotion_entries": "chat_id", "checkins": "chat_id", "processed_updates": "chat_id",
    "sent_replies": "chat_id", "dead_letters": "chat_id", "received_updates": "chat_id",
}


# -- helpers -------------------------------------------------------------------------------


def make_flusher(spool: Spool, dsn: str, **kwargs: Any) -> Flusher:
    breaker = kwargs.pop("breaker", None) or CircuitBreaker("pg", failures=3, reset_after=0.2)
    kwargs.setdefault("clock", ManualClock.at(T0))
    return Flusher(spool, dsn, breaker=breaker, connect_timeout=1.0, command_timeout=3.0,
                   **kwargs)


async def drain(flusher: Flusher, spool: Spool) -> None:
    """Flush until the spool is drained (fails the test on an unavailable database)."""
    with anyio.fail_after(10):
        while spool.watermark < spool.last_seq:
            await flusher.flush_once()
    await flusher.aclose()


async def rows(dsn: str, sql: str, *args: Any) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(dsn)
    try:
        return list(await conn.fetch(sql, *args))
    finally:
        await conn.close()


async def count(dsn: str, table: str, where: str = "true", *args: Any) -> int:
    found = await rows(dsn, f"SELECT count(*) AS n FROM {table} WHERE {where}", *args)
    return int(found[0]["n"])


async def counts_of_chat(dsn: str, chat: int) -> dict[str, int]:
    return {t: await count(dsn, t, f"{c} = $1", chat) for t, c in COUNTED.items()}


async def watermark_row(dsn: str) -> int:
    return int((await rows(dsn, "SELECT seq FROM spool_watermark"))[0]["seq"])


async def append(spool: Spool, records: Sequence[Record]) -> tuple[int, ...]:
    return await persist(spool, records)


# -- tests ---------------------------------------------------------------------------------


async def test_every_record_kind_lands_in_its_table_once(spool: Spool, pg_dsn: str) -> None:
    await append(spool, every_kind(1) + every_kind(2))
    flusher = make_flusher(spool, pg_dsn)

    await drain(flusher, spool)

    for chat in (1, 2):
        assert await counts_of_chat(pg_dsn, chat) == dict.fromkeys(COUNTED, 1)
    assert await count(pg_dsn, "schedule_runs") == 2
    assert await watermark_row(pg_dsn) == spool.last_seq
    assert flusher.stats.rows_flushed == 20
    assert flusher.stats.migrations_applied == ["0001_initial", "0002_received_updates",
                                                 "0003_families_created_at",
                                                 "0004_consent_and_children",
                                                 "0005_entry_feedback",
                                                 "0006_crisis_entries"]


async def test_values_round_trip(spool: Spool, pg_dsn: str) -> None:
    await append(spool, [entry(1, 7, phrase="He said \"no\" — и ушёл 😢")])

    await drain(make_flusher(spool, pg_dsn), spool)

    (row,) = await rows(pg_dsn, "SELECT * FROM emotion_entries")
    assert row["phrase"] == "He said \"no\" — и ушёл 😢"
    assert row["at"] == T0 + dt.timedelta(seconds=7)
    assert row["analysis"] == '{"emotion": "anger"}'
    assert (row["source"], row["age_band"], row["language"]) == ("offline", "4-7", "ru")


async def test_the_same_records_replayed_from_another_spool_are_not_doubled(
    spool: Spool, pg_dsn: str, tmp_path: Path
) -> None:
    records = every_kind(1) + [entry(1, n) for n in range(2, 50)]
    await append(spool, records)
    await drain(make_flusher(spool, pg_dsn), spool)

    # A crash between PostgreSQL's commit and the spool's watermark replays the batch: the
    # same bytes again. Replay all of them, twice within one batch too.
    replay = await Spool.open(tmp_path / "replay", fsync=True)
    try:
        await append(replay, records + records)
        await drain(make_flusher(replay, pg_dsn), replay)
    finally:
        await replay.aclose()

    assert await counts_of_chat(pg_dsn, 1) == {**dict.fromkeys(COUNTED, 1),
                                               "emotion_entries": 49}


async def test_records_spooled_before_a_restart_are_flushed_after_it(
    tmp_path: Path, pg_dsn: str
) -> None:
    first = await Spool.open(tmp_path / "s", fsync=True)
    await append(first, [entry(1, n) for n in range(10)])
    await first.aclose()

    reopened = await Spool.open(tmp_path / "s", fsync=True)
    try:
        await drain(make_flusher(reopened, pg_dsn), reopened)
        last = reopened.last_seq
    finally:
        await reopened.aclose()

    assert await count(pg_dsn, "emotion_entries") == 10
    assert await watermark_row(pg_dsn) == last


async def test_an_older_version_never_overwrites_a_newer_one(spool: Spool, pg_dsn: str) -> None:
    flusher = make_flusher(spool, pg_dsn)
    await append(spool, [family(1, version=5, language="en"), child(1, name="Anna", version=5)])
    await drain(flusher, spool)

    # Replayed older saves, in a later batch and mixed within one batch.
    await append(spool, [family(1, version=3, language="ru"), child(1, name="Old", version=4),
                         family(2, version=2, language="en"), family(2, version=1)])
    await drain(flusher, spool)

    families = {r["chat_id"]: (r["language"], r["version"])
                for r in await rows(pg_dsn, "SELECT * FROM families")}
    assert families == {1: ("en", 5), 2: ("en", 2)}
    (kid,) = await rows(pg_dsn, "SELECT name, version FROM children")
    assert (kid["name"], kid["version"]) == ("Anna", 5)


async def test_an_erasure_deletes_what_came_before_it_and_keeps_what_came_after(
    spool: Spool, pg_dsn: str
) -> None:
    flusher = make_flusher(spool, pg_dsn)
    await append(spool, every_kind(1)[:4])
    await drain(flusher, spool)

    # One batch: more rows, the erasure, then the family starting over.
    await append(spool, [entry(1, 2), FamilyErased(chat_id=1, at=T0), family(1, version=9),
                         entry(1, 3)])
    await append(spool, every_kind(2))
    await drain(flusher, spool)

    assert await counts_of_chat(pg_dsn, 1) == {
        **dict.fromkeys(COUNTED, 0), "families": 1, "emotion_entries": 1,
    }
    assert [r["entry_key"] for r in await rows(
        pg_dsn, "SELECT entry_key FROM emotion_entries WHERE chat_id = 1")] == ["e1.3"]
    assert await counts_of_chat(pg_dsn, 2) == dict.fromkeys(COUNTED, 1)


async def test_an_erasure_deletes_the_familys_schedule_runs_and_no_one_elses(
    spool: Spool, pg_dsn: str
) -> None:
    flusher = make_flusher(spool, pg_dsn)
    runs = [ScheduleRun(schedule="checkin", period_key="1:2026-11-23", at=T0),
            ScheduleRun(schedule="checkin.claim", period_key="1:2026-11-24", at=T0),
            ScheduleRun(schedule="weekly_report", period_key="1:2026-11-22", at=T0),
            ScheduleRun(schedule="checkin", period_key="11:2026-11-23", at=T0),
            ScheduleRun(schedule="checkin", period_key="2:2026-11-23", at=T0),
            ScheduleRun(schedule="backup", period_key="2026-11-23", at=T0)]
    await append(spool, [*runs, FamilyErased(chat_id=1, at=T0)])
    await drain(flusher, spool)
    left = await rows(pg_dsn, "SELECT schedule, period_key FROM schedule_runs ORDER BY 1, 2")
    assert [(r["schedule"], r["period_key"]) for r in left] == [
        ("backup", "2026-11-23"), ("checkin", "11:2026-11-23"), ("checkin", "2:2026-11-23")]


async def test_a_record_postgres_rejects_is_dead_lettered_and_the_rest_flush(
    spool: Spool, pg_dsn: str
) -> None:
    good_before = [entry(1, n) for n in range(40)]
    poison = entry(1, 99, phrase="nul \x00 byte")  # PostgreSQL text cannot hold NUL
    good_after = [entry(1, n) for n in range(40, 80)] + [child(1, age=5)]
    seqs = await append(spool, [*good_before, poison, *good_after])
    flusher = make_flusher(spool, pg_dsn, batch=100)

    await drain(flusher, spool)

    assert await count(pg_dsn, "emotion_entries") == 80
    assert await count(pg_dsn, "children") == 1
    (letter,) = await rows(pg_dsn, "SELECT * FROM dead_letters")
    assert letter["key"].startswith(f"spool:{seqs[40]}:")
    assert (letter["actor"], letter["reason"], letter["chat_id"]) == ("db_writer", "rejected", 1)
    assert "e1.99" in letter["message_json"]
    assert flusher.stats.dead_lettered == 1
    assert await watermark_row(pg_dsn) == seqs[-1]


async def test_a_value_out_of_column_range_is_dead_lettered(spool: Spool, pg_dsn: str) -> None:
    # A CHECK violation (age 0..17) and an int asyncpg cannot encode as smallint.
    await append(spool, [child(1, child_id=1, age=40), child(1, child_id=2, age=70_000),
                         child(1, child_id=3, age=6)])

    await drain(make_flusher(spool, pg_dsn), spool)

    assert [r["child_id"] for r in await rows(pg_dsn, "SELECT child_id FROM children")] == [3]
    assert await count(pg_dsn, "dead_letters") == 2


async def test_bytes_that_are_not_a_record_are_dead_lettered(spool: Spool, pg_dsn: str) -> None:
    await append(spool, [entry(1, 1)])
    await spool.append(b"\xc1 not msgpack")
    await append(spool, [entry(1, 2)])

    await drain(make_flusher(spool, pg_dsn), spool)

    assert await count(pg_dsn, "emotion_entries") == 2
    (letter,) = await rows(pg_dsn, "SELECT reason, message_json FROM dead_letters")
    assert letter["reason"] == "undecodable"
    assert b"\xc1 not msgpack".hex() in letter["message_json"]


async def test_an_unreachable_server_opens_the_breaker_and_the_spool_keeps_everything(
    spool: Spool,
) -> None:
    dsn = f"postgresql://postgres@127.0.0.1:{free_port()}/postgres"
    breaker = CircuitBreaker("pg", failures=2, reset_after=30.0)
    flusher = make_flusher(spool, dsn, breaker=breaker)
    seqs = await append(spool, [entry(1, n) for n in range(5)])

    async with anyio.create_task_group() as tg:
        tg.start_soon(flusher.run)
        with anyio.fail_after(5):
            while breaker.state is not BreakerState.OPEN:
                await anyio.sleep(0.01)
        tg.cancel_scope.cancel()

    assert flusher.stats.outage_since is not None
    assert flusher.stats.breaker_state is BreakerState.OPEN
    assert spool.watermark == 0
    assert [decode_record(data) for _, data in spool.read(0, 10)] == [
        entry(1, n) for n in range(5)
    ]
    assert spool.last_seq == seqs[-1]


async def test_migrate_then_flush_uses_the_existing_schema(spool: Spool, pg_dsn: str) -> None:
    await migrate(pg_dsn)
    await append(spool, [entry(1, 1)])
    flusher = make_flusher(spool, pg_dsn)

    await drain(flusher, spool)

    assert flusher.stats.migrations_applied == []
    assert await count(pg_dsn, "emotion_entries") == 1


async def test_a_received_update_keeps_its_payload_bytes_and_is_stored_once(
    spool: Spool, pg_dsn: str
) -> None:
    payload = bytes(range(256))  # every byte value, NUL included: bytea, not text
    received = UpdateReceived(update_id=5, chat_id=1, payload=payload, at=T0)
    await append(spool, [received, received])
    await append(spool, [UpdateReceived(update_id=5, chat_id=1, payload=b"replay", at=T0)])

    await drain(make_flusher(spool, pg_dsn), spool)

    (row,) = await rows(pg_dsn, "SELECT * FROM received_updates")
    assert (row["update_id"], row["chat_id"], row["payload"], row["at"]) == (5, 1, payload, T0)


async def test_journal_rows_past_the_retention_are_pruned_but_pending_updates_stay(
    spool: Spool, pg_dsn: str
) -> None:
    old, recent = T0 - dt.timedelta(hours=49), T0 - dt.timedelta(hours=47)

    def received(update_id: int, at: dt.datetime) -> UpdateReceived:
        return UpdateReceived(update_id=update_id, chat_id=1, payload=b"u", at=at)

    await append(spool, [
        received(1, old), ProcessedUpdate(update_id=1, chat_id=1, at=old),  # done, old
        received(2, old),  # old but still pending: kept for the next replay
        received(3, recent), ProcessedUpdate(update_id=3, chat_id=1, at=recent),
        SentReply(key="u1", chat_id=1, at=old), SentReply(key="u3", chat_id=1, at=recent),
        entry(1, 1),  # not a journal row: never pruned
    ])
    # prune_interval=0: every successful batch prunes.
    flusher = make_flusher(spool, pg_dsn, prune_interval=0.0)

    await drain(flusher, spool)

    assert sorted(r["update_id"] for r in await rows(
        pg_dsn, "SELECT update_id FROM received_updates")) == [2, 3]
    assert [r["update_id"] for r in await rows(
        pg_dsn, "SELECT update_id FROM processed_updates")] == [3]
    assert [r["key"] for r in await rows(pg_dsn, "SELECT key FROM sent_replies")] == ["u3"]
    assert await count(pg_dsn, "emotion_entries") == 1
    assert flusher.stats.rows_pruned == 3


async def test_pruning_waits_for_its_interval_and_can_be_turned_off(
    spool: Spool, pg_dsn: str
) -> None:
    old = T0 - dt.timedelta(hours=49)
    flusher = make_flusher(spool, pg_dsn, prune_interval=3600.0)
    await append(spool, [SentReply(key="a", chat_id=1, at=old)])
    await drain(flusher, spool)  # the first batch prunes (nothing old was there yet)
    await append(spool, [SentReply(key="b", chat_id=1, at=old)])
    flusher = make_flusher(spool, pg_dsn, prune_interval=3600.0)
    await drain(flusher, spool)  # a new flusher prunes at its first batch: "b" goes
    await append(spool, [SentReply(key="c", chat_id=1, at=old)])
    await drain(flusher, spool)  # within the interval: "c" stays
    assert [r["key"] for r in await rows(pg_dsn, "SELECT key FROM sent_replies")] == ["c"]

    off = make_flusher(spool, pg_dsn, journal_retention=None, prune_interval=0.0)
    assert await off.prune_once() == 0
    await off.aclose()
    assert await count(pg_dsn, "sent_replies") == 1


def test_records_round_trip_through_their_codec() -> None:
    for record in [*every_kind(3), FamilyErased(chat_id=3, at=T0)]:
        assert decode_record(encode_record(record)) == record


def test_a_connection_left_mid_operation_by_a_killed_server_is_an_outage_not_a_crash() -> None:
    """asyncpg raises ``InternalClientError`` ("cannot switch to state 15; another operation
    (2) is in progress") when the server dies under an operation: the flusher must treat it
    as the server being unavailable (retry on a new connection), not let it escape."""
    from asyncpg.exceptions import InternalClientError  # type: ignore[import-untyped]

    from actors.db_writer._errors import is_data_problem, is_retryable, is_unavailable

    error = InternalClientError("cannot switch to state 15; another operation (2) is in progress")
    assert is_unavailable(error)
    assert is_retryable(error)
    assert not is_data_problem(error)
