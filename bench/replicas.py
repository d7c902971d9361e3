"""Replicas benchmark: updates/s and reply latency with one process (no lease) and with 1,
2 and 3 replicas sharing PostgreSQL, then the failover time after kill -9 of the leader.

Run: ``.venv/bin/python bench/replicas.py [--quick] [--counts 0,1,2,3] [--ttl 6]``
(about two minutes; ``--quick`` about one). Private PostgreSQL and Redis
(chaos/services.py), the Telegram emulator in this process, the bot replicas as real
processes (``python -m app run --no-servers``) in polling mode; parents onboarded first
(chaos/load.py). For each count:

- **throughput**: ``--burst`` phrases queued at once over ``--parents`` chats, timed
  from the first to the last answer: updates per second end to end (getUpdates, the
  fenced commit, dialogs, the offline translator, the reply claim, sendMessage);
- **latency**: ``--rate`` phrases per second for ``--seconds``, p50 and p99 from each
  phrase to its reply.

Then the failover: 3 replicas at ``--rate``, the lease holder SIGKILLed; the seconds until
another replica holds the lease, and until the first phrase sent after the kill is
answered, with the Jepsen counts. ``--ttl`` and ``--renew`` set the lease (the defaults'
6 s and 1.5 s unless given). Only the lease holder takes updates in and handles them, so
replicas buy availability, not throughput; on two cores the standbys cost little (a
renewal every ``renew`` seconds). The last line of the output is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import anyio  # noqa: E402
import asyncpg  # type: ignore[import-untyped]  # noqa: E402

from actors.db_writer import migrate  # noqa: E402
from chaos.emulators.telegram import TelegramEmulator, make_test_token  # noqa: E402
from chaos.load import SyntheticParents, onboard_all  # noqa: E402
from chaos.services import PostgresServer, RedisServer, ram_tmp_root  # noqa: E402

TOKEN = make_test_token(778899, "BENCHREPLICAS")
FIRST_CHAT = 980_001


@dataclass
class Run:
    """One count of replicas (0: one process without the lease)."""

    replicas: int
    updates_per_s: float = 0.0
    burst: int = 0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    lost: int = 0
    duplicated: int = 0


@dataclass
class Failover:
    lease_ttl: float
    renew_interval: float
    lease_taken_s: float = 0.0
    first_answer_s: float = 0.0
    in_flight: int = 0
    attempted: int = 0
    lost: int = 0
    duplicated: int = 0
    unexpected: int = 0


@dataclass
class Fleet:
    """The bot processes of one run, each with its state directory and log."""

    env: dict[str, str]
    root: Path
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def start(self, name: str, extra: dict[str, str]) -> None:
        state = self.root / name
        state.mkdir(parents=True, exist_ok=True)
        env = {**self.env, **extra,
               "FE_TELEGRAM__JOURNAL_DIR": str(state / "journal"),
               "FE_DATABASE__SPOOL_DIR": str(state / "spool"),
               "FE_SCHEDULER__BACKUP_DIR": str(state / "backups")}
        with (self.root / f"{name}.log").open("ab") as log:
            self.procs[name] = subprocess.Popen(
                [sys.executable, "-m", "app", "run", "--no-servers"], cwd=ROOT, env=env,
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)

    def kill(self, name: str) -> None:
        os.kill(self.procs[name].pid, signal.SIGKILL)
        self.procs[name].wait()

    def stop(self) -> None:
        """SIGTERM each process (SIGKILL after 15 s), then remove the state."""
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.procs.clear()
        shutil.rmtree(self.root, ignore_errors=True)


def base_env(emu: TelegramEmulator, dsn: str, redis_url: str) -> dict[str, str]:
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("FE_") and k not in (
        "TELEGRAM_BOT_TOKEN", "ANTHROPIC_API_KEY", "DATABASE_URL", "REDIS_URL")}
    settings = {
        "TELEGRAM__BASE_URL": emu.base_url, "HEALTH__ENABLED": "false",
        "TELEGRAM__POLL_TIMEOUT": "1", "TELEGRAM__STALL_MARGIN": "5",
        "TELEGRAM__BACKOFF_MIN": "0.01", "TELEGRAM__BACKOFF_MAX": "0.2",
        "TELEGRAM__REQUEST_TIMEOUT": "3", "TELEGRAM__CHAT_RATE": "0",
        "TELEGRAM__GLOBAL_RATE": "0", "LOGGING__LEVEL": "WARNING",
        "DIALOGS__SHARDS": "8", "TRANSLATOR__WORKERS": "4",
    }
    return {**inherited, "TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": dsn,
            "REDIS_URL": redis_url, "PYTHONUNBUFFERED": "1",
            **{f"FE_{k}": v for k, v in settings.items()}}


def replica_env(name: str, ttl: float, renew: float) -> dict[str, str]:
    return {"FE_REPLICAS__ENABLED": "true", "FE_REPLICAS__ID": name,
            "FE_REPLICAS__LEASE_TTL": str(ttl), "FE_REPLICAS__RENEW_INTERVAL": str(renew)}


async def holder(dsn: str) -> tuple[str, int]:
    conn = await asyncpg.connect(dsn)
    try:
        row = await conn.fetchrow("SELECT holder, epoch FROM telegram_leases "
                                  "WHERE expires_at > clock_timestamp()")
    except asyncpg.UndefinedTableError:
        row = None
    finally:
        await conn.close()
    return (str(row["holder"]), int(row["epoch"])) if row is not None else ("", 0)


async def wait_answered(parents: SyntheticParents, timeout: float) -> None:
    with anyio.fail_after(timeout):
        while True:
            if len(parents.answered()) >= len(parents.sent):
                return
            await anyio.sleep(0.05)


async def one_count(count: int, args: argparse.Namespace, pg: PostgresServer,
                    redis: RedisServer, db: int, out: TextIO) -> Run:
    dsn = pg.create_database(f"bench_replicas_{count}_{os.getpid()}")
    redis.flushdb(db)
    await migrate(dsn)
    run = Run(count)
    chats = list(range(FIRST_CHAT, FIRST_CHAT + args.parents))
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=980_000) as emu:
        fleet = Fleet(base_env(emu, dsn, redis.url_for(db)),
                      Path(tempfile.mkdtemp(prefix=f"replicas{count}-", dir=ram_tmp_root())))
        try:
            for i in range(max(count, 1)):
                fleet.start(f"r{i}", replica_env(f"r{i}", args.ttl, args.renew)
                            if count else {})
            await emu.wait_polling(timeout=60)
            await onboard_all(emu, chats, timeout=60)
            parents = SyntheticParents(emu, chats, rate=args.rate)
            for _ in range(args.burst):
                parents.send_one()
            await wait_answered(parents, 120)
            report = parents.check()
            firsts = sorted(report.first_reply_at.values())
            elapsed = max(firsts[-1] - parents.sent[0].at, 1e-9)
            run.burst = len(parents.sent)
            run.updates_per_s = round(run.burst / elapsed, 1)
            steady = SyntheticParents(emu, chats, rate=args.rate)
            async with steady.running():
                await anyio.sleep(args.seconds)
            await steady.settle(timeout=60)
            report = steady.check()
            run.p50_ms = round(report.latency(0.5) * 1000, 1)
            run.p99_ms = round(report.latency(0.99) * 1000, 1)
            run.lost, run.duplicated = len(report.lost), report.duplicates
        finally:
            await anyio.to_thread.run_sync(fleet.stop)
    pg.drop_database(f"bench_replicas_{count}_{os.getpid()}")
    label = "1 process, no lease" if count == 0 else f"{count} replica(s)"
    print(f"  {label:<20} {run.updates_per_s:>7.1f} updates/s over a burst of {run.burst}; "
          f"at {args.rate:.0f}/s p50 {run.p50_ms} ms p99 {run.p99_ms} ms; lost {run.lost}, "
          f"duplicated {run.duplicated}", file=out, flush=True)
    return run


async def failover(args: argparse.Namespace, pg: PostgresServer, redis: RedisServer,
                   db: int, out: TextIO) -> Failover:
    name = f"bench_failover_{os.getpid()}"
    dsn = pg.create_database(name)
    redis.flushdb(db)
    await migrate(dsn)
    result = Failover(args.ttl, args.renew)
    chats = list(range(FIRST_CHAT, FIRST_CHAT + args.parents))
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=990_000) as emu:
        fleet = Fleet(base_env(emu, dsn, redis.url_for(db)),
                      Path(tempfile.mkdtemp(prefix="failover-", dir=ram_tmp_root())))
        try:
            for i in range(3):
                fleet.start(f"r{i}", replica_env(f"r{i}", args.ttl, args.renew))
            await emu.wait_polling(timeout=60)
            await onboard_all(emu, chats, timeout=60)
            leader, epoch = await holder(dsn)
            parents = SyntheticParents(emu, chats, rate=args.rate)
            async with parents.running():
                await anyio.sleep(2.0)
                fleet.kill(leader)
                killed = emu.now()
                before = parents.check()
                result.in_flight = len({s.update_id for s in parents.sent}
                                       - before.first_reply_at.keys())
                with anyio.fail_after(args.ttl * 3 + 10):
                    while True:
                        if (await holder(dsn))[1] > epoch:
                            break
                        await anyio.sleep(0.05)
                result.lease_taken_s = round(emu.now() - killed, 2)
                await anyio.sleep(3.0)
            await parents.settle(timeout=60)
            report = parents.check()
            after = [report.first_reply_at[s.update_id] for s in parents.sent
                     if s.at >= killed and s.update_id in report.first_reply_at]
            result.first_answer_s = round(min(after) - killed, 2) if after else -1.0
            result.attempted, result.lost = report.attempted, len(report.lost)
            result.duplicated, result.unexpected = report.duplicates, len(report.unexpected)
        finally:
            await anyio.to_thread.run_sync(fleet.stop)
    pg.drop_database(name)
    print(f"  failover (lease {args.ttl} s, renewal {args.renew} s): lease taken "
          f"{result.lease_taken_s} s after kill -9, first answer to a phrase sent after the "
          f"kill {result.first_answer_s} s; {report.summary()}", file=out, flush=True)
    return result


async def measure(args: argparse.Namespace, out: TextIO) -> dict[str, Any]:
    runs: list[Run] = []
    with PostgresServer(tmp_root=ram_tmp_root()) as pg, \
            RedisServer(tmp_root=ram_tmp_root()) as redis:
        for index, count in enumerate(args.counts):
            runs.append(await one_count(count, args, pg, redis, 1 + index % 15, out))
        over = await failover(args, pg, redis, 15, out)
    return {
        "benchmark": "replicas", "cores": os.cpu_count(), "python": platform.python_version(),
        "parents": args.parents, "rate": args.rate,
        "runs": {str(r.replicas): {"updates_per_s": r.updates_per_s, "burst": r.burst,
                                   "p50_ms": r.p50_ms, "p99_ms": r.p99_ms, "lost": r.lost,
                                   "duplicated": r.duplicated} for r in runs},
        "failover": over.__dict__,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/replicas.py",
                                     description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller burst and shorter load")
    parser.add_argument("--counts", default="0,1,2,3",
                        help="replica counts to measure (0: one process without the lease)")
    parser.add_argument("--parents", type=int, default=40)
    parser.add_argument("--burst", type=int, default=600)
    parser.add_argument("--rate", type=float, default=40.0)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--ttl", type=float, default=6.0, help="[replicas] lease_ttl")
    parser.add_argument("--renew", type=float, default=1.5, help="[replicas] renew_interval")
    args = parser.parse_args(argv)
    args.counts = [int(c) for c in args.counts.split(",") if c.strip()]
    if args.quick:
        args.burst, args.seconds, args.parents = 200, 4.0, 20
    started = time.monotonic()
    print(f"replicas benchmark on {os.cpu_count()} cores", flush=True)
    report = asyncio.run(measure(args, sys.stdout))
    report["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
