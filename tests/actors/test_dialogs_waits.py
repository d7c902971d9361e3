"""Dialogs holds the updates of a chat whose family state cannot be read, in order, and
answers them from the real state once it reads; other chats go on meanwhile.

The store is a double of the ``FamilyStore`` seam (a ``MemoryFamilyStore`` whose reads
fail for chosen chats with ``StateUnavailable``); the dialogs actor is the real one under
a real supervisor, and the sender is a probe.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from actors.dialogs import (
    Child,
    Dialogs,
    Family,
    MemoryFamilyStore,
    StateUnavailable,
    StateWaits,
)
from actors.protocol import IncomingUpdate, SendReply
from config.settings import DialogsSettings, TranslatorSettings
from runtime import ActorSystem, Restarting, current_system
from runtime.testing import EventRecorder, Probe, eventually
from supervisors import supervisor_spec, worker

pytestmark = pytest.mark.anyio

KNOWN = 1
OTHER = 2


class FlakyStore(MemoryFamilyStore):
    """Families in memory; reads of the chats in ``unreadable`` fail as the persistent
    store's do when neither the cache nor PostgreSQL can answer."""

    def __init__(self) -> None:
        super().__init__()
        self.unreadable: set[int] = set()

    async def get(self, chat_id: int) -> Family | None:
        if chat_id in self.unreadable:
            raise StateUnavailable(f"chat {chat_id} unreadable")
        return await super().get(chat_id)


def update(update_id: int, chat_id: int, text: str, thread_id: int | None = None
           ) -> IncomingUpdate:
    return IncomingUpdate(update_id=update_id, kind="message", chat_id=chat_id,
                          user_id=chat_id, text=text, language_code="en", thread_id=thread_id)


async def onboarded(store: FlakyStore, chat_id: int) -> None:
    await store.put(Family(chat_id=chat_id, language="en", step="ready", timezone="UTC",
                           children=(Child(id=1, name="Sam", age=6),)))


def replies(sender: Probe) -> list[SendReply]:
    return [m for m in sender.received if isinstance(m, SendReply)]


def tree(store: FlakyStore, sender: Probe, waits: StateWaits, **options: Any) -> Any:
    settings = DialogsSettings(state_wait_notice=0.2, state_retry_max=0.05)

    def make() -> Dialogs:
        return Dialogs(store=store, sender=current_system().ref("sender"),
                       translator_for=lambda chat: None, done=lambda update_id: None,
                       settings=settings, translator_settings=TranslatorSettings(),
                       waits=waits, **options)

    return supervisor_spec("root", [
        worker("sender", sender.factory),
        worker("dialogs-0", make),
    ], max_restarts=10, within=10)


async def test_a_chat_whose_state_is_unreadable_waits_in_order_and_other_chats_go_on() -> None:
    store, sender, waits = FlakyStore(), Probe(), StateWaits()
    await onboarded(store, KNOWN)
    await onboarded(store, OTHER)
    store.unreadable.add(KNOWN)
    spec = tree(store, sender, waits)
    async with ActorSystem.start(spec) as system:
        dialogs = system.ref("dialogs-0")
        await dialogs.tell(update(1, KNOWN, "/settings", thread_id=5))  # written in a topic
        await dialogs.tell(update(2, KNOWN, "/help"))
        await dialogs.tell(update(3, OTHER, "/settings"))

        await eventually(lambda: any(r.chat_id == OTHER for r in replies(sender)))
        assert waits.holds(KNOWN)
        assert [u.update_id for u in waits.get(KNOWN).updates] == [1, 2]  # type: ignore[union-attr]
        # After state_wait_notice the parent is told, once, without answering anything.
        await eventually(lambda: any(r.key == "wait:1" for r in replies(sender)))
        await anyio.sleep(0.2)
        notices = [r for r in replies(sender) if r.chat_id == KNOWN]
        assert [(r.key, r.update_id, r.thread_id) for r in notices] == [("wait:1", None, 5)]
        assert "will answer in a minute" in notices[0].text

        store.unreadable.clear()  # the cache or PostgreSQL answers again
        await eventually(lambda: len([r for r in replies(sender) if r.chat_id == KNOWN]) == 3)
        answered = [r for r in replies(sender) if r.chat_id == KNOWN][1:]
        assert [(r.update_id, r.thread_id) for r in answered] == [(1, 5), (2, None)]
        assert "Settings" in answered[0].text  # read from the known state
        assert "Sam" in answered[0].text
        assert not waits.holds(KNOWN)


async def test_an_update_arriving_for_a_waiting_chat_queues_behind_it() -> None:
    store, sender, waits = FlakyStore(), Probe(), StateWaits()
    await onboarded(store, KNOWN)
    store.unreadable.add(KNOWN)
    spec = tree(store, sender, waits)
    async with ActorSystem.start(spec) as system:
        dialogs = system.ref("dialogs-0")
        await dialogs.tell(update(1, KNOWN, "/help"))
        await eventually(lambda: waits.holds(KNOWN))
        store.unreadable.clear()
        # Readable now, but update 1 still waits for its retry: 2 must not overtake it.
        await dialogs.tell(update(2, KNOWN, "/settings"))
        await eventually(lambda: len(replies(sender)) == 2)
        assert [r.update_id for r in replies(sender)] == [1, 2]


async def test_a_crash_while_a_held_update_is_handled_is_redelivered_and_it_is_answered_once(
) -> None:
    store, sender, waits = FlakyStore(), Probe(), StateWaits()
    await onboarded(store, KNOWN)
    store.unreadable.add(KNOWN)
    crashed: list[int] = []

    def fault(point: str, incoming: IncomingUpdate, attempt: int) -> None:
        if point == "received" and incoming.update_id == 1 and not store.unreadable \
                and not crashed:
            crashed.append(attempt)
            raise RuntimeError("crash while handling a held update (on purpose)")

    spec = tree(store, sender, waits, fault=fault)
    async with ActorSystem.start(spec) as system:
        recorder = EventRecorder(system)
        dialogs = system.ref("dialogs-0")
        await dialogs.tell(update(1, KNOWN, "/help"))
        await dialogs.tell(update(2, KNOWN, "/settings"))
        await eventually(lambda: waits.holds(KNOWN))
        store.unreadable.clear()
        await eventually(lambda: len(replies(sender)) == 2)
        await anyio.sleep(0.2)
        assert [r.update_id for r in replies(sender)] == [1, 2]  # each once, in order
        assert crashed == [1]
        assert len(recorder.of(Restarting, path="root/dialogs-0")) == 1
        assert not waits.holds(KNOWN)


def test_the_snapshot_lists_the_longest_waiting_chats() -> None:
    waits = StateWaits()
    waits.park("dialogs-0", update(1, 5, "a"), now=10.0)
    waits.park("dialogs-0", update(2, 5, "b"), now=11.0)
    waits.park("dialogs-1", update(3, 6, "c"), now=12.0)
    waits.park("dialogs-0", update(1, 5, "a"), now=13.0)  # a redelivery is held once
    snapshot = waits.snapshot(now=20.0)
    assert snapshot["chats"] == 2
    assert snapshot["updates"] == 3
    assert snapshot["longest_wait_s"] == 10.0
    assert snapshot["waiting"] == [
        {"chat_id": 5, "waiting_s": 10.0, "updates": 2, "attempts": 0},
        {"chat_id": 6, "waiting_s": 8.0, "updates": 1, "attempts": 0},
    ]
    assert sorted(waits.owned_by("dialogs-0")) == [5]
    waits.pop_first(6)
    assert not waits.holds(6)
