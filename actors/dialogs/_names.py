"""Children's names: what a name may be, and which children a parent's message names.

``clean_name`` accepts what a parent types as a child's name (one to three words of
letters, with a hyphen or an apostrophe inside a word, at most ``MAX_NAME`` characters;
Russian, English or any other alphabet) and refuses a sentence: "How old is my son
screamed that he hates me?" has punctuation, too many words and words no name is made
of ("my", "he"), so the parent is asked again. ``mentioned`` finds the children a
message names ("Маша опять плачет", "Машу обидели", "Sam's toy"), so a family with
several children need not pick one when the message says who it is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ._store import Child

MAX_NAME: Final = 30
"""Characters in a name, spaces included."""
MAX_WORDS: Final = 3


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD: Final = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""A word of letters, with hyphens or apostrophes inside it (Анна-Мария, O'Neil)."""

_NOT_NAMES: Final = _words("""
    i me my mine myself you your he him his she her hers it its we us our they them their
    is are was were be been am do does did has have had will would can could should
    the a an and or but if of to in on at by for with from about as that this what who
    why how when where not no yes hi hello hey ok okay please thanks thank son daughter
    kid kids child children baby boy girl brother sister hates hate said says screamed
    cries cried crying says told always never again today now
    я меня мне мной мой моя моё мое мои ты тебя тебе твой твоя он его ему им него нему
    она её ее ей неё нее мы нас нам наш наша вы вас вам ваш ваша они их им них это этот
    эта то тот та что кто как когда где почему зачем и а но или да нет не ни в на с со
    к ко по о об от до из за у для про при привет здравствуйте спасибо пожалуйста ок
    сын дочь дочка ребёнок ребенок дети мальчик девочка брат сестра
    сказал сказала кричит плачет ненавидит говорит опять снова всегда никогда сегодня
""")
"""Words that make a message a sentence about a child rather than a name."""

_RU_ENDINGS: Final = frozenset({
    "а", "я", "ы", "и", "у", "ю", "е", "ой", "ей", "ою", "ею", "ом", "ем", "ём", "ёй",
})
"""Russian case endings: "Маша" is also named by "Маши", "Машу", "Маше", "Машей"."""
_RU_STEM_DROP: Final = frozenset("аяоеёьйыи")
_CYRILLIC: Final = re.compile(r"[а-яё]")


def clean_name(text: str) -> str | None:
    """The child's name as it will be stored, or None when ``text`` is not a name (see
    the module docstring). A name typed all in lower case gets capitals ("анна-мария" →
    "Анна-Мария"); otherwise it is kept as typed."""
    name = " ".join(text.split())
    if not name or len(name) > MAX_NAME:
        return None
    words = name.split(" ")
    if len(words) > MAX_WORDS:
        return None
    for word in words:
        if not _WORD.fullmatch(word) or word.lower() in _NOT_NAMES:
            return None
    if name == name.lower():
        name = " ".join(_capital(word) for word in words)
    return name


def _capital(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def mentioned(children: Sequence[Child], text: str) -> list[Child]:
    """The children ``text`` names, in family order: a child is named when every word of
    its name appears in a row, as typed in any case, or (Cyrillic names) inflected and
    capitalised ("Машу" for Маша); an English possessive ("Sam's") names Sam. When one
    child is named exactly and another only by an inflection of theirs (Яна / Ян), the
    exact one wins."""
    if not children:
        return []
    tokens = [_base(word) for word in _WORD.findall(text)]
    lowered = [token.lower() for token in tokens]  # once per message, not per child
    exact = [c for c in children if _names(c.name, tokens, lowered, inflected=False)]
    if exact:
        return exact
    return [c for c in children if _names(c.name, tokens, lowered, inflected=True)]


def _base(word: str) -> str:
    if word[-1] not in _POSSESSIVE_LAST:  # most words: no suffix to try (for speed)
        return word
    lower = word.lower()
    for suffix in ("'s", "’s", "'", "’"):
        if lower.endswith(suffix) and len(word) > len(suffix):
            return word[:-len(suffix)]
    return word


_POSSESSIVE_LAST: Final = frozenset("sS'’")
"""The last characters of the possessive suffixes ``_base`` strips."""


def _names(name: str, tokens: list[str], lowered: list[str], *, inflected: bool) -> bool:
    parts = [p.lower() for p in name.split()]
    if not parts:
        return False
    if not inflected and len(parts) == 1:
        return parts[0] in lowered
    stems = [_stem(part) if inflected else None for part in parts]
    for start in range(len(tokens) - len(parts) + 1):
        if all(_same(tokens[start + i], lowered[start + i], part, stems[i])
               for i, part in enumerate(parts)):
            return True
    return False


def _stem(part: str) -> str | None:
    """The stem an inflected form of the Cyrillic name part ``part`` starts with (None:
    not Cyrillic, matched exactly only)."""
    if not _CYRILLIC.search(part):
        return None
    return part[:-1] if part[-1] in _RU_STEM_DROP and len(part) > 2 else part


def _same(token: str, word: str, part: str, stem: str | None) -> bool:
    """``token`` (``word`` lower-cased) is ``part``, or with ``stem`` an inflection of it
    written with a capital."""
    if word == part:
        return True
    if stem is None or not token[:1].isupper():
        return False
    return word.startswith(stem) and word[len(stem):] in _RU_ENDINGS
