"""``MemoryStore``: the in-memory side of the cache — an LRU of byte values with per-entry
TTLs on an injected clock.

It is what the cache answers from while Redis is away, and a write-through copy of the
recently used keys while Redis is up (so the first failed call already finds them warm).
Semantics follow Redis where the cache relies on them: values are bytes, counters are
decimal integers stored as bytes (``incr`` on a missing key starts at 1 and sets the TTL;
on an existing one it keeps the TTL), an expired key reads as missing.

Time is ``clock()`` (default ``anyio.current_time``), so TTL tests run on trio's virtual
clock. Not thread-safe; safe across tasks of one event loop (nothing here awaits).
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterator
from typing import NamedTuple

import anyio

from ._errors import NotACounter

__all__ = ["Entry", "MemoryStore"]


class Entry(NamedTuple):
    """A live value and when it expires (a ``clock()`` reading; None: never)."""

    value: bytes
    expires_at: float | None


class MemoryStore:
    """At most ``max_items`` entries; putting one more evicts the least recently used
    (reads and writes both count as use). Expired entries read as missing and are dropped
    when touched or when they reach the LRU end."""

    def __init__(
        self, max_items: int, *, clock: Callable[[], float] = anyio.current_time
    ) -> None:
        if max_items < 1:
            raise ValueError(f"max_items must be >= 1, not {max_items}")
        self.max_items = max_items
        self.evictions = 0
        """Live entries evicted to respect ``max_items`` (expired ones are not counted)."""
        self._clock = clock
        self._entries: collections.OrderedDict[str, Entry] = collections.OrderedDict()

    def __len__(self) -> int:
        """Entries held, including expired ones not yet dropped."""
        return len(self._entries)

    def __iter__(self) -> Iterator[str]:
        """The keys of live entries, least recently used first (a snapshot)."""
        now = self._clock()
        return iter([k for k, e in self._entries.items() if not _expired(e, now)])

    # -- reading ---------------------------------------------------------------------------

    def get(self, key: str) -> bytes | None:
        """The live value of ``key`` (now the most recently used), or None."""
        entry = self.entry(key)
        return None if entry is None else entry.value

    def entry(self, key: str) -> Entry | None:
        """The live entry of ``key`` with its expiry (now the most recently used), or None."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        if _expired(entry, self._clock()):
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return entry

    def ttl(self, key: str) -> float | None:
        """Seconds ``key`` has left; None when it is missing or never expires."""
        entry = self.entry(key)
        if entry is None or entry.expires_at is None:
            return None
        return entry.expires_at - self._clock()

    # -- writing ---------------------------------------------------------------------------

    def set(self, key: str, value: bytes, *, ttl: float | None = None) -> None:
        """Store ``value`` for ``ttl`` seconds (None: no expiry), as the most recently used
        entry. A ``ttl`` <= 0 deletes the key (as Redis does for an expired SET)."""
        if ttl is not None and ttl <= 0:
            self._entries.pop(key, None)
            return
        expires_at = None if ttl is None else self._clock() + ttl
        self._put(key, Entry(value, expires_at))

    def delete(self, key: str) -> bool:
        """Remove ``key``; True when a live entry was removed."""
        entry = self._entries.pop(key, None)
        return entry is not None and not _expired(entry, self._clock())

    def delete_prefix(self, prefix: str) -> list[str]:
        """Remove every key starting with ``prefix``; returns the live ones removed."""
        now = self._clock()
        doomed = [k for k in self._entries if k.startswith(prefix)]
        removed = [k for k in doomed if not _expired(self._entries.pop(k), now)]
        return removed

    def incr(self, key: str, *, ttl: float | None = None) -> int:
        """Add 1 to the counter at ``key`` and return it. A missing (or expired) key
        starts at 1 and expires ``ttl`` seconds from now (None: never); an existing one
        keeps its expiry. Raises ``NotACounter`` when the value is not a decimal integer."""
        entry = self.entry(key)
        if entry is None:
            self.set(key, b"1", ttl=ttl)
            return 1
        count = _as_int(key, entry.value) + 1
        self._put(key, Entry(str(count).encode(), entry.expires_at))
        return count

    def clear(self) -> None:
        self._entries.clear()

    # -- steps -----------------------------------------------------------------------------

    def _put(self, key: str, entry: Entry) -> None:
        self._entries[key] = entry
        self._entries.move_to_end(key)
        now = self._clock()
        while len(self._entries) > self.max_items:
            _, evicted = self._entries.popitem(last=False)
            if not _expired(evicted, now):
                self.evictions += 1


def _expired(entry: Entry, now: float) -> bool:
    return entry.expires_at is not None and now >= entry.expires_at


def _as_int(key: str, value: bytes) -> int:
    # Redis accepts exactly a signed 64-bit decimal, with no spaces or "+".
    text = value.decode("ascii", errors="replace")
    if not text or not (text.isdigit() or (text[0] == "-" and text[1:].isdigit())):
        raise NotACounter(key)
    return int(text)
