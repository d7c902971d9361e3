"""Smoke test of bench/e2e.py: ``--quick --no-peer --no-startup`` runs our whole bot against
the emulator in a subprocess and its last printed line is the JSON report with sane values;
bench/startup.py's quick run likewise. Structure and correctness (every update answered
once) only, never speed."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.bench_loading import loaded_script

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "e2e.py"


@pytest.fixture(scope="module")
def e2e() -> Iterator[ModuleType]:
    with loaded_script(BENCH, "bench_e2e_under_test") as module:
        yield module


@pytest.mark.slow  # about 12 s: a quick run of the whole benchmark
def test_quick_run_without_peer_prints_json_report_last() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--no-peer", "--no-startup"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert any(line.startswith("ours ") for line in lines[:-1])  # the per-run table row
    report = json.loads(lines[-1])

    assert report["errors"] == {}
    for key in ("bot_cpu_ms_per_update", "updates_per_s", "p50_ms_at_200", "p99_ms_at_200",
                "max_ms_at_200", "p50_ms_at_10", "cpu_ms_per_update",
                "emulator_cpu_ms_per_update"):
        assert isinstance(report[key], int | float), key
        assert report[key] > 0, key
    assert report["p50_ms_at_200"] <= report["p99_ms_at_200"] <= report["max_ms_at_200"]
    assert report["aiogram_updates_per_s"] is None  # --no-peer
    assert report["ratio_vs_aiogram"] is None
    assert report["cpu_ratio_vs_aiogram"] is None
    assert report["cpu_ratio_vs_aiogram_uvloop"] is None
    assert report["ours_loop"] == "uvloop"  # ours as it runs by default
    assert report["method"]["texts_varied"] is True
    assert report["startup_s"] is None  # --no-startup
    assert report["idle_rss_mb"] is None
    assert report["throughput_bottleneck"] in ("bot", "emulator", "both", "neither")
    assert set(report["targets_met"]) == {"cpu_ratio_vs_aiogram", "p99_ms_at_200",
                                          "updates_per_s", "ratio_vs_aiogram", "startup_s",
                                          "idle_rss_mb"}
    assert all(isinstance(v, bool) for v in report["targets_met"].values())
    assert report["method"]["quick"] is True
    assert len(report["noise"]["disk_fsync_max_ms"]) == 1  # the steady phase's disk probe

    (run,) = report["runs"]
    assert run["impl"] == "ours"
    assert run["exit_code"] == 0  # shut down gracefully on SIGTERM
    assert run["latency_samples"] == int(report["method"]["rate"] * report["method"]["steady_s"])
    assert run["missing_replies"] == 0
    assert run["extra_replies"] == 0  # every update answered exactly once
    assert run["calls_per_update"]["sendMessage"] == 1.0
    assert run["low_samples"] == int(report["method"]["low_rate"] * report["method"]["low_s"])
    assert run["requests_per_update"] >= 1.0
    assert run["request_bytes_per_update"] > 0
    assert run["connections"] >= 1
    if report["method"]["pinning"] is not None:  # the noise on the bot's own core
        assert 0 <= run["others_on_bot_core_pct"] <= 100


@pytest.mark.slow  # about 10 s: PostgreSQL, Redis and two starts of the bot
def test_startup_quick_run_prints_json_report_last() -> None:
    """bench/startup.py: PostgreSQL and Redis up, ``family-emotions run`` answers
    /health/ready and its idle memory is read (skipped without the servers' binaries).
    Without ``--claude``: with it each start also imports the SDK (a second of CPU,
    several on a busy machine) and waits for it at its exit, for nothing the structure
    needs (``tests/app/test_imports.py`` tests the SDK's loading beside the tree)."""
    from chaos.services import BinariesMissing, find_pg_bindir, find_redis_server

    try:
        find_pg_bindir()
        find_redis_server()
    except BinariesMissing as missing:
        pytest.skip(str(missing))
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "startup.py"), "--quick", "--idle", "0.5"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["error"] is None
    assert 0 < report["startup_s"] < 60
    assert 10 < report["idle_rss_mb"] < 2000
    assert len(report["starts"]) == 2  # the untimed first start, then one timed
    assert all(start["exit_code"] == 0 for start in report["starts"])
    assert set(report["targets_met"]) == {"startup_s", "idle_rss_mb"}
    assert report["claude"] is False


def test_workload_alternates_languages_and_rotates_phrases(e2e: ModuleType) -> None:
    phrases = {"ru": ["р1 слово", "р2 слово", "р3 слово"], "en": ["e1 word", "e2 word", "e3 word"]}
    workload = e2e.Workload(4, phrases)
    said = [workload.next_message(seq) for seq in range(8)]
    assert [chat for chat, _, _ in said[:4]] == [e2e.FIRST_CHAT + i for i in range(4)]
    assert [lang for _, _, lang in said[:4]] == ["ru", "en", "ru", "en"]
    assert said[0][1] != said[4][1]  # the same chat's next update says something else
    again = e2e.Workload(4, phrases)
    assert [again.next_message(seq) for seq in range(8)] == said  # deterministic


def test_workload_texts_are_varied_like_real_traffic(e2e: ModuleType) -> None:
    """A run's texts are hardly ever the same twice, so no cache keyed by the text can
    flatter the figures; each is the corpus's phrase varied, in the chat's language."""
    phrases = e2e.load_phrases()
    workload = e2e.Workload(200, phrases)
    said = [workload.next_message(seq) for seq in range(5000)]
    texts = [text for _, text, _ in said]
    assert len(set(texts)) > 0.85 * len(texts)
    words = {word for text in texts for word in text.lower().split()}
    corpus = {word for pool in phrases.values() for p in pool for word in p.lower().split()}
    assert len(words) > 1.5 * len(corpus)  # typos, names, ages: a tail of rare words
    cyrillic = [any("а" <= ch <= "я" for ch in text.lower()) for _, text, _ in said]
    assert all(c == (lang == "ru") for c, (_, _, lang) in zip(cyrillic, said, strict=True))


def test_real_phrases_load_in_both_languages(e2e: ModuleType) -> None:
    phrases = e2e.load_phrases()
    assert len(phrases["ru"]) > 50
    assert len(phrases["en"]) > 50


def test_percentile_is_nearest_rank(e2e: ModuleType) -> None:
    assert e2e.percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.0
    assert e2e.percentile([1.0] * 99 + [50.0], 0.99) == 1.0
    assert e2e.percentile([1.0] * 98 + [50.0] * 2, 0.99) == 50.0


def test_quick_defaults(e2e: ModuleType) -> None:
    cfg, _ = e2e.parse_args(["--quick", "--no-peer"])
    assert (cfg.backlog, cfg.steady_s, cfg.reps, cfg.peer) == (300, 2.0, 1, False)
    assert (cfg.low_rate, cfg.low_s, cfg.startup) == (10.0, 1.0, True)
    cfg, _ = e2e.parse_args([])
    assert (cfg.backlog, cfg.steady_s, cfg.reps, cfg.peer) == (5000, 10.0, 3, True)
    assert (cfg.low_rate, cfg.low_s, cfg.pin, cfg.startup) == (10.0, 5.0, True, True)
    cfg, _ = e2e.parse_args(["--profile"])
    assert (cfg.peer, cfg.startup) == (False, False)


def test_pinning_plan_gives_the_bot_a_core_of_its_own(e2e: ModuleType) -> None:
    assert e2e.pinning_plan(enabled=False) is None
    plan = e2e.pinning_plan()
    if plan is None:  # a single core
        return
    assert plan.bot
    assert plan.driver
    assert not plan.bot & plan.driver
    assert plan.bot | plan.driver <= os.sched_getaffinity(0)


def test_ours_runs_on_the_loop_its_settings_name(e2e: ModuleType) -> None:
    assert e2e.ours_settings({}).runtime.loop == "uvloop"
    assert e2e.ours_settings({e2e.LOOP_ENV: "asyncio"}).runtime.loop == "asyncio"
    cfg, _ = e2e.parse_args([])
    assert (cfg.peer_uvloop, cfg.ours_asyncio, cfg.varied) == (True, False, True)
    cfg, _ = e2e.parse_args(["--no-peer-uvloop", "--ours-asyncio", "--plain-texts"])
    assert (cfg.peer_uvloop, cfg.ours_asyncio, cfg.varied) == (False, True, False)
    cfg, _ = e2e.parse_args(["--before", "/tmp/old-tree"])
    impl = e2e.before_impl(cfg.chats, cfg.before)
    assert impl.name == "before"
    assert impl.env == {"PYTHONPATH": "/tmp/old-tree"}  # its files come first


def test_py_spy_samples_go_to_the_innermost_layer_of_ours(e2e: ModuleType,
                                                          tmp_path: Path) -> None:
    raw = tmp_path / "stacks.txt"
    raw.write_text(
        "<module> (bench/e2e.py:1);_receive_loop (runtime/_cell.py:600);"
        "call (actors/telegram/_api.py:190);_request (aiohttp/client.py:700) 5\n"
        "<module> (bench/e2e.py:1);_receive_loop (runtime/_cell.py:600) 2\n"
        "<module> (bench/e2e.py:1);run (asyncio/runners.py:118) 3\n"
        "_bootstrap (threading.py:1002);_worker (concurrent/futures/thread.py:83) 7\n",
        encoding="utf-8")
    total, rows = e2e.sampled_layers(raw)
    assert total == 10  # the worker thread is left out
    assert dict(rows) == {"HTTP client: BotApi + aiohttp": 5,
                          "kernel (runtime, supervisors)": 2, e2e.EVENT_LOOP: 3}


def test_the_driver_freezes_its_heap_and_stops_its_collector_for_the_timed_phases(
    e2e: ModuleType,
) -> None:
    """The emulator times the bots from this process: a collection of its own heap in a
    timed phase (40-320 ms seen) would show as the bot's latency."""
    assert gc.isenabled()
    try:
        e2e._quiet_collector()
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_disk_probe_times_syncs_beside_the_journal_and_leaves_no_file(
    e2e: ModuleType, tmp_path: Path,
) -> None:
    probe = e2e.DiskProbe(tmp_path)
    assert probe.figures() == (None, None)  # nothing timed yet
    with probe:
        deadline = time.monotonic() + 5.0
        while len(probe._times) < 3 and time.monotonic() < deadline:
            time.sleep(e2e.DiskProbe.EVERY)
    p99, slowest = probe.figures()
    assert p99 is not None
    assert slowest is not None
    assert 0.0 <= p99 <= slowest
    assert list(tmp_path.iterdir()) == []
