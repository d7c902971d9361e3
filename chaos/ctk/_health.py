"""Reading the bot's health endpoints: ``/health/ready``, ``/health`` (JSON) and
``/metrics`` (Prometheus text, parsed with ``prometheus_client.parser``). A bot that does
not answer reads as down, never as an exception: a probe of a killed bot is a value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx
from prometheus_client.parser import text_string_to_metric_families

__all__ = ["HealthView", "Sample", "metric_sum", "read_health", "read_metrics", "ready_status"]

DOWN = "down"


def _client(timeout: float) -> httpx.Client:
    return httpx.Client(timeout=timeout, trust_env=False)


def ready_status(health_url: str, timeout: float = 2.0) -> int:
    """``/health/ready``'s HTTP status; 0 when the bot does not answer."""
    try:
        with _client(timeout) as http:
            return http.get(f"{health_url.rstrip('/')}/health/ready").status_code
    except httpx.HTTPError:
        return 0


@dataclass(frozen=True)
class HealthView:
    """``/health``'s answer (``body`` empty and ``status`` "down" when it did not answer)."""

    code: int
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> str:
        return str(self.body.get("status", DOWN)) if self.code else DOWN

    def component(self, name: str) -> dict[str, Any]:
        components = self.body.get("components") or {}
        found = components.get(name) if isinstance(components, dict) else None
        return found if isinstance(found, dict) else {}

    def component_status(self, name: str) -> str:
        return str(self.component(name).get("status", DOWN)) if self.code else DOWN

    def breakers(self) -> dict[str, str]:
        """Breaker name → state ("closed", "open", "half_open") as ``/health`` shows them."""
        components = self.body.get("components") or {}
        return {name: str(c["breaker"]) for name, c in components.items()
                if isinstance(c, dict) and c.get("breaker") is not None}


def read_health(health_url: str, timeout: float = 2.0) -> HealthView:
    try:
        with _client(timeout) as http:
            response = http.get(f"{health_url.rstrip('/')}/health")
        body = response.json()
    except (httpx.HTTPError, ValueError):
        return HealthView(0)
    return HealthView(response.status_code, body if isinstance(body, dict) else {})


Sample = tuple[str, dict[str, str], float]


def read_metrics(health_url: str, token: str | None = None,
                 timeout: float = 2.0) -> list[Sample] | None:
    """Every sample of ``/metrics`` as (name, labels, value); None when it did not answer."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        with _client(timeout) as http:
            response = http.get(f"{health_url.rstrip('/')}/metrics", headers=headers)
        response.raise_for_status()
    except httpx.HTTPError:
        return None
    return [(s.name, dict(s.labels), float(s.value))
            for family in text_string_to_metric_families(response.text)
            for s in family.samples]


def metric_sum(samples: Iterable[Sample], name: str, **labels: str) -> float:
    """The sum of ``name``'s samples whose labels include ``labels``."""
    return sum(value for sample, have, value in samples
               if sample == name and all(have.get(k) == v for k, v in labels.items()))
