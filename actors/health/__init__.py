"""The health reporter: probes, Prometheus metrics and the admin API (docs/health.md).

Layer 2 (actors). Imports ``runtime``, ``supervisors`` (the engine's ``which_children``),
``config`` and the actors whose state it reads; aiohttp and asyncpg, so asyncio only.

Layout: ``_status`` (``HealthModel``: each component's status from the live objects, and
the overall rules), ``_metrics`` (``Metrics``: the registry, the counters called at the
source, the runtime-event listener and the scrape-time collector), ``_published`` (the
snapshot the bot's loop publishes for the probes), ``_fast`` (the probes answered from
pre-rendered bytes before aiohttp), ``_thread`` (the health server's own thread and
loop, its connection gate and file-descriptor limits), ``_server`` (the aiohttp
endpoints and ``CacheWarmer``), ``_board`` and ``_probe_process`` (the opt-in probe
process and the shared board it reads), ``_actor`` (``HealthServer``, the actor in the
ops supervisor).
"""

from ._actor import HealthServer
from ._metrics import BREAKER_LEVELS, CONTENT_TYPE, PREFIX, Metrics
from ._server import CacheWarmer, WarmableApp, make_web_app
from ._status import (
    DEPENDENCIES,
    AppLike,
    Component,
    HealthModel,
    HealthReport,
    SpoolGauges,
    Status,
    Thresholds,
    overall,
)
from ._thread import raise_nofile_limit

__all__ = [
    "BREAKER_LEVELS",
    "CONTENT_TYPE",
    "DEPENDENCIES",
    "PREFIX",
    "AppLike",
    "CacheWarmer",
    "Component",
    "HealthModel",
    "HealthReport",
    "HealthServer",
    "Metrics",
    "SpoolGauges",
    "Status",
    "Thresholds",
    "WarmableApp",
    "make_web_app",
    "overall",
    "raise_nofile_limit",
]
