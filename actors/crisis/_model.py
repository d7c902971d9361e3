"""The detector's statistical second opinion, for recall only: a naive Bayes model over the
keys of a message's tokens (lemmas, stems, the lexicon's classes and the tag rules' classes,
pairs of neighbouring words, and the words a negation reaches, marked), trained on the
tuning sets of tests/data/crisis (crisis rows against their calm rows and the offline
translator's everyday phrases).

``detect`` asks it only when no rule matched. The message is scored whole and sentence by
sentence, and the highest score counts (a crisis sentence inside a long calm message is not
diluted); at or above ``THRESHOLD`` it is a crisis of the kind the model finds likeliest
for what scored, with the sentence of the highest score as evidence. The threshold is the
highest of: the score keeping cross-validated false positives within 2 % of the crisis
sets' calm rows and 0.5 % of all calm rows; the score keeping them within 3 % of an unseen
author's calm rows, each blind set left out of training in turn; and every calm row it
learnt from (docs/notes/crisis.md).

Pure: the weights are Python constants (``_model_weights.py``), written by ``dumps`` from
``train`` and read by ``stored``; bench/crisis.py --train-model reads the tuning sets and
writes them, and a test checks that the committed file is what ``train`` gives.
"""

from __future__ import annotations

import array
import bisect
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
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
SET_FPR: Final = 0.03
"""At most this share of an unseen author's calm rows may score at the threshold, each
blind set left out of training in turn."""
CUE_MARGIN: Final = 0.85
"""A cue is a word key (no pair) weighing at least this share of the lowest strongest word
of any training row the model flags and no rule finds: a message holding no cue is not
scored at all."""


NEG_REACH: Final = 3
"""A word up to this many words after a negation (``@NEG``), within its clause, also gives
negation-marked features (``¬`` and each lemma, stem or class): "не хочу жить" is not
"хочу жить"."""
NEGATED: Final = "\u00ac"


@lru_cache(maxsize=1 << 11)
def _words(keys: frozenset[str]) -> tuple[tuple[str, ...], str | None]:
    """A token's keys but grammar marks, in their order, and the least of them that is not
    a class (the word a pair is made of). Cached by the token's keys, mostly the
    vocabulary's own frozenset for its word: words repeat (for speed)."""
    words = tuple(key for key in keys if key[0] != "#")
    return words, min((key for key in words if key[0] != "@"), default=None)


def sentence_features(tokens: Sequence[Token]) -> list[tuple[int, int, set[str]]]:
    """Per sentence: its first and last token and its features: every key but grammar
    marks, each pair of neighbouring words, and the lemmas, stems and classes a negation
    reaches, marked (``¬``)."""
    found: list[tuple[int, int, set[str]]] = []
    current: set[str] = set()
    first = 0
    previous: str | None = None
    negated = 0
    for position, token in enumerate(tokens):
        keys = token.keys
        if BOUNDARY in keys:
            if current:
                found.append((first, position - 1, current))
            current, previous, negated, first = set(), None, 0, position + 1
            continue
        if "#cl" in keys:
            negated = 0
        words, main = _words(keys)
        current.update(words)
        if main is not None and previous is not None:
            current.add(previous + " " + main)
        if "@NEG" in keys:
            negated = NEG_REACH
        elif negated:
            negated -= 1
            current.update(NEGATED + key for key in keys if key[0] not in "#=")
        if main is not None:
            previous = main
    if current:
        found.append((first, len(tokens) - 1, current))
    return found


def features(tokens: Sequence[Token]) -> set[str]:
    """The union of ``sentence_features``: what the model finds the kind by."""
    return _union([found for _, _, found in sentence_features(tokens)])


def _score(weights: Mapping[str, float] | Keyed, bias: float, found: Iterable[str]) -> float:
    known = [weight for weight in map(weights.get, found) if weight is not None]
    if not known:
        return bias
    return bias + SCALE * math.fsum(known) / math.sqrt(len(known))  # exact: order-free


def best_score(weights: Mapping[str, float] | Keyed, bias: float,
               sentences: Sequence[set[str]]) -> tuple[float, int, int]:
    """The highest score of the whole message (all its sentences' features) and of each
    sentence alone, and which: -1 for the whole, else the sentence's index; last, the
    index of the sentence scoring highest alone. A crisis sentence inside a long calm
    message scores as itself, not diluted by the rest."""
    if len(sentences) == 1:
        return _score(weights, bias, sentences[0]), 0, 0
    whole = _score(weights, bias, set().union(*sentences))
    top, top_score = 0, -math.inf
    for index, found in enumerate(sentences):
        score = _score(weights, bias, found)
        if score > top_score:
            top, top_score = index, score
    return (top_score, top, top) if top_score > whole else (whole, -1, top)


def _weight(yes: int, no: int, crisis: int, calm: int) -> float | None:
    """The Naive Bayes weight of a feature seen in ``yes`` of ``crisis`` crisis rows and
    ``no`` of ``calm`` calm rows, or None when it was seen fewer than ``MIN_COUNT`` times
    (or not at all)."""
    if yes + no < max(MIN_COUNT, 1):
        return None
    p_yes = (yes + ALPHA) / (crisis + 2 * ALPHA)
    p_no = (no + ALPHA) / (calm + 2 * ALPHA)
    return round(math.log(p_yes) - math.log(p_no), 4)


def _fit(rows: Sequence[tuple[set[str], str]]) -> dict[str, Any]:
    """Naive Bayes weights of the features seen ``MIN_COUNT`` times, the bias and the crisis
    rows' counts by kind."""
    counts = _Counts(rows)
    weights: dict[str, float] = {}
    for feature in itertools.chain(counts.yes,
                                   (f for f in counts.no if f not in counts.yes)):
        weight = _weight(counts.yes[feature], counts.no[feature], counts.crisis, counts.calm)
        if weight is not None:
            weights[feature] = weight
    kinds: dict[str, int] = {}
    counts_by_kind: dict[str, dict[str, int]] = {}
    for found, label in rows:
        if label == "none":
            continue
        kinds[label] = kinds.get(label, 0) + 1
        for feature in found:
            if feature in weights:
                counts_by_kind.setdefault(feature, {})
                counts_by_kind[feature][label] = counts_by_kind[feature].get(label, 0) + 1
    return {"bias": round(math.log(counts.crisis / counts.calm), 4), "weights": weights,
            "kinds": kinds, "by_kind": counts_by_kind}


Row = tuple[list[set[str]], str, bool, str]
"""``(sentences' features, label, from_a_crisis_set, set name)``: a training row."""


class _Counts:
    """The features' counts over crisis and calm rows, and how many rows of each; counted
    by ``Counter`` in C (counting in a Python loop made retraining take 17 s). A fit
    without some rows (a fold, a blind set left out) is these counts less those rows': its
    weights are computed only for the features the held-out rows are scored by
    (``_HeldOutWeights``), not for the 400,000-odd features of a whole fit, which made
    retraining, with a fit for each of 40 blind sets, take a minute (for speed). Both use
    ``_weight``, so the weights are equal to the last bit."""

    __slots__ = ("calm", "crisis", "no", "yes")

    def __init__(self, rows: Sequence[tuple[set[str], str]]) -> None:
        crisis = [found for found, label in rows if label != "none"]
        calm = [found for found, label in rows if label == "none"]
        self.yes = Counter(itertools.chain.from_iterable(crisis))
        self.no = Counter(itertools.chain.from_iterable(calm))
        self.crisis, self.calm = len(crisis), len(calm)

    def without(self, other: _Counts) -> tuple[_HeldOutWeights, float]:
        """The weights and the bias of a fit on these rows less ``other``'s."""
        crisis, calm = self.crisis - other.crisis, self.calm - other.calm
        return (_HeldOutWeights(self, other, crisis, calm),
                round(math.log(crisis / calm), 4))


class _HeldOutWeights(dict[str, float]):
    """``_fit``'s weights of (``total`` less ``less``), each computed when first asked
    for (``get``, as ``_score`` asks) and kept."""

    def __init__(self, total: _Counts, less: _Counts, crisis: int, calm: int) -> None:
        super().__init__()
        self._total, self._less = total, less
        self._crisis, self._calm = crisis, calm
        self._absent: set[str] = set()

    def get(self, feature: str, default: Any = None) -> Any:
        if feature in self:
            return dict.__getitem__(self, feature)
        if feature in self._absent:
            return default
        weight = _weight(self._total.yes[feature] - self._less.yes[feature],
                         self._total.no[feature] - self._less.no[feature],
                         self._crisis, self._calm)
        if weight is None:
            self._absent.add(feature)
            return default
        self[feature] = weight
        return weight


def _union(sentences: Sequence[set[str]]) -> set[str]:
    return set().union(*sentences) if sentences else set()


def _quantile(scores: Sequence[float], share: float) -> float:
    ordered = sorted(scores)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


_ROUND_FROM: Final = {"blind10": "9", "blind11": "10", "blind12": "10", "blind13": "11",
                      "blind14": "11", "blind17": "12", "blind18": "12", "blind19": "13",
                      "blind20": "13", "blind21": "14", "blind22": "14",
                      "blind23": "15", "blind24": "15", "blind25": "16", "blind26": "16",
                      "blind27": "17", "blind28": "17", "blind29": "18", "blind30": "18",
                      "blind31": "19", "blind32": "19", "blind33": "20", "blind34": "20",
                      "blind35": "21", "blind36": "21", "blind37": "22", "blind38": "22",
                      "blind39": "23", "blind40": "23", "blind41": "24", "blind42": "24"}
"""The round whose own phrases were written from a blind set's misses, where it is not the
set's number: round nine learnt from blind9 and blind10, round ten from blind11 and
blind12, round eleven from blind13 and blind14, round twelve from blind17 and blind18,
round thirteen from blind19 and blind20, round fourteen from blind21 and blind22, round
fifteen from blind23 and blind24, round sixteen from blind25 and blind26, round seventeen
from blind27 and blind28, round eighteen from blind29 and blind30, round nineteen from blind31
and blind32, round twenty from blind33 and blind34, round twenty-one from blind35 and
blind36, round twenty-two from blind37 and blind38, round twenty-three from blind39 and
blind40, round twenty-four from blind41 and blind42."""


def _written_from(name: str, blind: str) -> bool:
    """Whether the set ``name`` is ``blind`` or was written from its misses: round N's own
    phrases (``tune_roundN``, ``tune_roundN_*``) follow the N-th author's set (``blindN``),
    or the sets ``_ROUND_FROM`` gives."""
    if name == blind:
        return True
    own = "tune_round" + _ROUND_FROM.get(blind, blind.removeprefix("blind"))
    return name == own or name.startswith(own + "_")


def leave_one_set_out(rows: Sequence[Row], united: Sequence[tuple[set[str], str]],
                      total: _Counts) -> dict[str, list[tuple[float, str]]]:
    """For each author's blind set among the rows (``blindN``): its rows' ``(score,
    label)`` by the model trained without it and without the phrases written from its
    misses: what an author the model never read would see. ``united`` is each row's
    features and label, ``total`` their counts."""
    scored: dict[str, list[tuple[float, str]]] = {}
    for name in sorted({name for _, _, _, name in rows if name.startswith("blind")}):
        left_out = _Counts([one for one, (_, _, _, other) in zip(united, rows, strict=True)
                            if _written_from(other, name)])
        weights, bias = total.without(left_out)
        scored[name] = [(best_score(weights, bias, sentences)[0], label)
                        for sentences, label, _, other in rows if other == name]
    return scored


def train(rows: Sequence[Row], ruled: Sequence[bool] = ()) -> dict[str, Any]:
    """The model from ``rows``, with its threshold the highest of: the score keeping
    ``FOLDS``-fold cross-validated false positives within ``CRISIS_NEG_FPR`` of the crisis
    sets' calm rows and ``ALL_NEG_FPR`` of all calm rows (rows dealt to folds in order); the
    score keeping the calm rows of an unseen author's set within ``SET_FPR``, when each
    blind set is left out in turn (``leave_one_set_out``); and every calm row it learnt
    from. Scores are ``best_score``'s: the whole message or its best sentence.

    ``ruled[i]`` (when given) says the rules find row ``i``: the detector does not ask the
    model then, so the row does not set ``cue_weight``."""
    held: list[tuple[float, str, bool]] = []
    united = [(_union(sentences), label) for sentences, label, _, _ in rows]
    total = _Counts(united)
    for fold in range(FOLDS):
        weights, bias = total.without(_Counts(united[fold::FOLDS]))
        held += [(best_score(weights, bias, sentences)[0], label, crisis_set)
                 for i, (sentences, label, crisis_set, _) in enumerate(rows)
                 if i % FOLDS == fold]
    calm_crisis = [score for score, label, crisis_set in held if label == "none" and crisis_set]
    calm_all = [score for score, label, _ in held if label == "none"]
    threshold = max(_quantile(calm_crisis, 1 - CRISIS_NEG_FPR),
                    _quantile(calm_all, 1 - ALL_NEG_FPR))
    by_set = leave_one_set_out(rows, united, total)
    calm_sets = [score for scored in by_set.values() for score, label in scored
                 if label == "none"]
    if calm_sets:
        threshold = max(threshold, _quantile(calm_sets, 1 - SET_FPR))
    model = _fit(united)
    # nor may it call a calm message it learnt from a crisis
    threshold = max([threshold] + [best_score(model["weights"], model["bias"], sentences)[0]
                                   for sentences, label, _, _ in rows if label == "none"])
    threshold = round(threshold + 0.001, 4)  # strictly above the quantile's calm row
    found_cv = [score >= threshold for score, label, _ in held if label != "none"]
    model["threshold"] = threshold
    model["cv_recall"] = round(sum(found_cv) / len(found_cv), 4)
    model["cv_fpr_crisis_sets"] = round(
        sum(score >= threshold for score in calm_crisis) / len(calm_crisis), 4)
    model["cv_fpr_all"] = round(sum(score >= threshold for score in calm_all) / len(calm_all), 4)
    crisis_sets = [score for scored in by_set.values() for score, label in scored
                   if label != "none"]
    model["loso_recall"] = round(
        sum(score >= threshold for score in crisis_sets) / max(1, len(crisis_sets)), 4)
    model["loso_fpr"] = round(
        sum(score >= threshold for score in calm_sets) / max(1, len(calm_sets)), 4)
    # Only the rows no rule finds: one row the rules answer anyway, flagged through pairs
    # and weak words ("left" at 0.90), would make every common word a cue and halve the
    # messages the gate spares (46 % of everyday messages against 27 %).
    flagged = [_union(sentences) for i, (sentences, _, _, _) in enumerate(rows)
               if not (i < len(ruled) and ruled[i])
               and best_score(model["weights"], model["bias"], sentences)[0] >= threshold]
    model["cue_weight"] = round(CUE_MARGIN * min(
        (max((model["weights"].get(feature, -math.inf) for feature in found
              if _word(feature)), default=0.0) for found in flagged), default=0.0), 4)
    return model


def _word(feature: str) -> bool:
    """A word key: not a pair, not negation-marked (what a token's keys can hold)."""
    return " " not in feature and not feature.startswith(NEGATED)


def cues(weighed: Iterable[tuple[str, float]], cue_weight: float) -> frozenset[str]:
    """The word keys (not pairs) among ``(feature, weight)`` weighing at least
    ``cue_weight``."""
    return frozenset(feature for feature, weight in weighed
                     if weight >= cue_weight and _word(feature))


def dumps(model: Mapping[str, Any]) -> str:
    """The model as the source of ``_model_weights.py``: its figures (``MODEL``), the
    features in order (``FEATURES``, one a line), and in the same order their weights
    (``WEIGHTS``) and counts by kind (``BY_KIND``: a row of ``ROWS``, the distinct counts
    in the order of the kinds, or -1). Flat sequences rather than a dictionary of 57,000
    weights and 28,000 small dictionaries, whose module left ~18 MB behind (for memory);
    each a few long string constants that ``stored`` splits, not tuples of 70,000
    constants, whose compiling took 240 MB and 0.6 s whenever no bytecode was cached (a
    fresh clone's first start, or a read-only install): strings compile in 5 MB and 13 ms
    (for memory and start-up)."""
    kinds = sorted(model["kinds"])
    features = sorted(model["weights"])
    if any("\n" in feature for feature in features):
        raise ValueError("a feature holding a line break cannot be stored one a line")
    counts = {feature: tuple(found.get(kind, 0) for kind in kinds)
              for feature, found in model["by_kind"].items()}
    rows = sorted(set(counts.values()))
    row_of = {row: number for number, row in enumerate(rows)}

    def packed(name: str, items: Iterable[str], end: str, comment: str) -> list[str]:
        """``items``, each followed by ``end``, as one string: literal pieces of about 90
        characters that the compiler joins."""
        lines, piece = [f"{name}: Final = (  # {comment}"], ""
        for item in items:
            if piece and len(piece) + len(item) > 90:
                lines.append(f"    {piece!r}")
                piece = ""
            piece += item + end
        lines.append(f"    {piece!r}")
        return [*lines, ")"]

    lines = ['"""The crisis model\'s weights: written by ``_model.dumps`` from ``_model.train``;',
             'never edit by hand."""', "",
             "# ruff: noqa: E501", "from typing import Any, Final", "",
             "MODEL: Final[dict[str, Any]] = {"]
    for key in ("bias", "threshold", "cv_recall", "cv_fpr_crisis_sets", "cv_fpr_all",
                "loso_recall", "loso_fpr", "cue_weight"):
        lines.append(f"    {key!r}: {model[key]!r},")
    lines.append(f"    'kinds': {dict(sorted(model['kinds'].items()))!r},")
    lines.append("}")
    lines += packed("FEATURES", features, "\n", "sorted, one a line")
    lines += packed("WEIGHTS", (repr(model["weights"][feature]) for feature in features), " ",
                    "a feature's weight, in the order of FEATURES")
    lines += packed("ROWS", (" ".join(map(str, row)) for row in rows), "\n",
                    "the distinct counts by kind, one a line, in the order of MODEL['kinds']")
    lines += packed("BY_KIND", (str(row_of[counts[feature]] if feature in counts else -1)
                                for feature in features), " ",
                    "a feature's row of ROWS (-1: none), in the order of FEATURES")
    return "\n".join(lines) + "\n"


class Keyed:
    """The stored features' weights and counts by kind, found by each feature's ``hash()``
    in a sorted array of the hashes, by bisection within the keys that share the hash's
    top 16 bits, rather than by the feature in a dictionary: the 111,000 features' strings
    (9 MB) are dropped once read, and the arrays take 2.4 MB where the dictionary over the
    strings took 3.7 MB (for memory). A message makes about eight lookups among everyday
    phrases, 18 to 36 among the crisis sets' rows (the words' lookups are cached:
    ``Model._reading``); ``detect`` costs about 2 µs more a message than with the
    dictionary, 7 µs more when it bisected all the keys.

    The weights and the rows of counts are kept in the keys' order, so that the place a
    key is found at is the place of its weight (no array of places: 0.4 MB, for memory),
    and the rows of counts as one flat array of small integers, ``width`` a row, rather
    than a tuple of tuples (0.2 MB instead of 1.1, for memory).

    A 64-bit hash, seeded per process, could be shared by two stored features (about
    once in 3·10^9 starts: 111,000² / 2^65); ``keyed`` then keys the arrays by the
    features themselves (``key`` is ``str``). A word no feature is, hashing as a stored
    one, would take its weight: about once in 1.7·10^14 lookups (111,000 / 2^64)."""

    __slots__ = ("_counts", "_end", "_keys", "_row_of", "_starts", "_weights", "_width",
                 "key")

    def __init__(self, keys: Sequence[Any], weights: Sequence[float], row_of: Sequence[int],
                 counts: Sequence[int], width: int, key: Callable[[str], Any]) -> None:
        self._keys, self._end, self.key = keys, len(keys), key
        """The features' keys, sorted; ``weights[i]`` and ``row_of[i]`` are those of the
        feature whose key is ``_keys[i]``."""
        self._weights, self._row_of = weights, row_of
        self._counts, self._width = counts, width
        """The rows of counts by kind, one after another: row ``r`` is
        ``counts[r * width:(r + 1) * width]``."""
        self._starts: array.array[int] | None = None
        """Hash keys: where the keys of each of their top 16 bits' values begin (and the
        end), so that a lookup bisects the two keys or so of its own bucket, not all of
        them (for speed: 256 KB)."""
        if key is not str:
            tops = [(found >> 48) + 32768 for found in keys]
            self._starts = array.array("i", [bisect.bisect_left(tops, bucket)
                                             for bucket in range(65537)])

    def _find(self, feature: str) -> int:
        """The place of ``feature`` in the arrays, or -1."""
        found = self.key(feature)
        starts = self._starts
        if starts is None:
            at = bisect.bisect_left(self._keys, found)
        else:
            bucket = (found >> 48) + 32768
            at = bisect.bisect_left(self._keys, found, starts[bucket], starts[bucket + 1])
        return at if at != self._end and self._keys[at] == found else -1

    def get(self, feature: str) -> float | None:
        """``feature``'s weight, or None: ``_find`` in line, one call fewer for each of
        the scoring's lookups (for speed)."""
        found = self.key(feature)
        starts = self._starts
        if starts is None:
            at = bisect.bisect_left(self._keys, found)
        else:
            bucket = (found >> 48) + 32768
            at = bisect.bisect_left(self._keys, found, starts[bucket], starts[bucket + 1])
        if at != self._end and self._keys[at] == found:
            return self._weights[at]
        return None

    def counts(self, feature: str) -> tuple[int, ...] | None:
        """``feature``'s counts by kind (a row of the stored rows), or None."""
        at = self._find(feature)
        row = self._row_of[at] if at >= 0 else -1
        if row < 0:
            return None
        width = self._width
        return tuple(self._counts[row * width:(row + 1) * width])

    def __len__(self) -> int:
        return self._end


def _small_ints(values: Iterable[int]) -> array.array[int]:
    """``values`` in an array of 16-bit integers when they fit, else of 32-bit ones (for
    memory)."""
    kept = array.array("i", values)
    if not kept or (min(kept) >= -32768 and max(kept) < 32768):
        return array.array("h", kept)
    return kept


def keyed(features: Sequence[str], weights: Sequence[float], row_of: Sequence[int],
          rows: Sequence[tuple[int, ...]], key: Callable[[str], Any] = hash) -> Keyed:
    """``Keyed`` over ``features``, their ``weights`` and their rows of counts by kind
    (``rows[row_of[i]]`` for feature ``i``; -1: none), found by ``key``: by ``str`` (the
    features themselves) when two features share a key."""
    found = _keyed(list(map(key, features)), weights, row_of, rows, key)
    return found if found is not None else keyed(features, weights, row_of, rows, str)


def _keyed(found: Sequence[Any], weights: Sequence[float], row_of: Sequence[int],
           rows: Sequence[tuple[int, ...]], key: Callable[[str], Any]) -> Keyed | None:
    """``keyed`` over the features' keys ``found`` (in the features' order), or None when
    two features share a key."""
    order = sorted(range(len(found)), key=found.__getitem__)
    ordered = list(map(found.__getitem__, order))  # mapped in C, not a comprehension
    if any(first == second for first, second in itertools.pairwise(ordered)):
        return None  # a key shared: sorted, the two are neighbours (no set of them, for memory)
    return Keyed(ordered if key is str else array.array("q", ordered),
                 array.array("d", map(weights.__getitem__, order)),
                 _small_ints(map(row_of.__getitem__, order)),
                 _small_ints(itertools.chain.from_iterable(rows)),
                 len(rows[0]) if rows else 0, key)


def _items(text: str, end: str) -> Iterator[str]:
    """The items of one of ``dumps``'s texts (each followed by ``end``), as
    ``text.split(end)[:-1]`` gives them, split a few thousand characters at a time: the
    model's 111,000 features, weights and rows are read one after another, never held as
    lists of as many strings, whose memory the process kept in part once they were gone
    (for memory)."""
    start = 0
    while start < len(text):
        stop = text.find(end, start + 8192)
        if stop < 0:
            stop = len(text) - len(end) if text.endswith(end) else len(text)
        yield from text[start:stop].split(end)
        start = stop + len(end)


_STORED: dict[str, Any] = {}


def stored() -> dict[str, Any]:
    """The committed model (``_model_weights.py``) as ``Model`` reads it: the weights and
    the counts by kind ``keyed`` (the rows of counts shared between features: 7,700
    distinct among 111,000), and the cues (``cues``), read from the features before they
    are dropped. Read once: the module's texts are dropped once split, so that they do not
    stay in memory beside what was made of them (for memory).

    The texts are read a piece at a time (``_items``), and what stays is copied out of
    them, so that it does not hold on to the memory their pieces took once they are gone:
    the cues, kept as they were from a list of the 111,000 features, left 6 MB of it in
    the process (for memory). The features are split whole again only in the rare start
    where two of them share a hash (``keyed``)."""
    if _STORED:
        return _STORED
    from . import _model_weights as committed

    texts = committed.FEATURES, committed.WEIGHTS, committed.ROWS, committed.BY_KIND
    for name in ("FEATURES", "WEIGHTS", "ROWS", "BY_KIND"):
        delattr(committed, name)
    rows = [tuple(map(int, line.split())) for line in _items(texts[2], "\n")]
    row_of = array.array("i", map(int, _items(texts[3], " ")))
    weights = array.array("d", map(float, _items(texts[1], " ")))
    found = cues(zip(_items(texts[0], "\n"), weights, strict=True),
                 committed.MODEL["cue_weight"])
    copies = frozenset(cue[:1] + cue[1:] for cue in found)  # new strings: see above
    store = _keyed(list(map(hash, _items(texts[0], "\n"))), weights, row_of,
                   rows, hash)
    if store is None:  # two features share a hash: about once in 3·10^9 starts
        store = keyed(texts[0].split("\n")[:-1], weights, row_of, rows, str)
    _STORED.update(committed.MODEL, weights=store, cues=copies)
    return _STORED


class Model:
    __slots__ = ("_bias", "_cues", "_kinds", "_reading", "_terms", "_threshold",
                 "_total", "_weights")

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._weights: Keyed = data["weights"]
        self._bias: float = data["bias"]
        self._threshold: float = data["threshold"]
        self._kinds: tuple[tuple[str, int], ...] = tuple(sorted(data["kinds"].items()))
        self._total = sum(count for _, count in self._kinds)
        self._terms: tuple[dict[int, float], ...] = tuple({} for _ in self._kinds)
        """Per kind, a count → its term in ``_kind``: at most one for each count a
        training row could give (a few thousand floats in all)."""
        self._cues: frozenset[str] = data["cues"]
        self._reading = lru_cache(maxsize=1 << 12)(self._read)
        """A token's keys as ``top_score`` reads them (``_read``), cached by the keys as
        ``_words`` is (for speed)."""

    def has_cue(self, tokens: Sequence[Token]) -> bool:
        """Whether a token holds a cue: without one the message is not scored. Half of
        everyday messages hold none; every training row the model flags and no rule finds
        holds one (by ``cue_weight``'s construction, with a margin; a test checks the
        tuning sets)."""
        # the tokens' keys tested in C, not by a generator (for speed)
        return not all(map(self._cues.isdisjoint, [token.keys for token in tokens]))

    def score(self, found: Iterable[str]) -> float:
        return _score(self._weights, self._bias, found)

    def best(self, tokens: Sequence[Token]) -> tuple[float, int, int, set[str]]:
        """The message's score (``best_score``: the whole or its best sentence), the first
        and last token of the sentence scoring highest, and the features of what scored
        (the kind is read from them: a crisis sentence, not the calm week around it)."""
        sentences = sentence_features(tokens)
        if not sentences:
            return self._bias, 0, 0, set()
        score, which, top = best_score(self._weights, self._bias,
                                       [found for _, _, found in sentences])
        if which >= 0:
            return score, *sentences[which]
        first, last, _ = sentences[top]
        return score, first, last, _union([found for _, _, found in sentences])

    def _read(self, keys: frozenset[str]) -> tuple[dict[str, float] | None, str | None, bool]:
        """A token's keys for ``top_score``: those of its words (``_words``) that have a
        weight, with their weights (a dictionary: one merges into another in C), or None;
        the word a pair is made of; whether it has a word."""
        get = self._weights.get
        words = [key for key in keys if key[0] != "#"]
        plain = [key for key in words if key[0] != "@"]
        weighed = {word: weight for word in words if (weight := get(word)) is not None}
        return weighed or None, min(plain) if plain else None, bool(words)

    def top_score(self, tokens: Sequence[Token]) -> float:
        """``best(tokens)``'s score alone: the same features as ``sentence_features``,
        but only those that have a weight, kept with it, so that no feature is looked up
        twice and a sentence's score is one sum (for speed). Equal to ``best``'s: the
        same weights in each sum, which ``_score`` adds exactly, in any order."""
        reading, get = self._reading, self._weights.get
        sentences: list[dict[str, float]] = []
        current: dict[str, float] = {}
        worded = False  # a sentence of ``sentence_features`` has a word: it has a feature
        previous: str | None = None
        negated = 0
        for token in tokens:
            keys = token.keys
            if BOUNDARY in keys:
                if worded:
                    sentences.append(current)
                current, worded, previous, negated = {}, False, None, 0
                continue
            if "#cl" in keys:
                negated = 0
            weighed, main, words = reading(keys)
            if words:
                worded = True
                if weighed:
                    current.update(weighed)
            if main is not None:
                if previous is not None:
                    pair = previous + " " + main
                    weight = get(pair)
                    if weight is not None:
                        current[pair] = weight
                previous = main
            if "@NEG" in keys:
                negated = NEG_REACH
            elif negated:
                negated -= 1
                for key in keys:
                    if key[0] not in "#=":
                        feature = NEGATED + key
                        weight = get(feature)
                        if weight is not None:
                            current[feature] = weight
        if worded:
            sentences.append(current)
        if not sentences:
            return self._bias
        if len(sentences) == 1:
            return self._weighed_score(sentences[0])
        whole: dict[str, float] = {}
        for found in sentences:
            whole.update(found)
        top = max(map(self._weighed_score, sentences))
        score = self._weighed_score(whole)
        return top if top > score else score

    def _weighed_score(self, weighed: Mapping[str, float]) -> float:
        """``_score`` of the features that have a weight, given with their weights."""
        if not weighed:
            return self._bias
        return self._bias + SCALE * math.fsum(weighed.values()) / math.sqrt(len(weighed))

    def crisis(self, tokens: Sequence[Token]) -> tuple[str, int, int] | None:
        """``(kind, first, last)`` when the message or one of its sentences scores at or
        above the threshold: the likeliest kind and the sentence of the highest score."""
        if not self.has_cue(tokens):
            return None
        # most messages score below the threshold: only a flagged one is read again
        # whole, for its sentence and the features its kind is read from (for speed)
        if self.top_score(tokens) < self._threshold:
            return None
        score, first, last, every = self.best(tokens)
        if score < self._threshold:
            return None
        return self._kind(every), first, last

    def _kind(self, found: Iterable[str]) -> str:
        rows = [row for row in map(self._weights.counts, found) if row is not None]
        best, best_score = "", -math.inf
        for column, (kind, count) in enumerate(self._kinds):
            terms = self._terms[column]
            score = math.log(count / self._total)
            for counts in rows:  # in the order of ``found``: the same sum, term by term
                seen = counts[column]
                term = terms.get(seen)
                if term is None:  # each count's term is computed once and kept (for speed)
                    term = terms[seen] = math.log((seen + KIND_ALPHA) / (count + 2 * KIND_ALPHA))
                score += term
            if score > best_score:
                best, best_score = kind, score
        return best
