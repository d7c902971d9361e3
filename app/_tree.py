"""The application's supervision tree and the resources it shares.

``open_app`` opens what must outlive an actor's restart (the spool, the cache service,
the journal, the family store, the sender's outbox, the translator service, ...) and
``build_tree`` declares the supervisors and their children, in start order, with restart
policies taken from the settings. See docs/ARCHITECTURE.md, section "The actor tree", for
the tree, the order, the intensity and backoff, and why each resource is shared.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import anyio

from actors.cache import Cache, CacheService
from actors.crisis import warm_up as crisis_warm_up
from actors.db_writer import (
    DbWriter,
    DeadLetterKeeper,
    DeadLetterSink,
    FlushStats,
    Reads,
    persist,
)
from actors.dialogs import Dialogs, FamilyStore, Fault, PersistentFamilyStore, StateWaits
from actors.health import HealthServer, Metrics, raise_nofile_limit
from actors.scheduler import (
    BusinessGauges,
    Scheduler,
    handle_checkin_callback,
)
from actors.spool import Spool
from actors.telegram import (
    Inbox,
    Lease,
    LeaseKeeper,
    Outbox,
    PollerStats,
    ReplyClaims,
    SpoolJournal,
    TelegramPoller,
    TelegramSender,
    TelegramWebhook,
    UpdateLog,
    import_update_journal,
    install_log_redaction,
)
from actors.translator import Translator, TranslatorService, translate_offline
from config.redaction import register_secret, register_settings
from config.settings import Settings, SettingsError
from runtime import ActorRef, ActorSystem, WallClock, current_system, system_clock
from supervisors import Backoff, ChildSpec, Restart, Strategy, supervisor_spec, worker

from ._memory import give_back_free_memory

SENDER = "telegram_sender"
POLLER = "telegram_poller"
LEASE = "telegram_lease"


class ShardRoute:
    """``route(chat_id)`` → the ref of actor ``{prefix}{chat_id % shards}``: one chat always
    reaches the same shard, which keeps its updates in order. Refs are looked up by name
    in the running system on first use (they are stable across restarts)."""

    def __init__(self, prefix: str, shards: int) -> None:
        self.prefix = prefix
        self.shards = shards
        self._refs: list[ActorRef] = []
        self._system: object = None

    def __call__(self, chat_id: int) -> ActorRef:
        system = current_system()
        if system is not self._system:
            self._refs = [system.ref(f"{self.prefix}{i}") for i in range(self.shards)]
            self._system = system
        return self._refs[chat_id % self.shards]


class NamedRoute:
    """The ref of one named actor, looked up in the running system when first needed."""

    def __init__(self, name: str) -> None:
        self.name = name

    def ref(self) -> ActorRef:
        return current_system().ref(self.name)


@dataclass
class App:
    """What the tree's actors share; made by ``open_app`` and handed to every
    incarnation through the child factories, so it outlives actor restarts."""

    settings: Settings
    token: str = field(repr=False)
    journal: UpdateLog
    store: FamilyStore
    translator: TranslatorService
    outbox: Outbox
    spool: Spool
    cache: CacheService
    reads: Reads
    flush_stats: FlushStats
    poller_stats: PollerStats
    gauges: BusinessGauges
    metrics: Metrics
    dead_letters: DeadLetterSink
    """The kernel's dead letters on their way to the spool (the ``dead_letters`` actor)."""
    dialogs_fault: Fault | None = None
    """Chaos drills only: a hook that may crash dialogs mid-message."""
    clock: WallClock = system_clock
    """The wall clock every component reads dates from (tests pass a manual one)."""
    state_waits: StateWaits = field(default_factory=StateWaits)
    """Chats whose updates wait for their family state (every dialogs shard's)."""
    lease: Lease | None = None
    """Replicas only (``[replicas] enabled``): the lease that elects the replica taking
    updates in, and its fencing token."""
    claims: ReplyClaims | None = None
    """Replicas only: the sender's reply claims under the lease's token."""
    inbox: Inbox | None = None
    """Replicas in webhook mode: the intake every replica writes and the holder reads."""

    @property
    def dsn(self) -> str | None:
        url = self.settings.database.url
        return url.reveal() if url is not None else None


def warm_up_readers() -> None:
    """Load what the crisis detector and the offline translator build on first use (the
    rules, the dictionaries, the emoji package's search tree) before ``run_bot`` freezes
    the heap: built later, those tables would be traversed by every full collection."""
    crisis_warm_up()
    for phrase in ("Он сказал: я тебя ненавижу 😡", "She said she hates school 😢"):
        translate_offline(phrase, "8-12", "en")


@contextlib.asynccontextmanager
async def open_app(
    settings: Settings, token: str, *, store: FamilyStore | None = None,
    dialogs_fault: Fault | None = None, clock: WallClock = system_clock,
) -> AsyncIterator[App]:
    """Open the shared resources — the spool (recovered before anything else), the cache
    service, the reads, the journal, the translator service — and close them after, in
    reverse order. ``store`` replaces the persistent family store (tests, benchmarks);
    ``clock`` is the wall clock handed to every component."""
    register_settings(settings)  # redact() knows every secret before anything can log one
    register_secret(token)
    register_secret(settings.telegram.webhook_secret)
    db, redis = settings.database, settings.redis
    dsn = db.url.reveal() if db.url is not None else None
    # The crisis detector's dictionaries and rules load once here, not on a parent's
    # first message (a few hundred milliseconds).
    await anyio.to_thread.run_sync(warm_up_readers)
    async with contextlib.AsyncExitStack() as stack:
        spool = await Spool.open(db.spool_dir, fsync=db.spool_fsync, clock=clock)
        stack.push_async_callback(spool.aclose)
        cache = CacheService(
            redis.url.reveal() if redis.url is not None else None, namespace=redis.namespace,
            socket_timeout=redis.socket_timeout, connect_timeout=redis.connect_timeout,
            breaker_failures=redis.breaker_failures, breaker_reset=redis.breaker_reset,
            probe_interval=redis.probe_interval, memory_items=redis.memory_items)
        stack.push_async_callback(cache.aclose)
        metrics = Metrics(clock=clock)
        spool.observe_commits(metrics.spool_fsync)
        reads = Reads(dsn, spool, timeout=db.read_timeout, connect_timeout=db.connect_timeout,
                      observe=metrics.db_query)
        stack.push_async_callback(reads.aclose)
        journal = await SpoolJournal.open(spool, dsn, timeout=db.read_timeout * 4, clock=clock)
        stack.push_async_callback(journal.aclose)
        await import_update_journal(journal, settings.telegram.journal_dir)
        translator = TranslatorService(
            settings.anthropic, settings.translator, shared=cache,
            observe=lambda outcome, seconds: metrics.external_request("claude", outcome,
                                                                      seconds))
        stack.push_async_callback(translator.aclose)
        dead_letters = DeadLetterSink(spool, clock=clock, given_up=journal.mark_done)
        lease, claims, inbox = None, None, None
        replicas = settings.replicas
        if replicas.enabled:
            if dsn is None:
                raise SettingsError("setting replicas.enabled needs database.url "
                                    "(DATABASE_URL): the lease lives in PostgreSQL")
            lease = Lease(dsn, holder=replicas.id or None, ttl=replicas.lease_ttl,
                          renew_interval=replicas.renew_interval,
                          connect_timeout=db.connect_timeout)
            stack.push_async_callback(lease.aclose)
            claims = ReplyClaims(lease, dsn, connect_timeout=db.connect_timeout,
                                 command_timeout=db.command_timeout)
            stack.push_async_callback(claims.aclose)
            if settings.telegram.mode == "webhook":
                inbox = Inbox(dsn, connect_timeout=db.connect_timeout,
                              command_timeout=db.command_timeout)
                stack.push_async_callback(inbox.aclose)
        yield App(
            settings=settings, token=token, journal=journal,
            store=store if store is not None else PersistentFamilyStore(cache, reads, spool,
                                                                         clock=clock),
            translator=translator, outbox=Outbox(settings.telegram), spool=spool,
            cache=cache, reads=reads, flush_stats=FlushStats(), poller_stats=PollerStats(),
            gauges=BusinessGauges(), metrics=metrics, dead_letters=dead_letters,
            dialogs_fault=dialogs_fault, clock=clock, lease=lease, claims=claims,
            inbox=inbox)


def build_tree(app: App) -> ChildSpec:
    """The root supervisor's spec for ``ActorSystem.start``::

        root (one_for_one)
        ├── infra (rest_for_one): cache, db_writer, dead_letters
        ├── bot (one_for_one)
        │   ├── telegram_sender
        │   ├── translator (one_for_one): translator-0 … translator-{N-1}
        │   ├── dialogs (one_for_one): dialogs-0 … dialogs-{M-1}
        │   └── telegram_poller (transient: it stops for good on a rejected token)
        └── ops (one_for_one): scheduler, health

    The sender starts before the translators, the translators before dialogs, dialogs
    before the poller, so nothing is handed an update before its consumer runs; shutdown
    goes the other way: the poller stops polling first and the sender drains last."""
    limits = _limits(app)
    return supervisor_spec("root", [
        supervisor_spec("infra", _infra_children(app), strategy=Strategy.REST_FOR_ONE,
                        **limits),
        supervisor_spec("bot", _bot_children(app), **limits),
        supervisor_spec("ops", _ops_children(app), **limits),
    ], **limits)


def _limits(app: App) -> dict[str, Any]:
    """Every supervisor's restart intensity, from the settings: ``max_restarts`` within
    ``within`` seconds (a poison message's redeliveries count too). Workers also back off
    exponentially up to a tenth of their component's RTO (``Backoff.for_rto``)."""
    sup = app.settings.supervision
    return {"max_restarts": sup.max_restarts, "within": sup.within}


def _infra_children(app: App) -> list[ChildSpec]:
    sup = app.settings.supervision
    db = app.settings.database

    def make_cache() -> Cache:
        return Cache(app.cache)

    def make_db_writer() -> DbWriter:
        return DbWriter(app.spool, app.dsn, batch=db.batch, stats=app.flush_stats,
                        breaker_failures=db.breaker_failures, breaker_reset=db.breaker_reset,
                        connect_timeout=db.connect_timeout, command_timeout=db.command_timeout,
                        observe=app.metrics.db_query, clock=app.clock)

    return [
        worker("cache", make_cache, backoff=Backoff.for_rto(sup.rto_redis),
               shutdown=sup.shutdown_timeout,
               max_redeliveries=sup.max_redeliveries),
        worker("db_writer", make_db_writer, backoff=Backoff.for_rto(sup.rto_postgres),
               shutdown=sup.shutdown_timeout,
               max_redeliveries=sup.max_redeliveries),
        worker("dead_letters", lambda: DeadLetterKeeper(app.dead_letters),
               backoff=Backoff.for_rto(sup.rto_postgres), shutdown=sup.shutdown_timeout,
               max_redeliveries=sup.max_redeliveries),
    ]


def _ops_children(app: App) -> list[ChildSpec]:
    sup = app.settings.supervision
    sender = NamedRoute(SENDER)
    config = app.settings.scheduler

    def make_scheduler() -> Scheduler:
        return Scheduler(dsn=app.dsn, sender=sender.ref, config=config, spool=app.spool,
                         gauges=app.gauges, inactive=app.outbox.inactive.__contains__,
                         clock=app.clock)

    health = app.settings.health

    def make_health() -> HealthServer:
        token = health.token.reveal() if health.token is not None else None
        return HealthServer(app, app.metrics, host=health.host, port=health.port, token=token,
                            clock=app.clock, max_connections=health.max_connections,
                            fd_reserve=health.fd_reserve, idle_timeout=health.idle_timeout,
                            probe_port=health.probe_port if health.probe_process else None)

    children = [worker("scheduler", make_scheduler, backoff=Backoff.for_rto(sup.rto_postgres),
                       shutdown=sup.shutdown_timeout,
                       max_redeliveries=sup.max_redeliveries)]
    if health.enabled:
        children.append(worker("health", make_health, backoff=Backoff.for_rto(sup.rto_bot),
                               shutdown=sup.shutdown_timeout,
                               max_redeliveries=sup.max_redeliveries))
    return children


def _bot_children(app: App) -> list[ChildSpec]:
    settings = app.settings
    sup = settings.supervision
    backoff = Backoff.for_rto(sup.rto_bot)
    limits = _limits(app)
    dialogs_route = ShardRoute("dialogs-", settings.dialogs.shards)
    translators = ShardRoute("translator-", settings.translator.workers)
    sender = NamedRoute(SENDER)
    telegram = settings.telegram

    def telegram_call(method: str, status: str, seconds: float) -> None:
        app.metrics.telegram_call(method, status, seconds)

    def make_sender() -> TelegramSender:
        return TelegramSender(telegram, app.token, app.journal, dialogs_route,
                              outbox=app.outbox, api_observer=telegram_call,
                              gave_up=app.dead_letters.add, fence=app.claims)

    def make_translator() -> Translator:
        return Translator(app.translator)

    def make_dialogs() -> Dialogs:
        return Dialogs(store=app.store, sender=sender.ref(), translator_for=translators,
                       metrics=app.metrics, waits=app.state_waits,
                       done=app.journal.mark_done, settings=settings.dialogs,
                       translator_settings=settings.translator, fault=app.dialogs_fault,
                       checkin=functools.partial(handle_checkin_callback, spool=app.spool,
                                                 clock=app.clock),
                       gave_up=functools.partial(app.dead_letters.add, done=False))

    def make_poller() -> TelegramPoller:
        journal = app.journal
        catch_up = refresh = None
        if isinstance(journal, SpoolJournal) and app.lease is not None:
            refresh = journal.refresh  # each term adopts what PostgreSQL holds
        elif isinstance(journal, SpoolJournal) and not journal.caught_up:
            catch_up = journal.catch_up_forever
        if telegram.mode == "webhook":  # the same slot: the receiver replaces the poller
            return TelegramWebhook(telegram, app.token, journal, dialogs_route,
                                   stats=app.poller_stats, api_observer=telegram_call,
                                   dead_letters=functools.partial(persist, app.spool),
                                   clock=app.clock, lease=app.lease, refresh=refresh,
                                   inbox=app.inbox)
        return TelegramPoller(telegram, app.token, journal, dialogs_route, catch_up=catch_up,
                              stats=app.poller_stats, api_observer=telegram_call,
                              dead_letters=functools.partial(persist, app.spool),
                              clock=app.clock, lease=app.lease, refresh=refresh)

    def workers(prefix: str, count: int, factory: Callable[[], Any]) -> list[ChildSpec]:
        return [worker(f"{prefix}{i}", factory, backoff=backoff,
                       shutdown=sup.shutdown_timeout,
                       max_redeliveries=sup.max_redeliveries) for i in range(count)]

    lease = app.lease
    keeper = [] if lease is None else [
        # First, so it stops last: the sender's drain still claims replies under it.
        worker(LEASE, lambda: LeaseKeeper(lease, app.claims), backoff=backoff,
               shutdown=sup.shutdown_timeout, max_redeliveries=sup.max_redeliveries)]
    return [
        *keeper,
        worker(SENDER, make_sender, backoff=backoff, shutdown=sup.shutdown_timeout,
               max_redeliveries=sup.max_redeliveries, capacity=10_000),
        supervisor_spec("translator", workers("translator-", settings.translator.workers,
                                              make_translator), **limits),
        supervisor_spec("dialogs", workers("dialogs-", settings.dialogs.shards, make_dialogs),
                        **limits),
        worker(POLLER, make_poller, restart=Restart.TRANSIENT, backoff=backoff,
               shutdown=sup.shutdown_timeout,
               max_redeliveries=sup.max_redeliveries),
    ]


async def run_bot(
    settings: Settings,
    token: str,
    *,
    beside: Callable[[App, ActorSystem], Awaitable[None]] | None = None,
    handle_signals: bool = True,
    store: FamilyStore | None = None,
    dialogs_fault: Fault | None = None,
    clock: WallClock = system_clock,
) -> int:
    """Run the bot until SIGTERM/SIGINT, the root gives up, or ``beside`` (a task run next
    to the tree: the terminal chat, a scripted demo) returns. The process exit code:
    non-zero when the root gave up, so the service manager restarts it."""
    install_log_redaction()
    # descriptors for the spool and the databases, whatever the probes do
    raise_nofile_limit(settings.health.nofile_target)
    async with open_app(settings, token, store=store, dialogs_fault=dialogs_fault,
                        clock=clock) as app:
        # Everything long-lived exists now (modules, settings, SDK clients): move it out of
        # the collector's reach, so a full collection does not pause a reply for ~100 ms.
        gc.collect()
        gc.freeze()
        give_back_free_memory()  # what the warm-up freed, before the bot idles
        async with (ActorSystem.start(build_tree(app), handle_signals=handle_signals) as system,
                    anyio.create_task_group() as tg):
            tg.start_soon(load_claude, app)
            if beside is not None:

                async def side() -> None:
                    await beside(app, system)
                    system.request_shutdown()

                tg.start_soon(side)
            await system.wait()
            tg.cancel_scope.cancel()
        return system.exit_code


async def load_claude(app: App) -> None:
    """Claude's SDK, loaded once the tree runs rather than on the way to ready (about a
    second of imports), then frozen like everything before it: its many objects are
    long-lived, and a full collection walking them would pause a reply."""
    if app.translator.claude_enabled:
        await app.translator.load()
        gc.freeze()
        give_back_free_memory()  # what the SDK's import freed
