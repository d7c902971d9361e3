"""The Bot API methods the emulator serves, each a coroutine ``(Call) -> result``.

A method raises :class:`ApiError` to refuse, returns a value for ``result``, or returns
:class:`Ok` to add Telegram's optional success ``description``. :data:`METHODS` maps the
lower-cased name (Telegram matches method names case-insensitively) to the canonical name
and the coroutine. Validation order follows the server: parameters it parses itself first
(chat_id, text, action), then the chat, then TDLib's checks (entities, length), then flood.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from ._errors import ApiError, bad_request, too_many_requests
from ._html import HtmlParseError, ParsedText, parse_html, utf16_len
from ._params import MISSING, get_bool, get_float, get_int, get_json, get_str
from ._state import BotState, Chat
from ._updates import parse_allowed_updates
from ._webhook import WebhookConfig

__all__ = ["METHODS", "Call", "Ok"]

MAX_TEXT_CHARS = 4096  # visible code points after entity parsing (TDLib utf8_length)
MAX_RAW_TEXT_BYTES = 32768  # the text parameter before parsing
CHAT_ACTION_SECONDS = 5.0
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
TERMINATED_BY_GETUPDATES = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
TERMINATED_BY_SETWEBHOOK = "Conflict: terminated by setWebhook request"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
_TRIM = " \t\r\n\v\f\0"


@dataclass
class Call:
    """One Bot API call being served."""

    bot: BotState
    params: dict[str, Any]
    now: float  # the emulator clock when the call arrived
    batch_window: float = 0.01  # a woken long poll waits this long to batch updates
    on_change: Callable[[], None] = lambda: None  # a poll started or stopped being held


@dataclass
class Ok:
    """A successful result with Telegram's optional ``description``."""

    result: Any
    description: str | None = None


Method = Callable[[Call], Awaitable[Any]]


# -- getMe, getUpdates, webhooks -----------------------------------------------------------


async def get_me(call: Call) -> Any:
    me = call.bot.me.as_json()
    me.update(can_join_groups=True, can_read_all_group_messages=False)
    me["supports_inline_queries"] = False
    return me


async def get_updates(call: Call) -> Any:
    bot, params = call.bot, call.params
    if bot.webhook_url:
        raise ApiError(409, WEBHOOK_ACTIVE)
    offset = get_int(params, "offset", 0) or 0
    limit = min(max(get_int(params, "limit", 100) or 1, 1), 100)
    timeout = min(max(get_float(params, "timeout", 0.0), 0.0), 50.0)
    if "allowed_updates" in params:
        bot.queue.subscribe(parse_allowed_updates(params["allowed_updates"]))
    bot.queue.wake(TERMINATED_BY_GETUPDATES)  # a newer poll ends the held one
    from_id = bot.queue.select(offset, call.now)
    batch = bot.queue.read(from_id, limit)
    if batch or timeout <= 0:
        return [u.as_json() for u in batch]
    return await _hold(call, from_id, limit, timeout)


async def _hold(call: Call, from_id: int | None, limit: int, timeout: float) -> Any:
    # Registered in the same step as the empty read: an update queued after it wakes us
    # (registering later, in a task, lost the wake-up of an update queued in between).
    queue = call.bot.queue
    waiter = queue.waiter()
    call.on_change()
    try:
        outcome = await queue.wait(timeout, waiter)
    finally:
        call.on_change()  # also when the client went away and aiohttp cancelled us
    if outcome.startswith("Conflict"):
        raise ApiError(409, outcome)
    if outcome != "arrived":
        return []
    await asyncio.sleep(call.batch_window)
    return [u.as_json() for u in call.bot.queue.read(from_id, limit)]


_LOCAL_HOSTS = ("http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:",
                "http://localhost/", "http://[::1]:", "http://[::1]/")
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


async def set_webhook(call: Call) -> Any:
    """The Bot API's setWebhook. An https:// URL, or (as a local Bot API server allows)
    http:// on loopback, where the tests' bots listen."""
    url = (get_str(call.params, "url") or "").strip()
    if not url:
        return await delete_webhook(call)
    if not url.startswith("https://") and not url.startswith(_LOCAL_HOSTS):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = get_str(call.params, "secret_token")
    if secret is not None and not _SECRET_TOKEN.fullmatch(secret):
        raise bad_request("secret token contains unallowed characters")
    connections = get_int(call.params, "max_connections", 40) or 40
    bot = call.bot
    if get_bool(call.params, "drop_pending_updates"):
        bot.queue.drop_all()
    if "allowed_updates" in call.params:
        bot.queue.subscribe(parse_allowed_updates(call.params["allowed_updates"]))
    bot.webhook_url = url
    bot.webhook = WebhookConfig(url, secret or None, min(max(connections, 1), 100))
    bot.queue.wake(TERMINATED_BY_SETWEBHOOK)
    return Ok(True, "Webhook was set")


async def delete_webhook(call: Call) -> Any:
    bot = call.bot
    if get_bool(call.params, "drop_pending_updates"):
        bot.queue.drop_all()
    was_set = bool(bot.webhook_url)
    bot.webhook_url = ""
    bot.webhook = None
    return Ok(True, "Webhook was deleted" if was_set else "Webhook is already deleted")


async def get_webhook_info(call: Call) -> Any:
    bot = call.bot
    info: dict[str, Any] = {
        "url": bot.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(bot.queue.pending(call.now)),
    }
    if bot.webhook_url:
        config = bot.webhook
        info["max_connections"] = config.max_connections if config is not None else 40
        info["allowed_updates"] = sorted(bot.queue.allowed)
        if bot.delivery is not None:
            info.update(bot.delivery.info())
    return info


# -- sending and editing ----------------------------------------------------------------


async def send_message(call: Call) -> Any:
    bot, params = call.bot, call.params
    if get_str(params, "chat_id") in (None, ""):
        raise bad_request("chat_id is empty")
    raw = _raw_text(params)
    chat = bot.writable_chat(params["chat_id"])
    parsed = _parse_text(raw, params)
    markup = _reply_markup(params)
    reply_to = _reply_target(chat, params)
    thread_id = _thread(chat, params)
    retry_after = bot.flood.acquire(chat.id, call.now)
    if retry_after:
        raise too_many_requests(retry_after)
    message: dict[str, Any] = {
        "from": bot.me.as_json(),
        "chat": chat.as_json(),
        "date": int(call.now),
        "text": parsed.text,
    }
    if thread_id is not None:
        message["message_thread_id"], message["is_topic_message"] = thread_id, True
    if parsed.entities:
        message["entities"] = parsed.entities
    if markup is not None:
        message["reply_markup"] = markup
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    chat.action = None  # a message ends the "typing…" status
    return chat.add(message)


async def edit_message_text(call: Call) -> Any:
    bot, params = call.bot, call.params
    if get_str(params, "inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")  # the emulator sends no inline messages
    if get_str(params, "chat_id") in (None, ""):
        raise bad_request("chat_id is empty")
    raw = _raw_text(params)
    chat = bot.writable_chat(params["chat_id"])
    message_id = get_int(params, "message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    message = chat.messages.get(message_id)
    if message is None:
        raise bad_request("message to edit not found")
    if message.get("from", {}).get("id") != bot.id or "text" not in message:
        raise bad_request("message can't be edited")
    parsed = _parse_text(raw, params)
    markup = _reply_markup(params)
    if (parsed.text, parsed.entities, markup) == (
        message["text"],
        message.get("entities", []),
        message.get("reply_markup"),
    ):
        raise bad_request(NOT_MODIFIED)
    _apply_edit(message, parsed, markup, call.now)
    return copy.deepcopy(message)


def _apply_edit(
    message: dict[str, Any], parsed: ParsedText, markup: dict[str, Any] | None, now: float
) -> None:
    message["text"] = parsed.text
    message.pop("entities", None)
    message.pop("reply_markup", None)  # an edit without reply_markup removes the keyboard
    if parsed.entities:
        message["entities"] = parsed.entities
    if markup is not None:
        message["reply_markup"] = markup
    message["edit_date"] = int(now)


async def send_chat_action(call: Call) -> Any:
    params = call.params
    if get_str(params, "chat_id") in (None, ""):
        raise bad_request("chat_id is empty")
    action = (get_str(params, "action") or "").strip().lower()
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    chat = call.bot.writable_chat(params["chat_id"])
    _thread(chat, params)
    chat.action, chat.action_until = action, call.now + CHAT_ACTION_SECONDS
    return True


def _thread(chat: Chat, params: dict[str, Any]) -> int | None:
    """The topic ``message_thread_id`` names, or None for the chat itself; 400 when it
    is not an open topic of the chat (as the Bot API: "message thread not found" for one
    that never was or was deleted, "TOPIC_CLOSED" for a closed one)."""
    if params.get("message_thread_id") is None:
        return None
    thread_id = get_int(params, "message_thread_id")
    refusal = chat.topic(thread_id if thread_id is not None else 0)
    if refusal is not None:
        raise refusal
    return thread_id


def _raw_text(params: dict[str, Any]) -> str:
    text = get_str(params, "text")
    if not text:
        raise bad_request("message text is empty")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_RAW_TEXT_BYTES:
        raise bad_request("text is too long")
    return text


def _parse_text(raw: str, params: dict[str, Any]) -> ParsedText:
    """Visible text and entities after parse_mode, trimmed; the length checks."""
    mode = (get_str(params, "parse_mode") or "").strip()
    if mode.lower() == "html":
        try:
            parsed = parse_html(raw)
        except HtmlParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
    elif not mode:
        parsed = ParsedText(raw, _given_entities(params))
    else:
        raise bad_request("unsupported parse_mode")  # Markdown is not emulated
    parsed = _trim(parsed)
    if not parsed.text:
        raise bad_request("message must be non-empty")
    if len(parsed.text) > MAX_TEXT_CHARS:
        raise bad_request("message is too long")
    return parsed


def _given_entities(params: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        entities = get_json(params, "entities")
    except ValueError:
        raise bad_request("can't parse entities JSON object") from None
    if entities is MISSING:
        return []
    if not isinstance(entities, list) or not all(isinstance(e, dict) for e in entities):
        raise bad_request("can't parse entities JSON object")
    return entities


def _trim(parsed: ParsedText) -> ParsedText:
    """Strip surrounding whitespace as TDLib does, shifting and clipping the entities."""
    text = parsed.text.lstrip(_TRIM)
    shift = utf16_len(parsed.text) - utf16_len(text)
    text = text.rstrip(_TRIM)
    size = utf16_len(text)
    entities = []
    for entity in parsed.entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, size)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return ParsedText(text, entities)


def _reply_markup(params: dict[str, Any]) -> dict[str, Any] | None:
    """The inline keyboard to store with the message (other keyboards are not stored)."""
    try:
        markup = get_json(params, "reply_markup")
    except ValueError:
        raise bad_request("can't parse reply keyboard markup JSON object") from None
    if markup is MISSING:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        return None
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("can't parse inline keyboard button: InlineKeyboardButton expected")
    for row in rows:
        for button in row:
            _check_button(button)
    return {"inline_keyboard": rows}


def _check_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Text buttons are unallowed")
    data = button.get("callback_data")
    if data is not None and not (1 <= len(str(data).encode()) <= 64):
        raise bad_request("BUTTON_DATA_INVALID")


def _reply_target(chat: Chat, params: dict[str, Any]) -> dict[str, Any] | None:
    try:
        reply = get_json(params, "reply_parameters")
    except ValueError:
        raise bad_request("can't parse reply parameters JSON object") from None
    allow_missing = get_bool(params, "allow_sending_without_reply")
    if isinstance(reply, dict):
        target_id = get_int(reply, "message_id")
        allow_missing = allow_missing or get_bool(reply, "allow_sending_without_reply")
    else:
        target_id = get_int(params, "reply_to_message_id")
    if target_id is None:
        return None
    target = chat.messages.get(target_id)
    if target is None:
        if allow_missing:
            return None
        raise bad_request("message to be replied not found")
    quoted = copy.deepcopy(target)
    quoted.pop("reply_to_message", None)
    return quoted


# -- callbacks and commands -------------------------------------------------------------


async def answer_callback_query(call: Call) -> Any:
    params, bot = call.params, call.bot
    record = bot.callbacks.get(get_str(params, "callback_query_id") or "")
    too_old = record is not None and call.now - record.created_at > bot.callback_window
    if record is None or record.answered or too_old:
        raise bad_request(QUERY_TOO_OLD)
    text = get_str(params, "text") or ""
    if len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    record.answered = True
    record.answer = {
        "text": text,
        "show_alert": get_bool(params, "show_alert"),
        "url": get_str(params, "url"),
        "cache_time": get_int(params, "cache_time", 0),
    }
    return True


async def set_my_commands(call: Call) -> Any:
    try:
        commands = get_json(call.params, "commands")
    except ValueError:
        commands = None
    if commands is MISSING or not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("too many commands specified")
    cleaned = [_check_command(item) for item in commands]
    call.bot.commands[_commands_key(call.params)] = cleaned
    return True


async def get_my_commands(call: Call) -> Any:
    return copy.deepcopy(call.bot.commands.get(_commands_key(call.params), []))


async def delete_my_commands(call: Call) -> Any:
    call.bot.commands.pop(_commands_key(call.params), None)
    return True


def _check_command(item: Any) -> dict[str, str]:
    if not isinstance(item, dict):
        raise bad_request("can't parse BotCommand")
    command, description = item.get("command"), item.get("description")
    if not isinstance(command, str) or not isinstance(description, str):
        raise bad_request("can't parse BotCommand")
    command = command.removeprefix("/")
    valid = 1 <= len(command) <= 32 and all(
        c.isascii() and (c.isalnum() or c == "_") for c in command
    )
    if not valid or command != command.lower():
        raise bad_request("BOT_COMMAND_INVALID")
    if not 1 <= len(description.strip()) <= 256:
        raise bad_request("command description must be non-empty and at most 256 characters")
    return {"command": command, "description": description}


def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
    try:
        scope = get_json(params, "scope")
    except ValueError:
        raise bad_request("can't parse BotCommandScope JSON object") from None
    if scope is MISSING:
        scope = {"type": "default"}
    if not isinstance(scope, dict):
        raise bad_request("can't parse BotCommandScope JSON object")
    return json.dumps(scope, sort_keys=True), get_str(params, "language_code") or ""


_TABLE: dict[str, Method] = {
    "getMe": get_me,
    "getUpdates": get_updates,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "sendMessage": send_message,
    "editMessageText": edit_message_text,
    "sendChatAction": send_chat_action,
    "answerCallbackQuery": answer_callback_query,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
}
METHODS: dict[str, tuple[str, Method]] = {
    name.lower(): (name, method) for name, method in _TABLE.items()
}
