"""The lemmatiser shared by the crisis detector and the offline translator: one pymorphy3
``MorphAnalyzer`` for Russian, one Snowball (Porter2) stemmer for English.

The analyzer's dictionaries load once per process (~0.1 s), on first use, whoever asks
first; both are safe to call from any thread. Callers add their own caches for the words
they see often.

The dictionaries' automata (14 MB of files) are mapped from their files rather than read
into the process (``_mapped_automata``): a lookup touches only the pages on its paths, and
the pages are the page cache's, shared by every process of the bot on the machine and
given back under memory pressure without a swap.
"""

from __future__ import annotations

import contextlib
import mmap
import struct
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import IO, Any, Final, Literal

import dawg_python.wrapper  # type: ignore[import-untyped]
import pymorphy3  # type: ignore[import-untyped]
import Stemmer  # type: ignore[import-not-found]

__all__ = ["analyzer", "ru_lemmas", "stem"]

# PyStemmer is Snowball's own C code: the same stems as the pure-Python snowballstemmer
# (checked on 250,000 English words), three times faster, 2 MB less (that package imports
# the stemmers of all its 30-odd languages). Its cache is off: ``stem`` has its own.
_STEMMER: Final[Any] = Stemmer.Stemmer("english", 0)
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
                with _mapped_automata():
                    _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


_MAPPINGS: dict[str, mmap.mmap] | None = None
"""While the analyzer loads: each file's one mapping, by name (an automaton's dictionary
and guide share their file: one mapping, one descriptor)."""


def _mapped_units(fp: IO[bytes], count: int, fmt: Literal["I", "B"]) -> memoryview:
    """``count`` units of format ``fmt`` at ``fp``'s position, as a read-only view of the
    file's mapping; ``fp`` is left after them, as a read would leave it."""
    start = fp.tell()
    size = count * struct.calcsize(fmt)
    name = str(getattr(fp, "name", ""))
    mapping = _MAPPINGS.get(name) if _MAPPINGS is not None and name else None
    if mapping is None:
        mapping = mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ)
        mapping.madvise(mmap.MADV_RANDOM)  # lookups jump: no read-ahead around each page
        if _MAPPINGS is not None and name:
            _MAPPINGS[name] = mapping
    if start + size > len(mapping):
        raise ValueError(f"{getattr(fp, 'name', 'a dictionary')}: truncated automaton")
    fp.seek(start + size)
    return memoryview(mapping)[start:start + size].cast(fmt)


def _read_dictionary(self: Any, fp: IO[bytes]) -> None:
    (count,) = struct.unpack("=I", fp.read(4))
    self._units = _mapped_units(fp, count, "I")


def _read_guide(self: Any, fp: IO[bytes]) -> None:
    (count,) = struct.unpack("=I", fp.read(4))
    self._units = _mapped_units(fp, count * 2, "B")


@contextlib.contextmanager
def _mapped_automata() -> Iterator[None]:
    """While pymorphy3 loads its dictionaries, DAWG-Python's two readers map their units
    instead of copying them into arrays: same format, same offsets, and the lookups only
    index the units and take their length, which a ``memoryview`` does as an array does.
    DAWG-Python has no option for it, so its two ``read`` methods are swapped for the
    load and put back after (only the analyzer's lock holder loads). With the C ``DAWG``
    package installed pymorphy3 would read through it instead, into its own memory; the
    lock file does not install it, and ``tests/actors/test_lemmas.py`` checks the
    mapping."""
    global _MAPPINGS
    dictionary, guide = dawg_python.wrapper.Dictionary, dawg_python.wrapper.Guide
    originals = dictionary.read, guide.read
    dictionary.read, guide.read = _read_dictionary, _read_guide
    _MAPPINGS = {}
    try:
        yield
    finally:
        dictionary.read, guide.read = originals
        _MAPPINGS = None  # the views keep their mappings alive


MAX_WORD_LETTERS: Final = 64
"""The longest word given to pymorphy3. To guess an unknown word by analogy it recurses
once for each letter, so a pasted run of a thousand letters with no space (a key held
down, a word copied over and over) exhausts the interpreter's stack; no Russian word comes
near this length, and a longer one is read as itself."""


@lru_cache(maxsize=1 << 16)
def ru_lemmas(word: str) -> tuple[str, ...]:
    """The distinct normal forms pymorphy3 gives a lower-case Russian word, the likeliest
    first, with ё written е: "устала" → ("устать", "усталый"); a word longer than
    ``MAX_WORD_LETTERS`` as itself."""
    if word.isascii() or len(word) > MAX_WORD_LETTERS:
        # pymorphy3 reads an ASCII word (Latin, digits, punctuation) as itself lower-cased
        # (checked on the bench's words and 8,000 random ones); skipping it is for speed.
        return (word.lower(),)
    found: dict[str, None] = {}
    for parse in analyzer().parse(word):
        found.setdefault(str(parse.normal_form).replace("ё", "е"), None)
    return tuple(found)
