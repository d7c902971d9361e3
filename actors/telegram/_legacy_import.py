"""The one-off import of the update journal file from before the spool.

Before the spool, the bot kept its update journal in a local file, ``updates.journal``.
Nothing writes that format any more: ``SpoolJournal`` keeps the journal in the spool, and
``import_update_journal`` reads an old file once at start, moves what it still holds into
the spool and renames it ``*.imported``. This module is a reader only. See
docs/telegram.md, section "The journal file from before the spool".
"""

from __future__ import annotations

import logging
import os
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import anyio
import msgspec

from actors.db_writer import ProcessedUpdate, SentReply
from actors.protocol import IncomingUpdate
from runtime import Message, MessageCodec

from ._spool_journal import JournalError, SpoolJournal, _State, _utc

__all__ = ["FILE_NAME", "JournalCorrupt", "import_update_journal", "read_legacy_journal"]

log: Final = logging.getLogger(__name__)

FILE_NAME: Final = "updates.journal"
_MAGIC: Final = 0x4A46  # "FJ"
_VERSION: Final = 1
_HEAD: Final = struct.Struct("<HBBI")  # magic, version, flags, length
_CRC: Final = struct.Struct("<I")
_HEADER_SIZE: Final = _HEAD.size + _CRC.size
_MAX_FRAME: Final = 256 * 1024 * 1024
"""A length above this cannot be a frame: the header is garbage."""


class JournalCorrupt(JournalError):
    """An old journal file has a frame that fails its checks and a valid frame after it:
    acknowledged data was damaged, so the import refuses to guess (the file is left in
    place for an operator)."""


# -- the records of the old file (their tags are the on-disk names) ------------------------


class _Journaled(Message, frozen=True, kw_only=True, tag="journaled"):
    """Updates appended by the poller at wall time ``at``."""

    updates: tuple[IncomingUpdate, ...]
    at: float


class _Done(Message, frozen=True, kw_only=True, tag="done"):
    """Updates handled: no longer pending (still seen)."""

    update_ids: tuple[int, ...]


class _Sent(Message, frozen=True, kw_only=True, tag="sent"):
    """Reply idempotency keys delivered at wall time ``at``."""

    keys: tuple[str, ...]
    at: float


class _Snapshot(Message, frozen=True, kw_only=True, tag="snapshot"):
    """The whole retained state, written by compaction; replaces everything before it."""

    pending: tuple[IncomingUpdate, ...]
    seen: dict[int, float]
    sent: dict[str, float]


_Record = _Journaled | _Done | _Sent | _Snapshot


class _Frame(Message, frozen=True, kw_only=True, tag="frame"):
    records: tuple[_Record, ...]


_CODEC: Final[MessageCodec[_Frame]] = MessageCodec(_Frame)


# -- reading the file -------------------------------------------------------------------------


@dataclass
class LegacyState:
    """What an old journal file holds: pending updates in journal order, the update ids
    seen and the reply keys sent, each with its wall time."""

    pending: dict[int, IncomingUpdate] = field(default_factory=dict)
    seen: dict[int, float] = field(default_factory=dict)
    sent: dict[str, float] = field(default_factory=dict)

    def apply(self, record: _Record) -> None:
        if isinstance(record, _Journaled):
            for update in record.updates:
                self.seen.setdefault(update.update_id, record.at)
                self.pending[update.update_id] = update
        elif isinstance(record, _Done):
            for update_id in record.update_ids:
                self.pending.pop(update_id, None)
        elif isinstance(record, _Sent):
            for key in record.keys:
                self.sent.setdefault(key, record.at)
        else:
            self.pending = {u.update_id: u for u in record.pending}
            self.seen = dict(record.seen)
            self.sent = dict(record.sent)


def _frame_at(data: bytes, pos: int) -> tuple[_Frame, int] | None:
    """The valid frame starting at ``pos`` and the offset after it, or None. A frame::

        frame  = magic u16 | version u8 | flags u8 | length u32 | crc u32 | body[length]
        crc    = CRC-32 of the first 8 header bytes and the body (little-endian throughout)
        body   = msgpack of one _Frame: the records of one group commit
    """
    if len(data) - pos < _HEADER_SIZE:
        return None
    magic, version, _flags, length = _HEAD.unpack_from(data, pos)
    if magic != _MAGIC or version != _VERSION or length > _MAX_FRAME:
        return None
    end = pos + _HEADER_SIZE + length
    if end > len(data):
        return None
    (crc,) = _CRC.unpack_from(data, pos + _HEAD.size)
    body = data[pos + _HEADER_SIZE:end]
    if zlib.crc32(body, zlib.crc32(data[pos:pos + _HEAD.size])) != crc:
        return None
    try:
        frame = _CODEC.decode(body)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    return frame, end


def _valid_frame_after(data: bytes, pos: int) -> int | None:
    """The offset of the first valid frame after ``pos`` (a scan for the magic), or None."""
    magic = _HEAD.pack(_MAGIC, _VERSION, 0, 0)[:3]
    at = data.find(magic, pos + 1)
    while at != -1:
        if _frame_at(data, at) is not None:
            return at
        at = data.find(magic, at + 1)
    return None


def read_legacy_journal(data: bytes, name: str, *, horizon: float) -> LegacyState:
    """The state an old journal file's bytes ``data`` hold, with seen ids (not pending)
    and sent keys older than the wall time ``horizon`` dropped.

    Frame N+1 was written only after frame N was fsynced, so only the last frame can be
    torn by a crash: a short or bad frame with no valid frame after it is that torn tail
    (ignored, with a warning: it was never acknowledged); a bad frame followed by a valid
    one is damage to acknowledged data and raises ``JournalCorrupt`` (``name`` says
    where)."""
    state = LegacyState()
    pos = 0
    while pos < len(data):
        found = _frame_at(data, pos)
        if found is None:
            later = _valid_frame_after(data, pos)
            if later is not None:
                raise JournalCorrupt(
                    f"{name}: bad frame at byte {pos} followed by a valid frame at byte "
                    f"{later}: acknowledged data is damaged; move the file aside to start over"
                )
            log.warning("journal %s: torn tail of %d bytes after byte %d ignored "
                        "(a crash during an append; those records were never acknowledged)",
                        name, len(data) - pos, pos)
            break
        frame, pos = found
        for record in frame.records:
            state.apply(record)
    state.seen = {i: at for i, at in state.seen.items()
                  if at >= horizon or i in state.pending}
    state.sent = {k: at for k, at in state.sent.items() if at >= horizon}
    return state


# -- the import -------------------------------------------------------------------------------


async def import_update_journal(journal: SpoolJournal, directory: str | os.PathLike[str]
                                ) -> int:
    """One-time upgrade: move what the old journal file in ``directory`` still holds into
    ``journal`` (its pending updates, the ids it has seen and the reply keys it has sent
    in the retention window), durably, then rename the file ``*.imported`` so this
    happens once. Returns how many pending updates were imported (0 without a file).
    Seen ids are spooled as ``ProcessedUpdate`` records of chat 0 (the old file does not
    know their chats). Raises ``JournalError`` (the file is then left in place: the
    import is repeated at the next start, harmlessly), ``JournalCorrupt`` for a damaged
    file, ``OSError`` when it cannot be read."""
    path = Path(directory) / FILE_NAME
    if not await anyio.Path(path).exists():
        return 0
    data = await anyio.Path(path).read_bytes()
    # SpoolJournal's clock and retention are private to it; this upgrade is their reader.
    old = read_legacy_journal(data, str(path), horizon=journal._clock() - journal._retention)
    pending = list(old.pending.values())
    done = {i: at for i, at in old.seen.items() if i not in old.pending}
    await journal.append(pending)
    await journal._write(
        [ProcessedUpdate(update_id=i, chat_id=0, at=_utc(at)) for i, at in done.items()
         if not journal.seen(i)]
        + [SentReply(key=k, chat_id=journal._chat_of_key(k), at=_utc(at))
           for k, at in old.sent.items() if not journal.was_sent(k)])
    journal._merge(_State(processed={i: (0, at) for i, at in done.items()}, sent=old.sent))
    await anyio.Path(path).rename(path.with_name(FILE_NAME + ".imported"))
    log.warning("update journal: imported %d pending updates, %d seen ids and %d sent keys "
                "from %s (renamed *.imported)", len(pending), len(done), len(old.sent), path)
    return len(pending)
