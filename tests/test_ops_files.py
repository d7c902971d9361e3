"""The ops files: ``config/prometheus/alerts.yml`` passes ``promtool check rules`` and its
unit tests (``alerts_test.yml``: every rule fires on a series that should trigger it and
stays silent on one that should not, under ``promtool test rules``); every metric named in
it and in ``config/grafana/dashboard.json`` is one a running health server really exposes
on ``/metrics`` (scraped over HTTP from the real bot tree), and the families the on-call
needs (``WITH_A_PANEL``) are exported and have a panel.

promtool comes from the Debian package ``prometheus`` (``scripts/test`` installs it); the
check is skipped only when it is missing outside CI — under ``CI=true`` it must run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from actors.health import PREFIX
from chaos.emulators.telegram import TelegramEmulator
from tests.actors.test_health import TOKEN, running, settings_for

ROOT = Path(__file__).resolve().parent.parent
ALERTS = ROOT / "config" / "prometheus" / "alerts.yml"
ALERT_TESTS = ROOT / "config" / "prometheus" / "alerts_test.yml"
PROMETHEUS_OWN = {"up"}
"""Series Prometheus makes itself, which a rule may watch instead of ours."""
WITH_A_PANEL = {
    "fe_telegram_requests", "fe_telegram_request_duration_seconds", "fe_update_age_seconds",
    "fe_event_loop_lag_seconds", "fe_spool_fsync_duration_seconds", "fe_mailbox_depth",
    "fe_actor_restarts", "fe_health_connections", "fe_health_connection_cap",
    "fe_health_connections_dropped", "fe_backup_last_success_timestamp_seconds",
    "fe_backup_last_verification_ok",
}
"""Families the on-call needs a panel for: the latencies inside the bot, mailboxes and
restarts per actor, the health port, the backups."""
DASHBOARD = ROOT / "config" / "grafana" / "dashboard.json"

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_IDENTIFIER = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
_SUFFIXES = {
    "counter": ("_total", "_created"),
    "histogram": ("_bucket", "_sum", "_count", "_created"),
    "summary": ("_sum", "_count", "_created"),
    "gauge": ("",),
}


_SUFFIXES_ANY = ("", "_total", "_bucket", "_sum", "_count", "_created")


def metric_names(expr: str) -> set[str]:
    """Our metric names in a PromQL expression (string literals and {{ templates }} left
    out, so label values and annotations do not count)."""
    code = _STRING.sub(" ", expr)
    return {name for name in _IDENTIFIER.findall(code) if name.startswith(PREFIX)}


def alert_expressions() -> list[str]:
    # The rules file is YAML, but each expression is a plain or block scalar after
    # "expr:"; reading them without a YAML library keeps the test's dependencies minimal.
    text = ALERTS.read_text(encoding="utf-8")
    exprs: list[str] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("expr:"):
            continue
        rest = stripped[len("expr:"):].strip()
        if rest not in ("|", ">"):
            exprs.append(rest)
            continue
        indent = len(line) - len(line.lstrip())
        block = []
        for follow in lines[i + 1:]:
            if follow.strip() and len(follow) - len(follow.lstrip()) <= indent:
                break
            block.append(follow)
        exprs.append("\n".join(block))
    return exprs


def dashboard_expressions() -> list[tuple[str, str]]:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return [(panel["title"], target["expr"]) for panel in dashboard["panels"]
            for target in panel["targets"]]


def exposed(scrape: str) -> set[str]:
    """Every sample name the scrape can carry: the samples present, and for each declared
    family its type's sample names (a labelled counter before its first increment is
    declared but has no sample yet)."""
    names: set[str] = set()
    for family in text_string_to_metric_families(scrape):
        names.update(sample.name for sample in family.samples)
        names.update(family.name + suffix for suffix in _SUFFIXES.get(family.type, ("",)))
    return names


# -- the parser the checks rely on ---------------------------------------------------------


def test_metric_names_skip_label_values_and_keep_every_identifier() -> None:
    expr = ('sum by (le) (rate(fe_a_bucket{service="fe_not_a_metric"}[5m])) '
            '/ fe_b_total > 0 and up')
    assert metric_names(expr) == {"fe_a_bucket", "fe_b_total"}


def test_every_alert_and_panel_has_an_expression_with_our_metrics() -> None:
    alerts = alert_expressions()
    panels = dashboard_expressions()
    assert len(alerts) >= 8
    assert all(metric_names(expr) or set(_IDENTIFIER.findall(_STRING.sub(" ", expr)))
               & PROMETHEUS_OWN for expr in alerts)
    assert all(metric_names(expr) for _, expr in panels), [
        title for title, expr in panels if not metric_names(expr)]


# -- promtool ------------------------------------------------------------------------------


def promtool() -> str:
    found = shutil.which("promtool")
    if found is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("promtool is missing under CI: scripts/test installs it (ensure_promtool)")
        pytest.skip("promtool is not installed (scripts/test installs it)")
    return found


def test_promtool_accepts_the_alert_rules() -> None:
    done = subprocess.run([promtool(), "check", "rules", str(ALERTS)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


def test_every_alert_fires_and_stays_silent_as_its_unit_tests_say() -> None:
    done = subprocess.run([promtool(), "test", "rules", ALERT_TESTS.name], capture_output=True,
                          text=True, timeout=120, cwd=ALERT_TESTS.parent)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


def test_every_alert_has_a_unit_test_that_fires_it_and_one_that_does_not() -> None:
    rules = [rule["alert"] for group in yaml.safe_load(ALERTS.read_text())["groups"]
             for rule in group["rules"] if "alert" in rule]
    tests = yaml.safe_load(ALERT_TESTS.read_text(encoding="utf-8"))
    assert tests["rule_files"] == [ALERTS.name]
    fires: set[str] = set()
    silent: set[str] = set()
    for group in tests["tests"]:
        series = [_labels(s["series"]) for s in group["input_series"]]
        for case in group["alert_rule_test"]:
            name = case["alertname"]
            expected = case.get("exp_alerts") or []
            if not expected:
                silent.add(name)
                continue
            fires.add(name)
            # a series the rule keeps apart (another actor, instance, breaker...) that must
            # not be among the alerts: the silent case inside the same group
            keys = {k for alert in expected for k in alert["exp_labels"]} - {"severity"}
            alerted = [alert["exp_labels"] for alert in expected]
            if any(key in labels and all(labels[key] != a.get(key) for a in alerted)
                   for labels in series for key in keys):
                silent.add(name)
    assert sorted(set(rules) - fires) == []
    assert sorted(set(rules) - silent) == []


def _labels(series: str) -> dict[str, str]:
    return dict(re.findall(r'(\w+)="([^"]*)"', series))


# -- against a real scrape -----------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.asyncio_only
async def test_every_metric_in_the_alerts_and_the_dashboard_is_really_exposed(
    tmp_path: Path,
) -> None:
    async with TelegramEmulator(TOKEN, flood=False) as telegram:
        settings = settings_for(tmp_path, telegram)
        async with running(settings, telegram) as bot:
            await bot.conversation(303)
            scrape = (await bot.get("/metrics")).text

    names = exposed(scrape)
    wanted = {name for expr in alert_expressions() for name in metric_names(expr)}
    wanted |= {name for _, expr in dashboard_expressions() for name in metric_names(expr)}
    assert sorted(wanted - names) == []
    # ... and the other way round for the families the on-call needs
    families = {f.name for f in text_string_to_metric_families(scrape)}
    shown = {name for _, expr in dashboard_expressions() for name in metric_names(expr)}
    assert sorted(WITH_A_PANEL - families) == []
    assert sorted(family for family in WITH_A_PANEL if not any(
        family + suffix in shown for suffix in _SUFFIXES_ANY)) == []
    # The scrape is the real thing: the conversation moved the counters.
    received = [s.value for f in text_string_to_metric_families(scrape) for s in f.samples
                if s.name == "fe_telegram_updates_received_total"]
    assert received == [1.0]
