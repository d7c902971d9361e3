"""``Metrics``: every Prometheus metric of the bot, in a registry of its own.

Events only the code doing them knows are counted at the call site through ``Metrics``'
methods; runtime events by a listener on ``system.events`` (``watch``); what the
components already keep is read at scrape time by a collector (``observe``), so the hot
paths pay nothing. Names start with ``fe_``; labels are bounded and never carry the token
or parents' data. See docs/health.md, section "Metrics".
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Final

import anyio
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from actors.breaker import BreakerState
from actors.cache import CacheState
from runtime import (
    ActorSystem,
    Crashed,
    DeadLettered,
    Escalated,
    IntensityExceeded,
    LifecycleEvent,
    Restarting,
    Stopped,
    WallClock,
    system_clock,
)

if TYPE_CHECKING:
    from actors.telegram import PollerStats

    from ._status import AppLike, HealthModel

__all__ = ["BREAKER_LEVELS", "CONTENT_TYPE", "DEAD_LETTER_REASONS", "PREFIX", "Metrics"]

PREFIX: Final = "fe_"
CONTENT_TYPE: Final = "text/plain; version=0.0.4; charset=utf-8"

BREAKER_LEVELS: Final = {BreakerState.CLOSED: 0, BreakerState.HALF_OPEN: 1,
                         BreakerState.OPEN: 2}
"""``fe_breaker_state`` values: 0 closed, 1 half-open, 2 open."""
DEAD_LETTER_REASONS: Final = frozenset({"poison", "dropped", "overflow", "stopped",
                                        "shutdown"})
"""The kernel's dead-letter reasons (``runtime.DeadLettered``): ``fe_dead_letters_total``'s
``reason`` label is one of them or ``other``. ``shutdown`` letters were queued when the
bot stopped (the DeadLetters alert leaves them out); the rest are lost while it runs."""

_SECONDS_FAST: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
_SECONDS_SLOW: Final = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 20.0, 30.0, 60.0)
_SECONDS_DISK: Final = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
                        2.5)
_SECONDS_LAG: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
_SECONDS_AGE: Final = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0, 1800.0, 3600.0, 21600.0,
                       86400.0)
_SECONDS_TELEGRAM: Final = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 26.0, 30.0, 35.0)

TELEGRAM_METHODS: Final = frozenset({
    "getUpdates", "getMe", "deleteWebhook", "sendMessage", "sendChatAction",
    "answerCallbackQuery", "editMessageText", "editMessageReplyMarkup"})
"""Bot API methods with a label of their own in ``fe_telegram_requests_total``; any other
is counted as ``other`` (the label set stays bounded)."""

_PUBLISHED: Final[contextvars.ContextVar[Sequence[Metric] | None]] = contextvars.ContextVar(
    "fe_published_metrics", default=None)
"""While ``render_published`` runs: the scrape-time families the bot's loop published."""


class Metrics:
    """The bot's metrics. Make one per application (``App`` holds it) and pass it to
    whoever counts; the health server exposes ``render()`` at ``/metrics``. The registry
    is ``registry``, never prometheus-client's global one, so tests and several bots in
    one process do not clash."""

    def __init__(self, *, clock: WallClock = system_clock) -> None:
        self._clock = clock
        self.registry = CollectorRegistry()
        r = self.registry
        # -- business ---------------------------------------------------------------------
        self.translations = Counter(
            "fe_translations", "Translations answered, by the child's age group, the parent's "
            "language, the source (claude, cache, offline) and success.",
            ["age_group", "language", "source", "success"], registry=r)
        self.translation_seconds = Histogram(
            "fe_translation_duration_seconds", "Time to answer one translation request.",
            ["source"], buckets=_SECONDS_SLOW, registry=r)
        self.registrations = Counter(
            "fe_registrations", "Families that finished onboarding.", registry=r)
        self.checkins = Counter(
            "fe_checkins", "Daily check-ins, by event (sent, answered).", ["event"],
            registry=r)
        self.crises = Counter(
            "fe_crisis_answers", "Messages answered as a crisis (actors.crisis), by "
            "category (suicide, self_harm, abuse, danger) and severity.",
            ["category", "severity"], registry=r)
        self.feedbacks = Counter(
            "fe_answer_feedback", "Parents' taps under an answer, by whether it helped "
            "(yes, no).", ["helpful"], registry=r)
        self.active_families = Gauge(
            "fe_active_families", "Families active in the last 7 days (set by the scheduler).",
            registry=r)
        self.checkin_completion = Gauge(
            "fe_checkin_completion_ratio", "Answered check-ins / sent, over the last day.",
            registry=r)
        self.retention = Gauge(
            "fe_retention_ratio", "Families still active after d1, d7, d30.", ["window"],
            registry=r)
        # -- technical --------------------------------------------------------------------
        self.http_requests = Counter(
            "fe_http_requests", "HTTP requests served, by handler, method and status.",
            ["handler", "method", "status"], registry=r)
        self.http_seconds = Histogram(
            "fe_http_request_duration_seconds", "HTTP request handling time.", ["handler"],
            buckets=_SECONDS_FAST, registry=r)
        self.db_seconds = Histogram(
            "fe_db_query_duration_seconds", "PostgreSQL statement or transaction time, by "
            "operation.", ["operation"], buckets=_SECONDS_FAST, registry=r)
        self.external_requests = Counter(
            "fe_external_requests", "Calls to external APIs, by service (telegram, claude) "
            "and status (an HTTP status, or timeout/connection).", ["service", "status"],
            registry=r)
        self.external_seconds = Histogram(
            "fe_external_request_duration_seconds", "External API call time, by service.",
            ["service"], buckets=_SECONDS_SLOW, registry=r)
        # -- the runtime (counted from system.events) -------------------------------------
        self.restarts = Counter(
            "fe_actor_restarts", "Restarts scheduled by a supervisor, by actor path and the "
            "reason the previous incarnation ended (crashed, normal, killed, ...).",
            ["actor", "reason"], registry=r)
        self.crashes = Counter(
            "fe_actor_crashes", "Incarnations that raised, by actor path and phase.",
            ["actor", "phase"], registry=r)
        self.dead_letters = Counter(
            "fe_dead_letters", "Messages dead-lettered, by actor path and reason (poison, "
            "dropped, overflow, stopped: lost while the bot runs; shutdown: queued when the "
            "bot stopped, handled again after the start when journaled).",
            ["actor", "reason"], registry=r)
        self.intensity_exceeded = Counter(
            "fe_supervisor_gave_up", "Supervisors that exceeded their restart intensity or "
            "escalated, by path and event.", ["supervisor", "event"], registry=r)
        # -- latencies inside the bot -----------------------------------------------------
        self.telegram_requests = Counter(
            "fe_telegram_requests", "Bot API calls, by method (getUpdates, sendMessage, ...; "
            "others: other) and status (an HTTP status, or the failure kind).",
            ["method", "status"], registry=r)
        self.telegram_seconds = Histogram(
            "fe_telegram_request_duration_seconds", "Bot API call time, by method "
            "(getUpdates includes its long poll).", ["method"], buckets=_SECONDS_TELEGRAM,
            registry=r)
        self.update_age = Histogram(
            "fe_update_age_seconds", "Age of an update when dialogs takes it: from the "
            "date Telegram stamped on it to its first delivery to a dialogs shard.",
            buckets=_SECONDS_AGE, registry=r)
        self.loop_lag = Histogram(
            "fe_event_loop_lag_seconds", "How late the bot's event loop wakes a sleeping "
            "task (a ticker's overshoot): CPU saturation or a blocking call.",
            buckets=_SECONDS_LAG, registry=r)
        self.spool_fsync_seconds = Histogram(
            "fe_spool_fsync_duration_seconds", "fdatasync time of one spool group commit.",
            buckets=_SECONDS_DISK, registry=r)
        self.health_connections = Gauge(
            "fe_health_connections", "Connections open to the health server.", registry=r)
        self.health_connection_cap = Gauge(
            "fe_health_connection_cap", "The most connections the health server keeps "
            "open (from RLIMIT_NOFILE minus the descriptors kept in reserve).", registry=r)
        self.health_dropped = Counter(
            "fe_health_connections_dropped", "Connections the health server closed to stay "
            "under its cap: evicted (idle the longest) or refused (503, every one busy).",
            ["why"], registry=r)
        self._collector = _Observed()
        r.register(self._collector)
        self._last_exit: dict[str, str] = {}

    # -- counted at the source -----------------------------------------------------------

    def translation(self, age_band: str, language: str, source: str, ok: bool,
                    seconds: float) -> None:
        """One translation answered: ``source`` claude / cache / offline; ``ok`` False when
        the parent got an apology instead of an analysis."""
        self.translations.labels(age_band, language, source, _bool(ok)).inc()
        self.translation_seconds.labels(source).observe(seconds)

    def registration(self) -> None:
        """A family finished onboarding (language and a first child)."""
        self.registrations.inc()

    def checkin(self, event: str) -> None:
        """A check-in ``sent`` or ``answered``."""
        self.checkins.labels(event).inc()

    def crisis(self, category: str, severity: str) -> None:
        """A message answered with the crisis answer of ``category``."""
        self.crises.labels(category, severity).inc()

    def feedback(self, helpful: bool) -> None:
        """A parent tapped 👍 (``helpful``) or 👎 under an answer."""
        self.feedbacks.labels("yes" if helpful else "no").inc()

    def set_business(self, *, active_families: int, checkin_completion: float | None = None,
                     retention: dict[str, float] | None = None) -> None:
        """The scheduler's hourly business gauges (retention by window: d1, d7, d30)."""
        self.active_families.set(active_families)
        if checkin_completion is not None:
            self.checkin_completion.set(checkin_completion)
        for window, ratio in (retention or {}).items():
            self.retention.labels(window).set(ratio)

    def http_request(self, handler: str, method: str, status: int, seconds: float) -> None:
        self.http_requests.labels(handler, method, str(status)).inc()
        self.http_seconds.labels(handler).observe(seconds)

    def db_query(self, operation: str, seconds: float) -> None:
        """One PostgreSQL statement or transaction (``flush``, ``read_family``, ...)."""
        self.db_seconds.labels(operation).observe(seconds)

    def external_request(self, service: str, status: str | int, seconds: float) -> None:
        """One call to ``telegram`` or ``claude``: its HTTP status, or the failure kind
        (``timeout``, ``connection``) when there was no response."""
        self.external_requests.labels(service, str(status)).inc()
        self.external_seconds.labels(service).observe(seconds)

    def telegram_call(self, method: str, status: str | int, seconds: float) -> None:
        """One Bot API call (the Telegram clients' ``observe`` hook), by method; it counts
        as an ``external_request`` of ``telegram`` too."""
        label = method if method in TELEGRAM_METHODS else "other"
        self.telegram_requests.labels(label, str(status)).inc()
        self.telegram_seconds.labels(label).observe(seconds)
        self.external_request("telegram", status, seconds)

    def update_received(self, date: int) -> None:
        """An update reached dialogs for the first time; ``date`` is Telegram's (Unix
        seconds; 0 when the update has none, which is not counted)."""
        if date > 0:
            self.update_age.observe(max(0.0, self._clock() - date))

    def event_loop_lag(self, seconds: float) -> None:
        """How late a ticker on the bot's event loop woke up."""
        self.loop_lag.observe(max(0.0, seconds))

    def spool_fsync(self, seconds: float) -> None:
        """One spool group commit's fdatasync (the spool's ``observe_commits`` hook)."""
        self.spool_fsync_seconds.observe(seconds)

    # -- the runtime ---------------------------------------------------------------------

    def watch(self, system: ActorSystem) -> Callable[[], None]:
        """Count ``system``'s lifecycle events from now on; returns the remover."""
        return system.events.add_listener(self.on_event)

    def on_event(self, event: LifecycleEvent) -> None:
        """The ``system.events`` listener (synchronous and cheap, as listeners must be)."""
        if isinstance(event, Crashed):
            self._last_exit[event.path] = "crashed"
            self.crashes.labels(event.path, event.phase).inc()
        elif isinstance(event, Stopped):
            self._last_exit[event.path] = event.reason
        elif isinstance(event, Restarting):
            reason = self._last_exit.get(event.path, "unknown")
            self.restarts.labels(event.path, reason).inc()
        elif isinstance(event, DeadLettered):
            reason = event.reason if event.reason in DEAD_LETTER_REASONS else "other"
            self.dead_letters.labels(event.path, reason).inc()
        elif isinstance(event, IntensityExceeded):
            self.intensity_exceeded.labels(event.path, "intensity_exceeded").inc()
        elif isinstance(event, Escalated):
            self.intensity_exceeded.labels(event.path, "escalated").inc()

    # -- read at scrape time -------------------------------------------------------------

    def observe(self, app: AppLike, model: HealthModel | None = None) -> None:
        """Read ``app``'s components (and ``model``'s statuses and the actors of its
        system) at every scrape from now on. Calling it again replaces the sources."""
        self._collector.app = app
        self._collector.model = model
        self._collector.observed_at = anyio.current_time()

    def render(self) -> bytes:
        """The text exposition format (``CONTENT_TYPE``), the components read now: call it
        on the bot's event loop."""
        self.sync_business()
        return generate_latest(self.registry)

    def collect_observed(self) -> tuple[Metric, ...]:
        """The scrape-time families (``observe``), read now: on the bot's event loop, for
        ``render_published`` in another thread."""
        self.sync_business()
        return tuple(self._collector.collect())

    def render_published(self, observed: Sequence[Metric]) -> bytes:
        """The text exposition format with ``observed`` (from ``collect_observed``) in
        place of reading the components: safe in any thread (the counters and histograms
        are prometheus-client's, which lock)."""
        token = _PUBLISHED.set(observed)
        try:
            return generate_latest(self.registry)
        finally:
            _PUBLISHED.reset(token)

    def note_newest_backup(self, mtime: float | None) -> None:
        """The newest dump in the backup directory (its mtime; None: none there), looked
        up off the event loop from time to time (``fe_backup_last_success_timestamp_seconds``
        counts a dump taken by hand too)."""
        self._collector.newest_backup = mtime

    def sync_business(self) -> None:
        """Copy the scheduler's latest business gauges (``app.gauges``), if it computed
        any, into ours just before a scrape."""
        gauges = getattr(self._collector.app, "gauges", None)
        if gauges is None or gauges.active_families is None:
            return
        retention = {window: value for window, value in (
            ("d1", gauges.retention_d1), ("d7", gauges.retention_d7),
            ("d30", gauges.retention_d30)) if value is not None}
        self.set_business(active_families=gauges.active_families,
                          checkin_completion=gauges.checkin_completion, retention=retention)


class _Observed:
    """The scrape-time collector over the live objects (``Metrics.observe``)."""

    def __init__(self) -> None:
        self.app: AppLike | None = None
        self.model: HealthModel | None = None
        self.observed_at = 0.0
        self.newest_backup: float | None = None

    def describe(self) -> Iterable[Metric]:
        return []  # names are produced at scrape time only

    def collect(self) -> Iterator[Metric]:
        published = _PUBLISHED.get()
        if published is not None:  # render_published: what the bot's loop read
            yield from published
            return
        if self.app is not None:
            yield from _backups(self.app, self.newest_backup)
            yield from _spool(self.app)
            yield from _db(self.app)
            yield from _cache(self.app)
            yield from _breakers(self.app)
            yield from _telegram(self.app, self.observed_at)
            yield from _translator(self.app)
        if self.model is not None:
            yield from _statuses(self.model)
            yield from _actors(self.model)


def _backups(app: AppLike, newest_on_disk: float | None) -> Iterator[Metric]:
    """Declared always; samples only where backups are taken (PostgreSQL and a backup
    directory configured), so a bot on the spool alone raises no backup alert."""
    success = GaugeMetricFamily(
        "fe_backup_last_success_timestamp_seconds", "Unix time of the newest backup: the "
        "nightly dump this process took, or the newest dump in the backup directory "
        "(0: none).")
    verified = GaugeMetricFamily(
        "fe_backup_last_verification_ok", "1 when the last nightly dump restored with its "
        "row counts, 0 when that check failed (no sample before a verification).")
    gauges = getattr(app, "gauges", None)
    if app.dsn is not None and app.settings.scheduler.backup_dir is not None:
        taken = getattr(gauges, "last_backup_at", None)
        times = [t for t in (newest_on_disk, None if taken is None else taken.timestamp())
                 if t is not None]
        success.add_metric([], max(times, default=0.0))
        ok = getattr(gauges, "last_backup_verified", None)
        if ok is not None:
            verified.add_metric([], 1 if ok else 0)
    yield success
    yield verified


def _gauge(name: str, doc: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, doc, value=value)


def _counter(name: str, doc: str, value: float) -> CounterMetricFamily:
    return CounterMetricFamily(name, doc, value=value)


def _spool(app: AppLike) -> Iterator[Metric]:
    spool = app.spool
    yield _gauge("fe_spool_depth", "Spool records not yet drained into PostgreSQL.",
                 spool.depth)
    yield _gauge("fe_spool_oldest_age_seconds", "Age of the oldest undrained spool record.",
                 spool.oldest_age)
    yield _gauge("fe_spool_free_bytes", "Free disk space on the spool's file system.",
                 spool.free_bytes)
    yield _gauge("fe_spool_healthy", "1 while the spool can write, 0 after a failed write.",
                 1 if spool.healthy else 0)
    queues = GaugeMetricFamily("fe_queue_size", "Items waiting, by queue.", labels=["queue"])
    queues.add_metric(["spool"], spool.depth)
    queues.add_metric(["outbox"], app.outbox.depth)
    yield queues


def _db(app: AppLike) -> Iterator[Metric]:
    stats = app.flush_stats
    yield _counter("fe_db_rows_flushed", "Spool records committed to PostgreSQL.",
                   stats.rows_flushed)
    yield _counter("fe_db_flush_batches", "Flush transactions committed.", stats.batches)
    yield _counter("fe_db_dead_lettered", "Spool records set aside as dead letters.",
                   stats.dead_lettered)
    outage = 0.0
    if stats.outage_since is not None:  # the flusher stamps with anyio's clock
        outage = max(0.0, anyio.current_time() - stats.outage_since)
    yield _gauge("fe_postgres_outage_seconds", "Seconds the current PostgreSQL outage has "
                 "lasted (0: none).", outage)
    yield _gauge("fe_postgres_rto_budget_seconds", "RTO budget left in the current "
                 "PostgreSQL outage (the full RTO when there is none).",
                 app.settings.supervision.rto_postgres - outage)


def _cache(app: AppLike) -> Iterator[Metric]:
    cache = app.cache
    stats = cache.stats
    state = GaugeMetricFamily("fe_cache_state", "1 for the cache's current state.",
                              labels=["state"])
    for member in CacheState:
        state.add_metric([member.value], 1 if cache.state is member else 0)
    yield state
    ops = CounterMetricFamily("fe_cache_operations", "Cache operations, by outcome.",
                              labels=["outcome"])
    for outcome, value in (("hit", stats.hits), ("miss", stats.misses),
                           ("fallback", stats.fallbacks), ("redis_error", stats.redis_errors),
                           ("writeback", stats.writebacks)):
        ops.add_metric([outcome], value)
    yield ops


def _breakers(app: AppLike) -> Iterator[Metric]:
    family = GaugeMetricFamily("fe_breaker_state", "Circuit breaker state: 0 closed, "
                               "1 half-open, 2 open.", labels=["breaker"])
    family.add_metric(["claude"], BREAKER_LEVELS[app.translator.breaker.state])
    family.add_metric(["redis"], BREAKER_LEVELS[app.cache.breaker.state])
    family.add_metric(["postgres"], BREAKER_LEVELS[app.flush_stats.breaker_state])
    yield family


def _replicas(poller: PollerStats) -> Iterator[Metric]:
    """Webhooks and the lease among replicas (docs/replicas.md); without replicas the
    process is its own leader and the lease's counters stay at 0."""
    webhooks = CounterMetricFamily("fe_telegram_webhook_requests", "Webhook requests, by "
                                   "outcome.", labels=["outcome"])
    for outcome in ("ok", "duplicate", "bad_secret", "bad_request", "too_large",
                    "unavailable"):
        webhooks.add_metric([outcome], poller.webhook_requests[outcome])
    yield webhooks
    lease = poller.lease
    leading = poller.role != "standby" if lease is None else lease.role.value == "leader"
    yield _gauge("fe_telegram_leader", "1 while this process takes updates in (it holds "
                 "the lease, or runs without replicas), 0 on a standby.", 1 if leading else 0)
    yield _gauge("fe_telegram_lease_epoch", "The lease's epoch (fencing token) as last "
                 "seen by this replica; 0 without replicas.",
                 (lease.leader_epoch or 0) if lease is not None else 0)
    terms = CounterMetricFamily("fe_telegram_lease_terms", "Terms of the lease begun and "
                                "ended by this replica.", labels=["event"])
    terms.add_metric(["acquired"], lease.acquired if lease is not None else 0)
    terms.add_metric(["lost"], lease.lost if lease is not None else 0)
    yield terms
    yield _counter("fe_telegram_lease_renew_failures", "Lease renewals or takeover "
                   "attempts that could not reach PostgreSQL.",
                   lease.renew_failures if lease is not None else 0)
    fenced = CounterMetricFamily("fe_telegram_fenced", "Effects refused by the lease's "
                                 "fencing token (offset: a batch not committed, reply: a "
                                 "reply not claimed).", labels=["where"])
    for where in ("offset", "reply"):
        fenced.add_metric([where], lease.fenced[where] if lease is not None else 0)
    yield fenced
    yield _counter("fe_telegram_adopted_updates", "Pending updates handed over at the "
                   "start of this replica's terms.", poller.adopted)


def _telegram(app: AppLike, observed_at: float) -> Iterator[Metric]:
    poller, sender = app.poller_stats, app.outbox.stats
    yield _counter("fe_telegram_updates_received", "Updates journaled and delivered.",
                   poller.updates_received)
    yield _counter("fe_telegram_polls", "Successful getUpdates calls.", poller.polls)
    yield _counter("fe_telegram_replays_dropped", "Updates Telegram sent again, dropped.",
                   poller.replays_dropped)
    yield _counter("fe_telegram_conflicts", "409 Conflict answers to getUpdates.",
                   poller.conflicts_409)
    causes = CounterMetricFamily("fe_telegram_conflict_causes", "409 Conflict answers to "
                                 "getUpdates by cause (webhook, other_poller, other).",
                                 labels=["cause"])
    for cause in ("webhook", "other_poller", "other"):
        causes.add_metric([cause], poller.conflict_causes[cause])
    yield causes
    yield from _replicas(poller)
    floods = CounterMetricFamily("fe_telegram_floods", "429 answers, by who was paused.",
                                 labels=["scope"])
    floods.add_metric(["poll"], poller.floods_429)
    for scope, count in sorted(sender.floods_429.items()):
        floods.add_metric([scope], count)
    yield floods
    poisons = CounterMetricFamily(
        "fe_poison_updates", "Updates set aside and dead-lettered by the poller, by stage "
        "(edge: their JSON text, parse: their fields, journal: an id seen for another "
        "update, store: the journal could not encode them) and reason.",
        labels=["stage", "reason"])
    for (stage, reason), count in sorted(poller.poisons.items()):
        poisons.add_metric([stage, reason], count)
    yield poisons
    repairs = CounterMetricFamily(
        "fe_update_repairs", "Values repaired at the edge in updates still handled, by kind "
        "(lone_surrogate, invalid_utf8, nul, date_out_of_range).", labels=["kind"])
    for kind, count in sorted(poller.repairs.items()):
        repairs.add_metric([kind], count)
    yield repairs
    errors = CounterMetricFamily("fe_telegram_poll_errors", "Failed getUpdates calls, by "
                                 "kind.", labels=["kind"])
    for kind, count in sorted(poller.errors.items()):
        errors.add_metric([kind], count)
    yield errors
    last = poller.last_poll_at if poller.last_poll_at is not None else observed_at
    yield _gauge("fe_telegram_last_poll_age_seconds", "Seconds since the last successful "
                 "getUpdates (before the first: since metrics began).",
                 max(0.0, anyio.current_time() - last))
    replies = CounterMetricFamily("fe_telegram_replies", "Replies, by outcome.",
                                  labels=["outcome"])
    for outcome, value in (("sent", sender.sent), ("retried", sender.retries),
                           ("dropped", sender.dropped), ("given_up", sender.given_up),
                           ("stalled", sender.stalled), ("skipped", sender.skipped)):
        replies.add_metric([outcome], value)
    yield replies


def _translator(app: AppLike) -> Iterator[Metric]:
    stats = app.translator.stats
    calls = CounterMetricFamily("fe_claude_calls", "Claude calls, by status (ok or the "
                                "failure kind).", labels=["status"])
    calls.add_metric(["ok"], stats.claude_ok)
    for kind, count in sorted(stats.claude_failed.items()):
        calls.add_metric([kind], count)
    yield calls
    answers = CounterMetricFamily("fe_translator_answers", "Translator answers, by path "
                                  "(cache, offline; refused_by_breaker and out_of_time are "
                                  "offline answers counted again by their cause).",
                                  labels=["path"])
    for path, value in (("cache", stats.cache_hits), ("offline", stats.offline),
                        ("refused_by_breaker", stats.refused),
                        ("out_of_time", stats.out_of_time)):
        answers.add_metric([path], value)
    yield answers


def _statuses(model: HealthModel) -> Iterator[Metric]:
    report = model.report()
    family = GaugeMetricFamily("fe_component_status", "Component status: -1 disabled, "
                               "0 healthy, 1 degraded, 2 unhealthy.", labels=["component"])
    for name, component in report.components.items():
        family.add_metric([name], component.status.level)
    yield family
    yield _gauge("fe_health_status", "The bot's status: 0 healthy, 1 degraded, 2 unhealthy.",
                 report.status.level)


def _actors(model: HealthModel) -> Iterator[Metric]:
    system = model.system
    if system is None:
        return
    depth = GaugeMetricFamily("fe_mailbox_depth", "Messages queued, by actor path.",
                              labels=["actor"])
    up = GaugeMetricFamily("fe_actor_up", "1 while the actor runs, by path.", labels=["actor"])
    incarnation = GaugeMetricFamily("fe_actor_incarnation", "The running incarnation number.",
                                    labels=["actor"])
    total = 0
    for cell in system.actors():
        queued = len(cell.mailbox)
        total += queued
        depth.add_metric([cell.path], queued)
        up.add_metric([cell.path], 1 if cell.running else 0)
        incarnation.add_metric([cell.path], cell.incarnation)
    yield depth
    yield up
    yield incarnation
    yield _gauge("fe_mailbox_depth_total", "Messages queued over all mailboxes.", total)


def _bool(value: bool) -> str:
    return "true" if value else "false"
