"""bench/memory.py runs and reports each part's memory as JSON last, the parts adding up
to the total (no figure is asserted here: that is the benchmark's job)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_parts_add_up_to_the_total_and_the_json_comes_last() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "memory.py")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    parts = report["parts"]
    assert [part["part"] for part in parts][:2] == ["the interpreter",
                                                    "network and runtime libraries"]
    assert len(parts) == 7
    for kind in ("rss", "anon", "file"):
        added = sum(part[f"{kind}_mb"] for part in parts)
        assert abs(added - report[f"total_{kind}_mb"]) <= 0.1 * len(parts), kind
    assert report["total_rss_mb"] > parts[0]["rss_mb"] > 0
