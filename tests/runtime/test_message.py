"""Messages: frozen, keyword-only, tagged structs; unions round-trip through msgpack/JSON."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from runtime import Message, MessageCodec


class Greet(Message, frozen=True, kw_only=True):
    name: str
    times: int = 1


class Note(Message, frozen=True, kw_only=True):
    text: str
    tags: list[str] = []  # noqa: RUF012 - msgspec copies mutable defaults


class Nested(Message, frozen=True, kw_only=True):
    inner: Greet
    score: float | None = None


def test_messages_are_frozen() -> None:
    msg = Greet(name="a")
    with pytest.raises(AttributeError):
        msg.name = "b"  # type: ignore[misc]


def test_messages_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Greet("a")  # type: ignore[misc]


def test_messages_are_tagged_with_their_class_name() -> None:
    assert msgspec.json.decode(msgspec.json.encode(Greet(name="a")))["type"] == "Greet"


def test_codec_decodes_the_right_class_from_a_union() -> None:
    codec = MessageCodec(Greet, Note, Nested)
    for msg in (Greet(name="x", times=3), Note(text="t", tags=["a"]),
                Nested(inner=Greet(name="y"), score=0.5)):
        assert codec.decode(codec.encode(msg)) == msg
        assert codec.decode_json(codec.encode_json(msg)) == msg


def test_codec_rejects_a_type_outside_its_union() -> None:
    codec = MessageCodec(Greet)
    data = MessageCodec(Note).encode(Note(text="t"))
    with pytest.raises(msgspec.ValidationError):
        codec.decode(data)


@given(
    st.one_of(
        st.builds(Greet, name=st.text(), times=st.integers(-(2**63), 2**63 - 1)),
        st.builds(Note, text=st.text(), tags=st.lists(st.text(), max_size=5)),
        st.builds(Nested, inner=st.builds(Greet, name=st.text()),
                  score=st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))),
    )
)
def test_any_message_of_a_union_round_trips(msg: Message) -> None:
    codec = MessageCodec(Greet, Note, Nested)
    assert codec.decode(codec.encode(msg)) == msg
    assert codec.decode_json(codec.encode_json(msg)) == msg
