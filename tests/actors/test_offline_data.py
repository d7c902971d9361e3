"""The offline translator's labelled phrases (tests/data/offline/README.md): every row is
well formed, the hold-out split follows its hash rule, and the hold-out and the blind set
are exactly the files written before any tuning (a checksum: they are never edited)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from actors.protocol import AGE_BANDS, EMOTIONS, LANGUAGES

OFFLINE = Path(__file__).resolve().parent.parent / "data" / "offline"
LABELS = {*EMOTIONS, "unclear"}
FROZEN = {
    "holdout.jsonl": "08a9160ce7d9553f49c4c7a5ee47081244c6db294997c46bbf36122409dc0b77",
    "blind.jsonl": "29f401c853d2a35f871b9d4da549d6a75830cc993b9111841cf39cd878da5957",
    "blind2.jsonl": "10c6560041fadfc6cea0817abfd10e9d61442c785fe99f250895ffa9a1027243",
    "blind3.jsonl": "43aa7247d9d74d3d55099156b89701a32fd78f108eb3d535c585349ffc146938",
    "blind5.jsonl": "e3b95a3aca34c22eca2989a73386ef63377ba9907bb0ba9902c43be445fd949d",
    "blind4.jsonl": "5d344d30b1f6b6f381bade707e10d2118641bbeb2efe2791133d4d54e2351c71",
    "blind6.jsonl": "a42568cdcac065bbf73582531aec038ebf18827a543e398ca5194183510da3eb",
    "blind7.jsonl": "0dea984bd5cefe98d61826a65ce5ec5fff622a4b90bb78f2fec9bb22d0147be6",
    "blind8.jsonl": "8d050d98332005d9440a2a8a722ce6721cf81a6c801943ed400b604889b5a909",
    "blind9.jsonl": "968a937736ad4156c17e588386031dff15cfa4c7e226b49e0a1f387c0e129c0c",
    "blind10.jsonl": "5542a0acda161269950a78b32a7bc1d6096b422d1e733f49fa99c28ab3dc1fb7",
    "blind11.jsonl": "8a282ab180c4ff5fd4606e50ba11bcfd837876fe9e36900000683ae163117088",
    "blind12.jsonl": "8e195de8249e75be4a4f2d050f5188ee84e8be65f5314186b85a35c58b7fdb8a",
    "blind13.jsonl": "847e4df686ebaf6b5ca00100a7e8b4bcf63ad7f70fcc147262963e01642ba2e9",
    "blind14.jsonl": "39ccf1080572f2879d0970acb56383a6d0062d1babe7527570cf6d0a0611e53b",
    "blind15.jsonl": "096796ec4503e6af8adf417a7b9c7c335174ac9e2bc71d39564693c69f7caee7",
    "blind16.jsonl": "40c81fb15ba16a77ff0a0388c1afe00949ae22c92b5181688f7a952e9c0cc35d",
    "blind17.jsonl": "06d2a7451168941fdecc0ce122da0bd1a147e8e9a6a4e9c4744afc62c37739b8",
    "blind18.jsonl": "6ca650872dfcc32e039abd28aac76351ee32e530864d3bbdb728d9a77785b37b",
    "blind19.jsonl": "2d6df3acc0b335362f4394f07a244bea2bf9510a64529d9ef27b4f926d0a882c",
    "blind20.jsonl": "d2bc897536bb5baa29609aad1de8b64d1975afaa6c174329424ca6c6abe1b10a",
    "blind21.jsonl": "0b3d95831c151324cd603685aa1fdb3e8cebaf794f543dc8a2cfe6e5fa8766f8",
    "blind22.jsonl": "93ddf7d0f6cc83f74c1b446646e426fe69731c4d518a518e6b1ed4b5b1ce9912",
    "blind23.jsonl": "af5ea088a926a7a8fa3cd1d62bc9bd3cd35d806d1df3598edc9be67047d8c34a",
    "blind24.jsonl": "386a7e8c9818431cd31afd75ae694b3c4ef3e09bdd1d3d238b6aa8dbf1d47db9",
    "blind25.jsonl": "318d3239a7447b2a6af68de6e8d27a58461864ebd747a03d4a7804aa225c3f0b",
    "blind26.jsonl": "f12f53e9c7d02fbb1d2a4ddbb33d605e2f81f34539cea529fed1df2f596cf5cb",
    "blind27.jsonl": "a3ba09dcf8be3068576232fc76244dba750ac9e6e96576b9850f50f1fa29fc39",
    "blind28.jsonl": "014909d40f133a7d51757a0cd0496dd37ad3e7a7fd0a6f3ce6b4398e85551e3d",
    "blind29.jsonl": "767ac0c17e82457e38971d8e1336d2af560e7876f0d969e9a3329984f9209b56",
    "blind30.jsonl": "01c34db056301ae02a08d994b8851adce9e80c6449478629747fe55e63be498b",
    "blind35.jsonl": "517205f8a83b6abdbadd596bde8a3dbb44e2a4b2cadcb0b86aa33e44e2d86619",
    "blind34.jsonl": "80ddf7beba75064c5cddb5f79aa14037984882bd4d77206622dfdcf29b952646",
    "blind33.jsonl": "41f76be66b445f5abba517683442bed70e7161f8c215ac7730366f5268216dcc",
    "blind32.jsonl": "a49230951e2aa6133d6308f5efb8afc736db82e9e1ac72a21d7cd6ca48ce7629",
    "blind31.jsonl": "39adaed0bac9a55b23fb7b340bb349fd64cf5c553659153a7949ffa04563626d",
}


def rows(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (OFFLINE / name).read_text("utf-8").splitlines()
            if line.strip()]


def in_holdout(scenario: str) -> bool:
    """The split rule, applied once: a scenario's hash decides its side."""
    return int(hashlib.sha256(scenario.encode()).hexdigest(), 16) % 100 < 35


@pytest.mark.parametrize("name", sorted(path.name for path in OFFLINE.glob("*.jsonl")))
def test_every_row_is_well_formed(name: str) -> None:
    found = rows(name)
    assert found
    for row in found:
        assert set(row) == {"id", "text", "language", "age_band", "emotion", "notes"}, row
        assert row["text"].strip(), row
        assert row["language"] in LANGUAGES, row
        assert row["age_band"] in AGE_BANDS, row
        assert row["emotion"] in LABELS, row
        assert isinstance(row["notes"], str), row
    ids = Counter((row["id"], row["language"]) for row in found)
    assert max(ids.values()) == 1  # a scenario has one phrase per language


@pytest.mark.parametrize(("name", "digest"), sorted(FROZEN.items()))
def test_the_hold_out_and_the_blind_set_are_never_edited(name: str, digest: str) -> None:
    assert hashlib.sha256((OFFLINE / name).read_bytes()).hexdigest() == digest


def test_the_split_follows_the_hash_of_the_scenario() -> None:
    assert all(not in_holdout(row["id"]) for row in rows("tune.jsonl"))
    assert all(in_holdout(row["id"]) for row in rows("holdout.jsonl"))


def test_the_split_sets_cover_both_languages_every_band_and_every_label() -> None:
    both = rows("tune.jsonl") + rows("holdout.jsonl")
    assert len(both) >= 600
    assert 0.3 <= len(rows("holdout.jsonl")) / len(both) <= 0.4
    for found in (both, rows("holdout.jsonl"), rows("blind.jsonl")):
        assert {row["language"] for row in found} == set(LANGUAGES)
        assert {row["emotion"] for row in found} == LABELS
    assert {row["age_band"] for row in both} == set(AGE_BANDS)


def test_the_phrases_are_written_the_way_parents_type() -> None:
    """Typos, emoji alone or with words, negation, sarcasm, mixed languages, long
    messages: each kind is there, in the split sets."""
    notes = " ".join(row["notes"] for row in rows("tune.jsonl") + rows("holdout.jsonl"))
    for kind in ("typo", "emoji-only", "emoji", "negation", "sarcasm", "mixed", "long",
                 "intensifier", "no punct"):
        assert kind in notes, kind
