"""Segment files and the watermark file: names, headers, and checking one segment's bytes.

A segment ``<generation:016x>-<first_seq:016x>.seg`` is a CRC-checked header (generation,
first seq, ordinal) followed by frames appended and never rewritten; the ``watermark``
file is ``seq u64 | crc u32``, replaced atomically. See docs/spool.md, section "Segments
and the watermark file", for why segments carry a generation and an ordinal.
"""

from __future__ import annotations

import contextlib
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final, NamedTuple

from ._fileops import FileOps
from ._frame import DecodedFrame, decode_frame, next_valid_frame

__all__ = [
    "SEGMENT_HEADER_SIZE",
    "SEGMENT_SUFFIX",
    "SegmentHeader",
    "SegmentScan",
    "decode_segment_header",
    "encode_segment_header",
    "read_watermark",
    "scan_segment",
    "segment_name",
    "write_watermark",
]

SEGMENT_MAGIC: Final = b"FESG"
SEGMENT_VERSION: Final = 1
SEGMENT_SUFFIX: Final = ".seg"
CORRUPT_SUFFIX: Final = ".corrupt"
WATERMARK_FILE: Final = "watermark"
_SEG_HEAD: Final = struct.Struct("<4sHHQQQ")
_CRC: Final = struct.Struct("<I")
SEGMENT_HEADER_SIZE: Final = _SEG_HEAD.size + _CRC.size  # 36
_WATERMARK: Final = struct.Struct("<QI")


class SegmentHeader(NamedTuple):
    """A segment's header, little-endian: ``magic 4s "FESG" | version u16 | reserved u16 |
    generation u64 | first_seq u64 | ordinal u64 | crc u32`` (zlib.crc32 of the 32 bytes
    before it). ``generation`` is random per writer incarnation; ``ordinal`` orders
    segments by creation, which ``first_seq`` cannot after a failed write was retried."""

    generation: int
    first_seq: int
    ordinal: int


def segment_name(generation: int, first_seq: int) -> str:
    return f"{generation:016x}-{first_seq:016x}{SEGMENT_SUFFIX}"


def encode_segment_header(header: SegmentHeader) -> bytes:
    head = _SEG_HEAD.pack(SEGMENT_MAGIC, SEGMENT_VERSION, 0, header.generation,
                          header.first_seq, header.ordinal)
    return head + _CRC.pack(zlib.crc32(head))


def decode_segment_header(data: bytes) -> SegmentHeader | None:
    """The header at the start of ``data``, or None when it is short or fails its checks."""
    if len(data) < SEGMENT_HEADER_SIZE:
        return None
    magic, version, _reserved, generation, first_seq, ordinal = _SEG_HEAD.unpack_from(data)
    (crc,) = _CRC.unpack_from(data, _SEG_HEAD.size)
    if (magic != SEGMENT_MAGIC or version != SEGMENT_VERSION
            or zlib.crc32(data[:_SEG_HEAD.size]) != crc):
        return None
    return SegmentHeader(generation, first_seq, ordinal)


@dataclass
class SegmentScan:
    """What one segment file holds.

    ``frames`` are its valid frames up to the first bad byte, ``valid_end`` the offset after
    the last of them (after the header when there is none); ``tail_bad`` says bytes follow
    that are not a valid frame. ``damage`` explains why the file cannot be the result of a
    crash during an append (a bad frame or header with a valid frame after it)."""

    path: Path
    header: SegmentHeader | None
    frames: list[DecodedFrame]
    valid_end: int
    size: int
    mtime: float
    damage: str | None = None

    @property
    def tail_bad(self) -> bool:
        return self.valid_end < self.size


def scan_segment(path: Path) -> SegmentScan:
    """Read and check the segment at ``path``. Raises ``OSError`` if it cannot be read."""
    data = path.read_bytes()
    mtime = os.stat(path).st_mtime
    header = decode_segment_header(data)
    if header is None:
        later = next_valid_frame(data, -1)
        damage = (None if later is None
                  else f"bad segment header followed by a valid frame at byte {later}")
        return SegmentScan(path, None, [], 0, len(data), mtime, damage)
    frames: list[DecodedFrame] = []
    pos = SEGMENT_HEADER_SIZE
    while pos < len(data):
        frame = decode_frame(data, pos)
        if frame is None:
            later = next_valid_frame(data, pos)
            if later is not None:
                return SegmentScan(path, header, frames, pos, len(data), mtime,
                                   f"bad frame at byte {pos} followed by a valid frame at "
                                   f"byte {later}")
            break
        frames.append(frame)
        pos = frame.end
    return SegmentScan(path, header, frames, pos, len(data), mtime)


def read_watermark(directory: Path) -> int | None:
    """The persisted watermark; 0 when there is no file; None when the file is damaged."""
    try:
        data = (directory / WATERMARK_FILE).read_bytes()
    except FileNotFoundError:
        return 0
    if len(data) != _WATERMARK.size:
        return None
    seq, crc = _WATERMARK.unpack(data)
    if zlib.crc32(data[:8]) != crc:
        return None
    return int(seq)


def write_watermark(directory: Path, seq: int, ops: FileOps, *, sync: bool) -> None:
    """Replace the watermark file: temp file, fsync, rename, fsync of the directory."""
    tmp = directory / (WATERMARK_FILE + ".tmp")
    body = struct.pack("<Q", seq)
    data = body + _CRC.pack(zlib.crc32(body))
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    fd = ops.create(str(tmp))
    try:
        written = 0
        while written < len(data):
            written += ops.write(fd, data[written:])
        if sync:
            ops.fdatasync(fd)
    finally:
        ops.close(fd)
    ops.rename(str(tmp), str(directory / WATERMARK_FILE))
    if sync:
        ops.fsync_dir(str(directory))
