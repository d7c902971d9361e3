"""Child specs, supervisor flags and backoff: the declarative part of supervision.

Defaults follow OTP: restart ``PERMANENT``; not significant; shutdown 5 s for workers and
infinity for supervisors; intensity 1 restart within 5 s; strategy ``ONE_FOR_ONE``;
auto_shutdown ``NEVER``. Backoff is ours (Akka's formula): off by default, so a restart is
immediate as in OTP.
"""

from __future__ import annotations

import enum
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from runtime import Actor, Ignore, InFlight, Overflow, Props

from ._errors import InvalidSpec


class Strategy(enum.Enum):
    """Which children restart when one fails."""

    ONE_FOR_ONE = "one_for_one"  # only the failed child
    ONE_FOR_ALL = "one_for_all"  # all children: the others stop (reverse order), all restart
    REST_FOR_ONE = "rest_for_one"  # the failed child and those started after it
    SIMPLE_ONE_FOR_ONE = "simple_one_for_one"  # one template; instances via start_child


class Restart(enum.Enum):
    """When an exited child is restarted."""

    PERMANENT = "permanent"  # always
    TRANSIENT = "transient"  # only after an abnormal exit (not normal, not shutdown)
    TEMPORARY = "temporary"  # never; its spec is deleted when it exits


class ChildType(enum.Enum):
    WORKER = "worker"
    SUPERVISOR = "supervisor"


class AutoShutdown(enum.Enum):
    """When a supervisor shuts itself down because its significant children ended by
    themselves (OTP 24's ``auto_shutdown``). Only the exit of a significant child that is
    not restarted counts (a transient one ending normally, a temporary one ending any way);
    ``terminate_child``, a bystander stop in a group restart and the supervisor's own
    shutdown never do. The supervisor then stops its other children in reverse start order
    and exits with reason shutdown (detail ``auto_shutdown``), which its parent handles as
    any normal exit."""

    NEVER = "never"  # significant children are not allowed
    ANY_SIGNIFICANT = "any_significant"  # when any significant child ends
    ALL_SIGNIFICANT = "all_significant"  # when no significant child is left running


BRUTAL: float = 0.0
"""``shutdown=BRUTAL``: cancel the child at once (OTP's brutal_kill)."""
INFINITY: None = None
"""``shutdown=INFINITY``: wait for the child however long it takes."""


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential backoff with jitter between consecutive restarts of one child.

    Delay before the n-th consecutive restart (n = 0 for the first):
    ``min(max_delay, min_delay * factor**n) * (1 + U * jitter)`` with U uniform in [0, 1)
    (Akka's formula: the jitter is applied after the cap, so a delay may exceed
    ``max_delay`` by up to ``jitter``). The count resets when the child has stayed up for
    ``reset_after`` seconds (default: the midpoint of min and max, as Akka typed).
    """

    min_delay: float
    max_delay: float
    jitter: float = 0.2
    factor: float = 2.0
    reset_after: float | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.min_delay <= self.max_delay:
            raise InvalidSpec(f"backoff needs 0 <= min_delay <= max_delay, got {self}")
        if self.jitter < 0 or self.factor < 1:
            raise InvalidSpec(f"backoff needs jitter >= 0 and factor >= 1, got {self}")
        if self.reset_after is not None and self.reset_after <= 0:
            raise InvalidSpec(f"backoff reset_after must be > 0, got {self.reset_after}")

    @property
    def reset_window(self) -> float:
        return (self.min_delay + self.max_delay) / 2 if self.reset_after is None else (
            self.reset_after)

    def delay(self, n: int, rng: random.Random) -> float:
        """The delay before the n-th consecutive restart (n >= 0)."""
        if self.min_delay == 0:
            return 0.0
        capped = self.max_delay if n >= 64 else min(
            self.max_delay, self.min_delay * math.pow(self.factor, n))
        return capped * (1 + rng.random() * self.jitter)

    @classmethod
    def for_rto(cls, rto: float, *, min_delay: float = 0.05, share: float = 0.1) -> Backoff:
        """A backoff whose ceiling is ``share`` of the component's RTO, so a recovered
        dependency is noticed well inside it (a 30 min RTO gives a 3 min ceiling)."""
        ceiling = max(min_delay, rto * share)
        return cls(min_delay=min_delay, max_delay=ceiling)


@dataclass(frozen=True, slots=True)
class ChildSpec:
    """One child of a supervisor (OTP's child spec, plus mailbox and backoff options).

    ``factory`` builds a fresh actor per incarnation (for ``SIMPLE_ONE_FOR_ONE`` templates
    it takes the ``start_child`` arguments); it may return ``runtime.IGNORE`` instead, as
    may the actor's ``started()``, to decline the start (OTP's ``ignore``), and
    ``started()`` may return start info (OTP's ``{ok, Pid, Info}``). ``shutdown`` is
    seconds to wait for a graceful stop before cancelling, ``BRUTAL`` (0) or ``INFINITY``
    (None); ``...`` picks OTP's default for the type. ``significant`` marks a child whose
    own end (not restarted) may shut its supervisor down (``AutoShutdown``); it must be
    transient or temporary."""

    id: str
    factory: Callable[..., Actor | Ignore]
    restart: Restart = Restart.PERMANENT
    shutdown: float | Any | None = ...
    type: ChildType = ChildType.WORKER
    capacity: int = 1000
    overflow: Overflow = Overflow.BLOCK
    in_flight: InFlight = InFlight.REDELIVER
    max_redeliveries: int = 3
    backoff: Backoff | None = None
    args: tuple[Any, ...] = field(default=())
    significant: bool = False
    _props: Props | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id or "/" in self.id:
            raise InvalidSpec(f"child id must be a non-empty string without '/': {self.id!r}")
        if not callable(self.factory):
            raise InvalidSpec(f"child {self.id!r}: factory is not callable: {self.factory!r}")
        if not isinstance(self.restart, Restart):
            raise InvalidSpec(f"child {self.id!r}: invalid restart type {self.restart!r}")
        if not isinstance(self.type, ChildType):
            raise InvalidSpec(f"child {self.id!r}: invalid child type {self.type!r}")
        if not isinstance(self.significant, bool):
            raise InvalidSpec(f"child {self.id!r}: invalid significant {self.significant!r}")
        if self.significant and self.restart is Restart.PERMANENT:
            raise InvalidSpec(f"child {self.id!r}: a significant child must be transient or "
                              "temporary, not permanent")
        if self.shutdown is ...:
            default = None if self.type is ChildType.SUPERVISOR else 5.0
            object.__setattr__(self, "shutdown", default)
        elif self.shutdown is not None and not _is_number(self.shutdown, minimum=0):
            raise InvalidSpec(f"child {self.id!r}: invalid shutdown {self.shutdown!r}")
        if self.capacity < 1 or self.max_redeliveries < 0:
            raise InvalidSpec(f"child {self.id!r}: capacity >= 1 and max_redeliveries >= 0")

    @property
    def props(self) -> Props:
        """How the runtime makes this child (its factory bound to ``args``); made once,
        since every restart asks for it."""
        props = self._props
        if props is None:
            factory = self.factory
            args = self.args
            props = Props(
                (lambda: factory(*args)) if args else factory,
                capacity=self.capacity, overflow=self.overflow, in_flight=self.in_flight,
                max_redeliveries=self.max_redeliveries,
            )
            object.__setattr__(self, "_props", props)
        return props

    def with_args(self, child_id: str, args: Sequence[Any]) -> ChildSpec:
        """An instance of a simple_one_for_one template."""
        return ChildSpec(
            id=child_id, factory=self.factory, restart=self.restart, shutdown=self.shutdown,
            type=self.type, capacity=self.capacity, overflow=self.overflow,
            in_flight=self.in_flight, max_redeliveries=self.max_redeliveries,
            backoff=self.backoff, args=tuple(self.args) + tuple(args),
            significant=self.significant,
        )


@dataclass(frozen=True, slots=True)
class SupervisorFlags:
    """OTP's flags: give up after more than ``max_restarts`` restarts within ``within``
    seconds (OTP's intensity and period); ``auto_shutdown`` as ``AutoShutdown`` says (not
    allowed with simple_one_for_one)."""

    strategy: Strategy = Strategy.ONE_FOR_ONE
    max_restarts: int = 1
    within: float = 5.0
    auto_shutdown: AutoShutdown = AutoShutdown.NEVER

    def __post_init__(self) -> None:
        if not isinstance(self.strategy, Strategy):
            raise InvalidSpec(f"invalid strategy {self.strategy!r}")
        if (not isinstance(self.max_restarts, int) or isinstance(self.max_restarts, bool)
                or self.max_restarts < 0):
            raise InvalidSpec(f"invalid intensity {self.max_restarts!r}: an int >= 0")
        if not _is_number(self.within) or not 0 < self.within < math.inf:
            raise InvalidSpec(f"invalid period {self.within!r}: a finite number > 0")
        if not isinstance(self.auto_shutdown, AutoShutdown):
            raise InvalidSpec(f"invalid auto_shutdown {self.auto_shutdown!r}")
        if (self.strategy is Strategy.SIMPLE_ONE_FOR_ONE
                and self.auto_shutdown is not AutoShutdown.NEVER):
            raise InvalidSpec(f"auto_shutdown {self.auto_shutdown.value} is not allowed with "
                              "simple_one_for_one")


def _is_number(value: Any, *, minimum: float | None = None) -> bool:
    """An int or float (not a bool, not NaN), at least ``minimum`` when given: OTP takes
    integers only, where ``true`` is an atom, so neither a bool nor NaN passes."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    try:  # an int too large for a float is no time the runtime's clock can count
        if math.isnan(value):
            return False
    except OverflowError:
        return False
    return minimum is None or value >= minimum


def check_child_specs(
    specs: Sequence[ChildSpec], strategy: Strategy, auto_shutdown: AutoShutdown | None = None
) -> None:
    """Duplicate ids, simple_one_for_one's one-template rule and, when ``auto_shutdown`` is
    given, that no child is significant under ``NEVER`` (OTP's check_childspecs/2). Specs
    that are not a sequence, a strategy that is not a ``Strategy`` and an ``auto_shutdown``
    that is neither None nor an ``AutoShutdown`` raise ``InvalidSpec`` too (OTP's
    ``{error, {badarg, X}}``)."""
    if not isinstance(specs, Sequence) or isinstance(specs, str | bytes):
        raise InvalidSpec(f"child specs must be a sequence of ChildSpec: {specs!r}")
    if not isinstance(strategy, Strategy):
        raise InvalidSpec(f"invalid strategy {strategy!r}")
    if auto_shutdown is not None and not isinstance(auto_shutdown, AutoShutdown):
        raise InvalidSpec(f"invalid auto_shutdown {auto_shutdown!r}")
    seen: set[str] = set()
    for spec in specs:
        if not isinstance(spec, ChildSpec):
            raise InvalidSpec(f"not a ChildSpec: {spec!r}")
        if spec.id in seen:
            raise InvalidSpec(f"duplicate child id {spec.id!r}")
        seen.add(spec.id)
        if spec.significant and auto_shutdown is AutoShutdown.NEVER:
            raise InvalidSpec(f"child {spec.id!r} is significant, but auto_shutdown is never")
    if strategy is Strategy.SIMPLE_ONE_FOR_ONE and len(specs) != 1:
        raise InvalidSpec(f"simple_one_for_one takes exactly one child spec, got {len(specs)}")
