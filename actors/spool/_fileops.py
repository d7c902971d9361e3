"""``FileOps``: the spool's seam to the operating system's file calls.

Every call that changes the spool directory goes through it, so tests inject ``ENOSPC`` or
``EIO`` on a write or an fsync with a double of the OS (``actors.spool.testing``). Reading
segments at recovery does not: a failed read is an ``OSError`` from ``open`` and nothing
more. All methods are blocking; the spool calls them from worker threads.
"""

from __future__ import annotations

import os
from typing import Protocol

__all__ = ["FileOps", "OsFileOps"]


class FileOps(Protocol):
    """The file calls the spool makes. Each raises ``OSError`` on failure."""

    def create(self, path: str) -> int:
        """Create ``path`` (it must not exist) for writing; return its descriptor."""
        ...

    def write(self, fd: int, data: bytes | memoryview) -> int:
        """Write some of ``data`` at the current offset; return how many bytes."""
        ...

    def fdatasync(self, fd: int) -> None:
        """Make the file's written data (and its size) durable."""
        ...

    def close(self, fd: int) -> None: ...

    def truncate(self, path: str, size: int, *, sync: bool) -> None:
        """Cut ``path`` to ``size`` bytes (fsynced when ``sync``)."""
        ...

    def rename(self, src: str, dst: str) -> None:
        """Atomically replace ``dst`` with ``src``."""
        ...

    def unlink(self, path: str) -> None: ...

    def fsync_dir(self, path: str) -> None:
        """Make creations, renames and deletions in directory ``path`` durable."""
        ...


class OsFileOps:
    """The real ``FileOps``: thin calls into ``os``."""

    def create(self, path: str) -> int:
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)

    def write(self, fd: int, data: bytes | memoryview) -> int:
        return os.write(fd, data)

    def fdatasync(self, fd: int) -> None:
        os.fdatasync(fd)

    def close(self, fd: int) -> None:
        os.close(fd)

    def truncate(self, path: str, size: int, *, sync: bool) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
        try:
            os.ftruncate(fd, size)
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)

    def rename(self, src: str, dst: str) -> None:
        os.replace(src, dst)

    def unlink(self, path: str) -> None:
        os.unlink(path)

    def fsync_dir(self, path: str) -> None:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
