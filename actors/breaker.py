"""A circuit breaker on anyio time: closed → open → half-open, one probe at a time.

Shared by everything that talks to a dependency which can go away: the translator
(Claude), the cache (Redis) and the database writer (PostgreSQL). Written in-house
because no library fits (docs/notes/reliability.md §3): they read the wall clock (so
trio's virtual clock cannot drive them), admit every concurrent caller when half-open,
and count a cancelled call as a failure or even as a success. How it is used: see
docs/ARCHITECTURE.md, section "Cache, breakers and the translator".
"""

from __future__ import annotations

import enum
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Final

import anyio

__all__ = ["BreakerOpen", "BreakerState", "CircuitBreaker", "StateListener"]

log: Final = logging.getLogger(__name__)


class BreakerState(enum.StrEnum):
    """Where a breaker is; the value is the name used in health reports and metrics."""

    CLOSED = "closed"  # calls pass; consecutive failures are counted
    OPEN = "open"  # calls are refused until reset_after has passed since opened_at
    HALF_OPEN = "half_open"  # one probe is admitted; its outcome closes or reopens


class BreakerOpen(Exception):
    """Raised by ``CircuitBreaker.guard()`` when the breaker refuses a call: it is open, or
    half-open with its probe already out. ``retry_after`` is the seconds until the next
    probe may be admitted (0 while a probe is out)."""

    def __init__(self, name: str, retry_after: float) -> None:
        super().__init__(f"circuit breaker {name!r} is open (retry in {retry_after:.1f} s)")
        self.name = name
        self.retry_after = retry_after


StateListener = Callable[["CircuitBreaker", BreakerState, BreakerState], None]
"""``listener(breaker, old, new)``: called synchronously on every state change."""


class CircuitBreaker:
    """A circuit breaker named ``name`` (for logs, health and metrics).

    ``failures`` consecutive failures open it; it stays open ``reset_after`` seconds of
    ``clock`` (default ``anyio.current_time``: virtual under trio's MockClock), then admits
    one probe. Not thread-safe; safe across tasks of one event loop (no awaits inside)::

        CLOSED ──``failures`` consecutive failures──▶ OPEN
        OPEN ──``reset_after`` seconds passed, the next ``allow()``──▶ HALF_OPEN (one probe)
        HALF_OPEN ──the probe succeeds──▶ CLOSED
        HALF_OPEN ──the probe fails──▶ OPEN (for another full ``reset_after``)

    Two ways to use it::

        async with breaker.guard():          # raises BreakerOpen when refused
            await call_the_dependency()

        if breaker.allow():                  # by hand: report exactly one outcome per True
            try:
                await call_the_dependency()
            except SomeError:
                breaker.failure()
            else:
                breaker.success()

    Cancellation is never an outcome: a cancelled call neither trips nor closes the
    breaker, and a cancelled half-open probe gives its slot back, so the next caller
    probes instead (a cancelled probe can never wedge the breaker half-open).
    """

    def __init__(
        self,
        name: str,
        *,
        failures: int,
        reset_after: float,
        clock: Callable[[], float] = anyio.current_time,
    ) -> None:
        if failures < 1:
            raise ValueError(f"failures must be >= 1, not {failures}")
        if reset_after < 0:
            raise ValueError(f"reset_after must be >= 0, not {reset_after}")
        self.name = name
        self.failures = failures
        self.reset_after = reset_after
        self._clock = clock
        self._state = BreakerState.CLOSED
        self._failure_count = 0
        self._opened_at: float | None = None
        self._probe_out = False
        self._listeners: list[StateListener] = []

    def __repr__(self) -> str:
        return f"<CircuitBreaker {self.name!r} {self._state.value}>"

    # -- reading it ------------------------------------------------------------------------

    @property
    def state(self) -> BreakerState:
        """The current state. OPEN turns HALF_OPEN lazily, at the first ``allow()`` after
        ``reset_after``: until then it reads OPEN even when a probe would be admitted."""
        return self._state

    @property
    def opened_at(self) -> float | None:
        """The clock reading when the breaker last opened; None while it is closed."""
        return self._opened_at

    @property
    def failure_count(self) -> int:
        """Consecutive failures counted while closed (reset by a success)."""
        return self._failure_count

    def retry_after(self) -> float:
        """Seconds until a refused caller could be admitted: the rest of the open period,
        0 when closed or when the period is over (or a probe is out)."""
        if self._state is not BreakerState.OPEN or self._opened_at is None:
            return 0.0
        return max(0.0, self._opened_at + self.reset_after - self._clock())

    def end_open_period(self) -> None:
        """An out-of-band health check (not user traffic) saw the dependency answer: end
        the open period now, so the next ``allow()`` admits the half-open probe at once
        instead of after the rest of ``reset_after``. Nothing changes unless open. The
        open period still shields the dependency from user calls; a cheap periodic health
        check is what lets recovery be noticed in seconds (Envoy's active health checks
        beside its outlier ejection work the same way)."""
        if self._state is BreakerState.OPEN:
            self._opened_at = self._clock() - self.reset_after

    def add_listener(self, listener: StateListener) -> Callable[[], None]:
        """Call ``listener(breaker, old, new)`` on every state change; returns a remover.
        A listener that raises is logged and otherwise ignored."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    # -- the protocol ----------------------------------------------------------------------

    def allow(self) -> bool:
        """May a call go through now? Always while closed; never while open; after
        ``reset_after`` exactly one caller gets True (the half-open probe) and every other
        caller False until the probe reports ``success()``, ``failure()`` or ``abandon()``.
        """
        if self._state is BreakerState.CLOSED:
            return True
        if self._state is BreakerState.OPEN:
            if self.retry_after() > 0:
                return False
            self._transition(BreakerState.HALF_OPEN)
        if self._probe_out:
            return False
        self._probe_out = True
        return True

    def success(self) -> None:
        """An admitted call succeeded: the failure count resets; a probe closes the
        breaker. A late success reported while open (a call admitted before it opened)
        changes nothing."""
        if self._state is BreakerState.CLOSED:
            self._failure_count = 0
        elif self._state is BreakerState.HALF_OPEN:
            self._close()

    def failure(self) -> None:
        """An admitted call failed: while closed it counts toward ``failures`` (reaching it
        opens the breaker); a failed probe reopens it for another full ``reset_after``.
        A late failure reported while open changes nothing."""
        if self._state is BreakerState.CLOSED:
            self._failure_count += 1
            if self._failure_count >= self.failures:
                self._open()
        elif self._state is BreakerState.HALF_OPEN:
            self._open()

    def abandon(self) -> None:
        """An admitted call ended with no outcome (it was cancelled): nothing is counted,
        and if a half-open probe is out its slot is freed so the next caller probes."""
        if self._state is BreakerState.HALF_OPEN:
            self._probe_out = False

    @asynccontextmanager
    async def guard(self) -> AsyncIterator[None]:
        """Run the body as one call through the breaker.

        Raises ``BreakerOpen`` (before the body runs) when refused. The body returning is
        a success; raising an ``Exception`` is a failure (re-raised unchanged); anything
        else (anyio's cancellation, ``KeyboardInterrupt``) is no outcome: ``abandon()``.
        """
        if not self.allow():
            raise BreakerOpen(self.name, self.retry_after())
        try:
            yield
        except Exception:
            self.failure()
            raise
        except BaseException:
            self.abandon()
            raise
        self.success()

    # -- transitions -----------------------------------------------------------------------

    def _open(self) -> None:
        self._opened_at = self._clock()
        self._probe_out = False
        self._failure_count = 0
        self._transition(BreakerState.OPEN)

    def _close(self) -> None:
        self._opened_at = None
        self._probe_out = False
        self._failure_count = 0
        self._transition(BreakerState.CLOSED)

    def _transition(self, new: BreakerState) -> None:
        old, self._state = self._state, new
        if old is new:
            return
        level = logging.WARNING if new is BreakerState.OPEN else logging.INFO
        log.log(level, "circuit breaker %r: %s -> %s", self.name, old.value, new.value)
        for listener in tuple(self._listeners):
            try:
                listener(self, old, new)
            except Exception:
                # Metrics must never break the call path that changed the state.
                log.exception("circuit breaker %r: state listener failed", self.name)
