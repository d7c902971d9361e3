"""``Cache``: the actor in the infra supervisor that owns the cache service's lifecycle.

The shared ``CacheService`` is called directly by every actor that caches, never through
this mailbox; the actor connects it at start (never failing because Redis is down) and
runs the task that probes Redis while it is not primary. A crash of that task restarts
the actor; the service and memory's contents survive. See docs/cache.md, section "The
actor".
"""

from __future__ import annotations

from typing import Any

import anyio

from runtime import Actor

from ._service import CacheService, CacheState

__all__ = ["Cache"]


class Cache(Actor):
    """Connects the shared ``service`` at start and keeps probing Redis while it is not
    primary. It takes no messages: anything sent to it is logged and ignored."""

    def __init__(self, service: CacheService) -> None:
        self._service = service

    async def started(self) -> None:
        primary = await self._service.connect()
        if not primary and self._service.has_redis:
            self.ctx.log.warning("redis is not answering: the cache starts in memory mode")
        if self._service.has_redis:
            self.ctx.start_soon(self._probe_forever, name="probe")

    async def receive(self, message: Any) -> None:
        self.ctx.log.warning("cache ignores %s", type(message).__name__)

    async def _probe_forever(self) -> None:
        service = self._service
        while True:
            await anyio.sleep(service.probe_interval)
            if service.state is not CacheState.REDIS:
                await service.probe()
