"""Telegram emulator: the HTML subset, sendMessage/editMessageText validation, chat status,
flood control, callback queries and chat actions. asyncio only (aiohttp)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from chaos.emulators.telegram import HtmlParseError, TelegramEmulator, parse_html, utf16_len

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

PARSE_ERROR = "Bad Request: can't parse entities: "


async def send(api: httpx.AsyncClient, **params: Any) -> httpx.Response:
    return await api.post("sendMessage", json=params)


def refusal(response: httpx.Response) -> tuple[int, str]:
    body = response.json()
    assert body["ok"] is False
    assert response.status_code == body["error_code"]
    return body["error_code"], body["description"]


# -- the HTML parser ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        ("<b>x</b>", "bold"),
        ("<strong>x</strong>", "bold"),
        ("<i>x</i>", "italic"),
        ("<em>x</em>", "italic"),
        ("<u>x</u>", "underline"),
        ("<ins>x</ins>", "underline"),
        ("<s>x</s>", "strikethrough"),
        ("<strike>x</strike>", "strikethrough"),
        ("<del>x</del>", "strikethrough"),
        ('<span class="tg-spoiler">x</span>', "spoiler"),
        ("<tg-spoiler>x</tg-spoiler>", "spoiler"),
        ("<code>x</code>", "code"),
        ("<pre>x</pre>", "pre"),
        ("<blockquote>x</blockquote>", "blockquote"),
        ("<blockquote expandable>x</blockquote>", "expandable_blockquote"),
        ('<a href="https://example.org/">x</a>', "text_link"),
        ('<a href="tg://user?id=42">x</a>', "text_mention"),
        ('<tg-emoji emoji-id="5368324170671202286">x</tg-emoji>', "custom_emoji"),
        ("<B>x</B>", "bold"),
    ],
)
def test_every_supported_tag_gives_its_entity(html: str, kind: str) -> None:
    parsed = parse_html(html)
    assert parsed.text == "x"
    [entity] = parsed.entities
    assert (entity["type"], entity["offset"], entity["length"]) == (kind, 0, 1)


def test_links_pre_languages_and_nesting_keep_their_details() -> None:
    parsed = parse_html(
        '<b>bold <i>both</i></b> <a href="https://e.org/?a=1&amp;b=2">l</a> '
        '<pre><code class="language-python">x = 1</code></pre>'
    )
    assert parsed.text == "bold both l x = 1"
    assert parsed.entities == [
        {"type": "bold", "offset": 0, "length": 9},
        {"type": "italic", "offset": 5, "length": 4},
        {"type": "text_link", "offset": 10, "length": 1, "url": "https://e.org/?a=1&b=2"},
        {"type": "pre", "offset": 12, "length": 5, "language": "python"},
    ]


def test_entities_decode_and_unknown_ones_stay_literal() -> None:
    parsed = parse_html("&lt;b&gt; &amp; &quot;q&quot; &#65;&#x42; &nbsp; AT&T a > b")
    assert parsed.text == '<b> & "q" AB &nbsp; AT&T a > b'
    assert parsed.entities == []


def test_entity_offsets_and_lengths_are_utf16_code_units() -> None:
    parsed = parse_html("😀 <b>é😀</b>")
    assert parsed.entities == [{"type": "bold", "offset": 3, "length": 3}]
    assert utf16_len("😀") == 2


@pytest.mark.parametrize(
    ("html", "detail"),
    [
        ("ab <x>c</x>", 'Unsupported start tag "x" at byte offset 3'),
        ("я <br>", 'Unsupported start tag "br" at byte offset 3'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ('<span class="other">x</span>', 'Tag "span" must have class "tg-spoiler"'),
        ('<a ="x">y</a>', 'Empty attribute name in the tag "a"'),
        ("<a href>y</a>", 'Expected equal sign in declaration of an attribute of the tag "a"'),
        ("<script>alert(1)</script>", 'Unsupported start tag "script"'),
    ],
)
def test_bad_markup_is_refused_with_tdlib_wording(html: str, detail: str) -> None:
    with pytest.raises(HtmlParseError) as info:
        parse_html(html)
    assert str(info.value).startswith(detail)


# -- sendMessage ----------------------------------------------------------------------------


async def test_sent_messages_get_per_chat_ids_and_land_in_the_transcript(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "hi")
    telegram_emu.user_says(2002, "hello")
    first = (await send(telegram_api, chat_id=1001, text="one")).json()["result"]
    second = (await send(telegram_api, chat_id=1001, text="two")).json()["result"]
    other = (await send(telegram_api, chat_id=2002, text="x")).json()["result"]
    assert (first["message_id"], second["message_id"], other["message_id"]) == (2, 3, 2)
    assert first["from"]["id"] == 424242
    assert first["chat"]["id"] == 1001
    assert [m["text"] for m in telegram_emu.transcript(1001)] == ["hi", "one", "two"]


async def test_bad_html_is_400_cant_parse_entities(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "hi")
    response = await send(telegram_api, chat_id=1001, text="<p>x</p>", parse_mode="HTML")
    code, description = refusal(response)
    assert code == 400
    assert description == PARSE_ERROR + 'Unsupported start tag "p" at byte offset 0'
    plain = await send(telegram_api, chat_id=1001, text="<p>x</p>")  # no parse_mode: literal
    assert plain.json()["result"]["text"] == "<p>x</p>"


async def test_the_length_limit_counts_visible_characters(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "hi")
    ok = await send(telegram_api, chat_id=1001, text=f"<b>{'a' * 4096}</b>", parse_mode="HTML")
    assert ok.status_code == 200  # the tags do not count
    emoji = await send(telegram_api, chat_id=1001, text="😀" * 4096)
    assert emoji.status_code == 200  # code points: docs/notes/telegram.md §4.1
    too_long = await send(telegram_api, chat_id=1001, text="a" * 4097)
    assert refusal(too_long) == (400, "Bad Request: message is too long")
    raw = await send(telegram_api, chat_id=1001, text="<b></b>" * 5000, parse_mode="HTML")
    assert refusal(raw) == (400, "Bad Request: text is too long")


@pytest.mark.parametrize(
    ("params", "description"),
    [
        ({"chat_id": 1001, "text": ""}, "Bad Request: message text is empty"),
        ({"chat_id": 1001}, "Bad Request: message text is empty"),
        ({"chat_id": 1001, "text": "  \n "}, "Bad Request: message must be non-empty"),
        ({"chat_id": 1001, "text": "<b> </b>", "parse_mode": "HTML"},
         "Bad Request: message must be non-empty"),
        ({"text": "hi"}, "Bad Request: chat_id is empty"),
        ({"chat_id": 999, "text": "hi"}, "Bad Request: chat not found"),
        ({"chat_id": "@nobody", "text": "hi"}, "Bad Request: chat not found"),
        ({"chat_id": 1001, "text": "hi", "parse_mode": "Markdown"},
         "Bad Request: unsupported parse_mode"),
        ({"chat_id": 1001, "text": "hi", "reply_parameters": {"message_id": 77}},
         "Bad Request: message to be replied not found"),
        ({"chat_id": 1001, "text": "hi", "reply_markup": "{oops"},
         "Bad Request: can't parse reply keyboard markup JSON object"),
        ({"chat_id": 1001, "text": "hi", "reply_markup": {
            "inline_keyboard": [[{"text": "b", "callback_data": "x" * 65}]]}},
         "Bad Request: BUTTON_DATA_INVALID"),
    ],
)  # fmt: skip
async def test_send_message_refusals_use_telegram_wording(
    telegram_api: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
    params: dict[str, Any],
    description: str,
) -> None:
    telegram_emu.user_says(1001, "hi")
    assert refusal(await send(telegram_api, **params)) == (400, description)


async def test_text_is_trimmed_and_entities_follow(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "hi")
    response = await send(telegram_api, chat_id=1001, text="  <b>hi</b> \n", parse_mode="html")
    message = response.json()["result"]
    assert message["text"] == "hi"
    assert message["entities"] == [{"type": "bold", "offset": 0, "length": 2}]


async def test_a_reply_quotes_its_target(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    asked = telegram_emu.user_says(1001, "question")
    reply = {"message_id": asked["message_id"]}
    response = await send(telegram_api, chat_id=1001, text="answer", reply_parameters=reply)
    assert response.json()["result"]["reply_to_message"]["text"] == "question"


@pytest.mark.parametrize(
    ("action", "description"),
    [
        ("block", "Forbidden: bot was blocked by the user"),
        ("deactivate", "Forbidden: user is deactivated"),
    ],
)
async def test_blocked_and_deactivated_users_are_403(
    telegram_api: httpx.AsyncClient,
    telegram_control: httpx.AsyncClient,
    action: str,
    description: str,
) -> None:
    await telegram_control.post("/_emu/users/1001/message", json={"text": "hi"})
    await telegram_control.post(f"/_emu/users/1001/{action}")
    assert refusal(await send(telegram_api, chat_id=1001, text="x")) == (403, description)
    action_refused = await telegram_api.post(
        "sendChatAction", json={"chat_id": 1001, "action": "typing"}
    )
    assert refusal(action_refused) == (403, description)


async def test_unblocking_lets_the_bot_write_again(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "hi")
    telegram_emu.block(1001)
    telegram_emu.unblock(1001)
    assert (await send(telegram_api, chat_id=1001, text="back")).status_code == 200


async def test_a_user_who_never_started_the_bot_cannot_be_written_to(
    telegram_api: httpx.AsyncClient, telegram_control: httpx.AsyncClient
) -> None:
    await telegram_control.post("/_emu/users/1001/register", json={"started": False})
    response = await send(telegram_api, chat_id=1001, text="hello?")
    assert refusal(response) == (403, "Forbidden: bot can't initiate conversation with a user")


async def test_a_migrated_group_answers_with_its_new_id(
    telegram_api: httpx.AsyncClient, telegram_control: httpx.AsyncClient
) -> None:
    await telegram_control.post("/_emu/users/1001/message", json={"text": "hi", "chat_id": -5})
    await telegram_control.post("/_emu/chats/-5/migrate", json={"to": -1005})
    response = await send(telegram_api, chat_id=-5, text="x")
    assert refusal(response) == (400, "Bad Request: group chat was upgraded to a supergroup chat")
    assert response.json()["parameters"] == {"migrate_to_chat_id": -1005}
    moved = await send(telegram_api, chat_id=-1005, text="x")
    assert moved.json()["result"]["chat"]["type"] == "supergroup"


async def test_topics_are_opened_written_to_closed_and_deleted(
    telegram_api: httpx.AsyncClient, telegram_control: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
) -> None:
    await telegram_control.post("/_emu/users/1001/message", json={"text": "hi"})
    opened = (await telegram_control.post("/_emu/chats/1001/topics",
                                          json={"name": "Masha"})).json()["result"]
    thread = opened["thread_id"]
    said = await telegram_control.post("/_emu/users/1001/message",
                                       json={"text": "in it", "thread_id": thread})
    assert said.status_code == 200, said.text
    created, written = telegram_emu.transcript(1001)[1:]
    assert created["message_id"] == thread == created["message_thread_id"]
    assert created["forum_topic_created"]["name"] == "Masha"
    assert (written["message_thread_id"], written["is_topic_message"]) == (thread, True)

    sent = await send(telegram_api, chat_id=1001, text="answer", message_thread_id=thread)
    assert sent.json()["result"]["message_thread_id"] == thread
    assert sent.json()["result"]["is_topic_message"] is True
    typing = await telegram_api.post("sendChatAction", json={
        "chat_id": 1001, "action": "typing", "message_thread_id": thread})
    assert typing.json()["result"] is True
    never = await send(telegram_api, chat_id=1001, text="x", message_thread_id=thread + 50)
    assert refusal(never) == (400, "Bad Request: message thread not found")

    await telegram_control.post(f"/_emu/chats/1001/topics/{thread}/close")
    closed = await send(telegram_api, chat_id=1001, text="x", message_thread_id=thread)
    assert refusal(closed) == (400, "Bad Request: TOPIC_CLOSED")
    user_in_closed = await telegram_control.post("/_emu/users/1001/message",
                                                 json={"text": "x", "thread_id": thread})
    assert user_in_closed.status_code == 400
    await telegram_control.post(f"/_emu/chats/1001/topics/{thread}/delete")
    gone = await telegram_api.post("sendChatAction", json={
        "chat_id": 1001, "action": "typing", "message_thread_id": thread})
    assert refusal(gone) == (400, "Bad Request: message thread not found")
    plain = await send(telegram_api, chat_id=1001, text="to the chat")
    assert "message_thread_id" not in plain.json()["result"]
    odd = await telegram_control.post(f"/_emu/chats/1001/topics/{thread}/rename")
    assert odd.status_code == 400


async def test_a_supergroup_topic_is_opened_by_a_named_user(
    telegram_control: httpx.AsyncClient, telegram_emu: TelegramEmulator,
) -> None:
    await telegram_control.post("/_emu/users/1001/message", json={"text": "hi", "chat_id": -5})
    telegram_emu.migrate(-5, -1005)
    nobody = await telegram_control.post("/_emu/chats/-1005/topics", json={"name": "News"})
    assert nobody.status_code == 400
    opened = await telegram_control.post("/_emu/chats/-1005/topics",
                                         json={"name": "News", "user_id": 1002})
    thread = opened.json()["result"]["thread_id"]
    created = telegram_emu.transcript(-1005)[-1]
    assert created["message_id"] == thread
    assert created["from"]["id"] == 1002
    group = await telegram_control.post("/_emu/chats/-5/topics", json={"user_id": 1002})
    assert group.status_code == 400  # a basic group has no topics


# -- editMessageText --------------------------------------------------------------------------


async def test_edits_change_the_stored_message(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "hi")
    keyboard = {"inline_keyboard": [[{"text": "ok", "callback_data": "ok"}]]}
    sent = (await send(telegram_api, chat_id=1001, text="v1", reply_markup=keyboard)).json()
    mid = sent["result"]["message_id"]
    telegram_emu.advance_clock(5)
    edited = await telegram_api.post(
        "editMessageText",
        data={"chat_id": "1001", "message_id": str(mid), "text": "<i>v2</i>", "parse_mode": "HTML"},
    )
    result = edited.json()["result"]
    assert (result["text"], result["entities"][0]["type"]) == ("v2", "italic")
    assert result["edit_date"] == result["date"] + 5
    assert "reply_markup" not in result  # an edit without reply_markup drops the keyboard
    assert telegram_emu.transcript(1001)[-1]["text"] == "v2"


async def test_edit_refusals_use_telegram_wording(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    user = telegram_emu.user_says(1001, "mine")
    mid = (await send(telegram_api, chat_id=1001, text="same")).json()["result"]["message_id"]

    async def edit(**params: Any) -> tuple[int, str]:
        return refusal(await telegram_api.post("editMessageText", json={"chat_id": 1001, **params}))

    not_modified = await edit(message_id=mid, text="same")
    assert not_modified[1].startswith("Bad Request: message is not modified: specified new")
    assert await edit(message_id=99, text="x") == (400, "Bad Request: message to edit not found")
    assert await edit(message_id=user["message_id"], text="x") == (
        400,
        "Bad Request: message can't be edited",
    )
    bad = await edit(message_id=mid, text="<b>", parse_mode="HTML")
    assert bad[1].startswith(PARSE_ERROR)
    assert await edit(message_id=mid, text="") == (400, "Bad Request: message text is empty")


# -- flood control ----------------------------------------------------------------------------


async def test_a_private_chat_gets_a_burst_then_one_message_per_second(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.set_flood(True)
    telegram_emu.user_says(1001, "hi")
    for i in range(3):
        assert (await send(telegram_api, chat_id=1001, text=f"{i}")).status_code == 200
    limited = await send(telegram_api, chat_id=1001, text="too fast")
    assert refusal(limited) == (429, "Too Many Requests: retry after 1")
    assert limited.json()["parameters"] == {"retry_after": 1}
    telegram_emu.advance_clock(1)
    assert (await send(telegram_api, chat_id=1001, text="later")).status_code == 200
    assert (await send(telegram_api, chat_id=1001, text="again")).status_code == 429
    assert len(telegram_emu.transcript(1001)) == 5  # refused messages are not stored


async def test_a_group_gets_twenty_messages_a_minute(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.set_flood(True)
    telegram_emu.user_says(1001, "hi", chat_id=-42)
    for i in range(20):
        telegram_emu.advance_clock(0.1)  # stay under the global 30/s
        assert (await send(telegram_api, chat_id=-42, text=f"{i}")).status_code == 200
    limited = await send(telegram_api, chat_id=-42, text="21st")
    assert limited.status_code == 429
    assert limited.json()["parameters"]["retry_after"] == 59  # ceil(58.1): the first leaves at 60.1


async def test_the_bot_gets_thirty_messages_a_second_overall(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.set_flood(True)
    for user in range(1, 32):
        telegram_emu.user_says(user, "hi")
    statuses = [(await send(telegram_api, chat_id=u, text="x")).status_code for u in range(1, 32)]
    assert statuses == [200] * 30 + [429]


async def test_flood_control_switches_off_for_throughput_tests(
    telegram_api: httpx.AsyncClient,
    telegram_control: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
) -> None:
    assert TelegramEmulator().state()["flood"] is True  # on unless asked otherwise
    await telegram_control.post("/_emu/flood", json={"enabled": True})
    telegram_emu.user_says(1001, "hi")
    statuses = [(await send(telegram_api, chat_id=1001, text="x")).status_code for _ in range(4)]
    assert statuses[-1] == 429
    await telegram_control.post("/_emu/flood", json={"enabled": False})
    statuses = [(await send(telegram_api, chat_id=1001, text="x")).status_code for _ in range(50)]
    assert set(statuses) == {200}


# -- callback queries and chat actions ----------------------------------------------------------


async def test_a_button_tap_is_a_callback_query_answered_once(
    telegram_api: httpx.AsyncClient,
    telegram_control: httpx.AsyncClient,
    telegram_emu: TelegramEmulator,
) -> None:
    telegram_emu.user_says(1001, "hi")
    keyboard = {"inline_keyboard": [[{"text": "Calm", "callback_data": "mood:calm"}]]}
    sent = await send(telegram_api, chat_id=1001, text="How is he?", reply_markup=keyboard)
    mid = sent.json()["result"]["message_id"]
    tapped = await telegram_control.post(
        "/_emu/callback", json={"chat_id": 1001, "message_id": mid, "button_text": "Calm"}
    )
    query_id = tapped.json()["result"]["callback_query_id"]
    updates = (await telegram_api.post("getUpdates", json={"offset": -1})).json()["result"]
    query = updates[0]["callback_query"]
    assert (query["id"], query["data"], query["from"]["id"]) == (query_id, "mood:calm", 1001)
    assert query["message"]["message_id"] == mid
    assert query["chat_instance"]
    answer = {"callback_query_id": query_id, "text": "Noted"}
    assert (await telegram_api.post("answerCallbackQuery", json=answer)).json()["result"] is True
    state = (await telegram_control.get(f"/_emu/callbacks/{query_id}")).json()["result"]
    assert state["answered"] is True
    assert state["answer"]["text"] == "Noted"
    again = await telegram_api.post("answerCallbackQuery", json=answer)
    assert refusal(again) == (
        400,
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
    )


async def test_a_callback_query_expires_and_unknown_ids_are_refused(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "hi")
    keyboard = json.dumps({"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]})
    sent = await telegram_api.post(
        "sendMessage", data={"chat_id": "1001", "text": "pick", "reply_markup": keyboard}
    )
    tapped = telegram_emu.tap_button(1001, sent.json()["result"]["message_id"], data="a")
    telegram_emu.advance_clock(16)
    late = {"callback_query_id": tapped["callback_query_id"]}
    assert (await telegram_api.post("answerCallbackQuery", json=late)).status_code == 400
    unknown = {"callback_query_id": "123"}
    assert (await telegram_api.post("answerCallbackQuery", json=unknown)).status_code == 400


async def test_chat_actions_are_checked_and_recorded(
    telegram_api: httpx.AsyncClient, telegram_emu: TelegramEmulator
) -> None:
    telegram_emu.user_says(1001, "hi")
    ok = await telegram_api.post("sendChatAction", json={"chat_id": 1001, "action": "typing"})
    assert ok.json() == {"ok": True, "result": True}
    assert telegram_emu.bot().chats[1001].action == "typing"
    await send(telegram_api, chat_id=1001, text="done")
    assert telegram_emu.bot().chats[1001].action is None  # a message ends "typing…"
    bad = await telegram_api.post("sendChatAction", json={"chat_id": 1001, "action": "dancing"})
    assert refusal(bad) == (400, "Bad Request: wrong parameter action in request")
    unknown = await telegram_api.post("sendChatAction", json={"chat_id": 7, "action": "typing"})
    assert refusal(unknown) == (400, "Bad Request: chat not found")
