"""What the offline bot does not load: a bot without an Anthropic key, started for real
(the application tree on uvloop, the health server on) and answering a message, has not
imported the Anthropic SDK, its pydantic and httpx, trio or plotting libraries. Each
would cost idle memory (the SDK alone about 60 MB) for nothing. Checked in a fresh
interpreter, since the test session itself imports them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("anthropic", "httpx", "httpcore", "pydantic", "pydantic_core", "jiter", "trio",
         "matplotlib", "numpy")

PROBE = """
import json, sys, tempfile
from pathlib import Path
from app._loop import run_async
from chaos.emulators.telegram import TelegramEmulator
from tests.e2e.conftest import TOKEN, Parent, bot_settings, running_bot

async def main() -> str:
    async with TelegramEmulator(TOKEN, flood=False) as emu:
        settings = bot_settings(Path(tempfile.mkdtemp()), emu,
                                health={"enabled": True, "port": 0})
        async with running_bot(settings, emu):
            parent = Parent(emu, 5151, "en")
            parent.says("/start")
            return str((await parent.reply())["text"])

text = run_async(main)
print(json.dumps({"replied": bool(text),
                  "loaded": [m for m in HEAVY if m in sys.modules]}))
"""


def test_the_offline_bot_loads_no_sdk_it_does_not_use() -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("FE_") and k != "ANTHROPIC_API_KEY"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{PROBE}"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"replied": True, "loaded": []}


BOT_TREE = ("app._tree", "actors.crisis", "actors.translator", "actors.scheduler",
            "chaos.emulators.telegram")
HELP = """
import contextlib, io, json, sys
from app import main
for argv in (["--help"], ["status", "--help"]):
    with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
        main(argv)
print(json.dumps([m for m in BOT_TREE if m in sys.modules]))
"""


def test_the_command_lines_help_loads_nothing_of_the_bot() -> None:
    """``family-emotions --help`` and ``status`` (what an on-call engineer types) build the
    parser without the bot's tree, its dictionaries and models: those load in the
    handlers that run the bot, about a second later."""
    done = subprocess.run([sys.executable, "-c", f"BOT_TREE = {BOT_TREE!r}\n{HELP}"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


CLAUDE = """
import gc, json, sys, tempfile
from pathlib import Path
import anyio
from app import run_bot
from app._loop import run_async
from chaos.emulators.anthropic import AnthropicEmulator
from chaos.emulators.telegram import TelegramEmulator
from tests.e2e.conftest import ANTHROPIC_KEY, TOKEN, Parent, bot_settings

report = {}

async def main() -> None:
    async with (TelegramEmulator(TOKEN, flood=False) as emu,
                AnthropicEmulator(port=0, api_key=ANTHROPIC_KEY) as claude):
        settings = bot_settings(Path(tempfile.mkdtemp()), emu, claude)

        async def beside(app, system) -> None:
            report["sdk_at_start"] = app.translator.claude_loaded
            with anyio.fail_after(30):
                while not app.translator.claude_loaded:
                    await anyio.sleep(0.01)
            await anyio.sleep(0.2)
            report["requests_before_a_message"] = len(claude.requests)
            report["sdk_objects_left_to_the_collector"] = sum(
                getattr(o, "__module__", None) in sys.modules
                and str(getattr(o, "__module__", "")).startswith("anthropic")
                for o in gc.get_objects())
            parent = Parent(emu, 5252, "en")
            parent.says("/start")
            await parent.reply()

        await run_bot(settings, TOKEN, beside=beside, handle_signals=False)

run_async(main)
print(json.dumps(report))
"""


def test_with_a_key_the_sdk_loads_after_the_start_and_is_frozen_with_the_rest() -> None:
    """A deployment with Claude configured does not wait for the SDK's imports (about a
    second) on its way to ready: ``run_bot`` loads it beside the running tree, with no
    message and no request, then freezes it out of the collector's reach."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("FE_") and k != "ANTHROPIC_API_KEY"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", CLAUDE], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"sdk_at_start": False, "requests_before_a_message": 0,
                      "sdk_objects_left_to_the_collector": 0}
