"""Bot tokens: their shape, test tokens, and redaction.

A Telegram token is ``<bot id>:<35 characters of [A-Za-z0-9_-]>``. The emulator accepts
only tokens registered with it; in a request path, a token of the general ``digits:secret``
form that is not registered gets 401 ``Unauthorized``, anything else 404 ``Not Found``.
"""

from __future__ import annotations

import re

__all__ = ["is_registrable", "make_test_token", "redact"]

_SHAPE = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{35}")
_WELL_FORMED = re.compile(r"\d{1,20}:[A-Za-z0-9_-]+")
_IN_TEXT = re.compile(r"\d{1,20}:[A-Za-z0-9_-]{20,}")


def make_test_token(bot_id: int = 123456789, label: str = "TEST") -> str:
    """A token of Telegram's shape that is obviously not real (``123456789:TEST-emulator…``)."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,20}", label):
        raise ValueError("label: 1-20 characters of [A-Za-z0-9_-]")
    return f"{bot_id}:{(label + '-emulator-token-').ljust(35, '0')[:35]}"


def is_registrable(token: str) -> bool:
    """True for Telegram's exact shape (what the emulator accepts at construction)."""
    return bool(_SHAPE.fullmatch(token))


def is_well_formed(token: str) -> bool:
    """True for ``digits:secret``: such a path token gets 401 rather than 404 when unknown."""
    return bool(_WELL_FORMED.fullmatch(token))


def bot_id_of(token: str) -> int:
    return int(token.split(":", 1)[0])


def redact(text: str) -> str:
    """Replace anything token-shaped with ``<bot id>:<redacted>``."""
    return _IN_TEXT.sub(lambda m: m.group().split(":", 1)[0] + ":<redacted>", text)
