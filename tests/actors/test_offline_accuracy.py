"""The offline translator measured on labelled phrases (run with ``-s`` to read the
reports): accuracy overall, per language and per emotion ("unclear" counted as a label
of its own, and the emotions it swallowed counted apart), the confusions, and for the
hold-outs every miss.

The sets (tests/data/offline/README.md, docs/translator.md section "Accuracy"):
``tune.jsonl``, ``tune_more.jsonl``, ``tune_extra.jsonl``, the ``tune_patterns*.jsonl``
batches, ``child_phrases.jsonl`` and the first two blind sets are tuned on (the rules'
lexicon and the model's word counts): ``blind.jsonl`` since the second opinion was added,
``blind2.jsonl`` since it was measured once and reported (86.6 %). ``holdout.jsonl``
(split from the tune set once, by a hash), ``holdout_own.jsonl`` (written before the
earlier round of tuning), ``blind3.jsonl`` (another author; measured once, after this
round of tuning was finished) and the older ``child_phrases_holdout.jsonl`` (someone
else's) are not. ``blind4.jsonl`` (a fourth author) was measured once, as the translator
stood after that round (90.7 %), and reported; the rules and the model have been tuned on
it since. ``blind5.jsonl`` (a fifth author) was measured once after that (94.8 %), and is
not tuned on. ``blind6.jsonl`` (a sixth author, measured once on the same translator much
later: 90.7 %) was reported, then tuned on: its misses as general patterns in the
lexicon, with tune_patterns11.jsonl, and both learnt by the model; ``blind7.jsonl`` (a
seventh author) was measured once after that round (94.8 %), then tuned on in the lexicon
only (with tune_patterns12.jsonl; the model does not learn them); ``blind8.jsonl`` (an
eighth author) was measured once after that round (94.8 %), then tuned on in the lexicon
only (with tune_patterns13.jsonl); ``blind9.jsonl`` (a ninth author) was measured once
after that (91.5 %), then tuned on in the lexicon only (with tune_patterns14.jsonl);
``blind10.jsonl`` (a tenth author) was measured once after that (96.7 %), then tuned on in
the lexicon only (with tune_patterns15.jsonl); ``blind11.jsonl`` (an eleventh author) was
measured once after that (94.4 %), then tuned on in the lexicon only (with
tune_patterns16.jsonl); ``blind12.jsonl`` (a twelfth author) was measured once after that
(92.6 %), then tuned on in the lexicon only (with tune_patterns17.jsonl);
``blind13.jsonl`` (a thirteenth author) was measured once after that (94.1 %), then tuned
on in the lexicon only (with tune_patterns18.jsonl); ``blind14.jsonl`` (a fourteenth
author) was measured once after that (87.8 %: under the target), then tuned on in the
lexicon only (with tune_patterns19.jsonl); ``blind15.jsonl`` (a fifteenth author) was
measured once after that (90.4 %), then tuned on in the lexicon only (with
tune_patterns20.jsonl); ``blind16.jsonl`` (a sixteenth author) was measured once after
that (89.3 %: just under the target), then tuned on in the lexicon only (with
tune_patterns21.jsonl); ``blind17.jsonl`` (a seventeenth author) was measured once after
that (94.4 %), and is not tuned on; ``blind18.jsonl`` (an eighteenth author) was measured
once after the round on the sixteenth (89.3 %: just under the target), then tuned on in
the lexicon only (with tune_patterns22.jsonl); ``blind19.jsonl`` (a nineteenth author) was
measured once after that (94.1 %), then tuned on in the lexicon only (with
tune_patterns23.jsonl); ``blind20.jsonl`` (a twentieth author) was measured once after
that (93.0 %), then tuned on in the lexicon only (with tune_patterns24.jsonl);
``blind21.jsonl`` (a twenty-first author) was measured once after that (92.6 %), then
tuned on in the lexicon only (with tune_patterns25.jsonl); ``blind22.jsonl`` (a
twenty-second author) was measured once after that (93.3 %), then tuned on in the
lexicon only (with tune_patterns26.jsonl); ``blind23.jsonl`` (a twenty-third author) was
measured once after that (93.0 %), then tuned on in the lexicon only (with
tune_patterns27.jsonl); ``blind24.jsonl`` (a twenty-fourth author) was measured once after
that (91.5 %), then tuned on in the lexicon only (with tune_patterns28.jsonl);
``blind25.jsonl`` (a twenty-fifth author) was measured once after that (95.2 %), then
tuned on in the lexicon only (with tune_patterns29.jsonl); ``blind26.jsonl`` (a
twenty-sixth author) was measured once after that (93.0 %), then tuned on in the lexicon
only (with tune_patterns30.jsonl); ``blind27.jsonl`` (a twenty-seventh author) was
measured once after that (88.5 %, under the target), then tuned on (the day before and
today in the reader, and the lexicon, with tune_patterns31.jsonl); ``blind28.jsonl`` (a
twenty-eighth author) was measured once after that (96.3 %), then tuned on in the lexicon
only (with tune_patterns32.jsonl); ``blind29.jsonl`` (a twenty-ninth author) was measured
once after that (93.3 %), then tuned on in the lexicon only (with tune_patterns33.jsonl);
``blind30.jsonl`` (a thirtieth author) was measured once after that (90.0 %), then tuned
on in the lexicon only (with tune_patterns34.jsonl); ``blind31.jsonl`` (a thirty-first author)
was measured once after that (91.1 %), then tuned on in the lexicon only (with
tune_patterns35.jsonl); ``blind32.jsonl`` (a thirty-second author) was measured once after
that (86.3 %, under the target), then tuned on in the lexicon only (with
tune_patterns36.jsonl); ``blind33.jsonl`` (a thirty-third author) was measured once after
that (90.7 %), then tuned on in the lexicon only (with tune_patterns37.jsonl);
``blind34.jsonl`` (a thirty-fourth author) was measured once after that (92.2 %), then
tuned on in the lexicon only (with tune_patterns38.jsonl); ``blind35.jsonl`` (a
thirty-fifth author) was measured once after that (91.9 %), and is not tuned on. The
floors below sit a little under what was
measured when they were set; the target is 90 % on new wording (85 % per language, 75 %
recall per emotion).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from actors.protocol import EMOTIONS
from actors.translator import classify

DATA = Path(__file__).resolve().parent.parent / "data"
LABELS = (*EMOTIONS, "unclear")
PATTERN_SETS = tuple(f"offline/tune_patterns{n}.jsonl"
                     for n in ("", *"23456789", "10", "11"))
"""Batches written in the rounds of tuning, each measured before it was learnt."""


@dataclass
class Report:
    """What ``classify`` made of one labelled set."""

    name: str
    rows: int = 0
    right: int = 0
    by_language: Counter[str] = field(default_factory=Counter)
    right_by_language: Counter[str] = field(default_factory=Counter)
    by_label: Counter[str] = field(default_factory=Counter)
    right_by_label: Counter[str] = field(default_factory=Counter)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.rows

    def language(self, language: str) -> float:
        return self.right_by_language[language] / self.by_language[language]

    def recall(self, label: str) -> float:
        return self.right_by_label[label] / self.by_label[label]

    @property
    def abstentions(self) -> int:
        """Phrases labelled with an emotion that were answered "unclear"."""
        return sum(n for (want, got), n in self.confusions.items()
                   if got == "unclear" and want != "unclear")

    def render(self, *, with_misses: bool) -> str:
        lines = [f"offline translator on {self.name}: {self.accuracy:.1%} "
                 f"({self.right}/{self.rows}); "
                 + ", ".join(f"{lang} {self.language(lang):.1%} "
                             f"({self.right_by_language[lang]}/{self.by_language[lang]})"
                             for lang in sorted(self.by_language))]
        for label in LABELS:
            if self.by_label[label]:
                lines.append(f"  {label:12} {self.recall(label):6.1%} "
                             f"({self.right_by_label[label]}/{self.by_label[label]})")
        lines.append(f"  emotions answered 'unclear' (abstentions): {self.abstentions}")
        lines.append("  confusions (labelled -> answered): " + ", ".join(
            f"{want}->{got} {n}" for (want, got), n in self.confusions.most_common()))
        if with_misses:
            lines.append("  misses:")
            lines += [f"    [{lang}] {want} -> {got}: {text}"
                      for want, got, lang, text in sorted(self.misses)]
        return "\n".join(lines)


def measure(name: str) -> Report:
    path = DATA / name
    report = Report(name)
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = row.get("text", row.get("phrase"))
        want, language = row["emotion"], row["language"]
        got = classify(text)[0]
        report.rows += 1
        report.by_language[language] += 1
        report.by_label[want] += 1
        if got == want:
            report.right += 1
            report.right_by_language[language] += 1
            report.right_by_label[want] += 1
        else:
            report.confusions[want, got] += 1
            report.misses.append((want, got, language, text))
    return report


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    names = ("offline/tune.jsonl", "offline/tune_more.jsonl", "offline/tune_extra.jsonl",
             *PATTERN_SETS, "offline/tune_patterns12.jsonl", "offline/tune_patterns13.jsonl",
             "offline/tune_patterns14.jsonl", "offline/tune_patterns15.jsonl",
             "offline/tune_patterns16.jsonl", "offline/tune_patterns17.jsonl",
             "offline/tune_patterns18.jsonl", "offline/tune_patterns19.jsonl",
             "offline/tune_patterns20.jsonl", "offline/tune_patterns21.jsonl",
             "offline/tune_patterns22.jsonl", "offline/tune_patterns23.jsonl",
             "offline/tune_patterns24.jsonl", "offline/tune_patterns25.jsonl",
             "offline/tune_patterns26.jsonl", "offline/tune_patterns27.jsonl",
             "offline/tune_patterns28.jsonl", "offline/tune_patterns29.jsonl",
             "offline/tune_patterns30.jsonl", "offline/tune_patterns31.jsonl",
             "offline/tune_patterns32.jsonl", "offline/tune_patterns33.jsonl",
             "offline/tune_patterns34.jsonl", "offline/tune_patterns35.jsonl",
             "offline/tune_patterns36.jsonl", "offline/tune_patterns37.jsonl",
             "offline/tune_patterns38.jsonl",
             "offline/holdout.jsonl",
             "offline/holdout_own.jsonl",
             "offline/blind35.jsonl", "offline/blind34.jsonl",
             "offline/blind33.jsonl", "offline/blind32.jsonl", "offline/blind31.jsonl",
             "offline/blind30.jsonl", "offline/blind29.jsonl", "offline/blind28.jsonl",
             "offline/blind27.jsonl",
             "offline/blind26.jsonl",
             "offline/blind25.jsonl",
             "offline/blind24.jsonl",
             "offline/blind23.jsonl",
             "offline/blind22.jsonl", "offline/blind21.jsonl", "offline/blind20.jsonl",
             "offline/blind19.jsonl",
             "offline/blind18.jsonl",
             "offline/blind17.jsonl",
             "offline/blind16.jsonl",
             "offline/blind15.jsonl",
             "offline/blind14.jsonl",
             "offline/blind13.jsonl", "offline/blind12.jsonl", "offline/blind11.jsonl",
             "offline/blind10.jsonl",
             "offline/blind9.jsonl",
             "offline/blind8.jsonl",
             "offline/blind7.jsonl",
             "offline/blind6.jsonl",
             "offline/blind5.jsonl", "offline/blind4.jsonl",
             "offline/blind3.jsonl",
             "offline/blind2.jsonl",
             "offline/blind.jsonl",
             "child_phrases.jsonl", "child_phrases_holdout.jsonl")
    found = {name: measure(name) for name in names}
    print()
    for name, report in found.items():
        print(report.render(with_misses="holdout" in name or "blind" in name))
    return found


def assert_floors(report: Report, overall: float, ru: float, en: float,
                  per_label: float) -> None:
    """The floors one labelled set must keep: overall, per language, every label's recall."""
    assert report.accuracy >= overall
    assert report.language("ru") >= ru
    assert report.language("en") >= en
    for label in LABELS:
        assert report.recall(label) >= per_label, label


def test_the_hold_out(reports: dict[str, Report]) -> None:
    """91.9 % after the round before the fourth blind set (ru and en 91.9 %), 93.5 % (ru and
    en 93.5 %) once it and the tenth batch were learnt."""
    assert_floors(reports["offline/holdout.jsonl"], 0.9, 0.9, 0.9, 0.85)
    assert reports["offline/holdout.jsonl"].recall("unclear") >= 0.9


def test_the_third_blind_set(reports: dict[str, Report]) -> None:
    """Written by another author while this round of tuning went on, never opened before
    it was finished, and measured once after it: 91.7 % (ru 94.0 %, en 89.5 %), every
    emotion's recall 85.7 % or more (sadness the lowest), 9 of its 22 misses abstentions."""
    assert_floors(reports["offline/blind3.jsonl"], 0.9, 0.92, 0.87, 0.83)


def test_the_fifth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a fifth author from the emotion definitions alone while the round after
    the fourth blind set went on, never opened before that round and the model's
    retraining were finished, and measured once: 94.8 % (ru 96.3 %, en 93.3 %), every
    emotion's recall 85.7 % or more (sadness the lowest), 4 of its 14 misses abstentions."""
    assert_floors(reports["offline/blind5.jsonl"], 0.93, 0.95, 0.92, 0.85)


def test_the_seventh_blind_set(reports: dict[str, Report]) -> None:
    """Written by a seventh author from the emotion definitions alone, with no theme and
    many look-alike pairs, while the round after the sixth blind set went on, never opened
    before that round and the model's retraining were finished, and measured once: 94.8 %
    (ru 98.5 %, en 91.1 %), every emotion's recall 89.3 % or more (jealousy the lowest), 2
    of its 14 misses abstentions."""
    assert_floors(reports["offline/blind7.jsonl"], 0.94, 0.98, 0.91, 0.89)


def test_the_eighth_blind_set(reports: dict[str, Report]) -> None:
    """Written by an eighth author from the emotion definitions alone, with no theme and
    many look-alike pairs, while the round after the seventh blind set went on, never
    opened before that round was committed, and measured once: 94.8 % (ru 97.0 %, en
    92.6 %), every emotion's recall 85.7 % or more (shame the lowest), 9 of its 14 misses
    abstentions."""
    assert_floors(reports["offline/blind8.jsonl"], 0.94, 0.96, 0.92, 0.85)


def test_the_ninth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a ninth author from the emotion definitions alone, with no theme and many
    look-alike pairs, emotions shown by what the child does, while the round after the
    eighth blind set went on, never opened before that round was committed, and measured
    once: 91.5 % (ru 93.3 %, en 89.6 %), every emotion's recall 82.1 % or more (jealousy
    the lowest), 6 of its 23 misses abstentions."""
    assert_floors(reports["offline/blind9.jsonl"], 0.91, 0.93, 0.89, 0.82)


def test_the_tenth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a tenth author from the emotion definitions alone, with no theme and many
    look-alike pairs, while the round after the ninth blind set went on, never opened before
    that round was committed, and measured once: 96.7 % (ru 94.8 %, en 98.5 %), every
    emotion's recall 89.3 % or more (frustration the lowest), 2 of its 9 misses
    abstentions."""
    assert_floors(reports["offline/blind10.jsonl"], 0.96, 0.94, 0.98, 0.89)


def test_the_eleventh_blind_set(reports: dict[str, Report]) -> None:
    """Written by an eleventh author from the emotion definitions alone, with no theme and
    many look-alike pairs, while the round after the tenth blind set went on, never opened
    before that round was committed, and measured once: 94.4 % (ru 95.6 %, en 93.3 %),
    every emotion's recall 85.7 % or more (anger the lowest), 2 of its 15 misses
    abstentions."""
    assert_floors(reports["offline/blind11.jsonl"], 0.94, 0.95, 0.93, 0.85)


def test_the_twelfth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twelfth author from the emotion definitions alone, with no theme and
    many look-alike pairs, while the round after the eleventh blind set went on, never
    opened before that round was committed, and measured once: 92.6 % (ru 93.3 %, en
    91.9 %), every emotion's recall 85.7 % or more (jealousy the lowest), 7 of its 20
    misses abstentions."""
    assert_floors(reports["offline/blind12.jsonl"], 0.92, 0.93, 0.91, 0.85)


def test_the_thirteenth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a thirteenth author from the emotion definitions alone, with no theme and
    many look-alike pairs, while the round after the twelfth blind set went on, never
    opened before that round was committed, and measured once: 94.1 % (ru 94.8 %, en
    93.3 %), every emotion's recall 85.7 % or more (anger and jealousy the lowest), 4 of
    its 16 misses abstentions."""
    assert_floors(reports["offline/blind13.jsonl"], 0.94, 0.94, 0.93, 0.85)


def test_the_fourteenth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a fourteenth author from the emotion definitions alone (fathers,
    grandparents and older siblings, short messages that mostly tell only what the child
    did), while the round after the thirteenth blind set went on, never opened before that
    round was committed, and measured once: 87.8 % (ru 91.9 %, en 83.7 %), under the 90 %
    target and, in English, under the 85 % per language; jealousy's recall 75.0 %, the
    lowest; 12 of its 33 misses abstentions. The floors keep what was measured (then
    tuned on, in the lexicon only)."""
    assert_floors(reports["offline/blind14.jsonl"], 0.87, 0.91, 0.83, 0.75)


def test_the_fifteenth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a fifteenth author from the emotion definitions alone (quick messages
    between tasks, one moment of behaviour, a teacher's or a nanny's report, questions to
    the bot, dictated text with no punctuation), while the round after the fourteenth
    blind set went on, never opened before that round was committed, and measured once:
    90.4 % (ru 91.9 %, en 88.9 %), tiredness's recall 82.1 % the lowest, 5 of its 26
    misses abstentions; its unclear phrases 17 of 18 (a move to a new flat read as
    loneliness). Then tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind15.jsonl"], 0.90, 0.91, 0.88, 0.82)
    assert reports["offline/blind15.jsonl"].recall("unclear") >= 0.94


def test_the_sixteenth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a sixteenth author from the emotion definitions alone (longer stories,
    the context first and the child's reaction last, parents who guess the emotion wrong
    first, mixed feelings with one that dominates), while the round after the fifteenth
    blind set went on, never opened before that round was committed, and measured once:
    89.3 % (ru 88.1 %, en 90.4 %), just under the 90 % target; fear and joy 82.1 % the
    lowest; its unclear phrases 15 of 18 (a move, an ordinary day and a visit to a friend's
    read as a feeling). The floors keep what was measured (then tuned on, in the lexicon
    only)."""
    assert_floors(reports["offline/blind16.jsonl"], 0.89, 0.88, 0.90, 0.82)
    assert reports["offline/blind16.jsonl"].recall("unclear") >= 0.83


def test_the_seventeenth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a seventeenth author from the emotion definitions alone (a cross-section:
    short and long, emoji, formal and slangy, home, school, sports, holidays, screens;
    each emotion by its name, by behaviour only or in the child's words), while the rounds
    after the fifteenth and sixteenth blind sets went on, never opened before they were
    committed, and measured once: 94.4 % (ru 95.6 %, en 93.3 %), every emotion's recall
    89.3 % or more, its unclear phrases 18 of 18."""
    assert_floors(reports["offline/blind17.jsonl"], 0.94, 0.95, 0.93, 0.89)
    assert reports["offline/blind17.jsonl"].recall("unclear") >= 0.99


def test_the_eighteenth_blind_set(reports: dict[str, Report]) -> None:
    """Written by an eighteenth author from the emotion definitions alone (a third of the
    rows the child's own words, in the register of its age; the rest scenes in the car,
    at bedtime, at meals, at the shops), after the round on the sixteenth blind set was
    committed, and measured once: 89.3 % (ru 91.1 %, en 87.4 %), just under the 90 %
    target; jealousy's recall 78.6 % the lowest; 8 of its 29 misses abstentions; its
    unclear phrases 18 of 18. The floors keep what was measured (then tuned on, in the
    lexicon only)."""
    assert_floors(reports["offline/blind18.jsonl"], 0.89, 0.91, 0.87, 0.78)
    assert reports["offline/blind18.jsonl"].recall("unclear") >= 0.99


def test_the_nineteenth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a nineteenth author from the emotion definitions alone (a cross-section of
    registers, each emotion told by its name, the body, an action, the child's words or
    the parent's response; many look-alikes), after the round on the eighteenth blind set
    was committed, and measured once: 94.1 % (ru 94.1 %, en 94.1 %), shame's recall 82.1 %
    the lowest, its unclear phrases 17 of 18 (a routine dental check-up read as fear).
    Then tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind19.jsonl"], 0.94, 0.94, 0.94, 0.82)
    assert reports["offline/blind19.jsonl"].recall("unclear") >= 0.94


def test_the_twentieth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twentieth author from the emotion definitions alone (a cross-section of
    ordinary parents, one to three sentences mostly, a concrete moment, many look-alikes),
    while the round after the nineteenth blind set went on, never opened before that
    round was committed, and measured once: 93.0 % (ru 94.8 %, en 91.1 %), jealousy's
    recall 82.1 % the lowest, its unclear phrases 17 of 18 (a weekend at dad's read as
    loneliness). Then tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind20.jsonl"], 0.92, 0.94, 0.91, 0.82)
    assert reports["offline/blind20.jsonl"].recall("unclear") >= 0.94


def test_the_twenty_first_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twenty-first author from the emotion definitions alone (a cross-section
    of registers and scenes, many look-alikes), while the round after the twentieth blind
    set went on, never opened before that round was committed, and measured once: 92.6 %
    (ru 97.0 %, en 88.1 %), loneliness's recall 85.7 % the lowest, its unclear phrases
    18 of 18. Then tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind21.jsonl"], 0.92, 0.97, 0.88, 0.85)
    assert reports["offline/blind21.jsonl"].recall("unclear") >= 0.99


def test_the_twenty_second_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twenty-second author from the emotion definitions alone (a cross-section
    of registers and scenes, separations and moves among them, many look-alikes), while the
    round after the twenty-first blind set went on, never opened before that round was
    committed, and measured once: 93.3 % (ru 92.6 %, en 94.1 %), joy's recall 85.7 % the
    lowest, its unclear phrases 17 of 18 (a move last week read as loneliness). Then
    tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind22.jsonl"], 0.97, 0.97, 0.98, 0.92)
    assert reports["offline/blind22.jsonl"].recall("unclear") >= 0.94


def test_the_twenty_third_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twenty-third author from the emotion definitions alone (hurried parents
    in the car, at the playground or in a queue: abbreviations, voice-to-text slips, half
    sentences), while the round after the twenty-second blind set went on, never opened
    before that round was committed, and measured once: 93.0 % (ru 95.6 %, en 90.4 %),
    jealousy's recall 85.7 % the lowest, its unclear phrases 17 of 18 ("shes 2 and its
    tuesday lol" read as joy). Then tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind23.jsonl"], 0.99, 0.99, 0.99, 0.94)
    assert reports["offline/blind23.jsonl"].recall("unclear") >= 0.94


def test_the_twenty_fourth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twenty-fourth author from the emotion definitions alone (reflective
    parents in the evening: what happened before, what the child said after, a wrong first
    guess named), while the round after the twenty-third blind set went on, never opened
    before that round was committed, and measured once: 91.5 % (ru 92.6 %, en 90.4 %),
    sadness's recall 78.6 % the lowest, its unclear phrases 16 of 18. Then tuned on, in the
    lexicon only."""
    assert_floors(reports["offline/blind24.jsonl"], 0.98, 0.97, 0.98, 0.88)
    assert reports["offline/blind24.jsonl"].recall("unclear") >= 0.88


def test_the_twenty_fifth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twenty-fifth author from the emotion definitions alone (grandparents,
    nannies and older siblings about the child they look after, old-fashioned or in teen
    slang), while the round after the twenty-fourth blind set went on, never opened before
    that round was committed, and measured once: 95.2 % (ru 96.3 %, en 94.1 %), joy's
    recall 82.1 % the lowest, its unclear phrases 18 of 18. Then tuned on, in the lexicon
    only."""
    assert_floors(reports["offline/blind25.jsonl"], 0.99, 0.99, 0.99, 0.96)
    assert reports["offline/blind25.jsonl"].recall("unclear") >= 0.99


def test_the_twenty_sixth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twenty-sixth author from the emotion definitions alone (a cross-section,
    a third of it the child's own words quoted, many of two to six words), while the round
    after the twenty-fifth blind set went on, never opened before that round was committed,
    and measured once: 93.0 % (ru 92.6 %, en 93.3 %), sadness's recall 85.7 % the lowest,
    its unclear phrases 18 of 18. Then tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind26.jsonl"], 0.98, 0.99, 0.98, 0.92)
    assert reports["offline/blind26.jsonl"].recall("unclear") >= 0.99


def test_the_twenty_seventh_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twenty-seventh author from the emotion definitions alone (a
    cross-section, many rows telling only what the child did, some a feeling by contrast
    with the day before), while the round after the twenty-sixth blind set went on, never
    opened before that round was committed, and measured once: 88.5 % (ru 88.1 %, en
    88.9 %), under the 90 % target; fear's recall 78.6 % the lowest, its unclear phrases 17
    of 18. Then tuned on (the day before and today in the reader, and the lexicon)."""
    assert_floors(reports["offline/blind27.jsonl"], 0.95, 0.96, 0.95, 0.92)
    assert reports["offline/blind27.jsonl"].recall("unclear") >= 0.94


def test_the_twenty_eighth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twenty-eighth author from the emotion definitions alone (a
    cross-section: short and long, the child's words and the parent's, named feelings and
    behaviour only), while the round after the twenty-seventh blind set went on, never
    opened before that round was committed, and measured once: 96.3 % (ru 97.0 %, en
    95.6 %), jealousy, loneliness, tiredness and joy 92.9 % the lowest, its unclear phrases
    18 of 18. Then tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind28.jsonl"], 0.99, 0.99, 0.99, 0.96)
    assert reports["offline/blind28.jsonl"].recall("unclear") >= 0.99


def test_the_twenty_ninth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a twenty-ninth author from the emotion definitions alone (a cross-section:
    home, school, sport, holidays, siblings and screens; named feelings, behaviour and the
    child's words), while the round after the twenty-eighth blind set went on, never opened
    before that round was committed, and measured once: 93.3 % (ru 94.1 %, en 92.6 %),
    loneliness's recall 82.1 % the lowest, its unclear phrases 18 of 18. Then tuned on, in
    the lexicon only."""
    assert_floors(reports["offline/blind29.jsonl"], 0.99, 0.99, 0.99, 0.96)
    assert reports["offline/blind29.jsonl"].recall("unclear") >= 0.99


def test_the_thirtieth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a thirtieth author from the emotion definitions alone (parents of shy,
    loud, sensitive and stubborn children, saying how a reaction differs from the child's
    usual temperament), while the round after the twenty-ninth blind set went on, never
    opened before that round was committed, and measured once: 90.0 % (ru 92.6 %, en
    87.4 %), jealousy's recall 78.6 % the lowest, its unclear phrases 15 of 18. Then
    tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind30.jsonl"], 0.98, 0.98, 0.98, 0.83)
    assert reports["offline/blind30.jsonl"].recall("unclear") >= 0.83


def test_the_thirty_first_blind_set(reports: dict[str, Report]) -> None:
    """Written by a thirty-first author from the emotion definitions alone (parents of
    twins and of three or four children, each message about one child among the others),
    while the round after the thirtieth blind set went on, never opened before that round
    was committed, and measured once: 91.1 % (ru 91.9 %, en 90.4 %), joy's recall 78.6 %
    the lowest, its unclear phrases 18 of 18. Then tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind31.jsonl"], 0.96, 0.97, 0.95, 0.92)


def test_the_thirty_second_blind_set(reports: dict[str, Report]) -> None:
    """Written by a thirty-second author from the emotion definitions alone (messages that
    are mostly the child's own words quoted, a few words of the parent's around them),
    while the round after the thirty-first blind set went on, never opened before that
    round was committed, and measured once: 86.3 % (ru 88.1 %, en 84.4 %), under the 90 %
    target; joy's recall 75.0 % the lowest, its unclear phrases 18 of 18. Then tuned on, in
    the lexicon only."""
    assert_floors(reports["offline/blind32.jsonl"], 0.98, 0.99, 0.97, 0.92)


def test_the_thirty_third_blind_set(reports: dict[str, Report]) -> None:
    """Written by a thirty-third author from the emotion definitions alone (tired parents
    late at night: two to eight words, lowercase, "dd", "ds", «доча», an emoji), while the
    round after the thirty-second blind set went on, never opened before that round was
    committed, and measured once: 90.7 % (ru 89.6 %, en 91.9 %), jealousy's and
    loneliness's recall 82.1 % the lowest, its unclear phrases 17 of 18. Then tuned on, in
    the lexicon only."""
    assert_floors(reports["offline/blind33.jsonl"], 0.97, 0.97, 0.97, 0.92)


def test_the_thirty_fourth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a thirty-fourth author from the emotion definitions alone (nannies,
    grandparents and nursery teachers reporting the child's day to the parent, sometimes
    with a guess of their own about the reason), while the round after the thirty-third
    blind set went on, never opened before that round was committed, and measured once:
    92.2 % (ru 93.3 %, en 91.1 %), loneliness's recall 82.1 % the lowest, its unclear
    phrases 17 of 18. Then tuned on, in the lexicon only."""
    assert_floors(reports["offline/blind34.jsonl"], 0.98, 0.99, 0.98, 0.92)


def test_the_thirty_fifth_blind_set(reports: dict[str, Report]) -> None:
    """Written by a thirty-fifth author from the emotion definitions alone (what the
    child's face, hands, voice, posture and breathing did, and what the child did next,
    with no feeling named), while the round after the thirty-fourth blind set went on,
    never opened before that round was committed, and measured once: 91.9 % (ru 94.8 %,
    en 88.9 %), jealousy's, loneliness's and tiredness's recall 85.7 % the lowest, its
    unclear phrases 18 of 18."""
    assert_floors(reports["offline/blind35.jsonl"], 0.91, 0.94, 0.88, 0.85)
    assert reports["offline/blind35.jsonl"].recall("unclear") >= 0.99
    assert reports["offline/blind34.jsonl"].recall("unclear") >= 0.94
    assert reports["offline/blind33.jsonl"].recall("unclear") >= 0.94
    assert reports["offline/blind32.jsonl"].recall("unclear") >= 0.99
    assert reports["offline/blind31.jsonl"].recall("unclear") >= 0.99


def test_the_sixth_blind_set_is_learnt(reports: dict[str, Report]) -> None:
    """Written by a sixth author from the emotion definitions alone, with no theme, and
    measured once on the translator as the fifth blind set left it: 90.7 % (ru 93.3 %, en
    88.1 %), every emotion's recall 78.6 % or more (joy the lowest: excitement told through
    what the child does, read as sadness or fear), 4 of its 25 misses abstentions. Reported,
    then tuned on (the lexicon: its misses as general patterns, with tune_patterns11.jsonl):
    94.8 %; 100 % once the model learnt it too."""
    assert_floors(reports["offline/blind6.jsonl"], 0.97, 0.97, 0.96, 0.9)


def test_the_fourth_blind_set_is_learnt(reports: dict[str, Report]) -> None:
    """Written by a fourth author after the earlier round of tuning, from the emotion
    definitions alone, and measured once, as the translator stood: 90.7 % (ru 94.8 %, en
    86.7 %); sadness's recall 71.4 % (told by a situation: a cancelled party, a move, a
    broken project), the rest 89.3 % or more; 11 of its 25 misses abstentions. Reported,
    then tuned on (the rules' lexicon: its misses as general patterns, with
    tune_patterns10.jsonl): 98.9 % (ru 99.3 %, en 98.5 %), every label 92.9 % or more;
    100 % once the model learnt it too."""
    assert_floors(reports["offline/blind4.jsonl"], 0.97, 0.97, 0.96, 0.9)


def test_the_second_blind_set_is_learnt(reports: dict[str, Report]) -> None:
    """Written by another author and measured once before it was tuned on: 86.6 % (ru
    87.9 %, en 85.4 %, shame's recall the lowest at 76.9 %). Now tuning data: its misses
    led to the general patterns of tune_patterns*.jsonl, and the model learns from it."""
    assert reports["offline/blind2.jsonl"].accuracy >= 0.97


def test_our_own_hold_out(reports: dict[str, Report]) -> None:
    """80 phrases written before the earlier round of tuning: 93.8 % after it, 97.5 % (ru
    and en 97.5 %) after the next, 96.2 % (ru 97.5, en 95.0) once the model learnt the
    fourth blind set and the tenth batch."""
    own = reports["offline/holdout_own.jsonl"]
    assert own.accuracy >= 0.95
    assert own.language("ru") >= 0.95
    assert own.language("en") >= 0.95


def test_the_older_hold_out_written_by_someone_else(reports: dict[str, Report]) -> None:
    assert reports["child_phrases_holdout.jsonl"].accuracy >= 0.97


def test_the_tune_sets_stay_learnt(reports: dict[str, Report]) -> None:
    """A change that loses what the rules were tuned on is a regression too."""
    assert reports["offline/tune.jsonl"].accuracy >= 0.97
    assert reports["offline/tune_more.jsonl"].accuracy >= 0.97
    assert reports["offline/tune_extra.jsonl"].accuracy >= 0.95
    assert reports["offline/blind.jsonl"].accuracy >= 0.95
    assert reports["child_phrases.jsonl"].accuracy >= 0.98
    for name in PATTERN_SETS:
        assert reports[name].accuracy >= 0.95, name


@pytest.mark.parametrize(("name", "floor"), [
    # learnt by the lexicon only (the model was not retrained on them): measured before
    # tuning at 70.6, 50.0 and 67.5 %
    ("offline/tune_patterns12.jsonl", 0.91),
    ("offline/tune_patterns13.jsonl", 0.96),
    ("offline/tune_patterns14.jsonl", 0.87),
    ("offline/tune_patterns15.jsonl", 0.94),  # 72.2 % before tuning
    ("offline/tune_patterns16.jsonl", 0.75),  # 46.4 % before tuning
    ("offline/tune_patterns17.jsonl", 0.82),  # 64.7 % before tuning
    ("offline/tune_patterns18.jsonl", 0.96),  # 61.5 % before tuning
    ("offline/tune_patterns19.jsonl", 0.93),  # 51.5 % before tuning
    ("offline/tune_patterns20.jsonl", 0.96),  # 48.0 % before tuning
    ("offline/tune_patterns21.jsonl", 0.85),  # 42.9 % before tuning
    ("offline/tune_patterns22.jsonl", 0.9),  # 54.5 % before tuning
    ("offline/tune_patterns23.jsonl", 0.9),  # 63.6 % before tuning
    ("offline/tune_patterns24.jsonl", 0.99),  # 60.0 % before tuning
    ("offline/tune_patterns25.jsonl", 0.92),  # 53.8 % before tuning
    ("offline/tune_patterns26.jsonl", 0.99),  # 88.0 % before tuning
    ("offline/tune_patterns27.jsonl", 0.99),  # 69.6 % before tuning
    ("offline/tune_patterns28.jsonl", 0.99),  # 76.0 % before tuning
    ("offline/tune_patterns29.jsonl", 0.99),  # 62.5 % before tuning
    ("offline/tune_patterns30.jsonl", 0.94),  # 52.6 % before tuning
    ("offline/tune_patterns31.jsonl", 0.99),  # 73.7 % before tuning
    ("offline/tune_patterns32.jsonl", 0.99),  # 63.6 % before tuning
    ("offline/tune_patterns33.jsonl", 0.99),  # 81.2 % before tuning
    ("offline/tune_patterns34.jsonl", 0.99),  # 58.3 % before tuning
    ("offline/tune_patterns35.jsonl", 0.95),  # 79.2 % before tuning
    ("offline/tune_patterns36.jsonl", 0.99),  # 34.4 % before tuning
    ("offline/tune_patterns37.jsonl", 0.99),  # 38.1 % before tuning
    ("offline/tune_patterns38.jsonl", 0.95),  # 50.0 % before tuning
])
def test_the_lexicon_only_rounds_stay_learnt(reports: dict[str, Report], name: str,
                                             floor: float) -> None:
    assert reports[name].accuracy >= floor, reports[name].accuracy


def test_unclear_messages_are_not_given_a_feeling(reports: dict[str, Report]) -> None:
    for name in ("offline/tune.jsonl", "offline/holdout.jsonl", "offline/blind.jsonl",
                 "offline/blind2.jsonl", "offline/blind3.jsonl", "offline/blind4.jsonl",
                 "offline/blind5.jsonl", "offline/blind6.jsonl", "offline/blind7.jsonl",
                 "offline/blind8.jsonl", "offline/blind9.jsonl", "offline/blind10.jsonl",
                 "offline/blind11.jsonl", "offline/blind13.jsonl", "offline/blind14.jsonl",
                 "offline/holdout_own.jsonl"):
        assert reports[name].recall("unclear") >= 0.9, name
    # the twelfth author's unclear phrases, measured once: 16 of 18 ("an ordinary day,
    # nothing special" read as joy, a move to a new flat as loneliness)
    assert reports["offline/blind12.jsonl"].recall("unclear") >= 0.88
