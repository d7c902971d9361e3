"""The last backup verification, kept next to the backups so a restart does not forget it.

``Verification`` says when the nightly verification ran (the scheduler's injected wall
clock), whether the dump restored with its recorded row counts, which dump it was and the
one-line summary. ``write_verification`` stores it in ``<backup_dir>/last-verification.json``
atomically (a temporary file in the same directory, fsynced, renamed over the old one, the
directory fsynced): a crash leaves the old record or the new one, never half of one.
``read_verification`` reads it back at start (None when there is none, or when it is
unreadable: a bad file never stops the scheduler). The name does not match the dumps'
pattern, so retention and ``list_backups`` never touch it. See docs/scheduler.md, section
"Backups".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

__all__ = ["VERIFICATION_FILE", "Verification", "read_verification", "write_verification"]

log: Final = logging.getLogger(__name__)

VERIFICATION_FILE: Final = "last-verification.json"


@dataclass(frozen=True, slots=True)
class Verification:
    """One verification of a nightly dump."""

    at: dt.datetime
    """When it finished (aware, UTC; the scheduler's wall clock)."""
    ok: bool
    backup: str
    """The dump's file name in the backup directory."""
    summary: str
    """``VerifyReport.summary()``, or why pg_restore failed."""

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
                "ok": self.ok, "backup": self.backup, "summary": self.summary}

    @classmethod
    def from_json(cls, data: Any) -> Verification:
        """Raises ``ValueError`` (or ``KeyError``/``TypeError``) for a record that is not
        one."""
        at = dt.datetime.fromisoformat(str(data["at"]).replace("Z", "+00:00"))
        if at.tzinfo is None or not isinstance(data["ok"], bool):
            raise ValueError("not a verification record")
        return cls(at=at, ok=data["ok"], backup=str(data["backup"]),
                   summary=str(data.get("summary", "")))


def write_verification(directory: str | os.PathLike[str], verification: Verification) -> Path:
    """Store ``verification`` as ``directory``'s last one, atomically; the file's path.
    Raises ``OSError`` when it cannot be written (the old record stays)."""
    folder = Path(directory)
    target = folder / VERIFICATION_FILE
    temporary = folder / f".{VERIFICATION_FILE}.{os.getpid()}.tmp"
    data = (json.dumps(verification.as_json(), ensure_ascii=False, sort_keys=True) + "\n"
            ).encode("utf-8")
    try:
        with open(temporary, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    directory_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory_fd)
    finally:
        os.close(directory_fd)
    return target


def read_verification(directory: str | os.PathLike[str]) -> Verification | None:
    """``directory``'s last verification, or None when none was recorded or the record
    cannot be read (logged)."""
    path = Path(directory) / VERIFICATION_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        log.warning("scheduler: cannot read the last backup verification %s: %s", path, error)
        return None
    try:
        return Verification.from_json(json.loads(text))
    except (ValueError, KeyError, TypeError) as error:
        log.warning("scheduler: the last backup verification %s is unreadable: %s", path,
                    error)
        return None
