"""Smoke test of bench/health.py: ``--quick`` runs the bot (with its health server), the
load and the prober in their processes, and the last printed line is the JSON report with
sane values: every endpoint idle and saturated, each p99's ratio between the two, and the
machine's noise of the run (load1, steal, the bot's core).
Structure and correctness (every probe answered) only, never speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "health.py"


@pytest.mark.slow  # about 6 s: the bot, the load and the prober, each in its process
def test_quick_run_prints_per_endpoint_figures_and_json_last() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--quick"], cwd=ROOT,
                          capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert any(line.startswith("saturated /health/live ") for line in lines[:-1])
    report = json.loads(lines[-1])

    endpoints = {"/health/live", "/health/ready", "/health", "/metrics"}
    for phase in ("idle", "saturated"):
        assert set(report[phase]) == endpoints
        for figures in report[phase].values():
            assert figures["n"] > 0
            assert figures["errors"] == 0
            assert 0 < figures["p50_ms"] <= figures["p99_ms"] <= figures["max_ms"]
    assert report["replies_per_s"] > 0  # the bot really was under load
    assert isinstance(report["target_met"], bool)
    assert report["worst_probe_p99_ms_saturated"] == max(
        report["saturated"][e]["p99_ms"] for e in ("/health/live", "/health/ready"))
    assert set(report["p99_ratio_saturated_to_idle"]) == endpoints
    assert all(ratio > 0 for ratio in report["p99_ratio_saturated_to_idle"].values())
    # The machine's noise is reported per run: load1 before and after, CPU steal, and how
    # much of the bot's core other processes took (when the bot is pinned to one).
    [run] = report["runs"]
    assert run["server"] == "fast"
    assert set(report["by_server"]) == {"fast"}
    assert run["loadavg1_before"] >= 0
    assert run["loadavg1_after"] >= 0
    assert "steal_pct" in run
    if report["pinned"] is not None:
        assert not set(report["pinned"]["bot"]) & set(report["pinned"]["driver_and_prober"])
        assert run["others_on_bot_core_pct"] is not None
    assert report["reps"] == 1
    assert report["target_met_runs"] in (0, 1)


@pytest.mark.slow  # about 6 s
def test_quick_run_of_the_probe_process_variant_answers_every_probe() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--quick", "--server", "process"],
                          cwd=ROOT, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    [run] = report["runs"]
    assert run["server"] == "process"
    for phase in ("idle", "saturated"):
        for endpoint in ("/health/live", "/health/ready"):
            assert run[phase][endpoint]["n"] > 0
            assert run[phase][endpoint]["errors"] == 0
    assert report["control"]["saturated"]["p99_ms"] > 0  # the control server answered too
