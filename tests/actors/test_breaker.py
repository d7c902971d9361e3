"""The circuit breaker, on trio's virtual clock: sleeping jumps time, so a 30-second open
period takes microseconds and every transition happens at an exact virtual instant."""

from __future__ import annotations

from typing import Any

import pytest
import trio

from actors.breaker import BreakerOpen, BreakerState, CircuitBreaker

RESET = 30.0


def _breaker(failures: int = 3) -> CircuitBreaker:
    return CircuitBreaker("dep", failures=failures, reset_after=RESET)


def _trip(breaker: CircuitBreaker) -> None:
    for _ in range(breaker.failures):
        assert breaker.allow()
        breaker.failure()


class Boom(Exception):
    pass


@pytest.mark.trio
async def test_opens_after_n_consecutive_failures(autojump_clock: Any) -> None:
    breaker = _breaker(failures=3)
    for _ in range(2):
        assert breaker.allow()
        breaker.failure()
    assert breaker.state is BreakerState.CLOSED
    assert breaker.allow()
    breaker.failure()
    assert breaker.state is BreakerState.OPEN
    assert breaker.opened_at == trio.current_time()
    assert not breaker.allow()


@pytest.mark.trio
async def test_a_success_resets_the_failure_count(autojump_clock: Any) -> None:
    breaker = _breaker(failures=3)
    for _ in range(2):
        breaker.failure()
    breaker.success()
    assert breaker.failure_count == 0
    for _ in range(2):
        breaker.failure()
    assert breaker.state is BreakerState.CLOSED


@pytest.mark.trio
async def test_stays_open_for_reset_after(autojump_clock: Any) -> None:
    breaker = _breaker()
    _trip(breaker)
    await trio.sleep(RESET - 0.001)
    assert not breaker.allow()
    assert breaker.state is BreakerState.OPEN
    assert 0 < breaker.retry_after() <= 0.001 + 1e-9


@pytest.mark.trio
async def test_one_half_open_probe_after_reset_after(autojump_clock: Any) -> None:
    breaker = _breaker()
    _trip(breaker)
    await trio.sleep(RESET)
    assert breaker.allow()
    assert breaker.state is BreakerState.HALF_OPEN
    assert not breaker.allow()
    assert not breaker.allow()


@pytest.mark.trio
async def test_a_health_check_can_end_the_open_period_early(autojump_clock: Any) -> None:
    breaker = _breaker()
    breaker.end_open_period()  # closed: nothing to end
    assert breaker.state is BreakerState.CLOSED
    _trip(breaker)
    assert not breaker.allow()
    breaker.end_open_period()
    assert breaker.allow()  # the half-open probe, without waiting RESET
    assert breaker.state is BreakerState.HALF_OPEN
    assert not breaker.allow()


@pytest.mark.trio
async def test_probe_success_closes(autojump_clock: Any) -> None:
    breaker = _breaker()
    _trip(breaker)
    await trio.sleep(RESET)
    assert breaker.allow()
    breaker.success()
    assert breaker.state is BreakerState.CLOSED
    assert breaker.opened_at is None
    assert all(breaker.allow() for _ in range(5))


@pytest.mark.trio
async def test_probe_failure_reopens_for_another_full_period(autojump_clock: Any) -> None:
    breaker = _breaker()
    _trip(breaker)
    await trio.sleep(RESET)
    assert breaker.allow()
    await trio.sleep(5)
    breaker.failure()
    assert breaker.state is BreakerState.OPEN
    assert breaker.opened_at == trio.current_time()
    await trio.sleep(RESET - 0.001)
    assert not breaker.allow()
    await trio.sleep(0.001)
    assert breaker.allow()


@pytest.mark.trio
async def test_concurrent_callers_during_half_open_are_refused(autojump_clock: Any) -> None:
    breaker = _breaker()
    _trip(breaker)
    await trio.sleep(RESET)
    outcomes: list[str] = []

    async def call() -> None:
        try:
            async with breaker.guard():
                outcomes.append("probe")
                await trio.sleep(1)
        except BreakerOpen:
            outcomes.append("refused")

    async with trio.open_nursery() as nursery:
        for _ in range(5):
            nursery.start_soon(call)
    assert sorted(outcomes) == ["probe"] + ["refused"] * 4
    assert breaker.state is BreakerState.CLOSED


@pytest.mark.trio
async def test_guard_counts_exceptions_as_failures_and_refuses_when_open(
    autojump_clock: Any,
) -> None:
    breaker = _breaker(failures=2)
    for _ in range(2):
        with pytest.raises(Boom):
            async with breaker.guard():
                raise Boom
    with pytest.raises(BreakerOpen) as refused:
        async with breaker.guard():
            pytest.fail("the body must not run while open")
    assert refused.value.name == "dep"
    assert refused.value.retry_after == RESET


@pytest.mark.trio
async def test_cancellation_is_never_a_failure(autojump_clock: Any) -> None:
    breaker = _breaker(failures=1)
    with trio.move_on_after(1):
        async with breaker.guard():
            await trio.sleep_forever()
    assert breaker.state is BreakerState.CLOSED
    assert breaker.failure_count == 0


@pytest.mark.trio
async def test_cancelled_probe_frees_the_slot_for_the_next_caller(autojump_clock: Any) -> None:
    breaker = _breaker()
    _trip(breaker)
    await trio.sleep(RESET)
    with trio.move_on_after(1):
        async with breaker.guard():
            await trio.sleep_forever()
    assert breaker.state is BreakerState.HALF_OPEN
    assert breaker.allow()


@pytest.mark.trio
async def test_late_outcomes_while_open_change_nothing(autojump_clock: Any) -> None:
    breaker = _breaker()
    _trip(breaker)
    opened_at = breaker.opened_at
    breaker.success()
    breaker.failure()
    assert breaker.state is BreakerState.OPEN
    assert breaker.opened_at == opened_at


@pytest.mark.trio
async def test_listeners_see_every_transition(autojump_clock: Any) -> None:
    breaker = _breaker(failures=1)
    seen: list[tuple[str, str]] = []
    remove = breaker.add_listener(lambda b, old, new: seen.append((old.value, new.value)))
    breaker.failure()
    await trio.sleep(RESET)
    assert breaker.allow()
    breaker.failure()
    await trio.sleep(RESET)
    assert breaker.allow()
    breaker.success()
    remove()
    breaker.failure()
    assert seen == [
        ("closed", "open"), ("open", "half_open"), ("half_open", "open"),
        ("open", "half_open"), ("half_open", "closed"),
    ]


@pytest.mark.trio
async def test_a_failing_listener_does_not_break_the_breaker(autojump_clock: Any) -> None:
    breaker = _breaker(failures=1)

    def bad(b: CircuitBreaker, old: BreakerState, new: BreakerState) -> None:
        raise RuntimeError("metrics down")

    breaker.add_listener(bad)
    breaker.failure()
    assert breaker.state is BreakerState.OPEN


def test_rejects_nonsense_settings() -> None:
    with pytest.raises(ValueError):
        CircuitBreaker("x", failures=0, reset_after=1)
    with pytest.raises(ValueError):
        CircuitBreaker("x", failures=1, reset_after=-1)
