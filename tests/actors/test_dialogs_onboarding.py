"""Onboarding's pure parts: what a child's name may be, which children a message names,
ages and birth years, the time zone offered, and the Russian texts' grammatical gender.
Every dialogs text exists in both languages with the same placeholders."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from actors.dialogs import TEXTS, Child, render_translation
from actors.dialogs._names import clean_name, mentioned
from actors.dialogs._onboarding import (
    is_consent,
    parse_age,
    parse_gender,
    suggested_zone,
    zone_label,
)
from actors.dialogs._texts import child_forms, gendered, say_child
from actors.translator import translate_offline

WINTER = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 15, 12, 0, tzinfo=dt.UTC)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_text_exists_in_both_languages_with_the_same_placeholders() -> None:
    for key, versions in TEXTS.items():
        assert set(versions) == {"ru", "en"}, key
        assert placeholders(versions["ru"]) == placeholders(versions["en"]), key
        assert all(text.strip() for text in versions.values()), key


@pytest.mark.parametrize(("typed", "stored"), [
    ("Sam", "Sam"), ("  sam  ", "Sam"), ("Mary-Jane", "Mary-Jane"), ("mary jane", "Mary Jane"),
    ("O'Neil", "O'Neil"), ("Anne Marie Claire", "Anne Marie Claire"), ("Маша", "Маша"),
    ("анна-мария", "Анна-Мария"), ("Пётр", "Пётр"), ("Zoë", "Zoë"), ("Сынок", "Сынок"),
    ("iPhone", "iPhone"),
])
def test_a_name_of_one_to_three_words_of_letters_is_accepted(typed: str, stored: str) -> None:
    assert clean_name(typed) == stored


@pytest.mark.parametrize("typed", [
    "How old is my son screamed that he hates me?",
    "he hates me", "my son", "Sam!", "Sam, 6", "Sam 6", "R2D2", "/start", "Sam.", "",
    "   ", "😀", "Anne Marie Claire Louise", "A" * 31, "Сколько лет моему сыну?",
    "он меня ненавидит", "мой сын", "Маша плачет", "сын", "-Sam", "Sam-", "Привет",
])
def test_a_sentence_or_anything_but_a_name_is_refused(typed: str) -> None:
    assert clean_name(typed) is None


SAM, LILY = Child(id=1, name="Sam", age=6), Child(id=2, name="Lily", age=4)
MASHA, PETYA = Child(id=1, name="Маша", age=6), Child(id=2, name="Петя", age=9)
YAN, YANA = Child(id=1, name="Ян", age=6), Child(id=2, name="Яна", age=9)
MARY_JANE = Child(id=3, name="Mary Jane", age=9)


@pytest.mark.parametrize(("children", "text", "named"), [
    ((SAM, LILY), "Sam threw his toy", [SAM]),
    ((SAM, LILY), "sam threw his toy", [SAM]),
    ((SAM, LILY), "Lily's tower fell and she cried", [LILY]),
    ((SAM, LILY), "Sam pushed Lily", [SAM, LILY]),
    ((SAM, LILY), "he slammed the door", []),
    ((SAM, LILY), "Samantha came over", []),
    ((MASHA, PETYA), "Маша опять плачет", [MASHA]),
    ((MASHA, PETYA), "Машу обидели в садике", [MASHA]),
    ((MASHA, PETYA), "у Пети отобрали машинку", [PETYA]),
    ((MASHA, PETYA), "машинка сломалась, все плачут", []),
    ((MASHA, PETYA), "Машенька не хочет спать", []),
    ((YAN, YANA), "Яна не хочет спать", [YANA]),
    ((YAN, YANA), "Яну обидели", [YAN, YANA]),
    ((SAM, MARY_JANE), "Mary Jane hid under the table", [MARY_JANE]),
    ((SAM, MARY_JANE), "Mary hid under the table", []),
])
def test_a_message_names_the_children_it_is_about(
    children: tuple[Child, ...], text: str, named: list[Child],
) -> None:
    assert mentioned(children, text) == named


@pytest.mark.parametrize(("text", "age"), [
    ("7", 7), ("7 лет", 7), ("1 год", 1), ("3 года", 3), ("12 years", 12), ("0", 0),
    ("17", 17), ("2019", 7), ("2026", 0), ("2009", 17),
    ("18", None), ("2008", None), ("2027", None), ("seven", None), ("-3", None), ("", None),
])
def test_an_age_or_a_birth_year(text: str, age: int | None) -> None:
    assert parse_age(text, 2026) == age


def test_the_age_grows_with_the_birth_year_and_stays_a_childs() -> None:
    child = Child(id=1, name="Sam", age=6, birth_year=2020)
    assert [child.age_in(year) for year in (2020, 2026, 2027, 2040)] == [0, 6, 7, 17]
    assert Child(id=1, name="Sam", age=6).age_in(2040) == 6  # saved before birth years


@pytest.mark.parametrize(("code", "language", "zone"), [
    ("ru", "ru", "Europe/Moscow"), ("en", "en", "Europe/London"),
    ("en-US", "en", "America/New_York"), ("en-gb", "en", "Europe/London"),
    ("en_AU", "en", "Australia/Sydney"), ("uk", "ru", "Europe/Kyiv"),
    ("kk", "ru", "Asia/Almaty"), ("pt-BR", "en", "Europe/London"), (None, "ru", "Europe/Moscow"),
    ("", "en", "Europe/London"), ("ru-KZ", "ru", "Asia/Almaty"),
])
def test_the_zone_offered_follows_the_telegram_language_and_region(
    code: str | None, language: str, zone: str,
) -> None:
    assert suggested_zone(code, language) == zone  # type: ignore[arg-type]


def test_the_zone_label_gives_the_offset_of_the_day() -> None:
    assert zone_label("Europe/Moscow", WINTER) == "Europe/Moscow (UTC+3)"
    assert zone_label("America/New_York", WINTER) == "America/New_York (UTC-5)"
    assert zone_label("America/New_York", SUMMER) == "America/New_York (UTC-4)"
    assert zone_label("Asia/Kolkata", SUMMER) == "Asia/Kolkata (UTC+5:30)"
    assert zone_label("UTC+5", SUMMER) == "UTC+5"


@pytest.mark.parametrize(("text", "answer"), [
    ("мальчик", "boy"), ("Девочка", "girl"), ("дочь", "girl"), ("не указывать", "none"),
    ("boy", "boy"), ("skip", "none"), ("маша", None), ("", None),
])
def test_the_gender_typed(text: str, answer: str | None) -> None:
    assert parse_gender(text) == answer


@pytest.mark.parametrize(("text", "yes"), [
    ("да", True), ("Да!", True), ("Принимаю", True), ("yes", True), ("I agree", True),
    ("ok", True), ("Sam", False), ("нет", False), ("no", False), ("", False),
])
def test_consent_typed(text: str, yes: bool) -> None:
    assert is_consent(text) is yes


def test_russian_texts_follow_the_childs_gender() -> None:
    template = "{name} сказал[|а], что [его|её] обидели"
    assert gendered(template, "boy") == "{name} сказал, что его обидели"
    assert gendered(template, "girl") == "{name} сказала, что её обидели"
    assert gendered(template, None) == "{name} сказал(а), что его/её обидели"
    added = say_child("child_added", "ru", "girl", name="Маша", age="5 лет")
    assert "что Маша сказала или сделала" in added
    assert "[" not in say_child("child_added", "ru", None, name="Маша", age="5 лет")


@pytest.mark.parametrize(("advice", "girl", "boy"), [
    ("Поговорим, когда будешь готов(а).", "Поговорим, когда будешь готова.",
     "Поговорим, когда будешь готов."),
    ("Хорошо, что ты мне рассказал(а).", "Хорошо, что ты мне рассказала.",
     "Хорошо, что ты мне рассказал."),
    ("Помочь или хочешь попробовать ещё раз сам(а)?",
     "Помочь или хочешь попробовать ещё раз сама?",
     "Помочь или хочешь попробовать ещё раз сам?"),
    ("Ты для меня важен(на) ничуть не меньше.", "Ты для меня важна ничуть не меньше.",
     "Ты для меня важен ничуть не меньше."),
    # the parent speaks of themself: their gender is unknown, both forms stay
    ("Я очень за тебя рад(а).", "Я очень за тебя рад(а).", "Я очень за тебя рад(а)."),
    ("«Я же говорил(а)» и напоминания потом.", "«Я же говорил(а)» и напоминания потом.",
     "«Я же говорил(а)» и напоминания потом."),
])
def test_the_translators_advice_takes_the_childs_forms(advice: str, girl: str, boy: str,
                                                       ) -> None:
    assert child_forms(advice, "girl") == girl
    assert child_forms(advice, "boy") == boy
    assert child_forms(advice, None) == advice


@pytest.mark.parametrize(("gender", "asked"), [
    ("girl", "что Маша сделала или сказала?"), ("boy", "что Маша сделал или сказал?"),
    (None, "что Маша сделал(а) или сказал(а)?"),
])
def test_the_question_back_follows_the_childs_gender(gender: str | None, asked: str) -> None:
    translation = translate_offline("Маша опять", "4-7", "ru")
    assert translation.unclear
    child = Child(id=1, name="Маша", age=5, gender=gender)  # type: ignore[arg-type]
    assert asked in render_translation(translation, child, "ru")
