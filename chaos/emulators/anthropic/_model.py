"""The emulated Claude: a deterministic function from a Messages request to an analysis JSON.

The same phrase and requested language always give the same bytes; instructions inside
the phrase are only data, and the phrase is never copied into the answer, so a test can
tell the answer from an echo. See ``answer_text`` for the steps, and chaos/README.md,
section "The Anthropic emulator".
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Final, Literal

import msgspec

from ._lexicon import (
    BASE_INTENSITY,
    CUES,
    EMOTIONS,
    FALLBACK_EMOTION,
    GUIDANCE,
    RISK_CUES,
    STRONG_CUES,
    UNCLEAR_MAX_WORDS,
    Emotion,
    Risk,
    RiskCategory,
)

Language = Literal["ru", "en"]


class Analysis(msgspec.Struct, frozen=True, kw_only=True):
    """The answer the translator asks Claude for, one JSON object with exactly these fields.

    - ``emotion``: the main emotion behind the child's words (one of ``Emotion``);
    - ``intensity``: 1 (mild) .. 5 (overwhelming);
    - ``need``: the need behind the emotion, one phrase in ``language``;
    - ``what_to_say``: phrases the parent can say, at least one, in ``language``;
    - ``what_to_avoid``: reactions to avoid, at least one, in ``language``;
    - ``language``: ``"ru"`` or ``"en"``, the language asked for (or detected);
    - ``risk`` and ``risk_category``: the risk to the child's safety (``none`` unless a
      ``RISK_CUES`` entry matches);
    - ``unclear``: a short phrase with no emotion cue.
    """

    emotion: Emotion
    intensity: Annotated[int, msgspec.Meta(ge=1, le=5)]
    need: str
    what_to_say: Annotated[tuple[str, ...], msgspec.Meta(min_length=1)]
    what_to_avoid: Annotated[tuple[str, ...], msgspec.Meta(min_length=1)]
    language: Language
    risk: Risk = "none"
    risk_category: RiskCategory = "none"
    unclear: bool = False


ANALYSIS_SCHEMA: Final[dict[str, Any]] = msgspec.json.schema(Analysis)
"""JSON Schema of ``Analysis``, for prompts and for tests that validate answers."""

PHRASE_TAGS: Final = ("child_phrase", "phrase", "child_message", "child_said")
"""Tags a prompt may wrap the child's words in; the first one present is the phrase."""

_TAG_RE: Final = re.compile(
    r"<(" + "|".join(PHRASE_TAGS) + r")>(.*?)</\1>", re.DOTALL | re.IGNORECASE
)
_LANG_CODE_RE: Final = re.compile(r"\blanguage\b[\"'\s:=]*\b(ru|en)\b", re.IGNORECASE)
_LANG_NAME_RE: Final = re.compile(
    r"\b(?:answer|reply|respond|write)\s+in\s+(russian|english)\b", re.IGNORECASE
)
_CYRILLIC_RE: Final = re.compile(r"[\u0400-\u04FF]")
_NON_WORD_RE: Final = re.compile(r"[^\w']+")


def analyse(phrase: str, language: Language | None = None) -> Analysis:
    """Analyse the child's ``phrase``; answer in ``language``, else in the phrase's language."""
    text = normalise(phrase)
    emotion = _choose_emotion(text)
    lang = language or detect_language(phrase)
    guidance = GUIDANCE[lang][emotion]
    found = [(level, kind) for cues, level, kind in RISK_CUES
             if all(" " + cue in text for cue in cues)]
    risk, category = found[0] if found else ("none", "none")
    unclear = (not any(_cue_count(text, CUES[e]) for e in EMOTIONS)
               and len(text.split()) <= UNCLEAR_MAX_WORDS)
    return Analysis(
        emotion=emotion,
        intensity=_intensity(text, phrase, emotion),
        need=guidance.need,
        what_to_say=guidance.what_to_say,
        what_to_avoid=guidance.what_to_avoid,
        language=lang,
        risk=risk,
        risk_category=category,
        unclear=unclear,
    )


def answer_text(request: dict[str, Any]) -> str:
    """The model's full reply to a validated Messages request: the analysis JSON.

    1. the *phrase* is the text of the last ``user`` message, or, when that text holds a
       tag from ``PHRASE_TAGS`` (``<child_phrase>…</child_phrase>``), the inside of the
       first one;
    2. the *answer language* is the one the prompt asks for outside the phrase
       (``language: ru``, ``"language": "en"``, ``answer in Russian``; the user message
       around the phrase first, then the system prompt), else the phrase's own script:
       any Cyrillic letter → ``"ru"``, otherwise ``"en"``;
    3. the *emotion* is the one in ``_lexicon.EMOTIONS`` with the most keyword cues in the
       phrase (ties broken by that order; no cue → ``FALLBACK_EMOTION``, and ``unclear``
       when the phrase has at most ``UNCLEAR_MAX_WORDS`` words); the *risk* is the first
       ``RISK_CUES`` entry whose cues are all in the phrase;
    4. the answer is ``Analysis`` encoded as JSON, the whole text block, nothing around it.
    """
    phrase, rest = split_phrase(last_user_text(request["messages"]))
    language = requested_language(rest) or requested_language(system_text(request.get("system")))
    return msgspec.json.encode(analyse(phrase, language)).decode()


def malformed_text(request: dict[str, Any]) -> str:
    """A reply whose text is *not* valid JSON: prose, then the analysis cut in half."""
    valid = answer_text(request)
    return "Sure! Here is the analysis: " + valid[: len(valid) // 2]


def echo_text(request: dict[str, Any]) -> str:
    """A reply that shows what the model was sent: ``{"echo": {"system":…, "messages":…}}``."""
    echo = {"system": request.get("system"), "messages": request["messages"]}
    return msgspec.json.encode({"echo": echo}).decode()


def normalise(text: str) -> str:
    """Lower case, ``ё`` → ``е``, punctuation → single spaces, padded with one space each side.

    The padding lets a cue match at a word start with a plain ``" " + cue`` substring test.
    """
    lowered = text.lower().replace("ё", "е")
    return " " + _NON_WORD_RE.sub(" ", lowered).strip() + " "


def detect_language(phrase: str) -> Language:
    """``"ru"`` when the phrase has any Cyrillic letter, else ``"en"``."""
    return "ru" if _CYRILLIC_RE.search(phrase) else "en"


def requested_language(prompt: str) -> Language | None:
    """The answer language a prompt asks for, or None when it names none."""
    if match := _LANG_CODE_RE.search(prompt):
        return "ru" if match.group(1).lower() == "ru" else "en"
    if match := _LANG_NAME_RE.search(prompt):
        return "ru" if match.group(1).lower() == "russian" else "en"
    return None


def split_phrase(user_text: str) -> tuple[str, str]:
    """Split a user message into (the child's phrase, the prompt text around it)."""
    match = _TAG_RE.search(user_text)
    if match is None:
        return user_text, ""
    return match.group(2).strip(), user_text[: match.start()] + user_text[match.end() :]


def last_user_text(messages: list[dict[str, Any]]) -> str:
    """The text of the last ``user`` message (its text blocks joined by newlines)."""
    for message in reversed(messages):
        if message["role"] == "user":
            return content_text(message["content"])
    return ""


def system_text(system: str | list[dict[str, Any]] | None) -> str:
    """The system prompt as plain text (text blocks joined by newlines)."""
    return "" if system is None else content_text(system)


def content_text(content: str | list[dict[str, Any]]) -> str:
    """Plain text of a message content: the string itself, or its text blocks joined."""
    if isinstance(content, str):
        return content
    return "\n".join(str(b.get("text", "")) for b in content if b.get("type") == "text")


def _choose_emotion(text: str) -> Emotion:
    scores = {emotion: _cue_count(text, CUES[emotion]) for emotion in EMOTIONS}
    best = max(EMOTIONS, key=lambda emotion: scores[emotion])  # first of the tied wins
    return best if scores[best] > 0 else FALLBACK_EMOTION


def _cue_count(text: str, cues: tuple[str, ...]) -> int:
    return sum(1 for cue in cues if " " + cue in text)


def _intensity(text: str, phrase: str, emotion: str) -> int:
    score = BASE_INTENSITY[emotion] if _cue_count(text, CUES[emotion]) else 2
    score += 1 if "!" in phrase else 0
    score += 1 if _cue_count(text, STRONG_CUES) or _has_shouting(phrase) else 0
    return max(1, min(5, score))


def _has_shouting(phrase: str) -> bool:
    return any(len(word) >= 3 and word.isupper() for word in phrase.split())
