"""The backup commands of the command line, ready for ``app/_cli.py`` to call:

    family-emotions backup [--dir DIR] [--keep N]
    family-emotions restore FILE --yes
    family-emotions verify-backup FILE

Each returns the process exit code and prints one line per outcome: 0 done, 1 failed,
2 refused (``restore`` without ``--yes``; nothing was touched).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from runtime import WallClock, system_clock

from ._backup import backup, restore, verify_backup
from ._errors import RestoreRefused, SchedulerError

__all__ = ["backup_command", "restore_command", "verify_command"]

PathLike = str | os.PathLike[str]


async def backup_command(
    dsn: str, directory: PathLike, *, keep: int, bin_dir: PathLike | None = None,
    out: TextIO | None = None, clock: WallClock = system_clock,
) -> int:
    """Take a backup into ``directory`` (keeping the ``keep`` newest); print its path."""
    out = out or sys.stdout
    try:
        path = await backup(dsn, directory, keep=keep, bin_dir=bin_dir, clock=clock)
    except SchedulerError as error:
        print(f"family-emotions: backup failed: {error}", file=out)
        return 1
    print(f"backup: {path}", file=out)
    return 0


async def verify_command(
    dsn: str, file: PathLike, *, bin_dir: PathLike | None = None, out: TextIO | None = None,
) -> int:
    """Restore ``file`` into a scratch database and compare row counts; print the verdict."""
    out = out or sys.stdout
    try:
        report = await verify_backup(dsn, file, bin_dir=bin_dir)
    except SchedulerError as error:
        print(f"family-emotions: verification failed: {error}", file=out)
        return 1
    print(report.summary(), file=out)
    return 0 if report.ok else 1


async def restore_command(
    dsn: str, file: PathLike, *, yes: bool, safety_dir: PathLike,
    bin_dir: PathLike | None = None, out: TextIO | None = None,
) -> int:
    """Restore ``file`` over the database (only with ``yes``), after a safety dump."""
    out = out or sys.stdout
    try:
        report = await restore(dsn, file, yes=yes, safety_dir=safety_dir, bin_dir=bin_dir)
    except RestoreRefused as error:
        print(f"family-emotions: {error}", file=out)
        return 2
    except SchedulerError as error:
        print(f"family-emotions: restore failed: {error}", file=out)
        return 1
    print(f"restored {Path(report.restored).name}; the previous state is in {report.safety}",
          file=out)
    return 0
