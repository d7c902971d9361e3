"""The weekly report: each child's week in the parent's language.

Per child: the diary entries of the 7 days before the report's due time by emotion, the
evening check-ins' average mood, the trend against the 7 days before that, and one
suggestion chosen from the week's dominant emotion and the child's age.

Trend: when both weeks have check-ins, the average mood decides (a change of more than
``TREND_STEP`` points); otherwise the number of difficult entries (every emotion but
joy) does; with no data in either week the trend is "not enough data".

``load_week`` reads PostgreSQL (via ``RunStore.fetch``); ``render_report`` is pure.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Final, Literal

from actors.dialogs import EMOTION_NAMES
from actors.protocol import EMOTIONS, Emotion, Language, SendReply

from ._schedules import FamilyDue, RunStore
from ._texts import TEXTS, say, suggestion

__all__ = ["ChildWeek", "Trend", "load_week", "render_report", "report_key", "trend_of",
           "weekly_report"]

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
    language: Language, first_day: dt.date, last_day: dt.date, weeks: list[ChildWeek]
) -> str:
    """The report's text (Telegram HTML; names escaped)."""
    lines = [say("report_title", language, start=f"{first_day:%d.%m}", end=f"{last_day:%d.%m}")]
    for week in weeks:
        lines += ["", say("report_child", language, name=week.name)]
        lines.append(_entries_line(week, language))
        average = week.average
        if average is not None:
            lines.append(say("report_checkins", language, average=f"{average:.1f}",
                             days=len(week.scores)))
        lines.append(TEXTS[f"trend_{trend_of(week)}"][language])
        lines.append(say("report_suggestion", language,
                         text=suggestion(week.dominant, week.age, language)))
    return "\n".join(lines)


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
    store: RunStore, family: FamilyDue, last_day: dt.date, due: dt.datetime
) -> list[ChildWeek]:
    """Each child's week ending at ``due`` (entries) and on local ``last_day`` (check-ins),
    with the week before, read from PostgreSQL."""
    chat = family.chat_id
    entries = await store.fetch(
        "SELECT child_id, emotion, at >= $3 AS this_week, count(*) AS n FROM emotion_entries "
        "WHERE chat_id = $1 AND at >= $2 AND at < $4 GROUP BY 1, 2, 3",
        chat, due - 2 * WEEK, due - WEEK, due)
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
        weeks.append(ChildWeek(
            name=name, age=age, emotions=this, previous=before,
            scores=tuple(s for d, s in sorted(scores) if d >= first_day),
            previous_scores=tuple(s for d, s in sorted(scores) if d < first_day)))
    return weeks


async def weekly_report(
    store: RunStore, family: FamilyDue, last_day: dt.date, due: dt.datetime
) -> SendReply:
    """The report message of ``family`` for the week ending on its local ``last_day``."""
    language: Language = "ru" if family.language == "ru" else "en"
    weeks = await load_week(store, family, last_day, due)
    text = render_report(language, last_day - dt.timedelta(days=6), last_day, weeks)
    return SendReply(chat_id=family.chat_id, key=report_key(family.chat_id, last_day),
                     text=text, update_id=None)
