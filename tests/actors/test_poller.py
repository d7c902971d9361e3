"""telegram_poller against the Telegram emulator, in a real ActorSystem, with an in-memory
journal (``actors.telegram.testing.MemoryJournal``).

The dialogs actors are ``runtime.testing.Probe`` actors (a double of the receiving side
only). Asyncio only: the emulator is aiohttp."""

from __future__ import annotations

import itertools
import json
import logging
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import msgspec
import pytest

from actors.db_writer import DeadLetter
from actors.protocol import IncomingUpdate
from actors.telegram._poller import (
    ALLOWED_UPDATES,
    PollerStalled,
    PollerStats,
    TelegramPoller,
    UnknownUpdate,
    parse_update,
)
from actors.telegram.testing import MemoryJournal
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from config.settings import TelegramSettings
from runtime import ActorRef, ActorSystem, Crashed
from runtime.testing import EventRecorder, Probe, wait_restarted
from supervisors import Restart, start_child, supervisor_spec, worker

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TOKEN = make_test_token(515151, "POLLER")
SHARDS = 2
POLLER = "bot/telegram_poller"


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    # The real clock: the 429 test reads call times from the emulator's log.
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=700_000_000) as emulator:
        yield emulator


@pytest.fixture(autouse=True)
def no_token_in_logs(caplog: pytest.LogCaptureFixture) -> Any:
    caplog.set_level(logging.INFO)
    yield
    assert TOKEN.split(":")[1] not in caplog.text


def settings_for(emu: TelegramEmulator, **overrides: Any) -> TelegramSettings:
    values: dict[str, Any] = {
        "base_url": emu.base_url, "poll_timeout": 1, "request_timeout": 2.0,
        "stall_margin": 1.0, "backoff_min": 0.01, "backoff_max": 0.05,
        "conflict_delay": 0.05,
    }
    values.update(overrides)
    return TelegramSettings(**values)


@dataclass
class Bot:
    system: ActorSystem
    probes: list[Probe]
    stats: PollerStats
    journal: MemoryJournal
    letters: list[DeadLetter] = field(default_factory=list)
    """What the poller dead-lettered (its ``dead_letters`` sink)."""

    def received(self) -> list[IncomingUpdate]:
        return [m for p in self.probes for m in p.received]

    async def expect(self, count: int, timeout: float = 5.0) -> list[IncomingUpdate]:
        with anyio.fail_after(timeout):
            while len(self.received()) < count:
                await anyio.sleep(0.01)
        return sorted(self.received(), key=lambda u: u.update_id)


@asynccontextmanager
async def running(
    emu: TelegramEmulator, journal: MemoryJournal, *, token: str = TOKEN,
    settings: TelegramSettings | None = None, fail_routes: int = 0,
) -> AsyncIterator[Bot]:
    """The bot supervisor with SHARDS probe dialogs, then the poller (transient) added."""
    probes = [Probe() for _ in range(SHARDS)]
    tree = supervisor_spec(
        "bot", [worker(f"dialogs{i}", p.factory) for i, p in enumerate(probes)],
        max_restarts=5, within=10.0,
    )
    stats = PollerStats()
    letters: list[DeadLetter] = []

    async def dead_letters(batch: Sequence[DeadLetter]) -> None:
        letters.extend(batch)

    async with ActorSystem.start(tree, seed=7) as system:
        refs = [system.ref(f"dialogs{i}") for i in range(SHARDS)]

        failures = [fail_routes]

        def route(chat_id: int) -> ActorRef:
            if failures[0] > 0:  # a routing failure crashes the poller mid-batch
                failures[0] -= 1
                raise RuntimeError("no route, on purpose")
            return refs[chat_id % SHARDS]

        conf = settings or settings_for(emu)
        spec = worker(
            "telegram_poller",
            lambda: TelegramPoller(conf, token, journal, route, stats=stats,
                                   dead_letters=dead_letters),
            restart=Restart.TRANSIENT, shutdown=3.0,
        )
        await start_child(system.ref("bot"), spec)
        yield Bot(system, probes, stats, journal, letters)


@pytest.fixture
def journal() -> MemoryJournal:
    return MemoryJournal()


def push(emu: TelegramEmulator, kind: str, payload: dict[str, Any]) -> int:
    """Queue a raw update the emulator's user model cannot produce (stickers, unknown
    types, malformed ones)."""
    return emu.bot().queue.push(kind, payload, emu.now())


def get_updates_params(emu: TelegramEmulator) -> list[dict[str, Any]]:
    return [c["params"] for c in emu.calls("getUpdates")]


# -- delivery --------------------------------------------------------------------------------


async def test_updates_delivered_in_order_per_chat_after_being_journaled(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running(emu, journal) as bot:
        await emu.wait_polling()
        sent = [emu.user_says(chat, f"{chat}:{i}", first_name="Anna", language_code="ru")
                for i in range(5) for chat in (101, 102, 103)]
        await bot.expect(len(sent))
        for probe in bot.probes:  # each shard got its chats' updates in update order
            ids = [u.update_id for u in probe.received]
            assert ids == sorted(ids)
        got = {u.update_id: u for u in bot.received()}
        for s in sent:
            update = got[s["update_id"]]
            assert update.chat_id == s["chat_id"]
            assert update.message_id == s["message_id"]
            assert bot.probes[update.chat_id % SHARDS].received.count(update) == 1
        first = got[sent[0]["update_id"]]
        assert (first.kind, first.text, first.content) == ("message", "101:0", "text")
        assert (first.first_name, first.language_code) == ("Anna", "ru")
        assert [u.update_id for u in journal.pending()] == [s["update_id"] for s in sent]
        assert bot.stats.updates_received == len(sent)


async def test_start_sequence_and_poll_parameters(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.set_webhook("https://example.org/hook")
    emu.user_says(101, "before start")
    async with running(emu, journal) as bot:
        await bot.expect(1)
        await emu.wait_polling()
        emu.user_says(101, "after start")
        first, _ = await bot.expect(2)
        methods = [c["method"] for c in emu.calls()]
        assert methods[:3] == ["getMe", "deleteWebhook", "getUpdates"]
        delete = emu.calls("deleteWebhook")[0]["params"]
        assert delete["drop_pending_updates"] is False  # the pending update survived
        polls = get_updates_params(emu)
        assert polls[0]["allowed_updates"] == list(ALLOWED_UPDATES)
        assert polls[0]["timeout"] == 1
        assert "offset" not in polls[0]
        # the next offset: the highest update id of the last response + 1
        assert polls[1]["offset"] == first.update_id + 1


async def test_offset_never_advances_past_an_update_the_journal_refused(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    await journal.aclose()  # every append now raises JournalError: the poller crashes
    async with running(emu, journal) as bot:
        await emu.wait_polling()
        with EventRecorder(bot.system) as events:
            sent = emu.user_says(101, "must not be lost")
            await events.wait_for(Crashed, path=POLLER, count=2)
        assert bot.received() == []
        assert all(p.get("offset", 0) <= sent["update_id"] for p in get_updates_params(emu))
        assert emu.state()["pending_update_count"] == 1  # never confirmed to Telegram


async def test_restart_replays_the_journal_and_drops_telegram_replays(
    emu: TelegramEmulator,
) -> None:
    first = MemoryJournal()
    sent = [emu.user_says(101, "one"), emu.user_says(102, "two")]
    next_offset = sent[-1]["update_id"] + 1
    # The process "dies" after journaling the batch but before any call confirms it.
    emu.add_fault(method="getUpdates", code=500, times=None, match={"offset": next_offset})
    async with running(emu, first) as bot:
        await bot.expect(2)
    await first.aclose()
    assert emu.state()["pending_update_count"] == 2  # Telegram will send them again
    emu.clear_faults()

    second = first.restarted()  # the next process
    assert [u.update_id for u in second.pending()] == [s["update_id"] for s in sent]
    async with running(emu, second) as bot:
        replayed = await bot.expect(2)  # from the journal, before polling
        assert [u.text for u in replayed] == ["one", "two"]
        await emu.wait_until(lambda: emu.state()["pending_update_count"] == 0)
        late = emu.user_says(101, "three")
        got = await bot.expect(3)
        assert [u.update_id for u in got] == [s["update_id"] for s in sent] + [late["update_id"]]
        assert bot.stats.replays_dropped == 2  # Telegram's copies were dropped
        assert bot.stats.redelivered == 2
    await second.aclose()


async def test_a_poller_crash_mid_batch_delivers_the_rest_after_its_restart(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    sent = [emu.user_says(101, "one"), emu.user_says(102, "two")]
    async with running(emu, journal, fail_routes=1) as bot:
        with EventRecorder(bot.system) as events:
            await wait_restarted(events, POLLER)
        got = await bot.expect(2)
        assert [u.update_id for u in got] == [s["update_id"] for s in sent]
        await emu.wait_polling()
        assert len(bot.received()) == 2  # each delivered once
        assert journal.undelivered() == []


# -- errors ------------------------------------------------------------------------------------


async def test_bad_token_stops_the_bot_without_retrying(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    wrong = make_test_token(515151, "WRONG")
    async with running(emu, journal, token=wrong) as bot:
        with anyio.fail_after(5):
            await bot.system.wait()  # the poller asked the system to shut down
    assert "Telegram rejected the bot token (401/404): check TELEGRAM_BOT_TOKEN" in caplog.text
    assert [c["status"] for c in emu.calls()] == [401]  # one getMe, nothing after it
    assert bot.system.exit_code == 78  # EX_CONFIG: the service manager should not restart
    assert wrong.split(":")[1] not in caplog.text


async def test_a_token_rejected_while_polling_stops_the_bot_too(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    emu.add_fault(method="getUpdates", code=401, description="Unauthorized", times=None)
    async with running(emu, journal) as bot:
        with anyio.fail_after(5):
            await bot.system.wait()
    assert "Telegram rejected the bot token" in caplog.text
    assert len(emu.calls("getUpdates", status=401)) == 1


async def test_conflict_is_counted_warned_once_and_retried(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    emu.add_fault(method="getUpdates", code=409, times=3,
                  description="Conflict: terminated by other getUpdates request")
    emu.user_says(101, "after the conflict")
    async with running(emu, journal) as bot:
        await bot.expect(1)
        assert bot.stats.conflicts_409 == 3
        assert bot.stats.conflict_causes == {"other_poller": 3}
        assert len(emu.calls("getMe")) == 1  # never restarted for it
    assert caplog.text.count("409 Conflict from getUpdates (cause other_poller)") == 1
    assert "outside this bot's lease" in caplog.text
    assert "the conflict is over after 3 409 answers" in caplog.text


async def test_conflicts_back_off_with_growing_waits_and_name_a_webhook(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    """A webhook set by someone else: 409 "webhook is active" on every poll. The poller
    names the cause once, waits longer after each 409 (conflict_delay, doubling) and is
    never restarted (no crash, no stall); it polls again once the webhook is gone."""
    async with running(emu, journal) as bot:
        await emu.wait_polling()
        emu.set_webhook("https://elsewhere.example/hook")  # after the poller's deleteWebhook
        with anyio.fail_after(10):
            while bot.stats.conflicts_409 < 4:
                await anyio.sleep(0.01)
        emu.set_webhook("")
        emu.user_says(101, "after the webhook")
        await bot.expect(1)
        assert bot.stats.conflict_causes["webhook"] >= 4
        times = [c["time"] for c in emu.calls("getUpdates", status=409)][:4]
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert gaps[2] > gaps[0] * 2.5, gaps  # 1x, 2x, 4x conflict_delay (jitter 20%)
        assert len(emu.calls("getMe")) == 1  # one incarnation: no restart, no stall
    assert caplog.text.count("(cause webhook): a webhook is set for this bot") == 1


async def test_flood_waits_retry_after_before_polling_again(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.add_fault(method="getUpdates", code=429, retry_after=1, times=1)
    emu.user_says(101, "slow down")
    async with running(emu, journal) as bot:
        await bot.expect(1)
        flood, retry = emu.calls("getUpdates")[:2]
        assert flood["status"] == 429
        assert retry["time"] >= flood["time"] + 1.0
        assert bot.stats.floods_429 == 1


async def test_server_errors_and_dropped_connections_are_retried_with_backoff(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    for fault in ({"code": 500}, {"mode": "html502"}, {"mode": "drop"}, {"code": 503}):
        emu.add_fault(method="getUpdates", times=1, **fault)
    emu.add_fault(method="getMe", code=502, times=1)
    emu.user_says(101, "still here")
    async with running(emu, journal) as bot:
        await bot.expect(1)
        assert bot.stats.errors["server_error"] == 4
        assert bot.stats.errors["network"] == 1
        # The backoff doubles from backoff_min: consecutive failures spread out.
        times = [c["time"] for c in emu.calls("getUpdates")[:5]]
        assert times[4] - times[0] >= 0.01 + 0.02 + 0.04 + 0.05


async def test_stall_watchdog_restarts_a_poller_whose_poll_hangs(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.add_fault(method="getUpdates", mode="hang", times=1)
    async with running(emu, journal, settings=settings_for(emu, stall_margin=0.3)) as bot:
        with EventRecorder(bot.system) as events:
            crash = await events.wait_for(Crashed, path=POLLER)
            assert isinstance(crash.exc, PollerStalled)
            await wait_restarted(events, POLLER)
        sent = emu.user_says(101, "after the stall")
        got = await bot.expect(1)
        assert got[0].update_id == sent["update_id"]
        assert len(emu.calls("getMe")) == 2  # the new incarnation started afresh


# -- parsing -------------------------------------------------------------------------------


async def test_unknown_and_malformed_updates_are_skipped_but_confirmed(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    # Queued before the poller subscribes, as Telegram delivers types created earlier.
    push(emu, "poll", {"id": "1", "question": "secret poll text"})
    push(emu, "message", {"message_id": 1, "text": "secret malformed text"})  # no chat
    good = emu.user_says(101, "fine")
    async with running(emu, journal) as bot:
        got = await bot.expect(1)
        assert [u.update_id for u in got] == [good["update_id"]]
        assert bot.stats.skipped == 2
        await emu.wait_until(lambda: emu.state()["pending_update_count"] == 0)
    assert "secret" not in caplog.text
    assert "of unknown type (poll) skipped" in caplog.text


async def test_non_text_updates_parsed_with_their_content_kind(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    chat = {"id": 101, "type": "private", "first_name": "Anna"}
    user = {"id": 101, "is_bot": False, "first_name": "Anna", "language_code": "en"}
    base = {"chat": chat, "from": user, "date": 1}
    emu.user_says(101, "hi")  # creates the chat the bot writes to below
    raw = [
        push(emu, "message", {**base, "message_id": 50, "sticker": {"file_id": "s"}}),
        push(emu, "message", {**base, "message_id": 51, "photo": [{"file_id": "p"}],
                              "caption": "a caption"}),
        push(emu, "message", {**base, "message_id": 52, "voice": {"file_id": "v"}}),
        push(emu, "message", {**base, "message_id": 53, "animation": {"file_id": "a"},
                              "document": {"file_id": "a"}}),
        push(emu, "message", {**base, "message_id": 54, "dice": {"value": 3}}),
        push(emu, "edited_message", {**base, "message_id": 55, "text": "edited"}),
        push(emu, "message", {**base, "message_id": 56, "pinned_message": {
            "message_id": 50, "date": 0, "chat": chat}}),
    ]
    async with running(emu, journal) as bot:
        await bot.expect(8)
        async with httpx.AsyncClient(base_url=emu.api_url(TOKEN)) as api:
            keyboard = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}
            reply = await api.post("sendMessage", json={
                "chat_id": 101, "text": "Ok?", "reply_markup": keyboard})
        message_id = reply.json()["result"]["message_id"]
        tap = emu.tap_button(101, message_id, data="yes")
        blocked = emu.block(101)
        got = {u.update_id: u for u in await bot.expect(10)}
    contents = [(got[i].kind, got[i].content, got[i].text) for i in raw]
    assert contents == [  # a caption is the message's words
        ("message", "sticker", None), ("message", "photo", "a caption"),
        ("message", "voice", None), ("message", "animation", None),
        ("message", "other", None), ("edited_message", "text", "edited"),
        ("message", "service", None),
    ]
    assert got[raw[0]].language_code == "en"
    callback = got[tap["update_id"]]
    assert (callback.kind, callback.callback_id, callback.callback_data) == (
        "callback_query", tap["callback_query_id"], "yes")
    assert (callback.chat_id, callback.message_id) == (101, message_id)
    assert blocked is not None
    member = got[blocked]
    assert (member.kind, member.member_status, member.chat_id) == ("my_chat_member", "kicked", 101)


def test_parse_update_refuses_unknown_and_malformed_updates() -> None:
    with pytest.raises(UnknownUpdate):
        parse_update({"update_id": 1, "inline_query": {"id": "x"}})
    with pytest.raises(msgspec.ValidationError):
        parse_update({"update_id": 2, "message": {"message_id": 1, "chat": {"id": "x"}}})
    with pytest.raises(msgspec.ValidationError):
        parse_update({"message": {"message_id": 1, "chat": {"id": 1}}})


async def test_a_message_written_in_a_topic_carries_its_thread(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    emu.user_says(102, "hi")
    topic = emu.open_topic(102, "About Masha")
    in_topic = emu.user_says(102, "she cried all evening", thread_id=topic["thread_id"])
    outside = emu.user_says(102, "and again today")
    async with running(emu, journal) as bot:
        got = {u.update_id: u for u in await bot.expect(4)}
    assert got[in_topic["update_id"]].thread_id == topic["thread_id"]
    assert got[outside["update_id"]].thread_id is None
    opened = got[topic["update_id"]]
    assert (opened.content, opened.thread_id) == ("service", topic["thread_id"])


def test_only_a_topic_message_has_a_thread_and_an_odd_one_costs_nothing_else() -> None:
    def thread(**fields: Any) -> int | None:
        update = parse_update({"update_id": 1, "message": said(7, "words", **fields)})
        assert update.text == "words"  # the words are read whatever the thread fields hold
        return update.thread_id

    assert thread(message_thread_id=12, is_topic_message=True) == 12
    # A reply thread of a supergroup, or its General topic: not a topic a reply can go to.
    assert thread(message_thread_id=12) is None
    assert thread(message_thread_id=12, is_topic_message=False) is None
    assert thread() is None
    for odd in ("12", 12.5, 0, -3, 2**31, 2**64, None, [12]):
        assert thread(message_thread_id=odd, is_topic_message=True) is None
    assert thread(message_thread_id=12, is_topic_message="yes") is None
    query = {"id": "q", "from": {"id": 7, "first_name": "A"}, "chat_instance": "c",
             "data": "x", "message": said(7, message_thread_id=9, is_topic_message=True)}
    assert parse_update({"update_id": 2, "callback_query": query}).thread_id == 9


# -- poison updates ------------------------------------------------------------------------


def said(chat_id: int, text: str = "fine", user: dict[str, Any] | None = None,
         **fields: Any) -> dict[str, Any]:
    """A private-chat message as Telegram writes it (``user`` is its ``from``, ``fields``
    replace other top-level fields)."""
    body: dict[str, Any] = {
        "message_id": 5, "date": 1_700_000_000,
        "chat": {"id": chat_id, "type": "private"},
        "from": user or {"id": chat_id, "is_bot": False, "first_name": "Ann"}, "text": text}
    body.update(fields)
    return body


POISONS: dict[str, tuple[str, str, str, str]] = {
    # name: (JSON text without update_id, stage, reason, what the log line names)
    "chat.id 2^64+1": (
        json.dumps({"message": said(1, chat={"id": 2**64 + 1, "type": "private"})}),
        "parse", "out_of_range", "message.chat.id"),
    "from.id 10^30": (
        json.dumps({"message": said(2, user={"id": 10**30, "first_name": "A"})}),
        "parse", "out_of_range", "message.from.id"),
    "message_id 2^64": (json.dumps({"message": said(3, message_id=2**64)}),
                        "parse", "out_of_range", "message.message_id"),
    "5000 levels": ('{"message": {"message_id": 4, "chat": {"id": 4}, "x": '
                    + "[" * 5000 + "]" * 5000 + "}}", "edge", "too_deep", "nesting"),
    "not an object": ('{"message": "secret words"}', "parse", "invalid", "message: Expected"),
    "callback chat 2^53": (
        json.dumps({"callback_query": {"id": "q", "from": {"id": 6, "first_name": "A"},
                                       "message": said(2**53), "chat_instance": "c"}}),
        "parse", "out_of_range", "callback_query.message.chat.id"),
}


async def test_each_poison_is_set_aside_and_the_rest_of_its_batch_is_delivered(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    # One batch: a good update, every poison, the lone-surrogate ones (repaired), a good one.
    first = emu.user_says(101, "before")["update_id"]
    poisons = {name: emu.inject_raw(raw)["update_id"] for name, (raw, *_) in POISONS.items()}
    text_sur = emu.inject_raw(json.dumps({"message": said(102, "secret \ud800 words")}))
    name_sur = emu.inject_raw(json.dumps(
        {"message": said(103, user={"id": 103, "first_name": "An\ud800n"})}))
    nul = emu.inject_raw({"message": said(104, "secret\x00words")})
    last = emu.user_says(101, "after")["update_id"]
    async with running(emu, journal) as bot:
        got = {u.update_id: u for u in await bot.expect(5)}
        await emu.wait_until(lambda: emu.state()["pending_update_count"] == 0)
    assert sorted(got) == [first, text_sur["update_id"], name_sur["update_id"],
                           nul["update_id"], last]
    assert got[text_sur["update_id"]].text == "secret \ufffd words"
    assert got[name_sur["update_id"]].first_name == "An\ufffdn"
    assert got[nul["update_id"]].text == "secret\ufffdwords"
    assert bot.stats.repairs == {"lone_surrogate": 2, "nul": 1}
    letters = {letter.key: letter for letter in bot.letters}
    for name, (_, stage, reason, names) in POISONS.items():
        letter = letters[f"update:{poisons[name]}"]
        assert (letter.actor, letter.reason) == ("telegram_poller", reason), name
        assert letter.error.startswith(f"{stage}: "), letter.error
        assert names in letter.error, letter.error
        assert bot.stats.poisons[(stage, reason)] >= 1
        assert f"update {poisons[name]} set aside at the {stage} stage" in caplog.text
    assert letters[f"update:{poisons['from.id 10^30']}"].chat_id == 2  # /delete finds it
    assert letters[f"update:{poisons['chat.id 2^64+1']}"].chat_id is None
    assert sum(bot.stats.poisons.values()) == len(POISONS)
    assert get_updates_params(emu)[-1]["offset"] == last + 1
    assert "secret" not in caplog.text  # no parent's words in a log line


async def test_an_update_the_journal_cannot_store_is_set_aside_alone(
    emu: TelegramEmulator,
) -> None:
    class Refusing(MemoryJournal):
        """A journal that cannot encode one update (as an integer msgpack refuses)."""

        async def append(self, updates: Sequence[IncomingUpdate]) -> None:
            if any(u.text == "unstorable" for u in updates):
                raise OverflowError("can't serialize ints < -2**63 or > 2**64 - 1")
            await super().append(updates)

    journal = Refusing()
    good = emu.user_says(101, "good")["update_id"]
    bad = emu.user_says(102, "unstorable")["update_id"]
    also = emu.user_says(103, "also good")["update_id"]
    async with running(emu, journal) as bot:
        got = await bot.expect(2)
        await emu.wait_until(lambda: emu.state()["pending_update_count"] == 0)
    assert [u.update_id for u in got] == [good, also]
    [letter] = bot.letters
    assert (letter.key, letter.reason, letter.error) == (
        f"update:{bad}", "unstorable", "store: OverflowError")
    assert letter.chat_id == 102
    assert bot.stats.poisons == {("store", "unstorable"): 1}


async def test_an_update_id_taken_again_for_another_update_is_set_aside_not_dropped(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    first = emu.user_says(101, "before the reset")["update_id"]
    async with running(emu, journal) as bot:
        await bot.expect(1)
    # The ids start again (a new emulator or bot on this journal); a new poller reads.
    emu.jump_update_ids(first)
    assert emu.user_says(102, "secret after the reset")["update_id"] == first
    after = emu.user_says(101, "next")["update_id"]
    async with running(emu, journal) as bot:
        got = await bot.expect(1)
        await emu.wait_until(lambda: emu.state()["pending_update_count"] == 0)
    assert [(u.update_id, u.text) for u in got] == [(after, "next")]
    [letter] = bot.letters
    assert (letter.key, letter.reason, letter.chat_id) == (f"update:{first}", "id_reused", 102)
    assert letter.error == "journal: the journal holds another update under this id"
    assert bot.stats.poisons == {("journal", "id_reused"): 1}
    assert f"update ids [{first}] were journaled before for other updates" in caplog.text
    assert "secret" not in caplog.text


async def test_an_update_id_repeated_in_one_batch_for_another_update_is_set_aside(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    # A batch carrying one id twice: an exact repeat is a replay (dropped), another
    # update under it is set aside, never dropped silently as a replay.
    message = {"message_id": 5, "date": 1_700_000_000, "text": "first",
               "chat": {"id": 101, "type": "private"}}
    first = emu.inject_raw({"message": message})["update_id"]
    # A second update_id key: the last one is the update's (as msgspec and json read it).
    emu.inject_raw(json.dumps({"message": message, "update_id": first}))
    other = {**message, "message_id": 6, "text": "secret other",
             "chat": {"id": 102, "type": "private"}}
    emu.inject_raw(json.dumps({"message": other, "update_id": first}))
    after = emu.user_says(101, "after")["update_id"]
    async with running(emu, journal) as bot:
        got = await bot.expect(2)
        await emu.wait_until(lambda: emu.state()["pending_update_count"] == 0)
    assert [(u.update_id, u.text) for u in got] == [(first, "first"), (after, "after")]
    [letter] = bot.letters
    assert (letter.key, letter.reason, letter.chat_id) == (f"update:{first}", "id_reused", 102)
    assert letter.error == "journal: an earlier update of its batch has this id"
    assert bot.stats.poisons == {("journal", "id_reused"): 1}
    assert bot.stats.replays_dropped == 1
    assert f"update ids [{first}] came twice in one batch" in caplog.text
    assert "secret" not in caplog.text


async def test_each_update_set_aside_under_a_repeated_id_keeps_its_own_text(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    # Three different updates under one id in a batch: the second and the third are set
    # aside, each with its own JSON text, so a re-drive replays the update it names.
    def message(n: int) -> dict[str, Any]:
        return {"message_id": n, "date": 1_700_000_000, "text": f"text {n}",
                "chat": {"id": 100 + n, "type": "private"}}

    first = emu.inject_raw({"message": message(1)})["update_id"]
    for n in (2, 3):
        emu.inject_raw(json.dumps({"message": message(n), "update_id": first}))
    after = emu.user_says(109, "after")["update_id"]
    async with running(emu, journal) as bot:
        await bot.expect(2)
        await emu.wait_until(lambda: emu.state()["pending_update_count"] == 0)
    texts = {letter.chat_id: json.loads(letter.message_json)["raw"] for letter in bot.letters}
    assert sorted(texts) == [102, 103]
    assert all(f'"text {chat - 100}"' in raw and f'"text {5 - chat + 100}"' not in raw
               for chat, raw in texts.items())
    assert after > first


async def test_a_batch_without_any_update_id_waits_before_polling_again(
    emu: TelegramEmulator, journal: MemoryJournal, caplog: pytest.LogCaptureFixture,
) -> None:
    # Nothing confirms such a batch: Telegram answers with it again at once. The poller
    # backs off instead of polling at full speed, and the next update with an id moves
    # the offset past the broken ones, which are set aside then.
    message = {"message_id": 5, "date": 1, "text": "x", "chat": {"id": 101, "type": "private"}}
    for bad in ("7", None):  # a second update_id key: the one the update is read with
        emu.inject_raw(json.dumps({"message": message, "update_id": bad}))
    conf = settings_for(emu, backoff_min=0.2, backoff_max=0.2)
    async with running(emu, journal, settings=conf) as bot:
        await emu.wait_until(lambda: caplog.text.count("without update ids") >= 3, timeout=5)
        after = emu.user_says(102, "after")["update_id"]
        got = await bot.expect(1)
        await emu.wait_until(lambda: emu.state()["pending_update_count"] == 0)
    assert [u.update_id for u in got] == [after]
    assert re.search(r"not confirmed; polling again in 0\.[2-9]\d s", caplog.text)
    polls = [c["time"] for c in emu.calls("getUpdates")]
    assert all(b - a >= 0.2 for a, b in itertools.pairwise(polls[:3]))
    assert len(bot.letters) == 2
    assert bot.stats.poisons == {("parse", "invalid"): 2}


# -- stopping ------------------------------------------------------------------------------


async def test_graceful_stop_confirms_the_last_batch(
    emu: TelegramEmulator, journal: MemoryJournal,
) -> None:
    async with running(emu, journal) as bot:
        await emu.wait_polling()
        sent = emu.user_says(101, "last words")
        await bot.expect(1)
        await emu.wait_polling()
        polls_before = len(emu.calls("getUpdates"))
    final = emu.calls("getUpdates")[polls_before:]
    assert [(c["params"]["offset"], c["params"]["timeout"], c["params"]["limit"])
            for c in final if c["status"] == 200] == [(sent["update_id"] + 1, 0, 1)]
