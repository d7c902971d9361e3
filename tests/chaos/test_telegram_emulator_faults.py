"""Telegram emulator: injected faults of every kind, and waiting on the call log.

Hang and latency tests use small real timeouts (≤ 0.3 s); nothing sleeps to wait for an
event. asyncio only (aiohttp).
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from chaos.emulators.telegram import DEFAULT_TOKEN, Fault, FaultMode, TelegramEmulator

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]


async def test_a_respond_fault_answers_its_error_then_goes_away(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.add_fault(method="getme", code=500, times=2)  # method names: any case
    statuses = [(await telegram_api.post("getMe")).status_code for _ in range(3)]
    assert statuses == [500, 500, 200]
    first = telegram_emu.calls("getMe")[0]
    assert (first["status"], first["fault"]) == (500, "respond")
    assert first["response"]["description"] == "Internal Server Error"


async def test_a_429_fault_carries_retry_after_in_both_places(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.add_fault(Fault(method="getUpdates", code=429, retry_after=7))
    response = await telegram_api.post("getUpdates")
    assert response.status_code == 429
    assert response.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7},
    }


async def test_a_failed_poll_confirms_nothing(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    said = telegram_emu.user_says(1001, "keep me")
    telegram_emu.add_fault(method="getUpdates", code=502)
    refused = await telegram_api.post("getUpdates", json={"offset": said["update_id"] + 1})
    assert refused.status_code == 502
    updates = (await telegram_api.post("getUpdates")).json()["result"]
    assert [u["update_id"] for u in updates] == [said["update_id"]]


async def test_a_fault_can_match_parameters(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1, "hi")
    telegram_emu.user_says(2, "hi")
    telegram_emu.add_fault(
        method="sendMessage", code=403, description="Forbidden: bot was blocked by the user",
        match={"chat_id": 2}, times=None,
    )  # fmt: skip
    one = await telegram_api.post("sendMessage", json={"chat_id": 1, "text": "x"})
    two = await telegram_api.post("sendMessage", data={"chat_id": "2", "text": "x"})
    assert (one.status_code, two.status_code) == (200, 403)
    assert two.json()["description"] == "Forbidden: bot was blocked by the user"


async def test_a_probability_fault_fires_some_of_the_time_reproducibly(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.add_fault(method="getMe", code=500, probability=0.5, times=None)
    statuses = [(await telegram_api.post("getMe")).status_code for _ in range(40)]
    assert 5 < statuses.count(500) < 35
    telegram_emu.clear_faults()
    telegram_emu.add_fault(method="getMe", code=500, probability=0.0, times=None)
    assert {(await telegram_api.post("getMe")).status_code for _ in range(10)} == {200}


async def test_latency_delays_the_real_answer(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.add_fault(method="getMe", mode=FaultMode.DELAY, latency=0.2)
    loop = asyncio.get_running_loop()
    started = loop.time()
    response = await telegram_api.post("getMe")
    assert response.json()["ok"] is True
    assert loop.time() - started >= 0.2
    assert telegram_emu.calls("getMe")[0]["fault"] == "delay"


async def test_a_hang_fault_leaves_the_client_to_its_read_timeout(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.add_fault(method="sendMessage", mode="hang")
    with pytest.raises(httpx.ReadTimeout):
        await telegram_api.post("sendMessage", json={"chat_id": 1, "text": "x"}, timeout=0.2)
    [call] = telegram_emu.calls("sendMessage")
    assert (call["status"], call["fault"]) == (None, "hang")


async def test_a_drop_fault_cuts_the_connection_mid_response(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.add_fault(method="getUpdates", mode="drop")
    with pytest.raises(httpx.RemoteProtocolError):
        await telegram_api.post("getUpdates")
    assert (await telegram_api.post("getUpdates")).status_code == 200  # the next call is fine


async def test_an_html_502_fault_is_not_json(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.add_fault(method="*", mode="html502")
    response = await telegram_api.post("getMe")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in response.text
    with pytest.raises(ValueError):
        response.json()


async def test_faults_are_managed_over_http(
    telegram_api: httpx.AsyncClient, telegram_control: httpx.AsyncClient
) -> None:
    added = await telegram_control.post(
        "/_emu/faults", json={"method": "getMe", "code": 409, "description": "Conflict: x"}
    )
    assert added.json()["result"]["mode"] == "respond"
    assert len((await telegram_control.get("/_emu/faults")).json()["result"]) == 1
    assert (await telegram_api.post("getMe")).json()["description"] == "Conflict: x"
    await telegram_control.post("/_emu/faults", json={"method": "getMe", "times": None})
    assert (await telegram_control.delete("/_emu/faults")).json()["result"] == []
    assert (await telegram_api.post("getMe")).status_code == 200
    bad = await telegram_control.post("/_emu/faults", json={"mode": "explode"})
    assert bad.status_code == 400
    unknown = await telegram_control.post("/_emu/faults", json={"colour": "red"})
    assert unknown.status_code == 400


async def test_wait_returns_once_enough_calls_happened(
    telegram_api: httpx.AsyncClient,
    telegram_control: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
) -> None:
    telegram_emu.user_says(1001, "hi")
    waiting = asyncio.create_task(
        telegram_control.get("/_emu/wait", params={"method": "sendMessage", "count": 3})
    )
    for i in range(3):
        await telegram_api.post("sendMessage", json={"chat_id": 1001, "text": f"{i}"})
    response = await asyncio.wait_for(waiting, 2)
    assert [c["params"]["text"] for c in response.json()["result"]] == ["0", "1", "2"]
    only_ok = await telegram_emu.wait_calls("sendMessage", 3, timeout=1, status=200)
    assert len(only_ok) == 3


async def test_wait_times_out_with_408_or_timeout_error(
    telegram_control: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    response = await telegram_control.get(
        "/_emu/wait", params={"method": "sendMessage", "count": 1, "timeout": 0.1}
    )
    assert response.status_code == 408
    assert "0 of 1" in response.json()["description"]
    with pytest.raises(TimeoutError):
        await telegram_emu.wait_calls("sendMessage", 1, timeout=0.05)


async def test_wait_polling_is_available_over_http(
    telegram_api: httpx.AsyncClient, telegram_control: httpx.AsyncClient
) -> None:
    held = asyncio.create_task(telegram_api.post("getUpdates", json={"timeout": 30}))
    polling = await telegram_control.get("/_emu/wait_polling", params={"timeout": 2})
    assert polling.json()["result"] is True
    await telegram_control.post("/_emu/users/1001/message", json={"text": "go"})
    assert len((await asyncio.wait_for(held, 2)).json()["result"]) == 1
    idle = await telegram_control.get("/_emu/wait_polling", params={"timeout": 0.05})
    assert idle.status_code == 408


async def test_shutdown_ends_a_hanging_call() -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        async with TelegramEmulator() as emu:
            emu.add_fault(method="getMe", mode="hang")
            hanging = asyncio.create_task(client.get(emu.api_url(DEFAULT_TOKEN) + "/getMe"))
            await emu.wait_calls("getMe", 1, timeout=2)
        with pytest.raises(httpx.TransportError):
            await asyncio.wait_for(hanging, 2)
