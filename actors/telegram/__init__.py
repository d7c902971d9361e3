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
from .journal import JournalCorrupt, JournalError, UpdateJournal
from .poller import (
    ALLOWED_UPDATES,
    PollerStalled,
    PollerStats,
    TelegramPoller,
    UnknownUpdate,
    parse_update,
)

__all__ = [
    "ALLOWED_UPDATES",
    "BotApi",
    "JournalCorrupt",
    "JournalError",
    "PollerStalled",
    "PollerStats",
    "TelegramApiError",
    "TelegramError",
    "TelegramPoller",
    "TelegramTransportError",
    "UnknownUpdate",
    "UpdateJournal",
    "install_log_redaction",
    "parse_update",
    "redact",
]
