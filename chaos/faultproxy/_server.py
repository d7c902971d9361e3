"""``FaultProxy``: the proxies, what changes them, and the HTTP API in front of them.

Every change goes through one method here, from Python or from the HTTP API
(``_api``), under one lock and shielded from cancellation, so a client hanging up halfway
never leaves a chain half spliced.
"""

from __future__ import annotations

import json
import logging
import os
import random
from collections.abc import Mapping
from contextlib import AsyncExitStack
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import anyio
import anyio.abc

from ._model import (
    API_PORT,
    DIRECTIONS,
    PROXY_EXISTS,
    PROXY_NOT_FOUND,
    TOXIC_NOT_FOUND,
    ApiError,
    ProxyFields,
    Toxic,
    bad_body,
    error,
    parse_new_proxy,
    parse_new_toxic,
    parse_proxy_update,
    parse_toxic_update,
)
from ._proxy import Proxy

log = logging.getLogger("chaos.faultproxy")

class FaultProxy:
    """A Toxiproxy-compatible fault proxy, in process::

        async with FaultProxy(port=0, seed=7) as fp:          # API on a free port
            pg = await fp.create_proxy("postgres", upstream="127.0.0.1:5432")
            await fp.add_toxic("postgres", "latency", attributes={"latency": 150})
            ...  # clients connect to pg.listen_port; SRE tools to fp.api_url
            await fp.remove_toxic("postgres", "latency_downstream")

    ``host``/``port``: where the HTTP API listens (default 127.0.0.1:8474, Toxiproxy's
    port; 0 picks a free one; ``None`` runs no API, which also works on trio).
    ``seed`` seeds the random source of toxicity rolls, jitter and slicer cuts (None: from
    the system). ``config``: proxies to create at start, a populate list or the path of a
    JSON file holding one (Toxiproxy's ``-config``).

    Errors are :class:`ApiError`, with the status the HTTP API answers. The proxies run
    on anyio; the HTTP API is aiohttp, so asyncio only.
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int | None = API_PORT,
                 seed: int | None = None,
                 config: str | os.PathLike[str] | list[Any] | None = None) -> None:
        self._host = host
        self._requested_port = port
        self._port: int | None = None
        self._rng = random.Random(seed)
        self.seed = seed
        self._config = config
        self._proxies: dict[str, Proxy] = {}
        self._lock = anyio.Lock()
        self._stack: AsyncExitStack | None = None
        self._task_group: anyio.abc.TaskGroup | None = None

    def __repr__(self) -> str:
        where = self.api_url if self._port is not None else "no API"
        return f"<FaultProxy {where}, {len(self._proxies)} proxies>"

    # -- lifecycle -------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        if self._stack is not None:
            raise RuntimeError("the fault proxy is already running")
        stack = AsyncExitStack()
        await stack.__aenter__()
        try:
            self._task_group = await stack.enter_async_context(anyio.create_task_group())
            stack.push_async_callback(self._stop_everything)
            if self._requested_port is not None:
                from ._api import serve_api

                self._port = await stack.enter_async_context(
                    serve_api(self, self._host, self._requested_port))
            if self._config is not None:
                await self.populate(load_config(self._config))
        except BaseException:
            await stack.__aexit__(None, None, None)
            raise
        self._stack = stack
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        stack, self._stack = self._stack, None
        if stack is not None:
            await stack.__aexit__(exc_type, exc, tb)

    async def _stop_everything(self) -> None:
        with anyio.CancelScope(shield=True):
            for proxy in list(self._proxies.values()):
                await proxy.stop()
        if self._task_group is not None:
            self._task_group.cancel_scope.cancel()

    @property
    def api_port(self) -> int:
        """The HTTP API's port. Raises ``RuntimeError`` when no API runs."""
        if self._port is None:
            raise RuntimeError("the HTTP API is not running")
        return self._port

    @property
    def api_url(self) -> str:
        """``http://HOST:PORT``: what Toxiproxy clients take as their server."""
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.api_port}"

    # -- reading ---------------------------------------------------------------------------

    @property
    def proxies(self) -> Mapping[str, Proxy]:
        return dict(self._proxies)

    def proxy(self, name: str) -> Proxy:
        """The proxy called ``name``; :class:`ApiError` 404 if there is none."""
        try:
            return self._proxies[name]
        except KeyError:
            raise error(PROXY_NOT_FOUND) from None

    def toxic(self, proxy: str, name: str) -> Toxic:
        found = self.proxy(proxy).find_toxic(name)
        if found is None:
            raise error(TOXIC_NOT_FOUND)
        return found

    # -- proxies ---------------------------------------------------------------------------

    async def create_proxy(self, name: str, upstream: str, listen: str = "127.0.0.1:0",
                           enabled: bool = True) -> Proxy:
        """A new proxy (409 if the name exists), listening unless ``enabled`` is false."""
        body = {"name": name, "upstream": upstream, "listen": listen, "enabled": enabled}
        return await self.create_proxy_from(body)

    async def create_proxy_from(self, body: object) -> Proxy:
        """``POST /proxies``."""
        fields = parse_new_proxy(body)
        async with self._changing():
            if fields.name in self._proxies:
                raise error(PROXY_EXISTS)
            proxy = self._new_proxy(fields)
            if fields.enabled:
                await proxy.start()
            self._proxies[fields.name] = proxy
            return proxy

    async def populate(self, body: object) -> list[Proxy]:
        """``POST /populate``: create each proxy of the list, or replace one of the same
        name whose listen address or upstream differs; an identical one is left as it is.
        Every item is checked before anything changes. Raises the first error."""
        done, failure = await self.populate_from(body)
        if failure is not None:
            raise failure
        return done

    async def populate_from(self, body: object) -> tuple[list[Proxy], ApiError | None]:
        """:meth:`populate`, returning the proxies done so far with the error that stopped
        it (the HTTP answer carries both)."""
        if not isinstance(body, list):
            raise bad_body("expected a JSON list of proxies")
        wanted = [parse_new_proxy(item, f" at proxy {i}") for i, item in enumerate(body, 1)]
        done: list[Proxy] = []
        async with self._changing():
            for fields in wanted:
                existing = self._proxies.get(fields.name)
                if existing is not None:
                    if not await existing.differs(fields):
                        done.append(existing)
                        continue
                    await existing.stop()
                    del self._proxies[fields.name]
                proxy = self._new_proxy(fields)
                if fields.enabled:
                    try:
                        await proxy.start()
                    except ApiError as exc:
                        return done, exc
                self._proxies[fields.name] = proxy
                done.append(proxy)
        return done, None

    async def update_proxy(self, name: str, *, listen: str | None = None,
                           upstream: str | None = None, enabled: bool | None = None) -> Proxy:
        body = {k: v for k, v in (("listen", listen), ("upstream", upstream),
                                  ("enabled", enabled)) if v is not None}
        return await self.update_proxy_from(name, body)

    async def update_proxy_from(self, name: str, body: object) -> Proxy:
        """``POST /proxies/{name}``: a new listen address or upstream restarts the proxy
        (its connections drop); ``enabled`` false closes the listener and every connection,
        true listens again (on the port it had)."""
        async with self._changing():
            proxy = self.proxy(name)
            fields = parse_proxy_update(proxy.fields, body)
            if await proxy.differs(fields):
                await proxy.stop()
                proxy.listen, proxy.upstream = fields.listen, fields.upstream
            if fields.enabled and not proxy.enabled:
                await proxy.start()
            elif not fields.enabled:
                await proxy.stop()
            return proxy

    async def enable(self, name: str) -> Proxy:
        return await self.update_proxy(name, enabled=True)

    async def disable(self, name: str) -> Proxy:
        return await self.update_proxy(name, enabled=False)

    async def delete_proxy(self, name: str) -> None:
        """``DELETE /proxies/{name}``: stops it and forgets it."""
        async with self._changing():
            proxy = self.proxy(name)
            await proxy.stop()
            del self._proxies[name]

    async def reset(self) -> None:
        """``POST /reset``: every proxy enabled again, every toxic removed."""
        async with self._changing():
            for proxy in self._proxies.values():
                await proxy.start()
                await proxy.remove_all_toxics()

    # -- toxics ----------------------------------------------------------------------------

    async def add_toxic(self, proxy: str, type: str, *, name: str | None = None,
                        stream: str = "downstream", toxicity: float = 1.0,
                        attributes: Mapping[str, int] | None = None) -> Toxic:
        """A toxic on every connection of ``proxy``, live ones included (the name defaults
        to ``<type>_<stream>``; 409 if taken, 400 for an unknown type or stream)."""
        body: dict[str, Any] = {"type": type, "stream": stream, "toxicity": toxicity,
                                "attributes": dict(attributes or {})}
        if name is not None:
            body["name"] = name
        return await self.add_toxic_from(proxy, body)

    async def add_toxic_from(self, proxy: str, body: object) -> Toxic:
        """``POST /proxies/{proxy}/toxics``."""
        async with self._changing():
            target = self.proxy(proxy)
            toxic = parse_new_toxic(body, lambda n: target.find_toxic(n) is not None)
            await target.add_toxic(toxic)
            return toxic

    async def update_toxic(self, proxy: str, name: str, *, toxicity: float | None = None,
                           attributes: Mapping[str, int] | None = None) -> Toxic:
        body: dict[str, Any] = {}
        if toxicity is not None:
            body["toxicity"] = toxicity
        if attributes is not None:
            body["attributes"] = dict(attributes)
        return await self.update_toxic_from(proxy, name, body)

    async def update_toxic_from(self, proxy: str, name: str, body: object) -> Toxic:
        """``POST /proxies/{proxy}/toxics/{name}``: new attributes (those named; the others
        stay) and toxicity, applied to live connections too."""
        async with self._changing():
            target = self.proxy(proxy)
            toxic = self.toxic(proxy, name)
            toxicity, attributes = parse_toxic_update(toxic, body)
            await target.update_toxic(toxic, toxicity, attributes)
            return toxic

    async def remove_toxic(self, proxy: str, name: str) -> None:
        """``DELETE /proxies/{proxy}/toxics/{name}``: held bytes flow on in order, except
        that removing a ``timeout`` toxic closes the connections it held (as Toxiproxy)."""
        async with self._changing():
            await self.proxy(proxy).remove_toxic(name)

    # -- metrics ---------------------------------------------------------------------------

    def metrics_text(self) -> str:
        """Prometheus text: Toxiproxy's byte counters, plus connections (active, accepted,
        upstream unreachable) and connections a toxic closed, by toxic type."""
        out: list[str] = []

        def family(name: str, kind: str, help_: str,
                   samples: list[tuple[dict[str, str], int]]) -> None:
            out.append(f"# HELP {name} {help_}")
            out.append(f"# TYPE {name} {kind}")
            for labels, value in samples:
                text = ",".join(f'{k}="{_escape(v)}"' for k, v in sorted(labels.items()))
                out.append(f"{name}{{{text}}} {value}")

        proxies = sorted(self._proxies.values(), key=lambda p: p.name)

        def per_link(attr: str) -> list[tuple[dict[str, str], int]]:
            return [({"direction": d, "proxy": p.name, "listener": p.listen,
                      "upstream": p.upstream}, getattr(p.stats.links[d], attr))
                    for p in proxies for d in DIRECTIONS]

        family("toxiproxy_proxy_received_bytes_total", "counter",
               "Bytes read from the source of each link.", per_link("received"))
        family("toxiproxy_proxy_sent_bytes_total", "counter",
               "Bytes written to the destination of each link.", per_link("sent"))
        family("faultproxy_connections_active", "gauge", "Open client connections.",
               [({"proxy": p.name}, p.active_connections) for p in proxies])
        family("faultproxy_connections_accepted_total", "counter", "Client connections.",
               [({"proxy": p.name}, p.stats.accepted) for p in proxies])
        family("faultproxy_upstream_failures_total", "counter",
               "Client connections closed because the upstream could not be reached.",
               [({"proxy": p.name}, p.stats.upstream_failures) for p in proxies])
        family("faultproxy_connections_closed_by_toxic_total", "counter",
               "Connections a toxic closed (timeout, limit_data) or reset (reset_peer).",
               [({"proxy": p.name, "type": t}, n) for p in proxies
                for t, n in sorted(p.stats.closed_by_toxic.items())])
        return "\n".join(out) + "\n"

    # -- internals -------------------------------------------------------------------------

    def _new_proxy(self, fields: ProxyFields) -> Proxy:
        if self._task_group is None:
            raise RuntimeError("the fault proxy is not running: use it as `async with`")
        return Proxy(fields, self._task_group, self._lock, self._rng)

    def _changing(self) -> _Changing:
        return _Changing(self._lock)


class _Changing:
    """The lock every change takes, shielded: a cancelled caller leaves no half change."""

    def __init__(self, lock: anyio.Lock) -> None:
        self._lock = lock
        self._shield = anyio.CancelScope(shield=True)

    async def __aenter__(self) -> None:
        self._shield.__enter__()
        await self._lock.acquire()

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        self._lock.release()
        self._shield.__exit__(exc_type, exc, tb)


def load_config(config: str | os.PathLike[str] | list[Any]) -> list[Any]:
    """A populate list, or the one in the JSON file at ``config``."""
    if isinstance(config, list):
        return config
    data = json.loads(Path(config).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ApiError(400, f"{config}: expected a JSON list of proxies")
    return data


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
