"""The bounded mailbox with an overflow policy and a control lane.

A mailbox belongs to a child's slot, not to one incarnation: it survives restarts. It has
two lanes:

* the **user lane**, bounded by ``capacity``; when full, the policy decides: ``BLOCK``
  (``put`` waits for room: backpressure), ``DROP_OLDEST`` (the oldest message is
  dead-lettered to make room) or ``REJECT`` (``MailboxFull``);
* the **control lane** (stop requests, child exits): unbounded, never dropped, never
  blocked, and always read first.

The hot path never awaits: ``put``/``get`` hand over at once while there is room or
something to take, and only wait when full or empty. To keep fairness a producer that
never has to wait still yields to the loop every ``FAIRNESS_BATCH`` puts. The one reader
waits on a one-shot future (``_backend``), the cheapest wait each backend has.
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel

from ._backend import OneShot, one_shot_factory
from ._errors import ActorStopped, MailboxFull

FAIRNESS_BATCH = 128
"""A producer or consumer that never waits yields to the loop once per this many messages."""


class Overflow(enum.Enum):
    """What ``put`` does when the user lane is full."""

    BLOCK = "block"  # wait for room (backpressure); the default
    DROP_OLDEST = "drop_oldest"  # dead-letter the oldest queued message, enqueue the new one
    REJECT = "reject"  # raise MailboxFull


DeadLetterSink = Callable[[Any, str], None]


class Mailbox:
    """Two lanes, one reader. Not thread-safe: one event loop only."""

    __slots__ = (
        "_closed",
        "_control",
        "_getter",
        "_on_dead_letter",
        "_one_shot",
        "_puts",
        "_space",
        "_user",
        "capacity",
        "overflow",
        "path",
    )

    def __init__(
        self,
        path: str,
        capacity: int,
        overflow: Overflow,
        on_dead_letter: DeadLetterSink,
        one_shot: Callable[[], OneShot] | None = None,
    ) -> None:
        if capacity < 1:
            raise ValueError(f"mailbox capacity must be >= 1, not {capacity}")
        self.path = path
        self.capacity = capacity
        self.overflow = overflow
        self._on_dead_letter = on_dead_letter
        self._one_shot = one_shot  # None: the running loop's, looked up at the first wait
        self._user: deque[Any] = deque()
        self._control: deque[Any] = deque()
        self._getter: OneShot | None = None  # the one reader, waiting for an item
        self._space: anyio.Event | None = None  # producers (any number) waiting for room
        self._closed = False
        self._puts = 0

    # -- state -------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    def __len__(self) -> int:
        """Messages waiting in the user lane."""
        return len(self._user)

    @property
    def control_depth(self) -> int:
        return len(self._control)

    # -- producers ---------------------------------------------------------------------

    def put_nowait(self, item: Any) -> None:
        """Enqueue on the user lane without waiting.

        Raises ``ActorStopped`` when closed, ``MailboxFull`` when full (except under
        ``DROP_OLDEST``, which dead-letters the oldest message instead)."""
        if self._closed:
            raise ActorStopped(self.path)
        user = self._user
        if len(user) >= self.capacity:
            if self.overflow is not Overflow.DROP_OLDEST:
                raise MailboxFull(self.path, self.capacity)
            self._on_dead_letter(user.popleft(), "overflow")
        user.append(item)
        getter = self._getter
        if getter is not None:
            self._getter = None
            if not getter.done():
                getter.set_result(None)

    async def put(self, item: Any) -> None:
        """Enqueue on the user lane; under ``BLOCK`` wait for room when full."""
        while True:
            try:
                self.put_nowait(item)
            except MailboxFull:
                if self.overflow is Overflow.REJECT:
                    raise
                await self._wait_for_space()
                continue
            self._puts += 1
            if self._puts >= FAIRNESS_BATCH:
                self._puts = 0
                await anyio.lowlevel.checkpoint()
            return

    async def _wait_for_space(self) -> None:
        space = self._space
        if space is None:
            space = self._space = anyio.Event()
        await space.wait()

    def put_control(self, item: Any) -> None:
        """Enqueue on the control lane: never full, never dropped, taken before user
        messages. Works on a closed mailbox too (a stop may race a close)."""
        self._control.append(item)
        getter = self._getter
        if getter is not None:
            self._getter = None
            if not getter.done():
                getter.set_result(None)

    # -- the consumer ------------------------------------------------------------------

    def get_nowait(self) -> Any:
        """The next control item, else the next user message; ``anyio.WouldBlock`` when
        both lanes are empty."""
        if self._control:
            return self._control.popleft()
        user = self._user
        if user:
            item = user.popleft()
            space = self._space
            if space is not None:
                self._space = None
                space.set()
            return item
        raise anyio.WouldBlock

    async def get(self) -> Any:
        """The next item, waiting while both lanes are empty."""
        while True:
            if self._control or self._user:
                return self.get_nowait()
            await self.wait_for_item()

    async def get_control(self) -> Any:
        """The next control item, leaving user messages queued (loop-style actors)."""
        while not self._control:
            await self.wait_for_item()
        return self._control.popleft()

    def wait_for_item(self) -> OneShot:
        """The reader's wait: a one-shot future set by the next put (either lane) or by
        ``close()``; await it, then look again (it may wake with nothing to take)."""
        make = self._one_shot
        if make is None:
            make = self._one_shot = one_shot_factory()
        getter = self._getter = make()
        return getter

    # -- closing -----------------------------------------------------------------------

    def close(self) -> list[Any]:
        """Refuse further user messages and hand back what was queued (the caller
        dead-letters it). Producers waiting for room wake and get ``ActorStopped``."""
        self._closed = True
        leftovers = list(self._user)
        self._user.clear()
        self._control.clear()
        if self._space is not None:
            self._space.set()
        getter = self._getter
        if getter is not None and not getter.done():
            getter.set_result(None)
        self._space = self._getter = None
        return leftovers

    def reopen(self) -> None:
        """Take messages again (a child restarted through the API after termination)."""
        self._closed = False
