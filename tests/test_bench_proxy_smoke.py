"""bench/proxy.py runs end to end in its quick mode (upstream server, fault proxy and client
in three processes) and reports its figures as JSON last. Structure only: no speed is
asserted here, that is the benchmark's job on a quiet machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "proxy.py"


def test_quick_run_prints_the_table_and_every_figure_as_json_last() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--reps", "1", "--mb", "8", "--trips", "200"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert any(line.startswith("download MB/s") for line in lines[:-1])
    report = json.loads(lines[-1])

    for key in ("direct_download_mb_s", "proxy_download_mb_s", "direct_upload_mb_s",
                "proxy_upload_mb_s", "direct_rtt_p50_us", "proxy_rtt_p50_us",
                "noop_download_mb_s", "proxy_cpu_s_per_gb"):
        assert report[key] > 0, key
    assert abs(report["download_ratio"] - report["proxy_download_mb_s"]
               / report["direct_download_mb_s"]) < 0.002
    assert report["direct_rtt_p50_us"] <= report["direct_rtt_p99_us"]
    assert report["proxy_rtt_p50_us"] <= report["proxy_rtt_p99_us"]
    assert abs(report["added_p50_us"] - (report["proxy_rtt_p50_us"]
                                         - report["direct_rtt_p50_us"])) <= 0.11
    assert set(report["targets_met"]) == {
        "proxy_download_mb_s", "proxy_upload_mb_s", "added_p50_us", "added_p99_us"}
    assert report["size_mib"] == 8
