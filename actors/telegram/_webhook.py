"""The webhook receiver: Telegram POSTs each update to the bot (``telegram.mode =
"webhook"``), and the answer is 200 only once the update is durable.

``TelegramWebhook`` takes the ``telegram_poller`` slot of the tree in webhook mode. It
is the poller's subclass: the same edge (limits, repairs, poison updates set aside and
dead-lettered), parsing, journal and hand-off to dialogs, with an aiohttp endpoint in
place of the getUpdates loop. docs/replicas.md, section "Webhook mode", has the whole of
it; in short:

- **Secret first.** A request whose ``X-Telegram-Bot-Api-Secret-Token`` is not the
  configured secret (compared with ``hmac.compare_digest``, in constant time) gets 401
  and nothing is read further. Only POST on ``webhook_path``. A body over the edge's
  1 MiB is set aside (dead-lettered, answered 200) as polling does: a 413 would have
  Telegram send it again for a day, holding up the chat's next updates.
- **200 = durable.** One process (no replicas): the update is appended to the journal
  (the spool: written and fsynced) and handed to its dialogs shard before the answer,
  which is what confirms it to Telegram: the same guarantee as the polling offset.
  Replicas: it is inserted into PostgreSQL's ``received_updates`` (committed) and the
  lease holder is notified; PostgreSQL away, the answer is 503 with ``Retry-After`` and
  Telegram delivers it again later (it keeps an update 24 h).
- **Redeliveries** (Telegram did not see our 200) are recognised by ``update_id``: the
  journal's seen-set (one process), the table's primary key (replicas); a second
  request for an update still being taken in waits for the first and answers as it did.
- **Order.** Telegram sends a chat's next update only after the previous one was
  answered 2xx, and an update is handed to dialogs before its answer, so a chat's
  updates reach their shard in order. With replicas only the lease holder hands updates
  to dialogs (read from PostgreSQL in the order they were committed), so the order holds
  across replicas too.
- **Registration.** At start (one process) or at the start of each term (the lease
  holder), ``setWebhook(url, secret_token, allowed_updates, max_connections)`` is called
  when ``webhook_register``; ``drop_pending_updates`` only when the URL changes. Polling
  mode calls ``deleteWebhook`` at start, which is how switching back works.
"""

from __future__ import annotations

import hmac
import math
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Final, NoReturn

import anyio
from aiohttp import web

from actors.db_writer import DatabaseUnavailable, DeadLetter
from actors.protocol import IncomingUpdate
from config.settings import TelegramSettings
from runtime import ActorRef, Exit, WallClock, system_clock

from ._edge import (
    MAX_UPDATE_BYTES,
    RAW_EXCERPT,
    Batch,
    EnvelopeError,
    Rejected,
    _top_level_id,
    decode_updates,
)
from ._lease import Inbox, Lease, Term
from ._poller import PollerStats, TelegramPoller, _BadToken
from ._spool_journal import UpdateLog

__all__ = ["SECRET_HEADER", "TelegramWebhook"]

SECRET_HEADER: Final = "X-Telegram-Bot-Api-Secret-Token"
RETRY_AFTER: Final = 2
"""Seconds a 503 asks Telegram to wait (PostgreSQL away, or the bot stopping)."""
TAIL_WAIT: Final = 1.0
"""Seconds the lease holder waits for a NOTIFY before reading the inbox anyway."""
TAIL_SLACK: Final = 10.0
"""Seconds re-read behind the newest row seen (a row committed late is not missed)."""
FULL_SCAN_EVERY: Final = 60.0
"""Seconds between reads of every pending row (a backstop behind the slack)."""


class TelegramWebhook(TelegramPoller):
    """The webhook receiver (see the module docstring). ``inbox``: replicas only, the
    shared intake in PostgreSQL; ``lease`` then elects the replica that registers the
    webhook and hands updates to dialogs. ``port`` is where it listens once started (the
    settings' port, or the one the system chose for 0)."""

    def __init__(
        self, settings: TelegramSettings, token: str, journal: UpdateLog,
        route: Callable[[int], ActorRef], *, stats: PollerStats | None = None,
        api_observer: Callable[[str, str, float], None] | None = None,
        dead_letters: Callable[[Sequence[DeadLetter]], Awaitable[object]] | None = None,
        clock: WallClock = system_clock, lease: Lease | None = None,
        refresh: Callable[[], Awaitable[object]] | None = None, inbox: Inbox | None = None,
    ) -> None:
        super().__init__(settings, token, journal, route, stats=stats,
                         api_observer=api_observer, dead_letters=dead_letters, clock=clock,
                         lease=lease, refresh=refresh)
        if settings.webhook_secret is None or settings.webhook_url is None:
            raise ValueError("webhook mode needs telegram.webhook_url and webhook_secret")
        if (lease is None) != (inbox is None):
            raise ValueError("replicas need both the lease and the inbox, or neither")
        self._secret = settings.webhook_secret.reveal().encode()
        self._inbox = inbox
        self._runner: web.AppRunner | None = None
        self._taking: dict[int, anyio.Event] = {}
        self.port: int | None = None
        self.stats.mode = "webhook"

    def __repr__(self) -> str:
        return f"TelegramWebhook(port={self.port}, role={self.stats.role})"

    # -- lifecycle -------------------------------------------------------------------------

    async def run(self) -> None:
        try:
            await self._check_token()
            if self._lease is None:
                await self._deliver_undelivered()  # before a newer update of their chats
                await self._serve()
                await self._register()
                await anyio.sleep_forever()
            await self._serve()  # every replica takes updates in
            await self._serve_terms()
        except _BadToken:
            self._stop_for_bad_token()

    async def stopped(self, exit: Exit) -> None:
        try:
            if self._runner is not None:
                with anyio.CancelScope(shield=True):
                    await self._runner.cleanup()
                self._runner = None
        finally:
            await super().stopped(exit)

    async def _serve(self) -> None:
        s = self._settings
        app = web.Application()  # the body's size: ``_read_body``
        app.router.add_route("*", s.webhook_path, self._handle)
        # access_log=None: nothing of a request (its path, its headers) is logged.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, s.webhook_host, s.webhook_port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.stats.webhook_port = self.port
        self.ctx.log.info("webhook endpoint listening on %s:%s%s", s.webhook_host, self.port,
                          s.webhook_path)

    async def _register(self) -> None:
        """setWebhook with the configured parameters (``drop_pending_updates`` only when
        the URL differs from the one Telegram has)."""
        s = self._settings
        if not s.webhook_register:
            return
        assert s.webhook_url is not None
        assert s.webhook_secret is not None
        info = await self._call("getWebhookInfo", None)
        current = info.get("url") if isinstance(info, dict) else None
        await self._call("setWebhook", {
            "url": s.webhook_url, "secret_token": s.webhook_secret.reveal(),
            "allowed_updates": list(s.allowed_updates),
            "max_connections": s.webhook_max_connections,
            "drop_pending_updates": s.webhook_drop_pending and current != s.webhook_url,
        })
        self._deadline = math.inf
        self.ctx.log.info("webhook registered (max_connections %d, %s)",
                          s.webhook_max_connections,
                          "the same URL as before" if current == s.webhook_url
                          else "a new URL")

    # -- replicas: the lease holder registers and hands updates over ------------------------

    async def _lead(self, term: Term) -> NoReturn:
        """One term: register the webhook, adopt what is pending, then hand over what any
        replica inserts, in the order it was committed."""
        assert self._inbox is not None
        await self._register()
        await self._adopt(term)
        since, full_scan_at = 0.0, anyio.current_time() + FULL_SCAN_EVERY
        failures = 0
        while True:
            self._check_term(term, "reading the inbox")
            try:
                updates, newest = await self._inbox.pending_since(since)
            except DatabaseUnavailable as error:
                delay = self._backoff.delay(failures, self.ctx.system.rng)
                failures += 1
                self.ctx.log.warning("term %d: cannot read the inbox (%s); retrying in "
                                     "%.2f s", term.epoch, error, delay)
                await anyio.sleep(delay)
                continue
            failures = 0
            fresh = [u for u in updates if not self._journal.seen(u.update_id)]
            if fresh:
                await self._journal.append(fresh)
            backlog = self._journal.undelivered()
            if backlog:
                await self._deliver(backlog)
                self.stats.updates_received += len(backlog)
                self.stats.last_update_at = anyio.current_time()
            since = max(since, newest - TAIL_SLACK)
            if anyio.current_time() >= full_scan_at:
                since, full_scan_at = 0.0, anyio.current_time() + FULL_SCAN_EVERY
            await self._inbox.wait(TAIL_WAIT)

    # -- one request -----------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.method != "POST":
            return web.Response(status=405, headers={"Allow": "POST"})
        # surrogateescape: aiohttp keeps header bytes that are not UTF-8 as surrogates,
        # which a strict encode refuses (a 500 instead of a 401)
        secret = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(secret, self._secret):
            self.stats.webhook_requests["bad_secret"] += 1
            return web.Response(status=401)
        try:
            body, size, whole = await _read_body(request)
        except web.RequestPayloadError:  # a body that cannot be read (its content-encoding)
            self.stats.webhook_requests["bad_request"] += 1
            # Nothing more of it is read (aiohttp would drain it, fail again and log a
            # traceback), and the connection closes after the answer.
            request.content.feed_eof()
            response = web.Response(status=400, text="unreadable body")
            response.force_close()
            return response
        too_large = size > MAX_UPDATE_BYTES
        if too_large:
            # Set aside as polling does (a 413 would have Telegram send it again for a
            # day, holding up the chat's next updates behind it).
            batch = _too_large(body, size, whole)
        else:
            try:
                batch = decode_updates(b'{"ok":true,"result":[' + body + b"]}")
            except EnvelopeError:
                batch = Batch()
        if len(batch.items) != 1:
            self.stats.webhook_requests["bad_request"] += 1
            return web.Response(status=400, text="one Update per request")
        try:
            outcome = await self._take(batch)
        except DatabaseUnavailable as error:
            self.stats.webhook_requests["unavailable"] += 1
            self.ctx.log.warning("webhook: update not taken in, PostgreSQL unavailable (%s); "
                                 "503, Telegram sends it again", error)
            return web.Response(status=503, headers={"Retry-After": str(RETRY_AFTER)})
        self.stats.webhook_requests["too_large" if too_large else outcome] += 1
        response = web.json_response({})
        if not whole:  # the rest of the body was not read: the connection cannot go on
            response.force_close()
        return response

    async def _take(self, batch: Batch) -> str:
        """Make the one update of ``batch`` durable (and, on one process, hand it to
        dialogs); ``duplicate`` when it was taken in before."""
        self._repaired(batch.repairs)
        parsed, rejected, ids, raws = self._parse(batch)
        key = ids[0] if ids else None
        if key is not None and key in self._taking:  # a redelivery racing the first
            await self._taking[key].wait()
            return "duplicate"
        done = anyio.Event()
        if key is not None:
            self._taking[key] = done
        try:
            return await self._take_now(parsed, rejected, raws)
        finally:
            if key is not None:
                self._taking.pop(key, None)
            done.set()

    async def _take_now(self, parsed: list[IncomingUpdate], rejected: list[Any],
                        raws: dict[int, bytes]) -> str:
        if self._inbox is not None:
            if parsed:
                await self._inbox.insert(parsed)  # committed: durable, the holder notified
            await self._set_aside(rejected)
            self.stats.last_update_at = anyio.current_time()
            return "ok"
        fresh = self._fresh(parsed, rejected, raws)
        if parsed and not fresh and not rejected:
            return "duplicate"
        stored = await self._journal_each(fresh, rejected, raws)  # fsynced
        await self._set_aside(rejected)
        await self._deliver(stored)  # before the answer: a chat's next update waits for it
        self.stats.updates_received += len(stored)
        if stored:
            self.stats.last_update_at = anyio.current_time()
        return "ok"


READ_LIMIT: Final = 16 * MAX_UPDATE_BYTES
"""Bytes of a body read at most: past them the rest is left unread and the connection
closed after the answer (a sender streaming without end would hold the handler)."""


async def _read_body(request: web.Request) -> tuple[bytes, int, bool]:
    """The request's body, or its first ``MAX_UPDATE_BYTES`` + 1 bytes when it is longer
    (the rest is read and dropped, up to ``READ_LIMIT``); the bytes read; whether the
    whole body was read."""
    kept = bytearray()
    size = 0
    async for chunk in request.content.iter_any():
        size += len(chunk)
        if len(kept) <= MAX_UPDATE_BYTES:
            kept += chunk[:MAX_UPDATE_BYTES + 1 - len(kept)]
        if size > READ_LIMIT:
            return bytes(kept), size, False
    return bytes(kept), size, True


def _too_large(head: bytes, size: int, whole: bool) -> Batch:
    """The batch of one update refused for its size (``size`` bytes read, all of it when
    ``whole``; ``head``: its beginning, where its ``update_id`` is looked for)."""
    raw = head[:RAW_EXCERPT]
    read = f"{size} bytes" if whole else f"over {READ_LIMIT} bytes (not all read)"
    rejected = Rejected(update_id=_top_level_id(head), stage="edge", reason="too_large",
                        detail=f"{read}, at most {MAX_UPDATE_BYTES}", raw=raw, size=size)
    return Batch(items=[rejected], raws=[raw])
