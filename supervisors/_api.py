"""OTP's supervisor API as coroutines on a supervisor's ref.

Each call is an ask to the supervisor, so it is served in order with the child exits the
supervisor is handling. Errors come back as exceptions (``ChildNotFound``,
``AlreadyStarted``, ``runtime.StartFailed`` …). ``timeout=None`` (the default, as OTP's
``infinity``) waits however long the supervisor takes, e.g. to stop a slow child.

``start_child`` and ``restart_child`` return a ``StartResult``: OTP's ``{ok, Child}`` and
``{ok, Child, Info}`` as ``.ref`` and ``.info``, and ``{ok, undefined}`` (the start
returned ``runtime.IGNORE``) as ``.ref is None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from runtime import Actor, ActorRef

from ._spec import (
    AutoShutdown,
    Backoff,
    ChildSpec,
    ChildType,
    Restart,
    Strategy,
    SupervisorFlags,
)
from ._supervisor import (
    ChildCounts,
    ChildInfo,
    CountChildren,
    DeleteChild,
    GetChildSpec,
    RestartChild,
    StartChild,
    StartResult,
    Supervisor,
    TerminateChild,
    WhichChildren,
    _Failure,
)


async def _call(sup: ActorRef, request: Any, timeout: float | None) -> Any:
    result = await sup.ask(request, timeout=timeout)
    if isinstance(result, _Failure):
        raise result.error
    return result


async def start_child(
    sup: ActorRef, spec: ChildSpec | Sequence[Any], *, timeout: float | None = None
) -> StartResult:
    """Add and start a child (a ``ChildSpec``; for simple_one_for_one, the extra arguments
    for the template). Returns its ref and start info; ``.ref`` is None when it returned
    ``IGNORE`` (its spec is then kept without a child, unless it is temporary or a
    simple_one_for_one instance). A failed start raises ``runtime.StartFailed`` and keeps
    nothing; arguments outside simple_one_for_one, or a ``ChildSpec`` under it, raise
    ``InvalidSpec`` (OTP's ``invalid_child_spec``, and a start that cannot apply) and start
    nothing; a running child's id raises ``AlreadyStarted`` (with its ref), a stopped one's
    ``AlreadyPresent``."""
    request = StartChild(spec=spec) if isinstance(spec, ChildSpec) else StartChild(args=tuple(spec))
    result: StartResult = await _call(sup, request, timeout)
    return result


async def terminate_child(
    sup: ActorRef, child: str | ActorRef, *, timeout: float | None = None
) -> None:
    """Stop a child (shutdown protocol); keep its spec unless temporary. Idempotent; not
    counted as a restart. ``child`` is the child's id; under simple_one_for_one it is the
    instance's ref instead (an id raises ``SimpleOneForOneOnly``; an instance that already
    ended is fine; a live actor that is not an instance raises ``ChildNotFound``)."""
    await _call(sup, TerminateChild(id=child), timeout)


async def restart_child(
    sup: ActorRef, child_id: str, *, timeout: float | None = None
) -> StartResult:
    """Start a stopped child again (not counted toward intensity); its ref and start info,
    or ``.ref`` None when it returned ``IGNORE``."""
    result: StartResult = await _call(sup, RestartChild(id=child_id), timeout)
    return result


async def delete_child(sup: ActorRef, child_id: str, *, timeout: float | None = None) -> None:
    """Forget a stopped child's spec."""
    await _call(sup, DeleteChild(id=child_id), timeout)


async def which_children(sup: ActorRef, *, timeout: float | None = None) -> list[ChildInfo]:
    """Every child, most recently added first (OTP's order)."""
    result: list[ChildInfo] = await _call(sup, WhichChildren(), timeout)
    return result


async def count_children(sup: ActorRef, *, timeout: float | None = None) -> ChildCounts:
    result: ChildCounts = await _call(sup, CountChildren(), timeout)
    return result


async def get_childspec(
    sup: ActorRef, child: str | ActorRef, *, timeout: float | None = None
) -> ChildSpec:
    """The child's spec with defaults filled in; under simple_one_for_one the template,
    for its id or an instance's ref (also of an instance that already ended, as OTP
    answers for a dead pid)."""
    result: ChildSpec = await _call(sup, GetChildSpec(id=child), timeout)
    return result


def supervisor_spec(
    id: str,
    children: Sequence[ChildSpec] = (),
    *,
    strategy: Strategy = Strategy.ONE_FOR_ONE,
    max_restarts: int = 1,
    within: float = 5.0,
    restart: Restart = Restart.PERMANENT,
    backoff: Backoff | None = None,
    auto_shutdown: AutoShutdown = AutoShutdown.NEVER,
    significant: bool = False,
) -> ChildSpec:
    """The child spec of a supervisor (type supervisor, shutdown infinity)."""
    flags = SupervisorFlags(strategy=strategy, max_restarts=max_restarts, within=within,
                            auto_shutdown=auto_shutdown)
    specs = tuple(children)
    Supervisor(flags, specs)  # validate now, not at the first start

    def make() -> Actor:
        return Supervisor(flags, specs)

    return ChildSpec(
        id=id, factory=make, restart=restart, type=ChildType.SUPERVISOR, shutdown=None,
        capacity=10_000, backoff=backoff, significant=significant,
    )


def worker(id: str, factory: Any, **options: Any) -> ChildSpec:
    """Shorthand for a worker's ``ChildSpec``."""
    return ChildSpec(id=id, factory=factory, **options)


