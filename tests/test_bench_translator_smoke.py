"""bench/translator.py runs end to end with one short repetition on five labelled sets
(``--sets``; every set took 27 s of the suite): it records the offline translator's answers
on their messages and reports its figures as JSON last (no speed is asserted here: that is
the benchmark's job, on a quiet machine)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "translator.py"


def run(*args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, str(BENCH), "--repeat", "1", "--passes", "1", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.slow
def test_a_recorded_run_prints_its_figures_as_json_last(tmp_path: Path) -> None:
    record = tmp_path / "outputs.txt"
    first = run("--record", str(record), "--sets", "blind1[0-4]")
    assert first["sets"] == "blind1[0-4]"
    outputs = first["outputs"]
    assert isinstance(outputs, dict)
    assert outputs["rows"] == len(record.read_text("utf-8").splitlines()) > 1000
    cpu = first["cpu"]
    assert isinstance(cpu, dict)
    assert cpu["messages"] > 1000
    assert 0 < cpu["warm_min_us"] <= cpu["warm_median_us"] <= cpu["warm_max_us"]
    for kind in ("memory_total", "memory_own"):
        memory = first[kind]
        assert isinstance(memory, dict)
        assert memory["rss_mb"] > 0, kind
    recorded = {json.loads(line)["set"] for line in record.read_text("utf-8").splitlines()}
    assert recorded == {"blind10", "blind11", "blind12", "blind13", "blind14", "edge"}
