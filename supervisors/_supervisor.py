"""The supervisor actor: OTP's supervisor semantics on the runtime's cells, plus backoff.

Everything that changes a supervisor's state — child exits (on the control lane), API
requests (asks), backoff timers and restart retries (messages to itself) — is handled one
at a time in its own mailbox, as in OTP, so a pending restart never blocks
``which_children`` and friends. The failure path reads as a chain:

``child_exited`` → ``_on_failure`` (intensity, bystanders, backoff) → ``_restart_group``
→ ``_start`` (a failed start marks that child restarting — the group's later children stay
undefined — and schedules ``_RetryRestart``, which goes through ``_on_failure`` again, so
it counts) — or ``_give_up``, which stops every child in reverse start order and ends this
supervisor with reason shutdown (``reached_max_restart_intensity``) for its parent to
handle (escalation). An exit that is not restarted goes to ``_auto_shutdown`` instead,
which may end the supervisor with reason shutdown (``auto_shutdown``).

A start that returns ``IGNORE`` leaves the child's spec without a running child (a
temporary child and a simple_one_for_one instance are dropped instead); a start that
returns info hands it to the caller of ``start_child``/``restart_child`` in a
``StartResult``.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from runtime import (
    IGNORE,
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
    InvalidSpec,
    SimpleOneForOneOnly,
    SupervisorError,
)
from ._intensity import RestartIntensity
from ._spec import (
    AutoShutdown,
    ChildSpec,
    ChildType,
    Restart,
    Strategy,
    SupervisorFlags,
    check_child_specs,
)

AUTO_SHUTDOWN = "auto_shutdown"
"""The exit detail of a supervisor that shut itself down (``AutoShutdown``)."""


class ChildState(enum.Enum):
    """A child as its supervisor sees it."""

    RUNNING = "running"  # an incarnation is up
    UNDEFINED = "undefined"  # not running, spec kept (OTP: pid undefined); also the
    # children of a group restart that wait for an earlier one to start
    RESTARTING = "restarting"  # its restart is pending: backoff delay or retry of a failed start


@dataclass(frozen=True, slots=True)
class StartResult:
    """What ``start_child`` and ``restart_child`` return: OTP's ``{ok, Child}`` and
    ``{ok, Child, Info}``. ``ref`` is ``None`` when the start returned ``IGNORE`` (OTP's
    ``{ok, undefined}``); ``info`` is what the actor's ``started()`` returned."""

    ref: ActorRef | None
    info: Any = None

    @property
    def ignored(self) -> bool:
        """True when the child declined to start (``IGNORE``)."""
        return self.ref is None


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
    id: Any  # str, or the ActorRef of a simple_one_for_one instance


class RestartChild(Message, frozen=True, kw_only=True):
    id: str


class DeleteChild(Message, frozen=True, kw_only=True):
    id: str


class WhichChildren(Message, frozen=True, kw_only=True):
    pass


class CountChildren(Message, frozen=True, kw_only=True):
    pass


class GetChildSpec(Message, frozen=True, kw_only=True):
    id: Any  # str, or the ActorRef of a simple_one_for_one instance


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
        check_child_specs(children, flags.strategy, flags.auto_shutdown)
        self.flags = flags
        self._specs = tuple(children)
        # Children by id in start order (a dict keeps insertion order): adding, finding
        # and removing one is O(1), so thousands of simple_one_for_one instances scale.
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
                result = await self._start(child)
            except StartFailed:
                self._remove(child, "stopped")
                await self._stop_all()
                raise
            if result is IGNORE:
                self._ignored(child)

    async def stopped(self, exit: Exit) -> None:
        await self._stop_all()
        for child in list(self._by_id.values()):
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
            return self._get_childspec(message.id)
        # OTP logs "Supervisor received unexpected message" and goes on: a stray message
        # must not take the supervisor and its subtree down (an ask of one gets None).
        self.ctx.log.error("supervisor received an unexpected message: %r", message)
        return None

    async def _start_child(self, request: StartChild) -> StartResult:
        """OTP's start_child: under simple_one_for_one the extra arguments for the template
        (a ChildSpec is not a list of arguments, so nothing starts); otherwise a ChildSpec
        (arguments are not a valid child spec: OTP's ``invalid_child_spec``)."""
        if self._simple:
            if request.spec is not None:
                raise InvalidSpec("start_child under simple_one_for_one takes the extra "
                                  "arguments for the template, not a ChildSpec")
            template = self._specs[0]
            spec = template.with_args(f"{template.id}-{next(self._instances)}", request.args)
        else:
            spec = request.spec
            if not isinstance(spec, ChildSpec):
                raise InvalidSpec(f"start_child takes a ChildSpec, not arguments {request.args!r}"
                                  " (arguments are for simple_one_for_one)")
            check_child_specs([spec], self.flags.strategy, self.flags.auto_shutdown)
            existing = self._by_id.get(spec.id)
            if existing is not None:
                if existing.state is ChildState.RUNNING:
                    cell = existing.cell
                    raise AlreadyStarted(spec.id, None if cell is None else cell.ref)
                raise AlreadyPresent(spec.id)
        child = self._add(spec, dynamic=True)
        try:
            result = await self._start(child)
        except StartFailed:
            self._remove(child, "stopped")
            raise
        return self._start_result(child, result)

    async def _terminate_child(self, target: str | ActorRef) -> None:
        child = self._child_to_terminate(target)
        if child is None:
            return
        await self._terminate(child)
        if self._simple or child.spec.restart is Restart.TEMPORARY:
            self._remove(child, "stopped")
        elif child.cell is not None:
            child.cell.close("stopped")

    def _child_to_terminate(self, target: str | ActorRef) -> _Child | None:
        """OTP's rules for whom ``terminate_child`` names: a child id, except under
        simple_one_for_one, which takes an instance's ref. An instance that already ended
        is fine (None: nothing to do); a ref that never was one of ours is not found. (OTP
        cannot tell a dead stranger from a dead instance and answers ok for both; a ref's
        path tells us.)"""
        if not self._simple:
            if isinstance(target, ActorRef):
                raise ChildNotFound(target.path)
            return self._child(target)
        if not isinstance(target, ActorRef):
            raise SimpleOneForOneOnly(
                "terminate_child under simple_one_for_one takes the instance's ref, not an id")
        child = self._instance(target)
        if child is None and target.path.rpartition("/")[0] != self.ctx.path:
            raise ChildNotFound(target.path)
        return child

    def _instance(self, ref: ActorRef) -> _Child | None:
        child = self._by_id.get(ref.name)
        return child if child is not None and self._path_of(child) == ref.path else None

    def _get_childspec(self, target: str | ActorRef) -> ChildSpec:
        """The spec (a simple_one_for_one supervisor answers with its template, for the
        template's id or an instance's ref, as OTP does). OTP finds a pid that is no longer
        alive the way terminate_child does, and answers with the template for it too: so
        do we for a ref of an instance that already ended (a ref that never was one of ours
        is not found, as for ``_child_to_terminate``)."""
        if isinstance(target, ActorRef):
            self._child_to_terminate(target)  # found, or not, as terminate_child finds it
            return self._specs[0]
        if self._simple:
            if target != self._specs[0].id:
                raise ChildNotFound(target)
            return self._specs[0]
        return self._child(target).spec

    async def _restart_child(self, child_id: str) -> StartResult:
        child = self._terminated_child(child_id, "restart_child")
        return self._start_result(child, await self._start(child))

    def _start_result(self, child: _Child, result: Any) -> StartResult:
        if result is IGNORE:
            self._ignored(child)
            return StartResult(None)
        assert child.cell is not None
        return StartResult(child.cell.ref, result)

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
            for c in reversed(self._by_id.values())
        ]

    def _count_children(self) -> ChildCounts:
        children = self._by_id.values()
        supervisors = sum(1 for c in children if c.spec.type is ChildType.SUPERVISOR)
        return ChildCounts(
            specs=1 if self._simple else len(children),
            active=sum(1 for c in children if c.state is ChildState.RUNNING),
            supervisors=supervisors,
            workers=len(children) - supervisors,
        )

    # -- failures ----------------------------------------------------------------------

    async def child_exited(self, cell: Cell, incarnation: int, exit: Exit) -> None:
        child = self._by_id.get(cell.name)
        if (child is None or child.cell is not cell or child.state is not ChildState.RUNNING
                or cell.incarnation != incarnation):
            return  # stale: the child was already terminated, removed or restarted
        child.state = ChildState.UNDEFINED
        restart = child.spec.restart
        if restart is Restart.PERMANENT or (restart is Restart.TRANSIENT and not exit.normal):
            self._forget_old_failures(child)
            await self._on_failure(child)
            return
        if restart is Restart.TEMPORARY or self._simple:  # OTP deletes these
            self._remove(child, "stopped")
        else:
            cell.close("stopped")
        self._auto_shutdown(child)

    def _auto_shutdown(self, ended: _Child) -> None:
        """A child ended by itself and is not restarted: shut down when it was significant
        and ``auto_shutdown`` says so (any: at once; all: once no significant child is
        running or waiting for its restart)."""
        mode = self.flags.auto_shutdown
        if mode is AutoShutdown.NEVER or not ended.spec.significant:
            return
        if mode is AutoShutdown.ALL_SIGNIFICANT and any(
                c.spec.significant and c.state is not ChildState.UNDEFINED
                for c in self._by_id.values()):
            return
        raise StopActor(ExitKind.SHUTDOWN, AUTO_SHUTDOWN)

    def _forget_old_failures(self, child: _Child) -> None:
        """A child that stayed up for its reset window starts a new run of failures (only
        a real exit can tell: a failed start never was up)."""
        backoff = child.spec.backoff
        stable_after = self.flags.within if backoff is None else backoff.reset_window
        if (child.up_since is not None
                and self.ctx.system.now() - child.up_since >= stable_after):
            child.failures = 0
        child.up_since = None

    async def _on_failure(self, child: _Child) -> None:
        system = self.ctx.system
        now = system.now()
        backoff = child.spec.backoff
        child.failures += 1
        if not self._intensity.add(now):
            await self._give_up()
        if child.timer is not None:
            child.timer.cancel()
            child.timer = None
        if self.flags.strategy is not Strategy.ONE_FOR_ONE and not self._simple:
            # (one_for_one and simple_one_for_one, the usual restarts, skip the group work)
            group = self._group(child)
            await self._stop_bystanders(group, child)
            for member in group:
                if member.timer is not None:
                    member.timer.cancel()
                    member.timer = None
                if member is not child and member.state is ChildState.RESTARTING:
                    # its own pending restart is now part of this group restart
                    member.state = ChildState.UNDEFINED
                    member.token = next(_tokens)
            now = system.now()  # stopping the group took time
        child.state = ChildState.RESTARTING
        delay = 0.0 if backoff is None else backoff.delay(child.failures - 1, system.rng)
        cell = child.cell  # (its path is _path_of(child), without formatting it again)
        system.events.publish(Restarting(
            path=self._path_of(child) if cell is None else cell.path, at=now, delay=delay,
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
                # a group member started through the API during the delay restarts too
                await self._stop_bystanders(self._group(child), child)
                await self._restart_group(child)

    async def _retry_restart(self, message: _RetryRestart) -> None:
        child = self._by_id.get(message.id)
        if (child is not None and child.token == message.token
                and child.state is ChildState.RESTARTING):
            await self._on_failure(child)

    async def _restart_group(self, child: _Child) -> None:
        """Start the group in start order. A failed start marks that child restarting and
        retries through the mailbox; the children after it stay undefined until then (OTP).
        An ignored start leaves that child undefined (or drops it) and goes on."""
        for member in self._group(child):
            if member.state is ChildState.RUNNING:
                continue
            try:
                result = await self._start(member)
            except StartFailed:
                member.state = ChildState.RESTARTING
                member.token = next(_tokens)
                await self.ctx.self.tell(_RetryRestart(id=member.spec.id, token=member.token))
                return
            if result is IGNORE:
                self._ignored(member)
            else:
                member.restarts += 1

    async def _give_up(self) -> None:
        path = self.ctx.path
        now = self.ctx.system.now()
        self.ctx.system.events.publish(IntensityExceeded(
            path=path, at=now, restarts=len(self._intensity),
            max_restarts=self.flags.max_restarts, within=self.flags.within,
        ))
        await self._stop_all()
        self.ctx.system.events.publish(Escalated(
            path=path, at=self.ctx.system.now(), reason="reached_max_restart_intensity",
        ))
        raise StopActor(ExitKind.SHUTDOWN, "reached_max_restart_intensity")

    def _group(self, child: _Child) -> list[_Child]:
        strategy = self.flags.strategy
        if strategy is Strategy.ONE_FOR_ALL:
            return list(self._by_id.values())
        if strategy is Strategy.REST_FOR_ONE:
            children = list(self._by_id.values())
            return children[children.index(child):]
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
        self._by_id[spec.id] = child
        return child

    def _remove(self, child: _Child, reason: str) -> None:
        if child.timer is not None:
            child.timer.cancel()
        if self._by_id.get(child.spec.id) is child:
            del self._by_id[child.spec.id]
        if child.cell is not None:
            child.cell.retire(reason)

    def _child(self, child_id: str) -> _Child:
        child = self._by_id.get(child_id)
        if child is None:
            raise ChildNotFound(child_id)
        return child

    def _path_of(self, child: _Child) -> str:
        return f"{self.ctx.path}/{child.spec.id}"

    async def _start(self, child: _Child) -> Any:
        """Start an incarnation; its start result (``IGNORE`` leaves the child undefined)."""
        ctx = self.ctx
        spec = child.spec
        cell = child.cell
        props = spec.props
        # A restart finds its child's slot as this incarnation left it: spawning again
        # would only look it up by path and set the same host and props.
        if cell is None or cell.retired or cell._host is not ctx or cell.props is not props:
            cell = child.cell = ctx.spawn(spec.id, props)
        result = await cell.start()
        if result is IGNORE:
            child.state = ChildState.UNDEFINED
            return result
        child.state = ChildState.RUNNING
        child.up_since = ctx.system.now()
        return result

    def _ignored(self, child: _Child) -> None:
        """A start returned ``IGNORE``: keep the spec without a child (OTP's pid undefined),
        or drop it when temporary or a simple_one_for_one instance."""
        if self._simple or child.spec.restart is Restart.TEMPORARY:
            self._remove(child, "stopped")
        elif child.cell is not None:
            child.cell.close("stopped")

    async def _terminate(self, child: _Child) -> None:
        if child.timer is not None:
            child.timer.cancel()
            child.timer = None
        if child.state is ChildState.RUNNING and child.cell is not None:
            await child.cell.stop(child.spec.shutdown)
        child.state = ChildState.UNDEFINED

    async def _stop_all(self) -> None:
        """Stop every child: in reverse start order, each within its shutdown; under
        simple_one_for_one all instances at once under the template's one shutdown timer."""
        if not self._simple:
            for child in reversed(list(self._by_id.values())):
                await self._terminate(child)
            return
        running = []
        for child in self._by_id.values():
            if child.timer is not None:
                child.timer.cancel()
                child.timer = None
            if child.state is ChildState.RUNNING and child.cell is not None:
                running.append(child.cell)
            child.state = ChildState.UNDEFINED
        await Cell.stop_all(running, self._specs[0].shutdown)


class _Failure:
    """An API request's error, carried back as the ask's value (a supervisor never
    crashes because a caller asked for something impossible)."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error
