"""Cells run incarnations; refs address them.

A :class:`Cell` is a child's slot: its mailbox, its ref and the message in flight belong to
the cell and survive restarts; each *incarnation* runs one fresh actor instance against
that mailbox. The parent starts and stops incarnations and, when one ends on its own, gets
a ``_ChildExited`` on its control lane. The workflow of one incarnation:

``_slot`` → ``_incarnation`` → ``_live`` → (``_receive_loop``) | ``_run_loop`` →
``_finish``; a crash in a handler keeps the message in flight, and ``_settle_in_flight``
decides at once whether the next incarnation gets it again or it is dead-lettered.

One task (``_slot``) runs a cell's successive incarnations: between two it parks, and a
restart wakes it instead of spawning a task (spawning one through anyio costs more than
all the rest of a restart). Its cancel scope is the kill switch: a kill ends the running
incarnation and the task, and the next start spawns a fresh one. Context variables an
incarnation sets are therefore seen by the next incarnation of the same cell: set them
per message (and reset them), not per incarnation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import anyio
import anyio.lowlevel

from ._actor import (
    IGNORE,
    Actor,
    ActorContext,
    Exit,
    ExitKind,
    InFlight,
    Props,
    StopActor,
    is_loop_actor,
)
from ._backend import OneShot, Waiter
from ._errors import ActorCrashed, ActorStopped, AskTimeout, MailboxFull, StartFailed
from ._events import Crashed, Started, Stopped
from ._mailbox import FAIRNESS_BATCH, Mailbox, Overflow

if TYPE_CHECKING:
    from ._system import ActorSystem

_NOTHING: Any = object()


class _Ask:
    """A user-lane envelope for an ask: the message and the one-shot future its answer
    lands in (``_backend.OneShot``). Answering checks ``done()`` first, so a second
    answer, or one after the asker left (timed out, cancelled), is a no-op."""

    __slots__ = ("message", "reply")

    def __init__(self, message: Any, reply: OneShot) -> None:
        self.message = message
        self.reply = reply


class _Stop:
    """Control item: stop the given incarnation gracefully (stale ones are ignored)."""

    __slots__ = ("incarnation",)

    def __init__(self, incarnation: int) -> None:
        self.incarnation = incarnation


class _ChildExited:
    """Control item for a parent: a child's incarnation ended on its own."""

    __slots__ = ("cell", "exit", "incarnation")

    def __init__(self, cell: Cell, incarnation: int, exit: Exit) -> None:
        self.cell = cell
        self.incarnation = incarnation
        self.exit = exit


class _TaskFailed:
    """Control item: a background task of the given incarnation raised ``error``."""

    __slots__ = ("error", "incarnation")

    def __init__(self, incarnation: int, error: Exception) -> None:
        self.incarnation = incarnation
        self.error = error


class _TaskError(Exception):
    """Carries a background task's error out of the loops, so the crash says phase "task"."""

    def __init__(self, error: Exception) -> None:
        super().__init__(error)
        self.error = error


class _StartSignal:
    """How a start ended: ``error`` when it failed, else ``result`` (what ``started()``
    returned, or ``IGNORE``). ``done`` is a one-shot future only the starter awaits."""

    __slots__ = ("done", "error", "finished", "result")

    def __init__(self, done: OneShot) -> None:
        self.done = done
        self.error: BaseException | None = None
        self.result: Any = None
        self.finished = False

    def set(self) -> None:
        self.finished = True
        if not self.done.done():  # (done already: the starter was cancelled)
            self.done.set_result(None)


def unwrap(item: Any) -> Any:
    """The message inside a mailbox item (asks are wrapped)."""
    return item.message if type(item) is _Ask else item


class ActorRef:
    """A stable address: the same ref reaches every incarnation of the actor at its path.

    ``tell`` enqueues (waiting for room under the ``block`` policy), ``tell_nowait`` never
    waits, ``ask`` waits for the handler's return value. Made by the runtime
    (``system.ref(name)``, ``ctx.self``)."""

    __slots__ = ("_cell", "path")

    def __init__(self) -> None:
        raise TypeError("ActorRef is made by the runtime: use system.ref(name) or ctx.self")

    @classmethod
    def _make(cls, cell: Cell) -> ActorRef:
        ref = object.__new__(cls)
        ref._cell = cell
        ref.path = cell.path
        return ref

    _cell: Cell
    path: str

    @property
    def name(self) -> str:
        return self._cell.name

    def _live_cell(self) -> Cell:
        cell = self._cell
        if cell.retired:
            cell = cell.system._cells.get(self.path, cell)
            if cell.retired:
                raise ActorStopped(self.path)
            self._cell = cell
        return cell

    async def tell(self, message: Any) -> None:
        """Enqueue ``message``. Raises ``ActorStopped`` if the actor is stopped for good,
        ``MailboxFull`` under the ``reject`` policy."""
        cell = self._cell
        if cell.retired:
            cell = self._live_cell()
        await cell.mailbox.put(message)

    def tell_nowait(self, message: Any) -> None:
        """Enqueue without waiting; ``MailboxFull`` when full (``drop_oldest`` evicts
        instead), ``ActorStopped`` when stopped for good."""
        cell = self._cell
        if cell.retired:
            cell = self._live_cell()
        cell.mailbox.put_nowait(message)

    async def ask(self, message: Any, *, timeout: float | None = 5.0) -> Any:
        """Send ``message`` and wait for the handler's return value.

        Raises ``AskTimeout`` after ``timeout`` seconds (the late reply is discarded),
        ``ActorCrashed`` when the message was given up after crashing its handler (with a
        redelivery policy the reply of a successful redelivery is returned instead), and
        ``ActorStopped`` when the actor is stopped for good before answering.

        The timeout is kept by the system's deadline watcher, not by a cancel scope per
        ask: the common case (room in the mailbox) costs one enqueue, one deque append and
        one wait on a bare future (the same wait ``asyncio.Queue`` uses)."""
        cell = self._cell
        if cell.retired:
            cell = self._live_cell()
        system = cell.system
        reply = system._one_shot()
        envelope = _Ask(message, reply)
        try:
            cell.mailbox.put_nowait(envelope)
        except MailboxFull:
            if cell.mailbox.overflow is not Overflow.BLOCK:
                raise
            await self._put_before_deadline(cell, envelope, timeout)
        else:
            if timeout is not None:
                system._deadlines.add(reply, self.path, timeout)
        return await reply

    async def _put_before_deadline(self, cell: Cell, envelope: _Ask, timeout: float | None) -> None:
        """Slow path of ``ask``: wait for room in a full mailbox within the timeout."""
        if timeout is None:
            await cell.mailbox.put(envelope)
            return
        now = cell.system.now
        deadline = now() + timeout
        with anyio.move_on_after(timeout):
            await cell.mailbox.put(envelope)
            cell.system._deadlines.add(envelope.reply, self.path, timeout, deadline - now())
            return
        raise AskTimeout(self.path, timeout)

    def __repr__(self) -> str:
        return f"<ActorRef {self.path}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ActorRef) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)


class Cell:
    """A child slot: mailbox, ref and in-flight message that outlive incarnations.

    The parent drives it: ``await start()`` runs a new incarnation and returns once its
    ``started()`` did (``StartFailed`` otherwise), ``await stop(timeout)`` ends it
    (``None``: wait forever, ``0``: kill at once), ``retire(reason)`` closes the slot for
    good and dead-letters what it still holds. Made by ``ctx.spawn``."""

    def __init__(self) -> None:
        raise TypeError("Cell is made by the runtime: use ctx.spawn(name, props)")

    @classmethod
    def _make(
        cls,
        system: ActorSystem,
        parent: Cell | None,
        host: ActorContext | None,
        name: str,
        path: str,
        props: Props,
    ) -> Cell:
        cell = object.__new__(cls)
        cell.system = system
        cell.parent = parent
        cell._host = host
        cell.name = name
        cell.path = path
        cell.props = props
        cell.mailbox = Mailbox(
            path, props.capacity, props.overflow, cell._dead_letter_item, system._one_shot
        )
        cell.ref = ActorRef._make(cell)
        cell.incarnation = 0
        cell.running = False
        cell.retired = False
        cell.last_exit = None
        cell._scope = None
        cell._done = None
        cell._stop_requested = False
        cell._in_flight = _NOTHING
        cell._attempts = 0
        cell._kids = {}
        cell._parked = None
        cell._next = None
        cell._slot_tg = None
        return cell

    system: ActorSystem
    parent: Cell | None
    _host: ActorContext | None
    name: str
    path: str
    props: Props
    mailbox: Mailbox
    ref: ActorRef
    incarnation: int
    running: bool
    retired: bool
    last_exit: Exit | None
    _scope: anyio.CancelScope | None
    _done: Waiter | None
    _stop_requested: bool
    _in_flight: Any
    _attempts: int
    _kids: dict[str, Cell]  # child slots by name (kept by the system)
    _parked: OneShot | None  # set while the slot task waits for the next start
    _next: _StartSignal | None  # the start handed to the parked slot task
    _slot_tg: anyio.abc.TaskGroup | None  # where the slot task runs

    def __repr__(self) -> str:
        state = "running" if self.running else ("retired" if self.retired else "idle")
        return f"<Cell {self.path} #{self.incarnation} {state}>"

    @property
    def in_flight(self) -> Any:
        """The message held for redelivery (``None`` when there is none)."""
        return None if self._in_flight is _NOTHING else unwrap(self._in_flight)

    # -- parent's side -----------------------------------------------------------------

    async def start(self) -> Any:
        """Start a new incarnation and wait until its ``started()`` returned; return what
        it returned (``None``, start info, or ``IGNORE`` when the factory or ``started()``
        declined: the slot is then idle again).

        Raises ``StartFailed`` (the cause attached) when the factory or ``started()`` raise;
        the slot then stays idle, and nothing is reported to the parent's control lane."""
        if self.running:
            raise RuntimeError(f"{self.path} is already running")
        if self.retired:
            raise ActorStopped(self.path)
        self.mailbox.reopen()
        tg = self._host._tg if self._host is not None else self.system._tg
        assert tg is not None
        signal = _StartSignal(self.system._one_shot())
        self.running = True
        parked = self._parked
        if parked is not None and self._slot_tg is tg:
            self._parked = None
            self._next = signal
            if not parked.done():
                parked.set_result(None)
        else:  # the first start, or after a kill, or under a new host
            self._parked = None
            self._slot_tg = tg
            tg.start_soon(self._slot, signal, name=self.path)
        await signal.done
        if signal.error is not None:
            raise StartFailed(self.path, signal.error)
        return signal.result

    async def stop(self, timeout: float | None) -> Exit:
        """End the running incarnation: ask it to stop, wait ``timeout`` seconds (``None``:
        forever), then cancel it; ``0`` cancels at once (brutal). Returns its exit; the
        parent's control lane hears nothing of a stop it asked for."""
        if not self.running or self._done is None:
            return self.last_exit or Exit(ExitKind.SHUTDOWN)
        await Cell.stop_all([self], timeout)
        return self.last_exit or Exit(ExitKind.KILLED)

    @staticmethod
    async def stop_all(cells: Sequence[Cell], timeout: float | None) -> None:
        """Stop every running incarnation among ``cells`` at once under one shared timer:
        all are asked to stop together (cancelled at once when ``timeout`` is 0), get
        ``timeout`` seconds between them (``None``: forever), and those still running then
        are cancelled. OTP's shutdown of a simple_one_for_one supervisor's children."""
        live = [cell for cell in cells if cell.running and cell._done is not None]
        brutal = timeout is not None and timeout <= 0
        for cell in live:
            cell._stop_requested = True
            if brutal:
                cell._kill()
            else:
                cell.mailbox.put_control(_Stop(cell.incarnation))
        if timeout is not None and not brutal:
            with anyio.move_on_after(timeout):
                for cell in live:
                    await cell._wait_done()
            for cell in live:
                cell._kill()
        for cell in live:
            await cell._wait_done()

    def _kill(self) -> None:
        done, scope = self._done, self._scope
        if done is not None and not done.is_set() and scope is not None:
            scope.cancel()

    async def _wait_done(self) -> None:
        done = self._done
        if done is not None:
            await done.wait()

    def close(self, reason: str = "stopped") -> None:
        """Stop taking messages until the next ``start()``: the mailbox refuses them (senders
        get ``ActorStopped``), and the message in flight and the queued ones are
        dead-lettered with ``reason``. The slot stays registered (its incarnations keep
        counting); its descendants close too."""
        self._drain(reason)
        self.system._close_descendants(self, reason)

    def retire(self, reason: str = "stopped") -> None:
        """Close the slot for good and forget it; descendants retire too."""
        if self.retired:
            return
        self.retired = True
        self._drain(reason)
        self.system._unregister(self, reason)
        parked = self._parked
        if parked is not None and not parked.done():  # let the slot task end
            self._parked = self._next = None
            parked.set_result(None)

    def _drain(self, reason: str) -> None:
        leftovers = self.mailbox.close()
        if self._in_flight is not _NOTHING:
            item, self._in_flight = self._in_flight, _NOTHING
            self._dead_letter(item, reason, None, self._attempts)
        for item in leftovers:
            self._dead_letter(item, reason, None, 0)

    # -- the incarnation ---------------------------------------------------------------

    async def _slot(self, signal: _StartSignal) -> None:
        """The cell's task: run an incarnation, park until the next ``start()``, run that
        one, and so on, until the cell is retired or its host ends. A kill (``_kill``)
        cancels this task's scope: the incarnation under way ends as killed, and so does
        the task."""
        scope = self._scope = anyio.CancelScope()
        park: OneShot | None = None
        running: int | None = None  # the incarnation under way, if one is
        try:
            with scope:
                next_signal: _StartSignal | None = signal
                while next_signal is not None:
                    running = self.incarnation + 1
                    await self._incarnation(next_signal)
                    running = None
                    if self.retired:
                        break
                    park = self._parked = self.system._one_shot()
                    await park
                    park = None
                    next_signal, self._next = self._next, None
        finally:
            if self._scope is scope:
                self._scope = None
            if park is not None and self._parked is park:
                self._parked = None
        if scope.cancelled_caught and running is not None:
            self._killed(running)

    async def _incarnation(self, signal: _StartSignal) -> None:
        self.incarnation += 1
        incarnation = self.incarnation
        self._stop_requested = False
        done = self._done = self.system._waiter()
        exit: Exit | None = None
        try:
            exit = await self._live(incarnation, signal)
        finally:
            self.running = False
            self.last_exit = exit if exit is not None else Exit(ExitKind.KILLED)
            if not signal.finished:
                signal.error = signal.error or RuntimeError("cancelled while starting")
                signal.set()
            done.set()
        if signal.error is None and signal.result is not IGNORE:
            self._finish(incarnation, exit)

    async def _live(self, incarnation: int, signal: _StartSignal) -> Exit:
        ctx = ActorContext._make(self, incarnation)
        try:
            actor = self._birth(ctx, incarnation, signal)
            if actor is None:
                if signal.result is IGNORE:
                    return Exit(ExitKind.NORMAL, None, "ignore")
                return Exit(ExitKind.CRASHED, signal.error, "start")
            if not actor.hosts_children:
                return await self._serve(actor, ctx, incarnation, signal)
            async with anyio.create_task_group() as host:
                ctx._tg = host
                exit = await self._serve(actor, ctx, incarnation, signal)
                host.cancel_scope.cancel()
            return exit
        finally:
            ctx._cancel_timers()

    def _birth(self, ctx: ActorContext, incarnation: int, signal: _StartSignal) -> Actor | None:
        try:
            actor = self.props.factory()
            if actor is IGNORE:
                signal.result = IGNORE
                signal.set()
                return None
            if not isinstance(actor, Actor):
                raise TypeError(f"factory of {self.path} returned {actor!r}, not an Actor")
        except Exception as error:
            self._start_failed(incarnation, signal, error)
            return None
        actor._ctx = ctx
        return actor

    def _start_failed(self, incarnation: int, signal: _StartSignal, error: Exception) -> None:
        signal.error = error
        signal.set()
        self._publish_crash(incarnation, "start", error)

    async def _serve(
        self, actor: Actor, ctx: ActorContext, incarnation: int, signal: _StartSignal
    ) -> Exit:
        try:
            # The base class's started() returns None: skipping its coroutine is a
            # measurable share of a restart.
            result = None if type(actor).started is Actor.started else await actor.started()
        except Exception as error:
            self._start_failed(incarnation, signal, error)
            return Exit(ExitKind.CRASHED, error, "start")
        signal.result = result
        signal.set()
        if result is IGNORE:  # declined: no events, no stopped(), the parent is not told
            return Exit(ExitKind.NORMAL, None, "ignore")
        system = self.system
        system.events.publish(Started(path=self.path, at=system.now(),
                                      incarnation=incarnation))
        phase = "run" if is_loop_actor(actor) else "receive"
        try:
            if phase == "run":
                exit = await self._run_loop(actor, incarnation)
            else:
                exit = await self._receive_loop(actor, ctx, incarnation)
        except StopActor as stop:
            item, self._in_flight = self._in_flight, _NOTHING
            if type(item) is _Ask and not item.reply.done():
                item.reply.set_exception(ActorStopped(self.path))
            exit = Exit(stop.kind, None, stop.detail)
        except Exception as error:
            if type(error) is _TaskError:
                phase, error = "task", error.error
            self._settle_in_flight(error)
            self._publish_crash(incarnation, phase, error)
            exit = Exit(ExitKind.CRASHED, error, phase)
        try:
            return await self._call_stopped(actor, incarnation, exit)
        finally:
            # A crash's traceback holds this frame: dropping ``exit`` (which holds the
            # error) leaves no error -> traceback -> frame -> exit cycle, so a crashed
            # incarnation is freed by reference counting, not by a garbage collection
            # pass (those passes were most of the restart latency's tail).
            del exit

    async def _call_stopped(self, actor: Actor, incarnation: int, exit: Exit) -> Exit:
        try:
            # (the base class's stopped() does nothing: no coroutine for it on a restart)
            if type(actor).stopped is not Actor.stopped:
                await actor.stopped(exit)
        except Exception as error:
            self._publish_crash(incarnation, "stopped", error)
            if exit.normal:
                exit = Exit(ExitKind.CRASHED, error, "stopped")
        if exit.normal:
            self.system.events.publish(Stopped(
                path=self.path, at=self.system.now(), incarnation=incarnation,
                reason=exit.kind.value, detail=exit.detail,
            ))
        return exit

    def _killed(self, incarnation: int) -> None:
        self.system.events.publish(Stopped(
            path=self.path, at=self.system.now(), incarnation=incarnation,
            reason=ExitKind.KILLED.value,
        ))

    def _task_failed(self, incarnation: int, error: Exception) -> None:
        """A background task (``ActorContext.start_soon``) raised: crash its incarnation."""
        if self.running and self.incarnation == incarnation:
            self.mailbox.put_control(_TaskFailed(incarnation, error))

    def _finish(self, incarnation: int, exit: Exit | None) -> None:
        if exit is None or self._stop_requested:
            return
        parent = self.parent
        if parent is None:
            self.system._root_exited(exit)
        elif not parent.retired:
            parent.mailbox.put_control(_ChildExited(self, incarnation, exit))

    # -- receiving ---------------------------------------------------------------------

    async def _receive_loop(self, actor: Actor, ctx: ActorContext, incarnation: int) -> Exit:
        if self._in_flight is not _NOTHING:
            await self._handle_one(actor, ctx, self._in_flight, self._attempts + 1)
        mailbox = self.mailbox
        control = mailbox._control
        user = mailbox._user
        receive = actor.receive
        checkpoint = anyio.lowlevel.checkpoint
        streak = 0
        # The loop takes items and handles first deliveries inline, with locals for what
        # it touches: a call per message (get, _handle_one) is a measurable share of a
        # hand-over. Redeliveries, control items and waits take the slower paths.
        while True:
            if control:
                item = control.popleft()
            elif user:
                item = mailbox.get_nowait()
            else:
                streak = 0
                await mailbox.wait_for_item()
                continue
            streak += 1
            if streak >= FAIRNESS_BATCH:
                streak = 0
                await checkpoint()
            kind = type(item)
            if kind is _Ask:
                self._in_flight = item
                self._attempts = ctx.attempt = 1
                result = await receive(item.message)
                self._in_flight = _NOTHING
                reply = item.reply
                if not reply.done():
                    reply.set_result(result)
            elif kind is _Stop:
                if item.incarnation == incarnation:
                    return Exit(ExitKind.SHUTDOWN)
            elif kind is _ChildExited:
                await actor.child_exited(item.cell, item.incarnation, item.exit)
            elif kind is _TaskFailed:
                if item.incarnation == incarnation:
                    raise _TaskError(item.error)
            else:
                self._in_flight = item
                self._attempts = ctx.attempt = 1
                await receive(item)
                self._in_flight = _NOTHING

    async def _handle_one(self, actor: Actor, ctx: ActorContext, item: Any, attempt: int) -> None:
        """Deliver a redelivered message (the loop above inlines first deliveries)."""
        self._in_flight = item
        self._attempts = attempt
        ctx.attempt = attempt
        if type(item) is _Ask:
            result = await actor.receive(item.message)
            self._in_flight = _NOTHING
            if not item.reply.done():
                item.reply.set_result(result)
        else:
            await actor.receive(item)
            self._in_flight = _NOTHING

    def _settle_in_flight(self, error: Exception) -> None:
        """After a crash: keep the message for the next incarnation, or give it up."""
        item = self._in_flight
        if item is _NOTHING:
            return
        props = self.props
        if props.in_flight is InFlight.DROP:
            reason = "dropped"
        elif self._attempts > props.max_redeliveries:
            reason = "poison"
        else:
            return
        self._in_flight = _NOTHING
        self._dead_letter(item, reason, error, self._attempts)

    async def _run_loop(self, actor: Actor, incarnation: int) -> Exit:
        outcome: list[BaseException | Exit] = []
        stopped = False
        async with anyio.create_task_group() as tg:

            async def body() -> None:
                try:
                    await actor.run()
                    outcome.append(Exit(ExitKind.NORMAL))
                except StopActor as stop:
                    outcome.append(Exit(stop.kind, None, stop.detail))
                except Exception as error:
                    outcome.append(error)
                tg.cancel_scope.cancel()

            tg.start_soon(body, name=f"{self.path}.run")
            while True:
                item = await self.mailbox.get_control()
                if type(item) is _Stop:
                    if item.incarnation == incarnation:
                        stopped = True
                        tg.cancel_scope.cancel()
                        break
                elif type(item) is _ChildExited:
                    await actor.child_exited(item.cell, item.incarnation, item.exit)
                elif type(item) is _TaskFailed and item.incarnation == incarnation:
                    outcome.append(_TaskError(item.error))
                    tg.cancel_scope.cancel()
                    break
        if outcome and isinstance(outcome[0], Exception):
            raise outcome[0]
        if outcome and isinstance(outcome[0], Exit):
            return outcome[0]
        return Exit(ExitKind.SHUTDOWN if stopped else ExitKind.NORMAL)

    # -- events and dead letters -------------------------------------------------------

    def _publish_crash(self, incarnation: int, phase: str, error: BaseException) -> None:
        self.system.events.publish(Crashed(
            path=self.path, at=self.system.now(), incarnation=incarnation, phase=phase,
            error=repr(error), exc=error,
        ))

    def _dead_letter_item(self, item: Any, reason: str) -> None:
        self._dead_letter(item, reason, None, 0)

    def _dead_letter(
        self, item: Any, reason: str, error: BaseException | None, attempts: int
    ) -> None:
        if type(item) is _Ask:
            reply = item.reply
            if not reply.done():
                reply.set_exception(ActorCrashed(self.path, error, attempts) if error is not None
                                    else ActorStopped(self.path))
        self.system._dead_letter(self.path, unwrap(item), reason, error, attempts)
