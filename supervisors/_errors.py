"""The supervision engine's exceptions (OTP's error tuples, as Python exceptions).

::

    SupervisorError               base
    ├── InvalidSpec               a child spec or supervisor flags are invalid (also ValueError)
    ├── ChildNotFound             no child with that id
    ├── AlreadyStarted            start_child: a child with that id is running (its ref)
    ├── AlreadyPresent            start_child: a child with that id exists but is not running
    ├── ChildRunning              restart_child / delete_child on a running child
    ├── ChildRestarting           restart_child / delete_child while a restart is pending
    └── SimpleOneForOneOnly       an operation simple_one_for_one does not allow

A failed child start surfaces as ``runtime.StartFailed`` (the cause attached).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from runtime import ActorRef


class SupervisorError(Exception):
    """Base of the engine's errors."""


class InvalidSpec(SupervisorError, ValueError):
    """A child spec or supervisor flags failed validation; the message names the field."""


class ChildNotFound(SupervisorError, LookupError):
    """No child with this id under this supervisor."""

    def __init__(self, child_id: str) -> None:
        super().__init__(f"no child {child_id!r}")
        self.child_id = child_id


class AlreadyStarted(SupervisorError):
    """``start_child`` with the id of a running child; ``ref`` is that child's (OTP's
    ``{error, {already_started, Child}}`` carries its pid)."""

    def __init__(self, child_id: str, ref: ActorRef | None = None) -> None:
        super().__init__(f"child {child_id!r} is already started")
        self.child_id = child_id
        self.ref = ref


class AlreadyPresent(SupervisorError):
    """``start_child`` with the id of a child that exists but is not running."""

    def __init__(self, child_id: str) -> None:
        super().__init__(f"child {child_id!r} is already present (not running)")
        self.child_id = child_id


class ChildRunning(SupervisorError):
    """``restart_child`` / ``delete_child`` on a running child."""

    def __init__(self, child_id: str) -> None:
        super().__init__(f"child {child_id!r} is running")
        self.child_id = child_id


class ChildRestarting(SupervisorError):
    """``restart_child`` / ``delete_child`` while the supervisor is restarting the child."""

    def __init__(self, child_id: str) -> None:
        super().__init__(f"child {child_id!r} is being restarted")
        self.child_id = child_id


class SimpleOneForOneOnly(SupervisorError):
    """An operation that ``simple_one_for_one`` does not allow: ``restart_child``,
    ``delete_child``, ``terminate_child`` by id (OTP's ``{error, simple_one_for_one}``)."""
