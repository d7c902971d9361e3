"""``Spool``: the durable local write-ahead spool.

Writers ``append`` records and get each one's sequence number only once it is written and
``fdatasync``-ed; appends that arrive during one fsync are committed together by whichever
caller leads (no writer task), a failed write or fsync acknowledges nobody and is retried
once on a fresh segment, and a drainer ``read``s above the watermark and advances it.
``Spool.open`` recovers what a crash left (``_recovery``). See docs/spool.md for group
commit, failures (fsyncgate) and memory use.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Final, NamedTuple, ParamSpec, TypeVar

import anyio
import anyio.lowlevel

from runtime import WallClock, system_clock

from ._errors import SpoolClosed, SpoolWriteError
from ._fileops import FileOps, OsFileOps
from ._frame import MAX_RECORD_BYTES, encode_frame, encode_tombstone, tombstone_seqs
from ._recovery import Recovered, recover
from ._segment import (
    SEGMENT_HEADER_SIZE,
    SegmentHeader,
    encode_segment_header,
    segment_name,
    write_watermark,
)

__all__ = ["Spool"]

_P = ParamSpec("_P")
_T = TypeVar("_T")

log = logging.getLogger("actors.spool")

DEFAULT_SEGMENT_BYTES: Final = 16 << 20
DEFAULT_MAX_BATCH_RECORDS: Final = 4096
DEFAULT_MAX_BATCH_BYTES: Final = 4 << 20


@dataclass
class _Segment:
    """A segment file; ``last_seq`` is the highest acknowledged seq in it."""

    path: Path
    first_seq: int
    last_seq: int
    size: int


class _Batch:
    """Records waiting to be written as one frame, and the state their callers wait on."""

    __slots__ = (
        "done",
        "erased",
        "error",
        "event",
        "first_seq",
        "lead",
        "nbytes",
        "owned",
        "records",
        "tombstones",
    )

    def __init__(self) -> None:
        self.records: list[bytes] = []
        self.tombstones: list[int] = []  # indexes of tombstone records
        self.erased: list[tuple[int, bytes]] = []  # what the tombstones hid, for a rollback
        self.nbytes = 0
        self.event = anyio.Event()  # set when done (or to let a waiter become the owner)
        self.lead = anyio.Event()  # set when done or when leadership is handed to the owner
        self.owned = False  # one waiter (the owner) waits on ``lead``, the others on ``event``
        self.done = False
        self.first_seq = 0
        self.error: BaseException | None = None


class _WriteOutcome(NamedTuple):
    """What a write in a worker thread did: a segment it created (to be registered even
    when the write then failed) and the error, if any."""

    created: tuple[_Segment, int] | None
    error: OSError | None
    fsync_seconds: float | None = None
    """How long the frame's fdatasync took (None: no fsync, or it failed)."""


class Spool:
    """The write-ahead spool. Make one with ``await Spool.open(directory)``; close it with
    ``await spool.aclose()`` (or ``async with await Spool.open(...) as spool``).

    Every ``append`` is durable when it returns; ``read``, the gauges and ``forget``'s
    in-memory effect work on what is already durable. Not thread-safe: use it from one
    event loop. Records above the watermark are also held in memory (``read`` never
    touches the disk): about 100 bytes of overhead each, so alert on ``depth``,
    ``oldest_age`` and ``free_bytes``.
    """

    def __init__(self, directory: Path, *, segment_bytes: int, max_batch_records: int,
                 max_batch_bytes: int, fsync: bool, clock: Callable[[], float],
                 file_ops: FileOps) -> None:
        """Internal: use ``Spool.open``, which recovers the directory first."""
        if segment_bytes <= 0 or max_batch_records <= 0 or max_batch_bytes <= 0:
            raise ValueError("segment_bytes and the batch limits must be positive")
        self._dir = directory
        self._segment_bytes = segment_bytes
        self._max_records = max_batch_records
        self._max_bytes = max_batch_bytes
        self._fsync = fsync
        self._clock = clock
        self._ops = file_ops
        self._watermark = 0
        self._last_seq = 0
        self._mem: list[bytes | None] = []  # records base.., None = erased or tombstone
        self._base = 1  # the seq of _mem[0]
        self._live = 0  # records above the watermark not erased
        self._times: deque[tuple[int, float]] = deque()  # (last seq of a frame, appended at)
        self._segments: list[_Segment] = []  # creation order; the last may be active
        self._active: _Segment | None = None
        self._fd: int | None = None
        self._generation = _new_generation()
        self._next_ordinal = 0
        self._pending: deque[_Batch] = deque()
        self._committing = False
        self._leader_gone: anyio.Event | None = None  # aclose waits on it
        self._closing = False
        self._closed = False
        self._healthy = True
        self._watermark_lock = anyio.Lock()
        self._free_bytes = 0
        self._observe_fsync: Callable[[float], None] | None = None

    @classmethod
    async def open(
        cls, directory: str | os.PathLike[str], *,
        segment_bytes: int = DEFAULT_SEGMENT_BYTES,
        max_batch_records: int = DEFAULT_MAX_BATCH_RECORDS,
        max_batch_bytes: int = DEFAULT_MAX_BATCH_BYTES,
        fsync: bool = True, clock: WallClock = system_clock,
        file_ops: FileOps | None = None,
    ) -> Spool:
        """Open (creating) the spool in ``directory`` and recover it: a torn tail is
        truncated (a warning), records above the persisted watermark become readable again,
        fully drained segments are deleted.

        ``segment_bytes``: roll to a new segment once the current one is this big.
        ``max_batch_*``: caps of one group-commit frame. ``fsync=False`` skips every fsync
        (tests, benchmarks of the CPU path): nothing is then durable across a power loss.
        ``clock``: wall time for ``oldest_age`` (recovered records count from their
        segment's mtime). ``file_ops``: the OS seam (``actors.spool.testing`` has a faulty
        one).

        Raises ``SpoolCorrupt`` when acknowledged data is damaged (the segment is renamed
        ``*.corrupt`` and ``SPOOL CORRUPT`` logged), ``OSError`` when the directory cannot
        be used."""
        spool = cls(Path(directory), segment_bytes=segment_bytes,
                    max_batch_records=max_batch_records, max_batch_bytes=max_batch_bytes,
                    fsync=fsync, clock=clock, file_ops=file_ops or OsFileOps())
        recovered = await anyio.to_thread.run_sync(spool._recover_sync)
        spool._load(recovered)
        await spool._delete_drained_segments()
        return spool

    async def __aenter__(self) -> Spool:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.aclose()

    # -- gauges --------------------------------------------------------------------------

    @property
    def directory(self) -> Path:
        return self._dir

    @property
    def watermark(self) -> int:
        """Every record with a seq up to this was drained (persisted locally)."""
        return self._watermark

    @property
    def last_seq(self) -> int:
        """The seq of the last durable record (0 before the first)."""
        return self._last_seq

    @property
    def depth(self) -> int:
        """Records above the watermark still to be drained (erased ones do not count)."""
        return self._live

    @property
    def oldest_age(self) -> float:
        """Seconds since the oldest undrained record was appended; 0 when there is none.
        For records recovered at open, the append time is their segment's mtime (so the age
        is a lower bound)."""
        if self._live == 0 or not self._times:
            return 0.0
        return max(0.0, self._clock() - self._times[0][1])

    @property
    def free_bytes(self) -> int:
        """Bytes available to us on the spool's file system, as last measured: at open,
        then by ``measure_free_bytes`` (the health server measures every few seconds)."""
        return self._free_bytes

    async def measure_free_bytes(self) -> int:
        """Measure ``free_bytes`` now (``statvfs``, in a worker thread) and return it."""
        self._free_bytes = await anyio.to_thread.run_sync(self._statvfs_free)
        return self._free_bytes

    def _statvfs_free(self) -> int:
        stat = os.statvfs(self._dir)
        return stat.f_bavail * stat.f_frsize

    @property
    def healthy(self) -> bool:
        """False after a batch could not be written even on a fresh segment; True again
        once a batch is written."""
        return self._healthy

    def observe_commits(self, observer: Callable[[float], None] | None) -> None:
        """Call ``observer(seconds)`` with the fdatasync time of every group commit written
        (on the event loop, after the commit; never with fsync off). None removes it."""
        self._observe_fsync = observer

    # -- writing -------------------------------------------------------------------------

    async def append(self, record: bytes) -> int:
        """Append ``record``; return its seq once it is durable.

        Raises ``SpoolWriteError`` when the write failed (the record is not durable),
        ``SpoolClosed`` after ``aclose``, ``ValueError`` for a record of 2 GiB or more.
        Cancelled while waiting, the record may or may not become durable."""
        if type(record) is not bytes or len(record) > MAX_RECORD_BYTES:
            record = _as_bytes(record)
        self._check_open()
        # The hot path of _enqueue for one record.
        pending = self._pending
        batch = pending[-1] if pending else None
        if batch is None or (batch.records and (
                len(batch.records) >= self._max_records
                or batch.nbytes + len(record) > self._max_bytes)):
            batch = _Batch()
            pending.append(batch)
        index = len(batch.records)
        batch.records.append(record)
        batch.nbytes += len(record)
        await self._await_batch(batch)
        return batch.first_seq + index

    async def append_many(self, records: Sequence[bytes]) -> list[int]:
        """Append ``records`` in order; return their seqs once all are durable. They go in
        one frame (all or nothing) unless they exceed the batch caps; then they are split
        over several frames, and a failure may leave an earlier part durable (the error is
        raised all the same). Errors as for ``append``."""
        chunks = self._chunks([_as_bytes(r) for r in records])
        placed = [(self._enqueue(chunk), len(chunk)) for chunk in chunks]
        seqs: list[int] = []
        for (batch, index), count in placed:
            await self._await_batch(batch)
            seqs.extend(range(batch.first_seq + index, batch.first_seq + index + count))
        return seqs

    async def forget(self, predicate: Callable[[bytes], bool]) -> int:
        """Erase every undrained record for which ``predicate`` is true; return how many.

        Appends already under way when it is called are covered (it waits for them). The
        erased records disappear from ``read`` at once; a tombstone record listing their
        seqs is appended and durable when this returns, so recovery erases them again.
        Raises ``SpoolWriteError`` if the tombstone cannot be written (the records are then
        readable again), ``SpoolClosed`` after ``aclose``, and whatever ``predicate``
        raises (nothing erased)."""
        self._check_open()
        await self._settle()
        erased = self._matching(predicate)
        if not erased:
            return 0
        batch, _ = self._enqueue([encode_tombstone([seq for seq, _ in erased])],
                                 tombstone=True)
        for seq, _record in erased:
            self._mem[seq - self._base] = None
        self._live -= len(erased)
        batch.erased.extend(erased)
        await self._await_batch(batch)
        return len(erased)

    # -- reading and draining -------------------------------------------------------------

    def read(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        """Up to ``limit`` durable records with seq > ``after`` (and above the watermark),
        as ``(seq, record)`` in seq order; erased records and tombstones are skipped."""
        mem = self._mem
        i = max(after, self._watermark) + 1 - self._base
        end = len(mem)
        out: list[tuple[int, bytes]] = []
        while i < end and len(out) < limit:
            record = mem[i]
            if record is not None:
                out.append((self._base + i, record))
            i += 1
        return out

    async def advance_watermark(self, seq: int) -> None:
        """Record that every record up to ``seq`` was drained: persist it (temp file, fsync,
        rename, directory fsync), forget those records, delete segments that hold nothing
        above it. Erased records and tombstones right after ``seq`` are passed over too.
        A ``seq`` at or below the watermark is a no-op.

        Raises ``ValueError`` for a ``seq`` above ``last_seq``, ``SpoolWriteError`` when the
        watermark file cannot be written (the watermark then stays), ``SpoolClosed``."""
        self._check_open()
        if seq > self._last_seq:
            raise ValueError(f"seq {seq} is above the last durable seq {self._last_seq}")
        async with self._watermark_lock:
            if seq <= self._watermark:
                return
            seq = self._past_erased(seq)
            try:
                await self._run(write_watermark, self._dir, seq, self._ops, sync=self._fsync)
            except OSError as error:
                raise SpoolWriteError(f"cannot persist the spool watermark: {error}") \
                    from error
            self._drop_drained(seq)
            await self._delete_drained_segments()

    async def aclose(self) -> None:
        """Write the batches still queued, then close the segment. Later writes raise
        ``SpoolClosed``; ``read`` and the gauges keep answering from memory. Idempotent."""
        if self._closing:
            return
        self._closing = True
        with anyio.CancelScope(shield=True):
            await self._settle()
            while self._committing:
                self._leader_gone = gone = anyio.Event()
                await gone.wait()
            async with self._watermark_lock:
                self._close_active()
        self._closed = True

    # -- group commit --------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closing:
            raise SpoolClosed("the spool is closed")

    def _chunks(self, records: list[bytes]) -> list[list[bytes]]:
        """``records`` cut into runs that fit the batch caps (one run when they fit)."""
        chunks: list[list[bytes]] = [[]]
        size = 0
        for record in records:
            if chunks[-1] and (len(chunks[-1]) >= self._max_records
                               or size + len(record) > self._max_bytes):
                chunks.append([])
                size = 0
            chunks[-1].append(record)
            size += len(record)
        return chunks

    def _enqueue(self, records: list[bytes], *, tombstone: bool = False) -> tuple[_Batch, int]:
        """Put ``records`` into the open batch (a new one if they do not fit); return it
        and the index of the first of them in it."""
        self._check_open()
        nbytes = sum(map(len, records))
        pending = self._pending
        batch = pending[-1] if pending else None
        if batch is None or (batch.records and (
                len(batch.records) + len(records) > self._max_records
                or batch.nbytes + nbytes > self._max_bytes)):
            batch = _Batch()
            pending.append(batch)
        index = len(batch.records)
        batch.records.extend(records)
        batch.nbytes += nbytes
        if tombstone:
            batch.tombstones.append(index)
        return batch, index

    async def _await_batch(self, batch: _Batch) -> None:
        """Wait until ``batch`` is written, leading the commits when nobody else does.
        Raises ``SpoolWriteError`` if it failed."""
        while not batch.done:
            if not self._committing:
                await self._lead(batch)
            elif batch.owned:
                await batch.event.wait()
            else:
                await self._wait_as_owner(batch)
        if batch.error is not None:
            raise SpoolWriteError(f"spool write failed, nothing in the batch is durable: "
                                  f"{batch.error}") from batch.error

    async def _wait_as_owner(self, batch: _Batch) -> None:
        """Wait as the one caller of ``batch`` that is woken to lead its commit (waking a
        single task per batch, not all of its callers twice)."""
        batch.owned = True
        lead = batch.lead
        try:
            await lead.wait()
        finally:
            batch.owned = False
            if not batch.done:
                batch.lead = anyio.Event()
                if not lead.is_set():  # cancelled: let another caller take the role
                    woken, batch.event = batch.event, anyio.Event()
                    woken.set()

    async def _settle(self) -> None:
        """Wait until every batch queued now is written (failures are their callers')."""
        if self._pending:
            with contextlib.suppress(SpoolWriteError):
                await self._await_batch(self._pending[-1])

    async def _lead(self, own: _Batch) -> None:
        """Commit batches oldest first until ``own`` is done, then hand over."""
        self._committing = True
        try:
            with anyio.CancelScope(shield=True):
                while not own.done and self._pending:
                    if len(self._pending) == 1 and self._fsync:
                        # Let the callers woken by the previous commit (already scheduled)
                        # join the open batch before it is sealed: one frame and one fsync
                        # for all of them, instead of half now and half a period later.
                        await anyio.lowlevel.cancel_shielded_checkpoint()
                    batch = self._pending.popleft()
                    try:
                        await self._commit(batch)
                    except BaseException as error:
                        batch.error = error
                        raise
                    finally:
                        batch.done = True
                        batch.event.set()
                        batch.lead.set()
        finally:
            self._committing = False
            if self._leader_gone is not None:
                self._leader_gone.set()
                self._leader_gone = None
            self._hand_over()

    def _hand_over(self) -> None:
        """Wake the owner of the oldest queued batch to lead next (or, when it has none,
        all its callers, so that one of them takes the role)."""
        if self._pending:
            batch = self._pending[0]
            if batch.owned:
                batch.lead.set()
            else:
                woken, batch.event = batch.event, anyio.Event()
                woken.set()

    async def _commit(self, batch: _Batch) -> None:
        """Write ``batch`` as one frame; on failure once more on a fresh segment."""
        first_seq = self._last_seq + 1
        frame = encode_frame(first_seq, batch.records, batch.tombstones)
        error = await self._write(frame, first_seq, roll=self._needs_roll())
        if error is not None:
            log.error("spool: writing seqs %d..%d to %s failed (%s); retrying on a fresh "
                      "segment", first_seq, first_seq + len(batch.records) - 1,
                      self._active.path.name if self._active else "a new segment", error)
            self._abandon_active()
            error = await self._write(frame, first_seq, roll=True)
        if error is not None:
            self._abandon_active()
            self._healthy = False
            self._roll_back_erasures(batch)
            log.error("spool: writing seqs %d.. failed again (%s): the spool is unhealthy",
                      first_seq, error)
            batch.error = error
            return
        self._healthy = True
        self._applied(batch, first_seq, len(frame))

    def _applied(self, batch: _Batch, first_seq: int, frame_bytes: int) -> None:
        """Make a written batch visible: memory, counters, the active segment."""
        count = len(batch.records)
        self._mem.extend(batch.records)
        for index in batch.tombstones:
            self._mem[first_seq + index - self._base] = None
        self._live += count - len(batch.tombstones)
        self._last_seq = first_seq + count - 1
        self._times.append((self._last_seq, self._clock()))
        assert self._active is not None
        self._active.last_seq = self._last_seq
        self._active.size += frame_bytes
        batch.first_seq = first_seq

    def _roll_back_erasures(self, batch: _Batch) -> None:
        for seq, record in batch.erased:
            if seq > self._watermark:
                self._mem[seq - self._base] = record
                self._live += 1

    # -- files ---------------------------------------------------------------------------

    def _needs_roll(self) -> bool:
        return self._fd is None or (self._active is not None
                                    and self._active.size >= self._segment_bytes)

    async def _write(self, frame: bytes, first_seq: int, *, roll: bool) -> OSError | None:
        """Write (and fsync) ``frame``, first rolling to a new segment if ``roll``;
        the error instead of raising it."""
        outcome = await self._run(self._write_sync, frame, first_seq, roll)
        if outcome.created is not None:
            segment, fd = outcome.created
            self._segments.append(segment)
            self._active, self._fd = segment, fd
        if outcome.fsync_seconds is not None and self._observe_fsync is not None:
            self._observe_fsync(outcome.fsync_seconds)
        return outcome.error

    def _write_sync(self, frame: bytes, first_seq: int, roll: bool) -> _WriteOutcome:
        created: tuple[_Segment, int] | None = None
        try:
            if roll:
                self._close_active()
                created = self._create_segment_sync(first_seq)
            fd = created[1] if created is not None else self._fd
            assert fd is not None
            self._write_all(fd, frame)
            if not self._fsync:
                return _WriteOutcome(created, None)
            started = time.perf_counter()
            self._ops.fdatasync(fd)
        except OSError as error:
            return _WriteOutcome(created, error)
        return _WriteOutcome(created, None, time.perf_counter() - started)

    def _create_segment_sync(self, first_seq: int) -> tuple[_Segment, int]:
        """A new durable segment (header written, file and directory fsynced)."""
        header = SegmentHeader(self._generation, first_seq, self._next_ordinal)
        path = self._dir / segment_name(self._generation, first_seq)
        fd = self._ops.create(str(path))
        self._next_ordinal += 1
        try:
            self._write_all(fd, encode_segment_header(header))
            if self._fsync:
                self._ops.fdatasync(fd)
                self._ops.fsync_dir(str(self._dir))
        except OSError:
            with contextlib.suppress(OSError):
                self._ops.close(fd)
            with contextlib.suppress(OSError):
                self._ops.unlink(str(path))  # recovery would delete it anyway
            raise
        return _Segment(path, first_seq, first_seq - 1, SEGMENT_HEADER_SIZE), fd

    def _write_all(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        written = 0
        while written < len(data):
            written += self._ops.write(fd, view[written:])

    def _close_active(self) -> None:
        fd, self._fd, self._active = self._fd, None, None
        if fd is not None:
            try:
                self._ops.close(fd)
            except OSError as error:
                log.warning("spool: closing a segment failed: %s", error)

    def _abandon_active(self) -> None:
        """After a failed write: the segment's state is unknown, never write to it again
        (a new generation, since continuity can no longer be proven)."""
        self._close_active()
        self._generation = _new_generation()

    async def _run(self, fn: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        """Blocking file work: in a worker thread when it may fsync, inline otherwise (no
        fsync means no wait worth a thread hop)."""
        if self._fsync:
            return await anyio.to_thread.run_sync(lambda: fn(*args, **kwargs))
        return fn(*args, **kwargs)

    # -- recovery and draining -------------------------------------------------------------

    def _recover_sync(self) -> Recovered:
        self._dir.mkdir(parents=True, exist_ok=True)
        self._free_bytes = self._statvfs_free()
        return recover(self._dir, self._ops, sync=self._fsync)

    def _load(self, recovered: Recovered) -> None:
        """Rebuild the in-memory view from what recovery kept."""
        self._watermark = recovered.watermark
        self._last_seq = recovered.last_seq
        self._next_ordinal = recovered.next_ordinal
        self._base = self._watermark + 1
        self._mem = [None] * (self._last_seq - self._watermark)
        for frame, appended_at in recovered.frames:
            for i, record in enumerate(frame.records):
                if frame.first_seq + i > self._watermark:
                    self._mem[frame.first_seq + i - self._base] = record
            for index in frame.tombstones:
                if frame.first_seq + index > self._watermark:
                    self._mem[frame.first_seq + index - self._base] = None
                for seq in tombstone_seqs(frame.records[index]):
                    if seq > self._watermark:
                        self._mem[seq - self._base] = None
            self._times.append((frame.last_seq, appended_at))
        self._live = sum(1 for record in self._mem if record is not None)
        self._segments = [_Segment(s.path, s.header.first_seq, s.last_seq, 0)
                          for s in recovered.segments]

    def _matching(self, predicate: Callable[[bytes], bool]) -> list[tuple[int, bytes]]:
        base = self._base
        return [(base + i, record)
                for i, record in enumerate(self._mem[self._watermark + 1 - base:],
                                           start=self._watermark + 1 - base)
                if record is not None and predicate(record)]

    def _past_erased(self, seq: int) -> int:
        while seq < self._last_seq and self._mem[seq + 1 - self._base] is None:
            seq += 1
        return seq

    def _drop_drained(self, seq: int) -> None:
        cut = seq + 1 - self._base
        self._live -= sum(1 for record in self._mem[self._watermark + 1 - self._base:cut]
                          if record is not None)
        del self._mem[:cut]
        self._base = seq + 1
        self._watermark = seq
        while self._times and self._times[0][0] <= seq:
            self._times.popleft()

    async def _delete_drained_segments(self) -> None:
        """Delete closed segments holding nothing above the watermark."""
        doomed = [s for s in self._segments
                  if s is not self._active and s.last_seq <= self._watermark]
        if not doomed:
            return
        self._segments = [s for s in self._segments if s not in doomed]
        await self._run(self._unlink_sync, doomed)

    def _unlink_sync(self, segments: list[_Segment]) -> None:
        for segment in segments:
            try:
                self._ops.unlink(str(segment.path))
            except FileNotFoundError:
                pass
            except OSError as error:
                # Harmless: the next open finds it drained and tries again.
                log.warning("spool: cannot delete drained segment %s: %s",
                            segment.path.name, error)
        if self._fsync:
            with contextlib.suppress(OSError):
                self._ops.fsync_dir(str(self._dir))


def _as_bytes(record: bytes) -> bytes:
    if type(record) is not bytes:
        record = bytes(record)
    if len(record) > MAX_RECORD_BYTES:
        raise ValueError("a spool record must be shorter than 2 GiB")
    return record


def _new_generation() -> int:
    return int.from_bytes(os.urandom(8), "little")
