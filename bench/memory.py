"""Where the bot's idle memory goes: one fresh process loads the bot's parts in the order
the bot needs them, and the resident memory each part adds is read after it.

Run: ``.venv/bin/python bench/memory.py`` (a few seconds; nothing is started: no
databases, no network). The parts load one after another in this process, and what each
adds is read after it, with ``gc.collect()`` first, from ``/proc/self/status``: ``VmRSS`` (all
resident pages), ``RssAnon`` (the process's own memory: the heap, arrays, code objects)
and ``RssFile`` (pages of mapped files: shared libraries and pymorphy3's automata, which
``actors.lemmas`` maps from their files; shared between the processes that map them and
given back under memory pressure). The parts:

1. the interpreter, bare;
2. the network and runtime libraries the bot imports whatever it does (asyncio with ssl,
   uvloop, aiohttp's client and server, redis-py, asyncpg, prometheus_client, msgspec,
   anyio, psutil);
3. the lemmatiser: pymorphy3 with its Russian dictionaries, and the English stemmer;
4. emoji's names and search tree (the translator reads emoji by their names);
5. the offline translator, with its lexicons built (their words' lemmas come from a stored
   table, so building them reads nothing of pymorphy3's automata; the two messages it
   reads make a few of their pages resident);
6. the crisis detector, warmed up as the bot warms it before it reports ready;
7. the rest of the bot's modules (the tree, the actors, the health server);
8. what the C allocator gives back once everything is loaded (``app._memory``, as the
   bot does before it idles): a negative figure.

``bench/startup.py`` measures the bot itself idle (its tree, connections and buffers on
top: about 5 MB more); this script says which part the memory belongs to.

Output: a table, then as the LAST line one JSON object: ``parts`` (each with ``rss_mb``,
``anon_mb``, ``file_mb`` added), ``total_rss_mb``, ``total_anon_mb``, ``total_file_mb``.
"""

from __future__ import annotations

import gc
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NETWORK = ("asyncio", "ssl", "uvloop", "aiohttp", "aiohttp.web", "redis.asyncio", "asyncpg",
           "prometheus_client", "msgspec", "anyio", "psutil")


def status() -> dict[str, float]:
    """VmRSS, RssAnon and RssFile of this process, in MB."""
    found: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as lines:
        for line in lines:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile"):
                found[key] = int(value.split()[0]) / 1024
    return found


def _network() -> None:
    for name in NETWORK:
        importlib.import_module(name)


def _lemmatiser() -> None:
    importlib.import_module("actors.lemmas").analyzer()
    importlib.import_module("actors.lemmas").stem("running")


def _emoji() -> None:
    emoji = importlib.import_module("emoji")
    emoji.replace_emoji("так 😡 и 😢", replace=lambda chars, data: str(data["en"]))


def _translator() -> None:
    offline = importlib.import_module("actors.translator._offline")
    offline.translate_offline("Он сказал: я тебя ненавижу 😡", "8-12", "en")
    offline.translate_offline("She said she hates school 😢", "8-12", "en")


def _crisis() -> None:
    importlib.import_module("actors.crisis").warm_up()


def _rest() -> None:
    importlib.import_module("app._tree")
    importlib.import_module("app")


def _given_back() -> None:
    importlib.import_module("app._memory").give_back_free_memory()


PARTS: tuple[tuple[str, Callable[[], None]], ...] = (
    ("network and runtime libraries", _network),
    ("pymorphy3, its dictionaries, the stemmer", _lemmatiser),
    ("emoji (names, search tree)", _emoji),
    ("offline translator (lexicons, model)", _translator),
    ("crisis detector, warmed up", _crisis),
    ("the rest of the bot's modules", _rest),
    ("freed memory given back (as the bot does)", _given_back),
)


def measure() -> dict[str, object]:
    """Load the parts in order in this process; what each added."""
    sys.path.insert(0, str(ROOT))
    gc.collect()
    before = status()
    parts = [{"part": "the interpreter", "rss_mb": before["VmRSS"],
              "anon_mb": before["RssAnon"], "file_mb": before["RssFile"]}]
    for name, load in PARTS:
        load()
        gc.collect()
        after = status()
        parts.append({"part": name, "rss_mb": after["VmRSS"] - before["VmRSS"],
                      "anon_mb": after["RssAnon"] - before["RssAnon"],
                      "file_mb": after["RssFile"] - before["RssFile"]})
        before = after
    return {"parts": [{key: round(value, 1) if isinstance(value, float) else value
                       for key, value in part.items()} for part in parts],
            "total_rss_mb": round(before["VmRSS"], 1),
            "total_anon_mb": round(before["RssAnon"], 1),
            "total_file_mb": round(before["RssFile"], 1)}


def main() -> int:
    report = measure()
    print(f"{'part':44s} {'RSS':>6s} {'anon':>6s} {'file':>6s}  (MB added)")
    for part in report["parts"]:  # type: ignore[attr-defined]
        print(f"{part['part']:44s} {part['rss_mb']:6.1f} {part['anon_mb']:6.1f} "
              f"{part['file_mb']:6.1f}")
    print(f"{'total':44s} {report['total_rss_mb']:6.1f} {report['total_anon_mb']:6.1f} "
          f"{report['total_file_mb']:6.1f}")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
