"""``Metrics``: counters at the source, runtime events, and the scrape-time collector over
real components (a real spool, cache service, translator service, actor system), read
back through the text exposition format.

Asyncio only: the app's components include asyncpg- and redis-py-based ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from actors.health import HealthModel, Metrics
from app import App, open_app
from chaos.emulators.telegram import make_test_token
from config.settings import load_settings
from runtime import Actor, ActorCrashed, ActorSystem
from supervisors import supervisor_spec, worker

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TOKEN = make_test_token(880002, "METRICSSECRET")


def samples(metrics: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """(sample name, sorted labels) → value, parsed from ``render()``."""
    out: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
    for family in text_string_to_metric_families(metrics.render().decode()):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def value(metrics: Metrics, name: str, **labels: str) -> float | None:
    return samples(metrics).get((name, tuple(sorted(labels.items()))))


class Crashy(Actor):
    """Crashes on "crash" every time, on "crash once" on its first delivery only."""

    crashed_once: bool = False

    async def receive(self, message: Any) -> Any:
        if message == "crash" or (message == "crash once" and not Crashy.crashed_once):
            Crashy.crashed_once = True
            raise RuntimeError("boom")
        return message


def crashy_tree() -> Any:
    return supervisor_spec("root", [worker("crashy", Crashy)], max_restarts=10, within=5.0)


# -- the registry --------------------------------------------------------------------------


def test_each_metrics_has_its_own_registry_not_the_global_one() -> None:
    first, second = Metrics(), Metrics()
    first.registration()

    assert value(first, "fe_registrations_total") == 1
    assert value(second, "fe_registrations_total") == 0
    assert not any(name.startswith("fe_") for name in REGISTRY._names_to_collectors)


# -- counted at the source -----------------------------------------------------------------


def test_translation_counts_by_age_group_language_source_success_and_times_it() -> None:
    metrics = Metrics()
    metrics.translation("4-6", "ru", "claude", True, 1.5)
    metrics.translation("4-6", "ru", "claude", True, 0.5)
    metrics.translation("7-9", "en", "offline", False, 0.01)

    assert value(metrics, "fe_translations_total", age_group="4-6", language="ru",
                 source="claude", success="true") == 2
    assert value(metrics, "fe_translations_total", age_group="7-9", language="en",
                 source="offline", success="false") == 1
    assert value(metrics, "fe_translation_duration_seconds_count", source="claude") == 2
    assert value(metrics, "fe_translation_duration_seconds_sum", source="claude") == 2.0
    assert value(metrics, "fe_translation_duration_seconds_bucket", source="claude",
                 le="1.0") == 1


def test_business_and_technical_counters_move() -> None:
    metrics = Metrics()
    metrics.checkin("sent")
    metrics.checkin("answered")
    metrics.set_business(active_families=12, checkin_completion=0.5, retention={"d7": 0.25})
    metrics.db_query("flush", 0.004)
    metrics.external_request("claude", 529, 0.2)
    metrics.external_request("telegram", "timeout", 10.0)

    assert value(metrics, "fe_checkins_total", event="answered") == 1
    assert value(metrics, "fe_active_families") == 12
    assert value(metrics, "fe_checkin_completion_ratio") == 0.5
    assert value(metrics, "fe_retention_ratio", window="d7") == 0.25
    assert value(metrics, "fe_db_query_duration_seconds_count", operation="flush") == 1
    assert value(metrics, "fe_external_requests_total", service="claude", status="529") == 1
    assert value(metrics, "fe_external_requests_total", service="telegram",
                 status="timeout") == 1


# -- runtime events ------------------------------------------------------------------------


async def test_a_crash_counts_a_crash_and_a_restart_with_its_reason() -> None:
    metrics = Metrics()
    async with ActorSystem.start(crashy_tree()) as system:
        metrics.watch(system)
        Crashy.crashed_once = False
        # Redelivered to the next incarnation, which answers.
        assert await system.ref("crashy").ask("crash once", timeout=5.0) == "crash once"

    assert value(metrics, "fe_actor_crashes_total", actor="root/crashy", phase="receive") == 1
    assert value(metrics, "fe_actor_restarts_total", actor="root/crashy",
                 reason="crashed") == 1


async def test_a_poison_message_counts_a_dead_letter() -> None:
    metrics = Metrics()
    async with ActorSystem.start(crashy_tree()) as system:
        metrics.watch(system)
        with pytest.raises(ActorCrashed):
            await system.ref("crashy").ask("crash", timeout=5.0)

    assert value(metrics, "fe_dead_letters_total", actor="root/crashy", reason="poison") == 1
    assert value(metrics, "fe_actor_crashes_total", actor="root/crashy", phase="receive") == 4


async def test_events_are_not_counted_after_the_listener_is_removed() -> None:
    metrics = Metrics()
    async with ActorSystem.start(crashy_tree()) as system:
        unwatch = metrics.watch(system)
        unwatch()
        with pytest.raises(ActorCrashed):
            await system.ref("crashy").ask("crash", timeout=5.0)

    assert value(metrics, "fe_actor_crashes_total", actor="root/crashy", phase="receive") is None


# -- read at scrape time from real components ---------------------------------------------


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    settings = load_settings(env={}, overrides={
        "database": {"spool_dir": str(tmp_path / "spool"), "spool_fsync": False},
        "telegram": {"journal_dir": str(tmp_path / "journal")},
    })
    async with open_app(settings, TOKEN) as opened:
        yield opened


async def test_spool_gauges_are_read_at_scrape_time(app: App) -> None:
    metrics = Metrics()
    metrics.observe(app)
    assert value(metrics, "fe_spool_depth") == 0

    await app.spool.append_many([b"one", b"two", b"three"])

    assert value(metrics, "fe_spool_depth") == 3
    assert value(metrics, "fe_queue_size", queue="spool") == 3
    assert value(metrics, "fe_spool_healthy") == 1
    assert value(metrics, "fe_spool_free_bytes") > 0


async def test_breaker_state_follows_the_real_breaker(app: App) -> None:
    metrics = Metrics()
    metrics.observe(app)
    assert value(metrics, "fe_breaker_state", breaker="claude") == 0

    for _ in range(app.translator.breaker.failures):
        assert app.translator.breaker.allow()
        app.translator.breaker.failure()

    assert value(metrics, "fe_breaker_state", breaker="claude") == 2
    assert value(metrics, "fe_breaker_state", breaker="redis") == 0


async def test_translator_and_cache_counters_mirror_their_stats(app: App) -> None:
    metrics = Metrics()
    metrics.observe(app)
    await app.translator.translate("he threw the tablet", "4-6", "en")
    await app.cache.get("nothing-here")

    assert value(metrics, "fe_translator_answers_total", path="offline") == 1
    # the translator looked in the shared cache first, then the explicit get: two misses
    assert value(metrics, "fe_cache_operations_total", outcome="miss") == 2
    assert value(metrics, "fe_cache_state", state="memory") == 1


async def test_statuses_and_actors_are_exported_with_the_model(app: App) -> None:
    metrics = Metrics()
    async with ActorSystem.start(crashy_tree()) as system:
        model = HealthModel(app, system)
        metrics.observe(app, model)
        system.ref("crashy").tell_nowait("hello")
        scraped = samples(metrics)
        model.close()

    assert scraped[("fe_component_status", (("component", "postgres"),))] == -1
    assert scraped[("fe_component_status", (("component", "spool"),))] == 0
    assert scraped[("fe_health_status", ())] == 0
    assert scraped[("fe_actor_up", (("actor", "root/crashy"),))] == 1
    assert scraped[("fe_actor_incarnation", (("actor", "root/crashy"),))] == 1
    assert ("fe_mailbox_depth", (("actor", "root/crashy"),)) in scraped


async def test_the_bot_token_never_appears_in_a_scrape(app: App) -> None:
    metrics = Metrics()
    metrics.observe(app)
    metrics.external_request("telegram", 200, 0.01)

    text = metrics.render().decode()
    assert TOKEN not in text
    assert TOKEN.split(":")[1] not in text


# -- latencies inside the bot, backups, the published render ---------------------------------


def test_bot_api_calls_count_by_method_with_unknown_methods_as_other() -> None:
    metrics = Metrics()
    metrics.telegram_call("getUpdates", "200", 25.2)
    metrics.telegram_call("getUpdates", "502", 0.3)
    metrics.telegram_call("setMyCommands", "200", 0.1)

    assert value(metrics, "fe_telegram_requests_total", method="getUpdates", status="502") == 1
    assert value(metrics, "fe_telegram_requests_total", method="other", status="200") == 1
    assert value(metrics, "fe_telegram_request_duration_seconds_count",
                 method="getUpdates") == 2
    assert value(metrics, "fe_telegram_request_duration_seconds_bucket", method="getUpdates",
                 le="26.0") == 2
    # still one of the external requests
    assert value(metrics, "fe_external_requests_total", service="telegram", status="200") == 2


def test_update_age_is_read_against_the_wall_clock_given() -> None:
    metrics = Metrics(clock=lambda: 1_800_000_030.0)
    metrics.update_received(1_800_000_000)  # 30 s old
    metrics.update_received(0)  # no date: not counted

    assert value(metrics, "fe_update_age_seconds_count") == 1
    assert value(metrics, "fe_update_age_seconds_sum") == 30.0
    assert value(metrics, "fe_update_age_seconds_bucket", le="10.0") == 0
    assert value(metrics, "fe_update_age_seconds_bucket", le="60.0") == 1


def test_loop_lag_and_spool_fsync_are_histograms() -> None:
    metrics = Metrics()
    metrics.event_loop_lag(0.003)
    metrics.event_loop_lag(-0.001)  # early (clock granularity): counted as 0
    metrics.spool_fsync(0.002)

    assert value(metrics, "fe_event_loop_lag_seconds_count") == 2
    assert value(metrics, "fe_event_loop_lag_seconds_bucket", le="0.001") == 1
    assert value(metrics, "fe_spool_fsync_duration_seconds_bucket", le="0.0025") == 1


async def test_every_fsynced_spool_commit_is_observed(tmp_path: Path) -> None:
    settings = load_settings(env={}, overrides={
        "database": {"spool_dir": str(tmp_path / "spool"), "spool_fsync": True},
        "telegram": {"journal_dir": str(tmp_path / "journal")},
    })
    async with open_app(settings, TOKEN) as opened:
        commits = value(opened.metrics, "fe_spool_fsync_duration_seconds_count") or 0
        await opened.spool.append_many([b"one", b"two"])
        await opened.spool.append(b"three")

        assert value(opened.metrics, "fe_spool_fsync_duration_seconds_count") == commits + 2


async def test_backup_metrics_are_declared_without_postgres_and_carry_no_sample(
    app: App,
) -> None:
    metrics = Metrics()
    metrics.observe(app)
    text = metrics.render().decode()

    assert "# TYPE fe_backup_last_success_timestamp_seconds gauge" in text
    assert "# TYPE fe_backup_last_verification_ok gauge" in text
    assert value(metrics, "fe_backup_last_success_timestamp_seconds") is None


async def test_backup_metrics_take_the_newest_dump_and_the_last_verification(
    tmp_path: Path,
) -> None:
    settings = load_settings(env={}, overrides={
        "database": {"spool_dir": str(tmp_path / "spool"), "spool_fsync": False,
                     "url": "postgresql://nobody@127.0.0.1:1/none"},
        "telegram": {"journal_dir": str(tmp_path / "journal")},
        "scheduler": {"backup_dir": str(tmp_path / "backups")},
    })
    async with open_app(settings, TOKEN) as opened:
        metrics = Metrics()
        metrics.observe(opened)
        never = value(metrics, "fe_backup_last_success_timestamp_seconds")
        metrics.note_newest_backup(1_800_000_000.0)
        on_disk = value(metrics, "fe_backup_last_success_timestamp_seconds")
        opened.gauges.last_backup_at = dt.datetime.fromtimestamp(1_800_086_400, dt.UTC)
        opened.gauges.last_backup_verified = False
        taken = value(metrics, "fe_backup_last_success_timestamp_seconds")
        verified = value(metrics, "fe_backup_last_verification_ok")

    assert (never, on_disk, taken, verified) == (0.0, 1_800_000_000.0, 1_800_086_400.0, 0.0)


async def test_a_published_render_shows_what_was_collected_not_what_is_now(app: App) -> None:
    metrics = Metrics()
    metrics.observe(app)
    collected = metrics.collect_observed()
    await app.spool.append_many([b"one", b"two"])

    published = {(s.name, s.value) for f in text_string_to_metric_families(
        metrics.render_published(collected).decode()) for s in f.samples}
    assert ("fe_spool_depth", 0.0) in published
    assert value(metrics, "fe_spool_depth") == 2  # render() reads the components now
