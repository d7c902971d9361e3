"""The kernel's dead letters kept: ``DeadLetterSink`` and ``DeadLetterKeeper`` in a real
ActorSystem, appending ``DeadLetter`` records to a real spool; and the guard every
record passes before the spool takes it (``encode_record``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from actors.db_writer import (
    ChildSaved,
    DeadLetter,
    DeadLetterKeeper,
    DeadLetterSink,
    EmotionEntry,
    UnstorableRecord,
    decode_record,
    encode_record,
)
from actors.spool import Spool
from runtime import ActorSystem, DeadLettered, Message
from runtime.testing import Crasher, ManualClock, eventually
from supervisors import supervisor_spec, worker

pytestmark = pytest.mark.anyio

T0 = dt.datetime(2026, 11, 23, 20, 0, tzinfo=dt.UTC)
TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


class Said(Message, frozen=True, kw_only=True):
    update_id: int
    chat_id: int
    text: str
    payload: bytes = b""


@pytest.fixture
async def spool(tmp_path: Path) -> AsyncIterator[Spool]:
    opened = await Spool.open(tmp_path / "spool", fsync=False)
    try:
        yield opened
    finally:
        await opened.aclose()


def letters(spool: Spool) -> list[DeadLetter]:
    found = [decode_record(data) for _, data in spool.read(0, 1000)]
    return [r for r in found if isinstance(r, DeadLetter)]


async def test_a_message_that_crashes_every_delivery_becomes_a_dead_letter_record(
    spool: Spool,
) -> None:
    given_up: list[int] = []

    async def mark_done(update_id: int) -> None:
        given_up.append(update_id)

    sink = DeadLetterSink(spool, clock=ManualClock.at(T0), given_up=mark_done)
    tree = supervisor_spec("root", [
        worker("dead_letters", lambda: DeadLetterKeeper(sink)),
        worker("worker", lambda: Crasher(lambda m: isinstance(m, Said)), max_redeliveries=2),
    ], max_restarts=10, within=10.0)
    words = "he said he wants to die " * 10 + TOKEN
    async with ActorSystem.start(tree) as system:
        await system.ref("worker").tell(Said(update_id=41, chat_id=7, text=words,
                                             payload=b"\x00" * 300))
        await system.ref("worker").tell("still answering")
        await eventually(lambda: len(letters(spool)) == 1)
        assert await system.ref("worker").ask("after", timeout=2) == ("after", 4, 1)
    [letter] = letters(spool)
    assert letter.key == "actor:root/worker:Said:u41"
    assert (letter.actor, letter.reason, letter.chat_id, letter.at) == (
        "root/worker", "poison", 7, T0)
    assert "Crash" in letter.error
    body = json.loads(letter.message_json)
    assert body["type"] == "Said"
    fields = body["fields"]
    assert fields["text"] == words[:64] + "…"  # a bounded excerpt of the parent's words
    assert fields["payload"] == "<300 bytes>"
    assert TOKEN not in letter.message_json
    assert TOKEN.split(":")[1] not in letter.error
    assert given_up == [41]  # the update is done: the next start does not replay it
    assert sink.kept == 1


async def test_messages_queued_at_a_stop_or_shutdown_are_not_kept(spool: Spool) -> None:
    # They are still in the update journal and are delivered again at the next start.
    sink = DeadLetterSink(spool)
    said = Said(update_id=1, chat_id=1, text="x")
    for reason in ("stopped", "shutdown"):
        sink.on_event(DeadLettered(path="root/x", at=0.0, message=said, reason=reason))
    assert sink.depth == 0
    for reason in ("poison", "dropped", "overflow"):
        sink.on_event(DeadLettered(path="root/x", at=0.0, message=said, reason=reason))
    assert sink.depth == 3


def test_the_guard_cleans_strings_and_refuses_integers_beyond_bigint() -> None:
    entry = EmotionEntry(
        entry_key="u1", chat_id=1, child_id=1, phrase="a\ud800b\ud83d\ude00", emotion="joy",
        intensity=1, analysis_json="{}", source="offline", age_band="4-7", language="en",
        at=T0)
    stored = decode_record(encode_record(entry))
    assert isinstance(stored, EmotionEntry)
    assert stored.phrase == "a\ufffdb\U0001f600"  # a pair in two halves is joined
    with pytest.raises(UnstorableRecord, match=r"ChildSaved\.chat_id"):
        encode_record(ChildSaved(chat_id=2**64 + 1, child_id=1, name="Sam", age=5,
                                 version=1))
