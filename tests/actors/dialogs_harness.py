"""A real Dialogs actor between probes, for the tests that push updates through it: an
in-memory family store, a sender that records, a translator that answers offline."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from actors.dialogs import Dialogs, Family, MemoryFamilyStore
from actors.protocol import IncomingUpdate, SendReply, TranslateRequest, Translation
from actors.translator import analyse_offline
from config.settings import DialogsSettings, TranslatorSettings
from runtime import ActorSystem, Crashed, current_system
from runtime.testing import EventRecorder, Probe, eventually
from supervisors import supervisor_spec, worker


def translated(message: Any) -> Any:
    """The translator probe's answer: the offline analysis of a request."""
    if isinstance(message, TranslateRequest):
        analysis = analyse_offline(message.phrase, message.age_band, message.language)
        return Translation(analysis=analysis, source="offline")
    return message


async def through_dialogs(
    updates: Sequence[IncomingUpdate], families: Sequence[Family],
    sent: list[Any] | None = None,
) -> tuple[list[SendReply], list[int], list[Crashed]]:
    """Each update told to a real Dialogs actor whose store holds ``families``, until
    each has a reply or is marked done: the replies, the ids marked done, the crashes;
    ``sent``, when given, gets everything told to the sender (typing too)."""
    store = MemoryFamilyStore()
    for family in families:
        store._families[family.chat_id] = family
    sender, translator = Probe(), Probe(translated)
    done: list[int] = []

    async def mark_done(update_id: int) -> None:
        done.append(update_id)

    async def checkin(data: str, family: Family) -> str:
        return "ok"

    tree = supervisor_spec("root", [
        worker("sender", sender.factory), worker("translator", translator.factory),
        worker("dialogs", lambda: Dialogs(
            store=store, sender=current_system().ref("sender"),
            translator_for=lambda chat_id: current_system().ref("translator"), done=mark_done,
            settings=DialogsSettings(), translator_settings=TranslatorSettings(),
            checkin=checkin)),
    ], max_restarts=100, within=10.0)
    async with ActorSystem.start(tree) as system:
        with EventRecorder(system) as events:
            for update in updates:
                await system.ref("dialogs").tell(update)

            def replies() -> list[SendReply]:
                return [m for m in sender.received if isinstance(m, SendReply)]

            await eventually(lambda: {r.update_id for r in replies()} | set(done)
                             >= {u.update_id for u in updates}, timeout=10)
            if sent is not None:
                sent.extend(sender.received)
            return replies(), done, list(events.of(Crashed))
