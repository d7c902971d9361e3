"""The bot's event loop: ``[runtime] loop`` picks uvloop or the stock asyncio loop.

uvloop (libuv underneath, its sockets and callbacks in C) shrinks the event loop's own
share of the bot's CPU; the bot's whole CPU per update on it and on the stock loop are
within the noise of each other so far (docs/ARCHITECTURE.md, section 11). Where uvloop
is not installed the bot runs on the stock loop and says so once in the log; it never
refuses to start.
Other threads are not affected: the health server runs its own stock loop in its thread.
Its protocol needs the stock loop's transports (uvloop's fail its ``asyncio.Transport``
check), so uvloop is chosen by a loop factory for the bot's thread alone, never by
installing uvloop's event loop policy for the whole process.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, Literal, TypeVar

import anyio

T = TypeVar("T")
Loop = Literal["uvloop", "asyncio"]

log = logging.getLogger(__name__)


def loop_options(loop: Loop) -> dict[str, Any]:
    """anyio's asyncio ``backend_options`` for ``loop``; the stock loop's (none) with a
    warning when uvloop is asked for and cannot be imported."""
    if loop != "uvloop":
        return {}
    try:
        import uvloop  # noqa: F401  (only probed here: anyio makes the loop)
    except ImportError:
        log.warning("[runtime] loop is uvloop, but uvloop is not installed: running on "
                    "the stock asyncio loop")
        return {}
    return {"use_uvloop": True}


def run_async(func: Callable[..., Awaitable[T]], *args: Any, loop: Loop = "uvloop") -> T:
    """``anyio.run(func, *args)`` on the asyncio backend, on the event loop ``loop``."""
    result: T = anyio.run(func, *args, backend="asyncio", backend_options=loop_options(loop))
    return result
