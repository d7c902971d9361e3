"""The value messages a busy bot holds by the thousand (a backlog of updates, queued
replies, cached translations) are never tracked by the garbage collector: they hold only
strings, numbers and each other, so no cycle can contain them, and a full collection under
load does not walk them. A field that could hold a container would break that promise, so
it is checked here with instances built as the bot builds them."""

from __future__ import annotations

import gc

import msgspec
import pytest

from actors.protocol import (
    DOMAIN_MESSAGES,
    Analysis,
    Button,
    IncomingUpdate,
    SendReply,
    Translation,
)
from runtime import Message, MessageCodec


def said(*texts: str) -> tuple[str, ...]:
    """A tuple built at run time, as the translators build theirs (a literal tuple of
    strings is a constant the collector never tracks, and would prove nothing)."""
    return tuple(list(texts))


ANALYSIS = Analysis(emotion="sadness", intensity=3, need="comfort",
                    what_to_say=said("I'm here"), what_to_avoid=said("Don't cry"),
                    language="en")
BUTTONS = tuple([tuple([Button(text="Helped", data="fb:1:y")])])
VALUES = {
    "analysis": ANALYSIS,
    "translation": Translation(analysis=ANALYSIS, source="offline", unclear=False),
    "update": IncomingUpdate(update_id=1, kind="message", chat_id=2, user_id=2, text="hi"),
    "reply": SendReply(chat_id=2, key="u1", text="<b>hi</b>", buttons=BUTTONS),
}


@pytest.mark.parametrize("name", sorted(VALUES))
def test_the_collector_never_tracks_the_value(name: str) -> None:
    assert not gc.is_tracked(VALUES[name])


@pytest.mark.parametrize("name", sorted(VALUES))
def test_a_decoded_value_is_not_tracked_either(name: str) -> None:
    value = VALUES[name]
    decoded = msgspec.json.decode(msgspec.json.encode(value), type=type(value))
    assert decoded == value
    assert not gc.is_tracked(decoded)


def test_the_message_codec_round_trip_keeps_them_untracked() -> None:
    codec: MessageCodec[Message] = MessageCodec(*DOMAIN_MESSAGES)
    for value in (VALUES["update"], VALUES["reply"], VALUES["translation"]):
        assert isinstance(value, Message)
        for decoded in (codec.decode(codec.encode(value)),
                        codec.decode_json(codec.encode_json(value))):
            assert decoded == value
            assert not gc.is_tracked(decoded)
