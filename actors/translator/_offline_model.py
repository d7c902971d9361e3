"""The offline translator's second opinion: a multinomial naive Bayes model over the
words of a message (Russian lemmas, English stems, the words of emoji names, negated
words marked, and the pairs of neighbouring words in a clause), trained on the labelled
tune sets.

The rules of ``_offline`` decide when they are confident; the model decides their close
calls and fills their abstentions when it is itself confident (docs/translator.md,
section "The second opinion"). Pure Python: the weights are word counts in a committed
JSON file (``_offline_model.json``), read once at import, and a prediction is a few
dict look-ups per word.

Train it again after changing the tune sets, the features or the tokens, from the
repository root (a test checks that the committed file is what ``train(training_rows())``
gives)::

    python -m actors.translator._offline_train
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from actors.lemmas import stem

from . import _offline_lexicon as lexicon
from ._offline_text import (
    BOUNDARY,
    LEMMA,
    MIN_LEMMA_LENGTH,
    RUSSIAN_WORD,
    Token,
    lexicon_lemmas,
    normalise,
)

__all__ = [
    "LABELS",
    "MODEL_PATH",
    "TRAINING_SETS",
    "Model",
    "dumps",
    "features",
    "load",
    "retrain",
    "train",
    "training_rows",
]

LABELS: Final = (
    "anger", "frustration", "sadness", "fear", "shame", "jealousy", "loneliness",
    "tiredness", "joy", "unclear",
)
"""What the model names: the emotions, and "unclear" (it learns from the unclear
phrases of the tune sets too)."""

MODEL_PATH: Final = Path(__file__).with_name("_offline_model.json")

TRAINING_SETS: Final = (
    "tests/data/offline/tune.jsonl",
    "tests/data/offline/tune_more.jsonl",
    "tests/data/offline/tune_extra.jsonl",
    "tests/data/offline/blind.jsonl",
    "tests/data/offline/blind2.jsonl",
    "tests/data/offline/tune_patterns.jsonl",
    "tests/data/offline/tune_patterns2.jsonl",
    "tests/data/offline/tune_patterns3.jsonl",
    "tests/data/offline/tune_patterns4.jsonl",
    "tests/data/offline/tune_patterns5.jsonl",
    "tests/data/offline/tune_patterns6.jsonl",
    "tests/data/offline/tune_patterns7.jsonl",
    "tests/data/offline/tune_patterns8.jsonl",
    "tests/data/offline/tune_patterns9.jsonl",
    "tests/data/offline/tune_patterns10.jsonl",
    "tests/data/offline/blind4.jsonl",
    "tests/data/offline/tune_patterns11.jsonl",
    "tests/data/offline/blind6.jsonl",
    "tests/data/child_phrases.jsonl",
)
"""The labelled sets the model learns from (paths from the repository root). Blind sets
are among them once they were reported (``blind.jsonl`` since the second opinion was
added, ``blind2.jsonl`` since it was measured at 86.6 %, ``blind4.jsonl`` since it was
measured at 90.7 %, ``blind6.jsonl`` since it was measured at 90.7 %): the hold-outs
(``holdout.jsonl``, ``holdout_own.jsonl``, ``blind3.jsonl``, ``blind5.jsonl`` and
``child_phrases_holdout.jsonl``) are never learnt from, nor are ``blind7.jsonl`` to
``blind13.jsonl`` (the lexicon was tuned on ``blind7`` to ``blind12``; retraining on them
cost a hold-out's floor, docs/translator.md)."""

ALPHA: Final = 0.1
"""Additive smoothing of the word counts."""

TEMPERATURE: Final = 3.0
"""The log-probabilities are divided by it before they are normalised: naive Bayes counts
every word (and every pair) as independent evidence, so its raw probabilities are too sure
of themselves (a neutral "he went to his piano lesson on monday" came out 0.8 one feeling)."""

PREFIX: Final = "#"
PREFIX_LENGTH: Final = 4
PREFIX_FROM: Final = 5
"""A word of ``PREFIX_FROM`` letters or more also gives its first ``PREFIX_LENGTH``
letters as a feature (``#`` + them): "страшна", "страшнооо" and "страшилка" share
``#стра``, "frustrated" and "frustation" ``#frus``. Chosen by cross-validation on the
tuning data: the model alone gets 1.3 points more right, longer prefixes or character
n-grams of the whole word fewer."""

_CYRILLIC: Final = re.compile("[а-я]")
_LATIN: Final = re.compile("[a-z]")


@lru_cache(maxsize=1 << 15)
def _word(form: str) -> str:
    """A word's one key: its likeliest lemma (Russian) or its Snowball stem (English),
    from ``MIN_LEMMA_LENGTH`` letters up; a shorter word is its form."""
    if len(form) < MIN_LEMMA_LENGTH:
        return form
    if RUSSIAN_WORD.fullmatch(form):
        lemmas = lexicon_lemmas(form)
        return LEMMA + lemmas[0] if lemmas else form
    if _CYRILLIC.search(form):
        return form
    if _LATIN.search(form):
        return LEMMA + stem(form)
    return form


def features(tokens: Sequence[Token]) -> list[str]:
    """The model's features of a normalised message: every word's key (``!`` before it
    when a negator precedes it, with only filler words between: "не страшно" is not
    "страшно"), the first letters of every longer word (``PREFIX``: a typo, slang or a
    form pymorphy3 misreads still shares them), and each pair of neighbouring words in a
    clause."""
    found: list[str] = []
    append = found.append
    known = _FORM_FEATURES.get
    previous: str | None = None
    negated = False
    for token in tokens:
        form = token.form
        if form == BOUNDARY:
            previous, negated = None, False
            continue
        key, negated_key, prefix, negated_prefix, negator, filler = (
            known(form) or _form_features(form))
        if negated:
            key, prefix = negated_key, negated_prefix
        append(key)
        if prefix and not token.emoji:
            append(prefix)
        if previous is not None:
            append(f"{previous} {key}")  # one string built, not two (for speed)
        previous = key
        negated = negator or (negated and filler)
    return found


_FormFeatures = tuple[str, str, str, str, bool, bool]
_FORM_FEATURES: Final[dict[str, _FormFeatures]] = {}
"""``_form_features`` by form: the words of messages repeat (a dict, cleared when full:
safe under threads, looked up faster than an LRU cache, for speed, and lighter)."""
_FORM_FEATURES_SIZE: Final = 1 << 15


def _form_features(form: str) -> _FormFeatures:
    """What ``features`` reads of one word form, plain and negated: its key, its prefix
    feature ("" for a short word), whether it is a negator and whether a filler
    (remembered in ``_FORM_FEATURES``)."""
    key = _word(form)
    prefix = PREFIX + form[:PREFIX_LENGTH] if len(form) >= PREFIX_FROM else ""
    found = (key, "!" + key, prefix, "!" + prefix if prefix else "",
             form in lexicon.NEGATORS, form in lexicon.NEGATION_FILLERS)
    if len(_FORM_FEATURES) >= _FORM_FEATURES_SIZE:
        _FORM_FEATURES.clear()
    _FORM_FEATURES[form] = found
    return found


class Model:
    """Naive Bayes over binary features: ``log P(label) + Σ log P(feature | label)``,
    with the features never seen in training left out."""

    __slots__ = ("_base", "_delta", "_prior")

    def __init__(self, data: Mapping[str, Any]) -> None:
        counts: Mapping[str, Mapping[str, int]] = data["counts"]
        self._fit(float(data["alpha"]), data["docs"], counts.items())

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Model:
        """The model from the committed file's lines (``dumps``: one feature a line), read
        one line at a time: the whole file is never parsed into one JSON tree, and the
        features sharing a row of counts share one parsed row (for memory)."""
        header: dict[str, Any] = {}
        rows: dict[str, dict[str, int]] = {}
        decoder = json.JSONDecoder()

        def items() -> Iterator[tuple[str, Mapping[str, int]]]:
            for line in lines:
                if not line.startswith('"'):
                    continue
                feature, end = decoder.raw_decode(line)
                value = line[end:].strip().removeprefix(":").strip().removesuffix(",")
                row = rows.get(value)
                if row is None:
                    row = rows[value] = json.loads(value)
                # Not interned: a message's features are new strings, so interning gained
                # no speed, and the interpreter's table of interned strings grew by 1 MB.
                yield feature, row

        lines = iter(lines)
        for line in lines:
            if line.startswith(('"alpha"', '"docs"')):
                header.update(json.loads("{" + line.strip().removesuffix(",") + "}"))
            elif line.startswith('"counts"'):
                break
        model = cls.__new__(cls)
        model._fit(float(header["alpha"]), header["docs"], items())
        return model

    def _fit(self, alpha: float, docs: Mapping[str, int],
             counts: Iterable[tuple[str, Mapping[str, int]]]) -> None:
        index = {label: i for i, label in enumerate(LABELS)}
        totals = [0] * len(LABELS)
        size = 0
        # One shared delta row per distinct row of counts: 18,660 features have 2,236
        # distinct rows (for memory). A row holds a value for every label (0.0 where the
        # feature was never seen), so that a message's rows are summed column by column
        # in C (for speed); adding 0.0 changes no sum.
        shared: dict[tuple[tuple[str, int], ...], tuple[float, ...]] = {}
        logs: dict[int, float] = {}  # one float per distinct count (for memory)
        self._delta: dict[str, tuple[float, ...]] = {}
        for feature, by_label in counts:
            size += 1
            row = tuple(sorted(by_label.items()))
            delta = shared.get(row)
            if delta is None:
                extra = {index[label]: logs.get(count) or logs.setdefault(
                    count, math.log((count + alpha) / alpha)) for label, count in row}
                delta = shared[row] = tuple(extra.get(i, 0.0) for i in range(len(LABELS)))
            self._delta[feature] = delta
            for label, count in row:
                totals[index[label]] += count
        all_docs = sum(docs.values())
        self._prior = [math.log((docs.get(label, 0) + 1) / (all_docs + len(LABELS)))
                       for label in LABELS]
        # log P(f | label) = log(count + alpha) - log(total + alpha·V): a seen feature
        # adds the base log(alpha) - log(total + alpha·V) to every label, and to the labels
        # it was seen with log((count + alpha) / alpha) more.
        self._base = [math.log(alpha) - math.log(totals[i] + alpha * size)
                      for i in range(len(LABELS))]

    def probabilities(self, found: Iterable[str]) -> dict[str, float]:
        """P(label | features) for every label (tempered: ``TEMPERATURE``)."""
        return dict(zip(LABELS, self.label_probabilities(found), strict=True))

    def label_probabilities(self, found: Iterable[str]) -> list[float]:
        """``probabilities`` as a list in the order of ``LABELS`` (no dict to build, for
        speed)."""
        rows = list(filter(None, map(self._delta.get, set(found))))  # in C (for speed)
        # Every seen feature adds the same base: once, times their number, instead of
        # per feature (for speed; the sum's last bits already depended on the set's
        # order, which varies with the hash seed).
        seen = len(rows)
        columns = map(sum, zip(self._prior, *rows, strict=True))
        scores = [s + seen * b for s, b in zip(columns, self._base, strict=True)]
        top = max(scores)
        exps = [math.exp((s - top) / TEMPERATURE) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def best(self, found: Iterable[str]) -> tuple[str, float]:
        """The likeliest label and its probability."""
        probabilities = self.probabilities(found)
        label = max(LABELS, key=lambda name: probabilities[name])
        return label, probabilities[label]


# -- training ------------------------------------------------------------------------------


def training_rows(root: Path | None = None) -> list[tuple[str, str]]:
    """(text, label) of every phrase of ``TRAINING_SETS``, read from the repository at
    ``root`` (by default the one this module is in)."""
    base = root if root is not None else Path(__file__).resolve().parents[2]
    rows: list[tuple[str, str]] = []
    for name in TRAINING_SETS:
        for line in (base / name).read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append((row.get("text", row.get("phrase")), row["emotion"]))
    return rows


def train(rows: Iterable[tuple[str, str]], alpha: float = ALPHA) -> dict[str, Any]:
    """The model's data (JSON-able) from (text, label) rows: per label the phrases, per
    feature the phrases of each label it occurs in."""
    docs = Counter[str]()
    counts: dict[str, Counter[str]] = {}
    for text, label in rows:
        if label not in LABELS:
            raise ValueError(f"unknown label: {label!r}")
        docs[label] += 1
        for feature in set(features(_tokens(text))):
            counts.setdefault(feature, Counter())[label] += 1
    return {
        "alpha": alpha,
        "docs": dict(sorted(docs.items())),
        "counts": {f: dict(sorted(c.items())) for f, c in sorted(counts.items())},
    }


def dumps(data: Mapping[str, Any]) -> str:
    """The committed file's text: one feature a line, so a retraining diffs readably."""
    lines = ["{", f'"alpha": {json.dumps(data["alpha"])},',
             f'"docs": {json.dumps(data["docs"], ensure_ascii=False)},', '"counts": {']
    items = list(data["counts"].items())
    for i, (feature, by_label) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        lines.append(f"{json.dumps(feature, ensure_ascii=False)}: "
                     f"{json.dumps(by_label, ensure_ascii=False)}{comma}")
    lines += ["}", "}", ""]
    return "\n".join(lines)


def _tokens(text: str) -> list[Token]:
    """The tokens the rules read (imported late: ``_offline`` imports this module)."""
    from ._offline import _KNOWN, MAX_CHARS

    return normalise(text, MAX_CHARS, known=_KNOWN).tokens


def load(path: Path = MODEL_PATH) -> Model:
    with path.open(encoding="utf-8") as lines:
        return Model.from_lines(lines)


def retrain() -> str:
    """Train the model from ``TRAINING_SETS`` and write ``MODEL_PATH``; what was done."""
    data = train(training_rows())
    MODEL_PATH.write_text(dumps(data), "utf-8")
    return (f"{MODEL_PATH.name}: {len(data['counts'])} features from "
            f"{sum(data['docs'].values())} phrases")
