"""bench/storage.py runs end to end in its quick mode and reports its figures as JSON last
(no speed is asserted here: that is the benchmark's job, on a quiet machine)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.slow
def test_quick_run_prints_every_figure_as_json_last() -> None:
    done = subprocess.run(
        [sys.executable, os.path.join(ROOT, "bench", "storage.py"), "--quick", "--reps", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=180, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    for key in ("spool_appends_per_s", "spool_ack_p99_ms", "flush_batch_vs_row", "drain_per_s"):
        assert report[key] > 0, key
