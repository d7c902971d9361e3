"""Dialogs: the parent's conversation (onboarding, translating, settings, deleting).

``Dialogs`` is the actor (one per shard of chats); ``store`` holds families and their
conversation step; ``texts`` every Russian and English text; ``timezones`` parses the
zones parents type.
"""

from ._actor import Dialogs, Fault, render_translation
from ._persistent import PersistentFamilyStore
from ._store import Child, Family, FamilyStore, MemoryFamilyStore, StateUnavailable
from ._texts import EMOTION_NAMES, TEXTS, child_forms, escape, say
from ._timezones import parse_timezone, tzinfo_for
from ._waits import StateWaits

__all__ = [
    "EMOTION_NAMES",
    "TEXTS",
    "Child",
    "Dialogs",
    "Family",
    "FamilyStore",
    "Fault",
    "MemoryFamilyStore",
    "PersistentFamilyStore",
    "StateUnavailable",
    "StateWaits",
    "child_forms",
    "escape",
    "parse_timezone",
    "render_translation",
    "say",
    "tzinfo_for",
]
