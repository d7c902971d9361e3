"""Commands addressed to another bot (``/start@OtherBot``): in a group they are none of
this bot's business (no answer; it still marks them handled), in a private chat they get
"unknown command". Commands with this bot's own username are answered as usual."""

from __future__ import annotations

from pathlib import Path

import pytest

from actors.dialogs import TEXTS
from chaos.emulators.telegram import TelegramEmulator

from .conftest import bot_settings, running_bot

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]


async def test_a_command_for_another_bot_is_not_answered_as_ours(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    me = telegram.state()["bot"]["username"]
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        group = bot.parent(-100888, "en")
        telegram.user_says(601, "/start@OtherBot", chat_id=-100888, language_code="en")
        telegram.user_says(601, "/help@other_bot now", chat_id=-100888, language_code="en")
        telegram.user_says(601, f"/start@{me.upper()}", chat_id=-100888, language_code="en")
        assert await group.text() == TEXTS["private_only"]["en"]
        parent = bot.parent(602, "en")
        parent.says("/help@OtherBot")
        assert await parent.text() == TEXTS["unknown_command"]["en"]
        parent.says(f"/help@{me}")
        assert await parent.text() == TEXTS["help"]["en"]
        await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=5)
        await group.no_more_replies()
