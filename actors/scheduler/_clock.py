"""Due-time arithmetic: when a local wall-clock time happens, as a UTC instant.

Pure functions, no clock of their own: callers pass ``now`` (an aware UTC ``datetime``).
``zone_for`` turns a family's stored zone name into a ``tzinfo``. A wall time in a DST
gap fires once at the end of the gap, one in a fold once at its first occurrence, so each
local day yields exactly one instant and a period key made from the local day names one
run. See docs/scheduler.md, section "Due times".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

from actors.dialogs import tzinfo_for

__all__ = ["due_at", "due_between", "local_day", "next_due", "parse_hhmm", "weekly_due_between",
           "zone_for"]

_DAY: Final = dt.timedelta(days=1)
_SECOND: Final = dt.timedelta(seconds=1)


def parse_hhmm(text: str) -> dt.time:
    """"20:05" → ``time(20, 5)``; ``ValueError`` for anything else."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"not a HH:MM time: {text!r}")
    return dt.time(int(hours), int(minutes))


def zone_for(name: str) -> dt.tzinfo:
    """The ``tzinfo`` of a family's stored zone name ("" is UTC); ``KeyError`` for any name
    that is not a usable zone (``tzinfo_for``: an unknown name, a folder of the tz
    database, a bad offset), which callers catch for that family alone."""
    return tzinfo_for(name or "UTC")


def local_day(instant: dt.datetime, tz: dt.tzinfo) -> dt.date:
    """The local calendar date of ``instant`` in ``tz``."""
    return instant.astimezone(tz).date()


def due_at(day: dt.date, at: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """The UTC instant of local wall time ``at`` on local ``day`` in ``tz``: the first
    occurrence when the wall time happens twice, the end of the gap (the instant the
    clock jumps over it) when it does not happen at all."""
    wall = dt.datetime.combine(day, at)
    first = wall.replace(tzinfo=tz, fold=0).astimezone(dt.UTC)
    second = wall.replace(tzinfo=tz, fold=1).astimezone(dt.UTC)
    if _exists(wall, first, tz):
        # In a fold both fold values exist; fold=0 is the earlier instant.
        return min(first, second) if _exists(wall, second, tz) else first
    return _gap_end(min(first, second), max(first, second), tz)


def _exists(wall: dt.datetime, instant: dt.datetime, tz: dt.tzinfo) -> bool:
    """Whether ``instant`` reads as ``wall`` on the local clock."""
    return instant.astimezone(tz).replace(tzinfo=None, fold=0) == wall


def _gap_end(low: dt.datetime, high: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """The first instant in (low, high] whose UTC offset is the post-transition one: the
    moment the local clock jumps. Binary search to the second (transitions are whole
    seconds in the tz database)."""
    after = high.astimezone(tz).utcoffset()
    while high - low > _SECOND:
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if middle <= low:
            break
        if middle.astimezone(tz).utcoffset() == after:
            high = middle
        else:
            low = middle
    return high


def due_between(
    start: dt.datetime, end: dt.datetime, at: dt.time, tz: dt.tzinfo
) -> list[tuple[dt.date, dt.datetime]]:
    """Every (local day, UTC instant) whose instant is in ``(start, end]``, oldest first."""
    return [(day, due) for day, due in _candidates(start, end, at, tz) if start < due <= end]


def weekly_due_between(
    start: dt.datetime, end: dt.datetime, weekday: int, at: dt.time, tz: dt.tzinfo
) -> list[tuple[dt.date, dt.datetime]]:
    """Like ``due_between`` for local days that are ``weekday`` (Monday 0 … Sunday 6)."""
    return [(day, due) for day, due in due_between(start, end, at, tz)
            if day.weekday() == weekday]


def next_due(now: dt.datetime, at: dt.time, tz: dt.tzinfo) -> tuple[dt.date, dt.datetime]:
    """The first (local day, UTC instant) strictly after ``now``."""
    day = local_day(now, tz) - _DAY
    while True:
        due = due_at(day, at, tz)
        if due > now:
            return day, due
        day += _DAY


def _candidates(
    start: dt.datetime, end: dt.datetime, at: dt.time, tz: dt.tzinfo
) -> Iterator[tuple[dt.date, dt.datetime]]:
    # A gap can push a day's instant into the next local day, so start one day early.
    day = local_day(start, tz) - _DAY
    last = local_day(end, tz) + _DAY
    while day <= last:
        yield day, due_at(day, at, tz)
        day += _DAY
