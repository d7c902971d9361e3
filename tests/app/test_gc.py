"""While the bot runs, the garbage collector runs rarely (``app.GC_THRESHOLDS``-like
thresholds, set by ``run_bot`` after its ``gc.freeze``), and the thresholds the process
had are back when the bot stops."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from actors.dialogs import MemoryFamilyStore
from app import App, run_bot
from app._tree import GC_THRESHOLDS
from chaos.emulators.telegram import TelegramEmulator
from runtime import ActorSystem
from tests.e2e.conftest import TOKEN, bot_settings

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]


async def test_the_collector_runs_rarely_while_the_bot_runs(tmp_path: Path) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []

    async def beside(app: App, system: ActorSystem) -> None:
        seen.append(gc.get_threshold())

    async with TelegramEmulator(TOKEN, flood=False) as emu:
        code = await run_bot(bot_settings(tmp_path, emu), TOKEN, beside=beside,
                             handle_signals=False, store=MemoryFamilyStore())
    assert code == 0
    assert seen == [GC_THRESHOLDS]
    assert GC_THRESHOLDS[0] >= 10_000  # not Python's 700: a collection every few updates
    assert gc.get_threshold() == before
