"""Smoke test of bench/crisis.py: ``--quick`` times both detectors on the labelled crisis
sets and prints the JSON report last. Structure and the quality figures only, never speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.bench_loading import loaded_script

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "crisis.py"
with loaded_script(BENCH, "bench_crisis") as _bench:
    SETS: tuple[str, ...] = _bench.SETS  # the sets the bench reports, named in one place


def test_quick_run_prints_both_detectors_figures_and_json_last() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--quick"], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1])
    assert report["messages"] == sum(report["new"][name]["crisis"] + report["new"][name]["none"]
                                     for name in SETS)
    for detector in ("new", "old"):
        figures = report[detector]
        assert 0 < figures["warm_median_us"] <= figures["warm_p99_us"] <= figures["warm_max_us"]
        assert figures["cold_median_us"] > 0
        for name in SETS:
            assert 0 <= figures[name]["recall"] <= 1
            assert 0 <= figures[name]["fpr"] <= 1
    for name in SETS:  # the point of the new detector
        assert report["new"][name]["recall"] > report["old"][name]["recall"]
