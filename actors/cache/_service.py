"""``CacheService``: Redis as the primary store, behind a circuit breaker, with an
in-memory LRU + TTL store that takes over on the first failure.

It holds conversation state, the translation cache, the profile cache and rate-limit
counters, and no call raises for a Redis outage: a failed Redis call is answered from
memory, and so is every call after it until ``probe()`` finds Redis back and the keys
written meanwhile are written back (states ``REDIS``, ``MEMORY``, ``RECOVERING``). Every
Redis call runs under a deadline on a client with retries off, and a failed call throws
its client away. See docs/cache.md, section "The service".
"""

from __future__ import annotations

import collections
import contextlib
import enum
import itertools
import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Final, TypeVar

import anyio
import redis
import sniffio
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.driver_info import DriverInfo
from redis.exceptions import DataError, RedisError, ResponseError

from actors.breaker import CircuitBreaker

from ._errors import CacheError, NotACounter
from ._memory import MemoryStore

__all__ = ["CacheService", "CacheState", "CacheStateListener", "CacheStats"]

log: Final = logging.getLogger(__name__)

BREAKER_NAME: Final = "redis"
WRITE_BACK_BATCH: Final = 200  # commands per pipeline: one round trip, one deadline each
SCAN_COUNT: Final = 500

T = TypeVar("T")
Op = Callable[[Redis], Awaitable[T]]


class CacheState(enum.StrEnum):
    """Where the cache reads from; the value is the name used in health and metrics."""

    REDIS = "redis"  # Redis is primary; memory is a write-through copy of the keys in use
    MEMORY = "memory"  # Redis failed (or none is configured): memory serves everything
    RECOVERING = "recovering"  # Redis answered a probe; dirty keys are being written back


CacheStateListener = Callable[["CacheService", CacheState, CacheState], None]
"""``listener(service, old, new)``: called synchronously on every state change."""


@dataclass
class CacheStats:
    """Counters since the service was made (for health and metrics)."""

    hits: int = 0  # get() found a value (in Redis or in memory)
    misses: int = 0  # get() found nothing
    fallbacks: int = 0  # calls answered from memory although a Redis URL is configured
    writebacks: int = 0  # dirty keys and deleted prefixes written back to Redis
    redis_errors: int = 0  # Redis calls that failed (user calls, probes, write-backs)
    probes: int = 0  # probe PINGs that reached Redis
    dirty_dropped: int = 0  # dirty keys forgotten because more than dirty_items piled up


class _Unavailable(Exception):
    """Internal: Redis did not serve this call (it failed, or the breaker refused it)."""


class CacheService:
    """The cache (docs/cache.md). ``url=None``: memory only, forever, and trio works too
    (redis-py is asyncio-only). Keys are namespaced (``fe:<key>``); values are bytes;
    counters are decimal integers stored as bytes, as Redis stores them.

    Timeouts are seconds: ``socket_timeout`` per read or write, ``connect_timeout`` per
    connect. ``breaker_failures`` consecutive failures open the breaker for
    ``breaker_reset`` seconds. ``memory_items`` bounds the memory store (LRU beyond it),
    ``dirty_items`` (default: ``memory_items``) the keys remembered for write-back.
    ``default_ttl`` applies to ``set``/``incr`` without ``ttl`` (None: no expiry).
    ``clock`` drives TTLs and the breaker.
    """

    def __init__(
        self,
        url: str | None,
        *,
        namespace: str = "fe",
        socket_timeout: float = 0.25,
        connect_timeout: float = 0.5,
        breaker_failures: int = 3,
        breaker_reset: float = 30.0,
        probe_interval: float = 1.0,
        memory_items: int = 100_000,
        dirty_items: int | None = None,
        default_ttl: float | None = None,
        clock: Callable[[], float] = anyio.current_time,
    ) -> None:
        for name, value in (
            ("socket_timeout", socket_timeout),
            ("connect_timeout", connect_timeout),
            ("probe_interval", probe_interval),
        ):
            if value <= 0:
                raise ValueError(f"{name} must be > 0, not {value}")
        if default_ttl is not None and default_ttl <= 0:
            raise ValueError(f"default_ttl must be > 0 or None, not {default_ttl}")
        self._url = url  # may hold a password: never logged, never in a repr
        self.namespace = namespace
        self.socket_timeout = socket_timeout
        self.connect_timeout = connect_timeout
        self.probe_interval = probe_interval
        self.default_ttl = default_ttl
        self.dirty_items = memory_items if dirty_items is None else dirty_items
        if self.dirty_items < 1:
            raise ValueError(f"dirty_items must be >= 1, not {self.dirty_items}")
        self.breaker = CircuitBreaker(
            BREAKER_NAME, failures=breaker_failures, reset_after=breaker_reset, clock=clock
        )
        self.stats = CacheStats()
        self._clock = clock
        self._memory = MemoryStore(memory_items, clock=clock)
        self._state = CacheState.REDIS if url is not None else CacheState.MEMORY
        self._listeners: list[CacheStateListener] = []
        self._client: Redis | None = None
        self._closed = False
        self._probing = False
        self._seq = itertools.count()
        # key → sequence number of its last change: a write-back forgets a key only if it
        # did not change again while its SET was in flight.
        self._dirty: collections.OrderedDict[str, int] = collections.OrderedDict()
        self._dirty_prefixes: collections.OrderedDict[str, int] = collections.OrderedDict()

    def __repr__(self) -> str:
        return f"<CacheService {self._state.value} ns={self.namespace!r}>"

    # -- reading its state -----------------------------------------------------------------

    @property
    def state(self) -> CacheState:
        return self._state

    @property
    def has_redis(self) -> bool:
        """True when a Redis URL is configured (else this is a memory cache)."""
        return self._url is not None

    @property
    def memory(self) -> MemoryStore:
        """The in-memory store (full, namespaced keys); for health and tests."""
        return self._memory

    @property
    def dirty_count(self) -> int:
        """Keys and prefixes waiting to be written back to Redis."""
        return len(self._dirty) + len(self._dirty_prefixes)

    def add_listener(self, listener: CacheStateListener) -> Callable[[], None]:
        """Call ``listener(service, old, new)`` on every state change (for metrics and
        health); returns a remover. A listener that raises is logged and ignored. The
        breaker has its own: ``service.breaker.add_listener``."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    # -- the cache API ---------------------------------------------------------------------

    async def get(self, key: str) -> bytes | None:
        """The value of ``key``, or None when it is missing or expired."""
        full = self._key(key)
        if self._redis_is_primary():
            try:
                value, pttl = await self._attempt(lambda client: _get_with_pttl(client, full))
            except _Unavailable:
                pass
            else:
                self._remember(full, value, pttl)
                return self._counted(value)
        self._served_from_memory()
        return self._counted(self._memory.get(full))

    async def set(self, key: str, value: bytes, *, ttl: float | None = None) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds (None: ``default_ttl``).
        Raises ``TypeError`` for a value that is not bytes, ``ValueError`` for ttl <= 0."""
        full, ttl, value = self._key(key), self._ttl(ttl), _as_bytes(value)
        self._memory.set(full, value, ttl=ttl)
        if self._redis_is_primary():
            try:
                await self._attempt(lambda client: _set(client, full, value, ttl))
            except _Unavailable:
                pass
            else:
                return
        self._served_from_memory()
        self._mark_dirty(full)

    async def delete(self, *keys: str) -> None:
        """Remove ``keys`` (missing ones are fine)."""
        if not keys:
            return
        full = [self._key(key) for key in keys]
        for each in full:
            self._memory.delete(each)
        if self._redis_is_primary():
            try:
                await self._attempt(lambda client: _delete(client, full))
            except _Unavailable:
                pass
            else:
                return
        self._served_from_memory()
        for each in full:
            self._mark_dirty(each)

    async def delete_prefix(self, prefix: str) -> None:
        """Remove every key that starts with ``prefix`` — in memory and in Redis, now or
        (during an outage) at write-back, before any key written after this call."""
        full = self._key(prefix)
        self._memory.delete_prefix(full)
        if self._redis_is_primary():
            try:
                await self._scan_delete(full)
            except _Unavailable:
                pass
            else:
                return
        self._served_from_memory()
        self._mark_prefix_dirty(full)

    async def incr(self, key: str, *, ttl: float | None = None) -> int:
        """Add 1 to the counter at ``key`` and return it: a missing key starts at 1 and
        expires ``ttl`` seconds (None: ``default_ttl``) later; an existing one keeps its
        expiry (a fixed window, for rate limits). Raises ``NotACounter`` when the key holds
        something else. During an outage the count continues from memory's copy."""
        full, ttl = self._key(key), self._ttl(ttl)
        if self._redis_is_primary():
            try:
                count, pttl = await self._attempt(lambda client: _incr(client, full, ttl))
            except _Unavailable:
                pass
            else:
                self._remember(full, str(count).encode(), pttl)
                return count
        self._served_from_memory()
        count = self._memory.incr(full, ttl=ttl)
        self._mark_dirty(full)
        return count

    # -- lifecycle -------------------------------------------------------------------------

    async def connect(self) -> bool:
        """PING Redis now. True when Redis is primary afterwards; False (memory mode) when
        it did not answer or no URL is configured. Never raises for Redis being down."""
        if self._state is CacheState.REDIS and self.has_redis and not self._closed:
            try:
                await self._attempt(_ping)
            except _Unavailable:
                return False
            return True
        return await self.probe()

    async def probe(self) -> bool:
        """Try to make Redis primary again; True when it is (at once if it already was).

        While the breaker is open, a health PING (outside the breaker) that Redis answers
        ends the open period early, so recovery is noticed within ``probe_interval``, not
        ``breaker_reset``. When the breaker admits a call, PING Redis; if it answers,
        write back the dirty keys (state RECOVERING), then switch to REDIS. False when
        refused, when the PING or a write-back call fails (state MEMORY), while another
        probe runs, or without a URL.
        Never raises for Redis being down."""
        if not self.has_redis or self._closed:
            return False
        if self._state is CacheState.REDIS:
            return True
        if self._probing:
            return False
        self._probing = True
        try:
            if self.breaker.retry_after() > 0 and await self._health_check():
                self.breaker.end_open_period()
            if not self.breaker.allow():
                return False
            self.stats.probes += 1
            try:
                await self._attempt(_ping, admitted=True)
            except _Unavailable:
                return False
            return await self._write_back()
        finally:
            self._probing = False

    async def _health_check(self) -> bool:
        """One PING outside the breaker (the breaker is open: user calls stay in memory).
        True when Redis answered."""
        try:
            await self._call(_ping)
        except _Unavailable:
            return False
        return True

    async def aclose(self) -> None:
        """Close the Redis client; the service answers from memory afterwards. Dirty keys
        not yet written back are lost to Redis (logged)."""
        self._closed = True
        if self.dirty_count:
            log.warning(
                "cache closed with %d keys/prefixes never written back to Redis",
                self.dirty_count,
            )
        if self._client is not None:
            await self._discard_client(self._client)
        if self.has_redis:
            self._set_state(CacheState.MEMORY)

    # -- steps: routing --------------------------------------------------------------------

    def _key(self, key: str) -> str:
        return f"{self.namespace}:{key}"

    def _ttl(self, ttl: float | None) -> float | None:
        if ttl is None:
            return self.default_ttl
        if ttl <= 0:
            raise ValueError(f"ttl must be > 0, not {ttl}")
        return ttl

    def _redis_is_primary(self) -> bool:
        return self._state is CacheState.REDIS and not self._closed

    def _served_from_memory(self) -> None:
        if self.has_redis:
            self.stats.fallbacks += 1

    def _counted(self, value: bytes | None) -> bytes | None:
        if value is None:
            self.stats.misses += 1
        else:
            self.stats.hits += 1
        return value

    def _remember(self, key: str, value: bytes | None, pttl: int) -> None:
        """Mirror what Redis said about ``key`` into memory, TTL included (PTTL: -1 no
        expiry, -2 gone)."""
        if value is None or pttl == -2:
            self._memory.delete(key)
        else:
            self._memory.set(key, value, ttl=None if pttl < 0 else max(pttl, 1) / 1000)

    # -- steps: calling Redis --------------------------------------------------------------

    async def _attempt(self, op: Op[T], *, admitted: bool = False) -> T:
        """One Redis call through the breaker (``admitted``: ``allow()`` was already
        asked). Raises ``_Unavailable`` when refused or failed — the breaker has counted
        the failure and, from REDIS, the state is MEMORY. ``CacheError`` (Redis answered,
        the caller erred) is a breaker success; cancellation is no outcome."""
        if not (admitted or self.breaker.allow()):
            self._fall_back("the circuit breaker is open")
            raise _Unavailable("refused by the breaker")
        try:
            result = await self._call(op)
        except _Unavailable as error:
            self.breaker.failure()
            self._fall_back(str(error.__cause__ or error))
            raise
        except CacheError:
            self.breaker.success()
            raise
        except BaseException:
            self.breaker.abandon()
            raise
        self.breaker.success()
        return result

    async def _call(self, op: Op[T]) -> T:
        """Run ``op`` on the current client within the call deadline. Driver errors are
        translated here, in one place: ``DataError`` (a bad argument: our bug) propagates;
        every other ``RedisError`` and ``OSError`` (the builtin ``TimeoutError`` of the
        deadline included) discards the client and raises ``_Unavailable`` from it.
        Throwing the client away means a reply is never paired with the wrong command
        after a timeout and dead connections never pile up in a pool
        (docs/notes/reliability.md §4.2)."""
        client = self._connected_client()
        try:
            with anyio.fail_after(self.connect_timeout + self.socket_timeout):
                return await op(client)
        except DataError:
            raise
        except (RedisError, OSError) as error:
            self.stats.redis_errors += 1
            await self._discard_client(client)
            raise _Unavailable(f"{type(error).__name__}: {error}") from error

    def _connected_client(self) -> Redis:
        if self._client is None:
            assert self._url is not None
            if sniffio.current_async_library() != "asyncio":
                raise RuntimeError("a Redis URL needs anyio's asyncio backend (redis-py)")
            self._client = Redis.from_url(
                self._url,
                socket_timeout=self.socket_timeout,
                socket_connect_timeout=self.connect_timeout,
                retry=Retry(NoBackoff(), 0),  # no retries: a failure falls back at once
                # A health-check PING would fail the same way the command does (retries
                # are off), so it buys nothing; a failed call replaces the client anyway.
                health_check_interval=0,
                # Given, so redis-py does not read its version from the package metadata
                # on disk (importlib.metadata) for every new connection, on the event loop.
                driver_info=DriverInfo(lib_version=redis.__version__),
            )
        return self._client

    async def _discard_client(self, client: Redis) -> None:
        """Forget ``client`` (if it is still the current one) and close it, bounded and
        shielded: a closing socket to a stopped server must not hold the caller up."""
        if self._client is client:
            self._client = None
        with anyio.move_on_after(self.connect_timeout, shield=True):
            with contextlib.suppress(Exception):
                await client.aclose()

    async def _scan_delete(self, pattern_prefix: str) -> None:
        """UNLINK every Redis key starting with ``pattern_prefix``, one SCAN page per
        call (each under its own deadline). Raises ``_Unavailable``."""
        match = _glob_escape(pattern_prefix) + "*"
        cursor = 0
        while True:
            cursor, keys = await self._attempt(partial(_scan, cursor=cursor, match=match))
            if keys:
                await self._attempt(partial(_unlink, keys=keys))
            if cursor == 0:
                return

    # -- steps: outage and write-back ------------------------------------------------------

    def _fall_back(self, why: str) -> None:
        if self._state is CacheState.REDIS:
            log.warning("redis unavailable (%s): the cache serves from memory", why)
            self._set_state(CacheState.MEMORY)

    def _mark_dirty(self, key: str) -> None:
        if not self.has_redis:
            return
        self._dirty[key] = next(self._seq)
        self._dirty.move_to_end(key)
        while len(self._dirty) > self.dirty_items:
            self._dirty.popitem(last=False)
            self.stats.dirty_dropped += 1
            if self.stats.dirty_dropped == 1 or self.stats.dirty_dropped % 1000 == 0:
                log.warning(
                    "cache: more than %d keys changed during the Redis outage; %d "
                    "forgotten so far (Redis may keep stale values for them)",
                    self.dirty_items,
                    self.stats.dirty_dropped,
                )

    def _mark_prefix_dirty(self, prefix: str) -> None:
        if not self.has_redis:
            return
        # Never dropped: a forgotten prefix deletion would leave data a parent asked us to
        # erase. They are few (one per /delete) and deduplicated.
        self._dirty_prefixes[prefix] = next(self._seq)
        self._dirty_prefixes.move_to_end(prefix)

    async def _write_back(self) -> bool:
        """RECOVERING: write back until nothing is dirty, then REDIS (in the same step as
        the last check, so no write can slip in between). A failure: MEMORY, False."""
        self._set_state(CacheState.RECOVERING)
        done = False
        try:
            while self._dirty or self._dirty_prefixes:
                await self._write_back_prefixes()
                await self._write_back_keys()
            done = True
        except _Unavailable:
            return False
        finally:
            # A failure or a cancellation (the actor stopping) leaves memory the truth.
            self._set_state(CacheState.REDIS if done else CacheState.MEMORY)
        log.info("redis is primary again")
        return True

    async def _write_back_prefixes(self) -> None:
        for prefix, seq in list(self._dirty_prefixes.items()):
            await self._scan_delete(prefix)
            if self._dirty_prefixes.get(prefix) == seq:
                del self._dirty_prefixes[prefix]
            self.stats.writebacks += 1

    async def _write_back_keys(self) -> None:
        batch = list(itertools.islice(self._dirty.items(), WRITE_BACK_BATCH))
        if not batch:
            return
        entries = [(key, self._memory.entry(key)) for key, _ in batch]
        now = self._clock()

        async def write(client: Redis) -> None:
            async with client.pipeline(transaction=False) as pipe:
                for key, entry in entries:
                    if entry is None:
                        pipe.delete(key)
                    elif entry.expires_at is None:
                        pipe.set(key, entry.value)
                    else:
                        pipe.set(key, entry.value, px=_ms(max(entry.expires_at - now, 0.001)))
                await pipe.execute()

        await self._attempt(write)
        for key, seq in batch:
            if self._dirty.get(key) == seq:
                del self._dirty[key]
        self.stats.writebacks += len(batch)

    def _set_state(self, new: CacheState) -> None:
        old, self._state = self._state, new
        if old is new:
            return
        for listener in tuple(self._listeners):
            try:
                listener(self, old, new)
            except Exception:
                log.exception("cache: state listener failed")


# -- the Redis operations (module functions: each one round trip) ---------------------------


async def _ping(client: Redis) -> None:
    await client.ping()


async def _set(client: Redis, key: str, value: bytes, ttl: float | None) -> None:
    await client.set(key, value, px=_ms(ttl))


async def _delete(client: Redis, keys: list[str]) -> None:
    await client.delete(*keys)


async def _scan(client: Redis, *, cursor: int, match: str) -> tuple[int, list[bytes | str]]:
    next_cursor, keys = await client.scan(cursor, match=match, count=SCAN_COUNT)
    return int(next_cursor), list(keys)


async def _unlink(client: Redis, *, keys: list[bytes | str]) -> None:
    await client.unlink(*keys)


async def _get_with_pttl(client: Redis, key: str) -> tuple[bytes | None, int]:
    async with client.pipeline(transaction=False) as pipe:
        pipe.get(key)
        pipe.pttl(key)
        value, pttl = await pipe.execute()
    return value, int(pttl)


async def _incr(client: Redis, key: str, ttl: float | None) -> tuple[int, int]:
    """INCR with the TTL set only when the key is created (SET NX PX in the same
    MULTI/EXEC), plus the PTTL so memory's copy expires with Redis's."""
    try:
        async with client.pipeline(transaction=True) as pipe:
            if ttl is not None:
                pipe.set(key, b"0", nx=True, px=_ms(ttl))
            pipe.incr(key)
            pipe.pttl(key)
            results: list[Any] = await pipe.execute()
    except ResponseError as error:
        if "not an integer" in str(error):
            raise NotACounter(key) from error
        raise
    return int(results[-2]), int(results[-1])


def _ms(ttl: float | None) -> int | None:
    return None if ttl is None else max(1, math.ceil(ttl * 1000))


def _as_bytes(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, bytearray | memoryview):
        return bytes(value)
    raise TypeError(f"cache values are bytes, not {type(value).__name__}")


def _glob_escape(text: str) -> str:
    """``text`` as a literal in a Redis glob pattern."""
    return "".join("\\" + ch if ch in "\\*?[]" else ch for ch in text)
