"""The whole bot, really started: the application tree against the Telegram emulator (and,
when a test asks, the Anthropic emulator), with a real journal on disk.

``running_bot`` starts it; ``Parent`` plays one parent in one private chat: ``says``,
``taps``, and ``reply()`` waits for the bot's next message in that chat.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import pytest

from actors.dialogs import TEXTS, Family, MemoryFamilyStore
from actors.dialogs._actor import Fault
from app import App, build_tree, open_app
from chaos.emulators.anthropic import AnthropicEmulator
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from config.settings import Settings, load_settings
from runtime import ActorSystem, WallClock, system_clock

TOKEN = make_test_token(777001, "E2E")
ANTHROPIC_KEY = "sk-ant-e2e-test-key-0123456789"


@pytest.fixture
async def telegram() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=700_000) as emu:
        yield emu


@pytest.fixture
async def claude() -> AsyncIterator[AnthropicEmulator]:
    async with AnthropicEmulator(port=0, api_key=ANTHROPIC_KEY) as emu:
        yield emu


def bot_settings(
    tmp_path: Path, telegram: TelegramEmulator, claude: AnthropicEmulator | None = None,
    **sections: dict[str, Any],
) -> Settings:
    overrides: dict[str, dict[str, Any]] = {
        "telegram": {
            "base_url": telegram.base_url, "journal_dir": str(tmp_path / "journal"),
            "poll_timeout": 1, "stall_margin": 5.0, "backoff_min": 0.01, "backoff_max": 0.2,
            "conflict_delay": 0.05, "chat_rate": 50.0, "chat_burst": 10,
            # The emulator shares the test's event loop: on a loaded machine a reply answered
            # after a 1 s timeout was sent again, and the tests that count replies counted a
            # duplicate (the documented window of a timeout after the request was written).
            "typing_interval": 0.2, "request_timeout": 5.0,
        },
        "database": {"spool_dir": str(tmp_path / "spool")},
        # No nightly backup unless a test asks for one: after 03:00 UTC every bot would
        # dump and verify at start, into the repository's var/backups.
        "scheduler": {"backup_dir": None},
        "health": {"enabled": False},
        "dialogs": {"shards": 4},
        "translator": {"workers": 2, "answer_within": 8.0, "ask_timeout": 10.0},
    }
    if claude is not None:
        overrides["anthropic"] = {"api_key": ANTHROPIC_KEY, "base_url": claude.base_url,
                                  "timeout": 2.0, "max_retries": 0}
    for name, values in sections.items():
        overrides.setdefault(name, {}).update(values)
    return load_settings(env={}, overrides=overrides)


@dataclass
class Bot:
    settings: Settings
    app: App
    system: ActorSystem
    telegram: TelegramEmulator
    store: Any

    def parent(self, chat_id: int, language_code: str = "en") -> Parent:
        return Parent(self.telegram, chat_id, language_code)

    async def family(self, chat_id: int) -> Family | None:
        return await self.store.get(chat_id)


@contextlib.asynccontextmanager
async def running_bot(
    settings: Settings, telegram: TelegramEmulator, *, fault: Fault | None = None,
    store: MemoryFamilyStore | None = None, persistent: bool = False,
    clock: WallClock = system_clock,
) -> AsyncIterator[Bot]:
    """The bot; ``persistent``: with the real store (cache + spool + PostgreSQL from the
    settings) instead of the in-memory one; ``clock``: the wall clock of every component
    (dates of diary entries, the scheduler's due times)."""
    if not persistent:
        store = store if store is not None else MemoryFamilyStore()
    async with (
        open_app(settings, TOKEN, store=store, dialogs_fault=fault, clock=clock) as app,
        ActorSystem.start(build_tree(app)) as system,
    ):
        await telegram.wait_polling(timeout=10)
        yield Bot(settings, app, system, telegram, app.store)


@dataclass
class Parent:
    """One parent in a private chat (chat id == user id)."""

    emu: TelegramEmulator
    chat_id: int
    language_code: str = "en"
    seen: int = 0
    updates: list[int] = field(default_factory=list)

    def says(self, text: str) -> int:
        result = self.emu.user_says(self.chat_id, text, language_code=self.language_code)
        self.updates.append(result["update_id"])
        return int(result["update_id"])

    def bot_messages(self) -> list[dict[str, Any]]:
        return [m for m in self.emu.transcript(self.chat_id) if m["from"].get("is_bot")]

    async def reply(self, timeout: float = 10.0) -> dict[str, Any]:
        """The bot's next message in this chat (waits for it)."""
        wanted = self.seen + 1
        await self.emu.wait_until(lambda: len(self.bot_messages()) >= wanted, timeout=timeout)
        self.seen = wanted
        return self.bot_messages()[wanted - 1]

    async def text(self, timeout: float = 10.0) -> str:
        return str((await self.reply(timeout))["text"])

    async def no_more_replies(self, wait: float = 0.3) -> None:
        """Nothing else arrives for ``wait`` seconds (checks for doubled replies)."""
        await anyio.sleep(wait)
        extra = self.bot_messages()[self.seen:]
        assert extra == [], f"unexpected replies: {[m['text'][:60] for m in extra]}"

    def taps(self, label: str) -> None:
        """Tap the button labelled ``label`` on the newest bot message that has it."""
        for message in reversed(self.bot_messages()):
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label:
                        self.emu.tap_button(self.chat_id, message["message_id"],
                                            data=button["callback_data"])
                        return
        raise AssertionError(f"no button {label!r} in chat {self.chat_id}")

    def buttons(self, message: dict[str, Any]) -> list[str]:
        return [b["text"] for row in message.get("reply_markup", {}).get("inline_keyboard", [])
                for b in row]

    def taps_first(self, prefix: str) -> str:
        """Tap the first button whose label starts with ``prefix`` on the newest bot message
        that has one; its label."""
        for message in reversed(self.bot_messages()):
            for label in self.buttons(message):
                if label.startswith(prefix):
                    self.taps(label)
                    return label
        raise AssertionError(f"no button starting with {prefix!r} in chat {self.chat_id}")


LANGUAGE_BUTTONS = {"ru": "Русский", "en": "English"}
GENDER_BUTTONS = {"boy": TEXTS["btn_boy"]["ru"], "girl": TEXTS["btn_girl"]["ru"],
                  None: TEXTS["btn_gender_skip"]["ru"]}


async def onboard(
    parent: Parent, language: str = "en", name: str = "Sam", age: str = "6", *,
    gender: str | None = None, last_reply: bool = True,
) -> str:
    """Onboard through the bot: /start, the language, the consent button, the suggested
    time zone, the child's name, the age and (in Russian) the gender; each answer is
    waited for. Returns the last answer's text ("" when ``last_reply`` is false: the
    caller waits for it)."""
    parent.says("/start")
    await parent.reply()
    parent.taps(LANGUAGE_BUTTONS[language])
    assert TEXTS["btn_consent"][language] in parent.buttons(  # type: ignore[index]
        await parent.reply())
    parent.taps(TEXTS["btn_consent"][language])  # type: ignore[index]
    await parent.reply()
    parent.taps_first("🕒")
    await parent.reply()
    parent.says(name)
    await parent.reply()
    parent.says(age)
    if language == "ru":
        await parent.reply()
        parent.taps(GENDER_BUTTONS[gender])
    return await parent.text() if last_reply else ""
