"""The offline translator's caches and shortcuts taken for speed give what the plain rules
give: marks and apostrophes dropped in one scan before lower-casing, the matches read
with the spaces before them, the words read per match
(``_read_words``), what the lexicons know per form (``_FORMS``, ``_columns``), the features
per form (``_FORM_FEATURES``), the emoticons' pre-check, and the phrase matching that tests
the word after a gap in place."""

from __future__ import annotations

import random
import unicodedata

import pytest

from actors.translator import _offline as offline
from actors.translator import _offline_lexicon as lexicon
from actors.translator import _offline_model as model
from actors.translator import _offline_text as text
from actors.translator._offline_text import BOUNDARY, EMOTICONS, Token, normalise

_MESSAGES = [
    "не злится, а просто устал", "а вдруг меня не возьмут и все будут смеяться",
    "I'm not really that upset, no", "he keeps crying when i leave him at daycare :(",
    "my son screams at his sister — she always gets more!!!", "НЕТ НЕ ХОЧУ",
    "нееет, не пойду в садик 😭😭", "класссс, мы идем в кино!", "t_t he lost his dog",
    "she's a little nervous but mostly excited ^^", "очень-очень страшно, боится темноты",
    "он не очень-то и расстроился", "so so tired and cranky after the party <3",
]


def test_marks_and_apostrophes_dropped_first_are_dropped_as_after_lower_casing() -> None:
    rng = random.Random(9)
    pieces = [*"aAbΣσςİIiёЁ'’`ʼ\u0301\u0307\u00ad\u200b\u200d\ufeff ", "ΑΣ", "ΟΔΟΣ", "Σ'",
              "ΑΣ'Α", "Σ\u0301", "é", "Å", "НЕ", "don't"]
    for _ in range(50000):
        sample = unicodedata.normalize(
            "NFC", "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))))
        after = text._APOSTROPHES.sub("", text._MARKS.sub("", sample).lower())
        assert text._MARKS_OR_APOSTROPHES.sub("", sample).lower() == after, ascii(sample)


def test_the_matches_read_with_their_spaces_are_the_matches() -> None:
    rng = random.Random(3)
    pieces = [*" \t\n\xa0-–—_.,!?;:…()[]\"«»“”abcяё1$%*'", "  ", " - ", "\n- ", " -- ",
              "word", "слово"]
    texts = [m.lower() for m in _MESSAGES] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    for sample in texts:
        assert text._WORDS_AND_BOUNDARIES.findall(sample) == (
            text._WORD_OR_BOUNDARY.findall(sample)), sample


def test_words_read_are_the_words_of_the_rule() -> None:
    raw = text._WORD_OR_BOUNDARY.findall(" ".join(_MESSAGES).lower())
    for known in (frozenset(), offline._KNOWN):
        first = text._read_words(raw, known)
        again = text._read_words(raw, known)  # now from the cache
        assert first == again == [text._read_word(r, known) for r in raw]
    # The doubled form of a known word stays doubled only with that word known.
    assert text._read_words(["класссс"], offline._KNOWN)[0][0] == Token(
        "класс", text.word_keys("класс"))
    assert text._read_words(["класссс"], frozenset())[0][0] == Token(
        "клас", text.word_keys("клас"))


def test_the_words_read_are_the_same_once_the_cache_is_cleared(
        monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [offline.read_offline(m) for m in _MESSAGES]
    monkeypatch.setattr(text, "_WORDS_READ_SIZE", 3)
    monkeypatch.setattr(offline, "_CACHE_SIZE", 5)
    monkeypatch.setattr(model, "_FORM_FEATURES_SIZE", 4)
    for _ in range(2):
        assert [offline.read_offline(m) for m in _MESSAGES] == expected


def test_what_the_lexicons_know_of_a_form_is_their_reading_of_it() -> None:
    lexicons = (offline._LEX, offline._CONTEXT_LEX, offline._SITUATION_LEX)
    shifts = (offline._LEX_SHIFT, offline._CONTEXT_SHIFT, offline._SITUATION_SHIFT)
    for message in _MESSAGES:
        tokens = normalise(message, offline.MAX_CHARS, known=offline._KNOWN).tokens
        forms = [t.form for t in tokens]
        columns = offline._columns(tokens, forms)
        flags = 0
        for i, token in enumerate(tokens):
            words = [lex.word(token) for lex in lexicons]
            for column, word in zip(columns[:3], words, strict=True):
                assert column[i].hits == word.hits
                assert column[i].accepted == word.accepted
                assert column[i].next_ids == word.next_ids
                assert column[i].loose == word.loose
                assert (column[i].starts, column[i].counts) == (word.starts, word.counts)
            form = token.form
            flags |= ((form in lexicon.NEGATORS) * offline._NEGATOR
                      | (form in offline._SOFTENING_WORDS) * offline._SOFTENING
                      | (form in lexicon.CONTRAST) * offline._CONTRAST
                      | (form in lexicon.INTENSIFIERS) * offline._INTENSIFIER)
            for word, shift in zip(words, shifts, strict=True):
                flags |= (word.starts * offline._STARTS_BIT
                          | word.counts * offline._COUNTS_BIT) << shift
        assert columns[3] == flags, message


def test_features_cached_per_form_are_computed_again_the_same() -> None:
    for message in _MESSAGES:
        tokens = normalise(message, offline.MAX_CHARS, known=offline._KNOWN).tokens
        cached = model.features(tokens)
        model._FORM_FEATURES.clear()
        assert model.features(tokens) == cached, message


def test_every_emoticon_passes_the_quick_look() -> None:
    for emoticon in EMOTICONS:
        for written in (emoticon, emoticon.upper()):
            assert text._MAY_HOLD_EMOTICON.search(f"so {written} ok")
            assert text._MAY_HOLD_EITHER.search(f"so {written} ok")
            assert normalise(f"so {written} ok", 100).emoji_names, written


def _phrase_end_by_the_rule(steps: tuple[tuple[int, bool, bool], ...], k: int,
                            accepted: list[frozenset[int]], bounds: list[bool], i: int) -> int:
    """The matching as it reads: one element at a time, a call for each."""
    if k == len(steps):
        return i
    number, optional, gap = steps[k]
    if gap:
        for skip in range(3):
            if skip and (i + skip > len(bounds) or bounds[i + skip - 1]):
                break
            end = _phrase_end_by_the_rule(steps, k + 1, accepted, bounds, i + skip)
            if end >= 0:
                return end
        return -1
    if i < len(accepted) and number in accepted[i]:
        end = _phrase_end_by_the_rule(steps, k + 1, accepted, bounds, i + 1)
        if end >= 0:
            return end
    if optional:
        return _phrase_end_by_the_rule(steps, k + 1, accepted, bounds, i)
    return -1


def test_phrase_ends_are_those_of_the_rule() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        size = rng.randint(2, 6)
        steps: list[tuple[int, bool, bool]] = [(0, False, False)]
        for position in range(1, size):
            last = position == size - 1
            kind = "word" if last else rng.choice(["word", "word", "optional", "gap"])
            steps.append((-1, False, True) if kind == "gap"
                         else (rng.randint(0, 3), kind == "optional", False))
        count = rng.randint(0, 8)
        accepted = [frozenset(rng.sample(range(4), rng.randint(0, 2))) for _ in range(count)]
        forms = [BOUNDARY if rng.random() < 0.15 else "w" for _ in range(count)]
        words = [offline._Word([], ids) for ids in accepted]
        bounds = [form == BOUNDARY for form in forms]
        for start in range(count + 1):
            assert offline._phrase_end(tuple(steps), 1, words, forms, start) == (
                _phrase_end_by_the_rule(tuple(steps), 1, accepted, bounds, start)), (
                steps, accepted, forms, start)
