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

__all__ = [
    "BotApi",
    "TelegramApiError",
    "TelegramError",
    "TelegramTransportError",
    "install_log_redaction",
    "redact",
]
