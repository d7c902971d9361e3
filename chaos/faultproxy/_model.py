"""What the API talks about: a toxic's fields, the attributes of each type, API errors, and
the parsing of request bodies with Toxiproxy's defaults and error messages (``api.go``,
``toxic_collection.go``, ``proxy_collection.go``)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any, Final, Literal

API_PORT: Final = 8474
"""Toxiproxy's HTTP API port, the default here too."""
VERSION: Final = "2.12.0+faultproxy"
"""What ``GET /version`` answers: the Toxiproxy API release this one copies."""

Direction = Literal["upstream", "downstream"]
DIRECTIONS: Final[tuple[Direction, Direction]] = ("upstream", "downstream")

TOXIC_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "latency": ("latency", "jitter"),
    "bandwidth": ("rate",),
    "slow_close": ("delay",),
    "timeout": ("timeout",),
    "reset_peer": ("timeout",),
    "slicer": ("average_size", "size_variation", "delay"),
    "limit_data": ("bytes",),
    "noop": (),
}
"""Every toxic type Toxiproxy registers, with its integer attributes (all default to 0):
milliseconds everywhere except ``rate`` (KB/s, 1 KB = 1000 bytes), ``slicer.delay``
(microseconds) and the byte counts ``average_size``, ``size_variation`` and ``bytes``."""


class ApiError(Exception):
    """An error the API answers with ``{"error": message, "status": status}``: 400 (bad
    body, missing field, invalid stream or type), 404 (no such proxy or toxic), 409 (the
    name exists), 500 (anything else, such as a listen address in use)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def to_json(self) -> dict[str, Any]:
        return {"error": self.message, "status": self.status}


def bad_body(detail: str) -> ApiError:
    return ApiError(400, f"bad request body: {detail}")


def missing_field(detail: str) -> ApiError:
    return ApiError(400, f"missing required field: {detail}")


PROXY_NOT_FOUND: Final = (404, "proxy not found")
PROXY_EXISTS: Final = (409, "proxy already exists")
INVALID_STREAM: Final = (400, "stream was invalid, can be either upstream or downstream")
INVALID_TYPE: Final = (400, "invalid toxic type")
TOXIC_EXISTS: Final = (409, "toxic already exists")
TOXIC_NOT_FOUND: Final = (404, "toxic not found")


def error(what: tuple[int, str]) -> ApiError:
    return ApiError(*what)


@dataclass(eq=False)
class Toxic:
    """One toxic of a proxy, as the API shows it. ``stream`` is ``upstream`` (client →
    server bytes) or ``downstream`` (server → client); ``toxicity`` is the probability
    that a connection gets it (rolled once per connection when the toxic starts there);
    ``attributes`` holds every attribute of the type (see ``TOXIC_TYPES``)."""

    name: str
    type: str
    stream: str = "downstream"
    toxicity: float = 1.0
    attributes: dict[str, int] = field(default_factory=dict)

    @property
    def direction(self) -> Direction:
        return "upstream" if self.stream.lower() == "upstream" else "downstream"

    def to_json(self) -> dict[str, Any]:
        return {
            "attributes": dict(self.attributes),
            "name": self.name,
            "type": self.type,
            "stream": self.stream,
            "toxicity": self.toxicity,
        }


# -- request bodies --------------------------------------------------------------------------


def _string(body: dict[str, Any], key: str, default: str = "") -> str:
    value = body.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise bad_body(f"{key} must be a string")
    return value


def _bool(body: dict[str, Any], key: str, default: bool) -> bool:
    value = body.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise bad_body(f"{key} must be true or false")
    return value


def _number(body: dict[str, Any], key: str, default: float) -> float:
    value = body.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise bad_body(f"{key} must be a number")
    return float(value)


def _object(body: object, what: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise bad_body(f"{what} must be a JSON object")
    return body


def parse_attributes(toxic_type: str, raw: object, into: dict[str, int]) -> None:
    """Set ``into``'s attributes of ``toxic_type`` from ``raw`` (a JSON object, or null);
    keys the type does not have are ignored, as Toxiproxy's decoder does. Values must be
    integers."""
    if raw is None:
        return
    if not isinstance(raw, dict):
        raise bad_body("attributes must be a JSON object")
    for key in TOXIC_TYPES[toxic_type]:
        if key not in raw or raw[key] is None:
            continue
        value = raw[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad_body(f"attribute {key} of a {toxic_type} toxic must be an integer")
        into[key] = value


def parse_new_toxic(body: object, exists: Any) -> Toxic:
    """A new toxic from a ``POST /proxies/{proxy}/toxics`` body, checked in Toxiproxy's
    order: body, stream, default name, type, duplicate name (``exists(name)``), attributes."""
    raw = _object(body, "a toxic")
    stream = _string(raw, "stream", "downstream")
    if stream.lower() not in DIRECTIONS:
        raise error(INVALID_STREAM)
    toxic_type = _string(raw, "type")
    name = _string(raw, "name") or f"{toxic_type}_{stream}"
    toxicity = _number(raw, "toxicity", 1.0)
    if toxic_type not in TOXIC_TYPES:
        raise error(INVALID_TYPE)
    if exists(name):
        raise error(TOXIC_EXISTS)
    attributes = dict.fromkeys(TOXIC_TYPES[toxic_type], 0)
    parse_attributes(toxic_type, raw.get("attributes"), attributes)
    return Toxic(name, toxic_type, stream, toxicity, attributes)


def parse_toxic_update(toxic: Toxic, body: object) -> tuple[float, dict[str, int]]:
    """The toxicity and attributes a ``POST /proxies/{proxy}/toxics/{toxic}`` body asks
    for: what it names changes, the rest stays (name, type and stream never change)."""
    raw = _object(body, "a toxic")
    toxicity = _number(raw, "toxicity", toxic.toxicity)
    attributes = dict(toxic.attributes)
    parse_attributes(toxic.type, raw.get("attributes"), attributes)
    return toxicity, attributes


@dataclass(frozen=True)
class ProxyFields:
    """A proxy as a request describes it."""

    name: str
    listen: str
    upstream: str
    enabled: bool


DEFAULT_LISTEN: Final = "127.0.0.1:0"
"""Where a proxy listens when a request gives no ``listen``. Toxiproxy listens on every
interface then; here it stays on loopback unless asked."""


def parse_new_proxy(body: object, where: str = "") -> ProxyFields:
    """A proxy from a ``POST /proxies`` body (or one ``/populate`` item, ``where`` saying
    which: "at proxy 2")."""
    raw = _object(body, "a proxy")
    name = _string(raw, "name")
    upstream = _string(raw, "upstream")
    listen = _string(raw, "listen") or DEFAULT_LISTEN
    enabled = _bool(raw, "enabled", True)
    if not name:
        raise missing_field(f"name{where}")
    if not upstream:
        raise missing_field(f"upstream{where}")
    return ProxyFields(name, listen, upstream, enabled)


def parse_proxy_update(current: ProxyFields, body: object) -> ProxyFields:
    """The fields a ``POST /proxies/{proxy}`` body asks for; absent ones stay as they are."""
    raw = _object(body, "a proxy")
    return ProxyFields(
        current.name,
        _string(raw, "listen", current.listen) or current.listen,
        _string(raw, "upstream", current.upstream) or current.upstream,
        _bool(raw, "enabled", current.enabled),
    )


def split_host_port(address: str) -> tuple[str, int]:
    """``"127.0.0.1:5432"``, ``"[::1]:0"``, ``"localhost:6379"``, ``":0"`` → host, port.
    Raises :class:`ApiError` (400) when it is not ``host:port``."""
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise ApiError(400, f"address {address!r}: expected host:port")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host, int(port)


def join_host_port(host: str, port: int) -> str:
    """The inverse of :func:`split_host_port`: IPv6 hosts get brackets."""
    try:
        if ipaddress.ip_address(host).version == 6:
            return f"[{host}]:{port}"
    except ValueError:
        pass
    return f"{host}:{port}"
