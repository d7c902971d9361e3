"""The local modes on the built-in Telegram emulator: ``run`` without a token (a chat in
the terminal where you type as the parent) and ``demo --script`` (a scripted
conversation printed as a transcript)."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.lowlevel

from chaos.emulators.telegram import TelegramEmulator, make_test_token
from runtime import ActorSystem

from ._settings import load
from ._tree import App, run_bot

PARENT_ID = 1001
"""The terminal parent's Telegram user id (= private chat id) in the emulator."""


async def with_emulator(
    config: str | None,
    body: Callable[[TelegramEmulator, App, ActorSystem], Awaitable[None]],
    extra: dict[str, dict[str, Any]],
) -> int:
    token = make_test_token(7_000_001, "FAMILYEMOTIONSLOCAL")
    # seed=None: the first update id is random, as Telegram's is after a long silence,
    # so a var dir whose journal forgot the last run's ids still meets new ones.
    async with TelegramEmulator(token, flood=False, seed=None) as emu:
        # The emulator has no flood control here: a snappy chat beats Telegram's 1/s.
        telegram: dict[str, Any] = {"base_url": emu.base_url, "poll_timeout": 10,
                                    "chat_rate": 20.0, "chat_burst": 10}
        overrides = {**extra, "telegram": {**extra.get("telegram", {}), **telegram},
                     "health": {"port": 0}}  # local mode: any free port, never a clash
        settings = load(config, **overrides)

        async def beside(app: App, system: ActorSystem) -> None:
            await emu.wait_polling(timeout=10)
            # The emulator starts afresh; the journal under the var dir remembers the ids
            # of the last run. Going on after them, no new update looks like a replay.
            last = app.journal.last_update_id
            if last is not None:
                emu.jump_update_ids(last + 1)
            await body(emu, app, system)

        return await run_bot(settings, token, beside=beside)


class _Chat:
    """The bot's side of the emulated chat, as the terminal shows it."""

    def __init__(self, emu: TelegramEmulator) -> None:
        self.emu = emu
        self.shown = 0
        self.buttons: list[tuple[int, str, str]] = []  # (message_id, label, data)

    def bot_messages(self) -> list[dict[str, Any]]:
        return [m for m in self.emu.transcript(PARENT_ID) if m["from"].get("is_bot")]

    def show_new(self, out: Callable[[str], None]) -> int:
        messages = self.bot_messages()
        for message in messages[self.shown:]:
            out(_format_bot(message))
            keyboard = message.get("reply_markup", {}).get("inline_keyboard", [])
            if keyboard:
                self.buttons = [(message["message_id"], b["text"], b["callback_data"])
                                for row in keyboard for b in row]
                out("      " + "  ".join(f"[{i}] {label}"
                                         for i, (_, label, _) in enumerate(self.buttons, 1)))
        new = len(messages) - self.shown
        self.shown = len(messages)
        return new

    def tap(self, label_or_number: str) -> bool:
        for i, (message_id, label, data) in enumerate(self.buttons, 1):
            if label_or_number in (str(i), label):
                self.emu.tap_button(PARENT_ID, message_id, data=data)
                return True
        return False

    async def wait_reply(self, timeout: float) -> bool:
        """Until the bot has written something new (True), or ``timeout`` (False)."""
        shown = self.shown
        try:
            await self.emu.wait_until(lambda: len(self.bot_messages()) > shown, timeout=timeout)
        except TimeoutError:
            return False
        await anyio.sleep(0.05)  # a split reply's later parts follow within milliseconds
        return True


def _format_bot(message: dict[str, Any]) -> str:
    text = str(message.get("text", ""))
    return "bot> " + text.replace("\n", "\n     ")


async def terminal_chat(emu: TelegramEmulator, app: App, system: ActorSystem) -> None:
    chat = _Chat(emu)
    print("Family Emotions, local mode: the built-in Telegram emulator, "
          + ("Claude" if app.settings.anthropic.api_key else "the offline translator")
          + ".\nType as the parent; type a button's number to tap it; Ctrl-D quits.\n",
          flush=True)
    emu.user_says(PARENT_ID, "/start", language_code=_locale_language())

    async def printer() -> None:
        while True:
            await chat.wait_reply(timeout=3600)
            chat.show_new(lambda line: print(line, flush=True))

    lines = _stdin_lines()
    async with anyio.create_task_group() as tg:
        tg.start_soon(printer)
        async for line in lines:
            text = line.strip()
            if text and not chat.tap(text):
                emu.user_says(PARENT_ID, text)
        await _settle(emu, app)  # input ended: let the last answers arrive, then quit
        chat.show_new(lambda line: print(line, flush=True))
        tg.cancel_scope.cancel()


async def _settle(emu: TelegramEmulator, app: App, timeout: float = 30.0) -> None:
    """Until every update the emulator holds was answered (the journal has nothing pending
    and nothing is queued for Telegram), or ``timeout``."""
    with anyio.move_on_after(timeout):
        while True:
            queued = emu.state()["pending_update_count"]
            if not queued and app.journal.depth == 0 and not any(app.outbox.queues.values()):
                return
            await anyio.sleep(0.05)


def _stdin_lines() -> Any:
    """Lines typed by the parent, read by a daemon thread: a blocked ``readline`` never
    keeps the process alive after Ctrl-C (a worker thread of anyio's would)."""
    send, receive = anyio.create_memory_object_stream[str](16)
    token = anyio.lowlevel.current_token()

    def read() -> None:
        with contextlib.suppress(anyio.RunFinishedError, anyio.BrokenResourceError):
            for line in sys.stdin:
                anyio.from_thread.run(send.send, line, token=token)
            anyio.from_thread.run_sync(send.close, token=token)

    threading.Thread(target=read, name="stdin", daemon=True).start()
    return receive


def _locale_language() -> str:
    lang = os.environ.get("LANG", "") or os.environ.get("LC_ALL", "")
    return "ru" if lang.lower().startswith("ru") else "en"


def read_script(path: str) -> list[str]:
    """Script lines: text the parent sends, ``[label]`` to tap a button, ``#`` comments,
    ``<empty>`` for an empty message, ``<sticker>`` for a non-text one."""
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f
                if line.strip() and not line.lstrip().startswith("#")]


async def play_script(emu: TelegramEmulator, app: App, steps: list[str]) -> None:
    chat = _Chat(emu)
    out: Callable[[str], None] = lambda line: print(line, flush=True)  # noqa: E731
    for step in steps:
        text = step.strip()
        if text.startswith("[") and text.endswith("]"):
            label = text[1:-1]
            out(f"parent taps [{label}]")
            if not chat.tap(label):
                out(f"   (no button [{label}] on the screen)")
                continue
        else:
            out(f"parent> {text}")
            emu.user_says(PARENT_ID, text, language_code="en")
        if not await chat.wait_reply(timeout=15):
            out("   (no reply)")
        chat.show_new(out)
    out(f"-- {len(chat.bot_messages())} bot messages; updates pending: {app.journal.depth}")


