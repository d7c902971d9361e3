"""Chats whose family state cannot be read now, and the updates they hold.

When the cache does not know a chat and PostgreSQL cannot be asked (after a restart
during an outage of both, say), answering would mean guessing: a parent the database
knows would be greeted as new. Dialogs parks the chat's updates here instead, in order,
and tries again with backoff until the state can be read; later updates of a parked chat
queue behind it. The updates stay journaled and unanswered meanwhile, so a process
restart replays them. One ``StateWaits`` outlives the dialogs actors' restarts (the
application makes it) and ``/health`` reads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from actors.protocol import IncomingUpdate


@dataclass
class Waiting:
    """One parked chat."""

    owner: str
    """The dialogs actor that handles the chat (it alone retries it)."""
    since: float
    """``anyio.current_time()`` when the first held update was parked."""
    updates: list[IncomingUpdate] = field(default_factory=list)
    attempts: int = 0
    """Reads of the state tried since the chat was parked."""
    noticed: bool = False
    """Whether the parent was told the answer is coming."""
    in_flight: bool = False
    """A retry is being handled (left set when it crashed the actor: it is redelivered)."""


class StateWaits:
    """The parked chats, by chat id."""

    def __init__(self) -> None:
        self._chats: dict[int, Waiting] = {}

    def holds(self, chat_id: int) -> bool:
        return chat_id in self._chats

    def get(self, chat_id: int) -> Waiting | None:
        return self._chats.get(chat_id)

    def park(self, owner: str, update: IncomingUpdate, now: float) -> Waiting:
        """Hold ``update`` behind the chat's other held updates (a redelivered one is
        held once)."""
        waiting = self._chats.setdefault(update.chat_id, Waiting(owner=owner, since=now))
        waiting.owner = owner
        if all(held.update_id != update.update_id for held in waiting.updates):
            waiting.updates.append(update)
        return waiting

    def pop_first(self, chat_id: int) -> None:
        """The chat's first held update was handled: let it go (and the chat, if it was
        the last)."""
        waiting = self._chats.get(chat_id)
        if waiting is None:
            return
        if waiting.updates:
            waiting.updates.pop(0)
        if not waiting.updates:
            del self._chats[chat_id]

    def owned_by(self, owner: str) -> Iterator[int]:
        """The chats ``owner`` must retry."""
        return iter([chat for chat, w in self._chats.items() if w.owner == owner])

    def __len__(self) -> int:
        return len(self._chats)

    def snapshot(self, now: float, limit: int = 20) -> dict[str, object]:
        """For ``/health``: how many chats wait, the longest wait, and the ``limit``
        longest-waiting chats with their held update counts."""
        longest = sorted(self._chats.items(), key=lambda item: item[1].since)[:limit]
        return {
            "chats": len(self._chats),
            "updates": sum(len(w.updates) for w in self._chats.values()),
            "longest_wait_s": round(now - longest[0][1].since, 3) if longest else 0.0,
            "waiting": [{"chat_id": chat, "waiting_s": round(now - w.since, 3),
                         "updates": len(w.updates), "attempts": w.attempts}
                        for chat, w in longest],
        }
