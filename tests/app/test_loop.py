"""The bot's event loop: ``[runtime] loop`` picks uvloop (the default) or the stock asyncio
loop; ``family-emotions run`` reads it before the loop starts; the whole bot tree (poller,
journal with its fsync threads, dialogs, sender, the health server's own thread) runs and
answers on either; without uvloop the bot runs on the stock loop and says so."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import socket
import sys
from pathlib import Path

import pytest
import uvloop

import app._cli as cli
from app._loop import loop_options, run_async
from chaos.emulators.telegram import TelegramEmulator
from config.settings import load_settings
from tests.e2e.conftest import TOKEN, Parent, bot_settings, running_bot

CHAT = 424242


def test_the_default_loop_is_uvloop() -> None:
    assert load_settings(env={}).runtime.loop == "uvloop"
    assert load_settings(env={"FE_RUNTIME__LOOP": "asyncio"}).runtime.loop == "asyncio"
    assert loop_options("uvloop") == {"use_uvloop": True}
    assert loop_options("asyncio") == {}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def health_live(port: int) -> bytes:
    """The status line of ``GET /health/live`` (retried while the server starts)."""
    for _ in range(200):
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.025)
            continue
        writer.write(b"GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        line = await reader.readline()
        writer.close()
        return line
    return b""


@pytest.mark.parametrize("loop", ["uvloop", "asyncio"])
def test_the_bot_tree_answers_on_the_loop_named(tmp_path: Path, loop: str) -> None:
    port = free_port()

    async def main() -> tuple[type, str, bytes]:
        async with TelegramEmulator(TOKEN, flood=False, first_update_id=900_000) as emu:
            settings = bot_settings(tmp_path, emu, health={"enabled": True, "port": port},
                                    runtime={"loop": loop})
            async with running_bot(settings, emu):
                parent = Parent(emu, CHAT, "en")
                parent.says("/start")
                text = str((await parent.reply())["text"])
                live = await health_live(port)  # served from its own thread and loop
                return type(asyncio.get_running_loop()), text, live

    loop_type, text, live = run_async(main, loop="uvloop" if loop == "uvloop" else "asyncio")
    assert issubclass(loop_type, uvloop.Loop) is (loop == "uvloop")
    assert text  # the welcome: polled, journaled, handled and sent on this loop
    assert live.startswith(b"HTTP/1.1 200")


@pytest.mark.parametrize(("env", "uv"), [({}, True), ({"FE_RUNTIME__LOOP": "asyncio"}, False)])
def test_the_run_command_starts_the_loop_the_settings_name(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], uv: bool,
) -> None:
    for name in [n for n in os.environ if n.startswith("FE_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    seen: list[type] = []

    async def fake_run_bot(config: str | None, servers: bool) -> int:
        seen.append(type(asyncio.get_running_loop()))
        return 0

    monkeypatch.setattr(cli, "_run_bot", fake_run_bot)
    assert cli._run(argparse.Namespace(config=None, no_servers=True)) == 0
    assert issubclass(seen[0], uvloop.Loop) is uv


def test_without_uvloop_the_stock_loop_runs_and_a_warning_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setitem(sys.modules, "uvloop", None)  # import uvloop raises ImportError

    async def which() -> type:
        return type(asyncio.get_running_loop())

    with caplog.at_level(logging.WARNING, logger="app._loop"):
        loop_type = run_async(which, loop="uvloop")
    assert not issubclass(loop_type, uvloop.Loop)
    assert "uvloop is not installed" in caplog.text
