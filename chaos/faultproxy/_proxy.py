"""``Proxy``: one listener, its upstream, its toxics and its live connections.

Mirrors Toxiproxy's ``proxy.go``: ``start`` listens (port 0 picks one, and ``listen``
then names it, so a restart comes back on the same port), every accepted client gets its
own upstream connection, ``stop`` closes the listener *and* every open connection. The
toxic chains (``toxic_collection.go``) are one ordered list per direction; a change is
applied to the proxy's list and spliced into every live connection of that direction.
Every method that changes something runs under the owner's lock (``FaultProxy``).
"""

from __future__ import annotations

import ipaddress
import logging
import random
import socket
from typing import Any

import anyio
import anyio.abc
from anyio.abc import SocketAttribute
from anyio.streams.stapled import MultiListener

from ._link import Connection, ConnectionStats, Link
from ._model import (
    DIRECTIONS,
    TOXIC_NOT_FOUND,
    ApiError,
    Direction,
    ProxyFields,
    Toxic,
    error,
    join_host_port,
    split_host_port,
)

log = logging.getLogger("chaos.faultproxy")

UPSTREAM_CONNECT_TIMEOUT = 10.0
"""Seconds to reach the upstream for a new client before giving up and closing it."""


async def resolve_listen(address: str) -> str:
    """``host:port`` with the host resolved to an IP address (an empty host is every IPv4
    interface), as the proxy reports it once listening. Raises :class:`ApiError`."""
    host, port = split_host_port(address)
    if not host:
        host = "0.0.0.0"
    try:
        ipaddress.ip_address(host)
    except ValueError:
        try:
            infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise ApiError(500, f"lookup {host}: {exc}") from exc
        host = str(infos[0][4][0])
    return join_host_port(host, port)


class Proxy:
    """A proxy as the API shows it (``name``, ``listen``, ``upstream``, ``enabled``,
    ``toxics``) and what it runs. Made and changed through :class:`FaultProxy`."""

    def __init__(self, fields: ProxyFields, task_group: anyio.abc.TaskGroup,
                 lock: anyio.Lock, rng: random.Random) -> None:
        self.name = fields.name
        self.listen = fields.listen
        self.upstream = fields.upstream
        self.enabled = False
        self.toxics: dict[Direction, list[Toxic]] = {d: [] for d in DIRECTIONS}
        self.stats = ConnectionStats()
        self._task_group = task_group
        self._lock = lock
        self._rng = rng
        self._connections: set[Connection] = set()
        self._serving: anyio.CancelScope | None = None
        self._stopped: anyio.Event | None = None

    def __repr__(self) -> str:
        state = "enabled" if self.enabled else "disabled"
        return f"<Proxy {self.name} {self.listen} -> {self.upstream} {state}>"

    @property
    def fields(self) -> ProxyFields:
        return ProxyFields(self.name, self.listen, self.upstream, self.enabled)

    @property
    def listen_port(self) -> int:
        """The port clients connect to (the bound one once started)."""
        return split_host_port(self.listen)[1]

    @property
    def listen_host(self) -> str:
        return split_host_port(self.listen)[0]

    @property
    def active_connections(self) -> int:
        return len(self._connections)

    def toxic_list(self) -> list[Toxic]:
        """Upstream toxics then downstream ones, each in chain order (Toxiproxy's order)."""
        return [toxic for d in DIRECTIONS for toxic in self.toxics[d]]

    def find_toxic(self, name: str) -> Toxic | None:
        return next((t for t in self.toxic_list() if t.name == name), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "listen": self.listen,
            "upstream": self.upstream,
            "enabled": self.enabled,
            "toxics": [t.to_json() for t in self.toxic_list()],
        }

    async def differs(self, fields: ProxyFields) -> bool:
        """Whether ``fields`` name another listen address or upstream (Toxiproxy's
        ``Proxy.Differs``: port 0 differs from the bound port)."""
        return await resolve_listen(fields.listen) != self.listen or (
            fields.upstream != self.upstream)

    # -- listening -------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen and accept. No-op when enabled. Raises :class:`ApiError` (500) when the
        address cannot be bound."""
        if self.enabled:
            return
        address = await resolve_listen(self.listen)
        host, port = split_host_port(address)
        try:
            listener = await anyio.create_tcp_listener(local_host=host, local_port=port)
        except OSError as exc:
            raise ApiError(500, f"listen tcp {address}: {exc.strerror or exc}") from exc
        bound = listener.listeners[0].extra(SocketAttribute.local_address)
        self.listen = join_host_port(str(bound[0]), int(bound[1]))
        self._serving, self._stopped = anyio.CancelScope(), anyio.Event()
        self._task_group.start_soon(
            self._serve, listener, self._serving, self._stopped, name=f"faultproxy {self.name}")
        self.enabled = True
        log.info("proxy %s listening on %s for %s", self.name, self.listen, self.upstream)

    async def stop(self) -> None:
        """Close the listener and every open connection, and wait until they are closed."""
        if not self.enabled:
            return
        self.enabled = False
        assert self._serving is not None
        assert self._stopped is not None
        self._serving.cancel()
        await self._stopped.wait()
        log.info("proxy %s stopped", self.name)

    async def _serve(self, listener: MultiListener[anyio.abc.SocketStream],
                     scope: anyio.CancelScope, stopped: anyio.Event) -> None:
        try:
            with scope:
                async with listener, anyio.create_task_group() as tg:
                    first = listener.listeners[0]
                    assert isinstance(first, anyio.abc.SocketListener)
                    accept = first.accept
                    while True:
                        try:
                            client = await accept()
                        except OSError as exc:  # out of file descriptors, say
                            log.warning("proxy %s: accept failed: %s", self.name, exc)
                            await anyio.sleep(0.05)
                            continue
                        tg.start_soon(self._handle, client)
        finally:
            stopped.set()

    async def _handle(self, client: anyio.abc.SocketStream) -> None:
        self.stats.accepted += 1
        try:
            async with client:
                host, port = split_host_port(self.upstream)
                try:
                    with anyio.fail_after(UPSTREAM_CONNECT_TIMEOUT):
                        upstream = await anyio.connect_tcp(host, port)
                except (OSError, TimeoutError) as exc:
                    self.stats.upstream_failures += 1
                    log.warning("proxy %s: cannot reach upstream %s: %s",
                                self.name, self.upstream, exc)
                    return
                async with upstream:
                    conn = Connection(client, upstream, self._rng, self.stats)
                    await conn.run(self._start_links)
        except Exception:  # one connection's failure must not stop the proxy
            log.exception("proxy %s: connection failed", self.name)

    async def _start_links(self, conn: Connection) -> None:
        async with self._lock:
            conn.start_links(self.toxics)
            self._connections.add(conn)
        try:
            await anyio.sleep_forever()
        finally:
            self._connections.discard(conn)

    # -- toxics (under the owner's lock, shielded) -----------------------------------------

    def _live(self, direction: Direction) -> list[Link]:
        return [c.links[direction] for c in self._connections if not c.closing]

    async def add_toxic(self, toxic: Toxic) -> None:
        self.toxics[toxic.direction].append(toxic)
        for link in self._live(toxic.direction):
            link.append(toxic)

    async def update_toxic(self, toxic: Toxic, toxicity: float,
                           attributes: dict[str, int]) -> None:
        toxic.toxicity = toxicity
        toxic.attributes = attributes
        for link in self._live(toxic.direction):
            await link.replace(toxic)

    async def remove_toxic(self, name: str) -> None:
        toxic = self.find_toxic(name)
        if toxic is None:
            raise error(TOXIC_NOT_FOUND)
        self.toxics[toxic.direction].remove(toxic)
        for link in self._live(toxic.direction):
            await link.remove(toxic)

    async def remove_all_toxics(self) -> None:
        for toxic in reversed(self.toxic_list()):
            await self.remove_toxic(toxic.name)
