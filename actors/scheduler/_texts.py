"""The scheduler's texts to parents, in Russian and English (same format as
``actors.dialogs._texts``): ``say(key, language, **values)`` escapes values for HTML.

A test checks every key exists in both languages with the same placeholders.
"""

from __future__ import annotations

from typing import Final, Literal

from actors.dialogs import escape
from actors.protocol import Emotion, Language

__all__ = [
    "CRISIS_NAMES", "SCALE", "SITUATIONS", "SITUATION_WORDS", "SUGGESTIONS", "TEXTS", "say",
    "suggestion",
]

SCALE: Final[tuple[str, ...]] = ("😢", "😟", "😐", "🙂", "😄")
"""The check-in's emotion scale: the button for score ``i + 1``."""

TEXTS: Final[dict[str, dict[Language, str]]] = {
    "checkin": {
        "ru": "Как прошёл день? Отметьте настроение — по строке на ребёнка:\n{rows}",
        "en": "How was the day? Tap a mood, one row per child:\n{rows}",
    },
    "checkin_row": {
        "ru": "• {name}",
        "en": "• {name}",
    },
    "checkin_thanks": {
        "ru": "Спасибо! {name}: {face}. Записал в дневник.",
        "en": "Thank you! {name}: {face}. Saved to the diary.",
    },
    "checkin_pick_face": {
        "ru": "Выберите смайлик в строке {name}.",
        "en": "Tap a face in {name}'s row.",
    },
    "checkin_expired": {
        "ru": "Этот вопрос уже устарел — дождитесь сегодняшнего вечернего вопроса.",
        "en": "That check-in has expired: the next one comes this evening.",
    },
    "report_title": {
        "ru": "<b>Неделя {start} — {end}</b>",
        "en": "<b>The week {start} – {end}</b>",
    },
    "report_child": {
        "ru": "<b>{name}</b>",
        "en": "<b>{name}</b>",
    },
    "report_entries": {
        "ru": "Записей в дневнике: {count} ({emotions}).",
        "en": "Diary entries: {count} ({emotions}).",
    },
    "report_no_entries": {
        "ru": "Записей в дневнике на этой неделе нет.",
        "en": "No diary entries this week.",
    },
    "report_checkins": {
        "ru": "Настроение по вечерним вопросам: {average} из 5 ({days} дн.).",
        "en": "Mood from the evening check-ins: {average} of 5 ({days} days).",
    },
    "trend_better": {
        "ru": "Динамика: спокойнее, чем на прошлой неделе.",
        "en": "Trend: calmer than last week.",
    },
    "trend_worse": {
        "ru": "Динамика: труднее, чем на прошлой неделе.",
        "en": "Trend: harder than last week.",
    },
    "trend_same": {
        "ru": "Динамика: примерно как на прошлой неделе.",
        "en": "Trend: about the same as last week.",
    },
    "trend_unknown": {
        "ru": "Динамика: пока мало данных для сравнения.",
        "en": "Trend: not enough data to compare yet.",
    },
    "report_suggestion": {
        "ru": "Совет: {text}",
        "en": "Suggestion: {text}",
    },
    "report_example": {
        "ru": "Например, можно сказать: «{text}»",
        "en": "For example, you could say: “{text}”",
    },
    "report_example_helped": {
        "ru": "На этой неделе помогло: «{text}» — попробуйте так и дальше.",
        "en": "This helped this week: “{text}”. Keep it up.",
    },
    "report_compare": {
        "ru": "По сравнению с прошлой неделей: {items}.",
        "en": "Against last week: {items}.",
    },
    "report_compare_item": {
        "ru": "{emotion} {now} (было {before})",
        "en": "{emotion} {now} (was {before})",
    },
    "report_situations": {
        "ru": "Частые ситуации: {items}.",
        "en": "Frequent situations: {items}.",
    },
    "report_feedback": {
        "ru": "Ваши оценки подсказок: 👍 помогло — {helped}, 👎 не помогло — {not_helped}.",
        "en": "Your ratings of my answers: 👍 helped {helped}, 👎 didn't help {not_helped}.",
    },
    "report_crisis_title": {
        "ru": "⚠️ <b>Сначала о важном.</b> На этой неделе вы писали о тревожном:",
        "en": "⚠️ <b>First, what matters most.</b> This week you wrote about something "
              "worrying:",
    },
    "report_crisis_line": {
        "ru": "• {day}{who} — {what}",
        "en": "• {day}{who}: {what}",
    },
    "report_crisis_help": {
        "ru": "Если это повторяется или вы не уверены, что опасность миновала, не откладывайте "
              "разговор со специалистом: детский телефон доверия 8-800-2000-122 (бесплатно, "
              "круглосуточно). Если опасность прямо сейчас — звоните 112.",
        "en": "If it happens again, or you are not sure the danger has passed, talk to a "
              "professional soon: in the US call or text 988; in the UK call Childline "
              "0800 1111; elsewhere, your local crisis line or your doctor. If there is "
              "danger right now, call your emergency number.",
    },
}

CRISIS_NAMES: Final[dict[str, dict[Language, str]]] = {
    "suicide": {"ru": "мысли о смерти или самоубийстве", "en": "thoughts of death or suicide"},
    "self_harm": {"ru": "самоповреждение", "en": "self-harm"},
    "abuse": {"ru": "возможное насилие", "en": "possible abuse"},
    "danger": {"ru": "опасность для ребёнка", "en": "danger to the child"},
}
"""How the report names each crisis category (``actors.crisis.Category``)."""

SITUATIONS: Final[dict[str, dict[Language, str]]] = {
    "sleep": {"ru": "сон и укладывание", "en": "sleep and bedtime"},
    "siblings": {"ru": "братья и сёстры", "en": "siblings"},
    "school": {"ru": "школа и садик", "en": "school and daycare"},
    "friends": {"ru": "друзья", "en": "friends"},
    "screens": {"ru": "гаджеты и экраны", "en": "screens and games"},
    "food": {"ru": "еда", "en": "food and meals"},
    "toys": {"ru": "игрушки", "en": "toys and sharing"},
}
"""The situations the report counts in the week's phrases, in the order of ties."""

SITUATION_WORDS: Final[dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {
    # (whole words, word beginnings), lower case
    "sleep": (frozenset({"сон", "сна", "сну", "сном", "спит", "сплю", "спим", "ночь", "ночью",
                         "bed", "nap", "naps", "night", "nights"}),
              ("засып", "уклад", "кошмар", "кроват", "спать", "sleep", "bedtime",
               "nightmare")),
    "siblings": (frozenset(),
                 ("брат", "сестр", "sibling", "brother", "sister")),
    "school": (frozenset({"сад", "саду", "class", "test", "exam", "grade", "grades"}),
               ("школ", "урок", "домашк", "домашн", "учител", "оценк", "контрольн", "садик",
                "воспитат", "school", "homework", "teacher", "kindergarten", "daycare",
                "preschool", "classroom")),
    "friends": (frozenset({"друг", "друга", "другу", "другом"}),
                ("друз", "подруг", "одноклассн", "friend", "playdate", "classmate")),
    "screens": (frozenset({"phone", "tv", "ipad"}),
                ("телефон", "планшет", "гаджет", "мультик", "мультфильм", "компьютер",
                 "приставк", "ютуб", "телевиз", "youtube", "tablet", "screen", "console",
                 "videogame", "cartoon", "minecraft", "roblox")),
    "food": (frozenset({"еда", "еду", "еды", "eat", "eats", "ate", "eating"}),
             ("завтрак", "обед", "ужин", "кушат", "food", "dinner", "lunch", "breakfast",
              "vegetable", "snack")),
    "toys": (frozenset({"share", "sharing", "lego", "лего"}),
             ("игрушк", "toy", "подели", "делит")),
}
"""What names a situation in a parent's phrase."""

Band = Literal["young", "older"]
"""Suggestions are written for two groups: up to 7 years, and 8-17."""

SUGGESTIONS: Final[dict[Emotion, dict[Band, dict[Language, str]]]] = {
    "anger": {
        "young": {"ru": "назовите злость вслух («ты очень злишься») и предложите безопасный "
                        "способ её выпустить — потопать, порвать бумагу.",
                  "en": "name the anger out loud (\"you're really angry\") and offer a safe "
                        "outlet: stomping, tearing paper."},
        "older": {"ru": "дайте остыть, а потом спокойно спросите, что было несправедливым.",
                  "en": "give time to cool down, then calmly ask what felt unfair."},
    },
    "fear": {
        "young": {"ru": "оставайтесь рядом и говорите, что вы защитите; ритуалы перед сном "
                        "очень помогают.",
                  "en": "stay close and say you will keep them safe; bedtime rituals help a lot."},
        "older": {"ru": "выслушайте тревогу без «не бойся» и вместе составьте маленький план.",
                  "en": "hear the worry out without \"don't be scared\" and make a small plan "
                        "together."},
    },
    "sadness": {
        "young": {"ru": "обнимите и побудьте рядом — грусти не нужно решение, ей нужно "
                        "утешение.",
                  "en": "hug and stay close: sadness needs comfort more than a fix."},
        "older": {"ru": "найдите время поговорить один на один, без советов с порога.",
                  "en": "find one-to-one time to talk, without jumping to advice."},
    },
    "shame": {
        "young": {"ru": "отделяйте поступок от ребёнка: «ты хороший, а так делать нельзя».",
                  "en": "separate the act from the child: \"you're a good kid; that was not "
                        "okay\"."},
        "older": {"ru": "не обсуждайте ошибки при других и расскажите о своих промахах.",
                  "en": "never discuss mistakes in front of others, and share a mistake of "
                        "your own."},
    },
    "jealousy": {
        "young": {"ru": "устройте 10–15 минут в день только вдвоём, без братьев и сестёр.",
                  "en": "set up 10-15 minutes a day just the two of you, no siblings."},
        "older": {"ru": "признайте чувство и избегайте сравнений с другими детьми.",
                  "en": "acknowledge the feeling and avoid comparisons with other children."},
    },
    "loneliness": {
        "young": {"ru": "поиграйте вместе в то, что выберет ребёнок, хотя бы 15 минут.",
                  "en": "play together at the child's choice, even for 15 minutes."},
        "older": {"ru": "интересуйтесь его миром — друзьями, играми, музыкой — без оценок.",
                  "en": "show interest in their world (friends, games, music) without judging."},
    },
    "tiredness": {
        "young": {"ru": "проверьте сон и нагрузку: раньше спать и меньше дел вечером.",
                  "en": "check sleep and load: earlier bedtime and calmer evenings."},
        "older": {"ru": "посмотрите на расписание вместе и найдите, что можно убрать.",
                  "en": "look at the schedule together and find something to drop."},
    },
    "frustration": {
        "young": {"ru": "разбивайте трудное на маленькие шаги и хвалите за усилия.",
                  "en": "break hard things into small steps and praise the effort."},
        "older": {"ru": "спросите, нужна ли помощь или только выслушать, — и сделайте так.",
                  "en": "ask whether they want help or just to be heard, and do that."},
    },
    "joy": {
        "young": {"ru": "радуйтесь вместе и вспоминайте хорошие моменты перед сном.",
                  "en": "share the joy and recall the good moments at bedtime."},
        "older": {"ru": "спросите, что сделало неделю хорошей, — и повторите это.",
                  "en": "ask what made the week good, and do more of it."},
    },
}


def say(key: str, language: Language, /, **values: object) -> str:
    """The text ``key`` in ``language`` with ``values`` HTML-escaped and filled in."""
    template = TEXTS[key][language]
    return template.format(**{k: escape(str(v)) for k, v in values.items()})


def suggestion(emotion: Emotion, age: int, language: Language) -> str:
    """One suggestion for a child of ``age`` whose week was dominated by ``emotion``."""
    band: Band = "young" if age <= 7 else "older"
    return SUGGESTIONS[emotion][band][language]
