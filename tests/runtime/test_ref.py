"""ActorRef: tell, tell_nowait, ask; replies, crashes, timeouts; stable across restarts."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
import trio

from runtime import (
    Actor,
    ActorCrashed,
    ActorNotFound,
    ActorStopped,
    ActorSystem,
    AskTimeout,
    Crashed,
    DeadLettered,
    InFlight,
    MailboxFull,
    Overflow,
    Props,
)
from runtime.testing import Crasher, EventRecorder, Probe, wait_restarted
from supervisors import Restart, supervisor_spec, worker

pytestmark = pytest.mark.anyio


class Slow(Actor):
    """Answers "slow" only after a long sleep; everything else at once."""

    replies: list[Any] = []  # noqa: RUF012 - shared on purpose: what the handler replied

    async def receive(self, message: Any) -> Any:
        if message == "slow":
            await anyio.sleep(10)
        elif message == "busy":  # long enough for the test body, short for the shutdown
            await anyio.sleep(0.2)
        Slow.replies.append(message)
        return message


async def test_ask_returns_the_handlers_value() -> None:
    probe = Probe(reply=lambda m: m * 2)
    async with ActorSystem.start(probe.props, name="p") as system:
        assert await system.ref("p").ask(21) == 42


async def test_tell_delivers_in_order() -> None:
    probe = Probe()
    async with ActorSystem.start(probe.props, name="p") as system:
        ref = system.ref("p")
        for i in range(50):
            await ref.tell(i)
        ref.tell_nowait(50)
        assert await probe.expect(51) == list(range(51))


async def test_ask_whose_message_is_given_up_raises_actor_crashed() -> None:
    tree = supervisor_spec("root", [worker("w", Crasher, in_flight=InFlight.DROP)],
                           max_restarts=5)
    async with ActorSystem.start(tree) as system:
        with pytest.raises(ActorCrashed) as info:
            await system.ref("w").ask("crash")
        assert "on purpose" in str(info.value.__cause__)


async def test_ask_is_answered_by_a_successful_redelivery() -> None:
    attempts: list[int] = []

    class FlakyOnce(Actor):
        async def receive(self, message: Any) -> Any:
            attempts.append(self.ctx.attempt)
            if self.ctx.attempt == 1:
                raise RuntimeError("transient")
            return ("ok", self.ctx.incarnation)

    tree = supervisor_spec("root", [worker("w", FlakyOnce)], max_restarts=5)
    async with ActorSystem.start(tree) as system:
        assert await system.ref("w").ask("x") == ("ok", 2)
    assert attempts == [1, 2]


@pytest.mark.trio
async def test_ask_times_out_and_the_late_reply_harms_no_one(autojump_clock: Any) -> None:
    Slow.replies = []
    async with ActorSystem.start(Props(Slow), name="s") as system:
        with EventRecorder(system) as events:
            ref = system.ref("s")
            started = trio.current_time()
            with pytest.raises(AskTimeout):
                await ref.ask("slow", timeout=2.0)
            assert trio.current_time() - started == pytest.approx(2.0)
            await trio.sleep(20)  # the handler finishes and replies to nobody
            assert Slow.replies == ["slow"]
            assert await ref.ask("after", timeout=1.0) == "after"
            assert events.of(Crashed) == []


@pytest.mark.trio
async def test_asks_with_different_timeouts_each_fail_at_their_own_deadline(
    autojump_clock: Any,
) -> None:
    """Deadlines are kept per timeout value: a short timeout asked after a long one still
    fails first, each at its exact time."""
    async with ActorSystem.start(Props(Slow), name="s") as system:
        ref = system.ref("s")
        failed: dict[float, float] = {}
        start = trio.current_time()

        async def ask(timeout: float) -> None:
            with pytest.raises(AskTimeout) as raised:
                await ref.ask("slow", timeout=timeout)
            assert raised.value.timeout == timeout
            failed[timeout] = trio.current_time() - start

        async with anyio.create_task_group() as tg:
            for timeout in (7.0, 3.0, 7.0, 1.0):
                tg.start_soon(ask, timeout)
        assert failed == {1.0: pytest.approx(1.0), 3.0: pytest.approx(3.0),
                          7.0: pytest.approx(7.0)}


class GatedLateEcho(Actor):
    """Answers ``("slow", x)`` with ``x`` only once the ask that sent it has timed out
    (``timed_out[x]`` is set), so its reply is late on any clock and any load; anything
    else with itself at once."""

    def __init__(self, timed_out: dict[Any, anyio.Event]) -> None:
        self.timed_out = timed_out

    async def receive(self, message: Any) -> Any:
        if isinstance(message, tuple) and message[0] == "slow":
            await self.timed_out[message[1]].wait()
            return message[1]
        return message


async def test_ask_times_out_on_the_real_clock_and_its_late_reply_is_dropped() -> None:
    """The deadline watcher on each backend's own clock (the tests above use trio's virtual
    one): the ask fails after its timeout, and the handler's late reply is dropped: not
    dead-lettered, not a crash, and not handed to the next ask, which gets its own."""
    timed_out = {"late": anyio.Event()}
    async with ActorSystem.start(Props(lambda: GatedLateEcho(timed_out)), name="l") as system:
        with EventRecorder(system) as events:
            ref = system.ref("l")
            with anyio.fail_after(5):
                with pytest.raises(AskTimeout):
                    await ref.ask(("slow", "late"), timeout=0.01)
                timed_out["late"].set()  # only now is "late" answered: late on any load
                assert await ref.ask("next") == "next"  # queued behind "late", answered after it
            assert events.of(DeadLettered) == []
            assert events.of(Crashed) == []


async def test_concurrent_asks_never_get_one_anothers_reply() -> None:
    """Asks in flight together, some timing out and answered late, each get their own
    reply or their own timeout. The late replies wait for their ask's timeout rather than
    racing it on the wall clock, so a starved worker cannot turn one into an answer."""
    timed_out = {i: anyio.Event() for i in range(0, 100, 10)}
    async with ActorSystem.start(Props(lambda: GatedLateEcho(timed_out)),
                                 name="l") as system:
        ref = system.ref("l")
        got: dict[int, Any] = {}

        async def ask(i: int) -> None:
            if i % 10 == 0:
                with pytest.raises(AskTimeout):
                    await ref.ask(("slow", i), timeout=0.01)
                got[i] = "timeout"
                timed_out[i].set()
            else:
                got[i] = await ref.ask(i)

        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                for i in range(100):
                    tg.start_soon(ask, i)
        assert got == {i: "timeout" if i % 10 == 0 else i for i in range(100)}


@pytest.mark.trio
async def test_ask_timeout_covers_waiting_for_room(autojump_clock: Any) -> None:
    async with ActorSystem.start(Props(Slow, capacity=1), name="s") as system:
        ref = system.ref("s")
        await ref.tell("slow")  # handled: the actor sleeps
        await ref.tell("queued")  # fills the one slot
        with pytest.raises(AskTimeout):
            await ref.ask("x", timeout=1.0)


async def test_tell_nowait_on_a_full_mailbox_raises() -> None:
    async with ActorSystem.start(Props(Slow, capacity=1), name="s") as system:
        ref = system.ref("s")
        ref.tell_nowait("busy")
        await anyio.wait_all_tasks_blocked()
        ref.tell_nowait("queued")
        with pytest.raises(MailboxFull):
            ref.tell_nowait("one too many")


async def test_reject_policy_makes_tell_raise_when_full() -> None:
    async with ActorSystem.start(Props(Slow, capacity=1, overflow=Overflow.REJECT),
                                 name="s") as system:
        ref = system.ref("s")
        await ref.tell("busy")
        await anyio.wait_all_tasks_blocked()
        await ref.tell("queued")
        with pytest.raises(MailboxFull):
            await ref.tell("rejected")


async def test_ref_is_stable_across_restarts() -> None:
    tree = supervisor_spec("root", [worker("w", Crasher, in_flight=InFlight.DROP)],
                           max_restarts=5)
    async with ActorSystem.start(tree) as system:
        with EventRecorder(system) as events:
            ref = system.ref("w")
            assert (await ref.ask("a"))[1] == 1
            await ref.tell("crash")
            await wait_restarted(events, "root/w")
            assert (await ref.ask("b"))[1] == 2
            assert system.ref("root/w") == ref


async def test_telling_a_stopped_temporary_child_fails_clearly() -> None:
    tree = supervisor_spec("root", [worker("t", Crasher, restart=Restart.TEMPORARY,
                                           in_flight=InFlight.DROP)])
    async with ActorSystem.start(tree) as system:
        with EventRecorder(system) as events:
            ref = system.ref("t")
            await ref.tell("crash")
            await events.wait_for(Crashed, path="root/t")
            await anyio.wait_all_tasks_blocked()
            with pytest.raises(ActorStopped, match="root/t"):
                await ref.tell("hello")
            with pytest.raises(ActorStopped):
                await ref.ask("hello")


async def test_unknown_names_raise_actor_not_found() -> None:
    probe = Probe()
    async with ActorSystem.start(probe.props, name="p") as system:
        with pytest.raises(ActorNotFound):
            system.ref("nobody")

