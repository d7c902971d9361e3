"""The offline translator (actors/translator/_offline*.py): what it answers on every
labelled message, how much CPU a message costs and how much memory it holds.

Run: ``.venv/bin/python bench/translator.py [--root TREE] [--data TREE] [--record FILE |
--compare FILE] [--repeat 7] [--passes 3] [--no-outputs] [--sets GLOB]``. ``--root`` benches another
checkout of the repository (an old ``git worktree``) with this same script, ``--data``
reads the messages from another tree (the same messages for both); each measurement runs
in a fresh subprocess. ``--sets`` keeps the labelled sets whose file names match a glob
(``'blind1[0-4]'``: five sets; default every set): a shorter run, as the smoke test makes.

- Outputs: every row of every ``tests/data/offline/*.jsonl`` (and a few edge cases: empty,
  emoji only, junk, a huge paste) → the full ``OfflineReading``, ``classify``,
  ``translate_offline`` for the row's age band and language, and ``analyse_offline`` for
  every age band and language (the public API only). ``--record`` writes them (JSON
  lines), ``--compare`` checks them for exact equality against such a file (exit 1 on any
  difference).
- CPU: ``translate_offline`` (what the bot calls) over the shuffled mix of all those
  messages with their bands and languages. ``cold``: the first pass in a fresh process
  right after the import (every word new). ``warm``: after two warm-up passes, ``--repeat``
  runs of ``--passes`` passes each, ``time.process_time`` per run over the messages; the
  median, min and max of the runs, µs per message.
- Memory: RSS and USS growth (psutil) of importing the translator (``import_*``: as a bot
  idles before its first message) and of importing and warming it with one pass of the mix, ``total`` from a bare interpreter, and ``own`` with everything the bot
  loads anyway first (msgspec, anyio, the protocol, settings, the runtime, and the shared
  pymorphy3 analyzer of ``actors.lemmas``, which the crisis detector loads too).

Output: a short table, then as the LAST line one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

EDGE_CASES = (
    "", " ", "!!!", "😭", "😭😭😭💖", "🙄 oh great, another tantrum", ":( ((", "ааааааа",
    "НЕТ НЕТ НЕТ!!!", "yстал", "\ud800 broken", "a" * 5000, "не злится, а просто устал",
    "he went to his piano lesson on monday", "класссс", "00𗀀а", "👍🏽 ok", "\x1e\x1f",
    "мой сын плачет и кричит " * 200,
)


def _rows(root: Path, sets: str = "*") -> list[dict[str, Any]]:
    """The labelled rows under ``root``/tests/data/offline of the sets ``sets`` matches (a
    glob of file names without ``.jsonl``), then the edge cases."""
    rows: list[dict[str, Any]] = []
    for path in sorted((root / "tests" / "data" / "offline").glob(f"{sets}.jsonl")):
        for n, line in enumerate(path.read_text("utf-8").splitlines()):
            if line.strip():
                row = json.loads(line)
                rows.append({"set": path.stem, "n": n, "text": row.get("text", row.get("phrase")),
                             "age_band": row.get("age_band", "4-7"),
                             "language": row.get("language", "en")})
    for n, text in enumerate(EDGE_CASES):
        rows.append({"set": "edge", "n": n, "text": text, "age_band": "4-7", "language": "ru"})
    return rows


# -- children (run in a fresh interpreter, with the tree under test first on sys.path) ------


def _child_outputs(root: Path, sets: str) -> None:
    import msgspec

    from actors.protocol import AGE_BANDS, LANGUAGES
    from actors.translator import analyse_offline, classify, read_offline, translate_offline

    for row in _rows(root, sets):
        text = row["text"]
        reading = read_offline(text)
        out = {
            "set": row["set"], "n": row["n"],
            "reading": {
                "emotion": reading.emotion, "intensity": reading.intensity,
                "confidence": repr(reading.confidence), "situation": reading.situation,
                "sarcasm": reading.sarcasm,
                "scores": {k: repr(v) for k, v in sorted(reading.scores.items())},
                "second_opinion": reading.second_opinion, "label": reading.label,
                "unclear": reading.unclear,
            },
            "classify": list(classify(text)),
            "translation": msgspec.to_builtins(
                translate_offline(text, row["age_band"], row["language"])),
            "guidance": {f"{band} {lang}": msgspec.to_builtins(analyse_offline(text, band, lang))
                         for band in AGE_BANDS for lang in LANGUAGES},
        }
        print(json.dumps(out, ensure_ascii=False, sort_keys=True))


def _mix(root: Path, sets: str) -> list[tuple[str, Any, Any]]:
    rows = _rows(root, sets)
    random.Random(1).shuffle(rows)
    return [(row["text"], row["age_band"], row["language"]) for row in rows]


def _child_cpu(root: Path, sets: str, repeat: int, passes: int) -> None:
    import time

    from actors.translator import translate_offline

    mix = _mix(root, sets)
    started = time.process_time()
    for text, band, lang in mix:
        translate_offline(text, band, lang)
    cold = (time.process_time() - started) / len(mix) * 1e6
    for _ in range(2):
        for text, band, lang in mix:
            translate_offline(text, band, lang)
    runs = []
    for _ in range(repeat):
        started = time.process_time()
        for _ in range(passes):
            for text, band, lang in mix:
                translate_offline(text, band, lang)
        runs.append((time.process_time() - started) / (passes * len(mix)) * 1e6)
    print(json.dumps({"messages": len(mix), "cold_us": round(cold, 1),
                      "warm_runs_us": [round(r, 1) for r in runs]}))


def _child_memory(root: Path, sets: str, own: bool) -> None:
    import gc

    import psutil

    process = psutil.Process()
    if own:
        import anyio  # noqa: F401
        import msgspec  # noqa: F401

        import actors.breaker
        import actors.cache
        import actors.protocol  # noqa: F401
        import config.settings  # noqa: F401
        import runtime  # noqa: F401
        from actors.lemmas import analyzer, stem

        analyzer().parse("слово")
        stem("word")
    mix = _mix(root, sets)
    gc.collect()
    before = process.memory_full_info()
    from actors.translator import translate_offline

    gc.collect()
    imported = process.memory_full_info()
    for text, band, lang in mix:
        translate_offline(text, band, lang)
    gc.collect()
    after = process.memory_full_info()
    print(json.dumps({"import_rss_mb": round((imported.rss - before.rss) / 2**20, 2),
                      "import_uss_mb": round((imported.uss - before.uss) / 2**20, 2),
                      "rss_mb": round((after.rss - before.rss) / 2**20, 2),
                      "uss_mb": round((after.uss - before.uss) / 2**20, 2),
                      "rss_total_mb": round(after.rss / 2**20, 2)}))


# -- the parent ----------------------------------------------------------------------------


def _run(root: Path, data: Path, sets: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--root", str(root),
                           "--data", str(data), "--sets", sets, *args],
                          cwd=root, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"child {args} failed:\n{done.stderr}")
    return done.stdout


def _compare(lines: list[str], path: Path) -> dict[str, Any]:
    expected = path.read_text("utf-8").splitlines()
    public = shown = 0
    if len(expected) != len(lines):
        return {"rows": len(lines), "expected_rows": len(expected), "identical": False}
    for got, want in zip(lines, expected, strict=True):
        a, b = json.loads(got), json.loads(want)
        if a != b:
            public += 1
            if shown < 5:
                shown += 1
                print(f"DIFFERENT {a['set']}:{a['n']}\n  now {a}\n  was {b}", file=sys.stderr)
    return {"rows": len(lines), "different": public, "identical": public == 0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--data", type=Path, help="the tree whose tests/data/offline to read "
                        "(default: --root): the same messages for two trees")
    parser.add_argument("--record", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--no-outputs", action="store_true", help="skip the outputs check")
    parser.add_argument("--sets", default="*", help="a glob of the labelled sets' names "
                        "(default: every set)")
    parser.add_argument("--child", choices=("outputs", "cpu", "memory", "memory-own"))
    args = parser.parse_args()
    root = args.root.resolve()
    data = (args.data or args.root).resolve()
    if args.child:
        sys.path.insert(0, str(root))
        if args.child == "outputs":
            _child_outputs(data, args.sets)
        elif args.child == "cpu":
            _child_cpu(data, args.sets, args.repeat, args.passes)
        else:
            _child_memory(data, args.sets, own=args.child == "memory-own")
        return

    report: dict[str, Any] = {"root": str(root), "data": str(data), "sets": args.sets}
    if not args.no_outputs:
        lines = _run(root, data, args.sets, "--child", "outputs").splitlines()
        digest = hashlib.sha256()
        for line in lines:
            digest.update(line.encode())
        report["outputs"] = {"rows": len(lines), "sha256": digest.hexdigest()[:16]}
        if args.record:
            args.record.write_text("\n".join(lines) + "\n", "utf-8")
        if args.compare:
            report["outputs"].update(_compare(lines, args.compare))
    cpu = json.loads(_run(root, data, args.sets, "--child", "cpu", "--repeat", str(args.repeat),
                          "--passes", str(args.passes)))
    runs = cpu.pop("warm_runs_us")
    cpu.update(warm_median_us=round(statistics.median(runs), 1), warm_min_us=min(runs),
               warm_max_us=max(runs))
    report["cpu"] = cpu
    report["memory_total"] = json.loads(_run(root, data, args.sets, "--child", "memory"))
    report["memory_own"] = json.loads(_run(root, data, args.sets, "--child", "memory-own"))

    print(f"{cpu['messages']} messages: cold {cpu['cold_us']} µs, warm median "
          f"{cpu['warm_median_us']} µs ({cpu['warm_min_us']}-{cpu['warm_max_us']})")
    print(f"memory growth, total: {report['memory_total']}; own: {report['memory_own']}")
    if "outputs" in report:
        print(f"outputs: {report['outputs']}")
    print(json.dumps(report, ensure_ascii=False))
    if args.compare and not report["outputs"].get("identical"):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
