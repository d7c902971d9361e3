"""The drill's timeline as one PNG (matplotlib, Agg backend): phrases and replies per
second, reply latency p50/p99, spool depth, breaker states, actor restarts and whether the
bot answered, on one time axis (seconds from the load's start), with the fault windows
shaded and the events marked."""

from __future__ import annotations

import io
import math
from collections import defaultdict
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

if TYPE_CHECKING:
    from ._report import Findings

__all__ = ["timeline_png"]

_FAULT = "#f4a261"
_EVENT_COLOURS = {"fault_start": "#d62828", "fault_end": "#2a9d8f", "recovered": "darkslategray",
                  "kill": "black"}
_BREAKERS = {"postgres": "#1d3557", "redis": "#e63946", "claude": "#8338ec"}
_LEVEL = {"closed": 0, "half_open": 1, "open": 2}


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timeline_png(f: Findings) -> bytes:
    t0 = f.t0
    fig, axes = plt.subplots(5, 1, figsize=(11, 11), sharex=True,
                             gridspec_kw={"height_ratios": [3, 2.2, 1.6, 1.6, 1.6]})
    traffic, latency, spool, breakers, restarts = axes
    report = f.check.report if f.check is not None else None

    # 1. phrases sent and first replies, per second
    sent_per_s: dict[int, int] = defaultdict(int)
    replies_per_s: dict[int, int] = defaultdict(int)
    lat_by_s: dict[int, list[float]] = defaultdict(list)
    sent_at = {s.update_id: s.at for s in f.check.sent} if f.check is not None else {}
    for at in sent_at.values():
        sent_per_s[math.floor(at - t0)] += 1
    if report is not None:
        for update, at in report.first_reply_at.items():
            replies_per_s[math.floor(at - t0)] += 1
            if update in sent_at:
                lat_by_s[math.floor(sent_at[update] - t0)].append(at - sent_at[update])
    if sent_per_s or replies_per_s:
        seconds = range(min([*sent_per_s, *replies_per_s]), max([*sent_per_s, *replies_per_s]) + 1)
        traffic.step(list(seconds), [sent_per_s.get(s, 0) for s in seconds], where="post",
                     label="phrases sent", color="#8d99ae")
        traffic.step(list(seconds), [replies_per_s.get(s, 0) for s in seconds], where="post",
                     label="first replies delivered", color="#2a9d8f", linewidth=2)
    if f.check is not None and f.check.claude_answers:  # Claude answers: show basic mode
        basic: dict[int, int] = defaultdict(int)
        for text in f.check.texts:
            if text.kind == "answer_basic":
                basic[math.floor(text.at - t0)] += 1
        if basic:
            span = range(min(basic), max(basic) + 1)
            traffic.step(list(span), [basic.get(x, 0) for x in span], where="post",
                         color="#8338ec", label="answers in basic mode (no Claude)")
    if f.check is not None:
        marks = {"apology": ("x", "#b00020"), "state_wait": ("|", "#e9c46a"),
                 "other": ("*", "#6d597a")}
        for kind, (marker, colour) in marks.items():
            times = [t.at - t0 for t in f.check.texts if t.kind == kind]
            if times:
                traffic.plot(times, [0] * len(times), marker, color=colour, markersize=8,
                             linestyle="none", label=kind.replace("_", " "))
    if report is not None and report.lost:
        lost = [sent_at[u] - t0 for u in report.lost if u in sent_at]
        traffic.plot(lost, [0] * len(lost), "v", color="#b00020", markersize=7,
                     linestyle="none", label="lost (acknowledged, no reply)")
    traffic.set_ylabel("per second")
    traffic.set_title(f"Drill {f.scenario.name}: {f.scenario.title} — {f.verdict}",
                      loc="left", fontsize=12, fontweight="bold")
    traffic.legend(loc="upper left", fontsize=8, ncols=3)

    # 2. reply latency by the phrase's second
    if lat_by_s:
        xs = sorted(lat_by_s)
        latency.plot(xs, [_quantile(lat_by_s[x], 0.5) for x in xs], label="p50",
                     color="#2a9d8f", marker=".")
        latency.plot(xs, [_quantile(lat_by_s[x], 0.99) for x in xs], label="p99",
                     color="#e76f51", marker=".")
        latency.set_yscale("log")
        latency.legend(loc="upper left", fontsize=8)
    latency.set_ylabel("reply latency (s)")

    # 3. spool depth
    samples = f.samples
    depth = [(s.at - t0, s.spool_depth if s.spool_depth is not None else math.nan)
             for s in samples]  # a gap where the bot did not answer
    if depth:
        spool.plot([d[0] for d in depth], [d[1] for d in depth], color="#1d3557")
    spool.set_ylabel("spool depth\n(undrained)")

    # 4. breaker states
    for offset, (name, colour) in zip((-0.08, 0.0, 0.08), _BREAKERS.items(), strict=True):
        points = [(s.at - t0, _LEVEL.get(s.breakers.get(name, ""), math.nan) + offset)
                  for s in samples if s.up and name in s.breakers]
        if points:
            breakers.step([p[0] for p in points], [p[1] for p in points], where="post",
                          color=colour, label=name)
    breakers.set_yticks([0, 1, 2], ["closed", "half-open", "open"])
    breakers.set_ylim(-0.3, 2.3)
    breakers.set_ylabel("breakers")
    breakers.legend(loc="upper left", fontsize=8, ncols=3)

    # 5. actor restarts (summed over process restarts) and the bot not answering
    total, last, points_r = 0.0, None, []
    for s in samples:
        if s.restarts is None:
            continue
        if last is not None and s.restarts >= last:
            total += s.restarts - last
        elif last is not None:
            total += s.restarts  # a new process: its counter starts again
        last = s.restarts
        points_r.append((s.at - t0, total))
    if points_r:
        restarts.step([p[0] for p in points_r], [p[1] for p in points_r], where="post",
                      color="#6d597a", label="actor restarts")
    down = [s.at - t0 for s in samples if not s.up]
    if down:
        restarts.plot(down, [0] * len(down), "s", color="#b00020", markersize=4,
                      label="bot not answering")
    unready = [s.at - t0 for s in samples if s.up and s.ready != 200]
    if unready:
        restarts.plot(unready, [0] * len(unready), "s", color="#e9c46a", markersize=4,
                      label="bot unready (503)")
    restarts.set_ylim(bottom=-0.5, top=max([p[1] for p in points_r] + [1.0]) * 1.15 + 0.5)
    restarts.yaxis.get_major_locator().set_params(integer=True)
    restarts.set_ylabel("restarts")
    restarts.legend(loc="upper left", fontsize=8, ncols=3)
    restarts.set_xlabel("seconds from the load's start")

    # faults and events on every panel
    for window in f.windows:
        end = window.end if window.end is not None else (samples[-1].at if samples else t0)
        for ax in axes:
            ax.axvspan(window.start - t0, end - t0, color=_FAULT, alpha=0.2, linewidth=0)
    marked = [e for e in f.events if e.kind in _EVENT_COLOURS]
    for index, event in enumerate(marked):
        colour = _EVENT_COLOURS[event.kind]
        for ax in axes:
            ax.axvline(event.at - t0, color=colour, linestyle="--", linewidth=0.8, alpha=0.7)
        label = f"{event.kind.replace('_', ' ')}: {event.component or event.fault or ''}"
        if event.kind == "recovered":
            label += f" {float(event.data.get('seconds', 0)):.2f} s"
        height = 1.0 - 0.3 * (index % 3)  # staggered, so close events stay readable
        traffic.annotate(label, (event.at - t0, height), xycoords=("data", "axes fraction"),
                         rotation=90, fontsize=7, va="top", ha="right", color=colour)
    ends = [e.at for e in f.events if e.kind in ("settled", "load_stop")]
    replies = list(report.first_reply_at.values()) if report is not None else []
    last = max([*ends, *replies, *(w.end or w.start for w in f.windows)], default=None)
    if last is not None:
        first = min([0.0, *(w.start - t0 for w in f.windows)])
        traffic.set_xlim(first - 1.0, last - t0 + 2.0)
    for ax in axes:
        ax.grid(True, alpha=0.3)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    return buffer.getvalue()
