"""The detector's statistical second opinion, for recall only: a naive Bayes model over the
keys of a message's tokens (lemmas, stems, the lexicon's classes and the tag rules'
classes, and pairs of neighbouring words), trained on the tuning sets of
tests/data/crisis (crisis rows against their calm rows and the offline translator's
everyday phrases).

``detect`` asks it only when no rule matched: a score at or above ``THRESHOLD`` is a crisis
of the kind the model finds likeliest, with the sentence of the highest score as evidence.
The threshold is chosen by cross-validation on the tuning data only: the lowest score that
keeps the false-positive rate of the folds' held-out rows within 2 % on the crisis sets'
calm rows (idioms, near misses) and 0.5 % on all calm rows, and above the score of every
calm row it learnt from (docs/notes/crisis.md).

Pure: the weights are a Python literal (``_model_weights.py``), written by ``dumps`` from
``train``; bench/crisis.py --train-model reads the tuning sets and writes them, and a
test checks that the committed file is what ``train`` gives.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from ._morph import BOUNDARY, Token

ALPHA: Final = 0.5  # additive smoothing of the present/absent counts
KIND_ALPHA: Final = 0.05  # ... of the counts by kind: 92 % of the right category by
# cross-validation on the crisis rows, against 83 % at 0.5 and 70 % at 1.0
SCALE: Final = 4.0  # the summed log-ratio is divided by sqrt(features) and multiplied by it
FOLDS: Final = 5
MIN_COUNT: Final = 1  # a feature seen fewer times in training is left out of the weights
CRISIS_NEG_FPR: Final = 0.02
ALL_NEG_FPR: Final = 0.005
CUE_MARGIN: Final = 0.7
"""A cue is a word key (no pair) weighing at least this share of the lowest strongest word
of any training row the model flags: a message holding no cue is not scored at all."""


def _main(token: Token) -> str | None:
    return min((key for key in token.keys if key[0] not in "#@"), default=None)


def sentence_features(tokens: Sequence[Token]) -> list[tuple[int, int, set[str]]]:
    """Per sentence: its first and last token and its features (every key but grammar
    marks, and each pair of neighbouring words)."""
    found: list[tuple[int, int, set[str]]] = []
    current: set[str] = set()
    first = 0
    previous: str | None = None
    for position, token in enumerate(tokens):
        if BOUNDARY in token.keys:
            if current:
                found.append((first, position - 1, current))
            current, previous, first = set(), None, position + 1
            continue
        current.update(key for key in token.keys if key[0] != "#")
        main = _main(token)
        if main is not None and previous is not None:
            current.add(previous + " " + main)
        previous = main
    if current:
        found.append((first, len(tokens) - 1, current))
    return found


def features(tokens: Sequence[Token]) -> set[str]:
    """The union of ``sentence_features``, in one pass: what the model scores a message by."""
    every: set[str] = set()
    previous: str | None = None
    for token in tokens:
        keys = token.keys
        if BOUNDARY in keys:
            previous = None
            continue
        main = None
        for key in keys:
            first = key[0]
            if first != "#":
                every.add(key)
                if first != "@" and (main is None or key < main):
                    main = key
        if main is not None and previous is not None:
            every.add(previous + " " + main)
        previous = main
    return every


def _score(weights: Mapping[str, float], bias: float, found: Iterable[str]) -> float:
    known = [weights[feature] for feature in found if feature in weights]
    if not known:
        return bias
    return bias + SCALE * math.fsum(known) / math.sqrt(len(known))  # exact: order-free


def _fit(rows: Sequence[tuple[set[str], str]]) -> dict[str, Any]:
    crisis = [found for found, label in rows if label != "none"]
    calm = [found for found, label in rows if label == "none"]
    counts: dict[str, list[int]] = {}
    for index, group in ((0, crisis), (1, calm)):
        for found in group:
            for feature in found:
                counts.setdefault(feature, [0, 0])[index] += 1
    weights: dict[str, float] = {}
    for feature, (yes, no) in counts.items():
        if yes + no < MIN_COUNT:
            continue
        p_yes = (yes + ALPHA) / (len(crisis) + 2 * ALPHA)
        p_no = (no + ALPHA) / (len(calm) + 2 * ALPHA)
        weights[feature] = round(math.log(p_yes) - math.log(p_no), 4)
    kinds: dict[str, int] = {}
    by_kind: dict[str, dict[str, int]] = {}
    for found, label in rows:
        if label == "none":
            continue
        kinds[label] = kinds.get(label, 0) + 1
        for feature in found:
            if feature in weights:
                by_kind.setdefault(feature, {})
                by_kind[feature][label] = by_kind[feature].get(label, 0) + 1
    return {"bias": round(math.log(len(crisis) / len(calm)), 4), "weights": weights,
            "kinds": kinds, "by_kind": by_kind}


def train(rows: Sequence[tuple[set[str], str, bool]]) -> dict[str, Any]:
    """The model from ``(features, label, from_a_crisis_set)`` rows, with its threshold
    chosen by ``FOLDS``-fold cross-validation (rows dealt to folds in order)."""
    held: list[tuple[float, str, bool]] = []
    for fold in range(FOLDS):
        fitted = _fit([(found, label) for i, (found, label, _) in enumerate(rows)
                       if i % FOLDS != fold])
        held += [(_score(fitted["weights"], fitted["bias"], found), label, crisis_set)
                 for i, (found, label, crisis_set) in enumerate(rows) if i % FOLDS == fold]
    calm_crisis = sorted(score for score, label, crisis_set in held
                         if label == "none" and crisis_set)
    calm_all = sorted(score for score, label, _ in held if label == "none")
    threshold = max(calm_crisis[min(len(calm_crisis) - 1,
                                    int(len(calm_crisis) * (1 - CRISIS_NEG_FPR)))],
                    calm_all[min(len(calm_all) - 1, int(len(calm_all) * (1 - ALL_NEG_FPR)))])
    model = _fit([(found, label) for found, label, _ in rows])
    # nor may it call a calm message it learnt from a crisis
    threshold = max([threshold] + [_score(model["weights"], model["bias"], found)
                                   for found, label, _ in rows if label == "none"])
    threshold = round(threshold + 0.001, 4)  # strictly above the quantile's calm row
    found_cv = [score >= threshold for score, label, _ in held if label != "none"]
    model["threshold"] = threshold
    model["cv_recall"] = round(sum(found_cv) / len(found_cv), 4)
    calm_crisis = [score for score, label, crisis_set in held if label == "none" and crisis_set]
    calm_all = [score for score, label, _ in held if label == "none"]
    model["cv_fpr_crisis_sets"] = round(
        sum(score >= threshold for score in calm_crisis) / len(calm_crisis), 4)
    model["cv_fpr_all"] = round(sum(score >= threshold for score in calm_all) / len(calm_all), 4)
    flagged = [found for found, _, _ in rows
               if _score(model["weights"], model["bias"], found) >= threshold]
    model["cue_weight"] = round(CUE_MARGIN * min(
        (max((model["weights"].get(feature, -math.inf) for feature in found
              if " " not in feature), default=0.0) for found in flagged), default=0.0), 4)
    return model


def cues(weights: Mapping[str, float], cue_weight: float) -> frozenset[str]:
    """The word keys (not pairs) weighing at least ``cue_weight``."""
    return frozenset(feature for feature, weight in weights.items()
                     if weight >= cue_weight and " " not in feature)


def dumps(model: Mapping[str, Any]) -> str:
    """The model as the source of ``_model_weights.py`` (sorted, one entry a line)."""
    lines = ['"""The crisis model\'s weights: written by bench/crisis.py --train-model from',
             '``_model.train``; never edit by hand."""', "",
             "# ruff: noqa: E501", "from typing import Any, Final", "",
             "MODEL: Final[dict[str, Any]] = {"]
    for key in ("bias", "threshold", "cv_recall", "cv_fpr_crisis_sets", "cv_fpr_all",
                "cue_weight"):
        lines.append(f"    {key!r}: {model[key]!r},")
    lines.append(f"    'kinds': {dict(sorted(model['kinds'].items()))!r},")
    lines.append("    'weights': {")
    lines += [f"        {feature!r}: {weight!r}," for feature, weight in
              sorted(model["weights"].items())]
    lines.append("    },")
    lines.append("    'by_kind': {")
    lines += [f"        {feature!r}: {dict(sorted(counts.items()))!r}," for feature, counts in
              sorted(model["by_kind"].items())]
    lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


class Model:
    __slots__ = ("_bias", "_by_kind", "_cues", "_kinds", "_threshold", "_total", "_weights")

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._weights: Mapping[str, float] = data["weights"]
        self._bias: float = data["bias"]
        self._threshold: float = data["threshold"]
        self._kinds: Mapping[str, int] = data["kinds"]
        self._by_kind: Mapping[str, Mapping[str, int]] = data["by_kind"]
        self._total = sum(self._kinds.values())
        self._cues = cues(self._weights, data.get("cue_weight", -math.inf))

    def has_cue(self, tokens: Sequence[Token]) -> bool:
        """Whether a token holds a cue: without one the message is not scored. Half of
        everyday messages hold none; every training row the model flags holds one (by
        ``cue_weight``'s construction, with a margin; a test checks the tuning sets)."""
        cues = self._cues
        return any(not cues.isdisjoint(token.keys) for token in tokens)

    def score(self, found: Iterable[str]) -> float:
        return _score(self._weights, self._bias, found)

    def crisis(self, tokens: Sequence[Token]) -> tuple[str, int, int] | None:
        """``(kind, first, last)`` when the message scores at or above the threshold:
        the likeliest kind and the sentence of the highest score."""
        if not self.has_cue(tokens):
            return None
        every = features(tokens)  # one pass; the sentences only for a crisis
        if self.score(every) < self._threshold:
            return None
        sentences = sentence_features(tokens)
        first, last, _ = max(sentences, key=lambda item: self.score(item[2]))
        return self._kind(every), first, last

    def _kind(self, found: Iterable[str]) -> str:
        best, best_score = "", -math.inf
        for kind, count in self._kinds.items():
            score = math.log(count / self._total)
            for feature in found:
                counts = self._by_kind.get(feature)
                if counts is not None:
                    score += math.log((counts.get(kind, 0) + KIND_ALPHA)
                                      / (count + 2 * KIND_ALPHA))
            if score > best_score:
                best, best_score = kind, score
        return best
