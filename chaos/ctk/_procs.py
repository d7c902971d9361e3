"""Processes by PID only: pid files, checking that a PID is the process we mean (by its
command line, through psutil) before signalling it, spawning detached children."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

import psutil

__all__ = ["alive", "cmdline", "read_pid", "signal_pid", "spawn", "wait_gone"]

_children: list[subprocess.Popen[bytes]] = []


def read_pid(path: str | os.PathLike[str]) -> int | None:
    try:
        first = Path(path).read_text().split("\n", 1)[0].strip()
    except OSError:
        return None
    return int(first) if first.isdigit() else None


def _reap() -> None:
    for child in list(_children):
        if child.poll() is not None:
            _children.remove(child)


def alive(pid: int) -> bool:
    _reap()
    try:
        return psutil.Process(pid).status() not in (psutil.STATUS_ZOMBIE, psutil.STATUS_DEAD)
    except psutil.Error:
        return False


def cmdline(pid: int) -> list[str]:
    try:
        return list(psutil.Process(pid).cmdline())
    except psutil.Error:
        return []


def signal_pid(pid: int, signum: signal.Signals, *, expect: Sequence[str]) -> None:
    """Send ``signum`` to ``pid`` when it is alive and its command line holds one of
    ``expect``; a ProcessLookupError when it is gone, a RuntimeError when it is some other
    program (a stale pid file must never kill a stranger)."""
    if not alive(pid):
        raise ProcessLookupError(f"pid {pid} is not running")
    words = cmdline(pid)
    if not any(needle in word for word in words for needle in expect):
        raise RuntimeError(f"pid {pid} is {' '.join(words)!r}, not one of {list(expect)}; "
                           "refusing to signal it")
    os.kill(pid, signum)


def wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)
    return True


def spawn(argv: Sequence[str], *, env: dict[str, str] | None, cwd: str | None,
          log: str | os.PathLike[str]) -> int:
    """Start ``argv`` in its own session (it outlives a ``chaos run`` that started it),
    output appended to ``log``; returns its PID. Children of this process are reaped."""
    with open(log, "ab") as out:
        child = subprocess.Popen(list(argv), env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                                 stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    _children.append(child)
    return child.pid
