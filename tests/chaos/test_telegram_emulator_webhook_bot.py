"""The bot's webhook receiver (``actors/telegram/_webhook.py``, one process, no replicas)
fed by the Telegram emulator's webhook delivery: it registers itself with setWebhook,
answers 200 only once the update is journaled, refuses a wrong secret in constant time,
hands each chat's updates over in order, takes a redelivery once, and polling mode's
deleteWebhook switches the bot back. Dialogs are ``Probe`` actors; the journal is in
memory. asyncio only (aiohttp)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import httpx
import pytest

from actors.protocol import IncomingUpdate
from actors.telegram import PollerStats, TelegramPoller, TelegramWebhook
from actors.telegram.testing import MemoryJournal
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from config.settings import Secret, TelegramSettings
from runtime import ActorRef, ActorSystem
from runtime.testing import Probe
from supervisors import Restart, start_child, supervisor_spec, worker

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TOKEN = make_test_token(525252, "WEBHOOKBOT")
SECRET = "webhook_secret-42"
SHARDS = 2


class SlowJournal(MemoryJournal):
    """Appends wait for ``gate`` (when set): the update is not durable until then."""

    def __init__(self) -> None:
        super().__init__()
        self.gate: anyio.Event | None = None
        self.waiting = 0

    async def append(self, updates: Sequence[IncomingUpdate]) -> None:
        if self.gate is not None:
            self.waiting += 1
            await self.gate.wait()
            self.waiting -= 1
        await super().append(updates)


@dataclass
class Bot:
    system: ActorSystem
    probes: list[Probe]
    stats: PollerStats
    url: str

    def received(self) -> list[IncomingUpdate]:
        return [m for p in self.probes for m in p.received]

    async def expect(self, count: int, timeout: float = 5.0) -> list[IncomingUpdate]:
        with anyio.fail_after(timeout):
            while len(self.received()) < count:
                await anyio.sleep(0.01)
        return self.received()


def settings_for(emu: TelegramEmulator, **overrides: Any) -> TelegramSettings:
    values: dict[str, Any] = {
        "base_url": emu.base_url, "poll_timeout": 1, "request_timeout": 2.0,
        "stall_margin": 1.0, "backoff_min": 0.01, "backoff_max": 0.05, "mode": "webhook",
        "webhook_secret": Secret(SECRET), "webhook_url": "http://127.0.0.1:1/telegram",
        "webhook_port": 0, "webhook_max_connections": 8,
    }
    values.update(overrides)
    return TelegramSettings(**values)


@asynccontextmanager
async def running(emu: TelegramEmulator, journal: MemoryJournal,
                  **overrides: Any) -> AsyncIterator[Bot]:
    """The webhook receiver on a free port; its webhook_url is then where it listens."""
    probes = [Probe() for _ in range(SHARDS)]
    tree = supervisor_spec("bot", [worker(f"dialogs{i}", p.factory)
                                   for i, p in enumerate(probes)], max_restarts=5, within=10.0)
    stats = PollerStats()
    async with ActorSystem.start(tree, seed=7) as system:
        refs = [system.ref(f"dialogs{i}") for i in range(SHARDS)]

        def route(chat_id: int) -> ActorRef:
            return refs[chat_id % SHARDS]

        port = free_port()
        url = f"http://127.0.0.1:{port}/telegram"
        conf = settings_for(emu, webhook_port=port, webhook_url=url, **overrides)
        spec = worker("telegram_poller",
                      lambda: TelegramWebhook(conf, TOKEN, journal, route, stats=stats),
                      restart=Restart.TRANSIENT, shutdown=3.0)
        await start_child(system.ref("bot"), spec)
        yield Bot(system, probes, stats, url)


def free_port() -> int:
    from chaos.services import free_port as free

    return free()


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=800_000,
                                webhook_retry_scale=0.02, webhook_timeout=2.0) as emulator:
        yield emulator


async def test_the_bot_registers_its_webhook_and_gets_each_chat_in_order(
    emu: TelegramEmulator,
) -> None:
    journal = MemoryJournal()
    async with running(emu, journal) as bot:
        await emu.wait_calls("setWebhook", timeout=5)
        config = emu.bot().webhook
        assert (config.url, config.secret_token, config.max_connections) == (
            bot.url, SECRET, 8)
        set_call = emu.calls("setWebhook")[0]["params"]
        assert set_call["allowed_updates"] == [
            "message", "edited_message", "callback_query", "my_chat_member"]
        assert set_call["drop_pending_updates"] is False
        sent = [emu.user_says(10 + chat, f"n{n}") for n in range(4) for chat in range(3)]
        got = await bot.expect(len(sent))
        await emu.wait_until(lambda: emu.webhook_info()["pending_update_count"] == 0)
    for chat in (10, 11, 12):
        ids = [u.update_id for u in got if u.chat_id == chat]
        assert ids == sorted(s["update_id"] for s in sent if s["chat_id"] == chat)
    assert journal.seen(sent[-1]["update_id"])
    assert bot.stats.webhook_requests["ok"] == len(sent)
    assert bot.stats.mode == "webhook"


async def test_200_only_once_the_update_is_journaled(emu: TelegramEmulator) -> None:
    journal = SlowJournal()
    journal.gate = anyio.Event()
    async with running(emu, journal) as bot:
        await emu.wait_calls("setWebhook", timeout=5)
        said = emu.user_says(20, "hold on")
        with anyio.fail_after(5):
            while journal.waiting == 0:
                await anyio.sleep(0.01)
        await anyio.sleep(0.2)
        assert emu.webhook_deliveries() == []  # no answer while the journal writes
        assert emu.webhook_info()["pending_update_count"] == 1
        assert bot.received() == []
        journal.gate.set()
        got = await bot.expect(1)
        await emu.wait_until(lambda: emu.webhook_info()["pending_update_count"] == 0)
    assert got[0].update_id == said["update_id"]
    assert [d["status"] for d in emu.webhook_deliveries()] == [200]


async def test_a_wrong_secret_gets_401_and_nothing_is_taken(emu: TelegramEmulator) -> None:
    journal = MemoryJournal()
    async with running(emu, journal) as bot:
        await emu.wait_calls("setWebhook", timeout=5)
        update = {"update_id": 123, "message": {"message_id": 1, "date": 1, "text": "x",
                                                "chat": {"id": 5, "type": "private"}}}
        async with httpx.AsyncClient(timeout=3) as client:
            wrong = await client.post(bot.url, json=update,
                                      headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
            missing = await client.post(bot.url, json=update)
            got = await client.get(bot.url, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
            right = await client.post(bot.url, json=update,
                                      headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
            again = await client.post(bot.url, json=update,
                                      headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
        assert (wrong.status_code, missing.status_code, got.status_code) == (401, 401, 405)
        assert (right.status_code, again.status_code) == (200, 200)
        await bot.expect(1)
        await anyio.sleep(0.1)
        assert [u.update_id for u in bot.received()] == [123]  # the repeat taken once
        assert bot.stats.webhook_requests == {"bad_secret": 2, "ok": 1, "duplicate": 1}


async def test_a_lost_answer_means_a_redelivery_taken_once(emu: TelegramEmulator) -> None:
    """The emulator's ``drop`` fault: the bot journals the update and answers 200, the
    answer is lost, Telegram sends it again; dialogs get it once."""
    journal = MemoryJournal()
    async with running(emu, journal) as bot:
        await emu.wait_calls("setWebhook", timeout=5)
        emu.add_fault(method="webhook", mode="drop", times=2)
        said = emu.user_says(30, "twice on the wire")
        await emu.wait_until(lambda: len(emu.webhook_deliveries()) == 3, timeout=5)
        await bot.expect(1)
        await anyio.sleep(0.1)
    assert [u.update_id for u in bot.received()] == [said["update_id"]]
    assert bot.stats.webhook_requests == {"ok": 1, "duplicate": 2}


async def test_polling_mode_deletes_the_webhook_again(emu: TelegramEmulator) -> None:
    journal = MemoryJournal()
    async with running(emu, journal):
        await emu.wait_calls("setWebhook", timeout=5)
    assert emu.bot().webhook_url
    probe = Probe()
    tree = supervisor_spec("bot", [worker("dialogs0", probe.factory)])
    async with ActorSystem.start(tree) as system:
        ref = system.ref("dialogs0")
        conf = settings_for(emu, mode="polling")
        await start_child(system.ref("bot"), worker(
            "telegram_poller", lambda: TelegramPoller(conf, TOKEN, MemoryJournal(),
                                                      lambda _: ref),
            restart=Restart.TRANSIENT, shutdown=3.0))
        await emu.wait_polling(timeout=5)
        emu.user_says(40, "polled again")
        with anyio.fail_after(5):
            while not probe.received:
                await anyio.sleep(0.01)
    assert [c["status"] for c in emu.calls("deleteWebhook")] == [200]
    assert emu.bot().webhook_url == ""
