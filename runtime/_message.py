"""Messages: frozen, keyword-only, tagged msgspec Structs, and their codecs.

Every message between actors subclasses :class:`Message`. The tag is the class name,
so any union of messages encodes to msgpack (the journal) or JSON (the edges) and decodes
back to the right class.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar, Union

import msgspec

T = TypeVar("T")


class Message(msgspec.Struct, frozen=True, kw_only=True, tag=True):
    """Base of every message. Subclasses inherit frozen, keyword-only and tagging
    (tag = class name, in the ``type`` field)."""


class MessageCodec(Generic[T]):
    """Encodes and decodes one union of message types, in msgpack and in JSON.

    ``MessageCodec(A, B, C)`` decodes any of A, B, C from bytes that carry their tag, and
    raises ``msgspec.ValidationError`` (or ``msgspec.DecodeError`` for bad bytes) otherwise.
    """

    def __init__(self, *types: type[Message]) -> None:
        if not types:
            raise ValueError("MessageCodec needs at least one message type")
        self.types: tuple[type[Message], ...] = tuple(types)
        union: Any = types[0] if len(types) == 1 else Union[tuple(types)]  # noqa: UP007
        self._mp_enc = msgspec.msgpack.Encoder()
        self._mp_dec: msgspec.msgpack.Decoder[Any] = msgspec.msgpack.Decoder(union)
        self._js_enc = msgspec.json.Encoder()
        self._js_dec: msgspec.json.Decoder[Any] = msgspec.json.Decoder(union)

    def encode(self, msg: Message) -> bytes:
        """msgpack bytes of one message."""
        return self._mp_enc.encode(msg)

    def decode(self, data: bytes) -> Any:
        """The message encoded in msgpack ``data``."""
        return self._mp_dec.decode(data)

    def encode_json(self, msg: Message) -> bytes:
        return self._js_enc.encode(msg)

    def decode_json(self, data: bytes | str) -> Any:
        return self._js_dec.decode(data)
