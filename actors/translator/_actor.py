"""``Translator``: the actor that answers ``TranslateRequest`` asks with a ``Translation``.

Stateless on purpose: everything that must outlive a crash or be shared (the Claude
client, the cache, the breaker, the concurrency limit) lives in the ``TranslatorService``
the application tree creates once and closes at shutdown. The tree runs ``workers`` of
these actors (``translator-0`` … ``translator-N-1``) over that one service, so up to N
phrases are with Claude at once while each actor handles one ask at a time.
"""

from __future__ import annotations

from typing import Any

from actors.protocol import TranslateRequest, Translation
from runtime import Actor

from ._service import TranslatorService

__all__ = ["Translator"]


class Translator(Actor):
    """Answers ``TranslateRequest`` with the service's ``Translation`` (never an error for
    a Claude problem: basic mode instead). Any other message is logged and ignored, so a
    stray message cannot crash-loop it."""

    def __init__(self, service: TranslatorService) -> None:
        self._service = service

    async def receive(self, message: Any) -> Translation | None:
        if isinstance(message, TranslateRequest):
            return await self._service.translate(
                message.phrase, message.age_band, message.language, asked_at=message.asked_at
            )
        self.ctx.log.warning("translator ignores %s", type(message).__name__)
        return None
