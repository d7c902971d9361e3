"""Versioned SQL migrations: ``migrations/NNNN_name.sql``, applied in order, each once.

``migrate(dsn)`` (and ``family-emotions migrate``, and the writer at start) runs every
pending migration inside one transaction that first takes a transaction-scoped advisory
lock, so concurrent callers (two bot processes starting at once) are serialised: the
second waits, then finds nothing left to do. Applied migrations are recorded in
``schema_migrations(version, name, applied_at)``. A failing migration rolls the whole
call back; nothing half-applied is ever recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Final

import anyio
import asyncpg  # type: ignore[import-untyped]

from ._close import close_or_terminate
from ._errors import DatabaseUnavailable, MigrationError, is_unavailable

__all__ = ["MIGRATION_LOCK", "Migration", "apply_migrations", "migrate", "migrations"]

MIGRATION_LOCK: Final = 0x4645_6D69_6772  # "FEmigr": the advisory lock key of migrations
_FILE: Final = re.compile(r"(\d{4})_([a-z0-9_]+)\.sql")

_CREATE_LEDGER: Final = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    """The file name without ``.sql``: ``0001_initial``."""
    sql: str


def migrations() -> list[Migration]:
    """The package's migrations in version order. Raises ``MigrationError`` for a file
    whose name is not ``NNNN_name.sql`` or for two files with one version."""
    found: dict[int, Migration] = {}
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        if not entry.name.endswith(".sql"):
            continue
        match = _FILE.fullmatch(entry.name)
        if match is None:
            raise MigrationError(f"migration file {entry.name!r} is not named NNNN_name.sql")
        version = int(match[1])
        if version in found:
            raise MigrationError(f"two migrations with version {version}")
        found[version] = Migration(version, entry.name[:-4], entry.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


async def apply_migrations(conn: asyncpg.Connection) -> list[str]:
    """Apply the pending migrations on ``conn`` (not inside a transaction); return the
    names newly applied, in order. Raises ``MigrationError`` when one fails (everything
    rolled back) and lets driver errors of an unavailable server through."""
    pending = await anyio.to_thread.run_sync(migrations)  # reads the package's files
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
        await conn.execute(_CREATE_LEDGER)
        applied = {row["version"] for row in await conn.fetch(
            "SELECT version FROM schema_migrations"
        )}
        done: list[str] = []
        for migration in pending:
            if migration.version in applied:
                continue
            await _apply_one(conn, migration)
            done.append(migration.name)
    return done


async def _apply_one(conn: asyncpg.Connection, migration: Migration) -> None:
    try:
        await conn.execute(migration.sql)
    except asyncpg.PostgresError as error:
        if is_unavailable(error):
            raise
        raise MigrationError(f"migration {migration.name} failed: {error}") from error
    await conn.execute(
        "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
        migration.version, migration.name,
    )


async def migrate(dsn: str, *, timeout: float = 30.0) -> list[str]:
    """Connect to ``dsn`` and apply the pending migrations; return their names (empty when
    the schema is current: idempotent). Raises ``DatabaseUnavailable`` when the server
    cannot be reached or the whole call outlives ``timeout`` seconds, ``MigrationError``
    when a migration fails."""
    try:
        with anyio.fail_after(timeout):
            conn = await asyncpg.connect(dsn, timeout=min(timeout, 10.0))
            try:
                return await apply_migrations(conn)
            finally:
                await close_or_terminate(conn)
    except MigrationError:
        raise
    except Exception as error:
        if is_unavailable(error):
            raise DatabaseUnavailable(f"cannot migrate: {type(error).__name__}: {error}") from error
        raise
