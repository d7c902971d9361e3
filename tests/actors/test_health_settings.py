"""The health port's limits are settings (``[health] max_connections``, ``fd_reserve``,
``idle_timeout``, ``nofile_target``) and reach the server the application builds: the
tree of ``app.build_tree`` with the health actor as ``ops`` starts it, configured through
``FE_HEALTH__…`` environment variables, against the Telegram emulator."""

from __future__ import annotations

import contextlib
import resource
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import httpx
import pytest

from app import build_tree, open_app
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from chaos.services import free_port
from config.settings import Settings, load_settings
from runtime import ActorSystem

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

ROOT = Path(__file__).resolve().parents[2]
TOKEN = make_test_token(880002, "HEALTHSET")


@pytest.fixture
async def telegram() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=881_000) as emu:
        yield emu


def settings_for(tmp_path: Path, emu: TelegramEmulator, port: int, env: dict[str, str]
                 ) -> Settings:
    return load_settings(env={"FE_HEALTH__PORT": str(port), **env}, overrides={
        "telegram": {"base_url": emu.base_url, "journal_dir": str(tmp_path / "journal"),
                     "poll_timeout": 1, "request_timeout": 1.0},
        "database": {"spool_dir": str(tmp_path / "spool")},
    })


@contextlib.asynccontextmanager
async def bot(settings: Settings, telegram: TelegramEmulator) -> AsyncIterator[httpx.AsyncClient]:
    """The application's tree; the health server ``ops`` starts from the settings."""
    async with (
        open_app(settings, TOKEN) as app,
        ActorSystem.start(build_tree(app)) as system,
    ):
        assert system.ref("health")
        await telegram.wait_polling(timeout=10)
        base = f"http://127.0.0.1:{settings.health.port}"
        async with httpx.AsyncClient(base_url=base, timeout=5) as http:
            with anyio.fail_after(10):
                while True:  # the health actor binds after the tree started
                    try:
                        if (await http.get("/health/live")).status_code == 200:
                            break
                    except httpx.TransportError:
                        pass
                    await anyio.sleep(0.05)
            yield http


async def closed_within(port: int, seconds: float) -> float | None:
    """Open a connection, send nothing: how long until the server closes it (None: not
    within ``seconds``)."""
    stream = await anyio.connect_tcp("127.0.0.1", port)
    started = time.monotonic()
    try:
        with anyio.move_on_after(seconds):
            with contextlib.suppress(anyio.EndOfStream, anyio.BrokenResourceError, OSError):
                await stream.receive()
            return time.monotonic() - started
        return None
    finally:
        await stream.aclose()


async def test_max_connections_from_the_environment_caps_the_health_port(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    port = free_port()
    settings = settings_for(tmp_path, telegram, port, {"FE_HEALTH__MAX_CONNECTIONS": "5"})
    assert settings.health.max_connections == 5
    async with bot(settings, telegram) as http:
        idle = [await anyio.connect_tcp("127.0.0.1", port) for _ in range(12)]
        await anyio.sleep(0.3)
        live = await http.get("/health/live")  # evicts the oldest idle one
        closed = 0
        for stream in idle:
            with anyio.move_on_after(0.5):
                try:
                    await stream.receive()
                except (anyio.EndOfStream, anyio.BrokenResourceError, OSError):
                    closed += 1
            await stream.aclose()
        await anyio.sleep(0.3)
        scrape = (await http.get("/metrics")).text

    assert live.status_code == 200
    assert "fe_health_connection_cap 5.0" in scrape
    assert closed >= 12 - 5 + 1  # all beyond the cap, and one more for the probe's
    assert 'fe_health_connections_dropped_total{why="evicted"}' in scrape


async def test_idle_timeout_from_the_environment_closes_a_silent_connection(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    port = free_port()
    settings = settings_for(tmp_path, telegram, port, {"FE_HEALTH__IDLE_TIMEOUT": "0.3"})
    async with bot(settings, telegram):
        took = await closed_within(port, 3.0)  # the default (5 s) would keep it open

    assert took is not None
    assert took < 2.5  # 0.3 s, and the sweep that runs once a second


async def test_fd_reserve_from_the_environment_leaves_the_descriptors_to_the_bot(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft > 65_536:
        pytest.skip("the open-files limit leaves room beyond any reserve")
    port = free_port()
    settings = settings_for(tmp_path, telegram, port, {"FE_HEALTH__FD_RESERVE": "65536"})
    async with bot(settings, telegram) as http:
        scrape = (await http.get("/metrics")).text

    assert "fe_health_connection_cap 4.0" in scrape  # the floor: the probes still get in


def test_nofile_target_from_the_environment_is_what_run_bot_raises_the_limit_to() -> None:
    code = f"""
import resource, anyio
resource.setrlimit(resource.RLIMIT_NOFILE, (256, 4096))
from app import run_bot
from chaos.emulators.telegram import TelegramEmulator
from config.settings import load_settings
import tempfile

async def main():
    async with TelegramEmulator({TOKEN!r}, flood=False) as emu:
        with tempfile.TemporaryDirectory() as work:
            settings = load_settings(env={{"FE_HEALTH__NOFILE_TARGET": "2048"}}, overrides={{
                "telegram": {{"base_url": emu.base_url, "journal_dir": work + "/j",
                             "poll_timeout": 1}},
                "database": {{"spool_dir": work + "/s"}},
                "health": {{"enabled": False}}, "logging": {{"level": "ERROR"}}}})
            async def beside(app, system):
                print(*resource.getrlimit(resource.RLIMIT_NOFILE), flush=True)
            await run_bot(settings, {TOKEN!r}, beside=beside, handle_signals=False)

anyio.run(main)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-2:] == ["2048", "4096"]


async def test_the_probe_process_from_the_environment_answers_on_its_port(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    port, probe_port = free_port(), free_port()
    settings = settings_for(tmp_path, telegram, port, {
        "FE_HEALTH__PROBE_PROCESS": "true", "FE_HEALTH__PROBE_PORT": str(probe_port)})
    async with (
        bot(settings, telegram),
        httpx.AsyncClient(base_url=f"http://127.0.0.1:{probe_port}") as probe,
    ):
        with anyio.fail_after(10):
            while True:
                try:
                    live = await probe.get("/health/live")
                    break
                except httpx.TransportError:
                    await anyio.sleep(0.05)

    assert live.status_code == 200
    assert live.json()["status"] == "alive"
