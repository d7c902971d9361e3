"""A parent's whole conversation through the real bot and the Telegram emulator: onboarding,
translating, help, privacy, settings and delete, in Russian and in English; several
children; odd input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from actors.dialogs import TEXTS
from chaos.emulators.telegram import TelegramEmulator

from .conftest import Parent, bot_settings, running_bot
from .conftest import onboard as onboard_parent

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

WORDS: dict[str, dict[str, str]] = {
    "ru": {
        "language": "Русский", "name": "Маша", "age": "5",
        "phrase": "Маша кричит, что ненавидит брата, и бросает игрушки",
        "feeling": "Что может чувствовать Маша", "yes": TEXTS["btn_delete_yes"]["ru"],
        "time": "Вечерний вопрос будет приходить в 21:15",
    },
    "en": {
        "language": "English", "name": "Sam", "age": "6",
        "phrase": "Sam screamed that he hates his brother and threw his toys",
        "feeling": "What Sam may be feeling", "yes": TEXTS["btn_delete_yes"]["en"],
        "time": "The check-in will come at 21:15",
    },
}


async def onboard(parent: Parent, language: str, name: str, age: str) -> None:
    assert name in await onboard_parent(parent, language, name, age)


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_a_parent_goes_through_everything(
    language: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    words = WORDS[language]
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(501, "ru" if language == "ru" else "en-US")
        await onboard(parent, language, words["name"], words["age"])
        family = await bot.family(501)
        assert family is not None
        assert family.language == language
        assert [(c.name, c.age) for c in family.children] == [(words["name"], int(words["age"]))]

        parent.says(words["phrase"])
        answer = await parent.text()
        assert words["feeling"] in answer
        assert TEXTS["basic_mode"][language].split(">")[1][:20] in answer  # type: ignore[index]


        parent.says("/help")
        assert "/delete" in await parent.text()
        parent.says("/privacy")
        assert "12" in await parent.text()

        parent.says("/settings")
        settings_message = await parent.reply()
        assert len(parent.buttons(settings_message)) == 4
        parent.taps(TEXTS["btn_time"][language])  # type: ignore[index]
        assert "20:30" in await parent.text()
        parent.says("25:99")
        assert await parent.text() == TEXTS["bad_time"][language]  # type: ignore[index]
        parent.says("21.15")
        assert words["time"] in await parent.text()
        parent.says("/settings")
        await parent.reply()
        parent.taps(TEXTS["btn_timezone"][language])  # type: ignore[index]
        await parent.reply()
        parent.says("Asia/Almaty")
        assert "Asia/Almaty" in await parent.text()
        family = await bot.family(501)
        assert family is not None
        assert (family.checkin_time, family.timezone, family.step) == ("21:15", "Asia/Almaty",
                                                                       "ready")

        parent.says("/delete")
        confirm = await parent.reply()
        assert len(parent.buttons(confirm)) == 2
        parent.taps(words["yes"])
        assert await parent.text() == TEXTS["deleted"][language]  # type: ignore[index]
        assert await bot.family(501) is None
        await parent.no_more_replies()
        assert bot.app.journal.depth == 0  # every update handled


async def test_language_switch_in_settings_changes_every_text(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(502, "en")
        await onboard(parent, "en", "Sam", "6")
        parent.says("/settings")
        await parent.reply()
        parent.taps(TEXTS["btn_language"]["en"])
        await parent.reply()
        parent.taps("Русский")
        assert await parent.text() == TEXTS["language_set"]["ru"]
        parent.says("/help")
        assert await parent.text() == TEXTS["help"]["ru"]


async def test_several_children_the_parent_picks_one_with_buttons(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(503, "en")
        await onboard(parent, "en", "Sam", "4")
        parent.says("/addchild")
        await parent.reply()
        parent.says("Lily")
        await parent.reply()
        parent.says("15 years")
        assert "Lily" in await parent.text()

        parent.says("she slammed the door and said I never listen to her")
        choose = await parent.reply()
        assert parent.buttons(choose) == ["Sam", "Lily"]
        parent.taps("Lily")
        answer = await parent.text()
        assert "What Lily may be feeling" in answer
        # the old prompt's buttons are stale once used
        parent.taps("Sam")
        assert await parent.text() == TEXTS["choice_expired"]["en"]


async def test_odd_input_gets_a_polite_answer_or_is_ignored(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    settings = bot_settings(tmp_path, telegram, dialogs={"max_phrase": 500})
    async with running_bot(settings, telegram) as bot:
        parent = bot.parent(504, "en")
        await onboard(parent, "en", "Sam", "6")
        parent.says("x" * 3000)
        assert "500" in await parent.text()
        parent.says("/frobnicate")
        assert await parent.text() == TEXTS["unknown_command"]["en"]
        parent.says("   ")
        push(telegram, "message", raw_message(504, sticker={"file_id": "s1"}))
        assert await parent.text() == TEXTS["not_text"]["en"]
        push(telegram, "message", raw_message(504, voice={"file_id": "v1"}))
        assert await parent.text() == TEXTS["not_text"]["en"]
        push(telegram, "edited_message", raw_message(504, text="edited words"))
        parent.says("<b>bold</b> & <script>alert(1)</script> он кричит 😡")
        answer = await parent.text()
        assert "What Sam may be feeling" in answer
        await parent.no_more_replies()
        group = bot.parent(-100777, "en")
        telegram.user_says(505, "/start", chat_id=-100777, language_code="en")
        assert await group.text() == TEXTS["private_only"]["en"]
        await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=5)


async def test_parent_who_blocks_the_bot_is_marked_inactive_and_back_when_they_return(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(506, "en")
        await onboard(parent, "en", "Sam", "6")
        telegram.block(506)
        await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=5)
        await _wait_family(bot, 506, lambda f: not f.active)
        telegram.unblock(506)
        parent.says("he is scared of the dark")
        assert "What Sam may be feeling" in await parent.text()
        await _wait_family(bot, 506, lambda f: f.active)


async def _wait_family(bot: Any, chat_id: int, predicate: Any) -> None:
    import anyio

    with anyio.fail_after(5):
        while True:
            family = await bot.family(chat_id)
            if family is not None and predicate(family):
                return
            await anyio.sleep(0.01)


def push(emu: TelegramEmulator, kind: str, payload: dict[str, Any]) -> int:
    """Queue a raw update the emulator's user model cannot produce (stickers, edits)."""
    return int(emu.bot().queue.push(kind, payload, emu.now()))


def raw_message(chat_id: int, language_code: str = "en", **content: Any) -> dict[str, Any]:
    """A private chat's message from its parent with ``content`` (for ``push``)."""
    return {"chat": {"id": chat_id, "type": "private", "first_name": "P"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "P",
                     "language_code": language_code},
            "date": 1, "message_id": 9000 + len(content), **content}


async def test_metrics_move_after_a_scripted_conversation(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    from tests.actors.test_metrics import value

    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        metrics = bot.app.metrics
        metrics.observe(bot.app)
        assert value(metrics, "fe_registrations_total") == 0
        parent = bot.parent(511, "en")
        await onboard(parent, "en", "Sam", "6")
        for phrase in ("he hit his sister", "he is scared of the dark"):
            parent.says(phrase)
            await parent.text()
        assert value(metrics, "fe_registrations_total") == 1
        assert value(metrics, "fe_translations_total", age_group="4-7", language="en",
                     source="offline", success="true") == 2
        assert value(metrics, "fe_translation_duration_seconds_count", source="offline") == 2
        sent = value(metrics, "fe_external_requests_total", service="telegram", status="200")
        assert sent is not None
        assert sent >= 6  # getMe, deleteWebhook, polls and the five replies


async def test_cancel_and_settings_during_onboarding_never_leave_the_parent_stuck(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(512, "en")
        parent.says("/start")
        await parent.reply()
        parent.taps("English")
        await parent.reply()
        parent.taps(TEXTS["btn_consent"]["en"])
        await parent.reply()
        parent.taps_first("🕒")
        await parent.reply()
        parent.says("Sam")
        await parent.reply()
        parent.says("/cancel")  # while the age is asked
        assert await parent.text() == TEXTS["cancelled"]["en"]
        parent.says("/settings")
        await parent.reply()
        parent.taps(TEXTS["btn_time"]["en"])
        await parent.reply()
        parent.says("19:30")
        assert "19:30" in await parent.text()
        parent.says("Sam")  # the onboarding goes on: this is the child's name again
        assert "Sam" in await parent.text()
        parent.says("6")
        assert "Sam" in await parent.text()
        family = await bot.family(512)
        assert family is not None
        assert (family.step, family.checkin_time, len(family.children)) == ("ready", "19:30", 1)


async def test_forged_callback_data_gets_a_polite_answer_not_a_crash(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    from tests.e2e.test_faults import onboarded

    async with running_bot(bot_settings(tmp_path, telegram), telegram,
                           store=onboarded(513)) as bot:

        for data in ("c:²:1", "c:", "ci:x", "ci:²:3:20261123", "lang:xx", "zzz"):
            push(telegram, "callback_query", {
                "id": f"cb-{data}", "from": {"id": 513, "is_bot": False, "first_name": "P"},
                "chat_instance": "1", "data": data,
                "message": {"message_id": 1, "date": 1,
                            "chat": {"id": 513, "type": "private"}}})
        await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=10)
        assert bot.system.events.counts.get("Crashed", 0) == 0
