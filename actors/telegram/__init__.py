"""Telegram: the Bot API client (``_api``), the poller, the sender and the update journal.

Layer ``actors``: imports ``runtime``, ``supervisors`` (engine), ``config`` and
``actors.protocol``; never ``chaos`` or ``supervisors.app_tree``.
"""

from ._api import (
    BotApi,
    TelegramApiError,
    TelegramError,
    TelegramTransportError,
    install_log_redaction,
    redact,
)
from ._text import escape, split_html, strip_html
from .journal import JournalCorrupt, JournalError, UpdateJournal
from .poller import (
    ALLOWED_UPDATES,
    PollerStalled,
    PollerStats,
    TelegramPoller,
    UnknownUpdate,
    parse_update,
)
from .sender import Outbox, SenderStats, SentJournal, TelegramSender

__all__ = [
    "ALLOWED_UPDATES",
    "BotApi",
    "JournalCorrupt",
    "JournalError",
    "Outbox",
    "PollerStalled",
    "PollerStats",
    "SenderStats",
    "SentJournal",
    "TelegramApiError",
    "TelegramError",
    "TelegramPoller",
    "TelegramSender",
    "TelegramTransportError",
    "UnknownUpdate",
    "UpdateJournal",
    "escape",
    "install_log_redaction",
    "parse_update",
    "redact",
    "split_html",
    "strip_html",
]
