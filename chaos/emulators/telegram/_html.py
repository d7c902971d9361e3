"""Telegram's ``parse_mode=HTML`` subset: visible text plus MessageEntity dicts.

Accepts exactly the tags of the Bot API's formatting options — ``b strong i em u ins s strike
del``, ``span class="tg-spoiler"``, ``tg-spoiler``, ``a href``, ``tg-emoji emoji-id``,
``tg-time``, ``code``, ``pre`` (an inner ``code class="language-x"`` gives the ``pre`` its
language), ``blockquote`` (``expandable``) — and the entities ``&lt; &gt; &amp; &quot;`` plus
every numeric one. An ``&`` that starts no known entity stays a literal ``&``, as in TDLib.

Everything else raises :class:`HtmlParseError` whose message follows TDLib's wording
(``Unsupported start tag "x" at byte offset 3``); the server prefixes it with
``Bad Request: can't parse entities: ``. Entity offsets and lengths are UTF-16 code units.
Nesting rules (what may contain what) are not enforced: TDLib silently normalises them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["HtmlParseError", "ParsedText", "parse_html", "utf16_len"]

_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
}
_SPECIAL_TAGS = {"span", "a", "tg-emoji", "tg-time", "blockquote"}
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d{1,8})|#[xX]([0-9a-fA-F]{1,6}));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_MARKUP = re.compile(r"[<&]")
_SPACE = " \t\r\n\f\v"


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; the message is TDLib's detail text."""


@dataclass
class ParsedText:
    """Visible text and its entities (``offset``/``length`` in UTF-16 code units)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Open:
    name: str
    offset: int  # UTF-16 offset in the visible text where the tag's content starts
    attrs: dict[str, str]
    language: str | None = None  # set on a <pre> by its inner <code class="language-x">


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: astral characters (emoji) count twice."""
    # Encoding in C, not a Python loop over characters: the emulator is the drills' load
    # generator, and this ran for every character of every HTML reply.
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def parse_html(source: str) -> ParsedText:
    """Parse Telegram HTML into visible text and entities; raise HtmlParseError on bad markup."""
    return _Parser(source).run()


class _Parser:
    def __init__(self, source: str) -> None:
        self.src = source
        self.pos = 0
        self.out: list[str] = []
        self.offset = 0
        self.stack: list[_Open] = []
        self.entities: list[dict[str, Any]] = []

    def run(self) -> ParsedText:
        end = len(self.src)
        while self.pos < end:
            ch = self.src[self.pos]
            if ch == "<":
                self._tag()
            elif ch == "&":
                self._entity()
            else:
                # The plain run up to the next tag or entity in one piece (per character
                # this was most of the emulator's CPU under load).
                found = _MARKUP.search(self.src, self.pos)
                stop = found.start() if found is not None else end
                self._emit(self.src[self.pos : stop])
                self.pos = stop
        if self.stack:
            name = self.stack[-1].name
            raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{name}"')
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return ParsedText("".join(self.out), self.entities)

    def _emit(self, text: str) -> None:
        self.out.append(text)
        self.offset += utf16_len(text)

    def _byte_offset(self, index: int) -> int:
        return len(self.src[:index].encode("utf-8", "surrogatepass"))

    def _fail(self, message: str, index: int) -> HtmlParseError:
        return HtmlParseError(f"{message} at byte offset {self._byte_offset(index)}")

    def _entity(self) -> None:
        match = _ENTITY.match(self.src, self.pos)
        decoded = _decode_entity(match) if match else None
        if match is None or decoded is None:
            self._emit("&")
            self.pos += 1
            return
        self._emit(decoded)
        self.pos = match.end()

    def _tag(self) -> None:
        if self.src.startswith("</", self.pos):
            self._end_tag()
        else:
            self._start_tag()

    def _start_tag(self) -> None:
        begin = self.pos
        i = begin + 1
        while i < len(self.src) and self.src[i] not in _SPACE and self.src[i] != ">":
            i += 1
        if i >= len(self.src):
            raise self._fail("Unclosed start tag", begin)
        name = self.src[begin + 1 : i].lower()
        if name not in _SIMPLE_TAGS and name not in _SPECIAL_TAGS:
            raise self._fail(f'Unsupported start tag "{name}"', begin)
        attrs, self.pos = self._attributes(name, i, begin)
        self._check_start(name, attrs, begin)
        self.stack.append(_Open(name, self.offset, attrs))

    def _attributes(self, tag: str, i: int, begin: int) -> tuple[dict[str, str], int]:
        attrs: dict[str, str] = {}
        src = self.src
        while True:
            while i < len(src) and src[i] in _SPACE:
                i += 1
            if i >= len(src):
                raise self._fail("Unclosed start tag", begin)
            if src[i] == ">":
                return attrs, i + 1
            start = i
            while i < len(src) and src[i] not in _SPACE and src[i] not in "=>":
                i += 1
            attr = src[start:i].lower()
            if not attr:
                raise self._fail(f'Empty attribute name in the tag "{tag}"', begin)
            while i < len(src) and src[i] in _SPACE:
                i += 1
            if i < len(src) and src[i] != "=":
                if tag == "blockquote" and attr == "expandable":
                    attrs[attr] = ""
                    continue
                raise self._fail(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}"',
                    begin,
                )
            i += 1
            while i < len(src) and src[i] in _SPACE:
                i += 1
            value, i = self._attribute_value(i, begin)
            attrs[attr] = value

    def _attribute_value(self, i: int, begin: int) -> tuple[str, int]:
        src = self.src
        if i >= len(src):
            raise self._fail("Unclosed start tag", begin)
        if src[i] in "\"'":
            end = src.find(src[i], i + 1)
            if end < 0:
                raise self._fail("Unclosed start tag", begin)
            return _decode_all(src[i + 1 : end]), end + 1
        start = i
        while i < len(src) and src[i] not in _SPACE and src[i] != ">":
            i += 1
        return _decode_all(src[start:i]), i

    def _check_start(self, name: str, attrs: dict[str, str], begin: int) -> None:
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise self._fail('Tag "span" must have class "tg-spoiler"', begin)
        if name == "tg-emoji" and not attrs.get("emoji-id"):
            raise self._fail('Tag "tg-emoji" must have attribute "emoji-id"', begin)

    def _end_tag(self) -> None:
        begin = self.pos
        end = self.src.find(">", begin)
        if end < 0:
            raise self._fail("Unclosed end tag", begin)
        name = self.src[begin + 2 : end].strip().lower()
        if not self.stack:
            raise self._fail("Unexpected end tag", begin)
        top = self.stack[-1]
        if name != top.name:
            where = self._byte_offset(begin)
            raise HtmlParseError(
                f"Unmatched end tag at byte offset {where}, "
                f'expected "</{top.name}>", found "</{name}>"'
            )
        self.stack.pop()
        self.pos = end + 1
        self._close(top)

    def _close(self, tag: _Open) -> None:
        length = self.offset - tag.offset
        language = tag.attrs.get("class", "")
        if self._is_pre_language(tag, language):
            self.stack[-1].language = language.removeprefix("language-")
            return
        entity = _entity_for(tag, length)
        if entity is not None and length > 0:
            self.entities.append(entity)

    def _is_pre_language(self, tag: _Open, language: str) -> bool:
        # <pre><code class="language-x">…</code></pre>: the language belongs to the pre.
        parent = self.stack[-1] if self.stack else None
        return (
            tag.name == "code"
            and parent is not None
            and parent.name == "pre"
            and parent.offset == tag.offset
            and language.startswith("language-")
        )


def _entity_for(tag: _Open, length: int) -> dict[str, Any] | None:
    base: dict[str, Any] = {"offset": tag.offset, "length": length}
    if tag.name in _SIMPLE_TAGS:
        base["type"] = _SIMPLE_TAGS[tag.name]
        if tag.name == "pre" and tag.language:
            base["language"] = tag.language
        return base
    if tag.name == "span":
        return {"type": "spoiler", **base}
    if tag.name == "blockquote":
        kind = "expandable_blockquote" if "expandable" in tag.attrs else "blockquote"
        return {"type": kind, **base}
    if tag.name == "tg-emoji":
        return {"type": "custom_emoji", **base, "custom_emoji_id": tag.attrs["emoji-id"]}
    if tag.name == "tg-time":
        return _time_entity(tag, base)
    return _link_entity(tag.attrs.get("href", ""), base)


def _link_entity(href: str, base: dict[str, Any]) -> dict[str, Any] | None:
    # An <a> without a usable href is kept as plain text, as TDLib does.
    if not href:
        return None
    mention = re.fullmatch(r"tg://user\?id=(\d+)", href)
    if mention:
        user = {"id": int(mention.group(1)), "is_bot": False, "first_name": ""}
        return {"type": "text_mention", **base, "user": user}
    return {"type": "text_link", **base, "url": href}


def _time_entity(tag: _Open, base: dict[str, Any]) -> dict[str, Any] | None:
    unix = tag.attrs.get("unix", "")
    if not unix.isdigit():
        return None
    entity = {"type": "date_time", **base, "unix_time": int(unix)}
    if tag.attrs.get("format"):
        entity["date_time_format"] = tag.attrs["format"]
    return entity


def _decode_entity(match: re.Match[str]) -> str | None:
    named, decimal, hexa = match.groups()
    if named:
        return _NAMED[named]
    code = int(decimal) if decimal else int(hexa, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _decode_all(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        decoded = _decode_entity(match)
        return match.group(0) if decoded is None else decoded

    return _ENTITY.sub(one, text)
