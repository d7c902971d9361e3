"""``HealthServer``: the actor in the ops supervisor that serves the HTTP endpoints.

``started()`` makes the ``HealthModel`` for the running system, starts counting the
system's lifecycle events and reading the app's gauges into ``metrics``, publishes a
first snapshot and keeps publishing (``Publisher``), and starts the health thread, which
binds the aiohttp server on ``host:port``; ``stopped()`` stops the thread and the
counting. A failed bind (the port is taken) fails the start, so the supervisor retries
with backoff. Asyncio only (aiohttp).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

import anyio

from runtime import Actor, Exit, WallClock, system_clock

from ._board import ProbeBoard
from ._fast import FastProbes
from ._metrics import Metrics
from ._published import Published, Publisher
from ._server import STALE_AFTER, CacheWarmer, WarmableApp, make_web_app
from ._status import HealthModel, Thresholds
from ._thread import (
    FD_RESERVE,
    IDLE_TIMEOUT,
    MAX_CONNECTIONS,
    BotCalls,
    ConnectionGate,
    HealthThread,
    connection_cap,
    open_descriptors,
)

__all__ = ["HealthServer"]

DISK_INTERVAL: Final = 5.0
"""Seconds between measurements of the spool's free disk space (``statvfs`` in a worker
thread; the endpoints read the last one)."""


class HealthServer(Actor):
    """Serves ``/health/live``, ``/health/ready``, ``/health``, ``/metrics`` and
    ``/admin/*`` for ``app`` on ``host:port`` (0: a free port, then ``port`` is the one
    bound). ``token`` (None or empty: open) guards ``/metrics`` and ``/admin/*``;
    ``metrics`` is the app's ``Metrics`` (shared with the actors that count at the
    source).

    The limits (docs/health.md, section "Threads"): a snapshot every ``publish_interval``
    seconds; ``/health/live`` 503 when none came for ``stale_after``; at most
    ``max_connections`` connections, fewer when ``RLIMIT_NOFILE`` leaves less than
    ``fd_reserve`` descriptors for the rest of the bot; ``idle_timeout`` seconds for a
    connection to send a whole request. ``fast_probes`` (the default) answers
    ``/health/live`` and ``/health/ready`` from pre-rendered bytes before aiohttp
    (``_fast``); off, aiohttp answers them too (benchmarks compare the two).
    ``probe_port`` (None: none) starts the probe process: the two probes on a port of
    their own, answered by a small process from a shared board (``_board``,
    ``_probe_process``), so neither the GIL nor the bot's garbage collections delay them."""

    def __init__(
        self,
        app: WarmableApp,
        metrics: Metrics,
        *,
        host: str = "127.0.0.1",
        port: int = 8080,
        token: str | None = None,
        thresholds: Thresholds | None = None,
        poller: str = "telegram_poller",
        clock: WallClock = system_clock,
        publish_interval: float = 0.1,
        stale_after: float = STALE_AFTER,
        max_connections: int = MAX_CONNECTIONS,
        fd_reserve: int = FD_RESERVE,
        idle_timeout: float = IDLE_TIMEOUT,
        fast_probes: bool = True,
        probe_port: int | None = None,
    ) -> None:
        self._app = app
        self._clock = clock
        self._metrics = metrics
        self._host = host
        self._port = port
        self._token = token
        self._thresholds = thresholds
        self._poller = poller
        self._publish_interval = publish_interval
        self._stale_after = stale_after
        self._max_connections = max_connections
        self._fd_reserve = fd_reserve
        self._idle_timeout = idle_timeout
        self._fast_probes = fast_probes
        self._probe_port = probe_port
        self._board: ProbeBoard | None = None
        self._probe_process: subprocess.Popen[bytes] | None = None
        self.probe_port: int | None = None
        """The probe process's port once bound (None: no probe process)."""
        self._thread: HealthThread | None = None
        self._model: HealthModel | None = None
        self._unwatch: Callable[[], None] | None = None
        self._published: Published | None = None

    def __repr__(self) -> str:  # the token stays out of every repr
        return f"<HealthServer {self._host}:{self._port}>"

    async def started(self) -> None:
        system = self.ctx.system
        self._model = HealthModel(self._app, system, thresholds=self._thresholds,
                                  poller=self._poller, wall=self._clock)
        self._unwatch = self._metrics.watch(system)
        self._metrics.observe(self._app, self._model)
        self.ctx.start_soon(self._measure_disk, name="measure_disk")
        settings = self._app.settings
        publisher = Publisher(
            self._model, self._metrics, self._set_published, interval=self._publish_interval,
            backup_dir=settings.scheduler.backup_dir if self._app.dsn is not None else None,
            wall=self._clock)
        publisher.publish()  # the first snapshot is there before the first request
        self.ctx.start_soon(publisher.run, name="publish")
        calls = BotCalls()
        self.ctx.start_soon(calls.serve, name="admin_calls")
        in_use = await anyio.to_thread.run_sync(open_descriptors)
        fast = (FastProbes(self._get_published, self._metrics, stale_after=self._stale_after)
                if self._fast_probes else None)
        gate = ConnectionGate(connection_cap(reserve=self._fd_reserve, in_use=in_use,
                                             max_connections=self._max_connections),
                              self._metrics, idle_timeout=self._idle_timeout, fast=fast)
        web_app = make_web_app(self._model, self._metrics, self._get_published, calls,
                               token=self._token, warmer=CacheWarmer(self._app), gate=gate,
                               stale_after=self._stale_after)
        self._thread = HealthThread(web_app, self._host, self._port, gate=gate)
        self._port = await anyio.to_thread.run_sync(self._thread.start)
        if self._probe_port is not None:
            self._board = await anyio.to_thread.run_sync(ProbeBoard)
            self._set_published(publisher.publish())  # on the board before it starts
            self.probe_port = await anyio.to_thread.run_sync(self._start_probe_process,
                                                             self._probe_port)
            self.ctx.log.info("health probes also on http://%s:%d (a process of its own)",
                              self._host, self.probe_port)
        self.ctx.log.info("health endpoints on http://%s:%d (own thread; at most %d "
                          "connections)", self._host, self._port, gate.cap)

    def _set_published(self, snapshot: Published) -> None:
        self._published = snapshot  # one reference: the health thread reads it whole
        if self._board is not None:
            self._board.publish(snapshot.at, (snapshot.live_status, snapshot.live_body),
                                (200 if snapshot.ready else 503, snapshot.ready_body))

    def _start_probe_process(self, port: int) -> int:
        """Start the probe process on ``port`` (blocking: a worker thread); the port it
        bound. Raises ``OSError`` when it does not start (the port is taken)."""
        assert self._board is not None
        script = Path(__file__).with_name("_probe_process.py")
        process = subprocess.Popen(
            [sys.executable, "-I", "-S", str(script), str(self._board.path), self._host,
             str(port), str(self._stale_after), str(os.getpid())],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
        assert process.stdout is not None
        line = process.stdout.readline().decode(errors="replace").split()
        if len(line) != 2 or line[0] != "ready":
            process.kill()
            process.wait()
            raise OSError(f"the probe process did not start on {self._host}:{port}")
        self._probe_process = process
        return int(line[1])

    def _stop_probe_process(self) -> None:
        process, self._probe_process = self._probe_process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(2.0)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()

    def _get_published(self) -> Published | None:
        return self._published

    async def _measure_disk(self) -> None:
        while True:
            try:
                await self._app.spool.measure_free_bytes()
            except OSError as error:  # the last reading stands
                self.ctx.log.warning("health: cannot measure the spool's free space: %s", error)
            await anyio.sleep(DISK_INTERVAL)

    async def stopped(self, exit: Exit) -> None:
        if self._unwatch is not None:
            self._unwatch()
        if self._model is not None:
            self._model.close()
        if self._thread is not None:
            thread, self._thread = self._thread, None
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(thread.stop)
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(self._stop_probe_process)
        if self._board is not None:
            board, self._board = self._board, None
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(board.close)
