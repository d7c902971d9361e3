"""The emulated model's knowledge: keyword cues per emotion, canned guidance per language.

Pure data, no logic. Cues are lower-case word *prefixes* (``"hate"`` matches "hates",
``"плак"`` matches "плакал"; a trailing space makes a cue a whole word) matched against the
phrase normalised by ``_model.normalise`` (lower case, ``ё`` → ``е``, punctuation → spaces).
The order of ``EMOTIONS`` breaks ties between equally scored emotions.
"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple, get_args

# Tie-break order: earlier wins when two emotions have the same number of cues.
Emotion = Literal[
    "anger", "fear", "sadness", "shame", "jealousy", "loneliness", "tiredness", "frustration", "joy"
]
EMOTIONS: Final[tuple[Emotion, ...]] = get_args(Emotion)

FALLBACK_EMOTION: Final[Emotion] = "frustration"

# fmt: off
CUES: Final[dict[str, tuple[str, ...]]] = {
    "anger": (
        "hate", "angry", "mad ", "furious", "shout", "yell", "scream", "hit ", "hits", "threw",
        "throw", "kick", "slam", "stupid mom", "stupid dad",
        "ненавиж", "злюсь", "злой", "злая", "злит", "бесит", "кричал", "кричит", "орал", "орет",
        "ударил", "ударила", "бросил", "бросила", "швырн", "пнул", "дурак", "дура ",
    ),
    "fear": (
        "afraid", "scared", "scary", "fear", "monster", "dark", "nightmare", "frighten",
        "боюсь", "боит", "страш", "монстр", "темнот", "кошмар", "испугал",
    ),
    "sadness": (
        "sad", "cry", "cried", "tears", "upset", "miss ", "misses", "heartbroken",
        "грус", "плач", "плак", "слез", "расстро", "скуча", "печал",
    ),
    "shame": (
        "ashamed", "embarrass", "laughed at", "laugh at me", "i'm stupid", "i am stupid",
        "стыд", "стесня", "смеялись", "засмеют", "позор", "я глуп", "я тупой", "я тупая",
    ),
    "jealousy": (
        "jealous", "more than me", "love her more", "love him more", "baby brother",
        "baby sister", "always him", "always her",
        "ревну", "ревнив", "больше меня", "больше любишь", "младш", "малыш",
    ),
    "loneliness": (
        "alone", "lonely", "nobody", "no one", "no friends", "play with me",
        "одинок", "один ", "одна ", "никто", "не с кем", "нет друзей", "друзей нет",
        "не дружит",
    ),
    "tiredness": (
        "tired", "sleepy", "exhausted", "too much", "want to sleep",
        "устал", "спать", "сонн", "вымотал", "сил нет",
    ),
    "frustration": (
        "can't", "cannot", "doesn't work", "won't work", "give up", "too hard", "impossible",
        "не получается", "не выходит", "не могу", "не работает", "бесполезно", "слишком сложно",
    ),
    "joy": (
        "happy", "yay", "hooray", "best day", "fun", "glad", "excited", "awesome",
        "ура", "рад ", "рада ", "счаст", "весело", "классно", "здорово",
    ),
}

# Cues that push intensity up by one, in either language.
STRONG_CUES: Final = (
    "hate", "never", "always", "everyone", "nobody", "kill", "die",
    "ненавиж", "никогда", "всегда", "все ", "никто", "убью", "умру",
)
# fmt: on

BASE_INTENSITY: Final[dict[str, int]] = {
    "anger": 3,
    "fear": 3,
    "sadness": 3,
    "shame": 3,
    "jealousy": 3,
    "loneliness": 3,
    "tiredness": 2,
    "frustration": 2,
    "joy": 3,
}


class Guidance(NamedTuple):
    """What the emulated model advises for one emotion in one language."""

    need: str
    what_to_say: tuple[str, ...]
    what_to_avoid: tuple[str, ...]


_g = Guidance


GUIDANCE: Final[dict[str, dict[str, Guidance]]] = {
    "en": {
        "anger": _g(
            "to be heard and to regain a sense of control",
            ("I see you are really angry. I'm here.", "You can be angry; hitting is not okay."),
            ("Shouting back", "Punishing the feeling itself"),
        ),
        "fear": _g(
            "safety and a calm adult nearby",
            ("That sounds scary. I'm right here with you.", "Let's look at it together."),
            ("Saying 'there is nothing to be afraid of'", "Laughing at the fear"),
        ),
        "sadness": _g(
            "comfort and permission to be sad",
            ("You feel sad. I'll sit with you.", "It's okay to cry."),
            ("Rushing to cheer up", "Saying 'don't cry'"),
        ),
        "shame": _g(
            "acceptance and to feel valued despite a mistake",
            (
                "Everyone makes mistakes. I love you just the same.",
                "What happened is not who you are.",
            ),
            ("Comparing with other children", "Retelling the episode to others"),
        ),
        "jealousy": _g(
            "reassurance of a special place in the parent's love",
            ("There is only one you, and I love you.", "Let's have time, just the two of us."),
            ("Saying 'you are older, you should understand'", "Dismissing the feeling"),
        ),
        "loneliness": _g(
            "connection and belonging",
            ("You'd like someone to be with you. I'm here.", "Shall we play together?"),
            ("Saying 'go and play by yourself'", "Brushing it off as nothing"),
        ),
        "tiredness": _g(
            "rest and fewer demands right now",
            ("You're tired. Let's slow down.", "We can finish this after a rest."),
            ("Adding new tasks", "Calling it laziness"),
        ),
        "frustration": _g(
            "support and a sense of competence",
            ("This is hard, and you keep trying.", "Want to try one small step together?"),
            ("Doing it for the child straight away", "Saying 'it's easy'"),
        ),
        "joy": _g(
            "to share the happiness with someone who cares",
            ("I can see how happy you are!", "Tell me more about it."),
            ("Ignoring the moment", "Immediately moving on to chores"),
        ),
    },
    "ru": {
        "anger": _g(
            "быть услышанным и вернуть ощущение контроля",
            ("Вижу, ты очень злишься. Я рядом.", "Злиться можно, драться нельзя."),
            ("Кричать в ответ", "Наказывать за само чувство"),
        ),
        "fear": _g(
            "безопасность и спокойный взрослый рядом",
            ("Это звучит страшно. Я с тобой.", "Давай посмотрим вместе."),
            ("Говорить «тут нечего бояться»", "Смеяться над страхом"),
        ),
        "sadness": _g(
            "утешение и разрешение грустить",
            ("Тебе грустно. Я посижу с тобой.", "Плакать можно."),
            ("Торопиться развеселить", "Говорить «не плачь»"),
        ),
        "shame": _g(
            "принятие и ощущение ценности несмотря на ошибку",
            ("Все ошибаются. Я люблю тебя так же.", "Ошибка не делает тебя плохим."),
            ("Сравнивать с другими детьми", "Пересказывать случай другим"),
        ),
        "jealousy": _g(
            "уверенность в своём особом месте в любви родителя",
            ("Ты у меня один такой, и я тебя люблю.", "Давай побудем вдвоём."),
            ("Говорить «ты старше, должен понимать»", "Отмахиваться от чувства"),
        ),
        "loneliness": _g(
            "близость и принадлежность",
            ("Тебе хочется, чтобы кто-то был рядом. Я здесь.", "Давай поиграем вместе?"),
            ("Говорить «иди поиграй сам»", "Отмахиваться"),
        ),
        "tiredness": _g(
            "отдых и меньше требований прямо сейчас",
            ("Ты устал. Давай не спешить.", "Закончим после отдыха."),
            ("Добавлять новые задания", "Называть это ленью"),
        ),
        "frustration": _g(
            "поддержка и ощущение, что получится",
            ("Это трудно, а ты стараешься.", "Попробуем один маленький шаг вместе?"),
            ("Сразу делать за ребёнка", "Говорить «это же легко»"),
        ),
        "joy": _g(
            "разделить радость с близким",
            ("Вижу, как ты радуешься!", "Расскажи мне ещё."),
            ("Не замечать момент", "Сразу переключать на дела"),
        ),
    },
}


# The risk the emulated model reads from context that a word list would not: each entry
# is cues that must all be in the phrase (normalised, as ``CUES``), the risk level and
# its category, as ``actors.protocol.Analysis`` has them. A stand-in for a model's
# judgement, so tests can see the bot act on a risk only Claude flagged.
Risk = Literal["none", "low", "moderate", "high"]
RiskCategory = Literal["none", "suicide", "self_harm", "abuse", "danger"]
RISK_CUES: Final[tuple[tuple[tuple[str, ...], Risk, RiskCategory], ...]] = (
    (("bruise", "won't say"), "moderate", "abuse"),
    (("bruise", "doesn't say"), "moderate", "abuse"),
    (("синяк", "не говорит"), "moderate", "abuse"),
    (("синяк", "не рассказывает"), "moderate", "abuse"),
)
UNCLEAR_MAX_WORDS: Final = 3
"""A phrase of at most this many words with no emotion cue is answered ``unclear``."""
