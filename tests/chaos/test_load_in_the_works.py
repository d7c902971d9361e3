"""``SyntheticParents.in_the_works``: the phrases the bot has acknowledged and not yet
answered, read cheaply enough for the kill drills to poll it without stalling the
emulator they share an event loop with. A phrase is in the works once a getUpdates
offset confirms it, and leaves when a bot message follows it in its chat."""

from __future__ import annotations

import httpx
import pytest

from chaos.emulators.telegram import TelegramEmulator
from chaos.load import SyntheticParents, expected_header

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]


async def confirm_all(api: httpx.AsyncClient) -> None:
    """Read the queue, then confirm everything read (as a bot's next poll does)."""
    response = await api.post("getUpdates", json={"timeout": 0})
    updates = response.json()["result"]
    assert updates, "nothing was queued"
    await api.post("getUpdates", json={"offset": updates[-1]["update_id"] + 1, "timeout": 0})


async def test_an_acknowledged_phrase_is_in_the_works_until_a_bot_message_follows_it(
    telegram_emu: TelegramEmulator, telegram_api: httpx.AsyncClient,
) -> None:
    parents = SyntheticParents(telegram_emu, [7001, 7002], rate=10)
    first = parents.send_one()
    second = parents.send_one()
    assert {first.chat_id, second.chat_id} == {7001, 7002}
    assert parents.in_the_works() == set(), "nothing is acknowledged yet"

    await confirm_all(telegram_api)
    assert parents.in_the_works() == {first.update_id, second.update_id}
    assert parents.in_the_works() == parents.acknowledged() - parents.answered()

    reply = await telegram_api.post("sendMessage", json={
        "chat_id": first.chat_id, "text": expected_header(first.phrase)})
    assert reply.status_code == 200, reply.text
    assert parents.in_the_works() == {second.update_id}
    assert parents.answered() == {first.update_id}


async def test_only_the_newest_phrase_of_a_chat_counts_and_only_once_confirmed(
    telegram_emu: TelegramEmulator, telegram_api: httpx.AsyncClient,
) -> None:
    parents = SyntheticParents(telegram_emu, [7001], rate=10)
    parents.send_one()
    await confirm_all(telegram_api)
    await telegram_api.post("sendMessage", json={"chat_id": 7001, "text": "a notice"})
    assert parents.in_the_works() == set(), "a bot message follows the only phrase"

    newest = parents.send_one()
    assert parents.in_the_works() == set(), "the new phrase is still pending"
    await confirm_all(telegram_api)
    assert parents.in_the_works() == {newest.update_id}
