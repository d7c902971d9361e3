"""The pieces a link is made of: chunks, the end marker, and the pipes between toxics.

A pipe is a bounded FIFO of items (a :class:`Chunk` of bytes stamped with the time it was
read, or an :class:`End`) between one producer and one consumer, on anyio. It can be
spliced out of a running chain: :meth:`Pipe.forward_to` hands its items to the next pipe
and sends every later ``put`` there, so a producer blocked on a full pipe that is being
removed delivers its item to the right place, in order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import anyio

EndKind = Literal["eof", "close", "reset"]


@dataclass(slots=True)
class Chunk:
    """Bytes read from one socket, with the anyio time they were read (a latency toxic
    counts from there; another latency toxic after it counts from when it was due)."""

    data: bytes
    stamp: float


@dataclass(slots=True, frozen=True)
class End:
    """The end of one direction. ``eof``: the source closed its side (the destination gets
    a FIN, half-closed); ``close``: a toxic closed the connection (``timeout``,
    ``limit_data``, a removed ``timeout``), both sockets close; ``reset``: ``reset_peer``,
    both sockets close with ``SO_LINGER`` 0 so the peers get RST. ``by`` names the toxic
    type that ended it, if any."""

    kind: EndKind
    by: str | None = None


Item = Chunk | End


class Pipe:
    """A bounded FIFO of items with one producer and one consumer at a time. ``put``
    waits while the pipe holds ``capacity`` items or more (an :class:`End` never waits);
    ``get`` waits for an item. Both are safe to cancel: a cancelled ``put`` did not add
    its item, a cancelled ``get`` did not take one."""

    __slots__ = ("_items", "_readable", "_space", "capacity", "forward")

    def __init__(self, capacity: int = 1) -> None:
        self.capacity = max(1, capacity)
        self._items: deque[Item] = deque()
        self._readable: anyio.Event | None = None
        self._space: anyio.Event | None = None
        self.forward: Pipe | None = None

    def __len__(self) -> int:
        return len(self._items)

    def target(self) -> Pipe:
        """This pipe, or the pipe it forwards to (transitively)."""
        pipe = self
        while pipe.forward is not None:
            pipe = pipe.forward
        return pipe

    async def put(self, item: Item) -> None:
        while True:
            pipe = self.target()
            if isinstance(item, End) or len(pipe._items) < pipe.capacity:
                # A cancelled producer stops here, before its item is in; once it is in,
                # yield without raising.
                await anyio.lowlevel.checkpoint_if_cancelled()
                if pipe is not self.target():
                    continue  # spliced while we checked
                pipe._append(item)
                await anyio.lowlevel.cancel_shielded_checkpoint()
                return
            if pipe._space is None:
                pipe._space = anyio.Event()
            await pipe._space.wait()

    async def get(self) -> Item:
        while not self._items:
            if self._readable is None:
                self._readable = anyio.Event()
            await self._readable.wait()
        item = self._items.popleft()
        self._wake_space()
        return item

    def push(self, items: Iterable[Item]) -> None:
        """Append without waiting for space (splicing moves held items this way)."""
        for item in items:
            self._append(item)

    def push_front(self, items: list[Item]) -> None:
        """Put items back at the head, in their order (a restarted toxic reads them first)."""
        self._items.extendleft(reversed(items))
        if items:
            self._wake_readable()

    def take_all(self) -> list[Item]:
        items = list(self._items)
        self._items.clear()
        self._wake_space()
        return items

    def forward_to(self, other: Pipe, held: list[Item]) -> None:
        """Splice this pipe out: ``held`` (what its consumer had taken and not passed on),
        then its queued items, go to the end of ``other``; later puts go there too."""
        other.push([*held, *self.take_all()])
        self.forward = other
        self._wake_space()  # a producer waiting here re-targets

    def _append(self, item: Item) -> None:
        self._items.append(item)
        self._wake_readable()

    def _wake_readable(self) -> None:
        if self._readable is not None:
            self._readable.set()
            self._readable = None

    def _wake_space(self) -> None:
        if self._space is not None:
            self._space.set()
            self._space = None
