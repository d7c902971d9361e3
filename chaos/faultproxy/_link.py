"""A proxied connection: two links, each a chain of toxics spliced while it runs.

Each accepted client connection gets a :class:`Connection` with two :class:`Link` objects:
``upstream`` (client → server bytes) and ``downstream`` (server → client). A link is::

    reader → pipe → toxic₁ → pipe → … → toxicₙ → sink pipe → writer

Adding a toxic appends a stage in front of the sink (the producer that fed the sink now
feeds the new stage's pipe); removing one cancels its task, then its held item and queued
items go on to the next pipe ahead of anything later (``Pipe.forward_to``); updating one
restarts its task with the held item put back first. Toxiproxy does the same with
``ToxicStub`` interrupts (``link.go``). Removing a ``timeout`` toxic closes the link, as
Toxiproxy's ``TimeoutToxic.Cleanup`` does.

The end of a direction (``End``) reaches the writer after every byte before it: ``eof``
half-closes the destination (the connection closes once both directions did), ``close``
closes both sockets, ``reset`` closes both with ``SO_LINGER`` 0 (RST).
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import anyio
import anyio.abc
from anyio.abc import SocketAttribute

from ._model import DIRECTIONS, Direction, Toxic
from ._pipe import Chunk, End, EndKind, Pipe
from ._toxics import BUFFER_SIZES, Stub, noop, pipe_for

READ_SIZE = 65536
_LINGER_ZERO = struct.pack("ii", 1, 0)
_BROKEN = (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError)


@dataclass
class LinkStats:
    """Byte counters of one proxy and direction, across its connections: ``received`` was
    read from the source, ``sent`` written to the destination."""

    received: int = 0
    sent: int = 0


@dataclass
class ConnectionStats:
    """What a proxy counts across its connections."""

    links: dict[Direction, LinkStats] = field(
        default_factory=lambda: {d: LinkStats() for d in DIRECTIONS})
    accepted: int = 0
    upstream_failures: int = 0
    closed_by_toxic: dict[str, int] = field(default_factory=dict)


class _Stage:
    """One toxic running on one link. Whether it acts (``runs``) is rolled against its
    toxicity when the stage is made, in the order toxics and connections come, so a seed
    gives the same rolls on either backend."""

    __slots__ = ("done", "finished", "runs", "scope", "stub", "toxic")

    def __init__(self, toxic: Toxic, stub: Stub) -> None:
        self.toxic = toxic
        self.stub = stub
        self.runs = stub.rng.random() < toxic.toxicity
        self.scope = anyio.CancelScope()
        self.done = anyio.Event()
        self.finished = False


class _Head:
    """The reader's end of the chain: what it feeds."""

    __slots__ = ("output",)

    def __init__(self, output: Pipe) -> None:
        self.output = output


class Link:
    """One direction of one connection."""

    def __init__(self, conn: Connection, direction: Direction,
                 source: anyio.abc.SocketStream, dest: anyio.abc.SocketStream) -> None:
        self.conn = conn
        self.direction = direction
        self.source = source
        self.dest = dest
        self.sink = Pipe(1)
        self.pipes: list[Pipe] = [self.sink]
        self.stages: list[_Stage] = []
        self.head = _Head(self.sink)
        self.stats = conn.stats.links[direction]

    # -- running ---------------------------------------------------------------------------

    def start(self, toxics: list[Toxic]) -> None:
        for toxic in toxics:
            self.append(toxic)
        tg = self.conn.task_group
        tg.start_soon(self._read, name=f"faultproxy read {self.direction}")
        tg.start_soon(self._write, name=f"faultproxy write {self.direction}")

    async def _read(self) -> None:
        while True:
            try:
                data = await self.source.receive(READ_SIZE)
            except anyio.EndOfStream:
                await self.head.output.put(End("eof"))
                return
            except _BROKEN:
                await self.head.output.put(End("close"))
                return
            self.stats.received += len(data)
            await self.head.output.put(Chunk(data, anyio.current_time()))

    async def _write(self) -> None:
        while True:
            item = await self.sink.get()
            if isinstance(item, Chunk):
                try:
                    await self.dest.send(item.data)
                except _BROKEN:
                    self.conn.close("close")
                    return
                self.stats.sent += len(item.data)
                continue
            if item.by is not None:
                counts = self.conn.stats.closed_by_toxic
                counts[item.by] = counts.get(item.by, 0) + 1
            if item.kind == "eof":
                try:
                    await self.dest.send_eof()
                except _BROKEN:
                    self.conn.close("close")
                    return
                self.conn.direction_ended()
            else:
                self.conn.close(item.kind)
            return

    async def _run_stage(self, stage: _Stage) -> None:
        try:
            with stage.scope:
                toxic = stage.toxic
                pipe = pipe_for(toxic) if stage.runs else noop
                await pipe(stage.stub, dict(toxic.attributes))
                stage.finished = True
        finally:
            stage.done.set()

    def _launch(self, stage: _Stage) -> None:
        self.conn.task_group.start_soon(
            self._run_stage, stage, name=f"faultproxy {stage.toxic.type} {self.direction}")

    @staticmethod
    async def _halt(stage: _Stage) -> None:
        stage.scope.cancel()
        await stage.done.wait()

    # -- splicing (the caller holds the proxy's lock, shielded from cancellation) -----------

    def append(self, toxic: Toxic) -> None:
        """Add ``toxic`` at the end of the chain, in front of the writer."""
        if self.conn.closing:
            return
        pipe = Pipe(BUFFER_SIZES.get(toxic.type, 1))
        feeder = self.stages[-1].stub if self.stages else self.head
        feeder.output = pipe
        self.pipes.insert(len(self.pipes) - 1, pipe)
        stage = _Stage(toxic, Stub(pipe, self.sink, self.conn.rng))
        self.stages.append(stage)
        self._launch(stage)

    async def remove(self, toxic: Toxic) -> None:
        """Take ``toxic`` out of the chain without losing or reordering a byte."""
        index = self._index(toxic)
        if index is None or self.conn.closing:
            return
        stage = self.stages[index]
        await self._halt(stage)
        if self.conn.closing:
            return
        into, out = self.pipes[index], self.pipes[index + 1]
        if toxic.type == "timeout" and not stage.finished:
            out.push([End("close", by="timeout")])
        held = [] if stage.stub.held is None else [stage.stub.held]
        into.forward_to(out, held)
        feeder = self.stages[index - 1].stub if index > 0 else self.head
        feeder.output = out
        del self.stages[index]
        del self.pipes[index]

    async def replace(self, toxic: Toxic) -> None:
        """Restart ``toxic``'s stage with its new attributes and toxicity (a new roll)."""
        index = self._index(toxic)
        if index is None or self.conn.closing:
            return
        stage = self.stages[index]
        await self._halt(stage)
        if self.conn.closing or stage.finished:
            return
        stub = stage.stub
        if stub.held is not None:
            stub.input.push_front([stub.held])
            stub.held = None
        fresh = _Stage(toxic, stub)
        self.stages[index] = fresh
        self._launch(fresh)

    def _index(self, toxic: Toxic) -> int | None:
        for i, stage in enumerate(self.stages):
            if stage.toxic is toxic:
                return i
        return None

    def release(self) -> None:
        """The connection is gone: nobody waits for a stage any more."""
        for stage in self.stages:
            stage.done.set()


class Connection:
    """A client connection and its upstream connection, with one link per direction."""

    def __init__(self, client: anyio.abc.SocketStream, upstream: anyio.abc.SocketStream,
                 rng: random.Random, stats: ConnectionStats) -> None:
        self.client = client
        self.upstream = upstream
        self.rng = rng
        self.stats = stats
        self.closing = False
        self._ended = 0
        self._task_group: anyio.abc.TaskGroup | None = None
        self.links: dict[Direction, Link] = {
            "upstream": Link(self, "upstream", client, upstream),
            "downstream": Link(self, "downstream", upstream, client),
        }

    @property
    def task_group(self) -> anyio.abc.TaskGroup:
        assert self._task_group is not None, "the connection is not running"
        return self._task_group

    async def run(self, setup: Callable[[Connection], Awaitable[None]]) -> None:
        """Run both links until the connection closes; ``setup(self)`` is awaited once the
        task group exists (it starts the links under the proxy's lock)."""
        try:
            async with anyio.create_task_group() as tg:
                self._task_group = tg
                await setup(self)
        finally:
            self.closing = True
            for link in self.links.values():
                link.release()

    def start_links(self, toxics: dict[Direction, list[Toxic]]) -> None:
        for direction, link in self.links.items():
            link.start(list(toxics[direction]))

    def direction_ended(self) -> None:
        self._ended += 1
        if self._ended == 2:
            self.close("close")

    def close(self, kind: EndKind = "close") -> None:
        """Close both sockets (``reset``: with RST) and stop every task of the connection."""
        if self.closing:
            return
        self.closing = True
        if kind == "reset":
            for stream in (self.client, self.upstream):
                with contextlib.suppress(OSError):  # already closed by the peer
                    stream.extra(SocketAttribute.raw_socket).setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_ZERO)
        if self._task_group is not None:
            self._task_group.cancel_scope.cancel()
