"""OTP's own supervisor test suite (``lib/stdlib/test/supervisor_SUITE.erl``), case by case.

Every test is named after the OTP case it ports (``test_<case>``) and its docstring states
the OTP rule it checks, in our terms: a pid is an ``ActorRef``, ``{ok, undefined}`` is a
``StartResult`` whose ``ref`` is None, ``{ok, Pid, Info}`` is its ``info``, an error tuple
is an exception, ``count_children`` is compared as (specs, active, supervisors, workers).
Exit reasons map as in docs/notes/supervision.md §1.12: a child told "stop" ends
normally, "shutdown" with reason shutdown, "die" crashes (abnormal), "sleep" hangs in
its handler (so only a kill stops it).

Cases that depend on time (shutdown timeouts, restart windows, starts that take a while
to fail) run on trio's virtual clock and assert exact times; the others on both backends.

Not ported, because they test what this runtime has no equivalent of:
``sup_start_error_return`` (an init callback returning a malformed term),
``external_start_no_progress_log`` and ``format_log_1``/``format_log_2`` (OTP's logger
reports), ``faulty_application_shutdown`` (OTP applications), ``child_unlink`` (links),
``get_callback_module``, ``code_change*`` and ``significant_upgrade_*`` (hot code
upgrade), ``simple_global_supervisor`` and ``already_started_outside_supervisor`` (global
and registered names), ``simple_one_for_one_corruption`` and
``do_not_save_start_parameters_for_temporary_children`` (heap sizes of the supervisor
process; a temporary child's spec is dropped when it ends, which
``test_do_not_save_child_specs_for_temporary_children`` checks).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
import pytest
import trio

from runtime import (
    IGNORE,
    Actor,
    ActorRef,
    ActorStopped,
    ActorSystem,
    Crashed,
    Escalated,
    Exit,
    ExitKind,
    Ignore,
    InFlight,
    IntensityExceeded,
    LifecycleEvent,
    Restarting,
    Started,
    StartFailed,
    StopActor,
    Stopped,
)
from runtime.testing import EventRecorder, eventually
from supervisors import (
    BRUTAL,
    INFINITY,
    AlreadyPresent,
    AlreadyStarted,
    AutoShutdown,
    ChildNotFound,
    ChildRestarting,
    ChildRunning,
    ChildSpec,
    ChildState,
    ChildType,
    InvalidSpec,
    Restart,
    SimpleOneForOneOnly,
    StartResult,
    Strategy,
    SupervisorFlags,
    check_child_specs,
    count_children,
    delete_child,
    get_childspec,
    restart_child,
    start_child,
    supervisor_spec,
    terminate_child,
    which_children,
)

W = 5.0  # wall-clock seconds on asyncio; virtual ones (reached at once when stuck) on trio
V = 1000.0  # virtual seconds for the trio-only tests

RUNNING, UNDEFINED, RESTARTING = ChildState.RUNNING, ChildState.UNDEFINED, ChildState.RESTARTING
PERMANENT, TRANSIENT, TEMPORARY = Restart.PERMANENT, Restart.TRANSIENT, Restart.TEMPORARY


class Boom(Exception):
    """A child's deliberate failure."""


@dataclass
class Plan:
    """How the successive starts of one child go, shared by all its incarnations: OTP's
    helper modules supervisor_1 (ignore, error, extra info), supervisor_2 (slow to stop),
    supervisor_3 (starts that fail on demand) and supervisor_deadlock (a start that takes a
    while to fail) in one. Each start takes the next of ``starts`` ("ok", "ignore",
    "fail", or ("info", value)), then ``then`` for ever."""

    starts: list[Any] = field(default_factory=list)
    then: Any = "ok"
    start_takes: float = 0.0  # a failing start waits this long first
    stop_takes: float = 0.0  # stopped() takes this long
    count: int = 0  # starts so far

    def next(self) -> Any:
        self.count += 1
        return self.starts.pop(0) if self.starts else self.then


class Kid(Actor):
    """A child following its ``Plan``. Messages: "stop" (exit normal), "shutdown" (exit
    shutdown), "die" (crash), "sleep" (hang in the handler), anything else is answered
    with (extra start arguments, message, incarnation)."""

    def __init__(self, plan: Plan, *args: Any) -> None:
        self.plan = plan
        self.args = args

    async def started(self) -> Any:
        outcome = self.plan.next()
        if outcome == "fail":
            if self.plan.start_takes:
                await anyio.sleep(self.plan.start_takes)
            raise Boom("cannot start")
        if outcome == "ignore":
            return IGNORE
        if isinstance(outcome, tuple):
            return outcome[1]
        return None

    async def receive(self, message: Any) -> Any:
        if message == "stop":
            raise StopActor(ExitKind.NORMAL)
        if message == "shutdown":
            raise StopActor(ExitKind.SHUTDOWN)
        if message == "die":
            raise Boom("died")
        if message == "sleep":
            await anyio.sleep_forever()
        return (self.args, message, self.ctx.incarnation)

    async def stopped(self, exit: Exit) -> None:
        if self.plan.stop_takes:
            await anyio.sleep(self.plan.stop_takes)


def kid(id: str, plan: Plan | None = None, **options: Any) -> ChildSpec:
    options.setdefault("in_flight", InFlight.DROP)
    return ChildSpec(id=id, factory=Kid, args=(plan or Plan(),), **options)


def sup(children: list[ChildSpec] | None = None, *, id: str = "sup", **flags: Any) -> ChildSpec:
    flags.setdefault("max_restarts", 2)
    flags.setdefault("within", 3600)
    return supervisor_spec(id, children or [], **flags)


def simple(template: ChildSpec, **flags: Any) -> ChildSpec:
    return sup([template], strategy=Strategy.SIMPLE_ONE_FOR_ONE, **flags)


async def rows(ref: ActorRef) -> list[tuple[str, ChildState]]:
    return [(c.id, c.state) for c in await which_children(ref, timeout=W)]


async def counts(ref: ActorRef) -> tuple[int, int, int, int]:
    c = await count_children(ref, timeout=W)
    return (c.specs, c.active, c.supervisors, c.workers)


async def started_ref(result: Any) -> ActorRef:
    started = await result
    assert isinstance(started, StartResult)
    assert started.ref is not None
    return started.ref


def _ends(recorder: EventRecorder, path: str) -> list[LifecycleEvent]:
    return recorder.of(LifecycleEvent, path=path,
                       where=lambda e: isinstance(e, Crashed | Stopped)
                       and not (isinstance(e, Crashed) and e.phase == "start"))


async def end(recorder: EventRecorder, ref: ActorRef, how: str) -> None:
    """Make the child at ``ref`` end ("stop", "shutdown" or "die") and wait for its end.
    Its supervisor hears of it on its control lane, which it reads before any API call
    made after this returns."""
    seen = len(_ends(recorder, ref.path))
    await ref.tell(how)
    await recorder.wait_for(LifecycleEvent, path=ref.path, count=seen + 1, timeout=W,
                            where=lambda e: isinstance(e, Crashed | Stopped)
                            and not (isinstance(e, Crashed) and e.phase == "start"))


async def ended(system: ActorSystem) -> Exit:
    with anyio.fail_after(V):
        exit = await system.wait()
    assert exit is not None
    return exit


def stop_reasons(recorder: EventRecorder, *paths: str) -> list[tuple[str, str]]:
    return [(e.path, e.reason) for e in recorder.of(Stopped) if not paths or e.path in paths]


# -- sup_start -------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_sup_start_normal() -> None:
    """sup_start_normal: a supervisor starts, and ends with reason shutdown when stopped."""
    async with ActorSystem.start(sup()) as system:
        recorder = EventRecorder(system)
        assert system.root_exit is None
    assert stop_reasons(recorder) == [("sup", "shutdown")]
    assert system.exit_code == 0


@pytest.mark.anyio
async def test_sup_start_ignore_init() -> None:
    """sup_start_ignore_init: a supervisor whose start returns ignore is not started and
    ends without an error (the root ended normally, exit code 0)."""
    spec = ChildSpec(id="sup", factory=lambda: IGNORE, type=ChildType.SUPERVISOR)
    async with ActorSystem.start(spec) as system:
        assert system.root_exit == Exit(ExitKind.NORMAL, None, "ignore")
        assert system.actors()[0].running is False
    assert system.exit_code == 0


def ignoring_factory(plan: Plan) -> Callable[[], Actor | Ignore]:
    """A factory that returns IGNORE itself (no actor is made) when the plan says so."""

    def make() -> Actor | Ignore:
        if plan.starts and plan.starts[0] == "ignore":
            plan.starts.pop(0)
            return IGNORE
        return Kid(plan)

    return make


@pytest.mark.anyio
async def test_sup_start_ignore_child() -> None:
    """sup_start_ignore_child: start_child of a permanent child whose start returns ignore
    answers {ok, undefined} and keeps its spec without a child."""
    async with ActorSystem.start(sup()) as system:
        s = system.ref("sup")
        spec = ChildSpec(id="child1", factory=ignoring_factory(Plan(["ignore"])))
        assert await start_child(s, spec, timeout=W) == StartResult(None)
        child2 = await started_ref(start_child(s, kid("child2"), timeout=W))
        assert child2 == system.ref("sup/child2")
        assert await rows(s) == [("child2", RUNNING), ("child1", UNDEFINED)]
        assert await counts(s) == (2, 1, 0, 2)


@pytest.mark.anyio
async def test_sup_start_ignore_temporary_child() -> None:
    """sup_start_ignore_temporary_child: a temporary child given at init whose start
    returns ignore is not kept."""
    specs = [kid("child1", Plan(["ignore"]), restart=TEMPORARY),
             kid("child2", restart=TEMPORARY)]
    async with ActorSystem.start(sup(specs)) as system:
        s = system.ref("sup")
        assert await rows(s) == [("child2", RUNNING)]
        assert await counts(s) == (1, 1, 0, 1)


@pytest.mark.anyio
async def test_sup_start_ignore_temporary_child_start_child() -> None:
    """sup_start_ignore_temporary_child_start_child: a temporary child added by
    start_child whose start returns ignore answers {ok, undefined} and is not kept."""
    async with ActorSystem.start(sup()) as system:
        s = system.ref("sup")
        result = await start_child(s, kid("child1", Plan(["ignore"]), restart=TEMPORARY),
                                   timeout=W)
        assert result.ignored
        await start_child(s, kid("child2", restart=TEMPORARY), timeout=W)
        assert await rows(s) == [("child2", RUNNING)]
        assert await counts(s) == (1, 1, 0, 1)


@pytest.mark.anyio
@pytest.mark.parametrize("restart", [TEMPORARY, PERMANENT])
async def test_sup_start_ignore_child_start_child_simple(restart: Restart) -> None:
    """sup_start_ignore_temporary_child_start_child_simple and
    sup_start_ignore_permanent_child_start_child_simple: under simple_one_for_one an
    instance whose start returns ignore answers {ok, undefined} and is not kept, whatever
    its restart type; the supervisor still shuts down cleanly."""
    async with ActorSystem.start(simple(kid("child", Plan(["ignore"]), restart=restart))
                                 ) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        assert (await start_child(s, [], timeout=W)).ignored
        ref = await started_ref(start_child(s, [], timeout=W))
        assert await rows(s) == [(ref.name, RUNNING)]
        assert await counts(s) == (1, 1, 0, 1)
    assert stop_reasons(recorder) == [(ref.path, "shutdown"), ("sup", "shutdown")]


@pytest.mark.anyio
async def test_sup_start_fail() -> None:
    """sup_start_fail: a supervisor whose init fails does not start; the error says why."""

    def make() -> Actor:
        raise Boom("init failed")

    with pytest.raises(StartFailed) as raised:
        async with ActorSystem.start(ChildSpec(id="sup", factory=make,
                                               type=ChildType.SUPERVISOR)):
            pass
    assert isinstance(raised.value.error, Boom)


@pytest.mark.anyio
async def test_sup_start_child_returns_error() -> None:
    """sup_start_child_returns_error: start_child whose start fails answers the error
    and keeps nothing."""
    async with ActorSystem.start(sup()) as system:
        s = system.ref("sup")
        with pytest.raises(StartFailed):
            await start_child(s, kid("child1", Plan(then="fail")), timeout=W)
        assert await rows(s) == []


@pytest.mark.anyio
async def test_sup_start_restart_child_returns_error() -> None:
    """sup_start_restart_child_returns_error: restart_child whose start fails answers the
    error and leaves the child undefined."""
    plan = Plan()
    async with ActorSystem.start(sup([kid("child1", plan)])) as system:
        s = system.ref("sup")
        await terminate_child(s, "child1", timeout=W)
        plan.then = "fail"
        with pytest.raises(StartFailed):
            await restart_child(s, "child1", timeout=W)
        assert await rows(s) == [("child1", UNDEFINED)]


@pytest.mark.anyio
async def test_sup_start_child_returns_error_simple() -> None:
    """sup_start_child_returns_error_simple: a simple_one_for_one start_child whose start
    fails answers the error and keeps nothing."""
    async with ActorSystem.start(simple(kid("child", Plan(then="fail")))) as system:
        s = system.ref("sup")
        with pytest.raises(StartFailed):
            await start_child(s, [], timeout=W)
        assert await rows(s) == []


# -- sup_start_map -------------------------------------------------------------------------


@pytest.mark.anyio
async def test_sup_start_map() -> None:
    """sup_start_map: get_childspec returns the spec with OTP's defaults filled in
    (permanent, 5 s for a worker, infinity for a supervisor); unknown ids are not found."""
    specs = [kid("child1"), kid("child2", shutdown=BRUTAL),
             kid("child3", type=ChildType.SUPERVISOR)]
    async with ActorSystem.start(sup(specs)) as system:
        s = system.ref("sup")
        got = [await get_childspec(s, f"child{n}", timeout=W) for n in (1, 2, 3)]
        assert [(g.restart, g.shutdown, g.type, g.significant) for g in got] == [
            (PERMANENT, 5.0, ChildType.WORKER, False),
            (PERMANENT, BRUTAL, ChildType.WORKER, False),
            (PERMANENT, INFINITY, ChildType.SUPERVISOR, False),
        ]
        with pytest.raises(ChildNotFound):
            await get_childspec(s, "child4", timeout=W)


@pytest.mark.anyio
async def test_sup_start_map_simple() -> None:
    """sup_start_map_simple: under simple_one_for_one, get_childspec of an instance's ref
    returns the template; a ref that is not an instance is not found."""
    template = kid("child", restart=TEMPORARY)
    async with ActorSystem.start(simple(template)) as system:
        s = system.ref("sup")
        instances = [await started_ref(start_child(s, [], timeout=W)) for _ in range(3)]
        for ref in instances:
            assert await get_childspec(s, ref, timeout=W) == template
        with pytest.raises(ChildNotFound):
            await get_childspec(s, s, timeout=W)


def test_sup_start_map_faulty_specs() -> None:
    """sup_start_map_faulty_specs: a spec without a usable id, or something that is not a
    spec at all, is refused with a reason."""
    with pytest.raises(InvalidSpec, match="id"):
        ChildSpec(id="", factory=Kid)
    with pytest.raises(InvalidSpec, match="not a ChildSpec"):
        check_child_specs(["child4"], Strategy.ONE_FOR_ONE)  # type: ignore[list-item]
    with pytest.raises(InvalidSpec):
        supervisor_spec("sup", ["child4"])  # type: ignore[list-item]


# -- sup_stop --------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_sup_stop_infinity() -> None:
    """sup_stop_infinity: children with shutdown infinity (a supervisor and a worker) end
    with reason shutdown when their supervisor stops."""
    specs = [kid("child1", shutdown=INFINITY, type=ChildType.SUPERVISOR),
             kid("child2", shutdown=INFINITY)]
    async with ActorSystem.start(sup(specs)) as system:
        recorder = EventRecorder(system)
    assert stop_reasons(recorder) == [("sup/child2", "shutdown"), ("sup/child1", "shutdown"),
                                      ("sup", "shutdown")]


@pytest.mark.trio
async def test_sup_stop_timeout(autojump_clock: Any) -> None:
    """sup_stop_timeout: a child that does not stop within its shutdown time is killed;
    the others end with reason shutdown."""
    async with ActorSystem.start(sup([kid("child1", shutdown=1), kid("child2", shutdown=1)])
                                 ) as system:
        recorder = EventRecorder(system)
        await system.ref("sup/child2").tell("sleep")
        await trio.sleep(0.1)
        t0 = trio.current_time()
    assert stop_reasons(recorder) == [("sup/child2", "killed"), ("sup/child1", "shutdown"),
                                      ("sup", "shutdown")]
    assert trio.current_time() - t0 == pytest.approx(1)


@pytest.mark.trio
async def test_sup_stop_timeout_dynamic(autojump_clock: Any) -> None:
    """sup_stop_timeout_dynamic: the same for simple_one_for_one instances."""
    async with ActorSystem.start(simple(kid("child", restart=TEMPORARY, shutdown=1))
                                 ) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        one = await started_ref(start_child(s, [], timeout=V))
        two = await started_ref(start_child(s, [], timeout=V))
        await two.tell("sleep")
        await trio.sleep(0.1)
    assert sorted(stop_reasons(recorder, one.path, two.path)) == [
        (one.path, "shutdown"), (two.path, "killed")]
    assert stop_reasons(recorder, "sup") == [("sup", "shutdown")]


@pytest.mark.anyio
async def test_sup_stop_brutal_kill() -> None:
    """sup_stop_brutal_kill: a brutal_kill child is killed, a timeout child shut down."""
    async with ActorSystem.start(sup([kid("child1", shutdown=1),
                                      kid("child2", shutdown=BRUTAL)])) as system:
        recorder = EventRecorder(system)
    assert stop_reasons(recorder) == [("sup/child2", "killed"), ("sup/child1", "shutdown"),
                                      ("sup", "shutdown")]


@pytest.mark.anyio
async def test_sup_stop_brutal_kill_dynamic() -> None:
    """sup_stop_brutal_kill_dynamic: brutal_kill simple_one_for_one instances are all
    killed when the supervisor stops."""
    async with ActorSystem.start(simple(kid("child", restart=TEMPORARY, shutdown=BRUTAL))
                                 ) as system:
        recorder = EventRecorder(system)
        refs = [await started_ref(start_child(system.ref("sup"), [], timeout=W))
                for _ in range(10)]
    assert sorted(stop_reasons(recorder, *(r.path for r in refs))) == sorted(
        (r.path, "killed") for r in refs)


@pytest.mark.trio
async def test_sup_stop_race(autojump_clock: Any) -> None:
    """sup_stop_race: children that end by themselves, for any reason, while their
    supervisor is shutting down do not confuse it: each keeps its own exit reason, none is
    restarted, and the supervisor completes its shutdown with reason shutdown."""
    hows = {"stop": "normal", "shutdown": "shutdown", "die": "crashed"}
    racers = [kid(f"c{n}-{how}", restart=restart, shutdown=1)
              for n, (restart, how) in enumerate(itertools.product(
                  (TEMPORARY, TRANSIENT, PERMANENT), hows))]
    specs = [kid("child_a", restart=TEMPORARY, shutdown=1), *racers,
             kid("child_z", Plan(stop_takes=1), restart=TEMPORARY, shutdown=2)]

    async def end_them(system: ActorSystem) -> None:
        await trio.sleep(0.2)  # child_z, stopped first, is still taking its time
        for spec in racers:
            await system.ref(f"sup/{spec.id}").tell(spec.id.split("-")[1])

    async with (anyio.create_task_group() as tg,
                ActorSystem.start(sup(specs, max_restarts=100)) as system):
        recorder = EventRecorder(system)
        tg.start_soon(end_them, system)
    for spec in racers:
        path = f"sup/{spec.id}"
        reasons = [e.reason if isinstance(e, Stopped) else "crashed"
                   for e in _ends(recorder, path)]
        assert reasons == [hows[spec.id.split("-")[1]]], path
    assert stop_reasons(recorder, "sup/child_z", "sup/child_a", "sup") == [
        ("sup/child_z", "shutdown"), ("sup/child_a", "shutdown"), ("sup", "shutdown")]
    assert recorder.of(Restarting) == []


class FailsToStop(Kid):
    async def stopped(self, exit: Exit) -> None:
        raise Boom("failed in stopped()")


@pytest.mark.anyio
@pytest.mark.parametrize("restart", [TEMPORARY, TRANSIENT, PERMANENT])
async def test_sup_stop_non_shutdown_exit_dynamic(restart: Restart) -> None:
    """sup_stop_non_shutdown_exit_dynamic: simple_one_for_one instances that end with
    another reason than shutdown while being shut down (here: raising in stopped()) do not
    stop their supervisor from shutting down cleanly."""
    template = ChildSpec(id="child", factory=FailsToStop, args=(Plan(),), restart=restart)
    async with ActorSystem.start(simple(template)) as system:
        recorder = EventRecorder(system)
        refs = [await started_ref(start_child(system.ref("sup"), [], timeout=W))
                for _ in range(4)]
    crashed = recorder.of(Crashed, where=lambda e: e.phase == "stopped")
    assert sorted(e.path for e in crashed) == sorted(r.path for r in refs)
    assert stop_reasons(recorder, "sup") == [("sup", "shutdown")]
    assert system.exit_code == 0


# -- the management API ----------------------------------------------------------------------


@pytest.mark.anyio
async def test_extra_return() -> None:
    """extra_return: a start returning {ok, Pid, Info} has Info passed through unchanged by
    start_child and restart_child; the API errors (not_found, running) and an automatic
    restart are unaffected by it."""
    plan = Plan(then=("info", "extra_return"))
    async with ActorSystem.start(sup([kid("child1", plan)])) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        assert await rows(s) == [("child1", RUNNING)]
        for call in (terminate_child, delete_child, restart_child):
            with pytest.raises(ChildNotFound):
                await call(s, "hej", timeout=W)
        for call in (delete_child, restart_child):
            with pytest.raises(ChildRunning):
                await call(s, "child1", timeout=W)
        assert await counts(s) == (1, 1, 0, 1)
        await terminate_child(s, "child1", timeout=W)
        assert await rows(s) == [("child1", UNDEFINED)]
        assert await counts(s) == (1, 0, 0, 1)
        again = await restart_child(s, "child1", timeout=W)
        assert again == StartResult(system.ref("sup/child1"), "extra_return")
        await terminate_child(s, "child1", timeout=W)
        await terminate_child(s, "child1", timeout=W)
        await delete_child(s, "child1", timeout=W)
        with pytest.raises(ChildNotFound):
            await restart_child(s, "child1", timeout=W)
        assert await counts(s) == (0, 0, 0, 0)
        third = await start_child(s, kid("child1", plan), timeout=W)
        assert third.info == "extra_return"
        assert third.ref is not None
        await end(recorder, third.ref, "die")
        assert await rows(s) == [("child1", RUNNING)]
        assert (await which_children(s, timeout=W))[0].incarnation == 2  # restarted


@pytest.mark.anyio
async def test_child_adm() -> None:
    """child_adm: start_child, terminate_child, restart_child, delete_child,
    which_children and count_children, with their errors (already_started, not_found,
    already_present, running) and terminate_child by ref refused outside
    simple_one_for_one."""
    child = kid("child1")
    async with ActorSystem.start(sup([child])) as system:
        s = system.ref("sup")
        ref = system.ref("sup/child1")
        assert await rows(s) == [("child1", RUNNING)]
        assert await counts(s) == (1, 1, 0, 1)
        with pytest.raises(AlreadyStarted):
            await start_child(s, child, timeout=W)
        with pytest.raises(ChildNotFound):
            await terminate_child(s, "hej", timeout=W)
        await terminate_child(s, "child1", timeout=W)
        with pytest.raises(ActorStopped):
            await ref.tell("ping")
        assert await rows(s) == [("child1", UNDEFINED)]
        assert await counts(s) == (1, 0, 0, 1)
        await terminate_child(s, "child1", timeout=W)  # like deleting nothing: fine
        with pytest.raises(AlreadyPresent):
            await start_child(s, child, timeout=W)
        assert (await restart_child(s, "child1", timeout=W)).ref == ref
        assert await rows(s) == [("child1", RUNNING)]
        with pytest.raises(ChildRunning):
            await restart_child(s, "child1", timeout=W)
        with pytest.raises(ChildNotFound):
            await restart_child(s, "child2", timeout=W)
        with pytest.raises(ChildRunning):
            await delete_child(s, "child1", timeout=W)
        with pytest.raises(ChildNotFound):
            await delete_child(s, "hej", timeout=W)
        await terminate_child(s, "child1", timeout=W)
        await delete_child(s, "child1", timeout=W)
        with pytest.raises(ChildNotFound):
            await restart_child(s, "child1", timeout=W)
        assert await rows(s) == []
        assert await counts(s) == (0, 0, 0, 0)
        ref = await started_ref(start_child(s, child, timeout=W))
        with pytest.raises(ChildNotFound):
            await terminate_child(s, ref, timeout=W)
        assert await rows(s) == [("child1", RUNNING)]
        assert await counts(s) == (1, 1, 0, 1)


@pytest.mark.anyio
async def test_child_adm_simple() -> None:
    """child_adm_simple: under simple_one_for_one, terminate_child takes an instance's
    ref (an id answers the simple_one_for_one error); terminating an instance that already
    ended is fine; a live actor that is not an instance is not found; restart_child and
    delete_child answer the simple_one_for_one error."""
    async with ActorSystem.start(sup([kid("other")], id="top")) as system:
        sup_ref = await started_ref(start_child(system.ref("top"), simple(kid("child")),
                                                timeout=W))
        assert await rows(sup_ref) == []
        assert await counts(sup_ref) == (1, 0, 0, 0)
        one = await started_ref(start_child(sup_ref, [], timeout=W))
        assert await rows(sup_ref) == [(one.name, RUNNING)]
        assert await counts(sup_ref) == (1, 1, 0, 1)
        two = await started_ref(start_child(sup_ref, [], timeout=W))
        assert set(await rows(sup_ref)) == {(one.name, RUNNING), (two.name, RUNNING)}
        assert await counts(sup_ref) == (1, 2, 0, 2)
        with pytest.raises(SimpleOneForOneOnly):
            await terminate_child(sup_ref, one.name, timeout=W)
        assert await counts(sup_ref) == (1, 2, 0, 2)
        await terminate_child(sup_ref, one, timeout=W)
        assert await rows(sup_ref) == [(two.name, RUNNING)]
        assert await counts(sup_ref) == (1, 1, 0, 1)
        with pytest.raises(ActorStopped):
            await one.tell("ping")
        await terminate_child(sup_ref, one, timeout=W)  # already ended: fine
        assert await counts(sup_ref) == (1, 1, 0, 1)
        not_a_child = system.ref("top/other")
        with pytest.raises(ChildNotFound):
            await terminate_child(sup_ref, not_a_child, timeout=W)
        assert (await not_a_child.ask("ping", timeout=W))[1] == "ping"  # untouched
        with pytest.raises(SimpleOneForOneOnly):
            await restart_child(sup_ref, "child1", timeout=W)
        with pytest.raises(SimpleOneForOneOnly):
            await delete_child(sup_ref, "child1", timeout=W)


@pytest.mark.parametrize(("options", "field_name"), [
    ({"restart": "prmanent"}, "restart"),
    ({"shutdown": -10}, "shutdown"),
    ({"type": "wrker"}, "type"),
    ({"significant": "maybe"}, "significant"),
])
def test_child_specs(options: dict[str, Any], field_name: str) -> None:
    """child_specs and child_specs_map: an invalid restart type, shutdown, child type or
    significant flag is refused naming the field; every valid combination of restart type,
    shutdown and type is accepted; duplicate ids are refused; simple_one_for_one takes
    exactly one spec."""
    with pytest.raises(InvalidSpec, match=field_name):
        ChildSpec(id="child", factory=Kid, **options)
    for restart, shutdown, kind in itertools.product(
            Restart, (0, 1.0, INFINITY, BRUTAL), ChildType):
        check_child_specs([ChildSpec(id="child", factory=Kid, restart=restart,
                                     shutdown=shutdown, type=kind)], Strategy.ONE_FOR_ONE)
    with pytest.raises(InvalidSpec, match="duplicate"):
        check_child_specs([kid("child"), kid("child")], Strategy.ONE_FOR_ONE)
    for specs in ([], [kid("c1"), kid("c2")]):
        with pytest.raises(InvalidSpec, match="exactly one"):
            check_child_specs(specs, Strategy.SIMPLE_ONE_FOR_ONE)


@pytest.mark.anyio
async def test_child_specs_map_significant() -> None:
    """child_specs_map: a significant child must be transient or temporary, and is refused
    under auto_shutdown never (by check_child_specs/2, at supervisor start and by
    start_child); with auto_shutdown any or all it is accepted."""
    with pytest.raises(InvalidSpec, match="significant"):
        kid("child", restart=PERMANENT, significant=True)
    significant = kid("child", restart=TRANSIENT, significant=True)
    with pytest.raises(InvalidSpec, match="never"):
        check_child_specs([significant], Strategy.ONE_FOR_ONE, AutoShutdown.NEVER)
    check_child_specs([significant], Strategy.ONE_FOR_ONE)  # not checked without a mode
    for mode in (AutoShutdown.ANY_SIGNIFICANT, AutoShutdown.ALL_SIGNIFICANT):
        check_child_specs([significant], Strategy.ONE_FOR_ONE, mode)
    with pytest.raises(InvalidSpec, match="never"):
        supervisor_spec("sup", [significant])
    async with ActorSystem.start(sup()) as system:
        with pytest.raises(InvalidSpec, match="never"):
            await start_child(system.ref("sup"), significant, timeout=W)


@pytest.mark.parametrize(("flags", "field_name"), [
    ({"strategy": "none_for_one"}, "strategy"),
    ({"max_restarts": float("inf")}, "intensity"),
    ({"within": 0}, "period"),
    ({"within": float("inf")}, "period"),
    ({"auto_shutdown": "sometimes"}, "auto_shutdown"),
    ({"strategy": Strategy.SIMPLE_ONE_FOR_ONE, "auto_shutdown": AutoShutdown.ANY_SIGNIFICANT},
     "simple_one_for_one"),
])
def test_sup_flags(flags: dict[str, Any], field_name: str) -> None:
    """sup_flags (and significant_simple's flags): an invalid strategy, intensity, period
    or auto_shutdown is refused naming it, and auto_shutdown other than never is refused
    with simple_one_for_one."""
    with pytest.raises(InvalidSpec, match=field_name):
        SupervisorFlags(**flags)


# -- restart types ---------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(("restart", "how", "kept"), [
    (PERMANENT, "stop", RUNNING), (TRANSIENT, "stop", UNDEFINED), (TEMPORARY, "stop", None),
    (PERMANENT, "shutdown", RUNNING), (TRANSIENT, "shutdown", UNDEFINED),
    (TEMPORARY, "shutdown", None),
    (PERMANENT, "die", RUNNING), (TRANSIENT, "die", RUNNING), (TEMPORARY, "die", None),
])
async def test_restart_types(restart: Restart, how: str, kept: ChildState | None) -> None:
    """permanent_normal, transient_normal, temporary_normal, permanent_shutdown,
    transient_shutdown, temporary_shutdown, permanent_abnormal, transient_abnormal,
    temporary_abnormal: a permanent child is always restarted; a transient one only after
    an abnormal exit (normal and shutdown keep its spec without a child, and restart_child
    starts it again); a temporary one never, and its spec is deleted."""
    async with ActorSystem.start(sup()) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        ref = await started_ref(start_child(s, kid("child1", restart=restart), timeout=W))
        await end(recorder, ref, how)
        expected = [] if kept is None else [("child1", kept)]
        assert await rows(s) == expected
        assert await counts(s) == (len(expected), int(kept is RUNNING), 0, len(expected))
        if kept is UNDEFINED:
            assert (await restart_child(s, "child1", timeout=W)).ref == ref
        if kept is None:  # the id is free: the spec was not saved
            await start_child(s, kid("child1", restart=restart), timeout=W)


@pytest.mark.anyio
@pytest.mark.parametrize("strategy", [Strategy.ONE_FOR_ALL, Strategy.REST_FOR_ONE])
async def test_temporary_bystander(strategy: Strategy) -> None:
    """temporary_bystander: a temporary child stopped as a bystander of a one_for_all or
    rest_for_one restart is not restarted (its spec is dropped), so the supervisor does
    not hit its limit restarting it."""
    async with ActorSystem.start(sup(strategy=strategy, max_restarts=2, within=300)
                                 ) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        child1 = await started_ref(start_child(s, kid("child1", shutdown=0.1), timeout=W))
        await start_child(s, kid("child2", restart=TEMPORARY, shutdown=0.1), timeout=W)
        await end(recorder, child1, "stop")
        await recorder.wait_for(Started, path="sup/child1", count=2, timeout=W)
        assert await rows(s) == [("child1", RUNNING)]
        assert system.root_exit is None


@pytest.mark.trio
async def test_multiple_restarts(autojump_clock: Any) -> None:
    """multiple_restarts: restarts spaced out beyond the period never reach the intensity
    (1 restart within 1 s here)."""
    async with ActorSystem.start(sup([kid("child1", shutdown=BRUTAL)], max_restarts=1,
                                      within=1)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        for n in range(4):
            await end(recorder, system.ref("sup/child1"), "die")
            await recorder.wait_for(Started, path="sup/child1", count=n + 1, timeout=V)
            await trio.sleep(2.1)
        assert system.root_exit is None
        await terminate_child(s, "child1", timeout=V)
        await delete_child(s, "child1", timeout=V)


# -- strategies ------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_one_for_one() -> None:
    """one_for_one: only the failed child is restarted; a third restart within the period
    exceeds intensity 2 and the supervisor exits with reason shutdown."""
    async with ActorSystem.start(sup([kid("child1"), kid("child2")])) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        await end(recorder, system.ref("sup/child1"), "die")
        children = await which_children(s, timeout=W)
        assert [(c.id, c.incarnation) for c in children] == [("child2", 1), ("child1", 2)]
        assert await counts(s) == (2, 2, 0, 2)
        await end(recorder, system.ref("sup/child2"), "die")
        await end(recorder, system.ref("sup/child2"), "die")
        exit = await ended(system)
    assert (exit.kind, exit.detail) == (ExitKind.SHUTDOWN, "reached_max_restart_intensity")


@pytest.mark.anyio
@pytest.mark.parametrize("strategy", [Strategy.ONE_FOR_ONE, Strategy.ONE_FOR_ALL,
                                      Strategy.REST_FOR_ONE, Strategy.SIMPLE_ONE_FOR_ONE])
async def test_escalation(strategy: Strategy) -> None:
    """one_for_one_escalation, one_for_all_escalation, rest_for_one_escalation,
    simple_one_for_one_escalation: a child that cannot start again makes its supervisor
    retry, each retry a restart event, until the intensity (4) is exceeded; it then stops
    its other children and exits with reason shutdown."""
    failing, fine = Plan(starts=["ok"], then="fail"), Plan()
    if strategy is Strategy.SIMPLE_ONE_FOR_ONE:
        root = simple(ChildSpec(id="child", factory=Kid, in_flight=InFlight.DROP),
                      max_restarts=4)
    else:
        root = sup([kid("child1", failing), kid("child2", fine)], strategy=strategy,
                   max_restarts=4)
    async with ActorSystem.start(root) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        if strategy is Strategy.SIMPLE_ONE_FOR_ONE:
            first = await started_ref(start_child(s, [failing], timeout=W))
            second = await started_ref(start_child(s, [fine], timeout=W))
        else:
            first, second = system.ref("sup/child1"), system.ref("sup/child2")
        await end(recorder, first, "die")
        exit = await ended(system)
    assert (exit.kind, exit.detail) == (ExitKind.SHUTDOWN, "reached_max_restart_intensity")
    assert len(recorder.of(Crashed, path=first.path, where=lambda e: e.phase == "start")) == 4
    assert (second.path, "shutdown") in stop_reasons(recorder)
    assert [e.path for e in recorder.of(Escalated)] == ["sup"]


@pytest.mark.anyio
@pytest.mark.parametrize("strategy", [Strategy.ONE_FOR_ALL, Strategy.REST_FOR_ONE])
async def test_one_for_all_and_rest_for_one(strategy: Strategy) -> None:
    """one_for_all, rest_for_one: a failed child restarts with all its siblings
    (one_for_all) or with those started after it (rest_for_one), the others stopped first;
    a group restart is one restart event, so intensity 2 is exceeded by the third."""
    specs = [kid("child1"), kid("child2"), kid("child3")]
    async with ActorSystem.start(sup(specs, strategy=strategy)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        await end(recorder, system.ref("sup/child2"), "die")
        await recorder.wait_for(Started, path="sup/child3", timeout=W)
        incarnations = {c.id: c.incarnation for c in await which_children(s, timeout=W)}
        first = 2 if strategy is Strategy.ONE_FOR_ALL else 1
        assert incarnations == {"child1": first, "child2": 2, "child3": 2}
        assert await counts(s) == (3, 3, 0, 3)
        assert stop_reasons(recorder)[:1] == [("sup/child3", "shutdown")]
        await end(recorder, system.ref("sup/child3"), "die")
        await recorder.wait_for(Started, path="sup/child3", count=2, timeout=W)
        await end(recorder, system.ref("sup/child2"), "die")
        exit = await ended(system)
    assert exit.detail == "reached_max_restart_intensity"


@pytest.mark.anyio
@pytest.mark.parametrize("strategy", [Strategy.ONE_FOR_ALL, Strategy.REST_FOR_ONE])
async def test_other_child_fails_restart(strategy: Strategy) -> None:
    """one_for_all_other_child_fails_restart, rest_for_one_other_child_fails_restart:
    when child1's group restart fails at child2, one_for_all stops the restarted child1
    again and restarts the whole group; rest_for_one restarts only from child2 on."""
    specs = [kid("child1"), kid("child2", Plan(starts=["ok", "fail"]))]
    async with ActorSystem.start(sup(specs, strategy=strategy, max_restarts=3)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        await end(recorder, system.ref("sup/child1"), "die")
        await recorder.wait_for(Started, path="sup/child2", timeout=W)
        incarnations = {c.id: c.incarnation for c in await which_children(s, timeout=W)}
        if strategy is Strategy.ONE_FOR_ALL:
            assert incarnations == {"child1": 3, "child2": 3}
            assert ("sup/child1", "shutdown") in stop_reasons(recorder)
        else:
            assert incarnations == {"child1": 2, "child2": 3}
            assert stop_reasons(recorder) == [("sup/child2", "shutdown")]
        assert system.root_exit is None


@pytest.mark.anyio
async def test_simple_one_for_one() -> None:
    """simple_one_for_one: a failed instance is restarted alone, with its arguments;
    count_children counts one spec; the third restart within the period (intensity 2)
    makes the supervisor exit with reason shutdown."""
    template = ChildSpec(id="child", factory=Kid, args=(Plan(),), in_flight=InFlight.DROP)
    async with ActorSystem.start(simple(template)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        one = await started_ref(start_child(s, ["a"], timeout=W))
        two = await started_ref(start_child(s, ["b"], timeout=W))
        await end(recorder, one, "die")
        assert set(await rows(s)) == {(one.name, RUNNING), (two.name, RUNNING)}
        assert await counts(s) == (1, 2, 0, 2)
        assert await one.ask("ping", timeout=W) == (("a",), "ping", 2)
        assert await two.ask("ping", timeout=W) == (("b",), "ping", 1)
        await end(recorder, two, "die")
        await end(recorder, one, "die")
        exit = await ended(system)
    assert (exit.kind, exit.detail) == (ExitKind.SHUTDOWN, "reached_max_restart_intensity")


@pytest.mark.anyio
@pytest.mark.parametrize("restart", [TRANSIENT, PERMANENT])
async def test_simple_one_for_one_restart_ignore(restart: Restart) -> None:
    """simple_one_for_one_restart_ignore: an instance whose automatic restart returns
    ignore is dropped from the supervisor."""
    template = kid("child", Plan(starts=["ok", "ok", "ignore"]), restart=restart)
    async with ActorSystem.start(simple(template, max_restarts=10)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        ref = await started_ref(start_child(s, [], timeout=W))
        await end(recorder, ref, "die")
        assert await rows(s) == [(ref.name, RUNNING)]
        await end(recorder, ref, "die")
        assert await rows(s) == []
        with pytest.raises(ActorStopped):
            await ref.tell("ping")
    assert stop_reasons(recorder, "sup") == [("sup", "shutdown")]


@pytest.mark.trio
async def test_simple_one_for_one_shutdown(autojump_clock: Any) -> None:
    """simple_one_for_one_shutdown: at shutdown all instances are stopped at once under
    one shared timer: two that take 1 s to stop and one that takes 5 s, with shutdown
    2 s, stop in 2 s in all (the slow one killed), not one after another."""
    template = ChildSpec(id="child", factory=Kid, shutdown=2)
    async with ActorSystem.start(simple(template)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        refs = [await started_ref(start_child(s, [Plan(stop_takes=t)], timeout=V))
                for t in (1, 1, 5)]
        t0 = trio.current_time()
    assert trio.current_time() - t0 == pytest.approx(2)
    # a killed incarnation publishes Stopped(killed); the others finish stopped() first
    assert sorted(stop_reasons(recorder, *(r.path for r in refs))) == sorted(
        [(refs[0].path, "shutdown"), (refs[1].path, "shutdown"), (refs[2].path, "killed")])
    assert [e.at - t0 for e in recorder.of(Stopped, path="sup")] == [pytest.approx(2)]


@pytest.mark.anyio
async def test_simple_one_for_one_extra() -> None:
    """simple_one_for_one_extra: instances whose start returns {ok, Pid, Info} give Info
    to start_child, and are restarted like any other."""
    template = kid("child", Plan(then=("info", "extra_info")))
    async with ActorSystem.start(simple(template)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        one, two = [await start_child(s, [], timeout=W) for _ in range(2)]
        assert (one.info, two.info) == ("extra_info", "extra_info")
        assert one.ref is not None
        assert two.ref is not None
        await end(recorder, one.ref, "die")
        assert await counts(s) == (1, 2, 0, 2)
        await end(recorder, two.ref, "die")
        await end(recorder, two.ref, "die")
        exit = await ended(system)
    assert exit.detail == "reached_max_restart_intensity"


# -- misc ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_tree() -> None:
    """tree: a one_for_all supervisor of supervisors. A crash deep down restarts only that
    worker; a sub-supervisor that gives up is one restart event for the top, which restarts
    all its children (the transient one that was terminated too) with their static
    children, not the ones added by start_child."""
    sup1 = sup([kid("child1"), kid("child2")], id="supchild1", max_restarts=4)
    sup2 = sup(id="supchild2", max_restarts=4)
    sup3 = sup(id="supchild3", max_restarts=4, restart=TRANSIENT)
    async with ActorSystem.start(sup(strategy=Strategy.ONE_FOR_ALL, max_restarts=4, id="top")
                                 ) as system:
        recorder = EventRecorder(system)
        top = system.ref("top")
        s1, s2, _ = [await started_ref(start_child(top, spec, timeout=W))
                     for spec in (sup1, sup2, sup3)]
        await terminate_child(top, "supchild3", timeout=W)
        assert await counts(top) == (3, 2, 3, 0)
        assert await rows(s1) == [("child2", RUNNING), ("child1", RUNNING)]
        assert await counts(s1) == (2, 2, 0, 2)
        assert await counts(s2) == (0, 0, 0, 0)
        await start_child(s2, kid("child3", Plan(starts=["ok"], then="fail")), timeout=W)
        child4 = await started_ref(start_child(s2, kid("child4"), timeout=W))
        assert await counts(s2) == (2, 2, 0, 2)
        await end(recorder, child4, "die")
        assert {c.id: c.incarnation for c in await which_children(s2, timeout=W)} == {
            "child3": 1, "child4": 2}
        assert {c.id: c.incarnation for c in await which_children(s1, timeout=W)} == {
            "child1": 1, "child2": 1}
        await end(recorder, system.ref("top/supchild2/child3"), "die")
        for path in ("top/supchild1", "top/supchild2", "top/supchild3"):
            await recorder.wait_for(Started, path=path, count=2, timeout=W)
        assert await rows(top) == [("supchild3", RUNNING), ("supchild2", RUNNING),
                                   ("supchild1", RUNNING)]
        assert await counts(top) == (3, 3, 3, 0)
        assert await rows(s1) == [("child2", RUNNING), ("child1", RUNNING)]
        assert await counts(s2) == (0, 0, 0, 0)
        assert await counts(system.ref("top/supchild3")) == (0, 0, 0, 0)


@pytest.mark.anyio
@pytest.mark.parametrize(("kind", "expected"), [(ChildType.WORKER, (0, 1)),
                                            (ChildType.SUPERVISOR, (1, 0))])
async def test_count_children(kind: ChildType, expected: tuple[int, int]) -> None:
    """count_children, count_children_supervisor: a simple_one_for_one supervisor counts
    one spec and every instance as active and as a worker or a supervisor by the
    template's type; asking twice gives the same answer; instances that end are no longer
    counted."""
    n = 200
    template = kid("child", restart=TEMPORARY, type=kind)
    async with ActorSystem.start(simple(template)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        refs = [await started_ref(start_child(s, [], timeout=W)) for _ in range(n)]
        sups, workers = expected
        assert await counts(s) == (1, n, sups * n, workers * n)
        assert await counts(s) == (1, n, sups * n, workers * n)
        assert len(await rows(s)) == n
        for ref in refs:
            await end(recorder, ref, "die")
        assert await counts(s) == (1, 0, 0, 0)


@pytest.mark.trio
async def test_count_restarting_children(autojump_clock: Any) -> None:
    """count_restarting_children: instances whose restart keeps failing are counted, but
    not as active, until a restart succeeds; terminate_child removes them."""
    plan = Plan(start_takes=2)
    template = kid("child", plan, shutdown=BRUTAL)
    async with ActorSystem.start(simple(template, max_restarts=20, within=10)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        refs = [await started_ref(start_child(s, [], timeout=V)) for _ in range(3)]
        assert await counts(s) == (1, 3, 0, 3)
        for ref in refs:
            await end(recorder, ref, "die")
        assert await counts(s) == (1, 3, 0, 3)
        plan.then = "fail"
        await end(recorder, refs[0], "die")
        await end(recorder, refs[1], "die")
        await trio.sleep(4)
        assert await counts(s) == (1, 1, 0, 3)
        assert {state for _, state in await rows(s)} == {RESTARTING, RUNNING}
        plan.then = "ok"
        await trio.sleep(4)
        assert await counts(s) == (1, 3, 0, 3)
        for left, ref in zip((2, 1, 0), refs, strict=True):
            await terminate_child(s, ref, timeout=V)
            assert await counts(s) == (1, left, 0, left)
        assert system.root_exit is None


@pytest.mark.anyio
@pytest.mark.parametrize("strategy", [Strategy.ONE_FOR_ALL, Strategy.ONE_FOR_ONE,
                                      Strategy.REST_FOR_ONE])
@pytest.mark.parametrize("how", ["die", "stop", "api"])
async def test_do_not_save_child_specs_for_temporary_children(
    strategy: Strategy, how: str
) -> None:
    """do_not_save_child_specs_for_temporary_children: after a child ends (crash, normal
    exit or terminate_child), a permanent or transient child's spec is kept (it is running
    again: already_started; or not: already_present, and restart_child starts it), while a
    temporary child's spec is gone and start_child can add it anew."""
    async with ActorSystem.start(sup(strategy=strategy, max_restarts=10)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        for name, restart in (("child1", PERMANENT), ("child2", TRANSIENT),
                              ("child3", TEMPORARY)):
            spec = kid(name, restart=restart)
            ref = await started_ref(start_child(s, spec, timeout=W))
            if how == "api":
                await terminate_child(s, name, timeout=W)
            else:
                await end(recorder, ref, how)
                if restart is PERMANENT or (restart is TRANSIENT and how == "die"):
                    await recorder.wait_for(Started, path=ref.path, count=2, timeout=W)
            if restart is TEMPORARY:
                await start_child(s, spec, timeout=W)
            elif how == "api" or (restart is TRANSIENT and how == "stop"):
                with pytest.raises(AlreadyPresent):
                    await start_child(s, spec, timeout=W)
                await restart_child(s, name, timeout=W)
            else:
                with pytest.raises(AlreadyStarted):
                    await start_child(s, spec, timeout=W)


async def _wait_restarting(recorder: EventRecorder, path: str) -> None:
    """Until the child's restart has failed once (it is then restarting)."""
    await recorder.wait_for(Crashed, path=path, where=lambda e: e.phase == "start", timeout=V)


@pytest.mark.trio
async def test_hanging_restart_loop(autojump_clock: Any) -> None:
    """hanging_restart_loop: while a child's restart keeps failing (each attempt taking
    2 s), the supervisor keeps answering: start_child answers already_present,
    restart_child and delete_child restarting, which_children shows it restarting and
    count_children not active; terminate_child ends the loop; restart_child starts it
    again; and the supervisor can be shut down in the middle of such a loop."""
    plan = Plan(start_takes=2)
    spec = kid("child1", plan, shutdown=BRUTAL)
    async with ActorSystem.start(sup(max_restarts=8, within=10)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        ref = await started_ref(start_child(s, spec, timeout=V))
        plan.then = "fail"
        await end(recorder, ref, "die")
        await _wait_restarting(recorder, ref.path)
        with pytest.raises(AlreadyPresent):
            await start_child(s, spec, timeout=V)
        with pytest.raises(ChildRestarting):
            await restart_child(s, "child1", timeout=V)
        with pytest.raises(ChildRestarting):
            await delete_child(s, "child1", timeout=V)
        assert await rows(s) == [("child1", RESTARTING)]
        assert await counts(s) == (1, 0, 0, 1)
        await terminate_child(s, "child1", timeout=V)
        assert await rows(s) == [("child1", UNDEFINED)]
        plan.then = "ok"
        assert (await restart_child(s, "child1", timeout=V)).ref == ref
        plan.then = "fail"
        await end(recorder, ref, "die")
        await _wait_restarting(recorder, ref.path)
        t0 = trio.current_time()
    assert trio.current_time() - t0 <= 2  # at most the attempt under way
    assert stop_reasons(recorder, "sup") == [("sup", "shutdown")]
    assert system.root_exit is None


@pytest.mark.trio
async def test_hanging_restart_loop_rest_for_one(autojump_clock: Any) -> None:
    """hanging_restart_loop_rest_for_one: while child2's rest_for_one restart keeps
    failing, child2 shows restarting and child3 (not restarted yet) undefined, and
    count_children counts only child1 active; restart_child of child3 restarts it (it is
    undefined, not restarting); terminate_child of child2 ends the loop; restart_child
    starts each again."""
    plan = Plan(start_takes=2)
    specs = [kid("child1", shutdown=BRUTAL), kid("child2", plan, shutdown=BRUTAL),
             kid("child3", shutdown=BRUTAL)]
    async with ActorSystem.start(sup(specs, strategy=Strategy.REST_FOR_ONE, max_restarts=8,
                                     within=10)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        plan.then = "fail"
        await end(recorder, system.ref("sup/child2"), "die")
        await _wait_restarting(recorder, "sup/child2")
        with pytest.raises(AlreadyPresent):
            await start_child(s, specs[1], timeout=V)
        with pytest.raises(ChildRestarting):
            await restart_child(s, "child2", timeout=V)
        with pytest.raises(ChildRestarting):
            await delete_child(s, "child2", timeout=V)
        assert await rows(s) == [("child3", UNDEFINED), ("child2", RESTARTING),
                                 ("child1", RUNNING)]
        assert await counts(s) == (3, 1, 0, 3)
        assert (await restart_child(s, "child3", timeout=V)).ref == system.ref("sup/child3")
        assert recorder.of(Started, path="sup/child3")[-1].incarnation == 2
        # (child2's next retry restarts from child2 on: it stops child3 again, as OTP's
        # restart of a rest_for_one group terminates the children after the failed one)
        await terminate_child(s, "child2", timeout=V)
        rows_now = dict(await rows(s))
        assert rows_now["child2"] is UNDEFINED
        assert rows_now["child1"] is RUNNING
        plan.then = "ok"
        await restart_child(s, "child2", timeout=V)
        if rows_now["child3"] is UNDEFINED:  # the last retry stopped it again, as OTP does
            await restart_child(s, "child3", timeout=V)
        assert await rows(s) == [("child3", RUNNING), ("child2", RUNNING), ("child1", RUNNING)]
        plan.then = "fail"
        await end(recorder, system.ref("sup/child2"), "die")
        await _wait_restarting(recorder, "sup/child2")
    assert stop_reasons(recorder, "sup") == [("sup", "shutdown")]
    assert system.root_exit is None


@pytest.mark.trio
async def test_hanging_restart_loop_simple(autojump_clock: Any) -> None:
    """hanging_restart_loop_simple: the same under simple_one_for_one: restart_child and
    delete_child answer the simple_one_for_one error, the instance shows restarting,
    terminate_child by its ref removes it, and shutdown in a loop works."""
    plan = Plan(start_takes=2)
    async with ActorSystem.start(simple(kid("child1", plan, shutdown=BRUTAL), max_restarts=8,
                                        within=10)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        ref = await started_ref(start_child(s, [], timeout=V))
        plan.then = "fail"
        await end(recorder, ref, "die")
        await _wait_restarting(recorder, ref.path)
        with pytest.raises(SimpleOneForOneOnly):
            await restart_child(s, "child1", timeout=V)
        with pytest.raises(SimpleOneForOneOnly):
            await delete_child(s, "child1", timeout=V)
        assert await rows(s) == [(ref.name, RESTARTING)]
        assert await counts(s) == (1, 0, 0, 1)
        await terminate_child(s, ref, timeout=V)
        assert await rows(s) == []
        plan.then = "ok"
        ref = await started_ref(start_child(s, [], timeout=V))
        plan.then = "fail"
        await end(recorder, ref, "die")
        await _wait_restarting(recorder, ref.path)
    assert stop_reasons(recorder, "sup") == [("sup", "shutdown")]


@pytest.mark.anyio
async def test_order_of_children() -> None:
    """order_of_children: children start in the order given (ids not sorted); in a
    rest_for_one restart the later ones stop in reverse order and all start again in
    order; at shutdown every child stops in reverse start order."""
    ids = ["ch7", "ch3", "ch10", "ch2", "ch5"]
    async with ActorSystem.start(sup([kid(i) for i in ids], strategy=Strategy.REST_FOR_ONE)
                                 ) as system:
        recorder = EventRecorder(system)
        await end(recorder, system.ref("sup/ch10"), "die")
        await recorder.wait_for(Started, path="sup/ch5", timeout=W)
        assert [e.path for e in recorder.of(Stopped)] == ["sup/ch5", "sup/ch2"]
        assert [e.path for e in recorder.of(Started)] == ["sup/ch10", "sup/ch2", "sup/ch5"]
        recorder.events.clear()
    assert [e.path for e in recorder.of(Stopped)] == [f"sup/{i}" for i in reversed(ids)] + [
        "sup"]


@pytest.mark.anyio
async def test_which_children() -> None:
    """which_children: most recently added first; a terminated child shows undefined; a
    deleted one is gone."""
    async with ActorSystem.start(sup()) as system:
        s = system.ref("sup")
        assert await rows(s) == []
        one = await started_ref(start_child(s, kid("child1"), timeout=W))
        two = await started_ref(start_child(s, kid("child2"), timeout=W))
        children = await which_children(s, timeout=W)
        assert [(c.id, c.ref, c.type) for c in children] == [
            ("child2", two, ChildType.WORKER), ("child1", one, ChildType.WORKER)]
        await terminate_child(s, "child1", timeout=W)
        children = await which_children(s, timeout=W)
        assert [(c.id, c.ref, c.state) for c in children] == [
            ("child2", two, RUNNING), ("child1", None, UNDEFINED)]
        await delete_child(s, "child1", timeout=W)
        assert await rows(s) == [("child2", RUNNING)]


@pytest.mark.anyio
async def test_which_children_simple_one_for_one() -> None:
    """which_children_simple_one_for_one: every instance is listed; a terminated one is
    gone."""
    async with ActorSystem.start(simple(kid("child", restart=TEMPORARY))) as system:
        s = system.ref("sup")
        one = await started_ref(start_child(s, [], timeout=W))
        assert [c.ref for c in await which_children(s, timeout=W)] == [one]
        two = await started_ref(start_child(s, [], timeout=W))
        assert {c.ref for c in await which_children(s, timeout=W)} == {one, two}
        await terminate_child(s, one, timeout=W)
        assert [c.ref for c in await which_children(s, timeout=W)] == [two]


@pytest.mark.anyio
@pytest.mark.parametrize("static", [False, True])
async def test_scale_start_stop_many_children(static: bool) -> None:
    """simple_one_for_one_scale_many_temporary_children (simple_one_for_one) and
    scale_start_stop_many_children (one_for_one): starting and terminating ten times as
    many children takes about ten times as long, not a hundred (OTP allows up to 50x for
    10x children; we ask the same, in CPU time)."""
    import time

    async def run(n: int) -> float:
        root = sup() if static else simple(kid("child", restart=TEMPORARY))
        async with ActorSystem.start(root) as system:
            s = system.ref("sup")
            t0 = time.process_time()
            refs = [await started_ref(start_child(s, kid(f"c{i}") if static else [],
                                                  timeout=W)) for i in range(n)]
            for i, ref in enumerate(refs):
                await terminate_child(s, f"c{i}" if static else ref, timeout=W)
            spent = time.process_time() - t0
            left = await rows(s)  # static children keep their specs, instances do not
            assert left == ([(f"c{i}", UNDEFINED) for i in reversed(range(n))]
                            if static else [])
        return spent

    await run(50)  # warm up
    small, large = await run(200), await run(2000)
    assert large / small < 50, (small, large)


# -- significant children and auto_shutdown --------------------------------------------------

MODES = [AutoShutdown.NEVER, AutoShutdown.ANY_SIGNIFICANT, AutoShutdown.ALL_SIGNIFICANT]


@pytest.mark.anyio
@pytest.mark.parametrize("restart", [TEMPORARY, TRANSIENT])
@pytest.mark.parametrize("mode", MODES)
async def test_nonsignificant_children(restart: Restart, mode: AutoShutdown) -> None:
    """nonsignificant_temporary, nonsignificant_transient: however a child that is not
    significant ends (terminate_child, a crash, a normal exit), it never shuts its
    supervisor down, whatever its auto_shutdown."""
    spec = kid("child1", restart=restart)
    async with ActorSystem.start(sup(auto_shutdown=mode, max_restarts=5)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        ref = await started_ref(start_child(s, spec, timeout=W))
        await terminate_child(s, "child1", timeout=W)
        for how in ("die", "stop"):
            if restart is TEMPORARY:
                ref = await started_ref(start_child(s, spec, timeout=W))
            elif how == "die":
                ref = await started_ref(restart_child(s, "child1", timeout=W))
            await end(recorder, ref, how)
            if restart is TRANSIENT and how == "die":
                await recorder.wait_for(Started, path=ref.path, count=3, timeout=W)
        await which_children(s, timeout=W)
        assert system.root_exit is None
    assert stop_reasons(recorder, "sup") == [("sup", "shutdown")]


async def _three_children(s: ActorRef, restart: Restart) -> list[ActorRef]:
    specs = [kid("child1", restart=restart, significant=True),
             kid("child2", restart=restart, significant=True),
             kid("child3", restart=restart)]
    return [await started_ref(start_child(s, spec, timeout=W)) for spec in specs]


@pytest.mark.anyio
@pytest.mark.parametrize("how", ["stop", "die", "api"])
@pytest.mark.parametrize("restart", [TEMPORARY, TRANSIENT])
async def test_significant_any(restart: Restart, how: str) -> None:
    """significant_temporary, significant_transient (any_significant): a significant child
    that ends by itself and is not restarted (temporary: any end; transient: a normal one)
    shuts the supervisor down: its other children stop in reverse order and it exits with
    reason shutdown (detail auto_shutdown, exit code 0 at the root). terminate_child never
    triggers it, nor a transient child's crash (it is restarted)."""
    async with ActorSystem.start(sup(auto_shutdown=AutoShutdown.ANY_SIGNIFICANT,
                                     max_restarts=5)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        child1, _, _ = await _three_children(s, restart)
        if how == "api":
            await terminate_child(s, "child1", timeout=W)
        else:
            await end(recorder, child1, how)
        triggers = how != "api" and (restart is TEMPORARY or how == "stop")
        if triggers:
            exit = await ended(system)
            assert exit == Exit(ExitKind.SHUTDOWN, None, "auto_shutdown")
            assert stop_reasons(recorder, "sup/child3", "sup/child2", "sup") == [
                ("sup/child3", "shutdown"), ("sup/child2", "shutdown"), ("sup", "shutdown")]
            assert recorder.of(IntensityExceeded) == []
        else:
            if how == "die":
                await recorder.wait_for(Started, path=child1.path, timeout=W)
            assert len(await rows(s)) == 3 - int(restart is TEMPORARY and how == "api")
            assert system.root_exit is None
    assert system.exit_code == 0


@pytest.mark.anyio
@pytest.mark.parametrize("restart", [TEMPORARY, TRANSIENT])
async def test_significant_all(restart: Restart) -> None:
    """significant_temporary, significant_transient (all_significant): the supervisor
    shuts down only once the last significant child has ended by itself."""
    async with ActorSystem.start(sup(auto_shutdown=AutoShutdown.ALL_SIGNIFICANT,
                                     max_restarts=5)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        child1, child2, _ = await _three_children(s, restart)
        await end(recorder, child1, "stop")
        assert len(await rows(s)) == 3 - int(restart is TEMPORARY)
        assert system.root_exit is None
        await end(recorder, child2, "stop")
        exit = await ended(system)
    assert exit.detail == "auto_shutdown"
    assert ("sup/child3", "shutdown") in stop_reasons(recorder)


def test_significant_simple() -> None:
    """significant_simple: auto_shutdown any or all is refused with simple_one_for_one;
    never is fine."""
    template = kid("child1")
    for mode in (AutoShutdown.ANY_SIGNIFICANT, AutoShutdown.ALL_SIGNIFICANT):
        with pytest.raises(InvalidSpec, match="simple_one_for_one"):
            simple(template, auto_shutdown=mode)
    simple(template, auto_shutdown=AutoShutdown.NEVER)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", [AutoShutdown.ANY_SIGNIFICANT, AutoShutdown.ALL_SIGNIFICANT])
@pytest.mark.parametrize("strategy", [Strategy.ONE_FOR_ONE, Strategy.ONE_FOR_ALL,
                                      Strategy.REST_FOR_ONE])
async def test_significant_bystander(strategy: Strategy, mode: AutoShutdown) -> None:
    """significant_bystander: significant children stopped because a sibling failed (a
    group restart) do not shut the supervisor down; they are restarted with the group."""
    specs = [kid("child1", restart=TRANSIENT, significant=True),
             kid("child2", restart=TRANSIENT),
             kid("child3", restart=TRANSIENT, significant=True)]
    async with ActorSystem.start(sup(specs, strategy=strategy, auto_shutdown=mode,
                                     max_restarts=5)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        await end(recorder, system.ref("sup/child2"), "die")
        await recorder.wait_for(Started, path="sup/child2", timeout=W)
        incarnations = {c.id: c.incarnation for c in await which_children(s, timeout=W)}
        group = {Strategy.ONE_FOR_ONE: {"child2"}, Strategy.ONE_FOR_ALL: set(incarnations),
                 Strategy.REST_FOR_ONE: {"child2", "child3"}}[strategy]
        assert incarnations == {i: 2 if i in group else 1 for i in incarnations}
        assert system.root_exit is None


@pytest.mark.anyio
@pytest.mark.parametrize("significant", [True, False])
async def test_significant_escalation(significant: bool) -> None:
    """significant_escalation: a significant worker's normal exit shuts down its
    auto_shutdown supervisor B; B's exit (reason shutdown, so not restarted as transient)
    shuts down its own auto_shutdown parent A only when B is significant in A."""
    b = sup(id="b", auto_shutdown=AutoShutdown.ANY_SIGNIFICANT, restart=TRANSIENT,
            significant=significant)
    async with ActorSystem.start(sup(id="a", auto_shutdown=AutoShutdown.ANY_SIGNIFICANT)
                                 ) as system:
        recorder = EventRecorder(system)
        b_ref = await started_ref(start_child(system.ref("a"), b, timeout=W))
        c_ref = await started_ref(start_child(b_ref, kid("c", restart=TRANSIENT,
                                                            significant=True), timeout=W))
        await end(recorder, c_ref, "stop")
        await recorder.wait_for(Stopped, path="a/b", timeout=W)
        if significant:
            exit = await ended(system)
            assert exit.detail == "auto_shutdown"
        else:

            async def b_is_undefined() -> bool:
                return await rows(system.ref("a")) == [("b", UNDEFINED)]

            await eventually(b_is_undefined, timeout=W)
            assert system.root_exit is None
    assert [e.detail for e in recorder.of(Stopped, path="a/b")] == ["auto_shutdown"]
    assert system.exit_code == 0
