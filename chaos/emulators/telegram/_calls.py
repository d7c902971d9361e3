"""The call log: every Bot API request the emulator answered, and waiting on it.

An entry holds the canonical method name, the bot id, the parameters (never the token: it
travels in the path, which is not logged), the HTTP status (``None`` for a hang, a dropped
connection or a client that left before the answer), the fault that fired, the
emulator-clock time and the response body.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

__all__ = ["CallLog", "Signal"]


class Signal:
    """Wakes waiters whenever something they may be waiting for changed."""

    def __init__(self) -> None:
        self._waiters: set[asyncio.Future[None]] = set()

    def notify(self) -> None:
        for future in self._waiters:
            if not future.done():
                future.set_result(None)
        self._waiters.clear()

    async def wait_until(self, predicate: Callable[[], bool], timeout: float) -> bool:
        """True once ``predicate()`` holds; False if ``timeout`` seconds pass first."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            future: asyncio.Future[None] = loop.create_future()
            self._waiters.add(future)
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for loses a cancellation
            # that arrives as the future completes, and a cancelled webhook delivery loop
            # then ran on forever, hanging the emulator's shutdown.
            try:
                async with asyncio.timeout(remaining):
                    await future
            except TimeoutError:
                self._waiters.discard(future)
        return True


class CallLog:
    """Append-only (until reset) list of calls, with waiting on a method count."""

    def __init__(self, signal: Signal) -> None:
        self._entries: list[dict[str, Any]] = []
        self._signal = signal
        self._seq = 0

    def record(self, entry: dict[str, Any]) -> dict[str, Any]:
        self._seq += 1
        entry["seq"] = self._seq
        self._entries.append(entry)
        self._signal.notify()
        return entry

    def clear(self) -> None:
        self._entries.clear()

    def select(
        self, method: str | None = None, *, status: int | None = None, since: int = 0
    ) -> list[dict[str, Any]]:
        """Entries with ``seq > since``, of ``method`` (case-insensitive) and ``status``."""
        wanted = method.lower() if method else None
        return [
            entry
            for entry in self._entries
            if entry["seq"] > since
            and (wanted is None or str(entry["method"]).lower() == wanted)
            and (status is None or entry["status"] == status)
        ]

    async def wait(
        self, method: str | None, count: int, timeout: float, *, status: int | None = None
    ) -> list[dict[str, Any]]:
        """The matching entries once there are ``count``; TimeoutError after ``timeout`` s."""
        done = await self._signal.wait_until(
            lambda: len(self.select(method, status=status)) >= count, timeout
        )
        if not done:
            seen = len(self.select(method, status=status))
            raise TimeoutError(f"{seen} of {count} {method or 'any'} calls after {timeout} s")
        return self.select(method, status=status)
