"""The offline translator's cue lexicon: pure data, compiled by ``offline`` at import.

Entry syntax (one entry per comma or line; ``#`` starts a comment)::

    word            an exact normalised token (lower case, ё→е, no apostrophes)
    stem*           any token starting with ``stem``
    a|b*            alternatives for one token
    tok?            an optional token (inside a phrase)
    ~               a gap of up to two tokens (inside a phrase)
    entry=2.5       the cue's weight (default 1 for a token, 2 for a phrase)

Entries with spaces are phrases (token sequences, matched within one clause); a phrase
covers its tokens, so ``tired of`` counts as frustration and its ``tired`` not again.
Keys starting with ``_`` are not emotions but context flags: ``_sibling`` (a brother, a
sister, the baby), ``_compare`` (someone gets more), ``_unfair`` (a fairness complaint),
``_neutral`` (phrases that only shield their tokens, e.g. ``в классе`` is not joy).

Russian stems are written short enough to cover the endings a child uses (злю, злит,
злой) and the usual misspellings (страшна); English entries are written without
apostrophes because normalisation drops them (``im``, ``dont``, ``cant``).
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CUES: Final[dict[str, str]] = {
    "anger": """
        зли*, злю*, злой, злая, злые, злое, злюка*, злоб*, злост*, разозл*=1.5, обозл*=1.5
        сердит*, сержусь, сердишь*, рассерд*=1.5, ярост*=2.5, взбес*=2.5, бешен*=2, бесюч*=1.5
        беси*=2, бесит*=2, бесят=2, бесишь=2, бешу, бомбит=1.5, психу*=1.2, психанул*=1.5
        тебя ненавижу=3.5, ненавижу тебя=3.5
        ненави*=2.5, ненавеж*=2.5, ненавиж*=2.5, убью=3, убить=2, прибью=2.5, ударю=2
        дурак*=1.2, дура=1.2, дурын*=1.2, тупица=1.2, идиот*=1.5, придур*=1.5, урод=1.2
        отстан*=1.5, отвали*=2, уйди=1.5, уходи=1, заткн*=2, замолчи=1.5, отойди=1
        кричи*=1.2, кричал*=1.2, крича*=1.2, орет=1.2, орал*=1.2, вопит=1, визжит=0.8
        дерет*=1.2, дерусь, подрал*, драк*, бьет=1.2, бьется, бил=1, била=1, ударил*=1.2
        стукнул*=1.2, пнул*=1.2, пинает=1.2, толкает=1, толкнул*=1, кусает=1.2, укусил*=1.2
        кусается, царапа*=1, швыр*=1.5, кинул*=1.2, кидает*=1.2, бросил*=0.8, бросает=0.8
        хлопнул*=1.5, хлопает=1, топает=1, топал*=1, истерик*=1.5, истерит=1.5, истерил*=1.5
        грр, гр, рр, р=0.5, мое=1, моя=0.3, отдай=1.2, нет=0.3, бесполезный=0.5, гад*=1.2
        ты плох*=2, ты злая|злой=2.5, ты дурак|дура=2, ты плохая мама=3, плохая мама=2.5
        худшая мама=3, ненавижу тебя=3.5, не люблю тебя=3, я тебя не люблю=3
        не трогай*=1.5, не лезь=1.5, оставь меня в покое=2.5, оставьте меня в покое=2.5
        не буду=0.6, не хочу=0.4, сам|сама=0.3, не подходи=1.5, не пойду=0.5
        angry=2.5, angrier=2.5, anger, mad=2, madd*=2, furious=3, rage=2.5, raging=2.5
        pissed=2.5, hate*=2.5, h8=2.5, h8t*=2.5, hatred=2.5, grr*, grrr, argh=0.5, annoy*=1
        idiot*=1.5, stupid=0.8, dumb=0.6, jerk=1.5, meanie=1.5, shut=1, fight*=0.8
        hit=1.2, hits=1.2, hitting=1.2, kick*=1.2, punch*=1.5, bite=1, bites=1, bit=0.5
        biting=1, scratch*=0.8, push*=0.8, shov*=1, scream*=1, yell*=1.2, shout*=1.2
        threw=1.2, throw*=1.2, slam*=1.5, smash*=1.5, tantrum*=1.5, kill=2, mine=1
        shut up=2, go away=1.5, get out=2, leave me alone=2.5, i hate you=3.5, hate you=3.5
        you are mean|so mean|mean=2, youre mean=2, youre so mean=2
        worst mom|mother|dad|mum|parent=3
        dont touch=1.5, stop it=1.2, give it back=1.2, its mine=1.5, i dont love you=3
        not your business=1.5, none of your business=1.5, i wont=0.5, no way=0.5, no=0.2
    """,
    "sadness": """
        грустн*=2.5, груст*=2.5, грусно=2.5, грусна=2.5, печал*=2.5, плач*=2, плак*=2
        ревет=1.5, реву=1.5, ревел*=1.5, рыда*=2.5, разрыдал*=2.5, слез*=1.5, всхлип*=1.5
        обидн*=2, обидел*=1.5, обижа*=1.5, обида=2, расстро*=2, несчаст*=2, тоск*=2
        скучаю=2, скучает=1.5, соскуч*=2, жалко=1.5, жаль=1.2, умер*=2.5, умерл*=2.5
        погиб*=2.5, потерял*=1.2, пропал*=1.2, сломал*=0.6, уехал*=0.8, плохо=1, хнык*=0.8
        депрес*=3, уныл*=2, хочу умереть=4, не хочу жить=4, жить не хочу=4
        мне плохо=1.5, мне грустно=2.5, нет настроения=2
        sad=2.5, sadd*=2.5, cry=2, cries=2, crying=2, cried=2, tears=1.5, sob*=2, teary=1.5
        upset=2, unhappy=2.5, miss=2, missing=1.5, missed=1.2, died=2.5, dead=1.5, dies=2
        heartbroken=3, depress*=3, gloomy=2, lost=0.6, broke=0.5, broken=0.8, hurt=1
        down=0.5, blue=0.3, whimper*=1.2, whin*=0.6, sniff*=0.8
        hurt my feelings=2.5, hurts my feelings=2.5, i want to die=4, wish i was dead=4
        feel bad=1.5, feel down=2, i miss=2.5, cant stop crying=3, nobody cares=1
    """,
    "fear": """
        страш*=2.5, стражн*=2, боюс*=2.5, боюсь=2.5, бою=2, боимся=2, боит*=2, боязн*=2
        испуг*=2.5, испуга*=2.5, напуга*=2.5, пуга*=1.5, ужас=1.5, ужасы=1.5, жутк*=1.5
        кошмар*=2, монстр*=2, чудовищ*=2, привиден*=2, призрак*=2, бабайк*=2, бабай=2
        темнот*=1.5, темно=1.2, тревож*=2.5, тревог*=2.5, волну*=2, нервнича*=2, нервы=1
        переживаю=2, переживает=1.5, паник*=2.5, опасн*=1.5, трясу*=1, дрож*=1, стрем*=1
        контрольн*=0.5, экзамен*=0.6, огэ=0.6, егэ=0.6, укол*=1.2, врач*=0.6, зубн*=0.6
        прячет*=0.8, спрятал*=0.8, вдруг=0.5
        не уходи=2.5, не оставляй=2.5, не бросай=2, побудь со мной=2, останься=1.5
        хочу к маме=1.8, хочу к папе=1.5, где мама=1.5, хочу маму=1.5, мама не придет=2
        а вдруг=2, что если=1.5, что будет если=1.5, спать одн*=1.5, одн* в комнате=1.5
        под кроватью=1.5, в шкафу=1, не могу уснуть=1.2, плохой сон=1.5, страшный сон=2.5
        scared=2.5, scary=2, scare*=2, afraid=2.5, fear*=2, frighten*=2.5, terrif*=3
        nervous=2, worried=2, worry=2, worries=2, anxious=2.5, anxiety=2.5, panic*=2.5
        nightmare*=2.5, monster*=2, ghost*=1.5, dark=1.2, creepy=1.5, shaking=1, shaky=1
        hide=0.6, hiding=0.6, test=0.4, exam=0.6, exams=0.6, doctor=0.6, dentist=0.8
        needle=1, shot=0.5, spider*=1, thunder*=1.2
        what if=2, dont leave=2.5, dont go=2, stay with me=2, dont leave me=2.5
        want mommy|mummy|mama|mom|mum|daddy=1.5, want my mom|mommy|mum|mama|dad|daddy=1.5
        freaking out=2.5, freak out=2, freaked out=2, under the bed=1.5, in the closet=1
        cant sleep=1, bad dream=2.5, sleep alone=1.5
    """,
    "shame": """
        стыд*=3, стыж*=3, постыд*=3, позор*=3, опозор*=3, кринж*=1.5, неловк*=1.5
        стесня*=2, застесн*=2, смущ*=2, краснею=1.5, покраснел*=1.5, виноват*=2
        прости*=0.7, извини*=0.7, засмеют=2, засмеял*=2, смеял*=1, смеются=1, дразн*=1.5
        я плох*|плохой|плохая=2.5, я глуп*=2.5, я туп*=2.5, я дурак|дура|идиот*=2.5
        я урод*|некрасив*|толст*|жирн*=2.5, я неудачни*|лузер|бездар*=2.5, я хуже всех=2.5
        я так*? глуп*|туп*|плох*=2.5, я ничего не умею=2.5, я ни на что не годен|годна=3
        не смотри*=1.5, никому не говори=2, не говори никому=2, не рассказывай=1.5
        надо мной смеял*|смеют*=2.5, все смеял*=2.5, все видели=1.5, это я виноват*=3
        я не хотел*=1.2, это из за меня=2
        ashamed=3, shame*=2.5, embarrass*=2.5, humiliat*=3, cringe*=1.5, awkward=1
        blush*=1.5, guilty=2, sorry=0.7, teas*=1.2, mocked=1.5
        im stupid|dumb|bad|ugly|fat|useless|worthless|hopeless|pathetic=2.5
        im so stupid|dumb|bad|ugly|useless=2.5, im a loser|failure|bad*=2.5, i suck=2.5
        im the worst=2.5, im an idiot=2.5, im such a loser|failure|baby=2.5
        dont look at me=2, dont tell anyone=2, dont tell=1.5, everyone laughed=2.5
        laughed at me=2.5, laughing at me=2.5, laugh at me=2.5, everyone saw=1.5
        my fault=2, its my fault=2.5, didnt mean to=1.2, cant do anything right=2.5
    """,
    "jealousy": """
        ревну*=3, ревнив*=3, ревност*=3, завид*=2.5, любимчик*=2, любимиц*=2
        больше любишь|любите=3, любишь больше=3, любите больше=3, любишь ее|его|их=1
        а ему можно=2.5, а ей можно=2.5, ему можно=2, ей можно=2, ему всегда=2, ей всегда=2
        он|она всегда получа*=2.5, всегда ему|ей=2
        ему все=1.5, ей все=1.5, ему больше=2, ей больше=2, почему ему=2, почему ей=2
        а мне=1, а мне нет=1.5, у всех есть=2, у всех ~ а у меня нет=3, а у меня нет=1.5
        верни* ~ обратно=2.5, унеси* ~ обратно=2.5, не хочу братика|сестренку|малыша=3
        лучше бы ~ не было=3, лучше бы ~ не родил*=3, только с ним|ней|малышом=2
        только ему|ей=1.5, всегда с ним|ней=1.5, с малышом=1
        jealous*=3, envy=2.5, envious=2.5
        love him|her more=3, like him|her more=2.5, love the baby more=3, love * more=3
        he always gets=2.5, she always gets=2.5, always gets=2, he gets to=2, she gets to=2
        why does he|she get=2.5, why does he|she=1.5, why him=1.5, why her=1.5
        what about me=2, only him=1.5, only her=1.5, always him=1.5, always her=1.5
        everyone has=1.5, everybody has=1.5, everyone else has|gets=2, everyone else=1
        send * back=2.5, take * back=1.5, wish * never born=3, wish * wasnt born=3
        always about the baby|him|her=2.5, your favorite|favourite=2, the favorite|favourite=2
        favorite child|favourite child=3
    """,
    "loneliness": """
        одинок*=3, одиноч*=2, один=0.6, одна=0.6, одной=0.6, одному=0.6, игнор*=1.5
        я один|одна=1.5, я всегда один|одна=2.5, я совсем один|одна=2.5, совсем один|одна=2
        никто не игра*|дружи*|хоч*|люб*|зов*|позвал*|пришел*|понима*|слуша*|замеча*=2.5
        меня никто не=2.5, со мной никто=2.5, со мной не игра*|дружа*|хот*|разговарива*=2.5
        не с кем игра*|поигра*|дружи*|поговори*|гуля*=3, нет друзей|друга|подруг*=3
        нету друзей|друга|подруг*=3, ни одного друга=3, никому не нуж*=3, не нуж* никому=3
        меня не позвал*|взял*|пригласил*|берут|принима*|зовут=2.5, не дружат=2
        не хотят игра*|дружи*=2.5, все без меня=2, без меня=1, никто меня не=2.5
        lonely=3, lonley=3, lonly=3, alone=1.2, loner=2.5, isolated=2, ignor*=1.5
        nobody|noone likes|plays|wants|cares|loves|understands|talks|invited|listens=2.5
        no one likes|plays|wants|cares|loves|understands|talks|invited|listens=2.5
        nobody ~ play with me=3, no one ~ play with me=3, nobody to play|talk=3
        no one to play|talk=3, no friends=3, dont have ~ friends=3, have no friends=3
        not invited=2.5, didnt invite me=2.5, wasnt invited=2.5, left out=2.5
        ignore me=2, ignores me=2, ignored me=2, by myself=1, all alone=2.5, play alone=2
        sit alone|sat alone|eat alone|ate alone=2.5, without me=1.2, all by myself=1.5
        no one wants to=2, nobody wants to=2
    """,
    "tiredness": """
        устал*=2.5, устав*=2, устаю=2, утомил*=2, утомл*=2, вымотал*=2.5, вымотан*=2.5
        измотан*=2.5, выдохся=2.5, выдохлась=2.5, выгора*=2.5, перегруз*=2, сонн*=1.5
        засыпа*=1.2, зева*=1.5, зевнул*=1.5, капризнича*=1.2, капризн*=1.2, капризы=1.2
        спать=0.6, спатки=1, баиньки=1.5, отдохнуть=1.2, полежать=1, отдых*=1
        хочу спать=2.5, спать хочу=2.5, хочется спать=2.5, сил нет=2.5, нет сил=2.5
        нету сил=2.5, больше не могу=2.5, не могу больше=2.5, слишком много=1.5
        так много=1, столько уроков|всего|дел=1.5, не выспал*=2, голова болит=1
        ноги болят=1.2, на ручки=1.5, возьми на ручки=1.5, понеси=1.2, ничего не хочу=1.5
        tired=2.5, tiered=2, exhausted=3, exausted=3, sleepy=2, sleepyhead=1, drained=2
        overwhelm*=2.5, yawn*=1.5, fussy=1.2, cranky=1.2, nap=0.8, bedtime=0.5
        too much=1.5, so done=1.5, im done=1.5, worn out=2.5, burnt out=2.5, burned out=2.5
        burn out=2, no energy=2.5, need a break=2, want to sleep=2, wanna sleep=2
        need sleep=2, cant anymore=2, cant take it=2, cant do this anymore=2.5
        carry me=1.5, pick me up=1.2, my legs hurt=1.2, so much homework=1.5
    """,
    "frustration": """
        получа*=0.3, выход*=0.3, сложн*=1, трудн*=1, тяжел*=0.8, опять=0.5, снова=0.4
        нечестн*=2, несправедлив*=2, достал*=1.5, надоел*=1.5, надоело=1.8, задолбал*=1.8
        бесполезн*=1, дурацк*=1.2, дебильн*=1.2, блин=0.8, черт=0.8, капец=0.5, аргх=1.5
        скучно=0.8, сдаюсь=2, застрял*=1.2, ошибк*=0.6, отстой=1.2
        фигня=0.8, ерунда=0.8, проиграл*=1.5, продул*=1.5, непонятно=1.5, бесполезно=1.2
        не получа*=2.5, не получилось=2.5, не выход*=2, не выйдет=2, не могу=1
        не хочу|буду|пойду спать=1.5, не нравится=1, не люблю=0.8
        не умею=1.5, не понима*=1.2, не понял*=1.2, не справ*=1.5, не честно=2
        не справедливо=2, слишком сложно|трудно=2.5, никогда не получа*=3
        почему у меня не=2, ну почему=1, ничего не понятно=2, не работает=1.5
        все равно не=1, тупая|тупой|тупое|тупые задача|задание|игра|домашка|уроки=1.5
        ugh=1.5, ugh*=1.5, argh*=1.5, arg=1.2, hard=0.8, stuck=1.2, quit=1.2, again=0.4
        unfair=2, annoyed=1.2, frustrat*=3, boring=0.8, bored=0.8, fail*=1, wrong=0.6
        impossible=1.5, useless=0.8, ridiculous=1
        cant do it=2, cant do this=1.8, i cant=1, doesnt work=2, wont work=2
        not working=2, never works=2.5, too hard=2.5, so hard=2, its hard=1.5, not fair=2
        no fair=2, give up=2, giving up=2, i quit=2, why cant i=2, why wont it=2
        why does it always=2, this|that|the|these stupid=1.5, this|that dumb=1.5
        fed up=2, sick of=2, tired of=2, done with=1.5, i lost=1.2, lost the game=1.5
        messed up=1.2, mess up=1.2, screwed up=1.2, dont understand=1.5, dont get it=1.5
        doesnt make sense=1.5, i dont want to=0.6, dont wanna=0.6
    """,
    "joy": """
        ура=2.5, урра=2.5, урраа=2.5, класс=1, классно=1.5, классн*=1.5, круто=1.5, крут*=1.2
        супер=1.5, здорово=1.5, весел*=1.5, радост*=2.5, рад=2, рада=2, радуюсь=2.5
        счастлив*=2.5, обожаю=2, люблю=1, прикольн*=1.2, кайф*=1.5, смешн*=1, восторг*=2.5
        получилось=1.5, смог=1, смогла=1, победил*=2, выиграл*=2, пятерк*=1, подарок=0.8
        подарки=0.8, спасибо=0.8, нравится=1, вау=1.5, ого=0.8, йес=1.5, ес=1, хаха=1
        ахах=1, ахаха=1, лол=1, кек=0.8, ржу=1, ору=0.5, бомба=0.8, огонь=0.8
        жду не дождусь=2.5, не могу дождаться=2.5, скорее бы=2, лучший день=2.5
        самый лучший=2, самый счастливый=2.5, у меня получилось=2.5, я смог|смогла=2
        я тебя люблю=2, люблю тебя=2, мне нравится=1.2, еще хочу=0.7, хочу еще=0.7
        yay=2.5, yey=2.5, yaay=2.5, woohoo=2.5, woo=1.5, whoo*=1.5, hooray=2.5, hurray=2.5
        yes=1, yess=1.2, happy=2.5, happi*=2, glad=1.5, excited=2.5, exciting=2, excite*=2
        love=1, fun=1.2, awesome=1.5, cool=1, amazing=1.5, great=1, wow=1, haha=1
        hehe=1, lol=1, lmao=1, thanks=0.7, proud=1.5, yippee=2.5, fantastic=1.5, best=1
        cant wait=2.5, i did it=2.5, we did it=2.5, i made it=2, we won=2, i won=2
        best day=2.5, best ever=2, the best=1.5, love you=2, i love it=2, so fun=2
        thank you=0.7
    """,
    "_sibling": """
        брат*, братик*, братишк*, сестр*, сестренк*, сестричк*, малыш*, младш*, старш*
        близнец*, близняш*, ребеночк*
        brother*, sister*, bro, sis, baby, babies, sibling*, twin*, newborn
    """,
    "_compare": """
        больше, тоже=0.5, только=0.5, лучше меня=1.5, а мне=1, всегда=0.3
        more, too=0.3, only=0.5, better than me=1.5, always gets=1, more than me=1.5
    """,
    "_unfair": """
        нечестн*, несправедлив*, не честно, не справедливо, unfair, not fair, no fair
    """,
    "_neutral": """
        в классе|класс|класса, из класса, одноклассник*, классная руководительница
        не страшно=0, нестрашно, не боюсь, не грустно, class, classes, classroom
        i dont know, не знаю
    """,
}
"""Cue entries per emotion (and context flag), in both languages: a phrase in either
language is read against all of them, since children mix languages and slang."""

EMOJI: Final[dict[str, tuple[str, float]]] = {
    **dict.fromkeys("😡😠🤬👿💢👊🖕", ("anger", 2.5)),
    "😤": ("frustration", 2.0),
    **dict.fromkeys("😭😢😞😔☹🙁😿💔😥😓", ("sadness", 2.0)),
    **dict.fromkeys("😱😨😰😟😧😦🙀👻😬", ("fear", 2.0)),
    **dict.fromkeys("😳🙈😖😣🫣", ("shame", 1.8)),
    **dict.fromkeys("😴🥱😩😫💤😪🛌", ("tiredness", 2.0)),
    "🤦": ("frustration", 1.8),
    "😒": ("jealousy", 1.0),
    "🥺": ("loneliness", 1.0),
    **dict.fromkeys("😀😃😄😁😆😊☺🙂🥳🎉😍🤩❤💕😂🤣👍✨🎈💖😻🙌", ("joy", 2.0)),
}
"""Emoji (first code point) → (emotion, weight): a cue, and repeated, a sign of intensity."""

EMOTICONS: Final[dict[str, tuple[str, float]]] = {
    ">:(": ("anger", 2.0), ":(": ("sadness", 1.5), ":-(": ("sadness", 1.5),
    ":'(": ("sadness", 2.0), "t_t": ("sadness", 2.0), ";(": ("sadness", 1.5),
    ":)": ("joy", 1.5), ":-)": ("joy", 1.5), ":d": ("joy", 2.0), "xd": ("joy", 1.5),
    "))": ("joy", 1.0), "((": ("sadness", 1.0), "^^": ("joy", 1.0), "<3": ("joy", 1.5),
}
"""Text emoticons, matched on the lower-cased raw text before punctuation is dropped."""

NEGATORS: Final = _words(
    "не ни нисколько нисколечко ничуть "
    "not dont doesnt didnt isnt arent wasnt werent aint nt"
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
"""Words that make the feeling stronger."""

PRIORITY: Final[tuple[str, ...]] = (
    "jealousy", "loneliness", "shame", "fear", "tiredness", "frustration", "anger",
    "sadness", "joy",
)
"""Tie-break order: the more specific feeling wins a tie (a jealous child is angry too)."""

GUIDANCE: Final[dict[str, str]] = {
    "en": """
# general
need: To be noticed and understood before anything is fixed.
say: I see something is going on for you. I'm here. | Tell me more, I'm listening.
avoid: Brushing it off with "it's nothing".

# anger
need: To be heard and to stay safe while the anger passes.
say: You're really angry. I get it. | I won't let you hurt anyone, but you can tell me.
avoid: Shouting back or punishing on the spot.

# sadness
need: Comfort and time to feel sad.
say: You're sad. I'm right here with you. | It's OK to cry.
avoid: "Stop crying" or rushing to cheer up.

# fear
need: To feel safe and protected.
say: That sounds scary. I'm with you. | You're safe; let's look at it together.
avoid: Laughing at the fear or saying "don't be silly".

# shame
need: To know they are still loved and good.
say: Everyone makes mistakes; I love you just the same. | That felt really embarrassing.
avoid: Scolding in front of others.

# jealousy
need: To be sure there is enough love for them.
say: You want time with me too. | There's a special place for you that nobody takes.
avoid: Comparing them with a sibling.

# loneliness
need: Connection and belonging.
say: It hurts when nobody plays with you. | I'm glad you told me. Let's think together.
avoid: "Just go and make friends".

# tiredness
need: Rest and fewer demands for now.
say: You're worn out. Let's slow down. | Let's rest first and sort it out later.
avoid: Adding more tasks right now.

# frustration
need: Support and a manageable next step.
say: It's so annoying when it doesn't work. | Want to try a smaller step together?
avoid: Doing it for them at once.

# joy
need: To share the joy with someone who cares.
say: You're so happy! Tell me everything! | I love seeing you this excited.
avoid: Hurrying them or cutting the joy short.
""",
    "ru": """
# general
need: Чтобы его заметили и поняли, прежде чем что-то исправлять.
say: Вижу, с тобой что-то происходит. Я рядом. | Расскажи мне, я слушаю.
avoid: Отмахиваться: «да ерунда».

# anger
need: Быть услышанным и в безопасности, пока злость проходит.
say: Ты очень злишься. Я понимаю. | Я не дам никого обидеть, но ты можешь мне сказать.
avoid: Кричать в ответ или наказывать сгоряча.

# sadness
need: Утешение и время погрустить.
say: Тебе грустно. Я рядом. | Можно поплакать.
avoid: «Не плачь» или спешить развеселить.

# fear
need: Почувствовать себя в безопасности.
say: Это правда страшно. Я с тобой. | Ты в безопасности, давай посмотрим вместе.
avoid: Смеяться над страхом или говорить «не выдумывай».

# shame
need: Знать, что его по-прежнему любят.
say: Все ошибаются, я люблю тебя так же. | Это было очень неловко, понимаю.
avoid: Ругать при других.

# jealousy
need: Быть уверенным, что любви хватит и ему.
say: Тебе тоже хочется побыть со мной. | Ты у меня особенный, твоё место никто не займёт.
avoid: Сравнивать с братом или сестрой.

# loneliness
need: Близость и чувство, что он свой.
say: Обидно, когда никто не зовёт играть. | Хорошо, что ты рассказал. Подумаем вместе.
avoid: «Просто иди и подружись».

# tiredness
need: Отдых и меньше требований сейчас.
say: Ты совсем вымотался. Давай притормозим. | Сначала отдохнём, потом разберёмся.
avoid: Добавлять новые задания прямо сейчас.

# frustration
need: Поддержка и посильный следующий шаг.
say: Как обидно, когда не получается. | Давай попробуем шаг поменьше вместе?
avoid: Сразу делать за него.

# joy
need: Разделить радость с близким.
say: Ты так рад! Расскажи всё! | Мне так нравится видеть тебя счастливым.
avoid: Торопить или обрывать радость.
""",
}
"""Emotion-coaching guidance per language; placeholder texts until the per-band ones land."""
