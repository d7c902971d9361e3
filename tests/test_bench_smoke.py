"""Smoke test of bench/kernel.py: a tiny configuration runs on every backend and its last
printed line is the JSON report with the required keys. Structure only, never speed."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.bench_loading import loaded_script

BENCH = Path(__file__).resolve().parents[1] / "bench" / "kernel.py"

REQUIRED = (
    "tell_ratio", "fanin_ratio", "ask_ratio", "restart_p99_us", "restart_p50_us",
    "tell_msgs_per_s", "raw_tell_msgs_per_s", "fanin_msgs_per_s", "raw_fanin_msgs_per_s",
    "ask_rt_per_s", "raw_ask_rt_per_s", "ask_p50_us", "ask_p99_us", "raw_ask_p50_us",
    "raw_ask_p99_us", "restarts_per_s",
)


@pytest.fixture(scope="module")
def kernel() -> Iterator[ModuleType]:
    with loaded_script(BENCH, "bench_kernel_under_test") as module:
        yield module


def test_tiny_run_prints_json_report_last(
    kernel: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    events_level = logging.getLogger("runtime.events").level
    code = kernel.main(["--n", "200", "--restarts", "20", "--reps", "1"])
    assert code == 0
    assert logging.getLogger("runtime.events").level == events_level  # restored

    lines = capsys.readouterr().out.strip().splitlines()
    assert any("asyncio.Queue(1000)" in line for line in lines[:-1])  # the readable table
    report = json.loads(lines[-1])
    assert isinstance(report, dict)
    for key in REQUIRED:
        assert isinstance(report[key], int | float), key
        assert report[key] > 0, key
    for nested in ("uvloop", "trio"):
        assert isinstance(report[nested], dict), nested
        for key in REQUIRED:
            assert isinstance(report[nested][key], int | float), (nested, key)
    assert report["uvloop"]["loop"].startswith("uvloop")
    assert set(report["targets_met"]) == {"tell", "fanin", "ask", "restart_p99"}
    assert all(isinstance(v, bool) for v in report["targets_met"].values())
    for key in ("tell_target_met", "fanin_target_met", "ask_target_met", "restart_target_met",
                "all_targets_met"):
        assert isinstance(report[key], bool), key
    assert report["errors"] == {}
    jobs = report["jobs"]["asyncio"]
    assert {j["workload"] for j in jobs} == {"tell", "fanin", "ask", "ask_no_timeout", "restart"}
    assert all(j["n"] in (200, 20) for j in jobs)


def test_calibration_and_percentiles(kernel: ModuleType) -> None:
    assert kernel.percentile_us([1000, 2000, 3000, 4000], 0.5) == 2.0
    assert kernel.percentile_us([1000] * 99 + [50_000], 0.99) == 1.0
    assert kernel.percentile_us([1000] * 98 + [50_000] * 2, 0.99) == 50.0
    assert [c for _, c in kernel._split(10, 4)] == [3, 3, 2, 2]
    cfg, prof = kernel.parse_args(["--quick"])
    assert prof is None
    assert cfg.target_s == pytest.approx(0.2)
    assert cfg.backends == ("asyncio", "uvloop", "trio")
