"""The probe process: ``/health/live`` and ``/health/ready`` on ``[health] probe_port``,
answered in a process of its own from the ``ProbeBoard`` the bot's loop writes.

Run by ``HealthServer`` as ``python -I -S <this file> BOARD HOST PORT STALE_AFTER PARENT``
(the standard library only: nothing of the bot is imported, so it starts in tens of
milliseconds and holds a few megabytes). Why a process: a thread of the bot shares its
GIL, so a probe waits out every garbage collection and every switch interval of the
bot's busy loop; this process waits for nothing of the bot's. It prints ``ready PORT``
once bound; it ends when its parent does (``PR_SET_PDEATHSIG`` where Linux has it, and a
check of the parent once a second everywhere), removing the board the dead bot left. A
snapshot older than ``STALE_AFTER`` seconds (the bot's loop is stuck) makes both probes
503, as on the main port. Any other request gets 404; a connection that sends nothing
whole within 5 s is closed; at most 64 connections are kept (the oldest goes for a new
one). See docs/health.md, section "Threads".
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import json
import mmap
import os
import signal
import struct
import sys
import time

HEADER = struct.Struct("<QdHIHI")  # as actors/health/_board.py writes it
MAX_CONNECTIONS = 64
IDLE_TIMEOUT = 5.0
_REASONS = {200: "OK", 404: "Not Found", 503: "Service Unavailable"}
_LINES = {b"GET /health/live HTTP/1.1\r\n": 0, b"GET /health/ready HTTP/1.1\r\n": 1}


class Board:
    """The reader's side of the board (a seqlock: retried until consistent)."""

    def __init__(self, path: str) -> None:
        with open(path, "rb") as f:
            self.map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def read(self) -> tuple[float, tuple[int, bytes], tuple[int, bytes]] | None:
        board = self.map
        for _ in range(1000):
            seq, at, live_status, live_len, ready_status, ready_len = HEADER.unpack_from(
                board, 0)
            if seq == 0:
                return None  # nothing published yet
            if seq % 2:
                continue
            start = HEADER.size
            live = board[start:start + live_len]
            ready = board[start + live_len:start + live_len + ready_len]
            if int.from_bytes(board[0:8], "little") == seq:
                return at, (live_status, live), (ready_status, ready)
        return None


def response(status: int, body: bytes, close: bool) -> bytes:
    return (f"HTTP/1.1 {status} {_REASONS[status]}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n" + ("Connection: close\r\n" if close else "")
            + "\r\n").encode("ascii") + body


class Probes:
    def __init__(self, board: Board, stale_after: float) -> None:
        self.board = board
        self.stale_after = stale_after
        self.conns: dict[Conn, float] = {}

    def answer(self, request_line: bytes) -> tuple[int, bytes]:
        which = _LINES.get(request_line)
        if which is None:
            return 404, b'{"error":"not found: this port serves /health/live and /health/ready"}'
        read = self.board.read()
        if read is None:
            return 503, json.dumps({"status": "dead" if which == 0 else "unhealthy",
                                    "why": "the bot's event loop has published nothing yet"}
                                   ).encode()
        at, live, ready = read
        age = time.monotonic() - at
        if age > self.stale_after:
            why = f"the bot's event loop has published nothing for {age:.1f} s (stuck?)"
            return 503, json.dumps({"status": "dead" if which == 0 else "unhealthy",
                                    "why": why}).encode()
        return live if which == 0 else ready


class Conn(asyncio.Protocol):
    def __init__(self, probes: Probes) -> None:
        self.probes = probes
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        conns = self.probes.conns
        if len(conns) >= MAX_CONNECTIONS:
            oldest = next(iter(conns))
            conns.pop(oldest)
            if oldest.transport is not None:
                oldest.transport.abort()
        conns[self] = time.monotonic()

    def data_received(self, data: bytes) -> None:
        transport = self.transport
        if transport is None:
            return
        self.buffer += data
        if len(self.buffer) > 8192:
            transport.abort()
            return
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end + 4], self.buffer[end + 4:]
            line = head[:head.find(b"\r\n") + 2]
            lower = head.lower()
            close = b"connection: close" in lower or line.endswith(b"HTTP/1.0\r\n")
            status, body = self.probes.answer(line)
            transport.write(response(status, body, close))
            if close or b"content-length:" in lower or b"transfer-encoding:" in lower:
                transport.close()  # a request with a body is not a probe's
                return
            conns = self.probes.conns
            conns.pop(self, None)
            conns[self] = time.monotonic()

    def connection_lost(self, exc: Exception | None) -> None:
        self.probes.conns.pop(self, None)
        self.transport = None


def die_with_parent(parent: int) -> None:
    """Ask Linux to send SIGTERM when the parent ends (it may already have)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        sys.exit(0)


async def serve(board: Board, host: str, port: int, stale_after: float, parent: int) -> None:
    loop = asyncio.get_running_loop()
    probes = Probes(board, stale_after)
    server = await loop.create_server(lambda: Conn(probes), host, port, backlog=128)
    bound = server.sockets[0].getsockname()[1]
    print(f"ready {bound}", flush=True)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    async with server:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 1.0)
            if os.getppid() != parent:
                break
            deadline = time.monotonic() - IDLE_TIMEOUT
            for conn, seen in list(probes.conns.items()):
                if seen > deadline:
                    break
                if conn.transport is not None:  # idle, or a request never completed
                    conn.transport.close()
                probes.conns.pop(conn, None)


def main(argv: list[str]) -> int:
    path, host, port, stale_after, parent = argv
    die_with_parent(int(parent))
    asyncio.run(serve(Board(path), host, int(port), float(stale_after), int(parent)))
    if os.getppid() != int(parent):  # the bot died without removing its board
        with contextlib.suppress(OSError):
            os.unlink(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
