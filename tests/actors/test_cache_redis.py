"""CacheService against real private redis-servers (chaos/services.py): round trips,
a SIGKILLed Redis (memory from the very next call, write-back after the restart), a
SIGSTOPped one (calls time out and fall back, the breaker opens, the probe brings Redis
back), a Redis that refuses writes (write-back fails, memory stays the truth).

asyncio only: redis-py is an asyncio library. Timeouts and the breaker's open period are
small so every outage resolves in well under a second or two.
"""

from __future__ import annotations

import os
import signal
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio
import pytest
from redis.asyncio import Redis

from actors.breaker import BreakerState
from actors.cache import CacheService, CacheState, NotACounter
from chaos.services import RedisServer, free_port

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

RESET = 0.3  # breaker_reset in these tests


def make_cache(url: str, **kwargs: Any) -> CacheService:
    settings: dict[str, Any] = {
        "socket_timeout": 0.2,
        "connect_timeout": 0.3,
        "breaker_reset": RESET,
        "probe_interval": 0.05,
    }
    settings.update(kwargs)
    return CacheService(url, **settings)


@pytest.fixture
async def cache(redis_url: str) -> AsyncIterator[CacheService]:
    service = make_cache(redis_url)
    yield service
    await service.aclose()


@pytest.fixture
async def peek(redis_url: str) -> AsyncIterator[Redis]:
    """A separate client on the test's database, to see what is really in Redis."""
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


def breaker_state(cache: CacheService) -> BreakerState:
    return cache.breaker.state


async def until_primary(cache: CacheService, limit: float = 5.0) -> None:
    """Probe the way the Cache actor does until Redis is primary (fails after ``limit``)."""
    with anyio.fail_after(limit):
        while not await cache.probe():
            await anyio.sleep(cache.probe_interval)
    assert cache.state is CacheState.REDIS


# -- round trips ---------------------------------------------------------------------------


async def test_set_get_delete_round_trip_through_redis(
    cache: CacheService, peek: Redis
) -> None:
    await cache.set("chat:1", b"\x00state\xff")
    assert await peek.get("fe:chat:1") == b"\x00state\xff"
    assert await peek.pttl("fe:chat:1") == -1
    assert await cache.get("chat:1") == b"\x00state\xff"
    await cache.delete("chat:1", "missing")
    assert await peek.exists("fe:chat:1") == 0
    assert await cache.get("chat:1") is None
    assert (cache.stats.hits, cache.stats.misses, cache.stats.fallbacks) == (1, 1, 0)
    assert cache.state is CacheState.REDIS


async def test_a_ttl_is_set_in_redis_and_default_ttl_applies(
    redis_url: str, peek: Redis
) -> None:
    cache = make_cache(redis_url, default_ttl=100.0)
    try:
        await cache.set("short", b"1", ttl=10.0)
        await cache.set("default", b"2")
        assert 9_000 < await peek.pttl("fe:short") <= 10_000
        assert 99_000 < await peek.pttl("fe:default") <= 100_000
    finally:
        await cache.aclose()


async def test_reads_come_from_redis_and_warm_memory_with_the_ttl(
    cache: CacheService, peek: Redis
) -> None:
    await peek.set("fe:profile:7", b"from-redis", px=20_000)
    assert await cache.get("profile:7") == b"from-redis"
    ttl = cache.memory.ttl("fe:profile:7")
    assert ttl is not None
    assert 19.0 < ttl <= 20.0
    await peek.delete("fe:profile:7")
    assert await cache.get("profile:7") is None  # Redis is the truth while primary
    assert cache.memory.get("fe:profile:7") is None


async def test_writes_go_through_to_memory(cache: CacheService) -> None:
    await cache.set("a", b"1", ttl=30.0)
    assert cache.memory.get("fe:a") == b"1"
    await cache.delete("a")
    assert cache.memory.get("fe:a") is None


async def test_delete_prefix_erases_a_familys_keys_in_redis_and_memory(
    cache: CacheService, peek: Redis
) -> None:
    await cache.set("fam:1:lang", b"ru")
    await peek.set("fe:fam:1:child", b"never read by this cache")
    await peek.set("fe:fam:1*", b"a glob character in a key")
    await cache.set("fam:12:lang", b"en")
    await peek.set("other:fam:1:x", b"outside the namespace")
    await cache.delete_prefix("fam:1:")
    assert sorted(await peek.keys("*")) == [b"fe:fam:1*", b"fe:fam:12:lang", b"other:fam:1:x"]
    assert cache.memory.get("fe:fam:1:lang") is None
    await cache.delete_prefix("fam:1*")  # a literal "*", not a glob
    assert sorted(await peek.keys("*")) == [b"fe:fam:12:lang", b"other:fam:1:x"]


async def test_delete_prefix_walks_every_scan_page(cache: CacheService, peek: Redis) -> None:
    await peek.mset({f"fe:big:{i}": b"v" for i in range(1200)})
    await cache.delete_prefix("big:")
    assert await peek.dbsize() == 0


async def test_incr_counts_in_redis_with_a_fixed_window(
    cache: CacheService, peek: Redis
) -> None:
    assert await cache.incr("rate:1", ttl=60.0) == 1
    await peek.pexpire("fe:rate:1", 30_000)  # the window has run for 30 s
    assert await cache.incr("rate:1", ttl=60.0) == 2
    assert await peek.get("fe:rate:1") == b"2"
    assert 29_000 < await peek.pttl("fe:rate:1") <= 30_000  # not renewed
    assert cache.memory.get("fe:rate:1") == b"2"
    assert await cache.incr("plain") == 1
    assert await peek.pttl("fe:plain") == -1


async def test_incr_on_a_non_counter_raises_and_is_no_redis_failure(
    cache: CacheService,
) -> None:
    await cache.set("s", b"text")
    with pytest.raises(NotACounter):
        await cache.incr("s")
    assert cache.state is CacheState.REDIS
    assert cache.breaker.failure_count == 0


async def test_connect_says_whether_redis_answers(redis_url: str) -> None:
    up = make_cache(redis_url)
    down = make_cache(f"redis://127.0.0.1:{free_port()}/0")
    try:
        assert await up.connect()
        assert not await down.connect()
        assert down.state is CacheState.MEMORY
    finally:
        await up.aclose()
        await down.aclose()


async def test_the_client_gives_its_version_without_deprecated_arguments(
    cache: CacheService,
) -> None:
    """The client hands redis-py its version through ``driver_info`` (so no new connection
    reads the package metadata from disk), not through the ``lib_version`` argument that
    redis-py deprecates: connecting and a round trip raise no deprecation warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        await cache.set("fe:test:named", b"1")
        assert await cache.get("fe:test:named") == b"1"


# -- a killed Redis ------------------------------------------------------------------------


@pytest.fixture
def killable(redis_instance_factory: Callable[..., RedisServer]) -> RedisServer:
    """A private Redis with an AOF fsynced on every write: after SIGKILL and restart it
    still has what it had, so stale values and deletions during the outage matter."""
    return redis_instance_factory(appendonly=True, appendfsync="always")


async def test_a_killed_redis_is_invisible_and_the_outage_is_written_back(
    killable: RedisServer,
) -> None:
    cache = make_cache(killable.url)
    peek = Redis.from_url(killable.url)
    try:
        await cache.set("before", b"written before the kill", ttl=60.0)
        await cache.set("doomed", b"deleted during the outage")
        await cache.set("fam:1:lang", b"ru")
        await cache.set("fam:1:child", b"erased by /delete during the outage")
        assert await cache.incr("rate", ttl=60.0) == 1
        killable.kill()

        # The very next call answers from memory, with the key written through before.
        assert await cache.get("before") == b"written before the kill"
        assert cache.state is CacheState.MEMORY
        assert cache.stats.fallbacks == 1
        await cache.set("during", b"written during the outage", ttl=30.0)
        await cache.delete("doomed")
        await cache.delete_prefix("fam:1:")
        await cache.set("fam:1:lang", b"en")  # after the prefix deletion: must survive
        assert await cache.incr("rate", ttl=60.0) == 2
        assert await cache.get("during") == b"written during the outage"
        assert not await cache.probe()

        killable.start()  # same port, same AOF: Redis has the pre-kill values
        await until_primary(cache)

        assert await peek.get("fe:during") == b"written during the outage"
        assert 29_000 < await peek.pttl("fe:during") <= 30_000
        assert await peek.exists("fe:doomed") == 0
        assert await peek.get("fe:fam:1:lang") == b"en"
        assert await peek.exists("fe:fam:1:child") == 0
        assert await peek.get("fe:rate") == b"2"
        assert await peek.pttl("fe:rate") > 0
        assert cache.dirty_count == 0
        assert cache.stats.writebacks == 5  # during, doomed, fam:1:lang, rate + the prefix
        await peek.set("fe:during", b"changed in redis")
        assert await cache.get("during") == b"changed in redis"  # reads are on Redis again
    finally:
        await cache.aclose()
        await peek.aclose()


async def test_a_redis_that_was_never_up_is_primary_once_it_starts(
    redis_instance_factory: Callable[..., RedisServer],
) -> None:
    port = free_port()
    cache = make_cache(f"redis://127.0.0.1:{port}/0")
    try:
        assert not await cache.connect()
        await cache.set("k", b"v")
        assert await cache.incr("n") == 1
        server = redis_instance_factory(port=port)
        await until_primary(cache)
        peek = Redis.from_url(server.url)
        assert await peek.get("fe:k") == b"v"
        assert await peek.get("fe:n") == b"1"
        await peek.aclose()
    finally:
        await cache.aclose()


async def test_dirty_keys_beyond_the_bound_are_dropped_oldest_first(
    redis_instance_factory: Callable[..., RedisServer], caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    cache = make_cache(f"redis://127.0.0.1:{port}/0", dirty_items=2)
    try:
        await cache.connect()
        for key in ("a", "b", "c"):
            await cache.set(key, b"v")
        assert cache.stats.dirty_dropped == 1
        assert "forgotten" in caplog.text
        server = redis_instance_factory(port=port)
        await until_primary(cache)
        peek = Redis.from_url(server.url)
        assert sorted(await peek.keys("*")) == [b"fe:b", b"fe:c"]
        await peek.aclose()
    finally:
        await cache.aclose()


async def test_keys_written_while_recovering_are_written_back_too(
    redis_instance_factory: Callable[..., RedisServer],
) -> None:
    port = free_port()
    cache = make_cache(f"redis://127.0.0.1:{port}/0")
    try:
        await cache.connect()
        await cache.set("outage", b"1")
        seen: list[CacheState] = []
        async with anyio.create_task_group() as tg:

            def on_change(_: CacheService, old: CacheState, new: CacheState) -> None:
                seen.append(new)
                if new is CacheState.RECOVERING:
                    # These run while the first write-back batch (with "outage" = 1) is
                    # in flight: memory is still the truth, and both must reach Redis.
                    tg.start_soon(cache.set, "late", b"2")
                    tg.start_soon(cache.set, "outage", b"3")

            cache.add_listener(on_change)
            server = redis_instance_factory(port=port)
            await until_primary(cache)
        assert seen == [CacheState.RECOVERING, CacheState.REDIS]
        peek = Redis.from_url(server.url)
        assert await peek.mget("fe:outage", "fe:late") == [b"3", b"2"]
        await peek.aclose()
    finally:
        await cache.aclose()


# -- a stopped (unresponsive) Redis --------------------------------------------------------


@pytest.fixture
def stoppable(redis_instance_factory: Callable[..., RedisServer]) -> Iterator[RedisServer]:
    server = redis_instance_factory()
    yield server
    pid = server.pid
    if pid is not None:
        os.kill(pid, signal.SIGCONT)  # never leave a frozen server behind


async def test_an_unresponsive_redis_times_out_falls_back_opens_the_breaker_and_recovers(
    stoppable: RedisServer,
) -> None:
    cache = make_cache(stoppable.url)
    peek = Redis.from_url(stoppable.url)
    try:
        await cache.set("warm", b"before the freeze")
        pid = stoppable.pid
        assert pid is not None
        os.kill(pid, signal.SIGSTOP)

        with anyio.fail_after(3):  # guards against a hang; no timing is asserted
            assert await cache.get("warm") == b"before the freeze"
        assert cache.state is CacheState.MEMORY
        assert (cache.stats.redis_errors, cache.breaker.failure_count) == (1, 1)

        # Two more failures (the probes) open the breaker...
        assert not await cache.probe()
        assert not await cache.probe()
        assert breaker_state(cache) is BreakerState.OPEN
        assert cache.stats.redis_errors == 3
        # ...and then no user call reaches Redis until the open period is over; only the
        # probe's health PING does (and fails: no half-open probe is spent on it).
        await cache.set("frozen", b"written while frozen")
        assert await cache.get("frozen") == b"written while frozen"
        assert cache.stats.redis_errors == 3
        assert not await cache.probe()
        assert cache.stats.redis_errors == 4
        assert cache.stats.probes == 2
        assert breaker_state(cache) is BreakerState.OPEN

        os.kill(pid, signal.SIGCONT)
        await until_primary(cache)
        assert await peek.get("fe:frozen") == b"written while frozen"
        assert breaker_state(cache) is BreakerState.CLOSED
    finally:
        await cache.aclose()
        await peek.aclose()


async def test_a_long_open_period_does_not_delay_recovery_once_redis_answers(
    stoppable: RedisServer,
) -> None:
    cache = make_cache(stoppable.url, breaker_reset=30.0)
    peek = Redis.from_url(stoppable.url)
    try:
        pid = stoppable.pid
        assert pid is not None
        os.kill(pid, signal.SIGSTOP)
        await cache.set("during", b"the outage")  # first failure: memory
        assert not await cache.probe()
        assert not await cache.probe()
        assert breaker_state(cache) is BreakerState.OPEN
        assert cache.breaker.retry_after() > 25
        os.kill(pid, signal.SIGCONT)
        await until_primary(cache, limit=3.0)  # not 30 s: the health PING ended the period
        assert await peek.get("fe:during") == b"the outage"
    finally:
        await cache.aclose()
        await peek.aclose()


# -- a Redis that answers but refuses writes -----------------------------------------------


async def test_a_failed_write_back_leaves_memory_the_truth_until_redis_takes_writes(
    cache: CacheService, peek: Redis
) -> None:
    await cache.set("a", b"1")
    await peek.config_set("maxmemory", "1")  # noeviction: every write is refused (OOM)
    try:
        await cache.set("a", b"2")  # refused by Redis: answered by memory
        assert cache.state is CacheState.MEMORY
        assert await cache.get("a") == b"2"
        assert not await cache.probe()  # PING works, the write-back does not
        assert cache.state is CacheState.MEMORY
        assert cache.dirty_count == 1
        assert await peek.get("fe:a") == b"1"
    finally:
        await peek.config_set("maxmemory", "0")
    await until_primary(cache)
    assert await peek.get("fe:a") == b"2"
