"""actors.telegram._text: escaping, plain-text fallback and splitting of Telegram HTML.

The emulator's parser (``chaos.emulators.telegram.parse_html``) is the judge of what
Telegram accepts: every part must parse, and its visible text must fit the limit.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actors.telegram._text import (
    MAX_MESSAGE_BYTES,
    MAX_MESSAGE_CHARS,
    escape,
    split_html,
    strip_html,
    visible_text,
)
from chaos.emulators.telegram import parse_html

_TRIM = " \t\r\n\v\f\0"


def _visible(part: str) -> str:
    return parse_html(part).text


def _squash(text: str) -> str:
    """``text`` without whitespace (NUL included: Telegram trims it too)."""
    return "".join(c for c in text if not (c.isspace() or c == "\0"))


def _check_parts(text: str, parts: list[str], limit: int) -> None:
    """Every part parses, fits, shows something; together they show the original text,
    in order, each part a contiguous piece of it (whitespace at the cuts aside)."""
    original = visible_text(text)
    cursor = 0
    for part in parts:
        shown = _visible(part)  # raises HtmlParseError if Telegram would refuse it
        assert len(shown) <= limit
        assert len(part.encode("utf-8", "surrogatepass")) <= MAX_MESSAGE_BYTES
        assert shown.strip(_TRIM), f"blank part {part!r}"
        found = original.find(shown, cursor)
        assert found >= 0, f"part {shown!r} is not the next piece of the original"
        assert not _squash(original[cursor:found])
        cursor = found + len(shown)
    assert not _squash(original[cursor:])
    assert _squash("".join(_visible(p) for p in parts)) == _squash(original)


def test_escape_escapes_markup_characters_only() -> None:
    assert escape('a < b & c > "d"') == 'a &lt; b &amp; c &gt; "d"'
    assert _visible(f"<b>{escape('<i>not a tag</i> & co')}</b>") == "<i>not a tag</i> & co"


def test_strip_html_keeps_the_visible_text() -> None:
    assert strip_html('<b>Hi</b> <a href="x">there</a> &lt;3 &amp; &#128512;') == "Hi there <3 & 😀"


def test_strip_html_keeps_what_is_not_markup() -> None:
    # "a < b" is refused by Telegram; as plain text it must survive as written.
    assert strip_html("a < b <unknown>x</unknown> &nbsp; &") == "a < b x &nbsp; &"


def test_short_text_is_one_part_unchanged() -> None:
    text = "<b>hello</b> " + "x" * 4000
    assert split_html(text) == [text]


def test_visible_length_counts_entities_once_and_tags_not_at_all() -> None:
    text = "<b>" + "&amp;" * MAX_MESSAGE_CHARS + "</b>"
    assert split_html(text) == [text]
    assert len(split_html(text + "x")) == 2


def test_long_text_split_on_paragraphs_first() -> None:
    paragraphs = [f"Paragraph {i}. " + "word " * 150 for i in range(10)]
    text = "\n\n".join(paragraphs)
    parts = split_html(text)
    assert len(parts) > 1
    for part in parts:
        shown = _visible(part).strip()
        assert shown.startswith("Paragraph ")
        assert shown.endswith("word")
    _check_parts(text, parts, MAX_MESSAGE_CHARS)


def test_split_prefers_lines_then_sentences_then_words() -> None:
    lines = "\n".join(["First line here"] * 3)
    assert split_html(lines, 20) == ["First line here\n", "First line here\n", "First line here"]
    sentences = "One two three. Four five six. Seven eight."
    assert split_html(sentences, 20) == ["One two three. ", "Four five six. ", "Seven eight."]
    words = "alpha beta gamma delta epsilon"
    assert split_html(words, 12) == ["alpha beta ", "gamma delta ", "epsilon"]


def test_a_word_longer_than_the_limit_is_cut_hard() -> None:
    assert split_html("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_open_tags_are_closed_and_reopened_across_parts() -> None:
    text = '<b>bold <a href="https://e.org/?a=1&amp;b=2">link text here</a> more</b>'
    parts = split_html(text, 10)
    assert parts[1].startswith('<b><a href="https://e.org/?a=1&amp;b=2">')
    _check_parts(text, parts, 10)
    entities = [parse_html(p).entities for p in parts]
    assert all(any(e["type"] == "bold" for e in ents) for ents in entities)


def test_entities_are_never_cut() -> None:
    text = "&lt;&gt;" * 30
    parts = split_html(text, 7)
    assert all(p.count("&") == len(_visible(p)) for p in parts)
    _check_parts(text, parts, 7)


def test_raw_size_is_capped_at_32_kib() -> None:
    # 4000 visible characters, 9 bytes each when written as numeric entities: 36 KB raw.
    text = "&#128512;" * 4000
    parts = split_html(text)
    assert len(parts) == 2
    _check_parts(text, parts, MAX_MESSAGE_CHARS)


def test_whitespace_only_pieces_are_left_out() -> None:
    text = "a" * 10 + " " * 25 + "b" * 10
    parts = split_html(text, 10)
    assert [p.strip() for p in parts] == ["a" * 10, "b" * 10]


# -- properties ------------------------------------------------------------------------------

_CHARS = st.characters(codec="utf-8", exclude_categories=["Cs"])
_WORD = st.text(_CHARS, min_size=1, max_size=12).map(escape)
_SEP = st.sampled_from([" ", " ", " ", "\n", "\n\n", ". ", "! ", "? ", ", ", ""])
_TAGS = [
    ("<b>", "</b>"), ("<i>", "</i>"), ("<u>", "</u>"), ("<s>", "</s>"), ("<code>", "</code>"),
    ('<span class="tg-spoiler">', "</span>"), ("<tg-spoiler>", "</tg-spoiler>"),
    ('<a href="https://example.org/?q=1&amp;r=2">', "</a>"), ("<blockquote>", "</blockquote>"),
    ('<pre><code class="language-python">', "</code></pre>"),
]


def _tree(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    wrapped = st.tuples(st.sampled_from(_TAGS), children).map(lambda t: t[0][0] + t[1] + t[0][1])
    joined = st.lists(st.tuples(children, _SEP), max_size=6).map(
        lambda items: "".join(a + b for a, b in items))
    return wrapped | joined


_HTML = st.recursive(
    st.tuples(_WORD, _SEP).map(lambda t: t[0] + t[1]), _tree, max_leaves=40,
)
_ENTITIES = st.sampled_from(["&lt;", "&gt;", "&amp;", "&quot;", "&#128512;", "&#x41;", "&"])


@settings(max_examples=300, deadline=None)
@given(text=_HTML, limit=st.integers(min_value=1, max_value=80))
def test_property_parts_parse_fit_and_cover_the_text(text: str, limit: int) -> None:
    parts = split_html(text, limit)
    if not _squash(visible_text(text)):
        return
    _check_parts(text, parts, limit)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.one_of(_WORD, _ENTITIES, _SEP), min_size=1, max_size=60),
       limit=st.integers(min_value=1, max_value=30), max_bytes=st.integers(100, 400))
def test_property_byte_cap_holds_with_heavy_entities(
    pieces: list[str], limit: int, max_bytes: int,
) -> None:
    text = "<b>" + "".join(pieces) + "</b>"
    parts = split_html(text, limit, max_bytes=max_bytes)
    if not _squash(visible_text(text)):
        return
    for part in parts:
        assert len(part.encode()) <= max_bytes
    assert _squash("".join(_visible(p) for p in parts)) == _squash(visible_text(text))


@settings(max_examples=30, deadline=None)
@given(text=_HTML)
def test_property_real_limit_on_long_texts(text: str) -> None:
    long_text = "\n\n".join([text] * 40)
    parts = split_html(long_text)
    if not _squash(visible_text(long_text)):
        return
    _check_parts(long_text, parts, MAX_MESSAGE_CHARS)


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="limit"):
        split_html("x", 0)
