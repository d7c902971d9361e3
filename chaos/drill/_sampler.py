"""The drill's view of the bot over time: a thread that reads ``/health`` and ``/metrics``
every ``interval`` seconds and keeps one ``Sample`` per reading, for the timeline plot and
the progress lines. A reading the bot does not answer is a sample too (``up`` False)."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from chaos.ctk import metric_sum, read_health, read_metrics

__all__ = ["Sample", "Sampler"]

BREAKER_LEVEL = {"closed": 0, "half_open": 1, "open": 2}


@dataclass(frozen=True)
class Sample:
    at: float
    """Wall-clock seconds (the emulator's and the event log's clock)."""
    up: bool
    ready: int
    status: str
    components: dict[str, str] = field(default_factory=dict)
    breakers: dict[str, str] = field(default_factory=dict)
    spool_depth: float | None = None
    restarts: float | None = None
    rows_flushed: float | None = None
    replies_sent: float | None = None
    updates_received: float | None = None


class Sampler:
    """``start()`` a background reader of the bot at ``health_url``; ``stop()`` it."""

    def __init__(self, health_url: str, interval: float = 0.25, token: str | None = None) -> None:
        self.health_url = health_url
        self.interval = interval
        self.token = token or None
        self.samples: list[Sample] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="drill-sampler", daemon=True)

    def start(self) -> Sampler:
        self._thread.start()
        return self

    def stop(self) -> list[Sample]:
        self._stop.set()
        self._thread.join(10)
        return self.samples

    @property
    def last(self) -> Sample | None:
        return self.samples[-1] if self.samples else None

    def write(self, path: Path) -> None:
        with path.open("w", encoding="utf-8") as out:
            for sample in self.samples:
                out.write(json.dumps(asdict(sample), sort_keys=True) + "\n")

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            self.samples.append(self.read())
            self._stop.wait(max(0.0, self.interval - (time.monotonic() - started)))

    def read(self) -> Sample:
        at = time.time()
        health = read_health(self.health_url, timeout=1.0)
        if not health.code:
            return Sample(at, False, 0, "down")
        metrics = read_metrics(self.health_url, self.token, timeout=1.0) or []
        names = ("postgres", "redis", "claude", "telegram", "spool", "dialogs")

        def total(name: str, **labels: str) -> float | None:
            return metric_sum(metrics, name, **labels) if metrics else None

        return Sample(
            at, True, 200 if health.status != "unhealthy" else 503, health.status,
            components={n: health.component_status(n) for n in names},
            breakers=health.breakers(),
            spool_depth=total("fe_spool_depth"),
            restarts=total("fe_actor_restarts_total"),
            rows_flushed=total("fe_db_rows_flushed_total"),
            replies_sent=total("fe_telegram_replies_total", outcome="sent"),
            updates_received=total("fe_telegram_updates_received_total"))
