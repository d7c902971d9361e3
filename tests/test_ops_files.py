"""The ops files: ``config/prometheus/alerts.yml`` passes ``promtool check rules``, and
every metric named in it and in ``config/grafana/dashboard.json`` is one a running health
server really exposes on ``/metrics`` (scraped over HTTP from the real bot tree).

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
from prometheus_client.parser import text_string_to_metric_families

from actors.health import PREFIX
from chaos.emulators.telegram import TelegramEmulator
from tests.actors.test_health import TOKEN, running, settings_for

ROOT = Path(__file__).resolve().parent.parent
ALERTS = ROOT / "config" / "prometheus" / "alerts.yml"
DASHBOARD = ROOT / "config" / "grafana" / "dashboard.json"

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_IDENTIFIER = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
_SUFFIXES = {
    "counter": ("_total", "_created"),
    "histogram": ("_bucket", "_sum", "_count", "_created"),
    "summary": ("_sum", "_count", "_created"),
    "gauge": ("",),
}


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
    assert all(metric_names(expr) for expr in alerts)
    assert all(metric_names(expr) for _, expr in panels), [
        title for title, expr in panels if not metric_names(expr)]


# -- promtool ------------------------------------------------------------------------------


def test_promtool_accepts_the_alert_rules() -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("promtool is missing under CI: scripts/test installs it (ensure_promtool)")
        pytest.skip("promtool is not installed (scripts/test installs it)")
    done = subprocess.run([promtool, "check", "rules", str(ALERTS)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


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
    # The scrape is the real thing: the conversation moved the counters.
    received = [s.value for f in text_string_to_metric_families(scrape) for s in f.samples
                if s.name == "fe_telegram_updates_received_total"]
    assert received == [1.0]
