"""The toxics: one coroutine per type, run on one direction of one connection.

Each reads items from its input pipe and writes to its output pipe through a
:class:`Stub`, which keeps ``held``: what the toxic has taken in and not passed on yet.
When the toxic is removed or updated on a live connection its task is cancelled and
``held`` goes on ahead of everything still queued, so no byte is lost or reordered
(Toxiproxy's "don't drop any data on the floor"). The behaviour of each type follows
Toxiproxy's ``toxics/*.go``; every delay is on anyio's clock.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Awaitable, Callable
from typing import Any

import anyio

from ._model import Toxic
from ._pipe import Chunk, End, Item, Pipe


class Stub:
    """One toxic's place in one link: its input and output pipes, what it holds, its
    per-connection state (kept across updates) and the proxy's random source."""

    __slots__ = ("held", "input", "output", "rng", "state")

    def __init__(self, input: Pipe, output: Pipe, rng: random.Random) -> None:
        self.input = input
        self.output = output
        self.rng = rng
        self.held: Item | None = None
        self.state: dict[str, Any] = {}

    async def recv(self) -> Item:
        """The next item; it is held until passed on or dropped."""
        item = await self.input.get()
        self.held = item
        return item

    async def emit(self, item: Item, rest: Item | None = None) -> None:
        """Pass ``item`` on; afterwards ``rest`` (what is left of the held chunk) is held."""
        await self.output.put(item)
        self.held = rest

    def drop(self) -> None:
        self.held = None


ToxicPipe = Callable[[Stub, dict[str, int]], Awaitable[None]]


async def noop(stub: Stub, attrs: dict[str, int]) -> None:
    while True:
        item = await stub.recv()
        await stub.emit(item)
        if isinstance(item, End):
            return


async def latency(stub: Stub, attrs: dict[str, int]) -> None:
    """Each chunk leaves ``latency`` ± ``jitter`` ms (uniform in [-jitter, +jitter)) after
    its stamp; the stamp moves to when it was due."""
    base, jitter = attrs.get("latency", 0), attrs.get("jitter", 0)
    while True:
        item = await stub.recv()
        if isinstance(item, End):
            await stub.emit(item)
            return
        delay = base + (stub.rng.randrange(2 * jitter) - jitter if jitter > 0 else 0)
        due = item.stamp + delay / 1000
        await anyio.sleep_until(due)
        item.stamp = max(item.stamp, due)
        await stub.emit(item)


async def bandwidth(stub: Stub, attrs: dict[str, int]) -> None:
    """Paces bytes to ``rate`` KB/s (1000 bytes); a chunk over 100 ms worth of bytes goes
    out in 100 ms pieces. The schedule runs on while chunks wait in the pipe and starts
    again from a chunk's stamp after an idle spell. ``rate`` ≤ 0: no limit."""
    rate = attrs.get("rate", 0)
    due = float("-inf")
    while True:
        item = await stub.recv()
        if isinstance(item, End):
            await stub.emit(item)
            return
        if rate <= 0:
            await stub.emit(item)
            continue
        per_second, step = rate * 1000, rate * 100
        due = max(due, item.stamp)
        data = item.data
        while data:
            piece, data = data[:step], data[step:]
            due += len(piece) / per_second
            await anyio.sleep_until(due)
            await stub.emit(Chunk(piece, item.stamp), Chunk(data, item.stamp) if data else None)


async def slow_close(stub: Stub, attrs: dict[str, int]) -> None:
    """Passes data; holds the end of the stream for ``delay`` ms."""
    while True:
        item = await stub.recv()
        if isinstance(item, End):
            await anyio.sleep(attrs.get("delay", 0) / 1000)
        await stub.emit(item)
        if isinstance(item, End):
            return


async def timeout(stub: Stub, attrs: dict[str, int]) -> None:
    """Drops every chunk. With ``timeout`` > 0, closes the connection once no data came
    for that many ms (Toxiproxy restarts its timer at every chunk); with 0 it never does:
    a black hole with TCP up. Removing it closes the connection (``Link.remove``)."""
    limit = attrs.get("timeout", 0) / 1000
    while True:
        if limit > 0:
            with anyio.move_on_after(limit):
                item = await stub.recv()
                stub.drop()
                if isinstance(item, End):
                    await stub.emit(item)
                    return
                continue
            await stub.emit(End("close", by="timeout"))
            return
        item = await stub.recv()
        stub.drop()
        if isinstance(item, End):
            await stub.emit(item)
            return


async def reset_peer(stub: Stub, attrs: dict[str, int]) -> None:
    """At the first item (data or the end), drops it, waits ``timeout`` ms and resets the
    connection: both sockets close with ``SO_LINGER`` 0, the peers get RST. A silent
    connection is never reset."""
    await stub.recv()
    stub.held = End("reset", by="reset_peer")  # removed while waiting: it still resets
    await anyio.sleep(attrs.get("timeout", 0) / 1000)
    await stub.emit(End("reset", by="reset_peer"))


def slice_offsets(start: int, end: int, average: int, variation: int, rng: random.Random
                  ) -> list[int]:
    """The cut points of ``[start, end)`` into pieces of about ``average`` ± ``variation``
    bytes, split recursively around the middle (Toxiproxy's ``SlicerToxic.chunk``): the
    returned list starts with ``start`` and ends with ``end``."""
    average = max(1, average)
    variation = min(max(0, variation), average - 1)
    if (end - start) - average <= variation:
        return [start, end]
    mid = start + (end - start) // 2
    if variation > 0:
        mid += rng.randrange(2 * variation) - variation
    mid = min(max(mid, start + 1), end - 1)
    left = slice_offsets(start, mid, average, variation, rng)
    return left + slice_offsets(mid, end, average, variation, rng)[1:]


async def slicer(stub: Stub, attrs: dict[str, int]) -> None:
    """Cuts each chunk into pieces of about ``average_size`` ± ``size_variation`` bytes
    and waits ``delay`` µs after each piece."""
    average, variation = attrs.get("average_size", 0), attrs.get("size_variation", 0)
    delay = attrs.get("delay", 0) / 1_000_000
    while True:
        item = await stub.recv()
        if isinstance(item, End):
            await stub.emit(item)
            return
        data = item.data
        cuts = slice_offsets(0, len(data), average, variation, stub.rng)
        for a, b in itertools.pairwise(cuts):
            rest = Chunk(data[b:], item.stamp) if b < len(data) else None
            await stub.emit(Chunk(data[a:b], item.stamp), rest)
            await anyio.sleep(delay)


async def limit_data(stub: Stub, attrs: dict[str, int]) -> None:
    """Passes ``bytes`` bytes on this link (counted across updates), cuts the chunk that
    crosses the limit, then closes the connection."""
    limit = attrs.get("bytes", 0)
    while True:
        item = await stub.recv()
        if isinstance(item, End):
            await stub.emit(item)
            return
        passed = int(stub.state.get("passed", 0))
        part = item.data[: max(0, limit - passed)]
        if part:
            await stub.emit(Chunk(part, item.stamp))
            stub.state["passed"] = passed + len(part)
        else:
            stub.drop()
        if limit - int(stub.state.get("passed", 0)) <= 0:
            await stub.emit(End("close", by="limit_data"))
            return


PIPES: dict[str, ToxicPipe] = {
    "noop": noop,
    "latency": latency,
    "bandwidth": bandwidth,
    "slow_close": slow_close,
    "timeout": timeout,
    "reset_peer": reset_peer,
    "slicer": slicer,
    "limit_data": limit_data,
}

BUFFER_SIZES: dict[str, int] = {"latency": 1024}
"""Chunks the pipe in front of a toxic holds (Toxiproxy's ``GetBufferSize``): a latency
toxic needs room so chunks behind the one it holds are read, and stamped, on time."""


def pipe_for(toxic: Toxic) -> ToxicPipe:
    return PIPES[toxic.type]
