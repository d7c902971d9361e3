"""In-flight policy and dead letters: no message is lost to a crash or a shutdown."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from runtime import Actor, ActorSystem, DeadLettered, InFlight, Started
from runtime.testing import EventRecorder
from supervisors import supervisor_spec, worker

pytestmark = pytest.mark.anyio


class Journal(Actor):
    """Crashes on "poison" and on the first delivery of "flaky"; records the rest."""

    seen: list[tuple[Any, int, int]] = []  # noqa: RUF012 - what every incarnation saw
    finals: list[bool] = []  # noqa: RUF012 - ctx.final_attempt at each delivery

    async def receive(self, message: Any) -> Any:
        Journal.seen.append((message, self.ctx.incarnation, self.ctx.attempt))
        Journal.finals.append(self.ctx.final_attempt)
        if message == "poison" or (message == "flaky" and self.ctx.attempt == 1):
            raise RuntimeError(f"cannot handle {message}")
        return message


@pytest.fixture(autouse=True)
def _fresh_journal() -> None:
    Journal.seen = []
    Journal.finals = []


def tree(**options: Any) -> Any:
    return supervisor_spec("root", [worker("j", Journal, **options)], max_restarts=20)


async def test_in_flight_message_redelivered_after_crash_with_its_attempt() -> None:
    async with ActorSystem.start(tree()) as system:
        ref = system.ref("j")
        await ref.tell("flaky")
        await ref.tell("next")
        assert await ref.ask("sync") == "sync"
    assert Journal.seen == [("flaky", 1, 1), ("flaky", 2, 2), ("next", 2, 1), ("sync", 2, 1)]


async def test_poison_message_dead_lettered_after_max_redeliveries() -> None:
    async with ActorSystem.start(tree(max_redeliveries=2)) as system:
        with EventRecorder(system) as events:
            ref = system.ref("j")
            await ref.tell("poison")
            await ref.tell("after")
            dead = await events.wait_for(DeadLettered, path="root/j")
            assert await ref.ask("sync") == "sync"
    assert (dead.message, dead.reason, dead.attempts) == ("poison", "poison", 3)
    assert "cannot handle poison" in (dead.error or "")
    assert [m for m, _, _ in Journal.seen] == ["poison"] * 3 + ["after", "sync"]
    # the handler knows its last chance: only the third delivery would be given up
    assert Journal.finals == [False, False, True, False, False]


async def test_drop_policy_dead_letters_at_the_first_crash() -> None:
    async with ActorSystem.start(tree(in_flight=InFlight.DROP)) as system:
        with EventRecorder(system) as events:
            ref = system.ref("j")
            await ref.tell("flaky")
            dead = await events.wait_for(DeadLettered, path="root/j")
            assert await ref.ask("sync") == "sync"
    assert (dead.message, dead.reason, dead.attempts) == ("flaky", "dropped", 1)
    assert [m for m, _, _ in Journal.seen] == ["flaky", "sync"]
    assert Journal.finals == [True, True]  # under DROP every delivery is the only one


async def test_mailbox_survives_restarts() -> None:
    gate = anyio.Event()

    class Gated(Actor):
        async def receive(self, message: Any) -> Any:
            if message == "crash-later":
                await gate.wait()
                raise RuntimeError("crash")
            Journal.seen.append((message, self.ctx.incarnation, self.ctx.attempt))
            return message

    spec = supervisor_spec("root", [worker("g", Gated, in_flight=InFlight.DROP)])
    async with ActorSystem.start(spec) as system:
        with EventRecorder(system) as events:
            ref = system.ref("g")
            await ref.tell("crash-later")
            for i in range(5):
                await ref.tell(i)  # queued behind the message that will crash
            gate.set()
            await events.wait_for(Started, path="root/g", where=lambda e: e.incarnation == 2)
            assert await ref.ask("sync") == "sync"
    assert Journal.seen == [(i, 2, 1) for i in range(5)] + [("sync", 2, 1)]


async def test_messages_queued_at_shutdown_are_dead_lettered() -> None:
    class Stuck(Actor):
        async def receive(self, message: Any) -> Any:
            await anyio.sleep_forever()

    spec = supervisor_spec("root", [worker("s", Stuck, shutdown=0.0)])
    dead: list[DeadLettered] = []
    async with ActorSystem.start(spec) as system:
        system.events.add_listener(lambda e: dead.append(e) if isinstance(e, DeadLettered)
                                   else None)
        ref = system.ref("s")
        for i in range(4):
            await ref.tell(i)
        await anyio.wait_all_tasks_blocked()
    assert sorted((d.message, d.reason) for d in dead) == [(i, "shutdown") for i in range(4)]
