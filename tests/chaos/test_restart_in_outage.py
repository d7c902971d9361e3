"""The bot restarted while PostgreSQL and Redis are both down must not forget its parents.

The sequence: 20 onboarded parents sending about 50 phrases per second; PostgreSQL and
Redis SIGKILLed together; 3 s later the bot SIGKILLed; the bot started again 2 s later,
with both still down (its memory cache empty: it cannot read any family); PostgreSQL
and Redis started 1 s after that, in either order, 0.5 s apart. Every server is a real
private instance killed by its PID.

A restarted bot that took "I cannot read this family" for "no such family" greeted
onboarded parents with the welcome text: counted the Jepsen way (``chaos.load``), those
were unexpected replies and lost phrases. Asserted now: nothing lost (a reply and an
``emotion_entries`` row for every acknowledged phrase), nothing unexpected (no welcome,
no apology; "I'll answer in a minute" notices are counted apart), and duplicates no
more than the replies in flight at the kill. Counts are printed (``pytest -s``).
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

import anyio
import pytest

from actors.db_writer import migrate
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from chaos.load import SyntheticParents, onboard_all
from chaos.services import PostgresServer, RedisServer
from tests.chaos.bot_process import BotProcess, busy, wait_for_rows

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only, pytest.mark.slow]

TOKEN = make_test_token(777503, "CHAOSRESTARTOUTAGE")
PARENTS = list(range(96_001, 96_021))  # 20 parents
RATE = 50.0  # phrases per second, all parents together
WARMUP = 2.0  # seconds of load before PostgreSQL and Redis die
BEFORE_KILL = 3.0  # seconds of the outage before the bot is killed
DOWN = 2.0  # seconds the bot stays dead
BEFORE_SERVERS = 1.0  # seconds the new bot runs before the servers come back
AFTER = 3.0  # seconds of load once both are back
RECORD_WINDOW = 0.25  # a reply this recent at the kill may be unrecorded


@pytest.mark.parametrize("first", ["postgres", "redis"])
async def test_a_restart_while_postgres_and_redis_are_down_forgets_no_parent(
    first: str, tmp_path: Path, state_dir: Path,
    pg_instance_factory: Callable[..., PostgresServer],
    redis_instance_factory: Callable[..., RedisServer],
) -> None:
    pg = pg_instance_factory()
    dsn = await anyio.to_thread.run_sync(pg.create_database, "chaos_restart")
    await migrate(dsn)
    redis = redis_instance_factory(appendonly=True, appendfsync="everysec")
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=960_000) as emu:
        bot = BotProcess(state_dir, emu, dsn, redis.url, tmp_path / "bot.log", TOKEN)
        try:
            first_bot = bot.start()
            await emu.wait_polling(timeout=30)
            await onboard_all(emu, PARENTS, timeout=20)
            parents = SyntheticParents(emu, PARENTS, rate=RATE)
            async with parents.running():
                await anyio.sleep(WARMUP)
                await anyio.to_thread.run_sync(pg.kill)
                await anyio.to_thread.run_sync(redis.kill)
                await anyio.sleep(BEFORE_KILL)
                await busy(parents)
                # Nothing awaits from here to the counts: the emulator is frozen meanwhile.
                first_bot.send_signal(signal.SIGKILL)
                killed_at = emu.now()
                at_kill = parents.check()
                replied = at_kill.first_reply_at
                unanswered = {x.update_id for x in parents.sent} - replied.keys()
                recent = {u for u, at in replied.items() if at >= killed_at - RECORD_WINDOW}
                in_flight_ids = unanswered | recent
                await anyio.to_thread.run_sync(first_bot.wait)
                await anyio.sleep(DOWN)
                bot.start()
                await anyio.sleep(BEFORE_SERVERS)
                order = [pg.start, redis.start] if first == "postgres" else [
                    redis.start, pg.start]
                await anyio.to_thread.run_sync(order[0])
                await anyio.sleep(0.5)
                await anyio.to_thread.run_sync(order[1])
                servers_back_at = emu.now()
                await anyio.sleep(AFTER)
            await parents.settle(timeout=60)
            acked = parents.acknowledged()
            rows = await wait_for_rows(dsn, {f"u{u}" for u in acked}, timeout=40)
            report = parents.check(rows=rows)
        except BaseException:
            print(bot.log_tail())
            raise
        finally:
            await anyio.to_thread.run_sync(bot.close)
    waited = [at - servers_back_at for u, at in report.first_reply_at.items()
              if u in unanswered and at >= servers_back_at]
    print(f"\n[restart in outage, {first} back first] in flight at the kill: "
          f"{len(in_flight_ids)}; duplicates {report.duplicates}; phrases answered after "
          f"the servers returned: {len(waited)} (the last "
          f"{max(waited, default=0.0):.2f} s after)")
    print(f"[restart in outage, {first} back first] {report.summary()}")
    assert report.attempted >= RATE * (WARMUP + BEFORE_KILL + AFTER) * 0.8
    assert report.unknown == 0
    assert not report.lost, f"acknowledged without a reply: {report.lost[:10]}"
    assert not report.unexpected, f"unexpected bot messages: {report.unexpected[:5]}"
    assert report.duplicates <= len(in_flight_ids)
    assert report.duplicated.keys() <= in_flight_ids, "a reply finished before the kill came again"
    assert not report.rows_lost, f"acknowledged without a diary row: {report.rows_lost[:10]}"
    assert not report.rows_unexpected
    assert not report.rows_duplicated
