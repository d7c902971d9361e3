"""The weekly report: each child's week in the parent's language.

First, when the week had messages answered as a crisis (diary entries marked with their
category), those messages (day, child, kind) with the help line. Then per child: the
diary entries since the previous report's due time (the same local wall time a week
earlier, so successive weeks meet across a DST change) by emotion, each against the week
before, the situations the week's phrases name most ("sleep and bedtime", counted by
words, only when some are named), the evening check-ins' average mood, the trend against
the 7 days before that, the parent's 👍 / 👎 on the week's answers, and one
suggestion chosen from the week's dominant emotion and the child's age (grown from the
birth year), made concrete with a phrase from the week's own answers: one the parent
marked 👍 (of that emotion first), else the newest of that emotion not marked 👎.

Trend: when both weeks have check-ins, the average mood decides (a change of more than
``TREND_STEP`` points); otherwise the number of difficult entries (every emotion but
joy) does; with no data in either week the trend is "not enough data".

``load_week`` reads PostgreSQL (via ``RunStore.fetch``); ``render_report`` is pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal

from actors.dialogs import EMOTION_NAMES, child_forms
from actors.protocol import EMOTIONS, MAX_AGE, MIN_AGE, Emotion, Language, SendReply

from ._clock import due_at, zone_for
from ._schedules import FamilyDue, RunStore
from ._texts import CRISIS_NAMES, SITUATION_WORDS, SITUATIONS, TEXTS, say, suggestion

__all__ = ["ChildWeek", "CrisisNote", "Trend", "load_week", "render_report", "report_key",
           "situations_in", "trend_of", "weekly_report"]

TREND_STEP: Final = 0.3
WEEK: Final = dt.timedelta(days=7)

Trend = Literal["better", "worse", "same", "unknown"]


@dataclass(frozen=True, slots=True)
class ChildWeek:
    """What the report says about one child."""

    name: str
    age: int
    emotions: Counter[str] = field(default_factory=Counter)
    """Diary entries of this week by emotion."""
    previous: Counter[str] = field(default_factory=Counter)
    """... of the week before."""
    scores: tuple[int, ...] = ()
    """Check-in scores of this week (one per answered day)."""
    previous_scores: tuple[int, ...] = ()
    situations: Counter[str] = field(default_factory=Counter)
    """This week's entries by the situation their phrase names (``_texts.SITUATIONS``)."""
    helped: int = 0
    """This week's answers the parent marked 👍."""
    not_helped: int = 0
    example: str | None = None
    """A phrase from this week's answers to make the suggestion concrete."""
    example_helped: bool = False
    """``example`` comes from an answer the parent marked 👍."""

    @property
    def average(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None

    @property
    def dominant(self) -> Emotion:
        """The week's most frequent emotion (ties: the order of ``EMOTIONS``); with no
        entries, sadness for a low check-in mood, else loneliness (whose suggestion is
        "spend time together", right for a quiet week)."""
        if self.emotions:
            return max(EMOTIONS, key=lambda e: (self.emotions.get(e, 0), -EMOTIONS.index(e)))
        average = self.average
        return "sadness" if average is not None and average < 2.5 else "loneliness"


@dataclass(frozen=True, slots=True)
class CrisisNote:
    """A message of the week answered as a crisis: its local day, the child (None: the
    family has several and it named none) and its category."""

    day: dt.date
    child: str | None
    category: str


def report_key(chat_id: int, sunday: dt.date) -> str:
    """The idempotency key of a family's weekly report."""
    return f"weekly:{chat_id}:{sunday.isoformat()}"


def trend_of(week: ChildWeek) -> Trend:
    """See the module docstring."""
    if week.scores and week.previous_scores:
        now = sum(week.scores) / len(week.scores)
        before = sum(week.previous_scores) / len(week.previous_scores)
        if now - before > TREND_STEP:
            return "better"
        if before - now > TREND_STEP:
            return "worse"
        return "same"
    hard, hard_before = _difficult(week.emotions), _difficult(week.previous)
    if not week.emotions and not week.previous:
        return "unknown"
    if hard < hard_before:
        return "better"
    if hard > hard_before:
        return "worse"
    return "same"


def _difficult(counts: Counter[str]) -> int:
    return sum(n for emotion, n in counts.items() if emotion != "joy")


def render_report(
    language: Language, first_day: dt.date, last_day: dt.date, weeks: list[ChildWeek],
    crises: Sequence[CrisisNote] = (),
) -> str:
    """The report's text (Telegram HTML; names escaped): the week's crises first."""
    lines = [say("report_title", language, start=f"{first_day:%d.%m}", end=f"{last_day:%d.%m}")]
    if crises:
        lines += ["", TEXTS["report_crisis_title"][language]]
        lines += [say("report_crisis_line", language, day=f"{note.day:%d.%m}",
                      who=f", {note.child}" if note.child else "",
                      what=_crisis_name(note.category, language)) for note in crises]
        lines.append(TEXTS["report_crisis_help"][language])
    for week in weeks:
        lines += ["", say("report_child", language, name=week.name)]
        lines.append(_entries_line(week, language))
        compared = _compare_line(week, language)
        if compared:
            lines.append(compared)
        if week.situations:
            lines.append(_situations_line(week, language))
        average = week.average
        if average is not None:
            lines.append(say("report_checkins", language, average=f"{average:.1f}",
                             days=len(week.scores)))
        lines.append(TEXTS[f"trend_{trend_of(week)}"][language])
        if week.helped or week.not_helped:
            lines.append(say("report_feedback", language, helped=week.helped,
                             not_helped=week.not_helped))
        advice = say("report_suggestion", language,
                     text=suggestion(week.dominant, week.age, language))
        if week.example:
            key = "report_example_helped" if week.example_helped else "report_example"
            advice += " " + say(key, language, text=week.example)
        lines.append(advice)
    return "\n".join(lines)


def _crisis_name(category: str, language: Language) -> str:
    names = CRISIS_NAMES.get(category)
    return names[language] if names else category


def _compare_line(week: ChildWeek, language: Language) -> str | None:
    """Each emotion of either week: this week's count against the week before."""
    if not week.emotions and not week.previous:
        return None
    emotions = sorted(set(week.emotions) | set(week.previous),
                      key=lambda e: (-week.emotions.get(e, 0), -week.previous.get(e, 0), e))
    items = ", ".join(say("report_compare_item", language, emotion=_emotion_name(e, language),
                          now=week.emotions.get(e, 0), before=week.previous.get(e, 0))
                      for e in emotions)
    return TEXTS["report_compare"][language].format(items=items)  # items are escaped


def _situations_line(week: ChildWeek, language: Language) -> str:
    order = list(SITUATIONS)
    top = sorted(week.situations.items(), key=lambda item: (-item[1], order.index(item[0])))
    items = ", ".join(f"{SITUATIONS[name][language]} ({n})" for name, n in top[:3])
    return say("report_situations", language, items=items)


_WORDS: Final = re.compile(r"[^\W\d_]+")


def situations_in(phrase: str) -> set[str]:
    """The situations (``_texts.SITUATIONS``) a parent's phrase names."""
    words = _WORDS.findall(phrase.lower())
    found = set()
    for name, (whole, beginnings) in SITUATION_WORDS.items():
        if any(w in whole or w.startswith(beginnings) for w in words):
            found.add(name)
    return found


def _entries_line(week: ChildWeek, language: Language) -> str:
    total = sum(week.emotions.values())
    if not total:
        return say("report_no_entries", language)
    ordered = sorted(week.emotions.items(), key=lambda item: (-item[1], item[0]))
    names = ", ".join(f"{_emotion_name(e, language)} {n}" for e, n in ordered)
    return say("report_entries", language, count=total, emotions=names)


def _emotion_name(emotion: str, language: Language) -> str:
    for known in EMOTIONS:  # narrows the stored name to an Emotion
        if known == emotion:
            return EMOTION_NAMES[known][language]
    return emotion


async def load_week(
    store: RunStore, family: FamilyDue, last_day: dt.date, due: dt.datetime,
    *, at: dt.time | None = None,
) -> list[ChildWeek]:
    """Each child's week ending at ``due`` (entries) and on local ``last_day`` (check-ins),
    with the week before, read from PostgreSQL. ``at`` is the report's local wall time
    (None: ``due``'s): the weeks start at the reports due one and two weeks earlier."""
    weeks, _ = await load_report(store, family, last_day, due, at=at)
    return weeks


async def load_report(
    store: RunStore, family: FamilyDue, last_day: dt.date, due: dt.datetime,
    *, at: dt.time | None = None,
) -> tuple[list[ChildWeek], list[CrisisNote]]:
    """``load_week``'s weeks, and the week's crises in the family's local days."""
    chat = family.chat_id
    try:
        zone = zone_for(family.timezone)
    except KeyError:
        zone = dt.UTC
    week_start, before_start = (_due_weeks_before(due, n, zone, last_day, at) for n in (1, 2))
    entries = await store.fetch(
        "SELECT child_id, emotion, at >= $3 AS this_week, count(*) AS n FROM emotion_entries "
        "WHERE chat_id = $1 AND at >= $2 AND at < $4 AND crisis IS NULL GROUP BY 1, 2, 3",
        chat, before_start, week_start, due)
    details = await store.fetch(
        "SELECT e.child_id, e.emotion, e.phrase, e.crisis, e.at, "
        "e.analysis -> 'what_to_say' ->> 0 AS example, f.helpful "
        "FROM emotion_entries e LEFT JOIN entry_feedback f "
        "ON f.chat_id = e.chat_id AND f.entry_key = e.entry_key "
        "WHERE e.chat_id = $1 AND e.at >= $2 AND e.at < $3 ORDER BY e.at LIMIT 2000",
        chat, week_start, due)
    kids = {r["child_id"]: r for r in await store.fetch(
        "SELECT child_id, birth_year, gender FROM children WHERE chat_id = $1", chat)}
    checkins = await store.fetch(
        "SELECT child_id, day, score FROM checkins WHERE chat_id = $1 AND day > $2 "
        "AND day <= $3", chat, last_day - dt.timedelta(days=14), last_day)
    first_day = last_day - dt.timedelta(days=6)
    weeks = []
    for child_id, name, age in family.children:
        this, before = Counter[str](), Counter[str]()
        for row in entries:
            if row["child_id"] == child_id:
                (this if row["this_week"] else before)[row["emotion"]] += int(row["n"])
        scores = [(r["day"], r["score"]) for r in checkins if r["child_id"] == child_id]
        mine = [r for r in details if r["child_id"] == child_id and r["crisis"] is None]
        kid = kids.get(child_id)
        week = ChildWeek(
            name=name, age=_age(age, kid["birth_year"] if kid else None, last_day.year),
            emotions=this, previous=before,
            scores=tuple(s for d, s in sorted(scores) if d >= first_day),
            previous_scores=tuple(s for d, s in sorted(scores) if d < first_day),
            situations=Counter(s for r in mine for s in situations_in(r["phrase"])),
            helped=sum(r["helpful"] is True for r in mine),
            not_helped=sum(r["helpful"] is False for r in mine))
        weeks.append(_with_example(week, mine, kid["gender"] if kid else None))
    names = {child_id: name for child_id, name, _ in family.children}
    crises = [CrisisNote(day=r["at"].astimezone(zone).date(), child=names.get(r["child_id"]),
                         category=r["crisis"])
              for r in details if r["crisis"] is not None]
    return weeks, crises


def _due_weeks_before(
    due: dt.datetime, weeks: int, zone: dt.tzinfo, last_day: dt.date, at: dt.time | None,
) -> dt.datetime:
    """The report due ``weeks`` weeks before ``due``: the same local wall time (``at``, else
    ``due``'s) on the same local weekday. Not ``due - 7 days``: across a DST change that
    is an hour off the earlier report, and an hour of entries would be counted in two
    weeks (spring) or in none (autumn)."""
    if at is None:
        local = due.astimezone(zone)
        last_day, at = local.date(), local.time().replace(tzinfo=None)
    return due_at(last_day - weeks * WEEK, at, zone)


def _age(saved: int, birth_year: int | None, year: int) -> int:
    """The age in ``year``: from the birth year when there is one."""
    if birth_year is None:
        return saved
    return min(MAX_AGE, max(MIN_AGE, year - birth_year))


def _with_example(week: ChildWeek, rows: list[Any], gender: str | None) -> ChildWeek:
    """``week`` with a phrase of its own answers (see the module docstring), in the
    child's grammatical gender."""
    said = [r for r in rows if r["example"]]
    dominant = [r for r in said if r["emotion"] == week.dominant]
    helped = ([r for r in dominant if r["helpful"] is True]
              or [r for r in said if r["helpful"] is True])
    chosen = helped or [r for r in dominant if r["helpful"] is not False]
    if not chosen:
        return week
    text = str(chosen[-1]["example"])
    form: Literal["boy", "girl"] | None = (
        "boy" if gender == "boy" else "girl" if gender == "girl" else None)
    return replace(week, example=child_forms(text, form) if form else text,
                   example_helped=bool(helped))


async def weekly_report(
    store: RunStore, family: FamilyDue, last_day: dt.date, due: dt.datetime,
    *, at: dt.time | None = None,
) -> SendReply:
    """The report message of ``family`` for the week ending on its local ``last_day`` at
    ``due`` (local wall time ``at``: see ``load_week``)."""
    language: Language = "ru" if family.language == "ru" else "en"
    weeks, crises = await load_report(store, family, last_day, due, at=at)
    text = render_report(language, last_day - dt.timedelta(days=6), last_day, weeks, crises)
    return SendReply(chat_id=family.chat_id, key=report_key(family.chat_id, last_day),
                     text=text, update_id=None)
