"""Families and their conversation state: the records dialogs reads and writes.

``FamilyStore`` is the seam: dialogs only calls ``get``, ``put`` and ``delete``. This
module's ``MemoryFamilyStore`` keeps them in the process (it outlives dialogs' restarts:
the application tree creates it once); ``PersistentFamilyStore`` puts the cache, the
spool and PostgreSQL behind the same calls.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple, Protocol

import msgspec

from actors.protocol import MAX_AGE, MIN_AGE, Language, Translation
from runtime import WallClock, system_clock, utc_now

Gender = Literal["boy", "girl"]
"""A child's gender, asked in Russian for the grammatical forms of the texts."""


class Child(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    """Stable within the family (1, 2, …); used in callback data."""
    name: str
    age: int
    """The age the parent gave (or the age when this child was last saved)."""
    birth_year: int | None = None
    """``year of the clock - age`` when the age was given: the age grows with the
    calendar (None for a child saved before birth years were kept)."""
    gender: Gender | None = None
    """None: not given (the texts then use both forms, "сказал(а)")."""

    def age_in(self, year: int) -> int:
        """The child's age in ``year`` (0-17): from the birth year when known."""
        if self.birth_year is None:
            return self.age
        return min(MAX_AGE, max(MIN_AGE, year - self.birth_year))


Step = Literal[
    "new",             # nothing asked yet
    "language",        # waiting for the language choice
    "consent",         # the privacy notice is shown: waiting for the parent's consent
    "child_name",      # waiting for a child's name
    "child_age",       # waiting for that child's age
    "child_gender",    # (Russian) waiting for the child's gender
    "ready",           # onboarded: text is a phrase to translate
    "choose_child",    # a phrase is parked until the parent picks the child
    "clarify",         # an unclear phrase is parked until the parent says what happened
    "checkin_time",    # waiting for HH:MM
    "timezone",        # waiting for a time zone
    "rename_child",    # /children: waiting for the new name of ``editing``
    "child_new_age",   # /children: waiting for the new age of ``editing``
]


class Family(msgspec.Struct, frozen=True, kw_only=True):
    """One family = one private chat. Updated by replacing (``msgspec.structs.replace``)."""

    chat_id: int
    language: Language | None = None
    children: tuple[Child, ...] = ()
    step: Step = "new"
    pending_name: str | None = None
    """The child's name while its age is asked."""
    pending_age: int | None = None
    """The child's age while its gender is asked (Russian)."""
    editing: int | None = None
    """The child whose name, age or gender /children is changing."""
    consented_at: dt.datetime | None = None
    """When the parent accepted the privacy notice; no child is stored before it."""
    last_child_id: int = 0
    """The highest child id ever given in this family, so a removed child's id (and the
    buttons that carry it) never names another child. Kept in the cache only: the
    database keeps the live children, whose ids are below it anyway."""
    pending_phrase: str | None = None
    """The phrase parked while the parent picks the child."""
    pending_update: int | None = None
    """The update that parked ``pending_phrase``: buttons of older prompts are stale."""
    pending_child: int | None = None
    """The child an unclear ``pending_phrase`` is about, while the parent is asked what
    happened (step ``clarify``)."""
    checkin_time: str = "20:00"
    timezone: str = ""
    """IANA name or "UTC+3"; empty until the language is chosen (which sets a default)."""
    active: bool = True
    """False once the parent blocked the bot (403 or my_chat_member "kicked")."""
    handled_by: int | None = None
    """The update whose handling last stored this family (``Dialogs``)."""
    before: bytes | None = None
    """This family as it was before ``handled_by`` changed it (msgpack, without its own
    ``before``): a redelivery of that update is handled again from this state, so it
    produces the same state and the same reply instead of acting on its own result."""

    @property
    def onboarded(self) -> bool:
        return self.language is not None and bool(self.children)

    def child(self, child_id: int) -> Child | None:
        for child in self.children:
            if child.id == child_id:
                return child
        return None

    def next_child_id(self) -> int:
        return max([self.last_child_id, *(c.id for c in self.children)]) + 1


def onboarding_step(family: Family) -> Step:
    """Where a family stands when nothing else is being asked: ready once onboarded, else
    the next onboarding question (language, consent, time zone, then the child's name,
    age and, in Russian, gender); a child being added (``pending_name``) goes on to its
    age and gender. A family onboarded before the consent notice existed stays ready; it
    sees the notice when it adds a child."""
    if family.onboarded and family.pending_name is None:
        return "ready"
    if family.language is None:
        return "language"
    if family.consented_at is None:
        return "consent"
    if not family.timezone:
        return "timezone"
    if family.pending_name is None:
        return "child_name"
    return "child_age" if family.pending_age is None else "child_gender"


class DiaryEntry(msgspec.Struct, frozen=True, kw_only=True):
    """One entry of a child's emotion diary as /history and /undo show it."""

    key: str
    """The entry's natural key (the reply key of the update that made it)."""
    child_id: int
    phrase: str
    emotion: str
    intensity: int
    at: dt.datetime
    crisis: str | None = None
    """The crisis category when the message was answered as a crisis."""


class StateUnavailable(Exception):
    """Raised by ``FamilyStore.get`` when the family's state cannot be read now (not in
    the cache, and PostgreSQL cannot be asked): unknown, which is not "no such family".
    Dialogs holds the chat's updates until the state can be read."""


class FamilyStore(Protocol):
    async def get(self, chat_id: int) -> Family | None:
        """The family, or None when there is none; raises ``StateUnavailable`` when that
        cannot be known now."""
        ...

    async def put(self, family: Family) -> None: ...

    async def delete(self, chat_id: int) -> None: ...

    async def record_entry(
        self, family: Family, child: Child, phrase: str, translation: Translation, key: str,
    ) -> None: ...

    async def count(self, chat_id: int, what: str, window: float) -> int:
        """A rate-limit counter: how many ``what`` this chat did in the current window of
        ``window`` seconds, this one included."""
        ...

    async def recent_entries(self, chat_id: int, child_id: int | None,
                             limit: int) -> list[DiaryEntry]:
        """The ``limit`` newest diary entries of a child (None: of every child), newest
        first."""
        ...

    async def remove_entry(self, chat_id: int, key: str) -> None:
        """Remove a diary entry (nothing happens when it is gone already)."""
        ...

    async def record_feedback(self, chat_id: int, key: str, helpful: bool) -> None:
        """The parent's tap under the answer that made entry ``key``: did it help? A later
        tap replaces an earlier one."""
        ...

    async def record_crisis(self, family: Family, child: Child | None, phrase: str,
                            category: str, key: str) -> None:
        """Keep a message answered as a crisis in the diary, marked with its category
        (``child`` None: the family has several children and the message named none)."""
        ...


class MemoryEntry(NamedTuple):
    """A diary entry as ``MemoryFamilyStore`` keeps it."""

    chat_id: int
    child_id: int
    phrase: str
    translation: Translation | None
    """None for a message answered as a crisis."""
    at: dt.datetime
    crisis: str | None = None


class MemoryFamilyStore:
    """Families in a dict: survives actor restarts, not process restarts. The diary keeps
    the last ``MAX_ENTRIES`` entries (keyed, so a replayed update adds nothing)."""

    MAX_ENTRIES = 10_000

    def __init__(self, *, clock: WallClock = system_clock) -> None:
        self.clock = clock
        self._families: dict[int, Family] = {}
        self.entries: dict[str, MemoryEntry] = {}
        self.feedback: dict[str, bool] = {}
        """Entry key → whether the answer helped."""
        self.counters: dict[tuple[int, str, int], int] = {}

    async def get(self, chat_id: int) -> Family | None:
        return self._families.get(chat_id)

    async def put(self, family: Family) -> None:
        before = self._families.get(family.chat_id)
        self._families[family.chat_id] = family
        if before is not None:  # a removed child's diary goes with it
            kept = {c.id for c in family.children}
            for gone in [c.id for c in before.children if c.id not in kept]:
                for key in [k for k, v in self.entries.items()
                            if v[0] == family.chat_id and v[1] == gone]:
                    del self.entries[key]

    async def delete(self, chat_id: int) -> None:
        self._families.pop(chat_id, None)
        for key in [k for k, v in self.entries.items() if v[0] == chat_id]:
            del self.entries[key]

    async def count(self, chat_id: int, what: str, window: float) -> int:
        key = (chat_id, what, int(self.clock() // window))
        if key not in self.counters:
            # Past windows are dropped when a key is new, not on every count: rebuilding
            # the dict per call made this test store a visible share of bench/e2e.py's CPU.
            self.counters = {k: v for k, v in self.counters.items() if k[2] >= key[2]}
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    async def record_entry(
        self, family: Family, child: Child, phrase: str, translation: Translation, key: str,
    ) -> None:
        self.entries[key] = MemoryEntry(family.chat_id, child.id, phrase, translation,
                                        utc_now(self.clock))
        while len(self.entries) > self.MAX_ENTRIES:
            del self.entries[next(iter(self.entries))]

    async def recent_entries(self, chat_id: int, child_id: int | None,
                             limit: int) -> list[DiaryEntry]:
        mine = [DiaryEntry(key=key, child_id=e.child_id, phrase=e.phrase,
                           emotion=e.translation.analysis.emotion if e.translation else "",
                           intensity=e.translation.analysis.intensity if e.translation else 5,
                           at=e.at, crisis=e.crisis)
                for key, e in reversed(self.entries.items())
                if e.chat_id == chat_id and child_id in (None, e.child_id)]
        return sorted(mine, key=lambda entry: entry.at, reverse=True)[:limit]

    async def remove_entry(self, chat_id: int, key: str) -> None:
        entry = self.entries.get(key)
        if entry is not None and entry.chat_id == chat_id:
            del self.entries[key]
            self.feedback.pop(key, None)

    async def record_crisis(self, family: Family, child: Child | None, phrase: str,
                            category: str, key: str) -> None:
        self.entries[key] = MemoryEntry(family.chat_id, child.id if child else 0, phrase,
                                        None, utc_now(self.clock), category)

    async def record_feedback(self, chat_id: int, key: str, helpful: bool) -> None:
        entry = self.entries.get(key)
        if entry is not None and entry.chat_id == chat_id:
            self.feedback[key] = helpful

    def __len__(self) -> int:
        return len(self._families)
