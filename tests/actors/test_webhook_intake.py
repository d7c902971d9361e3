"""The webhook endpoint against raw requests Telegram would never send: a secret header
that is not UTF-8, a body that cannot be read. Each gets a clear 4xx (never a 500 with a
traceback), nothing is taken in, and the next good update is. The receiver and its
harness are those of ``tests/chaos/test_telegram_emulator_webhook_bot.py``."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from actors.telegram._webhook import READ_LIMIT
from actors.telegram.testing import MemoryJournal
from chaos.emulators.telegram import TelegramEmulator
from tests.chaos.test_telegram_emulator_webhook_bot import SECRET, emu, running

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

__all__ = ["emu"]  # the fixture, imported for the tests below

HEADER = "X-Telegram-Bot-Api-Secret-Token"


def update(update_id: int) -> bytes:
    return json.dumps({"update_id": update_id, "message": {
        "message_id": 1, "date": 1, "text": "x", "chat": {"id": 5, "type": "private"}}}).encode()


async def test_unreadable_requests_get_a_4xx_and_the_next_update_is_taken(
    emu: TelegramEmulator, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR)
    async with running(emu, MemoryJournal()) as bot:
        await emu.wait_calls("setWebhook", timeout=5)
        async with httpx.AsyncClient(timeout=5) as client:
            not_utf8 = await client.post(bot.url, content=update(1),
                                         headers=[(HEADER.encode(), b"\xff\xfe")])
            latin1 = await client.post(bot.url, content=update(2),
                                       headers=[(HEADER.encode(), "sécret".encode("latin-1"))])
            not_gzip = await client.post(bot.url, content=update(3), headers={
                HEADER: SECRET, "Content-Encoding": "gzip"})
            good = await client.post(bot.url, content=update(4), headers={HEADER: SECRET})
        assert (not_utf8.status_code, latin1.status_code) == (401, 401)
        assert not_gzip.status_code == 400
        assert good.status_code == 200
        got = await bot.expect(1)
    assert [u.update_id for u in got] == [4]
    assert bot.stats.webhook_requests == {"bad_secret": 2, "bad_request": 1, "ok": 1}
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_an_update_over_the_size_limit_is_set_aside_not_refused(
    emu: TelegramEmulator,
) -> None:
    # A 413 would have Telegram send it again for a day, and hold the chat's next
    # updates behind it: it is dead-lettered and answered 200, as polling sets it aside.
    big = json.dumps({"update_id": 6, "message": {
        "message_id": 1, "date": 1, "text": "x" * 3_000_000,
        "chat": {"id": 5, "type": "private"}}}).encode()
    async with running(emu, MemoryJournal()) as bot:
        await emu.wait_calls("setWebhook", timeout=5)
        async with httpx.AsyncClient(timeout=10) as client:
            too_large = await client.post(bot.url, content=big, headers={HEADER: SECRET})
            good = await client.post(bot.url, content=update(7), headers={HEADER: SECRET})
        assert (too_large.status_code, good.status_code) == (200, 200)
        got = await bot.expect(1)
    assert [u.update_id for u in got] == [7]
    assert bot.stats.poisons == {("edge", "too_large"): 1}
    assert bot.stats.webhook_requests == {"too_large": 1, "ok": 1}  # one outcome a request


async def test_a_body_past_the_read_limit_is_set_aside_unread_and_its_connection_closed(
    emu: TelegramEmulator, caplog: pytest.LogCaptureFixture,
) -> None:
    # Its update_id comes after 100 KB of text: it is found in the body's first MiB, which
    # is kept, though only the first 64 KiB go into the dead letter. The rest of the body
    # past 16 MiB is never read, so the connection cannot serve another request.
    caplog.set_level(logging.WARNING)
    head = json.dumps({"message": {"message_id": 1, "date": 1, "text": "x" * 100_000,
                                   "chat": {"id": 5, "type": "private"}},
                       "update_id": 8, "pad": ""}).encode()[:-2]
    endless = head + b"y" * (READ_LIMIT + 1024) + b'"}'
    async with running(emu, MemoryJournal()) as bot:
        await emu.wait_calls("setWebhook", timeout=5)
        async with httpx.AsyncClient(timeout=30) as client:
            too_large = await client.post(bot.url, content=endless, headers={HEADER: SECRET})
            good = await client.post(bot.url, content=update(9), headers={HEADER: SECRET})
        assert (too_large.status_code, good.status_code) == (200, 200)
        assert too_large.headers.get("connection", "").lower() == "close"
        got = await bot.expect(1)
    assert [u.update_id for u in got] == [9]
    assert bot.stats.webhook_requests == {"too_large": 1, "ok": 1}
    assert any("update 8 set aside" in r.getMessage() for r in caplog.records)
