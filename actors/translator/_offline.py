"""The offline translator: a child's phrase → an ``Analysis``, with no network at all.

It answers when Claude cannot (no key, breaker open, an invalid answer twice), in the
basic mode: ``classify(phrase)`` gives the emotion and its intensity from the cues of
``_offline_lexicon`` (normalise, match, pick the dominant emotion, grade the intensity),
and ``analyse_offline`` adds emotion-coaching guidance for the age band, in the parent's
language. It never raises for a ``str``. See docs/translator.md, section "The offline
translator".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Final, cast

from actors.protocol import AGE_BANDS, EMOTIONS, LANGUAGES, AgeBand, Analysis, Emotion, Language

from . import _offline_lexicon as lexicon

__all__ = ["DEFAULT_EMOTION", "MAX_CHARS", "analyse_offline", "classify"]

DEFAULT_EMOTION: Final[Emotion] = "frustration"
"""The emotion ``classify`` reports when no cue is recognised (the analysis then carries
the general guidance, which does not name a feeling)."""

MAX_CHARS: Final = 2000
"""Only the start of a longer text is read: the emotion is in the first lines, and the
hot path stays bounded whatever a parent pastes."""

_BOUNDARY: Final = ","
"""The token standing for a clause boundary: phrases and negation never cross it."""


# -- compiling the lexicon -----------------------------------------------------------------

Hit = tuple[str, float]
"""One cue's contribution: (emotion or ``_flag`` key, weight)."""


@dataclass(frozen=True, slots=True)
class _Element:
    """One position of a phrase: alternatives (exact words or stems), or a gap."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    optional: bool = False
    gap: bool = False

    def accepts(self, token: str) -> bool:
        if token == _BOUNDARY:
            return False
        return token in self.exact or any(token.startswith(p) for p in self.prefixes)


@dataclass(slots=True)
class _Phrase:
    """A multi-token cue and what it contributes (one phrase may serve several keys)."""

    elements: tuple[_Element, ...]
    hits: list[Hit] = field(default_factory=list)


def _entries(text: str) -> Iterator[tuple[str, float | None]]:
    """(pattern, weight or None) for every entry of a ``CUES`` block."""
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        for raw in line.split(","):
            entry = raw.strip()
            if not entry:
                continue
            pattern, _, weight = entry.partition("=")
            yield pattern.strip(), (float(weight) if weight else None)


def _element(spec: str) -> _Element:
    """Parse one phrase position: ``~`` (a gap of up to two tokens), ``a|b*``
    (alternatives, ``*`` a stem), ``tok?`` (optional). The entry syntax:
    docs/translator.md, section "The lexicon"."""
    if spec == "~":
        return _Element(frozenset(), (), gap=True)
    optional = spec.endswith("?")
    alternatives = spec.rstrip("?").split("|")
    exact = frozenset(a for a in alternatives if not a.endswith("*"))
    prefixes = tuple(a[:-1] for a in alternatives if a.endswith("*"))
    return _Element(exact, prefixes, optional=optional)


@dataclass(slots=True)
class _Lexicon:
    """The compiled cues: token dicts and the phrase index by first token."""

    exact: dict[str, list[Hit]] = field(default_factory=dict)
    prefix: dict[str, list[Hit]] = field(default_factory=dict)
    phrases: dict[str, _Phrase] = field(default_factory=dict)
    phrase_exact: dict[str, list[_Phrase]] = field(default_factory=dict)
    phrase_prefix: dict[str, list[_Phrase]] = field(default_factory=dict)
    prefix_lengths: tuple[int, ...] = ()
    phrase_prefix_lengths: tuple[int, ...] = ()

    def add(self, key: str, pattern: str, weight: float | None) -> None:
        specs = pattern.split()
        if len(specs) == 1:
            self._add_token(key, specs[0], 1.0 if weight is None else weight)
        else:
            self._add_phrase(key, " ".join(specs), 2.0 if weight is None else weight)

    def _add_token(self, key: str, spec: str, weight: float) -> None:
        for alternative in spec.split("|"):
            table = self.prefix if alternative.endswith("*") else self.exact
            table.setdefault(alternative.rstrip("*"), []).append((key, weight))

    def _add_phrase(self, key: str, source: str, weight: float) -> None:
        phrase = self.phrases.get(source)
        if phrase is None:
            phrase = self.phrases[source] = _Phrase(tuple(_element(s) for s in source.split()))
            first = phrase.elements[0]
            if first.optional or first.gap:
                raise ValueError(f"a phrase must start with a word: {source!r}")
            for word in first.exact:
                self.phrase_exact.setdefault(word, []).append(phrase)
            for stem in first.prefixes:
                self.phrase_prefix.setdefault(stem, []).append(phrase)
        phrase.hits.append((key, weight))

    def seal(self) -> None:
        """Precompute the stem lengths worth looking up (longest first)."""
        self.prefix_lengths = tuple(sorted({len(p) for p in self.prefix}, reverse=True))
        self.phrase_prefix_lengths = tuple(sorted({len(p) for p in self.phrase_prefix}))


def _compile() -> _Lexicon:
    compiled = _Lexicon()
    for key, block in lexicon.CUES.items():
        if not key.startswith("_") and key not in EMOTIONS:
            raise ValueError(f"unknown emotion in the lexicon: {key!r}")
        for pattern, weight in _entries(block):
            compiled.add(key, pattern, weight)
    compiled.seal()
    return compiled


_LEX: Final = _compile()

_WORD_OR_BOUNDARY: Final = re.compile(r"[^\W_]+|[.,!?;:…]+|\s[-–—]+\s")
_INNER_HYPHEN: Final = re.compile(r"(?<=\w)[-‐](?=\w)")
_APOSTROPHES: Final = re.compile(r"['’`ʼ]")
_STRETCHED: Final = re.compile(r"(\w)\1{2,}")
_LAUGHTER: Final = re.compile(
    r"(?:а?(?:ха|хе|хи|ах){2,}х?а?|(?:ha|he|ah|hi){2,}h?|l+o+l+|lmao+|rofl|xd+|хд+)"
)
_EMOJI: Final = re.compile("[" + re.escape("".join(lexicon.EMOJI)) + "]")
_EMOTICON: Final = re.compile(
    "|".join(re.escape(e) for e in sorted(lexicon.EMOTICONS, key=len, reverse=True))
)
_BOUNDARY_CHARS: Final = frozenset(".,!?;:…-–—")


# -- reading a phrase ----------------------------------------------------------------------


@dataclass(slots=True)
class _Text:
    """A normalised phrase: tokens with boundaries, and the cues seen on the way."""

    tokens: list[str]
    symbol_hits: list[Hit]
    exclamations: int
    shouting: bool
    stretched: bool


def _normalise(phrase: str) -> _Text:
    raw = phrase[:MAX_CHARS]
    lower = raw.lower().replace("ё", "е")
    symbol_hits = [lexicon.EMOJI[ch] for ch in _EMOJI.findall(raw)]
    symbol_hits += [lexicon.EMOTICONS[e] for e in _EMOTICON.findall(lower)]
    text = _INNER_HYPHEN.sub(" ", _APOSTROPHES.sub("", lower))
    tokens: list[str] = []
    stretched = False
    for match in _WORD_OR_BOUNDARY.finditer(text):
        token = match.group().strip()
        if token[0] in _BOUNDARY_CHARS:
            if tokens and tokens[-1] != _BOUNDARY:
                tokens.append(_BOUNDARY)
            continue
        if _STRETCHED.search(token):
            stretched = True
            token = _unstretch(token)
        tokens.append(token)
    exclamations = raw.count("!") + 2 * raw.count("‼")
    return _Text(tokens, symbol_hits, exclamations, _is_shouting(raw), stretched)


def _unstretch(token: str) -> str:
    """"нееет" → "нет", "soooo" → "so", but "tooo" → "too" and "класссс" → "класс" when
    the doubled form is a known word."""
    doubled = _STRETCHED.sub(r"\1\1", token)
    if doubled in _LEX.exact or doubled in _LEX.phrase_exact:
        return doubled
    return _STRETCHED.sub(r"\1", token)


def _is_shouting(raw: str) -> bool:
    """Mostly capital letters, and enough of them to be more than an acronym."""
    letters = [ch for ch in raw if ch.isalpha()]
    if len(letters) < 4:
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper >= 0.7 * len(letters)


def _token_hits(token: str) -> list[Hit]:
    """The cues of one token: its exact form, else its longest known stem."""
    hits = _LEX.exact.get(token)
    if hits is not None:
        return hits
    size = len(token)
    for length in _LEX.prefix_lengths:
        if length <= size:
            hits = _LEX.prefix.get(token[:length])
            if hits is not None:
                return hits
    if _LAUGHTER.fullmatch(token):
        return [("joy", 1.0)]
    return []


def _phrase_candidates(token: str) -> list[_Phrase]:
    candidates = list(_LEX.phrase_exact.get(token, ()))
    for length in _LEX.phrase_prefix_lengths:
        if length > len(token):
            break
        candidates += _LEX.phrase_prefix.get(token[:length], ())
    return candidates


def _phrase_end(elements: tuple[_Element, ...], k: int, tokens: list[str], i: int) -> int:
    """The index after the match of ``elements[k:]`` at ``tokens[i]``, or -1."""
    if k == len(elements):
        return i
    element = elements[k]
    if element.gap:
        for skip in range(3):
            if skip and (i + skip > len(tokens) or tokens[i + skip - 1] == _BOUNDARY):
                break
            end = _phrase_end(elements, k + 1, tokens, i + skip)
            if end >= 0:
                return end
        return -1
    if i < len(tokens) and element.accepts(tokens[i]):
        end = _phrase_end(elements, k + 1, tokens, i + 1)
        if end >= 0:
            return end
    return _phrase_end(elements, k + 1, tokens, i) if element.optional else -1


def _negated(tokens: list[str], start: int) -> bool:
    """A negator before ``start`` with only filler words between ("не очень страшно")."""
    j = start - 1
    while j >= 0 and tokens[j] in lexicon.NEGATION_FILLERS:
        j -= 1
    return j >= 0 and tokens[j] in lexicon.NEGATORS


def _match(tokens: list[str]) -> list[Hit]:
    """Every counted cue: phrases first (longer, then stronger ones win an overlap), then
    the tokens no phrase covers; negated cues are dropped."""
    covered = [False] * len(tokens)
    hits: list[Hit] = []
    for start, end, phrase in _phrase_matches(tokens):
        if any(covered[start:end]):
            continue
        for j in range(start, end):
            covered[j] = True
        hits += _unless_negated(tokens, start, phrase.hits)
    for i, token in enumerate(tokens):
        if not covered[i] and token != _BOUNDARY:
            found = _token_hits(token)
            if found:
                hits += _unless_negated(tokens, i, found)
    return hits


def _unless_negated(tokens: list[str], start: int, hits: list[Hit]) -> list[Hit]:
    """``hits`` when the cue at ``start`` is not negated; negated joy ("не смеётся",
    "nothing is fun") reads as a little sadness, any other negated cue as nothing."""
    if not _negated(tokens, start):
        return hits
    return [("sadness", w / 2) for key, w in hits if key == "joy"]


def _phrase_matches(tokens: list[str]) -> list[tuple[int, int, _Phrase]]:
    """(start, end, phrase) of every phrase found, the preferred ones first: "i cant
    wait" is joy's "cant wait", not frustration's "i cant"."""
    found: list[tuple[int, int, _Phrase]] = []
    for i, token in enumerate(tokens):
        if token == _BOUNDARY:
            continue
        for phrase in _phrase_candidates(token):
            end = _phrase_end(phrase.elements, 0, tokens, i)
            if end > i:
                found.append((i, end, phrase))
    found.sort(key=lambda m: (m[0] - m[1], -max(w for _, w in m[2].hits), m[0]))
    return found


@dataclass(slots=True)
class _Reading:
    """What the phrase says: the dominant emotion (None: nothing recognised), its
    intensity, and the evidence."""

    emotion: Emotion | None
    intensity: int
    scores: dict[str, float]


def _dominant(scores: Mapping[str, float]) -> Emotion | None:
    """The emotion with the highest score after the mixed-feelings rules; ties go to the
    more specific feeling."""
    adjusted: dict[str, float] = {e: scores.get(e, 0.0) for e in EMOTIONS}
    sibling = scores.get("_sibling", 0.0) > 0
    rivalry = scores.get("_compare", 0.0) > 0 or scores.get("_unfair", 0.0) > 0
    negative = max(adjusted["anger"], adjusted["frustration"], adjusted["sadness"])
    if sibling and rivalry:
        # "It's not fair, he always gets more": the sibling makes it jealousy.
        adjusted["jealousy"] += 2.5
    elif sibling and adjusted["jealousy"] > 0:
        adjusted["jealousy"] += 1.0
    elif sibling and negative > 0:
        # "I hate my sister" may be rivalry, but a plain fight stays anger.
        adjusted["jealousy"] += 0.5
    best = max(adjusted.values())
    if best <= 0:
        return None
    return next(cast(Emotion, e) for e in lexicon.PRIORITY if adjusted[e] == best)


def _intensity(text: _Text, emotion: Emotion | None, hits: list[Hit]) -> int:
    strongest = max((w for key, w in hits if key == emotion), default=0.0)
    total = sum(w for key, w in hits if key == emotion)
    if emotion is None:
        level = 1
    elif strongest >= 4:
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
    if any(t in lexicon.INTENSIFIERS for t in text.tokens):
        level += 1
    if sum(1 for key, _ in text.symbol_hits if key == emotion) >= 2:
        level += 1
    return max(1, min(5, level))


def _read(phrase: str) -> _Reading:
    """``_normalise`` → ``_match`` → ``_dominant`` → ``_intensity`` (each step:
    docs/translator.md, section "The offline translator")."""
    text = _normalise(phrase)
    hits = _match(text.tokens) + text.symbol_hits
    scores: dict[str, float] = {}
    for key, weight in hits:
        scores[key] = scores.get(key, 0.0) + weight
    emotion = _dominant(scores)
    return _Reading(emotion, _intensity(text, emotion, hits), scores)


# -- the public functions ------------------------------------------------------------------


def classify(phrase: str) -> tuple[Emotion, int]:
    """The main emotion of a child's phrase and its intensity 1-5.

    ``DEFAULT_EMOTION`` (with a low intensity) when nothing in the phrase is recognised;
    never raises for a ``str``."""
    reading = _read(phrase)
    return reading.emotion or DEFAULT_EMOTION, reading.intensity


def analyse_offline(phrase: str, age_band: AgeBand, language: Language) -> Analysis:
    """The basic-mode translation: emotion, intensity, need, what_to_say (2-3 phrases),
    what_to_avoid (1-3), in ``language``, adapted to ``age_band``.

    Never raises for any ``str`` input (empty, huge, emoji-only, junk): a phrase with no
    recognised cue gets the general guidance. An unknown ``age_band`` or ``language`` (a
    caller bypassing the types) falls back to "4-7" and "en" rather than failing."""
    reading = _read(phrase)
    band = age_band if age_band in AGE_BANDS else "4-7"
    lang = language if language in LANGUAGES else "en"
    guide = _GUIDES[lang][reading.emotion or "general"]
    return Analysis(
        emotion=reading.emotion or DEFAULT_EMOTION,
        intensity=reading.intensity,
        need=guide.need,
        what_to_say=guide.say[band],
        what_to_avoid=guide.avoid[band],
        language=lang,
    )


# -- guidance ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Guide:
    """The texts for one emotion (or "general") in one language."""

    need: str
    say: dict[AgeBand, tuple[str, ...]]
    avoid: dict[AgeBand, tuple[str, ...]]


def _parse_guides(text: str) -> dict[str, _Guide]:
    """Parse a ``GUIDANCE`` block: ``# emotion`` sections of ``need:``, ``say <band>:``
    (``say:`` for a band without its own), ``avoid <band>:`` and ``avoid:`` (added for
    every band) lines, phrases split by ``|``; a line starting with ``|`` continues the
    previous one."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    label = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("# "):
            current = sections.setdefault(line[2:].strip(), {})
        elif line.startswith("|"):  # a long line continued
            current[label] += " " + line
        elif line:
            label, _, body = line.partition(":")
            label = label.strip()
            current[label] = body.strip()
    return {name: _guide(name, fields) for name, fields in sections.items()}


def _guide(name: str, fields: dict[str, str]) -> _Guide:
    def phrases(label: str) -> tuple[str, ...]:
        return tuple(p.strip() for p in fields.get(label, "").split("|") if p.strip())

    try:
        need = fields["need"]
        say = {band: phrases(f"say {band}") or phrases("say") for band in AGE_BANDS}
        avoid = {band: phrases(f"avoid {band}") + phrases("avoid") for band in AGE_BANDS}
    except KeyError as missing:
        raise ValueError(f"guidance for {name!r} lacks {missing}") from None
    for band in AGE_BANDS:
        if not 2 <= len(say[band]) <= 3 or not 1 <= len(avoid[band]) <= 3:
            raise ValueError(f"guidance for {name!r}, {band}: 2-3 phrases and 1-3 avoids")
    return _Guide(need, say, avoid)


def _compile_guides() -> dict[str, dict[str, _Guide]]:
    guides: dict[str, dict[str, _Guide]] = {
        lang: _parse_guides(lexicon.GUIDANCE[lang]) for lang in LANGUAGES
    }
    for lang, by_name in guides.items():
        missing = {*EMOTIONS, "general"} - by_name.keys()
        if missing:
            raise ValueError(f"no {lang} guidance for {sorted(missing)}")
    return guides


_GUIDES: Final = _compile_guides()
