"""The one place with backend-specific code: the lightest waiters and the clock.

The kernel waits whenever a hand-over cannot complete at once: the reader of an empty
mailbox, an asker waiting for its reply, a parent waiting for a child's start. Each of
those has exactly one waiter, so the kernel uses the cheapest one-waiter primitive each
backend has instead of anyio's general ``Event``:

* a **single-waiter event** (``single_waiter_factory``: ``set``/``is_set``/``wait``) for
  starts and ends of incarnations. On asyncio a bare future does the job of
  ``asyncio.Event`` (a deque of futures) for about a third less; on trio, anyio's event is
  already trio's own. ``set()`` is idempotent and remembered, ``wait()`` returns at once
  (after a checkpoint) when set, and a cancelled ``wait()`` leaves the event usable.
* a **one-shot future** (``one_shot_factory``: ``done``/``set_result``/``set_exception``,
  awaited for its value) for the two hottest waits: a mailbox's reader and an ask's
  reply. On asyncio it is the loop's own future, the very thing ``asyncio.Queue`` uses;
  on trio a trio ``Event`` with a value. Always check ``done()`` before setting one.
  Awaiting it once is the contract; a cancelled await leaves it done (asyncio) or unset
  (trio), and the setter's ``done()`` check makes either harmless.

Never let two tasks wait on one of these at the same time: use ``anyio.Event`` for that.

``monotonic_clock`` is ``anyio.current_time`` without anyio's per-call backend lookup:
the running loop's ``time`` on asyncio, ``trio.current_time`` on trio (so trio's
``MockClock`` still drives it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Generator
from typing import Any, Protocol, cast

import anyio
import anyio.lowlevel
import sniffio


class Waiter(Protocol):
    def set(self) -> None: ...

    def is_set(self) -> bool: ...

    async def wait(self) -> None: ...


class OneShot(Protocol):
    """A value delivered once: the subset of ``asyncio.Future`` the kernel uses."""

    def done(self) -> bool: ...

    def set_result(self, result: Any, /) -> None: ...

    def set_exception(self, exception: BaseException, /) -> None: ...

    def __await__(self) -> Generator[Any, None, Any]: ...


def _on_asyncio() -> bool:
    return sniffio.current_async_library() == "asyncio"


def single_waiter_factory() -> Callable[[], Waiter]:
    """A factory of single-waiter events for the running event loop (call inside it)."""
    if _on_asyncio():
        return _future_waiter(asyncio.get_running_loop())
    event_class: Callable[[], Waiter] = type(anyio.Event())
    return event_class


def one_shot_factory() -> Callable[[], OneShot]:
    """A factory of one-shot futures for the running event loop (call inside it)."""
    if _on_asyncio():
        return cast("Callable[[], OneShot]", asyncio.get_running_loop().create_future)
    return _TrioOneShot


def monotonic_clock() -> Callable[[], float]:
    """``anyio.current_time`` of the running event loop, as a plain callable."""
    if _on_asyncio():
        return asyncio.get_running_loop().time
    import trio

    return trio.current_time


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


class _TrioOneShot:
    """A one-shot future on trio: a trio ``Event`` and the value (or error) it carries."""

    __slots__ = ("_error", "_event", "_value")

    def __init__(self) -> None:
        import trio

        self._event = trio.Event()
        self._value: Any = None
        self._error: BaseException | None = None

    def done(self) -> bool:
        return self._event.is_set()

    def set_result(self, result: Any, /) -> None:
        self._value = result
        self._event.set()

    def set_exception(self, exception: BaseException, /) -> None:
        self._error = exception
        self._event.set()

    def __await__(self) -> Generator[Any, None, Any]:
        yield from self._event.wait().__await__()
        if self._error is not None:
            raise self._error
        return self._value
