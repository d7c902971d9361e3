"""The actor system: starts the tree, names actors, carries events, shuts down.

``async with ActorSystem.start(root) as system:`` starts the root actor (normally the root
supervisor) and returns once it has started; leaving the block shuts the tree down
gracefully: the root is stopped (a supervisor stops its children in reverse start order,
each within its shutdown timeout, then cancels them) and every message still queued
anywhere is dead-lettered with reason ``shutdown``. With ``handle_signals=True``, SIGTERM
and SIGINT end ``system.wait()``; a second signal cancels at once. :func:`run` wraps it
all for a CLI and returns the process exit code: non-zero when the root gave up.
"""

from __future__ import annotations

import contextvars
import math
import random
import signal
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, Protocol

import anyio
import anyio.abc

from ._actor import IGNORE, ActorContext, Exit, ExitKind, Props
from ._backend import OneShot, Waiter, monotonic_clock, one_shot_factory, single_waiter_factory
from ._cell import ActorRef, Cell
from ._errors import ActorNotFound, AskTimeout
from ._events import DeadLettered, EventBus

_CURRENT: contextvars.ContextVar[ActorSystem] = contextvars.ContextVar("actor_system")


def current_system() -> ActorSystem:
    """The system the calling task runs in (every actor, timer and background task, and
    the body of ``ActorSystem.start``). Lets objects built before the system existed (the
    routes an application tree hands its actors) find refs by name. ``RuntimeError``
    outside a system."""
    try:
        return _CURRENT.get()
    except LookupError:
        raise RuntimeError("not inside a running ActorSystem") from None


class HasProps(Protocol):
    """Anything that names itself and says how to make its actor (a child spec)."""

    @property
    def id(self) -> str: ...

    @property
    def props(self) -> Props: ...


class _Deadlines:
    """Fails every ask that outlives its timeout with ``AskTimeout``.

    One task for the whole system watches every deadline, so an ask costs an append
    instead of a cancel scope and a timer of its own. Deadlines are kept in one FIFO per
    timeout value: asks made with the same timeout expire in the order they were made, so
    a deque append (and dropping the answered asks at its front) replaces a heap push, and
    the watcher looks only at each deque's front. Code uses a handful of timeout values;
    one deque per value stays cheap however many asks are outstanding."""

    def __init__(self, event_factory: Callable[[], anyio.Event],
                 clock: Callable[[], float]) -> None:
        self._queues: dict[float, deque[tuple[float, OneShot, str, float]]] = {}
        self._event = event_factory
        self._clock = clock
        self._wake = event_factory()
        self._next = math.inf

    def add(self, reply: OneShot, path: str, timeout: float, left: float | None = None) -> None:
        """Fail ``reply`` with ``AskTimeout(path, timeout)`` unless it is answered within
        ``left`` seconds (default: ``timeout``)."""
        wait = timeout if left is None else left
        queue = self._queues.get(wait)
        if queue is None:
            queue = self._queues[wait] = deque()
        else:
            while queue and queue[0][1].done():  # answered: nothing left to time out
                queue.popleft()
        deadline = self._clock() + wait
        queue.append((deadline, reply, path, timeout))
        if deadline < self._next:
            self._next = deadline
            self._wake.set()

    def _expire(self, now: float) -> None:
        for wait, queue in list(self._queues.items()):
            while queue and queue[0][0] <= now:
                _, reply, path, timeout = queue.popleft()
                if not reply.done():
                    reply.set_exception(AskTimeout(path, timeout))
            # Answered asks that have not expired stay: the front keeps ``_next``, so the
            # asks after it (later deadlines) never need to wake the watcher; ``add``
            # drops them as it goes.
            if not queue:
                del self._queues[wait]

    async def run(self) -> None:
        while True:
            now = self._clock()
            self._expire(now)
            self._next = min((q[0][0] for q in self._queues.values()), default=math.inf)
            self._wake = self._event()
            with anyio.move_on_after(self._next - now):
                await self._wake.wait()

    def __len__(self) -> int:
        return sum(len(q) for q in self._queues.values())


class ActorSystem:
    """The running system. Made by :meth:`start`; there is no public constructor."""

    def __init__(self) -> None:
        raise TypeError("ActorSystem is made by ActorSystem.start(root)")

    events: EventBus
    """Lifecycle events: subscribe, add listeners, read counts."""
    rng: random.Random
    """The system's random source (backoff jitter); seed it through ``start(seed=...)``."""
    now: Callable[[], float]
    """``anyio.current_time()``, read straight from the running loop (no backend lookup per
    call): the kernel's and the supervisors' monotonic clock, virtual under trio's
    ``MockClock``."""
    _cells: dict[str, Cell]
    _names: dict[str, set[str]]
    _tg: anyio.abc.TaskGroup
    _event: Callable[[], anyio.Event]
    _waiter: Callable[[], Waiter]
    _one_shot: Callable[[], OneShot]
    _root: Cell | None
    _root_exit: Exit | None
    _finished: anyio.Event
    _shutdown_requested: bool
    _shutting_down: bool
    """Set when the shutdown begins: from then on a message dead-lettered as ``stopped``
    (queued when its actor was closed or removed) is a ``shutdown`` letter."""
    _requested_code: int
    _deadlines: _Deadlines

    @classmethod
    @asynccontextmanager
    async def start(
        cls,
        root: HasProps | Props,
        *,
        name: str = "root",
        handle_signals: bool = False,
        seed: int | None = None,
    ) -> AsyncIterator[ActorSystem]:
        """Start the root actor and yield the running system; shut down on exit.

        Raises ``StartFailed`` when the root fails to start."""
        system = object.__new__(cls)
        system._setup(seed)
        props = root if isinstance(root, Props) else root.props
        name = name if isinstance(root, Props) else root.id
        error: Exception | None = None  # raised after the task group, not wrapped in a group
        current = _CURRENT.set(system)
        try:
            async with anyio.create_task_group() as tg:
                system._tg = tg
                tg.start_soon(system._deadlines.run, name="ask-deadlines")
                if handle_signals:
                    tg.start_soon(system._watch_signals, name="signals")
                cell = system._spawn(None, None, name, props)
                system._root = cell
                try:
                    if await cell.start() is IGNORE:  # the root declined: it ended normally
                        system._root_exited(Exit(ExitKind.NORMAL, None, "ignore"))
                    yield system
                except Exception as raised:
                    error = raised
                finally:
                    with anyio.CancelScope(shield=True):
                        await system._shutdown()
                    tg.cancel_scope.cancel()
        finally:
            _CURRENT.reset(current)
        if error is not None:
            raise error

    def _setup(self, seed: int | None) -> None:
        self.events = EventBus()
        self.rng = random.Random(seed)
        self._cells = {}
        self._names = {}
        self._event = type(anyio.Event())
        self._waiter = single_waiter_factory()
        self._one_shot = one_shot_factory()
        self.now = monotonic_clock()
        self._root = None
        self._root_exit = None
        self._finished = anyio.Event()
        self._shutdown_requested = False
        self._shutting_down = False
        self._requested_code = 0
        self._deadlines = _Deadlines(self._event, self.now)

    # -- names -------------------------------------------------------------------------

    def ref(self, name: str) -> ActorRef:
        """The ref of the actor with this path (``root/bot/dialogs``) or, when unique, this
        name (``dialogs``). Raises ``ActorNotFound``."""
        cell = self._cells.get(name)
        if cell is None:
            paths = self._names.get(name, set())
            if len(paths) > 1:
                raise ActorNotFound(name, f"ambiguous, use a path: {sorted(paths)}")
            if not paths:
                raise ActorNotFound(name)
            cell = self._cells[next(iter(paths))]
        return cell.ref

    def actors(self) -> list[Cell]:
        """Every live slot, in path order (for health reports and tests)."""
        return [self._cells[p] for p in sorted(self._cells)]

    def _spawn(self, parent: Cell | None, host: ActorContext | None, name: str,
               props: Props) -> Cell:
        if not name or "/" in name:
            raise ValueError(f"actor names are non-empty and have no '/': {name!r}")
        path = name if parent is None else f"{parent.path}/{name}"
        cell = self._cells.get(path)
        if cell is not None:
            cell._host = host
            cell.props = props
            return cell
        cell = Cell._make(self, parent, host, name, path, props)
        self._cells[path] = cell
        self._names.setdefault(name, set()).add(path)
        if parent is not None:
            parent._kids[name] = cell
        return cell

    def _unregister(self, cell: Cell, reason: str) -> None:
        if self._cells.get(cell.path) is cell:
            del self._cells[cell.path]
            paths = self._names.get(cell.name)
            if paths is not None:
                paths.discard(cell.path)
                if not paths:
                    del self._names[cell.name]
        parent = cell.parent
        if parent is not None and parent._kids.get(cell.name) is cell:
            del parent._kids[cell.name]
        # Each cell knows its children, so retiring one of ten thousand siblings costs the
        # same as retiring one of ten (no scan of every path in the system).
        for kid in list(cell._kids.values()):
            kid.retire(reason)

    def _close_descendants(self, cell: Cell, reason: str) -> None:
        for kid in list(cell._kids.values()):
            kid._drain(reason)
            self._close_descendants(kid, reason)

    def _dead_letter(self, path: str, message: Any, reason: str,
                     error: BaseException | None, attempts: int) -> None:
        if reason == "stopped" and self._shutting_down:
            reason = "shutdown"  # a supervisor removing its children as the system stops
        self.events.publish(DeadLettered(
            path=path, at=self.now(), message=message, reason=reason,
            error=None if error is None else repr(error), attempts=attempts,
        ))

    # -- running and stopping ----------------------------------------------------------

    def _root_exited(self, exit: Exit) -> None:
        self._root_exit = exit
        self._finished.set()

    @property
    def root_exit(self) -> Exit | None:
        """How the root ended on its own, or ``None`` while it runs or was stopped."""
        return self._root_exit

    @property
    def exit_code(self) -> int:
        """1 when the root ended on its own abnormally (crashed, or a supervisor that gave
        up), so systemd or the orchestrator restarts the process; else the code given to
        ``request_shutdown`` (0 by default). A root supervisor that shut itself down
        because its significant children ended (detail ``auto_shutdown``) finished its
        work: that is not abnormal."""
        exit = self._root_exit
        if exit is not None and exit.kind is not ExitKind.NORMAL and (
                exit.detail != "auto_shutdown"):
            return 1
        return self._requested_code

    def request_shutdown(self, exit_code: int = 0) -> None:
        """Make ``wait()`` return; leaving ``start()``'s block then shuts down. A non-zero
        ``exit_code`` (the first one asked for wins) becomes ``exit_code``: an actor that
        finds the configuration unusable (78, EX_CONFIG) ends the process with it."""
        if exit_code and not self._requested_code:
            self._requested_code = exit_code
        self._shutdown_requested = True
        self._finished.set()

    async def wait(self) -> Exit | None:
        """Until the root ends on its own or shutdown is requested; the root's exit or None."""
        await self._finished.wait()
        return self._root_exit

    async def _shutdown(self) -> None:
        self._shutting_down = True
        root = self._root
        if root is not None and root.running:
            await root.stop(None)
        for cell in sorted(self._cells.values(), key=lambda c: -c.path.count("/")):
            cell.retire("shutdown")
        self._finished.set()

    async def _watch_signals(self) -> None:
        with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
            async for _ in signals:
                if self._shutdown_requested:
                    self._tg.cancel_scope.cancel()
                    return
                self.request_shutdown()


def run(
    root: HasProps | Props,
    *,
    backend: str = "asyncio",
    use_uvloop: bool = False,
    handle_signals: bool = True,
    until: Callable[[ActorSystem], Any] | None = None,
) -> int:
    """Run a system until SIGTERM/SIGINT, the root ending, or ``await until(system)``
    returning; return the process exit code (``ActorSystem.exit_code``)."""

    async def main() -> int:
        async with ActorSystem.start(root, handle_signals=handle_signals) as system:
            if until is None:
                await system.wait()
            else:
                async with anyio.create_task_group() as tg:

                    async def stop_when_done() -> None:
                        await until(system)
                        system.request_shutdown()

                    tg.start_soon(stop_when_done)
                    await system.wait()
                    tg.cancel_scope.cancel()
        return system.exit_code

    options: dict[str, Any] = {"use_uvloop": True} if backend == "asyncio" and use_uvloop else {}
    result: int = anyio.run(main, backend=backend, backend_options=options)
    return result


