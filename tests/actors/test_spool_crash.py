"""Crash test: SIGKILL a process that appends to the spool, then check the Jepsen set
property (docs/notes/fault-injection.md §3) on what a reopened spool holds: every
acknowledged record is there at its seq (lost = 0), nothing unattempted appears, nothing
twice.

The child runs the venv's python with eight concurrent writers (so frames are real group
commits, fsync on) and prints ``seq record`` after each acknowledgement, flushed; a reader
thread drains its stdout while it runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import anyio
import pytest

from actors.spool import Spool

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
import anyio
from actors.spool import Spool

async def main(directory):
    spool = await Spool.open(directory)
    print("ready", flush=True)

    async def writer(w):
        i = 0
        while True:
            record = b"w%d-%d" % (w, i)
            seq = await spool.append(record)
            sys.stdout.write(f"{seq} {record.decode()}\\n")
            sys.stdout.flush()
            i += 1

    async with anyio.create_task_group() as tg:
        for w in range(8):
            tg.start_soon(writer, w)

anyio.run(main, sys.argv[1])
"""


def run_and_kill(directory: Path, script: Path, after: float) -> list[str]:
    """Start the child, SIGKILL it by PID ``after`` seconds after it is ready; return the
    complete lines it printed."""
    child = subprocess.Popen([sys.executable, str(script), str(directory)], cwd=ROOT,
                             stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    lines: list[bytes] = []
    ready = threading.Event()

    def drain() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line == b"ready\n":
                ready.set()
            else:
                lines.append(line)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        assert ready.wait(timeout=30), "the child never opened its spool"
        time.sleep(after)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        reader.join(timeout=30)
    return [line.decode() for line in lines if line.endswith(b"\n")]


async def recovered_records(directory: Path) -> list[tuple[int, bytes]]:
    spool = await Spool.open(directory)
    try:
        return spool.read(0, 1 << 30)
    finally:
        await spool.aclose()


def test_every_acknowledged_append_survives_sigkill(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    script = tmp_path / "appender.py"
    script.write_text(CHILD)
    directory = tmp_path / "spool"
    lines = run_and_kill(directory, script, after=0.5)
    acked = {int(seq): record.encode() for seq, record in (ln.split() for ln in lines)}
    assert len(acked) > 8, "the child acknowledged almost nothing: no test"

    final = anyio.run(recovered_records, directory, backend="asyncio")
    recovered = dict(final)
    lost = {seq for seq, record in acked.items() if recovered.get(seq) != record}
    records = [record for _, record in final]
    duplicated = len(records) - len(set(records))
    unexpected = [r for r in records if not r.startswith(b"w")]
    assert lost == set()
    assert duplicated == 0
    assert unexpected == []
    assert [seq for seq, _ in final] == list(range(1, len(final) + 1))  # no gap
    with capsys.disabled():
        print(f"\nspool crash test: {len(acked)} acknowledged, {len(final)} recovered, lost 0, "
              f"{len(set(recovered) - set(acked))} unacknowledged survived")
