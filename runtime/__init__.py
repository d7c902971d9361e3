"""The actor kernel: messages, mailboxes, refs, actors, the system, events and timers.

Layer 0. It knows nothing about Telegram, families or supervision strategies, and
imports only the standard library, anyio and msgspec. Everything above builds on it:
``supervisors`` (the engine) ← ``actors`` ← ``app`` (the tree and the CLI).

Layout: ``_message`` (Message, MessageCodec), ``_mailbox`` (Mailbox, Overflow),
``_actor`` (Actor, ActorContext, Props, Exit, timers), ``_cell`` (Cell: one child slot
running incarnations; ActorRef), ``_system`` (ActorSystem, run), ``_events`` (lifecycle
events and the bus), ``_errors`` (the exception tree). Everything an actor needs is
re-exported here; the kernel's internals (``Cell``, ``EventBus``…) are in
``runtime.lowlevel``, helpers for tests in ``runtime.testing``.
"""

from ._actor import (
    IGNORE,
    Actor,
    ActorContext,
    Exit,
    ExitKind,
    Ignore,
    InFlight,
    Props,
    StopActor,
    Timer,
)
from ._cell import ActorRef
from ._clock import WallClock, system_clock, utc_now
from ._errors import (
    ActorCrashed,
    ActorError,
    ActorNotFound,
    ActorStopped,
    AskTimeout,
    ChildFailed,
    MailboxFull,
    StartFailed,
)
from ._events import (
    Crashed,
    DeadLettered,
    Escalated,
    IntensityExceeded,
    LifecycleEvent,
    Restarting,
    Started,
    Stopped,
)
from ._mailbox import Mailbox, Overflow
from ._message import Message, MessageCodec
from ._system import ActorSystem, current_system, run

__all__ = [
    "IGNORE",
    "Actor",
    "ActorContext",
    "ActorCrashed",
    "ActorError",
    "ActorNotFound",
    "ActorRef",
    "ActorStopped",
    "ActorSystem",
    "AskTimeout",
    "ChildFailed",
    "Crashed",
    "DeadLettered",
    "Escalated",
    "Exit",
    "ExitKind",
    "Ignore",
    "InFlight",
    "IntensityExceeded",
    "LifecycleEvent",
    "Mailbox",
    "MailboxFull",
    "Message",
    "MessageCodec",
    "Overflow",
    "Props",
    "Restarting",
    "StartFailed",
    "Started",
    "StopActor",
    "Stopped",
    "Timer",
    "WallClock",
    "current_system",
    "run",
    "system_clock",
    "utc_now",
]
