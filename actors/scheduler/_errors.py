"""The scheduler's exceptions (the tree: docs/scheduler.md, section "Errors").

PostgreSQL being unavailable is ``actors.db_writer.DatabaseUnavailable`` (shared with the
writer): the scheduler waits it out and catches up.
"""

from __future__ import annotations

__all__ = [
    "BackupError",
    "DeliveryUnconfirmed",
    "PgToolMissing",
    "RestoreRefused",
    "SchedulerError",
    "VerificationFailed",
]


class SchedulerError(Exception):
    """Base class of this package's errors."""


class BackupError(SchedulerError):
    """A dump, restore or verification step failed; the message has the tool's stderr."""


class PgToolMissing(BackupError):
    """pg_dump / pg_restore not found in the configured directory, the Debian layout or
    PATH; install the ``postgresql-client`` package."""


class VerificationFailed(BackupError):
    """A restored backup's row counts differ from those recorded when it was taken. Not
    raised by ``verify_backup``, which reports; raised by callers that require a good
    backup, such as the nightly run."""


class RestoreRefused(SchedulerError):
    """``restore`` was called without ``yes=True``: it replaces the live database."""


class DeliveryUnconfirmed(SchedulerError):
    """The sender did not confirm a scheduled message as delivered or dropped for good:
    no answer within the delivery timeout, the ask crashed or found the sender stopped,
    or the sender gave the message up after transient failures. The run stays claimed
    (not done) and is sent again, under the same key, once the claim's lease expires."""
