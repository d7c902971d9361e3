"""actors.lemmas: an ASCII word (Latin letters, digits, punctuation) is its own lemma,
lower-cased, as pymorphy3 reads it, without asking pymorphy3 (which costs tens of µs a
word it has not seen); Russian words are pymorphy3's normal forms."""

from __future__ import annotations

import random
import string

import pytest

import actors.lemmas as lemmas


def pymorphy_lemmas(word: str) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for parse in lemmas.analyzer().parse(word):
        found.setdefault(str(parse.normal_form).replace("ё", "е"), None)
    return tuple(found)


def test_an_ascii_word_is_read_as_pymorphy3_reads_it() -> None:
    rng = random.Random(7)
    pool = string.ascii_letters + string.digits + "-'._!?"
    words = ["hello", "XIV", "3yo", "k-pop", "don't", "ok", "Sam", "12", "..."]
    words += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    for word in words:
        assert lemmas.ru_lemmas.__wrapped__(word) == pymorphy_lemmas(word), word


def test_an_ascii_word_does_not_ask_pymorphy3(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_analyzer() -> None:
        raise AssertionError("pymorphy3 asked")

    monkeypatch.setattr(lemmas, "analyzer", no_analyzer)
    assert lemmas.ru_lemmas.__wrapped__("Tablet") == ("tablet",)


def test_a_russian_word_gets_its_normal_forms() -> None:
    assert lemmas.ru_lemmas.__wrapped__("устала") == pymorphy_lemmas("устала")
    assert lemmas.ru_lemmas.__wrapped__("устала")[0] == "устать"
