"""Telegram HTML text helpers: escape, strip to plain text, split long messages.

Telegram counts a message's length in Unicode code points of the text *after* HTML parsing
(tags do not count, ``&amp;`` counts as one), limit 4096; the raw parameter is separately
capped at 32 KiB (docs/notes/telegram.md §4.1, §4.3). ``split_html`` cuts a long text
into parts that each meet both limits, preferring paragraph, then line, then sentence,
then word boundaries, never inside a tag or an entity, and closing the tags open at a cut
(``</b>``) and reopening them (``<b>``) at the start of the next part.

The tokenizer is lenient: what does not look like a tag or a known entity is text, so
``strip_html`` turns even markup Telegram refused into readable plain text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Final

__all__ = ["MAX_MESSAGE_BYTES", "MAX_MESSAGE_CHARS", "escape", "split_html", "strip_html",
           "visible_text"]

MAX_MESSAGE_CHARS: Final = 4096
"""Visible code points per message (after HTML parsing)."""
MAX_MESSAGE_BYTES: Final = 32768
"""UTF-8 bytes of the raw ``text`` parameter."""

_TAG: Final = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)"
    r"((?:\s+[^\s=>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']*))?)*)\s*/?>"
)
_ENTITY: Final = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d{1,8})|#[xX]([0-9a-fA-F]{1,6}));")
_NAMED: Final = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SENTENCE_END: Final = frozenset(".!?…")
_CLOSERS: Final = frozenset("\"'»”’)]")


def escape(text: str) -> str:
    """``text`` safe inside Telegram HTML: ``&``, ``<`` and ``>`` escaped (quotes left
    alone; inside attribute values use ``html.escape(text)``)."""
    return html.escape(text, quote=False)


def strip_html(text: str) -> str:
    """The visible plain text of ``text``: tags removed, entities decoded. Meant for the
    plain-text fallback after Telegram refused the markup."""
    return visible_text(text)


def visible_text(text: str) -> str:
    """What Telegram would show of ``text`` (before its trimming of surrounding spaces)."""
    return "".join(unit.char for unit in _tokenize(text))


# -- tokens ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Unit:
    """One indivisible piece of the raw text: a visible character (maybe written as an
    entity) or a tag (``char == ""``)."""

    raw: str
    char: str = ""
    tag: str = ""  # lower-case tag name, for tags
    closing: bool = False

    @property
    def is_tag(self) -> bool:
        return bool(self.tag)

    @property
    def space(self) -> bool:
        return self.char.isspace() or self.char == "\0"


def _tokenize(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    pos, end = 0, len(text)
    while pos < end:
        ch = text[pos]
        if ch == "<":
            match = _TAG.match(text, pos)
            if match is not None:
                name = match.group(2).lower()
                units.append(_Unit(match.group(0), tag=name, closing=bool(match.group(1))))
                pos = match.end()
                continue
        elif ch == "&":
            match = _ENTITY.match(text, pos)
            decoded = _decode(match) if match is not None else None
            if match is not None and decoded is not None:
                units.append(_Unit(match.group(0), decoded))
                pos = match.end()
                continue
        units.append(_Unit(ch, ch))
        pos += 1
    return units


def _decode(match: re.Match[str]) -> str | None:
    named, decimal, hexa = match.groups()
    if named:
        return _NAMED[named]
    code = int(decimal) if decimal else int(hexa, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None  # Telegram keeps such an "&" as a literal
    return chr(code)


def _size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _closing(stack: list[_Unit]) -> str:
    return "".join(f"</{unit.tag}>" for unit in reversed(stack))


def _apply(stack: list[_Unit], unit: _Unit) -> None:
    """Track the open tags: push a start tag, pop through the matching start of an end tag
    (an unmatched end tag is left alone: Telegram will refuse that markup anyway)."""
    if not unit.closing:
        stack.append(unit)
        return
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].tag == unit.tag:
            del stack[i:]
            return


# -- splitting -------------------------------------------------------------------------------


def split_html(
    text: str, limit: int = MAX_MESSAGE_CHARS, *, max_bytes: int = MAX_MESSAGE_BYTES,
) -> list[str]:
    """``text`` cut into parts of at most ``limit`` visible code points and ``max_bytes``
    raw UTF-8 bytes each, in order.

    Cuts go after a paragraph break (a blank line), else a line break, else the end of a
    sentence, else a space, each only if it keeps at least half of the part's room used;
    else the part is cut hard at the limit (between two characters, never inside a tag or
    an entity). Tags open at a cut are closed at the end of the part and reopened at the
    start of the next. Parts that would show only whitespace are left out. A text within
    the limits (or with no visible text at all) comes back as ``[text]``.
    """
    if limit < 1:
        raise ValueError(f"limit must be >= 1, not {limit}")
    if len(text) <= limit and _size(text) <= max_bytes:
        return [text]  # the visible length is never more than the raw length
    units = _tokenize(text)
    visible = sum(1 for u in units if u.char)
    if (visible <= limit and _size(text) <= max_bytes) or not any(
        u.char and not u.space for u in units
    ):
        return [text]
    parts: list[str] = []
    start, reopen = 0, list[_Unit]()
    while start < len(units):
        end = _furthest_end(units, start, reopen, limit, max_bytes)
        cut = end if end == len(units) else _best_cut(units, start, end)
        stack = list(reopen)
        for unit in units[start:cut]:
            if unit.is_tag:
                _apply(stack, unit)
        body = units[start:cut]
        if any(u.char and not u.space for u in body):
            raw = "".join(u.raw for u in reopen) + "".join(u.raw for u in body)
            parts.append(raw + _closing(stack))
        start, reopen = cut, stack
    return parts


def _furthest_end(
    units: list[_Unit], start: int, reopen: list[_Unit], limit: int, max_bytes: int,
) -> int:
    """The largest ``end`` such that ``units[start:end]`` (with the reopened tags before
    it and the closing tags after it) fits ``limit`` and ``max_bytes``; at least one unit."""
    stack = list(reopen)
    count = 0
    size = sum(_size(u.raw) for u in reopen)
    i = start
    while i < len(units):
        unit = units[i]
        if unit.char and count + 1 > limit:
            break
        after = list(stack)
        if unit.is_tag:
            _apply(after, unit)
        if size + _size(unit.raw) + _size(_closing(after)) > max_bytes:
            break
        count += 1 if unit.char else 0
        size += _size(unit.raw)
        stack = after
        i += 1
    return max(i, start + 1)


def _best_cut(units: list[_Unit], start: int, end: int) -> int:
    """Where to end the part ``units[start:end]``: the last boundary of the best kind
    that keeps at least half of the part's visible text, else ``end``."""
    floor = _half_way(units, start, end)
    for kind in ("paragraph", "line", "sentence", "word"):
        for cut in range(end, floor, -1):
            if cut < len(units) and _boundary(units, start, cut) >= _RANK[kind]:
                return _place_cut(units, start, cut, end)
    return end


_RANK: Final = {"word": 1, "sentence": 2, "line": 3, "paragraph": 4}


def _half_way(units: list[_Unit], start: int, end: int) -> int:
    total = sum(1 for u in units[start:end] if u.char)
    seen = 0
    for i in range(start, end):
        if units[i].char:
            seen += 1
            if seen * 2 >= total:
                return i
    return start


def _boundary(units: list[_Unit], start: int, cut: int) -> int:
    """How good a cut before ``units[cut]`` is: 0 (inside a word) .. 4 (after a blank
    line). A boundary is a cut after a run of whitespace (tags may be mixed into it),
    before a character that is not whitespace."""
    if units[cut].space:
        return 0
    i = cut - 1
    newlines = 0
    spaces = 0
    while i >= start and (units[i].space or units[i].is_tag):
        if units[i].space:
            spaces += 1
            newlines += units[i].char == "\n"
        i -= 1
    if spaces == 0:
        return 0
    if newlines >= 2:
        return _RANK["paragraph"]
    if newlines == 1:
        return _RANK["line"]
    while i >= start and (units[i].is_tag or units[i].char in _CLOSERS):
        i -= 1
    if i >= start and units[i].char in _SENTENCE_END:
        return _RANK["sentence"]
    return _RANK["word"]


def _place_cut(units: list[_Unit], start: int, cut: int, end: int) -> int:
    # Among the tags at a boundary, end tags stay with the part that ends and start tags
    # go with the part that begins: "end.</b>\n\n<i>next" is cut before the "<i>".
    while cut - 1 > start and units[cut - 1].is_tag and not units[cut - 1].closing:
        cut -= 1
    while cut < end and units[cut].is_tag and units[cut].closing:
        cut += 1
    return cut
