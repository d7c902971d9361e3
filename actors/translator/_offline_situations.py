"""What happened, as a parent's message tells it: the offline translator's situation cues.

Pure data in the lexicon's entry syntax (docs/translator.md, section "The lexicon"),
compiled by ``_offline`` into a lexicon of its own and matched without negation ("не ест"
is still about food). Each situation's weights are summed; the strongest situation with a
total of 1 or more is the message's, ties going to the earlier one in ``ORDER``. The
advice each situation adds is in ``_offline_guidance``.
"""

from __future__ import annotations

from typing import Final

ORDER: Final[tuple[str, ...]] = (
    "loss", "new_baby", "separation", "screens", "bedtime", "food", "school", "friends",
    "sibling",
)
"""The situations, the more specific first (a tie goes to the earlier one)."""

CUES: Final[dict[str, str]] = {
    "loss": """
        умереть=2, умерший=2, смерть=2, похороны=2, похоронить=2, погибнуть=2, сдохнуть=2
        не стало=2, усыпить=2, кладбище=1.5, поминки=2, траур=2, горе=0.6, на радугу=1.5
        отдать ~ собаку|кошку|кота|щенка|котенка=2, пропал* кот*|кошк*|собак*|хомяк*=2, died=2
        dead=1.5, death=2, funeral=2, passed away=2.5, passed=0.5, grief=1.5, put down=1.5
        put to sleep=1.5, rehome*=2, grieving=2, cemetery=1.5, killed=1.5, got out and is gone=2
        ran away and=1, lost our|his|her dog|cat|hamster=2
    """,
    "new_baby": """
        новорожденный=2.5, новорожденная=2.5, новорожд*=2.5, младенец=2, младенц*=2
        родился|родилась|родились ~ брат*|сестр*|малыш*|дочь|дочка|сын=2.5
        брат*|сестр*|сестренк*|братик* ~ родился|родилась|появился|появилась=2.5
        после рождения=2, с рождения=1.5, кормлю грудью=2, грудью=1, беременн*=2, коляск*=0.7
        в роддом*=2, из роддома=2, малыша на руках=1.5, малыш у меня на руках=2, new baby=2.5
        the baby=1.2, newborn=2.5, baby sister|brother=2, baby was born=2.5, since the baby=2
        nursing the baby=2.5, nursing=1, breastfeed*=2, pregnant=2, feed the baby=2
        hold the baby=1.5, the babys=1.2, to the hospital=0.5, stroller=0.7
    """,
    "separation": """
        садик*=0.8, детсад*=0.8, ясли=0.8, ясельк*=0.8, в сад=0.8, воспитател*=0.5
        отвожу|отвела|отвел|отдаю|оставляю|оставила=1.2, не уходи=2, не оставляй=2, вцеп*=1.5
        цепля*=1.5, не отпускает=1.5, выхожу из комнаты=1.5, выхожу=0.8, прощани*=1.5
        прощаться=1.5, уходить на работу=1.5, ухожу на работу=2, командировк*=2, уехал*=1
        живет отдельно=2, развод*=2, в лагер*=0.5, лагерь=0.5
        когда ~ приедет|вернется|придет=1.5, ночной смены=1.5, в рейс*|рейсе=1.5
        drop off|offs=2, dropoff=2, daycare=0.8, preschool=0.8, kindergarten=0.8, nursery=0.8
        dont go=2, dont leave=2, clings|clinging|clung=1.5, wont let me go=1.5, when i leave=1.5
        leave the room=1.5, out of her|his sight=1.5, goodbye*=1.5, away for work=2
        business trip=2, deployed=2, moved out=1.5, divorce*=2, camp=0.5, sleepover=0.5
        night shift=1.5, when ~ coming back=1.5, come back=1
        пока меня нет=1.5, пока я не вернусь|приеду=1.5, стоит мне выйти=1.5, ходит за мной=1
        while im out|gone=1.5, until i ~ got|get|came|pulled ~ back|home|in=1.5, follows me=1
    """,
    "screens": """
        забра*|отобра*|отня*|выключ*|отключ*|запрет*|забира* ~ планшет*|телефон*|мульт*=2.5
        забра*|отобра*|отня*|выключ*|отключ*|запрет*|забира* ~ комп*|приставк*|ноут*|игр*=2.5
        забра*|отобра*|отня*|выключ*|отключ*|запрет*|забира* ~ wifi|вайфай*|интернет*=2.5
        забра*|отобра*|отня*|выключ*|отключ*|запрет*|забира* ~ телек*|телевизор*|ютуб*=2.5
        забра*|отобра*|отня*|выключ*|отключ*|запрет*|забира* ~ гаджет*=2.5, планшет*=0.6
        телефон*=0.5, мультик*=0.6, мультфильм*=0.6, компьютер*=0.5, комп=0.5, приставк*=0.6
        ютуб*=0.6, тикток*=0.6, гаджет*=0.6, телевизор*=0.5, телек*=0.5, экран*=0.5, wifi=0.6
        вайфай*=0.6, интернет*=0.4, катк*=0.5, в игре=0.5, в игру=0.5, уровень=0.3
        выключил*|выключила|выключаю|отобрал*|забрал*|отключил*=0.6
        took|take|taking ~ ipad|tablet|phone|xbox|switch|laptop|console|screen=2.5
        turned|turn|switched|switch ~ off ~ tv|wifi|xbox|cartoons|show|game|screen*=2.5
        no gaming|screens|tv|phone=2, screen time=2, ipad=0.6, tablet=0.6, phone=0.5, xbox=0.6
        playstation=0.6, nintendo=0.6, fortnite=0.6, roblox=0.6, minecraft=0.6, youtube=0.6
        tiktok=0.6, cartoons=0.6, tv=0.5, gaming=0.6, laptop=0.4, mid game=0.6, level=0.3
        wifi=0.6, took|take|taking away=0.6, turned|switched off=0.6
    """,
    "bedtime": """
        спать=1, сон=0.8, сна=0.8, уснуть=1, засыпа*=1, заснуть=1, уложить=1.5, укладыва*=1.5
        перед сном=2, ночью=1, ночи=0.8, ночь=0.8, кроват*=1, в кровать=1.5, дневной сон=2
        дневного сна=2, не спал днем=2, кошмар*=1, просыпа*=1, будить=1, вечером=0.5, bedtime=2
        bed=1, sleep=1, sleeping=1, asleep=1, nap=1.5, naps=1.5, napping=1.5, night=1
        at night=1.5, tonight=0.5, nightmare*=1, wake*=1, woke=1, evening=0.5, lights out=2
        light off=1.5, light on=1.5, свет=0.8, без света=1.5
    """,
    "food": """
        ест=1.2, есть не=1, не ест=2, кушать=1.5, кушает=1.5, поесть=1.2, еда=1.5, еду=0.8
        суп*=1.5, каш*=1.2, овощ*=1.2, брокколи=1.5, тарелк*=1.2, ужин*=1, завтрак*=1
        кормить=1.2, покормить=1.2, ложк*=1, бутылочк*=1, печень*=1, конфет*=1, сладк*=1, чупа=1
        десерт*=1.2, мороженое=0.8, сок=0.8, за столом=1.5, перекус*=1.2, eat=1.2, eats=1
        eating=1.2, food=1.5, dinner=1, breakfast=1, meal*=1.2, plate=1, soup=1.5, porridge=1.2
        broccoli=1.5, vegetable*=1.2, veggies=1.2, spoon=1, bottle=0.8, cookie*=1, candy=1
        sweets=1, dessert=1.2, snack*=1.2, picky=1.5, at the table=1.5, juice=0.8, ice cream=0.8
        toast=1
    """,
    "school": """
        школ*=1, урок*=1, домашк*=1.5, домашн* задани*=1.5, задани*=0.6, учител*=1.2
        учительниц*=1.2, класс=0.6, классе=0.6, контрольн*=1.2, экзамен*=1.2, егэ=1.2, огэ=1.2
        оценк*=1, двойк*=1.2, тройк*=1, пятерк*=1, дневник*=1, математик*=1.2, диктант*=1.2
        олимпиад*=1, прописи=1.2, тетрад*=1, учебник*=1, задач*=0.8, у доски=1.5, дроб*=1
        таблиц* умножени*=1.5, директор*=1, билет*=0.4, сочинени*=1, проект*=0.5, school=1
        homework=1.5, teacher=1.2, class=0.6, test=1, tests=1, exam*=1.2, quiz=1, grade=0.8
        grades=1, report card=1.5, math=1.2, fractions=1.2, times tables=1.5, spelling=1
        principal=1, essay=1, project=0.5, worksheet=1.2, handwriting=1, finals=1.2
        notebook=0.8, textbook=1, the book=0.4, in class=1, lesson*=1
    """,
    "friends": """
        друг=1, друга=1, другу=1, друзья=1.2, друзей=1.2, друзьями=1.2, подруг*=1.2
        подружк*=1.2, одноклассник*=1, компани*=1, дразн*=1.5, травл*=2, буллинг*=2, обижают=1.5
        не дружат|дружит=1.5, не позвали=1.5, без него|нее|меня=0.8, чат*=0.8, на перемен*=1.2
        на площадке=0.8, во дворе=0.8, мальчишк*=0.8, девочки=0.8, ребята=0.8, с ним никто=1.5
        с ней никто=1.5, со мной никто=1.5, friend=1, friends=1.2, bff=1.5, best friend=1.5
        classmate*=1, bully=2, bullied=2, bullying=2, teas*=1.5, picked on=2, made fun of=2
        mean girls=2, left out=1.5, not invited=1.5, wasnt invited=1.5, recess=1.2
        playground=0.8, group chat=1.5, the girls=0.8, the boys=0.8, the other kids=1
        kids at school=1, the class=0.6, nobody plays=1.5, no one plays=1.5, without him|her=1
    """,
    "sibling": """
        брат=1.5, брата=1.5, брату=1.5, братом=1.5, братик*=1.5, братишк*=1.5, сестр*=1.5
        сестренк*=1.5, сестричк*=1.5, близнец*=1.5, близняш*=1.5, младш*=1, старш*=0.8, кузин*=1
        двоюродн*=1, brother*=1.5, sister*=1.5, sibling*=1.5, twin*=1.5, cousin*=1
        the little one=1, the older one=1, the younger one=1, his brothers|sisters=1.5
    """,
}
"""Cue entries per situation, in both languages."""
