"""The telegram_poller actor: long-polls getUpdates, journals each batch, hands it to dialogs.

A batch is journaled (durable) before the next getUpdates confirms it with the offset, so
a crash loses no update; updates are told to their chat's dialogs shard in order, with
backpressure; a rejected token stops the bot (exit code 78), 409 and 429 are handled
apart from other errors, and a watchdog restarts a stalled poller. See docs/telegram.md,
section "The poller", for every guarantee and where it comes from.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import zlib
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, NoReturn

import anyio
import msgspec
import sniffio
from msgspec.structs import replace

from actors.db_writer import DatabaseUnavailable, DeadLetter
from actors.protocol import ContentKind, IncomingUpdate, UpdateKind
from config.settings import TelegramSettings
from runtime import Actor, ActorRef, Exit, ExitKind, StopActor, WallClock, system_clock, utc_now
from supervisors import Backoff

from ._api import (
    BotApi,
    TelegramApiError,
    TelegramError,
    TelegramTransportError,
    install_log_redaction,
)
from ._edge import (
    DATE_LIMIT,
    ID_LIMIT,
    INT32_LIMIT,
    RAW_EXCERPT,
    Batch,
    Rejected,
    clean_text,
    decode_updates,
)
from ._lease import Lease, LeaseStats, Term
from ._spool_journal import JournalError, UpdateLog, _mark

__all__ = [
    "ALLOWED_UPDATES",
    "PollerStalled",
    "PollerStats",
    "TelegramPoller",
    "UpdateOutOfRange",
    "parse_update",
]

ALLOWED_UPDATES: Final[tuple[UpdateKind, ...]] = (
    "message", "edited_message", "callback_query", "my_chat_member",
)
"""The update types the poller asks for and understands; anything else is skipped."""

EX_CONFIG: Final = 78
"""The process exit code for a rejected token (sysexits' EX_CONFIG): systemd can stop
restarting a bot whose configuration cannot work (``RestartPreventExitStatus=78``)."""

HTTP_MARGIN: Final = 5.0
"""Seconds the getUpdates HTTP read timeout allows beyond the watchdog's deadline: the
watchdog is the first line against a hung poll, the HTTP timeout the backstop."""
FLOOD_JITTER: Final = 0.25
"""Up to this many seconds added to a 429's ``retry_after`` (never subtracted)."""
FINAL_CONFIRM_TIMEOUT: Final = 2.0
CONFLICT_DELAY_MAX: Final = 60.0
"""The longest wait between two getUpdates after consecutive 409s (the first waits
``conflict_delay``, each next one twice as long)."""
IDLESS_WAIT: Final = 1.0
"""The longest wait before polling again after a batch without any update id."""
WEBHOOK_ACTIVE: Final = ("webhook is active", "terminated by setWebhook")
TERMINATED: Final = "terminated by other getUpdates"

_CONTENT_KEYS: Final[tuple[tuple[str, ContentKind], ...]] = (
    # animation before document: Telegram sets both for an animation.
    ("sticker", "sticker"), ("photo", "photo"), ("voice", "voice"),
    ("video_note", "video_note"), ("video", "video"), ("animation", "animation"),
    ("audio", "audio"), ("document", "document"), ("location", "location"),
    ("contact", "contact"),
)
_OTHER_CONTENT: Final = frozenset({
    "poll", "dice", "venue", "game", "story", "invoice", "paid_media", "giveaway",
    "checklist",
})
_SERVICE_CONTENT: Final = frozenset({
    # Message fields by which Telegram notes something about the chat (Bot API 10.1): a
    # pinned message, a wallpaper set, a shared chat, a topic opened. Nothing to answer.
    "new_chat_members", "left_chat_member", "chat_owner_left", "chat_owner_changed",
    "new_chat_title", "new_chat_photo", "delete_chat_photo", "group_chat_created",
    "supergroup_chat_created", "channel_chat_created", "message_auto_delete_timer_changed",
    "migrate_to_chat_id", "migrate_from_chat_id", "pinned_message", "successful_payment",
    "refunded_payment", "users_shared", "chat_shared", "gift", "unique_gift",
    "gift_upgrade_sent", "connected_website", "write_access_allowed", "passport_data",
    "proximity_alert_triggered", "boost_added", "chat_background_set",
    "checklist_tasks_done", "checklist_tasks_added", "direct_message_price_changed",
    "forum_topic_created", "forum_topic_edited", "forum_topic_closed",
    "forum_topic_reopened", "general_forum_topic_hidden", "general_forum_topic_unhidden",
    "giveaway_created", "giveaway_winners", "giveaway_completed", "managed_bot_created",
    "paid_message_price_changed", "poll_option_added", "poll_option_deleted",
    "suggested_post_approved", "suggested_post_approval_failed", "suggested_post_declined",
    "suggested_post_paid", "suggested_post_refunded", "video_chat_scheduled",
    "video_chat_started", "video_chat_ended", "video_chat_participants_invited",
    "web_app_data",
})

log = logging.getLogger(__name__)


class PollerStalled(Exception):
    """Raised by the watchdog (crashing the incarnation, so the supervisor restarts the
    poller) when a getUpdates call or a wait outlived its expected time by
    ``stall_margin``."""


@dataclass
class PollerStats:
    """Counters for metrics, shared across incarnations when the tree passes one in."""

    polls: int = 0
    """getUpdates calls that returned a batch (empty or not)."""
    batches: int = 0
    """Non-empty batches."""
    last_batch_size: int = 0
    updates_received: int = 0
    """Updates journaled and delivered (replays and skipped ones excluded)."""
    replays_dropped: int = 0
    """Updates Telegram sent again that the journal had already seen."""
    skipped: int = 0
    """Updates of an unknown type, or set aside (``poisons``)."""
    poisons: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Updates set aside and dead-lettered, by (stage, reason): stage ``edge`` (their JSON
    text), ``parse`` (their fields), ``journal`` (an id seen for another update) or
    ``store`` (the journal could not encode them)."""
    repairs: Counter[str] = field(default_factory=Counter)
    """Values repaired at the edge and still handled, by kind: ``lone_surrogate``,
    ``invalid_utf8``, ``nul``, ``date_out_of_range``."""
    redelivered: int = 0
    """Journaled updates re-delivered from the journal at a start."""
    conflicts_409: int = 0
    conflict_causes: Counter[str] = field(default_factory=Counter)
    """409s by cause: ``webhook`` (a webhook is set), ``other_poller`` (another getUpdates
    consumer outside this bot's lease), ``other``."""
    floods_429: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    """Failed calls by kind: ``timeout``, ``connect``, ``network``, ``decode``,
    ``server_error``, ``http_<status>``."""
    last_poll_at: float | None = None
    """``anyio.current_time()`` of the last successful getUpdates."""
    mode: str = "polling"
    """How updates arrive: ``polling`` or ``webhook``."""
    role: str = "single"
    """``single`` (no replicas: no lease), ``leader`` (this replica holds the lease and
    takes updates in) or ``standby``."""
    fenced: int = 0
    """Batches whose commit the lease refused (their offset was not advanced)."""
    lease: LeaseStats | None = None
    """The lease's statistics (replicas only): who holds it, this replica's epoch."""
    adopted: int = 0
    """Pending updates handed over at the start of a term (acknowledged by an earlier
    holder, or by this replica in an earlier term)."""
    webhook_port: int | None = None
    """Where the webhook endpoint listens (webhook mode), once it does."""
    webhook_requests: Counter[str] = field(default_factory=Counter)
    """Webhook requests by outcome: ``ok``, ``duplicate``, ``bad_secret``, ``bad_request``,
    ``too_large``, ``unavailable``."""
    last_update_at: float | None = None
    """``anyio.current_time()`` of the last update taken in (any mode)."""


# -- parsing -------------------------------------------------------------------------------


class _User(msgspec.Struct):
    id: int
    first_name: str = ""
    language_code: str | None = None


class _Chat(msgspec.Struct):
    id: int
    type: str = "private"


class _Msg(msgspec.Struct):
    message_id: int
    chat: _Chat
    date: int = 0
    from_: _User | None = msgspec.field(default=None, name="from")
    text: str | None = None
    caption: str | None = None
    # Read leniently (``_topic``): where a reply goes is no reason to refuse the words.
    message_thread_id: Any = None
    is_topic_message: Any = False


class _Callback(msgspec.Struct):
    id: str
    from_: _User = msgspec.field(name="from")
    message: _Msg | None = None
    data: str | None = None


class _Member(msgspec.Struct):
    status: str


class _MemberUpdate(msgspec.Struct):
    chat: _Chat
    from_: _User = msgspec.field(name="from")
    new_chat_member: _Member
    date: int = 0


class UnknownUpdate(ValueError):
    """The update carries none of ``ALLOWED_UPDATES``."""


class UpdateOutOfRange(ValueError):
    """A field holds an integer beyond what the Bot API documents for it (the message
    names the field and the limit, never the value)."""


_TEXT_FIELDS: Final = ("chat_type", "text", "first_name", "language_code", "callback_id",
                       "callback_data", "member_status")


def parse_update(raw: dict[str, Any], repairs: Counter[str] | None = None) -> IncomingUpdate:
    """Normalise one raw Bot API update, within the edge's limits (``_edge``): ids in their
    documented ranges, strings without lone surrogates or NUL (made U+FFFD), ``date`` 0
    when out of range; each repair is counted in ``repairs``. Raises ``UnknownUpdate`` for
    a type the poller does not handle, ``msgspec.ValidationError`` for a malformed one and
    ``UpdateOutOfRange`` for an id beyond its limit (messages name the field, never its
    value)."""
    update_id = _int32(msgspec.convert(raw.get("update_id"), int), "update_id")
    kind = next((k for k in ALLOWED_UPDATES if k in raw), None)
    if kind is None:
        raise UnknownUpdate(",".join(sorted(k for k in raw if k != "update_id")) or "empty")
    body = raw[kind]
    try:
        if kind == "callback_query":
            update = _parse_callback(update_id, msgspec.convert(body, _Callback))
        elif kind == "my_chat_member":
            update = _parse_member(update_id, msgspec.convert(body, _MemberUpdate))
        else:
            update = _parse_message(update_id, kind, msgspec.convert(body, _Msg), body)
    except msgspec.ValidationError as error:  # its path starts at the body: name the kind
        raise msgspec.ValidationError(f"{kind}: {error}") from None
    return _cleaned(update, repairs)


def _id(value: int, field: str) -> int:
    if not -ID_LIMIT < value < ID_LIMIT:
        raise UpdateOutOfRange(f"{field} is outside ±(2^52-1)")
    return value


def _int32(value: int, field: str) -> int:
    if not 0 <= value < INT32_LIMIT:
        raise UpdateOutOfRange(f"{field} is outside 0..2^31-1")
    return value


def _cleaned(update: IncomingUpdate, repairs: Counter[str] | None) -> IncomingUpdate:
    """``update`` with its strings fit for every store and an impossible date made 0."""
    changes: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = getattr(update, name)
        if value is not None:
            clean, repaired = clean_text(value)
            if repaired is not None:
                changes[name] = clean
                if repairs is not None:
                    repairs[repaired] += 1
    if not 0 <= update.date < DATE_LIMIT:
        changes["date"] = 0
        if repairs is not None:
            repairs["date_out_of_range"] += 1
    return replace(update, **changes) if changes else update


def _parse_message(update_id: int, kind: UpdateKind, msg: _Msg,
                   body: dict[str, Any]) -> IncomingUpdate:
    user = msg.from_
    chat_id = _id(msg.chat.id, f"{kind}.chat.id")
    return IncomingUpdate(
        update_id=update_id, kind=kind, chat_id=chat_id,
        user_id=_id(user.id, f"{kind}.from.id") if user is not None else chat_id,
        chat_type=msg.chat.type,
        message_id=_int32(msg.message_id, f"{kind}.message_id"), date=msg.date,
        # A caption is the parent's words as much as a text: "look at his back: his
        # stepfather beats him with a belt" under a photo is read, and answered as a crisis.
        text=msg.text if msg.text is not None else msg.caption,
        content=_content_of(body, msg.text),
        first_name=user.first_name if user is not None else "",
        language_code=user.language_code if user is not None else None,
        thread_id=_topic(msg),
    )


def _topic(msg: _Msg) -> int | None:
    """The forum topic ``msg`` belongs to, or None. Only a topic message's thread
    (``is_topic_message``) is one: a supergroup's reply thread (comments) or a forum's
    General topic is not a topic to send to, and a reply there goes to the chat. A thread
    id no message id could be, or either field of another type (Telegram sends neither),
    is no reason to leave the words unanswered: the reply goes to the chat."""
    thread = msg.message_thread_id
    if msg.is_topic_message is not True or type(thread) is not int \
            or not 0 < thread < INT32_LIMIT:
        return None
    return thread


def _content_of(body: dict[str, Any], text: str | None) -> ContentKind:
    if text is not None:
        return "text"
    for key, content in _CONTENT_KEYS:
        if key in body:
            return content
    if _OTHER_CONTENT & body.keys():
        return "other"
    return "service" if _SERVICE_CONTENT & body.keys() else "none"


def _parse_callback(update_id: int, query: _Callback) -> IncomingUpdate:
    msg = query.message
    user_id = _id(query.from_.id, "callback_query.from.id")
    return IncomingUpdate(
        update_id=update_id, kind="callback_query",
        # No message: a button of an inline-mode message; its chat is the user's own.
        chat_id=_id(msg.chat.id, "callback_query.message.chat.id") if msg is not None
        else user_id,
        user_id=user_id, chat_type=msg.chat.type if msg is not None else "private",
        message_id=_int32(msg.message_id, "callback_query.message.message_id")
        if msg is not None else None, content="none",
        first_name=query.from_.first_name, language_code=query.from_.language_code,
        callback_id=query.id, callback_data=query.data,
        thread_id=_topic(msg) if msg is not None else None,
    )


def _parse_member(update_id: int, member: _MemberUpdate) -> IncomingUpdate:
    return IncomingUpdate(
        update_id=update_id, kind="my_chat_member",
        chat_id=_id(member.chat.id, "my_chat_member.chat.id"),
        user_id=_id(member.from_.id, "my_chat_member.from.id"), chat_type=member.chat.type,
        date=member.date,
        content="none", first_name=member.from_.first_name,
        language_code=member.from_.language_code, member_status=member.new_chat_member.status,
    )


_ADDRESSED: Final = re.compile(r"/[a-zA-Z0-9_]{1,32}@(\w+)")
"""A command with a bot's username: ``/start@SomeBot``."""


def _addressed(update: IncomingUpdate, username: str | None) -> IncomingUpdate:
    """``update``, marked ``for_other_bot`` when its text is a command addressed to a bot
    other than ``username`` (lower case; None: unknown, nothing is marked)."""
    if username is None or update.text is None:
        return update
    command = _ADDRESSED.match(update.text.strip())
    if command is None or command.group(1).lower() == username:
        return update
    return replace(update, for_other_bot=True)


_MAX_OFFSET: Final = 2**62
"""Ids of set-aside updates up to this still move the offset (an update_id beyond 32 bits
is refused, yet confirmed so that it is not fetched again)."""
_UNSTORABLE: Final = (OverflowError, UnicodeError, TypeError, ValueError, msgspec.EncodeError)
"""What encoding an update for the journal raises when a value cannot be stored."""


def _rejected(update_id: int | None, raw: bytes, stage: str, reason: str, detail: str,
              item: Any = None, *, chat_id: int | None = None) -> Rejected:
    if chat_id is None and item is not None:
        chat_id = _chat_hint(item)
    return Rejected(update_id=update_id, stage=stage, reason=reason, detail=detail,
                    raw=raw[:RAW_EXCERPT], size=len(raw), chat_id=chat_id)


def _chat_hint(item: Any) -> int | None:
    """The chat a raw update names, when it is a valid chat id (so /delete erases its
    dead letter)."""
    if not isinstance(item, dict):
        return None
    for kind in ALLOWED_UPDATES:
        body = item.get(kind)
        if isinstance(body, dict):
            if kind == "callback_query":
                body = body.get("message")
                if not isinstance(body, dict):
                    return None
            chat = body.get("chat")
            chat_id = chat.get("id") if isinstance(chat, dict) else None
            if type(chat_id) is int and -ID_LIMIT < chat_id < ID_LIMIT:
                return chat_id
            return None
    return None


_IN_JOURNAL: Final = "the journal holds another update under this id"
_IN_BATCH: Final = "an earlier update of its batch has this id"
_LETTER: Final = msgspec.json.Encoder()
_REPAIRS: Final = {
    "lone_surrogate": ("a lone surrogate", "U+FFFD"), "nul": ("a NUL character", "U+FFFD"),
    "invalid_utf8": ("bytes that are not UTF-8", "U+FFFD"),
    "date_out_of_range": ("a date out of range", "date 0"),
}


def _dead_letter(item: Rejected, at: dt.datetime) -> DeadLetter:
    """The ``DeadLetter`` of an update set aside: its id, stage, size and the first
    ``RAW_EXCERPT`` bytes of its JSON text (bytes that are not UTF-8 as U+FFFD)."""
    excerpt, _ = clean_text(item.raw.decode("utf-8", "replace"))
    key = (f"update:{item.update_id}" if item.update_id is not None
           else f"update:crc:{zlib.crc32(item.raw):08x}")
    body = {"update_id": item.update_id, "stage": item.stage, "size": item.size,
            "truncated": item.size > len(item.raw), "raw": excerpt}
    return DeadLetter(key=key, actor="telegram_poller", reason=item.reason,
                      error=f"{item.stage}: {item.detail}",
                      message_json=_LETTER.encode(body).decode(), at=at, chat_id=item.chat_id)


# -- the actor -----------------------------------------------------------------------------


class _BadToken(Exception):
    """Telegram refused the token (401/404): stop, do not retry."""


class _Fenced(Exception):
    """This replica's term ended (or the lease refused a commit): stop taking updates in
    and stand by; the offset stays where the last committed batch left it."""


class TelegramPoller(Actor):
    """The telegram_poller actor (a loop actor). ``route(chat_id)`` names the dialogs actor
    of a chat (same chat, same actor). Owns a one-connection ``BotApi`` per incarnation,
    closed when the incarnation ends. One incarnation, as a chain of steps::

        run ─▶ _check_token (getMe) ─▶ deleteWebhook ─▶ _deliver_undelivered (replay)
            ─▶ _poll_forever: _get_updates ─▶ _handle_batch: _parse ─▶ journal.append
            ─▶ _deliver

    Make its child ``transient``: a bad-token stop (a normal exit) is then not restarted,
    while a crash (``PollerStalled``, a journal failure) is.

    An update that cannot be decoded, parsed or journaled is set aside on its own (the
    rest of its batch goes on): logged, counted in ``stats.poisons``, handed to
    ``dead_letters`` (``actors.db_writer.persist`` on the spool, durable before the
    offset moves past it) as a ``DeadLetter`` stamped by ``clock``."""

    def __init__(
        self, settings: TelegramSettings, token: str, journal: UpdateLog,
        route: Callable[[int], ActorRef], *, stats: PollerStats | None = None,
        catch_up: Callable[[Callable[[IncomingUpdate], Awaitable[Any]]], Awaitable[None]]
        | None = None,
        api_observer: Callable[[str, str, float], None] | None = None,
        dead_letters: Callable[[Sequence[DeadLetter]], Awaitable[object]] | None = None,
        clock: WallClock = system_clock,
        lease: Lease | None = None,
        refresh: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self._lease = lease
        self._refresh = refresh
        self.stats = stats if stats is not None else PollerStats()
        if lease is not None:
            self.stats.lease = lease.stats
        self._term: Term | None = None
        self._paused_term: Term | None = None
        """The ended term the watchdog gave a margin to stand by in (a paused process)."""
        self._conflicts = 0
        self._dead_letters = dead_letters
        self._clock = clock
        self._api_observer = api_observer
        self._catch_up = catch_up
        self._settings = settings
        self._token = token
        self._journal = journal
        self._route = route
        self._api: BotApi | None = None
        self._offset: int | None = None
        self._username: str | None = None
        """This bot's username (lower case), from getMe: commands addressed to another
        bot are marked (``IncomingUpdate.for_other_bot``)."""
        self._failures = 0
        self._idless = 0
        """Batches in a row that held no update id (each waits longer before the next)."""
        self._in_conflict = False
        self._deadline = math.inf
        self._backoff = Backoff(min_delay=settings.backoff_min, max_delay=settings.backoff_max)

    def __repr__(self) -> str:
        return f"TelegramPoller(offset={self._offset})"

    @property
    def offset(self) -> int | None:
        """The offset the next getUpdates carries (None before the first batch)."""
        return self._offset

    async def started(self) -> None:
        install_log_redaction()  # httpx logs request URLs, and ours carry the token
        s = self._settings
        # aiohttp on asyncio, as the sender: an httpx client loads its own CA bundle when
        # made (about 0.1 s of every start) and brings httpcore and trio in with it.
        transport = "aiohttp" if sniffio.current_async_library() == "asyncio" else "httpx"
        self._api = BotApi(self._token, s.base_url, timeout=s.request_timeout, connections=1,
                           observe=self._api_observer, transport=transport)

    async def run(self) -> None:
        try:
            await self._check_token()
            if self._lease is not None:
                self.ctx.start_soon(self._watchdog, name="stall-watchdog")
                await self._serve_terms()
            await self._call("deleteWebhook", {"drop_pending_updates": False})
        except _BadToken:
            self._stop_for_bad_token()
        await self._deliver_undelivered()
        if self._catch_up is not None:
            # The journal could not read PostgreSQL at start: updates it drained there
            # and still pending are handed over once it answers.
            self.ctx.start_soon(self._catch_up, self._deliver_late, name="journal-catch-up")
        self.ctx.start_soon(self._watchdog, name="stall-watchdog")
        try:
            await self._poll_forever()
        except _BadToken:
            self._stop_for_bad_token()

    async def stopped(self, exit: Exit) -> None:
        try:
            if exit.kind is ExitKind.SHUTDOWN and self._holds_term():
                await self._confirm_last_batch()
        finally:
            if self._api is not None:
                with anyio.CancelScope(shield=True):
                    await self._api.aclose()

    # -- replicas: one term of the lease after another --

    def _holds_term(self) -> bool:
        """Without a lease, always; with one, while this replica's term stands."""
        if self._lease is None:
            return True
        return self._term is not None and self._lease.valid(self._term.epoch)

    async def _serve_terms(self) -> NoReturn:
        """Stand by until this replica holds the lease, take updates in for the length of
        the term, and stand by again when it ends (docs/replicas.md)."""
        assert self._lease is not None
        while True:
            self.stats.role = "standby"
            self._deadline = math.inf  # standing by is not a stalled poll
            term = await self._lease.wait_term()
            self._term = term
            self.stats.role = "leader"
            self.ctx.log.warning("term %d: this replica takes updates in (%s)", term.epoch,
                                 self.stats.mode)
            ended: BaseException | None = None
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._end_with_term, self._lease, term, tg.cancel_scope)
                try:
                    await self._lead(term)
                except (_Fenced, _BadToken) as error:
                    ended = error
                tg.cancel_scope.cancel()
            self._deadline = math.inf
            if isinstance(ended, _BadToken):
                raise ended
            why = str(ended) if ended is not None else term.reason or "the term ended"
            self.ctx.log.warning("term %d over (%s): standing by; the offset stays at the "
                                 "last committed batch", term.epoch, why)

    @staticmethod
    async def _end_with_term(lease: Lease, term: Term, scope: anyio.CancelScope) -> None:
        """End the term (cancelling a held getUpdates) when the lease says it is lost, or
        when it runs out on this replica's clock, whichever comes first: if the renewals
        are stuck, nothing sets ``lost``, and a long poll left open would overlap the next
        holder's (each ending the other's with a 409)."""
        while not term.lost.is_set():
            left = lease.remaining(term.epoch)
            if left <= 0:
                break
            with anyio.move_on_after(left):
                await term.lost.wait()
        scope.cancel()

    async def _lead(self, term: Term) -> None:
        """One term in polling mode: make sure no webhook is set, adopt what earlier
        holders acknowledged, then poll while the term stands."""
        await self._call("deleteWebhook", {"drop_pending_updates": False})
        await self._adopt(term)
        while True:
            self._check_term(term, "before getUpdates")
            raw = await self._get_updates()
            await self._handle_batch(raw)

    def _check_term(self, term: Term, where: str) -> None:
        assert self._lease is not None
        if not self._lease.valid(term.epoch):
            raise _Fenced(f"the lease was not renewed in time ({where})")

    async def _adopt(self, term: Term) -> None:
        """Merge PostgreSQL's journal rows into this replica's journal (what every earlier
        holder acknowledged), then deliver every pending update this process has not
        delivered yet, oldest first."""
        if self._refresh is not None:
            failures = 0
            while True:
                self._check_term(term, "adopting pending updates")
                try:
                    await self._refresh()
                    break
                except DatabaseUnavailable as error:
                    delay = self._backoff.delay(failures, self.ctx.system.rng)
                    failures += 1
                    self.ctx.log.warning("term %d: cannot read pending updates from "
                                         "PostgreSQL (%s); retrying in %.2f s", term.epoch,
                                         error, delay)
                    await self._sleep(delay)
        backlog = len(self._journal.undelivered())
        await self._deliver_undelivered()
        self.stats.adopted += backlog

    async def _commit(self, updates: Sequence[IncomingUpdate], offset: int) -> None:
        """Write the batch and its offset into PostgreSQL under the term's fencing token
        before the offset may advance; raises ``_Fenced`` when the lease refuses it."""
        assert self._lease is not None
        assert self._term is not None
        term = self._term
        failures = 0
        while True:
            self._check_term(term, "committing a batch")
            try:
                committed = await self._lease.commit(term.epoch, updates, offset)
            except DatabaseUnavailable as error:
                delay = self._backoff.delay(failures, self.ctx.system.rng)
                failures += 1
                self.ctx.log.warning("term %d: cannot commit a batch of %d updates to "
                                     "PostgreSQL (%s); retrying in %.2f s", term.epoch,
                                     len(updates), error, delay)
                await self._sleep(delay)
                continue
            if committed:
                return
            self.stats.fenced += 1
            raise _Fenced("PostgreSQL refused the batch: another replica holds the lease "
                          "now; the offset was not advanced")

    # -- start --

    async def _check_token(self) -> None:
        me = await self._call("getMe", None)
        username = me.get("username") if isinstance(me, dict) else None
        self._username = username.lower() if isinstance(username, str) else None
        self.ctx.log.info("polling Telegram as @%s", username)

    def _stop_for_bad_token(self) -> NoReturn:
        self.ctx.log.error(
            "Telegram rejected the bot token (401/404): check TELEGRAM_BOT_TOKEN; "
            "stopping the bot")
        self.ctx.system.request_shutdown(EX_CONFIG)
        raise StopActor(ExitKind.NORMAL, "telegram rejected the token")

    async def _deliver_late(self, update: IncomingUpdate) -> None:
        await self._route(update.chat_id).tell(update)

    async def _deliver_undelivered(self) -> None:
        """Hand dialogs the journaled updates no dialogs mailbox holds yet, in order."""
        self._deadline = math.inf  # backpressure is not a stalled poll
        backlog = self._journal.undelivered()
        if backlog:
            self.ctx.log.info("re-delivering %d journaled updates", len(backlog))
            await self._deliver(backlog)
            self.stats.redelivered += len(backlog)

    # -- the loop --

    async def _poll_forever(self) -> None:
        while True:
            raw = await self._get_updates()
            await self._handle_batch(raw)

    async def _get_updates(self) -> Batch:
        s = self._settings
        params = {"offset": self._offset, "limit": s.poll_limit, "timeout": s.poll_timeout,
                  "allowed_updates": list(s.allowed_updates)}
        batch: Batch = await self._call("getUpdates", params, long_poll=True,
                                        decode=decode_updates)
        self.stats.polls += 1
        self.stats.last_poll_at = anyio.current_time()
        return batch

    async def _handle_batch(self, batch: Batch) -> None:
        """Parse each update on its own, drop replays, journal, set poisons aside, then
        advance the offset (past the poisons too) and deliver."""
        if not batch.items:
            return
        self.stats.batches += 1
        self.stats.last_batch_size = len(batch.items)
        self._repaired(batch.repairs)
        parsed, rejected, ids, raws = self._parse(batch)
        if not ids:
            # Nothing to confirm them with: Telegram answers with them again at once, so
            # wait before the next poll (no loop at full speed); a newer update with an id
            # moves the offset past them, and they are set aside then.
            delay = min(self._backoff.delay(self._idless, self.ctx.system.rng), IDLESS_WAIT)
            self._idless += 1
            self.ctx.log.warning("a batch of %d updates without update ids: not confirmed; "
                                 "polling again in %.2f s", len(batch.items), delay)
            await self._sleep(delay)
            return
        self._idless = 0
        self._note_id_reset(ids)
        fresh = self._fresh(parsed, rejected, raws)
        self._deadline = math.inf  # journaling and backpressure are not a stalled poll
        stored = await self._journal_each(fresh, rejected, raws)
        await self._set_aside(rejected)
        if self._lease is not None:  # replicas: the batch must be in PostgreSQL too
            # the first update under a reused id is committed (the table keeps the first)
            unstorable = {r.update_id for r in rejected if r.detail != _IN_BATCH}
            await self._commit([u for u in parsed if u.update_id not in unstorable],
                               max(ids) + 1)
        self._offset = max(ids) + 1  # only now: the next getUpdates confirms the batch
        await self._deliver(stored)
        self.stats.updates_received += len(stored)
        if stored:
            self.stats.last_update_at = anyio.current_time()

    def _parse(self, batch: Batch
               ) -> tuple[list[IncomingUpdate], list[Rejected], list[int], dict[int, bytes]]:
        """The batch's updates parsed, the ones set aside, every id the offset must move
        past (those of set-aside updates included), and each parsed update's own JSON text
        by the update object's identity (ids can repeat in a batch), for a dead letter."""
        parsed: list[IncomingUpdate] = []
        rejected: list[Rejected] = []
        ids: list[int] = []
        repairs: Counter[str] = Counter()
        raws: dict[int, bytes] = {}
        for item, raw in zip(batch.items, batch.raws, strict=True):
            if isinstance(item, Rejected):
                rejected.append(item)
                if item.update_id is not None and 0 <= item.update_id < _MAX_OFFSET:
                    ids.append(item.update_id)
                continue
            update_id = item.get("update_id") if isinstance(item, dict) else None
            if type(update_id) is int and 0 <= update_id < _MAX_OFFSET:
                ids.append(update_id)
            else:
                update_id = None
            try:
                if not isinstance(item, dict):
                    rejected.append(_rejected(None, raw, "parse", "not_an_object",
                                              f"the update is a JSON {type(item).__name__}"))
                    continue
                parsed.append(_addressed(parse_update(item, repairs), self._username))
                raws[id(parsed[-1])] = raw
            except UnknownUpdate as error:
                self.stats.skipped += 1
                self.ctx.log.warning("update %s of unknown type (%s) skipped", update_id, error)
            except msgspec.ValidationError as error:
                rejected.append(_rejected(update_id, raw, "parse", "invalid", str(error), item))
            except UpdateOutOfRange as error:
                rejected.append(_rejected(update_id, raw, "parse", "out_of_range", str(error),
                                          item))
        self._repaired(repairs)
        return parsed, rejected, ids, raws

    async def _journal_each(self, fresh: list[IncomingUpdate], rejected: list[Rejected],
                            raws: dict[int, bytes]) -> list[IncomingUpdate]:
        """Journal ``fresh`` in one append; if the journal cannot encode one of them,
        journal them one by one and set aside (into ``rejected``) those it cannot take.
        A journal that cannot write (``JournalError``) crashes the poller as before."""
        try:
            await self._journal.append(fresh)
            return fresh
        except JournalError:
            raise
        except _UNSTORABLE:
            pass
        stored: list[IncomingUpdate] = []
        for update in fresh:
            try:
                await self._journal.append([update])
            except JournalError:
                raise
            except _UNSTORABLE as error:
                raw = raws.get(id(update), b"")
                rejected.append(_rejected(update.update_id, raw, "store", "unstorable",
                                          type(error).__name__, chat_id=update.chat_id))
            else:
                stored.append(update)
        return stored

    async def _set_aside(self, rejected: list[Rejected]) -> None:
        """Log, count and dead-letter (durably, before the offset moves past them) the
        updates set aside. The log names the id, stage, reason and field, never a value."""
        if not rejected:
            return
        at = utc_now(self._clock)
        letters = []
        for item in rejected:
            self.stats.skipped += 1
            self.stats.poisons[(item.stage, item.reason)] += 1
            self.ctx.log.warning(
                "update %s set aside at the %s stage (%s: %s): dead-lettered, the offset "
                "moves past it", item.update_id, item.stage, item.reason, item.detail)
            letters.append(_dead_letter(item, at))
        if self._dead_letters is not None:
            await self._dead_letters(letters)

    def _repaired(self, repairs: Counter[str]) -> None:
        for kind, count in repairs.items():
            self.stats.repairs[kind] += count
            self.ctx.log.warning("%d update(s) held %s: repaired (%s) and handled", count,
                                 *_REPAIRS.get(kind, (kind, "?")))

    def _fresh(self, updates: list[IncomingUpdate], rejected: list[Rejected],
               raws: dict[int, bytes]) -> list[IncomingUpdate]:
        """``updates`` minus replays the journal has seen (and repeats in the batch).
        An id the journal has seen for another update (the ids were reset), or that an
        earlier update of the batch carried, is no replay: it is set aside into
        ``rejected``, never dropped silently."""
        fresh: list[IncomingUpdate] = []
        marks: dict[int, tuple[object, ...]] = {}  # the batch's ids, with what they carried
        reused: list[int] = []
        twice: list[int] = []
        for update in updates:
            mark = marks.get(update.update_id)
            if mark == _mark(update) or (mark is None and self._journal.is_replay(update)):
                self.stats.replays_dropped += 1
                continue
            if mark is not None or self._journal.seen(update.update_id):
                (twice if mark is not None else reused).append(update.update_id)
                rejected.append(_rejected(
                    update.update_id, raws.get(id(update), b""), "journal", "id_reused",
                    _IN_BATCH if mark is not None else _IN_JOURNAL, chat_id=update.chat_id))
                continue
            marks[update.update_id] = _mark(update)
            fresh.append(update)
        if reused:
            self.ctx.log.warning(
                "update ids %s were journaled before for other updates: the ids were reset "
                "(a new bot or emulator on this journal, or Telegram after a long silence); "
                "set aside as dead letters, not dropped as replays", reused)
        if twice:
            self.ctx.log.warning(
                "update ids %s came twice in one batch for different updates: the first is "
                "handled, the other set aside as a dead letter", twice)
        return fresh

    def _note_id_reset(self, ids: list[int]) -> None:
        if self._offset is not None and min(ids) < self._offset:
            self.ctx.log.warning(
                "getUpdates returned ids below the offset %d (%d..%d): an update id reset or "
                "a replay; unseen ones are accepted", self._offset, min(ids), max(ids))

    async def _deliver(self, updates: Sequence[IncomingUpdate]) -> None:
        for update in updates:
            await self._route(update.chat_id).tell(update)
            self._journal.mark_delivered(update.update_id)

    # -- calls and errors --

    async def _call(self, method: str, params: dict[str, Any] | None, *,
                    long_poll: bool = False, decode: Callable[[bytes], Any] | None = None,
                    ) -> Any:
        """Call ``method`` until it succeeds, waiting as each error asks (``decode``: see
        ``BotApi.call``). Raises ``_BadToken`` on 401/404."""
        s = self._settings
        assert self._api is not None
        expected = (s.poll_timeout if long_poll else s.request_timeout) + s.stall_margin
        while True:
            self._arm_watchdog(expected)
            try:
                result = await self._api.call(
                    method, params, timeout=expected + HTTP_MARGIN if long_poll else None,
                    decode=decode)
            except TelegramError as error:
                await self._wait_after(error)
                continue
            self._failures = 0
            if self._in_conflict:
                self._in_conflict = False
                self.ctx.log.warning("getUpdates works again: the conflict is over after %d "
                                     "409 answers", self._conflicts)
                self._conflicts = 0
            return result

    async def _wait_after(self, error: TelegramError) -> None:
        """Classify a failed call, count it, and wait as long as it deserves."""
        rng = self.ctx.system.rng
        if isinstance(error, TelegramApiError):
            if error.bad_token:
                raise _BadToken from None
            if error.conflict:
                if self._term is not None and not self._holds_term():
                    # The poll that ended ours is the next holder's: our term ran out.
                    raise _Fenced("the term ran out on this replica's clock and the next "
                                  "holder's poll ended this one")
                await self._sleep(self._after_conflict(error))
                return
            if error.flood and error.retry_after is not None:
                self.stats.floods_429 += 1
                self.ctx.log.warning("%s: flood control, waiting %.0f s", error.method,
                                     error.retry_after)
                await self._sleep(error.retry_after + FLOOD_JITTER * rng.random())
                return
            kind = "server_error" if error.server_error else f"http_{error.status}"
        else:
            assert isinstance(error, TelegramTransportError)
            kind = error.kind
        self.stats.errors[kind] += 1
        delay = self._backoff.delay(self._failures, rng)
        self._failures += 1
        self.ctx.log.warning("%s failed (%s); retrying in %.2f s", error.method, kind, delay)
        await self._sleep(delay)

    def _after_conflict(self, error: TelegramApiError) -> float:
        """Count a 409, log its cause once per episode, and return how long to wait: a
        409 is a deployment fault (another consumer of this token outside our lease, or
        a webhook), not a blip, so the waits grow (``conflict_delay``, doubling, up to
        ``CONFLICT_DELAY_MAX``) and the poller is never restarted for it."""
        s = self._settings
        cause = ("webhook" if any(w in error.description for w in WEBHOOK_ACTIVE)
                 else "other_poller" if TERMINATED in error.description else "other")
        self.stats.conflicts_409 += 1
        self.stats.conflict_causes[cause] += 1
        cap = max(CONFLICT_DELAY_MAX, s.conflict_delay)
        delay: float = min(cap, s.conflict_delay * 2.0 ** min(self._conflicts, 16))
        delay *= 1 + 0.2 * self.ctx.system.rng.random()
        self._conflicts += 1
        if not self._in_conflict:
            self._in_conflict = True
            explain = {
                "webhook": "a webhook is set for this bot (a deployment in webhook mode, or "
                           "setWebhook by hand); polling resumes once it is deleted",
                "other_poller": "another getUpdates consumer of this token runs outside "
                                "this bot's lease (a second deployment or a developer's "
                                "copy); each poll ends the other's until one stops",
            }.get(cause, "Telegram refused the poll")
            self.ctx.log.error("409 Conflict from %s (cause %s): %s; Telegram said %r; "
                               "retrying with growing waits (now %.1f s), not restarting",
                               error.method, cause, explain, error.description, delay)
        return delay

    async def _sleep(self, seconds: float) -> None:
        self._arm_watchdog(seconds + self._settings.stall_margin)
        await anyio.sleep(seconds)

    # -- the watchdog --

    def _arm_watchdog(self, seconds: float) -> None:
        self._deadline = anyio.current_time() + seconds

    async def _watchdog(self) -> None:
        """Crash the incarnation when the current call or wait overran its deadline (an
        HTTP timeout that did not fire, a wedged connection pool)."""
        while True:
            now = anyio.current_time()
            term = self._term
            if now >= self._deadline and term is not None and not self._holds_term() \
                    and self._paused_term is not term:
                # Every deadline passed while this replica's term ran out: the process was
                # paused (SIGSTOP, a frozen VM), not stalled. Its term's end stands it by;
                # only if that does not happen within the margin is the poller stuck.
                self._paused_term = term
                self._deadline = now + self._settings.stall_margin
                continue
            if now >= self._deadline:
                raise PollerStalled(
                    f"no getUpdates completed for {self._settings.poll_timeout} + "
                    f"{self._settings.stall_margin} s")
            await anyio.sleep(min(self._deadline - now, self._settings.stall_margin))

    # -- stop --

    async def _confirm_last_batch(self) -> None:
        """Confirm the last journaled batch to Telegram (best effort): without this the
        next start would fetch it again (harmless: the seen-set drops it)."""
        if self._offset is None or self._api is None:
            return
        with anyio.move_on_after(FINAL_CONFIRM_TIMEOUT, shield=True):
            try:
                await self._api.call(
                    "getUpdates", {"offset": self._offset, "timeout": 0, "limit": 1},
                    timeout=FINAL_CONFIRM_TIMEOUT)
            except TelegramError as error:
                self.ctx.log.warning("final confirming getUpdates failed: %s", error)
