"""The scenarios: one Chaos Toolkit experiment each in ``chaos/experiments/``, whose
``extensions`` entry named ``family-emotions-drill`` tells the drill runner what the
experiment alone cannot: what the embedded system needs, the default timings, which
hypothesis probes must hold during the fault too, and which recovery times to hold
against which RTO.

``plan`` turns a scenario, a seed and the operator's overrides into the numbers of one
run. The same seed gives the same plan: the same warm-up before the fault (the fault's
time), the same chats and the same load schedule (``chaos.ctk.schedule``).
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chaos.ctk import schedule

from ._system import Needs

__all__ = ["EXPERIMENTS", "Plan", "Recovery", "Scenario", "plan", "scenarios"]

EXPERIMENTS = Path(__file__).resolve().parents[1] / "experiments"
EXTENSION = "family-emotions-drill"


@dataclass(frozen=True)
class Recovery:
    """A recovery time the drill measures and holds against a target."""

    component: str
    target_s: float
    allowed_setting: str | None
    """The ``[section] key`` of config/default.toml holding the allowed RTO, if any."""
    measures: str


@dataclass(frozen=True)
class Scenario:
    name: str
    path: Path
    title: str
    description: str
    hypothesis: str
    needs: Needs
    defaults: dict[str, float]
    holds_during: tuple[str, ...]
    recovery: tuple[Recovery, ...]
    experiment: dict[str, Any]


def scenarios(directory: Path = EXPERIMENTS) -> dict[str, Scenario]:
    """Every experiment in ``directory`` that carries the drill's extension, by name."""
    found: dict[str, Scenario] = {}
    for path in sorted(directory.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        ext = next((e for e in doc.get("extensions", []) if e.get("name") == EXTENSION), None)
        if ext is None:
            continue
        needs = ext.get("needs", {})
        found[ext["scenario"]] = Scenario(
            name=ext["scenario"], path=path, title=doc["title"],
            description=doc["description"],
            hypothesis=doc["steady-state-hypothesis"]["title"],
            needs=Needs(proxy=bool(needs.get("proxy")), claude=bool(needs.get("claude")),
                        disk=bool(needs.get("disk"))),
            defaults={k: float(v) for k, v in ext.get("defaults", {}).items()},
            holds_during=tuple(ext.get("holds_during", [])),
            recovery=tuple(Recovery(c, float(r["target_s"]), r.get("allowed_setting"),
                                    str(r.get("measures", "")))
                           for c, r in ext.get("recovery", {}).items()),
            experiment=doc)
    return found


@dataclass(frozen=True)
class Plan:
    """The numbers of one run (seconds, phrases per second)."""

    scenario: str
    seed: int
    rate: float
    warmup_seconds: float
    fault_seconds: float
    after_seconds: float
    settle_seconds: float
    chats: int
    first_chat: int
    max_load_seconds: float

    def configuration(self) -> dict[str, Any]:
        """The experiment's configuration values this plan sets."""
        return {"rate": self.rate, "seed": self.seed, "chats": self.chats,
                "first_chat": self.first_chat, "warmup_seconds": self.warmup_seconds,
                "fault_seconds": self.fault_seconds, "after_seconds": self.after_seconds,
                "settle_seconds": self.settle_seconds,
                "max_load_seconds": self.max_load_seconds}

    def env(self) -> dict[str, str]:
        """The same as ``FE_DRILL_*`` variables, for ``chaos run``."""
        return {f"FE_DRILL_{k.upper()}": str(v) for k, v in self.configuration().items()}

    def schedule_digest(self, seconds: float = 60.0) -> str:
        """A short fingerprint of the load's schedule: equal for equal seeds and rates."""
        times = schedule(self.rate, self.seed, seconds)
        text = ",".join(f"{t:.6f}" for t in times)
        return hashlib.sha256(text.encode()).hexdigest()[:12]


def plan(scenario: Scenario, seed: int = 0, *, duration: float | None = None,
         rate: float | None = None, settle: float | None = None, chats: int = 20,
         warmup: float | None = None, after: float | None = None) -> Plan:
    """The run of ``scenario`` for ``seed``: the fault lasts ``duration`` (default the
    scenario's), the load sends ``rate`` phrases per second; the warm-up before the fault
    is the scenario's plus up to a second drawn from the seed."""
    d = scenario.defaults
    for what, value in (("rate", rate), ("duration", duration), ("warmup", warmup),
                        ("after", after), ("settle", settle)):
        if value is not None and not (math.isfinite(value) and value >= 0):
            raise ValueError(f"{what} {value!r}: must be a finite number, 0 or more")
    if rate is not None and rate <= 0:
        raise ValueError(f"rate {rate!r}: must be above 0 phrases per second")
    rng = random.Random(f"faults:{scenario.name}:{seed}")
    base = d.get("warmup_seconds", 3.0) if warmup is None else warmup
    warmup_s = round(base + rng.uniform(0.0, 1.0), 2)
    fault_s = float(duration if duration is not None else d.get("fault_seconds", 8.0))
    after_s = float(after if after is not None else d.get("after_seconds", 3.0))
    settle_s = float(settle if settle is not None else d.get("settle_seconds", 30.0))
    total = warmup_s + fault_s + after_s + settle_s + 120.0
    return Plan(scenario=scenario.name, seed=seed,
                rate=float(rate if rate is not None else d.get("rate", 30.0)),
                warmup_seconds=warmup_s, fault_seconds=fault_s, after_seconds=after_s,
                settle_seconds=settle_s, chats=chats,
                first_chat=700_001 + (seed % 10_000) * 100, max_load_seconds=total)
