"""The SQL of one flushed batch: grouped inserts (``unnest`` arrays), erasures, the watermark.

A batch is a run of spool records in seq order. Inserts are grouped by table and sent as
one ``INSERT ... SELECT FROM unnest($1::t[], ...)`` per table (one round trip for a
thousand rows); erasures cut the run into segments so that a ``FamilyErased`` deletes the
rows written before it and not those written after it. Idempotency comes from the natural
keys: ``ON CONFLICT DO NOTHING``, or for families and children an upsert that only ever
moves to a higher ``version``. Two saves of one key in the same statement would make
PostgreSQL refuse the upsert ("cannot affect row a second time"), so each segment keeps
only the highest version per key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import asyncpg  # type: ignore[import-untyped]

from ._records import (
    CheckinAnswer,
    ChildRemoved,
    ChildSaved,
    DeadLetter,
    EmotionEntry,
    EntryFeedback,
    EntryRemoved,
    FamilyErased,
    FamilySaved,
    ParentSeen,
    ProcessedUpdate,
    Record,
    ScheduleRun,
    SentReply,
    UpdateReceived,
)

__all__ = [
    "ERASE_TABLES", "prune_journal", "remove_child", "remove_entry", "write_records",
    "write_watermark",
]


@dataclass(frozen=True, slots=True)
class _Table:
    sql: str
    columns: Callable[[Sequence[Any]], list[list[Any]]]
    """The records' values as one list per ``unnest`` argument."""
    key: Callable[[Any], Any] | None = None
    """For versioned upserts: the natural key; the highest ``version`` per key is kept."""


def _columns(*names: str) -> Callable[[Sequence[Any]], list[list[Any]]]:
    def extract(records: Sequence[Any]) -> list[list[Any]]:
        return [[getattr(r, name) for r in records] for name in names]

    return extract


_TABLES: Final[dict[type[Any], _Table]] = {
    FamilySaved: _Table(
        """INSERT INTO families AS f (chat_id, language, checkin_time, timezone, active, version,
                                      consented_at)
        SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::boolean[],
                             $6::bigint[], $7::timestamptz[])
        ON CONFLICT (chat_id) DO UPDATE SET
            language = EXCLUDED.language, checkin_time = EXCLUDED.checkin_time,
            timezone = EXCLUDED.timezone, active = EXCLUDED.active,
            version = EXCLUDED.version, updated_at = now(),
            consented_at = EXCLUDED.consented_at
        WHERE f.version < EXCLUDED.version""",
        _columns("chat_id", "language", "checkin_time", "timezone", "active", "version",
                 "consented_at"),
        key=lambda r: r.chat_id,
    ),
    ParentSeen: _Table(
        """INSERT INTO parents (chat_id, user_id, first_seen)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::timestamptz[])
        ON CONFLICT DO NOTHING""",
        _columns("chat_id", "user_id", "at"),
    ),
    ChildSaved: _Table(
        """INSERT INTO children AS c (chat_id, child_id, name, age, version, birth_year,
                                      gender)
        SELECT * FROM unnest($1::bigint[], $2::integer[], $3::text[], $4::smallint[],
                             $5::bigint[], $6::smallint[], $7::text[])
        ON CONFLICT (chat_id, child_id) DO UPDATE SET
            name = EXCLUDED.name, age = EXCLUDED.age, version = EXCLUDED.version,
            birth_year = EXCLUDED.birth_year, gender = EXCLUDED.gender
        WHERE c.version < EXCLUDED.version""",
        _columns("chat_id", "child_id", "name", "age", "version", "birth_year", "gender"),
        key=lambda r: (r.chat_id, r.child_id),
    ),
    EmotionEntry: _Table(
        """INSERT INTO emotion_entries (entry_key, chat_id, child_id, phrase, emotion,
                                        intensity, analysis, source, age_band, language, at,
                                        crisis)
        SELECT k, c, ch, p, e, i, a::jsonb, s, b, l, t, x
        FROM unnest($1::text[], $2::bigint[], $3::integer[], $4::text[], $5::text[],
                    $6::smallint[], $7::text[], $8::text[], $9::text[], $10::text[],
                    $11::timestamptz[], $12::text[]) AS u(k, c, ch, p, e, i, a, s, b, l, t, x)
        ON CONFLICT DO NOTHING""",
        _columns("entry_key", "chat_id", "child_id", "phrase", "emotion", "intensity",
                 "analysis_json", "source", "age_band", "language", "at", "crisis"),
    ),
    CheckinAnswer: _Table(
        """INSERT INTO checkins (chat_id, child_id, day, score, at)
        SELECT * FROM unnest($1::bigint[], $2::integer[], $3::date[], $4::smallint[],
                             $5::timestamptz[])
        ON CONFLICT DO NOTHING""",
        _columns("chat_id", "child_id", "day", "score", "at"),
    ),
    EntryFeedback: _Table(
        """INSERT INTO entry_feedback AS f (entry_key, chat_id, helpful, version, at)
        SELECT * FROM unnest($1::text[], $2::bigint[], $3::boolean[], $4::bigint[],
                             $5::timestamptz[])
        ON CONFLICT (chat_id, entry_key) DO UPDATE SET
            helpful = EXCLUDED.helpful, version = EXCLUDED.version, at = EXCLUDED.at
        WHERE f.version < EXCLUDED.version""",
        _columns("entry_key", "chat_id", "helpful", "version", "at"),
        key=lambda r: (r.chat_id, r.entry_key),
    ),
    UpdateReceived: _Table(
        """INSERT INTO received_updates (update_id, chat_id, payload, at)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::timestamptz[])
        ON CONFLICT DO NOTHING""",
        _columns("update_id", "chat_id", "payload", "at"),
    ),
    ProcessedUpdate: _Table(
        """INSERT INTO processed_updates (update_id, chat_id, at)
        SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::timestamptz[])
        ON CONFLICT DO NOTHING""",
        _columns("update_id", "chat_id", "at"),
    ),
    SentReply: _Table(
        """INSERT INTO sent_replies (key, chat_id, at)
        SELECT * FROM unnest($1::text[], $2::bigint[], $3::timestamptz[])
        ON CONFLICT DO NOTHING""",
        _columns("key", "chat_id", "at"),
    ),
    DeadLetter: _Table(
        """INSERT INTO dead_letters (key, actor, reason, error, message_json, chat_id, at)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                             $6::bigint[], $7::timestamptz[])
        ON CONFLICT DO NOTHING""",
        _columns("key", "actor", "reason", "error", "message_json", "chat_id", "at"),
    ),
    ScheduleRun: _Table(
        """INSERT INTO schedule_runs (schedule, period_key, at)
        SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
        ON CONFLICT DO NOTHING""",
        _columns("schedule", "period_key", "at"),
    ),
}

ERASE_TABLES: Final = (
    "families", "parents", "children", "emotion_entries", "checkins", "processed_updates",
    "sent_replies", "dead_letters", "received_updates", "entry_feedback",
)
"""Every table holding a chat's rows: ``FamilyErased`` deletes from each."""


async def write_records(conn: asyncpg.Connection, records: Sequence[Record]) -> None:
    """Write ``records`` (in seq order) on ``conn``, inside the caller's transaction.
    Driver errors propagate unchanged."""
    segment: list[Record] = []
    for record in records:
        if isinstance(record, FamilyErased | ChildRemoved | EntryRemoved):
            await _insert_segment(conn, segment)
            segment = []
            if isinstance(record, FamilyErased):
                await erase_chat(conn, record.chat_id)
            elif isinstance(record, ChildRemoved):
                await remove_child(conn, record)
            else:
                await remove_entry(conn, record)
        else:
            segment.append(record)
    await _insert_segment(conn, segment)


async def remove_child(conn: asyncpg.Connection, record: ChildRemoved) -> None:
    """Delete a removed child's row (unless saved again with a higher version since) and
    its diary entries (with their feedback) and check-in answers up to the removal."""
    await conn.execute("DELETE FROM children WHERE chat_id = $1 AND child_id = $2 "
                       "AND version < $3", record.chat_id, record.child_id, record.version)
    await conn.execute(
        "DELETE FROM entry_feedback f USING emotion_entries e WHERE f.chat_id = e.chat_id "
        "AND f.entry_key = e.entry_key AND e.chat_id = $1 AND e.child_id = $2 AND e.at <= $3",
        record.chat_id, record.child_id, record.at)
    for table in ("emotion_entries", "checkins"):
        await conn.execute(f"DELETE FROM {table} WHERE chat_id = $1 AND child_id = $2 "
                           "AND at <= $3", record.chat_id, record.child_id, record.at)


async def remove_entry(conn: asyncpg.Connection, record: EntryRemoved) -> None:
    """Delete a diary entry /undo removed, and the feedback on it."""
    for table in ("emotion_entries", "entry_feedback"):
        await conn.execute(f"DELETE FROM {table} WHERE chat_id = $1 AND entry_key = $2",
                           record.chat_id, record.entry_key)


async def erase_chat(conn: asyncpg.Connection, chat_id: int) -> None:
    """Delete every row of ``chat_id``, in every table, and the scheduler's runs of the
    family (their period keys are ``"<chat_id>:<date>"``; a backup's key has no colon)."""
    for table in ERASE_TABLES:
        await conn.execute(f"DELETE FROM {table} WHERE chat_id = $1", chat_id)
    await conn.execute(
        "DELETE FROM schedule_runs WHERE split_part(period_key, ':', 1) = $1::bigint::text "
        "AND strpos(period_key, ':') > 0", chat_id)


async def write_watermark(conn: asyncpg.Connection, seq: int) -> None:
    """Record that the spool is drained up to ``seq`` (inside the batch's transaction)."""
    await conn.execute(
        "UPDATE spool_watermark SET seq = $1, updated_at = now() WHERE id", seq
    )


_PRUNE_JOURNAL: Final = (
    # A received update goes only once it is processed: a pending one is kept, however
    # old, so a restart still replays it (the update journal's rule). Its processed row
    # is at least as recent, so it is still there when this runs.
    """DELETE FROM received_updates r WHERE r.at < $1 AND EXISTS (
        SELECT 1 FROM processed_updates p WHERE p.update_id = r.update_id)""",
    "DELETE FROM processed_updates WHERE at < $1",
    "DELETE FROM sent_replies WHERE at < $1",
)


async def prune_journal(conn: asyncpg.Connection, horizon: dt.datetime) -> int:
    """Delete the update journal's rows older than ``horizon`` (received updates already
    processed, processed updates, sent reply keys), in one transaction; return how many.
    Telegram redelivers an unconfirmed update for 24 h, so keys older than the journal's
    48 h retention can no longer dedupe anything. Driver errors propagate unchanged."""
    deleted = 0
    async with conn.transaction():
        for sql in _PRUNE_JOURNAL:
            status = await conn.execute(sql, horizon)
            deleted += int(status.rsplit(" ", 1)[-1])
    return deleted


async def _insert_segment(conn: asyncpg.Connection, segment: Sequence[Record]) -> None:
    by_type: dict[type[Any], list[Any]] = {}
    for record in segment:
        by_type.setdefault(type(record), []).append(record)
    for kind, rows in by_type.items():
        table = _TABLES[kind]
        if table.key is not None:
            rows = _highest_versions(rows, table.key)
        await conn.execute(table.sql, *table.columns(rows))


def _highest_versions(rows: list[Any], key: Callable[[Any], Any]) -> list[Any]:
    best: dict[Any, Any] = {}
    for row in rows:
        k = key(row)
        if k not in best or best[k].version <= row.version:
            best[k] = row
    return list(best.values())
