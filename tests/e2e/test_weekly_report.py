"""A parent's week through the whole bot, then its weekly report, in Russian and English:
the phrases of the week (one answered as a crisis, kept in the diary marked), a 👍 under
an answer, the real store, PostgreSQL and the scheduler on a wall clock the test moves to
Sunday evening; the report reaches the parent with the crisis first and the help line,
the week's emotions against the week before, its situations, the parent's taps and a
suggestion drawn from the week's answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import asyncpg
import pytest

from actors.db_writer import migrate
from actors.dialogs import TEXTS
from actors.scheduler import Sweep, SweepReport
from chaos.emulators.telegram import TelegramEmulator
from runtime.testing import ManualClock, eventually

from .conftest import bot_settings, onboard, running_bot

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

MONDAY = dt.datetime(2026, 11, 16, 9, 0, tzinfo=dt.UTC)
WEEK = {
    "ru": {"name": "Маша", "zone": 3, "phrases": [
        "Маша не хочет спать и плачет перед сном",
        "Маша дерётся с братом из-за игрушки и кричит",
        "Маша сказала, что хочет умереть"],
        "expect": ["Неделя 16.11 — 22.11",
                   "⚠️ Сначала о важном. На этой неделе вы писали о тревожном:",
                   "• 19.11, Маша — мысли о смерти или самоубийстве", "8-800-2000-122",
                   "Маша\nЗаписей в дневнике: 2 (", "По сравнению с прошлой неделей: ",
                   "Частые ситуации: ", "сон и укладывание (1)", "братья и сёстры (1)",
                   "Ваши оценки подсказок: 👍 помогло — 1, 👎 не помогло — 0.",
                   "Совет: ", "На этой неделе помогло: «"]},
    "en": {"name": "Sam", "zone": 0, "phrases": [
        "Sam won't go to bed and cries about nightmares",
        "Sam hit his brother over a toy and screamed",
        "Sam said he wants to die"],
        "expect": ["The week 16.11 – 22.11",
                   "⚠️ First, what matters most. This week you wrote about something",
                   "• 19.11, Sam: thoughts of death or suicide", "988",
                   "Sam\nDiary entries: 2 (", "Against last week: ",
                   "Frequent situations: ", "sleep and bedtime (1)", "siblings (1)",
                   "Your ratings of my answers: 👍 helped 1, 👎 didn't help 0.",
                   "Suggestion: ", "This helped this week: “"]},
}


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_a_week_in_the_chat_ends_in_a_report_with_the_crisis_first(
    language: str, tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str,
) -> None:
    week = WEEK[language]
    await migrate(pg_dsn)
    settings = bot_settings(tmp_path, telegram, database={"url": pg_dsn},
                            scheduler={"backup_dir": None, "tick": 3600.0})
    clock = ManualClock.at(MONDAY)
    async with running_bot(settings, telegram, persistent=True, clock=clock) as bot:
        parent = bot.parent(960, language)
        await onboard(parent, language, str(week["name"]), "6", gender="girl")
        for phrase in week["phrases"]:
            clock.advance(86400)
            parent.says(str(phrase))
            await parent.reply()
        sleep_answer = parent.bot_messages()[-3]
        helped = TEXTS["btn_helped"][language]  # type: ignore[index]
        (button,) = [b for row in sleep_answer["reply_markup"]["inline_keyboard"]
                     for b in row if b["text"] == helped]
        telegram.tap_button(960, sleep_answer["message_id"], data=button["callback_data"])

        async def flushed() -> bool:
            conn = await asyncpg.connect(pg_dsn)
            try:
                return int(await conn.fetchval("SELECT count(*) FROM entry_feedback")) == 1
            finally:
                await conn.close()

        await eventually(flushed, timeout=10.0, interval=0.05)
        conn = await asyncpg.connect(pg_dsn)
        try:  # the family joined long before: its Sunday is due
            await conn.execute("UPDATE families SET created_at = '2000-01-01T00:00:00Z'")
        finally:
            await conn.close()

        sunday_evening = dt.datetime(2026, 11, 22, 19, 5, tzinfo=dt.UTC) - dt.timedelta(
            hours=int(week["zone"]))
        clock.advance((sunday_evening - clock.utc()).total_seconds())
        report = await bot.system.ref("scheduler").ask(Sweep(), timeout=30)
        assert isinstance(report, SweepReport)
        assert "weekly_report/960:2026-11-22" in report.fired
        text = await parent.text()
        for expected in week["expect"]:
            assert str(expected) in text, expected
        said = sleep_answer["text"].split("\n• ")[1].split("\n")[0]  # its first advice
        assert f"{said}»" in text or f"{said}”" in text  # the answer marked 👍
        assert text.index("⚠️") < text.index(f"{week['name']}\n")  # the crisis first
