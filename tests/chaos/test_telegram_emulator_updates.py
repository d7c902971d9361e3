"""Telegram emulator: getUpdates as the Bot API server does it.

Offsets confirm and forget, negative offsets, limit clamping, long polls that wake on the
first update, the 409 takeover and webhook conflicts, allowed_updates, 24 h retention on
the injected clock, and update ids that are never reused. asyncio only (aiohttp).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from chaos.emulators.telegram import TelegramEmulator, make_test_token
from tests.chaos.conftest import TELEGRAM_EPOCH

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TAKEOVER = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


async def poll(api: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    response = await api.post("getUpdates", json=params)
    assert response.status_code == 200, response.text
    result: list[dict[str, Any]] = response.json()["result"]
    return result


def texts(updates: list[dict[str, Any]]) -> list[str]:
    return [u["message"]["text"] for u in updates]


async def test_a_user_command_becomes_a_message_update_with_a_bot_command_entity(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    said = telegram_emu.user_says(1001, "/start@emu424242_bot now", first_name="Anna")
    [update] = await poll(telegram_api)
    assert update["update_id"] == said["update_id"]
    message = update["message"]
    assert message["message_id"] == said["message_id"] == 1
    assert message["chat"] == {"id": 1001, "type": "private", "first_name": "Anna"}
    assert message["from"] == {"id": 1001, "is_bot": False, "first_name": "Anna"}
    assert message["date"] == int(TELEGRAM_EPOCH)
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 20}]


async def test_command_entity_offsets_are_utf16(telegram_emu: TelegramEmulator) -> None:
    telegram_emu.user_says(1001, "😀 /help")
    [message] = telegram_emu.transcript(1001)
    assert message["entities"] == [{"type": "bot_command", "offset": 3, "length": 5}]
    telegram_emu.user_says(1001, "no command here")
    assert "entities" not in telegram_emu.transcript(1001)[-1]


async def test_updates_come_back_until_an_offset_confirms_them(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    for text in ("one", "two", "three"):
        telegram_emu.user_says(1001, text)
    first = await poll(telegram_api)
    assert texts(first) == ["one", "two", "three"]
    ids = [u["update_id"] for u in first]
    assert ids == list(range(ids[0], ids[0] + 3))
    assert texts(await poll(telegram_api)) == ["one", "two", "three"]  # nothing confirmed yet
    assert texts(await poll(telegram_api, offset=ids[1])) == ["two", "three"]
    assert texts(await poll(telegram_api)) == ["two", "three"]  # "one" is forgotten
    assert await poll(telegram_api, offset=ids[2] + 1) == []
    assert await poll(telegram_api) == []


async def test_a_negative_offset_returns_the_last_updates_and_forgets_the_rest(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    for text in ("a", "b", "c", "d"):
        telegram_emu.user_says(1001, text)
    assert texts(await poll(telegram_api, offset=-2)) == ["c", "d"]
    assert texts(await poll(telegram_api)) == ["c", "d"]


@pytest.mark.parametrize(("limit", "expected"), [(0, 1), (-5, 1), (2, 2), (100, 100), (500, 100)])
async def test_limit_is_clamped_to_1_through_100(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator, limit: int, expected: int
) -> None:
    for i in range(101):
        telegram_emu.user_says(1001, f"m{i}")
    assert len(await poll(telegram_api, limit=limit)) == expected
    assert len(await poll(telegram_api)) == 100  # the default limit


async def test_an_offset_far_beyond_the_newest_id_reads_from_the_head(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    said = telegram_emu.user_says(1001, "still here")
    assert texts(await poll(telegram_api, offset=said["update_id"] + 11)) == ["still here"]
    assert await poll(telegram_api, offset=said["update_id"] + 10) == []  # within slack


async def test_a_long_poll_answers_as_soon_as_a_user_writes(
    telegram_api: httpx.AsyncClient,
    telegram_control: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
) -> None:
    loop = asyncio.get_running_loop()
    held = asyncio.create_task(poll(telegram_api, timeout=30))
    await telegram_emu.wait_polling(timeout=2)
    started = loop.time()
    await telegram_control.post("/_emu/users/1001/message", json={"text": "wake up"})
    updates = await asyncio.wait_for(held, 2)
    assert texts(updates) == ["wake up"]
    assert loop.time() - started < 1.0


async def test_messages_queued_at_once_come_back_in_one_long_poll(
    telegram_api: httpx.AsyncClient,
    telegram_control: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
) -> None:
    """``/_emu/messages``: a burst, as the kill drill sends it, answered in one batch."""
    held = asyncio.create_task(poll(telegram_api, timeout=30))
    await telegram_emu.wait_polling(timeout=2)
    burst = [{"user_id": 1001 + i, "text": f"phrase {i}", "language_code": "en"}
             for i in range(40)]
    answer = (await telegram_control.post("/_emu/messages", json={"messages": burst})).json()
    assert answer["ok"]
    assert [said["update_id"] for said in answer["result"]] == sorted(
        said["update_id"] for said in answer["result"])
    updates = await asyncio.wait_for(held, 2)
    assert texts(updates) == [f"phrase {i}" for i in range(40)]
    bad = await telegram_control.post("/_emu/messages", json={"messages": "not a list"})
    assert bad.status_code == 400


async def test_a_long_poll_with_nothing_to_say_answers_an_empty_list_at_its_timeout(
    telegram_api: httpx.AsyncClient,
) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await poll(telegram_api, timeout=0.2) == []  # fractions: an emulator extension
    assert 0.2 <= loop.time() - started < 1.0


async def test_a_second_get_updates_terminates_the_held_one_with_409(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    first = asyncio.create_task(telegram_api.post("getUpdates", json={"timeout": 30}))
    await telegram_emu.wait_polling(timeout=2)
    second = asyncio.create_task(telegram_api.post("getUpdates", json={"timeout": 30}))
    older = await asyncio.wait_for(first, 2)
    assert older.status_code == 409
    assert older.json() == {"ok": False, "error_code": 409, "description": TAKEOVER}
    await telegram_emu.wait_polling(timeout=2)  # the newer poll holds on
    telegram_emu.user_says(1001, "for the new poller")
    newer = await asyncio.wait_for(second, 2)
    assert texts(newer.json()["result"]) == ["for the new poller"]


async def test_get_updates_is_a_409_while_a_webhook_is_set(
    telegram_api: httpx.AsyncClient, telegram_control: httpx.AsyncClient
) -> None:
    set_hook = await telegram_api.post("setWebhook", json={"url": "https://example.invalid/h"})
    assert set_hook.json() == {"ok": True, "result": True, "description": "Webhook was set"}
    refused = await telegram_api.post("getUpdates")
    assert refused.status_code == 409
    assert refused.json()["description"] == WEBHOOK
    info = (await telegram_api.post("getWebhookInfo")).json()["result"]
    assert info["url"] == "https://example.invalid/h"
    deleted = (await telegram_api.post("deleteWebhook")).json()
    assert deleted["description"] == "Webhook was deleted"
    again = (await telegram_api.post("deleteWebhook")).json()
    assert again["description"] == "Webhook is already deleted"
    assert (await telegram_api.post("getUpdates")).status_code == 200
    await telegram_control.post("/_emu/webhook", json={"url": "https://example.invalid/h"})
    assert (await telegram_api.post("getUpdates")).status_code == 409


async def test_set_webhook_needs_https_and_ends_a_held_poll(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    plain = await telegram_api.post("setWebhook", json={"url": "http://example.invalid/h"})
    assert plain.status_code == 400
    held = asyncio.create_task(telegram_api.post("getUpdates", json={"timeout": 30}))
    await telegram_emu.wait_polling(timeout=2)
    await telegram_api.post("setWebhook", json={"url": "https://example.invalid/h"})
    ended = await asyncio.wait_for(held, 2)
    assert ended.status_code == 409
    assert ended.json()["description"] == "Conflict: terminated by setWebhook request"


async def test_allowed_updates_persist_across_polls_and_an_empty_list_resets_them(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "before")  # queued before the subscription changes: kept
    assert len(await poll(telegram_api, allowed_updates=["my_chat_member"])) == 1
    skipped = telegram_emu.user_says(1001, "filtered out")
    blocked = telegram_emu.block(1001)
    updates = await poll(telegram_api)  # no allowed_updates: the subscription is kept
    assert [u["update_id"] for u in updates][-1] == blocked
    assert skipped["update_id"] not in [u["update_id"] for u in updates]
    assert telegram_emu.state()["allowed_updates"] == ["my_chat_member"]
    await telegram_api.post("getUpdates", data={"allowed_updates": "[]"})  # JSON text in a form
    assert "message" in telegram_emu.state()["allowed_updates"]
    assert "chat_member" not in telegram_emu.state()["allowed_updates"]
    await poll(telegram_api, allowed_updates="not json")  # ignored, as the server does
    assert "message" in telegram_emu.state()["allowed_updates"]


async def test_blocking_and_unblocking_emit_my_chat_member(
    telegram_api: httpx.AsyncClient, telegram_control: httpx.AsyncClient
) -> None:
    await telegram_control.post("/_emu/users/1001/message", json={"text": "hi"})
    await telegram_control.post("/_emu/users/1001/block")
    await telegram_control.post("/_emu/users/1001/unblock")
    await telegram_control.post("/_emu/users/1001/deactivate")  # no update for this one
    updates = await poll(telegram_api, offset=-10)
    members = [u["my_chat_member"] for u in updates if "my_chat_member" in u]
    assert len(updates) == 3
    transitions = [
        (m["old_chat_member"]["status"], m["new_chat_member"]["status"]) for m in members
    ]
    assert transitions == [("member", "kicked"), ("kicked", "member")]
    assert members[0]["chat"]["id"] == 1001
    assert members[0]["new_chat_member"]["user"]["is_bot"] is True


async def test_updates_expire_after_24_hours_on_the_injected_clock() -> None:
    now = [1_000_000.0]
    token = make_test_token(99)
    async with (
        TelegramEmulator(token, clock=lambda: now[0]) as emu,
        httpx.AsyncClient(base_url=emu.api_url(token)) as api,
    ):
        emu.user_says(1001, "old")
        now[0] += 12 * 3600
        emu.user_says(1001, "newer")
        now[0] += 12 * 3600 + 1  # "old" is now just over a day old
        info = (await api.post("getWebhookInfo")).json()["result"]
        assert info["pending_update_count"] == 1
        assert texts(await poll(api)) == ["newer"]


async def test_time_travel_through_the_control_api_expires_updates(
    telegram_api: httpx.AsyncClient, telegram_control: httpx.AsyncClient
) -> None:
    await telegram_control.post("/_emu/users/1001/message", json={"text": "hi"})
    travelled = await telegram_control.post("/_emu/clock", json={"advance_s": 86_401})
    assert travelled.json()["result"]["now"] == TELEGRAM_EPOCH + 86_401
    assert await poll(telegram_api) == []


async def test_update_ids_keep_rising_across_a_reset(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    before = telegram_emu.user_says(1001, "before")["update_id"]
    telegram_emu.reset()
    after = telegram_emu.user_says(1001, "after")["update_id"]
    assert after == before + 1
    assert [u["update_id"] for u in await poll(telegram_api)] == [after]


async def test_update_ids_jump_on_request_and_after_a_week_of_silence(
    telegram_api: httpx.AsyncClient,
    telegram_control: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
) -> None:
    jumped = await telegram_control.post("/_emu/updates/reset_ids", json={"next": 7})
    assert jumped.json()["result"] == {"next_update_id": 7}
    assert telegram_emu.user_says(1001, "low")["update_id"] == 7
    telegram_emu.advance_clock(7 * 24 * 3600)
    after_week = telegram_emu.user_says(1001, "new era")["update_id"]
    assert after_week != 8
    assert 10**8 <= after_week < 10**9
    # A poller whose offset comes from the old id space is served from the head.
    assert texts(await poll(telegram_api, offset=after_week + 1000)) == ["new era"]


async def test_delete_webhook_can_drop_pending_updates(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "doomed")
    await telegram_api.post("deleteWebhook", data={"drop_pending_updates": "true"})
    assert await poll(telegram_api) == []


async def test_shutdown_answers_a_held_poll_with_an_empty_list() -> None:
    token = make_test_token(98)
    emu = TelegramEmulator(token)
    await emu.start()
    try:
        async with httpx.AsyncClient(base_url=emu.api_url(token), timeout=5) as api:
            held = asyncio.create_task(api.post("getUpdates", json={"timeout": 30}))
            await emu.wait_polling(timeout=2)
            await emu.aclose()
            response = await asyncio.wait_for(held, 2)
        assert response.json() == {"ok": True, "result": []}
    finally:
        await emu.aclose()


async def test_a_held_poll_whose_client_leaves_is_dropped_silently(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    with pytest.raises(httpx.ReadTimeout):
        await telegram_api.post("getUpdates", json={"timeout": 30}, timeout=0.1)
    await telegram_emu.wait_until(lambda: telegram_emu.state()["held_polls"] == 0, timeout=2)
    said = telegram_emu.user_says(1001, "still pending")
    assert [u["update_id"] for u in await poll(telegram_api)] == [said["update_id"]]
    abandoned, answered = telegram_emu.calls("getUpdates")
    assert (abandoned["status"], answered["status"]) == (None, 200)


async def test_an_update_queued_while_a_long_poll_is_being_held_wakes_it(
    telegram_emu: TelegramEmulator,
) -> None:
    # The poll found nothing and is about to wait; an update arrives in that very step of
    # the event loop (the driver injects in the emulator's loop). A lost wake-up left the
    # poll held until its timeout: the last update of a burst went unanswered for 25 s.
    from chaos.emulators.telegram._methods import Call, get_updates

    bot = telegram_emu.bot()
    held = asyncio.ensure_future(get_updates(Call(bot, {"timeout": 5}, telegram_emu.now(),
                                                  batch_window=0.0)))
    await asyncio.sleep(0)  # the poll runs up to its wait; we resume before it registers
    said = telegram_emu.user_says(1001, "just in time")
    updates = await asyncio.wait_for(held, 2.0)
    assert [u["update_id"] for u in updates] == [said["update_id"]]


async def test_a_raw_update_is_served_verbatim_with_the_next_id(
    telegram_api: httpx.AsyncClient,
    telegram_control: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
) -> None:
    first = telegram_emu.user_says(1001, "before")["update_id"]
    message = {"message_id": 2**64, "date": 1, "text": "\ud800",
               "chat": {"id": 2**64 + 1, "type": "private"}}
    injected = telegram_emu.inject_raw({"message": message})
    assert injected["update_id"] == first + 1
    assert injected["at"] == telegram_emu.now()
    deep = '{"message": {"message_id": 3, "x": ' + "[" * 5000 + "]" * 5000 + "}}"
    by_control = await telegram_control.post("/_emu/raw_update", json={"raw": deep})
    assert by_control.json()["result"]["update_id"] == first + 2
    after = telegram_emu.user_says(1001, "after")["update_id"]
    assert after == first + 3
    response = await telegram_api.post("getUpdates", json={})
    body = response.content
    assert b'"text": "\\ud800"' in body  # the lone surrogate escape, as Telegram could
    assert b'"id": 18446744073709551617' in body
    assert b"[" * 5000 in body
    head, tail = body.split(b"[" * 5000)
    parsed = json.loads(head + tail.replace(b"]" * 5000, b"null", 1))
    ids = [u["update_id"] for u in parsed["result"]]
    assert ids == [first, first + 1, first + 2, after]
    assert parsed["result"][1]["message"]["chat"]["id"] == 2**64 + 1
    assert telegram_emu.calls("getUpdates")[-1]["status"] == 200
    logged = await telegram_control.get("/_emu/calls", params={"method": "getUpdates"})
    assert logged.status_code == 200  # the call log still serialises
