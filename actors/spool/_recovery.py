"""Recovery: from the segment files to the records a restarted spool must still deliver.

Runs once, in ``Spool.open``, in a worker thread: it refuses a quarantined spool, deletes
segments torn while being created, truncates torn tails (a crash during an append, or the
remains of a write retried on a fresh segment), quarantines a segment whose damage hit
acknowledged data (``SpoolCorrupt``), and hands back every frame above the watermark. See
docs/spool.md, section "Recovery", for each case and the one limitation by design.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from ._errors import SpoolCorrupt
from ._fileops import FileOps
from ._frame import DecodedFrame
from ._segment import (
    CORRUPT_SUFFIX,
    SEGMENT_SUFFIX,
    SegmentHeader,
    SegmentScan,
    read_watermark,
    scan_segment,
)

__all__ = ["Recovered", "RecoveredSegment", "recover"]

log = logging.getLogger("actors.spool")


@dataclass
class RecoveredSegment:
    """A closed segment that survived recovery; ``last_seq`` is the highest seq it holds
    (``first_seq - 1`` when it holds none)."""

    path: Path
    header: SegmentHeader
    last_seq: int


@dataclass
class Recovered:
    """What recovery found: the watermark, the last seq on disk, the segments (creation
    order), the frames holding records above the watermark with their segment's mtime (the
    best known append time), and the next segment ordinal."""

    watermark: int
    last_seq: int
    segments: list[RecoveredSegment] = field(default_factory=list)
    frames: list[tuple[DecodedFrame, float]] = field(default_factory=list)
    next_ordinal: int = 0


def recover(directory: Path, ops: FileOps, *, sync: bool) -> Recovered:
    """Check and repair the spool in ``directory`` (the steps: docs/spool.md, section
    "Recovery"). Raises ``SpoolCorrupt`` on damage to acknowledged data and ``OSError``
    when files cannot be read or repaired.

    By design a CRC failure in the final frame of the last segment is taken as a torn
    write and its records are dropped: it cannot be told from one (bit rot after the
    fsync returned would be the rare exception), and refusing to start after every
    ordinary crash would be worse."""
    _refuse_if_quarantined(directory)
    watermark = read_watermark(directory)
    scans = _scan_all(directory, ops, sync=sync)
    if watermark is None:
        watermark = scans[0].header.first_seq - 1 if scans and scans[0].header else 0
        log.error("spool %s: the watermark file is damaged; replaying from seq %d "
                  "(the sink deduplicates)", directory, watermark + 1)
    return _walk(directory, scans, watermark, ops, sync=sync)


def _refuse_if_quarantined(directory: Path) -> None:
    quarantined = sorted(directory.glob(f"*{CORRUPT_SUFFIX}"))
    if quarantined:
        reason = (f"quarantined segment {quarantined[0].name} present in {directory}: an "
                  "operator must salvage it and move the spool directory aside")
        log.error("SPOOL CORRUPT: %s", reason)
        raise SpoolCorrupt(reason, quarantined=quarantined[0])


def _scan_all(directory: Path, ops: FileOps, *, sync: bool) -> list[SegmentScan]:
    """Every segment with a valid header, in creation order; headerless ones deleted or
    quarantined."""
    scans: list[SegmentScan] = []
    for path in sorted(directory.glob(f"*{SEGMENT_SUFFIX}")):
        scan = scan_segment(path)
        if scan.damage is not None:
            _quarantine(scan, scan.damage, ops, sync=sync)
        if scan.header is None:
            log.warning("spool %s: segment %s has no valid header and no frame (torn while "
                        "being created): deleted", directory, path.name)
            ops.unlink(str(path))
            if sync:
                ops.fsync_dir(str(directory))
            continue
        scans.append(scan)
    scans.sort(key=lambda s: s.header.ordinal if s.header else -1)
    return scans


def _walk(directory: Path, scans: list[SegmentScan], watermark: int, ops: FileOps, *,
          sync: bool) -> Recovered:
    kept: list[tuple[DecodedFrame, float]] = []
    segments: list[RecoveredSegment] = []
    torn: SegmentScan | None = None  # an earlier segment whose bad tail awaits proof
    expected: int | None = None
    for scan in scans:
        header = scan.header
        assert header is not None
        expected = _check_start(scan, header, expected, watermark, kept, torn, ops, sync)
        if torn is not None:
            _truncate_torn(torn, ops, sync=sync)
            torn = None
        for frame in scan.frames:
            if frame.first_seq != expected:
                _quarantine(scan, f"frame at byte {frame.end} starts at seq {frame.first_seq}"
                            f", expected {expected}", ops, sync=sync)
            kept.append((frame, scan.mtime))
            expected = frame.last_seq + 1
        segments.append(RecoveredSegment(scan.path, header, expected - 1))
        if scan.tail_bad:
            torn = scan
    if torn is not None:
        _truncate_torn(torn, ops, sync=sync)
    last_seq = max(watermark, expected - 1 if expected is not None else 0)
    return Recovered(
        watermark=watermark, last_seq=last_seq, segments=segments,
        frames=[(f, t) for f, t in kept if f.last_seq > watermark],
        next_ordinal=(scans[-1].header.ordinal + 1) if scans and scans[-1].header else 0,
    )


def _check_start(scan: SegmentScan, header: SegmentHeader, expected: int | None,
                 watermark: int, kept: list[tuple[DecodedFrame, float]],
                 torn: SegmentScan | None, ops: FileOps, sync: bool) -> int:
    """The seq the segment's first frame must have; quarantines on a gap or overlap."""
    if expected is None:
        if header.first_seq > watermark + 1:
            _corrupt(f"the oldest segment {scan.path.name} starts at seq {header.first_seq} "
                     f"but the watermark is {watermark}: a segment is missing", None)
        return header.first_seq
    if header.first_seq > expected:
        # The predecessor's bad tail (or a whole segment) held records up to here, and a
        # newer segment proves they had been fsynced: acknowledged data is gone.
        reason = (f"segment {scan.path.name} starts at seq {header.first_seq}, expected "
                  f"{expected}: acknowledged records are missing")
        if torn is not None:
            _quarantine(torn, reason, ops, sync=sync)
        _corrupt(reason, None)
    if header.first_seq < expected:
        if not kept or kept[-1][0].first_seq != header.first_seq or torn is not None:
            _quarantine(scan, f"segment {scan.path.name} starts at seq {header.first_seq}, "
                        f"inside acknowledged records (expected {expected})", ops, sync=sync)
        superseded, _ = kept.pop()
        log.warning("spool: frame of seqs %d..%d superseded by its retry in segment %s "
                    "(its fsync had failed; it was never acknowledged)",
                    superseded.first_seq, superseded.last_seq, scan.path.name)
    return header.first_seq


def _truncate_torn(scan: SegmentScan, ops: FileOps, *, sync: bool) -> None:
    log.warning("spool: torn tail of %d bytes after byte %d of %s truncated (a crash or a "
                "failed write during an append; those records were never acknowledged)",
                scan.size - scan.valid_end, scan.valid_end, scan.path.name)
    ops.truncate(str(scan.path), scan.valid_end, sync=sync)


def _quarantine(scan: SegmentScan, reason: str, ops: FileOps, *, sync: bool) -> NoReturn:
    """Rename the damaged segment to ``*.corrupt`` and raise ``SpoolCorrupt``."""
    target = scan.path.with_name(scan.path.name + CORRUPT_SUFFIX)
    ops.rename(str(scan.path), str(target))
    if sync:
        ops.fsync_dir(str(scan.path.parent))
    _corrupt(f"{scan.path.name}: {reason}; quarantined as {target.name}", scan.path,
             quarantined=target)


def _corrupt(reason: str, segment: Path | None, *, quarantined: Path | None = None) -> NoReturn:
    log.error("SPOOL CORRUPT: %s", reason)
    raise SpoolCorrupt(reason, segment=segment, quarantined=quarantined)
