"""Wall-clock time, passed in.

Durations and timers read anyio's clock (``anyio.current_time()``), which trio's virtual
clock replaces in tests. Instants that mean a date — a journal row's time, a retention
horizon, a check-in's local day, a dump's name — read a ``WallClock``: a callable that
returns seconds since the epoch. Every component that needs one takes it as ``clock=``,
the application makes one and hands it down, and tests pass a manual clock
(``runtime.testing.ManualClock``) set to the instant they build their data from. This
module is the one place in production code that reads the machine's wall clock, and a
test (``tests/test_clock_calls.py``) keeps it so.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

WallClock = Callable[[], float]
"""Seconds since the epoch, as ``time.time()`` gives them."""


def system_clock() -> float:
    """The machine's wall clock: the default ``WallClock``."""
    return time.time()


def utc_now(clock: WallClock) -> dt.datetime:
    """``clock``'s reading as an aware UTC ``datetime``."""
    return dt.datetime.fromtimestamp(clock(), dt.UTC)
