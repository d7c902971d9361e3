"""``detect``: one message → the crisis it speaks of, if any.

The rules are compiled once, on first use (or ``warm_up``): that also loads pymorphy3's
dictionaries and derives the Russian prefixes from the lexicon's lexemes, ~0.5 s in all.
After that a call is pure and synchronous: no I/O, no shared state but the caches.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from ._engine import (
    SHARED,
    CompiledCo,
    CompiledSeq,
    Hit,
    apply_tag,
    compile_co,
    compile_seq,
    run_co,
    run_seq,
    shared,
)
from ._model import Model
from ._model import features as model_features
from ._model import sentence_features as model_sentence_features
from ._model import stored as stored_model
from ._morph import Token, Vocabulary, class_index, ru_lexicon_lemmas, tokenize
from ._rules import CO, SEQ, TAGS
from ._types import EVIDENCE_LIMIT, RANK, Category, CrisisFinding, CrisisKind

_SPACE: Final = re.compile(r"\s+")
# lone surrogates and control or format characters: a log line must always encode
_UNPRINTABLE: Final = re.compile(
    "[\ud800-\udfff\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_CYRILLIC: Final = re.compile("[а-яё]")


@dataclass(frozen=True, slots=True)
class _Compiled:
    vocabulary: Vocabulary
    tags: tuple[CompiledSeq, ...]
    seqs: tuple[CompiledSeq, ...]
    cos: tuple[CompiledCo, ...]
    model: Model
    """The second opinion, asked when no rule matched (``_model.py``)."""
    needs: _Needs
    """Every rule's key sets a message must hold one key of each of (``_Needs``)."""


@dataclass(frozen=True, slots=True)
class _Needs:
    """The key sets every rule needs, numbered once for all rules: a tag or sequence rule
    needs a key of each step's probe, a co-occurrence rule one of each group's. A message
    satisfies the sets it holds a key of, and a rule is worth trying only when its every set
    is satisfied (``_absent`` and ``run_co`` say the same, one rule at a time)."""

    by_key: dict[str, tuple[tuple[int, ...], ...]]
    """Key → the numbers of the sets holding it, and the tag, sequence and co-occurrence
    rules (positions) whose trigger set (``_trigger``) holds it."""
    tags: tuple[frozenset[int], ...]
    seqs: tuple[frozenset[int], ...]
    cos: tuple[frozenset[int], ...]


def _trigger(sets: Sequence[frozenset[str]]) -> frozenset[str]:
    """The set a rule is looked up by. Any of its sets would find it (it is tried only with
    all of them satisfied); one of few classes and grammar marks, then of few keys, is held
    by fewer messages: about half the candidates of the first step's probe (for speed)."""
    return min(sets, key=lambda keys: (sum(key[0] in "@#" for key in keys), len(keys)))


def _needs(tags: Sequence[CompiledSeq], seqs: Sequence[CompiledSeq],
           cos: Sequence[CompiledCo]) -> _Needs:
    numbers: dict[frozenset[str], int] = {}
    found: dict[str, tuple[list[int], list[int], list[int], list[int]]] = {}

    def numbered(kind: int, position: int, sets: Sequence[frozenset[str]]) -> frozenset[int]:
        for key in _trigger(sets):
            found.setdefault(key, ([], [], [], []))[kind].append(position)
        return shared(frozenset(numbers.setdefault(keys, len(numbers)) for keys in sets))

    tag_needs = tuple(numbered(1, position, (rule.probe.keys, *rule.needs))
                      for position, rule in enumerate(tags))
    seq_needs = tuple(numbered(2, position, (rule.probe.keys, *rule.needs))
                      for position, rule in enumerate(seqs))
    co_needs = tuple(numbered(3, position, [probe.keys for probe in rule.probes])
                     for position, rule in enumerate(cos))
    for keys, number in numbers.items():
        for key in keys:
            found.setdefault(key, ([], [], [], []))[0].append(number)
    by_key = {key: shared(tuple(shared(tuple(part)) for part in lists))
              for key, lists in found.items()}
    return _Needs(by_key, tag_needs, seq_needs, co_needs)


@dataclass(slots=True)
class _Found:
    """What a message's keys make possible: the need sets it satisfies and the rules
    (positions) whose trigger set it holds a key of."""

    satisfied: set[int]
    tags: set[int]
    seqs: set[int]
    cos: set[int]

    def add(self, by_key: dict[str, tuple[tuple[int, ...], ...]], keys: Iterable[str]
            ) -> None:
        """Add what ``keys`` make possible: one lookup a key for all four (for speed)."""
        for key in keys:
            entry = by_key.get(key)
            if entry is not None:
                self.add_entry(entry)

    def add_entry(self, entry: tuple[tuple[int, ...], ...]) -> None:
        """Add what one key's entry of ``by_key`` makes possible."""
        numbers, tag_rules, seq_rules, co_rules = entry
        self.satisfied.update(numbers)
        if tag_rules:
            self.tags.update(tag_rules)
        if seq_rules:
            self.seqs.update(seq_rules)
        if co_rules:
            self.cos.update(co_rules)


_STATE: _Compiled | None = None
_STATE_LOCK: Final = threading.Lock()


def _rule_lemmas(tags: Sequence[CompiledSeq], seqs: Sequence[CompiledSeq],
                 cos: Sequence[CompiledCo]) -> set[str]:
    """Every Russian word the rules name: the vocabulary analyses exactly these."""
    keys: set[str] = set()
    for rule in (*tags, *seqs):
        for step in rule.steps:
            keys.update(key for alt in step.elem for key in alt)
        keys |= rule.unless_before | rule.unless_after | rule.unless_near | rule.gap_stop
    for co in cos:
        keys.update(key for group in co.groups for alt in group for key in alt)
        keys |= co.unless_near | co.unless_sentence
    return {key for key in keys if key[0] not in "@#=" and _CYRILLIC.search(key)}


def _state() -> _Compiled:
    global _STATE
    if _STATE is None:
        with _STATE_LOCK:
            if _STATE is None:
                tags = tuple(compile_seq(rule) for rule in TAGS)
                seqs = tuple(compile_seq(rule) for rule in SEQ)
                cos = tuple(compile_co(rule) for rule in CO)
                lemmas = ru_lexicon_lemmas() | _rule_lemmas(tags, seqs, cos)
                needs = _needs(tags, seqs, cos)
                SHARED.clear()  # compiled: equal parts stay one object, the table goes
                model = Model(stored_model())  # the weights are loaded on first use
                _STATE = _Compiled(Vocabulary(lemmas, class_index()), tags, seqs, cos,
                                   model, needs)
    return _STATE


def warm_up() -> None:
    """Compile the rules and load the dictionaries now rather than on the first message."""
    _state()


def detect(text: str, language: str | None = None) -> CrisisFinding | None:
    """The crisis ``text`` speaks of, or ``None``. ``language`` ("ru"/"en") is a hint only:
    both lexicons always run, because parents mix them ("написал kms в чате")."""
    del language  # accepted for the callers' symmetry; see the docstring
    tokens, index, possible = _prepare(text)
    if not tokens:
        return None
    state = _state()
    # Only the rules whose trigger set (``_trigger``) the message holds a key of are
    # looked at, found through the keys: trying each of the 700-odd rules cost a third of
    # the bot's CPU per update (bench/e2e.py --profile). Few of those hold a key of every
    # step: one subset test of the rule's numbered need sets rejects the others, instead of
    # a set test per step against the index (for speed), and the rule does not test its
    # steps' keys again (``present``). Same hits, same order.
    hits: list[Hit] = []
    needs = state.needs
    satisfied = possible.satisfied
    for position in sorted(possible.seqs):
        if needs.seqs[position] <= satisfied:
            hit = run_seq(state.seqs[position], tokens, index, present=True)
            if hit is not None:
                hits.append(hit)
    for position in sorted(possible.cos):
        if needs.cos[position] <= satisfied:
            hit = run_co(state.cos[position], tokens, index, present=True)
            if hit is not None:
                hits.append(hit)
    abuse = physical_abuse(tokens, index)
    if abuse is not None:
        hits.append(abuse)
    if hits:  # each filter keeps no hit of none: most messages skip them (for speed)
        hits = _said_in_jest(_taken_back(_over_at_once(_incitement_first(hits), index), index),
                             text, tokens, index)
        hits = _toddler_tantrum(_of_a_sibling(_said_in_glee(hits, tokens, index), tokens),
                                index)
    if not hits:
        found = state.model.crisis(tokens)
        if found is None:
            return None
        kind, first, last = found
        if kind == "physical_abuse" and _injury_alone(index):
            return None
        if kind == "online_exploitation" and _blocked_alone(index):
            return None
        hits = _taken_back([Hit("model." + kind, CrisisKind(kind), first, last)], index)
        if not hits:
            return None
    return _finding(text, tokens, hits)


_SOMEONE: Final = ("@ADULT", "@AGENT", "@HOMEADULT", "@VIOLENT", "@SECRET")


def _injury_alone(index: dict[str, list[int]]) -> bool:
    """Bruises or marks with nobody named who could have made them: a fall, a game or a
    fight at school as much as abuse. The model leaves them to the reply (Claude reads the
    context, tests/e2e); an adult, a blow or a secret beside them is the model's again."""
    return "@BRUISE" in index and not any(key in index for key in _SOMEONE)


_BLOCKED: Final = ("block", "заблокировать", "забанить")
"""Blocked: the words themselves, not a class of the rules (a class is a feature of the
model too, and would change what it learns)."""


_EXPLOITED: Final = ("@NUDE", "@UNDRESS", "@SEXPART", "@PORN", "@BLACKMAIL", "@IMAGE",
                     "@SECRET", "встретиться", "встреча", "meet", "new", "again", "keep",
                     "новый", "снова", "опять", "продолжать")
"""What makes a blocked stranger the model's again: something sexual, a picture, a secret, a
meeting, or a stranger who comes back ("a new account", «снова пишет»)."""


def _blocked_alone(index: dict[str, list[int]]) -> bool:
    """A stranger who wrote to the child, and the child blocked him ("сам показал мне и
    заблокировал"), with nothing asked for, sent, hidden or arranged: a child who did the
    right thing. The model leaves it to the reply (``_EXPLOITED`` makes it the model's
    again)."""
    return (any(key in index for key in _BLOCKED)
            and not any(key in index for key in _EXPLOITED))


def _prepared(text: str) -> tuple[list[Token], dict[str, list[int]]]:
    """The message's tokens with pronouns resolved and the tag rules' classes added, and
    their index (key → sorted positions, as ``build_index`` gives; built once)."""
    tokens, index, _ = _prepare(text)
    return tokens, index


def _prepare(text: str) -> tuple[list[Token], dict[str, list[int]], _Found]:
    """``_prepared``'s tokens and index, and what the index makes possible (``_Found``)."""
    state = _state()
    tokens = tokenize(text, state.vocabulary)
    if not tokens:
        return tokens, {}, _Found(set(), set(), set(), set())
    resolve_pronouns(tokens)
    needs = state.needs
    index, found = _indexed(tokens, needs.by_key)
    # In order, and only the tags whose trigger set the message holds: a tag that adds its
    # class makes the later tags triggered by that class candidates too. A tag lacking a
    # key of another step is skipped by one subset test (``apply_tag`` would find nothing).
    pending = sorted(found.tags)
    done = -1
    while pending:
        position = pending.pop(0)
        if position <= done:
            continue
        done = position
        if not needs.tags[position] <= found.satisfied:
            continue
        tag = state.tags[position]
        had = tag.rule.tag in index
        apply_tag(tag, tokens, index, present=True)
        positions = index.get(tag.rule.tag)
        if positions:
            positions.sort()
            if not had:
                found.add(needs.by_key, (tag.rule.tag,))
                for later in needs.by_key.get(tag.rule.tag, ((), ()))[1]:
                    if later > position:
                        bisect.insort(pending, later)
    return tokens, index, found


def _indexed(tokens: Sequence[Token], by_key: dict[str, tuple[tuple[int, ...], ...]]
             ) -> tuple[dict[str, list[int]], _Found]:
    """``build_index(tokens)`` and what its keys make possible (``_Found.add``) in one pass:
    a key is looked up in ``by_key`` as it first comes, not in a second loop over the
    index (for speed)."""
    index: dict[str, list[int]] = {}
    positions_of, entry_of = index.get, by_key.get
    found = _Found(set(), set(), set(), set())
    for position, token in enumerate(tokens):
        for key in token.keys:
            positions = positions_of(key)
            if positions is not None:
                positions.append(position)
                continue
            index[key] = [position]
            entry = entry_of(key)
            if entry is not None:  # a few keys of a message: a call each is cheap
                found.add_entry(entry)
    return index, found


def message_features(text: str) -> set[str]:
    """What the second opinion reads of a message (every sentence's features)."""
    return model_features(_prepared(text)[0])


def message_sentences(text: str) -> list[set[str]]:
    """What the second opinion reads of each sentence of a message (for training it)."""
    return [found for _, _, found in model_sentence_features(_prepared(text)[0])]


def _incitement_first(hits: list[Hit]) -> list[Hit]:
    """"They told him to kill himself" is incitement, not the child's own thoughts: a
    suicidal hit inside an incitement hit's words is dropped."""
    urged = [hit for hit in hits if hit.kind is CrisisKind.INCITEMENT]
    if not urged:
        return hits
    return [hit for hit in hits
            if hit.kind.category is not Category.SUICIDE
            or not any(hit.first <= other.last and other.first <= hit.last for other in urged)]


def _over_at_once(hits: list[Hit], index: dict[str, list[int]]) -> list[Hit]:
    """The message itself says it was over at once: "i wanna die" shouted over a lost game
    and then a rematch ("потребовал реванш"), a small child "running away" to grandma's who
    came back from the gate. Only the wish to be dead and the running away now are dropped;
    a suicide verb, a plan or a method stays a finding however the game went on."""
    if "@REMATCH" in index:
        hits = [hit for hit in hits if hit.kind is not CrisisKind.DEATH_WISH]
    if "@CAMEBACK" in index:
        hits = [hit for hit in hits if not hit.rule.endswith(".run_away_now")]
    if "@BACKSOON" in index:  # back within minutes or for dinner: "вернулся к ужину"
        hits = [hit for hit in hits if not hit.rule.endswith(_RAN_AWAY)]
    return hits


def _taken_back(hits: list[Hit], index: dict[str, list[int]]) -> list[Hit]:
    """The parent takes the alarm back after it ("FOUND A KNIFE … nvm its the butter
    knife", "found pills!! oh. his allergy tabs. panic over", «пропал!! через час
    объявился»): what was seen, found or feared before that (``_TAKEN_BACK_KINDS``) is
    dropped. Words the child said are not taken back by it: "nvm" after "she says she
    wants to die" leaves the wish a finding.

    Two narrower classes take back one fear each: a child who came back or got in touch
    ("утром вернулся сам", "then he texted that his battery died") the fear of where the
    child was (``_WHEREABOUTS``), a child who came out of the locked room ("she came out
    in a face mask with music blasting") the silence behind the door (``_LOCKED_IN``);
    neither takes back a blow, a note or pills the message also tells of."""
    for tag, taken in (("@TAKENBACK", _taken_kind), ("@RETURNED", _whereabouts),
                       ("@CAMEOUT", _locked_in)):
        positions = index.get(tag)
        if positions:
            after = positions[-1]
            hits = [hit for hit in hits if not taken(hit) or hit.last >= after]
    return hits


def _taken_kind(hit: Hit) -> bool:
    return hit.kind in _TAKEN_BACK_KINDS


def _whereabouts(hit: Hit) -> bool:
    return hit.rule.endswith(_WHEREABOUTS)


def _locked_in(hit: Hit) -> bool:
    return hit.rule.endswith(_LOCKED_IN)


_TAKEN_BACK_KINDS: Final = frozenset({
    CrisisKind.ACUTE_DANGER, CrisisKind.SUICIDAL_BEHAVIOUR, CrisisKind.SEXUAL_ABUSE,
    CrisisKind.PHYSICAL_ABUSE, CrisisKind.ONLINE_EXPLOITATION})
"""What a parent saw, found or feared: an alarm the parent can take back."""


_RAN_AWAY: Final = (".run_away_now", ".ran_away", ".ran_away_home", ".left_not_back",
                    ".gone_whereabouts")
_WHEREABOUTS: Final = (
    *_RAN_AWAY, ".gone_unreachable", ".out_unreachable", ".unreachable_days",
    ".gone_late", ".missing", ".child_missing", ".left_days_ago", ".left_unreachable",
    ".not_come_home", ".should_be_home_hours_ago", ".gone_at_night_unreachable",
    ".bed_empty_at_night", ".cant_find", ".not_back_nobody_knows",
    ".ran_away_not_heard_since", "model.acute_danger")
"""Where the child is: the fears a child's return or call ends."""
_LOCKED_IN: Final = (".locked_in_silent", ".locked_no_sound", ".locked_wont_open_no_sound")
"""Silence behind a locked door: the fear the child's coming out ends."""
_JUMP_RULES: Final = (".jump", ".out_window", ".thought_jumping", ".jump_time", ".throw_self",
                     ".balcony_jump")
_LAUGHING: Final = re.compile("[😂🤣😹😆]")  # one scan of the text (for speed)


def _said_in_jest(hits: list[Hit], text: str, tokens: Sequence[Token],
                  index: dict[str, list[int]]) -> list[Hit]:
    """A jump out of the window the parent calls a joke: "шутит, что выпрыгнет в окно, если
    ещё раз услышит эту песню", "jokes he'll jump out the window 😂". Only the jump itself is
    dropped, and only with a joke word in its sentence, or among the first words of the next
    ("'I'll jump off the roof and fly!' as a joke": the quote's "!" ends a sentence), or a
    laughing emoji in the message; "lol" alone, "he wasn't joking", "I asked if he was
    joking" and "I thought he was joking" in the next sentence do not count."""
    joked = index.get("@JOKED", ())
    jest = {tokens[q].sent for q in joked}
    laughing = _LAUGHING.search(text) is not None
    if not jest and not laughing:
        return hits
    # a joke word among the first three words of its sentence also covers the one before
    after_quote = {tokens[q].sent - 1 for q in joked
                   if any(tokens[p].sent != tokens[q].sent for p in range(max(q - 3, 0), q))}
    return [hit for hit in hits if not (hit.rule.endswith(_JUMP_RULES) and (
        laughing or tokens[hit.first].sent in jest or tokens[hit.last].sent in jest
        or tokens[hit.last].sent in after_quote))]


_HYPERBOLE: Final = (CrisisKind.DEATH_WISH, CrisisKind.SUICIDAL_THOUGHTS,
                     CrisisKind.SUICIDAL_METHOD)


def _said_in_glee(hits: list[Hit], tokens: Sequence[Token],
                  index: dict[str, list[int]]) -> list[Hit]:
    """Hyperbole with its joy or embarrassment said outright, in its sentence or the next
    (``@GLEE``: "omg i want to die" when her crush liked her story, "кринж, хочу умереть"),
    or laughed off after the words in their sentence (``@LAUGHED``: "вешается от этой
    математики и смеётся"). Laughter before the words may be nervous, and laughter in a
    later sentence may be the parent's worry: "he laughed and said he wants to die" and "he
    said he wants to die. He laughed it off later but I'm worried" stay findings. Only a
    wish to be dead, thoughts and a method are dropped, never intent, a plan or behaviour;
    "I wanna die lol", "хочу умереть 😂" alone, and "wants to die, he was embarrassed in
    front of the class" stay findings."""
    glee = {tokens[q].sent for q in index.get("@GLEE", ())}
    laughed = index.get("@LAUGHED", ())
    if not glee and not laughed:
        return hits

    def hyperbole(hit: Hit) -> bool:
        sentences = (tokens[hit.last].sent, tokens[hit.last].sent + 1)
        return tokens[hit.first].sent in glee or sentences[1] in glee or any(
            q > hit.last and tokens[q].sent == sentences[0] for q in laughed)

    return [hit for hit in hits if not (hit.kind in _HYPERBOLE and hyperbole(hit))]


_NEVER_BORN: Final = (".never_born", ".better_not_be", ".better_not_be_born",
                       ".want_not_exist", ".should_not_exist")
_SIBLING: Final = frozenset({"brother", "sister", "sibl", "bro", "sis", "twin", "брат",
                             "братик", "братишка", "сестра", "сестренка", "сестричка"})
_OWN_SELF: Final = frozenset({"сам", "myself", "himself", "herself", "=i", "=я"})


def _of_a_sibling(hits: list[Hit], tokens: Sequence[Token]) -> list[Hit]:
    """"Never born" said to or of a sibling named before it in its sentence: "told her
    brother she wishes he had never been born", "сказала брату, что лучше бы он вообще не
    рождался". "Wishes he had never been born" with no sibling, or "лучше бы она сама не
    родилась", stays a wish to be dead."""
    kept = []
    for hit in hits:
        if hit.rule.endswith(_NEVER_BORN):
            sentence = tokens[hit.first].sent
            before = range(hit.first - 1, max(-1, hit.first - 12), -1)
            if (any(tokens[q].sent == sentence and not _SIBLING.isdisjoint(tokens[q].keys)
                    for q in before)
                    and all(_OWN_SELF.isdisjoint(tokens[q].keys)
                            for q in range(hit.first, hit.last + 1))):
                continue
        kept.append(hit)
    return kept


_BLOOD: Final = ("кровь", "blood", "bleed", "bleeding", "bled", "bloodi", "bruis", "синяк")
_SOOTHED: Final = ("tantrum", "pick", "stop", "calm", "phase", "истерика", "истерить",
                   "успокаиваться", "успокоиться", "перестать", "переставать", "рука")


def _toddler_tantrum(hits: list[Hit], index: dict[str, list[int]]) -> list[Hit]:
    """A toddler (1-3) banging her head in a tantrum that stops when she is picked up: a
    phase, not self-harm. An older child, or blood or bruises, stays self-harm."""
    if ("@TODDLER" not in index or not any(key in index for key in _SOOTHED)
            or any(key in index for key in _BLOOD)):
        return hits
    return [hit for hit in hits if not hit.rule.endswith(".head_bang")]


def _finding(text: str, tokens: Sequence[Token], hits: list[Hit]) -> CrisisFinding:
    found = {hit.kind for hit in hits}
    kinds = tuple(kind for kind in RANK if kind in found)
    primary = next(hit for hit in hits if hit.kind is kinds[0])
    start, end = tokens[primary.first].start, tokens[primary.last].end
    evidence = _UNPRINTABLE.sub("?", _SPACE.sub(" ", text[start:end]).strip()[:EVIDENCE_LIMIT])
    return CrisisFinding(kinds, max(kind.severity for kind in kinds), evidence, (start, end),
                         primary.rule)


# -- "he" or "she" for an adult named before ---------------------------------------------------

_PEOPLE: Final = frozenset({"@ADULT", "@AGENT", "@STRANGER", "@CHILDN"})
_ADULTISH: Final = frozenset({"@ADULT", "@AGENT", "@STRANGER", "@LURER"})
_PRONOUN_GENDER: Final = {"=he": "@MALE", "=she": "@FEMALE", "он": "@MALE", "она": "@FEMALE"}
_PRONOUNS: Final = frozenset(_PRONOUN_GENDER)  # a token without one has no gender
_OTHER_GENDER: Final = {"@MALE": "@FEMALE", "@FEMALE": "@MALE"}
_PLURAL: Final = frozenset({"#plur", "=children", "=people", "=men", "=women"})
_REFER_BACK: Final = 40  # tokens a pronoun may look back for its person
_REFER_SENTENCES: Final = 3


def _pronoun_gender(token: Token) -> str | None:
    keys = token.keys
    if "=he" in keys or "=she" in keys:
        return _PRONOUN_GENDER["=he" if "=he" in keys else "=she"]
    if "#nomn" in keys and ("он" in keys or "она" in keys) and "#ru" in keys:
        return _PRONOUN_GENDER["он" if "он" in keys else "она"]
    return None


def _plural(token: Token) -> bool:
    if not _PLURAL.isdisjoint(token.keys):
        return True
    form = next((key for key in token.keys if key.startswith("=")), "")
    return "#en" in token.keys and form.endswith("s") and not form.endswith("ss")


def resolve_pronouns(tokens: Sequence[Token]) -> None:
    """"Her uncle visited. At night he came into her room": a subject pronoun takes the
    classes of the adult it refers to, so the abuse rules see an adult agent. The referent
    is the nearest person named before it in the last few sentences, of the pronoun's
    gender, skipping the one who reports ("my son says he..."); a child there, or nobody,
    leaves the pronoun as it is."""
    if all(map(_ADULTISH.isdisjoint, [token.keys for token in tokens])):  # in C (for speed)
        return
    resolved: dict[int, frozenset[str]] = {}
    for position, token in enumerate(tokens):
        if _PRONOUNS.isdisjoint(token.keys):
            continue  # no pronoun: one set test, not ``_pronoun_gender`` (for speed)
        gender = _pronoun_gender(token)
        if gender is None:
            continue
        other = _OTHER_GENDER[gender]
        for q in range(position - 1, max(-1, position - _REFER_BACK), -1):
            candidate = tokens[q]
            if token.sent - candidate.sent > _REFER_SENTENCES:
                break
            if q in resolved and _pronoun_gender(candidate) == gender:
                token.keys |= resolved[q]
                resolved[position] = resolved[q]
                break
            keys = candidate.keys
            if _PEOPLE.isdisjoint(keys) or other in keys or _plural(candidate):
                continue
            if any("@SPEECH" in tokens[r].keys and tokens[r].sent == candidate.sent
                   for r in range(q + 1, min(q + 3, len(tokens)))):
                continue  # the reporter: "my son says he ..."
            if "@CHILDN" in keys and _ADULTISH.isdisjoint(keys):
                break
            if (q + 1 < position and "@CHILDN" in tokens[q + 1].keys
                    and _ADULTISH.isdisjoint(tokens[q + 1].keys)):
                continue  # "the neighbour girl", "the neighbor kid": a child, not an adult
            classes = frozenset(keys & _ADULTISH)
            token.keys |= classes
            resolved[position] = classes
            break


# -- physical abuse: an adult agent, a violent verb, a victim ---------------------------------

_VERB_MARKS: Final = frozenset({"#past", "#pres", "#futr", "#infn", "#impr"})
_CLAUSE_STOP: Final = frozenset({"что", "чтобы", "если", "когда", "потому", "который", "но",
                                 "а", "@SPEECH", "#b"})
_EN_SUBJECT: Final = frozenset({"@SUBJ", "@CHILDN", "@SPEECH"})


# a beating on a screen, or in a pillow or pool-noodle fight she lost ("daddy beat her up",
# «дрались подушками»; not «душила подушкой», a smothering), a game won («мама его бьёт»
# at table tennis, «обыгрывает») or a sparring bout: not real
_NOT_REAL: Final = frozenset({"=tv", "=movie", "=movies", "=film", "=films", "=series",
                              "=episode", "=cartoon", "сериал", "фильм", "мультик",
                              "мультфильм", "кино", "передача", "=pillow", "=pillows",
                              "=подушками", "=noodle", "=noodles", "=lightsaber", "теннис",
                              "шахматы", "шашка", "обыгрывать", "обыграть", "спарринг",
                              "=sparring", "=шутку"})  # «в шутку „душит“» in a pillow fight


def physical_abuse(tokens: Sequence[Token], index: dict[str, list[int]]) -> Hit | None:
    """An adult hitting a child (or a parent in front of one), from the grammar around a
    violent verb: English by word order (and "by" for the passive), Russian by case, since
    its word order is free ("его бьёт отчим", "отчим его бьёт", not "дочь ударила мать")."""
    for verb in index.get("@VIOLENT", ()):
        token = tokens[verb]
        if any(tokens[q].sent == token.sent for q in index.get("@MYCHILDHOOD", ())):
            continue  # the parent's own childhood: "my mum hit me when I was a kid"
        if any(tokens[q].sent == token.sent for key in _NOT_REAL for q in index.get(key, ())):
            continue  # on screen: "we watched a TV show where a husband hits his wife"
        found = (_ru_abuse(tokens, verb) if "#ru" in token.keys else _en_abuse(tokens, verb))
        if found is not None:
            return Hit("physical_abuse." + ("ru" if "#ru" in token.keys else "en") + ".agent",
                       CrisisKind.PHYSICAL_ABUSE, min(found), max(found))
    return None


def _same(tokens: Sequence[Token], a: int, b: int) -> bool:
    return 0 <= a < len(tokens) and 0 <= b < len(tokens) and tokens[a].sent == tokens[b].sent


def _en_abuse(tokens: Sequence[Token], verb: int) -> tuple[int, ...] | None:
    victim = next((q for q in range(verb + 1, verb + 5)
                   if _same(tokens, verb, q) and "@VICTIM" in tokens[q].keys), None)
    if victim is not None and victim > verb + 1 and "to" in tokens[victim - 1].keys:
        victim = None  # "hit the ball to her": the object is something else
    agent = None
    for q in range(verb - 1, verb - 7, -1):  # "her boyfriend is always drunk and kicks her"
        if not _same(tokens, verb, q):
            break
        keys = tokens[q].keys
        if "@NEG" in keys:
            return None
        if "@ADULT" in keys:
            agent = q
            break
        if not _EN_SUBJECT.isdisjoint(keys):
            break
    if agent is None and victim is not None:
        agent = _en_relative_agent(tokens, verb)
    if agent is not None and victim is not None and not _game(tokens, verb, victim):
        return agent, verb, victim
    by = next((q for q in range(verb + 1, verb + 3)
               if _same(tokens, verb, q) and "by" in tokens[q].keys), None)
    if by is not None and "#past" in tokens[verb].keys | {"=hit", "=beat", "=hurt"}:
        adult = next((q for q in range(by + 1, by + 4)
                      if _same(tokens, by, q) and "@ADULT" in tokens[q].keys), None)
        if adult is not None:
            return verb, adult
    return None


_GAMES: Final = frozenset({"@GAMEW", "chess", "game", "race", "match", "card", "tenni",
                           "footbal", "draught", "checker", "scrabbl", "monopoli", "pool"})


def _game(tokens: Sequence[Token], verb: int, victim: int) -> bool:
    """"beats my son at chess", "always beats him at mario kart": a game or a race won,
    not a blow."""
    after = range(victim + 1, min(victim + 5, len(tokens)))
    if ("beat" in tokens[verb].keys and _same(tokens, victim, victim + 1)
            and "at" in tokens[victim + 1].keys):
        return True
    return any(not _GAMES.isdisjoint(tokens[q].keys) for q in after if _same(tokens, victim, q))


_RELATIVE_REACH: Final = 14  # tokens from the verb back to the adult a relative clause follows


def _en_relative_agent(tokens: Sequence[Token], verb: int) -> int | None:
    """"the babysitter who watches my son after school slaps him": an adult right before
    "who" (or "that"), the clause between them and the verb read past."""
    for q in range(verb - 2, max(-1, verb - _RELATIVE_REACH), -1):
        if not _same(tokens, verb, q):
            return None
        keys = tokens[q].keys
        if "@NEG" in keys:
            return None
        if "=who" in keys or "=that" in keys:
            if q > 0 and _same(tokens, verb, q - 1) and "@ADULT" in tokens[q - 1].keys:
                return q - 1
            return None
    return None


def _ru_relative_agent(tokens: Sequence[Token], verb: int) -> int | None:
    """"бабушка, с которой сидит сын, бьёт его": an adult in the nominative before a
    relative clause (", который ... ,") that ends right before the verb."""
    if "#cl" not in tokens[verb].keys:
        return None
    for q in range(verb - 1, max(-1, verb - _RELATIVE_REACH), -1):
        if not _same(tokens, verb, q):
            return None
        keys = tokens[q].keys
        if "@NEG" in keys:
            return None
        if "который" in keys:
            for r in range(q - 1, max(-1, q - 5), -1):
                if _same(tokens, q, r) and {"@ADULT", "#nomn"} <= tokens[r].keys:
                    return r
            return None
    return None


def _ru_abuse(tokens: Sequence[Token], verb: int) -> tuple[int, ...] | None:
    if verb > 0 and "@NEG" in tokens[verb - 1].keys:
        return None
    # a victim may follow further ("бьёт по лицу 4-летнего сына"), an agent stays near
    near = [q for q in range(verb - 4, verb + 7) if q != verb and _same(tokens, verb, q)]
    agents = [q for q in near if "@ADULT" in tokens[q].keys and "#nomn" in tokens[q].keys
              and _clear(tokens, q, verb)]
    if not agents:  # "отец мальчика из 3Б душил его": a genitive phrase after the agent
        agents = [q for q in range(max(0, verb - 7), verb - 4)
                  if "@ADULT" in tokens[q].keys and "#nomn" in tokens[q].keys
                  and _same(tokens, verb, q) and _genitive_then_verb(tokens, q, verb)]
    victims = [q for q in near if "@VICTIM" in tokens[q].keys
               and not {"#accs", "#gent"}.isdisjoint(tokens[q].keys) and _clear(tokens, q, verb)]
    if not agents and victims:
        relative = _ru_relative_agent(tokens, verb)
        if relative is not None:
            agents = [relative]
            victims = [q for q in victims if q > verb]
    for agent in agents:
        for victim in victims:
            if victim == agent:
                continue
            if agent > verb and victim > verb and "#nomn" in tokens[victim].keys:
                continue  # "дочь ударила мать": the first noun is the subject
            return agent, verb, victim
    return None


def _genitive_then_verb(tokens: Sequence[Token], agent: int, verb: int) -> bool:
    """Between the agent and the verb only its genitive phrase ("отец девочки из 5А"): no
    clause break, no other verb, and a child noun only as the genitive right after it."""
    for q in range(agent + 1, verb):
        keys = tokens[q].keys
        if not _CLAUSE_STOP.isdisjoint(keys) or not _VERB_MARKS.isdisjoint(keys):
            return False
        if "@CHILDN" in keys and "#nomn" in keys and not (q == agent + 1 and "#gent" in keys):
            return False
    return True


def _clear(tokens: Sequence[Token], a: int, b: int) -> bool:
    """No clause break or other subject between two tokens of one clause. A child noun that
    may be a genitive right after an adult is the adult's, not a subject: "сожитель сестры
    ударил её сына" ("сестры" reads as a plural nominative too)."""
    lo, hi = min(a, b), max(a, b)
    for q in range(lo + 1, hi):
        keys = tokens[q].keys
        if not _CLAUSE_STOP.isdisjoint(keys):
            return False
        if "@CHILDN" in keys and "#nomn" in keys and not (
                q == lo + 1 and "#gent" in keys and "@ADULT" in tokens[lo].keys):
            return False
    return True
