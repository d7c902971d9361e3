"""The supervisor actor: OTP's supervisor semantics on the runtime's cells, plus backoff.

Everything that changes a supervisor's state — child exits (on the control lane), API
requests (asks), backoff timers and restart retries (messages to itself) — is handled one
at a time in its own mailbox, as in OTP, so a pending restart never blocks
``which_children`` and friends. The failure path reads as a chain:

``child_exited`` → ``_on_failure`` (intensity, bystanders, backoff) → ``_restart_group``
→ ``_start`` (a failed start marks the child restarting and schedules ``_RetryRestart``,
which goes through ``_on_failure`` again, so it counts) — or ``_give_up``, which stops
every child in reverse start order and ends this supervisor with reason shutdown
(``reached_max_restart_intensity``) for its parent to handle (escalation).
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import anyio

from runtime import (
    Actor,
    ActorRef,
    Escalated,
    Exit,
    ExitKind,
    IntensityExceeded,
    Message,
    Restarting,
    StartFailed,
    StopActor,
    Timer,
)
from runtime.lowlevel import Cell

from ._errors import (
    AlreadyPresent,
    AlreadyStarted,
    ChildNotFound,
    ChildRestarting,
    ChildRunning,
    SimpleOneForOneOnly,
    SupervisorError,
)
from ._intensity import RestartIntensity
from ._spec import ChildSpec, ChildType, Restart, Strategy, SupervisorFlags, check_child_specs


class ChildState(enum.Enum):
    """A child as its supervisor sees it."""

    RUNNING = "running"  # an incarnation is up
    UNDEFINED = "undefined"  # not running, spec kept (OTP: pid undefined)
    RESTARTING = "restarting"  # a restart is pending: backoff delay or retry of a failed start


@dataclass(frozen=True, slots=True)
class ChildInfo:
    """One row of ``which_children``."""

    id: str
    ref: ActorRef | None
    state: ChildState
    type: ChildType
    incarnation: int
    restarts: int


@dataclass(frozen=True, slots=True)
class ChildCounts:
    """``count_children``: specs (all), active (running), supervisors and workers (by type)."""

    specs: int
    active: int
    supervisors: int
    workers: int


# -- requests (asks to the supervisor) and its own timers --------------------------------


class StartChild(Message, frozen=True, kw_only=True):
    spec: Any = None  # ChildSpec (static strategies)
    args: tuple[Any, ...] = ()  # simple_one_for_one: arguments for the template


class TerminateChild(Message, frozen=True, kw_only=True):
    id: str


class RestartChild(Message, frozen=True, kw_only=True):
    id: str


class DeleteChild(Message, frozen=True, kw_only=True):
    id: str


class WhichChildren(Message, frozen=True, kw_only=True):
    pass


class CountChildren(Message, frozen=True, kw_only=True):
    pass


class GetChildSpec(Message, frozen=True, kw_only=True):
    id: str


class _RestartDue(Message, frozen=True, kw_only=True):
    id: str
    token: int


class _RetryRestart(Message, frozen=True, kw_only=True):
    id: str
    token: int


class _Child:
    __slots__ = ("cell", "dynamic", "failures", "restarts", "spec", "state", "timer", "token",
                 "up_since")

    def __init__(self, spec: ChildSpec, dynamic: bool) -> None:
        self.spec = spec
        self.dynamic = dynamic
        self.cell: Cell | None = None
        self.state = ChildState.UNDEFINED
        self.failures = 0
        self.restarts = 0
        self.up_since: float | None = None
        self.timer: Timer | None = None
        self.token = 0


_tokens = itertools.count(1)


class Supervisor(Actor):
    """A supervisor: starts ``children`` in order and keeps them alive per ``flags``."""

    hosts_children = True

    def __init__(self, flags: SupervisorFlags, children: Sequence[ChildSpec] = ()) -> None:
        check_child_specs(children, flags.strategy)
        self.flags = flags
        self._specs = tuple(children)
        self._children: list[_Child] = []
        self._by_id: dict[str, _Child] = {}
        self._intensity = RestartIntensity(flags.max_restarts, flags.within)
        self._instances = itertools.count(1)

    @property
    def _simple(self) -> bool:
        return self.flags.strategy is Strategy.SIMPLE_ONE_FOR_ONE

    # -- lifecycle ---------------------------------------------------------------------

    async def started(self) -> None:
        if self._simple:
            return
        for spec in self._specs:
            child = self._add(spec, dynamic=False)
            try:
                await self._start(child)
            except StartFailed:
                self._remove(child, "stopped")
                await self._stop_all()
                raise

    async def stopped(self, exit: Exit) -> None:
        await self._stop_all()
        for child in list(self._children):
            if child.dynamic or child.spec.restart is Restart.TEMPORARY:
                self._remove(child, "stopped")

    # -- requests ----------------------------------------------------------------------

    async def receive(self, message: Any) -> Any:
        try:
            return await self._dispatch(message)
        except (SupervisorError, StartFailed) as error:
            return _Failure(error)

    async def _dispatch(self, message: Any) -> Any:
        kind = type(message)
        if kind is _RestartDue:
            return await self._restart_due(message)
        if kind is _RetryRestart:
            return await self._retry_restart(message)
        if kind is StartChild:
            return await self._start_child(message)
        if kind is TerminateChild:
            return await self._terminate_child(message.id)
        if kind is RestartChild:
            return await self._restart_child(message.id)
        if kind is DeleteChild:
            return self._delete_child(message.id)
        if kind is WhichChildren:
            return self._which_children()
        if kind is CountChildren:
            return self._count_children()
        if kind is GetChildSpec:
            return self._child(message.id).spec
        raise TypeError(f"supervisor {self.ctx.path} got an unknown request {message!r}")

    async def _start_child(self, request: StartChild) -> ActorRef:
        if self._simple:
            template = self._specs[0]
            spec = template.with_args(f"{template.id}-{next(self._instances)}", request.args)
        else:
            spec = request.spec
            if not isinstance(spec, ChildSpec):
                raise SimpleOneForOneOnly("start_child with arguments needs simple_one_for_one")
            check_child_specs([spec], self.flags.strategy)
            existing = self._by_id.get(spec.id)
            if existing is not None:
                if existing.state is ChildState.RUNNING:
                    raise AlreadyStarted(spec.id)
                raise AlreadyPresent(spec.id)
        child = self._add(spec, dynamic=True)
        try:
            await self._start(child)
        except StartFailed:
            self._remove(child, "stopped")
            raise
        assert child.cell is not None
        return child.cell.ref

    async def _terminate_child(self, child_id: str) -> None:
        child = self._child(child_id)
        await self._terminate(child)
        if self._simple or child.spec.restart is Restart.TEMPORARY:
            self._remove(child, "stopped")
        elif child.cell is not None:
            child.cell.close("stopped")

    async def _restart_child(self, child_id: str) -> ActorRef:
        child = self._terminated_child(child_id, "restart_child")
        await self._start(child)
        assert child.cell is not None
        return child.cell.ref

    def _delete_child(self, child_id: str) -> None:
        self._remove(self._terminated_child(child_id, "delete_child"), "stopped")

    def _terminated_child(self, child_id: str, call: str) -> _Child:
        """The child ``call`` (restart_child or delete_child) acts on, which OTP requires to
        be terminated: neither running nor waiting for its restart."""
        if self._simple:
            raise SimpleOneForOneOnly(f"{call} is not allowed under simple_one_for_one")
        child = self._child(child_id)
        if child.state is ChildState.RUNNING:
            raise ChildRunning(child_id)
        if child.state is ChildState.RESTARTING:
            raise ChildRestarting(child_id)
        return child

    def _which_children(self) -> list[ChildInfo]:
        return [
            ChildInfo(
                id=c.spec.id,
                ref=c.cell.ref if c.cell is not None and c.state is ChildState.RUNNING else None,
                state=c.state, type=c.spec.type,
                incarnation=c.cell.incarnation if c.cell is not None else 0,
                restarts=c.restarts,
            )
            for c in reversed(self._children)
        ]

    def _count_children(self) -> ChildCounts:
        supervisors = sum(1 for c in self._children if c.spec.type is ChildType.SUPERVISOR)
        return ChildCounts(
            specs=1 if self._simple else len(self._children),
            active=sum(1 for c in self._children if c.state is ChildState.RUNNING),
            supervisors=supervisors,
            workers=len(self._children) - supervisors,
        )

    # -- failures ----------------------------------------------------------------------

    async def child_exited(self, cell: Cell, incarnation: int, exit: Exit) -> None:
        child = self._by_id.get(cell.name)
        if (child is None or child.cell is not cell or child.state is not ChildState.RUNNING
                or cell.incarnation != incarnation):
            return  # stale: the child was already terminated, removed or restarted
        child.state = ChildState.UNDEFINED
        restart = child.spec.restart
        if restart is Restart.TEMPORARY:
            self._remove(child, "stopped")
        elif restart is Restart.TRANSIENT and exit.normal:
            cell.close("stopped")
        else:
            self._forget_old_failures(child)
            await self._on_failure(child)

    def _forget_old_failures(self, child: _Child) -> None:
        """A child that stayed up for its reset window starts a new run of failures (only
        a real exit can tell: a failed start never was up)."""
        backoff = child.spec.backoff
        stable_after = self.flags.within if backoff is None else backoff.reset_window
        if (child.up_since is not None
                and anyio.current_time() - child.up_since >= stable_after):
            child.failures = 0
        child.up_since = None

    async def _on_failure(self, child: _Child) -> None:
        now = anyio.current_time()
        backoff = child.spec.backoff
        child.failures += 1
        if not self._intensity.add(now):
            await self._give_up()
        group = self._group(child)
        await self._stop_bystanders(group, child)
        group = [c for c in group if c.spec.id in self._by_id]
        for member in group:
            member.state = ChildState.RESTARTING
            if member.timer is not None:
                member.timer.cancel()
                member.timer = None
        delay = 0.0 if backoff is None else backoff.delay(child.failures - 1, self.ctx.system.rng)
        self.ctx.system.events.publish(Restarting(
            path=self._path_of(child), at=anyio.current_time(), delay=delay,
            attempt=child.failures,
        ))
        child.token = next(_tokens)
        if delay > 0:
            child.timer = self.ctx.after(delay, _RestartDue(id=child.spec.id, token=child.token))
        else:
            await self._restart_group(child)

    async def _restart_due(self, message: _RestartDue) -> None:
        child = self._by_id.get(message.id)
        if child is not None and child.token == message.token:
            child.timer = None
            if child.state is ChildState.RESTARTING:
                await self._restart_group(child)

    async def _retry_restart(self, message: _RetryRestart) -> None:
        child = self._by_id.get(message.id)
        if (child is not None and child.token == message.token
                and child.state is ChildState.RESTARTING):
            await self._on_failure(child)

    async def _restart_group(self, child: _Child) -> None:
        for member in self._group(child):
            if member.state is ChildState.RUNNING:
                continue
            try:
                await self._start(member)
            except StartFailed:
                member.state = ChildState.RESTARTING
                member.token = next(_tokens)
                await self.ctx.self.tell(_RetryRestart(id=member.spec.id, token=member.token))
                return
            member.restarts += 1

    async def _give_up(self) -> None:
        path = self.ctx.path
        now = anyio.current_time()
        self.ctx.system.events.publish(IntensityExceeded(
            path=path, at=now, restarts=len(self._intensity),
            max_restarts=self.flags.max_restarts, within=self.flags.within,
        ))
        await self._stop_all()
        self.ctx.system.events.publish(Escalated(
            path=path, at=anyio.current_time(), reason="reached_max_restart_intensity",
        ))
        raise StopActor(ExitKind.SHUTDOWN, "reached_max_restart_intensity")

    def _group(self, child: _Child) -> list[_Child]:
        strategy = self.flags.strategy
        if strategy is Strategy.ONE_FOR_ALL:
            return list(self._children)
        if strategy is Strategy.REST_FOR_ONE:
            return self._children[self._children.index(child):]
        return [child]

    async def _stop_bystanders(self, group: list[_Child], failed: _Child) -> None:
        for member in reversed(group):
            if member is failed or member.state is not ChildState.RUNNING:
                continue
            await self._terminate(member)
            if member.spec.restart is Restart.TEMPORARY:
                self._remove(member, "stopped")

    # -- children ----------------------------------------------------------------------

    def _add(self, spec: ChildSpec, *, dynamic: bool) -> _Child:
        child = _Child(spec, dynamic)
        self._children.append(child)
        self._by_id[spec.id] = child
        return child

    def _remove(self, child: _Child, reason: str) -> None:
        if child.timer is not None:
            child.timer.cancel()
        if self._by_id.get(child.spec.id) is child:
            del self._by_id[child.spec.id]
            self._children.remove(child)
        if child.cell is not None:
            child.cell.retire(reason)

    def _child(self, child_id: str) -> _Child:
        child = self._by_id.get(child_id)
        if child is None:
            raise ChildNotFound(child_id)
        return child

    def _path_of(self, child: _Child) -> str:
        return f"{self.ctx.path}/{child.spec.id}"

    async def _start(self, child: _Child) -> None:
        cell = self.ctx.spawn(child.spec.id, child.spec.props)
        child.cell = cell
        await cell.start()
        child.state = ChildState.RUNNING
        child.up_since = anyio.current_time()

    async def _terminate(self, child: _Child) -> None:
        if child.timer is not None:
            child.timer.cancel()
            child.timer = None
        if child.state is ChildState.RUNNING and child.cell is not None:
            await child.cell.stop(child.spec.shutdown)
        child.state = ChildState.UNDEFINED

    async def _stop_all(self) -> None:
        for child in reversed(self._children):
            await self._terminate(child)


class _Failure:
    """An API request's error, carried back as the ask's value (a supervisor never
    crashes because a caller asked for something impossible)."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error
