"""``Cache``: the actor in the infra supervisor that owns the cache service's lifecycle.

The ``CacheService`` itself is made once by the application tree and shared by every
actor that caches (dialogs, translator, sender, ...): they call it directly, not through
this actor's mailbox, because a cache lookup must not queue behind other lookups. The
actor's job is what needs a supervised task:

- ``started()``: PING Redis (``service.connect()``). It never fails to start because
  Redis is down: the service then simply starts in memory mode.
- a background task that calls ``service.probe()`` every ``probe_interval`` seconds while
  Redis is not primary, so Redis's return is noticed within about ``probe_interval`` of
  the breaker's ``reset_after`` and the outage's writes are written back.
- ``stopped()``: nothing; the tree closes the service (``aclose()``) at shutdown, after
  every actor that uses it has stopped.

If the probe task raises (a bug: the service never raises for Redis being down), the
incarnation crashes and its supervisor restarts it; the service, and memory's contents
with it, survive the restart.
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
