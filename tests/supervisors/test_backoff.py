"""Everything time-dependent about supervision, on trio's virtual clock: backoff delays
and their reset, restart intensity windows, failed restarts retried later, shutdown
timeouts; plus validation of Backoff, ChildSpec and SupervisorFlags.

Each async test runs under pytest-trio's ``autojump_clock``: sleeping jumps virtual time
as soon as every task is blocked, so the tests assert exact times (event ``.at`` fields
are ``anyio.current_time()``) and take milliseconds. Nothing sleeps on the wall clock.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
import trio

from runtime import (
    Actor,
    ActorSystem,
    Crashed,
    Escalated,
    Exit,
    ExitKind,
    InFlight,
    IntensityExceeded,
    Restarting,
    Started,
    Stopped,
)
from runtime.testing import Crash, EventRecorder, wait_restarted
from supervisors import (
    BRUTAL,
    INFINITY,
    AlreadyPresent,
    Backoff,
    ChildRestarting,
    ChildSpec,
    ChildState,
    InvalidSpec,
    Strategy,
    Supervisor,
    SupervisorFlags,
    check_child_specs,
    delete_child,
    restart_child,
    start_child,
    supervisor_spec,
    terminate_child,
    which_children,
)

WAIT = 1000.0  # virtual seconds: reached at once when an expected event never comes


class Worker(Actor):
    """"crash" raises; "hang" never returns; ``stop_takes`` seconds in ``stopped()``;
    ``fail_starts[0]`` pending start failures (shared by all incarnations)."""

    def __init__(self, log: list[tuple[Any, ...]], fail_starts: list[int],
                 stop_takes: float = 0.0) -> None:
        self.log = log
        self.fail_starts = fail_starts
        self.stop_takes = stop_takes

    async def started(self) -> None:
        if self.fail_starts[0] > 0:
            self.fail_starts[0] -= 1
            raise Crash("cannot start yet")

    async def receive(self, message: Any) -> Any:
        if message == "crash":
            raise Crash("crashed on purpose")
        if message == "hang":
            await trio.sleep_forever()
        return message

    async def stopped(self, exit: Exit) -> None:
        self.log.append(("stopping", exit.kind.value, trio.current_time()))
        if self.stop_takes:
            await trio.sleep(self.stop_takes)
        self.log.append(("stopped", exit.kind.value, trio.current_time()))


def worker(name: str = "w", *, log: list[tuple[Any, ...]] | None = None,
           fail_starts: list[int] | None = None, stop_takes: float = 0.0,
           **options: Any) -> ChildSpec:
    return ChildSpec(id=name, factory=Worker, in_flight=InFlight.DROP,
                     args=([] if log is None else log,
                           [0] if fail_starts is None else fail_starts, stop_takes),
                     **options)


def exact(min_delay: float, max_delay: float, **options: Any) -> Backoff:
    return Backoff(min_delay=min_delay, max_delay=max_delay, jitter=0.0, **options)


# -- backoff -------------------------------------------------------------------------------


@pytest.mark.trio
async def test_backoff_delays_double_up_to_the_ceiling(autojump_clock: Any) -> None:
    spec = worker(backoff=exact(1, 8))
    root = supervisor_spec("sup", [spec], max_restarts=100, within=1e9)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            gaps = []
            for n in range(5):
                await system.ref("sup/w").tell("crash")
                crashed = await recorder.wait_for(Crashed, path="sup/w", count=n + 1,
                                                  timeout=WAIT)
                started = await wait_restarted(recorder, "sup/w", times=n + 1, timeout=WAIT)
                gaps.append(started.at - crashed.at)
            assert gaps == [1, 2, 4, 8, 8]


@pytest.mark.trio
async def test_restarting_events_carry_the_delay_and_attempt(autojump_clock: Any) -> None:
    root = supervisor_spec("sup", [worker(backoff=exact(1, 8))], max_restarts=100, within=1e9)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            for n in range(3):
                await system.ref("sup/w").tell("crash")
                await wait_restarted(recorder, "sup/w", times=n + 1, timeout=WAIT)
            restarting = recorder.of(Restarting, path="sup/w")
            assert [(e.attempt, e.delay) for e in restarting] == [(1, 1), (2, 2), (3, 4)]
            crashes = recorder.of(Crashed, path="sup/w")
            assert [e.at for e in restarting] == [e.at for e in crashes]


@pytest.mark.trio
async def test_backoff_delay_is_shown_as_restarting_until_it_elapses(
    autojump_clock: Any,
) -> None:
    root = supervisor_spec("sup", [worker(backoff=exact(10, 10))], max_restarts=5)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            t0 = trio.current_time()
            await system.ref("sup/w").tell("crash")
            await recorder.wait_for(Restarting, path="sup/w", timeout=WAIT)
            await trio.sleep(9)
            [row] = await which_children(system.ref("sup"), timeout=WAIT)
            assert (row.state, row.ref) == (ChildState.RESTARTING, None)
            started = await wait_restarted(recorder, "sup/w", timeout=WAIT)
            assert started.at == t0 + 10


@pytest.mark.trio
async def test_backoff_counter_resets_after_the_child_stayed_up(autojump_clock: Any) -> None:
    spec = worker(backoff=exact(1, 8, reset_after=10))
    root = supervisor_spec("sup", [spec], max_restarts=100, within=1e9)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            for n in range(3):  # delays 1, 2, 4
                await system.ref("sup/w").tell("crash")
                await wait_restarted(recorder, "sup/w", times=n + 1, timeout=WAIT)
            await trio.sleep(10)  # up for reset_after
            await system.ref("sup/w").tell("crash")
            await wait_restarted(recorder, "sup/w", times=4, timeout=WAIT)
            restarting = recorder.of(Restarting, path="sup/w")
            assert [(e.attempt, e.delay) for e in restarting] == [(1, 1), (2, 2), (3, 4), (1, 1)]


@pytest.mark.trio
async def test_backoff_counter_keeps_counting_when_the_child_was_up_briefly(
    autojump_clock: Any,
) -> None:
    spec = worker(backoff=exact(1, 8, reset_after=10))
    root = supervisor_spec("sup", [spec], max_restarts=100, within=1e9)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            for n in range(3):
                await trio.sleep(9)  # up, but less than reset_after
                await system.ref("sup/w").tell("crash")
                await wait_restarted(recorder, "sup/w", times=n + 1, timeout=WAIT)
            restarting = recorder.of(Restarting, path="sup/w")
            assert [(e.attempt, e.delay) for e in restarting] == [(1, 1), (2, 2), (3, 4)]


@pytest.mark.trio
async def test_jittered_delays_stay_in_bounds_and_follow_the_system_seed(
    autojump_clock: Any,
) -> None:
    async def delays(seed: int) -> list[float]:
        spec = worker(backoff=Backoff(min_delay=1, max_delay=4, jitter=0.5))
        root = supervisor_spec("sup", [spec], max_restarts=100, within=1e9)
        async with ActorSystem.start(root, seed=seed) as system:
            with EventRecorder(system) as recorder:
                for n in range(4):
                    await system.ref("sup/w").tell("crash")
                    crashed = await recorder.wait_for(Crashed, path="sup/w", count=n + 1,
                                                      timeout=WAIT)
                    started = await wait_restarted(recorder, "sup/w", times=n + 1,
                                                   timeout=WAIT)
                    restarting = recorder.of(Restarting)[n]
                    assert restarting.attempt == n + 1
                    assert started.at - crashed.at == pytest.approx(restarting.delay)
                return [e.delay for e in recorder.of(Restarting)]

    first = await delays(seed=42)
    for delay, base in zip(first, [1, 2, 4, 4], strict=True):
        assert base <= delay < base * 1.5
    assert await delays(seed=42) == first
    assert await delays(seed=43) != first


def test_backoff_delay_follows_the_capped_exponential_formula() -> None:
    backoff = exact(1, 8)
    rng = random.Random(0)
    assert [backoff.delay(n, rng) for n in range(6)] == [1, 2, 4, 8, 8, 8]
    assert backoff.delay(1000, rng) == 8


def test_backoff_jitter_stretches_the_capped_delay_by_up_to_its_share() -> None:
    backoff = Backoff(min_delay=1, max_delay=8, jitter=0.5)
    rng = random.Random(7)
    for n in range(8):
        base = min(8, 2**n)
        for _ in range(50):
            assert base <= backoff.delay(n, rng) < base * 1.5
    assert backoff.delay(3, random.Random(3)) == backoff.delay(3, random.Random(3))


def test_backoff_with_zero_min_delay_restarts_at_once() -> None:
    assert Backoff(min_delay=0, max_delay=5).delay(4, random.Random(0)) == 0


def test_backoff_resets_by_default_at_the_midpoint_of_min_and_max() -> None:
    assert exact(1, 9).reset_window == 5
    assert exact(1, 9, reset_after=2).reset_window == 2


def test_backoff_for_rto_caps_at_a_share_of_the_rto() -> None:
    assert Backoff.for_rto(1800).max_delay == 180
    assert Backoff.for_rto(1800, share=0.05).max_delay == 90
    assert Backoff.for_rto(1800, min_delay=2).min_delay == 2
    tiny = Backoff.for_rto(0.1)  # the ceiling is never below the floor
    assert tiny.max_delay == tiny.min_delay


# -- restart intensity ---------------------------------------------------------------------


@pytest.mark.trio
async def test_third_crash_within_the_window_gives_up(autojump_clock: Any) -> None:
    root = supervisor_spec("sup", [worker("a"), worker("w")], max_restarts=2, within=10)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            t0 = trio.current_time()
            for n in range(3):
                await trio.sleep(4)  # crashes at t0+4, t0+8, t0+12: all within 10 s
                await system.ref("sup/w").tell("crash")
                if n < 2:
                    await wait_restarted(recorder, "sup/w", times=n + 1, timeout=WAIT)
            with trio.fail_after(WAIT):
                exit = await system.wait()
            exceeded = recorder.of(IntensityExceeded, path="sup")
            assert [(e.at, e.restarts, e.max_restarts, e.within) for e in exceeded] == [
                (t0 + 12, 3, 2, 10)]
            assert [(e.path, e.reason) for e in recorder.of(Escalated)] == [
                ("sup", "reached_max_restart_intensity")]
            assert [(e.path, e.reason) for e in recorder.of(Stopped)] == [
                ("sup/a", "shutdown"), ("sup", "shutdown")]
            assert exit is not None
            assert (exit.kind, exit.detail) == (ExitKind.SHUTDOWN,
                                                "reached_max_restart_intensity")
            assert system.exit_code == 1


@pytest.mark.trio
async def test_crashes_spaced_beyond_the_window_never_give_up(autojump_clock: Any) -> None:
    root = supervisor_spec("sup", [worker()], max_restarts=2, within=10)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            for n in range(6):
                await trio.sleep(5.5)  # at most 2 restarts in any 10 s window
                await system.ref("sup/w").tell("crash")
                await wait_restarted(recorder, "sup/w", times=n + 1, timeout=WAIT)
            assert recorder.of(IntensityExceeded) == []
            assert system.root_exit is None


@pytest.mark.trio
async def test_one_for_all_group_restart_counts_once(autojump_clock: Any) -> None:
    root = supervisor_spec("sup", [worker(n) for n in "abc"], strategy=Strategy.ONE_FOR_ALL,
                           max_restarts=1, within=10)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/b").tell("crash")
            await wait_restarted(recorder, "sup/c", timeout=WAIT)
            assert recorder.of(IntensityExceeded) == []
            await system.ref("sup/a").tell("crash")  # the second restart event
            await recorder.wait_for(IntensityExceeded, timeout=WAIT)


@pytest.mark.trio
async def test_restart_child_is_not_counted_by_the_intensity_window(
    autojump_clock: Any,
) -> None:
    root = supervisor_spec("sup", [worker()], max_restarts=1, within=10)
    async with ActorSystem.start(root) as system:
        sup = system.ref("sup")
        with EventRecorder(system) as recorder:
            for _ in range(5):
                await terminate_child(sup, "w", timeout=WAIT)
                await restart_child(sup, "w", timeout=WAIT)
            await system.ref("sup/w").tell("crash")
            await recorder.wait_for(Started, path="sup/w", count=6, timeout=WAIT)
            assert recorder.of(IntensityExceeded) == []


@pytest.mark.trio
async def test_api_calls_on_a_child_waiting_for_its_restart(autojump_clock: Any) -> None:
    root = supervisor_spec("sup", [worker(backoff=exact(10, 10))], max_restarts=5)
    async with ActorSystem.start(root) as system:
        sup = system.ref("sup")
        with EventRecorder(system) as recorder:
            await system.ref("sup/w").tell("crash")
            await recorder.wait_for(Restarting, path="sup/w", timeout=WAIT)
            with pytest.raises(ChildRestarting):
                await restart_child(sup, "w", timeout=WAIT)
            with pytest.raises(ChildRestarting):
                await delete_child(sup, "w", timeout=WAIT)
            with pytest.raises(AlreadyPresent):
                await start_child(sup, worker(), timeout=WAIT)
            await terminate_child(sup, "w", timeout=WAIT)  # ends the pending restart
            await trio.sleep(60)
            assert recorder.of(Started) == []
            rows = await which_children(sup, timeout=WAIT)
            assert [(r.id, r.state) for r in rows] == [("w", ChildState.UNDEFINED)]


# -- failed restarts -----------------------------------------------------------------------


@pytest.mark.trio
async def test_failed_restart_is_retried_while_the_supervisor_keeps_answering(
    autojump_clock: Any,
) -> None:
    fail_starts = [0]
    spec = worker(fail_starts=fail_starts, backoff=exact(1, 8, reset_after=100))
    root = supervisor_spec("sup", [worker("a"), spec], max_restarts=10, within=1000)
    async with ActorSystem.start(root) as system:
        sup = system.ref("sup")
        with EventRecorder(system) as recorder:
            t0 = trio.current_time()
            fail_starts[0] = 3
            await system.ref("sup/w").tell("crash")
            await recorder.wait_for(Crashed, path="sup/w", count=3,
                                    where=lambda e: e.phase == "start", timeout=WAIT)
            assert trio.current_time() == t0 + 7  # start attempts at t0+1, +3, +7
            rows = await which_children(sup, timeout=WAIT)
            assert [(r.id, r.state) for r in rows] == [("w", ChildState.RESTARTING),
                                                       ("a", ChildState.RUNNING)]
            started = await wait_restarted(recorder, "sup/w", timeout=WAIT)
            assert started.at == t0 + 15
            restarting = recorder.of(Restarting, path="sup/w")
            assert [(e.at - t0, e.attempt, e.delay) for e in restarting] == [
                (0, 1, 1), (1, 2, 2), (3, 3, 4), (7, 4, 8)]


@pytest.mark.trio
async def test_failed_restart_backoff_grows_even_after_the_reset_window(
    autojump_clock: Any,
) -> None:
    """The backoff counter resets when the child *stayed up* for reset_after seconds. A
    child that keeps failing to start is not up, however long the retries take."""
    fail_starts = [0]
    spec = worker(fail_starts=fail_starts, backoff=exact(1, 8))  # reset window 4.5 s
    root = supervisor_spec("sup", [spec], max_restarts=10, within=1000)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            t0 = trio.current_time()
            fail_starts[0] = 3
            await system.ref("sup/w").tell("crash")
            await wait_restarted(recorder, "sup/w", timeout=WAIT)
            restarting = recorder.of(Restarting, path="sup/w")
            assert [(e.at - t0, e.attempt, e.delay) for e in restarting] == [
                (0, 1, 1), (1, 2, 2), (3, 3, 4), (7, 4, 8)]


@pytest.mark.trio
async def test_child_that_never_starts_again_exhausts_intensity_and_escalates(
    autojump_clock: Any,
) -> None:
    fail_starts = [0]
    spec = worker(fail_starts=fail_starts, backoff=exact(1, 8, reset_after=100))
    root = supervisor_spec("sup", [worker("a"), spec], max_restarts=3, within=1000)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            t0 = trio.current_time()
            fail_starts[0] = 10**6
            await system.ref("sup/w").tell("crash")
            with trio.fail_after(WAIT):
                exit = await system.wait()
            # restart events: the crash at t0 and the retries at t0+1, +3, +7 (the 4th > 3)
            failed_starts = recorder.of(Crashed, path="sup/w", where=lambda e: e.phase == "start")
            assert [e.at - t0 for e in failed_starts] == [1, 3, 7]
            [exceeded] = recorder.of(IntensityExceeded, path="sup")
            assert (exceeded.at - t0, exceeded.restarts) == (7, 4)
            assert recorder.kinds("sup")[-3:] == ["IntensityExceeded", "Escalated", "Stopped"]
            assert [e.path for e in recorder.of(Stopped)] == ["sup/a", "sup"]
            assert exit is not None
            assert exit.detail == "reached_max_restart_intensity"
            assert system.root_exit == exit
            assert system.exit_code == 1


@pytest.mark.trio
async def test_terminate_child_ends_a_pending_restart(autojump_clock: Any) -> None:
    fail_starts = [0]
    spec = worker(fail_starts=fail_starts, backoff=exact(1, 8, reset_after=100))
    root = supervisor_spec("sup", [spec], max_restarts=3, within=1000)
    async with ActorSystem.start(root) as system:
        sup = system.ref("sup")
        with EventRecorder(system) as recorder:
            fail_starts[0] = 10**6
            await system.ref("sup/w").tell("crash")
            await recorder.wait_for(Crashed, path="sup/w", where=lambda e: e.phase == "start",
                                    timeout=WAIT)
            await terminate_child(sup, "w", timeout=WAIT)
            await trio.sleep(100)
            assert len(recorder.of(Crashed, path="sup/w")) == 2  # no retry after terminate
            assert recorder.of(IntensityExceeded) == []
            rows = await which_children(sup, timeout=WAIT)
            assert [(r.id, r.state) for r in rows] == [("w", ChildState.UNDEFINED)]


# -- shutdown ------------------------------------------------------------------------------


@pytest.mark.trio
async def test_child_stuck_in_receive_is_killed_after_its_shutdown_timeout(
    autojump_clock: Any,
) -> None:
    log: list[tuple[Any, ...]] = []
    async with ActorSystem.start(supervisor_spec("sup", [worker(log=log, shutdown=3)])) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/w").tell("hang")
            await trio.sleep(1)
            t0 = trio.current_time()
            await terminate_child(system.ref("sup"), "w", timeout=WAIT)
            assert trio.current_time() == t0 + 3
            [stopped] = recorder.of(Stopped, path="sup/w")
            assert (stopped.reason, stopped.at) == ("killed", t0 + 3)
            assert log == []  # a killed incarnation's stopped() is not called


@pytest.mark.trio
async def test_child_whose_stopped_hook_overruns_is_killed_after_its_shutdown_timeout(
    autojump_clock: Any,
) -> None:
    log: list[tuple[Any, ...]] = []
    spec = worker(log=log, stop_takes=60, shutdown=2.5)
    async with ActorSystem.start(supervisor_spec("sup", [spec])) as system:
        with EventRecorder(system) as recorder:
            t0 = trio.current_time()
            await terminate_child(system.ref("sup"), "w", timeout=WAIT)
            [stopped] = recorder.of(Stopped, path="sup/w")
            assert (stopped.reason, stopped.at) == ("killed", t0 + 2.5)
            assert log == [("stopping", "shutdown", t0)]


@pytest.mark.trio
async def test_brutal_shutdown_kills_at_once_without_calling_stopped(
    autojump_clock: Any,
) -> None:
    log: list[tuple[Any, ...]] = []
    spec = worker(log=log, stop_takes=60, shutdown=BRUTAL)
    async with ActorSystem.start(supervisor_spec("sup", [spec])) as system:
        with EventRecorder(system) as recorder:
            t0 = trio.current_time()
            await terminate_child(system.ref("sup"), "w", timeout=WAIT)
            [stopped] = recorder.of(Stopped, path="sup/w")
            assert (stopped.reason, stopped.at) == ("killed", t0)
            assert log == []


@pytest.mark.trio
async def test_infinity_shutdown_waits_for_the_child_however_long(autojump_clock: Any) -> None:
    log: list[tuple[Any, ...]] = []
    spec = worker(log=log, stop_takes=3600, shutdown=INFINITY)
    async with ActorSystem.start(supervisor_spec("sup", [spec])) as system:
        with EventRecorder(system) as recorder:
            t0 = trio.current_time()
            await terminate_child(system.ref("sup"), "w", timeout=None)
            [stopped] = recorder.of(Stopped, path="sup/w")
            assert (stopped.reason, stopped.at) == ("shutdown", t0 + 3600)
            assert log == [("stopping", "shutdown", t0), ("stopped", "shutdown", t0 + 3600)]


@pytest.mark.trio
async def test_system_shutdown_gives_each_child_its_timeout_in_reverse_order(
    autojump_clock: Any,
) -> None:
    specs = [worker("a", stop_takes=1, shutdown=5), worker("b", stop_takes=60, shutdown=2),
             worker("c", stop_takes=1, shutdown=5)]
    async with ActorSystem.start(supervisor_spec("sup", specs)) as system:
        recorder = EventRecorder(system)
        t0 = trio.current_time()
    stops = [(e.path, e.reason, e.at - t0) for e in recorder.of(Stopped)]
    assert stops == [("sup/c", "shutdown", 1), ("sup/b", "killed", 3),
                     ("sup/a", "shutdown", 4), ("sup", "shutdown", 4)]


@pytest.mark.trio
async def test_bystander_is_stopped_within_its_shutdown_timeout_before_the_restart(
    autojump_clock: Any,
) -> None:
    specs = [worker("a"), worker("b", stop_takes=60, shutdown=2)]
    root = supervisor_spec("sup", specs, strategy=Strategy.ONE_FOR_ALL)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            t0 = trio.current_time()
            await system.ref("sup/a").tell("crash")
            await wait_restarted(recorder, "sup/b", timeout=WAIT)
            [stopped] = recorder.of(Stopped, path="sup/b")
            assert (stopped.reason, stopped.at) == ("killed", t0 + 2)
            assert [e.at - t0 for e in recorder.of(Started)] == [2, 2]


# -- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(("options", "field"), [
    ({"min_delay": -1, "max_delay": 1}, "min_delay"),
    ({"min_delay": 2, "max_delay": 1}, "max_delay"),
    ({"min_delay": 1, "max_delay": 2, "jitter": -0.1}, "jitter"),
    ({"min_delay": 1, "max_delay": 2, "factor": 0.5}, "factor"),
    ({"min_delay": 1, "max_delay": 2, "reset_after": 0}, "reset_after"),
])
def test_invalid_backoff_raises_invalid_spec_naming_the_field(
    options: dict[str, Any], field: str,
) -> None:
    with pytest.raises(InvalidSpec, match=field):
        Backoff(**options)


@pytest.mark.parametrize(("options", "field"), [
    ({"id": ""}, "id"),
    ({"id": "a/b"}, "id"),
    ({"factory": "not callable"}, "factory"),
    ({"restart": "permanent"}, "restart"),
    ({"type": "worker"}, "type"),
    ({"shutdown": -1}, "shutdown"),
    ({"shutdown": "soon"}, "shutdown"),
    ({"capacity": 0}, "capacity"),
    ({"max_redeliveries": -1}, "max_redeliveries"),
])
def test_invalid_child_spec_raises_invalid_spec_naming_the_field(
    options: dict[str, Any], field: str,
) -> None:
    fields = {"id": "w", "factory": Worker, **options}
    with pytest.raises(InvalidSpec, match=field):
        ChildSpec(**fields)


@pytest.mark.parametrize(("options", "field"), [
    ({"max_restarts": -1}, "intensity"),
    ({"max_restarts": 1.5}, "intensity"),
    ({"within": 0}, "period"),
    ({"within": -1}, "period"),
    ({"within": float("inf")}, "period"),
    ({"strategy": "one_for_one"}, "strategy"),
])
def test_invalid_supervisor_flags_raise_invalid_spec_naming_the_field(
    options: dict[str, Any], field: str,
) -> None:
    with pytest.raises(InvalidSpec, match=field):
        SupervisorFlags(**options)


def test_duplicate_child_ids_raise_invalid_spec() -> None:
    with pytest.raises(InvalidSpec, match="duplicate child id 'w'"):
        supervisor_spec("sup", [worker("w"), worker("a"), worker("w")])


@pytest.mark.parametrize("count", [0, 2])
def test_simple_one_for_one_needs_exactly_one_child_spec(count: int) -> None:
    specs = [worker(f"w{i}") for i in range(count)]
    with pytest.raises(InvalidSpec, match="exactly one"):
        check_child_specs(specs, Strategy.SIMPLE_ONE_FOR_ONE)
    with pytest.raises(InvalidSpec, match="exactly one"):
        Supervisor(SupervisorFlags(strategy=Strategy.SIMPLE_ONE_FOR_ONE), specs)


def test_zero_shutdown_is_brutal_and_none_is_infinity() -> None:
    assert worker(shutdown=0).shutdown == BRUTAL
    assert worker(shutdown=None).shutdown is INFINITY
