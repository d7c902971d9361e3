"""Time zones as parents type them: IANA names, cities, UTC offsets.

``parse_timezone`` turns "Europe/Moscow", "moscow", "Москва", "UTC+3", "GMT-5:30" or "+3"
into a canonical name (an IANA name, or "UTC+3" / "UTC-5:30"); ``tzinfo_for`` turns a
canonical name back into a ``tzinfo`` (the scheduler computes local check-in times with it).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from typing import Final

_OFFSET_RE: Final = re.compile(r"^(?:utc|gmt|мск|msk)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$")
_LOCAL_NAMES: Final[dict[str, str]] = {
    "москва": "Europe/Moscow", "мск": "Europe/Moscow", "msk": "Europe/Moscow",
    "санкт-петербург": "Europe/Moscow", "питер": "Europe/Moscow", "спб": "Europe/Moscow",
    "екатеринбург": "Asia/Yekaterinburg", "новосибирск": "Asia/Novosibirsk",
    "владивосток": "Asia/Vladivostok", "калининград": "Europe/Kaliningrad",
    "самара": "Europe/Samara", "омск": "Asia/Omsk", "красноярск": "Asia/Krasnoyarsk",
    "иркутск": "Asia/Irkutsk", "алматы": "Asia/Almaty", "астана": "Asia/Almaty",
    "минск": "Europe/Minsk", "киев": "Europe/Kyiv", "киів": "Europe/Kyiv",
    "тбилиси": "Asia/Tbilisi", "ереван": "Asia/Yerevan", "ташкент": "Asia/Tashkent",
    "баку": "Asia/Baku", "рига": "Europe/Riga", "таллин": "Europe/Tallinn",
    "вильнюс": "Europe/Vilnius", "берлин": "Europe/Berlin", "лондон": "Europe/London",
    "нью-йорк": "America/New_York", "белград": "Europe/Belgrade", "стамбул": "Europe/Istanbul",
    "utc": "UTC", "gmt": "UTC",
}


def _zone_names() -> dict[str, str]:
    """Lower-case lookups: full IANA names and their city parts ("new york", "new_york")."""
    names: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        if name.startswith(("Etc/", "SystemV/")) or "/" not in name:
            continue
        names[name.lower()] = name
        city = name.rsplit("/", 1)[1].lower()
        names.setdefault(city, name)
        names.setdefault(city.replace("_", " "), name)
    return names


_ZONES: Final = _zone_names()
"""Made at import: listing the zones opens every file of the zoneinfo tree (about 15 ms),
too long for the event loop the first parent to type a zone would wait on."""


def parse_timezone(text: str) -> str | None:
    """The canonical zone name for what the parent typed, or None if it is not a zone."""
    raw = " ".join(text.strip().split())
    key = raw.lower()
    if not key or len(key) > 64:
        return None
    offset = _parse_offset(key.replace(" ", ""))
    if offset is not None:
        return offset
    if key in _LOCAL_NAMES:
        return _LOCAL_NAMES[key]
    return _ZONES.get(key)


def _parse_offset(key: str) -> str | None:
    match = _OFFSET_RE.match(key)
    if not match:
        return None
    sign = "-" if match.group(1) in "-−" else "+"
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes not in (0, 15, 30, 45):
        return None
    if hours == 0 and minutes == 0:
        return "UTC"
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def tzinfo_for(name: str) -> dt.tzinfo:
    """The tzinfo of a canonical name from ``parse_timezone``; ``KeyError`` for any name
    that is no usable zone. A stored name is whatever the database holds: besides unknown
    names, a folder of the tz database ("Europe": ``IsADirectoryError``) and a bad offset
    ("UTC+99", "UTCx": ``ValueError``) fail as that one kind of error, which callers catch
    for that family alone."""
    try:
        if name == "UTC":
            return dt.UTC
        if name.startswith("UTC"):
            sign = -1 if name[3] == "-" else 1
            hours, _, minutes = name[4:].partition(":")
            return dt.timezone(
                sign * dt.timedelta(hours=int(hours), minutes=int(minutes or 0)), name)
        return _zone_info(name)
    except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        raise KeyError(name) from None


@functools.cache
def _zone_info(name: str) -> zoneinfo.ZoneInfo:
    """The zone ``name``, read from disk once per process. zoneinfo keeps only the 8 last
    used alive, so the scheduler's sweep over families in more zones would read their files
    again, on the event loop, at every tick."""
    return zoneinfo.ZoneInfo(name)
