"""UpdateJournal: durability across reopen, torn tails, corruption, compaction, concurrency.

Pure file I/O through anyio, so both backends run it."""

from __future__ import annotations

import logging
from pathlib import Path

import anyio
import pytest

from actors.protocol import IncomingUpdate
from actors.telegram._legacy_journal import (
    FILE_NAME,
    HEADER_SIZE,
    JournalCorrupt,
    JournalError,
    UpdateJournal,
    _Journaled,
    read_frames,
)
from runtime.testing import ManualClock

pytestmark = pytest.mark.anyio

HOUR = 3600.0


def update(update_id: int, chat_id: int = 7, text: str = "hello") -> IncomingUpdate:
    return IncomingUpdate(update_id=update_id, kind="message", chat_id=chat_id,
                          user_id=chat_id, text=text)


async def reopen(journal: UpdateJournal, **kwargs: object) -> UpdateJournal:
    await journal.aclose()
    return await UpdateJournal.open(journal.path.parent, **kwargs)  # type: ignore[arg-type]


async def test_appended_updates_survive_reopen_in_order(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path / "j")
    await journal.append([update(3), update(1, chat_id=9, text="привет")])
    await journal.append([update(2)])
    journal = await reopen(journal)
    assert journal.pending() == [update(3), update(1, chat_id=9, text="привет"), update(2)]
    assert journal.seen(1)
    assert journal.seen(2)
    assert journal.seen(3)
    assert not journal.seen(4)
    await journal.aclose()


async def test_seen_updates_are_not_appended_twice(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)
    await journal.append([update(1)])
    size = journal.size
    await journal.append([update(1), update(1)])
    assert journal.size == size
    await journal.append([update(2), update(2)])
    assert [u.update_id for u in journal.pending()] == [1, 2]
    await journal.aclose()


async def test_done_updates_leave_pending_but_stay_seen(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)
    await journal.append([update(1), update(2), update(3)])
    await journal.mark_done(2)
    await journal.mark_done(2)  # idempotent
    await journal.mark_done(99)  # unknown: ignored
    assert journal.depth == 2
    journal = await reopen(journal)
    assert [u.update_id for u in journal.pending()] == [1, 3]
    assert journal.seen(2)
    await journal.aclose()


async def test_undelivered_is_pending_minus_delivered_in_this_process(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)
    await journal.append([update(1), update(2), update(3)])
    journal.mark_delivered(1)
    journal.mark_delivered(2)
    await journal.mark_done(2)
    assert [u.update_id for u in journal.undelivered()] == [3]
    journal = await reopen(journal)  # a new process: mailboxes are gone
    assert [u.update_id for u in journal.undelivered()] == [1, 3]
    await journal.aclose()


async def test_sent_keys_survive_reopen(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)
    await journal.record_sent("u1")
    await journal.record_sent("u1.1")
    await journal.record_sent("u1")
    journal = await reopen(journal)
    assert journal.was_sent("u1")
    assert journal.was_sent("u1.1")
    assert not journal.was_sent("u2")
    await journal.aclose()


async def test_torn_tail_is_truncated_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    journal = await UpdateJournal.open(tmp_path)
    await journal.append([update(1)])
    await journal.append([update(2)])
    await journal.aclose()
    path = tmp_path / FILE_NAME
    data = path.read_bytes()
    frames, _ = read_frames(data, "x")
    # A crash in the middle of an append: the last frame is cut short.
    path.write_bytes(data[:-5])
    with caplog.at_level(logging.WARNING):
        journal = await UpdateJournal.open(tmp_path)
    assert [u.update_id for u in journal.pending()] == [1]
    assert "torn tail" in caplog.text
    await journal.append([update(3)])
    journal = await reopen(journal)
    assert [u.update_id for u in journal.pending()] == [1, 3]
    assert len(frames) == 3  # the snapshot written at open + two appends
    await journal.aclose()


async def test_garbage_tail_is_truncated(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)
    await journal.append([update(1)])
    await journal.aclose()
    with (tmp_path / FILE_NAME).open("ab") as f:
        f.write(b"\x46\x4a\x01\x00\xff\xff\x00\x00garbage")
    journal = await UpdateJournal.open(tmp_path)
    assert [u.update_id for u in journal.pending()] == [1]
    await journal.aclose()


async def test_bit_flip_in_the_middle_is_refused(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)
    await journal.append([update(1, text="a" * 50)])
    await journal.append([update(2)])
    await journal.aclose()
    path = tmp_path / FILE_NAME
    data = bytearray(path.read_bytes())
    frames, _ = read_frames(bytes(data), "x")
    assert len(frames) == 3
    # Flip one bit in the body of the second frame (the first append); a valid frame follows.
    first_len = int.from_bytes(data[4:8], "little") + HEADER_SIZE
    data[first_len + HEADER_SIZE + 20] ^= 0x04
    path.write_bytes(bytes(data))
    with pytest.raises(JournalCorrupt, match="followed by a valid frame"):
        await UpdateJournal.open(tmp_path)
    assert path.read_bytes() == bytes(data)  # left for an operator, not rewritten


async def test_compaction_keeps_pending_and_recent_and_drops_old(tmp_path: Path) -> None:
    clock = ManualClock(1_000_000.0)
    journal = await UpdateJournal.open(tmp_path, clock=clock, compact_bytes=2_000)
    await journal.append([update(1), update(2)])
    await journal.record_sent("u1")
    await journal.mark_done(1)
    clock.advance(49 * HOUR)
    await journal.append([update(3)])
    await journal.record_sent("u3")
    await journal.mark_done(3)
    # Grow past the threshold: compaction runs and drops what is older than 48 h.
    for i in range(10, 40):
        await journal.append([update(i, text="x" * 40)])
        await journal.mark_done(i)
    assert journal.size < 2_000
    assert not journal.seen(1)
    assert not journal.was_sent("u1")
    assert journal.seen(2)  # old but pending: kept
    assert journal.seen(3)
    assert journal.was_sent("u3")
    journal = await reopen(journal, clock=clock)
    assert [u.update_id for u in journal.pending()] == [2]
    assert not journal.seen(1)
    assert journal.seen(3)
    assert journal.seen(39)
    assert journal.was_sent("u3")
    assert not journal.was_sent("u1")
    await journal.aclose()


async def test_open_compacts_the_file(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)
    for i in range(20):
        await journal.append([update(i)])
        await journal.mark_done(i)
    grown = journal.size
    journal = await reopen(journal)
    frames, _ = read_frames((tmp_path / FILE_NAME).read_bytes(), "x")
    assert len(frames) == 1
    assert journal.size < grown
    assert all(journal.seen(i) for i in range(20))
    assert journal.depth == 0
    await journal.aclose()


async def test_concurrent_appends_do_not_interleave(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)

    async def writer(base: int) -> None:
        for i in range(20):
            await journal.append([update(base + i, chat_id=base, text=str(base) * 300)])
            await journal.record_sent(f"k{base + i}")

    async with anyio.create_task_group() as tg:
        for base in (1000, 2000, 3000, 4000):
            tg.start_soon(writer, base)
    journal = await reopen(journal)
    ids = [u.update_id for u in journal.pending()]
    assert sorted(ids) == sorted(b + i for b in (1000, 2000, 3000, 4000) for i in range(20))
    for base in (1000, 2000, 3000, 4000):  # each writer's own order is kept
        assert [i for i in ids if base <= i < base + 100] == list(range(base, base + 20))
    assert all(journal.was_sent(f"k{i}") for i in ids)
    await journal.aclose()


async def test_concurrent_callers_share_commits(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)
    await journal.aclose()
    journal = await UpdateJournal.open(tmp_path)
    start = journal.size
    async with anyio.create_task_group() as tg:
        for i in range(50):
            tg.start_soon(journal.append, [update(i)])
    await journal.aclose()
    frames, _ = read_frames((tmp_path / FILE_NAME).read_bytes()[start:], "x")
    assert 1 <= len(frames) < 50  # group commit: fewer frames than callers
    ids = [u.update_id for f in frames for r in f.records
           if isinstance(r, _Journaled) for u in r.updates]
    assert sorted(ids) == list(range(50))


async def test_writes_after_close_raise(tmp_path: Path) -> None:
    journal = await UpdateJournal.open(tmp_path)
    await journal.aclose()
    with pytest.raises(JournalError):
        await journal.append([update(1)])
    assert not journal.seen(1)
