"""Bot API parameters: read from any of the four transports, then typed one by one.

The query string and the body are merged (the body wins). A JSON body keeps its types;
form, multipart and query values are text, so object parameters (``reply_markup``,
``allowed_updates``, ``commands``…) arrive as JSON text there and are decoded on use.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from ._errors import bad_request

__all__ = ["get_bool", "get_float", "get_int", "get_json", "get_str", "read_params"]

_FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}
MISSING: Any = object()


async def read_params(request: web.Request) -> dict[str, Any]:
    """Merge query-string and body parameters; a malformed body is a 400."""
    params: dict[str, Any] = dict(request.query)
    if not request.can_read_body:
        return params
    if request.content_type == "application/json":
        params.update(await _json_body(request))
    elif request.content_type in _FORM_TYPES:
        form = await request.post()
        for key, value in form.items():
            params[key] = value if isinstance(value, str) else _describe_upload(value)
    return params


def _describe_upload(value: object) -> str:
    # Uploads are not emulated; the call log shows that one arrived.
    return f"<file {getattr(value, 'filename', '')}>"


async def _json_body(request: web.Request) -> dict[str, Any]:
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except ValueError:
        raise bad_request("can't parse JSON object") from None
    if not isinstance(body, dict):
        raise bad_request("JSON object expected")
    return body


def get_str(params: dict[str, Any], name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)


def get_int(params: dict[str, Any], name: str, default: int | None = None) -> int | None:
    """An integer parameter; absent or unparsable gives ``default`` (the server is lenient)."""
    value = params.get(name)
    if value is None or isinstance(value, bool):
        return default
    try:
        return int(value) if not isinstance(value, str) else int(value.strip())
    except (TypeError, ValueError):
        return default


def get_float(params: dict[str, Any], name: str, default: float) -> float:
    """A number; the emulator accepts fractions (Telegram takes whole seconds only)."""
    value = params.get(name)
    if value is None or isinstance(value, bool):
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def get_bool(params: dict[str, Any], name: str) -> bool:
    value = params.get(name)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1")
    return bool(value)


def get_json(params: dict[str, Any], name: str) -> Any:
    """An object parameter: nested JSON as is, JSON text decoded; MISSING when absent.

    Raises ValueError for text that is not JSON.
    """
    if name not in params or params[name] is None:
        return MISSING
    value = params[name]
    return json.loads(value) if isinstance(value, str) else value
