"""The ``Scheduler`` actor on a real private PostgreSQL, driven by a fake wall clock.

The wall clock (``now``) is a ``runtime.testing.ManualClock`` the tests move by hand, so
"the check-in was due while the scheduler was down" takes no real time; sweeps are
asked for (``Sweep``) instead of waited for. The sender is a probe actor named
``telegram_sender`` in the same supervisor as the scheduler, which tests restart
through the supervisor API. The probe answers a ``SendReply`` with a ``Delivery``
already settled as delivered (``confirm``), as the real sender does once Telegram
accepted the message; ``test_scheduler_delivery`` covers the other answers and the real
sender.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import asyncpg  # type: ignore[import-untyped]
import msgspec
import pytest

from actors.breaker import CircuitBreaker
from actors.db_writer import Flusher, migrate
from actors.dialogs._store import Child, Family
from actors.protocol import SendReply
from actors.scheduler import (
    BusinessGauges,
    RunStore,
    Scheduler,
    Sweep,
    SweepReport,
    compute_gauges,
    handle_checkin_callback,
)
from actors.spool import Spool
from actors.telegram._sender import Delivery, DeliveryOutcome
from config.settings import SchedulerSettings
from runtime import ActorRef, ActorSystem
from runtime.testing import ManualClock, Probe
from supervisors import restart_child, supervisor_spec, terminate_child, worker

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

WAIT = 10.0
# Monday 2026-11-23, 18:59 UTC = 19:59 in Berlin.
START = dt.datetime(2026, 11, 23, 18, 59, tzinfo=dt.UTC)
CONFIG = SchedulerSettings(tick=3600.0, backup_dir=None, gauges_interval=10 * 86400.0)


@pytest.fixture
async def db(pg_dsn: str) -> str:
    await migrate(pg_dsn)
    return pg_dsn


class WallClock(ManualClock):
    """The scheduler's injected wall clock, started at an aware ``datetime`` and moved by
    ``timedelta`` fields."""

    def __init__(self, start: dt.datetime) -> None:
        super().__init__(start.timestamp())

    def advance(self, seconds: float = 0.0, **delta: float) -> None:
        super().advance(seconds + dt.timedelta(**delta).total_seconds())

    def set(self, when: dt.datetime) -> None:
        super().advance(when.timestamp() - self.now)


async def execute(dsn: str, sql: str, *args: Any) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql, *args)
    finally:
        await conn.close()


async def fetch(dsn: str, sql: str, *args: Any) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(dsn)
    try:
        return list(await conn.fetch(sql, *args))
    finally:
        await conn.close()


async def add_family(
    dsn: str, chat: int, *, language: str = "ru", checkin: str = "20:00",
    tz: str = "Europe/Berlin", children: Sequence[tuple[int, str, int]] = ((1, "Маша", 5),),
    active: bool = True,
) -> None:
    # created long before any period the tests' wall clock reaches: nothing is withheld
    await execute(dsn, "INSERT INTO families (chat_id, language, checkin_time, timezone, "
                  "active, version, created_at) "
                  "VALUES ($1, $2, $3, $4, $5, 1, '2000-01-01T00:00:00Z')",
                  chat, language, checkin, tz, active)
    for child_id, name, age in children:
        await execute(dsn, "INSERT INTO children (chat_id, child_id, name, age, version) "
                      "VALUES ($1, $2, $3, $4, 1)", chat, child_id, name, age)


def delivered(message: Any) -> Any:
    """A probe's answer: a ``SendReply`` is delivered at once (other asks are echoed)."""
    if isinstance(message, SendReply):
        return Delivery(message.key, DeliveryOutcome.DELIVERED)
    return message


@dataclass
class Running:
    system: ActorSystem
    sender: Probe

    @property
    def scheduler(self) -> ActorRef:
        return self.system.ref("ops/scheduler")

    async def sweep(self) -> SweepReport:
        report = await self.scheduler.ask(Sweep(), timeout=WAIT)
        assert isinstance(report, SweepReport)
        return report

    async def stop(self) -> None:
        await terminate_child(self.system.ref("ops"), "scheduler", timeout=WAIT)

    async def start(self) -> None:
        await restart_child(self.system.ref("ops"), "scheduler", timeout=WAIT)

    def replies(self) -> list[SendReply]:
        return [m for m in self.sender.received if isinstance(m, SendReply)]

    def keys(self, prefix: str = "") -> list[str]:
        return [m.key for m in self.replies() if m.key.startswith(prefix)]


@asynccontextmanager
async def running(
    dsn: str, clock: WallClock, *, config: SchedulerSettings = CONFIG,
    inactive: Callable[[int], bool] = lambda chat: False, spool: Spool | None = None,
    gauges: BusinessGauges | None = None, confirm: Callable[[Any], Any] = delivered,
    **options: Any,
) -> AsyncIterator[Running]:
    """A scheduler beside a probe sender answering asks with ``confirm(message)``;
    ``options`` replace fields of ``config`` (``delivery_timeout``, ...)."""
    config = msgspec.structs.replace(config, **options)
    sender = Probe(confirm)
    systems: list[ActorSystem] = []

    def make_scheduler() -> Scheduler:
        return Scheduler(dsn=dsn, sender=lambda: systems[0].ref("ops/telegram_sender"),
                         config=config, clock=clock, inactive=inactive, spool=spool,
                         gauges=gauges)

    tree = supervisor_spec("ops", [
        worker("telegram_sender", sender.factory),
        worker("scheduler", make_scheduler),
    ], max_restarts=10, within=10)
    async with ActorSystem.start(tree) as system:
        systems.append(system)
        yield Running(system, sender)


# -- no skips, no doubles --------------------------------------------------------------------


async def test_restarts_neither_skip_nor_double_a_check_in(db: str) -> None:
    await add_family(db, 1, tz="Europe/Berlin", checkin="20:00")
    await add_family(db, 2, language="en", tz="America/New_York", checkin="08:30",
                     children=((1, "Tom", 9), (2, "Ann", 4)))
    clock = WallClock(START)
    async with running(db, clock) as bot:
        # New York's 08:30 (13:30 UTC) passed 5.5 h ago: inside the catch-up window.
        assert (await bot.sweep()).fired == ()  # the start-up sweep already sent it
        assert bot.keys("checkin:") == ["checkin:2:2026-11-23"]

        clock.advance(minutes=2)  # 20:01 in Berlin
        assert (await bot.sweep()).fired == ("checkin/1:2026-11-23",)
        await bot.stop()
        await bot.start()
        assert (await bot.sweep()).fired == ()

        # Down across both families' next due times; back the next afternoon.
        await bot.stop()
        clock.set(dt.datetime(2026, 11, 24, 13, 45, tzinfo=dt.UTC))
        await bot.start()
        await bot.sweep()
        clock.advance(hours=6)  # 20:45 in Berlin
        await bot.sweep()
        await bot.sweep()

    assert bot.keys("checkin:") == ["checkin:2:2026-11-23", "checkin:1:2026-11-23",
                                    "checkin:2:2026-11-24", "checkin:1:2026-11-24"]
    done = await fetch(db, "SELECT schedule, period_key FROM schedule_runs "
                       "WHERE schedule LIKE 'checkin%' ORDER BY 2")
    assert [(r["schedule"], r["period_key"]) for r in done] == [
        ("checkin", "1:2026-11-23"), ("checkin", "1:2026-11-24"),
        ("checkin", "2:2026-11-23"), ("checkin", "2:2026-11-24"),
    ]  # claims are released once done


async def test_run_missed_beyond_its_window_is_skipped_not_sent_late(db: str) -> None:
    await add_family(db, 1, checkin="20:00")
    clock = WallClock(START + dt.timedelta(hours=7, minutes=2))  # 02:01 Berlin: 6 h+ late
    async with running(db, clock) as bot:
        assert (await bot.sweep()).fired == ()
    assert bot.keys() == []


async def test_claim_of_a_crashed_scheduler_is_taken_over_after_its_lease(db: str) -> None:
    await add_family(db, 1, checkin="20:00")
    clock = WallClock(START + dt.timedelta(minutes=2))
    # An incarnation claimed the run, then died before sending and marking it done.
    await execute(db, "INSERT INTO schedule_runs VALUES ('checkin.claim', '1:2026-11-23', $1)",
                  clock.utc())
    async with running(db, clock) as bot:
        assert (await bot.sweep()).fired == ()  # the claim is live: someone may be acting
        clock.advance(seconds=CONFIG.claim_lease + 1)
        assert (await bot.sweep()).fired == ("checkin/1:2026-11-23",)
        assert (await bot.sweep()).fired == ()
    assert bot.keys() == ["checkin:1:2026-11-23"]


async def test_two_schedulers_on_one_database_send_each_check_in_once(db: str) -> None:
    await add_family(db, 1, checkin="20:00")
    await add_family(db, 2, checkin="20:00", tz="Europe/Paris")
    clock = WallClock(START + dt.timedelta(minutes=2))
    async with (running(db, clock) as one, running(db, clock) as two,
                anyio.create_task_group() as tg):
        for bot in (one, two, one, two):
            tg.start_soon(bot.sweep)
    assert Counter(one.keys() + two.keys()) == {
        "checkin:1:2026-11-23": 1, "checkin:2:2026-11-23": 1}


# -- who gets what ---------------------------------------------------------------------------


async def test_inactive_chats_get_nothing(db: str) -> None:
    await add_family(db, 1, checkin="20:00", active=False)  # blocked, as PostgreSQL knows
    await add_family(db, 2, checkin="20:00")  # blocked, as the sender learnt just now
    await add_family(db, 3, checkin="20:00")
    clock = WallClock(dt.datetime(2026, 11, 22, 19, 1, tzinfo=dt.UTC))  # Sunday 20:01
    async with running(db, clock, inactive=lambda chat: chat == 2) as bot:
        report = await bot.sweep()
        await bot.sweep()
    assert report.inactive == 1
    assert sorted(bot.keys()) == ["checkin:3:2026-11-22", "weekly:3:2026-11-22"]


async def test_weekly_report_summarises_the_week_in_each_parents_language(db: str) -> None:
    await add_family(db, 1, language="ru", checkin="21:30",
                     children=((1, "Маша", 5), (2, "Петя", 14)))
    await add_family(db, 2, language="en", checkin="21:30", tz="Europe/London",
                     children=((1, "Tom", 9),))
    sunday = dt.datetime(2026, 11, 22, 18, 0, tzinfo=dt.UTC)  # 19:00 Berlin
    for n, (chat, child, emotion, days_ago) in enumerate([
        (1, 1, "anger", 1), (1, 1, "anger", 2), (1, 1, "joy", 3), (1, 1, "anger", 9),
        (2, 1, "fear", 1), (2, 1, "fear", 10), (2, 1, "fear", 11), (2, 1, "fear", 12),
    ]):
        await execute(db, "INSERT INTO emotion_entries VALUES ($1, $2, $3, 'x', $4, 3, '{}', "
                      "'offline', '4-7', 'ru', $5)", f"e{n}", chat, child, emotion,
                      sunday - dt.timedelta(days=days_ago))
    for day, score in [(16, 4), (17, 5), (20, 5), (12, 2), (13, 2)]:
        await execute(db, "INSERT INTO checkins VALUES (1, 1, $1, $2, $3)",
                      dt.date(2026, 11, day), score, sunday)
    clock = WallClock(dt.datetime(2026, 11, 22, 19, 5, tzinfo=dt.UTC))
    async with running(db, clock) as bot:
        await bot.sweep()
    reports = {m.chat_id: m.text for m in bot.replies() if m.key.startswith("weekly:")}
    assert sorted(reports) == [1, 2]
    ru, en = reports[1], reports[2]
    assert "<b>Неделя 16.11 — 22.11</b>" in ru
    assert "<b>Маша</b>\nЗаписей в дневнике: 3 (злость 2, радость, восторг 1)." in ru
    assert "Настроение по вечерним вопросам: 4.7 из 5 (3 дн.)." in ru
    assert "Динамика: спокойнее, чем на прошлой неделе." in ru
    assert "<b>Петя</b>\nЗаписей в дневнике на этой неделе нет." in ru
    assert "Динамика: пока мало данных для сравнения." in ru
    assert "<b>Tom</b>\nDiary entries: 1 (fear, worry 1)." in en
    assert "Trend: calmer than last week." in en  # 1 difficult entry against 3
    assert "Suggestion: " in en


# -- answers and gauges ----------------------------------------------------------------------


async def drain(spool: Spool, dsn: str) -> None:
    flusher = Flusher(spool, dsn, breaker=CircuitBreaker("pg", failures=3, reset_after=0.2))
    try:
        with anyio.fail_after(WAIT):
            while spool.watermark < spool.last_seq:
                await flusher.flush_once()
    finally:
        await flusher.aclose()


async def test_check_in_answers_are_stored_first_answer_wins(db: str, tmp_path: Path) -> None:
    spool = await Spool.open(tmp_path / "spool", fsync=False)
    family = Family(chat_id=5, language="en", timezone="Europe/Berlin", step="ready",
                    children=(Child(id=1, name="Tom", age=9), Child(id=2, name="Ann", age=4)))
    at = dt.datetime(2026, 11, 23, 21, 0, tzinfo=dt.UTC)
    try:
        answers = [await handle_checkin_callback(data, family, spool=spool, now=at) for data in (
            "ci:1:4:20261123", "ci:1:1:20261123", "ci:2:0:20261123", "ci:3:4:20261123",
            "ci:2:5:20261101", "ci:2:5:bogus")]
        await drain(spool, db)
    finally:
        await spool.aclose()
    assert answers == [
        "Thank you! Tom: 🙂. Saved to the diary.", "Thank you! Tom: 😢. Saved to the diary.",
        "Tap a face in Ann's row.", *["That check-in has expired: the next one comes this "
                                      "evening."] * 3]
    rows = await fetch(db, "SELECT chat_id, child_id, day, score FROM checkins")
    assert [tuple(r) for r in rows] == [(5, 1, dt.date(2026, 11, 23), 4)]


async def test_check_in_answer_in_russian() -> None:
    family = Family(chat_id=5, language="ru", timezone="UTC+3",
                    children=(Child(id=1, name="Маша", age=5),))
    text = await handle_checkin_callback("ci:1:5:20261123", family, spool=None,
                                         now=dt.datetime(2026, 11, 23, 18, tzinfo=dt.UTC))
    assert text == "Спасибо! Маша: 😄. Записал в дневник."


async def test_business_gauges(db: str) -> None:
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
    day = dt.timedelta(days=1)
    # Cohorts: first seen 1-8 days ago (d1): chat 5; 7-14 (d7): chats 1-3; 30-37 (d30): 4.
    for chat, first_seen, active in [(1, 9, True), (2, 9, True), (3, 9, False), (4, 35, True),
                                     (5, 3, True)]:
        await add_family(db, chat, active=active)
        await execute(db, "INSERT INTO parents VALUES ($1, $1, $2)", chat,
                      now - first_seen * day)
    await execute(db, "INSERT INTO emotion_entries VALUES ('a', 1, 1, 'x', 'joy', 3, '{}', "
                  "'offline', '4-7', 'ru', $1)", now - 1 * day)  # chat 1: active, d7 retained
    await execute(db, "INSERT INTO checkins VALUES (4, 1, $1, 4, $2)",
                  (now - 2 * day).date(), now - 2 * day)  # chat 4: active, d30 retained
    await execute(db, "INSERT INTO checkins VALUES (3, 1, $1, 4, $2)",
                  (now - 8 * day).date(), now - 8 * day)  # chat 3: back too early for d7
    await execute(db, "INSERT INTO checkins VALUES (5, 1, $1, 4, $2)",
                  (now - 2 * day).date(), now - 2 * day)  # chat 5: active, d1 retained
    for chat, days_ago in [(4, 2), (1, 2), (1, 3), (2, 3)]:
        await execute(db, "INSERT INTO schedule_runs VALUES ('checkin', $1, $2)",
                      f"{chat}:{(now - days_ago * day).date()}", now - days_ago * day)
    gauges = BusinessGauges()
    store = RunStore(db)
    try:
        await compute_gauges(store, now, gauges)
    finally:
        await store.aclose()
    assert gauges.active_families == 3  # chats 1, 4, 5 (chat 3 blocked the bot)
    assert (gauges.checkins_sent, gauges.checkins_answered) == (4, 1)
    assert gauges.checkin_completion == 0.25
    assert (gauges.cohort_d1, gauges.retention_d1) == (1, 1.0)  # chat 5
    assert (gauges.cohort_d7, gauges.retention_d7) == (3, 1 / 3)  # chat 1
    assert (gauges.cohort_d30, gauges.retention_d30) == (1, 1.0)  # chat 4
    assert gauges.as_dict()["computed_at"] == now


async def test_gauges_are_computed_at_start_and_shared_across_restarts(db: str) -> None:
    await add_family(db, 1)
    await execute(db, "INSERT INTO checkins VALUES (1, 1, '2026-11-23', 4, $1)", START)
    gauges = BusinessGauges()
    clock = WallClock(START)
    async with running(db, clock, gauges=gauges) as bot:
        await bot.sweep()
        assert gauges.active_families == 1
        await execute(db, "UPDATE families SET active = false")
        await bot.stop()
        clock.advance(hours=1)
        await bot.start()
        await bot.sweep()
    assert gauges.active_families == 0
    assert gauges.computed_at == START + dt.timedelta(hours=1)


async def test_a_family_that_joined_after_the_due_time_gets_no_check_in_that_day(
    db: str,
) -> None:
    await add_family(db, 7, checkin="20:00", tz="UTC")
    await execute(db, "UPDATE families SET created_at = '2026-03-10T21:00:00Z'")
    clock = WallClock(dt.datetime(2026, 3, 10, 23, 0, tzinfo=dt.UTC))
    async with running(db, clock) as bot:
        await bot.sweep()
        assert bot.keys("checkin") == []  # 20:00 was before the parent joined at 21:00
        clock.set(dt.datetime(2026, 3, 11, 20, 0, 30, tzinfo=dt.UTC))
        await bot.sweep()
        assert bot.keys("checkin") == ["checkin:7:2026-03-11"]
