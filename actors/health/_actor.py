"""``HealthServer``: the actor in the ops supervisor that serves the HTTP endpoints.

``started()`` makes the ``HealthModel`` for the running system, starts counting the
system's lifecycle events and reading the app's gauges into ``metrics``, and binds the
aiohttp server on ``host:port``; ``stopped()`` closes the server and stops counting. A
failed bind (the port is taken) fails the start, so the supervisor retries with backoff.
Asyncio only (aiohttp).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import anyio
from aiohttp import web

from runtime import Actor, Exit, WallClock, system_clock

from ._metrics import Metrics
from ._server import CacheWarmer, WarmableApp, make_web_app
from ._status import HealthModel, Thresholds

__all__ = ["HealthServer"]

DISK_INTERVAL: Final = 5.0
"""Seconds between measurements of the spool's free disk space (``statvfs`` in a worker
thread; the endpoints read the last one)."""


class HealthServer(Actor):
    """Serves ``/health/live``, ``/health/ready``, ``/health``, ``/metrics`` and
    ``/admin/*`` for ``app`` on ``host:port``. ``token`` (None or empty: open) guards
    ``/metrics`` and ``/admin/*``; ``metrics`` is the app's ``Metrics`` (shared with the
    actors that count at the source)."""

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
    ) -> None:
        self._app = app
        self._clock = clock
        self._metrics = metrics
        self._host = host
        self._port = port
        self._token = token
        self._thresholds = thresholds
        self._poller = poller
        self._runner: web.AppRunner | None = None
        self._model: HealthModel | None = None
        self._unwatch: Callable[[], None] | None = None

    def __repr__(self) -> str:  # the token stays out of every repr
        return f"<HealthServer {self._host}:{self._port}>"

    async def started(self) -> None:
        system = self.ctx.system
        self._model = HealthModel(self._app, system, thresholds=self._thresholds,
                                  poller=self._poller, wall=self._clock)
        self._unwatch = self._metrics.watch(system)
        self._metrics.observe(self._app, self._model)
        self.ctx.start_soon(self._measure_disk, name="measure_disk")
        web_app = make_web_app(self._model, self._metrics, token=self._token,
                               warmer=CacheWarmer(self._app))
        self._runner = web.AppRunner(web_app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        self.ctx.log.info("health endpoints on http://%s:%d", self._host, self._port)

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
        if self._runner is not None:
            with anyio.CancelScope(shield=True), anyio.move_on_after(2.0):
                await self._runner.cleanup()
