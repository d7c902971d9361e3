"""The rule language of the crisis detector and its matcher.

A *sequence* rule is a pattern over tokens: ``"@NEG ~1 @WANT ~2 жить"`` reads "a negation,
then at most one other token, then a want-verb, then at most two tokens, then a form of
жить". An element lists alternatives with ``|``; an alternative may require several keys
of one token with ``+`` (``@ADULT+#nomn``: an adult noun in the nominative). Keys are
lexicon classes (``@NAME``), grammar marks from pymorphy3 (``#futr``, ``#impr``...), the
sentence boundary ``#b``, Russian lemmas, English words (matched by their Snowball stem) or
``=form`` for one exact English form. Gaps never cross a sentence boundary.

A *co-occurrence* rule asks for one token of each group within a window of tokens, in any
order (Russian word order is free, and a disclosure may span two sentences).

After a match, context may cancel it (a negation just before, an idiom after, a word
near) or, for suicidal rules, raise it along the C-SSRS screener: an attempt word makes it
behaviour, an intent word or a future tense makes it intent, intent with a method, time or
place makes it a plan.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final, TypeVar

from ._morph import BOUNDARY, CLAUSE, Token, en_key
from ._types import CrisisKind

Alt = frozenset[str]
Elem = tuple[Alt, ...]
Index = dict[str, list[int]]


class Escalate(Enum):
    """How a suicidal rule's kind may rise with context (C-SSRS items 1 → 6)."""

    NONE = "none"  # the rule's kind stands
    WISH = "wish"  # a wish to be dead: a method → item 3, an attempt → item 6
    IDEATION = "ideation"  # active thoughts: method, intent, plan or behaviour
    METHOD = "method"  # thoughts with a method: intent → plan, attempt → behaviour


@dataclass(frozen=True, slots=True)
class Seq:
    """A sequence rule (see the module docstring); ``kind=None`` with ``tag`` set makes a
    phrase rule that only adds the class ``tag`` to the tokens it covers."""

    id: str
    kind: CrisisKind | None
    pattern: str
    neg: bool = False  # a negation within 3 tokens before cancels
    frame: bool = False  # needs wanting, thinking, intending or a future tense around
    unless_before: str = ""  # any of these keys within 4 tokens before cancels
    unless_after: str = ""  # ... within 3 tokens after
    unless_near: str = ""  # ... within 8 tokens either side, same sentence
    gap_stop: str = ""  # keys a gap may not skip
    escalate: Escalate = Escalate.NONE
    tag: str = ""


@dataclass(frozen=True, slots=True)
class Co:
    """A co-occurrence rule: one token of every group within ``window`` tokens of a token
    of the first group (the same sentence when ``sentence``)."""

    id: str
    kind: CrisisKind
    groups: tuple[str, ...]
    window: int = 10
    sentence: bool = True
    neg: bool = False  # a negation just before the first group's token cancels
    unless_near: str = ""  # any of these keys within the window cancels
    escalate: Escalate = Escalate.NONE
    unless_sentence: str = ""  # any of these keys in the match's sentences cancels
    neg_after: bool = False  # a negation between the first group's token and a later one


@dataclass(frozen=True, slots=True)
class Step:
    elem: Elem
    gap: int


@dataclass(frozen=True, slots=True)
class Probe:
    """How the index finds the tokens that match an element: one lookup key per
    alternative (a word or class rather than a grammar mark), fixed at compile time."""

    pairs: tuple[tuple[Alt, str], ...]
    keys: frozenset[str]  # if none of these is in a message, the element cannot match

    @classmethod
    def of(cls, elem: Elem) -> Probe:
        pairs = shared(tuple(shared((alt, min(alt, key=lambda key: (key[0] == "#", key))))
                             for alt in elem))
        return shared(cls(pairs, shared(frozenset(key for _, key in pairs))))


@dataclass(frozen=True, slots=True)
class CompiledSeq:
    rule: Seq
    steps: tuple[Step, ...]
    probe: Probe
    unless_before: frozenset[str]
    unless_after: frozenset[str]
    unless_near: frozenset[str]
    gap_stop: frozenset[str]
    needs: tuple[frozenset[str], ...] = ()
    """The later steps' probe keys: a message holding none of one step's cannot match."""


@dataclass(frozen=True, slots=True)
class CompiledCo:
    rule: Co
    groups: tuple[Elem, ...]
    unless_near: frozenset[str]
    probes: tuple[Probe, ...]
    unless_sentence: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule's match: token indices (inclusive) and the kind after escalation."""

    rule: str
    kind: CrisisKind
    first: int
    last: int


NEG: Final = "@NEG"
FRAME: Final = frozenset({"@WANT", "@THINK", "@INTENTW", "@ATTEMPT", "#futr", "will",
                         "would"})
_TENSED: Final = frozenset({"@KILLV", "@SUICIDEV", "@METHODV", "@JUMP", "сделать", "покончить"})


def _is_cyrillic(word: str) -> bool:
    return any("а" <= ch <= "я" or ch == "ё" for ch in word.lower())


_T = TypeVar("_T")
SHARED: Final[dict[object, object]] = {}
"""Compiled keys, key sets and elements by value: the 1,000 rules name the same words and
classes 16,000 times, and one object for each distinct value saves 2 MB (for memory).
``_detector`` empties it once the rules are compiled."""


def shared(value: _T) -> _T:
    """The one object of ``SHARED`` equal to ``value`` (``value`` itself the first time)."""
    return SHARED.setdefault(value, value)  # type: ignore[return-value]


def compile_key(word: str) -> str:
    """A rule word → the token key it matches (see the module docstring)."""
    if word[0] in "@#=":
        return shared(word)
    if _is_cyrillic(word):
        return shared(word.lower().replace("ё", "е"))
    return shared(en_key(word.lower()))


def compile_elem(text: str) -> Elem:
    return shared(tuple(shared(frozenset(compile_key(part) for part in alt.split("+")))
                        for alt in text.split("|")))


def compile_keys(text: str) -> frozenset[str]:
    return shared(frozenset(compile_key(word) for word in text.split()))


def compile_pattern(pattern: str) -> tuple[Step, ...]:
    steps: list[Step] = []
    gap = 0
    for part in pattern.split():
        if part.startswith("~"):
            gap = int(part[1:])
            continue
        steps.append(Step(compile_elem(part), gap))
        gap = 0
    if not steps:
        raise ValueError(f"empty pattern: {pattern!r}")
    return tuple(steps)


def _language_mark(rule_id: str) -> str | None:
    """``#ru`` or ``#en`` from a rule id: its first token must be a word of that language,
    so a rule is never read with the other language's exceptions."""
    for mark in ("ru", "en"):
        if f".{mark}." in rule_id:
            return "#" + mark
    return None


def _scoped(elem: Elem, mark: str | None) -> Elem:
    if mark is None:
        return elem
    return shared(tuple(shared(alt | {mark}) for alt in elem))


def compile_seq(rule: Seq) -> CompiledSeq:
    steps = compile_pattern(rule.pattern)
    steps = (Step(_scoped(steps[0].elem, _language_mark(rule.id)), 0), *steps[1:])
    return CompiledSeq(rule, steps, Probe.of(steps[0].elem), compile_keys(rule.unless_before),
                       compile_keys(rule.unless_after), compile_keys(rule.unless_near),
                       compile_keys(rule.gap_stop),
                       tuple(Probe.of(step.elem).keys for step in steps[1:]))


def compile_co(rule: Co) -> CompiledCo:
    groups = tuple(compile_elem(group) for group in rule.groups)
    groups = (_scoped(groups[0], _language_mark(rule.id)), *groups[1:])
    return CompiledCo(rule, groups, compile_keys(rule.unless_near),
                      tuple(Probe.of(group) for group in groups),
                      compile_keys(rule.unless_sentence))


def keys_of(elem: Elem) -> set[str]:
    return {key for alt in elem for key in alt}


# -- matching --------------------------------------------------------------------------------


def build_index(tokens: Sequence[Token]) -> Index:
    index: Index = {}
    for position, token in enumerate(tokens):
        for key in token.keys:
            index.setdefault(key, []).append(position)
    return index


def positions(probe: Probe, tokens: Sequence[Token], index: Index) -> list[int]:
    """Sorted positions of tokens matching the probed element, found through the index."""
    found: set[int] = set()
    for alt, key in probe.pairs:
        for position in index.get(key, ()):
            if alt <= tokens[position].keys:
                found.add(position)
    return sorted(found)


def _extend(tokens: Sequence[Token], steps: tuple[Step, ...], j: int, pos: int,
            gap_stop: frozenset[str]) -> int | None:
    if j == len(steps):
        return pos
    step = steps[j]
    elem = step.elem
    limit = min(len(tokens) - 1, pos + step.gap + 1)
    for q in range(pos + 1, limit + 1):
        keys = tokens[q].keys
        # the token matches when it holds every key of an alternative: tested in C,
        # not by a generator (for speed)
        if any(map(keys.issuperset, elem)):
            end = _extend(tokens, steps, j + 1, q, gap_stop)
            if end is not None:
                return end
        # whether the step wants a boundary is asked only at one (for speed)
        if (BOUNDARY in keys and not any(BOUNDARY in alt for alt in elem)) or (
                gap_stop and not gap_stop.isdisjoint(keys)):
            break
    return None


def _window_has(tokens: Sequence[Token], lo: int, hi: int, sentence: int,
                keys: frozenset[str]) -> bool:
    """Whether a token in ``[lo, hi]`` of the given sentence has one of ``keys``."""
    for q in range(max(lo, 0), min(hi, len(tokens) - 1) + 1):
        token = tokens[q]
        if token.sent == sentence and not keys.isdisjoint(token.keys):
            return True
    return False


# words that start a new clause: a negation before one of them says nothing of what follows
_CLAUSE_WORDS: Final = frozenset({CLAUSE, "но", "а", "однако", "but", "though", "although"})
_LANGUAGES: Final = frozenset({"#ru", "#en"})
# a subject pronoun starts a new clause too, comma or not: "не могу я убью себя"
_NEW_SUBJECT: Final = frozenset({"=я", "=он", "=она", "=i", "=he", "=she"})


def _neg_before(tokens: Sequence[Token], start: int) -> bool:
    """A negation within 3 tokens before ``start``, in its clause: "завтра меня уже не
    будет, я убью себя", "he's not joking, he'll kill himself" and, with no comma, "мам я
    больше не могу я убью себя", "i cant i'll kill myself" negate nothing; "he said he would
    never kill himself" still does. A negation of the other language negates nothing: the
    "not" of an English "wont" before «хочу умереть»."""
    sentence = tokens[start].sent
    language = tokens[start].keys & _LANGUAGES
    for q in range(start, max(start - 3, 0) - 1, -1):
        token = tokens[q]
        if token.sent != sentence:
            return False
        if q < start and NEG in token.keys and (not language or language & token.keys):
            return True
        if not _CLAUSE_WORDS.isdisjoint(token.keys) or not _NEW_SUBJECT.isdisjoint(token.keys):
            return False
    return False


def _absent(rule: CompiledSeq, index: Index) -> bool:
    """Whether the message lacks the keys of the rule's first step or of a later one:
    then it cannot match, and no position is tried. Asked of the index's keys, which
    iterate the smaller side: a key set asked of the index itself iterates every key of
    the message (for speed)."""
    present = index.keys()
    return present.isdisjoint(rule.probe.keys) or any(map(present.isdisjoint, rule.needs))


def run_seq(rule: CompiledSeq, tokens: Sequence[Token], index: Index, *,
            present: bool = False) -> Hit | None:
    """The first match of ``rule`` that its context does not cancel. ``present``: the
    caller has found a key of every step in the index, and ``_absent`` is not asked again
    (for speed)."""
    if not present and _absent(rule, index):
        return None
    for start in positions(rule.probe, tokens, index):
        end = _extend(tokens, rule.steps, 1, start, rule.gap_stop)
        if end is None or _cancelled(rule, tokens, start, end):
            continue
        kind = rule.rule.kind
        if kind is None:
            return Hit(rule.rule.id, CrisisKind.DEATH_WISH, start, end)  # a tag: kind unused
        return Hit(rule.rule.id, escalate(rule.rule.escalate, kind, tokens, start, end),
                   start, end)
    return None


def apply_tag(rule: CompiledSeq, tokens: Sequence[Token], index: Index, *,
              present: bool = False) -> None:
    """Add the tag rule's class to every token of every match (``present``: as
    ``run_seq``'s)."""
    tag = rule.rule.tag
    if not present and _absent(rule, index):
        return
    for start in list(positions(rule.probe, tokens, index)):
        end = _extend(tokens, rule.steps, 1, start, rule.gap_stop)
        if end is None or _cancelled(rule, tokens, start, end):
            continue
        for q in range(start, end + 1):
            if tag not in tokens[q].keys:
                tokens[q].keys |= {tag}
                index.setdefault(tag, []).append(q)


def _cancelled(rule: CompiledSeq, tokens: Sequence[Token], start: int, end: int) -> bool:
    sentence = tokens[start].sent
    if rule.rule.neg and _neg_before(tokens, start):
        return True
    if rule.unless_before and _window_has(tokens, start - 4, start - 1, sentence,
                                          rule.unless_before):
        return True
    if rule.unless_after and _after_has(tokens, end, rule.unless_after,
                                        clause=rule.rule.kind is not None):
        return True
    if rule.unless_near and _window_has(tokens, start - 8, end + 8, sentence, rule.unless_near):
        return True
    return rule.rule.frame and not _has_frame(tokens, start, end)


def _after_has(tokens: Sequence[Token], end: int, keys: frozenset[str], *,
               clause: bool) -> bool:
    """Whether one of the three words after a match has one of ``keys``; for a finding's
    rule (``clause``), only up to the first word of another clause (a comma, a colon, a
    dash or a quote starts one), which is read but ends the search: "не хочу жить без
    тебя" is a love song's line and "лучше умрёт, чем наденет" a comparison, but "не хочет
    жить, спокойно так, без истерики" is neither. A phrase tag keeps the three words
    whatever the commas: the second opinion learnt its features so."""
    sentence = tokens[end].sent
    for q in range(end + 1, min(end + 3, len(tokens) - 1) + 1):
        token = tokens[q]
        if token.sent != sentence:
            return False
        if not keys.isdisjoint(token.keys):
            return True
        if clause and CLAUSE in token.keys:
            return False
    return False


def _has_frame(tokens: Sequence[Token], start: int, end: int) -> bool:
    return _window_has(tokens, start - 6, end, tokens[start].sent, FRAME)


def run_co(rule: CompiledCo, tokens: Sequence[Token], index: Index, *,
           present: bool = False) -> Hit | None:
    """The first match of ``rule`` in its window that its context does not cancel
    (``present``: the caller has found a key of every group in the index, as
    ``run_seq``'s)."""
    if not present:
        keys = index.keys()  # see _absent (for speed)
        if any(keys.isdisjoint(probe.keys) for probe in rule.probes):
            return None
    found = [positions(probe, tokens, index) for probe in rule.probes]
    if not all(found):
        return None
    window = rule.rule.window
    for anchor in found[0]:
        sentence = tokens[anchor].sent
        chosen = [anchor]
        for group in found[1:]:
            lo = bisect.bisect_left(group, anchor - window)
            hi = bisect.bisect_right(group, anchor + window)
            near = [q for q in group[lo:hi] if q not in chosen
                    and (not rule.rule.sentence or tokens[q].sent == sentence)]
            if not near:
                break
            chosen.append(min(near, key=lambda q: abs(q - anchor)))
        else:
            first, last = min(chosen), max(chosen)
            if rule.rule.neg and _neg_before(tokens, anchor):
                continue
            if rule.unless_near and _window_has_any(tokens, first - window // 2,
                                                    last + window // 2, rule.unless_near):
                continue
            if rule.unless_sentence and _sentences_have_any(tokens, index, first, last,
                                                            rule.unless_sentence):
                continue
            if rule.rule.neg_after and _neg_between(tokens, anchor, max(chosen[1:])):
                continue
            kind = escalate(rule.rule.escalate, rule.rule.kind, tokens, first, last)
            return Hit(rule.rule.id, kind, first, last)
    return None


def _sentences_have_any(tokens: Sequence[Token], index: Index, first: int, last: int,
                        keys: frozenset[str]) -> bool:
    """Any of ``keys`` in the sentences from ``first``'s to ``last``'s: "she watched a film
    about the Titanic and asks if drowning hurts" (a story, not a method)."""
    lo, hi = tokens[first].sent, tokens[last].sent
    return any(lo <= tokens[q].sent <= hi for key in keys for q in index.get(key, ()))


_KEEP_ON: Final = frozenset({"stop", "stops", "stopped", "перестать", "переставать", "quit"})


def _neg_between(tokens: Sequence[Token], anchor: int, later: int) -> bool:
    """A negation after the anchor and before a later group's token: "о самоубийстве не
    думает", "suicide isn't something he thinks about" (not "не перестаёт думать")."""
    for q in range(anchor + 1, later):
        if NEG in tokens[q].keys and (q + 1 >= len(tokens)
                                      or _KEEP_ON.isdisjoint(tokens[q + 1].keys)):
            return True
    return False


def _window_has_any(tokens: Sequence[Token], lo: int, hi: int, keys: frozenset[str]) -> bool:
    return any(not keys.isdisjoint(tokens[q].keys)
               for q in range(max(lo, 0), min(hi, len(tokens) - 1) + 1))


# -- C-SSRS escalation -----------------------------------------------------------------------

_ATTEMPT: Final = frozenset({"@ATTEMPT"})
_INTENT: Final = frozenset({"@INTENTW"})
_WOULD: Final = frozenset({"would"})
_SPEECH: Final = frozenset({"@SPEECH"})
_METHOD: Final = frozenset({"@METHOD", "@METHODV", "@PILLS"})
_WHEN: Final = frozenset({"@WHEN", "@PLACE"})


def escalate(mode: Escalate, kind: CrisisKind, tokens: Sequence[Token], start: int,
             end: int) -> CrisisKind:
    """The rule's kind raised by the C-SSRS context around the match (see ``Escalate``)."""
    if mode is Escalate.NONE:
        return kind
    sentence = tokens[start].sent
    attempt = _window_has(tokens, start - 5, start - 1, sentence, _ATTEMPT)
    if attempt:
        return CrisisKind.SUICIDAL_BEHAVIOUR
    method = mode is Escalate.METHOD or _window_has(tokens, start - 8, end + 8, sentence,
                                                    _METHOD)
    if mode is Escalate.WISH:
        return CrisisKind.SUICIDAL_METHOD if method else kind
    intent = _intent(tokens, start, end, sentence)
    when = _window_has(tokens, start - 8, end + 10, sentence, _WHEN)
    if intent and (method or when):
        return CrisisKind.SUICIDAL_PLAN
    if intent:
        return CrisisKind.SUICIDAL_INTENT
    return CrisisKind.SUICIDAL_METHOD if method else kind


def _intent(tokens: Sequence[Token], start: int, end: int, sentence: int) -> bool:
    if _window_has(tokens, start - 5, end, sentence, _INTENT):
        return True
    if _window_has(tokens, start - 3, start - 1, sentence, _WOULD) and _window_has(
            tokens, start - 12, start - 1, sentence, _SPEECH):
        return True  # reported speech: "she said she would kill herself"
    return any("#futr" in tokens[q].keys and not _TENSED.isdisjoint(tokens[q].keys)
               for q in range(start, end + 1))
