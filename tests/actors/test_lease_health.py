"""What health and metrics show of the lease: a standby is healthy and says who leads;
the leader's metrics say so; a bot without replicas is its own leader; webhook mode is
healthy without polls. asyncio only (open_app opens the spool and the cache)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from actors.health import HealthModel, Metrics, Status
from actors.telegram import LeaseRole, LeaseStats
from app import App, open_app
from chaos.emulators.telegram import make_test_token
from config.settings import load_settings

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TOKEN = make_test_token(545454, "LEASEHEALTH")


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    settings = load_settings(env={}, overrides={
        "database": {"spool_dir": str(tmp_path / "spool"), "spool_fsync": False},
        "telegram": {"journal_dir": str(tmp_path / "journal")},
    })
    async with open_app(settings, TOKEN) as opened:
        yield opened


def scrape(app: App) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    metrics = Metrics()
    metrics.observe(app)
    out = {}
    for family in text_string_to_metric_families(metrics.render().decode()):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


async def test_a_bot_without_replicas_is_its_own_leader(app: App) -> None:
    scraped = scrape(app)
    assert scraped[("fe_telegram_leader", ())] == 1
    assert scraped[("fe_telegram_lease_epoch", ())] == 0
    assert scraped[("fe_telegram_fenced_total", (("where", "reply"),))] == 0
    assert scraped[("fe_telegram_webhook_requests_total", (("outcome", "bad_secret"),))] == 0


async def test_a_standby_is_healthy_and_names_the_leader(app: App) -> None:
    stats = app.poller_stats
    stats.role = "standby"
    stats.lease = LeaseStats(holder="host-b", role=LeaseRole.STANDBY, leader="host-a",
                             leader_epoch=7, acquired=1, lost=1, last_loss="paused")
    stats.lease.fenced["reply"] = 2
    model = HealthModel(app, None)
    try:
        telegram = model.telegram()
    finally:
        model.close()
    assert telegram.status is Status.HEALTHY
    assert telegram.detail == "standby: replica host-a holds the lease and takes updates in"
    assert telegram.info["role"] == "standby"
    assert telegram.info["lease"]["leader_epoch"] == 7
    scraped = scrape(app)
    assert scraped[("fe_telegram_leader", ())] == 0
    assert scraped[("fe_telegram_lease_epoch", ())] == 7
    assert scraped[("fe_telegram_lease_terms_total", (("event", "lost"),))] == 1
    assert scraped[("fe_telegram_fenced_total", (("where", "reply"),))] == 2


async def test_the_leader_and_a_webhook_receiver_report_as_such(app: App) -> None:
    stats = app.poller_stats
    stats.role, stats.mode = "leader", "webhook"
    stats.lease = LeaseStats(holder="host-a", role=LeaseRole.LEADER, epoch=3, leader="host-a",
                             leader_epoch=3, acquired=1)
    stats.webhook_requests["ok"] = 5
    model = HealthModel(app, None)
    try:
        telegram = model.telegram()
    finally:
        model.close()
    assert telegram.status is Status.HEALTHY
    assert telegram.detail == "receiving webhooks"
    scraped = scrape(app)
    assert scraped[("fe_telegram_leader", ())] == 1
    assert scraped[("fe_telegram_webhook_requests_total", (("outcome", "ok"),))] == 5
