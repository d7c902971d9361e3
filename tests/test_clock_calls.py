"""No production code reads the wall clock behind our back.

A date that the code takes from the machine instead of from the clock it was given makes
a test that passes today fail next month (a retention horizon computed from the real
date against rows a test stamped with a fixed one). Every component takes a
``runtime.WallClock``; ``runtime/_clock.py`` is the one place that reads the machine's.
Durations (``time.monotonic``, ``time.perf_counter``, ``anyio.current_time``) are not
dates and stay allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("runtime", "supervisors", "actors", "config", "app")

READS_THE_CLOCK = {
    "time.time", "time.time_ns", "time.localtime", "time.gmtime", "time.ctime",
    "time.asctime", "time.strftime", "datetime.now", "datetime.utcnow", "datetime.today",
    "date.today",
}
"""Calls that read the wall clock (the ``time`` ones only when given no time argument)."""
TAKES_AN_ARGUMENT = {"time.localtime", "time.gmtime", "time.ctime", "time.asctime"}

ALLOWED = {"runtime/_clock.py": {"time.time"}}
"""The explicit allow-list: file → the clock reads it may make."""


def _dotted(node: ast.AST) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _clock_read(dotted: str) -> str | None:
    """The ``READS_THE_CLOCK`` entry ``dotted`` (``dt.datetime.now``) names, if any."""
    for name in READS_THE_CLOCK:
        if dotted == name or dotted.endswith("." + name):
            return name
    return None


def clock_reads(source: str, relpath: str) -> list[tuple[int, str]]:
    """(line, what) for every wall-clock read in ``source``: calls, and references passed
    as values (``clock=time.time``), and ``from time import time``."""
    found: list[tuple[int, str]] = []
    called: set[int] = set()
    tree = ast.parse(source, relpath)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            dotted = _dotted(node.func)
            name = _clock_read(dotted) if dotted else None
            if name is None:
                continue
            called.add(id(node.func))
            needs_arg = name in TAKES_AN_ARGUMENT or name == "time.strftime"
            given = len(node.args) >= (2 if name == "time.strftime" else 1)
            if not needs_arg or not given:
                found.append((node.lineno, name))
        elif isinstance(node, ast.ImportFrom) and node.module in ("time", "datetime"):
            for alias in node.names:
                if f"{node.module}.{alias.name}" in READS_THE_CLOCK:
                    found.append((node.lineno, f"{node.module}.{alias.name}"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in called:
            dotted = _dotted(node)
            name = _clock_read(dotted) if dotted else None
            if name in ("time.time", "time.time_ns", "datetime.now", "datetime.utcnow"):
                found.append((node.lineno, f"{name} (as a value)"))
    return sorted(found)


def offenders() -> list[str]:
    bad = []
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            relpath = path.relative_to(ROOT).as_posix()
            allowed = ALLOWED.get(relpath, set())
            for line, what in clock_reads(path.read_text(encoding="utf-8"), relpath):
                if what.split(" ")[0] not in allowed:
                    bad.append(f"{relpath}:{line} reads the wall clock ({what})")
    return bad


def test_production_code_reads_only_the_clock_it_was_given() -> None:
    assert offenders() == []


def test_the_allow_list_names_only_real_reads() -> None:
    for relpath, names in ALLOWED.items():
        reads = {what for _, what in clock_reads((ROOT / relpath).read_text(), relpath)}
        assert names <= reads, f"{relpath}: stale allow-list entry"


@pytest.mark.parametrize("source", [
    "import time\nx = time.time()\n",
    "import time\nx = time.time_ns()\n",
    "import datetime as dt\nx = dt.datetime.now(dt.UTC)\n",
    "from datetime import datetime\nx = datetime.utcnow()\n",
    "import datetime\nx = datetime.date.today()\n",
    "import time\ndef f(clock=time.time): ...\n",
    "from time import time\n",
    "import time\nx = time.strftime('%Y')\n",
    "import time\nx = time.localtime()\n",
])
def test_the_detector_sees_a_clock_read(source: str) -> None:
    assert clock_reads(source, "x.py") != []


@pytest.mark.parametrize("source", [
    "import time\nx = time.monotonic()\n",
    "import time\nx = time.perf_counter()\n",
    "import time\nx = time.gmtime(0)\n",
    "import time\nx = time.strftime('%Y', time.gmtime(0))\n",
    "import datetime as dt\nx = dt.datetime.fromtimestamp(0, dt.UTC)\n",
    "from runtime import utc_now, system_clock\nx = utc_now(system_clock)\n",
])
def test_the_detector_lets_durations_and_given_instants_pass(source: str) -> None:
    assert clock_reads(source, "x.py") == []
