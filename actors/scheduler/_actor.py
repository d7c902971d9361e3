"""``Scheduler``: the actor that sends check-ins and weekly reports, takes nightly backups
and recomputes the business gauges.

Every tick (and on a ``Sweep`` ask) it claims each due, undone run of the catch-up
window in PostgreSQL, acts and marks the run done; a message run is done only once the
sender settled its delivery, so a crash or an outage neither skips nor doubles a run, and
an unconfirmed one is sent again under the same key after the claim's lease. See
docs/scheduler.md, section "Sweeps".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Final

import anyio
import msgspec
from anyio.abc import TaskGroup

from actors.db_writer import DatabaseUnavailable, ScheduleRun, SpoolLike, persist
from actors.protocol import SendReply
from actors.telegram import Delivery, DeliveryOutcome
from config.settings import SchedulerSettings
from runtime import Actor, ActorError, ActorRef, Exit, Message, WallClock, system_clock, utc_now
from supervisors import Backoff

from ._backup import backup, verify_backup
from ._checkins import checkin_message
from ._clock import due_between, parse_hhmm, weekly_due_between, zone_for
from ._errors import BackupError, DeliveryUnconfirmed
from ._gauges import BusinessGauges, compute_gauges
from ._reports import weekly_report
from ._schedules import FamilyDue, RunStore
from ._verification import Verification, read_verification, write_verification

__all__ = ["BACKUP", "CHECKIN", "SCHEDULES", "WEEKLY", "Scheduler", "Sweep", "SweepReport"]

CHECKIN: Final = "checkin"
WEEKLY: Final = "weekly_report"
BACKUP: Final = "backup"
SCHEDULES: Final = (CHECKIN, WEEKLY, BACKUP)


class Sweep(Message, frozen=True, kw_only=True):
    """Sweep for due runs now; the ask's answer is a ``SweepReport``."""


class SweepReport(msgspec.Struct, frozen=True, kw_only=True):
    """What one sweep did: ``fired`` runs (marked done) as ``"schedule/period_key"``,
    sorted; of those, ``dropped`` message runs whose message the sender dropped for good
    (blocked or unknown chat); families skipped because their chat is inactive; runs that
    failed (retried after the lease: an unconfirmed delivery is one), and the error that
    cut the sweep short (PostgreSQL unavailable), if any."""

    fired: tuple[str, ...] = ()
    dropped: int = 0
    inactive: int = 0
    failed: int = 0
    error: str | None = None


def _never(chat_id: int) -> bool:
    return False


class Scheduler(Actor):
    """The scheduler (docs/scheduler.md). Constructed by the application tree with:

    - ``dsn``: PostgreSQL (None: nothing is scheduled; durable claims need it);
    - ``sender``: the telegram_sender's ref, or a callable returning it (looked up when
      first needed);
    - ``config``: ``config.settings.SchedulerSettings`` (checked when settings load);
    - ``spool``: where a ``ScheduleRun`` goes when the done row cannot be written now,
      and nothing else;
    - ``gauges``: the shared ``BusinessGauges`` (outlives restarts);
    - ``inactive(chat_id)``: True for chats known to have blocked the bot (the sender's
      ``outbox.inactive``); families marked inactive in PostgreSQL are skipped anyway;
    - ``clock``: the wall clock that says which day and hour it is.

    ``config.delivery_timeout`` (capped at half of ``config.claim_lease``, so nobody
    takes a run over while it still waits) and ``config.delivery_concurrency`` bound how
    long and how many deliveries are awaited. Sweeps are serialised by a lock: the loop
    and a ``Sweep`` ask never overlap. A failed run is logged and left claimed (tried
    again after the lease); an unavailable PostgreSQL ends the sweep and the loop retries
    with backoff, never crashing the actor.
    """

    def __init__(
        self,
        *,
        dsn: str | None,
        sender: ActorRef | Callable[[], ActorRef],
        config: SchedulerSettings | None = None,
        spool: SpoolLike | None = None,
        gauges: BusinessGauges | None = None,
        inactive: Callable[[int], bool] = _never,
        clock: WallClock = system_clock,
    ) -> None:
        self.config = config if config is not None else SchedulerSettings()
        self.delivery_timeout = min(self.config.delivery_timeout, self.config.claim_lease / 2)
        self.concurrency = self.config.delivery_concurrency
        self.dsn = dsn
        self._sender = sender
        self.spool = spool
        self.gauges = gauges if gauges is not None else BusinessGauges()
        self.inactive = inactive
        self.clock = clock
        self.store = RunStore(dsn, timeout=self.config.db_timeout) if dsn else None
        self._lock = anyio.Lock()
        self._failures = 0
        ceiling = min(self.config.retry_max, self.config.tick)  # a sweep at least every tick
        self._backoff = Backoff(min_delay=min(self.config.retry_min, ceiling), max_delay=ceiling)
        self._gauges_at: dt.datetime | None = None

    def now(self) -> dt.datetime:
        """The clock's reading, aware UTC."""
        return utc_now(self.clock)

    # -- lifecycle -----------------------------------------------------------------------

    async def started(self) -> None:
        if self.store is None:
            self.ctx.log.warning("scheduler: no PostgreSQL configured: nothing is scheduled")
            return
        backup_dir = self.config.backup_dir
        if backup_dir is not None and self.gauges.last_verification is None:
            # The last verification, as an earlier process (or incarnation) recorded it.
            last = await anyio.to_thread.run_sync(read_verification, backup_dir)
            if last is not None and self.gauges.last_verification is None:
                self.gauges.last_verification = last
                self.gauges.last_backup_verified = last.ok
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
        return self._backoff.delay(self._failures - 1, self.ctx.system.rng)

    # -- one sweep -----------------------------------------------------------------------

    async def sweep(self) -> SweepReport:
        """Fire every due, undone run (docs/scheduler.md, section "Sweeps")."""
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
        families = await store.families()
        # Deliveries are awaited in tasks of this group, at most ``concurrency`` at once:
        # the sweep ends once each of them is settled (marked done, or left to expire).
        async with anyio.create_task_group() as waits:
            runs = _Runs(store, tally, waits, anyio.Semaphore(self.concurrency))
            for family in families:
                if self.inactive(family.chat_id):
                    tally.inactive += 1
                    continue
                try:
                    await self._family_runs(runs, family, now, done)
                except DatabaseUnavailable as error:
                    # No new claims; the deliveries under way still settle (and are
                    # marked done through the spool if need be).
                    tally.outage = tally.outage or error
                if tally.outage is not None:
                    break
        if tally.outage is not None:
            raise tally.outage
        await self._backup_runs(store, now, done, tally)
        await self._gauges_and_pruning(store, now)

    async def _family_runs(
        self, runs: _Runs, family: FamilyDue, now: dt.datetime, done: set[tuple[str, str]],
    ) -> None:
        config = self.config
        try:
            tz = zone_for(family.timezone)
            at = parse_hhmm(family.checkin_time)
        except (KeyError, ValueError) as error:
            self.ctx.log.warning("family %s: bad schedule settings (%r); skipped",
                                 family.chat_id, error, extra={"chat_id": family.chat_id})
            runs.tally.failed += 1
            return
        since = _not_before(now - dt.timedelta(seconds=config.checkin_catch_up), family)
        for day, due in due_between(since, now, at, tz):
            key = f"{family.chat_id}:{day.isoformat()}"
            if (CHECKIN, key) not in done:
                await self._message_run(runs, CHECKIN, key, due,
                                        self._checkin(family, day))
        since = _not_before(now - dt.timedelta(seconds=config.weekly_catch_up), family)
        weekly_at = parse_hhmm(config.weekly_time)
        for day, due in weekly_due_between(since, now, config.weekly_weekday, weekly_at, tz):
            key = f"{family.chat_id}:{day.isoformat()}"
            if (WEEKLY, key) not in done:
                await self._message_run(runs, WEEKLY, key, due,
                                        self._report(runs.store, family, day, due, weekly_at))

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
        config = self.config
        last = self._gauges_at
        # A clock stepped back (NTP) recomputes now, not once it has caught up with ``last``.
        if last is not None and 0 <= (now - last).total_seconds() < config.gauges_interval:
            return
        await compute_gauges(store, now, self.gauges)
        # A done row is kept while its run may still be swept (the longest catch-up
        # window), however short ``keep_runs_days``: pruned, the run would go out again.
        keep = max(dt.timedelta(days=config.keep_runs_days), dt.timedelta(seconds=max(
            config.checkin_catch_up, config.weekly_catch_up, config.backup_catch_up)))
        await store.prune(now - keep, SCHEDULES)
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

    async def _message_run(
        self, runs: _Runs, schedule: str, key: str, due: dt.datetime,
        make: Callable[[], Awaitable[SendReply]],
    ) -> None:
        """Once one of the ``concurrency`` slots is free: claim, make the message, hand it
        to the sender, and leave a task waiting for its delivery (``_settle``). A
        message already in ``sent_replies`` is not handed over: the run is marked done at
        once. ``DatabaseUnavailable`` ends the sweep; any other failure (the sender not
        taking the message among them) is logged and leaves the claim to expire."""
        store, tally = runs.store, runs.tally
        await runs.slots.acquire()  # before the claim: a claim is never held idle
        try:
            claimed = await store.claim(schedule, key, now=self.now(),
                                        lease=self.config.claim_lease)
            if not claimed:
                runs.slots.release()
                return
            deadline = anyio.current_time() + self.delivery_timeout
            reply = await make()
            if await store.was_sent(reply.key):
                self.ctx.log.info("scheduler: %s was delivered before; not sent again",
                                  reply.key)
                delivery = Delivery(reply.key, DeliveryOutcome.DELIVERED)
            else:
                delivery = await self._hand_over(reply, deadline)
        except DatabaseUnavailable:
            runs.slots.release()
            raise
        except DeliveryUnconfirmed as error:
            runs.slots.release()
            self.ctx.log.warning("scheduler: %s %s: %s; retried after the lease",
                                 schedule, key, error)
            tally.failed += 1
            return
        except Exception:
            runs.slots.release()
            self.ctx.log.exception("scheduler: %s %s failed; retried after the lease",
                                   schedule, key)
            tally.failed += 1
            return
        runs.waits.start_soon(self._settle, runs, schedule, key, due, delivery, deadline,
                              name=f"delivery:{schedule}/{key}")

    async def _settle(
        self, runs: _Runs, schedule: str, key: str, due: dt.datetime, delivery: Delivery,
        deadline: float,
    ) -> None:
        """Wait (until ``deadline``) for ``delivery`` to settle; mark the run done when the
        message was delivered or dropped for good, else count it failed and leave the claim
        to expire. An unavailable PostgreSQL (with no spool) is noted for the sweep."""
        tally = runs.tally
        try:
            with anyio.CancelScope(deadline=deadline):
                await delivery.wait()
            outcome = delivery.outcome
            if outcome is None or outcome is DeliveryOutcome.GIVEN_UP:
                why = ("the sender gave it up after transient failures"
                       if outcome is DeliveryOutcome.GIVEN_UP
                       else f"delivery not confirmed within {self.delivery_timeout:g} s")
                self.ctx.log.warning("scheduler: %s %s: %s; retried after the lease",
                                     schedule, key, why)
                tally.failed += 1
                return
            try:
                await self._mark_done(runs.store, schedule, key, due)
            except DatabaseUnavailable as error:
                tally.outage = tally.outage or error
                return
            tally.fired.append(f"{schedule}/{key}")
            if outcome is DeliveryOutcome.DROPPED:
                self.ctx.log.info("scheduler: %s %s: the sender dropped it for good (chat "
                                  "inactive or unknown); the run is done", schedule, key)
                tally.dropped += 1
        finally:
            runs.slots.release()

    async def _mark_done(self, store: RunStore, schedule: str, key: str, due: dt.datetime) -> None:
        try:
            await store.mark_done(schedule, key, due)
        except DatabaseUnavailable:
            if self.spool is None:
                raise
            # The action happened: make "done" durable through the spool; the flusher
            # writes the same row once PostgreSQL is back, well inside the claim's lease.
            await persist(self.spool, [ScheduleRun(schedule=schedule, period_key=key, at=due)])

    # -- the actions ---------------------------------------------------------------------

    def _checkin(self, family: FamilyDue, day: dt.date) -> Callable[[], Awaitable[SendReply]]:
        async def make() -> SendReply:
            return checkin_message(family, day)

        return make

    def _report(
        self, store: RunStore, family: FamilyDue, day: dt.date, due: dt.datetime, at: dt.time,
    ) -> Callable[[], Awaitable[SendReply]]:
        async def make() -> SendReply:
            return await weekly_report(store, family, day, due, at=at)

        return make

    async def _hand_over(self, reply: SendReply, deadline: float) -> Delivery:
        """Ask the sender to send ``reply``: its ``Delivery``. Raises
        ``DeliveryUnconfirmed`` when the sender does not take it by ``deadline`` (the ask
        timed out, crashed, found the sender stopped or unknown) or answers something
        else than a ``Delivery``."""
        timeout = max(deadline - anyio.current_time(), 0.001)
        try:
            sender = self._sender if isinstance(self._sender, ActorRef) else self._sender()
            answer = await sender.ask(reply, timeout=timeout)
        except ActorError as error:  # AskTimeout, ActorCrashed, ActorStopped, ...
            raise DeliveryUnconfirmed(f"the sender did not take it: {error!r}") from error
        if not isinstance(answer, Delivery):
            raise DeliveryUnconfirmed(
                f"the sender answered {type(answer).__name__}, not a Delivery")
        return answer

    async def _backup(self) -> None:
        config = self.config
        assert self.dsn is not None
        assert config.backup_dir is not None
        path = await backup(self.dsn, config.backup_dir, keep=config.backup_keep,
                            bin_dir=config.pg_bin_dir, clock=self.clock)
        self.gauges.last_backup = str(path)
        self.gauges.last_backup_at = self.now()
        if config.backup_verify:
            try:
                report = await verify_backup(self.dsn, path, bin_dir=config.pg_bin_dir)
            except BackupError as error:  # pg_restore failed: a failed verification too
                await self._verified(Verification(at=self.now(), ok=False, backup=path.name,
                                                  summary=f"{path.name}: {error}"[:1000]))
                raise
            await self._verified(Verification(at=self.now(), ok=report.ok, backup=path.name,
                                              summary=report.summary()[:1000]))
            if not report.ok:
                # The dump is kept (it may still be the best there is) and the run counts
                # as done: taking the same broken dump again would not help. Health and
                # the logs say so.
                self.ctx.log.error("scheduler: backup verification failed: %s",
                                   report.summary())
                return
        self.ctx.log.info("scheduler: backup %s taken%s", path.name,
                          " and verified" if config.backup_verify else "")

    async def _verified(self, verification: Verification) -> None:
        """Keep ``verification`` in the gauges and next to the backups (so the next
        process knows it); a record that cannot be written is logged, not raised."""
        self.gauges.last_backup_verified = verification.ok
        self.gauges.last_verification = verification
        directory = self.config.backup_dir
        assert directory is not None
        try:
            await anyio.to_thread.run_sync(write_verification, directory, verification)
        except OSError as error:
            self.ctx.log.warning("scheduler: cannot record the backup verification in %s: %s",
                                 directory, error)


class _Tally:
    def __init__(self) -> None:
        self.fired: list[str] = []
        self.dropped = 0
        self.inactive = 0
        self.failed = 0
        self.outage: DatabaseUnavailable | None = None
        """The sweep's first ``DatabaseUnavailable``: no new run is claimed after it."""

    def report(self, error: str | None = None) -> SweepReport:
        return SweepReport(fired=tuple(sorted(self.fired)), dropped=self.dropped,
                           inactive=self.inactive, failed=self.failed, error=error)


@dataclass(frozen=True, slots=True)
class _Runs:
    """What the message runs of one sweep share: the store, the tally, the task group
    their deliveries are awaited in, and the slots bounding those waits."""

    store: RunStore
    tally: _Tally
    waits: TaskGroup
    slots: anyio.Semaphore


def _not_before(since: dt.datetime, family: FamilyDue) -> dt.datetime:
    """Periods due before the family joined are not theirs to catch up on."""
    created = family.created_at
    return since if created is None or created < since else created
