"""The diary in the chat through the whole bot, in Russian and English: /history shows a
child's last entries (the child named after the command, the only one, or picked with a
button), /undo removes the family's last entry after a confirmation, once however often
its button is tapped; with PostgreSQL the entry leaves the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from actors.db_writer import migrate
from actors.dialogs import TEXTS, MemoryFamilyStore
from chaos.emulators.telegram import TelegramEmulator, parse_html
from runtime.testing import ManualClock, eventually

from .conftest import Parent, bot_settings, onboard, running_bot
from .test_children import add_child

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

T0 = dt.datetime(2026, 11, 23, 18, 0, tzinfo=dt.UTC)


def plain(key: str, language: str, **values: str) -> str:
    return parse_html(TEXTS[key][language].format(**values)).text  # type: ignore[index]


WORDS: dict[str, dict[str, Any]] = {
    "en": {"first": "Sam", "second": "Lily", "time": "23.11 18:0",
           "phrases": ["Sam threw his toy and screamed that he hates me",
                       "Lily is scared of the dark", "Sam is sad, nobody played with him"]},
    "ru": {"first": "Маша", "second": "Петя", "time": "23.11 21:0",
           "phrases": ["Маша кричит, что ненавидит брата, и бросает игрушки",
                       "Петя боится темноты", "Маша грустит, с ней никто не играл"]},
}


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_history_shows_a_childs_last_entries_and_undo_removes_the_last_one_once(
    language: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    words = WORDS[language]
    first, second = words["first"], words["second"]
    clock = ManualClock.at(T0)
    store = MemoryFamilyStore(clock=clock)
    async with running_bot(bot_settings(tmp_path, telegram), telegram, store=store) as bot:
        parent = bot.parent(950, language)
        await onboard(parent, language, first, "6", gender="girl")
        parent.says("/history")
        assert await parent.text() == plain("history_empty", language, name=first)
        parent.says("/undo")
        assert await parent.text() == plain("undo_nothing", language)
        await add_child(parent, second, "9", language)
        for phrase in words["phrases"]:
            clock.advance(60)
            parent.says(phrase)
            await parent.text()

        parent.says("/history")
        which = await parent.reply()
        assert which["text"] == plain("history_which", language)
        assert parent.buttons(which) == [first, second]
        parent.taps(first)
        history = await parent.text()
        assert history.startswith(plain("history", language, name=first, count="2"))
        newest, oldest = words["phrases"][2], words["phrases"][0]
        assert history.index(newest) < history.index(oldest)  # newest first
        assert f"{words['time']}3 — " in history  # in local time: the 3rd minute
        assert f"{words['time']}1 — " in history
        assert "/5)\n" in history  # the emotion and its intensity
        assert history.endswith(plain("history_undo", language))

        parent.says(f"/history {second}")
        history = await parent.text()
        assert history.startswith(plain("history", language, name=second, count="1"))
        assert words["phrases"][1] in history

        parent.says("/undo")
        confirm = await parent.text()
        assert confirm.startswith(plain("undo_confirm", language))
        assert f"{words['time']}3 — {first}, " in confirm
        assert words["phrases"][2] in confirm
        parent.taps(TEXTS["btn_undo_no"][language])  # type: ignore[index]
        assert await parent.text() == plain("undo_kept", language)
        assert len(store.entries) == 3
        parent.says("/undo")
        await parent.reply()
        parent.taps(TEXTS["btn_undo_yes"][language])  # type: ignore[index]
        assert await parent.text() == plain("undo_done", language)
        parent.taps(TEXTS["btn_undo_yes"][language])  # the same button again
        assert await parent.text() == plain("undo_done", language)
        assert [e.phrase for e in store.entries.values()] == words["phrases"][:2]

        parent.says(f"/history {first}")
        history = await parent.text()
        assert history.startswith(plain("history", language, name=first, count="1"))
        assert words["phrases"][2] not in history
        await parent.no_more_replies()


async def test_undo_removes_the_entry_from_postgres(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str,
) -> None:
    await migrate(pg_dsn)
    settings = bot_settings(tmp_path, telegram, database={"url": pg_dsn})
    async with running_bot(settings, telegram, persistent=True) as bot:
        parent = bot.parent(951)
        await onboard(parent, "en", "Sam", "6")
        for phrase in ("he threw his shoes and yelled", "he is scared of the dark"):
            parent.says(phrase)
            await parent.reply()

        async def flushed() -> bool:
            return bot.app.spool.depth == 0

        await eventually(flushed, timeout=10.0, interval=0.05)
        parent.says("/undo")
        assert "he is scared of the dark" in await parent.text()
        parent.taps(TEXTS["btn_undo_yes"]["en"])
        await parent.reply()
        parent.says("/history")  # read before the removal is flushed: the overlay has it
        history = await parent.text()
        assert "he threw his shoes" in history
        assert "scared of the dark" not in history
        await eventually(flushed, timeout=10.0, interval=0.05)
    conn = await asyncpg.connect(pg_dsn)
    try:
        phrases = [r["phrase"] for r in await conn.fetch("SELECT phrase FROM emotion_entries")]
    finally:
        await conn.close()
    assert phrases == ["he threw his shoes and yelled"]


def tap(parent: Parent, message: dict[str, Any], label: str) -> str:
    """Tap ``label`` on ``message``; the callback query's id."""
    for row in message["reply_markup"]["inline_keyboard"]:
        for button in row:
            if button["text"] == label:
                tapped = parent.emu.tap_button(parent.chat_id, message["message_id"],
                                               data=button["callback_data"])
                return str(tapped["callback_query_id"])
    raise AssertionError(f"no button {label!r}")


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_a_tap_under_an_answer_says_whether_it_helped_and_is_stored_and_counted(
    language: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    from tests.actors.test_metrics import value

    words = WORDS[language]
    store = MemoryFamilyStore(clock=ManualClock.at(T0))
    async with running_bot(bot_settings(tmp_path, telegram), telegram, store=store) as bot:
        parent = bot.parent(952, language)
        await onboard(parent, language, words["first"], "6", gender="boy")
        parent.says(words["phrases"][0])
        answer = await parent.reply()
        helped, not_helped = (TEXTS["btn_helped"][language],  # type: ignore[index]
                              TEXTS["btn_not_helped"][language])  # type: ignore[index]
        assert parent.buttons(answer) == [helped, not_helped]
        (key,) = store.entries

        query = tap(parent, answer, helped)
        await telegram.wait_until(lambda: telegram.callback(query)["answered"], timeout=5)
        thanks = TEXTS["feedback_thanks"][language]  # type: ignore[index]
        assert telegram.callback(query)["answer"]["text"] == thanks
        await parent.no_more_replies()  # a toast, no message
        assert store.feedback == {key: True}

        tap(parent, answer, not_helped)  # changed their mind
        assert await parent.text() == plain("feedback_sorry", language)
        assert store.feedback == {key: False}
        metrics = bot.app.metrics
        assert value(metrics, "fe_answer_feedback_total", helpful="yes") == 1
        assert value(metrics, "fe_answer_feedback_total", helpful="no") == 1

        crisis = ("сын пишет в чате хочу сдохнуть" if language == "ru"
                  else "Noah said I wanna die lol")
        parent.says(crisis)
        assert parent.buttons(await parent.reply()) == []  # no "did it help" under a crisis
        await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=5)


async def test_feedback_reaches_postgres_the_last_tap_wins_and_undo_takes_it(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str,
) -> None:
    await migrate(pg_dsn)
    settings = bot_settings(tmp_path, telegram, database={"url": pg_dsn})
    async with running_bot(settings, telegram, persistent=True) as bot:
        parent = bot.parent(953)
        await onboard(parent, "en", "Sam", "6")
        for phrase in ("he threw his shoes and yelled", "he is scared of the dark"):
            parent.says(phrase)
            await parent.reply()
        first, second = parent.bot_messages()[-2:]
        tap(parent, first, "👍 Helped")
        tap(parent, second, "👎 Didn't help")
        await parent.reply()
        tap(parent, second, "👍 Helped")

        async def stored() -> bool:
            conn = await asyncpg.connect(pg_dsn)
            try:
                rows = await conn.fetch("SELECT helpful FROM entry_feedback ORDER BY at")
            finally:
                await conn.close()
            return [r["helpful"] for r in rows] == [True, True]

        await eventually(stored, timeout=10.0, interval=0.05)
        parent.says("/undo")
        await parent.reply()
        parent.taps(TEXTS["btn_undo_yes"]["en"])
        await parent.reply()

        async def undone() -> bool:
            conn = await asyncpg.connect(pg_dsn)
            try:
                return int(await conn.fetchval("SELECT count(*) FROM entry_feedback")) == 1
            finally:
                await conn.close()

        await eventually(undone, timeout=10.0, interval=0.05)


@pytest.mark.parametrize(("language", "crisis", "marker"), [
    ("ru", "Маша сказала, что хочет умереть", "⚠️ тревожное сообщение"),
    ("en", "Sam said he wants to die", "⚠️ a message of concern"),
])
async def test_a_crisis_is_kept_in_the_diary_marked_and_shown_so(
    language: str, crisis: str, marker: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    name = "Маша" if language == "ru" else "Sam"
    store = MemoryFamilyStore(clock=ManualClock.at(T0))
    async with running_bot(bot_settings(tmp_path, telegram), telegram, store=store) as bot:
        parent = bot.parent(954, language)
        await onboard(parent, language, name, "9", gender="girl")
        parent.says(crisis)
        await parent.reply()
        (entry,) = store.entries.values()
        assert (entry.child_id, entry.crisis, entry.translation) == (1, "suicide", None)
        parent.says("/history")
        history = await parent.text()
        assert f"— {marker}\n" in history
        assert crisis in history


UNCLEAR: dict[str, dict[str, str]] = {
    "en": {"name": "Sam", "unclear": "Sam again", "dont_know": "I don't know",
           "answer": "he screamed that he hates me and threw his toy",
           "feeling": "What Sam may be feeling"},
    "ru": {"name": "Маша", "unclear": "Маша опять", "dont_know": "не знаю",
           "answer": "она кричала, что ненавидит брата, и швырнула игрушку",
           "feeling": "Что может чувствовать Маша"},
}


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_an_unclear_phrase_is_asked_about_and_filed_with_the_answer(
    language: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    """Nothing recognised: no entry with a made-up feeling. The bot asks what happened,
    and the answer is read together with the phrase and filed as one entry; an answer
    that still says nothing is said to be unclear and filed nowhere."""
    words = UNCLEAR[language]
    store = MemoryFamilyStore(clock=ManualClock.at(T0))
    async with running_bot(bot_settings(tmp_path, telegram), telegram, store=store) as bot:
        parent = bot.parent(952, language)
        await onboard(parent, language, words["name"], "6", gender="girl")

        parent.says(words["unclear"])
        asked = await parent.reply()
        assert "inline_keyboard" not in asked.get("reply_markup", {})  # no feedback tap
        question = parse_html(asked["text"]).text
        assert question.startswith(TEXTS["unclear"][language].split("</b>")[0][3:8])  # type: ignore[index]
        assert words["feeling"] not in question
        assert store.entries == {}
        parent.says(words["answer"])
        answer = await parent.text()
        assert words["feeling"] in answer
        [entry] = store.entries.values()
        assert entry.phrase == f"{words['unclear']}\n{words['answer']}"
        assert entry.translation is not None
        assert entry.translation.analysis.emotion == "anger"

        parent.says(words["unclear"])
        await parent.reply()
        parent.says(words["dont_know"])
        still = await parent.text()
        assert still.startswith(plain("still_unclear", language, name=words["name"])[:25])
        assert len(store.entries) == 1  # nothing filed for the unclear pair
        parent.says(words["answer"])  # the question was asked once: a new phrase now
        assert words["feeling"] in await parent.text()
        assert [e.phrase for e in store.entries.values()][1] == words["answer"]
        await parent.no_more_replies()
