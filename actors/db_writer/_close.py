"""Closing asyncpg connections and pools without hanging: the one way this package does it."""

from __future__ import annotations

from typing import Any

import anyio

__all__ = ["close_or_terminate"]


async def close_or_terminate(target: Any, timeout: float = 1.0) -> None:
    """Close an asyncpg connection or pool gracefully within ``timeout`` seconds, shielded
    from cancellation, else terminate it. A graceful close can wait forever on a frozen
    server or on a pool connection whose acquire was cancelled (asyncpg's known hangs,
    docs/notes/reliability.md §4.1); a failed close terminates too."""
    with anyio.CancelScope(shield=True):
        with anyio.move_on_after(timeout):
            try:
                await target.close()
                return
            except Exception:  # any failure falls through to terminate
                pass
        target.terminate()
