"""Telegram emulator: transport, tokens, envelopes, parameter forms, control API, process mode.

asyncio only (aiohttp). Getting updates, messages and faults have their own modules.
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys

import httpx
import pytest

from chaos.emulators.telegram import TelegramEmulator, make_test_token
from tests.chaos.conftest import TELEGRAM_TOKEN

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]


def test_constructor_accepts_only_telegram_shaped_tokens_and_loopback() -> None:
    with pytest.raises(ValueError, match="make_test_token") as info:
        TelegramEmulator("123:short")
    assert "short" not in str(info.value)  # a refused token is not echoed either
    with pytest.raises(ValueError, match="loopback"):
        TelegramEmulator(host="0.0.0.0")
    assert len(make_test_token(7).split(":")[1]) == 35


async def test_get_me_answers_the_bot_user_in_the_envelope(
    telegram_api: httpx.AsyncClient,
) -> None:
    response = await telegram_api.get("getMe")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["ok"] is True
    assert body["result"]["id"] == 424242
    assert body["result"]["is_bot"] is True
    assert body["result"]["username"]


@pytest.mark.parametrize("name", ["getMe", "getme", "GETME", "GetMe"])
async def test_method_names_are_case_insensitive(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator, name: str
) -> None:
    response = await telegram_api.post(name)
    assert response.json()["ok"] is True
    assert telegram_emu.calls()[-1]["method"] == "getMe"


async def test_unknown_method_is_404_method_not_found(telegram_api: httpx.AsyncClient) -> None:
    response = await telegram_api.post("sendPigeon")
    assert response.status_code == 404
    assert response.json() == {
        "ok": False,
        "error_code": 404,
        "description": "Not Found: method not found",
    }


async def test_unregistered_token_is_401_unauthorized(telegram_emu: TelegramEmulator) -> None:
    other = make_test_token(424242, "OTHER")
    async with httpx.AsyncClient(base_url=telegram_emu.api_url(other)) as client:
        response = await client.post("getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


@pytest.mark.parametrize(
    "path", ["/botnot-a-token/getMe", "/bot/getMe", "/getMe", "/", "/bot123:abc/getMe/extra"]
)
async def test_malformed_paths_are_404_not_found(
    telegram_control: httpx.AsyncClient, path: str
) -> None:
    response = await telegram_control.get(path)
    assert response.status_code == 404
    assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_error_status_equals_error_code_and_parameters_only_when_present(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    plain = await telegram_api.post("sendMessage", json={"chat_id": 1, "text": "hi"})
    assert plain.status_code == plain.json()["error_code"] == 400
    assert "parameters" not in plain.json()
    telegram_emu.add_fault(method="sendMessage", code=429, retry_after=3)
    limited = await telegram_api.post("sendMessage", json={"chat_id": 1, "text": "hi"})
    assert limited.status_code == 429
    assert limited.json()["parameters"] == {"retry_after": 3}


KEYBOARD = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}


def _as_query(client: httpx.AsyncClient, params: dict[str, str]) -> object:
    return client.get("sendMessage", params=params)


def _as_form(client: httpx.AsyncClient, params: dict[str, str]) -> object:
    return client.post("sendMessage", data=params)


def _as_multipart(client: httpx.AsyncClient, params: dict[str, str]) -> object:
    files = {key: (None, value) for key, value in params.items()}
    return client.post("sendMessage", files=files)


def _as_json(client: httpx.AsyncClient, params: dict[str, str]) -> object:
    body = {**params, "chat_id": int(params["chat_id"]), "reply_markup": KEYBOARD}
    return client.post("sendMessage", json=body)


@pytest.mark.parametrize("send", [_as_query, _as_form, _as_multipart, _as_json])
async def test_parameters_come_from_query_form_multipart_or_json(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator, send: object
) -> None:
    telegram_emu.user_says(1001, "hello")
    params = {
        "chat_id": "1001",
        "text": "<b>Hi</b> there",
        "parse_mode": "HTML",
        "reply_markup": json.dumps(KEYBOARD),  # object parameters travel as JSON text in forms
    }
    response = await send(telegram_api, params)  # type: ignore[operator]
    assert response.status_code == 200, response.text
    message = response.json()["result"]
    assert message["text"] == "Hi there"
    assert message["entities"] == [{"type": "bold", "offset": 0, "length": 2}]
    assert message["reply_markup"] == KEYBOARD
    assert telegram_emu.transcript(1001)[-1]["reply_markup"] == KEYBOARD


async def test_query_and_body_parameters_merge(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "hello")
    response = await telegram_api.post(
        "sendMessage", params={"chat_id": "1001"}, json={"text": "merged"}
    )
    assert response.json()["result"]["text"] == "merged"


async def test_unparsable_json_body_is_400(telegram_api: httpx.AsyncClient) -> None:
    response = await telegram_api.post(
        "sendMessage", content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["description"].startswith("Bad Request: ")


async def test_commands_are_kept_per_scope_and_language(telegram_api: httpx.AsyncClient) -> None:
    commands = [
        {"command": "start", "description": "Begin"},
        {"command": "help", "description": "?"},
    ]
    russian = [{"command": "start", "description": "Начать"}]
    ok = await telegram_api.post("setMyCommands", data={"commands": json.dumps(commands)})
    assert ok.json() == {"ok": True, "result": True}
    await telegram_api.post("setMyCommands", json={"commands": russian, "language_code": "ru"})
    default = await telegram_api.post("getMyCommands")
    assert default.json()["result"] == commands
    ru = await telegram_api.post("getMyCommands", json={"language_code": "ru"})
    assert ru.json()["result"] == russian
    await telegram_api.post("deleteMyCommands")
    assert (await telegram_api.post("getMyCommands")).json()["result"] == []
    still = await telegram_api.post("getMyCommands", json={"language_code": "ru"})
    assert still.json()["result"] == russian


@pytest.mark.parametrize(
    "commands",
    [
        "not json",
        {"command": "start"},
        [{"command": "Start", "description": "upper case"}],
        [{"command": "x" * 33, "description": "too long"}],
        [{"command": "ok", "description": ""}],
        [{"command": f"c{i}", "description": "d"} for i in range(101)],
    ],
)
async def test_invalid_commands_are_400(telegram_api: httpx.AsyncClient, commands: object) -> None:
    payload = commands if isinstance(commands, str) else json.dumps(commands)
    response = await telegram_api.post("setMyCommands", data={"commands": payload})
    assert response.status_code == 400
    assert response.json()["description"].startswith("Bad Request: ")


async def test_the_emulator_never_logs_or_records_the_token(
    telegram_api: httpx.AsyncClient,
    telegram_control: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    telegram_emu.user_says(1001, "hi")
    telegram_emu.add_fault(method="getMe", code=500)
    await telegram_api.post("getMe")
    await telegram_api.post("getUpdates", json={"offset": -1})
    await telegram_api.post("sendMessage", json={"chat_id": 1001, "text": "<x>"})
    await telegram_api.post("noSuchMethod")
    await telegram_control.get(f"/bot{TELEGRAM_TOKEN}/getMe/extra")
    ours = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert any(r.name.startswith("chaos.emulators.telegram") for r in ours)
    secret = TELEGRAM_TOKEN.split(":")[1]
    assert all(secret not in r.getMessage() for r in ours)
    assert secret not in json.dumps(telegram_emu.calls())
    assert secret not in json.dumps(telegram_emu.state())


async def test_control_api_plays_a_user_and_reads_back_over_http(
    telegram_control: httpx.AsyncClient, telegram_api: httpx.AsyncClient
) -> None:
    said = await telegram_control.post(
        "/_emu/users/1001/message", json={"text": "/start", "language_code": "ru"}
    )
    assert said.status_code == 200
    assert said.json()["result"]["message_id"] == 1
    await telegram_api.post("sendMessage", json={"chat_id": 1001, "text": "Привет"})
    transcript = (await telegram_control.get("/_emu/chats/1001")).json()["result"]
    assert [(m["from"]["id"], m["text"]) for m in transcript] == [
        (1001, "/start"),
        (424242, "Привет"),
    ]
    assert transcript[0]["from"]["language_code"] == "ru"
    calls = (await telegram_control.get("/_emu/calls", params={"method": "sendMessage"})).json()
    [call] = calls["result"]
    assert call["status"] == 200
    assert call["params"] == {"chat_id": 1001, "text": "Привет"}
    assert isinstance(call["time"], float)
    state = (await telegram_control.get("/_emu/state")).json()["result"]
    assert state["pending_update_count"] == 1
    assert state["chats"] == {"1001": "active"}


async def test_control_api_reports_bad_requests_as_400(
    telegram_control: httpx.AsyncClient,
) -> None:
    unknown_chat = await telegram_control.get("/_emu/chats/999")
    assert unknown_chat.status_code == 400
    assert unknown_chat.json()["ok"] is False
    no_text = await telegram_control.post("/_emu/users/5/message", json={})
    assert no_text.status_code == 400
    no_button = await telegram_control.post(
        "/_emu/callback", json={"chat_id": 5, "message_id": 1, "data": "x"}
    )
    assert no_button.status_code == 400


async def test_control_reset_clears_chats_log_and_faults(
    telegram_control: httpx.AsyncClient,
    telegram_api: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
) -> None:
    telegram_emu.user_says(1001, "hi")
    telegram_emu.add_fault(method="getMe", code=500, times=None)
    await telegram_api.post("getMe")
    assert (await telegram_control.post("/_emu/reset")).json()["result"] is True
    state = telegram_emu.state()
    assert (state["chats"], state["faults"], state["calls"]) == ({}, [], 0)
    assert state["pending_update_count"] == 0
    assert (await telegram_api.post("getMe")).status_code == 200


async def test_each_bot_id_is_a_separate_bot() -> None:
    first, second = make_test_token(111), make_test_token(222)
    async with TelegramEmulator([first, second], clock=lambda: 1.0e9) as emu:
        emu.user_says(1001, "to the second bot", bot_id=222)
        async with httpx.AsyncClient() as client:
            one = await client.post(emu.api_url(first) + "/getUpdates")
            two = await client.post(emu.api_url(second) + "/getUpdates")
        assert one.json()["result"] == []
        assert [u["message"]["text"] for u in two.json()["result"]] == ["to the second bot"]
        assert emu.bot_ids == [111, 222]


async def test_runs_as_a_process_and_prints_its_url_without_the_token() -> None:
    token = make_test_token(777, "PROC")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "chaos.emulators.telegram", "--port", "0", "--token", token,
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 10)).decode()
        assert token.split(":")[1] not in line
        base_url = line.split()[2]
        assert base_url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=base_url) as client:
            me = await client.get(f"/bot{token}/getMe")
            said = await client.post("/_emu/users/5/message", json={"text": "hi"})
        assert me.json()["result"]["id"] == 777
        assert said.json()["ok"] is True
    finally:
        process.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(process.wait(), 10) == 0
