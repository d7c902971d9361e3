"""A message that speaks of a crisis gets the crisis answer for its category (what to do
now, where to call) instead of the routine analysis, in Russian and English, at any step
of the conversation, on the offline and the Claude path; ordinary phrases and idioms get
the routine analysis. Through the whole bot and the Telegram emulator."""

from __future__ import annotations

from pathlib import Path

import pytest

from actors.crisis import detect
from actors.dialogs import TEXTS
from chaos.emulators.anthropic import AnthropicEmulator
from chaos.emulators.telegram import TelegramEmulator

from .conftest import bot_settings, running_bot
from .test_conversation import push, raw_message
from .test_faults import onboarded

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

ROUTINE = {"en": "What Sam may be feeling", "ru": "Что может чувствовать Sam"}
UNCLEAR = {"en": "I can't tell yet what Sam is feeling",
           "ru": "я пока не могу понять, что чувствует Sam"}


def opening(key: str, language: str) -> str:
    """The first words of a crisis text as the parent reads it (HTML tags dropped)."""
    first = TEXTS[key][language].split("</b>")[0]
    return first.replace("<b>", "")


@pytest.mark.parametrize(("language", "phrase", "key", "helpline"), [
    ("ru", "Катя сказала: я себя убью, если вы меня заставите", "crisis_suicide",
     "8-800-2000-122"),
    ("ru", "сын пишет в чате хочу сдохнуть", "crisis_suicide", "8-800-2000-122"),
    ("en", "Noah said I wanna die lol", "crisis_suicide", "988"),
    ("en", "Emma said she wishes she was never born", "crisis_suicide", "988"),
    ("en", "he hurts himself", "crisis_self_harm", "988"),
    ("en", "the coach touched me and said it's a secret", "crisis_abuse", "0808 800 5000"),
    ("ru", "она рассказала, что отчим бьёт её ремнём, когда мамы нет дома", "crisis_abuse",
     "102"),
])
async def test_a_crisis_gets_its_answer_and_no_routine_advice(
    language: str, phrase: str, key: str, helpline: str,
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram,
                           store=onboarded(620, language=language, age=11)) as bot:
        parent = bot.parent(620, language)
        parent.says(phrase)
        answer = await parent.text()
        assert opening(key, language) in answer
        assert helpline in answer
        assert ROUTINE[language] not in answer  # no emotion, no "that's great"
        await parent.no_more_replies()
        counted = bot.app.metrics.crises.collect()[0].samples
        assert sum(s.value for s in counted if s.name.endswith("_total")) == 1


async def test_a_long_message_ending_in_a_crisis_is_caught(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    long = ("We had a rough week: she lost her phone, fought with her best friend over a "
            "game, got a bad mark in maths and refused dinner twice. Tonight she slammed "
            "the door and when I asked what was wrong she said everyone would be better "
            "off without her")
    async with running_bot(bot_settings(tmp_path, telegram), telegram,
                           store=onboarded(621)) as bot:
        parent = bot.parent(621)
        parent.says(long)
        answer = await parent.text()
        assert opening("crisis_suicide", "en") in answer
        assert "joy" not in answer.lower()


@pytest.mark.parametrize(("language", "phrase"), [
    ("en", "the homework is killing him"),
    ("en", "she is dying to go to the party"),
    ("ru", "он весь вечер убивал время в телефоне"),
])
async def test_idioms_get_the_routine_analysis(
    language: str, phrase: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram,
                           store=onboarded(622, language=language)) as bot:
        parent = bot.parent(622, language)
        parent.says(phrase)
        answer = await parent.text()
        assert opening("crisis_suicide", language) not in answer
        # The ordinary answer: an analysis, or (offline, when it cannot tell a feeling)
        # the one question back.
        assert ROUTINE[language] in answer or UNCLEAR[language] in answer


async def test_a_crisis_during_onboarding_is_answered_and_onboarding_goes_on(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(623)
        parent.says("/start")
        await parent.reply()
        parent.taps("English")
        await parent.reply()
        parent.taps(TEXTS["btn_consent"]["en"])
        await parent.reply()
        parent.taps_first("🕒")
        await parent.reply()  # asks the child's name
        parent.says("my daughter said she wants to kill herself")
        answer = await parent.text()
        assert opening("crisis_suicide", "en") in answer
        parent.says("Mia")  # still the name it asked for
        assert "Mia" in await parent.text()
        assert (await bot.family(623)).pending_name == "Mia"  # type: ignore[union-attr]


async def test_the_claude_path_gives_the_crisis_answer_too(
    tmp_path: Path, telegram: TelegramEmulator, claude: AnthropicEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram, claude), telegram,
                           store=onboarded(624)) as bot:
        parent = bot.parent(624)
        parent.says("he is going to jump off the bridge tonight")
        answer = await parent.text()
        assert opening("crisis_urgent", "en") in answer  # intent with a plan: act now
        assert opening("crisis_suicide", "en") in answer
        parent.says("she is afraid of the dog")
        assert "What Sam may be feeling" in await parent.text()
    assert len(claude.requests) == 1  # only the ordinary phrase went to Claude


CLAUDE_ONLY = {  # a risk a model reads from context that the word lists do not flag
    "en": "Sam has bruises on his arms again and won't say where they came from",
    "ru": "У Sam опять синяки на руках, и он не говорит, откуда они",
}


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_a_risk_only_claude_sees_gets_the_crisis_answer_then_the_coaching(
    language: str, tmp_path: Path, telegram: TelegramEmulator, claude: AnthropicEmulator,
) -> None:
    """Never less safe than Claude: the local detector passes the phrase, Claude's answer
    flags an abuse risk, and the parent reads the crisis answer first, then Claude's
    coaching; the diary keeps it as a crisis entry."""
    phrase = CLAUDE_ONLY[language]
    assert detect(phrase, language) is None  # else this would test the local detector
    store = onboarded(625, language=language)
    async with running_bot(bot_settings(tmp_path, telegram, claude), telegram,
                           store=store) as bot:
        parent = bot.parent(625, language)
        parent.says(phrase)
        answer = await parent.text()
        assert answer.startswith(opening("crisis_abuse", language))
        assert answer.index(opening("crisis_abuse", language)) < answer.index(
            ROUTINE[language])
        assert len(claude.requests) == 1
        [entry] = store.entries.values()
        assert entry.crisis == "abuse"



@pytest.mark.parametrize("language", ["ru", "en"])
async def test_claudes_unclear_answer_asks_what_happened(
    language: str, tmp_path: Path, telegram: TelegramEmulator, claude: AnthropicEmulator,
) -> None:
    """Claude's "unclear" outcome is handled as the offline one: a question back, no
    entry with a guessed feeling."""
    store = onboarded(626, language=language)
    async with running_bot(bot_settings(tmp_path, telegram, claude), telegram,
                           store=store) as bot:
        parent = bot.parent(626, language)
        parent.says("Sam again" if language == "en" else "Sam опять")
        answer = await parent.text()
        assert UNCLEAR[language] in answer
        assert ROUTINE[language] not in answer
        assert store.entries == {}
        assert (await bot.family(626)).step == "clarify"  # type: ignore[union-attr]


PHOTO = [{"file_id": "f1", "file_unique_id": "u1", "width": 90, "height": 90}]


@pytest.mark.parametrize(("language", "media", "caption", "key"), [
    ("en", "photo", "look at his back: his stepfather beats him with a belt", "crisis_abuse"),
    ("ru", "document", "нашла в её тетради: хочу умереть, никому я не нужна",
     "crisis_suicide"),
])
async def test_a_crisis_in_a_caption_gets_its_answer(
    language: str, media: str, caption: str, key: str,
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    # A parent shows what they found and says what it is under it: the caption is their
    # words, and a child in danger is not missed because a picture came with them.
    file = PHOTO if media == "photo" else {"file_id": "d1", "file_unique_id": "d1"}
    async with running_bot(bot_settings(tmp_path, telegram), telegram,
                           store=onboarded(622, language=language)) as bot:
        parent = bot.parent(622, language)
        telegram.bot().add_user(622, language_code=language)
        push(telegram, "message", raw_message(622, language, **{media: file}, caption=caption))
        answer = await parent.text()
        assert opening(key, language) in answer
        assert ROUTINE[language] not in answer
        await parent.no_more_replies()


async def test_a_caption_is_read_as_words_a_bare_photo_is_asked_for_words_and_a_pin_is_let_be(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram,
                           store=onboarded(623)) as bot:
        parent = bot.parent(623)
        telegram.bot().add_user(623, language_code="en")
        push(telegram, "message", raw_message(
            623, photo=PHOTO, caption="he was so happy when we built the tower"))
        assert ROUTINE["en"] in await parent.text()
        push(telegram, "message", raw_message(623, photo=PHOTO))
        assert await parent.text() == TEXTS["not_text"]["en"]
        # Telegram's notes about the chat are not the parent's words: no "only text" to a
        # pinned message or a new wallpaper.
        push(telegram, "message", raw_message(623, pinned_message={
            "message_id": 5, "date": 0, "chat": {"id": 623, "type": "private"}}))
        push(telegram, "message", raw_message(623, chat_background_set={
            "type": {"type": "fill", "fill": {"type": "solid", "color": 0},
                     "dark_theme_dimming": 0}}))
        await parent.no_more_replies()
        await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=5)
