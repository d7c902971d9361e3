"""Onboarding through the whole bot, in Russian and English: the privacy and
not-a-substitute notice with its consent button before anything about a child is stored,
the time zone offered by the parent's Telegram language, a child's name that must be a
name (a sentence is refused politely and asked again), the age (or the birth year, which
keeps the age growing) and, in Russian, the child's gender, which the texts then follow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import asyncpg
import pytest
import redis.asyncio as redis

from actors.db_writer import migrate
from actors.dialogs import TEXTS, Child, Family, MemoryFamilyStore
from chaos.emulators.telegram import TelegramEmulator, parse_html
from runtime import system_clock, utc_now
from runtime.testing import ManualClock, eventually

from .conftest import LANGUAGE_BUTTONS, Parent, bot_settings, onboard, running_bot

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

T0 = dt.datetime(2026, 11, 23, 18, 0, tzinfo=dt.UTC)


def plain(key: str, language: str, **values: str) -> str:
    """A text as the parent reads it (HTML tags dropped)."""
    template = TEXTS[key][language]  # type: ignore[index]
    return parse_html(template.format(**values)).text


async def to_consent(parent: Parent, language: str) -> str:
    parent.says("/start")
    await parent.reply()
    parent.taps(LANGUAGE_BUTTONS[language])
    return await parent.text()


SENTENCES = {
    "en": "How old is my son screamed that he hates me?",
    "ru": "Сколько лет моему сыну, он кричит, что ненавидит меня?",
}


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_nothing_about_a_child_is_stored_before_consent_and_a_sentence_is_no_name(
    language: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    store = MemoryFamilyStore(clock=ManualClock.at(T0))
    async with running_bot(bot_settings(tmp_path, telegram), telegram, store=store) as bot:
        parent = bot.parent(801, language)
        notice = await to_consent(parent, language)
        assert plain("consent", language) in notice
        assert ("психолога" if language == "ru" else "not a substitute") in notice
        parent.says("Sam")  # not a consent: the notice is asked for again
        assert await parent.text() == plain("consent_needed", language)
        family = await bot.family(801)
        assert family is not None
        assert (family.consented_at, family.children, family.pending_name) == (None, (), None)

        parent.taps(TEXTS["btn_consent"][language])  # type: ignore[index]
        zone = await parent.reply()
        assert parent.buttons(zone) == [
            "🕒 " + ("Europe/Moscow" if language == "ru" else "Europe/London")]
        family = await bot.family(801)
        assert family is not None
        assert family.consented_at == T0

        parent.says("Atlantis")
        assert await parent.text() == plain("bad_timezone", language)
        parent.says("UTC+5")
        assert plain("timezone_set", language, timezone="UTC+5") in await parent.text()

        parent.says(SENTENCES[language])
        assert await parent.text() == plain("bad_name", language)
        parent.says("he hates me" if language == "en" else "он меня ненавидит")
        assert await parent.text() == plain("bad_name", language)
        family = await bot.family(801)
        assert family is not None
        assert (family.step, family.pending_name) == ("child_name", None)
        parent.says("анна-мария" if language == "ru" else "mary-jane o'neil")
        name = "Анна-Мария" if language == "ru" else "Mary-Jane O'neil"
        assert name in await parent.text()  # how old is she?
        parent.says("2019")  # a birth year works too
        if language == "ru":
            assert plain("ask_gender", "ru", name=name) in await parent.text()
            parent.taps(TEXTS["btn_gender_skip"]["ru"])
        done = await parent.text()
        assert done.startswith(plain("child_added", language, name=name, age="7 лет"
                                     if language == "ru" else "7 years")[:12])
        family = await bot.family(801)
        assert family is not None
        assert family.timezone == "UTC+5"
        assert family.children == (Child(id=1, name=name, age=7, birth_year=2019),)
        await parent.no_more_replies()


async def test_russian_asks_the_gender_and_the_texts_follow_it(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(802, "ru")
        done = await onboard(parent, "ru", "Маша", "9", gender="girl")
        assert "что Маша сказала или сделала" in done
        parent.says("Маша плачет, что с ней никто не играет на перемене")
        answer = await parent.text()
        assert "Хорошо, что ты мне рассказала." in answer
        assert "(а)" not in answer.split("Чего лучше")[0]

        other = bot.parent(803, "ru")
        done = await onboard(other, "ru", "Петя", "9", gender="boy")
        assert "что Петя сказал или сделал" in done
        other.says("Петя плачет, что с ним никто не играет на перемене")
        assert "Хорошо, что ты мне рассказал." in await other.text()

        third = bot.parent(804, "ru")
        done = await onboard(third, "ru", "Саша", "9", gender=None)
        assert "что Саша сказал(а) или сделал(а)" in done
        family = await bot.family(802)
        assert family is not None
        assert family.children[0].gender == "girl"


async def test_english_skips_the_gender_and_offers_the_zone_of_the_parents_region(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(805, "en-US")
        await to_consent(parent, "en")
        parent.taps(TEXTS["btn_consent"]["en"])
        zone = await parent.reply()
        assert parent.buttons(zone) == ["🕒 America/New_York"]
        assert "America/New_York (UTC-" in zone["text"]
        parent.taps("🕒 America/New_York")
        assert TEXTS["ask_child_name"]["en"] in await parent.text()
        parent.says("Sam")
        await parent.reply()
        parent.says("6")
        assert (await parent.text()).startswith("Done: Sam, 6 years.")
        family = await bot.family(805)
        assert family is not None
        assert (family.timezone, family.step) == ("America/New_York", "ready")
        assert family.children[0].gender is None


async def test_a_family_from_before_the_notice_sees_it_when_adding_a_child(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    store = MemoryFamilyStore(clock=ManualClock.at(T0))
    store._families[806] = Family(chat_id=806, language="en", timezone="UTC", step="ready",
                                  children=(Child(id=1, name="Sam", age=6),))
    async with running_bot(bot_settings(tmp_path, telegram), telegram, store=store) as bot:
        parent = bot.parent(806)
        parent.says("he slammed the door")  # an onboarded family goes on as before
        assert "What Sam may be feeling" in await parent.text()
        parent.says("/addchild")
        assert plain("consent", "en") in await parent.text()
        parent.says("yes")
        assert TEXTS["ask_child_name"]["en"] in await parent.text()
        parent.says("Lily")
        await parent.reply()
        parent.says("3")
        assert (await parent.text()).startswith("Done: Lily, 3 years.")
        family = await bot.family(806)
        assert family is not None
        assert [c.name for c in family.children] == ["Sam", "Lily"]
        assert family.consented_at == T0


async def test_children_grow_older_with_the_calendar(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    clock = ManualClock.at(T0)
    store = MemoryFamilyStore(clock=clock)
    async with running_bot(bot_settings(tmp_path, telegram), telegram, store=store) as bot:
        parent = bot.parent(807)
        await onboard(parent, "en", "Sam", "6")
        clock.advance(400 * 86400)  # the next year
        parent.says("/settings")
        assert "Sam (7 years)" in await parent.text()
        parent.says("she is afraid of the dark")
        assert "What Sam may be feeling" in await parent.text()


async def test_consent_birth_year_and_gender_survive_a_restart_with_redis_empty(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str, redis_url: str,
) -> None:
    await migrate(pg_dsn)
    settings = bot_settings(tmp_path, telegram, database={"url": pg_dsn},
                            redis={"url": redis_url})
    async with running_bot(settings, telegram, persistent=True) as bot:
        await onboard(bot.parent(808, "ru"), "ru", "Маша", "9", gender="girl")

        async def flushed() -> bool:
            return bot.app.spool.depth == 0

        await eventually(flushed, timeout=10.0, interval=0.05)
    client = redis.Redis.from_url(redis_url)
    try:
        await client.flushdb()  # the cache lost everything; the database did not
    finally:
        await client.aclose()
    conn = await asyncpg.connect(pg_dsn)
    try:
        child = await conn.fetchrow("SELECT name, age, birth_year, gender FROM children")
        consented = await conn.fetchval("SELECT consented_at FROM families")
    finally:
        await conn.close()
    assert (child["name"], child["age"], child["gender"]) == ("Маша", 9, "girl")
    assert child["birth_year"] == utc_now(system_clock).year - 9
    assert consented is not None
    async with running_bot(settings, telegram, persistent=True) as bot:
        parent = bot.parent(808, "ru")
        parent.seen = len(parent.bot_messages())
        parent.says("Маша плачет, что с ней никто не играет на перемене")
        assert "Хорошо, что ты мне рассказала." in await parent.text()
        family = await bot.family(808)
        assert family is not None
        assert (family.step, family.consented_at) == ("ready", consented)
