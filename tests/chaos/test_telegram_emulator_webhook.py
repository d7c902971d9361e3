"""Telegram emulator: webhook delivery as the Bot API server does it (chaos/emulators/
telegram/_webhook.py): one update per POST with the secret header, at most
max_connections in flight and one per chat, redelivery with growing delays on a non-2xx
answer or a timeout, getWebhookInfo's pending count and last error, and delivery faults
through the control API.

A small aiohttp receiver in the test plays the bot. Retry delays are scaled down
(``webhook_retry_scale``): 0, 2, 4, 8 s become 0, 0.1, 0.2, 0.4 s. asyncio only.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from aiohttp import web

from chaos.emulators.telegram import TelegramEmulator, make_test_token

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TOKEN = make_test_token(515253, "WEBHOOKEMU")
SECRET = "s3cret_token-1"
SCALE = 0.05


@dataclass
class Receiver:
    """The bot's side: records each request; ``answer`` decides the status."""

    url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    answer: Callable[[dict[str, Any]], Awaitable[int]] | None = None
    active: int = 0
    most_active: int = 0
    active_chats: set[int] = field(default_factory=set)
    chat_overlaps: int = 0

    async def handle(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        chat = _chat(body)
        self.requests.append({"body": body, "secret": request.headers.get(
            "X-Telegram-Bot-Api-Secret-Token"), "at": asyncio.get_running_loop().time()})
        self.active += 1
        self.most_active = max(self.most_active, self.active)
        if chat in self.active_chats:
            self.chat_overlaps += 1
        self.active_chats.add(chat)
        try:
            status = await self.answer(body) if self.answer is not None else 200
        finally:
            self.active -= 1
            self.active_chats.discard(chat)
        return web.json_response({}, status=status)

    def ids(self) -> list[int]:
        return [r["body"]["update_id"] for r in self.requests]


def _chat(body: dict[str, Any]) -> int:
    for kind in ("message", "callback_query", "my_chat_member"):
        if kind in body:
            part = body[kind].get("message", body[kind]) if kind == "callback_query" \
                else body[kind]
            return int(part["chat"]["id"])
    return -1


@asynccontextmanager
async def receiving() -> AsyncIterator[Receiver]:
    receiver = Receiver()
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    receiver.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    try:
        yield receiver
    finally:
        await runner.cleanup()


@asynccontextmanager
async def emulator(timeout: float = 1.0) -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=700_000,
                                webhook_retry_scale=SCALE, webhook_timeout=timeout) as emu:
        yield emu


async def until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """Poll ``predicate`` (the receiver's state does not wake the emulator's waiters)."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.005)


async def set_webhook(emu: TelegramEmulator, url: str, **params: Any) -> httpx.Response:
    async with httpx.AsyncClient(base_url=emu.api_url(TOKEN), timeout=3) as api:
        return await api.post("setWebhook", json={"url": url, **params})


async def test_each_update_is_posted_once_with_the_secret_and_confirmed() -> None:
    async with receiving() as bot, emulator() as emu:
        answer = await set_webhook(emu, bot.url, secret_token=SECRET, max_connections=5)
        assert answer.json() == {"ok": True, "result": True, "description": "Webhook was set"}
        said = [emu.user_says(100 + i, f"hello {i}") for i in range(3)]
        await until(lambda: len(bot.requests) == 3)
        await until(lambda: emu.webhook_info()["pending_update_count"] == 0)
        assert sorted(bot.ids()) == [s["update_id"] for s in said]
        assert {r["secret"] for r in bot.requests} == {SECRET}
        assert bot.requests[0]["body"]["message"]["text"].startswith("hello")
        async with httpx.AsyncClient(base_url=emu.api_url(TOKEN), timeout=3) as api:
            info = (await api.post("getWebhookInfo")).json()["result"]
            assert (info["url"], info["pending_update_count"], info["max_connections"]) == (
                bot.url, 0, 5)
            assert "last_error_date" not in info
            conflict = await api.post("getUpdates")
            assert conflict.status_code == 409  # webhook and getUpdates exclude each other


async def test_at_most_max_connections_in_flight_and_one_per_chat_in_order() -> None:
    release = asyncio.Event()

    async def hold(body: dict[str, Any]) -> int:
        await release.wait()
        return 200

    async with receiving() as bot, emulator() as emu:
        bot.answer = hold
        await set_webhook(emu, bot.url, secret_token=SECRET, max_connections=3)
        sent = [emu.user_says(200 + chat, f"m{n}") for n, chat in
                itertools.product(range(3), range(5))]  # 5 chats, 3 updates each
        await until(lambda: bot.active == 3)
        await asyncio.sleep(0.1)
        assert bot.active == 3  # no fourth connection
        release.set()
        await until(lambda: len(bot.requests) == len(sent), timeout=5)
        await until(lambda: emu.webhook_info()["pending_update_count"] == 0)
    assert bot.most_active == 3
    assert bot.chat_overlaps == 0
    for chat in range(200, 205):
        got = [r["body"]["update_id"] for r in bot.requests
               if r["body"]["message"]["chat"]["id"] == chat]
        assert got == sorted(got)
        assert len(got) == 3


async def test_a_failing_bot_gets_the_update_again_with_growing_delays() -> None:
    failures = iter([500, 502, 500, 503])

    async def flaky(body: dict[str, Any]) -> int:
        return next(failures, 200)

    async with receiving() as bot, emulator() as emu:
        bot.answer = flaky
        await set_webhook(emu, bot.url)
        said = emu.user_says(300, "again and again")
        await until(lambda: emu.webhook_info().get("last_error_message") is not None)
        info = emu.webhook_info()
        assert info["pending_update_count"] == 1
        assert info["last_error_message"] in (
            "Wrong response from the webhook: 500 Internal Server Error",
            "Wrong response from the webhook: 502 Bad Gateway")
        assert isinstance(info["last_error_date"], int)
        await until(lambda: len(bot.requests) == 5, timeout=5)
        await until(lambda: emu.webhook_info()["pending_update_count"] == 0)
        attempts = emu.webhook_deliveries()
    assert bot.ids() == [said["update_id"]] * 5
    assert [a["status"] for a in attempts] == [500, 502, 500, 503, 200]
    assert [a["attempt"] for a in attempts] == [1, 2, 3, 4, 5]
    starts = [r["at"] for r in bot.requests]
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    # the server's schedule: at once, then 2, 4, 8 s (scaled by SCALE)
    for gap, expected in zip(gaps, (0, 2, 4, 8), strict=True):
        assert expected * SCALE <= gap < expected * SCALE + 0.15, gaps


async def test_a_timeout_and_a_429_are_errors_retried_like_the_others() -> None:
    answers = iter([0.6, 429])

    async def answer(body: dict[str, Any]) -> int:
        what = next(answers, 200)
        if isinstance(what, float):  # longer than the emulator waits
            await asyncio.sleep(what)
            return 200
        return what

    async with receiving() as bot, emulator(timeout=0.3) as emu:
        bot.answer = answer
        await set_webhook(emu, bot.url)
        emu.user_says(400, "slow bot")
        await until(lambda: len(emu.webhook_deliveries()) >= 3, timeout=5)
        attempts = emu.webhook_deliveries()
    assert [a["error"] for a in attempts[:3]] == [
        "Read timeout expired", "Wrong response from the webhook: 429 Too Many Requests",
        None]


async def test_delivery_faults_through_the_control_api() -> None:
    """``drop`` reaches the bot and loses its answer (the redelivery is a duplicate the
    bot must recognise); ``respond`` never reaches it; both are retried."""
    async with receiving() as bot, emulator() as emu, httpx.AsyncClient(
            base_url=emu.base_url, timeout=3) as control:
        await control.post("/_emu/faults", json={"method": "webhook", "mode": "drop"})
        await control.post("/_emu/faults", json={"method": "webhook", "code": 502,
                                                 "match": {"chat_id": 501}})
        hooked = await control.post("/_emu/webhook", json={"url": bot.url,
                                                           "secret_token": SECRET})
        assert hooked.json()["ok"]
        first = emu.user_says(500, "dropped answer")
        await until(lambda: bot.ids().count(first["update_id"]) == 2)
        second = emu.user_says(501, "refused once")
        await until(lambda: second["update_id"] in bot.ids())
        await until(lambda: emu.webhook_info()["pending_update_count"] == 0)
        deliveries = (await control.get("/_emu/webhook/deliveries")).json()["result"]
        info = (await control.get("/_emu/webhook")).json()["result"]
    assert bot.ids().count(second["update_id"]) == 1  # the refused attempt never got there
    faults = [(d["update_id"], d["fault"], d["error"]) for d in deliveries]
    assert faults == [
        (first["update_id"], "drop", "Webhook connection closed"),
        (first["update_id"], None, None),
        (second["update_id"], "respond", "Wrong response from the webhook: 502 Bad Gateway"),
        (second["update_id"], None, None),
    ]
    assert info["last_error_message"] == "Wrong response from the webhook: 502 Bad Gateway"


async def test_set_webhook_checks_and_delete_webhook_stops_delivery() -> None:
    async with receiving() as bot, emulator() as emu:
        bad = await set_webhook(emu, bot.url, secret_token="no spaces allowed")
        assert (bad.status_code, bad.json()["description"]) == (
            400, "Bad Request: secret token contains unallowed characters")
        remote = await set_webhook(emu, "http://example.org/hook")
        assert remote.json()["description"] == (
            "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        await set_webhook(emu, bot.url)
        async with httpx.AsyncClient(base_url=emu.api_url(TOKEN), timeout=3) as api:
            deleted = (await api.post("deleteWebhook")).json()
            assert deleted["description"] == "Webhook was deleted"
            emu.user_says(600, "nobody listens")
            await asyncio.sleep(0.2)
            assert bot.requests == []
            polled = (await api.post("getUpdates")).json()["result"]
            assert [u["message"]["text"] for u in polled] == ["nobody listens"]
