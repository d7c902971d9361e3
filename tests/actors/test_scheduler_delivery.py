"""A scheduled message's run is marked done only once the sender settled its delivery.

Two harnesses on a real private PostgreSQL with a fake wall clock (see
``test_scheduler``): a probe sender whose answer the test chooses (a ``Delivery`` that
never settles, one given up, a wrong answer), and the real ``TelegramSender`` against the
Telegram emulator with a ``SpoolJournal`` over a real spool, where a "process restart" is
a new spool handle, journal, outbox, sender and scheduler over the same directory and
database.

asyncio only: asyncpg, aiohttp.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import msgspec
import pytest

from actors.db_writer import migrate
from actors.protocol import SendReply
from actors.scheduler import Scheduler, Sweep, SweepReport
from actors.spool import Spool
from actors.telegram._sender import Delivery, DeliveryOutcome, Outbox, TelegramSender
from actors.telegram._spool_journal import SpoolJournal
from chaos.emulators.telegram import FaultMode, TelegramEmulator, make_test_token
from config.settings import TelegramSettings
from runtime import ActorRef, ActorSystem
from runtime.testing import Probe
from supervisors import supervisor_spec, worker
from tests.actors.test_scheduler import (
    CONFIG,
    START,
    WAIT,
    WallClock,
    add_family,
    drain,
    fetch,
    running,
)

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TOKEN = make_test_token(626262, "SCHEDULER")
DUE = START + dt.timedelta(minutes=2)  # 20:01 in Berlin: the check-in was due at 20:00
KEY = "checkin:1:2026-11-23"


@pytest.fixture
async def db(pg_dsn: str) -> str:
    await migrate(pg_dsn)
    return pg_dsn


async def runs(dsn: str) -> list[tuple[str, str]]:
    rows = await fetch(dsn, "SELECT schedule, period_key FROM schedule_runs ORDER BY 1, 2")
    return [(r["schedule"], r["period_key"]) for r in rows]


# -- a probe sender: the answers the scheduler must not take for a delivery -----------------


def never_settled(message: Any) -> Any:
    return Delivery(message.key) if isinstance(message, SendReply) else message


def given_up(message: Any) -> Any:
    return Delivery(message.key, DeliveryOutcome.GIVEN_UP)


def echoed(message: Any) -> Any:
    return message  # a sender that knows nothing of deliveries


@pytest.mark.parametrize("answer", [never_settled, given_up, echoed])
async def test_unconfirmed_check_in_is_not_done_and_is_resent_with_its_key_after_the_lease(
    db: str, answer: Callable[[Any], Any],
) -> None:
    await add_family(db, 1, checkin="20:00")
    confirmed = False

    def confirm(message: Any) -> Any:
        if confirmed:
            return Delivery(message.key, DeliveryOutcome.DELIVERED)
        return answer(message)

    clock = WallClock(START)  # 19:59: the start-up sweep has nothing to do
    async with running(db, clock, confirm=confirm, delivery_timeout=0.2) as bot:
        await bot.sweep()
        clock.set(DUE)
        report = await bot.sweep()
        assert (report.fired, report.failed) == ((), 1)
        assert bot.keys() == [KEY]
        assert await runs(db) == [("checkin.claim", "1:2026-11-23")]  # claimed, not done

        clock.advance(seconds=CONFIG.claim_lease - 1)
        assert (await bot.sweep()).fired == ()  # the claim is still live
        assert bot.keys() == [KEY]

        confirmed = True
        clock.advance(seconds=2)  # the lease is over: the run is tried again
        report = await bot.sweep()
        assert report.fired == ("checkin/1:2026-11-23",)
        assert (report.failed, report.dropped) == (0, 0)
    assert bot.keys() == [KEY, KEY]  # the same idempotency key both times
    assert await runs(db) == [("checkin", "1:2026-11-23")]


async def test_a_sweep_awaits_deliveries_concurrently_within_its_bound(db: str) -> None:
    for chat in range(1, 8):
        await add_family(db, chat, checkin="20:00")
    clock = WallClock(DUE)
    waiting: list[Delivery] = []
    most = 0

    def confirm(message: Any) -> Any:
        nonlocal most
        delivery = Delivery(message.key)
        waiting.append(delivery)
        most = max(most, sum(d.outcome is None for d in waiting))
        return delivery

    def open_ones() -> list[Delivery]:
        return [d for d in waiting if d.outcome is None]

    async def telegram() -> None:
        """Settles the oldest open delivery once the bound's worth are open (or all seven
        were handed over), so the test does not depend on how fast the machine is; a
        sweep that delivered one at a time is let through after 2 s, and fails below."""
        while True:
            with anyio.move_on_after(2.0):
                while not (len(open_ones()) >= 3 or (len(waiting) == 7 and open_ones())):
                    await anyio.sleep(0.005)
            if open_ones():
                open_ones()[0].settle(DeliveryOutcome.DELIVERED)
            await anyio.sleep(0.005)

    async with (running(db, clock, confirm=confirm, delivery_concurrency=3) as bot,
                anyio.create_task_group() as tg):
        tg.start_soon(telegram)
        await bot.sweep()
        await bot.sweep()
        tg.cancel_scope.cancel()
    assert sorted(bot.keys()) == sorted(f"checkin:{chat}:2026-11-23" for chat in range(1, 8))
    assert most == 3  # several at once (not one after another), never more than the bound
    assert len(await runs(db)) == 7
    assert {schedule for schedule, _ in await runs(db)} == {"checkin"}


# -- the real sender against the Telegram emulator ------------------------------------------


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(TOKEN, flood=False) as emu:
        for chat in (1, 2):
            emu.add_user(chat)
        yield emu


@dataclass
class Process:
    """One "process": a spool, its journal, an outbox, a sender and a scheduler."""

    system: ActorSystem
    spool: Spool
    journal: SpoolJournal

    async def sweep(self) -> SweepReport:
        report = await self.system.ref("ops/scheduler").ask(Sweep(), timeout=WAIT)
        assert isinstance(report, SweepReport)
        return report


@asynccontextmanager
async def process(
    dsn: str, emu: TelegramEmulator, clock: WallClock, spool_dir: Path, *,
    journal_reads_postgres: bool = True, delivery_timeout: float = 10.0,
) -> AsyncIterator[Process]:
    settings = TelegramSettings(base_url=emu.base_url, request_timeout=2.0, backoff_min=0.01,
                                backoff_max=0.05, max_send_attempts=3)
    spool = await Spool.open(spool_dir, fsync=False)
    journal = await SpoolJournal.open(spool, dsn if journal_reads_postgres else None)
    outbox = Outbox(settings)
    dialogs = Probe()
    systems: list[ActorSystem] = []

    def ref(name: str) -> ActorRef:
        return systems[0].ref(f"ops/{name}")

    tree = supervisor_spec("ops", [
        worker("dialogs", dialogs.factory),
        worker("telegram_sender", lambda: TelegramSender(
            settings, TOKEN, journal, lambda chat: ref("dialogs"), outbox)),
        worker("scheduler", lambda: Scheduler(
            dsn=dsn, sender=lambda: ref("telegram_sender"),
            config=msgspec.structs.replace(CONFIG, delivery_timeout=delivery_timeout),
            spool=spool, inactive=outbox.inactive.__contains__, clock=clock)),
    ], max_restarts=10, within=10)
    try:
        async with ActorSystem.start(tree) as system:
            systems.append(system)
            yield Process(system, spool, journal)
    finally:
        await journal.aclose()
        await spool.aclose()


def sent(emu: TelegramEmulator, chat: int = 1) -> list[str]:
    """The texts Telegram accepted for ``chat``."""
    return [c["params"]["text"] for c in emu.calls("sendMessage", status=200)
            if int(c["params"]["chat_id"]) == chat]


async def test_check_in_is_marked_done_only_after_send_message_was_answered(
    db: str, emu: TelegramEmulator, tmp_path: Path,
) -> None:
    await add_family(db, 1, checkin="20:00")
    emu.add_fault(method="sendMessage", mode=FaultMode.DELAY, latency=0.5)
    seen_unanswered = False
    async with process(db, emu, WallClock(DUE), tmp_path / "spool"):
        with anyio.fail_after(WAIT):
            while True:
                done = ("checkin", "1:2026-11-23") in await runs(db)
                answered = bool(sent(emu))  # read after the table: done implies answered
                assert answered or not done, "marked done before Telegram answered"
                if done:
                    break
                seen_unanswered |= ("checkin.claim", "1:2026-11-23") in await runs(db)
                await anyio.sleep(0.02)
    assert seen_unanswered  # the window was there: claimed, sendMessage not answered yet
    assert len(sent(emu)) == 1


@pytest.mark.parametrize("journal_reads_postgres", [True, False],
                         ids=["journal-knows", "sent-replies-knows"])
async def test_delivered_check_in_rerun_after_a_process_restart_is_not_sent_twice(
    db: str, emu: TelegramEmulator, tmp_path: Path, journal_reads_postgres: bool,
) -> None:
    await add_family(db, 1, checkin="20:00")
    clock = WallClock(DUE)
    # Process 1: Telegram answers slower than the scheduler waits, so the check-in is
    # delivered and recorded as sent, but its run is never marked done — the state a
    # process killed between the send and the done mark leaves behind.
    emu.add_fault(method="sendMessage", mode=FaultMode.DELAY, latency=0.4)
    async with process(db, emu, clock, tmp_path / "spool", delivery_timeout=0.1) as one:
        await emu.wait_calls("sendMessage", 1, status=200, timeout=WAIT)
        with anyio.fail_after(WAIT):
            while not one.journal.was_sent(KEY):
                await anyio.sleep(0.01)
        assert (await one.sweep()).fired == ()
        assert await runs(db) == [("checkin.claim", "1:2026-11-23")]
    if not journal_reads_postgres:
        # The SentReply reached sent_replies, and the next journal cannot read PostgreSQL:
        # only the scheduler's own look-up knows the message went out.
        spool = await Spool.open(tmp_path / "spool", fsync=False)
        try:
            await drain(spool, db)
        finally:
            await spool.aclose()

    clock.advance(seconds=CONFIG.claim_lease + 1)  # process 2: the claim has expired
    async with process(db, emu, clock, tmp_path / "spool",
                       journal_reads_postgres=journal_reads_postgres) as two:
        assert two.journal.was_sent(KEY) is journal_reads_postgres
        await two.sweep()  # after the start-up sweep, which re-ran the run
        assert await runs(db) == [("checkin", "1:2026-11-23")]
    assert len(sent(emu)) == 1


async def test_check_in_to_a_blocked_chat_ends_its_run_without_a_message(
    db: str, emu: TelegramEmulator, tmp_path: Path,
) -> None:
    await add_family(db, 1, checkin="20:00")
    await add_family(db, 2, checkin="20:00")
    emu.block(1)
    clock = WallClock(START)
    async with process(db, emu, clock, tmp_path / "spool") as bot:
        await bot.sweep()
        clock.set(DUE)
        report = await bot.sweep()
    assert report.fired == ("checkin/1:2026-11-23", "checkin/2:2026-11-23")
    assert (report.dropped, report.failed) == (1, 0)
    assert await runs(db) == [("checkin", "1:2026-11-23"), ("checkin", "2:2026-11-23")]
    assert sent(emu, 1) == []
    assert [c["status"] for c in emu.calls("sendMessage")
            if int(c["params"]["chat_id"]) == 1] == [403]
    assert len(sent(emu, 2)) == 1
