"""The Telegram emulator seen through its ``/_emu`` control API, for a load and a check
that run in another process than the emulator (``python -m chaos.emulators.telegram``, or
the emulator a staging bot polls).

``RemoteTelegram`` has the few methods of ``TelegramEmulator`` that ``chaos.load`` uses
(``user_says``, ``tap_button``, ``transcript``, ``calls``, ``now``, ``wait_until`` and
``bot().queue.pending``), each one HTTP call, so ``SyntheticParents`` and ``onboard`` run
unchanged against it. Pending updates come from ``/_emu/state``: the emulator's queue holds
the ids from the oldest unconfirmed one to the newest, consecutively (``getUpdates``
confirms by offset, and ids only jump after a week without updates), so the pending ids
are the last ``pending_update_count`` ids below ``next_update_id``.

The emulator's clock is read once (``/_emu/state`` answers ``now``) and followed with this
machine's wall clock, so ``now()`` matches the call log's times.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anyio
import httpx

from chaos.emulators.telegram import ControlError

__all__ = ["Pending", "RemoteTelegram"]


@dataclass(frozen=True)
class Pending:
    update_id: int


class _Queue:
    def __init__(self, remote: RemoteTelegram) -> None:
        self._remote = remote

    def pending(self, now: float) -> list[Pending]:
        state = self._remote.state()
        newest = int(state["next_update_id"])
        count = int(state["pending_update_count"])
        return [Pending(u) for u in range(newest - count, newest)]


class _Bot:
    def __init__(self, remote: RemoteTelegram) -> None:
        self.queue = _Queue(remote)


class RemoteTelegram:
    """A client of the emulator at ``base_url`` (its ``/_emu`` API; loopback)."""

    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, trust_env=False)
        self._skew = float(self.state()["now"]) - time.time()
        self._bot = _Bot(self)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RemoteTelegram:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the TelegramEmulator methods chaos.load uses ---------------------------------------

    def now(self) -> float:
        return time.time() + self._skew

    def bot(self, bot_id: int | None = None) -> _Bot:
        return self._bot

    def state(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/_emu/state")
        return result

    def user_says(self, user_id: int, text: str, *, language_code: str | None = None,
                  **profile: Any) -> dict[str, Any]:
        body = {"text": text, "language_code": language_code, **profile}
        result: dict[str, Any] = self._call("POST", f"/_emu/users/{user_id}/message", body)
        return result

    def users_say(self, messages: list[tuple[int, str]], *,
                  language_code: str | None = None) -> list[dict[str, Any]]:
        """``(user_id, text)`` pairs queued at once (``/_emu/messages``): a waiting long
        poll answers them in one batch."""
        body = {"messages": [{"user_id": user, "text": text, "language_code": language_code}
                             for user, text in messages]}
        result: list[dict[str, Any]] = self._call("POST", "/_emu/messages", body)
        return result

    def tap_button(self, chat_id: int, message_id: int, *, data: str | None = None,
                   text: str | None = None, user_id: int | None = None) -> dict[str, Any]:
        body = {"chat_id": chat_id, "message_id": message_id, "data": data,
                "button_text": text, "user_id": user_id}
        result: dict[str, Any] = self._call("POST", "/_emu/callback",
                                            {k: v for k, v in body.items() if v is not None})
        return result

    def transcript(self, chat_id: int) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._call("GET", f"/_emu/chats/{chat_id}")
        return result

    def calls(self, method: str | None = None, *, status: int | None = None,
              since: int = 0) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"since": since}
        if method is not None:
            params["method"] = method
        if status is not None:
            params["status"] = status
        result: list[dict[str, Any]] = self._call("GET", "/_emu/calls", params=params)
        return result

    async def wait_until(self, predicate: Callable[[], bool], *, timeout: float = 5.0,
                         poll: float = 0.05) -> None:
        """Until ``predicate()`` holds, re-checked every ``poll`` seconds; TimeoutError
        after ``timeout``."""
        with anyio.move_on_after(timeout):
            while not predicate():  # noqa: ASYNC110 (the state is in another process)
                await anyio.sleep(poll)
            return
        raise TimeoutError(f"condition not met within {timeout} s")

    # -- faults and the rest of the control API ---------------------------------------------

    def add_fault(self, **fault: Any) -> dict[str, Any]:
        result: dict[str, Any] = self._call("POST", "/_emu/faults", fault)
        return result

    def clear_faults(self) -> None:
        self._call("DELETE", "/_emu/faults")

    def faults(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._call("GET", "/_emu/faults")
        return result

    def wait_polling(self, timeout: float) -> None:
        self._call("GET", "/_emu/wait_polling", params={"timeout": timeout},
                   timeout=timeout + 5)

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None, *,
              params: dict[str, Any] | None = None, timeout: float | None = None) -> Any:
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        response = self._http.request(method, path, json=body, params=params, **extra)
        try:
            answer = response.json()
        except ValueError:
            raise ControlError(f"{method} {path}: HTTP {response.status_code}, not JSON") \
                from None
        if response.status_code == 408:
            raise TimeoutError(str(answer.get("description")))
        if not answer.get("ok"):
            raise ControlError(f"{method} {path}: {answer.get('description')}")
        return answer["result"]
