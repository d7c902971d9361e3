"""What a drill found, and its report: ``analyse`` reads the Chaos Toolkit journal, the
event log, the sampler's readings and the final Jepsen check into ``Findings`` (the
verdict with its reasons included); ``write_report`` writes ``journal.json``,
``timeline.png``, ``report.md`` and a self-contained ``report.html`` (the plot inlined as
base64) into the drill's directory.

The verdict is PASS only when every one of these holds, and each miss is a reason:
the drill ran (system up, load sent, no action failed); the hypothesis was met before and
after the fault, and during it for the probes the scenario says must hold throughout;
nothing acknowledged was lost, in replies or diary rows (RPO 0); no unexpected reply, no
duplicate outside the replies in flight at a kill, nothing left unacknowledged; every
measured recovery within its target; the rollbacks succeeded.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import importlib.metadata
import json
import platform
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chaos.ctk import KINDS, Event, FaultWindow, LoadCheck, fault_windows, in_flight_at_kills
from config.settings import DEFAULT_FILE, Settings

from ._sampler import Sample
from ._scenarios import Plan, Scenario

__all__ = ["Findings", "ProbeRow", "RecoveryRow", "analyse", "write_report"]

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class ProbeRow:
    """One hypothesis probe through the drill."""

    name: str
    tolerance: Any
    must_hold_during: bool
    before: tuple[Any, bool | None] | None
    after: tuple[Any, bool | None] | None
    during: list[tuple[float, Any, bool]] = field(default_factory=list)
    """(wall time, value, met) for every check during the method."""

    @property
    def during_misses(self) -> list[tuple[float, Any, bool]]:
        return [d for d in self.during if not d[2]]


@dataclass
class RecoveryRow:
    component: str
    measures: str
    measured_s: float | None
    target_s: float
    allowed_s: float | None
    allowed_setting: str | None
    faults_ended: int

    @property
    def ok(self) -> bool:
        return self.faults_ended == 0 or (
            self.measured_s is not None and self.measured_s <= self.target_s)


@dataclass
class Findings:
    scenario: Scenario
    plan: Plan
    verdict: str
    reasons: list[str]
    probes: list[ProbeRow]
    recoveries: list[RecoveryRow]
    counts: dict[str, int]
    seen: dict[str, dict[str, int]]
    windows: list[FaultWindow]
    events: list[Event]
    samples: list[Sample]
    check: LoadCheck | None
    journal: dict[str, Any]
    started_at: dt.datetime
    engine: str
    embedded: bool
    sabotage: str | None
    error: str | None
    identity: dict[str, str]
    t0: float

    @property
    def rpo_lost(self) -> int:
        return self.counts.get("lost", 0) + self.counts.get("rows_lost", 0)

    def latency(self, quantile: float) -> float | None:
        report = self.check.report if self.check is not None else None
        if report is None or not report.latencies:
            return None
        return report.latency(quantile)


# -- analysis -------------------------------------------------------------------------------


def _epoch(iso: str | None) -> float:
    if not iso:
        return 0.0
    return dt.datetime.fromisoformat(iso).timestamp()


def _probe_runs(state: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    if not state:
        return {}
    return {run["activity"]["name"]: run for run in state.get("probes", [])}


def _value(run: dict[str, Any]) -> tuple[Any, bool | None]:
    if run.get("status") == "failed":
        exception = run.get("exception") or ["failed"]
        return (f"error: {str(exception[-1]).strip()}", False)
    return (run.get("output"), run.get("tolerance_met"))


def _probe_rows(scenario: Scenario, journal: dict[str, Any]) -> list[ProbeRow]:
    states = journal.get("steady_states") or {}
    before, after = _probe_runs(states.get("before")), _probe_runs(states.get("after"))
    during = [_probe_runs(s) for s in states.get("during") or []]
    rows = []
    for probe in scenario.experiment["steady-state-hypothesis"]["probes"]:
        name = probe["name"]
        row = ProbeRow(name, probe.get("tolerance"), name in scenario.holds_during,
                       _value(before[name]) if name in before else None,
                       _value(after[name]) if name in after else None)
        for state in during:
            if name in state:
                value, met = _value(state[name])
                row.during.append((_epoch(state[name].get("start")), value, bool(met)))
        rows.append(row)
    return rows


def _setting(settings: Settings, dotted: str | None) -> float | None:
    if not dotted:
        return None
    section, _, key = dotted.partition(".")
    value = getattr(getattr(settings, section, None), key, None)
    return float(value) if isinstance(value, int | float) else None


def _recoveries(scenario: Scenario, events: Sequence[Event],
                settings: Settings) -> list[RecoveryRow]:
    rows = []
    for r in scenario.recovery:
        starts = {e.fault for e in events if e.kind == "fault_start" and e.component == r.component}
        ended = sum(1 for e in events if e.kind == "fault_end" and e.fault in starts
                    and not e.data.get("rollback") and e.data.get("measured", True))
        measured = [float(e.data["seconds"]) for e in events
                    if e.kind == "recovered" and e.component == r.component]
        rows.append(RecoveryRow(r.component, r.measures, max(measured) if measured else None,
                                r.target_s, _setting(settings, r.allowed_setting),
                                r.allowed_setting, ended))
    return rows


def _seen(check: LoadCheck | None, windows: Sequence[FaultWindow]) -> dict[str, dict[str, int]]:
    empty = dict.fromkeys(KINDS, 0)
    if check is None:
        return {"before": empty, "during": empty, "after": empty, "total": empty}
    if not windows:
        return {"before": check.seen(), "during": empty, "after": empty, "total": check.seen()}
    first = min(w.start for w in windows)
    last = max(w.end if w.end is not None else float("inf") for w in windows)
    return {"before": check.seen(None, first), "during": check.seen(first, last),
            "after": check.seen(last, None), "total": check.seen()}


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value else "0"
    if isinstance(value, list):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    return str(value)


def _reasons(f: Findings) -> list[str]:
    reasons: list[str] = []
    if f.error:
        reasons.append(f"the drill could not run to the end: {f.error}")
    status = f.journal.get("status")
    if f.journal and status not in ("completed", None):
        reasons.append(f"the experiment ended {status!r}, not completed")
    for run in f.journal.get("run") or []:
        if run.get("status") == "failed":
            exception = str((run.get("exception") or ["?"])[-1]).strip()
            reasons.append(f"action {run['activity']['name']} failed: {exception}")
    for run in f.journal.get("rollbacks") or []:
        if run.get("status") == "failed":
            exception = str((run.get("exception") or ["?"])[-1]).strip()
            reasons.append(f"rollback {run['activity']['name']} failed: {exception}")
    if f.check is None or f.check.report is None or f.check.attempted == 0:
        state = (f.check.state if f.check is not None else {}) or {}
        why = f" ({state.get('error')})" if state.get("error") else ""
        reasons.append(f"no synthetic load ran{why}: nothing was measured (see load/load.log)")
    for row in f.probes:
        tol = _fmt(row.tolerance)
        if row.before is None and f.journal and not any(
                r.before is not None and not r.before[1] for r in f.probes):
            reasons.append(f"before the fault: probe {row.name} was not run")
        elif row.before is not None and not row.before[1]:
            reasons.append(f"before the fault: {row.name} = {_fmt(row.before[0])} "
                           f"(tolerance {tol}): the system was not in its steady state")
        if row.must_hold_during and row.during_misses:
            at, value, _ = max(row.during_misses, key=lambda d: _badness(d[1]))
            reasons.append(f"{_when(f, at)}: {row.name} = {_fmt(value)} at "
                           f"+{at - f.t0:.1f} s (tolerance {tol}), "
                           f"{len(row.during_misses)} of {len(row.during)} checks missed")
        if row.after is not None and not row.after[1]:
            reasons.append(f"after the fault: {row.name} = {_fmt(row.after[0])} "
                           f"(tolerance {tol})")
        elif row.after is None and row.before is not None and row.before[1] and not any(
                r.after is not None and not r.after[1] for r in f.probes):
            reasons.append(f"after the fault: probe {row.name} was not run (the run stopped "
                           "before the hypothesis was checked)")
    c = f.counts
    if f.rpo_lost:
        lost = f.check.report.lost if f.check is not None and f.check.report else []
        reasons.append(f"RPO: {c.get('lost', 0)} acknowledged phrases without a reply and "
                       f"{c.get('rows_lost', 0)} without their diary row (must be 0)"
                       + (f"; e.g. updates {lost[:5]}" if lost else ""))
    if c.get("unexpected"):
        samples = f.check.report.unexpected[:2] if f.check and f.check.report else []
        texts = "; ".join(repr(r.text[:60]) for r in samples)
        reasons.append(f"{c['unexpected']} unexpected bot messages (e.g. {texts})")
    if c.get("duplicated_outside"):
        reasons.append(f"{c['duplicated_outside']} duplicate replies outside the replies in "
                       "flight at a kill" + _duplicates_outside(f))
    if c.get("unknown"):
        reasons.append(f"{c['unknown']} phrases never acknowledged by the bot (still pending "
                       "in Telegram when the drill ended)")
    if c.get("rows_unexpected") or c.get("rows_duplicated"):
        reasons.append(f"diary rows: {c.get('rows_unexpected', 0)} unexpected, "
                       f"{c.get('rows_duplicated', 0)} duplicated")
    for rec in f.recoveries:
        if rec.faults_ended and rec.measured_s is None:
            reasons.append(f"RTO: {rec.component} did not recover ({rec.measures})")
        elif not rec.ok:
            reasons.append(f"RTO: {rec.component} recovered in {rec.measured_s:.2f} s, "
                           f"target {rec.target_s:g} s ({rec.measures})")
    return reasons


def _when(f: Findings, at: float) -> str:
    """Where a check made during the method fell against the fault windows: a probe
    marked *throughout* is checked from the load's start to the settle, not only while
    the fault lasts."""
    for w in f.windows:
        if w.start <= at and (w.end is None or at <= w.end):
            return "during the fault"
    ended = [w.end for w in f.windows if w.end is not None and w.end < at]
    if ended:
        return f"after the fault (it ended at +{max(ended) - f.t0:.1f} s), during the method"
    return "before the fault, during the method"


def _duplicates_outside(f: Findings) -> str:
    """``; e.g. update N (its first reply S s before the kill), ...``: the updates answered
    twice though not in flight at a kill, and how far from the kill their first reply
    came, to find them in ``load/transcripts.jsonl`` and the bot's log."""
    report = f.check.report if f.check is not None else None
    if report is None:
        return ""
    in_flight = in_flight_at_kills(f.events)
    kills = [e.at for e in f.events if e.kind == "kill"]
    parts = []
    for update in sorted(u for u in report.duplicated if u not in in_flight)[:5]:
        first = report.first_reply_at.get(update)
        if first is not None and kills:
            kill = min(kills, key=lambda at: abs(at - first))
            side = "before" if first < kill else "after"
            parts.append(f"update {update} (its first reply {abs(first - kill):.2f} s "
                         f"{side} the kill)")
        elif first is not None:
            parts.append(f"update {update} (its first reply at +{first - f.t0:.1f} s)")
        else:
            parts.append(f"update {update}")
    return f"; e.g. {', '.join(parts)}" if parts else ""


def _badness(value: Any) -> float:
    if isinstance(value, bool):
        return 0.0
    if isinstance(value, int | float):
        return abs(float(value) - 200.0) if value in (0, 503) else float(value)
    return 1e9


def _identity(settings: Settings, engine: str, embedded: bool) -> dict[str, str]:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=False)
        return done.stdout.strip() if done.returncode == 0 else "unknown"

    dirty = git("status", "--porcelain", "--untracked-files=no")
    supervision = settings.supervision
    config = (DEFAULT_FILE.read_text(encoding="utf-8")
              + f"{supervision.rto_postgres}:{supervision.rto_redis}:{supervision.rto_bot}")
    versions = []
    for dist in ("chaostoolkit-lib", "chaostoolkit", "matplotlib"):
        try:
            versions.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return {
        "git": git("rev-parse", "--short", "HEAD") + (" (modified)" if dirty not in (
            "", "unknown") else ""),
        "config": hashlib.sha256(config.encode()).hexdigest()[:12],
        "python": platform.python_version(),
        "versions": ", ".join(versions),
        "engine": engine,
        "system": "embedded" if embedded else "deployment",
    }


def analyse(scenario: Scenario, plan: Plan, journal: dict[str, Any], events: list[Event],
            samples: list[Sample], check: LoadCheck | None, settings: Settings, *,
            error: str | None, started_at: dt.datetime, engine: str, embedded: bool,
            sabotage: str | None) -> Findings:
    windows = fault_windows(events)
    counts = check.counts(in_flight_at_kills(events)) if check is not None else {}
    load_start = (check.state.get("started_at") if check is not None else None) or next(
        (e.at for e in events if e.kind == "load_start"), None)
    t0 = float(load_start) if load_start else (
        samples[0].at if samples else started_at.timestamp())
    findings = Findings(
        scenario=scenario, plan=plan, verdict="FAIL", reasons=[],
        probes=_probe_rows(scenario, journal), recoveries=_recoveries(scenario, events, settings),
        counts=counts, seen=_seen(check, windows), windows=windows, events=events,
        samples=samples, check=check, journal=journal, started_at=started_at, engine=engine,
        embedded=embedded, sabotage=sabotage, error=error,
        identity=_identity(settings, engine, embedded), t0=t0)
    findings.reasons = _reasons(findings)
    findings.verdict = "FAIL" if findings.reasons else "PASS"
    return findings


# -- the document ---------------------------------------------------------------------------


@dataclass
class _Doc:
    """Blocks rendered both as Markdown and as HTML."""

    blocks: list[tuple[str, Any]] = field(default_factory=list)

    def h(self, level: int, text: str) -> None:
        self.blocks.append(("h", (level, text)))

    def p(self, text: str) -> None:
        self.blocks.append(("p", text))

    def items(self, items: Iterable[str]) -> None:
        self.blocks.append(("ul", list(items)))

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        self.blocks.append(("table", (list(header), [list(r) for r in rows])))

    def image(self, alt: str, file: str, png: bytes) -> None:
        self.blocks.append(("img", (alt, file, png)))

    def markdown(self) -> str:
        out: list[str] = []
        for kind, body in self.blocks:
            if kind == "h":
                out.append("#" * body[0] + " " + body[1])
            elif kind == "p":
                out.append(body)
            elif kind == "ul":
                out.append("\n".join(f"- {item}" for item in body))
            elif kind == "table":
                header, rows = body
                lines = ["| " + " | ".join(header) + " |",
                         "|" + "|".join("---" for _ in header) + "|"]
                lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |"
                          for row in rows]
                out.append("\n".join(lines))
            elif kind == "img":
                out.append(f"![{body[0]}]({body[1]})")
        return "\n\n".join(out) + "\n"

    def html(self, title: str) -> str:
        out = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
               f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"]
        for kind, body in self.blocks:
            if kind == "h":
                out.append(f"<h{body[0]}>{_inline(body[1])}</h{body[0]}>")
            elif kind == "p":
                out.append(f"<p>{_inline(body)}</p>")
            elif kind == "ul":
                out.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in body) + "</ul>")
            elif kind == "table":
                header, rows = body
                head = "".join(f"<th>{_inline(c)}</th>" for c in header)
                cells = "".join("<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in row)
                                + "</tr>" for row in rows)
                out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{cells}</tbody>"
                           "</table>")
            elif kind == "img":
                data = base64.b64encode(body[2]).decode("ascii")
                out.append(f"<img alt=\"{html.escape(body[0])}\" "
                           f"src=\"data:image/png;base64,{data}\">")
        out.append("</body></html>")
        return "\n".join(out) + "\n"


_CSS = ("body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;"
        "color:#222}table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid "
        "#ccc;padding:.25rem .6rem;text-align:left;vertical-align:top}th{background:#f3f3f3}"
        "img{max-width:100%}code{background:#f3f3f3;padding:0 .2rem}.pass{color:#176f2c}"
        ".fail{color:#b00020}")


def _inline(text: str) -> str:
    """Markdown's ``code`` and **bold** as HTML (everything else escaped)."""
    escaped = html.escape(text)
    parts = escaped.split("`")
    escaped = "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))
    parts = escaped.split("**")
    escaped = "".join(f"<strong>{p}</strong>" if i % 2 else p for i, p in enumerate(parts))
    return (escaped.replace("<strong>PASS</strong>", "<strong class=\"pass\">PASS</strong>")
            .replace("<strong>FAIL</strong>", "<strong class=\"fail\">FAIL</strong>"))


def _mark(ok: bool | None) -> str:
    return "—" if ok is None else ("✓" if ok else "✗")


def _during(row: ProbeRow, t0: float) -> str:
    if not row.during:
        return "not checked"
    misses = row.during_misses
    values = [v for _, v, _ in row.during]
    numbers = [float(v) for v in values if isinstance(v, int | float)
               and not isinstance(v, bool)]
    spread = f", values {_fmt(min(numbers))}–{_fmt(max(numbers))}" if numbers else ""
    if not misses:
        return f"{len(row.during)}/{len(row.during)} met ✓{spread}"
    first = misses[0]
    kind = "✗" if row.must_hold_during else "(allowed during the fault)"
    return (f"{len(row.during) - len(misses)}/{len(row.during)} met {kind}: "
            f"{_fmt(first[1])} from +{first[0] - t0:.1f} s{spread}")


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} s"


def _document(f: Findings, png: bytes | None) -> _Doc:
    doc = _Doc()
    s, plan = f.scenario, f.plan
    doc.h(1, f"Drill `{s.name}`: {s.title} — **{f.verdict}**")
    when = f.started_at.strftime("%Y-%m-%d %H:%M:%S UTC")
    ident = f.identity
    doc.p(f"{when} · seed {plan.seed} · {ident['system']} system · engine `{ident['engine']}` "
          f"· git {ident['git']} · config {ident['config']} · Python {ident['python']} · "
          f"{ident['versions']}")
    if f.sabotage:
        doc.p(f"**TEST ONLY**: the bot ran with the sabotage `{f.sabotage}`, a defect put in "
              "on purpose to show a failing drill.")
    doc.p(f"**Hypothesis**: {s.hypothesis}.")
    doc.p(s.description)

    doc.h(2, "Verdict")
    if f.verdict == "PASS":
        doc.p("**PASS**: every probe held, nothing acknowledged was lost, every recovery was "
              "within its target. Exit status 0.")
    else:
        doc.p(f"**FAIL**, exit status 1, because of {len(f.reasons)} "
              f"reason{'s' if len(f.reasons) != 1 else ''}:")
        doc.items(f.reasons)

    doc.h(2, "Plan")
    faults = ", ".join(f"{w.fault} +{w.start - f.t0:.2f}…"
                       + (f"+{w.end - f.t0:.2f} s" if w.end is not None else "(not removed)")
                       for w in f.windows) or "none"
    doc.table(["", ""], [
        ["load", f"{plan.rate:g} phrases/s from {plan.chats} parents (chats "
                 f"{plan.first_chat}…{plan.first_chat + plan.chats - 1}), Poisson schedule "
                 f"`{plan.schedule_digest()}`"],
        ["fault", f"after {plan.warmup_seconds:g} s of load, for {plan.fault_seconds:g} s; "
                  f"then {plan.after_seconds:g} s of load, up to {plan.settle_seconds:g} s to "
                  "settle"],
        ["faults as run", faults + " (seconds from the load's start)"],
        ["experiment", f"`{s.path.relative_to(ROOT)}`"],
    ])

    doc.h(2, "Hypothesis before, during and after the fault")
    doc.p("Each probe's value against its tolerance. Probes marked *throughout* must hold "
          "during the fault too; the others are expected to move while it lasts and must be "
          "back after it. Chaos Toolkit stops a check at the first probe that misses, so a "
          "later probe may show no value.")
    doc.table(["probe", "tolerance", "before", "during the method", "after"], [
        [f"`{r.name}`" + (" *throughout*" if r.must_hold_during else ""), _fmt(r.tolerance),
         "not run" if r.before is None else f"{_fmt(r.before[0])} {_mark(r.before[1])}",
         _during(r, f.t0),
         "not run" if r.after is None else f"{_fmt(r.after[0])} {_mark(r.after[1])}"]
        for r in f.probes])

    doc.h(2, "Recovery (RTO) and data loss (RPO)")
    rows = []
    for rec in f.recoveries:
        allowed = (f"{rec.allowed_s:g} s (`{rec.allowed_setting}`)" if rec.allowed_s is not None
                   else "not set")
        measured = ("no fault ended" if not rec.faults_ended else
                    "did not recover" if rec.measured_s is None else _seconds(rec.measured_s))
        rows.append([f"{rec.component}: {rec.measures}", measured, f"≤ {rec.target_s:g} s",
                     allowed, _mark(rec.ok)])
    c = f.counts
    rows.append(["RPO: acknowledged phrases without a reply", str(c.get("lost", 0)), "0",
                 "0: an acknowledged update is durable", _mark(not c.get("lost"))])
    rows.append(["RPO: acknowledged phrases without their diary row",
                 str(c.get("rows_lost", 0)), "0", "0", _mark(not c.get("rows_lost"))])
    doc.table(["what", "measured", "target", "allowed", ""], rows)
    spells = _breaker_spells(f.samples)
    if spells:
        doc.p("Breakers as the sampler saw them (every "
              f"{_interval(f.samples):.2f} s; open → closed):")
        doc.items(f"{name}: open from +{start - f.t0:.1f} s, " + (
            f"closed at +{end - f.t0:.1f} s ({end - start:.1f} s open)" if end is not None
            else "still open at the end") for name, start, end in spells)
    p50, p99 = f.latency(0.5), f.latency(0.99)
    if p50 is not None and p99 is not None and f.check is not None and f.check.report:
        doc.p(f"Reply latency over the whole drill: p50 {p50 * 1000:.0f} ms, p99 "
              f"{p99 * 1000:.0f} ms, max {max(f.check.report.latencies) * 1000:.0f} ms.")

    doc.h(2, "Jepsen counts")
    doc.p("From the synthetic parents' log and the Telegram emulator (`chaos.load`): "
          "acknowledged = the bot confirmed the update to Telegram; lost = acknowledged and "
          "never answered; recovered = not acknowledged yet answered; notices = \"I'll answer "
          "in a minute\" texts, not answers.")
    keys = ["attempted", "acknowledged", "answered", "lost", "duplicated", "unexpected",
            "recovered", "notices", "unknown"]
    doc.table(keys, [[str(c.get(k, 0)) for k in keys]])
    if f.check is not None and f.check.report is not None and f.check.report.rows_checked:
        doc.table(["diary rows present", "rows lost", "rows unexpected", "rows duplicated"],
                  [[str(f.check.report.rows_present), str(c.get("rows_lost", 0)),
                    str(c.get("rows_unexpected", 0)), str(c.get("rows_duplicated", 0))]])
    in_flight = sorted(in_flight_at_kills(f.events))
    if c.get("lost") and c.get("duplicated"):
        doc.p("After a loss the reply counts are approximate: `chaos.load` tells which phrase "
              "a reply answers by its header, per chat and in order, so once a phrase goes "
              "unanswered a later phrase's reply can be taken for a repeat of an earlier "
              "phrase with the same header. The diary rows are keyed by update id: their "
              "counts are exact.")
    if in_flight:
        doc.p(f"{len(in_flight)} phrases were in flight at the kill (sent and unanswered, or "
              f"answered less than 0.25 s before it): only their replies may come twice; "
              f"{c.get('duplicated', 0)} duplicates in all, "
              f"{c.get('duplicated_outside', 0)} outside them.")

    doc.h(2, "What parents saw")
    labels = {"answer": "an answer", "answer_basic": "an answer in basic mode (dictionary)",
              "apology": "an apology", "state_wait": "\"I'll answer in a minute\"",
              "other": "anything else"}
    doc.table(["text", "before the fault", "during the fault", "after the fault", "total"],
              [[labels[k], *(str(f.seen[w].get(k, 0))
                             for w in ("before", "during", "after", "total"))]
               for k in KINDS])
    if f.check is not None and f.check.claude_answers:
        doc.p(f"{f.check.claude_answers} answers came from Claude (the Anthropic emulator).")

    if png is not None:
        doc.h(2, "Timeline")
        doc.p("Shaded: the fault windows. Dashed lines: faults in and out, recoveries, kills. "
              "Seconds from the load's start.")
        doc.image("timeline of the drill", "timeline.png", png)

    doc.h(2, "Events")
    doc.table(["+s", "event", "detail"], [
        [f"{e.at - f.t0:+.2f}", e.kind, _event_detail(e)] for e in f.events])

    doc.h(2, "Chaos Toolkit activities")
    runs = [("method", r) for r in f.journal.get("run") or []] + [
        ("rollback", r) for r in f.journal.get("rollbacks") or []]
    doc.table(["", "activity", "status", "seconds", "output"], [
        [part, f"`{r['activity']['name']}`", str(r.get("status")),
         f"{float(r.get('duration') or 0):.2f}", _short(r.get("output"))]
        for part, r in runs])
    doc.p(f"Journal status `{f.journal.get('status', 'none')}`, deviated "
          f"`{f.journal.get('deviated', False)}`.")

    doc.h(2, "Files")
    doc.items([
        "`journal.json`: the Chaos Toolkit journal (`chaos report` reads it too)",
        "`events.jsonl`: faults in and out, recoveries measured, kills with the replies in "
        "flight",
        "`timeline.jsonl`: the sampler's readings of `/health` and `/metrics`",
        "`load/sent.jsonl`, `load/load.json`: the synthetic parents' log; "
        "`load/transcripts.jsonl`: their chats as the Telegram emulator held them at the end",
        "`logs/`: the bot's and the emulators' output; `chaostoolkit.log`",
    ])
    doc.p("How to read a failure: chaos/README.md, section \"Reading a drill report\".")
    return doc


def _interval(samples: Sequence[Sample]) -> float:
    if len(samples) < 2:
        return 0.0
    return (samples[-1].at - samples[0].at) / (len(samples) - 1)


def _breaker_spells(samples: Sequence[Sample]) -> list[tuple[str, float, float | None]]:
    """Each breaker's spells away from closed: (name, first seen not closed, first seen
    closed again or None)."""
    spells: list[tuple[str, float, float | None]] = []
    opened: dict[str, float] = {}
    for sample in samples:
        if not sample.up:
            continue
        for name, state in sorted(sample.breakers.items()):
            if state != "closed" and name not in opened:
                opened[name] = sample.at
            elif state == "closed" and name in opened:
                spells.append((name, opened.pop(name), sample.at))
    spells += [(name, start, None) for name, start in opened.items()]
    return sorted(spells, key=lambda s: s[1])


def _event_detail(e: Event) -> str:
    parts = [p for p in (e.fault, e.component) if p]
    data = {k: v for k, v in e.data.items() if k not in ("in_flight", "counts")}
    if "in_flight" in e.data:
        data["in_flight"] = len(e.data["in_flight"])
    counts = e.data.get("counts")
    if isinstance(counts, dict):
        data.update({k: counts.get(k, 0) for k in ("attempted", "acknowledged", "lost",
                                                   "duplicated", "unexpected")})
    if "seconds" in data:
        data["seconds"] = round(float(data["seconds"]), 3)
    if data:
        parts.append(", ".join(f"{k}={v}" for k, v in sorted(data.items())))
    return " · ".join(parts)


def _short(output: Any) -> str:
    text = json.dumps(output, sort_keys=True, default=str) if output is not None else ""
    return text if len(text) <= 120 else text[:117] + "…"


def write_report(findings: Findings, drill_dir: Path) -> dict[str, Path]:
    """Write the journal, the plot and both reports; returns their paths by kind."""
    from ._plot import timeline_png

    files = {"journal": drill_dir / "journal.json", "markdown": drill_dir / "report.md",
             "html": drill_dir / "report.html", "png": drill_dir / "timeline.png"}
    files["journal"].write_text(json.dumps(findings.journal, indent=2, default=str) + "\n",
                                encoding="utf-8")
    png: bytes | None = None
    png_error: str | None = None
    try:
        png = timeline_png(findings)
        files["png"].write_bytes(png)
    except Exception as exc:  # a report without its plot beats no report
        files.pop("png")
        png_error = f"The timeline could not be drawn: {exc!r}."
    doc = _document(findings, png)
    if png_error:
        doc.p(png_error)
    files["markdown"].write_text(doc.markdown(), encoding="utf-8")
    title = f"Drill {findings.scenario.name}: {findings.verdict}"
    files["html"].write_text(doc.html(title), encoding="utf-8")
    return files
