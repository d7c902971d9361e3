"""Leadership among replicas: a lease row in PostgreSQL renewed by its holder, with a
fencing token (its epoch), and the shared tables the token guards.

Several bot processes (replicas) may run on one PostgreSQL. One of them holds the lease
``telegram`` and is the only one that polls Telegram and handles updates; the others
stand by and take the lease over when it is not renewed within ``ttl`` seconds. Why a
lease row and not a session advisory lock: docs/replicas.md, section "The lease".

- **The row** ``telegram_leases(name, holder, epoch, expires_at, ...)``. Taking it and
  renewing it is one statement that succeeds only when the row is expired or is ours;
  ``epoch`` goes up by one every time the lease changes hands (or lapses and is taken
  again), never otherwise, so an epoch names one contiguous term of one holder. Expiry
  is PostgreSQL's clock (``clock_timestamp()``): replicas' clocks never meet.
- **Validity on this side.** A term is valid until ``renewal start + ttl - margin`` on
  this process's monotonic clock: a renewal's start precedes the server's
  ``clock_timestamp()``, so the holder stops believing in its term before any other
  replica can take the row. Validity is computed when asked (``valid``), never cached in
  a flag, so a process resumed after ``SIGSTOP`` sees its term gone at once, whichever of
  its tasks runs first.
- **Fencing.** The epoch is checked inside PostgreSQL where the effects are: the poller's
  commit of a batch (``commit``: the updates into ``received_updates`` and the offset,
  in one transaction that first locks the lease row if it is still ours), and the
  sender's claim of a reply (``ReplyClaims.claim``: a row in ``telegram_reply_claims``
  written only while the lease row is ours). A replica that lost its term can neither
  confirm an update nobody else will see nor send a reply another replica also sends.
- **PostgreSQL down.** Nobody can renew or take the lease: the holder's term ends after
  ``ttl``, intake and replies stop, Telegram keeps the updates (24 h), and whoever
  reaches PostgreSQL first afterwards takes over and adopts every acknowledged update.

``Inbox`` is the webhook replicas' shared intake (any replica inserts what Telegram
POSTs; the holder handles it), over the same ``received_updates`` table.
"""

from __future__ import annotations

import enum
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, NoReturn, TypeVar

import anyio
import asyncpg  # type: ignore[import-untyped]

from actors.db_writer import DatabaseUnavailable, close_or_terminate, is_retryable
from actors.protocol import IncomingUpdate
from runtime import Actor, Exit, ExitKind, MessageCodec

__all__ = [
    "LEASE_NAME",
    "ClaimOutcome",
    "Inbox",
    "Lease",
    "LeaseKeeper",
    "LeaseRole",
    "LeaseStats",
    "ReplyClaims",
    "Term",
    "default_holder",
    "ensure_schema",
]

log: Final = logging.getLogger(__name__)

LEASE_NAME: Final = "telegram"
INBOX_CHANNEL: Final = "telegram_inbox"
"""The NOTIFY channel a webhook replica signals after inserting updates."""
CLAIM_RETENTION: Final = 48 * 3600.0
"""Seconds a reply claim is kept (as long as the journal keeps sent keys)."""
PRUNE_EVERY: Final = 3600.0
_SCHEMA_LOCK: Final = 0x46455F4C45415345  # "FE_LEASE": serialises the CREATE IF NOT EXISTS
_PAYLOAD: Final[MessageCodec[IncomingUpdate]] = MessageCodec(IncomingUpdate)
T = TypeVar("T")

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS telegram_leases (
    name              text PRIMARY KEY,
    holder            text NOT NULL,
    epoch             bigint NOT NULL,        -- the fencing token: +1 at every change of hands
    expires_at        timestamptz NOT NULL,   -- PostgreSQL's clock
    acquired_at       timestamptz NOT NULL,
    renewed_at        timestamptz NOT NULL,
    committed_offset  bigint                  -- the poller's offset after its last fenced commit
);
CREATE TABLE IF NOT EXISTS telegram_reply_claims (
    key         text PRIMARY KEY,             -- the reply's idempotency key (u<update_id>[#part])
    epoch       bigint NOT NULL,              -- the lease term that claimed it
    holder      text NOT NULL,
    claimed_at  timestamptz NOT NULL,
    sent_at     timestamptz                   -- Telegram accepted it
);
CREATE INDEX IF NOT EXISTS telegram_reply_claims_claimed_at
    ON telegram_reply_claims (claimed_at);
"""

# $1 name, $2 holder, $3 ttl seconds, $4 the epoch we hold (0: none).
_ACQUIRE_SQL: Final = """
INSERT INTO telegram_leases AS l (name, holder, epoch, expires_at, acquired_at, renewed_at)
VALUES ($1, $2, 1, clock_timestamp() + make_interval(secs => $3), clock_timestamp(),
        clock_timestamp())
ON CONFLICT (name) DO UPDATE SET
    holder = excluded.holder,
    epoch = CASE WHEN l.holder = excluded.holder AND l.epoch = $4
                      AND l.expires_at > clock_timestamp()
                 THEN l.epoch ELSE l.epoch + 1 END,
    acquired_at = CASE WHEN l.holder = excluded.holder AND l.epoch = $4
                            AND l.expires_at > clock_timestamp()
                       THEN l.acquired_at ELSE excluded.acquired_at END,
    expires_at = excluded.expires_at,
    renewed_at = excluded.renewed_at
WHERE l.expires_at <= clock_timestamp() OR (l.holder = excluded.holder AND l.epoch = $4)
RETURNING epoch"""
_WHO_SQL: Final = """
SELECT holder, epoch, extract(epoch FROM expires_at - clock_timestamp()) AS left_s
FROM telegram_leases WHERE name = $1"""
_RELEASE_SQL: Final = """
UPDATE telegram_leases SET expires_at = clock_timestamp()
WHERE name = $1 AND holder = $2 AND epoch = $3"""
_FENCE_SQL: Final = """
SELECT 1 FROM telegram_leases
WHERE name = $1 AND holder = $2 AND epoch = $3 AND expires_at > clock_timestamp()
FOR SHARE"""
_INTAKE_SQL: Final = """
INSERT INTO received_updates (update_id, chat_id, payload, at)
SELECT u.id, u.chat, u.payload, clock_timestamp()
FROM unnest($1::bigint[], $2::bigint[], $3::bytea[]) AS u(id, chat, payload)
ON CONFLICT (update_id) DO NOTHING"""
_OFFSET_SQL: Final = "UPDATE telegram_leases SET committed_offset = $2 WHERE name = $1"
_PENDING_SQL: Final = """
SELECT r.update_id, r.payload, r.at FROM received_updates r
WHERE r.at >= $1
  AND NOT EXISTS (SELECT 1 FROM processed_updates p WHERE p.update_id = r.update_id)
ORDER BY r.at, r.update_id"""
# $1 name, $2 holder, $3 epoch, $4 key
_CLAIM_SQL: Final = """
WITH lease AS (
    SELECT 1 FROM telegram_leases
    WHERE name = $1 AND holder = $2 AND epoch = $3 AND expires_at > clock_timestamp()
    FOR SHARE
), claim AS (
    INSERT INTO telegram_reply_claims AS c (key, epoch, holder, claimed_at)
    SELECT $4, $3, $2, clock_timestamp() FROM lease
    ON CONFLICT (key) DO UPDATE SET
        epoch = excluded.epoch, holder = excluded.holder, claimed_at = excluded.claimed_at
    WHERE c.sent_at IS NULL AND c.epoch <= excluded.epoch
    RETURNING 1
)
SELECT (SELECT count(*) FROM lease) AS leased, (SELECT count(*) FROM claim) AS claimed,
       (SELECT sent_at IS NOT NULL FROM telegram_reply_claims WHERE key = $4) AS sent"""
_SENT_SQL: Final = """
UPDATE telegram_reply_claims SET sent_at = clock_timestamp()
WHERE key = $1 AND sent_at IS NULL"""
_PRUNE_SQL: Final = """
DELETE FROM telegram_reply_claims
WHERE claimed_at < clock_timestamp() - make_interval(secs => $1)"""


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


def default_holder() -> str:
    """``host:pid:random``: unique per process, even where every container is PID 1."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


async def ensure_schema(conn: asyncpg.Connection) -> None:
    """Create the lease and claim tables when missing (idempotent; concurrent callers are
    serialised by a transaction-scoped advisory lock)."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", _SCHEMA_LOCK)
        await conn.execute(_SCHEMA)


class LeaseRole(enum.Enum):
    UNKNOWN = "unknown"  # PostgreSQL not reached yet
    STANDBY = "standby"  # another replica holds the lease
    LEADER = "leader"  # this replica holds it


@dataclass
class LeaseStats:
    """What health and metrics show of the lease (shared across incarnations)."""

    holder: str = ""
    """This replica's name in the lease."""
    role: LeaseRole = LeaseRole.UNKNOWN
    epoch: int | None = None
    """The epoch of this replica's current term (None when it holds none)."""
    leader: str | None = None
    """Who holds the lease, as last read (this replica's name when it does)."""
    leader_epoch: int | None = None
    acquired: int = 0
    """Terms begun by this replica."""
    lost: int = 0
    """Terms ended, by reason (released on a graceful stop included)."""
    renew_failures: int = 0
    """Renewals or takeover attempts that could not reach PostgreSQL."""
    fenced: dict[str, int] = field(default_factory=lambda: {"offset": 0, "reply": 0})
    """Effects refused by the fencing token: ``offset`` (a batch not committed),
    ``reply`` (a reply not claimed)."""
    last_change_at: float | None = None
    """``anyio.current_time()`` of the last change of role."""
    last_loss: str = ""
    """Why the last term ended."""


@dataclass(eq=False)
class Term:
    """One term of this replica: ``epoch`` is the fencing token; ``lost`` is set when it
    ends (never reused: the next term is a new object with a higher epoch)."""

    epoch: int
    started_at: float
    lost: anyio.Event = field(default_factory=anyio.Event)
    reason: str = ""


class _Connection:
    """One asyncpg connection used under a lock, opened on first use and dropped (closed or
    terminated) after any failure, so a reply can never meet the wrong query."""

    def __init__(self, dsn: str, *, name: str, connect_timeout: float,
                 command_timeout: float, hold_limit: float = 2.0) -> None:
        self._hold_limit = hold_limit
        self._dsn = dsn
        self._name = name
        self._connect_timeout = connect_timeout
        self._command_timeout = command_timeout
        self._conn: asyncpg.Connection | None = None
        self._lock: anyio.Lock | None = None
        self._schema_ready = False

    async def run(self, action: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
        """``action(conn)`` under the lock within the timeouts. Raises
        ``DatabaseUnavailable`` when PostgreSQL cannot be reached or does not answer."""
        if self._lock is None:
            self._lock = anyio.Lock()
        async with self._lock:
            try:
                with anyio.fail_after(self._connect_timeout + self._command_timeout):
                    conn = await self._connection()
                    return await action(conn)
            except (TimeoutError, OSError) as error:
                await self._drop()
                raise DatabaseUnavailable(f"{type(error).__name__}: {error}") from error
            except Exception as error:
                await self._drop()
                if is_retryable(error):
                    raise DatabaseUnavailable(f"{type(error).__name__}: {error}") from error
                raise
            except BaseException:  # cancelled mid-query (a term ending): state unknown
                with anyio.CancelScope(shield=True):
                    await self._drop()
                raise

    async def _connection(self) -> asyncpg.Connection:
        if self._conn is None or self._conn.is_closed():
            self._conn = await asyncpg.connect(
                self._dsn, timeout=self._connect_timeout,
                command_timeout=self._command_timeout,
                server_settings={
                    "application_name": f"family-emotions-{self._name}",
                    # A process paused mid-transaction must not hold the lease row (or a
                    # key the next holder inserts) past its lease: the server ends it.
                    "idle_in_transaction_session_timeout": str(_ms(self._hold_limit)),
                    "lock_timeout": str(_ms(self._hold_limit / 2)),
                })
            if not self._schema_ready:
                await ensure_schema(self._conn)
                self._schema_ready = True
        return self._conn

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await close_or_terminate(conn, timeout=0.2)

    async def aclose(self) -> None:
        await self._drop()


class Lease:
    """The lease ``name`` held by ``holder`` for ``ttl`` seconds at a time (see the module
    docstring). ``run()`` (a task: the ``telegram_lease`` actor's) takes and renews it
    every ``renew_interval`` seconds; ``wait_term()`` waits until this replica holds it;
    ``valid(epoch)`` says whether the term ``epoch`` still stands; ``commit`` is the
    poller's fenced write of a batch; ``release()`` gives the lease up at a graceful
    stop, so a standby takes over at once."""

    def __init__(
        self, dsn: str, *, holder: str | None = None, name: str = LEASE_NAME,
        ttl: float = 6.0, renew_interval: float = 1.5, connect_timeout: float = 2.0,
    ) -> None:
        if renew_interval >= ttl:
            raise ValueError("renew_interval must be shorter than ttl")
        self.name = name
        self.holder = holder or default_holder()
        self.ttl = ttl
        self.renew_interval = renew_interval
        self.margin = min(0.5, ttl / 5)
        """Seconds a term ends on this side before PostgreSQL's expiry (clock rates)."""
        call = min(connect_timeout + ttl / 3, ttl / 2)
        self._db = _Connection(dsn, name="lease", connect_timeout=min(connect_timeout, call),
                               command_timeout=call, hold_limit=ttl / 2)
        self.stats = LeaseStats(holder=self.holder)
        self._term: Term | None = None
        self._valid_until = 0.0
        self._changed: anyio.Event | None = None
        self._unreachable = False

    def __repr__(self) -> str:
        return f"Lease({self.name!r}, {self.holder!r}, {self.stats.role.value})"

    # -- reading ---------------------------------------------------------------------------

    @property
    def term(self) -> Term | None:
        """The current term when it is still valid, else None."""
        term = self._term
        if term is None or anyio.current_time() >= self._valid_until:
            return None
        return term

    def valid(self, epoch: int) -> bool:
        """Whether this replica still holds the lease in term ``epoch``, by its own clock
        (a conservative view: PostgreSQL's expiry comes later)."""
        term = self._term
        return (term is not None and term.epoch == epoch
                and anyio.current_time() < self._valid_until)

    def remaining(self, epoch: int) -> float:
        """Seconds term ``epoch`` still stands by this replica's clock (0 once it ended):
        what a holder may wait on even when the renewals are stuck."""
        if not self.valid(epoch):
            return 0.0
        return self._valid_until - anyio.current_time()

    async def wait_term(self) -> Term:
        """Until this replica holds the lease: its current term."""
        while True:
            term = self.term
            if term is not None:
                return term
            await self._wait_change(self.renew_interval)

    async def _wait_change(self, timeout: float) -> None:
        if self._changed is None:
            self._changed = anyio.Event()
        with anyio.move_on_after(timeout):
            await self._changed.wait()

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = None

    # -- the loop --------------------------------------------------------------------------

    async def run(self) -> NoReturn:
        """Take and renew the lease forever; ends this replica's term whenever it was not
        renewed in time. Never raises for PostgreSQL being away."""
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._expiry_watch)
            while True:
                await self.renew_once()
                await anyio.sleep(self.renew_interval)
        raise AssertionError("unreachable")  # pragma: no cover

    async def renew_once(self) -> None:
        """One renewal (or takeover attempt)."""
        started = anyio.current_time()
        held = self._term.epoch if self._term is not None else 0

        async def attempt(conn: asyncpg.Connection) -> tuple[int | None, Any]:
            epoch = await conn.fetchval(_ACQUIRE_SQL, self.name, self.holder, self.ttl, held)
            if epoch is not None:
                return int(epoch), None
            return None, await conn.fetchrow(_WHO_SQL, self.name)

        try:
            epoch, other = await self._db.run(attempt)
        except DatabaseUnavailable as error:
            self.stats.renew_failures += 1
            if not self._unreachable:
                self._unreachable = True
                log.warning("lease: PostgreSQL unreachable (%s); %s", error,
                            "this replica's term ends when its lease runs out"
                            if self._term is not None else "standing by")
            self._check_expiry()
            return
        if self._unreachable:
            self._unreachable = False
            log.info("lease: PostgreSQL reachable again")
        if epoch is not None:
            if self._term is not None and self._term.epoch != epoch:
                self._end("the lease lapsed and was taken again under a new epoch")
            self._valid_until = started + self.ttl - self.margin  # after _end zeroed it
            if self._term is None:
                self._begin(epoch, started)
            return
        if other is not None:
            self.stats.leader, self.stats.leader_epoch = other["holder"], other["epoch"]
        if self._term is not None:
            self._end(f"replica {self.stats.leader} holds the lease (epoch "
                      f"{self.stats.leader_epoch})")
        self._set_role(LeaseRole.STANDBY)

    def _begin(self, epoch: int, started: float) -> None:
        self._term = Term(epoch, started)
        self.stats.epoch = epoch
        self.stats.leader, self.stats.leader_epoch = self.holder, epoch
        self.stats.acquired += 1
        self._set_role(LeaseRole.LEADER)
        log.warning("lease: this replica (%s) holds the lease, epoch %d", self.holder, epoch)
        self._notify()

    def _end(self, reason: str) -> None:
        term, self._term = self._term, None
        if term is None:
            return
        term.reason = reason
        term.lost.set()
        self._valid_until = 0.0
        self.stats.epoch = None
        self.stats.lost += 1
        self.stats.last_loss = reason
        log.warning("lease: this replica's term %d ended: %s", term.epoch, reason)
        self._notify()

    def _set_role(self, role: LeaseRole) -> None:
        if role is not self.stats.role:
            self.stats.role = role
            self.stats.last_change_at = anyio.current_time()

    def _check_expiry(self) -> None:
        if self._term is not None and anyio.current_time() >= self._valid_until:
            self._end("not renewed in time (PostgreSQL unreachable, or this process was "
                      "paused)")
            self._set_role(LeaseRole.UNKNOWN)

    async def _expiry_watch(self) -> None:
        while True:
            self._check_expiry()
            left = self._valid_until - anyio.current_time() if self._term is not None else 0
            await anyio.sleep(max(0.01, min(left, self.renew_interval)))

    # -- effects under the fencing token ----------------------------------------------------

    async def commit(self, epoch: int, updates: Sequence[IncomingUpdate],
                     offset: int | None) -> bool:
        """Write ``updates`` into ``received_updates`` and ``offset`` into the lease row in
        one transaction, only if term ``epoch`` still holds the row: True when written,
        False when fenced (nothing written). Raises ``DatabaseUnavailable``."""
        if not self.valid(epoch):
            self.stats.fenced["offset"] += 1
            return False
        ids = [u.update_id for u in updates]
        chats = [u.chat_id for u in updates]
        payloads = [_PAYLOAD.encode(u) for u in updates]

        async def write(conn: asyncpg.Connection) -> bool:
            async with conn.transaction():
                if await conn.fetchval(_FENCE_SQL, self.name, self.holder, epoch) is None:
                    return False
                if ids:
                    await conn.execute(_INTAKE_SQL, ids, chats, payloads)
                if offset is not None:
                    await conn.execute(_OFFSET_SQL, self.name, offset)
                return True

        ok = await self._db.run(write)
        if not ok:
            self.stats.fenced["offset"] += 1
        return ok

    async def release(self) -> None:
        """Give the lease up (a graceful stop): a standby takes it at its next attempt.
        Best effort: PostgreSQL away, the lease simply runs out."""
        term = self._term
        if term is None:
            return
        self._end("released at a graceful stop")

        async def release(conn: asyncpg.Connection) -> None:
            await conn.execute(_RELEASE_SQL, self.name, self.holder, term.epoch)

        try:
            await self._db.run(release)
        except DatabaseUnavailable as error:
            log.warning("lease: could not release the lease (%s); it runs out in %.1f s",
                        error, self.ttl)

    async def aclose(self) -> None:
        await self._db.aclose()


class ClaimOutcome(enum.Enum):
    """What ``ReplyClaims.claim`` found."""

    CLAIMED = "claimed"  # send it: this term owns the reply now
    SENT = "sent"  # another term (or this one) sent it already: skip it
    FENCED = "fenced"  # this replica lost the lease, or a newer term claimed it: drop it
    UNAVAILABLE = "unavailable"  # PostgreSQL did not answer: try again later


class ReplyClaims:
    """The sender's fence: a reply is sent only after its key was claimed in PostgreSQL
    under the current term of ``lease``; a claim of an older term that was never marked
    sent may be taken over by a newer one (the old holder died mid-send: that reply may
    then come twice, the duplicate window of an in-flight send)."""

    def __init__(self, lease: Lease, dsn: str, *, connect_timeout: float = 2.0,
                 command_timeout: float = 2.0) -> None:
        self.lease = lease
        self._db = _Connection(dsn, name="claims", connect_timeout=connect_timeout,
                               command_timeout=command_timeout, hold_limit=lease.ttl / 2)

    async def claim(self, key: str) -> tuple[ClaimOutcome, int | None]:
        """Claim ``key`` for the current term: the outcome and the term's epoch."""
        term = self.lease.term
        if term is None:
            self.lease.stats.fenced["reply"] += 1
            return ClaimOutcome.FENCED, None
        epoch = term.epoch

        async def claim(conn: asyncpg.Connection) -> Any:
            return await conn.fetchrow(_CLAIM_SQL, self.lease.name, self.lease.holder, epoch,
                                       key)

        try:
            row = await self._db.run(claim)
        except DatabaseUnavailable:
            return ClaimOutcome.UNAVAILABLE, epoch
        if row["claimed"]:
            return ClaimOutcome.CLAIMED, epoch
        if row["leased"] and row["sent"]:
            return ClaimOutcome.SENT, epoch
        self.lease.stats.fenced["reply"] += 1
        return ClaimOutcome.FENCED, epoch

    def holds(self, epoch: int | None) -> bool:
        """Whether the term that claimed (``epoch``) still stands: checked right before
        the request leaves."""
        return epoch is not None and self.lease.valid(epoch)

    async def mark_sent(self, key: str) -> None:
        """Telegram accepted ``key``: no later term sends it again. Best effort."""

        async def mark(conn: asyncpg.Connection) -> None:
            await conn.execute(_SENT_SQL, key)

        try:
            await self._db.run(mark)
        except DatabaseUnavailable as error:
            log.warning("could not mark reply %s sent in PostgreSQL (%s): a new lease "
                        "holder may send it again", key, error)

    async def prune(self, older_than: float) -> None:
        """Forget claims older than ``older_than`` seconds."""

        async def prune(conn: asyncpg.Connection) -> None:
            await conn.execute(_PRUNE_SQL, older_than)

        await self._db.run(prune)

    async def aclose(self) -> None:
        await self._db.aclose()


class Inbox:
    """The shared intake of webhook replicas: ``insert`` (any replica: what Telegram
    POSTed, durable in PostgreSQL when it returns, then a NOTIFY) and ``pending_since``
    (the lease holder: rows not processed yet). ``wait`` waits for a NOTIFY or a
    timeout."""

    def __init__(self, dsn: str, *, connect_timeout: float = 2.0,
                 command_timeout: float = 2.0) -> None:
        self._dsn = dsn
        self._connect_timeout = connect_timeout
        self._db = _Connection(dsn, name="inbox", connect_timeout=connect_timeout,
                               command_timeout=command_timeout)
        self._reader = _Connection(dsn, name="inbox-reader", connect_timeout=connect_timeout,
                                   command_timeout=command_timeout * 5)
        self._listener: asyncpg.Connection | None = None
        self._signal: anyio.Event | None = None

    async def insert(self, updates: Sequence[IncomingUpdate]) -> None:
        """Insert ``updates`` (ids already there are left alone) and notify the holder.
        Durable on return. Raises ``DatabaseUnavailable``."""
        ids = [u.update_id for u in updates]
        chats = [u.chat_id for u in updates]
        payloads = [_PAYLOAD.encode(u) for u in updates]

        async def insert(conn: asyncpg.Connection) -> None:
            async with conn.transaction():
                await conn.execute(_INTAKE_SQL, ids, chats, payloads)
                await conn.execute(f"NOTIFY {INBOX_CHANNEL}")

        await self._db.run(insert)

    async def pending_since(self, since: float) -> tuple[list[IncomingUpdate], float]:
        """Updates received at or after ``since`` (Unix seconds, PostgreSQL's clock) and
        not processed, oldest first, and the newest ``at`` among them (``since`` when
        none). Raises ``DatabaseUnavailable``."""
        import datetime as dt

        horizon = dt.datetime.fromtimestamp(since, dt.UTC)

        async def read(conn: asyncpg.Connection) -> Any:
            return await conn.fetch(_PENDING_SQL, horizon)

        rows = await self._reader.run(read)
        updates: list[IncomingUpdate] = []
        newest = since
        for row in rows:
            newest = max(newest, row["at"].timestamp())
            try:
                updates.append(_PAYLOAD.decode(row["payload"]))
            except Exception:  # a row that does not decode is not ours to fix
                log.warning("inbox: update %s does not decode; skipped", row["update_id"])
        return updates, newest

    async def wait(self, timeout: float) -> None:
        """Until a NOTIFY on the inbox channel, or ``timeout`` seconds."""
        if self._signal is None:
            self._signal = anyio.Event()
        try:
            await self._listen()
        except Exception as error:  # listening is an optimisation: polling still works
            log.debug("inbox: LISTEN failed (%s); polling", error)
            await self._drop_listener()
        signal = self._signal
        with anyio.move_on_after(timeout):
            await signal.wait()
        if signal.is_set():
            self._signal = anyio.Event()

    async def _listen(self) -> None:
        if self._listener is not None and not self._listener.is_closed():
            return
        with anyio.fail_after(self._connect_timeout):
            conn = await asyncpg.connect(
                self._dsn, timeout=self._connect_timeout,
                server_settings={"application_name": "family-emotions-inbox-listen"})
        self._listener = conn

        def wake(*_: object) -> None:
            if self._signal is not None:
                self._signal.set()

        await conn.add_listener(INBOX_CHANNEL, wake)

    async def _drop_listener(self) -> None:
        conn, self._listener = self._listener, None
        if conn is not None:
            await close_or_terminate(conn, timeout=0.2)

    async def aclose(self) -> None:
        await self._db.aclose()
        await self._reader.aclose()
        await self._drop_listener()


class LeaseKeeper(Actor):
    """The ``telegram_lease`` actor: runs ``lease.run()`` (renewals, takeovers), prunes
    reply claims older than ``CLAIM_RETENTION`` every hour, and releases the lease at a
    graceful stop so a standby takes over at once. The lease outlives the actor's
    restarts (the tree makes it once)."""

    def __init__(self, lease: Lease, claims: ReplyClaims | None = None) -> None:
        self._lease = lease
        self._claims = claims

    def __repr__(self) -> str:
        return f"LeaseKeeper({self._lease!r})"

    async def run(self) -> None:
        if self._claims is not None:
            self.ctx.start_soon(self._prune_forever, name="prune-claims")
        await self._lease.run()

    async def _prune_forever(self) -> None:
        assert self._claims is not None
        while True:
            await anyio.sleep(PRUNE_EVERY)
            try:
                await self._claims.prune(CLAIM_RETENTION)
            except DatabaseUnavailable as error:
                self.ctx.log.info("could not prune reply claims: %s", error)

    async def stopped(self, exit: Exit) -> None:
        if exit.kind is ExitKind.SHUTDOWN:
            with anyio.CancelScope(shield=True), anyio.move_on_after(2.0):
                await self._lease.release()
