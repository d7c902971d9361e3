"""SpoolJournal on a real spool (no PostgreSQL): the ``UpdateLog`` rules (which the
in-memory ``actors.telegram.testing.MemoryJournal`` keeps too), the records it spools, its
rebuild from the undrained spool, retention, concurrency, closing. The import of the
journal file from before the spool: test_legacy_import.py.

Pure file I/O through anyio, so both backends run it. PostgreSQL and the poller/sender end
to end: test_spool_journal_pg.py."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import msgspec
import pytest

from actors.db_writer import (
    EmotionEntry,
    ProcessedUpdate,
    SentReply,
    UpdateReceived,
    decode_record,
    encode_record,
    erase_family,
)
from actors.protocol import IncomingUpdate
from actors.spool import Spool
from actors.telegram._spool_journal import JournalError, SpoolJournal, UpdateLog
from actors.telegram.testing import MemoryJournal
from runtime import MessageCodec
from runtime.testing import ManualClock

pytestmark = pytest.mark.anyio

HOUR = 3600.0


def update(update_id: int, chat_id: int = 7, text: str = "hello") -> IncomingUpdate:
    return IncomingUpdate(update_id=update_id, kind="message", chat_id=chat_id,
                          user_id=chat_id, text=text)


@pytest.fixture
async def spool(tmp_path: Path) -> AsyncIterator[Spool]:
    opened = await Spool.open(tmp_path / "spool", fsync=False)
    yield opened
    await opened.aclose()


async def reopen_spool(spool: Spool) -> Spool:
    """The process restarts: the spool is closed and opened again from its directory."""
    await spool.aclose()
    return await Spool.open(spool.directory, fsync=False)


def spooled(spool: Spool) -> list[object]:
    return [decode_record(data) for _, data in spool.read(spool.watermark, 100_000)]


# -- the API -----------------------------------------------------------------------------------

API = ["seen", "is_replay", "last_update_id", "pending", "undelivered", "mark_delivered",
       "was_sent", "depth", "append", "mark_done", "record_sent", "aclose"]


@pytest.mark.parametrize("name", API)
def test_the_api_is_update_logs(name: str) -> None:
    protocol = getattr(UpdateLog, name)
    for journal in (SpoolJournal, MemoryJournal):
        ours = getattr(journal, name)
        assert isinstance(ours, property) == isinstance(protocol, property)
        if not isinstance(ours, property):
            assert inspect.signature(ours) == inspect.signature(protocol)
            assert inspect.iscoroutinefunction(ours) == inspect.iscoroutinefunction(protocol)
    assert {n for n in vars(UpdateLog) if not n.startswith("_")} == set(API)


@pytest.mark.parametrize("kind", ["spool", "memory"])
async def test_both_journals_keep_the_update_log_rules(spool: Spool, kind: str) -> None:
    journal: UpdateLog = (await SpoolJournal.open(spool, None) if kind == "spool"
                          else MemoryJournal())
    await journal.append([update(1), update(2), update(1)])
    await journal.append([update(2), update(3)])
    assert ids_of(journal.pending()) == [1, 2, 3]
    assert journal.seen(1)
    assert not journal.seen(4)
    journal.mark_delivered(1)
    await journal.mark_done(2)
    await journal.mark_done(99)  # unknown: ignored
    assert ids_of(journal.undelivered()) == [3]
    assert journal.depth == 2
    assert journal.seen(2)
    await journal.record_sent("u1")
    assert journal.was_sent("u1")
    assert not journal.was_sent("u2")
    await journal.aclose()
    with pytest.raises(JournalError):
        await journal.append([update(4)])
    with pytest.raises(JournalError):
        await journal.record_sent("u4")
    assert not journal.seen(4)
    assert not journal.was_sent("u4")


@pytest.mark.parametrize("kind", ["spool", "memory"])
async def test_a_seen_id_is_a_replay_only_when_it_carries_the_same_update(
    spool: Spool, kind: str,
) -> None:
    # Telegram replays an update unchanged; an id taken again for another update (the
    # ids were reset: a new emulator or bot on this journal) is no replay.
    journal: UpdateLog = (await SpoolJournal.open(spool, None) if kind == "spool"
                          else MemoryJournal())
    assert journal.last_update_id is None
    first = IncomingUpdate(update_id=5, kind="message", chat_id=7, user_id=7, message_id=1,
                           date=1_700_000_000, text="hello")
    await journal.append([first, update(3)])
    assert journal.is_replay(first)
    assert journal.is_replay(msgspec.structs.replace(first, text="hello"))
    assert not journal.is_replay(msgspec.structs.replace(first, date=1_700_000_600))
    assert not journal.is_replay(msgspec.structs.replace(first, chat_id=8))
    assert not journal.is_replay(update(4))  # never seen
    assert journal.last_update_id == 5


async def test_the_marks_survive_a_reopen_and_seen_honours_retention_before_a_prune(
    spool: Spool,
) -> None:
    clock = ManualClock(1_000_000.0)
    journal = await SpoolJournal.open(spool, None, clock=clock)
    first = IncomingUpdate(update_id=5, kind="message", chat_id=7, user_id=7, message_id=1,
                           date=1_700_000_000, text="hello")
    await journal.append([first])
    await journal.mark_done(5)
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None, clock=clock)
    assert journal.is_replay(first)
    assert not journal.is_replay(msgspec.structs.replace(first, message_id=2))
    # A week of silence, no write since (so no prune): the old id no longer counts.
    clock.advance(7 * 24 * HOUR)
    assert not journal.seen(5)
    assert not journal.is_replay(first)
    await spool.aclose()


async def test_a_restarted_memory_journal_keeps_its_state_and_forgets_deliveries() -> None:
    journal = MemoryJournal()
    await journal.append([update(1), update(2)])
    journal.mark_delivered(1)
    journal.mark_delivered(2)
    await journal.mark_done(2)
    await journal.record_sent("u1")
    await journal.aclose()
    again = journal.restarted()  # the next process: mailboxes are gone
    assert ids_of(again.undelivered()) == [1]
    assert again.seen(2)
    assert again.was_sent("u1")
    await again.append([update(3)])  # open for writes
    assert ids_of(again.pending()) == [1, 3]


# -- the journal's behaviour ---------------------------------------------------------------


async def test_appended_updates_survive_reopen_in_order(spool: Spool) -> None:
    journal = await SpoolJournal.open(spool, None)
    # A replayed update is answered in its topic too.
    in_topic = msgspec.structs.replace(update(2), thread_id=41)
    await journal.append([update(3), update(1, chat_id=9, text="привет")])
    await journal.append([in_topic])
    await journal.aclose()
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None)
    assert journal.pending() == [update(3), update(1, chat_id=9, text="привет"), in_topic]
    assert journal.seen(1)
    assert journal.seen(2)
    assert journal.seen(3)
    assert not journal.seen(4)
    await spool.aclose()


async def test_seen_updates_are_not_appended_twice(spool: Spool) -> None:
    journal = await SpoolJournal.open(spool, None)
    await journal.append([update(1)])
    last = spool.last_seq
    await journal.append([update(1), update(1)])
    assert spool.last_seq == last
    await journal.append([update(2), update(2)])
    assert spool.last_seq == last + 1
    assert [u.update_id for u in journal.pending()] == [1, 2]


async def test_done_updates_leave_pending_but_stay_seen(spool: Spool) -> None:
    journal = await SpoolJournal.open(spool, None)
    await journal.append([update(1), update(2), update(3)])
    await journal.mark_done(2)
    last = spool.last_seq
    await journal.mark_done(2)  # idempotent
    await journal.mark_done(99)  # unknown: ignored
    assert spool.last_seq == last
    assert journal.depth == 2
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None)
    assert [u.update_id for u in journal.pending()] == [1, 3]
    assert journal.seen(2)
    await spool.aclose()


async def test_undelivered_is_pending_minus_delivered_in_this_process(spool: Spool) -> None:
    journal = await SpoolJournal.open(spool, None)
    await journal.append([update(1), update(2), update(3)])
    journal.mark_delivered(1)
    journal.mark_delivered(2)
    await journal.mark_done(2)
    assert [u.update_id for u in journal.undelivered()] == [3]
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None)  # a new process: mailboxes are gone
    assert [u.update_id for u in journal.undelivered()] == [1, 3]
    await spool.aclose()


async def test_sent_keys_survive_reopen(spool: Spool) -> None:
    journal = await SpoolJournal.open(spool, None)
    await journal.record_sent("u1")
    await journal.record_sent("u1.1")
    last = spool.last_seq
    await journal.record_sent("u1")
    assert spool.last_seq == last
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None)
    assert journal.was_sent("u1")
    assert journal.was_sent("u1.1")
    assert not journal.was_sent("u2")
    await spool.aclose()


async def test_retention_drops_old_ids_and_keys_but_keeps_pending(spool: Spool) -> None:
    clock = ManualClock(1_000_000.0)
    journal = await SpoolJournal.open(spool, None, clock=clock)
    await journal.append([update(1), update(2)])
    await journal.record_sent("u1")
    await journal.mark_done(1)
    clock.advance(49 * HOUR)
    await journal.append([update(3)])  # a write prunes (at most hourly)
    await journal.record_sent("u3")
    await journal.mark_done(3)
    assert not journal.seen(1)
    assert not journal.was_sent("u1")
    assert journal.seen(2)  # old but pending: kept
    assert journal.seen(3)
    assert journal.was_sent("u3")
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None, clock=clock)
    assert [u.update_id for u in journal.pending()] == [2]
    assert not journal.seen(1)
    assert journal.seen(2)
    assert journal.seen(3)
    assert journal.was_sent("u3")
    assert not journal.was_sent("u1")
    await spool.aclose()


async def test_concurrent_appends_do_not_interleave(spool: Spool) -> None:
    journal = await SpoolJournal.open(spool, None)

    async def writer(base: int) -> None:
        for i in range(20):
            await journal.append([update(base + i, chat_id=base, text=str(base) * 300)])
            await journal.record_sent(f"k{base + i}")

    async with anyio.create_task_group() as tg:
        for base in (1000, 2000, 3000, 4000):
            tg.start_soon(writer, base)
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None)
    ids = [u.update_id for u in journal.pending()]
    assert sorted(ids) == sorted(b + i for b in (1000, 2000, 3000, 4000) for i in range(20))
    for base in (1000, 2000, 3000, 4000):  # each writer's own order is kept
        assert [i for i in ids if base <= i < base + 100] == list(range(base, base + 20))
    assert all(journal.was_sent(f"k{i}") for i in ids)
    await spool.aclose()


async def test_concurrent_appends_of_one_update_keep_it_once(spool: Spool) -> None:
    journal = await SpoolJournal.open(spool, None)
    async with anyio.create_task_group() as tg:
        for _ in range(5):
            tg.start_soon(journal.append, [update(1)])
    assert journal.pending() == [update(1)]
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None)
    assert journal.pending() == [update(1)]
    await spool.aclose()


async def test_writes_after_close_raise(spool: Spool) -> None:
    journal = await SpoolJournal.open(spool, None)
    await journal.aclose()
    with pytest.raises(JournalError):
        await journal.append([update(1)])
    with pytest.raises(JournalError):
        await journal.record_sent("u1")
    assert not journal.seen(1)
    assert not journal.was_sent("u1")
    assert spool.last_seq == 0
    await spool.append(b"the spool is not the journal's: still open")


async def test_a_write_the_spool_refuses_raises_journal_error_and_applies_nothing(
    spool: Spool,
) -> None:
    journal = await SpoolJournal.open(spool, None)
    await journal.append([update(1)])
    await spool.aclose()
    with pytest.raises(JournalError, match="journal write failed"):
        await journal.append([update(2)])
    with pytest.raises(JournalError):
        await journal.mark_done(1)
    assert not journal.seen(2)
    assert [u.update_id for u in journal.pending()] == [1]


# -- what goes into the spool ------------------------------------------------------------


async def test_each_call_spools_the_db_writers_records(spool: Spool) -> None:
    clock = ManualClock(1_800_000_000.0)
    journal = await SpoolJournal.open(spool, None, clock=clock)
    at = dt.datetime.fromtimestamp(clock.now, dt.UTC)
    await journal.append([update(5, chat_id=42, text="привет"), update(6, chat_id=43)])
    await journal.record_sent("u5")
    await journal.record_sent("u5.1#2")
    await journal.record_sent("checkin:2026-11-23")  # no update behind it: chat 0
    await journal.mark_done(5)
    codec: MessageCodec[IncomingUpdate] = MessageCodec(IncomingUpdate)
    records = spooled(spool)
    assert records == [
        UpdateReceived(update_id=5, chat_id=42, payload=codec.encode(update(5, 42, "привет")),
                       at=at),
        UpdateReceived(update_id=6, chat_id=43, payload=codec.encode(update(6, 43)), at=at),
        SentReply(key="u5", chat_id=42, at=at),
        SentReply(key="u5.1#2", chat_id=42, at=at),
        SentReply(key="checkin:2026-11-23", chat_id=0, at=at),
        ProcessedUpdate(update_id=5, chat_id=42, at=at),
    ]
    assert codec.decode(records[0].payload) == update(5, 42, "привет")  # type: ignore[attr-defined]


async def test_rebuild_ignores_other_records_and_drained_ones(spool: Spool) -> None:
    entry = EmotionEntry(entry_key="e1", chat_id=7, child_id=1, phrase="x", emotion="anger",
                         intensity=3, analysis_json="{}", source="offline", age_band="4-7",
                         language="ru", at=dt.datetime.now(dt.UTC))
    await spool.append(encode_record(entry))
    await spool.append(b"not a record at all")
    journal = await SpoolJournal.open(spool, None)
    await journal.append([update(1)])
    await journal.append([update(2)])
    # Drained without PostgreSQL (dsn None): below the watermark the spool is forgotten.
    await spool.advance_watermark(spool.last_seq - 1)
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None)
    assert [u.update_id for u in journal.pending()] == [2]
    assert not journal.seen(1)
    assert journal.caught_up  # nothing to catch up with
    assert await journal.catch_up() == []
    await spool.aclose()


async def test_an_erased_chats_undrained_updates_are_gone_after_a_restart(spool: Spool) -> None:
    clock = ManualClock(1_800_000_000.0)
    journal = await SpoolJournal.open(spool, None, clock=clock)
    await journal.append([update(1, chat_id=7), update(2, chat_id=8)])
    await journal.record_sent("u1")
    await erase_family(spool, 7, clock.utc())  # /delete of chat 7
    assert [u.update_id for u in journal.pending()] == [1, 2]  # this process still knows
    spool = await reopen_spool(spool)
    journal = await SpoolJournal.open(spool, None, clock=clock)
    assert [u.update_id for u in journal.pending()] == [2]
    assert not journal.seen(1)
    assert not journal.was_sent("u1")
    await spool.aclose()


def ids_of(updates: list[IncomingUpdate]) -> list[int]:
    return [u.update_id for u in updates]
