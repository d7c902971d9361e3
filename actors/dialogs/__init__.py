"""Dialogs: the parent's conversation (onboarding, translating, settings, deleting).

``Dialogs`` is the actor (one per shard of chats); ``store`` holds families and their
conversation step; ``texts`` every Russian and English text; ``timezones`` parses the
zones parents type.
"""

from .actor import Dialogs, render_translation
from .store import Child, Family, FamilyStore, MemoryFamilyStore
from .texts import TEXTS, say
from .timezones import parse_timezone, tzinfo_for

__all__ = [
    "TEXTS",
    "Child",
    "Dialogs",
    "Family",
    "FamilyStore",
    "MemoryFamilyStore",
    "parse_timezone",
    "render_translation",
    "say",
    "tzinfo_for",
]
