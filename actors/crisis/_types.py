"""The public value types: what a crisis is (``CrisisKind``), how urgent (``Severity``),
which family it belongs to (``Category``) and what the detector found (``CrisisFinding``)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Final


class Category(StrEnum):
    """The four families of crisis; a parent's reply may differ by family."""

    SUICIDE = "suicide"  # the C-SSRS screener's ideation and behaviour items
    SELF_HARM = "self_harm"  # hurting oneself, with or without suicidal intent
    ABUSE = "abuse"  # harm done to the child by someone else
    DANGER = "danger"  # an acute risk to the child's safety right now


class Severity(IntEnum):
    """How fast to act, after the C-SSRS screener's triage (low / moderate / high risk).
    Every level warrants the safety note; the level orders urgency, it never hides one."""

    LOW = 1  # C-SSRS items 1-2: a wish to be dead, non-specific suicidal thoughts
    MODERATE = 2  # C-SSRS item 3 (a method), self-harm, being urged to self-harm
    HIGH = 3  # C-SSRS items 4-6 (intent, plan, behaviour), abuse, acute danger


class CrisisKind(StrEnum):
    """One clinical kind of crisis. Values are the labels of ``tests/data/crisis``."""

    # C-SSRS 1: wishes to be dead, not alive any more, to sleep and not wake up
    DEATH_WISH = "death_wish"
    # C-SSRS 2: non-specific active thoughts of killing oneself ("I want to kill myself")
    SUICIDAL_THOUGHTS = "suicidal_thoughts"
    # C-SSRS 3: suicidal thoughts that name a method (pills, jumping, hanging)
    SUICIDAL_METHOD = "suicidal_method"
    # C-SSRS 4: some intent to act ("I'm going to kill myself", "я себя убью")
    SUICIDAL_INTENT = "suicidal_intent"
    # C-SSRS 5: intent with details worked out: a method, a time or a place
    SUICIDAL_PLAN = "suicidal_plan"
    # C-SSRS 6: preparatory acts or an attempt: goodbye notes, giving things away,
    # saving pills, researching a method, an interrupted or actual attempt
    SUICIDAL_BEHAVIOUR = "suicidal_behaviour"
    # deliberately hurting oneself: cutting, burning, hitting, scratching till bleeding
    SELF_HARM = "self_harm"
    # disclosure of sexual abuse: sexual touching, exposure, undressing, secrecy
    SEXUAL_ABUSE = "sexual_abuse"
    # disclosure of physical abuse: an adult hitting, beating or choking the child,
    # or domestic violence in front of the child
    PHYSICAL_ABUSE = "physical_abuse"
    # online sexual exploitation: requests for nude images, sextortion, grooming meetings
    ONLINE_EXPLOITATION = "online_exploitation"
    # others urging the child to kill or hurt themselves ("kys", "иди убейся")
    INCITEMENT = "incitement"
    # acute danger now: running away tonight, missing, a weapon, locked in, not eating
    ACUTE_DANGER = "acute_danger"

    @property
    def category(self) -> Category:
        return _CATEGORY[self]

    @property
    def severity(self) -> Severity:
        return _SEVERITY[self]


_CATEGORY: Final[dict[CrisisKind, Category]] = {
    CrisisKind.DEATH_WISH: Category.SUICIDE,
    CrisisKind.SUICIDAL_THOUGHTS: Category.SUICIDE,
    CrisisKind.SUICIDAL_METHOD: Category.SUICIDE,
    CrisisKind.SUICIDAL_INTENT: Category.SUICIDE,
    CrisisKind.SUICIDAL_PLAN: Category.SUICIDE,
    CrisisKind.SUICIDAL_BEHAVIOUR: Category.SUICIDE,
    CrisisKind.SELF_HARM: Category.SELF_HARM,
    CrisisKind.SEXUAL_ABUSE: Category.ABUSE,
    CrisisKind.PHYSICAL_ABUSE: Category.ABUSE,
    CrisisKind.ONLINE_EXPLOITATION: Category.ABUSE,
    CrisisKind.INCITEMENT: Category.ABUSE,
    CrisisKind.ACUTE_DANGER: Category.DANGER,
}

_SEVERITY: Final[dict[CrisisKind, Severity]] = {
    CrisisKind.DEATH_WISH: Severity.LOW,
    CrisisKind.SUICIDAL_THOUGHTS: Severity.LOW,
    CrisisKind.SUICIDAL_METHOD: Severity.MODERATE,
    CrisisKind.SUICIDAL_INTENT: Severity.HIGH,
    CrisisKind.SUICIDAL_PLAN: Severity.HIGH,
    CrisisKind.SUICIDAL_BEHAVIOUR: Severity.HIGH,
    CrisisKind.SELF_HARM: Severity.MODERATE,
    CrisisKind.SEXUAL_ABUSE: Severity.HIGH,
    CrisisKind.PHYSICAL_ABUSE: Severity.HIGH,
    CrisisKind.ONLINE_EXPLOITATION: Severity.HIGH,
    CrisisKind.INCITEMENT: Severity.MODERATE,
    CrisisKind.ACUTE_DANGER: Severity.HIGH,
}

# Most urgent first: the order in which a finding lists its kinds and picks its ``kind``.
RANK: Final[tuple[CrisisKind, ...]] = (
    CrisisKind.SUICIDAL_BEHAVIOUR,
    CrisisKind.SUICIDAL_PLAN,
    CrisisKind.SUICIDAL_INTENT,
    CrisisKind.ACUTE_DANGER,
    CrisisKind.SEXUAL_ABUSE,
    CrisisKind.PHYSICAL_ABUSE,
    CrisisKind.ONLINE_EXPLOITATION,
    CrisisKind.SUICIDAL_METHOD,
    CrisisKind.SELF_HARM,
    CrisisKind.INCITEMENT,
    CrisisKind.SUICIDAL_THOUGHTS,
    CrisisKind.DEATH_WISH,
)

EVIDENCE_LIMIT: Final = 60  # characters of the message a finding may quote


@dataclass(frozen=True, slots=True)
class CrisisFinding:
    """What ``detect`` found in one message.

    ``kinds`` lists every kind found, most urgent first; ``evidence`` is the short matched
    fragment (at most ``EVIDENCE_LIMIT`` characters, whitespace collapsed) and ``span`` its
    offsets in the message, so logs can say why without ever holding the whole phrase;
    ``rule`` names the rule that matched (stable ids, listed in docs/notes/crisis.md)."""

    kinds: tuple[CrisisKind, ...]
    severity: Severity
    evidence: str
    span: tuple[int, int]
    rule: str

    @property
    def kind(self) -> CrisisKind:
        """The most urgent kind found."""
        return self.kinds[0]

    @property
    def category(self) -> Category:
        return self.kind.category

    def log_fields(self) -> dict[str, str]:
        """Flat fields for a structured log line: never the message itself."""
        return {
            "crisis_kind": self.kind.value,
            "crisis_kinds": ",".join(kind.value for kind in self.kinds),
            "crisis_severity": self.severity.name.lower(),
            "crisis_rule": self.rule,
            "crisis_evidence": self.evidence,
        }
