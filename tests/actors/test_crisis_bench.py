"""Smoke test of bench/crisis.py: ``--quick`` times both detectors on labelled crisis sets
and prints the JSON report last. Structure and the quality figures only, never speed. The
run reads three of the bench's sets (the first and the hold-out pair; all of them took
20 s of a loaded CI worker), and every set the bench names is checked to exist."""

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


RUN = (SETS[0], *SETS[-2:])


def test_every_set_the_bench_names_is_a_labelled_file() -> None:
    missing = [name for name in SETS
               if not (ROOT / "tests" / "data" / "crisis" / f"{name}.jsonl").is_file()]
    assert not missing


def test_a_set_the_bench_does_not_know_is_refused() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--quick", "--sets", "no_such_set"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "no_such_set" in done.stderr


def test_quick_run_prints_both_detectors_figures_and_json_last() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--quick", "--sets", *RUN], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1])
    assert {name for name in SETS if name in report["new"]} == set(RUN)
    assert report["messages"] == sum(report["new"][name]["crisis"] + report["new"][name]["none"]
                                     for name in RUN)
    for detector in ("new", "old"):
        figures = report[detector]
        assert 0 < figures["warm_median_us"] <= figures["warm_p99_us"] <= figures["warm_max_us"]
        assert figures["cold_median_us"] > 0
        for name in RUN:
            assert 0 <= figures[name]["recall"] <= 1
            assert 0 <= figures[name]["fpr"] <= 1
    for name in RUN:  # the point of the new detector
        assert report["new"][name]["recall"] > report["old"][name]["recall"]
