"""``DbWriter``: the only actor that writes to PostgreSQL, through the spool.

A ``Persist`` ask is answered with the records' spool seqs once they are durable (RPO 0
for every accepted record, whatever PostgreSQL is doing); an ``Erase`` appends
``FamilyErased`` and forgets the chat's undrained records. The flusher runs beside the
actor (``ctx.start_soon``), so a bug in it crashes the incarnation and the supervisor
restarts both; without a DSN everything stays in the spool. See docs/db-writer.md,
section "The actor".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Final

import anyio

from actors.breaker import CircuitBreaker
from runtime import Actor, Exit, ExitKind, Message, WallClock, system_clock, utc_now

from ._errors import DatabaseUnavailable
from ._flusher import Flusher, FlushStats, SpoolLike
from ._records import FamilyErased, Record, chat_of, decode_record, encode_record

SHUTDOWN_FLUSH: Final = 2.0
"""Seconds a graceful stop spends draining the spool into PostgreSQL."""

__all__ = ["DbWriter", "Erase", "Persist", "erase_family", "persist"]


class Persist(Message, frozen=True, kw_only=True):
    """Persist these records; the ask's answer is their spool seqs (a tuple), given once
    they are durable."""

    records: tuple[Record, ...]


class Erase(Message, frozen=True, kw_only=True):
    """``/delete``: erase the family of ``chat_id`` everywhere; the answer is the seq of
    the ``FamilyErased`` record."""

    chat_id: int
    at: dt.datetime | None = None
    """When the parent asked; None: now, by the writer's clock."""


async def persist(spool: SpoolLike, records: Sequence[Record]) -> tuple[int, ...]:
    """Append ``records`` to ``spool``; return their seqs once durable. Raises whatever the
    spool raises when it cannot make them durable (nothing is acknowledged then)."""
    if not records:
        return ()
    seqs = await spool.append_many([encode_record(r) for r in records])
    return tuple(seqs)


async def erase_family(spool: SpoolLike, chat_id: int, at: dt.datetime) -> int:
    """Erase ``chat_id`` everywhere: append ``FamilyErased`` (durable: the flusher deletes
    the chat's rows from every table when it drains it), then forget the chat's records
    still waiting in the spool, so they never reach PostgreSQL and leave the disk.
    Returns the seq of the ``FamilyErased`` record.

    The order matters: were the process to die between the two steps, the durable
    ``FamilyErased`` still deletes whatever the unforgotten records write before it."""
    seq = await spool.append(encode_record(FamilyErased(chat_id=chat_id, at=at)))
    await spool.forget(_of_chat(chat_id))
    return seq


def _of_chat(chat_id: int) -> Callable[[bytes], bool]:
    def matches(data: bytes) -> bool:
        try:
            record = decode_record(data)
        except Exception:  # undecodable bytes belong to nobody; the flusher sets them aside
            return False
        return not isinstance(record, FamilyErased) and chat_of(record) == chat_id

    return matches


class DbWriter(Actor):
    """Acknowledges ``Persist`` once the spool has the records; drains the spool into
    PostgreSQL at ``dsn`` (None: spool only) in batches of ``batch`` behind a breaker
    (``breaker_failures`` consecutive failures open it for ``breaker_reset`` seconds).

    ``breaker_reset`` defaults to 1 s: while open the writer probes with one connect per
    period, so writes resume within 2 s of PostgreSQL coming back (the target in
    docs/ARCHITECTURE.md, section "Failure model").
    Starts even when PostgreSQL is down (nothing connects at start)."""

    def __init__(
        self,
        spool: SpoolLike,
        dsn: str | None,
        *,
        batch: int = 1000,
        breaker_failures: int = 3,
        breaker_reset: float = 1.0,
        connect_timeout: float = 2.0,
        command_timeout: float = 5.0,
        stats: FlushStats | None = None,
        observe: Callable[[str, float], None] | None = None,
        clock: WallClock = system_clock,
    ) -> None:
        self.spool = spool
        self.clock = clock
        self.stats = stats if stats is not None else FlushStats()
        self.breaker = CircuitBreaker(
            "postgres", failures=breaker_failures, reset_after=breaker_reset
        )
        self.flusher: Flusher | None = None
        if dsn is not None:
            self.flusher = Flusher(
                spool, dsn, breaker=self.breaker, batch=batch,
                connect_timeout=connect_timeout, command_timeout=command_timeout,
                stats=self.stats, observe=observe, clock=clock,
            )

    async def started(self) -> None:
        if self.flusher is not None:
            self.ctx.start_soon(self.flusher.run, name="flusher")

    async def receive(self, message: Any) -> Any:
        if isinstance(message, Persist):
            seqs = await persist(self.spool, message.records)
            self._wake()
            return seqs
        if isinstance(message, Erase):
            at = message.at if message.at is not None else utc_now(self.clock)
            seq = await erase_family(self.spool, message.chat_id, at)
            self._wake()
            return seq
        self.ctx.log.warning("db_writer ignores %s", type(message).__name__)
        return None

    async def stopped(self, exit: Exit) -> None:
        if self.flusher is None:
            return
        if exit.kind is ExitKind.SHUTDOWN:
            await self._last_flush()
        await self.flusher.aclose()

    async def _last_flush(self) -> None:
        """On a graceful stop, drain what is spooled if PostgreSQL answers within a couple
        of seconds (what is left stays in the spool for the next start)."""
        assert self.flusher is not None
        with anyio.move_on_after(SHUTDOWN_FLUSH):
            while self.spool.last_seq > self.spool.watermark and self.breaker.allow():
                try:
                    await self.flusher.flush_once()
                except DatabaseUnavailable:
                    self.breaker.failure()
                    return
                self.breaker.success()

    def _wake(self) -> None:
        if self.flusher is not None:
            self.flusher.wake()
