"""The crisis detector: does a parent's message say that a child wants to die, is hurting
themselves, is being abused or is in acute danger? ``detect(text)`` answers with a
``CrisisFinding`` (the kinds found, most urgent first, a severity, and a short evidence
fragment safe for logs) or ``None``. The kinds follow a clinical taxonomy (the six items
of the C-SSRS screener, self-harm, disclosures of sexual, physical and online abuse,
incitement, acute danger), matched as patterns over Russian lemmas (pymorphy3) and
English stems (Snowball) so inflections, word order and reported speech generalise.
Pure and synchronous: no I/O, well under a millisecond per message once warmed up.
Taxonomy, rule map, sources, decisions and measured figures: docs/notes/crisis.md.
"""

from ._detector import detect, warm_up
from ._types import Category, CrisisFinding, CrisisKind, Severity

__all__ = [
    "Category",
    "CrisisFinding",
    "CrisisKind",
    "Severity",
    "detect",
    "warm_up",
]
