"""Frames: one group-commit batch of records, as written to a segment.

A frame is a header (magic, version, flags, length, first seq, count), a CRC over the
header and the payload, and the records with their lengths; a record's high length bit
marks a tombstone (seqs erased by ``forget``). See docs/spool.md, section "Frames".
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from typing import Final, NamedTuple

__all__ = [
    "FRAME_HEADER_SIZE",
    "MAX_RECORD_BYTES",
    "DecodedFrame",
    "decode_frame",
    "encode_frame",
    "encode_tombstone",
    "frame_magic_prefix",
    "next_valid_frame",
    "tombstone_seqs",
]

MAGIC: Final = 0x5346  # b"FS" on disk
VERSION: Final = 1
_HEAD: Final = struct.Struct("<HBBIQI")  # magic, version, flags, length, first_seq, count
_CRC: Final = struct.Struct("<I")
_U32: Final = struct.Struct("<I")
FRAME_HEADER_SIZE: Final = _HEAD.size + _CRC.size  # 24
TOMBSTONE_BIT: Final = 0x8000_0000
MAX_RECORD_BYTES: Final = 0x7FFF_FFFF
MAX_FRAME_BYTES: Final = 1 << 31
"""A ``length`` above this cannot be ours: the header is garbage."""


class DecodedFrame(NamedTuple):
    """A valid frame: its records in order (a tombstone's data is its packed seqs),
    the indexes of tombstones among them, and the offset just after the frame."""

    first_seq: int
    records: list[bytes]
    tombstones: list[int]
    end: int

    @property
    def last_seq(self) -> int:
        return self.first_seq + len(self.records) - 1


def frame_magic_prefix() -> bytes:
    """The first bytes every valid frame starts with (magic and version)."""
    return _HEAD.pack(MAGIC, VERSION, 0, 0, 0, 0)[:3]


def encode_frame(first_seq: int, records: Sequence[bytes],
                 tombstones: Sequence[int] = ()) -> bytes:
    """One frame holding ``records`` (seqs from ``first_seq``); the records at the indexes
    in ``tombstones`` are flagged as tombstones. Records must be shorter than 2 GiB.
    Little-endian::

        frame   = magic u16 | version u8 | flags u8 (0) | length u32 | first_seq u64
                  | count u32 | crc u32 | payload[length]
        payload = count × (head u32 | data[head & 0x7FFF_FFFF])   bit 31: tombstone
        crc     = zlib.crc32 over the 20 header bytes before it, then the payload

    The CRC covers the header, so a torn or flipped ``length`` cannot make garbage look
    valid."""
    pack = _U32.pack
    if tombstones:
        marked = set(tombstones)
        parts = [x for i, r in enumerate(records)
                 for x in (pack(len(r) | (TOMBSTONE_BIT if i in marked else 0)), r)]
    else:
        parts = [x for r in records for x in (pack(len(r)), r)]
    payload = b"".join(parts)
    head = _HEAD.pack(MAGIC, VERSION, 0, len(payload), first_seq, len(records))
    crc = zlib.crc32(payload, zlib.crc32(head))
    return b"".join((head, _CRC.pack(crc), payload))


def encode_tombstone(seqs: Sequence[int]) -> bytes:
    """The data of a tombstone record erasing ``seqs``."""
    return struct.pack(f"<{len(seqs)}Q", *seqs)


def tombstone_seqs(data: bytes) -> list[int]:
    """The seqs a tombstone record's data erases (inverse of ``encode_tombstone``)."""
    return list(struct.unpack(f"<{len(data) // 8}Q", data))


def decode_frame(data: bytes | memoryview, pos: int) -> DecodedFrame | None:
    """The valid frame starting at ``pos`` of ``data``, or None when the bytes there are
    short, not a frame of this version, fail the CRC, or are inconsistent."""
    if len(data) - pos < FRAME_HEADER_SIZE:
        return None
    magic, version, flags, length, first_seq, count = _HEAD.unpack_from(data, pos)
    if magic != MAGIC or version != VERSION or flags != 0 or length > MAX_FRAME_BYTES:
        return None
    start = pos + FRAME_HEADER_SIZE
    end = start + length
    if end > len(data) or count * _U32.size > length:
        return None
    (crc,) = _CRC.unpack_from(data, pos + _HEAD.size)
    view = memoryview(data)
    if zlib.crc32(view[start:end], zlib.crc32(view[pos:pos + _HEAD.size])) != crc:
        return None
    return _decode_payload(bytes(view[start:end]), first_seq, count, end)


def _decode_payload(payload: bytes, first_seq: int, count: int,
                    end: int) -> DecodedFrame | None:
    records: list[bytes] = []
    tombstones: list[int] = []
    at = 0
    unpack = _U32.unpack_from
    for i in range(count):
        if at + 4 > len(payload):
            return None
        (head,) = unpack(payload, at)
        size = head & MAX_RECORD_BYTES
        at += 4
        if at + size > len(payload):
            return None
        if head & TOMBSTONE_BIT:
            if size % 8:
                return None
            tombstones.append(i)
        records.append(payload[at:at + size])
        at += size
    if at != len(payload):
        return None
    return DecodedFrame(first_seq, records, tombstones, end)


def next_valid_frame(data: bytes, after: int) -> int | None:
    """The offset of the first valid frame starting after ``after`` (found by scanning for
    the magic and checking each candidate), or None."""
    prefix = frame_magic_prefix()
    at = data.find(prefix, after + 1)
    while at != -1:
        if decode_frame(data, at) is not None:
            return at
        at = data.find(prefix, at + 1)
    return None
