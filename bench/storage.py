"""Storage benchmarks: the durable spool, and PostgreSQL writes (db_writer's flusher).

Run: ``.venv/bin/python bench/storage.py [--quick] [--sections spool,flush,drain] [--dir PATH]``.
Sections: ``spool`` (acknowledged appends/s of 256 writers against one fsync per record),
``flush`` (batched flusher against one INSERT per row) and ``drain`` (records/s drained
after an outage); the output ends with one JSON line merging every section's figures and
targets. See docs/benchmarks.md, section "Storage (`bench/storage.py`)".
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from time import perf_counter, perf_counter_ns, process_time
from typing import Any

import anyio
import asyncpg  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actors.breaker import CircuitBreaker
from actors.db_writer import (
    EmotionEntry,
    Flusher,
    ProcessedUpdate,
    Record,
    SentReply,
    encode_record,
    migrate,
)
from actors.spool import Spool, scan_segment
from chaos.services import PostgresServer

WRITERS = 256
RECORD_BYTES = 200
TARGETS: dict[str, float] = {"spool_appends_per_s_min": 50_000.0, "spool_ack_p99_ms_max": 5.0,
                             "flush_batch_vs_row_min": 10.0, "drain_per_s_min": 20_000.0}


# -- helpers ---------------------------------------------------------------------------------


def percentile(sorted_values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of already sorted values, nearest rank."""
    if not sorted_values:
        return 0.0
    rank = min(len(sorted_values) - 1, max(0, round(q * len(sorted_values)) - 1))
    return sorted_values[rank]


def filesystem_of(path: Path) -> str:
    """The file system type holding ``path`` (from /proc/mounts; "?" if unknown)."""
    best, fstype = "", "?"
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return fstype
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (resolved == parts[1] or resolved.startswith(
                parts[1].rstrip("/") + "/")) and len(parts[1]) >= len(best):
            best, fstype = parts[1], parts[2]
    return fstype


def record_for(writer: int, i: int) -> bytes:
    head = f"w{writer:03d}-{i:08d}|".encode()
    return head + b"x" * (RECORD_BYTES - len(head))


# -- spool section ---------------------------------------------------------------------------


async def _concurrent_appends(directory: Path, records: int, writers: int) -> dict[str, Any]:
    spool = await Spool.open(directory)
    per_writer = records // writers
    latencies: list[int] = []

    async def writer(w: int) -> None:
        lat = latencies.append
        append = spool.append
        for i in range(per_writer):
            record = record_for(w, i)
            t0 = perf_counter_ns()
            await append(record)
            lat(perf_counter_ns() - t0)

    start, cpu0 = perf_counter(), process_time()
    async with anyio.create_task_group() as tg:
        for w in range(writers):
            tg.start_soon(writer, w)
    elapsed = perf_counter() - start
    acknowledged = len(latencies)
    cpu_s = process_time() - cpu0
    await spool.aclose()
    frames = count_frames(directory)
    lat_ms = sorted(v / 1e6 for v in latencies)
    return {
        "spool_appends_per_s": round(acknowledged / elapsed),
        "spool_ack_p50_ms": round(percentile(lat_ms, 0.50), 3),
        "spool_ack_p99_ms": round(percentile(lat_ms, 0.99), 3),
        "spool_ack_max_ms": round(lat_ms[-1], 3) if lat_ms else 0.0,
        "spool_records": acknowledged,
        "spool_frames": frames,
        "spool_mean_batch": round(acknowledged / frames, 1) if frames else 0.0,
        "spool_elapsed_s": round(elapsed, 3),
        "spool_cpu_us_per_append": round(cpu_s / max(1, acknowledged) * 1e6, 2),
    }


def count_frames(directory: Path) -> int:
    return sum(len(scan_segment(p).frames) for p in directory.glob("*.seg"))


async def _sequential_appends(directory: Path, records: int) -> float:
    spool = await Spool.open(directory)
    start = perf_counter()
    for i in range(records):
        await spool.append(record_for(0, i))
    elapsed = perf_counter() - start
    await spool.aclose()
    return records / elapsed


def _raw_fdatasync_per_record(directory: Path, records: int) -> tuple[float, list[float]]:
    """Records/s and per-record latencies (ms) of ``os.write`` + ``os.fdatasync``."""
    fd = os.open(directory / "raw.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    lat: list[float] = []
    try:
        start = perf_counter()
        for i in range(records):
            t0 = perf_counter_ns()
            os.write(fd, record_for(0, i))
            os.fdatasync(fd)
            lat.append((perf_counter_ns() - t0) / 1e6)
        return records / (perf_counter() - start), sorted(lat)
    finally:
        os.close(fd)


def io_pressure() -> float | None:
    """The 'some avg10' IO pressure (% of time a task waited on IO), or None."""
    try:
        first = Path("/proc/pressure/io").read_text().splitlines()[0]
    except (OSError, IndexError):
        return None
    fields = dict(f.split("=") for f in first.split()[1:])
    return float(fields.get("avg10", "nan"))


def bench_spool(*, records: int = 100_000, writers: int = WRITERS, floor_records: int = 2_000,
                reps: int = 3, root: Path | None = None) -> dict[str, Any]:
    """The spool section: group commit under ``writers`` concurrent appenders (best of
    ``reps`` repetitions by appends/s) vs one writer (an fsync per record). Files go to a
    fresh temporary directory under ``root``."""
    base = Path(tempfile.mkdtemp(prefix="bench-spool-", dir=root))
    fstype = filesystem_of(base)
    if fstype in {"tmpfs", "ramfs"}:
        shutil.rmtree(base, ignore_errors=True)
        raise SystemExit(f"{base} is on {fstype}: fsync is free there; pass --dir on a disk")
    pressure = io_pressure()
    try:
        runs = [anyio.run(_concurrent_appends, base / f"group{i}", records, writers,
                          backend="asyncio") for i in range(max(1, reps))]
        floor = anyio.run(_sequential_appends, base / "single", floor_records,
                          backend="asyncio")
        raw, raw_lat = _raw_fdatasync_per_record(base, floor_records)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    figures = max(runs, key=lambda r: r["spool_appends_per_s"])
    figures.update({
        "spool_runs_appends_per_s": [r["spool_appends_per_s"] for r in runs],
        "spool_runs_ack_p99_ms": [r["spool_ack_p99_ms"] for r in runs],
        "fsync_per_record_appends_per_s": round(floor),
        "raw_fdatasync_per_record_per_s": round(raw),
        "raw_fdatasync_p50_ms": round(percentile(raw_lat, 0.50), 3),
        "raw_fdatasync_p99_ms": round(percentile(raw_lat, 0.99), 3),
        "spool_writers": writers,
        "spool_record_bytes": RECORD_BYTES,
        "spool_fs": fstype,
        "io_pressure_avg10_before": pressure,
    })
    return figures


def print_spool(f: dict[str, Any]) -> None:
    print(f"spool ({f['spool_fs']}, {f['spool_writers']} writers, {f['spool_records']:,} "
          f"records of {f['spool_record_bytes']} B, fsync on)")
    print(f"  group commit     {f['spool_appends_per_s']:>10,} acknowledged appends/s   "
          f"ack p50 {f['spool_ack_p50_ms']:.3f} ms  p99 {f['spool_ack_p99_ms']:.3f} ms  "
          f"max {f['spool_ack_max_ms']:.3f} ms")
    print(f"                   {f['spool_frames']:>10,} frames, mean batch "
          f"{f['spool_mean_batch']} records")
    print(f"  one writer       {f['fsync_per_record_appends_per_s']:>10,} appends/s "
          "(a frame and an fdatasync per record: the floor)")
    print(f"  raw write+fdatasync {f['raw_fdatasync_per_record_per_s']:>7,} records/s "
          f"(no spool; p50 {f['raw_fdatasync_p50_ms']:.3f} ms, p99 "
          f"{f['raw_fdatasync_p99_ms']:.3f} ms; perf-anchors.md measured ~4.3k/s)")
    print(f"  runs (appends/s): {f['spool_runs_appends_per_s']}, p99 ms: "
          f"{f['spool_runs_ack_p99_ms']}; CPU {f['spool_cpu_us_per_append']} µs/append; "
          f"IO pressure avg10 before: {f['io_pressure_avg10_before']}%")
    ratio = f["spool_appends_per_s"] / max(1, f["fsync_per_record_appends_per_s"])
    print(f"  group commit / floor: {ratio:.1f}x")


# -- PostgreSQL sections (db_writer) ---------------------------------------------------------
#
# Both start their own private PostgreSQL (chaos/services.py: a temporary cluster under
# ``--dir`` or the system temp dir, fsync and synchronous_commit on; as root it runs as the
# postgres user) and write into a fresh database of it.

_PG_ROW_SQL = """INSERT INTO emotion_entries (entry_key, chat_id, child_id, phrase, emotion,
    intensity, analysis, source, age_band, language, at)
    VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11) ON CONFLICT DO NOTHING"""
_PG_ANALYSIS = ('{"emotion": "anger", "intensity": 4, "need": "to be heard", '
                '"what_to_say": ["You are very angry."], "what_to_avoid": ["Shouting back."], '
                '"language": "en"}')
_PG_T0 = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)


def _pg_entries(prefix: str, n: int) -> list[EmotionEntry]:
    return [EmotionEntry(
        entry_key=f"{prefix}{i}", chat_id=1000 + i % 500, child_id=1 + i % 2,
        phrase="He threw the tablet and shouted that he hates me", emotion="anger",
        intensity=4, analysis_json=_PG_ANALYSIS, source="offline", age_band="4-7",
        language="en", at=_PG_T0 + dt.timedelta(milliseconds=i),
    ) for i in range(n)]


def _pg_message_records(n: int) -> list[Record]:
    """What one parent's message persists, repeated: ProcessedUpdate, EmotionEntry, SentReply."""
    out: list[Record] = []
    for i, entry in enumerate(_pg_entries("d", n // 3 + 1)):
        out += [ProcessedUpdate(update_id=i, chat_id=entry.chat_id, at=_PG_T0), entry,
                SentReply(key=f"u{i}", chat_id=entry.chat_id, at=_PG_T0)]
    return out[:n]


@contextlib.contextmanager
def _private_pg(root: Path | None) -> Iterator[PostgresServer]:
    server = PostgresServer(die_with_parent=True, tmp_root=root)
    server.start()
    try:
        yield server
    finally:
        with contextlib.suppress(Exception):
            server.stop(timeout=10)
        server.close()


async def _pg_spool_with(directory: Path, records: list[Record]) -> Spool:
    """A spool holding ``records`` (appended 1000 per frame, not timed)."""
    spool = await Spool.open(directory)
    encoded = [encode_record(r) for r in records]
    for start in range(0, len(encoded), 1000):
        await spool.append_many(encoded[start:start + 1000])
    return spool


def _pg_flusher(spool: Spool, dsn: str, batch: int) -> Flusher:
    return Flusher(spool, dsn, breaker=CircuitBreaker("pg", failures=3, reset_after=1.0),
                   batch=batch)


async def _pg_flush_batched(dsn: str, directory: Path, n: int, batch: int) -> float:
    """The flusher's own path (``flush_once``): spool read, decode, one ``INSERT ... SELECT
    FROM unnest`` + the watermark row per transaction, then the spool's watermark."""
    spool = await _pg_spool_with(directory, list(_pg_entries("b", n + batch)))
    flusher = _pg_flusher(spool, dsn, batch)
    try:
        await flusher.flush_once()  # connect, migrate, warm up: not timed
        first = spool.watermark
        start = perf_counter()
        while spool.watermark < spool.last_seq:
            await flusher.flush_once()
        elapsed = perf_counter() - start
        return (spool.last_seq - first) / elapsed
    finally:
        await flusher.aclose()
        await spool.aclose()


async def _pg_flush_per_row(dsn: str, n: int, prefix: str, per_transaction: int) -> float:
    """One prepared ``INSERT ... VALUES`` per row; a commit every ``per_transaction`` rows
    (1: autocommit, each row its own transaction)."""
    rows = [(e.entry_key, e.chat_id, e.child_id, e.phrase, e.emotion, e.intensity,
             e.analysis_json, e.source, e.age_band, e.language, e.at)
            for e in _pg_entries(prefix, n)]
    conn = await asyncpg.connect(dsn)
    try:
        insert = await conn.prepare(_PG_ROW_SQL)
        start = perf_counter()
        if per_transaction == 1:
            for row in rows:
                await insert.fetch(*row)
        else:
            for first in range(0, n, per_transaction):
                async with conn.transaction():
                    for row in rows[first:first + per_transaction]:
                        await insert.fetch(*row)
        return n / (perf_counter() - start)
    finally:
        await conn.close()


def bench_flush(*, batched: int = 20_000, per_row: int = 2_000, batch: int = 1000,
                root: Path | None = None) -> dict[str, Any]:
    """PostgreSQL flush: ``batched`` EmotionEntry rows through the flusher in transactions of
    ``batch`` vs ``per_row`` rows one INSERT each (autocommit: what a writer that stores each
    record as it arrives does), and for reference one INSERT per row with a commit per
    ``batch`` rows (the statements alone)."""
    base = Path(tempfile.mkdtemp(prefix="bench-flush-", dir=root))
    try:
        with _private_pg(root) as server:
            dsn = server.create_database("bench_flush")

            async def run() -> tuple[float, float, float]:
                await migrate(dsn)
                fast = await _pg_flush_batched(dsn, base / "spool", batched, batch)
                slow = await _pg_flush_per_row(dsn, per_row, "r", 1)
                in_tx = await _pg_flush_per_row(dsn, per_row, "t", batch)
                return fast, slow, in_tx

            fast, slow, in_tx = anyio.run(run, backend="asyncio")
            fstype = filesystem_of(server.data_dir)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return {
        "flush_batch_rows_per_s": round(fast),
        "flush_row_rows_per_s": round(slow),
        "flush_batch_vs_row": round(fast / slow, 1),
        "flush_row_in_tx_rows_per_s": round(in_tx),
        "flush_batch_vs_row_in_tx": round(fast / in_tx, 2),
        "flush_batched_rows": batched,
        "flush_per_row_rows": per_row,
        "flush_batch": batch,
        "pg_fs": fstype,
    }


def print_flush(f: dict[str, Any]) -> None:
    print(f"postgres flush (EmotionEntry rows, PostgreSQL data on {f['pg_fs']}, fsync on)")
    print(f"  batched          {f['flush_batch_rows_per_s']:>10,} rows/s   "
          f"({f['flush_batched_rows']:,} rows, flusher transactions of {f['flush_batch']})")
    print(f"  one INSERT/row   {f['flush_row_rows_per_s']:>10,} rows/s   "
          f"({f['flush_per_row_rows']:,} rows, autocommit)   batched/row: "
          f"{f['flush_batch_vs_row']}x")
    print(f"  one INSERT/row   {f['flush_row_in_tx_rows_per_s']:>10,} rows/s   "
          f"(commit every {f['flush_batch']} rows, reference)   batched/that: "
          f"{f['flush_batch_vs_row_in_tx']}x")


async def _pg_drain(dsn: str, directory: Path, n: int, batch: int) -> tuple[float, int]:
    """Records accepted during an outage wait in the spool; PostgreSQL is back: the
    flusher's loop runs until the watermark reaches the last seq."""
    await migrate(dsn)
    spool = await _pg_spool_with(directory, _pg_message_records(n))
    flusher = _pg_flusher(spool, dsn, batch)
    try:
        start = perf_counter()
        async with anyio.create_task_group() as tg:
            tg.start_soon(flusher.run)
            # The watermark is a gauge with no event to wait on: poll it every 2 ms.
            while spool.watermark < spool.last_seq:  # noqa: ASYNC110
                await anyio.sleep(0.002)
            tg.cancel_scope.cancel()
        return n / (perf_counter() - start), flusher.stats.batches
    finally:
        await flusher.aclose()
        await spool.aclose()


def bench_drain(*, records: int = 100_000, batch: int = 1000,
                root: Path | None = None) -> dict[str, Any]:
    """Drain of ``records`` spooled records (one parent message = ProcessedUpdate +
    EmotionEntry + SentReply) into PostgreSQL after an outage: records/s from the flusher's
    first attempt (connect included) to the spool's watermark reaching its last seq."""
    base = Path(tempfile.mkdtemp(prefix="bench-drain-", dir=root))
    try:
        with _private_pg(root) as server:
            dsn = server.create_database("bench_drain")
            per_s, batches = anyio.run(_pg_drain, dsn, base / "spool", records, batch,
                                       backend="asyncio")
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return {"drain_per_s": round(per_s), "drain_records": records, "drain_batches": batches}


def print_drain(f: dict[str, Any]) -> None:
    print(f"postgres drain after an outage ({f['drain_records']:,} spooled records, "
          f"{f['drain_batches']} transactions)")
    print(f"  drained          {f['drain_per_s']:>10,} records/s")


# -- driver ----------------------------------------------------------------------------------

SECTIONS: dict[str, tuple[Callable[[argparse.Namespace], dict[str, Any]],
                          Callable[[dict[str, Any]], None]]] = {
    "spool": (lambda a: bench_spool(
        records=a.records or (5_000 if a.quick else 100_000),
        floor_records=500 if a.quick else 2_000,
        reps=a.reps, root=a.dir), print_spool),
    "flush": (lambda a: bench_flush(
        batched=5_000 if a.quick else 20_000, per_row=500 if a.quick else 2_000,
        root=a.dir), print_flush),
    "drain": (lambda a: bench_drain(records=5_000 if a.quick else 100_000, root=a.dir),
              print_drain),
}


def check_targets(figures: dict[str, Any]) -> dict[str, bool]:
    met: dict[str, bool] = {}
    if "spool_appends_per_s" in figures:
        met["spool_appends_per_s"] = (figures["spool_appends_per_s"]
                                      >= TARGETS["spool_appends_per_s_min"])
        met["spool_ack_p99_ms"] = figures["spool_ack_p99_ms"] <= TARGETS["spool_ack_p99_ms_max"]
    if "flush_batch_vs_row" in figures:
        met["flush_batch_vs_row"] = (figures["flush_batch_vs_row"]
                                     >= TARGETS["flush_batch_vs_row_min"])
    if "drain_per_s" in figures:
        met["drain_per_s"] = figures["drain_per_s"] >= TARGETS["drain_per_s_min"]
    return met


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--quick", action="store_true", help="small counts (a few seconds)")
    p.add_argument("--sections", default=",".join(SECTIONS),
                   help=f"comma-separated subset of {','.join(SECTIONS)}")
    p.add_argument("--dir", type=Path, default=None,
                   help="where temporary spool directories go (must be on a real disk)")
    p.add_argument("--records", type=int, default=None, help="records for the spool section")
    p.add_argument("--reps", type=int, default=3, help="repetitions (the best is reported)")
    a = p.parse_args(argv)
    chosen = [s.strip() for s in a.sections.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        p.error(f"unknown section(s): {unknown}")
    figures: dict[str, Any] = {"loadavg1_before": round(os.getloadavg()[0], 2),
                               "started_at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    for name in chosen:
        run, show = SECTIONS[name]
        result = run(a)
        show(result)
        figures.update(result)
    figures["targets"] = TARGETS
    figures["targets_met"] = check_targets(figures)
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
