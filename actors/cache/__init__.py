"""The cache: Redis behind a circuit breaker, with an in-memory LRU + TTL fallback.

It holds conversation state, the translation cache, the profile cache and rate-limit
counters. Redis down: reads and writes go to memory from the first failed call and users
see nothing; Redis back: the keys written during the outage are written back, then Redis
is primary again.

Layout: ``_service`` (``CacheService``, the cache itself, and its states and stats),
``_memory`` (``MemoryStore``, the LRU + TTL store), ``_actor`` (``Cache``, the actor in
the infra supervisor that connects the service and probes Redis while it is away),
``_errors`` (the exception tree).
"""

from ._actor import Cache
from ._errors import CacheError, NotACounter
from ._memory import Entry, MemoryStore
from ._service import CacheService, CacheState, CacheStateListener, CacheStats

__all__ = [
    "Cache",
    "CacheError",
    "CacheService",
    "CacheState",
    "CacheStateListener",
    "CacheStats",
    "Entry",
    "MemoryStore",
    "NotACounter",
]
