"""The scheduler's time logic end to end: DST gaps and folds in the zones parents live in,
local days and weekdays that are not UTC's, leap days and year ends, clock steps, catch-up,
zone and time changes between sweeps, unusable stored zones.

The pure part replays the sweeps the ``Scheduler`` makes (``due_between`` over its
catch-up window, a run done once per local day) against real tz database zones; the rest
drives the actor on a private PostgreSQL with ``test_scheduler``'s fake wall clock, so
every instant comes from that clock and nothing waits for real time.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actors.dialogs._store import Child, Family
from actors.scheduler import (
    BusinessGauges,
    _clock,
    due_at,
    due_between,
    handle_checkin_callback,
    weekly_due_between,
)
from tests.actors.test_scheduler import WallClock, add_family, db, execute, running

pytestmark = [pytest.mark.anyio]

__all__ = ["db"]  # the fixture, used by name

CATCH_UP = dt.timedelta(hours=6)
ODD_ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "America/Santiago",
             "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham", "Pacific/Kiritimati",
             "America/St_Johns", "Europe/Moscow", "Australia/Lord_Howe", "Pacific/Apia"]
ALL_ZONES = sorted(z for z in zoneinfo.available_timezones() if "/" in z)
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


class SteppedClock(WallClock):
    """``test_scheduler``'s wall clock, which NTP may also step back."""

    def advance(self, seconds: float = 0.0, **delta: float) -> None:
        self.now += seconds + dt.timedelta(**delta).total_seconds()

    def set(self, when: dt.datetime) -> None:
        self.now = when.timestamp()


# -- the sweeps, replayed (pure) -------------------------------------------------------------


def replay(
    sweeps: list[dt.datetime], at: dt.time, tz: dt.tzinfo, weekday: int | None = None,
) -> dict[dt.date, list[dt.datetime]]:
    """Which local day fired at which sweep, as ``Scheduler._family_runs`` decides: every
    period due in the catch-up window up to the sweep, once (a done set by local day)."""
    fired: dict[dt.date, list[dt.datetime]] = {}
    for now in sweeps:
        due = (due_between(now - CATCH_UP, now, at, tz) if weekday is None
               else weekly_due_between(now - CATCH_UP, now, weekday, at, tz))
        for day, _ in due:
            if day not in fired:
                fired[day] = [now]
    return fired


def transitions(tz: dt.tzinfo, start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """The instants (to the hour) at which the zone's UTC offset changes."""
    found, hour = [], dt.timedelta(hours=1)
    t = start
    while t < end:
        if t.astimezone(tz).utcoffset() != (t + hour).astimezone(tz).utcoffset():
            found.append(t + hour)
        t += hour
    return found


instants = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2029, 12, 31),
                        timezones=st.just(dt.UTC))
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))


@settings(max_examples=60, deadline=None)  # ~3 s: it also runs a year ahead
@given(zone=st.sampled_from(ODD_ZONES) | st.sampled_from(ALL_ZONES), around=instants,
       at=times, tick=st.integers(min_value=1, max_value=90),
       step_back=st.integers(min_value=0, max_value=5 * 60))
def test_sweeps_fire_each_local_day_once_on_time_across_transitions_and_clock_steps(
    zone: str, around: dt.datetime, at: dt.time, tick: int, step_back: int,
) -> None:
    tz = zoneinfo.ZoneInfo(zone)
    # Sweep every ``tick`` minutes over four days around a transition if there is one
    # near, stepping the clock back ``step_back`` minutes once (an NTP correction).
    near = transitions(tz, around - dt.timedelta(days=200), around + dt.timedelta(days=200))
    middle = min(near, key=lambda t: abs(t - around)) if near else around
    start, end = middle - dt.timedelta(days=2), middle + dt.timedelta(days=2)
    sweeps, now, stepped = [], start, False
    while now <= end:
        sweeps.append(now)
        if not stepped and now >= middle:
            now -= dt.timedelta(minutes=step_back)
            stepped = True
        now += dt.timedelta(minutes=tick)
    fired = replay(sweeps, at, tz)
    first = (start + CATCH_UP).astimezone(tz).date() + dt.timedelta(days=1)
    last = end.astimezone(tz).date() - dt.timedelta(days=1)
    day = first
    while day <= last:
        due = due_at(day, at, tz)
        if start + CATCH_UP < due <= end - dt.timedelta(minutes=tick):
            assert day in fired, (day, due)
            (when,) = fired[day]
            assert dt.timedelta(0) <= when - due < dt.timedelta(minutes=tick), (day, due, when)
        day += dt.timedelta(days=1)


@settings(max_examples=100, deadline=None)
@given(zone=st.sampled_from(ODD_ZONES) | st.sampled_from(ALL_ZONES), around=instants,
       at=times, weekday=st.integers(min_value=0, max_value=6))
def test_weekly_reports_fall_on_the_local_weekday_once_a_week(
    zone: str, around: dt.datetime, at: dt.time, weekday: int,
) -> None:
    tz = zoneinfo.ZoneInfo(zone)
    sweeps = [around + dt.timedelta(minutes=30 * n) for n in range(48 * 22)]
    fired = replay(sweeps, at, tz, weekday)
    days = sorted(fired)
    assert all(d.weekday() == weekday for d in days)
    assert all(b - a == dt.timedelta(days=7) for a, b in itertools.pairwise(days))
    assert len(days) >= 2
    for day in days:
        (when,) = fired[day]
        due = due_at(day, at, tz)
        if due > sweeps[0]:  # (the first sweep catches up on what fell due before it)
            assert dt.timedelta(0) <= when - due < dt.timedelta(minutes=30)


@pytest.mark.parametrize(("zone", "day", "at", "expected"), [
    # spring forward: 02:30 never happens, the check-in goes out when the clock jumps
    ("Europe/Berlin", dt.date(2026, 3, 29), dt.time(2, 30), utc(2026, 3, 29, 1, 0)),
    ("America/New_York", dt.date(2026, 3, 8), dt.time(2, 30), utc(2026, 3, 8, 7, 0)),
    ("Australia/Sydney", dt.date(2026, 10, 4), dt.time(2, 30), utc(2026, 10, 3, 16, 0)),
    ("Pacific/Chatham", dt.date(2026, 9, 27), dt.time(2, 50), utc(2026, 9, 26, 14, 0)),
    # fall back: 02:30 happens twice, the check-in goes out at the first
    ("Europe/Berlin", dt.date(2026, 10, 25), dt.time(2, 30), utc(2026, 10, 25, 0, 30)),
    ("America/New_York", dt.date(2026, 11, 1), dt.time(1, 30), utc(2026, 11, 1, 5, 30)),
    ("Australia/Sydney", dt.date(2026, 4, 5), dt.time(2, 30), utc(2026, 4, 4, 15, 30)),
    ("America/Santiago", dt.date(2026, 4, 4), dt.time(23, 30), utc(2026, 4, 5, 2, 30)),
    # odd offsets and local days that are not UTC's
    ("Asia/Kolkata", dt.date(2026, 11, 23), dt.time(0, 15), utc(2026, 11, 22, 18, 45)),
    ("Asia/Kathmandu", dt.date(2026, 11, 23), dt.time(20, 0), utc(2026, 11, 23, 14, 15)),
    ("Pacific/Kiritimati", dt.date(2027, 1, 1), dt.time(8, 0), utc(2026, 12, 31, 18, 0)),
    ("America/St_Johns", dt.date(2028, 2, 29), dt.time(22, 0), utc(2028, 3, 1, 1, 30)),
])
def test_due_instants_of_the_zones_parents_live_in(
    zone: str, day: dt.date, at: dt.time, expected: dt.datetime,
) -> None:
    tz = zoneinfo.ZoneInfo(zone)
    assert due_at(day, at, tz) == expected
    window = due_between(expected - dt.timedelta(days=2), expected + dt.timedelta(days=2),
                         at, tz)
    assert [d for d, _ in window].count(day) == 1


@pytest.mark.parametrize("name", ["Europe", "America/", "Mars/Olympus", "UTCx", "UTC+99",
                                  "../etc/passwd", "Europe/Berlin\x00"])
def test_unusable_zone_names_are_one_kind_of_error(name: str) -> None:
    with pytest.raises(KeyError):
        _clock.zone_for(name)


def test_an_empty_zone_is_utc() -> None:
    assert _clock.zone_for("") is dt.UTC
    assert _clock.zone_for("Asia/Kathmandu").utcoffset(dt.datetime(2026, 1, 1)) == dt.timedelta(
        hours=5, minutes=45)


# -- answers on day and year boundaries --------------------------------------------------------


@pytest.mark.parametrize(("zone", "data", "now", "accepted"), [
    # the evening's check-in answered after local midnight, across a leap day, a year end
    ("Europe/Berlin", "ci:1:4:20280229", utc(2028, 2, 29, 23, 30), True),
    ("Pacific/Kiritimati", "ci:1:4:20281231", utc(2028, 12, 31, 11, 0), True),
    ("America/St_Johns", "ci:1:4:20281231", utc(2029, 1, 1, 4, 0), True),
    ("Asia/Kathmandu", "ci:1:4:20290101", utc(2028, 12, 31, 18, 15), True),  # 00:00 local
    ("Asia/Kathmandu", "ci:1:4:20290102", utc(2028, 12, 31, 18, 14), False),  # two days on
    ("Europe/Berlin", "ci:1:4:20280222", utc(2028, 2, 29, 12, 0), True),  # a week old
    ("Europe/Berlin", "ci:1:4:20280221", utc(2028, 2, 29, 12, 0), False),
])
async def test_check_in_answers_are_judged_by_the_local_day(
    zone: str, data: str, now: dt.datetime, accepted: bool,
) -> None:
    family = Family(chat_id=5, language="en", timezone=zone,
                    children=(Child(id=1, name="Tom", age=9),))
    text = await handle_checkin_callback(data, family, spool=None, now=now)
    assert text.startswith("Thank you") is accepted, text


@pytest.mark.parametrize("zone", ["Europe", "UTCx", "Mars/Olympus"])
async def test_a_check_in_answer_with_an_unusable_stored_zone_is_judged_in_utc(zone: str) -> None:
    family = Family(chat_id=5, language="en", timezone=zone,
                    children=(Child(id=1, name="Tom", age=9),))
    text = await handle_checkin_callback("ci:1:4:20261123", family, spool=None,
                                         now=utc(2026, 11, 23, 21, 0))
    assert text.startswith("Thank you")


# -- the actor on PostgreSQL ------------------------------------------------------------------


@pytest.mark.asyncio_only
@pytest.mark.parametrize("zone", ["Europe", "Mars/Olympus", "UTC+99", "UTCx"])
async def test_an_unusable_stored_zone_skips_that_family_only(db: str, zone: str) -> None:
    await add_family(db, 1, tz=zone)
    await add_family(db, 2, tz="Europe/Berlin")
    clock = WallClock(utc(2026, 11, 23, 19, 1))  # 20:01 in Berlin
    async with running(db, clock) as bot:
        report = await bot.sweep()
        assert (report.failed, report.error) == (1, None)
        clock.advance(days=1)
        await bot.sweep()
    assert bot.keys() == ["checkin:2:2026-11-23", "checkin:2:2026-11-24"]


@pytest.mark.asyncio_only
@pytest.mark.parametrize(("at", "sweeps", "expected"), [
    # Berlin's spring-forward night: 02:30 never happens; out once, at 03:00 CEST
    ("02:30", (utc(2026, 3, 28, 23, 0), 15, 16), utc(2026, 3, 29, 1, 0)),
    # Berlin's fall-back night: 02:30 happens twice; out once, at the first
    ("02:30", (utc(2026, 10, 24, 23, 0), 15, 16), utc(2026, 10, 25, 0, 30)),
])
async def test_a_check_in_on_a_dst_night_goes_out_once(
    db: str, at: str, sweeps: tuple[dt.datetime, int, int], expected: dt.datetime,
) -> None:
    await add_family(db, 1, checkin=at, tz="Europe/Berlin")
    start, minutes, count = sweeps
    clock = WallClock(start)
    sent_at = []
    async with running(db, clock) as bot:
        for _ in range(count):
            if (await bot.sweep()).fired:
                sent_at.append(clock.utc())
            clock.advance(minutes=minutes)
    assert len(bot.keys("checkin:")) == 1
    assert len(sent_at) == 1
    assert dt.timedelta(0) <= sent_at[0] - expected < dt.timedelta(minutes=minutes)


@pytest.mark.asyncio_only
async def test_clock_steps_zone_and_time_changes_never_double_a_check_in(db: str) -> None:
    await add_family(db, 1, checkin="20:00", tz="Europe/Berlin")
    clock = SteppedClock(utc(2026, 11, 23, 19, 1))  # 20:01 in Berlin
    async with running(db, clock) as bot:
        await bot.sweep()
        clock.advance(minutes=-10)  # an NTP step back across the due time
        await bot.sweep()
        clock.advance(minutes=15)
        await bot.sweep()
        await bot.sweep()  # twice at the same instant
        # The parent moves to New York: its 20:00 on the same local day is not a new day.
        await execute(db, "UPDATE families SET timezone = 'America/New_York'")
        clock.set(utc(2026, 11, 24, 1, 1))  # 20:01 on the 23rd in New York
        await bot.sweep()
        # ... then moves the check-in later: the day's check-in went out already.
        await execute(db, "UPDATE families SET checkin_time = '21:00'")
        clock.set(utc(2026, 11, 24, 2, 1))
        await bot.sweep()
        clock.set(utc(2026, 11, 25, 2, 1))  # 21:01 on the 24th in New York
        await bot.sweep()
        # The clock jumps forward a day and a half: the 25th is past its window, skipped.
        clock.advance(hours=36)
        await bot.sweep()
    assert bot.keys("checkin:") == ["checkin:1:2026-11-23", "checkin:1:2026-11-24"]


async def add_entry(dsn: str, key: str, at: dt.datetime) -> None:
    await execute(dsn, "INSERT INTO emotion_entries VALUES ($1, 1, 1, 'x', 'joy', 3, '{}', "
                  "'offline', '4-7', 'en', $2)", key, at)


def entries_line(text: str) -> str:
    (line,) = [ln for ln in text.split("\n")
               if ln.startswith(("Diary entries", "No diary entries"))]
    return line


@pytest.mark.asyncio_only
@pytest.mark.parametrize(("sundays", "entry", "lines"), [
    # Spring: the report of 29 March (19:00 CEST, 17:00 UTC) starts at the one of 22
    # March (19:00 CET, 18:00 UTC), not seven days of hours before it (17:00 UTC): an
    # entry at 18:30 CET on the 22nd is that week's, not both weeks'.
    ((utc(2026, 3, 22, 18, 5), utc(2026, 3, 29, 17, 5)), utc(2026, 3, 22, 17, 30),
     ["Diary entries: 1 (joy, excitement 1).", "No diary entries this week."]),
    # Autumn: the report of 25 October (19:00 CET, 18:00 UTC) starts at the one of 18
    # October (19:00 CEST, 17:00 UTC): an entry at 19:30 CEST on the 18th is its week's.
    ((utc(2026, 10, 18, 17, 5), utc(2026, 10, 25, 18, 5)), utc(2026, 10, 18, 17, 30),
     ["No diary entries this week.", "Diary entries: 1 (joy, excitement 1)."]),
])
async def test_weekly_reports_weeks_meet_across_a_dst_change(
    db: str, sundays: tuple[dt.datetime, dt.datetime], entry: dt.datetime, lines: list[str],
) -> None:
    await add_family(db, 1, language="en", checkin="21:00", tz="Europe/Berlin",
                     children=((1, "Tom", 9),))
    await add_entry(db, "e1", entry)
    clock = WallClock(sundays[0])
    async with running(db, clock) as bot:
        await bot.sweep()
        clock.set(sundays[1])
        await bot.sweep()
    reports = [m.text for m in bot.replies() if m.key.startswith("weekly:")]
    assert [entries_line(text) for text in reports] == lines


@pytest.mark.asyncio_only
async def test_a_weekly_report_on_the_local_sunday_of_a_zone_ahead_of_utc(db: str) -> None:
    await add_family(db, 1, language="en", checkin="21:00", tz="Pacific/Kiritimati",
                     children=((1, "Tom", 9),))
    clock = WallClock(utc(2026, 11, 22, 5, 1))  # Sunday 19:01 in Kiritimati, Saturday UTC
    async with running(db, clock) as bot:
        await bot.sweep()
        clock.advance(hours=23)  # down, back within the day's catch-up: nothing again
        await bot.sweep()
        clock.advance(days=7, hours=2)  # down past the next report's catch-up: skipped
        await bot.sweep()
    assert bot.keys("weekly:") == ["weekly:1:2026-11-22"]


@pytest.mark.asyncio_only
async def test_gauges_are_recomputed_after_the_clock_steps_back(db: str) -> None:
    await add_family(db, 1)
    gauges = BusinessGauges()
    start = utc(2026, 11, 23, 12, 0)
    clock = SteppedClock(start)
    async with running(db, clock, gauges=gauges, gauges_interval=3600.0) as bot:
        await bot.sweep()
        assert gauges.computed_at == start
        clock.set(start - dt.timedelta(days=1))  # the clock was a day ahead: NTP steps it
        await bot.sweep()
        assert gauges.computed_at == start - dt.timedelta(days=1)


@pytest.mark.asyncio_only
async def test_a_run_inside_its_catch_up_window_is_not_pruned_and_sent_again(db: str) -> None:
    await add_family(db, 1, language="en", tz="Europe/Berlin", children=((1, "Tom", 9),))
    clock = WallClock(utc(2026, 11, 22, 18, 5))  # Sunday 19:05 in Berlin
    async with running(db, clock, keep_runs_days=1, weekly_catch_up=7 * 86400.0,
                       gauges_interval=3600.0) as bot:
        await bot.sweep()
        clock.advance(days=2)  # the report is two days old: past keep_runs_days
        await bot.sweep()  # prunes
        await bot.sweep()
    assert bot.keys("weekly:") == ["weekly:1:2026-11-22"]

