"""``warm_up_readers`` builds, before the bot freezes its heap, everything the crisis
detector and the offline translator would otherwise build on a parent's first message (the
emoji package's search tree alone is thousands of dicts): what is built after the freeze
is walked by every full collection under load. Checked in a fresh interpreter, since
another test in this process may have built it all already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import gc, json, sys
from app._tree import warm_up_readers
from actors.crisis import detect
from actors.translator import translate_offline
if sys.argv[1] == "warm":
    warm_up_readers()
gc.collect()
before = len(gc.get_objects())
for text in ("Маша сказала 🥺🙈 что не хочет в школу", "he threw his tablet 😤 and cried"):
    detect(text, None)
    translate_offline(text, "8-12", "en")
gc.collect()
print(json.dumps({"built": len(gc.get_objects()) - before}))
"""


def built_by_first_messages(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    return int(json.loads(done.stdout.splitlines()[-1])["built"])


def test_the_first_messages_build_next_to_nothing_once_warmed_up() -> None:
    cold = built_by_first_messages("cold")
    warm = built_by_first_messages("warm")
    assert cold > 10_000, "the check measures something: a cold start builds the tables"
    # The new words' entries in the readers' word caches (a few hundred objects) are
    # expected; a table built on first use (the emoji tree alone is 6,000) is not.
    assert warm < 2000, f"{warm} objects were left to build on a parent's first messages"
