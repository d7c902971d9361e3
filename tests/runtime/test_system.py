"""The system: start, events, shutdown, signals and the process exit code."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from typing import Any

import anyio
import pytest

from runtime import (
    ActorSystem,
    Crashed,
    Props,
    StartFailed,
    Stopped,
)
from runtime._backend import single_waiter_factory
from runtime.testing import Crasher, EventRecorder, eventually
from supervisors import supervisor_spec, worker

pytestmark = pytest.mark.anyio


async def test_events_reach_subscribers_and_are_counted() -> None:
    tree = supervisor_spec("root", [worker("w", Crasher)], max_restarts=5)
    async with ActorSystem.start(tree) as system:
        with system.events.subscribe() as sub:
            await system.ref("w").tell("crash")
            kinds = []
            async for event in sub:
                kinds.append(event.kind)
                if event.kind == "Started":
                    break
        assert kinds[:1] == ["Crashed"]
        assert "Restarting" in kinds
        assert system.events.counts["Crashed"] >= 1


async def test_crashed_event_has_the_traceback() -> None:
    tree = supervisor_spec("root", [worker("w", Crasher)], max_restarts=5)
    async with ActorSystem.start(tree) as system:
        with EventRecorder(system) as events:
            await system.ref("w").tell("crash")
            crashed = await events.wait_for(Crashed, path="root/w")
    assert "Traceback" in crashed.traceback
    assert "on purpose" in crashed.traceback
    assert crashed.phase == "receive"


async def test_a_root_that_fails_to_start_raises_start_failed() -> None:
    with pytest.raises(StartFailed):
        async with ActorSystem.start(Props(lambda: Crasher(fail_start=lambda: True)),
                                     name="r"):
            pass


async def test_shutdown_stops_children_in_reverse_start_order() -> None:
    tree = supervisor_spec("root", [worker(n, Crasher) for n in ("a", "b", "c")])
    async with ActorSystem.start(tree) as system:
        recorder = EventRecorder(system)
    stops = [e.path for e in recorder.of(Stopped)]
    assert stops == ["root/c", "root/b", "root/a", "root"]


async def test_single_waiter_event_survives_a_cancelled_wait() -> None:
    waiter = single_waiter_factory()()
    with anyio.move_on_after(0.01):
        await waiter.wait()
    assert not waiter.is_set()
    waiter.set()
    waiter.set()
    await waiter.wait()
    assert waiter.is_set()


async def test_a_signal_requests_a_graceful_shutdown() -> None:
    async with ActorSystem.start(Props(Crasher), name="r", handle_signals=True) as system:
        events = EventRecorder(system)
        await anyio.wait_all_tasks_blocked()
        os.kill(os.getpid(), signal.SIGTERM)
        with anyio.fail_after(5):
            assert await system.wait() is None
    assert [e.reason for e in events.of(Stopped)] == ["shutdown"]
    assert system.exit_code == 0


def _run_script(body: str) -> subprocess.CompletedProcess[str]:
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(body)], cwd=root, capture_output=True,
        text=True, timeout=60, check=False,
    )


def test_process_exits_non_zero_when_the_root_supervisor_gives_up() -> None:
    done = _run_script("""
        import sys
        import anyio
        from runtime import run
        from runtime.testing import Crasher
        from supervisors import supervisor_spec, worker

        async def crash_forever(system):
            ref = system.ref("w")
            while True:
                try:
                    await ref.tell("crash")
                except Exception:
                    return
                await anyio.sleep(0.001)

        tree = supervisor_spec("root", [worker("w", Crasher)], max_restarts=2, within=60)
        sys.exit(run(tree, handle_signals=False, until=crash_forever))
    """)
    assert done.returncode == 1, done.stderr
    assert "reached_max_restart_intensity" in done.stderr


def test_process_exits_zero_after_sigterm() -> None:
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    script = textwrap.dedent("""
        import sys
        import anyio
        from runtime import run
        from runtime.testing import Crasher
        from supervisors import supervisor_spec, worker

        async def announce(system):
            await anyio.wait_all_tasks_blocked()  # the signal watcher is installed by now
            print("ready", flush=True)
            await anyio.sleep_forever()

        sys.exit(run(supervisor_spec("root", [worker("w", Crasher)]), until=announce))
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=root, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()



async def test_current_system_is_the_one_running_the_caller() -> None:
    from runtime import Actor, current_system

    class Where(Actor):
        async def receive(self, message: Any) -> Any:
            return current_system()

    with pytest.raises(RuntimeError, match="not inside"):
        current_system()
    async with ActorSystem.start(Props(Where), name="w") as system:
        assert current_system() is system
        assert await system.ref("w").ask("?") is system
    with pytest.raises(RuntimeError, match="not inside"):
        current_system()


async def test_request_shutdown_with_a_code_sets_the_exit_code() -> None:
    from runtime import Actor

    class Quitter(Actor):
        async def receive(self, message: Any) -> Any:
            self.ctx.system.request_shutdown(78)
            self.ctx.system.request_shutdown(3)  # the first code asked for wins

    async with ActorSystem.start(Props(Quitter), name="q") as system:
        assert system.exit_code == 0
        await system.ref("q").tell("quit")
        await system.wait()
    assert system.exit_code == 78


# -- runtime.testing.eventually ------------------------------------------------------------


async def test_eventually_waits_for_a_plain_or_an_async_predicate() -> None:
    ticks = [0]

    async def tick() -> None:
        for _ in range(3):
            await anyio.sleep(0.01)
            ticks[0] += 1

    async def ticked_three_times() -> bool:
        return ticks[0] == 3

    async with anyio.create_task_group() as tg:
        tg.start_soon(tick)
        await eventually(lambda: ticks[0] >= 2)
        assert ticks[0] >= 2
        await eventually(ticked_three_times)


async def test_eventually_raises_timeout_error_naming_the_predicate() -> None:
    def never() -> bool:
        return False

    with pytest.raises(TimeoutError, match=r"never was not true within 0\.05 s"):
        await eventually(never, timeout=0.05)
