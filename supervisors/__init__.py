"""Supervision: child specs, strategies, restart intensity and backoff.

Layer 1: a pure engine that imports ``runtime`` only. The application's own tree is
``app`` (``app/_tree.py``).

OTP's supervisor, to the letter where OTP defines it (strategies one_for_one,
one_for_all, rest_for_one, simple_one_for_one; restart types; shutdown timeouts and
brutal kill; start order and reverse stop order; restart intensity counted per restart
event in a sliding window; failed restarts retried through the supervisor's own mailbox;
escalation; ``ignore`` and start info; significant children and auto_shutdown), plus
Akka's exponential backoff with jitter. Layout: ``_spec`` (ChildSpec,
SupervisorFlags, Backoff, enums), ``_intensity``, ``_supervisor`` (the Supervisor actor),
``_api`` (start_child and friends), ``_errors``.
"""

from ._api import (
    count_children,
    delete_child,
    get_childspec,
    restart_child,
    start_child,
    supervisor_spec,
    terminate_child,
    which_children,
    worker,
)
from ._errors import (
    AlreadyPresent,
    AlreadyStarted,
    ChildNotFound,
    ChildRestarting,
    ChildRunning,
    InvalidSpec,
    SimpleOneForOneOnly,
    SupervisorError,
)
from ._intensity import RestartIntensity
from ._spec import (
    BRUTAL,
    INFINITY,
    AutoShutdown,
    Backoff,
    ChildSpec,
    ChildType,
    Restart,
    Strategy,
    SupervisorFlags,
    check_child_specs,
)
from ._supervisor import ChildCounts, ChildInfo, ChildState, StartResult, Supervisor

__all__ = [
    "BRUTAL",
    "INFINITY",
    "AlreadyPresent",
    "AlreadyStarted",
    "AutoShutdown",
    "Backoff",
    "ChildCounts",
    "ChildInfo",
    "ChildNotFound",
    "ChildRestarting",
    "ChildRunning",
    "ChildSpec",
    "ChildState",
    "ChildType",
    "InvalidSpec",
    "Restart",
    "RestartIntensity",
    "SimpleOneForOneOnly",
    "StartResult",
    "Strategy",
    "Supervisor",
    "SupervisorError",
    "SupervisorFlags",
    "check_child_specs",
    "count_children",
    "delete_child",
    "get_childspec",
    "restart_child",
    "start_child",
    "supervisor_spec",
    "terminate_child",
    "which_children",
    "worker",
]
