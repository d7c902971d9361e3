"""A parent who writes in a topic (a private chat with topics enabled for the bot) reads
the answer in that topic: the routine analysis, the answer to a button under it, a
command's answer and a crisis answer alike; a topic being opened gets no reply, and what
is written outside topics is answered outside them. Through the whole bot and the Telegram
emulator."""

from __future__ import annotations

from pathlib import Path

import pytest

from actors.dialogs import TEXTS
from chaos.emulators.telegram import TelegramEmulator

from .conftest import bot_settings, running_bot
from .test_faults import onboarded

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

CHAT = 640


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_each_answer_goes_to_the_topic_its_words_were_written_in(
    language: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram,
                           store=onboarded(CHAT, language=language, age=9)) as bot:
        parent = bot.parent(CHAT, language)
        parent.says("/help")
        assert "message_thread_id" not in await parent.reply()

        thread = telegram.open_topic(CHAT, "Sam")["thread_id"]
        phrase = {"en": "Sam cried all evening after school",
                  "ru": "Sam весь вечер плакал после школы"}[language]
        telegram.user_says(CHAT, phrase, thread_id=thread, language_code=language)
        routine = await parent.reply()  # the topic's opening got none: this is the next
        assert routine["message_thread_id"] == thread
        assert {"en": "What Sam may be feeling",
                "ru": "Что может чувствовать Sam"}[language] in routine["text"]
        parent.taps(TEXTS["btn_not_helped"][language])  # a button under it: a callback
        sorry = await parent.reply()
        assert sorry["message_thread_id"] == thread

        crisis = {"en": "Sam told me he wants to kill himself",
                  "ru": "Sam сказал, что хочет убить себя"}[language]
        telegram.user_says(CHAT, crisis, thread_id=thread, language_code=language)
        answer = await parent.reply()
        assert answer["message_thread_id"] == thread
        opening = TEXTS["crisis_suicide"][language].split("</b>")[0].replace("<b>", "")
        assert opening in answer["text"]

        telegram.user_says(CHAT, "/help", thread_id=thread, language_code=language)
        assert (await parent.reply())["message_thread_id"] == thread
        parent.says(phrase)
        assert "message_thread_id" not in await parent.reply()
        await parent.no_more_replies()
