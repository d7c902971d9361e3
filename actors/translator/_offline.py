"""The offline translator: a parent's message about a child → an ``Analysis``, with no
network at all.

It answers when Claude cannot (no key, breaker open, an invalid answer twice), in the
basic mode. ``read_offline(phrase)`` reads the message against the cues of
``_offline_lexicon`` (tokens with Russian lemmas and English stems, emoji by the words of
their names, negation, contrast, sarcasm), picks the dominant emotion with a confidence
(or none: "unclear"), grades the intensity and names the situation (a sibling, a screen
taken away, a loss...). ``classify`` gives the label and the intensity;
``analyse_offline`` adds emotion-coaching guidance for the age band, in the parent's
language, shaped by the situation; ``translate_offline`` wraps it in a ``Translation``
that says whether the message was too unclear to name a feeling. Nothing here raises for
a ``str``. See docs/translator.md, section "The offline translator".
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Literal, NamedTuple, cast

from actors.lemmas import analyzer
from actors.protocol import (
    AGE_BANDS,
    EMOTIONS,
    LANGUAGES,
    AgeBand,
    Analysis,
    Emotion,
    Language,
    Translation,
)

from . import _offline_lexicon as lexicon
from . import _offline_model as model
from . import _offline_situations as situations
from ._offline_guidance import compose
from ._offline_text import (
    BOUNDARY,
    LEMMA,
    Text,
    Token,
    entry_keys,
    lemma_table,
    looking_up,
    normalise,
)

__all__ = [
    "DEFAULT_EMOTION",
    "MAX_CHARS",
    "MIN_CONFIDENCE",
    "MIN_SCORE",
    "MODEL_CONFIDENCE",
    "OVERRIDE_BASE",
    "OVERRIDE_SLOPE",
    "SITUATIONS",
    "UNCLEAR",
    "Label",
    "OfflineReading",
    "Situation",
    "analyse_offline",
    "classify",
    "read_offline",
    "translate_offline",
]

UNCLEAR: Final = "unclear"
"""The label of a message that says too little to name a feeling."""

Label = Emotion | Literal["unclear"]
"""What ``classify`` names: an emotion, or ``UNCLEAR``."""

Situation = Literal[
    "loss", "new_baby", "separation", "screens", "bedtime", "food", "school", "friends",
    "sibling",
]
"""What happened, as far as the message says: it shapes the advice."""

SITUATIONS: Final[tuple[Situation, ...]] = cast(tuple[Situation, ...], situations.ORDER)

DEFAULT_EMOTION: Final[Emotion] = "frustration"
"""The emotion an unclear message's ``Analysis`` carries (its type needs one); the
``Translation`` says it is unclear, and the reply names no feeling."""

MAX_CHARS: Final = 2000
"""Only the start of a longer text is read: the emotion is in the first lines, and the
hot path stays bounded whatever a parent pastes."""

MIN_SCORE: Final = 1.0
"""The weight of evidence below which no emotion is named (a lone "нет", a stray
"stupid")."""

MIN_CONFIDENCE: Final = 0.2
"""The confidence below which no emotion is named (weak evidence split between
feelings)."""


MODEL_CONFIDENCE: Final = 0.85
"""The probability the second opinion (``_offline_model``) needs to name a feeling where
the rules named none (a neutral event must stay unclear)."""

OVERRIDE_BASE: Final = 0.7
OVERRIDE_SLOPE: Final = 0.4
"""Where the rules named a feeling with confidence ``c``, the second opinion names another
one only if it gives it ``OVERRIDE_BASE + OVERRIDE_SLOPE × c`` or more: a close call (0.3)
needs 0.82, a confident reading (0.8 and up) can never be overturned. Chosen by
cross-validation on the tuning data only (docs/translator.md, "The second opinion")."""


_CACHE_SIZE: Final = 1 << 14
"""Word forms whose cues the lexicons remember (``_FORMS``: cleared when full, a dict, safe
under threads)."""


# -- compiling the lexicon -----------------------------------------------------------------

Hit = tuple[str, float]
"""One cue's contribution: (emotion or ``_flag`` key, weight)."""


@dataclass(frozen=True, slots=True)
class _Element:
    """One position of a phrase: alternatives (words by their keys, or stems), or a gap."""

    keys: frozenset[str]
    prefixes: tuple[str, ...]
    optional: bool = False
    gap: bool = False

    def accepts(self, token: Token) -> bool:
        if token.form == BOUNDARY:
            return False
        return bool(token.keys & self.keys) or token.form.startswith(self.prefixes)


@dataclass(slots=True)
class _Phrase:
    """A multi-token cue and what it contributes (one phrase may serve several keys)."""

    elements: tuple[_Element, ...]
    hits: list[Hit] = field(default_factory=list)
    steps: tuple[tuple[int, bool, bool], ...] = ()
    """The elements as (id, optional, gap), set by ``_Lexicon.seal``: matching tests a
    token's set of accepted element ids instead of its keys and stems (for speed)."""
    strongest: float = 0.0
    """The largest weight of ``hits`` (set by ``seal``: the matches' sort key)."""


_NO_HITS: Final[list[Hit]] = []
_NO_IDS: Final[frozenset[int]] = frozenset()
# A word with no cue shares these empty values instead of holding its own (for memory).


Candidate = tuple[int, _Phrase]
"""A phrase that may start at a word, with its rank among the word's candidates."""

_NO_CANDIDATES: Final[tuple[Candidate, ...]] = ()
_NO_GROUPS: Final[dict[int, tuple[Candidate, ...]]] = {}


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: fast, as in `None in`
class _Word:
    """What one lexicon knows of one word form: its cues, the ids of the phrase elements
    that accept it, whether it is laughter, and the phrases that may start with it: by the
    id of their required second word (``next_ids``, ``by_next``: a set intersection with
    the next token's ``accepted`` finds the few worth matching, for speed), and those whose
    second element is optional or a gap (``loose``)."""

    hits: list[Hit]
    accepted: frozenset[int]
    laughter: bool = False
    next_ids: frozenset[int] = _NO_IDS
    by_next: dict[int, tuple[Candidate, ...]] = field(default_factory=lambda: _NO_GROUPS)
    loose: tuple[Candidate, ...] = _NO_CANDIDATES
    starts: bool = False
    """Some phrase may start here (``next_ids`` or ``loose``)."""
    counts: bool = False
    """The word may be a cue by itself (``hits`` or ``laughter``)."""


_WEIGHT: Final = re.compile(r"\d+(?:\.\d+)?")


def _entries(text: str) -> Iterator[tuple[str, float | None]]:
    """(pattern, weight or None) for every entry of a ``CUES`` block."""
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        for raw in line.split(","):
            entry = raw.strip()
            if not entry:
                continue
            pattern, equals, weight = entry.rpartition("=")
            if not equals or not _WEIGHT.fullmatch(weight.strip()):
                pattern, weight = entry, ""  # "=word" alone: an exact form, no weight
            yield pattern.strip(), (float(weight) if weight else None)


def _word_keys(word: str) -> frozenset[str]:
    """``=form`` → the form only; ``form`` → the form and its lemma or stem."""
    if word.startswith("="):
        return frozenset({word[1:]})
    return entry_keys(word)


def _element(spec: str) -> _Element:
    """Parse one phrase position: ``~`` (a gap of up to two tokens), ``a|b*``
    (alternatives, ``*`` a stem, ``=a`` the exact form), ``tok?`` (optional). The entry
    syntax: docs/translator.md, section "The lexicon"."""
    if spec == "~":
        return _Element(frozenset(), (), gap=True)
    optional = spec.endswith("?")
    alternatives = spec.rstrip("?").split("|")
    if "" in alternatives or "=" in alternatives:
        raise ValueError(f"an empty alternative in {spec!r}")
    keys = frozenset().union(*(_word_keys(a) for a in alternatives if not a.endswith("*")))
    prefixes = tuple(a[:-1] for a in alternatives if a.endswith("*"))
    return _Element(keys, prefixes, optional=optional)


_NOTHING: Final = _Word(_NO_HITS, _NO_IDS)
"""A word that is no cue and no part of any phrase."""


@dataclass(slots=True)
class _Lexicon:
    """The compiled cues: forms, lemma keys and stems, and the phrase index by the keys
    and stems of their first word."""

    forms: dict[str, list[Hit]] = field(default_factory=dict)
    lemmas: dict[str, list[Hit]] = field(default_factory=dict)
    prefix: dict[str, list[Hit]] = field(default_factory=dict)
    phrases: dict[str, _Phrase] = field(default_factory=dict)
    phrase_keys: dict[str, list[_Phrase]] = field(default_factory=dict)
    phrase_prefix: dict[str, list[_Phrase]] = field(default_factory=dict)
    prefix_lengths: tuple[int, ...] = ()
    phrase_prefix_lengths: tuple[int, ...] = ()
    element_keys: dict[str, list[int]] = field(default_factory=dict)
    element_prefix: dict[str, list[int]] = field(default_factory=dict)
    element_prefix_lengths: tuple[int, ...] = ()
    accepted_sets: dict[frozenset[int], frozenset[int]] = field(default_factory=dict)

    def add(self, key: str, pattern: str, weight: float | None) -> None:
        specs = pattern.split()
        if len(specs) == 1:
            self._add_token(key, specs[0], 1.0 if weight is None else weight)
        else:
            self._add_phrase(key, " ".join(specs), 2.0 if weight is None else weight)

    def _add_token(self, key: str, spec: str, weight: float) -> None:
        if "" in spec.split("|") or spec == "~":
            raise ValueError(f"a malformed entry: {spec!r}")
        for alternative in spec.split("|"):
            if alternative.endswith("*"):
                _put(self.prefix.setdefault(alternative[:-1], []), key, weight)
                continue
            for word_key in _word_keys(alternative):
                table = self.lemmas if word_key.startswith(LEMMA) else self.forms
                _put(table.setdefault(word_key, []), key, weight)

    def _add_phrase(self, key: str, source: str, weight: float) -> None:
        phrase = self.phrases.get(source)
        if phrase is None:
            phrase = self.phrases[source] = _Phrase(tuple(_element(s) for s in source.split()))
            first, last = phrase.elements[0], phrase.elements[-1]
            if first.optional or first.gap or last.gap:
                raise ValueError(f"a phrase must start and end with a word: {source!r}")
            for word_key in first.keys:
                self.phrase_keys.setdefault(word_key, []).append(phrase)
            for stem in first.prefixes:
                self.phrase_prefix.setdefault(stem, []).append(phrase)
        _put(phrase.hits, key, weight)

    def seal(self) -> None:
        """Precompute the stem lengths worth looking up (longest first), and number the
        phrases' distinct elements, indexed by their keys and stems."""
        self.prefix_lengths = tuple(sorted({len(p) for p in self.prefix}, reverse=True))
        self.phrase_prefix_lengths = tuple(sorted({len(p) for p in self.phrase_prefix}))
        ids: dict[tuple[frozenset[str], tuple[str, ...]], int] = {}
        # Equal steps are one tuple: 5,200 steps, 2,200 distinct (for memory).
        shared: dict[tuple[int, bool, bool], tuple[int, bool, bool]] = {}
        for phrase in self.phrases.values():
            steps = []
            for element in phrase.elements:
                number = -1
                if not element.gap:
                    number = ids.get((element.keys, element.prefixes), -1)
                    if number < 0:
                        number = ids[element.keys, element.prefixes] = len(ids)
                        for key in element.keys:
                            self.element_keys.setdefault(key, []).append(number)
                        for stem in element.prefixes:
                            self.element_prefix.setdefault(stem, []).append(number)
                step = (number, element.optional, element.gap)
                steps.append(shared.setdefault(step, step))
            phrase.steps = tuple(steps)
            phrase.strongest = max(w for _, w in phrase.hits)
            phrase.elements = ()  # matching reads ``steps`` (for memory)
        self.element_prefix_lengths = tuple(sorted({len(p) for p in self.element_prefix}))
        self.phrases = {}  # only needed while compiling (for memory)

    def known_forms(self) -> frozenset[str]:
        return frozenset(self.forms) | frozenset(self.phrase_keys)

    # -- lookups -------------------------------------------------------------------------

    def word(self, token: Token) -> _Word:
        """Everything this lexicon knows of ``token``'s form (cached by ``_FORMS``, with
        what the other lexicons know of it)."""
        if token.form == BOUNDARY:  # never a cue, never in a phrase
            return _NOTHING
        hits = self._token_hits(token) or _NO_HITS
        accepted = self._accepted(token) or _NO_IDS
        # Many words share one set of element ids (one per lemma): one copy (for memory).
        accepted = self.accepted_sets.setdefault(accepted, accepted)
        laughter = bool(lexicon.LAUGHTER.fullmatch(token.form))
        counts = bool(hits) or laughter
        candidates = list(enumerate(self._phrase_candidates(token)))
        if not candidates:
            if not counts and not accepted:
                return _NOTHING  # most words: one shared value (for memory)
            return _Word(hits, accepted, laughter, counts=counts)
        by_next: dict[int, list[Candidate]] = {}
        loose: list[Candidate] = []
        for candidate in candidates:
            number, optional, gap = candidate[1].steps[1]
            if optional or gap:
                loose.append(candidate)
            else:
                by_next.setdefault(number, []).append(candidate)
        return _Word(hits, accepted, laughter, frozenset(by_next),
                     {n: tuple(c) for n, c in by_next.items()} or _NO_GROUPS,
                     tuple(loose) or _NO_CANDIDATES, starts=True, counts=counts)

    def _accepted(self, token: Token) -> frozenset[int]:
        """The ids of the phrase elements that accept ``token`` (``_Element.accepts``)."""
        if token.form == BOUNDARY:
            return _NO_IDS
        found: set[int] = set()
        for key in token.keys:
            found.update(self.element_keys.get(key, ()))
        form = token.form
        for length in self.element_prefix_lengths:
            if length > len(form):
                break
            found.update(self.element_prefix.get(form[:length], ()))
        return frozenset(found)

    def _token_hits(self, token: Token) -> list[Hit]:
        """The cues of one token: its exact form, else its longest listed stem, else its
        lemmas or Snowball stem (the strongest cue per key when several readings have
        one). A listed stem is a deliberate choice ("умер*" is a death, while the lemma
        would make it one with "умрешь"), a lemma the general rule."""
        hits = self.forms.get(token.form)
        if hits is not None:
            return hits
        size = len(token.form)
        for length in self.prefix_lengths:
            if length <= size:
                hits = self.prefix.get(token.form[:length])
                if hits is not None:
                    return hits
        best: dict[str, float] = {}
        for key in _in_order(token):
            for name, weight in self.lemmas.get(key, ()):
                best[name] = max(weight, best.get(name, 0.0))
        return list(best.items())

    def _phrase_candidates(self, token: Token) -> list[_Phrase]:
        """The phrases that may start at ``token``, in the order that breaks a tie between
        two matches of one span and weight: those listed under its exact form first, then
        under its lemma (``_in_order``)."""
        seen: dict[int, _Phrase] = {}
        for key in _in_order(token):
            for phrase in self.phrase_keys.get(key, ()):
                seen[id(phrase)] = phrase
        for length in self.phrase_prefix_lengths:
            if length > len(token.form):
                break
            for phrase in self.phrase_prefix.get(token.form[:length], ()):
                seen[id(phrase)] = phrase
        return list(seen.values())


def _in_order(token: Token) -> list[str]:
    """``token.keys`` in a fixed order: the exact form first, then the others sorted. A
    frozenset of strings iterates in an order that changes with each process's hash seed,
    so two phrases of one span and weight ("стоит у окна", loneliness, and "стоял у
    окна", sadness, which the lemma matches) were ranked one way in one process and the
    other way in the next: the same message got a different answer after a restart."""
    return sorted(token.keys, key=lambda key: (key != token.form, key))


_HITS: Final[dict[Hit, Hit]] = {}
"""Every distinct (key, weight) once: 4,300 cues hold 180 distinct ones (for memory)."""


def _put(hits: list[Hit], key: str, weight: float) -> None:
    """Add a cue's (key, weight); an entry listed twice for one key keeps its strongest
    weight instead of counting twice."""
    for i, (known, was) in enumerate(hits):
        if known == key:
            hit = (key, max(was, weight))
            hits[i] = _HITS.setdefault(hit, hit)
            return
    hit = (key, weight)
    hits.append(_HITS.setdefault(hit, hit))


_NEVER_READ: Final = re.compile("[-'’ёA-ZА-ЯЁ]")
"""What ``normalise`` never leaves in a message (hyphens split, apostrophes dropped, ё
written е, lower case): an entry holding one could never match."""


def _compile(blocks: Mapping[str, str], *, emotions_only: bool) -> _Lexicon:
    compiled = _Lexicon()
    for key, block in blocks.items():
        if emotions_only and not key.startswith("_") and key not in EMOTIONS:
            raise ValueError(f"unknown emotion in the lexicon: {key!r}")
        for pattern, weight in _entries(block):
            if _NEVER_READ.search(pattern.replace("=", "")):
                raise ValueError(f"{key}: {pattern!r} can never match a normalised message")
            compiled.add(key, pattern, weight)
    compiled.seal()
    return compiled


def _lexicons() -> tuple[_Lexicon, _Lexicon, _Lexicon]:
    """The emotions' cues, the context's and the situations', compiled."""
    return (_compile(lexicon.CUES, emotions_only=True),
            _compile(lexicon.CONTEXT, emotions_only=False),
            _compile(situations.CUES, emotions_only=False))


_LEX, _CONTEXT_LEX, _SITUATION_LEX = _lexicons()
analyzer()  # pymorphy3's dictionaries load with the translator, as they did when compiling
# the lexicons looked their words up: never on a first message, inside the event loop
_KNOWN: Final = _LEX.known_forms()

if set(situations.CUES) != set(situations.ORDER):
    raise ValueError("every situation needs cues, and only those in ORDER")


LEMMAS_PATH: Final = Path(__file__).with_name("_offline_lemmas.py")


def lemma_table_text() -> str:
    """``_offline_lemmas.LEMMAS`` as the lexicons and pymorphy3 give it now: every Russian
    word compiling the lexicons looks up, with its lemmas."""
    words: set[str] = set()
    looking_up(words)
    try:
        _lexicons()
    finally:
        looking_up(None)
    return lemma_table(words)


def lemma_table_source(table: str | None = None) -> str:
    """The source of ``_offline_lemmas.py`` for ``table`` (by default
    ``lemma_table_text()``); ``python -m actors.translator._offline_train`` writes it with the
    model."""
    text = lemma_table_text() if table is None else table
    lines = [f"    {line!r}" for line in text.splitlines(keepends=True)]
    return "\n".join([
        '"""The Russian words the offline lexicons are compiled from, each with its lemmas as',
        "pymorphy3 gives them, the likeliest first: written by ``python -m",
        "actors.translator._offline_train``; never edit by hand (a test checks it against",
        'the lexicons and pymorphy3)."""', "",
        "from typing import Final", "",
        "LEMMAS: Final = (", *lines, ")"]) + "\n"


# -- what the lexicons know of a word form --------------------------------------------------

_SOFTENING_WORDS: Final = frozenset(entry.split()[-1] for entry in lexicon.DIMINISHERS)
"""The last words of ``DIMINISHERS``: a cue is softened only after one of them."""

# The bits of a ``_Form``'s flags: the form is a negator, a softening word, a contrast word, an
# intensifier; and, for each lexicon at its shift, it may start a phrase (``_STARTS_BIT``)
# or be a cue by itself (``_COUNTS_BIT``). A message ORs its words' flags once, instead of
# looking for each kind of word in its forms again (for speed).
_NEGATOR: Final = 1
_SOFTENING: Final = 2
_CONTRAST: Final = 4
_INTENSIFIER: Final = 8
_STARTS_BIT: Final = 1
_COUNTS_BIT: Final = 2
_BITS: Final = _STARTS_BIT | _COUNTS_BIT
_LEX_SHIFT: Final = 4
_CONTEXT_SHIFT: Final = 6
_SITUATION_SHIFT: Final = 8


_Form = tuple[_Word, _Word, _Word, int]
"""What the three lexicons (emotions, context, situations) know of one word form, and its
flags."""


_FORMS: Final[dict[str, _Form]] = {}
"""By form: a token's keys are a function of its form, and a form hashes faster than a
``Token``; one look-up serves the three lexicons (for speed)."""

_PLAIN: Final[dict[int, _Form]] = {}
"""The forms no lexicon knows share one value per flags (for memory)."""


def _form(token: Token) -> _Form:
    """What the lexicons know of ``token``'s form (remembered in ``_FORMS``)."""
    if len(_FORMS) >= _CACHE_SIZE:
        _FORMS.clear()
        for lex in (_LEX, _CONTEXT_LEX, _SITUATION_LEX):
            lex.accepted_sets.clear()
    form = token.form
    flags = ((form in lexicon.NEGATORS) * _NEGATOR | (form in _SOFTENING_WORDS) * _SOFTENING
             | (form in lexicon.CONTRAST) * _CONTRAST
             | (form in lexicon.INTENSIFIERS) * _INTENSIFIER)
    words = (_LEX.word(token), _CONTEXT_LEX.word(token), _SITUATION_LEX.word(token))
    for word, shift in zip(words, (_LEX_SHIFT, _CONTEXT_SHIFT, _SITUATION_SHIFT), strict=True):
        flags |= (word.starts * _STARTS_BIT | word.counts * _COUNTS_BIT) << shift
    if words[0] is _NOTHING and words[1] is _NOTHING and words[2] is _NOTHING:
        found = _PLAIN.get(flags)
        if found is None:
            found = _PLAIN.setdefault(flags, (_NOTHING, _NOTHING, _NOTHING, flags))
    else:
        found = (*words, flags)
    _FORMS[form] = found
    return found


def _columns(tokens: list[Token], forms: list[str]) -> tuple[
        Sequence[_Word], Sequence[_Word], Sequence[_Word], int]:
    """What each lexicon knows of every token (``forms``: their forms), and their flags
    ORed: the look-ups run in C, and only the forms never seen go through Python (for
    speed)."""
    found: list[_Form | None] = list(map(_FORMS.get, forms))
    if None in found:
        found = [seen or _form(token) for seen, token in zip(found, tokens, strict=True)]
    if not found:
        return (), (), (), 0
    lex, context, situation, flags = zip(*cast(list[_Form], found), strict=False)
    return lex, context, situation, functools.reduce(operator.or_, flags)


# -- matching ------------------------------------------------------------------------------


class _Cue(NamedTuple):
    """A counted cue: where it starts, what it adds, and whether an emoji said it (a
    tuple: made in C, far faster than a frozen dataclass, for speed)."""

    position: int
    key: str
    weight: float
    emoji: bool = False


_new_cue: Final[Callable[[tuple[int, str, float, bool]], _Cue]] = functools.partial(
    tuple.__new__, _Cue)
"""``_Cue(*fields)``, with no call of the named tuple's ``__new__`` in Python (for speed)."""
_KEY: Final = operator.itemgetter(1)


def _phrase_end(steps: tuple[tuple[int, bool, bool], ...], k: int,
                words: Sequence[_Word], forms: Sequence[str], i: int) -> int:
    """The index after the match of ``steps[k:]`` at token ``i``, or -1 (``words``: what
    the lexicon knows of each token, ``forms``: the tokens' forms)."""
    size = len(steps)
    count = len(words)
    # Required words one after another in a loop, not a call each (for speed).
    while k < size:
        number, optional, gap = steps[k]
        if optional or gap:
            break
        if i >= count or number not in words[i].accepted:
            return -1
        k += 1
        i += 1
    else:
        return i
    if gap:
        # A phrase ends with a word, so one follows the gap: a required one is tested here
        # at each skip, not in a call each (for speed).
        after, after_optional, after_gap = steps[k + 1]
        loose = after_optional or after_gap
        for skip in range(3):
            j = i + skip
            if skip and (j > count or forms[j - 1] == BOUNDARY):
                break
            if loose:
                end = _phrase_end(steps, k + 1, words, forms, j)
            elif j < count and after in words[j].accepted:
                end = j + 1 if k + 2 == size else _phrase_end(steps, k + 2, words, forms, j + 1)
            else:
                continue
            if end >= 0:
                return end
        return -1
    if i < count and number in words[i].accepted:
        end = _phrase_end(steps, k + 1, words, forms, i + 1)
        if end >= 0:
            return end
    return _phrase_end(steps, k + 1, words, forms, i) if optional else -1


_STARTS: Final = operator.attrgetter("starts")
_COUNTS: Final = operator.attrgetter("counts")
_FORM: Final = operator.attrgetter("form")


def _phrase_matches(words: Sequence[_Word],
                    forms: Sequence[str]) -> list[tuple[int, int, _Phrase]]:
    """(start, end, phrase) of every phrase found, the preferred ones first: longer, then
    stronger ("i cant wait" is joy's "cant wait", not frustration's "i cant"), then the
    earlier start and the earlier candidate."""
    found: list[tuple[int, int, int, _Phrase]] = []
    last = len(words) - 1
    # Only the words some phrase may start with, picked in C (for speed).
    for i in itertools.compress(itertools.count(), map(_STARTS, words)):
        word = words[i]
        # A candidate's first element accepts its word by construction.
        if word.loose:
            for rank, phrase in word.loose:
                end = _phrase_end(phrase.steps, 1, words, forms, i + 1)
                if end > i:
                    found.append((i, end, rank, phrase))
        if i < last and word.next_ids:
            following = words[i + 1].accepted
            if word.next_ids.isdisjoint(following):
                continue
            for number in word.next_ids & following:
                for rank, phrase in word.by_next[number]:
                    steps = phrase.steps
                    # A two-word phrase has matched already (no call, for speed).
                    end = i + 2 if len(steps) == 2 else _phrase_end(steps, 2, words, forms,
                                                                     i + 2)
                    if end > i:
                        found.append((i, end, rank, phrase))
    if not found:
        return []  # most calls: no list to rebuild (for speed)
    if len(found) > 1:
        found.sort(key=lambda m: (m[0] - m[1], -m[3].strongest, m[0], m[2]))
    return [(start, end, phrase) for start, end, _, phrase in found]


def _negated(tokens: list[Token], start: int) -> bool:
    """A negator before ``start`` with only filler words between ("не очень страшно")."""
    j = start - 1
    while j >= 0 and tokens[j].form in lexicon.NEGATION_FILLERS:
        j -= 1
    return j >= 0 and tokens[j].form in lexicon.NEGATORS


def _match(tokens: list[Token], words: Sequence[_Word], forms: Sequence[str], bits: int, *,
           emotions: bool = True, negation: bool = False) -> list[_Cue]:
    """Every counted cue: phrases first (longer, then stronger ones win an overlap), then
    the tokens no phrase covers. In the emotions' lexicon (``emotions``) a phrase covers
    its words for every key, a negated cue does not count (except that negated joy, "не
    радует", "nothing is fun", is a little sadness) and laughter ("ахаха", "lol") is a
    little joy; in the others (context flags, situations) a phrase covers its words only
    for its own keys, so one flag never hides another, and nothing is negated.

    ``words``: what the lexicon knows of each token, ``forms``: the tokens' forms
    (``_columns``); ``bits``: the lexicon's ``_STARTS_BIT`` and ``_COUNTS_BIT`` of the
    message, so that a message where no word starts a phrase, or none is a cue by itself,
    skips that step (most messages, for the context and situation cues: for speed);
    ``negation``: the message holds a negator or a softening word (with none, no cue is
    negated or softened, and every cue counts as it is)."""
    cues: list[_Cue] = []
    matches = _phrase_matches(words, forms) if bits & _STARTS_BIT else []
    if not matches:
        if not bits & _COUNTS_BIT:
            return cues
        # No phrase, so nothing is covered: no cover lists to build or read (for speed).
        for i in itertools.compress(itertools.count(), map(_COUNTS, words)):
            word = words[i]
            if word.hits:
                _count(cues, tokens, i, word.hits, negation)
            elif emotions and word.laughter:
                _count(cues, tokens, i, _LAUGHTER_HITS, negation)
        return cues
    if emotions:
        # One cover for every key: a phrase counts all its cues or none, and a word no
        # phrase covers all of its own, with no list built per cue (for speed).
        cover = [False] * len(tokens)
        for start, end, phrase in matches:
            if True not in cover[start:end]:
                cover[start:end] = [True] * (end - start)
                _count(cues, tokens, start, phrase.hits, negation)
        for i in itertools.compress(itertools.count(), map(_COUNTS, words)):
            if not cover[i]:
                word = words[i]
                found = word.hits or (_LAUGHTER_HITS if word.laughter else _NO_HITS)
                if found:
                    _count(cues, tokens, i, found, negation)
        return cues
    covered: dict[str, list[bool]] = {}

    def cover_of(key: str) -> list[bool]:
        found = covered.get(key)
        if found is None:
            found = covered[key] = [False] * len(tokens)
        return found

    for start, end, phrase in matches:
        hits = [(k, w) for k, w in phrase.hits if not any(cover_of(k)[start:end])]
        if not hits:
            continue
        for key, _ in hits:
            cover_of(key)[start:end] = [True] * (end - start)
        _count(cues, tokens, start, hits, negation)
    for i in itertools.compress(itertools.count(), map(_COUNTS, words)):
        word = words[i]
        found = [(k, w) for k, w in word.hits if not cover_of(k)[i]] if word.hits else []
        if found:
            _count(cues, tokens, i, found, negation)
    return cues


_LAUGHTER_HITS: Final[list[Hit]] = [("joy", 1.0)]


def _count(cues: list[_Cue], tokens: list[Token], start: int, hits: list[Hit],
           negation: bool) -> None:
    """Add the cues of ``hits`` found at ``start`` to ``cues`` (loops appending to the
    caller's list: no list built per call, for speed)."""
    is_emoji = tokens[start].emoji
    append = cues.append
    if not negation or is_emoji:
        for key, weight in hits:
            append(_new_cue((start, key, weight, is_emoji)))
    elif _negated(tokens, start):
        for key, weight in hits:
            if key == "joy":
                append(_new_cue((start, "sadness", weight / 2, False)))
    else:
        scale = lexicon.DIMINISHED if _diminished(tokens, start) else 1.0
        for key, weight in hits:
            append(_new_cue((start, key, weight * scale, False)))


def _diminished(tokens: list[Token], start: int) -> bool:
    """"a little nervous", "немного волнуется": the cue is softened."""
    if start == 0:
        return False
    if start == 1:
        return tokens[0].form in lexicon.DIMINISHERS
    last, previous = tokens[start - 1].form, tokens[start - 2].form  # no list (for speed)
    return last in lexicon.DIMINISHERS or f"{previous} {last}" in lexicon.DIMINISHERS


def _contrast_start(tokens: list[Token], cues: list[_Cue], forms: list[str],
                    words: Sequence[_Word], flags: int) -> int | None:
    """The position of the first contrast word after a feeling was named or negated: "не
    злится, а просто устал", "a little nervous but mostly excited", "так боялась, а
    сыграла без ошибок". Cues after it weigh more: the parent's point comes last.
    ``forms``, ``words``, ``flags``: the tokens' forms, what the emotions' lexicon knows of
    them and their flags ORed (``_columns``)."""
    if not flags & _CONTRAST:
        return None  # no contrast word at all: a quick "none" first (for speed)
    starts = [c.position for c in cues if c.key in EMOTIONS or c.key in _EXPRESSIONS]
    if flags & _NEGATOR:  # no negator: no negated cue
        # Only the earliest negated cue can matter: the search stops there (for speed).
        negated = next((i for i in range(len(tokens)) if _negated_cue(tokens, i, words)),
                       None)
        if negated is not None:
            starts.append(negated)
    if not starts:
        return None
    first = min(starts)
    for i in range(first + 1, len(tokens)):
        if forms[i] in lexicon.CONTRAST:
            return i
    return None


def _negated_cue(tokens: list[Token], i: int, words: Sequence[_Word]) -> bool:
    """A negated emotion cue starts at ``i`` ("не злится", "not angry"; ``words``: what the
    emotions' lexicon knows of the tokens)."""
    token = tokens[i]
    if token.form == BOUNDARY or token.emoji or not _negated(tokens, i):
        return False
    return any(key in EMOTIONS for key, _ in words[i].hits)


# -- reading a message ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OfflineReading:
    """What the offline translator reads in a message.

    - ``emotion``: the dominant emotion, or None when the message is unclear (nothing
      recognised, or the evidence too weak or too split: ``MIN_SCORE``,
      ``MIN_CONFIDENCE``);
    - ``intensity``: 1 (mild) .. 5;
    - ``confidence``: 0..1, how strong the evidence is and how clearly it favours the
      emotion over the runner-up;
    - ``situation``: what happened, when the message names it;
    - ``sarcasm``: a sarcasm marker was seen ("oh great, another tantrum 🙄"): its
      cheerful words were not read as joy;
    - ``scores``: the evidence per emotion (after the mixed-feelings rules);
    - ``second_opinion``: the emotion (or its presence at all) was decided by the model,
      not by the rules.
    """

    emotion: Emotion | None
    intensity: int
    confidence: float
    situation: Situation | None
    sarcasm: bool
    scores: Mapping[str, float]
    second_opinion: bool = False

    @property
    def label(self) -> Label:
        return self.emotion if self.emotion is not None else "unclear"

    @property
    def unclear(self) -> bool:
        return self.emotion is None


_EXPRESSIONS: Final[dict[str, str]] = {"_cry": "sadness", "_shout": "anger"}
"""Expressions of distress (crying, shouting) and the feeling they stand for when the
message names no other: a child cries from fear or tiredness as much as from sadness."""

_NEGATIVE: Final = tuple(e for e in EMOTIONS if e != "joy")


def _worried(tokens: list[Token], cues: list[_Cue]) -> list[_Cue]:
    """In a clause that starts worrying ("а вдруг", "what if", "боится, что"), what follows
    is the feared thing, not a present feeling: "а вдруг меня не возьмут и все будут
    смеяться" is fear, not loneliness or shame."""
    if "_worry" not in map(_KEY, cues):
        return cues  # most messages: a quick look in C (for speed)
    starts = sorted(c.position for c in cues if c.key == "_worry")
    ends = []
    for start in starts:
        end = start
        while end < len(tokens) and tokens[end].form != BOUNDARY:
            end += 1
        ends.append(end)
    worried: list[_Cue] = []
    for cue in cues:
        inside = any(a < cue.position < b for a, b in zip(starts, ends, strict=True))
        if inside and cue.key in _NEGATIVE and cue.key != "fear":
            share = cue.weight * lexicon.WORRY_SHARE
            worried.append(_Cue(cue.position, "fear", share, cue.emoji))
            cue = _Cue(cue.position, cue.key, cue.weight - share, cue.emoji)
        worried.append(cue)
    return worried


def _guess_start(forms: list[str], contrast: int) -> int | None:
    """Where the parent's first guess starts, before ``contrast``: "I thought he was being
    rude… then he whispered he's scared", «думала, злится… но оказалось, плакал». A
    guess word at a sentence's start or after "я", "i", "we" (``GUESS_SPEAKERS``); the
    feelings between it and the contrast are the guess the parent takes back."""
    for i in range(contrast):
        if forms[i] in lexicon.GUESSES and (
                i == 0 or forms[i - 1] == BOUNDARY or forms[i - 1] in lexicon.GUESS_SPEAKERS):
            return i
    return None


def _day_turn(forms: list[str], cues: list[_Cue]) -> tuple[int, int] | None:
    """Where a feeling told of an earlier day starts and where today's starts: «вчера
    плакала, что не умеет, а сегодня проехала весь двор», "yesterday he was a total
    chatterbox. today they left and ...". A ``BEFORE`` word, then a ``NOW`` word, each
    with a feeling's cue after it and before the next; None otherwise (most messages name
    no day)."""
    before = next((i for i, form in enumerate(forms) if form in lexicon.BEFORE), None)
    if before is None:
        return None
    now = next((i for i in range(before + 1, len(forms)) if forms[i] in lexicon.NOW), None)
    if now is None:
        return None
    felt = [c.position for c in cues if c.key in EMOTIONS or c.key in _EXPRESSIONS]
    if not any(before < at < now for at in felt) or not any(at > now for at in felt):
        return None
    return before, now


def _scores(cues: list[_Cue], contrast: int | None, sarcasm: bool,
            guess: int | None = None) -> dict[str, float]:
    """The cues summed by key: after a contrast an emotion's cues weigh more
    (``CONTRAST_BOOST``), between a parent's guess and the contrast less (``GUESSED``), and
    under sarcasm joy not at all."""
    scores: dict[str, float] = {}
    if contrast is None and not sarcasm:
        # Most messages: every cue counts as it is, with no test per cue (for speed).
        for _, key, weight, _ in cues:
            scores[key] = scores.get(key, 0.0) + weight
        return scores
    for cue in cues:
        weight = cue.weight
        if sarcasm and cue.key == "joy":
            continue  # "oh great", "ну прекрасно": the cheer is not the child's
        if contrast is not None and cue.position > contrast and (
                cue.key in EMOTIONS or cue.key in _EXPRESSIONS):
            weight *= lexicon.CONTRAST_BOOST
        elif (guess is not None and contrast is not None and guess < cue.position < contrast
              and cue.key in EMOTIONS):
            weight *= lexicon.GUESSED
        scores[cue.key] = scores.get(cue.key, 0.0) + weight
    return scores


def _adjusted(scores: Mapping[str, float], situation: Situation | None) -> dict[str, float]:
    """The emotions' scores after the mixed-feelings rules (docs/translator.md, section
    "The offline translator")."""
    # Every emotion at 0.0 in its order, then the scores of those named: a message names
    # few (for speed).
    adjusted: dict[str, float] = dict.fromkeys(EMOTIONS, 0.0)
    for key, score in scores.items():
        if key in adjusted:
            adjusted[key] = score
    # Each flag is looked up once, and a rule's other terms only where it applies (for
    # speed).
    get = scores.get
    if get("_misdirected", 0.0) > 0:
        adjusted["anger"] /= 2  # "она не на меня злится": the anger is at something else
    if get("_sibling", 0.0) > 0:
        rivalry = get("_compare", 0.0) > 0 or get("_unfair", 0.0) > 0
        negative = max(adjusted["anger"], adjusted["frustration"], adjusted["sadness"],
                       get("_cry", 0.0), get("_shout", 0.0))
        if rivalry:
            # "It's not fair, he always gets more": the sibling makes it jealousy.
            adjusted["jealousy"] += 2.5
        elif adjusted["jealousy"] > 0:
            adjusted["jealousy"] += 1.0
        elif negative > 0:
            # "I hate my sister" may be rivalry, but a plain fight stays anger.
            adjusted["jealousy"] += 0.5
    task = get("_task", 0.0)
    if task > 0 and adjusted["anger"] > 0 and adjusted["frustration"] > 0:
        # Rage at a puzzle, a zipper, a level: the effort is blocked, nobody is the enemy.
        adjusted["frustration"] += min(task, adjusted["anger"])
    threat = get("_threat", 0.0)
    cry, shout = get("_cry", 0.0), get("_shout", 0.0)
    if threat > 0:
        distress_at = adjusted["anger"] + shout + cry
        if distress_at > 0:
            # Kicking, screaming or crying at the dentist's, at a shot, in the dark: fear.
            adjusted["fear"] += min(threat * lexicon.THREAT_SHARE, distress_at)
    if adjusted["tiredness"] >= 2:
        # "tired and cranky", "уставшая и раздражённая": irritability comes with fatigue.
        adjusted["tiredness"] += min(adjusted["anger"] + adjusted["frustration"], 2.0) / 2
    if situation is not None and (
            cry + shout > 0 or max(map(adjusted.__getitem__, _NEGATIVE)) > 0):
        prior = lexicon.SITUATION_PRIORS.get(situation)
        if prior is not None:
            adjusted[prior[0]] += prior[1]
    if cry or shout:  # no crying, no shouting: nothing to share (for speed)
        _share_expressions(scores, adjusted, "fear" if threat > 0 else None)
    return adjusted


def _share_expressions(scores: Mapping[str, float], adjusted: dict[str, float],
                       favoured: str | None = None) -> None:
    """Crying and shouting go to their own feeling (sadness, anger), or, in part, to the
    feeling the rest of the message names clearly enough: crying at the doctor's is fear,
    sobbing after a long party is tiredness, happy tears and squeals (joy named, and more
    than any negative feeling) are joy. A ``favoured`` feeling (fear, at a feared thing)
    needs no more evidence than the expression's own feeling has: screaming in the bath as
    the water comes on is fear."""
    if not (scores.get("_cry") or scores.get("_shout")):
        return  # no crying, no shouting: nothing to share (a quick exit, for speed)
    own: dict[str, float] = {e: adjusted[e] for e in _NEGATIVE}
    joy = adjusted["joy"]
    for flag, home in _EXPRESSIONS.items():
        weight = scores.get(flag, 0.0)
        if not weight:
            continue
        if joy >= lexicon.EXPRESSION_EVIDENCE and joy > max(own.values()):
            # Tears of joy, shrieks of delight: "we're going to the concert 😭😭😭💖".
            adjusted["joy"] += weight * lexicon.EXPRESSION_SHARE
            adjusted[home] += weight * (1 - lexicon.EXPRESSION_SHARE)
            continue
        others = {e: v for e, v in own.items() if e != home}
        best = max(others, key=lambda e: others[e])
        evidence = lexicon.EXPRESSION_EVIDENCE
        if favoured is not None and favoured != home and others[favoured] > 0:
            best, evidence = favoured, 0.0
        if others[best] >= evidence and others[best] > own[home]:
            adjusted[best] += weight * lexicon.EXPRESSION_SHARE
            adjusted[home] += weight * (1 - lexicon.EXPRESSION_SHARE)
        else:
            adjusted[home] += weight


def _emphasised(text: Text, adjusted: dict[str, float]) -> None:
    """Emphasis (stretched letters, "!!", capitals) strengthens the leading feeling: a
    lone "no" says little, "NOOOOO!!!" is a protest."""
    bonus = 0.5 * (text.stretched + (text.exclamations >= 2) + text.shouting)
    if not bonus:
        return  # no emphasis, nothing to add: most messages (for speed)
    best = max(adjusted.values())
    if best <= 0:
        return
    for emotion, score in adjusted.items():
        if score == best:
            adjusted[emotion] += min(bonus, lexicon.EMPHASIS_BONUS)


def _dominant(adjusted: Mapping[str, float]) -> tuple[Emotion | None, float]:
    """The emotion with the highest score (ties go to the more specific feeling, in
    ``lexicon.PRIORITY``) and the confidence, or None when the evidence is too weak."""
    ranked = sorted(adjusted.values(), reverse=True)
    best, second = ranked[0], ranked[1]
    if best <= 0:
        return None, 0.0
    strength = 1.0 - math.exp(-best / 2.0)
    margin = (best - second) / best
    confidence = round(strength * (0.5 + 0.5 * margin), 3)
    if best < MIN_SCORE or confidence < MIN_CONFIDENCE:
        return None, confidence
    for emotion in lexicon.PRIORITY:  # a loop, not a generator (for speed)
        if adjusted[emotion] == best:
            break
    return cast(Emotion, emotion), confidence


def _intensity(text: Text, emotion: Emotion | None, cues: list[_Cue], forms: list[str],
               flags: int) -> int:
    if emotion is None:
        return 1
    # The weights of its own cues and how many an emoji said, in one loop instead of a
    # list and generators (for speed).
    weights: list[float] = []
    by_emoji = 0
    for _, key, weight, emoji in cues:
        if key == emotion or _EXPRESSIONS.get(key) == emotion:
            weights.append(weight)
            by_emoji += emoji
    strongest = max(weights, default=0.0)
    total = sum(weights)
    if strongest >= 4:
        level = 4
    elif strongest >= 3 or total >= 5:
        level = 3
    else:
        level = 2
    if text.exclamations >= 3:
        level += 2
    elif text.exclamations:
        level += 1
    level += text.shouting + text.stretched
    if flags & _INTENSIFIER:  # a quick "none" first (for speed)
        # Some form is an intensifier: one boost. Two equal forms in a row are rare: the
        # pairs are read only when some are (for speed).
        doubled = True in map(operator.eq, forms, forms[1:]) and any(
            a == b and a in lexicon.INTENSIFIERS for a, b in itertools.pairwise(forms))
        level += 1 + doubled  # "really really", "очень-очень"
    if by_emoji >= 2:
        level += 1
    return max(1, min(5, level))


def _situation(tokens: list[Token], words: Sequence[_Word], forms: list[str],
               bits: int) -> Situation | None:
    """What happened (``words``: what the situations' lexicon knows of the tokens,
    ``bits``: its bits of the message's flags, as for ``_match``)."""
    found: dict[str, float] = {}
    for cue in _match(tokens, words, forms, bits, emotions=False):
        found[cue.key] = found.get(cue.key, 0.0) + cue.weight
    if not found:
        return None
    best = max(found.values())
    if best < 1.0:
        return None
    for name in situations.ORDER:  # a loop, not a generator (for speed)
        if found.get(name) == best:
            break
    return cast(Situation, name)


def read_offline(phrase: str) -> OfflineReading:
    """Read a parent's message: normalise (tokens, lemmas, emoji names) → match the cues
    (negation, contrast, sarcasm) → the mixed-feelings rules → the dominant emotion and
    its confidence → the intensity → the situation. Never raises for a ``str``."""
    text = normalise(phrase, MAX_CHARS, known=_KNOWN)
    tokens = text.tokens
    forms = list(map(_FORM, tokens))  # map runs in C (for speed)
    words, context_words, situation_words, flags = _columns(tokens, forms)
    context = _match(tokens, context_words, forms, flags >> _CONTEXT_SHIFT & _BITS,
                     emotions=False)
    cues = _worried(tokens, _match(tokens, words, forms, flags >> _LEX_SHIFT & _BITS,
                                   negation=bool(flags & (_NEGATOR | _SOFTENING))) + context)
    # A quick look for the key in C first: most messages have none (for speed).
    sarcasm = "_sarcasm" in map(_KEY, cues) and sum(
        c.weight for c in cues if c.key == "_sarcasm") >= 1
    contrast = _contrast_start(tokens, cues, forms, words, flags)
    guess = None if contrast is None else _guess_start(forms, contrast)
    if guess is None:
        turn = _day_turn(forms, cues)
        if turn is not None:  # the day before's feeling weighs like a guess taken back
            guess, contrast = turn
    scores = _scores(cues, contrast, sarcasm, guess)
    situation = _situation(tokens, situation_words, forms, flags >> _SITUATION_SHIFT & _BITS)
    adjusted = _adjusted(scores, situation)
    _emphasised(text, adjusted)
    emotion, confidence = _dominant(adjusted)
    second = False
    decided = _second_opinion(tokens, emotion, confidence)
    if decided is not None:
        emotion, confidence, second = decided[0], decided[1], True
    rounded: dict[str, float] = {}
    for name, score in adjusted.items():  # a loop, not a comprehension (for speed)
        if score > 0:
            rounded[name] = round(score, 3)
    # The fields in their order, not by name: a quicker call (for speed).
    return OfflineReading(emotion, _intensity(text, emotion, cues, forms, flags), confidence,
                          situation, sarcasm, rounded, second)


_MODEL: Final = model.load()


def _second_opinion(tokens: list[Token], emotion: Emotion | None,
                    confidence: float) -> tuple[Emotion, float] | None:
    """The model's verdict, when it overrules the rules: where they named no feeling, its
    likeliest label if that is an emotion it gives ``MODEL_CONFIDENCE`` or more; where they
    named one with ``confidence``, its likeliest emotion if that is another one and it
    gives it ``OVERRIDE_BASE + OVERRIDE_SLOPE × confidence`` or more. The verdict's
    confidence is half the model's probability (a second opinion claims at most 0.5)."""
    if emotion is not None and OVERRIDE_BASE + OVERRIDE_SLOPE * confidence > 1.0:
        return None  # nothing could overturn it: skip the model
    # The first of the likeliest labels, as ``max(labels, key=probability)`` picks it, from
    # a list instead of a dict (for speed).
    probabilities = _MODEL.label_probabilities(model.features(tokens))
    if emotion is None:
        best = max(probabilities)
        label = model.LABELS[probabilities.index(best)]
        needed = MODEL_CONFIDENCE
    else:
        by_emotion = list(map(probabilities.__getitem__, _EMOTION_LABELS))
        best = max(by_emotion)
        label = EMOTIONS[by_emotion.index(best)]
        needed = OVERRIDE_BASE + OVERRIDE_SLOPE * confidence
    if label not in EMOTIONS or label == emotion or best < needed:
        return None
    return label, round(best / 2, 3)


_EMOTION_LABELS: Final = tuple(model.LABELS.index(e) for e in EMOTIONS)
"""Where each of ``EMOTIONS`` is in ``model.LABELS``."""


# -- the public functions ------------------------------------------------------------------


def classify(phrase: str) -> tuple[Label, int]:
    """The main emotion of a child's phrase (or ``UNCLEAR``) and its intensity 1-5 (1 when
    unclear); never raises for a ``str``."""
    reading = read_offline(phrase)
    return reading.label, reading.intensity


def analyse_offline(phrase: str, age_band: AgeBand, language: Language) -> Analysis:
    """The basic-mode translation: emotion, intensity, need, what_to_say (2-3 phrases, the
    last one for the situation when the message names one), what_to_avoid (1-3), in
    ``language``, adapted to ``age_band``.

    Never raises for any ``str`` input (empty, huge, emoji-only, junk). An unclear message
    gets the general guidance and ``DEFAULT_EMOTION`` (``translate_offline`` says it is
    unclear). An unknown ``age_band`` or ``language`` (a caller bypassing the types) falls
    back to "4-7" and "en" rather than failing."""
    return _analysis(read_offline(phrase), age_band, language)


def translate_offline(phrase: str, age_band: AgeBand, language: Language) -> Translation:
    """``analyse_offline`` as the basic-mode ``Translation`` (``source="offline"``), with
    ``unclear`` set when no feeling could be named: the reply then asks the parent what
    happened instead of naming one."""
    reading = read_offline(phrase)
    return Translation(analysis=_analysis(reading, age_band, language), source="offline",
                       unclear=reading.unclear)


def _analysis(reading: OfflineReading, age_band: AgeBand, language: Language) -> Analysis:
    band = age_band if age_band in AGE_BANDS else "4-7"
    lang = language if language in LANGUAGES else "en"
    need, say, avoid = compose(reading.emotion, reading.situation, band, lang)
    return Analysis(
        emotion=reading.emotion or DEFAULT_EMOTION,
        intensity=reading.intensity,
        need=need,
        what_to_say=say,
        what_to_avoid=avoid,
        language=lang,
    )
