"""Telegram's flood control as the Bots FAQ describes it, on the emulator's clock.

* a private chat: 1 message/s with a burst of 3 (token bucket);
* a group (negative chat id): at most 20 messages in any 60 s (sliding window);
* the bot overall: at most 30 messages in any 1 s (sliding window).

A refused send is not charged, so a chat stays refused until ``retry_after`` has passed.
``retry_after`` is whole seconds, rounded up and at least 1, as the server sends it.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

__all__ = ["FloodControl", "FloodLimits"]


@dataclass(frozen=True)
class FloodLimits:
    """The limits; the defaults are the FAQ's figures."""

    private_rate: float = 1.0  # tokens per second per private chat
    private_burst: int = 3  # bucket size: a short burst is tolerated
    group_count: int = 20  # messages per group per group_window
    group_window: float = 60.0
    global_count: int = 30  # messages per bot per global_window
    global_window: float = 1.0


@dataclass
class _Bucket:
    tokens: float
    stamp: float

    def wait(self, now: float, rate: float, burst: int) -> float:
        self.tokens = min(burst, self.tokens + (now - self.stamp) * rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / rate

    def take(self) -> None:
        self.tokens -= 1


@dataclass
class _Window:
    count: int
    span: float
    stamps: deque[float] = field(default_factory=deque)

    def wait(self, now: float) -> float:
        while self.stamps and self.stamps[0] <= now - self.span:
            self.stamps.popleft()
        return 0.0 if len(self.stamps) < self.count else self.stamps[0] + self.span - now

    def take(self, now: float) -> None:
        self.stamps.append(now)


class FloodControl:
    """Per-chat and global limits for one bot; ``enabled=False`` lets everything through."""

    def __init__(self, limits: FloodLimits | None = None, *, enabled: bool = True) -> None:
        self.limits = limits or FloodLimits()
        self.enabled = enabled
        self._buckets: dict[int, _Bucket] = {}
        self._groups: dict[int, _Window] = {}
        self._global = _Window(self.limits.global_count, self.limits.global_window)

    def reset(self) -> None:
        """Forget every chat's history (used by the emulator's reset)."""
        self._buckets.clear()
        self._groups.clear()
        self._global = _Window(self.limits.global_count, self.limits.global_window)

    def acquire(self, chat_id: int, now: float) -> int:
        """Charge one message to ``chat_id``; return 0, or the retry_after (s) if refused."""
        if not self.enabled:
            return 0
        wait = max(self._global.wait(now), self._chat_wait(chat_id, now))
        if wait > 0:
            return max(1, math.ceil(wait))
        self._global.take(now)
        if chat_id < 0:
            self._groups[chat_id].take(now)
        else:
            self._buckets[chat_id].take()
        return 0

    def _chat_wait(self, chat_id: int, now: float) -> float:
        lim = self.limits
        if chat_id < 0:
            window = self._groups.setdefault(chat_id, _Window(lim.group_count, lim.group_window))
            return window.wait(now)
        bucket = self._buckets.setdefault(chat_id, _Bucket(float(lim.private_burst), now))
        return bucket.wait(now, lim.private_rate, lim.private_burst)
