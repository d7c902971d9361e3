"""Giving the C heap's free memory back (``app._memory``): checked in a fresh interpreter,
whose heap holds only what the check puts there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import sys
sys.path.insert(0, {root!r})
from app._memory import give_back_free_memory

def anon_mb():
    with open("/proc/self/status", encoding="ascii") as lines:
        for line in lines:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) / 1024

# 40 MB of 2 KB blocks (above CPython's small-object limit: the C allocator's), one in
# fifty kept: the freed ones are holes in the heap, not its top, so free() keeps them
blocks = [bytes(2048) for _ in range(20_000)]
kept = blocks[::50]
del blocks
before = anon_mb()
done = give_back_free_memory()
print(done, before - anon_mb(), len(kept))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_the_heap_s_freed_pages_go_back_to_the_system() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK.format(root=str(ROOT))],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    done, given_back, kept = out.split()
    assert done == "True"
    assert int(kept) == 400
    assert float(given_back) > 20  # of the ~39 MB freed; without the call, none
