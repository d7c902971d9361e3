"""Actors: lifecycle hooks, loop-style run(), the context, timers, the bound logger."""

from __future__ import annotations

import contextvars
import logging
from typing import Any

import anyio
import anyio.lowlevel
import pytest
import trio

from runtime import (
    IGNORE,
    Actor,
    ActorSystem,
    Exit,
    ExitKind,
    InFlight,
    Props,
    Started,
    StopActor,
    Stopped,
)
from runtime.lowlevel import Cell
from runtime.testing import EventRecorder

pytestmark = pytest.mark.anyio


async def test_hooks_run_in_order_and_stopped_gets_the_reason() -> None:
    calls: list[Any] = []

    class Hooks(Actor):
        async def started(self) -> None:
            calls.append("started")

        async def receive(self, message: Any) -> Any:
            calls.append(("receive", message))

        async def stopped(self, exit: Exit) -> None:
            calls.append(("stopped", exit.kind))

    async with ActorSystem.start(Props(Hooks), name="h") as system:
        await system.ref("h").ask("m")
    assert calls == ["started", ("receive", "m"), ("stopped", ExitKind.SHUTDOWN)]


async def test_context_knows_path_name_incarnation_and_self() -> None:
    class Who(Actor):
        async def receive(self, message: Any) -> Any:
            ctx = self.ctx
            return (ctx.path, ctx.name, ctx.incarnation, ctx.self == ctx.system.ref(ctx.name))

    async with ActorSystem.start(Props(Who), name="who") as system:
        assert await system.ref("who").ask("?") == ("who", "who", 1, True)


async def test_stop_actor_ends_the_incarnation_normally() -> None:
    class Quitter(Actor):
        async def receive(self, message: Any) -> Any:
            raise StopActor(ExitKind.NORMAL, "done")

    async with ActorSystem.start(Props(Quitter), name="q") as system:
        await system.ref("q").tell("bye")
        exit = await system.wait()
        assert exit is not None
        assert exit.kind is ExitKind.NORMAL
        assert exit.detail == "done"
        assert system.exit_code == 0


async def test_loop_actor_runs_and_is_cancelled_by_a_stop() -> None:
    ticks: list[int] = []
    cleaned = anyio.Event()

    class Loop(Actor):
        async def run(self) -> None:
            try:
                while True:
                    ticks.append(len(ticks))
                    await anyio.lowlevel.checkpoint()
            finally:
                cleaned.set()

    async with ActorSystem.start(Props(Loop), name="loop") as system:
        events = EventRecorder(system)
        while len(ticks) < 5:
            await anyio.lowlevel.checkpoint()
    assert cleaned.is_set()
    assert [e.reason for e in events.of(Stopped)] == ["shutdown"]


async def test_loop_actor_that_returns_exits_normally() -> None:
    class Once(Actor):
        async def run(self) -> None:
            return

    async with ActorSystem.start(Props(Once), name="once") as system:
        exit = await system.wait()
        assert exit is not None
        assert exit.kind is ExitKind.NORMAL


async def test_loop_actor_that_raises_crashes() -> None:
    class Bad(Actor):
        async def run(self) -> None:
            raise ValueError("loop broke")

    async with ActorSystem.start(Props(Bad), name="bad") as system:
        exit = await system.wait()
        assert exit is not None
        assert exit.kind is ExitKind.CRASHED
        assert isinstance(exit.error, ValueError)
        assert system.exit_code == 1


@pytest.mark.trio
async def test_after_sends_once_at_the_deadline(autojump_clock: Any) -> None:
    got: list[tuple[Any, float]] = []

    class Timed(Actor):
        async def started(self) -> None:
            self.ctx.after(3.0, "ping")

        async def receive(self, message: Any) -> Any:
            got.append((message, trio.current_time()))

    async with ActorSystem.start(Props(Timed), name="t"):
        start = trio.current_time()
        await trio.sleep(10)
    assert [(m, round(t - start, 6)) for m, t in got] == [("ping", 3.0)]


@pytest.mark.trio
async def test_every_fires_at_a_fixed_rate_and_cancel_stops_it(autojump_clock: Any) -> None:
    got: list[float] = []

    class Ticker(Actor):
        async def started(self) -> None:
            self.timer = self.ctx.every(2.0, "tick")

        async def receive(self, message: Any) -> Any:
            got.append(trio.current_time())
            if len(got) == 3:
                self.timer.cancel()

    async with ActorSystem.start(Props(Ticker), name="t"):
        start = trio.current_time()
        await trio.sleep(20)
    assert [round(t - start, 6) for t in got] == [2.0, 4.0, 6.0]


@pytest.mark.trio
async def test_timers_die_with_their_incarnation(autojump_clock: Any) -> None:
    got: list[tuple[str, int]] = []

    class Crashy(Actor):
        async def started(self) -> None:
            self.ctx.every(1.0, "tick")

        async def receive(self, message: Any) -> Any:
            got.append((message, self.ctx.incarnation))
            if message == "crash":
                raise RuntimeError("crash")

    from supervisors import supervisor_spec, worker

    tree = supervisor_spec("root", [worker("c", Crashy, in_flight=InFlight.DROP)])
    async with ActorSystem.start(tree) as system:
        await trio.sleep(2.5)  # incarnation 1 ticks twice
        await system.ref("c").tell("crash")
        await trio.sleep(2.2)  # incarnation 2 ticks twice; incarnation 1's timer is gone
    ticks = [inc for m, inc in got if m == "tick"]
    assert ticks == [1, 1, 2, 2]


@pytest.mark.trio
async def test_background_task_runs_until_its_incarnation_ends(autojump_clock: Any) -> None:
    beats: list[int] = []

    class Beating(Actor):
        async def started(self) -> None:
            self.ctx.start_soon(self.beat)

        async def beat(self) -> None:
            while True:
                beats.append(self.ctx.incarnation)
                await trio.sleep(1.0)

        async def receive(self, message: Any) -> Any:
            raise RuntimeError("crash")

    from supervisors import supervisor_spec, worker

    tree = supervisor_spec("root", [worker("b", Beating, in_flight=InFlight.DROP)])
    async with ActorSystem.start(tree) as system:
        await trio.sleep(1.5)
        await system.ref("b").tell("crash")
        await trio.sleep(1.2)
    assert beats == [1, 1, 2, 2]


async def test_background_task_error_crashes_the_incarnation_and_it_restarts() -> None:
    class Flaky(Actor):
        async def fail(self) -> None:
            raise ValueError("pump broke")

        async def receive(self, message: Any) -> Any:
            if message == "arm":
                self.ctx.start_soon(self.fail)
            return self.ctx.incarnation

    from runtime import Crashed
    from runtime.testing import wait_restarted
    from supervisors import supervisor_spec, worker

    tree = supervisor_spec("root", [worker("f", Flaky)])
    async with ActorSystem.start(tree) as system:
        recorder = EventRecorder(system)
        assert await system.ref("f").ask("arm") == 1
        started = await wait_restarted(recorder, "root/f")
        assert started.incarnation == 2
        assert await system.ref("f").ask("which") == 2
    crashes = recorder.of(Crashed, path="root/f")
    assert [(e.phase, type(e.exc).__name__) for e in crashes] == [("task", "ValueError")]


async def test_cancelled_background_task_leaves_the_actor_running() -> None:
    class Quiet(Actor):
        async def started(self) -> None:
            self.handle = self.ctx.start_soon(anyio.sleep_forever)

        async def receive(self, message: Any) -> Any:
            self.handle.cancel()
            await anyio.lowlevel.checkpoint()
            return self.handle.active

    async with ActorSystem.start(Props(Quiet), name="q") as system:
        assert await system.ref("q").ask("stop it") is False
        assert await system.ref("q").ask("still here?") is False


async def test_the_logger_is_bound_to_the_actor_path(caplog: pytest.LogCaptureFixture) -> None:
    class Talker(Actor):
        async def receive(self, message: Any) -> Any:
            self.ctx.log.warning("hello %s", message)

    with caplog.at_level(logging.WARNING, logger="actor"):
        async with ActorSystem.start(Props(Talker), name="talker") as system:
            await system.ref("talker").ask("there")
    record = next(r for r in caplog.records if r.name == "actor")
    assert record.getMessage() == "[talker] hello there"
    assert record.actor_path == "talker"  # type: ignore[attr-defined]



class Host(Actor):
    """Spawns child slots and drives them through the kernel's own calls (no supervisor)."""

    hosts_children = True

    def __init__(self) -> None:
        self.cells: dict[str, Cell] = {}

    async def receive(self, message: Any) -> Any:
        verb, name, *rest = message
        if verb == "spawn":
            cell = self.cells[name] = self.ctx.spawn(name, rest[0])
            return cell
        if verb == "start":
            return await self.cells[name].start()
        return await self.cells[name].stop(rest[0])


async def test_started_returns_start_info_to_whoever_started_the_actor() -> None:
    class Informative(Actor):
        async def started(self) -> Any:
            return {"port": 8080}

    async with ActorSystem.start(Props(Host), name="h") as system:
        host = system.ref("h")
        await host.ask(("spawn", "c", Props(Informative)))
        assert await host.ask(("start", "c")) == {"port": 8080}


@pytest.mark.parametrize("where", ["factory", "started"])
async def test_ignore_declines_the_start_quietly(where: str) -> None:
    stopped: list[Exit] = []

    class Declines(Actor):
        async def started(self) -> Any:
            return IGNORE

        async def stopped(self, exit: Exit) -> None:
            stopped.append(exit)

    factory: Any = (lambda: IGNORE) if where == "factory" else Declines
    async with ActorSystem.start(Props(Host), name="h") as system:
        with EventRecorder(system) as events:
            host = system.ref("h")
            cell = await host.ask(("spawn", "c", Props(factory)))
            for _ in range(2):
                assert await host.ask(("start", "c")) is IGNORE
                assert not cell.running
                assert cell.last_exit == Exit(ExitKind.NORMAL, None, "ignore")
            assert [e for e in events.events if e.path == "h/c"] == []
            assert stopped == []
            assert system.root_exit is None


_incarnation_seen: contextvars.ContextVar[int] = contextvars.ContextVar("incarnation_seen")


async def test_restarts_reuse_the_cells_task_and_a_kill_ends_it() -> None:
    """Successive incarnations of one cell run in one task (a restart wakes it instead of
    spawning one), so a context variable an incarnation sets is seen by the next; killing
    an incarnation ends that task, and the next start runs in a fresh one."""
    seen: list[int | None] = []

    class Notes(Actor):
        async def started(self) -> None:
            seen.append(_incarnation_seen.get(None))
            _incarnation_seen.set(self.ctx.incarnation)

        async def receive(self, message: Any) -> Any:
            if message == "hang":
                await anyio.sleep_forever()
            raise StopActor(ExitKind.NORMAL)

    async with ActorSystem.start(Props(Host), name="h") as system:
        with EventRecorder(system) as events:
            host = system.ref("h")
            await host.ask(("spawn", "c", Props(Notes)))
            for n in range(2):
                await host.ask(("start", "c"))
                await system.ref("h/c").tell("end")
                await events.wait_for(Stopped, path="h/c", count=n + 1)
            await host.ask(("start", "c"))
            await system.ref("h/c").tell("hang")
            assert await host.ask(("stop", "c", 0.0)) == Exit(ExitKind.KILLED)
            assert [e.reason for e in events.of(Stopped, path="h/c")] == [
                "normal", "normal", "killed"]
            await host.ask(("start", "c"))
            await events.wait_for(Started, path="h/c", count=4)
    assert seen == [None, 1, 2, None]
