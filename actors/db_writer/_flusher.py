"""The flusher: drains the spool into PostgreSQL in batches, in order, idempotently.

One loop on one connection it owns: each batch after the watermark is written with the
``spool_watermark`` row in one transaction, then the spool's watermark advances (a crash
between the two replays one idempotent batch). An unavailable PostgreSQL opens the breaker
and the spool grows; a record rejected as data is split out and dead-lettered; anything
else crashes the incarnation. See docs/db-writer.md, section "The flusher".
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol

import anyio
import asyncpg  # type: ignore[import-untyped]
import msgspec

from actors.breaker import BreakerState, CircuitBreaker
from config.redaction import redact
from runtime import WallClock, system_clock, utc_now
from supervisors import Backoff

from ._close import close_or_terminate
from ._errors import DatabaseUnavailable, is_data_problem, is_retryable
from ._migrate import apply_migrations
from ._records import DeadLetter, Record, chat_of, decode_record
from ._sql import prune_journal, write_records, write_watermark

__all__ = ["FlushStats", "Flusher", "SpoolLike"]

log: Final = logging.getLogger(__name__)

_json: Final = msgspec.json.Encoder()
_IDLE_POLL: Final = 0.5  # seconds: re-check the spool even when nobody woke us
_MIN_BACKOFF: Final = 0.05
_BACKOFF: Final = Backoff(min_delay=_MIN_BACKOFF, max_delay=1.0)
JOURNAL_RETENTION: Final = 48 * 3600.0
"""Seconds the update journal's rows are kept (``actors.telegram._spool_journal``)."""
PRUNE_INTERVAL: Final = 600.0


class SpoolLike(Protocol):
    """The part of ``actors.spool.Spool`` the writer uses."""

    @property
    def watermark(self) -> int: ...
    @property
    def last_seq(self) -> int: ...
    @property
    def depth(self) -> int: ...
    @property
    def oldest_age(self) -> float: ...

    async def append(self, record: bytes) -> int: ...
    async def append_many(self, records: Sequence[bytes]) -> list[int]: ...
    def read(self, after: int, limit: int) -> list[tuple[int, bytes]]: ...
    async def advance_watermark(self, seq: int) -> None: ...
    async def forget(self, predicate: Callable[[bytes], bool]) -> int: ...


@dataclass
class FlushStats:
    """What the flusher has done, for ``/health``, metrics and drills. Times are
    ``anyio.current_time()`` readings (``time.monotonic()`` on asyncio). Pass one object
    to every incarnation of the writer to keep the counts across restarts."""

    rows_pruned: int = 0
    """Update journal rows deleted past their retention."""
    rows_flushed: int = 0
    """Spool records committed to PostgreSQL (replays of already-present rows count)."""
    batches: int = 0
    dead_lettered: int = 0
    """Records set aside as dead letters (rejected data or undecodable bytes)."""
    last_flush_at: float | None = None
    outage_since: float | None = None
    """When the current run of failures began; None while PostgreSQL answers."""
    flush_resumed_at: float | None = None
    """When the first successful flush after the last outage committed."""
    last_error: str | None = None
    breaker_state: BreakerState = BreakerState.CLOSED
    migrations_applied: list[str] = field(default_factory=list)

    def gauges(self, spool: SpoolLike) -> dict[str, float | int | str | None]:
        """Everything ``/health`` and ``/metrics`` show about the writer, with the spool's
        own gauges (``spool_depth`` records waiting, ``spool_oldest_age_s``)."""
        return {
            "spool_depth": spool.depth,
            "spool_oldest_age_s": spool.oldest_age,
            "spool_watermark": spool.watermark,
            "spool_last_seq": spool.last_seq,
            "rows_flushed": self.rows_flushed,
            "batches": self.batches,
            "dead_lettered": self.dead_lettered,
            "last_flush_at": self.last_flush_at,
            "outage_since": self.outage_since,
            "flush_resumed_at": self.flush_resumed_at,
            "breaker_state": self.breaker_state.value,
            "last_error": self.last_error,
        }


class Flusher:
    """Drains ``spool`` into the database at ``dsn``, ``batch`` records per transaction,
    behind ``breaker``, on one connection it owns outright (a pool's release and close can
    hang: docs/notes/reliability.md §4.1). Every driver call is bounded: connect
    ``timeout``, ``command_timeout`` on statements, ``fail_after`` around each
    transaction, close with a deadline then terminate. The PostgreSQL watermark row is
    written for operators and drills and never read back to skip records: a recreated
    spool restarts its seqs. ``run()`` is the loop (cancel it to stop); ``wake()`` says new
    records are there; ``aclose()`` drops the connection. Every ``prune_interval`` seconds
    it also deletes the update journal's rows older than ``journal_retention`` seconds
    (None: never). ``rng`` is the jitter source of the backoff below the breaker's
    threshold."""

    def __init__(
        self,
        spool: SpoolLike,
        dsn: str,
        *,
        breaker: CircuitBreaker,
        batch: int = 1000,
        connect_timeout: float = 2.0,
        command_timeout: float = 5.0,
        stats: FlushStats | None = None,
        journal_retention: float | None = JOURNAL_RETENTION,
        prune_interval: float = PRUNE_INTERVAL,
        observe: Callable[[str, float], None] | None = None,
        clock: WallClock = system_clock,
        rng: random.Random | None = None,
    ) -> None:
        self._observe = observe
        self._rng = rng if rng is not None else random.Random()
        self._clock = clock
        if batch < 1:
            raise ValueError(f"batch must be >= 1, not {batch}")
        self._spool = spool
        self._dsn = dsn
        self._breaker = breaker
        self._batch = batch
        self._connect_timeout = connect_timeout
        self._command_timeout = command_timeout
        self.stats = stats if stats is not None else FlushStats()
        self.stats.breaker_state = breaker.state
        breaker.add_listener(self._breaker_moved)
        self._conn: asyncpg.Connection | None = None
        self._wake = anyio.Event()
        self._failures = 0
        self._retention = journal_retention
        self._prune_interval = prune_interval
        self._pruned_at: float | None = None

    # -- the loop --------------------------------------------------------------------------

    def wake(self) -> None:
        """New records are in the spool: flush without waiting for the next poll."""
        self._wake.set()

    async def run(self) -> None:
        """Flush forever. Returns never; cancellation stops it (the connection is left for
        ``aclose``). Only a bug escapes."""
        while True:
            self._wake = anyio.Event()
            if self._spool.last_seq <= self._spool.watermark:
                with anyio.move_on_after(_IDLE_POLL):
                    await self._wake.wait()
                continue
            if not self._breaker.allow():
                await anyio.sleep(max(self._breaker.retry_after(), _MIN_BACKOFF))
                continue
            await self._attempt()

    async def _attempt(self) -> None:
        """One breaker-guarded ``flush_once``, with its outcome reported and backoff."""
        started = time.monotonic()
        try:
            await self.flush_once()
            if self._observe is not None:
                self._observe("flush", time.monotonic() - started)
        except DatabaseUnavailable as error:
            self._breaker.failure()
            self._failed(error)
            await anyio.sleep(self._backoff())
        except BaseException:
            self._breaker.abandon()
            raise
        else:
            self._breaker.success()
            self._succeeded()

    def _failed(self, error: DatabaseUnavailable) -> None:
        self._failures += 1
        now = anyio.current_time()
        if self.stats.outage_since is None:
            self.stats.outage_since = now
            log.warning("db_writer: PostgreSQL unavailable, spooling (%s)", error)
        self.stats.last_error = redact(str(error))

    def _succeeded(self) -> None:
        self._failures = 0
        if self.stats.outage_since is not None:
            now = anyio.current_time()
            self.stats.flush_resumed_at = now
            log.warning(
                "db_writer: PostgreSQL back after %.1f s; draining %d spooled records",
                now - self.stats.outage_since, self._spool.depth,
            )
            self.stats.outage_since = None

    def _backoff(self) -> float:
        if self._breaker.state is BreakerState.OPEN:
            return max(self._breaker.retry_after(), _MIN_BACKOFF)
        return _BACKOFF.delay(self._failures - 1, self._rng)

    def _breaker_moved(self, breaker: CircuitBreaker, old: BreakerState, new: BreakerState) -> None:
        self.stats.breaker_state = new

    # -- one batch -------------------------------------------------------------------------

    async def flush_once(self) -> int:
        """Flush the next batch after the spool's watermark; return how many records it
        held (0: nothing to do). Raises ``DatabaseUnavailable``; the watermark moves only
        past committed (or dead-lettered) records."""
        spool = self._spool
        items = spool.read(spool.watermark, self._batch)
        if not items:
            # Everything above the watermark was forgotten (tombstoned): nothing to write.
            if spool.last_seq > spool.watermark:
                await spool.advance_watermark(spool.last_seq)
            return 0
        conn = await self._connection()
        await self._commit(conn, items)
        self.stats.batches += 1
        self.stats.last_flush_at = anyio.current_time()
        await self._maybe_prune()
        return len(items)

    async def _commit(self, conn: asyncpg.Connection, items: Sequence[tuple[int, bytes]]) -> None:
        """Write ``items`` in one transaction with the watermark; on a data problem split
        them (order kept) until the bad record is alone, and dead-letter it."""
        records, undecodable = _decode(items)
        if undecodable is not None:
            index = undecodable
            await self._commit_parts(conn, items[:index], items[index], items[index + 1:])
            return
        try:
            await self._transaction(conn, records, items[-1][0])
        except _Rejected as rejected:
            if len(items) == 1:
                await self._dead_letter(conn, items[0], rejected.error)
                return
            half = len(items) // 2
            await self._commit(conn, items[:half])
            await self._commit(conn, items[half:])
            return
        await self._spool.advance_watermark(items[-1][0])
        self.stats.rows_flushed += len(items)

    async def _commit_parts(
        self,
        conn: asyncpg.Connection,
        before: Sequence[tuple[int, bytes]],
        bad: tuple[int, bytes],
        after: Sequence[tuple[int, bytes]],
    ) -> None:
        if before:
            await self._commit(conn, before)
        await self._dead_letter(conn, bad, None)
        if after:
            await self._commit(conn, after)

    async def _transaction(
        self, conn: asyncpg.Connection, records: Sequence[Record], last_seq: int
    ) -> None:
        """One transaction: the records, then the watermark row. Raises ``_Rejected`` for a
        data problem (rolled back, the connection still usable), ``DatabaseUnavailable``
        for what is worth retrying (an unavailable server, our own deadline)."""
        try:
            with anyio.fail_after(self._command_timeout * 2):
                async with conn.transaction():
                    await write_records(conn, records)
                    await write_watermark(conn, last_seq)
        except Exception as error:
            if is_data_problem(error):
                raise _Rejected(error) from error
            if is_retryable(error):
                raise self._unavailable(error) from error
            raise

    async def _dead_letter(
        self, conn: asyncpg.Connection, item: tuple[int, bytes], error: BaseException | None
    ) -> None:
        """Set one record aside: a ``dead_letters`` row and the watermark, in one
        transaction. Only the seq and the error are logged: records hold parents' words."""
        seq, data = item
        letter = _letter_for(seq, data, error, utc_now(self._clock))
        log.error("db_writer: dead-lettering spool record %d: %s", seq, letter.error)
        try:
            await self._transaction(conn, [letter], seq)
        except _Rejected as refused:
            # Even the letter was refused: the record is unusable; move past it regardless.
            log.error("db_writer: dead letter for record %d refused too: %s", seq, refused)
            await self._transaction(conn, [], seq)
        await self._spool.advance_watermark(seq)
        self.stats.dead_lettered += 1
        self.stats.rows_flushed += 1

    # -- retention -------------------------------------------------------------------------

    async def prune_once(self) -> int:
        """Delete the update journal's rows past the retention now; return how many (0 when
        retention is off). Raises ``DatabaseUnavailable``."""
        if self._retention is None:
            return 0
        conn = await self._connection()
        self._pruned_at = anyio.current_time()
        # The rows' times are the journal's wall-clock readings: compare with wall time.
        horizon = utc_now(self._clock) - dt.timedelta(seconds=self._retention)
        try:
            with anyio.fail_after(self._command_timeout * 2):
                deleted = await prune_journal(conn, horizon)
        except Exception as error:
            if is_retryable(error):
                raise self._unavailable(error) from error
            raise
        self.stats.rows_pruned += deleted
        return deleted

    async def _maybe_prune(self) -> None:
        due = self._pruned_at is None or (
            anyio.current_time() - self._pruned_at >= self._prune_interval)
        if self._retention is not None and due:
            await self.prune_once()

    # -- the connection --------------------------------------------------------------------

    async def _connection(self) -> asyncpg.Connection:
        """The open connection, connecting (and migrating, once per connection) if needed.
        Raises ``DatabaseUnavailable``."""
        if self._conn is not None and not self._conn.is_closed():
            return self._conn
        self._conn = None
        try:
            with anyio.fail_after(self._connect_timeout + self._command_timeout):
                conn = await asyncpg.connect(
                    self._dsn,
                    timeout=self._connect_timeout,
                    command_timeout=self._command_timeout,
                    server_settings={
                        "application_name": "family-emotions-db-writer",
                        # The server gives up too if we vanish mid-transaction.
                        "idle_in_transaction_session_timeout": str(
                            int(self._command_timeout * 4000)
                        ),
                    },
                )
        except Exception as error:
            if is_retryable(error):
                raise self._unavailable(error) from error
            raise
        try:
            with anyio.fail_after(self._command_timeout * 2):
                applied = await apply_migrations(conn)
        except BaseException as error:
            conn.terminate()
            if isinstance(error, Exception) and is_retryable(error):
                raise self._unavailable(error) from error
            raise
        if applied:
            log.info("db_writer: applied migrations %s", ", ".join(applied))
            self.stats.migrations_applied.extend(applied)
        self._conn = conn
        return conn

    def _unavailable(self, error: BaseException) -> DatabaseUnavailable:
        """Drop the connection (its state is unknown) and translate ``error``."""
        if self._conn is not None:
            self._conn.terminate()
            self._conn = None
        return DatabaseUnavailable(f"{type(error).__name__}: {error}")

    async def aclose(self) -> None:
        """Close the connection within a second, else terminate it."""
        conn, self._conn = self._conn, None
        if conn is not None:
            await close_or_terminate(conn)


class _Rejected(Exception):
    """PostgreSQL (or asyncpg) refused a batch's data; ``error`` says why."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(f"{type(error).__name__}: {error}")
        self.error = error


def _decode(items: Sequence[tuple[int, bytes]]) -> tuple[list[Record], int | None]:
    """The records of ``items``, or the index of the first one that does not decode."""
    records: list[Record] = []
    for index, (_, data) in enumerate(items):
        try:
            records.append(decode_record(data))
        except (msgspec.DecodeError, msgspec.ValidationError):
            return records, index
    return records, None


def _letter_for(
    seq: int, data: bytes, error: BaseException | None, at: dt.datetime,
) -> DeadLetter:
    """The dead letter of spool record ``seq``, set aside ``at``; ``error`` None means it
    did not decode."""
    try:
        record: Record | None = decode_record(data)
    except (msgspec.DecodeError, msgspec.ValidationError):
        record = None
    if record is None:
        message_json = _json.encode({"undecodable_hex": data.hex()}).decode()
        reason, text = "undecodable", "spool record is not a known record"
    else:
        message_json = _json.encode(record).decode()
        reason = "rejected"
        text = f"{type(error).__name__}: {error}" if error is not None else "rejected"
    return DeadLetter(
        key=f"spool:{seq}:{zlib.crc32(data):08x}",
        actor="db_writer",
        reason=reason,
        error=redact(text).replace("\x00", "\\0"),
        message_json=message_json,
        at=at,
        chat_id=chat_of(record) if record is not None else None,
    )

