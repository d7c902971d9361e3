"""``TranslatorService``: where a phrase gets its answer — the cache, Claude, or offline.

One service per process, shared by every ``Translator`` actor. A ``translate`` call tries
the per-process cache, then the shared cache (Redis or its memory fallback), then Claude
under a concurrency limit and a breaker (an invalid answer is asked once more), then the
offline translator; only Claude's answers are cached, and no Claude problem ever reaches
the parent as an error. See docs/translator.md, section "The service".
"""

from __future__ import annotations

import collections
import hashlib
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Final, Self

import anyio
import msgspec

from actors.breaker import BreakerOpen, CircuitBreaker
from actors.cache import CacheService
from actors.protocol import AgeBand, Analysis, Language, Translation
from config.settings import AnthropicSettings, TranslatorSettings

from ._claude import ClaudeClient, ClaudeUnavailable, FailureKind
from ._offline import translate_offline

__all__ = ["CacheKey", "MemoryCache", "TranslatorService", "TranslatorStats", "cache_key"]

log: Final = logging.getLogger(__name__)

BREAKER_NAME: Final = "claude"
MIN_TRY: Final = 1.0
"""Seconds of a phrase's budget a Claude try needs at the least (its answers take
seconds): with less left, none is made. It could only time out, and a timeout counts
against Claude in the breaker, though the time went in waiting here."""

CacheKey = tuple[str, AgeBand, Language]


_ANALYSIS_ENCODER: Final = msgspec.msgpack.Encoder()
_ANALYSIS_DECODER: Final = msgspec.msgpack.Decoder(Analysis)


def _shared_key(key: CacheKey) -> str:
    digest = hashlib.sha256("\x1f".join(key).encode()).hexdigest()[:32]
    return f"tr:{digest}"


def cache_key(phrase: str, age_band: AgeBand, language: Language) -> CacheKey:
    """The cache key of a request: the phrase in Unicode NFC with runs of white space made
    one space and the ends trimmed (case is kept: "NO!" and "no" read differently)."""
    return " ".join(unicodedata.normalize("NFC", phrase).split()), age_band, language


class MemoryCache:
    """An in-memory LRU cache whose entries expire ``ttl`` seconds (of ``clock``) after
    they were put. Holds at most ``max_size`` entries; putting one more evicts the least
    recently used."""

    def __init__(
        self, max_size: int, ttl: float, clock: Callable[[], float] = anyio.current_time
    ) -> None:
        if max_size < 0:
            raise ValueError(f"max_size must be >= 0, not {max_size}")
        self.max_size = max_size
        self.ttl = ttl
        self._clock = clock
        self._entries: collections.OrderedDict[CacheKey, tuple[float, Analysis]] = (
            collections.OrderedDict()
        )

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: CacheKey) -> Analysis | None:
        """The live entry for ``key`` (now the most recently used), or None."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires_at, value = entry
        if self._clock() >= expires_at:
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return value

    def put(self, key: CacheKey, value: Analysis) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds, evicting the least recently
        used entries beyond ``max_size``."""
        if self.max_size == 0:
            return
        self._entries[key] = (self._clock() + self.ttl, value)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_size:
            self._entries.popitem(last=False)


@dataclass
class TranslatorStats:
    """Counters since the service started, for health and metrics.

    ``claude_ok``: answers from Claude (not counting cache hits); ``claude_failed``: calls
    given up, by ``FailureKind``;
    ``invalid_retries``: invalid answers asked again; ``refused``: calls the open breaker
    refused; ``out_of_time``: phrases whose budget (``answer_within``) was spent before a
    Claude call could start (in the translator's mailbox, or waiting for a free call);
    ``offline``: offline answers (for any reason, no key included; the refused and the out
    of time among them);
    ``cache_hits``: answers served from the cache."""

    claude_ok: int = 0
    claude_failed: collections.Counter[FailureKind] = field(
        default_factory=collections.Counter
    )
    invalid_retries: int = 0
    refused: int = 0
    out_of_time: int = 0
    offline: int = 0
    cache_hits: int = 0


class TranslatorService:
    """Translates phrases with Claude (cached, limited, behind a breaker) or offline.

    Without ``anthropic.api_key`` every phrase is answered offline and no client is made.
    ``translator.workers`` bounds concurrent Claude calls; ``breaker_failures`` and
    ``breaker_reset`` configure ``breaker``; ``cache_size`` and ``cache_ttl`` the cache.
    ``clock`` (default anyio's) drives the breaker and the cache TTL. Create and close it
    once (``aclose()`` or ``async with``), outside the actors that share it.
    """

    def __init__(
        self,
        anthropic: AnthropicSettings,
        translator: TranslatorSettings,
        *,
        clock: Callable[[], float] = anyio.current_time,
        shared: CacheService | None = None,
        observe: Callable[[str, float], None] | None = None,
    ) -> None:
        self._shared = shared
        self._ttl = translator.cache_ttl
        self._claude = (ClaudeClient(anthropic, observe) if anthropic.api_key is not None
                        else None)
        self._limit = anyio.Semaphore(translator.workers)
        self._within = translator.answer_within
        self._cache = MemoryCache(translator.cache_size, translator.cache_ttl, clock)
        self.breaker = CircuitBreaker(
            BREAKER_NAME,
            failures=translator.breaker_failures,
            reset_after=translator.breaker_reset,
            clock=clock,
        )
        self.stats = TranslatorStats()

    def __repr__(self) -> str:
        mode = "claude" if self._claude is not None else "offline only"
        return f"<TranslatorService {mode} breaker={self.breaker.state.value}>"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @property
    def claude_enabled(self) -> bool:
        """True when an API key is configured (Claude is asked before going offline)."""
        return self._claude is not None

    @property
    def claude_loaded(self) -> bool:
        """True once Claude's SDK is loaded (``load``, or the first phrase asked)."""
        return self._claude is not None and self._claude.loaded

    @property
    def cache_size(self) -> int:
        """Entries in the cache now."""
        return len(self._cache)

    async def translate(self, phrase: str, age_band: AgeBand, language: Language, *,
                        asked_at: float | None = None) -> Translation:
        """Translate ``phrase`` for a child in ``age_band`` for a parent reading ``language``;
        Claude has until ``asked_at`` (``anyio.current_time``; None: now) plus
        ``answer_within``.

        From the cache when Claude answered the same request before (``cached=True``),
        else from Claude, else offline (``source="offline"``: basic mode). Never raises
        for a Claude problem; cancellation propagates."""
        key = cache_key(phrase, age_band, language)
        if (hit := self._cached(key)) is not None:
            return hit
        if (hit := await self._shared_hit(key)) is not None:
            return hit
        started = anyio.current_time() if asked_at is None else asked_at
        analysis = await self._from_claude(phrase, age_band, language,
                                           started + self._within)
        if analysis is None:
            return self._offline(phrase, age_band, language)
        self._cache.put(key, analysis)
        if self._shared is not None:
            await self._shared.set(_shared_key(key), _ANALYSIS_ENCODER.encode(analysis),
                                   ttl=self._ttl)
        self.stats.claude_ok += 1
        return Translation(analysis=analysis, source="claude", unclear=analysis.unclear)

    async def load(self) -> None:
        """Load Claude's SDK now (in a worker thread), so that the first phrase does not
        wait for it; without a key, nothing. The bot calls it once it is ready."""
        if self._claude is not None:
            await self._claude.load()

    async def aclose(self) -> None:
        """Close Claude's HTTP client. Idempotent."""
        if self._claude is not None:
            await self._claude.aclose()

    # -- the steps ---------------------------------------------------------------------

    async def _shared_hit(self, key: CacheKey) -> Translation | None:
        """Claude's earlier answer from the shared cache (Redis, or its memory fallback):
        survives restarts and is shared by every process."""
        if self._shared is None:
            return None
        data = await self._shared.get(_shared_key(key))
        if data is None:
            return None
        try:
            analysis = _ANALYSIS_DECODER.decode(data)
        except msgspec.ValidationError:
            return None  # an entry from an older schema: ask again
        self._cache.put(key, analysis)
        self.stats.cache_hits += 1
        return Translation(analysis=analysis, source="claude", cached=True,
                           unclear=analysis.unclear)

    def _cached(self, key: CacheKey) -> Translation | None:
        analysis = self._cache.get(key)
        if analysis is None:
            return None
        self.stats.cache_hits += 1
        return Translation(analysis=analysis, source="claude", cached=True,
                           unclear=analysis.unclear)

    async def _from_claude(
        self, phrase: str, age_band: AgeBand, language: Language, deadline: float
    ) -> Analysis | None:
        """Claude's analysis, or None when there is none to be had (no key, breaker open,
        Claude failed): the caller then answers offline."""
        if self._claude is None:
            return None
        # One budget for the phrase, ending at ``deadline`` on the event loop's clock (the
        # one anyio's timeouts read): what it waited for the translator, then the wait for
        # a free call, then each try with what is left. A try cut short is a Claude
        # timeout, which the breaker counts; a try with less than ``MIN_TRY`` left is not
        # made, so that the wait here never counts against a healthy Claude.
        with anyio.move_on_after(deadline - MIN_TRY - anyio.current_time()) as waiting:
            await self._limit.acquire()  # not taken when cancelled (anyio's promise)
        if waiting.cancelled_caught:
            self.stats.out_of_time += 1
            log.warning("the phrase's %g s were spent before a Claude call could start: "
                        "answering in basic mode", self._within)
            return None
        try:
            async with self.breaker.guard():
                return await self._ask_twice(self._claude, phrase, age_band, language,
                                             deadline)
        except BreakerOpen:
            self.stats.refused += 1
            log.debug("Claude breaker open: answering in basic mode")
        except ClaudeUnavailable as error:
            self.stats.claude_failed[error.kind] += 1
            log.warning("%s; answering in basic mode", error)
        finally:
            self._limit.release()
        # Anything else is a bug, not a Claude problem: it crashes the asking actor, whose
        # supervisor and in-flight policy deal with it (docs/ARCHITECTURE.md, section
        # "Failure model").
        return None

    async def _ask_twice(
        self, claude: ClaudeClient, phrase: str, age_band: AgeBand, language: Language,
        deadline: float,
    ) -> Analysis:
        """Ask Claude, by ``deadline`` (``anyio.current_time``); an invalid answer is asked
        once more while ``MIN_TRY`` or more is left (a model slip is usually not repeated).
        Raises ``ClaudeUnavailable`` when that fails too, or for any other failure at once
        (the SDK has already retried those)."""
        try:
            return await claude.analyse(phrase, age_band, language, by=deadline)
        except ClaudeUnavailable as error:
            if error.kind != "invalid_answer" or deadline - anyio.current_time() < MIN_TRY:
                raise
            self.stats.invalid_retries += 1
            log.info("%s; asking once more", error)
        return await claude.analyse(phrase, age_band, language, by=deadline)

    def _offline(self, phrase: str, age_band: AgeBand, language: Language) -> Translation:
        self.stats.offline += 1
        return translate_offline(phrase, age_band, language)
