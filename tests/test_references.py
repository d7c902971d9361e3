"""Every reference in the repository points inside the repository.

The design and the research notes live in ``docs/`` (``docs/ARCHITECTURE.md``,
``docs/notes/``). This test keeps it so, over every tracked text file:

- no reference to the old design outside the repository: a relative path up into a
  sibling ``shared`` directory, its absolute path, or the old design file's name;
- no issue-tracker number (the rule is ``ISSUE_RULE`` below, tested with examples);
- a pointer to a section (``docs/notes/reliability.md §2.3``, or
  ``docs/ARCHITECTURE.md, section "Failure model"``) names a file that exists and a
  heading that file has;
- every relative markdown link resolves, and every repository path named in a markdown
  file or in a module docstring (``docs/...``, ``actors/...`` and the other top-level
  directories) exists.
"""

from __future__ import annotations

import ast
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SELF = "tests/test_references.py"
"""This file is left out of every scan: its examples of what the rules refuse (old paths,
issue numbers, pointers to sections that do not exist) are written out literally. The
rules themselves are tested on those examples below."""

# -- the files -----------------------------------------------------------------------------


@cache
def tracked_text_files() -> dict[str, str]:
    """relpath → text of every tracked file that is UTF-8 text (no NUL byte)."""
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                             check=True, text=True).stdout
    files: dict[str, str] = {}
    for relpath in filter(None, listing.split("\0")):
        path = ROOT / relpath
        if not path.is_file():  # deleted in the work tree, not yet committed
            continue
        data = path.read_bytes()
        if b"\0" in data:
            continue
        try:
            files[relpath] = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return files


def test_the_scan_sees_every_kind_of_text_file() -> None:
    files = tracked_text_files()
    for relpath in ("README.md", "pyproject.toml", "docs/ARCHITECTURE.md",
                    "actors/telegram/_sender.py", "config/prometheus/alerts.yml",
                    "scripts/run", "chaos/kill_pg.sh", "deploy/compose/Dockerfile",
                    "deploy/systemd/family-emotions.service", "docs/notes/telegram_types.json"):
        assert relpath in files


# -- forbidden references ------------------------------------------------------------------

OLD_DESIGN = re.compile(r"\.\./shared\b|/work/shar[e]d\b|\bshared/(?:notes|DESIGN)\b"
                        r"|\bDESIGN\.md\b")
"""The old design outside the repository, by any of its names."""

ISSUE_WORD = re.compile(r"\b(?:issues?|PRs?|pull\s+requests?)\s*#?\d+", re.IGNORECASE)
"""``issue 5``, ``Issue 5's``, ``issue #5``, ``PR #1361``, ``pull request 12``."""

HASH_NUMBER = re.compile(r"(?<![\w&#/\\])#\d+(?![\w;])")
"""``#14`` standing alone. Not matched: an HTML character reference (``&#128512;``, the
``&`` before it), a key with a part number (``u7#0``, a word character before it), a URL
fragment after a path (``/#3``), a regex (``\\#``), a run of ``#`` (markdown headings, which
also need a space), ``# noqa`` and comments (a space after ``#``), ``#x41`` and hex colours
with a letter, and a digit run followed by a word character (``#1st``)."""

CSS_COLOUR = re.compile(r":\s*#(?:\d{3}|\d{4}|\d{6}|\d{8})\b")
"""An all-digit colour after ``:`` (``color: #333``) is a colour, not an issue."""

ISSUE_RULE = """A text refers to an issue tracker when it has the word issue, issues, PR or
pull request (any case) followed by a number, with or without '#'; or a '#' followed by
digits that stands alone: not after a word character, '&', '#', '/' or a backslash, and
not followed by a word character or ';'; an all-digit colour after ':' (3, 4, 6 or 8
digits) is exempt. Numbered items are written as words ("item 3") or by name, never '#3'."""


def located_references(text: str) -> list[tuple[int, str]]:
    """Every forbidden reference in ``text``: (offset, the matched string), in order."""
    colours = {m.start() + m.group(0).index("#") for m in CSS_COLOUR.finditer(text)}
    found = [(m.start(), m.group(0)) for rx in (OLD_DESIGN, ISSUE_WORD, HASH_NUMBER)
             for m in rx.finditer(text) if m.start() not in colours]
    return sorted(found)


def forbidden_references(text: str) -> list[str]:
    """Every forbidden reference in ``text``, as the matched strings, in order."""
    return [ref for _, ref in located_references(text)]


# The forbidden strings are assembled, so this file does not itself hold a reference that
# a search of the repository for them would report.
SHARED = "../" + "shared"
DESIGN = "DESIGN" + ".md"


@pytest.mark.parametrize(("text", "found"), [
    (f"the architecture is {SHARED}/{DESIGN}", [SHARED, DESIGN]),
    (f"See `../{SHARED}/{DESIGN}` §2", [SHARED, DESIGN]),
    (f"({SHARED}/notes/reliability.md §5.2)", [SHARED]),
    ("read /work/shared/notes/telegram.md", ["/work/shared"]),
    (f"as {DESIGN} §6 allows", [DESIGN]),
    ("the update journal in the spool (issue 5).", ["issue 5"]),
    ("Issue 5's chaos tests", ["Issue 5"]),
    ("fixed by issue #12", ["issue #12", "#12"]),
    ("issues 3 and 4", ["issues 3"]),
    ("see ISSUE 7", ["ISSUE 7"]),
    ("(asyncpg #431, PR #1361)", ["#431", "PR #1361", "#1361"]),
    ("pull request 12 changed it", ["pull request 12"]),
    ("hangs (asyncpg #431/#547)", ["#431"]),  # one match is enough to refuse the text
    ("update ids restart (#8, #9)", ["#8", "#9"]),
    ("checklist #23-#38", ["#23", "#38"]),
    ("#14", ["#14"]),
    ("a fix (#3).", ["#3"]),
    ("item\n#22478 in Prefect", ["#22478"]),
])
def test_the_rule_refuses(text: str, found: list[str]) -> None:
    assert forbidden_references(text) == found, ISSUE_RULE


@pytest.mark.parametrize("text", [
    "&lt;3 &amp; &#128512; &#65;&#x42;",
    'record_sent("u7#0")  # a crash after the first part',
    'key="u5.1#2"',
    'f"{key}#{i}"',
    "x = 1  # noqa: E501",
    "## 1. Toxiproxy",
    "### 1.1 Model",
    "# 3 retries at most",
    'r"u(\\d+)#(\\d+)"',
    "https://core.telegram.org/bots/api#getupdates",
    "https://github.com/org/repo/issues/431",
    "color: #333; background: #808080",
    '"color": "#73BF69"',
    "the #1st try",
    "docs/notes/reliability.md §4.1 (the asyncpg hangs)",
    "a known issue with the pool",
    "an issue that no number names",
    "the shared cache; shared/ state",
    "ARCHITECTURE.md",
    "DESIGNS" ".md or MYDESIGN" ".md",
])
def test_the_rule_allows(text: str) -> None:
    assert forbidden_references(text) == []


LABELLED_PHRASES = re.compile(r"\Atests/data/.*\.jsonl\Z")
"""Labelled phrases are what parents write, quoted as written ("meltdown #3 this week"):
a bare ``#N`` there is a parent's count, so only the other rules apply to them."""


def test_no_reference_leaves_the_repository_or_names_an_issue() -> None:
    bad = [f"{relpath}:{text.count(chr(10), 0, at) + 1}: {ref}"
           for relpath, text in tracked_text_files().items() if relpath != SELF
           for at, ref in located_references(text)
           if not (LABELLED_PHRASES.match(relpath) and HASH_NUMBER.fullmatch(ref))]
    assert bad == [], ISSUE_RULE


def test_a_parents_count_in_a_labelled_phrase_is_not_an_issue() -> None:
    assert LABELLED_PHRASES.match("tests/data/offline/blind3.jsonl")
    assert not LABELLED_PHRASES.match("tests/data/README.md")
    assert not LABELLED_PHRASES.match("docs/notes/telegram_types.json")
    [(_, ref)] = located_references("Homework meltdown #3 this week")
    assert HASH_NUMBER.fullmatch(ref)
    [(_, word)] = located_references("see " + "issue" + " 3")  # still refused in data
    assert not HASH_NUMBER.fullmatch(word)


# -- pointers to sections ------------------------------------------------------------------

_NUMBER = r"\d+(?:\.\d+)*"
SECTION_NUMBERS = re.compile(
    rf"(?P<path>[\w./-]*\.md)`*,?\s*\(?(?P<refs>§\s*{_NUMBER}"
    rf"(?:\s*(?:[-–,]|and)\s*§?\s*{_NUMBER})*)")
"""``docs/notes/reliability.md §2.3``, ``telegram.md`` §4.1, §4.3``, ``§1.2–1.8``."""
SECTION_NAME = re.compile(r'(?P<path>[\w./-]*\.md)`*,?\s+section\s+"(?P<name>[^"\n]+)"')
"""``docs/ARCHITECTURE.md, section "Failure model"``."""
HEADING = re.compile(r"^#{1,6}\s+(?:(?P<number>\d+(?:\.\d+)*)\.?\s+)?(?P<name>.+?)\s*$", re.M)


def resolve(relpath: str, target: str) -> Path | None:
    """The file ``target`` names, from the file at ``relpath``: a repository path, or (in
    a markdown file) a path relative to that file. None when neither exists."""
    for base in (ROOT, (ROOT / relpath).parent if relpath.endswith(".md") else None):
        if base is not None and (base / target).is_file():
            return (base / target).resolve()
    return None


def headings(path: Path) -> tuple[set[str], set[str]]:
    """The section numbers and the section names (without their number) of ``path``; a
    name is also known without a parenthesis that ends it (``Kernel (`bench/kernel.py`)``
    is the section "Kernel")."""
    numbers: set[str] = set()
    names: set[str] = set()
    in_code = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_code = not in_code
        m = None if in_code else HEADING.match(line)
        if m:
            if m.group("number"):
                numbers.add(m.group("number"))
            name = m.group("name")
            names.add(name)
            names.add(re.sub(r"\s+\([^()]*\)$", "", name))  # "Frames (`_frame.py`)"
    return numbers, names


def section_errors(relpath: str, text: str) -> list[str]:
    """Every section pointer in ``text`` whose file or heading does not exist."""
    errors: list[str] = []
    for m in SECTION_NUMBERS.finditer(text):
        target = resolve(relpath, m.group("path"))
        if target is None:
            errors.append(f"{relpath}: {m.group(0)!r}: no such file")
            continue
        numbers, _ = headings(target)
        errors += [f"{relpath}: {m.group(0)!r}: no section {n}"
                   for n in re.findall(_NUMBER, m.group("refs")) if n not in numbers]
    for m in SECTION_NAME.finditer(text):
        target = resolve(relpath, m.group("path"))
        if target is None:
            errors.append(f"{relpath}: {m.group(0)!r}: no such file")
        elif m.group("name") not in headings(target)[1]:
            errors.append(f"{relpath}: {m.group(0)!r}: no such section")
    return errors


def test_section_pointers_name_existing_sections() -> None:
    errors = [e for relpath, text in tracked_text_files().items() if relpath != SELF
              for e in section_errors(relpath, text)]
    assert errors == []


def test_section_pointer_rule() -> None:
    assert section_errors("actors/x.py", "see docs/notes/reliability.md §2.3 and §4.1") == []
    assert section_errors("actors/x.py", "docs/notes/supervision.md §1.2–1.8") == []
    assert section_errors("actors/x.py", 'docs/ARCHITECTURE.md, section "Failure model"') == []
    assert section_errors("docs/x.md", "`notes/telegram.md` §8") == []  # relative to docs/
    assert len(section_errors("actors/x.py", "reliability.md §6.2")) == 1  # not a path
    assert len(section_errors("actors/x.py", "docs/notes/reliability.md §6.2")) == 1
    assert len(section_errors("actors/x.py", "docs/notes/telegram.md §1.3, §4.3")) == 1
    assert len(section_errors("actors/x.py", 'docs/ARCHITECTURE.md, section "Nope"')) == 1


# -- links and paths -----------------------------------------------------------------------

CODE_SPAN = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\[[^\]\n]*\]\((?P<target>[^)\s]+)\)")
TOP_LEVEL = ("docs", "actors", "runtime", "supervisors", "app", "config", "chaos", "bench",
             "tests", "deploy", "scripts")
REPO_PATH = re.compile(rf"(?<![\w./<{{-])(?P<path>(?:{'|'.join(TOP_LEVEL)})/[\w./-]*[\w/])")
"""A repository path as docs and docstrings write it: ``docs/notes/``,
``actors/telegram/_sender.py``. Placeholders (``<alert>``, ``{en,ru}``) end the match."""


def markdown_link_errors(relpath: str, text: str) -> list[str]:
    """Relative links in a markdown file that do not resolve (code spans are not links)."""
    errors = []
    for m in LINK.finditer(CODE_SPAN.sub("", text)):
        target = m.group("target").split("#", 1)[0]
        if not target or re.match(r"[a-z][a-z0-9+.-]*:", target):
            continue
        if not ((ROOT / relpath).parent / target).exists():
            errors.append(f"{relpath}: link to {target}")
    return errors


def path_errors(relpath: str, text: str) -> list[str]:
    """Repository paths named in ``text`` that do not exist. Paths into a virtualenv made
    on first use (``bench/.venv-aiogram``) are not in the repository, and a path that
    goes on as a pattern (``tests/data/child_phrases*.jsonl``, ``docs/runbooks/{en,ru}``,
    ``<alert>``) names no one file: both are skipped."""
    errors = []
    for m in REPO_PATH.finditer(text):
        if text[m.end():m.end() + 1] in ("*", "?", "[", "{", "<"):
            continue
        path = m.group("path").rstrip(".")
        if any(part.startswith(".venv") for part in path.split("/")):
            continue
        if not (ROOT / path).exists():
            errors.append(f"{relpath}: {path}")
    return errors


def module_docstring(text: str) -> str:
    try:
        return ast.get_docstring(ast.parse(text), clean=False) or ""
    except SyntaxError:
        return ""


def test_markdown_links_resolve() -> None:
    errors = [e for relpath, text in tracked_text_files().items()
              if relpath.endswith(".md") and relpath != SELF
              for e in markdown_link_errors(relpath, text)]
    assert errors == []


def test_paths_in_docs_and_module_docstrings_exist() -> None:
    errors: list[str] = []
    for relpath, text in tracked_text_files().items():
        if relpath == SELF:
            continue
        if relpath.endswith(".md"):
            errors += path_errors(relpath, text)
        elif relpath.endswith(".py"):
            errors += path_errors(relpath, module_docstring(text))
    assert errors == []


def test_link_and_path_rules() -> None:
    assert markdown_link_errors("docs/x.md", "[notes](notes/README.md) [w](https://x.y/z)") == []
    assert markdown_link_errors("docs/x.md", "`onFailure[E](strategy)` [a](#anchor)") == []
    assert markdown_link_errors("docs/x.md", "[gone](notes/gone.md)") == [
        "docs/x.md: link to notes/gone.md"]
    assert path_errors("a.py", "see docs/ARCHITECTURE.md and actors/telegram/.") == []
    assert path_errors("a.py", "actors/<name>/_actor.py, tests/{actors,chaos}/") == []
    assert path_errors("a.py", "supervisors/app_tree.py") == ["a.py: supervisors/app_tree.py"]
    assert path_errors("a.py", "bench/.venv-aiogram/bin/python") == []
    assert path_errors("a.py", "tests/data/child_phrases*.jsonl, docs/nope{a,b}.md") == []
    assert path_errors("a.py", "tests/data/child_phrases.jsonl") == []
    assert path_errors("a.py", "tests/data/child_phrase.jsonl") == [
        "a.py: tests/data/child_phrase.jsonl"]
