"""The offline translator's cue lexicon: pure data, compiled by ``offline`` at import.

One entry per comma or line (``#`` starts a comment): ``word``, ``stem*``, ``a|b*``, and in
phrases ``tok?`` and ``~``, with an optional ``=weight``; keys starting with ``_`` are
context flags, not emotions. Russian stems are short enough to cover a child's endings;
English entries have no apostrophes. See docs/translator.md, section "The lexicon", for
the full syntax and the flags.
"""

from __future__ import annotations

import re
from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CUES: Final[dict[str, str]] = {
    "anger": """
        =врежу=2.5, =вмажу=2.5, =тресну=2, пусть катится=1.5, достал* ~ меня=1.5
        rolls her|his eyes=0.8, закатывает глаза=0.8, snaps at=1, огрыза*=1, зли*, злю*, злой
        злая, злые, злое, злюка*, злоб*, злост*, разозл*=1.5, обозл*=1.5, сердит*, сержусь
        сердишь*, рассерд*=1.5, ярост*=2.5, взбес*=2.5, бешен*=2, бесюч*=1.5, беси*=2, бесит*=2
        бесят=2, бесишь=2, бешу, бомбит=1.5, психу*=1.2, психанул*=1.5, тебя ненавижу=3.5
        ненавижу тебя=3.5, ненави*=2.5, ненавеж*=2.5, ненавиж*=2.5, =убью=3, =убить=2
        =прибью=2.5, =ударю=2, дурак*=1.2, дура=1.2, дурын*=1.2, тупица=1.2, идиот*=1.5
        придур*=1.5, урод=1.2, отстан*=1.5, отвали*=2, =уйди=1.5, =уходи=1, заткн*=2
        =замолчи=1.5, =отойди=1, дерет*=1.2, дерусь, подрал*, драк*, бьет=1.2, бьется, бил=1
        била=1, ударил*=1.2, стукнул*=1.2, пнул*=1.2, пинает=1.2, толкает=1, толкнул*=1
        кусает=1.2, укусил*=1.2, кусается, царапа*=1, швыр*=1.5, кинул*=0.8, кидает*=0.8
        бросил*=0.6, бросает=0.6, хлопнул*=1.5, хлопает=1, топает=1, топал*=1, истерик*=1.5
        истерит=1.5, истерил*=1.5, грр, гр, рр, р=0.5, =мое=0.6, =моя=0.3, =отдай=1.2, нет=0.3
        =бесполезный=0.5, =гад=1.2, =гады=1.2, гадина=1.5, ты плох*=2, ты злая|злой=2.5
        ты дурак|дура=2, ты плохая мама=3, плохая мама=2.5, худшая мама=3, ненавижу тебя=3.5
        не люблю тебя=3, я тебя не =люблю=3, не трогай*=1.5, не =лезь=1.5
        оставь меня в покое=2.5, оставьте меня в покое=2.5, не =буду=0.6, не =хочу=0.4
        не =подходи=1.5, не =пойду=0.5, angry=2.5, angrier=2.5, anger, mad=2, madd*=2, furious=3
        rage=2.5, raging=2.5, pissed=2.5, hate*=2, h8=2.5, h8t*=2.5, hatred=2.5, grr*, grrr
        argh=0.5, annoy*=1, annoying=2, idiot*=1.5, stupid=0.4, dumb=0.3, jerk=1.5, meanie=1.5
        shut=1, fight*=0.8, hit=1.2, hits=1.2, hitting=1.2, kick*=1.2, punch*=1.5, bite=1
        bites=1, bit=0.5, biting=1, scratch*=0.8, push*=0.8, shov*=1, threw=0.8, throw*=0.8
        slam*=1.5, smash*=1.5, tantrum*=1.5, =kill=2, =mine=1, shut up=2, go away=1.5, get out=2
        leave me alone=2.5, i hate you=3.5, hate you=3.5, you are mean=2, you are so mean=2
        youre mean=2, youre so mean=2, worst mom|mother|dad|mum|parent=3, dont touch=1.5
        stop it=1.2, give it back=1.2, its mine=1.5, i dont love you=3, not your business=1.5
        none of your business=1.5, i wont=0.5, no way=0.5, no=0.2
        # the emotion's words (lemmas: every form counts)
        злиться=2, разозлиться=2, злость=2, злой=2, сердиться=2, рассердиться=2, ярость=3
        в ярости=3, бесить=2, беситься=2, взбеситься=2.5, взбешен*=3, психовать=1.2, агрессив*=2
        агрессия=2, вне себя=2, красный от злости=2.5, злюка=2, ненавидеть=2.5
        # what an angry child does to someone
        наорать=1.5, накричать=1.5, огрызаться=1.5, хамить=1.5, нагрубить=1.5, грубить=1.2
        дерзить=1.2, обзываться=1.5, обозвать=1.5, послал* меня|нас=2, да пошли вы|ты=2.5
        колотить=1.2, лупить=1.2, драться=1.5, подраться=1.5, драка=1.2, ударить=1.2, бить=1
        пинать=1.2, пнуть=1.2, толкать=1, толкаться=1, кусаться=1.2, укусить=1.2, царапаться=1
        пинаться=1.2
        швырять=1.2, швырнуть=1.2, кидаться=1, замахиваться=1.5, с кулаками=2, сжал* кулаки=2
        хлопнуть ~ дверью|дверьми=2.5, топать ~ ногами=1.5, рычать=1, скандал=1.5
        устроил* скандал=2, орать ~ матом=1.5, я ему|ей|тебе покажу=2, еще покажу=2
        не твое дело=2, не указ=1.5, ты мне не нужна|нужен=2.5, жизнь портите|портишь=2.5
        портите ~ жизнь=2.5, тиран=1.5, =обижу=1.5, angry=2.5, anger=2, furious=3, livid=3
        =fuming=2.5, seething=2.5, enraged=3, irate=2.5, outraged=2.5, hostile=2, aggressive=2
        irritable=1, cross with=2, snapping at=1.5, snapped at=1.5
        yelled|screamed|shouted|yelling|screaming|shouting|swore|swearing|yells|screams at me|us=2
        орет|кричит|кричал|кричала|орал|орала|наорал|наорала на меня|нас=2, кулаком=1.5, ссор*=1
        разбил*=0.8, pinch*=1, called me names=2, calling me names|names=2, calls me names=2
        called me a=1.5, swear*=1, cursing=0.8, f off=2.5, slammed the door=2.5
        slamming ~ doors|door=2.5, smack*=1.2, lost it=1.5, went at him|her=2, on purpose=1.5
        out of spite=2, spite=1.5, ruining my life=2.5, ruining her|his life=2.5
        ruin my life=2.5, get off my back=2.5, get out of my room=2.5, gonna pay=2
        going to pay=2, growl*=1, red in the face=1.5, fists clenched=2, clenched=1.5
        =storming=1.5, stormed off=2, rude=1.5, talking back=1.5, defiant=1.5, hisses=0.5
        # emoji names (emoji.demojize): 😡 😠 🤬 👿 💢 👊 🖕
        enraged face=2.5, angry face=2.5, face with symbols on mouth=2.5
        angry face with horns=2.5, anger symbol=2, oncoming fist=2, middle finger=2.5
        pouting face=2, back off=2, stay out of my life|room|business=2.5, out of my life=2.5
        не лезь* ~ в мою жизнь=2.5, взвинчен*=1.5, подлец=1.5
        разберусь|разберется ~ с ним|ней=1.5, sulk*=0.8, надулся|надулась|дуется=0.8
        sick|tired of you=3, your stupid rules=2, со своими правилами=1.5, меня достал*=2
        not the boss of me=2.5, youre not my boss=2.5, не командир=2.5, не начальник=2.5
        stomp*=1.2, топнуть=1.2, with his|her fists=2, went for him|her=2, набросил*=2
        сам|сама иди|ложись=2, you go to bed=2, you go away=2, im not going=1.5, i wont go=1.5
        не пойду я=1.5
        # behaviour at a limit, the feeling unnamed
        slap*=1.2, сквозь зубы=1.5, отвяж*=2, отцепись=2, not my friend anymore=2.5
        youre not my friend=2.5
        орет|кричит|кричал|кричала|орал|орала|наорал|наорала на брата|сестру|него|нее|друга=2
        yelled|screamed|shouted|yelling|screaming|shouting|yells|screams at him|her|his=2
        im not cleaning|tidying|doing|eating|wearing=1.5, you do it=1.5, сам|сама убирай=2
        # blowing up at a limit, at the parent: pushing, throwing at, the silent treatment
        blew up=2, blows up=2, went ballistic=2.5, flipped out=2, взорвался|взорвалась=1.5
        pushed|shoved|hit|kicked|punched|slapped|scratched|bit me|us=2.5
        толкнул*|ударил*|пнул*|стукнул*|укусил*|поцарапал* меня|нас=2.5
        threw|throws|thrown ~ at me|us=2.5, швырнул*|кинул*|бросил*|швыря* ~ в меня|нас=2.5
        silent treatment=2.5, демонстративно ~ молчит|молчал*|игнорир*=2.5
        перестал* со мной разговаривать=2.5, не разговаривает со мной=2, wont talk to me=2
        isnt|hasnt been talking to me=2, kicked|kicks|punched the wall|door=2
        пнул*|пинает|ударил* ~ стену|дверь=2, врубил*|включил* ~ музыку=1.2, музыка на всю=1.5
        cranked|blasting|blasts ~ music=1.5, face with steam from nose=2
        не смей=2, dont you dare=2.5, tell me what to do=2, не указывай=2, не командуй=2
        мне указывать=2
        уйду|уйдет из дома=2, leave home if=2.5, без стука=1.5, without knocking=1.5
        hurl*=1.5, назло=2, разбросал*|раскидал*=1
        # round after the fourth blind set: hostility at a limit
        bit ~ cousin|brother|sister|friend|kid|boy|girl|me|dad|mom=2, толкает всех=2
        вырывает ~ лопатки|игрушки=1.5, вырывает из рук=1.5, отбирает у всех=1.5
        говорят нет|нельзя=1.2
        says no to him|her=1.2, when told no=1.5
        порвал|порвала ~ сестре|брату ~ тетрад*|рисун*|книг*|альбом*=2.5
        не разговаривает с ~ сестрой|братом=2, wont speak|talk to her|his ~ sister|brother=2
        # round after the seventh blind set: a blow at a limit, anger at a person
        pulled my hair=2.5, дернул* меня за волосы=2.5, bit my arm|hand=2, укусил* меня=2
        talks|talking|treats|treating ~ like a baby|toddler=1.5, как с малышом|маленьким=2
        kicked her|his ~ chair=2
        швырнул*|кинул* в нее|него=2, threw ~ at her|him=2
        # round after the eighth blind set: rude to a relative over a question
        swore at=2, выругался=2, выругалась=2, нагрубил*=2, swore and left=2
        rude to ~ grandfather|grandpa|grandma|granny|teacher=2, вышел из за стола=1.5
        # round after the ninth blind set: a sibling chased, "you're unfair", "not my mum"
        chased her|him ~ shouting|yelling=2.5, гонялся за ней|ним=2.5, гонялась за ней|ним=2.5
        youre unfair=2.5, вы несправедлив*=2.5, ты мне никто=2.5, ты мне не мама|папа=2.5
        youre not my mum|mom|dad=2.5
        # round after the tenth blind set: an adult ranted at, "picks on me on purpose"
        keeps picking on me=2.5, picks on me ~ on purpose=2.5, придирается ко мне=2.5
        вечно|постоянно цепляется ко мне=2.5, специально ко мне=2
        ругал*|ругала ~ последними словами|на чем свет стоит=2.5
        # round after the eleventh blind set: a bite when a toy is taken, revenge on a
        # sibling's thing, talking back to an adult
        bites ~ when|every time ~ grabs|takes=2.5, кусает ~ когда ~ отбирает|забирает=2.5
        кусает ~ каждый раз=2, порвал*|разорвал* ~ рисунок|комикс|тетрадь брата|сестры=2.5
        ripped|tore ~ brothers|sisters ~ drawing|comic|book=2.5, сам ты=2
        сами вы ~0 такой|такая|такие|виноваты|невоспитанная|невоспитанный|хам=2.5
        youre the one with no manners=2.5, hits the ~ gate|door ~ screams=2
        # round after the twelfth blind set: hissing at a parent over a limit
        шипит на ~ папу|маму=2.5, hissing at ~ mum|mom|dad=2.5
        # round after the thirteenth blind set: nasty words to a relative, spitting, "says
        # they deserved it", revenge for being told on
        наговорил*|наговорила ~ гадостей|гадости|грубостей=2.5
        said nasty|mean|horrible things to=2.5, плюнул*|плюнула|плюется ~ в=2.5
        spat|spits ~ at=2.5, says ~ deserved it=2.5, тот|та сам|сама заслужил*|заслужила=2.5
        called ~ a name=2, after ~ told on him|her=2.5, на него|нее|меня нажаловал*|наябедничал*=2.5
        # round after the fourteenth blind set: a sibling chased, "never giving you anything
        # again", a sheet thrown at a teacher's feet, the carer hit at a limit
        гонялся|гонялась за ним|ней=2, больше никогда ничего ~ не дам=2.5
        threw it at ~ feet|face=2.5, at the teachers feet=2.5
        hitting|hits|hit the babysitter|nanny|sitter|teacher=2.5
        # round after the fifteenth blind set: a fight broken up, slamming after a silent
        # glare, hitting whoever touches his things, no apology
        еле|пришлось разняли|разнимать=2.5, демонстративно хлопает|грохает|хлопнул|грохнул=2.5
        грохает|грохнул посудой|дверью=2.5, touches his|her stuff|things=2
        refused|refuses|wouldnt to apologize|apologise=2.5
        # round after the sixteenth blind set: things thrown out of the window, a teacher called
        # an unfair fool, hair grabbed and not let go, "don't bother coming"
        выкинет|выкину|выброшу|выбросит ~ в окно=2.5, несправедливая|несправедливый дура|дурак=3
        grabbed ~ hair=2, wouldnt let go=1.5, dont bother coming=3
        # round after the eighteenth blind set: messages read, a sign on the door
        keep out|knock first sign=2.5, leaves|walks out when i come|walk in=2.5
        # round after the twenty-first blind set: a referee shoved
        shoved the ref|referee=3
        # round after the twenty-second blind set: "you have no right", a slip torn up
        не имеешь|имеете права=3, you have|had no right=3, ripped|tore up ~ slip|note|letter=3
        glared at=1.5
        # round after the twenty-third blind set: "he's angry at his brother", blocks thrown at him
        на брата|сестру злится=3, кидается в него|нее|брата|сестру=2.5
        # round after the twenty-fourth blind set: "you're psychos", a pillow punched till it tore
        youre|you are psychos=3, punched his|her pillow=2.5
        # round after the twenty-sixth blind set: «верни сейчас же», a kid pushed off the swing,
        # "it's MY body" and a hang-up
        верни сейчас же=3, pushed ~ off the swing|slide=2.5, its my body=2.5, hung up on me=2.5
        # round after the twenty-seventh blind set: a spit, arms crossed, «врежет»
        плюнул*=2.5, руки скрещены=1.5, =врежет=2.5
        # round after the twenty-eighth blind set: rude to a grandmother before everyone, headphones
        # put on for show
        демонстративно=2.5, нагрубил*|нагрубила ~ при всех=2.5
        # round after the twenty-ninth blind set: «кричала на него, что он всегда врёт»
        всегда врешь|врет=3, кричал*|кричит на него|нее|меня=2
        # round after the thirtieth blind set: a grandmother pushed, words through the teeth, a wall
        # punched, "you never listen to me!" in the parent's face
        толкнул* бабушку|маму|папу|деда|дедушку=3, сквозь зубы=2.5, punched the wall=2.5
        you never listen=3, in my face=1.5
        # round after the thirty-first blind set: a teacher called names at home, a boy hit after a
        # foul, "she's MEAN"
        обзывает ее|его=2, ругается на учительницу|учителя|тренера=2.5, ударил* мальчика|девочку=2.5
        shes mean=2.5
        # round after the thirty-second blind set: a toy to a sibling's head, «вы все вредины», «ещё
        # раз тронешь — пожалеешь», "real mature", "don't talk to me", grounded
        по голове=1.5, вы все вредины=3, вредин*=1.5, пожалеешь=2.5, тронешь мои=2, возьмешь мой=1.5
        real mature=2.5, going through my=2, reading my=2, dont talk to me=2, =grounded=1.5
        # round after the thirty-third blind set: rude to a teacher, "now I'm enemy number one"
        нахамил*=2.5, враг номер один=3
        # round after the thirty-fourth blind set: shouting so the neighbours knocked, a face
        # scratched over a bucket
        орал* так=2.5, scratched ~ face=2.5
    """,
    "sadness": """
        тихо плач*|плак*=2.5, отменил*=1.5, cancel*=1.5, похорон*=3, funeral=3
        сам не свой|своя=2.5, забросил*=1.5, gave up on=1.5, больше никогда=2.5
        никогда больше=2.5, never again=2, never come back=2.5, не выходит из комнаты=2
        сидит в комнате=1.5, stays in his|her room=1.5, anymore=1, nothing is fun=2.5
        грустн*=2.5, груст*=2.5, грусно=2.5, грусна=2.5, печал*=2.5, обидн*=2, обидел*=1.5
        обижа*=1.5, обида=2, расстро*=2, несчаст*=2, тоск*=2, скучаю=1, скучает=1, соскуч*=1
        жалко=1.5, жаль=1.2, умер*=2.5, умерл*=2.5, погиб*=2.5, потерял*=1.2, пропал*=1.2
        сломал*=0.6, плохо=1, депрес*=3, уныл*=2, хочу умереть=4, не хочу жить=4, жить не хочу=4
        мне плохо=1.5, мне грустно=2.5, нет настроения=2, sad=2.5, sadd*=2.5, upset=2
        unhappy=2.5, miss=1, missing=1, missed=0.8, died=2.5, dead=1.5, dies=2, heartbroken=3
        depress*=3, gloomy=2, lost=0.6, broke=0.5, broken=0.8, hurt=1, down=0.5, blue=0.3
        been ~ down=2, so down=2, really down=2, hurt my feelings=2.5, hurts my feelings=2.5
        i want to die=4, wish i was dead=4, feel bad=1.5, feel down=2, nobody cares=1
        грустить=2.5, грусть=2.5, грустный=2.5, печаль=2.5, печальный=2.5, горько=1.5
        безутешн*=3, горе=2, горюет=2.5, тяжело переживает=2.5, очень переживает=1
        переживает потерю=3, расстроиться=2, расстроен*=2, расстраивается=2, обидеться=1.5
        обиделся=1.5, разочарован*=2.5, потух*=2, ничего не хочется=1.5, все зря=2
        замкнулся|замкнулась=2, ушел|ушла в себя=2.5, сердечко болит=2, сердце разбито=3
        тоскует=2, хандр*=2, депресси*=2.5, подавлен*=2.5, sad=2.5, sadness=2.5, unhappy=2.5
        upset=2, teary=1.5, heartbroken=3, devastated=3, gutted=2.5, disappointed=2.5
        disappointment=2.5, gloomy=2, miserable=2.5, inconsolable=3, grieving=3, grief=3
        mourning=3, lost interest=2, feeling down=2, withdrawn=2, moping=2, mopey=2, red eyes=1
        passed away=3, cry* ~ her|his eyes out=3
        # emoji names: 😭 😢 😞 😔 ☹ 🙁 😿 💔 😥 😓
        disappointed face=2, pensive face=2, frowning face=1.5, slightly frowning face=1.5
        broken heart=2.5, sad but relieved face=1.5, downcast face with sweat=1.5
        с красными глазами=1.5, red eyed=1.5, sigh*=1, вздыха*=1, вздохнул*=1, crestfallen=2.5
        downcast=2, поникш*=2, понур*=2, feel so low=2.5, feeling low=2.5, so low=2, мне ~ плохо=1.5
        все кажется бессмысленн*=2.5, everything seems pointless=2.5, nothing matters=2.5
        не вернется=2, isnt|wont ~ coming|come back=2.5, isnt coming back=2.5
        wont come back=2.5, never coming back=2.5, old house|home|room|school=1.5
        старый|старом|старой|старую квартир*|дом*=1.5, forever=1.5, навсегда=1.5, flew away=1
        улетел*=1
        # disappointment and loss shown, not named
        глаза мокрые=2, мокрые глаза=2, на глазах слезы=2, didnt get picked|chosen|selected=2
        не взяли в команду|сборную|студию=2, всплыл*=1.2, рыбка умерла|всплыла=2.5
        =die=1.2, never ~ wake up=2.5, больше не проснется=2.5, не проснется=2
        а теперь не поедем|пойдем|будет=2, really wanted to=1.5, так хотел|хотела=1.5
        wiping|wipes|wiped ~ eyes|tears=2, вытирает|вытирал* слезы|глаза=2
        # about to cry, a death named in passing, withdrawal, a loss, not chosen
        lip|lips|chin ~ trembling|trembled|quivering|quivered|wobbling|wobbled|wobbles|shaking=2.5
        губ*|подбородок ~ дрож*|трясут*|трясет*=2.5
        grandma|grandpa|granny|nana|grandad|grandfather|grandmother ~ passed=3
        uncle|aunt|dog|cat|pet|hamster ~ passed=3
        смерт*=2, после смерти=2.5
        skips|skipped|skipping ~ dinner|meals|lunch=1.5, hood up=1.5, earbuds|headphones in=1.2
        stopped hanging out=1.5, на ужин не вышел|вышла=1.5, не выходит к ужину=1.5
        ушел|ушла к себе=1.2, тихо ушел|ушла=1.5
        потерянн*=1.5, lost ~ teddy|toy|bunny|blanket|bear=2, потерял* ~ игрушку|зайца|мишку=2
        не прошел|прошла отбор=2.5, не взяли в ~ состав|основу=2.5
        didnt make the ~ team|squad|cut=2.5, did not make the ~ team|squad|cut=2.5
        больше не хочет|хотят дружить=2.5, doesnt|dont want to be ~ friends anymore=2.5
        лицом к стене=2, facing the wall=2
        задрожал*|дрожат|дрожит|трясут*|трясет*|затряс* ~ губ*|подбородок=2.5, молча=1
        в последний момент=1
        dumped=2, broke up=2, бросил парень=2.5, бросила девушка=2.5, расстал*=2
        not eating=0.6, не ест=0.6, lies there=0.8
        глаза на мокром месте=2.5, eyes are|were|look ~ wet|watery|teary=2
        делает вид ~ все равно=1.5, acts|acting like ~ doesnt care=1.5
        не прошел|прошла в ~ сборную|команду|состав=2.5, зачем я ~ старался|старалась=2
        why did i even ~ bother|try=2, больше не будет ~ дружить|играть=2.5
        wont be her|his friend anymore=2.5
        пустое место=1.5, empty spot=1.5, отдали=1, gave away=1, развод*=1.5, divorce*=1.5
        почти не разговаривает|говорит=1.5, barely talks|speaks=1.5, не дали роль=2
        didnt get the part=2, didnt get to be=1.5, всю дорогу ~ молчал*=2, молчал* всю дорогу=2
        silent all the way=2
        перестал* ~ рисовать|играть|читать|петь|танцевать=1.5
        stopped ~ drawing|playing|reading|singing|dancing=1.5
        moved to another ~ group|class|school=1.5
        перешел|перешла|перевели в другую ~ группу|класс|школу=1.5
        продаем|продали|переезжаем ~ дачу|дом|квартиру=1.5
        selling|sold ~ the|our ~ house|home|cottage=1.5
        was|got put to sleep=3, put ~ dog|cat|pet|puppy|kitty|hamster ~ to sleep=3, put down=1.5
        уснул*|усыпили навсегда=3, не поступила|поступил=2.5
        didnt get into=2.5, packed|put ~ away ~ in a box=1.5, убрал*|сложил* ~ в коробку=1.5
        # round after the fourth blind set: a loss or a let-down told by what happened
        перенесли|перенесл*|отменили ~ концерт|праздник|поездку|поход|день рождения=2.5
        концерт|праздник|поездку|поход|спектакль|матч ~ перенесли|отменили=2.5
        called off=2, rained out=2, got|was|were ~ cancelled|canceled|postponed=2
        party|picnic|trip|concert|show|play|game|sleepover ~ got|was ~ cancelled|canceled=2.5
        в воду опущенн*=3, как в воду опущен*=3, crushed=2.5, not herself|himself=2.5
        just sat on the ~ stairs|steps|porch=1.5, sat|sits|sitting on the stairs|steps=1.2
        сидит|сидел|сидела на ступеньк*|лестниц*|крыльц*=1.2
        вспоминает ~ старую|старый|старое|старых|прежнюю|прежний=2
        все не то=2, will take care of=1.5, not the same here=2, keeps talking about the old=2
        and forgot=1.5, и забыл|забыла|забыли=1.5, promised=0.6, обещал*=0.6
        never showed=2, didnt show up=2, не пришел|пришла на ~ выступление|концерт|матч=2.5
        fell down the drain=2, bye bye=1, пока пока=1, улетел|уплыл шарик=2
        balloon ~ floated|flew ~ away=2
        club|stable|studio|rink|pool|team ~ closed|folded=2.5
        club|stable|studio|rink|pool|team ~ shut down=2.5
        shut down for good=2.5, lessons ended=2, закрыли ~ секцию|кружок|клуб|студию|конюшню=2.5
        секцию|кружок|клуб|студию|конюшню ~ закрыли=2.5, больше никаких ~ тренировок|занятий=2
        новые хозяева|жильцы=1.5, продали=1, sold=0.8
        хоть одну|один ~ забрать=1.5, at least take=1.5
        next to the pieces=2, over the ~ scraps|pieces=2, над обрывками|обломками|осколками=2
        обломки=1, wouldnt get up=1.5, не вставал*=1, worked ~ for ~ weeks|months=1
        smashed|broke|ripped|tore ~ on the floor=1
        tore|ripped|wrecked ~ drawing|model|card|picture=2
        порвали|сломали|испортили ~ рисунок|поделку|открытку|модель=2
        dropped ~ ice cream=2, уронил|уронила ~ мороженое=2, doesnt want to see anyone=1.5
        lies on the couch=0.8,
        # round after the sixth blind set: a team that said no, a hurt kept quiet, a place gone
        cut from the team=2.5, didnt make the team=2.5, не =взяли в команду=2.5
        went straight to bed=1.5, сразу лег в кровать=1.5, сразу лег спать=1.5
        it doesnt matter=1.5, says its nothing=1, неважно=1, cut down ~ tree=2, спилили=2
        stood at the window=1.5, стоял у окна=1.5, стояла у окна=1.5
        # round after the seventh blind set: a place to be left, quiet
        my tree|swing lives|stays here|there=2.5, там же мои=2.5, тут же мои=2.5
        moving away from our house=2, selling the house|dacha|flat=2, продаем дачу|дом|квартиру=2
        # round after the eighth blind set: a death not understood, a thing he made destroyed
        when he|she|it will wake up=2.5, when hell|shell wake up=2.5, когда он|она проснется=2
        just sits there looking=2, просто сидит и смотрит=2
        not even angry=1.5, got stolen=1.5, украли=1.5
        # round after the ninth blind set: a pet promised and lost, an ending sat out alone
        already named him|her|it=2.5, придумала ей|ему имя=2.5, придумал ей|ему имя=2.5
        уже придумала имя=2.5, went to another|someone|other ~ family=2, забрали другие=2
        last game|match of the season=2, последняя игра сезона=2
        sat in the car ~ for ages|a long time=2, долго сидел|сидела в машине=2
        # round after the tenth blind set: a comfort toy lost, an effort ignored
        потеряли ~ зайку|мишку|игрушку=1.5, lost his|her ~ bunny|teddy|blanket=1.5
        didnt even look at|taste it=2, даже не посмотрел*|попробовал*=2
        # round after the eleventh blind set: a beloved toy broken, another child's damage
        ear|arm|leg|head came off=1, оторвалось|оторвалась ухо|рука|нога|голова=1
        wrapped in a towel|blanket=1.5, завернут* в полотенце|платочек=2
        crying quietly=2, тихо плачет=2, плачет тихо=2
        # round after the twelfth blind set: a favourite thing broken, a tiny voice
        in a tiny voice=2, тихим голосом повторяет=2
        # round after the fourteenth blind set: a shared hobby dropped after a friend moved,
        # quiet the whole way home after a loss
        hasnt touched his|her ~ in a|two=2.5, used to ~ together=1.5
        quiet the whole way|drive|ride=2.5, молчал|молчала всю дорогу=2.5
        # round after the fifteenth blind set: in the dark, skipping dinner; where a lost thing
        # used to stand; hands in the lap
        свет не включает=2.5, на ужин не вышла|вышел=1.5, where it used to=2.5
        hands in his|her lap=2.5
        # round after the sixteenth blind set: an old pet's last days
        не хочу чтобы он|она уходил|уходила=3, dont want him|her to go=3
        # round after the eighteenth blind set: gone to heaven and won't come again, "nobody
        # even noticed", a shared keepsake held at bedtime
        на небе ~ больше не=3, in heaven ~ wont=3, nobody|no one even noticed=3
        held|holding the ~ they|we made|shared=2
        # round after the nineteenth blind set: "it's over, that was it" after a last game
        its over ~ that was it=3, that was it=1.5
        # round after the twentieth blind set: "no longer my friend"
        больше не подруга|друг=2.5
        # round after the twenty-first blind set: old messages reread, "absolute heartbreak"
        rereading ~ old=2.5, absolute heartbreak=3
        # round after the twenty-second blind set: a lost toy cried over at night, old photos of a
        # home left behind
        со всхлипами=2.5, всхлип*=1.5, над старыми ~ фот*=2.5, прежн* квартир*|дом*=2
        # round after the twenty-third blind set: glasses grandpa picked, a dog rehomed and called
        grandpa|grandma picked=2, keeps calling his|her name=2.5
        dog|cat|puppy|kitten|hamster|rabbit ~ went to live=2.5
        # round after the twenty-fourth blind set: «я пела для тебя», a teacher leaving, a birthday
        # call that never came, "it won't be the same", the last visit, "I worked on it all week"
        я пела|пел для тебя=3, учительница|учитель уходит=2.5, может она|он меня разлюбил*=3
        it wont be the same=3, never see my room=3, last visit=2, worked on it all week=3
        in this small voice=2, stared out the window=2
        # round after the twenty-sixth blind set: where the fish is now, "everything is ruined",
        # a teddy left on a train and called for, "I wish grandpa was still here"
        рыбка теперь где=3, где теперь рыбка=3, все испорчено=2.5, плачет ~ зовет его|ее=2.5
        забыли в поезде|автобусе=2, wish grandpa|grandma|nana was still here=3
        # round after the twenty-seventh blind set: a swing not swung
        даже не качается=2.5
        # round after the twenty-eighth blind set: "I worked so hard on it and it broke"
        worked so hard on it=3
        # round after the twenty-ninth blind set: a castle knocked over by accident, sobbing
        # quietly
        knocked it over by accident=2.5, sobbing quietly=3
        # round after the thirtieth blind set: red eyes after a year's training, a favourite teacher
        # leaving
        покраснев* глаза=2, глаза покраснев*=2, готовил* целый год=2, teacher is leaving=2.5
        goes all quiet=1.5
        # round after the thirty-first blind set: the old dog put to sleep
        усыпили=3, пришлось усыпить=3
        # round after the thirty-second blind set: «хочу, чтобы он вернулся», «можно я просто
        # полежу», staring at the wall, "... ever again, will she?", the first night without a pet
        чтобы он|она вернул*=2.5, просто полежу=2, смотрит в стену=2.5, ever again=2.5
        first night without=3
        # round after the thirty-third blind set: «больше не лучший друг», a broken board thrown
        # away without a word, photos with an old best friend deleted, red eyes
        больше не лучший|лучшая=3, barely said a word=2.5, eyes red=2, old bestie=2
        # round after the thirty-fourth blind set: the pieces of a grandfather's kite held all the
        # way home
        held the pieces=3, all the way home=1.5
    """,
    "fear": """
        а если=2, если ~ умр*=2, =умрешь=2, =умрет=1.5, пожар*=2, вор|воры|грабител*=2
        точно ли=1.5, спрашивает ~ ли=1.2, =вернешься=1.5, не =вернешься=2, вцепил*=2, цепля*=2
        тряс*=1.5, живот болит=2, болит живот=2, больно=1, зубно*=1.5, пылесос*=1.5, гром*=1.2
        перед школой|садиком|контрольной|выступлением|экзаменом|соревнованиями|огэ|егэ=1.5
        выступлен*=1.2, не отпускает=2, не дает уйти=2, там кто|что то=1.5, asks if=0.8
        asking if=0.8, keeps asking if=1.5, come back=1.5, cling*=2, going to die=2.5
        will you die=2.5, burglar*=2.5, lock*=0.6, symptom*=1.5, tumor*=2, cancer=2
        headache=0.5, tummy ache|hurts=2, stomach ache|hurts=2, vacuum=1.5, fireworks=1.2
        =loud=0.8, =recital=1.2, performance=1.2, =presentation=1.2
        before school|exams|tests|recitals=1.5
        before the|a|his|her ~ test|game|recital|performance|exam|show=1.5
        wouldnt|wont|doesnt let me leave=2, theres something=1.5
        something up|under|in there=1.5, upstairs=0.5, страш*=2.5, стражн*=2, боюс*=2.5
        боюсь=2.5, бою=2, боимся=2, боит*=2, боязн*=2, испуг*=2.5, испуга*=2.5, напуга*=2.5
        пуга*=1.5, ужас=1.5, ужасы=1.5, жутк*=1.5, кошмар*=2, монстр*=2, чудовищ*=2, привиден*=2
        призрак*=2, бабайк*=2, бабай=2, темнот*=1.5, темно=1.2, тревож*=2.5, тревог*=2.5
        волну*=2, нервнича*=2, нервы=1, переживаю=2, переживает=1.5, паник*=2.5, опасн*=1.5
        трясу*=1, дрож*=1, стрем*=1, контрольн*=0.5, экзамен*=0.6, огэ=0.6, егэ=0.6, укол*=1.2
        врач*=0.6, зубн*=0.6, прячет*=0.8, спрятал*=0.8, прячется за=1.5, незнаком*=1.2
        вдруг=0.5, не уходи=2.5, не оставляй=2.5, не бросай=2, побудь со мной=2, останься=1.5
        хочу к маме=1.8, хочу к папе=1.5, хочу маму=1.5, мама не придет=2, а вдруг=2.5
        что если=2, что будет если=1.5, спать одн*=1.5, одн* в комнате=1.5, под кроватью=1.5
        в шкафу=1, не могу уснуть=1.2, плохой сон=1.5, страшный сон=2.5, scared=2.5, scary=2
        scare*=2, afraid=2.5, fear*=2, frighten*=2.5, terrif*=3, nervous=2, worried=2, worry=2
        worries=2, anxious=2.5, anxiety=2.5, panic*=2.5, nightmare*=2.5, monster*=2, ghost*=1.5
        dark=1.5, creepy=1.5, shaking=1, shaky=1, hide=0.6, hiding=0.6
        hides|hiding|hid behind=1.5, stranger*=1.2, test=0.4, exam=0.6, exams=0.6
        doctor=0.6, dentist=0.8, needle=1, shot=0.5, spider*=1, thunder*=1.2, what if=2
        dont leave=2.5, dont go=2, stay with me=2, dont leave me=2.5
        want mommy|mummy|mama|mom|mum|daddy=1.5, want my mom|mommy|mum|mama|dad|daddy=1.5
        freaking out=2.5, freak out=2, freaked out=2, under the bed=1.5, in the closet=1
        cant sleep=1, bad dream=2.5, sleep alone=1.5, бояться=2.5, страх=2.5, страшно=2.5
        страшный=2, испугаться=2.5, пугаться=2, напугать=2, тревожиться=2.5, тревога=2.5
        тревожный=2.5, волноваться=2, волнение=2, нервничать=2, паниковать=2.5, паника=2.5
        в панике=3, трястись=1.5, дрожать=1.5, вздрагивать=1.5, побледнел*=1.5, белый как=1.5
        стошнит=1, сердце колотится=2, колотится=1, трусишка=2, трусить=2, боязно=2, стремно=1.5
        жуть=1.5, клоун*=1, прятаться=0.8, за меня=0.6, умоляет=1.5, не надо=1, ни на шаг=2
        не отходит=1.5, вцепиться=2, вцепляться=2, цепляться=2, ты же не умрешь=3, не умрешь=2.5
        а если я=2, провалюсь=1.2, как его|ее|меня примут=1.5, вдруг что то случится=2.5
        scared=2.5, scary=2, afraid=2.5, fear=2.5, fearful=2.5, frightened=2.5, terrified=3
        petrified=3, spooked=2.5, startled=1.5, nervous=2, anxious=2.5, anxiety=2.5, worried=2
        worried sick=3, worrying=2, panic=2.5, panicking=2.5, panic attack*=3, trembling=2
        trembles=2, jumpy=1.5, goes|went pale=2, white as a sheet=2.5, heart racing=2
        racing heart=2, out of her|his sight=2, begging=1, begs=0.8, dread*=2.5, stage fright=3
        butterflies=1.5, the war=1, not going to die=2.5, not gonna die=2.5, clown*=1
        # emoji names: 😱 😨 😰 😟 😧 😦 🙀 👻 😬
        face screaming in fear=2.5, fearful face=2, anxious face with sweat=2, worried face=2
        anguished face=2, frowning face with open mouth=1.5, weary cat=1.5, ghost=1.5
        grimacing face=1, переживает из за=2, переживает что=2, worried about=2
        holding onto=1.5, holding on to=1.5, clinging to=1.5, elevator|lift=0.5, лифт*=0.5
        фен*=1.5, hairdryer|blender=1.5, блендер*=1.5, при звуке=1.5, at the sound of=1.5
        runs to me=1.5, бежит ко мне=1.5, will it hurt=2.5, going to hurt=2.5, gonna hurt=2.5
        будет больно=2.5, там|theres ~ собака|собаки|dog|dogs|паук|spider|монстр|monster=2
        there is ~ a|the dog|spider|monster=2, dreamed|dreamt|dream about=1.5
        снился|снилась|снилось|приснился|приснилась=1.5, leave the light on=2.5, оставь свет=2.5
        не выключай свет=2.5, dont turn off the light=2.5
        covers|covering|covered|cover ~ ears=2, закрывает|зажимает|закрыл* ~ уши=2, паук*=1.5
        залез|лезет|запрыгнул* ко мне на руки=1.5, точно заберешь|придешь|вернешься=2.5
        не забудешь=2, definitely ~ pick|come=2.5, не слезает с рук=2
        wont|doesnt|wouldnt get off my lap=2, wont|doesnt|wouldnt ~ let go=2
        # fear shown in the body or in hiding from a noise or an animal
        barks|barking=1.2, лает|залаяла|залаял=1.2, салют*=1.2, гремит=1
        grabs|grabbed|grabbing my hand|leg=1.5, hides|hid ~ face in my shoulder|chest=2
        прячет|спрятала|спрятал|уткнул*|утыкается ~ лицо в мое|мою плечо|грудь=2
        # fear told by the body and by worrying about what is coming
        грыз*|кусает|кусала|обкусыва* ~ ногти=2.5, biting|bites|bit|chewing|chews ~ nails=2.5
        nail biting=2.5, руки ледяные|холодные|трясутся=2, ледяные|холодные руки=2
        cold|clammy|sweaty hands=2, hands shaking|trembling=2, trembling|shaking hands=2
        бледн*=0.8, за кулисами=1, backstage=1, pale=0.8
        что ~ не сдаст|сдам|поступит|поступлю=2.5, что ~ провалит*|провалю*|завалит*=2.5
        going|gonna ~ fail=2.5, shes|hes|im going to fail=2.5, will fail=2, wont get in=2
        первый день в=0.8, first day at|of=0.8
        под одеяло|одеялом=1.2, under the blanket|covers|blankets=1.2
        into my arms=1.5, climbed ~ me=1.5, на руки ~ вцепил*=2.5
        since that|the movie|film=1.5, после того|этого фильма|мультика=1.5
        постоять у двери=2, stand by the door=2, leave the door open=2
        оставь|оставляй дверь открытой=2, тошнит=0.6, ворочал*=1.2, tossed and turned=1.5
        feels sick=0.6, собеседован*=0.6, interview=0.6
        что опозор*=2.5, make a fool of=3, hell|shell|ill|will ~ make a fool=3.5
        колени трясутся|дрожат=2, трясутся|дрожат колени=2, knees ~ shaking|trembling|knocking=2
        сверл*=1, drill|drills|drilling=1, jumps|startles at=1.2, вздрагива*=1.5
        при виде ~ собак*|собаки|паук*|врач*=2, at the sight of=1.5, переходит на другую сторону=2
        crosses the street=2, укусила|укусил собака=1.5, собака укусила|укусил=1.5
        =умрем=2, умрем|умрешь|умрет ли=2.5, не умрем|умрешь|умрет|умру ли=2.5
        пристал*|приставал* к ней|нему|ним=2.5, к ней|нему пристал*|приставал*=2.5, =пристал=1.5
        a man|guy|stranger ~ bothered|followed|grabbed=2.5, harassed=2
        застряли|застрял|застряла в лифте=2.5, stuck in the lift|elevator=2.5
        только пешком=1.5, only takes the stairs=1.5, держит меня за руку=1.2, holds my hand=1.2
        при виде=1.5, older kids=1, старшеклассник*=1, отбирают|отобрали ~ деньги=2
        take|took|takes ~ his|her money=2, begs me to=1
        # round after the fourth blind set: checking and following at a separation
        высматрива*=2.5, watching|watches|watched ~ for ~ car|headlights=2.5
        kept|keeps|keep checking ~ window=2.5, checking|checks|checked ~ window=0.8
        until i ~ pulled|got|came=1.2
        пока я не ~ вернусь|приеду|пришла|пришел=1.2, пока меня нет=1.2, while im out|gone=1.2
        follows|followed|following ~ me ~ room|everywhere|around=2, from room to room=2
        из комнаты в комнату=2, ходит|бегает|бежит ~ за мной=2, бежит|ходит следом=2.5
        виснет на ноге|мне=2, hangs on my leg=2, grabs my leg=2, стоит мне выйти=1.5
        every half hour=1.5, every five|ten|few minutes=1.5, каждые полчаса=1.5
        каждые пять|десять минут=1.5
        звонит|пишет|звонила|писала ~ каждые=2, calls|texts|called|texted ~ every=2
        where r u=1.5, where are you=1.5, ты где=1.2, где ты=1.2
        looks|looking|looked ~ over ~ shoulder=2.5, оглядыва*=2
        после новостей=1, after the news=1, after hearing about=1, kidnap*=2, похищени*=2
        asks me to walk her|him=2, only rides|goes|walks with=1, после того случая=1.2
        since what happened=1.5, after the ~ accident|crash=1.5, после аварии=1.5
        grips|gripped|gripping the seat=2, drive slowly|slower=1.5
        heard a noise|noises=1.5, услышал|услышала шум=1.5
        пришла|пришел ко мне и легла|лег=1.5, came into our|my bed=1.5
        ice cold=1.5, ледяные=1.5, felt sick=0.8, тошнит перед=2
        kept rehearsing=1.5, speech=0.8, checks|checked ~ the? ~ stove|locks|door|corners=1.5
        проверяет ~ плиту|дверь|замок|углы|заперт*=1.5, заглядывает под кровать=2
        looks under the bed=2, ходит только со мной=2, only with me=1
        закрыла|закрыл уши=1.5, hands over her|his ears=1.5
        # round after the sixth blind set: worry told by what the child does
        jumps at every|each ~ sound|noise=2.5, вздрагивает от каждого=2.5, jumpy=2
        slept in our bed|room=1.5, спал с нами=1.5, спала с нами=1.5
        if the plane=2.5, plane landed=2, не разбился ли=2.5, все ли в порядке с самолетом=2.5
        what to do if ~ gets|get lost=2.5, misses the connection=2, что делать если потеряется=2.5
        online school instead=2, study from home instead=2, учиться дома=1.5
        # round after the seventh blind set: worry about a procedure, searched at night
        does it hurt=2.5, больно ли=2.5, will it hurt=2, can i|he|she skip it=2
        можно ли не идти=2, про иголки=2, about needles=2, tooth extraction=1.5
        # round after the eighth blind set: a costume that frightens, results awaited
        shrieked|screamed|screeched and hid=2.5, завизжал*|закричал* и спрятал*=2.5
        hid behind my legs=2.5, спрятал* за мои ноги=2.5, спрятал* под стул=2
        keeps checking|refreshing ~ site|website=2, обновляет сайт=2, results are|come out=1.5
        # round after the ninth blind set: "I'll be ill that day", water fought
        ill|sick that day=2.5, в тот|этот день заболеет|заболею=2.5, заболеет в этот день=2.5
        отталкивает меня=1.5, закрывает лицо руками=1.5, как только льется вода=2
        # round after the eleventh blind set: hiding before an appointment, a call home at
        # night
        hid ~ and wont come out=2.5
        wants to come home ~ noises|creaky=2.5, whispering that she|he wants to come home=2.5
        что то скрипит=1.5, в домике ~ скрипит=2
        # round after the twelfth blind set: sick before an exam
        been sick ~ before|twice ~ exam|test=2, thrown|threw up ~ before|twice ~ exam|test=2
        стошнило ~ перед экзаменом=2
        # round after the fourteenth blind set: will the plane fall, won't go in alone, holding
        # on at the door, "who picks me up, promise?"
        а самолет|поезд не упадет|сломается|разобьется=3, не упадет=2
        wont go in|into the ~ alone=2.5, holds|holding onto her|his|my coat|leg|arm=2.5
        times who picks her|him|me up=2.5, made me promise=2, do i promise=2
        # round after the fifteenth blind set: hiding behind a parent at dogs, under a table in
        # a drill, eyes wide open in a storm
        прячется за меня=2.5, hid|hides under the desk|table|bed=2, fire drill=2
        eyes wide open=2, thunder|thunderstorm=1.5
        # round after the sixteenth blind set: will someone fall ill, the door checked, a siren
        не заболеет ли=3, заперта ли дверь=2.5, siren|sirens=2, face|head in my neck=2
        # round after the eighteenth blind set: a light kept on after something scary, afraid
        # to go out because of a neighbour's dog
        light ~ stay|stays|on ~ since|after=1.5, needs the ~ light on=2.5
        боится выходить=2.5, pressed against the wall=2
        # round after the nineteenth blind set: will the parent come back, not let go even to
        # the bathroom, "are you going to divorce", listening at the door
        вернется ли он|она=2.5, не отпускает меня даже=2.5, going to get divorced=3
        listens at our|the door=2.5
        # round after the twentieth blind set: pacing before a blood test, "he'll pass out"
        pass out=2, pacing=1.5
        # round after the twenty-first blind set: "says she'll crash", sweaty just talking
        says shell|hell crash=2.5, says she|he will crash=2.5, gets sweaty=2
        # round after the twenty-second blind set: Santa at the nursery and under the table, sick
        # before the results
        дед мороз ~ в слезы|рев|плач*=3, feels|feel like throwing up=2.5
        refreshing ~ scores|results|grades=2.5
        # round after the twenty-fourth blind set: hiding behind a leg from a clown, the drain
        спряталась|спрятался за мою ногу=3, клоун*=1.5, drain will suck=3, suck me in=2.5
        # round after the twenty-fifth blind set: a father in surgery, waiting by the phone
        в больнице на операции=2, не отходит от телефона=2.5, когда позвонят=2
        # round after the twenty-seventh blind set: the teacher pushed away at drop-off, frozen on
        # stage, "will they prick me again", "I can't do this", hands sweating
        отталкивает воспитательницу|воспитателя=2, застыл*=2.5
        будут ли опять колоть=3, опять колоть=2
        i cant do this=2.5, hands sweating=2.5, wont get behind the wheel=3
        # round after the thirtieth blind set: still startling at a fright
        до сих пор вздраг*=2
        # round after the thirty-second blind set: climbing up the parent's legs, "get it away",
        # "I literally can't breathe" before a test
        climbing up my legs=3, get it away=2.5, theres a bee|spider|wasp=2.5, cant breathe=2
        # round after the thirty-third blind set: a thunderstorm, everyone in the parents' bed
        гроза=2
        # round after the thirty-fourth blind set: backing away from the class bunny
        backing away=2.5, wouldnt go near=2.5
    """,
    "shame": """
        описал*=2.5, обписал*=2.5, обкакал*=2.5, мокр*=0.5, закрыва* лицо=2.5, закрыл* лицо=2.5
        не смотрит ~ в глаза=2.5, прячет глаза=2.5, опускает глаза=2, плохая девочка=2.5
        плохой мальчик=2.5, все ржали=2.5, ржали надо мной=2.5, называет себя=1.5, списыва*=1.2
        поймали=1.2, bad girl|boy=2.5, called herself|himself=1.5, wet the|his|her bed|pants=2.5
        wet himself|herself=2.5, peed=1.5, pooped=1.5, not to tell=2, never to tell=2
        made|make|making fun of=2.5, covers|covered|hides ~ face=2.5, caught=1.2, cheat*=1
        hasnt|havent|wont|doesnt|didnt|wouldnt|cant look* me in the eye=2.5
        wont|doesnt|didnt|wouldnt|cant look at me=2.5, leak*=1.5, points out=1, стыд*=3, стыж*=3
        постыд*=3, позор*=3, опозор*=3, кринж*=1.5, неловк*=1.5, стесня*=2, застесн*=2, смущ*=2
        краснею=1.5, покраснел*=1.5, виноват*=2, прости*=0.7, извини*=0.7, засмеют=2, засмеял*=2
        смеются=1, ржали=1.5, ржут=1.5, ржет=0.5, дразн*=1.5, я плох*|плохой|плохая=2.5
        я глуп*=3.5, я туп*=3.5, я дурак|дура|идиот*=3.5, я урод*|некрасив*|толст*|жирн*=2.5
        я неудачни*|лузер|бездар*=2.5, я хуже всех=2.5, я так*? глуп*|туп*|плох*=2.5
        я ничего не умею=2.5, я ни на что не годен|годна=3, не смотри*=1.5
        никому не говор*|рассказ*=2.5, не говори* никому=2, не рассказывай=1.5
        надо мной смеял*|смеют*=2.5, все смеял*=2.5, все видели=1.5, это я виноват*=3
        я не хотел*=1.2, это из за меня=2, cant|never show my face=2.5, ashamed=3, shame*=2.5
        embarrass*=2.5, humiliat*=3, cringe*=1.5, awkward=1, blush*=1.5, guilty=2, sorry=0.7
        teas*=1.2, mocked=2.5, высмеял*|высмеива*=2.5
        im stupid|dumb|bad|ugly|fat|useless|worthless|hopeless|pathetic=3.5
        im so stupid|dumb|bad|ugly|useless=3.5, im a loser|failure|bad*=2.5, i suck=2.5
        im the worst=2.5, im an idiot=2.5, im such a loser|failure|baby=2.5, dont look at me=2
        dont tell anyone=2, dont tell=1.5, everyone laughed=2.5, laughed at me=2.5
        laughing at me=2.5, laugh at me=2.5, everyone saw=1.5, my fault=2, its my fault=2.5
        didnt mean to=1.2, cant do anything right=2.5, стыдно=3, стыд=3, стыдиться=3
        стесняться=2.5, смущаться=2, смущен*=2, неловко=2, позор=3, опозориться=3, позорище=3
        сгорает от стыда=3, краснеть=1.5, покраснеть=1.5, покраснел* до ушей=2.5
        опустил* голову=2.5, опустил* глаза=2.5, не может на меня смотреть=2.5
        на меня не смотрит=2.5, не смотрит на меня=2.5, спрятал* лицо=2.5, закрыв лицо=2.5
        закрыл* лицо=2.5, спрятал* дневник=2.5, прячет дневник=2.5, не говори* никому=2
        никому не говори*=2.5, неудачни*=2, лузер=2, самый худший=2, уродск*=1.5
        будут смеяться=2, засмеялись=1.5, дети засмеялись=2, при всех=1.5, при всем классе=2
        все узнают=2, вина=1.5, совесть=1.5, соврал*=1, в штаны=2, передразнив*=1.5, ashamed=3
        shame=2.5, embarrassed=2.5, embarassed=2.5, mortified=3, humiliated=3
        self conscious=2.5, guilty=2.5, guilt=2, went red=2, turned red=1.5, red to the ears=2.5
        hung|hangs|hanging his|her head=2.5, head down=1.5, wont meet my eyes=2.5, cant face=2.5
        cant|wont|doesnt ~ look at me=2.5, covering his|her face=2.5, buried his|her face=2.5
        face in her|his hands=2.5, laugh at him|her|me=2.5, will laugh=2, kids laughed=2
        everyone will know=2, in front of everyone=2, in front of the ~ class=2
        in front of his|her friends=2
        call|calls|called him|her =names|fatso|fat|stupid|dumb|ugly|loser|baby=2.5, find out=0.8
        let ~ down=2, loser=2, failure=1.5, =lied=1, hid it=1.5, hid the=1.2, im bad=2.5
        feel so guilty=2.5
        # emoji names: 😳 🙈 😖 😣 🫣
        flushed face=2, see no evil monkey=2, confounded face=1.5, persevering face=1.5
        face with peeking eye=2, spilled|spilt=1.2, разлил*|пролил*=1.2, red faced=2
        сидит красн*=1.5, замечани*=1, staring|looking|stares|looks at the floor=2.5
        смотрит в пол=2.5, просит|умоляет не говорить=2.5, dont look=2, laugh at my=2.5
        going to laugh=2, смеят*=1, надо мной ~ смеят*=2.5, fool of myself|himself|herself=3
        made a fool=3, опозорил*=3
        боится|боялся|боялась признаться=3, опустив голову|глаза=2.5, намочил*=2, штанишк*=0.8
        я самая|самый глуп*|туп*|плох*|некрасив*|толст*=2.5
        im the dumbest|stupidest|worst|ugliest=2.5
        спрятал*|прячет|прятал* ~ обломки|осколки|куски|следы=2.5
        hid|hides|hiding ~ pieces|evidence=2.5
        его|ее|меня ~ назвали|обозвали|обзывают|обзывали=2, bad mark|grade|report=1.2
        плохую оценку|отметку=1.2, called him|her|me a|an baby|loser|freak|weirdo|crybaby=2.5
        просит|просил|просила|просят прощения=2, apologizing|apologising=1.5, saying sorry=1.5
        показываться|показаться ~ в школе=2, показываться|показаться на людях=2
        show|showing his|her|my face=2.5
        # a mistake hidden, eyes down: shame without its name
        прячет|спрятал*|прятал*|спрятать ~ тетрадь|оценк*|двойк*|тройк*|контрольн*|дневник=2.5
        hid|hides|hiding|hide ~ test|grade|report|card|homework|sheets|paper=2.5
        весь класс смеялся|ржал=2.5, класс смеялся=2, красный как рак=2.5
        wont|doesnt|cant|didnt|wouldnt look up=2, everyone is better than me|him|her=2
        все лучше меня=2, looking at the floor=2.5, looks at the floor=2.5
        # caught, unable to meet the eyes, laughed at, wanting to vanish, a body commented on
        смотреть ~ в глаза=2.5, не может|могут|хочет ~ смотреть ~ в глаза=3
        застукали|поймали ~ с|на=2, caught ~ cheating|smoking|vaping|stealing|lying=2.5
        got laughed at=3, laughed at him|her=2.5, над ним|ней ~ смеял*|посмеял*=2.5
        посмеялись над=2.5, want|wanted|wants to disappear=2.5, хочу исчезнуть=2
        провалиться сквозь землю=3, in front of my|his|her crush=2.5, перед всеми=1.5
        удалил*|удаляет ~ все|свои ~ фото|фотки|посты|пост=2
        deleted ~ all ~ pictures|photos|posts=2, deleted|deletes ~ his|her ~ pictures|photos|posts=2
        прыщ*=0.8, acne|pimples|zits=0.8, с опущенной головой=2.5
        я такой|такая ~ дура|дурак|тупая|тупой|глупая|глупый|идиотка|идиот=3
        im such an idiot=3, =дура=0.5
        описял*|описол*|обписял*=2.5
        wet sheets=2, мокрые простыни|простынь=2, hoping i|we wouldnt find=2.5
        чтобы я|мы не нашл*|увидел*=2.5, hides|hiding her|his hands|arms|legs|body=2
        прячет|прячут ~ руки|ноги=2, страшные|уродливые ногти|зубы|волосы|ноги=2.5
        said|says ~ her|his ~ nails|hair|teeth|skin|legs|body ~ gross|ugly|weird=2.5
        как будто ничего не было=2.5, как будто так и было=2.5, as if nothing happened=2.5
        put it back=1.5, положил*|положила ~ обратно=1.5
        # round after the fourth blind set: an accident, a meme
        сделал|сделала лужу=2.5, уткнулся|уткнулась ~ лицом=2.5
        buried ~ face=2.5, не поворачивается=1, wont turn round|around=1
        meme=2, мем*=2, deleted ~ account=2, удалил|удалила ~ аккаунт|страницу=2
        # round after the sixth blind set: sent to the head, hiding, "don't be disappointed"
        dont be disappointed=2.5, не расстраивайся во мне=2.5, не разочаровывайся=2.5
        head teacher=1, principals office=1.5, к директору=1.5
        hiding in his|her ~ wardrobe|closet=1.5
        # round after the seventh blind set: everyone but me, a body hidden after mockery
        everyone can ~ except me=3, все умеют ~ ~ кроме меня=3, everyone ~ but me=2
        hiding her|his book=2, мешковат*=2.5, огромные худи=2.5, baggy|huge ~ clothes|hoodies=2
        шутят|обсуждают ~ фигуру|вес=2.5, joke|jokes|discuss ~ about her|his ~ weight|figure=2.5
        # round after the eighth blind set: caught, the team let down, a body hidden
        let everyone|the team down=3, всех подвел=3, всех подвела=3, hood|hoodie up=2
        натянул|натянула капюшон=2, под капюшоном=2, wont smile in ~ photos=2.5
        не улыбается на фото=2.5, covers her|his mouth=2, прикрывает рот=2
        wont be in any photos=2.5, im an idiot=2, знаю что дура|дурак|идиот=2.5
        глаза в пол=2.5, в глаза не смотрит=2, описался|описалась=2
        period ~ stain=2.5
        # round after the ninth blind set: a slip laughed at, silence after
        didnt say a word to anyone=2
        # round after the twelfth blind set: the only one who couldn't
        and everyone else could=2.5, а все остальные смогли=3
        # round after the thirteenth blind set: an own goal, the head down all the way home
        own goal=2, в свои ворота=2, head down all the way=2.5
        kept|keeps apologising|apologizing=2, said sorry ~ times=2.5
        извинялся|извинялась перед=2
        # round after the fourteenth blind set: a bow skipped, "acted like he didn't know",
        # admitted it days later, a cap pulled down, out of the team photo
        на поклон не вышла|вышел=3, acted like she|he didnt know=3
        admitted it ~ after=2.5, red in the face ~ mumbling=2.5, mumbling sorry=2.5
        cap|hood|hat pulled down=2.5, wouldnt get|be in the ~ photo=2.5
        # round after the fifteenth blind set: an accident covered up, a face or a mouth covered
        накрыла|накрыл ~ полотенцем|подушкой|одеялом=2.5, ничего не было=1.5
        covers her|his mouth|face when=2.5, mouth closed=2
        # round after the sixteenth blind set: a lie found out, tears into a pillow, walking home
        # covering up
        уткнулась|уткнулся в подушку=1.5, прикрываясь курткой|рюкзаком|руками|сумкой=2.5
        # round after the eighteenth blind set: red-faced after rudeness, staring at his shoes,
        # wanting to change schools after a public fall
        сидел|сидела красный|красная=2.5, stared|staring at his|her shoes=2.5
        wants|want to change schools|school=2.5, whole ~ clapped|cheered=2
        # round after the nineteenth blind set: quiet as a mouse, eyes down, "they think I'm a
        # loser", a cover story asked for
        тише воды=2.5, не поднимает глаз=2.5, не глядит|смотрит в глаза=2.5
        think|thinks ~ loser=2.5, tell them he|she|i had a cold=3
        # round after the twenty-first blind set: "will the other kids remember", lines
        # forgotten in a play
        will remember=2, if the other kids will=2.5, forgot|mixed up his|her lines=2.5
        # round after the twenty-second blind set: "am I a terrible person?"
        я ужасный|ужасная|плохой|плохая человек=3, im|i am a terrible|horrible|bad person=3
        # round after the twenty-third blind set: «сам признался», «смотрит исподлобья», "I'm bad"
        сам признался|призналась=2.5, исподлобья=2.5, повторяет я плохой|плохая=3
        # round after the twenty-fourth blind set: "it was the cat" (no cat), covering the drawing,
        # a period that showed at school
        tried to cover it=2.5, it was the cat=2, showed on her skirt|trousers|pants=3
        tied a hoodie round|around her waist=2.5
        # round after the twenty-fifth blind set: turned down in front of friends, indoors since
        отшила ~ при друзьях=3, при друзьях=1.5
        # round after the twenty-sixth blind set: hiding in a corner after an accident, wrappers
        # hidden, face covered at "happy birthday"
        укакал*|описал* ~ прячется=3, фантики спрятал*=2.5
        covers her|his face with both hands=3, people sing happy birthday=1.5
        # round after the twenty-seventh blind set: drawings hidden under the bed, a hood up in the
        # car, apologising for the dent, "wouldn't let us say it was ok"
        спрятал* все под кровать=2.5, hood up=2, walked past us without=2.5, apologizing for=2.5
        apologising for=2.5, wouldnt let us say it was ok=3
        # round after the twenty-ninth blind set: a microphone left on in class, «я пьохая» and a
        # turn to the wall, "never going back", a towel over the head after a penalty
        оставил* включенным микрофон=3, все услышали=2, пьохая|пьохой=3, отвернулась к стенке=2
        never going back=1.5, towel over his|her head=3, kept saying sorry=2.5
        # round after the thirty-first blind set: an accident on the way to the toilet, "the kids
        # will laugh", apologising without end, a shirt pulled over the face, "the worst sister"
        не успел* до туалета=3, дети будут смеяться=2.5, извиняется без конца=3
        поцарапал* машину=2, shirt over his|her face=3, worst sister|brother=3
        # round after the thirty-second blind set: «я бяка» whispered behind the parent, "don't
        # LOOK at me!"
        я бяка=3, dont look at me=3
        # round after the thirty-third blind set: laughed at for braces, a dummy hidden under the
        # pillow
        посмеялись=2, под подушку=1.5
        # round after the thirty-fourth blind set: "I didn't do it" with her eyes on the floor
        eyes on the floor=3, i didnt do it=2
    """,
    "jealousy": """
        новорожд*=2.5, с рождения=2.5, родился|родилась|появился|появилась=1.5
        # rivalry told by what the child does or compares
        с появлением=2, since the baby=2.5, better than his|hers|mine|ours=2
        bigger than his|hers|mine=2
        отпихивает|отталкивает ~ малыша|сестру|брата|младшую|младшего=2.5
        в роддом=2.5, малыша обратно|назад=2.5, отдай|верни|отнеси ~ его|ее обратно|назад=2
        теперь дружит с=2.5, дружит с другой|другим=2.5, моя мама|мамочка=2.5, мой папа=2.5
        между нами=2, влезает между=2.5, везет ему|ей|же=2.5, везунчик=2, мисс совершенство=2.5
        baby came|arrived=2.5, baby was born=2.5, new baby=2, like a baby again=1.5, new bff=2.5
        new best friend=2.5, gets everything=2.5, he|she gets everything=2.5, lets him|her=1
        lucky him|her=2.5, miss|mr perfect=2.5, and|but not me=3
        you only ~ for|with his|her|him=2.5, he|she got=1, got more=2, got the ~ one=2
        my mommy|mama|daddy=1.5, gets between=2, ревну*=3, ревнив*=3, ревност*=3, завид*=2.5
        любимчик*=2, любимиц*=2, больше любишь|любите=3, любишь больше=3, любите больше=3
        любишь ее|его|их=1, а ему можно=2.5, а ей можно=2.5, ему можно=2, ей можно=2
        ему всегда=2, ей всегда=2, он|она всегда получа*=2.5, всегда ему|ей=2, ему все=1.5
        ей все=1.5, ему больше=2, ей больше=2, почему ему=2, почему ей=2, а мне=1, а мне нет=3
        а со мной=2.5, у всех есть=2, у всех ~ а у меня нет=3, а у меня нет=1.5
        верни* ~ обратно=2.5, унеси* ~ обратно=2.5, не хочу братика|сестренку|малыша=3
        лучше бы ~ не было=3, лучше бы ~ не родил*=3, только с ним|ней|малышом=2
        только ему|ей=1.5, всегда с ним|ней=1.5, с малышом=1, jealous*=3, envy=2.5, envious=2.5
        love him|her more=3, like him|her more=2.5, love the baby more=3, love * more=3
        he always gets=2.5, she always gets=2.5, always gets=2, he gets to=2, she gets to=2
        why does he|she get=2.5, why does he|she=1.5, why does|do ~ get|gets=2, why him=1.5
        why her=1.5, what about me=2, only him=1.5, only her=1.5, always him=1.5, always her=1.5
        everyone has=1.5, everybody has=1.5, everyone else has|gets=2, everyone else=1
        send * back=2.5, take * back=1.5, wish * never born=3, wish * wasnt born=3
        always about the baby=2.5, always about him|her=2.5, your favorite|favourite=2
        the favorite|favourite=2, favorite|favourite child=3, ревновать=3, ревность=3
        завидовать=2.5, зависть=2.5, любимчик=2.5, унести ~ обратно=2.5, между ними=2
        опять он|она=1.5, любить только=2, отталкивает малыша|младшего|младшую=2.5
        лезет на колени|руки=1.5, как малыш=2, как маленький=1.5, соску=1.5, новым мужем=1.5
        с новеньким|новенькой=2, бросит меня=2, со мной играй=2, jealous=3, jealousy=3, envy=2.5
        envi*=2.5, resent*=2.5, is our|your|the|their favourite|favorite=2
        favourite|favorite one|kid=2, gets away with=2, give her|him back=2.5
        pushes her|him away=1.5, pushes in between=2, in between=1.5, baby talk=2
        carried again=1.5, him again=1.5, her again=1.5, only love=2, hogging=1, the new kid=2
        all my time=1.5, and|but never me=2.5, а меня никогда=2.5, newborn=1.5
        ему|ей подарили=1
        # emoji names: 😒
        unamused face=1, replaced=2.5, got replaced=2.5, променял*=2.5
        new crowd|friends|group=1.5, новую компанию=1.5, новых друзей|подруг=1.5
        а ей|ему нет=2.5, and she|he|i didnt=2, but i didnt=2.5
        бить|бьет|ударил*|ударила|щипа*|толка* малыша|младш*|сестренк*|братик*=2.5
        hit*|pinch*|push*|bite*|bit|smack* the baby|newborn=2.5, только ~ любишь|любите|любит=3
        you only love=3, and|but mine ~ old|worse|smaller=2.5
        а у меня ~ старый|старая|хуже|меньше|ничего=2.5
        любит|любишь|любите|loves|likes ~ больше|more=3, больше чем меня=2.5, more than me=2
        # a friend's new friend, another family or child that has more, hand-me-downs
        ходит|гуляет|сидит ~ с другой|другим|новенькой|новеньким=2.5
        with the new girl|boy|kid=2, with another girl|boy|kid=2, теперь с ней|ним дружит=2.5
        now friends with=2, семья лучше=2, family is better|cooler=2.5
        parents are|is ~ cooler|better=2, а мы никогда=2, and we never=2, а у нас нет=2
        донашива*=2.5, hand me downs=2.5, i get nothing=2.5, а у меня ничего=2.5
        and im stuck with=2.5, has|have|got the newest|latest=1.5
        why can he|she|they=2
        другого парня|другой девушки|другую девушку=2, another guy|girls|guys=2
        checks|checking ~ her|his page|phone=1.5, проверяет ~ ее|его страницу|телефон=1.5
        такое же ~ но ~ красивее|лучше|больше=2.5, the same ~ but ~ nicer|better|bigger=2.5
        # round after the fourth blind set: rivalry told by what the child does
        between me and my ~ husband|wife|partner=2.5, between us=2
        между мной и ~ мужем|папой|женой|мамой=2.5
        whenever we hug=2, when we hug=2, когда мы ~ обнимаемся|целуемся=2, втискива*=2
        squeezes|pushes ~ between=2.5, throws himself|herself between=2.5, отталкивает папу|маму=2
        snide=2, some people=1, у некоторых=1.5, must be nice=2.5, perfect lives|life=2
        vacation|beach|holiday ~ pics|photos|pictures=1.5, фотки|фото ~ с отдыха=1.5
        counting who got|gets=2.5, считает кому ~ больше=2.5, why does ~ get everything=2.5
        почему ему|ей ~ все можно=2.5
        # round after the seventh blind set: praise for another, attention counted, a rival
        # belittled
        never say that about mine=3, про мои ты так никогда=3, а про мои=2.5, а про меня=2
        keeps track of who=2.5, следит кому=2.5, who sat next to me=2, кто сидел рядом=2
        how many minutes i spend=2.5, считает ~ минуты=2, подумаешь=1
        # round after the eighth blind set: a sibling's award torn down, a friend's success
        tore|ripped ~ off the wall|fridge=2.5, сорвал* ~ со стены|холодильника=2.5
        а она нет=2, а он нет=2, glad|happy for her|him but=2.5
        рада|рад за нее|него но=2.5, keeps looking at her|his ~ photos|posts=2, листает ее фото=2
        # round after the ninth blind set: presents for another, the spare friend, a favourite
        all the presents were for|went to=2.5, все подарки ~ имениннику|ей|ему=2.5
        just the spare|backup ~ friend|one=3, я теперь запасная|запасной=3
        grandmas|grandpas favourite|favorite=2.5, у бабушки любим*=2.5
        why did she|he get=2.5, so now shes|hes your daughter|son=3
        # round after the tenth blind set: a winner's success belittled
        its only because her|his ~ mom|mum|dad|mother|father=3
        это только потому что ее|его ~ мама|папа=3
        # round after the eleventh blind set: congratulations through the teeth, what all the
        # friends have, wishing to be another child
        congrats|congratulations|well done|thanks ~ through her|his teeth=2.5
        процедил*|процедила ~ молодец|поздравляю=2.5, молодец ~ сквозь зубы=2.5
        all her|his friends have|got=2.5, у всех подруг|друзей теперь=2.5
        i wish i was|were ~ because ~ has|have|gets=2.5, хочу быть как ~ потому что=2.5
        # round after the twelfth blind set: a pet pushed away, "why can't I be like",
        # leaving while a sibling is praised
        pushes the cat|dog away and=2.5, pushes it away and=2.5
        отпихивает|отталкивает его|кота|собаку=2
        why cant i be like=3, почему я не могу быть как=3
        left the table|room while we were congratulating|celebrating=3
        вышла|вышел из за стола пока мы ~ поздравляли=3
        # round after the thirteenth blind set: congratulations through gritted teeth, "look at
        # me" while another is fussed over, "the real son"
        поздравил*|поздравила ~ сквозь зубы=3, congrats|congratulated ~ through gritted teeth=3
        everyone fusses|fussed|fussing over=2.5, все сюсюкают с=2.5
        shouting|yelling|screaming look at me=2.5, посмотрите на меня=2
        the real son|daughter|kid|child=3, the favourite|favorite kid|child|son|daughter=2.5
        настоящий сын=3, настоящая дочь=3, said congrats ~ then went quiet=2.5
        # round after the fourteenth blind set: "hold me too" when the baby is picked up, the
        # younger one allowed earlier, "take him as your son then", "where is mine", a pet
        # shoved away, "the favourite", a share counted against a sibling's
        тоже ~ возьми меня=2.5, как беру на руки=2, младшей|младшему разрешили=2.5
        себе в сыновья|дочки|дочери=3, where is|s hers|his|mine=2.5, where hers|his is=2.5
        shoves|shoved|pushes the dog|cat away=2.5
        sister|brother|he|she|baby is the favorite|favourite=2.5
        counted ~ versus|vs=2.5, one less|fewer=2
        # round after the fifteenth blind set: the praised one's work belittled, grabbing when
        # another is praised, sulking at a sibling's award
        учительница несправедливая=2.5, похвалила|хвалила|похвалил|хвалил подругу|друга|соседа=2
        said what a clever|good=2, cousins|brothers|sisters scholarship|award|prize=2.5
        sulks every time|whenever=2
        # round after the sixteenth blind set: an ex's new partner, "is she prettier", a best
        # friend's matching things with someone new
        if she|shes|she is prettier=3, am i prettier=3, new girlfriend|boyfriend=1.5
        checking|checked ~ profile=2, matching bracelets|hoodies|necklaces|shirts=2.5
        # round after the eighteenth blind set: "you gave HIM more", the rival's presents
        # counted, "she's not even that good", "everyone has a better one"
        you gave|read ~ him|her ~ and me only=3, counted them=2, not even that good=3
        у всех нормальные=2.5, sour face=1.5, а у нее|него старье=2.5
        # round after the twentieth blind set: comparing himself, "when's MY birthday",
        # checking a friend's new group's stories, the attention someone else got
        сравнивает себя с=2.5, whens|when is my birthday=3, checking their|her|his stories=2.5
        got all the attention=2.5
        # round after the twenty-first blind set: onto the lap first, glaring at the visitors
        onto|on ~ lap first=3, glaring at them=2
        # round after the twenty-second blind set: barbs at a brother all dinner, wedged between a
        # hug, an ex with someone new
        язвит ~ брат*|сестр*=2.5, wedges|squeezes|pushes herself|himself between=4
        ex with someone new=3.5, scrolling ~ profile=2
        # round after the twenty-third blind set: a younger brother got it earlier, another child's
        # scooter stared at, "you never watch mine", an ex with a new guy
        got a phone at=2, had to wait till|until=2, staring at the other=2.5
        never watch|watched mine=3, ex posted=3, with a new guy|girl=2.5
        # round after the twenty-fourth blind set: a phone snatched while mum smiled at a nephew,
        # "she'll ditch me for them", "Lily's mom is nicer", the neighbour's new bike
        мама моя=3, ditch me for them=3, is nicer than you=3, you never have time to do mine=3
        baby stuff=2, watching him|her ride=2
        # round after the twenty-fifth blind set: "who even is this guy", a friend's sticker bigger
        who even is this guy|girl=3, was bigger and shinier=3
        # round after the twenty-sixth blind set: "you never come to MY games"
        never come to my=3
        # round after the twenty-seventh blind set: a friend's new scooter and his own «отстой»,
        # grandma praising the cousin's drawing, «по блату», "likes Mia best", comparing
        его|мой самокат ~ отстой=2.5, похвалила ~ кузена|брата|сестру|подругу=2.5, по блату=3
        likes ~ best because=3, keeps comparing=2.5
        # round after the twenty-eighth blind set: congratulations "through her teeth"
        through her|his teeth=3
        # round after the twenty-ninth blind set: «у Кирилла всё круче», «ему просто повезло»
        все круче=2.5, ему|ей просто повезло=3
        # round after the thirtieth blind set: «у Пети лего больше», a new girl everyone adores and
        # "is she prettier", a friend's puppy shown off, "everyone cheers for him", "your real kid",
        # a twin's trophy knocked over
        машинок|игрушек|лего|подарков больше=2.5, больше ~ чем у меня=3, все обожают=2, красивее=2
        умнее=1.5, showing it off=2.5, keeps showing ~ off=2, cheers for him|her=2.5
        nobody comes to mine=3, your real kid|son|daughter|child=3, accidentally knocking over=2
        twins|brothers|sisters trophy|medal=2.5
        # round after the thirty-first blind set: nasty words to the twin who got in and her script
        # hidden, "everything her big brother gets", "Grandma ALWAYS picks HIM", "I'm better" and
        # the brother's trophy hidden
        говорит сестре|брату гадости=2.5, wants everything her|his=3, always picks him|her=3
        im better=2, hid the trophy|medal=2.5
        # round after the thirty-second blind set: «только Соню снимала?», «лишь бы с чужими
        # детьми», "put the baby back", "I wish I was Aiden", "everyone ... except me", "I got
        # socks"
        только ~ снимала|фотографировала=2.5, с чужими детьми=3, the baby back=3.5
        i wish i was=2.5
        everyone likes=2, except me=2.5, i got socks|a book=2.5
        # round after the thirty-third blind set: «тебе Даня всегда больше нравился», «у всех ...
        # одна я как лох», fries counted on every plate, screaming when the parent hugs the dog
        больше нравил*=3, одна|один я как лох=3, counts the=2, when i hug=2.5
        # round after the thirty-fourth blind set: «выпендривается», "up up up me" when the parent
        # picks up the baby, a friend's new puppy called dumb
        выпендрива*=2.5, pick up the baby=2.5, puppy|kitten is dumb=3
    """,
    "loneliness": """
        кроме меня=2.5, не позвал*|пригласил*|добавил*|взял*=2, не дружим|дружат|дружит=2.5
        # missing someone, waiting for them: told by what the child does
        зовет бабу|бабушку|деда|дедушку|папу|маму=2, смотрит|стоит ~ в окно=0.8
        стоит у окна|двери=1.5
        ждет у окна|двери=2, keeps calling for=2, waits by the door|window=2
        want|wants my|her|his grandma|granny|nana|grandpa|grandad=2
        хочу|хочет к бабушке|бабуле|дедушке|деду=2
        nobody|noone ~ came=2.5, nobody|noone ~ showed up=2.5, никто не пришел=2.5
        переехал*=2, командировк*=2, спит с его|ее=2, когда|када ~ приедет|придет|вернется=2
        где бабушка|дедушка|папа=1.5, у окна=1.5, невидимк*=2.5, новая школа=0.8, скучаю=1.5
        скучает=1.5, соскучил*=1.5, одна дома=1, miss=1.5, misses=1.5, missing=1, except me=2.5
        =moved=1.5, moved away=2, deployed=2, sleeps in|with his|her=2, asks ~ when=1.5
        asking when=1.5, come play=1.5, where ~ nana|grandma|grandpa|daddy|mommy=1.5
        by the window=1.5, invisible=2.5, nobody|noone ~ knows|notices|texts|calls|sits=2.5
        no one ~ knows|notices|texts=2.5, cant play with=2.5, too little=1.5, new school=0.8
        new town=1, left for=1.5, одинок*=3, одиноч*=2, один=0.6, одна=0.6, одной=0.6
        одному=0.6, игнор*=1.5, я один|одна=1.5, я всегда один|одна=2.5, я совсем один|одна=2.5
        совсем один|одна=2
        никто не|ни игра*|дружи*|хоч*|хот*|люб*|зов*|позвал*|пришел*|понима*|слуша*|замеча*=2.5
        меня никто не=2.5, со мной никто=2.5, со мной не игра*|дружа*|хот*|разговарива*=2.5
        не с кем ~ игра*|поигра*|дружи*|поговори*|гуля*=3
        поговорить|играть|поиграть ~ не с кем=3, нет друзей|друга|подруг*=3
        нету друзей|друга|подруг*=3, ни одного друга=3, никому не нуж*=3, не нуж* никому=3
        меня не позвал*|взял*|пригласил*|берут|принима*|зовут=2.5, не дружат=2
        не хотят игра*|дружи*=2.5, все без меня=2, без меня=1, никто меня не=2.5, lonely=3
        lonley=3, lonly=3, alone=1, loner=2.5, isolated=2, ignor*=1.5
        nobody|noone likes|plays|wants|cares|loves|understands|talks|invited|listens=2.5
        no one likes|plays|wants|cares|loves|understands|talks|invited|listens=2.5
        nobody ~ play with me=3, no one ~ play with me=3, nobody to play|talk=3
        no one to play|talk=3, no friends=3, dont have ~ friends=3, have no friends=3
        not invited=2.5, didnt invite me=2.5, wasnt invited=2.5, left out=2.5, ignore me=2
        ignores me=2, ignored me=2, by myself=1, all alone=2.5, play alone=2
        sit|sat|eat|ate alone=2.5, without me=1.2, all by myself=1.5
        no one wants to=2, nobody wants to=2, одиноко=3, одинокий=3, одиночество=3
        сам по себе=2, сидит один|одна=2.5, стоит один|одна=2, один в углу=2.5, одна в углу=2.5
        никого нет=2, ни с кем не общается|дружит|подружился|подружилась|играет=2.5
        не берут|взяли ~ в компанию|игру|футбол|команду=2.5, не принимают=2
        никто не пишет|отвечает|садится|разговаривает|звонит|ждет=2.5, скучать по=1.5
        зовет его|ее|папу|маму=1.5, лишний|лишняя=2, изгой=3, пусто=1.5, без друзей=2.5
        отмахиваются=1.5, убегают от нее|него=2, подождите меня=2
        нет подружки|подружек|друзей|друга=3, нету подружки=3, ищет их|маму|папу=1.5, lonely=3
        loneliness=3, by himself|herself=1.5, on his|her own=1.5, lunch alone=2.5
        nobody|noone ~ sits|replies|texts|talks=2.5, no one ~ sits|replies|texts|talks=2.5
        nobody here|there=2, no one here|there=2, dont fit in=2, excluded=2.5, not included=2.5
        without him|her=1.2, wont let ~ join|play=2.5, misses=1.5, looking for them=1
        coming back=1, play with me=2, so empty=1.5, feel empty=1.5, =outsider=2.5, friendless=3
        not a single one=2, brush him|her off=1.5, run away from her|him=2, wait for me=2
        on their stories=1
        # emoji names: 🥺
        pleading face=1, calls|calling|cries|asks for ~ her|him|mom|mommy|mama|dad|daddy=1.5
        wont be her|his|my friend*=2.5, не будут|хотят|хочет ~ дружить|играть=2.5
        only ~ came|showed up=2.5, пришли|пришло только=2.5, ни к кому не подхожу|подходит=2.5
        не вписыва*=2.5, своя компания=1, nobody|noone ~ invites|invited|calls|asks=2.5
        никто ~ не зов*|приглаша*=2.5, все ~ играют|дружат|гуляют ~ а он|она|я=2.5
        walks around|stands ~ watching=2, just watches=2, ходит вокруг и смотрит=2
        стоит и смотрит=2, his|her|dads|moms photo|picture=1.5, фото папы|мамы=1.5
        working away=1.5, на вахт*=1.5, чужим|чужой|чужая среди=2.5
        чувствует себя чужим|чужой=3, boring without=2.5, but me=2, никому не интерес*=2.5
        не интересн* никому=2.5, nobody|noone ~ interested=2.5, nobodys interested=2.5
        # nobody to play with at home, forgotten, wandering alone, missing someone who left
        someone to play with=2.5, somebody to play with=2.5
        было с кем ~ играть|поиграть|поговорить=2.5
        only child=0.8, единственн* ребен*=0.8, wishes|wish ~ had a|an brother|sister|friend=2
        обо мне забыл*=2.5, про меня|него|нее забыл*=2.5, о нем|ней забыл*=2.5
        забыл* обо мне=2.5, забыл* про меня|него|нее=2.5, forgot|forgotten about me|him|her=2.5
        alone after school=2, после школы один|одна=2, бродит|ходит один|одна=2
        wanders|wandering ~ alone|around=1.5
        бабушка|дедушка|бабуля|деда|папа уехал*|ушел*=2
        grandma|grandpa|granny|nana|grandad|daddy|dad ~ left=2
        grandma|grandpa|granny|nana|grandad|daddy|dad ~ went home=2
        засыпает|спит|уснул*|засыпал* с ~ фото|фотографией|футболкой|свитером|вещами=2.5
        sleeps|asleep with ~ photo|picture|sweater|shirt|scarf=2.5
        мама|папа|мамочка|папочка приходи|вернись=2, come home=0.8, в больнице=0.6, in hospital=0.6
        ищет ее|его ~ по=2, looks|looking|searches|searching for her|him ~ all over|everywhere=2
        вышла|вышел на работу=1.5, went back to work=1.5, want|wants nana|grandma|granny|grandpa=2
        брат|сестра|мама уехал*|ушел*|ушла=2, у его|ее кровати=1.5, by his|her bed=1.5
        их нет рядом=2.5, not around=2, друзья остались в=2, friends stayed in=2
        # round after the fourth blind set: nobody to play with
        tugging|tugs|pulls|pulling ~ sleeve=1.5, play with|wif me=1.5, sits by himself|herself=2
        дергает за рукав=1.5, поиграй со мной=1.5
        # round after the sixth blind set: a parent never seen, a friend far away
        never see daddy|mommy|mummy|dad|mom|mum=2.5, никогда не видит папу|маму=2.5
        waiting for ~ to come online=2.5, ждет когда ~ появится в сети|онлайн=2.5
        her|his empty room=1.5, пустую комнату=1.5, ее пустую=1.5
        # round after the eighth blind set: a parent far away, a keepsake
        sleeps with ~ dads|mums|moms ~ shirt|sweater=2.5, спит с папиной|маминой=2.5
        see each other once|twice a=2, видимся|видятся раз|два раза в=2
        # round after the twelfth blind set: a busy parent asked to play, after a call
        play with me ~ for the ~ time=2.5, поиграй со мной=2, после звонка ~ сидит молча=2.5
        # round after the thirteenth blind set: an absent parent's old clothes, nobody sat with
        # him
        в его|ее|папиной|маминой старой толстовке|футболке|кофте=2.5
        надевает ~ его|ее|папину|мамину старую=2.5
        wears ~ her|his|dads|mums|moms old cardigan|sweater|shirt|hoodie=2.5
        видит|видится ~ папу|отца|маму|мать ~ раз в=2.5
        sees ~ mum|mom|dad|father|mother ~ once a|every=2.5
        никто не сел с ней|ним=3, никто не сел рядом=3, nobody sat with=3, no one sat with=3
        # round after the fourteenth blind set: alone behind the pairs, no one of his age,
        # "to see people", everyone in the chat but her
        сзади одна|один=2.5, идут парами=2, ровесников нет=3, нет ровесников=3
        ходит за ~ хвостом=2, to see people=2.5, more than to people=2.5
        everyone|everyones ~ but her|him=2.5
        # round after the fifteenth blind set: always told no ("by himself" and "except me"
        # are read above)
        they always say no=2.5
        # round after the eighteenth blind set: no one in the new yard, messages unanswered,
        # wandering from door to window for an absent sibling, lying on the absent one's bed
        никого не знает=3, they never reply|answer=2.5, leave|leaves me on read=3
        от двери к окну=2.5, lying|lies on his|her bed hugging=2.5
        # round after the twentieth blind set: "everyone has a best friend but me", nobody to
        # text
        у всех ~ есть лучший друг|подруга=3, написать некому=3
        # round after the twenty-first blind set: "nobody told her", following a parent around
        # all day, calling an absent parent every night
        nobody|no one told him|her=2.5, follows|following me around=2.5
        calls ~ every night=2, at the window since=2
        # round after the twenty-third blind set: nobody passed to him, «мне одному скучно»
        nobody passed to him|her=3, stood alone=2.5, мне одному|одной скучно=3
        # round after the twenty-fourth blind set: waiting at the door at the hour the nanny came
        goes to the door and waits=3, used to come=2
        # round after the twenty-fifth blind set: friends at another school who leave her on read
        leave|leaves her|him on read=3, ended up somewhere else=2.5
        # round after the twenty-sixth blind set: «баба когда?» every evening, a class chat without
        # her, "can grandma live with us?"
        баба|бабушка|деда когда=2.5, создали чат без=3, чат без нее|него=3
        can grandma|grandpa|nana live with us=3
        # round after the twenty-seventh blind set: no answer in the class chat, following a parent
        # after the cousins left
        ноль ответов=3, весь вечер проверял*|проверяет телефон=2
        what do we do now=2
        # round after the twenty-eighth blind set: «мама домой» to a screen, "everyone has someone
        # except me"
        тянет руки к экрану=3, мама домой=2.5, everyone has someone=3
        # round after the twenty-ninth blind set: «мама играть» all day, "sit with me", a ball
        # against the garage for hours alone, a tea party for stuffed animals, "where Lily"
        мама играть=2.5, ходит за мной хвостиком=2, sit with me=2.5, by himself|herself for hours=3
        at least you guys want=3, only kid on the street=3, stands at the door ~ holding=2.5
        # round after the thirtieth blind set: «а со мной кто-нибудь дружит?», "Nana?" since
        # grandma flew home, children watched walking away, "the only one who listens"
        со мной ~ дружит=3, нибудь дружит=3, flew home=1.5
        since grandma|grandpa|nana|granny|papa flew|went home=3
        watches them leave=2.5, only family=1.5, only one who listens=3
        # round after the thirty-second blind set: playing hide-and-seek with himself, "I just don't
        # have anyone"
        сам|сама с собой=3, dont have anyone=3
        # round after the thirty-third blind set: «ты моя единственная подружка» to a doll, «без
        # пары», a grandmother on FaceTime, a group chat gone silent, all by himself at a party
        единственная подружка=3, единственный друг=3, без пары=2.5, asks for nana|grandma|grandpa=2
        went silent on=2.5, all by himself|herself=2.5
        # round after the thirty-fourth blind set: «где мама?» at the window, «вот бы папа был тут»,
        # "dada?" and his father's slipper, "when is grandpa coming back", a photo hugged
        где мама|папа=2.5, стоял* у окна=2, вот бы папа|мама был*=3, dada=2, slipper=1.5
        when grandpa|grandma|mommy|daddy|mummy is coming back=3, hugged your|his|her photo=2.5
        work trip=1.5
    """,
    "tiredness": """
        падает на диван=2, ни на что не реагирует=1.5, сплю=1.5, уснул*=1.5, засыпает=1.5
        до ~ ночи=1.5, выжат*=2.5, глаза слипаются=2.5, перелет*=1.5, часовых поясов=2
        на ровном месте=2, любой мелочи=2, по любому поводу=1.5, к пятнице=1.2, кружки=0.8
        после школы=0.8, после дня рождения=1, мозг кипит=2, голова не варит=2, asleep=2
        fell asleep=2.5, falls asleep=2, 1am|2am|3am|4am=1.5, running on empty=3, =wiped=2.5
        wiped out=2.5, brain is full=2.5, zero energy=3, energy left=2, every little thing=2
        by friday=1.2, jet lag=2, after ~ tournament|party|trip|camp|competition|sleepover=1
        lies on the floor=2, collapses=2, between school=1, устал*=2.5, устав*=2, устаю=2
        утомил*=2, утомл*=2, вымотал*=2.5, вымотан*=2.5, измотан*=2.5, выдохся=2.5
        выдохлась=2.5, выгора*=2.5, перегруз*=2, сонн*=1.5, засыпа*=1.2, зева*=1.5, зевнул*=1.5
        капризнича*=1.2, капризн*=1.2, капризы=1.2, спать=0.6, спатки=1, баиньки=1.5
        отдохнуть=1.2, полежать=1, отдых*=1, хочу спать=2.5, спать хочу=2.5, хочется спать=2.5
        сил нет=2.5, нет сил=2.5, нету сил=2.5, больше не могу=2.5, не могу больше=2.5
        слишком много=1.5, так много=1, столько уроков|всего|дел=1.5, не выспал*=2
        голова болит=1, ноги болят=1.2, на ручки=1.5, возьми на ручки=1.5, понеси=1.2
        ничего не хочу=1.5, tired=2.5, tiered=2, exhausted=3, exausted=3, sleepy=2, sleepyhead=1
        # round after the twenty-fourth blind set: "drained" as it is written, not a drain
        =drained=2, overwhelm*=2.5, yawn*=1.5, fussy=1.2, cranky=1.2, nap=0.8, bedtime=0.5
        too much=1.5, so done=1.5, im done=1.5, worn out=2.5, burnt out=2.5, burned out=2.5
        burn out=2, no energy=2.5, need a break=2, want to sleep=2, wanna sleep=2, need sleep=2
        cant anymore=2, cant take it=2, cant do this anymore=2.5, carry me=1.5, pick me up=1.2
        my legs hurt=1.2, so much homework=1.5, устать=2.5, усталость=2.5, уставший=2.5
        утомиться=2, вымотаться=2.5, измотан*=2.5, выгор*=2.5, без сил=2.5, никакой|никакая=1
        сонный=2, трет|тер|терла ~ глаза|глазки=2.5, трет ушки=1.5, клюет носом=2.5
        без дневного сна=2, всего подряд=1.5, с ног валится=2.5, вялый=2, вялая=2, ноет=1
        хныч*=0.8, выключается=1.5, к вечеру=1.5, не вывожу=2.5, не успевает=1.5
        каша в голове|голове=2, висит на мне=1, проситься на ручки=1.5, просится на ручки=1.5
        весь день на ногах=2, уснул* в одежде=2.5, спит целыми днями=2, tired=2.5, tiredness=2.5
        exhausted=3, exhaustion=3, drowsy=2, burnout=2.5, overtired=3, overstimulated=2
        overloaded=2, rub* ~ eyes=2.5, nodding off=2.5, dozing=2, dozed off=2.5
        falling asleep=2, running on fumes|empty=2.5, cant keep up=2, skipped ~ nap=2.5
        missed ~ nap=2.5, time change=1.5, sluggish=2, lethargic=2, shuts down=1.5
        over nothing=1.5, whining=1, whiny=1, grumpy=1, wants to be held=1.5, hanging off me=1
        long day=2, on her|his feet all day=2, sleeping all day=2, worn out=2.5
        # emoji names: 😴 🥱 😩 😫 💤 😪 🛌
        sleeping face=2, yawning face=2.5, weary face=2, tired face=2.5, zzz=2, sleepy face=2
        person in bed=1.5, dead on her|his|my feet=3, dead tired=3, by evening=1, вечером=0.8
        из за каждой мелочи|мелочей=2, по каждой мелочи=2, brain isnt|doesnt ~ working|work=2.5
        мозг не работает|соображает=2.5, sleeping|sleeps ~ hours=2, спит по ~ часа|часов=2
        worn down=2.5, lies|lying around=1.5, end of term=1, dont have ~ energy=2.5
        want|wants to lie down=2, хочу|хочет лечь|прилечь=2, catching up on sleep=2.5
        отсыпается=2.5, dragging around=1.5, не хочу ничего=1.5, хочу лежать|полежать=2
        just want to lie=2, посплю|поспать=2, глаза|глазки ~ закрываются|слипаются=2.5
        eyes keep closing=2.5, eyes are closing=2.5
        ничего не соображает=2, не соображает=1.5
        tired of everything=3, устал|устала от всего=3, не дойду=2, отнеси меня=1.5
        раскис*=2, носом клюет=2.5, eyes drooping=2.5, droopy=1.5, flat on the couch|bed|sofa=2
        лежит пластом=2.5, dragging his|her feet=2, еле плетется=2, end of the week=1
        в конце недели=1
        после праздника|гостей|поездки|поездок|аквапарка|утренника=1
        # the end of a long, full day
        конец ~ дня=2, длинн* день|дня=2, end of a long day=2.5, after a full day=2
        full day=0.8, гости=0.8, guests=0.8, up past midnight=2
        cant drag ~ out of bed=2.5, утром не встать=2, не может встать=2
        sleeps|slept till|until noon|lunch=2, спит|спал|спала до обеда=2
        doesnt|didnt react to anything=1.5, all day at=1.5, on the way home|back=1
        на обратном пути=1
        collapsed on|onto=2, рухнул*|свалил* ~ на кровать|диван=2.5
        допоздна=1.5, до одиннадцати|полуночи=1.5, up late=1.5, till|until ~ eleven|midnight=1.5
        # round after the fourth blind set: no nap, a battery gone
        no nap=4, без дневного сна=3, дневной сон пропустили=2.5
        no battery left=3, my battery is ~ dead|empty|low=3, у меня батарейка села=3
        батарейка села=2, crawled into bed=2, лег|легла прямо в одежде=2
        # round after the sixth blind set: a small thing at the end of a long day
        sports|field day=1.5, after a whole day=2, после целого дня=2
        eyes half closed|barely open=2.5, глаза слипаются=2.5, bath and bed=1.5
        # round after the seventh blind set: too much, "one more thing"
        cant|cannot do one more thing=3, cant do anything else=2.5, больше ничего не могу=2.5
        ничего больше не могу=2.5, three practices=1.5
        # round after the ninth blind set: a crowded long day, "just done"
        too many people=2, со всей родней=1.5, all the relatives=1.5, fine just done=2.5
        im just done=2.5
        сил нет=2, two|double shifts=2, две смены=2, уснула|уснул в одежде=2
        # round after the tenth blind set: sleepless with a new baby at home
        yawns|yawning all day=2.5, falls asleep at his|her desk=2.5, засыпает за партой=2.5
        зевает=1.5, голова на парте=1.5, nobody sleeps=2.5, никто не спит=1.5
        # round after the eleventh blind set: a bedtime outburst, then asleep
        five minutes later ~ asleep=3, через пять минут ~ спит=3, уже спит на полу=2.5
        eyes half shut=2.5, глаза слипались=2.5
        # round after the twelfth blind set: zoned out after a long day
        zoned|zoning out=2.5, с открытым ртом ~ смотрит в одну точку=2.5
        # round after the thirteenth blind set: eyes rubbed, a face in a shoulder, boneless
        трет глаза=2, в плечо=1.5, went|goes boneless=2.5, head on my shoulder=1.5
        # round after the fourteenth blind set: no nap after hours on the road, after a party
        # lying and not moving
        днем не спал|спала=2.5, часов в дороге=2, after the party|wedding ~ wouldnt move=2.5
        wouldnt move ~ whimpering=2.5
        # round after the fifteenth blind set: an evening storm and a calm morning, short sleep,
        # tears for no reason in exam week, out cold, a hoodie over the face
        каждый вечер ~ начинает=2, а утром ангел|шелковая|шелковый=3, hours of sleep=2.5
        hrs sleep=2.5, finals week=2, didnt|doesnt know why she|he was crying=2.5
        out cold=3, hoodie over her|his face=2.5
        # round after the sixteenth blind set: no resources left, asking to do nothing at all
        ресурс кончился|закончился=3, ничего не буду делать=2.5
        # round after the nineteenth blind set: "wake me up next year", dark circles
        wake me up next year|week|tomorrow=3, dark circles=2.5
        # round after the twentieth blind set: asleep mid-scream
        asleep mid scream|sentence|cry|tantrum=3
        # round after the twenty-first blind set: sat down and refused to move, "just done"
        refused|refuses to move|walk=2.5, just done=2
        # round after the twenty-second blind set: yawning through dinner, in bed early
        yawned|yawning through=2.5, went to bed at=1.5
        # round after the twenty-third blind set: eyes closing between screams, in bed in her
        # shoes
        eyes closing=3, to bed in her|his shoes=2.5
        # round after the twenty-fourth blind set: «выключите всех» after a day of guests
        выключите всех=3, перебор=2, весь день были гости=2
        # round after the twenty-fifth blind set: "just leave me here" on the hall floor in her coat
        just leave me here=3, lying on my|the hall floor=2.5
        # round after the twenty-seventh blind set: a head falling onto the homework, face down in a
        # pillow after a competition, eyes half shut, a week of everything, a sock's seam
        голова падает=3, лицом в подушку=2, мычит=1.5, eyes are half shut=3
        all this week=2, had a seam=2
        # round after the twenty-eighth blind set: a tirade at 9 p.m. «днём такого нет»,
        # «вымоталась», limp on the dance floor at the end of a wedding
        днем такого нет=2.5, вымотал*=2.5, at the end of the wedding|party=2, limp=2
        # round after the twenty-ninth blind set: tears on the stairs after a full day
        sat on the stairs and cried=2.5, couldnt tell me why=1.5
        # round after the thirtieth blind set: three parties in a weekend, "it's too
        # much" after rehearsals till nine, too many cousins and presents by four
        три праздника=2, праздника за выходные=2
        too many cousins|people|guests|presents=2
        by 4pm|5pm|6pm|7pm=1.5, its too much=2.5, till 9pm|10pm|11pm=1.5
        # round after the thirty-first blind set: up since five, yawning with a new baby in the
        # house, dark circles, straight to bed at four
        up since 5|6|5am|6am=3, waking everyone up=2, dark circles=2.5, keeps us all up=2
        straight to bed=3
        # round after the thirty-second blind set: «некогда даже дышать», «хачу спатки», "five more
        # minutes", "everyone is so LOUD" hours into a wedding, "I can't do this" with three tests
        # and a shift
        некогда даже дышать=3, спатки=3, five more minutes=3, everyone is so loud=3
        i have 3|three tests=2
        # round after the thirty-third blind set: shouting at everyone at bedtime, rubbing the eyes
        трет глаза=2.5, глаза трет=2.5
        # round after the thirty-fourth blind set: «сразу лёг», «на нуле»
        на нуле=3, сразу лег*=2
    """,
    "frustration": """
        не может сам|сама=2, не может=1.5, стараюсь=1.2, пытается=1.2, пытаюсь=1.2
        уже ~ раз=1.5, в который раз=2, третий|четвертый|пятый|десятый|сотый раз=1.5
        каждый раз=1, бьет по=1.5, падает=0.8, развалил*=1, развалива*=1.5, порвал*=0.8
        не влезает=2, не =лезет=2, wont|doesnt fit=2, same level|bar|mistake|page|part|place=2
        for the ~ time=2, so many times=1.5, again and again=1.5, still messes|cant|doesnt=2
        trying=1.2, tried=1, gets it wrong=1.5, banging=1.2, bangs=1.2, erased=1, ripped=0.8
        stupid=1, dumb=0.6, keeps trying=1.5, получа*=0.3, выход*=0.3, сложн*=1, трудн*=1
        тяжел*=0.8, опять=0.5, снова=0.4, нечестн*=2, несправедлив*=2, достал*=1.5, надоел*=1.5
        надоело=1.8, задолбал*=1.8, бесполезн*=1, дурацк*=1.2, дебильн*=1.2, блин=0.8, черт=0.8
        капец=0.5, аргх=1.5, скучно=1.2, сдаюсь=2, застрял*=1.2, ошибк*=0.6, отстой=1.2
        фигня=0.8, ерунда=0.8, проиграл*=1.5, продул*=1.5, непонятно=1.5, бесполезно=1.2
        не получа*=2.5, не получилось=2.5, не решается|решить|решаются=2, не выход*=2
        не выйдет=2, не могу=1, не хочу|буду|пойду спать=1.5, не нравится=1, не =люблю=0.8
        не умею=1.5, не понима*=1.2, не понял*=1.2, не справ*=1.5, не честно=2, не справедливо=2
        слишком сложно|трудно=2.5, никогда не получа*=3, почему у меня не=2, ну почему=1
        ничего не понятно=2, не работает=1.5, все равно не получа*|выход*|работа*=3
        все равно не=1.5, тупая|тупой|тупое|тупые задача|задание|игра|домашка|уроки=1.5
        задача|задание|игра|домашка|уроки ~ тупая|тупой|тупое|тупые|дурацк*=1.5, не проход*=2
        не лепит*|клеит*|держит*|складыва*|собира*=1.5, whats the point=2, whats even the point=2
        no matter how=1.5, this sucks=1.5, sucks=1, why wont ~ work=2, ugh=1.5, ugh*=1.5
        argh*=1.5, arg=1.2, =hard=0.8, stuck=1.2, =quit=1.2, again=0.4, unfair=2, annoyed=1.2
        frustrat*=3, boring=1.2, bored=1.2, fail*=1, wrong=0.6, impossible=1.5, useless=0.8
        ridiculous=1, cant do it=2, cant do this=1.8, i cant=1.5, just cant=1.5, doesnt work=2
        wont work=2, not working=2, never works=2.5, too =hard=2.5, so =hard=2, its =hard=1.5
        not fair=2, no fair=2, give up=2, giving up=2, i =quit=2, why cant i=2, why wont it=2
        why does it always=2, this|that|the|these stupid=1.5, this|that dumb=1.5, fed up=2
        sick of=2, tired of=2, done with=1.5, i lost=1.2, lost the game=1.5, messed up=1.2
        mess up=1.2, screwed up=1.2, dont understand=1.5, dont get it=1.5, doesnt make sense=1.5
        i dont want to=0.6, dont wanna=0.6, ничего не понимает=2, не складывается=2, заел*=1.5
        снова и снова=2, опять не так=2, сто раз=1.5, сколько можно=2, да что же такое=2
        криво=1.2, пыхтит|пыхтеть=1.5, раздражен*=2.5, раздражает=2, раздражается=2
        ругается на=1.5, завалил*=1.5, провалил*=1.2, не сходится=2, не грузит*=2, глючит=2
        вылетает=1.5, в тильте|тильт=2.5, не может пройти=2, бессмыслен*=1.2, не получится=2.5
        никогда не получится=3, у меня не выходит=2.5, стараться=1.2, frustrated=3
        frustrating=3, irritated=2.5, irritating=2, annoyed=2
        keeps ~ falling|tangling|freezing|crashing|dropping|breaking|mixing=2
        wont go together=2, jammed=1.5, doesnt get it=1.5, pointless=1.2, whatever=0.5
        huff*=1.5, grunt*=1, erasing=1, crumpl*=1.5, rewr*=1, still messy|wrong=1.5, its wrong=1
        all wrong=1.5, never doing this again=1.5, out to get=1
        # emoji names: 😤 🤦
        face with steam from nose=1, facepalming=2, person facepalming=2, переделыва*=1.5
        start|starting over=1.5, начинает|начать|начинать заново=1.5, разрядил*=1
        завис*=1.5, зависает=1.5, phone|battery|laptop died=2
        raging|mad|angry|furious|yelling|screaming|swearing at it=2.5, в бешенстве на=2.5
        cant draw|tie|open|fix|solve|figure|build|reach|finish|zip|button|catch|beat|win=1.5
        losing|loses=1.5, keeps losing=1.5, проигр*=1.5, swipes|смахивает=1, a hundred times=1.5
        не слушает=1.5, wont|doesnt listen=1.5, cant get=1.2
        wont|doesnt|refuses|refused ~ sleep|nap=1.5, wont|doesnt|refuses|refused ~ go to bed=1.5
        не соединя*|подход*|стыку*|совпада*=1.5, done building|trying|doing=2, how many times=2
        keep|keeps missing|failing|dropping=2
        не крутит*|едет|включа*|заводит*|открыва*|застегива*=1.5
        # a thing that will not do what the child wants, a game lost
        wont|doesnt|didnt fly|open|close|stick|start|stay|zip|stand=1.5
        lost the ~ game|match|race=1.5
        не компилир*|запускает*|заводит*=2
        keeps ~ collapsing=2, keeps ~ falling|coming apart=2, wont|doesnt ~ come together=2
        рвет|порвал*|рвал* ~ бумагу|лист*|тетрад*|пропис*=1.5
        rips|ripped|tearing|tore ~ paper|page*=1.5
        не запомина*=2, cant ~ remember|memorise|memorize=1.5
        tower|башня|башенка ~ fell|falls|collapsed|упала|падает|рухнула=2
        # a thing that keeps failing, a device that dies mid-play, a lost match gone over
        keeps ~ toppling|tipping|snapping|sticking|jamming|slipping|tearing=2
        keeps getting stuck=2, getting stuck=1.5
        постоянно|опять|снова ~ падает|ломается|рвется|заедает|разваливается|рассыпается=2
        все время ~ падает|ломается|рвется|заедает|разваливается|рассыпается=2
        заеда*=1.5, сел|сели ~ аккумулятор|батарейк*|зарядка=2
        battery|batteries ~ died|dead=2, battery|batteries ran out=2
        car|controller|remote|tablet|drone died=2
        about to ~ lose it=2, about to explode|snap=2, сейчас взорвется=2, на пределе=1.5
        wont|doesnt|didnt ~ stack|hold|fit|work|balance|connect=1.5, wont|doesnt stay up=1.5
        не держится|держат*|складыва*|влезает|клеится=1.5
        бубнит|ворчит|бурчит=1.2, grumbl*|mutter*=1.2, going over=1.2, keeps replaying=1.2
        bad move=1.5, missed shot=1.5, one mistake=1.5, неудачный ход=1.5, одну ошибку=1.5
        вылетел*|вылета*=1.5, crashed|crashes|froze|freezes=1.5
        falls|fails ~ every time=2, messes up ~ every time=2
        каждый раз ~ падает|ошибается|сбивается=2, pound*=1
        бьет|ударил*|колотит себя ~ по голове|лбу=2, hitting|hits|hit ~ himself|herself=2
        hitting|hits|hit his|her head=2
        cant ~ learn|memorise|memorize=1.5
        не налезает|налезают=2, wont|doesnt go on=1.5
        сайт|страница|игра|комп ~ висит|виснет=2, keeps hanging=2, refreshing=1.5
        обновляет страницу=1.5, стонет=1.2, groaning|groans=1.2
        # round after the fourth blind set: a task that keeps failing, a lost match
        зажевал*=2, за час|вечер|день до сдачи=1.5, перед сдачей=1.2, before ~ is|its ~ due=1.5
        the night before=0.5
        printer|laptop|computer|tablet|controller|game ~ died|crashed|froze=2.5
        redone|redid|redoes|redoing=2, never right=2, все не так=1.5, переделывает*=1.5
        lost|losing ~ final|match|game ~ after=2, should have won=2.5, shouldve won=2.5
        должен был выиграть=2.5, проиграл* ~ финал|матч|партию=2, was winning=1.5
        crashed ~ times|again=1.5, не сходится=2, still doesnt match=2
        # round after the sixth blind set: a loss he could have won, a thing that won't work
        =i knew it=2, я же знал=2, я же знала=2, swearing at the=2
        ругается на велик|компьютер|телефон=2
        # round after the seventh blind set: a toy that will not fit, again and again
        wont snap|click|fit ~ on|in=2.5, не защелкивается=2.5, не вставляется=2
        заедает=2, keeps jamming=2
        # round after the ninth blind set: a shape that won't go in
        wont fit in=2, piece wont go in=2, не влезает=2, не пролезает=2
        # round after the tenth blind set: a task, not a person; clothes every morning
        mad|angry at the ~ model|puzzle|plane|lego|homework|drawing=2.5
        злится на ~ пазл|модель|конструктор|лего|домашку|рисунок=2.5
        rips|tears ~ the page|it out=2, опять вырывает=2, комкает ~ лист=2.5
        вырывает лист ~ опять|снова|комкает=2.5, опять комкает=2.5, каждое утро истерика=2
        meltdown|fight|battle|screams ~ tights|socks|laces=2
        не завязывается|завязываеться=2
        # round after the eleventh blind set: a toy that won't go, every time
        cant|cannot get the ~ in|on=2, loses it every ~ time=2, каждый раз психует=1.5
        не может засунуть=2
        # round after the twelfth blind set: attempts crumpled, pieces swept off the board
        лист скомкал|скомкала=2.5, swept the pieces off=2.5, смахнула|смахнул фигуры=2.5
        # round after the fourteenth blind set: "it won't go", the n-th try
        it wont go=2.5, third|fourth|fifth|3rd|4th|5th try=2, wouldnt launch|start=2
        # round after the fifteenth blind set: tugging at a lock again and again
        опять|снова дергает=2, садится и опять=2
        # round after the sixteenth blind set: a lid that won't give, a cart that keeps veering
        не поддается=2.5, keeps veering=2.5, yanking it back=2
        # round after the eighteenth blind set: "my fingers are not right", "I always get…",
        # scribbled over, the pencil broken
        руки|пальцы не такие=3, i always get|land ~ bad|snakes|worst=2.5
        scribbled over ~ page|whole=2.5, broke|snapped the pencil|crayon=2
        # round after the twenty-second blind set: code that will not compile, sliding down again
        не компил*=2.5, wont|doesnt compile=2.5, keeps sliding|slipping down=2.5
        pushes|pushed my hand away=2
        # round after the twenty-third blind set: "ALMOST done", a line that will not lie right,
        # undo twenty times
        almost done=2.5, не ложится=2, ctrl z ~ раз|times=2.5, undo ~ times=2.5, rubiks=1.5
        # round after the twenty-fourth blind set: a sound that will not come out, a textbook thrown
        не может выговорить=2.5, бросил* учебник=2.5, специально такой придуман=2.5
        # round after the twenty-fifth blind set: stitches that slip, «да что ж такое, опять!»,
        # a steering wheel thumped, still clipping the kerb
        петли соскальзывают=2.5, да что ж такое=2.5, прям досада=3, досада=2
        thumping the steering wheel=3, still clipping=2.5
        # round after the twenty-sixth blind set: "this stupid bike!" on the tenth fall
        for like the tenth time=2.5, tenth time=2
        # round after the twenty-ninth blind set: a missed pass replayed, "I HAD it", a straw that
        # will not go in
        keeps replaying=2.5, i had it=2.5, cannot|cant get the straw=3
        # round after the thirtieth blind set: a lost match yelled at the screen, a kite that would
        # not take off
        at the screen=2, lost his|her ~ match=2, wouldnt take off=2.5, kept yanking=2
        # round after the thirty-first blind set: trying to climb in like the big brother and
        # slipping off, free throws missed again and again
        keeps trying to=2, slips off=2, cant make his|her=2.5, kept missing=2, and missing=1.5
        # round after the thirty-second blind set: «не откывается!», in a toddler's spelling too
        не открывается|откывается=2.5
        # round after the thirty-third blind set: screaming at the homework
        at his|her ~ homework|math=2.5
        # round after the thirty-fourth blind set: a figure that will not go into the sorter, «да
        # почему!!», "kept slipping", a thread that "kept snapping"
        не могла|мог вставить=2.5, не встает=2, да почему=2.5, kept slipping=2.5
        kept snapping|breaking=2.5
    """,
    "joy": """
        скачет=1.5, прыгает=1, хохочет=2.5, смеется=1.5, смеялся=1, смеялась=1
        хлопает в ладоши=2.5, улыба*=2, светится=2.5, сияет=2.5, влюбил*=2, предвкуш*=2.5
        танцует=1.5, напевает=1.5, поет=1, рассказывает всем=1.5, показывает всем=1.5
        хвастает*=1.2, я сам|сама=1.5, смотри смотри=1.5, смотри что=1.5, мама смотри|смотрите=2
        научил*=1.5, сдал*=1.5, наконец=1, красиво=1, красив*=0.8, день рождения=0.8, праздник*=1
        завтра едем=1.5, grin*=2, grinning=2, scored=1.5, bouncing=2, =jumping=1, giggl*=2.5
        laugh*=1.5, squeal*=2, clap*=1.5, smil*=2, beaming=2.5, glowing=2, in love=2, crush=1.5
        =dancing=0.8, humming=1.5, showing everyone=1.5, shows everyone=1.5, passed=1.5
        =finally=1, birthday=0.8, =party=0.8, invited=1, were going to|tomorrow=1.5, look what=1.5
        look mom=1.5, ура=2.5, урра=2.5, урраа=2.5, =класс=1, классно=1.5, классн*=1.5, круто=1.5
        крут*=1.2, супер=1.5, здорово=1.5, весел*=1.5, радост*=2.5, рад=2, рада=2, радуюсь=2.5
        счастлив*=2.5, обожаю=2, =люблю=1, прикольн*=1.2, кайф*=1.5, смешн*=1, восторг*=2.5
        получилось=1.5, смог=1, смогла=1, победил*=2, выиграл*=2, пятерк*=1, подарок=0.8
        подарки=0.8, спасибо=0.8, нравится=1, вау=1.5, ого=0.8, йес=1.5, ес=1, хаха=1, ахах=1
        ахаха=1, лол=1, кек=0.8, ржу=1, ору=0.5, бомба=0.8, огонь=0.8, жду не дождусь=2.5
        не могу дождаться=2.5, скорее бы=2, лучший день=2.5, самый лучший=2
        самый счастливый=2.5, у меня получилось=2.5, я смог|смогла=2, я тебя =люблю=2
        люблю тебя=2, мне нравится=1.2, еще хочу=0.7, хочу еще=0.7, yay=2.5, yey=2.5, yaay=2.5
        woohoo=2.5, woo=1.5, whoo*=1.5, hooray=2.5, hurray=2.5, yes=1, yess=1.2, happy=2.5
        happi*=2, glad=1.5, excited=2.5, exciting=2, excite*=2, love=1, fun=1.2, awesome=1.5
        cool=1, amazing=1.5, great=1, wow=1, haha=1, hehe=1, lol=1, lmao=1, thanks=0.7
        proud=1.5, yippee=2.5, fantastic=1.5, best=1, cant wait=2.5, i did it=2.5, we did it=2.5
        i made it=2, we won=2, i won=2, best day=2.5, best ever=2, the best=1.5, love you=2
        i love it=2, so fun=2, thank you=0.7, радоваться=2, радость=2.5, счастье=2.5
        от счастья=3, от радости=3, плач*|плак*|слез* от счастья|радости=3.5, в восторге=3
        довольный=2, довольна=2, доволен=2, гордиться=2, гордый=2, гордо=1.5, сиять=2.5
        светиться=2.5, глаза горят=2.5, смеяться=1.5, хохотать=2.5, хихикать=2, танцевать=1.5
        напевать=1.5, порхает=2, считает дни=2, обожать=2, взяли в=1, поступил*=1
        визжит от восторга|радости=3, happiness=2.5, joy=2.5, joyful=2.5, delighted=2.5
        thrilled=2.5, over the moon=3, ecstatic=3, stoked=2.5, pumped=2, proudly=1.5
        pleased with=2, lit up=2, eyes shining=2, counting the days=2, happy =tears=3.5
        tears of joy=3.5, jumping for joy=3, im doing it=2, i passed=2.5, got an a=2
        made the team=2, telling everyone=1.5, shrieking with laughter=2.5, so proud=2.5
        proud=2, all by himself|herself=1.5, learned to=1.5, cant stop laughing|giggling=2.5
        заливается смехом=3, заливается=1.5, хохочет до=2.5
        =won=1.5, =wins=1.2
        built|made ~ it|this myself=2.5, сам|сама построил*|собрал*|сделал*|слепил*=2.5
        # emoji names: 😀 😃 😄 😁 😆 😊 ☺ 🙂 🥳 🎉 😍 🤩 ❤ 💕 😂 🤣 👍 ✨ 💖 😻 🙌
        grinning face=2, beaming face=2, grinning squinting face=2, smiling face=2
        slightly smiling face=1.5, partying face=2.5, party popper=2, heart eyes=2
        star struck=2, red heart=2, two hearts=2, sparkling heart=2
        rolling on the floor laughing=2, thumbs up=1.5, sparkles=1, raising hands=1.5
        лучший подарок=2.5, best present|gift=2.5, =лучший|=лучшая|=лучшее=1, i got in=2.5
        got into=2, меня взяли=2.5, меня приняли=2.5, забил* гол=2.5, scored his|her ~ goal=2.5
        впервые=0.5, first time=0.5, funnest=2, смотри как=1.5, я умею=1.5, look how=1.5
        i can do=1
        # delight shouted, laughed or cried out, a new status shown off
        еще еще=2, again again=2, more more=2, shriek*=1, tickl*=1.5, щекоч*=1.5
        всем рассказывает|показывает|хвастается=1.5, получил*|получила права|паспорт=1.5
        got his|her ~ permit|license|licence=1.5, =omg=0.5
        обнимает всех=2, hugging everyone=2, носится по=1.2, dancing around=2
        she|he got in=2.5, поступила|поступил|поступили=1.5
        подпрыгива*=1.5
        # round after the fourth blind set: excitement and pride told by what the child does
        не может усидеть на месте=2.5, cant stop bouncing=2.5, подпрыгива*=1.5
        весь вечер рассказывает=2, аквапарк*=1.5, цирк*=1, waterpark=1.5, circus=1
        got|getting|scored ~ 100=2.5, got|getting|scored an a=2, got|getting full marks=2.5
        full marks=2
        waving|waved ~ the? ~ paper|test|certificate|medal=2
        размахивая|размахивает ~ тетрадк*|дневник*|грамот*|медал*|листк*=2
        leave for ~ tomorrow=2, едем на море=2, to the beach tomorrow=2
        came down giggling=2
        # round after the sixth blind set: joy told by what the child does
        is it tomorrow yet=2.5, уже завтра=2, wouldnt let go of him|her=1.5, не отпускала=1
        ran ~ shouting daddy|mommy|mummy|papa=2, с криком папа|мама=2
        clapped=2, applause=2, хлопали=2, next show|concert=1.5, следующий концерт|спектакль=1.5
        got a|the part|role|lead=2.5, получил* роль=2.5, reciting|rehearsing ~ lines=2
        singing in the shower=2.5, поет в душе=2, picking names=2, придумывает имена=2
        lists of names=2, pretends its nothing=1.5, ничего особенного=1
        medal|trophy|cup|certificate on ~ shelf|wall=1.5, кубок на полке=2, грамоту над кроватью=2
        # round after the seventh blind set: anticipation, small wonders
        cant sit still=1.5, не может усидеть на месте=1.5, christmas eve=2, сочельник=2
        on the map yet=2, waiting for us=1.5, ждет ли нас=2
        =sprouted=2, sprout came up=2, пророс*=2, says hello|good morning to it=2.5
        здоровается с ним|ней=2
        здоровается=1.5
        # round after the eighth blind set: days counted, praise read again
        more sleeps till|until=3, sleeps till christmas|birthday=3, crosses off the days=2.5
        зачеркивает дни=2.5, read it ten times=2, rereading=1.5, перечитал*=1.5
        shown it to everyone=2, всем показал*=2, well done message=2, отличная работа=1.5
        excellent work=1.5
        # round after the ninth blind set: a trophy slept with, a goal reached, a first show
        asleep with the medal|cup|trophy=3, спит с медалью=3, уснул с кубком=3
        fell asleep holding the cup|medal|trophy=3, finally beat=2, наконец прошел=2
        yelling|shouting yes=2, с криком да=2, hasnt stopped talking=2, не может наговориться=2.5
        talking a mile a minute=2.5, first gig|concert=1.5, первого концерта=1.5
        bird ~ moved in=2
        # round after the tenth blind set: a long struggle won
        finally finished|solved=2, наконец собрал|прошел уровень=3, screamed|yelled|shouted yes=2
        заорал|завопил|вопил ~ ура|да=2.5
        # round after the eleventh blind set: first steps, laughing
        first steps=3, первые шаги=3, keeps laughing and=2, смеется и пробует=2.5
        # round after the twelfth blind set: delight at a new sibling, a visit planned, clapping
        over the moon=2.5, в восторге=2.5, planning every day=2.5, расписывает план=2.5
        claps and shouts|yells=2.5, хлопает в ладоши и кричит=2.5
        # round after the thirteenth blind set: a skill finally landed and shown again and
        # again, a snow day
        finally landed|nailed=2.5, наконец то получилось=2.5, made me watch ~ times=2.5
        заставил*|заставила ~ смотреть ~ раз=2.5, snow day=2.5, первый снег=2
        домой не загнать=2.5, red|pink cheeks=1.5
        # round after the fourteenth blind set: jumping on the sofa and phoning everyone, days
        # counted to a party, a first trick filmed, the mirror, "look, by myself!"
        прыгал|прыгала по дивану=2, всем звонил|звонила=2
        сколько часов|дней|ночей осталось=2, landed his|her first=2.5
        made me film=2.5, im him=2.5, im literally him=2.5, checking every mirror=2.5
        dad|mum|mom|mama|papa look i=2.5
        # round after the fifteenth blind set: something done alone and shown to everyone,
        # tears "not of grief" («от радости» is read above)
        показывал|показывала всем=2, сам застегнул|завязал|надел=2
        сама застегнула|завязала|надела=2, не от горя=2
        # round after the sixteenth blind set: "mum, look, I'm riding", buzzing, laughing so hard
        # he fell over, walking a foot taller
        мама|папа смотри ~ я=2.5, just buzzing=3, laughed so hard=2.5
        a foot taller=2.5
        # round after the eighteenth blind set: "did you see? I scored!", "actually kinda fun"
        ты видела|видел ~ я=2.5, я забил|забила=2.5, actually kinda|kind of fun=3
        talked for an hour straight=2
        # round after the nineteenth blind set: "I'm the big brother now", the biggest grin
        big brother|sister now=2.5, biggest grin=2.5
        # round after the twentieth blind set: counting down the days
        counting down ~ to|days|for=2.5, crossing off ~ days=2
        # round after the twenty-first blind set: days crossed off, "is she here yet"
        зачеркивает ~ день|дни=2.5, is she|he here yet=3
        # round after the twenty-second blind set: "I'm the big brother now" with pride, a welcome
        # poster, counting the hours, asked to prom
        с гордостью=2.5, я теперь старший|старшая=4, нарисовал* плакат=2.5
        counting down ~ hours=2.5, sleeping in the|his|her jersey=2.5
        she|he|i got asked to prom|homecoming=3
        # round after the twenty-third blind set: first ride without training wheels, a cast off
        # and hopping, «влетел на шею»
        without|wo training wheels=3, look look look=2, cast off=2.5, hopping around=2
        влетел* ~ на шею=3, кинул* ~ на шею=2.5
        # round after the twenty-fourth blind set: a story to be printed, back rosy and talkative,
        # a first gig, "people actually sang along"
        напечатают=2.5, румяный ~ болтливый=3, весь румяный=2, first real gig=3, sang along=2.5
        # round after the twenty-fifth blind set: «дааа!» behind a door, running to meet mum at the
        # station, a first loaf that rose, "the duck SAID THANK YOU", a spin in the hallway
        орал дааа=3, дааа=2, бежала через весь=2.5, визжала ~ бежала=2.5, it actually rose=3
        forty photos=2, said thank you=1.5, did a spin=2.5
        # round after the twenty-sixth blind set: a letter of admission shouted through the house,
        # «ещё! ещё!» on the swing
        письмо о зачислении=3, орет на весь дом=2, еще еще=2.5
        # round after the twenty-seventh blind set: the first ride on two wheels, «смотри,
        # смотри!», splashing and shrieking, a run down the driveway arms out, "AGAIN!"
        проехала|проехал на двухколесном=3, смотри смотри=2, splash*=1.5, shrieking=1.5
        ran full speed=2.5, arms out=2
        # round after the twenty-eighth blind set: a bed made of a box for the puppy coming on
        # Saturday, "is it Christmas yet?", vibrating
        ждем щенка|котенка=3, сколько дней осталось=2.5, is it christmas yet=3, vibrating=2
        # round after the twenty-ninth blind set: a puppy taken home and not let go
        щенка взяли=3, не отпускает его ни на минуту=2
        # round after the thirtieth blind set: running to report every five minutes, "to see him
        # first"
        бегает докладывать=2.5, to see him|her first=3, visiting tomorrow=2
        # round after the thirty-first blind set: counting the guests the night before her
        # birthday, «научился кататься ... смотрите!», «ревности ноль», the school she dreamt of, a
        # first wage, "over the moon"
        пересчитывает ~ гостей|подарки=2.5, научил* кататься=2.5, ревности ноль=4
        гордо показывает=2.5, о котором|которой мечтал*=2.5, с визгом=2, важный и довольный=3
        заработал* сам=2, over the moon=3
        # round after the thirty-second blind set: «сколько ещё спать до», «смотри, какой я ...»,
        # running to the door squealing, "asked me to prom", a lost tooth, "can we go AGAIN"
        сколько ~ спать до=3, какой|какую|какое я ~ нарисовал|построил|слепил=2.5
        к двери и визжит=2.5
        look mama=2, asked me to prom=3, to prom=1.5, lost my tooth=3, tooth fairy=2
        can we go again=3
        # round after the thirty-third blind set: the night before the seaside, «уже утро?»,
        # Christmas Eve watching for reindeer
        уже утро=2.5, reindeer=2.5, christmas|xmas eve=2
        # round after the thirty-fourth blind set: waiting for the tooth fairy, a frog named Kevin
        зубную фею=2.5, named it=2
    """,
    "_neutral": """
        best friend=0, лучшая подруга=0, лучший друг=0, лучшую подругу=0, лучшего друга=0
        в классе|класс|класса, из класса, одноклассник*, классная руководительница, не страшно=0
        нестрашно, не боюсь, не грустно, class, classes, classroom, i dont know, не знаю
        ничего страшного=0, no big deal=0
        не может остановиться=0, cant stop laughing|giggling=0, не на меня=0, idk=0, dont know=0
        не знаю что=0, i dont know what=0, и не выходит=0
        трясет рукой|руками|головой=0, shaking her|his hand|head=0
        первый|второй|третий|четвертый|пятый|шестой|седьмой|восьмой|девятый класс=0
        десятый|одиннадцатый|выпускной класс=0
        party hat|hats=0, в колпачке=0
        # round after the sixteenth blind set: a move or an ordinary day, said with nothing else
        =переехали=0, обычный день=0, ordinary day=0, normal day=0
        # round after the nineteenth blind set: a routine check-up, said with nothing else
        плановый осмотр=0, routine check up|checkup=0
    """,
    "_cry": """
        плач*=1.5, плак*=1.5, ревет=1.5, реву=1.5, ревел*=1.5, рыда*=2.5, разрыдал*=2.5
        слез*=1.5, всхлип*=1.5, хнык*=0.8, cry=1.5, cries=1.5, crying=1.5, cried=1.5, =tears=1.5
        sob*=2, teary=1.5, whimper*=1.2, whin*=0.6, sniff*=0.8, burst into =tears=2
        cant stop crying=3, плакать=1.5, расплакаться=2, разрыдаться=2.5, рыдать=2, реветь=1.5
        разреветься=2, всхлипывать=1.5, в слезах=2, до слез=1.5, навзрыд=2.5, sob=2, sobbing=2
        sobbed=2, sniffl*=1.5, weep*=2, tearful=2, teared up=2, in =tears=2, cried all night=2.5
        loudly crying face=2, crying face=2, crying cat=2
    """,
    "_shout": """
        кричи*=0.8, кричал*=0.8, крича*=0.8, орет=0.8, орал*=0.8, вопит=1, визжит=0.8
        scream*=0.7, yell*=0.8, shout*=0.8
    """,
    "_misdirected": """
        не на меня|нас|маму|папу, not at me|us, not mad|angry at me|us
    """,
    "_sarcasm": """
        oh great|wonderful|joy|perfect|lovely|fantastic|brilliant|super|goody=2
        just great|perfect|wonderful|lovely|fantastic=2, great another=2, yay another=2
        how lovely=1.5, love that for me=2, thanks a lot=1
        ну прекрасно|отлично|замечательно|супер|класс|здорово|шикарно|чудесно=2
        как же я =люблю=2, обожаю когда=1.5, ура опять|снова=2, очередн*=0.5, another=0.3
        # emoji names: 🙄 🙃
        face with rolling eyes=2, upside down face=1
    """,
}
"""Cue entries per emotion (and context flag), in both languages: a phrase in either
language is read against all of them, since children mix languages and slang."""

CONTEXT: Final[dict[str, str]] = {
    "_sibling": """
        брат*, братик*, братишк*, сестр*, сестренк*, сестричк*, малыш*, младш*
        старший|старшая|старшего|старшей|старшему|старшим, кузен*, кузин*, двоюродн*, племянни*
        девушк*, парень, парнем, лучшая подруга, лучший друг, близнец*, близняш*, ребеночк*
        brother*, sister*, bro, sis, baby, the little one, the older one, the younger one
        the big one, babys, babies, sibling*, twin*, newborn, cousin*, niece*, nephew*
        boyfriend*, girlfriend*, bff, best friend
    """,
    "_compare": """
        больше не=0, no more=0, any more=0, anymore=0, больше, тоже=0.5, только=0.5
        лучше меня=1.5, лучше=1, а мне=1, всегда=0.3, обнимаю, кормлю, хвал*
        беру ~ на руки|ручки, на руках, ты с ним|ней, мое=0.5, переписыва*, лайк*, с другими
        с другой|другим, my lap, in my arms, with his|her|my sister|brother|baby, with the baby
        с сестрой|братом|малышом, hug*, hold*, feed*, prais*, clap* for, mine, likes other
        follows, other girls|boys, more, too=0.3, only=0.5, get|gets to=1, better than me=1.5
        always gets=1, more than me=1.5, another girl|boy|friend=1, как только=0
        помогаю, help|helping his|her
        got|gets a|the new|bigger|better=1, ей|ему|брату|сестре купили|подарили|досталось=1
    """,
    "_unfair": """
        нечестн*, несправедлив*, не честно, не справедливо, unfair, not fair, no fair
    """,
    "_task": """
        пазл*, конструктор*, лего, кубик*, башн*, шнурк*, шнурками, застежк*, молни*, пуговиц*
        пропис*, rubik*
        стих*, poem*, в кольцо, hoop
        задач*, математик*, дроб*, уровень, компьютер*, ноут*, велик*, цеп*, скакалк*
        пластилин*, крышк*, бутылк*, шахмат*, тетрад*, конспект*, игр*, ботин*, рисун*, puzzle*
        lego, blocks, tower, zipper, shoelace*, laces, button*, homework, math, fractions, game
        level, boss, computer, bike, drawing*, rope, playdough, bottle, cap, sorter, shape, lid
        chess, problem, worksheet, script, lines, keyboard, клавиатур*, shoe, по столу, об стол
        об пол, в стену
        the table, the wall, the floor, sock*, shoes, boots, jacket, coat, носок, носки, ботинк*
        куртк*, ручк*, проект*, телефон*, phone, project, pen, remote, пульт*
        рюкзак*, камн*, камушк*, стул*, backpack, rocks, stones, chairs, printer, принтер*
    """,
    "_threat": """
        стоматолог*, зубно*, зубному, врач*, медсестр*, прививк*, укол*, анализ крови, кровь из
        гаснет свет, выключили свет, выключил* свет, в темноте, гром*, гроза, пылесос*, салют*
        больш* собак*, чуж* собак*, паук*, незнаком*, фен*, dentist*, doctor*, nurse*, shot, shots
        injection*, vaccin*, needle*, blood test, lights go|went out, in the dark, thunder*
        vacuum*, fireworks, big dog*, strange dog*, spider*, stranger*, hairdryer*, haircut
        купани*, мою|моем|моет|мыть|помыть ~ голову|волосы, в ванной, in the bath, bath time
        дед* мороз*, santa, костюм*, ростов* кукл*, mascot*
        hair wash*
    """,
    "_worry": """
        а вдруг, вдруг, что если, а если, что будет если, what if, боится что, afraid that
        scared that, worried that, worries that, переживает что, волнуется что
    """,
}
"""Context flags, matched on their own (they neither cover nor hide an emotion's cue):
``_sibling`` (a brother, a sister, the baby: a rival for love), ``_compare`` (someone gets
more, is held or praised), ``_unfair`` (a fairness complaint), ``_task`` (a thing or a
task, the target of frustration rather than anger), ``_threat`` (a feared thing: the
dentist, a shot, the dark, a big dog; anger at it is fear) and ``_worry`` (the start of a worry:
"а вдруг", "what if")."""


NEGATORS: Final = _words(
    "не ни нисколько нисколечко ничуть nothing never "
    "not dont doesnt didnt isnt arent wasnt werent aint nt cant couldnt wont wouldnt"
)
"""Words that negate the cue after them ("не страшно", "not scared")."""

NEGATION_FILLERS: Final = _words(
    "очень так совсем сильно уж особо вообще прям было буду будет мне я тебе было бы "
    "really that so very too am is are was be feel feeling felt at all a bit i im even get "
    "getting gonna going to"
)
"""Words that may stand between a negator and its cue ("не очень страшно", "not really
that scared"); any other word ends the negation's reach."""

INTENSIFIERS: Final = _words(
    "очень так такой такая такое сильно совсем вообще ужасно жутко безумно дико прям "
    "реально капец пипец максимально ваще оч самый самая никогда всегда всех весь "
    "very so really totally super extremely always never literally such freaking "
    "fricking damn seriously absolutely completely insanely"
)
"""Words that make the feeling stronger; one said twice ("really really", "очень-очень")
makes it stronger still."""

DIMINISHERS: Final = frozenset({
    "немного", "немножко", "чуть", "чуточку", "слегка", "капельку", "слегонца",
    "a little", "a bit", "slightly", "kind of", "kinda", "sort of", "somewhat", "mildly",
})
"""Words (or two-word phrases) right before a cue that soften it: "a little nervous"."""

DIMINISHED: Final = 0.5
"""How much a softened cue weighs."""

CONTRAST: Final = _words(
    "а но просто скорее лишь зато однако потом just but rather more actually then however"
)
"""Words that turn from a negated feeling to the real one: "не злится, а просто устал"
"not angry, just tired"."""

CONTRAST_BOOST: Final = 1.5
"""How much more the cues after such a contrast weigh."""

GUESSES: Final = _words("думала думал думали казалось показалось thought assumed figured")
"""A parent's first guess ("I thought he was angry, but…", «думала, злится, а оказалось…»):
at the start of a sentence or after "я", "i", "we", «сначала», "at first"."""

GUESS_SPEAKERS: Final = _words("я мы i we сначала first")
"""The words that may stand right before a guess word (the parent's own guess, not "she
thought nobody liked her", the child's)."""

BEFORE: Final = _words("вчера позавчера yesterday")
"""Words that set a feeling on an earlier day: «вчера радовалась, а сегодня ...",
"yesterday he was a chatterbox. today ..."."""

NOW: Final = _words("сегодня today tonight теперь now")
"""Words that bring the message back to today after ``BEFORE``: the feeling told after
them is the one the parent writes about; the day before's weighs like a guess taken back
(``GUESSED``)."""

GUESSED: Final = 0.25
"""How much a feeling the parent guessed first weighs once a contrast takes it back."""

EMPHASIS_BONUS: Final = 1.0
"""The most that emphasis (stretched letters, "!!", capitals) adds to the leading feeling."""

THREAT_SHARE: Final = 2.0
"""How much anger one feared thing (the dentist, a shot, the dark, a big dog) turns into
fear: kicking and screaming at the dentist's is fear fighting back. At most the anger."""

WORRY_SHARE: Final = 0.5
"""What a feeling named inside a worry ("what if they laugh") adds to fear."""

EXPRESSION_EVIDENCE: Final = 1.0
"""How much evidence another negative feeling needs to take a share of crying or
shouting."""

EXPRESSION_SHARE: Final = 0.5
"""The share of crying or shouting that goes to that feeling."""

SITUATION_PRIORS: Final[dict[str, tuple[str, float]]] = {
    "screens": ("anger", 1.0), "new_baby": ("jealousy", 1.0), "loss": ("sadness", 1.0),
    "separation": ("fear", 1.0), "bedtime": ("tiredness", 0.5),
}
"""The feeling a situation makes likelier, and by how much, when the message shows some
distress: a screen taken away and a scream is anger, a daycare drop-off and tears fear."""

LAUGHTER: Final = re.compile(
    r"(?:а?(?:ха|хе|хи|ах){2,}х?а?|(?:ha|he|ah|hi){2,}h?|l+o+l+|lmao+|rofl|xd+|хд+)"
)
"""A token that is laughter ("ахахах", "hahaha", "lol", "xD"): a little joy."""

PRIORITY: Final[tuple[str, ...]] = (
    "jealousy", "loneliness", "shame", "fear", "tiredness", "frustration", "anger",
    "sadness", "joy",
)
"""Tie-break order: the more specific feeling wins a tie (a jealous child is angry too)."""
