"""The probes' fast path: ``/health/live`` and ``/health/ready`` answered with bytes the
bot's loop already rendered, before aiohttp sees the connection.

The publisher renders both probes' whole HTTP responses (status line, headers, body) once
per snapshot (``render_probes``, every 0.1 s on the bot's loop). On the health thread,
``FastProbes.answer`` looks at a connection's first bytes: a complete ``GET`` of one of
the two paths, HTTP/1.1, no query, no body, nothing pipelined behind it, is answered by
writing the pre-rendered bytes (one ``send``), counted in the request metrics as
aiohttp's middleware counts; anything else (and a snapshot older than ``stale_after``,
whose 503 says for how long) goes to aiohttp. A connection stays on the fast path while
its requests qualify, and is aiohttp's from its first one that does not. Why: a probe
under a saturated bot waits for the GIL at every switch between the health thread and
the bot's loop, so the fewer Python steps and syscalls per request, the shorter the tail
(docs/health.md, section "Threads").
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ._metrics import Metrics

if TYPE_CHECKING:
    from ._published import Published

__all__ = ["PROBE_PATHS", "FastProbes", "ProbeResponse", "render_probes"]

PROBE_PATHS: Final = ("/health/live", "/health/ready")
_REQUEST_LINES: Final = {path: f"GET {path} HTTP/1.1\r\n".encode() for path in PROBE_PATHS}
_REASONS: Final = {200: "OK", 503: "Service Unavailable"}
_END: Final = b"\r\n\r\n"
MAX_REQUEST: Final = 8192
"""A first segment longer than this is not a probe's request: aiohttp reads it."""


@dataclass(frozen=True, slots=True)
class ProbeResponse:
    """One probe's answer, rendered whole: with ``Connection: keep-alive`` semantics
    (HTTP/1.1's default) and with ``Connection: close``."""

    status: int
    body: bytes
    keep_alive: bytes
    close: bytes


def _response(status: int, body: bytes, date: str) -> ProbeResponse:
    head = (f"HTTP/1.1 {status} {_REASONS[status]}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nDate: {date}\r\n").encode("ascii")
    return ProbeResponse(status, body, head + b"\r\n" + body,
                         head + b"Connection: close\r\n\r\n" + body)


def render_probes(live: tuple[int, bytes], ready: tuple[int, bytes], date: str
                  ) -> Mapping[bytes, tuple[str, ProbeResponse]]:
    """Request line → (route, response) for ``/health/live`` and ``/health/ready``, from
    their (status, body); ``date`` is the ``Date`` header (RFC 9110 IMF-fixdate)."""
    return {_REQUEST_LINES["/health/live"]: ("/health/live", _response(*live, date)),
            _REQUEST_LINES["/health/ready"]: ("/health/ready", _response(*ready, date))}


class FastProbes:
    """Answers the two probes from the newest snapshot (``published()``) when it is
    younger than ``stale_after`` seconds; the health thread's loop only."""

    def __init__(self, published: Callable[[], Published | None], metrics: Metrics | None,
                 *, stale_after: float) -> None:
        self.published = published
        self.metrics = metrics
        self.stale_after = stale_after
        self.answered = 0

    def answer(self, data: bytes) -> tuple[bytes, bool] | None:
        """The response to write for the request in ``data`` and whether to close the
        connection after it, or None: aiohttp's to answer."""
        started = time.perf_counter()
        if len(data) > MAX_REQUEST or not data.endswith(_END):
            return None
        line_end = data.find(b"\r\n") + 2
        snapshot = self.published()
        if snapshot is None:
            return None
        found = snapshot.probes.get(data[:line_end])
        if found is None or data.find(_END, line_end - 2) != len(data) - 4:
            return None  # another request, or more than one request in the segment
        headers = data[line_end:].lower()
        if (b"content-length:" in headers or b"transfer-encoding:" in headers
                or b"expect:" in headers or b"upgrade:" in headers):
            return None  # a body (or a protocol switch): aiohttp's
        if time.monotonic() - snapshot.at > self.stale_after:
            return None  # aiohttp's handler says how stale
        route, response = found
        close = b"connection: close" in headers or b"connection:close" in headers
        self.answered += 1
        if self.metrics is not None:
            self.metrics.http_request(route, "GET", response.status,
                                      time.perf_counter() - started)
        return (response.close if close else response.keep_alive), close
