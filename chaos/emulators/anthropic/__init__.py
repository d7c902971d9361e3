"""An emulator of the Anthropic Messages API for tests and chaos drills (asyncio, aiohttp).

It speaks ``POST /v1/messages`` as the real API does (request validation, response and
error shapes, ``request-id``, ``x-api-key`` or ``Authorization: Bearer``), answers with a
deterministic "model" that always returns the translator's analysis JSON (``Analysis``),
records every request, and breaks on demand: 429 with ``retry-after``, 529, 500 with or
without ``x-should-retry: false``, latency, hangs, disconnects, malformed JSON, echo.

    async with AnthropicEmulator(port=0, api_key="test-key") as emu:
        emu.inject(FaultKind.OVERLOADED, times=2)
        client = anthropic.AsyncAnthropic(base_url=emu.base_url, api_key="test-key")

Or as a process: ``python -m chaos.emulators.anthropic --port 8082`` prints its base URL;
control it through the JSON endpoints under ``/_emu/`` (see ``_control``).

Layout: ``_server`` (the aiohttp app and ``AnthropicEmulator``), ``_wire`` (validation and
API shapes), ``_model`` + ``_lexicon`` (the deterministic model), ``_faults`` (fault
rules), ``_log`` (the call log), ``_control`` (the ``/_emu/`` endpoints). Imports nothing
from the project outside this package.
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
