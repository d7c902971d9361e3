"""A real private PostgreSQL and Redis (tests/conftest.py) reached through chaos.faultproxy:
latency added while a client's connection is open slows its next query by at least that
much, and removing it makes the same connection fast again.

asyncio only: asyncpg and redis-py's asyncio client.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable
from urllib.parse import urlsplit, urlunsplit

import anyio
import asyncpg  # type: ignore[import-untyped]
import pytest
import redis.asyncio

from chaos.faultproxy import FaultProxy
from chaos.services import PostgresServer, RedisServer

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

HOST = "127.0.0.1"


def through(url: str, port: int) -> str:
    """``url`` with its port replaced: what DATABASE_URL or REDIS_URL becomes."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    where = f"{HOST}:{port}"
    return urlunsplit(parts._replace(netloc=f"{netloc[0]}@{where}" if len(netloc) == 2
                                     else where))


@pytest.fixture
async def fp() -> AsyncIterator[FaultProxy]:
    async with FaultProxy(port=None, seed=1) as proxy:
        yield proxy


async def timed(call: Awaitable[object]) -> float:
    start = time.perf_counter()
    await call
    return time.perf_counter() - start


async def test_postgres_through_the_proxy_slows_by_the_latency_and_recovers(
    fp: FaultProxy, pg_server: PostgresServer, pg_dsn: str
) -> None:
    proxy = await fp.create_proxy("postgres", upstream=f"{HOST}:{pg_server.port}")
    with anyio.fail_after(30):
        conn = await asyncpg.connect(through(pg_dsn, proxy.listen_port))
        try:
            await conn.execute("CREATE TABLE t (n int); INSERT INTO t VALUES (1)")
            before = min([await timed(conn.fetchval("SELECT n FROM t")) for _ in range(3)])

            await fp.add_toxic("postgres", "latency", attributes={"latency": 150})
            lagged = await timed(conn.fetchval("SELECT n FROM t"))
            await fp.remove_toxic("postgres", "latency_downstream")
            after = min([await timed(conn.fetchval("SELECT n FROM t")) for _ in range(3)])
        finally:
            await conn.close()

    assert before < 0.05
    assert 0.150 <= lagged < 0.250, f"query took {lagged * 1000:.1f} ms"
    assert after < 0.05


async def test_redis_through_the_proxy_slows_by_the_latency_and_recovers(
    fp: FaultProxy, redis_server: RedisServer, redis_url: str
) -> None:
    proxy = await fp.create_proxy("redis", upstream=f"{HOST}:{redis_server.port}")
    with anyio.fail_after(30):
        client = redis.asyncio.Redis.from_url(through(redis_url, proxy.listen_port))
        try:
            await client.set("k", "v")
            before = min([await timed(client.get("k")) for _ in range(3)])

            await fp.add_toxic("redis", "latency", stream="upstream",
                               attributes={"latency": 150})
            lagged = await timed(client.get("k"))
            await fp.remove_toxic("redis", "latency_upstream")
            after = min([await timed(client.get("k")) for _ in range(3)])
        finally:
            await client.aclose()

    assert before < 0.05
    assert 0.150 <= lagged < 0.250, f"GET took {lagged * 1000:.1f} ms"
    assert after < 0.05
