"""The crisis model's quick score (``Model.top_score``) is ``Model.best``'s score, exactly:
``Model.crisis`` reads a message whole only when the quick score reaches the threshold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETS = ("holdout", "blind2", "tune_round2_style", "blind9")


def _texts(name: str) -> list[str]:
    path = ROOT / "tests" / "data" / "crisis" / f"{name}.jsonl"
    lines = path.read_text("utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_the_quick_score_is_the_best_score(name: str) -> None:
    from actors.crisis import _detector

    model = _detector._state().model
    for text in [*_texts(name), "", "ok", "я не хочу жить. I do not want to live"]:
        tokens = _detector._prepared(text)[0]
        assert model.top_score(tokens) == model.best(tokens)[0], text
        # twice: the second reads each token's keys from the cache
        assert model.top_score(tokens) == model.best(tokens)[0], text
