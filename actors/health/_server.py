"""The HTTP endpoints (aiohttp): probes, metrics and the admin API.

The probes (``/health/live``, ``/health/ready``, ``/health``) are open: orchestrators call
them without credentials, and they reveal nothing secret; ``/metrics`` and ``/admin/*``
need the bearer token when one is configured. Every request is counted and timed by
route. The application runs on the health thread's loop: the probes and ``/metrics``
answer from what the bot's loop last published (``Published``), the admin endpoints run
their work on the bot's loop through ``BotCalls``. See docs/health.md, sections
"Endpoints" and "Threads", for what each path answers.
"""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, Final, Protocol

import anyio
import asyncpg  # type: ignore[import-untyped]
import msgspec
from aiohttp import web

from actors.dialogs import FamilyStore
from config.redaction import redact
from runtime import ActorRef, ActorSystem
from runtime.lowlevel import Cell
from supervisors import ChildInfo, ChildType, which_children

from ._metrics import CONTENT_TYPE, Metrics
from ._published import Published, encode_body
from ._status import AppLike, HealthModel
from ._thread import BotCalls, BotUnavailable, ConnectionGate

__all__ = ["CacheWarmer", "WarmableApp", "make_web_app"]

log: Final = logging.getLogger(__name__)

_json: Final = msgspec.json.Encoder()
_JSON: Final = "application/json"
ADMIN_TIMEOUT: Final = 2.0
STALE_AFTER: Final = 5.0
"""Seconds without a snapshot from the bot's loop after which ``/health/live`` is 503."""
WARM_LIMIT: Final = 1000

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class WarmableApp(AppLike, Protocol):
    """An ``AppLike`` with the family store (what the cache warm-up reads through)."""

    store: FamilyStore


def make_web_app(
    model: HealthModel,
    metrics: Metrics,
    published: Callable[[], Published | None],
    calls: BotCalls,
    *,
    token: str | None,
    warmer: CacheWarmer | None = None,
    gate: ConnectionGate | None = None,
    stale_after: float = STALE_AFTER,
) -> web.Application:
    """The aiohttp application serving every endpoint for ``model``'s app and system, on
    the health thread's loop. ``published`` returns the newest snapshot of the bot's loop;
    ``calls`` runs the admin work there. ``token`` (None or empty: no auth) guards
    ``/metrics`` and ``/admin/*``; ``gate`` learns which connections are in a request."""
    routes = _Routes(model, metrics, published, calls, warmer, stale_after)
    guard = _bearer(token)
    app = web.Application(middlewares=[_counted(metrics, gate)])
    app.router.add_get("/health/live", routes.live)
    app.router.add_get("/health/ready", routes.ready)
    app.router.add_get("/health", routes.health)
    app.router.add_get("/metrics", guard(routes.scrape))
    app.router.add_get("/admin/actors", guard(routes.actors))
    app.router.add_get("/admin/db", guard(routes.db))
    app.router.add_post("/admin/cache/warm", guard(routes.warm))
    return app


class _Routes:
    """The probes and ``/metrics`` (on the health thread, from the snapshot), and the
    admin endpoints (their work on the bot's loop, through ``calls``)."""

    def __init__(self, model: HealthModel, metrics: Metrics,
                 published: Callable[[], Published | None], calls: BotCalls,
                 warmer: CacheWarmer | None, stale_after: float) -> None:
        self.model = model
        self.metrics = metrics
        self.published = published
        self.calls = calls
        self.warmer = warmer
        self.stale_after = stale_after

    def _fresh(self) -> tuple[Published | None, str | None]:
        """The newest snapshot, and why it cannot be trusted (None: it can)."""
        snapshot = self.published()
        if snapshot is None:
            return None, "the bot's event loop has published nothing yet"
        age = time.monotonic() - snapshot.at
        if age > self.stale_after:
            return snapshot, (f"the bot's event loop has published nothing for {age:.1f} s "
                              f"(stuck?)")
        return snapshot, None

    async def live(self, request: web.Request) -> web.Response:
        snapshot, stale = self._fresh()
        if snapshot is None or stale is not None:
            return _encoded(encode_body({"status": "dead", "why": stale}), 503)
        return _encoded(snapshot.live_body, snapshot.live_status)

    async def ready(self, request: web.Request) -> web.Response:
        snapshot, stale = self._fresh()
        if snapshot is None or stale is not None:
            return _encoded(encode_body({"status": "unhealthy", "why": stale}), 503)
        return _encoded(snapshot.ready_body, 200 if snapshot.ready else 503)

    async def health(self, request: web.Request) -> web.Response:
        snapshot, stale = self._fresh()
        if snapshot is None:
            return _encoded(encode_body({"status": "unhealthy", "why": stale}), 503)
        # A stale snapshot still says what the bot looked like; /health/live says it is stuck.
        return _encoded(snapshot.health_body, 200 if snapshot.ready else 503)

    async def scrape(self, request: web.Request) -> web.Response:
        snapshot = self.published()
        observed = snapshot.observed if snapshot is not None else ()
        body = _redacted(self.metrics.render_published(observed))
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})

    async def actors(self, request: web.Request) -> web.Response:
        return await self._on_bot_loop(self._actors)

    async def db(self, request: web.Request) -> web.Response:
        return await self._on_bot_loop(self._db)

    async def warm(self, request: web.Request) -> web.Response:
        if self.warmer is None:
            return _reply({"error": "cache warm-up is not available"}, 501)
        try:
            raw = await request.read()
            request_body = msgspec.json.decode(raw or b"{}", type=_WarmRequest)
        except msgspec.DecodeError as error:
            return _reply({"error": f"bad request: {error}"}, 400)
        warmer = self.warmer

        async def warm() -> web.Response:
            result = await warmer.warm(request_body.chat_ids, request_body.limit)
            return _reply(result, 200)

        return await self._on_bot_loop(warm, timeout=warmer.timeout * 2 + ADMIN_TIMEOUT)

    async def _on_bot_loop(self, work: Callable[[], Awaitable[web.Response]], *,
                           timeout: float = ADMIN_TIMEOUT * 2) -> web.Response:
        try:
            return await self.calls.call(work, timeout)
        except BotUnavailable as error:
            return _reply({"error": str(error)}, 503)

    # -- run on the bot's loop -----------------------------------------------------------

    async def _actors(self) -> web.Response:
        root = _root(self.model.system)
        if root is None or not root.running:
            return _reply({"error": "the root supervisor is not running"}, 503)
        try:
            tree = await _tree(root.ref, root.path, ADMIN_TIMEOUT)
        except Exception as error:
            return _reply({"error": f"a supervisor did not answer: {type(error).__name__}"},
                          503)
        return _reply({"path": root.path, "type": "supervisor", "children": tree}, 200)

    async def _db(self) -> web.Response:
        app = self.model.app
        stats, spool = app.flush_stats, app.spool
        body: dict[str, Any] = {
            "spool_depth": spool.depth, "spool_oldest_age_s": spool.oldest_age,
            "spool_watermark": spool.watermark, "spool_last_seq": spool.last_seq,
            "spool_free_bytes": spool.free_bytes, "spool_healthy": spool.healthy,
            "rows_flushed": stats.rows_flushed, "batches": stats.batches,
            "dead_lettered": stats.dead_lettered, "rows_pruned": stats.rows_pruned,
            "breaker_state": stats.breaker_state.value, "last_error": stats.last_error,
            "migrations_applied": stats.migrations_applied,
            "postgres": self.model.postgres().as_json(),
        }
        return _reply(body, 200)


class _WarmRequest(msgspec.Struct, forbid_unknown_fields=True):
    chat_ids: list[int] | None = None
    limit: int = msgspec.field(default=100)


class CacheWarmer:
    """Loads families into the cache through ``app.store`` (whose ``get`` caches what it
    reads). Without explicit chat ids it asks PostgreSQL (``app.dsn``) for the most
    recently changed active families."""

    def __init__(self, app: WarmableApp, *, timeout: float = 5.0) -> None:
        self.app = app
        self.timeout = timeout

    async def warm(self, chat_ids: list[int] | None, limit: int) -> dict[str, Any]:
        """Returns ``{"warmed": n, "missing": m, "source": ...}``; never raises for an
        unavailable PostgreSQL (``error`` says so)."""
        source = "request"
        if chat_ids is None:
            source = "postgres"
            try:
                chat_ids = await self._recent(max(1, min(limit, WARM_LIMIT)))
            except (OSError, asyncpg.PostgresError, TimeoutError) as error:
                return {"warmed": 0, "missing": 0, "source": source,
                        "error": f"PostgreSQL unavailable: {type(error).__name__}"}
        warmed = missing = 0
        for chat_id in chat_ids[:WARM_LIMIT]:
            if await self.app.store.get(chat_id) is None:
                missing += 1
            else:
                warmed += 1
        return {"warmed": warmed, "missing": missing, "source": source}

    async def _recent(self, limit: int) -> list[int]:
        dsn = self.app.dsn
        if dsn is None:
            return []
        with anyio.fail_after(self.timeout):
            conn = await asyncpg.connect(dsn, timeout=self.timeout)
            try:
                rows = await conn.fetch(
                    "SELECT chat_id FROM families WHERE active "
                    "ORDER BY updated_at DESC LIMIT $1", limit)
            finally:
                await conn.close(timeout=self.timeout)
        return [int(row["chat_id"]) for row in rows]


# -- steps -------------------------------------------------------------------------------


def _bearer(token: str | None) -> Callable[[Handler], Handler]:
    """A decorator requiring ``Authorization: Bearer <token>`` (none when no token),
    compared in constant time; a missing or wrong token gets 401, whatever bytes the
    header holds (aiohttp hands non-UTF-8 ones over as surrogate escapes)."""
    expected = f"Bearer {token}".encode("utf-8", "surrogateescape") if token else None

    def decorate(handler: Handler) -> Handler:
        if expected is None:
            return handler

        async def guarded(request: web.Request) -> web.StreamResponse:
            given = request.headers.get("Authorization", "").encode("utf-8", "surrogateescape")
            if not hmac.compare_digest(given, expected):
                return _reply({"error": "unauthorized"}, 401,
                              headers={"WWW-Authenticate": "Bearer"})
            return await handler(request)

        return guarded

    return decorate


def _counted(metrics: Metrics, gate: ConnectionGate | None) -> Any:
    """Count and time every request; tell ``gate`` its connection is busy meanwhile."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.perf_counter()
        route = request.match_info.route.resource
        name = route.canonical if route is not None else "unmatched"
        status = 500
        transport = request.transport
        if gate is not None:
            gate.busy(transport)
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as error:
            status = error.status
            raise
        finally:
            if gate is not None:
                gate.idle(transport)
            metrics.http_request(name, request.method, status, time.perf_counter() - started)

    return middleware


def _encoded(body: bytes, status: int) -> web.Response:
    """A JSON answer already encoded and redacted (``encode_body``)."""
    return web.Response(body=body, status=status, content_type=_JSON)


def _reply(body: Any, status: int, *, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(body=_redacted(_json.encode(body)), status=status, content_type=_JSON,
                        headers=headers)


def _redacted(body: bytes) -> bytes:
    """``body`` (UTF-8) with every secret of the process taken out: no answer of this
    server can carry one, whichever field an error string reached."""
    return redact(body.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


def _root(system: ActorSystem | None) -> Cell | None:
    if system is None:
        return None
    for cell in system.actors():
        if "/" not in cell.path:
            return cell
    return None


async def _tree(sup: ActorRef, path: str, timeout: float) -> list[dict[str, Any]]:
    """The children of ``sup`` in start order, supervisors expanded."""
    nodes: list[dict[str, Any]] = []
    for child in reversed(await which_children(sup, timeout=timeout)):
        nodes.append(await _node(child, f"{path}/{child.id}", timeout))
    return nodes


async def _node(child: ChildInfo, path: str, timeout: float) -> dict[str, Any]:
    node: dict[str, Any] = {
        "id": child.id, "path": path, "type": child.type.value, "state": child.state.value,
        "incarnation": child.incarnation, "restarts": child.restarts,
    }
    if child.type is ChildType.SUPERVISOR and child.ref is not None:
        node["children"] = await _tree(child.ref, path, timeout)
    return node
