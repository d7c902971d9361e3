"""The runtime demo (the README's run command until the bot exists) really shows supervision."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_demo_shows_crashes_restarts_dead_letters_and_escalation(backend: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "supervisors.cli", "demo-runtime", "--backend", backend],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for needle in ("CRASHED      root/bot/translator", "restarting   root/bot/translator",
                   "DEAD LETTER  root/bot/translator", "GIVES UP     root/bot",
                   "escalated    root/bot", "CRASHED      root/infra/db_writer in start",
                   "every failure was contained"):
        assert needle in out
    stops = [line.split()[3] for line in out.splitlines() if " stopped " in line][-7:]
    assert stops == ["root/bot/dialogs", "root/bot/translator", "root/bot",
                     "root/infra/db_writer", "root/infra/cache", "root/infra", "root"]
