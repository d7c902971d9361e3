"""The records the bot persists: one tagged msgspec Struct per kind, each with a natural key.

Every record carries the key that makes its insert idempotent (``FamilySaved`` and
``ChildSaved`` are upserts where the highest ``version`` wins; the others insert once;
``FamilyErased`` deletes the chat's rows), so the flusher may deliver a record any number
of times and the table still holds it once. ``encode_record`` / ``decode_record`` are the
spool's codec. See docs/db-writer.md, section "Records and their natural keys".
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal, Union

import msgspec

from actors.protocol import AgeBand, Language, TranslationSource
from config.redaction import redact

from ._guard import storable

__all__ = [
    "RECORD_TYPES",
    "CheckinAnswer",
    "ChildRemoved",
    "ChildSaved",
    "DeadLetter",
    "EmotionEntry",
    "EntryFeedback",
    "EntryRemoved",
    "FamilyErased",
    "FamilySaved",
    "ParentSeen",
    "ProcessedUpdate",
    "Record",
    "ScheduleRun",
    "SentReply",
    "UpdateReceived",
    "chat_of",
    "decode_record",
    "encode_record",
]


Gender = Literal["boy", "girl"]
"""A child's gender as stored (``children.gender``)."""


class _Base(msgspec.Struct, frozen=True, kw_only=True, tag=True):
    """Frozen, keyword-only, tagged with the class name. Timestamps are timezone-aware
    ``datetime`` values (UTC); a ``version`` grows monotonically for one family (the
    update id that caused the change, or a time-based counter), so replaying an old record
    never rolls newer data back."""


class FamilySaved(_Base, frozen=True, kw_only=True):
    """A family's settings as of ``version`` (one family = one private chat)."""

    chat_id: int
    language: Language | None
    checkin_time: str
    timezone: str
    active: bool
    version: int
    consented_at: dt.datetime | None = None
    """When the parent accepted the privacy notice (None: not yet, or a family from
    before the notice existed)."""


class ParentSeen(_Base, frozen=True, kw_only=True):
    """A Telegram user writes in the family's chat (the parents of a family)."""

    chat_id: int
    user_id: int
    at: dt.datetime


class ChildSaved(_Base, frozen=True, kw_only=True):
    """A child of the family as of ``version``; ``child_id`` is stable within the family."""

    chat_id: int
    child_id: int
    name: str
    age: int
    """The age when this version was saved (0-17); ``birth_year`` keeps it growing."""
    version: int
    birth_year: int | None = None
    gender: Gender | None = None
    """Asked in Russian, for the grammatical forms of the texts; None: not given."""


class ChildRemoved(_Base, frozen=True, kw_only=True):
    """/children removed a child: its row goes, with its diary entries and check-in
    answers up to ``at`` (a child saved again under the same id later, with a higher
    ``version``, stays)."""

    chat_id: int
    child_id: int
    version: int
    at: dt.datetime


class EntryRemoved(_Base, frozen=True, kw_only=True):
    """/undo removed a diary entry (its key is the entry's natural key)."""

    chat_id: int
    entry_key: str
    at: dt.datetime


class EntryFeedback(_Base, frozen=True, kw_only=True):
    """A parent's tap under an answer: did it help? A later tap on the same entry has a
    higher ``version`` and replaces the earlier one."""

    chat_id: int
    entry_key: str
    helpful: bool
    version: int
    at: dt.datetime


class EmotionEntry(_Base, frozen=True, kw_only=True):
    """One translated phrase in a child's emotion diary. ``entry_key`` is unique per entry
    (derived from the update that asked, so a replayed update makes the same key)."""

    entry_key: str
    chat_id: int
    child_id: int
    phrase: str
    emotion: str
    intensity: int
    analysis_json: str
    """The ``Analysis`` as JSON text (stored as ``jsonb``)."""
    source: TranslationSource
    age_band: AgeBand
    language: Language
    at: dt.datetime
    crisis: str | None = None
    """The crisis category (``actors.crisis.Category``) when the message was answered as
    a crisis; its emotion, intensity and analysis are placeholders then."""


class CheckinAnswer(_Base, frozen=True, kw_only=True):
    """A daily check-in answer: the child's mood ``score`` on ``day`` (family's local date)."""

    chat_id: int
    child_id: int
    day: dt.date
    score: int
    at: dt.datetime


class UpdateReceived(_Base, frozen=True, kw_only=True):
    """A Telegram update journaled by the poller before its offset was confirmed.
    ``payload`` is the msgpack of the ``actors.protocol.IncomingUpdate`` (its
    ``MessageCodec``), so a restart can deliver it again while it is not processed
    (``actors.telegram._spool_journal``)."""

    update_id: int
    chat_id: int
    payload: bytes
    at: dt.datetime


class ProcessedUpdate(_Base, frozen=True, kw_only=True):
    """A Telegram update fully handled (replays are skipped by ``update_id``)."""

    update_id: int
    chat_id: int
    at: dt.datetime


class SentReply(_Base, frozen=True, kw_only=True):
    """A reply delivered to Telegram under its idempotency ``key``."""

    key: str
    chat_id: int
    at: dt.datetime


class DeadLetter(_Base, frozen=True, kw_only=True):
    """A message or record given up on: who gave up (``actor``), why, the error and the
    message itself as JSON. ``chat_id`` (when known) lets ``/delete`` erase it too."""

    key: str
    actor: str
    reason: str
    error: str
    message_json: str
    at: dt.datetime
    chat_id: int | None = None


class ScheduleRun(_Base, frozen=True, kw_only=True):
    """A scheduled job ran for one period (``period_key``, e.g. ``2026-11-23``)."""

    schedule: str
    period_key: str
    at: dt.datetime


class FamilyErased(_Base, frozen=True, kw_only=True):
    """``/delete``: every row of this chat is deleted, in every table."""

    chat_id: int
    at: dt.datetime


Record = Union[  # noqa: UP007 (a runtime union msgspec can decode)
    FamilySaved,
    ParentSeen,
    ChildSaved,
    EmotionEntry,
    CheckinAnswer,
    UpdateReceived,
    ProcessedUpdate,
    SentReply,
    DeadLetter,
    ScheduleRun,
    FamilyErased,
    ChildRemoved,
    EntryRemoved,
    EntryFeedback,
]
"""Any record."""

RECORD_TYPES: Final[tuple[type[_Base], ...]] = (
    FamilySaved, ParentSeen, ChildSaved, EmotionEntry, CheckinAnswer, UpdateReceived,
    ProcessedUpdate, SentReply, DeadLetter, ScheduleRun, FamilyErased, ChildRemoved,
    EntryRemoved, EntryFeedback,
)

_encoder: Final = msgspec.msgpack.Encoder()
_decoder: Final[msgspec.msgpack.Decoder[Record]] = msgspec.msgpack.Decoder(Record)


def encode_record(record: Record) -> bytes:
    """The msgpack bytes of one record (what the spool stores; the tag is the class name in
    the ``type`` field), made ``storable`` first: strings cleaned, ``UnstorableRecord``
    for an integer outside ``bigint``; a dead letter's ``error`` and ``message_json``
    are redacted (``config.redaction``: no secret reaches the spool or PostgreSQL)."""
    if isinstance(record, DeadLetter):
        record = msgspec.structs.replace(record, error=redact(record.error),
                                         message_json=redact(record.message_json))
    return _encoder.encode(storable(record))


def decode_record(data: bytes) -> Record:
    """The record encoded in ``data``; ``msgspec.DecodeError`` (bad bytes) or
    ``msgspec.ValidationError`` (a well-formed record of an unknown kind or shape) when
    the bytes are not one."""
    return _decoder.decode(data)


def chat_of(record: Record) -> int | None:
    """The chat a record belongs to (None for records of no family: schedule runs, dead
    letters of no chat)."""
    return getattr(record, "chat_id", None)
