"""Smoke test of bench/crisis.py: ``--quick`` times both detectors on the labelled crisis
sets and prints the JSON report last. Structure and the quality figures only, never speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "crisis.py"
SETS = ("train", "holdout", "holdout_blind", "holdout_own", "blind2", "tune_round2",
        "tune_round2_more", "tune_round2_extra", "tune_round2_style", "tune_round2_final",
        "blind3", "tune_round3", "tune_round3_probe", "tune_round3_probe2",
        "tune_round3_probe3", "tune_round3_probe4", "tune_round3_probe5", "tune_round3_probe6",
        "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
        "blind10", "tune_round9", "blind11", "blind12", "tune_round10", "blind13",
        "blind14", "tune_round11", "blind15", "blind16", "blind17", "blind18", "tune_round12",
        "blind19", "blind20", "tune_round13", "blind21", "blind22",
        "tune_round14", "blind23", "blind24", "tune_round15", "blind25", "blind26",
        "tune_round16", "blind27", "blind28", "tune_round17", "blind29", "blind30",
        "tune_round18", "blind31", "blind32", "tune_round19", "blind33", "blind34",
        "tune_round20", "blind35", "blind36", "tune_round21", "blind37", "blind38",
        "tune_round22", "blind39", "blind40", "tune_round23", "blind41", "blind42",
        "tune_round24", "blind43", "blind44", "tune_round25", "blind45", "blind46")


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
