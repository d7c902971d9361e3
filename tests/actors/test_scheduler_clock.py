"""Due-time arithmetic (``actors.scheduler._clock``): zones, DST gaps and folds.

Pure functions: no event loop, no clock. Property tests run over real tz database zones
and dates, including the days of their transitions.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actors.dialogs._timezones import tzinfo_for
from actors.scheduler import (
    due_at,
    due_between,
    next_due,
    parse_hhmm,
    weekly_due_between,
)

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
ZONES = sorted(
    z for z in zoneinfo.available_timezones()
    if "/" in z and not z.startswith(("Etc/", "SystemV/", "posixrules"))
)


def local(instant: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return instant.astimezone(tz)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


# -- examples --------------------------------------------------------------------------------


def test_plain_day_fires_at_the_local_wall_time() -> None:
    due = due_at(dt.date(2026, 11, 23), dt.time(20, 0), zoneinfo.ZoneInfo("Europe/Moscow"))
    assert due == utc(2026, 11, 23, 17, 0)


def test_fixed_offset_zone_of_the_settings() -> None:
    due = due_at(dt.date(2026, 11, 23), dt.time(20, 0), tzinfo_for("UTC-5:30"))
    assert due == utc(2026, 11, 24, 1, 30)


def test_time_in_the_spring_gap_fires_once_when_the_clock_jumps() -> None:
    # Berlin 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist.
    due = due_at(dt.date(2026, 3, 29), dt.time(2, 30), BERLIN)
    assert local(due, BERLIN).time() == dt.time(3, 0)
    assert due == utc(2026, 3, 29, 1, 0)
    assert [d for d, _ in due_between(utc(2026, 3, 28, 12), utc(2026, 3, 29, 12),
                                      dt.time(2, 30), BERLIN)] == [dt.date(2026, 3, 29)]


def test_time_in_the_autumn_fold_fires_once_at_its_first_occurrence() -> None:
    # Berlin 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
    due = due_at(dt.date(2026, 10, 25), dt.time(2, 30), BERLIN)
    assert due == utc(2026, 10, 25, 0, 30)  # 02:30 CEST, not 02:30 CET (01:30 UTC)
    fired = due_between(utc(2026, 10, 24, 12), utc(2026, 10, 25, 12), dt.time(2, 30), BERLIN)
    assert fired == [(dt.date(2026, 10, 25), utc(2026, 10, 25, 0, 30))]


def test_gap_at_midnight_fires_at_the_end_of_the_gap() -> None:
    # America/Santiago springs forward at 00:00 → 01:00 (2026-09-06).
    santiago = zoneinfo.ZoneInfo("America/Santiago")
    due = due_at(dt.date(2026, 9, 6), dt.time(0, 0), santiago)
    assert local(due, santiago).replace(tzinfo=None) == dt.datetime(2026, 9, 6, 1, 0)


def test_window_lists_each_missed_day_once_in_order() -> None:
    fired = due_between(utc(2026, 11, 20, 12), utc(2026, 11, 23, 19), dt.time(20, 0), NEW_YORK)
    assert [d for d, _ in fired] == [dt.date(2026, 11, 20), dt.date(2026, 11, 21),
                                     dt.date(2026, 11, 22)]


def test_window_bounds_are_open_below_and_closed_above() -> None:
    due = due_at(dt.date(2026, 11, 23), dt.time(20, 0), BERLIN)
    assert due_between(due - dt.timedelta(hours=1), due, dt.time(20, 0), BERLIN)
    assert not due_between(due, due + dt.timedelta(hours=1), dt.time(20, 0), BERLIN)


def test_weekly_runs_only_on_the_weekday() -> None:
    fired = weekly_due_between(utc(2026, 11, 1), utc(2026, 11, 30), 6, dt.time(19, 0), BERLIN)
    assert [d for d, _ in fired] == [dt.date(2026, 11, d) for d in (1, 8, 15, 22, 29)]


def test_next_due_is_today_or_tomorrow() -> None:
    day, due = next_due(utc(2026, 11, 23, 18, 59), dt.time(20, 0), BERLIN)
    assert (day, due) == (dt.date(2026, 11, 23), utc(2026, 11, 23, 19, 0))
    day, _ = next_due(utc(2026, 11, 23, 19, 0), dt.time(20, 0), BERLIN)
    assert day == dt.date(2026, 11, 24)


@pytest.mark.parametrize("text", ["2000", "20:5", "ab:cd", "25:00", "", "20:60"])
def test_bad_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_hhmm(text)


# -- properties ------------------------------------------------------------------------------

zones = st.sampled_from(ZONES)
days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2037, 12, 31))
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))


@settings(max_examples=300, deadline=None)
@given(zone=zones, day=days, at=times)
def test_due_instant_reads_as_the_wall_time_or_is_the_gap_end(
    zone: str, day: dt.date, at: dt.time
) -> None:
    tz = zoneinfo.ZoneInfo(zone)
    due = due_at(day, at, tz)
    seen = local(due, tz).replace(tzinfo=None)
    wanted = dt.datetime.combine(day, at)
    if seen != wanted:
        # Only in a gap: the wall time never happened, the run fires when the clock
        # jumps past it (just after it on the local clock, and one second earlier it
        # read before it).
        assert seen > wanted
        assert local(due - dt.timedelta(seconds=1), tz).replace(tzinfo=None) < wanted
    else:
        # In a fold: the first occurrence.
        earlier = due - dt.timedelta(hours=3)
        for minutes in range(0, 180, 15):
            probe = earlier + dt.timedelta(minutes=minutes)
            assert local(probe, tz).replace(tzinfo=None) != wanted or probe >= due


@settings(max_examples=200, deadline=None)
@given(zone=zones, start=days, at=times, span=st.integers(min_value=1, max_value=40))
def test_every_local_day_fires_exactly_once_in_increasing_order(
    zone: str, start: dt.date, at: dt.time, span: int
) -> None:
    tz = zoneinfo.ZoneInfo(zone)
    begin = dt.datetime.combine(start, dt.time(0), tzinfo=dt.UTC)
    end = begin + dt.timedelta(days=span)
    fired = due_between(begin, end, at, tz)
    labels = [d for d, _ in fired]
    instants = [t for _, t in fired]
    assert len(set(labels)) == len(labels)
    assert instants == sorted(set(instants))
    assert labels == sorted(labels)
    assert all(begin < t <= end for t in instants)
    # Splitting the window anywhere yields the same runs: nothing skipped, nothing twice.
    middle = begin + (end - begin) / 2
    assert (due_between(begin, middle, at, tz) + due_between(middle, end, at, tz)) == fired


def transition_days(tz: dt.tzinfo, year: int) -> list[dt.date]:
    """Local days of ``year`` on which the zone's UTC offset changes."""
    found = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        start = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
        if start.astimezone(tz).utcoffset() != (start + dt.timedelta(days=1)).astimezone(
                tz).utcoffset():
            found.extend([day, day + dt.timedelta(days=1)])
        day += dt.timedelta(days=1)
    return found


DST_ZONES = ["Europe/Berlin", "America/New_York", "America/Santiago", "Australia/Lord_Howe",
             "Europe/London", "America/Havana", "Asia/Tehran", "Pacific/Chatham",
             "America/St_Johns", "Africa/Casablanca"]


@settings(max_examples=150, deadline=None)
@given(zone=st.sampled_from(DST_ZONES), year=st.integers(min_value=2005, max_value=2030),
       at=times, pick=st.integers(min_value=0, max_value=1000))
def test_transition_days_fire_exactly_once(zone: str, year: int, at: dt.time, pick: int) -> None:
    tz = zoneinfo.ZoneInfo(zone)
    candidates = transition_days(tz, year)
    if not candidates:
        return
    day = candidates[pick % len(candidates)]
    begin = dt.datetime.combine(day - dt.timedelta(days=2), dt.time(0), tzinfo=dt.UTC)
    end = begin + dt.timedelta(days=5)
    fired = due_between(begin, end, at, tz)
    assert [d for d, _ in fired].count(day) == 1
    assert [t for _, t in fired] == sorted({t for _, t in fired})
    due = due_at(day, at, tz)
    assert local(due, tz).replace(tzinfo=None) >= dt.datetime.combine(day, at)
