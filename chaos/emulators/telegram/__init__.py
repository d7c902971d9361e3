"""A Telegram Bot API emulator (aiohttp, loopback only) for tests, drills and demos.

Serves ``/bot<token>/<method>`` with the Bot API server's semantics for the methods the bot
uses, and a control API (``/_emu/…`` over HTTP, the same methods in Python) to play the
users, inject faults and read transcripts and the call log; ``python -m
chaos.emulators.telegram`` runs it as a process. Asyncio only. See chaos/README.md,
section "The Telegram emulator", for the layout and an example, and
docs/notes/telegram.md §10 for its design.
"""

from ._errors import ApiError, ControlError
from ._faults import Fault, FaultMode
from ._flood import FloodControl, FloodLimits
from ._html import HtmlParseError, ParsedText, parse_html, utf16_len
from ._server import DEFAULT_TOKEN, TelegramEmulator
from ._state import ChatStatus
from ._tokens import make_test_token, redact

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "ChatStatus",
    "ControlError",
    "Fault",
    "FaultMode",
    "FloodControl",
    "FloodLimits",
    "HtmlParseError",
    "ParsedText",
    "TelegramEmulator",
    "make_test_token",
    "parse_html",
    "redact",
    "utf16_len",
]
