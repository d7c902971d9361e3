"""The weekly report read from PostgreSQL by the ``Scheduler`` actor, driven by a fake wall
clock (``test_scheduler``'s harness): crises first with the help line, the week's emotions
against the week before without the crisis entries, situations from the phrases, the
parent's 👍 / 👎, the age grown from the birth year and a suggestion made concrete with
a phrase of the week's own answers, in the child's grammatical gender.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from actors.scheduler._texts import SUGGESTIONS
from tests.actors.test_scheduler import WallClock, add_family, db, execute, running

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

__all__ = ["db"]  # the fixture, used by name

SUNDAY = dt.datetime(2026, 11, 22, 18, 0, tzinfo=dt.UTC)  # 19:00 in Berlin


async def add_entry(
    dsn: str, key: str, chat: int, child: int, emotion: str, phrase: str, days_ago: float,
    *, say: str | None = None, crisis: str | None = None, helpful: bool | None = None,
) -> None:
    analysis = json.dumps({"what_to_say": [say]} if say else {})
    at = SUNDAY - dt.timedelta(days=days_ago)
    await execute(dsn, "INSERT INTO emotion_entries (entry_key, chat_id, child_id, phrase, "
                  "emotion, intensity, analysis, source, age_band, language, at, crisis) "
                  "VALUES ($1, $2, $3, $4, $5, 3, $6::jsonb, 'offline', '4-7', 'ru', $7, $8)",
                  key, chat, child, phrase, emotion, analysis, at, crisis)
    if helpful is not None:
        await execute(dsn, "INSERT INTO entry_feedback VALUES ($1, $2, $3, 1, $4)",
                      chat, key, helpful, at)


async def test_the_report_puts_crises_first_and_draws_its_suggestion_from_the_week(
    db: str,
) -> None:
    await add_family(db, 1, language="ru", children=((1, "Маша", 5), (2, "Петя", 9)))
    await execute(db, "UPDATE children SET birth_year = 2014, gender = 'girl' "
                  "WHERE chat_id = 1 AND child_id = 1")  # saved at 5, 12 by now
    await add_entry(db, "u1", 1, 1, "anger", "Маша не хочет спать и кричит", 1,
                    say="Когда будешь готов(а), поговорим.", helpful=True)
    await add_entry(db, "u2", 1, 1, "anger", "Маша дерётся с братом перед сном", 2,
                    say="Драться нельзя.", helpful=False)
    await add_entry(db, "u3", 1, 1, "sadness", "Маша плачет", 3, helpful=False)
    await add_entry(db, "u4", 1, 1, "fear", "Маша боится темноты", 9)
    await add_entry(db, "u5", 1, 1, "sadness", "Маша сказала, что хочет умереть", 2.9,
                    crisis="suicide")
    await add_entry(db, "u6", 1, 0, "fear", "кто-то трогал её в раздевалке", 0.5,
                    crisis="abuse")
    await add_entry(db, "u7", 1, 1, "sadness", "давний кризис", 10, crisis="danger")
    clock = WallClock(SUNDAY + dt.timedelta(minutes=5))
    async with running(db, clock) as bot:
        await bot.sweep()
    (report,) = [m.text for m in bot.replies() if m.key == "weekly:1:2026-11-22"]
    lines = report.split("\n")
    assert lines[:6] == [
        "<b>Неделя 16.11 — 22.11</b>",
        "",
        "⚠️ <b>Сначала о важном.</b> На этой неделе вы писали о тревожном:",
        "• 19.11, Маша — мысли о смерти или самоубийстве",
        "• 22.11 — возможное насилие",
        lines[5],
    ]
    assert "8-800-2000-122" in lines[5]
    masha = report[report.index("<b>Маша</b>"):report.index("<b>Петя</b>")]
    assert "Записей в дневнике: 3 (злость 2, грусть 1)." in masha  # crises not counted
    assert ("По сравнению с прошлой неделей: злость 2 (было 0), грусть 1 (было 0), "
            "страх, тревога 0 (было 1).") in masha
    assert "Частые ситуации: сон и укладывание (2), братья и сёстры (1)." in masha
    assert "Ваши оценки подсказок: 👍 помогло — 1, 👎 не помогло — 2." in masha
    assert ("Совет: " + SUGGESTIONS["anger"]["older"]["ru"]  # 12 years old now
            + " На этой неделе помогло: «Когда будешь готова, поговорим.» — попробуйте так "
              "и дальше.") in masha
    petya = report[report.index("<b>Петя</b>"):]
    assert "Записей в дневнике на этой неделе нет." in petya
    assert "Частые ситуации" not in petya
    assert "оценки" not in petya


async def test_the_english_report_without_crises_or_taps(db: str) -> None:
    await add_family(db, 2, language="en", tz="Europe/London", children=((1, "Tom", 9),))
    await add_entry(db, "e1", 2, 1, "fear", "Tom is scared of his new teacher at school", 1,
                    say="I'm here with you.")
    await add_entry(db, "e2", 2, 1, "fear", "Tom won't go to bed, nightmares again", 2,
                    say="You are safe at night.", helpful=False)
    await add_entry(db, "e3", 2, 1, "anger", "Tom hit his friend", 8)
    clock = WallClock(dt.datetime(2026, 11, 22, 19, 5, tzinfo=dt.UTC))  # 19:05 in London
    async with running(db, clock) as bot:
        await bot.sweep()
    (report,) = [m.text for m in bot.replies() if m.key.startswith("weekly:2:")]
    assert "⚠️" not in report
    assert "988" not in report
    assert "<b>Tom</b>\nDiary entries: 2 (fear, worry 2)." in report
    assert "Against last week: fear, worry 2 (was 0), anger 0 (was 1)." in report
    assert "Frequent situations: sleep and bedtime (1), school and daycare (1)." in report
    assert "Your ratings of my answers: 👍 helped 0, 👎 didn't help 1." in report
    assert ("Suggestion: " + SUGGESTIONS["fear"]["older"]["en"]
            + " For example, you could say: “I'm here with you.”") in report
    assert not re.search(r"[а-яА-Я]", report)
