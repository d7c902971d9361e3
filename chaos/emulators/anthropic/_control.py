"""The control API: JSON endpoints under ``/_emu/`` mirroring the Python control methods.

No key needed (the server listens on 127.0.0.1 only). Every answer is JSON.

- ``GET /_emu/requests`` → ``{"requests": [RecordedRequest, ...]}``;
- ``GET /_emu/wait?count=N&timeout=S`` → long-poll until N requests have arrived since the
  last reset: 200 ``{"requests": [...]}``, or 408 ``{"error": ...}`` after S seconds
  (default 5);
- ``GET /_emu/faults`` → ``{"faults": [FaultRule, ...]}``;
- ``POST /_emu/faults`` with a ``FaultSpec`` object, e.g. ``{"kind": "rate_limit",
  "times": 1, "retry_after": 1}`` → 201 ``{"fault": FaultRule}``; 400 on a bad spec;
- ``DELETE /_emu/faults`` → remove every rule;
- ``POST /_emu/reset`` → clear log and faults, release hung requests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec
from aiohttp import web

from ._faults import FaultSpec

if TYPE_CHECKING:
    from ._server import AnthropicEmulator

_EMULATOR: web.AppKey[AnthropicEmulator] = web.AppKey("anthropic_emulator")


def add_control_routes(app: web.Application, emulator: AnthropicEmulator) -> None:
    """Mount the ``/_emu/`` endpoints on ``app``, controlling ``emulator``."""
    app[_EMULATOR] = emulator
    app.router.add_get("/_emu/requests", _get_requests)
    app.router.add_get("/_emu/wait", _wait)
    app.router.add_get("/_emu/faults", _get_faults)
    app.router.add_post("/_emu/faults", _post_fault)
    app.router.add_delete("/_emu/faults", _delete_faults)
    app.router.add_post("/_emu/reset", _reset)


async def _get_requests(request: web.Request) -> web.Response:
    return _json({"requests": request.app[_EMULATOR].requests})


async def _wait(request: web.Request) -> web.Response:
    try:
        count = int(request.query.get("count", "1"))
        timeout = float(request.query.get("timeout", "5"))
    except ValueError:
        return _json({"error": "count must be an integer and timeout a number"}, 400)
    try:
        entries = await request.app[_EMULATOR].wait_for_requests(count, timeout=timeout)
    except TimeoutError:
        return _json({"error": f"fewer than {count} requests after {timeout} s"}, 408)
    return _json({"requests": entries})


async def _get_faults(request: web.Request) -> web.Response:
    return _json({"faults": request.app[_EMULATOR].faults})


async def _post_fault(request: web.Request) -> web.Response:
    try:
        spec = msgspec.json.decode(await request.read(), type=FaultSpec)
    except msgspec.ValidationError as exc:
        return _json({"error": str(exc)}, 400)
    except msgspec.DecodeError as exc:
        return _json({"error": f"body is not JSON: {exc}"}, 400)
    return _json({"fault": request.app[_EMULATOR].add_fault(spec)}, 201)


async def _delete_faults(request: web.Request) -> web.Response:
    request.app[_EMULATOR].clear_faults()
    return _json({"faults": []})


async def _reset(request: web.Request) -> web.Response:
    request.app[_EMULATOR].reset()
    return _json({"reset": True})


def _json(payload: dict[str, Any], status: int = 200) -> web.Response:
    return web.Response(
        body=msgspec.json.encode(payload), status=status, content_type="application/json"
    )
