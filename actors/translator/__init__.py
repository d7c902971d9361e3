"""The translator: a child's phrase → the emotion, the need behind it, what to say and what
to avoid, for the child's age band and in the parent's language.

Claude through ``AsyncAnthropic`` behind a circuit breaker, a concurrency limit and a
cache; the offline translator (``offline``: a ru/en lexicon with age-aware guidance)
answers when Claude cannot.
"""

from ._actor import Translator
from ._claude import FAILURE_KINDS, ClaudeClient, ClaudeUnavailable, FailureKind
from ._offline import analyse_offline, classify
from ._service import TranslatorService, TranslatorStats

__all__ = [
    "FAILURE_KINDS",
    "ClaudeClient",
    "ClaudeUnavailable",
    "FailureKind",
    "Translator",
    "TranslatorService",
    "TranslatorStats",
    "analyse_offline",
    "classify",
]
