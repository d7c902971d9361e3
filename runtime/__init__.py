"""The actor kernel: messages, mailboxes, refs, actors, the system, events and timers.

Layer 0. It knows nothing about Telegram, families or supervision strategies, and
imports only the standard library, anyio and msgspec. Everything above builds on it:
``supervisors`` (the engine) ← ``actors`` ← ``supervisors.app_tree`` ← the CLI.

Layout: ``_message`` (Message, MessageCodec), ``_mailbox`` (Mailbox, Overflow),
``_actor`` (Actor, ActorContext, Props, Exit, timers), ``_cell`` (Cell: one child slot
running incarnations; ActorRef), ``_system`` (ActorSystem, run), ``_events`` (lifecycle
events and the bus), ``_errors`` (the exception tree). ``runtime.testing`` holds helpers
for tests. Everything public is re-exported here.
"""

from ._actor import Actor, ActorContext, Exit, ExitKind, InFlight, Props, StopActor, Timer
from ._cell import ActorRef, Cell
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
    EventBus,
    IntensityExceeded,
    LifecycleEvent,
    Restarting,
    Started,
    Stopped,
    Subscription,
)
from ._mailbox import FAIRNESS_BATCH, Mailbox, Overflow
from ._message import Message, MessageCodec
from ._system import ActorSystem, HasProps, current_system, run

__all__ = [
    "FAIRNESS_BATCH",
    "Actor",
    "ActorContext",
    "ActorCrashed",
    "ActorError",
    "ActorNotFound",
    "ActorRef",
    "ActorStopped",
    "ActorSystem",
    "AskTimeout",
    "Cell",
    "ChildFailed",
    "Crashed",
    "DeadLettered",
    "Escalated",
    "EventBus",
    "Exit",
    "ExitKind",
    "HasProps",
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
    "Subscription",
    "Timer",
    "current_system",
    "run",
]
