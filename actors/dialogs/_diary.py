"""The emotion diary in the chat: /history (a child's last entries), /undo (remove the
family's last entry, after a confirmation) and the feedback buttons under each answer.

/history names the child after the command ("/history Маша"), or takes the only one, or
asks with a button per child (``h:<child id>``). /undo shows the last entry with
``undo:<entry key>`` (remove it) and ``undo:-`` (keep it): the key, not "the last
entry", is what a tap removes, so a tap delivered twice removes one entry. Each answer
carries 👍 / 👎 buttons (``fb:<entry key>:1`` / ``:0``): the tap is stored for the
weekly report and counted in metrics; 👍 is thanked in a toast, 👎 with a message that
asks for more detail.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from actors.protocol import EMOTIONS, AnswerCallback, Button, IncomingUpdate, Language

from ._host import Host
from ._names import mentioned
from ._store import Child, DiaryEntry, Family
from ._texts import EMOTION_NAMES, say
from ._timezones import tzinfo_for

HISTORY: Final = 10
"""Entries /history shows."""
_PHRASE: Final = 120
"""Characters of a phrase /history and /undo quote."""


def _emotion(emotion: str, language: Language) -> str:
    for known in EMOTIONS:
        if known == emotion:
            return EMOTION_NAMES[known][language]
    return emotion


def _quote(phrase: str) -> str:
    text = " ".join(phrase.split())
    return text if len(text) <= _PHRASE else text[:_PHRASE - 1].rstrip() + "…"


def feedback_buttons(key: str, language: Language) -> list[list[Button]]:
    """The 👍 / 👎 row under the answer that made diary entry ``key``."""
    return [[Button(text=say("btn_helped", language), data=f"fb:{key}:1"),
             Button(text=say("btn_not_helped", language), data=f"fb:{key}:0")]]


class DiarySteps(Host):
    """/history and /undo (mixed into ``Dialogs``)."""

    def _local(self, family: Family, at: dt.datetime) -> str:
        try:
            zone = tzinfo_for(family.timezone or "UTC")
        except KeyError:
            zone = dt.UTC
        return f"{at.astimezone(zone):%d.%m %H:%M}"

    def _entry_line(self, family: Family, entry: DiaryEntry, language: Language,
                    child: Child | None = None) -> str:
        """"23.11 20:15 — anger (4/5): «…»", with the child's name when given."""
        who = f"{child.name}, " if child is not None else ""
        if entry.crisis is not None:
            return say("history_crisis", language, when=self._local(family, entry.at),
                       who=who, phrase=_quote(entry.phrase))
        return say("history_entry", language, when=self._local(family, entry.at), who=who,
                   emotion=_emotion(entry.emotion, language), intensity=entry.intensity,
                   phrase=_quote(entry.phrase))

    async def _history(self, update: IncomingUpdate, family: Family, argument: str) -> None:
        language = self._language(family, update)
        if not family.children:
            await self._ask_child_name(update, family)
            return
        named = mentioned(family.children, argument) if argument else []
        if len(family.children) == 1 or len(named) == 1:
            await self._show_history(update, family, (named or list(family.children))[0])
            return
        buttons = [Button(text=child.name, data=f"h:{child.id}") for child in family.children]
        await self._reply(update, say("history_which", language),
                          [buttons[i:i + 3] for i in range(0, len(buttons), 3)])

    async def _history_tapped(self, update: IncomingUpdate, family: Family, arg: str) -> None:
        child = family.child(int(arg)) if arg.isascii() and arg.isdigit() and len(arg) < 10 \
            else None
        if child is None:
            await self._reply(update, say("choice_expired", self._language(family, update)))
            return
        await self._show_history(update, family, child)

    async def _show_history(self, update: IncomingUpdate, family: Family, child: Child) -> None:
        language = self._language(family, update)
        entries = await self.store.recent_entries(family.chat_id, child.id, HISTORY)
        if not entries:
            await self._reply(update, say("history_empty", language, name=child.name))
            return
        lines = [self._entry_line(family, entry, language) for entry in entries]
        await self._reply(update, say("history", language, name=child.name,
                                      count=len(entries)) + "\n\n" + "\n\n".join(lines)
                          + "\n\n" + say("history_undo", language))

    async def _undo(self, update: IncomingUpdate, family: Family) -> None:
        language = self._language(family, update)
        last = await self.store.recent_entries(family.chat_id, None, 1)
        if not last:
            await self._reply(update, say("undo_nothing", language))
            return
        entry = last[0]
        line = self._entry_line(family, entry, language, family.child(entry.child_id))
        await self._reply(update, say("undo_confirm", language) + "\n\n" + line, [[
            Button(text=say("btn_undo_yes", language), data=f"undo:{entry.key}"),
            Button(text=say("btn_undo_no", language), data="undo:-"),
        ]])

    async def _undo_tapped(self, update: IncomingUpdate, family: Family, key: str) -> None:
        language = self._language(family, update)
        if key == "-" or not key:
            await self._reply(update, say("undo_kept", language))
            return
        await self.store.remove_entry(family.chat_id, key)
        await self._reply(update, say("undo_done", language))

    async def _feedback(self, update: IncomingUpdate, family: Family, arg: str) -> None:
        """A tap on 👍 / 👎 under an answer (``arg`` is ``<entry key>:<1 or 0>``)."""
        language = self._language(family, update)
        key, _, value = arg.rpartition(":")
        if not key or value not in ("0", "1"):
            await self._answer_callback(update, "")
            await self._finish(update)
            return
        helpful = value == "1"
        await self.store.record_feedback(family.chat_id, key, helpful)
        if self.metrics is not None:
            self.metrics.feedback(helpful)
        await self._answer_callback(update, say("feedback_thanks", language))
        if helpful:
            await self._finish(update)
        else:
            await self._reply(update, say("feedback_sorry", language))

    async def _answer_callback(self, update: IncomingUpdate, text: str) -> None:
        if update.callback_id:
            await self.sender.tell(AnswerCallback(callback_id=update.callback_id, text=text))
