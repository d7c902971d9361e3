"""The actor base class, its context, props, exit reasons and timers.

An actor is a class with lifecycle hooks:

* ``started()``: the incarnation is being born; raising here is a failed start,
  returning :data:`IGNORE` declines to start (OTP's ``ignore``), returning anything else
  hands that value to whoever started the actor (OTP's ``{ok, Pid, Info}``);
* ``receive(message)``: one message at a time; the return value answers an ``ask``;
* ``stopped(exit)``: the incarnation ends (not called when it is killed);
* or ``run()`` instead of ``receive``, for actors that are loops by nature (a poller, a
  server): the mailbox still takes control messages, and a stop cancels ``run()``.

The runtime makes the actor's :class:`ActorContext` (``self.ctx``), its refs and its cells;
none of them has a public constructor.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import anyio

from ._mailbox import Overflow

if TYPE_CHECKING:
    from ._cell import ActorRef, Cell
    from ._system import ActorSystem


class ExitKind(enum.Enum):
    """Why an incarnation ended."""

    NORMAL = "normal"  # run() returned, or the actor stopped itself without error
    SHUTDOWN = "shutdown"  # stopped by its parent or the system, or a supervisor gave up
    CRASHED = "crashed"  # an uncaught exception (including a failed start)
    KILLED = "killed"  # cancelled: brutal shutdown, or its shutdown timeout ran out


@dataclass(frozen=True, slots=True)
class Exit:
    """An incarnation's exit reason. ``normal`` is OTP's notion: normal or shutdown."""

    kind: ExitKind
    error: BaseException | None = None
    detail: str = ""

    @property
    def normal(self) -> bool:
        return self.kind is ExitKind.NORMAL or self.kind is ExitKind.SHUTDOWN

    def __str__(self) -> str:
        text = self.kind.value
        if self.detail:
            text += f" ({self.detail})"
        if self.error is not None:
            text += f": {self.error!r}"
        return text


class Ignore(enum.Enum):
    """The type of :data:`IGNORE` (an enum of one member, so it can be named in types)."""

    IGNORE = "ignore"


IGNORE = Ignore.IGNORE
"""OTP's ``ignore``: returned by a factory (instead of an actor) or by ``started()``, it
declines this start without failing it. The incarnation ends quietly: no ``Started`` or
``Stopped`` event, no ``stopped()`` call, nothing on the parent's control lane; whoever
started the actor gets ``IGNORE`` back (a supervisor keeps the child's spec without a
running child, or drops it when it is temporary or a simple_one_for_one instance)."""


class InFlight(enum.Enum):
    """What happens to the message being handled when the handler crashes."""

    REDELIVER = "redeliver"  # the next incarnation gets it first; poison after max_redeliveries
    DROP = "drop"  # OTP's behaviour: it is dead-lettered at once


@dataclass(frozen=True, slots=True)
class Props:
    """How to make an actor and its mailbox.

    ``factory`` builds a fresh instance for every incarnation (or returns :data:`IGNORE`
    to decline the start). A message that crashes its
    handler is delivered at most ``1 + max_redeliveries`` times (``REDELIVER``) before it is
    dead-lettered as poison.
    """

    factory: Callable[[], Actor | Ignore]
    capacity: int = 1000
    overflow: Overflow = Overflow.BLOCK
    in_flight: InFlight = InFlight.REDELIVER
    max_redeliveries: int = 3

    def __post_init__(self) -> None:
        if not callable(self.factory):
            raise TypeError(f"Props.factory must be callable, not {self.factory!r}")
        if self.capacity < 1:
            raise ValueError(f"mailbox capacity must be >= 1, not {self.capacity}")
        if self.max_redeliveries < 0:
            raise ValueError(f"max_redeliveries must be >= 0, not {self.max_redeliveries}")


class StopActor(Exception):
    """Raised from a handler or ``run()`` to end the incarnation with this reason instead of
    crashing. A supervisor that gives up raises it with ``SHUTDOWN``."""

    def __init__(self, kind: ExitKind = ExitKind.NORMAL, detail: str = "") -> None:
        super().__init__(detail or kind.value)
        self.kind = kind
        self.detail = detail


class Actor:
    """Base class of every actor. Override ``receive`` (or ``run``) and the hooks you need."""

    hosts_children: ClassVar[bool] = False
    """True for actors that spawn children (supervisors): their incarnation gets a task
    group for them."""

    _ctx: ActorContext

    @property
    def ctx(self) -> ActorContext:
        return self._ctx

    async def started(self) -> Any:
        """The incarnation is starting; raise to fail the start.

        Return ``None`` (the usual case), :data:`IGNORE` to decline the start (the
        incarnation ends at once, without ``stopped()``), or any other value as the start
        info: ``Cell.start()`` returns it, and a supervisor passes it on from
        ``start_child`` and ``restart_child`` (OTP's ``{ok, Pid, Info}``). An automatic
        restart discards it."""
        return None

    async def receive(self, message: Any) -> Any:
        """Handle one message; the return value is the ask's reply."""
        raise NotImplementedError(f"{type(self).__name__} does not handle {message!r}")

    async def run(self) -> None:
        """A loop-style actor's body (overrides ``receive``). Returning ends the incarnation
        normally; a stop request cancels it."""
        raise NotImplementedError

    async def stopped(self, exit: Exit) -> None:
        """The incarnation is ending (after a crash too, not after a kill)."""

    async def child_exited(self, child: Cell, incarnation: int, exit: Exit) -> None:
        """A spawned child's incarnation ended on its own. The default fails this actor when
        the exit is abnormal, as a linked process would; supervisors override it."""
        if not exit.normal:
            from ._errors import ChildFailed

            raise ChildFailed(child.path, str(exit))


def is_loop_actor(actor: Actor) -> bool:
    return type(actor).run is not Actor.run


class _ActorLog(logging.LoggerAdapter[logging.Logger]):
    def process(self, msg: Any, kwargs: MutableMapping[str, Any]) -> tuple[Any, Any]:
        extra = self.extra or {}
        kwargs.setdefault("extra", {}).update(extra)
        return f"[{extra.get('actor_path')}] {msg}", kwargs


class Timer:
    """A pending ``after``/``every``; ``cancel()`` stops it. Timers die with the incarnation."""

    __slots__ = ("_scope", "interval")

    def __init__(self, scope: anyio.CancelScope, interval: float | None) -> None:
        self._scope = scope
        self.interval = interval

    def cancel(self) -> None:
        self._scope.cancel()

    @property
    def active(self) -> bool:
        return not self._scope.cancel_called


class ActorContext:
    """What an incarnation knows about itself: refs, names, system, timers, a logger.

    Made by the runtime; there is no public constructor."""

    __slots__ = ("_cell", "_log", "_tg", "_timers", "attempt", "incarnation")

    def __init__(self) -> None:
        raise TypeError("ActorContext is made by the runtime")

    @classmethod
    def _make(cls, cell: Cell, incarnation: int) -> ActorContext:
        # One is made per incarnation, on the restart path: the logger and the timer set
        # are made when first used, not here.
        ctx = object.__new__(cls)
        ctx._cell = cell
        ctx._tg = None
        ctx._timers = None
        ctx._log = None
        ctx.attempt = 0
        ctx.incarnation = incarnation
        return ctx

    _cell: Cell
    _tg: anyio.abc.TaskGroup | None
    _timers: set[anyio.CancelScope] | None
    _log: logging.LoggerAdapter[logging.Logger] | None
    attempt: int
    """Delivery attempt of the message being handled: 1 first, 2+ for redeliveries."""
    incarnation: int
    """1 for the first incarnation in this slot, +1 for every restart."""

    @property
    def log(self) -> logging.LoggerAdapter[logging.Logger]:
        """A logger that prefixes every line with the actor's path (and puts it in the
        record's ``actor_path``)."""
        log = self._log
        if log is None:
            log = self._log = _ActorLog(logging.getLogger("actor"),
                                        {"actor_path": self._cell.path})
        return log

    @property
    def final_attempt(self) -> bool:
        """True when a crash while handling the current message gives it up (dead-lettered
        as poison, or dropped under ``InFlight.DROP``) instead of delivering it again: the
        handler's last chance to answer for it."""
        props = self._cell.props
        if props.in_flight is InFlight.DROP:
            return True
        return self.attempt > props.max_redeliveries

    @property
    def self(self) -> ActorRef:
        """This actor's ref (stable across restarts)."""
        return self._cell.ref

    @property
    def ref(self) -> ActorRef:
        """Same as ``self``."""
        return self._cell.ref

    @property
    def name(self) -> str:
        return self._cell.name

    @property
    def path(self) -> str:
        return self._cell.path

    @property
    def system(self) -> ActorSystem:
        return self._cell.system

    # -- timers ------------------------------------------------------------------------

    def after(self, delay: float, message: Any) -> Timer:
        """Send ``message`` to this actor once, ``delay`` seconds from now."""
        return self._timer(delay, None, message)

    def every(self, interval: float, message: Any, *, first: float | None = None) -> Timer:
        """Send ``message`` to this actor every ``interval`` seconds (fixed rate), the first
        time after ``first`` seconds (default: one interval)."""
        if interval <= 0:
            raise ValueError(f"interval must be > 0, not {interval}")
        return self._timer(interval if first is None else first, interval, message)

    def _timer(self, delay: float, interval: float | None, message: Any) -> Timer:
        scope = anyio.CancelScope()
        timers = self._live_timers()
        timers.add(scope)
        ref = self._cell.ref

        async def fire() -> None:
            from ._errors import ActorStopped

            try:
                with scope:
                    deadline = anyio.current_time() + delay
                    while True:
                        await anyio.sleep_until(deadline)
                        await ref.tell(message)
                        if interval is None:
                            return
                        deadline += interval
            except ActorStopped:
                return
            finally:
                timers.discard(scope)

        self._cell.system._tg.start_soon(fire, name=f"timer:{self._cell.path}")
        return Timer(scope, interval)

    # -- background tasks --------------------------------------------------------------

    def start_soon(self, fn: Callable[..., Awaitable[Any]], *args: Any, name: str = "") -> Timer:
        """Run ``fn(*args)`` beside this incarnation: it is cancelled when the incarnation
        ends, and if it raises, the incarnation crashes with that error (phase "task") as
        if a handler had raised it, so its supervisor restarts the actor. Returns a handle
        whose ``cancel()`` stops the task early."""
        scope = anyio.CancelScope()
        timers = self._live_timers()
        timers.add(scope)
        cell = self._cell
        incarnation = self.incarnation

        async def guarded() -> None:
            try:
                with scope:
                    await fn(*args)
            except Exception as error:
                cell._task_failed(incarnation, error)
            finally:
                timers.discard(scope)

        label = name or getattr(fn, "__qualname__", "task")
        cell.system._tg.start_soon(guarded, name=f"task:{cell.path}:{label}")
        return Timer(scope, None)

    def _live_timers(self) -> set[anyio.CancelScope]:
        timers = self._timers
        if timers is None:
            timers = self._timers = set()
        return timers

    def _cancel_timers(self) -> None:
        timers = self._timers
        if timers:
            for scope in tuple(timers):
                scope.cancel()
            timers.clear()

    # -- children ----------------------------------------------------------------------

    def spawn(self, name: str, props: Props) -> Cell:
        """A child slot under this actor (``hosts_children`` actors only). Spawning a name
        that already has a live slot returns that slot, mailbox and all: this is how a
        restarted supervisor gets its children's queued messages back."""
        if self._tg is None:
            raise RuntimeError(f"{self.path} cannot spawn: its class must set hosts_children")
        return self._cell.system._spawn(self._cell, self, name, props)
