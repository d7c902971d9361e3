"""The Supervisor actor, one behaviour per test: strategies, restart types, start and stop
order, a failed start at init, nested supervisors and the events they publish.

Runs on asyncio and trio. Nothing here depends on time: every step waits for the events it
must cause (with a timeout). Timing (backoff, intensity windows, shutdown timeouts, retries
of failed restarts) is in test_backoff.py, on trio's virtual clock; the management API is in
test_api.py. The OTP reference-model properties are in test_properties.py.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from runtime import (
    Actor,
    ActorStopped,
    ActorSystem,
    Crashed,
    Escalated,
    Exit,
    ExitKind,
    InFlight,
    LifecycleEvent,
    Restarting,
    Started,
    StartFailed,
    StopActor,
    Stopped,
)
from runtime.testing import Crash, Crasher, EventRecorder, wait_restarted
from supervisors import (
    ChildSpec,
    ChildState,
    Restart,
    Strategy,
    supervisor_spec,
    which_children,
)

pytestmark = pytest.mark.anyio

WAIT = 5.0  # fail-after for every wait; never reached when the code is right


class Worker(Actor):
    """Notes its lifecycle in ``log``. "crash" raises, "exit" stops it normally, anything
    else is noted and answered with (message, incarnation)."""

    def __init__(self, name: str, log: list[tuple[Any, ...]]) -> None:
        self.name = name
        self.log = log

    async def started(self) -> None:
        self.log.append(("started", self.name))

    async def receive(self, message: Any) -> Any:
        if message == "crash":
            raise Crash(f"{self.name} crashed on purpose")
        if message == "exit":
            raise StopActor(ExitKind.NORMAL)
        self.log.append(("got", self.name, message, self.ctx.incarnation))
        return (message, self.ctx.incarnation)

    async def stopped(self, exit: Exit) -> None:
        self.log.append(("stopped", self.name, exit.kind.value))


class FailsToStart(Worker):
    async def started(self) -> None:
        raise Crash(f"{self.name} cannot start")


def child(name: str, log: list[tuple[Any, ...]], **options: Any) -> ChildSpec:
    options.setdefault("in_flight", InFlight.DROP)  # a crash message is not redelivered
    options.setdefault("factory", Worker)
    return ChildSpec(id=name, args=(name, log), **options)


def trace(recorder: EventRecorder, prefix: str = "sup/") -> list[tuple[str, str]]:
    """(kind, child name) of the children's Started, Stopped, Crashed and Restarting."""
    kinds = (Started, Stopped, Crashed, Restarting)
    return [
        (e.kind, e.path.removeprefix(prefix)) for e in recorder.events
        if isinstance(e, kinds) and e.path.startswith(prefix)
    ]


async def incarnations(system: ActorSystem, sup: str = "sup") -> dict[str, int]:
    rows = await which_children(system.ref(sup), timeout=WAIT)
    return {row.id: row.incarnation for row in rows}


def only(error: BaseException) -> BaseException:
    """The one exception inside (possibly nested) exception groups."""
    while isinstance(error, BaseExceptionGroup):
        assert len(error.exceptions) == 1, error
        error = error.exceptions[0]
    return error


# -- strategies ----------------------------------------------------------------------------


async def test_one_for_one_restarts_only_the_crashed_child() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child(n, log) for n in "abc"], strategy=Strategy.ONE_FOR_ONE)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/b").tell("crash")
            await wait_restarted(recorder, "sup/b", timeout=WAIT)
            assert trace(recorder) == [("Crashed", "b"), ("Restarting", "b"), ("Started", "b")]
            assert await incarnations(system) == {"a": 1, "b": 2, "c": 1}


async def test_one_for_all_stops_others_in_reverse_and_restarts_all_in_order() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child(n, log) for n in "abcd"],
                           strategy=Strategy.ONE_FOR_ALL)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/b").tell("crash")
            await wait_restarted(recorder, "sup/d", timeout=WAIT)
            assert trace(recorder) == [
                ("Crashed", "b"),
                ("Stopped", "d"), ("Stopped", "c"), ("Stopped", "a"),
                ("Restarting", "b"),
                ("Started", "a"), ("Started", "b"), ("Started", "c"), ("Started", "d"),
            ]
            assert [e.reason for e in recorder.of(Stopped)] == ["shutdown"] * 3
            assert await incarnations(system) == {"a": 2, "b": 2, "c": 2, "d": 2}


async def test_rest_for_one_restarts_the_crashed_child_and_those_started_after_it() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child(n, log) for n in "abcd"],
                           strategy=Strategy.REST_FOR_ONE)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/b").tell("crash")
            await wait_restarted(recorder, "sup/d", timeout=WAIT)
            assert trace(recorder) == [
                ("Crashed", "b"),
                ("Stopped", "d"), ("Stopped", "c"),
                ("Restarting", "b"),
                ("Started", "b"), ("Started", "c"), ("Started", "d"),
            ]
            assert await incarnations(system) == {"a": 1, "b": 2, "c": 2, "d": 2}


async def test_rest_for_one_crash_of_the_last_child_restarts_only_it() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child(n, log) for n in "abc"],
                           strategy=Strategy.REST_FOR_ONE)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/c").tell("crash")
            await wait_restarted(recorder, "sup/c", timeout=WAIT)
            assert trace(recorder) == [("Crashed", "c"), ("Restarting", "c"), ("Started", "c")]
            assert await incarnations(system) == {"a": 1, "b": 1, "c": 2}


# -- restart types -------------------------------------------------------------------------


async def test_permanent_child_is_restarted_after_a_normal_exit() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child("w", log, restart=Restart.PERMANENT)])
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/w").tell("exit")
            await wait_restarted(recorder, "sup/w", timeout=WAIT)
            assert trace(recorder) == [("Stopped", "w"), ("Restarting", "w"), ("Started", "w")]
            assert recorder.of(Stopped)[0].reason == "normal"


async def test_transient_child_is_not_restarted_after_a_normal_exit() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child("w", log, restart=Restart.TRANSIENT)])
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/w").tell("exit")
            stopped = await recorder.wait_for(Stopped, path="sup/w", timeout=WAIT)
            assert stopped.reason == "normal"
            rows = await which_children(system.ref("sup"), timeout=WAIT)
            assert [(r.id, r.state, r.ref) for r in rows] == [("w", ChildState.UNDEFINED, None)]
            assert trace(recorder) == [("Stopped", "w")]


async def test_transient_child_is_restarted_after_a_crash() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child("w", log, restart=Restart.TRANSIENT)])
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/w").tell("crash")
            await wait_restarted(recorder, "sup/w", timeout=WAIT)
            assert trace(recorder) == [("Crashed", "w"), ("Restarting", "w"), ("Started", "w")]


async def test_temporary_child_is_not_restarted_after_a_crash_and_is_removed() -> None:
    log: list[tuple[Any, ...]] = []
    specs = [child("keep", log), child("tmp", log, restart=Restart.TEMPORARY)]
    async with ActorSystem.start(supervisor_spec("sup", specs)) as system:
        with EventRecorder(system) as recorder:
            ref = system.ref("sup/tmp")
            await ref.tell("crash")
            await recorder.wait_for(Crashed, path="sup/tmp", timeout=WAIT)
            rows = await which_children(system.ref("sup"), timeout=WAIT)
            assert [r.id for r in rows] == ["keep"]
            assert trace(recorder) == [("Crashed", "tmp")]


async def test_telling_a_temporary_child_that_ended_raises_actor_stopped() -> None:
    log: list[tuple[Any, ...]] = []
    specs = [child("tmp", log, restart=Restart.TEMPORARY)]
    async with ActorSystem.start(supervisor_spec("sup", specs)) as system:
        with EventRecorder(system) as recorder:
            ref = system.ref("sup/tmp")
            await ref.tell("exit")
            await recorder.wait_for(Stopped, path="sup/tmp", timeout=WAIT)
            await which_children(system.ref("sup"), timeout=WAIT)  # the exit is handled
            with pytest.raises(ActorStopped):
                await ref.tell("hello")
            with pytest.raises(ActorStopped):
                ref.tell_nowait("hello")


async def test_temporary_bystander_of_a_group_restart_is_dropped_not_restarted() -> None:
    log: list[tuple[Any, ...]] = []
    specs = [child("a", log), child("tmp", log, restart=Restart.TEMPORARY), child("c", log)]
    root = supervisor_spec("sup", specs, strategy=Strategy.ONE_FOR_ALL)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/a").tell("crash")
            await wait_restarted(recorder, "sup/c", timeout=WAIT)
            assert trace(recorder) == [
                ("Crashed", "a"), ("Stopped", "c"), ("Stopped", "tmp"),
                ("Restarting", "a"), ("Started", "a"), ("Started", "c"),
            ]
            assert await incarnations(system) == {"a": 2, "c": 2}


async def test_a_normal_exit_of_a_transient_child_does_not_touch_its_siblings() -> None:
    log: list[tuple[Any, ...]] = []
    specs = [child("a", log), child("b", log, restart=Restart.TRANSIENT), child("c", log)]
    root = supervisor_spec("sup", specs, strategy=Strategy.ONE_FOR_ALL)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/b").tell("exit")
            await recorder.wait_for(Stopped, path="sup/b", timeout=WAIT)
            assert await incarnations(system) == {"a": 1, "b": 1, "c": 1}
            assert trace(recorder) == [("Stopped", "b")]


# -- start and stop order ------------------------------------------------------------------


async def test_children_start_in_order_and_stop_in_reverse_order_at_shutdown() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child(n, log) for n in "abc"])
    async with ActorSystem.start(root) as system:
        assert log == [("started", "a"), ("started", "b"), ("started", "c")]
        log.clear()
        recorder = EventRecorder(system)
    assert log == [("stopped", n, "shutdown") for n in "cba"]
    assert [(e.path, e.reason) for e in recorder.of(Stopped)] == [
        ("sup/c", "shutdown"), ("sup/b", "shutdown"), ("sup/a", "shutdown"),
        ("sup", "shutdown"),
    ]


async def test_failed_start_at_init_stops_started_children_in_reverse_and_fails() -> None:
    log: list[tuple[Any, ...]] = []
    specs = [child("a", log), child("b", log), child("c", log, factory=FailsToStart),
             child("d", log)]
    with pytest.raises(BaseException) as raised:  # noqa: PT012
        with anyio.fail_after(WAIT):
            async with ActorSystem.start(supervisor_spec("sup", specs)):
                pytest.fail("the system started although a child failed to start")
    error = only(raised.value)
    assert isinstance(error, StartFailed)
    assert isinstance(error.error, StartFailed)  # the supervisor's, caused by c's
    assert isinstance(error.error.error, Crash)
    assert log == [("started", "a"), ("started", "b"),
                   ("stopped", "b", "shutdown"), ("stopped", "a", "shutdown")]


# -- nested supervisors --------------------------------------------------------------------


def nested(log: list[tuple[Any, ...]], **sub_options: Any) -> ChildSpec:
    sub = supervisor_spec("sub", [child("x", log), child("y", log)], max_restarts=0,
                          **sub_options)
    return supervisor_spec("root", [sub], max_restarts=5, within=1e9)


async def test_gave_up_sub_supervisor_is_restarted_with_its_children() -> None:
    log: list[tuple[Any, ...]] = []
    async with ActorSystem.start(nested(log)) as system:
        with EventRecorder(system) as recorder:
            await system.ref("root/sub/x").tell("crash")
            await wait_restarted(recorder, "root/sub", timeout=WAIT)
            assert [e.path for e in recorder.of(Escalated)] == ["root/sub"]
            assert trace(recorder, "root/") == [
                ("Crashed", "sub/x"), ("Stopped", "sub/y"), ("Stopped", "sub"),
                ("Restarting", "sub"),
                ("Started", "sub/x"), ("Started", "sub/y"), ("Started", "sub"),
            ]
            rows = await which_children(system.ref("root/sub"), timeout=WAIT)
            assert [(r.id, r.state) for r in rows] == [("y", ChildState.RUNNING),
                                                        ("x", ChildState.RUNNING)]
            assert await system.ref("root/sub/y").ask("ping", timeout=WAIT) == ("ping", 2)
            assert system.root_exit is None


async def test_message_queued_while_its_supervisor_restarts_reaches_the_new_incarnation(
) -> None:
    log: list[tuple[Any, ...]] = []
    async with ActorSystem.start(nested(log)) as system:
        with EventRecorder(system) as recorder:
            y = system.ref("root/sub/y")

            def tell_while_restarting(event: LifecycleEvent) -> None:
                # runs inside the root supervisor, between the sub's exit and its restart
                if isinstance(event, Restarting) and event.path == "root/sub":
                    y.tell_nowait("queued")

            remove = system.events.add_listener(tell_while_restarting)
            await system.ref("root/sub/x").tell("crash")
            await wait_restarted(recorder, "root/sub", timeout=WAIT)
            remove()
            assert await y.ask("after", timeout=WAIT) == ("after", 2)
            assert [entry for entry in log if entry[0] == "got"] == [
                ("got", "y", "queued", 2), ("got", "y", "after", 2),
            ]
            assert recorder.of(Restarting, path="root/sub") != []


async def test_messages_queued_for_a_bystander_survive_the_group_restart() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child(n, log) for n in "abc"],
                           strategy=Strategy.ONE_FOR_ALL)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            c = system.ref("sup/c")

            def queue_for_c(event: LifecycleEvent) -> None:
                # a crashed, c is still up: these wait in its mailbox while it is stopped
                if isinstance(event, Crashed) and event.path == "sup/a":
                    c.tell_nowait("m1")
                    c.tell_nowait("m2")

            remove = system.events.add_listener(queue_for_c)
            await system.ref("sup/a").tell("crash")
            await wait_restarted(recorder, "sup/c", timeout=WAIT)
            remove()
            assert await c.ask("m3", timeout=WAIT) == ("m3", 2)
            got = [entry for entry in log if entry[0] == "got"]
            assert [m for _, _, m, _ in got] == ["m1", "m2", "m3"]


# -- events --------------------------------------------------------------------------------


async def test_crashed_event_carries_the_traceback_and_the_error() -> None:
    log: list[tuple[Any, ...]] = []
    async with ActorSystem.start(supervisor_spec("sup", [child("w", log)])) as system:
        with EventRecorder(system) as recorder:
            await system.ref("sup/w").tell("crash")
            crashed = await recorder.wait_for(Crashed, path="sup/w", timeout=WAIT)
            assert crashed.phase == "receive"
            assert crashed.incarnation == 1
            assert "w crashed on purpose" in crashed.error
            assert "w crashed on purpose" in crashed.traceback
            assert "Traceback" in crashed.traceback
            assert isinstance(crashed.exc, Crash)


async def test_restarting_event_counts_consecutive_attempts() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child("w", log)], max_restarts=10, within=1e9)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            for n in range(3):
                await system.ref("sup/w").tell("crash")
                await wait_restarted(recorder, "sup/w", times=n + 1, timeout=WAIT)
            restarting = recorder.of(Restarting, path="sup/w")
            assert [(e.attempt, e.delay) for e in restarting] == [(1, 0.0), (2, 0.0), (3, 0.0)]


async def test_started_events_number_the_incarnations() -> None:
    log: list[tuple[Any, ...]] = []
    root = supervisor_spec("sup", [child("w", log)], max_restarts=10, within=1e9)
    async with ActorSystem.start(root) as system:
        with EventRecorder(system) as recorder:
            for n in range(2):
                await system.ref("sup/w").tell("crash")
                await wait_restarted(recorder, "sup/w", times=n + 1, timeout=WAIT)
            assert [e.incarnation for e in recorder.of(Started, path="sup/w")] == [2, 3]


async def test_a_restarted_supervisor_takes_over_its_childs_slot() -> None:
    """A supervisor restarted by its parent finds its child's slot (ref, mailbox) again and
    restarts the child's later crashes itself, with its own fresh intensity."""
    mid = supervisor_spec("mid", [ChildSpec(id="w", factory=Crasher, in_flight=InFlight.DROP)],
                          max_restarts=1)
    tree = supervisor_spec("root", [mid], max_restarts=5)
    async with ActorSystem.start(tree) as system:
        with EventRecorder(system) as events:
            ref = system.ref("w")
            for count in (1, 2):  # the second crash is one too many for mid: root restarts it
                await ref.tell("crash")
                await events.wait_for(Started, path="root/mid/w", count=count, timeout=WAIT)
            await wait_restarted(events, "root/mid", timeout=WAIT)
            await ref.tell("crash")  # mid's new incarnation restarts w
            await events.wait_for(Started, path="root/mid/w", count=3, timeout=WAIT)
            assert await ref.ask("hi") == ("hi", 4, 1)
            assert len(events.of(Restarting, path="root/mid/w")) == 2
            assert len(events.of(Restarting, path="root/mid")) == 1
