"""Words → tokens the rules can match: lemmas and grammar for Russian (pymorphy3), stems
and expanded contractions for English (Snowball), the lexicon's classes for both.

Every token keeps the offsets of its word in the *original* message, so evidence quotes
the parent's own text. Nothing here changes the text before it is split: marks and
zero-width characters are accepted inside a word and dropped from its normal form, lone
surrogates and control characters are simply not words.

Russian: the ``MorphAnalyzer`` is the one ``actors.lemmas`` shares with the offline
translator (created once per process), and every word's analysis is cached
(``lru_cache``). A word is only analysed when its first three letters could start a form
of a lexicon lemma (the prefixes come from pymorphy3's own lexemes of those lemmas), so
ordinary words cost a set lookup, not a ~50 µs parse.

Two readings widen what a word can be: a self-censored word is read back letter for letter
("k!ll", "su1c1de", "d*e"; only into a short list of crisis words, so offsets hold), and
Russian typed in Latin letters ("hochu umeret") gets the Russian keys of its Cyrillic
spelling when most of the message's longer Latin words spell Russian words.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from actors.lemmas import (  # re-exported: the engine and tests use them here
    MAX_WORD_LETTERS,
    analyzer,
    stem,
)

from ._lexicon import (
    EN,
    EN_EXPANSIONS,
    EN_IRREGULAR,
    EN_PAST,
    PREFIX_CLASSES,
    RU,
    RU_TYPOS,
    words,
)

_MARKS: Final = "\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff"
# letters and marks; a run of letters is one loop of the pattern, not one a letter (for speed)
_LETTERS: Final = rf"[^\W\d_]+[{_MARKS}]*"
_WORD: Final = rf"(?:{_LETTERS})+(?:['’ʼ`](?:{_LETTERS})+)*"
# emoji children use as words for a method or for death ("🔪 or 🪢 which one hurts less"):
# each reads as the English and the Russian word, so either language's rules see it
EMOJI_WORDS: Final = {
    "🔪": ("knife", "нож"), "🗡": ("knife", "нож"), "🪢": ("rope", "веревка"),
    "💊": ("pills", "таблетка"), "🩸": ("blood", "кровь"), "🔫": ("gun", "пистолет"),
    "⚰": ("coffin", "гроб"), "🪦": ("grave", "могила"),
}
# a point between digits ("1.5 года", "at 10.30") ends no sentence
_TOKEN: Final = re.compile(rf"{_WORD}|\d+|(?!(?<=\d)\.\d)[.!?;…\n\r]+|[{''.join(EMOJI_WORDS)}]")
_STRIP: Final = re.compile(f"[{_MARKS}]")
_CYRILLIC: Final = re.compile("[а-яё]")
_LATIN: Final = re.compile("[a-z]")
_RUN: Final = re.compile(r"(.)\1{2,}")
# Latin letters that look Cyrillic, for words typed with a mixed keyboard ("yмереть").
_TO_CYRILLIC: Final = str.maketrans("aeopcxykmthb", "аеорсхукмтнв")
_TO_LATIN: Final = str.maketrans("аеорсхукмтнві", "aeopcxykmthbi")
_PRONOUN_IS: Final = words(
    "he she it that there what who here where how everyone everybody nobody someone "
    "somebody noone one"
)
BOUNDARY: Final = "#b"
CLAUSE: Final = "#cl"  # on a word after a comma, colon, dash or quote: a new clause starts
_BOUNDARY_KEYS: Final = frozenset({BOUNDARY})
_CLAUSE_KEYS: Final = frozenset({CLAUSE})
CLOCK: Final = "#clock"  # on "am" or "pm" after a number: an hour of the day
_CLOCK: Final = frozenset({"am", "pm"})
_CLOCK_KEYS: Final = frozenset({CLOCK})
_CLAUSE_MARKS: Final = frozenset(",:—–\"«»()“”")
_LEET_HINT: Final = re.compile("[*!1@$0]")  # a stand-in anywhere: one scan (for speed)
UNKNOWN: Final = "#unknown"  # a Russian word pymorphy3 does not know, near the lexicon
FUZZY_BUDGET: Final = 24  # fuzzy corrections tried per message, so junk input stays cheap
MAX_CORRECTED: Final = 24  # letters: longer words are never typo-corrected (see _ru_correct)
_NOT_READ_AS: Final = frozenset({("моя", "мыть"), ("мой", "мыть")})
"""Readings pymorphy3 gives that a parent's message never means here: «моя», «мой» as the
gerund and the imperative of «мыть». «моя дочь» read as washing cancelled every rule that
washing cancels (a bath, a nappy cream) wherever a parent wrote «моя дочь» or «мой сын»
near it."""

_RU_TAGS: Final = ("nomn", "accs", "gent", "datv", "futr", "past", "pres", "impr", "INFN",
                   "1per", "2per", "3per", "excl", "plur")

# -- transliterated Russian ("hochu umeret", "ub'yu sebya") ----------------------------------
# Latin → Cyrillic, longest spelling first; a message is read as transliterated Russian only
# when most of its longer Latin words are Russian words once transliterated (see tokenize).
_TRANSLIT: Final = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("yo", "е"), ("ye", "е"), ("ju", "ю"), ("ja", "я"),
    ("jo", "е"), ("iu", "ю"), ("ia", "я"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"),
    ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"),
    ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"),
    ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("y", "ы"), ("w", "в"), ("x", "х"),
    ("q", "к"), ("'", "ь"),
)
_TRANSLIT_PATTERN: Final = re.compile("|".join(re.escape(latin) for latin, _ in _TRANSLIT))
_TRANSLIT_MAP: Final = dict(_TRANSLIT)
_RU_VOWELS: Final = "аеиоуыэюя"
_RU_CONSONANTS: Final = "бвгджзклмнпрстфхцчшщ"
# English words that happen to spell a Russian word the rules use (net → нет, dom → дом)
_EN_LOOKALIKE: Final = words("net dom mama papa on my to no")
# Frequent Russian words of chat messages: with the lexicon's lemmas, the words that show a
# message is transliterated Russian (English words spell rare Russian ones: "and" → анд)
_RU_COMMON: Final = words(
    "я ты он она мы они не ни что чтобы как это так уже весь все вообще очень просто "
    "сказать говорить написать хотеть мочь быть себя мой твой свой сегодня завтра сейчас "
    "больше никогда давно меня мне тебя "
    # round 27: a message in Latin letters asking about sleeping pills "for himself" did not
    # count enough words as Russian
    "можно потом для они сын дочь думать спрашивать знать тоже только если когда почему "
    "где еще нормально надо нельзя плохо хорошо")
# -- leetspeak and self-censoring ("k!ll myself", "su1c1de", "d*e") ---------------------------
# a run of 3-12 letters and stand-ins, alone (linear: a long run fails its look-behind at once)
_LEET: Final = re.compile(r"(?<![a-z*!1@$0])[a-z*!1@$0]{3,12}(?![a-z*!1@$0])", re.IGNORECASE)
_LEET_CHARS: Final = frozenset("*!1@$0")
_LEET_MAP: Final = str.maketrans({"1": "i", "!": "i", "0": "o", "@": "a", "$": "s"})
_LEET_TARGETS: Final = words(
    "kill kills killed killing die died dies dying dead suicide suicidal unalive myself "
    "himself herself cut cutting cuts rape raped nudes nude porn selfharm hang")


@dataclass(slots=True)
class Token:
    """One word (or one part of an expanded English word) or a sentence boundary. Its keys
    are the vocabulary's own frozenset for the word, replaced by a new one when a key is
    added: no copy of a set for every token (for speed)."""

    keys: frozenset[str]
    start: int
    end: int
    sent: int = 0


@lru_cache(maxsize=1 << 16)
def normalise(word: str) -> str:
    """NFKC, case folded, stress marks and invisible characters dropped, ``ё`` → ``е``,
    one apostrophe; a word typed with both alphabets is read in its majority alphabet."""
    word = _STRIP.sub("", unicodedata.normalize("NFKC", word).casefold())
    word = word.replace("ё", "е").replace("’", "'").replace("ʼ", "'").replace("`", "'")
    if _CYRILLIC.search(word) and _LATIN.search(word):
        cyrillic = len(_CYRILLIC.findall(word))
        latin = len(_LATIN.findall(word))
        word = word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)
    return word


# -- English ---------------------------------------------------------------------------------


def en_key(word: str) -> str:
    """How a lexicon or rule word is matched: ``=form`` exactly, otherwise by stem."""
    if word.startswith("="):
        return word
    return stem(EN_IRREGULAR.get(word, word))


def _split_contraction(word: str) -> tuple[str, ...]:
    if "'" not in word:
        return (word,)
    if word.endswith("n't"):
        base = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is"}.get(
            word, word[:-3])
        return (base, "not")
    head, _, tail = word.partition("'")
    suffix = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}.get(tail)
    if suffix is not None:
        return (head, suffix)
    if tail == "s":
        return (head, "is") if head in _PRONOUN_IS else (head,)
    return (word.replace("'", ""),)


def _en_parts(word: str) -> tuple[str, ...]:
    expanded = EN_EXPANSIONS.get(word)
    if expanded is not None:
        return expanded
    parts: list[str] = []
    for part in _split_contraction(word):
        parts.extend(EN_EXPANSIONS.get(part, (part,)))
    return tuple(parts)


# -- Russian ---------------------------------------------------------------------------------


def stored_forms(lemmas: frozenset[str]) -> frozenset[str] | None:
    """``Vocabulary._forms(lemmas)`` as committed in ``_forms.py`` (written with the model's
    weights, by bench/crisis.py --train-model), or None when the lexicon's lemmas have
    changed since: then they are computed again, so a stale file costs time, never a
    wrong answer. Stored for speed: the bot's start spent 0.2 s of its 1.3 s on them."""
    stored = _stored_groups(lemmas)
    if stored is None:
        return None
    text, encoding = stored
    return frozenset(text.decode(encoding).split())


_STORED_GROUPS: list[tuple[bytes, str]] = []


def _stored_groups(lemmas: frozenset[str]) -> tuple[bytes, str] | None:
    """``stored_forms`` as ``Forms`` keeps them (``Forms.encoded``), or None. Encoded once:
    the module's strings are dropped then, so that they do not stay in memory beside
    their encoding (for memory)."""
    from . import _forms as committed

    if not _STORED_GROUPS:
        _STORED_GROUPS.append(Forms.encoded(committed.FORMS))
        delattr(committed, "FORMS")
    return _STORED_GROUPS[0] if frozenset(committed.LEMMAS.split()) == lemmas else None


def forms_source(lemmas: frozenset[str]) -> str:
    """The source of ``_forms.py``: the lemmas as one string of words, and every form
    ``Vocabulary._forms`` gives as ``Forms.group``'s strings (a few constants load in a
    millisecond; a tuple of 47,000 strings took 60)."""
    def lines_of(words: Iterable[str], line: str = "") -> list[str]:
        lines = []
        for word in words:
            if line.strip() and len(line) + len(word) > 80:
                lines.append(f"    {line!r}")
                line = ""
            line += word + " "
        lines.append(f"    {line!r}")
        return lines

    forms = Vocabulary._forms(lemmas)
    if any(word.split() != [word] for word in lemmas | forms):
        raise ValueError("a lemma or form that is not one word cannot be stored as a word")
    groups = []
    for group in Forms.group(forms):
        groups += lines_of(group.split(), " ")
        groups[-1] += ","
    return "\n".join([
        '"""Every form of the crisis lexicon\'s Russian lemmas, as pymorphy3 gives them:',
        "written by bench/crisis.py --train-model with the model's weights; never edit by",
        'hand (a test checks it against pymorphy3)."""', "",
        "from typing import Final", "",
        "LEMMAS: Final = (", *lines_of(sorted(lemmas)), ")",
        "# one string of words for each first three letters, as Forms keeps them",
        "FORMS: Final = (", *groups, ")"]) + "\n"


_FORM_BITS: Final = 1 << 21  # 256 kB of bits: 2 % of them set by the lexicon's forms


class Forms:
    """A set of words kept as one byte string, its words grouped by their first three
    letters (" word word  word "): what the vocabulary asks of the lexicon's 47,000 forms,
    membership and those prefixes, without a frozenset of as many strings, which kept 6 MB
    (for memory). The string is encoded in a one-byte encoding of Cyrillic
    (``ENCODING``), half the memory of a ``str`` of Cyrillic letters, and is one object,
    not a string for each group, whose memory the C heap kept in part once they were gone
    (0.65 MB less, for memory; UTF-8 if a form ever held a letter it lacks). A bit for
    each word's hash answers most questions (a typo's thousand candidates) before the
    string is searched (for speed: 98 % of other words find their bit unset)."""

    ENCODING: Final = "cp1251"

    __slots__ = ("_bits", "_by_prefix", "_encoding", "_text")

    def __init__(self, text: bytes, encoding: str) -> None:
        """From ``group``'s strings, ``encoded`` (as ``_stored_groups`` keeps them)."""
        self._text: Final = text
        self._encoding: Final = encoding
        self._by_prefix: Final[dict[str, tuple[int, int]]] = {}
        """The first three letters → where their group starts and ends in ``_text``."""
        self._bits: Final = bytearray(_FORM_BITS >> 3)
        start = 0
        for group in text.split(b"\n"):
            end, start = start + len(group), start + len(group) + 1
            words = group.decode(encoding).split()
            if words:
                self._by_prefix[words[0][:3]] = (end - len(group), end)
            for word in words:
                bit = hash(word) & (_FORM_BITS - 1)
                self._bits[bit >> 3] |= 1 << (bit & 7)

    @classmethod
    def encoded(cls, groups: Iterable[str]) -> tuple[bytes, str]:
        """``group``'s strings as ``Forms`` keeps them: one string, a line break between
        two groups, encoded in ``ENCODING`` (in UTF-8 when a letter is not in it); and
        the encoding."""
        text = "\n".join(groups)
        try:
            return text.encode(cls.ENCODING), cls.ENCODING
        except UnicodeEncodeError:
            return text.encode("utf-8"), "utf-8"

    @staticmethod
    def group(words: Iterable[str]) -> list[str]:
        """The words as ``Forms`` keeps them: for each first three letters (or fewer, of a
        shorter word), one string of its words in order, with a space around each."""
        grouped: dict[str, list[str]] = {}
        for word in sorted(words):
            grouped.setdefault(word[:3], []).append(word)
        return [f" {' '.join(found)} " for found in grouped.values()]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self.among((word,)))

    def among(self, words: Iterable[str]) -> list[str]:
        """Those of ``words`` that are in the set, in order (a typo's candidates at once)."""
        bits, by_prefix, mask = self._bits, self._by_prefix, _FORM_BITS - 1
        found = []
        for word in words:
            bit = hash(word) & mask
            if bits[bit >> 3] & (1 << (bit & 7)) and word and " " not in word:
                group = by_prefix.get(word[:3])
                if group is None:
                    continue
                try:
                    spaced = f" {word} ".encode(self._encoding)
                except UnicodeEncodeError:  # a letter no form holds
                    continue
                if self._text.find(spaced, *group) >= 0:
                    found.append(word)
        return found

    def prefixes(self) -> frozenset[str]:
        """The first three letters (or fewer, of a shorter word) of every word."""
        return frozenset(self._by_prefix)


def _lemma(parse: Any) -> str:
    return str(parse.normal_form).replace("ё", "е")


class Vocabulary:
    """What the rules can ask about a word: its classes, and for Russian which words are
    worth a morphological analysis at all."""

    def __init__(self, ru_lemmas: Iterable[str], class_index: dict[str, frozenset[str]]
                 ) -> None:
        self.ru_lemmas: Final = frozenset(ru_lemmas)
        self.class_index: Final = class_index
        self.ru_forms: Final = Forms(*(_stored_groups(self.ru_lemmas)
                                       or Forms.encoded(Forms.group(self._forms(self.ru_lemmas)))))
        """Every form of every lexicon lemma (ё read as е): a typo's candidates are
        looked up here before pymorphy3 is asked, which costs ~30 µs a candidate."""
        self.ru_prefixes: Final = self.ru_forms.prefixes()
        self.ru_keys = lru_cache(maxsize=1 << 16)(self._ru_keys)
        self.ru_corrected = lru_cache(maxsize=1 << 12)(self._ru_corrected)
        self.en_keys = lru_cache(maxsize=1 << 16)(self._en_keys)
        self.translit = lru_cache(maxsize=1 << 14)(self._translit)
        self.translit_is_russian = lru_cache(maxsize=1 << 14)(self._translit_is_russian)
        self.word = lru_cache(maxsize=1 << 16)(self._word)
        """A raw word's reading (``_word``), cached: words repeat across messages, and its
        normalisation, alphabet test and keys cost a few lookups each (for speed)."""

    def _word(self, raw: str) -> tuple[str, str, tuple[frozenset[str], ...]]:
        """What ``tokenize`` reads of one match of the token pattern, whatever its context:
        ``(kind, word, keys)``, kind ``b`` (a sentence boundary), ``num``, ``""`` (nothing
        left once normalised), ``ru`` (its keys, before any typo correction), ``en`` (the
        keys of each part) or ``other``."""
        first = raw[0]
        if not first.isalnum():
            emoji = EMOJI_WORDS.get(raw)  # the pattern's only matches that are no boundary
            if emoji is not None:
                english, russian = emoji
                return "other", english, (self.en_keys(english)[0] | self.ru_keys(russian),)
            return "b", raw, ()
        if first.isdigit():
            return "num", raw, (frozenset({"=" + raw, "#num"}),)
        word = normalise(raw)
        if not word:
            return "", word, ()
        if _CYRILLIC.search(word):
            return "ru", word, (self.ru_keys(RU_TYPOS.get(word, word)),)
        if _LATIN.search(word):
            return "en", word, self.en_keys(word)
        return "other", word, (frozenset({"=" + word}),)

    @staticmethod
    def _forms(lemmas: frozenset[str]) -> frozenset[str]:
        """Every lemma and every form of its pymorphy3 lexemes (about 0.2 s for the
        lexicon's 1,900 lemmas: ``stored_forms`` spares the bot's start that)."""
        morph = analyzer()
        found: set[str] = set()
        for lemma in lemmas:
            found.add(lemma)
            parses = morph.parse(lemma)
            own = [p for p in parses if _lemma(p) == lemma] or parses[:1]
            for parse in own:
                for form in parse.lexeme:
                    found.add(str(form.word).replace("ё", "е"))
        return frozenset(found)

    def classes(self, keys: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            found |= self.class_index.get(key, frozenset())
        return found

    @staticmethod
    def _prefix_classes(word: str) -> set[str]:
        return {f"@{name}" for prefix, name in PREFIX_CLASSES.items() if word.startswith(prefix)}

    # Russian

    def ru_candidate(self, word: str) -> bool:
        return word[:3] in self.ru_prefixes

    def _ru_keys(self, word: str) -> frozenset[str]:
        if len(word) > MAX_WORD_LETTERS:  # a run of letters, not a word: never analysed
            return frozenset({"=" + word, "#ru"})
        keys = {"=" + word, "#ru"} | self._prefix_classes(word)
        morph = analyzer()
        if not self.ru_candidate(word):
            if len(word) >= 5 and len(keys) == 2 and not morph.word_is_known(word):
                keys.add(UNKNOWN)  # a typo may hide in the first letters: "сабой"
            return frozenset(keys)
        parses = morph.parse(word)
        if not any(_lemma(p) in self.ru_lemmas for p in parses) and len(word) >= 5 \
                and not self._prefix_classes(word) and not morph.word_is_known(word):
            keys.add(UNKNOWN)  # maybe a typo of a lexicon word: see ru_corrected
        return frozenset(keys | self._analysed(parses))

    def _analysed(self, parses: list[Any]) -> set[str]:
        parses = [p for p in parses if (p.word, _lemma(p)) not in _NOT_READ_AS] or parses
        relevant = [p for p in parses if _lemma(p) in self.ru_lemmas] or parses
        keys = {_lemma(p) for p in parses}
        for parse in relevant:
            tag = parse.tag
            keys.update("#" + grammeme.lower() for grammeme in _RU_TAGS if grammeme in tag)
        return keys | self.classes(keys)

    def _ru_corrected(self, word: str) -> frozenset[str] | None:
        corrected = self._ru_correct(word)
        if corrected is None:
            return None
        keys = {"=" + word, "#ru", "#typo"} | self._analysed(analyzer().parse(corrected))
        return frozenset(keys)

    def _ru_correct(self, word: str) -> str | None:
        """One edit (a missing, extra, swapped or, for long words, wrong letter) that turns
        an unknown word into a form of a lexicon lemma: "умерть" → "умереть". Words longer
        than ``MAX_CORRECTED`` letters are not corrected: the candidates grow with the
        length (33 per letter), and no lexicon word is that long."""
        if len(word) > MAX_CORRECTED:
            return None
        morph = analyzer()
        letters = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
        candidates: list[str] = []
        for i in range(len(word) + 1):
            candidates.extend(word[:i] + c + word[i:] for c in letters)
        for i in range(len(word)):
            candidates.append(word[:i] + word[i + 1:])
            if i + 1 < len(word):
                candidates.append(word[:i] + word[i + 1] + word[i] + word[i + 2:])
            if len(word) >= 6:
                candidates.extend(word[:i] + c + word[i + 1:] for c in letters)
        for candidate in self.ru_forms.among(candidates):
            if morph.word_is_known(candidate) \
                    and any(_lemma(p) in self.ru_lemmas for p in morph.parse(candidate)):
                return candidate
        return None

    # transliterated Russian

    def _translit(self, word: str) -> str | None:
        """The Russian word a Latin word spells ("hochu" → хочу, "umeret" → умереть), if
        pymorphy3 knows one: a few spellings are tried for the soft sign and -ться, which
        transliteration usually drops."""
        if len(word) < 2 or not word.isascii():
            return None
        if word.endswith(("tsya", "tsa", "tsja")):
            base = _TRANSLIT_PATTERN.sub(lambda m: _TRANSLIT_MAP[m.group()],
                                         word[: word.rindex("ts")]) + "тся"
        else:
            base = _TRANSLIT_PATTERN.sub(lambda m: _TRANSLIT_MAP[m.group()], word)
        # "y" or "i" after a vowel is "й" ("soboy", "moi"); "ы" only after a consonant
        chars = list(base)
        for i in range(1, len(chars)):
            if chars[i] in "ыи" and chars[i - 1] in _RU_VOWELS and (
                    i + 1 == len(chars) or chars[i + 1] in _RU_CONSONANTS):
                chars[i] = "й"
        base = "".join(chars)
        candidates = [base]
        if base.endswith("тся"):
            candidates.append(base[:-3] + "ться")
        if base[-1] in _RU_CONSONANTS:
            soft = base + "ь"
            candidates.insert(0 if base.endswith("т") else 1, soft)
        if base[0] == "е":
            candidates.append("э" + base[1:])
        if "ye" in word:  # "snotvornye" → снотворные: "ye" after a consonant is often "ые"
            candidates.append(_TRANSLIT_PATTERN.sub(
                lambda m: "ые" if m.group() == "ye" else _TRANSLIT_MAP[m.group()], word))
        for i in range(1, len(base)):  # "ubyu" → убью: a soft sign before a soft vowel
            if base[i] in "юяе" and base[i - 1] in _RU_CONSONANTS:
                candidates.append(base[:i] + "ь" + base[i:])
                break
        morph = analyzer()
        for candidate in candidates:
            if morph.word_is_known(candidate):
                return candidate
        return None

    def _translit_is_russian(self, word: str) -> bool:
        """Whether a Latin word spells a Russian word of the lexicon or a frequent one."""
        cyrillic = self.translit(word)
        if cyrillic is None:
            return False
        lemmas = {_lemma(parse) for parse in analyzer().parse(cyrillic)}
        return not lemmas.isdisjoint(self.ru_lemmas) or not lemmas.isdisjoint(_RU_COMMON)

    # English

    def _en_keys(self, word: str) -> tuple[frozenset[str], ...]:
        variants = [word]
        if _RUN.search(word):  # "dieeee", "killlll": try the run as one and as two letters
            variants = [_RUN.sub(r"\1", word), _RUN.sub(r"\1\1", word)]
        subtokens: list[set[str]] = []
        for variant in variants:
            for i, part in enumerate(_en_parts(variant)):
                keys = {"=" + part, stem(part), "#en"} | self._prefix_classes(part)
                base = EN_IRREGULAR.get(part)
                if base is not None:
                    keys.add(stem(base))
                if part in EN_PAST or (part.endswith("ed") and len(part) > 4):
                    keys.add("#past")
                if i < len(subtokens):
                    subtokens[i] |= keys
                else:
                    subtokens.append(keys)
        return tuple(frozenset(keys | self.classes(keys)) for keys in subtokens)


def _unleet(match: re.Match[str]) -> str:
    """A self-censored word read back ("k!ll" → kill, "su1c1de" → suicide, "d*e" → die),
    letter for letter so offsets stay; any other word is left as it is."""
    word = match.group()
    if _LEET_CHARS.isdisjoint(word) or not any(ch.isalpha() for ch in word):
        return word
    plain = word.translate(_LEET_MAP)
    if "*" not in plain:
        return plain if plain.lower() in _LEET_TARGETS else word
    for vowel in "aeiou":
        guess = plain.replace("*", vowel)
        if guess.lower() in _LEET_TARGETS:
            return guess
    return word


def tokenize(text: str, vocabulary: Vocabulary) -> list[Token]:
    """The message as tokens with keys (forms, lemmas or stems, grammar, classes) and
    sentence numbers; boundaries (``. ! ? ; …`` and line breaks) are tokens too."""
    tokens: list[Token] = []
    sentence = 0
    fuzzy_left = FUZZY_BUDGET
    latin: list[tuple[int, str]] = []  # single-token Latin words, for transliteration
    if _LEET_HINT.search(text) is not None:
        text = _LEET.sub(_unleet, text)  # same length: offsets into the message hold
    read = vocabulary.word
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        kind, word, found = read(match.group())
        if kind == "b":
            if tokens and tokens[-1].keys != _BOUNDARY_KEYS:
                tokens.append(Token(_BOUNDARY_KEYS, start, end, sentence))
                sentence += 1
        elif kind == "ru":
            keys = found[0]
            if UNKNOWN in keys and fuzzy_left > 0:
                fuzzy_left -= 1
                keys = vocabulary.ru_corrected(word) or keys
            tokens.append(Token(keys, start, end, sentence))
        elif kind == "en":
            if word == "kms" and tokens and "#num" in tokens[-1].keys:
                word = "km"  # "ran 5 kms": kilometres, not "kill myself"
                found = vocabulary.en_keys(word)
            elif word in _CLOCK and tokens and "#num" in tokens[-1].keys:
                found = (found[0] | _CLOCK_KEYS,)  # "2am", "11 pm": not the "am" of "I'm"
            if len(found) == 1:
                latin.append((len(tokens), word))
            for keys in found:
                tokens.append(Token(keys, start, end, sentence))
        elif kind:
            tokens.append(Token(found[0], start, end, sentence))
    if tokens and tokens[-1].keys != _BOUNDARY_KEYS:
        tokens.append(Token(_BOUNDARY_KEYS, len(text), len(text), sentence))  # the end of text
    _mark_clauses(text, tokens)
    if latin:
        _read_transliterated(tokens, latin, vocabulary)
    return tokens


def _mark_clauses(text: str, tokens: list[Token]) -> None:
    """``CLAUSE`` on every word that follows a comma, a colon, a dash or a quote: the
    punctuation the token pattern skips still ends a negation's reach ("меня не будет, я
    убью себя"). A comma between digits is a decimal one ("1,5 года"), and starts none."""
    for before, token in itertools.pairwise(tokens):  # no indexing (for speed)
        gap = text[before.end:token.start]
        # most words follow one space: no mark to look for (for speed)
        if gap != " " and ((gap and not _CLAUSE_MARKS.isdisjoint(gap)) or " - " in gap) and not (
                gap == "," and "#num" in before.keys and "#num" in token.keys):
            token.keys |= _CLAUSE_KEYS


def _read_transliterated(tokens: list[Token], latin: list[tuple[int, str]],
                         vocabulary: Vocabulary) -> None:
    """Russian typed in Latin letters ("hochu umeret", "ya ne hochu zhit"): when at least
    two of the message's Latin words of three letters or more, and at least half of them,
    spell Russian words, every Latin word that spells one also gets that word's Russian
    keys, so the Russian rules read it (its English keys stay)."""
    long_words = [word for _, word in latin if len(word) >= 3]
    # at least two and half of them must spell Russian: counting stops once too many
    # do not, as in most English messages (for speed)
    needed = max(2, (len(long_words) + 1) // 2)
    others = len(long_words) - needed  # the words that may not spell Russian
    russian = 0
    for word in long_words:
        if word not in _EN_LOOKALIKE and vocabulary.translit_is_russian(word):
            russian += 1
        else:
            others -= 1
            if others < 0:
                return
    if russian < needed:
        return
    for position, word in latin:
        cyrillic = vocabulary.translit(word)
        if cyrillic is not None and word not in _EN_LOOKALIKE:
            tokens[position].keys |= vocabulary.ru_keys(cyrillic)


def class_index() -> dict[str, frozenset[str]]:
    """Lexicon key (Russian lemma, English stem or ``=form``) → its ``@CLASS`` names."""
    index: dict[str, set[str]] = {}
    for table, keyer in ((RU, _ru_lexicon_key), (EN, en_key)):
        for name, listed in table.items():
            for word in listed.split():
                index.setdefault(keyer(word), set()).add("@" + name)
    shared: dict[frozenset[str], frozenset[str]] = {}  # 1,400 keys, 190 sets of classes
    found = {}
    for key, names in index.items():
        frozen = frozenset(names)
        found[key] = shared.setdefault(frozen, frozen)
    return found


def _ru_lexicon_key(word: str) -> str:
    return word.replace("ё", "е")


def ru_lexicon_lemmas() -> frozenset[str]:
    return frozenset(_ru_lexicon_key(word) for listed in RU.values() for word in listed.split())
