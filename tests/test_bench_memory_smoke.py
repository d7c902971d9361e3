"""bench/memory.py runs and reports each part's memory as JSON last (no figure is
asserted here: that is the benchmark's job)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.bench_loading import loaded_script

ROOT = Path(__file__).resolve().parents[1]


def test_every_part_is_reported_in_order_with_its_three_figures_and_the_json_comes_last(
) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "memory.py")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    parts = report["parts"]
    with loaded_script(ROOT / "bench" / "memory.py", "bench_memory_under_test") as memory:
        names = [name for name, _ in memory.PARTS]
    assert [part["part"] for part in parts] == ["the interpreter", *names]
    for part in parts:
        assert all(isinstance(part[f"{kind}_mb"], float | int)
                   for kind in ("rss", "anon", "file")), part
    assert report["total_rss_mb"] > parts[0]["rss_mb"] > 0
    # the readers' tables are tens of MB in all: a part that loaded nothing would show
    assert sum(part["rss_mb"] for part in parts[3:6]) > 10
