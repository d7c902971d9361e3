"""The telegram_sender actor: the only caller of sendMessage, editMessageText,
sendChatAction and answerCallbackQuery.

``receive`` queues a ``SendReply`` in the per-chat ``Outbox`` and answers its ``Delivery``
at once; one pump task per chat sends the chat's replies in order under the rate limits,
records each part's idempotency key as sent and marks the update done after the last
part. The outbox outlives incarnations, so a crash loses nothing queued, and a key already
recorded as sent is never sent again. See docs/telegram.md, section "The sender", for
idempotency, delivery confirmation, each Telegram error and chat actions.
"""

from __future__ import annotations

import enum
import heapq
import logging
import random
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

import anyio
import sniffio

from actors.protocol import AnswerCallback, ChatInactive, SendReply, ShowTyping
from config.settings import TelegramSettings
from runtime import Actor, ActorRef, Exit, ExitKind, Timer
from supervisors import Backoff

from ._api import (
    BotApi,
    TelegramApiError,
    TelegramError,
    TelegramTransportError,
    install_log_redaction,
)
from ._buckets import Limits
from ._lease import ClaimOutcome, ReplyClaims
from ._text import split_html, strip_html

__all__ = ["Delivery", "DeliveryOutcome", "Outbox", "SenderStats", "SentJournal",
           "TelegramSender"]

log = logging.getLogger(__name__)

MAX_FLOOD_RETRIES: Final = 10
"""429s tolerated for one message before it is given up (each one is waited out)."""
MAX_ITEM_CRASHES: Final = 3
"""A reply whose delivery crashed the sender this many times is dropped as poison."""
DRAIN_TIMEOUT: Final = 3.0
"""On a graceful stop the sender keeps delivering its queues this long (below the
supervisor's default 5 s shutdown timeout)."""
QUERY_TOO_OLD: Final = "query is too old"
EDIT_TARGET_GONE: Final = ("message to edit not found", "message can't be edited")
TOPIC_GONE_FOR: Final = 600.0
"""Seconds a topic Telegram refused (deleted or closed) is left out of the chat's sends: the
rest of a split reply and the next replies go to the chat at once, not after a 400 each. A
topic reopened meanwhile gets its answers again once this passes."""
TOPICS_GONE_KEPT: Final = 10_000
"""At most this many such topics are remembered (the oldest forgotten first)."""


class SentJournal(Protocol):
    """What the sender needs of the update journal (``UpdateLog``)."""

    def was_sent(self, key: str) -> bool: ...

    async def record_sent(self, key: str) -> None: ...

    async def mark_done(self, update_id: int) -> None: ...


@dataclass
class SenderStats:
    """Counters since the outbox was made (for metrics)."""

    sent: int = 0
    """Messages Telegram accepted (each part of a split reply counts)."""
    retries: int = 0
    """Sends repeated after a 429, a transport error or a 5xx."""
    floods_429: dict[str, int] = field(default_factory=lambda: {"chat": 0, "global": 0})
    """429s received, by the scope they paused."""
    dropped: int = 0
    """Replies dropped for good: inactive or unknown chat, refused by Telegram, poison."""
    given_up: int = 0
    """Replies given up: too many 429s, or this replica lost the lease (their update stays
    pending)."""
    stalled: int = 0
    """Replies that failed ``max_send_attempts`` times in a row (5xx, network) and are
    still being retried (up to ``backoff_max`` apart) until Telegram takes them."""
    skipped: int = 0
    """Replies or parts not sent because their key was already recorded as sent."""
    plain_fallbacks: int = 0
    """Messages resent as plain text after "can't parse entities"."""
    out_of_topic: int = 0
    """Messages resent to the chat itself because their topic was deleted or closed (the
    sends to it that follow within ``TOPIC_GONE_FOR`` go to the chat at once, uncounted)."""
    chats_deactivated: int = 0
    fenced: int = 0
    """Replies not sent because this replica no longer holds the lease (their updates
    belong to the new holder, which answers them)."""
    typing_sent: int = 0
    callbacks_answered: int = 0


class DeliveryOutcome(enum.Enum):
    """How a reply's delivery ended."""

    DELIVERED = "delivered"  # Telegram accepted every part (or the key was already sent)
    DROPPED = "dropped"  # can never be delivered: inactive or unknown chat, refused, poison
    GIVEN_UP = "given up"  # transient failures exhausted: not sent, may succeed later


class Delivery:
    """The fate of one reply, identified by its idempotency ``key``: what the sender
    answers to a ``SendReply``. ``outcome`` is None while the reply is queued or being
    sent; ``await wait()`` returns the outcome once it is known (it may never be, if the
    process dies first: wrap it in a timeout). Settled once, by the sender."""

    __slots__ = ("_event", "_outcome", "key")

    def __init__(self, key: str, outcome: DeliveryOutcome | None = None) -> None:
        self.key = key
        self._outcome = outcome
        self._event: anyio.Event | None = None

    def __repr__(self) -> str:
        return f"Delivery({self.key!r}, {self._outcome})"

    @property
    def outcome(self) -> DeliveryOutcome | None:
        return self._outcome

    async def wait(self) -> DeliveryOutcome:
        """Wait until the reply was delivered, dropped for good or given up."""
        while self._outcome is None:
            # Made on first wait: most deliveries (a dialog's tells) are never awaited.
            if self._event is None:
                self._event = anyio.Event()
            await self._event.wait()
        return self._outcome

    def settle(self, outcome: DeliveryOutcome) -> None:
        """Record the outcome and wake the waiters; later calls are ignored."""
        if self._outcome is not None:
            return
        self._outcome = outcome
        if self._event is not None:
            self._event.set()


@dataclass(eq=False)
class _Item:
    """A queued reply; ``crashes`` counts deliveries that crashed the sender."""

    reply: SendReply
    parts: list[str] | None = None
    crashes: int = 0
    delivery: Delivery = field(init=False)

    def __post_init__(self) -> None:
        self.delivery = Delivery(self.reply.key)


class Outbox:
    """The sender's state that survives its restarts: per-chat queues, inactive chats,
    rate limits and statistics. Make one per application and pass it to every
    ``TelegramSender`` incarnation.

    ``inactive`` maps a chat to the update ids whose replies were dropped when it was
    marked inactive: a reply to any *other* update means the parent wrote again."""

    def __init__(self, settings: TelegramSettings) -> None:
        self.queues: dict[int, deque[_Item]] = {}
        self.inactive: dict[int, frozenset[int]] = {}
        self.limits = Limits(
            global_rate=settings.global_rate, global_burst=settings.global_burst,
            chat_rate=settings.chat_rate, chat_burst=settings.chat_burst,
        )
        self.stats = SenderStats()
        self._keys: dict[str, _Item] = {}
        self._topics_gone: dict[tuple[int, int], float] = {}
        """(chat, thread) → until when it is left out of sends (``TOPIC_GONE_FOR``)."""

    def topic_gone(self, chat_id: int, thread_id: int, now: float) -> None:
        """Telegram refused ``thread_id`` in ``chat_id`` (deleted or closed)."""
        self._topics_gone.pop((chat_id, thread_id), None)
        self._topics_gone[(chat_id, thread_id)] = now + TOPIC_GONE_FOR
        if len(self._topics_gone) > TOPICS_GONE_KEPT:
            del self._topics_gone[next(iter(self._topics_gone))]

    def thread_for(self, chat_id: int, thread_id: int | None, now: float) -> int | None:
        """``thread_id``, or None while Telegram is known to refuse it."""
        if thread_id is None:
            return None
        until = self._topics_gone.get((chat_id, thread_id))
        if until is None:
            return thread_id
        if until <= now:
            del self._topics_gone[(chat_id, thread_id)]
            return thread_id
        return None

    def put(self, reply: SendReply) -> bool:
        """Queue ``reply``; False when a reply with its key is already queued."""
        if reply.key in self._keys:
            return False
        item = _Item(reply)
        self._keys[reply.key] = item
        self.queues.setdefault(reply.chat_id, deque()).append(item)
        return True

    def delivery(self, key: str) -> Delivery | None:
        """The delivery of the queued reply with ``key`` (None when none is queued)."""
        item = self._keys.get(key)
        return item.delivery if item is not None else None

    def head(self, chat_id: int) -> _Item | None:
        queue = self.queues.get(chat_id)
        return queue[0] if queue else None

    def remove(self, item: _Item, outcome: DeliveryOutcome) -> None:
        """Take ``item`` off its chat's queue (delivered, dropped or given up) and settle
        its delivery with ``outcome``."""
        chat_id = item.reply.chat_id
        queue = self.queues.get(chat_id)
        if queue and queue[0] is item:
            queue.popleft()
            self._forget(item)
        if queue is not None and not queue:
            del self.queues[chat_id]
        item.delivery.settle(outcome)

    def _forget(self, item: _Item) -> None:
        if self._keys.get(item.reply.key) is item:
            del self._keys[item.reply.key]

    def deactivate(self, chat_id: int, current: _Item | None) -> list[_Item]:
        """Mark ``chat_id`` inactive; return the queued replies dropped with it (all but
        ``current``, which the caller is finishing)."""
        queue = self.queues.get(chat_id, deque())
        dropped = [item for item in queue if item is not current]
        for item in dropped:
            queue.remove(item)
            self._forget(item)
            item.delivery.settle(DeliveryOutcome.DROPPED)
        if not queue:
            self.queues.pop(chat_id, None)
        refused = {i.reply.update_id for i in [*dropped, *([current] if current else [])]}
        self.inactive[chat_id] = frozenset(u for u in refused if u is not None)
        return dropped

    def reactivate_for(self, reply: SendReply) -> bool:
        """If ``reply`` answers a new update of an inactive chat, the parent came back:
        reactivate the chat. Returns whether the chat is (now) active."""
        refused = self.inactive.get(reply.chat_id)
        if refused is None:
            return True
        if reply.update_id is not None and reply.update_id not in refused:
            del self.inactive[reply.chat_id]
            return True
        return False

    @property
    def depth(self) -> int:
        """Queued replies over all chats (a gauge)."""
        return sum(len(q) for q in self.queues.values())


class _Verdict(enum.Enum):
    """What to do after Telegram refused a send."""

    RETRY_AFTER = "retry after"  # 429: wait retry_after, try again
    PLAIN = "plain"  # can't parse entities: resend once without parse_mode
    AS_NEW = "as new"  # the message to edit is gone: send a new one
    MIGRATE = "migrate"  # the group became a supergroup: resend to the new id
    OUT_OF_TOPIC = "out of topic"  # the topic is deleted or closed: resend to the chat
    INACTIVE = "inactive"  # 403 or chat not found
    TRANSIENT = "transient"  # 5xx, transport error: back off and retry
    REFUSED = "refused"  # any other 4xx: drop


class _Typing:
    """One chat's typing task: whether its sendChatAction is in flight, whether it was
    told to stop (a reply was delivered) meanwhile, and the topic it is shown in."""

    __slots__ = ("in_flight", "stopped", "thread_id")

    def __init__(self, thread_id: int | None = None) -> None:
        self.in_flight = False
        self.stopped = False
        self.thread_id = thread_id


@dataclass
class _Attempt:
    """One message being sent: its method and parameters, and what has been tried."""

    method: str
    params: dict[str, Any]
    failures: int = 0
    floods: int = 0
    plain: bool = False
    migrated: bool = False
    epoch: int | None = None
    """The lease term that claimed this message (replicas): checked right before the
    request leaves."""


class TelegramSender(Actor):
    """Sends replies, chat actions and callback answers under Telegram's limits.

    A reply leaves the outbox only once delivered, dropped for good or given up, so the
    next incarnation restarts the pumps; a send that was in flight at a crash is sent
    again (the sub-second duplicate window). On a graceful stop the queues are drained
    for up to ``DRAIN_TIMEOUT`` seconds; what is left is pending in the journal and is
    answered after the restart. Chat actions and callback answers are tasks of the
    incarnation, outside the message buckets, and their 429s are not retried.

    ``route(chat_id)`` is the dialogs actor for a chat (told ``ChatInactive``);
    ``outbox`` the state shared by all incarnations (a fresh one when None: then a
    restart forgets the queues); ``rng`` the jitter source of the backoff; ``gave_up(path,
    reply, reason, error)`` takes a reply dropped after ``MAX_ITEM_CRASHES`` (the
    application's dead-letter sink)."""

    def __init__(
        self,
        settings: TelegramSettings,
        token: str,
        journal: SentJournal,
        route: Callable[[int], ActorRef],
        outbox: Outbox | None = None,
        *,
        rng: random.Random | None = None,
        api_observer: Callable[[str, str, float], None] | None = None,
        gave_up: Callable[[str, SendReply, str, str], None] | None = None,
        fence: ReplyClaims | None = None,
    ) -> None:
        self._fence = fence
        self._gave_up = gave_up
        self._api_observer = api_observer
        self._settings = settings
        self._token = token
        self._journal = journal
        # A journal that records "sent" and "done" in one durable write (SpoolJournal):
        # used for a reply that is its update's last, one spool append instead of two.
        self._finish_reply: Callable[[str, int], Awaitable[None]] | None = getattr(
            journal, "finish_reply", None)
        self._route = route
        self.outbox = outbox if outbox is not None else Outbox(settings)
        self._rng = rng if rng is not None else random.Random()
        self._backoff = Backoff(min_delay=settings.backoff_min, max_delay=settings.backoff_max)
        self._api: BotApi | None = None
        self._pumps: dict[int, Timer] = {}
        self._typing: dict[int, tuple[_Typing, Timer | None]] = {}
        # Typing requested with a grace period (``ShowTyping.after``): (due, seq, chat,
        # token, seconds) until due; one task per incarnation starts the ones still wanted.
        self._typing_due: list[tuple[float, int, int, _Typing, float]] = []
        self._typing_seq = 0
        self._typing_wake: anyio.Event | None = None
        self._typing_starter: Timer | None = None
        self._tasks = 0
        self._idle: anyio.Event | None = None
        self._pump_exited: anyio.Event | None = None

    def __repr__(self) -> str:
        return f"TelegramSender(queued={self.outbox.depth})"

    @property
    def stats(self) -> SenderStats:
        return self.outbox.stats

    # -- lifecycle -------------------------------------------------------------------------

    async def started(self) -> None:
        # The client's URLs carry the token: make sure httpx's request log cannot print
        # them, whoever built this sender (idempotent).
        install_log_redaction()
        s = self._settings
        # httpx scans its whole pool on every request: a small pool is faster than a big
        # one, and Telegram's limits keep fewer than ~30 sends in flight anyway.
        connections = min(16, max(4, s.global_burst))
        transport = "aiohttp" if sniffio.current_async_library() == "asyncio" else "httpx"
        self._api = BotApi(self._token, s.base_url, timeout=s.request_timeout,
                           observe=self._api_observer,
                           connections=connections, transport=transport)
        for chat_id in list(self.outbox.queues):
            self._ensure_pump(chat_id)

    async def stopped(self, exit: Exit) -> None:
        if exit.kind is ExitKind.SHUTDOWN:
            await self._drain(DRAIN_TIMEOUT)
        for handle in [*self._pumps.values(), *(h for _, h in self._typing.values()),
                       self._typing_starter]:
            if handle is not None:
                handle.cancel()
        if self._tasks:
            # Let cancelled sends unwind (and settle their rate-limit tickets) before the
            # HTTP client they use is closed.
            self._idle = anyio.Event()
            with anyio.move_on_after(1.0):
                await self._idle.wait()
        if self._api is not None:
            await self._api.aclose()
            self._api = None

    async def _drain(self, timeout: float) -> None:
        """On a graceful stop, give the queues up to ``timeout`` seconds to empty (what
        is left is not lost: its updates are still pending in the journal)."""
        with anyio.move_on_after(timeout):
            while self.outbox.depth and self._pumps:
                self._pump_exited = anyio.Event()
                await self._pump_exited.wait()
        if self.outbox.depth:
            self.ctx.log.info("stopping with %d replies queued", self.outbox.depth)

    @property
    def api(self) -> BotApi:
        if self._api is None:
            raise RuntimeError("the sender has not started")
        return self._api

    # -- receive: never waits for Telegram -----------------------------------------------

    async def receive(self, message: Any) -> Any:
        """Queue a ``SendReply`` and answer its :class:`Delivery`; start a typing task or a
        callback answer. Never waits for Telegram."""
        if isinstance(message, SendReply):
            return self._enqueue(message)
        if isinstance(message, ShowTyping):
            self._start_typing(message)
        elif isinstance(message, AnswerCallback):
            self._spawn(self._answer_callback, message, name="callback")
        else:
            self.ctx.log.warning("ignoring an unexpected %s", type(message).__name__)

    def _enqueue(self, reply: SendReply) -> Delivery:
        if not self.outbox.reactivate_for(reply):
            self.ctx.log.info("reply %s to inactive chat %s dropped", reply.key, reply.chat_id,
                              extra={"chat_id": reply.chat_id})
            self.stats.dropped += 1
            return Delivery(reply.key, DeliveryOutcome.DROPPED)
        if not self.outbox.put(reply):
            self.ctx.log.debug("reply %s is already queued", reply.key)
        self._ensure_pump(reply.chat_id)
        delivery = self.outbox.delivery(reply.key)
        assert delivery is not None  # queued just now, or already
        return delivery

    def _spawn(self, fn: Callable[..., Awaitable[Any]], *args: Any, name: str) -> Timer:
        async def counted() -> None:
            self._tasks += 1
            try:
                await fn(*args)
            finally:
                self._tasks -= 1
                if self._tasks == 0 and self._idle is not None:
                    self._idle.set()

        return self.ctx.start_soon(counted, name=name)

    # -- the pump of one chat ------------------------------------------------------------

    def _ensure_pump(self, chat_id: int) -> None:
        if chat_id not in self._pumps:
            self._pumps[chat_id] = self._spawn(self._pump, chat_id, name=f"pump:{chat_id}")

    async def _pump(self, chat_id: int) -> None:
        """Deliver the chat's queue in order until it is empty."""
        try:
            while (item := self.outbox.head(chat_id)) is not None:
                outcome = await self._deliver_guarded(item)
                self.outbox.remove(item, outcome)
        finally:
            self._pumps.pop(chat_id, None)
            if self._pump_exited is not None:
                self._pump_exited.set()

    async def _deliver_guarded(self, item: _Item) -> DeliveryOutcome:
        # A reply that keeps crashing the sender must not crash-loop it: after
        # MAX_ITEM_CRASHES it is dropped, as the kernel dead-letters a poison message.
        try:
            return await self._deliver(item)
        except Exception as error:
            item.crashes += 1
            if item.crashes < MAX_ITEM_CRASHES:
                raise
            self.ctx.log.exception("reply %s to chat %s crashed the sender %d times; dropped",
                                   item.reply.key, item.reply.chat_id, item.crashes,
                                   extra={"chat_id": item.reply.chat_id})
            self.stats.dropped += 1
            if self._gave_up is not None:  # kept as a dead letter, as the kernel's are
                self._gave_up(self.ctx.path, item.reply, "poison",
                              f"{type(error).__name__}: {error}")
            return DeliveryOutcome.DROPPED

    async def _deliver(self, item: _Item) -> DeliveryOutcome:
        """Send every unsent part of ``item``; then mark its update done if it was last.
        Returns how it ended (settled on the item's delivery by the pump)."""
        reply = item.reply
        if reply.chat_id in self.outbox.inactive:
            self.ctx.log.info("reply %s to inactive chat %s dropped", reply.key, reply.chat_id,
                              extra={"chat_id": reply.chat_id})
            self.stats.dropped += 1
            await self._finish(reply)
            return DeliveryOutcome.DROPPED
        if self._journal.was_sent(reply.key):
            self.ctx.log.info("reply %s was already sent; skipped", reply.key)
            self.stats.skipped += 1
            await self._finish(reply)
            return DeliveryOutcome.DELIVERED
        if item.parts is None:
            item.parts = split_html(reply.text)
        # One part, its update's last reply, no lease: "sent" and "done" in one write.
        together = (self._finish_reply is not None and len(item.parts) == 1 and reply.last
                    and reply.update_id is not None and self._fence is None)
        outcome = await self._send_parts(item, item.parts, record_last=not together)
        if outcome is DeliveryOutcome.GIVEN_UP:
            return outcome  # the update stays pending: a restart replays it
        if outcome is DeliveryOutcome.DELIVERED and together:
            await self._finish(reply, sent=reply.key)
            return outcome
        if outcome is DeliveryOutcome.DELIVERED and len(item.parts) > 1:
            await self._record_sent(reply.key)
        await self._finish(reply)
        return outcome

    async def _send_parts(self, item: _Item, parts: list[str], *,
                          record_last: bool = True) -> DeliveryOutcome:
        """Send the parts not yet recorded as sent; part ``i`` of a split reply has the
        key ``f"{key}#{i}"``, so a crash half-way resumes at the first unsent part. An edit
        edits the message with the first part and sends the others as new messages;
        buttons go on the last part. ``record_last=False``: the caller records the last
        part as sent (with its update done, in one write)."""
        reply = item.reply
        for i, part in enumerate(parts):
            key = reply.key if len(parts) == 1 else f"{reply.key}#{i}"
            if self._journal.was_sent(key):
                self.stats.skipped += 1
                continue
            epoch: int | None = None
            if self._fence is not None and reply.update_id is not None:
                claimed, epoch = await self._claim(reply, key)
                if claimed is ClaimOutcome.SENT:
                    self.stats.skipped += 1
                    await self._record_sent(key)
                    continue
                if claimed is not ClaimOutcome.CLAIMED:
                    return DeliveryOutcome.GIVEN_UP  # the update stays pending
            last = i == len(parts) - 1
            attempt = self._first_attempt(reply, part, edit=i == 0, buttons=last)
            attempt.epoch = epoch
            outcome = await self._send(item, attempt)
            if outcome is not DeliveryOutcome.DELIVERED:
                return outcome
            if not last or record_last:
                await self._record_sent(key)
            if epoch is not None and self._fence is not None:
                await self._fence.mark_sent(key)
        return DeliveryOutcome.DELIVERED

    async def _claim(self, reply: SendReply, key: str) -> tuple[ClaimOutcome, int | None]:
        """Claim ``key`` under this replica's lease term (replicas only; docs/replicas.md):
        CLAIMED (send it), SENT (another term sent it), or FENCED once this replica no
        longer holds the lease (the new holder answers the update). PostgreSQL away: tried
        again with backoff while the term stands."""
        assert self._fence is not None
        failures = 0
        while True:
            outcome, epoch = await self._fence.claim(key)
            if outcome is not ClaimOutcome.UNAVAILABLE:
                break
            if epoch is None or not self._fence.holds(epoch):
                outcome = ClaimOutcome.FENCED
                break
            failures += 1
            delay = self._retry_delay(failures)
            self.ctx.log.warning("reply %s: cannot claim it in PostgreSQL; retry in %.2f s",
                                 key, delay)
            await anyio.sleep(delay)
        if outcome is ClaimOutcome.FENCED:
            self.stats.fenced += 1
            self.ctx.log.warning("reply %s to chat %s not sent: this replica does not hold "
                                 "the lease (or a newer term claimed it); its update is the "
                                 "lease holder's", key, reply.chat_id,
                                 extra={"chat_id": reply.chat_id})
        return outcome, epoch

    def _first_attempt(self, reply: SendReply, text: str, *, edit: bool,
                       buttons: bool) -> _Attempt:
        params: dict[str, Any] = {"chat_id": reply.chat_id, "text": text, "parse_mode": "HTML"}
        if buttons and reply.buttons:
            params["reply_markup"] = {"inline_keyboard": [
                [{"text": b.text, "callback_data": b.data} for b in row] for row in reply.buttons
            ]}
        if edit and reply.edit_message_id is not None:
            params["message_id"] = reply.edit_message_id
            return _Attempt("editMessageText", params)
        self._to_topic(params, reply.chat_id, reply.thread_id)
        return _Attempt("sendMessage", params)

    def _to_topic(self, params: dict[str, Any], chat_id: int, thread_id: int | None) -> None:
        """``message_thread_id`` in ``params``: ``thread_id``, unless there is none or
        Telegram is known to refuse it (``Outbox.thread_for``)."""
        thread = self.outbox.thread_for(chat_id, thread_id, anyio.current_time())
        if thread is not None:
            params["message_thread_id"] = thread

    async def _finish(self, reply: SendReply, *, sent: str | None = None) -> None:
        """The reply is delivered or dropped for good: stop "typing", mark the update.
        ``sent``: the key to record as sent with it, in the same write (``finish_reply``)."""
        if not reply.last:
            return
        self._stop_typing(reply.chat_id)
        if reply.update_id is not None:
            try:
                if sent is not None and self._finish_reply is not None:
                    await self._finish_reply(sent, reply.update_id)
                else:
                    await self._journal.mark_done(reply.update_id)
            except Exception as error:
                # The reply is out; the update stays pending and its replay will find
                # the key recorded as sent (unless it was to be recorded in this very
                # write: then the replay sends it again, as when record_sent fails).
                self.ctx.log.warning("could not mark update %s done: %s", reply.update_id, error,
                                     extra={"chat_id": reply.chat_id,
                                            "update_id": reply.update_id})

    async def _record_sent(self, key: str) -> None:
        try:
            await self._journal.record_sent(key)
        except Exception as error:
            # The message is delivered: failing here would only send it twice.
            self.ctx.log.warning("could not record reply %s as sent: %s", key, error)

    # -- one message: limits, call, verdict ------------------------------------------------

    async def _send(self, item: _Item, attempt: _Attempt) -> DeliveryOutcome:
        """Send one message until it is delivered, dropped or given up."""
        chat_id = item.reply.chat_id
        while True:
            ticket = await self.outbox.limits.acquire(chat_id)
            if attempt.epoch is not None and self._fence is not None \
                    and not self._fence.holds(attempt.epoch):
                self.outbox.limits.settle(ticket)
                self.stats.fenced += 1
                self.ctx.log.warning("reply %s not sent: the lease term that claimed it ended",
                                     item.reply.key, extra={"chat_id": chat_id})
                return DeliveryOutcome.GIVEN_UP
            try:
                await self.api.call(attempt.method, attempt.params, result=False)
            except TelegramError as error:
                self.outbox.limits.settle(ticket)
                outcome = await self._after_error(item, attempt, error)
                if outcome is not None:
                    return outcome
            else:
                self.outbox.limits.settle(ticket)
                self.stats.sent += 1
                return DeliveryOutcome.DELIVERED
            finally:
                self.outbox.limits.settle(ticket)  # also when cancelled mid-call

    async def _after_error(
        self, item: _Item, attempt: _Attempt, error: TelegramError,
    ) -> DeliveryOutcome | None:
        """Act on a failed send: None means "try again" (after any wait done here)."""
        reply = item.reply
        if isinstance(error, TelegramApiError) and attempt.method == "editMessageText" \
                and error.not_modified:
            return DeliveryOutcome.DELIVERED
        verdict = _verdict(error, attempt)
        if verdict is _Verdict.RETRY_AFTER:
            return self._flooded(reply, attempt, error)
        if verdict is _Verdict.PLAIN:
            self._to_plain(reply, attempt, error)
            return None
        if verdict is _Verdict.AS_NEW:
            self.ctx.log.info("chat %s: %s; reply %s sent as a new message",
                              reply.chat_id, error, reply.key, extra={"chat_id": reply.chat_id})
            attempt.method = "sendMessage"
            attempt.params.pop("message_id", None)
            self._to_topic(attempt.params, reply.chat_id, reply.thread_id)
            return None
        if verdict is _Verdict.OUT_OF_TOPIC:
            # The parent deleted or closed the topic they wrote in: the answer goes to the
            # chat itself rather than nowhere.
            self.ctx.log.info("chat %s: %s; reply %s sent to the chat outside the topic",
                              reply.chat_id, error, reply.key, extra={"chat_id": reply.chat_id})
            self.outbox.topic_gone(reply.chat_id, attempt.params.pop("message_thread_id"),
                                   anyio.current_time())
            self.stats.out_of_topic += 1
            return None
        if verdict is _Verdict.MIGRATE:
            return await self._migrate(item, attempt, error)
        if verdict is _Verdict.INACTIVE:
            reason = "chat not found" if _api_error(error).chat_not_found else "blocked"
            await self._deactivate(item, reason, error)
            return DeliveryOutcome.DROPPED
        if verdict is _Verdict.REFUSED:
            self.ctx.log.error("chat %s: Telegram refused reply %s: %s; dropped",
                               reply.chat_id, reply.key, error, extra={"chat_id": reply.chat_id})
            self.stats.dropped += 1
            return DeliveryOutcome.DROPPED
        return await self._back_off(reply, attempt, error)

    def _flooded(
        self, reply: SendReply, attempt: _Attempt, error: TelegramError,
    ) -> DeliveryOutcome | None:
        retry_after = _api_error(error).retry_after or 1.0
        scope = self.outbox.limits.pauses.flooded(reply.chat_id, retry_after,
                                                  anyio.current_time())
        self.stats.floods_429[scope] = self.stats.floods_429.get(scope, 0) + 1
        attempt.floods += 1
        if attempt.floods > MAX_FLOOD_RETRIES:
            self.ctx.log.error("chat %s: reply %s got %d 429s; given up", reply.chat_id,
                               reply.key, attempt.floods, extra={"chat_id": reply.chat_id})
            self.stats.given_up += 1
            return DeliveryOutcome.GIVEN_UP
        self.ctx.log.warning("chat %s: 429, %s paused for %.0f s", reply.chat_id,
                             "chat" if scope == "chat" else "every chat", retry_after,
                             extra={"chat_id": reply.chat_id})
        self.stats.retries += 1
        return None  # the pause is in the limits: acquire waits it out

    def _to_plain(self, reply: SendReply, attempt: _Attempt, error: TelegramError) -> None:
        # The error names the offending tag and its byte offset; the text itself may hold
        # the parent's words, so it is not logged.
        self.ctx.log.warning("chat %s: Telegram refused the HTML of reply %s (%s); "
                             "resending it as plain text", reply.chat_id, reply.key,
                             _api_error(error).description, extra={"chat_id": reply.chat_id})
        attempt.plain = True
        attempt.params["text"] = strip_html(attempt.params["text"])
        attempt.params.pop("parse_mode", None)
        self.stats.plain_fallbacks += 1

    async def _migrate(
        self, item: _Item, attempt: _Attempt, error: TelegramError,
    ) -> DeliveryOutcome | None:
        new_id = _api_error(error).migrate_to_chat_id
        self.ctx.log.warning("chat %s became %s; reply %s resent there",
                             item.reply.chat_id, new_id, item.reply.key,
                             extra={"chat_id": item.reply.chat_id})
        attempt.migrated = True
        attempt.params["chat_id"] = new_id
        await self._tell_inactive(item.reply.chat_id, f"migrated to {new_id}")
        return None

    async def _back_off(self, reply: SendReply, attempt: _Attempt,
                        error: TelegramError) -> DeliveryOutcome | None:
        attempt.failures += 1
        # A transient failure never ends a reply: given up, it would wait for the next
        # restart to be answered (a 5xx drill lost replies that way). Past the attempts
        # it is an outage: said once, then retried at the backoff's ceiling, the chat's
        # later replies waiting behind it so they keep their order.
        if attempt.failures == self._settings.max_send_attempts:
            self.ctx.log.error("chat %s: reply %s not sent after %d attempts (%s); Telegram "
                               "seems down: retrying, up to %.0f s apart, until it takes it",
                               reply.chat_id, reply.key, attempt.failures, error,
                               self._settings.backoff_max, extra={"chat_id": reply.chat_id})
            self.stats.stalled += 1
        delay = self._retry_delay(attempt.failures)
        self.ctx.log.warning("chat %s: reply %s failed (%s); retry %d in %.2f s",
                             reply.chat_id, reply.key, error, attempt.failures, delay,
                             extra={"chat_id": reply.chat_id})
        self.stats.retries += 1
        await anyio.sleep(delay)
        return None

    def _retry_delay(self, failures: int) -> float:
        """The wait after the ``failures``-th failed attempt (1 for the first)."""
        return self._backoff.delay(failures - 1, self._rng)

    # -- inactive chats --------------------------------------------------------------------

    async def _deactivate(self, item: _Item | None, reason: str, error: TelegramError,
                          chat_id: int | None = None) -> None:
        """Mark the chat inactive, drop its queue (their updates count as handled) and
        tell dialogs."""
        chat = item.reply.chat_id if item is not None else chat_id
        assert chat is not None
        dropped = self.outbox.deactivate(chat, item)
        self.stats.chats_deactivated += 1
        self.stats.dropped += len(dropped) + (1 if item is not None else 0)
        self.ctx.log.warning("chat %s is inactive (%s: %s); %d queued replies dropped",
                             chat, reason, _api_error(error).description, len(dropped),
                             extra={"chat_id": chat})
        self._stop_typing(chat)
        for other in dropped:
            await self._finish(other.reply)
        await self._tell_inactive(chat, reason)

    async def _tell_inactive(self, chat_id: int, reason: str) -> None:
        try:
            await self._route(chat_id).tell(ChatInactive(chat_id=chat_id, reason=reason))
        except Exception as error:
            self.ctx.log.warning("could not tell dialogs that chat %s is inactive: %r",
                                 chat_id, error, extra={"chat_id": chat_id})

    # -- typing ----------------------------------------------------------------------------

    def _start_typing(self, message: ShowTyping) -> None:
        chat_id = message.chat_id
        if chat_id in self.outbox.inactive:
            return
        self._stop_typing(chat_id)
        token = _Typing(message.thread_id)
        if message.after > 0:
            # Most replies beat the grace period: a task (and its cancellation) per update
            # cost more CPU than the whole sender's own code. The due time waits in a heap
            # and one task starts typing for the chats still waiting then.
            due = anyio.current_time() + message.after
            self._typing_seq += 1
            heapq.heappush(self._typing_due, (due, self._typing_seq, chat_id, token,
                                              message.seconds - message.after))
            self._typing[chat_id] = (token, None)
            if self._typing_starter is None:
                self._typing_starter = self.ctx.start_soon(self._start_due_typing,
                                                           name="typing-starter")
            elif self._typing_due[0][3] is token and self._typing_wake is not None:
                self._typing_wake.set()  # due before what the starter sleeps for
            return
        handle = self._spawn(self._keep_typing, chat_id, message.seconds, token, 0.0,
                             name=f"typing:{chat_id}")
        self._typing[chat_id] = (token, handle)

    async def _start_due_typing(self) -> None:
        """Start typing for each chat whose grace period is over and whose reply has not
        been delivered (``_stop_typing`` marks the token stopped)."""
        while True:
            self._typing_wake = anyio.Event()
            if not self._typing_due:
                await self._typing_wake.wait()
                continue
            due = self._typing_due[0][0]
            if anyio.current_time() < due:
                with anyio.move_on_after(due - anyio.current_time()):
                    await self._typing_wake.wait()
                continue
            _, _, chat_id, token, seconds = heapq.heappop(self._typing_due)
            entry = self._typing.get(chat_id)
            if token.stopped or entry is None or entry[0] is not token:
                continue
            handle = self._spawn(self._keep_typing, chat_id, seconds, token, 0.0,
                                 name=f"typing:{chat_id}")
            self._typing[chat_id] = (token, handle)

    def _stop_typing(self, chat_id: int) -> None:
        entry = self._typing.pop(chat_id, None)
        if entry is None:
            return
        token, handle = entry
        if handle is None:
            token.stopped = True  # still in its grace period: the starter skips it
        elif token.in_flight:
            # Cancelling a request on the wire closes its connection (the next request
            # opens a new one: a TCP and TLS handshake on Telegram's side and ours); let
            # the call finish, the task ends after it.
            token.stopped = True
        else:
            handle.cancel()

    async def _keep_typing(
        self, chat_id: int, seconds: float, token: _Typing, after: float = 0.0,
    ) -> None:
        """Send "typing" after ``after`` seconds and then every ``typing_interval`` until
        ``seconds`` have passed (or a reply was delivered: the task is cancelled while it
        waits, and ends after the call while a call is in flight)."""
        deadline = anyio.current_time() + seconds
        try:
            if after > 0:
                await anyio.sleep(after)
            while anyio.current_time() < deadline and not token.stopped:
                token.in_flight = True
                try:
                    going_on = await self._chat_action(chat_id, token.thread_id)
                finally:
                    token.in_flight = False
                if not going_on or token.stopped:
                    return
                left = deadline - anyio.current_time()
                await anyio.sleep(min(self._settings.typing_interval, max(left, 0.0)))
        finally:
            entry = self._typing.get(chat_id)
            if entry is not None and entry[0] is token:
                del self._typing[chat_id]

    async def _chat_action(self, chat_id: int, thread_id: int | None = None) -> bool:
        """One "typing" action (in the topic ``thread_id``, if any); False when typing in
        this chat should stop (also when the topic is gone: the reply will say it)."""
        params: dict[str, Any] = {"chat_id": chat_id, "action": "typing"}
        self._to_topic(params, chat_id, thread_id)
        try:
            await self.api.call("sendChatAction", params, result=False)
        except TelegramApiError as error:
            if error.forbidden or error.chat_not_found:
                reason = "chat not found" if error.chat_not_found else "blocked"
                # In a task of its own: deactivating stops typing, i.e. cancels this task.
                self._spawn(self._deactivate, None, reason, error, chat_id, name="deactivate")
                return False
            self.ctx.log.info("chat %s: typing action failed: %s", chat_id, error,
                              extra={"chat_id": chat_id})
            return error.flood or error.server_error
        except TelegramTransportError as error:
            self.ctx.log.info("chat %s: typing action failed: %s", chat_id, error,
                              extra={"chat_id": chat_id})
            return True
        self.stats.typing_sent += 1
        return True

    # -- callback answers ------------------------------------------------------------------

    async def _answer_callback(self, message: AnswerCallback) -> None:
        """answerCallbackQuery now; transient failures retried briefly (the query expires)."""
        params = {"callback_query_id": message.callback_id, "text": message.text or None}
        for failures in range(1, self._settings.max_send_attempts + 1):
            try:
                await self.api.call("answerCallbackQuery", params, result=False)
            except TelegramApiError as error:
                if QUERY_TOO_OLD in error.description:
                    self.ctx.log.info("callback %s: %s", message.callback_id, error)
                    return
                if not error.server_error:
                    self.ctx.log.warning("callback %s not answered: %s",
                                         message.callback_id, error)
                    return
            except TelegramTransportError as error:
                self.ctx.log.info("callback %s: %s", message.callback_id, error)
            else:
                self.stats.callbacks_answered += 1
                return
            await anyio.sleep(self._retry_delay(failures))
        self.ctx.log.warning("callback %s not answered after %d attempts",
                             message.callback_id, self._settings.max_send_attempts)


def _api_error(error: TelegramError) -> TelegramApiError:
    assert isinstance(error, TelegramApiError)
    return error


def _verdict(error: TelegramError, attempt: _Attempt) -> _Verdict:
    """Classify a failed send (the not-modified success is handled before)."""
    if not isinstance(error, TelegramApiError):
        return _Verdict.TRANSIENT
    if error.flood:
        return _Verdict.RETRY_AFTER
    if error.bad_markup and not attempt.plain:
        return _Verdict.PLAIN
    if error.forbidden or error.chat_not_found:
        return _Verdict.INACTIVE
    if error.migrate_to_chat_id is not None and not attempt.migrated:
        return _Verdict.MIGRATE
    if error.topic_gone and "message_thread_id" in attempt.params:
        return _Verdict.OUT_OF_TOPIC
    if attempt.method == "editMessageText" and any(
        gone in error.description for gone in EDIT_TARGET_GONE
    ):
        return _Verdict.AS_NEW
    if error.server_error or error.bad_token:
        return _Verdict.TRANSIENT
    return _Verdict.REFUSED
