"""Logging for the commands: text lines by default, one JSON object per line with
``[logging] format = "json"``; every secret is redacted from every record (config.redaction).

A JSON line has ``time`` (ISO 8601, UTC, when the record was made), ``level``, ``logger``,
``message``, then when the record has them ``actor`` (the actor's path: an actor's
``ctx.log`` adds it), ``chat`` and ``update`` (pseudonyms of the ``chat_id`` and
``update_id`` a call passes in ``extra``; the same ids written in the message or the
traceback are replaced by them too), ``exc_info`` and ``stack_info`` (text).

Pseudonyms are BLAKE2b keyed with a random salt made once per process (``pseudonym``). A
chat id is a small integer: an unkeyed hash of it is reversed by trying every id, so the
hash must be keyed, and a key that outlived the process would be one more secret to keep
as long as the logs. With a salt that dies with the process, one chat's lines still
correlate within a run (what following an incident through the actors needs), and
nothing in the shipped logs leads back to a chat afterwards.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import secrets
import sys
from typing import Any, Final

import msgspec

from actors.telegram import install_log_redaction
from config.redaction import register_settings
from config.settings import Settings

_SALT: Final = secrets.token_bytes(16)
_ENCODER: Final = msgspec.json.Encoder()
_IDS: Final = (("chat_id", "chat"), ("update_id", "update"))
"""Record attributes (given in ``extra``) shown as pseudonyms, and their JSON keys."""


def pseudonym(value: object) -> str:
    """``value`` (a chat or update id) as 16 hex digits, stable within this process."""
    return hashlib.blake2b(str(value).encode(), key=_SALT, digest_size=8).hexdigest()


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line (see the module docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        path = getattr(record, "actor_path", None)
        if path is not None:  # the actor's logger writes its path before the message too
            message = message.removeprefix(f"[{path}] ")
        line: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC)
                    .isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": message,
        }
        if path is not None:
            line["actor"] = str(path)
        hide: dict[str, str] = {}  # an id as written → its pseudonym
        for attribute, key in _IDS:
            value = getattr(record, attribute, None)
            if value is not None:
                line[key] = pseudonym(value)
                hide.setdefault(str(value), line[key])
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exc_info"] = record.exc_text
        if record.stack_info:
            line["stack_info"] = self.formatStack(record.stack_info)
        if hide:
            # One pass for all ids: a pseudonym's hex digits never meet the next id's pattern
            # (the update id 42 inside the chat's "6b42a0…" written in before it).
            ids = "|".join(map(re.escape, sorted(hide, key=len, reverse=True)))
            pattern = re.compile(rf"(?<![0-9])(?:{ids})(?![0-9])")
            for key in ("message", "exc_info", "stack_info"):
                if key in line:
                    line[key] = pattern.sub(lambda found: hide[found.group()], line[key])
        return _ENCODER.encode(line).decode()


def setup_logging(settings: Settings, *, quiet: bool) -> None:
    level = logging.WARNING if quiet else getattr(logging, settings.logging.level)
    handler = logging.StreamHandler(sys.stderr)
    if settings.logging.format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s %(actor_path)s %(message)s",
            defaults={"actor_path": "-"}))
    logging.basicConfig(level=level, handlers=[handler])
    register_settings(settings)
    install_log_redaction()
