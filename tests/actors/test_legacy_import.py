"""The one-off import of the update journal file from before the spool
(``actors.telegram._legacy_import``): files in that format, written here by a tiny writer
(nothing in the code base writes the format any more), are read once into a
``SpoolJournal``: torn tails, corruption, snapshots and the retention window.

Pure file I/O through anyio, so both backends run it."""

from __future__ import annotations

import logging
import struct
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import msgspec
import pytest

from actors.db_writer import SentReply
from actors.protocol import IncomingUpdate
from actors.spool import Spool
from actors.telegram import JournalCorrupt, SpoolJournal, import_update_journal
from runtime.testing import ManualClock
from tests.actors.test_spool_journal import ids_of, reopen_spool, spooled, update

pytestmark = pytest.mark.anyio

HOUR = 3600.0
NOW = 1_800_000_000.0


@pytest.fixture
async def spool(tmp_path: Path) -> AsyncIterator[Spool]:
    opened = await Spool.open(tmp_path / "spool", fsync=False)
    yield opened
    await opened.aclose()


# -- a tiny writer of the old format ---------------------------------------------------------


def frame(*records: dict[str, Any]) -> bytes:
    """One frame of the old file, little-endian: magic u16 | version u8 | flags u8 |
    length u32 | crc u32 | body; the CRC covers the first 8 header bytes and the body,
    the msgpack of a tagged ``frame`` holding the records of one commit."""
    body = msgspec.msgpack.encode({"type": "frame", "records": list(records)})
    head = struct.pack("<HBBI", 0x4A46, 1, 0, len(body))
    return head + struct.pack("<I", zlib.crc32(body, zlib.crc32(head))) + body


def journaled(at: float, *updates: IncomingUpdate) -> dict[str, Any]:
    return {"type": "journaled", "updates": [msgspec.to_builtins(u) for u in updates], "at": at}


def done(*update_ids: int) -> dict[str, Any]:
    return {"type": "done", "update_ids": list(update_ids)}


def sent(at: float, *keys: str) -> dict[str, Any]:
    return {"type": "sent", "keys": list(keys), "at": at}


def snapshot(pending: tuple[IncomingUpdate, ...] = (), seen: dict[int, float] | None = None,
             sent: dict[str, float] | None = None) -> dict[str, Any]:
    """What the old journal wrote when it opened (and compacted) the file."""
    return {"type": "snapshot", "pending": [msgspec.to_builtins(u) for u in pending],
            "seen": seen or {}, "sent": sent or {}}


def old_file(directory: Path, data: bytes) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "updates.journal"
    path.write_bytes(data)
    return path


# -- the import ------------------------------------------------------------------------------


async def test_an_update_journal_file_is_imported_once(spool: Spool, tmp_path: Path) -> None:
    clock = ManualClock(NOW)
    at = NOW - HOUR
    old_file(tmp_path / "j", frame(snapshot())
             + frame(journaled(at, update(1, chat_id=10), update(2, chat_id=20),
                               update(3, chat_id=30)))
             + frame(sent(at, "u1")) + frame(sent(at, "u2")) + frame(done(1)))

    journal = await SpoolJournal.open(spool, None, clock=clock)
    assert await import_update_journal(journal, tmp_path / "j") == 2
    assert journal.pending() == [update(2, chat_id=20), update(3, chat_id=30)]
    assert journal.seen(1)
    assert journal.was_sent("u1")
    assert journal.was_sent("u2")
    assert not (tmp_path / "j" / "updates.journal").exists()
    assert (tmp_path / "j" / "updates.journal.imported").exists()
    assert await import_update_journal(journal, tmp_path / "j") == 0

    spool = await reopen_spool(spool)  # it is durable in the spool
    journal = await SpoolJournal.open(spool, None, clock=clock)
    assert ids_of(journal.pending()) == [2, 3]
    assert journal.seen(1)
    assert journal.was_sent("u1")
    assert journal.was_sent("u2")
    # A key's chat is known when its update was pending (the old file kept no other chats).
    assert {(r.key, r.chat_id) for r in spooled(spool)
            if isinstance(r, SentReply)} == {("u1", 0), ("u2", 20)}
    await spool.aclose()


async def test_a_torn_tail_is_ignored_with_a_warning(
    spool: Spool, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    # A crash in the middle of an append: the last frame is cut short.
    whole = frame(snapshot()) + frame(journaled(NOW, update(1))) + frame(journaled(NOW, update(2)))
    old_file(tmp_path, whole[:-5])
    journal = await SpoolJournal.open(spool, None, clock=ManualClock(NOW))
    with caplog.at_level(logging.WARNING):
        assert await import_update_journal(journal, tmp_path) == 1
    assert ids_of(journal.pending()) == [1]
    assert "torn tail" in caplog.text


async def test_a_garbage_tail_is_ignored(spool: Spool, tmp_path: Path) -> None:
    old_file(tmp_path, frame(journaled(NOW, update(1)))
             + b"\x46\x4a\x01\x00\xff\xff\x00\x00garbage")
    journal = await SpoolJournal.open(spool, None, clock=ManualClock(NOW))
    assert await import_update_journal(journal, tmp_path) == 1
    assert ids_of(journal.pending()) == [1]


async def test_a_bit_flip_in_the_middle_is_refused_and_the_file_left_in_place(
    spool: Spool, tmp_path: Path,
) -> None:
    first = frame(snapshot())
    second = frame(journaled(NOW, update(1, text="a" * 50)))
    data = bytearray(first + second + frame(journaled(NOW, update(2))))
    # Flip one bit in the body of the second frame (the first append); a valid frame follows.
    data[len(first) + 12 + 20] ^= 0x04
    path = old_file(tmp_path, bytes(data))
    journal = await SpoolJournal.open(spool, None, clock=ManualClock(NOW))
    with pytest.raises(JournalCorrupt, match="followed by a valid frame"):
        await import_update_journal(journal, tmp_path)
    assert path.read_bytes() == bytes(data)  # left for an operator, not rewritten
    assert journal.pending() == []
    assert spool.last_seq == 0


async def test_the_import_keeps_pending_and_recent_and_drops_old(
    spool: Spool, tmp_path: Path,
) -> None:
    old, recent = NOW - 49 * HOUR, NOW - HOUR
    old_file(tmp_path, frame(journaled(old, update(1), update(2)), sent(old, "u1"), done(1))
             + frame(journaled(recent, update(3)), sent(recent, "u3"), done(3)))
    journal = await SpoolJournal.open(spool, None, clock=ManualClock(NOW))
    assert await import_update_journal(journal, tmp_path) == 1
    assert ids_of(journal.pending()) == [2]
    assert not journal.seen(1)
    assert not journal.was_sent("u1")
    assert journal.seen(2)  # old but pending: kept
    assert journal.seen(3)
    assert journal.was_sent("u3")


async def test_a_snapshot_frame_replaces_what_came_before_it(
    spool: Spool, tmp_path: Path,
) -> None:
    at = NOW - HOUR
    old_file(tmp_path, frame(journaled(at, update(1)))
             + frame(snapshot(pending=(update(5),), seen={5: at, 6: at}, sent={"u6": at}))
             + frame(journaled(at, update(7))))
    journal = await SpoolJournal.open(spool, None, clock=ManualClock(NOW))
    assert await import_update_journal(journal, tmp_path) == 2
    assert ids_of(journal.pending()) == [5, 7]
    assert not journal.seen(1)
    assert journal.seen(6)
    assert journal.was_sent("u6")
