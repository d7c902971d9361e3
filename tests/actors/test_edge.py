"""The poller's edge: a getUpdates answer decoded update by update (``_edge``), the limits
``parse_update`` enforces, and a property: no update Telegram's types allow, however
extreme, makes the edge, the parser or dialogs raise.

The property's updates are built from the field lists in
``docs/notes/telegram_types.json`` (Integer, String, Boolean, arrays, nested types,
optional fields), with integers biased to the limits and beyond, and strings to lone
surrogates, NUL, control characters and huge ones."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import anyio
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actors.db_writer import UpdateReceived, encode_record
from actors.dialogs import Child, Family
from actors.protocol import IncomingUpdate
from actors.telegram._edge import (
    MAX_DEPTH,
    MAX_UPDATE_BYTES,
    EnvelopeError,
    Rejected,
    decode_updates,
    nests_deeper_than,
)
from actors.telegram._poller import UnknownUpdate, UpdateOutOfRange, parse_update
from runtime import MessageCodec
from tests.actors.dialogs_harness import through_dialogs

TYPES = json.loads((Path(__file__).resolve().parents[2] / "docs" / "notes"
                    / "telegram_types.json").read_text(encoding="utf-8"))["types"]


def answer(*items: str) -> bytes:
    return ('{"ok": true, "result": [' + ", ".join(items) + "]}").encode()


def update(update_id: int, body: str) -> str:
    return f'{{"update_id": {update_id}, "message": {body}}}'


GOOD = '{"message_id": 1, "date": 1, "chat": {"id": 5, "type": "private"}, "text": "[{\\"]"}'


# -- decoding, update by update ------------------------------------------------------------


def test_a_normal_answer_decodes_each_update_with_its_raw_text() -> None:
    batch = decode_updates(answer(update(1, GOOD), update(2, GOOD)))
    assert [item["update_id"] for item in batch.items] == [1, 2]
    assert batch.raws[0] == update(1, GOOD).encode()
    assert not batch.repairs


def test_a_lone_surrogate_escape_is_repaired_and_its_neighbours_are_untouched() -> None:
    lone = '{"message_id": 1, "chat": {"id": 5}, "text": "a\\ud800b \\\\ud800 \\ud83d\\ude00"}'
    batch = decode_updates(answer(update(1, GOOD), update(2, lone), update(3, GOOD)))
    assert [item["update_id"] for item in batch.items] == [1, 2, 3]
    # the lone half is U+FFFD; an escaped backslash before "ud800" and a pair stay
    assert batch.items[1]["message"]["text"] == "a\ufffdb \\ud800 \U0001f600"
    assert batch.repairs == {"lone_surrogate": 1}


def test_bytes_that_are_not_utf8_are_repaired_too() -> None:
    raw = answer(update(1, GOOD)).replace(b'"private"', b'"priv\xed\xa0\x80ate"')
    batch = decode_updates(raw)
    assert batch.items[0]["message"]["chat"]["type"] == "priv\ufffd\ufffd\ufffdate"
    assert batch.repairs == {"invalid_utf8": 1}


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 300, 5000, 100_000])
def test_an_update_nested_too_deep_is_rejected_alone_at_any_depth(depth: int) -> None:
    deep = '{"message_id": 1, "x": ' + "[" * depth + "]" * depth + "}"
    batch = decode_updates(answer(update(1, GOOD), update(2, deep), update(3, GOOD)))
    first, rejected, last = batch.items
    assert (first["update_id"], last["update_id"]) == (1, 3)
    assert isinstance(rejected, Rejected)
    assert (rejected.update_id, rejected.stage, rejected.reason) == (2, "edge", "too_deep")
    assert len(rejected.raw) <= 64 * 1024


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = '"' + "[{" * 500 + '\\"' + "]}" * 10 + '"'
    assert not nests_deeper_than(('{"a": ' + text + "}").encode(), 2)
    assert nests_deeper_than(b'{"a": [[[]]]}', 3)
    assert not nests_deeper_than(b'{"a": [[[]]]}', 4)


def test_an_update_too_large_is_rejected_alone() -> None:
    huge = '{"message_id": 1, "text": "' + "x" * MAX_UPDATE_BYTES + '"}'
    batch = decode_updates(answer(update(7, huge), update(8, GOOD)))
    assert isinstance(batch.items[0], Rejected)
    assert (batch.items[0].update_id, batch.items[0].reason) == (7, "too_large")
    assert batch.items[0].size > MAX_UPDATE_BYTES
    assert batch.items[1]["update_id"] == 8


def test_items_that_are_not_updates_are_kept_for_the_parser_to_refuse() -> None:
    batch = decode_updates(answer("7", '"text"', update(1, GOOD)))
    assert batch.items[:2] == [7, "text"]


@pytest.mark.parametrize("content", [
    b'{"ok": false, "error_code": 500}', b"<html>502</html>", b'{"ok": true, "result": [',
    b"", b'{"result": []}',
])
def test_an_answer_that_is_no_ok_result_array_is_an_envelope_error(content: bytes) -> None:
    with pytest.raises(EnvelopeError):
        decode_updates(content)


# -- parsing, within the limits ------------------------------------------------------------


@pytest.mark.parametrize(("field", "value", "names"), [
    ("update_id", 2**31, "update_id"),
    ("chat", {"id": 2**52, "type": "private"}, "message.chat.id"),
    ("chat", {"id": -(2**52), "type": "private"}, "message.chat.id"),
    ("from", {"id": 10**30, "first_name": "A"}, "message.from.id"),
    ("message_id", -1, "message.message_id"),
])
def test_ids_beyond_the_bot_api_limits_are_out_of_range(field: str, value: Any,
                                                         names: str) -> None:
    message: dict[str, Any] = {"message_id": 1, "chat": {"id": 5}, "text": "hi"}
    raw: dict[str, Any] = {"update_id": 1, "message": message}
    if field == "update_id":
        raw["update_id"] = value
    else:
        message[field] = value
    with pytest.raises(UpdateOutOfRange, match=names.replace(".", r"\.")):
        parse_update(raw)


def test_the_largest_documented_ids_parse() -> None:
    raw = {"update_id": 2**31 - 1, "message": {
        "message_id": 2**31 - 1, "chat": {"id": -(2**52) + 1, "type": "supergroup"},
        "from": {"id": 2**52 - 1, "first_name": "A"}, "text": "hi"}}
    parsed = parse_update(raw)
    assert (parsed.chat_id, parsed.user_id) == (-(2**52) + 1, 2**52 - 1)


def test_strings_are_cleaned_and_an_impossible_date_is_zero() -> None:
    repairs: Counter[str] = Counter()
    parsed = parse_update({"update_id": 1, "message": {
        "message_id": 1, "chat": {"id": 5}, "date": 2**40, "text": "a\ud800\x00",
        "from": {"id": 5, "first_name": "\udfff", "language_code": "e\x00n"}}}, repairs)
    assert (parsed.text, parsed.first_name, parsed.language_code, parsed.date) == (
        "a\ufffd\ufffd", "\ufffd", "e\ufffdn", 0)
    assert repairs == {"lone_surrogate": 2, "nul": 1, "date_out_of_range": 1}


# -- the property --------------------------------------------------------------------------

EXTREME_INTS = [0, -1, 1, 2**31 - 1, 2**31, -(2**31), 2**32, 2**52 - 1, 2**52, -(2**52),
                2**53, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64, 2**64 + 1, 10**30,
                -(10**30)]
integers = st.one_of(st.sampled_from(EXTREME_INTS), st.integers(-(2**70), 2**70),
                     st.integers(-5, 1000), st.integers(0, 2**31 - 1))
chars = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
strings = st.one_of(
    st.text(chars, max_size=20),
    st.sampled_from(["\ud800", "a\udfffb", "\x00", "\u202e\u200b", "\r\n\t\x1b[31m", "",
                     "/start", "/help", "/settings", "lang:en", "c:1:1", "ci:1:3:20261123",
                     "del:yes", "set:tz", "\ud83d\ude00", "7", "ru", "en",
                     "x" * 5000, "я" * 3000, "\ud800" * 1000, "[" * 2000, "😀" * 70_000]),
)
CHAT_IDS = st.one_of(st.sampled_from([1, 2, 3]), st.sampled_from([1, 2]), st.just(1),
                     st.just(2), st.sampled_from(EXTREME_INTS))
IDS32 = st.one_of(st.integers(1, 2**31 - 1), st.integers(1, 1000), st.integers(0, 99),
                  st.just(1), st.sampled_from(EXTREME_INTS))
FIELDS = {("Chat", "id"): CHAT_IDS, ("User", "id"): CHAT_IDS, ("Message", "message_id"): IDS32}
"""Fields biased to values that pass the limits more often, so dialogs sees more."""


def json_values(depth: int = 0) -> st.SearchStrategy[Any]:
    """Any JSON value (the types the notes do not list)."""
    leaves = st.one_of(st.none(), st.booleans(), integers, strings,
                       st.floats(allow_nan=False, allow_infinity=False))
    if depth >= 2:
        return leaves
    inner = json_values(depth + 1)
    return st.one_of(leaves, st.lists(inner, max_size=3),
                     st.dictionaries(st.text(max_size=8), inner, max_size=3))


def of_type(names: list[str], depth: int) -> st.SearchStrategy[Any]:
    return st.one_of(*[of_one(name, depth) for name in names])


def of_one(name: str, depth: int) -> st.SearchStrategy[Any]:
    if name.startswith("Array of "):
        return st.lists(of_one(name[len("Array of "):], depth + 1), max_size=3)
    if name == "Integer":
        return integers
    if name == "String":
        return strings
    if name in ("Boolean", "True"):
        return st.booleans()
    if name == "Float":
        return st.floats(allow_nan=False, allow_infinity=False)
    if name in TYPES and depth < 3:
        return typed_object(name, depth + 1)
    return json_values(depth)


def typed_object(name: str, depth: int) -> st.SearchStrategy[dict[str, Any]]:
    spec = TYPES[name]
    required, optional = {}, {}
    for f in spec["fields"]:
        values = FIELDS.get((name, f["name"]))
        if values is None:  # not `or`: a strategy's truth value is a Hypothesis warning
            values = of_type(f["type"], depth)
        if f["name"] == "type" and "type_values" in spec:
            values = st.one_of(st.sampled_from(spec["type_values"]), strings)
        # Deep optional fields only near the top, so examples stay small.
        if f["required"]:
            required[f["name"]] = values
        elif depth <= 2 or name in ("User", "Chat"):
            optional[f["name"]] = values
    return st.fixed_dictionaries(required, optional=optional)


member_updated = st.fixed_dictionaries({
    "chat": typed_object("Chat", 1), "from": typed_object("User", 1), "date": integers,
    "old_chat_member": st.fixed_dictionaries({"status": strings}),
    "new_chat_member": st.fixed_dictionaries({
        "status": st.one_of(st.sampled_from(["member", "kicked", "left"]), strings),
        "user": typed_object("User", 2)}),
})
messages = st.builds(lambda m, t, keep: {**m, "text": t} if keep else m,
                     typed_object("Message", 0), strings, st.integers(0, 3))
"""Messages, three in four with a text (an optional field among many otherwise)."""
payloads = {"message": messages,
            "edited_message": typed_object("Message", 0),
            "callback_query": typed_object("CallbackQuery", 0),
            "my_chat_member": member_updated}
updates = st.one_of(*[
    st.builds(lambda i, p, kind=kind: {"update_id": i, kind: p}, IDS32, strategy)
    for kind, strategy in payloads.items()
], st.builds(lambda i, v: {"update_id": i, "poll": v}, integers, json_values()))

PAYLOAD: MessageCodec[IncomingUpdate] = MessageCodec(IncomingUpdate)
T0 = dt.datetime(2026, 11, 23, 20, 0, tzinfo=dt.UTC)


async def dialogs_take(parsed: list[IncomingUpdate]) -> None:
    """Each update through a real Dialogs actor (``through_dialogs``): it ends in a reply
    or ``done``, and the actor never crashes."""
    families = [
        Family(chat_id=1, language="en", children=(Child(id=1, name="Sam", age=6),),
               step="ready", timezone="UTC"),
        Family(chat_id=2, language="ru", children=(
            Child(id=1, name="Sam", age=6), Child(id=2, name="Ann", age=13)), step="ready",
            timezone="Europe/Moscow"),
    ]
    _, _, crashes = await through_dialogs(parsed, families)
    assert crashes == []


@settings(max_examples=120, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.large_base_example])
@given(st.lists(updates, min_size=1, max_size=4))
def test_no_update_telegram_types_allow_makes_the_edge_the_parser_or_dialogs_raise(
    raw_updates: list[dict[str, Any]],
) -> None:
    content = json.dumps({"ok": True, "result": raw_updates}).encode()
    batch = decode_updates(content)  # never raises for an ok answer
    assert len(batch.items) == len(raw_updates)
    parsed: list[IncomingUpdate] = []
    for item in batch.items:
        if isinstance(item, Rejected):
            continue
        try:
            incoming = parse_update(item, Counter())
        except (UnknownUpdate, UpdateOutOfRange, msgspec.ValidationError):
            continue
        # What passed the edge can be journaled and stored.
        encode_record(UpdateReceived(update_id=incoming.update_id, chat_id=incoming.chat_id,
                                     payload=PAYLOAD.encode(incoming), at=T0))
        for name in ("text", "first_name", "callback_data", "chat_type", "language_code"):
            value = getattr(incoming, name)
            assert value is None or "\x00" not in value
            if value is not None:
                value.encode("utf-8")
        parsed.append(incoming)
    if parsed:
        anyio.run(dialogs_take, parsed)
