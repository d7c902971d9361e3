"""The emulator: an aiohttp server on loopback plus its Python control API.

Requests to ``/bot<token>/<method>`` go through: route (404/401) → parameters → fault →
method → envelope → call log. ``/_emu/…`` is the JSON control API (``_control.py``), which
calls the same Python methods tests use in-process.

Clock: ``clock`` returns seconds since the epoch (default ``time.time``) because message
``date`` fields are unix times; retention, flood control and callback expiry read it too,
and :meth:`TelegramEmulator.advance_clock` moves it forward. Long-poll and ``/_emu/wait``
timeouts are real (event-loop) time: they bound how long a client is kept waiting.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import random
import re
import time
from collections.abc import Callable, Iterable
from typing import Any

from aiohttp import web

from ._calls import CallLog, Signal
from ._errors import ApiError, ControlError
from ._faults import HTML_502_BODY, Fault, FaultMode, FaultTable
from ._flood import FloodControl, FloodLimits
from ._methods import METHODS, Call, Ok
from ._params import read_params
from ._state import BotState, ChatStatus
from ._tokens import bot_id_of, is_registrable, is_well_formed, make_test_token
from ._updates import dumps_with_raw
from ._webhook import WebhookConfig, WebhookDelivery

__all__ = ["DEFAULT_TOKEN", "TelegramEmulator"]

log = logging.getLogger("chaos.emulators.telegram")

DEFAULT_TOKEN = make_test_token()
_LOOPBACK = {"127.0.0.1", "::1", "localhost"}
_PATH = re.compile(r"/bot([^/]*)/([^/]*)")


class TelegramEmulator:
    """A Telegram Bot API server for tests and demos (``async with`` starts and stops it).

    ``tokens``: the accepted bot token(s), Telegram-shaped (see ``make_test_token``); each
    distinct bot id is a separate bot with its own chats and queue. Control methods take
    ``bot_id`` and default to the first token's bot.
    """

    def __init__(
        self,
        tokens: str | Iterable[str] = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
        seed: int | None = 0,
        flood: bool = True,
        flood_limits: FloodLimits | None = None,
        retention: float = 24 * 3600.0,
        callback_window: float = 15.0,
        first_update_id: int | None = None,
        batch_window: float = 0.01,
        webhook_retry_scale: float = 1.0,
        webhook_timeout: float = 10.0,
    ) -> None:
        tokens = [tokens] if isinstance(tokens, str) else list(tokens)
        if not tokens or not all(is_registrable(t) for t in tokens):
            raise ValueError(
                "tokens must look like Telegram's: <digits>:<35 of [A-Za-z0-9_-]> "
                "(make_test_token() builds one)"
            )
        if host not in _LOOPBACK:
            raise ValueError("the emulator binds to loopback only")
        self._host, self._port = host, port
        self._clock, self._skew = clock, 0.0
        self._rng = random.Random(seed)
        self._batch_window = batch_window
        self._signal = Signal()
        self._log = CallLog(self._signal)
        self._faults = FaultTable(self._rng)
        self._tokens = {t: bot_id_of(t) for t in tokens}
        self._bots: dict[int, BotState] = {}
        for bot_id in dict.fromkeys(self._tokens.values()):
            start = first_update_id or self._rng.randrange(10**8, 9 * 10**8)
            self._bots[bot_id] = BotState(
                bot_id,
                rng=self._rng,
                first_update_id=start,
                flood=FloodControl(flood_limits, enabled=flood),
                retention=retention,
                callback_window=callback_window,
            )
        for bot in self._bots.values():
            bot.delivery = WebhookDelivery(
                bot, now=self.now, faults=self._faults, signal=self._signal, rng=self._rng,
                retry_scale=webhook_retry_scale, timeout=webhook_timeout)
        self._delivery_tasks: list[asyncio.Task[None]] = []
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None

    # -- lifecycle ----------------------------------------------------------------------

    async def __aenter__(self) -> TelegramEmulator:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def start(self) -> None:
        """Bind and serve; ``port=0`` picks a free port (see :attr:`port`)."""
        from ._control import control_routes

        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.add_routes(control_routes(self))
        app.router.add_route("*", "/{tail:.*}", self._bot_api)
        # access_log=None: aiohttp's access log would print request paths, i.e. tokens.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        self._port = self._runner.addresses[0][1]
        self._delivery_tasks = [asyncio.create_task(bot.delivery.run())
                                for bot in self._bots.values()]
        log.info("telegram emulator listening on %s", self.base_url)

    async def aclose(self) -> None:
        """Answer held polls with ``[]``, end hanging calls, stop the server."""
        self._closing.set()
        for task in self._delivery_tasks:
            task.cancel()
        if self._delivery_tasks:  # bounded: a shutdown never hangs on a delivery loop
            await asyncio.wait(self._delivery_tasks, timeout=2.0)
        self._delivery_tasks = []
        for bot in self._bots.values():
            bot.queue.wake("closed")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``: what a client's ``base_url`` setting points at."""
        return f"http://{self._host}:{self._port}"

    @property
    def bot_ids(self) -> list[int]:
        """The ids of the emulated bots, the first token's first."""
        return list(self._bots)

    def api_url(self, token: str) -> str:
        """``<base_url>/bot<token>``: append ``/<method>``. Do not log the result."""
        return f"{self.base_url}/bot{token}"

    # -- the Bot API --------------------------------------------------------------------

    async def _bot_api(self, request: web.Request) -> web.StreamResponse:
        started = self.now()
        entry: dict[str, Any] = {"method": None, "bot_id": None, "params": {}, "time": started}
        try:
            bot, method = self._route(request.path, entry)
            entry["params"] = await read_params(request)
            fault = self._faults.take(entry["method"], entry["params"])
            if fault is not None:
                entry["fault"] = fault.mode.value
                response = await self._suffer(fault, request, entry)
                if response is not None:
                    return response
            result = await method(self._call(bot, entry["params"]))
        except asyncio.CancelledError:
            # The client went away (aiohttp cancels the handler): log it unanswered.
            self._record(entry, None, None)
            raise
        except ApiError as error:
            return self._reply(entry, error.code, error.envelope())
        body: dict[str, Any] = {"ok": True, "result": result}
        if isinstance(result, Ok):
            body = {"ok": True, "result": result.result}
            if result.description:
                body["description"] = result.description
        return self._reply(entry, 200, body)

    def _route(self, path: str, entry: dict[str, Any]) -> tuple[BotState, Any]:
        match = _PATH.fullmatch(path)
        if match is None or not is_well_formed(match.group(1)):
            raise ApiError(404, "Not Found")
        token, name = match.groups()
        bot_id = self._tokens.get(token)
        entry["method"], entry["bot_id"] = name, bot_id_of(token)
        if bot_id is None:
            raise ApiError(401, "Unauthorized")
        found = METHODS.get(name.lower())
        if found is None:
            raise ApiError(404, "Not Found: method not found")
        entry["method"] = found[0]
        return self._bots[bot_id], found[1]

    def _call(self, bot: BotState, params: dict[str, Any]) -> Call:
        return Call(bot, params, self.now(), self._batch_window, self._signal.notify)

    def _reply(self, entry: dict[str, Any], status: int, body: dict[str, Any]) -> web.Response:
        self._record(entry, status, body)
        return web.json_response(body, status=status, dumps=dumps_with_raw)

    def _record(self, entry: dict[str, Any], status: int | None, body: Any) -> None:
        entry.update(status=status, response=body, duration=self.now() - entry["time"])
        entry.setdefault("fault", None)
        self._log.record(entry)
        # Never the path or params here: the path carries the token.
        log.debug("bot %s %s -> %s", entry["bot_id"], entry["method"], status)

    async def _suffer(
        self, fault: Fault, request: web.Request, entry: dict[str, Any]
    ) -> web.StreamResponse | None:
        """Apply a fault; None means "now answer normally" (latency only)."""
        if fault.latency > 0:
            await asyncio.sleep(fault.latency)
        if fault.mode is FaultMode.DELAY:
            return None
        if fault.mode is FaultMode.RESPOND:
            error = fault.error()
            return self._reply(entry, error.code, error.envelope())
        if fault.mode is FaultMode.HTML502:
            self._record(entry, 502, HTML_502_BODY)
            return web.Response(status=502, text=HTML_502_BODY, content_type="text/html")
        self._record(entry, None, None)
        if fault.mode is FaultMode.HANG:
            await self._closing.wait()  # the client gives up first, or we shut down
        return await _drop_connection(request)

    # -- the control API (also served as /_emu) -------------------------------------------

    def now(self) -> float:
        """The emulator clock: ``clock()`` plus whatever :meth:`advance_clock` added."""
        return self._clock() + self._skew

    def advance_clock(self, seconds: float) -> float:
        """Time travel for retention, flood windows and callback expiry; returns now()."""
        if seconds < 0:
            raise ControlError("the clock only moves forward")
        self._skew += seconds
        return self.now()

    def bot(self, bot_id: int | None = None) -> BotState:
        """The state of one bot (the first token's when ``bot_id`` is None)."""
        if bot_id is None:
            return next(iter(self._bots.values()))
        if bot_id not in self._bots:
            raise ControlError(f"unknown bot {bot_id}")
        return self._bots[bot_id]

    def user_says(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        reply_to: int | None = None,
        thread_id: int | None = None,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        bot_id: int | None = None,
    ) -> dict[str, Any]:
        """User ``user_id`` writes ``text`` (private chat unless ``chat_id`` is a group; in
        the open topic ``thread_id`` if given, see ``open_topic``).

        Creates the user and chat on first use; ``/commands`` get ``bot_command`` entities.
        Returns ``{"update_id", "message_id", "chat_id"}``.
        """
        result = self.bot(bot_id).user_says(
            user_id,
            text,
            self.now(),
            chat_id=chat_id,
            reply_to=reply_to,
            thread_id=thread_id,
            first_name=first_name,
            username=username,
            language_code=language_code,
        )
        self._signal.notify()
        return result

    def inject_raw(
        self, update: dict[str, Any] | str, *, bot_id: int | None = None
    ) -> dict[str, Any]:
        """Queue an update the user model cannot produce, served as given with the next
        update id: a dict (without ``update_id``; written with ``json.dumps``, so a lone
        surrogate goes out as ``\\ud800`` and integers keep every digit) or the JSON text
        of one (nesting deeper than ``json.dumps`` recurses). Returns ``{"update_id",
        "at"}``, ``at`` on the emulator clock (``now()``), like the call log's times."""
        raw = update if isinstance(update, str) else json.dumps(update)
        now = self.now()
        update_id = self.bot(bot_id).queue.push_raw(raw, now)
        self._signal.notify()
        return {"update_id": update_id, "at": now}

    def add_user(
        self, user_id: int, *, started: bool = True, bot_id: int | None = None, **profile: Any
    ) -> dict[str, Any]:
        """Make a user known; ``started=False``: the bot cannot write first (403)."""
        user = self.bot(bot_id).add_user(user_id, started=started, **profile)
        return user.as_json()

    def tap_button(
        self,
        chat_id: int,
        message_id: int,
        *,
        data: str | None = None,
        text: str | None = None,
        user_id: int | None = None,
        bot_id: int | None = None,
    ) -> dict[str, Any]:
        """Tap the inline button with ``callback_data == data`` (or label ``text``).

        Returns ``{"update_id", "callback_query_id"}``.
        """
        result = self.bot(bot_id).tap_button(
            chat_id, message_id, self.now(), data=data, text=text, user_id=user_id
        )
        self._signal.notify()
        return result

    def callback(self, callback_query_id: str, *, bot_id: int | None = None) -> dict[str, Any]:
        """A callback query's record: ``answered`` and the bot's ``answer``."""
        record = self.bot(bot_id).callbacks.get(callback_query_id)
        if record is None:
            raise ControlError(f"unknown callback query {callback_query_id}")
        return record.as_json()

    def block(self, user_id: int, *, bot_id: int | None = None) -> int | None:
        """The user blocks the bot: 403 on send; a ``my_chat_member`` (kicked) update."""
        return self._set_status(user_id, ChatStatus.BLOCKED, bot_id)

    def unblock(self, user_id: int, *, bot_id: int | None = None) -> int | None:
        """The user unblocks (restarts) the bot: a ``my_chat_member`` (member) update."""
        return self._set_status(user_id, ChatStatus.ACTIVE, bot_id)

    def deactivate(self, user_id: int, *, bot_id: int | None = None) -> None:
        """The user deletes their account: 403 ``user is deactivated``; no update."""
        self._set_status(user_id, ChatStatus.DEACTIVATED, bot_id)

    def open_topic(
        self, chat_id: int, name: str = "Topic", *, user_id: int | None = None,
        bot_id: int | None = None,
    ) -> dict[str, Any]:
        """The user opens a forum topic in chat ``chat_id`` (a private chat with topics
        enabled for the bot, or a supergroup, where ``user_id`` says who):
        ``{"update_id", "thread_id"}`` of its ``forum_topic_created`` message. Write there
        with ``user_says(thread_id=…)``."""
        result = self.bot(bot_id).open_topic(chat_id, name, self.now(), user_id)
        self._signal.notify()
        return result

    def close_topic(self, chat_id: int, thread_id: int, *, bot_id: int | None = None) -> None:
        """The topic is closed: a message sent there gets 400 "TOPIC_CLOSED"."""
        self.bot(bot_id).end_topic(chat_id, thread_id, delete=False)

    def delete_topic(self, chat_id: int, thread_id: int, *, bot_id: int | None = None) -> None:
        """The topic is deleted: a message sent there gets 400 "message thread not found"."""
        self.bot(bot_id).end_topic(chat_id, thread_id, delete=True)

    def migrate(
        self, chat_id: int, new_chat_id: int, *, bot_id: int | None = None
    ) -> dict[str, Any]:
        """A group becomes supergroup ``new_chat_id``: the old id answers 400 + migrate_to."""
        result = self.bot(bot_id).migrate(chat_id, new_chat_id, self.now())
        self._signal.notify()
        return result

    def transcript(self, chat_id: int, *, bot_id: int | None = None) -> list[dict[str, Any]]:
        """Every message of the chat, both directions, oldest first (edits applied)."""
        return copy.deepcopy(list(self.bot(bot_id).chat(chat_id).messages.values()))

    def calls(
        self, method: str | None = None, *, status: int | None = None, since: int = 0
    ) -> list[dict[str, Any]]:
        """The call log (``seq > since``), optionally one method's and one status'."""
        return self._log.select(method, status=status, since=since)

    async def wait_calls(
        self,
        method: str | None,
        count: int = 1,
        *,
        timeout: float = 5.0,
        status: int | None = None,
    ) -> list[dict[str, Any]]:
        """Until ``count`` calls of ``method`` are logged; TimeoutError after ``timeout``."""
        return await self._log.wait(method, count, timeout, status=status)

    async def wait_polling(self, *, timeout: float = 5.0, bot_id: int | None = None) -> None:
        """Until a getUpdates is held open (long polling); TimeoutError after ``timeout``."""
        queue = self.bot(bot_id).queue
        if not await self._signal.wait_until(lambda: queue.held > 0, timeout):
            raise TimeoutError(f"no getUpdates held within {timeout} s")

    async def wait_until(self, predicate: Callable[[], bool], *, timeout: float = 5.0) -> None:
        """Until ``predicate()`` holds, re-checked after every call and state change.

        TimeoutError after ``timeout`` seconds. Lets tests wait for a condition (a poll
        released, a chat blocked) without sleeping.
        """
        if not await self._signal.wait_until(predicate, timeout):
            raise TimeoutError(f"condition not met within {timeout} s")

    def add_fault(self, fault: Fault | None = None, **fields: Any) -> Fault:
        """Install a fault (a Fault, or its fields: ``add_fault(method="sendMessage", …)``)."""
        if fault is None:
            if isinstance(fields.get("mode"), str):
                fields["mode"] = FaultMode(fields["mode"])
            fault = Fault(**fields)
        return self._faults.add(fault)

    def faults(self) -> list[Fault]:
        return self._faults.list()

    def clear_faults(self) -> None:
        self._faults.clear()

    def set_flood(self, enabled: bool) -> None:
        """Switch flood control on or off for every bot."""
        for bot in self._bots.values():
            bot.flood.enabled = enabled

    def set_webhook(
        self, url: str, *, secret_token: str | None = None, max_connections: int = 40,
        bot_id: int | None = None,
    ) -> None:
        """Set (or clear with "") the webhook, as if the bot had called setWebhook (no
        URL check: any URL, also one nothing listens on). A loopback URL gets the
        updates POSTed (``webhook_deliveries``)."""
        bot = self.bot(bot_id)
        bot.webhook_url = url
        bot.webhook = WebhookConfig(url, secret_token, max_connections) if url else None
        if url:
            bot.queue.wake("Conflict: terminated by setWebhook request")
        self._signal.notify()

    def webhook_deliveries(self, *, bot_id: int | None = None) -> list[dict[str, Any]]:
        """Every webhook delivery attempt so far, oldest first: ``update_id``,
        ``chat_id``, ``time`` and ``duration`` (emulator clock), ``status`` (None without
        an HTTP answer), ``error`` (getWebhookInfo's words, None on 2xx), ``attempt``,
        ``fault``."""
        return copy.deepcopy(self.bot(bot_id).delivery.deliveries)

    def webhook_info(self, *, bot_id: int | None = None) -> dict[str, Any]:
        """What getWebhookInfo answers (url, pending_update_count, last error...)."""
        bot = self.bot(bot_id)
        info: dict[str, Any] = {"url": bot.webhook_url,
                                "pending_update_count": len(bot.queue.pending(self.now()))}
        if bot.webhook is not None:
            info["max_connections"] = bot.webhook.max_connections
        info.update(bot.delivery.info())
        info["in_flight"] = bot.delivery.in_flight
        return info

    def jump_update_ids(self, next_id: int | None = None, *, bot_id: int | None = None) -> int:
        """Make the next update id ``next_id`` (random 9 digits when None), as after a week
        without updates; returns it."""
        return self.bot(bot_id).queue.jump(next_id)

    def reset(self) -> None:
        """Clear chats, users, queues, webhooks, faults and the call log — never update ids."""
        for bot in self._bots.values():
            bot.reset()
            bot.delivery.reset()
        self._faults.clear()
        self._log.clear()
        self._signal.notify()

    def state(self, *, bot_id: int | None = None) -> dict[str, Any]:
        """A summary: pending updates, next id, held polls, subscription, chats, faults."""
        bot = self.bot(bot_id)
        return {
            "bot": bot.me.as_json(),
            "pending_update_count": len(bot.queue.pending(self.now())),
            "next_update_id": bot.queue.next_id,
            "held_polls": bot.queue.held,
            "allowed_updates": sorted(bot.queue.allowed),
            "webhook_url": bot.webhook_url,
            "flood": bot.flood.enabled,
            "chats": {cid: c.status.value for cid, c in bot.chats.items()},
            "faults": [f.as_json() for f in self._faults.list()],
            "calls": len(self._log.select()),
            "now": self.now(),
        }

    def _set_status(self, user_id: int, status: ChatStatus, bot_id: int | None) -> int | None:
        update_id = self.bot(bot_id).set_user_status(user_id, status, self.now())
        self._signal.notify()
        return update_id


async def _drop_connection(request: web.Request) -> web.StreamResponse:
    """Start a JSON answer, then cut the connection before its body is complete."""
    response = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
    response.content_length = 1024
    await response.prepare(request)
    await response.write(b'{"ok":true,"result":[')
    if request.transport is not None:
        request.transport.abort()
    return response
