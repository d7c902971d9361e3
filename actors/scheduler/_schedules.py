"""Durable runs in PostgreSQL: claim a period before acting, mark it done after.

A run ``(schedule, period_key)`` is a claim row then a done row in ``schedule_runs``;
``claim`` and ``mark_done`` take the run's transaction-scoped advisory lock, so two
schedulers (or two sweeps) never both win a run, and a claim older than the lease may be
taken over. The caller marks a run done only once its action is over. See
docs/scheduler.md, section "Durable runs".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import anyio
import asyncpg  # type: ignore[import-untyped]

from actors.db_writer import DatabaseUnavailable, close_or_terminate, is_retryable

__all__ = ["CLAIM_SUFFIX", "FamilyDue", "RunStore"]

CLAIM_SUFFIX: Final = ".claim"

_CLAIM: Final = """
INSERT INTO schedule_runs (schedule, period_key, at)
SELECT $1 || '.claim', $2, $3
WHERE NOT EXISTS (SELECT 1 FROM schedule_runs WHERE schedule = $1 AND period_key = $2)
ON CONFLICT (schedule, period_key) DO UPDATE SET at = EXCLUDED.at
WHERE schedule_runs.at < $4
RETURNING true AS won
"""

_LOCK_RUN: Final = "SELECT pg_advisory_xact_lock(hashtextextended($1 || '/' || $2, 0))"

_FAMILIES: Final = """
SELECT f.chat_id, f.language, f.checkin_time, f.timezone, f.created_at,
       array_agg(c.child_id ORDER BY c.child_id) AS child_ids,
       array_agg(c.name ORDER BY c.child_id) AS names,
       array_agg(c.age ORDER BY c.child_id) AS ages
FROM families f JOIN children c USING (chat_id)
WHERE f.active AND f.language IN ('ru', 'en')
GROUP BY f.chat_id, f.created_at
ORDER BY f.chat_id
"""


@dataclass(frozen=True, slots=True)
class FamilyDue:
    """An active, onboarded family as the scheduler sees it."""

    chat_id: int
    language: str
    checkin_time: str
    timezone: str
    children: tuple[tuple[int, str, int], ...]
    """(child_id, name, age) by child_id."""
    created_at: dt.datetime | None = None
    """When the family first reached the database: nothing due before it is sent."""


class RunStore:
    """The scheduler's connection to PostgreSQL at ``dsn``: a small pool made on first use
    (so the scheduler starts while PostgreSQL is down), ``timeout`` seconds per statement
    and per connection attempt. Call ``aclose()`` at the end."""

    def __init__(self, dsn: str, *, timeout: float = 5.0) -> None:
        self._dsn = dsn
        self._timeout = timeout
        self._pool: asyncpg.Pool | None = None
        self._lock = anyio.Lock()

    # -- runs ----------------------------------------------------------------------------

    async def claim(
        self, schedule: str, key: str, *, now: dt.datetime, lease: float
    ) -> bool:
        """Claim ``(schedule, key)``: True when this caller may act now; False when the run
        is done or another live claim holds it. A claim older than ``lease`` is taken
        over (its claimer died between claiming and marking done). The advisory lock
        matters: without it a claim whose snapshot predates a ``mark_done`` commit reads
        "not done", then finds the claim row deleted by that commit and inserts a fresh
        one (READ COMMITTED re-checks the conflict, not the ``NOT EXISTS``)."""
        stale = now - dt.timedelta(seconds=lease)

        async def work(conn: asyncpg.Connection) -> bool:
            async with conn.transaction():
                await conn.execute(_LOCK_RUN, schedule, key, timeout=self._timeout)
                won = await conn.fetchval(_CLAIM, schedule, key, now, stale,
                                          timeout=self._timeout)
            return bool(won)

        won: bool = await self._with_conn(work)
        return won

    async def mark_done(self, schedule: str, key: str, due: dt.datetime) -> None:
        """Record the run done (idempotent) and release its claim, in one transaction
        under the run's advisory lock. When PostgreSQL cannot be reached the caller spools
        a ``ScheduleRun`` record instead (the flusher writes the same done row)."""

        async def work(conn: asyncpg.Connection) -> None:
            async with conn.transaction():
                await conn.execute(_LOCK_RUN, schedule, key, timeout=self._timeout)
                await conn.execute(
                    "INSERT INTO schedule_runs (schedule, period_key, at) VALUES ($1, $2, $3) "
                    "ON CONFLICT DO NOTHING", schedule, key, due)
                await conn.execute(
                    "DELETE FROM schedule_runs WHERE schedule = $1 AND period_key = $2",
                    schedule + CLAIM_SUFFIX, key)

        await self._with_conn(work)

    async def was_sent(self, key: str) -> bool:
        """Whether a reply with idempotency key ``key`` is recorded as delivered in
        ``sent_replies`` (drained from the spool's ``SentReply`` records)."""
        rows = await self.fetch("SELECT 1 FROM sent_replies WHERE key = $1", key)
        return bool(rows)

    async def done_keys(self, schedules: Sequence[str], since: dt.datetime) -> set[tuple[str, str]]:
        """The (schedule, period_key) runs done with a due time at or after ``since``."""
        rows = await self.fetch(
            "SELECT schedule, period_key FROM schedule_runs "
            "WHERE schedule = ANY($1::text[]) AND at >= $2", list(schedules), since)
        return {(row["schedule"], row["period_key"]) for row in rows}

    async def prune(self, before: dt.datetime, schedules: Sequence[str]) -> int:
        """Delete run rows (done and claims) of ``schedules`` older than ``before``."""
        names = [*schedules, *(s + CLAIM_SUFFIX for s in schedules)]
        rows = await self.fetch(
            "WITH gone AS (DELETE FROM schedule_runs WHERE schedule = ANY($1::text[]) "
            "AND at < $2 RETURNING 1) SELECT count(*) AS n FROM gone", names, before)
        return int(rows[0]["n"])

    async def families(self) -> list[FamilyDue]:
        """Active families with a language and at least one child."""
        return [
            FamilyDue(chat_id=row["chat_id"], language=row["language"],
                      checkin_time=row["checkin_time"], timezone=row["timezone"],
                      children=tuple(zip(row["child_ids"], row["names"], row["ages"],
                                         strict=True)),
                      created_at=row["created_at"])
            for row in await self.fetch(_FAMILIES)
        ]

    # -- plumbing ------------------------------------------------------------------------

    async def fetch(self, sql: str, *args: Any) -> Sequence[asyncpg.Record]:
        """The rows of one statement; ``DatabaseUnavailable`` when PostgreSQL cannot
        answer now."""

        async def work(conn: asyncpg.Connection) -> Sequence[asyncpg.Record]:
            rows: Sequence[asyncpg.Record] = await conn.fetch(sql, *args, timeout=self._timeout)
            return rows

        result: Sequence[asyncpg.Record] = await self._with_conn(work)
        return result

    async def _with_conn(self, work: Any) -> Any:
        try:
            with anyio.fail_after(self._timeout * 3):
                pool = await self._ensure_pool()
                async with pool.acquire(timeout=self._timeout) as conn:
                    return await work(conn)
        except Exception as error:
            if is_retryable(error):
                raise DatabaseUnavailable(f"PostgreSQL unavailable: {error!r}") from error
            raise

    async def _ensure_pool(self) -> asyncpg.Pool:
        async with self._lock:
            if self._pool is None:
                # min_size=0: nothing connects until the first statement.
                # max_size=4: the scheduler's delivery tasks mark runs done while its
                # sweep claims the next ones.
                self._pool = await asyncpg.create_pool(
                    self._dsn, min_size=0, max_size=4, timeout=self._timeout,
                    command_timeout=self._timeout, max_inactive_connection_lifetime=60.0)
            return self._pool

    async def aclose(self) -> None:
        """Close the pool within a second, else terminate it."""
        pool, self._pool = self._pool, None
        if pool is not None:
            await close_or_terminate(pool)
