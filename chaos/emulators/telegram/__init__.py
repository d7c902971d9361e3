"""A Telegram Bot API emulator (aiohttp, loopback only) for tests, drills and demos.

Serves ``/bot<token>/<method>`` with the Bot API server's semantics for the methods the bot
uses — long-polled ``getUpdates`` with offsets, takeover 409s and 24 h retention;
``sendMessage``/``editMessageText`` with the HTML subset, length limits and flood control;
commands, webhooks, callback queries — and a control API (``/_emu/…`` over HTTP, the same
methods in Python) to play the users, inject faults and read transcripts and the call log.

Layout: ``_server`` (the emulator and its control methods) over ``_methods`` (one coroutine
per Bot API method) over the state (``_state``, ``_updates``, ``_flood``, ``_faults``,
``_calls``) and helpers (``_html``, ``_params``, ``_tokens``, ``_errors``). ``_control``
maps ``/_emu`` onto the Python control methods; ``python -m chaos.emulators.telegram`` runs
it as a process. Asyncio only (aiohttp). Spec: ``../shared/notes/telegram.md`` §5.

    async with TelegramEmulator(make_test_token(42)) as emu:
        client = httpx.AsyncClient(base_url=emu.api_url(token))
        emu.user_says(1001, "/start")
        await emu.wait_calls("sendMessage", 1, timeout=2)
        emu.transcript(1001)
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
