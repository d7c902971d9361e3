"""The call log: every ``/v1/messages`` request as it arrived, and how it was answered.

Entries are recorded on arrival, before any fault delays the answer, so a test can wait
for "N requests arrived" even when they hang. Credentials never reach the log: the
``x-api-key`` and ``authorization`` headers are replaced by ``"<redacted>"``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Any, Final

import msgspec

_SECRET_HEADERS: Final = frozenset({"x-api-key", "authorization"})
REDACTED: Final = "<redacted>"


class RecordedRequest(msgspec.Struct, kw_only=True):
    """One request to ``/v1/messages``.

    ``seq`` counts from 1 since the last reset; ``at`` is ``time.monotonic()`` on arrival;
    ``headers`` are lower-cased with secrets redacted; ``body`` is the parsed JSON (None
    when the body was not JSON). ``status`` is the HTTP status sent (None while pending,
    and for hangs and disconnects); ``fault`` names the ``FaultKind`` applied, if any.
    """

    seq: int
    at: float
    request_id: str
    headers: dict[str, str]
    body: Any
    status: int | None = None
    fault: str | None = None


class RequestLog:
    """Append-only list of ``RecordedRequest`` with waiters for a count to be reached."""

    def __init__(self) -> None:
        self._entries: list[RecordedRequest] = []
        self._changed = asyncio.Event()

    @property
    def entries(self) -> tuple[RecordedRequest, ...]:
        """Every request since the last ``clear``, in arrival order."""
        return tuple(self._entries)

    def record(self, *, request_id: str, headers: Mapping[str, str], body: Any) -> RecordedRequest:
        """Append an entry for a request that has just arrived and wake the waiters."""
        entry = RecordedRequest(
            seq=len(self._entries) + 1,
            at=time.monotonic(),
            request_id=request_id,
            headers=redact(headers),
            body=body,
        )
        self._entries.append(entry)
        self._wake()
        return entry

    def clear(self) -> None:
        """Forget every entry; ``seq`` starts from 1 again."""
        self._entries.clear()
        self._wake()

    async def wait_for(self, count: int) -> tuple[RecordedRequest, ...]:
        """Wait until at least ``count`` requests are logged; return them all."""
        while len(self._entries) < count:
            await self._changed.wait()
        return self.entries

    def _wake(self) -> None:
        # Swap in a fresh event so waiters that wake and re-check block on the new one.
        self._changed.set()
        self._changed = asyncio.Event()


def redact(headers: Mapping[str, str]) -> dict[str, str]:
    """Lower-cased copy of ``headers`` with credentials replaced by ``REDACTED``."""
    return {
        name.lower(): REDACTED if name.lower() in _SECRET_HEADERS else value
        for name, value in headers.items()
    }
