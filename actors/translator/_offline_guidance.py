"""The offline translator's advice: emotion-coaching texts per emotion, language and age
band, and the line a situation adds ("a screen taken away", "a new baby"...).

``compose`` gives the need, what to say and what to avoid for a reading: the emotion's
texts for the age band (the "general" ones when the message is unclear), with the
situation's line in place of the third thing to say and before the things to avoid,
when the message names a situation the line is written for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from actors.protocol import AGE_BANDS, EMOTIONS, LANGUAGES, AgeBand, Language

__all__ = ["GUIDANCE", "SITUATION_GUIDANCE", "Advice", "compose"]

GUIDANCE: Final[dict[str, str]] = {
    "en": """
# general
need: To be noticed and understood before anything gets fixed.
say 0-3: I'm here. Come to me. | Something feels hard, doesn't it? Let's have a hug.
say 4-7: I can see something is bothering you. Want to tell me?
    | I'm right here. We'll figure it out together.
say 8-12: Something seems off. I'm here if you want to talk.
    | Tell me what happened; I'll just listen first.
say 13-17: You seem to have a lot going on. I'm around if you want to talk.
    | No pressure. Want me to just listen, or help think it through?
avoid 0-3: Long questions the child can't answer yet.
avoid 4-7: Firing off questions or guessing out loud what's "really" wrong.
avoid 8-12: Jumping straight to advice or a lecture.
avoid 13-17: Pushing for details or taking it personally if they don't talk now.
avoid: Brushing it off with "it's nothing".

# anger
need: To be heard and to stay in control while the anger passes, with clear, calm limits.
say 0-3: You're angry! So angry.
    | I won't let you hit. You can stomp your feet.
    | I'm here. Let's breathe together.
say 4-7: You're really mad. It's OK to feel angry.
    | I won't let you hit, but you can tell me how angry you are.
    | When you're ready, we'll work out what to do.
say 8-12: You're really angry, and that makes sense to me.
    | Tell me what happened. I'm listening.
    | Let's take a break, then solve it together.
say 13-17: I can see you're furious. I'm not going anywhere.
    | You don't have to explain now. Talk when you're ready.
    | I want to hear your side.
avoid 0-3: Long explanations while the child is screaming.
avoid 4-7: Threatening punishment in the heat of the moment.
avoid 8-12: Saying "calm down" or arguing about who is right.
avoid 13-17: Lecturing, sarcasm, or demanding an apology right away.
avoid: Shouting back.

# sadness
need: Comfort and time to feel sad, with someone close by.
say 0-3: You're sad. Come here, I'll hold you. | It's OK to cry. I'm with you.
say 4-7: You're sad, I can see it. I'm right here.
    | It's OK to cry. Want a hug?
    | Do you want to tell me what happened?
say 8-12: That sounds really hard. I'm sorry it happened.
    | It's OK to feel sad about it.
    | I'm here if you want to talk, or we can just sit together.
say 13-17: That really hurts. I'm sorry.
    | You don't have to be OK right now.
    | I'm here. Tell me what would help, even if it's just company.
avoid 0-3: Distracting at once so the crying stops.
avoid 4-7: "Big kids don't cry".
avoid 8-12: Cheering up too fast or "it's not a big deal".
avoid 13-17: Fixing it or comparing it with your own troubles.
avoid: "Stop crying".

# fear
need: To feel safe and protected, and to face the fear with support.
say 0-3: That was scary. I've got you. | You're safe. I'm right here.
say 4-7: That sounds scary. I'm with you.
    | You're safe. Shall we check it together?
    | Let's take three slow breaths together.
say 8-12: It makes sense to feel nervous about that.
    | What's the scariest part?
    | Let's make a plan for it together.
say 13-17: That sounds really stressful.
    | What worries you most about it?
    | I trust you can handle it, and I'm here as backup.
avoid 0-3: Leaving the child alone to "get used to it".
avoid 4-7: Laughing at the fear or "don't be silly".
avoid 8-12: Pushing them to face it before they're ready.
avoid 13-17: Brushing it off with "you'll be fine".
avoid: Scaring more to make them obey.

# shame
need: To know they are still loved and good, even after a mistake.
say 0-3: Oops, it happens. I love you. | Let's fix it together.
say 4-7: Everyone makes mistakes. I still love you just the same.
    | That felt embarrassing, didn't it?
    | We can fix it together.
say 8-12: That sounds really embarrassing. I'm sorry.
    | A mistake doesn't make you a bad person.
    | What could help next time?
say 13-17: That must have felt awful.
    | It doesn't change how I see you.
    | Want to talk it through, or just vent?
avoid 0-3: Scolding loudly over an accident.
avoid 4-7: Calling the child naughty, bad or silly.
avoid 8-12: Telling others about it or teasing.
avoid 13-17: "I told you so" or bringing it up later.
avoid: Shaming in front of others.

# jealousy
need: To be sure there is enough love and attention for them too.
say 0-3: You want me too. Come, sit with me. | I love you so much.
say 4-7: You want time with me too. That's fair.
    | Nobody can take your place.
    | Let's have special time, just us two.
say 8-12: It feels unfair when they get more, doesn't it?
    | Your feelings make sense.
    | Let's plan time just for you and me.
say 13-17: I get why that feels unfair.
    | You matter to me just as much.
    | What would feel fair to you?
avoid 0-3: Scolding the child for pushing the baby away without comforting.
avoid 4-7: "You're the big one, you should share".
avoid 8-12: Comparing them with a sibling or friend.
avoid 13-17: Dismissing it as childish.
avoid: "You shouldn't feel jealous".

# loneliness
need: Connection and belonging: to feel wanted and not alone.
say 0-3: Come here, I'm with you. | Let's play together.
say 4-7: It's sad when nobody plays with you.
    | I'm glad you told me.
    | Shall we think who you could play with tomorrow?
say 8-12: It hurts to feel left out.
    | I'm glad you told me.
    | Want to think together about who you could connect with?
say 13-17: Feeling alone is really hard.
    | I'm here, and I want to understand.
    | Is there anyone you'd like to see more of?
avoid 0-3: Leaving them to play alone when they reach for you.
avoid 4-7: "Just go and make friends".
avoid 8-12: Blaming them for being left out.
avoid 13-17: Pushing them to be more social or calling the school uninvited.
avoid: Saying "you have plenty of friends".

# tiredness
need: Rest, a slower pace and fewer demands right now.
say 0-3: You're tired. Let's cuddle. | Time to rest. I'll stay with you.
say 4-7: You're worn out. Let's slow down.
    | We'll rest first, then finish later.
    | Want a quiet cuddle?
say 8-12: It's been a lot today.
    | Let's take a break, then decide what's next.
    | What can wait till tomorrow?
say 13-17: You sound exhausted. | What can I take off your plate? | Rest first; the rest can wait.
avoid 0-3: Long outings or new activities when they're tired.
avoid 4-7: Telling them off for whining.
avoid 8-12: Adding more tasks right now.
avoid 13-17: "You just need to manage your time".
avoid: Arguing when they're exhausted.

# frustration
need: Support and a manageable next step, without someone taking over.
say 0-3: So hard! You're trying. | Let me help a little.
say 4-7: It's so annoying when it doesn't work!
    | Want to try a smaller step together?
    | Let's take a break and try again.
say 8-12: That's frustrating. It makes sense you're annoyed.
    | Want help, or do you want to try once more?
    | What's the hardest part?
say 13-17: That sounds really frustrating.
    | Do you want help, or just to vent?
    | You'll find a way; I'm here if you need me.
avoid 0-3: Taking the toy away when they get upset.
avoid 4-7: Doing it for them at once.
avoid 8-12: "It's easy, just concentrate".
avoid 13-17: Giving advice they didn't ask for.
avoid: Criticising how they did it.

# joy
need: To share the joy with someone who cares.
say 0-3: Yay! You're so happy! | Let's clap together!
say 4-7: You're so happy! Tell me everything! | I love seeing you this excited.
say 8-12: That's great! How did it feel? | I'm so happy for you.
say 13-17: That's awesome, I'm really glad for you. | Tell me more, I'd love to hear.
avoid 0-3: Hushing the joy right away.
avoid 4-7: Hurrying them or cutting the joy short.
avoid 8-12: Turning it into a lesson.
avoid 13-17: Making it about yourself.
avoid: "Calm down, it's not that big a deal".
""",
    "ru": """
# general
need: Чтобы его заметили и поняли, прежде чем что-то исправлять.
say 0-3: Я здесь. Иди ко мне. | Что-то трудно, да? Давай обнимемся.
say 4-7: Вижу, тебя что-то беспокоит. Расскажешь? | Я рядом. Вместе разберёмся.
say 8-12: Похоже, что-то случилось. Я рядом, если захочешь поговорить.
    | Расскажи, что произошло. Я сначала просто послушаю.
say 13-17: Кажется, у тебя сейчас много всего. Я рядом, если захочешь поговорить.
    | Без давления: тебе просто выговориться или подумать вместе?
avoid 0-3: Долгие расспросы, на которые малыш ещё не может ответить.
avoid 4-7: Засыпать вопросами или гадать вслух, что «на самом деле» случилось.
avoid 8-12: Сразу давать советы или читать нотации.
avoid 13-17: Выпытывать подробности или обижаться, если он не хочет говорить сейчас.
avoid: Отмахиваться: «да ерунда».

# anger
need: Быть услышанным и не потерять контроль, пока злость проходит; спокойные и ясные границы.
say 0-3: Ты злишься! Очень злишься.
    | Бить нельзя. Можно потопать ногами.
    | Я рядом. Давай подышим вместе.
say 4-7: Ты очень злишься. Злиться можно.
    | Драться нельзя, но ты можешь сказать мне, как сильно злишься.
    | Когда успокоишься, вместе решим, что делать.
say 8-12: Ты очень злишься, и я понимаю почему.
    | Расскажи, что случилось. Я слушаю.
    | Давай сделаем паузу, а потом вместе решим.
say 13-17: Вижу, ты в ярости. Я никуда не ухожу.
    | Можешь не объяснять сейчас. Поговорим, когда будешь готов(а).
    | Я хочу услышать, как это было для тебя.
avoid 0-3: Долгие объяснения, пока малыш кричит.
avoid 4-7: Грозить наказанием сгоряча.
avoid 8-12: Говорить «успокойся» или спорить, кто прав.
avoid 13-17: Читать нотации, язвить или сразу требовать извинений.
avoid: Кричать в ответ.

# sadness
need: Утешение и время погрустить, когда рядом кто-то близкий.
say 0-3: Тебе грустно. Иди ко мне, я обниму. | Можно поплакать. Я с тобой.
say 4-7: Вижу, тебе грустно. Я рядом.
    | Поплакать можно. Обнимемся?
    | Хочешь рассказать, что случилось?
say 8-12: Это правда тяжело. Мне жаль, что так вышло.
    | Грустить из-за этого нормально.
    | Можем поговорить, а можем просто посидеть вместе.
say 13-17: Это очень больно. Мне жаль.
    | Не обязательно быть в порядке прямо сейчас.
    | Я рядом. Скажи, что поможет, даже если просто побыть вместе.
avoid 0-3: Сразу отвлекать, лишь бы перестал плакать.
avoid 4-7: «Большие не плачут».
avoid 8-12: Слишком быстро развеселять или говорить «подумаешь».
avoid 13-17: Сразу всё исправлять или сравнивать со своими проблемами.
avoid: «Не плачь».

# fear
need: Почувствовать себя в безопасности и встретить страх не одному.
say 0-3: Было страшно. Я держу тебя. | Ты в безопасности. Я здесь.
say 4-7: Это правда страшно. Я с тобой.
    | Ты в безопасности. Давай проверим вместе?
    | Давай медленно подышим: раз, два, три.
say 8-12: Волноваться из-за этого понятно. | Что пугает больше всего? | Давай вместе составим план.
say 13-17: Похоже, это сильно напрягает.
    | Что тревожит больше всего?
    | Я верю, что ты справишься, и я рядом, если что.
avoid 0-3: Оставлять одного, чтобы «привык».
avoid 4-7: Смеяться над страхом или говорить «не выдумывай».
avoid 8-12: Заставлять встретиться со страхом, пока ребёнок не готов.
avoid 13-17: Отмахиваться: «да всё будет нормально».
avoid: Пугать ещё больше, чтобы слушался.

# shame
need: Знать, что его по-прежнему любят и он хороший, даже после ошибки.
say 0-3: Ой, бывает. Я тебя люблю. | Давай исправим вместе.
say 4-7: Все ошибаются. Я люблю тебя всё так же.
    | Было неловко, да?
    | Мы можем исправить это вместе.
say 8-12: Понимаю, это было очень неловко.
    | Ошибка не делает тебя плохим человеком.
    | Что поможет в следующий раз?
say 13-17: Наверное, было ужасно неприятно.
    | Моё отношение к тебе от этого не меняется.
    | Хочешь обсудить или просто выговориться?
avoid 0-3: Громко ругать за случайность.
avoid 4-7: Называть ребёнка плохим, непослушным или глупым.
avoid 8-12: Рассказывать об этом другим или подшучивать.
avoid 13-17: «Я же говорил(а)» и напоминания потом.
avoid: Стыдить при других.

# jealousy
need: Быть уверенным, что любви и внимания хватит и ему.
say 0-3: Ты тоже хочешь ко мне. Иди, посиди со мной. | Я тебя очень люблю.
say 4-7: Тебе тоже хочется побыть со мной. Это понятно.
    | Твоё место никто не займёт.
    | Давай устроим время только для нас двоих.
say 8-12: Обидно, когда другому достаётся больше, да?
    | Твои чувства понятны.
    | Давай запланируем время только для нас с тобой.
say 13-17: Понимаю, почему это кажется несправедливым.
    | Ты для меня важен(на) ничуть не меньше.
    | Как было бы честно, по-твоему?
avoid 0-3: Ругать за то, что отталкивает малыша, не утешив.
avoid 4-7: «Ты же старший, уступи».
avoid 8-12: Сравнивать с братом, сестрой или друзьями.
avoid 13-17: Отмахиваться: «что за детский сад».
avoid: «Ревновать нехорошо».

# loneliness
need: Близость и принадлежность: чувствовать, что он нужен и не один.
say 0-3: Иди ко мне, я с тобой. | Давай поиграем вместе.
say 4-7: Грустно, когда никто не играет с тобой.
    | Хорошо, что ты мне рассказал(а).
    | Давай подумаем, с кем можно поиграть завтра?
say 8-12: Больно чувствовать себя лишним.
    | Хорошо, что ты мне рассказал(а).
    | Хочешь, подумаем вместе, с кем можно подружиться?
say 13-17: Чувствовать себя одиноко правда тяжело.
    | Я рядом и хочу понять.
    | Есть кто-то, с кем хотелось бы общаться больше?
avoid 0-3: Оставлять играть одного, когда он тянется к вам.
avoid 4-7: «Просто иди и подружись».
avoid 8-12: Винить его в том, что его не берут.
avoid 13-17: Давить «будь общительнее» или без спроса звонить в школу.
avoid: «Да у тебя полно друзей».

# tiredness
need: Отдых, медленный темп и меньше требований прямо сейчас.
say 0-3: Ты устаёшь. Давай обнимемся. | Пора отдохнуть. Я побуду с тобой.
say 4-7: Сил совсем не осталось, да? Давай притормозим.
    | Сначала отдохнём, потом доделаем.
    | Хочешь тихонько посидеть в обнимку?
say 8-12: Сегодня было очень много всего.
    | Давай передохнём, а потом решим, что дальше.
    | Что может подождать до завтра?
say 13-17: Похоже, ты совсем без сил.
    | Что я могу взять на себя?
    | Сначала отдых, остальное подождёт.
avoid 0-3: Долгие поездки и новые занятия, когда малыш устал.
avoid 4-7: Ругать за нытьё.
avoid 8-12: Добавлять новые задания прямо сейчас.
avoid 13-17: «Просто научись планировать время».
avoid: Спорить, когда ребёнок без сил.

# frustration
need: Поддержка и посильный следующий шаг, без того чтобы кто-то сделал всё за него.
say 0-3: Трудно! Ты стараешься. | Давай я чуть-чуть помогу.
say 4-7: Как обидно, когда не получается!
    | Давай попробуем шаг поменьше вместе?
    | Отдохнём минутку и попробуем снова.
say 8-12: Это правда бесит. Понимаю.
    | Помочь или хочешь попробовать ещё раз сам(а)?
    | Что самое трудное?
say 13-17: Звучит очень неприятно.
    | Тебе нужна помощь или просто выговориться?
    | Ты найдёшь выход, а я рядом, если понадоблюсь.
avoid 0-3: Отбирать игрушку, когда малыш расстроился.
avoid 4-7: Сразу делать за него.
avoid 8-12: «Это же легко, просто сосредоточься».
avoid 13-17: Давать советы, о которых не просили.
avoid: Критиковать, как он это делал.

# joy
need: Разделить радость с тем, кому не всё равно.
say 0-3: Ура! Ты так радуешься! | Давай похлопаем вместе!
say 4-7: Ты так радуешься! Расскажи всё! | Мне так нравится видеть тебя счастливым(ой).
say 8-12: Здорово! Как это было? | Я очень за тебя рад(а).
say 13-17: Это классно, я правда рад(а) за тебя. | Расскажи ещё, мне интересно.
avoid 0-3: Сразу успокаивать и утихомиривать.
avoid 4-7: Торопить или обрывать радость.
avoid 8-12: Превращать это в урок.
avoid 13-17: Переводить разговор на себя.
avoid: «Успокойся, ничего особенного».
""",
}
"""Emotion-coaching guidance (Gottman: notice, name the feeling and the need behind it,
validate, then limits and solving together) per language: ``# emotion`` sections with a
``need``, 2-3 ``say`` phrases per age band and ``avoid`` lines (one per band plus one for
all); phrases are split by ``|``. 0-3: few words and closeness; 4-7: name it, simple
choices; 8-12: reasons and planning together; 13-17: respect, listen, no lectures."""


SITUATION_GUIDANCE: Final[dict[str, str]] = {
    "en": """
# loss
for: sadness fear anger loneliness shame tiredness frustration
say 0-7: We can remember them together: look at photos, or draw a picture for them.
say 8-17: It's OK to miss them. Would you like to tell me what you remember most?
avoid 0-7: Saying they "went to sleep" or "went away": it can make sleep and goodbyes
    | frightening.
avoid 8-17: Rushing to replace what was lost, or saying it's time to move on.

# new_baby
for: jealousy anger sadness loneliness fear tiredness frustration shame
say 0-7: The baby needs a lot of looking after, and you still need me too. Let's have our
    | own time every day.
say 8-17: A lot changed when the baby came. What do you miss most from before?
avoid 0-7: "You're the big one now, you should help."
avoid 8-17: Making them the helper or the babysitter by default.

# separation
for: fear sadness loneliness anger tiredness
say 0-7: I always come back. I'll pick you up after lunch (name a moment they know).
say 8-17: What would make it easier while we're apart: a call, a message, a plan?
avoid 0-7: Slipping away while they aren't looking.
avoid 8-17: A long, anxious goodbye, or changing the plan at the last minute.

# screens
for: anger frustration sadness tiredness jealousy
say 0-7: Screen time is over, and you're upset about it. That's OK. It stays off; I'm here.
say 8-17: Stopping in the middle is annoying, I get it. It stays off now; let's agree on
    | the rules for next time together.
avoid 0-7: Giving the screen back to stop the crying.
avoid 8-17: Taking the device away for longer as a punishment for being angry.

# bedtime
for: tiredness fear anger frustration sadness loneliness
say 0-7: It's time to rest. I'll sit with you a little; the rest can wait till morning.
say 0-7 fear: I'll leave a little light on and come back to check on you in five minutes.
say 8-17: Everything feels harder late at night. Let's leave it till morning.
say 8-17 fear: Would it help to talk it through now, and leave the light on for a bit?
avoid 0-7: Long talks or new rules at bedtime.
avoid 8-17: Sorting it out late at night, when you're both tired.

# food
for: anger frustration tiredness sadness fear
say 0-7: You don't have to eat it. It can stay on the plate; try it when you're ready.
say 8-17: You decide how much to eat; I decide what's on the table. No fights over food.
avoid 0-7: Forcing bites, or bribing with dessert.
avoid 8-17: Remarks about weight or body at the table.

# school
for: frustration fear shame sadness anger tiredness loneliness joy
say 0-7: School things can be hard. Let's do one small part together, then rest.
say 8-17: One mark or one bad day doesn't decide anything. What would help most: working
    | on one part together, or talking to the teacher?
say 8-17 fear: Let's plan how you'll prepare, step by step, and what you'll do if you get
    | stuck.
say 0-7 joy: Tell me what you did that worked! I'm proud of how hard you tried.
say 8-17 joy: What did you do that worked? You earned it.
avoid 0-7: Sitting over homework until it's perfect.
avoid 8-17: Comparing their marks with other children's.
avoid 0-7 joy: Moving straight on to "and next time, even better".
avoid 8-17 joy: Moving straight on to the next goal.

# friends
for: loneliness sadness shame anger jealousy fear
say 0-7: Shall we think who you could play with, and what you could say to join in?
say 8-17: That wasn't OK of them. Do you want me to just listen, or to think together about
    | what to do?
avoid 0-7: "Just ignore them" or "just go and make friends".
avoid 8-17: Going to the school or other parents without talking it over first (unless
    | someone is in danger).

# sibling
for: anger jealousy frustration sadness shame
say 0-7: I'll keep you both safe. Tell me what happened; then we'll hear your brother or
    | sister too.
say 8-17: I'm not taking sides. I want to hear your side first, just the two of us.
avoid 0-7: Asking who started it in front of both of them.
avoid 8-17: Comparing them with their brother or sister.
""",
    "ru": """
# loss
for: sadness fear anger loneliness shame tiredness frustration
say 0-7: Давай вспомним вместе: посмотрим фотографии или нарисуем рисунок на память.
say 8-17: Скучать — это нормально. Хочешь рассказать, что вспоминается больше всего?
avoid 0-7: Говорить «уснул» или «уехал»: от этого может стать страшно засыпать и
    | расставаться.
avoid 8-17: Спешить заменить потерю или говорить «пора жить дальше».

# new_baby
for: jealousy anger sadness loneliness fear tiredness frustration shame
say 0-7: Малышу нужно много заботы, но и ты мне очень нужен(на). Давай каждый день
    | устраивать наше с тобой время.
say 8-17: С появлением малыша многое изменилось. По чему из того, что было раньше, ты
    | скучаешь больше всего?
avoid 0-7: «Ты теперь старший, должен помогать».
avoid 8-17: Делать его помощником или няней по умолчанию.

# separation
for: fear sadness loneliness anger tiredness
say 0-7: Я всегда возвращаюсь. Заберу тебя после обеда (назовите момент, понятный ребёнку).
say 8-17: Что поможет, пока мы не вместе: звонок, сообщение, договорённость?
avoid 0-7: Уходить тайком, пока ребёнок не видит.
avoid 8-17: Долгое тревожное прощание или перемены плана в последний момент.

# screens
for: anger frustration sadness tiredness jealousy
say 0-7: Мультики закончились, и ты расстроен(а). Это нормально. Сегодня больше нельзя, а я
    | рядом.
say 8-17: Понимаю, останавливаться на середине обидно. Сейчас экран выключен; давай вместе
    | договоримся, как будет в следующий раз.
avoid 0-7: Возвращать планшет, чтобы прекратить слёзы.
avoid 8-17: Отбирать гаджет ещё надольше в наказание за злость.

# bedtime
for: tiredness fear anger frustration sadness loneliness
say 0-7: Пора отдыхать. Я немного посижу с тобой, остальное подождёт до утра.
say 0-7 fear: Я оставлю немного света и загляну к тебе через пять минут.
say 8-17: Поздно вечером всё кажется тяжелее. Давай отложим это до утра.
say 8-17 fear: Хочешь, поговорим об этом сейчас, а потом оставим свет ненадолго?
avoid 0-7: Долгие разговоры и новые правила перед сном.
avoid 8-17: Выяснять всё поздно вечером, когда оба устали.

# food
for: anger frustration tiredness sadness fear
say 0-7: Можно не есть. Пусть полежит на тарелке, попробуешь, когда захочешь.
say 8-17: Сколько есть, решаешь ты; что на столе, решаю я. Ссориться из-за еды не будем.
avoid 0-7: Заставлять есть или подкупать десертом.
avoid 8-17: Замечания о весе и фигуре за столом.

# school
for: frustration fear shame sadness anger tiredness loneliness joy
say 0-7: Со школой бывает трудно. Давай сделаем одну маленькую часть вместе, а потом
    | отдохнём.
say 8-17: Одна оценка или один плохой день ничего не решают. Что поможет больше: разобрать
    | одну часть вместе или поговорить с учителем?
say 8-17 fear: Давай вместе составим план подготовки по шагам и решим, что делать, если
    | застрянешь.
say 0-7 joy: Расскажи, что у тебя получилось! Я горжусь тем, как ты старался(ась).
say 8-17 joy: Что помогло тебе справиться? Ты это заслужил(а).
avoid 0-7: Сидеть над уроками, пока не будет идеально.
avoid 8-17: Сравнивать его оценки с чужими.
avoid 0-7 joy: Сразу переходить к «а в следующий раз ещё лучше».
avoid 8-17 joy: Сразу ставить новую планку.

# friends
for: loneliness sadness shame anger jealousy fear
say 0-7: Давай подумаем, с кем можно поиграть и что сказать, чтобы присоединиться?
say 8-17: Они поступили некрасиво. Тебе просто выговориться или подумаем вместе, что
    | делать?
avoid 0-7: «Не обращай внимания» или «просто иди и подружись».
avoid 8-17: Идти в школу или к другим родителям, не обсудив с ним (если только никому не
    | грозит опасность).

# sibling
for: anger jealousy frustration sadness shame
say 0-7: Я не дам никому сделать больно. Расскажи, что случилось, потом выслушаем и брата
    | или сестру.
say 8-17: Я ни на чью сторону не встаю. Сначала хочу выслушать тебя, один на один.
avoid 0-7: Выяснять, кто первый начал, при обоих детях.
avoid 8-17: Сравнивать с братом или сестрой.
""",
}
"""The line a situation adds, per language: ``# situation`` sections with ``for:`` (the
emotions the lines fit; another emotion gets no situation line), ``say`` and ``avoid``
for the younger (0-7) and the older (8-17) bands, and optional per-emotion lines
(``say 8-17 fear:``) that take their place."""


# -- parsing and composing -------------------------------------------------------------------

_GROUPS: Final[dict[AgeBand, str]] = {"0-3": "0-7", "4-7": "0-7", "8-12": "8-17",
                                      "13-17": "8-17"}


def parse_sections(text: str) -> dict[str, dict[str, str]]:
    """``# name`` sections of ``label: body`` lines; a line starting with ``|`` continues
    the previous one (a line break inside one phrase is a space, between phrases a
    ``|``)."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    label = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("# "):
            current = sections.setdefault(line[2:].strip(), {})
        elif line.startswith("|") and label in current:
            current[label] += " " + line
        elif line:
            label, _, body = line.partition(":")
            label = label.strip()
            current[label] = body.strip()
    return sections


@dataclass(frozen=True, slots=True)
class _Guide:
    """The texts for one emotion (or "general") in one language."""

    need: str
    say: dict[AgeBand, tuple[str, ...]]
    avoid: dict[AgeBand, tuple[str, ...]]


def _guide(name: str, fields: dict[str, str]) -> _Guide:
    def phrases(label: str) -> tuple[str, ...]:
        return tuple(p.strip() for p in fields.get(label, "").split("|") if p.strip())

    try:
        need = fields["need"]
        say = {band: phrases(f"say {band}") or phrases("say") for band in AGE_BANDS}
        avoid = {band: phrases(f"avoid {band}") + phrases("avoid") for band in AGE_BANDS}
    except KeyError as missing:
        raise ValueError(f"guidance for {name!r} lacks {missing}") from None
    for band in AGE_BANDS:
        if not 2 <= len(say[band]) <= 3 or not 1 <= len(avoid[band]) <= 3:
            raise ValueError(f"guidance for {name!r}, {band}: 2-3 phrases and 1-3 avoids")
    return _Guide(need, say, avoid)


@dataclass(frozen=True, slots=True)
class Advice:
    """A situation's line for one emotion and band: one thing to say, one to avoid."""

    say: str
    avoid: str


def _advice(name: str, fields: dict[str, str]) -> dict[tuple[str, str], Advice]:
    """(emotion, band group) → the situation's advice, for every emotion in ``for:``."""
    fitting = fields.get("for", "").split()
    if not fitting or not set(fitting) <= set(EMOTIONS):
        raise ValueError(f"situation {name!r}: 'for:' must list emotions, not {fitting}")
    found: dict[tuple[str, str], Advice] = {}
    for emotion in fitting:
        for group in ("0-7", "8-17"):
            say = fields.get(f"say {group} {emotion}") or fields.get(f"say {group}")
            avoid = fields.get(f"avoid {group} {emotion}") or fields.get(f"avoid {group}")
            if not say or not avoid:
                raise ValueError(f"situation {name!r} lacks say/avoid for {group}")
            found[emotion, group] = Advice(_one_phrase(say), _one_phrase(avoid))
    return found


def _one_phrase(body: str) -> str:
    """A situation's line is one phrase: a ``|`` only continues it on the next line."""
    return " ".join(body.replace("|", " ").split())


def _compile() -> tuple[dict[str, dict[str, _Guide]],
                        dict[str, dict[str, dict[tuple[str, str], Advice]]]]:
    guides: dict[str, dict[str, _Guide]] = {}
    advice: dict[str, dict[str, dict[tuple[str, str], Advice]]] = {}
    for lang in LANGUAGES:
        sections = parse_sections(GUIDANCE[lang])
        guides[lang] = {name: _guide(name, fields) for name, fields in sections.items()}
        missing = {*EMOTIONS, "general"} - guides[lang].keys()
        if missing:
            raise ValueError(f"no {lang} guidance for {sorted(missing)}")
        by_situation = parse_sections(SITUATION_GUIDANCE[lang])
        advice[lang] = {name: _advice(name, fields) for name, fields in by_situation.items()}
    if advice["en"].keys() != advice["ru"].keys():
        raise ValueError("situation guidance differs between languages")
    return guides, advice


_GUIDES, _ADVICE = _compile()

SITUATIONS_ADVISED: Final = frozenset(_ADVICE["en"])
"""The situations with advice (every one the situation cues name)."""


def compose(
    emotion: str | None, situation: str | None, band: AgeBand, language: Language,
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(need, what to say, what to avoid) for an emotion (None: unclear, the general
    texts) and a situation in ``band`` and ``language``: the emotion's 2-3 things to say
    with the situation's line as the last one, and the situation's thing to avoid first,
    then the emotion's (1-3 in all)."""
    guide = _GUIDES[language][emotion or "general"]
    say, avoid = guide.say[band], guide.avoid[band]
    if situation is not None and emotion is not None:
        advice = _ADVICE[language].get(situation, {}).get((emotion, _GROUPS[band]))
        if advice is not None:
            say = (*say[:2], advice.say)
            avoid = (advice.avoid, *avoid[:2])
    return guide.need, say, avoid
