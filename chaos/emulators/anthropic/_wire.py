"""The Messages API on the wire: request validation, response and error bodies, ids, headers.

Shapes follow https://docs.claude.com/en/api/messages and /en/api/errors:

- success: ``{"id": "msg_…", "type": "message", "role": "assistant", "model": <echo>,
  "content": [{"type": "text", "text": …}], "stop_reason", "stop_sequence", "usage": {…}}``;
- error: ``{"type": "error", "error": {"type": <error type>, "message": …},
  "request_id": "req_…"}``; every response also carries a ``request-id`` header.

Validation covers what the real API rejects and the SDK does not check first; anything
else in the body (``temperature``, ``metadata``, ``tools``, future fields) is ignored.
"""

from __future__ import annotations

import math
import secrets
import string
from typing import Any, Final

_ID_ALPHABET: Final = string.ascii_letters + string.digits
_ROLES: Final = ("user", "assistant")

API_KEY_HEADER: Final = "x-api-key"
REQUEST_ID_HEADER: Final = "request-id"


class InvalidRequest(Exception):
    """The request body breaks the Messages API contract; ``str(exc)`` is the API message."""


def new_request_id() -> str:
    """A fresh ``req_…`` id in the real API's style."""
    return "req_01" + _random_id(22)


def new_message_id() -> str:
    """A fresh ``msg_…`` id in the real API's style."""
    return "msg_01" + _random_id(22)


def presented_key(headers: Any) -> str | None:
    """The API key a request presents: ``x-api-key``, else ``Authorization: Bearer <key>``."""
    key = headers.get(API_KEY_HEADER)
    if key:
        return str(key)
    scheme, _, token = str(headers.get("authorization", "")).partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def validate(body: object) -> dict[str, Any]:
    """Return ``body`` as a Messages request or raise ``InvalidRequest`` saying what is wrong."""
    if not isinstance(body, dict):
        raise InvalidRequest("request body must be a JSON object")
    _check_model(body)
    _check_max_tokens(body)
    _check_messages(body)
    _check_system(body.get("system"))
    _check_stop_sequences(body.get("stop_sequences"))
    if body.get("stream") is True:
        raise InvalidRequest("stream: streaming is not supported by this emulator; send false")
    return body


def finish(
    text: str, max_tokens: int, stop_sequences: list[str] | None
) -> tuple[str, str, str | None]:
    """Apply the request's stop rules to the model's text.

    Returns ``(text, stop_reason, stop_sequence)``: cut at the first stop sequence found
    (``"stop_sequence"``), else at ``max_tokens`` estimated tokens (``"max_tokens"``), else
    whole (``"end_turn"``).
    """
    hits = [(text.find(s), s) for s in stop_sequences or () if s and s in text]
    if hits:
        at, sequence = min(hits)
        return text[:at], "stop_sequence", sequence
    if count_tokens(text) > max_tokens:
        return text[: max_tokens * 4], "max_tokens", None
    return text, "end_turn", None


def count_tokens(text: str) -> int:
    """A token estimate: one token per four characters, at least one."""
    return max(1, math.ceil(len(text) / 4))


def message_body(
    *, model: str, text: str, stop_reason: str, stop_sequence: str | None, input_tokens: int
) -> dict[str, Any]:
    """A successful Messages response holding one text block."""
    return {
        "id": new_message_id(),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": {
            "input_tokens": input_tokens,
            "output_tokens": count_tokens(text),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "service_tier": "standard",
        },
    }


def error_body(error_type: str, message: str, request_id: str) -> dict[str, Any]:
    """An error response body exactly as the real API shapes it."""
    return {
        "type": "error",
        "error": {"type": error_type, "message": message},
        "request_id": request_id,
    }


def format_seconds(seconds: float) -> str:
    """A ``retry-after`` value: whole seconds as an integer, otherwise a decimal."""
    return str(int(seconds)) if float(seconds).is_integer() else repr(float(seconds))


def _random_id(length: int) -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(length))


def _check_model(body: dict[str, Any]) -> None:
    if "model" not in body:
        raise InvalidRequest("model: Field required")
    if not isinstance(body["model"], str) or not body["model"]:
        raise InvalidRequest("model: Input should be a non-empty string")


def _check_max_tokens(body: dict[str, Any]) -> None:
    if "max_tokens" not in body:
        raise InvalidRequest("max_tokens: Field required")
    value = body["max_tokens"]
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidRequest("max_tokens: Input should be a valid integer")
    if value < 1:
        raise InvalidRequest("max_tokens: Input should be greater than or equal to 1")


def _check_messages(body: dict[str, Any]) -> None:
    if "messages" not in body:
        raise InvalidRequest("messages: Field required")
    messages = body["messages"]
    if not isinstance(messages, list):
        raise InvalidRequest("messages: Input should be a valid list")
    if not messages:
        raise InvalidRequest("messages: at least one message is required")
    for index, message in enumerate(messages):
        _check_message(index, message)


def _check_message(index: int, message: object) -> None:
    where = f"messages.{index}"
    if not isinstance(message, dict):
        raise InvalidRequest(f"{where}: Input should be a valid dictionary")
    if message.get("role") not in _ROLES:
        raise InvalidRequest(f"{where}.role: Input should be 'user' or 'assistant'")
    if "content" not in message:
        raise InvalidRequest(f"{where}.content: Field required")
    _check_content(f"{where}.content", message["content"])


def _check_system(system: object) -> None:
    if system is not None:
        _check_content("system", system)


def _check_content(where: str, content: object) -> None:
    if isinstance(content, str):
        return
    if not isinstance(content, list):
        raise InvalidRequest(f"{where}: Input should be a valid string or list of blocks")
    for index, block in enumerate(content):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise InvalidRequest(f"{where}.{index}: each content block needs a string 'type'")
        if block["type"] == "text" and not isinstance(block.get("text"), str):
            raise InvalidRequest(f"{where}.{index}.text: Field required")


def _check_stop_sequences(value: object) -> None:
    if value is not None and not (
        isinstance(value, list) and all(isinstance(s, str) for s in value)
    ):
        raise InvalidRequest("stop_sequences: Input should be a valid list of strings")
