"""The daily check-in: the question with an emotion scale per child, and its answers.

The message has one row of buttons per child: the child's name (a hint when tapped),
then the scale 😢 😟 😐 🙂 😄 (scores 1..5). A button's callback data is
``ci:<child_id>:<score>:<YYYYMMDD>`` (at most 64 bytes: child ids are small), the day
being the family's local date of the check-in, so an answer tapped after midnight still
lands on the evening it was asked for.

``handle_checkin_callback`` is what dialogs calls for ``ci:`` callbacks: it stores the
answer (a ``CheckinAnswer`` through the spool: durable on return, drained into
``checkins`` where the first answer of a (chat, child, day) stays) and returns the
text to answer the parent with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from actors.db_writer import CheckinAnswer, SpoolLike, persist
from actors.dialogs import Family
from actors.protocol import Button, Language, SendReply
from runtime import WallClock, system_clock, utc_now

from ._clock import zone_for
from ._schedules import FamilyDue
from ._texts import SCALE, TEXTS, say

__all__ = [
    "CHECKIN_PREFIX",
    "CheckinTap",
    "checkin_key",
    "checkin_message",
    "handle_checkin_callback",
    "parse_checkin_data",
]

CHECKIN_PREFIX: Final = "ci"
ANSWER_WINDOW: Final = dt.timedelta(days=7)
"""Answers to check-ins older than this are refused as expired."""


def checkin_key(chat_id: int, day: dt.date) -> str:
    """The idempotency key (and the run's period key without the schedule) of a check-in."""
    return f"checkin:{chat_id}:{day.isoformat()}"


def checkin_message(family: FamilyDue, day: dt.date) -> SendReply:
    """The check-in of ``family`` for its local ``day``: text and one button row per child."""
    language: Language = "ru" if family.language == "ru" else "en"
    stamp = day.strftime("%Y%m%d")
    rows: list[tuple[Button, ...]] = []
    names: list[str] = []
    for child_id, name, _age in family.children:
        names.append(say("checkin_row", language, name=name))
        label = Button(text=name[:20], data=f"{CHECKIN_PREFIX}:{child_id}:0:{stamp}")
        faces = tuple(Button(text=face, data=f"{CHECKIN_PREFIX}:{child_id}:{score}:{stamp}")
                      for score, face in enumerate(SCALE, start=1))
        rows.append((label, *faces))
    text = TEXTS["checkin"][language].format(rows="\n".join(names))  # names are escaped
    return SendReply(chat_id=family.chat_id, key=checkin_key(family.chat_id, day), text=text,
                     buttons=tuple(rows), update_id=None)


@dataclass(frozen=True, slots=True)
class CheckinTap:
    """A parsed check-in button: ``score`` 0 is the child's name (no answer)."""

    child_id: int
    score: int
    day: dt.date


def parse_checkin_data(data: str) -> CheckinTap | None:
    """The tap encoded in callback ``data``, or None when it is not a valid check-in
    button (wrong prefix, bad numbers, score outside 0..5, impossible date)."""
    parts = data.split(":")
    if len(parts) != 4 or parts[0] != CHECKIN_PREFIX:
        return None
    _, child, score, stamp = parts
    if not all(p.isascii() and p.isdigit() for p in (child, score, stamp)) or len(stamp) != 8:
        return None  # "²".isdigit() is true, int("²") raises: ASCII digits only
    try:
        day = dt.date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:]))
    except ValueError:
        return None
    if not 0 <= int(score) <= len(SCALE):
        return None
    return CheckinTap(child_id=int(child), score=int(score), day=day)


async def handle_checkin_callback(
    data: str,
    family: Family,
    *,
    spool: SpoolLike | None,
    now: dt.datetime | None = None,
    clock: WallClock = system_clock,
) -> str:
    """Handle a tap on a check-in button (callback ``data`` starting with ``ci:``) in
    ``family``'s chat; return the reply text (HTML, in the family's language).

    The answer is persisted as a ``CheckinAnswer`` through ``spool`` (None: not stored,
    for spool-less runs) before this returns; raises whatever the spool raises when it
    cannot make it durable. A tap for an unknown child, a day in the future or older than
    a week is answered as expired and stores nothing."""
    when = now if now is not None else utc_now(clock)
    language: Language = family.language or "en"
    tap = parse_checkin_data(data)
    child = family.child(tap.child_id) if tap is not None else None
    if tap is None or child is None or not _fresh(tap.day, family, when):
        return say("checkin_expired", language)
    if tap.score == 0:
        return say("checkin_pick_face", language, name=child.name)
    if spool is not None:
        await persist(spool, [CheckinAnswer(chat_id=family.chat_id, child_id=child.id,
                                            day=tap.day, score=tap.score, at=when)])
    return say("checkin_thanks", language, name=child.name, face=SCALE[tap.score - 1])


def _fresh(day: dt.date, family: Family, now: dt.datetime) -> bool:
    try:
        tz = zone_for(family.timezone)
    except KeyError:
        tz = dt.UTC
    today = now.astimezone(tz).date()
    return today - ANSWER_WINDOW <= day <= today + dt.timedelta(days=1)
