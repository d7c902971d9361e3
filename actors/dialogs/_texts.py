"""Every text the bot writes to a parent, in Russian and English.

``say(key, language, **values)`` fills a template; values are escaped for Telegram HTML
here, so callers pass raw user text (a child's name) and never build markup themselves.
A test checks that every key exists in both languages with the same placeholders.
"""

from __future__ import annotations

import re
from typing import Final

from actors.protocol import Emotion, Language
from actors.telegram import escape as escape  # the one HTML escaper

from ._store import Gender

TEXTS: Final[dict[str, dict[Language, str]]] = {
    "welcome": {
        "ru": "Здравствуйте! Я «Эмоции семьи» — помогаю понять, что чувствует ребёнок и что "
              "ему сказать.\n\nНа каком языке вам удобнее?",
        "en": "Hello! I'm Family Emotions: I help you understand what your child feels and "
              "what to say.\n\nWhich language do you prefer?",
    },
    "consent": {
        "ru": "<b>Прежде чем начать</b>\n"
              "• Я сохраняю язык, часовой пояс, имена детей, год рождения и пол (если вы его "
              "укажете), а ещё то, что вы пишете о детях, вместе с разборами — это дневник "
              "эмоций, он хранится 12 месяцев. Фразы уходят на анализ в Claude (Anthropic) "
              "без вашего имени и номера чата. Подробнее — /privacy, удалить всё — /delete "
              "в любой момент.\n"
              "• Я не заменяю психолога, врача или экстренные службы: мои ответы — подсказки, "
              "а не диагноз и не лечение. Если ребёнку или вам грозит опасность, звоните 112.\n\n"
              "Если вы согласны, нажмите «Принимаю».",
        "en": "<b>Before we start</b>\n"
              "• I keep your language and time zone, your children's names, birth years and "
              "(if you tell me) gender, and what you write about them with my analyses: the "
              "emotion diary, kept for 12 months. Phrases are analysed by Claude (Anthropic) "
              "without your name or chat id. More in /privacy; /delete erases everything at "
              "any time.\n"
              "• I am not a substitute for a psychologist, a doctor or emergency services: my "
              "answers are suggestions, not a diagnosis or treatment. If your child or you "
              "are in danger, call your emergency number.\n\n"
              "If you agree, tap \"I agree\".",
    },
    "consent_needed": {
        "ru": "Чтобы я мог сохранить данные о ребёнке, нужно ваше согласие: нажмите "
              "«Принимаю» под сообщением выше или напишите «да».",
        "en": "I need your consent before I store anything about your child: tap \"I agree\" "
              "under the message above, or send \"yes\".",
    },
    "consent_given": {
        "ru": "Спасибо!",
        "en": "Thank you!",
    },
    "ask_timezone_first": {
        "ru": "В каком вы часовом поясе? Он нужен, чтобы вечерний вопрос и недельный отчёт "
              "приходили вовремя. Если подходит {zone}, нажмите кнопку; если нет — напишите "
              "город или смещение от UTC, например: Новосибирск или UTC+7.",
        "en": "What is your time zone? I need it to send the evening check-in and the weekly "
              "report at the right time. If {zone} is right, tap the button; if not, send "
              "your city or UTC offset, for example: Chicago or UTC-6.",
    },
    "ask_gender": {
        "ru": "{name} — мальчик или девочка? Это нужно только для того, чтобы я правильно "
              "писал слова о ребёнке («сказал» или «сказала»).",
        "en": "Is {name} a boy or a girl? I only use it for the grammar of Russian texts.",
    },
    "gender_set": {
        "ru": "Готово: {name} — [мальчик|девочка].",
        "en": "Done: {name}, [a boy|a girl].",
    },
    "gender_cleared": {
        "ru": "Готово: пол не указан, я буду писать о ребёнке по имени {name} в обоих родах "
              "(«сказал(а)»).",
        "en": "Done: no gender is kept for {name}.",
    },
    "bad_gender": {
        "ru": "Нажмите, пожалуйста, одну из кнопок: мальчик, девочка или «не указывать».",
        "en": "Please tap one of the buttons: boy, girl or \"skip\".",
    },
    "ask_child_name": {
        "ru": "Как зовут вашего ребёнка? Напишите имя (можно домашнее).",
        "en": "What is your child's name? Just the first name or a nickname.",
    },
    "ask_child_age": {
        "ru": "{name}: сколько лет? Напишите число от 0 до 17.",
        "en": "How old is {name}? Please send a number from 0 to 17.",
    },
    "bad_name": {
        "ru": "Похоже, это фраза, а не имя 🙂 Напишите, пожалуйста, только имя ребёнка: одно, "
              "два или три слова, буквами, например: Маша или Анна-Мария. Рассказать, что "
              "случилось, можно будет сразу после этого.",
        "en": "That looks like a sentence rather than a name 🙂 Please send just your child's "
              "name: one to three words, letters only, for example: Sam or Mary-Jane. You can "
              "tell me what happened right after that.",
    },
    "children": {
        "ru": "<b>Дети</b>\n{children}\n\n✏️ — изменить имя, 🎂 — возраст, ⚥ — пол, "
              "🗑 — удалить.",
        "en": "<b>Children</b>\n{children}\n\n✏️ rename, 🎂 change the age, 🗑 remove.",
    },
    "ask_new_name": {
        "ru": "Напишите новое имя вместо «{name}».",
        "en": "Send the new name for {name}.",
    },
    "child_renamed": {
        "ru": "Готово: «{old}» теперь «{name}».",
        "en": "Done: {old} is now {name}.",
    },
    "ask_new_age": {
        "ru": "{name}: сколько лет? Напишите число от 0 до 17 или год рождения.",
        "en": "How old is {name}? Send a number from 0 to 17 or the year of birth.",
    },
    "age_changed": {
        "ru": "Готово: {name}, {age}.",
        "en": "Done: {name}, {age}.",
    },
    "remove_confirm": {
        "ru": "Удалить «{name}» из списка? Все записи дневника и ответы на вечерние вопросы "
              "об этом ребёнке тоже удалятся. Это нельзя отменить.",
        "en": "Remove {name}? Every diary entry and check-in answer about {name} is erased "
              "too. This cannot be undone.",
    },
    "child_removed": {
        "ru": "Готово: «{name}» и все записи об этом ребёнке удалены.",
        "en": "Done: {name} and every entry about them are erased.",
    },
    "remove_cancelled": {
        "ru": "Хорошо, никого не удаляю.",
        "en": "OK, nobody was removed.",
    },
    "history": {
        "ru": "<b>Дневник: {name}</b> — последние записи ({count})",
        "en": "<b>Diary: {name}</b>, the last {count} entries",
    },
    "history_entry": {
        "ru": "{when} — {who}{emotion} ({intensity}/5)\n«{phrase}»",
        "en": "{when} — {who}{emotion} ({intensity}/5)\n“{phrase}”",
    },
    "history_crisis": {
        "ru": "{when} — {who}⚠️ тревожное сообщение\n«{phrase}»",
        "en": "{when} — {who}⚠️ a message of concern\n“{phrase}”",
    },
    "history_empty": {
        "ru": "{name}: в дневнике пока нет записей. Напишите, что ребёнок сказал или сделал, "
              "— и запись появится.",
        "en": "No diary entries about {name} yet. Tell me what {name} said or did and one "
              "will appear.",
    },
    "history_which": {
        "ru": "Чей дневник показать?",
        "en": "Whose diary would you like to see?",
    },
    "history_undo": {
        "ru": "<i>Удалить последнюю запись: /undo</i>",
        "en": "<i>To remove the last entry: /undo</i>",
    },
    "feedback_thanks": {
        "ru": "Спасибо, учту!",
        "en": "Thank you, noted!",
    },
    "feedback_sorry": {
        "ru": "Жаль, что не помогло. Расскажите подробнее: что было прямо перед этим и что "
              "именно ребёнок сказал или сделал, — я попробую ещё раз. Если такое повторяется "
              "часто, стоит обсудить это с детским психологом.",
        "en": "I'm sorry it didn't help. Tell me more: what happened just before, and what "
              "exactly your child said or did, and I'll try again. If this keeps happening, "
              "it is worth talking it over with a child psychologist.",
    },
    "undo_nothing": {
        "ru": "В дневнике нет записей — удалять нечего.",
        "en": "The diary has no entries: there is nothing to remove.",
    },
    "undo_confirm": {
        "ru": "Удалить последнюю запись из дневника?",
        "en": "Remove the last diary entry?",
    },
    "undo_done": {
        "ru": "Готово: запись удалена из дневника.",
        "en": "Done: the entry is removed from the diary.",
    },
    "undo_kept": {
        "ru": "Хорошо, запись остаётся.",
        "en": "OK, the entry stays.",
    },
    "name_taken": {
        "ru": "Ребёнок с именем {name} уже есть. Напишите другое имя, например вместе с "
              "фамилией или вторым именем.",
        "en": "You already have a child called {name}. Please send another name, for "
              "example with a surname or a middle name.",
    },
    "bad_age": {
        "ru": "Пожалуйста, напишите возраст числом от 0 до 17 (например: 6) или год рождения "
              "(например: 2019).",
        "en": "Please send the age as a number from 0 to 17 (for example: 6) or the year of "
              "birth (for example: 2019).",
    },
    "child_added": {
        "ru": "Готово: {name}, {age}. 🌱\n\nТеперь расскажите, что {name} сказал[|а] или "
              "сделал[|а], — своими словами, как есть. Я подскажу, какое чувство за этим стоит "
              "и что можно ответить.",
        "en": "Done: {name}, {age}. 🌱\n\nNow tell me what {name} said or did, in your own "
              "words. I'll suggest the feeling behind it and what you could say.",
    },
    "too_many_children": {
        "ru": "Можно добавить не больше {limit} детей.",
        "en": "You can add at most {limit} children.",
    },
    "choose_child": {
        "ru": "О ком это? Выберите ребёнка:",
        "en": "Who is this about? Choose a child:",
    },
    "choice_expired": {
        "ru": "Эта кнопка уже не актуальна. Напишите фразу ещё раз, пожалуйста.",
        "en": "That button has expired. Please send the phrase again.",
    },
    "help": {
        "ru": "Как я работаю: напишите, что сказал или сделал ребёнок («кричит, что ненавидит "
              "брата»), — я назову чувство, потребность за ним и подскажу, что сказать и чего "
              "избегать, с учётом возраста.\n\n"
              "/children — дети: добавить, изменить имя или возраст, удалить\n"
              "/history — последние записи дневника\n/undo — удалить последнюю запись\n"
              "/addchild — добавить ребёнка\n/settings — язык, время вечернего вопроса, "
              "часовой пояс\n/privacy — какие данные я храню\n/delete — удалить все данные "
              "семьи\n/help — эта справка",
        "en": "How it works: tell me what your child said or did (\"screams that he hates his "
              "brother\") and I'll name the feeling, the need behind it, and suggest what to say "
              "and what to avoid for the child's age.\n\n"
              "/children — your children: add, rename, change the age, remove\n"
              "/history — the last diary entries\n/undo — remove the last entry\n"
              "/addchild — add a child\n/settings — language, check-in time, time zone\n"
              "/privacy — what data I keep\n/delete — erase all of your family's data\n"
              "/help — this help",
    },
    "privacy": {
        "ru": "<b>Что я храню</b>\n• язык, имена детей, их год рождения и пол (если вы его "
              "указали), время вечернего вопроса, часовой пояс и когда вы приняли это "
              "уведомление;\n• фразы, которые вы присылаете, и разборы к ним (дневник эмоций) "
              "— 12 месяцев;\n• служебные номера сообщений Telegram — 48 часов, чтобы не "
              "потерять и не задвоить ответ.\n\nФразы уходят на анализ в Claude (Anthropic) без "
              "вашего имени и номера чата. Я не передаю данные третьим лицам. /delete удаляет "
              "всё сразу и безвозвратно.",
        "en": "<b>What I keep</b>\n• your language, your children's names, birth years and "
              "(if you gave it) gender, check-in time, time zone and when you accepted this "
              "notice;\n• the phrases you send and their analyses (the emotion "
              "diary), for 12 months;\n• Telegram message ids, for 48 hours, so no reply is "
              "lost or doubled.\n\nPhrases are analysed by Claude (Anthropic) without your name "
              "or chat id. I share nothing with third parties. /delete erases everything at "
              "once, for good.",
    },
    "delete_confirm": {
        "ru": "Удалить все данные вашей семьи (детей, дневник, настройки)? Это нельзя отменить.",
        "en": "Erase all of your family's data (children, diary, settings)? This cannot be "
              "undone.",
    },
    "deleted": {
        "ru": "Готово: все данные вашей семьи удалены. Если захотите вернуться, напишите /start.",
        "en": "Done: all of your family's data has been erased. Send /start if you ever want "
              "to come back.",
    },
    "cancelled": {
        "ru": "Хорошо, отменили. Можно продолжать.",
        "en": "OK, cancelled. Carry on whenever you like.",
    },
    "delete_cancelled": {
        "ru": "Хорошо, ничего не удаляю.",
        "en": "OK, nothing was deleted.",
    },
    "settings": {
        "ru": "<b>Настройки</b>\nЯзык: {language}\nВечерний вопрос: {time}\nЧасовой пояс: "
              "{timezone}\nДети: {children}\n\nЧто изменить?",
        "en": "<b>Settings</b>\nLanguage: {language}\nCheck-in time: {time}\nTime zone: "
              "{timezone}\nChildren: {children}\n\nWhat would you like to change?",
    },
    "ask_language": {
        "ru": "Выберите язык:",
        "en": "Choose a language:",
    },
    "language_set": {
        "ru": "Язык: русский.",
        "en": "Language: English.",
    },
    "ask_time": {
        "ru": "Во сколько присылать вечерний вопрос о настроении детей? Напишите время в "
              "формате ЧЧ:ММ, например 20:30.",
        "en": "When should I send the evening check-in? Send a time as HH:MM, for example "
              "20:30.",
    },
    "bad_time": {
        "ru": "Не понял время. Напишите его в формате ЧЧ:ММ, например 20:30.",
        "en": "I couldn't read that time. Please use HH:MM, for example 20:30.",
    },
    "time_set": {
        "ru": "Вечерний вопрос будет приходить в {time}.",
        "en": "The check-in will come at {time}.",
    },
    "ask_timezone": {
        "ru": "Ваш часовой пояс? Например: Europe/Moscow, Asia/Almaty или UTC+3.",
        "en": "Your time zone? For example: Europe/London, America/New_York or UTC-5.",
    },
    "bad_timezone": {
        "ru": "Не знаю такого часового пояса. Напишите, например, Europe/Moscow или UTC+3.",
        "en": "I don't know that time zone. Try, for example, Europe/Berlin or UTC+1.",
    },
    "timezone_set": {
        "ru": "Часовой пояс: {timezone}.",
        "en": "Time zone: {timezone}.",
    },
    "not_text": {
        "ru": "Пока я понимаю только текст. Опишите словами, что сказал или сделал ребёнок.",
        "en": "For now I only understand text. Please describe in words what your child said "
              "or did.",
    },
    "too_long": {
        "ru": "Это очень длинное сообщение. Перескажите главное короче — до {limit} символов.",
        "en": "That's a very long message. Please give me the gist in under {limit} "
              "characters.",
    },
    "unknown_command": {
        "ru": "Не знаю такой команды. Список команд — /help.",
        "en": "I don't know that command. See /help for the list.",
    },
    "private_only": {
        "ru": "Я работаю только в личных сообщениях. Напишите мне напрямую.",
        "en": "I only work in private chats. Please message me directly.",
    },
    "sorry": {
        "ru": "Простите, что-то пошло не так с этим сообщением. Попробуйте написать его ещё раз "
              "другими словами.",
        "en": "Sorry, something went wrong with that message. Please try sending it again in "
              "other words.",
    },
    "state_wait": {
        "ru": "Я получил ваше сообщение и отвечу через минуту: сейчас у меня перебои с "
              "памятью, и я не хочу отвечать наугад.",
        "en": "I've got your message and will answer in a minute: my memory is briefly "
              "unavailable, and I don't want to answer without knowing your family.",
    },
    "welcome_back": {
        "ru": "С возвращением! Расскажите, что сказал или сделал ребёнок, или наберите /help.",
        "en": "Welcome back! Tell me what your child said or did, or send /help.",
    },
    # translation
    "feeling": {
        "ru": "<b>Что может чувствовать {name}:</b> {emotion} (сила {intensity} из 5)",
        "en": "<b>What {name} may be feeling:</b> {emotion} (intensity {intensity} of 5)",
    },
    "need": {
        "ru": "<b>Потребность за этим:</b> {need}",
        "en": "<b>The need behind it:</b> {need}",
    },
    "to_say": {"ru": "<b>Что можно сказать:</b>", "en": "<b>What you could say:</b>"},
    "to_avoid": {"ru": "<b>Чего лучше избегать:</b>", "en": "<b>What to avoid:</b>"},
    "basic_mode": {
        "ru": "<i>Базовый режим: сейчас отвечает встроенный словарь, а не ИИ. Разбор может "
              "быть проще обычного.</i>",
        "en": "<i>Basic mode: the built-in dictionary answered, not the AI. The analysis may "
              "be simpler than usual.</i>",
    },
    "unclear": {  # the offline translator could not tell a feeling: one question back
        "ru": "<b>По этому сообщению я пока не могу понять, что чувствует {name}.</b> Что "
              "произошло прямо перед этим и что {name} сделал[|а] или сказал[|а]?",
        "en": "<b>I can't tell yet what {name} is feeling from this.</b> What happened just "
              "before, and what did {name} do or say?",
    },
    "still_unclear": {  # the parent answered the question back and it is still unclear
        "ru": "<b>Мне всё ещё трудно понять, что чувствует {name}</b>, поэтому я не "
              "записываю это в дневник. Вот что обычно помогает, какое бы чувство ни было:",
        "en": "<b>I still can't tell what {name} is feeling</b>, so I'm not putting this "
              "in the diary. Here is what usually helps, whatever the feeling:",
    },
    # Crisis answers (actors.crisis): they replace the routine analysis. One per category,
    # then the lines every one of them ends with.
    "crisis_suicide": {
        "ru": "<b>Это важно, и я отвечу не как обычно.</b> Слова ребёнка о желании умереть "
              "или не жить нужно принимать всерьёз, даже если они сказаны в сердцах или "
              "со смехом.\n\n"
              "• Побудьте рядом сейчас. Спокойно спросите прямо: «Ты думаешь о том, чтобы "
              "убить себя?» — такой вопрос не подталкивает, а помогает ребёнку заговорить.\n"
              "• Выслушайте, не спорьте и не стыдите. Скажите, что любите и что вместе вы "
              "справитесь.\n"
              "• Уберите из доступа лекарства, острые предметы, оружие.\n"
              "• Сегодня же поговорите со специалистом: детский телефон доверия "
              "8-800-2000-122 (бесплатно, круглосуточно), психолог или врач.",
        "en": "<b>This matters, so I won't answer as usual.</b> A child's words about wanting "
              "to die or not to live need to be taken seriously, even when said in anger or "
              "as a joke.\n\n"
              "• Stay close now. Ask calmly and directly: \"Are you thinking about killing "
              "yourself?\" Asking does not put the idea in their head; it helps them talk.\n"
              "• Listen without arguing or shaming. Tell them you love them and that you will "
              "get through this together.\n"
              "• Put medicines, sharp objects and any weapons out of reach.\n"
              "• Talk to a professional today: in the US call or text 988; in the UK call "
              "Childline 0800 1111 or Samaritans 116 123; elsewhere, your local crisis line "
              "or your doctor.",
    },
    "crisis_self_harm": {
        "ru": "<b>Это важно, и я отвечу не как обычно.</b> Когда ребёнок причиняет себе "
              "боль, так он часто справляется с чувствами, которые не может вынести.\n\n"
              "• Сохраняйте спокойствие: не ругайте и не заставляйте обещать «больше никогда».\n"
              "• Если есть раны — обработайте их, при глубоких ранах или ожогах обратитесь "
              "к врачу.\n"
              "• Спросите, что происходит, и выслушайте. Скажите, что вы рядом.\n"
              "• Спросите прямо, не думает ли ребёнок о смерти, и в ближайшие дни "
              "обратитесь к специалисту: детский телефон доверия 8-800-2000-122 "
              "(бесплатно, круглосуточно).",
        "en": "<b>This matters, so I won't answer as usual.</b> When a child hurts "
              "themselves, it is often how they cope with feelings they cannot bear.\n\n"
              "• Stay calm: don't scold, and don't make them promise \"never again\".\n"
              "• Look after any wounds; see a doctor for deep cuts or burns.\n"
              "• Ask what is going on and listen. Tell them you are there for them.\n"
              "• Ask directly whether they think about dying, and see a professional in the "
              "next few days: in the US call or text 988; in the UK call Childline 0800 1111; "
              "elsewhere, your doctor or local crisis line.",
    },
    "crisis_abuse": {
        "ru": "<b>Это важно, и я отвечу не как обычно.</b> То, что рассказал ребёнок, может "
              "означать, что ему причиняют вред.\n\n"
              "• Поверьте ребёнку и скажите: «Хорошо, что ты мне рассказал. Ты ни в чём не "
              "виноват».\n"
              "• Не расспрашивайте подробно и не обещайте хранить секрет: скажите, что "
              "позаботитесь о его безопасности.\n"
              "• Не выясняйте отношения с тем, кто мог это сделать, при ребёнке, и не "
              "оставляйте ребёнка с ним наедине.\n"
              "• Сохраните переписку и снимки, ничего не удаляйте.\n"
              "• Обратитесь за помощью: детский телефон доверия 8-800-2000-122, полиция — "
              "102 или 112.",
        "en": "<b>This matters, so I won't answer as usual.</b> What your child told you may "
              "mean someone is harming them.\n\n"
              "• Believe your child and tell them: \"I'm glad you told me. It is not your "
              "fault.\"\n"
              "• Don't question them in detail, and don't promise to keep it secret: say you "
              "will keep them safe.\n"
              "• Don't confront the person in front of your child, and don't leave your child "
              "alone with them.\n"
              "• Keep messages and pictures; delete nothing. Don't pay anyone who threatens "
              "to share images.\n"
              "• Get help: in the US call Childhelp 1-800-422-4453 or report to the "
              "CyberTipline; in the UK call the NSPCC 0808 800 5000; or call the police.",
    },
    "crisis_danger": {
        "ru": "<b>Похоже, ребёнок может быть в опасности прямо сейчас.</b>\n\n"
              "• Если он пропал, заперся и не отвечает, рядом оружие или угроза жизни — "
              "звоните 112 немедленно.\n"
              "• Оставайтесь на связи с ребёнком, говорите спокойно, не угрожайте.\n"
              "• Когда опасность минует, поговорите со специалистом: детский телефон "
              "доверия 8-800-2000-122.",
        "en": "<b>It sounds like your child may be in danger right now.</b>\n\n"
              "• If they are missing, locked in and not answering, near a weapon, or their "
              "life is at risk, call your emergency number now (911 in the US, 999 in the "
              "UK, 112 in Europe).\n"
              "• Stay in touch with your child, speak calmly, don't threaten.\n"
              "• Once they are safe, talk to a professional: in the US call or text 988; in "
              "the UK call Childline 0800 1111.",
    },
    "crisis_urgent": {
        "ru": "<b>Если опасность прямо сейчас — звоните 112.</b>",
        "en": "<b>If there is danger right now, call your emergency number.</b>",
    },
    "crisis_parent": {
        "ru": "<i>Если это и о ваших чувствах тоже — вы важны. Телефон доверия для взрослых: "
              "8-800-2000-122 или 051 (Москва), 112 при опасности.</i>",
        "en": "<i>If some of this is about you, not only your child: you matter too. In the "
              "US call or text 988; in the UK call Samaritans 116 123.</i>",
    },
    # buttons
    "btn_add_child": {"ru": "➕ Добавить ребёнка", "en": "➕ Add a child"},
    "btn_consent": {"ru": "✅ Принимаю", "en": "✅ I agree"},
    "btn_remove_yes": {"ru": "Да, удалить", "en": "Yes, remove"},
    "btn_helped": {"ru": "👍 Помогло", "en": "👍 Helped"},
    "btn_not_helped": {"ru": "👎 Не помогло", "en": "👎 Didn't help"},
    "btn_undo_yes": {"ru": "🗑 Да, удалить запись", "en": "🗑 Yes, remove it"},
    "btn_undo_no": {"ru": "Нет, оставить", "en": "No, keep it"},
    "btn_remove_no": {"ru": "Нет, оставить", "en": "No, keep"},
    "btn_boy": {"ru": "👦 Мальчик", "en": "👦 Boy"},
    "btn_girl": {"ru": "👧 Девочка", "en": "👧 Girl"},
    "btn_gender_skip": {"ru": "Не указывать", "en": "Skip"},
    "btn_language": {"ru": "🌐 Язык", "en": "🌐 Language"},
    "btn_time": {"ru": "⏰ Время вопроса", "en": "⏰ Check-in time"},
    "btn_timezone": {"ru": "🗺 Часовой пояс", "en": "🗺 Time zone"},
    "btn_delete_yes": {"ru": "Да, удалить всё", "en": "Yes, erase everything"},
    "btn_delete_no": {"ru": "Нет, отмена", "en": "No, cancel"},
    "language_name": {"ru": "русский", "en": "English"},
}

EMOTION_NAMES: Final[dict[Emotion, dict[Language, str]]] = {
    "anger": {"ru": "злость", "en": "anger"},
    "fear": {"ru": "страх, тревога", "en": "fear, worry"},
    "sadness": {"ru": "грусть", "en": "sadness"},
    "shame": {"ru": "стыд", "en": "shame"},
    "jealousy": {"ru": "ревность", "en": "jealousy"},
    "loneliness": {"ru": "одиночество", "en": "loneliness"},
    "tiredness": {"ru": "усталость, перегрузка", "en": "tiredness, overwhelm"},
    "frustration": {"ru": "досада, бессилие", "en": "frustration"},
    "joy": {"ru": "радость, восторг", "en": "joy, excitement"},
}


def say(key: str, language: Language, /, **values: object) -> str:
    """The text ``key`` in ``language`` with ``values`` HTML-escaped and filled in."""
    template = TEXTS[key][language]
    if not values:
        return template
    return template.format(**{k: escape(str(v)) for k, v in values.items()})


_GENDERED: Final = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")
"""``[masculine|feminine]`` in a Russian template: "сказал[|а]", "[его|её]"."""
_OPTIONAL_A: Final = re.compile(r"(?<=\w)\(а\)")
_SHORT_EN: Final = re.compile(r"(\w+)ен\(на\)")
"""A short adjective's two forms: "важен(на)" is "важен" or "важна"."""
_CLAUSE: Final = re.compile(r"[^.,;:!?—«»\"()]+(?:\(н?а\)[^.,;:!?—«»\"()]*)*")
_PARENT: Final = re.compile(r"(?<!\w)я(?!\w)", re.IGNORECASE)
_TO_CHILD: Final = re.compile(r"(?<!\w)(?:ты|тебе|тебя|тобой|сам\(а\)|\w+(?:ешь|ёшь|ишь))(?!\w)",
                              re.IGNORECASE)


def gendered(template: str, gender: Gender | None) -> str:
    """``template`` with each ``[masculine|feminine]`` resolved for a child of ``gender``;
    unknown gender: both ("сказал(а)" when the masculine form is the stem, else
    "его/её")."""
    def pick(match: re.Match[str]) -> str:
        masculine, feminine = match.group(1), match.group(2)
        if gender == "boy":
            return masculine
        if gender == "girl":
            return feminine
        return f"({feminine})" if not masculine else f"{masculine}/{feminine}"

    return _GENDERED.sub(pick, template)


def say_child(key: str, language: Language, gender: Gender | None, /, **values: object) -> str:
    """``say`` for a text about one child: its gendered forms resolved."""
    template = gendered(TEXTS[key][language], gender)
    return template.format(**{k: escape(str(v)) for k, v in values.items()})


def child_forms(text: str, gender: Gender | None) -> str:
    """The translator's Russian advice with the child's forms made definite: in a clause
    spoken to the child ("когда будешь готов(а)", "ты мне рассказал(а)"), "(а)" becomes
    the child's form; a clause where the parent speaks of themself ("я рад(а)") keeps
    both forms, since the parent's gender is unknown."""
    if gender is None or ("(а)" not in text and "(на)" not in text):
        return text

    def clause(match: re.Match[str]) -> str:
        part = match.group(0)
        if _PARENT.search(part) or not _TO_CHILD.search(part):
            return part
        part = _SHORT_EN.sub(r"\1на" if gender == "girl" else r"\1ен", part)
        return _OPTIONAL_A.sub("а" if gender == "girl" else "", part)

    return _CLAUSE.sub(clause, text)


def age_words(age: int, language: Language) -> str:
    """"5 лет" / "5 years" with the right Russian plural."""
    if language == "en":
        return f"{age} year" if age == 1 else f"{age} years"
    if age % 10 == 1 and age % 100 != 11:
        return f"{age} год"
    if 2 <= age % 10 <= 4 and not 12 <= age % 100 <= 14:
        return f"{age} года"
    return f"{age} лет"
