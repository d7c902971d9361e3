"""Three replicas of the bot (real processes) on one real PostgreSQL and Redis, polling the
Telegram emulator (in this process) under a steady load of synthetic parents: the lease
elects one poller; it is SIGKILLed, a standby takes over; the new leader is then paused
(SIGSTOP) past its lease and resumed (the fencing case), and another takes over again.

Asserted with the Jepsen check of chaos/load.py: no acknowledged update lost, nothing
unexpected, duplicate replies no more than the replies in flight at the kill and at the
pause (each duplicate one of them), every chat's replies in the order of its phrases, at
most one replica polling at a time (no 409 from Telegram), and a failover within the
lease timeout plus a renewal and a margin. The failover times and counts are printed
(``pytest -s``).
"""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import asyncpg  # type: ignore[import-untyped]
import pytest

from actors.db_writer import migrate
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from chaos.load import JepsenReport, SyntheticParents, onboard_all
from tests.chaos.bot_process import BotProcess, busy, wait_for_rows

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only, pytest.mark.slow]

TOKEN = make_test_token(777503, "CHAOSREPLICAS")
PARENTS = list(range(96_001, 96_009))  # 8 parents
RATE = 30.0  # phrases per second, all parents together
LEASE_TTL = 1.5
RENEW = 0.25
LOAD = 1.5  # seconds of load before each fault, and after the last one
REPLICAS = 3
RECORD_WINDOW = 0.25  # a reply this recent at a kill may be unrecorded (test_bot_kill)
FAILOVER_LIMIT = LEASE_TTL + RENEW + 2.0  # what the test accepts; printed as measured


class Replica:
    """One replica: its own state directory and log, started and killed by PID."""

    def __init__(self, index: int, root: Path, emu: TelegramEmulator, dsn: str,
                 redis_url: str) -> None:
        self.id = f"r{index}"
        state = root / self.id
        state.mkdir()
        self.bot = BotProcess(state, emu, dsn, redis_url, root / f"{self.id}.log", TOKEN)
        self.bot.env.update({
            "FE_REPLICAS__ENABLED": "true", "FE_REPLICAS__ID": self.id,
            "FE_REPLICAS__LEASE_TTL": str(LEASE_TTL),
            "FE_REPLICAS__RENEW_INTERVAL": str(RENEW),
        })
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = self.bot.start()

    def signal(self, signum: signal.Signals) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signum)


async def leader(dsn: str) -> tuple[str, int]:
    conn = await asyncpg.connect(dsn)
    try:
        row = await conn.fetchrow(
            "SELECT holder, epoch FROM telegram_leases WHERE expires_at > clock_timestamp()")
    finally:
        await conn.close()
    return (str(row["holder"]), int(row["epoch"])) if row is not None else ("", 0)


async def next_leader(dsn: str, than: int, timeout: float) -> tuple[str, int]:
    with anyio.fail_after(timeout):
        while True:
            holder, epoch = await leader(dsn)
            if epoch > than:
                return holder, epoch
            await anyio.sleep(0.05)


def in_flight(parents: SyntheticParents, at: float) -> set[int]:
    """Updates sent and unanswered at ``at``, plus those answered within RECORD_WINDOW
    before it (test_bot_kill's count: a reply whose key was not recorded yet)."""
    report = parents.check()
    replied = report.first_reply_at
    unanswered = {s.update_id for s in parents.sent} - replied.keys()
    recent = {u for u, t in replied.items() if t >= at - RECORD_WINDOW}
    return unanswered | recent


def first_answer_after(parents: SyntheticParents, report: JepsenReport, at: float) -> float:
    """Seconds from ``at`` to the first reply to a phrase sent after ``at``: what a
    parent waits at worst across the failover."""
    times = [report.first_reply_at[s.update_id] for s in parents.sent
             if s.at >= at and s.update_id in report.first_reply_at]
    return min(times) - at if times else float("nan")


def order_violations(parents: SyntheticParents, report: JepsenReport) -> list[int]:
    """Updates whose first reply came before the first reply of an earlier update of
    the same chat."""
    wrong = []
    for chat in parents.chat_ids:
        last = 0.0
        for sent in sorted((s for s in parents.sent if s.chat_id == chat),
                           key=lambda s: s.update_id):
            at = report.first_reply_at.get(sent.update_id)
            if at is None:
                continue
            if at < last:
                wrong.append(sent.update_id)
            last = max(last, at)
    return wrong


@pytest.fixture
def replicas(state_dir: Path) -> Iterator[list[Replica]]:
    made: list[Replica] = []
    yield made
    for replica in made:
        if replica.proc is not None and replica.proc.poll() is None:
            os.kill(replica.proc.pid, signal.SIGCONT)
        replica.bot.close()


async def test_three_replicas_fail_over_on_kill_and_fence_a_paused_leader(
    tmp_path: Path, state_dir: Path, pg_dsn: str, redis_url: str, replicas: list[Replica],
) -> None:
    await migrate(pg_dsn)
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=960_000) as emu:
        replicas.extend(Replica(i, state_dir, emu, pg_dsn, redis_url) for i in range(REPLICAS))
        by_id = {r.id: r for r in replicas}
        try:
            phases = [("start", time.monotonic())]
            for replica in replicas:
                replica.start()
            await emu.wait_polling(timeout=30)
            first, epoch = await leader(pg_dsn)
            assert first in by_id
            phases.append(("onboarding", time.monotonic()))
            await onboard_all(emu, PARENTS, timeout=20)
            phases.append(("load and faults", time.monotonic()))
            parents = SyntheticParents(emu, PARENTS, rate=RATE)
            async with parents.running():
                await anyio.sleep(LOAD)
                await busy(parents)
                # -- kill -9 the leader (nothing awaits between the kill and the counts)
                by_id[first].signal(signal.SIGKILL)
                killed_at = emu.now()
                at_kill = in_flight(parents, killed_at)
                second, epoch2 = await next_leader(pg_dsn, epoch, FAILOVER_LIMIT + 3)
                kill_lease = emu.now() - killed_at
                by_id[first].start()  # the service manager brings it back: a standby now
                await anyio.sleep(LOAD)
                await busy(parents)
                # -- pause the new leader past its lease, then resume it (fencing)
                by_id[second].signal(signal.SIGSTOP)
                stopped_at = emu.now()
                at_stop = in_flight(parents, stopped_at)
                third, epoch3 = await next_leader(pg_dsn, epoch2, FAILOVER_LIMIT + 3)
                stop_lease = emu.now() - stopped_at
                await anyio.sleep(0.5)
                by_id[second].signal(signal.SIGCONT)
                await anyio.sleep(LOAD)
            phases.append(("settle", time.monotonic()))
            await parents.settle(timeout=40)
            acked = parents.acknowledged()
            rows = await wait_for_rows(pg_dsn, {f"u{u}" for u in acked})
            report = parents.check(rows=rows)
            phases.append(("end", time.monotonic()))
        except BaseException:
            for replica in replicas:
                print(f"--- {replica.id}\n{replica.bot.log_tail(25)}")
            raise
        kill_failover = first_answer_after(parents, report, killed_at)
        stop_failover = first_answer_after(parents, report, stopped_at)
        conflicts = len(emu.calls("getUpdates", status=409))
    flight = at_kill | at_stop
    paused_log = by_id[second].bot.log.read_text(errors="replace")
    fenced = paused_log.count("not sent: ")
    print(f"[replicas] the paused replica {second} after it resumed: "
          f"{'its term ended' if f'term {epoch2} over' in paused_log else 'no term end?'}, "
          f"{fenced} replies fenced")
    wrong = order_violations(parents, report)
    print(f"\n[replicas] leaders {first} (epoch {epoch}) -> kill -9 -> {second} (epoch "
          f"{epoch2}) -> SIGSTOP -> {third} (epoch {epoch3})")
    print(f"[replicas] failover (lease_ttl {LEASE_TTL} s, renew {RENEW} s): kill -9: "
          f"lease taken {kill_lease:.2f} s, first answer to a phrase sent after the kill "
          f"{kill_failover:.2f} s; SIGSTOP: lease taken {stop_lease:.2f} s, first answer "
          f"{stop_failover:.2f} s")
    print(f"[replicas] in flight: {len(at_kill)} at the kill, {len(at_stop)} at the pause; "
          f"duplicates {report.duplicates} (updates {sorted(report.duplicated)}); order "
          f"violations {len(wrong)}; 409s {conflicts}")
    print(f"[replicas] {report.summary()}")
    print("[replicas] phases: " + ", ".join(
        f"{name} {end - start:.1f} s" for (name, start), (_, end) in itertools.pairwise(phases)))
    assert report.attempted >= RATE * LOAD * 3 * 0.8
    assert report.unknown == 0
    assert not report.lost, f"acknowledged without a reply: {report.lost[:10]}"
    assert not report.unexpected, f"unexpected bot messages: {report.unexpected[:5]}"
    assert report.duplicates <= len(flight)
    assert report.duplicated.keys() <= flight, "a reply finished before a fault came again"
    assert not wrong, f"replies out of order in their chat: {wrong[:10]}"
    assert not report.rows_lost, f"acknowledged without a diary row: {report.rows_lost[:10]}"
    assert not report.rows_unexpected
    assert not report.rows_duplicated
    assert kill_failover <= FAILOVER_LIMIT
    assert stop_failover <= FAILOVER_LIMIT
    assert third != second
    assert f"term {epoch2} over" in paused_log, "the resumed replica did not stand down"
    assert conflicts == 0, "two replicas polled at once"
