"""The supervisor's management API (OTP's start_child and friends), one behaviour per test.

Runs on asyncio and trio; every call has a timeout so nothing can hang the suite.
"""

from __future__ import annotations

from typing import Any

import pytest

from runtime import (
    Actor,
    ActorStopped,
    ActorSystem,
    ExitKind,
    InFlight,
    Restarting,
    Started,
    StartFailed,
    StopActor,
    Stopped,
)
from runtime.testing import Crash, EventRecorder, wait_restarted
from supervisors import (
    AlreadyPresent,
    AlreadyStarted,
    ChildCounts,
    ChildNotFound,
    ChildRunning,
    ChildSpec,
    ChildState,
    ChildType,
    InvalidSpec,
    Restart,
    SimpleOneForOneOnly,
    Strategy,
    count_children,
    delete_child,
    get_childspec,
    restart_child,
    start_child,
    supervisor_spec,
    terminate_child,
    which_children,
)

pytestmark = pytest.mark.anyio

WAIT = 5.0


class Worker(Actor):
    """Answers asks with (its args, message, incarnation); "crash" raises, "exit" stops."""

    def __init__(self, *args: Any) -> None:
        self.args = args

    async def receive(self, message: Any) -> Any:
        if message == "crash":
            raise Crash("crashed on purpose")
        if message == "exit":
            raise StopActor(ExitKind.NORMAL)
        return (self.args, message, self.ctx.incarnation)


class FailsToStart(Actor):
    async def started(self) -> None:
        raise Crash("cannot start")


def worker(name: str, **options: Any) -> ChildSpec:
    options.setdefault("factory", Worker)
    return ChildSpec(id=name, in_flight=InFlight.DROP, **options)


def rows(children: list[Any]) -> list[tuple[str, ChildState]]:
    return [(c.id, c.state) for c in children]


# -- start_child ---------------------------------------------------------------------------


async def test_start_child_starts_and_returns_a_working_ref() -> None:
    async with ActorSystem.start(supervisor_spec("sup")) as system:
        started = await start_child(system.ref("sup"), worker("w"), timeout=WAIT)
        ref = started.ref
        assert ref is not None
        assert started.info is None
        assert ref.path == "sup/w"
        assert await ref.ask("hi", timeout=WAIT) == ((), "hi", 1)
        assert ref == system.ref("sup/w")


async def test_start_child_with_the_id_of_a_running_child_raises_already_started() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w")])) as system:
        with pytest.raises(AlreadyStarted):
            await start_child(system.ref("sup"), worker("w"), timeout=WAIT)


async def test_start_child_with_the_id_of_a_stopped_child_raises_already_present() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w")])) as system:
        sup = system.ref("sup")
        await terminate_child(sup, "w", timeout=WAIT)
        with pytest.raises(AlreadyPresent):
            await start_child(sup, worker("w"), timeout=WAIT)


async def test_start_child_whose_start_fails_raises_start_failed_and_stores_nothing() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("a")])) as system:
        sup = system.ref("sup")
        with pytest.raises(StartFailed) as raised:
            await start_child(sup, worker("bad", factory=FailsToStart), timeout=WAIT)
        assert isinstance(raised.value.error, Crash)
        assert rows(await which_children(sup, timeout=WAIT)) == [("a", ChildState.RUNNING)]
        with pytest.raises(ChildNotFound):
            await get_childspec(sup, "bad", timeout=WAIT)
        # the id is free again
        await start_child(sup, worker("bad"), timeout=WAIT)


async def test_start_child_with_arguments_needs_simple_one_for_one() -> None:
    """Outside simple_one_for_one, start_child takes a child spec, and a list of arguments
    is not one: OTP answers ``{error, {invalid_child_spec, Args}}`` and starts nothing."""
    async with ActorSystem.start(supervisor_spec("sup")) as system:
        with pytest.raises(InvalidSpec, match="ChildSpec"):
            await start_child(system.ref("sup"), ["x"], timeout=WAIT)
        assert await which_children(system.ref("sup"), timeout=WAIT) == []


# -- terminate_child -----------------------------------------------------------------------


async def test_terminate_child_stops_it_and_keeps_its_spec() -> None:
    spec = worker("w")
    async with ActorSystem.start(supervisor_spec("sup", [spec])) as system:
        sup = system.ref("sup")
        with EventRecorder(system) as recorder:
            await terminate_child(sup, "w", timeout=WAIT)
            assert [(e.path, e.reason) for e in recorder.of(Stopped)] == [("sup/w", "shutdown")]
            assert recorder.of(Restarting) == []
        assert rows(await which_children(sup, timeout=WAIT)) == [("w", ChildState.UNDEFINED)]
        assert await get_childspec(sup, "w", timeout=WAIT) == spec


async def test_terminate_child_is_idempotent() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w")])) as system:
        sup = system.ref("sup")
        await terminate_child(sup, "w", timeout=WAIT)
        await terminate_child(sup, "w", timeout=WAIT)
        assert rows(await which_children(sup, timeout=WAIT)) == [("w", ChildState.UNDEFINED)]


async def test_terminate_child_with_an_unknown_id_raises_child_not_found() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w")])) as system:
        with pytest.raises(ChildNotFound):
            await terminate_child(system.ref("sup"), "nobody", timeout=WAIT)


async def test_terminate_child_removes_a_temporary_child() -> None:
    spec = worker("t", restart=Restart.TEMPORARY)
    async with ActorSystem.start(supervisor_spec("sup", [worker("w"), spec])) as system:
        sup = system.ref("sup")
        await terminate_child(sup, "t", timeout=WAIT)
        assert rows(await which_children(sup, timeout=WAIT)) == [("w", ChildState.RUNNING)]


async def test_terminated_child_refuses_messages() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w")])) as system:
        ref = system.ref("sup/w")
        await terminate_child(system.ref("sup"), "w", timeout=WAIT)
        with pytest.raises(ActorStopped):
            await ref.tell("hello")


# -- restart_child -------------------------------------------------------------------------


async def test_restart_child_of_a_running_child_raises_child_running() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w")])) as system:
        with pytest.raises(ChildRunning):
            await restart_child(system.ref("sup"), "w", timeout=WAIT)


async def test_restart_child_starts_a_terminated_child_again() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w")])) as system:
        sup = system.ref("sup")
        old = system.ref("sup/w")
        await terminate_child(sup, "w", timeout=WAIT)
        ref = (await restart_child(sup, "w", timeout=WAIT)).ref
        assert ref is not None
        assert rows(await which_children(sup, timeout=WAIT)) == [("w", ChildState.RUNNING)]
        assert (await ref.ask("hi", timeout=WAIT))[1] == "hi"
        assert (await old.ask("hi", timeout=WAIT))[1] == "hi"  # the old ref still reaches it


async def test_restart_child_of_an_unknown_id_raises_child_not_found() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w")])) as system:
        with pytest.raises(ChildNotFound):
            await restart_child(system.ref("sup"), "nobody", timeout=WAIT)


async def test_restart_child_does_not_count_toward_intensity() -> None:
    root = supervisor_spec("sup", [worker("w")], max_restarts=1, within=1e9)
    async with ActorSystem.start(root) as system:
        sup = system.ref("sup")
        for _ in range(3):
            await terminate_child(sup, "w", timeout=WAIT)
            await restart_child(sup, "w", timeout=WAIT)
        with EventRecorder(system) as recorder:
            await system.ref("sup/w").tell("crash")  # 1 restart <= max_restarts
            await recorder.wait_for(Started, path="sup/w", timeout=WAIT)
        assert system.root_exit is None
        assert rows(await which_children(sup, timeout=WAIT)) == [("w", ChildState.RUNNING)]


async def test_restart_child_whose_start_fails_raises_start_failed_and_keeps_the_spec() -> None:
    armed = [False]

    class Flaky(Worker):
        async def started(self) -> None:
            if armed[0]:
                raise Crash("cannot start")

    async with ActorSystem.start(supervisor_spec("sup", [worker("w", factory=Flaky)])) as system:
        sup = system.ref("sup")
        await terminate_child(sup, "w", timeout=WAIT)
        armed[0] = True
        with pytest.raises(StartFailed):
            await restart_child(sup, "w", timeout=WAIT)
        assert [r.id for r in await which_children(sup, timeout=WAIT)] == ["w"]
        armed[0] = False
        await restart_child(sup, "w", timeout=WAIT)
        assert rows(await which_children(sup, timeout=WAIT)) == [("w", ChildState.RUNNING)]


# -- delete_child --------------------------------------------------------------------------


async def test_delete_child_of_a_running_child_raises_child_running() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w")])) as system:
        with pytest.raises(ChildRunning):
            await delete_child(system.ref("sup"), "w", timeout=WAIT)


async def test_delete_child_removes_a_stopped_childs_spec() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("a"), worker("w")])) as system:
        sup = system.ref("sup")
        await terminate_child(sup, "w", timeout=WAIT)
        await delete_child(sup, "w", timeout=WAIT)
        assert rows(await which_children(sup, timeout=WAIT)) == [("a", ChildState.RUNNING)]
        with pytest.raises(ChildNotFound):
            await get_childspec(sup, "w", timeout=WAIT)
        with pytest.raises(ChildNotFound):
            await restart_child(sup, "w", timeout=WAIT)
        await start_child(sup, worker("w"), timeout=WAIT)  # the id is free again


async def test_delete_child_of_an_unknown_id_raises_child_not_found() -> None:
    async with ActorSystem.start(supervisor_spec("sup")) as system:
        with pytest.raises(ChildNotFound):
            await delete_child(system.ref("sup"), "nobody", timeout=WAIT)


# -- which_children, count_children, get_childspec -----------------------------------------


async def test_which_children_lists_the_most_recently_added_first() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("a"), worker("b")])) as system:
        sup = system.ref("sup")
        await start_child(sup, worker("c"), timeout=WAIT)
        children = await which_children(sup, timeout=WAIT)
        assert [c.id for c in children] == ["c", "b", "a"]
        assert [c.ref for c in children] == [system.ref(f"sup/{n}") for n in "cba"]
        assert {(c.type, c.incarnation, c.restarts) for c in children} == {
            (ChildType.WORKER, 1, 0)}


async def test_which_children_counts_automatic_restarts() -> None:
    root = supervisor_spec("sup", [worker("w")], max_restarts=5, within=1e9)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            for n in range(2):
                await system.ref("sup/w").tell("crash")
                await wait_restarted(recorder, "sup/w", times=n + 1, timeout=WAIT)
        [row] = await which_children(system.ref("sup"), timeout=WAIT)
        assert (row.state, row.incarnation, row.restarts) == (ChildState.RUNNING, 3, 2)


async def test_count_children_counts_specs_active_supervisors_and_workers() -> None:
    sub = supervisor_spec("sub")
    specs = [worker("a"), worker("b"), sub]
    async with ActorSystem.start(supervisor_spec("sup", specs)) as system:
        sup = system.ref("sup")
        await terminate_child(sup, "b", timeout=WAIT)
        counts = await count_children(sup, timeout=WAIT)
        assert counts == ChildCounts(specs=3, active=2, supervisors=1, workers=2)


async def test_get_childspec_fills_in_otp_defaults() -> None:
    async with ActorSystem.start(supervisor_spec("sup", [worker("w"),
                                                         supervisor_spec("sub")])) as system:
        sup = system.ref("sup")
        w = await get_childspec(sup, "w", timeout=WAIT)
        assert (w.restart, w.shutdown, w.type) == (Restart.PERMANENT, 5.0, ChildType.WORKER)
        s = await get_childspec(sup, "sub", timeout=WAIT)
        assert (s.shutdown, s.type) == (None, ChildType.SUPERVISOR)
        with pytest.raises(ChildNotFound):
            await get_childspec(sup, "nobody", timeout=WAIT)


# -- simple_one_for_one --------------------------------------------------------------------


def simple() -> ChildSpec:
    template = ChildSpec(id="inst", factory=Worker, args=("base",), in_flight=InFlight.DROP)
    return supervisor_spec("pool", [template], strategy=Strategy.SIMPLE_ONE_FOR_ONE)


async def test_simple_one_for_one_starts_no_child_at_init() -> None:
    async with ActorSystem.start(simple()) as system:
        pool = system.ref("pool")
        assert await which_children(pool, timeout=WAIT) == []
        assert await count_children(pool, timeout=WAIT) == ChildCounts(
            specs=1, active=0, supervisors=0, workers=0)


async def test_simple_one_for_one_start_child_makes_instances_with_the_given_args() -> None:
    async with ActorSystem.start(simple()) as system:
        pool = system.ref("pool")
        first = (await start_child(pool, ["x"], timeout=WAIT)).ref
        second = (await start_child(pool, ["y", 2], timeout=WAIT)).ref
        assert first is not None
        assert second is not None
        assert first != second
        assert await first.ask("hi", timeout=WAIT) == (("base", "x"), "hi", 1)
        assert await second.ask("hi", timeout=WAIT) == (("base", "y", 2), "hi", 1)
        assert [c.id for c in await which_children(pool, timeout=WAIT)] == [second.name,
                                                                             first.name]
        assert (await count_children(pool, timeout=WAIT)).active == 2


async def test_simple_one_for_one_rejects_restart_child_and_delete_child() -> None:
    async with ActorSystem.start(simple()) as system:
        pool = system.ref("pool")
        ref = (await start_child(pool, ["x"], timeout=WAIT)).ref
        assert ref is not None
        with pytest.raises(SimpleOneForOneOnly):
            await restart_child(pool, ref.name, timeout=WAIT)
        with pytest.raises(SimpleOneForOneOnly):
            await delete_child(pool, ref.name, timeout=WAIT)


async def test_simple_one_for_one_terminate_child_by_instance_ref_removes_it() -> None:
    async with ActorSystem.start(simple()) as system:
        pool = system.ref("pool")
        x = (await start_child(pool, ["x"], timeout=WAIT)).ref
        y = (await start_child(pool, ["y"], timeout=WAIT)).ref
        assert x is not None
        assert y is not None
        await terminate_child(pool, x, timeout=WAIT)
        assert [c.id for c in await which_children(pool, timeout=WAIT)] == [y.name]
        with pytest.raises(ActorStopped):
            await x.tell("hello")


async def test_simple_one_for_one_instance_is_restarted_with_its_args_after_a_crash() -> None:
    async with ActorSystem.start(simple()) as system:
        pool = system.ref("pool")
        x = (await start_child(pool, ["x"], timeout=WAIT)).ref
        assert x is not None
        with EventRecorder(system) as recorder:
            await x.tell("crash")
            await wait_restarted(recorder, x.path, timeout=WAIT)
        assert await x.ask("hi", timeout=WAIT) == (("base", "x"), "hi", 2)
