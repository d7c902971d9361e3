"""The HTTP API, route for route as Toxiproxy's ``api.go`` (aiohttp, asyncio only).

| route | answer |
|---|---|
| ``GET /proxies`` | 200 ``{name: proxy}`` |
| ``POST /proxies`` | 201 proxy; 400 bad body or missing name/upstream; 409 exists |
| ``POST /populate`` | 201 ``{"proxies": [...]}``; an error: its status, fields, proxies done |
| ``GET /proxies/{proxy}`` | 200 proxy; 404 |
| ``POST|PATCH /proxies/{proxy}`` | 200 proxy (listen, upstream, enabled) |
| ``DELETE /proxies/{proxy}`` | 204 |
| ``GET /proxies/{proxy}/toxics`` | 200 list of toxics |
| ``POST /proxies/{proxy}/toxics`` | 200 toxic (Toxiproxy answers 200 here, not 201); 400; 409 |
| ``GET /proxies/{proxy}/toxics/{toxic}`` | 200 toxic; 404 |
| ``POST|PATCH /proxies/{proxy}/toxics/{toxic}`` | 200 toxic (attributes, toxicity) |
| ``DELETE /proxies/{proxy}/toxics/{toxic}`` | 204 |
| ``POST /reset`` | 204 |
| ``GET /version`` | 200 ``{"version": "..."}`` |
| ``GET /metrics`` | 200 Prometheus text |

A proxy is ``{"name", "listen", "upstream", "enabled", "toxics"}``, a toxic
``{"attributes", "name", "type", "stream", "toxicity"}``; errors are
``{"error": message, "status": code}``. As in Toxiproxy, a request whose User-Agent starts
with ``Mozilla/`` is refused with 403, so a web page cannot drive the API from a browser.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from aiohttp import web
from aiohttp.typedefs import Handler

from ._model import VERSION, ApiError, bad_body

if TYPE_CHECKING:
    from ._server import FaultProxy

_FP: web.AppKey[FaultProxy] = web.AppKey("faultproxy")


@asynccontextmanager
async def serve_api(fp: FaultProxy, host: str, port: int) -> AsyncIterator[int]:
    """Serve the API for ``fp`` on ``host:port`` while the block runs; yields the bound
    port. Raises ``OSError`` when the port is taken."""
    app = web.Application(middlewares=[_errors])
    app[_FP] = fp
    _add_routes(app)
    runner = web.AppRunner(app, handler_cancellation=True, access_log=None,
                           shutdown_timeout=1.0)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        yield int(runner.addresses[0][1])
    finally:
        await runner.cleanup()


@web.middleware
async def _errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.headers.get("User-Agent", "").startswith("Mozilla/"):
        return web.Response(status=403, text="User agent not allowed\n")
    try:
        return await handler(request)
    except ApiError as exc:
        return _json(exc.to_json(), exc.status)


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status)


async def _body(request: web.Request) -> Any:
    raw = await request.read()
    if not raw.strip():
        raise bad_body("EOF")
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise bad_body(str(exc)) from None


def _fp(request: web.Request) -> FaultProxy:
    return request.app[_FP]


def _add_routes(app: web.Application) -> None:
    r = app.router
    r.add_post("/reset", _reset)
    r.add_get("/proxies", _proxy_index)
    r.add_post("/proxies", _proxy_create)
    r.add_post("/populate", _populate)
    r.add_get("/proxies/{proxy}", _proxy_show)
    r.add_post("/proxies/{proxy}", _proxy_update)
    r.add_patch("/proxies/{proxy}", _proxy_update)
    r.add_delete("/proxies/{proxy}", _proxy_delete)
    r.add_get("/proxies/{proxy}/toxics", _toxic_index)
    r.add_post("/proxies/{proxy}/toxics", _toxic_create)
    r.add_get("/proxies/{proxy}/toxics/{toxic}", _toxic_show)
    r.add_post("/proxies/{proxy}/toxics/{toxic}", _toxic_update)
    r.add_patch("/proxies/{proxy}/toxics/{toxic}", _toxic_update)
    r.add_delete("/proxies/{proxy}/toxics/{toxic}", _toxic_delete)
    r.add_get("/version", _version)
    r.add_get("/metrics", _metrics)


async def _reset(request: web.Request) -> web.Response:
    await _fp(request).reset()
    return web.Response(status=204)


async def _proxy_index(request: web.Request) -> web.Response:
    return _json({name: p.to_json() for name, p in _fp(request).proxies.items()})


async def _proxy_create(request: web.Request) -> web.Response:
    proxy = await _fp(request).create_proxy_from(await _body(request))
    return _json(proxy.to_json(), 201)


async def _populate(request: web.Request) -> web.Response:
    try:
        done, failure = await _fp(request).populate_from(await _body(request))
    except ApiError as exc:  # nothing was changed: Toxiproxy answers "proxies": null
        return _json({**exc.to_json(), "proxies": None}, exc.status)
    answer: dict[str, Any] = {"proxies": [p.to_json() for p in done]}
    if failure is None:
        return _json(answer, 201)
    return _json({**failure.to_json(), **answer}, failure.status)


async def _proxy_show(request: web.Request) -> web.Response:
    return _json(_fp(request).proxy(request.match_info["proxy"]).to_json())


async def _proxy_update(request: web.Request) -> web.Response:
    fp, name = _fp(request), request.match_info["proxy"]
    fp.proxy(name)  # 404 before reading the body, as Toxiproxy
    proxy = await fp.update_proxy_from(name, await _body(request))
    return _json(proxy.to_json())


async def _proxy_delete(request: web.Request) -> web.Response:
    await _fp(request).delete_proxy(request.match_info["proxy"])
    return web.Response(status=204)


async def _toxic_index(request: web.Request) -> web.Response:
    proxy = _fp(request).proxy(request.match_info["proxy"])
    return _json([t.to_json() for t in proxy.toxic_list()])


async def _toxic_create(request: web.Request) -> web.Response:
    fp, name = _fp(request), request.match_info["proxy"]
    fp.proxy(name)
    toxic = await fp.add_toxic_from(name, await _body(request))
    return _json(toxic.to_json())


async def _toxic_show(request: web.Request) -> web.Response:
    m = request.match_info
    return _json(_fp(request).toxic(m["proxy"], m["toxic"]).to_json())


async def _toxic_update(request: web.Request) -> web.Response:
    fp, m = _fp(request), request.match_info
    fp.toxic(m["proxy"], m["toxic"])
    toxic = await fp.update_toxic_from(m["proxy"], m["toxic"], await _body(request))
    return _json(toxic.to_json())


async def _toxic_delete(request: web.Request) -> web.Response:
    m = request.match_info
    await _fp(request).remove_toxic(m["proxy"], m["toxic"])
    return web.Response(status=204)


async def _version(request: web.Request) -> web.Response:
    return web.Response(text=json.dumps({"version": VERSION}) + "\n",
                        content_type="application/json", charset="utf-8")


async def _metrics(request: web.Request) -> web.Response:
    return web.Response(text=_fp(request).metrics_text(), content_type="text/plain",
                        charset="utf-8")
