"""Redaction: the secrets this process holds, and the one function that takes them out of
any text before it is shown or stored.

Secrets are registered once, at start (``BotApi`` its token, the application every
secret of its settings), into a private registry nothing else reads; ``redact`` replaces
each in every form text can carry it, and ``install_log_redaction`` applies it to every
log record and uncaught exception, as the components apply it to the strings they keep or
show. Where it is applied, and the test that proves it: docs/ARCHITECTURE.md, section
"Failure model".
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, Final
from urllib.parse import quote, quote_plus, unquote, urlsplit

from .settings import Secret, Settings

__all__ = [
    "MIN_SECRET",
    "PLACEHOLDER",
    "TOKEN_PLACEHOLDER",
    "Redactor",
    "install_log_redaction",
    "redact",
    "register_secret",
    "register_settings",
]

MIN_SECRET: Final = 8
"""Shorter secrets are not registered (``redact`` would rewrite ordinary words)."""
PLACEHOLDER: Final = "<redacted>"
TOKEN_PLACEHOLDER: Final = "bot<redacted>"

_TOKEN_SHAPE: Final = r"(?<![0-9])(?:bot)?\d{3,}(?::|%3[aA]|\\u003[aA])[A-Za-z0-9_-]{30,}"
"""Anything shaped like a bot token (``123456:ABC…``, a secret half of 35 characters),
with or without the ``bot`` prefix of URLs, URL-encoded or JSON-escaped: redacted even
when nobody registered it. Shorter halves are our own keys (``checkin:123:2027-01-15``),
not tokens."""
_ID_GAP: Final = 8
"""A bot token's id and secret half are caught together with up to this many characters
between them (``:``, ``%3A``, ``_``, `` : ``, ``\\u003a``)."""


def _forms(secret: str) -> set[str]:
    """``secret`` as text may carry it: itself, URL-encoded, JSON- and repr-escaped."""
    encoded = quote(secret, safe="")
    json_escaped = json.dumps(secret)[1:-1]
    forms = {
        secret,
        encoded,
        re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), encoded),
        quote_plus(secret, safe=""),
        json_escaped,
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(json_escaped)[1:-1],
        repr(secret)[1:-1],
    }
    return {form for form in forms if len(form) >= MIN_SECRET}


class Redactor:
    """A registry of secrets and the text rewriting that hides them (thread-safe).

    The process has one, behind ``register_secret`` and ``redact``; tests make their own."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._bot_ids: dict[str, set[str]] = {}  # secret half -> bot ids seen with it
        self._lock = threading.Lock()
        self._pattern = self._compile()

    def add(self, secret: str | Secret | None) -> None:
        """Register ``secret`` (a ``Secret``'s value; ``None`` or short ones are ignored).
        A bot token registers its secret half, keyed with its bot id."""
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if not value:
            return
        bot_id, colon, half = value.strip().partition(":")
        with self._lock:
            if colon and bot_id.isdigit() and len(half) >= MIN_SECRET:
                self._secrets.add(half)
                self._bot_ids.setdefault(half, set()).add(bot_id)
            elif len(value) >= MIN_SECRET:
                self._secrets.add(value)
            else:
                return
            self._pattern = self._compile()

    def __len__(self) -> int:
        return len(self._secrets)

    def _compile(self) -> re.Pattern[str]:
        tokens: list[str] = []
        bare: set[str] = set()
        for secret in self._secrets:
            forms = _forms(secret)
            bare |= forms
            halves = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            for bot_id in self._bot_ids.get(secret, ()):
                tokens.append(rf"(?<![0-9])(?:bot)?{bot_id}.{{0,{_ID_GAP}}}?(?:{halves})")
        tokens.append(_TOKEN_SHAPE)
        plain = [re.escape(f) for f in sorted(bare, key=len, reverse=True)]
        pattern = f"(?P<token>{'|'.join(tokens)})"
        if plain:
            pattern += "|" + "|".join(plain)
        return re.compile(pattern)

    def redact(self, text: str) -> str:
        """``text`` with every registered secret (in every form) and every token-shaped
        string replaced."""
        return self._pattern.sub(_placeholder, text)


def _placeholder(match: re.Match[str]) -> str:
    return TOKEN_PLACEHOLDER if match.group("token") is not None else PLACEHOLDER


_REDACTOR: Final = Redactor()


def register_secret(secret: str | Secret | None) -> None:
    """Register one secret with the process's redactor (idempotent). Secrets shorter
    than ``MIN_SECRET`` characters are not registered: they would match ordinary words."""
    _REDACTOR.add(secret)


def register_settings(settings: Settings) -> None:
    """Register every secret of ``settings``: the bot token, the Anthropic API key, the
    health token, and the passwords in the PostgreSQL and Redis URLs."""
    for secret in (settings.telegram.token, settings.anthropic.api_key, settings.health.token):
        register_secret(secret)
    for url in (settings.database.url, settings.redis.url):
        for password in _passwords(url.reveal() if url is not None else None):
            register_secret(password)


def _passwords(url: str | None) -> Iterable[str]:
    """The password of ``url`` as written and decoded (none when it has none)."""
    if not url:
        return ()
    try:
        password = urlsplit(url).password
    except ValueError:
        return ()
    return () if not password else {password, unquote(password)}


def redact(text: str) -> str:
    """``text`` with every secret of this process replaced.

    For every registered secret: the secret itself and its URL-encoded (upper and lower
    case hex, ``+`` for spaces), JSON-escaped and ``repr``-escaped forms become
    ``<redacted>``. A bot token (``<bot id>:<secret half>``) is keyed on its secret half:
    the half alone, the whole token with any short separator (``123456%3A…``,
    ``bot123456_…``, ``123456 : …``, ``123456\\u003a…``) and the token inside a Bot API URL
    are all caught (the whole token becomes ``bot<redacted>``). Anything shaped like a bot
    token, registered or not, is replaced too."""
    return _REDACTOR.redact(text)


# -- logging and uncaught exceptions -----------------------------------------------------------

_TRACEBACKS: Final = logging.Formatter()


def _clean(record: logging.LogRecord) -> None:
    """Redact ``record`` in place: its message, its traceback text and its stack."""
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: the handler reports it as usual
        return
    clean = redact(message)
    if clean != message:
        record.msg, record.args = clean, None
    if record.exc_info and record.exc_info[1] is not None:
        text = record.exc_text or _TRACEBACKS.formatException(record.exc_info)
        clean = redact(text)
        if clean != text:
            # Formatters print exc_text when it is set; a formatter that would format
            # exc_info itself finds none.
            record.exc_info, record.exc_text = None, clean
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


class _RecordFactory:
    """The log record factory, wrapped: every record is redacted as it is made."""

    def __init__(self, inner: Callable[..., logging.LogRecord]) -> None:
        self.inner = inner

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record = self.inner(*args, **kwargs)
        _clean(record)
        return record


class _RedactingFilter(logging.Filter):
    """For records made without the factory (``logging.makeLogRecord``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        _clean(record)
        return True


_FILTER: Final = _RedactingFilter()


class _ExceptHook:
    """``sys.excepthook``, wrapped: an uncaught exception's traceback is redacted."""

    def __init__(self, inner: Callable[[type[BaseException], BaseException,
                                        TracebackType | None], Any]) -> None:
        self.inner = inner

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        text = _TRACEBACKS.formatException((kind, error, tb))
        sys.stderr.write(redact(text) + "\n")


def install_log_redaction() -> None:
    """Redact every log record and uncaught exception of the process, and keep httpx and
    httpcore from logging requests (their URLs carry the token). Idempotent. Records are
    redacted as they are created (the record factory is wrapped, and a filter added to
    the root logger's handlers for records made elsewhere): message, traceback text and
    stack, so every handler sees clean records, pytest's ``caplog`` and a JSON formatter
    included; ``sys.excepthook`` is wrapped for uncaught exceptions."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    factory = logging.getLogRecordFactory()
    if not isinstance(factory, _RecordFactory):
        logging.setLogRecordFactory(_RecordFactory(factory))
    for handler in logging.getLogger().handlers:
        if _FILTER not in handler.filters:
            handler.addFilter(_FILTER)
    if not isinstance(sys.excepthook, _ExceptHook):
        sys.excepthook = _ExceptHook(sys.excepthook)
