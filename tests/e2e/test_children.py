"""/children through the whole bot, in Russian and English: the list with its buttons,
renaming (a sentence is no name), a new age (or birth year), the gender (Russian), adding,
removing after a confirmation (the child's diary goes with it); and a message that names a
child is filed under that child without asking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import asyncpg
import pytest

from actors.db_writer import migrate
from actors.dialogs import TEXTS, Child, Family, MemoryFamilyStore
from chaos.emulators.telegram import TelegramEmulator, parse_html
from runtime.testing import ManualClock, eventually

from .conftest import Parent, bot_settings, onboard, running_bot

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

T0 = dt.datetime(2026, 11, 23, 18, 0, tzinfo=dt.UTC)


def plain(key: str, language: str, **values: str) -> str:
    return parse_html(TEXTS[key][language].format(**values)).text  # type: ignore[index]


def family_of(chat_id: int, language: str, *children: tuple[str, int]) -> MemoryFamilyStore:
    store = MemoryFamilyStore()
    store._families[chat_id] = Family(
        chat_id=chat_id, language=language, step="ready",  # type: ignore[arg-type]
        timezone="UTC", consented_at=None,
        children=tuple(Child(id=i, name=name, age=age)
                       for i, (name, age) in enumerate(children, start=1)))
    return store


async def add_child(parent: Parent, name: str, age: str, language: str = "en") -> str:
    parent.says("/addchild")
    await parent.reply()
    parent.says(name)
    await parent.reply()
    parent.says(age)
    if language == "ru":
        await parent.reply()
        parent.taps(TEXTS["btn_gender_skip"]["ru"])
    return await parent.text()


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_children_are_renamed_aged_and_removed_after_a_confirmation(
    language: str, tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    first, second = ("Маша", "Петя") if language == "ru" else ("Sam", "Lily")
    store = MemoryFamilyStore(clock=ManualClock.at(T0))
    async with running_bot(bot_settings(tmp_path, telegram), telegram, store=store) as bot:
        parent = bot.parent(901, language)
        await onboard(parent, language, first, "5", gender="girl")
        await add_child(parent, second, "9", language)

        parent.says("/children")
        listing = await parent.reply()
        years = ("5 лет", "9 лет") if language == "ru" else ("5 years", "9 years")
        assert f"• {first}, {years[0]}\n• {second}, {years[1]}" in listing["text"]
        labels = parent.buttons(listing)
        assert f"✏️ {first}" in labels
        assert f"🗑 {second}" in labels
        assert (f"⚥ {first}" in labels) is (language == "ru")
        assert TEXTS["btn_add_child"][language] in labels  # type: ignore[index]

        parent.taps(f"✏️ {second}")
        assert await parent.text() == plain("ask_new_name", language, name=second)
        parent.says("she hates me?" if language == "en" else "она меня ненавидит")
        assert await parent.text() == plain("bad_name", language)
        parent.says(first)  # a name another child has
        assert await parent.text() == plain("name_taken", language, name=first)
        renamed = "Петра" if language == "ru" else "Lilian"
        parent.says(renamed)
        assert await parent.text() == plain("child_renamed", language, old=second,
                                             name=renamed)

        parent.says("/children")
        await parent.reply()
        parent.taps(f"🎂 {first}")
        await parent.reply()
        parent.says("12 лет" if language == "ru" else "twelve")
        if language == "en":
            assert await parent.text() == plain("bad_age", language)
            parent.says("2014")  # a birth year
        done = await parent.text()
        assert done == plain("age_changed", language, name=first,
                             age="12 лет" if language == "ru" else "12 years")

        parent.says("/children")
        await parent.reply()
        parent.taps(f"🗑 {first}")
        assert await parent.text() == plain("remove_confirm", language, name=first)
        parent.taps(TEXTS["btn_remove_no"][language])  # type: ignore[index]
        assert await parent.text() == plain("remove_cancelled", language)
        parent.taps(f"🗑 {first}")
        await parent.reply()
        parent.taps(TEXTS["btn_remove_yes"][language])  # type: ignore[index]
        assert await parent.text() == plain("child_removed", language, name=first)
        parent.taps(f"✏️ {first}")  # the old list's button names a child who is gone
        assert await parent.text() == plain("choice_expired", language)

        family = await bot.family(901)
        assert family is not None
        assert [(c.id, c.name, c.age) for c in family.children] == [(2, renamed, 9)]
        assert family.step == "ready"
        await add_child(parent, first, "4", language)  # added again: a new id
        family = await bot.family(901)
        assert family is not None
        assert [c.id for c in family.children] == [2, 3]
        await parent.no_more_replies()


async def test_russian_gender_is_changed_in_children_and_the_texts_follow(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(902, "ru")
        await onboard(parent, "ru", "Саша", "9", gender=None)
        parent.says("/children")
        await parent.reply()
        parent.taps("⚥ Саша")
        await parent.reply()
        parent.says("девочка")
        assert await parent.text() == "Готово: Саша — девочка."
        parent.says("Саша плачет, что с ней никто не играет на перемене")
        assert "Хорошо, что ты мне рассказала." in await parent.text()
        family = await bot.family(902)
        assert family is not None
        assert (family.children[0].gender, family.editing, family.step) == ("girl", None,
                                                                            "ready")


async def test_removing_the_last_child_asks_for_a_child_again(
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    async with running_bot(bot_settings(tmp_path, telegram), telegram) as bot:
        parent = bot.parent(903)
        await onboard(parent, "en", "Sam", "6")
        parent.says("/children")
        await parent.reply()
        parent.taps("🗑 Sam")
        await parent.reply()
        parent.taps("Yes, remove")
        answer = await parent.text()
        assert plain("child_removed", "en", name="Sam") in answer
        assert TEXTS["ask_child_name"]["en"] in answer
        parent.says("Lily")
        assert "Lily" in await parent.text()
        parent.says("3")
        assert (await parent.text()).startswith("Done: Lily, 3 years.")


@pytest.mark.parametrize(("language", "children", "phrase", "named"), [
    ("en", (("Sam", 6), ("Lily", 4)), "Sam threw his toy at me and yelled that he hates me",
     "Sam"),
    ("en", (("Sam", 6), ("Lily", 4)), "Lily's tower fell and she cried and screamed", "Lily"),
    ("ru", (("Маша", 5), ("Петя", 9)), "Маша опять плачет", "Маша"),
    ("ru", (("Маша", 5), ("Петя", 9)), "Петю обидели в школе, он молчит", "Петя"),
])
async def test_a_message_that_names_a_child_is_filed_under_that_child_without_asking(
    language: str, children: tuple[tuple[str, int], ...], phrase: str, named: str,
    tmp_path: Path, telegram: TelegramEmulator,
) -> None:
    store = family_of(904, language, *children)
    async with running_bot(bot_settings(tmp_path, telegram), telegram, store=store) as bot:
        parent = bot.parent(904, language)
        parent.says(phrase)
        answer = await parent.text()
        assert named in answer.split("\n")[0]  # the answer is about that child
        assert answer != plain("choose_child", language)
        (entry,) = store.entries.values()
        family = await bot.family(904)
        assert family is not None
        assert entry[1] == next(c.id for c in family.children if c.name == named)
        parent.says("опять кричит" if language == "ru" else "he slammed the door")  # nobody
        assert await parent.text() == plain("choose_child", language)


async def test_a_removed_child_leaves_postgres_with_its_diary(
    tmp_path: Path, telegram: TelegramEmulator, pg_dsn: str,
) -> None:
    await migrate(pg_dsn)
    settings = bot_settings(tmp_path, telegram, database={"url": pg_dsn})
    async with running_bot(settings, telegram, persistent=True) as bot:
        parent = bot.parent(905)
        await onboard(parent, "en", "Sam", "6")
        await add_child(parent, "Lily", "4")
        parent.says("Sam threw his toy")
        await parent.reply()
        parent.says("Lily is scared of the dark")
        await parent.reply()

        async def flushed() -> bool:
            return bot.app.spool.depth == 0

        await eventually(flushed, timeout=10.0, interval=0.05)
        parent.says("/children")
        await parent.reply()
        parent.taps("🗑 Sam")
        await parent.reply()
        parent.taps("Yes, remove")
        await parent.reply()
        await eventually(flushed, timeout=10.0, interval=0.05)
    conn = await asyncpg.connect(pg_dsn)
    try:
        kids = await conn.fetch("SELECT child_id, name FROM children")
        entries = await conn.fetch("SELECT child_id FROM emotion_entries")
    finally:
        await conn.close()
    assert [tuple(r) for r in kids] == [(2, "Lily")]
    assert [r["child_id"] for r in entries] == [2]
