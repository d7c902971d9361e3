"""Poison updates through the whole bot, with real PostgreSQL and Redis: one update the
bot cannot take must never silence the other parents.

Each poison is served by the Telegram emulator exactly as written (``inject_raw``): a
lone UTF-16 surrogate escape in ``text`` or ``from.first_name`` (repaired to U+FFFD and
answered), ids past what the Bot API documents (``chat.id`` 2^64+1, ``from.id`` 10^30,
``message_id`` 2^64) and an unknown field nested 5,000 levels deep (dead-lettered).
Times are the emulator's: when the poison was queued, when a reply's sendMessage was
answered."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import anyio
import asyncpg
import pytest
from msgspec.structs import replace

from actors.db_writer import migrate
from actors.dialogs import TEXTS
from actors.protocol import IncomingUpdate
from chaos.emulators.telegram import TelegramEmulator
from runtime import ActorSystem, Crashed, Restarting
from runtime.testing import EventRecorder, eventually
from tests.actors.test_metrics import value

from .conftest import Bot, bot_settings, running_bot

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

DEEP = 5000


def message(chat_id: int, text: str = "/help", **fields: Any) -> dict[str, Any]:
    """A private-chat text message as Telegram writes it; ``fields`` replace top-level
    fields (``chat``, ``from``, ``message_id``, ...)."""
    body: dict[str, Any] = {
        "message_id": 1, "date": 1_700_000_000,
        "chat": {"id": chat_id, "type": "private", "first_name": "Ann"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "Ann", "language_code": "en"},
        "text": text,
    }
    body.update(fields)
    return body


def poison_json(kind: str, chat_id: int) -> str:
    """The JSON text (without ``update_id``) of one poison, in chat ``chat_id`` where the
    poison still names a usable chat."""
    base = message(chat_id)
    if kind == "text_surrogate":
        return json.dumps({"message": {**base, "text": "he said \ud800 and cried"}})
    if kind == "first_name_surrogate":
        user = {**base["from"], "first_name": "An\ud800n"}
        return json.dumps({"message": {**base, "from": user}})
    if kind == "chat_id_2_64_plus_1":
        return json.dumps({"message": {**base, "chat": {"id": 2**64 + 1, "type": "private"}}})
    if kind == "from_id_10_30":
        return json.dumps({"message": {**base, "from": {**base["from"], "id": 10**30}}})
    if kind == "message_id_2_64":
        return json.dumps({"message": {**base, "message_id": 2**64}})
    if kind == "deep_unknown_field":
        head = json.dumps({"message": base})[:-2]  # the message object left open
        return head + ', "unknown": ' + "[" * DEEP + "]" * DEEP + "}}"
    raise ValueError(kind)


REPAIRED = {"text_surrogate", "first_name_surrogate"}
"""Poisons the edge repairs (U+FFFD for the surrogate): the parent is answered."""
DEAD = {
    "chat_id_2_64_plus_1": ("parse", "out_of_range", "message.chat.id"),
    "from_id_10_30": ("parse", "out_of_range", "message.from.id"),
    "message_id_2_64": ("parse", "out_of_range", "message.message_id"),
    "deep_unknown_field": ("edge", "too_deep", "nesting deeper than 64"),
}
"""Poisons set aside: the stage, their dead letter's reason and what its error names."""
KINDS = sorted(REPAIRED | DEAD.keys())


def reply_times(emu: TelegramEmulator, chat_id: int) -> list[float]:
    """When each sendMessage to ``chat_id`` was answered 200, on the emulator's clock."""
    return sorted(c["time"] + c["duration"] for c in emu.calls("sendMessage", status=200)
                  if int(c["params"].get("chat_id", 0)) == chat_id)


async def dead_letters(dsn: str) -> list[dict[str, Any]]:
    conn = await asyncpg.connect(dsn)
    try:
        return [dict(r) for r in await conn.fetch(
            "SELECT key, actor, reason, error, message_json, chat_id FROM dead_letters")]
    finally:
        await conn.close()


async def letters_of(dsn: str, update_ids: set[int], timeout: float = 10.0,
                     key: str = "") -> dict[int, dict[str, Any]]:
    """The dead letters of these update ids, once all reached PostgreSQL: the poller's
    (the id is in the letter's JSON), or with ``key`` a kernel's (in ``fields[key]``)."""
    with anyio.fail_after(timeout):
        while True:
            found = {}
            for letter in await dead_letters(dsn):
                kept = json.loads(letter["message_json"])
                update_id = kept.get("fields", {}).get(key) if key else kept.get("update_id")
                if update_id in update_ids:
                    found[update_id] = letter
            if found.keys() == update_ids:
                return found
            await anyio.sleep(0.05)


async def answered(emu: TelegramEmulator, chats: dict[int, int], timeout: float) -> None:
    """Until every chat has at least ``chats[chat]`` replies."""
    await emu.wait_until(lambda: all(len(reply_times(emu, c)) >= n for c, n in chats.items()),
                         timeout=timeout)


def restarts(recorder: EventRecorder) -> dict[str, int]:
    counts: dict[str, int] = {}
    for event in recorder.of(Restarting):
        counts[event.path] = counts.get(event.path, 0) + 1
    return counts


def storage(tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str, redis_url: str) -> Any:
    return bot_settings(tmp_path, telegram, database={"url": pg_dsn}, redis={"url": redis_url})


def poison_metric(bot: Bot, stage: str, reason: str) -> float:
    bot.app.metrics.observe(bot.app)
    return value(bot.app.metrics, "fe_poison_updates_total", stage=stage, reason=reason) or 0.0


@pytest.mark.parametrize("kind", KINDS)
async def test_one_poison_among_parents_delays_no_one(
    kind: str, tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str, redis_url: str,
) -> None:
    await migrate(pg_dsn)
    async with running_bot(storage(tmp_path, telegram, pg_dsn, redis_url), telegram,
                           persistent=True) as bot:
        with EventRecorder(bot.system) as recorder:
            before = bot.parent(9001)
            before.says("/help")
            await before.reply()
            telegram.add_user(9002)  # the chat a repaired poison is answered in
            poison = telegram.inject_raw(poison_json(kind, 9002))
            after = bot.parent(9003)
            after.says("/help")
            await after.reply(timeout=10)
            lag = reply_times(telegram, 9003)[0] - poison["at"]
            assert lag <= 1.0, f"the parent after the poison waited {lag:.2f} s"
            if kind in REPAIRED:
                await answered(telegram, {9002: 1}, timeout=5)
            else:
                stage, reason, names = DEAD[kind]
                letters = await letters_of(pg_dsn, {poison["update_id"]})
                letter = letters[poison["update_id"]]
                assert (letter["actor"], letter["reason"]) == ("telegram_poller", reason)
                assert letter["error"].startswith(f"{stage}: ")
                assert names in letter["error"]
                kept = json.loads(letter["message_json"])
                assert kept["raw"].startswith(f'{{"update_id": {poison["update_id"]}')
                assert len(kept["raw"]) <= 64 * 1024
                assert poison_metric(bot, stage, reason) == 1
            await telegram.wait_until(
                lambda: telegram.state()["pending_update_count"] == 0, timeout=5)
            assert all(n <= 1 for n in restarts(recorder).values()), restarts(recorder)
            # Every update is done: nothing left for a restart to replay.
            await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=5)


async def test_every_poison_mixed_into_load_and_every_parent_answered(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str, redis_url: str,
) -> None:
    await migrate(pg_dsn)
    parents = list(range(9100, 9120))
    rounds = 15  # 300 normal messages
    # Telegram's overall send limit (25/s) would make the load itself the bottleneck.
    settings = storage(tmp_path, telegram, pg_dsn, redis_url)
    settings = replace(settings, telegram=replace(settings.telegram, global_rate=2000.0,
                                                  global_burst=2000))
    async with running_bot(settings, telegram, persistent=True) as bot:
        with EventRecorder(bot.system) as recorder:
            sent_at: dict[int, list[float]] = {c: [] for c in parents}
            poisons: dict[str, dict[str, Any]] = {}
            for round_ in range(rounds):
                for index, chat_id in enumerate(parents):
                    slot = round_ * len(parents) + index
                    if slot % 50 == 25 and len(poisons) < len(KINDS):
                        kind = KINDS[len(poisons)]
                        telegram.add_user(9200 + slot)
                        poisons[kind] = telegram.inject_raw(poison_json(kind, 9200 + slot))
                    telegram.user_says(chat_id, "/help" if round_ % 2 else "/privacy",
                                       language_code="en")
                    sent_at[chat_id].append(telegram.now())
                await anyio.sleep(0.02)
            assert poisons.keys() == set(KINDS)
            await answered(telegram, {c: rounds for c in parents}, timeout=60)
            lags = [reply - asked for c in parents
                    for asked, reply in zip(sent_at[c], reply_times(telegram, c), strict=True)]
            assert max(lags) <= 5.0, f"slowest reply {max(lags):.2f} s"
            first_after = min(
                (asked, c) for c in parents for asked in sent_at[c]
                if asked > poisons["deep_unknown_field"]["at"])
            chat = first_after[1]
            reply = reply_times(telegram, chat)[sent_at[chat].index(first_after[0])]
            assert reply - poisons["deep_unknown_field"]["at"] <= 1.5
            dead = {poisons[k]["update_id"]: k for k in DEAD}
            letters = await letters_of(pg_dsn, set(dead))
            assert {dead[i]: letters[i]["reason"] for i in dead} == {
                k: reason for k, (_, reason, _) in DEAD.items()}
            await answered(telegram, {9200 + _slot(poisons, k): 1 for k in REPAIRED},
                           timeout=5)
            await telegram.wait_until(
                lambda: telegram.state()["pending_update_count"] == 0, timeout=5)
            assert all(n <= 1 for n in restarts(recorder).values()), restarts(recorder)
            assert _system_alive(bot.system)


def _slot(poisons: dict[str, dict[str, Any]], kind: str) -> int:
    """The load slot a poison was injected at (its chat is 9200 + slot)."""
    return 25 + 50 * sorted(poisons, key=lambda k: poisons[k]["update_id"]).index(kind)


def _system_alive(system: ActorSystem) -> bool:
    return all(cell.running for cell in system.actors())


async def test_an_update_that_crashes_dialogs_every_time_is_kept_in_dead_letters(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str, redis_url: str,
) -> None:
    # Past the edge, the kernel's redelivery policy takes over: [supervision]
    # max_redeliveries (1 here), then an apology (dialogs' last try) or, when even that
    # fails, the kernel's dead letter. Either way a dead_letters row, and the shard goes on.
    def fault(point: str, update: IncomingUpdate, attempt: int) -> None:
        if update.text == "crash here" and point == "received":
            raise RuntimeError("drill: dialogs fails on this update")
        if update.text == "crash twice" and point in ("received", "replied"):
            raise RuntimeError("drill: dialogs fails on this update and its apology")

    await migrate(pg_dsn)
    settings = bot_settings(tmp_path, telegram, database={"url": pg_dsn},
                            redis={"url": redis_url}, supervision={"max_redeliveries": 1},
                            dialogs={"shards": 1})
    async with running_bot(settings, telegram, persistent=True, fault=fault) as bot:
        with EventRecorder(bot.system) as recorder:
            apologised, silenced, other = bot.parent(9301), bot.parent(9302), bot.parent(9303)
            first = apologised.says("crash here")
            assert await apologised.text() == TEXTS["sorry"]["en"]
            second = silenced.says("crash twice")
            other.says("/help")
            await other.reply()
            letters = await letters_of(pg_dsn, {first, second}, key="update_id")
            silenced.says("/help")  # the shard goes on, for this parent too
            await silenced.reply()
            await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=5)
            shard = "root/bot/dialogs/dialogs-0"
            crashes = recorder.of(Crashed, path=shard)
            assert len(crashes) == 1 + 2  # 1 + max_redeliveries, then the apology; then 2
    for update_id, text in ((first, "crash here"), (second, "crash twice")):
        letter = letters[update_id]
        assert (letter["actor"], letter["reason"]) == (shard, "poison")
        assert "RuntimeError: drill: dialogs fails" in letter["error"]
        assert letter["chat_id"] == (9301 if update_id == first else 9302)
        kept = json.loads(letter["message_json"])
        assert kept["type"] == "IncomingUpdate"
        assert kept["fields"]["text"] == text


EXTREME_INTS = [0, -1, 2**31 - 1, 2**31, 2**52 - 1, 2**52, 2**53, 2**63 - 1, 2**63, 2**64,
                2**64 + 1, 10**30, -(2**63) - 1]
EXTREME_TEXTS = ["\ud800", "a\udfffb", "\x00", "\u202e\u200b", "\r\n\x1b[31m", "", "😀" * 2000,
                 "я" * 5000, "/start", "/help", "[" * 3000, "x" * 300_000]


def extreme_update(rng: random.Random, chat_ids: list[int]) -> str:
    """One type-valid update (docs/notes/telegram_types.json) with extreme values: the
    JSON text of its fields without update_id, as the emulator injects it."""
    def integer() -> int:
        return rng.choice(EXTREME_INTS) if rng.random() < 0.3 else rng.randrange(1, 10**6)

    def text() -> str:
        return rng.choice(EXTREME_TEXTS) if rng.random() < 0.5 else f"phrase {rng.random()}"

    chat_id = rng.choice(chat_ids) if rng.random() < 0.7 else integer()
    user = {"id": chat_id if rng.random() < 0.8 else integer(), "is_bot": False,
            "first_name": text(), "language_code": rng.choice(["en", "ru", text()])}
    message: dict[str, Any] = {
        "message_id": integer(), "date": integer(), "from": user, "text": text(),
        "chat": {"id": chat_id, "type": rng.choice(["private", "group", text()])},
        "entities": [{"type": "bold", "offset": integer(), "length": integer()}]}
    if rng.random() < 0.2:
        message["reply_to_message"] = {"message_id": integer(), "date": integer(),
                                       "chat": message["chat"], "text": text()}
    kind = rng.choice(["message", "message", "edited_message", "callback_query",
                       "my_chat_member"])
    if kind == "callback_query":
        body: dict[str, Any] = {"id": text(), "from": user, "chat_instance": text(),
                                "message": message, "data": text()}
    elif kind == "my_chat_member":
        body = {"chat": message["chat"], "from": user, "date": integer(),
                "old_chat_member": {"status": "member", "user": user},
                "new_chat_member": {"status": rng.choice(["kicked", "member", text()]),
                                    "user": user}}
    else:
        body = message
    raw = json.dumps({kind: body})
    if rng.random() < 0.05:  # an unknown field nested deep, as text json.dumps cannot write
        depth = rng.choice([70, 900, 5000])
        raw = raw[:-2] + ', "unknown": ' + "[" * depth + "]" * depth + "}}"
    return raw


async def test_800_extreme_updates_leave_nothing_pending_and_parents_are_answered(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str, redis_url: str,
) -> None:
    await migrate(pg_dsn)
    rng = random.Random(800)
    chats = list(range(9500, 9520))
    for chat_id in chats:
        telegram.add_user(chat_id)
    settings = storage(tmp_path, telegram, pg_dsn, redis_url)
    settings = replace(settings, telegram=replace(settings.telegram, global_rate=2000.0,
                                                  global_burst=2000))
    async with running_bot(settings, telegram, persistent=True) as bot:
        with EventRecorder(bot.system) as recorder:
            started = telegram.now()
            for _ in range(800):
                telegram.inject_raw(extreme_update(rng, chats))
            parent = bot.parent(9600)
            parent.says("/help")
            await parent.reply(timeout=30)
            await telegram.wait_until(
                lambda: telegram.state()["pending_update_count"] == 0, timeout=60)
            stats = bot.app.poller_stats
            # every update handled or set aside (the parent's /help is the 801st)
            assert stats.updates_received + sum(stats.poisons.values()) == 801
            assert stats.poisons[("parse", "out_of_range")] > 0
            assert stats.poisons[("edge", "too_deep")] > 0
            assert stats.repairs["lone_surrogate"] > 0
            await eventually(lambda: bot.app.journal.depth == 0, timeout=60)
            assert all(n <= 1 for n in restarts(recorder).values()), restarts(recorder)
            assert _system_alive(bot.system)
            lag = reply_times(telegram, 9600)[0] - started
            # 800 updates before it, each journaled, handled and answered or set aside;
            # before the edge, it was never answered
            assert lag <= 20.0, f"the parent after the fuzz waited {lag:.2f} s"
