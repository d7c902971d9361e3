"""Test doubles for the spool: a ``FileOps`` that fails on demand.

``FaultyFileOps`` is the real ``OsFileOps`` until told to fail: ``fail("fdatasync")`` makes
the next ``fdatasync`` raise ``OSError(EIO)``; ``fail("write", errno.ENOSPC, times=2,
partial=True)`` makes the next two writes put half their bytes on disk and then raise
(a torn write). It doubles the operating system, not our code.
"""

from __future__ import annotations

import errno as errno_codes
import os
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from ._fileops import OsFileOps

__all__ = ["FaultyFileOps", "Op"]

Op = Literal["create", "write", "fdatasync", "close", "truncate", "rename", "unlink",
             "fsync_dir"]


@dataclass
class _Fault:
    errno: int
    times: int
    partial: bool


class FaultyFileOps(OsFileOps):
    """``OsFileOps`` with injectable failures; ``calls`` counts every call by name."""

    def __init__(self) -> None:
        self._faults: dict[str, _Fault] = {}
        self.calls: Counter[str] = Counter()

    def fail(self, op: Op, errno: int = errno_codes.EIO, *, times: int = 1,
             partial: bool = False) -> None:
        """Make the next ``times`` calls of ``op`` raise ``OSError(errno)``; for ``write``
        with ``partial``, after writing the first half of the data."""
        self._faults[op] = _Fault(errno, times, partial)

    def heal(self) -> None:
        """Forget every pending fault."""
        self._faults.clear()

    def _fault(self, op: str) -> _Fault | None:
        self.calls[op] += 1
        fault = self._faults.get(op)
        if fault is None:
            return None
        fault.times -= 1
        if fault.times <= 0:
            del self._faults[op]
        return fault

    @staticmethod
    def _raise(fault: _Fault) -> None:
        raise OSError(fault.errno, os.strerror(fault.errno))

    def create(self, path: str) -> int:
        if fault := self._fault("create"):
            self._raise(fault)
        return super().create(path)

    def write(self, fd: int, data: bytes | memoryview) -> int:
        if fault := self._fault("write"):
            if fault.partial and len(data) > 1:
                super().write(fd, data[:len(data) // 2])
            self._raise(fault)
        return super().write(fd, data)

    def fdatasync(self, fd: int) -> None:
        if fault := self._fault("fdatasync"):
            self._raise(fault)
        super().fdatasync(fd)

    def close(self, fd: int) -> None:
        if fault := self._fault("close"):
            super().close(fd)  # a failed close still releases the descriptor on Linux
            self._raise(fault)
        super().close(fd)

    def truncate(self, path: str, size: int, *, sync: bool) -> None:
        if fault := self._fault("truncate"):
            self._raise(fault)
        super().truncate(path, size, sync=sync)

    def rename(self, src: str, dst: str) -> None:
        if fault := self._fault("rename"):
            self._raise(fault)
        super().rename(src, dst)

    def unlink(self, path: str) -> None:
        if fault := self._fault("unlink"):
            self._raise(fault)
        super().unlink(path)

    def fsync_dir(self, path: str) -> None:
        if fault := self._fault("fsync_dir"):
            self._raise(fault)
        super().fsync_dir(path)
