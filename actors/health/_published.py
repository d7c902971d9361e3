"""What the bot's event loop publishes for the health thread: ``Published``, an immutable
snapshot of every probe's answer, and ``Publisher``, the task that makes one every
``interval``.

The health endpoints run in a thread of their own (``_thread``), so a probe never waits
for the bot's busy loop; they read the newest ``Published``. Its ``at`` is the heartbeat:
a snapshot older than ``stale_after`` means the bot's loop is stuck, and
``/health/live`` says so. The publisher also measures the loop's lag (how late its
ticker wakes) and asks the root supervisor for its children every ``root_every``
seconds, as ``/health/live`` used to on every request. See docs/health.md, section
"Threads".
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import anyio
import msgspec
from prometheus_client.core import Metric

from actors.scheduler import list_backups
from config.redaction import redact
from runtime import ActorSystem, WallClock, system_clock, utc_now
from runtime.lowlevel import Cell
from supervisors import which_children

from ._fast import ProbeResponse, render_probes
from ._metrics import Metrics
from ._status import HealthModel, HealthReport, iso_time

__all__ = ["Published", "Publisher", "encode_body"]

log: Final = logging.getLogger(__name__)

_json: Final = msgspec.json.Encoder()
LIVE_TIMEOUT: Final = 1.0
BACKUP_LOOKUP: Final = 60.0
"""Seconds between looks at the backup directory (in a worker thread)."""


def encode_body(body: Any) -> bytes:
    """``body`` as JSON, with every secret of the process taken out (``config.redaction``):
    no answer of the health server can carry one, whichever field an error reached."""
    text = _json.encode(body).decode("utf-8", "surrogateescape")
    return redact(text).encode("utf-8", "surrogateescape")


@dataclass(frozen=True, slots=True)
class Published:
    """One snapshot of what the probes answer, made on the bot's event loop."""

    at: float
    """``time.monotonic()`` when it was made: the bot loop's heartbeat."""
    status: str
    ready: bool
    ready_body: bytes
    """``/health/ready``'s JSON."""
    health_body: bytes
    """``/health``'s JSON."""
    root: str | None
    """The root supervisor's path, when its last check answered."""
    children: int
    root_problem: str | None
    """Why the root failed its last check (None: it answered)."""
    observed: tuple[Metric, ...]
    """The scrape-time metric families (``Metrics.collect_observed``)."""
    live_status: int
    live_body: bytes
    """``/health/live``'s answer while the snapshot is fresh."""
    probes: Mapping[bytes, tuple[str, ProbeResponse]]
    """The two probes' whole HTTP responses by request line (``_fast``), rendered here so
    the health thread only writes bytes."""


class Publisher:
    """Makes a ``Published`` every ``interval`` seconds on the bot's loop and hands it to
    ``publish`` (the health thread's setter: one reference assignment)."""

    def __init__(
        self,
        model: HealthModel,
        metrics: Metrics,
        publish: Callable[[Published], None],
        *,
        interval: float = 0.1,
        root_every: float = 1.0,
        live_timeout: float = LIVE_TIMEOUT,
        backup_dir: str | None = None,
        wall: WallClock = system_clock,
    ) -> None:
        self.model = model
        self.metrics = metrics
        self._publish = publish
        self.interval = interval
        self.root_every = root_every
        self.live_timeout = live_timeout
        self.backup_dir = backup_dir
        self._wall = wall
        self._newest_backup: float | None = None
        self._failure_logged = float("-inf")
        self._root: tuple[str | None, int, str | None] = (
            None, 0, "the root supervisor has not been checked yet")

    async def run(self) -> None:
        """Publish every ``interval`` until cancelled; beside it, check the root and look
        at the backup directory."""
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._check_root_forever)
            if self.backup_dir is not None:
                tg.start_soon(self._look_at_backups_forever, self.backup_dir)
            await self._tick_forever()

    async def check_root(self) -> None:
        """Ask the root supervisor for its children (``which_children``), as
        ``/health/live`` reports it."""
        root = _root(self.model.system)
        if root is None or not root.running:
            self._root = (None, 0, "the root supervisor is not running")
            return
        try:
            children = await which_children(root.ref, timeout=self.live_timeout)
        except Exception as error:  # AskTimeout, ActorStopped, ...: not alive either way
            self._root = (None, 0, f"the root did not answer: {type(error).__name__}")
            return
        self._root = (root.path, len(children), None)

    def publish(self) -> Published:
        """Make a snapshot now and hand it over."""
        report = self.model.report()
        root, children, problem = self._root
        ready_body = encode_body({"status": report.status.value, "why": report.why})
        live_status, live_body = self._live()
        snapshot = Published(
            at=time.monotonic(), status=report.status.value, ready=report.ready,
            ready_body=ready_body, health_body=encode_body(self._health_body(report)),
            root=root, children=children, root_problem=problem,
            observed=self.metrics.collect_observed(), live_status=live_status,
            live_body=live_body, probes=render_probes(
                (live_status, live_body), (200 if report.ready else 503, ready_body),
                self._date()))
        self._publish(snapshot)
        return snapshot

    def _live(self) -> tuple[int, bytes]:
        """``/health/live``'s status and body from the root's last check."""
        root, children, problem = self._root
        if problem is not None:
            return 503, encode_body({"status": "dead", "why": problem})
        return 200, encode_body({"status": "alive", "root": root, "children": children})

    def _date(self) -> str:
        """The ``Date`` header for the pre-rendered probe responses (the wall clock)."""
        return email.utils.format_datetime(utc_now(self._wall), usegmt=True)

    def _publish_or_report(self) -> None:
        """``publish``; when computing the report fails (a bug), publish that instead, so
        /health and /health/ready answer 503 with the error, as a failing handler used
        to, while the heartbeat and /health/live go on (the loop does turn)."""
        try:
            self.publish()
        except Exception as error:
            now = time.monotonic()
            if now - self._failure_logged > 60.0:
                self._failure_logged = now
                log.exception("health: the report failed; /health answers 503 meanwhile")
            body = encode_body({"status": "unhealthy",
                                "why": f"the health report failed: {type(error).__name__}"})
            root, children, problem = self._root
            live_status, live_body = self._live()
            self._publish(Published(
                at=now, status="unhealthy", ready=False, ready_body=body, health_body=body,
                root=root, children=children, root_problem=problem, observed=(),
                live_status=live_status, live_body=live_body, probes=render_probes(
                    (live_status, live_body), (503, body), self._date())))

    def _health_body(self, report: HealthReport) -> dict[str, Any]:
        spool = self.model.app.spool
        system = self.model.system
        return {
            "status": report.status.value,
            "why": report.why,
            "components": {n: c.as_json() for n, c in report.components.items()},
            "spool": {"depth": spool.depth, "oldest_age_s": round(spool.oldest_age, 3)},
            "actors": self.model.actors(),
            "events": {} if system is None else dict(system.events.counts),
            "backup": self._backup(),
        }

    def _backup(self) -> dict[str, Any] | None:
        """The newest backup (the nightly one this process took, or the newest dump in
        the backup directory) and its verification; None where no backups are taken."""
        if self.backup_dir is None:
            return None
        gauges = getattr(self.model.app, "gauges", None)
        taken = getattr(gauges, "last_backup_at", None)
        times = [t for t in (self._newest_backup,
                             None if taken is None else taken.timestamp()) if t is not None]
        last = max(times, default=None)
        verification = getattr(gauges, "last_verification", None)
        return {"last_success": iso_time(last), "verified": getattr(
            gauges, "last_backup_verified", None), "directory": self.backup_dir,
            "verification": None if verification is None else verification.as_json()}

    async def _tick_forever(self) -> None:
        """Publish, sleep until the next tick, and count how late the wake-up was (the
        event loop's lag: a busy or blocked loop wakes its sleepers late)."""
        deadline = anyio.current_time()
        while True:
            self._publish_or_report()
            deadline += self.interval
            await anyio.sleep_until(deadline)
            now = anyio.current_time()
            self.metrics.event_loop_lag(now - deadline)
            if now - deadline > self.interval:
                deadline = now  # late by more than a tick: no burst of catch-up ticks

    async def _check_root_forever(self) -> None:
        while True:
            before = self._root
            await self.check_root()
            if self._root != before:  # /health/live need not wait for the next tick
                self._publish_or_report()
            await anyio.sleep(self.root_every)

    async def _look_at_backups_forever(self, directory: str) -> None:
        while True:
            try:
                newest = await anyio.to_thread.run_sync(_newest_backup, directory)
            except OSError as error:  # the last look stands
                log.warning("health: cannot list the backups in %s: %s", directory, error)
            else:
                self._newest_backup = newest
                self.metrics.note_newest_backup(newest)
            await anyio.sleep(BACKUP_LOOKUP)


def _newest_backup(directory: str) -> float | None:
    """The newest dump's modification time (Unix seconds) in ``directory``, if any."""
    dumps = list_backups(directory)
    return Path(dumps[-1]).stat().st_mtime if dumps else None


def _root(system: ActorSystem | None) -> Cell | None:
    if system is None:
        return None
    for cell in system.actors():
        if "/" not in cell.path:
            return cell
    return None
