"""Onboarding: the privacy notice and consent, the time zone, the child's name, age and
(in Russian) gender.

The order, after the language: consent (nothing about a child is stored before it),
time zone (a button offers the zone the parent's Telegram language and region suggest;
a city or a UTC offset can be typed instead), the child's name (``_names.clean_name``
refuses a sentence), the age (a number 0-17, or a birth year) and, in Russian, whether
the child is a boy or a girl, so that the texts say "сказала" rather than "сказал(а)".
``onboarding_step`` (``_store``) says which question comes next; ``_prompt_next`` asks it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Literal

from msgspec.structs import replace

from actors.protocol import MAX_AGE, MIN_AGE, Button, IncomingUpdate, Language

from ._host import Host
from ._store import Child, Family, Gender, onboarding_step
from ._texts import age_words, say, say_child
from ._timezones import parse_timezone, tzinfo_for

GenderAnswer = Literal["boy", "girl", "none"]

_AGE_RE: Final = re.compile(
    r"^\s*(\d{1,2}|\d{4})(?:\s*(?:лет|год|года|years?|yo|y\.?o\.?|г\.?|г\.р\.?))?\s*$",
    re.IGNORECASE)
_YES: Final = frozenset({
    "да", "согласен", "согласна", "согласны", "принимаю", "ок", "окей", "хорошо", "ага",
    "yes", "y", "ok", "okay", "agree", "i agree", "sure", "accept", "i accept",
})
_GENDER_WORDS: Final[dict[str, GenderAnswer]] = {
    "мальчик": "boy", "сын": "boy", "сынок": "boy", "м": "boy", "муж": "boy",
    "мужской": "boy", "boy": "boy", "son": "boy", "he": "boy", "male": "boy",
    "девочка": "girl", "дочь": "girl", "дочка": "girl", "д": "girl", "ж": "girl",
    "жен": "girl", "женский": "girl", "girl": "girl", "daughter": "girl", "she": "girl",
    "female": "girl",
    "не указывать": "none", "не хочу": "none", "не скажу": "none", "пропустить": "none",
    "нет": "none", "-": "none", "skip": "none", "none": "none", "no": "none",
}

_BY_REGION: Final[dict[str, str]] = {
    "us": "America/New_York", "gb": "Europe/London", "uk": "Europe/London",
    "ie": "Europe/Dublin", "ca": "America/Toronto", "au": "Australia/Sydney",
    "nz": "Pacific/Auckland", "in": "Asia/Kolkata", "za": "Africa/Johannesburg",
    "sg": "Asia/Singapore", "ph": "Asia/Manila", "ru": "Europe/Moscow", "ua": "Europe/Kyiv",
    "by": "Europe/Minsk", "kz": "Asia/Almaty", "de": "Europe/Berlin", "il": "Asia/Jerusalem",
}
_BY_LANGUAGE: Final[dict[str, str]] = {
    "ru": "Europe/Moscow", "uk": "Europe/Kyiv", "be": "Europe/Minsk", "kk": "Asia/Almaty",
    "ky": "Asia/Bishkek", "uz": "Asia/Tashkent", "tg": "Asia/Dushanbe", "hy": "Asia/Yerevan",
    "az": "Asia/Baku", "ka": "Asia/Tbilisi", "de": "Europe/Berlin", "fr": "Europe/Paris",
    "es": "Europe/Madrid", "it": "Europe/Rome", "pl": "Europe/Warsaw", "he": "Asia/Jerusalem",
    "tr": "Europe/Istanbul", "en": "Europe/London",
}
_BY_BOT_LANGUAGE: Final[dict[Language, str]] = {"ru": "Europe/Moscow", "en": "Europe/London"}


def suggested_zone(language_code: str | None, language: Language) -> str:
    """The time zone to offer a parent: by the region of their Telegram language code
    ("en-US" → America/New_York), else by its language ("uk" → Europe/Kyiv), else by the
    bot's language."""
    code = (language_code or "").lower().replace("_", "-")
    base, _, region = code.partition("-")
    if region in _BY_REGION:
        return _BY_REGION[region]
    return _BY_LANGUAGE.get(base, _BY_BOT_LANGUAGE[language])


def zone_label(zone: str, now: dt.datetime) -> str:
    """"Europe/Moscow (UTC+3)": the zone with its offset at ``now``."""
    try:
        offset = now.astimezone(tzinfo_for(zone)).utcoffset()
    except KeyError:
        return zone
    if zone.startswith("UTC") or offset is None:
        return zone
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{zone} (UTC{sign}{hours}" + (f":{rest:02d})" if rest else ")")


def parse_age(text: str, year: int) -> int | None:
    """The age in ``text`` ("7", "7 лет", "7 years") or from a birth year ("2019"), if it
    is 0-17."""
    match = _AGE_RE.match(text)
    if not match:
        return None
    number = int(match.group(1))
    age = year - number if number >= 1000 else number
    return age if MIN_AGE <= age <= MAX_AGE else None


def is_consent(text: str) -> bool:
    return " ".join(text.lower().strip(" .!✅").split()) in _YES


def parse_gender(text: str) -> GenderAnswer | None:
    return _GENDER_WORDS.get(" ".join(text.lower().strip(" .!").split()))


def gender_buttons(language: Language) -> list[list[Button]]:
    return [[Button(text=say("btn_boy", language), data="g:boy"),
             Button(text=say("btn_girl", language), data="g:girl")],
            [Button(text=say("btn_gender_skip", language), data="g:none")]]


def consent_buttons(language: Language) -> list[list[Button]]:
    return [[Button(text=say("btn_consent", language), data="ok:consent")]]


def _gender(answer: GenderAnswer) -> Gender | None:
    if answer == "boy":
        return "boy"
    if answer == "girl":
        return "girl"
    return None


class OnboardingSteps(Host):
    """The onboarding questions (mixed into ``Dialogs``)."""

    async def _prompt_next(self, update: IncomingUpdate, family: Family, prefix: str = "",
                           ) -> None:
        """Store ``family`` at its next onboarding step and ask that step's question
        (after ``prefix``, the answer to what the parent just did)."""
        language = self._language(family, update)
        step = onboarding_step(family)
        await self._put(replace(family, step=step))
        head = prefix + "\n\n" if prefix else ""
        if step == "consent":
            await self._reply(update, head + say("consent", language),
                              consent_buttons(language))
        elif step == "timezone":
            zone = suggested_zone(update.language_code, language)
            await self._reply(update, head + say("ask_timezone_first", language,
                                                 zone=zone_label(zone, self.now())),
                              [[Button(text=f"🕒 {zone}", data=f"tz:{zone}")]])
        elif step == "child_name":
            await self._reply(update, head + say("ask_child_name", language))
        elif step == "child_age":
            await self._reply(update, head + say("ask_child_age", language,
                                                 name=family.pending_name or ""))
        elif step == "child_gender":
            await self._reply(update, head + say("ask_gender", language,
                                                 name=family.pending_name or ""),
                              gender_buttons(language))
        else:
            await self._reply(update, prefix or say("welcome_back", language))

    async def _ask_consent(self, update: IncomingUpdate, family: Family) -> None:
        """Show the notice before a child is added (a family from before it), or go on
        with onboarding where it stands."""
        if family.onboarded and family.consented_at is None:
            language = self._language(family, update)
            await self._put(replace(family, step="consent"))
            await self._reply(update, say("consent", language), consent_buttons(language))
            return
        await self._prompt_next(update, family)

    async def _consent(self, update: IncomingUpdate, family: Family) -> None:
        """The parent accepted the notice (a tap, or "yes" typed at the notice)."""
        language = self._language(family, update)
        if family.language is None:
            await self._finish(update)  # a forged tap before the language: nothing to do
            return
        if family.consented_at is None:
            family = replace(family, consented_at=self.now())
        if family.onboarded:  # a family from before the notice, adding a child
            await self._put(replace(family, step="child_name", pending_name=None,
                                    pending_age=None))
            await self._reply(update, say("consent_given", language) + "\n\n"
                              + say("ask_child_name", language))
            return
        await self._prompt_next(update, family, say("consent_given", language))

    async def _step_consent_text(self, update: IncomingUpdate, family: Family, text: str,
                                 ) -> None:
        if is_consent(text):
            await self._consent(update, family)
            return
        language = self._language(family, update)
        await self._reply(update, say("consent_needed", language), consent_buttons(language))

    async def _timezone_chosen(self, update: IncomingUpdate, family: Family, zone: str,
                               ) -> None:
        """The parent's time zone, typed or tapped (``zone`` is canonical)."""
        language = self._language(family, update)
        family = replace(family, timezone=zone)
        if family.onboarded or family.consented_at is None:
            # a change in /settings (or onboarding not at this question yet): just set it
            await self._put(replace(family, step=onboarding_step(family)))
            await self._reply(update, say("timezone_set", language, timezone=zone))
            return
        await self._prompt_next(update, family, say("timezone_set", language, timezone=zone))

    async def _timezone_tapped(self, update: IncomingUpdate, family: Family, arg: str) -> None:
        zone = parse_timezone(arg)
        if zone is None or zone != arg or family.language is None:
            await self._finish(update)  # forged or stale: nothing to answer
            return
        await self._timezone_chosen(update, family, zone)

    async def _age_given(self, update: IncomingUpdate, family: Family, age: int) -> None:
        """The age of the child being added: in Russian the gender is asked next."""
        name = family.pending_name
        if name is None:
            await self._prompt_next(update, family)
            return
        if self._language(family, update) == "ru":
            await self._prompt_next(update, replace(family, pending_age=age))
            return
        await self._add_child(update, family, name, age, None)

    async def _gender_given(self, update: IncomingUpdate, family: Family,
                            answer: GenderAnswer) -> None:
        """A gender, tapped or typed: for the child being added, or for the one /children
        is editing."""
        language = self._language(family, update)
        editing = family.child(family.editing) if family.editing is not None else None
        if editing is not None:
            child = replace(editing, gender=_gender(answer))
            children = tuple(child if c.id == child.id else c for c in family.children)
            await self._put(replace(family, children=children, editing=None,
                                    step=onboarding_step(family)))
            key = "gender_cleared" if child.gender is None else "gender_set"
            await self._reply(update, say_child(key, language, child.gender, name=child.name))
            return
        name, age = family.pending_name, family.pending_age
        if family.step != "child_gender" or name is None or age is None:
            await self._reply(update, say("choice_expired", language))
            return
        await self._add_child(update, family, name, age, _gender(answer))

    async def _step_gender_text(self, update: IncomingUpdate, family: Family, text: str,
                                ) -> None:
        answer = parse_gender(text)
        if answer is None:
            language = self._language(family, update)
            await self._reply(update, say("bad_gender", language), gender_buttons(language))
            return
        await self._gender_given(update, family, answer)

    async def _add_child(self, update: IncomingUpdate, family: Family, name: str, age: int,
                         gender: Gender | None) -> None:
        language = self._language(family, update)
        if family.consented_at is None:  # no child is stored before the notice is accepted
            await self._ask_consent(update, family)
            return
        child = Child(id=family.next_child_id(), name=name, age=age,
                      birth_year=self.now().year - age, gender=gender)
        await self._put(replace(family, children=(*family.children, child), step="ready",
                                pending_name=None, pending_age=None, last_child_id=child.id))
        if not family.children and self.metrics is not None:
            # the first child completes onboarding; counted once it is stored, so a crash
            # before the store is not counted again when the update is redelivered
            self.metrics.registration()
        await self._reply(update, say_child("child_added", language, gender, name=child.name,
                                            age=age_words(age, language)),
                          [[Button(text=say("btn_add_child", language), data="set:child")]])
