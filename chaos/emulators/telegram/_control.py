"""``/_emu/…``: the JSON control API, a thin skin over TelegramEmulator's Python methods.

Answers ``{"ok": true, "result": …}``; a bad request gets 400 and a timeout in
``/_emu/wait*`` gets 408, both as ``{"ok": false, "description": …}``. Every endpoint takes
an optional ``bot_id`` (query or body) for emulators serving several bots. The endpoints
are listed on ``control_routes``; the emulator as a whole: chaos/README.md, section "The
Telegram emulator".
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from ._errors import ControlError
from ._faults import Fault

if TYPE_CHECKING:
    from ._server import TelegramEmulator

__all__ = ["control_routes"]

Handler = Callable[[web.Request], Awaitable[web.Response]]


def control_routes(emu: TelegramEmulator) -> list[web.RouteDef]:
    """The routes of ``/_emu``, bound to ``emu``::

        GET    /_emu/state                       summary; also the readiness probe
        POST   /_emu/users/{id}/message          {text, chat_id?, reply_to?, thread_id?, …}
        POST   /_emu/messages                    {messages: [{user_id, text, …}, …]} at once
        POST   /_emu/users/{id}/register         {started?, first_name?, username?, …}
        POST   /_emu/users/{id}/block | unblock | deactivate
        POST   /_emu/raw_update                  {update: {…}} or {raw: "<JSON object text>"}
        POST   /_emu/callback                    {chat_id, message_id, data | button_text, user_id?}
        GET    /_emu/callbacks/{id}              answered? and the answer
        POST   /_emu/chats/{id}/migrate          {to}
        POST   /_emu/chats/{id}/topics           {name?, user_id?}: opens one, its thread_id
        POST   /_emu/chats/{id}/topics/{thread}/close | delete
        GET    /_emu/chats/{id}                  transcript
        GET    /_emu/calls?method=&status=&since=
        GET    /_emu/wait?method=&count=&timeout=&status=
        GET    /_emu/wait_polling?timeout=
        GET    /_emu/faults | POST /_emu/faults {fault} | DELETE /_emu/faults
        POST   /_emu/flood {enabled}             POST /_emu/clock {advance_s}
        POST   /_emu/updates/reset_ids {next?}
        POST   /_emu/webhook {url, secret_token?, max_connections?}
        GET    /_emu/webhook                     getWebhookInfo + in_flight
        GET    /_emu/webhook/deliveries          every delivery attempt
        POST   /_emu/reset
    """

    def endpoint(action: Callable[[web.Request, dict[str, Any]], Awaitable[Any]]) -> Handler:
        async def handle(request: web.Request) -> web.Response:
            try:
                body = await _body(request)
                return _ok(await action(request, body))
            except TimeoutError as exc:
                return _fail(408, str(exc))
            except (ControlError, ValueError, TypeError, KeyError) as exc:
                return _fail(400, f"{type(exc).__name__}: {exc}")

        return handle

    async def state(request: web.Request, body: dict[str, Any]) -> Any:
        return emu.state(bot_id=_bot(request, body))

    async def user_message(request: web.Request, body: dict[str, Any]) -> Any:
        profile = {k: body.get(k) for k in ("first_name", "username", "language_code")}
        return emu.user_says(
            _user(request),
            str(body["text"]),
            chat_id=_opt_int(body.get("chat_id")),
            reply_to=_opt_int(body.get("reply_to")),
            thread_id=_opt_int(body.get("thread_id")),
            bot_id=_bot(request, body),
            **profile,
        )

    async def messages(request: web.Request, body: dict[str, Any]) -> Any:
        """Several users' messages queued with no await between them, so a waiting long
        poll answers them in one batch (a burst, as when many parents write at once)."""
        batch = body["messages"]
        if not isinstance(batch, list) or not all(isinstance(m, dict) for m in batch):
            raise ValueError("messages must be a list of objects")
        said = []
        for message in batch:
            profile = {k: message.get(k) for k in ("first_name", "username", "language_code")}
            said.append(emu.user_says(
                int(message["user_id"]), str(message["text"]),
                chat_id=_opt_int(message.get("chat_id")),
                reply_to=_opt_int(message.get("reply_to")),
                thread_id=_opt_int(message.get("thread_id")),
                bot_id=_bot(request, body), **profile))
        return said

    async def user_register(request: web.Request, body: dict[str, Any]) -> Any:
        profile = {k: body[k] for k in ("first_name", "username", "language_code") if k in body}
        started = bool(body.get("started", True))
        return emu.add_user(_user(request), started=started, bot_id=_bot(request, body), **profile)

    async def user_status(request: web.Request, body: dict[str, Any]) -> Any:
        action = request.match_info["action"]
        actions = {"block": emu.block, "unblock": emu.unblock, "deactivate": emu.deactivate}
        if action not in actions:
            raise ControlError(f"unknown user action {action!r}")
        return {"update_id": actions[action](_user(request), bot_id=_bot(request, body))}

    async def raw_update(request: web.Request, body: dict[str, Any]) -> Any:
        update = body["raw"] if "raw" in body else body["update"]
        if not isinstance(update, (dict, str)):
            raise ControlError("update must be a JSON object, raw the text of one")
        return emu.inject_raw(update, bot_id=_bot(request, body))

    async def callback(request: web.Request, body: dict[str, Any]) -> Any:
        return emu.tap_button(
            int(body["chat_id"]),
            int(body["message_id"]),
            data=body.get("data"),
            text=body.get("button_text"),
            user_id=_opt_int(body.get("user_id")),
            bot_id=_bot(request, body),
        )

    async def callback_state(request: web.Request, body: dict[str, Any]) -> Any:
        return emu.callback(request.match_info["query_id"], bot_id=_bot(request, body))

    async def migrate(request: web.Request, body: dict[str, Any]) -> Any:
        chat_id = int(request.match_info["chat_id"])
        return emu.migrate(chat_id, int(body["to"]), bot_id=_bot(request, body))

    async def topic_open(request: web.Request, body: dict[str, Any]) -> Any:
        chat_id = int(request.match_info["chat_id"])
        return emu.open_topic(chat_id, str(body.get("name", "Topic")),
                              user_id=_opt_int(body.get("user_id")), bot_id=_bot(request, body))

    async def topic_end(request: web.Request, body: dict[str, Any]) -> Any:
        chat_id, thread_id = int(request.match_info["chat_id"]), int(request.match_info["thread"])
        action = request.match_info["action"]
        if action not in ("close", "delete"):
            raise ValueError(f"unknown topic action {action!r}: close or delete")
        end = emu.close_topic if action == "close" else emu.delete_topic
        end(chat_id, thread_id, bot_id=_bot(request, body))
        return True

    async def transcript(request: web.Request, body: dict[str, Any]) -> Any:
        return emu.transcript(int(request.match_info["chat_id"]), bot_id=_bot(request, body))

    async def calls(request: web.Request, body: dict[str, Any]) -> Any:
        q = request.query
        return emu.calls(
            q.get("method") or None,
            status=_opt_int(q.get("status")),
            since=int(q.get("since", 0)),
        )

    async def wait(request: web.Request, body: dict[str, Any]) -> Any:
        q = request.query
        return await emu.wait_calls(
            q.get("method") or None,
            int(q.get("count", 1)),
            timeout=float(q.get("timeout", 5.0)),
            status=_opt_int(q.get("status")),
        )

    async def wait_polling(request: web.Request, body: dict[str, Any]) -> Any:
        timeout = float(request.query.get("timeout", 5.0))
        await emu.wait_polling(timeout=timeout, bot_id=_bot(request, body))
        return True

    async def faults(request: web.Request, body: dict[str, Any]) -> Any:
        if request.method == "POST":
            return emu.add_fault(Fault.from_json(body)).as_json()
        if request.method == "DELETE":
            emu.clear_faults()
        return [f.as_json() for f in emu.faults()]

    async def flood(request: web.Request, body: dict[str, Any]) -> Any:
        emu.set_flood(bool(body["enabled"]))
        return True

    async def clock(request: web.Request, body: dict[str, Any]) -> Any:
        return {"now": emu.advance_clock(float(body["advance_s"]))}

    async def reset_ids(request: web.Request, body: dict[str, Any]) -> Any:
        next_id = emu.jump_update_ids(_opt_int(body.get("next")), bot_id=_bot(request, body))
        return {"next_update_id": next_id}

    async def webhook(request: web.Request, body: dict[str, Any]) -> Any:
        if request.method == "GET":
            return emu.webhook_info(bot_id=_bot(request, body))
        secret = body.get("secret_token")
        emu.set_webhook(str(body.get("url") or ""),
                        secret_token=str(secret) if secret else None,
                        max_connections=int(body.get("max_connections", 40)),
                        bot_id=_bot(request, body))
        return True

    async def webhook_deliveries(request: web.Request, body: dict[str, Any]) -> Any:
        return emu.webhook_deliveries(bot_id=_bot(request, body))

    async def reset(request: web.Request, body: dict[str, Any]) -> Any:
        emu.reset()
        return True

    return [
        web.get("/_emu/state", endpoint(state)),
        web.post("/_emu/users/{user_id}/message", endpoint(user_message)),
        web.post("/_emu/messages", endpoint(messages)),
        web.post("/_emu/users/{user_id}/register", endpoint(user_register)),
        web.post("/_emu/users/{user_id}/{action}", endpoint(user_status)),
        web.post("/_emu/raw_update", endpoint(raw_update)),
        web.post("/_emu/callback", endpoint(callback)),
        web.get("/_emu/callbacks/{query_id}", endpoint(callback_state)),
        web.post("/_emu/chats/{chat_id}/migrate", endpoint(migrate)),
        web.post("/_emu/chats/{chat_id}/topics", endpoint(topic_open)),
        web.post("/_emu/chats/{chat_id}/topics/{thread}/{action}", endpoint(topic_end)),
        web.get("/_emu/chats/{chat_id}", endpoint(transcript)),
        web.get("/_emu/calls", endpoint(calls)),
        web.get("/_emu/wait", endpoint(wait)),
        web.get("/_emu/wait_polling", endpoint(wait_polling)),
        web.route("*", "/_emu/faults", endpoint(faults)),
        web.post("/_emu/flood", endpoint(flood)),
        web.post("/_emu/clock", endpoint(clock)),
        web.post("/_emu/updates/reset_ids", endpoint(reset_ids)),
        web.route("*", "/_emu/webhook", endpoint(webhook)),
        web.get("/_emu/webhook/deliveries", endpoint(webhook_deliveries)),
        web.post("/_emu/reset", endpoint(reset)),
    ]


async def _body(request: web.Request) -> dict[str, Any]:
    if not request.can_read_body:
        return {}
    raw = await request.read()
    body = json.loads(raw) if raw.strip() else {}
    if not isinstance(body, dict):
        raise ControlError("the body must be a JSON object")
    return body


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _fail(status: int, description: str) -> web.Response:
    return web.json_response({"ok": False, "description": description}, status=status)


def _user(request: web.Request) -> int:
    return int(request.match_info["user_id"])


def _bot(request: web.Request, body: dict[str, Any]) -> int | None:
    return _opt_int(body.get("bot_id", request.query.get("bot_id")))


def _opt_int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)
