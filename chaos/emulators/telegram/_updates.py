"""One bot's update queue, with the Bot API server's getUpdates semantics.

``UpdateQueue`` hands out update ids as Telegram does (random after a long idle time),
filters by ``allowed_updates`` at enqueue time, expires updates after 24 h, queues raw
JSON updates verbatim for poison tests, and applies an offset the way the server does;
its docstring has each rule. The facts it follows: docs/notes/telegram.md §2.
"""

from __future__ import annotations

import asyncio
import json
import random
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ALL_UPDATE_TYPES", "DEFAULT_UPDATE_TYPES", "QueuedUpdate", "RawJson", "UpdateQueue",
    "dumps_with_raw",
]

ALL_UPDATE_TYPES = (
    "message", "edited_message", "channel_post", "edited_channel_post",
    "business_connection", "business_message", "edited_business_message",
    "deleted_business_messages", "guest_message", "message_reaction",
    "message_reaction_count", "inline_query", "chosen_inline_result", "callback_query",
    "shipping_query", "pre_checkout_query", "purchased_paid_media", "poll", "poll_answer",
    "my_chat_member", "chat_member", "chat_join_request", "chat_boost", "removed_chat_boost",
    "managed_bot",
)  # fmt: skip
DEFAULT_UPDATE_TYPES = frozenset(ALL_UPDATE_TYPES) - {
    "chat_member",
    "message_reaction",
    "message_reaction_count",
}
_FUTURE_SLACK = 10  # TQueue: an offset further than this beyond the tail is "in the future"


class RawJson(str):
    """JSON text spliced verbatim into an answer by ``dumps_with_raw`` (anywhere else, e.g.
    in the call log read through ``/_emu/calls``, it is an ordinary string)."""


def dumps_with_raw(body: Any) -> str:
    """``json.dumps(body)``, except that ``RawJson`` items of a ``result`` list are written
    as the JSON text they hold."""
    result = body.get("result") if isinstance(body, dict) else None
    if not isinstance(result, list) or not any(isinstance(i, RawJson) for i in result):
        return json.dumps(body)
    items = ",".join(i if isinstance(i, RawJson) else json.dumps(i) for i in result)
    rest = json.dumps({k: v for k, v in body.items() if k != "result"})
    return rest[:-1] + (", " if len(rest) > 2 else "") + f'"result": [{items}]}}'


@dataclass(frozen=True)
class QueuedUpdate:
    update_id: int
    created_at: float
    kind: str
    payload: dict[str, Any]
    raw: str | None = None
    """JSON text of the update's fields without ``update_id`` (``push_raw``)."""

    def as_json(self) -> dict[str, Any] | RawJson:
        if self.raw is not None:
            return RawJson(f'{{"update_id": {self.update_id}, {self.raw}')
        return {"update_id": self.update_id, self.kind: self.payload}


def parse_allowed_updates(value: Any) -> frozenset[str] | None:
    """A valid list gives the new subscription (``[]`` → default set); else ``None`` (keep).

    Unknown names are ignored, as the server does; JSON text (form parameters) is decoded.
    """
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    known = frozenset(value) & frozenset(ALL_UPDATE_TYPES)
    return known or DEFAULT_UPDATE_TYPES


class UpdateQueue:
    """Pending updates of one bot; wakes held polls when an update is queued.

    * ids come from ``next_id`` and are never handed out twice by this queue's counter (a reset
      of the emulator keeps it). After ``idle_reset`` seconds without updates the next id is
      random, as Telegram does after a week; :meth:`UpdateQueue.jump` forces that.
    * ``allowed_updates`` filters at enqueue time: an excluded update consumes its id and is
      never queued. ``None`` means the default set (everything but ``chat_member``,
      ``message_reaction``, ``message_reaction_count``).
    * updates older than ``retention`` (24 h) are expired on every read.
    * :meth:`UpdateQueue.push_raw` queues an update given as JSON text (a test's poison: a lone
      surrogate escape, an integer past 64 bits, nesting deeper than a JSON library recurses),
      served verbatim inside the getUpdates answer with the next id. It ignores
      ``allowed_updates``.
    * :meth:`UpdateQueue.select` applies an offset: positive confirms (forgets) everything below
      it — unless it is more than 10 beyond the newest id, when the server serves from the head
      and forgets nothing; negative keeps only the newest ``-offset``; zero confirms nothing.
    """

    def __init__(
        self,
        first_id: int,
        rng: random.Random,
        *,
        retention: float = 24 * 3600.0,
        idle_reset: float = 7 * 24 * 3600.0,
    ) -> None:
        self.next_id = first_id
        self.allowed: frozenset[str] = DEFAULT_UPDATE_TYPES
        self.retention = retention
        self.idle_reset = idle_reset
        self._rng = rng
        self._items: list[QueuedUpdate] = []
        self._last_created: float | None = None
        self._waiters: set[asyncio.Future[str]] = set()

    def __len__(self) -> int:
        return len(self._items)

    def push(self, kind: str, payload: dict[str, Any], now: float) -> int:
        """Allocate an id and queue the update unless the subscription excludes ``kind``."""
        if self._last_created is not None and now - self._last_created >= self.idle_reset:
            self.jump(None)
        self._last_created = now
        update_id = self.next_id
        self.next_id += 1
        if kind in self.allowed:
            self._items.append(QueuedUpdate(update_id, now, kind, payload))
            self.wake("arrived")
        return update_id

    def push_raw(self, raw: str, now: float) -> int:
        """Allocate an id and queue the update whose other fields are the JSON object text
        ``raw`` (``{"message": ...}``; an ``update_id`` in it would be served twice)."""
        body = raw.strip()
        if not body.startswith("{") or not body.endswith("}"):
            raise ValueError("a raw update is the text of a JSON object")
        if self._last_created is not None and now - self._last_created >= self.idle_reset:
            self.jump(None)
        self._last_created = now
        update_id = self.next_id
        self.next_id += 1
        self._items.append(QueuedUpdate(update_id, now, "raw", {}, raw=body[1:]))
        self.wake("arrived")
        return update_id

    def jump(self, next_id: int | None) -> int:
        """Make the next id ``next_id`` (random 9-digit when None), as Telegram does when idle."""
        self.next_id = next_id if next_id is not None else self._rng.randrange(10**8, 10**9)
        return self.next_id

    def subscribe(self, allowed: frozenset[str] | None) -> None:
        if allowed is not None:
            self.allowed = allowed

    def expire(self, now: float) -> None:
        cutoff = now - self.retention
        self._items = [u for u in self._items if u.created_at > cutoff]

    def drop_all(self) -> None:
        self._items.clear()

    def forget(self, update_id: int) -> None:
        """Confirm one update (a webhook delivery answered 2xx)."""
        self._items = [u for u in self._items if u.update_id != update_id]

    def pending(self, now: float) -> list[QueuedUpdate]:
        self.expire(now)
        return list(self._items)

    def select(self, offset: int, now: float) -> int | None:
        """Apply ``offset`` (confirming what it confirms); return the id to read from."""
        self.expire(now)
        if offset < 0:
            self._items = self._items[offset:]
            return None
        if offset == 0 or offset > self.next_id - 1 + _FUTURE_SLACK:
            return None
        self._items = [u for u in self._items if u.update_id >= offset]
        return offset

    def read(self, from_id: int | None, limit: int) -> list[QueuedUpdate]:
        """Up to ``limit`` pending updates from ``from_id`` (the head when None), in order."""
        items = (
            self._items if from_id is None else [u for u in self._items if u.update_id >= from_id]
        )
        return items[:limit]

    def waiter(self) -> asyncio.Future[str]:
        """A waiter registered now (so no update queued from here on is missed): pass it
        to ``wait``."""
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._waiters.add(future)
        return future

    async def wait(self, timeout: float, future: asyncio.Future[str] | None = None) -> str:
        """Until an update is queued ("arrived"), ``timeout`` passes ("timeout") or close.
        ``future``: a ``waiter()`` registered earlier (else one is registered now)."""
        if future is None:
            future = self.waiter()
        try:
            async with asyncio.timeout(timeout):  # not wait_for: see _calls.Signal
                return await future
        except TimeoutError:
            return "timeout"
        finally:
            self._waiters.discard(future)

    @property
    def held(self) -> int:
        """How many getUpdates calls are waiting on this queue."""
        return len(self._waiters)

    def wake(self, reason: str) -> None:
        """End every held poll with ``reason`` ("closed", "terminated by …")."""
        for future in list(self._waiters):
            if not future.done():
                future.set_result(reason)
