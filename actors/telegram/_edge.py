"""The edge: what a getUpdates answer may bring in, checked one update at a time.

One bad update must never hold up the batch it came in (a batch that fails as a whole is
fetched again and again: no parent is answered). So an answer is decoded per update:

1. **Fast path.** The whole answer is valid JSON (msgspec checks it, keeping each update
   as raw bytes): each update is checked (size; nesting, by an iterative bracket scan
   that skips strings, run only when the update holds more than ``MAX_DEPTH`` brackets)
   and decoded on its own.
2. **Slow path**, when the whole answer does not decode (a lone surrogate escape, bytes
   that are not UTF-8, an unknown field nested thousands of levels deep): the ``result``
   array is split into its items by a scan that honours JSON strings, and each item is
   checked and decoded alone. An item with a lone surrogate escape or bytes that are not
   UTF-8 is repaired (U+FFFD) and decoded again.

What is refused becomes a ``Rejected``: its update id when one can be read, the reason (a
short fixed word, fit for a metric label), a detail that names fields and limits but
never values, and the first ``RAW_EXCERPT`` bytes of its JSON text. The poller
dead-letters it and moves the offset past it.

Limits (Bot API 10.1; ``docs/notes/telegram_types.json``, ``docs/notes/telegram.md`` §5):

- an update's JSON text: at most ``MAX_UPDATE_BYTES``; nesting: at most ``MAX_DEPTH``
  levels inside the update (Telegram's deepest updates nest about 8);
- ``update_id`` and ``message_id``: 32-bit signed, not negative;
- ``User.id`` and ``Chat.id``: "at most 52 significant bits": ``|id| < 2**52``;
- ``date``: not negative and below 2**32, else 0 (repaired: the bot never reads it);
- strings: a lone surrogate becomes U+FFFD, and so does NUL (PostgreSQL's ``text`` and
  ``jsonb`` refuse it); the parent is still answered.

``msgspec`` has no nesting limit option: it recurses until Python's recursion limit and
raises ``RecursionError`` (caught: the slow path then measures and splits), so an update
nested a few hundred levels decodes unless it is measured first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Final

import msgspec

from actors.db_writer import clean_text

__all__ = [
    "DATE_LIMIT",
    "ID_LIMIT",
    "INT32_LIMIT",
    "MAX_DEPTH",
    "MAX_UPDATE_BYTES",
    "RAW_EXCERPT",
    "Batch",
    "EnvelopeError",
    "Rejected",
    "clean_text",
    "decode_updates",
    "nests_deeper_than",
]

MAX_UPDATE_BYTES: Final = 1 << 20
"""An update's JSON text longer than this is refused (a 4096-character text with its
entities and a quoted reply is a few tens of KiB)."""
MAX_DEPTH: Final = 64
"""Nesting levels allowed inside one update (the update object itself is level 1)."""
RAW_EXCERPT: Final = 64 * 1024
"""Bytes of a refused update's JSON text kept in its dead letter."""
INT32_LIMIT: Final = 2**31
"""``update_id`` and ``message_id`` are below this (and not negative)."""
ID_LIMIT: Final = 2**52
"""``|User.id|`` and ``|Chat.id|`` are below this."""
DATE_LIMIT: Final = 2**32

_STRING: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS: Final = bytes(b for b in range(256) if b not in b"[]{}")
_STEPS: Final = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")
_TOKEN: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]', re.DOTALL)
_OK_TRUE: Final = re.compile(rb"\s*:\s*true\b")
_INTEGER: Final = re.compile(rb"\s*:\s*(-?\d{1,40})")
_ESCAPE: Final = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"  # a surrogate pair: kept
    r"|\\u[dD][89a-fA-F][0-9a-fA-F]{2}"  # a lone surrogate: replaced
    r"|\\.",  # any other escape (an escaped backslash included): kept
    re.DOTALL)


class EnvelopeError(ValueError):
    """The answer is no ``{"ok": true, "result": [...]}`` at all: nothing in it can be read
    (a transport problem, not a poison update)."""


@dataclass(frozen=True)
class Rejected:
    """An update set aside. ``stage``: ``edge`` (its JSON text), ``parse`` (its fields),
    ``journal`` (its id was seen for another update), ``store`` (the journal could not
    encode it); ``reason``: a short fixed word (``bad_json``, ``too_large``, ``too_deep``,
    ``not_an_object``, ``invalid``, ``out_of_range``, ``id_reused``, ``unstorable``);
    ``detail``: field names and limits, never values; ``raw``: the first ``RAW_EXCERPT``
    bytes of its JSON text, ``size`` its full length."""

    update_id: int | None
    stage: str
    reason: str
    detail: str
    raw: bytes
    size: int
    chat_id: int | None = None
    """The chat it names, when that is a valid id (so ``/delete`` erases the letter)."""


@dataclass
class Batch:
    """One getUpdates answer, update by update, in order: each item is the decoded JSON
    value of an update (normally a dict) or a ``Rejected``. ``raws`` holds each item's
    JSON text (for a dead letter at a later stage); ``repairs`` counts repairs by kind."""

    items: list[Any] = field(default_factory=list)
    raws: list[bytes] = field(default_factory=list)
    repairs: Counter[str] = field(default_factory=Counter)


class _Envelope(msgspec.Struct):
    ok: bool
    result: list[msgspec.Raw] = []


_ENVELOPE: Final = msgspec.json.Decoder(_Envelope)


def decode_updates(content: bytes) -> Batch:
    """The updates of a getUpdates answer (HTTP 200), each decoded or refused on its own.
    Raises ``EnvelopeError`` when the answer is not ``ok`` with a ``result`` array."""
    try:
        envelope = _ENVELOPE.decode(content)
    except (ValueError, RecursionError):  # msgspec.DecodeError, UnicodeDecodeError
        return _slow(content)
    if not envelope.ok:
        raise EnvelopeError("ok is not true")
    batch = Batch()
    for item in envelope.result:
        raw = bytes(item)
        # Counting brackets is cheap; a normal update has a handful, so the exact measure
        # (which skips strings) runs only for the few with many.
        deep = (raw.count(b"[") + raw.count(b"{") > MAX_DEPTH
                and nests_deeper_than(raw, MAX_DEPTH))
        _take(batch, raw, MAX_DEPTH + 1 if deep else 0)
    return batch


def nests_deeper_than(data: bytes, limit: int) -> bool:
    """Whether brackets nest more than ``limit`` levels deep in the JSON text ``data``
    (brackets inside strings do not count). Iterative: any depth is measured safely."""
    if data.count(b"[") + data.count(b"{") <= limit:
        return False
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS).translate(_STEPS)
    return bool(brackets) and max(accumulate(step - 1 for step in brackets)) > limit


# -- one update ----------------------------------------------------------------------------


def _take(batch: Batch, raw: bytes, depth: int = 0, update_id: int | None = None) -> None:
    """Check and decode one update's JSON text ``raw`` into ``batch``; ``depth`` is its
    nesting as the caller measured it, ``update_id`` its id if the caller read it."""
    batch.raws.append(raw)
    if len(raw) > MAX_UPDATE_BYTES:
        batch.items.append(_rejected(raw, update_id, "too_large",
                                     f"{len(raw)} bytes, at most {MAX_UPDATE_BYTES}"))
        return
    if depth > MAX_DEPTH:
        batch.items.append(_rejected(raw, update_id, "too_deep",
                                     f"nesting deeper than {MAX_DEPTH} levels"))
        return
    try:
        value = msgspec.json.decode(raw)
    except (ValueError, RecursionError):  # msgspec.DecodeError, UnicodeDecodeError
        fixed, kind = _repair(raw)
        try:
            value = msgspec.json.decode(fixed)
        except (ValueError, RecursionError):  # msgspec.DecodeError, UnicodeDecodeError
            batch.items.append(_rejected(raw, update_id, "bad_json", "not valid JSON"))
            return
        batch.repairs[kind] += 1
    batch.items.append(value)


def _rejected(raw: bytes, update_id: int | None, reason: str, detail: str) -> Rejected:
    if update_id is None:
        update_id = _top_level_id(raw)
    return Rejected(update_id=update_id, stage="edge", reason=reason, detail=detail,
                    raw=raw[:RAW_EXCERPT], size=len(raw))


def _repair(raw: bytes) -> tuple[bytes, str]:
    """``raw`` with bytes that are not UTF-8 and lone surrogate escapes made U+FFFD, and
    the repair's kind (``invalid_utf8`` or ``lone_surrogate``)."""
    try:
        text, kind = raw.decode("utf-8"), "lone_surrogate"
    except UnicodeDecodeError:
        text, kind = raw.decode("utf-8", "replace"), "invalid_utf8"
    return _ESCAPE.sub(_keep_or_replace, text).encode("utf-8"), kind


def _keep_or_replace(match: re.Match[str]) -> str:
    escape = match.group()
    return "\\ufffd" if len(escape) == 6 else escape


def _top_level_id(raw: bytes) -> int | None:
    """The ``update_id`` of an update's JSON text, read without decoding it."""
    depth = 0
    for token in _TOKEN.finditer(raw):
        char = token.group()[:1]
        if char == b'"':
            if depth == 1 and token.group() == b'"update_id"':
                found = _INTEGER.match(raw, token.end())
                if found:
                    return int(found.group(1))
        elif char in b"[{":
            depth += 1
        elif char in b"]}":
            depth -= 1
    return None


# -- the slow path -------------------------------------------------------------------------


def _slow(content: bytes) -> Batch:
    """Split the ``result`` array with a scan that honours strings; take each item alone."""
    batch = Batch()
    depth = 0
    key = b""
    ok = False
    in_result = closed = False
    start = 0
    deepest = 0
    update_id: int | None = None
    for token in _TOKEN.finditer(content):
        text = token.group()
        char = text[:1]
        if char == b'"':
            if depth == 1:
                key = text
                if text == b'"ok"' and _OK_TRUE.match(content, token.end()):
                    ok = True
            elif in_result and depth == 3 and text == b'"update_id"':
                found = _INTEGER.match(content, token.end())
                if found:
                    update_id = int(found.group(1))
            continue
        if char in b"[{":
            depth += 1
            if depth == 2 and char == b"[" and key == b'"result"' and not closed:
                in_result, start = True, token.end()
            elif in_result:
                deepest = max(deepest, depth - 2)
        elif char in b"]}":
            depth -= 1
            if in_result and depth == 1:
                _item(batch, content[start:token.start()], deepest, update_id)
                in_result, closed = False, True
        elif char == b"," and in_result and depth == 2:
            _item(batch, content[start:token.start()], deepest, update_id)
            start, deepest, update_id = token.end(), 0, None
    if not ok or not closed:
        raise EnvelopeError("no ok result array")
    return batch


def _item(batch: Batch, raw: bytes, depth: int, update_id: int | None) -> None:
    raw = raw.strip()
    if raw:
        _take(batch, raw, depth, update_id)
