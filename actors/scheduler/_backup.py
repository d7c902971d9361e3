"""PostgreSQL backups: ``backup`` (pg_dump with retention), ``verify_backup`` (restore into a
scratch database, compare row counts per table), ``restore`` (refuses without ``yes``;
takes a safety dump first).

A backup is a ``pg_dump -Fc`` file and a JSON sidecar with the row counts per table,
taken inside the very snapshot pg_dump dumps, so verification is exact while the bot
keeps writing. See docs/scheduler.md, section "Backups", for the file names, where the
tools are found and the errors.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import anyio
import asyncpg  # type: ignore[import-untyped]

from actors.db_writer import close_or_terminate
from runtime import WallClock, system_clock, utc_now

from ._errors import BackupError, PgToolMissing, RestoreRefused

__all__ = [
    "PREFIX",
    "RestoreReport",
    "VerifyReport",
    "backup",
    "find_pg_tool",
    "list_backups",
    "restore",
    "verify_backup",
]

PREFIX: Final = "family-emotions-"
_NAME: Final = re.compile(r"family-emotions-(\d{8}T\d{6})Z(?:-(\d+))?\.dump")
_DEBIAN_BINDIRS: Final = "/usr/lib/postgresql/*/bin"
_CONNECT_TIMEOUT: Final = 10.0


# -- finding the tools ---------------------------------------------------------------------


def find_pg_tool(name: str, bin_dir: str | os.PathLike[str] | None = None) -> Path:
    """The path of PostgreSQL client tool ``name`` (``pg_dump``, ``pg_restore``): from
    ``bin_dir`` when given, else the newest Debian ``/usr/lib/postgresql/<version>/bin``
    (pg_dump needs a client at least as new as the server), else ``PATH``. Raises
    ``PgToolMissing``."""
    if bin_dir is not None:
        candidate = Path(bin_dir) / name
        if os.access(candidate, os.X_OK):
            return candidate
        raise PgToolMissing(f"{name} not found in {bin_dir}")
    for directory in sorted(glob.glob(_DEBIAN_BINDIRS), key=_version_key, reverse=True):
        candidate = Path(directory) / name
        if os.access(candidate, os.X_OK):
            return candidate
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    raise PgToolMissing(f"{name} not found ({_DEBIAN_BINDIRS}, PATH); install postgresql-client")


def _version_key(directory: str) -> tuple[int, ...]:
    version = Path(directory).parent.name
    return tuple(int(p) for p in version.split(".") if p.isdigit())


# -- backup --------------------------------------------------------------------------------


async def backup(
    dsn: str,
    directory: str | os.PathLike[str],
    *,
    keep: int = 7,
    bin_dir: str | os.PathLike[str] | None = None,
    clock: WallClock = system_clock,
) -> Path:
    """Dump the database at ``dsn`` into ``directory`` (made if missing) with its row
    counts, then delete all but the ``keep`` newest backups there. Returns the dump's
    path. Nothing is deleted when the dump fails; a half-written dump never carries a
    final name. ``clock`` names the dump and stamps its row counts. The file work runs in
    worker threads: the scheduler takes its nightly backup on the bot's event loop."""
    if keep < 1:
        raise ValueError(f"keep must be >= 1, not {keep}")
    pg_dump = await anyio.to_thread.run_sync(find_pg_tool, "pg_dump", bin_dir)
    now = utc_now(clock)
    folder = await anyio.to_thread.run_sync(_make_folder, directory)
    target = await anyio.to_thread.run_sync(_new_name, folder, now)
    partial = target.with_name(target.name + ".partial")
    try:
        counts = await _dump_in_snapshot(dsn, pg_dump, partial)
        await anyio.to_thread.run_sync(_publish, partial, target, counts, dsn, now)
    finally:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(lambda: partial.unlink(missing_ok=True))
    await anyio.to_thread.run_sync(_prune, folder, keep)
    return target


def _make_folder(directory: str | os.PathLike[str]) -> Path:
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def list_backups(directory: str | os.PathLike[str]) -> list[Path]:
    """The backups in ``directory``, oldest first (names sort by time)."""
    folder = Path(directory)
    if not folder.is_dir():
        return []
    found = [(match, p) for p in folder.iterdir() if (match := _NAME.fullmatch(p.name))]
    # By time, then by the suffix a second dump within one second gets ("-1" < "." in ASCII).
    found.sort(key=lambda item: (item[0][1], int(item[0][2] or 0)))
    return [p for _, p in found]


def _new_name(folder: Path, now: dt.datetime) -> Path:
    stem = f"{PREFIX}{now.astimezone(dt.UTC):%Y%m%dT%H%M%S}Z"
    target, n = folder / f"{stem}.dump", 0
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}.dump"
    return target


async def _dump_in_snapshot(dsn: str, pg_dump: Path, out: Path) -> dict[str, int]:
    """Count rows and run pg_dump in one exported snapshot; return the counts."""
    conn = await _connect(dsn)
    try:
        async with conn.transaction(isolation="repeatable_read", readonly=True):
            snapshot = await conn.fetchval("SELECT pg_export_snapshot()")
            counts = await _row_counts(conn)
            uri, env = _tool_target(dsn)
            await _run([str(pg_dump), "--format=custom", f"--snapshot={snapshot}",
                        f"--file={out}", f"--dbname={uri}"], env, "pg_dump")
    finally:
        await close_or_terminate(conn)
    return counts


def _publish(
    partial: Path, dump: Path, counts: Mapping[str, int], dsn: str, at: dt.datetime
) -> None:
    """Write ``dump``'s row counts beside it, then give the finished dump its name."""
    _write_sidecar(dump, counts, dsn, at)
    partial.replace(dump)


def _write_sidecar(dump: Path, counts: Mapping[str, int], dsn: str, at: dt.datetime) -> None:
    sidecar = dump.with_suffix(".json")
    partial = sidecar.with_name(sidecar.name + ".partial")
    partial.write_text(json.dumps({
        "tables": dict(sorted(counts.items())),
        "database": urlsplit(dsn).path.lstrip("/") or None,
        "taken_at": at.isoformat(),
    }, indent=1))
    partial.replace(sidecar)


def _prune(folder: Path, keep: int) -> None:
    for old in list_backups(folder)[:-keep]:
        old.unlink(missing_ok=True)
        old.with_suffix(".json").unlink(missing_ok=True)


# -- verification --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The outcome of ``verify_backup``: ``ok`` when every table of the sidecar has the
    same row count in the restored copy (and the copy has no extra table)."""

    file: Path
    expected: dict[str, int]
    actual: dict[str, int]
    mismatches: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    """table → (expected, actual); None where the table is missing on that side."""

    @property
    def ok(self) -> bool:
        return not self.mismatches

    def summary(self) -> str:
        if self.ok:
            return f"{self.file.name}: OK, {len(self.expected)} tables, " \
                   f"{sum(self.expected.values())} rows"
        wrong = ", ".join(f"{t} expected {e} got {a}" for t, (e, a) in self.mismatches.items())
        return f"{self.file.name}: MISMATCH: {wrong}"


async def verify_backup(
    dsn: str, file: str | os.PathLike[str], *, bin_dir: str | os.PathLike[str] | None = None
) -> VerifyReport:
    """Restore ``file`` into a scratch database made on the server of ``dsn`` (which must
    be allowed to create databases), count its rows per table and compare them with the
    counts recorded at backup time. The scratch database is dropped afterwards, whatever
    happened. Raises ``BackupError`` when the file or its sidecar is missing or
    pg_restore fails; a count mismatch is reported, not raised."""
    dump = Path(file)
    expected = await anyio.to_thread.run_sync(_read_sidecar, dump)
    pg_restore = await anyio.to_thread.run_sync(find_pg_tool, "pg_restore", bin_dir)
    scratch = f"fe_verify_{uuid.uuid4().hex[:12]}"
    admin = await _connect(dsn)
    try:
        await admin.execute(f'CREATE DATABASE "{scratch}" TEMPLATE template0')
        try:
            scratch_dsn = _with_database(dsn, scratch)
            uri, env = _tool_target(scratch_dsn)
            await _run([str(pg_restore), "--no-owner", "--no-privileges", "--exit-on-error",
                        f"--dbname={uri}", str(dump)], env, "pg_restore")
            conn = await _connect(scratch_dsn)
            try:
                actual = await _row_counts(conn)
            finally:
                await close_or_terminate(conn)
        finally:
            await admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
    finally:
        await close_or_terminate(admin)
    return VerifyReport(file=dump, expected=expected, actual=actual,
                        mismatches=_compare(expected, actual))


def _require_file(dump: Path) -> None:
    if not dump.is_file():
        raise BackupError(f"no backup file {dump}")


def _read_sidecar(dump: Path) -> dict[str, int]:
    _require_file(dump)
    sidecar = dump.with_suffix(".json")
    try:
        tables = json.loads(sidecar.read_text())["tables"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError(f"the row counts of {dump.name} ({sidecar.name}) are unreadable: "
                          f"{error}") from error
    return {str(k): int(v) for k, v in tables.items()}


def _compare(
    expected: Mapping[str, int], actual: Mapping[str, int]
) -> dict[str, tuple[int | None, int | None]]:
    return {table: (expected.get(table), actual.get(table))
            for table in sorted(set(expected) | set(actual))
            if expected.get(table) != actual.get(table)}


# -- restore -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreReport:
    restored: Path
    safety: Path
    """The dump of the database as it was just before the restore."""


async def restore(
    dsn: str,
    file: str | os.PathLike[str],
    *,
    yes: bool = False,
    safety_dir: str | os.PathLike[str],
    safety_keep: int = 5,
    bin_dir: str | os.PathLike[str] | None = None,
    clock: WallClock = system_clock,
) -> RestoreReport:
    """Replace the contents of the database at ``dsn`` with backup ``file``.

    Refuses (``RestoreRefused``) unless ``yes``. Checks that ``file`` is a readable
    archive, then takes a safety dump into ``safety_dir`` (its ``safety_keep`` newest are
    kept), then restores in one transaction (``--clean --if-exists --single-transaction``:
    all or nothing). Stop the bot first: its connections' locks would hold the restore.
    Raises ``BackupError`` when a step fails (after a failed restore the database is as
    it was, and the safety dump is there anyway)."""
    if not yes:
        raise RestoreRefused(f"restoring {file} replaces the database; pass yes=True "
                             "(--yes) to go ahead")
    dump = Path(file)
    pg_restore = await anyio.to_thread.run_sync(find_pg_tool, "pg_restore", bin_dir)
    await anyio.to_thread.run_sync(_require_file, dump)
    await _run([str(pg_restore), "--list", str(dump)], dict(os.environ), "pg_restore --list")
    safety = await backup(dsn, safety_dir, keep=safety_keep, bin_dir=bin_dir, clock=clock)
    uri, env = _tool_target(dsn)
    await _run([str(pg_restore), "--clean", "--if-exists", "--no-owner", "--no-privileges",
                "--single-transaction", "--exit-on-error", f"--dbname={uri}", str(dump)],
               env, "pg_restore")
    return RestoreReport(restored=dump, safety=safety)


# -- plumbing ------------------------------------------------------------------------------


async def _connect(dsn: str) -> asyncpg.Connection:
    try:
        return await asyncpg.connect(dsn, timeout=_CONNECT_TIMEOUT)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as error:
        raise BackupError(f"cannot connect to PostgreSQL: {error}") from error


async def _row_counts(conn: asyncpg.Connection) -> dict[str, int]:
    """Rows per user table ("schema.table"), exactly (count(*), not statistics)."""
    tables = await conn.fetch(
        "SELECT schemaname, tablename FROM pg_tables "
        "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2")
    counts: dict[str, int] = {}
    for row in tables:
        schema, table = row["schemaname"], row["tablename"]
        n = await conn.fetchval(f"SELECT count(*) FROM {_ident(schema)}.{_ident(table)}")
        counts[f"{schema}.{table}"] = int(n)
    return counts


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _with_database(dsn: str, database: str) -> str:
    parts = urlsplit(dsn)
    return urlunsplit(parts._replace(path="/" + database))


def _tool_target(dsn: str) -> tuple[str, dict[str, str]]:
    """The DSN without its password, and an environment carrying it as PGPASSWORD: from
    the user-info part or from a ``password=`` query parameter (libpq takes both), so a
    password never reaches a command line that ``ps`` shows."""
    env = dict(os.environ)
    parts = urlsplit(dsn)
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(name, value) for name, value in query if name != "password"]
    password = parts.password
    if password is not None:
        password = unquote(password)
    for name, value in query:
        if name == "password":
            password = value  # when both are given, the query's is passed on
    if password is None:
        return dsn, env
    env["PGPASSWORD"] = password
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    user = parts.username or ""
    netloc = (f"{user}@" if user else "") + host + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(kept))), env


async def _run(command: list[str], env: dict[str, str], what: str) -> None:
    result: Any = await anyio.run_process(command, env=env, check=False,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if result.returncode != 0:
        stderr = result.stderr.decode(errors="replace").strip()
        raise BackupError(f"{what} failed (exit {result.returncode}): {stderr[-2000:]}")
