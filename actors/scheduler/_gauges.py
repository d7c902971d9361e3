"""Business gauges, recomputed hourly by the scheduler, read by the metrics exporter.

``BusinessGauges`` is made once by the application and handed to every scheduler
incarnation; ``compute_gauges`` fills it from PostgreSQL's rows (active families, check-in
completion, rolling retention d1/d7/d30 with their cohort sizes, the nightly backup).
Every value is None until the first computation. See docs/scheduler.md, section "Business
gauges", for each definition.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Final

from ._schedules import RunStore
from ._verification import Verification

__all__ = ["RETENTION_DAYS", "BusinessGauges", "compute_gauges"]

RETENTION_DAYS: Final = (1, 7, 30)


@dataclass
class BusinessGauges:
    """The latest business gauges (definitions: docs/scheduler.md, section "Business
    gauges"). The metrics side reads the fields, or ``as_dict()``, at every scrape."""

    active_families: int | None = None
    checkins_sent: int | None = None
    checkins_answered: int | None = None
    checkin_completion: float | None = None
    retention_d1: float | None = None
    retention_d7: float | None = None
    retention_d30: float | None = None
    cohort_d1: int | None = None
    cohort_d7: int | None = None
    cohort_d30: int | None = None
    computed_at: dt.datetime | None = None
    """Wall-clock UTC time of the last computation."""
    last_backup: str | None = None
    """Path of the newest nightly dump taken by this process."""
    last_backup_at: dt.datetime | None = None
    last_backup_verified: bool | None = None
    """Whether the last verified dump restored with the recorded row counts (None: not
    verified); from ``last_verification`` after a restart."""
    last_verification: Verification | None = None
    """The last verification: when, ok or not, which dump; recorded next to the backups
    (``<backup_dir>/last-verification.json``) and read back when the scheduler starts."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_ACTIVE: Final = """
SELECT count(*) AS n FROM families f WHERE f.active AND (
    EXISTS (SELECT 1 FROM emotion_entries e WHERE e.chat_id = f.chat_id AND e.at >= $1)
    OR EXISTS (SELECT 1 FROM checkins c WHERE c.chat_id = f.chat_id AND c.at >= $1))
"""

_CHECKINS: Final = """
WITH sent AS (
    SELECT split_part(period_key, ':', 1)::bigint AS chat_id,
           split_part(period_key, ':', 2)::date AS day
    FROM schedule_runs WHERE schedule = 'checkin' AND at >= $1 AND at <= $2)
SELECT count(*) AS sent,
       count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM checkins c WHERE c.chat_id = sent.chat_id AND c.day = sent.day
       )) AS answered
FROM sent
"""

_RETENTION: Final = """
WITH cohort AS (
    SELECT chat_id, min(first_seen) AS first_seen FROM parents GROUP BY chat_id
    HAVING min(first_seen) >= $1 AND min(first_seen) < $2)
SELECT count(*) AS size,
       count(*) FILTER (WHERE
           EXISTS (SELECT 1 FROM emotion_entries e WHERE e.chat_id = cohort.chat_id
                   AND e.at >= cohort.first_seen + make_interval(days => $3::int))
           OR EXISTS (SELECT 1 FROM checkins c WHERE c.chat_id = cohort.chat_id
                   AND c.at >= cohort.first_seen + make_interval(days => $3::int))) AS retained
FROM cohort
"""


async def compute_gauges(store: RunStore, now: dt.datetime, into: BusinessGauges) -> None:
    """Recompute every gauge at ``now`` and store them in ``into`` (all at once, after
    every query succeeded). Raises ``DatabaseUnavailable`` and leaves ``into`` as it was."""
    week_ago = now - dt.timedelta(days=7)
    active = await store.fetch(_ACTIVE, week_ago)
    checkins = (await store.fetch(_CHECKINS, week_ago, now))[0]
    retention: dict[int, tuple[int, float | None]] = {}
    for days in RETENTION_DAYS:
        start = now - dt.timedelta(days=days + 7)
        end = now - dt.timedelta(days=days)
        row = (await store.fetch(_RETENTION, start, end, days))[0]
        size = int(row["size"])
        retention[days] = (size, int(row["retained"]) / size if size else None)
    sent, answered = int(checkins["sent"]), int(checkins["answered"])
    into.active_families = int(active[0]["n"])
    into.checkins_sent = sent
    into.checkins_answered = answered
    into.checkin_completion = answered / sent if sent else None
    into.cohort_d1, into.retention_d1 = retention[1]
    into.cohort_d7, into.retention_d7 = retention[7]
    into.cohort_d30, into.retention_d30 = retention[30]
    into.computed_at = now
