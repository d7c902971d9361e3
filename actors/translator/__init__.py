"""The translator: a child's phrase → the emotion, the need behind it, what to say and what
to avoid, for the child's age band and in the parent's language.

Claude through ``AsyncAnthropic`` behind a circuit breaker, a concurrency limit and a
cache; the offline translator (a ru/en lexicon over lemmas and stems, with age-aware
guidance shaped by the situation) answers when Claude cannot, and says when a message is
too unclear to name a feeling (``read_offline``, ``classify``, ``analyse_offline``,
``translate_offline``).
"""

from ._actor import Translator
from ._claude import FAILURE_KINDS, ClaudeClient, ClaudeUnavailable, FailureKind
from ._offline import OfflineReading, analyse_offline, classify, read_offline, translate_offline
from ._service import TranslatorService, TranslatorStats

__all__ = [
    "FAILURE_KINDS",
    "ClaudeClient",
    "ClaudeUnavailable",
    "FailureKind",
    "OfflineReading",
    "Translator",
    "TranslatorService",
    "TranslatorStats",
    "analyse_offline",
    "classify",
    "read_offline",
    "translate_offline",
]
