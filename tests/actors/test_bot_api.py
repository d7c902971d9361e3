"""The Bot API client over both transports: results, API errors, transport errors, and
the token in none of them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from actors.telegram import BotApi, TelegramApiError, TelegramTransportError, redact
from chaos.emulators.telegram import TelegramEmulator, make_test_token

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]
TOKEN = make_test_token(818181, "APITEST")
TRANSPORTS = ["httpx", "aiohttp"]


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(TOKEN, flood=False) as emu:
        yield emu


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_result_and_api_errors(transport: str, emu: TelegramEmulator) -> None:
    api = BotApi(TOKEN, emu.base_url, transport=transport)
    try:
        assert (await api.call("getMe"))["id"] == 818181
        with pytest.raises(TelegramApiError) as caught:
            await api.call("sendMessage", {"chat_id": 5, "text": "x"})
        assert caught.value.chat_not_found
        emu.add_fault(method="sendMessage", code=429, retry_after=3)
        emu.user_says(7, "hi")
        with pytest.raises(TelegramApiError) as flood:
            await api.call("sendMessage", {"chat_id": 7, "text": "x"})
        assert flood.value.flood
        assert flood.value.retry_after == 3.0
        emu.add_fault(method="getMe", mode="html502")
        with pytest.raises(TelegramApiError) as bad_gateway:
            await api.call("getMe")
        assert bad_gateway.value.server_error
    finally:
        await api.aclose()
    assert TOKEN not in repr(api)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_result_nobody_reads_is_not_decoded(transport: str,
                                                    emu: TelegramEmulator) -> None:
    api = BotApi(TOKEN, emu.base_url, transport=transport)
    try:
        emu.user_says(7, "hi")
        sent = await api.call("sendMessage", {"chat_id": 7, "text": "<b>x</b>",
                                              "parse_mode": "HTML"})
        assert sent["entities"] == [{"offset": 0, "length": 1, "type": "bold"}]
        assert await api.call("sendMessage", {"chat_id": 7, "text": "y"}, result=False) is None
        assert emu.transcript(7)[-1]["text"] == "y"
        with pytest.raises(TelegramApiError) as caught:  # errors are read all the same
            await api.call("sendMessage", {"chat_id": 5, "text": "x"}, result=False)
        assert caught.value.chat_not_found
    finally:
        await api.aclose()


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_transport_errors_carry_no_token(transport: str, emu: TelegramEmulator) -> None:
    api = BotApi(TOKEN, emu.base_url, timeout=0.3, transport=transport)
    dead = BotApi(TOKEN, "http://127.0.0.1:9", transport=transport)
    errors: list[TelegramTransportError] = []
    try:
        emu.add_fault(method="getMe", mode="hang")
        with pytest.raises(TelegramTransportError) as hung:
            await api.call("getMe")
        errors.append(hung.value)
        emu.add_fault(method="getMe", mode="drop")
        with pytest.raises(TelegramTransportError) as dropped:
            await api.call("getMe")
        errors.append(dropped.value)
        with pytest.raises(TelegramTransportError) as refused:
            await dead.call("getMe")
        errors.append(refused.value)
    finally:
        await api.aclose()
        await dead.aclose()
    assert [e.kind for e in errors] == ["timeout", "network", "connect"]
    for error in errors:
        assert TOKEN.split(":")[1] not in f"{error} {error!r} {error.__cause__}"
        assert error.__suppress_context__


def test_redact_hides_tokens_in_urls() -> None:
    assert redact(f"POST http://x/bot{TOKEN}/getMe") == "POST http://x/bot<redacted>/getMe"
