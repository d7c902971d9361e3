"""Families kept for real: conversation state in the cache, settings and children in the
durable spool (drained into PostgreSQL by db_writer), reads from the cache, then from
PostgreSQL overlaid with what the spool has not drained yet.

``put`` writes the whole family to the cache (the conversation step lives there) and,
when its settings or children changed, appends ``FamilySaved``/``ChildSaved`` records to
the spool: acknowledged only once fsynced, so a parent's settings survive PostgreSQL and
Redis dying, and the process too. Versions come from the wall clock in nanoseconds (and
always grow), so a replayed older record never overwrites a newer one in PostgreSQL.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec.structs import replace

from actors.cache import CacheService
from actors.db_writer import (
    ChildRemoved,
    ChildSaved,
    EmotionEntry,
    EntryFeedback,
    EntryRemoved,
    FamilySaved,
    Reads,
    SpoolLike,
    erase_family,
    persist,
)
from actors.protocol import LANGUAGES, Translation, age_band
from runtime import WallClock, system_clock, utc_now

from ._store import (
    Child,
    DiaryEntry,
    Family,
    Gender,
    StateUnavailable,
    Step,
    onboarding_step,
)

_ENCODER = msgspec.msgpack.Encoder()
_DECODER = msgspec.msgpack.Decoder(Family)
PROFILE_TTL = 7 * 24 * 3600.0
"""A cached family lives a week unless it is used; the database keeps it for good."""


def _profile_key(chat_id: int) -> str:
    return f"family:{chat_id}:profile"


class PersistentFamilyStore:
    """The ``FamilyStore`` of the running bot (``MemoryFamilyStore`` is for tests and the
    spool-less demo). ``wake`` (optional) nudges the flusher after a write."""

    def __init__(
        self, cache: CacheService, reads: Reads, spool: SpoolLike,
        *, wake: Any = None, clock: WallClock = system_clock,
    ) -> None:
        self.clock = clock
        self._version = 0
        self.cache = cache
        self.reads = reads
        self.spool = spool
        self.wake = wake

    async def get(self, chat_id: int) -> Family | None:
        """The family: from the cache, else from PostgreSQL overlaid with the spool. When
        neither can say (not cached, PostgreSQL down) raises ``StateUnavailable``: the
        spool alone holds only what was not drained yet, and a parent the database knows
        must never be greeted as new (dialogs holds the chat's updates meanwhile)."""
        cached = await self.cache.get(_profile_key(chat_id))
        if cached is not None:
            try:
                return _DECODER.decode(cached)
            except msgspec.ValidationError:
                pass  # written by an older version: read it from the database
        loaded = await self._load(chat_id)
        if not self.reads.authoritative:
            raise StateUnavailable(f"chat {chat_id}: not cached, and PostgreSQL cannot "
                                   "be asked now")
        if loaded is not None:
            await self._cache(loaded)
        return loaded

    async def put(self, family: Family) -> None:
        before = await self.get(family.chat_id)
        await self._persist_changes(before, family)
        await self._cache(family)

    async def delete(self, chat_id: int) -> None:
        await erase_family(self.spool, chat_id, utc_now(self.clock))
        await self.cache.delete_prefix(f"family:{chat_id}:")
        self._wake()

    async def record_entry(
        self, family: Family, child: Child, phrase: str, translation: Translation, key: str,
    ) -> None:
        """Add a translated phrase to the child's diary (durable on return)."""
        analysis = translation.analysis
        await persist(self.spool, [EmotionEntry(
            entry_key=key, chat_id=family.chat_id, child_id=child.id, phrase=phrase,
            emotion=analysis.emotion, intensity=analysis.intensity,
            analysis_json=msgspec.json.encode(analysis).decode(), source=translation.source,
            age_band=age_band(child.age_in(utc_now(self.clock).year)),
            language=analysis.language, at=utc_now(self.clock))])
        self._wake()

    async def recent_entries(self, chat_id: int, child_id: int | None,
                             limit: int) -> list[DiaryEntry]:
        """The newest diary entries: PostgreSQL's overlaid with the undrained spool."""
        return [DiaryEntry(key=e.entry_key, child_id=e.child_id, phrase=e.phrase,
                           emotion=e.emotion, intensity=e.intensity, at=e.at, crisis=e.crisis)
                for e in await self.reads.recent_entries(chat_id, child_id, limit)]

    async def remove_entry(self, chat_id: int, key: str) -> None:
        """/undo: an ``EntryRemoved`` record (durable on return)."""
        await persist(self.spool, [EntryRemoved(chat_id=chat_id, entry_key=key,
                                                at=utc_now(self.clock))])
        self._wake()

    async def record_crisis(self, family: Family, child: Child | None, phrase: str,
                            category: str, key: str) -> None:
        """A crisis kept in the diary (durable on return): the category is what counts;
        emotion, intensity and analysis are placeholders the weekly report leaves out."""
        emotion = "fear" if category in ("abuse", "danger") else "sadness"
        band = age_band(child.age_in(utc_now(self.clock).year)) if child else "8-12"
        language = family.language if family.language is not None else "en"
        await persist(self.spool, [EmotionEntry(
            entry_key=key, chat_id=family.chat_id, child_id=child.id if child else 0,
            phrase=phrase, emotion=emotion, intensity=5, analysis_json="{}", source="offline",
            age_band=band, language=language, at=utc_now(self.clock), crisis=category)])
        self._wake()

    async def record_feedback(self, chat_id: int, key: str, helpful: bool) -> None:
        """An ``EntryFeedback`` record (durable on return; the newest version wins)."""
        await persist(self.spool, [EntryFeedback(
            chat_id=chat_id, entry_key=key, helpful=helpful, version=self._next_version(),
            at=utc_now(self.clock))])
        self._wake()

    async def count(self, chat_id: int, what: str, window: float) -> int:
        """A fixed-window counter in the cache (Redis ``INCR`` with a TTL, or its memory
        fallback)."""
        slot = int(self.clock() // window)
        return await self.cache.incr(f"family:{chat_id}:rate:{what}:{slot}", ttl=window)

    # -- steps ---------------------------------------------------------------------------

    def _next_version(self) -> int:
        """The clock in nanoseconds, but above the last version given: two saves within one
        clock tick (or across a clock stepped back) still order."""
        self._version = max(self._version + 1, int(self.clock() * 1e9))
        return self._version

    async def _load(self, chat_id: int) -> Family | None:
        view = await self.reads.family(chat_id)
        if view is None:
            return None
        children = tuple(Child(id=c.child_id, name=c.name, age=c.age,
                               birth_year=c.birth_year, gender=_gender(c.gender))
                         for c in await self.reads.children(chat_id))
        language = next((lang for lang in LANGUAGES if lang == view.language), None)
        family = Family(chat_id=chat_id, language=language, children=children,
                        checkin_time=view.checkin_time, timezone=view.timezone,
                        active=view.active, consented_at=view.consented_at)
        step: Step = onboarding_step(family) if language is not None else "new"
        return replace(family, step=step)

    async def _persist_changes(self, before: Family | None, after: Family) -> None:
        # Upserts keep the highest version: a replayed older record never wins.
        version = self._next_version()
        records: list[Any] = []
        if before is None or _settings(before) != _settings(after):
            records.append(FamilySaved(
                chat_id=after.chat_id, language=after.language,
                checkin_time=after.checkin_time, timezone=after.timezone,
                active=after.active, version=version, consented_at=after.consented_at))
        old = {c.id: c for c in before.children} if before is not None else {}
        kept = {c.id for c in after.children}
        for gone in sorted(set(old) - kept):  # its diary and check-ins go with it
            records.append(ChildRemoved(chat_id=after.chat_id, child_id=gone,
                                        version=version, at=utc_now(self.clock)))
        for child in after.children:
            if old.get(child.id) != child:
                year = utc_now(self.clock).year
                records.append(ChildSaved(chat_id=after.chat_id, child_id=child.id,
                                          name=child.name, age=child.age_in(year),
                                          version=version, birth_year=child.birth_year,
                                          gender=child.gender))
        if records:
            await persist(self.spool, records)
            self._wake()

    async def _cache(self, family: Family) -> None:
        await self.cache.set(_profile_key(family.chat_id), _ENCODER.encode(family),
                             ttl=PROFILE_TTL)

    def _wake(self) -> None:
        if self.wake is not None:
            self.wake()


def _settings(family: Family) -> tuple[Any, ...]:
    return (family.language, family.checkin_time, family.timezone, family.active,
            family.consented_at)


def _gender(stored: str | None) -> Gender | None:
    if stored == "boy":
        return "boy"
    if stored == "girl":
        return "girl"
    return None

