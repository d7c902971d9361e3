"""The crisis detector (actors/crisis) against the old safety regex of dialogs, in one run
on the same messages: microseconds per message and recall / false-positive rate on each
labelled set of tests/data/crisis.

Run: ``.venv/bin/python bench/crisis.py [--repeat 5] [--quick] [--sets NAME ...]``
(``--sets``: only these of ``SETS``, for smoke tests); ``--train-model`` instead
trains the detector's second opinion (``python -m actors.crisis._train``, which says
what it learns from) and writes actors/crisis/_model_weights.py.

Timing: ``cold`` is the first pass over all messages right after ``warm_up()`` (rules
compiled and dictionaries loaded, but no word analysed yet); ``warm`` is the median over
``--repeat`` later passes, each message timed alone (its best of the passes), as in a
running bot whose word caches are full. Output: a table, then as the LAST line one JSON
object (``new``/``old`` → ``cold_median_us``, ``warm_median_us``, ``warm_p99_us``, and per
set ``recall``, ``fpr``, ``crisis``, ``none``).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "crisis"
SETS = ("train", "holdout", "holdout_blind", "holdout_own", "blind2", "tune_round2",
        "tune_round2_more", "tune_round2_extra", "tune_round2_style", "tune_round2_final",
        "blind3", "tune_round3", "tune_round3_probe", "tune_round3_probe2",
        "tune_round3_probe3", "tune_round3_probe4", "tune_round3_probe5", "tune_round3_probe6",
        "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
        "blind10", "tune_round9", "blind11", "blind12", "tune_round10", "blind13",
        "blind14", "tune_round11", "blind15", "blind16", "blind17", "blind18", "tune_round12",
        "blind19", "blind20", "tune_round13", "blind21", "blind22",
        "tune_round14", "blind23", "blind24", "tune_round15", "blind25", "blind26",
        "tune_round16", "blind27", "blind28", "tune_round17", "blind29", "blind30",
        "tune_round18", "blind31", "blind32", "tune_round19", "blind33", "blind34",
        "tune_round20", "blind35", "blind36", "tune_round21", "blind37", "blind38",
        "tune_round22", "blind39", "blind40", "tune_round23", "blind41", "blind42",
        "tune_round24", "blind43", "blind44", "tune_round25", "blind45", "blind46",
        "tune_round26", "blind47", "blind48", "tune_round27", "blind49", "blind50",
        "tune_round28", "blind51", "blind52", "tune_round29", "blind53", "blind54",
        "tune_round30", "blind55", "blind56", "tune_round31", "blind57", "blind58",
        "tune_round32", "blind59", "blind60", "tune_round33", "blind61", "blind62",
        "tune_round34", "blind63", "blind64", "tune_round35", "blind65", "blind66",
        "tune_round36", "blind67", "blind68", "tune_round37", "blind69", "blind70",
        "tune_round38", "blind71", "blind72", "tune_round39", "blind73", "blind74",
        "tune_round40", "blind75", "blind76", "tune_round41", "blind77", "blind78",
        "tune_round42", "blind79", "blind80", "tune_round43", "blind81", "blind82",
        "tune_round44", "blind83", "blind84", "tune_round45", "blind85", "blind86",
        "tune_round46", "blind87", "blind88", "tune_round47", "blind89", "blind90",
        "tune_round48", "blind91", "blind92", "tune_round49", "blind93", "blind94",
        "tune_round50", "blind95", "blind96", "tune_round51", "blind97", "blind98",
        "tune_round52", "blind99", "blind100", "tune_round53", "blind101", "blind102",
        "tune_round54", "blind103", "blind104", "tune_round55", "blind105", "blind106",
        "tune_round56", "blind107", "blind108", "tune_round57", "blind109", "blind110",
        "tune_round58", "blind111", "blind112", "tune_round59", "blind113", "blind114",
        "tune_round60", "blind115", "blind116", "tune_review60", "tune_round61", "blind117",
        "blind118", "tune_round62", "blind119", "blind120",
        "tune_round63", "blind121", "blind122", "tune_round64", "blind123", "blind124",
        "tune_round65", "blind125", "blind126", "tune_round66", "blind127", "blind128",
        "tune_round67", "blind129", "blind130", "tune_round68", "blind131", "blind132",
        "tune_round69", "blind133", "blind134", "tune_round70", "blind135", "blind136",
        "tune_round71", "blind137", "blind138", "tune_round72", "blind139", "blind140",
        "tune_round73", "blind141", "blind142", "tune_round74", "blind143", "blind144",
        "tune_round75", "blind145", "blind146", "tune_round76", "blind147", "blind148",
        "tune_round77", "blind149", "blind150", "tune_round78", "blind151", "blind152", "tune_round79", "blind153",
        "blind154", "tune_round80", "blind155",
        "blind156", "tune_round81", "blind158",
        "blind159", "tune_round82", "blind157",
        "blind160", "tune_round83", "blind161",
        "blind162", "tune_round84", "blind163",
        "blind164", "tune_round85", "blind165",
        "blind166", "tune_round86", "blind167",
        "blind168")
_OLD_PATTERNS = re.compile(
    r"(хоч\w*\s+умереть|не\s+хоч\w*\s+жить|убь\w*\s+себя|покончить\s+с\s+собой|"
    r"суицид|самоубий|порез\w*\s+(себя|руки|руку)|режет\s+(себя|руки)|"
    r"лучше\s+бы\s+меня\s+не\s+было|исчезнуть\s+навсегда|"
    r"want(s|ed)?\s+to\s+die|wish\s+(i|he|she)\s+(was|were)\s+dead|kill\s+(my|him|her)self|"
    r"end\s+(my|his|her)\s+life|suicid|self[-\s]?harm|cut(s|ting)?\s+(my|him|her)self|"
    r"better\s+off\s+without\s+me|don'?t\s+want\s+to\s+(live|be\s+alive))",
    re.IGNORECASE,
)
"""The peer: the one regular expression dialogs used before ``actors.crisis`` (kept here,
verbatim, so the benchmark compares against what it replaced)."""


def old_detector() -> Callable[[str], bool]:
    """The previous safety check: a match of ``_OLD_PATTERNS`` (ё read as е)."""
    return lambda text: _OLD_PATTERNS.search(text.replace("ё", "е")) is not None


def load(name: str) -> list[dict[str, Any]]:
    lines = (DATA / f"{name}.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def timings(fire: Callable[[str], object], texts: list[str], repeat: int) -> dict[str, float]:
    cold = []
    for text in texts:
        started = time.perf_counter_ns()
        fire(text)
        cold.append((time.perf_counter_ns() - started) / 1000)
    best = [float("inf")] * len(texts)
    for _ in range(repeat):
        for i, text in enumerate(texts):
            started = time.perf_counter_ns()
            fire(text)
            best[i] = min(best[i], (time.perf_counter_ns() - started) / 1000)
    return {"cold_median_us": round(statistics.median(cold), 1),
            "warm_median_us": round(statistics.median(best), 1),
            "warm_p99_us": round(percentile(best, 99), 1),
            "warm_max_us": round(max(best), 1)}


def quality(fire: Callable[[str], bool], rows: list[dict[str, Any]]) -> dict[str, float]:
    crisis = [row for row in rows if row["label"] != "none"]
    calm = [row for row in rows if row["label"] == "none"]
    found = sum(fire(row["text"]) for row in crisis)
    false = sum(fire(row["text"]) for row in calm)
    return {"recall": round(found / len(crisis), 3), "fpr": round(false / len(calm), 3),
            "crisis": len(crisis), "none": len(calm)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="one warm pass, for smoke tests")
    parser.add_argument("--sets", nargs="+", choices=SETS, default=SETS, metavar="NAME",
                        help="only these labelled sets (default: all of SETS)")
    parser.add_argument("--train-model", action="store_true",
                        help="train the second opinion and write its weights (and the "
                             "lexicon's stored Russian forms)")
    args = parser.parse_args()
    if args.train_model:  # the training lives with the model, in the package
        subprocess.run([sys.executable, "-m", "actors.crisis._train"], cwd=ROOT, check=True)
        return
    repeat = 1 if args.quick else args.repeat
    sets: tuple[str, ...] = tuple(args.sets)

    from actors.crisis import detect, warm_up

    started = time.perf_counter()
    warm_up()
    warm_up_s = time.perf_counter() - started
    old = old_detector()
    rows = {name: load(name) for name in sets}
    texts = [row["text"] for name in sets for row in rows[name]]

    report: dict[str, Any] = {"messages": len(texts), "warm_up_s": round(warm_up_s, 3)}
    for label, fire in (("new", lambda text: detect(text) is not None), ("old", old)):
        figures: dict[str, Any] = timings(fire, texts, repeat)
        for name in sets:
            figures[name] = quality(fire, rows[name])
        report[label] = figures

    print(f"{len(texts)} messages; warm_up {report['warm_up_s']} s")
    print(f"{'':4} {'cold µs':>8} {'warm µs':>8} {'p99 µs':>8}   " + "   ".join(
        f"{name} recall/fpr" for name in sets))
    for label in ("new", "old"):
        figures = report[label]
        cells = "   ".join(f"{figures[name]['recall']:.3f}/{figures[name]['fpr']:.3f}"
                           .rjust(len(name) + 12) for name in sets)
        print(f"{label:4} {figures['cold_median_us']:8.1f} {figures['warm_median_us']:8.1f} "
              f"{figures['warm_p99_us']:8.1f}   {cells}")
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
