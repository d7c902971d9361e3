"""Rate limits of the sender: a token bucket per chat, a sliding window overall, and pauses.

They keep the sender below Telegram's limits (about 1 message per second in one chat,
about 30 per second overall) so that 429s are the exception; a request is charged when it
starts and settled when its answer arrives, so the server never sees more than the limits
allow. Time is the ``now`` each call is given (``anyio.current_time()``); a rate of 0
means unlimited. See docs/telegram.md, section "Rate limits".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Final

import anyio

__all__ = [
    "FLOOD_GLOBAL_CHATS",
    "FLOOD_GLOBAL_WINDOW",
    "Limits",
    "Pauses",
    "SlidingWindow",
    "Ticket",
    "TokenBucket",
]

INF: Final = math.inf

FLOOD_GLOBAL_CHATS: Final = 3
"""429s from this many different chats within ``FLOOD_GLOBAL_WINDOW`` seconds are taken to
mean the bot as a whole is over the limit: everything pauses, not just those chats."""
FLOOD_GLOBAL_WINDOW: Final = 1.0


class TokenBucket:
    """``rate`` tokens per second, at most ``burst`` stored; starts full.

    ``delay(now)`` is how long until a token is there, ``take(now)`` spends one (the caller
    checked ``delay``), ``settle(now)`` says the request it paid for has been answered:
    refill restarts from ``now``. ``rate == 0``: unlimited (``delay`` is always 0)."""

    __slots__ = ("_stamp", "_tokens", "burst", "rate")

    def __init__(self, rate: float, burst: int, *, now: float | None = None) -> None:
        if rate < 0 or burst < 1:
            raise ValueError(f"rate must be >= 0 and burst >= 1, not {rate}, {burst}")
        self.rate = rate
        self.burst = burst
        self._tokens = float(burst)
        self._stamp = now  # None: full whenever first asked

    def tokens(self, now: float) -> float:
        """Tokens available at ``now`` (fractional)."""
        if self._stamp is None:
            return float(self.burst)
        return min(float(self.burst), self._tokens + max(0.0, now - self._stamp) * self.rate)

    def delay(self, now: float) -> float:
        if self.rate == 0:
            return 0.0
        missing = 1.0 - self.tokens(now)
        return 0.0 if missing <= 1e-9 else missing / self.rate

    def take(self, now: float) -> None:
        if self.rate == 0:
            return
        self._tokens = self.tokens(now) - 1.0
        self._stamp = now

    def settle(self, now: float) -> None:
        # The refill accrued while the request was on its way is dropped: the server may
        # have counted the request as late as now.
        if self.rate == 0 or self._stamp is None:
            return
        self._stamp = max(self._stamp, now)

    def full(self, now: float) -> bool:
        return self.rate == 0 or self.tokens(now) >= self.burst


@dataclass(eq=False, slots=True)
class _Slot:
    end: float = INF  # when the request was answered; INF while it is in flight


class SlidingWindow:
    """At most ``count`` requests in any ``span`` seconds; a request holds its slot from
    its start until ``span`` after its answer (``settle``)."""

    __slots__ = ("_slots", "count", "span")

    def __init__(self, count: int, span: float) -> None:
        if count < 1 or span < 0:
            raise ValueError(f"count must be >= 1 and span >= 0, not {count}, {span}")
        self.count = count
        self.span = span
        self._slots: list[_Slot] = []

    def delay(self, now: float) -> float:
        """Seconds until a slot frees up; ``inf`` when every slot waits for an answer."""
        self._slots = [s for s in self._slots if s.end + self.span > now]
        if len(self._slots) < self.count:
            return 0.0
        return min(s.end for s in self._slots) + self.span - now

    def take(self) -> _Slot:
        """Hold a slot from now on, however long the answer takes."""
        slot = _Slot()
        self._slots.append(slot)
        return slot

    def settle(self, slot: _Slot, now: float) -> None:
        slot.end = min(slot.end, now)

    @property
    def in_use(self) -> int:
        return len(self._slots)


@dataclass
class _ChatPause:
    until: float
    retry_after: float


@dataclass
class Pauses:
    """Where 429s have told us to wait.

    A 429 in a chat pauses that chat for ``retry_after``. Telegram does not say whether a
    429 is about the chat or the whole bot, so we infer it: when 429s come from
    ``FLOOD_GLOBAL_CHATS`` different chats within ``FLOOD_GLOBAL_WINDOW`` seconds, the
    bot as a whole is flooded and everything pauses for the longest ``retry_after`` seen."""

    chats: dict[int, _ChatPause] = field(default_factory=dict)
    everything_until: float = 0.0
    _recent: list[tuple[float, int, float]] = field(default_factory=list)

    def flooded(self, chat_id: int, retry_after: float, now: float) -> str:
        """Record a 429 for ``chat_id``; return the scope paused: ``"chat"`` or ``"global"``."""
        until = now + retry_after
        current = self.chats.get(chat_id)
        if current is None or current.until < until:
            self.chats[chat_id] = _ChatPause(until, retry_after)
        horizon = now - FLOOD_GLOBAL_WINDOW
        self._recent = [r for r in self._recent if r[0] > horizon and r[1] != chat_id]
        self._recent.append((now, chat_id, retry_after))
        if len({c for _, c, _ in self._recent}) >= FLOOD_GLOBAL_CHATS:
            longest = max(r for _, _, r in self._recent)
            self.everything_until = max(self.everything_until, now + longest)
            self._recent.clear()
            return "global"
        return "chat"

    def delay(self, chat_id: int | None, now: float) -> float:
        """Seconds until ``chat_id`` (None: only the global pause) may send again."""
        wait = self.everything_until - now
        if chat_id is not None and chat_id in self.chats:
            until = self.chats[chat_id].until
            if until <= now:
                del self.chats[chat_id]
            else:
                wait = max(wait, until - now)
        return max(0.0, wait)


@dataclass(eq=False, slots=True)
class Ticket:
    """What one request holds: settle it (``Limits.settle``) when its answer arrives."""

    chat_id: int
    slot: _Slot | None
    settled: bool = False


class Limits:
    """The sender's limits together: pauses, the overall window, a bucket per chat.

    ``acquire(chat_id)`` waits (anyio sleep) until ``chat_id`` may send, takes a token and
    a slot and returns the ticket; ``settle(ticket)`` when the answer is in (or the request
    was abandoned). ``global_rate == 0`` / ``chat_rate == 0``: no such limit."""

    MAX_IDLE_BUCKETS: Final = 4096
    """Full buckets beyond this many are forgotten (a full bucket equals a new one)."""

    def __init__(
        self, *, global_rate: float, global_burst: int, chat_rate: float, chat_burst: int,
    ) -> None:
        self.chat_rate = chat_rate
        self.chat_burst = chat_burst
        self.window = (
            SlidingWindow(global_burst, global_burst / global_rate) if global_rate > 0 else None
        )
        self.pauses = Pauses()
        self._buckets: dict[int, TokenBucket] = {}
        self._freed: anyio.Event | None = None

    def bucket(self, chat_id: int) -> TokenBucket:
        bucket = self._buckets.get(chat_id)
        if bucket is None:
            if len(self._buckets) >= self.MAX_IDLE_BUCKETS:
                self._forget_full(anyio.current_time())
            bucket = self._buckets[chat_id] = TokenBucket(self.chat_rate, self.chat_burst)
        return bucket

    def delay(self, chat_id: int, now: float) -> float:
        """Seconds until ``chat_id`` may send (``inf``: until some request is answered)."""
        wait = max(self.pauses.delay(chat_id, now), self.bucket(chat_id).delay(now))
        if self.window is not None:
            wait = max(wait, self.window.delay(now))
        return wait

    def take(self, chat_id: int, now: float) -> Ticket:
        self.bucket(chat_id).take(now)
        slot = self.window.take() if self.window is not None else None
        return Ticket(chat_id, slot)

    async def acquire(self, chat_id: int) -> Ticket:
        """Wait until ``chat_id`` may send; take its token and a window slot."""
        while True:
            now = anyio.current_time()
            wait = self.delay(chat_id, now)
            if wait <= 0:
                return self.take(chat_id, now)
            await self._sleep(wait)

    def settle(self, ticket: Ticket) -> None:
        """The request of ``ticket`` was answered (or abandoned) now. Idempotent."""
        if ticket.settled:
            return
        ticket.settled = True
        now = anyio.current_time()
        self.bucket(ticket.chat_id).settle(now)
        if self.window is not None and ticket.slot is not None:
            self.window.settle(ticket.slot, now)
            if self._freed is not None:
                self._freed.set()
                self._freed = None

    async def _sleep(self, seconds: float) -> None:
        # Sleep at most ``seconds``, but wake early when a window slot is settled: its end
        # (and so the next free slot) was unknown while the request was in flight.
        if self.window is None:
            await anyio.sleep(seconds)
            return
        if self._freed is None:
            self._freed = anyio.Event()
        freed = self._freed
        with anyio.move_on_after(seconds):
            await freed.wait()

    def _forget_full(self, now: float) -> None:
        for chat_id in [c for c, b in self._buckets.items() if b.full(now)]:
            del self._buckets[chat_id]
