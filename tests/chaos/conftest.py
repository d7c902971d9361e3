"""Shared fixtures for tests/chaos."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from chaos.emulators.telegram import TelegramEmulator, make_test_token
from chaos.services import ram_tmp_root

# -- Telegram emulator (asyncio only: the test modules are marked asyncio_only) ----------------

TELEGRAM_TOKEN = make_test_token(424242, "TESTBOT")
TELEGRAM_EPOCH = 1_800_000_000.0  # the fixture's frozen clock; tests move it with advance_clock
# Plain HTTP on loopback: skipping the CA bundle saves ~30 ms per client.
NO_TLS = False


@pytest.fixture
async def telegram_emu() -> AsyncIterator[TelegramEmulator]:
    """An emulator on a free port with a frozen clock and flood control off."""
    async with TelegramEmulator(
        TELEGRAM_TOKEN, clock=lambda: TELEGRAM_EPOCH, flood=False, first_update_id=500_000_000
    ) as emu:
        yield emu


@pytest.fixture
async def telegram_api(telegram_emu: TelegramEmulator) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client whose relative URLs are Bot API methods (``await api.post("getMe")``)."""
    url = telegram_emu.api_url(TELEGRAM_TOKEN)
    async with httpx.AsyncClient(base_url=url, timeout=3, verify=NO_TLS) as c:
        yield c


@pytest.fixture
async def telegram_control(telegram_emu: TelegramEmulator) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client for the emulator's ``/_emu`` control API."""
    async with httpx.AsyncClient(base_url=telegram_emu.base_url, timeout=3, verify=NO_TLS) as c:
        yield c


@pytest.fixture
def state_dir(tmp_path: Path) -> Iterator[Path]:
    """Where the bot keeps its journal and spool: in RAM when possible (fsync stays on;
    a SIGKILL leaves the page cache intact, so nothing observable changes, but a busy
    disk cannot stretch the test)."""
    ram = ram_tmp_root()
    if ram is None:
        yield tmp_path
        return
    path = Path(tempfile.mkdtemp(prefix="fe-botkill-", dir=ram))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
