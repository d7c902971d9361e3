"""An emulator of the Anthropic Messages API for tests and chaos drills (asyncio, aiohttp).

It speaks ``POST /v1/messages`` as the real API does, answers with a deterministic "model"
that always returns the translator's analysis JSON, records every request, and breaks on
demand (429, 529, 500, latency, hangs, disconnects, malformed JSON, echo; any content
blocks or stop reason, any status and body, a trickled or cut body); ``python -m
chaos.emulators.anthropic`` runs it as a process. It imports nothing from the project
outside this package. See chaos/README.md, section "The Anthropic emulator".
"""

from ._faults import FaultKind, FaultRule, FaultSpec
from ._log import RecordedRequest
from ._model import ANALYSIS_SCHEMA, PHRASE_TAGS, Analysis, analyse
from ._server import AnthropicEmulator

__all__ = [
    "ANALYSIS_SCHEMA",
    "PHRASE_TAGS",
    "Analysis",
    "AnthropicEmulator",
    "FaultKind",
    "FaultRule",
    "FaultSpec",
    "RecordedRequest",
    "analyse",
]
