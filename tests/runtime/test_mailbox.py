"""The bounded mailbox: overflow policies, the control lane, closing, fairness."""

from __future__ import annotations

from typing import Any

import anyio
import anyio.lowlevel
import pytest

from runtime import ActorStopped, Mailbox, MailboxFull, Overflow
from runtime.lowlevel import FAIRNESS_BATCH

pytestmark = pytest.mark.anyio


def make(capacity: int = 2, overflow: Overflow = Overflow.BLOCK) -> tuple[Mailbox, list[Any]]:
    dead: list[Any] = []
    return Mailbox("t", capacity, overflow, lambda item, why: dead.append((item, why))), dead


async def test_messages_come_out_in_order() -> None:
    box, _ = make(capacity=10)
    for i in range(5):
        await box.put(i)
    assert [await box.get() for _ in range(5)] == [0, 1, 2, 3, 4]


async def test_block_policy_waits_for_room() -> None:
    box, _ = make(capacity=1)
    await box.put("a")
    done = anyio.Event()

    async def producer() -> None:
        await box.put("b")
        done.set()

    async with anyio.create_task_group() as tg:
        tg.start_soon(producer)
        await anyio.wait_all_tasks_blocked()
        assert not done.is_set()
        assert await box.get() == "a"
        await done.wait()
    assert await box.get() == "b"


async def test_put_nowait_on_full_block_mailbox_raises_mailbox_full() -> None:
    box, _ = make(capacity=1)
    box.put_nowait(1)
    with pytest.raises(MailboxFull):
        box.put_nowait(2)


async def test_reject_policy_raises_mailbox_full() -> None:
    box, dead = make(capacity=2, overflow=Overflow.REJECT)
    await box.put(1)
    await box.put(2)
    with pytest.raises(MailboxFull):
        await box.put(3)
    assert len(box) == 2
    assert dead == []


async def test_drop_oldest_dead_letters_the_oldest() -> None:
    box, dead = make(capacity=2, overflow=Overflow.DROP_OLDEST)
    for i in range(4):
        await box.put(i)
    assert dead == [(0, "overflow"), (1, "overflow")]
    assert [box.get_nowait(), box.get_nowait()] == [2, 3]


async def test_control_lane_is_read_first_and_never_full() -> None:
    box, dead = make(capacity=1, overflow=Overflow.DROP_OLDEST)
    await box.put("user")
    for i in range(100):
        box.put_control(("ctl", i))
    assert [box.get_nowait() for _ in range(100)] == [("ctl", i) for i in range(100)]
    assert box.get_nowait() == "user"
    assert dead == []


async def test_get_control_leaves_user_messages_queued() -> None:
    box, _ = make()
    await box.put("user")
    box.put_control("stop")
    assert await box.get_control() == "stop"
    assert len(box) == 1


async def test_a_waiting_reader_wakes_on_a_control_item() -> None:
    box, _ = make()
    got: list[Any] = []

    async def reader() -> None:
        got.append(await box.get())

    async with anyio.create_task_group() as tg:
        tg.start_soon(reader)
        await anyio.wait_all_tasks_blocked()
        box.put_control("stop")
    assert got == ["stop"]


async def test_close_hands_back_leftovers_and_refuses_more() -> None:
    box, _ = make(capacity=5)
    await box.put(1)
    await box.put(2)
    assert box.close() == [1, 2]
    with pytest.raises(ActorStopped):
        await box.put(3)
    with pytest.raises(ActorStopped):
        box.put_nowait(3)


async def test_close_wakes_a_blocked_producer_with_actor_stopped() -> None:
    box, _ = make(capacity=1)
    await box.put(1)
    errors: list[BaseException] = []

    async def producer() -> None:
        try:
            await box.put(2)
        except ActorStopped as error:
            errors.append(error)

    async with anyio.create_task_group() as tg:
        tg.start_soon(producer)
        await anyio.wait_all_tasks_blocked()
        box.close()
    assert len(errors) == 1


async def test_a_producer_that_never_blocks_still_yields_to_others() -> None:
    box, _ = make(capacity=10 * FAIRNESS_BATCH)
    other_ran = 0

    async def other() -> None:
        nonlocal other_ran
        while True:
            other_ran += 1
            await anyio.lowlevel.checkpoint()

    async with anyio.create_task_group() as tg:
        tg.start_soon(other)
        await anyio.lowlevel.checkpoint()
        before = other_ran
        for i in range(4 * FAIRNESS_BATCH):
            await box.put(i)
        assert other_ran - before >= 3
        tg.cancel_scope.cancel()


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError, match="capacity"):
        make(capacity=0)
