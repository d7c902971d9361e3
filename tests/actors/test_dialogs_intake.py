"""Dialogs against what the Bot API never sends but a fuzzer may: callback data past its
64 bytes, a text past Telegram's 4096 characters. Each ends in a polite answer or in
``done``, without a crash or a crisis scan of a megabyte."""

from __future__ import annotations

from typing import Any

import pytest

from actors.crisis import detect
from actors.dialogs import TEXTS, Child, Family
from actors.protocol import IncomingUpdate, SendReply, ShowTyping
from config.settings import DialogsSettings
from tests.actors.dialogs_harness import through_dialogs

pytestmark = pytest.mark.anyio

HUGE = "9" * 5000
"""More digits than ``int`` reads from a string (4300)."""


async def run(updates: list[IncomingUpdate]) -> tuple[list[SendReply], list[int], list[Any]]:
    """``updates`` through a real Dialogs actor (an onboarded family in chat 1): its
    replies, the updates marked done, and the crashes."""
    family = Family(chat_id=1, language="en", children=(
        Child(id=1, name="Sam", age=6), Child(id=2, name="Ann", age=9)), step="ready",
        timezone="UTC")
    replies, done, crashes = await through_dialogs(updates, [family])
    return replies, done, crashes


async def test_typing_and_the_answer_go_to_the_topic_the_parent_wrote_in() -> None:
    family = Family(chat_id=1, language="en", children=(Child(id=1, name="Sam", age=6),),
                    step="ready", timezone="UTC")
    phrase = IncomingUpdate(update_id=8, kind="message", chat_id=1, user_id=1, message_id=4,
                            text="Sam cried after school", thread_id=9)
    sent: list[Any] = []
    replies, _, crashes = await through_dialogs([phrase], [family], sent)
    assert not crashes
    assert [r.thread_id for r in replies] == [9]
    assert [m.thread_id for m in sent if isinstance(m, ShowTyping)] == [9]


@pytest.mark.parametrize("data", [f"c:{HUGE}:1", f"ch:ren:{HUGE}", f"ci:{HUGE}:3:20261123",
                                  f"fb:u1:{HUGE}", "c:1:" + "😀" * 20])
async def test_callback_data_past_64_bytes_is_no_button_and_crashes_nothing(
    data: str,
) -> None:
    tap = IncomingUpdate(update_id=7, kind="callback_query", chat_id=1, user_id=1,
                         message_id=3, content="none", callback_id="q", callback_data=data)
    replies, done, crashes = await run([tap])
    assert crashes == []
    assert (replies, done) == ([], [7])


async def test_a_text_past_telegrams_limit_gets_too_long_after_a_crisis_scan_of_its_head(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanned: list[int] = []

    def counting(text: str, language: Any) -> Any:
        scanned.append(len(text))
        return detect(text, language)

    monkeypatch.setattr("actors.dialogs._actor.detect", counting)
    updates = [IncomingUpdate(update_id=i, kind="message", chat_id=1, user_id=1, message_id=i,
                              text=text)
               for i, text in enumerate(["x" * 4097, "/history " + HUGE, "x" * 4096], 1)]
    replies, _, crashes = await run(updates)
    assert crashes == []
    too_long = TEXTS["too_long"]["en"].format(limit=DialogsSettings().max_phrase)
    assert [(r.update_id, r.text) for r in replies] == [(1, too_long), (2, too_long),
                                                         (3, too_long)]
    assert scanned == [4096, 4096, 4096]  # only as much as Telegram could have sent


async def test_a_crisis_at_the_head_of_a_text_past_telegrams_limit_is_answered() -> None:
    text = "My son said he wants to kill himself tonight. " + "x " * 5000
    assert detect(text[:4096], "en") is not None
    updates = [IncomingUpdate(update_id=1, kind="message", chat_id=1, user_id=1, message_id=1,
                              text=text)]
    replies, _, crashes = await run(updates)
    assert crashes == []
    too_long = TEXTS["too_long"]["en"].format(limit=DialogsSettings().max_phrase)
    assert [r.update_id for r in replies] == [1]
    assert replies[0].text != too_long
    assert TEXTS["crisis_suicide"]["en"].split("</b>")[0] in replies[0].text
