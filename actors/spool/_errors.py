"""The spool's exceptions.

Exception tree::

    SpoolError             base: the spool cannot do what was asked
    ├── SpoolClosed        the call came after ``aclose()``
    ├── SpoolWriteError    a write or fsync failed twice (once on a fresh segment): nothing in
    │                      the failed batch was acknowledged
    └── SpoolCorrupt       ``Spool.open`` found damaged acknowledged data and refused to start

``OSError`` from the file system outside the write path (an unreadable directory at open, for
example) is raised as is.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SpoolClosed", "SpoolCorrupt", "SpoolError", "SpoolWriteError"]


class SpoolError(Exception):
    """Base of the spool's errors."""


class SpoolClosed(SpoolError):
    """Raised by ``append``, ``append_many``, ``forget`` and ``advance_watermark`` after
    ``aclose()``."""


class SpoolWriteError(SpoolError):
    """Raised by ``append``/``append_many``/``forget`` when writing or fsyncing their batch
    failed on the current segment and again on a fresh one, and by ``advance_watermark`` when
    the watermark file could not be written. The records of the failed batch are *not*
    durable and were not acknowledged; the caller may retry. (If the process stops before
    another batch is written, bytes of the failed batch that did reach the disk may surface
    after a restart: not acknowledged is not the same as absent.) ``__cause__`` is the last
    ``OSError``."""


class SpoolCorrupt(SpoolError):
    """Raised by ``Spool.open`` when recovery finds damage that a crash during an append
    cannot explain: a bad frame followed by a valid one, a bad segment header before valid
    frames, or a gap in the sequence numbers (a frame or a segment missing). Such data had
    been acknowledged, so the spool refuses to guess. The damaged segment (when one can be
    named) was renamed to ``*.corrupt`` (``quarantined``) and an ERROR line starting with
    ``SPOOL CORRUPT`` was logged.

    To start again an operator salvages what they need from the quarantined file and moves
    the spool directory aside; the spool never skips damaged data on its own.
    """

    def __init__(self, reason: str, *, segment: Path | None = None,
                 quarantined: Path | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.segment = segment
        self.quarantined = quarantined
