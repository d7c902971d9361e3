"""The kernel's exceptions: ``ActorError`` and its subclasses (the tree is on
``ActorError``).

``StopActor`` is not an error: an actor raises it from a handler to stop itself with a
given exit reason. Cancellation is never translated into any of these. What the kernel
promises around them (asks, redelivery, dead letters): docs/ARCHITECTURE.md, section "The
actor tree".
"""

from __future__ import annotations


class ActorError(Exception):
    """Base of every error the kernel raises::

        ActorError          base of every error the kernel raises
        ├── MailboxFull     tell_nowait() on a full mailbox, or tell() under ``reject``
        ├── ActorStopped    the target is stopped for good (retired); its mailbox is closed
        ├── ActorNotFound   system.ref() for a name or path nobody registered
        ├── AskTimeout      ask() got no reply within its timeout (also a TimeoutError)
        ├── ActorCrashed    ask() whose message was given up after the handler raised
        ├── StartFailed     an incarnation's factory or started() raised
        └── ChildFailed     a child exited abnormally and its parent does not handle it
    """


class MailboxFull(ActorError):
    """The mailbox is at capacity: ``tell_nowait`` (any policy but ``drop_oldest``) or
    ``tell`` under the ``reject`` policy."""

    def __init__(self, path: str, capacity: int) -> None:
        super().__init__(f"mailbox of {path} is full ({capacity} messages)")
        self.path = path
        self.capacity = capacity


class ActorStopped(ActorError):
    """The actor is stopped for good (a temporary child that ended, a child terminated or
    deleted, or the system shut down): its mailbox takes no more messages."""

    def __init__(self, path: str) -> None:
        super().__init__(f"actor {path} is stopped and takes no messages")
        self.path = path


class ActorNotFound(ActorError, LookupError):
    """No actor was ever registered under that name or path."""

    def __init__(self, name: str, detail: str = "") -> None:
        super().__init__(f"no actor named {name!r}" + (f": {detail}" if detail else ""))
        self.name = name


class AskTimeout(ActorError, TimeoutError):
    """No reply within the ask's timeout. The message may still be handled later; its
    reply is then discarded and harms no one."""

    def __init__(self, path: str, timeout: float) -> None:
        super().__init__(f"no reply from {path} within {timeout:g} s")
        self.path = path
        self.timeout = timeout


class ActorCrashed(ActorError):
    """The handler raised while handling the asked message, and the message was given up:
    dead-lettered after its last redelivery, or dropped under the ``drop`` policy. The
    handler's exception is the ``__cause__``."""

    def __init__(self, path: str, error: BaseException, attempts: int) -> None:
        super().__init__(
            f"{path} crashed handling the message ({attempts} attempt(s)): {error!r}"
        )
        self.path = path
        self.error = error
        self.attempts = attempts
        self.__cause__ = error


class StartFailed(ActorError):
    """Starting an incarnation failed: the factory or ``started()`` raised (the cause)."""

    def __init__(self, path: str, error: BaseException) -> None:
        super().__init__(f"{path} failed to start: {error!r}")
        self.path = path
        self.error = error
        self.__cause__ = error


class ChildFailed(ActorError):
    """Raised by the default ``Actor.child_exited`` when a spawned child exits abnormally,
    so a parent that does not supervise fails with its child (OTP's link)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"child {path} exited: {reason}")
        self.path = path
        self.reason = reason
