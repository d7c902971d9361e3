"""The health port under a flood of slow and idle clients: ``family-emotions run`` as a
real process held to 1,024 open files (soft and hard, so it cannot raise them), on real
PostgreSQL and Redis, with 1,100 loopback clients holding connections to its health port
(``tests/chaos/flood_clients.py``, a process of its own: half idle, half sending a header
line a second; each opened again a second after the bot closes it) while 20 synthetic
parents send 50 phrases a second through the emulator.

Asserted: every acknowledged phrase is answered and has its diary row in PostgreSQL (the
spool kept writing and draining), nothing in the bot's log says "Too many open files",
``/health/live`` answers 200 on a fresh connection (at least 90 % of the probes, and never
as many failures in a row as Kubernetes needs to restart a pod), and the bot's
descriptors stay a reserve below its limit. Before the connection cap, this flood took every
descriptor of the process: the probes, the replies and db_writer all failed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import anyio
import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from actors.db_writer import migrate
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from chaos.load import SyntheticParents, onboard_all
from chaos.services import free_port
from tests.chaos.bot_process import BotProcess, wait_for_rows

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only, pytest.mark.slow]

TOKEN = make_test_token(777503, "CHAOSHEALTHFLOOD")
PARENTS = list(range(96_001, 96_021))  # 20 parents
RATE = 50.0  # phrases per second, all parents together
NOFILE = 1024  # the bot's RLIMIT_NOFILE, soft and hard
CLIENTS = 1100  # more connections than the bot has descriptors
REOPEN = 1.0  # seconds a client waits before it connects again
FLOOD = 10.0  # seconds of flood with the parents' load
PROBE_EVERY = 0.2
FAILURE_THRESHOLD = 3  # consecutive failed liveness probes before Kubernetes restarts a pod
RESERVE = 128  # descriptors the bot must always have left
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Probes:
    answers: list[tuple[int, float]] = field(default_factory=list)
    """(HTTP status or 0 for no answer, seconds) of each /health/live on a fresh
    connection."""
    errors: list[str] = field(default_factory=list)


async def probe_live(port: int, probes: Probes) -> None:
    """``/health/live`` on a fresh connection every ``PROBE_EVERY`` seconds."""
    limits = httpx.Limits(max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=3.0,
                                 limits=limits) as http:
        while True:
            started = time.perf_counter()
            try:
                status = (await http.get("/health/live")).status_code
            except httpx.HTTPError as error:
                status = 0
                probes.errors.append(repr(error))
            probes.answers.append((status, time.perf_counter() - started))
            await anyio.sleep(PROBE_EVERY)


def start_flood(port: int) -> subprocess.Popen[str]:
    """The clients of ``tests/chaos/flood_clients.py`` against ``port``, for the flood's
    duration and a little more."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.chaos.flood_clients", str(port), str(CLIENTS),
         str(FLOOD + 2)], cwd=ROOT, stdout=subprocess.PIPE, text=True)


def longest_failure_run(statuses: list[int]) -> int:
    longest = run = 0
    for status in statuses:
        run = 0 if status == 200 else run + 1
        longest = max(longest, run)
    return longest


def descriptors(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


async def scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    async with httpx.AsyncClient(timeout=5.0) as http:
        text = (await http.get(f"http://127.0.0.1:{port}/metrics")).text
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for f in text_string_to_metric_families(text) for s in f.samples}


async def test_a_flood_of_idle_and_slow_clients_on_the_health_port_takes_nothing_down(
    tmp_path: Path, state_dir: Path, pg_dsn: str, redis_url: str,
) -> None:
    await migrate(pg_dsn)
    port = free_port()
    probes = Probes()
    most_fds = 0
    flooder: subprocess.Popen[str] | None = None
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=960_000) as emu:
        bot = BotProcess(state_dir, emu, pg_dsn, redis_url, tmp_path / "bot.log", TOKEN)
        bot.env["FE_HEALTH__PORT"] = str(port)
        try:
            proc = bot.start(nofile=NOFILE)
            await emu.wait_polling(timeout=30)
            await onboard_all(emu, PARENTS, timeout=20)
            flooder = start_flood(port)
            assert flooder.stdout is not None
            with anyio.fail_after(40):
                assert await anyio.to_thread.run_sync(flooder.stdout.readline) == "ready\n"
            async with anyio.create_task_group() as tg:
                tg.start_soon(probe_live, port, probes)
                parents = SyntheticParents(emu, PARENTS, rate=RATE)
                async with parents.running():
                    deadline = anyio.current_time() + FLOOD
                    while anyio.current_time() < deadline:
                        fds = await anyio.to_thread.run_sync(descriptors, proc.pid)
                        most_fds = max(most_fds, fds)
                        await anyio.sleep(0.1)
                metrics = await scrape(port)
                tg.cancel_scope.cancel()
            out, _ = await anyio.to_thread.run_sync(lambda: flooder.communicate(timeout=30))
            flood = json.loads(out.strip().splitlines()[-1])
            await parents.settle(timeout=40)
            acked = parents.acknowledged()
            rows = await wait_for_rows(pg_dsn, {f"u{u}" for u in acked})
            report = parents.check(rows=rows)
            assert proc.poll() is None, "the bot died"
        except BaseException:
            print(bot.log_tail())
            raise
        finally:
            if flooder is not None and flooder.poll() is None:
                flooder.kill()  # by its PID, with the test's other processes
            await anyio.to_thread.run_sync(bot.close)
    log = bot.log.read_text(errors="replace")
    statuses = [status for status, _ in probes.answers]
    slowest = max(seconds for _, seconds in probes.answers)
    cap = metrics[("fe_health_connection_cap", ())]
    evicted = metrics.get(("fe_health_connections_dropped_total", (("why", "evicted"),)), 0)
    refused = metrics.get(("fe_health_connections_dropped_total", (("why", "refused"),)), 0)
    print(f"\n[health flood] {CLIENTS} clients: {flood['opened']} connections opened, "
          f"{flood['failed']} failed to connect, {flood['closed_by_server']} closed by the "
          f"bot, at most {flood['most_open']} open at once from their side; the bot's cap "
          f"{cap:.0f}, "
          f"{evicted:.0f} evicted, {refused:.0f} refused; its descriptors at most "
          f"{most_fds} of {NOFILE}; /health/live {statuses.count(200)}/{len(statuses)} "
          f"answered 200, slowest {slowest * 1000:.0f} ms")
    print(f"[health flood] {report.summary()}")
    assert flood["opened"] >= CLIENTS
    assert "Too many open files" not in log
    assert 0 < most_fds <= NOFILE - RESERVE
    assert len(statuses) >= 10
    assert statuses.count(200) >= 0.9 * len(statuses), probes.errors
    assert longest_failure_run(statuses) < FAILURE_THRESHOLD, probes.errors
    assert report.attempted >= RATE * FLOOD * 0.8
    assert not report.lost, f"acknowledged without a reply: {report.lost[:10]}"
    assert not report.unexpected
    assert not report.rows_lost, f"acknowledged without a diary row: {report.rows_lost[:10]}"
    assert evicted > 0
