"""The kernel's dead letters, kept: each ``DeadLettered`` event becomes a ``dead_letters`` row.

``DeadLetterSink`` listens on ``system.events`` and appends each letter to the spool as a
``DeadLetter`` record (an excerpt of the message, secrets redacted), which the flusher
drains like any record; the ``DeadLetterKeeper`` actor runs it. An update given up this
way is marked done, so the next start does not replay it into the same crash. See
docs/db-writer.md, section "Dead letters".
"""

from __future__ import annotations

import zlib
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, Final, NoReturn

import anyio
import msgspec

from config.redaction import redact
from runtime import (
    Actor,
    ActorSystem,
    DeadLettered,
    LifecycleEvent,
    WallClock,
    system_clock,
    utc_now,
)

from ._actor import persist
from ._flusher import SpoolLike
from ._guard import clean_text
from ._records import DeadLetter

__all__ = ["ERROR_LIMIT", "EXCERPT", "KEPT_REASONS", "DeadLetterKeeper", "DeadLetterSink"]

KEPT_REASONS: Final = frozenset({"poison", "dropped", "overflow"})
"""Kernel reasons that become rows (see the module docstring)."""
GIVEN_UP: Final = frozenset({"poison", "dropped"})
"""Reasons that mark the message's update done."""
EXCERPT: Final = 64
"""Characters kept of each string of a dead message."""
ERROR_LIMIT: Final = 500
_ITEMS: Final = 10
_DEPTH: Final = 4
_BATCH: Final = 100
_JSON: Final = msgspec.json.Encoder()


class DeadLetterSink:
    """Queues the kernel's dead letters and appends them to ``spool``
    (docs/db-writer.md, section "Dead letters"). Made once per application; ``clock``
    stamps the letters. Listeners must not block, so ``on_event`` only queues (at most
    ``limit`` letters: beyond it the oldest are dropped, counted in ``dropped``) and
    ``run`` appends them through ``persist``."""

    def __init__(
        self, spool: SpoolLike, *, clock: WallClock = system_clock,
        given_up: Callable[[int], Awaitable[object]] | None = None, limit: int = 10_000,
    ) -> None:
        self._spool = spool
        self._clock = clock
        self._given_up = given_up
        self._queue: deque[tuple[DeadLetter, int | None]] = deque()
        self._limit = limit
        self._wake: anyio.Event | None = None
        self._systems: set[int] = set()
        self.kept = 0
        """Letters appended to the spool."""
        self.dropped = 0
        """Letters dropped because the queue was full."""

    @property
    def depth(self) -> int:
        """Letters waiting for the spool."""
        return len(self._queue)

    def attach(self, system: ActorSystem) -> None:
        """Listen to ``system``'s events (once per system, whoever calls it again)."""
        if id(system) not in self._systems:
            self._systems.add(id(system))
            system.events.add_listener(self.on_event)

    def on_event(self, event: LifecycleEvent) -> None:
        """The ``system.events`` listener: queue the dead letters worth keeping."""
        if isinstance(event, DeadLettered) and event.reason in KEPT_REASONS:
            self.add(event.path, event.message, event.reason, event.error)

    def add(self, actor: str, message: Any, reason: str, error: str | None, *,
            done: bool | None = None) -> None:
        """Queue the letter of ``message``, given up by ``actor`` for ``reason``. ``done``:
        whether its update is to be marked done (None: when ``reason`` gives it up)."""
        letter = letter_for(actor, message, reason, error, self._clock)
        update_id = getattr(message, "update_id", None)
        if done is None:
            done = reason in GIVEN_UP
        given_up = update_id if done and type(update_id) is int else None
        self._queue.append((letter, given_up))
        if len(self._queue) > self._limit:
            self._queue.popleft()
            self.dropped += 1
        if self._wake is not None:
            self._wake.set()

    async def run(self) -> NoReturn:
        """Append queued letters to the spool, oldest first, forever. A letter leaves the
        queue only once durable; raises what the spool raises."""
        while True:
            while not self._queue:
                self._wake = anyio.Event()
                await self._wake.wait()
            batch = [self._queue[i] for i in range(min(_BATCH, len(self._queue)))]
            await persist(self._spool, [letter for letter, _ in batch])
            for _ in batch:
                self._queue.popleft()
            self.kept += len(batch)
            if self._given_up is not None:
                for _, update_id in batch:
                    if update_id is not None:
                        await self._given_up(update_id)


class DeadLetterKeeper(Actor):
    """The actor that runs a ``DeadLetterSink`` (attached to its system at start)."""

    def __init__(self, sink: DeadLetterSink) -> None:
        self._sink = sink

    async def started(self) -> None:
        self._sink.attach(self.ctx.system)

    async def run(self) -> None:
        await self._sink.run()


def letter_for(actor: str, message: Any, reason: str, error: str | None,
               clock: WallClock = system_clock) -> DeadLetter:
    """The ``DeadLetter`` of ``message`` given up by ``actor``: the last ``error`` (at most
    ``ERROR_LIMIT`` characters) and ``message_json``, the message's type and fields with
    every string cut to ``EXCERPT`` characters, bytes as their length, secrets redacted
    before the cut; ``chat_id`` when the message names a chat, so ``/delete`` erases the
    letter too."""
    body = {"type": type(message).__name__, "fields": _excerpt(message, 0)}
    message_json = _JSON.encode(body).decode()
    update_id = getattr(message, "update_id", None)
    name = type(message).__name__
    now = clock()
    key = (f"actor:{actor}:{name}:u{update_id}" if type(update_id) is int
           else f"actor:{actor}:{name}:{zlib.crc32(message_json.encode()):08x}:{int(now * 1e9)}")
    chat_id = getattr(message, "chat_id", None)
    return DeadLetter(
        key=key, actor=actor, reason=reason, error=_text(error or reason, ERROR_LIMIT),
        message_json=message_json, at=utc_now(lambda: now),
        chat_id=chat_id if type(chat_id) is int and abs(chat_id) < 2**63 else None)


def _text(value: str, limit: int) -> str:
    value = redact(value)  # before the cut: a secret cut in half would show its first part
    clean, _ = clean_text(value[:limit])
    return clean + "…" if len(value) > limit else clean


def _excerpt(value: Any, depth: int) -> Any:
    """A bounded, JSON-able copy of ``value``: strings cut to ``EXCERPT`` characters."""
    if value is None or isinstance(value, (bool, float)):
        return value
    if isinstance(value, int):
        return value if abs(value) < 2**63 else str(value)[:EXCERPT]
    if isinstance(value, str):
        return _text(value, EXCERPT)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(value)} bytes>"
    if depth >= _DEPTH:
        return f"<{type(value).__name__}>"
    if isinstance(value, msgspec.Struct):
        return {name: _excerpt(getattr(value, name), depth + 1)
                for name in value.__struct_fields__}
    if isinstance(value, (list, tuple)):
        return [_excerpt(item, depth + 1) for item in value[:_ITEMS]]
    if isinstance(value, dict):
        return {_text(str(k), EXCERPT): _excerpt(v, depth + 1)
                for k, v in list(value.items())[:_ITEMS]}
    return _text(repr(value), EXCERPT)
