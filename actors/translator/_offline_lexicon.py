"""The offline translator's cue lexicon: pure data, compiled by ``offline`` at import.

One entry per comma or line (``#`` starts a comment): ``word``, ``stem*``, ``a|b*``, and in
phrases ``tok?`` and ``~``, with an optional ``=weight``; keys starting with ``_`` are
context flags, not emotions. Russian stems are short enough to cover a child's endings;
English entries have no apostrophes. See docs/translator.md, section "The lexicon", for
the full syntax and the flags.
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CUES: Final[dict[str, str]] = {
    "anger": """
        врежу=2.5, вмажу=2.5, тресну=2, пусть катится=1.5, достал* ~ меня=1.5
        rolls her|his eyes=0.8, закатывает глаза=0.8, snaps at=1, огрыза*=1
        зли*, злю*, злой, злая, злые, злое, злюка*, злоб*, злост*, разозл*=1.5, обозл*=1.5
        сердит*, сержусь, сердишь*, рассерд*=1.5, ярост*=2.5, взбес*=2.5, бешен*=2, бесюч*=1.5
        беси*=2, бесит*=2, бесят=2, бесишь=2, бешу, бомбит=1.5, психу*=1.2, психанул*=1.5
        тебя ненавижу=3.5, ненавижу тебя=3.5
        ненави*=2.5, ненавеж*=2.5, ненавиж*=2.5, убью=3, убить=2, прибью=2.5, ударю=2
        дурак*=1.2, дура=1.2, дурын*=1.2, тупица=1.2, идиот*=1.5, придур*=1.5, урод=1.2
        отстан*=1.5, отвали*=2, уйди=1.5, уходи=1, заткн*=2, замолчи=1.5, отойди=1
        кричи*=0.8, кричал*=0.8, крича*=0.8, орет=0.8, орал*=0.8, вопит=1, визжит=0.8
        дерет*=1.2, дерусь, подрал*, драк*, бьет=1.2, бьется, бил=1, била=1, ударил*=1.2
        стукнул*=1.2, пнул*=1.2, пинает=1.2, толкает=1, толкнул*=1, кусает=1.2, укусил*=1.2
        кусается, царапа*=1, швыр*=1.5, кинул*=0.8, кидает*=0.8, бросил*=0.6, бросает=0.6
        хлопнул*=1.5, хлопает=1, топает=1, топал*=1, истерик*=1.5, истерит=1.5, истерил*=1.5
        грр, гр, рр, р=0.5, мое=0.6, моя=0.3, отдай=1.2, нет=0.3, бесполезный=0.5, гад*=1.2
        ты плох*=2, ты злая|злой=2.5, ты дурак|дура=2, ты плохая мама=3, плохая мама=2.5
        худшая мама=3, ненавижу тебя=3.5, не люблю тебя=3, я тебя не люблю=3
        не трогай*=1.5, не лезь=1.5, оставь меня в покое=2.5, оставьте меня в покое=2.5
        не буду=0.6, не хочу=0.4,  не подходи=1.5, не пойду=0.5
        angry=2.5, angrier=2.5, anger, mad=2, madd*=2, furious=3, rage=2.5, raging=2.5
        pissed=2.5, hate*=2.5, h8=2.5, h8t*=2.5, hatred=2.5, grr*, grrr, argh=0.5, annoy*=1
        idiot*=1.5, stupid=0.4, dumb=0.3, jerk=1.5, meanie=1.5, shut=1, fight*=0.8
        hit=1.2, hits=1.2, hitting=1.2, kick*=1.2, punch*=1.5, bite=1, bites=1, bit=0.5
        biting=1, scratch*=0.8, push*=0.8, shov*=1, scream*=0.7, yell*=0.8, shout*=0.8
        threw=0.8, throw*=0.8, slam*=1.5, smash*=1.5, tantrum*=1.5, kill=2, mine=1
        shut up=2, go away=1.5, get out=2, leave me alone=2.5, i hate you=3.5, hate you=3.5
        you are mean|so mean|mean=2, youre mean=2, youre so mean=2
        worst mom|mother|dad|mum|parent=3
        dont touch=1.5, stop it=1.2, give it back=1.2, its mine=1.5, i dont love you=3
        not your business=1.5, none of your business=1.5, i wont=0.5, no way=0.5, no=0.2
    """,
    "sadness": """
        тихо плач*|плак*=2.5, отменил*=1.5, cancel*=1.5
        похорон*=3, funeral=3, сам не свой|своя=2.5, забросил*=1.5, gave up on=1.5
        больше никогда=2.5, никогда больше=2.5, never again=2, never come back=2.5
        не выходит из комнаты=2, сидит в комнате=1.5, stays in his|her room=1.5
        anymore=1, nothing is fun=2.5, burst into tears=2
        грустн*=2.5, груст*=2.5, грусно=2.5, грусна=2.5, печал*=2.5, плач*=1.5, плак*=1.5
        ревет=1.5, реву=1.5, ревел*=1.5, рыда*=2.5, разрыдал*=2.5, слез*=1.5, всхлип*=1.5
        обидн*=2, обидел*=1.5, обижа*=1.5, обида=2, расстро*=2, несчаст*=2, тоск*=2
        скучаю=1, скучает=1, соскуч*=1, жалко=1.5, жаль=1.2, умер*=2.5, умерл*=2.5
        погиб*=2.5, потерял*=1.2, пропал*=1.2, сломал*=0.6,  плохо=1, хнык*=0.8
        депрес*=3, уныл*=2, хочу умереть=4, не хочу жить=4, жить не хочу=4
        мне плохо=1.5, мне грустно=2.5, нет настроения=2
        sad=2.5, sadd*=2.5, cry=1.5, cries=1.5, crying=1.5, cried=1.5, tears=1.5, sob*=2, teary=1.5
        upset=2, unhappy=2.5, miss=1, missing=1, missed=0.8, died=2.5, dead=1.5, dies=2
        heartbroken=3, depress*=3, gloomy=2, lost=0.6, broke=0.5, broken=0.8, hurt=1
        down=0.5, blue=0.3, whimper*=1.2, whin*=0.6, sniff*=0.8
        hurt my feelings=2.5, hurts my feelings=2.5, i want to die=4, wish i was dead=4
        feel bad=1.5, feel down=2,  cant stop crying=3, nobody cares=1
    """,
    "fear": """
        а если=2, если ~ умр*=2, умрешь=2, умрет=1.5, пожар*=2, вор|воры|грабител*=2
        точно ли=1.5, спрашивает ~ ли=1.2, вернешься=1.5, не вернешься=2, вцепил*=2, цепля*=2
        тряс*=1.5, живот болит=2, болит живот=2, больно=1, зубно*=1.5, пылесос*=1.5, гром*=1.2
        перед школой|садиком|контрольной|выступлением|экзаменом|соревнованиями=1.5
        выступлен*=1.2, не отпускает=2, не дает уйти=2, там кто то|что то=1.5
        asks if=1.5, asking if=1.5, keeps asking if=1.5, come back=1.5, cling*=2
        going to die=2.5, will you die=2.5, burglar*=2.5, lock*=0.6, symptom*=1.5
        tumor*=2, cancer=2, headache=0.5, tummy ache|hurts=2, stomach ache|hurts=2
        vacuum=1.5, fireworks=1.2, loud=0.8, recital=1.2, performance=1.2, presentation=1.2
        before school|the test|the game|the recital|the performance|the exam=1.5
        wouldnt|wont|doesnt let me leave=2, theres something=1.5, something up|under|in there=1.5
        upstairs=0.5
        страш*=2.5, стражн*=2, боюс*=2.5, боюсь=2.5, бою=2, боимся=2, боит*=2, боязн*=2
        испуг*=2.5, испуга*=2.5, напуга*=2.5, пуга*=1.5, ужас=1.5, ужасы=1.5, жутк*=1.5
        кошмар*=2, монстр*=2, чудовищ*=2, привиден*=2, призрак*=2, бабайк*=2, бабай=2
        темнот*=1.5, темно=1.2, тревож*=2.5, тревог*=2.5, волну*=2, нервнича*=2, нервы=1
        переживаю=2, переживает=1.5, паник*=2.5, опасн*=1.5, трясу*=1, дрож*=1, стрем*=1
        контрольн*=0.5, экзамен*=0.6, огэ=0.6, егэ=0.6, укол*=1.2, врач*=0.6, зубн*=0.6
        прячет*=0.8, спрятал*=0.8, вдруг=0.5
        не уходи=2.5, не оставляй=2.5, не бросай=2, побудь со мной=2, останься=1.5
        хочу к маме=1.8, хочу к папе=1.5, хочу маму=1.5, мама не придет=2
        а вдруг=2, что если=1.5, что будет если=1.5, спать одн*=1.5, одн* в комнате=1.5
        под кроватью=1.5, в шкафу=1, не могу уснуть=1.2, плохой сон=1.5, страшный сон=2.5
        scared=2.5, scary=2, scare*=2, afraid=2.5, fear*=2, frighten*=2.5, terrif*=3
        nervous=2, worried=2, worry=2, worries=2, anxious=2.5, anxiety=2.5, panic*=2.5
        nightmare*=2.5, monster*=2, ghost*=1.5, dark=1.5, creepy=1.5, shaking=1, shaky=1
        hide=0.6, hiding=0.6, test=0.4, exam=0.6, exams=0.6, doctor=0.6, dentist=0.8
        needle=1, shot=0.5, spider*=1, thunder*=1.2
        what if=2, dont leave=2.5, dont go=2, stay with me=2, dont leave me=2.5
        want mommy|mummy|mama|mom|mum|daddy=1.5, want my mom|mommy|mum|mama|dad|daddy=1.5
        freaking out=2.5, freak out=2, freaked out=2, under the bed=1.5, in the closet=1
        cant sleep=1, bad dream=2.5, sleep alone=1.5
    """,
    "shame": """
        описал*=2.5, обписал*=2.5, обкакал*=2.5, мокр*=0.5, закрыва* лицо=2.5
        закрыл* лицо=2.5, не смотрит ~ в глаза=2.5, прячет глаза=2.5, опускает глаза=2
        плохая девочка=2.5, плохой мальчик=2.5, все ржали=2.5, ржали надо мной=2.5
        называет себя=1.5, списыва*=1.2, поймали=1.2
        bad girl|boy=2.5, called herself|himself=1.5, wet the|his|her bed|pants=2.5
        wet himself|herself=2.5, peed=1.5, pooped=1.5, not to tell=2, never to tell=2
        made|make|making fun of=2.5, covers|covered|hides ~ face=2.5, caught=1.2, cheat*=1
        hasnt|havent|wont|doesnt|didnt|wouldnt|cant look* me in the eye=2.5
        wont|doesnt|didnt|wouldnt|cant look at me=2.5, leak*=1.5, points out=1
        стыд*=3, стыж*=3, постыд*=3, позор*=3, опозор*=3, кринж*=1.5, неловк*=1.5
        стесня*=2, застесн*=2, смущ*=2, краснею=1.5, покраснел*=1.5, виноват*=2
        прости*=0.7, извини*=0.7, засмеют=2, засмеял*=2, смеются=1, ржали=1.5, ржут=1.5, ржет=0.5
        дразн*=1.5
        я плох*|плохой|плохая=2.5, я глуп*=2.5, я туп*=2.5, я дурак|дура|идиот*=2.5
        я урод*|некрасив*|толст*|жирн*=2.5, я неудачни*|лузер|бездар*=2.5, я хуже всех=2.5
        я так*? глуп*|туп*|плох*=2.5, я ничего не умею=2.5, я ни на что не годен|годна=3
        не смотри*=1.5, никому не говор*|рассказ*=2.5, не говори* никому=2, не рассказывай=1.5
        надо мной смеял*|смеют*=2.5, все смеял*=2.5, все видели=1.5, это я виноват*=3
        я не хотел*=1.2, это из за меня=2
        cant|never show my face=2.5
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
        новорожд*=2.5, с рождения=2.5, родился|родилась|появился|появилась=1.5
        теперь дружит с=2.5, дружит с другой|другим=2.5, моя мама|мамочка=2.5, мой папа=2.5
        между нами=2, влезает между=2.5, везет ему|ей|же=2.5, везунчик=2, мисс совершенство=2.5
        baby came|arrived=2.5, baby was born=2.5, new baby=2, like a baby again=1.5
        new bff=2.5, new best friend=2.5, gets everything=2.5, he|she gets everything=2.5
        lets him|her=1, lucky him|her=2.5, miss|mr perfect=2.5, and|but not me=3
        you only ~ for|with his|her|him=2.5, he|she got=1, got more=2, got the ~ one=2
        my mommy|mama|daddy=1.5, gets between=2
        ревну*=3, ревнив*=3, ревност*=3, завид*=2.5, любимчик*=2, любимиц*=2
        больше любишь|любите=3, любишь больше=3, любите больше=3, любишь ее|его|их=1
        а ему можно=2.5, а ей можно=2.5, ему можно=2, ей можно=2, ему всегда=2, ей всегда=2
        он|она всегда получа*=2.5, всегда ему|ей=2
        ему все=1.5, ей все=1.5, ему больше=2, ей больше=2, почему ему=2, почему ей=2
        а мне=1, а мне нет=3, а со мной=2.5, у всех есть=2, у всех ~ а у меня нет=3
        а у меня нет=1.5
        верни* ~ обратно=2.5, унеси* ~ обратно=2.5, не хочу братика|сестренку|малыша=3
        лучше бы ~ не было=3, лучше бы ~ не родил*=3, только с ним|ней|малышом=2
        только ему|ей=1.5, всегда с ним|ней=1.5, с малышом=1
        jealous*=3, envy=2.5, envious=2.5
        love him|her more=3, like him|her more=2.5, love the baby more=3, love * more=3
        he always gets=2.5, she always gets=2.5, always gets=2, he gets to=2, she gets to=2
        why does he|she get=2.5, why does he|she=1.5, why does|do ~ get|gets=2
        why him=1.5, why her=1.5
        what about me=2, only him=1.5, only her=1.5, always him=1.5, always her=1.5
        everyone has=1.5, everybody has=1.5, everyone else has|gets=2, everyone else=1
        send * back=2.5, take * back=1.5, wish * never born=3, wish * wasnt born=3
        always about the baby|him|her=2.5, your favorite|favourite=2, the favorite|favourite=2
        favorite child|favourite child=3
    """,
    "loneliness": """
        кроме меня=2.5, не позвал*|пригласил*|добавил*|взял*=2, не дружим|дружат|дружит=2.5
        переехал*=2, командировк*=2, спит с его|ее=2, когда|када ~ приедет|придет|вернется=2
        где бабушка|дедушка|папа=1.5, у окна=1.5, невидимк*=2.5, новая школа=1
        скучаю=1.5, скучает=1.5, соскучил*=1.5, одна дома=1
        miss=1.5, misses=1.5, missing=1, except me=2.5, moved=1.5, moved away=2, deployed=2
        sleeps in|with his|her=2, asks ~ when=1.5, asking when=1.5, come play=1.5
        where ~ nana|grandma|grandpa|daddy|mommy=1.5, by the window=1.5, invisible=2.5
        nobody|noone ~ knows|notices|texts|calls|sits=2.5, no one ~ knows|notices|texts=2.5
        cant play with=2.5, too little=1.5, new school=1, new town=1, left for=1.5
        одинок*=3, одиноч*=2, один=0.6, одна=0.6, одной=0.6, одному=0.6, игнор*=1.5
        я один|одна=1.5, я всегда один|одна=2.5, я совсем один|одна=2.5, совсем один|одна=2
        никто не игра*|дружи*|хоч*|люб*|зов*|позвал*|пришел*|понима*|слуша*|замеча*=2.5
        меня никто не=2.5, со мной никто=2.5, со мной не игра*|дружа*|хот*|разговарива*=2.5
        не с кем игра*|поигра*|дружи*|поговори*|гуля*=3, нет друзей|друга|подруг*=3
        нету друзей|друга|подруг*=3, ни одного друга=3, никому не нуж*=3, не нуж* никому=3
        меня не позвал*|взял*|пригласил*|берут|принима*|зовут=2.5, не дружат=2
        не хотят игра*|дружи*=2.5, все без меня=2, без меня=1, никто меня не=2.5
        lonely=3, lonley=3, lonly=3, alone=1, loner=2.5, isolated=2, ignor*=1.5
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
        падает на диван=2, ни на что не реагирует=1.5, сплю=1.5, уснул*=1.5, засыпает=1.5
        до ~ ночи=1.5, выжат*=2.5, глаза слипаются=2.5, перелет*=1.5, часовых поясов=2
        на ровном месте=2, любой мелочи=2, по любому поводу=1.5, к пятнице=1.2, кружки=0.8
        после школы=0.8, после дня рождения=1, мозг кипит=2, голова не варит=2
        asleep=2, fell asleep=2.5, falls asleep=2, 1am|2am|3am|4am=1.5, running on empty=3
        wiped=2.5, wiped out=2.5, brain is full=2.5, zero energy=3, energy left=2
        every little thing=2, by friday=1.2, jet lag=2, after the tournament|party|trip=1
        lies on the floor=2, collapses=2, between school=1
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
        не может сам|сама=2, не может=1.5, стараюсь=1.2, пытается=1.2, пытаюсь=1.2
        уже ~ раз=1.5, в который раз=2, пятый|десятый|сотый раз=1.5, бьет по=1.5
        падает=0.8, развалил*=1, порвал*=0.8, не влезает=2, не лезет=2
        wont|doesnt fit=2, same level|bar|mistake|page|part|place=2, for the ~ time=2
        so many times=1.5, again and again=1.5, still messes|cant|doesnt=2, trying=1.2
        tried=1, gets it wrong=1.5, banging=1.2, bangs=1.2, erased=1, ripped=0.8
        stupid=1, dumb=0.6, keeps trying=1.5
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
        все равно не получа*|выход*|работа*=3, все равно не=1.5
        тупая|тупой|тупое|тупые задача|задание|игра|домашка|уроки=1.5
        ugh=1.5, ugh*=1.5, argh*=1.5, arg=1.2, hard=0.8, stuck=1.2, quit=1.2, again=0.4
        unfair=2, annoyed=1.2, frustrat*=3, boring=0.8, bored=0.8, fail*=1, wrong=0.6
        impossible=1.5, useless=0.8, ridiculous=1
        cant do it=2, cant do this=1.8, i cant=1.5, doesnt work=2, wont work=2
        not working=2, never works=2.5, too hard=2.5, so hard=2, its hard=1.5, not fair=2
        no fair=2, give up=2, giving up=2, i quit=2, why cant i=2, why wont it=2
        why does it always=2, this|that|the|these stupid=1.5, this|that dumb=1.5
        fed up=2, sick of=2, tired of=2, done with=1.5, i lost=1.2, lost the game=1.5
        messed up=1.2, mess up=1.2, screwed up=1.2, dont understand=1.5, dont get it=1.5
        doesnt make sense=1.5, i dont want to=0.6, dont wanna=0.6
    """,
    "joy": """
        скачет=1.5, прыгает=1, хохочет=2.5, смеется=1.5, смеялся=1, смеялась=1
        хлопает в ладоши=2.5, улыба*=2, светится=2.5, сияет=2.5, влюбил*=2, предвкуш*=2.5
        танцует=1.5, напевает=1.5, поет=1, рассказывает всем=1.5, показывает всем=1.5
        хвастает*=1.2, я сам|сама=1.5, смотри смотри=1.5, смотри что=1.5, сдал*=1.5
        наконец=1, красиво=1, красив*=0.8, день рождения=1, праздник*=1, завтра едем=1.5
        grin*=2, grinning=2, scored=1.5
        bouncing=2, jumping=1, giggl*=2.5, laugh*=1.5, squeal*=2, clap*=1.5, smil*=2
        beaming=2.5, glowing=2, in love=2, crush=1.5, dancing=1.5, humming=1.5
        showing everyone=1.5, shows everyone=1.5, passed=1.5, finally=1, birthday=1
        party=0.8, invited=1, were going to|tomorrow=1.5, look what=1.5, look mom=1.5
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
        брат*, братик*, братишк*, сестр*, сестренк*, сестричк*, малыш*, младш*
        старший|старшая|старшего|старшей|старшему|старшим, кузен*, двоюродн*
        девушк*, парень, парнем, лучшая подруга, лучший друг
        близнец*, близняш*, ребеночк*
        brother*, sister*, bro, sis, baby, babys, babies, sibling*, twin*, newborn, cousin*
        boyfriend*, girlfriend*, bff, best friend
    """,
    "_compare": """
        больше, тоже=0.5, только=0.5, лучше меня=1.5, а мне=1, всегда=0.3
        обнимаю, кормлю, хвал*, беру ~ на руки|ручки, на руках, ты с ним|ней, мое=0.5
        переписыва*, лайк*, с другими, с другой|другим
        my lap, hug*, hold*, feed*, prais*, clap* for, mine, likes other, follows, other girls|boys
        more, too=0.3, only=0.5, get|gets to=1
        better than me=1.5, always gets=1, more than me=1.5
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
    "не ни нисколько нисколечко ничуть nothing "
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
