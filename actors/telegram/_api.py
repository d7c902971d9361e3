"""The Bot API client: one place where httpx meets Telegram, and where the token is kept.

Every Bot API URL carries the token (``/bot<token>/method``), so this module is the only
one that builds URLs, and it never lets an httpx object or message escape: transport
failures become ``TelegramTransportError(method, kind)`` raised ``from None``; API errors
become ``TelegramApiError`` carrying the status, description and parameters, never the
URL. A client registers its token with ``config.redaction`` when it is made, and every
``TelegramApiError`` description is redacted there; ``install_log_redaction`` and
``redact`` are ``config.redaction``'s, re-exported. Why: docs/notes/telegram.md §9.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

import msgspec

from config.redaction import install_log_redaction, redact, register_secret

if TYPE_CHECKING:
    import httpx

__all__ = [
    "BotApi",
    "TelegramApiError",
    "TelegramError",
    "TelegramTransportError",
    "install_log_redaction",
    "redact",
]


class TelegramError(Exception):
    """A Bot API call failed. ``method`` is the Bot API method; the token is never in it::

        TelegramError                 any failure of a Bot API call
        ├── TelegramApiError          Telegram answered ok=false (status, description,
        │                             retry_after)
        └── TelegramTransportError    no usable answer: timeout, connection, bad JSON
    """

    def __init__(self, method: str, message: str) -> None:
        super().__init__(f"{method}: {message}")
        self.method = method


_TOPIC_GONE: Final = ("message thread not found", "TOPIC_CLOSED", "TOPIC_DELETED")
"""What the Bot API says of a ``message_thread_id`` no message can go to now."""


class TelegramApiError(TelegramError):
    """Telegram answered ``ok: false``. Raised by ``BotApi.call``.

    ``status`` is the HTTP status (== ``error_code`` in practice), ``description`` the
    server's text (match it by prefix), ``retry_after`` the seconds a 429 asks to wait,
    ``migrate_to_chat_id`` the new id of an upgraded group."""

    def __init__(
        self, method: str, status: int, description: str, *,
        retry_after: float | None = None, migrate_to_chat_id: int | None = None,
    ) -> None:
        super().__init__(method, f"{status} {redact(description)}")
        self.status = status
        self.description = redact(description)
        self.retry_after = retry_after
        self.migrate_to_chat_id = migrate_to_chat_id

    @property
    def flood(self) -> bool:
        """429: wait ``retry_after`` seconds, then retry."""
        return self.status == 429

    @property
    def conflict(self) -> bool:
        """409: another getUpdates consumer or a webhook is active."""
        return self.status == 409

    @property
    def bad_token(self) -> bool:
        """401/404 on the bot's own URL: the token is wrong; retrying cannot help."""
        return self.status in (401, 404)

    @property
    def forbidden(self) -> bool:
        """403: the user blocked the bot, is deactivated, or never started it."""
        return self.status == 403

    @property
    def server_error(self) -> bool:
        return self.status >= 500

    @property
    def chat_not_found(self) -> bool:
        return self.status == 400 and "chat not found" in self.description

    @property
    def bad_markup(self) -> bool:
        """400 "can't parse entities": the HTML was refused."""
        return self.status == 400 and "can't parse entities" in self.description

    @property
    def topic_gone(self) -> bool:
        """400 for a ``message_thread_id`` no message can go to now: the topic was deleted
        ("message thread not found") or closed ("TOPIC_CLOSED", "TOPIC_DELETED")."""
        return self.status == 400 and any(gone in self.description for gone in _TOPIC_GONE)

    @property
    def not_modified(self) -> bool:
        """400 "message is not modified": an edit that changes nothing (a success)."""
        return self.status == 400 and "message is not modified" in self.description


class TelegramTransportError(TelegramError):
    """No usable answer: ``kind`` is ``timeout``, ``connect``, ``network`` or ``decode``.
    A ``timeout`` after the request was written may still have been delivered."""

    def __init__(self, method: str, kind: str) -> None:
        super().__init__(method, f"transport error ({kind})")
        self.kind = kind


class _Envelope(msgspec.Struct):
    ok: bool
    # Kept as raw JSON until asked for: a sent message comes back whole (its text and
    # entities) and the sender never reads it; decoding it was 10 µs of every reply.
    result: msgspec.Raw = msgspec.Raw(b"null")
    error_code: int | None = None
    description: str = ""
    parameters: dict[str, Any] | None = None


_DECODER: Final = msgspec.json.Decoder(_Envelope)
_JSON: Final = {"content-type": "application/json"}


class BotApi:
    """Calls Bot API methods with JSON bodies over one HTTP client.

    Two transports, one behaviour: ``httpx`` (any anyio backend; the poller's long poll)
    and ``aiohttp`` (asyncio only; the sender, where it costs about half the CPU per
    request: httpx rescans its pool on every request). Give the poller its own ``BotApi``
    (one connection, long timeout) so sends can never starve the long poll. ``call``
    returns the ``result`` or raises ``TelegramError``."""

    def __init__(
        self, token: str, base_url: str, *, timeout: float = 10.0, connections: int = 10,
        transport: str = "httpx",
        observe: Callable[[str, str, float], None] | None = None,
    ) -> None:
        register_secret(token)
        self._observe = observe
        self._prefix = f"{base_url.rstrip('/')}/bot{token}/"
        self._timeout = timeout
        self._connections = connections
        self.transport = transport
        self._client: httpx.AsyncClient | None = None
        self._session: Any = None
        if transport == "httpx":
            # Imported here: on asyncio both clients use aiohttp, and a bot that never
            # loads httpx starts faster and holds about 7 MB less.
            import httpx

            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(timeout),
                limits=httpx.Limits(max_connections=connections,
                                    max_keepalive_connections=connections),
                follow_redirects=False,
            )
        elif transport != "aiohttp":
            raise ValueError(f"transport must be httpx or aiohttp, not {transport!r}")

    def __repr__(self) -> str:
        return f"BotApi({redact(self._prefix)}, {self.transport})"

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
        if self._session is not None:
            await self._session.close()

    async def call(
        self, method: str, params: dict[str, Any] | None = None, *, timeout: float | None = None,
        decode: Callable[[bytes], Any] | None = None, result: bool = True,
    ) -> Any:
        """Call ``method`` with ``params`` (``None`` values left out); ``timeout`` overrides
        the client's for this call (getUpdates: poll timeout + margin). ``decode`` reads an
        HTTP 200 body instead of the envelope decoder (getUpdates: the poller decodes each
        update on its own, so one bad update cannot fail its batch); a ``ValueError`` it
        raises is a ``decode`` transport error. ``result=False``: the caller does not
        need the result, which is then not decoded (None is returned)."""
        body = msgspec.json.encode({k: v for k, v in (params or {}).items() if v is not None})
        started = time.monotonic()
        try:
            if self._client is not None:
                status, content = await self._post_httpx(method, body, timeout)
            else:
                status, content = await self._post_aiohttp(method, body, timeout)
        except TelegramTransportError as error:
            self._observed(method, error.kind, started)
            raise
        self._observed(method, str(status), started)
        if decode is not None and status == 200:
            try:
                return decode(content)
            except ValueError:
                raise TelegramTransportError(method, "decode") from None
        return self._result(method, status, content, result)

    def _observed(self, method: str, status: str, started: float) -> None:
        """Report one call (method, HTTP status or failure kind, seconds) to ``observe``."""
        if self._observe is not None:
            self._observe(method, status, time.monotonic() - started)

    async def _post_httpx(
        self, method: str, body: bytes, timeout: float | None,
    ) -> tuple[int, bytes]:
        import httpx

        assert self._client is not None
        kwargs: dict[str, Any] = {"content": body, "headers": _JSON}
        if timeout is not None:
            kwargs["timeout"] = httpx.Timeout(timeout)
        try:
            response = await self._client.post(self._prefix + method, **kwargs)
        except httpx.TimeoutException:
            raise TelegramTransportError(method, "timeout") from None
        except httpx.ConnectError:
            raise TelegramTransportError(method, "connect") from None
        except httpx.HTTPError:
            raise TelegramTransportError(method, "network") from None
        return response.status_code, response.content

    async def _post_aiohttp(
        self, method: str, body: bytes, timeout: float | None,
    ) -> tuple[int, bytes]:
        import aiohttp

        if self._session is None:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                timeout=aiohttp.ClientTimeout(total=self._timeout),
                auto_decompress=True,
            )
        kwargs: dict[str, Any] = {"data": body, "headers": _JSON, "allow_redirects": False}
        if timeout is not None:
            kwargs["timeout"] = aiohttp.ClientTimeout(total=timeout)
        try:
            async with self._session.post(self._prefix + method, **kwargs) as response:
                return response.status, await response.read()
        except TimeoutError:
            raise TelegramTransportError(method, "timeout") from None
        except aiohttp.ClientConnectorError:
            raise TelegramTransportError(method, "connect") from None
        except (aiohttp.ClientError, OSError):
            raise TelegramTransportError(method, "network") from None

    @staticmethod
    def _result(method: str, status: int, content: bytes, wanted: bool = True) -> Any:
        try:
            envelope = _DECODER.decode(content)
        except msgspec.DecodeError:
            if status >= 500:
                raise TelegramApiError(method, status, "server error") from None
            raise TelegramTransportError(method, "decode") from None
        if envelope.ok:
            if not wanted:
                return None
            try:
                return msgspec.json.decode(envelope.result)
            except msgspec.DecodeError:
                raise TelegramTransportError(method, "decode") from None
        params = envelope.parameters or {}
        retry_after = params.get("retry_after")
        raise TelegramApiError(
            method, envelope.error_code or status, envelope.description,
            retry_after=float(retry_after) if retry_after is not None else None,
            migrate_to_chat_id=params.get("migrate_to_chat_id"),
        )
