"""The whole bot under faults: dialogs crashing mid-message, poison updates, Claude and
Telegram failing, and the token kept out of every log line and error."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from actors.dialogs import TEXTS, Child, Family, MemoryFamilyStore
from actors.protocol import IncomingUpdate
from chaos.emulators.anthropic import AnthropicEmulator, FaultKind
from chaos.emulators.telegram import TelegramEmulator
from runtime import Crashed

from .conftest import TOKEN, Parent, bot_settings, onboard, running_bot

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

BASIC = {"en": "Basic mode:", "ru": "Базовый режим:"}


def onboarded(*chat_ids: int, language: str = "en", age: int = 6) -> MemoryFamilyStore:
    """A store where these families are already set up with one child, Sam."""
    store = MemoryFamilyStore()
    for chat_id in chat_ids:
        store._families[chat_id] = Family(
            chat_id=chat_id, language=language,  # type: ignore[arg-type]
            children=(Child(id=1, name="Sam", age=age),), step="ready", timezone="UTC")
    return store


class CrashOnce:
    """A drill's fault: crash dialogs at ``point`` on the first delivery of updates whose
    text contains ``marker``."""

    def __init__(self, point: str, marker: str) -> None:
        self.point, self.marker = point, marker
        self.crashes = 0

    def __call__(self, point: str, update: IncomingUpdate, attempt: int) -> None:
        if point == self.point and self.marker in (update.text or "") and attempt == 1:
            self.crashes += 1
            raise RuntimeError(f"drill: dialogs crashes at {point}")


@pytest.mark.parametrize("point", ["received", "replied"])
async def test_dialogs_crashed_mid_message_restarts_and_the_parent_gets_one_reply(
    point: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    fault = CrashOnce(point, "tablet")
    async with running_bot(bot_settings(tmp_path, telegram), telegram, fault=fault,
                           store=onboarded(601)) as bot:
        parent = bot.parent(601)
        parent.says("he threw the tablet and screamed")
        assert "What Sam may be feeling" in await parent.text()
        await parent.no_more_replies(0.5)
        parent.says("and now he is crying")  # the restarted shard goes on serving
        assert "What Sam may be feeling" in await parent.text()
    assert fault.crashes == 1
    assert bot.system.events.counts["Crashed"] == 1
    assert bot.system.events.counts.get("DeadLettered", 0) == 0


async def test_a_crash_after_the_new_state_is_stored_is_replayed_from_the_state_before(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    # The age "7" is stored (Sam added, step "ready"), then dialogs crashes before it
    # replies. The redelivered "7" must not be taken for a phrase about Sam.
    fault = CrashOnce("stored", "7")
    store = MemoryFamilyStore()
    async with running_bot(bot_settings(tmp_path, telegram), telegram, fault=fault,
                           store=store) as bot:
        parent = bot.parent(611)
        await onboard_en(parent, age="7", last_reply=False)
        assert (await parent.text()).startswith("Done: Sam, 7 years.")
        await parent.no_more_replies(0.5)
        parent.says("he slammed the door")
        assert "What Sam may be feeling" in await parent.text()
    assert fault.crashes == 1
    family = await store.get(611)
    assert family is not None
    assert [(c.name, c.age) for c in family.children] == [("Sam", 7)]


async def test_a_poison_update_gets_an_apology_and_the_chat_goes_on(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    def always(point: str, update: IncomingUpdate, attempt: int) -> None:
        if point == "received" and update.text == "poison":
            raise ValueError("drill: this update always crashes dialogs")

    async with running_bot(bot_settings(tmp_path, telegram), telegram, fault=always,
                           store=onboarded(602)) as bot:
        parent = bot.parent(602)
        parent.says("poison")
        assert await parent.text() == TEXTS["sorry"]["en"]
        parent.says("she is afraid of the dog")
        assert "What Sam may be feeling" in await parent.text()
        await parent.no_more_replies()
        await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=5)
    assert bot.system.events.counts["Crashed"] == 3  # attempts 1-3; the 4th apologised


@pytest.mark.parametrize("kind", [
    FaultKind.RATE_LIMIT, FaultKind.OVERLOADED, FaultKind.SERVER_ERROR, FaultKind.HANG,
    FaultKind.DISCONNECT, FaultKind.MALFORMED_JSON,
])
async def test_claude_faults_give_basic_mode_answers_and_lose_nothing(
    kind: FaultKind, tmp_path: Path, telegram: TelegramEmulator, claude: AnthropicEmulator,
) -> None:
    settings = bot_settings(tmp_path, telegram, claude, anthropic={"timeout": 0.5})
    claude.inject(kind, times=None)
    async with running_bot(settings, telegram, store=onboarded(604, 605)) as bot:
        parents = [bot.parent(604), bot.parent(605)]
        for i, parent in enumerate(parents):
            parent.says(f"he hit his sister and cried {i}")
            parent.says(f"now he won't sleep {i}")
        for parent in parents:
            for _ in range(2):
                answer = await parent.text()
                assert "What Sam may be feeling" in answer
                assert BASIC["en"] in answer
            await parent.no_more_replies()
        assert bot.app.translator.stats.offline >= 4
    assert claude.requests  # Claude was really asked


async def test_a_hanging_claude_costs_a_parent_its_budget_not_the_sdks_timeout(
    tmp_path: Path, telegram: TelegramEmulator, claude: AnthropicEmulator,
) -> None:
    """With the SDK's timeout at its default (20 s, and a retry), the parent still gets
    the basic-mode answer once ``answer_within`` is spent, from the translator itself
    (not from dialogs giving up on it), and the cut call counts as Claude's timeout."""
    settings = bot_settings(tmp_path, telegram, claude,
                            anthropic={"timeout": 20.0, "max_retries": 1},
                            translator={"answer_within": 2.0})
    claude.inject(FaultKind.HANG, times=None)
    async with running_bot(settings, telegram, store=onboarded(607)) as bot:
        parent = bot.parent(607)
        parent.says("she threw her plate and hid under the table")
        answer = await parent.text()
        assert "What Sam may be feeling" in answer
        assert BASIC["en"] in answer
        stats = bot.app.translator.stats
        assert dict(stats.claude_failed) == {"timeout": 1}
        assert stats.offline == 1  # the translator's answer, not dialogs' fallback
    assert len(claude.requests) == 1


async def test_claude_answers_when_healthy_and_the_reply_is_not_basic_mode(
    tmp_path: Path, telegram: TelegramEmulator, claude: AnthropicEmulator,
) -> None:
    settings = bot_settings(tmp_path, telegram, claude)
    async with running_bot(settings, telegram, store=onboarded(606, language="ru")) as bot:
        parent = bot.parent(606, "ru")
        parent.says("Сын кричит, что ненавидит меня, и хлопает дверью")
        answer = await parent.text()
        assert "Что может чувствовать Sam" in answer
        assert BASIC["ru"] not in answer
    (request,) = claude.requests
    assert "<child_phrase>" in str(request.body)
    from tests.actors.test_metrics import value

    assert value(bot.app.metrics, "fe_external_requests_total", service="claude",
                 status="ok") == 1


async def test_telegram_faults_slow_replies_but_lose_or_double_none(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram,
                           store=onboarded(607)) as bot:
        parent = bot.parent(607)
        telegram.add_fault(method="getUpdates", code=502, description="Bad Gateway", times=2)
        telegram.add_fault(method="sendMessage", mode="drop", times=1)
        telegram.add_fault(method="sendMessage", code=429, retry_after=1, times=1)
        telegram.add_fault(method="sendMessage", code=500, description="Internal Server Error",
                           times=1)
        for text in ("first: he is angry", "second: he is sad", "third: he is scared"):
            parent.says(text)
        answers = [await parent.text(timeout=15) for _ in range(3)]
        assert all("What Sam may be feeling" in a for a in answers)
        await parent.no_more_replies(0.5)
        refused = telegram.calls("sendMessage", status=429)
        after = [c for c in telegram.calls("sendMessage") if c["seq"] > refused[0]["seq"]]
        assert after[0]["time"] - refused[0]["time"] >= 1.0  # no request before retry_after
        await telegram.wait_until(lambda: bot.app.journal.depth == 0, timeout=5)


async def test_the_token_is_in_no_log_line_or_error(
    tmp_path: Path, telegram: TelegramEmulator, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = TOKEN.split(":")[1]
    errors: list[str] = []
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        bot.system.events.add_listener(
            lambda e: errors.append(f"{e.error} {e.traceback}") if isinstance(e, Crashed)
            else None)
        telegram.add_fault(method="sendMessage", code=502, description="Bad Gateway", times=1)
        telegram.add_fault(method="getUpdates", mode="drop", times=1)
        telegram.add_fault(method="sendMessage", mode="hang", times=1)
        parent = bot.parent(608)
        await onboard_en(parent)
        parent.says("he slammed the door")
        await parent.text(timeout=20)
        parent.says("/delete")
        await parent.reply()
        parent.taps(TEXTS["btn_delete_yes"]["en"])
        await parent.text()
        bot.system.ref("telegram_poller")  # still there
    text = caplog.text + "\n".join(errors) + repr(bot.app) + repr(bot.settings)
    assert secret not in text
    assert TOKEN not in text
    assert caplog.records  # the run really logged


async def onboard_en(parent: Parent, *, age: str = "6", last_reply: bool = True) -> None:
    """Onboard in English with one child, Sam; ``last_reply=False`` leaves the answer to
    the age to the caller."""
    await onboard(parent, "en", "Sam", age, last_reply=last_reply)


async def test_a_chat_past_its_hour_of_claude_gets_basic_mode_and_every_message_an_answer(
    tmp_path: Path, telegram: TelegramEmulator, claude: AnthropicEmulator,
) -> None:
    settings = bot_settings(tmp_path, telegram, claude, dialogs={"claude_per_hour": 2})
    async with running_bot(settings, telegram, store=onboarded(609, 610)) as bot:
        parent, other = bot.parent(609), bot.parent(610)
        answers = []
        for text in ("he hit me", "he cried", "he threw a toy", "he is scared"):
            parent.says(text)
            answers.append(await parent.text())
        assert [BASIC["en"] in a for a in answers] == [False, False, True, True]
        other.says("she is angry")  # another chat keeps its own budget
        assert BASIC["en"] not in await other.text()
    assert len(claude.requests) == 3
