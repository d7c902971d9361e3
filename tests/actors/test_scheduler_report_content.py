"""The weekly report's content beyond counts: crises first with the help line, each
emotion against the week before, the situations the phrases name, the parent's 👍 / 👎,
and a suggestion made concrete with a phrase of the week's own answers. Pure: no loop,
no database (``test_scheduler_reports`` reads the same from PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from actors.scheduler import ChildWeek, render_report
from actors.scheduler._reports import CrisisNote, situations_in
from actors.scheduler._texts import SUGGESTIONS

FIRST, LAST = dt.date(2026, 11, 16), dt.date(2026, 11, 22)


def week(**kwargs: object) -> ChildWeek:
    options: dict[str, object] = {"name": "Маша", "age": 5}
    options.update(kwargs)
    return ChildWeek(**options)  # type: ignore[arg-type]


def test_crises_come_first_with_the_help_line_in_russian() -> None:
    text = render_report("ru", FIRST, LAST, [week(emotions=Counter(anger=1))], [
        CrisisNote(day=dt.date(2026, 11, 20), child="Маша", category="suicide"),
        CrisisNote(day=dt.date(2026, 11, 21), child=None, category="abuse"),
    ])
    lines = text.split("\n")
    assert lines[2] == "⚠️ <b>Сначала о важном.</b> На этой неделе вы писали о тревожном:"
    assert lines[3] == "• 20.11, Маша — мысли о смерти или самоубийстве"
    assert lines[4] == "• 21.11 — возможное насилие"
    assert "8-800-2000-122" in lines[5]
    assert "112" in lines[5]
    assert text.index("8-800-2000-122") < text.index("<b>Маша</b>")


def test_crises_come_first_with_the_help_line_in_english() -> None:
    text = render_report("en", FIRST, LAST, [week(name="Sam & Co")], [
        CrisisNote(day=dt.date(2026, 11, 17), child="Sam & Co", category="self_harm")])
    assert "• 17.11, Sam &amp; Co: self-harm" in text
    assert "988" in text
    assert "Childline 0800 1111" in text
    assert text.index("988") < text.index("<b>Sam &amp; Co</b>")
    assert not re.search(r"[а-яА-Я]", text)


def test_no_crisis_no_warning() -> None:
    text = render_report("en", FIRST, LAST, [week(name="Sam")])
    assert "⚠️" not in text
    assert "988" not in text


def test_each_emotion_is_set_against_the_week_before() -> None:
    ru = render_report("ru", FIRST, LAST, [week(
        emotions=Counter(anger=3, joy=1), previous=Counter(anger=1, fear=2))])
    assert ("По сравнению с прошлой неделей: злость 3 (было 1), радость, восторг 1 (было 0), "
            "страх, тревога 0 (было 2).") in ru
    en = render_report("en", FIRST, LAST, [week(name="Sam", previous=Counter(fear=2))])
    assert "Against last week: fear, worry 0 (was 2)." in en
    quiet = render_report("en", FIRST, LAST, [week(name="Sam")])
    assert "Against last week" not in quiet


def test_situations_feedback_and_a_concrete_suggestion() -> None:
    child = week(emotions=Counter(anger=3), situations=Counter(sleep=2, siblings=3, food=1,
                                                                 toys=1),
                 helped=2, not_helped=1, example="Ты очень злишься. Злиться можно.",
                 example_helped=True)
    text = render_report("ru", FIRST, LAST, [child])
    assert ("Частые ситуации: братья и сёстры (3), сон и укладывание (2), еда (1).") in text
    assert "Ваши оценки подсказок: 👍 помогло — 2, 👎 не помогло — 1." in text
    assert ("Совет: " + SUGGESTIONS["anger"]["young"]["ru"]
            + " На этой неделе помогло: «Ты очень злишься. Злиться можно.» — попробуйте так "
              "и дальше.") in text
    en = render_report("en", FIRST, LAST, [week(
        name="Sam", age=10, emotions=Counter(fear=1), situations=Counter(school=1),
        example="I'm here.")])
    assert "Frequent situations: school and daycare (1)." in en
    assert "Your ratings" not in en  # no taps: no line
    assert ("Suggestion: " + SUGGESTIONS["fear"]["older"]["en"]
            + " For example, you could say: “I'm here.”") in en


@pytest.mark.parametrize(("phrase", "found"), [
    ("Маша не хочет спать и плачет перед сном", {"sleep"}),
    ("Петя дерётся с братом из-за игрушки", {"siblings", "toys"}),
    ("не хочет идти в садик, плачет у воспитательницы", {"school"}),
    ("отобрали планшет — истерика", {"screens"}),
    ("поругалась с подругой", {"friends"}),
    ("не ест овощи за ужином", {"food"}),
    ("he won't go to bed and has nightmares", {"sleep"}),
    ("she hit her sister over the Lego", {"siblings", "toys"}),
    ("he cried about his homework and his teacher", {"school"}),
    ("we took away the tablet and he screamed", {"screens"}),
    ("his best friend didn't invite him", {"friends"}),
    ("he refuses to eat dinner", {"food"}),
    ("он злится", set()),
    ("he is sad", set()),
    ("снаружи шумно", set()),
])
def test_situations_are_named_by_words_in_both_languages(phrase: str, found: set[str]) -> None:
    assert situations_in(phrase) == found
