"""The emulator's errors.

::

    Exception
    ├── ApiError          a Bot API refusal; becomes Telegram's error envelope, HTTP status = code
    └── ValueError
        └── ControlError  a bad /_emu request or Python control call (unknown chat, no button…)

``ApiError`` never leaves the emulator: the server turns it into
``{"ok": false, "error_code": code, "description": …, "parameters": …}``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "ControlError", "bad_request", "forbidden", "too_many_requests"]


class ApiError(Exception):
    """Raised by a method handler to refuse a call exactly as Telegram would.

    ``description`` is the full server wording (``"Bad Request: chat not found"``);
    ``parameters`` is ResponseParameters (``retry_after``, ``migrate_to_chat_id``) or empty.
    """

    def __init__(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{code} {description}")
        self.code = code
        self.description = description
        self.parameters = parameters or {}

    def envelope(self) -> dict[str, Any]:
        """The JSON body Telegram sends: ``parameters`` only when non-empty."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = dict(self.parameters)
        return body


class ControlError(ValueError):
    """Raised by the control API (Python or ``/_emu``) for a request it cannot honour."""


def bad_request(detail: str, parameters: dict[str, Any] | None = None) -> ApiError:
    """A 400 with Telegram's ``Bad Request: `` prefix."""
    return ApiError(400, f"Bad Request: {detail}", parameters)


def forbidden(detail: str) -> ApiError:
    """A 403 with Telegram's ``Forbidden: `` prefix."""
    return ApiError(403, f"Forbidden: {detail}")


def too_many_requests(retry_after: int) -> ApiError:
    """A 429 carrying ``parameters.retry_after`` and the matching description."""
    return ApiError(
        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
    )
