"""Backups with a real private PostgreSQL: pg_dump with retention, verification by restoring
into a scratch database, restore with a safety dump, the CLI commands and the nightly run.

asyncio only: asyncpg.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from actors.db_writer import migrate
from actors.scheduler import (
    BusinessGauges,
    PgToolMissing,
    RestoreRefused,
    backup,
    backup_command,
    find_pg_tool,
    list_backups,
    restore,
    restore_command,
    verify_backup,
    verify_command,
)
from actors.scheduler._backup import _tool_target
from config.settings import SchedulerSettings
from tests.actors.test_scheduler import WallClock, add_family, execute, fetch, running

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

T0 = dt.datetime(2026, 11, 24, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
async def db(pg_dsn: str) -> str:
    await migrate(pg_dsn)
    await add_family(pg_dsn, 1, children=((1, "Маша", 5), (2, "Петя", 9)))
    await add_family(pg_dsn, 2)
    return pg_dsn


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


async def families(dsn: str) -> int:
    return int((await fetch(dsn, "SELECT count(*) AS n FROM families"))[0]["n"])


async def scratch_databases(dsn: str) -> list[str]:
    rows = await fetch(dsn, "SELECT datname FROM pg_database WHERE datname LIKE 'fe_verify_%'")
    return [r["datname"] for r in rows]


async def test_backup_records_row_counts_and_keeps_the_newest(db: str, tmp_path: Path) -> None:
    made = [await backup(db, tmp_path, keep=2, clock=WallClock(T0 + dt.timedelta(days=n)))
            for n in range(3)]
    assert made[0].name == "family-emotions-20261124T030000Z.dump"
    assert list_backups(tmp_path) == made[1:]
    assert names(tmp_path) == sorted(
        [p.name for p in made[1:]] + [p.with_suffix(".json").name for p in made[1:]])
    tables = json.loads(made[2].with_suffix(".json").read_text())["tables"]
    assert tables["public.families"] == 2
    assert tables["public.children"] == 3
    assert tables["public.schedule_runs"] == 0


async def test_verify_restores_into_a_scratch_database_and_compares_counts(
    db: str, tmp_path: Path
) -> None:
    dump = await backup(db, tmp_path)
    await add_family(db, 3)  # written after the dump: not in it, not in its counts
    report = await verify_backup(db, dump)
    assert report.ok, report.summary()
    assert report.actual["public.families"] == 2
    assert report.expected == report.actual
    assert await scratch_databases(db) == []


async def test_verify_reports_a_count_that_differs(db: str, tmp_path: Path) -> None:
    dump = await backup(db, tmp_path)
    sidecar = dump.with_suffix(".json")
    recorded = json.loads(sidecar.read_text())
    recorded["tables"]["public.children"] = 4
    sidecar.write_text(json.dumps(recorded))
    report = await verify_backup(db, dump)
    assert not report.ok
    assert report.mismatches == {"public.children": (4, 3)}
    assert "MISMATCH" in report.summary()
    assert await scratch_databases(db) == []


async def test_restore_refuses_without_yes_and_touches_nothing(db: str, tmp_path: Path) -> None:
    dump = await backup(db, tmp_path / "backups")
    with pytest.raises(RestoreRefused):
        await restore(db, dump, safety_dir=tmp_path / "safety")
    assert not (tmp_path / "safety").exists()


async def test_restore_takes_a_safety_dump_then_brings_the_backup_back(
    db: str, tmp_path: Path
) -> None:
    dump = await backup(db, tmp_path / "backups")
    await execute(db, "DELETE FROM children")
    await add_family(db, 7, children=())
    report = await restore(db, dump, yes=True, safety_dir=tmp_path / "safety")
    assert await families(db) == 2
    assert len(await fetch(db, "SELECT * FROM children")) == 3
    safety = json.loads(report.safety.with_suffix(".json").read_text())["tables"]
    assert (safety["public.families"], safety["public.children"]) == (3, 0)


async def test_cli_commands_and_their_exit_codes(db: str, tmp_path: Path) -> None:
    out = io.StringIO()
    assert await backup_command(db, tmp_path / "b", keep=3, out=out) == 0
    dump = list_backups(tmp_path / "b")[0]
    assert f"backup: {dump}" in out.getvalue()
    assert await verify_command(db, dump, out=out) == 0
    assert "OK, " in out.getvalue()
    assert await restore_command(db, dump, yes=False, safety_dir=tmp_path / "s", out=out) == 2
    assert "--yes" in out.getvalue()
    assert await restore_command(db, dump, yes=True, safety_dir=tmp_path / "s", out=out) == 0
    assert await verify_command(db, tmp_path / "missing.dump", out=out) == 1
    assert await restore_command(db, tmp_path / "missing.dump", yes=True,
                                 safety_dir=tmp_path / "s2", out=out) == 1
    assert not (tmp_path / "s2").exists()  # nothing to restore: no safety dump either


async def test_nightly_backup_runs_once_per_day_and_is_verified(db: str, tmp_path: Path) -> None:
    config = SchedulerSettings(tick=3600.0, backup_dir=str(tmp_path), backup_keep=2,
                             gauges_interval=10 * 86400.0)
    clock = WallClock(T0 + dt.timedelta(minutes=1))
    gauges = BusinessGauges()
    async with running(db, clock, config=config, gauges=gauges) as bot:
        await bot.sweep()  # the start-up sweep took it
        assert (await bot.sweep()).fired == ()
        await bot.stop()
        clock.advance(days=1)
        await bot.start()
        await bot.sweep()
    assert len(list_backups(tmp_path)) == 2
    assert gauges.last_backup == str(list_backups(tmp_path)[-1])
    assert gauges.last_backup_verified is True
    done = await fetch(db, "SELECT period_key FROM schedule_runs WHERE schedule = 'backup' "
                       "ORDER BY 1")
    assert [r["period_key"] for r in done] == ["2026-11-24", "2026-11-25"]


def test_tools_are_found_or_clearly_missing(tmp_path: Path) -> None:
    assert find_pg_tool("pg_dump").name == "pg_dump"
    with pytest.raises(PgToolMissing, match="pg_dump"):
        find_pg_tool("pg_dump", tmp_path)


def test_password_goes_to_the_environment_not_the_command_line() -> None:
    uri, env = _tool_target("postgresql://fe:s3cr%40t@db.example:5433/fe")
    assert uri == "postgresql://fe@db.example:5433/fe"
    assert env["PGPASSWORD"] == "s3cr@t"


def test_a_password_in_the_query_goes_to_the_environment_too() -> None:
    uri, env = _tool_target("postgresql://fe@db.example/fe?sslmode=disable&password=p%26w")
    assert uri == "postgresql://fe@db.example/fe?sslmode=disable"
    assert env["PGPASSWORD"] == "p&w"


async def test_two_backups_in_one_second_keep_their_order(db: str, tmp_path: Path) -> None:
    first = await backup(db, tmp_path, keep=1, clock=WallClock(T0))
    second = await backup(db, tmp_path, keep=1, clock=WallClock(T0))
    assert second.name == "family-emotions-20261124T030000Z-1.dump"
    assert list_backups(tmp_path) == [second]
    assert not first.exists()
