"""actors.telegram._buckets: the sender's token buckets, sliding window and 429 pauses.

Pure timing logic, so it runs on trio's virtual clock (``autojump_clock``): sleeps cost
nothing and the times read back are exact.
"""

from __future__ import annotations

from typing import Any

import pytest
import trio

from actors.telegram._buckets import (
    FLOOD_GLOBAL_CHATS,
    Limits,
    Pauses,
    SlidingWindow,
    TokenBucket,
)


def _limits(**overrides: Any) -> Limits:
    options: dict[str, Any] = {"global_rate": 25.0, "global_burst": 25, "chat_rate": 1.0,
                               "chat_burst": 3}
    options.update(overrides)
    return Limits(**options)


async def _send_times(limits: Limits, chat_id: int, count: int,
                      latency: float = 0.0) -> list[float]:
    times = []
    for _ in range(count):
        ticket = await limits.acquire(chat_id)
        times.append(trio.current_time())
        await trio.sleep(latency)
        limits.settle(ticket)
    return times


@pytest.mark.trio
async def test_bucket_allows_a_burst_then_its_rate(autojump_clock: Any) -> None:
    start = trio.current_time()
    times = await _send_times(_limits(global_rate=0), 1, 6)
    assert [round(t - start, 6) for t in times] == [0, 0, 0, 1, 2, 3]


@pytest.mark.trio
async def test_bucket_refills_only_after_the_answer(autojump_clock: Any) -> None:
    # With 0.3 s round trips, the server may count a request as late as its answer: the
    # next send after the burst waits one interval from that answer.
    start = trio.current_time()
    times = await _send_times(_limits(global_rate=0, chat_burst=1), 1, 3, latency=0.3)
    assert [round(t - start, 6) for t in times] == [0, 1.3, 2.6]


@pytest.mark.trio
async def test_chats_have_separate_buckets(autojump_clock: Any) -> None:
    limits = _limits(global_rate=0, chat_burst=1)
    start = trio.current_time()
    await _send_times(limits, 1, 1)
    await _send_times(limits, 2, 1)
    assert trio.current_time() == start


@pytest.mark.trio
async def test_rate_zero_is_unlimited(autojump_clock: Any) -> None:
    start = trio.current_time()
    await _send_times(_limits(global_rate=0, chat_rate=0), 1, 500)
    assert trio.current_time() == start


@pytest.mark.trio
async def test_no_second_holds_more_than_the_global_burst(autojump_clock: Any) -> None:
    # A token bucket 25/s with burst 25 would let 50 through in the first second; the
    # window lets 25 per second, however the sends are spread over chats.
    limits = _limits(chat_rate=0)
    start = trio.current_time()
    times: list[float] = []
    async with trio.open_nursery() as nursery:
        for chat in range(60):
            async def one(chat: int = chat) -> None:
                times.extend(await _send_times(limits, chat, 1, latency=0.01))
            nursery.start_soon(one)
    times.sort()
    assert len(times) == 60
    for i in range(len(times) - 25):
        assert times[i + 25] - times[i] >= 1.0
    assert times[-1] - start < 3.1


@pytest.mark.trio
async def test_window_waits_for_answers_in_flight(autojump_clock: Any) -> None:
    window = SlidingWindow(2, 1.0)
    now = trio.current_time()
    a, b = window.take(), window.take()
    assert window.delay(now) == float("inf")
    window.settle(a, now + 0.5)
    assert window.delay(now + 0.5) == pytest.approx(1.0)
    window.settle(b, now + 0.7)
    assert window.delay(now + 1.5) == 0.0
    assert window.in_use == 1


@pytest.mark.trio
async def test_acquire_wakes_when_a_slot_is_settled(autojump_clock: Any) -> None:
    limits = _limits(global_rate=1.0, global_burst=1, chat_rate=0)
    held = await limits.acquire(1)
    start = trio.current_time()
    async with trio.open_nursery() as nursery:
        nursery.start_soon(limits.acquire, 2)
        await trio.sleep(5)  # the request of ``held`` takes 5 s to answer
        limits.settle(held)
    assert trio.current_time() - start == pytest.approx(6.0)


@pytest.mark.trio
async def test_429_pauses_only_its_chat(autojump_clock: Any) -> None:
    limits = _limits(chat_rate=0)
    start = trio.current_time()
    limits.pauses.flooded(1, 7.0, start)
    await _send_times(limits, 2, 1)
    assert trio.current_time() == start
    await _send_times(limits, 1, 1)
    assert trio.current_time() - start == pytest.approx(7.0)


@pytest.mark.trio
async def test_429s_from_several_chats_pause_everything(autojump_clock: Any) -> None:
    pauses = Pauses()
    now = trio.current_time()
    scopes = [pauses.flooded(chat, 5.0 + chat, now + 0.1 * chat)
              for chat in range(FLOOD_GLOBAL_CHATS)]
    assert scopes == ["chat"] * (FLOOD_GLOBAL_CHATS - 1) + ["global"]
    assert pauses.delay(999, now + 1) > 5.0
    assert pauses.delay(None, now + 1) > 5.0


@pytest.mark.trio
async def test_429s_spread_out_stay_per_chat(autojump_clock: Any) -> None:
    pauses = Pauses()
    now = trio.current_time()
    scopes = [pauses.flooded(chat, 1.0, now + 2.0 * chat) for chat in range(5)]
    assert scopes == ["chat"] * 5
    assert pauses.delay(999, now + 10) == 0.0


@pytest.mark.trio
async def test_repeated_429s_of_one_chat_stay_per_chat(autojump_clock: Any) -> None:
    pauses = Pauses()
    now = trio.current_time()
    assert {pauses.flooded(1, 1.0, now + 0.01 * i) for i in range(10)} == {"chat"}


@pytest.mark.trio
async def test_a_pause_ends(autojump_clock: Any) -> None:
    pauses = Pauses()
    now = trio.current_time()
    pauses.flooded(1, 2.0, now)
    assert pauses.delay(1, now + 1) == pytest.approx(1.0)
    assert pauses.delay(1, now + 2) == 0.0
    assert 1 not in pauses.chats


def test_bucket_arguments_are_checked() -> None:
    with pytest.raises(ValueError):
        TokenBucket(-1, 1)
    with pytest.raises(ValueError):
        TokenBucket(1, 0)
    with pytest.raises(ValueError):
        SlidingWindow(0, 1.0)
