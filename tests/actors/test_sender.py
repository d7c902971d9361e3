"""telegram_sender against the Telegram emulator, in a real ActorSystem, with an in-memory
journal (``actors.telegram.testing.MemoryJournal``).

Asyncio only (httpx against the aiohttp emulator). ``dialogs`` is a Probe that records the
``ChatInactive`` messages the sender tells it. Faults come from the emulator's fault table
(429, 5xx, dropped connections, hangs), scoped to one chat with ``match``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import pytest

from actors.db_writer import decode_record
from actors.protocol import (
    AnswerCallback,
    Button,
    ChatInactive,
    IncomingUpdate,
    SendReply,
    ShowTyping,
)
from actors.spool import Spool
from actors.telegram._sender import (
    TOPIC_GONE_FOR,
    TOPICS_GONE_KEPT,
    Delivery,
    DeliveryOutcome,
    Outbox,
    TelegramSender,
)
from actors.telegram._spool_journal import SpoolJournal
from actors.telegram.testing import MemoryJournal
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from config.settings import TelegramSettings
from runtime import ActorRef, ActorSystem, Crashed
from runtime.testing import EventRecorder, Probe, eventually
from supervisors import restart_child, supervisor_spec, terminate_child, worker

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TOKEN = make_test_token(515151, "SENDER")
WAIT = 5.0
PARENT = 1001
OTHER = 1002


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    """Flood control off (tests that need it switch it on); a real clock."""
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=700_000_000) as emu:
        for user in (PARENT, OTHER):
            emu.add_user(user)
        yield emu


@pytest.fixture
def journal() -> MemoryJournal:
    return MemoryJournal()


def _settings(emu: TelegramEmulator, **overrides: Any) -> TelegramSettings:
    options: dict[str, Any] = {
        "base_url": emu.base_url, "request_timeout": 2.0, "backoff_min": 0.01,
        "backoff_max": 0.05, "typing_interval": 0.05, "max_send_attempts": 3,
    }
    options.update(overrides)
    return TelegramSettings(**options)


@dataclass
class Bot:
    system: ActorSystem
    sender: ActorRef
    dialogs: Probe
    outbox: Outbox
    emu: TelegramEmulator

    async def tell(self, message: Any) -> None:
        await self.sender.tell(message)

    async def ask(self, message: SendReply) -> Delivery:
        """Hand ``message`` over as the scheduler does: the answer is its delivery."""
        delivery = await self.sender.ask(message, timeout=WAIT)
        assert isinstance(delivery, Delivery)
        return delivery

    def sent(self, chat_id: int | None = None, method: str = "sendMessage") -> list[dict[str, Any]]:
        """Successful calls of ``method`` (to ``chat_id``)."""
        return [c for c in self.emu.calls(method, status=200)
                if chat_id is None or int(c["params"]["chat_id"]) == chat_id]

    def texts(self, chat_id: int) -> list[str]:
        return [m["text"] for m in self.emu.transcript(chat_id) if "text" in m]

    async def restart_sender(self) -> None:
        sup = self.system.ref("bot")
        await terminate_child(sup, "telegram_sender", timeout=WAIT)
        await restart_child(sup, "telegram_sender", timeout=WAIT)


@asynccontextmanager
async def running_bot(
    emu: TelegramEmulator, journal: MemoryJournal, outbox: Outbox | None = None,
    **settings: Any,
) -> AsyncIterator[Bot]:
    config = _settings(emu, **settings)
    outbox = outbox if outbox is not None else Outbox(config)
    dialogs = Probe()
    systems: list[ActorSystem] = []

    def route(chat_id: int) -> ActorRef:
        return systems[0].ref("bot/dialogs")

    def make_sender() -> TelegramSender:
        return TelegramSender(config, TOKEN, journal, route, outbox)

    tree = supervisor_spec("bot", [
        worker("dialogs", dialogs.factory),
        worker("telegram_sender", make_sender),
    ], max_restarts=10, within=10)
    async with ActorSystem.start(tree) as system:
        systems.append(system)
        yield Bot(system, system.ref("bot/telegram_sender"), dialogs, outbox, emu)


async def journaled(journal: MemoryJournal, *update_ids: int, chat_id: int = PARENT) -> None:
    await journal.append([IncomingUpdate(update_id=u, kind="message", chat_id=chat_id,
                                         user_id=chat_id, text="hi") for u in update_ids])


def reply(key: str, text: str, chat_id: int = PARENT, **fields: Any) -> SendReply:
    return SendReply(chat_id=chat_id, key=key, text=text, **fields)


# -- delivery, idempotency, journal ----------------------------------------------------------


async def test_reply_is_sent_as_html_with_buttons_and_its_update_marked_done(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    await journaled(journal, 1)
    buttons = ((Button(text="Yes", data="y"), Button(text="No", data="n")),)
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("u1", "<b>Hello</b> &amp; welcome", update_id=1,
                             buttons=buttons))
        await eventually(lambda: journal.pending() == [])
        [message] = bot.emu.transcript(PARENT)
        assert message["text"] == "Hello & welcome"
        assert message["entities"][0]["type"] == "bold"
        assert message["reply_markup"] == {"inline_keyboard": [
            [{"text": "Yes", "callback_data": "y"}, {"text": "No", "callback_data": "n"}]]}
        assert journal.was_sent("u1")
        assert bot.outbox.stats.sent == 1


async def test_a_last_reply_is_recorded_sent_and_done_in_one_spool_append(
    emu: TelegramEmulator, tmp_path: Path,
) -> None:
    """With the spool journal, a one-part reply that is its update's last costs one
    durable append (one frame: ``SentReply`` and ``ProcessedUpdate`` together), not two."""
    spool = await Spool.open(tmp_path / "spool", fsync=False)
    try:
        journal = await SpoolJournal.open(spool, None)
        await journal.append([IncomingUpdate(update_id=9, kind="message", chat_id=PARENT,
                                             user_id=PARENT, text="hi")])
        appends: list[list[str]] = []
        plain = spool.append_many

        async def counted(records: Any) -> list[int]:
            appends.append([type(decode_record(r)).__name__ for r in records])
            return await plain(records)

        spool.append_many = counted  # type: ignore[method-assign]
        async with running_bot(emu, journal) as bot:  # type: ignore[arg-type]
            await bot.tell(reply("u9", "hello", update_id=9))
            await eventually(lambda: journal.pending() == [])
            assert journal.was_sent("u9")
            assert bot.texts(PARENT) == ["hello"]
        assert appends == [["SentReply", "ProcessedUpdate"]]
    finally:
        await spool.aclose()


async def test_update_stays_pending_until_its_last_reply(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    await journaled(journal, 2)
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("u2", "first", update_id=2, last=False))
        await eventually(lambda: journal.was_sent("u2"))
        assert [u.update_id for u in journal.pending()] == [2]
        await bot.tell(reply("u2.1", "second", update_id=2))
        await eventually(lambda: journal.pending() == [])
        assert bot.texts(PARENT) == ["first", "second"]


async def test_replies_to_one_chat_keep_their_order(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal, chat_rate=0) as bot:
        for i in range(20):
            await bot.tell(reply(f"k{i}", f"message {i}"))
        await eventually(lambda: len(bot.texts(PARENT)) == 20)
        assert bot.texts(PARENT) == [f"message {i}" for i in range(20)]


async def test_a_replayed_reply_is_not_sent_again(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("u3", "once"))
        await eventually(lambda: journal.was_sent("u3"))
        await bot.tell(reply("u3", "once"))
        await bot.tell(reply("u4", "marker"))
        await eventually(lambda: journal.was_sent("u4"))
        assert bot.texts(PARENT) == ["once", "marker"]
        assert bot.outbox.stats.skipped == 1


async def test_a_replayed_reply_is_not_sent_again_after_the_journal_is_reopened(
    emu: TelegramEmulator,
) -> None:
    journal = MemoryJournal()
    await journaled(journal, 5)
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("u5", "answer", update_id=5, last=False))
        await eventually(lambda: journal.was_sent("u5"))
    await journal.aclose()
    # The process restarts: the update is still pending, dialogs handles it again.
    journal = journal.restarted()
    try:
        assert [u.update_id for u in journal.pending()] == [5]
        async with running_bot(emu, journal) as bot:
            await bot.tell(reply("u5", "answer", update_id=5, last=False))
            await bot.tell(reply("u5.1", "the rest", update_id=5))
            await eventually(lambda: journal.pending() == [])
            assert bot.texts(PARENT) == ["answer", "the rest"]
    finally:
        await journal.aclose()


async def test_long_text_is_split_into_parts_telegram_accepts_in_order(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    paragraphs = [f"<b>Part {i}.</b> " + "слово " * 500 for i in range(3)]  # 3006 chars each
    buttons = ((Button(text="OK", data="ok"),),)
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("u6", "\n\n".join(paragraphs), buttons=buttons))
        await eventually(lambda: journal.was_sent("u6"))
        messages = bot.emu.transcript(PARENT)
        assert [m["text"].split(".")[0] for m in messages] == ["Part 0", "Part 1", "Part 2"]
        assert all(len(m["text"]) <= 4096 for m in messages)
        assert ["reply_markup" in m for m in messages] == [False, False, True]
        assert all(journal.was_sent(f"u6#{i}") for i in range(3))
        assert bot.emu.calls("sendMessage", status=400) == []


async def test_a_split_reply_resumes_at_its_first_unsent_part(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    text = "\n\n".join(f"Part {i}. " + "word " * 700 for i in range(3))
    await journal.record_sent("u7#0")  # a crash after the first part was delivered
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("u7", text))
        await eventually(lambda: journal.was_sent("u7"))
        assert [m["text"][:6] for m in bot.emu.transcript(PARENT)] == ["Part 1", "Part 2"]


# -- delivery confirmations (what the scheduler waits for) ---------------------------------


async def test_an_asked_reply_is_settled_delivered_only_once_telegram_accepted_it(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.add_fault(method="sendMessage", mode="delay", latency=0.3)
    async with running_bot(emu, journal) as bot:
        delivery = await bot.ask(reply("c1", "check-in"))
        assert delivery.outcome is None  # the ask is answered at once, before Telegram
        assert bot.sent(PARENT) == []
        with anyio.fail_after(WAIT):
            assert await delivery.wait() is DeliveryOutcome.DELIVERED
        assert len(bot.sent(PARENT)) == 1
        assert journal.was_sent("c1")  # recorded before the delivery settled


async def test_asking_again_for_a_queued_key_answers_the_same_delivery(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.add_fault(method="sendMessage", mode="delay", latency=0.2)
    async with running_bot(emu, journal) as bot:
        first = await bot.ask(reply("c2", "check-in"))
        again = await bot.ask(reply("c2", "check-in"))
        assert again is first
        with anyio.fail_after(WAIT):
            assert await again.wait() is DeliveryOutcome.DELIVERED
        assert len(bot.sent(PARENT)) == 1


async def test_a_reply_already_recorded_as_sent_is_settled_delivered_without_a_send(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    await journal.record_sent("c3")  # an earlier process delivered it
    async with running_bot(emu, journal) as bot:
        delivery = await bot.ask(reply("c3", "check-in"))
        with anyio.fail_after(WAIT):
            assert await delivery.wait() is DeliveryOutcome.DELIVERED
    assert emu.calls("sendMessage") == []


async def test_replies_to_a_blocked_chat_are_settled_dropped(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.block(PARENT)
    async with running_bot(emu, journal) as bot:
        sending = await bot.ask(reply("b1", "first"))
        queued = await bot.ask(reply("b2", "queued behind it"))
        with anyio.fail_after(WAIT):
            assert await sending.wait() is DeliveryOutcome.DROPPED
            assert await queued.wait() is DeliveryOutcome.DROPPED
        later = await bot.ask(reply("b3", "to a chat known inactive"))
        assert later.outcome is DeliveryOutcome.DROPPED
    assert len(emu.calls("sendMessage", status=403)) == 1


async def test_a_reply_that_keeps_failing_is_retried_until_telegram_takes_it(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.add_fault(method="sendMessage", code=500, times=None, match={"chat_id": PARENT})
    async with running_bot(emu, journal) as bot:
        delivery = await bot.ask(reply("g1", "accepted at last"))
        await eventually(lambda: len(emu.calls("sendMessage", status=500)) >= 6)
        assert delivery.outcome is None  # past max_send_attempts, still trying
        assert bot.outbox.stats.stalled == 1
        emu.clear_faults()
        with anyio.fail_after(WAIT):
            assert await delivery.wait() is DeliveryOutcome.DELIVERED
    assert journal.was_sent("g1")
    assert bot.texts(PARENT) == ["accepted at last"]


# -- flood control -----------------------------------------------------------------------------


@pytest.mark.slow  # 7 s at least: 10 replies per chat at Telegram's 1/s per chat (burst 3)
async def test_a_burst_of_200_replies_to_20_chats_gets_no_429(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    chats = list(range(2001, 2021))
    for chat in chats:
        emu.add_user(chat)
    emu.set_flood(True)  # Telegram's limits: 1/s per chat (burst 3), 30/s overall
    async with running_bot(emu, journal) as bot:
        for i in range(10):
            for chat in chats:
                await bot.tell(reply(f"c{chat}.{i}", f"message {i}", chat_id=chat))
        await emu.wait_calls("sendMessage", 200, timeout=30, status=200)
        assert emu.calls("sendMessage", status=429) == []
        for chat in chats:
            assert bot.texts(chat) == [f"message {i}" for i in range(10)]
        assert bot.outbox.stats.floods_429 == {"chat": 0, "global": 0}


async def test_a_429_pauses_only_its_chat_for_retry_after(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.add_fault(method="sendMessage", code=429, retry_after=1, match={"chat_id": PARENT})
    async with running_bot(emu, journal, chat_rate=0) as bot:
        await bot.tell(reply("a", "to the flooded chat"))
        await emu.wait_calls("sendMessage", 1, status=429)
        for i in range(3):
            await bot.tell(reply(f"b{i}", f"other {i}", chat_id=OTHER))
        await eventually(lambda: journal.was_sent("a"))
        [flooded] = emu.calls("sendMessage", status=429)
        [retried] = bot.sent(PARENT)
        others = bot.sent(OTHER)
        assert len(others) == 3
        assert all(o["time"] < retried["time"] for o in others)  # not held up by the pause
        assert retried["time"] - flooded["time"] >= 1.0
        assert bot.outbox.stats.floods_429["chat"] == 1


# -- retries and give-ups ----------------------------------------------------------------------


async def test_server_errors_and_dropped_connections_are_retried(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.add_fault(method="sendMessage", code=502)
    emu.add_fault(method="sendMessage", mode="drop")
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("r", "eventually"))
        await eventually(lambda: journal.was_sent("r"))
        assert bot.texts(PARENT) == ["eventually"]
        assert len(emu.calls("sendMessage")) == 3
        assert bot.outbox.stats.retries == 2


async def test_a_hung_request_times_out_and_is_retried(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.add_fault(method="sendMessage", mode="hang")
    async with running_bot(emu, journal, request_timeout=0.3) as bot:
        await bot.tell(reply("h", "after a timeout"))
        await eventually(lambda: journal.was_sent("h"))
        assert bot.texts(PARENT) == ["after a timeout"]


async def test_past_max_attempts_a_reply_is_still_sent_and_the_next_one_waits_behind_it(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    await journaled(journal, 8)
    emu.add_fault(method="sendMessage", code=500, times=3, match={"chat_id": PARENT})
    async with running_bot(emu, journal, max_send_attempts=3, chat_rate=0) as bot:
        await bot.tell(reply("u8", "late but sent", update_id=8))
        await bot.tell(reply("next", "next one"))
        await eventually(lambda: journal.was_sent("next"))
        assert bot.texts(PARENT) == ["late but sent", "next one"]  # in order, none lost
        assert journal.was_sent("u8")
        assert [u.update_id for u in journal.pending()] == []
        assert bot.outbox.stats.stalled == 1
        assert bot.outbox.stats.given_up == 0


# -- inactive chats -----------------------------------------------------------------------------


async def test_a_blocked_chat_is_marked_inactive_and_later_replies_dropped(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    await journaled(journal, 9)
    emu.block(PARENT)
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("u9", "hello?", update_id=9))
        [told] = await bot.dialogs.expect(1)
        assert told == ChatInactive(chat_id=PARENT, reason="blocked")
        await eventually(lambda: journal.pending() == [])  # nothing more can be done
        await bot.tell(reply("s1", "a scheduled check-in"))  # no update: still inactive
        await bot.tell(reply("u9.1", "more for update 9", update_id=9))
        await bot.tell(reply("o", "marker", chat_id=OTHER))
        await eventually(lambda: journal.was_sent("o"))
        assert len(emu.calls("sendMessage", status=403)) == 1
        assert bot.outbox.stats.dropped == 3
        # The parent unblocks the bot and writes again: a reply to a new update goes out.
        emu.unblock(PARENT)
        await bot.tell(reply("u10", "welcome back", update_id=10))
        await eventually(lambda: journal.was_sent("u10"))
        assert bot.texts(PARENT)[-1] == "welcome back"


async def test_a_blocked_chat_drops_its_queued_replies(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.block(PARENT)
    async with running_bot(emu, journal, chat_rate=0) as bot:
        for i in range(5):
            await bot.tell(reply(f"q{i}", f"queued {i}"))
        await bot.dialogs.expect(1)
        await bot.tell(reply("o", "marker", chat_id=OTHER))
        await eventually(lambda: journal.was_sent("o"))
        assert len(emu.calls("sendMessage", status=403)) == 1
        assert bot.outbox.depth == 0


async def test_chat_not_found_drops_the_message_and_tells_dialogs(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    await journaled(journal, 11, chat_id=4242)
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("u11", "anyone?", chat_id=4242, update_id=11))
        [told] = await bot.dialogs.expect(1)
        assert told == ChatInactive(chat_id=4242, reason="chat not found")
        await eventually(lambda: journal.pending() == [])
        assert not journal.was_sent("u11")
        assert len(emu.calls("sendMessage")) == 1


# -- markup ----------------------------------------------------------------------------------


async def test_bad_html_is_resent_once_as_plain_text(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    async with running_bot(emu, journal) as bot:
        with caplog.at_level(logging.WARNING):
            await bot.tell(reply("m", "<x>secret words</x> &amp; <b>bold</b>"))
            await eventually(lambda: journal.was_sent("m"))
        refused, accepted = emu.calls("sendMessage")
        assert refused["status"] == 400
        assert "can't parse entities" in refused["response"]["description"]
        assert "parse_mode" not in accepted["params"]
        assert bot.texts(PARENT) == ["secret words & bold"]
        assert bot.outbox.stats.plain_fallbacks == 1
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert "can't parse entities" in logged
        assert "secret words" not in logged


async def test_a_migrated_group_gets_the_reply_at_its_new_id(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.user_says(PARENT, "hello group", chat_id=-500)
    emu.migrate(-500, -1005000)
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("g", "to the group", chat_id=-500))
        [told] = await bot.dialogs.expect(1)
        assert told == ChatInactive(chat_id=-500, reason="migrated to -1005000")
        await eventually(lambda: journal.was_sent("g"))
        assert bot.texts(-1005000)[-1] == "to the group"


async def test_an_edit_that_changes_nothing_counts_as_delivered(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("e0", "<b>same</b>"))
        await eventually(lambda: journal.was_sent("e0"))
        [message] = emu.transcript(PARENT)
        await bot.tell(reply("e1", "<b>same</b>", edit_message_id=message["message_id"]))
        await bot.tell(reply("e2", "edited", edit_message_id=message["message_id"]))
        await eventually(lambda: journal.was_sent("e2"))
        assert len(emu.calls("editMessageText", status=400)) == 1
        assert journal.was_sent("e1")
        assert bot.texts(PARENT) == ["edited"]


async def test_an_edit_of_a_missing_message_is_sent_as_a_new_one(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("e3", "fresh", edit_message_id=999))
        await eventually(lambda: journal.was_sent("e3"))
        assert bot.texts(PARENT) == ["fresh"]


# -- forum topics ------------------------------------------------------------------------------


def in_topic(emu: TelegramEmulator, chat_id: int, text: str) -> tuple[int, int | None]:
    """The thread of the bot's message ``text`` in the chat (None: the chat itself)."""
    [thread] = [(m["message_id"], m.get("message_thread_id")) for m in emu.transcript(chat_id)
                if m.get("text") == text]
    return thread


async def test_a_reply_goes_to_the_topic_of_its_update_and_typing_shows_there(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    thread = emu.open_topic(PARENT, "Masha")["thread_id"]
    async with running_bot(emu, journal) as bot:
        await bot.tell(ShowTyping(chat_id=PARENT, seconds=30, thread_id=thread))
        await emu.wait_calls("sendChatAction", 1, status=200)
        await bot.tell(reply("t1", "in the topic", thread_id=thread))
        await bot.tell(reply("t2", "in the chat"))
        await eventually(lambda: journal.was_sent("t2"))
    assert in_topic(emu, PARENT, "in the topic")[1] == thread
    assert in_topic(emu, PARENT, "in the chat")[1] is None
    assert emu.calls("sendChatAction")[0]["params"]["message_thread_id"] == thread
    assert bot.outbox.stats.out_of_topic == 0


@pytest.mark.parametrize("end", ["delete", "close"])
async def test_a_reply_to_a_topic_that_is_gone_goes_to_the_chat(
    emu: TelegramEmulator, journal: MemoryJournal, end: str,
) -> None:
    thread = emu.open_topic(PARENT, "Masha")["thread_id"]
    (emu.delete_topic if end == "delete" else emu.close_topic)(PARENT, thread)
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("g1", "the answer", thread_id=thread))
        await eventually(lambda: journal.was_sent("g1"))
        refused, accepted = emu.calls("sendMessage")
        assert refused["status"] == 400
        assert refused["response"]["description"] == (
            "Bad Request: message thread not found" if end == "delete"
            else "Bad Request: TOPIC_CLOSED")
        assert "message_thread_id" not in accepted["params"]
        assert in_topic(emu, PARENT, "the answer")[1] is None
        assert bot.outbox.stats.out_of_topic == 1
        assert bot.outbox.stats.dropped == 0


async def test_a_gone_topic_costs_one_refusal_for_a_split_reply_and_the_next_ones(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    thread = emu.open_topic(PARENT, "Masha")["thread_id"]
    emu.delete_topic(PARENT, thread)
    long = "\n".join(f"line {i}: " + "x" * 60 for i in range(120))  # three parts
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("s1", long, thread_id=thread))
        await bot.tell(reply("s2", "the next answer", thread_id=thread))
        await eventually(lambda: journal.was_sent("s2"))
        await bot.tell(ShowTyping(chat_id=PARENT, seconds=30, thread_id=thread))
        await emu.wait_calls("sendChatAction", 1, status=200)
    sends = emu.calls("sendMessage")
    assert [c["status"] for c in sends].count(400) == 1
    assert len(sends) >= 1 + 3 + 1
    assert all("message_thread_id" not in c["params"] for c in sends[1:])
    assert "message_thread_id" not in emu.calls("sendChatAction")[0]["params"]
    assert bot.outbox.stats.out_of_topic == 1


def test_a_refused_topic_is_left_out_for_a_while_then_tried_again() -> None:
    outbox = Outbox(TelegramSettings())
    assert outbox.thread_for(PARENT, 7, now=100.0) == 7
    outbox.topic_gone(PARENT, 7, now=100.0)
    assert outbox.thread_for(PARENT, 7, now=100.0 + TOPIC_GONE_FOR - 1) is None
    assert outbox.thread_for(PARENT, 8, now=101.0) == 8  # another topic of the chat
    assert outbox.thread_for(OTHER, 7, now=101.0) == 7  # the same id in another chat
    assert outbox.thread_for(PARENT, None, now=101.0) is None
    assert outbox.thread_for(PARENT, 7, now=100.0 + TOPIC_GONE_FOR) == 7  # reopened?
    for thread in range(TOPICS_GONE_KEPT + 1):
        outbox.topic_gone(OTHER, thread, now=200.0)
    assert outbox.thread_for(OTHER, 0, now=201.0) == 0  # the oldest, forgotten
    assert outbox.thread_for(OTHER, TOPICS_GONE_KEPT, now=201.0) is None


async def test_an_edit_sent_as_new_goes_to_the_topic(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    thread = emu.open_topic(PARENT, "Masha")["thread_id"]
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("e4", "fresh", edit_message_id=999, thread_id=thread))
        await eventually(lambda: journal.was_sent("e4"))
    assert in_topic(emu, PARENT, "fresh")[1] == thread


# -- typing and callbacks ------------------------------------------------------------------------


async def test_typing_is_kept_alive_while_waiting_and_stops_after_the_reply(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal) as bot:
        await bot.tell(ShowTyping(chat_id=PARENT, seconds=30))
        await emu.wait_calls("sendChatAction", 3, status=200)
        await bot.tell(reply("t", "done thinking"))
        await eventually(lambda: journal.was_sent("t"))
        after_reply = len(emu.calls("sendChatAction"))
        await anyio.sleep(0.3)  # six typing intervals
        assert len(emu.calls("sendChatAction")) == after_reply
        assert emu.calls("sendChatAction")[0]["params"]["action"] == "typing"


async def test_a_reply_lets_a_typing_action_in_flight_finish_on_its_connection(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    # Cancelling the request would close its connection (a new TCP and TLS handshake for
    # the next one); it is answered instead, and typing stops after it.
    emu.add_fault(method="sendChatAction", mode="delay", latency=0.3)
    async with running_bot(emu, journal) as bot:
        await bot.tell(ShowTyping(chat_id=PARENT, seconds=30))
        await anyio.sleep(0.1)  # the first sendChatAction is held by the emulator
        await bot.tell(reply("r", "the answer"))
        await eventually(lambda: journal.was_sent("r"))
        await emu.wait_calls("sendChatAction", 1)
        await anyio.sleep(0.3)  # past a typing interval: no second action
        calls = emu.calls("sendChatAction")
        assert [call["status"] for call in calls] == [200]


async def test_typing_with_a_grace_period_costs_nothing_when_the_reply_is_quick(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal) as bot:
        await bot.tell(ShowTyping(chat_id=PARENT, seconds=30, after=0.3))
        await bot.tell(reply("q", "quick answer"))
        await eventually(lambda: journal.was_sent("q"))
        await anyio.sleep(0.4)
        assert emu.calls("sendChatAction") == []
        await bot.tell(ShowTyping(chat_id=PARENT, seconds=30, after=0.1))
        await emu.wait_calls("sendChatAction", 1, status=200)  # a slow answer: typing shows


async def test_grace_periods_end_in_order_and_only_unanswered_chats_type(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal) as bot:
        await bot.tell(ShowTyping(chat_id=PARENT, seconds=30, after=0.4))
        await bot.tell(ShowTyping(chat_id=OTHER, seconds=30, after=0.1))  # due first
        await emu.wait_calls("sendChatAction", 1, status=200)
        assert [c["params"]["chat_id"] for c in emu.calls("sendChatAction")] == [OTHER]
        await bot.tell(reply("p", "answered within its grace period"))
        await eventually(lambda: journal.was_sent("p"))
        await anyio.sleep(0.5)
        assert {c["params"]["chat_id"] for c in emu.calls("sendChatAction")} == {OTHER}
        await bot.tell(ShowTyping(chat_id=PARENT, seconds=30, after=0.05))  # asked again
        await eventually(lambda: any(c["params"]["chat_id"] == PARENT
                                     for c in emu.calls("sendChatAction")))


async def test_typing_stops_after_its_seconds(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal) as bot:
        await bot.tell(ShowTyping(chat_id=PARENT, seconds=0.12))
        await emu.wait_calls("sendChatAction", 2, status=200)
        await anyio.sleep(0.3)
        count = len(emu.calls("sendChatAction"))
        await anyio.sleep(0.2)
        assert len(emu.calls("sendChatAction")) == count <= 4


async def test_a_callback_is_answered_at_once_even_while_its_chat_is_paused(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    buttons = ((Button(text="Tap", data="tap"),),)
    async with running_bot(emu, journal, chat_rate=0) as bot:
        await bot.tell(reply("b", "tap me", buttons=buttons))
        await eventually(lambda: journal.was_sent("b"))
        [message] = emu.transcript(PARENT)
        tapped = emu.tap_button(PARENT, message["message_id"], data="tap")
        emu.add_fault(method="sendMessage", code=429, retry_after=30)
        await bot.tell(reply("p", "stuck behind a 30 s pause"))
        await emu.wait_calls("sendMessage", 1, status=429)
        await bot.tell(AnswerCallback(callback_id=tapped["callback_query_id"], text="Got it"))
        await eventually(lambda: emu.callback(tapped["callback_query_id"])["answered"])
        assert emu.callback(tapped["callback_query_id"])["answer"]["text"] == "Got it"
        assert bot.outbox.stats.callbacks_answered == 1


async def test_a_too_old_callback_query_is_ignored(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal) as bot:
        with EventRecorder(bot.system) as events:
            await bot.tell(AnswerCallback(callback_id="no-such-query"))
            await emu.wait_calls("answerCallbackQuery", 1, status=400)
            await bot.tell(reply("after", "still working"))
            await eventually(lambda: journal.was_sent("after"))
            assert len(emu.calls("answerCallbackQuery")) == 1  # not retried
            assert events.of(Crashed) == []


# -- restarts ----------------------------------------------------------------------------------


async def test_replies_queued_when_the_sender_is_restarted_are_still_delivered(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.add_fault(method="sendMessage", mode="hang")  # the first send never gets an answer
    async with running_bot(emu, journal, chat_rate=0, request_timeout=30) as bot:
        deliveries = [await bot.ask(reply(f"s{i}", f"queued {i}")) for i in range(3)]
        await emu.wait_calls("sendMessage", 1)
        assert bot.outbox.depth == 3
        await bot.restart_sender()
        await eventually(lambda: all(journal.was_sent(f"s{i}") for i in range(3)))
        assert bot.texts(PARENT) == ["queued 0", "queued 1", "queued 2"]
        # The deliveries outlived the incarnation that took them: the next one settled them.
        with anyio.fail_after(WAIT):
            assert [await d.wait() for d in deliveries] == [DeliveryOutcome.DELIVERED] * 3


async def test_a_graceful_stop_drains_the_queues_first(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running_bot(emu, journal, chat_rate=0) as bot:
        for i in range(10):
            await bot.tell(reply(f"d{i}", f"drained {i}"))
    assert bot.texts(PARENT) == [f"drained {i}" for i in range(10)]


async def test_a_new_incarnation_keeps_the_chats_it_learnt_were_inactive(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.block(PARENT)
    async with running_bot(emu, journal) as bot:
        await bot.tell(reply("x", "blocked"))
        await bot.dialogs.expect(1)
        await bot.restart_sender()
        await bot.tell(reply("y", "still blocked"))
        await bot.tell(reply("o", "marker", chat_id=OTHER))
        await eventually(lambda: journal.was_sent("o"))
        assert len(emu.calls("sendMessage", status=403)) == 1


class PoisonJournal:
    """The journal seam with one defect: asking about key ``poison`` raises (a stand-in
    for any bug that makes one reply crash the sender every time)."""

    def __init__(self, journal: MemoryJournal) -> None:
        self._journal = journal

    def was_sent(self, key: str) -> bool:
        if key == "poison":
            raise RuntimeError("poisoned")
        return self._journal.was_sent(key)

    async def record_sent(self, key: str) -> None:
        await self._journal.record_sent(key)

    async def mark_done(self, update_id: int) -> None:
        await self._journal.mark_done(update_id)


async def test_a_reply_that_keeps_crashing_the_sender_is_dropped_after_three_crashes(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    config = _settings(emu)
    outbox = Outbox(config)
    dialogs = Probe()
    systems: list[ActorSystem] = []
    poisoned = PoisonJournal(journal)
    letters: list[tuple[str, SendReply, str, str]] = []
    tree = supervisor_spec("bot", [
        worker("dialogs", dialogs.factory),
        worker("telegram_sender", lambda: TelegramSender(
            config, TOKEN, poisoned, lambda chat: systems[0].ref("bot/dialogs"), outbox,
            gave_up=lambda *letter: letters.append(letter))),
    ], max_restarts=10, within=10)
    async with ActorSystem.start(tree) as system:
        systems.append(system)
        with EventRecorder(system) as events:
            sender = system.ref("bot/telegram_sender")
            poison = await sender.ask(reply("poison", "never sent"), timeout=WAIT)
            await sender.tell(reply("after", "sent after the poison"))
            await eventually(lambda: journal.was_sent("after"))
            assert len(events.of(Crashed, path="bot/telegram_sender")) == 2
            assert poison.outcome is DeliveryOutcome.DROPPED
        assert [m["text"] for m in emu.transcript(PARENT)] == ["sent after the poison"]
        assert outbox.stats.dropped == 1
        # kept as a dead letter (the application's sink persists it)
        [(path, dropped, reason, error)] = letters
        assert (path, dropped.key, reason) == ("bot/telegram_sender", "poison", "poison")
        assert error == "RuntimeError: poisoned"


# -- secrets -------------------------------------------------------------------------------------


async def test_the_token_never_reaches_a_log_line(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    emu.add_fault(method="sendMessage", code=502)
    emu.add_fault(method="sendMessage", mode="drop")
    emu.block(OTHER)
    with caplog.at_level(logging.DEBUG):
        async with running_bot(emu, journal) as bot:
            await bot.tell(reply("z", "<x>bad</x>"))
            await bot.tell(reply("w", "blocked", chat_id=OTHER))
            await bot.tell(ShowTyping(chat_id=PARENT, seconds=0.1))
            await eventually(lambda: journal.was_sent("z"))
            await bot.dialogs.expect(1)
            assert TOKEN not in repr(bot.system.actors())
    secret = TOKEN.split(":")[1]
    for record in caplog.records:
        assert secret not in record.getMessage()
        assert secret not in str(record.exc_info)

