"""Test doubles for the Telegram actors: an update journal in memory.

``MemoryJournal`` implements ``UpdateLog``, the journal API the poller, the sender and
dialogs use, with the rules ``SpoolJournal`` keeps (ids already seen are not appended
again, ``mark_done`` of an id that is not pending is ignored, writes after ``aclose``
raise ``JournalError`` and apply nothing) but no durability of its own: ``restarted()``
stands for a process restart, a journal with the same pending updates, seen ids and sent
keys and nothing delivered (mailboxes do not survive a process). Every write yields to
the event loop once, as a real write does. It doubles the journal for tests of its
users; ``SpoolJournal`` has its own tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from anyio.lowlevel import checkpoint

from actors.protocol import IncomingUpdate

from ._spool_journal import JournalError, _mark

__all__ = ["MemoryJournal"]


class MemoryJournal:
    """An ``UpdateLog`` in memory (see the module docstring)."""

    def __init__(self) -> None:
        self._pending: dict[int, IncomingUpdate] = {}
        self._seen: set[int] = set()
        self._marks: dict[int, tuple[object, ...]] = {}
        self._sent: set[str] = set()
        self._delivered: set[int] = set()
        self._closed = False

    def restarted(self) -> MemoryJournal:
        """A journal as the next process would open it: the same pending updates (in
        order), seen ids and sent keys; nothing delivered; open for writes."""
        journal = MemoryJournal()
        journal._pending = dict(self._pending)
        journal._seen = set(self._seen)
        journal._marks = dict(self._marks)
        journal._sent = set(self._sent)
        return journal

    # -- reads -----------------------------------------------------------------------------

    def seen(self, update_id: int) -> bool:
        return update_id in self._seen

    def is_replay(self, update: IncomingUpdate) -> bool:
        mark = self._marks.get(update.update_id)
        return update.update_id in self._seen and (mark is None or mark == _mark(update))

    @property
    def last_update_id(self) -> int | None:
        return max(self._seen, default=None)

    def pending(self) -> list[IncomingUpdate]:
        return list(self._pending.values())

    def undelivered(self) -> list[IncomingUpdate]:
        return [u for i, u in self._pending.items() if i not in self._delivered]

    def mark_delivered(self, update_id: int) -> None:
        self._delivered.add(update_id)

    def was_sent(self, key: str) -> bool:
        return key in self._sent

    @property
    def depth(self) -> int:
        return len(self._pending)

    # -- writes ----------------------------------------------------------------------------

    async def append(self, updates: Sequence[IncomingUpdate]) -> None:
        fresh = [u for u in updates if u.update_id not in self._seen]
        if not fresh:
            return
        await self._write()
        for update in fresh:
            if update.update_id not in self._seen:
                self._seen.add(update.update_id)
                self._marks[update.update_id] = _mark(update)
                self._pending[update.update_id] = update

    async def mark_done(self, update_id: int) -> None:
        if update_id not in self._pending:
            return
        await self._write()
        self._pending.pop(update_id, None)
        self._delivered.discard(update_id)

    async def record_sent(self, key: str) -> None:
        if key in self._sent:
            return
        await self._write()
        self._sent.add(key)

    async def aclose(self) -> None:
        """Stop writing: later writes raise ``JournalError``; reads keep answering."""
        self._closed = True

    async def _write(self) -> None:
        await checkpoint()
        if self._closed:
            raise JournalError("the journal is closed")
