"""The Jepsen check of ``chaos.load`` on a load that ran in another process: the phrases
from the load's ``sent.jsonl``, the replies from the Telegram emulator's control API, the
diary rows from PostgreSQL. Also what the parents saw, text by text.

Replies written by Claude. ``chaos.load`` tells which phrase a reply answers by its header
line, computed for the offline translator. When the bot asks Claude (the Anthropic
emulator), the header is Claude's, and two of the phrases get the same analysis. Before
the check, each chat's Claude answers are mapped back to the phrase they answer (by their
header and need line, and among phrases with the same analysis by the chat's order, the
order the bot keeps) and get that phrase's offline header, so the check counts them the
same way; they are still counted apart as answers from Claude.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final, cast

import anyio

from actors.dialogs import EMOTION_NAMES, say
from actors.protocol import Language
from chaos.emulators.anthropic import analyse
from chaos.emulators.telegram import ControlError, TelegramEmulator, parse_html
from chaos.load import (
    CHILD_NAME,
    PHRASES,
    JepsenReport,
    Sent,
    SyntheticParents,
    entry_rows,
    expected_header,
)

from ._load import read_sent, read_state
from ._remote import RemoteTelegram

__all__ = ["KINDS", "BotText", "LoadCheck", "check_load", "classify_text"]

KINDS: Final = ("answer", "answer_basic", "apology", "state_wait", "other")
"""What a parent can read from the bot: an answer (Claude's or the dictionary's without
a note), an answer in basic mode (the dictionary, with the basic-mode note), an apology,
the "I'll answer in a minute" notice of a chat waiting for its state, anything else."""


def _text(key: str, language: Language, **params: Any) -> str:
    return parse_html(say(key, language, **params)).text


_LANGUAGES: Final[tuple[Language, ...]] = ("ru", "en")
_APOLOGIES: Final = frozenset(_text("sorry", lang) for lang in _LANGUAGES)
_NOTICES: Final = frozenset(_text("state_wait", lang) for lang in _LANGUAGES)
_BASIC: Final = frozenset(_text("basic_mode", lang) for lang in _LANGUAGES)
_OFFLINE: Final = {expected_header(p): p for p in PHRASES}


def _claude_key(phrase: str) -> tuple[str, str]:
    analysis = analyse(phrase, "en")
    header = _text("feeling", "en", name=CHILD_NAME,
                   emotion=EMOTION_NAMES[analysis.emotion]["en"], intensity=analysis.intensity)
    return header, _text("need", "en", need=analysis.need)


_CLAUDE: Final[dict[tuple[str, str], list[str]]] = {}
for _phrase in PHRASES:
    _CLAUDE.setdefault(_claude_key(_phrase), []).append(_phrase)


def classify_text(text: str) -> str:
    """The kind (``KINDS``) of one bot message."""
    if text in _APOLOGIES:
        return "apology"
    if text in _NOTICES:
        return "state_wait"
    lines = text.splitlines()
    if not lines:
        return "other"
    if any(line.strip() in _BASIC for line in lines):
        return "answer_basic"
    key = (lines[0].strip(), lines[1].strip() if len(lines) > 1 else "")
    if lines[0].strip() in _OFFLINE or key in _CLAUDE:
        return "answer"
    return "other"


@dataclass(frozen=True)
class BotText:
    """One bot message in a load chat: when it was delivered (emulator clock) and its kind."""

    chat_id: int
    at: float
    kind: str


@dataclass
class LoadCheck:
    """The Jepsen counts (``report``; None when no load ran) and what parents saw."""

    report: JepsenReport | None
    sent: list[Sent]
    texts: list[BotText] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    claude_answers: int = 0

    @property
    def attempted(self) -> int:
        return len(self.sent)

    def counts(self, in_flight: set[int] | None = None) -> dict[str, int]:
        """The counts a probe returns (``in_flight``: update ids whose duplicates a kill
        allows; ``duplicated_outside`` counts the other duplicated updates)."""
        r = self.report
        if r is None:
            return dict.fromkeys(("attempted", "acknowledged", "unknown", "answered", "lost",
                                  "duplicated", "duplicated_outside", "unexpected",
                                  "recovered", "notices", "rows_lost", "rows_unexpected",
                                  "rows_duplicated"), 0)
        allowed = in_flight or set()
        return {
            "attempted": r.attempted, "acknowledged": r.acknowledged, "unknown": r.unknown,
            "answered": r.answered, "lost": len(r.lost), "duplicated": r.duplicates,
            "duplicated_outside": sum(n for u, n in r.duplicated.items() if u not in allowed),
            "unexpected": len(r.unexpected), "recovered": len(r.recovered),
            "notices": len(r.notices), "rows_lost": len(r.rows_lost),
            "rows_unexpected": len(r.rows_unexpected),
            "rows_duplicated": sum(r.rows_duplicated.values()),
        }

    def seen(self, start: float | None = None, end: float | None = None) -> dict[str, int]:
        """Bot texts by kind delivered in [start, end) (the whole run by default)."""
        counts = Counter(t.kind for t in self.texts
                         if (start is None or t.at >= start) and (end is None or t.at < end))
        return {kind: counts.get(kind, 0) for kind in KINDS}


class _Snapshot:
    """The emulator as ``chaos.load`` reads it, frozen at one moment (every transcript and
    the call log read once), with Claude's answers given their phrase's offline header.
    The load keeps sending while we read: a chat's transcript is cut at its first phrase
    the load's log (read before) does not hold yet, so a reply is never matched against
    a log that does not know its phrase."""

    def __init__(self, remote: RemoteTelegram, sent: Sequence[Sent], chats: Sequence[int],
                 baseline: dict[int, int]) -> None:
        self._remote = remote
        self._now = remote.now()
        self._pending = remote.bot().queue.pending(self._now)
        self._calls = remote.calls("sendMessage", status=200)
        self.claude_answers = 0
        self._transcripts: dict[int, list[dict[str, Any]]] = {}
        by_message = {(s.chat_id, s.message_id): s for s in sent}
        for chat in chats:
            try:
                messages = remote.transcript(chat)
            except ControlError:
                messages = []
            self._transcripts[chat] = self._normalised(
                chat, messages, baseline.get(chat, 0), by_message)

    # what chaos.load calls
    def now(self) -> float:
        return self._now

    def bot(self, bot_id: int | None = None) -> _Snapshot:
        return self

    @property
    def queue(self) -> _Snapshot:
        return self

    def pending(self, now: float) -> list[Any]:
        return list(self._pending)

    def transcript(self, chat_id: int) -> list[dict[str, Any]]:
        return self._transcripts.get(chat_id, [])

    def calls(self, method: str | None = None, *, status: int | None = None,
              since: int = 0) -> list[dict[str, Any]]:
        return self._calls

    # the Claude header mapping (module docstring)
    def _normalised(self, chat: int, messages: list[dict[str, Any]], skip: int,
                    by_message: dict[tuple[int, int], Sent]) -> list[dict[str, Any]]:
        phrases: list[str] = []
        answered: list[bool] = []
        out = list(messages[:skip])
        for message in messages[skip:]:
            if not message["from"].get("is_bot"):
                own = by_message.get((chat, message["message_id"]))
                if own is None:
                    break  # sent after the load's log was read: the rest is for a later look
                phrases.append(own.phrase)
                answered.append(False)
                out.append(message)
                continue
            text = str(message.get("text", ""))
            lines = text.splitlines()
            key = (lines[0].strip(), lines[1].strip()) if len(lines) > 1 else None
            offline = _OFFLINE.get(lines[0].strip()) if lines else None
            basic = any(line.strip() in _BASIC for line in lines)
            from_claude = key is not None and key in _CLAUDE and not basic
            candidates = (_CLAUDE[key] if from_claude and key is not None
                          else [offline] if offline is not None else [])
            if not candidates:
                out.append(message)
                continue
            index = _choose(phrases, answered, candidates)
            if index is None:
                out.append(message)
                continue
            answered[index] = True
            phrase = phrases[index]
            if from_claude:
                self.claude_answers += 1
                lines[0] = expected_header(phrase)
                message = {**message, "text": "\n".join(lines)}
            out.append(message)
        return out


def _choose(phrases: list[str], answered: list[bool], candidates: list[str]) -> int | None:
    """The phrase a reply with one of ``candidates``' analysis answers: the oldest
    unanswered one when it is a candidate, else the newest answered candidate (a repeat),
    else a later unanswered candidate."""
    oldest = next((i for i, done in enumerate(answered) if not done), len(answered))
    if oldest < len(phrases) and phrases[oldest] in candidates:
        return oldest
    for i in range(len(phrases) - 1, -1, -1):
        if answered[i] and phrases[i] in candidates:
            return i
    for i in range(oldest + 1, len(phrases)):
        if not answered[i] and phrases[i] in candidates:
            return i
    return None


def check_load(load_dir: str | os.PathLike[str], emulator_url: str | None = None, *,
               database_url: str | None = None, rows_timeout: float = 0.0) -> LoadCheck:
    """The Jepsen counts of the load in ``load_dir`` now (the emulator at
    ``emulator_url``, default the one the load used); with ``database_url`` the
    ``emotion_entries`` rows too, waiting up to ``rows_timeout`` seconds for every
    acknowledged phrase's row (the spool drains after an outage)."""
    state = read_state(load_dir)
    sent = read_sent(load_dir)
    if state is None or state.get("state") not in ("running", "stopped"):
        return LoadCheck(None, sent, state=state or {})  # not sending yet: nothing to check
    url = emulator_url or str(state["emulator_url"])
    chats = [int(c) for c in state["chats"]]
    baseline = {int(c): int(n) for c, n in state.get("baseline", {}).items()}
    with RemoteTelegram(url) as remote:
        rows = None
        if database_url:
            acked = _acknowledged(remote, sent)
            rows = anyio.run(_rows, database_url, {f"u{u}" for u in acked}, rows_timeout)
            rows = _this_run(rows, sent)
        snapshot = _Snapshot(remote, sent, chats, baseline)
    emu = cast(TelegramEmulator, snapshot)  # the subset chaos.load reads
    parents = SyntheticParents(emu, chats, rate=float(state.get("rate") or 1.0))
    parents._baseline = baseline  # the transcripts' length before the load, not now
    parents.sent = list(sent)
    report = parents.check(rows=rows)
    done = {(int(c["response"]["result"]["chat"]["id"]), int(c["response"]["result"][
        "message_id"])): float(c["time"]) + float(c.get("duration") or 0.0)
        for c in snapshot.calls() if _has_message(c)}
    texts = []
    for chat in chats:
        for message in snapshot.transcript(chat)[baseline.get(chat, 0):]:
            if message["from"].get("is_bot"):
                at = done.get((chat, int(message["message_id"])), float(message["date"]))
                texts.append(BotText(chat, at, classify_text(str(message.get("text", "")))))
    texts.sort(key=lambda t: t.at)
    return LoadCheck(report, sent, texts, state, snapshot.claude_answers)


def _this_run(rows: dict[str, int], sent: Sequence[Sent]) -> dict[str, int]:
    """The rows of updates from this load's first on (update ids only grow): an earlier
    run against the same database is not this run's unexpected rows."""
    if not sent:
        return rows
    first = min(s.update_id for s in sent)

    def update_id(key: str) -> int | None:
        return int(key[1:]) if key[:1] == "u" and key[1:].isdigit() else None

    return {k: n for k, n in rows.items() if (u := update_id(k)) is None or u >= first}


def _has_message(call: dict[str, Any]) -> bool:
    result = (call.get("response") or {}).get("result")
    return isinstance(result, dict) and "message_id" in result and "chat" in result


def _acknowledged(remote: RemoteTelegram, sent: Sequence[Sent]) -> set[int]:
    pending = {p.update_id for p in remote.bot().queue.pending(remote.now())}
    return {s.update_id for s in sent if s.update_id not in pending}


async def _rows(dsn: str, keys: set[str], timeout: float) -> dict[str, int]:
    with anyio.move_on_after(timeout):
        while True:
            rows = await entry_rows(dsn)
            if keys <= rows.keys():
                return rows
            await anyio.sleep(0.2)
    return await entry_rows(dsn)
