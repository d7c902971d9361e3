"""Webhook delivery: a bot's queued updates POSTed to its webhook as the Bot API server does.

What the Bot API server (tdlib/telegram-bot-api, ``WebhookActor``) does and this emulates:

- one update per request, as JSON, with ``X-Telegram-Bot-Api-Secret-Token`` when
  ``setWebhook`` was given a ``secret_token``;
- at most ``max_connections`` requests in flight, and **one update per chat at a time**:
  updates are queued by chat (an update without a chat has a queue of its own) and the
  next update of a chat goes out only once the previous one was answered 2xx; so one
  chat's updates arrive in order, while different chats' go in parallel;
- a 2xx answer confirms (forgets) the update; anything else (another status, a timeout, a
  connection error) is retried, the first time at once, then after 2, 4, 8… seconds,
  doubling up to a ceiling drawn between 60 and 120 s, or after the ``Retry-After`` the
  answer gave; ``retry_scale`` shrinks these delays for tests;
- ``getWebhookInfo`` shows ``pending_update_count`` (queued, in flight included),
  ``last_error_date`` and ``last_error_message`` ("Wrong response from the webhook: 502
  Bad Gateway", "Webhook connection closed", "Read timeout expired", "Connection
  refused");
- updates older than the retention (24 h) are dropped unsent.

Faults for the deliveries go through the emulator's fault table with ``method="webhook"``
(``match`` may name ``update_id`` or ``chat_id``): ``respond`` fails the delivery as if
the bot had answered ``code`` (nothing is sent), ``html502`` likewise with 502, ``hang``
sends nothing and fails after the timeout, ``drop`` sends the update and loses the answer
(the bot got it: the redelivery is a duplicate), ``delay`` waits ``latency`` first.
The emulator runs it (``TelegramEmulator.webhook_deliveries``); it never logs a URL path
or the secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from ._calls import Signal
from ._faults import FaultMode, FaultTable
from ._state import BotState
from ._updates import QueuedUpdate

__all__ = ["SECRET_HEADER", "WebhookConfig", "WebhookDelivery", "queue_of"]

log = logging.getLogger("chaos.emulators.telegram")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_RESEND_TIMEOUT = 60  # WebhookActor::WEBHOOK_MAX_RESEND_TIMEOUT
_REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            409: "Conflict", 413: "Request Entity Too Large", 429: "Too Many Requests",
            500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
            504: "Gateway Timeout"}


@dataclass(frozen=True)
class WebhookConfig:
    """What ``setWebhook`` set."""

    url: str
    secret_token: str | None = None
    max_connections: int = 40


@dataclass
class _Pending:
    """Retry state of one update (the server's ``Update``: delay, wakeup, fail count)."""

    delay: int = 1
    wakeup_at: float = 0.0
    fails: int = 0


@dataclass
class WebhookDelivery:
    """Delivers ``bot``'s queue to its webhook (``run`` is a task of the emulator)."""

    bot: BotState
    now: Callable[[], float]
    faults: FaultTable
    signal: Signal
    rng: random.Random
    retry_scale: float = 1.0
    timeout: float = 10.0
    deliveries: list[dict[str, Any]] = field(default_factory=list)
    """Every attempt: update_id, chat_id, time (emulator clock), duration, status (None
    when no HTTP answer), error, attempt (1 for the first), fault."""
    last_error_date: int | None = None
    last_error_message: str | None = None
    _state: dict[int, _Pending] = field(default_factory=dict)
    _busy: set[object] = field(default_factory=set)
    _in_flight: set[int] = field(default_factory=set)
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)
    _session: aiohttp.ClientSession | None = None
    _changed: bool = False

    @property
    def config(self) -> WebhookConfig | None:
        config = getattr(self.bot, "webhook", None)
        return config if isinstance(config, WebhookConfig) and self.bot.webhook_url else None

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    def info(self) -> dict[str, Any]:
        """The delivery part of getWebhookInfo."""
        out: dict[str, Any] = {}
        if self.last_error_date is not None:
            out["last_error_date"] = self.last_error_date
            out["last_error_message"] = self.last_error_message
        return out

    def reset(self) -> None:
        self._state.clear()
        self.deliveries.clear()
        self.last_error_date = self.last_error_message = None

    # -- the loop ---------------------------------------------------------------------------

    async def run(self) -> None:
        try:
            while True:
                self._changed = False
                self._launch_ready()
                wait = self._next_wakeup() - asyncio.get_running_loop().time()
                await self.signal.wait_until(lambda: self._changed or self._can_launch(),
                                             max(0.001, min(wait, 0.5)))
        finally:
            for task in list(self._tasks):
                task.cancel()
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            if self._session is not None:
                await self._session.close()

    def _ready(self) -> list[QueuedUpdate]:
        config = self.config
        if config is None:
            return []
        free = config.max_connections - len(self._in_flight)
        if free <= 0:
            return []
        clock = asyncio.get_running_loop().time()
        ready: list[QueuedUpdate] = []
        queues: set[object] = set(self._busy)
        for update in self.bot.queue.pending(self.now()):
            queue = queue_of(update)
            if queue in queues:
                continue  # one update per chat at a time, in order
            queues.add(queue)
            state = self._state.get(update.update_id)
            if update.update_id in self._in_flight or (state and state.wakeup_at > clock):
                continue
            ready.append(update)
            if len(ready) >= free:
                break
        return ready

    def _can_launch(self) -> bool:
        return bool(self._ready())

    def _next_wakeup(self) -> float:
        waiting = [s.wakeup_at for i, s in self._state.items() if i not in self._in_flight]
        clock = asyncio.get_running_loop().time()
        return min([w for w in waiting if w > clock], default=clock + 0.5)

    def _launch_ready(self) -> None:
        config = self.config
        if config is None:
            return
        for update in self._ready():
            queue = queue_of(update)
            self._busy.add(queue)
            self._in_flight.add(update.update_id)
            task = asyncio.create_task(self._deliver(config, update, queue))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    # -- one delivery ------------------------------------------------------------------------

    async def _deliver(self, config: WebhookConfig, update: QueuedUpdate, queue: object) -> None:
        state = self._state.setdefault(update.update_id, _Pending())
        entry: dict[str, Any] = {
            "update_id": update.update_id, "chat_id": queue if isinstance(queue, int) else None,
            "time": self.now(), "attempt": state.fails + 1, "status": None, "error": None,
            "fault": None,
        }
        try:
            status, error, retry_after = await self._attempt(config, update, entry)
        except asyncio.CancelledError:
            entry["error"] = "cancelled"
            raise
        finally:
            self._in_flight.discard(update.update_id)
            self._busy.discard(queue)
            entry["duration"] = self.now() - entry["time"]
            self.deliveries.append(entry)
            self.signal.notify()
        entry.update(status=status, error=error)
        if error is None:
            self._state.pop(update.update_id, None)
            self.bot.queue.forget(update.update_id)
        else:
            self._failed(state, error, retry_after)
        self._changed = True
        self.signal.notify()

    async def _attempt(self, config: WebhookConfig, update: QueuedUpdate,
                       entry: dict[str, Any]) -> tuple[int | None, str | None, int]:
        """One POST: (HTTP status or None, the error as getWebhookInfo words it or None,
        Retry-After seconds)."""
        params = {"update_id": update.update_id, "chat_id": entry["chat_id"]}
        fault = self.faults.take("webhook", params)
        lose_answer = False
        if fault is not None:
            entry["fault"] = fault.mode.value
            if fault.latency > 0:
                await asyncio.sleep(fault.latency)
            if fault.mode in (FaultMode.RESPOND, FaultMode.HTML502):
                code = 502 if fault.mode is FaultMode.HTML502 else fault.code
                return code, _wrong(code), int(fault.retry_after or 0)
            if fault.mode is FaultMode.HANG:
                await asyncio.sleep(self.timeout)
                return None, "Read timeout expired", 0
            lose_answer = fault.mode is FaultMode.DROP
        body = _body(update)
        headers = {"Content-Type": "application/json"}
        if config.secret_token:
            headers[SECRET_HEADER] = config.secret_token
        try:
            async with self._client().post(
                config.url, data=body, headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
            ) as response:
                await response.read()
                status, retry = response.status, _retry_after(response.headers)
        except TimeoutError:
            return None, "Read timeout expired", 0
        except aiohttp.ClientConnectorError:
            return None, "Connection refused", 0
        except (aiohttp.ClientError, OSError):
            return None, "Webhook connection closed", 0
        if lose_answer:
            return status, "Webhook connection closed", 0
        if 200 <= status <= 299:
            return status, None, 0
        return status, _wrong(status), retry

    def _failed(self, state: _Pending, error: str, retry_after: int) -> None:
        """WebhookActor::on_update_error: the first failure is retried at once, then the
        delay doubles up to a ceiling drawn in [60, 120] s; Retry-After wins."""
        self.last_error_date = int(self.now())
        self.last_error_message = error
        effective = min(max(retry_after, 0), 3600)
        if retry_after == 0 and state.fails > 0:
            ceiling = self.rng.randint(MAX_RESEND_TIMEOUT, MAX_RESEND_TIMEOUT * 2)
            state.delay = min(ceiling, state.delay * 2)
            effective = state.delay
        state.fails += 1
        state.wakeup_at = asyncio.get_running_loop().time() + effective * self.retry_scale

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=100, force_close=False))
        return self._session

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        with contextlib.suppress(Exception):
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None


def queue_of(update: QueuedUpdate) -> object:
    """The delivery queue of an update: its chat's id, else the update itself."""
    payload = update.payload
    if update.kind == "callback_query":
        payload = payload.get("message") or {}
    chat = payload.get("chat") if isinstance(payload, dict) else None
    if isinstance(chat, dict) and isinstance(chat.get("id"), int):
        return int(chat["id"])
    return ("update", update.update_id)


def _body(update: QueuedUpdate) -> bytes:
    item = update.as_json()
    return (str(item) if isinstance(item, str) else json.dumps(item)).encode()


def _wrong(code: int) -> str:
    return f"Wrong response from the webhook: {code} {_REASONS.get(code, 'Unknown')}"


def _retry_after(headers: Any) -> int:
    try:
        return max(0, int(headers.get("Retry-After", "0")))
    except ValueError:
        return 0
