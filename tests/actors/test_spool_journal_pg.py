"""SpoolJournal with PostgreSQL: the index rebuilt from drained rows plus the undrained spool,
PostgreSQL down at open (spool alone, then ``catch_up``), and the poller and the sender end
to end across a restart, with the journal in the spool (drained into PostgreSQL or not).

asyncio only: asyncpg and the aiohttp Telegram emulator.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import anyio
import asyncpg  # type: ignore[import-untyped]
import pytest

from actors.breaker import CircuitBreaker
from actors.db_writer import DatabaseUnavailable, DbWriter, Flusher, FlushStats
from actors.protocol import IncomingUpdate, SendReply, reply_key
from actors.spool import Spool
from actors.telegram._poller import PollerStats, TelegramPoller
from actors.telegram._sender import Outbox, TelegramSender
from actors.telegram._spool_journal import SpoolJournal
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from chaos.services import PostgresServer
from config.settings import TelegramSettings
from runtime import Actor, ActorRef, ActorSystem
from runtime.testing import ManualClock, eventually
from supervisors import Restart, supervisor_spec, worker

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

HOUR = 3600.0
TOKEN = make_test_token(616161, "SPOOLJOURNAL")


def update(update_id: int, chat_id: int = 7, text: str = "hello") -> IncomingUpdate:
    return IncomingUpdate(update_id=update_id, kind="message", chat_id=chat_id,
                          user_id=chat_id, text=text)


async def open_spool(directory: Path) -> Spool:
    return await Spool.open(directory, fsync=False)


async def drain(spool: Spool, dsn: str, **kwargs: Any) -> None:
    """Flush everything into PostgreSQL, as the db_writer does; the watermark passes it."""
    flusher = Flusher(spool, dsn, breaker=CircuitBreaker("pg", failures=3, reset_after=0.2),
                      connect_timeout=2.0, command_timeout=3.0, **kwargs)
    try:
        with anyio.fail_after(10):
            while spool.watermark < spool.last_seq:
                await flusher.flush_once()
    finally:
        await flusher.aclose()
    assert spool.depth == 0


def ids(updates: list[IncomingUpdate]) -> list[int]:
    return [u.update_id for u in updates]


# -- rebuilding ----------------------------------------------------------------------------


async def test_state_rebuilt_from_postgres_and_the_undrained_spool(
    tmp_path: Path, pg_dsn: str,
) -> None:
    spool = await open_spool(tmp_path / "spool")
    journal = await SpoolJournal.open(spool, pg_dsn)
    await journal.append([update(1, chat_id=10), update(3, chat_id=30), update(2, chat_id=20)])
    await journal.record_sent("u3")
    await journal.mark_done(3)
    await drain(spool, pg_dsn)
    # After the drain: more, in the spool only.
    await journal.append([update(4, chat_id=40)])
    await journal.record_sent("u1")
    await journal.mark_done(1)
    await journal.aclose()
    await spool.aclose()

    spool = await open_spool(tmp_path / "spool")
    try:
        # The spool alone no longer knows updates 2 and 3: only PostgreSQL does.
        alone = await SpoolJournal.open(spool, None)
        assert ids(alone.pending()) == [4]
        assert not alone.seen(2)

        journal = await SpoolJournal.open(spool, pg_dsn)
        assert journal.caught_up
        assert journal.pending() == [update(2, chat_id=20), update(4, chat_id=40)]
        assert ids(journal.undelivered()) == [2, 4]
        assert all(journal.seen(i) for i in (1, 2, 3, 4))
        assert not journal.seen(5)
        assert journal.was_sent("u3")
        assert journal.was_sent("u1")
        assert not journal.was_sent("u2")
        await journal.mark_done(2)  # the chat of a rebuilt update is known
        assert ids(journal.pending()) == [4]
    finally:
        await spool.aclose()


async def test_state_rebuilt_from_postgres_alone_after_everything_drained(
    tmp_path: Path, pg_dsn: str,
) -> None:
    spool = await open_spool(tmp_path / "spool")
    journal = await SpoolJournal.open(spool, pg_dsn)
    await journal.append([update(i, chat_id=100 + i % 3) for i in range(1, 21)])
    for i in range(1, 21, 2):
        await journal.record_sent(reply_key(i))
        await journal.mark_done(i)
    await drain(spool, pg_dsn)
    await spool.aclose()

    spool = await open_spool(tmp_path / "spool")
    try:
        assert spool.read(spool.watermark, 100) == []  # nothing left in the spool
        journal = await SpoolJournal.open(spool, pg_dsn)
        assert ids(journal.pending()) == list(range(2, 21, 2))
        assert journal.pending()[0] == update(2, chat_id=102)
        assert all(journal.seen(i) for i in range(1, 21))
        assert all(journal.was_sent(reply_key(i)) for i in range(1, 21, 2))
        assert not journal.was_sent(reply_key(2))
    finally:
        await spool.aclose()


async def test_postgres_rows_past_the_retention_are_not_loaded_except_pending(
    tmp_path: Path, pg_dsn: str,
) -> None:
    clock = ManualClock(time.time() - 49 * HOUR)
    spool = await open_spool(tmp_path / "spool")
    journal = await SpoolJournal.open(spool, pg_dsn, clock=clock)
    await journal.append([update(1), update(2)])
    await journal.record_sent("u1")
    await journal.mark_done(1)
    clock.advance(2 * HOUR)  # 47 h ago
    await journal.append([update(3)])
    await journal.record_sent("u3")
    await drain(spool, pg_dsn, journal_retention=None)  # keep the rows: the journal decides
    await spool.aclose()

    spool = await open_spool(tmp_path / "spool")
    try:
        journal = await SpoolJournal.open(spool, pg_dsn)
        assert ids(journal.pending()) == [2, 3]
        assert not journal.seen(1)
        assert journal.seen(2)  # old but pending: kept
        assert journal.seen(3)
        assert not journal.was_sent("u1")
        assert journal.was_sent("u3")
    finally:
        await spool.aclose()


async def test_a_database_without_the_journal_tables_reads_as_empty(
    tmp_path: Path, pg_dsn: str,
) -> None:
    spool = await open_spool(tmp_path / "spool")
    try:
        journal = await SpoolJournal.open(spool, pg_dsn)  # nothing migrated yet
        assert journal.caught_up
        assert journal.pending() == []
    finally:
        await spool.aclose()


# -- PostgreSQL down at open ---------------------------------------------------------------


@asynccontextmanager
async def connections_refused(server: PostgresServer, dsn: str) -> AsyncIterator[
        Callable[[], Any]]:
    """The database of ``dsn`` refuses connections until the yielded ``allow()`` is awaited
    (or the block ends)."""
    name = urlsplit(dsn).path.lstrip("/")

    async def set_allowed(allowed: bool) -> None:
        conn = await asyncpg.connect(server.dsn)
        try:
            await conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {allowed}')
        finally:
            await conn.close()

    async def allow() -> None:
        await set_allowed(True)

    await set_allowed(False)
    try:
        yield allow
    finally:
        await set_allowed(True)


async def test_postgres_down_at_open_builds_from_the_spool_then_catches_up(
    tmp_path: Path, pg_server: PostgresServer, pg_dsn: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    spool = await open_spool(tmp_path / "spool")
    first = await SpoolJournal.open(spool, pg_dsn)
    await first.append([update(1, chat_id=10), update(2, chat_id=20), update(3, chat_id=30)])
    await first.record_sent("u2")
    await first.mark_done(3)
    await drain(spool, pg_dsn)
    await first.append([update(4, chat_id=40)])
    await spool.aclose()

    spool = await open_spool(tmp_path / "spool")
    try:
        async with connections_refused(pg_server, pg_dsn) as allow:
            with caplog.at_level(logging.WARNING):
                journal = await SpoolJournal.open(spool, pg_dsn, timeout=2.0)
            assert "rebuilt from the spool alone" in caplog.text
            assert not journal.caught_up
            assert ids(journal.pending()) == [4]  # the limitation: 1 and 2 are not known yet
            assert not journal.was_sent("u2")
            with pytest.raises(DatabaseUnavailable):
                await journal.catch_up()
            journal.mark_delivered(4)
            await journal.append([update(5, chat_id=50)])

            delivered: list[IncomingUpdate] = []

            async def deliver(found: IncomingUpdate) -> None:
                delivered.append(found)

            async with anyio.create_task_group() as tg:
                tg.start_soon(lambda: journal.catch_up_forever(deliver, interval=0.05))
                await anyio.sleep(0.2)
                assert delivered == []  # still refused: it keeps trying
                await allow()
        assert journal.caught_up
        assert delivered == [update(1, chat_id=10), update(2, chat_id=20)]
        assert ids(journal.pending()) == [4, 5, 1, 2]
        assert journal.undelivered() == [update(5, chat_id=50)]
        assert journal.was_sent("u2")
        assert journal.seen(3)
        assert await journal.catch_up() == []  # once is enough
    finally:
        await spool.aclose()


# -- the poller and the sender end to end --------------------------------------------------


class EchoDialogs(Actor):
    """Stands for dialogs: answers each update in two parts (``u<id>``, then ``u<id>.1``,
    the last). For chats in ``hold`` it sends the first part only, as if the process died
    between the two."""

    def __init__(self, sender: Callable[[], ActorRef], hold: set[int]) -> None:
        self._sender = sender
        self._hold = hold

    async def receive(self, message: Any) -> None:
        if not isinstance(message, IncomingUpdate):
            return
        sender, text = self._sender(), message.text
        await sender.tell(SendReply(chat_id=message.chat_id, key=reply_key(message.update_id),
                                    text=f"echo {text}", update_id=message.update_id,
                                    last=False))
        if message.chat_id not in self._hold:
            await sender.tell(SendReply(
                chat_id=message.chat_id, key=reply_key(message.update_id, 1),
                text=f"end {text}", update_id=message.update_id))


@asynccontextmanager
async def running(emu: TelegramEmulator, journal: SpoolJournal, spool: Spool,
                  dsn: str | None, *, hold: set[int]) -> AsyncIterator[PollerStats]:
    """db_writer (when ``dsn``), the sender, echo dialogs and the poller, in one tree."""
    settings = TelegramSettings(base_url=emu.base_url, poll_timeout=1, request_timeout=2.0,
                                stall_margin=1.0, backoff_min=0.01, backoff_max=0.05)
    stats = PollerStats()
    refs: dict[str, ActorRef] = {}

    def dialogs(chat_id: int) -> ActorRef:
        return refs["dialogs"]

    children = [
        worker("telegram_sender", lambda: TelegramSender(settings, TOKEN, journal, dialogs,
                                                         Outbox(settings))),
        worker("dialogs", lambda: EchoDialogs(lambda: refs["sender"], hold)),
        worker("telegram_poller",
               lambda: TelegramPoller(settings, TOKEN, journal,  # type: ignore[arg-type]
                                      dialogs, stats=stats),
               restart=Restart.TRANSIENT, shutdown=3.0),
    ]
    if dsn is not None:
        children.insert(0, worker("db_writer", lambda: DbWriter(
            spool, dsn, stats=FlushStats(), connect_timeout=2.0, command_timeout=3.0)))
    async with ActorSystem.start(supervisor_spec("bot", children)) as system:
        refs["dialogs"] = system.ref("bot/dialogs")
        refs["sender"] = system.ref("bot/telegram_sender")
        yield stats


def bot_texts(emu: TelegramEmulator, chat_id: int) -> list[str]:
    return [m["text"] for m in emu.transcript(chat_id)
            if m.get("from", {}).get("is_bot") and "text" in m]


@pytest.mark.parametrize("with_postgres", [False, True], ids=["spool", "postgres"])
async def test_restart_replays_pending_updates_once_and_no_reply_twice(
    tmp_path: Path, request: pytest.FixtureRequest, with_postgres: bool,
) -> None:
    dsn: str | None = request.getfixturevalue("pg_dsn") if with_postgres else None
    directory = tmp_path / "spool"
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=800_000_000) as emu:
        spool = await open_spool(directory)
        journal = await SpoolJournal.open(spool, dsn)
        sent = [emu.user_says(101, "one"), emu.user_says(102, "two")]
        one, two = (s["update_id"] for s in sent)
        # The process "dies" after journaling the batch but before any call confirms it,
        # and before "two" got the last part of its answer.
        emu.add_fault(method="getUpdates", code=500, times=None, match={"offset": two + 1})
        async with running(emu, journal, spool, dsn, hold={102}):
            await eventually(lambda: journal.was_sent(reply_key(one, 1))
                             and journal.was_sent(reply_key(two)), timeout=10.0)
            await eventually(lambda: ids(journal.pending()) == [two], timeout=10.0)
            if dsn is not None:
                await eventually(lambda: spool.depth == 0, timeout=10.0)  # all in PostgreSQL
        await journal.aclose()
        await spool.aclose()
        assert emu.state()["pending_update_count"] == 2  # Telegram will send them again
        emu.clear_faults()

        spool = await open_spool(directory)
        try:
            if dsn is not None:
                assert spool.read(spool.watermark, 100) == []  # it comes from PostgreSQL
            journal = await SpoolJournal.open(spool, dsn)
            assert ids(journal.pending()) == [two]
            async with running(emu, journal, spool, dsn, hold=set()) as stats:
                await eventually(lambda: journal.pending() == [], timeout=10.0)
                await emu.wait_until(lambda: emu.state()["pending_update_count"] == 0)
                emu.user_says(101, "three")
                await eventually(lambda: bot_texts(emu, 101)[-1:] == ["end three"],
                                 timeout=10.0)
                assert stats.redelivered == 1  # "two", from the journal
                assert stats.replays_dropped == 2  # Telegram's copies of both
            assert bot_texts(emu, 101) == ["echo one", "end one", "echo three", "end three"]
            assert bot_texts(emu, 102) == ["echo two", "end two"]  # its first part not again
        finally:
            await journal.aclose()
            await spool.aclose()
