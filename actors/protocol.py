"""Every domain message the actors exchange, in one place.

Messages are ``runtime.Message`` subclasses: frozen, keyword-only msgspec Structs tagged
with their class name, so any union of them round-trips through ``MessageCodec`` (msgpack
in the journal, JSON at the edges); plain value types nested inside messages
(``Analysis``, ``Button``) are untagged Structs. Who sends which message to whom, and the
idempotency keys: docs/ARCHITECTURE.md, section "The flow of an update".
"""

from __future__ import annotations

from typing import Annotated, Final, Literal, get_args

import msgspec

from runtime import Message

Language = Literal["ru", "en"]
"""The parent's language: every text the bot writes exists in both."""

LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)

AgeBand = Literal["0-3", "4-7", "8-12", "13-17"]
"""Age bands the guidance is written for."""

AGE_BANDS: Final[tuple[AgeBand, ...]] = get_args(AgeBand)

Emotion = Literal[
    "anger", "fear", "sadness", "shame", "jealousy", "loneliness", "tiredness", "frustration",
    "joy",
]
"""The emotions the translator names (fear covers anxiety, tiredness covers overwhelm,
joy covers excitement)."""

EMOTIONS: Final[tuple[Emotion, ...]] = get_args(Emotion)

MIN_AGE: Final = 0
MAX_AGE: Final = 17


def age_band(age: int) -> AgeBand:
    """The band of a child aged ``age`` years (0-17); ``ValueError`` outside that range."""
    if not MIN_AGE <= age <= MAX_AGE:
        raise ValueError(f"age must be {MIN_AGE}..{MAX_AGE}, not {age}")
    if age <= 3:
        return "0-3"
    if age <= 7:
        return "4-7"
    if age <= 12:
        return "8-12"
    return "13-17"


def reply_key(update_id: int, part: int = 0) -> str:
    """The idempotency key of part ``part`` of the reply to update ``update_id``. A
    replayed update produces the same keys, so the sender, which remembers the keys it
    has delivered, does not answer twice."""
    return f"u{update_id}" if part == 0 else f"u{update_id}.{part}"


# -- translation ---------------------------------------------------------------------------


Risk = Literal["none", "low", "moderate", "high"]
"""The risk to a child's safety in a translator's answer (``Analysis.risk``)."""
RiskCategory = Literal["none", "suicide", "self_harm", "abuse", "danger"]
"""What kind of risk (``Analysis.risk_category``): the crisis detector's categories."""


class Analysis(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True,
               gc=False):
    """What a translation says about the child: the answer Claude must give as strict JSON
    (validated with msgspec, unknown fields refused), and what the offline translator
    produces.

    - ``emotion``: the main emotion behind the child's words;
    - ``intensity``: 1 (mild) .. 5 (overwhelming);
    - ``need``: the need behind the emotion, one phrase, in ``language``;
    - ``what_to_say``: phrases the parent can say, at least one;
    - ``what_to_avoid``: reactions to avoid, at least one;
    - ``language``: the language the texts are written in;
    - ``risk``: the risk to the child's safety the message shows, after the Columbia
      scale's triage: ``low`` (a wish to be dead, non-specific suicidal thoughts),
      ``moderate`` (a method, self-harm, being urged to self-harm), ``high`` (intent, a
      plan, preparatory acts, abuse, acute danger); ``none`` by default;
    - ``risk_category``: what kind of risk (``suicide``, ``self_harm``, ``abuse``,
      ``danger``), ``none`` when ``risk`` is;
    - ``unclear``: the message says too little to tell a feeling (``emotion`` is then
      only a guess, and the bot asks the parent what happened).

    The last three have defaults, so answers cached before they existed still decode.

    ``gc=False``: an analysis holds only strings and numbers, so it can be in no cycle, and
    the thousands a busy bot keeps (caches, the diary) stay out of every collection.
    """

    emotion: Emotion
    intensity: Annotated[int, msgspec.Meta(ge=1, le=5)]
    need: Annotated[str, msgspec.Meta(min_length=1, max_length=500)]
    what_to_say: Annotated[
        tuple[Annotated[str, msgspec.Meta(min_length=1, max_length=500)], ...],
        msgspec.Meta(min_length=1, max_length=5),
    ]
    what_to_avoid: Annotated[
        tuple[Annotated[str, msgspec.Meta(min_length=1, max_length=500)], ...],
        msgspec.Meta(min_length=1, max_length=5),
    ]
    language: Language
    risk: Risk = "none"
    risk_category: RiskCategory = "none"
    unclear: bool = False


TranslationSource = Literal["claude", "offline"]


class TranslateRequest(Message, frozen=True, kw_only=True):
    """Ask the translator about a child's phrase; the answer is a ``Translation``."""

    phrase: str
    age_band: AgeBand
    language: Language
    asked_at: float | None = None
    """The event loop's time (``anyio.current_time``) when the parent's phrase was put to
    the translator: Claude's budget for it (``answer_within``) counts from here, the wait
    in the translator's mailbox included. None: from when the translator takes it."""


class Translation(Message, frozen=True, kw_only=True, gc=False):
    """A translation: the analysis, who made it, and whether it came from the cache.

    ``basic_mode`` is true when the offline translator answered (Claude unavailable, no
    key, breaker open, or its answer invalid twice): the reply says so to the parent.
    ``unclear`` is true when the translator could not tell a feeling from the message
    (too little said; for Claude, its ``Analysis.unclear``): ``analysis`` then holds
    general guidance, and the reply names no emotion but asks the parent what happened.
    Like ``Analysis`` it cannot be in a cycle, so the collector never tracks it."""

    analysis: Analysis
    source: TranslationSource
    cached: bool = False
    unclear: bool = False

    @property
    def basic_mode(self) -> bool:
        return self.source == "offline"


# -- Telegram, inbound ---------------------------------------------------------------------

UpdateKind = Literal["message", "edited_message", "callback_query", "my_chat_member"]
"""The update types the poller asks for (``allowed_updates``); others are skipped."""

ContentKind = Literal[
    "text", "sticker", "photo", "voice", "video", "video_note", "audio", "document",
    "animation", "location", "contact", "other", "service", "none",
]
"""What a message carries. ``text`` and a media message's caption are read; other media gets
a polite answer; ``service`` (a pinned message, a chat wallpaper set, a forum topic opened:
Telegram's notes about the chat, not words of the parent) gets none."""


class IncomingUpdate(Message, frozen=True, kw_only=True, gc=False):
    """One Telegram update, normalised by the poller and journaled before it is handled.

    - ``message`` / ``edited_message``: ``text`` (the message's text, or a photo's,
      video's or document's caption; None when it has neither), ``content``;
    - ``callback_query``: ``callback_id``, ``callback_data``, ``message_id`` of the message
      whose button was tapped;
    - ``my_chat_member``: ``member_status`` (``kicked`` when the parent blocked the bot,
      ``member`` when they unblocked it);
    - ``for_other_bot``: the text is a command addressed to another bot
      (``/start@OtherBot``; the poller knows this bot's username);
    - ``thread_id``: the topic the message (or the tapped button's message) was written
      in, in a forum supergroup or in a private chat with topics enabled for the bot
      (``message_thread_id`` where ``is_topic_message``); the replies go to the same topic.

    Only strings and numbers: no cycle can hold it, so the collector never tracks the
    thousands a backlog keeps (``gc=False``, as ``Analysis``).
    """

    update_id: int
    kind: UpdateKind
    chat_id: int
    user_id: int
    chat_type: str = "private"
    message_id: int | None = None
    date: int = 0
    text: str | None = None
    content: ContentKind = "text"
    first_name: str = ""
    language_code: str | None = None
    callback_id: str | None = None
    callback_data: str | None = None
    member_status: str | None = None
    for_other_bot: bool = False
    thread_id: int | None = None


# -- Telegram, outbound --------------------------------------------------------------------


class Button(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """An inline keyboard button; ``data`` is the callback data (1-64 bytes). Untracked by
    the collector, as ``SendReply``."""

    text: str
    data: str


class SendReply(Message, frozen=True, kw_only=True, gc=False):
    """Send (or, with ``edit_message_id``, edit) one message. ``text`` is Telegram HTML:
    every piece of user or model text in it is already escaped. The sender splits texts
    over 4096 visible characters; ``key`` is the idempotency key (``reply_key``).
    ``update_id`` is the update this answers (``None`` for scheduled messages); ``last``
    marks the final reply to it, after which the update counts as handled; ``thread_id``
    the topic of the chat it goes to (``IncomingUpdate.thread_id``; the chat itself when
    the topic is gone). Strings, numbers and buttons only: no cycle can hold it
    (``gc=False``, as ``IncomingUpdate``)."""

    chat_id: int
    key: str
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    edit_message_id: int | None = None
    update_id: int | None = None
    last: bool = True
    thread_id: int | None = None


class ShowTyping(Message, frozen=True, kw_only=True):
    """Keep "typing…" visible in ``chat_id`` until a reply is sent there or ``seconds``
    pass (the sender re-sends the chat action every few seconds). With ``after`` > 0 the
    first action waits that long, so an answer that comes at once costs no extra call.
    ``thread_id``: the topic the answer will go to, where "typing…" is shown."""

    chat_id: int
    seconds: float = 30.0
    after: float = 0.0
    thread_id: int | None = None


class AnswerCallback(Message, frozen=True, kw_only=True):
    """Answer a callback query (stops the button's spinner); ``text`` is an optional toast."""

    callback_id: str
    text: str = ""


class ChatInactive(Message, frozen=True, kw_only=True):
    """The sender learnt that ``chat_id`` cannot be written to (403 blocked/deactivated,
    400 chat not found): dialogs stops writing to it until the parent comes back."""

    chat_id: int
    reason: str


DOMAIN_MESSAGES: Final = (
    TranslateRequest, Translation, IncomingUpdate, SendReply, ShowTyping, AnswerCallback,
    ChatInactive,
)
"""Every message class above, for ``MessageCodec(*DOMAIN_MESSAGES)``."""
