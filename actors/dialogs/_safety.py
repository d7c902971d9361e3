"""Words a parent must not get a routine answer to: a child talking about dying, killing
themselves or self-harm. ``needs_safety_note`` finds them; dialogs then puts a short,
clear safety note above the translation."""

from __future__ import annotations

import re
from typing import Final

_PATTERNS: Final = re.compile(
    r"(хоч\w*\s+умереть|не\s+хоч\w*\s+жить|убь\w*\s+себя|покончить\s+с\s+собой|"
    r"суицид|самоубий|порез\w*\s+(себя|руки|руку)|режет\s+(себя|руки)|"
    r"лучше\s+бы\s+меня\s+не\s+было|исчезнуть\s+навсегда|"
    r"want(s|ed)?\s+to\s+die|wish\s+(i|he|she)\s+(was|were)\s+dead|kill\s+(my|him|her)self|"
    r"end\s+(my|his|her)\s+life|suicid|self[-\s]?harm|cut(s|ting)?\s+(my|him|her)self|"
    r"better\s+off\s+without\s+me|don'?t\s+want\s+to\s+(live|be\s+alive))",
    re.IGNORECASE,
)


def needs_safety_note(phrase: str) -> bool:
    """True when the phrase speaks of a child wanting to die or to hurt themselves."""
    return _PATTERNS.search(phrase.replace("ё", "е")) is not None
