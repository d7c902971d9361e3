"""Restart intensity: OTP's ``add_restart`` on float time.

Every restart event (one per failure, even when a group restarts; every retry of a failed
restart) is recorded; timestamps older than ``within`` seconds are dropped — one exactly
``within`` old is kept (``t >= now - within``) — and when more than ``max_restarts``
remain the supervisor gives up. Requested restarts (``restart_child``) are not recorded.
"""

from __future__ import annotations

from collections import deque


class RestartIntensity:
    __slots__ = ("_stamps", "max_restarts", "within")

    def __init__(self, max_restarts: int, within: float) -> None:
        self.max_restarts = max_restarts
        self.within = within
        self._stamps: deque[float] = deque()

    def add(self, now: float) -> bool:
        """Record a restart at ``now``; False when that exceeds the intensity."""
        stamps = self._stamps
        horizon = now - self.within
        while stamps and stamps[0] < horizon:
            stamps.popleft()
        stamps.append(now)
        return len(stamps) <= self.max_restarts

    def __len__(self) -> int:
        return len(self._stamps)
