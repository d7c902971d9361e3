"""Private PostgreSQL and Redis for the local modes: with no ``DATABASE_URL`` a cluster
under ./var/pg, with no ``REDIS_URL`` a redis-server under ./var/redis, when their
binaries are installed (``chaos.services`` starts them and kills them by PID)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncIterator
from typing import Any

import anyio

from config.settings import Settings


@contextlib.asynccontextmanager
async def embedded_servers(
    settings: Settings, *, enabled: bool, var: str = "var", redis: bool = True,
) -> AsyncIterator[dict[str, dict[str, Any]]]:
    """With no ``DATABASE_URL`` a private PostgreSQL cluster under ./var/pg,
    with no ``REDIS_URL`` a private redis-server under ./var/redis, when their binaries
    are installed; without them the spool alone and the memory cache. Yields the settings
    overrides that point the bot at them. Only servers this call started are stopped at
    the end (a ``backup`` next to a running bot must not stop the bot's database)."""
    extra: dict[str, dict[str, Any]] = {}
    async with contextlib.AsyncExitStack() as stack:
        # chaos.services only when a server is to be started: a bot given its URLs (a
        # deployment) never loads it (for memory)
        if enabled and settings.database.url is None:
            from chaos.services import PostgresServer

            pg = await _start_server(stack, PostgresServer(f"{var}/pg"), "PostgreSQL",
                                     "the spool alone")
            if pg is not None:
                extra["database"] = {"url": pg.dsn}
        if enabled and redis and settings.redis.url is None:
            from chaos.services import RedisServer

            server = await _start_server(
                stack, RedisServer(f"{var}/redis", appendonly=True, appendfsync="everysec"),
                "Redis", "the memory cache")
            if server is not None:
                extra["redis"] = {"url": server.url}
        yield extra


async def _start_server(
    stack: contextlib.AsyncExitStack, server: Any, what: str, instead: str,
) -> Any:
    """Start ``server`` unless it already runs (then it is used, never stopped); its
    ``stop`` goes on ``stack`` at once, shielded, so nothing we started outlives us."""
    from chaos.services import BinariesMissing, ServiceError

    try:
        if await anyio.to_thread.run_sync(server.is_running):
            return server
        await anyio.to_thread.run_sync(server.start)
    except BinariesMissing:
        print(f"({what} is not installed: using {instead})", file=sys.stderr)
        return None
    except ServiceError as error:
        print(f"({what} could not start: {error}; using {instead})", file=sys.stderr)
        return None

    async def stop() -> None:
        with anyio.CancelScope(shield=True), contextlib.suppress(ServiceError):
            await anyio.to_thread.run_sync(server.stop)

    stack.push_async_callback(stop)
    return server


