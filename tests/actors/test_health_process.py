"""The probe process (``[health] probe_process``): ``/health/live`` and ``/health/ready``
on a port of their own, answered by a small process from the board the bot's loop
writes; in the real application tree against the Telegram emulator. It answers as the
main port does, says when the bot's loop is stuck, and ends with the health actor and
with the bot's process (killed by PID)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import anyio
import httpx
import pytest

from actors.health._board import ProbeBoard
from chaos.emulators.telegram import TelegramEmulator
from chaos.services import free_port
from tests.actors.test_health import published, running, settings_for, telegram

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

__all__ = ["telegram"]  # the fixture, used by name
SCRIPT = Path(__file__).resolve().parents[2] / "actors" / "health" / "_probe_process.py"


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


async def test_the_probe_port_answers_as_the_main_port_and_goes_with_the_actor(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    port = free_port()
    async with running(settings_for(tmp_path, telegram), telegram, probe_port=port) as bot:
        await published()
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=5) as probe:
            live, ready = await probe.get("/health/live"), await probe.get("/health/ready")
            other = await probe.get("/metrics")
        main_live = await bot.get("/health/live", auth=None)
        main_ready = await bot.get("/health/ready", auth=None)
    with pytest.raises(OSError):  # the process went with the actor: nobody listens
        await anyio.connect_tcp("127.0.0.1", port)

    assert (live.status_code, live.json()) == (main_live.status_code, main_live.json())
    assert live.json()["status"] == "alive"
    assert (ready.status_code, ready.json()) == (main_ready.status_code, main_ready.json())
    assert other.status_code == 404


async def test_the_probe_port_says_when_the_bots_loop_is_stuck(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    port = free_port()
    async with running(settings_for(tmp_path, telegram), telegram, probe_port=port,
                       stale_after=0.3):
        await published()
        async with httpx.AsyncClient(timeout=2) as http:
            before = await http.get(f"http://127.0.0.1:{port}/health/live")
        during: dict[str, httpx.Response] = {}

        def probe_while_stuck() -> None:
            time.sleep(0.6)
            for path in ("/health/live", "/health/ready"):
                during[path] = httpx.get(f"http://127.0.0.1:{port}{path}", timeout=2)

        prober = threading.Thread(target=probe_while_stuck)
        prober.start()
        stuck_until = time.monotonic() + 1.2
        while time.monotonic() < stuck_until:  # the bot's event loop does not turn
            pass
        await anyio.to_thread.run_sync(prober.join)
        await published()
        async with httpx.AsyncClient(timeout=2) as http:
            after = await http.get(f"http://127.0.0.1:{port}/health/live")

    assert before.status_code == 200
    assert during["/health/live"].status_code == 503
    assert "has published nothing for" in during["/health/live"].json()["why"]
    assert during["/health/ready"].status_code == 503
    assert after.status_code == 200


def test_the_probe_process_ends_when_the_bots_process_is_killed(tmp_path: Path) -> None:
    board = ProbeBoard(str(tmp_path))
    port = free_port()
    parent_code = (
        "import os, subprocess, sys, time\n"
        f"p = subprocess.Popen([sys.executable, '-I', '-S', {str(SCRIPT)!r}, "
        f"{str(board.path)!r}, '127.0.0.1', '{port}', '5', str(os.getpid())], "
        "stdout=subprocess.PIPE)\n"
        "print(p.stdout.readline().decode().strip(), p.pid, flush=True)\n"
        "time.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", parent_code], stdout=subprocess.PIPE)
    try:
        assert parent.stdout is not None
        ready, bound, child = parent.stdout.readline().decode().split()
        assert (ready, int(bound)) == ("ready", port)
        board.publish(time.monotonic(), (200, b'{"status":"alive"}'), (200, b"{}"))
        answer = httpx.get(f"http://127.0.0.1:{port}/health/live", timeout=2)
        parent.send_signal(signal.SIGKILL)  # by PID: the bot's process dies
        parent.wait()
        deadline = time.monotonic() + 5
        while alive(int(child)) and time.monotonic() < deadline:
            time.sleep(0.05)
            with_zombie = Path(f"/proc/{child}/stat")
            if with_zombie.exists() and ") Z " in with_zombie.read_text():
                break
        gone = not alive(int(child)) or ") Z " in Path(f"/proc/{child}/stat").read_text()
        time.sleep(0.2)
        board_left = board.path.exists()
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        board.close()

    assert (answer.status_code, answer.content) == (200, b'{"status":"alive"}')
    assert gone
    assert not board_left  # the process removed the board its dead parent left
