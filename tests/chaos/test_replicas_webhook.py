"""Three replicas of the bot in webhook mode behind a real nginx (Debian's, started and
killed by PID like PostgreSQL), on real PostgreSQL and Redis; the Telegram emulator
delivers webhooks to nginx as Telegram does. The lease holder registers the webhook;
every replica takes updates in (into PostgreSQL) and the holder hands them to dialogs.
Under load the holder is SIGKILLed: nginx sends what it was receiving to the others,
Telegram redelivers what got no 200, a standby takes the lease and adopts what was
acknowledged.

Asserted with the Jepsen check: no acknowledged update lost, nothing unexpected,
duplicates no more than the replies in flight at the kill, each chat's replies in order.
The failover and counts are printed (``pytest -s``).
"""

from __future__ import annotations

import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from actors.db_writer import migrate
from chaos.emulators.telegram import TelegramEmulator
from chaos.load import SyntheticParents, onboard_all
from chaos.services import BinariesMissing, NginxServer, free_port, ram_tmp_root
from tests.chaos.bot_process import busy, wait_for_rows
from tests.chaos.test_replicas import (
    FAILOVER_LIMIT,
    LOAD,
    TOKEN,
    Replica,
    first_answer_after,
    in_flight,
    leader,
    next_leader,
    order_violations,
)

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only, pytest.mark.slow]

SECRET = "replicas-webhook-secret"
PARENTS = list(range(97_001, 97_009))
RATE = 30.0


@pytest.fixture
def nginx() -> Iterator[NginxServer]:
    try:
        server = NginxServer(upstreams=[free_port() for _ in range(3)], die_with_parent=True,
                             tmp_root=ram_tmp_root(), read_timeout=5.0)
        _ = server.executable
    except BinariesMissing as missing:
        pytest.skip(str(missing))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def replicas(state_dir: Path) -> Iterator[list[Replica]]:
    made: list[Replica] = []
    yield made
    for replica in made:
        replica.bot.close()


async def test_webhook_replicas_behind_nginx_lose_nothing_when_the_holder_is_killed(
    state_dir: Path, pg_dsn: str, redis_url: str, nginx: NginxServer,
    replicas: list[Replica],
) -> None:
    await migrate(pg_dsn)
    nginx.start()
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=970_000,
                                webhook_retry_scale=0.1, webhook_timeout=5.0) as emu:
        for index, port in enumerate(nginx.upstreams):
            replica = Replica(index, state_dir, emu, pg_dsn, redis_url)
            replica.bot.env.update({
                "FE_TELEGRAM__MODE": "webhook",
                "FE_TELEGRAM__WEBHOOK_URL": f"{nginx.url}/telegram",
                "FE_TELEGRAM__WEBHOOK_SECRET": SECRET,
                "FE_TELEGRAM__WEBHOOK_PORT": str(port),
                "FE_TELEGRAM__WEBHOOK_MAX_CONNECTIONS": "20",
            })
            replicas.append(replica)
        by_id = {r.id: r for r in replicas}
        try:
            for replica in replicas:
                replica.start()
            await emu.wait_calls("setWebhook", timeout=30)
            holder, epoch = await leader(pg_dsn)
            assert holder in by_id
            await onboard_all(emu, PARENTS, timeout=20)
            parents = SyntheticParents(emu, PARENTS, rate=RATE)
            async with parents.running():
                await anyio.sleep(LOAD)
                await busy(parents)
                by_id[holder].signal(signal.SIGKILL)
                killed_at = emu.now()
                at_kill = in_flight(parents, killed_at)
                second, epoch2 = await next_leader(pg_dsn, epoch, FAILOVER_LIMIT + 3)
                lease_moved = emu.now() - killed_at
                by_id[holder].start()
                await anyio.sleep(LOAD)
            await parents.settle(timeout=40)
            acked = parents.acknowledged()
            rows = await wait_for_rows(pg_dsn, {f"u{u}" for u in acked})
            report = parents.check(rows=rows)
        except BaseException:
            for replica in replicas:
                print(f"--- {replica.id}\n{replica.bot.log_tail(25)}")
            print(f"--- nginx\n{nginx.log_file.read_text(errors='replace')[-2000:]}")
            raise
        deliveries = emu.webhook_deliveries()
        failover = first_answer_after(parents, report, killed_at)
    errors = [d for d in deliveries if d["error"] is not None]
    wrong = order_violations(parents, report)
    print(f"\n[replicas webhook] holder {holder} (epoch {epoch}) killed -9 -> {second} "
          f"(epoch {epoch2}): lease taken {lease_moved:.2f} s, first answer to a phrase "
          f"sent after the kill {failover:.2f} s")
    causes = Counter(str(d["error"]) for d in errors)
    when = sorted(round(d["time"] - killed_at, 2) for d in errors)
    if when:
        print(f"[replicas webhook] failed deliveries from {when[0]} s to {when[-1]} s after "
              f"the kill")
    print(f"[replicas webhook] {len(deliveries)} webhook deliveries, {len(errors)} failed "
          f"and redelivered {dict(causes)}; in flight at the kill {len(at_kill)}; duplicates "
          f"{report.duplicates}; order violations {len(wrong)}")
    print(f"[replicas webhook] {report.summary()}")
    assert report.attempted >= RATE * LOAD * 2 * 0.8
    assert report.unknown == 0
    assert not report.lost, f"acknowledged without a reply: {report.lost[:10]}"
    assert not report.unexpected, f"unexpected bot messages: {report.unexpected[:5]}"
    assert report.duplicates <= len(at_kill)
    assert report.duplicated.keys() <= at_kill
    assert not wrong, f"replies out of order in their chat: {wrong[:10]}"
    assert not report.rows_lost
    assert not report.rows_unexpected
    assert not report.rows_duplicated
    assert failover <= FAILOVER_LIMIT + 1.0
    assert nginx.is_running()  # nginx itself was never the fault
