"""``Scheduler``: the actor that sends check-ins and weekly reports, takes nightly backups
and recomputes the business gauges.

::

    started ──▶ loop task: sweep, sleep(tick) … (while PostgreSQL is down: backoff)
    Sweep (ask) ──▶ sweep now; answer a SweepReport
    sweep: families ──▶ due runs in the catch-up window ──▶ not done? ──▶ claim ──▶ act ──▶ done
                                                                       (skip if lost)

Every run is a period of a schedule with an idempotency key (``_schedules``): family 42's
check-in of its local 23 November is ``("checkin", "42:2026-11-23")`` and its message
key ``checkin:42:2026-11-23``. A sweep considers every period whose due time fell in the
schedule's catch-up window up to now, so a scheduler that was stopped, restarted or cut
off from PostgreSQL across a due time fires the missed run once on its first sweep that
reaches PostgreSQL, and never twice (the claim, then the done row, then the sender's
memory of the key). Periods older than the window are skipped for good.

Time: ``now()`` is the wall clock (aware UTC) due times are computed from, injected so
tests drive a fake one; waiting between sweeps uses ``anyio.sleep`` (virtual under trio's
clock). Sweeps are serialised by a lock: the loop and a ``Sweep`` ask never overlap.

A failure of one run (a bug, a family with an unknown time zone, a failing pg_dump) is
logged and leaves its claim in place: the run is tried again once the lease expires. An
unavailable PostgreSQL ends the sweep (nothing more can be claimed) and the loop retries
with backoff; it never crashes the actor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any, Final

import anyio
import msgspec

from actors.db_writer import DatabaseUnavailable, ScheduleRun, persist
from actors.db_writer._flusher import SpoolLike
from actors.dialogs.timezones import tzinfo_for
from actors.protocol import SendReply
from runtime import Actor, ActorRef, Exit, Message

from ._backup import backup, verify_backup
from ._checkins import checkin_message
from ._clock import due_between, parse_hhmm, weekly_due_between
from ._config import SchedulerConfig
from ._gauges import BusinessGauges, compute_gauges
from ._reports import weekly_report
from ._schedules import FamilyDue, RunStore

__all__ = ["BACKUP", "CHECKIN", "SCHEDULES", "WEEKLY", "Scheduler", "Sweep", "SweepReport"]

CHECKIN: Final = "checkin"
WEEKLY: Final = "weekly_report"
BACKUP: Final = "backup"
SCHEDULES: Final = (CHECKIN, WEEKLY, BACKUP)


class Sweep(Message, frozen=True, kw_only=True):
    """Sweep for due runs now; the ask's answer is a ``SweepReport``."""


class SweepReport(msgspec.Struct, frozen=True, kw_only=True):
    """What one sweep did: ``fired`` runs as ``"schedule/period_key"``, families skipped
    because their chat is inactive, runs that failed, and the error that cut the sweep
    short (PostgreSQL unavailable), if any."""

    fired: tuple[str, ...] = ()
    inactive: int = 0
    failed: int = 0
    error: str | None = None


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _never(chat_id: int) -> bool:
    return False


class Scheduler(Actor):
    """The scheduler (DESIGN.md §5). Constructed by the application tree with:

    - ``dsn``: PostgreSQL (None: nothing is scheduled; durable claims need it);
    - ``sender``: the telegram_sender's ref, or a callable returning it (looked up when
      first needed);
    - ``config``: ``SchedulerConfig``;
    - ``spool``: where a ``ScheduleRun`` goes when the done row cannot be written now,
      and nothing else;
    - ``gauges``: the shared ``BusinessGauges`` (outlives restarts);
    - ``inactive(chat_id)``: True for chats known to have blocked the bot (the sender's
      ``outbox.inactive``); families marked inactive in PostgreSQL are skipped anyway;
    - ``now``: the wall clock (aware UTC).
    """

    def __init__(
        self,
        *,
        dsn: str | None,
        sender: ActorRef | Callable[[], ActorRef],
        config: SchedulerConfig | None = None,
        spool: SpoolLike | None = None,
        gauges: BusinessGauges | None = None,
        inactive: Callable[[int], bool] = _never,
        now: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self.config = config if config is not None else SchedulerConfig()
        self.dsn = dsn
        self._sender = sender
        self.spool = spool
        self.gauges = gauges if gauges is not None else BusinessGauges()
        self.inactive = inactive
        self.now = now
        self.store = RunStore(dsn, timeout=self.config.db_timeout) if dsn else None
        self._lock = anyio.Lock()
        self._failures = 0
        self._gauges_at: dt.datetime | None = None

    # -- lifecycle -----------------------------------------------------------------------

    async def started(self) -> None:
        if self.store is None:
            self.ctx.log.warning("scheduler: no PostgreSQL configured: nothing is scheduled")
            return
        self.ctx.start_soon(self._loop, name="sweeps")

    async def stopped(self, exit: Exit) -> None:
        if self.store is not None:
            await self.store.aclose()

    async def receive(self, message: Any) -> Any:
        if isinstance(message, Sweep):
            return await self.sweep()
        self.ctx.log.warning("scheduler ignores %s", type(message).__name__)
        return None

    async def _loop(self) -> None:
        while True:
            report = await self.sweep()
            await anyio.sleep(self._retry_delay() if report.error else self.config.tick)

    def _retry_delay(self) -> float:
        step = self.config.retry_min * 2 ** min(self._failures - 1, 30)
        return float(min(step, self.config.retry_max, self.config.tick))

    # -- one sweep -----------------------------------------------------------------------

    async def sweep(self) -> SweepReport:
        """Fire every due, undone run; see the module docstring."""
        if self.store is None:
            return SweepReport(error="no database")
        async with self._lock:
            tally = _Tally()
            try:
                await self._sweep(self.store, tally)
            except DatabaseUnavailable as error:
                self._failures += 1
                log = self.ctx.log.warning if self._failures == 1 else self.ctx.log.debug
                log("scheduler: PostgreSQL unavailable (%s); retrying", error)
                return tally.report(error=str(error))
            if self._failures:
                self.ctx.log.warning("scheduler: PostgreSQL answers again; caught up")
            self._failures = 0
            return tally.report()

    async def _sweep(self, store: RunStore, tally: _Tally) -> None:
        now = self.now()
        config = self.config
        window = max(config.checkin_catch_up, config.weekly_catch_up, config.backup_catch_up)
        done = await store.done_keys(SCHEDULES, now - dt.timedelta(seconds=window))
        for family in await store.families():
            if self.inactive(family.chat_id):
                tally.inactive += 1
                continue
            await self._family_runs(store, family, now, done, tally)
        await self._backup_runs(store, now, done, tally)
        await self._gauges_and_pruning(store, now)

    async def _family_runs(
        self, store: RunStore, family: FamilyDue, now: dt.datetime,
        done: set[tuple[str, str]], tally: _Tally,
    ) -> None:
        config = self.config
        try:
            tz = tzinfo_for(family.timezone or "UTC")
            at = parse_hhmm(family.checkin_time)
        except (KeyError, ValueError) as error:
            self.ctx.log.warning("family %s: bad schedule settings (%r); skipped",
                                 family.chat_id, error)
            tally.failed += 1
            return
        since = _not_before(now - dt.timedelta(seconds=config.checkin_catch_up), family)
        for day, due in due_between(since, now, at, tz):
            key = f"{family.chat_id}:{day.isoformat()}"
            if (CHECKIN, key) not in done:
                await self._run(store, CHECKIN, key, due, tally,
                                self._send_checkin(family, day))
        since = _not_before(now - dt.timedelta(seconds=config.weekly_catch_up), family)
        weekly_at = parse_hhmm(config.weekly_time)
        for day, due in weekly_due_between(since, now, config.weekly_weekday, weekly_at, tz):
            key = f"{family.chat_id}:{day.isoformat()}"
            if (WEEKLY, key) not in done:
                await self._run(store, WEEKLY, key, due, tally,
                                self._send_report(store, family, day, due))

    async def _backup_runs(
        self, store: RunStore, now: dt.datetime, done: set[tuple[str, str]], tally: _Tally
    ) -> None:
        config = self.config
        if config.backup_dir is None:
            return
        since = now - dt.timedelta(seconds=config.backup_catch_up)
        for day, due in due_between(since, now, parse_hhmm(config.backup_time_utc), dt.UTC):
            if (BACKUP, day.isoformat()) not in done:
                await self._run(store, BACKUP, day.isoformat(), due, tally, self._backup)

    async def _gauges_and_pruning(self, store: RunStore, now: dt.datetime) -> None:
        last = self._gauges_at
        if last is not None and (now - last).total_seconds() < self.config.gauges_interval:
            return
        await compute_gauges(store, now, self.gauges)
        await store.prune(now - dt.timedelta(days=self.config.keep_runs_days), SCHEDULES)
        self._gauges_at = now

    # -- one run -------------------------------------------------------------------------

    async def _run(
        self, store: RunStore, schedule: str, key: str, due: dt.datetime, tally: _Tally,
        action: Callable[[], Awaitable[None]],
    ) -> None:
        """Claim, act, mark done. ``DatabaseUnavailable`` from the claim or from marking
        done ends the sweep; any other failure of the action is logged and the claim is
        left to expire (the run is retried after the lease)."""
        if not await store.claim(schedule, key, now=self.now(), lease=self.config.claim_lease):
            return
        try:
            await action()
        except DatabaseUnavailable:
            raise
        except Exception:
            self.ctx.log.exception("scheduler: %s %s failed; retried after the lease",
                                   schedule, key)
            tally.failed += 1
            return
        await self._mark_done(store, schedule, key, due)
        tally.fired.append(f"{schedule}/{key}")

    async def _mark_done(self, store: RunStore, schedule: str, key: str, due: dt.datetime) -> None:
        try:
            await store.mark_done(schedule, key, due)
        except DatabaseUnavailable:
            if self.spool is None:
                raise
            # The action happened: make "done" durable through the spool; the flusher
            # writes the same row once PostgreSQL is back, well inside the claim's lease.
            await persist(self.spool, [ScheduleRun(schedule=schedule, period_key=key, at=due)])

    def _send_checkin(self, family: FamilyDue, day: dt.date) -> Callable[[], Awaitable[None]]:
        async def action() -> None:
            await self._tell(checkin_message(family, day))

        return action

    def _send_report(
        self, store: RunStore, family: FamilyDue, day: dt.date, due: dt.datetime
    ) -> Callable[[], Awaitable[None]]:
        async def action() -> None:
            await self._tell(await weekly_report(store, family, day, due))

        return action

    async def _backup(self) -> None:
        config = self.config
        assert self.dsn is not None
        assert config.backup_dir is not None
        path = await backup(self.dsn, config.backup_dir, keep=config.backup_keep,
                            bin_dir=config.pg_bin_dir, now=self.now())
        self.gauges.last_backup = str(path)
        self.gauges.last_backup_at = self.now()
        if config.backup_verify:
            report = await verify_backup(self.dsn, path, bin_dir=config.pg_bin_dir)
            self.gauges.last_backup_verified = report.ok
            if not report.ok:
                # The dump is kept (it may still be the best there is) and the run counts
                # as done: taking the same broken dump again would not help. Health and
                # the logs say so.
                self.ctx.log.error("scheduler: backup verification failed: %s",
                                   report.summary())
                return
        self.ctx.log.info("scheduler: backup %s taken%s", path.name,
                          " and verified" if config.backup_verify else "")

    async def _tell(self, reply: SendReply) -> None:
        sender = self._sender if isinstance(self._sender, ActorRef) else self._sender()
        await sender.tell(reply)


class _Tally:
    def __init__(self) -> None:
        self.fired: list[str] = []
        self.inactive = 0
        self.failed = 0

    def report(self, error: str | None = None) -> SweepReport:
        return SweepReport(fired=tuple(self.fired), inactive=self.inactive,
                           failed=self.failed, error=error)


def _not_before(since: dt.datetime, family: FamilyDue) -> dt.datetime:
    """Periods due before the family joined are not theirs to catch up on."""
    created = family.created_at
    return since if created is None or created < since else created
