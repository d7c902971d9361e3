"""The cache's memory side on trio's virtual clock: the LRU + TTL store, and the service
with no Redis configured (a memory cache, which runs on trio too)."""

from __future__ import annotations

from typing import Any

import pytest
import trio

from actors.cache import CacheService, CacheState, MemoryStore, NotACounter

pytestmark = pytest.mark.trio


# -- MemoryStore ---------------------------------------------------------------------------


async def test_values_round_trip_and_missing_keys_read_none(autojump_clock: Any) -> None:
    store = MemoryStore(10)
    store.set("a", b"1")
    assert store.get("a") == b"1"
    assert store.get("b") is None
    assert store.delete("a")
    assert not store.delete("a")
    assert store.get("a") is None


async def test_the_least_recently_used_entry_is_evicted_beyond_the_bound(
    autojump_clock: Any,
) -> None:
    store = MemoryStore(3)
    for key in "abc":
        store.set(key, key.encode())
    assert store.get("a") == b"a"  # now b is the least recently used
    store.set("d", b"d")
    assert len(store) == 3
    assert store.get("b") is None
    assert [store.get(k) for k in "acd"] == [b"a", b"c", b"d"]
    assert store.evictions == 1


async def test_the_size_bound_holds_under_many_writes(autojump_clock: Any) -> None:
    store = MemoryStore(100)
    for i in range(1000):
        store.set(f"k{i}", b"x", ttl=None if i % 2 else 5.0)
        assert len(store) <= 100
    assert sorted(store) == sorted(f"k{i}" for i in range(900, 1000))


async def test_an_entry_expires_exactly_at_its_ttl(autojump_clock: Any) -> None:
    store = MemoryStore(10)
    store.set("a", b"1", ttl=30.0)
    store.set("forever", b"2")
    await trio.sleep(29.999)
    assert store.get("a") == b"1"
    assert store.ttl("a") == pytest.approx(0.001)
    await trio.sleep(0.001)
    assert store.get("a") is None
    assert store.get("forever") == b"2"
    assert store.ttl("forever") is None
    assert list(store) == ["forever"]


async def test_setting_again_replaces_the_ttl(autojump_clock: Any) -> None:
    store = MemoryStore(10)
    store.set("a", b"1", ttl=1.0)
    store.set("a", b"2")
    await trio.sleep(10)
    assert store.get("a") == b"2"
    store.set("a", b"3", ttl=0)  # an already expired SET removes the key, as in Redis
    assert store.get("a") is None


async def test_expired_entries_are_evicted_without_counting_as_evictions(
    autojump_clock: Any,
) -> None:
    store = MemoryStore(2)
    store.set("old", b"1", ttl=1.0)
    store.set("b", b"2")
    await trio.sleep(2)
    store.set("c", b"3")
    assert store.evictions == 0
    assert sorted(store) == ["b", "c"]


async def test_delete_prefix_removes_only_matching_live_keys(autojump_clock: Any) -> None:
    store = MemoryStore(10)
    for key in ("chat:1:state", "chat:1:lang", "chat:10:state", "chat:2:state"):
        store.set(key, b"v")
    store.set("chat:1:gone", b"v", ttl=1.0)
    await trio.sleep(1)
    assert sorted(store.delete_prefix("chat:1:")) == ["chat:1:lang", "chat:1:state"]
    assert sorted(store) == ["chat:10:state", "chat:2:state"]


async def test_incr_starts_at_one_with_the_ttl_and_keeps_it(autojump_clock: Any) -> None:
    store = MemoryStore(10)
    assert store.incr("n", ttl=10.0) == 1
    await trio.sleep(4)
    assert store.incr("n", ttl=10.0) == 2  # the window is fixed: the TTL is not renewed
    assert store.get("n") == b"2"
    assert store.ttl("n") == pytest.approx(6.0)
    await trio.sleep(6)
    assert store.incr("n", ttl=10.0) == 1


async def test_incr_counts_an_existing_decimal_value_and_refuses_other_values(
    autojump_clock: Any,
) -> None:
    store = MemoryStore(10)
    store.set("n", b"-5")
    assert store.incr("n") == -4
    store.set("s", b"abc")
    with pytest.raises(NotACounter):
        store.incr("s")
    store.set("e", b"")
    with pytest.raises(NotACounter):
        store.incr("e")


async def test_a_store_needs_room_for_one_entry(autojump_clock: Any) -> None:
    with pytest.raises(ValueError):
        MemoryStore(0)


# -- CacheService without Redis ------------------------------------------------------------


async def test_without_a_url_the_service_is_a_memory_cache(autojump_clock: Any) -> None:
    cache = CacheService(None, default_ttl=60.0)
    assert cache.state is CacheState.MEMORY
    assert not cache.has_redis
    await cache.set("a", b"1")
    await cache.set("b", b"2", ttl=5.0)
    assert await cache.incr("n") == 1
    assert await cache.get("a") == b"1"
    await trio.sleep(5)
    assert await cache.get("b") is None
    await trio.sleep(55)
    assert await cache.get("a") is None  # default_ttl
    assert (cache.stats.hits, cache.stats.misses, cache.stats.fallbacks) == (1, 2, 0)
    assert cache.dirty_count == 0  # nothing to write back without Redis
    assert not await cache.probe()
    assert not await cache.connect()
    await cache.aclose()
    assert cache.state is CacheState.MEMORY


async def test_keys_are_namespaced_and_delete_prefix_stays_inside_the_prefix(
    autojump_clock: Any,
) -> None:
    cache = CacheService(None, namespace="t")
    await cache.set("fam:1:child", b"x")
    await cache.set("fam:1:lang", b"ru")
    await cache.set("fam:12:lang", b"en")
    assert sorted(cache.memory) == ["t:fam:12:lang", "t:fam:1:child", "t:fam:1:lang"]
    await cache.delete_prefix("fam:1:")
    assert await cache.get("fam:1:lang") is None
    assert await cache.get("fam:12:lang") == b"en"
    await cache.delete("fam:12:lang", "missing")
    assert len(cache.memory) == 0


async def test_values_must_be_bytes_and_ttls_positive(autojump_clock: Any) -> None:
    cache = CacheService(None)
    with pytest.raises(TypeError):
        await cache.set("a", "text")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        await cache.set("a", b"x", ttl=0)
    await cache.set("a", bytearray(b"x"))  # type: ignore[arg-type]
    assert await cache.get("a") == b"x"


async def test_the_memory_bound_comes_from_memory_items(autojump_clock: Any) -> None:
    cache = CacheService(None, memory_items=2)
    for key in "abc":
        await cache.set(key, b"v")
    assert await cache.get("a") is None
    assert len(cache.memory) == 2



async def test_a_redis_url_under_trio_is_refused_clearly(autojump_clock: Any) -> None:
    cache = CacheService("redis://127.0.0.1:1/0")
    with pytest.raises(RuntimeError, match="asyncio backend"):
        await cache.get("k")
