"""Giving the C heap's free memory back to the system once the bot has loaded.

The readers' warm-up (the crisis model's 111,000 features, the lexicons) and Claude's SDK
import free far more than they keep. CPython hands blocks over 512 bytes to the C
allocator, and glibc keeps what is freed inside its heaps resident until ``malloc_trim``
asks it to give the pages back: about 3 MB of the idle bot (``bench/startup.py``), 5 MB
of the crisis model's load alone. No maintained package wraps the call (it is one libc
function), so it is reached through ``ctypes``; on a C library without it (musl) nothing
is done.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Final

__all__ = ["give_back_free_memory"]

log: Final = logging.getLogger(__name__)


def give_back_free_memory() -> bool:
    """Ask the C allocator to return its free pages to the system (glibc's
    ``malloc_trim(0)``: every arena, every whole free page). Whether it could: False where
    the C library has no such call. A few milliseconds; call it once loading is over."""
    try:
        trim = ctypes.CDLL(None).malloc_trim  # this process's own C library
    except (OSError, AttributeError, TypeError):  # no such call; Windows: no CDLL(None)
        log.debug("no malloc_trim in this C library: free memory stays with it")
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True
