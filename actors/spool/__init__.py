"""The durable local write-ahead spool (docs/spool.md; the rules it follows:
docs/notes/reliability.md §2.3).

Layer ``actors``: imports nothing of ours but the standard library, anyio and its own
modules. ``Spool`` is the whole public surface for producers and the drainer; ``FileOps`` is
the seam to the OS that ``actors.spool.testing`` doubles to inject I/O errors.

Modules: ``_frame`` (one CRC-protected frame per group-commit batch), ``_segment`` (segment
files, their header, the watermark file), ``_recovery`` (what a restart keeps, truncates or
refuses), ``_spool`` (group commit, reads, watermark, gauges), ``_fileops``, ``_errors``.
"""

from ._errors import SpoolClosed, SpoolCorrupt, SpoolError, SpoolWriteError
from ._fileops import FileOps, OsFileOps
from ._segment import scan_segment
from ._spool import Spool

__all__ = [
    "FileOps",
    "OsFileOps",
    "Spool",
    "SpoolClosed",
    "SpoolCorrupt",
    "SpoolError",
    "SpoolWriteError",
    "scan_segment",
]
