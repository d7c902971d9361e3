"""What onboarding and /children store: consent, birth years and genders, through the
spool into PostgreSQL and back through ``Reads`` (overlaid with undrained records) and
the persistent family store.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import asyncpg
import msgspec
import pytest

from actors.breaker import CircuitBreaker
from actors.db_writer import (
    CheckinAnswer,
    ChildRemoved,
    ChildSaved,
    EmotionEntry,
    EntryFeedback,
    EntryRemoved,
    FamilyErased,
    FamilySaved,
    Flusher,
    Reads,
    decode_record,
    encode_record,
    migrate,
    persist,
)
from actors.spool import Spool
from runtime.testing import ManualClock

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

T0 = dt.datetime(2026, 11, 23, 20, 0, tzinfo=dt.UTC)


@pytest.fixture
async def spool(tmp_path: Path) -> AsyncIterator[Spool]:
    opened = await Spool.open(tmp_path / "spool", fsync=True)
    try:
        yield opened
    finally:
        await opened.aclose()


async def drain(spool: Spool, dsn: str) -> None:
    flusher = Flusher(spool, dsn, breaker=CircuitBreaker("pg", failures=3, reset_after=0.2),
                      clock=ManualClock.at(T0))
    try:
        with anyio.fail_after(10):
            while spool.watermark < spool.last_seq:
                await flusher.flush_once()
    finally:
        await flusher.aclose()


def family(version: int, consented: dt.datetime | None = T0) -> FamilySaved:
    return FamilySaved(chat_id=1, language="ru", checkin_time="20:00", timezone="UTC+5",
                       active=True, version=version, consented_at=consented)


def child(version: int, **fields: object) -> ChildSaved:
    values: dict[str, object] = {"chat_id": 1, "child_id": 1, "name": "Маша", "age": 9,
                                 "version": version, "birth_year": 2017, "gender": "girl"}
    values.update(fields)
    return ChildSaved(**values)  # type: ignore[arg-type]


def test_the_new_fields_round_trip_and_records_spooled_before_them_still_decode() -> None:
    for record in (family(1), child(1), child(2, gender=None, birth_year=None)):
        assert decode_record(encode_record(record)) == record
    older = msgspec.msgpack.encode({
        "type": "ChildSaved", "chat_id": 1, "child_id": 1, "name": "Маша", "age": 9,
        "version": 1})
    assert decode_record(older) == child(1, birth_year=None, gender=None)


async def test_consent_birth_year_and_gender_reach_postgres_and_read_back(
    spool: Spool, pg_dsn: str,
) -> None:
    await migrate(pg_dsn)
    await persist(spool, [family(1), child(1)])
    async with Reads(pg_dsn, spool) as reads:
        pending_family = await reads.family(1)
        (pending_child,) = await reads.children(1)
        await drain(spool, pg_dsn)
        flushed_family = await reads.family(1)
        (flushed_child,) = await reads.children(1)
        await persist(spool, [child(2, name="Мария", gender=None)])  # newer, undrained
        (renamed,) = await reads.children(1)
    for view in (pending_family, flushed_family):
        assert view is not None
        assert view.consented_at == T0
    for kid in (pending_child, flushed_child):
        assert (kid.name, kid.age, kid.birth_year, kid.gender) == ("Маша", 9, 2017, "girl")
    assert (renamed.name, renamed.birth_year, renamed.gender) == ("Мария", 2017, None)


def entry(n: int, child_id: int, at: dt.datetime) -> EmotionEntry:
    return EmotionEntry(entry_key=f"u{n}", chat_id=1, child_id=child_id, phrase="он плачет",
                        emotion="sadness", intensity=3, analysis_json="{}", source="offline",
                        age_band="4-7", language="ru", at=at)


async def test_a_removed_child_goes_with_its_entries_and_check_ins_and_an_id_saved_again_stays(
    spool: Spool, pg_dsn: str,
) -> None:
    await migrate(pg_dsn)
    later = T0 + dt.timedelta(hours=1)
    await persist(spool, [
        family(1), child(1), child(1, child_id=2, name="Петя"),
        entry(1, 1, T0), entry(2, 2, T0),
        CheckinAnswer(chat_id=1, child_id=1, day=T0.date(), score=4, at=T0),
    ])
    await drain(spool, pg_dsn)
    removal = ChildRemoved(chat_id=1, child_id=1, version=2, at=T0 + dt.timedelta(minutes=1))
    async with Reads(pg_dsn, spool) as reads:
        await persist(spool, [removal])
        assert [c.name for c in await reads.children(1)] == ["Петя"]  # before the flush
        assert await reads.recent_entries(1, 1) == []
        await drain(spool, pg_dsn)
        assert [c.name for c in await reads.children(1)] == ["Петя"]
        # the same id saved again later (and its entry), then the removal replayed
        await persist(spool, [child(3, name="Маша"), entry(3, 1, later), removal])
        await drain(spool, pg_dsn)
        assert [c.name for c in await reads.children(1)] == ["Маша", "Петя"]
        assert [e.entry_key for e in await reads.recent_entries(1, 1)] == ["u3"]
    conn = await asyncpg.connect(pg_dsn)
    try:
        assert await conn.fetchval("SELECT count(*) FROM checkins") == 0
        assert await conn.fetchval("SELECT count(*) FROM emotion_entries") == 2
    finally:
        await conn.close()


async def test_an_entry_removed_by_undo_leaves_postgres_and_the_family_reads(
    spool: Spool, pg_dsn: str,
) -> None:
    await migrate(pg_dsn)
    minute = dt.timedelta(minutes=1)
    await persist(spool, [entry(1, 1, T0), entry(2, 2, T0 + minute)])
    await drain(spool, pg_dsn)
    async with Reads(pg_dsn, spool) as reads:
        assert [e.entry_key for e in await reads.recent_entries(1, None)] == ["u2", "u1"]
        # removed while undrained, in the same batch as a newer entry
        await persist(spool, [EntryRemoved(chat_id=1, entry_key="u2", at=T0 + 2 * minute),
                              entry(3, 1, T0 + 3 * minute),
                              EntryRemoved(chat_id=1, entry_key="u3", at=T0 + 4 * minute)])
        assert [e.entry_key for e in await reads.recent_entries(1, None, limit=1)] == ["u1"]
        await drain(spool, pg_dsn)
        assert [e.entry_key for e in await reads.recent_entries(1, None)] == ["u1"]
        await persist(spool, [EntryRemoved(chat_id=2, entry_key="u1", at=T0)])  # not theirs
        await drain(spool, pg_dsn)
        assert [e.entry_key for e in await reads.recent_entries(1, 1)] == ["u1"]


def feedback(key: str, helpful: bool, version: int, chat_id: int = 1) -> EntryFeedback:
    return EntryFeedback(chat_id=chat_id, entry_key=key, helpful=helpful, version=version,
                         at=T0)


async def test_feedback_keeps_the_newest_tap_and_goes_with_its_entry_child_or_family(
    spool: Spool, pg_dsn: str,
) -> None:
    await migrate(pg_dsn)
    await persist(spool, [entry(1, 1, T0), entry(2, 2, T0), entry(3, 2, T0),
                          feedback("u1", True, 1), feedback("u1", False, 3),
                          feedback("u1", True, 2),  # an older tap replayed late
                          feedback("u2", True, 1), feedback("u3", False, 1),
                          feedback("u3", True, 5, chat_id=2)])  # not their entry
    await drain(spool, pg_dsn)
    conn = await asyncpg.connect(pg_dsn)
    try:
        async def rows() -> dict[str, bool]:
            found = await conn.fetch("SELECT entry_key, helpful FROM entry_feedback "
                                     "WHERE chat_id = 1")
            return {r["entry_key"]: r["helpful"] for r in found}

        assert await rows() == {"u1": False, "u2": True, "u3": False}
        await persist(spool, [EntryRemoved(chat_id=1, entry_key="u1", at=T0)])
        await drain(spool, pg_dsn)
        assert await rows() == {"u2": True, "u3": False}
        await persist(spool, [ChildRemoved(chat_id=1, child_id=2, version=9, at=T0)])
        await drain(spool, pg_dsn)
        assert await rows() == {}
        await persist(spool, [entry(4, 1, T0), feedback("u4", True, 1),
                              FamilyErased(chat_id=1, at=T0)])
        await drain(spool, pg_dsn)
        assert await rows() == {}
    finally:
        await conn.close()
