"""/children: the family's children, each with buttons to rename, change the age (kept as
a birth year), set the gender (Russian) or remove (after a confirmation: the child's
diary and check-in answers go with it); a button adds a child.

Callback data: ``ch:<action>:<child id>`` with the actions ``rn`` (rename), ``age``,
``g`` (gender), ``rm`` (ask to remove), ``rmy`` (removal confirmed) and ``rmn`` (kept).
A button for a child no longer in the family is answered as expired.
"""

from __future__ import annotations

from msgspec.structs import replace

from actors.protocol import Button, IncomingUpdate, Language

from ._host import Host
from ._names import clean_name
from ._onboarding import gender_buttons, parse_age
from ._store import Child, Family, onboarding_step
from ._texts import age_words, say


def _is_number(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) < 10


class ChildrenSteps(Host):
    """/children and the steps it starts (mixed into ``Dialogs``)."""

    async def _show_children(self, update: IncomingUpdate, family: Family) -> None:
        language = self._language(family, update)
        if not family.children:
            await self._ask_child_name(update, family)
            return
        lines = "\n".join(f"• {child.name}, {age_words(self.age(child), language)}"
                          for child in family.children)
        await self._reply(update, say("children", language, children=lines),
                          self._children_buttons(family, language))

    def _children_buttons(self, family: Family, language: Language) -> list[list[Button]]:
        rows = []
        for child in family.children:
            row = [Button(text=f"✏️ {child.name}", data=f"ch:rn:{child.id}"),
                   Button(text=f"🎂 {child.name}", data=f"ch:age:{child.id}")]
            if language == "ru":
                row.append(Button(text=f"⚥ {child.name}", data=f"ch:g:{child.id}"))
            row.append(Button(text=f"🗑 {child.name}", data=f"ch:rm:{child.id}"))
            rows.append(row)
        rows.append([Button(text=say("btn_add_child", language), data="set:child")])
        return rows

    async def _children_choice(self, update: IncomingUpdate, family: Family, arg: str) -> None:
        """A tap on a /children button."""
        language = self._language(family, update)
        action, _, number = arg.partition(":")
        child = family.child(int(number)) if _is_number(number) else None
        if action == "rmn":
            await self._reply(update, say("remove_cancelled", language))
            return
        if child is None or family.language is None:
            await self._reply(update, say("choice_expired", language))
            return
        if action == "rn":
            await self._put(replace(family, step="rename_child", editing=child.id))
            await self._reply(update, say("ask_new_name", language, name=child.name))
        elif action == "age":
            await self._put(replace(family, step="child_new_age", editing=child.id))
            await self._reply(update, say("ask_new_age", language, name=child.name))
        elif action == "g":
            await self._put(replace(family, step="child_gender", editing=child.id))
            await self._reply(update, say("ask_gender", language, name=child.name),
                              gender_buttons(language))
        elif action == "rm":
            await self._reply(update, say("remove_confirm", language, name=child.name), [[
                Button(text=say("btn_remove_yes", language), data=f"ch:rmy:{child.id}"),
                Button(text=say("btn_remove_no", language), data="ch:rmn:"),
            ]])
        elif action == "rmy":
            await self._remove_child(update, family, child)
        else:
            await self._reply(update, say("choice_expired", language))

    async def _remove_child(self, update: IncomingUpdate, family: Family, child: Child) -> None:
        language = self._language(family, update)
        children = tuple(c for c in family.children if c.id != child.id)
        family = replace(family, children=children, editing=None, pending_phrase=None,
                         pending_update=None, pending_child=None,
                         last_child_id=max(family.last_child_id, child.id))
        text = say("child_removed", language, name=child.name)
        if children:
            await self._put(replace(family, step=onboarding_step(family)))
            await self._reply(update, text)
            return
        # the last child: the family is not onboarded any more; ask for a child
        await self._put(replace(family, step="child_name", pending_name=None,
                                pending_age=None))
        await self._reply(update, text + "\n\n" + say("ask_child_name", language))

    async def _editing(self, update: IncomingUpdate, family: Family) -> Child | None:
        """The child /children is changing; None (and the parent told) when it is gone."""
        child = family.child(family.editing) if family.editing is not None else None
        if child is None:
            await self._put(replace(family, editing=None, step=onboarding_step(family)))
            await self._reply(update, say("choice_expired", self._language(family, update)))
        return child

    async def _step_rename(self, update: IncomingUpdate, family: Family, text: str) -> None:
        child = await self._editing(update, family)
        if child is None:
            return
        language = self._language(family, update)
        name = clean_name(text)
        if name is None:
            await self._reply(update, say("bad_name", language))
            return
        if any(c.name.lower() == name.lower() and c.id != child.id for c in family.children):
            await self._reply(update, say("name_taken", language, name=name))
            return
        await self._save_child(family, replace(child, name=name))
        await self._reply(update, say("child_renamed", language, old=child.name, name=name))

    async def _step_new_age(self, update: IncomingUpdate, family: Family, text: str) -> None:
        child = await self._editing(update, family)
        if child is None:
            return
        language = self._language(family, update)
        year = self.now().year
        age = parse_age(text, year)
        if age is None:
            await self._reply(update, say("bad_age", language))
            return
        await self._save_child(family, replace(child, age=age, birth_year=year - age))
        await self._reply(update, say("age_changed", language, name=child.name,
                                      age=age_words(age, language)))

    async def _save_child(self, family: Family, child: Child) -> None:
        children = tuple(child if c.id == child.id else c for c in family.children)
        family = replace(family, children=children, editing=None)
        await self._put(replace(family, step=onboarding_step(family)))
