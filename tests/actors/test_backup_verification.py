"""The last backup verification is kept next to the backups (``last-verification.json``,
written atomically) and read back when a scheduler starts, so a new process knows it:
the record alone, then the nightly run against a real private PostgreSQL and a second
actor system with fresh gauges, then a failing verification. Instants come from the
injected wall clock.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import msgspec
import pytest

from actors.db_writer import migrate
from actors.scheduler import BusinessGauges, find_pg_tool, list_backups
from actors.scheduler._verification import (
    VERIFICATION_FILE,
    Verification,
    read_verification,
    write_verification,
)
from config.settings import SchedulerSettings
from tests.actors.test_scheduler import WallClock, add_family, running

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

T0 = dt.datetime(2026, 11, 24, 3, 0, tzinfo=dt.UTC)


def config_for(folder: Path) -> SchedulerSettings:
    return SchedulerSettings(tick=3600.0, backup_dir=str(folder), backup_keep=2,
                             gauges_interval=10 * 86400.0)


def test_a_record_is_read_back_as_written_and_a_bad_one_is_none(tmp_path: Path) -> None:
    clock = WallClock(T0)
    at = dt.datetime.fromtimestamp(clock.now, dt.UTC)
    record = Verification(at=at, ok=False, backup="family-emotions-20261124T030000Z.dump",
                          summary="MISMATCH: public.families expected 2 got 1")
    assert read_verification(tmp_path) is None  # nothing recorded yet

    path = write_verification(tmp_path, record)

    assert path == tmp_path / VERIFICATION_FILE
    assert read_verification(tmp_path) == record
    assert json.loads(path.read_text())["at"] == "2026-11-24T03:00:00Z"
    assert [p.name for p in tmp_path.iterdir()] == [VERIFICATION_FILE]  # no temporary left
    assert list_backups(tmp_path) == []  # retention and the dump listing never see it
    path.write_text('{"at": "yesterday", "ok": true}')
    assert read_verification(tmp_path) is None
    path.write_text("not json")
    assert read_verification(tmp_path) is None


def test_a_second_record_replaces_the_first_whole(tmp_path: Path) -> None:
    clock = WallClock(T0)
    first = Verification(at=dt.datetime.fromtimestamp(clock.now, dt.UTC), ok=True,
                         backup="a.dump", summary="OK")
    clock.advance(days=1)
    second = Verification(at=dt.datetime.fromtimestamp(clock.now, dt.UTC), ok=False,
                          backup="b.dump", summary="MISMATCH")
    write_verification(tmp_path, first)
    write_verification(tmp_path, second)
    assert read_verification(tmp_path) == second


@pytest.fixture
async def db(pg_dsn: str) -> str:
    await migrate(pg_dsn)
    await add_family(pg_dsn, 1, children=((1, "Маша", 5),))
    return pg_dsn


async def test_a_new_scheduler_with_fresh_gauges_sees_the_previous_verification(
    db: str, tmp_path: Path
) -> None:
    clock = WallClock(T0 + dt.timedelta(minutes=1))
    first = BusinessGauges()
    async with running(db, clock, config=config_for(tmp_path), gauges=first) as bot:
        await bot.sweep()  # the start-up sweep took the nightly dump and verified it
    [dump] = list_backups(tmp_path)
    assert first.last_verification is not None

    clock.advance(hours=2)  # a later process; the night's run is done, nothing is taken
    again = BusinessGauges()
    async with running(db, clock, config=config_for(tmp_path), gauges=again) as bot:
        assert (await bot.sweep()).fired == ()

    assert again.last_backup is None  # this process took no dump
    assert again.last_backup_verified is True
    assert again.last_verification == first.last_verification
    assert again.last_verification.backup == dump.name
    assert again.last_verification.at == T0 + dt.timedelta(minutes=1)
    assert "OK" in again.last_verification.summary


async def test_a_dump_that_does_not_restore_is_recorded_as_a_failed_verification(
    db: str, tmp_path: Path
) -> None:
    tools = tmp_path / "bin"  # the real pg_dump; a pg_restore that fails as a broken one does
    tools.mkdir()
    (tools / "pg_dump").symlink_to(find_pg_tool("pg_dump"))
    restore = tools / "pg_restore"
    restore.write_text("#!/bin/sh\necho 'pg_restore: error: could not read input file' >&2\n"
                       "exit 1\n")
    restore.chmod(0o755)
    backups = tmp_path / "backups"
    config = msgspec.structs.replace(config_for(backups), pg_bin_dir=str(tools))
    clock = WallClock(T0 + dt.timedelta(minutes=1))
    gauges = BusinessGauges()
    async with running(db, clock, config=config, gauges=gauges) as bot:
        await bot.sweep()  # after the start-up sweep, which took the dump and failed
    record = read_verification(backups)

    assert record is not None
    [dump] = list_backups(backups)  # the dump is kept
    assert (record.ok, record.at, record.backup) == (False, T0 + dt.timedelta(minutes=1),
                                                     dump.name)
    assert "could not read input file" in record.summary
    assert gauges.last_backup_verified is False
    assert gauges.last_verification == record
