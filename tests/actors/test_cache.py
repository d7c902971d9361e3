"""The Cache actor under a supervisor: it starts whether Redis is up or down, and its probe
task brings Redis back as primary after an outage, writing back what memory took.

Tests with a Redis are asyncio only (redis-py); the memory-only one runs on both backends.
"""

from __future__ import annotations

from collections.abc import Callable

import anyio
import pytest
from redis.asyncio import Redis

from actors.cache import Cache, CacheService, CacheState
from chaos.services import RedisServer, free_port
from runtime import ActorSystem
from supervisors import ChildSpec, supervisor_spec, which_children, worker

pytestmark = pytest.mark.anyio


def make_cache(url: str | None) -> CacheService:
    return CacheService(
        url, socket_timeout=0.2, connect_timeout=0.3, breaker_reset=0.3, probe_interval=0.05
    )


def infra(service: CacheService) -> ChildSpec:
    return supervisor_spec("infra", [worker("cache", lambda: Cache(service))])


async def wait_for_state(service: CacheService, state: CacheState, limit: float = 5.0) -> None:
    with anyio.fail_after(limit):
        while service.state is not state:
            await anyio.sleep(0.01)


@pytest.mark.asyncio_only
async def test_the_actor_starts_with_redis_up_and_redis_is_primary(redis_url: str) -> None:
    service = make_cache(redis_url)
    try:
        async with ActorSystem.start(infra(service)) as system:
            assert service.state is CacheState.REDIS
            assert service.stats.redis_errors == 0
            [child] = await which_children(system.ref("infra"))
            assert (child.id, child.restarts) == ("cache", 0)
    finally:
        await service.aclose()


@pytest.mark.asyncio_only
async def test_the_actor_starts_with_redis_down_and_its_probe_brings_redis_back(
    redis_instance_factory: Callable[..., RedisServer],
) -> None:
    port = free_port()
    service = make_cache(f"redis://127.0.0.1:{port}/0")
    try:
        async with ActorSystem.start(infra(service)) as system:
            assert service.state is CacheState.MEMORY
            await service.set("during", b"written while Redis was down")
            await anyio.sleep(0.2)  # probes keep failing; nothing crashes
            assert service.state is CacheState.MEMORY
            assert service.stats.probes >= 2
            [child] = await which_children(system.ref("infra"))
            assert child.restarts == 0

            server = redis_instance_factory(port=port)
            await wait_for_state(service, CacheState.REDIS)
            peek = Redis.from_url(server.url)
            assert await peek.get("fe:during") == b"written while Redis was down"
            await peek.aclose()
    finally:
        await service.aclose()


@pytest.mark.asyncio_only
async def test_after_a_sigkill_and_restart_the_actor_makes_redis_primary_again(
    redis_instance_factory: Callable[..., RedisServer],
) -> None:
    server = redis_instance_factory()
    service = make_cache(server.url)
    try:
        async with ActorSystem.start(infra(service)):
            await service.set("before", b"1")
            server.kill()
            assert await service.get("before") == b"1"
            await service.set("during", b"2")
            assert service.state is CacheState.MEMORY
            await anyio.to_thread.run_sync(server.start)
            await wait_for_state(service, CacheState.REDIS)
            peek = Redis.from_url(server.url)
            assert await peek.get("fe:during") == b"2"
            await peek.aclose()
    finally:
        await service.aclose()


async def test_without_redis_the_actor_runs_a_memory_cache() -> None:
    service = make_cache(None)
    async with ActorSystem.start(infra(service)) as system:
        await service.set("k", b"v")
        assert await system.ref("cache").ask("a stray message") is None  # ignored
        await anyio.sleep(0.2)
        assert await service.get("k") == b"v"
        assert service.state is CacheState.MEMORY
        assert service.stats.probes == 0
    await service.aclose()
