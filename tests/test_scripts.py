"""The set-up scripts' own behaviour: what `scripts/test` relies on to run the date-bound
tests a year ahead on a machine that has run them many times before."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHM = Path("/dev/shm")
LAST_PID = Path("/proc/sys/kernel/ns_last_pid")
YEAR_S = 365 * 86400


def _year_ahead(command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f'source scripts/_bootstrap.sh; run_year_ahead "$PY" -c {command!r}'],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


needs_libfaketime = pytest.mark.skipif(
    shutil.which("faketime") is None or not SHM.is_dir() or not LAST_PID.exists(),
    reason="needs faketime, /dev/shm and /proc/sys/kernel/ns_last_pid",
)


@needs_libfaketime
def test_stale_libfaketime_locks_for_the_next_pids_do_not_break_the_year_ahead_run() -> None:
    # Every process that preloads libfaketime creates /dev/shm/sem.faketime_sem_<pid> and
    # removes it only on a normal exit, so a server a test SIGKILLs leaves one. The
    # `faketime` wrapper creates its own with O_EXCL and died with "sem_open: File exists"
    # when its PID had been used by such a process: CI failed that way. Planting a stale
    # lock for each of the next few hundred PIDs makes that certain.
    last = int(LAST_PID.read_text())
    planted = [
        SHM / f"sem.faketime_sem_{pid}"
        for pid in range(last + 1, last + 400)
        if not Path(f"/proc/{pid}").exists()
    ]
    planted = [path for path in planted if not path.exists()]
    for path in planted:
        path.write_bytes(b"")
    try:
        before = time.time()
        done = _year_ahead("import time; print(int(time.time()))")
    finally:
        for path in planted:
            path.unlink(missing_ok=True)

    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= before + YEAR_S - 60  # and the clock really moved


@needs_libfaketime
def test_the_year_ahead_run_sweeps_the_locks_of_dead_processes_and_keeps_live_ones() -> None:
    pid_max = int(Path("/proc/sys/kernel/pid_max").read_text())
    dead = next(pid for pid in range(pid_max - 1, 1, -1) if not Path(f"/proc/{pid}").exists())
    stale = [SHM / f"sem.faketime_sem_{dead}", SHM / f"faketime_shm_{dead}"]
    live = SHM / f"sem.faketime_sem_{os.getpid()}"
    kept_before = live.exists()
    for path in [*stale, live]:
        path.touch()
    try:
        done = _year_ahead("pass")
        assert done.returncode == 0, done.stderr
        assert not any(path.exists() for path in stale)
        assert live.exists()  # this test's process still runs: not its to take
    finally:
        for path in stale:
            path.unlink(missing_ok=True)
        if not kept_before:
            live.unlink(missing_ok=True)


def test_a_failing_command_keeps_its_exit_status_under_the_moved_clock() -> None:
    if shutil.which("faketime") is None:
        pytest.skip("needs faketime")
    done = _year_ahead("import sys; sys.exit(7)")
    assert done.returncode == 7
