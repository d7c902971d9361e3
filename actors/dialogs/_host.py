"""What the conversation's feature modules need from the ``Dialogs`` actor.

The steps of onboarding (``_onboarding``), of /children (``_children``) and of the diary
(``_diary``: /history, /undo, feedback) are mixins of ``Dialogs``; ``Host`` declares the
state and the replay-safe primitives they call, which ``Dialogs`` implements
(``_put`` stamps the family for a redelivery, ``_reply`` sends the update's one reply,
``_finish`` marks it handled without one).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from actors.protocol import Button, IncomingUpdate, Language
from config.settings import DialogsSettings
from runtime import WallClock, utc_now

from ._store import Child, Family, FamilyStore


class HostMetrics(Protocol):
    """What the feature mixins count (``Dialogs``' own metrics are a wider protocol)."""

    def registration(self) -> None: ...

    def feedback(self, helpful: bool) -> None: ...


class Host:
    """The part of ``Dialogs`` its feature mixins use."""

    store: FamilyStore
    sender: Any
    settings: DialogsSettings
    metrics: HostMetrics | None
    clock: WallClock

    def now(self) -> dt.datetime:
        """The injected wall clock's reading, aware UTC."""
        return utc_now(self.clock)

    def age(self, child: Child) -> int:
        """The child's age now (it grows with the birth year)."""
        return child.age_in(self.now().year)

    async def _put(self, family: Family) -> None:
        raise NotImplementedError

    async def _reply(
        self, update: IncomingUpdate, text: str, buttons: list[list[Button]] | None = None,
    ) -> None:
        raise NotImplementedError

    async def _finish(self, update: IncomingUpdate) -> None:
        raise NotImplementedError

    def _language(self, family: Family, update: IncomingUpdate) -> Language:
        raise NotImplementedError

    async def _ask_child_name(self, update: IncomingUpdate, family: Family) -> None:
        raise NotImplementedError
