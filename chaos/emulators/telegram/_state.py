"""What one emulated bot knows: its users and chats, transcripts, queue, commands, callbacks.

Everything here is plain synchronous state; the server and the control API mutate it on
the event loop's thread. User-side actions (a user writes, taps a button, blocks the bot)
live here too, because each one both changes a chat and queues an update.
"""

from __future__ import annotations

import copy
import enum
import random
import re
from dataclasses import dataclass, field
from typing import Any

from ._errors import ApiError, ControlError, bad_request, forbidden
from ._flood import FloodControl
from ._html import utf16_len
from ._updates import DEFAULT_UPDATE_TYPES, UpdateQueue

__all__ = ["BotState", "CallbackRecord", "Chat", "ChatStatus", "User"]

_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")


class ChatStatus(enum.Enum):
    """Whether the bot may write to a chat, and which refusal it gets if not."""

    ACTIVE = "active"  # the bot may write
    NOT_STARTED = "not_started"  # the user never pressed Start: 403 can't initiate conversation
    BLOCKED = "blocked"  # the user blocked the bot: 403 bot was blocked by the user
    DEACTIVATED = "deactivated"  # the account was deleted: 403 user is deactivated
    KICKED = "kicked"  # the bot was removed from the group: 403 bot was kicked
    MIGRATED = "migrated"  # the group became a supergroup: 400 with migrate_to_chat_id


@dataclass
class User:
    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


@dataclass
class Chat:
    """A chat and its transcript (both directions, ids shared, from 1)."""

    id: int
    type: str  # private | group | supergroup
    user: User | None = None  # the other party of a private chat
    title: str | None = None
    status: ChatStatus = ChatStatus.ACTIVE
    migrated_to: int | None = None
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_message_id: int = 1
    action: str | None = None  # the last sendChatAction, shown until action_until
    action_until: float = 0.0
    topics: dict[int, bool] = field(default_factory=dict)
    """Forum topics (a supergroup's, or a private chat's with topics enabled for the bot):
    thread id (the id of its ``forum_topic_created`` message) → open. A deleted one is
    gone from here."""

    def topic(self, thread_id: int | None) -> ApiError | None:
        """The error a bot gets for writing to topic ``thread_id`` now, or None (also for
        no topic: the chat itself)."""
        if thread_id is None:
            return None
        if thread_id not in self.topics:
            return bad_request("message thread not found")
        return None if self.topics[thread_id] else bad_request("TOPIC_CLOSED")

    def as_json(self) -> dict[str, Any]:
        if self.type == "private" and self.user is not None:
            data = {"id": self.id, "type": "private", "first_name": self.user.first_name}
            if self.user.last_name is not None:
                data["last_name"] = self.user.last_name
            if self.user.username is not None:
                data["username"] = self.user.username
            return data
        return {"id": self.id, "type": self.type, "title": self.title or ""}

    def add(self, message: dict[str, Any]) -> dict[str, Any]:
        """Give ``message`` the next id, store it, and return a copy for the wire."""
        message["message_id"] = self.next_message_id
        self.next_message_id += 1
        self.messages[message["message_id"]] = message
        copied: dict[str, Any] = _json_copy(message)
        return copied

    def refusal(self) -> ApiError | None:
        """The error a bot gets for writing here now, or None."""
        match self.status:
            case ChatStatus.ACTIVE:
                return None
            case ChatStatus.NOT_STARTED:
                return forbidden("bot can't initiate conversation with a user")
            case ChatStatus.BLOCKED:
                return forbidden("bot was blocked by the user")
            case ChatStatus.DEACTIVATED:
                return forbidden("user is deactivated")
            case ChatStatus.KICKED:
                return forbidden(f"bot was kicked from the {self.type} chat")
            case ChatStatus.MIGRATED:
                return bad_request(
                    "group chat was upgraded to a supergroup chat",
                    {"migrate_to_chat_id": self.migrated_to},
                )


def _json_copy(value: Any) -> Any:
    """A deep copy of JSON-shaped data (dicts, lists, scalars). Messages are copied on
    every send; ``copy.deepcopy`` was about a seventh of the emulator's CPU under load."""
    if type(value) is dict:
        return {key: _json_copy(item) for key, item in value.items()}
    if type(value) is list:
        return [_json_copy(item) for item in value]
    return value


@dataclass
class CallbackRecord:
    id: str
    chat_id: int
    message_id: int
    user_id: int
    data: str | None
    created_at: float
    answered: bool = False
    answer: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "user_id": self.user_id,
            "data": self.data,
            "answered": self.answered,
            "answer": self.answer,
        }


class BotState:
    """One bot (one bot id): the world as that bot sees it."""

    def __init__(
        self,
        bot_id: int,
        *,
        rng: random.Random,
        first_update_id: int,
        flood: FloodControl,
        retention: float,
        callback_window: float,
    ) -> None:
        self.me = User(bot_id, "Family Emotions (emulator)", f"emu{bot_id}_bot", is_bot=True)
        self.rng = rng
        self.queue = UpdateQueue(first_update_id, rng, retention=retention)
        self.flood = flood
        self.callback_window = callback_window
        self.users: dict[int, User] = {}
        self.chats: dict[int, Chat] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.webhook_url = ""
        self.webhook: Any = None
        """The ``setWebhook`` parameters in force (a ``WebhookConfig``), None when unset."""
        self.delivery: Any = None
        """The emulator's ``WebhookDelivery`` for this bot (set by the server)."""

    @property
    def id(self) -> int:
        return self.me.id

    def reset(self) -> None:
        """Forget users, chats, commands, callbacks, webhook and queue — not the id counter."""
        self.users.clear()
        self.chats.clear()
        self.commands.clear()
        self.callbacks.clear()
        self.webhook_url = ""
        self.webhook = None
        self.queue.drop_all()
        self.queue.allowed = DEFAULT_UPDATE_TYPES
        self.flood.reset()

    # -- lookups used by the Bot API methods ----------------------------------------------

    def writable_chat(self, raw_chat_id: Any) -> Chat:
        """The chat a bot method targets, or the refusal Telegram gives."""
        if raw_chat_id is None or str(raw_chat_id).strip() == "":
            raise bad_request("chat_id is empty")
        try:
            chat = self.chats.get(int(str(raw_chat_id).strip()))
        except ValueError:
            chat = None  # "@username" and garbage: no public chats exist in the emulator
        if chat is None:
            raise bad_request("chat not found")
        refusal = chat.refusal()
        if refusal is not None:
            raise refusal
        return chat

    def chat(self, chat_id: int) -> Chat:
        """The chat for the control API; ControlError when unknown."""
        chat = self.chats.get(chat_id)
        if chat is None:
            raise ControlError(f"unknown chat {chat_id}")
        return chat

    # -- user-side actions (the control API) ----------------------------------------------

    def add_user(
        self,
        user_id: int,
        *,
        first_name: str | None = None,
        username: str | None = None,
        last_name: str | None = None,
        language_code: str | None = None,
        started: bool = True,
    ) -> User:
        """Make sure a user and their private chat exist (NOT_STARTED unless ``started``)."""
        if user_id <= 0:
            raise ControlError("user ids are positive")
        user = self.users.get(user_id)
        if user is None:
            user = User(user_id, first_name or f"User {user_id}", username, last_name)
            user.language_code = language_code
            self.users[user_id] = user
            status = ChatStatus.ACTIVE if started else ChatStatus.NOT_STARTED
            self.chats[user_id] = Chat(user_id, "private", user=user, status=status)
        return user

    def user_says(
        self,
        user_id: int,
        text: str,
        now: float,
        *,
        chat_id: int | None = None,
        reply_to: int | None = None,
        thread_id: int | None = None,
        **profile: Any,
    ) -> dict[str, Any]:
        """A user writes ``text`` (in the open topic ``thread_id``, if given): store the
        message, queue a ``message`` update."""
        user = self.add_user(user_id, **profile)
        chat = self._chat_for(user, chat_id)
        if chat.status is ChatStatus.NOT_STARTED:
            chat.status = ChatStatus.ACTIVE  # writing to a bot is pressing Start
        if chat.status is not ChatStatus.ACTIVE:
            raise ControlError(f"chat {chat.id} is {chat.status.value}; the user cannot write")
        if chat.topic(thread_id) is not None:
            raise ControlError(f"no open topic {thread_id} in chat {chat.id}")
        message: dict[str, Any] = {
            "from": user.as_json(),
            "chat": chat.as_json(),
            "date": int(now),
            "text": text,
        }
        if thread_id is not None:
            message["message_thread_id"], message["is_topic_message"] = thread_id, True
        entities = command_entities(text)
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = self._reply_target(chat, reply_to)
        sent = chat.add(message)
        update_id = self.queue.push("message", sent, now)
        return {"update_id": update_id, "message_id": sent["message_id"], "chat_id": chat.id}

    def tap_button(
        self,
        chat_id: int,
        message_id: int,
        now: float,
        *,
        data: str | None = None,
        text: str | None = None,
        user_id: int | None = None,
    ) -> dict[str, Any]:
        """A user taps an inline button of a bot message: queue a ``callback_query`` update."""
        chat = self.chat(chat_id)
        message = chat.messages.get(message_id)
        if message is None or message["from"]["id"] != self.id:
            raise ControlError(f"no bot message {message_id} in chat {chat_id}")
        button = _find_button(message, data, text)
        user = self._tapping_user(chat, user_id)
        query_id = str(self.rng.getrandbits(62))
        query = {
            "id": query_id,
            "from": user.as_json(),
            "message": copy.deepcopy(message),
            "chat_instance": str((chat.id * 7919 + self.id) % (2**62)),
            "data": button["callback_data"],
        }
        self.callbacks[query_id] = CallbackRecord(
            query_id, chat.id, message_id, user.id, button["callback_data"], now
        )
        update_id = self.queue.push("callback_query", query, now)
        return {"update_id": update_id, "callback_query_id": query_id}

    def set_user_status(self, user_id: int, status: ChatStatus, now: float) -> int | None:
        """Block, unblock or deactivate; block/unblock queue ``my_chat_member`` (its id)."""
        user = self.add_user(user_id)
        chat = self.chats[user_id]
        old = chat.status
        chat.status = status
        was_member = old not in (ChatStatus.BLOCKED, ChatStatus.DEACTIVATED)
        if status is ChatStatus.BLOCKED and was_member:
            return self._member_update(chat, user, "member", "kicked", now)
        if status is ChatStatus.ACTIVE and old is ChatStatus.BLOCKED:
            return self._member_update(chat, user, "kicked", "member", now)
        return None

    def open_topic(self, chat_id: int, name: str, now: float,
                   user_id: int | None = None) -> dict[str, Any]:
        """A user opens a forum topic in a private chat with the bot (topics enabled for
        it) or, as ``user_id``, in a supergroup: a ``forum_topic_created`` message from
        them, whose id is the topic's thread id, is stored and queued. Returns
        ``{"update_id", "thread_id"}``."""
        chat = self.chat(chat_id)
        if chat.type not in ("private", "supergroup"):
            raise ControlError("topics exist in private chats and supergroups only")
        if chat.user is not None:
            user = chat.user
        elif user_id is not None:
            user = self.add_user(user_id)
        else:
            raise ControlError("say which user opens a topic in a supergroup (user_id)")
        message: dict[str, Any] = {
            "from": user.as_json(), "chat": chat.as_json(), "date": int(now),
            "is_topic_message": True,
            "forum_topic_created": {"name": name, "icon_color": 7322096},
        }
        thread_id = chat.next_message_id
        message["message_thread_id"] = thread_id
        sent = chat.add(message)
        chat.topics[thread_id] = True
        return {"update_id": self.queue.push("message", sent, now), "thread_id": thread_id}

    def end_topic(self, chat_id: int, thread_id: int, *, delete: bool) -> None:
        """A topic is closed (nobody can write there until it is reopened) or deleted."""
        chat = self.chat(chat_id)
        if thread_id not in chat.topics:
            raise ControlError(f"no topic {thread_id} in chat {chat_id}")
        if delete:
            del chat.topics[thread_id]
        else:
            chat.topics[thread_id] = False

    def migrate(self, chat_id: int, new_chat_id: int, now: float) -> dict[str, Any]:
        """A group becomes a supergroup: the old id answers 400 with ``migrate_to_chat_id``."""
        chat = self.chat(chat_id)
        if chat.type != "group" or new_chat_id >= 0 or new_chat_id in self.chats:
            raise ControlError("only a group migrates, to a new negative chat id")
        chat.status, chat.migrated_to = ChatStatus.MIGRATED, new_chat_id
        new = Chat(new_chat_id, "supergroup", title=chat.title)
        self.chats[new_chat_id] = new
        date = int(now)
        old_msg = chat.add({"chat": chat.as_json(), "date": date, "migrate_to_chat_id": new.id})
        new_msg = new.add({"chat": new.as_json(), "date": date, "migrate_from_chat_id": chat.id})
        return {
            "update_ids": [
                self.queue.push("message", old_msg, now),
                self.queue.push("message", new_msg, now),
            ]
        }

    def _chat_for(self, user: User, chat_id: int | None) -> Chat:
        if chat_id is None or chat_id == user.id:
            return self.chats[user.id]
        if chat_id > 0:
            raise ControlError("a private chat's id is its user's id")
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = Chat(chat_id, "group", title=f"Group {chat_id}")
            self.chats[chat_id] = chat
        return chat

    def _reply_target(self, chat: Chat, message_id: int) -> dict[str, Any]:
        target = chat.messages.get(message_id)
        if target is None:
            raise ControlError(f"no message {message_id} in chat {chat.id}")
        reply = copy.deepcopy(target)
        reply.pop("reply_to_message", None)
        return reply

    def _tapping_user(self, chat: Chat, user_id: int | None) -> User:
        if user_id is None and chat.user is not None:
            return chat.user
        if user_id is None or user_id not in self.users:
            raise ControlError("say which known user taps the button in a group")
        return self.users[user_id]

    def _member_update(self, chat: Chat, user: User, old: str, new: str, now: float) -> int:
        bot = self.me.as_json()
        new_member: dict[str, Any] = {"status": new, "user": bot}
        if new == "kicked":
            new_member["until_date"] = 0
        payload = {
            "chat": chat.as_json(),
            "from": user.as_json(),
            "date": int(now),
            "old_chat_member": {"status": old, "user": bot},
            "new_chat_member": new_member,
        }
        return self.queue.push("my_chat_member", payload, now)


def command_entities(text: str) -> list[dict[str, Any]]:
    """``bot_command`` entities (UTF-16 offsets) for every ``/cmd`` or ``/cmd@bot`` word."""
    return [
        {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": len(m.group())}
        for m in _COMMAND.finditer(text)
    ]


def _find_button(message: dict[str, Any], data: str | None, text: str | None) -> dict[str, Any]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    for row in rows:
        for button in row:
            if "callback_data" not in button:
                continue
            if (data is not None and button["callback_data"] == data) or (
                text is not None and button.get("text") == text
            ):
                return dict(button)
    raise ControlError("the message has no such callback button")
