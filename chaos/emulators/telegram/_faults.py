"""Injected faults: what a method call should suffer instead of (or before) its real answer.

A fault matches a method (canonical name, case-insensitive, or ``"*"`` for every method) and
optionally a subset of the call's parameters (``match={"chat_id": 42}``, compared as text).
It fires with ``probability`` (drawn from the emulator's seedable RNG) and at most ``times``
times (``None``: until cleared). The first matching fault in insertion order wins; a
probability miss does not use up a ``times``.
"""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass, field
from typing import Any

from ._errors import ApiError, too_many_requests

__all__ = ["HTML_502_BODY", "Fault", "FaultMode", "FaultTable"]

HTML_502_BODY = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)

_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class FaultMode(enum.Enum):
    """How a fault shows itself to the client."""

    RESPOND = "respond"  # a Telegram error envelope with ``code`` (after ``latency``)
    HANG = "hang"  # read the request, never answer: the client's read timeout must fire
    DROP = "drop"  # send the headers and part of the body, then close the connection
    HTML502 = "html502"  # 502 with an nginx HTML body: a proxy in front of Telegram failed
    DELAY = "delay"  # only ``latency``, then the real answer


@dataclass
class Fault:
    """One fault rule; ``times=1`` by default so a forgotten fault cannot poison later tests."""

    method: str = "*"
    mode: FaultMode = FaultMode.RESPOND
    code: int = 500
    description: str | None = None
    retry_after: int | None = None
    times: int | None = 1
    probability: float = 1.0
    latency: float = 0.0
    match: dict[str, Any] = field(default_factory=dict)
    fired: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        """Build from a ``/_emu/faults`` body; unknown keys are a ValueError."""
        known = {"method", "mode", "code", "description", "retry_after", "times"}
        known |= {"probability", "latency", "match"}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        kwargs = dict(data)
        kwargs["mode"] = FaultMode(kwargs.get("mode", "respond"))
        return cls(**kwargs)

    def as_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "mode": self.mode.value,
            "code": self.code,
            "description": self.description,
            "retry_after": self.retry_after,
            "times": self.times,
            "probability": self.probability,
            "latency": self.latency,
            "match": dict(self.match),
            "fired": self.fired,
        }

    def error(self) -> ApiError:
        """The ApiError a ``respond`` fault answers with."""
        if self.code == 429:
            error = too_many_requests(self.retry_after or 1)
            if self.description:
                error.description = self.description
            return error
        description = self.description or _DESCRIPTIONS.get(self.code, "Internal Server Error")
        params = {"retry_after": self.retry_after} if self.retry_after is not None else None
        return ApiError(self.code, description, params)

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.method != "*" and self.method.lower() != method.lower():
            return False
        return all(str(params.get(key)) == str(value) for key, value in self.match.items())


class FaultTable:
    """The active faults of one emulator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        self._faults.append(fault)
        return fault

    def clear(self) -> None:
        self._faults.clear()

    def list(self) -> list[Fault]:
        return list(self._faults)

    def take(self, method: str, params: dict[str, Any]) -> Fault | None:
        """The fault this call suffers, if any; uses up one of its ``times``."""
        for fault in self._faults:
            if not fault.matches(method, params):
                continue
            if fault.probability < 1.0 and self._rng.random() >= fault.probability:
                continue
            fault.fired += 1
            if fault.times is not None and fault.fired >= fault.times:
                self._faults.remove(fault)
            return fault
        return None
