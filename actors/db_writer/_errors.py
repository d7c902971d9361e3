"""The database writer's exceptions, and the one place asyncpg's errors are classified.

``DbError`` is the base; ``DatabaseUnavailable`` means retry later, ``MigrationError`` a
migration that was not applied. A dead server shows up as several families of errors
(``is_unavailable``); only SQLSTATE classes 22 and 23 and asyncpg's client-side
``DataError`` are data problems (``is_data_problem``) whose record is set aside; anything
else is retried, never dropped. See docs/db-writer.md, section "Errors and how asyncpg's
are classified".
"""

from __future__ import annotations

import asyncpg  # type: ignore[import-untyped]
from asyncpg.exceptions import (  # type: ignore[import-untyped]
    DataError as ClientDataError,
)
from asyncpg.exceptions import InternalClientError

__all__ = [
    "DatabaseUnavailable",
    "DbError",
    "MigrationError",
    "is_data_problem",
    "is_retryable",
    "is_unavailable",
]


class DbError(Exception):
    """Base class of this package's errors."""


class DatabaseUnavailable(DbError):
    """PostgreSQL could not be reached or did not answer in time, or refused a write for a
    reason other than its data (``is_retryable``); raised ``from`` the driver's error.
    Transient: the same call may succeed later."""


class MigrationError(DbError):
    """A migration could not be applied (misnamed file, failing SQL); nothing of the
    failing call's transaction was committed."""


_UNAVAILABLE: tuple[type[BaseException], ...] = (
    asyncpg.PostgresConnectionError,  # class 08: closed mid-operation, connection failures
    asyncpg.InterfaceError,  # "connection is closed", "pool is closing", op in progress
    # "cannot switch to state 15; another operation (2) is in progress": the connection's
    # protocol left in the middle of an operation when the server was killed under it (seen
    # in CI: it crashed the flusher, whose ask then went unanswered); that connection is
    # broken, the next one is not
    InternalClientError,
    asyncpg.CannotConnectNowError,  # 57P03: the server is starting up
    asyncpg.AdminShutdownError,  # 57P01: fast shutdown
    asyncpg.CrashShutdownError,  # 57P02: a backend crashed, the server resets
    asyncpg.TooManyConnectionsError,  # 53300
    OSError,  # ConnectionRefusedError and friends while (re)connecting
    TimeoutError,  # command_timeout, connect timeout, our own fail_after
)


def is_unavailable(error: BaseException) -> bool:
    """True when ``error`` says the server is unreachable or not answering (retry later)."""
    return isinstance(error, _UNAVAILABLE) and not isinstance(error, ClientDataError)


def is_data_problem(error: BaseException) -> bool:
    """True when the data itself was rejected: by PostgreSQL (SQLSTATE class 22 or 23) or
    by asyncpg while encoding a value (out of range for its column type). The same rows
    will fail every time, so the record at fault must be set aside."""
    if isinstance(error, ClientDataError):
        return True
    if not isinstance(error, asyncpg.PostgresError) or is_unavailable(error):
        return False
    sqlstate = str(getattr(error, "sqlstate", "") or "")
    return sqlstate[:2] in ("22", "23")


def is_retryable(error: BaseException) -> bool:
    """True for errors to retry later rather than set data aside: an unavailable server,
    and any other PostgreSQL error that is not about the data (a missing table after a
    restore, permissions, a read-only standby): retried, never dropped."""
    if is_data_problem(error):
        return False
    return is_unavailable(error) or isinstance(error, asyncpg.PostgresError)
