"""Helpers for tests of actors: record events, probe actors, wait instead of sleeping.

Used by our own tests and by whoever writes the next actor::

    async with ActorSystem.start(tree) as system:
        with EventRecorder(system) as events:
            await system.ref("worker").tell(Boom())
            await events.wait_for(Started, path="root/worker", where=lambda e: e.incarnation == 2)

Every wait takes a ``timeout`` (fail-after, on anyio's clock, so virtual under trio's
MockClock) and raises ``TimeoutError`` with what it was waiting for.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio

from ._actor import Actor, Props
from ._events import LifecycleEvent, Started
from ._system import ActorSystem

E = TypeVar("E", bound=LifecycleEvent)


class EventRecorder:
    """Records every lifecycle event a system publishes, from now until ``close()``."""

    def __init__(self, system: ActorSystem) -> None:
        self.events: list[LifecycleEvent] = []
        self._changed = anyio.Event()
        self._remove = system.events.add_listener(self._record)

    def _record(self, event: LifecycleEvent) -> None:
        self.events.append(event)
        self._changed.set()

    def close(self) -> None:
        self._remove()

    def __enter__(self) -> EventRecorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def of(
        self, kind: type[E], *, path: str | None = None,
        where: Callable[[E], bool] | None = None,
    ) -> list[E]:
        """The recorded events of ``kind`` (and ``path``, and matching ``where``)."""
        return [
            e for e in self.events
            if isinstance(e, kind) and (path is None or e.path == path)
            and (where is None or where(e))
        ]

    def kinds(self, path: str | None = None) -> list[str]:
        """Event kind names in order (of one path, or all): handy for exact sequences."""
        return [e.kind for e in self.events if path is None or e.path == path]

    async def wait_for(
        self, kind: type[E], *, path: str | None = None, count: int = 1,
        where: Callable[[E], bool] | None = None, timeout: float = 5.0,
    ) -> E:
        """Wait until ``count`` matching events were recorded; return the ``count``-th."""
        with anyio.move_on_after(timeout):
            while True:
                found = self.of(kind, path=path, where=where)
                if len(found) >= count:
                    return found[count - 1]
                self._changed = anyio.Event()
                await self._changed.wait()
        raise TimeoutError(
            f"no {count} x {kind.__name__} (path={path}) within {timeout} s; "
            f"saw {self.kinds()}"
        )


async def wait_restarted(
    recorder: EventRecorder, path: str, *, times: int = 1, timeout: float = 5.0
) -> Started:
    """Wait until the actor at ``path`` was restarted ``times`` times (its incarnation
    ``times + 1`` started)."""
    return await recorder.wait_for(
        Started, path=path, where=lambda e: e.incarnation >= times + 1, timeout=timeout
    )


async def eventually(
    predicate: Callable[[], bool | Awaitable[bool]], *, timeout: float = 5.0,
    interval: float = 0.01,
) -> None:
    """Wait until ``predicate()`` is true, asking again every ``interval`` seconds, for
    conditions no event announces (a counter another task moves, a row in a database).
    ``predicate`` may be a plain or an async callable. Raises ``TimeoutError`` after
    ``timeout`` seconds (anyio's clock)::

        await eventually(lambda: spool.watermark == spool.last_seq, timeout=10.0)
    """
    with anyio.move_on_after(timeout):
        while True:
            result = predicate()
            if inspect.isawaitable(result):
                result = await result
            if result:
                return
            await anyio.sleep(interval)
    name = getattr(predicate, "__qualname__", repr(predicate))
    raise TimeoutError(f"{name} was not true within {timeout} s")


class Probe:
    """An actor that records what it receives and answers asks with ``reply(msg)``.

    ``probe.props`` makes it; ``await probe.expect(n)`` waits for n messages."""

    def __init__(self, reply: Callable[[Any], Any] = lambda message: message) -> None:
        self.received: list[Any] = []
        self.incarnations = 0
        self._reply = reply
        self._changed = anyio.Event()

    @property
    def props(self) -> Props:
        return Props(lambda: _ProbeActor(self))

    def factory(self) -> Actor:
        return _ProbeActor(self)

    def _got(self, message: Any) -> Any:
        self.received.append(message)
        self._changed.set()
        return self._reply(message)

    async def expect(self, count: int = 1, *, timeout: float = 5.0) -> list[Any]:
        """Wait until at least ``count`` messages arrived in total; return them all."""
        with anyio.move_on_after(timeout):
            while len(self.received) < count:
                self._changed = anyio.Event()
                await self._changed.wait()
            return list(self.received)
        raise TimeoutError(f"probe got {len(self.received)} of {count} messages in {timeout} s")


class _ProbeActor(Actor):
    def __init__(self, probe: Probe) -> None:
        self.probe = probe

    async def started(self) -> None:
        self.probe.incarnations += 1

    async def receive(self, message: Any) -> Any:
        return self.probe._got(message)


class Crash(Exception):
    """What :class:`Crasher` raises."""


class Crasher(Actor):
    """Raises ``Crash`` for messages where ``crash_on(message)`` is true; echoes the rest
    with its incarnation and the delivery attempt. For tests and demos of supervision."""

    def __init__(self, crash_on: Callable[[Any], bool] = lambda m: m == "crash",
                 fail_start: Callable[[], bool] = lambda: False) -> None:
        self._crash_on = crash_on
        self._fail_start = fail_start

    async def started(self) -> None:
        if self._fail_start():
            raise Crash("failed to start on purpose")

    async def receive(self, message: Any) -> Any:
        if self._crash_on(message):
            raise Crash(f"crashed on {message!r} on purpose")
        return (message, self.ctx.incarnation, self.ctx.attempt)


class ManualClock:
    """A ``WallClock`` (or any ``clock()`` callable) that moves only when told to.

    ``ManualClock.at(T0)`` starts at an aware ``datetime``: a test builds its instants
    from ``T0`` and hands the code this clock, so the test means the same on any day."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start

    @classmethod
    def at(cls, instant: dt.datetime) -> ManualClock:
        if instant.tzinfo is None:
            raise ValueError("give an aware datetime")
        return cls(instant.timestamp())

    def utc(self) -> dt.datetime:
        """The reading as an aware UTC ``datetime``."""
        return dt.datetime.fromtimestamp(self.now, dt.UTC)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not go back")
        self.now += seconds


__all__ = [
    "Crash",
    "Crasher",
    "EventRecorder",
    "ManualClock",
    "Probe",
    "eventually",
    "wait_restarted",
]
