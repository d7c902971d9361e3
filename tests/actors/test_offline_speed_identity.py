"""The offline translator's shortcuts taken for speed give what the plain rules give: emoji
looked up only in the space-free runs that may hold one, the quick "not shouting", the
word features cached per form."""

from __future__ import annotations

import random

import emoji

from actors.translator import _offline_lexicon as lexicon
from actors.translator import _offline_model as model
from actors.translator._offline import _KNOWN, MAX_CHARS
from actors.translator._offline_text import (
    BOUNDARY,
    _emoji_words,
    _is_shouting,
    _replace_emoji,
    normalise,
)

_PIECES = [
    "\u200d", "\ufe0f", "\ufe0e", "\u20e3", " ", "  ", "\n", "\t", "\u00a0", "a", "б", "1",
    "#", "*", "🏽", "🏻", "👨", "👩", "👧", "❤", "🏳", "🌈", "\U0001f1f7", "\U0001f1fa",
    "\U000e0067", "\U000e007f", "🏴", "😭", "©", "x",
]


def _strings(seed: int, count: int, pieces: list[str]) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
            for _ in range(count)]


def test_emoji_are_read_the_same_in_runs_as_in_the_whole_text() -> None:
    some_emoji = list(emoji.EMOJI_DATA)[::50]
    texts = [
        *_strings(1, 4000, _PIECES + some_emoji),
        "мы идем 👨\u200d👩\u200d👧 домой", "no 🙅🏽\u200d♀\ufe0f way", "1\ufe0f\u20e3 2\u20e3",
        "#\ufe0f\u20e3", "🇷🇺 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f ok",
        "a\ufe0eb 😀", " 🏽\u200d👩", "\u200d😀", "😀\u200d", "🏳\ufe0f\u200d🌈🏳\ufe0f\u200d🌈",
    ]
    for text in texts:
        assert _replace_emoji(text) == emoji.replace_emoji(text, replace=_emoji_words), text


def _shouting_by_the_rule(raw: str) -> bool:
    letters = [c for c in raw if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def test_the_quick_not_shouting_agrees_with_the_rule() -> None:
    texts = [
        *_strings(2, 20000, list("aAbBяЯжЖёЁ !1Ⓐⓐǅ中ß")),
        "NO!!!", "НЕТ НЕ ХОЧУ", "ABCDEFGhij", "ABCDEFGhijk", "Ok", "I HATE IT", "",
    ]
    for text in texts:
        assert _is_shouting(text) == _shouting_by_the_rule(text), text


def _features_by_the_rule(text: str) -> list[str]:
    found: list[str] = []
    previous: str | None = None
    negated = False
    for token in normalise(text, MAX_CHARS, known=_KNOWN).tokens:
        form = token.form
        if form == BOUNDARY:
            previous, negated = None, False
            continue
        mark = "!" if negated else ""
        key = mark + model._word(form)
        found.append(key)
        if len(form) >= model.PREFIX_FROM and not token.emoji:
            found.append(mark + model.PREFIX + form[:model.PREFIX_LENGTH])
        if previous is not None:
            found.append(previous + " " + key)
        previous = key
        if form in lexicon.NEGATORS:
            negated = True
        elif form not in lexicon.NEGATION_FILLERS:
            negated = False
    return found


def test_features_cached_per_form_are_the_features() -> None:
    texts = [
        "он не очень-то и расстроился, но не хочет идти 😭", "I'm not really that upset, no",
        "не не не, совсем не страшно", "nobody wants to play with me 😞 not fair!!",
        "Сын НЕ спит, боится темноты", "she isn't sad, she is just tired",
    ]
    for text in texts:
        tokens = normalise(text, MAX_CHARS, known=_KNOWN).tokens
        assert model.features(tokens) == _features_by_the_rule(text), text
