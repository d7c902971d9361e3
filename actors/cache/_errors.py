"""The cache's exceptions. Redis being down is never one of them: the cache answers from
memory instead (``CacheService`` never raises for an unavailable Redis).

::

    CacheError              base class of everything this package raises
    └── NotACounter         ``incr`` on a key whose value is not a decimal integer
"""

from __future__ import annotations

__all__ = ["CacheError", "NotACounter"]


class CacheError(Exception):
    """Base class of the cache's errors."""


class NotACounter(CacheError):
    """Raised by ``incr`` when the key holds a value that is not a decimal integer (in
    Redis or in memory alike): a caller bug, so it is raised rather than hidden."""

    def __init__(self, key: str) -> None:
        super().__init__(f"cache key {key!r} does not hold an integer counter")
        self.key = key
