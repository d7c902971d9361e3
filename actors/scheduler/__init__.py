"""The scheduler: daily check-ins, weekly reports, nightly backups, business gauges.

Layer 2 (actors). Imports ``runtime``, ``actors.protocol``, ``actors.db_writer`` (records,
the spool's interface, error classification, closing connections), ``actors.dialogs``
(the family record, time zones, emotion names) and ``config.settings.SchedulerSettings``
(its knobs); asyncpg, so asyncio only.

Layout: ``_clock`` (due times: zones, DST gaps and folds; pure), ``_schedules`` (runs
claimed and marked done in ``schedule_runs``; the families due), ``_checkins`` (the
question and its answers), ``_reports`` (the weekly report), ``_gauges`` (business
gauges), ``_backup`` (pg_dump / verify / restore), ``_verification`` (the last
verification, kept next to the backups), ``_cli`` (the backup commands),
``_actor`` (``Scheduler``), ``_texts`` (ru/en), ``_errors``.
"""

from ._actor import BACKUP, CHECKIN, SCHEDULES, WEEKLY, Scheduler, Sweep, SweepReport
from ._backup import (
    RestoreReport,
    VerifyReport,
    backup,
    find_pg_tool,
    list_backups,
    restore,
    verify_backup,
)
from ._checkins import (
    CheckinTap,
    checkin_key,
    checkin_message,
    handle_checkin_callback,
    parse_checkin_data,
)
from ._cli import backup_command, restore_command, verify_command
from ._clock import due_at, due_between, next_due, parse_hhmm, weekly_due_between
from ._errors import (
    BackupError,
    PgToolMissing,
    RestoreRefused,
    SchedulerError,
    VerificationFailed,
)
from ._gauges import BusinessGauges, compute_gauges
from ._reports import ChildWeek, render_report, report_key, trend_of
from ._schedules import FamilyDue, RunStore

__all__ = [
    "BACKUP",
    "CHECKIN",
    "SCHEDULES",
    "WEEKLY",
    "BackupError",
    "BusinessGauges",
    "CheckinTap",
    "ChildWeek",
    "FamilyDue",
    "PgToolMissing",
    "RestoreRefused",
    "RestoreReport",
    "RunStore",
    "Scheduler",
    "SchedulerError",
    "Sweep",
    "SweepReport",
    "VerificationFailed",
    "VerifyReport",
    "backup",
    "backup_command",
    "checkin_key",
    "checkin_message",
    "compute_gauges",
    "due_at",
    "due_between",
    "find_pg_tool",
    "handle_checkin_callback",
    "list_backups",
    "next_due",
    "parse_checkin_data",
    "parse_hhmm",
    "render_report",
    "report_key",
    "restore",
    "restore_command",
    "trend_of",
    "verify_backup",
    "verify_command",
    "weekly_due_between",
]
