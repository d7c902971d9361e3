"""The scheduler's messages: texts in both languages, the check-in's buttons, the callback
parser, the weekly report's content and trend. Pure: no loop, no database."""

from __future__ import annotations

import datetime as dt
import re
import string
from collections import Counter

import pytest

from actors.protocol import EMOTIONS
from actors.scheduler import (
    ChildWeek,
    FamilyDue,
    checkin_message,
    parse_checkin_data,
    render_report,
    trend_of,
)
from actors.scheduler._texts import SCALE, SUGGESTIONS, TEXTS

FAMILY = FamilyDue(chat_id=-1001234567890123, language="ru", checkin_time="20:00",
                   timezone="Europe/Moscow",
                   children=((1, "Маша", 5), (12, "Пётр <Великий>", 15)))
DAY = dt.date(2026, 11, 23)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_text_exists_in_both_languages_with_the_same_placeholders() -> None:
    for key, versions in TEXTS.items():
        assert set(versions) == {"ru", "en"}, key
        assert placeholders(versions["ru"]) == placeholders(versions["en"]), key
    for emotion in EMOTIONS:
        for band in ("young", "older"):
            assert all(SUGGESTIONS[emotion][band][lang] for lang in ("ru", "en"))  # type: ignore[index]


def test_checkin_has_a_scale_row_per_child_keyed_by_chat_and_day() -> None:
    reply = checkin_message(FAMILY, DAY)
    assert reply.key == f"checkin:{FAMILY.chat_id}:2026-11-23"
    assert reply.update_id is None
    assert [row[0].text for row in reply.buttons] == ["Маша", "Пётр <Великий>"]
    assert [b.text for b in reply.buttons[1][1:]] == list(SCALE)
    assert reply.buttons[1][5].data == "ci:12:5:20261123"
    assert "Пётр &lt;Великий&gt;" in reply.text  # names are escaped in the HTML text
    assert reply.text.startswith("Как прошёл день?")


def test_callback_data_fits_telegrams_64_bytes() -> None:
    family = FamilyDue(chat_id=FAMILY.chat_id, language="en", checkin_time="20:00",
                       timezone="UTC", children=((2**31 - 1, "X" * 40, 3),))
    reply = checkin_message(family, dt.date(2037, 12, 31))
    assert reply.text.startswith("How was the day?")
    assert all(len(b.data.encode()) <= 64 for row in reply.buttons for b in row)


@pytest.mark.parametrize(("data", "parsed"), [
    ("ci:3:4:20261123", (3, 4, DAY)),
    ("ci:3:0:20261123", (3, 0, DAY)),
    ("ci:3:6:20261123", None),
    ("ci:3:4:20261131", None),
    ("ci:x:4:20261123", None),
    ("ci:3:4", None),
    ("c:3:4:20261123", None),
    ("ci:-3:4:20261123", None),
])
def test_callback_data_is_parsed_strictly(
    data: str, parsed: tuple[int, int, dt.date] | None
) -> None:
    tap = parse_checkin_data(data)
    assert (None if tap is None else (tap.child_id, tap.score, tap.day)) == parsed


def week(**kwargs: object) -> ChildWeek:
    options: dict[str, object] = {"name": "Маша", "age": 5}
    options.update(kwargs)
    return ChildWeek(**options)  # type: ignore[arg-type]


def test_report_in_russian_lists_entries_mood_trend_and_a_suggestion() -> None:
    text = render_report("ru", dt.date(2026, 11, 17), DAY, [week(
        emotions=Counter(anger=3, joy=1), previous=Counter(anger=1),
        scores=(4, 4, 5), previous_scores=(2, 3))])
    assert "<b>Неделя 17.11 — 23.11</b>" in text
    assert "<b>Маша</b>" in text
    assert "Записей в дневнике: 4 (злость 3, радость, восторг 1)." in text
    assert "Настроение по вечерним вопросам: 4.3 из 5 (3 дн.)." in text
    assert "Динамика: спокойнее, чем на прошлой неделе." in text
    assert "Совет: " + SUGGESTIONS["anger"]["young"]["ru"] in text


def test_report_in_english_for_a_teenager_without_entries() -> None:
    text = render_report("en", dt.date(2026, 11, 17), DAY, [
        week(name="Tom & Co", age=15, previous=Counter(fear=2))])
    assert "<b>Tom &amp; Co</b>" in text
    assert "No diary entries this week." in text
    assert "Trend: calmer than last week." in text
    assert "Suggestion: " + SUGGESTIONS["loneliness"]["older"]["en"] in text
    assert not re.search(r"[а-яА-Я]", text)


@pytest.mark.parametrize(("child", "trend"), [
    (week(scores=(2, 2), previous_scores=(4, 4)), "worse"),
    (week(scores=(3, 3), previous_scores=(3, 3, 3, 4)), "same"),
    (week(scores=(3,), emotions=Counter(anger=5)), "worse"),
    (week(emotions=Counter(joy=3), previous=Counter(joy=1)), "same"),
    (week(), "unknown"),
])
def test_trend_uses_mood_when_both_weeks_have_it_else_difficult_entries(
    child: ChildWeek, trend: str
) -> None:
    assert trend_of(child) == trend


def test_dominant_emotion_picks_the_most_frequent_then_a_low_mood() -> None:
    assert week(emotions=Counter(fear=2, anger=2, joy=1)).dominant == "anger"
    assert week(scores=(1, 2)).dominant == "sadness"
    assert week(scores=(4,)).dominant == "loneliness"
