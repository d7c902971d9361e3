"""actors.lemmas: an ASCII word (Latin letters, digits, punctuation) is its own lemma,
lower-cased, as pymorphy3 reads it, without asking pymorphy3 (which costs tens of µs a
word it has not seen); Russian words are pymorphy3's normal forms."""

from __future__ import annotations

import random
import string
import struct
from pathlib import Path

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


# -- the dictionaries' automata, mapped from their files -------------------------------------

# Dictionary words in several forms, words pymorphy3 only predicts (by their suffixes:
# slang, typos, made-up words), and a hyphenated one: every automaton gets a lookup.
MAPPED_WORDS = ("устала", "ненавижу", "детей", "школе", "плакала", "обнимашки", "кринжово",
                "вапще", "зумеры", "тиктокерша", "хомячками", "по-моему", "ёжиками", "бдыщь")


def test_the_automata_are_mapped_and_read_as_the_stock_reader_reads_them() -> None:
    import pymorphy3  # type: ignore[import-untyped]

    mapped = lemmas.analyzer()
    words = mapped.dictionary.words
    assert isinstance(words.dct._units, memoryview)
    assert isinstance(words.guide._units, memoryview)
    assert all(isinstance(d.dct._units, memoryview)
               for d in mapped.dictionary.prediction_suffixes_dawgs)
    stock = pymorphy3.MorphAnalyzer()  # the swap is over: this one reads into arrays
    assert not isinstance(stock.dictionary.words.dct._units, memoryview)
    for word in MAPPED_WORDS:
        assert [(p.normal_form, str(p.tag), p.score) for p in mapped.parse(word)] \
            == [(p.normal_form, str(p.tag), p.score) for p in stock.parse(word)], word


def test_a_truncated_automaton_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "words.dawg"
    path.write_bytes(struct.pack("=I", 1000) + bytes(40))  # says 1,000 units, holds 10
    with path.open("rb") as fp:
        fp.read(4)
        with pytest.raises(ValueError, match="truncated automaton"):
            lemmas._mapped_units(fp, 1000, "I")


def test_the_mapped_units_are_the_files_units_and_the_reader_moves_past_them(
        tmp_path: Path) -> None:
    path = tmp_path / "units.bin"
    path.write_bytes(b"head" + struct.pack("=3I", 7, 8, 9) + b"tail")
    with path.open("rb") as fp:
        fp.read(4)
        units = lemmas._mapped_units(fp, 3, "I")
        assert fp.read() == b"tail"
    assert list(units) == [7, 8, 9]
    assert len(units) == 3


def test_an_automatons_dictionary_and_guide_share_one_mapping_of_its_file() -> None:
    words = lemmas.analyzer().dictionary.words
    assert words.dct._units.obj is words.guide._units.obj  # one mmap, one descriptor
