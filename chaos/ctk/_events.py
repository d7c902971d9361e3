"""The drill's event log: one JSON object per line, appended by the actions (a fault began
or ended, a component recovered, the bot was killed) and read by the probes and the
report. Times are wall-clock seconds (``time.time()``), the clock the Telegram emulator
stamps its call log with, so faults, replies and samples share one time line."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["EVENTS_FILE", "Event", "FaultWindow", "append_event", "fault_windows",
           "in_flight_at_kills", "read_events"]

EVENTS_FILE = "events.jsonl"


@dataclass(frozen=True)
class Event:
    """One line of the log: ``kind`` (``fault_start``, ``fault_end``, ``recovered``,
    ``kill``, ``note``), ``at`` (wall seconds), ``fault``/``component`` when they apply,
    and whatever else the action recorded in ``data``."""

    kind: str
    at: float
    fault: str | None
    component: str | None
    data: dict[str, Any]


@dataclass(frozen=True)
class FaultWindow:
    """A fault from its injection to its removal (``end`` None: still active)."""

    fault: str
    start: float
    end: float | None


def events_path(drill_dir: str | os.PathLike[str]) -> Path:
    return Path(drill_dir) / EVENTS_FILE


def append_event(drill_dir: str | os.PathLike[str] | None, kind: str, *,
                 fault: str | None = None, component: str | None = None,
                 at: float | None = None, **data: Any) -> Event:
    """Append one event (``at`` defaults to now) to ``drill_dir``'s log; without a
    ``drill_dir`` nothing is written and the event is only returned."""
    event = Event(kind, time.time() if at is None else at, fault, component, data)
    if drill_dir is not None:
        path = events_path(drill_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"kind": kind, "at": event.at, "fault": fault,
                           "component": component, **data}, sort_keys=True)
        with path.open("a", encoding="utf-8") as out:  # one write per line: O_APPEND
            out.write(line + "\n")
    return event


def read_events(drill_dir: str | os.PathLike[str] | None) -> list[Event]:
    """Every event logged so far, oldest first (a torn last line is skipped)."""
    if drill_dir is None:
        return []
    return list(_parse(events_path(drill_dir)))


def _parse(path: Path) -> Iterator[Event]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    for line in lines:
        try:
            raw = json.loads(line)
        except ValueError:
            continue
        kind, at = raw.pop("kind"), float(raw.pop("at"))
        fault, component = raw.pop("fault", None), raw.pop("component", None)
        yield Event(kind, at, fault, component, raw)


def in_flight_at_kills(events: list[Event]) -> set[int]:
    """The updates whose replies were in flight at a kill of the bot (each ``kill`` event
    names them): the only ones a reply may be sent twice for."""
    return {int(u) for e in events if e.kind == "kill" for u in e.data.get("in_flight", [])}


def fault_windows(events: list[Event]) -> list[FaultWindow]:
    """The faults, paired start to end by name, in order of injection."""
    windows: list[FaultWindow] = []
    open_: dict[str, int] = {}
    for event in events:
        if event.fault is None:
            continue
        if event.kind == "fault_start":
            open_[event.fault] = len(windows)
            windows.append(FaultWindow(event.fault, event.at, None))
        elif event.kind == "fault_end" and event.fault in open_:
            index = open_.pop(event.fault)
            windows[index] = FaultWindow(event.fault, windows[index].start, event.at)
    return windows
