"""The health server's own thread and event loop, the connection gate that keeps the port
from exhausting the process's file descriptors, and the bridge that runs the admin
endpoints' work on the bot's loop.

``HealthThread`` serves an aiohttp application on a loop of its own, so the probes answer
while the bot's loop is saturated or stuck (they read what the bot's loop published:
``_published``). ``ConnectionGate`` caps the connections it keeps open: the cap is the
descriptors left under ``RLIMIT_NOFILE`` once a reserve for the spool, the database and
the clients is kept, and at most ``max_connections``; at the cap a new connection evicts
the one idle the longest, or, when every one is in a request, is answered 503 and closed.
aiohttp's keep-alive timer closes a connection that has not sent a whole request within
``idle_timeout`` seconds of opening or of its last response. ``BotCalls`` hands a
coroutine function from the health thread to the bot's loop and its result back. See
docs/health.md, section "Threads".
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import resource
import socket
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import Any, Final, TypeVar

import anyio
from aiohttp import web

from config.settings import HealthSettings

from ._fast import FastProbes
from ._metrics import Metrics

__all__ = [
    "BotCalls",
    "BotUnavailable",
    "ConnectionGate",
    "HealthThread",
    "connection_cap",
    "open_descriptors",
    "raise_nofile_limit",
]

log: Final = logging.getLogger(__name__)
T = TypeVar("T")

_DEFAULTS: Final = HealthSettings()
FD_RESERVE: Final = _DEFAULTS.fd_reserve
"""Descriptors the health server never takes: the spool's segments, PostgreSQL, Redis,
the Telegram and Claude clients, pg_dump, log files (``[health] fd_reserve``)."""
MAX_CONNECTIONS: Final = _DEFAULTS.max_connections
"""The most connections the health server keeps open, however high the limit
(``[health] max_connections``)."""
MIN_CONNECTIONS: Final = 4
IDLE_TIMEOUT: Final = _DEFAULTS.idle_timeout
"""Seconds a connection may stay without a whole request (after it opened or after its
last response) before it is closed (``[health] idle_timeout``)."""
NOFILE_TARGET: Final = _DEFAULTS.nofile_target
"""``raise_nofile_limit`` raises the soft limit up to this (or the hard limit;
``[health] nofile_target``)."""
ACCEPT_BATCH: Final = 8
"""Connections accepted per turn of the health thread's loop."""
SWITCH_INTERVAL: Final = 0.001
"""The interpreter's thread switch interval while the health thread runs (Python's
default is 5 ms): a probe that wakes the thread waits at most this long for the GIL
held by the bot's busy loop. It costs nothing while no other thread wants the GIL."""
_BUSY_BODY: Final = b'{"status":"busy","why":"too many connections to the health port"}'
_BUSY: Final = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                b"Content-Length: " + str(len(_BUSY_BODY)).encode() + b"\r\n"
                b"Connection: close\r\n\r\n" + _BUSY_BODY)


def raise_nofile_limit(target: int = NOFILE_TARGET) -> tuple[int, int]:
    """Raise the soft ``RLIMIT_NOFILE`` toward the hard limit (at most ``target``), where
    the system allows it; returns the (soft, hard) limits in force afterwards."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = target if hard == resource.RLIM_INFINITY else min(hard, target)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        except (ValueError, OSError) as error:
            log.warning("cannot raise the open-files limit from %d to %d: %s", soft, wanted,
                        error)
        else:
            log.info("open-files limit raised from %d to %d (hard %s)", soft, wanted,
                     "unlimited" if hard == resource.RLIM_INFINITY else hard)
            soft = wanted
    return soft, hard


def open_descriptors() -> int | None:
    """How many descriptors the process has open (Linux: ``/proc/self/fd``), or None."""
    try:
        return len(os.listdir("/proc/self/fd")) - 1  # the listing's own descriptor
    except OSError:
        return None


def connection_cap(*, reserve: int = FD_RESERVE, max_connections: int = MAX_CONNECTIONS,
                   in_use: int | None = None) -> int:
    """The health server's connection cap: the descriptors left under the soft
    ``RLIMIT_NOFILE`` after those in use and ``reserve``, at most ``max_connections``
    (and at least ``MIN_CONNECTIONS``, so the probes still get in when the limit is
    tight)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return max_connections
    used = in_use if in_use is not None else (open_descriptors() or 64)
    return max(MIN_CONNECTIONS, min(max_connections, int(soft) - used - reserve))


class ConnectionGate:
    """Counts the health server's connections and keeps them under ``cap`` (its loop
    only).

    A connection is *unclaimed* until its first byte: it costs a socket and nothing else
    (aiohttp's handler is made with the first byte), and it is closed after
    ``idle_timeout`` seconds. Requests mark their connection busy (``busy``/``idle``, from
    the server's middleware). At the cap, a new connection evicts the oldest connection
    not in a request; when every one is in a request, it is answered 503 and closed. The
    newest connections are the last to go, so a probe that connects and asks at once is
    answered however many idle connections come and go."""

    def __init__(self, cap: int, metrics: Metrics | None = None, *,
                 idle_timeout: float = IDLE_TIMEOUT, fast: FastProbes | None = None) -> None:
        self.cap = cap
        self.metrics = metrics
        self.idle_timeout = idle_timeout
        self.fast = fast
        """Answers ``/health/live`` and ``/health/ready`` before aiohttp (None: aiohttp
        answers everything)."""
        self.conns: dict[_Tracked, float] = {}  # oldest first, with when each was admitted
        self._busy: dict[asyncio.BaseTransport, int] = {}
        self._sweeper: asyncio.TimerHandle | None = None
        self.evicted = 0
        self.refused = 0
        if metrics is not None:
            metrics.health_connection_cap.set(cap)
            metrics.health_connections.set(0)

    @property
    def open(self) -> int:
        return len(self.conns)

    def protocol_factory(self, inner: Callable[[], asyncio.Protocol]
                         ) -> Callable[[], asyncio.Protocol]:
        """A protocol factory wrapping ``inner`` (aiohttp's)."""
        return lambda: _Tracked(self, inner)

    def start_sweeping(self) -> None:
        """Close unclaimed connections past ``idle_timeout``, once a second (on the
        running loop) until ``stop_sweeping``; aiohttp times out the claimed ones."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() - self.idle_timeout
        for conn, opened in list(self.conns.items()):
            if opened > deadline:
                break
            if conn.inner is None:
                self._drop(conn)
        self._sweeper = loop.call_later(1.0, self.start_sweeping)

    def stop_sweeping(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            self._sweeper = None

    def busy(self, transport: asyncio.BaseTransport | None) -> None:
        if transport is not None:
            self._busy[transport] = self._busy.get(transport, 0) + 1

    def idle(self, transport: asyncio.BaseTransport | None) -> None:
        if transport is not None:
            left = self._busy.get(transport, 0) - 1
            if left > 0:
                self._busy[transport] = left
            else:
                self._busy.pop(transport, None)

    def admit(self, conn: _Tracked, now: float) -> bool:
        """Room for ``conn`` (evicting one at the cap)?"""
        if len(self.conns) >= self.cap and not self._evict_one():
            self.refused += 1
            self._dropped("refused")
            return False
        self.conns[conn] = now
        self._count()
        return True

    def touch(self, conn: _Tracked, now: float) -> None:
        """``conn`` (on the fast path) answered a request at ``now``: its idle time starts
        again, and it becomes the newest (the last one evicted)."""
        if self.conns.pop(conn, None) is not None:
            self.conns[conn] = now

    def release(self, conn: _Tracked) -> None:
        if conn.transport is not None:
            self._busy.pop(conn.transport, None)
        if self.conns.pop(conn, None) is not None:
            self._count()

    def close_all(self) -> None:
        for conn in list(self.conns):
            self._drop(conn)

    def _evict_one(self) -> bool:
        for conn in self.conns:
            if conn.transport is None or conn.transport not in self._busy:
                self._drop(conn)
                self.evicted += 1
                self._dropped("evicted")
                return True
        return False

    def _drop(self, conn: _Tracked) -> None:
        """Forget ``conn`` now and close its socket (abort: no linger)."""
        self.conns.pop(conn, None)
        if conn.transport is not None:
            conn.transport.abort()
        self._count()

    def _dropped(self, why: str) -> None:
        if self.metrics is not None:
            self.metrics.health_dropped.labels(why).inc()

    def _count(self) -> None:
        if self.metrics is not None:
            self.metrics.health_connections.set(len(self.conns))


class _Tracked(asyncio.Protocol):
    """One connection to the health port: admitted (or refused) by the gate, handed to
    aiohttp's protocol (made then) with its first byte."""

    def __init__(self, gate: ConnectionGate, inner: Callable[[], asyncio.Protocol]) -> None:
        self.gate = gate
        self.make_inner = inner
        self.inner: asyncio.Protocol | None = None
        self.transport: asyncio.Transport | None = None
        self.refused = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        if not self.gate.admit(self, asyncio.get_running_loop().time()):
            self.refused = True
            transport.write(_BUSY)
            transport.close()

    def data_received(self, data: bytes) -> None:
        transport = self.transport
        if self.refused or transport is None:
            return
        if self.inner is None:
            fast = self.gate.fast
            answer = None if fast is None else fast.answer(data)
            if answer is not None:  # a probe: the pre-rendered bytes, and nothing more
                response, close = answer
                transport.write(response)
                if close:
                    transport.close()
                else:
                    self.gate.touch(self, asyncio.get_running_loop().time())
                return
            self.inner = self.make_inner()
            self.inner.connection_made(transport)
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.inner is not None else None

    def connection_lost(self, exc: Exception | None) -> None:
        self.gate.release(self)
        if self.inner is not None:
            self.inner.connection_lost(exc)

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()


class BotUnavailable(Exception):
    """The bot's loop did not take or finish the work in time (or is gone)."""


class BotCalls:
    """Runs coroutine functions on the bot's event loop for the health thread: ``serve``
    runs there (a background task of the health actor), ``call`` is awaited on the health
    thread's loop. At most ``limit`` calls wait at once; more are refused."""

    def __init__(self, limit: int = 16) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._send, self._receive = anyio.create_memory_object_stream[
            tuple[Callable[[], Awaitable[Any]], concurrent.futures.Future[Any]]](limit)

    async def serve(self) -> None:
        """Run each submitted call in a task of its own until cancelled."""
        self._loop = asyncio.get_running_loop()
        try:
            async with anyio.create_task_group() as tg, self._receive:
                async for fn, future in self._receive:
                    if future.set_running_or_notify_cancel():
                        tg.start_soon(_settle, fn, future)
        finally:
            self._loop = None

    async def call(self, fn: Callable[[], Awaitable[T]], timeout: float) -> T:
        """``await fn()`` on the bot's loop; ``BotUnavailable`` when it is not served or
        does not finish within ``timeout`` seconds."""
        loop = self._loop
        if loop is None:
            raise BotUnavailable("the health actor is not serving calls")
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        try:
            loop.call_soon_threadsafe(self._submit, fn, future)
        except RuntimeError as error:  # the bot's loop is closed
            raise BotUnavailable(str(error)) from None
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError:
            raise BotUnavailable(f"the bot's event loop did not answer within "
                                 f"{timeout} s") from None

    def _submit(self, fn: Callable[[], Awaitable[Any]],
                future: concurrent.futures.Future[Any]) -> None:
        try:
            self._send.send_nowait((fn, future))
        except (anyio.WouldBlock, anyio.ClosedResourceError, anyio.BrokenResourceError):
            if future.set_running_or_notify_cancel():
                future.set_exception(BotUnavailable("too many admin calls at once"))


async def _settle(fn: Callable[[], Awaitable[Any]],
                  future: concurrent.futures.Future[Any]) -> None:
    try:
        result = await fn()
    except Exception as error:
        future.set_exception(error)
    else:
        future.set_result(result)


class HealthThread:
    """Serves ``app`` on ``host:port`` from a thread with its own event loop. ``start``
    and ``stop`` block (call them from a worker thread): ``start`` returns once the port
    is bound and raises what binding raised."""

    def __init__(self, app: web.Application, host: str, port: int, *, gate: ConnectionGate,
                 backlog: int = 1024, name: str = "fe-health") -> None:
        self.app = app
        self.host = host
        self.port = port
        self.gate = gate
        self.backlog = backlog
        self.name = name
        self.bound_port: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> int:
        """Start the thread and bind; the port bound (``port`` 0: the one chosen)."""
        if sys.getswitchinterval() > SWITCH_INTERVAL:
            sys.setswitchinterval(SWITCH_INTERVAL)
        ready: concurrent.futures.Future[int] = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._main, args=(ready,), name=self.name,
                                        daemon=True)
        self._thread.start()
        try:
            self.bound_port = ready.result(timeout)
        except BaseException:
            self._thread.join(timeout)
            raise
        return self.bound_port

    def stop(self, timeout: float = 5.0) -> None:
        """Close every connection and the port, stop the loop, join the thread."""
        loop, stop, thread = self._loop, self._stop, self._thread
        if loop is not None and stop is not None:
            with contextlib.suppress(RuntimeError):  # already closed
                loop.call_soon_threadsafe(stop.set)
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("health: the server thread did not stop within %.0f s", timeout)

    def _main(self, ready: concurrent.futures.Future[int]) -> None:
        try:
            asyncio.run(self._serve(ready))
        except BaseException as error:  # binding failed: start() raises it
            if not ready.done():
                ready.set_exception(error)
            else:
                log.exception("health: the server thread failed")

    async def _serve(self, ready: concurrent.futures.Future[int]) -> None:
        loop = self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        runner = web.AppRunner(self.app, access_log=None, handle_signals=False,
                               keepalive_timeout=self.gate.idle_timeout, shutdown_timeout=1.0)
        await runner.setup()
        try:
            assert runner.server is not None
            listener = await self._listen()
            accepting = _Acceptor(loop, listener, self.gate.protocol_factory(runner.server))
            try:
                port = int(listener.getsockname()[1])
                accepting.resume()
                self.gate.start_sweeping()
                ready.set_result(port)
                await self._stop.wait()
            finally:
                self.gate.stop_sweeping()
                accepting.close()
                self.gate.close_all()
        finally:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(runner.cleanup(), 2.0)

    async def _listen(self) -> socket.socket:
        """The listening socket on ``host:port`` (non-blocking)."""
        assert self._loop is not None
        infos = await self._loop.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM,
                                             flags=socket.AI_PASSIVE)
        if not infos:
            raise OSError(f"cannot resolve {self.host!r}")
        family, kind, proto, _, address = infos[0]
        listener = socket.socket(family, kind, proto)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(address)
            listener.listen(self.backlog)
            listener.setblocking(False)
        except BaseException:
            listener.close()
            raise
        return listener


class _Acceptor:
    """Accepts connections on ``listener`` a few at a time (``ACCEPT_BATCH`` per turn of
    the loop, where asyncio's servers take up to the whole backlog at once), so the
    requests of connections already accepted are read between batches: a flood waiting
    in the kernel's backlog cannot push a probe's connection out before its request is
    read. When the process is out of descriptors it stops accepting for a second."""

    def __init__(self, loop: asyncio.AbstractEventLoop, listener: socket.socket,
                 factory: Callable[[], asyncio.Protocol]) -> None:
        self.loop = loop
        self.listener = listener
        self.factory = factory
        self._paused: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    def resume(self) -> None:
        self._paused = None
        self.loop.add_reader(self.listener.fileno(), self._accept)

    def close(self) -> None:
        if self._paused is not None:
            self._paused.cancel()
        with contextlib.suppress(ValueError, OSError):
            self.loop.remove_reader(self.listener.fileno())
        self.listener.close()
        for task in self._tasks:
            task.cancel()

    def _accept(self) -> None:
        for _ in range(ACCEPT_BATCH):
            try:
                conn, _ = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:  # EMFILE, ENFILE, ENOBUFS: let descriptors free up
                log.warning("health: cannot accept a connection (%s); pausing for 1 s",
                            error)
                self.loop.remove_reader(self.listener.fileno())
                self._paused = self.loop.call_later(1.0, self.resume)
                return
            conn.setblocking(False)
            task = self.loop.create_task(self._connect(conn))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _connect(self, conn: socket.socket) -> None:
        try:
            await self.loop.connect_accepted_socket(self.factory, conn)
        except OSError:
            conn.close()
