"""The dialogs actor: one parent's conversation, step by step.

Several ``Dialogs`` shards run; each chat's updates go to the shard ``chat_id % shards``,
so one chat's updates are handled in order while other chats go on. Every update ends in
exactly one ``SendReply`` keyed ``reply_key(update_id)`` (or in ``journal.mark_done``), and
the family state it stores is stamped so a redelivered update is handled again from the
state before it: a replay reaches the parent at most once. See docs/ARCHITECTURE.md,
section "The flow of an update".
"""

from __future__ import annotations

import re
import time
from collections.abc import Awaitable, Callable
from typing import Any, Final, Protocol

import anyio
import msgspec
from msgspec.structs import replace

from actors.crisis import Category, CrisisFinding, Severity, detect
from actors.protocol import (
    LANGUAGES,
    AnswerCallback,
    Button,
    ChatInactive,
    IncomingUpdate,
    Language,
    SendReply,
    ShowTyping,
    TranslateRequest,
    Translation,
    age_band,
    reply_key,
)
from actors.translator import translate_offline
from config.settings import DialogsSettings, TranslatorSettings
from runtime import (
    Actor,
    ActorCrashed,
    ActorRef,
    ActorStopped,
    AskTimeout,
    Message,
    WallClock,
    system_clock,
)
from supervisors import Backoff

from ._children import ChildrenSteps
from ._diary import DiarySteps, feedback_buttons
from ._names import clean_name, mentioned
from ._onboarding import OnboardingSteps, parse_age, parse_gender
from ._store import Child, Family, FamilyStore, StateUnavailable, onboarding_step
from ._texts import EMOTION_NAMES, age_words, child_forms, escape, say, say_child
from ._timezones import parse_timezone
from ._waits import StateWaits, Waiting

Fault = Callable[[str, IncomingUpdate, int], None]
"""A drill's fault hook: called with a point name ("received", "replied"), the update and
the delivery attempt; raising there crashes the actor mid-message."""


_CRISIS_TEXTS: Final = {
    Category.SUICIDE: "crisis_suicide",
    Category.SELF_HARM: "crisis_self_harm",
    Category.ABUSE: "crisis_abuse",
    Category.DANGER: "crisis_danger",
}
"""The answer to each category of crisis (``actors.dialogs._texts``)."""


class _RetryState(Message, frozen=True, kw_only=True):
    """To itself: try to read a waiting chat's family state again."""

    chat_id: int


class DialogsMetrics(Protocol):
    """What dialogs counts (``actors.health.Metrics`` fits)."""

    def translation(self, age_band: str, language: str, source: str, ok: bool,
                    seconds: float) -> None: ...

    def registration(self) -> None: ...

    def checkin(self, event: str) -> None: ...

    def update_received(self, date: int) -> None: ...

    def crisis(self, category: str, severity: str) -> None: ...

    def feedback(self, helpful: bool) -> None: ...


_RU_WORDS: Final = frozenset({"ru", "рус", "русский", "russian", "по-русски", "россия"})
_EN_WORDS: Final = frozenset({"en", "eng", "english", "английский", "англ"})
_TIME_RE: Final = re.compile(r"^\s*([01]?\d|2[0-3])\s*[:.\-hч ]\s*([0-5]\d)\s*$")
TYPING_AFTER: Final = 0.3
"""Seconds before "typing…" shows: the offline translator and the cache answer sooner."""
_COMMAND_RE: Final = re.compile(r"^/([a-zA-Z0-9_]{1,32})(?:@\w+)?(?:\s|$)")
TEXT_LIMIT: Final = 4096
"""Characters a Telegram message's text holds at most (Bot API): a longer one comes from
no Telegram client, and reading all of it for a crisis costs about a second per megabyte,
so only its first ``TEXT_LIMIT`` characters are."""
CALLBACK_DATA_LIMIT: Final = 64
"""Bytes a button's callback data holds at most (Bot API): longer data is no button of
ours (and its numbers could be past what ``int`` reads)."""


class Dialogs(DiarySteps, ChildrenSteps, OnboardingSteps, Actor):
    """Conversation logic for the chats of one shard.

    Constructed by the application tree with the shared ``store`` (families outlive this
    actor's restarts), the ``sender`` ref, ``translator_for(chat_id)`` (the translator
    actor for a chat), ``done(update_id)`` (mark an update handled without a reply) and
    the settings. ``checkin(data, family)`` answers a tap on a check-in button (the
    scheduler's handler: it stores the answer). The last delivery of a poison update
    (``ctx.final_attempt``, from the actor's ``Props``) apologises instead of crashing,
    and hands the update to ``gave_up(path, update, reason, error)`` (the application's
    dead-letter sink). ``waits`` holds the updates of chats whose state cannot be read
    now (shared by every incarnation and shard; ``/health`` shows it). ``fault`` is for
    chaos drills only.

    Handling an update is a chain of named steps::

        receive → _handle → _on_message | _on_callback | _on_member → (_command | _step_*)
                → _translate → _reply

    Every update ends in exactly one ``SendReply`` keyed ``reply_key(update_id)`` (or in
    ``journal.mark_done`` when it needs no answer), so a redelivered update (after a crash
    of this actor, or a replay after the process restarts) reaches the parent at most
    once: the sender skips keys it has already delivered. The state is replay-safe too:
    every ``store.put`` made while handling an update stamps the family with that
    update's id and the state it started from (``Family.handled_by``, ``Family.before``),
    so an update delivered again after a crash between storing and replying is handled
    from the state before it: the parent who sent "7" for the child's age gets "Added"
    once, not a translation of "7"."""

    metrics: DialogsMetrics | None

    def __init__(
        self,
        *,
        store: FamilyStore,
        sender: ActorRef,
        translator_for: Callable[[int], ActorRef],
        done: Callable[[int], Any],
        settings: DialogsSettings,
        translator_settings: TranslatorSettings,
        fault: Fault | None = None,
        checkin: Callable[[str, Family], Awaitable[str]] | None = None,
        metrics: DialogsMetrics | None = None,
        waits: StateWaits | None = None,
        gave_up: Callable[[str, IncomingUpdate, str, str], None] | None = None,
        clock: WallClock | None = None,
    ) -> None:
        # Dates (birth years, consent) come from the injected wall clock: the store's
        # unless one is given.
        self.clock = clock if clock is not None else getattr(store, "clock", system_clock)
        self.gave_up = gave_up
        self.waits = waits if waits is not None else StateWaits()
        self._retry_backoff = Backoff(min_delay=min(0.2, settings.state_retry_max),
                                      max_delay=settings.state_retry_max)
        self.checkin = checkin
        self.metrics = metrics
        self.store = store
        self.sender = sender
        self.translator_for = translator_for
        self.done = done
        self.settings = settings
        self.ask_timeout = translator_settings.ask_timeout
        self.fault = fault
        self._handling: tuple[IncomingUpdate, Family] | None = None
        """The update being handled and the family state it started from."""

    async def started(self) -> None:
        # After a restart: go on trying the waiting chats (timers died with the last
        # incarnation), except the one whose retry crashed it: that retry is redelivered.
        for chat_id in self.waits.owned_by(self.ctx.name):
            waiting = self.waits.get(chat_id)
            if waiting is not None and not waiting.in_flight:
                self.ctx.after(0, _RetryState(chat_id=chat_id))

    async def receive(self, message: Any) -> Any:
        if isinstance(message, IncomingUpdate):
            if self.metrics is not None and self.ctx.attempt <= 1:
                self.metrics.update_received(message.date)
            if self.waits.holds(message.chat_id):  # behind the chat's held updates
                self._park(message)
                return
            try:
                if self.ctx.final_attempt:
                    await self._last_try(message)
                else:
                    await self._handle(message)
            except StateUnavailable:
                self._park(message)
        elif isinstance(message, _RetryState):
            await self._retry_state(message.chat_id)
        elif isinstance(message, ChatInactive):
            await self._mark_inactive(message.chat_id)
        else:
            self.ctx.log.warning("dialogs ignores %s", type(message).__name__)

    async def _last_try(self, update: IncomingUpdate) -> None:
        """The final redelivery of an update that crashed us: if it fails again, the
        parent gets an apology instead of silence, and the update counts as handled."""
        try:
            await self._handle(update)
        except StateUnavailable:
            raise  # not a failure of the update: it waits for the state
        except Exception as error:
            self.ctx.log.exception("update %d failed %d times: apologising",
                                   update.update_id, self.ctx.attempt)
            if self.gave_up is not None:  # kept as a dead letter, as the kernel's are
                self.gave_up(self.ctx.path, update, "poison",
                             f"{type(error).__name__}: {error}")
            try:  # the store may be what failed: the apology must not need it
                family = await self.store.get(update.chat_id) or Family(chat_id=update.chat_id)
            except Exception:
                family = Family(chat_id=update.chat_id)
            await self._reply(update, say("sorry", self._language(family, update)))

    # -- chats waiting for their state -------------------------------------------------

    def _park(self, update: IncomingUpdate) -> None:
        """Hold ``update`` until its family's state can be read; the first update a chat
        parks starts the retries."""
        first = not self.waits.holds(update.chat_id)
        waiting = self.waits.park(self.ctx.name, update, anyio.current_time())
        if first:
            self.ctx.log.warning("chat %s: family state unreadable (cache and PostgreSQL "
                                 "down); its updates wait", update.chat_id)
            self._retry_later(update.chat_id, waiting.attempts)

    def _retry_later(self, chat_id: int, attempts: int) -> None:
        delay = self._retry_backoff.delay(attempts, self.ctx.system.rng)
        self.ctx.after(delay, _RetryState(chat_id=chat_id))

    async def _retry_state(self, chat_id: int) -> None:
        """Try to read a waiting chat's state again; once it reads, handle the held
        updates in order. The retry message is what is in flight: an update that crashes
        us is redelivered through it, and its last delivery apologises as usual."""
        waiting = self.waits.get(chat_id)
        if waiting is None or waiting.owner != self.ctx.name:
            return
        waiting.in_flight = True  # stays set if an update crashes us: see ``started``
        try:
            while waiting.updates:
                update = waiting.updates[0]
                if self.ctx.final_attempt:  # the head crashed us every time before
                    await self._last_try(update)
                    self.waits.pop_first(chat_id)
                    if waiting.updates:  # the rest get a fresh retry and its attempts
                        self._retry_later(chat_id, 0)
                    waiting.in_flight = False
                    return
                await self._handle(update)
                self.waits.pop_first(chat_id)
        except StateUnavailable:
            waiting.in_flight = False
            waiting.attempts += 1
            await self._notice_if_long(waiting)
            self._retry_later(chat_id, waiting.attempts)
            return
        waiting.in_flight = False
        self.ctx.log.info("chat %s: family state readable again after %.1f s", chat_id,
                          anyio.current_time() - waiting.since)

    async def _notice_if_long(self, waiting: Waiting) -> None:
        """Tell the parent once that the answer is coming, when the wait grows long."""
        if waiting.noticed or not waiting.updates:
            return
        if anyio.current_time() - waiting.since < self.settings.state_wait_notice:
            return
        first = waiting.updates[0]
        language = self._language(Family(chat_id=first.chat_id), first)
        # No update_id: the notice answers nothing, the held updates stay pending.
        await self.sender.tell(SendReply(chat_id=first.chat_id,
                                         key=f"wait:{first.update_id}",
                                         text=say("state_wait", language),
                                         thread_id=first.thread_id))
        waiting.noticed = True

    # -- dispatch ------------------------------------------------------------------------

    async def _handle(self, update: IncomingUpdate) -> None:
        self._fault("received", update)
        family = await self.store.get(update.chat_id) or Family(chat_id=update.chat_id)
        family = self._begin(update, family)
        if update.chat_type != "private":
            await self._not_private(update, family)
        elif update.kind == "message":
            await self._on_message(update, family)
        elif update.kind == "callback_query":
            await self._on_callback(update, family)
        elif update.kind == "my_chat_member":
            await self._on_member(update, family)
        else:  # edited messages: the parent already has the answer to the first version
            await self._finish(update)

    async def _on_message(self, update: IncomingUpdate, family: Family) -> None:
        if not family.active:
            family = replace(family, active=True)
            await self._put(family)
        language = self._language(family, update)
        if update.content == "service":  # Telegram's note about the chat: nothing to answer
            await self._finish(update)
            return
        text = (update.text or "").strip()  # a media message's caption too
        if not text and update.content != "text":
            await self._reply(update, say("not_text", language))
            return
        if not text:
            await self._finish(update)
            return
        if len(text) > TEXT_LIMIT:  # longer than Telegram allows: only its head is read
            finding = detect(text[:TEXT_LIMIT], language)
            if finding is not None:  # a child in danger is answered, however long the text
                await self._crisis(update, family, finding)
            else:
                await self._reply(update,
                                  say("too_long", language, limit=self.settings.max_phrase))
            return
        command = _COMMAND_RE.match(text)
        if command and update.for_other_bot:  # "/start@OtherBot": not one of ours
            await self._reply(update, say("unknown_command", language))
            return
        if command:
            await self._command(update, family, command.group(1).lower())
            return
        finding = detect(text, language)
        if finding is not None:  # at any step, before any routine answer
            await self._crisis(update, family, finding)
            return
        if len(text) > self.settings.max_phrase:
            await self._reply(update, say("too_long", language, limit=self.settings.max_phrase))
            return
        await self._text_step(update, family, text)

    async def _text_step(self, update: IncomingUpdate, family: Family, text: str) -> None:
        step = family.step
        if step in ("new", "language"):
            await self._step_language_text(update, family, text)
        elif step == "consent":
            await self._step_consent_text(update, family, text)
        elif step == "child_gender":
            await self._step_gender_text(update, family, text)
        elif step == "rename_child":
            await self._step_rename(update, family, text)
        elif step == "child_new_age":
            await self._step_new_age(update, family, text)
        elif step == "child_name":
            await self._step_child_name(update, family, text)
        elif step == "child_age":
            await self._step_child_age(update, family, text)
        elif step == "checkin_time":
            await self._step_time(update, family, text)
        elif step == "timezone":
            await self._step_timezone(update, family, text)
        elif step == "clarify" and family.onboarded:
            await self._clarified(update, family, text)
        elif family.onboarded:
            await self._phrase(update, family, text)
        else:
            await self._ask_child_name(update, family)

    async def _on_callback(self, update: IncomingUpdate, family: Family) -> None:
        data = update.callback_data or ""
        ours = _size(data) <= CALLBACK_DATA_LIMIT  # longer data is no button of ours
        if ours and data.startswith("fb:"):
            await self._feedback(update, family, data[3:])  # answered with its own toast
            return
        if update.callback_id:
            await self.sender.tell(AnswerCallback(callback_id=update.callback_id))
        if not ours:
            await self._finish(update)
            return
        kind, _, arg = data.partition(":")
        if kind == "lang" and arg in LANGUAGES:
            await self._set_language(update, family, arg)
        elif kind == "c":
            await self._child_chosen(update, family, arg)
        elif kind == "del":
            await self._delete_answer(update, family, arg == "yes")
        elif kind == "ok" and arg == "consent":
            await self._consent(update, family)
        elif kind == "tz":
            await self._timezone_tapped(update, family, arg)
        elif kind == "ch":
            await self._children_choice(update, family, arg)
        elif kind == "h":
            await self._history_tapped(update, family, arg)
        elif kind == "undo":
            await self._undo_tapped(update, family, arg)
        elif kind == "g" and arg in ("boy", "girl", "none"):
            gender = parse_gender(arg)
            assert gender is not None
            await self._gender_given(update, family, gender)
        elif kind == "ci" and self.checkin is not None:
            await self._reply(update, await self.checkin(data, family))
            if self.metrics is not None:
                self.metrics.checkin("answered")
        elif kind == "set" and family.language is not None:
            await self._settings_choice(update, family, arg)
        else:
            await self._finish(update)

    async def _on_member(self, update: IncomingUpdate, family: Family) -> None:
        status = update.member_status
        if status in ("kicked", "left") and family.active:
            await self._put(replace(family, active=False))
        elif status == "member" and not family.active:
            await self._put(replace(family, active=True))
        await self._finish(update)

    async def _not_private(self, update: IncomingUpdate, family: Family) -> None:
        text = (update.text or "").strip()
        # A command for another bot of the group is none of our business.
        if update.kind == "message" and text.startswith("/") and not update.for_other_bot:
            await self._reply(update, say("private_only", self._language(family, update)))
        else:
            await self._finish(update)

    # -- commands ------------------------------------------------------------------------

    async def _command(self, update: IncomingUpdate, family: Family, name: str) -> None:
        language = self._language(family, update)
        if name == "start":
            await self._start(update, family)
        elif name == "help":
            await self._reply(update, say("help", language))
        elif name == "privacy":
            await self._reply(update, say("privacy", language))
        elif name == "delete":
            await self._reply(update, say("delete_confirm", language), [[
                Button(text=say("btn_delete_yes", language), data="del:yes"),
                Button(text=say("btn_delete_no", language), data="del:no"),
            ]])
        elif name in ("settings", "addchild", "children", "history", "undo") and \
                family.language is None:
            await self._start(update, family)
        elif name == "settings":
            await self._show_settings(update, family)
        elif name == "addchild":
            await self._ask_child_name(update, family)
        elif name == "children":
            await self._show_children(update, family)
        elif name == "history":
            argument = (update.text or "").strip().partition(" ")[2]
            await self._history(update, family, argument)
        elif name == "undo":
            await self._undo(update, family)
        elif name == "cancel":
            family = replace(family, pending_phrase=None, pending_name=None, pending_age=None,
                             editing=None, pending_update=None, pending_child=None)
            await self._put(replace(family, step=_onboarding_step(family)))
            await self._reply(update, say("cancelled", language))
        else:
            await self._reply(update, say("unknown_command", language))

    async def _start(self, update: IncomingUpdate, family: Family) -> None:
        if family.onboarded:
            await self._put(replace(family, step="ready"))
            await self._reply(update, say("welcome_back", self._language(family, update)))
        elif family.language is not None:
            await self._ask_child_name(update, family)
        else:
            await self._welcome(update, family)

    async def _welcome(self, update: IncomingUpdate, family: Family) -> None:
        await self._put(replace(family, step="language"))
        language = self._language(family, update)
        await self._reply(update, say("welcome", language), _language_buttons())

    async def _show_settings(self, update: IncomingUpdate, family: Family) -> None:
        language = self._language(family, update)
        children = ", ".join(f"{c.name} ({age_words(self.age(c), language)})"
                             for c in family.children) or "—"
        text = say("settings", language, language=say("language_name", language),
                   time=family.checkin_time, timezone=family.timezone or "—",
                   children=children)
        await self._reply(update, text, [
            [Button(text=say("btn_language", language), data="set:lang"),
             Button(text=say("btn_add_child", language), data="set:child")],
            [Button(text=say("btn_time", language), data="set:time"),
             Button(text=say("btn_timezone", language), data="set:tz")],
        ])

    async def _settings_choice(self, update: IncomingUpdate, family: Family, arg: str) -> None:
        language = self._language(family, update)
        if arg == "lang":
            await self._reply(update, say("ask_language", language), _language_buttons())
        elif arg == "time":
            await self._put(replace(family, step="checkin_time"))
            await self._reply(update, say("ask_time", language))
        elif arg == "tz":
            await self._put(replace(family, step="timezone"))
            await self._reply(update, say("ask_timezone", language))
        elif arg == "child":
            await self._ask_child_name(update, family)
        else:
            await self._finish(update)

    # -- onboarding and settings steps --------------------------------------------------

    async def _step_language_text(self, update: IncomingUpdate, family: Family, text: str) -> None:
        word = text.lower().strip(" .!")
        if word in _RU_WORDS:
            await self._set_language(update, family, "ru")
        elif word in _EN_WORDS:
            await self._set_language(update, family, "en")
        else:
            await self._welcome(update, family)

    async def _set_language(
        self, update: IncomingUpdate, family: Family, language: Language,
    ) -> None:
        family = replace(family, language=language)
        if family.children:
            await self._put(replace(family, step="ready"))
            await self._reply(update, say("language_set", language))
            return
        await self._prompt_next(update, family, say("language_set", language))

    async def _ask_child_name(self, update: IncomingUpdate, family: Family) -> None:
        language = self._language(family, update)
        if len(family.children) >= self.settings.max_children:
            await self._reply(update, say("too_many_children", language,
                                          limit=self.settings.max_children))
            return
        if family.consented_at is None or not family.timezone:  # the notice comes first
            await self._ask_consent(update, replace(family, pending_name=None,
                                                    pending_age=None))
            return
        await self._put(replace(family, step="child_name", pending_name=None, pending_age=None))
        await self._reply(update, say("ask_child_name", language))

    async def _step_child_name(self, update: IncomingUpdate, family: Family, text: str) -> None:
        language = self._language(family, update)
        if family.consented_at is None and not family.onboarded:  # a family from before it
            await self._prompt_next(update, family)
            return
        name = clean_name(text)
        if name is None:
            await self._reply(update, say("bad_name", language))
            return
        if any(c.name.lower() == name.lower() for c in family.children):
            await self._reply(update, say("name_taken", language, name=name))
            return
        await self._put(replace(family, step="child_age", pending_name=name))
        await self._reply(update, say("ask_child_age", language, name=name))

    async def _step_child_age(self, update: IncomingUpdate, family: Family, text: str) -> None:
        language = self._language(family, update)
        age = parse_age(text, self.now().year)
        if age is None or family.pending_name is None:
            await self._reply(update, say("bad_age", language))
            return
        await self._age_given(update, family, age)

    async def _step_time(self, update: IncomingUpdate, family: Family, text: str) -> None:
        language = self._language(family, update)
        match = _TIME_RE.match(text)
        if not match:
            await self._reply(update, say("bad_time", language))
            return
        time = f"{int(match.group(1)):02d}:{match.group(2)}"
        await self._put(replace(family, checkin_time=time, step=_after_settings(family)))
        await self._reply(update, say("time_set", language, time=time))

    async def _step_timezone(self, update: IncomingUpdate, family: Family, text: str) -> None:
        language = self._language(family, update)
        zone = parse_timezone(text)
        if zone is None:
            await self._reply(update, say("bad_timezone", language))
            return
        await self._timezone_chosen(update, family, zone)

    # -- deleting ------------------------------------------------------------------------

    async def _delete_answer(self, update: IncomingUpdate, family: Family, yes: bool) -> None:
        language = self._language(family, update)
        if yes:
            await self.store.delete(family.chat_id)
            await self._reply(update, say("deleted", language))
        else:
            await self._reply(update, say("delete_cancelled", language))

    async def _mark_inactive(self, chat_id: int) -> None:
        family = await self.store.get(chat_id)
        if family is not None and family.active:
            await self.store.put(replace(family, active=False))

    # -- translating ---------------------------------------------------------------------

    async def _phrase(self, update: IncomingUpdate, family: Family, text: str) -> None:
        if len(family.children) == 1:  # the only child: no names to look for (for speed)
            await self._translate(update, family, family.children[0], text)
            return
        named = mentioned(family.children, text)
        if len(named) == 1:  # who it is about is known
            await self._translate(update, family, named[0], text)
            return
        language = self._language(family, update)
        await self._put(replace(family, step="choose_child", pending_phrase=text,
                                     pending_update=update.update_id))
        buttons = [Button(text=child.name, data=f"c:{child.id}:{update.update_id}")
                   for child in family.children]
        rows = [buttons[i:i + 3] for i in range(0, len(buttons), 3)]
        await self._reply(update, say("choose_child", language), rows)

    async def _child_chosen(self, update: IncomingUpdate, family: Family, arg: str) -> None:
        child_id, _, parked_by = arg.partition(":")
        child = family.child(int(child_id)) if _is_number(child_id) else None
        fresh = family.pending_phrase is not None and str(family.pending_update) == parked_by
        if child is None or not fresh or family.pending_phrase is None:
            await self._reply(update, say("choice_expired", self._language(family, update)))
            return
        # translate first, then clear the parked phrase: a crash in between redelivers the
        # tap and it still finds its phrase
        if not await self._translate(update, family, child, family.pending_phrase):
            await self._put(replace(family, step="ready", pending_phrase=None,
                                         pending_update=None))

    async def _clarified(self, update: IncomingUpdate, family: Family, text: str) -> None:
        """The parent's answer to "what happened just before?": read together with the
        unclear phrase it explains, for the same child, and filed as one entry. A message
        that names another child is a new phrase instead."""
        child = None if family.pending_child is None else family.child(family.pending_child)
        named = mentioned(family.children, text)
        parked = family.pending_phrase
        cleared = replace(family, step="ready", pending_phrase=None, pending_update=None,
                          pending_child=None)
        if child is None or parked is None or (len(named) == 1 and named[0].id != child.id):
            await self._put(cleared)
            await self._phrase(update, cleared, text)
            return
        await self._translate(update, cleared, child, f"{parked}\n{text}", ask_back=False)
        await self._put(cleared)

    async def _translate(
        self, update: IncomingUpdate, family: Family, child: Child, phrase: str, *,
        ask_back: bool = True,
    ) -> bool:
        """Translate ``phrase`` for ``child``, keep it in the diary and answer. When the
        offline translator cannot tell a feeling, nothing goes into the diary: with
        ``ask_back`` the phrase is parked (step ``clarify``) and the parent is asked what
        happened; the answer is read together with it. Returns whether it parked."""
        language = self._language(family, update)
        await self.sender.tell(ShowTyping(chat_id=update.chat_id, after=TYPING_AFTER,
                                          thread_id=update.thread_id))
        request = TranslateRequest(phrase=phrase, age_band=age_band(self.age(child)),
                                   language=language, asked_at=anyio.current_time())
        started = time.monotonic()
        source, took = "offline", None
        parked = False
        try:
            if await self.store.count(update.chat_id, "claude",
                                      3600) > self.settings.claude_per_hour:
                translation = _offline(request)  # this chat used its hour of Claude
            else:
                translation = await self._ask_translator(update.chat_id, request)
            source = "cache" if translation.cached else translation.source
            took = time.monotonic() - started
            key = reply_key(update.update_id)
            if (risk := claude_risk(translation)) is not None:
                await self._risk_seen_by_claude(update, family, child, phrase, translation,
                                                risk)
            elif translation.unclear:  # no feeling to keep: ask once, or say it's unclear
                parked = ask_back
                if ask_back:
                    await self._put(replace(family, step="clarify", pending_phrase=phrase,
                                                 pending_update=update.update_id,
                                                 pending_child=child.id))
                await self._reply(update, render_translation(translation, child, language,
                                                             asked=not ask_back))
            else:
                await self.store.record_entry(family, child, phrase, translation, key)
                await self._reply(update, render_translation(translation, child, language),
                                  feedback_buttons(key, language))
        except StateUnavailable:
            raise  # not a failure: the update waits for its family's state
        except Exception:
            if self.metrics is not None and self.ctx.final_attempt:  # the parent gets "sorry"
                self.metrics.translation(request.age_band, language, source, False,
                                         time.monotonic() - started if took is None else took)
            raise
        if self.metrics is not None:
            self.metrics.translation(request.age_band, language, source, True, took)
        return parked

    async def _crisis(self, update: IncomingUpdate, family: Family, finding: CrisisFinding,
                      ) -> None:
        """A message that speaks of a crisis gets the answer for its category instead of
        the routine analysis: what to do now, and where to call. Logged and counted by
        kind, never with the parent's words."""
        self.ctx.log.warning("update %d: crisis (%s, %s, rule %s)", update.update_id,
                             finding.kind.value, finding.severity.name.lower(), finding.rule)
        phrase = (update.text or "").strip()[:TEXT_LIMIT]  # the part that was read
        named = mentioned(family.children, phrase)
        child = named[0] if len(named) == 1 else (
            family.children[0] if len(family.children) == 1 else None)
        await self._crisis_answer(update, family, child, phrase, finding.category,
                                  finding.severity)

    async def _risk_seen_by_claude(
        self, update: IncomingUpdate, family: Family, child: Child, phrase: str,
        translation: Translation, risk: tuple[Category, Severity],
    ) -> None:
        """Claude saw a risk the local detector did not: the crisis answer for its
        category first, then Claude's coaching; kept in the diary as a crisis entry. The
        bot is never less safe than offline, and never less safe than Claude."""
        category, severity = risk
        self.ctx.log.warning("update %d: crisis (claude: %s, %s)", update.update_id,
                             category.value, severity.name.lower())
        coaching = render_translation(translation, child, self._language(family, update))
        await self._crisis_answer(update, family, child, phrase, category, severity,
                                  after=coaching)

    async def _crisis_answer(
        self, update: IncomingUpdate, family: Family, child: Child | None, phrase: str,
        category: Category, severity: Severity, *, after: str = "",
    ) -> None:
        """Count the crisis, keep it in the diary, marked, for the weekly report (once
        the family is onboarded), and answer with its text, then ``after``."""
        if self.metrics is not None:
            self.metrics.crisis(category.value, severity.name.lower())
        if family.onboarded:
            await self.store.record_crisis(family, child, phrase, category.value,
                                           reply_key(update.update_id))
        text = crisis_text(category, severity, self._language(family, update))
        await self._reply(update, f"{text}\n\n{after}" if after else text)

    async def _ask_translator(self, chat_id: int, request: TranslateRequest) -> Translation:
        """The translator's answer, or the offline one when it cannot answer in time."""
        try:
            answer = await self.translator_for(chat_id).ask(request, timeout=self.ask_timeout)
            if isinstance(answer, Translation):
                return answer
            self.ctx.log.warning("translator answered %s", type(answer).__name__)
        except (AskTimeout, ActorCrashed, ActorStopped) as error:
            self.ctx.log.warning("translator unavailable (%s): basic mode", type(error).__name__)
        return _offline(request)

    # -- replay-safe state ----------------------------------------------------------------

    def _begin(self, update: IncomingUpdate, family: Family) -> Family:
        """The state to handle ``update`` from: the stored one, or, when this update
        already stored its result (a redelivery after a crash), the state before it."""
        if family.handled_by == update.update_id and family.before is not None:
            self.ctx.log.info("update %d stored its state before a crash: handled again "
                              "from the state before it", update.update_id)
            family = _BEFORE.decode(family.before)
        self._handling = (update, replace(family, handled_by=None, before=None))
        return family

    async def _put(self, family: Family) -> None:
        """Store ``family`` as the result of the update being handled (see the module
        docstring)."""
        assert self._handling is not None, "_put outside the handling of an update"
        update, start = self._handling
        await self.store.put(replace(family, handled_by=update.update_id,
                                     before=_ENCODE(start)))
        self._fault("stored", update)

    # -- replying ------------------------------------------------------------------------

    async def _reply(
        self, update: IncomingUpdate, text: str, buttons: list[list[Button]] | None = None,
    ) -> None:
        rows = tuple(tuple(row) for row in buttons or ())
        await self.sender.tell(SendReply(chat_id=update.chat_id, key=reply_key(update.update_id),
                                         text=text, buttons=rows, update_id=update.update_id,
                                         thread_id=update.thread_id))
        self._fault("replied", update)

    async def _finish(self, update: IncomingUpdate) -> None:
        await self.done(update.update_id)

    def _language(self, family: Family, update: IncomingUpdate) -> Language:
        if family.language is not None:
            return family.language
        code = (update.language_code or "").lower()
        if code.split("-")[0] in ("ru", "uk", "be", "kk", "ky", "uz", "tg", "hy", "az"):
            return "ru"
        if code:
            return "en"
        return self.settings.default_language

    def _fault(self, point: str, update: IncomingUpdate) -> None:
        if self.fault is not None:
            self.fault(point, update, self.ctx.attempt)


_ENCODE = msgspec.msgpack.Encoder().encode
_BEFORE = msgspec.msgpack.Decoder(Family)


def _offline(request: TranslateRequest) -> Translation:
    return translate_offline(request.phrase, request.age_band, request.language)


def _size(data: str) -> int:
    """Bytes of ``data`` in UTF-8 (a lone surrogate counts as three)."""
    return len(data.encode("utf-8", "surrogatepass"))


def _is_number(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _language_buttons() -> list[list[Button]]:
    return [[Button(text="Русский", data="lang:ru"), Button(text="English", data="lang:en")]]


def _after_settings(family: Family) -> Any:
    return _onboarding_step(family)


def _onboarding_step(family: Family) -> Any:
    """Where a family stands when nothing is being asked (``_store.onboarding_step``)."""
    return onboarding_step(family)


def crisis_text(category: Category, severity: Severity, language: Language) -> str:
    """The crisis answer for ``category``: what to do now and where to call; the most
    urgent lines first at high severity."""
    text = say(_CRISIS_TEXTS[category], language)
    if severity is Severity.HIGH and category is not Category.DANGER:
        text = say("crisis_urgent", language) + "\n\n" + text
    if category in (Category.SUICIDE, Category.SELF_HARM):
        text += "\n\n" + say("crisis_parent", language)  # the words may be the parent's
    return text


_CLAUDE_SEVERITY: Final = {"low": Severity.LOW, "moderate": Severity.MODERATE,
                           "high": Severity.HIGH}


def claude_risk(translation: Translation) -> tuple[Category, Severity] | None:
    """The risk Claude's answer flags (``Analysis.risk``), as the crisis detector's
    category and severity; None when there is none. A risk without a category counts as
    danger: a flagged risk is never dropped."""
    analysis = translation.analysis
    if translation.source != "claude" or analysis.risk == "none":
        return None
    category = (Category.DANGER if analysis.risk_category == "none"
                else Category(analysis.risk_category))
    return category, _CLAUDE_SEVERITY[analysis.risk]


def render_translation(translation: Translation, child: Child, language: Language, *,
                       asked: bool = False) -> str:
    """The reply to a phrase, in Telegram HTML; every model text is escaped. An unclear
    translation names no feeling: it asks what happened, or, when that was ``asked``
    already, says the feeling is still unclear above the general advice."""
    analysis = translation.analysis
    emotion = EMOTION_NAMES[analysis.emotion][language]
    lines = [
        say("feeling", language, name=child.name, emotion=emotion,
            intensity=analysis.intensity),
        say("need", language, need=analysis.need),
        "",
        say("to_say", language),
        *(f"• {escape(_forms(text, child, language))}" for text in analysis.what_to_say),
        "",
        say("to_avoid", language),
        *(f"• {escape(_forms(text, child, language))}" for text in analysis.what_to_avoid),
    ]
    if translation.unclear:  # nothing to name: ask what happened instead
        key = "still_unclear" if asked else "unclear"
        lines[:2] = [say_child(key, language, child.gender, name=child.name)]
    if translation.basic_mode:
        lines += ["", say("basic_mode", language)]
    return "\n".join(lines)


def _forms(text: str, child: Child, language: Language) -> str:
    """Russian advice in the child's grammatical gender, when the parent gave it."""
    return child_forms(text, child.gender) if language == "ru" else text
