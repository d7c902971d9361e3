"""The last guard before a record enters the spool: nothing stored may crash a later read.

The edge (``actors.telegram``'s poller) already cleans what Telegram sends; this guard
keeps the promise for every producer. ``storable(record)`` returns the record with each
lone surrogate (which a Python ``str`` holds but UTF-8, msgpack and asyncpg refuse) made
U+FFFD, and raises ``UnstorableRecord`` for an integer outside PostgreSQL's ``bigint``
(the error names the record type and the field, never the value). ``encode_record``
calls it. NUL is left alone here: it encodes, and a record PostgreSQL refuses for it is
set aside by the flusher as a dead letter (``clean_text`` replaces it where a value
comes in: the edge, the dead letters' excerpts).
"""

from __future__ import annotations

import logging
from typing import Any, Final, TypeVar

import msgspec

__all__ = ["BIGINT_MAX", "BIGINT_MIN", "UnstorableRecord", "clean_text", "storable"]

BIGINT_MIN: Final = -(2**63)
BIGINT_MAX: Final = 2**63 - 1

log: Final = logging.getLogger(__name__)

S = TypeVar("S", bound=msgspec.Struct)


class UnstorableRecord(ValueError):
    """A record holds a value no table can take (an integer beyond ``bigint``)."""


def clean_text(text: str, *, nul: bool = True) -> tuple[str, str | None]:
    """``text`` fit for every store, and what was repaired (``lone_surrogate`` or
    ``nul``; None when nothing was): lone surrogates and (unless ``nul`` is false) NUL
    become U+FFFD, a surrogate pair held as two Python characters is joined."""
    if text.isascii():
        if not nul or "\x00" not in text:
            return text, None
        return text.replace("\x00", "\ufffd"), "nul"
    repaired = None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        repaired = "lone_surrogate"
    if nul and "\x00" in text:
        text = text.replace("\x00", "\ufffd")
        repaired = repaired or "nul"
    return text, repaired


def storable(record: S) -> S:
    """``record`` with its strings cleaned (see the module docstring); the same object
    when nothing needed it. Raises ``UnstorableRecord`` for an integer outside
    ``bigint``."""
    changes: dict[str, Any] = {}
    for name in record.__struct_fields__:
        value = getattr(record, name)
        if type(value) is str:
            clean, repaired = clean_text(value, nul=False)
            if repaired is not None:
                changes[name] = clean
                log.warning("%s.%s held a %s: stored as U+FFFD", type(record).__name__, name,
                            repaired.replace("_", " "))
        elif type(value) is int and not BIGINT_MIN <= value <= BIGINT_MAX:
            raise UnstorableRecord(
                f"{type(record).__name__}.{name} is outside PostgreSQL's bigint")
    return msgspec.structs.replace(record, **changes) if changes else record
