"""Telegram: the Bot API client (``_api``), the poller, the sender and the update journal.

Layer ``actors``: imports ``runtime``, ``supervisors`` (engine), ``config`` and
``actors.protocol``; never ``chaos`` or ``app``.
"""

from ._api import (
    BotApi,
    TelegramApiError,
    TelegramError,
    TelegramTransportError,
    install_log_redaction,
    redact,
)
from ._lease import (
    ClaimOutcome,
    Inbox,
    Lease,
    LeaseKeeper,
    LeaseRole,
    LeaseStats,
    ReplyClaims,
    Term,
)
from ._legacy_import import JournalCorrupt, import_update_journal
from ._poller import (
    ALLOWED_UPDATES,
    PollerStalled,
    PollerStats,
    TelegramPoller,
    UnknownUpdate,
    parse_update,
)
from ._sender import Delivery, DeliveryOutcome, Outbox, SenderStats, SentJournal, TelegramSender
from ._spool_journal import JournalError, SpoolJournal, UpdateLog
from ._text import escape, split_html, strip_html
from ._webhook import SECRET_HEADER, TelegramWebhook

__all__ = [
    "ALLOWED_UPDATES",
    "SECRET_HEADER",
    "BotApi",
    "ClaimOutcome",
    "Delivery",
    "DeliveryOutcome",
    "Inbox",
    "JournalCorrupt",
    "JournalError",
    "Lease",
    "LeaseKeeper",
    "LeaseRole",
    "LeaseStats",
    "Outbox",
    "PollerStalled",
    "PollerStats",
    "ReplyClaims",
    "SenderStats",
    "SentJournal",
    "SpoolJournal",
    "TelegramApiError",
    "TelegramError",
    "TelegramPoller",
    "TelegramSender",
    "TelegramTransportError",
    "TelegramWebhook",
    "Term",
    "UnknownUpdate",
    "UpdateLog",
    "escape",
    "import_update_journal",
    "install_log_redaction",
    "parse_update",
    "redact",
    "split_html",
    "strip_html",
]
