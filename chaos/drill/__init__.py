"""Chaos drills an SRE can run: the scenarios of ``chaos/experiments/`` (Chaos Toolkit
experiments calling ``chaos.ctk``), run against an embedded system or a deployment, each
written up under ``var/drills/<UTC time>-<scenario>/`` with a PASS/FAIL verdict.

``family-emotions chaos list`` and ``family-emotions chaos drill SCENARIO`` are the command
line (``app/_chaos.py``); ``run_drill`` is the same in Python. chaos/README.md says how to
run each drill and read its report.

Modules: ``_scenarios`` (the experiments and their drill extension; the seeded plan),
``_system`` (the embedded system: servers, emulators, fault proxy, the bot as a process),
``_target`` (the ``FE_DRILL_*`` description of a system), ``_runner`` (one drill, on
chaostoolkit-lib or the ``chaos`` command), ``_sampler`` (the bot's ``/health`` and
``/metrics`` over time), ``_report`` (the findings, the verdict, Markdown and HTML),
``_plot`` (the timeline), ``_bot`` (TEST ONLY: the bot with a defect put in on purpose).
"""

from ._runner import DEFAULT_OUT, ENGINES, DrillResult, run_drill
from ._scenarios import EXPERIMENTS, Plan, Recovery, Scenario, plan, scenarios
from ._system import BOT_SETTINGS, SABOTAGES, EmbeddedSystem, Needs
from ._target import ENV, Target

__all__ = [
    "BOT_SETTINGS",
    "DEFAULT_OUT",
    "ENGINES",
    "ENV",
    "EXPERIMENTS",
    "SABOTAGES",
    "DrillResult",
    "EmbeddedSystem",
    "Needs",
    "Plan",
    "Recovery",
    "Scenario",
    "Target",
    "plan",
    "run_drill",
    "scenarios",
]
