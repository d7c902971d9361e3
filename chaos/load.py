"""Synthetic parents under load, and a Jepsen-style check of what became of their messages.

For chaos tests and drills: ``SyntheticParents`` send phrases through the Telegram
emulator at a fixed rate without waiting for replies, and ``check`` maps replies back to
updates per chat, in order, to count attempted, acknowledged, lost, duplicated, unexpected
and recovered updates as Jepsen's set checker does (docs/notes/fault-injection.md §3). See
chaos/README.md, section "Synthetic parents and the Jepsen check", for the identity rule
and what each count means.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import anyio

from actors.dialogs import EMOTION_NAMES, say
from actors.protocol import Language
from actors.translator import classify
from chaos.emulators.telegram import ControlError, TelegramEmulator, parse_html

__all__ = [
    "PHRASES",
    "JepsenReport",
    "Reply",
    "Sent",
    "SyntheticParents",
    "entry_rows",
    "expected_header",
    "onboard",
    "onboard_all",
]

PHRASES: Final[tuple[str, ...]] = (
    "he threw his shoes and yelled",
    "she cries because nobody plays with her",
    "he is afraid of the dark",
    "she is so happy she jumps around",
    "he says his brother got more and it is not fair",
    "she is bored and keeps sighing",
    "he is embarrassed after he fell",
    "she is tired and grumpy",
    "he slammed the door!!!",
    "he is lonely at recess",
)
"""Children's phrases whose replies' headers (emotion, intensity) all differ, none of
which draws a safety note: a parent cycles through them."""

CHILD_NAME: Final = "Sam"
CHILD_AGE: Final = 6


def expected_header(phrase: str, child: str = CHILD_NAME, language: Language = "en") -> str:
    """The header line of the bot's reply to ``phrase`` as the parent reads it (the
    offline translator's emotion and intensity, HTML removed as Telegram shows it)."""
    emotion, intensity = classify(phrase)
    if emotion == "unclear":  # that reply names no feeling: it asks what happened
        raise ValueError(f"the offline translator names no feeling for {phrase!r}")
    html = say("feeling", language, name=child, emotion=EMOTION_NAMES[emotion][language],
               intensity=intensity)
    return parse_html(html).text


_NOTICES: Final = frozenset(parse_html(say("state_wait", language)).text
                            for language in ("ru", "en"))
"""The "I'll answer in a minute" notices of a chat whose state is unreadable: they
answer no phrase (the answer follows), so they are counted apart, never as unexpected."""

_HEADERS: Final = {expected_header(p): p for p in PHRASES}
if len(_HEADERS) != len(PHRASES):  # a lexicon change made two phrases look alike
    raise RuntimeError("chaos.load: PHRASES no longer have distinct reply headers")


# -- onboarding ---------------------------------------------------------------------------


def _transcript(emu: TelegramEmulator, chat_id: int) -> list[dict[str, Any]]:
    try:
        return emu.transcript(chat_id)
    except ControlError:  # the user never wrote: no chat yet
        return []


def _bot_messages(emu: TelegramEmulator, chat_id: int) -> list[dict[str, Any]]:
    """The bot's answers in the chat (its waiting notices left out)."""
    return [m for m in _transcript(emu, chat_id)
            if m["from"].get("is_bot") and str(m.get("text", "")) not in _NOTICES]


async def _next_bot_message(
    emu: TelegramEmulator, chat_id: int, seen: int, timeout: float
) -> dict[str, Any]:
    await emu.wait_until(lambda: len(_bot_messages(emu, chat_id)) > seen, timeout=timeout)
    return _bot_messages(emu, chat_id)[seen]


async def onboard(
    emu: TelegramEmulator, chat_id: int, *, child: str = CHILD_NAME, age: int = CHILD_AGE,
    timeout: float = 15.0,
) -> None:
    """Play one parent's onboarding in English through the bot: /start, the English
    button, the consent button, the time zone offered, the child's name, the age; each
    step waits for the bot's answer. Raises TimeoutError when an answer does not come
    within ``timeout``, AssertionError when a button is missing."""
    seen = len(_bot_messages(emu, chat_id))
    emu.user_says(chat_id, "/start", language_code="en")
    welcome = await _next_bot_message(emu, chat_id, seen, timeout)
    _tap(emu, chat_id, welcome, lambda label: label == "English")
    notice = await _next_bot_message(emu, chat_id, seen + 1, timeout)
    _tap(emu, chat_id, notice, lambda label: label == say("btn_consent", "en"))
    zone = await _next_bot_message(emu, chat_id, seen + 2, timeout)
    _tap(emu, chat_id, zone, lambda label: label.startswith("🕒"))
    await _next_bot_message(emu, chat_id, seen + 3, timeout)
    emu.user_says(chat_id, child, language_code="en")
    await _next_bot_message(emu, chat_id, seen + 4, timeout)
    emu.user_says(chat_id, str(age), language_code="en")
    await _next_bot_message(emu, chat_id, seen + 5, timeout)


def _tap(emu: TelegramEmulator, chat_id: int, message: dict[str, Any],
         wanted: Callable[[str], bool]) -> None:
    """Tap the first button of ``message`` whose label is ``wanted``."""
    buttons = [b for row in message.get("reply_markup", {}).get("inline_keyboard", [])
               for b in row if wanted(b["text"])]
    assert buttons, f"chat {chat_id}: no such button in {message.get('text')!r}"
    emu.tap_button(chat_id, message["message_id"], data=buttons[0]["callback_data"])


async def onboard_all(emu: TelegramEmulator, chat_ids: Iterable[int], **kwargs: Any) -> None:
    """``onboard`` every chat, all at once."""
    async def one(chat_id: int) -> None:
        await onboard(emu, chat_id, **kwargs)

    async with anyio.create_task_group() as tg:
        for chat_id in chat_ids:
            tg.start_soon(one, chat_id)


# -- the load -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    """One injected phrase: its update, its message in the chat, when (emulator clock)."""

    update_id: int
    chat_id: int
    message_id: int
    phrase: str
    at: float


@dataclass(frozen=True)
class Reply:
    """One bot message in a load chat; ``at``: when its sendMessage was answered
    (emulator clock), None when the emulator logged no completed call for it."""

    chat_id: int
    message_id: int
    text: str
    at: float | None


@dataclass
class JepsenReport:
    """What became of the attempted updates (the counts: chaos/README.md, section
    "Synthetic parents and the Jepsen check"). ``valid`` is true when lost, unexpected
    and duplicated are all empty."""

    attempted: int
    acknowledged: int
    unknown: int
    answered: int
    lost: list[int]
    duplicated: dict[int, int]
    """update_id → replies beyond the first."""
    unexpected: list[Reply]
    recovered: list[int]
    latencies: list[float]
    notices: list[Reply] = field(default_factory=list)
    """"I'll answer in a minute" notices (a chat waited for its state); not answers."""
    """Seconds from each answered update's injection to its first reply."""
    first_reply_at: dict[int, float] = field(default_factory=dict)
    """update_id → when its first reply was delivered (emulator clock), when known."""
    rows_checked: bool = False
    rows_present: int = 0
    rows_lost: list[int] = field(default_factory=list)
    rows_unexpected: list[str] = field(default_factory=list)
    rows_duplicated: dict[str, int] = field(default_factory=dict)

    @property
    def duplicates(self) -> int:
        return sum(self.duplicated.values())

    @property
    def valid(self) -> bool:
        """Nothing lost, unexpected or duplicated, in replies and (when read) in rows."""
        return not (self.lost or self.unexpected or self.duplicated or self.rows_lost
                    or self.rows_unexpected or self.rows_duplicated)

    def latency(self, quantile: float) -> float:
        """A latency quantile (0..1) in seconds; 0.0 without answered updates."""
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(quantile * len(ordered)))]

    def summary(self) -> str:
        """One line with every count (and the row counts when they were checked)."""
        line = (f"attempted={self.attempted} acknowledged={self.acknowledged} "
                f"unknown={self.unknown} answered={self.answered} lost={len(self.lost)} "
                f"unexpected={len(self.unexpected)} duplicated={self.duplicates} "
                f"recovered={len(self.recovered)} notices={len(self.notices)}")
        if self.rows_checked:
            line += (f" | rows present={self.rows_present} lost={len(self.rows_lost)} "
                     f"unexpected={len(self.rows_unexpected)} "
                     f"duplicated={sum(self.rows_duplicated.values())}")
        if self.latencies:
            line += (f" | reply latency p50={self.latency(0.5) * 1000:.0f} ms "
                     f"p99={self.latency(0.99) * 1000:.0f} ms "
                     f"max={max(self.latencies) * 1000:.0f} ms")
        return line


class SyntheticParents:
    """Parents (one private chat each, already onboarded with one child) sending phrases
    through the emulator at ``rate`` messages per second in total, round robin, without
    waiting for replies (an open loop: an outage slows nobody down). Make it after the
    onboarding: the chats' earlier messages are not counted."""

    def __init__(
        self, emu: TelegramEmulator, chat_ids: Sequence[int], *, rate: float = 60.0,
    ) -> None:
        if not chat_ids or rate <= 0:
            raise ValueError("need at least one chat and a positive rate")
        self.emu = emu
        self.chat_ids = list(chat_ids)
        self.rate = rate
        self.sent: list[Sent] = []
        self._counts = dict.fromkeys(self.chat_ids, 0)
        self._baseline = {c: len(_transcript(emu, c)) for c in self.chat_ids}
        self._turn = 0

    # -- sending -----------------------------------------------------------------------

    def _next(self) -> tuple[int, str]:
        """The next parent (round robin) and its next phrase."""
        index = self._turn % len(self.chat_ids)
        chat_id = self.chat_ids[index]
        self._turn += 1
        phrase = PHRASES[(index + self._counts[chat_id]) % len(PHRASES)]
        self._counts[chat_id] += 1
        return chat_id, phrase

    def send_one(self) -> Sent:
        """The next parent (round robin) sends its next phrase."""
        chat_id, phrase = self._next()
        at = self.emu.now()
        result = self.emu.user_says(chat_id, phrase, language_code="en")
        sent = Sent(int(result["update_id"]), chat_id, int(result["message_id"]), phrase, at)
        self.sent.append(sent)
        return sent

    def send_burst(self, count: int) -> list[Sent]:
        """The next ``count`` phrases queued at once, so the bot receives them in one batch
        (``users_say`` of the emulator's remote client; one by one where there is none)."""
        users_say = getattr(self.emu, "users_say", None)
        if users_say is None:
            return [self.send_one() for _ in range(count)]
        pairs = [self._next() for _ in range(count)]
        at = self.emu.now()
        results = users_say(pairs, language_code="en")
        sent = [Sent(int(result["update_id"]), chat_id, int(result["message_id"]), phrase, at)
                for (chat_id, phrase), result in zip(pairs, results, strict=True)]
        self.sent.extend(sent)
        return sent

    async def run(self) -> None:
        """Send at ``rate`` until cancelled. Paced on an absolute schedule, so a slow
        moment is caught up (at most a second's worth at once) instead of lowering the
        rate."""
        interval = 1.0 / self.rate
        next_at = anyio.current_time()
        while True:
            now = anyio.current_time()
            next_at = max(next_at, now - 1.0)
            while next_at <= now:
                self.send_one()
                next_at += interval
            await anyio.sleep(next_at - now)

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[SyntheticParents]:
        """``run`` in the background for the duration of the block."""
        async with anyio.create_task_group() as tg:
            tg.start_soon(self.run)
            try:
                yield self
            finally:
                tg.cancel_scope.cancel()

    # -- observing ---------------------------------------------------------------------

    def _pending(self) -> set[int]:
        """Update ids the emulator still holds for the bot (not confirmed yet)."""
        return {u.update_id for u in self.emu.bot().queue.pending(self.emu.now())}

    def acknowledged(self) -> set[int]:
        """Attempted updates the bot confirmed (no longer pending in the emulator)."""
        pending = self._pending()
        return {s.update_id for s in self.sent if s.update_id not in pending}

    def in_the_works(self) -> set[int]:
        """Acknowledged updates that no bot message follows in their chat yet: certainly
        unanswered (a reply comes after its phrase), so the bot holds them mid-work. A
        subset of ``acknowledged() - answered()`` cheap enough to poll: it reads the
        emulator's chats in place, where ``answered`` copies and matches whole
        transcripts (some 15 ms for a few hundred phrases, with the emulator, which
        shares the event loop, stalled meanwhile)."""
        state, pending = self.emu.bot(), self._pending()
        last_bot: dict[int, int] = {}
        for chat_id in self.chat_ids:
            chat = state.chats.get(chat_id)
            messages = reversed(chat.messages.values()) if chat is not None else ()
            last_bot[chat_id] = next(
                (m["message_id"] for m in messages if m["from"].get("is_bot")), 0)
        newest: dict[int, Sent] = {}
        for s in reversed(self.sent):
            if len(newest) == len(self.chat_ids):
                break
            newest.setdefault(s.chat_id, s)
        return {s.update_id for s in newest.values()
                if s.update_id not in pending and s.message_id > last_bot[s.chat_id]}

    def answered(self) -> set[int]:
        """Attempted updates with at least one reply (by the per-chat matching)."""
        outcome = _match(self.sent, self.emu, self.chat_ids, self._baseline, {})
        return {u for u, replies in outcome.replies.items() if replies}

    async def settle(self, timeout: float = 30.0, poll: float = 0.2) -> None:
        """Until every attempted update is acknowledged and answered; TimeoutError (with
        the missing counts) after ``timeout``."""
        with anyio.move_on_after(timeout):
            while True:
                if len(self.acknowledged()) == len(self.sent) == len(self.answered()):
                    return
                await anyio.sleep(poll)
        missing_acks = len(self.sent) - len(self.acknowledged())
        missing_replies = len(self.sent) - len(self.answered())
        raise TimeoutError(f"not settled within {timeout} s: {missing_acks} updates "
                           f"unacknowledged, {missing_replies} unanswered")

    def check(self, *, rows: Mapping[str, int] | None = None,
              acknowledged: set[int] | None = None) -> JepsenReport:
        """The Jepsen counts now; ``rows``: ``emotion_entries`` keys → count (see
        ``entry_rows``) for the row checks; ``acknowledged`` overrides the emulator's
        view (e.g. a snapshot taken at a kill)."""
        acked = self.acknowledged() if acknowledged is None else acknowledged
        done = self._completion_times()
        outcome = _match(self.sent, self.emu, self.chat_ids, self._baseline, done)
        attempted = {s.update_id for s in self.sent}
        answered = {u for u, r in outcome.replies.items() if r}
        first_at = {u: r[0].at for u, r in outcome.replies.items()
                    if r and r[0].at is not None}
        latencies = [first_at[s.update_id] - s.at for s in self.sent
                     if s.update_id in first_at]
        report = JepsenReport(
            attempted=len(attempted), acknowledged=len(acked & attempted),
            unknown=len(attempted - acked), answered=len(answered),
            lost=sorted((acked & attempted) - answered),
            duplicated={u: len(r) - 1 for u, r in outcome.replies.items() if len(r) > 1},
            unexpected=outcome.unexpected, recovered=sorted(answered - acked),
            latencies=latencies, first_reply_at=first_at, notices=outcome.notices)
        if rows is not None:
            report.rows_checked = True
            keys = {f"u{u}": u for u in attempted}
            report.rows_present = sum(1 for k in rows if k in keys)
            report.rows_lost = sorted(u for u in acked & attempted if f"u{u}" not in rows)
            report.rows_unexpected = sorted(k for k in rows if k not in keys)
            report.rows_duplicated = {k: n - 1 for k, n in rows.items() if n > 1}
        return report

    def sent_between(self, start: float, end: float) -> list[Sent]:
        """Updates injected in [start, end) (emulator clock)."""
        return [s for s in self.sent if start <= s.at < end]

    def late(self, report: JepsenReport, start: float, end: float,
             margin: float = 2.0) -> tuple[int, list[int]]:
        """Of the phrases sent in [start, end - margin) (emulator clock): how many, and
        which had no reply delivered before ``end``. A fault from ``start`` to ``end``
        must not hold replies back until it is over."""
        sent = self.sent_between(start, end - margin)
        late = [s.update_id for s in sent
                if report.first_reply_at.get(s.update_id, end) >= end]
        return len(sent), late

    def _completion_times(self) -> dict[tuple[int, int], float]:
        times: dict[tuple[int, int], float] = {}
        for call in self.emu.calls("sendMessage", status=200):
            result = (call.get("response") or {}).get("result") or {}
            chat = (result.get("chat") or {}).get("id")
            if chat is not None and "message_id" in result:
                times[(int(chat), int(result["message_id"]))] = (
                    float(call["time"]) + float(call.get("duration") or 0.0))
        return times


# -- matching replies to updates ------------------------------------------------------------


@dataclass
class _Outcome:
    replies: dict[int, list[Reply]]
    unexpected: list[Reply]
    notices: list[Reply]


def _match(
    sent: Sequence[Sent], emu: TelegramEmulator, chat_ids: Sequence[int],
    baseline: Mapping[int, int], done: Mapping[tuple[int, int], float],
) -> _Outcome:
    """Map each chat's bot messages to its phrases, in order (module docstring): a reply
    answers a phrase sent before it whose header it carries (``_assign``); a bot message
    without a known header, or with no such phrase, is unexpected."""
    by_message = {(s.chat_id, s.message_id): s for s in sent}
    replies: dict[int, list[Reply]] = {s.update_id: [] for s in sent}
    unexpected: list[Reply] = []
    notices: list[Reply] = []
    for chat_id in chat_ids:
        events: list[Sent | str | None] = []
        bot_messages: list[Reply] = []
        for message in _transcript(emu, chat_id)[baseline[chat_id]:]:
            if not message["from"].get("is_bot"):
                own = by_message.get((chat_id, message["message_id"]))
                if own is not None:
                    events.append(own)
                continue
            reply = Reply(chat_id, message["message_id"], str(message.get("text", "")),
                          done.get((chat_id, message["message_id"])))
            if reply.text in _NOTICES:
                notices.append(reply)
                continue
            events.append(_phrase_of(reply.text))
            bot_messages.append(reply)
        phrases = [event for event in events if isinstance(event, Sent)]
        for reply, target in zip(bot_messages, _assign(events), strict=True):
            if target is None:
                unexpected.append(reply)
            else:
                replies[phrases[target].update_id].append(reply)
    return _Outcome(replies, unexpected, notices)


def _phrase_of(text: str) -> str | None:
    for line in text.splitlines():
        phrase = _HEADERS.get(line.strip())
        if phrase is not None:
            return phrase
    return None


@dataclass
class _Chat:
    """Where the matching of one chat stands."""

    phrases: list[Sent] = field(default_factory=list)
    answered: list[bool] = field(default_factory=list)
    oldest: int = 0
    """Index of the oldest unanswered phrase."""
    cursor: int = -1
    """Index of the phrase the previous reply answered."""
    duplicates: int = 0
    newest: int = -1
    """Index of the newest phrase answered."""
    reordered: int = 0
    """First answers to a phrase older than one answered before: the bot keeps a chat's
    replies in order, so each is a fault of the reading that assumes it."""

    def copy(self) -> _Chat:
        return _Chat(list(self.phrases), list(self.answered), self.oldest, self.cursor,
                     self.duplicates, self.newest, self.reordered)

    def take(self, target: int) -> None:
        self.duplicates += self.answered[target]
        self.reordered += not self.answered[target] and target < self.newest
        self.answered[target] = True
        self.cursor = target
        self.newest = max(self.newest, target)
        while self.oldest < len(self.answered) and self.answered[self.oldest]:
            self.oldest += 1

    def candidates(self, header: str) -> list[int]:
        """The phrases a reply with ``header`` may answer: the oldest unanswered one when
        its header agrees; else the newest answered one (a replay: a restarted bot
        re-sends what was in flight) and the next unanswered one after the oldest (the
        ones between lost), whichever exist, the replay first."""
        if self.oldest < len(self.phrases) and self.phrases[self.oldest].phrase == header:
            return [self.oldest]
        found = [next((i for i in range(len(self.phrases) - 1, -1, -1)
                       if self.answered[i] and self.phrases[i].phrase == header), None),
                 next((i for i in range(self.oldest + 1, len(self.phrases))
                       if not self.answered[i] and self.phrases[i].phrase == header), None)]
        return [i for i in found if i is not None]

    def local_faults(self, option: int) -> int:
        """What answering ``option`` assumes went wrong, judged from here alone: a replay
        that goes on from the previous reply nothing, one that starts 1 plus the answered
        phrases it passes over; a later phrase 1 per unanswered phrase it passes over."""
        if self.answered[option]:
            return 0 if option == self.cursor + 1 else 1 + max(0, self.cursor - option)
        return self.answered[self.oldest:option].count(False)


LOOKAHEAD_DEPTH: Final = 2
"""How many nested choices ``_assign`` follows ahead before it judges one locally."""
LOOKAHEAD_EVENTS: Final = 16
"""How far ahead in the transcript ``_assign`` follows each reading (bounded, so a long
chat with many faults is matched in linear time)."""


def _assign(events: Sequence[Sent | str | None], depth: int = LOOKAHEAD_DEPTH,
            chat: _Chat | None = None) -> list[int | None]:
    """For one chat's transcript (a phrase, or a reply's header: None for none), the
    phrase each reply answers (an index into the chat's phrases), or None.

    When a reply could be a duplicate of an answered phrase or the answer to a later
    one, both readings are followed ``LOOKAHEAD_EVENTS`` ahead (nested choices there
    ``LOOKAHEAD_DEPTH`` deep, then ``_Chat.local_faults``) and the one that assumes
    fewer faults wins: fewer phrases skipped (left unanswered behind a later answered
    one) plus fewer duplicates plus fewer phrases answered after a newer one (the bot
    keeps a chat's replies in order), the duplicate on a tie. Always taking the
    duplicate made one lost reply derail the rest of the chat: every later reply whose
    phrase had been answered before counted as a duplicate, and its own phrase as lost.
    Without the order, a replay after a restart was taken for the answer to a later
    phrase with the same header whenever the phrases between were answered within the
    lookahead, and the real answer beyond it became a duplicate."""
    chat = _Chat() if chat is None else chat
    targets: list[int | None] = []
    for at, event in enumerate(events):
        if isinstance(event, Sent):
            chat.phrases.append(event)
            chat.answered.append(False)
            continue
        options = [] if event is None else chat.candidates(event)
        if len(options) > 1 and depth > 0:
            ahead = events[at + 1:at + 1 + LOOKAHEAD_EVENTS]
            options.sort(key=lambda option: _faults(ahead, option, chat, depth - 1))
        elif len(options) > 1:
            options.sort(key=chat.local_faults)
        target = options[0] if options else None
        if target is not None:
            chat.take(target)
        targets.append(target)
    return targets


def _faults(rest: Sequence[Sent | str | None], option: int, chat: _Chat, depth: int,
            ) -> int:
    """Phrases skipped plus duplicates plus phrases answered out of order, if the reply
    at hand answers ``option`` and the transcript goes on with ``rest``."""
    trial = chat.copy()
    trial.take(option)
    _assign(rest, depth, trial)
    newest = max(i for i, done in enumerate(trial.answered) if done)
    return trial.answered[:newest].count(False) + trial.duplicates + trial.reordered


# -- PostgreSQL --------------------------------------------------------------------------


async def entry_rows(dsn: str) -> dict[str, int]:
    """``emotion_entries``: entry_key → how many rows (1 by the primary key; counted
    anyway, as a Jepsen final read does)."""
    import asyncpg  # type: ignore[import-untyped]  # asyncio only; not needed otherwise

    conn = await asyncpg.connect(dsn)
    try:
        found = await conn.fetch(
            "SELECT entry_key, count(*) AS n FROM emotion_entries GROUP BY entry_key")
        return {str(r["entry_key"]): int(r["n"]) for r in found}
    finally:
        await conn.close()
