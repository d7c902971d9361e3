"""``Reads``: what the bot reads back (profile, children, recent entries), correct even when
PostgreSQL is down or behind.

Every answer is PostgreSQL's rows with the chat's undrained spool records replayed on top
in seq order, so a parent reads their own writes before the flusher drains them; when
PostgreSQL does not answer in time the answer is the undrained records alone, flagged
``degraded``. See docs/db-writer.md, section "Reads", for the in-memory index and why the
snapshot is taken before the query.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, Final

import anyio
import asyncpg  # type: ignore[import-untyped]
import msgspec

from actors.breaker import CircuitBreaker

from ._close import close_or_terminate
from ._errors import is_retryable
from ._flusher import SpoolLike
from ._records import (
    ChildRemoved,
    ChildSaved,
    EmotionEntry,
    EntryRemoved,
    FamilyErased,
    FamilySaved,
    Record,
    chat_of,
)
from ._records import decode_record as _decode

__all__ = ["ChildView", "FamilyView", "Reads"]

log: Final = logging.getLogger(__name__)

_CATCH_UP_CHUNK: Final = 5000


class FamilyView(msgspec.Struct, frozen=True, kw_only=True):
    """A family's settings as the bot reads them."""

    chat_id: int
    language: str | None
    checkin_time: str
    timezone: str
    active: bool
    version: int
    consented_at: dt.datetime | None = None


class ChildView(msgspec.Struct, frozen=True, kw_only=True):
    child_id: int
    name: str
    age: int
    version: int
    birth_year: int | None = None
    gender: str | None = None


class _Undrained:
    """The spool's records above its watermark, by chat, in seq order."""

    def __init__(self, spool: SpoolLike) -> None:
        self._spool = spool
        self._by_chat: dict[int, deque[tuple[int, Record]]] = {}
        self._order: deque[tuple[int, int]] = deque()  # (seq, chat) in seq order
        self._upto = spool.watermark

    def snapshot(self, chat_id: int) -> list[Record]:
        """The chat's undrained records now, oldest first."""
        self._catch_up()
        return [record for _, record in self._by_chat.get(chat_id, ())]

    def _catch_up(self) -> None:
        watermark = self._spool.watermark
        self._drop_drained(watermark)
        after = max(self._upto, watermark)
        while True:
            items = self._spool.read(after, _CATCH_UP_CHUNK)
            for seq, data in items:
                self._add(seq, data)
                after = seq
            if len(items) < _CATCH_UP_CHUNK:
                break
        self._upto = after

    def _add(self, seq: int, data: bytes) -> None:
        try:
            record = _decode(data)
        except (msgspec.DecodeError, msgspec.ValidationError):
            return  # the flusher dead-letters it; it is nobody's data to show
        chat = chat_of(record)
        if chat is None:
            return
        self._by_chat.setdefault(chat, deque()).append((seq, record))
        self._order.append((seq, chat))

    def _drop_drained(self, watermark: int) -> None:
        order = self._order
        while order and order[0][0] <= watermark:
            _, chat = order.popleft()
            entries = self._by_chat.get(chat)
            if entries:
                entries.popleft()
                if not entries:
                    del self._by_chat[chat]


class Reads:
    """Reads for the bot: from PostgreSQL at ``dsn`` (None: the spool alone) within
    ``timeout`` seconds, overlaid with ``spool``'s undrained records. Never raises for an
    unavailable PostgreSQL (it answers from the spool and sets ``degraded``). Call
    ``aclose()`` at the end (or use ``async with``)."""

    def __init__(
        self,
        dsn: str | None,
        spool: SpoolLike,
        *,
        timeout: float = 0.5,
        connect_timeout: float = 1.0,
        breaker_failures: int = 1,
        breaker_reset: float = 1.0,
        pool_size: int = 4,
        observe: Callable[[str, float], None] | None = None,
    ) -> None:
        self._dsn = dsn
        self._observe = observe
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        self._pool_size = pool_size
        self._pool: asyncpg.Pool | None = None
        self._pool_lock = anyio.Lock()
        self._undrained = _Undrained(spool)
        self.breaker = CircuitBreaker(
            "postgres-reads", failures=breaker_failures, reset_after=breaker_reset
        )
        self.degraded = dsn is None
        """True when the last read could not use PostgreSQL (the answer was partial)."""

    async def __aenter__(self) -> Reads:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- the reads -------------------------------------------------------------------------

    @property
    def authoritative(self) -> bool:
        """True when the last answer was complete: PostgreSQL answered, or there is no
        PostgreSQL and the spool (never drained then) holds every record."""
        return self._dsn is None or not self.degraded

    async def family(self, chat_id: int) -> FamilyView | None:
        """The family's settings, or None when it has none (or was erased)."""
        pending = self._undrained.snapshot(chat_id)
        rows = await self._query(
            "read_family",
            "SELECT chat_id, language, checkin_time, timezone, active, version, "
            "consented_at FROM families WHERE chat_id = $1", chat_id,
        )
        view = FamilyView(**dict(rows[0])) if rows else None
        for record in pending:
            if isinstance(record, FamilyErased):
                view = None
            elif isinstance(record, FamilySaved) and (
                view is None or record.version > view.version
            ):
                view = FamilyView(
                    chat_id=record.chat_id, language=record.language,
                    checkin_time=record.checkin_time, timezone=record.timezone,
                    active=record.active, version=record.version,
                    consented_at=record.consented_at,
                )
        return view

    async def children(self, chat_id: int) -> list[ChildView]:
        """The family's children by ``child_id``."""
        pending = self._undrained.snapshot(chat_id)
        rows = await self._query(
            "read_children",
            "SELECT child_id, name, age, version, birth_year, gender FROM children "
            "WHERE chat_id = $1", chat_id
        )
        children = {row["child_id"]: ChildView(**dict(row)) for row in rows}
        for record in pending:
            if isinstance(record, FamilyErased):
                children.clear()
            elif isinstance(record, ChildRemoved):
                known = children.get(record.child_id)
                if known is not None and known.version < record.version:
                    del children[record.child_id]
            elif isinstance(record, ChildSaved):
                known = children.get(record.child_id)
                if known is None or record.version > known.version:
                    children[record.child_id] = ChildView(
                        child_id=record.child_id, name=record.name, age=record.age,
                        version=record.version, birth_year=record.birth_year,
                        gender=record.gender,
                    )
        return [children[k] for k in sorted(children)]

    async def recent_entries(
        self, chat_id: int, child_id: int | None, limit: int = 10
    ) -> list[EmotionEntry]:
        """The child's ``limit`` newest diary entries, newest first (``child_id`` None:
        the family's, every child's)."""
        pending = self._undrained.snapshot(chat_id)
        removals = sum(isinstance(r, EntryRemoved | ChildRemoved) for r in pending)
        select = ("SELECT entry_key, chat_id, child_id, phrase, emotion, intensity, "
                  "analysis::text AS analysis_json, source, age_band, language, at, crisis "
                  "FROM emotion_entries WHERE chat_id = $1 ")
        if child_id is None:
            rows = await self._query("read_entries", select + "ORDER BY at DESC LIMIT $2",
                                     chat_id, limit + removals)
        else:
            rows = await self._query(
                "read_entries", select + "AND child_id = $2 ORDER BY at DESC LIMIT $3",
                chat_id, child_id, limit + removals)
        entries = {row["entry_key"]: EmotionEntry(**dict(row)) for row in rows}
        for record in pending:
            if isinstance(record, FamilyErased):
                entries.clear()
            elif isinstance(record, EmotionEntry) and child_id in (None, record.child_id):
                entries.setdefault(record.entry_key, record)
            elif isinstance(record, ChildRemoved):
                entries = {k: e for k, e in entries.items()
                           if e.child_id != record.child_id or e.at > record.at}
            elif isinstance(record, EntryRemoved):
                entries.pop(record.entry_key, None)
        newest = sorted(entries.values(), key=_entry_time, reverse=True)
        return newest[:limit]

    # -- PostgreSQL ------------------------------------------------------------------------

    async def _query(self, operation: str, sql: str, *args: Any) -> Sequence[asyncpg.Record]:
        """The rows, or none when PostgreSQL is unavailable (``degraded`` says which).
        Every statement that reached for PostgreSQL is timed to ``observe(operation, s)``,
        failed ones included (a slow timeout is what an operator needs to see)."""
        if self._dsn is None or not self.breaker.allow():
            self.degraded = True
            return []
        started = time.monotonic()
        try:
            return await self._fetch(sql, *args)
        finally:
            if self._observe is not None:
                self._observe(operation, time.monotonic() - started)

    async def _fetch(self, sql: str, *args: Any) -> Sequence[asyncpg.Record]:
        try:
            with anyio.fail_after(self._timeout + self._connect_timeout):
                pool = await self._ensure_pool()
                rows: Sequence[asyncpg.Record] = await pool.fetch(
                    sql, *args, timeout=self._timeout
                )
        except Exception as error:
            if not is_retryable(error):
                self.breaker.abandon()
                raise
            self.breaker.failure()
            self.degraded = True
            log.debug("reads: PostgreSQL unavailable (%s): answering from the spool", error)
            return []
        except BaseException:
            self.breaker.abandon()
            raise
        self.breaker.success()
        self.degraded = False
        return rows

    async def _ensure_pool(self) -> asyncpg.Pool:
        async with self._pool_lock:
            if self._pool is None:
                assert self._dsn is not None
                # min_size=0: creating the pool connects nothing, so reads start while
                # PostgreSQL is down; connections come and go with it.
                self._pool = await asyncpg.create_pool(
                    self._dsn, min_size=0, max_size=self._pool_size,
                    timeout=self._connect_timeout, command_timeout=self._timeout,
                    max_inactive_connection_lifetime=60.0,
                )
            return self._pool

    async def aclose(self) -> None:
        """Close the pool within a second, else terminate it (a close can wait forever on a
        connection whose acquire was cancelled: docs/notes/reliability.md §4.1)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            await close_or_terminate(pool)


def _entry_time(entry: EmotionEntry) -> dt.datetime:
    return entry.at
