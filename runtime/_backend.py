"""The one place with backend-specific code: the lightest single-waiter event.

The kernel waits on a one-shot event whenever a hand-over cannot complete at once: the
reader of an empty mailbox, and an asker waiting for its reply. Each of those has exactly
one waiter. anyio's ``Event`` on asyncio wraps ``asyncio.Event`` (a deque of futures); for
one waiter a bare future does the same job for about a third less, and is what
``asyncio.Queue`` itself uses. On trio, anyio's event is already trio's own.

Semantics on both backends: ``set()`` is idempotent and remembered, ``wait()`` returns at
once (after a checkpoint) when set, and a cancelled ``wait()`` leaves the event usable.
Never let two tasks wait on one of these at the same time: use ``anyio.Event`` for that.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Protocol

import anyio
import anyio.lowlevel
import sniffio


class Waiter(Protocol):
    def set(self) -> None: ...

    def is_set(self) -> bool: ...

    async def wait(self) -> None: ...


def single_waiter_factory() -> Callable[[], Waiter]:
    """A factory of single-waiter events for the running event loop (call inside it)."""
    if sniffio.current_async_library() == "asyncio":
        return _future_waiter(asyncio.get_running_loop())
    event_class: Callable[[], Waiter] = type(anyio.Event())
    return event_class


def _future_waiter(loop: asyncio.AbstractEventLoop) -> Callable[[], Waiter]:
    create_future = loop.create_future

    class FutureWaiter:
        __slots__ = ("_flag", "_future")

        def __init__(self) -> None:
            self._flag = False
            self._future: asyncio.Future[None] | None = None

        def set(self) -> None:
            self._flag = True
            future = self._future
            if future is not None and not future.done():
                future.set_result(None)

        def is_set(self) -> bool:
            return self._flag

        async def wait(self) -> None:
            if self._flag:
                await anyio.lowlevel.checkpoint()
                return
            future = self._future
            if future is None or future.done():  # done here means a cancelled earlier wait
                future = self._future = create_future()
            await future

    return FutureWaiter
