"""``SpoolJournal``: the update journal kept in the durable spool.

It has the ``UpdateLog`` API the poller, the sender and dialogs use, but every write
(``append``, ``mark_done``, ``record_sent``) is a record of the shared spool that
``db_writer`` drains into PostgreSQL, durable when the call returns and only then applied
to the in-memory index that answers the reads. ``SpoolJournal.open`` rebuilds that index
from the spool's undrained records and PostgreSQL's rows of the retention window; a
PostgreSQL that does not answer at open is caught up with later. See docs/telegram.md,
section "The update journal", for the rules, the limitation while PostgreSQL is down and
the errors.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

import anyio
import asyncpg  # type: ignore[import-untyped]
import msgspec

from actors.db_writer import (
    DatabaseUnavailable,
    ProcessedUpdate,
    SentReply,
    SpoolLike,
    UpdateReceived,
    close_or_terminate,
    decode_record,
    encode_record,
    is_retryable,
)
from actors.protocol import IncomingUpdate
from actors.spool import SpoolError
from runtime import MessageCodec, WallClock, system_clock

__all__ = ["DEFAULT_RETENTION", "DEFAULT_TIMEOUT", "JournalError", "SpoolJournal", "UpdateLog"]

log: Final = logging.getLogger(__name__)

DEFAULT_RETENTION: Final = 48 * 3600.0
"""Seconds seen update ids and sent reply keys are kept (Telegram keeps an unconfirmed
update 24 h)."""
DEFAULT_TIMEOUT: Final = 1.0
"""Seconds ``open`` and ``catch_up`` give PostgreSQL (connect and read) before giving up."""
PRUNE_EVERY: Final = 3600.0
"""Seconds between prunings of the in-memory index (on a write)."""
_READ_CHUNK: Final = 10_000
_REPLY_KEY: Final = re.compile(r"u(\d+)(?:\D|$)")
_PAYLOAD: Final[MessageCodec[IncomingUpdate]] = MessageCodec(IncomingUpdate)


class JournalError(Exception):
    """The journal cannot serve the call: it is closed, or the records could not be made
    durable (they are then *not* applied)."""


class UpdateLog(Protocol):
    """The journal's API as the poller, the sender and dialogs use it: what
    ``SpoolJournal`` provides (and ``actors.telegram.testing.MemoryJournal`` in memory)."""

    def seen(self, update_id: int) -> bool: ...
    def is_replay(self, update: IncomingUpdate) -> bool: ...
    @property
    def last_update_id(self) -> int | None: ...
    def pending(self) -> list[IncomingUpdate]: ...
    def undelivered(self) -> list[IncomingUpdate]: ...
    def mark_delivered(self, update_id: int) -> None: ...
    def was_sent(self, key: str) -> bool: ...
    @property
    def depth(self) -> int: ...
    async def append(self, updates: Sequence[IncomingUpdate]) -> None: ...
    async def mark_done(self, update_id: int) -> None: ...
    async def record_sent(self, key: str) -> None: ...
    async def aclose(self) -> None: ...


@dataclass
class _State:
    """What the journal knows, in the order it learnt it."""

    received: dict[int, tuple[IncomingUpdate, float]] = field(default_factory=dict)
    processed: dict[int, tuple[int, float]] = field(default_factory=dict)
    """update id → (chat id, when)."""
    sent: dict[str, float] = field(default_factory=dict)

    def add(self, record: object) -> None:
        """Take one decoded spool record (others than the journal's are ignored)."""
        if isinstance(record, UpdateReceived):
            update = _decode_payload(record.payload, record.update_id)
            if update is not None:
                self.received.setdefault(record.update_id, (update, record.at.timestamp()))
        elif isinstance(record, ProcessedUpdate):
            self.processed.setdefault(record.update_id, (record.chat_id, record.at.timestamp()))
        elif isinstance(record, SentReply):
            self.sent.setdefault(record.key, record.at.timestamp())


class SpoolJournal:
    """The update journal in the shared spool. Make one with ``await SpoolJournal.open(
    spool, dsn)``. Reads are in memory; writes are durable when they return (the rules:
    docs/telegram.md, section "The update journal").

    ``record_sent(key)`` needs the chat of a ``SentReply``: a key made by
    ``actors.protocol.reply_key`` (``u<update_id>...``) takes the chat of that update when
    the journal knows it; any other key is recorded with chat 0. The journal does not own
    the spool: ``aclose`` never closes it."""

    def __init__(self, spool: SpoolLike, dsn: str | None, *, retention: float,
                 clock: Callable[[], float], timeout: float) -> None:
        """Internal: use ``SpoolJournal.open``, which rebuilds the index first."""
        self._spool = spool
        self._dsn = dsn
        self._retention = retention
        self._clock = clock
        self._timeout = timeout
        self._pending: dict[int, IncomingUpdate] = {}
        self._seen: dict[int, tuple[float, int]] = {}  # update id → (when, chat)
        self._marks: dict[int, tuple[object, ...]] = {}  # update id → what it was (_mark)
        self._sent: dict[str, float] = {}
        self._delivered: set[int] = set()
        self._caught_up = dsn is None
        self._closed = False
        self._pruned_at = clock()

    @classmethod
    async def open(
        cls, spool: SpoolLike, dsn: str | None, *, retention: float = DEFAULT_RETENTION,
        clock: WallClock = system_clock, timeout: float = DEFAULT_TIMEOUT,
    ) -> SpoolJournal:
        """The journal over ``spool`` (open; not closed by the journal), rebuilt from the
        spool's undrained records and, when ``dsn`` is set and PostgreSQL answers within
        ``timeout`` seconds, from PostgreSQL's rows of the last ``retention`` seconds.
        If PostgreSQL does not answer, the index is the spool's alone: a warning is logged
        and ``caught_up`` stays False until ``catch_up`` succeeds. Never raises for an
        unavailable PostgreSQL."""
        journal = cls(spool, dsn, retention=retention, clock=clock, timeout=timeout)
        undrained = journal._undrained()
        drained = _State()
        if dsn is not None:
            try:
                drained = await journal._fetch_drained()
            except DatabaseUnavailable as error:
                log.warning(
                    "update journal: PostgreSQL did not answer (%s); rebuilt from the spool "
                    "alone. Updates drained to PostgreSQL before the restart and still "
                    "pending are replayed only once it answers (catch_up), and Telegram's "
                    "replays of them meanwhile may be answered twice", error)
            else:
                journal._caught_up = True
        journal._rebuild(drained, undrained)
        return journal

    # -- reads -----------------------------------------------------------------------------

    def seen(self, update_id: int) -> bool:
        """Whether ``update_id`` was journaled (or processed) within the retained window
        (an entry past it, not yet pruned, no longer counts: after a long silence
        Telegram's ids start again at a random value)."""
        entry = self._seen.get(update_id)
        if entry is None:
            return False
        return entry[0] >= self._clock() - self._retention or update_id in self._pending

    def is_replay(self, update: IncomingUpdate) -> bool:
        """Whether ``update`` is one the journal has seen: its id is ``seen`` and, when the
        journal knows what that update was, it is the same one (kind, chat, message id,
        date, callback id; Telegram sends a replay unchanged). A seen id carrying another
        update means the ids were reset: not a replay (the poller sets it aside)."""
        if not self.seen(update.update_id):
            return False
        mark = self._marks.get(update.update_id)
        return mark is None or mark == _mark(update)

    @property
    def last_update_id(self) -> int | None:
        """The highest update id the journal has seen (None: none)."""
        return max(self._seen, default=None)

    def pending(self) -> list[IncomingUpdate]:
        """Updates journaled but not marked done, oldest first."""
        return list(self._pending.values())

    def undelivered(self) -> list[IncomingUpdate]:
        """Pending updates not yet handed to dialogs by this process (``mark_delivered``),
        oldest first: what a (re)started poller must deliver before polling."""
        return [u for i, u in self._pending.items() if i not in self._delivered]

    def mark_delivered(self, update_id: int) -> None:
        """Note that ``update_id`` was handed to its dialogs actor's mailbox. In memory
        only: after a restart of the process every pending update is undelivered again."""
        self._delivered.add(update_id)

    def was_sent(self, key: str) -> bool:
        """Whether a reply with idempotency key ``key`` was recorded as delivered."""
        return key in self._sent

    @property
    def depth(self) -> int:
        """Pending updates (a gauge)."""
        return len(self._pending)

    @property
    def caught_up(self) -> bool:
        """False while PostgreSQL's rows are missing from the index (it did not answer at
        open and ``catch_up`` has not succeeded since); True without a DSN."""
        return self._caught_up

    # -- writes ----------------------------------------------------------------------------

    async def append(self, updates: Sequence[IncomingUpdate]) -> None:
        """Journal ``updates`` (durable on return): one ``UpdateReceived`` record each, in
        one spool append. Ids already seen (and repeats within ``updates``) are skipped.
        Raises ``JournalError``; nothing is applied then."""
        fresh: dict[int, IncomingUpdate] = {}
        for update in updates:
            if update.update_id not in self._seen:
                fresh.setdefault(update.update_id, update)
        if not fresh:
            return
        now = self._clock()
        at = _utc(now)
        await self._write([UpdateReceived(update_id=u.update_id, chat_id=u.chat_id,
                                          payload=_PAYLOAD.encode(u), at=at)
                           for u in fresh.values()])
        for update in fresh.values():
            self._seen.setdefault(update.update_id, (now, update.chat_id))
            self._marks.setdefault(update.update_id, _mark(update))
            self._pending.setdefault(update.update_id, update)
        self._maybe_prune(now)

    async def mark_done(self, update_id: int) -> None:
        """Mark ``update_id`` handled (durable on return): a ``ProcessedUpdate`` record.
        Idempotent; ids not pending are ignored. Raises ``JournalError``."""
        update = self._pending.get(update_id)
        if update is None:
            return
        await self._write([ProcessedUpdate(update_id=update_id, chat_id=update.chat_id,
                                           at=_utc(self._clock()))])
        self._pending.pop(update_id, None)
        self._delivered.discard(update_id)

    async def record_sent(self, key: str) -> None:
        """Remember that the reply with idempotency key ``key`` was delivered (durable on
        return): a ``SentReply`` record. Idempotent. Raises ``JournalError``."""
        if key in self._sent:
            return
        now = self._clock()
        await self._write([SentReply(key=key, chat_id=self._chat_of_key(key), at=_utc(now))])
        self._sent.setdefault(key, now)
        self._maybe_prune(now)

    async def finish_reply(self, key: str, update_id: int) -> None:
        """``record_sent(key)`` and ``mark_done(update_id)`` in one spool append (one frame:
        both durable on return, or neither): what the sender does after a reply that is
        its update's last, at half the cost of two appends. Raises ``JournalError``."""
        now = self._clock()
        at = _utc(now)
        records: list[SentReply | ProcessedUpdate] = []
        if key not in self._sent:
            records.append(SentReply(key=key, chat_id=self._chat_of_key(key), at=at))
        update = self._pending.get(update_id)
        if update is not None:
            records.append(ProcessedUpdate(update_id=update_id, chat_id=update.chat_id, at=at))
        await self._write(records)
        self._sent.setdefault(key, now)
        if update is not None:
            self._pending.pop(update_id, None)
            self._delivered.discard(update_id)
        self._maybe_prune(now)

    async def aclose(self) -> None:
        """Stop writing: later writes raise ``JournalError``; reads keep answering from
        memory. The spool stays open (it is not the journal's). Idempotent."""
        self._closed = True

    # -- catching up with PostgreSQL -------------------------------------------------------

    async def catch_up(self) -> list[IncomingUpdate]:
        """Merge PostgreSQL's rows into the index if ``open`` could not: return the updates
        that became pending (and undelivered) by it, oldest first; ``[]`` when already
        caught up. Updates PostgreSQL has as processed stop being pending. Raises
        ``DatabaseUnavailable`` when PostgreSQL does not answer within the timeout."""
        if self._caught_up:
            return []
        drained = await self._fetch_drained()
        self._caught_up = True
        return self._merge(drained)

    async def refresh(self) -> list[IncomingUpdate]:
        """Merge PostgreSQL's journal rows into the index again, and forget which updates
        this process delivered, so that every pending one is handed over anew: what a
        replica does when its term of the lease begins (the updates earlier holders
        acknowledged become its own; those PostgreSQL has as processed stop being
        pending). Returns the updates that became pending. Raises
        ``DatabaseUnavailable``; without a DSN it only forgets the deliveries."""
        self._delivered.clear()
        if self._dsn is None:
            return []
        drained = await self._fetch_drained()
        self._caught_up = True
        return self._merge(drained)

    async def catch_up_forever(
        self, deliver: Callable[[IncomingUpdate], Awaitable[Any]], *, interval: float = 1.0,
    ) -> None:
        """Retry ``catch_up`` every ``interval`` seconds until it succeeds, then hand each
        update it found to ``deliver`` (e.g. ``route(u.chat_id).tell``) and mark it
        delivered. Returns at once when already caught up. Meant for a background task."""
        while True:
            try:
                found = await self.catch_up()
            except DatabaseUnavailable:
                await anyio.sleep(interval)
                continue
            break
        if found:
            log.info("update journal: caught up with PostgreSQL; delivering %d pending "
                     "updates it held", len(found))
        for update in found:
            if update.update_id in self._pending and update.update_id not in self._delivered:
                await deliver(update)
                self.mark_delivered(update.update_id)

    # -- internals -------------------------------------------------------------------------

    async def _write(self, records: Sequence[UpdateReceived | ProcessedUpdate | SentReply]
                     ) -> None:
        if self._closed:
            raise JournalError("the journal is closed")
        if not records:
            return
        try:
            await self._spool.append_many([encode_record(r) for r in records])
        except SpoolError as error:
            raise JournalError(f"journal write failed: {error}") from error

    def _chat_of_key(self, key: str) -> int:
        match = _REPLY_KEY.match(key)
        if match is None:
            return 0
        seen = self._seen.get(int(match[1]))
        return seen[1] if seen is not None else 0

    def _undrained(self) -> _State:
        """The journal's records above the spool's watermark, in spool order."""
        state = _State()
        after = self._spool.watermark
        while True:
            items = self._spool.read(after, _READ_CHUNK)
            for seq, data in items:
                after = seq
                try:
                    record = decode_record(data)
                except (msgspec.DecodeError, msgspec.ValidationError):
                    continue  # the flusher dead-letters it; it is no update of ours
                state.add(record)
            if len(items) < _READ_CHUNK:
                return state

    def _rebuild(self, drained: _State, undrained: _State) -> None:
        """The index from PostgreSQL's rows (older) with the spool's records on top."""
        self._merge(drained)
        self._merge(undrained)

    def _merge(self, state: _State) -> list[IncomingUpdate]:
        """Add ``state`` to the index (a union); return the updates it made pending."""
        horizon = self._clock() - self._retention
        added: list[IncomingUpdate] = []
        for update_id, (update, _at) in state.received.items():
            if update_id in state.processed or update_id in self._seen:
                continue
            self._pending[update_id] = update
            added.append(update)
        for update_id, (chat_id, at) in state.processed.items():
            self._pending.pop(update_id, None)
            if at >= horizon:
                self._seen.setdefault(update_id, (at, chat_id))
        for update_id, (update, at) in state.received.items():
            if at >= horizon or update_id in self._pending:
                self._seen.setdefault(update_id, (at, update.chat_id))
                self._marks.setdefault(update_id, _mark(update))
        for key, at in state.sent.items():
            if at >= horizon:
                self._sent.setdefault(key, at)
        return [u for u in added if u.update_id in self._pending]

    def _maybe_prune(self, now: float) -> None:
        """Forget seen ids (not pending) and sent keys past the retention, hourly."""
        if now - self._pruned_at < PRUNE_EVERY:
            return
        self._pruned_at = now
        horizon = now - self._retention
        self._seen = {i: s for i, s in self._seen.items()
                      if s[0] >= horizon or i in self._pending}
        self._marks = {i: m for i, m in self._marks.items() if i in self._seen}
        self._sent = {k: at for k, at in self._sent.items() if at >= horizon}

    async def _fetch_drained(self) -> _State:
        """PostgreSQL's journal rows of the retained window (and every pending one), in one
        snapshot. Raises ``DatabaseUnavailable``."""
        assert self._dsn is not None
        horizon = _utc(self._clock() - self._retention)
        try:
            with anyio.fail_after(self._timeout):
                conn = await asyncpg.connect(
                    self._dsn, timeout=self._timeout, command_timeout=self._timeout,
                    server_settings={"application_name": "family-emotions-journal"})
                try:
                    return await _read_rows(conn, horizon)
                finally:
                    await close_or_terminate(conn)
        except Exception as error:
            if is_retryable(error):
                raise DatabaseUnavailable(f"{type(error).__name__}: {error}") from error
            raise


# -- PostgreSQL ------------------------------------------------------------------------------

_TABLES_SQL: Final = """SELECT to_regclass('received_updates') IS NOT NULL,
    to_regclass('processed_updates') IS NOT NULL, to_regclass('sent_replies') IS NOT NULL"""
_RECEIVED_SQL: Final = """
SELECT r.update_id, r.payload, r.at, p.update_id IS NOT NULL AS done, p.at AS done_at
FROM received_updates r LEFT JOIN processed_updates p USING (update_id)
WHERE r.at >= $1 OR p.update_id IS NULL
ORDER BY r.at, r.update_id"""
_PROCESSED_SQL: Final = "SELECT update_id, chat_id, at FROM processed_updates WHERE at >= $1"
_SENT_SQL: Final = "SELECT key, at FROM sent_replies WHERE at >= $1"


async def _read_rows(conn: asyncpg.Connection, horizon: dt.datetime) -> _State:
    """The journal's rows (tables missing before their migration read as empty)."""
    state = _State()
    async with conn.transaction(isolation="repeatable_read", readonly=True):
        received, processed, sent = await conn.fetchrow(_TABLES_SQL)
        if received:
            for row in await conn.fetch(_RECEIVED_SQL, horizon):
                update = _decode_payload(row["payload"], row["update_id"])
                if update is not None:
                    state.received[row["update_id"]] = (update, row["at"].timestamp())
                if row["done"]:
                    state.processed[row["update_id"]] = (
                        update.chat_id if update is not None else 0, row["done_at"].timestamp())
        if processed:
            for row in await conn.fetch(_PROCESSED_SQL, horizon):
                state.processed.setdefault(row["update_id"],
                                           (row["chat_id"], row["at"].timestamp()))
        if sent:
            state.sent.update((row["key"], row["at"].timestamp())
                              for row in await conn.fetch(_SENT_SQL, horizon))
    return state


# -- helpers ---------------------------------------------------------------------------------


def _mark(update: IncomingUpdate) -> tuple[object, ...]:
    """What tells two updates of one id apart (a replay repeats all of it)."""
    return (update.kind, update.chat_id, update.message_id, update.date, update.callback_id)


def _utc(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def _decode_payload(payload: bytes, update_id: int) -> IncomingUpdate | None:
    try:
        update: IncomingUpdate = _PAYLOAD.decode(payload)
    except (msgspec.DecodeError, msgspec.ValidationError) as error:
        log.warning("update journal: update %d does not decode (%s): not replayed",
                    update_id, error)
        return None
    return update
