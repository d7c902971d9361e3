"""``ProbeBoard``: the probes' answers in a shared memory-mapped file, for the probe process.

The bot's loop writes, with every snapshot, the heartbeat (``time.monotonic()``: one
clock for every process of the machine) and the two probes' bodies and statuses; the
probe process (``_probe_process``, no import of the bot's code) maps the same file and
reads them. A sequence number makes the read consistent without a lock (a seqlock: odd
while a write is under way; the reader retries until it reads the same even number before
and after its copy). Layout (little-endian): ``seq`` u64, ``at`` f64, then for live and
ready ``status`` u16 and ``length`` u32, then the two bodies. See docs/health.md, section
"Threads".
"""

from __future__ import annotations

import mmap
import os
import struct
import tempfile
from pathlib import Path
from typing import Final

__all__ = ["BOARD_SIZE", "HEADER", "ProbeBoard"]

HEADER: Final = struct.Struct("<QdHIHI")
"""seq, at, live status, live length, ready status, ready length."""
BOARD_SIZE: Final = 65536
"""The file's size: the header and both bodies (a body that does not fit is cut)."""


class ProbeBoard:
    """The writer's side: a file of ``BOARD_SIZE`` bytes in ``/dev/shm`` (or the temporary
    directory), mapped; ``publish`` on the bot's loop, ``close`` removes it."""

    def __init__(self, directory: str | None = None) -> None:
        if directory is None and os.path.isdir("/dev/shm"):
            directory = "/dev/shm"
        fd, name = tempfile.mkstemp(prefix="fe-health-", suffix=".board", dir=directory)
        self.path = Path(name)
        try:
            os.ftruncate(fd, BOARD_SIZE)
            self._map = mmap.mmap(fd, BOARD_SIZE)
        finally:
            os.close(fd)
        self._seq = 0

    def publish(self, at: float, live: tuple[int, bytes], ready: tuple[int, bytes]) -> None:
        """Write one snapshot: the heartbeat ``at`` and both probes' (status, body)."""
        room = (BOARD_SIZE - HEADER.size) // 2
        live_body, ready_body = live[1][:room], ready[1][:room]
        board = self._map
        board[0:8] = (self._seq + 1).to_bytes(8, "little")  # odd: a write is under way
        board[8:HEADER.size] = HEADER.pack(0, at, live[0], len(live_body), ready[0],
                                           len(ready_body))[8:]
        start = HEADER.size
        board[start:start + len(live_body)] = live_body
        start += len(live_body)
        board[start:start + len(ready_body)] = ready_body
        self._seq += 2
        board[0:8] = self._seq.to_bytes(8, "little")  # even: whole again

    def close(self) -> None:
        self._map.close()
        self.path.unlink(missing_ok=True)
