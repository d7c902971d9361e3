"""``SchedulerConfig``: what the scheduler is told (mirrored by ``[scheduler]`` settings)."""

from __future__ import annotations

import msgspec

__all__ = ["SchedulerConfig"]


class SchedulerConfig(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The scheduler's knobs. Durations are seconds; times are "HH:MM"."""

    tick: float = 30.0
    """Seconds between sweeps for due runs (a sweep also runs at start)."""
    retry_min: float = 1.0
    retry_max: float = 30.0
    """Backoff between sweeps while PostgreSQL does not answer (doubling, capped)."""
    checkin_catch_up: float = 6 * 3600.0
    """A check-in missed (scheduler or PostgreSQL down) still goes out this long after its
    due time; older ones are skipped for good (an evening question at noon helps nobody)."""
    weekly_weekday: int = 6
    """The weekly report's local weekday: Monday 0 … Sunday 6."""
    weekly_time: str = "19:00"
    weekly_catch_up: float = 24 * 3600.0
    backup_dir: str | None = "var/backups"
    """Where nightly dumps go; None: no scheduled backups."""
    backup_time_utc: str = "03:00"
    backup_keep: int = 7
    """Dumps kept (the newest); older ones are deleted after a successful backup."""
    backup_verify: bool = True
    """Restore each nightly dump into a scratch database and compare row counts."""
    backup_catch_up: float = 24 * 3600.0
    pg_bin_dir: str | None = None
    """Where pg_dump/pg_restore are; None: the newest /usr/lib/postgresql/*/bin, else PATH."""
    gauges_interval: float = 3600.0
    """Seconds between recomputations of the business gauges."""
    claim_lease: float = 600.0
    """A run claimed but not marked done (the claimer died, or its message's delivery was
    not confirmed) may be claimed again after this long; the key recorded as sent stops a
    second delivery. The scheduler waits at most half of it for a delivery."""
    keep_runs_days: int = 40
    """Schedule run rows older than this are pruned."""
    db_timeout: float = 5.0
    """Seconds for one PostgreSQL statement (and for connecting)."""
    delivery_timeout: float = 120.0
    """Seconds a check-in or report waits for the sender to deliver it before the run is
    left to its lease (a chat paused by a 429 for a minute still makes it); capped at
    half of ``claim_lease``."""
    delivery_concurrency: int = 50
    """Deliveries awaited at once during a sweep (families in progress together)."""
