"""Chaos Toolkit probes for the Family Emotions bot (``"module": "chaos.ctk.probes"``).

Every probe returns a plain value (a number or a string) so a hypothesis states its
tolerance directly (``0``, ``[0, 2.0]``, ``"closed"``), and a bot that does not answer is
a value too (status 0, ``"down"``), never an error. They read:

- the bot's endpoints: ``/health/ready`` (``ready``), ``/health`` (``overall_status``,
  ``component_status``, ``breaker_state``, ``breaker_states``), ``/metrics`` parsed with
  ``prometheus_client.parser`` (``metric``, ``spool_depth``, ``actor_restarts``);
- the synthetic parents' log and the Telegram emulator: the Jepsen check of
  ``chaos.load`` (``jepsen``, ``acknowledged_lost``, ``unexpected_replies``,
  ``duplicates_outside_in_flight``, ``texts_seen``);
- the drill's event log: ``recovery_wait``, how long a component has been (or was)
  waiting to recover after its fault ended — the number held against its RTO.

Probes in one hypothesis share one reading of the emulator (half a second), so their
counts agree with each other.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from ._events import in_flight_at_kills, read_events
from ._health import metric_sum, read_health, read_metrics
from ._health import ready_status as _ready_status
from ._jepsen import LoadCheck, check_load
from ._load import read_state

__all__ = [
    "acknowledged_lost", "actor_restarts", "breaker_state", "breaker_states",
    "component_status", "duplicates_outside_in_flight", "jepsen", "load_state", "metric",
    "overall_status", "ready", "recovery_wait", "spool_depth", "texts_seen", "unexpected_replies",
]

_CACHE_FOR = 0.5
_cache: dict[tuple[str, str | None], tuple[float, LoadCheck]] = {}
_lock = threading.Lock()


def _check(drill_dir: str, database_url: str | None = None,
           rows_timeout: float = 0.0) -> LoadCheck:
    key = (drill_dir, database_url)
    with _lock:
        cached = _cache.get(key)
        if cached is not None and time.monotonic() - cached[0] < _CACHE_FOR:
            return cached[1]
        check = check_load(Path(drill_dir) / "load", database_url=database_url,
                           rows_timeout=rows_timeout)
        _cache[key] = (time.monotonic(), check)
        return check


def _settled(drill_dir: str) -> bool:
    return any(e.kind == "settled" for e in read_events(drill_dir))


def _in_flight(drill_dir: str) -> set[int]:
    return in_flight_at_kills(read_events(drill_dir))


# -- the bot's endpoints ---------------------------------------------------------------------


def ready(health_url: str) -> int:
    """``/health/ready``'s status: 200 ready (healthy or degraded), 503 unhealthy, 0 when
    the bot does not answer."""
    return _ready_status(health_url)


def overall_status(health_url: str) -> str:
    """``/health``'s overall status: healthy, degraded, unhealthy, or down."""
    return read_health(health_url).status


def component_status(health_url: str, component: str) -> str:
    """One component's status in ``/health`` (postgres, redis, claude, telegram, spool,
    dialogs): healthy, degraded, unhealthy, disabled, or down."""
    return read_health(health_url).component_status(component)


def breaker_state(health_url: str, breaker: str) -> str:
    """A circuit breaker's state (postgres, redis, claude): closed, open, half_open, or
    down when the bot does not answer."""
    view = read_health(health_url)
    return view.breakers().get(breaker, "down") if view.code else "down"


def breaker_states(health_url: str) -> dict[str, str]:
    """Every breaker's state, by name."""
    return read_health(health_url).breakers()


def metric(health_url: str, name: str, labels: dict[str, str] | None = None,
           token: str | None = None) -> float:
    """The sum of ``/metrics``' samples called ``name`` with ``labels`` (-1 when the bot
    does not answer)."""
    samples = read_metrics(health_url, token)
    return -1.0 if samples is None else metric_sum(samples, name, **(labels or {}))


def spool_depth(health_url: str, token: str | None = None) -> int:
    """Spool records not yet drained into PostgreSQL (-1 when the bot does not answer)."""
    return int(metric(health_url, "fe_spool_depth", token=token))


def actor_restarts(health_url: str, token: str | None = None) -> int:
    """Restarts counted by this bot process's supervisors (-1 when it does not answer)."""
    return int(metric(health_url, "fe_actor_restarts_total", token=token))


# -- the parents' side: the Jepsen check -----------------------------------------------------


def jepsen(drill_dir: str, secrets: dict[str, Any] | None = None,
           rows_timeout: float = 0.0) -> dict[str, int]:
    """Every Jepsen count of the synthetic parents now: attempted, acknowledged, unknown,
    answered, lost, duplicated (and duplicated outside the replies in flight at a kill),
    unexpected, recovered, notices; with the ``database_url`` secret, the diary rows'
    lost, unexpected and duplicated too."""
    dsn = (secrets or {}).get("database_url") or None
    return _check(drill_dir, dsn, rows_timeout).counts(_in_flight(drill_dir))


def acknowledged_lost(drill_dir: str, older_than: float = 5.0,
                      secrets: dict[str, Any] | None = None) -> int:
    """Acknowledged phrases (the bot confirmed them to Telegram) that have no reply
    ``older_than`` seconds after they were sent; once the load has stopped and settled,
    also those without their diary row in PostgreSQL (with the ``database_url`` secret).
    RPO 0 means this stays 0."""
    settled = _settled(drill_dir)
    dsn = (secrets or {}).get("database_url") or None if settled else None
    check = _check(drill_dir, dsn, rows_timeout=1.0 if dsn else 0.0)  # stop_load waited
    report = check.report
    if report is None:
        return 0
    sent_at = {s.update_id: s.at for s in check.sent}
    horizon = time.time() - older_than
    late = [u for u in report.lost if settled or sent_at.get(u, 0.0) < horizon]
    rows = [u for u in report.rows_lost if settled]
    return len(set(late) | set(rows))


def unexpected_replies(drill_dir: str) -> int:
    """Bot messages in the parents' chats that answer nothing they sent (an error text,
    an apology, a wrong answer)."""
    report = _check(drill_dir).report
    return 0 if report is None else len(report.unexpected)


def duplicates_outside_in_flight(drill_dir: str) -> int:
    """Replies beyond the first for one phrase, not counting phrases in flight at a kill
    of the bot (their reply may have left before the kill and be sent again)."""
    report = _check(drill_dir).report
    if report is None:
        return 0
    allowed = _in_flight(drill_dir)
    return sum(n for u, n in report.duplicated.items() if u not in allowed)


def texts_seen(drill_dir: str) -> dict[str, int]:
    """The bot's texts in the parents' chats by kind: answer, answer_basic (basic mode),
    apology, state_wait (the "I'll answer in a minute" notice), other."""
    return _check(drill_dir).seen()


def load_state(drill_dir: str) -> str:
    """The synthetic parents' state: onboarding, running, stopped, failed, or none."""
    state = read_state(Path(drill_dir) / "load")
    return "none" if state is None else str(state.get("state"))


# -- recovery --------------------------------------------------------------------------------


def recovery_wait(drill_dir: str, component: str) -> float:
    """Seconds ``component`` waited to recover after its fault ended, the longest over the
    drill: for a recovery measured (a ``recovered`` event), its time; for a fault ended
    and not recovered yet, the time since it ended (a fault whose end is not measured,
    ``measured`` false, is left out). 0.0 before any fault ended."""
    worst = 0.0
    ended: dict[str, float] = {}
    recovered: set[tuple[str, str]] = set()
    for event in read_events(drill_dir):
        if event.fault is None:
            continue
        if (event.kind == "fault_end" and not event.data.get("rollback")
                and event.data.get("measured", True)):
            ended[event.fault] = event.at
        elif event.kind == "recovered" and event.component == component:
            worst = max(worst, float(event.data.get("seconds", 0.0)))
            recovered.add((event.fault, component))
        elif event.kind == "not_recovered" and event.component == component:
            worst = max(worst, float(event.data.get("waited", 0.0)))
            recovered.add((event.fault, component))
    for event in read_events(drill_dir):
        if (event.kind == "fault_start" and event.component == component
                and event.fault in ended and (event.fault, component) not in recovered):
            worst = max(worst, time.time() - ended[event.fault])
    return round(worst, 3)
