"""Lifecycle events and the event bus (``system.events``).

Every start, stop, crash, scheduled restart, intensity exhaustion, escalation and dead
letter is a structured event. Listeners are plain callables run synchronously on publish
(they must not block); subscriptions are async iterators with a bounded buffer each. The
bus also counts events by kind, and logs failures at warning level.
"""

from __future__ import annotations

import logging
import traceback
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import msgspec

log = logging.getLogger("runtime.events")


class LifecycleEvent(msgspec.Struct, frozen=True, kw_only=True, tag=True):
    """Base of every event: the actor's path and the time (``anyio.current_time()``)."""

    path: str
    at: float

    @property
    def kind(self) -> str:
        return type(self).__name__


class Started(LifecycleEvent, frozen=True, kw_only=True):
    """An incarnation finished ``started()`` and takes messages."""

    incarnation: int


class Stopped(LifecycleEvent, frozen=True, kw_only=True):
    """An incarnation ended without crashing: ``reason`` is normal, shutdown or killed."""

    incarnation: int
    reason: str
    detail: str = ""


class Crashed(LifecycleEvent, frozen=True, kw_only=True):
    """An incarnation raised: in ``phase`` start, receive, run or stopped.

    ``exc`` is the exception itself; ``traceback`` formats it on demand (formatting every
    crash eagerly would cost more than the restart itself)."""

    incarnation: int
    phase: str
    error: str
    exc: Any = None

    @property
    def traceback(self) -> str:
        if not isinstance(self.exc, BaseException):
            return self.error
        return "".join(traceback.format_exception(self.exc))


class Restarting(LifecycleEvent, frozen=True, kw_only=True):
    """A supervisor will restart this child after ``delay`` seconds (0: at once).

    ``attempt`` counts the child's consecutive failures: it starts again at 1 once the
    child has stayed up for its backoff's reset window (without backoff: the supervisor's
    intensity period)."""

    delay: float
    attempt: int


class IntensityExceeded(LifecycleEvent, frozen=True, kw_only=True):
    """A supervisor saw more than ``max_restarts`` restarts within ``within`` seconds and
    gives up: it stops its children and fails."""

    restarts: int
    max_restarts: int
    within: float


class Escalated(LifecycleEvent, frozen=True, kw_only=True):
    """A supervisor gave up and passes the failure to its parent."""

    reason: str


class DeadLettered(LifecycleEvent, frozen=True, kw_only=True):
    """A message that could not be handled: ``reason`` is ``poison`` (crashed its handler
    on every delivery), ``dropped`` (in flight at a crash under the drop policy),
    ``overflow`` (evicted by drop_oldest), ``stopped`` (queued when the actor stopped for
    good while the system ran on) or ``shutdown`` (queued when the system shut down,
    whichever actor or supervisor closed the mailbox then)."""

    message: Any
    reason: str
    error: str | None = None
    attempts: int = 0


_FAILURES = (Crashed, IntensityExceeded, Escalated, DeadLettered)

Listener = Callable[[LifecycleEvent], None]


class Subscription:
    """An async iterator over events published after it was opened.

    Its buffer holds ``max_buffer`` events; when a slow reader lets it fill, the oldest
    are dropped and counted in ``missed``. Close it with ``aclose()`` or ``with``."""

    def __init__(self, bus: EventBus, max_buffer: int) -> None:
        self._bus = bus
        self._buf: deque[LifecycleEvent] = deque(maxlen=max_buffer)
        self._ready = anyio.Event()
        self.missed = 0

    def _push(self, event: LifecycleEvent) -> None:
        if len(self._buf) == self._buf.maxlen:
            self.missed += 1
        self._buf.append(event)
        self._ready.set()

    def __aiter__(self) -> AsyncIterator[LifecycleEvent]:
        return self

    async def __anext__(self) -> LifecycleEvent:
        while not self._buf:
            self._ready = anyio.Event()
            await self._ready.wait()
        return self._buf.popleft()

    def close(self) -> None:
        self._bus._subs.discard(self)

    async def aclose(self) -> None:
        self.close()

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class EventBus:
    """Publishes lifecycle events to listeners and subscriptions, and counts them."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._subs: set[Subscription] = set()
        self.counts: Counter[str] = Counter()

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(event)`` for every event; returns a function that removes it."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def subscribe(self, max_buffer: int = 10_000) -> Subscription:
        sub = Subscription(self, max_buffer)
        self._subs.add(sub)
        return sub

    def publish(self, event: LifecycleEvent) -> None:
        self.counts[type(event).__name__] += 1
        _log_event(event)
        if self._listeners:  # (every restart publishes several events: skip empty loops)
            for listener in tuple(self._listeners):
                try:
                    listener(event)
                except Exception:  # a broken listener must not break the publisher
                    log.exception("event listener %r failed", listener)
        if self._subs:
            for sub in tuple(self._subs):
                sub._push(event)


def _log_event(event: LifecycleEvent) -> None:
    if isinstance(event, _FAILURES):
        if isinstance(event, Crashed):
            log.warning(
                "%s crashed in %s (incarnation %d): %s",
                event.path, event.phase, event.incarnation, event.error,
            )
        elif isinstance(event, DeadLettered):
            log.warning(
                "%s dead-lettered %s (%s, %d attempt(s))",
                event.path, type(event.message).__name__, event.reason, event.attempts,
            )
        else:
            log.warning("%s %s", event.path, _describe(event))
    elif log.isEnabledFor(logging.DEBUG):
        log.debug("%s %s", event.path, _describe(event))


def _describe(event: LifecycleEvent) -> str:
    fields = {f: getattr(event, f) for f in event.__struct_fields__ if f not in ("path", "at")}
    return event.kind + " " + " ".join(f"{k}={v!r}" for k, v in fields.items())
