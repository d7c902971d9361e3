"""The update journal file from before the spool: a small local append-only log of
Telegram updates and sent replies.

The application no longer writes it: ``SpoolJournal`` keeps the journal in the spool, and
``import_update_journal`` moves what an old ``updates.journal`` file still holds into the
spool once. It keeps the ``UpdateLog`` API (append before the offset is confirmed,
``mark_done``, ``record_sent``, ``undelivered`` after a restart), with one CRC-checked
frame per group commit, a torn tail truncated on open and compaction into one snapshot
frame. See docs/telegram.md, section "The journal file from before the spool".
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

import anyio
import msgspec

from actors.protocol import IncomingUpdate
from runtime import Message, MessageCodec, WallClock, system_clock

__all__ = ["JournalCorrupt", "JournalError", "UpdateJournal"]

log = logging.getLogger(__name__)

FILE_NAME: Final = "updates.journal"
MAGIC: Final = 0x4A46  # "FJ"
VERSION: Final = 1
_HEAD: Final = struct.Struct("<HBBI")  # magic, version, flags, length
_CRC: Final = struct.Struct("<I")
HEADER_SIZE: Final = _HEAD.size + _CRC.size
MAX_FRAME: Final = 256 * 1024 * 1024
"""A length above this cannot be ours: the header is garbage."""
DEFAULT_COMPACT_BYTES: Final = 4 * 1024 * 1024
DEFAULT_RETENTION: Final = 48 * 3600.0


class JournalError(Exception):
    """The journal cannot serve the call: it is closed, or writing or fsyncing failed (the
    call's records are then *not* durable and not applied)."""


class JournalCorrupt(JournalError):
    """Raised by ``UpdateJournal.open`` when a frame that is followed by a valid frame fails
    its checks: acknowledged data was damaged, so the journal refuses to guess."""


# -- records -------------------------------------------------------------------------------
# Explicit tags: they are the on-disk names, independent of the class names.


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


def encode_frame(records: Sequence[_Record]) -> bytes:
    """One framed group of records (header + msgpack body), little-endian throughout::

        frame  = magic u16 | version u8 | flags u8 | length u32 | crc u32 | body[length]
        crc    = CRC-32 of the first 8 header bytes and the body
        body   = msgpack of one _Frame: the records of one group commit
    """
    body = _CODEC.encode(_Frame(records=tuple(records)))
    head = _HEAD.pack(MAGIC, VERSION, 0, len(body))
    return head + _CRC.pack(zlib.crc32(body, zlib.crc32(head))) + body


def _frame_at(data: bytes, pos: int) -> tuple[_Frame, int] | None:
    """The valid frame starting at ``pos`` and the offset after it, or None."""
    if len(data) - pos < HEADER_SIZE:
        return None
    magic, version, _flags, length = _HEAD.unpack_from(data, pos)
    if magic != MAGIC or version != VERSION or length > MAX_FRAME:
        return None
    end = pos + HEADER_SIZE + length
    if end > len(data):
        return None
    (crc,) = _CRC.unpack_from(data, pos + _HEAD.size)
    body = data[pos + HEADER_SIZE:end]
    if zlib.crc32(body, zlib.crc32(data[pos:pos + _HEAD.size])) != crc:
        return None
    try:
        frame = _CODEC.decode(body)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    return frame, end


def _valid_frame_after(data: bytes, pos: int) -> int | None:
    """The offset of the first valid frame after ``pos`` (a scan for the magic), or None."""
    magic = _HEAD.pack(MAGIC, VERSION, 0, 0)[:3]
    at = data.find(magic, pos + 1)
    while at != -1:
        if _frame_at(data, at) is not None:
            return at
        at = data.find(magic, at + 1)
    return None


def read_frames(data: bytes, name: str) -> tuple[list[_Frame], int]:
    """Every frame of ``data`` and the length of its valid prefix (shorter than ``data``
    when the tail is torn). Raises ``JournalCorrupt`` when a bad frame has a valid one
    after it. Frame N+1 is written only after frame N was fsynced, so only the last frame
    can be torn by a crash: a bad frame with a valid one after it is damage to
    acknowledged data."""
    frames: list[_Frame] = []
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
            break
        frame, pos = found
        frames.append(frame)
    return frames, pos


# -- the journal ---------------------------------------------------------------------------


class _Waiter:
    """One caller's records in the group-commit queue."""

    __slots__ = ("error", "record", "taken")

    def __init__(self, record: _Record) -> None:
        self.record = record
        self.taken = False
        self.error: BaseException | None = None


class UpdateJournal:
    """The append-only update journal. Make one with ``await UpdateJournal.open(dir)``.

    Every mutating call is durable when it returns (written and, with ``fsync``, fsynced)
    and applied to the in-memory view only then; if the write fails it raises
    ``JournalError`` and nothing is applied. Concurrent callers share one write and one
    fsync (group commit): whoever holds the lock writes everything queued meanwhile.
    Reads (``seen``, ``pending``, ``was_sent``, ``depth``, ``size``) are in-memory.

    Compaction (on open, and when the file passes ``compact_bytes``) rewrites the file as
    one snapshot frame: pending updates, the update ids seen in the last ``retention``
    seconds (48 h: Telegram keeps undelivered updates 24 h) and the reply keys sent in
    that window; temp file, fsync, rename, fsync of the directory.
    """

    def __init__(
        self, directory: Path, *, fsync: bool, clock: Callable[[], float],
        compact_bytes: int, retention: float,
    ) -> None:
        self._dir = directory
        self._path = directory / FILE_NAME
        self._fsync = fsync
        self._clock = clock
        self._compact_bytes = compact_bytes
        self._retention = retention
        self._pending: dict[int, IncomingUpdate] = {}
        self._seen: dict[int, float] = {}
        self._sent: dict[str, float] = {}
        self._delivered: set[int] = set()
        self._fd: int | None = None
        self._size = 0
        self._compacted_size = 0
        self._lock = anyio.Lock()
        self._queue: list[_Waiter] = []

    @classmethod
    async def open(
        cls, directory: str | os.PathLike[str], *, fsync: bool = True,
        clock: WallClock = system_clock,
        compact_bytes: int = DEFAULT_COMPACT_BYTES, retention: float = DEFAULT_RETENTION,
    ) -> UpdateJournal:
        """Open (creating) the journal in ``directory``: replay the file, truncate a torn
        tail (with a warning), then compact. Raises ``JournalCorrupt`` on damage in the
        middle of the file, ``OSError`` when the directory cannot be used."""
        journal = cls(Path(directory), fsync=fsync, clock=clock,
                      compact_bytes=compact_bytes, retention=retention)
        await anyio.to_thread.run_sync(journal._open_sync)
        return journal

    # -- reads --

    def seen(self, update_id: int) -> bool:
        """Whether ``update_id`` was journaled within the retained window (done or not)."""
        return update_id in self._seen

    def pending(self) -> list[IncomingUpdate]:
        """Updates journaled but not marked done, in journal order."""
        return list(self._pending.values())

    def undelivered(self) -> list[IncomingUpdate]:
        """Pending updates not yet handed to dialogs by this process (``mark_delivered``),
        in journal order: what a (re)started poller must deliver before polling."""
        return [u for i, u in self._pending.items() if i not in self._delivered]

    def mark_delivered(self, update_id: int) -> None:
        """Note that ``update_id`` was handed to its dialogs actor's mailbox. In memory
        only: mailboxes survive actor restarts but not the process, so after a restart of
        the process every pending update counts as undelivered again."""
        self._delivered.add(update_id)

    def was_sent(self, key: str) -> bool:
        """Whether a reply with idempotency key ``key`` was recorded as delivered."""
        return key in self._sent

    @property
    def depth(self) -> int:
        """Pending updates (a gauge)."""
        return len(self._pending)

    @property
    def size(self) -> int:
        """Bytes in the journal file (a gauge)."""
        return self._size

    @property
    def path(self) -> Path:
        return self._path

    # -- writes --

    async def append(self, updates: Sequence[IncomingUpdate]) -> None:
        """Journal ``updates`` (durable on return); ids already seen are skipped."""
        fresh = tuple(u for u in updates if u.update_id not in self._seen)
        if fresh:
            await self._commit(_Journaled(updates=fresh, at=self._clock()))

    async def mark_done(self, update_id: int) -> None:
        """Mark ``update_id`` handled (durable on return). Idempotent; unknown ids are
        ignored."""
        if update_id in self._pending or self._queued_update(update_id):
            await self._commit(_Done(update_ids=(update_id,)))

    async def record_sent(self, key: str) -> None:
        """Remember that the reply with idempotency key ``key`` was delivered (durable on
        return). Idempotent."""
        if key not in self._sent:
            await self._commit(_Sent(keys=(key,), at=self._clock()))

    async def aclose(self) -> None:
        """Wait for a commit in progress, then close the file. Later writes raise
        ``JournalError``; reads keep answering from memory."""
        async with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    # -- group commit --

    def _queued_update(self, update_id: int) -> bool:
        return any(isinstance(w.record, _Journaled)
                   and any(u.update_id == update_id for u in w.record.updates)
                   for w in self._queue)

    async def _commit(self, record: _Record) -> None:
        waiter = _Waiter(record)
        self._queue.append(waiter)
        try:
            await self._lock.acquire()
        except BaseException:
            # Cancelled while waiting: withdraw the record unless a commit already took it.
            if not waiter.taken:
                self._queue.remove(waiter)
            raise
        try:
            if not waiter.taken:
                # An fsync in a thread cannot be cancelled: finish the commit regardless,
                # or other callers in the batch would be left not knowing.
                with anyio.CancelScope(shield=True):
                    await self._commit_queued()
        finally:
            self._lock.release()
        if waiter.error is not None:
            raise JournalError(f"journal write failed: {waiter.error}") from waiter.error

    async def _commit_queued(self) -> None:
        batch, self._queue = self._queue, []
        for waiter in batch:
            waiter.taken = True
        try:
            records = self._effective([w.record for w in batch])
            if records:
                await self._write(encode_frame(records))
                for record in records:
                    self._apply(record)
        except Exception as error:
            for waiter in batch:
                waiter.error = error
            return
        if self._size > max(self._compact_bytes, 2 * self._compacted_size):
            try:
                await anyio.to_thread.run_sync(self._compact_sync)
            except OSError:
                # The old file is intact and still open: keep appending to it.
                log.warning("journal compaction failed; will retry later", exc_info=True)

    def _effective(self, records: list[_Record]) -> list[_Record]:
        """``records`` without what is already true (seen updates, done ids, sent keys),
        also against earlier records of the same batch."""
        seen: set[int] = set()
        pending: set[int] = set()
        sent: set[str] = set()
        out: list[_Record] = []
        for record in records:
            if isinstance(record, _Journaled):
                fresh = tuple(u for u in record.updates
                              if u.update_id not in self._seen and u.update_id not in seen)
                seen.update(u.update_id for u in fresh)
                pending.update(u.update_id for u in fresh)
                if fresh:
                    out.append(_Journaled(updates=fresh, at=record.at))
            elif isinstance(record, _Done):
                ids = tuple(i for i in record.update_ids
                            if (i in self._pending or i in pending))
                pending.difference_update(ids)
                if ids:
                    out.append(_Done(update_ids=ids))
            elif isinstance(record, _Sent):
                keys = tuple(k for k in record.keys if k not in self._sent and k not in sent)
                sent.update(keys)
                if keys:
                    out.append(_Sent(keys=keys, at=record.at))
            else:
                out.append(record)
        return out

    def _apply(self, record: _Record) -> None:
        if isinstance(record, _Journaled):
            for update in record.updates:
                self._seen.setdefault(update.update_id, record.at)
                self._pending[update.update_id] = update
        elif isinstance(record, _Done):
            for update_id in record.update_ids:
                self._pending.pop(update_id, None)
                self._delivered.discard(update_id)
        elif isinstance(record, _Sent):
            for key in record.keys:
                self._sent.setdefault(key, record.at)
        else:
            self._pending = {u.update_id: u for u in record.pending}
            self._seen = dict(record.seen)
            self._sent = dict(record.sent)

    async def _write(self, frame: bytes) -> None:
        if self._fd is None:
            raise JournalError("the journal is closed")
        if self._fsync:
            await anyio.to_thread.run_sync(self._write_sync, self._fd, frame)
        else:
            self._write_sync(self._fd, frame)
        self._size += len(frame)

    def _write_sync(self, fd: int, frame: bytes) -> None:
        try:
            written = 0
            while written < len(frame):
                written += os.write(fd, frame[written:])
            if self._fsync:
                os.fsync(fd)
        except OSError:
            # Cut the partial frame so the next one is not written after garbage; if even
            # that fails, the next open sees a torn or corrupt frame and says so.
            with contextlib.suppress(OSError):
                os.ftruncate(fd, self._size)
            raise

    # -- files (worker threads) --

    def _open_sync(self) -> None:
        self._dir.mkdir(parents=True, exist_ok=True)
        tmp = self._tmp_path()
        tmp.unlink(missing_ok=True)  # a compaction that crashed before its rename
        data = self._path.read_bytes() if self._path.exists() else b""
        frames, valid = read_frames(data, str(self._path))
        if valid < len(data):
            log.warning("journal %s: torn tail of %d bytes after byte %d truncated "
                        "(a crash during an append; those records were never acknowledged)",
                        self._path, len(data) - valid, valid)
        for frame in frames:
            for record in frame.records:
                self._apply(record)
        self._compact_sync()

    def _compact_sync(self) -> None:
        """Rewrite the file as one snapshot of the retained state, atomically."""
        self._prune()
        snapshot = _Snapshot(pending=tuple(self._pending.values()), seen=dict(self._seen),
                             sent=dict(self._sent))
        frame = encode_frame([snapshot])
        tmp = self._tmp_path()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, frame)
            if self._fsync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self._path)
        if self._fsync:
            self._fsync_dir()
        old, self._fd = self._fd, os.open(self._path, os.O_WRONLY | os.O_APPEND)
        if old is not None:
            os.close(old)
        self._size = self._compacted_size = len(frame)

    def _prune(self) -> None:
        horizon = self._clock() - self._retention
        self._seen = {i: at for i, at in self._seen.items()
                      if at >= horizon or i in self._pending}
        self._sent = {k: at for k, at in self._sent.items() if at >= horizon}

    def _fsync_dir(self) -> None:
        fd = os.open(self._dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def _tmp_path(self) -> Path:
        return self._path.with_name(FILE_NAME + ".tmp")
