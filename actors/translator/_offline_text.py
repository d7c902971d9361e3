"""The offline translator's reading of raw text: a parent's message → tokens with their
lemmas (Russian, pymorphy3) or stems (English, Snowball), emoji turned into the words of
their names, clause boundaries, and the signs of emphasis seen on the way.

Nothing here knows an emotion: ``_offline`` matches the tokens against the lexicon. Never
raises for a ``str`` (lone surrogates, control characters and marks are simply not words).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final, cast

import emoji

from actors.lemmas import ru_lemmas, stem

from . import _offline_lemmas

BOUNDARY: Final = ","
"""The token standing for a clause boundary: phrases and negation never cross it."""

LEMMA: Final = "~"
"""The prefix of a lemma or stem key ("~устать", "~tire"), so it never equals a form."""

MIN_LEMMA_LENGTH: Final = 4
"""Shorter words are matched by their form only: "я"/"мне", "ты"/"тебя" and "hit" must
not stand for one another."""

_WORD_OR_BOUNDARY: Final = re.compile(r"[^\W_]+|[.,!?;:…()\[\]\"«»“”]+|\s[-–—]+\s|\n+")
_WORDS_AND_BOUNDARIES: Final = re.compile(" *(" + _WORD_OR_BOUNDARY.pattern + ")")
"""``_WORD_OR_BOUNDARY``'s matches (``findall`` gives the group), each with the spaces
before it: the scan steps over a space with the match after it instead of failing there
first, with the same matches (a space starts none but a dash between spaces, found by
stepping back; for speed)."""
_INNER_HYPHEN: Final = re.compile(r"(?<=\w)[-‐](?=\w)")
_APOSTROPHES: Final = re.compile(r"['’`ʼ]")
_MARKS: Final = re.compile("[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]")
_MARKS_OR_APOSTROPHES: Final = re.compile(
    "[" + _MARKS.pattern[1:-1] + _APOSTROPHES.pattern[1:-1] + "]")
"""Both dropped in one scan, before lower-casing: no letter lower-cases into either, and
both are case-ignorable, so dropping them first leaves the final sigma's context as it
was (for speed)."""
_STRETCHED: Final = re.compile(r"(\w)\1{2,}")
_CYRILLIC: Final = re.compile("[а-я]")
RUSSIAN_WORD: Final = re.compile("[а-я]+")
"""A word pymorphy3 may read: Cyrillic letters only (it fails on a character Unicode has
no name for, "00𗀀а")."""
_LATIN: Final = re.compile("[a-z]")
_TO_CYRILLIC: Final = str.maketrans("aeopcxykmthb", "аеорсхукмтнв")
_TO_LATIN: Final = str.maketrans("аеорсхукмтнв", "aeopcxykmthb")
_SKIN_TONE: Final = re.compile(r"(?:medium[-_])?(?:light|medium|dark)[-_]skin[-_]tone")
_NAME_WORD: Final = re.compile(r"[a-z]+")
EMOTICONS: Final[dict[str, str]] = {
    ">:(": "😠", ":(": "🙁", ":-(": "🙁", ":'(": "😢", ";(": "😢", "t_t": "😭", "((": "🙁",
    ":)": "🙂", ":-)": "🙂", ":d": "😃", "))": "🙂", "^^": "😊", "<3": "❤",
}
"""Text emoticons (lower case) → the emoji they stand for, read then by its name."""

_EMOTICON: Final = re.compile(
    # The look-ahead at the first characters lets the scan skip the other positions fast.
    "(?=[" + "".join(sorted({re.escape(e[0]) for e in EMOTICONS})) + "])(?:"
    + "|".join(re.escape(e) for e in sorted(EMOTICONS, key=len, reverse=True)) + ")",
    re.IGNORECASE,
)
_EMOTICON_MARKS: Final = ":;_()^<"
"""Every emoticon holds one of these (uncased) characters: a text with none of them, most
texts, skips the emoticons' scan, whose look-ahead runs at every position (for speed)."""
_MAY_HOLD_EMOTICON: Final = re.compile("[" + re.escape(_EMOTICON_MARKS) + "]")
if not all(set(_EMOTICON_MARKS) & set(e) for e in EMOTICONS):
    raise ValueError(f"an emoticon holds none of {_EMOTICON_MARKS!r}")


@dataclass(frozen=True, slots=True)
class Token:
    """One word, one word of an emoji's name, or a clause boundary."""

    form: str
    keys: frozenset[str]
    """The form, and the lemma or stem keys (``LEMMA`` + lemma) when the word is long
    enough for them."""
    emoji: bool = False


BOUNDARY_TOKEN: Final = Token(BOUNDARY, frozenset({BOUNDARY}))


@dataclass(slots=True)
class Text:
    """A normalised message: tokens with boundaries, and the signs of emphasis."""

    tokens: list[Token]
    exclamations: int
    shouting: bool
    stretched: bool
    emoji_names: list[str] = field(default_factory=list)
    """Each emoji's name (``loudly crying face``), in order, for intensity: a repeated
    emoji is a stronger feeling."""


def _stored(table: str) -> dict[str, tuple[str, ...]]:
    """``_offline_lemmas.LEMMAS`` read: each word → its lemmas, the likeliest first."""
    stored: dict[str, tuple[str, ...]] = {}
    for line in table.splitlines():
        word, *lemmas = line.split()
        stored[word] = tuple(lemmas)
    return stored


_STORED: Final = _stored(_offline_lemmas.LEMMAS)
"""The lemmas of every Russian word the lexicons are compiled from, as pymorphy3 gave them
when ``_offline_lemmas.py`` was written: compiling the lexicons at import then looks up no
word in pymorphy3's dictionaries. Looking up its 1,400-odd words made 9.5 MB of the
dictionaries' mapped pages resident in every process of the bot before any message came
(bench/memory.py; docs/benchmarks.md). A test checks the table against pymorphy3 as
installed."""

_looked_up: set[str] | None = None
"""While ``lemma_table_text`` compiles the lexicons: every word looked up."""


def lexicon_lemmas(word: str) -> tuple[str, ...]:
    """``ru_lemmas(word)``: from the stored table for a word of the lexicons, from
    pymorphy3 for any other word (the same lemmas either way)."""
    if _looked_up is not None:
        _looked_up.add(word)
    found = _STORED.get(word)
    return found if found is not None else ru_lemmas(word)


def lemma_table(words: set[str]) -> str:
    """``_offline_lemmas.LEMMAS`` for ``words``: a line per word, the word and the lemmas
    pymorphy3 gives it (never the stored ones)."""
    return "".join(f"{' '.join((word, *ru_lemmas(word)))}\n" for word in sorted(words))


def use_stored(table: str) -> None:
    """Read lemmas from ``table`` (``_offline_lemmas.LEMMAS``'s form) from now on: the
    trainer writes a new table, then trains the model on its lemmas, not the old ones."""
    _STORED.clear()
    _STORED.update(_stored(table))


def looking_up(words: set[str] | None) -> None:
    """Record every word ``lexicon_lemmas`` is asked for into ``words`` (``None``: stop)."""
    global _looked_up
    _looked_up = words


def word_keys(form: str) -> frozenset[str]:
    """The keys a lexicon word or a message word is matched by: its form, and, for a word
    of ``MIN_LEMMA_LENGTH`` letters or more, its lemmas (Russian, all of pymorphy3's
    readings) or its Snowball stem (English)."""
    if len(form) < MIN_LEMMA_LENGTH:
        return frozenset({form})
    if RUSSIAN_WORD.fullmatch(form):
        return frozenset({form, *(LEMMA + lemma for lemma in lexicon_lemmas(form))})
    if _CYRILLIC.search(form):
        return frozenset({form})
    if _LATIN.search(form):
        return frozenset({form, LEMMA + stem(form)})
    return frozenset({form})


def entry_keys(word: str) -> frozenset[str]:
    """The keys of a lexicon word: like ``word_keys``, but a Russian word stands for its
    likeliest lemma only ("мое" is a form of "мой", not of "мыть")."""
    if len(word) < MIN_LEMMA_LENGTH:
        return frozenset({word})
    if RUSSIAN_WORD.fullmatch(word):
        lemmas = lexicon_lemmas(word)
        return frozenset({word, LEMMA + lemmas[0]}) if lemmas else frozenset({word})
    return word_keys(word)


def _token(form: str) -> Token:  # cached by ``_read_word``
    return Token(form, word_keys(form))


def _one_alphabet(word: str) -> str:
    """A word typed with both keyboards ("yстал") is read in its majority alphabet."""
    if _CYRILLIC.search(word) and _LATIN.search(word):
        cyrillic = len(_CYRILLIC.findall(word))
        latin = len(_LATIN.findall(word))
        return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)
    return word


def _emoji_words(chars: str, data: dict[str, Any]) -> str:
    """An emoji → `` , <the words of its English name> , `` (a clause of its own)."""
    name = _SKIN_TONE.sub(" ", str(data.get("en", "")).strip(":").lower())
    words = " ".join(_NAME_WORD.findall(name.replace("_", " ").replace("-", " ")))
    return f" \x1e{words}\x1f " if words else " "


_EMOJI_NAME: Final = re.compile("\x1e([^\x1f]*)\x1f")
_MAYBE_EMOJI: Final = re.compile(
    "[\u00a9\u00ae\u203c-\u2bff\u3030\u303d\u3297\u3299\ufe0f\U0001f000-\U0001faff]"
)
"""A character that may belong to an emoji (every emoji has one)."""
_EMOJI_CHUNK: Final = re.compile(r"(?<!\S)\S*?" + _MAYBE_EMOJI.pattern + r"\S*")
"""A run of non-space characters holding one (tried at the start of runs only: linear):
no emoji spans a space, so ``replace_emoji`` reads only these runs instead of walking
every character (for speed)."""
_MAY_HOLD_EITHER: Final = re.compile(
    "[" + re.escape(_EMOTICON_MARKS) + _MAYBE_EMOJI.pattern.removeprefix("["))
"""A character an emoticon or an emoji needs (``_MAY_HOLD_EMOTICON``, ``_MAYBE_EMOJI``)."""
_SENTINELS: Final = re.compile("[\x1e\x1f]")  # they mark emoji names: never the parent's


def _replace_emoji(text: str) -> str:
    """``emoji.replace_emoji(text, replace=_emoji_words)``, run on the runs of
    ``_EMOJI_CHUNK`` only. It also drops every variation selector, which only those runs
    hold, except the text-style one (U+FE0E): a text with one is read whole."""
    if "\ufe0e" in text:
        return emoji.replace_emoji(text, replace=_emoji_words)
    return _EMOJI_CHUNK.sub(lambda m: emoji.replace_emoji(m.group(), replace=_emoji_words),
                            text)


def normalise(phrase: str, max_chars: int, *, known: frozenset[str] = frozenset()) -> Text:
    """Lower case, ё→е, apostrophes and marks dropped, emoticons read as emoji and emoji
    replaced by the words of their names (each a clause of its own), words and clause
    boundaries tokenised, stretched letters collapsed ("нееет" → "нет") unless the doubled
    form is in ``known`` ("класссс" → "класс") and remembered as a sign of intensity."""
    raw = phrase[:max_chars]
    exclamations = raw.count("!") + 2 * raw.count("‼")
    shouting = _is_shouting(raw)
    text = raw
    if "\x1e" in text or "\x1f" in text:  # the parent's own sentinels: hardly ever (for speed)
        text = _SENTINELS.sub(" ", text)
    if _MAY_HOLD_EITHER.search(text):  # most texts hold neither: one scan (for speed)
        if _MAY_HOLD_EMOTICON.search(text):
            text = _EMOTICON.sub(lambda m: f" {EMOTICONS[m.group().lower()]} ", text)
        if _MAYBE_EMOJI.search(text):  # replace_emoji walks every character: only if needed
            text = _replace_emoji(text)
    text = _MARKS_OR_APOSTROPHES.sub("", unicodedata.normalize("NFC", text))
    text = text.lower().replace("ё", "е")
    if "-" in text or "‐" in text:  # the look-behind scan only where it can match (for speed)
        text = _INNER_HYPHEN.sub(" ", text)
    tokens: list[Token] = []
    names: list[str] = []
    stretched = False
    position = 0
    # With no emoji there is one piece: no split (for speed).
    for piece in _EMOJI_NAME.split(text) if "\x1e" in text else (text,):
        position += 1
        if position % 2 == 0:  # an emoji's name
            names.append(piece)
            _boundary(tokens)
            tokens.extend(map(_emoji_token, piece.split()))
            _boundary(tokens)
            continue
        for word, was_stretched in _read_words(_WORDS_AND_BOUNDARIES.findall(piece), known):
            if word is None:
                # ``_boundary``, inline: only ``BOUNDARY_TOKEN`` is a boundary (for speed).
                if tokens and tokens[-1] is not BOUNDARY_TOKEN:
                    tokens.append(BOUNDARY_TOKEN)
                continue
            stretched = stretched or was_stretched
            tokens.append(word)
    return Text(tokens, exclamations, shouting, stretched, names)


_Read = tuple[Token | None, bool]
_WORDS_READ: Final[dict[frozenset[str], dict[str, _Read]]] = {}
"""Per set of known forms, what ``_read_word`` gave for each match (a dict: cleared when
full, safe under threads, lighter than an LRU cache and looked up by ``map`` in C: for
speed and memory)."""
_WORDS_READ_SIZE: Final = 1 << 15


def _read_words(raw_words: list[str], known: frozenset[str]) -> list[_Read]:
    """``_read_word`` of every match, remembered: the words of messages repeat."""
    cache = _WORDS_READ.get(known)
    if cache is None:
        if len(_WORDS_READ) >= 4:  # only ever one or two sets of known forms
            _WORDS_READ.clear()
        cache = _WORDS_READ.setdefault(known, {})
    found: list[_Read | None] = list(map(cache.get, raw_words))
    if None not in found:
        return cast(list[_Read], found)
    if len(cache) >= _WORDS_READ_SIZE:
        cache.clear()
    return [seen or cache.setdefault(raw, _read_word(raw, known))
            for seen, raw in zip(found, raw_words, strict=True)]


@lru_cache(maxsize=1 << 12)
def _emoji_token(word: str) -> Token:
    """A word of an emoji's name as a token (cached: the same few emoji recur, and an
    English word's stem is slow to find)."""
    return Token(word, word_keys(word), emoji=True)


def _read_word(raw: str, known: frozenset[str]) -> _Read:
    """One match of ``_WORD_OR_BOUNDARY`` → its token (None: a boundary) and whether its
    letters were stretched (remembered by ``_read_words``)."""
    token = raw.strip()
    if not token or not token[0].isalnum():
        return None, False
    token = _one_alphabet(token)
    if _STRETCHED.search(token):
        return _token(_unstretch(token, known)), True
    return _token(token), False


def _boundary(tokens: list[Token]) -> None:
    if tokens and tokens[-1].form != BOUNDARY:
        tokens.append(BOUNDARY_TOKEN)


def _unstretch(token: str, known: frozenset[str]) -> str:
    """"нееет" → "нет", "soooo" → "so", but "класссс" → "класс" when the doubled form is a
    known word."""
    doubled = _STRETCHED.sub(r"\1\1", token)
    if doubled in known:
        return doubled
    return _STRETCHED.sub(r"\1", token)


_SMALL_LETTERS: Final = str.maketrans(
    "", "", "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def _is_shouting(raw: str) -> bool:
    """Mostly capital letters, and enough of them to be more than an acronym."""
    if raw.islower():  # no character is upper case: a quick "no" (for speed)
        return False
    # These small letters are letters not in capitals: over 40 % of the characters, they
    # leave capitals far from 70 % of the letters (a quick "no" in C, for speed).
    if 10 * (len(raw) - len(raw.translate(_SMALL_LETTERS))) > 4 * len(raw):
        return False
    letters = list(filter(str.isalpha, raw))  # filter and map run in C (for speed)
    if len(letters) < 4:
        return False
    upper = sum(map(str.isupper, letters))
    return upper >= 0.7 * len(letters)
