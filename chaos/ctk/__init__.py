"""A Chaos Toolkit extension for the Family Emotions bot: the actions and probes the
experiments in ``chaos/experiments/`` call (``"type": "python"`` providers with
``"module": "chaos.ctk.actions"`` or ``"chaos.ctk.probes"``).

The system under test is described by the experiment's configuration, read from the
environment (``FE_DRILL_*``: the health URL, the data directories, the emulators' and the
fault proxy's URLs, the bot's pid file; see chaos/README.md), so ``chaos run`` works
against the embedded system of ``family-emotions chaos drill`` and against a staging
deployment alike.

Modules: ``actions`` and ``probes`` (the entry points), ``_events`` (the drill's event
log: faults in and out, recoveries measured), ``_load`` (the synthetic parents as a
background process), ``_remote`` (the Telegram emulator through its control API, for
``chaos.load``), ``_jepsen`` (the Jepsen check of ``chaos.load`` on that load),
``_health`` (``/health`` and ``/metrics``), ``_procs`` (processes by PID only).

The package also exports what ``chaos.drill`` reads back after a run: the event log, the
load's files and schedule, the Jepsen check, the health readers.
"""

from . import actions, probes
from ._events import EVENTS_FILE, Event, FaultWindow, fault_windows, in_flight_at_kills, read_events
from ._health import HealthView, metric_sum, read_health, read_metrics, ready_status
from ._jepsen import KINDS, BotText, LoadCheck, check_load, classify_text
from ._load import read_sent, read_state, schedule
from ._remote import RemoteTelegram

__all__ = [
    "EVENTS_FILE",
    "KINDS",
    "BotText",
    "Event",
    "FaultWindow",
    "HealthView",
    "LoadCheck",
    "RemoteTelegram",
    "actions",
    "check_load",
    "classify_text",
    "fault_windows",
    "in_flight_at_kills",
    "metric_sum",
    "probes",
    "read_events",
    "read_health",
    "read_metrics",
    "read_sent",
    "read_state",
    "ready_status",
    "schedule",
]
