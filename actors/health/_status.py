"""``HealthModel``: what each component's status is, computed from the live objects.

Nothing here polls or pings: each status (postgres, redis, claude, telegram, spool,
dialogs) is read from state the components keep anyway, so a probe costs microseconds and
never loads a struggling dependency; ``overall`` combines them, and a degraded dependency
never makes the bot unready. See docs/health.md, section "Statuses", for every rule.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

import anyio

from actors.breaker import BreakerState
from actors.cache import CacheService, CacheState
from actors.db_writer import FlushStats
from actors.dialogs import StateWaits
from actors.telegram import Outbox, PollerStats
from actors.translator import TranslatorService
from config.settings import Settings
from runtime import ActorSystem, ExitKind, WallClock, system_clock
from runtime.lowlevel import Cell

__all__ = [
    "DEPENDENCIES",
    "AppLike",
    "Component",
    "HealthModel",
    "HealthReport",
    "SpoolGauges",
    "Status",
    "Thresholds",
    "overall",
]


class Status(enum.StrEnum):
    """A component's (or the whole bot's) status; the value is the name in JSON."""

    HEALTHY = "healthy"  # working as designed
    DEGRADED = "degraded"  # parents are served, by a fallback (spool, memory, offline)
    UNHEALTHY = "unhealthy"  # parents cannot be served (or data cannot be kept)
    DISABLED = "disabled"  # not configured: a designed mode, counts as healthy

    @property
    def level(self) -> int:
        """The gauge value in ``fe_component_status``: -1 disabled, 0, 1, 2."""
        return _LEVELS[self]


_LEVELS = {Status.DISABLED: -1, Status.HEALTHY: 0, Status.DEGRADED: 1, Status.UNHEALTHY: 2}

DEPENDENCIES = ("postgres", "redis", "claude", "telegram")
"""The external dependencies "everything down" is about (the spool is local)."""


class SpoolGauges(Protocol):
    """The part of ``actors.spool.Spool`` health reads."""

    @property
    def depth(self) -> int: ...
    @property
    def oldest_age(self) -> float: ...
    @property
    def free_bytes(self) -> int: ...
    async def measure_free_bytes(self) -> int: ...
    @property
    def healthy(self) -> bool: ...
    @property
    def watermark(self) -> int: ...
    @property
    def last_seq(self) -> int: ...


class AppLike(Protocol):
    """What health reads from ``app.App`` (declared here, not imported:
    the tree sits above the actors)."""

    settings: Settings
    translator: TranslatorService
    outbox: Outbox
    cache: CacheService
    flush_stats: FlushStats
    poller_stats: PollerStats
    state_waits: StateWaits

    @property
    def spool(self) -> SpoolGauges: ...
    @property
    def dsn(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The numbers behind the rules (docs/health.md, section "Statuses")."""

    min_free_bytes: int = 256 * 1024 * 1024
    """Spool unhealthy below this much free disk."""
    spool_depth: int = 100_000
    """Spool degraded above this many undrained records."""
    spool_age: float = 600.0
    """Spool degraded when its oldest undrained record is older than this (seconds)."""


@dataclass(frozen=True, slots=True)
class Component:
    """One component's status. ``since``: wall time (Unix seconds) it has been in this
    status (None when unknown: healthy since before health started). ``rto_budget_left_s``:
    only during an outage with an RTO. ``breaker``: its circuit breaker's state."""

    name: str
    status: Status
    detail: str = ""
    since: float | None = None
    rto_budget_left_s: float | None = None
    breaker: str | None = None
    info: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status.value, "detail": self.detail,
                               "since": iso_time(self.since)}
        if self.rto_budget_left_s is not None:
            out["rto_budget_left_s"] = round(self.rto_budget_left_s, 3)
        if self.breaker is not None:
            out["breaker"] = self.breaker
        out.update(self.info)
        return out


@dataclass(frozen=True, slots=True)
class HealthReport:
    """Every component and the overall status (``why`` says what made it so)."""

    status: Status
    why: str
    components: dict[str, Component]

    @property
    def ready(self) -> bool:
        return self.status is not Status.UNHEALTHY


class HealthModel:
    """Computes ``HealthReport``s for ``app`` running in ``system``.

    ``poller``: the poller's actor name (its cell tells whether it stopped for good).
    Keep one model per system: it remembers when each status began, and it listens to the
    cache's state changes (``close()`` removes the listener). Durations use ``clock``
    (``anyio.current_time``, the clock the flusher and the poller stamp with); ``since``
    is reported as wall time (``wall``) converted from it."""

    def __init__(
        self,
        app: AppLike,
        system: ActorSystem | None,
        *,
        thresholds: Thresholds | None = None,
        poller: str = "telegram_poller",
        clock: Callable[[], float] = anyio.current_time,
        wall: WallClock = system_clock,
    ) -> None:
        self.app = app
        self.system = system
        self.thresholds = thresholds or Thresholds()
        self.poller = poller
        self._clock = clock
        self._wall = wall
        self._started_at = clock()
        self._since: dict[str, tuple[Status, float]] = {}
        self._conflicts_seen = app.poller_stats.conflicts_409
        self._conflict_at: float | None = None
        self._cache_left_redis: float | None = (
            None if app.cache.state is CacheState.REDIS else self._started_at)
        self._remove_listener = app.cache.add_listener(self._cache_moved)

    def close(self) -> None:
        """Stop listening to the cache."""
        self._remove_listener()

    # -- the report ----------------------------------------------------------------------

    def report(self) -> HealthReport:
        """The status of every component now, and the overall status."""
        parts = (self.postgres(), self.redis(), self.claude(), self.telegram(), self.spool(),
                 self.dialogs())
        components = {c.name: self._stamped(c) for c in parts}
        status, why = overall(components.values())
        return HealthReport(status=status, why=why, components=components)

    def postgres(self) -> Component:
        stats = self.app.flush_stats
        breaker = stats.breaker_state.value
        if self.app.dsn is None:
            return Component("postgres", Status.DISABLED, "no database configured: the spool "
                             "keeps every record", breaker=breaker)
        info = {"rows_flushed": stats.rows_flushed, "last_error": stats.last_error}
        if stats.outage_since is None:
            return Component("postgres", Status.HEALTHY, "writes flow", breaker=breaker,
                             info=info)
        down_for = max(0.0, self._clock() - stats.outage_since)
        budget = self.app.settings.supervision.rto_postgres - down_for
        return Component(
            "postgres", Status.DEGRADED,
            f"unavailable for {down_for:.0f} s: records wait in the spool",
            since=self._to_wall(stats.outage_since), rto_budget_left_s=budget,
            breaker=breaker, info=info)

    def redis(self) -> Component:
        cache = self.app.cache
        breaker = cache.breaker.state.value
        info = {"state": cache.state.value, "dirty_keys": cache.dirty_count}
        if not cache.has_redis:
            return Component("redis", Status.DISABLED, "no Redis configured: memory cache",
                             breaker=breaker, info=info)
        if cache.state is CacheState.REDIS or self._cache_left_redis is None:
            return Component("redis", Status.HEALTHY, "Redis is primary", breaker=breaker,
                             info=info)
        down_for = max(0.0, self._clock() - self._cache_left_redis)
        detail = ("writing back to Redis" if cache.state is CacheState.RECOVERING
                  else "Redis unavailable: served from memory")
        return Component(
            "redis", Status.DEGRADED, detail, since=self._to_wall(self._cache_left_redis),
            rto_budget_left_s=self.app.settings.supervision.rto_redis - down_for,
            breaker=breaker, info=info)

    def claude(self) -> Component:
        translator = self.app.translator
        breaker = translator.breaker
        if not translator.claude_enabled:
            return Component("claude", Status.DISABLED,
                             "no API key: the offline translator answers",
                             breaker=breaker.state.value)
        failed = dict(translator.stats.claude_failed)
        info = {"failed": failed} if failed else {}
        if breaker.state is BreakerState.CLOSED:
            return Component("claude", Status.HEALTHY, "Claude answers",
                             breaker=breaker.state.value, info=info)
        since = breaker.opened_at
        return Component("claude", Status.DEGRADED, "breaker open: answers in basic mode",
                         since=self._to_wall(since) if since is not None else None,
                         breaker=breaker.state.value, info=info)

    def telegram(self) -> Component:
        stats = self.app.poller_stats
        settings = self.app.settings.telegram
        now = self._clock()
        last = stats.last_poll_at
        info: dict[str, Any] = {
            "last_poll_age_s": None if last is None else round(now - last, 3),
            "conflicts_409": stats.conflicts_409, "floods_429": stats.floods_429,
            "mode": stats.mode, "role": stats.role,
        }
        lease = stats.lease
        if lease is not None:
            info["lease"] = {"holder": lease.holder, "leader": lease.leader,
                             "epoch": lease.epoch, "leader_epoch": lease.leader_epoch,
                             "terms": lease.acquired, "last_loss": lease.last_loss}
        if stats.role == "standby":
            return Component("telegram", Status.HEALTHY,
                             f"standby: replica {lease.leader if lease else '?'} holds the "
                             "lease and takes updates in", info=info)
        if stats.mode == "webhook" and not self._poller_stopped():
            seen = stats.last_update_at
            info["last_update_age_s"] = None if seen is None else round(now - seen, 3)
            return Component("telegram", Status.HEALTHY, "receiving webhooks", info=info)
        if self._poller_stopped():
            return Component("telegram", Status.UNHEALTHY,
                             "the poller stopped for good (Telegram rejected the token?)",
                             info=info)
        if self._in_conflict(now, last):
            return Component("telegram", Status.DEGRADED,
                             "409 conflict: another getUpdates consumer or a webhook",
                             since=self._to_wall(self._conflict_at or now), info=info)
        stall = settings.poll_timeout + settings.stall_margin
        reference = self._started_at if last is None else last
        if now - reference > stall:
            return Component("telegram", Status.DEGRADED,
                             f"no successful getUpdates for {now - reference:.0f} s",
                             since=self._to_wall(reference + stall), info=info)
        detail = "waiting for the first poll" if last is None else "polling"
        return Component("telegram", Status.HEALTHY, detail, info=info)

    def spool(self) -> Component:
        spool = self.app.spool
        limits = self.thresholds
        free = spool.free_bytes
        info = {"depth": spool.depth, "oldest_age_s": round(spool.oldest_age, 3),
                "free_bytes": free}
        if not spool.healthy:
            return Component("spool", Status.UNHEALTHY, "the spool cannot write", info=info)
        if free < limits.min_free_bytes:
            return Component("spool", Status.UNHEALTHY,
                             f"free disk {free} B below {limits.min_free_bytes} B", info=info)
        if spool.depth > limits.spool_depth or spool.oldest_age > limits.spool_age:
            return Component("spool", Status.DEGRADED, "the drain is falling behind",
                             info=info)
        return Component("spool", Status.HEALTHY, "writing", info=info)

    def dialogs(self) -> Component:
        """Chats whose updates wait because their family state cannot be read (not
        cached, PostgreSQL down): which, and for how long."""
        waits = self.app.state_waits
        info = waits.snapshot(self._clock())
        if not len(waits):
            return Component("dialogs", Status.HEALTHY, "every chat's state readable",
                             info=info)
        return Component("dialogs", Status.DEGRADED,
                         f"{len(waits)} chats wait for their family state (cache and "
                         f"PostgreSQL unreadable), longest {info['longest_wait_s']} s",
                         info=info)

    # -- the actor tree ------------------------------------------------------------------

    def actors(self) -> list[dict[str, Any]]:
        """Every live actor slot: path, incarnation, restarts (incarnations after the
        first), running, mailbox depth. Read from the kernel directly: no asks."""
        if self.system is None:
            return []
        return [_cell_json(cell) for cell in self.system.actors()]

    # -- steps ---------------------------------------------------------------------------

    def _stamped(self, component: Component) -> Component:
        """``component`` with ``since`` filled from when its status was first seen, when
        the component itself does not know."""
        now = self._wall()
        seen = self._since.get(component.name)
        if seen is None or seen[0] is not component.status:
            seen = (component.status, now if seen is not None else self._to_wall(
                self._started_at))
            self._since[component.name] = seen
        if component.since is not None:
            return component
        return Component(component.name, component.status, component.detail,
                         since=seen[1], rto_budget_left_s=component.rto_budget_left_s,
                         breaker=component.breaker, info=component.info)

    def _in_conflict(self, now: float, last_poll: float | None) -> bool:
        """A 409 counted since the last look, and no successful poll after it."""
        count = self.app.poller_stats.conflicts_409
        if count != self._conflicts_seen:
            self._conflicts_seen = count
            self._conflict_at = now
        if self._conflict_at is None:
            return False
        return last_poll is None or last_poll < self._conflict_at

    def _poller_stopped(self) -> bool:
        """The poller's slot exists, is not running, and its last incarnation ended
        normally: a transient child that will not be restarted (the token was rejected)."""
        if self.system is None:
            return False
        for cell in self.system.actors():
            if cell.name == self.poller:
                exit = cell.last_exit
                return (not cell.running and exit is not None
                        and exit.kind is ExitKind.NORMAL)
        return False

    def _cache_moved(self, service: CacheService, old: CacheState, new: CacheState) -> None:
        if new is CacheState.REDIS:
            self._cache_left_redis = None
        elif old is CacheState.REDIS:
            self._cache_left_redis = self._clock()

    def _to_wall(self, reading: float) -> float:
        return self._wall() - (self._clock() - reading)


def overall(components: Iterable[Component]) -> tuple[Status, str]:
    """The bot's status from its components', and why: unhealthy when any component is
    unhealthy or every configured dependency (at least two; disabled ones do not count)
    is degraded; degraded when any component is; else healthy."""
    parts = list(components)
    unhealthy = [c.name for c in parts if c.status is Status.UNHEALTHY]
    if unhealthy:
        return Status.UNHEALTHY, f"unhealthy: {', '.join(unhealthy)}"
    configured = [c for c in parts if c.name in DEPENDENCIES and c.status is not Status.DISABLED]
    if len(configured) >= 2 and all(c.status is Status.DEGRADED for c in configured):
        return Status.UNHEALTHY, "everything down: " + ", ".join(c.name for c in configured)
    degraded = [c.name for c in parts if c.status is Status.DEGRADED]
    if degraded:
        return Status.DEGRADED, f"degraded: {', '.join(degraded)}"
    return Status.HEALTHY, "all components healthy"


def _cell_json(cell: Cell) -> dict[str, Any]:
    return {
        "path": cell.path, "incarnation": cell.incarnation,
        "restarts": max(0, cell.incarnation - 1), "running": cell.running,
        "mailbox": len(cell.mailbox),
        "last_exit": None if cell.last_exit is None else str(cell.last_exit.kind.value),
    }


def iso_time(wall: float | None) -> str | None:
    """``wall`` (Unix seconds) as ISO 8601 UTC with milliseconds, as ``/health`` shows
    times; None stays None."""
    if wall is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(wall)) + f".{int(wall % 1 * 1000):03d}Z"
