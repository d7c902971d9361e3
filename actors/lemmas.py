"""The lemmatiser shared by the crisis detector and the offline translator: one pymorphy3
``MorphAnalyzer`` for Russian, one Snowball (Porter2) stemmer for English.

The analyzer's dictionaries load once per process (~0.1 s, some 15 MB), on first use,
whoever asks first; both are safe to call from any thread. Callers add their own caches
for the words they see often.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any, Final

import pymorphy3  # type: ignore[import-untyped]
import snowballstemmer  # type: ignore[import-untyped]

__all__ = ["analyzer", "ru_lemmas", "stem"]

_STEMMER: Final[Any] = snowballstemmer.stemmer("english")
_STEM_LOCK: Final = threading.Lock()

_ANALYZER: Any = None
_ANALYZER_LOCK: Final = threading.Lock()


@lru_cache(maxsize=1 << 15)
def stem(word: str) -> str:
    """The Snowball (Porter2) stem of one lower-case English word."""
    with _STEM_LOCK:  # a Snowball stemmer keeps state while it works
        return str(_STEMMER.stemWord(word))


def analyzer() -> Any:
    """The one pymorphy3 ``MorphAnalyzer`` (loading its dictionaries takes ~0.1 s)."""
    global _ANALYZER
    if _ANALYZER is None:
        with _ANALYZER_LOCK:
            if _ANALYZER is None:
                _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


@lru_cache(maxsize=1 << 16)
def ru_lemmas(word: str) -> tuple[str, ...]:
    """The distinct normal forms pymorphy3 gives a lower-case Russian word, the likeliest
    first, with ё written е: "устала" → ("устать", "усталый")."""
    if word.isascii():
        # pymorphy3 reads an ASCII word (Latin, digits, punctuation) as itself lower-cased
        # (checked on the bench's words and 8,000 random ones); skipping it is for speed.
        return (word.lower(),)
    found: dict[str, None] = {}
    for parse in analyzer().parse(word):
        found.setdefault(str(parse.normal_form).replace("ё", "е"), None)
    return tuple(found)
