"""Fault rules: what goes wrong with which ``/v1/messages`` request.

A rule is a ``FaultSpec`` (what to do, to how many requests, how likely) plus counters.
Rules are consulted in the order they were added, once per request that passed the key
check:

- a rule first lets ``after`` requests pass untouched (counted per rule, from when it was
  added), then fires on each request with ``probability`` (drawn from the emulator's
  seeded ``random.Random``) until it has fired ``times`` times (``None``: forever);
- every firing ``LATENCY`` rule adds its ``delay``; the first firing rule of any other
  kind decides the answer, and later rules are not consulted for that request.

So "529 twice, then normal" is ``FaultSpec(kind=OVERLOADED, times=2)``, "one request in
ten is slow" is ``FaultSpec(kind=LATENCY, delay=2, times=None, probability=0.1)``.
"""

from __future__ import annotations

import enum
import random
from typing import Annotated, Any

import msgspec


class FaultKind(enum.StrEnum):
    """What a fault does to a request."""

    RATE_LIMIT = "rate_limit"  # 429 rate_limit_error with retry-after (default 1 s)
    OVERLOADED = "overloaded"  # 529 overloaded_error; retry-after only when given
    SERVER_ERROR = "server_error"  # 500 api_error; should_retry sets x-should-retry
    LATENCY = "latency"  # wait `delay` seconds, then answer (or apply another fault)
    HANG = "hang"  # never answer; ends when the client disconnects or on reset/close
    MALFORMED_JSON = "malformed_json"  # 200 and a valid message whose text is not JSON
    DISCONNECT = "disconnect"  # close the connection without any response
    ECHO = "echo"  # 200 and a text block echoing the system prompt and messages
    REPLY = "reply"  # 200 and the message with `content` and/or `stop_reason` replaced
    RAW = "raw"  # answer `status` with `body` as it is (any text, any size), `headers` added
    TRICKLE = "trickle"  # the normal answer, `chunk` bytes every `delay` seconds
    CUT = "cut"  # the normal answer's headers and first half, then the connection closes


NonNegative = Annotated[float, msgspec.Meta(ge=0)]


class FaultSpec(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One fault rule as the control API and ``AnthropicEmulator.inject`` take it.

    ``retry_after`` (seconds) sets the ``retry-after`` header of RATE_LIMIT, OVERLOADED
    and SERVER_ERROR answers; ``should_retry`` sets ``x-should-retry: true|false`` on them;
    ``delay`` is LATENCY's wait, and TRICKLE's pause between chunks of ``chunk`` bytes.

    What the real API can answer and the model never does: REPLY puts ``content`` (the
    content blocks, any JSON: thinking, tool_use, none, wrong types) and ``stop_reason``
    (``max_tokens``, ``refusal``...) in an otherwise normal message, each when given; RAW
    answers ``status`` (400, 403, 502, 503...) with ``body`` as it is and ``headers``.
    """

    kind: FaultKind
    times: Annotated[int, msgspec.Meta(ge=1)] | None = 1
    probability: Annotated[float, msgspec.Meta(ge=0, le=1)] = 1.0
    after: Annotated[int, msgspec.Meta(ge=0)] = 0
    retry_after: NonNegative | None = None
    should_retry: bool | None = None
    delay: NonNegative = 0.0
    content: Any | msgspec.UnsetType = msgspec.UNSET
    stop_reason: str | msgspec.UnsetType | None = msgspec.UNSET
    status: Annotated[int, msgspec.Meta(ge=100, le=599)] = 200
    body: str = ""
    headers: dict[str, str] = msgspec.field(default_factory=dict)
    chunk: Annotated[int, msgspec.Meta(ge=1)] = 16


class FaultRule(msgspec.Struct, kw_only=True):
    """An injected ``FaultSpec`` with its id and how many requests it has seen and hit."""

    id: int
    spec: FaultSpec
    seen: int = 0  # requests consulted since the rule was added
    fired: int = 0  # requests it applied to

    @property
    def exhausted(self) -> bool:
        """True once the rule has fired ``times`` times."""
        return self.spec.times is not None and self.fired >= self.spec.times

    def consult(self, rng: random.Random) -> bool:
        """Count one request; True when the rule applies to it."""
        if self.exhausted:
            return False
        self.seen += 1
        if self.seen <= self.spec.after:
            return False
        if self.spec.probability < 1.0 and rng.random() >= self.spec.probability:
            return False
        self.fired += 1
        return True


class Decision(msgspec.Struct, frozen=True):
    """What to do with one request: wait ``delay`` seconds, then apply ``fault`` if any."""

    delay: float = 0.0
    fault: FaultSpec | None = None


class FaultPlan:
    """The ordered rule list; ``decide`` consults it for each request."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._rules: list[FaultRule] = []
        self._next_id = 1

    @property
    def rules(self) -> tuple[FaultRule, ...]:
        """All rules, oldest first, exhausted ones included."""
        return tuple(self._rules)

    def add(self, spec: FaultSpec) -> FaultRule:
        """Append a rule for ``spec`` and return it."""
        rule = FaultRule(id=self._next_id, spec=spec)
        self._next_id += 1
        self._rules.append(rule)
        return rule

    def clear(self) -> None:
        """Remove every rule."""
        self._rules.clear()

    def decide(self) -> Decision:
        """Consult the rules for one request (see the module docstring for the order)."""
        delay = 0.0
        for rule in self._rules:
            if rule.spec.kind is FaultKind.LATENCY:
                delay += rule.spec.delay if rule.consult(self._rng) else 0.0
            elif rule.consult(self._rng):
                return Decision(delay, rule.spec)
        return Decision(delay, None)
