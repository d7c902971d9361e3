"""The detector's rules, by clinical category (docs/notes/crisis.md maps each id to its
source). Ids read ``<kind>.<language>.<what>``: a rule starts on a word of its language
(a mixed message still matches each part in its own language).

Tag rules come first: they mark multi-word phrases ("no one", "self harm", "down there",
"going to") with a class the other rules then use like any word class.
"""

from __future__ import annotations

from typing import Final

from ._engine import Co, Escalate, Seq
from ._types import CrisisKind as K

WISH = Escalate.WISH
IDEATION = Escalate.IDEATION
METHOD = Escalate.METHOD

# the tail of an idiom with "die" ("die of embarrassment", "умереть со смеху") or a misspelt
# "dye" ("die her hair"): such a "die" is no wish to be dead
_DIE_IDIOM = "@IDIOMTAIL hair famous"  # round 74: "dead famous"
# a different person inside "want ... die": "he wants her to die", "hope grandpa dies"
_OTHER = "@OTHERP @NEG @OTHERN чтобы чтоб ты вы"
_LOCATIVE_EN = "in with at here there near by"
# "people kill themselves" in a film, a song or the news: nobody we know
_GENERIC_SUBJECT = "people person someone somebody character characters celebrity men women"
_LOCATIVE_RU = "с в у на по под за при около здесь тут там вместе дома рядом без"
# "больше вы меня в этой школе не увидите": a place after "not see me" is leaving, not dying
# "going to do it this time - ask her to the dance": the "it" of other brave acts
_DO_IT_TWINS = ("ask prom dance date test exam audition tryout tryouts jump dive bungee skydive "
                "tattoo haircut")
_NOT_SEE_PLACE = "в на здесь тут там дома школа класс"
# round 9: the parent asking whether it was a joke doubts the words, and asks about nothing
# else ("asked if he was joking", "спросила, шутит ли он"): no question about self-harm
_ASKED_JOKE_EN = "joking joke kidding serious seriously meant"
_ASKED_JOKE_RU = "шутить шутка серьезно всерьез"
# round 10: a brother or a sister inside "wishes ... had never been born": a sibling's birth
# cursed, not the child's own ("wishes her annoying brother had never been born")
_SIBLING_EN = ("brother brothers sister sisters sibling siblings bro sis baby cousin twin "
               "stepbrother stepsister")
_SIBLING_RU = "брат братик братишка сестра сестренка сестричка малыш малышка кузен близнец"
# pets: a cat that ran away, a dog's grave, a hamster, not a child
_PETS_RU = "кот кошка собака пес хомяк попугай"
# round 10: what a child does behind a locked bathroom door for fun or privacy
_PRIVATE_FUN_EN = ("sing sings singing sang song songs dance dances dancing danced practice "
                   "practise practising practicing rehearse rehearsing rehearsed mask masks "
                   "skincare play plays playing played toys lego video videos record recording "
                   "surprise")
# round 10: jumping as a sport, from a bridge or a cliff on a rope or into the sea
_JUMP_SPORT_EN = "bungee diving skydiving skydive divers diver =olympics parachute"
_JUMP_SPORT_RU = ("тарзанка резинка банджи парашют роупджампинг скайдайвинг клифф дайвинг паркур "
                  "секция")
_PRIVATE_FUN_RU = ("петь песня танцевать танец репетировать репетиция маска играть игрушка "
                   "кораблик видео снимать сюрприз")
# a grown man's age, and a minor's, as parents write them ("he's 24", "ей 15")
_GROWN_AGE = "|".join(f"={age}" for age in range(20, 50))
_MINOR_AGE = "|".join(f"={age}" for age in range(11, 18))

TAGS: Final[tuple[Seq, ...]] = (
    Seq("tag.en.idiom_tail", None, "of|from|with ~1 @IDIOMDIE", tag="@IDIOMTAIL"),
    Seq("tag.en.laughing", None, "=laughing|=laughin", tag="@IDIOMTAIL"),
    Seq("tag.ru.idiom_tail", None, "от|со|с ~1 @IDIOMDIE", tag="@IDIOMTAIL"),
    Seq("tag.en.my_childhood", None, "when ~0 i ~0 be ~1 a|little|young|small|kid|child|"
        "teenager|girl|boy", tag="@MYCHILDHOOD"),
    Seq("tag.en.as_a_child", None, "as ~0 a ~0 child|kid|teenager", tag="@MYCHILDHOOD"),
    Seq("tag.ru.my_childhood", None, "в ~0 детство", tag="@MYCHILDHOOD"),
    Seq("tag.ru.when_i_was", None, "когда ~0 я ~0 быть ~1 маленький|ребенок|школьник|"
        "подросток", tag="@MYCHILDHOOD"),
    Seq("tag.en.nobody", None, "no one|=noone", tag="@NOBODY"),
    Seq("tag.en.nobody1", None, "nobody", tag="@NOBODY"),
    Seq("tag.en.going_to", None, "=going to", tag="@INTENTW"),
    Seq("tag.en.about_to", None, "=about to", tag="@INTENTW"),
    Seq("tag.en.mean_it", None, "mean it", tag="@INTENTW"),
    Seq("tag.en.selfharm", None, "self harm|harming|harmer|harmers|injure|injury|injuring|"
        "mutilate",
        tag="@SELFHARM"),
    Seq("tag.en.sh", None, "=sh", unless_after="=sh", tag="@SHSLANG"),
    Seq("tag.en.sewer_slide", None, "sewer slide", tag="@SUICIDE"),
    Seq("tag.en.myself", None, "my|him|her ~0 self", tag="@SELF"),
    Seq("tag.en.down_there", None, "down there", tag="@SEXPART"),
    Seq("tag.en.between_legs", None, "between ~1 leg|legs", tag="@SEXPART"),
    Seq("tag.en.under_clothes", None,
        "under|inside|in ~1 @POSS ~1 clothes|pants|skirt|knickers|underwear|dress|shirt|"
        "pyjamas|pajamas|panties|shorts|nightie|trousers", tag="@SEXPART"),
    Seq("tag.en.private_parts", None, "private|privat ~1 part|parts|area|areas|bits",
        tag="@SEXPART"),
    Seq("tag.en.without_clothes", None,
        "without|no ~1 clothes|pants|knickers|underwear|trousers|clothing", tag="@UNDRESS"),
    Seq("tag.en.take_clothes_off", None, "take|took|taking|takes|pull|pulled|pulls ~1 @POSS "
        "~0 clothes|pants|knickers|underwear|trousers|shorts|top|shirt|panties|trunks|swimsuit|"
        "costume|bottoms ~0 off|down",
        tag="@UNDRESS"),
    Seq("tag.en.take_off", None,
        "take|took|taking|pull|pulled ~2 off|down ~2 clothes|pants|knickers|underwear|"
        "trousers|shorts|top|shirt|panties", tag="@UNDRESS"),
    Seq("tag.en.not_tell", None, "@NEG ~2 tell|telling|say|saying ~3 anyone|anybody|mum|mom|"
        "mommy|mummy|dad|daddy|parents|mother|father|us|teacher|one|#b", tag="@SECRET"),
    Seq("tag.en.nobody_believe", None, "@NOBODY ~2 believe", tag="@SECRET"),
    Seq("tag.en.keep_quiet", None, "keep|stay|be ~2 quiet|secret|shut", tag="@SECRET"),
    Seq("tag.en.keep_from", None, "keep ~2 from ~1 us|parents|mum|mom|dad", tag="@SECRET"),
    Seq("tag.en.without_clothes_nude", None, "without|no ~1 clothes|clothing", tag="@NUDE"),
    Seq("tag.en.in_underwear", None, "in ~1 @POSS ~1 underwear|knickers|bra|pants|panties",
        tag="@NUDE"),
    Seq("tag.en.private_pics", None, "private|intimate ~1 photo|photos|pic|pics|picture|"
        "pictures|video|videos|image|images", tag="@NUDE"),
    Seq("tag.en.show_body", None, "show ~3 body", tag="@NUDE"),
    Seq("tag.en.black_eye", None, "black ~1 eye|eyes", tag="@BRUISE"),
    Seq("tag.en.split_lip", None, "split|bloody|busted ~1 lip|nose", tag="@BRUISE"),
    Seq("tag.en.belt_marks", None, "belt|hand|finger ~1 mark|marks|print|prints", tag="@BRUISE"),
    Seq("tag.en.handprint", None, "handprint|handprints|fingermarks", tag="@BRUISE"),
    Seq("tag.en.adult_videos", None, "grown ~0 up ~0 video|videos|film|films|movie|movies|"
        "pictures|magazine|magazines", tag="@PORN"),
    Seq("tag.en.rude_videos", None, "adult|rude|dirty ~0 video|videos|film|films|movie|movies|"
        "pictures|magazine|magazines|websites|sites", tag="@PORN"),
    Seq("tag.en.come_find_me", None, "come ~0 find ~0 me", tag="@FINDME"),
    Seq("tag.en.nobody_knows_where", None, "@NOBODY ~1 know|knows ~1 where ~0 he|she|they",
        tag="@GONE"),
    Seq("tag.en.grab_hair", None, "grab|grabs|pull|pulls|drag|drags ~5 by ~2 hair|throat|neck|"
        "ear|ears",
        tag="@VIOLENT"),
    Seq("tag.en.throw_against", None, "throw|throws|shove|shoves|push|pushes ~3 against|into|"
        "down ~2 wall|walls|door|floor|stairs", tag="@VIOLENT"),
    Seq("tag.en.shake_violently", None, "shake|shakes|shook|shaking ~2 violently|hard|roughly",
        tag="@VIOLENT"),
    Seq("tag.en.after_gone", None, "after|when|once ~0 @SUBJ ~1 be ~0 gone|dead", tag="@AFTERGONE"),
    Seq("tag.en.sorry_for_being", None, "sorry|apologise|apologize|apologised|apologized ~2 "
        "for ~0 being ~2 disappointment|burden|failure|useless|problem|mess", tag="@FAREWELL"),
    Seq("tag.en.thanks_for_being", None, "thank|thanks|thanking ~2 for ~0 being|all|always",
        tag="@FAREWELL"),
    Seq("tag.en.run_away", None, "run ~1 away|off", tag="@RUNAWAY"),
    Seq("tag.en.never_back", None, "never ~1 come|coming ~0 back|home", tag="@RUNAWAY"),
    Seq("tag.en.leave_home", None, "leave|sneak|climb|climbed|crept|snuck ~2 home|out",
        tag="@RUNAWAY"),
    Seq("tag.en.right_now", None, "right now", tag="@NOW"),
    Seq("tag.en.after_school", None, "after ~1 school|class|classes|exam|exams|party|practice",
        tag="@WHEN"),
    Seq("tag.en.when_asleep", None, "when ~3 asleep|sleeping|sleep|gone|out", tag="@WHEN"),
    Seq("tag.en.met_online", None, "met|meet ~2 online|internet|game", tag="@ONLINE"),
    Seq("tag.en.phone_off", None, "phone ~3 off|dead|voicemail", tag="@UNREACHABLE"),
    Seq("tag.en.no_answer", None, "@NEG ~2 answer|answering|pick|picking|respond|responding",
        tag="@UNREACHABLE"),
    Seq("tag.en.not_home", None, "@NEG ~2 come|came|been|return|returned ~1 home|back|from",
        tag="@GONE"),
    Seq("tag.en.went_missing", None, "go|went|gone|is|be|been ~1 missing", tag="@GONE",
        unless_after="@POSS @OBJP the a an school class lesson lessons out"),
    Seq("tag.en.gone_since", None, "be ~0 gone ~0 since|all|for", tag="@GONE"),
    Seq("tag.en.dont_know_where", None, "@NEG ~1 know ~1 where ~0 he|she|they ~0 be|went|go|"
        "gone", tag="@GONE"),
    Seq("tag.en.wont_need", None, "@NEG ~1 need ~2 them|it|anything|anymore|any|stuff",
        tag="@NONEED"),
    # round 25: "video call with his shirt off": clothes off
    Seq("tag.en.clothes_off", None, "shirt|top|clothes|trousers|pants|t-shirt ~0 off",
        tag="@UNDRESS"),
    # round 25: «не надо, папа», a child's plea
    Seq("tag.ru.plead_dont", None, "не ~0 надо ~1 папа|папочка|мама|мамочка|дядя", tag="@PLEAD"),
    # round 28: «папа, не надо» (the name first)
    Seq("tag.ru.plead_name_dont", None, "папа|папочка|мама|мамочка|дядя ~1 не ~0 надо",
        tag="@PLEAD"),
    # round 24: "you won't need to add me anymore"
    Seq("tag.en.wont_need_me", None, "@NEG ~1 need ~0 to ~2 me ~0 anymore|again", tag="@NONEED"),
    # round 35: "you'll need them more than me", said over the things given away
    Seq("tag.en.need_more_than_me", None, "need ~0 them|it|these|this ~0 more ~0 than ~0 me|i",
        tag="@NONEED"),
    Seq("tag.en.give_away", None, "give|gave|giving ~1 away", tag="@GIVEAWAY"),
    Seq("tag.en.give_away2", None, "give|gave|giving ~10 away", tag="@GIVEAWAY"),
    # "gave her headphones, her hoodie and her cat's toys away": a list between the words
    Seq("tag.en.older_kid", None, "older|big|bigger|teenage ~0 boy|boys|kid|kids|girl|girls|"
        "lad|lads|cousin|brother|cousins", tag="@AGENT"),
    Seq("tag.en.bottom", None, "her|his|my ~0 bottom|bum|butt|bottoms", tag="@SEXPART"),
    Seq("tag.en.hands_neck", None, "hand|hands ~3 around|round ~2 neck|throat", tag="@CHOKE"),
    Seq("tag.en.without_telling", None, "without ~1 telling|asking ~2 us|me|anyone|anybody|"
        "parents|mum|mom|dad", tag="@SECRET"),
    Seq("tag.en.behind_back", None, "behind ~1 our|my|your ~0 back|backs", tag="@SECRET"),
    # veiled goodbyes: "sorry for everything", "you'll never see me again"
    Seq("tag.en.thanks_for_everything", None, "thank|thanks|sorry ~2 for ~0 everything",
        tag="@FAREWELL"),
    Seq("tag.en.never_see_again", None, "never|@NEG ~1 see ~1 me|him|her ~0 again",
        tag="@FAREWELL"),
    Seq("tag.en.other_side", None, "see ~1 you ~2 other ~0 side", tag="@FAREWELL"),
    Seq("tag.en.wont_come_down", None, "@NEG ~1 come|get|climb ~0 down", tag="@SILENT"),
    Seq("tag.en.not_our_fault", None, "@NEG ~1 @POSS|anyone|anybody|=your|=yours ~0 fault",
        tag="@NOFAULT"),
    Seq("tag.en.special_game", None, "special|secret|tickle|tickling|naughty ~0 game|games",
        tag="@SECRETGAME"),
    Seq("tag.en.went_out", None, "went|gone|go ~0 out", tag="@OUT"),
    Seq("tag.en.stormed_out", None, "stormed|storm|storms|walked|walks|ran|runs ~0 out|off",
        tag="@OUT"),
    Seq("tag.en.last_days", None, "last ~0 week|day|days|night", unless_after="of at in on "
        "with for before", tag="@LASTDAYS"),
    Seq("tag.ru.last_days", None, "последний ~0 неделя|день|ночь", unless_after="в на с перед "
        "до лагерь каникулы", tag="@LASTDAYS"),
    Seq("tag.en.do_it", None, "=do|=doing ~0 it", tag="@DOIT"),
    Seq("tag.ru.do_it", None, "сделать ~0 это", tag="@DOIT"),
    Seq("tag.ru.it_do", None, "это ~0 сделать", tag="@DOIT"),
    Seq("tag.en.not_seen", None, "@NEG ~1 seen ~0 him|her ~0 #b|since|all|today", tag="@GONE"),
    Seq("tag.en.by_self", None, "by|on ~0 myself|himself|herself|themselves|yourself",
        tag="@ALONE"),
    Seq("tag.en.nail_biting", None, "bite|bites|biting|chew|chews|chewing|pick|picks|picking ~1 "
        "nail|nails|lip|lips|cuticle|cuticles", tag="@NAILBITE"),
    Seq("tag.en.toaster_bath", None, "toaster ~0 bath", tag="@SUICIDE"),
    Seq("tag.en.commit_sudoku", None, "commit|commits|committed ~0 sudoku|toaster",
        tag="@SUICIDE"),
    # Russian phrases
    Seq("tag.ru.someone", None, "кто ~0 то|нибудь", tag="@STRANGER"),
    Seq("tag.ru.between_legs", None, "между ~1 нога", tag="@SEXPART"),
    Seq("tag.ru.under_clothes", None, "под ~1 юбка|трусы|трусики|одежда|майка|футболка|"
        "платье|ночнушка|пижама|шорты|штаны", tag="@SEXPART"),
    Seq("tag.ru.intimate_place", None, "интимный|половой ~1 место|орган|часть",
        tag="@SEXPART"),
    Seq("tag.ru.where_pants", None, "там ~1 где ~2 трусы|трусики", tag="@SEXPART"),
    Seq("tag.ru.without_clothes", None, "без ~1 одежда|трусы|трусики|штаны", tag="@UNDRESS"),
    Seq("tag.ru.without_clothes_nude", None, "без ~1 одежда", tag="@NUDE"),
    Seq("tag.ru.in_underwear", None, "в ~1 нижний|трусы|трусики|белье|купальник", tag="@NUDE"),
    Seq("tag.ru.take_off", None, "снять|снимать ~2 трусы|трусики|одежда|штаны|майка|футболка",
        tag="@UNDRESS"),
    Seq("tag.ru.nobody_tell", None, "никто ~2 @NEG ~1 говорить|рассказывать|сказать|"
        "рассказать", tag="@SECRET"),
    Seq("tag.ru.not_tell", None, "@NEG ~1 говорить|рассказывать|сказать|рассказать ~2 мама|"
        "папа|родитель|никто|взрослый", tag="@SECRET"),
    Seq("tag.ru.belt_marks", None, "след ~2 ремень|рука|палец|удар", tag="@BRUISE"),
    Seq("tag.ru.pull_hair", None, "таскать|тянуть|дергать|драть|выкручивать ~2 за ~1 волос|ухо",
        tag="@VIOLENT"),
    Seq("tag.ru.never_back", None, "никогда|больше ~2 @NEG ~1 вернуться|возвращаться|прийти",
        unless_after="к гость", tag="@RUNAWAY"),
    Seq("tag.ru.run_away", None, "уйти|уходить|сбежать|сбегать|убежать|убегать ~2 из ~1 "
        "дом", tag="@RUNAWAY"),
    Seq("tag.ru.collect_things", None, "собрать|собирать ~2 вещь|рюкзак|сумка|чемодан",
        tag="@NOW"),
    Seq("tag.ru.after_school", None, "после ~1 школа|урок|экзамен|контрольный|"
        "занятие|тренировка", tag="@WHEN"),
    Seq("tag.ru.when_asleep", None, "когда ~2 уснуть|заснуть|спать|уйти", tag="@WHEN"),
    Seq("tag.ru.no_answer", None, "@NEG ~1 брать|взять ~1 трубка", tag="@UNREACHABLE"),
    Seq("tag.ru.phone_off", None, "телефон ~1 выключить|"
        "недоступный", tag="@UNREACHABLE"),
    Seq("tag.ru.no_contact", None, "@NEG ~1 выходить ~1 на ~1 связь", tag="@UNREACHABLE"),
    Seq("tag.ru.no_calls", None, "@NEG ~1 отвечать ~2 звонок|сообщение", tag="@UNREACHABLE"),
    Seq("tag.ru.not_home", None, "@NEG ~1 прийти|вернуться|приходить|возвращаться ~2 "
        "домой|ночевать|дом", tag="@GONE"),
    Seq("tag.ru.still_not", None, "до ~1 сей ~1 пора ~2 @NEG", tag="@GONE"),
    Seq("tag.ru.wont_need", None, "@NEG ~1 понадобиться|нужный|нужно|надо",
        tag="@NONEED"),
    Seq("tag.ru.older_kid", None, "старший|взрослый ~0 мальчик|парень|подросток|брат|"
        "школьник|пацан", tag="@AGENT"),
    Seq("tag.ru.grab_throat", None, "хватать|схватить|сжимать|сжать|сдавливать|держать ~2 "
        "за ~1 горло|шея", unless_near="шутка бороться борьба хохотать",  # round 20: play
        tag="@VIOLENT"),
    Seq("tag.ru.forgive_everything", None, "простить|прощать|спасибо|благодарный|благодарить ~2 "
        "за ~0 весь|все|всё", tag="@FAREWELL"),
    Seq("tag.ru.ask_forgiveness", None, "просить ~0 прощение", tag="@APOLOGY"),
    Seq("tag.ru.push_down", None, "толкнуть|столкнуть|толкать|сталкивать|швырнуть ~3 с|со|об|в "
        "~1 лестница|стена|пол", tag="@VIOLENT"),
    Seq("tag.ru.self_absent", None, "когда|после ~1 я|он|она ~0 @NEG ~0 быть+#futr|стать+#futr",
        unless_after="дома дом в на у завтра сегодня вечером неделя", tag="@SELFGONE"),
    Seq("tag.ru.never_see_again", None, "больше|никогда ~2 @NEG ~1 увидеться|увидеть",
        tag="@FAREWELL"),
    # "когда меня не станет": the child's own absence, said of the future
    Seq("tag.ru.self_gone", None, "я|он|она ~0 @NEG ~0 стать+#futr", tag="@SELFGONE"),
    Seq("tag.ru.not_back_from", None, "@NEG ~1 прийти|вернуться|приходить|возвращаться ~1 "
        "из|с|со ~1 школа|тренировка|прогулка|секция|кружок|занятие|урок|гулять",
        tag="@GONE"),
    Seq("tag.ru.dont_know_where", None, "@NEG ~1 знать ~1 где ~0 он|она|они", tag="@GONE"),
    Seq("tag.ru.not_slept_home", None, "@NEG ~0 ночевать ~1 дом", tag="@GONE"),
    # -- round 2: the structural patterns (tune_round2.jsonl) ----------------------------------
    Seq("tag.ru.dont_blame_self", None, "@NEG ~0 винить ~0 себя", tag="@NOBLAME"),
    Seq("tag.en.dont_blame_self", None, "@NEG ~1 blame ~0 yourself|yourselves", tag="@NOBLAME"),
    Seq("tag.en.never_find", None, "never|@NEG ~2 find ~0 me|him|her", tag="@RUNAWAY"),
    Seq("tag.ru.calls_unanswered", None, "звонок|сообщение|смс ~1 @NEG ~0 отвечать|брать",
        tag="@UNREACHABLE"),
    Seq("tag.en.nobody_seen", None, "@NOBODY|none|=noone ~4 seen|heard ~0 her|him|from",
        tag="@UNREACHABLE"),
    Seq("tag.ru.nobody_seen", None, "никто ~2 @NEG ~1 видеть|знать", tag="@UNREACHABLE"),
    Seq("tag.en.made_up_mind", None, "made|make ~1 up ~0 @POSS ~0 mind", tag="@DECIDED"),
    Seq("tag.en.worked_out", None, "worked|work|figured ~0 it ~0 out", tag="@DECIDED"),
    Seq("tag.en.all_planned", None, "all|it ~1 planned|plan|figured", tag="@DECIDED"),
    Seq("tag.en.decided", None, "=decided|=decide|=decides", tag="@DECIDED"),
    Seq("tag.ru.adult_videos", None, "взрослый ~0 видео|фильм|ролик|журнал|сайт|мультик",
        tag="@PORN"),
    Seq("tag.ru.secret_game", None, "секретный|тайный|особый|особенный|взрослый ~0 игра",
        tag="@SECRETGAME"),
    Seq("tag.en.wont_leave", None, "@NEG ~1 leave|go ~0 #b|#cl|away|out", tag="@WONTLEAVE"),
    Seq("tag.en.picked_day", None, "picked|chosen|chose|set|pick ~1 the|a ~0 day|date",
        tag="@DAYCHOSEN"),
    Seq("tag.ru.picked_day", None, "выбрать|назначить ~1 день|дата", tag="@DAYCHOSEN"),
    Seq("tag.en.dont_look_for_me", None, "@NEG ~2 look|search ~0 for ~0 me|him|her",
        tag="@DONTSEARCH"),
    Seq("tag.ru.dont_look_for_me", None, "@NEG ~0 искать ~0 я|он|она", tag="@DONTSEARCH"),
    Seq("tag.en.come_get_me", None, "come ~0 get|pick ~0 me", tag="@FETCHME"),
    Seq("tag.ru.come_get_me", None, "забрать|забирать|спасти ~0 я", tag="@FETCHME"),
    Seq("tag.en.thrown_at", None, "throw|threw|throws|thrown|hurl|hurled|hurls ~4 at ~0 "
        "@VICTIM", unless_after="wall walls door floor window tv screen", tag="@THROWNAT"),
    Seq("tag.ru.decided", None, "решить+#past|решиться|решаться|расписать|спланировать|"
        "продумать", tag="@DECIDED"),
    Seq("tag.ru.no_fault", None, "@NEG ~0 виноватый", tag="@NOFAULT"),
    Seq("tag.ru.wont_return", None, "@NEG ~0 вернуться+#futr", tag="@NOTBACK"),
    # round 38: «забрал и не вернул»
    Seq("tag.ru.not_brought_back", None, "@NEG ~0 вернуть|привезти|отдать+#past",
        tag="@NOTBACK"),
    Seq("tag.ru.met_online", None, "из|в ~1 интернет|игра|сеть|чат|вк|инстаграм|тикток|"
        "дискорд|телеграм", tag="@ONLINE"),
    # -- round 4 -------------------------------------------------------------------------------
    # "скоро меня не будет" (without "когда"): the speaker gone soon
    Seq("tag.ru.soon_gone", None, "скоро|вскоре|завтра|сегодня ~2 я|он|она ~0 @NEG ~0 "
        "быть+#futr|стать+#futr", unless_after=_LOCATIVE_RU + " дома дом школа", tag="@SELFGONE"),
    # "не велел говорить", "не разрешил рассказывать": an adult's secrecy
    Seq("tag.ru.forbade_tell", None, "@NEG ~0 велеть|разрешить|разрешать|позволить ~1 говорить|"
        "рассказывать|рассказать|сказать", tag="@SECRET"),

    # -- round 5 -------------------------------------------------------------------------------
    # a small child's words: "front bottom", "down below", "между ножками"
    Seq("tag.en.front_bottom", None, "front ~0 bottom|bum|botty", tag="@SEXPART"),
    Seq("tag.en.down_below", None, "down ~0 below", tag="@SEXPART"),
    Seq("tag.ru.between_little_legs", None, "между ~1 ножка", tag="@SEXPART"),
    # "I can't do this anymore", "больше так не могу": at the end of one's strength
    Seq("tag.en.cant_anymore", None, "can ~0 @NEG ~2 do ~0 this|it ~1 anymore|=any",
        tag="@CANTMORE"),
    Seq("tag.en.cant_keep_going", None, "can ~0 @NEG ~1 keep ~0 going|on|living|this|it",
        tag="@CANTMORE"),
    Seq("tag.en.cant_take_it", None, "can ~0 @NEG ~1 take|cope|handle ~1 it|this ~0 anymore",
        tag="@CANTMORE"),
    Seq("tag.ru.cant_anymore", None, "больше|так|далекий ~2 @NEG ~0 мочь|выдержать|вынести|"
        "выдерживать|справляться", tag="@CANTMORE"),
    # slammed, shoved, pinned, flung against or onto something hard: an adult's blow
    Seq("tag.en.slam_against", None, "slam|slams|slammed|shove|shoves|shoved|pin|pins|pinned|"
        "fling|flings|flung|hurl|hurls|hurled|threw|throw|throws|push|pushes|pushed ~3 "
        "against|into|onto|on|to ~2 wall|walls|door|floor|ground|lockers|locker|table|wardrobe|"
        "cupboard|radiator|fence|car|stairs|bed", tag="@VIOLENT"),
    Seq("tag.en.yank_hair", None, "yank|yanks|yanked|haul|hauled|drag|dragged ~3 by|across ~2 "
        "hair|throat|neck|ear|ears|arm", tag="@VIOLENT"),
    Seq("tag.ru.slam_against", None, "толкнуть|толкать|пихнуть|пихать|швырнуть|швырять|кинуть|"
        "бросить|отшвырнуть|прижать|прижимать|припечатать ~3 с|со|об|о|в|к|на ~1 лестница|стена|"
        "стенка|пол|шкаф|дверь|батарея|стол|угол|земля|асфальт", tag="@VIOLENT"),
    Seq("tag.ru.pushed_so_hit", None, "толкнуть|пихнуть|швырнуть|кинуть|отшвырнуть ~3 так ~1 "
        "что ~2 удариться|упасть|отлететь|стукнуться", tag="@VIOLENT"),
    # -- round 6 -------------------------------------------------------------------------------
    # "pee-pee", "wee-wee": a hyphenated child's word is two tokens
    Seq("tag.en.pee_pee", None, "pee|wee|wii ~0 pee|wee|wii|=pees|=wees", tag="@SEXPART"),
    # alone with the adult: "when no one's around", "when nobody else is home", "когда никого нет"
    Seq("tag.en.when_nobody", None, "when|while ~1 @NOBODY ~3 around|home|there|about|else|in|"
        "looking|watching|=is|=s", tag="@ALONEWITH"),
    Seq("tag.en.stay_after", None, "stay|stays|stayed|keep|keeps|kept|hold|holds ~2 behind|back|"
        "after|late", tag="@ALONEWITH"),
    Seq("tag.ru.when_nobody", None, "когда ~1 никто ~2 @NEG|нет|дома", tag="@ALONEWITH"),
    Seq("tag.ru.stay_after", None, "оставлять|оставить|задерживать|задержать ~3 после|один|"
        "наедине", tag="@ALONEWITH"),
    # not waking up: "if I didn't wake up", "если бы не проснулся"
    Seq("tag.en.not_wake", None, "@NEG|never ~1 wake|woke|waking|waken|=woken ~0 up|=again|#b|#cl",
        tag="@NOWAKE"),
    Seq("tag.ru.not_wake", None, "@NEG ~0 проснуться|просыпаться", tag="@NOWAKE"),
    # what the child already sent, in a threat: "the ones you already sent", "то, что ты скинул"
    Seq("tag.en.sent_stuff", None, "what|ones|those|stuff|things|everything|pics ~3 =sent",
        tag="@SENTSTUFF"),
    Seq("tag.en.last_ones", None, "last|old|previous ~0 ones", tag="@SENTSTUFF"),
    Seq("tag.ru.sent_stuff", None, "что|все|всё ~3 прислать+#past|скинуть+#past|отправить+#past|"
        "присылать+#past|скидывать+#past|кидать+#past|выслать+#past", tag="@SENTSTUFF"),
    Seq("tag.ru.old_ones", None, "старый|прошлый|прежний|предыдущий ~0 #b|#cl|в|на|фото|фотка|"
        "весь", tag="@SENTSTUFF"),
    Seq("tag.en.or_else", None, "=or|=unless|=otherwise|=else", tag="@ORELSE"),
    Seq("tag.en.if_not", None, "if ~3 @NEG", tag="@ORELSE"),
    Seq("tag.ru.or_else", None, "или|иначе", tag="@ORELSE"),
    Seq("tag.ru.a_to", None, "а ~0 то", tag="@ORELSE"),
    Seq("tag.ru.if_not", None, "если ~2 @NEG", tag="@ORELSE"),
    # "don't come near", "stay back", "чтобы я не подходила"
    Seq("tag.en.keep_away", None, "@NEG ~1 come|get|go ~1 near|closer|close", tag="@KEEPAWAY"),
    Seq("tag.en.stay_back", None, "stay|keep|step ~1 back|away", tag="@KEEPAWAY"),
    Seq("tag.ru.keep_away", None, "@NEG ~0 подходить|подойти|приближаться|приблизиться|трогать",
        tag="@KEEPAWAY"),
    # the negation after its noun: "suicide isn't something he thinks about"
    Seq("tag.en.not_something", None, "be ~0 @NEG ~1 something|anything ~3 think|consider|want|"
        "do|done|did|doing", tag="@NOTTHOUGHT"),
    # -- round 7 -------------------------------------------------------------------------------
    # shutting the parent out: "won't let me in", "doesn't let parents watch", "меня не пускает"
    # "asked her if she ever thought of...", "спросила, думает ли она о..."
    Seq("tag.en.asked_if", None, "ask|asked|asking|asks ~6 if|whether", tag="@ASKEDIF",
        unless_after=_ASKED_JOKE_EN),
    Seq("tag.ru.asked_if", None, "спросить|спрашивать ~8 ли", tag="@ASKEDIF",
        gap_stop=_ASKED_JOKE_RU),
    Seq("tag.en.shut_out", None, "@NEG ~1 let|allow|=lets|=allows ~1 me|us|parents|mum|mom|dad|"
        "anyone|anybody ~1 in|inside|watch|stay|come|see|into", tag="@SHUTOUT"),
    Seq("tag.ru.shut_out", None, "@NEG ~0 пускать|пустить|впускать|впустить", tag="@SHUTOUT"),
    # letting nobody near: "won't let anyone near", "никого не подпускает"
    Seq("tag.en.let_nobody_near", None, "@NEG ~1 let|=lets ~1 anyone|anybody|us|me ~1 near|"
        "close|closer|come", tag="@KEEPAWAY"),
    Seq("tag.ru.let_nobody_near", None, "@NEG ~0 подпускать|подпустить", tag="@KEEPAWAY"),
    # what an adult "does to me": "what uncle does to her", "что с ней делает", "что ему делает"
    Seq("tag.en.does_to_me", None, "what ~4 do|does|did|=doing ~0 to ~0 me|her|him",
        tag="@DOESTOME"),
    Seq("tag.ru.does_to_me", None, "что ~1 с ~0 я|она|он ~2 делать", tag="@DOESTOME"),
    Seq("tag.ru.does_to_me2", None, "что ~2 делать ~2 с ~0 я|она|он", tag="@DOESTOME"),
    # -- round 8 -------------------------------------------------------------------------------
    # eating the other meals: "skipped breakfast ... but eats a big lunch", "но обедает"
    Seq("tag.en.eats_other", None, "but|though|still ~2 eat|eats|ate|eating|has|have ~3 lunch|"
        "dinner|breakfast|supper|meals|fine|normally|well", tag="@EATSOTHER"),
    Seq("tag.ru.eats_other", None, "но|зато|а|хотя ~2 есть|обедать|ужинать|завтракать|"
        "съедать|съесть|кушать", tag="@EATSOTHER"),
    # "you won't have to deal with me anymore", "меня скоро уже не будет"
    Seq("tag.en.rid_of_me", None, "deal|put|worry ~1 with|about ~0 me|him|her ~1 anymore|again|"
        "=any", tag="@RIDOFME"),
    Seq("tag.en.not_around", None, "@NEG ~1 be ~0 around|here",
        tag="@RIDOFME"),
    Seq("tag.ru.rid_of_me", None, "я ~2 не ~0 быть", tag="@RIDOFME"),
    Seq("tag.en.make_sure", None, "make|making ~0 sure ~0 of ~0 it", tag="@MAKESURE"),
    # "you can't watch me 24/7", "вы не уследите за мной"
    Seq("tag.en.cant_watch", None, "@NEG ~1 watch|guard|stop|babysit ~1 me ~1 =24|forever|"
        "always|all|every|=247", tag="@CANTWATCH"),
    Seq("tag.ru.cant_watch", None, "@NEG ~2 уследить|следить|устеречь|караулить|остановить "
        "~3 круглосуточно|вечно|всегда|постоянно|=24", tag="@CANTWATCH"),
    Seq("tag.ru.does_to_me3", None, "что ~1 я|она|он ~2 делать", tag="@DOESTOME"),
    # a stranger in other words: "a man we don't know"
    Seq("tag.en.man_we_dont_know", None, "man|woman|guy|someone|somebody|person|people ~2 "
        "@NEG ~0 know|recognise|recognize", tag="@UNKNOWN"),
    Seq("tag.en.stranger", None, "stranger|strangers|unknown", tag="@UNKNOWN"),
    Seq("tag.ru.stranger", None, "незнакомый|незнакомец|неизвестный|чужой", tag="@UNKNOWN"),
    # staying behind alone: "чтобы дочь оставалась после тренировки одна"
    Seq("tag.ru.stays_after", None, "оставаться|остаться ~3 после|один|наедине",
        tag="@ALONEWITH"),
    Seq("tag.en.alone_with", None, "alone ~1 with ~0 him|her|them|coach|teacher|@ADULT",
        tag="@ALONEWITH"),
    # -- round 9 -------------------------------------------------------------------------------
    Seq("tag.en.throw_up", None, "throw|throws|threw|throwing|thrown ~0 up", tag="@VOMIT"),
    Seq("tag.en.vomit", None, "vomit|vomits|vomiting|vomited|puke|pukes|puking|puked",
        tag="@VOMIT"),
    Seq("tag.ru.vomit", None, "рвать|тошнить|вырвать|стошнить|рвота|блевать|выворачивать",
        tag="@VOMIT"),
    # a small child's words for the genitals: "там внизу"
    Seq("tag.ru.down_there", None, "там ~0 внизу", tag="@SEXPART"),
    # the secret told before the verb: "сказал маме не говорить", "никому не рассказывать"
    Seq("tag.ru.tell_nobody", None, "мама|папа|никто|родитель ~1 @NEG ~0 говорить|"
        "рассказывать|сказать|рассказать", tag="@SECRET"),
    # a fear of heights or of a bridge: a phobia, not a child on the edge
    Seq("tag.en.fear_high", None, "scared|afraid|terrified|frightened|fear|phobia ~1 of ~2 "
        "bridge|bridges|height|heights", tag="@FEARHIGH"),
    Seq("tag.ru.fear_high", None, "бояться|страх|боязнь ~1 высота|мост", tag="@FEARHIGH"),
    # back to the game at once: "demanded a rematch", "started another game", "потребовал реванш"
    Seq("tag.en.rematch", None, "rematch|rematches", tag="@REMATCH"),
    Seq("tag.en.another_game", None, "another|new ~0 game|round|match|race", tag="@REMATCH"),
    Seq("tag.en.play_again", None, "play|playing|played ~1 again", tag="@REMATCH"),
    Seq("tag.ru.rematch", None, "реванш|переиграть|переигрывать", tag="@REMATCH"),
    Seq("tag.ru.another_game", None, "еще|новый ~1 партия|игра|раунд|матч",
        tag="@REMATCH"),
    # came back at once: "made it to the end of the driveway and came back", "дошёл и вернулся"
    Seq("tag.en.came_back", None, "came|come|walked|ran ~0 back", neg=True, tag="@CAMEBACK"),
    Seq("tag.ru.came_back", None, "вернуться+#past|прибежать+#past", neg=True,
        tag="@CAMEBACK"),
    # -- round 10 ------------------------------------------------------------------------------
    # back within minutes or for a meal: "came back for dinner", "через десять минут вернулся"
    Seq("tag.en.back_soon", None, "back ~4 minute|minutes|=min|=mins|dinner|lunch|tea|snack|"
        "supper|bedtime", neg=True, tag="@BACKSOON"),
    Seq("tag.ru.back_soon", None, "вернуться+#past ~3 к|через ~2 ужин|обед|полдник|чай|минута",
        neg=True, tag="@BACKSOON"),
    Seq("tag.ru.minutes_back", None, "через ~3 минута ~3 вернуться+#past", tag="@BACKSOON"),
    # round 83: «ушёл к бабушке на соседний участок, минут на 10»
    Seq("tag.ru.for_minutes", None, "минута ~0 на ~0 #num", tag="@BACKSOON"),
    Seq("tag.ru.for_n_minutes", None, "на ~0 #num|@NUMW|пять|десять ~0 минута", tag="@BACKSOON"),
    # the parent says it was a joke: "jokes he'll jump out the window", "шутит, что выпрыгнет"
    # (not "asked if he was joking", "he wasn't joking", "спросила, шутит ли он")
    Seq("tag.en.joking", None, "joke|jokes|joked|joking|jokingly|kidding|laughing|laughed",
        neg=True, unless_before="@NEG if whether ask asked asking", tag="@JOKED"),
    Seq("tag.ru.joking", None, "шутить|пошутить|шутка|шутя|шуточный|прикалываться|смех|"
        "смеяться", neg=True, unless_before="@NEG спросить спрашивать", unless_after="ли",
        tag="@JOKED"),
    # a toy touched, not a child: "the girl touched his toy truck so he hit her"
    Seq("tag.en.touched_toy", None, "@TOUCH|=touched|=touches|=touching ~2 toy|toys|truck|"
        "lego|doll|dolls|car|cars|dinosaur|teddy|bike|scooter|ball|blocks|train|trains|drawing",
        tag="@TOUCHTHING"),
    Seq("tag.ru.touched_toy", None, "@TOUCH|трогать|взять ~2 машинка|игрушка|кукла|самокат|"
        "велосипед|лего|мяч|конструктор|рисунок|паровозик|кубик", tag="@TOUCHTHING"),
    # "to feel something", "так хоть что-то чувствует": pain sought for a feeling
    Seq("tag.en.feel_something", None, "feel|=feels|=feeling ~0 something|anything|alive|real",
        neg=True, tag="@FEELSOME"),
    Seq("tag.ru.feel_something", None, "хоть ~0 что ~0 то ~1 чувствовать|почувствовать",
        tag="@FEELSOME"),
    # -- round 11 ------------------------------------------------------------------------------
    # joy or embarrassment said outright: "кринж", "от счастья", "so embarrassing", "happily"
    # (not "didn't squeal"); laughter apart (@LAUGHED): it counts only after the words
    Seq("tag.en.glee", None, "cringe|cringey|cringy|happily|squeal|squeals|squealed|squealing",
        neg=True, tag="@GLEE"),
    Seq("tag.en.laughed", None, "laugh|laughs|laughed|laughing|giggle|giggles|giggled|giggling",
        neg=True, unless_after="at =it", tag="@LAUGHED"),  # round 20: laughed *at* her:
    # mockery; round 47: "laughed it off" takes the words back, not as a joke
    Seq("tag.en.so_embarrassing", None, "so|how|=omg ~0 embarrassing|cringe", tag="@GLEE"),
    Seq("tag.ru.glee", None, "кринж|кринжовый|визжать", neg=True, tag="@GLEE"),
    Seq("tag.ru.laughed", None, "смеяться|засмеяться|хохотать|захохотать|ржать|заржать|"
        "хихикать|рассмеяться",  # round 43: «и заржал»
        neg=True, unless_before="над весь", unless_after="над",  # round 20: «над ней»; round
        # 22: «и все смеются» is the others' laughter, not his joke
        tag="@LAUGHED"),
    Seq("tag.ru.for_joy", None, "от ~0 счастие|радость|восторг", tag="@GLEE"),
    # a toddler: "my 2yo", "18 month old", "дочка (2)", "2 года"
    Seq("tag.en.toddler_age", None, "my|our|her|his|the|a ~0 =1|=2|=3 ~0 yo|yr|yrs|year|years",
        tag="@TODDLER"),
    Seq("tag.en.toddler_months", None, "my|our|her|his|the|a ~0 #num ~0 month|months",
        tag="@TODDLER"),
    Seq("tag.ru.toddler_child", None, "@CHILDN ~0 =1|=2|=3", tag="@TODDLER"),
    # round 67: a number of years is a toddler's only when it is 1, 2 or 3 («брат мужа (22
    # года)» is a man); months are a toddler's whatever their number
    Seq("tag.ru.toddler_age", None, "@CHILDN ~2 =1|=2|=3 ~0 =год|=года", tag="@TODDLER"),
    Seq("tag.ru.toddler_months", None, "@CHILDN ~2 #num ~0 =месяцев|=месяца", tag="@TODDLER"),
    Seq("tag.en.toddler", None, "toddler|toddlers", tag="@TODDLER"),
    # round 52: "my 3 year old", "our 11 yr old": a child named by age, as "my 3yo" is
    Seq("tag.en.n_year_old", None, "my|our|her|his|the ~0 #num ~0 year|years|yr|yrs ~0 =old",
        tag="@VICTIM"),
    # round 48: «Малыш (1,5 года)», «Младшая (3 года)»: the words a toddler goes by
    Seq("tag.ru.toddler_small", None, "малыш|малышка|кроха|младший ~2 =1|=2|=3 ~1 =год|=года|"
        "=годика", tag="@TODDLER"),
    # -- round 14 ------------------------------------------------------------------------------
    # "he forced me" with nothing he forced her to do: "forced me to eat" is another matter
    Seq("tag.en.forced_me", None, "forc ~0 me|her", neg=True,
        unless_after="to into out off awake back down up away inside outside from through "
                     "apart open", tag="@FORCEDME"),
    Seq("tag.ru.forced_me", None, "заставить|принудить|вынудить ~0 я|она", neg=True,
        unless_after="#infn", tag="@FORCEDME"),
    # not in bed, or the bed empty: at night, with a door open, a child gone
    Seq("tag.en.not_in_bed", None, "@NEG|=not|=isn't|=isnt|=wasn't|=wasnt ~1 in ~1 bed|bedroom|"
        "room", tag="@BEDEMPTY"),
    Seq("tag.en.bed_empty", None, "bed|bedroom|room ~1 be ~0 empty", tag="@BEDEMPTY"),
    Seq("tag.ru.not_in_bed", None, "нет ~2 в ~1 кровать|постель|комната", tag="@BEDEMPTY"),
    Seq("tag.ru.bed_empty", None, "кровать|постель|комната ~1 пустой|пусто", tag="@BEDEMPTY"),
    # -- round 15 ------------------------------------------------------------------------------
    # "I'll sleep when I'm dead": staying up late, not pills
    Seq("tag.en.sleep_when_dead", None, "sleep ~0 when ~2 @DEAD|@DIE|dead", tag="@SLEEPDEAD"),
    # -- round 16 ------------------------------------------------------------------------------
    # thinking about or of something, not an opinion ("her aunt thinks it's dangerous")
    Seq("tag.en.think_about", None, "think|thinks|thinking|thought|=thinkin ~0 about|abt|of|"
        "bout", tag="@THINKABOUT"),
    # -- round 17 ------------------------------------------------------------------------------
    # «убить тебя мало»: a grandmother's scolding, no wish to kill
    Seq("tag.ru.kill_you_not_enough", None, "убить ~0 ты|вы ~0 мало", tag="@IDIOMTAIL"),
    # -- round 19 ------------------------------------------------------------------------------
    # an alarm taken back in the next words: "nvm its the butter knife", "panic over",
    # «а нет, это репродукции», «через час объявился»
    Seq("tag.en.taken_back", None, "nvm|nevermind|=phew", tag="@TAKENBACK"),
    Seq("tag.en.never_mind", None, "=never ~0 =mind|=minds", tag="@TAKENBACK"),
    Seq("tag.en.false_alarm", None, "false ~0 alarm|alarms", tag="@TAKENBACK"),
    Seq("tag.en.panic_over", None, "panic ~0 over", tag="@TAKENBACK"),
    # round 35: "asked me what 'nudes' are": a question, not a request
    Seq("tag.en.asked_me_what", None, "asked|asks|asking ~1 me|us ~0 what", tag="@ASKMEAN"),
    # round 44: "hasn't made a sound for 20 min", «ни звука»: silence behind a locked door
    Seq("tag.en.no_sound", None, "@NEG ~1 made|make|makes|making ~1 a|any ~0 sound|noise|peep",
        tag="@SILENT"),
    Seq("tag.ru.no_sound", None, "ни ~0 звук|шорох|писк", tag="@SILENT"),
    # round 54: «Сын 2 лет закрыл меня на балконе»: a toddler who locked the parent out
    Seq("tag.ru.toddler_locked_me", None, "@TODDLER ~2 @LOCKV ~0 я", tag="@KIDLOCKEDME"),
    # round 55: "keep it between us", a secret asked for
    Seq("tag.en.keep_between_us", None, "keep|keeping|kept|stay|stays ~2 between ~0 =us|=you|"
        "=them",  # round 56: "keep it between them"
        tag="@BETWEENUS"),
    # "won't" is read as "will" and "not", so a rule's "=won't" never matched one: "will not",
    # "won't" and "wont" are one class
    Seq("tag.en.will_not", None, "=will ~0 =not", tag="@WONT"),
    Seq("tag.en.wont", None, "=wont", tag="@WONT"),
    # round 41: "he punched her arm", "she bit his hand": another's body, not one's own
    Seq("tag.en.he_hurt_her", None, "=he ~1 cut|slash|slice|scratch|burn|stab|prick|pinch|bite|"
        "punch|slap|kick|hit|twist ~0 =her", tag="@OTHERSBODY"),
    Seq("tag.en.she_hurt_his", None, "=she ~1 cut|slash|slice|scratch|burn|stab|prick|pinch|"
        "bite|punch|slap|kick|hit|twist ~0 =his", tag="@OTHERSBODY"),
    # round 48: "her old clothes", "old toys": things outgrown, not "a 14 year old"
    Seq("tag.en.old_things", None, "old ~0 clothes|toys|books|stuff|things|shoes|games|clothing",
        tag="@OLDTHINGS"),
    # round 48: «спросила, зачем они убили себя», of Romeo and Juliet
    Seq("tag.ru.why_they_did", None, "зачем|почему ~1 они ~1 @KILLV ~0 себя", tag="@ASKMEAN"),
    Seq("tag.ru.why_they_did_self", None, "зачем|почему ~1 они ~1 себя ~0 @KILLV",
        tag="@ASKMEAN"),  # round 53: «зачем они себя убили»
    # round 40: "asked me why they killed themselves", of a play's lovers: a question about
    # others, as "what it means" is
    Seq("tag.en.why_they_did", None, "why ~1 they|=characters|people ~1 @KILLV ~0 themselves",
        tag="@ASKMEAN"),
    # round 34: "looking up" how tall a building must be
    Seq("tag.en.looking_up", None, "looking|looked|look|looks ~0 up", tag="@LOOKUP"),
    # round 33: "what 'kys' means", asked; not "I mean it", the words of a child who does
    Seq("tag.en.what_it_means", None, "what ~4 =means|=mean|=meaning", tag="@ASKMEAN"),
    # round 33: a gun "locked in a safe" is a gun kept safely
    Seq("tag.en.in_a_safe", None, "locked|kept|stored ~1 in ~0 a|the|our|his|their ~1 "
        "safe|gunsafe|cabinet|box|lockbox", tag="@STORED"),
    # round 67: "I'm gonna throw my laptop out the window": a thing out of the window, not a child
    Seq("tag.en.throw_thing_out", None, "throw|throwing|chuck|toss ~1 my|the|his|her|this ~0 "
        "laptop|phone|tablet|book|books|homework|computer|pc ~0 out", tag="@THROWOUT"),
    # round 67: «брат мужа», «друг отчима»: an adult of the household by the relation
    Seq("tag.ru.relative_of_adult", None, "брат|сестра|друг|подруга|отец|мать|сын ~0 "
        "муж+#gent|жена+#gent|отчим+#gent|мачеха+#gent", tag="@ADULT"),
    # round 64: "we keep the pills in a locked box"
    Seq("tag.en.in_a_locked_box", None, "in ~0 a|the|our|his|her ~0 locked ~1 "
        "box|lockbox|safe|cabinet|drawer", tag="@STORED"),
    # round 21: "we don't have a cat": the excuse for the marks does not hold
    Seq("tag.en.no_pet", None, "@NEG ~0 have ~1 a|any ~0 cat|cats|dog|dogs|pet|pets|kitten",
        tag="@NOPET"),
    # "won't open, we can't hear anything": silence behind a locked door
    Seq("tag.en.cant_hear", None, "@NEG ~1 hear ~1 anything|her|him|them|nothing|a",
        tag="@SILENT"),
    Seq("tag.ru.taken_back", None, "отбой|фух|фуф|уф", tag="@TAKENBACK"),
    Seq("tag.ru.false_alarm", None, "ложный ~0 тревога", tag="@TAKENBACK"),
    Seq("tag.ru.ah_no", None, "а ~0 нет ~0 это|он|она", tag="@TAKENBACK"),
    Seq("tag.ru.turned_up", None, "объявиться+#past|найтись+#past", tag="@TAKENBACK"),
    # "I can't anymore", "I can't any more", "cant anymore": the shortest of them
    Seq("tag.en.cant_anymore_short", None, "can ~0 @NEG ~0 anymore|=any ~0 #b|more|#cl",
        tag="@CANTMORE"),
    # round 61: "throw you out the window": someone else thrown, in words
    Seq("tag.en.throw_other", None, "throw|throwing|threw ~0 you|him|her|them|grandma|grandpa ~1 "
        "out ~1 the|a ~0 window|balcony", tag="@THROWOTHER"),
    # after a review of round sixty-one: the phrases its rules need
    Seq("tag.en.beats_up", None, "beats|beat|beating|punches|punched|kicks|kicked ~0 up|him|her|"
        "my", unless_after="in at record", tag="@BEATSUP"),
    Seq("tag.ru.dont_look_for", None, "не ~0 искать", tag="@DONTLOOK"),
    Seq("tag.ru.all_decided", None, "весь ~0 =решено", tag="@ALLDECIDED"),
    Seq("tag.ru.thought_dying", None, "решить ~0 что ~1 умирать+#pres", tag="@THOUGHTDYING"),
    Seq("tag.en.numb_lip", None, "numb ~1 lip|lips|mouth|cheek|tongue", tag="@NUMBLIP"),
    Seq("tag.en.lip_numb", None, "lip|lips|mouth|cheek|tongue ~2 numb", tag="@NUMBLIP"),
    Seq("tag.en.kept_away", None, "keep|keeping|kept|lock|locked|locking ~2 away ~1 from",
        tag="@KEPTAWAY"),
    Seq("tag.en.by_mistake", None, "accidentally|mistakenly ~0 took|ate|swallowed|drank|had",
        tag="@BYMISTAKE"),
    Seq("tag.en.instead_of_one", None, "instead ~0 of ~0 one", tag="@BYMISTAKE"),
    Seq("tag.en.new_braces", None, "new|got|just ~1 braces", tag="@NEWBRACES"),
    Seq("tag.en.no_marks", None, "no|not|without ~1 marks|cuts|scratches|scars",
        tag="@NOMARKS"),
    Seq("tag.en.never_doing_again", None, "never ~0 skating|riding|playing|swimming|dancing|"
        "wearing ~2 again", tag="@NEVERAGAIN"),
    Seq("tag.en.why_someone_did", None, "why ~3 singer|actor|rapper|celebrity|star|youtuber|"
        "footballer ~1 @KILLV", tag="@ASKMEAN"),
    # after a review of rounds fifty-four to sixty: the phrases some of their rules need
    Seq("tag.en.not_your_problem", None, "@WONT ~0 be ~1 your|ur|my|anyone|anyones|everyone|"
        "everyones ~0 problem|burden", tag="@NOTYOURPROBLEM"),
    Seq("tag.en.dont_stop_me", None, "try|trying|tries ~1 to ~0 stop ~0 =me", tag="@STOPME"),
    Seq("tag.ru.dont_stop_me", None, "пытаться|пробовать|надо|нужно|смочь ~1 я ~0 "
        "остановить|останавливать|отговаривать|отговорить|удерживать", tag="@STOPME"),
    Seq("tag.en.i_hit_child", None, "=i ~1 hit|smacked|slapped|punched|beat ~2 my|our|him|her|"
        "@VICTIM", tag="@IHITCHILD"),
    Seq("tag.ru.i_hit_child", None, "я ~1 ударить|избить|отлупить|побить ~2 сын|дочь|ребенок|"
        "@VICTIM", tag="@IHITCHILD"),
    Seq("tag.ru.before_him", None, "при|перед ~0 он|тренер|учитель|мужчина|дядя|сосед|отчим",
        tag="@BEFOREHIM"),
    # round 72: a small child touching itself at bedtime, which a carer noticed: not a carer
    # touching the child (unless someone made the child do it)
    Seq("tag.ru.touches_self", None, "трогать|теребить ~0 себя",
        unless_before="заставлять заставить просить попросить велеть уговаривать",
        tag="@SELFTOUCH"),
    Seq("tag.en.touches_self", None, "=touches|=touching|=touch|=touched ~0 herself|himself|"
        "themselves", unless_before="@MAKE made make makes asked asks told tells forced",
        tag="@SELFTOUCH"),
    # a school's "no-knives rule": the rule, not a knife
    Seq("tag.en.no_weapons_rule", None, "no|zero ~0 knife|knives|weapon|weapons|gun|guns ~0 "
        "rule|rules|policy", tag="@WEAPONRULE"),
    # round 74: "his stepdad did it", said of a bruise
    Seq("tag.en.adult_did_it", None, "stepdad|stepfather|stepmum|stepmom|stepmother|boyfriend|"
        "@HOMEADULT ~0 did ~0 it|this|that", tag="@ADULTDIDIT"),
    # round 74: a brother-in-law is an adult of the household; "he's not coming back",
    # «сказал, что не вернётся»
    Seq("tag.en.in_law", None, "brother|sister|father|mother ~0 in ~0 law", tag="@ADULT"),
    Seq("tag.en.not_coming_back", None, "not|never|=wont|=isnt ~0 coming|come ~0 back",
        unless_before="you if", unless_after="until till before after to",
        tag="@NOTCOMINGBACK"),
    Seq("tag.ru.not_coming_back", None, "не|никогда ~0 вернуться+#futr|прийти+#futr",
        unless_after="в на", tag="@NOTCOMINGBACK"),
    # round 75: "they can't find her" (not a toy, a photo, a game of hide-and-seek)
    Seq("tag.en.cant_find_them", None, "=cant|=can't|cannot|=couldnt|=couldn't|not ~1 find ~0 "
        "her|him|them", tag="@CANTFIND"),
    # round 77: "a classmate's dad killed himself": an adult's death, not the child's words
    Seq("tag.en.adult_killed_himself", None, "dad|father|uncle|grandpa|grandad|grandfather|"
        "neighbour|neighbor|teacher|coach|mum|mom|mother|aunt ~0 =killed|=kills ~0 =himself|"
        "=herself", tag="@OTHERSUICIDE"),
    Seq("tag.ru.i_am_in_the_way", None, "я ~1 весь|вы|ты|они ~0 мешать",
        tag="@INTHEWAY"),
    # round 81: the child came back or got in touch afterwards («утром вернулся сам», «потом
    # написал: сел телефон», "then he texted"): what was feared of where the child was is over
    # (``_detector._taken_back``: acute danger only, not a blow or a note the message tells of)
    Seq("tag.ru.came_back_self", None, "вернуться+#past|прийти+#past ~1 сам",
        tag="@RETURNED"),
    Seq("tag.ru.then_got_in_touch", None, "потом|затем ~2 написать+#past|позвонить+#past|"
        "перезвонить+#past|ответить+#past", tag="@RETURNED"),
    Seq("tag.en.then_got_in_touch", None, "=then|=later ~0 =he|=she ~0 =texted|=called|=rang|"
        "=answered|=replied|=messaged|=phoned", tag="@RETURNED"),
    Seq("tag.en.came_back_own", None, "came ~1 home|back ~1 on ~0 @POSS ~0 own", tag="@RETURNED"),
    # round 81: "make up" in the bathroom, not "won't make a sound"
    Seq("tag.en.make_up", None, "=make|=making|=doing ~0 =up", tag="@MAKEUP"),
    # round 81: «ни слуху ни духу» of a child gone; «с тех пор», "since"
    Seq("tag.ru.no_word_of", None, "ни ~0 слух ~1 ни ~0 дух", tag="@UNREACHABLE"),
    Seq("tag.ru.since_then", None, "с ~0 тот ~0 пора", tag="@SINCE"),
    # round 82: «не можем найти»
    Seq("tag.ru.cant_find", None, "@NEG ~1 мочь ~0 найти", tag="@CANTFIND"),
    # round 83: "kill himself in the game" (a character), not "... after the game" (the time)
    Seq("tag.en.in_game", None, "in|on|at|ingame|=in-game ~2 @GAMEW", tag="@INGAME"),
    Seq("tag.en.game_named", None, "@GAMEW", unless_before="after before during", tag="@INGAME"),
    # round 83: "send if I'm gone"; «всем пока» (to all, not «все пока спят»)
    Seq("tag.en.if_gone", None, "=if ~0 @SUBJ ~1 be ~0 gone|dead", tag="@IFGONE"),
    Seq("tag.ru.bye_all", None, "весь+#datv ~0 пока", tag="@BYEALL"),
    # round 84: «муж сестры» is an adult of the family; "why people commit suicide", asked;
    # "locked away" is stored; «только вода», "only water"; "came out" of a locked room
    Seq("tag.ru.in_law_of", None, "муж|жена ~1 сестра+#gent|брат+#gent|тетя+#gent",
        tag="@ADULT"),
    Seq("tag.en.why_people_commit", None, "why ~1 people|kids|someone|somebody ~1 commit|kill",
        tag="@ASKMEAN"),
    Seq("tag.en.locked_away", None, "locked ~0 away", tag="@STORED"),
    Seq("tag.ru.water_only", None, "только|лишь ~0 вода", tag="@WATERONLY"),
    Seq("tag.en.water_only", None, "only|just ~0 water", tag="@WATERONLY"),
    Seq("tag.en.came_out", None, "=came|=comes ~0 =out", tag="@CAMEOUT"),
    Seq("tag.ru.came_out", None, "выйти+#past ~2 из|сам", tag="@CAMEOUT"),
    # round 85: «под бельём», "for after", "just in case"
    Seq("tag.ru.under_underwear", None, "под ~1 белье|трусы|трусик|одежда|майка|футболка|"
        "купальник",
        tag="@SEXPART"),
    Seq("tag.en.for_after", None, "=for ~0 =after", tag="@FORAFTER"),
    Seq("tag.en.just_in_case", None, "just ~0 in ~0 case", tag="@INCASE"),
    # round 82: pills found, then "binned them": the parent's alarm is over
    Seq("tag.en.binned_them", None, "=binned|=tossed ~0 =them|=it|=the", tag="@TAKENBACK"),
)

SEQ: Final[tuple[Seq, ...]] = (
    # -- C-SSRS 1: wish to be dead -------------------------------------------------------------
    Seq("death_wish.en.want_die", K.DEATH_WISH, "@WANT ~3 @DIE|@DEAD", neg=True,
        unless_after=_DIE_IDIOM, gap_stop=_OTHER, escalate=WISH,
        unless_near="cramps cramp menstrual"),  # round 72: period pain
    Seq("death_wish.en.better_dead", K.DEATH_WISH, "better ~1 dead", escalate=WISH),
    Seq("death_wish.en.rather_dead", K.DEATH_WISH, "rather ~2 @DIE|@DEAD", neg=True,
        unless_after="than", escalate=WISH,
        unless_near="needle needles vaccine jab injection injections phobia blood test "
                    "scraped @NEVERAGAIN"),  # 37, 52: a blood test; 61: "never skating again"
    Seq("death_wish.en.rather_dead_than_live", K.DEATH_WISH, "rather ~2 @DIE|@DEAD ~1 than ~2 "
        "live|living|alive|exist|existing", escalate=WISH),
    Seq("death_wish.en.make_sure_never_wake", K.DEATH_WISH, "sure ~3 never|@NEG ~2 wake"),
    Seq("death_wish.en.reported_better_without", K.DEATH_WISH, "@SPEECH ~4 better ~1 off ~0 "
        "without ~0 him|her|me"),
    Seq("death_wish.en.never_born", K.DEATH_WISH, "@WANT|should ~5 never|@NEG ~2 born",
        gap_stop=_SIBLING_EN),
    Seq("death_wish.en.why_born", K.DEATH_WISH, "why ~3 born"),
    Seq("death_wish.en.never_wake", K.DEATH_WISH, "sleep|asleep ~4 never|@NEG ~2 wake",
        unless_after="until till at before"),  # round 46: not "when": '"...and not wake
    # up" when I asked why' is the parent's question
    Seq("death_wish.en.not_want_wake", K.DEATH_WISH, "@NEG ~1 @WANT ~2 wake",
        unless_after="for early at so because in on when before"),
    Seq("death_wish.en.not_want_alive", K.DEATH_WISH, "@NEG ~1 @WANT ~3 alive|exist"),
    Seq("death_wish.en.not_want_live", K.DEATH_WISH, "@NEG ~1 @WANT ~2 live",
        unless_after=_LOCATIVE_EN),
    Seq("death_wish.en.not_want_live_world", K.DEATH_WISH, "@NEG ~1 @WANT ~2 live ~4 "
        "world|earth|anymore", gap_stop="here there house home room city town family"),  # 29:
    # "live here" after a move; round 59: "in this house", over a puppy
    Seq("death_wish.en.not_be_here", K.DEATH_WISH, "@NEG ~2 be ~1 here|around ~1 anymore|any"),
    Seq("death_wish.en.stop_existing", K.DEATH_WISH, "stop|quit ~1 exist|existing|living",
        unless_after=_LOCATIVE_EN + " on online"),
    Seq("death_wish.en.stop_being_alive", K.DEATH_WISH, "stop|quit ~1 being ~0 alive"),
    Seq("death_wish.en.waiting_to_die", K.DEATH_WISH, "wait|waiting ~2 to ~0 @DIE",
        unless_after=_DIE_IDIOM),
    Seq("death_wish.en.own_funeral", K.DEATH_WISH, "for|plan|planning|planned ~1 my|own ~0 "
        "funeral"),
    Seq("suicidal_method.en.where_poison", K.SUICIDAL_METHOD, "where ~5 rat ~0 poison|"
        "bleach|antifreeze|weedkiller"),
    Seq("suicidal_method.en.walk_into_sea", K.SUICIDAL_METHOD, "walk|walking ~1 into ~1 the ~0 "
        "sea|ocean|river|lake", frame=True, escalate=METHOD),
    Seq("sexual_abuse.en.exposed_himself", K.SEXUAL_ABUSE, "expose|exposed|exposes|exposing|"
        "flash|flashed|flashes ~0 himself|themselves|herself"),
    Seq("death_wish.en.disappear_forever", K.DEATH_WISH, "disappear|vanish ~3 "
        "forever|good|permanently"),
    Seq("death_wish.en.disappear_never_back", K.DEATH_WISH, "disappear|vanish ~2 and ~0 never "
        "~1 come|coming|be|exist"),
    Seq("death_wish.en.rather_dead_than_go_back", K.DEATH_WISH, "rather ~2 @DIE|@DEAD ~1 than "
        "~2 go|going ~0 back"),
    Seq("death_wish.en.all_stop", K.DEATH_WISH, "@WANT ~2 it ~1 all ~2 stop|end|over"),
    # round 12: "=done", the word itself: the lemma "done" is "do" ("how long do hamsters live")
    Seq("death_wish.en.tired_living", K.DEATH_WISH, "tired|sick|=done ~2 live|living|life|alive",
        unless_after=_LOCATIVE_EN),
    Seq("death_wish.en.point_living", K.DEATH_WISH, "point ~1 of|in ~2 live|living|life|alive|"
        "exist|existing"),
    Seq("death_wish.en.point_go_on", K.DEATH_WISH, "point ~1 of|in ~1 go ~0 on"),
    Seq("death_wish.en.cant_go_on", K.DEATH_WISH, "can ~0 @NEG ~1 go ~0 on ~0 "
        "like|anymore|any|live|living|#b", unless_near="stage recital backstage concert show "
        "play performance"),
    Seq("death_wish.en.nobody_miss", K.DEATH_WISH, "@NOBODY ~3 miss|notice|care ~5 "
        "@DIE|@DEAD|gone|disappear|disappeared"),
    Seq("death_wish.en.nobody_would_miss", K.DEATH_WISH, "@NOBODY ~1 would|will ~1 miss ~1 "
        "me|him|her"),
    Seq("death_wish.en.better_without_me", K.DEATH_WISH, "better ~2 without ~0 me"),
    Seq("death_wish.en.better_without", K.DEATH_WISH, "everyone|everybody|world|family|all|"
        "people|everything|you ~5 better|happier|easier|fine ~2 without ~0 him|her|them",
        unless_after="for at on this tonight today"),
    Seq("death_wish.en.hope_not_wake", K.DEATH_WISH, "@WANT ~2 @NEG|never ~2 wake ~1 "
        "tomorrow|ever|anymore", unless_near="baby toddler nap"),
    Seq("death_wish.en.thoughts_not_alive", K.DEATH_WISH, "@THINK|thoughts ~3 @NEG ~1 be|being "
        "~0 alive|here|exist|existing"),
    Seq("suicidal_method.en.rope_slang", K.SUICIDAL_METHOD, "@WANT|@INTENTW ~1 rope ~0 #b|@SELF|"
        "@WHEN|fr|lol", escalate=METHOD),
    Seq("suicidal_method.en.neck_self", K.SUICIDAL_METHOD, "neck ~0 myself|himself|herself|"
        "themselves", escalate=METHOD),
    # -- round 2: intent, method questions, reported ideation without the usual verbs -------
    Seq("suicidal_intent.en.ready_to_die", K.SUICIDAL_INTENT, "ready|decided|decide|prepared ~2 "
        "to ~0 @DIE", neg=True, unless_after="rather than instead",
        unless_near="@FICTION montoya quote quotes greets",  # round 21: "Prepare to die."
        escalate=IDEATION),
    Seq("suicidal_intent.ru.ready_to_die", K.SUICIDAL_INTENT, "готовый|решить|решиться ~2 "
        "@DIE", neg=True, unless_after="лишь только чем лучше за",  # round 22: «за команду»
        # round 37: a first period; round 61: «решил, что умирает» is a belief
        unless_near="месячные менструация @THOUGHTDYING",
        escalate=IDEATION),
    Seq("suicidal_intent.en.go_through_with_it", K.SUICIDAL_INTENT, "go|going|goes ~1 through "
        "~0 with ~0 it", neg=True, unless_near="surgery operation wedding trip exam move "
        "audition", escalate=IDEATION),
    Seq("suicidal_intent.en.decided_do_it", K.SUICIDAL_INTENT, "@DECIDED ~3 #cl|#b|i|he|she|"
        "=i'm|=im ~3 do|doing ~0 it|this ~0 #b|#cl|tonight|today|tomorrow|soon|now|@WHEN",
        escalate=IDEATION),
    Seq("suicidal_intent.ru.decided_do_it", K.SUICIDAL_INTENT, "@DECIDED ~4 это|сделать+#futr "
        "~0 сделать+#futr|это", escalate=IDEATION),
    Seq("suicidal_intent.ru.end_everything", K.SUICIDAL_INTENT, "закончить+#futr|"
        "прекратить+#futr ~0 весь|все ~0 это|#b|#cl|сегодня|завтра|@WHEN", escalate=IDEATION),
    Seq("suicidal_intent.ru.today_end_everything", K.SUICIDAL_INTENT, "сегодня|завтра|@WHEN ~1 "
        "весь|все ~0 закончить+#futr|прекратить+#futr ~0 #b|#cl", escalate=IDEATION),
    Seq("suicidal_intent.ru.all_will_end", K.SUICIDAL_INTENT, "весь|все ~2 закончиться+#futr|"
        "кончиться+#futr", unless_after="урок каникулы экзамен четверть", escalate=IDEATION),
    Seq("suicidal_method.en.step_into_traffic", K.SUICIDAL_METHOD, "walk|walking|step|stepping|"
        "run|running|throw|jump|jumping|lie|lying ~2 into|onto|under|front ~3 "
        "traffic|bus|train|car|cars|truck|lorry|tram|highway|motorway|road|tracks",
        frame=True, escalate=METHOD),
    Seq("suicidal_method.ru.step_under", K.SUICIDAL_METHOD, "шагнуть|шагать|броситься|"
        "бросаться|кинуться|кидаться|лечь|ложиться|выйти|выбежать ~1 под ~1 @VEHICLE",
        frame=True, escalate=METHOD),
    Seq("death_wish.en.easier_without", K.DEATH_WISH, "easier|happier|better|simpler ~3 "
        "without ~0 me|him|her|#b", unless_after="little big baby brother sister dog phone"),
    Seq("death_wish.ru.easier_without", K.DEATH_WISH, "простой|легкий|лучше|"
        "хороший|спокойный|счастливый ~2 без ~0 я|он|она"),
    Seq("death_wish.en.wish_not_here", K.DEATH_WISH, "@WANT ~1 @SUBJ ~1 be|=wasnt|=weren't ~0 "
        "@NEG ~0 here|alive|born|around", unless_after="this the that school party wedding "
                                                    "class house"),
    Seq("death_wish.en.no_reason_here", K.DEATH_WISH, "no ~0 reason|point ~3 to|for ~2 be ~0 "
        "here|alive|around|living"),
    Seq("death_wish.en.no_future", K.DEATH_WISH, "@NEG ~1 see ~1 a|any ~0 future",
        unless_after="in with for at as"),
    Seq("death_wish.en.not_have_to_wake", K.DEATH_WISH, "@NEG|never ~2 have ~0 to ~0 wake",
        frame=True, unless_after="early alarm school"),
    Seq("death_wish.en.never_open_eyes", K.DEATH_WISH, "never ~2 open ~2 eyes"),
    Seq("incitement.en.kys", K.INCITEMENT, "kill ~0 yourself|yourselves|urself|yourslf",
        neg=True,  # round 21: "kill urself"
        unless_near="@ASKMEAN"),  # round 33: what the words mean, asked
    Seq("incitement.ru.better_you_die", K.INCITEMENT, "ты+#datv|вы+#datv ~1 лучше|хороший|надо|"
        "стоить|пора|следовать ~1 @DIE|@SUICIDEV|@METHODV|убиться"),
    # -- round 2, second batch (tune_round2_more.jsonl) ------------------------------------
    Seq("death_wish.en.want_it_over", K.DEATH_WISH, "@WANT ~2 it|everything|life|all ~1 to ~0 "
        "be ~0 over", neg=True, unless_near="exam exams test tests holiday school lesson party "
                                            "week day trip game match term"),
    Seq("suicidal_intent.ru.stop_forever", K.SUICIDAL_INTENT, "прекратить|закончить|"
        "прекращать|заканчивать ~3 навсегда ~0 #b|#cl", neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.ru.free_from_self", K.SUICIDAL_THOUGHTS, "освободить|избавить|"
        "освобождать|избавлять ~3 от ~0 себя", neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.en.free_from_self", K.SUICIDAL_THOUGHTS, "free|rid ~3 of ~0 me|him|"
        "her ~0 #b|#cl|forever|soon", unless_before="@OTHERN", neg=True, escalate=IDEATION),
    Seq("death_wish.en.if_i_died", K.DEATH_WISH, "cry|miss|notice|care|get|sad|happier|funeral|"
        "upset|remember ~5 if|when ~0 i|he|she ~0 @DIE|=died|dead",
        unless_near="roblox minecraft fortnite game games avatar character lava"),
    Seq("death_wish.ru.if_i_died", K.DEATH_WISH, "плакать|скучать|жалеть|заметить|забрать|"
        "достаться|грустить|похороны|вспоминать|помнить ~5 если|когда ~0 я|он|она ~0 @DIE",
        unless_near="роблокс майнкрафт фортнайт игра персонаж аватар лава"),
    Seq("suicidal_method.en.drive_off", K.SUICIDAL_METHOD, "drive|crash|steer ~2 off|into ~2 "
        "bridge|cliff|wall|tree|river|lake|traffic|sea", frame=True, escalate=METHOD),
    Seq("suicidal_method.ru.drive_off", K.SUICIDAL_METHOD, "разбиться|врезаться|слететь ~2 "
        "с|в|на ~1 мост|обрыв|стена|дерево|столб|река", frame=True, escalate=METHOD),
    Seq("incitement.en.told_better_if_died", K.INCITEMENT, "@TELL ~1 him|her ~6 better ~1 if|"
        "when ~0 he|she ~1 @DIE|=died|dead|gone|=wasn't|=weren't"),
    # -- round 2, third batch (tune_round2_extra.jsonl) -------------------------------------
    Seq("death_wish.ru.no_reason_wake", K.DEATH_WISH, "незачем ~2 просыпаться|жить|"
        "существовать|просыпаться"),
    Seq("death_wish.en.tired_of_existing", K.DEATH_WISH, "tired|sick ~1 of ~0 existing|living|"
        "life|=being ~0 alive|#b|#cl", unless_after=_LOCATIVE_EN + " homework rules like"),
    Seq("suicidal_method.en.suicide_methods", K.SUICIDAL_METHOD, "@SUICIDE ~0 method|methods|"
        "ways|technique|techniques", unless_near="@NEWS", escalate=METHOD),
    Seq("suicidal_method.ru.suicide_methods", K.SUICIDAL_METHOD, "способ|метод ~1 @SUICIDE",
        unless_near="@NEWS", escalate=METHOD),
    Seq("suicidal_method.ru.jump_noun", K.SUICIDAL_METHOD, "прыжок ~2 с|из ~1 @HIGH",
        unless_after="в сугроб снег бассейн вода батут речка река", escalate=METHOD),
    Seq("incitement.en.neck_yourself", K.INCITEMENT, "neck ~0 yourself"),
    Seq("sexual_abuse.en.groomed", K.SEXUAL_ABUSE, "be|being|been ~1 groomed",
        unless_near="dog dogs puppy pet horse pony cat hair"),
    Seq("sexual_abuse.en.grooming", K.SEXUAL_ABUSE, "grooming ~0 @POSS|her|him|kids|children|"
        "girls|boys", unless_near="dog dogs puppy pet horse pony cat hair"),
    Seq("acute_danger.en.purge_on_purpose", K.ACUTE_DANGER, "throw|vomit|puke ~3 purpose|"
        "deliberately"),
    Seq("death_wish.en.care_live_die", K.DEATH_WISH, "care ~3 if|whether ~1 @SUBJ ~1 "
        "live|lives|living ~1 or ~0 @DIE|not"),
    Seq("death_wish.en.last_week", K.DEATH_WISH, "@SPEECH ~8 last ~0 week|day|days|night|"
        "weekend|month ~0 #b", unless_near="@LEAVING work job term school holiday holidays "
        "nursery camp club"),
    Seq("suicidal_method.en.lie_on_tracks", K.SUICIDAL_METHOD, "lie|lay|lying|stand|standing ~2 "
        "on|onto|across ~2 @VEHICLE|railway|rails|motorway", frame=True, escalate=METHOD),
    Seq("suicidal_method.en.get_sleeping_pills", K.SUICIDAL_METHOD, "ask|asked|asking|steal|"
        "stole|stolen|buy|bought|hide|hid|hidden ~5 sleeping ~0 pill|pills|=tablets",
        escalate=METHOD),
    Seq("death_wish.en.cant_keep_living", K.DEATH_WISH, "can ~0 @NEG ~1 keep|continue|stand|bear "
        "~0 living|being ~1 alive|like|anymore|#b|this"),
    Seq("death_wish.en.better_in_heaven", K.DEATH_WISH, "better|happier ~3 in ~0 heaven|paradise"),
    Seq("death_wish.en.okay_without", K.DEATH_WISH, "be ~0 okay|ok|fine|alright ~0 without ~0 "
        "me|her|him", unless_after="for this tonight today at while"),
    Seq("death_wish.en.cope_without", K.DEATH_WISH, "would|will|could ~2 cope|manage ~0 without "
        "~0 me|her|him", unless_after="for this tonight today at while"),
    Seq("death_wish.ru.cope_without", K.DEATH_WISH, "справиться|справляться|прожить ~2 без ~0 "
        "я|он|она", unless_after="на в до пока"),
    Seq("death_wish.en.not_in_your_way", K.DEATH_WISH, "@NEG ~1 be ~1 in ~0 your ~0 way ~1 "
        "anymore|again|much|longer"),
    Seq("death_wish.en.not_a_burden_anymore", K.DEATH_WISH, "@NEG ~1 be ~1 a ~0 burden|problem "
        "~1 anymore|much|longer"),
    Seq("death_wish.en.be_with_dead", K.DEATH_WISH, "@WANT ~3 be ~1 with ~2 late|dead|deceased"),
    Seq("death_wish.en.not_here_much_longer", K.DEATH_WISH, "@NEG ~0 here|around|alive ~0 much "
        "~0 longer"),
    Seq("suicidal_method.en.bleed_out", K.SUICIDAL_METHOD, "how ~4 bleed ~0 out",
        unless_near="@GAMEW"),
    Seq("death_wish.en.heaven", K.DEATH_WISH, "@WANT ~5 heaven", neg=True,
        unless_near="=back"),  # round 15: a visit "and then come back"
    Seq("death_wish.en.car_hit", K.DEATH_WISH, "@WANT ~3 car|bus|truck|train|lorry ~3 "
        "hit|run|kill|crash"),
    Seq("death_wish.en.should_just_die", K.DEATH_WISH, "should|might|could ~0 just ~1 @DIE",
        unless_after=_DIE_IDIOM, unless_near="crush embarrassing embarrassed embarrass trip "
        "tripped laughing laughed blush blushed"),
    Seq("death_wish.en.might_as_well", K.DEATH_WISH, "might|may ~0 as ~0 well ~1 @DIE|@DEAD",
        unless_after=_DIE_IDIOM),
    Seq("death_wish.en.not_worth_living", K.DEATH_WISH, "@NEG ~2 worth ~1 live|living"),
    Seq("death_wish.en.sleep_forever", K.DEATH_WISH, "@WANT ~5 sleep|asleep ~1 "
        "forever|permanently", neg=True, gap_stop="in",
        unless_after="on at in every weekend weekends morning mornings saturday sunday lol"),
    Seq("death_wish.en.feel_dying", K.DEATH_WISH, "feel ~1 like ~0 dying|=die"),
    Seq("death_wish.en.hate_alive", K.DEATH_WISH, "hate ~1 be ~0 alive"),
    # paraphrases: "the family would be happier if he wasn't around", "better if I was gone"
    Seq("death_wish.en.better_if_gone", K.DEATH_WISH, "better|happier|easier|relieved|glad ~5 "
        "if ~0 @SUBJ ~3 "
        "gone|dead|disappear|disappeared|@DIE|born|exist|existed", unless_after="for to on at"),
    Seq("death_wish.en.better_if_not_around", K.DEATH_WISH, "better|happier|easier ~5 if ~0 "
        "@SUBJ ~2 @NEG ~1 around|here|alive|exist|existed|born"),
    Seq("death_wish.en.not_deserve_live", K.DEATH_WISH, "@NEG ~1 deserve ~2 live|alive|exist|"
        "life", unless_after=_LOCATIVE_EN),
    Seq("death_wish.en.nothing_to_live_for", K.DEATH_WISH, "nothing|anything ~1 to ~0 live ~0 "
        "for"),
    Seq("death_wish.en.no_reason_live", K.DEATH_WISH, "no|@NEG|any ~2 reason ~2 live|living|"
        "alive|exist|existing", unless_after=_LOCATIVE_EN),
    Seq("death_wish.en.life_pointless", K.DEATH_WISH, "life ~2 pointless|meaningless|worthless"),
    Seq("death_wish.en.want_life_end", K.DEATH_WISH, "@WANT ~2 life|everything ~1 to ~0 "
        "end|stop|over"),
    Seq("death_wish.en.care_if_died", K.DEATH_WISH, "anyone|anybody|you|people ~3 "
        "care|miss|notice ~3 if ~0 @SUBJ ~2 @DIE|dead|gone|disappeared|disappear"),
    Seq("death_wish.en.want_not_exist", K.DEATH_WISH, "@WANT ~3 @NEG ~2 exist|existed|alive|"
        "born", gap_stop=_SIBLING_EN),
    Seq("death_wish.en.should_not_exist", K.DEATH_WISH, "should ~1 @NEG ~2 exist|alive|born"),
    Seq("death_wish.en.give_up_life", K.DEATH_WISH, "give ~0 up ~1 on ~1 life|living"),
    Seq("death_wish.en.not_around_much_longer", K.DEATH_WISH, "@NEG ~1 be ~0 around|here|alive "
        "~0 much ~0 longer", unless_near="move moving abroad job university college exchange "
                                         "weekend visit"),
    Seq("death_wish.en.no_worry_about_me", K.DEATH_WISH, "will ~0 @NEG ~0 have|need ~1 to ~0 "
        "worry ~1 about ~0 me|him|her ~0 anymore|again|longer|much|soon|#b"),
    Seq("death_wish.en.nobody_worry", K.DEATH_WISH, "@NOBODY ~1 have|need ~1 to ~0 worry ~1 "
        "about ~0 me|him|her ~0 anymore|again|longer|much|soon|#b"),
    Seq("death_wish.ru.want_die", K.DEATH_WISH, "@WANT ~2 @DIE", neg=True,
        unless_after="@IDIOMTAIL", gap_stop=_OTHER + " лечь",  # round 22: «хочу лечь и умереть»
        unless_near="месячные грелка татуировка =тату пирсинг @FICTION сочинение",
        # round 27: «хочет
        # татуировку, говорит „умру“»; round 60: an essay's heroine
        escalate=WISH),
    Seq("death_wish.ru.not_want_live", K.DEATH_WISH, "@NEG ~1 @WANT ~2 @LIVE",
        unless_after=_LOCATIVE_RU),
    Seq("death_wish.ru.not_want_live_world", K.DEATH_WISH, "@NEG ~1 @WANT ~2 @LIVE ~3 "
        "мир|свет|больше"),
    Seq("death_wish.ru.live_not_want", K.DEATH_WISH, "@LIVE ~1 @NEG ~1 @WANT"),
    Seq("death_wish.ru.better_not_be", K.DEATH_WISH, "хороший|лучше ~1 бы ~3 @NEG ~1 "
        "быть|существовать|родиться|рождаться", unless_after="чем в этот",
        gap_stop=_SIBLING_RU),
    # round 21: «лучше бы я вообще не родилась в этой семье»: "в этот" cancels only "быть"
    Seq("death_wish.ru.better_not_be_born", K.DEATH_WISH, "хороший|лучше ~1 бы ~3 @NEG ~1 "
        "родиться|рождаться", gap_stop=_SIBLING_RU),
    Seq("death_wish.ru.better_die", K.DEATH_WISH, "хороший|лучше ~2 @DIE",
        unless_after="чем голод", escalate=WISH,  # round 42: «лучше умрёт с голоду»
        unless_near="зубной стоматолог зубник прививка"),  # round 81: before the dentist
    Seq("death_wish.ru.rather_die_than_live", K.DEATH_WISH, "хороший|лучше ~2 @DIE ~2 чем ~2 "
        "жить|существовать", escalate=WISH),
    Seq("death_wish.ru.better_if_not", K.DEATH_WISH, "хороший|лучше ~5 если ~1 бы ~2 @NEG ~1 "
        "быть|стать|существовать|родиться"),
    # round 63: the impersonal «не было» of existence, said of the child («чтобы меня не было»),
    # not «чтобы брата никогда не было» or the copula of «чтобы он не был таким грустным»
    Seq("death_wish.ru.want_not_be", K.DEATH_WISH, "@WANT ~2 чтобы|чтоб ~1 я|он|она ~2 @NEG ~0 "
        "=было|=стало|существовать", gap_stop="#gent #nomn #accs #datv",
        unless_after="видно слышно заметно дома здесь тут рядом больно страшно скучно школа "
                     "класс сад садик комната"),
    Seq("death_wish.ru.want_not_be_me", K.DEATH_WISH, "@WANT ~2 чтобы|чтоб ~2 @NEG ~0 "
        "=было|=стало ~1 я|он|она", gap_stop="#gent #nomn #accs #datv"),
    Seq("death_wish.ru.disappear_forever", K.DEATH_WISH, "исчезнуть|пропасть|раствориться ~2 "
        "навсегда|навечно"),
    Seq("death_wish.ru.all_better_without", K.DEATH_WISH, "весь|все|всё|никто|мир|семья|"
        "родитель ~4 хороший|лучше|легкий|легко|спокойный|спокойно|счастливый ~2 без ~0 "
        "я|он|она"),
    Seq("death_wish.ru.without_me_better", K.DEATH_WISH, "без ~0 я|он|она ~4 простой|"
        "хороший|лучше|легкий|легко|спокойный|спокойно|счастливый"),
    Seq("death_wish.ru.regret_born", K.DEATH_WISH, "жалеть|зачем|нафига|нафиг|почему ~4 "
        "родиться|рождаться", unless_after="девочка мальчик в здесь " + _SIBLING_RU,
        gap_stop=_SIBLING_RU),
    Seq("death_wish.ru.not_wanted_born", K.DEATH_WISH, "@NEG ~1 @WANT ~1 родиться|рождаться"),
    Seq("death_wish.ru.sleep_not_wake", K.DEATH_WISH, "заснуть|уснуть|засыпать|спать ~3 "
        "@NEG ~1 проснуться|просыпаться",
        unless_near="отпевание дедушка бабушка бояться аденоид гроб похороны наркоз операция"),
        # round 17: why grandma
    # "slept" in the coffin; round 51: afraid of not waking after anaesthesia; round 79: afraid
    Seq("death_wish.ru.want_not_wake", K.DEATH_WISH, "@WANT ~2 @NEG ~1 проснуться|просыпаться"),
    Seq("death_wish.ru.sleep_forever", K.DEATH_WISH, "заснуть|уснуть ~2 навсегда|навечно",
        unless_before="пес собака кот кошка хомяк попугай рыбка черепаха"),
    Seq("death_wish.ru.no_reason", K.DEATH_WISH, "незачем|нечего|некуда ~2 жить"),
    Seq("death_wish.ru.no_sense", K.DEATH_WISH, "нет|@NEG|никакой ~3 смысл ~3 "
        "жить|жизнь|существовать|существование"),
    Seq("death_wish.ru.tired_living", K.DEATH_WISH, "надоесть|надоедать|устать|уставать|"
        "задолбать|заебать ~2 "
        "жить|существовать", unless_after=_LOCATIVE_RU),
    Seq("death_wish.ru.life_no_sense", K.DEATH_WISH, "жизнь ~3 нет|@NEG ~2 смысл"),
    Seq("death_wish.ru.life_senseless", K.DEATH_WISH, "жизнь ~2 бессмысленный|бессмысленно"),
    Seq("death_wish.ru.not_worth_living", K.DEATH_WISH, "@NEG ~1 стоить ~1 жить",
        unless_after=_LOCATIVE_RU),
    Seq("death_wish.ru.living_not_worth", K.DEATH_WISH, "жить ~1 @NEG ~1 стоить"),
    Seq("death_wish.ru.tired_life", K.DEATH_WISH, "устать|уставать ~1 от ~1 жизнь"),
    Seq("death_wish.ru.cant_live", K.DEATH_WISH, "@NEG ~1 мочь ~1 так|больше|далекий ~1 жить"),
    Seq("death_wish.ru.nobody_notice", K.DEATH_WISH, "никто ~4 заметить|замечать|скучать|"
        "вспомнить|плакать|расстроиться|хватиться ~6 @DIE|исчезнуть|пропасть|стать"),
    Seq("death_wish.ru.heaven", K.DEATH_WISH, "@WANT ~4 небо|рай", neg=True,
        unless_near="самолет"),  # round 54: a plane up into the sky
    Seq("death_wish.ru.car_hit", K.DEATH_WISH, "@WANT ~2 чтобы|чтоб ~3 "
        "сбить|задавить|переехать"),
    Seq("death_wish.ru.not_want_wake", K.DEATH_WISH, "@NEG ~1 @WANT ~1 больше|никогда|вообще "
        "~0 просыпаться|проснуться"),
    Seq("death_wish.ru.not_want_wake2", K.DEATH_WISH, "@NEG ~1 @WANT ~1 просыпаться|проснуться "
        "~0 больше|никогда|вообще"),
    Seq("death_wish.ru.care_live_die", K.DEATH_WISH, "равно ~5 @LIVE ~2 или ~1 нет|@DIE|не"),
    Seq("death_wish.ru.last_week", K.DEATH_WISH, "@SPEECH ~8 последний ~0 неделя|день|ночь|"
        "месяц ~0 #b", unless_near="@LEAVING работа лагерь каникулы четверть садик кружок"),
    Seq("suicidal_method.ru.lie_under", K.SUICIDAL_METHOD, "лечь|ложиться|лечь ~1 под|на ~1 "
        "@VEHICLE|рельс|трасса", frame=True, escalate=METHOD),
    Seq("suicidal_method.ru.get_sleeping_pills", K.SUICIDAL_METHOD, "просить|попросить|украсть|"
        "купить|прятать|спрятать|достать ~4 снотворный", escalate=METHOD),
    Seq("death_wish.ru.relieved_if_died", K.DEATH_WISH, "хороший|лучше|легкий|легко|облегчение|"
        "рад|радоваться|обрадоваться|простой ~6 если ~1 бы ~2 @DIE|исчезнуть|пропасть"),
    Seq("death_wish.ru.waiting_death", K.DEATH_WISH, "ждать ~2 смерть|умереть"),
    Seq("death_wish.ru.own_funeral", K.DEATH_WISH, "для|на|свой ~1 мой|свой ~0 похороны"),
    Seq("suicidal_method.ru.where_poison", K.SUICIDAL_METHOD, "где ~5 крысиный ~0 яд|отрава"),
    Seq("suicidal_method.ru.into_sea", K.SUICIDAL_METHOD, "уйти|зайти|войти ~1 в ~0 море|река|"
        "озеро", frame=True, unless_near="купаться плавать", escalate=METHOD),
    Seq("death_wish.ru.should_not_be", K.DEATH_WISH, "я|он|она ~0 @NEG ~0 должный ~0 быть|"
        "существовать|жить"),
    Seq("death_wish.ru.wont_be_in_way", K.DEATH_WISH, "больше ~1 @NEG ~1 быть ~0 мешать|"
        "обременять"),
    Seq("death_wish.ru.wont_be_in_way2", K.DEATH_WISH, "@NEG ~1 быть ~1 больше ~0 мешать"),
    Seq("death_wish.ru.living_tired", K.DEATH_WISH, "жить ~1 надоесть|надоедать|задолбать|"
        "заебать",
        gap_stop="тут здесь там в у с на по"),
    Seq("death_wish.ru.live_no_reason", K.DEATH_WISH, "жить ~1 незачем|нечего|некуда"),
    Seq("death_wish.ru.nothing_to_live_for", K.DEATH_WISH, "@NEG ~0 для|ради ~0 что ~1 жить"),
    Seq("death_wish.ru.want_not_exist", K.DEATH_WISH, "@WANT ~2 @NEG ~0 существовать"),
    Seq("death_wish.ru.stop_existing", K.DEATH_WISH, "перестать ~1 существовать|жить",
        unless_after=_LOCATIVE_RU),
    Seq("death_wish.ru.not_deserve_live", K.DEATH_WISH, "@NEG ~1 заслуживать|заслужить ~1 "
        "жить|жизнь"),
    Seq("death_wish.ru.soon_gone", K.DEATH_WISH, "скоро ~1 я ~0 @NEG ~0 стать+#futr"),
    Seq("death_wish.ru.want_all_end", K.DEATH_WISH, "@WANT ~2 чтобы|чтоб ~1 весь|все|всё|жизнь "
        "~1 закончиться|кончиться|прекратиться"),
    Seq("death_wish.ru.why_live", K.DEATH_WISH, "зачем|незачем ~1 @LIVE ~1 #b|далекий|вообще|"
        "если|когда|раз|так"),
    Seq("death_wish.ru.leave_forever", K.DEATH_WISH, "@WANT|@INTENTW ~2 уйти|исчезнуть ~0 "
        "навсегда|насовсем"),
    Seq("death_wish.ru.no_more_want", K.DEATH_WISH, "больше|никогда ~0 @NEG ~1 @WANT ~1 "
        "просыпаться|проснуться|жить|существовать", unless_after=_LOCATIVE_RU),
    Seq("death_wish.ru.if_only_not_be", K.DEATH_WISH, "вот|хоть ~0 бы ~2 @NEG ~1 быть|"
        "существовать|родиться"),
    Seq("death_wish.ru.better_in_heaven", K.DEATH_WISH, "лучше|хороший ~3 на|в ~0 небо|рай"),
    # -- C-SSRS 2: suicidal thoughts (escalated by context to items 3-6) -----------------------
    Seq("suicidal_thoughts.en.kill_self", K.SUICIDAL_THOUGHTS, "@KILLV ~1 @SELF", neg=True,
        # round 17: "he'll kill himself on the motorway", a new driver
        unless_before=_GENERIC_SUBJECT, unless_after="@INGAME @NOTTHOUGHT motorway highway "
        "road roads freeway motorbike =laughing",  # round 19: "kill himself laughing"
        unless_near="eurovision song @FICTION @ASKEDIF @ASKMEAN @OTHERSUICIDE news headline "
                    "article radio",
        # round 33: what the words mean, asked; round 55: a boy in the news; round 61: a
        # famous singer, heard on the radio
        escalate=IDEATION),
    Seq("suicidal_thoughts.en.end_life", K.SUICIDAL_THOUGHTS, "end|take|ending|taking ~2 "
        "@POSS ~1 own|life ~0 life", neg=True,
        unless_near="@FICTION novel documentary",  # round 20: a novel's character; 74
        escalate=IDEATION),
    Seq("suicidal_thoughts.en.end_own_life", K.SUICIDAL_THOUGHTS, "end|take|ending|taking ~1 "
        "@POSS ~1 life", neg=True, unless_near="@FICTION novel documentary",  # round 20: a novel
        escalate=IDEATION),
    Seq("suicidal_thoughts.en.end_it_all", K.SUICIDAL_THOUGHTS, "end|ending ~1 it ~0 all",
        neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.en.end_everything", K.SUICIDAL_THOUGHTS, "end|ending ~0 "
        "everything", neg=True, unless_after="with between", escalate=IDEATION),
    Seq("suicidal_thoughts.en.end_things", K.SUICIDAL_THOUGHTS, "end|ending ~0 thing|things|"
        "myself|himself|herself", neg=True, unless_after="with between", escalate=IDEATION),
    Seq("suicidal_thoughts.en.want_end_it", K.SUICIDAL_THOUGHTS, "@WANT|@INTENTW|@THINK|about ~2 "
        "end|ending ~0 it",
        neg=True, unless_after="with between early now", unless_near="game games streak level "
        "match season relationship", escalate=IDEATION),
    Seq("suicidal_thoughts.en.off_self", K.SUICIDAL_THOUGHTS, "=off|=offing|=offed ~0 @SELF",
        neg=True, escalate=IDEATION,  # round 47: "offing myself"; not "showing off himself"
        unless_before="show showing shows showed take took taking kick kicked push pushed"),
    Seq("suicidal_thoughts.en.do_something_self", K.SUICIDAL_THOUGHTS, "do ~1 something ~1 "
        "to ~0 @SELF", neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.en.suicidal", K.SUICIDAL_THOUGHTS, "=suicidal", neg=True,
        unless_near="@NEWS", escalate=IDEATION),
    Seq("suicidal_thoughts.en.commit_suicide", K.SUICIDAL_THOUGHTS, "commit ~1 @SUICIDE",
        neg=True, escalate=IDEATION,
        unless_before="why"),  # round 57: "asked why people commit suicide"
    Seq("suicidal_thoughts.en.ctrl_z", K.SUICIDAL_THOUGHTS, "ctrl|control ~0 z ~0 @SELF",
        escalate=IDEATION),
    Seq("suicidal_thoughts.en.alt_f4", K.SUICIDAL_THOUGHTS, "alt ~0 f ~0 =4 ~0 @SELF",
        escalate=IDEATION),
    Seq("suicidal_thoughts.en.self_delete", K.SUICIDAL_THOUGHTS, "self ~0 delete|deleting",
        neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.en.delete_self", K.SUICIDAL_THOUGHTS, "delete|uninstall|erase ~0 "
        "@SELF", neg=True, unless_after="group chat list app photo photos picture server team",
        escalate=IDEATION),
    Seq("suicidal_thoughts.en.unalive", K.SUICIDAL_THOUGHTS, "@WANT|@THINK|@INTENTW|about ~3 "
        "unalive|=unalived|=unaliving", neg=True, unless_after="@OTHERP @OTHERN",
        escalate=IDEATION),
    Seq("suicidal_thoughts.ru.rkn", K.SUICIDAL_THOUGHTS, "@WANT|@THINK|@INTENTW|@SELF ~2 @RKN",
        neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.ru.rkn_self", K.SUICIDAL_THOUGHTS, "@RKN ~1 @SELF", neg=True,
        escalate=IDEATION),
    Seq("suicidal_thoughts.ru.kill_self", K.SUICIDAL_THOUGHTS, "@KILLV ~2 @SELF", neg=True,
        unless_near="@ASKMEAN @NEWS человек", escalate=IDEATION),  # round 48: «зачем они убили
    # себя»; round 52: «почему люди убивают себя», after the news
    Seq("suicidal_thoughts.ru.self_kill", K.SUICIDAL_THOUGHTS, "@SELF ~2 @KILLV", neg=True,
        unless_near="финал матч проиграть выиграть @ASKMEAN @FICTION",  # round 21: if his team
        # loses the final; round 53: «зачем они себя убили», of Romeo and Juliet
        escalate=IDEATION),
    Seq("suicidal_thoughts.ru.suicide_verb", K.SUICIDAL_THOUGHTS, "@SUICIDEV", neg=True,
        unless_before="хоть хотя", unless_after="из об можно", escalate=IDEATION,
        unless_near="значить стример персонаж"),  # round 70: «что значит "выпилиться"»
    Seq("suicidal_thoughts.ru.end_self", K.SUICIDAL_THOUGHTS, "покончить ~2 @SELF|жизнь|"
        "весь|все|всё", neg=True, unless_near="@FICTION @NEWS",  # round 27: a series
        escalate=IDEATION),
    Seq("suicidal_thoughts.ru.settle_scores", K.SUICIDAL_THOUGHTS, "свести|сводить ~2 "
        "счет|счеты ~2 жизнь", neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.ru.lay_hands", K.SUICIDAL_THOUGHTS, "наложить|накладывать ~3 @SELF "
        "~1 рука", neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.ru.leave_life", K.SUICIDAL_THOUGHTS, "уйти|уходить ~1 из ~1 жизнь",
        neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.ru.deprive_life", K.SUICIDAL_THOUGHTS, "лишить|лишать ~1 @SELF ~1 "
        "жизнь", neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.ru.do_something_self", K.SUICIDAL_THOUGHTS, "с ~0 @SELF ~2 что ~1 "
        "нибудь|то ~1 сделать|сотворить", neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.ru.do_something_self2", K.SUICIDAL_THOUGHTS, "сделать|сотворить ~2 "
        "с ~0 @SELF ~1 что", neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.ru.do_something_self3", K.SUICIDAL_THOUGHTS, "что ~1 нибудь|то ~1 "
        "с ~0 @SELF ~1 сделать|сотворить", neg=True, escalate=IDEATION),
    Seq("suicidal_intent.ru.decided_die", K.SUICIDAL_INTENT, "решить|решиться ~4 "
        "@DIE|покончить", neg=True, escalate=IDEATION,
        unless_near="месячные менструация @THOUGHTDYING"),  # round 37: a first period taken
    # for dying; round 61: «решил, что умирает», a belief
    Seq("suicidal_intent.ru.die_decided", K.SUICIDAL_INTENT, "@DIE ~4 так ~0 решить",
        neg=True),
    # -- C-SSRS 3: method ----------------------------------------------------------------------
    Seq("suicidal_method.en.jump", K.SUICIDAL_METHOD, "@JUMP ~4 off|from|out|into ~3 @HIGH",
        frame=True, unless_near="@THROWOUT snow pool trampoline water parachute "
                                "bungee swimming "
                                "skydiving diving superman superhero superheroes cape "
                                "rolling sarcastic sarcastically jokingly @THROWOTHER",  # 18;
        # round 61: "I'm going to throw you out the window", to grandma
        escalate=METHOD),
    Seq("suicidal_method.en.jump_out_of_car", K.SUICIDAL_METHOD, "@JUMP ~3 out ~0 of ~2 car|bus|"
        "train|vehicle", frame=True, escalate=METHOD,
        unless_near="learning drive driving learner lesson lessons"),  # round 34: a parent
    Seq("suicidal_method.ru.strangle_self", K.SUICIDAL_METHOD, "задушить|душить|удушить|повесить "
        "~1 @SELF+#accs", neg=True, escalate=METHOD),
    Seq("suicidal_method.en.jump_in_front", K.SUICIDAL_METHOD, "@JUMP|step|lie|walk ~3 front "
        "~2 @VEHICLE", frame=True, escalate=METHOD),
    Seq("suicidal_method.en.throw_self", K.SUICIDAL_METHOD, "throw ~0 @SELF ~3 off|from|under|"
        "in|out", neg=True, unless_after="map lobby server",  # round 14: off the game's map
        unless_near="@GAMEW valorant lobby shops shop tantrum tantrums @TODDLER",  # round 37
       escalate=METHOD),
    Seq("suicidal_method.en.hang_self", K.SUICIDAL_METHOD, "hang|drown|shoot|poison|suffocate|"
        "strangle|electrocute|gas|choke|stab ~0 @SELF", neg=True, unless_after="foot",
        unless_near="@FICTION insulin injection inject injections diabetes",  # rounds 19, 21
        escalate=METHOD),
    Seq("suicidal_method.en.pills", K.SUICIDAL_METHOD, "take|swallow|drink|eat|down|taking ~3 "
        "@QUANT ~3 @PILLS", frame=True, escalate=METHOD),
    Seq("suicidal_method.en.overdose", K.SUICIDAL_METHOD, "overdose|overdosing", frame=True,
        escalate=METHOD, unless_near="cramps dose class careful"),  # round 57: a health class
    Seq("suicidal_method.en.how_many_pills", K.SUICIDAL_METHOD, "how ~0 many|much ~4 @PILLS ~6 "
        "@DIE|@KILLV|lethal|overdose|@DEAD"),
    Seq("suicidal_method.en.wrists", K.SUICIDAL_METHOD, "slit|cut|slash|open ~2 wrist|wrists|"
        "vein|veins|throat", escalate=METHOD,
        # round 29: special-effects make-up; the doctor who took his tonsils out
        unless_near="@ACCIDENT makeup make-up sfx fake halloween haunted costume tonsils "
                    "doctor surgeon operation surgery"),
    Seq("suicidal_method.en.painless", K.SUICIDAL_METHOD, "painless|painlessly|quickest|easiest "
        "~3 @DIE|death|way|ways|@KILLV|@SUICIDE", unless_after="remove pull splinter tooth "
        "teeth pierce plaster wax"),
    Seq("suicidal_method.ru.jump", K.SUICIDAL_METHOD, "@JUMP ~3 с|со|из|под|в ~2 @HIGH|@VEHICLE",
        frame=True, unless_near="человек паук супергерой полететь лететь сугроб снег бассейн "
                                "батут вода парашют тарзанка мультик зонтик зонт "
                                "мультфильм паутина супергерой стук заржать ржать "
                                "хохотать",  # round 25: a
                                # cartoon's cat; round 38: «без стука», laughing
                                # off the roof; round 30: Spider-Man's web
        escalate=METHOD),
    Seq("suicidal_method.ru.out_window", K.SUICIDAL_METHOD, "выйти|выходить|шагнуть|шагать ~1 "
        "в ~0 окно", unless_after="покурить курить проветрить", escalate=METHOD),
    Seq("suicidal_method.ru.method_verb", K.SUICIDAL_METHOD, "@METHODV+#futr|@METHODV+#infn|"
        "@METHODV+#pres", neg=True, unless_after="химия физика математика алгебра контрольный "
                                                 "турник перекладина канат @IDIOMTAIL",
        unless_near="случайно малыш мем ржать контрольный физика химия ржать гречка ужин каша "
                    "суп обед объяснить",
        # round 22: «утопится, если
        # опять гречка»; round 57: explained that one can be poisoned
        escalate=METHOD),
    Seq("suicidal_method.ru.method_verb_frame", K.SUICIDAL_METHOD, "@METHODV+#past", neg=True,
        frame=True, escalate=METHOD),
    Seq("suicidal_method.ru.swallow_pills", K.SUICIDAL_METHOD, "наглотаться ~2 @PILLS",
        neg=True, escalate=METHOD),
    Seq("suicidal_method.ru.drink_pills", K.SUICIDAL_METHOD, "выпить|съесть|проглотить|"
        "принять|пить ~3 @QUANT ~2 @PILLS", frame=True, unless_after="витамин аскорбинка",
        unless_near="мультик мультфильм аптечка",  # round 30: asked after a cartoon
        escalate=METHOD),
    Seq("suicidal_method.ru.how_many_pills", K.SUICIDAL_METHOD, "сколько ~3 @PILLS ~5 "
        "@DIE|смерть|умереть|отравиться",
        unless_near="мультик мультфильм"),  # round 30: asked after a cartoon
    Seq("suicidal_method.ru.veins", K.SUICIDAL_METHOD, "вскрыть|вскрывать|резать|порезать|"
        "перерезать ~2 вена|запястье", escalate=METHOD,
        unless_near="поликлиника анализ пластырь хвастаться сдавать"),  # rounds 43, 48: a
    # blood test (round 60: not «кровь» alone: «вскрыла бы, но боюсь крови»)
    Seq("suicidal_method.ru.painless", K.SUICIDAL_METHOD, "безболезненно|безболезненный|"
        "быстрый ~2 @DIE|уйти|способ|покончить|смерть"),
    # -- C-SSRS 6: behaviour -------------------------------------------------------------------
    Seq("suicidal_behaviour.en.took_pills", K.SUICIDAL_BEHAVIOUR, "=took|=swallowed|=drank|"
        "=downed|=ate ~3 @QUANT|#num ~3 @PILLS"),
    # round 52: in the ER "after swallowing a bottle of Tylenol": done, not thought of
    Seq("suicidal_behaviour.en.after_swallowing_pills", K.SUICIDAL_BEHAVIOUR, "after|since ~0 "
        "swallowing|taking|downing ~3 @QUANT|#num ~3 @PILLS"),
    Seq("suicidal_behaviour.en.overdosed", K.SUICIDAL_BEHAVIOUR, "=overdosed",
        unless_after="chocolate sugar sweets candy cake cookies crisps caffeine",  # round 82
        unless_near="@TOY bear teddy pretend playing plays paramedic doll"),  # round 83
    Seq("suicidal_behaviour.en.took_overdose", K.SUICIDAL_BEHAVIOUR, "=took ~1 overdose"),
    Seq("suicidal_behaviour.en.goodbye_note", K.SUICIDAL_BEHAVIOUR, "@GOODBYE|@SUICIDE ~1 "
        "@NOTE", unless_near="@LEAVING grief counselor counsellor therapist homework "
        "assignment"),  # round 16: grief homework's letter to a grandpa who died
    Seq("suicidal_behaviour.en.googled", K.SUICIDAL_BEHAVIOUR, "google|googled|search|searched|"
        "look|looked|research|researched|researching|browse ~4 how|way|ways|method|methods ~5 "
        "@DIE|@KILLV|hang|@SUICIDE|overdose|poison|drown",
        unless_near="titanic science project homework lungs volcano volcanoes snakes "
                    "sharks animals "
                    "curiosity"),  # round 22: a science lesson; round 53: volcanoes
    Seq("suicidal_behaviour.en.search_history", K.SUICIDAL_BEHAVIOUR, "search|searches|history "
        "~6 @DIE|@SUICIDE|@KILLV|lethal|painless|overdose|noose",
        unless_near="scared afraid titanic volcano volcanoes snakes sharks animals documentary "
                    "curiosity "
                    "dinosaurs "
                    "deadliest"),  # round 53: "how do volcanoes kill people"
    Seq("suicidal_behaviour.en.noose", K.SUICIDAL_BEHAVIOUR, "noose",
        unless_near="scout scouts knot knots shaped practice sailing hangman"),  # round 19
    Seq("suicidal_behaviour.en.edge", K.SUICIDAL_BEHAVIOUR, "stand|stood|standing|sit|sat|"
        "sitting|climb|climbed ~4 edge|ledge|railing|railings|parapet ~3 @HIGH",
        unless_near="fish fishing fished picnic photo selfie view sunset "
                    "@FICTION story writing poem essay"),  # round 19: creative writing
    Seq("suicidal_behaviour.en.other_side", K.SUICIDAL_BEHAVIOUR, "see ~1 you ~2 other ~0 side",
        unless_near="holiday holidays trip summer break flight"),
    # a plan without a suicide verb: "she has worked out how she'd do it, with the pills"
    Seq("suicidal_plan.en.how_do_it", K.SUICIDAL_PLAN, "how ~1 @SUBJ ~1 would|will|could|to ~0 "
        "do ~0 it ~8 @METHOD|@PILLS|@HIGH|@VEHICLE|rope|knife|@WHEN"),
    Seq("suicidal_plan.en.how_to_do_it", K.SUICIDAL_PLAN, "how ~0 to ~0 do ~0 it ~8 "
        "@METHOD|@PILLS|@HIGH|@VEHICLE|rope|knife"),
    Seq("suicidal_plan.ru.how_do_it", K.SUICIDAL_PLAN, "как ~1 это ~0 сделать ~8 "
        "@METHOD|@PILLS|@HIGH|@VEHICLE|веревка|нож|@WHEN"),
    Seq("suicidal_behaviour.en.will", K.SUICIDAL_BEHAVIOUR, "write|wrote|make|made|writing|"
        "making ~1 a|her|his|my ~0 =will|testament",
        unless_near="stuffies stuffy pirates fun pretend passports class lesson lessons "
                    "everyone homework "
                    "assignment lego dramatic"),  # 45,
        # 46: a
        # lesson's
    Seq("suicidal_behaviour.en.drank_poison", K.SUICIDAL_BEHAVIOUR, "=drank|=swallowed|=drunk|"
        "=drinking|=swallowing|"
        "=ate ~2 bleach|antifreeze|poison|weedkiller|detergent",
        unless_near="safety lesson vitamins vitamin gummies gummy fine"),
        # round 62: poison control said fine
    Seq("suicidal_method.en.drink_poison", K.SUICIDAL_METHOD, "drink|swallow ~2 bleach|"
        "antifreeze|weedkiller", frame=True, escalate=METHOD),
    Seq("suicidal_behaviour.ru.will", K.SUICIDAL_BEHAVIOUR, "написать|составить|писать|"
        "составлять|оставить ~2 завещание",
        unless_near="шуточный шутливый шутка смеяться сочинение пират дракон монстр чудовище "
                    "зомби пришелец"),  # round 81: in case a dragon eats her; round 15: a joking
        # will; round 39: a pirate's will in a school essay
    Seq("suicidal_behaviour.ru.took_pills", K.SUICIDAL_BEHAVIOUR, "выпить+#past|съесть+#past|"
        "проглотить+#past|принять+#past ~3 @QUANT|#num ~2 @PILLS", neg=True,  # round 41:
        unless_near="пересчитать"),  # «ничего не съел, я все таблетки пересчитала»
    Seq("suicidal_behaviour.ru.drank_poison", K.SUICIDAL_BEHAVIOUR, "выпить+#past|"
        "проглотить+#past|наглотаться+#past ~2 уксус|отрава|яд|хлорка|отбеливатель|антифриз",
        unless_near="@FICTION @NEWS читать"),  # round 40: why Romeo and Juliet drank poison
    Seq("suicidal_behaviour.ru.farewell_forever", K.SUICIDAL_BEHAVIOUR, "попрощаться|"
        "прощаться ~3 навсегда"),
    Seq("suicidal_behaviour.ru.goodbye_note", K.SUICIDAL_BEHAVIOUR, "@GOODBYE ~1 @NOTE",
        unless_near="отряд традиция вожатый смена лагерь @LEAVING могилка " + _PETS_RU),
        # round 47: a pet's
    Seq("suicidal_behaviour.ru.swallowed", K.SUICIDAL_BEHAVIOUR, "наглотаться+#past ~2 @PILLS"),
    Seq("suicidal_behaviour.ru.searched", K.SUICIDAL_BEHAVIOUR, "искать|гуглить|загуглить|"
        "погуглить|читать ~5 как|сколько ~5 @DIE|покончить|@METHODV|@KILLV|@SUICIDEV|@SUICIDE|"
        "утонуть|разбиться", unless_near="человек титаник пассажир корабль война"),
    Seq("suicidal_behaviour.ru.edge", K.SUICIDAL_BEHAVIOUR, "стоять|сидеть|залезть ~3 "
        "край|подоконник|перила|парапет ~4 окно|крыша|мост|балкон|открытый",
        unless_near="трехлетка двухлетка малыш кот кошка котенок собака попугай цветок @TODDLER "
                    ""  # round 19: aged 2
                    "закрытый закрыть "  # round 20: the window was shut
                    "проветривание"),  # round 35: a window left ajar, a child taken down
    Seq("suicidal_behaviour.ru.stockpile", K.SUICIDAL_BEHAVIOUR, "копить|накопить|собирать|"
        "прятать|запасать ~3 @PILLS", unless_before="куда теперь как",  # round 42: «как теперь
        # прятать лекарства», the parent asking
        unless_near="витамин витаминка отобрать куда @TODDLER блистер сумка проглотить "
                    "токсикология "  # rounds 20, 25, 27: a vitamin swallowed
                    "щека выплевывать выплюнуть кашель сироп"),  # round 32: a pill kept in a
        # cheek; round 42: a sip of cough syrup
    Seq("suicidal_behaviour.ru.stockpile2", K.SUICIDAL_BEHAVIOUR, "@PILLS ~3 копить|накопить|"
        "запасать"),
    # -- self-harm -----------------------------------------------------------------------------
    Seq("self_harm.en.harm_self", K.SELF_HARM, "@SHV ~1 @SELF", neg=True,
        unless_near="workshop vegetarian vegan nan piercing pierced tattoo @ACCIDENT @TOY @ASKEDIF "
                    "@FICTION shaving shave "
                    "legs "  # rounds 19, 23; round 81: whittling at scout camp
                    "whittling whittle whittled carving scout scouts cub "
                    "duh cartoon",  # round 40: a cartoon's "duh!" slap on the forehead
        gap_stop="by on",
        # round 15: "beating himself up" over a chess move; round 34: "with the door"
        unless_after="@NOTTHOUGHT =up door doors"),
    Seq("self_harm.en.do_it_to_self", K.SELF_HARM, "do|does|did ~0 it|this|that ~0 to ~0 @SELF"),
    Seq("self_harm.en.selfharm", K.SELF_HARM, "@SELFHARM", neg=True, unless_after="@NOTTHOUGHT",
        unless_near="@FICTION pierced piercing people lesson awareness"),  # rounds 27, 35: a
        # novel's; round 62: an awareness week's project; a
        # piercing; round 42: why people do it, asked after a lesson
    Seq("self_harm.en.sh_slang", K.SELF_HARM, "do|does|doing|relapse|relapsed|start|started|"
        "stop|stopped|urge|urges|clean ~2 @SHSLANG"),
    Seq("self_harm.en.sh_scars", K.SELF_HARM, "@SHSLANG ~0 scar|scars|mark|marks|cut|cuts|"
        "wound|wounds"),
    Seq("self_harm.en.cutting", K.SELF_HARM, "@SUBJ|@CHILDN|be|been|start|started|keep|keeps|admit|"
        "admitted|stop ~2 =cutting|=cuts ~0 because|again|when|since|every|#b|to|herself|"
        "himself|themselves", unless_near="fabric cosplay pen drawing drew henna @ACCIDENT"),
    Seq("self_harm.en.cutting_body", K.SELF_HARM, "=cutting|=cuts|=slashing|=scratching|"
        "=burning|=carving ~1 @POSS ~1 @SHBODY",
        unless_near="@ACCIDENT fake halloween costume zombie makeup marker"),  # round 72
    Seq("self_harm.en.marks_on_body", K.SELF_HARM, "cut|cuts|scar|scars|mark|marks|scratch|"
        "scratches|burn|burns|wound|wounds|slash|slashes ~3 on|across|all ~2 @SHBODY",
        unless_near="brambles paintball crash dodgeball fake halloween costume zombie makeup "
        # round 64: a zombie costume
                    "@ACCIDENT sunburn sun beach tan tanning sunbathing cat cats kitten kittens "
                    "puppy hamster bite bites biting bitten dog dogs teeth "  # round 30
                    "airbag sibling siblings fought"),  # round 31; round 72: a siblings' fight
    Seq("self_harm.en.head_bang", K.SELF_HARM, "bang|hit|knock|bash|smash ~3 head ~4 "
        "wall|walls|floor|door|table",
        unless_near="@ACCIDENT drop dropped dropping pick picked picking bent bend under "
                    "jumping dance bump concussion pretending superman sofa "
                    "clumsy coffee seizure seizures epilepsy absence"),  # rounds 24, 25,
        # 27: a coffee table; round 82: a fall in an absence seizure
    Seq("self_harm.en.until_bleed", K.SELF_HARM, "scratch|pick|claw|bite|pull|punch|hit|bang "
        "~5 until|till|til|till ~5 bleed|bleeding|bled|blood|raw|bruise|bruised|bruises|marks",
        unless_near="tooth gum wobbly @ACCIDENT @NAILBITE @NUMBLIP"),
        # round 61: a numb lip after the dentist
    Seq("self_harm.en.hair_pull", K.SELF_HARM, "pull|pulling|pulls|rip|tear ~1 out ~2 "
        "hair|eyelash|eyelashes|eyebrow|eyebrows|lashes"),
    Seq("self_harm.en.hair_pull2", K.SELF_HARM, "pull|pulling|pulls|rip|tear ~2 hair|eyelash|"
        "eyelashes|eyebrow|eyebrows|lashes ~0 out",
        unless_near="brush brushing comb knots knot tangle tangles @ASKEDIF shaved shave "
                    "charity"),  # round 58: a head shaved for charity
    Seq("self_harm.en.own_body", K.SELF_HARM, "@SHV ~2 @POSS ~0 own ~1 @OWNBODY",
        # round 21: a known stim; round 26: a hand hurt catching a falling child
        unless_near="@ACCIDENT excited callus stim stimming catch catching caught "
                    "self-soothing soothing soothe @TODDLER baby"),  # round 40: a baby's
    Seq("self_harm.en.verb_body", K.SELF_HARM, "cut|slash|slice|carve|burn|scrape|stab|prick|"
        "pinch|bite|punch|slap|gouge ~0 @POSS ~0 @SHBODY",
        unless_near="@ACCIDENT @TOY @MEDICAL sun sunburn beach zombie zombies vampire poem "
                    "@OTHERSBODY"),  # round 41: "he punched her arm"
    Seq("self_harm.en.scratch_raw", K.SELF_HARM, "scratch|pick|claw|rub|dig ~8 raw|bloody|"
        "bleed|bleeding|bled", unless_near="cat kitten @ACCIDENT @NAILBITE nose spot spots "
                                           "pimple pimples "
                                           "bush bushes blackberry bramble brambles thorns "
                                           "nettle nettles"),  # round 22
    Seq("self_harm.en.stab_own", K.SELF_HARM, "stab|prick ~0 @POSS ~1 @OWNBODY",
        unless_near="@ACCIDENT @TOY @MEDICAL sugar glucose diabetes"),  # round 21: a test
    Seq("self_harm.en.cutter", K.SELF_HARM, "@SUBJ ~1 be ~0 a ~0 =cutter"),
    Seq("self_harm.en.blade", K.SELF_HARM, "razor|blade|blades|razorblade ~10 cut|cuts|wrist|"
        "wrists|arm|arms|thigh|hide|hidden|@SELF|mattress|drawer|pencil|sharpener|tissue|"
        "tissues|bloody|blood|sleeve|sleeves|secret|secretly|skin|leg|legs",
        unless_near="skate skates skating skater fell shave shaving shaved nicked"),
        # round 33: her first shave
    Seq("self_harm.ru.harm_self", K.SELF_HARM, "@SHV ~2 @SELF+#accs|@SELF+#gent", neg=True,
        unless_before="@ACCIDENT", unless_after="лоб грудь @ACCIDENT",
        gap_stop="от",  # round 83: «учим резать от себя», away from oneself, with a knife
        # round 21: a stim when she is happy or falling asleep, known to the doctors
        unless_near="радоваться засыпать стимминг мозоль невролог педиатр сериал фильм "
                    "героиня персонаж вегетарианка вегетарианец анализ "  # rounds 22, 23
                    "ладошка зуб прорезыватель"),  # round 38: a toddler's open palm, for a
    # second; round 81: a baby biting her fingers while teething
    Seq("self_harm.ru.self_harm", K.SELF_HARM, "@SELF+#accs|@SELF+#gent ~2 @SHV", neg=True,
        unless_after="лоб грудь", unless_near="стимминг рукав"),  # round 21
    Seq("self_harm.ru.harm_body", K.SELF_HARM, "@SHV ~1 @SELF+#datv ~2 @SHBODY", neg=True,
        unless_near="сериал фильм героиня зачем"),  # round 68: a TV heroine, asked about
    Seq("self_harm.ru.cut_body", K.SELF_HARM, "резать|порезать|полосовать|исполосовать|"
        "кромсать|царапать|расцарапать|резаться ~1 @SHBODY+#accs", neg=True,
        unless_near="банка консервный открывать травмпункт шов @ACCIDENT @TOY осколок мяч"),
        # round 44: a window broken with a ball
    Seq("self_harm.ru.cuts_self", K.SELF_HARM, "резаться|полосоваться", neg=True,
        unless_after="в", unless_near="картон поделка бумага готовить палец пластырь кухня зуб "
                                      "зубок зубик десна"),
        # round 26: teething
    Seq("self_harm.ru.cut_on_purpose", K.SELF_HARM, "порезаться|пораниться|обжечься|"
        "покалечиться ~3 специально|нарочно|намеренно|сам",
        unless_near="жарить готовить варить сковорода сковородка плита духовка чайник кастрюля "
        "случайно полезть утюг пытаться консервы открыть"),  # round 57: «сама полезла»
    Seq("self_harm.ru.purpose_cut", K.SELF_HARM, "специально|нарочно|намеренно ~3 "
        "порезаться|пораниться|обжечься|покалечиться"),
    Seq("self_harm.ru.cause_pain", K.SELF_HARM, "причинять|причинить|делать|сделать|наносить|"
        "нанести ~2 @SELF ~2 боль|больно|вред|плохо|порез|повреждение|рана|увечье|"
        "удар", neg=True, unless_near="@ASKEDIF"),
    Seq("self_harm.ru.harm_self_verb", K.SELF_HARM, "вредить|навредить ~1 @SELF", neg=True,
        unless_near="@ASKEDIF"),
    Seq("self_harm.ru.selfharm", K.SELF_HARM, "@SELFHARM", neg=True,
        unless_near="кафедра случай пациент конференция смена отделение"),  # round 83: a case
    # discussed at the department
    Seq("self_harm.ru.head_bang", K.SELF_HARM, "биться ~2 голова",
        unless_near="терапевт шлем подушка матрас "  # rounds 21, 27: a helmet; a pillow
                    "кроватка бортик самоуспокоение ритмично "  # round 31: a baby's soothing
                    "педиатр возрастной @TODDLER"),  # round 39: a toddler's, "it's his age"
    Seq("self_harm.ru.hair_pull", K.SELF_HARM, "выдирать|вырывать|выдергивать ~2 волос|ресница|"
        "бровь", unless_near="кукла игрушка"),  # round 42: a doll's hair
    Seq("self_harm.ru.until_blood", K.SELF_HARM, "царапать|расцарапать|расцарапывать|кусать|"  # 25
        "ковырять|колотить|"
        "бить|раздирать|расчесывать|расчесать|грызть|тереть|растирать ~4 до ~0 кровь|синяк|"
        "мясо",
        unless_near="дерматит экзема аллергия мазь зуд @ACCIDENT ветрянка сыпь комар укус "
                    "экзема аллергия зуд"),  # round 35
    # -- sexual abuse --------------------------------------------------------------------------
    Seq("sexual_abuse.en.direct", K.SEXUAL_ABUSE, "@SEXWORD", neg=True, unless_near="@ASKMEAN "
                                                                                    "news"),
    Seq("sexual_abuse.en.sexually", K.SEXUAL_ABUSE, "sexual|sexually ~2 abuse|abused|assault|"
        "assaulted|touch|touched|harass|harassed|exploit|exploited"),
    Seq("sexual_abuse.en.inappropriately", K.SEXUAL_ABUSE, "@TOUCH ~3 inappropriately|"
        "inappropriate"),
    Seq("sexual_abuse.en.inappropriate_touch", K.SEXUAL_ABUSE, "inappropriately|inappropriate "
        "~1 @TOUCH"),
    Seq("sexual_abuse.en.make_touch", K.SEXUAL_ABUSE, "make|made|makes|force|forced|ask|asked "
        "~3 touch ~0 him|his|her|them", unless_near="@MEDICAL"),
    Seq("sexual_abuse.en.touch_there", K.SEXUAL_ABUSE, "@TOUCH ~1 me|her|him ~0 there"),
    Seq("sexual_abuse.en.hands_under", K.SEXUAL_ABUSE, "hand|hands|finger|fingers ~3 @SEXPART",
        unless_near="@MEDICAL cream nappy diaper rash pocket pockets"),  # round 72: a pocket
    Seq("physical_abuse.en.kneeling", K.PHYSICAL_ABUSE, "kneel|kneeling|knees ~4 hours|rice|peas|"
        "night", unless_near="@ACCIDENT scraped scrape scrapes grazed graze fell fall falling bike "
        "scooter skateboard"),
    Seq("sexual_abuse.en.felt_up", K.SEXUAL_ABUSE, "feel|felt ~1 me|her|him ~0 up"),
    Seq("sexual_abuse.ru.direct", K.SEXUAL_ABUSE, "@SEXWORD", neg=True, unless_near="урок "
                                                                                    "безопасность"),
    Seq("sexual_abuse.ru.grope", K.SEXUAL_ABUSE, "лапать|облапать|тискать", neg=True,
        unless_near="бабушка дедушка целовать щека щечка кот кошка котенок собака щенок "
                    "хомяк поцарапать оцарапать укусить"),  # round 30: a grandmother's kisses;
    # rounds 51, 63: a cat squeezed (and scratching back)
    Seq("sexual_abuse.ru.touch_there", K.SEXUAL_ABUSE, "@TOUCH ~2 там",
        unless_near="@MEDICAL @SELFTOUCH уролог прием если кто-то кто сразу книга никто"),
    # round 20: at the urologist's; round 51: a safety lesson's «если кто-то трогает тебя там»
    Seq("sexual_abuse.ru.adult_touches", K.SEXUAL_ABUSE, "@ADULT+#nomn|@AGENT+#nomn ~2 @TOUCH ~0 "
        "он+#accs|она+#accs|я+#accs|@VICTIM+#accs", neg=True,
        unless_near="@MEDICAL лоб температура плечо рука голова волос"),
    Seq("sexual_abuse.ru.touched_by_adult", K.SEXUAL_ABUSE, "он+#accs|она+#accs|я+#accs|"
        "@VICTIM+#accs ~0 @TOUCH ~2 @ADULT+#nomn|@AGENT+#nomn",
        unless_near="@MEDICAL лоб температура плечо рука голова волос"),
    Seq("sexual_abuse.ru.under_clothes", K.SEXUAL_ABUSE, "лезть|залезать|залезть|лазить|"
        "забираться|совать|засовывать ~3 @SEXPART"),
    Seq("physical_abuse.ru.kneeling", K.PHYSICAL_ABUSE, "на ~0 колено|горох|гречка ~4 час|"
        "часами|ночь", unless_near="@MEDICAL операция травма обезболивать"),  # round 43
    Seq("sexual_abuse.ru.make_touch", K.SEXUAL_ABUSE, "заставлять|заставить|просить|попросить ~3 "
        "трогать|потрогать ~0 он|его|себя"),
    # -- incitement: others urging the child to die ---------------------------------------------
    Seq("incitement.en.tell_to_kill", K.INCITEMENT, "@TELL ~1 @OBJP ~1 to ~2 "
        "@KILLV|@DIE|hang|jump"),
    Seq("incitement.en.tell_kys", K.INCITEMENT, "@TELL ~3 kill ~0 yourself"),
    Seq("incitement.en.tell_go_hang", K.INCITEMENT, "@TELL ~3 to ~0 go ~0 hang|@SHV ~0 @SELF|"
        "yourself"),
    Seq("incitement.en.tell_go_die", K.INCITEMENT, "@TELL ~3 to ~0 go ~0 @DIE"),
    Seq("incitement.en.tell_to_harm_self", K.INCITEMENT, "@TELL ~1 @OBJP ~1 to ~2 @SHV ~0 "
        "@SELF|yourself"),
    Seq("self_harm.en.cuts_to_feel", K.SELF_HARM, "cut|cuts|cutting ~0 so|to ~2 feel|cope|"
        "control|release|numb|calm", neg=True),
    # -- round 3: plans by a method's place, a vehicle ------------------------------------------
    Seq("suicidal_method.en.drive_into", K.SUICIDAL_METHOD, "drive|driving|drives|crash|"
        "crashing|steer ~2 into|off ~2 quarry|cliff|bridge|river|lake|wall|tree|sea|canal|dam|"
        "ocean|train|truck", neg=True,  # round 65: "drive the ute into the dam"
        unless_near="park parking swim swimming lot @GAMEW @FICTION almost nearly accident "
                    "accidentally skid ice icy bike kart go-kart dodgem dodgems toy",
        escalate=METHOD),
    Seq("suicidal_method.ru.lie_on_rails", K.SUICIDAL_METHOD, "лечь|лежать|ложиться ~1 на ~1 "
        "рельс", neg=True, escalate=METHOD),
    Seq("suicidal_method.ru.under_vehicle", K.SUICIDAL_METHOD, "@JUMP|лечь|кинуться ~1 под "
        "~1 @VEHICLE|он|она", neg=True, unless_near="кошка кот собака одеяло кровать стол @FICTION",
        escalate=METHOD),
    Seq("incitement.en.go_die", K.INCITEMENT, "=go ~1 and ~0 @DIE|@KILLV", unless_before="@SUBJ"),
    Seq("incitement.en.go_die2", K.INCITEMENT, "=go ~0 @DIE|@KILLV ~0 yourself|#b",
        unless_before="i"),
    Seq("incitement.en.told_he_should", K.INCITEMENT, "@TELL ~1 him ~0 he ~1 should|must|"
        "ought|needs|need ~2 @KILLV|@DIE|hang|jump"),
    Seq("incitement.en.told_she_should", K.INCITEMENT, "@TELL ~1 her ~0 she ~1 should|must|"
        "ought|needs|need ~2 @KILLV|@DIE|hang|jump"),
    Seq("physical_abuse.en.afraid_home", K.PHYSICAL_ABUSE, "afraid|scared|terrified|frightened "
        "~3 go|going|come|coming|return|returning ~1 home",
        unless_near="dark alone grade grades mark marks report test exam trouble punished "
                    "broke broken lost @MEDICAL"),
    Seq("physical_abuse.en.afraid_alone_with", K.PHYSICAL_ABUSE, "afraid|scared|terrified|"
        "frightened ~3 alone ~1 with ~2 @ADULT|@AGENT"),
    Seq("physical_abuse.en.afraid_visit", K.PHYSICAL_ABUSE, "afraid|scared|terrified|"
        "frightened ~3 go|going|stay|staying|visit|visiting ~2 to|at ~1 @HOMEADULT",
        unless_near="@MEDICAL hospital ill sick dog dogs"),
    Seq("physical_abuse.ru.afraid_home", K.PHYSICAL_ABUSE, "бояться ~3 идти|пойти|возвращаться|"
        "вернуться|ехать|приходить|прийти ~1 домой",
        unless_near="темнота двойка оценка контрольный дневник"),
    Seq("physical_abuse.ru.afraid_alone_with", K.PHYSICAL_ABUSE, "бояться ~3 оставаться|"
        "остаться|быть ~2 наедине"),
    Seq("incitement.ru.imperative", K.INCITEMENT, "@SUICIDEV+#impr+#excl|@METHODV+#impr+#excl|"
        "@DIE+#impr+#excl", neg=True,  # round 18: «только не умирай!» to a game's hero
        unless_before="хоть",  # round 37: «хоть умри», whatever it takes
        unless_near="тиммейт босс значить ютуба злодей мультик "
        # round 64: «умри, злодей!» after cartoons
                    "=изи =катка =катку =кс сленг персонаж стример нуб "  # rounds 19, 24, 32
                    "припев песня трек зомби майнкрафт контра микрофон воскреснуть "
                    "чудовище дракон монстр войнушка палка шутер водяной "
                    "обливаться"),  # round 37: a dragon
                    # game; round 62: shooter games' «убей», «умри»;
                    # round 44: a war game with sticks; round
                    # 20: a metal chorus; 27: «умри, зомби!»; 28: a shooter, «умри-воскресни»
    Seq("incitement.ru.kill_yourself", K.INCITEMENT, "убить+#impr+#excl ~1 @SELF"),
    # round 16: «таким, как ты, лучше не жить»
    Seq("incitement.ru.such_as_you_not_live", K.INCITEMENT, "такой ~0 как ~0 ты|вы ~2 лучше|"
        "надо|нельзя|не|должный|пора|нечего ~2 жить|@DIE|@SUICIDEV"),
    Seq("incitement.ru.jump_imperative", K.INCITEMENT, "@JUMP+#impr+#excl ~3 @HIGH|@VEHICLE",
        unless_near="сундук майнкрафт игра @GAMEW"),  # round 24: «там сундук!»
    # -- online exploitation -------------------------------------------------------------------
    Seq("online_exploitation.en.sextortion", K.ONLINE_EXPLOITATION, "@SEXTORT",
        unless_near="class covered talk assembly lesson lectures lecture explain age pshe "
                    "learnt learned"),
    # round 20: a talk at
    # school; round 46: at what age to explain it
    # -- acute danger --------------------------------------------------------------------------
    Seq("acute_danger.en.ran_away_home", K.ACUTE_DANGER, "=ran ~1 away ~2 from ~1 home",
        unless_near="treehouse backyard snacks garden yard driveway biscuits character "
                    "brookhaven role-play roleplay "
                    "game"),  # rounds 19, 24: play, to the garden or in a game
    Seq("acute_danger.en.not_come_home", K.ACUTE_DANGER, "@GONE ~4 last|night|since|yesterday|"
        "hours|@UNREACHABLE"),
    Seq("acute_danger.en.missing", K.ACUTE_DANGER, "go|went|gone ~0 missing",
        unless_near="@NEWS story stories supermarket shop store mall aisle podcast "
                    "podcasts town safe @FICTION tiktok youtube documentary video"),
        # round 45: a kid in town, found safe; round 13: a girl in the news; round 40: five
        # minutes lost in a supermarket; round 81: a TikTok about a missing girl
    Seq("acute_danger.en.locked_in_by", K.ACUTE_DANGER, "lock|locks|locked|locking ~2 @VICTIM "
        "~2 in|inside|into ~2 @LOCKPLACE", unless_before="@SUBJ"),
    Seq("acute_danger.en.not_eat_drink", K.ACUTE_DANGER, "@NEGEAT ~2 eat|eating|eaten ~1 or|and "
        "~2 drink|drinking|drunk", unless_near="fast ramadan iftar lent"),  # round 18
    Seq("acute_danger.en.purging", K.ACUTE_DANGER, "make|makes|made|making ~0 @SELF ~1 "
        "throw|sick|vomit|puke"),
    Seq("acute_danger.ru.purging", K.ACUTE_DANGER, "вызывать|вызвать ~2 рвота"),
    Seq("acute_danger.en.stopped_eating_weight", K.ACUTE_DANGER, "stop|stopped|stopping ~1 "
        "eating ~8 fat|weight|thin|diet|calories"),
    Seq("acute_danger.ru.ran_away", K.ACUTE_DANGER, "@RUNAWAY+#past",
        # rounds 14, 24, 26: play; a grandmother; a film's girl who ran away
        unless_near="новость играть огород шалаш палатка домик двор дача понарошку сюжет "
                    "роблокс игра "
                    "бабушка дедушка деменция фильм мультфильм книга игрушка печенье "
                    "печенька прятки хохотать соседний майнкрафт @GAMEW соседка мороженое "
                    "шкаф " + _PETS_RU),  # 53: a cat that ran away; 55: into the wardrobe
                    # 28: toys; 29: biscuits; 49: a house in Minecraft, the neighbour's; 40:
                    # hide-and-seek; 48: to the next room
    Seq("acute_danger.en.child_missing", K.ACUTE_DANGER, "@CHILDN|he|she ~2 be|been|go|gone|"
        "went ~0 missing ~0 #b|since|for|and|again|from|@NOW",
        unless_after="minute minutes second seconds",
        unless_near="hide seek game @NEWS story stories podcast podcasts @FICTION tiktok youtube "
                    "documentary video"),  # round 13: "@NEWS story"; round 42: a true-crime
        # podcast; round 81: a TikTok about a girl who went missing
    Seq("acute_danger.en.cant_find", K.ACUTE_DANGER, "can|could ~0 @NEG ~1 find ~0 him|her|"
        "them|@CHILDN ~0 anywhere"),
    Seq("acute_danger.en.shoot_up_school", K.ACUTE_DANGER, "shoot ~1 up ~2 school|class|"
        "classmates"),
    Seq("acute_danger.en.choking_game", K.ACUTE_DANGER, "choking|blackout|=pass ~1 out ~0 "
        "game|challenge"),
    Seq("acute_danger.en.choking_game2", K.ACUTE_DANGER, "choking|blackout ~0 game|challenge",
        unless_near="letter trend heard warning warned assembly @ASKMEAN explained"),  # round
        # 42: a school's; round 48: asked what it is
    Seq("acute_danger.en.purge_meals", K.ACUTE_DANGER, "throw|vomit|sick|puke ~2 after ~0 "
        "every|each ~1 meal|meals|dinner|lunch|breakfast|eating"),
    Seq("acute_danger.ru.school_shooting", K.ACUTE_DANGER, "устроить|устраивать ~2 стрельба|"
        "бойня|колумбайн|скулшутинг|резня|теракт|взрыв"),
    Seq("acute_danger.ru.stopped_eat_drink", K.ACUTE_DANGER, "перестать|отказываться ~1 "
        "есть|кушать ~1 и ~0 пить"),
    Seq("acute_danger.ru.not_eat_drink", K.ACUTE_DANGER, "@NEG ~1 есть|кушать ~1 и ~1 @NEG ~1 "
        "пить"),
    Seq("acute_danger.ru.locked_by", K.ACUTE_DANGER, "@LOCKV ~2 @VICTIM ~3 @LOCKPLACE",
        unless_near="шутка @KIDLOCKEDME прятки"),  # round 37: a brother's five-minute joke;
    # round 54: a toddler who locked the parent out on the balcony; round 73: hide-and-seek
    Seq("acute_danger.ru.locked_by2", K.ACUTE_DANGER, "@VICTIM ~2 @LOCKV ~3 @LOCKPLACE",
        unless_near="стесняться переодеваться @KIDLOCKEDME прятки"),  # round 17: privacy to
    # change; round 73: hide-and-seek
    # -- round 4: death wishes and intent in words of no lexicon family ----------------------
    # "hope/pray I don't wake up", "надеюсь, что не проснусь", "хоть бы не проснуться"
    Seq("death_wish.en.hope_not_wake_up", K.DEATH_WISH, "@WANT ~3 @NEG|never ~1 wake ~1 "
        "up|#b|again|tomorrow|anymore|ever", unless_after="late early until till before at for "
        "so because when on time to", unless_near="baby toddler nap alarm late early sister "
        "brother time mood grumpy"),
    Seq("death_wish.ru.hope_not_wake", K.DEATH_WISH, "бы|надеяться|мечтать|молиться|молить ~3 "
        "@NEG ~1 проснуться|просыпаться", unless_after="рано вовремя к до в на ночью"),
    # "мне бы уснуть и всё", "вот бы заснуть и всё": to sleep and have it all end
    Seq("death_wish.ru.sleep_and_all", K.DEATH_WISH, "бы ~2 уснуть|заснуть ~0 и ~0 весь ~0 "
        "#b|#cl|чтобы|чтоб"),
    # "wish he'd get hit by a bus"
    Seq("death_wish.en.hit_by_vehicle", K.DEATH_WISH, "@WANT ~4 hit|run ~1 over|by ~1 a|the ~0 "
        "car|bus|truck|train|lorry"),
    # "won't have to put up with me much longer", "won't be a problem for us much longer"
    Seq("suicidal_intent.en.not_much_longer", K.SUICIDAL_INTENT, "will ~0 @NEG ~1 have ~1 to "
        "~0 put|deal|worry|bother|cope ~2 with|about|up ~1 me|him|her ~1 much|for ~0 longer|long"),
    Seq("suicidal_intent.en.not_problem_much_longer", K.SUICIDAL_INTENT, "will ~0 @NEG ~1 be ~1 "
        "a ~0 problem|burden|bother|nuisance|trouble|pain ~3 much ~0 longer"),
    # "this is the last time you'll hear from me", "you'll never see me again"
    Seq("suicidal_intent.en.last_time_hear", K.SUICIDAL_INTENT, "last ~0 time ~2 you|anyone|"
        "anybody ~1 will ~0 hear|see ~1 from|of ~0 me ~0 #b|#cl"),
    Seq("suicidal_intent.en.free_of_me", K.SUICIDAL_INTENT, "soon|finally ~3 free|rid ~1 of ~0 "
        "me ~0 #b|#cl|soon"),
    # "going to do it this time", "really doing it tonight" (a repeated or announced act)
    Seq("suicidal_intent.en.do_it_this_time", K.SUICIDAL_INTENT, "@INTENTW|really|actually|"
        "finally|gonna ~2 @DOIT ~1 this ~0 time ~0 #b|#cl|dont|do|and|i|so",
        unless_near=_DO_IT_TWINS),
    Seq("suicidal_intent.en.do_it_tonight", K.SUICIDAL_INTENT, "@INTENTW|really|actually|"
        "finally|gonna ~2 @DOIT ~0 tonight|today|now ~0 #b|#cl", unless_near=_DO_IT_TWINS),
    Seq("suicidal_intent.en.do_it_dont_stop", K.SUICIDAL_INTENT, "@DOIT ~8 try ~0 to ~0 stop|"
        "stop ~0 me|her|him"),
    # "скоро вы меня больше не увидите", "больше вы меня не увидите"
    Seq("suicidal_intent.ru.never_see_me", K.SUICIDAL_INTENT, "вы|ты ~1 я ~1 больше|никогда ~1 "
        "@NEG ~0 увидеть+#futr", unless_after=_NOT_SEE_PLACE, unless_near="@LEAVING лагерь "
        "каникулы лето переезд уезжать уехать бабушка"),
    Seq("suicidal_intent.ru.never_see_me2", K.SUICIDAL_INTENT, "больше|никогда ~1 вы|ты ~1 я ~1 "
        "@NEG ~0 увидеть+#futr", unless_after=_NOT_SEE_PLACE, unless_near="@LEAVING лагерь "
        "каникулы лето переезд уезжать уехать бабушка"),
    # "скоро я вам больше не буду мешать", "недолго вам осталось со мной мучиться"
    Seq("suicidal_intent.ru.not_bother_soon", K.SUICIDAL_INTENT, "скоро|больше|недолго ~3 @NEG "
        "~1 быть+#futr ~1 мешать|надоедать|доставать|обуза|проблема|обременять"),
    Seq("suicidal_intent.ru.not_long_suffer", K.SUICIDAL_INTENT, "недолго ~3 остаться ~3 "
        "мучиться|терпеть|возиться|страдать"),
    # "в этот раз я точно это сделаю" (said as the last words)
    # others telling the child it would be better if they died / she'd be better off dead
    Seq("incitement.en.others_say_better", K.INCITEMENT,
        "kids|people|they|classmates|girls|boys|someone|girl|boy|account|chat ~4 "
        "tell|tells|telling|told|say|says|saying|write|writes|message|messages|text|texts ~8 "
        "better ~6 @KILLV|@DIE|dead|hang|=hanged|@SUICIDE|@JUMP",
        unless_near="game games match level movie film"),
    Seq("suicidal_intent.ru.do_it_this_time", K.SUICIDAL_INTENT, "этот ~0 раз ~4 @DOIT ~0 #b",
        unless_near="пригласить танец экзамен контрольный прыжок"),
    # -- round 5 -------------------------------------------------------------------------------
    # a future refusal to live: "I'm not going to be alive much longer", "not living past 16"
    Seq("suicidal_intent.en.not_alive_much_longer", K.SUICIDAL_INTENT, "@NEG ~3 be ~0 alive ~1 "
        "much|by|for|past|after|long|longer|next|when"),
    Seq("suicidal_intent.en.not_here_by", K.SUICIDAL_INTENT, "will ~0 @NEG ~1 be ~0 here|around "
        "~1 by|past|for|much|next|at ~3 summer|christmas|birthday|year|month|week|longer|end",
        unless_near="@LEAVING moving move moves moved visit trip vacation abroad canada dad "
                    "mom mum dads moms mums college university army"),
    Seq("suicidal_intent.en.not_living_past", K.SUICIDAL_INTENT, "@NEG ~4 live|living|alive|be ~1 "
        "past|beyond ~2 birthday|year|summer|christmas|=15|=16|=17|=18|@POSS"),
    # taunts asked as questions: "why don't you just kill yourself", "when will you kill yourself"
    Seq("incitement.en.why_dont_you", K.INCITEMENT, "why|when ~6 you ~3 @KILLV|hang|unalive ~0 "
        "yourself|yourselves|=urself"),
    Seq("incitement.en.still_alive", K.INCITEMENT, "ask|asks|asking|asked|message|messages|write|"
        "writes|comment|comments ~3 why|when ~1 @SUBJ ~1 be ~0 still ~0 alive|breathing",
        unless_near="grandpa grandma granny great old plant plants fish hamster"),
    # "unalive yourself": others' words, not the child's
    Seq("incitement.en.unalive_yourself", K.INCITEMENT, "unalive ~0 yourself|yourselves|=urself",
        neg=True),
    Seq("incitement.en.told_go_kill_self", K.INCITEMENT, "@TELL ~4 =go ~0 @KILLV|hang ~0 "
        "himself|herself|themselves"),
    Seq("suicidal_intent.ru.wont_live_future", K.SUICIDAL_INTENT, "больше|далекий ~2 @NEG ~0 "
        "быть+#futr|стать+#futr ~0 жить", unless_after=_LOCATIVE_RU + " дома"),
    Seq("suicidal_intent.ru.wont_live_future2", K.SUICIDAL_INTENT, "жить ~1 больше|далекий ~1 "
        "@NEG ~0 быть+#futr|стать+#futr", unless_after=_LOCATIVE_RU + " дома"),
    # "мне бы исчезнуть насовсем"; "I'd rather be in the ground"
    Seq("death_wish.ru.vanish_for_good", K.DEATH_WISH, "исчезнуть|пропасть|испариться ~1 "
        "насовсем|навсегда", neg=True, unless_near="@LEAVING каникулы лето поездка"),
    Seq("death_wish.en.rather_in_ground", K.DEATH_WISH, "rather ~1 be ~1 in|under ~1 the|a ~0 "
        "ground|grave|coffin"),
    # -- round 6 -------------------------------------------------------------------------------
    # a passive wish: "wouldn't mind if a bus hit me", "I'd be ok if I never woke up"
    Seq("death_wish.en.wouldnt_mind_hit", K.DEATH_WISH, "@NEG ~2 mind|care|matter|bother|sad|"
        "upset|cry ~4 if ~4 @VEHICLE|plane|lightning ~3 hit|hits|ran|run|runs|crashed|crash|"
        "crashes|killed|kill|struck|flattened|fell"),
    Seq("death_wish.en.fine_if_hit", K.DEATH_WISH, "fine|ok|okay|glad|happy|good|great|relief "
        "~4 if ~4 @VEHICLE|plane|lightning ~3 hit|hits|ran|run|runs|crashed|crash|crashes|"
        "killed|kill|struck|flattened ~3 me|him|her|with|over"),
    Seq("death_wish.en.wouldnt_mind_not_wake", K.DEATH_WISH, "@NEG ~2 mind|care|matter|bother|"
        "sad|upset ~4 if ~4 @NOWAKE", unless_after="till until before early late noon lunch "
        "alarm school"),
    Seq("death_wish.en.fine_not_wake", K.DEATH_WISH, "fine|ok|okay|glad|happy|good|great|"
        "relief|better|peaceful ~4 if ~4 @NOWAKE", unless_after="till until before early late "
        "noon lunch alarm school"),
    # "so she doesn't have to be alive any more"
    Seq("death_wish.en.not_have_to_live", K.DEATH_WISH, "@NEG ~1 have|has|need|needs|got ~0 to "
        "~1 be ~0 alive|exist|living"),
    Seq("death_wish.ru.not_wake", K.DEATH_WISH, "против|равно|расстроиться|хорошо|хороший|"
        "обрадоваться|рад|радый|плакать|жалеть ~6 если|чтобы ~3 @NOWAKE",
        unless_after="до утро рано будильник школа"),
    # "на небо, чтобы больше не жить", "чтобы не надо было жить"
    Seq("death_wish.ru.so_not_live", K.DEATH_WISH, "чтобы|чтоб ~3 @NEG ~3 жить",
        unless_after=_LOCATIVE_RU + " прошлое так отдельно"),
    # -- round 7 -------------------------------------------------------------------------------
    # "вам без меня было бы проще": the comparison after "без меня" in the words of ease
    Seq("death_wish.ru.without_me_easier", K.DEATH_WISH, "без ~0 я ~4 простой|просто|"
        "удобный|удобно|свободный|свободно", unless_after="с учеба урок"),
    # "this time I'll really do it", "this time I'm doing it"
    Seq("suicidal_intent.en.this_time_do_it", K.SUICIDAL_INTENT, "this ~0 time ~4 @DOIT ~0 "
        "#b|#cl|she|he|they|@SPEECH", unless_near=_DO_IT_TWINS + " room homework clean cleaning "
        "chores"),
    # "I'm done. I'm going to do it."
    Seq("suicidal_intent.en.done_do_it", K.SUICIDAL_INTENT, "done ~0 #b|#cl ~3 @INTENTW|gonna|"
        "will ~1 @DOIT ~0 #b|#cl", unless_near=_DO_IT_TWINS + " hair dye homework"),
    # "в этот раз я точно это сделаю", "в следующий раз доведу дело до конца"
    Seq("suicidal_intent.ru.finish_it", K.SUICIDAL_INTENT, "довести+#futr|доводить ~1 дело|это|"
        "начать ~1 до ~0 конец", unless_near="ремонт проект урок"),
    Seq("suicidal_intent.ru.this_time_surely", K.SUICIDAL_INTENT, "этот|следующий ~0 раз ~3 "
        "точно|обязательно ~2 сделать+#futr|@DOIT",
        unless_near="пригласить танец экзамен контрольный прыжок сальто батут концерт"),
    # -- round 9 -------------------------------------------------------------------------------
    # a death wish asked as a question, with what it would spare him: "asked if he could just be
    # dead so he doesn't have to go to school", "спросила, можно ли ей умереть, чтобы не..."
    Seq("death_wish.en.asked_could_die", K.DEATH_WISH, "@ASKEDIF ~2 could|can|may|might ~2 "
        "@DIE|dead ~2 so|instead|rather|because|and|then", escalate=WISH),
    Seq("death_wish.ru.asked_may_die", K.DEATH_WISH, "@ASKEDIF|можно|мочь ~1 ли ~3 @DIE|мертвый "
        "~3 чтобы|чтоб|и|тогда", escalate=WISH,
        unless_near="больно бояться похороны"),  # round 29: «больно ли умирать» after a death
    # -- round 10 ------------------------------------------------------------------------------
    # "ctb" (catch the bus): "posting 'ctb thoughts again'", "ready to ctb"
    Seq("suicidal_thoughts.en.ctb", K.SUICIDAL_THOUGHTS, "=ctb", neg=True, escalate=IDEATION),
    Seq("suicidal_thoughts.ru.ctb", K.SUICIDAL_THOUGHTS, "=ктб", neg=True, escalate=IDEATION),
    # "she sh's": the community's verb
    Seq("self_harm.en.sh_verb", K.SELF_HARM, "@SUBJ|@CHILDN ~0 @SHSLANG", neg=True,
        unless_after="to at"),
    # -- round 11 ------------------------------------------------------------------------------
    # "I don't want to be anymore", "не хочу больше быть.": being itself, not a role
    Seq("death_wish.en.not_want_be_anymore", K.DEATH_WISH, "@NEG ~1 @WANT ~0 to ~0 be ~0 "
        "anymore ~0 #b"),
    Seq("death_wish.ru.not_want_be_more", K.DEATH_WISH, "@NEG ~1 @WANT ~1 больше ~0 быть ~0 #b"),
    Seq("death_wish.ru.more_not_want_be", K.DEATH_WISH, "больше ~0 @NEG ~0 @WANT ~0 быть ~0 #b"),
    # "why did you even have me", "зачем вы меня родили": asked of the parents, not of a sibling
    Seq("death_wish.en.why_have_me", K.DEATH_WISH, "why ~3 you ~1 have|had ~0 me",
        unless_after="so at when " + _SIBLING_EN),
    Seq("death_wish.en.why_we_had_her", K.DEATH_WISH, "why ~2 we ~1 have|had ~0 her|him",
        unless_after="so at when " + _SIBLING_EN),
    Seq("death_wish.ru.why_bore_me", K.DEATH_WISH, "зачем ~3 я+#accs|она+#accs|он+#accs ~2 "
        "родить|рожать", unless_after=_SIBLING_RU),
    Seq("death_wish.ru.why_bore_me_after", K.DEATH_WISH, "зачем ~2 родить|рожать ~1 я+#accs|"
        "она+#accs|он+#accs", unless_after=_SIBLING_RU),
    # -- round 13 ------------------------------------------------------------------------------
    # a young or literal child's own words: "make myself dead", "хочу быть мертвая"
    Seq("suicidal_thoughts.en.make_self_dead", K.SUICIDAL_THOUGHTS, "make|makes|making|made ~1 "
        "myself|himself|herself ~1 die|dead", neg=True, escalate=IDEATION),
    Seq("death_wish.ru.want_be_dead", K.DEATH_WISH, "@WANT ~2 быть ~1 мертвый", neg=True,
        unless_after="пират зомби вампир скелет призрак"),  # round 48: «мёртвым пиратом»
    # intent said as a resolve: "намерена умереть", "determined to die"
    Seq("suicidal_intent.ru.resolved_to_die", K.SUICIDAL_INTENT, "намеренный|намереваться|"
        "решительно|твердо ~2 умереть|покончить", neg=True),
    Seq("suicidal_intent.en.resolved_to_die", K.SUICIDAL_INTENT, "intend|intends|intending|"
        "determined|resolved ~2 to ~0 die", neg=True),
    # -- round 14 ------------------------------------------------------------------------------
    # a carer who slaps or hits the child in her charge: "the childminder slaps her"
    Seq("physical_abuse.en.carer_slaps_her", K.PHYSICAL_ABUSE, "childminder|minder|nanny|sitter|"
        "babysitter|teacher|coach|nursery|daycare|carer|escort|aide|assistant|worker ~3 "  # r. 21
        "=slaps|=slapped|=hits|=smacks|"
        "=smacked|=punches|=punched|=kicks|=kicked|=beats|=slapping|=hitting|=smacking|"
        "=punching|=kicking|=beating ~0 her|him|me|them|my|our", neg=True,  # round 15: -ing
        unless_after="at", unless_near="@NEWS @FICTION @GAMEW"),  # "beats him at uno"
    # -- round 18 ------------------------------------------------------------------------------
    # «я бы хотел не родиться»: the wish, with the negation after it
    Seq("death_wish.ru.want_not_born", K.DEATH_WISH, "@WANT ~1 @NEG ~1 родиться|рождаться"),
    # a small child acting out sex, or telling what a man "does in the bottom"
    Seq("sexual_abuse.ru.acts_out_sex", K.SEXUAL_ABUSE, "изображать|имитировать|показывать|"
        "повторять ~2 половой|сексуальный ~1 движение|акт|поза"),
    # -- round 60 ------------------------------------------------------------------------------
    # a poem in the first person "about swallowing every pill in the cabinet"
    Seq("suicidal_method.en.swallow_every_pill", K.SUICIDAL_METHOD, "swallow|swallowing|"
        "swallowed|take|taking|down|downing ~1 every|all ~2 pill|pills|tablet|tablets",
        escalate=METHOD, unless_near="@TODDLER accidentally accident vitamins vitamin "
                                     "prescribed doctor course antibiotics"),
    # -- round 86 ------------------------------------------------------------------------------
    # "why don't you just off yourself"
    Seq("incitement.en.off_yourself", K.INCITEMENT, "=off ~0 =yourself|=urself|=yoself"),
    # «было бы лучше вообще не родиться»
    Seq("death_wish.ru.would_be_better_not_born", K.DEATH_WISH, "бы ~1 лучше|хороший ~3 @NEG ~0 "
        "родиться|рождаться|существовать", gap_stop=_SIBLING_RU),
    # -- round 84 ------------------------------------------------------------------------------
    # "go eat your dad's gun", said to a police officer's son
    Seq("incitement.en.go_eat_gun", K.INCITEMENT, "go ~0 eat ~3 gun|glock|pistol|bullet|"
        "shotgun|barrel", unless_near="@GAMEW @FICTION candy chocolate cake"),
    # asking God to let her go to heaven tonight, to be with her dead father
    Seq("death_wish.en.let_me_go_to_heaven", K.DEATH_WISH, "let|take ~1 me|her|him ~1 go|come ~0 "
        "to ~0 heaven", unless_near="grandma granny nana grandpa grandad dog cat pet hamster "
                                    "dying hospice cancer fish"),
    # a Christian school's teacher who paddled a boy to welts
    Seq("physical_abuse.en.paddled_child", K.PHYSICAL_ABUSE, "=paddled|=paddles|=paddling ~1 "
        "my|our|his|her|the|a ~0 son|daughter|kid|kids|child|boy|girl|student|students",
        unless_near="canoe kayak boat board"),
    # -- round 83 ------------------------------------------------------------------------------
    # "i just want to go to sleep forever"
    Seq("death_wish.en.want_sleep_forever", K.DEATH_WISH, "@WANT ~3 sleep ~0 forever",
        unless_near="weekend weekends holiday holidays exams exam finally lol haha saturday "
                    "saturdays sunday sundays morning mornings lie"),
    # -- round 82 ------------------------------------------------------------------------------
    # «специально расковыривает ... до крови»: wounds picked open on purpose
    Seq("self_harm.ru.picks_on_purpose", K.SELF_HARM, "специально|нарочно ~3 расковыривать|"
        "расковырять|сдирать|содрать|ковырять|расцарапывать|расцарапать",
        unless_near="комар укус ветрянка зуд чесаться нос"),
    # -- round 81 ------------------------------------------------------------------------------
    # locked in the bathroom for an hour "and won't make a sound"
    Seq("acute_danger.en.locked_no_sound", K.ACUTE_DANGER, "@LOCK|shut ~5 @DANGERROOM ~12 "
        "@NEG|=no ~2 =sound|=noise|=peep",
        unless_near="humming music jammed stuck headphones airpods earbuds @TODDLER @MAKEUP "
                    "makeup shower bath " + _PRIVATE_FUN_EN),
    # -- round 80 ------------------------------------------------------------------------------
    # "Cutting again. Stomach this time."
    Seq("self_harm.en.cutting_again", K.SELF_HARM, "=cutting ~0 again",
        unless_near="@FICTION fabric hair paper onion onions grass lawn teeth tooth class"),
    # "I'm done, I'm going to do it ... you know what I mean"
    Seq("suicidal_intent.en.done_going_to_do_it", K.SUICIDAL_INTENT, "=done ~3 @INTENTW ~2 @DOIT",
        unless_near="homework chores dishes test exam essay project room clean tidy run race "
                    "marathon jump bungee skydive tattoo piercing audition hair dye dyeing"),
    # a nine-year-old who bites his own forearm to bruises
    Seq("self_harm.en.bites_own_arm", K.SELF_HARM, "bites|bit|biting|=bite ~1 his|her|my ~0 "
        "own ~0 arm|arms|forearm|hand|hands|wrist|wrists|fingers", neg=True,
        unless_near="@TODDLER teething baby excited callus stim stimming ot paed"),
    # -- round 79 ------------------------------------------------------------------------------
    # "she keeps saying she'd rather not exist"
    Seq("death_wish.en.rather_not_exist", K.DEATH_WISH, "rather ~1 not ~0 exist|=alive|=born",
        unless_near="@FICTION @JOKED character"),
    # a five-year-old who asks God to take her to heaven «потому что тут меня никто не любит»
    Seq("death_wish.ru.god_take_me_to_heaven", K.DEATH_WISH, "бог|боженька|господь ~4 "
        "забрать|взять|забирать ~4 небо|ангел|рай", unless_near="шарик самолет кот кошка собака "
                                                                "бабушка "
                                                       "дедушка хомяк рыбка"),
    Seq("death_wish.en.god_take_me_to_heaven", K.DEATH_WISH, "god|jesus ~4 take|=took ~3 "
        "heaven", unless_near="grandma granny grandpa grandad nana dog cat hamster fish pet"),
    # -- round 78 ------------------------------------------------------------------------------
    # «жалко, что я не умер тогда в больнице»
    Seq("death_wish.ru.pity_i_did_not_die", K.DEATH_WISH, "жалко|жаль ~3 что ~2 не ~0 "
        "умереть+#past|погибнуть+#past", unless_near="@FICTION @GAMEW персонаж игра"),
    # «если не поступит на бюджет, жить не будет, она всё решила»
    Seq("suicidal_intent.ru.will_not_live", K.SUICIDAL_INTENT, "жить ~0 не ~0 быть+#futr",
        unless_after=_LOCATIVE_RU + " вместе так по отдельно", unless_before="с у"),
    # friends who told her she's "too boring to live anyway"
    Seq("incitement.en.too_boring_to_live", K.INCITEMENT, "too ~1 boring|ugly|stupid|fat|"
        "worthless|weird|annoying|dumb|useless|pathetic ~0 to ~0 live",
        unless_near="@JOKED @FICTION character"),
    # -- round 77 ------------------------------------------------------------------------------
    # a coach's "private massages" after practice
    Seq("sexual_abuse.en.private_massage", K.SEXUAL_ABUSE, "private|secret ~0 massage|massages|"
        "massaging", unless_near="@MEDICAL physio physiotherapist therapist therapy spa sports "
                                 "injury"),
    # "Bruises from her stepdad again"
    Seq("physical_abuse.en.bruises_from_adult", K.PHYSICAL_ABUSE, "@BRUISE ~1 from ~1 her|his|"
        "the ~0 stepdad|stepfather|dad|father|mum|mom|mother|boyfriend|stepmum|stepmom|"
        "stepmother|uncle", unless_near="@GAMEW play playing wrestling tickle car door bike "
                                        "football rugby sport"),
    # -- round 76 ------------------------------------------------------------------------------
    # «вот бы заболеть да помереть, и всё бы кончилось»
    Seq("death_wish.ru.if_only_die", K.DEATH_WISH, "вот ~0 бы ~3 умереть|помереть|сдохнуть",
        unless_after="@IDIOMTAIL", unless_near="@GAMEW @FICTION @JOKED персонаж игра спокойно "
                                                "старость"),
    # «на Новый год уйду на пруд и под лёд, всё решила»
    Seq("suicidal_method.ru.under_the_ice", K.SUICIDAL_METHOD, "уйти|пойти|прыгнуть|нырнуть|"
        "броситься ~4 под ~0 лед", escalate=METHOD,
        unless_near="рыбалка рыбак конек каток хоккей морж моржевание крещение прорубь"),
    # a stepson locked in the cellar for the night: «пасынка на ночь в погребе запирает»
    Seq("acute_danger.ru.victim_place_locked", K.ACUTE_DANGER, "@VICTIM ~4 @LOCKPLACE ~2 @LOCKV",
        unless_near="шутка @KIDLOCKEDME прятки игра случайно сам изнутри прятаться "
                    "спрятаться бить избивать ударить"),
    # a seventeen-year-old's "I'm going to die on purpose soon"
    Seq("suicidal_intent.en.die_on_purpose", K.SUICIDAL_INTENT, "die|dying ~1 on ~0 purpose",
        unless_near="@GAMEW @FICTION character level game games mario minecraft roblox"),
    # -- round 75 ------------------------------------------------------------------------------
    # older campers: "nobody would care if he drowned", "just walk into the lake"
    Seq("incitement.en.nobody_would_care_if_you", K.INCITEMENT, "=told|tell|=tells|=telling ~4 "
        "@NOBODY ~1 would|will|=d ~0 care|notice|miss ~1 if ~1 he|she|you|u ~0 died|drowned|"
        "disappeared|dead|gone",
        unless_near="@FICTION @NEWS character"),
    Seq("incitement.en.should_walk_into", K.INCITEMENT, "=should|=just ~1 =walk|=jump ~0 into|in "
        "~1 the|a ~0 lake|sea|river|traffic|road|ocean", unless_near="@GAMEW swim swimming "
        "paddle paddling wade wading shallow warm"),
    # «как скрыть порезы от родителей», "cutting without scars", "how to hide cuts"
    Seq("self_harm.ru.hide_cuts", K.SELF_HARM, "скрыть|спрятать|прятать|замаскировать|скрывать "
        "~1 порез|шрам|царапина", unless_near="операция шов аппендицит грим хэллоуин "
                                             "татуировка родинка прыщ"),
    Seq("self_harm.en.cutting_without_scars", K.SELF_HARM, "cutting|cut|cuts ~1 without ~1 "
        "scars|scarring|marks|leaving", unless_near="@FICTION fabric paper hair cake"),
    Seq("self_harm.en.hide_cuts", K.SELF_HARM, "hide|hiding|cover|covering ~2 cuts|scars|"
        "cutting", unless_near="surgery operation appendix makeup halloween costume tattoo "
                               "acne spots"),
    # friends comparing how much hair they have pulled out
    Seq("self_harm.en.hair_then_pulled_out", K.SELF_HARM, "hair ~2 pulled|pulling|ripped ~0 out",
        unless_near="@ADULT @VIOLENT doll dolls barbie brush brushing comb tangle tangles knot "
                    "knots"),
    # -- round 74 ------------------------------------------------------------------------------
    # «мама, а можно я умру и попаду к бабушке на небо?»
    Seq("death_wish.ru.may_i_die", K.DEATH_WISH, "можно ~1 я ~0 умереть+#futr",
        unless_after="от смех со скука", unless_near="@GAMEW игра персонаж понарошку"),
    # «в прошлой семье её душили, когда она плакала»
    Seq("physical_abuse.ru.she_was_choked", K.PHYSICAL_ABUSE, "она+#accs|он+#accs|я+#accs|"
        "мы+#accs ~1 душить+#past|придушить+#past|удушать+#past", neg=True,
        unless_near="@GAMEW слеза смех кашель обида обнимать подушка игра шутка дзюдо "
                    "самбо борьба соревнование прием тренировка судья"),
    # -- round 73 ------------------------------------------------------------------------------
    # a grandson of sixteen, withdrawn since his father left: «про верёвку думаю»
    Seq("suicidal_method.ru.thinks_of_rope", K.SUICIDAL_METHOD, "думать|подумывать ~2 про|о|об "
        "~0 веревка|петля", escalate=METHOD,
        unless_near="купить качели скакалка альпинизм лазать канат узел поход лодка палатка "
                    "белье перетягивание"),
    Seq("suicidal_method.ru.of_rope_thinks", K.SUICIDAL_METHOD, "про|о|об ~0 веревка|петля ~1 "
        "думать|подумывать", escalate=METHOD,
        unless_near="купить качели скакалка альпинизм лазать канат узел поход лодка палатка "
                    "белье перетягивание"),
    # a burn in the shape of an iron, a bruise shaped like a hand
    Seq("physical_abuse.en.mark_in_the_shape_of", K.PHYSICAL_ABUSE, "burn|burns|@BRUISE|mark|"
        "marks|welt|welts|scar ~6 shape|shaped ~0 of|like ~1 iron|hand|handprint|belt|buckle|"
        "hanger|fingers|spoon|hands",  # not a lighter or a cigarette: self-harm as often
        unless_near="@FICTION costume makeup tattoo sticker birthmark marker paint drew drawn "
                    "pen"),
    Seq("physical_abuse.ru.mark_in_the_shape_of", K.PHYSICAL_ABUSE, "ожог|@BRUISE|след|шрам|"
        "полоса ~3 в ~0 форма ~0 утюг|ладонь|ладошка|рука|ремень|пряжка|вешалка|палец|ложка",
        unless_near="@FICTION костюм грим татуировка наклейка родинка краска рисовать маркер "
                    "фломастер ручка"),
    Seq("suicidal_method.en.thinks_of_rope", K.SUICIDAL_METHOD, "think|thinks|thinking|thought ~2 "
        "about|of ~1 rope|noose|hanging", escalate=METHOD,
        unless_near="@FICTION swing swings climbing climb knot knots tug skipping jump camping "
                    "boat tent picture pictures painting"),
    # -- round 72 ------------------------------------------------------------------------------
    # a sixteen-year-old's status: «устал быть живым»
    Seq("death_wish.ru.tired_being_alive", K.DEATH_WISH, "надоесть|надоедать|устать|уставать|"
        "задолбать ~2 быть ~0 живой", unless_after="пример образец"),
    # a school assignment where he writes that he thinks about suicide "pretty much every day"
    Seq("suicidal_thoughts.en.he_thinks_about_suicide", K.SUICIDAL_THOUGHTS, "he|she|i ~1 think|"
        "=thinks|=thinking|thought ~1 about|of ~1 suicide|suicidal", neg=True,
        escalate=IDEATION, unless_after="prevention awareness week month day hotline line",
        unless_near="@FICTION character characters novel poem author"),
    # a kindergarten teacher who «хлопает по голове» and puts a three-year-old in a dark room
    Seq("physical_abuse.ru.carer_slaps_head", K.PHYSICAL_ABUSE, "воспитатель|воспитательница|"
        "учитель|учительница|няня|нянька|тренер ~5 хлопать|шлепать|стукать|стучать|бить ~2 "
        "по ~0 голова|затылок|лицо|щека|губа", neg=True,
        unless_near="@GAMEW игра играть мяч шутка шутить"),
    # -- round 71 ------------------------------------------------------------------------------
    # a journal, page after page: "if I ever did it, pills would be easiest"
    Seq("suicidal_method.en.if_ever_did_it", K.SUICIDAL_METHOD, "ever ~0 did|do ~0 it ~5 "
        "@METHOD|@PILLS|pills|easiest|painless", escalate=METHOD,
        unless_near="@FICTION @GAMEW tattoo piercing skydive skydiving bungee doctor nurse "
                    "food nausea dose"),
    # -- round 70 ------------------------------------------------------------------------------
    # a school essay «Моя мечта — умереть…»; "my dream is to die"
    Seq("death_wish.ru.my_dream_is_to_die", K.DEATH_WISH, "мечта ~2 умереть+#infn|"
        "погибнуть+#infn|исчезнуть+#infn",
        escalate=WISH, unless_after="@IDIOMTAIL", unless_near="@FICTION герой персонаж"),
    Seq("death_wish.en.my_dream_is_to_die", K.DEATH_WISH, "dream ~2 is ~1 to ~0 die|disappear",
        escalate=WISH, unless_after="my her his hair @IDIOMTAIL",
        unless_near="@FICTION character hero"),
    # «я завтра в школу не приду, потому что меня уже не будет»
    Seq("suicidal_intent.ru.i_will_not_be_anymore", K.SUICIDAL_INTENT, "я ~0 уже ~0 не ~0 "
        "быть+#futr", unless_after="дома здесь тут там город работа в на утром вечером "
                                   "рядом"),
    # "she will finish herself" if not allowed on the college trip
    Seq("suicidal_intent.en.finish_herself", K.SUICIDAL_INTENT, "finish|end ~0 herself|himself|"
        "myself|themselves", unless_after="a an the off", unless_near="homework work job chores"),
    # classmates on WhatsApp telling him "to jump from the school building"
    Seq("incitement.en.told_to_jump_from", K.INCITEMENT, "told|telling|tell|tells ~4 to ~0 "
        "jump ~2 from|off ~2 building|roof|bridge|window|balcony|cliff",
        gap_stop="@SUBJ =me =she =he =i =plans =planning =going",  # not "told me he's going to"
        unless_near="pool trampoline lake river water diving board sea swim swimming"),
    # -- round 69 ------------------------------------------------------------------------------
    # «проще вены вскрыть, чем каждый день это слушать»
    Seq("suicidal_method.ru.easier_to_cut_veins", K.SUICIDAL_METHOD, "простой|легкий ~2 "
        "вена ~0 вскрыть|порезать|перерезать", escalate=METHOD),
    Seq("suicidal_method.ru.easier_to_cut_veins_order", K.SUICIDAL_METHOD, "простой|легкий ~2 "
        "вскрыть|порезать|перерезать ~0 вена", escalate=METHOD),
    # -- round 68 ------------------------------------------------------------------------------
    # a fifteen-year-old with type 1 diabetes who will "inject all his insulin" tonight
    Seq("suicidal_method.en.all_insulin", K.SUICIDAL_METHOD, "inject|injecting|take|taking|"
        "overdose ~1 all ~1 his|her|my|the ~0 insulin", escalate=METHOD,
        unless_after="doses dose shots injections", unless_near="forgets forget schedule app "
                                                                "apps doctor nurse time told "
                                                                "tell tells telling dared"),
    # «если вколоть весь инсулин из ручки сразу, то просто уснёшь»
    Seq("suicidal_method.ru.all_insulin", K.SUICIDAL_METHOD, "вколоть+#infn|ввести+#infn|"
        "уколоть+#infn ~1 весь ~0 инсулин", escalate=METHOD,
        unless_near="схема врач доза учиться"),  # «если вколоть…»: «вколю» the model reads
    # "wishes the seizure had just taken him instead of waking up in the ambulance"
    Seq("death_wish.en.wishes_it_had_taken", K.DEATH_WISH, "wish|wishes|wished ~5 had ~1 "
        "taken|killed ~0 him|her|me", escalate=WISH, unless_near="ball toy toys game dog cat "
                                                                  "photo picture"),
    # «говорит про то, чтобы прыгнуть с крыши, тогда он перестанет слышать шум»
    Seq("suicidal_method.ru.talks_of_jumping", K.SUICIDAL_METHOD, "говорить|думать|мечтать ~3 "
        "чтобы ~0 прыгнуть|спрыгнуть|выпрыгнуть|броситься ~1 с|из ~0 "
        "крыша|окно|мост|балкон|этаж", escalate=METHOD,
        unless_near="@GAMEW бассейн вода батут парашют тарзанка речка озеро"),
    # girls at camp «сказали ей выпрыгнуть в окно, раз она такая жирная»
    Seq("incitement.ru.told_her_to_jump", K.INCITEMENT, "сказать|говорить|посоветовать|"
        "предложить|советовать ~1 она|он ~0 выпрыгнуть|прыгнуть|спрыгнуть|повеситься|"
        "убиться|утопиться", unless_near="бассейн вода батут речка озеро тарзанка"),
    # -- round 67 ------------------------------------------------------------------------------
    # «нормально ли постоянно думать о самоубийстве», asked by a seventeen-year-old
    Seq("suicidal_thoughts.ru.is_it_normal_to_think", K.SUICIDAL_THOUGHTS, "нормально ~1 ли ~2 "
        "думать ~1 о ~0 самоубийство|суицид"),
    Seq("suicidal_thoughts.en.is_it_normal_to_think", K.SUICIDAL_THOUGHTS, "normal ~1 to ~0 "
        "think|have ~2 about ~0 suicide|killing ~0 myself|yourself|himself|herself"),
    # «он опять бить будет»: a child asks not to tell the father about a bad mark
    Seq("physical_abuse.ru.will_beat_again", K.PHYSICAL_ABUSE, "опять|снова ~0 бить|побить ~0 "
        "быть+#futr", unless_near="@GAMEW брат сестра мяч"),
    Seq("physical_abuse.ru.will_beat_again_order", K.PHYSICAL_ABUSE, "опять|снова ~0 быть+#futr "
        "~0 бить|побить", unless_near="@GAMEW брат сестра мяч"),
    # anonymous messages "do everyone a favor and die"
    Seq("incitement.en.favor_and_die", K.INCITEMENT, "favor|favour ~2 and ~0 die|disappear|kys"),
    # a crowd in a game urging «сделай это на стриме»
    Seq("incitement.ru.do_it_on_stream", K.INCITEMENT, "сделать+#impr ~0 это ~1 на ~0 "
        "стрим|эфир"),
    # -- round 66 ------------------------------------------------------------------------------
    # a three-year-old's «папа Вовы делал больно в трусиках»
    Seq("sexual_abuse.ru.hurt_in_pants", K.SEXUAL_ABUSE, "делать|сделать ~1 больно ~2 "
        "трусики|трусы|писька|попа|пися", unless_near="врач укол мазь прививка"),
    # a girl on a windowsill drawn, «если выпрыгнуть, никто и не заметит»
    Seq("suicidal_method.ru.jump_nobody_notice", K.SUICIDAL_METHOD, "выпрыгнуть|прыгнуть|"
        "спрыгнуть|выброситься ~3 никто ~1 не ~0 заметить", escalate=METHOD),
    # «интересно, с девятого этажа сразу или нет»
    Seq("suicidal_method.ru.from_floor_at_once", K.SUICIDAL_METHOD, "этаж ~2 сразу ~1 или ~0 "
        "нет", escalate=METHOD, unless_near="лифт лестница подняться подниматься"),
    # -- round 65 ------------------------------------------------------------------------------
    # a bedtime prayer "that God takes her in her sleep"; «чтобы Бог забрал меня»
    Seq("death_wish.en.god_take_in_sleep", K.DEATH_WISH, "god|jesus|lord ~1 take|takes|took ~0 "
        "me|her|him ~1 in ~1 my|her|his ~0 sleep", escalate=WISH,
        unless_after="one someday eventually",  # "one day": a peaceful death in old age
        unless_near="grandma granny grandpa grandmother grandfather nan nana elderly"),
    Seq("death_wish.ru.god_take_me", K.DEATH_WISH, "бог|господь|боженька ~1 забрать ~0 я",
        escalate=WISH),
    # "I don't care if I wake up tomorrow or not"; «мне всё равно, проснусь я или нет»
    Seq("death_wish.en.dont_care_if_wake", K.DEATH_WISH, "care ~1 if|whether ~1 i|she|he ~0 "
        "wake|wakes ~1 up ~2 or ~0 not", escalate=WISH,
        unless_near="early late alarm holiday holidays weekend"),
    Seq("death_wish.ru.dont_care_if_wake", K.DEATH_WISH, "все ~0 равно ~3 проснуться ~3 "
        "или ~0 нет", escalate=WISH, unless_near="рано поздно будильник каникулы выходной"),
    # a status in transliteration: "ne hochu bit' zhivim" («не хочу быть живым»), which the
    # transliteration reads as «бить»
    Seq("death_wish.ru.translit_not_want_alive", K.DEATH_WISH, "=ne ~0 =hochu|=hochy|=xochu ~0 "
        "=bit|=byt ~0 =zhivim|=zhivym|=zhivoy|=zhivoi|=zhivoj|=zhivoi|=zhivoj", escalate=WISH),
    # a letter "to whoever finds this"; «тому, кто это найдёт»
    Seq("suicidal_behaviour.en.whoever_finds_this", K.SUICIDAL_BEHAVIOUR, "to ~0 whoever|whomever "
        "~0 finds|reads ~0 this", unless_near="capsule treasure hunt geocache geocaching "
                                            "@GAMEW story"),
    Seq("suicidal_behaviour.ru.whoever_finds_this", K.SUICIDAL_BEHAVIOUR, "тот ~0 кто ~1 "
        "найти+#futr|прочитать+#futr ~1 это", unless_near="капсула клад квест @GAMEW"),
    # «он опять показывал мне свою штуку в подъезде, этот дядька»
    Seq("sexual_abuse.ru.showed_his_thing", K.SEXUAL_ABUSE, "показывать|показать ~2 свой ~0 "
        "штука|штуковина|@SEXPART", unless_near="магазин купить новый игрушка лего телефон "
                                                "рыбалка удочка"),
    # "he grabbed my chest and laughed"
    Seq("sexual_abuse.en.grabbed_my_chest", K.SEXUAL_ABUSE, "grabbed|grabs|grabbing|groped|gropes|"
        "touched|touches ~0 my ~0 chest|breast|breasts|boobs|butt|bum|bottom",
        unless_near="pain heart attack doctor nurse cpr hug hugged hugging baby toddler feeding"),
    # «этот жирный пусть вздёрнется», «мы ему даже верёвку купим»
    Seq("incitement.ru.let_him_hang", K.INCITEMENT, "пусть ~1 вздернуться+#3per|"
        "повеситься+#3per|удавиться+#3per|убиться+#3per|утопиться+#3per|сдохнуть+#3per",
        unless_near="@FICTION @GAMEW персонаж злодей книга"),  # not «пусть я сдохну»
    # -- round 64 ------------------------------------------------------------------------------
    # an ex's comment: "why are you still alive", "go cut deeper this time"
    Seq("incitement.en.why_still_alive", K.INCITEMENT, "why ~1 are|r ~0 you|u ~0 still ~0 alive",
        unless_near="@GAMEW @FICTION zombie zombies boss character"),
    Seq("incitement.en.go_cut_deeper", K.INCITEMENT, "go|just ~0 cut ~2 deeper"),
    # «почему ты ещё жива»
    Seq("incitement.ru.why_still_alive", K.INCITEMENT, "почему|зачем ~1 ты ~1 еще ~1 живой",
        unless_near="@GAMEW @FICTION зомби персонаж"),
    # -- round 63 ------------------------------------------------------------------------------
    # «спросил, можно ли сделать так, чтобы его просто никогда не было»: asked, a wish («я сделаю
    # так, чтобы меня не было» is intent, which the model reads)
    Seq("death_wish.ru.make_it_so_not_be", K.DEATH_WISH, "сделать+#infn ~1 так ~2 чтобы|чтоб ~1 "
        "я|он|она ~2 @NEG ~0 =было|=стало|существовать|родиться", escalate=WISH,
        gap_stop="#gent #nomn #accs #datv",
        unless_after="видно слышно заметно дома здесь тут рядом больно страшно скучно школа "
                     "класс сад садик комната"),
    # "keeps writing 'I want to kill me' on his drawings": a small child's grammar
    Seq("suicidal_thoughts.en.i_want_kill_me", K.SUICIDAL_THOUGHTS, "i ~0 want|wanna|wants ~1 "
        "kill ~0 me", unless_after="some",  # "kill me some pizza": slang
        unless_near="@GAMEW monster monsters dragon dragons zombie zombies"),

    # «нашли с верёвкой в рюкзаке»
    Seq("suicidal_behaviour.ru.found_with_rope", K.SUICIDAL_BEHAVIOUR, "найти|застать|заметить|"
        "поймать|обнаружить ~6 с ~0 веревка|петля",
        unless_near="скакалка прыгать качели лазать альпинизм поход лагерь туризм канат игра "
                    "ковбой собака поводок шалаш дерево узел лодка"),
    # -- round 62 ------------------------------------------------------------------------------
    # «жалеет, что живая», «жалеет, что родилась»
    Seq("death_wish.ru.regrets_being_alive", K.DEATH_WISH, "жалеть ~1 что ~1 живой|родиться|"
        "выжить", escalate=WISH),
    # -- round 59 ------------------------------------------------------------------------------
    # «хоть бы я умер и больше никогда не надо было в школу»
    Seq("death_wish.ru.if_only_i_died", K.DEATH_WISH, "хоть|вот ~0 бы ~1 я ~0 умереть+#past|"
        "сдохнуть+#past|помереть+#past", unless_after="от со смех", escalate=WISH,
        unless_near="бабушка дедушка спокойно старость"),
    # "what's the point of me even being alive"
    Seq("death_wish.en.point_of_being_alive", K.DEATH_WISH, "point ~1 of ~3 being|living ~0 "
        "alive|anymore", unless_near="@GAMEW lol"),
    # letters to each of the family that "read like goodbyes"
    Seq("suicidal_behaviour.en.reads_like_goodbye", K.SUICIDAL_BEHAVIOUR, "read|reads|sound|"
        "sounds|looked|looks ~1 like ~2 goodbye|goodbyes|farewell|farewells|@GOODBYE",
        unless_near="moving move camp abroad exchange graduation school schools changing "
                    "quitting team"),
    # "should have been home from school 3 hours ago"
    Seq("acute_danger.en.should_be_home_hours_ago", K.ACUTE_DANGER, "should ~0 have ~0 been ~0 "
        "home|back ~4 #num|two|three|four|five ~0 hours|hour ~0 ago",
        unless_near="remembered forgot practice texted lol called bus traffic probably turns "
                    "battery"),
    # -- round 58 ------------------------------------------------------------------------------
    # "soon I won't be your problem"
    Seq("death_wish.en.soon_not_your_problem", K.DEATH_WISH, "soon ~3 @NOTYOURPROBLEM",
        escalate=WISH),
    # "rather be dead than go through another year like this"
    Seq("death_wish.en.rather_dead_than_another", K.DEATH_WISH, "rather ~1 be ~0 dead ~1 than "
        "~4 another ~1 year|day|week|month|minute ~1 like ~0 this|that"),
    # a friend's mother saw her burning herself with a curling iron
    Seq("self_harm.en.seen_burning_herself", K.SELF_HARM, "saw|seen|caught|found|watched ~3 "
        "her|him ~0 burning|cutting|scratching|hitting|biting ~0 herself|himself",
        unless_after="slice piece pieces loose free",
        unless_near="eczema itch itchy rash bites bite mosquito @TODDLER"),
    # -- round 57 ------------------------------------------------------------------------------
    # a dog given away, "take good care of him after": after what?
    Seq("suicidal_behaviour.en.care_for_it_after", K.SUICIDAL_BEHAVIOUR, "take|takes ~1 care ~0 "
        "of ~0 him|her|it|them ~0 after", unless_after="school work lunch dinner class "
        "practice the this that weekend holiday surgery operation my his her we i you"),
    # "his dad shoved her into the doorframe"
    Seq("physical_abuse.en.shoved_into", K.PHYSICAL_ABUSE, "@ADULT ~2 shoved|pushed|slammed|"
        "threw|thrown|flung ~1 her|him|@VICTIM ~2 into|against ~2 wall|door|doorframe|table|"
        "fridge|counter|floor|stairs|radiator|car", unless_near="pool water snow play playing "
                                                       "game laughing drill hockey rugby "
                                                       "football practice match"),
    # -- round 55 ------------------------------------------------------------------------------
    # "he'll drive his dad's car off the edge of the quarry"
    Seq("suicidal_method.en.drive_off_edge", K.SUICIDAL_METHOD, "drive|driving|drove|crash|"
        "crashing ~5 off ~0 the|a ~0 edge|cliff|bridge|quarry|pier|road", escalate=METHOD,
        unless_near="@GAMEW @FICTION @NEWS almost nearly accident skid ice icy bike ramp kart "
                    "go-kart skateboard scooter sled ditch"),
    # «приложил сына лицом об стол»
    Seq("physical_abuse.ru.slammed_face_into", K.PHYSICAL_ABUSE, "приложить|впечатать|"
        "шмякнуть|швырнуть ~3 лицо|голова|лоб ~1 об|о ~0 стол|стена|пол|дверь|батарея|косяк|"
        "шкаф|угол", unless_before="сам",
        unless_near="@GAMEW @TODDLER случайно нечаянно удариться истерика злиться"),
    # "husband threw our 3yo at the couch, he bounced off into the wall"
    Seq("physical_abuse.en.threw_child_at", K.PHYSICAL_ABUSE, "@ADULT ~2 threw|throws|thrown|"
        "throwing|flung|hurled|tossed ~2 @VICTIM|=3yo|=2yo|=4yo|=5yo|toddler|baby ~2 at|into|"
        "against|across", unless_near="pool water lake sea air catch laughing giggling play "
                                     "playing pillow ball"),
    # «спустил перед ним штаны», an older boy or a man in a cellar
    Seq("sexual_abuse.ru.pants_down_before_him", K.SEXUAL_ABUSE, "спустить|снять|стянуть|"
        "расстегнуть ~3 перед ~1 он|она|они|@VICTIM|ребенок", unless_near="@TODDLER "
        "врач пляж туалет горшок переодеваться раздевалка бассейн"),
    # -- round 54 ------------------------------------------------------------------------------
    # "could he go to heaven early", «можно я пораньше попаду на небо»
    Seq("death_wish.en.heaven_early", K.DEATH_WISH, "go|get ~1 to|into ~0 heaven ~1 "
        "early|earlier|sooner", unless_near="@FICTION @NEWS @GAMEW died funeral dead"),
    # -- round 53 ------------------------------------------------------------------------------
    # "he's made up his mind to die"
    Seq("suicidal_intent.en.made_up_mind_to_die", K.SUICIDAL_INTENT, "made|make ~0 up ~1 his|"
        "her|my|their ~0 mind ~2 to ~0 die|end|kill"),
    # "scared of him touching her"
    Seq("sexual_abuse.en.afraid_of_his_touching", K.SEXUAL_ABUSE, "scared|afraid|frightened|"
        "terrified ~2 of ~0 him|her|them ~0 touching|touch", unless_near="@MEDICAL doctor "
        "cold hands ticklish tickle"),
    # -- round 52 ------------------------------------------------------------------------------
    # "not going to be here by summer": a resolve with a date
    Seq("suicidal_intent.en.not_here_by_season", K.SUICIDAL_INTENT, "@NEG ~2 be ~0 here|around ~0 "
        "by|after|for|past|at ~1 summer|christmas|winter|spring|autumn|fall|birthday|next|new|"
        "end", unless_near="@GAMEW moving move moved abroad trip camp exchange university "
                           "college job"),
    # "my husband uses a cord on her": an object used on a child
    Seq("physical_abuse.en.uses_object_on_child", K.PHYSICAL_ABUSE, "@ADULT ~2 uses|used|using "
        "~1 a|the|his|her ~0 cord|belt|cable|wire|stick|hanger|switch|rod|slipper|spoon ~1 on "
        "~0 her|him|them|@VICTIM", unless_near="@GAMEW cooking garden"),
    # -- round 51 ------------------------------------------------------------------------------
    # «успел вытащить сына из петли»: an attempt interrupted
    Seq("suicidal_behaviour.ru.taken_from_noose", K.SUICIDAL_BEHAVIOUR, "вытащить|снять|достать|"
        "вынуть|вытаскивать|снимать|вынимать ~3 из ~0 петля",
        unless_near="@GAMEW @FICTION узел веревочка галстук шнурок"),
    # -- round 48 ------------------------------------------------------------------------------
    # «мам, а можно я завтра просто не проснусь?»
    Seq("death_wish.ru.may_i_not_wake", K.DEATH_WISH, "можно|лучше|хотеть ~3 не ~0 "
        "проснуться+#futr|проснуться+#infn", unless_after="к в на рано вовремя до утром "
        "будильник", escalate=WISH),
    # -- round 47 ------------------------------------------------------------------------------
    # «режь глубже» in the comments under her video
    Seq("incitement.ru.cut_deeper", K.INCITEMENT, "резать+#impr|порезать+#impr ~1 глубокий|"
        "сильный", unless_near="дерево тыква резьба торт хлеб мясо овощ доска"),
    # «хочется выйти на трассу под машину»
    Seq("suicidal_method.ru.step_under_car", K.SUICIDAL_METHOD, "выйти|выбежать|шагнуть|лечь|"
        "кинуться|броситься ~3 под ~0 машина|поезд|колесо|грузовик|фура|электричка|автобус",
        unless_near="@FICTION @NEWS мяч собака кот котенок чуть едва случайно",
        escalate=METHOD),  # not Anna Karenina's train
    # -- round 45 ------------------------------------------------------------------------------
    # «чтобы меня не стало», «чтоб меня не было»: a birthday wish to be gone
    Seq("death_wish.ru.wish_me_gone", K.DEATH_WISH, "хотеть|чтобы|чтоб ~2 я ~0 не ~0 стать+#past|"
        "быть+#past", unless_after=_LOCATIVE_RU + " дома видно слышно", escalate=WISH,
        unless_before="сделать"),  # «сделаю так, чтобы меня не было» is intent, read so
    # "one more bad grade and I'm ending it": "it", not a friendship or a call
    Seq("suicidal_intent.en.im_ending_it", K.SUICIDAL_INTENT, "=i|=im|=ill ~0 am|will|gonna "
        "~0 end|ending ~0 =it", neg=True, unless_after="with here on between today's "
        "=off =early", unless_near="relationship relationships boyfriend girlfriend friendship "
                                   "subscription season series story game chat call"),
    # -- round 38 ------------------------------------------------------------------------------
    # «мне всё равно, если я завтра умру»
    Seq("death_wish.ru.dont_care_if_i_die", K.DEATH_WISH, "все ~0 равно ~3 если ~1 я ~3 "
        "умереть|сдохнуть|погибнуть", unless_near="@GAMEW =респавн персонаж"),
    # letters carved into an ankle with a safety pin
    Seq("self_harm.en.carving_into_skin", K.SELF_HARM, "carve|carves|carving|carved|etch|etches|"
        "etching|etched ~4 into|in|on ~1 her|his|my|their ~0 @SHBODY|ankle|ankles",
        # a challenge's task to carve is incitement, read by its own rules
        unless_near="pumpkin wood soap tattoo henna pen marker cat challenge task tasks "
                    "moderator"),
    # -- round 37 ------------------------------------------------------------------------------
    # «зря она тогда выжила»: surviving regretted
    Seq("death_wish.ru.survived_in_vain", K.DEATH_WISH, "зря|напрасно ~2 выжить|выживать|"
        "откачать"),
    Seq("death_wish.ru.saved_in_vain", K.DEATH_WISH, "зря|напрасно ~1 я|она|он ~1 спасти|"
        "спасать"),
    # -- round 36 ------------------------------------------------------------------------------
    # "rather be dead than go home": not an idiom when home is what he'd die to escape
    Seq("death_wish.en.rather_dead_than_home", K.DEATH_WISH, "rather ~1 be ~0 dead|die ~1 than "
        "~2 go|going|be|live|living ~1 home|back|there"),
    # «гладил под платьем»
    Seq("sexual_abuse.ru.touched_under_dress", K.SEXUAL_ABUSE, "гладить|трогать|лезть|залезать|"
        "щупать|совать ~3 под ~0 платье|юбка|трусы|футболка|майка|кофта|ночнушка|пижама",
        # round 55: under her pyjamas
        unless_near="врач педиатр осмотр"),
    # "he touches her while she pretends to be asleep"
    Seq("sexual_abuse.en.touches_while_asleep", K.SEXUAL_ABUSE, "touch|touches|touched|touching|"
        "feels|felt ~1 her|him ~4 pretend|pretends|pretended|pretending|asleep|sleeping",
        unless_near="fever temperature forehead check checked checking tuck tucked blanket "
                    "wake waking alarm"),
    # belt marks on a child's back (not a seat belt's)
    Seq("physical_abuse.en.belt_marks", K.PHYSICAL_ABUSE, "belt ~0 mark|marks|welt|welts|bruise|"
        "bruises|lines|stripes", unless_before="seat car"),
    # "show me what's under ur shirt", "so mature for ur age": what groomers write
    Seq("online_exploitation.en.under_your_shirt", K.ONLINE_EXPLOITATION, "show|see|showing ~3 "
        "under ~0 ur|your|yr ~0 shirt|top|clothes|skirt|dress|pants|hoodie"),
    Seq("online_exploitation.en.mature_for_your_age", K.ONLINE_EXPLOITATION, "mature ~1 for ~0 "
        "ur|your|yr ~0 age"),
    # "texts telling her to cut deeper"
    Seq("incitement.en.cut_deeper", K.INCITEMENT, "saying|says|said|telling|tells|told|texts|"
        "texted|texting|messages|messaged|messaging|wrote|writes|writing|commented|comments ~7 "
        "cut ~0 deeper|harder",  # round 40: "keeps texting my daughter that she should"
        unless_near="wood carving carve whittling whittle cake lawn hair"),
    # -- round 35 ------------------------------------------------------------------------------
    # «опять порезалась», cut herself again
    Seq("self_harm.ru.cut_self_again", K.SELF_HARM, "опять|снова|еще|вчера ~2 порезаться",
        unless_near="бумага нож овощ готовить бриться брить палец стекло хлеб кухня "
                    "@ACCIDENT"),
    # a partner who slaps a toddler across the face "as discipline"
    Seq("physical_abuse.en.adult_slaps_face", K.PHYSICAL_ABUSE, "@ADULT|@HOMEADULT ~1 slap|slaps|"
        "slapped|smack|smacks|smacked|punch|punches|punched|hits ~5 across|in|on ~1 the|her|his "
        "~0 face|head|cheek", neg=True,
        unless_near="@GAMEW ball game joke joking pillow playfully tickle"),
    # «это моя последняя неделя, потом меня не будет»
    Seq("suicidal_intent.ru.last_week_then_gone", K.SUICIDAL_INTENT, "последний ~1 неделя|день|"
        "месяц|ночь ~6 я ~0 не ~0 быть", unless_after=_LOCATIVE_RU,
        unless_near="каникулы лагерь отпуск смена работа командировка четверть школа"),
    # -- round 34 ------------------------------------------------------------------------------
    # «зря родился», born for nothing
    Seq("death_wish.ru.born_in_vain", K.DEATH_WISH, "зря|напрасно|незачем ~1 я ~0 родиться|"
        "рождаться|появиться"),
    # «лучше б я там умер»: «б», not «бы»
    Seq("death_wish.ru.better_b_i_had_died", K.DEATH_WISH, "лучше ~0 б ~0 я ~2 умереть|погибнуть|"
        "сдохнуть", neg=True),
    # -- round 33 ------------------------------------------------------------------------------
    # «не хочу больше быть живым»: being alive, not living
    Seq("death_wish.ru.not_want_be_alive", K.DEATH_WISH, "@NEG ~1 @WANT ~2 быть ~0 живой",
        unless_after="статуя уголок"),
    Seq("death_wish.en.not_want_be_alive", K.DEATH_WISH, "@NEG ~1 @WANT ~0 to ~1 be ~1 alive"),
    # beaten «при детях», in front of the children
    Seq("physical_abuse.ru.beat_me_before_children", K.PHYSICAL_ABUSE, "избить|бить|избивать|"
        "ударить|душить|колотить ~1 я|мама|жена|мать ~2 при ~0 ребенок|дочь|сын|малыш"),
    Seq("physical_abuse.ru.before_children_beat_me", K.PHYSICAL_ABUSE, "при ~0 ребенок|дочь|сын|"
        "малыш ~2 избить|бить|избивать|ударить|душить|колотить ~1 я|мама|жена|мать"),
    # -- round 32 ------------------------------------------------------------------------------
    # a kindergarten teacher or a nanny who smacks the children, pulls them by the ears
    Seq("physical_abuse.ru.carer_hits_children", K.PHYSICAL_ABUSE, "воспитатель|воспитательница|"
        "учитель|учительница|няня|нянька|тренер|свекровь|теща|свекор|тесть ~4 шлепать|отшлепать|"
        "бить|лупить|ударить|ударять|колотить|таскать|драть|оттаскать|дергать|дернуть|щипать "
        "~2 ребенок|малыш|сын|дочь|"
        "дочка|внук|внучка|он|она|за|по", neg=True,
        unless_near="экскурсия дорога @GAMEW игра мяч мультик спросить спрашивать "
                    "интересоваться тревога бокс "
                    "спарринг",  # round 47: a boxing coach's sparring
        gap_stop="сын дочь дочка ребенок мальчик девочка внук внучка говорить сказать "
                 "жаловаться"),  # the carer tells what the child did
    # made to kneel on buckwheat, on peas, on salt
    Seq("physical_abuse.ru.kneel_on_grain", K.PHYSICAL_ABUSE, "ставить|поставить|стоять ~2 на "
        "~0 горох|гречка|соль"),
    # -- round 31 ------------------------------------------------------------------------------
    # a rope or a noose sent to a child, as an emoji or a sticker: "you know what to do"
    Seq("incitement.en.sent_rope", K.INCITEMENT, "sent|send|sends|sending|posted|texted|dm'd ~1 "
        "@VICTIM ~3 rope|noose|🪢 ~1 emoji|emojis|gif|gifs|pic|picture|sticker|stickers|meme",
        unless_near="climbing climb climbs bouldering gym skipping"),
    Seq("incitement.ru.sent_rope", K.INCITEMENT, "прислать|присылать|скинуть|скидывать|"
        "отправить|кинуть ~4 веревка|петля|🪢 ~1 смайлик|эмодзи|стикер|картинка|гифка|мем",
        unless_near="скалодром канат лазить альпинизм скакалка"),
    # a brother or a stepbrother who choked him "till his face went purple"
    Seq("physical_abuse.en.choked_until_purple", K.PHYSICAL_ABUSE, "choke|chokes|choked|choking|"
        "strangle|strangled|strangling|throttled ~8 till|until|til ~4 purple|blue|passed|"
        "fainted", unless_near="on food grape grapes sweet sweets candy laugh laughing water "
                                "drink cough coughing game challenge @MYCHILDHOOD"),
    # -- round 30 ------------------------------------------------------------------------------
    # a list of «причины не убивать себя», "reasons not to kill myself"
    Seq("suicidal_thoughts.ru.reasons_not_to_kill_self", K.SUICIDAL_THOUGHTS, "причина|повод ~1 "
        "не ~0 убивать|убить|убиваться ~0 себя"),
    Seq("suicidal_thoughts.en.reasons_not_to", K.SUICIDAL_THOUGHTS, "reasons|reason ~1 not ~0 to "
        "~0 kill|die|end"),
    # "wouldnt mind not being alive anymore"
    Seq("death_wish.en.mind_not_being_alive", K.DEATH_WISH, "mind ~0 not ~0 being|existing|"
        "waking ~0 alive|anymore|up|around|here"),
    # "if I killed myself would you miss me"
    Seq("suicidal_thoughts.en.if_i_killed_myself_miss", K.SUICIDAL_THOUGHTS, "if ~0 i ~0 killed|"
        "died ~2 would ~0 you|anyone|u|people ~1 miss|care|notice|cry"),
    Seq("suicidal_thoughts.en.if_i_was_dead_miss", K.SUICIDAL_THOUGHTS, "if ~0 i ~0 was|were ~1 "
        "dead|gone ~3 would ~0 you|anyone|u|people ~1 miss|care|notice|cry"),
    # -- round 29 ------------------------------------------------------------------------------
    # a child who flinches when someone raises a hand: a known sign of beatings
    Seq("physical_abuse.ru.flinches_raised_hand", K.PHYSICAL_ABUSE, "вздрагивать|вздрогнуть|"
        "сжиматься|съеживаться|закрываться|пригибаться ~7 поднимать|поднять|замахиваться ~1 "
        "рука", unless_near="@GAMEW игра мяч"),
    Seq("physical_abuse.en.flinches_raised_hand", K.PHYSICAL_ABUSE, "flinch|flinches|flinched|"
        "flinching|cower|cowers|cowering|ducks ~6 raise|raises|raised|raising|lifts|lifted "
        "~1 hand|hands|arm|voice", unless_near="@GAMEW ball game"),
    # «синяки на шее как от пальцев»: the marks of a grip
    Seq("physical_abuse.ru.bruises_like_fingers", K.PHYSICAL_ABUSE, "@BRUISE ~5 как ~1 от ~0 "
        "палец|рука|ремень"),
    # "if I did it I'd use a belt, it's quicker": the method weighed
    Seq("suicidal_method.en.if_i_did_it_use", K.SUICIDAL_METHOD, "if ~0 i ~0 did|do|ever ~1 it "
        "~4 use|take|jump|hang", neg=True),
    # talked down from the wrong side of the railing
    Seq("suicidal_behaviour.en.wrong_side_of_railing", K.SUICIDAL_BEHAVIOUR, "wrong|other|outer "
        "~0 side ~1 of ~1 the|a ~0 railing|railings|barrier|fence|rail|parapet|bridge"),
    Seq("suicidal_behaviour.en.talked_down", K.SUICIDAL_BEHAVIOUR, "talked|talk|talking ~0 him|"
        "her|them ~0 down ~4 bridge|ledge|roof|railing|railings|edge|overpass|balcony|window|"
        "cliff|tracks"),
    # an adult online asking a child what she is wearing
    Seq("online_exploitation.en.what_wearing", K.ONLINE_EXPLOITATION, "what ~1 she|she's|"
        "you|u|ur|you're|ure|shes ~1 =wearing|=wear", unless_near="party wedding school "
                                                                   "uniform costume grandma"),
    # -- round 28 ------------------------------------------------------------------------------
    # «я решил, что до конца года меня не будет»
    Seq("suicidal_intent.ru.decided_wont_be", K.SUICIDAL_INTENT, "решить|решать ~5 я ~0 не ~0 "
        "быть", unless_near="дома дом школа урок вечер лагерь выходной праздник день "
                            "рождение дача"),
    # a man who undid his trousers in front of the children
    Seq("sexual_abuse.ru.undid_trousers_before_children", K.SEXUAL_ABUSE, "расстегивать|"
        "расстегнуть|спускать|спустить|снимать|снять ~1 штаны|брюки|ширинка ~2 перед ~1 "
        "ребенок|девочка|мальчик|дочь|сын"),
    # "showed me his thing": a boy or a man showing his privates
    Seq("sexual_abuse.en.showed_his_thing", K.SEXUAL_ABUSE, "showed|show|shows|showing ~1 me|her|"
        "him|them ~0 his ~0 thing|willy|privates|@SEXPART",
        unless_near="lego built build drawing game toy toys card cards trick magic"),
    # «лучше бы я тогда умер»: a word between the wish and the death
    Seq("death_wish.ru.better_i_had_died", K.DEATH_WISH, "лучше ~0 бы ~0 я ~2 умереть|погибнуть",
        neg=True),
    # -- round 27 ------------------------------------------------------------------------------
    # "end urself" in a game chat: the same as "kill yourself"
    Seq("incitement.en.end_yourself", K.INCITEMENT, "end ~0 urself|yourself|yourselves|yourslf",
        unless_before="@SUBJ"),
    # "take care of Max for me": a pet or a sibling handed over, as a farewell
    Seq("suicidal_behaviour.en.take_care_for_me", K.SUICIDAL_BEHAVIOUR, "take|look ~0 care|after "
        "~3 for ~0 me", unless_near="camp trip holiday holidays away weekend week "
                                          "sleepover while until till tomorrow"),
    # «соседка орёт и бьёт ребёнка»: a neighbour heard beating a child
    Seq("physical_abuse.ru.neighbour_beats_child", K.PHYSICAL_ABUSE, "сосед|соседка ~6 "
        "бить+#pres|избивать+#pres|лупить+#pres ~2 ребенок|сын|дочь|пацан|мальчик|девочка|"
        "малыш|свой", neg=True, unless_near="ковер молоток гвоздь ремонт @GAMEW игра"),
    # -- round 26 ------------------------------------------------------------------------------
    # «он меня трогал», the child's words about someone not her age: not a classmate, a
    # sibling or a hand held
    Seq("sexual_abuse.ru.he_touched_me", K.SEXUAL_ABUSE, "он ~0 я ~0 трогать", neg=True,
        unless_after="за", unless_near=_SIBLING_RU + " садик сад детсад одноклассник мальчик "
                                                     "девочка игра щекотать толкаться мешать"),
    # «гладил её по коленке и выше»
    Seq("sexual_abuse.ru.stroked_knee_and_higher", K.SEXUAL_ABUSE, "гладить|трогать|щупать ~4 "
        "по ~1 коленка|колено|нога|бедро ~1 и ~0 выше"),
    Seq("sexual_abuse.en.stroked_knee_and_higher", K.SEXUAL_ABUSE, "stroke|stroked|strokes|"
        "stroking|touch|touched|touches|touching|rub|rubbed|rubs|rubbing ~3 knee|knees|leg|legs|"
        "thigh ~1 and ~0 higher|further|up"),
    # «хотела бы заболеть и умереть»: falling ill and dying, wished
    Seq("death_wish.ru.wish_fall_ill_and_die", K.DEATH_WISH, "бы|хотеть|мечтать ~3 заболеть ~1 "
        "и ~0 умереть", neg=True),
    # -- round 25 ------------------------------------------------------------------------------
    # «зачем я живу»
    Seq("death_wish.ru.why_do_i_live", K.DEATH_WISH, "зачем|нафига|почему ~1 я ~1 жить"),
    # "hopes she doesn't wake up in the morning"
    Seq("death_wish.en.hopes_not_wake", K.DEATH_WISH, "hope|hopes|hoping|wish|wishes ~2 @NEG ~1 "
        "wake", unless_after="late early =before until till"),
    # «чтоб себя того»: the act left unsaid
    Seq("suicidal_thoughts.ru.self_that", K.SUICIDAL_THOUGHTS, "чтоб|чтобы ~1 @SELF ~0 того"),
    # -- round 24 ------------------------------------------------------------------------------
    # «вот бы выйти из окна»: out of the window, wished
    Seq("suicidal_method.ru.wish_out_of_window", K.SUICIDAL_METHOD, "бы|хотеть ~3 выйти|шагнуть "
        "~1 из ~0 окно", neg=True, unless_near="покурить курить"),
    # choked until he turns blue, "as a joke"
    Seq("physical_abuse.ru.choked_until_blue", K.PHYSICAL_ABUSE, "душить|придушить|задушить ~8 "
        "пока ~2 синеть|посинеть|задыхаться|отключиться"),
    # -- round 23 ------------------------------------------------------------------------------
    # an adult who struck her in the face (the model read it until round twenty-three's
    # threshold let it go)
    Seq("physical_abuse.ru.adult_hit_face", K.PHYSICAL_ABUSE, "@ADULT+#nomn|@HOMEADULT+#nomn ~5 "
        "бить|ударить|избить|отхлестать ~2 по ~0 лицо|голова|щека", neg=True,
        unless_near="@GAMEW мяч игра тренировка шутка"),
    # "a touching game": what a grown lad asks a child to his flat for
    Seq("sexual_abuse.en.touching_game", K.SEXUAL_ABUSE, "touching|touchy ~0 game|games"),
    # fresh cuts found hidden under the guards, the tape, the sleeves
    Seq("self_harm.en.fresh_cuts_hidden", K.SELF_HARM, "fresh|new ~1 cuts|scars|slashes ~2 "
        "under|beneath|hidden|behind", unless_near="@ACCIDENT football fell knee paper"),
    # -- round 22 ------------------------------------------------------------------------------
    # «жалко только, что я ещё живая»
    Seq("death_wish.ru.pity_still_alive", K.DEATH_WISH, "жалко|жаль ~3 что ~2 еще ~0 живой|жить",
        neg=True),
    # «суицид кажется единственным выходом»: the Russian twin of round twenty-one's rule
    Seq("suicidal_thoughts.ru.suicide_way_out", K.SUICIDAL_THOUGHTS, "@SUICIDE ~3 выход|решение|"
        "вариант", neg=True, unless_near="никогда профилактика @NEWS"),
    # not back from school, late, and his friends do not know where he is (the model read it
    # until round twenty-two's threshold let it go)
    Seq("acute_danger.ru.not_back_nobody_knows", K.ACUTE_DANGER, "не ~0 вернуться|прийти ~10 не "
        "~0 знать ~1 где"),
    # «вот бы под него шагнуть»: under the train, wished
    Seq("suicidal_method.ru.wish_under_wheels", K.SUICIDAL_METHOD, "бы|хотеть ~3 под ~1 он|она|"
        "поезд|электричка|машина|@VEHICLE ~1 шагнуть|прыгнуть|броситься|лечь"),
    # -- round 21 ------------------------------------------------------------------------------
    # "I'm going to kill me": a child's own words turned on himself
    Seq("suicidal_intent.en.going_to_kill_me", K.SUICIDAL_INTENT, "i ~1 going|gonna ~1 kill ~0 "
        "me|myself", neg=True),
    # suicide "seems like a logical solution": thought through as an answer
    Seq("suicidal_thoughts.en.suicide_solution", K.SUICIDAL_THOUGHTS, "@SUICIDE ~4 solution|"
        "answer|option|way ~0 out|#b|#cl|to", neg=True,
        unless_near="never =not =isn't =isnt prevention @NEWS"),
    # «не пила, а копила»: the pills not taken but saved
    Seq("suicidal_behaviour.ru.not_taken_but_saved", K.SUICIDAL_BEHAVIOUR, "не ~0 пить|принимать "
        "~1 а ~0 копить|прятать|собирать|складывать"),
    # «жалеет, что вообще живёт»
    Seq("death_wish.ru.regrets_living", K.DEATH_WISH, "жалеть ~2 что ~2 вообще ~0 жить"),
    # «кидается на меня при детях»: violence between the adults in front of the children
    Seq("physical_abuse.ru.attacks_before_children", K.PHYSICAL_ABUSE, "кидаться|бросаться|"
        "накидываться|набрасываться ~1 на ~0 я ~3 при ~0 ребенок|дочь|сын"),
    # told to jump from the window «чтобы он прыгнул из окна»: «чтобы» and someone else
    # before the jump (his own «хочет выпрыгнуть, чтобы умереть» is not incitement)
    Seq("incitement.ru.told_to_jump", K.INCITEMENT, "@SPEECH|подначивать|уговаривать|подбивать "
        "~6 чтобы|чтоб ~1 он|она|ты ~1 @JUMP ~3 окно|крыша|мост|балкон|@HIGH",
        unless_near="бассейн река озеро вода батут сугроб"),
    # told to go and play in the road and not come back
    Seq("incitement.en.told_play_in_road", K.INCITEMENT, "telling|told|tells|tell ~7 to ~1 go ~1 "
        "play ~2 road|traffic|motorway|highway"),
    # -- round 20 ------------------------------------------------------------------------------
    # "i just want to stop existing", wherever it is written (the model read it until round
    # twenty's threshold let it go)
    Seq("death_wish.en.want_stop_existing", K.DEATH_WISH, "want|wants|wanted|wanna ~2 stop|quit "
        "~0 existing|exist", neg=True,
        unless_near="social media online instagram tiktok internet app apps snapchat"),
    # a keepsake "to remember me by", not for a move or a trip
    Seq("suicidal_behaviour.en.remember_me_by", K.SUICIDAL_BEHAVIOUR, "remember ~0 me ~0 by",
        unless_near="move moving moved abroad exchange trip camp university uni college "
                    "leaving away holiday"),
    # "a good place to jump": a place weighed for it
    Seq("suicidal_method.en.good_place_to_jump", K.SUICIDAL_METHOD, "good|perfect|great|best ~1 "
        "place|spot ~1 to ~0 jump|die", unless_near="swim swimming summer dive diving bungee "
                                                     "cliff-diving pool photo photos"),
    # letters "to open if I'm gone"; «открыть, если меня не будет»
    Seq("suicidal_behaviour.ru.open_if_gone", K.SUICIDAL_BEHAVIOUR, "если ~0 я ~0 не ~0 быть",
        unless_near="лагерь поездка командировка уехать переезд"),
    # "you can have my room": his things handed out
    Seq("suicidal_behaviour.en.you_can_have_my", K.SUICIDAL_BEHAVIOUR, "you ~0 can ~0 have ~0 "
        "my ~0 room|stuff|things|xbox|playstation|phone|bike|clothes|games|guitar",
        unless_near="move moving moved university uni college leaving abroad new bigger"),
    # an adult at home who beats the child: «мама кричит на неё и бьёт»
    Seq("physical_abuse.ru.adult_beats_present", K.PHYSICAL_ABUSE, "@HOMEADULT+#nomn ~4 "
        "бить+#pres|избивать+#pres|лупить+#pres", neg=True,
        unless_near="подушка ладушка играть тревога рекорд @GAMEW игра шашка шахматы решить "
                    "подумать "
                    "думать "
                    "показаться тренировка борьба теннис обыгрывать"),  # round 43: table
        # tennis
    # -- round 19 ------------------------------------------------------------------------------
    # «я с собой покончу»: the reflexive before the verb
    Seq("suicidal_thoughts.ru.self_end", K.SUICIDAL_THOUGHTS, "с ~0 @SELF ~1 покончить",
        neg=True, unless_near="@FICTION", escalate=IDEATION),
    # "doesn't expect to be alive at 18": no future past an age (the model read it until
    # round nineteen's threshold let it go)
    Seq("death_wish.en.not_expect_alive_at", K.DEATH_WISH, "@NEG ~1 expect|expects|expecting|"
        "expected ~3 alive|around ~2 #num|adulthood|long"),
    # an adult who wanted or asked to see her private parts (the model read it until round
    # nineteen's threshold let it go)
    Seq("sexual_abuse.en.adult_wants_see_private", K.SEXUAL_ABUSE, "@ADULT|@AGENT|@STRANGER|"
        "neighbour|neighbor ~5 want|wanted|wants|asked|asks|ask|tried ~1 to ~0 see|look ~4 "
        "@SEXPART", unless_near="@MEDICAL nappy diaper bath rash hurt hurts sore itch itchy "
                                "swollen pain"),
    # others telling the child to jump off a roof, or to cut deeper next time: told *him*
    # or *my son* (not "told me he thinks about jumping", which is his own words)
    Seq("incitement.en.told_jump_off", K.INCITEMENT, "told|tell|tells|telling|dared|dare|"
        "dares|urged ~0 him|her|them|my|our|his ~3 to ~1 jump ~3 off|from|out ~3 @HIGH|roof|"
        "bridge|building|cliff|window|balcony",
        unless_near="trampoline pool water lake river swim swimming snow haystack puddle board "
                    "diving mattress"),
    Seq("incitement.en.told_cut_deeper", K.INCITEMENT, "told|tell|tells|telling ~0 him|her|"
        "them|my|our|his ~4 should|to|needs|better ~2 cut ~2 deeper|properly|vertically|harder",
        unless_near="wood carving carve onion meat paper fabric"),
    Seq("incitement.en.commented_cut_deeper", K.INCITEMENT, "commented|comments|commenting|"
        "replied|messaged|texted|posted ~3 should|needs|better ~2 cut ~2 deeper|properly|"
        "vertically|harder", unless_near="wood carving carve onion meat paper fabric"),
    # "Daddy slaps my face": an adult's blow to the face or the head in the child's words
    Seq("physical_abuse.en.adult_slaps_my_face", K.PHYSICAL_ABUSE, "@HOMEADULT|@ADULT ~2 "
        "=slaps|=slapped|=hits|=hit|=punches|=punched|=kicks|=kicked|=smacks|=smacked ~0 "
        "my|her|his ~0 face|head|back|legs|bottom|tummy|stomach", neg=True,
        unless_near="@NEWS @FICTION @GAMEW @TOY ball accidentally accident"),
    # a mother choked or beaten with the children there watching
    Seq("physical_abuse.en.choking_her_kids_watching", K.PHYSICAL_ABUSE, "choking|choked|"
        "strangling|strangled|=beating|=hitting|=punching ~0 her|mum|mom|wife|girlfriend ~12 "
        "kids|children|son|daughter|baby ~4 watching|watched|saw|there|front|heard"),
    # a post that thanks everyone and says "this is the end": a farewell (the model read it
    # until round eighteen's threshold let it go)
    Seq("suicidal_behaviour.ru.thanks_all_the_end", K.SUICIDAL_BEHAVIOUR, "спасибо ~1 весь "
        "~2 конец ~0 #b"),
    # "she wouldn't be sad if she got hit by a train": a wish to be dead, said sideways
    Seq("death_wish.en.not_sad_if_hit", K.DEATH_WISH, "sad|mind|care|upset ~1 if ~0 i|she|he "
        "~2 hit|run ~3 car|bus|train|truck|lorry|van"),
    Seq("sexual_abuse.en.acts_out_sex", K.SEXUAL_ABUSE, "simulate|simulates|simulating|"
        "mimic|mimics|mimicking|imitate|imitates|imitating|=acting|=acts ~2 out|sexual ~1 "
        "sex|intercourse|movements|acts"),
)

CO: Final[tuple[Co, ...]] = (
    # -- suicidal ------------------------------------------------------------------------------
    Co("suicidal_thoughts.en.suicide_thoughts", K.SUICIDAL_THOUGHTS,
       ("@SUICIDE", "@THINK|@WANT|@INTENTW|feel|feeling|ideation|mind|consider|commit|urge|"
        "urges|thought|thoughts|talk|talks|talking|speak|joke|jokes|joking"),
       window=6, neg=True, unless_near="@ASKMEAN documentary pshe curious @FICTION novel @NEWS "
                                       "project "
                                       "cobain assignment",
       # rounds 25, 32
       escalate=IDEATION,
       neg_after=True),
    Co("suicidal_thoughts.ru.suicide_thoughts", K.SUICIDAL_THOUGHTS,
       ("@SUICIDE", "@THINK|@WANT|@INTENTW|говорить|совершить|склонность|намерение|идея|"
        "мысль|признаться|шутить|тяга"),
       window=6, neg=True, unless_near="@NEWS @ASKEDIF", escalate=IDEATION, neg_after=True),
    Co("death_wish.en.burden", K.DEATH_WISH, ("burden", "better|without|@DIE|@DEAD|gone"),
       window=12, neg=True),
    Co("death_wish.ru.burden", K.DEATH_WISH, ("обуза", "лучше|хороший|без|@DIE|мешать"),
       window=12, neg=True),
    Co("suicidal_behaviour.en.suicide_attempt", K.SUICIDAL_BEHAVIOUR,
       ("@SUICIDE", "@ATTEMPT|note|letter"), window=4,
       unless_near="@FICTION novel shift unit admissions admission patients ward"),
    Co("suicidal_behaviour.ru.suicide_attempt", K.SUICIDAL_BEHAVIOUR,
       ("@SUICIDE", "@ATTEMPT|записка|письмо"), window=4,
       unless_near="смена реанимация поступление пациент отделение дежурство"),  # round 83:
    # a night shift's admissions
    Co("suicidal_behaviour.en.goodbye_letters", K.SUICIDAL_BEHAVIOUR,
       ("@NOTE", "@GOODBYE|goodbye", "sorry|forever|everyone|everybody|forgive"),
       window=10, unless_near="pirates pirate sail @LEAVING hamster grave pet dog cat fish "
                              "rabbit"),  # round 48
    Co("suicidal_behaviour.ru.forgive_all", K.SUICIDAL_BEHAVIOUR,
       ("записка|письмо|сообщение|послание", "простить|прощать|прощаться", "весь|все|"
        "всё|навсегда"), window=10, unless_near="пират играть игра @LEAVING"),
    Co("suicidal_behaviour.en.give_away", K.SUICIDAL_BEHAVIOUR,
       ("@GIVEAWAY", "@POSSESSION|favourite|favorite|@NONEED|animals|stuffies|plushies|"
        "squishmallows|guitar|bike|skateboard|xbox|playstation|switch|cat|dog|pet|hamster|rabbit"),
       # round 51: a guitar; round 86: her cat, and all her jewellery
       window=8, unless_near="monastery gap seminary decluttering declutter kondo clearout "
       # round 64
                             "charity donate donated donation we us outgrown sale sell church "
                             "younger cousin cards @OLDTHINGS kindergarten moved moving "
                             "university",  # rounds 34, 47; round 48: "old clothes", not
       # the "old" of "14 year old"
       unless_sentence="slides project presentation monastery seminary"),  # round 65: a
    # prevention project; round 84: things given away before a year in a monastery
    Co("suicidal_behaviour.ru.give_away", K.SUICIDAL_BEHAVIOUR,
       ("@GIVEAWAY", "@POSSESSION|свой|любимый|@NONEED"), window=8,
       unless_near="переезжать переезд страна @DONATE вырасти младший малыш переезд общежитие "
                   "детский коробка "  # round 25
                   "собирать", unless_sentence="переезжать переезд"),
                   # round 39: a box of toys for a children's home
    Co("suicidal_behaviour.ru.give_not_need", K.SUICIDAL_BEHAVIOUR,
       ("отдать|отдавать|раздать|раздарить|подарить|дарить", "@NONEED"), window=10,
       unless_near="@DONATE малыш братик сестренка"),
    Co("suicidal_behaviour.en.stockpile", K.SUICIDAL_BEHAVIOUR,
       ("@PILLS", "save|saving|saved|hoard|hoarding|stockpile|stockpiling|stash|stashing|"
        "collect|collecting"), window=8),
    Co("suicidal_behaviour.en.rope", K.SUICIDAL_BEHAVIOUR,
       ("rope", "wardrobe|closet|neck|tie|tied|tying|testing|hidden|hide|hanging|attic|"
        "garage|beam|chair|stool|ceiling|hook|branch"), window=8,
       unless_near="jump skipping swing climb climbing tug",
       unless_sentence="swing hammock scouts scout knot knots sailing"),  # round 15
    Co("suicidal_behaviour.ru.noose", K.SUICIDAL_BEHAVIOUR,
       ("петля|веревка", "шея|повеситься|ремень|завязать|сделать|крюк|люстра|шкаф|петля|стул|"
        "табуретка|потолок|ветка"),
       window=8,
       unless_near="вязание вязать спица качели гамак тарзанка"),  # round 26: a swing
    # veiled goodbyes and goodbyes with deleted accounts (WHO: saying goodbye)
    Co("suicidal_behaviour.en.goodbye_forever", K.SUICIDAL_BEHAVIOUR,
       ("goodbye|goodbyes|farewell|@GOODBYE|bye", "forever|@FAREWELL|delete|deleted|deleting|"
        "account|accounts|story|status|post|posted|last|never"), window=8,
       unless_near="pirates pirate sail @LEAVING party later tomorrow morning weekend summer "
                   "winter spring autumn "
                   "holiday holidays sunset vacation"),
    Co("suicidal_behaviour.en.farewell", K.SUICIDAL_BEHAVIOUR,
       ("@FAREWELL", "goodbye|bye|farewell|@GOODBYE|forever|last|note|letter|love|"
        "@UNREACHABLE"),
       window=12, sentence=False,
       unless_near="@LEAVING birthday present gift party dinner help card"),
    Co("suicidal_behaviour.en.deleted_accounts", K.SUICIDAL_BEHAVIOUR,
       ("delete|deleted|deleting|wiped", "account|accounts|instagram|tiktok|snapchat|social|"
        "profile|profiles", "goodbye|bye|@GOODBYE|forever|@FAREWELL|sorry"),
       window=15, sentence=False),
    Co("suicidal_behaviour.ru.farewell", K.SUICIDAL_BEHAVIOUR,
       ("@FAREWELL", "=прощайте|=прощай|прощаться|попрощаться|навсегда|последний|записка|"
        "@GOODBYE|@UNREACHABLE|@APOLOGY"), window=14, sentence=False, unless_near="@LEAVING"),
    Co("suicidal_behaviour.ru.farewell_post", K.SUICIDAL_BEHAVIOUR,
       ("=прощайте|=прощай", "устать|навсегда|весь|простить|сторис|статус|пост|подпись|@NOTE|"
        "жить|сила"), window=8, unless_near="пират играть игра @LEAVING лето школа театрально "
                                            "прививка диван", unless_sentence="лагерь смена "
                                                                              "поездка каникулы"),
    Co("suicidal_behaviour.ru.deleted_accounts", K.SUICIDAL_BEHAVIOUR,
       ("удалить|удалять", "аккаунт|страница|профиль|соцсеть|переписка",
        "прощаться|попрощаться|@FAREWELL|навсегда|=прощайте|=прощай"),
       window=15, sentence=False),
    Co("suicidal_behaviour.en.took_pills_unwell", K.SUICIDAL_BEHAVIOUR,
       ("=took|=swallowed|=taken", "@PILLS", "wake|unconscious|ambulance|vomiting|drowsy|"
        "passed|unresponsive"), window=10),
    Co("suicidal_behaviour.en.empty_packets", K.SUICIDAL_BEHAVIOUR,
       ("empty", "@PILLS", "pack|packet|packs|packets|bottle|bottles|box|boxes|blister|strip|"
        "strips"), window=6,
       unless_sentence="pharmacy pretend stim lines collects collection"),  # round 64: empty
    # bottles for a play pharmacy; round 82: lined up on the windowsill, a stim
    Co("death_wish.ru.soon_gone_said", K.DEATH_WISH, ("@SELFGONE", "скоро", "@SPEECH"),
       window=10),
    Co("suicidal_behaviour.en.note_not_your_fault", K.SUICIDAL_BEHAVIOUR,
       ("@NOTE|letter|note", "@NOFAULT"), window=25, sentence=False, unless_near="@LEAVING"),
    Co("suicidal_behaviour.ru.note_not_your_fault", K.SUICIDAL_BEHAVIOUR,
       ("@NOTE|записка|письмо", "@NOFAULT"), window=15, sentence=False,
       unless_near="@LEAVING"),
    Co("suicidal_method.en.high_enough", K.SUICIDAL_METHOD,
       ("enough", "high|tall|lethal|deadly", "floor|floors|storey|building|buildings|bridge|"
        "@DIE|jump|survive|kill"), window=6),
    Co("suicidal_behaviour.en.after_gone", K.SUICIDAL_BEHAVIOUR,
       ("@AFTERGONE", "@POSSESSION|list|get|have|give|will|letter|letters|envelope|"
        "envelopes|open|watch|recorded|sealed"), window=12, sentence=False,  # round 54:
       # letters, a video; round 15: "I'll sleep when I'm dead"; round 54: a grandmother's;
       # round 72: gone to college or to camp
       unless_near="sleep cancer terminal hospice grandma granny grandpa grandad",
       unless_sentence="college university camp trip holiday vacation"),
    Co("suicidal_behaviour.ru.after_gone", K.SUICIDAL_BEHAVIOUR,
       ("@SELFGONE", "вещь|отдать|список|получить|забрать|завещание|письмо|конверт|"
        "вскрыть|открыть|посмотреть"), window=12,  # round 54: letters, a video
       sentence=False, unless_near="рак бабушка дедушка хоспис"),
    Co("suicidal_behaviour.en.hidden_pills_letter", K.SUICIDAL_BEHAVIOUR,
       ("@PILLS", "hidden|hide|hid|hiding", "letter|note|alcohol|vodka|@NOTE"), window=15,
       sentence=False, unless_sentence="dog dogs cat cats worming wormer vet puppy kitten"),
    Co("suicidal_behaviour.ru.hidden_pills_letter", K.SUICIDAL_BEHAVIOUR,
       ("@PILLS", "спрятать|прятать", "письмо|записка|@NOTE|алкоголь|водка"),
       window=15, sentence=False),
    Co("suicidal_method.en.thought_jumping", K.SUICIDAL_METHOD,
       ("@JUMP", "@THINK|@WANT|@INTENTW", "@HIGH"), window=12, sentence=False,
       unless_near="movie film show @THROWOUT snow pool trampoline water parachute @NEWS "
       # round 32: in the news
                   "guide lake videos floor tantrum @THROWOTHER",  # round 39: cliff jumping
                   # with a guide; round 53: "threw himself on the floor of Target"; round
                   # 61: "throw you out the window", to grandma
       unless_sentence=_JUMP_SPORT_EN + " meme memes"),  # round 28: a meme
    Co("suicidal_method.ru.thought_jumping", K.SUICIDAL_METHOD,
       ("@JUMP", "@THINK|@WANT|@INTENTW", "@HIGH"), window=12, sentence=False,
       unless_near="сугроб снег бассейн батут вода парашют речка река глубоко",  # round 33
       unless_sentence=_JUMP_SPORT_RU),
    Co("suicidal_method.en.fatal_height", K.SUICIDAL_METHOD,
       ("height|floor|storey|high", "fatal|lethal|deadly|survive|@DIE|@KILLV"), window=6,
       unless_near="hide seek flopping laugh laughing play plays playing pretend pretends game "
                   "kiss ipad tablet "
                   "phone ground dramatically dramatic giggle giggles giggling"),  # rounds 21,
                   # 28, 36: an iPad; a drama; a game of "I'm dead"
    Co("suicidal_method.ru.fatal_height", K.SUICIDAL_METHOD,
       ("высота|этаж", "смертельный|разбиться|выжить|@DIE"), window=6,
       unless_sentence="@NEWS @FICTION машинка игрушка вдребезги телефон"),  # round 29: asked
    # after a film; round 53: a toy car broken
    Co("acute_danger.en.left_days_ago", K.ACUTE_DANGER,
       ("@RUNAWAY", "day|days|ago|week|weeks|hours|yesterday|since"), window=8,
       unless_near="age ok okay alone neighbor neighbour neighbor's neighbour's discharged",
       unless_sentence="treehouse snacks pretend circus lol"),  # round 65: "run away and
       # join the circus lol"; round 68: a pretend runaway to the treehouse; round 28: at what
       # age a child can be left alone; round 42: "ran away" to the neighbour's
    Co("death_wish.en.welcome_death", K.DEATH_WISH,
       ("afraid|scared|frightened", "@DIE|death|dying", "forward|wait|waiting|welcome"),
       window=12),
    Co("death_wish.ru.welcome_death", K.DEATH_WISH,
       ("бояться", "@DIE|смерть", "ждать|мечтать|хотеть"), window=12,
       unless_near="@NEWS титаник проколоть игла укол"),  # round 47: Titanic; 61:
    # «боится иглы, говорит „я умру от боли“»
    Co("suicidal_behaviour.en.give_not_need", K.SUICIDAL_BEHAVIOUR,
       ("give|gave|giving|gives", "@NONEED"), window=12, unless_near="@DONATE"),
    Co("suicidal_behaviour.en.sorry_letters", K.SUICIDAL_BEHAVIOUR,
       ("letter|letters|note|notes", "everyone|everybody|all", "sorry|forgive|apologise|"
        "apologize|apologizing|apologising"), window=8, unless_near="@LEAVING"),
    Co("death_wish.ru.self_gone", K.DEATH_WISH,
       ("@SELFGONE", "лучше|хороший|легкий|легко|простой|спокойный|спокойно|никто|"
        "заметить|обрадоваться|радоваться|пожалеть|плакать|скучать"), window=10),
    Co("suicidal_method.en.pills_die", K.SUICIDAL_METHOD,
       ("@PILLS", "@DIE|@DEAD|lethal|overdose"), window=6, neg=True,
       unless_near="basically wisdom @NEWS @SLEEPDEAD "  # round 15: "I'll sleep when I'm dead"
                   "forget forgets forgot allergy allergic "  # round 18: a missed dose
                   "revising revision flashcards pharmacology"),  # round 20: a medic to be
    Co("suicidal_method.ru.pills_die", K.SUICIDAL_METHOD,
       ("@PILLS", "@DIE|смертельный|смерть|отравиться"), window=6, neg=True,
       unless_near="бояться аллергия инструкция побочка мишка кукла вылечить @NEWS задать "
                   "задание пропустить",  # round 19: homework on first aid; round 82: "can I
       # die if I miss my pill"
       unless_sentence="мишка кукла вылечить больница мультик мультфильм объяснить"),
       # round 30: asked after a cartoon;
    # round 57: a parent who explained the danger
    # -- self-harm -----------------------------------------------------------------------------
    Co("self_harm.ru.cuts_on_body", K.SELF_HARM,
       ("порез|шрам|рубец|ожог|царапина|полоса|полоска", "рука|запястье|предплечье|бедро|вена|"
        "живот"),
       window=4, unless_near="@ACCIDENT маркер ручка фломастер краска рисовать татуировка "
                             "резинка браслет кот котенок кошка собака щенок хомяк попугай "
                             "тетя",  # round 42: a stranger's scars, asked about aloud
       # round 30: a trainee cook; round 56: make-up for Halloween
       unless_sentence="препятствие гипс кадило нечаянно авария кот котенок кошка щенок хомяк "
                       "повар хэллоуин грим рисовать маркер "
                       "фломастер операция аппендицит шов кесарев"),  # round 72: drawn
    # «шрамы» from a cartoon; round 73: an operation's scar
    Co("self_harm.ru.blade", K.SELF_HARM,
       ("лезвие|бритва", "порез|рука|запястье|резать|прятать|пенал|бедро"), window=10,
       unless_near="палец бриться шов"),  # round 39: a toddler shaving "like dad"
    Co("self_harm.ru.burn_cigarette", K.SELF_HARM,
       ("прижигать|прижечь|тушить|жечь", "@SELF|@SHBODY|кожа|сигарета|зажигалка"), window=4,
       unless_near="@ADULT кукла бинтовать накладывать наложить"),  # round 46: a tourniquet
    Co("self_harm.en.covered_wounds", K.SELF_HARM,
       ("plaster|plasters|bandage|bandages|bandaid|bandaids", "@SHBODY", "let|hide|hides|hiding|"
        "secret|refuse|refuses|always|constantly"), window=10, unless_near="@ACCIDENT @MEDICAL"),
    Co("self_harm.ru.covered_wounds", K.SELF_HARM,
       ("пластырь|бинт|заклеивать|бинтовать", "@SHBODY", "давать|прятать|скрывать|постоянно|"
        "всегда"), window=10, unless_near="@ACCIDENT @MEDICAL"),
    Co("self_harm.en.tool_body", K.SELF_HARM,
       ("@SHTOOL", "@SHBODY|@SELF", "@SHV|press|pressed|presses|pressing|dig|digs|digging"),
       window=10, unless_near="@ACCIDENT @TOY @MEDICAL @ALONE hair fringe bangs nails shaving "
                              "shave whittling whittle whittled carving scout scouts cub"),
    # round 23: a first razor for her legs; round 81: whittling at scout camp
    Co("self_harm.ru.sleeves", K.SELF_HARM,
       ("рукав|браслет|напульсник|кофта|толстовка", "прятать|скрывать|закрывать|закрыть|спрятать|"
        "скрыть", "порез|шрам|след|запястье|ожог|рука"), window=10,
       unless_near="@ACCIDENT татуировка"),
    Co("self_harm.en.sleeves", K.SELF_HARM,
       ("sleeve|sleeves|hoodie|hoodies|jumper|jumpers|bracelet|bracelets|wristband|wristbands",
        "hide|hiding|hides|hid|cover|covering|covers|covered",
        "cut|cuts|scar|scars|mark|marks|wrist|wrists|arm|arms|burn|burns"),
       window=10, unless_near="@ACCIDENT tattoo tattoos weight fat hairy hair freckles"),
    Co("self_harm.ru.tool_body", K.SELF_HARM,
       ("@SHTOOL", "@SELF+#accs|@SHBODY", "резать|порезать|надрезать|полосовать|исполосовать|"
        "царапать|расцарапать|жечь|прижигать|прижечь|втыкать|воткнуть|загонять|колоть|уколоть|"
        "исколоть|тыкать|ткнуть|протыкать|проткнуть|ковырять|прижимать|прижать|водить|чиркать"),
       window=8, unless_near="@ACCIDENT @TOY @MEDICAL мяч разбить еда хлеб поход учить "
                             "складной"),  # round 83: a folding knife for a hike; round 44: a
    # window broken with a ball; round 82: a rocker knife to cut her food one-handed
    # -- sexual abuse --------------------------------------------------------------------------
    Co("sexual_abuse.en.touch_part", K.SEXUAL_ABUSE,
       ("@TOUCH", "@SEXPART", "@ADULT|@AGENT|@STRANGER"), window=15,
       unless_near="@MEDICAL @SELFTOUCH cream nappy diaper rash nobody teach teaching talk book "
                   "books"),
    Co("sexual_abuse.en.touch_secret", K.SEXUAL_ABUSE,
       ("@TOUCH", "@SECRET", "@ADULT|@AGENT"), window=20, sentence=False,
       unless_near="nobody teach teaching talk book books"),  # round 43: a body-safety talk
    Co("sexual_abuse.en.touch_intimate", K.SEXUAL_ABUSE,
       ("@TOUCH", "shower|bath|bed|bedroom|alone|night", "@ADULT"), window=12,
       unless_near="@MEDICAL @SELFTOUCH hair head cream sunscreen lotion forehead tummy asleep"),
    Co("sexual_abuse.en.undress", K.SEXUAL_ABUSE,
       ("@UNDRESS", "@MAKE|game|games|play|secret", "@ADULT|@AGENT|@STRANGER"), window=12,
       unless_near="assignment class health @MEDICAL @ONLINE"),
    Co("sexual_abuse.en.show_sexual", K.SEXUAL_ABUSE,
       ("@SHOW", "@SEXPART|@PORN", "@ADULT|@AGENT|@STRANGER"), window=10),
    Co("sexual_abuse.en.forced_things", K.SEXUAL_ABUSE,
       ("force|forced|forces|made|make|makes", "things|stuff|sexual", "@SECRET|believe|hurt"),
       window=12, sentence=False),
    Co("sexual_abuse.en.lure", K.SEXUAL_ABUSE,
       # round 32: a neighbour and his puppies
       ("@LURER|neighbor|neighbour", "@SECRET", "car|van|house|home|flat|room|puppy|puppies|"
        "sweets|candy|"
        "present|presents|gift|gifts"), window=28, sentence=False,  # round 32: 20 before
       unless_near="halloween trick treat"),
    Co("sexual_abuse.en.kiss_secret", K.SEXUAL_ABUSE,
       ("@KISS", "@SECRET|mouth|lips|tongue", "@ADULT|@AGENT"), window=15, sentence=False,
       unless_near="party crush girlfriend boyfriend support proud happy"),  # round 52: a
    # first kiss at a party, kept from the father for now
    Co("sexual_abuse.en.photos_undressed", K.SEXUAL_ABUSE,
       ("@IMAGE", "@UNDRESS|changing|shower|bath|toilet", "@ADULT|@AGENT|@STRANGER",
        "@SECRET|sweets|candy|money|gift|gifts|quiet"), window=15, unless_near="@ONLINE"),
    # "he punched her arm": a brother's blow, not her own (and "she bit his hand")

    Co("sexual_abuse.ru.touch_part", K.SEXUAL_ABUSE,
       ("@TOUCH", "@SEXPART|там|попа|пися", "@ADULT|@AGENT|@STRANGER"), window=15,
       unless_near="@MEDICAL @SELFTOUCH"),  # round 72: a child touching itself
    Co("sexual_abuse.ru.touch_secret", K.SEXUAL_ABUSE,
       ("@TOUCH", "@SECRET", "@ADULT|@AGENT"), window=20, sentence=False),
    Co("sexual_abuse.ru.touch_intimate", K.SEXUAL_ABUSE,
       ("@TOUCH", "душ|ванна|ванная|кровать|постель|ночью|ночь|наедине|спальня|раздевалка|"
        "туалет", "@ADULT"),
       window=12, unless_near="@MEDICAL"),
    Co("sexual_abuse.ru.undress", K.SEXUAL_ABUSE,
       ("@UNDRESS", "@MAKE|игра|секрет", "@ADULT|@AGENT|@STRANGER"), window=12,
       unless_near="@MEDICAL @ONLINE"),
    Co("sexual_abuse.ru.show_sexual", K.SEXUAL_ABUSE,
       ("@SHOW", "@SEXPART|@PORN", "@ADULT|@AGENT|@STRANGER"), window=10),
    Co("sexual_abuse.ru.lure", K.SEXUAL_ABUSE,
       ("@LURER", "@SECRET", "машина|дом|квартира|щенок|котенок|конфета|подарок"),
       window=15, sentence=False),
    Co("sexual_abuse.ru.kiss_secret", K.SEXUAL_ABUSE,
       ("@KISS", "@SECRET|губа|язык", "@ADULT|@AGENT"), window=15, sentence=False),
    Co("sexual_abuse.ru.pester", K.SEXUAL_ABUSE,
       ("приставать", "@ADULT|@AGENT|@STRANGER", "@SEXPART|@TOUCH|@UNDRESS|@SECRET|к"),
       window=8),
    Co("sexual_abuse.ru.photos_undressed", K.SEXUAL_ABUSE,
       ("@IMAGE|фотографировать|снимать", "@UNDRESS|раздеться|душ|раздевалка",
        "@ADULT|@AGENT|@STRANGER"), window=15,
       unless_near="@ONLINE картина музей эрмитаж экскурсия реферат статуя"),  # round 37
    # -- physical abuse (the agent-verb-victim rule is in _detector) -----------------------------
    Co("physical_abuse.en.bruises_by_adult", K.PHYSICAL_ABUSE,
       ("@BRUISE", "@ADULT", "@VIOLENT|did|do|does|done|made|punish|punished|punishment|angry|"
        "mad|drunk|temper|grab|grabbed|grabs|shake|shook|shaken|squeeze|squeezed|twist|"
        "twisted|yank|yanked|finger|fingers|shaped|handprint|grip"),
       window=15, sentence=False,
       unless_near="spar spars referee referees gloves headgear car baseball softball footy "
                   "football tackle @ACCIDENT dodgeball rugby match "
                   "game boxing sparring "
                   "@MEDICAL blood "
                   "hemophilia haemophilia "  # round 56: a boy who bruises easily
                   "vault gymnastics training "  # round 57: pole vault
                   "test class grappling self-defence self-defense judo karate "
                   "instructor wrestling mat cricket hockey ball aid"),  # rounds 20, 21,
       # 27: a blood test's bruise, a class's; round 47: wrestling's mat burns; round 74: a
       # cricket ball's black eye, and first aid
    Co("physical_abuse.ru.bruises_by_adult", K.PHYSICAL_ABUSE,
       ("@BRUISE", "@ADULT", "@VIOLENT|сделать|наказать|наказывать|наказание"),
       window=15, sentence=False,
       # round 16: judo or wrestling bruises that grandma took for a beating
       unless_near="горка упасть танец растянуть связка @ACCIDENT дзюдо самбо борьба бокс "
                   "карате татами "
                   "соревнование тренировка "
                   "драка подраться "  # round 35: a first fight at school
                   "хна =тату татуировка "  # round 37: henna taken for bruises
                   "извиниться лопатка песочница"),  # round 44: a boy's spade, carers sorry
    Co("sexual_abuse.en.secret_game", K.SEXUAL_ABUSE,
       ("@SECRETGAME", "@ADULT|@AGENT|@STRANGER", "@UNDRESS|@TOUCH|@SEXPART|@KISS|=tell|"
        "@NOBODY|naked|pants|clothes|bed|sexual|sex|sexy|underwear|lap"), window=15,
       sentence=False, unless_near="hide hiding sock socks sweet sweets candy handshake spy "
                                   "spies treasure surprise present"),
    Co("sexual_abuse.en.bathroom_intrusion", K.SEXUAL_ABUSE,
       ("come|comes|came|walk|walks|watch|watches|watched|peek|peeks|peeked|spy|spies",
        "bathroom|shower|changing", "@ADULT|@STRANGER", "shower|showering|bath|bathing|changing|"
        "undress|undressing|naked|washing|toilet"), window=12,
       unless_near="@MEDICAL toddler baby nappy help helps helped"),
    Co("sexual_abuse.en.into_shower", K.SEXUAL_ABUSE,
       ("come|comes|came|get|gets|got|join|joins|joined", "shower|showers", "@ADULT"), window=8,
       unless_near="@MEDICAL toddler baby help helps helped"),
    Co("sexual_abuse.ru.into_shower", K.SEXUAL_ABUSE,
       ("заходить|зайти|входить|войти|залезать|залезть", "душ", "@ADULT"), window=8,
       unless_near="малыш помогать помочь"),
    Co("sexual_abuse.ru.bathroom_intrusion", K.SEXUAL_ABUSE,
       ("заходить|зайти|входить|войти|подглядывать|смотреть|заглядывать", "ванная|душ|ванна|"
        "туалет|раздевалка", "@ADULT|@STRANGER", "мыться|помыться|раздеваться|переодеваться|"
        "купаться|голый"), window=12, unless_near="@MEDICAL малыш помогать помочь"),
    Co("physical_abuse.en.bruises_fear", K.PHYSICAL_ABUSE,
       ("@BRUISE", "afraid|scared|terrified|frightened|flinch|flinches|flinched",
        "@HOMEADULT"), window=12, sentence=False),
    Co("physical_abuse.ru.bruises_fear", K.PHYSICAL_ABUSE,
       ("@BRUISE", "бояться|вздрагивать|шарахаться", "@HOMEADULT"), window=12, sentence=False),
    Co("sexual_abuse.en.touch_leg_alone", K.SEXUAL_ABUSE,
       ("@TOUCH", "leg|legs|thigh|thighs|knee", "car|lift|lifts|drive|drives|alone|@SECRET|night|"
        "bed", "@ADULT|@STRANGER"), window=14, sentence=False, unless_near="@MEDICAL"),
    Co("sexual_abuse.ru.touch_leg_alone", K.SEXUAL_ABUSE,
       ("@TOUCH", "нога|бедро|колено", "машина|подвозить|подвезти|наедине|@SECRET|ночь|кровать",
        "@ADULT|@STRANGER"), window=14, sentence=False, unless_near="@MEDICAL"),
    Co("sexual_abuse.ru.forced_indecent", K.SEXUAL_ABUSE,
       ("заставлять|заставить|принуждать|принудить", "непристойный|неприличный|интимный|"
        "сексуальный|пошлый|развратный"), window=8),
    Co("sexual_abuse.en.lap", K.SEXUAL_ABUSE,
       ("lap", "@ADULT|@AGENT|@STRANGER", "@SECRET|alone|@NOBODY|nobody|kiss|=angry"),
       window=16, sentence=False),  # round 52: "sit on his lap and kiss him", "you'd be angry"
    Co("sexual_abuse.ru.lap", K.SEXUAL_ABUSE,
       ("колено", "@ADULT|@STRANGER", "@SECRET|наедине|никто|звать|позвать|приглашать|"
        "пригласить"), window=16, sentence=False),
    Co("sexual_abuse.en.made_watch_porn", K.SEXUAL_ABUSE,
       ("watch|look", "@PORN", "@ADULT|@AGENT|@STRANGER", "@MAKE|let|lets"), window=10),
    Co("online_exploitation.en.flattery_at_night", K.ONLINE_EXPLOITATION,
       ("message|messages|messaging|text|texts|texting|dm|dms|chat|whatsapp|snapchat",
        "@ADULT|@STRANGER", "beautiful|pretty|gorgeous|sexy|hot|mature|special",
        "night|late|@SECRET|alone|midnight"), window=15, sentence=False),
    Co("online_exploitation.ru.flattery_at_night", K.ONLINE_EXPLOITATION,
       ("писать|переписываться|сообщение", "@ADULT|@STRANGER", "красивый|красавица|особенный|"
        "взрослый|сексуальный", "ночь|ночью|поздно|@SECRET|наедине"), window=15,
       sentence=False),
    Co("online_exploitation.en.secret_boyfriend", K.ONLINE_EXPLOITATION,
       ("secret|secretly|@SECRET", "boyfriend|girlfriend|bf|gf|lover", "@ONLINE|older|man|"
        "adult"), window=12, sentence=False),
    Co("physical_abuse.en.implement", K.PHYSICAL_ABUSE,
       ("belt|cane|wire|cable|whip|strap|hanger|stick|slipper|rod", "@ADULT",
        "@VIOLENT|use|uses|used|using|smack|smacks|smacked|spank|spanks|spanked|threaten|"
        "threatens|threatened"), window=10,
       unless_near="@MYCHILDHOOD @ACCIDENT ball kite trousers jeans pants hold wear wears "
                   "wearing buckle buy bought new"),
    Co("physical_abuse.en.choke", K.PHYSICAL_ABUSE,
       ("choke|chokes|choked|strangle|strangles|strangled|throttle|throttled|@CHOKE", "@ADULT",
        "@VICTIM|@POSS|@CHILDN"), window=8,
       unless_near="=could ex ex-wife exwife ex-husband cracked laughed if forgot forgets on "
                   "food grape grapes sweet sweets candy "
                   "laugh laughing water drink cough "
                   "game challenge @MYCHILDHOOD"),
    Co("physical_abuse.ru.implement", K.PHYSICAL_ABUSE,
       ("ремень|провод|шнур|палка|скакалка|тапка|розга|прут|вешалка|ложка|линейка",  # 32
        "@ADULT|свекровь|теща|свекор|тесть",
        "@VIOLENT|наказывать|наказать|хлестать|отхлестать|стегать|пороть|шлепать|шлепнуть|"
        "угрожать"), window=10, unless_near="@MYCHILDHOOD"),
    # -- online exploitation -------------------------------------------------------------------
    # grooming: an adult's messages the child must delete or keep secret [NSPCC-G]
    Co("online_exploitation.en.secret_messages", K.ONLINE_EXPLOITATION,
       ("message|messages|text|texts|texting|dm|dms|chat|chats|snapchat|snap", "delete|deleted|"
        "deleting|@SECRET", "@ADULT|@STRANGER"), window=12, sentence=False,
       unless_near="surprise party birthday present gift showed turned blocked"),  # round 46
    Co("online_exploitation.ru.secret_messages", K.ONLINE_EXPLOITATION,
       ("сообщение|переписка|смс|писать|переписываться", "удалять|удалить|@SECRET",
        "@ADULT|@STRANGER"), window=12, sentence=False,
       unless_near="сюрприз подарок праздник папа мама бабушка дедушка"),  # round 56
    Co("online_exploitation.en.photos_secret", K.ONLINE_EXPLOITATION,
       ("@IMAGE", "@ASK|send|sent|sending", "@SECRET|delete|deleted|body|bedroom|alone"),
       window=12, unless_near="@MEDICAL surprise present gift party birthday album braces "
                              "embarrassed"),  # rounds 27, 49: old photos, braces
    Co("online_exploitation.en.blackmail_images", K.ONLINE_EXPLOITATION,
       ("@BLACKMAIL", "@IMAGE|@NUDE|nudes"), window=12, sentence=False),
    Co("online_exploitation.en.shared_nudes", K.ONLINE_EXPLOITATION,
       ("@PUBLISH", "@NUDE|nudes|@SEXPART|@PORN"), window=8,
       unless_near="wants holiday beach swimsuit swimsuits vacation gym selfie selfies "
                   "@TODDLER baby family whatsapp bath pajamas pyjamas movie sweet"),  # round
    # 53: a toddler's bath photos; round 61: the girls in their pyjamas at a sleepover
    # rounds 19, 25, 28; round 45: gym selfies (not "private", which a first try tried: it
    # cancelled "private parts" too)
    Co("online_exploitation.en.post_unless", K.ONLINE_EXPLOITATION,
       ("post|share|leak|send|publish|expose", "@IMAGE|@NUDE|them|it", "unless|money|pay|"
        "paid|dollars|pounds|more|or"), window=10, sentence=False,
       unless_near="baking harmless puppy puppies dog dogs cat cats kitten holiday trip camp "
                   "meme memes "
                   "dance dancing public private account"),  # round 42: dance videos
    Co("online_exploitation.en.request_nude", K.ONLINE_EXPLOITATION,
       ("@ASK", "@NUDE|@UNDRESS", "@IMAGE|@ONLINE|camera|call|send"), window=12,
       # round 26: her own holiday photo she wants to post; round 27: one in the family album
       unless_sentence="beach =post album grandma granny grandpa grandparents holiday holidays "
                       "vacation"),  # round 63: a swimsuit selfie for grandma, holiday photos
    Co("online_exploitation.en.nudes", K.ONLINE_EXPLOITATION,
       ("nudes|=nudes|sexting|sext", "@ASK|sent|send|sending|@BLACKMAIL|@ONLINE"), window=10,
       unless_near="@ASKMEAN talk proactive explain"),  # round 35: what "nudes" are, asked;
    # round 47: how to talk about sexting
    Co("online_exploitation.en.meet_secret", K.ONLINE_EXPLOITATION,
       ("meet|meeting|meetup|visit", "@ONLINE", "@SECRET|@STRANGER|@ADULT|#num|older|age|"
        "secretly|sneak|sneaked|snuck"), window=15,
       sentence=False, unless_near="gymnastics private comment comments swim track spoken "
                                   "chaperone supervised both cousin aunt uncle "
                                   "grandma family convention conventions expo =moms =mums "
                                   "birth caseworker =sister =brother",
       # rounds 22, 24: the mums, a cousin; round 54: friends of his age met at a convention
       unless_sentence="cafe café =drove"),  # round 27: we drove him and met them at a cafe
    Co("online_exploitation.en.stranger_photos", K.ONLINE_EXPLOITATION,
       ("@STRANGER", "@ONLINE", "@ASK", "@IMAGE"), window=16,
       unless_near="teaching teach taught scripts cat dog pet forum safety never means meaning "
                   "blocked "
                   "reported talk danger "
                   "resources"),  # 15,
    # 24, 41, 50: a stranger-danger talk
    Co("online_exploitation.ru.blackmail_images", K.ONLINE_EXPLOITATION,
       ("@BLACKMAIL", "@IMAGE|@NUDE|переписка"), window=12, sentence=False, unless_near="лекция "
                                                                                        "урок "
                                                                                        "объяснять"),
    Co("online_exploitation.ru.request_nude", K.ONLINE_EXPLOITATION,
       ("@ASK", "@NUDE|@UNDRESS", "@IMAGE|@ONLINE"), window=12,
       unless_near="бассейн купальник пляж"),  # round 24: a swimsuit photo from the pool
    Co("online_exploitation.ru.shared_nudes", K.ONLINE_EXPLOITATION,
       ("@PUBLISH", "@NUDE|@SEXPART|@PORN"), window=8,
       unless_near="купальник море пляж бассейн"),  # round 25: a swimsuit photo from the sea
    Co("online_exploitation.ru.publish_unless", K.ONLINE_EXPLOITATION,
       ("выложить|опубликовать|разослать|слить|отправить|показать", "@IMAGE|@NUDE",
        "если|деньга|заплатить|еще"), window=10, sentence=False,
       unless_near="объяснить объяснять детский смешной старый школьный @DIE утренник праздник "
                   "выпускной "
                   "@KILLV"),  # round 59: «выложишь — ты меня убьёшь», of a bunny costume
    Co("online_exploitation.ru.meet_secret", K.ONLINE_EXPLOITATION,
       ("встретиться|встреча|встречаться|приехать|прийти|звать|позвать", "@ONLINE",
        "@SECRET|@STRANGER|взрослый|тайком|тайно|втайне|скрывать|скрыть"), window=15,
       sentence=False,  # round 48: «и скрывала это от нас»
       # round 30: a lesson on internet safety; round 31: the stranger she blocked herself;
       # round 37: a cousin's prank
       unless_near="спарринг тренер шахматы рейтинг урок безопасность заблокировать двоюродный "
                   "разыграть "
                   "розыгрыш =обж лекция"),
    Co("online_exploitation.ru.stranger_photos", K.ONLINE_EXPLOITATION,
       ("@STRANGER", "@ONLINE", "@ASK", "@IMAGE"), window=16,
       unless_near="если блок блокировать учить лекция урок безопасность учитель памятка"),
       # round 49: a safety
    # lecture; round 62: a school's leaflet
    # -- incitement ------------------------------------------------------------------------------
    Co("incitement.ru.told_to_die", K.INCITEMENT,
       ("@SPEECH", "он+#datv|она+#datv|сын+#datv|дочь+#datv|дочка+#datv|ребенок+#datv",
        "чтобы|чтоб|бы", "@SUICIDEV|@DIE|@METHODV|покончить"), window=8,
       unless_near="хотеться помпа поругаться ссора выражение"),  # round 21: «без помпы я бы
    # сдохла»; round 53: a sister's shout in a quarrel
    # -- acute danger ----------------------------------------------------------------------------
    Co("acute_danger.en.run_away_now", K.ACUTE_DANGER, ("@RUNAWAY", "@NOW|@WHEN"), window=10,
       # round 12: a toddler climbing out of his cot at night; round 14: "ran away" to the
       # treehouse or the tent at the end of the garden
       unless_near="lol read book caught lunchbox party came ikea giggling crib cot treehouse "
                   "fort den tent "
                   "playhouse "
                   "backyard garden yard "
                   "hallway snack snacks grandma grandma's granny nana "  # round 15: play
                   "coast weekend driving porch "  # round 23: "run away" to the coast,
                   # driven; round 27: to the neighbour's porch; round 34: in a supermarket;
                   # round 36: to the end of the driveway, over a dessert
                   "supermarket aisle driveway dessert "
                   "drill drills practice practise playing teddy couch "
                   "orphans pretend pretending cute gig concert",  # round 54: "runaway
                   # orphans"; round 82: "running away" to a gig; round 41:
                   # practising climbing out; round 42: a game of running away
                   # after a fire drill
       unless_sentence="telescope stargazing"),  # round 31: out at night with his telescope
    Co("acute_danger.en.gone_unreachable", K.ACUTE_DANGER,
       ("@GONE|@RUNAWAY|left|disappeared", "@UNREACHABLE"), window=15, sentence=False,
       unless_near="team grandma grandmas granny"),  # round 85: an old note, "if they don't
    # pick me for the team I will run away to grandma's"
    Co("acute_danger.en.out_unreachable", K.ACUTE_DANGER,
       ("@OUT", "@UNREACHABLE", "night|#clock|=pm|midnight|hours|@GONE|since"), window=15,
       sentence=False),
    Co("acute_danger.ru.left_not_back", K.ACUTE_DANGER,
       ("уйти+#past|уходить|сбежать|записка|ночью|ночь", "@NOTBACK"), window=10,
       sentence=False, unless_near="волнение право до к вечер обед кружок секция тренировка"),
    Co("acute_danger.en.gone_with_stranger", K.ACUTE_DANGER,
       ("disappear|disappeared|vanish|vanished|gone|=left|=ran|=run", "man|adult|older|stranger|"
        "@STRANGER", "@ONLINE"), window=12, sentence=False,
       unless_near="crime convinced escape room @MEDICAL gp clinic rash dads mums parents "
                   "settings privacy letter"),  # round 83: a school's letter, settings checked
    # round 23: photos sent
    # to the GP; round 62: a game friend met in the park, both dads there
    Co("acute_danger.ru.gone_with_stranger", K.ACUTE_DANGER,
       ("исчезнуть|пропасть|уйти|уехать|сбежать", "мужчина|взрослый|незнакомец|@STRANGER",
        "@ONLINE"), window=12, sentence=False),
    Co("acute_danger.en.at_strangers", K.ACUTE_DANGER,
       ("stranger|strangers", "flat|house|place|address", "yesterday|since|night|"
        "@NEG"), window=12, sentence=False),
    Co("acute_danger.ru.at_strangers", K.ACUTE_DANGER,
       ("незнакомый|незнакомец", "адрес|квартира|дом", "вчера|ночь|@NEG"), window=12,
       sentence=False, unless_near="урок безопасность @NEWS безопасность"),
       # round 19: a lesson on safety
    Co("acute_danger.en.find_me", K.ACUTE_DANGER,
       ("@FINDME", "@PLACE|@HIGH|location|railway|tracks|sea|beach|goodbye|sorry"), window=15,
       sentence=False),
    Co("acute_danger.en.gone_late", K.ACUTE_DANGER,  # round 14: the hour, not "I'm"'s "am"
       ("@GONE", "=pm|#clock|midnight|dark|clock|police"), window=15, sentence=False,
       unless_near="minute minutes hide seek game"),
    Co("acute_danger.en.unreachable_days", K.ACUTE_DANGER, ("@UNREACHABLE", "day|days"),
       window=6, unless_near="all summer friend friends"),
    Co("acute_danger.ru.unreachable_days", K.ACUTE_DANGER, ("@UNREACHABLE", "день|сутки"),
       window=6),
    Co("acute_danger.ru.ran_off_with", K.ACUTE_DANGER,
       ("сбежать|убежать", "интернет|@ONLINE|парень|мужчина|взрослый|ночь|ночью"), window=8,
       unless_near=_PETS_RU, unless_sentence="поймать"),  # round 53: the cat ran off; round
    # 83: children at camp who wanted to, caught by the counsellors
    Co("acute_danger.en.drank_bleach", K.ACUTE_DANGER,
       ("bleach|antifreeze|detergent|weedkiller", "vomiting|drank|drinking|swallowed|hospital|"
        "ambulance|=drunk"), window=10, sentence=False, unless_near="safety lesson"),
    Co("acute_danger.en.gone_whereabouts", K.ACUTE_DANGER,
       ("@RUNAWAY|=ran|=left|disappeared|vanished", "@GONE"), window=15, sentence=False,
       unless_near="@ACCIDENT pet hamster rabbit bird live mermaid discharged ward scans",
       # round 18: "to live"; round 82: discharged from hospital, "never coming back"
       unless_sentence="joked joke joking discharged"),  # round 27: a joke about Antarctica
    Co("acute_danger.en.weapon", K.ACUTE_DANGER, ("@WEAPON", "@WEAPONCTX"), window=8,
       unless_near="paper essay control collection skills heard reassure routine questionnaire "
                   "form disarming @TOY "
                   "range trip "
                   "lesson "
                   "cardboard craft crafts "  # round 74: a Stanley knife on cardboard
                   "lessons "
                   "teaching whittling whittle scout policy @WEAPONRULE "
                   "scouts carving chef commis cook cooking forged forge licensed "
                   "hunter sharpening @TODDLER culinary team "  # rounds 20, 22, 32, 34: a
                   # chef, a toddler, a culinary class, a school's rifle team
                   "hike hiking camping поход firewood packing drawer drawers deer krav maga "
                   "finger robbers bb glue pellet "  # round 56: a finger gun in cops and
                   # robbers; round 63: a bb gun, a glue gun
                   "self-defence self-defense "  # round 31: a
                   # typed in Latin; round 40: a hatchet on a packing list
                   "pocket penknife =should food fork adapted",  # round 82: a knife to cut
                   # food one-handed; round 39: a cut whittling with a pocket
                   # knife, "should I take the knife away?"
       unless_sentence="=handed @GAMEW =news"),  # a game's knife; round 30: the news
    Co("acute_danger.en.locked_in_silent", K.ACUTE_DANGER,
       ("@LOCK|shut", "@DANGERROOM", "@SILENT"), window=20, sentence=False,  # round 25: 12
       # round 22: "he answers when I knock" is no silence
       unless_near="humming hum music jammed janitor stuck makeup @MAKEUP hair shower bath "
                   "music phone =answers "
                   "=replies came accident "  # round 81: "won't make a sound" is silence;
                   # a two-year-old's scare
                   "popped coin childproof @TODDLER " + _PRIVATE_FUN_EN),  # round 29: by accident
    Co("acute_danger.en.not_eating_days", K.ACUTE_DANGER,
       ("@NEGEAT", "@EAT", "@DAYS"), window=10,  # round 18: "refused all food and even water"
       unless_near="@FOOD first next fast ramadan iftar lent during",  # round 39: a fast
       unless_sentence="norovirus vomiting test blood fasting "  # round 64; round 85: before a
       # medical test
                       "@EATSOTHER @MEDICAL mono flu virus bug properly @GAMEW fortnite picky "
                       "yogurt tonsillectomy surgery operation @NEWBRACES chemo chemotherapy "
                       "oncologist"),  # 23, 24, 25, 58; round 61: new braces; round 82: chemo

    Co("acute_danger.ru.run_away_now", K.ACUTE_DANGER, ("@RUNAWAY", "@NOW|@WHEN|ночью"),
       window=10, unless_near="печенье понарошку шалаш игрушка играть кукла машинка купить "
                              "ужин возвращаться печенька хогвартс палочка кот кошка собака пес "
                              "хомяк"),  # rounds 48, 49, 53
       # rounds 23, 28, 30: biscuits packed; toys; round 39: «если не купим собаку»
    Co("acute_danger.ru.gone_unreachable", K.ACUTE_DANGER,
       ("@GONE|@RUNAWAY|уйти|пропасть|исчезнуть", "@UNREACHABLE|@GONE"), window=15,
       sentence=False, unless_near="разрядиться прийти оказаться друг подруга бабушка"),
       # round 21: gone to a friend's
    Co("acute_danger.ru.weapon", K.ACUTE_DANGER, ("@WEAPON", "@WEAPONCTX"), window=8,
       unless_near="расческа эрготерапевт овощ миссия хитман просить попросить выпрашивать "
                   "клянчить "
       # round 72: asks to buy one
                   "поход складной канцелярский технология мид нуб контра мем @TOY охота "
                   "охотиться тир повар "
                   "набор водный зомби "
                   "пластилин военный "
                   "классный поход старый армейский пластмассовый войнушка лес "  # rounds 20
                   "туристический кружок =обж урок учение бояться гараж @NEWS "
                   "учебный тревога",  # round 56: a school's drill; rounds 20, 22, 23, 25,
                   # 27, 49 (the news);
                   # 28, 35: a bayonet, a hike, a plastic knife, found in the woods, a hiking
                   # club's; round 39: a safety lesson's "man with a knife"; round 48: a
                   # hunting knife in the father's garage
       unless_sentence="отдать сдать @GAMEW"),  # a game's knife
    Co("acute_danger.ru.locked_in_silent", K.ACUTE_DANGER,
       ("@LOCK", "@DANGERROOM", "@SILENT"), window=10, sentence=False,
       unless_near="краситься косметика макияж мыться купаться музыка подкаст пена "
                   "шоколадка конфета смеяться пространство " +  # rounds 29, 36: a stolen
                   # chocolate; «личное пространство»
                   _PRIVATE_FUN_RU,  # round 25: podcasts in the bath
       unless_sentence="красить наушник напевать петь музыка"),  # rounds 19, 21: he hums;
    # round 46: he sings, the music plays
    Co("acute_danger.ru.not_eating_days", K.ACUTE_DANGER,
       ("@NEGEAT", "@EAT", "@DAYS"), window=6,
       unless_near="отравиться рвать праздник торт чипсы @FOOD первый кроме прикорм грудь пост "
                   "рамадан ураза "
                   "забывать",  # round
       # 38: a baby's solids; round 46: a fast; "not forget to take them every day"
       unless_sentence="доширак поход забыть @EATSOTHER @MEDICAL операция аппендицит "
                       "температура горло "
                       "ангина "
                       "болеть заболеть пост рамадан ураза химия химиотерапия онколог"),
    # round 23: after surgery; round 39: a fever; round 47: a fast; round 82: chemotherapy
    # on a roof, a bridge or a ledge and not coming down, not answering, crying, saying goodbye
    Co("acute_danger.en.on_high", K.ACUTE_DANGER,
       ("roof|rooftop|parapet|ledge|=railing|=railings|bridge|overpass|cliff",
        "@SILENT|@UNREACHABLE|@JUMP|refuse|refuses|refusing|@WONT|goodbye|crying|threaten|"
        "threatening|threatens|edge|outside|over|dangling|legs|feet|tracks|railway|below|drop|"
        "=now|scream|screaming|screams|yelling|shouting",
        "stand|standing|stood|sit|sitting|sat|climb|climbed|climbing|be|on|onto|up"),
       window=14, unless_near="lake river friends camp @FEARHIGH drive driving drove cross "
                              "crossing =trains parkour "
                              "terabithia @NEWS ocean vacation "
                              "trampoline pretending spider-man spiderman cartoon "  # 19, 22, 73
                              "ball kite frisbee fix fixing repair repairing gutter gutters "
                              "cat drone antenna aerial fish fishing fished picnic view sunset "
                              "star stars meteor photo photos =helping =helps solar panel football "
                              "frisbee ladder "
                              "panels chimney pool bungee "  # round 26: off the roof into the
                              # pool; round 37: a bungee jump
                              "couch sofa "  # round 32: a toddler's cliff off the couch
                              "shed sprained sprain",  # round 33: off the shed on a dare
       # round 19: a story's cliff
       unless_sentence=_JUMP_SPORT_EN + " @FICTION writing story poem essay"),
    Co("acute_danger.ru.on_high", K.ACUTE_DANGER,
       ("крыша|парапет|перила|карниз|мост|обрыв|край",
        "@SILENT|@UNREACHABLE|@JUMP|плакать|прощаться|попрощаться|угрожать|грозиться|"
        "отказываться|край|свесить|спускаться|слезать|спуститься|слезть|страшно|страх|"
        "бояться|сейчас|кричать|орать",
        "стоять|сидеть|залезть|забраться|вылезти|находиться|на"), window=10,
       unless_near="@FEARHIGH мяч кот кошка антенна ремонт чинить дача звезда фото "
                   "спор сломать гараж фильм каскадер",  # round 33: off the garage roof
                   # on a bet; round 62: a film's stunt
       unless_sentence=_JUMP_SPORT_RU),
    Co("acute_danger.en.school_shooting", K.ACUTE_DANGER,
       ("school", "=shooting|=shooter|=shooters", "@INTENTW|@WANT|@THINK|threaten|threatened|"
        "list|plan"), window=8, unless_near="news talk @NEWS heard explain"),  # round 35: explained
    Co("acute_danger.ru.missing", K.ACUTE_DANGER,
       ("пропасть+#past", "сын|дочь|дочка|ребенок|он|она"), window=3,
       # round 12: lost in hide-and-seek, found in the game; round 15: appetite or sleep gone
       unless_sentence="прятки аппетит сон интерес желание голос район бояться"),  # round 45:
    # a boy missing in the district, and a son now afraid
    # -- round 2: plans by time and place, method questions, preparation, grooming, danger --
    Co("suicidal_plan.en.planned_method_time", K.SUICIDAL_PLAN,
       ("@DECIDED|note|notes|plan|planned|list|written|wrote", "@PILLS|@WEAPON|rope|noose|"
        "tracks|railway|roof|rooftop|bridge|cliff|attic|ledge", "@WHEN|night|dark|after|date"),
       window=15,
       sentence=False, unless_near="trip picnic walk visit lunch view ride holiday party "
                                   "sightseeing"),
    Co("suicidal_plan.ru.planned_method_time", K.SUICIDAL_PLAN,
       ("@DECIDED|заметка|записка|план|список", "@PILLS|@WEAPON|веревка|петля|рельс|крыша|"
        "мост|чердак|обрыв|высотка|многоэтажка", "@WHEN|ночью|после"), window=15,
       sentence=False, unless_near="приступ судорога эпилепсия прогулка пикник поездка "
                                   "экскурсия обед праздник"),
    Co("suicidal_plan.ru.tracks_when", K.SUICIDAL_PLAN,
       ("рельс|путь", "пойти+#futr|лечь+#futr|прийти+#futr", "@WHEN"), window=10),
    Co("suicidal_plan.en.use_gun_when", K.SUICIDAL_PLAN,
       ("use|take|get|grab", "@WEAPON", "@WHEN|when|away|out|asleep|gone"), window=8,
       sentence=False, unless_near="@TOY hunting range lesson lessons club garden flowers drawer "
                                   "drawers "
                                   "roses bread cake fruit vegetables whittling whittle "
                                   "scout scouts carving should fish fishing fillet camping "
                                   "cooking stitches finger"),  # round 16: a pocket knife
    # when they fish; round 45: a whittling cut
    Co("suicidal_plan.ru.take_gun_when", K.SUICIDAL_PLAN,
       ("взять+#futr|использовать|достать+#futr", "@WEAPON", "когда|уехать|уйти|спать|ночью"),
       window=8, sentence=False, unless_near="@TOY охота тир"),
    Co("suicidal_method.en.blade_to_wrists", K.SUICIDAL_METHOD,
       ("@WEAPON|razor|blade", "wrist|wrists|vein|veins|throat", "@THINK|@WANT|end|ending|@DIE"),
       window=10, escalate=METHOD),
    Co("sexual_abuse.en.adult_shows_porn", K.SEXUAL_ABUSE,
       ("@ADULT|@AGENT|@STRANGER", "@PORN", "watch|show|invite|invites|come|money"), window=24,
       sentence=False,
       unless_near="education lesson documentary addiction"),  # round 22: "funny videos"
    Co("sexual_abuse.ru.adult_shows_porn", K.SEXUAL_ABUSE,
       ("@ADULT|@AGENT|@STRANGER", "@PORN", "смотреть|показывать|показать|звать|позвать|"
        "приглашать|деньга"), window=12, sentence=False),
    Co("suicidal_method.ru.pills_not_wake", K.SUICIDAL_METHOD,
       ("сколько|какой", "@PILLS|доза", "проснуться|@DIE|смертельный|насмерть|навсегда|"
        "летальный|отравиться"), window=10),
    Co("suicidal_method.en.pills_not_wake", K.SUICIDAL_METHOD,
       ("how|what|which", "@PILLS|dose|dosage|overdose", "wake|@DIE|lethal|fatal|deadly|"
        "forever|kill"), window=10),
    Co("suicidal_method.en.how_long_bleed", K.SUICIDAL_METHOD,
       ("how|what|which|whether", "bleed|survive|drown|hang|suffocate|lethal|fatal"),
       window=6, unless_near="@NEWS cut finger nose people titanic passengers ship war "
                             "without knee knees scraped graze grazed pads plaster little "
                             "shave shaving chin nick nicked mosquito bite itch scratching "
                             "scratched",  # round 47: a shaving nick; 57: a bite
       unless_sentence="titanic documentary"),  # round 58: after a documentary
    Co("suicidal_method.ru.floor_to_jump", K.SUICIDAL_METHOD,
       ("какой|сколько|с", "этаж|высота|мост", "@JUMP|точно|насмерть|разбиться|выжить"),
       window=6, unless_near="салют вид нырять речка река купаться мосток",  # round 19
       unless_sentence=_JUMP_SPORT_RU + " @NEWS @FICTION машинка игрушка вдребезги телефон"),
    # round 29: a film's heroine; round 53: a toy car fallen from the third floor
    Co("suicidal_behaviour.ru.note_dont_blame", K.SUICIDAL_BEHAVIOUR,
       ("@NOTE|записка|письмо", "@NOBLAME|@NOFAULT", "любить|простить|прощать|"
        "прощение"), window=20, sentence=False),
    Co("suicidal_behaviour.en.note_dont_blame", K.SUICIDAL_BEHAVIOUR,
       ("@NOTE|letter|note", "@NOBLAME|@NOFAULT", "love|sorry|forgive|goodbye|bye"),
       window=20, sentence=False),
    Co("suicidal_behaviour.en.hoarding_pills", K.SUICIDAL_BEHAVIOUR,
       ("hide|hiding|stash|stashing|stockpile|stockpiling|hoard|hoarding|save|saving|collect|"
        "collecting|sock|socks|mattress|pillowcase|shoebox|taped",  # round 14: hiding places
        "@PILLS", "#num|@QUANT|@NUMW|dozen|dozens|lot|box|drawer|stockpil"),
       window=15, sentence=False,
       unless_near="vitamin vitamins sweets candy allergy daily prescribed antibiotics "
                   "antibiotic binned expired"),  # round 82: old antibiotics, binned
    Co("suicidal_behaviour.ru.hoarding_pills", K.SUICIDAL_BEHAVIOUR,
       ("прятать|спрятать|копить|накопить|собирать|запас|тайник|припрятать|складывать|"
        "откладывать|запасать", "@PILLS",
        "#num|@QUANT|@NUMW|штука|десяток|сорок|тридцать|двадцать|пятьдесят|копить|накопить|"
        "шкаф|матрас|коробка|коробочка|пакет|тайник"), window=15, sentence=False,
       unless_near="витамин конфета сироп памперс куда "  # round 24: a toddler's syrup
                   "малыш малышка @TODDLER рассыпать "  # round 32: pills a toddler spilt,
                   "щека выплевывать выплюнуть кашель "  # a pill kept in a cheek;
                   "игрушка"),  # round 63: a five-year-old's hiding place among his toys
    Co("suicidal_behaviour.en.letters_to_open", K.SUICIDAL_BEHAVIOUR,
       ("letter|letters", "open|read", "next|after|when|later"), window=12,
       unless_near="@LEAVING birthday christmas"),
    Co("suicidal_thoughts.en.thinks_doing_it", K.SUICIDAL_THOUGHTS,
       ("@THINKABOUT", "=doing|=do", "@KILLV|@SUICIDE|@DIE|@DEAD|@METHOD"),
       window=25, sentence=False, unless_near="grandma grandpa granny funeral hair tattoo "
                                              "piercing vitamin vitamins gummy "
                                              "gummies sweet sweets candy documentary "
                                              "climate"),  # round 15: "all going to die"
    Co("suicidal_thoughts.ru.thinks_doing_it", K.SUICIDAL_THOUGHTS,
       ("думать|задумываться", "это|сделать", "@SUICIDE|@SUICIDEV|@KILLV|покончить|@METHODV"),
       window=25, sentence=False,
       unless_near="сериал фильм войнушка @IDIOMTAIL @FICTION книга идея раскольников зомби "
                   "игра"),  # round 82: killing zombies in a game, "is that OK at 11"
       # round 17: «убить тебя
    # мало»; round 54: whether one may kill for an idea, after Dostoevsky
    Co("incitement.ru.they_said_better_die", K.INCITEMENT,
       ("@SPEECH+#plur|снять+#plur|выложить+#plur|тикток|видео|пост|комментарий|коммент",
        "он+#datv|она+#datv", "лучше|хороший|надо|стоить|пора|следовать",
        "@DIE|@SUICIDEV|@METHODV|@JUMP"), window=10,
       unless_near="бассейн вода речка река море батут снег сугроб"),
    Co("online_exploitation.en.gifts_for_pictures", K.ONLINE_EXPLOITATION,
       ("@ONLINE", "@STRANGER|@ADULT|@AGENT", "robux|vbucks|=v-bucks|gems|skin|skins|gift|gifts|"
        "money|card|cards|coins|offer|offered|pay|paid|promise|promised",
        "@IMAGE|@NUDE|@UNDRESS|@SEXPART|meet|secret|@SECRET"), window=20, sentence=False,
       unless_near="friend's classmate cousin"),
    Co("online_exploitation.ru.gifts_for_pictures", K.ONLINE_EXPLOITATION,
       ("@ONLINE|роблокс|фортнайт", "@STRANGER|@ADULT|@AGENT|мужик|парень", "робукс|скин|"
        "деньга|подарок|подарить|дарить|предложить|предлагать|обещать|пообещать|заплатить|"
        "карта|донат|гем", "@IMAGE|@NUDE|@UNDRESS|@SEXPART|встретиться|встреча|@SECRET|"
        "трусы|купальник"), window=20, sentence=False,
       unless_near="одноклассник брат сестра папа мама бабушка дедушка"),  # round 56: dad's
    Co("online_exploitation.en.meet_alone_secret", K.ONLINE_EXPLOITATION,
       ("@ONLINE", "meet|meeting", "alone|delete|deleted|@SECRET|@ALONE|address"), window=20,
       sentence=False, unless_near="classmate cousin"),
    Co("online_exploitation.ru.meet_alone_secret", K.ONLINE_EXPLOITATION,
       ("@ONLINE", "встретиться|встреча|встречаться", "один|удалить|@SECRET|"
        "адрес"), window=20, sentence=False, unless_near="одноклассник"),
    Co("online_exploitation.en.undress_online", K.ONLINE_EXPLOITATION,
       ("@ONLINE|camera|webcam|cam", "@UNDRESS", "@STRANGER|@ADULT|@AGENT|told|asked"),
       window=15, sentence=False, unless_near="@MEDICAL costume swimming"),
    Co("online_exploitation.ru.undress_online", K.ONLINE_EXPLOITATION,
       ("@ONLINE|камера|видеозвонок|звонок", "@UNDRESS|раздеться", "@STRANGER|@ADULT|@AGENT|"
        "просить|попросить|мужик|парень|@MAKE"), window=15, sentence=False,
       unless_near="@MEDICAL"),
    Co("sexual_abuse.en.undress_secret", K.SEXUAL_ABUSE, ("@UNDRESS|@SEXPART|@TOUCH",
       "@SECRET|secret"), window=20, sentence=False, neg=True,
       unless_near="fridge pantry @MEDICAL santa present nobody teach teaching talk book books"),
       # r. 43
    Co("sexual_abuse.ru.undress_secret", K.SEXUAL_ABUSE, ("@UNDRESS|@SEXPART|@TOUCH",
       "@SECRET|секрет"), window=20, sentence=False, neg=True, unless_near="@MEDICAL подарок"),
    Co("sexual_abuse.ru.invite_home_secret", K.SEXUAL_ABUSE,
       ("@ADULT", "звать|позвать|приглашать|пригласить|домой|квартира", "@SECRET"),
       window=15, sentence=False),
    Co("sexual_abuse.en.invite_home_secret", K.SEXUAL_ABUSE,
       ("@ADULT", "invite|invites|invited|home|house|flat|room", "@SECRET"),
       window=15, sentence=False, unless_near="puppy surprise surprise party present birthday "
                                              "game games"),
    Co("acute_danger.en.left_unreachable", K.ACUTE_DANGER,
       ("left|leave|storm|stormed|ran|run|walked|@RUNAWAY|@OUT", "@UNREACHABLE",
        "ago|hour|hours|night|midnight|since|dark|tonight|coat|jacket"), window=25,
       sentence=False, unless_near="probabl came back found summer holiday"),
    Co("acute_danger.ru.left_unreachable", K.ACUTE_DANGER,
       ("уйти|убежать|сбежать|выбежать|уехать|@RUNAWAY", "@UNREACHABLE",
        "назад|час|ночь|ночью|куртка|мороз|темно|подруга|друг"), window=25, sentence=False,
       unless_near="наверное найтись бабушка"),
    Co("acute_danger.en.weapon_threat_anyone", K.ACUTE_DANGER,
       ("@WEAPON|axe|hatchet|bat|hammer", "hurt|stab|kill|cut|threaten|threatening|"
        "threatens|attack", "anyone|anybody|everyone|everybody|us|me|her|him|them"),
       window=12, unless_near="tomato show @TOY laugh laughing joke joking kidding pumpkin @GAMEW "
                              "dinner cooking helping finger food rocker"),  # round 22: cut
    # helping cook; round 82: a rocker knife to cut his own food
    Co("acute_danger.ru.weapon_threat_anyone", K.ACUTE_DANGER,
       ("@WEAPON|топор|бита|молоток", "порезать|зарезать|убить|пырнуть|ударить|угрожать|"
        "грозить|напасть|покалечить", "любой|весь|все|кто|мы|я|она|он|они"), window=12,
       unless_near="палец разделочный отвлечься травмпункт мид нуб контра @TOY шутить смеяться "
                   "шутка зомби водный майнкрафт "  # round 20
                   "пластмассовый войнушка"),  # round 27: a plastic knife in a war game
    Co("death_wish.ru.vanish_not_feel", K.DEATH_WISH,
       ("исчезнуть|пропасть|уснуть|раствориться", "чувствовать"), window=5),
    Co("death_wish.en.vanish_not_feel", K.DEATH_WISH,
       ("disappear|vanish|sleep|fade", "feel", "@NEG|nothing|anything"), window=6),
    Co("suicidal_intent.en.all_over_soon", K.SUICIDAL_INTENT,
       ("burden|life|goodbye|alive|tired", "over", "soon|tonight|tomorrow|forever"),
       window=12, unless_near="exam exams test tests holiday school term"),
    Co("suicidal_method.en.die_jumping_from", K.SUICIDAL_METHOD,
       ("@DIE|dead|survive|kill|instantly", "jump|jumping|fall|falling", "floor|storey|roof|"
        "bridge|building|window|balcony|height"), window=10, unless_near="@GAMEW"),
    Co("suicidal_method.ru.die_jumping_from", K.SUICIDAL_METHOD,
       ("@DIE|разбиться|выжить|насмерть|сразу", "@JUMP|упасть", "этаж|крыша|мост|высота|окно|"
        "балкон"), window=10, unless_near="@GAMEW",
       unless_sentence="@NEWS @FICTION"),  # round 29: asked after a film
    Co("suicidal_behaviour.en.pulled_back", K.SUICIDAL_BEHAVIOUR,
       ("edge|platform|tracks|ledge|railing|railings|parapet|windowsill", "pulled|grabbed|"
        "stopped|held|dragged", "back|away|off|down"), window=15, sentence=False,
       unless_near="@ACCIDENT swim swimming pool"),
    Co("suicidal_behaviour.ru.pulled_back", K.SUICIDAL_BEHAVIOUR,
       ("край|платформа|рельс|подоконник|перила|парапет", "оттащить|схватить|удержать|"
        "остановить|снять|стащить"), window=12, sentence=False,
       unless_near="кот кошка котенок @TODDLER закрытый закрыть",
       # round 19: aged two; round 20: shut
       unless_sentence="@TODDLER"),  # round 39: «дочь 2 года ... полезла на подоконник»
    Co("acute_danger.en.car_with_stranger", K.ACUTE_DANGER,
       ("car|van", "@STRANGER|man|adult", "met|@ONLINE"), window=12, sentence=False,
       unless_near="talk chat never teach teaching"),  # round 68: a talk about strangers' cars
    Co("acute_danger.ru.car_with_stranger", K.ACUTE_DANGER,
       ("машина", "@STRANGER|мужчина|взрослый", "познакомиться|@ONLINE"), window=12,
       sentence=False, unless_near="урок безопасность нельзя"),
    Co("physical_abuse.en.locked_without_food", K.PHYSICAL_ABUSE,
       ("@ADULT", "lock|locks|locked", "@LOCKPLACE", "food|eat|meal|meals|water"), window=15,
       sentence=False),
    Co("physical_abuse.ru.locked_without_food", K.PHYSICAL_ABUSE,
       ("@ADULT", "@LOCKV", "@LOCKPLACE", "еда|есть|кормить|голодный|вода"), window=15,
       sentence=False),
    Co("death_wish.en.hit_by_car_fine", K.DEATH_WISH,
       ("hit|run|killed|die|dead", "car|bus|train|truck|lorry", "worst|fine|good|okay|ok|care|"
        "better|whatever"), window=10, unless_near="phone battery dog cat game"),
    Co("death_wish.ru.hit_by_car_fine", K.DEATH_WISH,
       ("сбить|задавить|переехать|@DIE", "машина|автобус|поезд|грузовик", "хорошо|хороший|"
        "лучше|плевать|пусть|нормально|равно"), window=10, unless_near="собака кошка игра"),
    Co("self_harm.ru.carved_on_body", K.SELF_HARM,
       ("вырезать|выцарапать|нацарапать", "@SHBODY"), window=5),
    Co("online_exploitation.ru.adult_writes_at_night", K.ONLINE_EXPLOITATION,
       ("@ONLINE|инст", "мужчина|взрослый|@STRANGER|дядька", "ночь|ночью|каждый",
        "писать|переписываться|сообщение"), window=12, sentence=False),
    Co("online_exploitation.en.adult_writes_at_night", K.ONLINE_EXPLOITATION,
       ("@ONLINE", "man|adult|@STRANGER", "night|midnight", "message|messages|text|texts|"
        "write|writes|chat|chats"), window=12, sentence=False),
    Co("incitement.en.dared_to", K.INCITEMENT,
       ("dare|dared|daring|challenge|challenged|bet", "jump|hang|choke|drink|@JUMP",
        "@HIGH|bridge|roof|cliff|bleach|train|tracks"), window=10,
       unless_near="sprained sprain shed @NEWS story stories article warn warning"),  # round
    # 33: off the shed, an ankle sprained; round 63: a news story to warn a child about
    Co("incitement.ru.dared_to", K.INCITEMENT,
       ("подначивать|подбивать|подзадоривать|слабо|спорить|поспорить", "@JUMP|повеситься|"
        "выпить", "@HIGH|гараж|голова|поезд|рельс"), window=10),
    Co("acute_danger.en.locked_with_weapon", K.ACUTE_DANGER,
       ("@LOCK|locked|lock|barricaded", "@WEAPON|razor|blade|blades|pills|rope"), window=8,
       unless_near="safe hunting evaluator @TOY @STORED ammo ammunition childproof =child"),
       # round 33: a rifle in
       # a safe; round 42: a child lock on the pill shelf
    Co("acute_danger.ru.locked_with_weapon", K.ACUTE_DANGER,
       ("@LOCK|забаррикадироваться", "@WEAPON|лезвие|бритва|таблетка|веревка"), window=8,
       unless_near="случайно двухлетний @TOY"),
    Co("acute_danger.en.drank_from_sink", K.ACUTE_DANGER,
       ("drank|drink|swallowed|ate|=drunk", "sink|bleach|cleaner|chemical|chemicals|detergent|"
        "cupboard|bottle", "vomit|vomiting|throwing|sick|ambulance|unconscious|dizzy"),
       window=12, sentence=False),
    Co("acute_danger.ru.drank_from_sink", K.ACUTE_DANGER,
       ("выпить|проглотить|наглотаться|попить", "раковина|химия|отбеливатель|средство|белизна|"
        "уксус|бутылка", "рвать|тошнить|скорый|плохо|вырвать"), window=12, sentence=False),
    Co("sexual_abuse.ru.secret_game", K.SEXUAL_ABUSE,
       ("@SECRETGAME", "@ADULT|@AGENT|@STRANGER", "@UNDRESS|@TOUCH|@SEXPART|@KISS|@SECRET|"
        "одеяло|кровать|трусы|трусики|голый|сексуальный|секс|интимный|попа|попка|показывать|"
        "никто"), window=15,
       sentence=False),
    Co("suicidal_method.ru.does_it_hurt", K.SUICIDAL_METHOD,
       ("больно|долго|быстро|страшно", "тонуть|утонуть|@METHODV|вешаться|разбиться|"
        "задыхаться"), window=4, unless_near="собака кошка хомяк рыбка бабушка дедушка",
       unless_sentence="@NEWS @FICTION документалка документальный титаник мультик рассказ "
                       "война история корабль"),
    Co("suicidal_method.en.does_it_hurt", K.SUICIDAL_METHOD,
       ("hurt|painful|long|quick|quickly", "drown|drowning|hang|hanging|bleed|bleeding|"
        "suffocate|suffocating"), window=5, unless_near="@NEWS",
       unless_sentence="@NEWS @FICTION titanic documentary cartoon story history war ship "
                       "sailors shipwreck"),
    Co("acute_danger.ru.left_with_stranger", K.ACUTE_DANGER,
       ("уйти+#past|уехать|увести|увезти|сесть", "незнакомый|незнакомец|чужой"), window=6),
    Co("acute_danger.en.left_with_stranger", K.ACUTE_DANGER,
       ("left|went|walked|gone|drove|took|=got", "stranger|strangers|unknown"), window=6,
       unless_near="escape room news asked danger talk talking book film story rules request "
                   "blocked dm dms "
                   "message photo photos picture dog",  # rounds 19, 25; round 41: a
       # stranger's DM, blocked; round 42: a photo of a stranger's dog
       unless_sentence="role roleplay pretend teach teaching"),  # round 57: a
    # stranger-danger role play; round 59: how to teach it
    Co("sexual_abuse.en.undressed_and_filmed", K.SEXUAL_ABUSE,
       ("@UNDRESS", "film|filmed|filming|record|recorded|recording|photo|photos|photograph|"
        "photographed|video|videos"), window=10, unless_near="paddling splashing @MEDICAL"),
    Co("sexual_abuse.ru.undressed_and_filmed", K.SEXUAL_ABUSE,
       ("@UNDRESS|трусы", "снимать|снять|заснять|видео|фото|телефон"), window=10,
       unless_near="@MEDICAL море плавки пляж купальник себя бегать "  # round 36: a beach
       # photo; round 51: a toddler who strips himself («снимает с себя») and runs about
                   "картина музей эрмитаж экскурсия реферат статуя "  # round 37: a painting
                   "стрим эфир донат "  # round 40: a stream's, read by the online rules
                   "урок объяснять переслать пересылать класс"),  # round 46: a nude photo
       # passed round the class, the online rules'; a lesson about it
    Co("sexual_abuse.en.stays_in_shower", K.SEXUAL_ABUSE,
       ("@ADULT", "shower|showers|showering|bathing|changing|undressing", "stare|stares|"
        "staring|@WONTLEAVE|peek|peeks|watch|watches"), window=12,
       unless_near="@MEDICAL toddler baby nappy help helps"),
    # -- round 2, fifth batch (tune_round2_final.jsonl) ---------------------------------------
    Co("suicidal_behaviour.en.ligature", K.SUICIDAL_BEHAVIOUR,
       ("tie|tied|tight|tighten|tightened|wrap|wrapped|put", "belt|scarf|rope|cord|cable|string|"
        "charger|lace|laces|tie", "neck|throat", "found|bathroom|wardrobe|closet|blue|"
        "unconscious|stopped|garage|hook|rail|door|breathing"), window=12, sentence=False,
       unless_near="cold costume fashion"),
    Co("suicidal_behaviour.ru.ligature", K.SUICIDAL_BEHAVIOUR,
       ("затянуть|завязать|обмотать|накинуть|затягивать", "ремень|шарф|веревка|шнур|провод|"
        "пояс|зарядка", "шея", "найти|ванная|шкаф|синий|сознание|крючок|туалет|дверь|"
        "дышать"), window=12, sentence=False),
    Co("suicidal_plan.en.day_chosen", K.SUICIDAL_PLAN,
       ("@DAYCHOSEN", "do|doing", "it"), window=12, sentence=False,
       unless_near="party wedding trip holiday"),
    Co("suicidal_plan.ru.day_chosen", K.SUICIDAL_PLAN,
       ("@DAYCHOSEN", "сделать", "это"), window=12, sentence=False,
       unless_near="вечеринка свадьба поездка праздник"),
    Co("suicidal_method.ru.enough_to_drown", K.SUICIDAL_METHOD,
       ("достаточно|хватить|глубокий|высокий", "утонуть|разбиться|насмерть|@METHODV"),
       window=8),
    Co("self_harm.en.covered_blood", K.SELF_HARM,
       ("covered|cover|covers|sleeves|hide|hides|hiding", "arms|arm|wrists|legs|thighs",
        "blood|bloody|cuts|marks|scars|plasters"), window=12, sentence=False,
       unless_near="@ACCIDENT rash eczema @NOMARKS"),  # round 62: "no marks, she's just shy"
    Co("physical_abuse.en.hits_with", K.PHYSICAL_ABUSE,
       ("@ADULT", "@VIOLENT", "stick|belt|cane|whip|rod|hose|cable|spoon|slipper|shoe|hanger|"
        "ruler|wire", "@VICTIM"), window=15, unless_near="ball game @GAMEW"),
    Co("physical_abuse.en.throws_at", K.PHYSICAL_ABUSE, ("@THROWNAT", "@ADULT"), window=10,
       unless_near="ball frisbee snowball snowballs pillow toy catch caught game @TOY block "
                   "blocks lego"),  # round 46: a five-year-old's block thrown at his teacher
    Co("physical_abuse.ru.throws_at", K.PHYSICAL_ABUSE,
       ("@ADULT+#nomn", "кинуть|бросить|швырнуть|кидать|бросать|швырять|запустить", "в",
        "@VICTIM+#accs", "стул|тарелка|бутылка|стакан|ботинок|пульт|телефон|чашка|книга|"
        "предмет|кружка|тапка|ремень"), window=8),
    Co("sexual_abuse.en.hand_on_thigh", K.SEXUAL_ABUSE,
       ("@ADULT|@STRANGER", "hand|hands", "thigh|thighs|@SEXPART|bottom|breast|chest|bum",
        "put|puts|placed|places|rest|rests|keep|keeps|move|moves|slide|slides"), window=10,
       unless_near="@MEDICAL pocket pockets"),  # round 72: keys from a pocket
    Co("sexual_abuse.ru.hand_on_thigh", K.SEXUAL_ABUSE,
       ("@ADULT|@STRANGER", "рука", "бедро|@SEXPART|попа|грудь|ягодица|коленка",
        "класть|положить|держать|трогать|гладить"), window=10,
       unless_near="@MEDICAL почесать чесать спина спинка"),  # round 72: a back scratched
    Co("online_exploitation.ru.home_alone", K.ONLINE_EXPLOITATION,
       ("@ONLINE|закрытый|приватный", "один", "дома|дом|родитель"), window=12,
       sentence=False, unless_near="одноклассник знать"),  # round 24: classmates he knows
    Co("online_exploitation.en.home_alone", K.ONLINE_EXPLOITATION,
       ("@ONLINE|private", "alone", "home|parents|house"), window=12, sentence=False),
    Co("acute_danger.en.dont_look_for_me", K.ACUTE_DANGER,
       ("@DONTSEARCH", "left|leave|took|went|gone|ran|off|argument|fight|note|goodbye"),
       window=15, sentence=False),
    Co("acute_danger.ru.dont_look_for_me", K.ACUTE_DANGER,
       ("@DONTSEARCH", "уйти|убежать|уехать|ссора|поругаться|записка|сбежать|прощать"),
       window=15, sentence=False),
    Co("acute_danger.en.come_get_me", K.ACUTE_DANGER,
       ("@FETCHME", "scared|afraid|help|@UNREACHABLE|hurt"), window=12,
       sentence=False),
    Co("acute_danger.ru.come_get_me", K.ACUTE_DANGER,
       ("@FETCHME", "страшно|бояться|помочь|@UNREACHABLE|больно"),
       window=12, sentence=False),
    Co("incitement.en.others_explain_how", K.INCITEMENT,
       ("forum|@ONLINE|people|strangers|group|guy|man", "explain|explains|explaining|teach|"
        "teaches|teaching|show|shows|showing|telling|tells|instructions", "how",
        "@SHV|@KILLV|hang|hurt|harm|kill|cut"), window=12,
       unless_near="podcast podcasts crime dinner lion lions zebra zebras animal animals "
                   "predator predators prey prank "
                   "pranks @NEWS war"),  # rounds 17, 24; round 39: the news
    Co("incitement.ru.others_explain_how", K.INCITEMENT,
       ("форум|@ONLINE|@STRANGER|группа|кто", "объяснять|объяснить|учить|научить|показывать|"
        "показать|подсказывать|рассказывать", "как", "@SHV|@KILLV|@METHODV|@SUICIDEV|"
        "порезать|повеситься"), window=12,
       unless_near="подкаст маньяк самооборона секция тренер @NEWS война"),
       # round 39: the news; round 64:
    # a self-defence course
    Co("incitement.en.others_say_should", K.INCITEMENT,
       ("kids|people|they|classmates|girls|boys|someone|everyone|tiktok|video|post|comments|"
        "anonymous|account|accounts|chat",
        "say|saying|said|write|wrote|post|posted|made|tell|telling|told|message|messaged|"
        "messaging|messages|text|texted", "should|must|ought|needs",
        "@KILLV|@DIE|hang|@SUICIDE|end"), window=20,  # round 16: "... jump off X and die"
       unless_near="game games match level movie film relationship"),
    # -- round 3 -------------------------------------------------------------------------------
    # "it" / "это" as the act, with death named within the window (often a sentence before)
    Co("suicidal_intent.en.do_it_after_death", K.SUICIDAL_INTENT,
       ("@DOIT", "@INTENTW|definitely|really|finally|gonna|through|@WHEN|sorry|goodbye",
        "@DIE|@SUICIDE|@KILLV|life|alive|live|dead|death"), window=25, sentence=False,
       unless_near="@IDIOMTAIL", escalate=IDEATION),
    Co("suicidal_intent.ru.do_it_after_death", K.SUICIDAL_INTENT,
       ("@DOIT", "@INTENTW|точно|правда|серьезно|обязательно|сделать+#futr",
        "@DIE|@SUICIDE|@SUICIDEV|@KILLV|жить|смерть|покончить"), window=25, sentence=False,
       unless_near="@IDIOMTAIL", escalate=IDEATION),
    # a rope or noose, an intent and a time or a place
    Co("suicidal_plan.en.rope_time", K.SUICIDAL_PLAN,
       ("rope|noose", "@INTENTW|@DOIT|hang", "@WHEN|birthday|night|woods|forest|tree|after"),
       window=15, sentence=False, unless_near="swing swings climb climbing skipping tug boat "
                                              "camping tent knot knots"),
    Co("suicidal_method.en.step_in_front", K.SUICIDAL_METHOD,
       ("step|jump|throw|lie|walk", "front|under|onto", "train|tracks|bus|lorry|truck"),
       window=10, neg=True, unless_near="up vomit vomited sick", escalate=METHOD),
    # a jump from a height with a time: "tomorrow at seven he'll go to the bridge and jump"
    Co("suicidal_plan.ru.jump_time", K.SUICIDAL_PLAN,
       ("прыгнуть+#futr|спрыгнуть+#futr|броситься+#futr|сброситься+#futr|шагнуть+#futr",
        "@HIGH", "@WHEN|утро|вечер|#num"), window=12, sentence=False,
       unless_near="человек паук супергерой полететь лететь бассейн вода батут сугроб парашют "
                   "речка озеро море паутина "
                   "супергерой"),  # round 30: Spider-Man's web
    Co("suicidal_plan.en.jump_time", K.SUICIDAL_PLAN,
       ("jump", "@HIGH", "@WHEN|night|morning|evening", "@INTENTW|would|gonna"), window=15,
       sentence=False, unless_near="pool water trampoline snow parachute bungee lake river "
                                   "sea puddle"),
    # right on the sill of an open window, now
    Co("acute_danger.ru.open_window", K.ACUTE_DANGER,
       ("подоконник|карниз", "открытый|распахнуть",
        "сейчас|кричать|плакать|@JUMP|угрожать"), window=10),
    # tasks set by others: hurt yourself and send a photo
    Co("incitement.en.tasks", K.INCITEMENT,
       ("task|tasks|challenge|challenges|dare|dares|mission|missions", "@SHV|@KILLV|@DIE|hang",
        "@SELF|yourself|arm|arms|wrist|wrists|leg|legs|thigh|thighs"), window=10,
       unless_near="@TOY shape shapes paper"),
    Co("incitement.ru.accounts_imperative", K.INCITEMENT,
       ("аккаунт|чат|комментарий|анонимный|аноним|фейковый|писать|написать",
        "@METHODV+#impr|@SUICIDEV+#impr|вскрыться+#impr"), window=10),
    Co("incitement.ru.accounts_cut", K.INCITEMENT,
       ("аккаунт|чат|комментарий|анонимный|аноним|фейковый|писать|написать",
        "@SHV+#impr", "вена|рука|запястье|бедро|@SELF"), window=10),
    Co("incitement.ru.messages_out_window", K.INCITEMENT,
       ("сообщение|личка|аккаунт|чат|комментарий|писать|написать", "выйти+#impr|шагнуть+#impr",
        "окно"), window=10),
    # researching how much of a medicine would be too much
    Co("suicidal_method.en.how_much_too_much", K.SUICIDAL_METHOD,
       ("research|researching|researched|look|looking|looked|search|searching|searched|read|"
        "reading|googl|googling|googled", "how", "@PILLS|insulin|meds|medication|medicine",
        "too|lethal|overdose"), window=12,
       unless_near="fever dose dosage toddler baby vet dog cat toothache headache dentist"),
    # a weapon taken, then gone out of the door
    Co("acute_danger.en.weapon_ran_out", K.ACUTE_DANGER,
       ("@WEAPON", "@OUT|@RUNAWAY|@GONE"), window=12, sentence=False,
       unless_near="poem assignment soldier @TOY garden flowers roses bread cake fruit "
                   "vegetables hunting license "
                   "licence safety"),  # round 53: a first hunting licence
    Co("incitement.ru.tasks", K.INCITEMENT,
       ("задание|задача|челлендж|миссия", "@SHV|@SUICIDEV|@METHODV|@KILLV",
        "@SELF|рука|запястье|вена|бедро|нога|себя"), window=10),
    # things given away, then letters to each of us; found in a garage with the engine running
    Co("suicidal_behaviour.en.give_away_letters", K.SUICIDAL_BEHAVIOUR,
       ("@GIVEAWAY", "letter|letters|note|notes|goodbye"), window=20, sentence=False,
       unless_near="charity donate donated donation outgrew outgrown"),
    Co("suicidal_behaviour.en.garage_engine", K.SUICIDAL_BEHAVIOUR,
       ("found|find|finds", "garage", "car|engine", "running|exhaust|fumes"), window=10),
    # rather be in heaven than here
    Co("death_wish.en.rather_heaven", K.DEATH_WISH,
       ("heaven|paradise", "rather|prefer|wish|wishes|want|wants", "than|instead|here"),
       window=10),
    # a noose or a blade sent to the child "for you"
    Co("incitement.ru.sent_noose", K.INCITEMENT,
       ("петля|веревка|лезвие", "скинуть|прислать|отправить|подписать|написать",
        "ты"), window=12, unless_near="вязать вязание спица крючок узел"),
    # "my last week, I've made up my mind"
    Co("suicidal_intent.en.last_days_decided", K.SUICIDAL_INTENT,
       ("@LASTDAYS", "@DECIDED"), window=12, sentence=False),
    Co("suicidal_intent.ru.last_days_decided", K.SUICIDAL_INTENT,
       ("@LASTDAYS", "@DECIDED|решить"), window=12, sentence=False),
    # drew himself in a coffin and said that's what he wants
    Co("death_wish.en.self_in_coffin", K.DEATH_WISH,
       ("coffin|grave", "@SELF|himself|herself|myself", "@WANT|wish|wishes"), window=12,
       sentence=False),
    # burns from a lighter, cuts from a blade
    Co("self_harm.ru.burns_lighter", K.SELF_HARM,
       ("ожог|порез|царапина", "зажигалка|лезвие|бритва|спичка|циркуль|точилка"), window=6,
       unless_near="@ACCIDENT"),
    # sex acted out with dolls, and who does it
    Co("sexual_abuse.ru.dolls_sex", K.SEXUAL_ABUSE,
       ("кукла|игрушка", "половой|секс|сексуальный|интимный", "@ADULT|@AGENT|делать|показывать|"
        "показать"), window=15, sentence=False),
    Co("sexual_abuse.en.dolls_sex", K.SEXUAL_ABUSE,
       ("doll|dolls|teddy|toys", "sex|sexual|humping", "@ADULT|@AGENT|does|did|showed|shows"),
       window=15, sentence=False),
    # a poll on whether she should die; "do it" spammed after he said he wants to die
    Co("incitement.ru.poll_die", K.INCITEMENT,
       ("опрос|голосование", "@DIE|@SUICIDEV|@KILLV|повеситься"), window=8,
       unless_near="мафия игра бот"),  # round 18: who the mafia "killed" in a chat game
    Co("incitement.en.poll_die", K.INCITEMENT,
       ("poll|polls|vote|voting|survey", "@DIE|@KILLV|hang|@SUICIDE"), window=8,
       unless_near="mafia werewolf game bot"),
    Co("incitement.en.spam_do_it", K.INCITEMENT,
       ("spam|spamming|spammed|chat|comments|commented|viewers|stream|people",
        "@DOIT", "@DIE|@KILLV|@SUICIDE|jump|hang"), window=15, sentence=False,
       unless_near="prevention documentary"),  # round 18: a lesson on why people do it
    # choking games; unknown pills at a party and unwell
    Co("acute_danger.ru.choking_game", K.ACUTE_DANGER,
       ("душить|придушить|задушить", "обморок|отключиться|отключаться|кайф"), window=8),
    Co("acute_danger.ru.party_pills", K.ACUTE_DANGER,
       ("@PILLS", "вечеринка|непонятный|неизвестный|незнакомый|чужой",
        "тошнить|рвать|встать|сознание|дышать|отключиться"), window=12, sentence=False),
    Co("acute_danger.en.party_pills", K.ACUTE_DANGER,
       ("@PILLS", "party|unknown|someone|stranger",
        "unresponsive|unconscious|breathing|vomiting|@WONT|collapsed"), window=12,
       sentence=False),
    # an adult burning a child with a cigarette, an iron, a stove
    Co("physical_abuse.ru.burned_by_adult", K.PHYSICAL_ABUSE,
       ("@ADULT", "прижечь|прижигать|обжечь|обжигать", "сигарета|утюг|плита|зажигалка"),
       window=8, unless_near="себя себе сам"),
    # an older relative or adult coming into her bed at night
    Co("sexual_abuse.en.comes_into_bed", K.SEXUAL_ABUSE,
       ("@ADULT|@AGENT", "come|comes|came|climb|climbs|climbed|get|gets|got", "bed",
        "night|nights"), window=12,
       unless_near="=our scared storm storms nightmare nightmares thunder sick ill"),
    # "когда ты уже сдохнешь" written to her; a link teaching to cut deeper; "just do it"
    Co("incitement.ru.when_will_you_die", K.INCITEMENT,
       ("писать|написать|комментарий|пост|сообщение|личка", "ты", "@DIE+#futr"), window=8,
       unless_near="майнкрафт @GAMEW @IDIOMTAIL игра персонаж бот уровень босс"),
    Co("incitement.en.link_cut_deeper", K.INCITEMENT,
       ("link|links|video|videos|guide|sent|send|sends", "cut|@SHV",
        "deeper|deep|vein|veins|wrist|wrists"), window=12,
       unless_near="wood wooden groove grooves paper carving carve cake"),
    Co("incitement.en.if_you_died_do_it", K.INCITEMENT,
       ("@DOIT", "=just|@NOBODY|care", "you", "@DIE|dead|@KILLV"), window=10,
       unless_near="@IDIOMTAIL"),
    # lines or cuts seen on the arms
    Co("self_harm.en.lines_on_arms", K.SELF_HARM,
       ("line|lines|cut|cuts|scratch|scratches|slash|slashes",
        "arm|arms|forearm|forearms|wrist|wrists|thigh|thighs",
        "saw|see|seen|noticed|notice|found|fresh|neat|hide|hides|hiding|all|straight|parallel"),
       window=8, unless_near="brambles paintball fake halloween costume zombie @ACCIDENT "
                             "@MEDICAL marker pen paint "
                             "ink tattoo sunburn tan",
       unless_sentence="kitten kittens cat cats rescue"),  # round 20: a feral kitten
    # -- round 4 -------------------------------------------------------------------------------
    # a noose or gallows drawn, with "easier"/"better" or death written by it
    Co("suicidal_method.en.noose_drawing", K.SUICIDAL_METHOD,
       ("noose|nooses|gallows", "drawing|drawings|drew|draw|draws|doodle|doodles|"
        "sketch|sketches|notebook|diary", "easier|better|@DIE|dead|@SUICIDE|peace|over|end|"
        "goodbye|@SELF"), window=15, sentence=False, unless_near="hangman game games"),
    Co("suicidal_method.ru.noose_drawing", K.SUICIDAL_METHOD,
       ("петля|виселица|висельник", "рисунок|рисовать|нарисовать|рисование|тетрадь|"
        "дневник|альбом", "простой|легкий|легко|лучше|хороший|@DIE|смерть|конец|покой|@SUICIDE|"
        "@SUICIDEV"), window=15, sentence=False, unless_near="игра играть вязание вязать"),
    # "там болит" after a stay with an adult who forbade telling
    Co("sexual_abuse.ru.hurts_there_secret", K.SEXUAL_ABUSE,
       ("там|@SEXPART", "болеть|больно|щипать|жечь", "@SECRET"), window=20,
       sentence=False, unless_near="прививка укол зуб врач"),
    # an adult coming into her room at night while the parent is away
    Co("sexual_abuse.en.comes_into_room_night", K.SEXUAL_ABUSE,
       ("@ADULT|@AGENT", "come|comes|came|go|goes|went|sneak|sneaks|creep|creeps", "room|bedroom",
        "night|nights", "=when|=while|shift|work|working|away|asleep|out|@SECRET"), window=16,
       unless_near="scared storm storms nightmare nightmares thunder sick ill check checks "
                   "goodnight tuck story"),
    Co("sexual_abuse.ru.comes_into_room_night", K.SEXUAL_ABUSE,
       ("@ADULT|он", "приходить|прийти|заходить|зайти|пробираться|залезать", "комната|спальня|"
        "кровать|постель", "ночь|ночью", "смена|работа|командировка|@SECRET|трогать|когда|пока"),
       window=16, sentence=False, unless_near="гроза кошмар страшно заболеть температура "
                                              "сказка укрыть одеяло проверить"),
    # hitting a child's head against something: an adult's blow, not a tantrum
    Co("physical_abuse.en.head_against", K.PHYSICAL_ABUSE,
       ("drag|dragged|drags|grab|grabbed|grabs|pull|pulled|pulls|threw|throw|throws",
        "@CHILDN|@VICTIM", "hit|bang|banged|bangs|smash|smashed|slam|slammed", "head",
        "against|into|on"), window=16, unless_near="himself herself tantrum tantrums own "
                                                   "accidentally accident ball frisbee"),
    Co("physical_abuse.ru.head_against", K.PHYSICAL_ABUSE,
       ("бить|ударить|ударять|колотить|стукнуть|приложить|швырнуть", "голова",
        "о|об", "@CHILDN|@VICTIM", "пьяный|напиться|пить|выпить|отец|отчим|муж|он|@ADULT"),
       window=14, sentence=False, unless_near="себя сам брат сестра мяч одноклассник"),
    # swallowed a whole pack just now: an overdose to act on, whatever the intent
    Co("acute_danger.en.overdose_now", K.ACUTE_DANGER,
       ("=just|=now|minutes|ago", "=swallowed|=took|=drank|=ate|=downed", "@PILLS|pills",
        "@QUANT"), window=10, unless_near="vitamin vitamins gummy gummies =all",
       ),
    Co("acute_danger.ru.overdose_now", K.ACUTE_DANGER,
       ("только|сейчас|минута|назад", "выпить+#past|проглотить|наглотаться|съесть+#past",
        "@PILLS|таблетка", "упаковка|пачка|блистер|много|весь|горсть|пузырек|банка|@QUANT"),
       window=10, unless_near="витамин витаминка аскорбинка"),
    # on a balcony and threatening to jump
    Co("acute_danger.en.balcony_jump", K.ACUTE_DANGER,
       ("balcony", "@JUMP|edge"), window=10,
       unless_near="pool trampoline snow photo view cat dog bird ball"),
    Co("acute_danger.ru.balcony_jump", K.ACUTE_DANGER,
       ("балкон", "@JUMP|край|перелезть|свеситься"), window=10,
       unless_near="бассейн батут снег сугроб фото вид белье кот кошка птица мяч паутина "
                   "супергерой"),  # round 30: Spider-Man's web
    # a dare to swallow pills or jump: "на слабо", "dared him to"
    Co("incitement.en.dared_pills", K.INCITEMENT,
       ("dare|dared|dares|daring|challenge|challenged", "@PILLS|pills|swallow|overdose"),
       window=10, unless_near="vitamin vitamins gummy gummies candy sweets"),
    Co("incitement.ru.dared_pills", K.INCITEMENT,
       ("подначивать|подбивать|подзадоривать|слабо", "@PILLS|таблетка|наглотаться|"
        "@JUMP|спрыгнуть|повеситься|порезать"),
       window=10, unless_near="витамин витаминка лимон батут бассейн речка река озеро вода "
                              "мосток купаться"),
    # bloody tissues in the bin with sleeves, cuts or burns kept out of sight
    Co("self_harm.en.hidden_signs", K.SELF_HARM,
       ("bloody|bloodied|blood|=blood-stained|bloodstained", "tissue|tissues|towel|towels|"
        "plaster|plasters|bandage|bandages|sheets|sock|socks|paper", "sleeves|sleeve|burn|burns|"
        "cut|cuts|scar|scars|marks|hide|hides|hiding|hidden|bin|trash"), window=25,
       sentence=False, unless_near="cooking nose nosebleed period periods tooth teeth slicing "
                                   "faint "
                                   "fainted fainting phobia"),  # rounds 38, 46
    Co("self_harm.ru.hidden_signs", K.SELF_HARM,
       ("окровавленный|кровавый|кровь|кровяной", "салфетка|пластырь|бинт|полотенце|вата|носок",
        "порез|ожог|шрам|рукав|прятать|скрывать|мусорка|ведро"), window=25, sentence=False,
       unless_near="нос месячные зуб =обж жгут перевязка"),  # round 34: first aid at school
    # round burns that look like a cigarette's
    Co("self_harm.en.cigarette_burns", K.SELF_HARM,
       ("cigarette|lighter", "burn|burns", "arm|forearm|wrist|leg|thigh|ankle|hand|skin|his|her"),
       window=20, sentence=False, unless_near="@ADULT @ACCIDENT smoker campfire bonfire candle "
       "flinch flinched flinches flinching"),
    # -- round 5 -------------------------------------------------------------------------------
    # "я так решил: до нового года я не доживу", "мне не жить, я решила"
    Co("suicidal_intent.ru.decided_not_live", K.SUICIDAL_INTENT,
       ("дожить|жить", "@NEG|остаться", "решить|решение|@DECIDED"), window=8,
       unless_near="с у в на вместе отдельно общежитие квартира дом бабушка"),
    # a note or message that asks forgiveness and says "I can't any more", no word of death
    Co("suicidal_behaviour.en.note_sorry_cant", K.SUICIDAL_BEHAVIOUR,
       ("note|notes|letter|letters|message|messages|draft|@NOTE", "sorry|forgive|apologise|"
        "apologize", "@CANTMORE"), window=25, sentence=False, unless_near="@LEAVING"),
    Co("suicidal_behaviour.ru.note_sorry_cant", K.SUICIDAL_BEHAVIOUR,
       ("записка|письмо|сообщение|листок|листочек|послание|черновик|заметка",
        "простить|прощать|извинить|извиняться|прощение|@FAREWELL", "@CANTMORE|@FAREWELL|устать"),
       window=20, sentence=False, unless_near="@LEAVING"),
    # abuse shown in play with dolls or teddies: an adult touching, undressing, lying on her
    Co("sexual_abuse.en.shown_in_play", K.SEXUAL_ABUSE,
       ("doll|dolls|teddy|teddies|toys|toy|bears|bear|figures|puppets",
        "show|showed|shows|showing|act|acted|acting|acts|play|plays|played|how",
        "@ADULT|@AGENT|@STRANGER", "@TOUCH|@SEXPART|@UNDRESS|top|@KISS|@SECRET|knickers|pants"),
       window=20, sentence=False, unless_near="@MEDICAL @TOUCHTHING"),
    Co("sexual_abuse.ru.shown_in_play", K.SEXUAL_ABUSE,
       ("кукла|куколка|мишка|игрушка|пупс|зайка",
        "показывать|показать|играть|изображать",
        "@ADULT|@AGENT|@STRANGER", "@TOUCH|@SEXPART|@UNDRESS|трусы|трусики|лечь|ложиться|"
        "@SECRET|@KISS"), window=20, sentence=False, unless_near="@MEDICAL @TOUCHTHING"),
    # a child's word for private parts with an adult tickling or "playing" there
    Co("sexual_abuse.en.adult_plays_private", K.SEXUAL_ABUSE,
       ("@SEXPART", "@ADULT|@AGENT|@STRANGER", "tickle|tickles|tickled|tickling|play|plays|"
        "played|game|@TOUCH|@SECRET"), window=12,
       unless_near="@MEDICAL @GAMEW @SELFTOUCH server servers"),  # round 14: a game's private
    # server; round 72: a child touching itself
    Co("sexual_abuse.ru.adult_plays_private", K.SEXUAL_ABUSE,
       ("@SEXPART|пипка", "@ADULT|@AGENT|@STRANGER", "щекотать|пощекотать|играть|поиграть|"
        "игра|@TOUCH|@SECRET"), window=14, sentence=False,
       unless_near="@MEDICAL @SELFTOUCH"),  # round 72
    # bruises, and fear that "he" will be angry or hit harder if it is told
    Co("physical_abuse.en.bruises_fear_telling", K.PHYSICAL_ABUSE,
       ("@BRUISE|marks|welts", "@SECRET|tell|say|beg|begged|begs", "mad|angry|furious|worse|"
        "harder|punish|punished|kill|cross", "he|she|they|@ADULT"), window=20, sentence=False,
       unless_near="slide recess playground dodgeball football soccer rugby hockey match game "
                   "practice surprise"),
    Co("physical_abuse.ru.bruises_fear_telling", K.PHYSICAL_ABUSE,
       ("@BRUISE", "@SECRET|говорить|сказать|рассказать|рассказывать|проговориться",
        "разозлиться|злиться|рассердиться|влететь|достаться|наказать|убить|плохой|сильный",
        "он|она|они|@ADULT"), window=20, sentence=False,
       # round 15: falls from a skateboard or rollers
       unless_near="пейнтбол футбол хоккей матч игра тренировка сюрприз скейт скейтборд ролик "
                   "самокат"),
    # a weapon in the hands, with threats or "nobody come near me"
    Co("acute_danger.en.weapon_in_hands", K.ACUTE_DANGER,
       ("@WEAPON|scissors|blade|razor", "holding|hold|holds|waving|waves|grabbed|grab|hand|"
        "hands|locked", "away|near|@NOBODY|closer|approach|screaming|yelling|shouting|"
        "threaten|threatening|threatens"), window=12, unless_near="@TOY =handed @STORED"),
    Co("acute_danger.ru.weapon_in_hands", K.ACUTE_DANGER,
       ("@WEAPON|ножницы|лезвие|бритва", "рука|держать|схватить|размахивать|запереться",
        "подходить|подойти|приближаться|кричать|орать|угрожать|порезать|убить"), window=12,
       unless_near="палец пластырь заклеить @TOY урок труд резьба дерево"),
    # taunts asked as questions: "когда ты уже сдохнешь", "почему он до сих пор не повесился"
    Co("incitement.ru.taunt_question", K.INCITEMENT,
       ("когда|почему|чего|зачем", "@SUICIDEV|@METHODV|покончить|сдохнуть", "ты|уже|еще|сей",
        "писать|написать|спрашивать|спросить|комментарий|пост|сообщение|личка|чат|аккаунт|"
        "одноклассник"), window=10, sentence=False,
       unless_near="@FICTION игра персонаж бот уровень босс фильм книга"),
    # -- round 6 -------------------------------------------------------------------------------
    # a passive wish: "не расстроюсь, если меня собьёт машина"
    Co("death_wish.ru.wouldnt_mind_hit", K.DEATH_WISH,
       ("сбить|переехать|задавить|раздавить|разбиться|упасть", "@VEHICLE|самолет",
        "против|равно|расстроиться|обрадоваться|рад|радый|хорошо|плакать|жалеть",
        "я|он|она|вместе"), window=12,
       unless_near="чуть испугаться кот кошка собака"),
    # a child's word for private parts, kissed by an adult
    Co("sexual_abuse.ru.kiss_private", K.SEXUAL_ABUSE,
       ("@KISS", "@SEXPART", "@ADULT|@AGENT|@STRANGER"), window=12, unless_near="@MEDICAL"),
    Co("sexual_abuse.en.kiss_private", K.SEXUAL_ABUSE,
       ("@KISS", "@SEXPART", "@ADULT|@AGENT|@STRANGER"), window=12, unless_near="@MEDICAL"),
    # the chest or breasts touched by an adult who keeps the child alone
    Co("sexual_abuse.en.chest_alone", K.SEXUAL_ABUSE,
       ("@TOUCH|hand|hands|grab|grabs|grabbed|squeeze|squeezes", "chest|@SEXPART",
        "@ADULT|@AGENT|@STRANGER", "@ALONEWITH|@SECRET|alone|@NOBODY"), window=20,
       sentence=False, unless_near="@MEDICAL cough stethoscope listen listened hurt hurts"),
    Co("sexual_abuse.ru.chest_alone", K.SEXUAL_ABUSE,
       ("@TOUCH|трогать|рука|хватать|схватить|щипать", "грудь|@SEXPART",
        "@ADULT|@AGENT|@STRANGER", "@ALONEWITH|@SECRET|наедине|один|никто"), window=20,
       sentence=False, unless_near="@MEDICAL кашель стетоскоп слушать болеть"),
    # burns or marks an adult gave as "punishment"
    Co("physical_abuse.en.punished_marks", K.PHYSICAL_ABUSE,
       ("punish|punished|punishes|punishing|punishment",
        "=burn|=burns|scar|scars|marks|welts|@BRUISE|cigarette|lighter|stove|iron|hob|belt|"
        "cane", "@ADULT|@HOMEADULT|he|she|they|dad|mum|mom|father|mother"),
       window=20, sentence=False, neg=True,  # round 18: "I never punish for marks"
       unless_near="grounded grounding screen toast curtain curtains sunburn "
                   "fight fistfight defending"),  # round 33: a fight at school
    Co("physical_abuse.ru.punished_marks", K.PHYSICAL_ABUSE,
       ("наказывать|наказать|наказание",
        "ожог|шрам|след|рубец|@BRUISE|прижигать|прижечь|обжечь|сигарета|утюг|плита|ремень|"
        "горячий", "@ADULT|@HOMEADULT|он+#nomn|она+#nomn|они+#nomn"), window=20,
       sentence=False, unless_near="телефон гаджет компьютер планшет загар обжечься обжигаться"),
    # sextortion without a picture word: "send more or I post the ones you already sent"
    Co("online_exploitation.en.threat_sent", K.ONLINE_EXPLOITATION,
       ("@SENTSTUFF", "post|share|leak|forward|send|show|expose|spread|see|sees|everyone|"
        "@PUBLISH", "@ORELSE|pay|money"), window=16, sentence=False,
       unless_near="homework essay notes recipe meme memes"),
    Co("online_exploitation.ru.threat_sent", K.ONLINE_EXPLOITATION,
       ("@SENTSTUFF", "@PUBLISH|показать|разослать|рассылать|отправить|выложить|слить|переслать|"
        "весь", "@ORELSE|заплатить|деньга"), window=16, sentence=False,
       unless_near="домашка конспект рецепт мем"),
    # locked in a room, silent for hours (a sulk of twenty minutes stays quiet)
    Co("acute_danger.en.locked_room_hours", K.ACUTE_DANGER,
       ("@LOCK", "room|bedroom|door|himself|herself", "hour|hours",
        "answer|answering|respond|responding|silent|silence|sound|quiet|@UNREACHABLE|@NEG"),
       window=18, sentence=False,
       unless_near="half minutes music headphones gaming game laughing asleep nap"),
    Co("acute_danger.ru.locked_room_hours", K.ACUTE_DANGER,
       ("@LOCK", "комната|спальня|дверь|себя", "час|полтора|часы",
        "отвечать|отзываться|открывать|тишина|тихо|звук|молчать"), window=18, sentence=False,
       unless_near="полчаса минута музыка наушник играть игра смеяться спать"),
    # dares and taunts to jump or die: incitement
    Co("incitement.en.dared_jump", K.INCITEMENT,
       ("dare|dared|dares|daring|challenge|challenged|bet|coward|guts|chicken|prove",
        "@JUMP|end", "@HIGH|cliff|quarry|edge|roof|bridge|it",
        "told|tell|tells|boys|kids|friends|they|them|classmates|group|@TELL|@AGENT|@CHILDN"),
       window=16, sentence=False,
       unless_near="pool lake river sea water trampoline pier swim swimming dive diving lemon "
                   "puddle hoop rope"),
    Co("incitement.ru.dared_jump", K.INCITEMENT,
       ("трус|трусиха|слабак|мужик|доказать|смелый|слабо|поспорить|спорить",
        "@JUMP|спрыгнуть|прыгнуть", "@HIGH|обрыв|крыша|мост|карьер|край",
        "говорить|сказать|дразнить|подначивать|они|ребята|мальчишка|одноклассник|@SPEECH"),
       window=16, sentence=False,
       unless_near="бассейн речка река озеро вода батут мосток купаться лужа"),
    # a plan: jumping, a high place and a time ("tomorrow after school ... the bridge ... jumping")
    Co("suicidal_plan.en.jump_place_time", K.SUICIDAL_PLAN,
       ("@JUMP", "@HIGH|cliff|cliffs|tracks|quarry", "@WHEN|tonight|tomorrow|midnight",
        "@SUBJ|@INTENTW|will|going|walking"), window=16, sentence=False,
       unless_near="pool lake river sea water trampoline pier swim swimming dive diving ducks "
                   "parachute bungee puddle tantrum @TODDLER"),  # round 50: a tantrum
    Co("suicidal_plan.ru.jump_place_time", K.SUICIDAL_PLAN,
       ("@JUMP|спрыгнуть|прыгнуть", "@HIGH|обрыв|карьер", "@WHEN|завтра|сегодня",
        "я|пойти|поехать|подняться"), window=16, sentence=False,
       unless_near="диван подушка бассейн речка река озеро вода батут мосток купаться утка"),
    # on a window-sill, a ledge or a roof's edge, telling others not to come near
    Co("acute_danger.en.edge_keep_away", K.ACUTE_DANGER,
       ("@KEEPAWAY|closer", "sill|windowsill|window|ledge|edge|roof|railing|railings|balcony|"
        "parapet|bridge"), window=14, sentence=False,
       unless_near="drawing draw paint painting cat snow reading homework scared heights "
                   "afraid @FEARHIGH"),  # round 53: a fear of heights
    Co("acute_danger.ru.edge_keep_away", K.ACUTE_DANGER,
       ("@KEEPAWAY", "подоконник|окно|карниз|край|крыша|перила|парапет|балкон|мост"),
       window=14, sentence=False, unless_near="рисовать кот кошка снег читать урок научить "
                                              "сетка"),  # round 46: how to teach a 6yo
    # -- round 7 -------------------------------------------------------------------------------
    # asked about it and said yes (asked and said no stays quiet: the rules above skip a question)
    Co("suicidal_thoughts.en.asked_said_yes", K.SUICIDAL_THOUGHTS,
       ("@ASKEDIF", "@SUICIDE|@KILLV|@DIE", "yes|yeah|admitted|nodded"), window=20,
       sentence=False, escalate=IDEATION, unless_near="dogs heaven pastor someday everyone seen "
                                                      "paramedic"),
    # round 83: "have you ever seen someone die", asked of a paramedic
    Co("suicidal_thoughts.ru.asked_said_yes", K.SUICIDAL_THOUGHTS,
       ("@ASKEDIF", "@SUICIDE|@KILLV|@SUICIDEV|@DIE", "да|признаться|кивнуть"), window=20,
       sentence=False, escalate=IDEATION),
    # a plan by an object, a place and a time: a belt and the garage at night
    Co("suicidal_plan.en.object_place_time", K.SUICIDAL_PLAN,
       ("belt|rope|cord|scarf|cable|noose", "@PLACE|barn|loft|woods",
        "@WHEN|night|asleep|@NOBODY|planned"), window=16, sentence=False,
       unless_near="fix fixing repair car bike help helping play costume camping tent swing "
                   "climb climbing hike skipping"),
    Co("suicidal_plan.ru.object_place_time", K.SUICIDAL_PLAN,
       ("ремень|веревка|шарф|шнур|провод|петля", "@PLACE|чердак|лес|гараж",
        "@WHEN|ночью|уснуть|заснуть|спать|никто|продумать"), window=16, sentence=False,
       unless_near="чинить починить помогать ремонт машина велосипед костюм поход палатка "
                   "скалодром качели лазить"),
    # a vehicle and nobody noticing: "электричка в 7:40. никто не заметит"
    Co("suicidal_plan.en.train_nobody_notice", K.SUICIDAL_PLAN,
       ("train|tracks|bus|lorry|truck", "@NOBODY", "notice|see|know|find|miss"),
       window=12, sentence=False, unless_near="ticket tickets fare hide seek surprise"),
    Co("suicidal_plan.ru.train_nobody_notice", K.SUICIDAL_PLAN,
       ("электричка|поезд|переезд|рельс|автобус|грузовик", "никто",
        "заметить|увидеть|узнать|найти|хватиться"),
       window=12, sentence=False, unless_near="билет безбилетный прятки сюрприз"),
    # an adult who keeps the child alone and shuts the parent out
    Co("sexual_abuse.en.alone_shut_out", K.SEXUAL_ABUSE, ("@ALONEWITH", "@SHUTOUT"),
       window=24, sentence=False),
    Co("sexual_abuse.ru.alone_shut_out", K.SEXUAL_ABUSE, ("@ALONEWITH", "@SHUTOUT"),
       window=24, sentence=False),
    # "playing doctor" with undressing by a much older child
    Co("sexual_abuse.en.play_doctor_older", K.SEXUAL_ABUSE,
       ("doctor|doctors|hospital", "@UNDRESS|pants|clothes|knickers|underwear",
        "older|teen|teenage|teenager|year|years|yo|cousin|brother|=13|=14|=15|=16|=17"),
       window=20, sentence=False, unless_near="rule letter @TOY teddy teddies dolls doll"),
    Co("sexual_abuse.ru.play_doctor_older", K.SEXUAL_ABUSE,
       ("доктор|врач|больница|больничка", "раздевать|раздеть|снимать|снять|@UNDRESS",
        "старший|подросток|взрослый|лет|брат|=13|=14|=15|=16|=17"),
       window=20, sentence=False, unless_near="кукла мишка игрушка медведь видео ролик рилс "
                                              "трюк съемка камера "  # round 18: filming
                                              "педиатр осмотр поликлиника медсестра прием"),
    # round 41: a paediatrician's check with the mother there
    # dolls or toys showing what an adult "does to me"
    Co("sexual_abuse.en.toys_show_does_to_me", K.SEXUAL_ABUSE,
       ("doll|dolls|teddy|teddies|toy|toys", "@DOESTOME"), window=20, sentence=False),
    Co("sexual_abuse.ru.toys_show_does_to_me", K.SEXUAL_ABUSE,
       ("кукла|игрушка|мишка", "@DOESTOME"), window=20, sentence=False),
    # an injury after a visit to an adult, and fear of going back
    Co("physical_abuse.en.injury_fear_back", K.PHYSICAL_ABUSE,
       ("@BRUISE|marks|burn|burns", "@ADULT", "scared|afraid|frightened|terrified|begs|refuses|"
        "fear|flinch|flinched|flinches"), window=24, sentence=False,
       unless_near="football rugby hockey match practice trampoline bike skate"),
    Co("physical_abuse.ru.injury_fear_back", K.PHYSICAL_ABUSE,
       ("@BRUISE|след|ожог", "@ADULT", "бояться|страшно|вздрагивать|вздрогнуть|просить|"
        "отказываться"), window=24, sentence=False,
       unless_near="футбол хоккей регби бокс борьба дзюдо самбо матч тренировка батут самокат "
                   "велосипед"),  # round 14: rugby, boxing and wrestling
    # a burn the child flinches about when asked who did it
    Co("physical_abuse.en.flinch_who_did", K.PHYSICAL_ABUSE,
       ("flinch|flinched|flinches|flinching", "who", "burn|burns|mark|marks|@BRUISE"),
       window=20, sentence=False),
    # a weapon in the hands, letting nobody near
    Co("acute_danger.en.weapon_keep_away", K.ACUTE_DANGER, ("@WEAPON|scissors", "@KEEPAWAY"),
       window=14, sentence=False,
       unless_near="@FOOD @TOY cook cooking vegetables salad bread dinner toy teach "
                   "counter"),  # round 41: teaching a 4yo to keep away from the knives
    Co("acute_danger.ru.weapon_keep_away", K.ACUTE_DANGER, ("@WEAPON|ножницы", "@KEEPAWAY"),
       window=14, sentence=False,
       unless_near="палец пластырь заклеить @FOOD @TOY готовить салат хлеб ужин плита "
                   "игрушечный деревянный научить "
                   "пальчик пластырь"),  # round 52: how to teach a cut 4yo
    # driven off by a stranger
    Co("acute_danger.en.stranger_drove_off", K.ACUTE_DANGER,
       ("@UNKNOWN", "car|van|truck", "drove|drive|drives|driven|off|away"),
       window=16, sentence=False),
    Co("acute_danger.ru.stranger_drove_off", K.ACUTE_DANGER,
       ("@UNKNOWN", "машина|автомобиль|фургон", "увезти|уехать|увозить|уезжать|посадить"),
       window=16, sentence=False),
    # -- round 8 -------------------------------------------------------------------------------
    # asked about self-harm and said yes (asked and said no stays quiet, as for suicide)
    Co("self_harm.en.asked_said_yes", K.SELF_HARM,
       ("@ASKEDIF", "@SHV|@SELFHARM|cutting", "yes|yeah|admitted|nodded"), window=20,
       sentence=False),
    Co("self_harm.ru.asked_said_yes", K.SELF_HARM,
       ("@ASKEDIF", "больно|вред|вредить|навредить|резать|порезать|@SELFHARM",
        "да|признаться|кивнуть"), window=20, sentence=False),
    # veiled intent: gone soon, with a farewell or a promise
    Co("suicidal_intent.en.rid_of_me_make_sure", K.SUICIDAL_INTENT,
       ("@RIDOFME", "@MAKESURE|goodbye|remember|soon"), window=20, sentence=False,
       unless_near="college university move moving job trip camp weekend tonight dinner feed"),
    Co("suicidal_intent.ru.gone_remember_me", K.SUICIDAL_INTENT,
       ("@RIDOFME", "запомнить|прощать|скучать|скоро"), window=16,
       sentence=False, unless_near="дом дома вечер секция лагерь поездка командировка переезд "
                                   "уехать переехать учеба"),
    Co("suicidal_intent.en.do_it_cant_watch", K.SUICIDAL_INTENT,
       ("@CANTWATCH", "do|doing", "it"), window=14, sentence=False,
       unless_near="party concert sleepover piercing tattoo hair"),
    Co("suicidal_intent.ru.do_it_cant_watch", K.SUICIDAL_INTENT,
       ("@CANTWATCH", "сделать|это"), window=14, sentence=False,
       unless_near="вечеринка концерт пирсинг татуировка волос гулять"),
    # a goodbye to everyone at night: "спасибо что были со мной ... не скучайте"
    Co("suicidal_behaviour.ru.thanks_goodbye_all", K.SUICIDAL_BEHAVIOUR,
       ("спасибо|благодарить", "скучать|прощать|забывать",
        "весь|все|ночью|разослать|любить"), window=14, sentence=False,
       unless_near="увидеться встретиться лагерь смена каникулы выпускной лето"),
    Co("suicidal_behaviour.en.thanks_goodbye_all", K.SUICIDAL_BEHAVIOUR,
       ("thank|thanks", "miss|forget|goodbye|bye", "everyone|everybody|all|night|love"),
       window=16, sentence=False,
       unless_near="see camp summer term year graduation trip holiday holidays soon"),
    # a belt or rope tied to a rail or hook with a chair under it
    Co("suicidal_behaviour.en.tied_chair_under", K.SUICIDAL_BEHAVIOUR,
       ("belt|rope|cord|scarf|cable|noose", "rail|hook|beam|pipe|bar|rod|railing|banister",
        "chair|stool"), window=20, sentence=False,
       unless_near="hammock swing gym exercise pull-up pullup climbing bag coat towel"),
    Co("suicidal_behaviour.ru.tied_chair_under", K.SUICIDAL_BEHAVIOUR,
       ("ремень|веревка|шарф|шнур|провод|петля", "штанга|крюк|перекладина|труба|балка|перила|"
        "карниз|турник", "стул|табуретка|табурет"), window=20, sentence=False,
       unless_near="качели гамак подтягиваться тренировка сумка куртка полотенце"),
    # an adult insisting on a locked door and secrets from the parents
    Co("sexual_abuse.en.locked_door_secrets", K.SEXUAL_ABUSE,
       ("teacher|tutor|coach|instructor|trainer|neighbour|neighbor|uncle|stepdad|stepfather|"
        "man|babysitter|priest|boyfriend", "lock|locked|locks|locking",
        "secret|secrets"), window=24, sentence=False),
    Co("sexual_abuse.ru.locked_door_secrets", K.SEXUAL_ABUSE,
       ("учитель|репетитор|тренер|преподаватель|педагог|сосед|дядя|отчим|мужчина|вожатый|"
        "няня|сожитель", "запирать|запереть|закрывать|"
        "закрыть|закрытый", "секрет|тайна"), window=24, sentence=False),
    # an adult throwing a small child so that he hits his head
    Co("physical_abuse.ru.threw_hit_head", K.PHYSICAL_ABUSE,
       ("швырнуть|швырять|бросить|кинуть|отшвырнуть", "удариться|стукнуться|биться",
        "голова|затылок"), window=16, sentence=False,
       unless_near="мяч игрушка подушка сам"),
    Co("physical_abuse.en.threw_hit_head", K.PHYSICAL_ABUSE,
       ("threw|throw|throws|flung|fling|hurled|shoved", "hit|banged|smashed|bumped",
        "head"), window=16, sentence=False,
       unless_near="siblings sibling twins twin remote couch ball toy pillow himself herself "
                   "frisbee"),
    # others urging the child: "чтобы он выпилился", the blackout challenge, "cut and send pics"
    Co("incitement.ru.told_to_suicide", K.INCITEMENT,
       ("сказать|говорить|писать|написать|советовать|предлагать|уговаривать|требовать",
        "чтобы|чтоб", "@SUICIDEV|порезаться|повеситься"), window=10),
    Co("incitement.en.dared_challenge", K.INCITEMENT,
       ("dare|dared|daring|dares|pressure|pressuring|urge|urging|pushing", "blackout|choking",
        "challenge|game"), window=10),
    Co("incitement.en.should_cut_send", K.INCITEMENT,
       ("should|must|to", "cut|hurt|burn", "herself|himself|yourself|themselves",
        "send|pictures|pics|photos|prove"), window=12,
       unless_near="hair paper fabric onion"),
    Co("incitement.ru.cut_send", K.INCITEMENT,
       ("порезать|порезаться|резать|резаться", "прислать|скинуть|отправить|фото|доказать"),
       window=12, unless_near="торт корж печь испечь кухня бумага ткань лук волос хлеб картошка "
                              "палец овощ салат "
                              "готовить"),  # round 20: bread, potatoes
    # cutting or burning a finger or a hand on purpose: "специально режет себе пальцы"
    Co("self_harm.ru.on_purpose_fingers", K.SELF_HARM,
       ("специально|нарочно|намеренно", "резать|порезать|царапать|расцарапать|жечь|обжечь|"
        "прижигать|колоть", "палец|ладонь|кисть|ноготь|@SHBODY"), window=6),
    Co("self_harm.en.on_purpose_fingers", K.SELF_HARM,
       ("deliberately|purposely|purpose", "cut|cuts|cutting|burn|burns|burning|scratch|scratches|"
        "stab|stabs|jab|jabs", "finger|fingers|palm|palms|hand|hands|thumb|@SHBODY"), window=6,
       unless_near="paper cardboard onion onions vegetables"),
    # on an open window-sill and not coming down
    Co("acute_danger.ru.sill_wont_come_down", K.ACUTE_DANGER,
       ("подоконник|карниз", "открытый|распахнуть|этаж",
        "слезать|слезть|спускаться|спуститься|отходить|отойти|отказываться"),
       window=14, sentence=False, unless_near="кот кошка котенок цветок мыть"),
    Co("acute_danger.en.sill_wont_come_down", K.ACUTE_DANGER,
       ("sill|windowsill|ledge", "open|floor|storey|story",
        "down|off|refuses|refusing|@WONT"),
       window=14, sentence=False, unless_near="cat kitten plant wash washing cleaning"),
    # -- round 9 -------------------------------------------------------------------------------
    # purging after meals, hidden or with weight lost: "её там рвёт, худеет", the water running
    Co("acute_danger.en.vomit_after_meals", K.ACUTE_DANGER,
       ("@VOMIT", "after", "meal|meals|dinner|lunch|breakfast|supper|eating|eats|food",
        "weight|thin|thinner|skinny|water|tap|shower|hide|hides|hiding|secretly|every|always|"
        "bathroom|toilet"), window=20, sentence=False,
       unless_near="bug virus flu fever car carsick bus boat plane ferry poisoning norovirus "
                   "stomach medicine"),
    Co("acute_danger.ru.vomit_after_meals", K.ACUTE_DANGER,
       ("@VOMIT", "после", "еда|ужин|обед|завтрак|есть|поесть|кушать|прием",
        "худеть|похудеть|вес|вода|кран|душ|скрывать|прятать|туалет|ванная|каждый|слышать|"
        "постоянно"), window=16, sentence=False,
       unless_near="ротавирус вирус температура отравление укачать укачивать машина автобус "
                   "самолет корабль грипп таблетка антибиотик лекарство педиатр"),  # round 52
    # a child locked in by an adult, the parent kept out or without keys, the child crying
    Co("acute_danger.en.adult_locked_child_in", K.ACUTE_DANGER,
       ("@ADULT|@HOMEADULT", "@LOCK|lock|locking|shut|shuts",
        "@LOCKPLACE|room|flat|apartment|house|wardrobe|car",
        "@SHUTOUT|key|keys|crying|cries|screaming|open|answer|calling|inside|shouting|window"),
       # round 27; round 79: children shouting at the window
       window=20, sentence=False,
       unless_near="goodbye leaned opens himself herself themselves myself privacy singing sing "
                   "song "
                   "shower prank "
                   "stuck"),  # round 20: a boarding-school prank, a stuck door
    Co("acute_danger.ru.adult_locked_child_in", K.ACUTE_DANGER,
       ("@ADULT|@HOMEADULT", "@LOCKV|@LOCK", "@LOCKPLACE|квартира|комната|дом|машина",
        "ключ|плакать|кричать|@SHUTOUT|открывать|звонить|один"), window=16,
       # round 26: she locked herself in
       sentence=False, unless_near="себя сам личный пространство закрыться запереться"),
    # a weapon in a teenager's room and he won't come out: "hunting rifle in his room"
    Co("acute_danger.en.weapon_wont_come_out", K.ACUTE_DANGER,
       ("@WEAPON", "room|bedroom|barricaded|barricade|locked|lock", "@NEG|anyone|anybody",
        "out|open|answer|answering|respond|responding|comes|come|use"),  # round 27: "he'll
       window=14, sentence=False,  # use it if anyone comes in"
       unless_near="@TOY dinner lunch breakfast cleaning clean trip range"),
    Co("acute_danger.ru.weapon_wont_come_out", K.ACUTE_DANGER,
       ("@WEAPON", "комната|@LOCK|забаррикадироваться", "@NEG",
        "выходить|открывать|отвечать|пускать"), window=14, sentence=False,
       unless_near="@TOY ужин обед завтрак чистить охота тир"),
    # a plan in the parent's words: lying down on the railway tracks
    Co("suicidal_plan.en.lie_on_tracks", K.SUICIDAL_PLAN,
       ("tracks|railway|railroad|rails", "lie|lay|lying|laying|lays|lies",
        "will|going|gonna|@INTENTW|@WANT|@SPEECH|plans|planning|plan"), window=14,
       sentence=False, unless_near="grass blanket picnic watch watching model toy set bed"),
    Co("suicidal_plan.ru.lie_on_tracks", K.SUICIDAL_PLAN,
       ("рельс|железнодорожный|железка|шпала", "лечь|ложиться|лежать|улечься",
        "пойти|хотеть|собираться|@SPEECH|@WANT|@INTENTW"), window=14, sentence=False,
       unless_near="трава плед пикник смотреть игрушечный модель"),
    # knows where the gun or the pills are and will "do it": "знает где у деда ружье и сделает это"
    Co("suicidal_plan.en.knows_where_do_it", K.SUICIDAL_PLAN,
       ("know|knows|knew", "where", "@WEAPON|@PILLS|gun|rope", "@DOIT"), window=18,
       sentence=False),
    Co("suicidal_plan.ru.knows_where_do_it", K.SUICIDAL_PLAN,
       ("знать", "где", "@WEAPON|@PILLS|ружье|пистолет|веревка", "@DOIT"), window=18,
       sentence=False),
    # a small child's words: "деда делает больно там внизу", "трогает пипиську"
    Co("sexual_abuse.ru.hurts_down_there", K.SEXUAL_ABUSE,
       ("@ADULT|@AGENT", "больно|трогать|щупать", "@SEXPART"), window=8,
       unless_near="врач доктор осмотр педиатр гинеколог уролог покраснение зуд сыпь"),
    Co("sexual_abuse.en.hurts_down_there", K.SEXUAL_ABUSE,
       ("@ADULT|@AGENT", "hurt|hurts|hurting|touch|touches|touching|touched", "@SEXPART"),
       window=8, unless_near="doctor nurse paediatrician pediatrician checked exam rash"),
    # undressed and touched, at the end of a long story: "pulled her pants down and touched her"
    Co("sexual_abuse.en.undressed_touched", K.SEXUAL_ABUSE, ("@UNDRESS", "@TOUCH"), window=8,
       unless_near="doctor nurse paediatrician pediatrician potty diaper nappy changing"),
    Co("sexual_abuse.ru.undressed_touched", K.SEXUAL_ABUSE, ("@UNDRESS", "@TOUCH|трогать"),
       window=8, unless_near="врач доктор горшок подгузник памперс переодевать"),
    # a hand over a crying child's mouth, a throat squeezed: "закрывает рот рукой и душит"
    Co("physical_abuse.ru.hand_over_mouth", K.PHYSICAL_ABUSE,
       ("закрывать|закрыть|зажимать|зажать", "рот|нос", "рука|ладонь|подушка",
        "душить|задыхаться|дышать|плакать|кричать|орать"), window=12,
       unless_near="игра играть прятки хихикать смеяться шутка щекотать смех"),
    Co("physical_abuse.en.hand_over_mouth", K.PHYSICAL_ABUSE,
       ("hand|hands|pillow|palm", "over", "mouth|nose|face",
        "choke|chokes|choking|breathe|breath|crying|cries|cry|scream|screams|screaming"),
       window=12, unless_near="tickle tickling giggle giggling laugh laughing laughed hide seek "
                              "game playing surprise"),
    Co("physical_abuse.en.squeezes_throat", K.PHYSICAL_ABUSE,
       ("@ADULT|@HOMEADULT", "squeeze|squeezes|squeezed|squeezing|press|presses|pressed|grip|"
        "grips|gripped|grab|grabs|grabbed|grabbing|pin|pins|pinned",  # round 45: grabbed
        "throat|neck"), window=12, unless_near="hug hugs hugged bath bathing newborn support "
                                              "scarf collar"),
    # a parent beaten and the children saw it: "муж ударил меня, дети все видели"
    Co("physical_abuse.en.hit_me_kids_saw", K.PHYSICAL_ABUSE,
       ("husband|partner|boyfriend|ex|stepdad|fiance|fiancé",
        "hit|hits|punched|punches|beat|beats|slapped|slaps|kicked|kicks|choked|chokes|"
        "strangled|shoved|pushed|hitting|punching|beating", "me",
        "kids|children|son|daughter|baby|child|@CHILDN",
        "saw|see|sees|watched|watching|front|witnessed|heard|everything"), window=16,
       sentence=False, unless_near="tv movie film series episode cartoon"),
    Co("physical_abuse.ru.hit_me_kids_saw", K.PHYSICAL_ABUSE,
       ("муж|сожитель|партнер|бывший|парень|отчим|супруг",
        "ударить|бить|избить|избивать|толкнуть|душить|пнуть|швырнуть|ударять", "я",
        "ребенок|сын|дочь|дочка|младший|старший",
        "видеть|увидеть|смотреть|глаз|при|слышать"), window=16, sentence=False,
       unless_near="сериал фильм мультик кино передача"),
    # -- round 10 ------------------------------------------------------------------------------
    # self-harm in its community's words: "clean for 10 days but relapsed", "сорвалась после
    # 20 дней, опять режется"
    Co("self_harm.en.clean_relapse", K.SELF_HARM,
       ("@SHSLANG|@SELFHARM|cutting", "clean|relapse|relapsed|relapses|relapsing|streak"),
       window=12, sentence=False,
       unless_near="@ACCIDENT knee football cleaned"),  # round 23: a knee's cut cleaned up
    Co("self_harm.ru.clean_relapse", K.SELF_HARM,
       ("@SELFHARM|порез|резаться|лезвие|шрам", "сорваться|срыв|чистый|держаться|продержаться",
        "день|неделя|месяц"), window=14, sentence=False),
    # a wall or a door punched until the knuckles bleed, or "to feel something"
    Co("self_harm.en.punch_wall_bleed", K.SELF_HARM,
       ("punch|punches|punched|punching|hit|hits|hitting|bang|bangs|banging|smash|smashes|"
        "pound|pounds", "wall|walls|door|doors|concrete|brick|bricks",
        "bleed|bleeds|bleeding|bled|blood|bloody|raw|knuckles|@FEELSOME"), window=16,
       sentence=False, unless_near="accident accidentally @TOY"),
    Co("self_harm.ru.punch_wall_bleed", K.SELF_HARM,
       ("бить|ударять|ударить|колотить|долбить|долбиться|биться|лупить", "стена|дверь|кирпичный|"
        "бетонный|кирпич", "кровь|костяшка|@FEELSOME"), window=12, sentence=False,
       unless_near="перфоратор дрель молоток гвоздь"),
    # grooming by a known man: a hand on her thigh or knee on the rides home, come over when
    # his wife is away
    Co("sexual_abuse.en.hand_on_leg_rides", K.SEXUAL_ABUSE,
       ("hand|hands|stroke|strokes|stroked|stroking|rub|rubs|rubbed|rubbing",
        "thigh|thighs|knee|knees|leg|legs", "ride|rides|lift|lifts|drive|drives|drove|driving|"
        "car|@SECRET|wife|alone|way|keeps"),
       window=14, sentence=False, unless_near="hurt injury injured sprain sprained scraped graze "
                                              "grazed doctor physio physiotherapist massage brace "
                                              "bandage plaster cramp"),
    Co("sexual_abuse.ru.hand_on_leg_rides", K.SEXUAL_ABUSE,
       ("рука|гладить|погладить|поглаживать|трогать|лапать", "бедро|колено|коленка|нога",
        "подвозить|подвезти|машина|ехать|ездить|@SECRET|жена|один|бояться"),
       window=14, sentence=False, unless_near="ушибить ушиб болеть больно врач массаж "
                                              "травма растяжение пластырь судорога"),
    Co("sexual_abuse.en.come_over_wife_away", K.SEXUAL_ABUSE,
       ("wife", "away|out|gone|work|trip|travelling|traveling|=isn't|=not|weekend",
        "come|visit|over|place|house|invite|invites|invited|asked|asks|wants"),
       window=12, sentence=False, unless_near="knife scouts camping =we =us"),
    Co("sexual_abuse.ru.come_over_wife_away", K.SEXUAL_ABUSE,
       ("жена", "@NEG|нет|уезжать|уехать|командировка|отсутствовать|работа|дача",
        "звать|позвать|приглашать|пригласить|гость|зайти|заходить|приходить|прийти"),
       window=12, sentence=False, unless_near="мы"),
    # the sudden calm after weeks of despair, with farewells: thanks, peace made, things given
    Co("suicidal_behaviour.en.sudden_calm_farewells", K.SUICIDAL_BEHAVIOUR,
       ("calm|calmer|cheerful|peace|peaceful|serene|upbeat|happy|happier|relieved|content",
        "suddenly|sudden|overnight|unexpectedly",
        "depressed|depression|despair|hopeless|crying|cried|tears|miserable|withdrawn|"
        "pointless|matters",
        "apologised|apologized|apologising|apologizing|thank|thanked|thanking|goodbye|goodbyes|"
        "reconciled|gave|giving|@GIVEAWAY|@FAREWELL|letter|letters"), window=28,
       sentence=False),
    Co("suicidal_behaviour.ru.sudden_calm_farewells", K.SUICIDAL_BEHAVIOUR,
       ("спокойный|спокойно|успокоиться|веселый|повеселеть|умиротворенный|радостный",
        "вдруг|внезапно|неожиданно|резко",
        "подавить|подавленность|депрессия|плакать|слеза|бессмысленный|тоска|отчаяние|замкнуться",
        "помириться|благодарность|благодарить|попрощаться|прощаться|@GIVEAWAY|@FAREWELL|"
        "письмо"), window=30, sentence=False),
    # -- round 11 ------------------------------------------------------------------------------
    # violence against the mother seen by the children, in other verbs and words
    Co("physical_abuse.en.threw_me_kids_saw", K.PHYSICAL_ABUSE,
       ("husband|partner|boyfriend|ex|stepdad|dad|daddy|father",
        "slammed|slams|slam|threw|throws|throw|thrown|flung|dragged|drags|shoved|shoves|pushed|"
        "pushes|grabbed", "me",
        "kids|children|son|daughter|baby|child|@CHILDN|old",
        "saw|see|sees|watched|watching|front|witnessed|heard|everything|hid|hiding|scared"),
       window=16, sentence=False,
       unless_near="tv movie film series episode cartoon ball pool lake water swing game "
                   "playing party"),
    Co("physical_abuse.ru.pushed_me_kids_hid", K.PHYSICAL_ABUSE,
       ("муж|сожитель|партнер|бывший|парень|отчим|супруг",
        "толкнуть|толкать|швырять|прижать|прижимать|таскать|тащить|схватить|ударить|бить", "я",
        "ребенок|сын|дочь|дочка|младший|старший",
        "прятаться|спрятаться|бояться|писаться|заикаться|трястись|плакать"), window=20,
       sentence=False, unless_near="бассейн вода качели игра шутка сериал фильм"),
    Co("physical_abuse.en.daddy_kill_mommy", K.PHYSICAL_ABUSE,
       ("daddy|dad|papa|father", "kill|hurt", "mommy|mummy|mom|mum|mama|you",
        "ask|asks|asked|asking|scared|afraid|worried|fear"), window=12, sentence=False,
       unless_near="spider fly bug wasp mosquito game deployed army military war soldier"),
    Co("physical_abuse.ru.papa_kill_mama", K.PHYSICAL_ABUSE,
       ("папа|папка|отец", "убить|убивать", "мама|мамочка|ты",
        "спрашивать|спросить|бояться"), window=12, sentence=False,
       unless_near="паук муха таракан комар игра"),
    # an adult who "disciplines" with a spoon, a belt or a stick: marks, can't sit
    Co("physical_abuse.en.disciplines_implement", K.PHYSICAL_ABUSE,
       ("discipline|disciplines|disciplined|disciplining|punish|punishes|punished|punishing|"
        "manners|teaches", "spoon|belt|stick|rod|cane|slipper|hairbrush|ruler|paddle|switch",
        "bruise|bruises|bruised|marks|sit|welts|cry|cries|crying|sore"),
       window=24, sentence=False, unless_near="dog puppy horse cooking stir"),
    Co("physical_abuse.ru.disciplines_implement", K.PHYSICAL_ABUSE,
       ("воспитывать|наказывать|наказать|учить|проучить", "ложка|ремень|палка|скалка|прут|"
        "розга|шнур|тапка|линейка|скакалка", "синяк|сидеть|след|плакать|реветь|кровь"),
       window=24, sentence=False, unless_near="собака щенок готовить суп варенье"),
    # a child locked in a room by an adult, without food, and left alone
    Co("acute_danger.en.locked_no_food_left", K.ACUTE_DANGER,
       ("@ADULT|@HOMEADULT|ex|babysitter", "lock|locked|locks|locking|shut|shuts",
        "room|bedroom|flat|apartment|house|@LOCKPLACE", "food|dinner|eat|eating|water|lunch",
        "left|went|gone|leaves|alone"), window=24, sentence=False,
       unless_near="himself herself themselves myself cat dog kitten puppy vet"),
    Co("acute_danger.ru.locked_no_food_left", K.ACUTE_DANGER,
       ("@ADULT|@HOMEADULT|бывший", "@LOCKV|@LOCK", "комната|квартира|дом|@LOCKPLACE",
        "еда|есть|кушать|обед|ужин|вода", "уйти|уехать|уходить|один|оставить"), window=24,
       sentence=False, unless_near="кот кошка собака ветеринар себя"),
    # a weapon in a teenager's room and he won't let anyone in
    Co("acute_danger.en.weapon_wont_let_in", K.ACUTE_DANGER,
       ("@WEAPON", "room|bedroom|barricaded|locked", "@NEG", "let"), window=14, sentence=False,
       unless_near="@TOY dinner lunch breakfast cleaning clean trip range"),
    Co("acute_danger.ru.weapon_wont_let_in", K.ACUTE_DANGER,
       ("@WEAPON", "комната|@LOCK|забаррикадироваться", "@NEG", "впускать|впустить|пустить"),
       window=14, sentence=False, unless_near="@TOY ужин обед завтрак чистить охота тир"),
    # a young child's conditional intent: "die on purpose so you'll be sorry"
    Co("suicidal_intent.en.die_on_purpose_sorry", K.SUICIDAL_INTENT,
       ("@DIE", "purpose|purposely|deliberately", "sorry|cry|regret|miss|sad"), window=12),
    Co("suicidal_intent.ru.die_on_purpose_sorry", K.SUICIDAL_INTENT,
       ("@DIE", "специально|нарочно|назло", "пожалеть|жалеть|плакать|заплакать|поплакать"),
       window=12),
    # picturing oneself hanging, imagining one's own funeral
    Co("suicidal_method.en.pictures_self_hanging", K.SUICIDAL_METHOD,
       ("picture|pictures|picturing|pictured|imagine|imagines|imagining|imagined|visualise|"
        "visualize|visualising|visualizing", "himself|herself|myself", "hanging|hanged|dead"),
       window=6, unless_near="out around upside bar bars monkey"),
    Co("suicidal_method.ru.pictures_self_hanging", K.SUICIDAL_METHOD,
       ("представлять|представить|воображать|вообразить", "висеть|повесить|петля"),
       window=6, unless_near="турник перекладина канат качели кольцо шведский"),
    Co("death_wish.en.pictures_own_funeral", K.DEATH_WISH,
       ("picture|pictures|picturing|pictured|imagine|imagines|imagining|imagined|dream|dreams|"
        "visualise|visualize", "funeral|funerals", "own|who|come|cry|cries|miss"),
       window=12, unless_near="grandma grandpa granny nan dog cat hamster pet uncle aunt fish"),
    Co("death_wish.ru.pictures_own_funeral", K.DEATH_WISH,
       ("представлять|представить|воображать|вообразить|мечтать", "похороны|могила|гроб",
        "свой|кто|прийти|плакать|скучать"), window=12,
       unless_near="бабушка дедушка кот собака хомяк попугай рыбка питомец"),
    # a pet given away with a list of who gets her things
    Co("suicidal_behaviour.en.pet_given_list", K.SUICIDAL_BEHAVIOUR,
       ("gave|give|gives|giving|rehomed|rehome|rehoming|@GIVEAWAY",
        "cat|dog|hamster|rabbit|pet|kitten|puppy|bird|fish|guinea|parrot|snake|lizard",
        "list|wrote|written|write|note", "gets|get|inherit|have|keep"), window=30,
       sentence=False, unless_near="poster poisonous vet moving move abroad donate donating "
                                   "sell selling allergic "
                                   "allergy"),
    Co("suicidal_behaviour.ru.pet_given_list", K.SUICIDAL_BEHAVIOUR,
       ("отдать|отдавать|подарить|@GIVEAWAY", "кошка|кот|собака|хомяк|кролик|питомец|котенок|"
        "щенок|попугай|рыбка", "список|расписать|завещание", "=кому|достаться|доставаться"),
       window=30, sentence=False, unless_near="переезд переезжать продажа продать аллергия"),
    # out at night without shoes or phone, gone an hour or more
    Co("acute_danger.en.out_barefoot_no_phone", K.ACUTE_DANGER,
       ("barefoot|shoes|shoeless", "phone", "hour|hours|midnight|dark|night",
        "out|left|walked|ran|stormed|gone"), window=30, sentence=False,
       unless_near="@BACKSOON @CAMEBACK"),
    Co("acute_danger.ru.out_barefoot_no_phone", K.ACUTE_DANGER,
       ("босиком|обувь|босой", "телефон", "час|полчаса|ночь|темно|темнота|полночь",
        "уйти|выбежать|выскочить|убежать|выйти|пропасть"), window=30, sentence=False,
       unless_near="@BACKSOON @CAMEBACK"),
    # a priest, a teacher or another adult with his hands under her clothes
    Co("sexual_abuse.ru.hands_under_clothes", K.SEXUAL_ABUSE,
       ("батюшка|священник|поп|пастор|дьякон|настоятель|монах|имам|учитель|тренер|сосед|дядя|"
        "отчим|вожатый|репетитор", "лезть|залезать|залезть|засовывать|совать|трогать|гладить|"
        "рука", "под", "кофта|футболка|юбка|майка|блузка|одежда|платье|рубашка|трусы|свитер|"
        "одеяло|пижама|ночнушка"),
       window=12, sentence=False, unless_near="врач доктор температура вспотеть этикетка"),
    Co("sexual_abuse.en.hands_under_clothes", K.SEXUAL_ABUSE,
       ("priest|pastor|vicar|minister|reverend|deacon|imam|rabbi|monk|coach|teacher|neighbour|"
        "neighbor|uncle|stepdad|tutor", "hand|hands|reach|reached|reaches|touched|touches",
        "under|inside|up", "shirt|top|skirt|dress|blouse|clothes|pants|jumper|sweater|blanket|"
        "covers|duvet|sheets|nightie|pyjamas|pajamas"),
       window=12, sentence=False, unless_near="doctor nurse temperature fever tag label"),
    Co("sexual_abuse.en.priest_lap_touched", K.SEXUAL_ABUSE,
       ("priest|pastor|vicar|minister|reverend|deacon|imam|rabbi|monk",
        "lap|touched|touches|touching|kissed|kisses"), window=14, sentence=False,
       unless_near="head forehead blessed blessing"),
    Co("sexual_abuse.ru.priest_touched", K.SEXUAL_ABUSE,
       ("батюшка|священник|поп|пастор|дьякон|настоятель|монах",
        "трогать|лапать|колено|целовать|гладить"), window=14, sentence=False,
       unless_near="голова лоб благословить благословлять перекрестить"),
    # -- round 12 ------------------------------------------------------------------------------
    # a button battery, a magnet or a caustic cleaner swallowed: an emergency at any age, with
    # or without symptoms yet (the sink rules want a symptom)
    Co("acute_danger.en.swallowed_battery_caustic", K.ACUTE_DANGER,
       ("swallowed|swallow|swallowing|drank|drink|drinking|=ate|eaten|=drunk|licked|chewed",
        "battery|batteries|magnet|magnets|lye|caustic|unblocker|=drain|dishwasher|"
        "=laundry|oven|acid|ammonia|solvent|kerosene|paraffin|turpentine"),
       window=8, neg=True, unless_near="almost nearly =didn't =didnt =never happens"),  # 29:
       # "what happens if you eat a laundry pod"
    Co("acute_danger.ru.swallowed_battery_caustic", K.ACUTE_DANGER,
       ("проглотить|проглатывать|глотнуть|наглотаться|выпить+#past|отпить|лизнуть|съесть+#past",
        "батарейка|магнит|магнитик|крот|щелочь|кислота|растворитель|керосин|скипидар|"
        "отбеливатель|антифриз|хлорка|белизна|уксус|прочистка|чистить|моющий|капсула"),
       window=8, neg=True, unless_near="витамин вместо педиатр чуть едва думать карман"),
       # round 15: drain
       # cleaner, a capsule; round 43: «думала, проглотил магнитик, а он спрятал в карман»
    # out on the ledge, the railing or the parapet of a balcony, a roof or a bridge
    Co("acute_danger.en.out_on_ledge", K.ACUTE_DANGER,
       ("ledge|railing|railings|parapet",
        "balcony|roof|rooftop|bridge|window|floor|storey",
        "climbed|climb|climbing|climbs|out|onto|over|standing|stands|stood|sitting|sits|sat|"
        "hanging|leaning"),
       window=10, unless_near="bird birds plant plants flower flowers pot pots photo photos "
                              "picture fireworks view watch watching fishing fish paper "
                              "plane planes"),  # round 38: paper planes off the balcony
    Co("acute_danger.ru.out_on_ledge", K.ACUTE_DANGER,
       ("карниз|перила|парапет|выступ", "балкон|крыша|мост|окно|этаж",
        "залезть|вылезти|перелезть|стоять|сидеть|висеть|выйти+#past|забраться"),
       window=10, unless_near="цветок птица фото вид салют"),
    # an adult holding the child's hand to a stove, an iron or a flame: burning as punishment
    Co("physical_abuse.en.held_hand_to_heat", K.PHYSICAL_ABUSE,
       ("held|hold|holds|holding|pressed|press|pressing|put|forced|pushed|shoved",
        "hand|hands|arm|finger|fingers|palm",
        "stove|hob|iron|cooker|burner|kettle|lighter|cigarette|flame|fire|radiator",
        "@ADULT|@AGENT|he|she|him|teach|punish|punishment|lesson"),
       window=14, sentence=False, unless_near="accident accidentally mitt glove gloves warm "
                                              "warming"),
    Co("physical_abuse.ru.held_hand_to_heat", K.PHYSICAL_ABUSE,
       ("держать|прижать|прижимать|положить|засунуть|сунуть",
        "рука|палец|ладонь|ладошка",
        "плита|утюг|конфорка|горячий|кипяток|зажигалка|сигарета|огонь|батарея",
        "@ADULT|@AGENT|он|она|наказать|наказание|проучить"),
       window=14, sentence=False, unless_near="случайно нечаянно прихватка варежка греть"),
    # sexual play beyond the child's age with dolls or toys, and an adult named beside it
    Co("sexual_abuse.en.sexual_play_and_adult", K.SEXUAL_ABUSE,
       ("sexual|sexually|sex|inappropriate|explicit|humping",
        "doll|dolls|teddy|toys|toy|barbie|barbies",
        "daddy|dad|uncle|stepdad|grandpa|granddad|man|he|him|night|=does|=did"),
       window=40, sentence=False, unless_near="anatomy education book books puberty doctor "
                                               "lesson"),
    Co("sexual_abuse.ru.sexual_play_and_adult", K.SEXUAL_ABUSE,
       ("сексуальный|секс|половой|интимный", "кукла|игрушка|мишка|барби",
        "папа|дядя|отчим|дедушка|дед|мужчина|он|ночь|делать"),
       window=40, sentence=False, unless_near="анатомия книга врач урок"),
    # a plan in writing: a date, a method and the word "plan" on one page
    Co("suicidal_plan.en.plan_date_method", K.SUICIDAL_PLAN,
       ("plan|plans|planned|planning",
        "cut|cutting|deep|bath|pills|overdose|hang|rope|noose|jump|bridge|roof|train|gun|"
        "shotgun|rifle|pistol|shells|bullets",
        "date|birthday|@WHEN|day|week|weeks|bye|goodbye"),
       window=30, sentence=False,
       unless_near="seizure seizures neuro neurologist @ACCIDENT party parties trip holiday "
                   "vacation lesson lessons hair cake haircut "
                   "cooking recipe weigh-ins weigh-in lbs kg"),  # round 23: a wrestler's cut
    # -- round 13 ------------------------------------------------------------------------------
    # praying or asking God to take him: a wish to be dead in a child's faith
    Co("death_wish.en.pray_god_take", K.DEATH_WISH,
       ("pray|prays|praying|prayed|ask|asks|asked|asking|wish|wishes|wished|begs|begged",
        "god|jesus|lord|allah", "take|takes|took|taking"), window=10,
       unless_near="care grandma grandpa granny nan dog cat pet hamster pain illness"),
    Co("death_wish.ru.pray_god_take", K.DEATH_WISH,
       ("молиться|просить|мечтать|хотеть", "бог|господь|боженька|аллах|всевышний",
        "забрать|взять|прибрать"), window=10,
       unless_near="бабушка дедушка кот собака хомяк питомец беречь хранить боль болезнь"),
    # a method named as the quick way out: "если что — под поезд, там быстро"
    Co("suicidal_method.ru.railway_quick", K.SUICIDAL_METHOD,
       ("поезд|электричка|рельс", "под", "быстро|легко|сразу|безболезненно"),
       window=8),
    Co("suicidal_method.en.railway_quick", K.SUICIDAL_METHOD,
       ("train|tracks|truck|lorry", "under|front", "quick|quickly|fast|painless|instant"),
       window=8, unless_near="toy model lego"),
    # pills got into, and the child drowsy or sick: an overdose to act on now
    Co("acute_danger.en.pills_and_drowsy", K.ACUTE_DANGER,
       ("got|ate|eaten|swallowed|took|chewed|found|into", "@PILLS|pills|medicine|meds|tablets",
        "sleepy|drowsy|dizzy|floppy|unconscious|unresponsive|vomiting|wobbly|confused"),
       window=20, sentence=False, unless_near="wisdom prescription vitamin vitamins gummy "
                                              "gummies prescribed dose "
                                              "doctor tonsils surgery operation anaesthesia "
                                              "anesthesia @BYMISTAKE"),  # 50, 61
    Co("acute_danger.ru.pills_and_drowsy", K.ACUTE_DANGER,
       ("съесть|проглотить|наглотаться|выпить|достать|добраться|найти",
        "таблетка|@PILLS|лекарство",
        "сонный|вялый|засыпать|рвать|тошнить|шататься|сознание|отключаться"),
       window=20, sentence=False, unless_near="аллергия забыть фармацевт витамин витаминка "
                                              "аскорбинка врач доза"),
    # a man beating the mother in front of the children
    Co("physical_abuse.ru.beats_wife_before_children", K.PHYSICAL_ABUSE,
       ("бить|избивать|ударить|ударять|душить|колотить",
        "жена|невестка|мама|мать|сожительница", "при|перед|видеть|смотреть",
        "ребенок|внук|внучка"), window=10, neg=True,
       unless_near="@NEWS @FICTION игрушка подушка"),
    Co("physical_abuse.en.beats_wife_before_children", K.PHYSICAL_ABUSE,
       # the forms, not the lemmas: "no hitting ever" is no act
       ("=hits|=beats|=hit|=beat|=chokes|=choked|=punches|=punched|=slaps|=slapped",
        "wife|mother|mom|mum|partner|girlfriend", "front|saw|see|sees|watch|watched|witness",
        "kids|children|grandkids|grandchildren"), window=12, neg=True,
       unless_near="@NEWS @FICTION @NOBODY tv pillow toy ball"),
    # an adult coming into the bathroom to "check" a bathing child's body
    Co("sexual_abuse.en.checks_body_in_bath", K.SEXUAL_ABUSE,
       ("stepfather|stepdad|uncle|boyfriend|neighbour|neighbor|coach|lodger",
        "bathroom|bath|bathes|bathing|shower|showering|showers",
        "checking|check|checks|inspect|inspecting|inspects"), window=20, sentence=False,
       unless_near="rash eczema lice nits doctor cream toddler baby nappy diaper"),
    # a coach, a teacher or a sitter who slaps, punches or kicks the children in his charge
    Co("physical_abuse.en.carer_struck_child", K.PHYSICAL_ABUSE,
       ("coach|teacher|tutor|instructor|trainer|babysitter|nanny|sitter|stepdad|stepfather|"
        "aide|carer|caregiver|childminder|minder|nursery|daycare|preschool",  # round 14
        "=slapped|=slaps|=smacked|=smacks|=punched|=punches|=kicked|=kicks|=shoved|=shoves",
        "@CHILDN|son|daughter|boy|girl|kid|kids|boys|girls"), window=14, neg=True,
       unless_near="@NEWS @FICTION recess apologized apologised handled"),  # round 51: a
    # boy's punch at recess, the teachers handling it
    # -- round 14 ------------------------------------------------------------------------------
    # a reward offered for undressing on camera: robux, skins or money for a video "without
    # your shirt"
    Co("online_exploitation.en.reward_undress_on_camera", K.ONLINE_EXPLOITATION,
       ("robux|vbucks|coins|gems|skins|money|cash|gift|giftcard|paid|pay|offered|offers|"
        "promised|promises|reward",
        "@IMAGE|call|camera|cam|webcam|facetime|stream|live",
        "@NUDE|@UNDRESS|shirt|top|clothes|pants|trousers|shorts"), window=20,
       unless_near="@MEDICAL beach pool swim swimming sunburn costume"),
    Co("online_exploitation.ru.reward_undress_on_camera", K.ONLINE_EXPLOITATION,
       ("робукс|деньга|подарок|заплатить|платить|обещать|предложить|предлагать|скин|донат",
        "@IMAGE|звонок|стрим|эфир",
        "@NUDE|@UNDRESS|футболка|майка|кофта|одежда|штаны"), window=20,
       unless_near="@MEDICAL пляж бассейн костюм"),
    # asked to show private parts on a video or in a game: exploitation wherever the asker
    # says they are a child
    Co("online_exploitation.en.show_private_on_camera", K.ONLINE_EXPLOITATION,
       ("@SHOW|show", "@SEXPART|private|privates", "@IMAGE|call|camera|cam|webcam|@ONLINE"),
       window=14, unless_near="@MEDICAL"),
    # a "giveaway" of her things because she "won't need them anymore"
    Co("suicidal_behaviour.en.giveaway_not_need", K.SUICIDAL_BEHAVIOUR,
       ("giveaway|giveaways", "@NONEED"), window=30, sentence=False, unless_near="@DONATE"),
    # pills hoarded out of sight: boxes in a sock, a stash under the mattress
    Co("suicidal_behaviour.ru.pills_hidden", K.SUICIDAL_BEHAVIOUR,
       ("пачка|упаковка|блистер|пузырек|запас|заначка|коробка", "@PILLS|таблетка",
        "носок|шкаф|матрас|подушка|спрятать|прятать|тайник"), window=12,
       unless_near="аптечка витамин витаминка куда целый шкафчик игрушка"),  # round 41:
       # «куда прятать лекарства»; round 48: a blister pack taken, unopened; round 63: a small
       # child's hiding place among his toys
    # which way hurts less, a method named: a child weighing how to die
    Co("suicidal_method.en.which_hurts_less", K.SUICIDAL_METHOD,
       ("hurt|hurts|painful|painless", "less|least|quicker|faster|quickest|fastest",
        "knife|rope|pills|@PILLS|noose|blade|razor|gun|bridge|roof|train|jump|jumping|hanging|"
        "drowning|cutting|overdose"), window=12,
       unless_near="tattoo piercing injection vaccine jab shot needle dentist braces wax "
                   "waxing"),
    Co("suicidal_method.ru.which_hurts_less", K.SUICIDAL_METHOD,
       ("больно|больной|безболезненно|безболезненный|быстрый", "нож|веревка|таблетка|@PILLS|"
        "петля|лезвие|мост|крыша|поезд|прыгнуть|повеситься|утопиться|вена"), window=12,
       unless_near="прививка укол татуировка пирсинг зуб брекет эпиляция "
                   "анализ брать сдавать процедурный медсестра палец картошка чистить сдать "
                   # round 32: a blood test; round 45: a finger cut peeling potatoes
                   "@NEWS актер каскадер"),  # round 40: a film's stunt, "did it hurt the actor?"
    # "he forced me" beside a no, a hurt or a secret: an assault told in plain words
    Co("sexual_abuse.en.forced_me_said_no", K.SEXUAL_ABUSE,
       ("@FORCEDME", "no|stop|hurt|hurts|cried|crying|=didn't|=didnt|secret|bed|body|touch|"
        "touched|clothes"), window=30, sentence=False,
       unless_near="eat food homework chores practice laps apologise apologize sorry"),
    Co("sexual_abuse.ru.forced_me_said_no", K.SEXUAL_ABUSE,
       ("@FORCEDME", "нет|хотеть|больно|плакать|секрет|кровать|тело|трогать|одежда|раздеться"),
       window=30, sentence=False, unless_near="есть суп урок извиниться убирать"),
    # at night the bed is empty and the door open or the shoes gone: missing now
    Co("acute_danger.en.bed_empty_door_open", K.ACUTE_DANGER,
       ("@BEDEMPTY",
        "door|window|shoes|coat|jacket|trainers|sneakers|searched|search|searching|police",
        "night|tonight|=pm|#clock|midnight|dark|late"), window=24, sentence=False,
       unless_near="sofa couch grandma granny sleepover camp toilet bathroom kitchen"),
    Co("acute_danger.ru.bed_empty_door_open", K.ACUTE_DANGER,
       ("@BEDEMPTY", "дверь|окно|кроссовок|обувь|куртка|искать|обыскать|полиция",
        "ночь|ночью|полночь|час"), window=24, sentence=False,
       unless_near="диван бабушка лагерь туалет кухня"),
    # into the lake or the sea, and not coming back: a plan to drown
    Co("suicidal_intent.en.into_water_not_back", K.SUICIDAL_INTENT,
       ("walk|walking|swim|swimming|wade|wading", "lake|sea|river|ocean|water|waves|pond",
        "=not|never|@WONT|=wont", "back|return|returning"), window=16,
       unless_near="boat kayak canoe dog island shore beach towel"),
    Co("suicidal_intent.ru.into_water_not_back", K.SUICIDAL_INTENT,
       ("уйти|зайти|войти|заплыть|плыть|уплыть", "озеро|море|река|вода|волна|пруд", "не",
        "вернуться|возвращаться|выйти"), window=14,
       unless_near="лодка байдарка катамаран собака остров берег"),
    # a goodbye with "don't cry": a farewell note, unless it is for a trip or a camp
    Co("suicidal_behaviour.ru.goodbye_dont_cry", K.SUICIDAL_BEHAVIOUR,
       ("прощать|прощаться", "плакать|грустить|гроб|похороны"), window=10,
       unless_sentence="лагерь поездка уезжать переезд лето отпуск каникулы неделя поезд "
                       "самолет море дача"),
    Co("suicidal_behaviour.en.goodbye_dont_cry", K.SUICIDAL_BEHAVIOUR,
       ("goodbye|farewell|bye", "=don't|=dont|=do", "cry|crying|sad"), window=8,
       unless_sentence="camp trip holiday vacation sleepover moving move school party visit "
                       "week summer"),
    # -- round 15 ------------------------------------------------------------------------------
    # locked in with a blade or pills and "doing it" now: an attempt under way
    Co("acute_danger.en.locked_in_with_method", K.ACUTE_DANGER,
       ("locked|locks|barricaded", "razor|blade|blades|knife|pills|@PILLS|rope|noose|@SHTOOL",
        "now|doing|=doing|right|@NOW"), window=20, sentence=False,
       unless_near="nurse office seizure rescue makeup shaving shave legs cabinet childproof "
       # round 29: child locks; round 84: a knife collection, a lock put on it
                   "collection "
                   "installing drawer drawers butter "  # round 34: a toddler's knife drawer
                   "cap caps lid nightstand pharmacy organizer organiser counted "  # 39, 48
                   "@KEPTAWAY away vitamin vitamins"),  # round 61: meds kept away from a
    # younger sister; round 74: a vitamin swallowed, then "locked away"
    Co("acute_danger.ru.locked_in_with_method", K.ACUTE_DANGER,
       ("запереться|закрыться|запереть", "бритва|лезвие|нож|таблетка|@PILLS|веревка|петля",
        "сейчас|делать|прямо"), window=20, sentence=False, unless_near="бриться макияж"),
    # -- round 16 ------------------------------------------------------------------------------
    # an overdose of insulin on purpose: a diabetic child's method, an emergency now
    Co("acute_danger.en.insulin_on_purpose", K.ACUTE_DANGER,
       ("insulin", "huge|lot|extra|whole|all|too|overdose|units|much|double|dose|doses|"
        "injected|took", "purpose|deliberately|intentionally|intended|meant"), window=16,
       sentence=False),
    Co("acute_danger.ru.insulin_on_purpose", K.ACUTE_DANGER,
       ("инсулин", "доза|много|лишний|передозировка|весь|двойной|уколоть|вколоть",
        "специально|нарочно|намеренно|сознательно"), window=16, sentence=False),
    # dolls played at what children cannot know, and the man it comes from
    Co("sexual_abuse.ru.doll_play_adult_does", K.SEXUAL_ABUSE,
       ("кукла|игрушка|мишка|барби", "@NEG", "знать",
        "дядя|дедушкин|отчим|мужчина|сосед|взрослый|папин"), window=30, sentence=False),
    Co("sexual_abuse.ru.doll_play_indecent", K.SEXUAL_ABUSE,
       ("кукла|игрушка|мишка|барби", "неприличный|непристойный|стыдный|сексуальный",
        "дядя|дедушкин|отчим|мужчина|сосед|взрослый|папин"), window=30, sentence=False),
    # -- round 17 ------------------------------------------------------------------------------
    # a rubber band or a hair tie snapped on the wrist until it bleeds or leaves welts
    Co("self_harm.en.band_snapped_to_bleed", K.SELF_HARM,
       ("snap|snaps|snapping|snapped|flick|flicks|flicking", "band|bands|elastic|hairband|tie",
        "bleed|bleeds|bleeding|bled|blood|raw|welts|welt|bruise|bruises"), window=16),
    Co("self_harm.ru.band_snapped_to_bleed", K.SELF_HARM,
       ("щелкать|щелкнуть|оттягивать|бить", "резинка|резиночка",
        "кровь|ссадина|синяк|рана|след"), window=16),
    # "I can't anymore, I'm going to do it this weekend": intent with a time, no method said
    Co("suicidal_intent.en.cant_anymore_do_it_when", K.SUICIDAL_INTENT,
       ("@CANTMORE", "@DOIT", "@WHEN|weekend|tonight|tomorrow|soon|friday|saturday|sunday"),
       window=16, sentence=False),
    # a knife in the tummy and then dead, pointed at himself: a method in a child's script
    Co("suicidal_method.en.knife_then_dead_himself", K.SUICIDAL_METHOD,
       ("knife|@WEAPON", "tummy|belly|stomach|chest|heart|neck|throat", "dead|@DEAD|@DIE",
        "himself|herself|myself|pointed"), window=30, sentence=False,
       unless_near="@FICTION @TOY @GAMEW pirate pirates"),
    # a gun in his hands and he will use it on whoever comes in: danger now
    Co("acute_danger.en.weapon_will_use", K.ACUTE_DANGER,
       ("gun|guns|rifle|pistol|shotgun|revolver", "use|shoot|fire",
        "anyone|anybody|whoever|comes|door|now"), window=16, sentence=False,
       unless_near="documentary questions @TOY range hunting lesson lessons club paintball "
                   "airsoft nerf water",
       unless_sentence="=news"),  # round 30: asked after the news
    Co("acute_danger.ru.weapon_will_use", K.ACUTE_DANGER,
       ("ружье|пистолет|обрез|винтовка", "применить|выстрелить|стрелять|пальнуть",
        "кто|любой|войти|зайти|сейчас|дверь"), window=16, sentence=False,
       unless_near="@TOY тир охота пейнтбол страйкбол"),
    # a stepfather's beating with a split lip and "tell anyone and it'll be worse"
    Co("physical_abuse.ru.stepfather_beats_threat", K.PHYSICAL_ABUSE,
       ("@VIOLENT", "отчим|мачеха|сожитель",
        "губа|нос|синяк|@BRUISE|кровь|разбить|плохой|рассказать"), window=16, sentence=False,
       neg=True, unless_near="@NEWS @FICTION игра подушка дзюдо самбо борьба бокс тренировка"),
    # a bag or a pillow over the head to stop breathing and die
    Co("suicidal_method.en.bag_over_head", K.SUICIDAL_METHOD,
       ("bag|pillow", "head|face", "breathe|breathing|die|dead|suffocate|choke",
        "want|wants|wanted|gonna|going|will|try|tries|tried|said|says"), window=16,
       unless_near="baby toddler accident accidentally"),
    Co("suicidal_method.ru.bag_over_head", K.SUICIDAL_METHOD,
       ("пакет|подушка", "голова|лицо", "дышать|задохнуться|умереть|мертвый|уснуть|насовсем",
        "хотеть|надеть|сказать|говорить|чтобы"), window=16, unless_near="малыш случайно"),
    # -- round 18 ------------------------------------------------------------------------------
    # a carer touching a child's private parts, however it is dressed up as a game ("играет
    # в доктора"): the model read it until round eighteen's threshold let it go
    Co("sexual_abuse.ru.adult_touches_private", K.SEXUAL_ABUSE,
       ("@TOUCH", "@SEXPART", "@ADULT|@HOMEADULT"), window=10,
       # no doctor here: "playing doctor" is the disguise, a checkup names the clinic
       unless_near="врач педиатр медсестра осмотр больница поликлиника мыть помыть подмывать "
                   "купать мазать мазь сыпь опрелость"),
    # -- round 86 ------------------------------------------------------------------------------
    # a stepfather who locked a girl in her room and drove off with the key
    Co("acute_danger.ru.adult_locked_child_room_key", K.ACUTE_DANGER,
       ("запереть+#past|закрыть+#past", "дочь|дочка|сын|ребенок", "комната|спальня|квартира",
        "@ADULT|отчим|бывший|сожитель", "ключ|уехать+#past|пускать"), window=16,
       sentence=False, unless_near="случайно замок сломаться игра прятки сейф ружье оружие"),
    # pictures sent to a "boy" online who turns out to be in his thirties
    Co("online_exploitation.en.pics_to_older_online", K.ONLINE_EXPLOITATION,
       ("sending|sent|send|sends", "pics|photos|@IMAGE|@NUDE", "@ONLINE|boy|guy",
        "turns|turned|older|man|something"), window=16, sentence=False,
       unless_near="grandma grandpa aunt uncle cousin teacher holiday talk safety lesson"),
    # a four-year-old who touches herself, "daddy's friend plays like that", and redness
    Co("sexual_abuse.en.selftouch_adult_redness", K.SEXUAL_ABUSE,
       ("@SELFTOUCH|touches|touching", "@ADULT|friend|uncle|man",
        "redness|sore|bleeding|red"), window=16, sentence=False,
       unless_near="rash eczema nappy diaper cream doctor"),
    # a six-year-old padlocked in her bedroom
    Co("acute_danger.en.padlocked_in_room", K.ACUTE_DANGER,
       ("padlock|padlocked|bolted|bolt", "bedroom|room", "outside|her|him|child|kid"),
       window=12, unless_near="shed garage bike gate diary cupboard"),
    # a three-year-old's split lip, "Mike hit"
    Co("physical_abuse.en.child_says_hit_bruise", K.PHYSICAL_ABUSE,
       ("keeps|kept", "hit|hits|smacked|smack", "bruise|bruises|@BRUISE|lip|cheek"),
       window=14, sentence=False,
       unless_near="brother sister ball slide park swing game cousin friend baseball puck "
                   "hockey practice sparring coach boxing"),
    # -- round 85 ------------------------------------------------------------------------------
    # a sports school's masseur "massaging" under the underwear
    Co("sexual_abuse.ru.massage_under_underwear", K.SEXUAL_ABUSE,
       ("массаж|массажист|массировать", "@SEXPART"), window=10,
       unless_near="малыш младенец крем сыпь педиатр врач мама папа никто книга себя"),
    # a team doctor who showed a boy pornography during a check-up
    Co("sexual_abuse.ru.adult_puts_on_porn", K.SEXUAL_ABUSE,
       ("показывать|показать|включать|включить", "порно|@PORN",
        "врач|тренер|@ADULT|@AGENT|@STRANGER|отчим|дядя"), window=12,
       unless_near="урок лекция безопасность найти история браузер"),
    # a ballet master who watched an eight-year-old change behind a locked door
    Co("sexual_abuse.en.watched_change_locked", K.SEXUAL_ABUSE,
       ("change|changing|undress|undressing", "watched|watching|watches|watch",
        "locked|office|alone"), window=14, sentence=False,
       unless_near="mum mom dad parent toddler baby monitor camera nanny pool"),
    # a choreographer in his forties who kisses a fifteen-year-old on the mouth
    Co("sexual_abuse.en.adult_kisses_mouth", K.SEXUAL_ABUSE,
       ("kisses|kissed|kissing|kiss", "mouth|lips",
        "coach|choreographer|teacher|trainer|tutor|instructor|master|priest|leader|uncle|"
        "stepdad|stepfather|neighbour|neighbor"), window=10,
       unless_near="goodnight bedtime grandma grandpa mum mom toddler baby"),
    # a team doctor's ungloved "pelvic alignment" with the parent kept out of the room
    Co("sexual_abuse.en.fingers_pelvic_alone", K.SEXUAL_ABUSE,
       ("fingers|finger", "pelvic|pelvis|groin|vagina|@SEXPART",
        "allowed|alone|gloves|locked|secret|@SECRET"), window=20, sentence=False,
       unless_near="toddler baby nappy diaper rash cream"),
    # a rope sent to a team chat, «это для тебя, давай уже»
    Co("incitement.ru.rope_for_you", K.INCITEMENT,
       ("веревка|петля|лезвие", "давать|пора|сделать",
        "чат|картинка|прислать|кидать|подпись|писать"), window=14,
       unless_near="поход лагерь узел скалодром канат"),
    # letters for each of the family in a shoebox labelled "for after"
    Co("suicidal_behaviour.en.letters_for_after", K.SUICIDAL_BEHAVIOUR,
       ("letter|letters|note|notes|envelope|envelopes", "@FORAFTER"), window=12,
       sentence=False, unless_near="dinner school party christmas birthday"),
    # a console and the dog's lead given to a babysitter "just in case"
    Co("suicidal_behaviour.en.gave_just_in_case", K.SUICIDAL_BEHAVIOUR,
       ("gave|giving|given|gives", "console|xbox|playstation|switch|lead|leash|guitar|phone|"
        "@POSSESSION", "@INCASE"), window=14, sentence=False,
       unless_near="holiday trip camp vacation spare charger keys old"),
    # a man who opens his robe to the children in the stairwell
    Co("sexual_abuse.en.opens_robe_children", K.SEXUAL_ABUSE,
       ("opens|opened|opening|open", "robe|coat|raincoat|bathrobe|gown|trousers|pants",
        "children|kids|@VICTIM|girl|girls|boy|boys"), window=10,
       unless_near="door window present presents gift"),
    # a boxer father's "training": bruised ribs and a split lip
    Co("physical_abuse.ru.father_coaching_bruises", K.PHYSICAL_ABUSE,
       ("синяк|гематома|рассечь|разбитый", "ребро|губа|лицо|глаз",
        "отец|папа|бывший|отчим|муж"), window=16, sentence=False,
       unless_near="соревнование турнир упасть велосипед спарринг бокс секция счастливый"),
    # -- round 84 ------------------------------------------------------------------------------
    # a camp counsellor who makes the girls undress one by one in his tent "to check for ticks"
    Co("sexual_abuse.ru.makes_undress", K.SEXUAL_ABUSE,
       ("заставлять|заставить|велеть|просить|попросить|требовать", "раздеваться|раздеться",
        "вожатый|тренер|@ADULT|@AGENT|@STRANGER|отчим|дядя"), window=10,
       unless_near="врач педиатр медсестра поликлиника бассейн пляж переодеваться малыш "
                   "купаться @ONLINE @IMAGE @GAMEW камера переписка чат"),
    Co("sexual_abuse.en.makes_undress", K.SEXUAL_ABUSE,
       ("makes|made|making|make|tells|told|asks|asked|orders", "undress|strip|naked",
        "counsellor|counselor|coach|leader|@ADULT|@AGENT|@STRANGER|stepdad|uncle"), window=10,
       unless_near="doctor nurse pediatrician paediatrician pool beach changing toddler bath "
                   "@ONLINE @IMAGE @GAMEW camera video call chat"),
    # a father who held a daughter's head under cold water "to baptize the devil out"
    Co("physical_abuse.en.held_head_under_water", K.PHYSICAL_ABUSE,
       ("held|holds|holding|pushed|forced|shoved", "head", "under", "water|bath|tub|sink"),
       window=8, unless_near="swimming swim lesson lessons pool game dunk dunking brother "
                             "sister cousin"),
    Co("physical_abuse.ru.held_head_under_water", K.PHYSICAL_ABUSE,
       ("держать|окунать|окунуть|засунуть|топить", "голова", "вода|ванна|раковина"),
       window=8, unless_near="плавание бассейн урок игра брат сестра"),
    # a "fast" of water only for six days, fainting in church
    Co("acute_danger.ru.fasting_days_faint", K.ACUTE_DANGER,
       ("поститься|голодать|пост|голодовка", "день|сутки|неделя",
        "@WATERONLY|обморок|шататься|падать|упасть"), window=14, sentence=False,
       unless_near="рамадан ураза закат ифтар"),
    Co("acute_danger.en.fasting_days_faint", K.ACUTE_DANGER,
       ("fasting|fasted|fast|starving", "day|days|week",
        "@WATERONLY|fainted|faint|fainting|dizzy|collapsed"), window=14, sentence=False,
       unless_near="ramadan sunset iftar lent"),
    # -- round 83 ------------------------------------------------------------------------------
    # «ночью пыталась. Парацетамол, около 20 таблеток»
    Co("suicidal_behaviour.ru.tried_pills_count", K.SUICIDAL_BEHAVIOUR,
       ("пытаться+#past|попытка", "таблетка|@PILLS", "#num|@QUANT|@NUMW|упаковка|пачка"),
       window=12, sentence=False,
       unless_near="проглотить глотать смочь получиться вкус горький сироп"),
    # a cat given to a best friend and every social account deleted in a day
    Co("suicidal_behaviour.en.gave_away_deleted", K.SUICIDAL_BEHAVIOUR,
       ("gave|giving|given|gives|give", "deleted|deleting|deletes|delete",
        "socials|accounts|account|instagram|tiktok|snapchat|everything|profiles"), window=16,
       sentence=False, unless_near="outgrown old toys clothes phone new upgrade"),
    Co("suicidal_behaviour.ru.gave_away_deleted", K.SUICIDAL_BEHAVIOUR,
       ("отдать+#past|раздать+#past|раздавать", "удалить+#past|удалять",
        "соцсеть|аккаунт|страница|инстаграм|вк|тикток|всё|все"), window=16, sentence=False,
       unless_near="маленький старый игрушка одежда телефон новый"),
    # friends who dared her to take ten of her melatonin and post about it
    Co("incitement.en.dared_take_pills", K.INCITEMENT,
       ("dared|dare|dares|daring|challenged|challenge|challenging", "take|swallow|eat|drink|down",
        "@PILLS|pills|tablets"), window=12, unless_near="@FICTION news lesson"),
    Co("incitement.ru.dared_take_pills", K.INCITEMENT,
       ("слабо|спорить|поспорить|челлендж", "выпить|съесть|проглотить|наглотаться",
        "@PILLS|таблетка"), window=12, unless_near="@FICTION новость урок"),
    # taking a parent's prescribed painkillers "tonight after we go to sleep"
    Co("suicidal_plan.en.take_pills_tonight", K.SUICIDAL_PLAN,
       ("taking|take|swallow|swallowing|going|gonna|will", "oxycodone|oxy|opioids|opioid|"
        "percocet|tramadol|codeine|morphine", "tonight|asleep|sleep"), window=12,
       unless_near="dose dosage headache fever allergy vitamins vitamin pain toothache period "
                   "cramps"),
    # barely eating, and heard vomiting after the little she eats
    Co("acute_danger.en.vomits_after_eating", K.ACUTE_DANGER,
       ("hear|heard|hearing|secretly|bathroom|herself|himself",
        "vomit|vomits|vomiting|throwing|purging|puking", "after",
        "eat|eats|eating|meal|meals|eaten|dinner|little"), window=16, sentence=False,
       unless_near="bug virus norovirus flu poisoning fever temperature carsick car"),
    # a story at 01:15: «сегодня в 3 ночи с крыши своего дома. всем пока»
    Co("suicidal_plan.ru.roof_tonight_goodbye", K.SUICIDAL_PLAN,
       ("сегодня|ночью|ночь|завтра|#clock", "крыша|мост|высотка|многоэтажка|этаж",
        "@BYEALL|прощать|простить|прощаться"), window=14, sentence=False,
       unless_near="закат фото вид звезда метеор фейерверк салют"),
    # a scheduled e-mail, "send if I'm gone", saying goodbye to everyone
    Co("suicidal_behaviour.en.if_gone_goodbye", K.SUICIDAL_BEHAVIOUR,
       ("@IFGONE", "goodbye|@GOODBYE|scheduled"), window=12,
       sentence=False, unless_near="trip camp holiday vacation work dinner cat dog feed"),
    # an older one of the household who shoved a nine-year-old down the stairs, again
    Co("physical_abuse.en.shoved_down_stairs_again", K.PHYSICAL_ABUSE,
       ("shoved|pushed|kicked", "down", "stairs|staircase",
        "accident|again|third|second|flinches|flinch|times|another"), window=16,
       sentence=False, unless_near="game playing wrestling tag racing race slipped tripped"),
    Co("physical_abuse.ru.shoved_down_stairs_again", K.PHYSICAL_ABUSE,
       ("столкнуть+#past|толкнуть+#past|спихнуть+#past|скинуть+#past", "лестница",
        "случайно|опять|снова|третий|второй|раз|вздрагивать"), window=16, sentence=False,
       unless_near="игра играть догонялки поскользнуться споткнуться"),
    # -- round 82 ------------------------------------------------------------------------------
    # a stepfather who undresses a ten-year-old "to check she is clean"
    Co("sexual_abuse.ru.adult_undresses_child", K.SEXUAL_ABUSE,
       ("отчим|сожитель|тренер|дядя|сосед|вожатый|репетитор|священник", "раздевать|раздеть"),
       window=4, unless_near="малыш купать ванна врач пижама мокрый переодевать спать "
                             "больница кукла"),
    Co("sexual_abuse.en.adult_undresses_child", K.SEXUAL_ABUSE,
       ("stepdad|stepfather|coach|uncle|neighbour|neighbor|lodger|tutor|boyfriend|priest",
        "undresses|undressed|undressing|undress|strips|stripped"), window=5,
       unless_near="baby toddler bath nappy diaper wet pyjamas pajamas bed doll"),
    # a coach who keeps asking a boy to shower with him after training
    Co("sexual_abuse.en.adult_asks_to_shower_with", K.SEXUAL_ABUSE,
       ("coach|trainer|tutor|uncle|stepdad|stepfather|priest|pastor|leader|neighbour|neighbor|"
        "lodger|instructor", "shower|showers|showering|bathe|bathing",
        "asking|asks|asked|wants|wanted|makes|made|insists|invites|invited|told"), window=12,
       unless_near="team everyone teammates all toddler baby"),
    Co("sexual_abuse.ru.adult_asks_to_shower_with", K.SEXUAL_ABUSE,
       ("тренер|репетитор|дядя|отчим|священник|вожатый|сосед|инструктор",
        "душ|мыться|помыться|купаться|искупаться",
        "просить|попросить|предлагать|предложить|заставлять|заставить|звать|позвать"),
       window=12, unless_near="команда все малыш @ONLINE @IMAGE переписка"),
    # boys who tell a boy in a wheelchair to roll in front of a bus and die
    Co("incitement.en.told_in_front_of_and_die", K.INCITEMENT,
       ("tell|tells|told|telling|dare|dared|dares", "front", "bus|train|car|truck|lorry|traffic",
        "die|dies|dead|@DIE"), window=16, unless_near="@FICTION film movie game"),
    Co("incitement.ru.told_under_and_die", K.INCITEMENT,
       ("говорить|сказать|писать|написать|советовать|предлагать", "под",
        "автобус|поезд|машина|электричка|грузовик", "умереть|сдохнуть|@DIE"), window=14,
       unless_near="фильм игра @FICTION"),
    # "thought about rolling his power chair into the canal"
    Co("suicidal_method.en.thought_roll_into", K.SUICIDAL_METHOD,
       ("@THINKABOUT|thought|thinking|thinks", "rolling|roll|driving|drive|wheeling|wheel|"
        "steering|steer", "canal|river|lake|sea|traffic|quarry|pond"), window=12,
       unless_near="toy boat remote rc kayak canoe barbecue"),
    # «я это закончу сам, не ждите», said to the doctor after a relapse
    Co("suicidal_intent.ru.end_it_myself", K.SUICIDAL_INTENT,
       ("закончить+#futr|покончить+#futr", "это|всё|все", "сам",
        "рецидив|диагноз|лечение|химия|болезнь|врач|больница|жить|мучиться|мучение|устать"),
       window=20, sentence=False,
       unless_near="урок домашка задание проект уборка работа сочинение пазл"),
    # six insulin pens "lost" for two months, hidden in a wardrobe
    Co("suicidal_behaviour.ru.hides_insulin", K.SUICIDAL_BEHAVIOUR,
       ("инсулин", "прятать|спрятать|копить|накопить|терять|припрятать|тайник"), window=12,
       sentence=False, unless_near="малыш младший холодильник от брат сестра"),
    Co("suicidal_behaviour.en.hides_insulin", K.SUICIDAL_BEHAVIOUR,
       ("insulin", "hiding|hidden|hid|hides|stashing|stashed|hoarding|saving|stockpiling"),
       window=12, sentence=False,
       unless_near="toddler baby from brother sister fridge"),
    # insulin skipped for days to lose weight
    Co("acute_danger.en.skips_insulin_weight", K.ACUTE_DANGER,
       ("skip|skipped|skips|skipping|stopped|missing|misses|missed", "insulin",
        "weight|thin|fat|calories|lose"), window=12, sentence=False),
    Co("acute_danger.ru.skips_insulin_weight", K.ACUTE_DANGER,
       ("пропускать|пропустить|бросить|перестать|колоть", "инсулин",
        "вес|похудеть|худеть|толстеть|толстый|калория|фигура"), window=12, sentence=False),
    # ran away from the hospital an hour ago, «не можем найти»
    Co("acute_danger.ru.ran_away_cant_find", K.ACUTE_DANGER,
       ("убежать+#past|сбежать+#past|уйти+#past|пропасть+#past", "@CANTFIND"), window=20,
       sentence=False, unless_near="кот кошка собака игрушка ключ прятки хомяк"),
    # letters to each of the family under the pillow, "don't be sad, I was just tired"
    Co("suicidal_behaviour.en.letters_to_each", K.SUICIDAL_BEHAVIOUR,
       ("letter|letters|note|notes", "each|everyone|everybody",
        "pillow|sad|tired|sorry|goodbye|forgive"), window=16, sentence=False,
       unless_near="christmas birthday thank valentine santa camp holiday teacher teachers "
                   "tooth fairy"),
    Co("suicidal_behaviour.ru.letters_to_each", K.SUICIDAL_BEHAVIOUR,
       ("письмо|записка", "каждый|весь|все",
        "подушка|грустить|устать|простить|прощать"), window=16, sentence=False,
       unless_near="новый год день рождение мороз спасибо лагерь учитель фея"),
    # picked open on purpose till it bleeds: a sensor's scabs, wounds
    Co("self_harm.en.picks_on_purpose", K.SELF_HARM,
       ("purpose|deliberately", "pick|picks|picking|picked|peel|peels|peeling",
        "skin|scab|scabs|wound|wounds|sensor|bleed|bleeds|bleeding|blood"), window=10,
       unless_near="mosquito chickenpox eczema itch itchy nose"),
    # -- round 81 ------------------------------------------------------------------------------
    # ran away with a cousin on Sunday ... "nobody has heard from him since" (the cousin came
    # back, he did not: the rules for running away now cancel on "came back")
    Co("acute_danger.en.ran_away_not_heard_since", K.ACUTE_DANGER,
       ("@RUNAWAY|=ran|disappeared|vanished", "@UNREACHABLE", "since"), window=40,
       sentence=False, unless_near="treehouse pretend pretending game lol book story @FICTION "
                                   "cat dog hamster"),
    Co("acute_danger.ru.ran_away_not_heard_since", K.ACUTE_DANGER,
       ("@RUNAWAY|сбежать|убежать|пропасть|исчезнуть", "@UNREACHABLE", "@SINCE"), window=40,
       sentence=False, unless_near="кот кошка собака пес хомяк игра понарошку книга @FICTION"),
    # -- round 80 ------------------------------------------------------------------------------
    # «выпил таблетки ... скорая ... промыли»; pills swallowed, then the ambulance
    Co("suicidal_behaviour.ru.pills_then_hospital", K.SUICIDAL_BEHAVIOUR,
       ("выпить+#past|наглотаться+#past|проглотить+#past|съесть+#past", "таблетка|@PILLS",
        "скорый|больница|промыть|реанимация|откачать|токсиколог"), window=16, sentence=False,
       unless_near="@ACCIDENT @TODDLER случайно витамин перепутать малыш годовалый собака кот"),
    Co("suicidal_behaviour.en.pills_then_hospital", K.SUICIDAL_BEHAVIOUR,
       ("took|swallowed|downed|overdosed", "pills|tablets|@PILLS",
        "ambulance|hospital|pumped|er|icu|a&e"), window=16, sentence=False,
       unless_near="@ACCIDENT @TODDLER accidentally vitamin vitamins mixed dog cat prescribed"),
    # a coach who "helps" a ten-year-old change after training and asks him to tell no one
    # (a row the retrained model read as online exploitation: the rules read it now)
    Co("sexual_abuse.ru.helps_change_tell_no_one", K.SEXUAL_ABUSE,
       ("помогать|помочь", "переодеваться|раздеваться|мыться|переодевать|раздевать",
        "никто|@SECRET", "тренер|@ADULT|@AGENT|@STRANGER"), window=24, sentence=False,
       unless_near="@MEDICAL малыш маленький сюрприз подарок"),
    # pictures sent to a boyfriend, now in a group chat the whole grade has
    Co("online_exploitation.en.pics_to_boyfriend_shared", K.ONLINE_EXPLOITATION,
       ("sent|sending|send", "pics|photos|@IMAGE|@NUDE", "boyfriend|ex|girlfriend",
        "group|shared|spread|grade|everyone|whole|posted"), window=24, sentence=False,
       unless_near="holiday beach dog cat cake birthday vacation trip prom"),
    # -- round 78 ------------------------------------------------------------------------------
    # a man in his thirties picking a sixteen-year-old up, and her bra on inside out
    Co("sexual_abuse.en.bra_inside_out_older_man", K.SEXUAL_ABUSE,
       ("bra|underwear|knickers|panties", "inside|backwards",
        "guy|man|older|30s|40s|adult|@STRANGER"), window=30, sentence=False,
       unless_near="laundry wash washing toddler dressed dressing herself himself rush hurry"),
    # a brother of twenty who beats a thirteen-year-old and broke his nose
    Co("physical_abuse.ru.beats_broke_nose", K.PHYSICAL_ABUSE,
       ("бить|избивать|колотить", "разбить|сломать", "нос|губа|бровь|зуб"), window=16,
       sentence=False, unless_near="@ACCIDENT мяч упасть тренировка бокс футбол хоккей себя"),
    # -- round 77 ------------------------------------------------------------------------------
    # an adult's "tickle fights" in her bed with the door shut
    Co("sexual_abuse.en.tickle_in_bed_door_shut", K.SEXUAL_ABUSE,
       ("tickle|tickling|tickles", "bed|bedroom", "shut|closed|locked"), window=16,
       unless_near="@MEDICAL monster pillow fort"),
    # a six-year-old who saw his father beat his new wife, and wets the bed since
    Co("physical_abuse.ru.saw_him_beat_her", K.PHYSICAL_ABUSE,
       ("видеть|наблюдать", "избивать|избить|бить|колотить|душить",
        "жена|мама|мать|подруга|женщина"), window=10,
       unless_near="@FICTION фильм кино мультик игра бокс новость будто словно"),
    # -- round 76 ------------------------------------------------------------------------------
    # "what if you drank the weed killer", then "she's wondered about it for herself"
    Co("suicidal_method.en.drink_weedkiller_herself", K.SUICIDAL_METHOD,
       ("drank|drink|drinking|swallow|swallowed", "weedkiller|killer|bleach|antifreeze|"
        "pesticide", "herself|himself|myself|wondered|wonders"), window=24,
       sentence=False, escalate=METHOD,
       unless_near="@ACCIDENT dog cat garden gardening spray safety lesson"),
    # a school-bus driver who strokes her knee, «а потом выше»
    Co("sexual_abuse.ru.strokes_knee_then_higher", K.SEXUAL_ABUSE,
       ("гладить|трогать|погладить|потрогать", "коленка|колено|нога|бедро", "выше"),
       window=12, unless_near="@MEDICAL синяк ушиб мазь врач мама болеть падение упасть"),
    # a stepfather who comes in and stays watching while a twelve-year-old changes
    Co("sexual_abuse.ru.watches_her_change", K.SEXUAL_ABUSE,
       ("переодеваться|раздеваться|мыться", "смотреть|стоять|заходить|подглядывать|уходить",
        "отчим|дядя|сосед|сожитель|тренер|мужчина|брат|отец|папа|@ADULT"), window=14,
       unless_near="маленький мама помогать помочь случайно извиниться стучать врач медсестра"),
    # a boy who drew himself hanging from a rope, «я так хочу»; "drew himself hanging"
    Co("suicidal_method.ru.drew_self_hanging", K.SUICIDAL_METHOD,
       ("нарисовать|рисовать|рисунок", "висеть|петля|веревка|виселица",
        "себя|хотеть"), window=12, escalate=METHOD,
       unless_near="турник качели дерево канат кот шарик гирлянда"),
    Co("suicidal_method.en.drew_self_hanging", K.SUICIDAL_METHOD,
       ("drew|draws|drawing|drawn", "hanging|hanged|noose|rope|gallows",
        "himself|herself|myself|=me"), window=12, escalate=METHOD,
       unless_near="monkey bars tree swing upside bat bats christmas lights hangman"),
    # "Uncle Mike says big girls keep the tickle secret under the blanket"
    Co("sexual_abuse.en.tickle_secret", K.SEXUAL_ABUSE,
       ("tickle|tickles|tickling", "secret|secrets|@SECRET",
        "under|blanket|bed|covers|uncle|@ADULT|@AGENT"), window=12,
       unless_near="surprise present birthday party monster"),
    # a daycare worker who takes a non-verbal boy to the bathroom alone; he screams and covers
    # his privates at bath time now
    Co("sexual_abuse.en.bathroom_alone_covers_privates", K.SEXUAL_ABUSE,
       ("bathroom|toilet|bath", "privates|@SEXPART|bottom", "worker|teacher|carer|@ADULT|@AGENT",
        "screaming|screams|cried|cries|crying|scared|covering|covers|pointed|points"),
       window=30, sentence=False, unless_near="@MEDICAL rash nappy diaper cream potty training"),
    # -- round 75 ------------------------------------------------------------------------------
    # a father's gun brought to practice in a backpack and shown around
    Co("acute_danger.en.gun_brought_to", K.ACUTE_DANGER,
       ("gun|guns|pistol|handgun|revolver", "brought|brings|bringing|took|showing|shows|showed",
        "practice|backpack|bag|school|class|bus|camp|party"), window=14,
       unless_near="@TOY target range hunting hunt nerf water airsoft paintball bb cap "
                   "licensed glue news scared afraid reassure shooting whether could heard"),
    Co("acute_danger.ru.gun_brought_to", K.ACUTE_DANGER,
       ("пистолет|револьвер|ружье|обрез", "принести|приносить|взять|показывать|показать",
        "тренировка|рюкзак|школа|класс|урок|автобус|лагерь"), window=14,
       unless_near="@TOY тир охота пневматика пейнтбол водяной игрушечный страйкбол"),
    # a girl run off into the woods after lights out: "they can't find her", for hours
    Co("acute_danger.en.cant_find_after", K.ACUTE_DANGER,
       ("@CANTFIND", "woods|forest|lake|river|hours|lights|dark|night|ran|wandered"),
       window=14, sentence=False,
       unless_near="@GAMEW @TOY hide seek hiding photo picture shop store mall toy teddy ikea "
                   "minutes giggling"),
    # an alt account of scratched arms captioned "relapsed again"
    Co("self_harm.en.relapsed", K.SELF_HARM,
       ("relapse|relapsed|relapsing", "arm|arms|cut|cuts|cutting|scratched|scratches|scars|"
        "blade|blades|clean|harm"), window=16, sentence=False,
       unless_near="cancer leukemia leukaemia illness disease doctor drug drugs alcohol "
                   "smoking vaping sugar cake chocolate sweets candy diet"),
    # a babysitter of seventeen: "what we did in the bathroom is just ours"
    Co("sexual_abuse.en.what_we_did_is_ours", K.SEXUAL_ABUSE,
       ("=ours|=secret|@BETWEENUS", "bathroom|shower|bed|bedroom|tent|bath", "=what"),
       window=12, unless_near="surprise present gift party cake birthday paint painted painting "
                              "prank wet wee pee accident nightmare"),
    # -- round 74 ------------------------------------------------------------------------------
    # a boy of seven who feels in everyone's way and asks to die
    Co("death_wish.ru.in_everyones_way", K.DEATH_WISH,
       ("@INTHEWAY", "умереть|исчезнуть|небо|рай"), window=12,
       unless_near="@GAMEW игра играть шум спать урок"),
    # a note in a bag: sorry to everyone, and who gets his guitar
    Co("suicidal_behaviour.en.note_sorry_who_gets", K.SUICIDAL_BEHAVIOUR,
       ("note|letter|notes|letters", "sorry|apologises|apologizes|apologising|apologizing",
        "who", "gets|get|keeps|keep|have|has"), window=18, sentence=False,
       unless_near="@FICTION school teacher homework prank party camp birthday secret santa"),
    Co("suicidal_behaviour.ru.note_sorry_who_gets", K.SUICIDAL_BEHAVIOUR,
       ("записка|письмо", "простить|прощать|извинить|извиняться|прощение", "кто",
        "достаться|отдать|забрать|оставить"), window=18, sentence=False,
       unless_near="@FICTION школа учитель урок розыгрыш праздник лагерь"),
    # a tutor in his forties "kissing and touching" a sixteen-year-old
    Co("sexual_abuse.en.adult_kissing_and_touching", K.SEXUAL_ABUSE,
       ("kissing|kisses|kissed", "touching|touches|touched|groping|gropes|fondling|fondles",
        "tutor|teacher|coach|instructor|trainer|uncle|stepdad|stepfather|neighbour|neighbor|"
        "priest|pastor|lodger|man|guy|@STRANGER"), window=12,
       unless_near="@MEDICAL @FICTION boyfriend girlfriend partner film movie"),
    # a wife who goes at her husband with her fists in front of the children
    Co("physical_abuse.ru.goes_at_with_fists", K.PHYSICAL_ABUSE,
       ("кидаться|бросаться|накидываться|набрасываться|кинуться|броситься|накинуться|"
        "наброситься", "кулак", "ребенок|сын|дочь|младший|старший|малыш|видеть|при"),
       window=16, sentence=False, unless_near="@GAMEW игра бокс тренировка спарринг"),
    Co("physical_abuse.en.goes_at_with_fists", K.PHYSICAL_ABUSE,
       ("=went|=goes|=came|=comes|=lunged|=lunges|=lunging|=flew", "fists",
        "kids|children|son|daughter|front|saw|watched|baby"),
       window=16, sentence=False, unless_near="@GAMEW boxing sparring training"),
    # a black eye "from a door", and later: "his stepdad did it"
    Co("physical_abuse.en.stepdad_did_it", K.PHYSICAL_ABUSE,
       ("@BRUISE|bruises|marks|burn|burns|welts", "@ADULTDIDIT"), window=30, sentence=False,
       unless_near="@ACCIDENT makeup costume halloween paint haircut fake cricket hockey ball "
                   "aid"),
    # a seventeen-year-old with a bag, "not coming back", walking towards the motorway
    Co("acute_danger.en.left_not_coming_back", K.ACUTE_DANGER,
       ("@NOTCOMINGBACK", "now|towards|motorway|highway|dark|night"),
       window=14, sentence=False,
       unless_near="worries worry worried afraid scared shift @GAMEW @JOKED pretend pretending "
                   "game playing toy teddy sleepover camp trip "
                   "holiday college university grandma grandmas",
       unless_sentence="heaven"),  # a wish to be with the dead is the death-wish rules'
    Co("acute_danger.ru.left_not_coming_back", K.ACUTE_DANGER,
       ("@NOTCOMINGBACK", "уйти|выйти|дверь|трасса|дорога|уехать|убежать"), window=14,
       sentence=False, unless_near="@GAMEW понарошку игра шутка лагерь поездка бабушка учиться "
                                   "вуз университет поступить небо рай"),
    # -- round 73 ------------------------------------------------------------------------------
    # a five-year-old acting out with dolls "things no child of 5 should know"
    Co("sexual_abuse.en.dolls_no_child_should_know", K.SEXUAL_ABUSE,
       ("doll|dolls|teddy|teddies|barbie|barbies|toys", "should|shouldnt", "know|knows|see|seen"),
       window=16, unless_near="news swear swearing words word language film movie book "
                              "cartoon price prices song songs"),
    Co("sexual_abuse.ru.dolls_no_child_should_know", K.SEXUAL_ABUSE,
       ("кукла|игрушка|мишка|барби", "должный", "знать|видеть"), window=16,
       unless_near="@NEWS @FICTION мат ругательство слово фильм мультик песня цена"),
    # "grandpa's friend licked her pee pee"
    Co("sexual_abuse.en.licked_private", K.SEXUAL_ABUSE,
       ("lick|licks|licked|licking", "@SEXPART",
        "@ADULT|@AGENT|@STRANGER|friend|uncle|man|guy|boy|cousin|neighbour|neighbor"),
       window=12, unless_near="@MEDICAL dog dogs puppy cat cats kitten"),
    Co("sexual_abuse.ru.licked_private", K.SEXUAL_ABUSE,
       ("лизать|облизывать|облизать|лизнуть", "@SEXPART",
        "@ADULT|@AGENT|@STRANGER|друг|дядя|мужчина|парень|мальчик|брат|сосед"), window=12,
       unless_near="@MEDICAL собака щенок кошка котенок пес"),
    # -- round 72 ------------------------------------------------------------------------------
    # a swim coach who massages her "down there" after practice
    Co("sexual_abuse.en.massages_private", K.SEXUAL_ABUSE,
       ("massage|massages|massaged|massaging", "@SEXPART", "@ADULT|@AGENT|@STRANGER"),
       window=12, unless_near="@MEDICAL physio physiotherapist nappy diaper rash cream"),
    Co("sexual_abuse.ru.massages_private", K.SEXUAL_ABUSE,
       ("массаж|массировать|помассировать|массажировать", "@SEXPART",
        "@ADULT|@AGENT|@STRANGER"), window=12,
       unless_near="@MEDICAL врач педиатр невролог поликлиника курс массажист"),
    # a husband's friend who put his hand inside a nine-year-old's shirt at a barbecue
    Co("sexual_abuse.en.hand_inside_shirt", K.SEXUAL_ABUSE,
       ("hand|hands", "inside|under|up", "shirt|top|blouse|dress|skirt|nightie|nightgown",
        "@ADULT|@STRANGER|friend|uncle|man|guy"), window=10,
       unless_near="@MEDICAL temperature fever back scratch scratching tickle tickling cold "
                   "warm warming mum mom mommy mummy pocket pockets label tag"),
    Co("sexual_abuse.ru.hand_inside_shirt", K.SEXUAL_ABUSE,
       ("рука", "под|в", "футболка|кофта|майка|платье|юбка|блузка|ночнушка|рубашка",
        "@ADULT|@STRANGER|друг|дядя|мужчина|знакомый"), window=10,
       unless_near="@MEDICAL температура жар спина спинка почесать чесать щекотать холодный "
                   "греть мама"),
    # "ur gonna regret this when im gone"
    Co("suicidal_intent.en.regret_when_gone", K.SUICIDAL_INTENT, ("@AFTERGONE", "regret|sorry"),
       window=8, unless_near="grandma granny grandpa grandad cancer terminal hospice",
       unless_sentence="college university uni camp trip holiday vacation moving move abroad "
                       "army"),
    # -- round 71 ------------------------------------------------------------------------------
    # a fifteen-year-old on a stool in the bathroom with a dressing-gown belt
    Co("suicidal_behaviour.ru.stool_and_belt", K.SUICIDAL_BEHAVIOUR,
       ("табуретка|стул|табурет", "пояс|веревка|ремень|шнур|петля|провод|шарф"), window=8,
       unless_sentence="@GAMEW занавеска штора лампочка вешать повесить картина гирлянда полка "
                       "люстра кот кошка"),
    Co("suicidal_behaviour.en.stool_and_belt", K.SUICIDAL_BEHAVIOUR,
       ("stool|chair", "belt|cord|cable|noose|scarf"), window=8,
       unless_sentence="@GAMEW curtain curtains lights fairy decorations painting picture bulb "
                       "christmas shelf cat toy tied playing pirates teddy"),
    # -- round 70 ------------------------------------------------------------------------------
    # a ballet teacher who keeps her late alone and undresses "to show the muscles"
    Co("sexual_abuse.en.adult_undresses_in_front", K.SEXUAL_ABUSE,
       ("teacher|coach|instructor|trainer|tutor|uncle|neighbour|neighbor|@ADULT",
        "undressing|undresses|undressed|naked|strips|stripping", "front|alone|late"),
       window=14, unless_near="doctor nurse swim swimming changing pool beach mum mom dad"),
    # -- round 69 ------------------------------------------------------------------------------
    # a daughter-in-law who slaps and kicks a five-year-old "when she thinks no one is looking"
    Co("physical_abuse.en.hits_when_no_one_looks", K.PHYSICAL_ABUSE,
       ("slaps|slapped|kicks|kicked|hits|beats|punches|pinches|shakes|hurts",
        "nobody|noone|=no", "looking|watching|around|sees"), window=12,
       unless_near="@GAMEW game playing pillow tickle knee herself himself laughs laughing "
                   "silly"),
    Co("physical_abuse.ru.hits_when_no_one_sees", K.PHYSICAL_ABUSE,
       ("бить|ударить|шлепать|пинать|щипать|толкать|дергать", "никто",
        "видеть|смотреть"), window=12, unless_near="@GAMEW играть игра подушка"),
    # "if she ever did it she'd sit in the car in the garage with the engine running"
    Co("suicidal_method.en.car_engine_garage", K.SUICIDAL_METHOD,
       ("garage", "engine|motor", "running|on|sit|sitting"), window=12, escalate=METHOD,
       unless_near="fixing repair repairing mechanic oil warm warming lesson"),
    # an eighteen-year-old cousin who pulls the shower curtain back to look at her
    Co("sexual_abuse.en.looks_at_her_in_shower", K.SEXUAL_ABUSE,
       ("shower|showers|showering", "look|looks|looking|stares|staring|watch|watches|"
        "watching|peek|peeks|peeking", "cousin|uncle|stepbrother|stepdad|stepfather|man|"
        "@ADULT"), window=16,
       unless_near="toddler baby little younger cat dog mum mom dad"),
    # a woman over thirty from a chat who urges a sixteen-year-old to come to her city
    Co("online_exploitation.ru.online_adult_urges_visit", K.ONLINE_EXPLOITATION,
       ("чат|интернет|@ONLINE|переписываться|познакомиться", "уговаривать|звать|приглашать|"
        "уговорить|позвать", "приехать|приезжать|встретиться"), window=20, sentence=False,
       unless_near="бабушка дедушка тетя дядя лагерь олимпиада соревнование кружок "
                   "родственник одноклассник"),
    # a grandmother who locks an eight-year-old in the pantry for hours, without light
    Co("acute_danger.ru.adult_locks_in_pantry", K.ACUTE_DANGER,
       ("@ADULT|@HOMEADULT|бабушка|дедушка|отчим|мачеха", "запирать|запереть",
        "кладовка|чулан|подвал|шкаф|балкон|сарай", "час|свет|темнота|наказание|плохо"),
       window=16, sentence=False, unless_near="@GAMEW прятки играть случайно"),
    # a grandfather's hunting rifle in his room "for protection" after a fight at school
    Co("acute_danger.en.gun_for_protection", K.ACUTE_DANGER,
       ("gun|pistol|handgun|revolver|firearm|rifle|shotgun", "room|bedroom|closet|backpack|"
        "car", "protection|protect|revenge|fight|fights"), window=22, sentence=False,
       unless_near="@TOY @STORED range lesson lessons nerf airsoft paintball water bb pellet "
                   "video game"),
    # -- round 68 ------------------------------------------------------------------------------
    # a deaf boy who ran off from an EEG appointment, "his phone is on the bed"
    Co("acute_danger.en.ran_off_phone_left", K.ACUTE_DANGER,
       ("ran|walked|wandered|bolted|run", "off|away|out", "phone|watch",
        "bed|home|behind|table|left|seat|desk|bag|floor|kitchen"), window=26, sentence=False,
       unless_near="giggling hiding back minutes game"),
    # an eleven-year-old who walked off from camp, "they can't find him. It's getting dark"
    Co("acute_danger.en.walked_off_cant_find", K.ACUTE_DANGER,
       ("walked|wandered", "off|away", "=find|dark|=missing|police|searching"),
       window=16, sentence=False,
       unless_near="giggling hiding back safe minutes game treehouse pretend"),
    # «зять при внуках душил мою дочь, дети всё видели»
    Co("physical_abuse.ru.violence_in_front_of_children", K.PHYSICAL_ABUSE,
       ("душить|задушить|избивать|избить|бить|ударить|толкнуть", "при",
        "внук|внучка|ребенок|сын|дочь"), window=10,
       unless_near="@GAMEW борьба шутка играть подушка стол дверь стена"),
    # -- round 67 ------------------------------------------------------------------------------
    # "uncle said i cant tell u what we do at night"
    Co("sexual_abuse.en.cant_tell_what_we_do", K.SEXUAL_ABUSE,
       ("uncle|stepdad|stepfather|coach|neighbour|neighbor|cousin|@ADULT", "tell",
        "what", "we", "do|did|doing"), window=12,
       unless_near="surprise present gift party birthday christmas"),
    Co("sexual_abuse.ru.cant_tell_what_we_do", K.SEXUAL_ABUSE,
       ("дядя|отчим|тренер|сосед|брат|@ADULT", "нельзя|не", "говорить|рассказывать|сказать",
        "мы", "делать"), window=12, unless_near="сюрприз подарок праздник день рождение"),
    # a husband's brother of 22, living with the family, who punched a seven-year-old in the
    # stomach (the relation makes him an adult: ``tag.ru.relative_of_adult``)
    Co("physical_abuse.ru.adult_punched", K.PHYSICAL_ABUSE,
       ("@ADULT", "ударить|избить|пнуть|бить", "кулак", "живот|лицо|голова|грудь|спина"),
       window=16, sentence=False,
       unless_near="@GAMEW бокс спарринг тренировка груша себя сам"),  # not self-harm
    # a teacher who slaps the back of his head and twists his ears
    Co("physical_abuse.en.teacher_slaps_twists", K.PHYSICAL_ABUSE,
       ("teacher|coach|tutor|instructor|nanny|babysitter", "slaps|slapped|twists|twisted|"
        "yanks|yanked|smacks|smacked", "head|ears|ear"), window=10,
       unless_near="@GAMEW game play playing joke joking"),
    # «ну давай прыгай, никто не заплачет» from a brother of nineteen
    Co("incitement.ru.nobody_will_cry", K.INCITEMENT,
       ("давать|прыгать|прыгнуть|умереть+#impr|сдохнуть+#impr|идти+#impr|вешаться+#impr", "никто",
        "заплакать|плакать|"
        "пожалеть|скучать"), window=8),
    # a knife in his room and "theyll see tmrw"
    Co("acute_danger.en.weapon_they_will_see", K.ACUTE_DANGER,
       ("knife|@WEAPON", "theyll|they|everyone|everybody", "see|pay|regret|sorry",
        "tomorrow|tmrw|tmr|2morrow|monday"), window=16, sentence=False,
       unless_near="woodwork fair show competition @TOY @GAMEW carving whittling cooking surprise"),
    # -- round 66 ------------------------------------------------------------------------------
    # a dog and a guitar given away and every social account deleted in one night
    Co("suicidal_behaviour.en.gave_away_deleted_accounts", K.SUICIDAL_BEHAVIOUR,
       ("gave|given|giving|gives", "deleted|deleting|deletes", "account|accounts|media|"
        "instagram|snapchat|snap|tiktok|profiles|photos"), window=24, sentence=False,
       unless_near="detox break exams exam revision grounded outgrown charity decluttering "
                   "old phone laptop tablet"),  # a device handed down, wiped first
    # a dance teacher who makes the girls change in front of him and "checks their bodies"
    Co("sexual_abuse.en.adult_watches_changing", K.SEXUAL_ABUSE,
       ("teacher|coach|instructor|trainer|@ADULT", "change|changing|undress|undressing",
        "front|watches|watching|checks|check|stares|staring"), window=14,
       unless_near="doctor nurse medical checkup check-up mum mom mother dad father nappy "
                   "diaper toddler baby costume costumes"),
    # a grandmother's wooden spoon "so hard he has welts"
    Co("physical_abuse.en.spanked_welts", K.PHYSICAL_ABUSE,
       ("spank|spanks|spanked|spanking|beats|whips|whipped", "spoon|belt|stick|cord|"
        "hanger|switch|hand", "welts|welt|bruises|bruised|bleeding|blood"), window=14,
       unless_near="@GAMEW pillow accident accidentally"),
    # the gun gone from the safe, the son who knew the code not home
    Co("acute_danger.en.gun_gone_from_safe", K.ACUTE_DANGER,
       ("gun|rifle|pistol|shotgun|firearm|handgun", "gone|missing|taken", "safe|code|cabinet",
        "home|answering|@UNREACHABLE|left"), window=24, sentence=False,
       unless_near="range license licence officer police hunting trip nerf cleaning"),
    # -- round 65 ------------------------------------------------------------------------------
    # a knife from the kitchen "and he'll use it if anyone comes in his room"
    Co("acute_danger.en.weapon_use_if_anyone", K.ACUTE_DANGER,
       ("@WEAPON", "use|stab|cut|hurt", "=anyone|=anybody|=someone|=somebody",
        "come|comes|enter|enters|near|touch|touches"), window=16,
       unless_near="@TOY carving whittling chef cooking recipe"),
    # a four-year-old's dolls: "daddy doll hits mommy doll", "that's what happens in our house"
    Co("physical_abuse.en.what_happens_in_our_house", K.PHYSICAL_ABUSE,
       ("happens|happened", "our|my", "house|home", "hits|hit|hitting|beats|beat|slaps|"
        "punches|hurts|chokes", "cries|crying|cry|hides|hide|hiding|scared|afraid|screams|"
        "screaming"), window=20, sentence=False,
       unless_near="@GAMEW @FICTION pillow tickle tickling wrestling"),
    # «день 4 без еды … -3 кг», "day 5 no food. 38kg. almost there"
    Co("acute_danger.ru.days_without_food_weight", K.ACUTE_DANGER,
       ("день|сутки", "без|ничего", "еда|есть", "кг|килограмм|вес|держаться|похудеть"),
       window=14, sentence=False, unless_near="пост операция врач отравление болезнь"),
    Co("acute_danger.en.days_without_food_weight", K.ACUTE_DANGER,
       ("day|days", "no|without", "food|eating", "kg|kilos|kilograms|lbs|pounds|weight|"
        "fainted|faint|almost"), window=14, sentence=False,
       unless_near="fast fasting ramadan lent surgery operation norovirus bug flu @MEDICAL"),
    # -- round 64 ------------------------------------------------------------------------------
    # a four-year-old's dolls in "strange games", «так папин друг делает»
    Co("sexual_abuse.ru.dolls_like_adult_does", K.SEXUAL_ABUSE,
       ("кукла|куколка|барби|пупс|игрушка", "друг|дядя|отчим|сосед|сожитель|мужчина|парень",
        "так|как",
        "делать"), window=20, sentence=False,
       unless_near="спать укладывать кормить готовить лечить врач купать чай прическа "
                   "причесывать стирать гладить бриться машина больница укол операция "
                   "хоронить мазать крем"),  # not a parent's care copied in play
    Co("sexual_abuse.en.dolls_like_adult_does", K.SEXUAL_ABUSE,
       ("doll|dolls|barbie|barbies|teddy|teddies", "friend|uncle|stepdad|neighbour|neighbor|"
        "boyfriend|man", "what|like", "does|do|did"), window=16, sentence=False,
       unless_near="sleep bed feed feeding cook cooking doctor vet bath wash hair tea shave "
                   "shaving car cars drive driving"),
    # a round burn "like a cigarette" on a toddler's hand, from a weekend at his father's
    Co("physical_abuse.en.cigarette_burn", K.PHYSICAL_ABUSE,
       ("burn|burns|burned|burnt", "cigarette|cigarettes", "toddler|baby|daycare|nursery|"
        "father|fathers|dad|dads|stepdad|stepdads|boyfriend|boyfriends|weekend|@ADULT"),
       window=16, sentence=False,
       unless_near="lighter candle stove iron oven kettle tea himself herself myself smoke "
                   "smokes smoking feel"),
    Co("physical_abuse.ru.cigarette_burn", K.PHYSICAL_ABUSE,
       ("ожог|обжечь|прижечь", "сигарета|окурок|сигаретный", "малыш|садик|сад|отец|папа|"
        "отчим|сожитель|выходной|@ADULT"), window=16, sentence=False,
       unless_near="зажигалка свеча плита утюг духовка чайник кипяток сам себя "
                   "легкий спор прикол курить"),
    # in the bathroom with a kitchen knife, won't open the door, "just quiet"
    Co("acute_danger.en.knife_behind_shut_door", K.ACUTE_DANGER,
       ("knife|razor|blade|blades|@WEAPON", "bathroom|bedroom|toilet|room",
        "@WONT|wont|refuses|refusing|quiet|silent"), window=16, sentence=False,
       unless_near="shaving shave shaves legs @TOY cooking cook chef fruit apple bread butter "
                   "cake carve carving pumpkin sandwich whittling"),
    # next door, "father is screaming and the sound like hitting", a boy crying "papa no"
    Co("physical_abuse.en.heard_hitting_crying", K.PHYSICAL_ABUSE,
       ("hear|heard|hearing", "hitting|beating|slapping|smacking|thuds|thud|slaps",
        "crying|cries|cried|screams|screaming|begging|please|stop"), window=20,
       sentence=False, unless_near="tv movie film game video pretend play playing wrestling "
                                   "pillow"),
    # a «парень из другого города», 26, urges a 14-year-old to come and tell no one
    Co("online_exploitation.ru.come_and_tell_no_one", K.ONLINE_EXPLOITATION,
       ("приехать|приезжать|встретиться|встречаться", "ничего|никто|тайно|@SECRET",
        "переписываться|интернет|@ONLINE|билет|старший|взрослый"), window=24, sentence=False,
       unless_near="бабушка дедушка тетя дядя лагерь олимпиада соревнование кружок "
                   "родственник сюрприз подарок"),
    # an autistic ten-year-old "bolted out of school an hour ago", not answering his watch
    Co("acute_danger.en.bolted_unreachable", K.ACUTE_DANGER,
       ("bolted|bolts|eloped|elopes", "@UNREACHABLE|answering|police"), window=20,
       sentence=False, unless_near="giggling hiding horse horses"),
    # -- round 63 ------------------------------------------------------------------------------
    # found by the school counsellor in the stairwell "with a rope in his bag"
    Co("suicidal_behaviour.en.found_with_rope", K.SUICIDAL_BEHAVIOUR,
       ("rope|noose", "found|caught|discovered|spotted", "with"), window=10,
       unless_sentence="jump skipping swing swings climbing climb climber carabiner pulley tug "
                       "camping camp scout scouts knot knots sailing boat tow tree treehouse "
                       "building build leash toy toys hammock playground lasso cowboy game"),
    # a 16-year-old with his father's gun in his room, "for protection from someone at school"
    Co("acute_danger.en.gun_in_room_school", K.ACUTE_DANGER,
       ("gun|pistol|handgun|revolver|firearm", "room|bedroom|closet|drawer|backpack|car",
        "school|protection|protect|someone|people|revenge|bully|bullies|bullied|threat|threats|"
        "weird|classmates|nobody|care|cares"), window=22, sentence=False,
       unless_near="@TOY @STORED range hunting lesson lessons nerf airsoft paintball water bb "
                   "pellet squirt foam glue @GAMEW video"),
    # -- round 62 ------------------------------------------------------------------------------
    # an ex's new partner who makes an eleven-year-old undress "for a check-up"
    Co("sexual_abuse.en.makes_her_undress", K.SEXUAL_ABUSE,
       ("partner|boyfriend|girlfriend|stepdad|stepfather|uncle|neighbour|neighbor|coach|man",
        "undress|strip|naked", "makes|made|make|forces|forced|tells|told"), window=10,
       unless_near="doctor nurse paediatrician pediatrician clinic hospital swim swimming pool "
                   "changing bath shower"),
    # a father who has locked the boy in his room and will not let him out, «ему страшно»
    Co("acute_danger.ru.locked_in_not_let_out", K.ACUTE_DANGER,
       ("муж|отец|папа|отчим|бывший|мать|бабушка|дедушка", "запереть+#past",
        "выпускать|страшно|бояться"), window=16, sentence=False,
       unless_near="шутка @GAMEW @KIDLOCKEDME"),
    # long sleeves in July, "today I saw why. scratches, fresh ones"
    Co("self_harm.en.long_sleeves_hiding_marks", K.SELF_HARM,
       ("=long", "sleeves|sleeve", "scratches|cuts|marks|scars|burns|=cut"), window=16,
       sentence=False, unless_near="eczema cat kitten rash brambles bushes sunburn hiking hike "
                                   "garden @NOMARKS"),
    # -- round 61 ------------------------------------------------------------------------------
    # a stepbrother of fifteen who beats up a seven-year-old and choked him
    Co("physical_abuse.en.stepsibling_beats", K.PHYSICAL_ABUSE,
       ("stepbrother|stepsister|stepbrothers|stepsisters", "choked|chokes|choking|strangled|"
        "strangles|@BEATSUP"), window=16, sentence=False,
       unless_near="@GAMEW wrestling play playing game pillow karate food laughing"),
    # a father's hunting knife taken into the woods, «не ищите»
    Co("acute_danger.ru.weapon_gone_dont_look", K.ACUTE_DANGER,
       ("@WEAPON", "уйти|убежать|сбежать|уехать", "@DONTLOOK"), window=16, sentence=False,
       unless_near="@TOY @GAMEW поход рыбалка охота гриб"),
    # a diary: «14 мая, в день рождения, таблетки. всё решено»
    Co("suicidal_plan.ru.pills_all_decided", K.SUICIDAL_PLAN,
       ("@PILLS|таблетка", "@ALLDECIDED", "дневник|записка|записать|написать|заметка|день|"
        "#num"), window=12, sentence=False,
       unless_near="врач доктор педиатр назначить курс пить понедельник аллергия купить "
                   "аптека витамин укачивание собака кот кашель температура поездка"),
    # -- round 60 ------------------------------------------------------------------------------
    # "when he drives he thinks about just steering into a truck"
    Co("suicidal_method.en.thinks_steering_into", K.SUICIDAL_METHOD,
       ("steer|steering|swerve|swerving|drive|driving|crash|crashing", "into",
        "truck|lorry|tree|wall|traffic|bus|oncoming|bridge", "think|thinks|thought|want|wants|"
        "imagine|imagines|wonder|wonders"), window=12, escalate=METHOD,
       unless_near="@GAMEW almost nearly skid ice icy accident"),
    # a teenage cousin twice his size punching a seven-year-old in the stomach
    Co("physical_abuse.en.older_punching_child", K.PHYSICAL_ABUSE,
       ("punching|punches|punched|kicking|kicks|kicked|beating|beats",
        "stomach|face|ribs|head|belly", "twice|teenage|teen|cousin|stepbrother"), window=16,
       sentence=False, unless_near="@TODDLER @GAMEW bed asleep sleep accidentally karate "
                                   "boxing sparring match game ball himself herself"),
    # a guitar and a PC given to a cousin, "look after them", goodbyes all week
    Co("suicidal_behaviour.en.gave_away_goodbyes", K.SUICIDAL_BEHAVIOUR,
       ("gave|giving|give|given", "goodbye|goodbyes|farewell|farewells"), window=24,
       sentence=False, unless_near="moving move camp abroad leaving graduation party "
                                   "presents present gifts charity toys old @OLDTHINGS"),
    # -- round 59 ------------------------------------------------------------------------------
    # opening the car door on the highway "and just falling out"
    Co("suicidal_method.en.open_car_door_fall_out", K.SUICIDAL_METHOD,
       ("open|opening", "door", "fall|falling|jump|jumping", "think|thinks|thought|wants|want|"
        "imagine|imagines", "car|highway|motorway|driving|moving|road"), window=14,
       escalate=METHOD, unless_near="scared afraid worried lock locks childlock parked "
                                    "puddles"),
    # a four-year-old who shows on a doll how "grandad strokes", and cries to go to him
    Co("sexual_abuse.ru.shows_on_doll_adult", K.SEXUAL_ABUSE,
       ("кукла|игрушка|мишка", "показывать|изображать|показать",
        "@ADULT|@HOMEADULT|дедушка|дядя|папа|отчим", "гладить|трогать|плакать|бояться"),
       window=16, sentence=False, unless_near="голова волос кормить лечить врач купать мыть"),
    # -- round 58 ------------------------------------------------------------------------------
    # "I won't be your problem, I'm going to do it"
    Co("suicidal_intent.en.not_your_problem_do_it", K.SUICIDAL_INTENT,
       ("@NOTYOURPROBLEM", "going|gonna", "=do", "=it"), window=14,
       unless_near="homework chores room fix"),
    # «у них с папой секрет, как он её гладит ночью, маме нельзя знать»
    Co("sexual_abuse.ru.stroking_secret_at_night", K.SEXUAL_ABUSE,
       ("@SECRET", "гладить|трогать|ласкать|щупать", "ночь|ночью|кровать|одеяло|@SEXPART",
        "папа|отец|отчим|@ADULT|@HOMEADULT"), window=16, sentence=False,
       unless_near="кот кошка котенок собака щенок хомяк спина спинка голова бояться"),
    # «ей стоит выпрыгнуть, все будут только рады»; "jump off the roof, nobody will miss you"
    Co("incitement.ru.all_will_be_glad", K.INCITEMENT,
       ("все|никто", "рад|радоваться|обрадоваться|скучать|заплакать|заметить|пожалеть",
        "@JUMP|@METHODV|@SUICIDEV|@DIE", "ты|она+#datv|он+#datv"), window=14,
       unless_near="@GAMEW батут бассейн вода речка море"),
    Co("incitement.en.nobody_will_miss_you", K.INCITEMENT,
       ("nobody|noone|=no", "miss|care", "=you|=your", "die|kill|hang|jump|@METHODV|roof|"
        "bridge|window|cliff|yourself"), window=12,
       unless_near="@GAMEW pool trampoline water lake"),
    # «давай прыгай, все ждут», at an open window
    Co("incitement.ru.jump_now_at_window", K.INCITEMENT,
       ("прыгать+#impr|прыгнуть+#impr", "окно|крыша|мост|балкон|этаж|подоконник"),
       window=12, unless_near="батут бассейн вода речка море снег сугроб парашют тарзанка "
                              "@GAMEW хоть @JOKED @LAUGHED"),  # «хоть в окно прыгай»
    # «когда вы уедете, я выпью всё, что есть в аптечке»
    Co("suicidal_plan.ru.drink_all_medicine_when", K.SUICIDAL_PLAN,
       ("выпить+#1per|наглотаться+#1per|съесть+#1per|принять+#1per", "все|весь",
        "аптечка|лекарство|@PILLS", "@WHEN|когда|после|выходной|день|ночь|утро|вечер"),
       window=14, sentence=False, unless_near="@TODDLER случайно витамин кашель сироп любить "
                                              "вкусный"),
    # a list of who gets his stuff "after"
    Co("suicidal_behaviour.en.list_who_gets_stuff", K.SUICIDAL_BEHAVIOUR,
       ("list|lists|wrote|written", "who|gets|get", "stuff|things|@POSSESSION", "=after"),
       window=12, unless_near="move moving college university sale yard garage christmas "
                              "birthday"),
    # -- round 57 ------------------------------------------------------------------------------
    # "send more or i send these to ur school": sextortion
    Co("online_exploitation.en.send_or_we_share", K.ONLINE_EXPLOITATION,
       ("or|otherwise|unless", "send|post|share|leak|show|expose", "these|them|pics|photos|"
        "nudes|pictures|video|videos", "school|friends|parents|class|everyone|mum|mom|dad|"
        "followers"), window=10),
    # "DMed her a picture of his privates and asked for one back"
    Co("online_exploitation.en.picture_of_his_privates", K.ONLINE_EXPLOITATION,
       ("picture|pic|pics|photo|photos|image|video|snap", "his|man|guy",
        "privates|penis|genitals|=parts|dick"), window=6, unless_near="@MEDICAL doctor"),
    # a knife in her room and "no one should come in"
    Co("acute_danger.en.weapon_no_one_come_in", K.ACUTE_DANGER,
       ("@WEAPON", "=nobody|=noone|=anyone|=one", "come|enter|=near"), window=12,
       unless_near="@TOY carving whittling cooking kitchen chef"),
    Co("acute_danger.ru.weapon_no_one_come_in", K.ACUTE_DANGER,
       ("@WEAPON", "никто", "заходить|входить|подходить|зайти|войти|подойти"), window=12,
       unless_near="@TOY резьба готовить кухня повар"),
    # "tell mom im sorry, im going to do it soon"
    Co("suicidal_intent.en.tell_mom_sorry_doing_it", K.SUICIDAL_INTENT,
       ("=tell", "sorry", "going|gonna", "=it"), window=12,
       unless_near="homework chores dishes room clean test exam fix tidy laundry vase"),
    # a grandmother's belt, to bloody stripes
    Co("physical_abuse.ru.belt_to_blood", K.PHYSICAL_ABUSE,
       ("ремень|скакалка|провод|шнур|прут", "кровь|кровавый|полоса|рубец"),
       window=8, unless_near="безопасность авария машина @GAMEW @ACCIDENT войнушка играть"),
    # "I hit my son so hard his nose bled": a parent who tells it herself
    Co("physical_abuse.ru.i_hit_him_blood", K.PHYSICAL_ABUSE,
       ("@IHITCHILD", "кровь|синяк|губа|шрам"), window=14,
       unless_near="@GAMEW случайно нечаянно"),
    Co("physical_abuse.en.i_hit_him_blood", K.PHYSICAL_ABUSE,
       ("@IHITCHILD", "blood|bled|bleeding|bruise|bruises|=nose|lip"), window=14,
       unless_near="@GAMEW accidentally accident ball"),
    # a father who has locked the boy in his flat, drunk
    Co("acute_danger.ru.locked_in_by_drunk", K.ACUTE_DANGER,
       ("запереть+#past|закрыть+#past", "@VICTIM|сын|дочь", "пьяный|напиться|запой|пьянка"),
       window=20, sentence=False),
    # nothing but a few crackers since Sunday
    Co("acute_danger.en.not_eating_since_day", K.ACUTE_DANGER,
       ("@NEGEAT", "=eaten|=ate|=eat|=eating", "since", "sunday|monday|tuesday|wednesday|"
        "thursday|friday|saturday|weekend"), window=14,
       unless_near="@MEDICAL flu virus bug stomach vegetable vegetables veggies single lol"),
    # -- round 56 ------------------------------------------------------------------------------
    # ran off from the park, the police called
    Co("acute_danger.en.ran_off_police", K.ACUTE_DANGER,
       ("@RUNAWAY", "police|cops|=911|=999|=112|amber|searching|search"), window=16,
       sentence=False, unless_near="@GAMEW @TOY drill game pretend playing robbers museum"),
    Co("acute_danger.ru.ran_off_police", K.ACUTE_DANGER,
       ("@RUNAWAY|убежать|сбежать|потеряться|пропасть", "полиция|полицейский|лизаалерт|"
        "волонтер|розыск"), window=16,
       sentence=False, unless_sentence="@GAMEW @TOY игра играть понарошку учение казак "
                                       "разбойник занятие урок учитель"),
    # «не отпустите на концерт — выпрыгну»: a threat on a condition
    Co("suicidal_intent.ru.or_ill_jump", K.SUICIDAL_INTENT,
       ("выпрыгнуть+#1per|спрыгнуть+#1per|повеситься+#1per|отравиться+#1per",
        "если|отпустить|пустить|разрешить|купить|забрать|отобрать|отнять|заставить"),
       window=8, sentence=False, neg=True,
       unless_near="штаны кожа радость счастие @GAMEW батут бассейн парашют @JOKED @LAUGHED "
                   "шутка"),
    # a coach who asks a girl to stay alone after training and change in front of him
    Co("sexual_abuse.ru.change_in_front_of_him", K.SEXUAL_ABUSE,
       ("переодеваться|раздеваться|переодеться|раздеться", "@BEFOREHIM"), window=4,
       unless_near="@TODDLER стесняться отказываться врач мама сестра брат"),
    # "hasn't eaten in 4 days, says she's fasting, passed out at school"
    Co("acute_danger.en.not_eating_fainted", K.ACUTE_DANGER,
       ("@NEGEAT", "@EAT", "@DAYS", "passed|fainted|faint|fainting|collapsed|collapse"),
       window=20, sentence=False, unless_near="@MEDICAL flu virus bug"),
    Co("acute_danger.ru.not_eating_fainted", K.ACUTE_DANGER,
       ("@NEGEAT", "@EAT", "@DAYS", "обморок|сознание"), window=20, sentence=False,
       unless_near="грипп вирус ротавирус отравление"),
    # -- round 55 ------------------------------------------------------------------------------
    # "tonight after everyone's asleep I'm taking the whole bottle"
    Co("suicidal_plan.en.tonight_whole_bottle", K.SUICIDAL_PLAN,
       ("tonight|tomorrow|asleep|@WHEN", "taking|take|swallow|swallowing|down|downing",
        "whole|entire|all", "bottle|pack|packet|box|@PILLS", "=im|=i|=ill|gonna|going|will|"
        "=he|=she"),
       window=14, unless_near="wine party crayons water juice lunch camping trip school game "
                              "milk formula soda"),
    # a dog and a bike given away "since he won't need them"
    Co("suicidal_behaviour.en.gave_wont_need", K.SUICIDAL_BEHAVIOUR,
       ("gave|giving|give|given", "dog|cat|puppy|kitten|hamster|pet|bike|guitar|phone|console|"
        "xbox|playstation|switch|collection", "@WONT|=never|=not", "=need|=needs"),
       window=24, sentence=False,
       unless_near="baby outgrown outgrew grown toddler @OLDTHINGS moving move university "
                   "college declutter decluttering charity"),
    Co("suicidal_behaviour.ru.gave_wont_need", K.SUICIDAL_BEHAVIOUR,
       ("@GIVEAWAY|отдать|отдавать|раздарить", "уже|больше",
        "понадобиться|нужный|пригодиться|надо|нужно"), window=22, sentence=False,
       # round 65: his phone, knife and bike given to his brothers, «мне уже не надо»
       unless_near="малыш вырасти маленький переезд переезжать благотворительность приют "
                   "детдом старый продать тесный игрушка большой"),
    # «стала трогать себя: "так делал дедушка, это наша игра"»
    Co("sexual_abuse.ru.touches_self_as_adult_did", K.SEXUAL_ABUSE,
       ("трогать|гладить|тереть", "себя|писька|пися|там", "@ADULT|@HOMEADULT",
        "делать|игра|секрет"), window=16, sentence=False,
       unless_near="врач педиатр купать мыть мазь"),
    # a youth pastor's late texts, gifts and a sleepover alone, "keep it between us"
    Co("sexual_abuse.en.keep_it_between_us", K.SEXUAL_ABUSE,
       ("@BETWEENUS", "pastor|priest|coach|teacher|tutor|leader|mentor|@ADULT|neighbour|"
        "neighbor|man|director|instructor|trainer", "sleep|sleepover|night|alone|texting|texts|"
        "gifts|presents|buying|bought|vapes"),  # round 56: a director's presents
       window=40, sentence=False,
       unless_near="surprise party birthday santa"),
    # -- round 54 ------------------------------------------------------------------------------
    # "wondering whether his insulin could kill him if he took the whole pen"
    Co("suicidal_method.en.could_kill_if_took", K.SUICIDAL_METHOD,
       ("wonder|wondering|wonders|wondered|ask|asks|asked|asking|googl|search", "kill", "if",
        "took|take|drank|drink|swallowed|swallow|injected|inject|used",
        "whole|all|every|entire", "@PILLS|insulin|pen|pens|medicine|meds"), window=18,
       unless_near="dog cat puppy kitten accidentally accident poison toddler @TODDLER @NEWS"),
    Co("suicidal_method.ru.would_it_kill_if", K.SUICIDAL_METHOD,
       ("убить", "ли", "если", "выпить|съесть|принять|вколоть|проглотить|уколоть",
        "@PILLS|таблетка|лекарство|инсулин|снотворный"), window=12,
       unless_near="собака кот кошка щенок котенок случайно малыш @TODDLER"),
    # "suicide keeps popping into his head, like intrusive thoughts"
    Co("suicidal_thoughts.en.suicide_in_head", K.SUICIDAL_THOUGHTS,
       ("=suicide|=suicidal", "popping|pops|popped|intrusive|head|mind"), window=8,
       unless_near="@NEWS @FICTION squad prevention awareness"),
    # «можно мне пораньше попасть на небо к бабушке»
    Co("death_wish.ru.heaven_early", K.DEATH_WISH,
       ("попасть|уйти|отправиться|улететь|пойти", "рай|небо",
        "ранний|скорый|=раньше|=пораньше|=поскорее|=скорее", "я|можно|хотеть"), window=8,
       unless_near="@FICTION @NEWS @GAMEW самолет"),
    # «я всё решила, не пытайтесь меня остановить», with death spoken of
    Co("suicidal_intent.ru.dont_stop_me", K.SUICIDAL_INTENT,
       ("@STOPME", "смерть|@DIE|@SUICIDE|@SUICIDEV"), window=30, sentence=False,
       unless_near="@FICTION @NEWS @GAMEW"),
    Co("suicidal_intent.en.dont_stop_me", K.SUICIDAL_INTENT,
       ("@STOPME", "death|=die|=dying|@SUICIDE|=dead"), window=20,
       sentence=False, unless_near="@FICTION @NEWS @GAMEW hair"),
    # "uncle's willy", screaming when he visits
    Co("sexual_abuse.en.adult_genitals_fear", K.SEXUAL_ABUSE,
       ("uncle|grandad|grandpa|stepdad|neighbour|neighbor|babysitter|man",
        "=willy|=willie|=penis|=winky|=peepee|=dick|=privates",
        "scream|screams|screaming|scared|afraid|hides|cries|crying|pointing|between|sore"),
       window=20, sentence=False, unless_near="bath shower swimming changing"),
    # -- round 53 ------------------------------------------------------------------------------
    # drawings of herself with SUICIDE written beside them
    Co("suicidal_thoughts.en.draws_suicide", K.SUICIDAL_THOUGHTS,
       ("drawing|drawings|drew|draws|draw|writes|wrote|written|writing|pictures",
        "=suicide|=suicidal", "herself|himself|her|him|self|pictures|notebook|arm|next"),
       window=12, unless_near="news documentary film prevention awareness poster project "
                              "lesson class"),  # not @NEWS: it holds "word"
    # "the man at daycare pulls her pants down at nap time"
    Co("sexual_abuse.en.pulls_her_pants_down", K.SEXUAL_ABUSE,
       ("man|teacher|worker|uncle|neighbour|neighbor|coach|stepdad|boyfriend",
        "pulls|pulled|pulling|takes|took", "pants|trousers|underwear|knickers|shorts|panties",
        "down|off", "nap|daycare|nursery|night|bed|bathroom|secret|naptime"), window=14,
       sentence=False,
       unless_near="change changing nappy diaper potty toilet accident wet doctor @MEDICAL"),
    # -- round 52 ------------------------------------------------------------------------------
    # "remember me", with things given away or a goodbye: a farewell
    Co("suicidal_behaviour.en.remember_me", K.SUICIDAL_BEHAVIOUR,
       ("=remember", "=me", "gave|giving|away|goodbye|saying|says|keeps|wrote|note|card"),
       window=12, sentence=False,
       unless_near="yearbook graduation leaving moving camp song lyrics @FICTION @NEWS game"),
    # a man who pulled his pants down in front of the children
    Co("sexual_abuse.en.man_exposed_himself", K.SEXUAL_ABUSE,
       ("man|guy|stranger|neighbour|neighbor|teacher|coach|uncle", "pulled|pulls|dropped|drops",
        "down", "pants|trousers|shorts", "front|kids|children"), window=14, sentence=False,
       unless_near="toilet potty pee peeing changing swimming swim prank brother brothers "
                   "@TODDLER"),
    # a friend's father who came in at night and got under her blanket
    Co("sexual_abuse.en.friends_dad_under_blanket", K.SEXUAL_ABUSE,
       ("friend's|friends|neighbour's|neighbor's|cousin's", "dad|father|uncle|brother|stepdad",
        "under|into", "blanket|covers|bed|duvet|sleeping"), window=16, sentence=False,
       unless_near="tuck tucked goodnight story"),
    # into a car with older guys an hour ago, the phone off
    Co("acute_danger.en.car_with_older_guys", K.ACUTE_DANGER,
       ("car|van", "older|guys|men|strangers|adults", "phone|@UNREACHABLE|=off|answering|hour|"
        "hours|nowhere"), window=20, sentence=False,
       unless_near="uncle cousin brother coach team school grandpa grandma dad mum mom parents"),
    # «думает разбить машину об столб насмерть»
    Co("suicidal_method.ru.crash_car_to_death", K.SUICIDAL_METHOD,
       ("разбить|разбиться|врезаться", "машина|столб|дерево|стена|мотоцикл",
        "насмерть|умереть|покончить"), window=12,
       unless_near="@GAMEW игра игрушка гонка чуть едва"),
    # -- round 51 ------------------------------------------------------------------------------
    # a former partner who locked the child in her room and won't let her out
    Co("acute_danger.en.adult_locked_child_in_room", K.ACUTE_DANGER,
       ("ex|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmum|boyfriend|girlfriend|"
        "partner|husband|wife|uncle|grandpa|grandma", "locked|locks|locking",
        "room|bedroom", "=let|scared|crying|texting|texted|calling|called|screaming|banging"),
       window=16, sentence=False,
       unless_near="herself himself themselves myself privacy =own prank game @GAMEW"),
    # asked a friend to "take care of the dog for me", his guitar given away
    Co("suicidal_behaviour.en.take_care_of_for_me", K.SUICIDAL_BEHAVIOUR,
       ("asked|told|said|asking|telling|says", "=take|=look", "=care|=after",
        "dog|cat|pet|hamster|sister|brother|mum|mom|rabbit", "=me"), window=14,
       unless_near="while camp trip holiday vacation weekend away visiting sleepover "
                   "tomorrow tonight school"),
    # -- round 50 ------------------------------------------------------------------------------
    # a grown-up's hand down a child's pants
    Co("sexual_abuse.en.hand_down_pants", K.SEXUAL_ABUSE,
       ("@ADULT|pastor|coach|teacher|uncle|man|guy|neighbour|neighbor|leader|counsellor|"
        "counselor|aide|assistant|driver|carer|therapist|babysitter", "hand|hands",
        "down|inside|into|under", "pants|trousers|underwear|knickers|shorts|panties|nappy|"
        "diaper"), window=24, sentence=False,  # round 68: "the bus aide … has been sitting
       # with him at the back and putting his hand down his pants", a sentence long
       unless_near="normal toddler himself herself @MEDICAL nappy diaper pocket pockets keys "
                   "phone wallet cold warm toilet potty"),
    # crashing the car "on purpose", "would it be quick"
    Co("suicidal_method.en.crash_car_on_purpose", K.SUICIDAL_METHOD,
       ("crash|crashing|crashed|wreck|wrecking|drive|driving", "car|truck|bike|motorbike|tree|"
        "wall", "purpose|deliberately|intentionally|quick|painless"), window=12,
       unless_near="@GAMEW game forza gta accident accidentally insurance toy toys"),
    # dolls played out "as papa does", and it hurts to pee
    Co("sexual_abuse.ru.dolls_show_what_adult_does", K.SEXUAL_ABUSE,
       ("кукла|игрушка|мишка", "изображать|показывать|делать", "папа|отец|дядя|отчим|дедушка|"
        "взрослый", "странный|больно|секрет|так"), window=24, sentence=False,
       unless_near="@MEDICAL готовить кормить укладывать врач"),
    # told to cut her arm to be let into the group
    Co("incitement.ru.cut_to_join", K.INCITEMENT,
       ("если|чтобы|пока", "порезать|резать|порезаться|прижечь|обжечь|поранить",
        "принять|компания|дружить|группа"), window=16, sentence=False,
       unless_near="@FOOD овощ хлеб торт бумага ножницы поделка"),
    Co("incitement.en.cut_to_join", K.INCITEMENT,
       ("unless|until", "cut|cuts|burn|burns|hurt|hurts", "herself|himself|arm|wrist|"
        "@SELF", "join|group|accepted|initiation"), window=16, sentence=False,
       unless_near="@FOOD paper hair craft crafts"),
    # -- round 49 ------------------------------------------------------------------------------
    # classmates: «ты жирная, лучше бы выпрыгнула из окна»
    Co("incitement.ru.better_you_jumped", K.INCITEMENT,
       ("ты", "лучше|чтоб|чтобы", "бы", "выпрыгнуть|прыгнуть|сдохнуть|умереть|"
        "повеситься|убиться|удавиться|утопиться|выброситься"), window=10,
       unless_near="@GAMEW @FICTION шутить шутка"),
    # "he shoves me around in front of the kids ... he hit me and my 6yo saw it"
    Co("physical_abuse.en.he_hit_me_child_saw", K.PHYSICAL_ABUSE,
       ("=he", "shoves|shoved|hit|hits|slapped|slaps|punched|punches|pushed|pushes|choked|"
        "chokes|beat|beats|threw|throws|slammed|slams", "=me",  # round 66: "threw me against"
        "kids|children|son|daughter|yo|6yo|baby",
        "saw|watched|watching|front|seen|see|sees"), window=20, sentence=False,
       unless_near="sparring boxing @GAMEW pillow game playing tickle ball accident "
                   "accidentally pool party "
                   "laughed laughing water"),
    # -- round 48 ------------------------------------------------------------------------------
    # back from the father's with a split lip and bruises, "dad lost it"
    Co("physical_abuse.en.split_lip_after_visit", K.PHYSICAL_ABUSE,
       ("split|busted|swollen|fat", "lip|lips", "@BRUISE|bruising|marks|=lost",
        "dad|dad's|father|father's|stepdad|stepfather|mom|mum|mother|@HOMEADULT"), window=24,
       sentence=False,
       unless_near="@ACCIDENT @GAMEW football soccer rugby hockey fight fought school "
                   "boxing"),
    # "when he drinks he throws things at my kids ... slapped my 6yo so hard she fell"
    Co("physical_abuse.en.drunk_hits_kids", K.PHYSICAL_ABUSE,
       ("drinks|drunk|drinking|drank", "slapped|slaps|hit|hits|punched|punches|kicked|kicks|"
        "beats|beat|shoved|shoves", "kids|children|son|daughter|@VICTIM"), window=20,
       sentence=False, unless_near="@GAMEW ball pillow snowball game games @FICTION @NEWS"),
    # a "friend" who sent a video on how to cut and said she should try it
    Co("incitement.en.sent_how_to_try_it", K.INCITEMENT,
       ("sent|send|sends|showed|shows|shared|shares", "video|videos|link|links|tutorial|pics",
        "how", "cut|cutting|hang|hanging|overdose|die|kill|choke|choking",
        "try|should|=do"), window=16, sentence=False,
       unless_near="@FOOD cooking hair hairstyle bangs fringe recipe vegetables onion paper "
                   "craft crafts scissors lesson @NEWS"),
    # -- round 47 ------------------------------------------------------------------------------
    # "encouraging my 15yo to 'just do it'" when she posts that she is sad
    Co("incitement.en.encouraging_just_do_it", K.INCITEMENT,
       ("encouraging|encourage|encouraged|encourages|urging|urged|urges|egging|telling|told|"
        "tell|tells", "=just", "=do", "=it", "sad|depressed|dying|die|suicide|suicidal|kill|"
        "@ONLINE|server|comments|post|posts"), window=16,
       unless_near=_DO_IT_TWINS + " nike slogan sport sports coach climbing wall"),
    # -- round 46 ------------------------------------------------------------------------------
    # a story: «сегодня в 23:00 крыша моего дома, прыгаю»
    Co("suicidal_plan.ru.today_roof_jumping", K.SUICIDAL_PLAN,
       ("сегодня|завтра|@WHEN|ночью|ночь", "крыша|мост|окно|балкон|этаж|высотка",
        "прыгать|прыгнуть|спрыгнуть|сигануть|шагнуть|выпрыгнуть"), window=12, sentence=False,
       unless_near="@GAMEW @FICTION батут бассейн сугроб снег вода речка река гараж",
       unless_sentence=_JUMP_SPORT_RU),
    # a spoon heated and pressed on the skin
    Co("self_harm.en.heated_metal_on_skin", K.SELF_HARM,
       ("heats|heated|heating|heat|hot", "spoon|spoons|lighter|metal|coin|key|keys|pin|needle|"
        "paperclip", "presses|pressed|pressing|press|holds|held|puts|put|burns|burned|burnt",
        "skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach|marks"), window=14,
       sentence=False, unless_near="@ACCIDENT cooking soup kitchen stove oven accidentally"),
    Co("self_harm.ru.heated_metal_on_skin", K.SELF_HARM,
       ("нагревать|нагреть|греть|раскалять|раскалить|горячий", "ложка|зажигалка|монета|ключ|"
        "иголка|игла|металл|скрепка", "прижимать|прижать|прикладывать|приложить|жечь|обжечь",
        "кожа|рука|запястье|бедро|нога|живот|след"), window=14, sentence=False,
       unless_near="@ACCIDENT готовить суп кухня плита духовка случайно"),
    # a topless photo sent to a classmate, now all over the school
    Co("online_exploitation.ru.nude_photo_spread", K.ONLINE_EXPLOITATION,
       ("фото|фотка|фотография|снимок|видео|@IMAGE", "топлес|голый|обнаженный|интимный|нюдс",
        "гулять|разойтись|расходиться|переслать|пересылать|выложить|слить|распространить|"
        "школа|класс"), window=14, sentence=False,
       unless_near="@NEWS урок лекция объяснить пляж море"),
    # a bed found empty at night, the window open, the phone off
    Co("acute_danger.en.bed_empty_at_night", K.ACUTE_DANGER,
       ("bed|room|bedroom", "=empty", "window|phone|@UNREACHABLE|#clock|night|midnight"),
       window=16, sentence=False,
       unless_near="sleepover camp grandma grandma's bathroom couch sofa kitchen toilet "
                   "downstairs garden"),
    Co("acute_danger.ru.bed_empty_at_night", K.ACUTE_DANGER,
       ("кровать|постель|комната", "пустой|пусто", "окно|телефон|@UNREACHABLE|ночь|час"),
       window=16, sentence=False,
       unless_near="лагерь бабушка ночевка туалет ванная кухня диван найти"),
    # -- round 45 ------------------------------------------------------------------------------
    # cuts "the cat did", too straight and even for a cat
    Co("self_harm.en.too_straight_for_a_cat", K.SELF_HARM,
       ("cuts|scratches|marks|lines|scars", "straight|even|neat|neatly|parallel|rows",
        "cat|dog|kitten|says|said|claims|claimed"), window=20, sentence=False,
       unless_near="@TOY drawing drew pen marker ruler paint henna"),
    Co("self_harm.ru.too_straight_for_a_cat", K.SELF_HARM,
       ("порез|царапина|полоска|полоса|шрам", "ровный|параллельный|слишком|аккуратный|ровно",
        "кот|кошка|котенок|собака|говорить|сказать|утверждать"), window=20, sentence=False,
       unless_near="@TOY рисовать рисунок ручка фломастер линейка краска хна"),
    # «скоро всё закончит, и нам больше не придётся из-за него ругаться»
    Co("suicidal_intent.ru.soon_end_it_no_burden", K.SUICIDAL_INTENT,
       ("скоро|сегодня|завтра|наконец", "все", "закончить|прекратить|кончить",
        "больше|прийтись|ругаться|мучиться|обуза|мешать"), window=16, sentence=False,
       unless_near="урок домашка ремонт четверть работа проект игра уровень сериал "
                   "школа учеба экзамен"),
    # -- round 44 ------------------------------------------------------------------------------
    # "if he ever did it he'd use his dad's heart pills": a method chosen for "it"
    Co("suicidal_method.en.if_ever_did_it_use", K.SUICIDAL_METHOD,
       ("ever", "=it", "use|using|take|taking|swallow|swallowing|jump|jumping|hang",
        "pills|@PILLS|rope|belt|gun|knife|razor|blade|bridge|train|roof|tablets"), window=14,
       unless_near="@GAMEW @FICTION again recipe tattoo piercing"),
    Co("suicidal_method.ru.if_ever_did_it_use", K.SUICIDAL_METHOD,
       ("если", "нибудь|решиться", "таблетка|@PILLS|веревка|петля|лезвие|мост|крыша|поезд|"
        "ружье|пистолет"), window=12,
       unless_near="@GAMEW @FICTION опять снова татуировка пирсинг рецепт"),
    # -- round 43 ------------------------------------------------------------------------------
    # "tomorrow at the lake. I'll walk in and not come back"
    Co("suicidal_plan.en.walk_in_not_come_back", K.SUICIDAL_PLAN,
       ("tomorrow|tonight|@WHEN|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        "lake|river|sea|ocean|pond|water|woods|forest|quarry", "walk|swim|wade|go|walking",
        "=not|never|@WONT|=wont", "back"), window=20, sentence=False,
       unless_near="@GAMEW @FICTION camp trip holiday vacation fun =want =wanted =out"),
    Co("suicidal_plan.ru.walk_in_not_come_back", K.SUICIDAL_PLAN,
       ("завтра|сегодня|@WHEN|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье",
        "озеро|река|море|пруд|вода|лес|карьер", "зайти|войти|уйти|уплыть|пойти",
        "@NEG", "вернуться|возвращаться"), window=20, sentence=False,
       unless_near="@GAMEW @FICTION лагерь поездка отпуск каникулы"),
    # a tutor's hand on her leg, moving up under the table
    Co("sexual_abuse.en.hand_up_her_leg", K.SEXUAL_ABUSE,
       ("hand|hands", "leg|legs|thigh|thighs|knee|knees|skirt", "up|under|higher|between",
        "tutor|teacher|coach|uncle|neighbour|neighbor|stepdad|stepfather|lodger|pastor|man|"
        "guy|instructor|driver"), window=16, sentence=False,
       unless_near="@MEDICAL massage cramp cramps =my injury injured physio brace"),
    Co("sexual_abuse.ru.hand_up_her_leg", K.SEXUAL_ABUSE,
       ("рука", "нога|бедро|колено|коленка|юбка", "вверх|под|выше|между",
        "репетитор|учитель|тренер|дядя|сосед|отчим|мужчина|водитель|вожатый"), window=16,
       sentence=False, unless_near="@MEDICAL массаж судорога травма растяжение"),
    # kissed or touched "where the underwear goes"
    Co("sexual_abuse.en.where_underwear_goes", K.SEXUAL_ABUSE,
       ("kissed|kisses|kissing|touched|touches|touching|licked|licks",
        "underwear|pants|knickers|panties|swimsuit|bathing", "where|there|under|inside"),
       window=10, unless_near="@MEDICAL nobody no-one noone teach teaching talk rule rules "
                              "book books learned safety"),  # round 72: a body-safety lesson
    Co("sexual_abuse.ru.where_underwear_goes", K.SEXUAL_ABUSE,
       ("поцеловать|целовать|трогать|потрогать|лизать|лизнуть",
        "трусы|трусики|купальник|белье", "где|там|под"), window=10,
       unless_near="@MEDICAL никто нельзя правило урок книга объяснить"),
    # a phone given in secret by a grown-up (a youth pastor's; one sent by a man met online is
    # read by the online rules)
    Co("sexual_abuse.en.gave_secret_phone", K.SEXUAL_ABUSE,
       ("gave|given|bought|gives|buys|sent", "phone|sim|tablet",
        "=didn't|=didnt|secret|secretly|hidden|hide|hides|hiding|@SECRET",
        "pastor|priest|coach|teacher|tutor|leader|instructor|neighbour|neighbor|counsellor|"
        "counselor|man|guy|stranger|lodger|boyfriend"), window=20, sentence=False,
       unless_near="@ONLINE mail post met"),
    Co("sexual_abuse.ru.asks_to_his_place_alone", K.SEXUAL_ABUSE,
       ("тренер|учитель|репетитор|священник|батюшка|вожатый|сосед|мужчина|руководитель",
        "квартира|дом|себя|кабинет|машина", "один|наедине",
        "звать|приглашать|просить|позвать|пригласить|зазывать"), window=16, sentence=False,
       unless_near="@NEWS день рождение праздник"),
    Co("sexual_abuse.ru.gave_secret_phone", K.SEXUAL_ABUSE,
       ("подарить|дать|купить|передать", "телефон|симка|планшет",
        "тайно|тайком|втайне|секрет|@SECRET|знать",
        "тренер|учитель|репетитор|священник|батюшка|вожатый|сосед|мужчина|руководитель"),
       window=20, sentence=False),
    # took a gun from the safe and went off into the woods
    Co("acute_danger.en.took_gun_and_left", K.ACUTE_DANGER,
       ("took|grabbed|taken|stole|stolen|takes", "gun|rifle|shotgun|pistol|handgun|firearm",
        "left|gone|walked|ran|drove|disappeared|woods|forest"), window=12, sentence=False,
       unless_near="@TOY hunting range trip lesson lessons cleaning clean airsoft paintball "
                   "nerf"),
    Co("acute_danger.ru.took_gun_and_left", K.ACUTE_DANGER,
       ("взять|забрать|схватить|утащить|украсть", "ружье|пистолет|винтовка|карабин|оружие|"
        "травмат|обрез", "уйти|убежать|уехать|пропасть|исчезнуть|лес"), window=12,
       sentence=False, unless_near="@TOY охота тир поход чистить пневматический"),
    # -- round 42 ------------------------------------------------------------------------------
    # a man who calls a child over with sweets or money and invites her to his garage, his
    # car, the changing room
    Co("sexual_abuse.en.lured_to_his_place", K.SEXUAL_ABUSE,
       ("man|guy|neighbour|neighbor|stranger|@LURER", "sweets|candy|puppies|puppy|kittens|"
        "kitten|money|gifts|presents|chocolate|cash", "invites|invited|inviting|asks|asked|"
        "asking|calls|called|wants|offered|offers|keeps", "garage|car|van|house|flat|apartment|"
        "shed|basement|room|changing"), window=20, sentence=False,
       unless_near="birthday party halloween trick treat @NEWS @FICTION @ONLINE role-play "
                   "roleplay pretended pretend danger teaching teach explain video videos "
                   "pics"),  # lessons about strangers; videos asked for online
    Co("sexual_abuse.ru.lured_to_his_place", K.SEXUAL_ABUSE,
       ("мужик|мужчина|сосед|дядя|дядька|@LURER", "конфета|котенок|щенок|подарок|деньга|"
        "шоколадка|шоколад", "звать|позвать|зазывать|приглашать|пригласить|подзывать|подозвать|"
        "манить", "гараж|машина|квартира|себя|дом|подвал|сарай|раздевалка"), window=20,
       sentence=False, unless_near="день рождение праздник @NEWS @ONLINE объяснить нельзя "
                                   "учить научить"),  # lessons about strangers
    # thinking of swerving into a tree "and being done with everything"
    Co("suicidal_method.en.swerve_into_tree", K.SUICIDAL_METHOD,
       ("swerve|swerving|swerved|veer|veering|steer|steering|crash|crashing|drive|driving",
        "tree|wall|truck|lorry|traffic|oncoming|barrier|pole|cliff", "done|die|dying|dead|end|"
        "ending|over|gone"), window=14,
       unless_near="@GAMEW deer fox animal almost nearly ice icy snow fog"),
    Co("suicidal_method.ru.swerve_into_tree", K.SUICIDAL_METHOD,
       ("свернуть|врезаться|разбиться|въехать|вылететь|направить", "дерево|стена|фура|грузовик|"
        "встречка|столб|отбойник|обрыв", "конец|умереть|покончить|закончиться|кончиться|"
        "насмерть"),
       window=14, unless_near="@GAMEW лось олень животное чуть едва гололед туман"),
    # a stepfather who keeps walking in on her in the shower
    Co("sexual_abuse.en.keeps_walking_in", K.SEXUAL_ABUSE,
       ("@ADULT", "walking|walks|walked|barging|barges|barged|comes|coming",
        "shower|showering|bathroom|bath|changing|undressing|undressed",
        "keeps|=keeps|@WONT|=wont|stop|again|always|every|screams|screamed"), window=16,
       sentence=False, unless_near="accident accidentally once sorry lock toddler baby"),
    Co("sexual_abuse.ru.keeps_walking_in", K.SEXUAL_ABUSE,
       ("отчим|папа|отец|дядя|сосед|дедушка|брат|@ADULT", "заходить|входить|врываться|"
        "ломиться|заглядывать", "душ|ванная|ванна|переодеваться|раздеваться|мыться",
        "постоянно|всегда|опять|снова|каждый|кричать|перестать|нельзя|смеяться|просить"),
       window=16, sentence=False,
       unless_near="стучаться случайно извиниться замок малыш"),  # round 51: «нельзя», «смеётся»
    # giving her things away and clearing out her room
    Co("suicidal_behaviour.en.gives_away_clears_room", K.SUICIDAL_BEHAVIOUR,
       ("giving|gave|gives|give|given", "=away|friends|neighbour|neighbor|everyone",
        "cleaned|cleared|emptied|cleaning|clearing|emptying", "room|everything|wardrobe|desk"),
       window=24, sentence=False,
       unless_near="@DONATE charity moving move outgrown declutter decluttering kondo garage "
                   "sale yard college university dorm"),
    Co("suicidal_behaviour.ru.gives_away_clears_room", K.SUICIDAL_BEHAVIOUR,
       ("раздать|раздавать|отдать|отдавать|подарить|раздарить", "друг|подруга|сосед|все",
        "убрать|прибрать|разобрать|освободить|опустошить|вычистить", "комната|шкаф|стол"),
       window=24, sentence=False,
       unless_near="@DONATE переезд переезжать общежитие вырасти уборка благотворительность"),
    # "special hugs" that must stay secret
    Co("sexual_abuse.en.special_touch_secret", K.SEXUAL_ABUSE,
       ("special", "hugs|hug|cuddles|cuddle|tickles|tickle|tickling|massage|massages|games|"
        "game|touch|touching|kisses|kiss", "secret|@SECRET"), window=10,
       unless_near="surprise birthday present party recipe christmas"),
    Co("sexual_abuse.ru.special_touch_secret", K.SEXUAL_ABUSE,
       ("особый|специальный|наш", "обнимашка|объятие|щекотка|массаж|игра|поцелуй|обнимать",
        "секрет|@SECRET|тайна"), window=10,
       unless_near="сюрприз день рождение подарок праздник рецепт"),
    # -- round 41 ------------------------------------------------------------------------------
    # a coach who photographs a girl while she is changing, "for form checks"
    Co("sexual_abuse.en.photographs_while_changing", K.SEXUAL_ABUSE,
       ("photos|photo|pictures|pics|photographs|photographing|photographed|video|videos|"
        "filming|films|filmed|@IMAGE", "changing|undressing|undressed|naked|shower|showering|"
        "@UNDRESS", "coach|teacher|instructor|trainer|counsellor|counselor|neighbour|neighbor|"
        "uncle|stepdad|stepfather|lodger|tutor|@LURER"), window=16,
       unless_near="@ONLINE team uniform uniforms kit costume costumes nappy diaper bath "
                   "bathtime beach pool send sent message messages phone"),  # pictures asked
       # for by message are the online rules' (a first try took one from them)
    # gone with a bag during a row, at none of the places he goes, and it is dark
    Co("acute_danger.en.left_with_bag_not_found", K.ACUTE_DANGER,
       ("left|ran|stormed|walked|took|packed", "bag|backpack|rucksack|suitcase|stuff|things",
        "=isn't|=isnt|=not|nowhere|=can't|=cant|=cannot", "dark|night|midnight|hours|police"),
       window=24, sentence=False,
       unless_near="school trip sleepover camp practice grandma grandma's granny nana back "
                   "home"),
    Co("acute_danger.ru.left_with_bag_not_found", K.ACUTE_DANGER,
       ("уйти|убежать|сбежать|собрать", "рюкзак|сумка|вещь", "нет|нигде|@UNREACHABLE",
        "темно|ночь|полиция|стемнеть"), window=24, sentence=False,
       unless_near="школа лагерь экскурсия бабушка дача тренировка вернуться"),
    # -- round 40 ------------------------------------------------------------------------------
    # crashing the car "would be an easy way out": the idiom only with a method beside it
    Co("suicidal_method.en.easy_way_out", K.SUICIDAL_METHOD,
       ("=easy|=easiest|=quick|=quickest|=simple|=painless", "=way", "=out",
        "crash|crashing|crashed|pills|@PILLS|jump|jumping|bridge|roof|rope|train|trains|tracks|"
        "overdose|drown|drowning|wrist|wrists"), window=12,
       unless_near="@GAMEW @FICTION exam exams homework test copy copied cheat cheated cheating "
                   "quit quitting"),
    Co("suicidal_method.ru.easy_way_out", K.SUICIDAL_METHOD,
       ("легкий|простой|быстрый", "выход", "разбиться|врезаться|таблетка|@PILLS|прыгнуть|"
        "мост|крыша|поезд|рельс|петля|веревка|утопиться|вена"), window=12,
       unless_near="@GAMEW экзамен контрольный списать бросить"),
    # a diary's "monday, train tracks behind the school, before first period"
    Co("suicidal_plan.en.diary_day_and_place", K.SUICIDAL_PLAN,
       ("journal|diary|notebook|note|notes", "tracks|rails|railway|bridge|roof|rooftop|cliff|"
        "overpass", "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
        "tonight|before|after|@WHEN"), window=16, sentence=False,
       unless_near="@GAMEW museum trip ride model lego homework project photo photos walk "
                   "picnic field"),
    Co("suicidal_plan.ru.diary_day_and_place", K.SUICIDAL_PLAN,
       ("дневник|записка|тетрадь|блокнот", "рельс|мост|крыша|железка|обрыв|эстакада",
        "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|завтра|сегодня|"
        "перед|после|@WHEN"), window=16, sentence=False,
       unless_near="@GAMEW музей экскурсия поездка модель лего проект фото прогулка пикник"),
    # asked on a live stream to show her chest for coins or gifts
    Co("online_exploitation.en.live_stream_show_body", K.ONLINE_EXPLOITATION,
       ("live|livestream|stream|streaming|@ONLINE", "show|flash|lift|showing",
        "chest|boobs|breasts|body|bra|underwear|top|shirt|@SEXPART",
        "coins|gifts|gift|money|points|robux|tokens|vbucks|diamonds|roses"), window=16,
       sentence=False, unless_near="@ASKMEAN assembly lesson talk costume"),
    Co("online_exploitation.ru.live_stream_show_body", K.ONLINE_EXPLOITATION,
       ("стрим|эфир|трансляция|@ONLINE", "показать|показывать|поднять|снять",
        "грудь|тело|белье|лифчик|майка|футболка|@SEXPART",
        "монета|подарок|деньга|донат|робакс|алмаз|роза|очко"), window=16, sentence=False,
       unless_near="урок лекция костюм"),
    # a grown-up filmed pinching and smacking a toddler: a nanny cam, a baby monitor
    Co("physical_abuse.en.caught_on_camera_hitting", K.PHYSICAL_ABUSE,
       ("cam|camera|cameras|footage|video|recording|monitor",
        "=pinches|=pinched|=pinching|=smacks|=smacked|=smacking|=slaps|=slapped|=slapping|"
        "=hits|=hitting|=shakes|=shook|=shaking|=yanks|=yanked|=shoves|=shoved|=kicks|=kicked|"
        "=punches|=punched", "@ADULT|nanny|sitter|grandma|granny"), window=16, sentence=False,
       unless_near="@GAMEW @FICTION news documentary film movie series brother sister "
                   "sibling siblings twin twins cat dog pillow toy"),  # "shows" is no show
    Co("physical_abuse.ru.caught_on_camera_hitting", K.PHYSICAL_ABUSE,
       ("камера|видео|запись|видеоняня", "щипать|ущипнуть|шлепать|шлепнуть|бить|ударить|"
        "трясти|дергать|толкать|пинать|лупить", "@ADULT|няня|бабушка|свекровь|теща"),
       window=16, sentence=False,
       unless_near="@GAMEW @NEWS брат сестра кот собака игра играть подушка"),
    # a grown-up who locked a small child in a closet and left
    Co("acute_danger.en.locked_child_in_and_left", K.ACUTE_DANGER,
       ("ex|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|boyfriend|girlfriend|"
        "partner|husband|wife|babysitter|sitter|nanny",
        "locked|locks|shut", "closet|cupboard|wardrobe|basement|cellar|shed|garage|car|room|"
        "bathroom", "=left|=leaves|=went|gone|=alone"), window=16, sentence=False,
       unless_near="accidentally accident cat dog key keys @GAMEW hide-and-seek"),
    Co("acute_danger.ru.locked_child_in_and_left", K.ACUTE_DANGER,
       ("бывший|отец|папа|мать|мама|отчим|мачеха|сожитель|муж|жена|няня",
        "запереть|закрыть", "шкаф|кладовка|чулан|подвал|сарай|гараж|машина|ванная|туалет|балкон",
        "уйти|уехать|один"), window=16, sentence=False,
       unless_near="случайно кот собака ключ прятки"),
    # -- round 39 ------------------------------------------------------------------------------
    # a "boyfriend" of twenty-four sleeping with a fifteen-year-old
    Co("sexual_abuse.en.grown_boyfriend_sleeps_with_minor", K.SEXUAL_ABUSE,
       ("boyfriend|bf|man|guy", _GROWN_AGE + "|grown|adult", "sleeping|slept|sleeps|sex|sexual|"
        "intimate", _MINOR_AGE + "|teen|teenage|teenager|minor|underage"), window=24,
       sentence=False, unless_near="@ASKMEAN @NEWS @ONLINE messages chatting chats"),  # online
       # grooming is read by its own rules
    Co("sexual_abuse.ru.grown_boyfriend_sleeps_with_minor", K.SEXUAL_ABUSE,
       ("парень|ухажер|бойфренд|мужчина", _GROWN_AGE + "|взрослый", "спать|переспать|секс|"
        "интим|близость", _MINOR_AGE + "|подросток|несовершеннолетний"), window=24,
       sentence=False, unless_near="@NEWS @ONLINE бессонница переписываться переписка"),
    # a daycare's photos of bruises on a small child's back: where falls seldom leave them
    # (a slate-grey patch on a baby's back is a birthmark as often)
    Co("physical_abuse.en.carers_report_bruises", K.PHYSICAL_ABUSE,
       ("daycare|nursery|preschool|kindergarten|teacher|school|childminder",
        "sent|noticed|found|reported|called|asked|photos|photographed|pictures",
        "@BRUISE|bruising|welts", "back|ears|neck|bottom|buttocks|spine|tummy"), window=16,
       sentence=False,
       unless_near="@ACCIDENT shins shin knees knee clumsy birthmark birthmarks mongolian "
                   "spots slide"),
    Co("physical_abuse.ru.carers_report_bruises", K.PHYSICAL_ABUSE,
       ("воспитатель|воспитательница|садик|сад|учитель|учительница|школа|няня",
        "заметить|прислать|сфотографировать|позвонить|спросить|фото|фотография",
        "@BRUISE", "спина|ухо|шея|попа|ягодица|живот|позвоночник"), window=16, sentence=False,
       unless_near="@ACCIDENT голень коленка колено неуклюжий родимый монгольский пятно горка "
                   "банка кашель"),  # round 47: cupping
    # a man who throws things at the children's mother while they are there
    Co("physical_abuse.en.throws_things_at_mother", K.PHYSICAL_ABUSE,
       ("law|husband|partner|boyfriend|stepdad|stepfather|dad|father|ex",
        "throws|threw|throwing|hurls|hurled|hurling", "=at",
        "kids|children|front|watch|watching|watched|hides|hide|hiding|there"), window=24,
       sentence=False,
       unless_near="@GAMEW ball balls pillow pillows snowball snowballs frisbee toys toy dart "
                   "darts tantrum pool into water lake"),  # thrown into the pool
    Co("physical_abuse.ru.throws_things_at_mother", K.PHYSICAL_ABUSE,
       ("муж|зять|отчим|сожитель|отец|папа|бывший",
        "швырять|швырнуть|кидаться|кинуться|бросаться|запускать|запустить", "я|жена|дочь|мама|"
        "мать", "при|ребенок|прятаться|спрятаться|видеть"), window=20, sentence=False,
       unless_near="@GAMEW мяч игра снежок подушка играть игрушка истерика"),
    # -- round 38 ------------------------------------------------------------------------------
    # a parent who took the child for the weekend and did not bring her back, phone off
    Co("acute_danger.ru.taken_not_brought_back", K.ACUTE_DANGER,
       ("бывший|отец|папа|мать|мама|муж|жена", "забрать|увезти", "@NOTBACK",
        "телефон|отвечать|недоступный|@UNREACHABLE|вещь|полиция"), window=24, sentence=False,
       unless_near="лагерь бабушка дача"),
    # a gun in his room after a break-up, and he won't come out
    Co("acute_danger.en.gun_in_room_wont_come_out", K.ACUTE_DANGER,
       ("gun|rifle|pistol|shotgun|firearm|handgun", "room|bedroom",
        "@WONT|wont|refuses|refusing|dumped|breakup|broke|answer|answering|upset|distraught|"
        "crying|furious|enraged|hysterical|=alone|unlock|depressed|suicidal"),
       # round 40: "and he's really upset"; round 43: "keeps saying leave me alone"; round
       # 50: "won't" is read as "will not", so "won't unlock the door" names the door
       window=20, sentence=False,
       unless_near="@TOY @STORED range hunting lesson lessons nerf airsoft paintball water"),
    # round 43: not "safe" or "cabinet" alone: a gun taken *from* the cabinet is in his room
    # -- round 37 ------------------------------------------------------------------------------
    # a daycare worker who undresses a child at nap time and takes pictures
    Co("sexual_abuse.en.undresses_and_photographs", K.SEXUAL_ABUSE,
       ("clothes|undress|undresses|undressed|naked|@UNDRESS", "pictures|photos|photo|pics|"
        "video|videos|@IMAGE", "daycare|nursery|nap|teacher|worker|mr|@ADULT"), window=14,
       unless_near="bath bathtime beach pool swimsuit grandma granny @ONLINE costume costumes "
                   "dress-up"),
    # nudes passed round the year group
    Co("online_exploitation.en.nudes_passed_round", K.ONLINE_EXPLOITATION,
       ("nudes|=nudes|nude|naked", "passed|shared|spread|sent|posted|forwarded|leaked",
        "around|round|group|everyone|school|year|class"), window=12,
       unless_near="@ASKMEAN assembly lesson talk"),
    # -- round 36 ------------------------------------------------------------------------------
    # a care worker who threw a boy against the wall
    Co("physical_abuse.en.adult_threw_against_wall", K.PHYSICAL_ABUSE,
       ("@ADULT|@HOMEADULT|worker|staff", "threw|thrown|throws|shoved|shoves",
        "against|wall|walls|radiator", "him|her|them"), window=12,
       unless_near="@GAMEW ball balls frisbee pillow pillows toy toys paint"),
    # staring at the tracks: "that's how he'd do it"
    Co("suicidal_method.en.staring_thats_how", K.SUICIDAL_METHOD,
       ("staring|stares|stared|stare", "tracks|train|trains|bridge|roof|ledge|cliff|river",
        "how", "do|doing", "=it"), window=24, sentence=False,
       unless_near="@GAMEW lego model trainset engineer engineering"),
    # an older brother who beats the younger one and holds him by the throat
    Co("physical_abuse.ru.older_beats_younger", K.PHYSICAL_ABUSE,
       ("избивать|избить|бить|колотить|душить", "старший", "младший|брат|сестра",
        "горло|шея|губа|кровь|синяк|@BRUISE|встать|травма|травмпункт|больница|пнуть|бояться|"
        "рассказывать"),  # rounds 43, 47
       window=20, sentence=False,
       unless_near="подушка игра борьба тренировка"),
    # -- round 35 ------------------------------------------------------------------------------
    # a coach or an instructor and a «массаж» alone, not to be told
    Co("sexual_abuse.ru.massage_alone", K.SEXUAL_ABUSE,
       ("массаж", "один|наедине|@SECRET|неприятно|закрыть|запереть|раздеваться",
        "тренер|вожатый|учитель|репетитор|сосед|дядя|отчим|мужчина|@LURER"), window=20,
       sentence=False, unless_near="массажист врач поликлиника реабилитация курс"),
    # made to change in front of a coach, and photographed
    Co("sexual_abuse.ru.change_in_front_photographed", K.SEXUAL_ABUSE,
       ("переодеваться|переодеть|раздеваться|@UNDRESS", "фотографировать|сфотографировать|"
        "снимать|фото|@IMAGE", "тренер|вожатый|учитель|сосед|дядя"), window=16,
       unless_near="@ONLINE камера видеозвонок чат мама папа бабушка врач команда форма "
                   "победа соревнование"),
    # a grown-up who lies down in the children's beds at night
    Co("sexual_abuse.ru.lies_in_childrens_bed", K.SEXUAL_ABUSE,
       ("вожатый|тренер|воспитатель|учитель|сосед|дядя|отчим|мужчина",
        "ложиться|лечь|залезать|залезть|забираться",
        "кровать|постель|койка|палата"), window=12),
    Co("sexual_abuse.en.gets_in_childrens_bed", K.SEXUAL_ABUSE,
       ("counsellor|counselor|coach|teacher|neighbour|neighbor|uncle|stepdad|stepfather|lodger|"
        "boyfriend",
        "got|gets|getting|climbed|climbs|lay|lies|lying|sleeps|slept|crawled",
        "bed|beds|sleeping|covers|duvet|blanket", "her|his|their|them"), window=14,
       unless_near="goodnight tuck tucks tucked story stories"),  # round 37: the covers
    # "play doctor" with an older child or a sitter, undressed, not to be told
    Co("sexual_abuse.en.play_doctor_undressed", K.SEXUAL_ABUSE,
       ("play|playing|played|game", "doctor|doctors", "@ADULT|babysitter|sitter|older",
        "@UNDRESS|off|@SECRET|trouble"), window=20, sentence=False),
    # bruises on the ears: where falls seldom leave them (on the neck, a teenager's are
    # love bites as often)
    Co("physical_abuse.en.bruises_ears", K.PHYSICAL_ABUSE,
       ("@BRUISE|bruising", "ear|ears|earlobe|earlobes"), window=8,
       unless_near="earring earrings piercing pierced hickey love bite @ACCIDENT ball football "
                   "rugby headphones helmet paintball"),
    Co("physical_abuse.ru.bruises_ears", K.PHYSICAL_ABUSE,
       ("@BRUISE", "ухо"), window=8,
       unless_near="сережка прокол засос @ACCIDENT мяч футбол наушник шлем пейнтбол "
                   "счастливый поднять поднимать"),  # round 37: «поднять на уши», an idiom
    # "tomorrow at the train crossing. done."
    Co("suicidal_plan.en.tomorrow_at_tracks_done", K.SUICIDAL_PLAN,
       ("tomorrow|tonight|@WHEN", "crossing|tracks|railway|rails|bridge",
        "done|goodbye|bye|over|=end"), window=16, sentence=False,  # round 42: 10 before
       unless_near="museum ride trip model lego homework project train-set"),
    # -- round 34 ------------------------------------------------------------------------------
    # looking up how tall a building must be, which bridges have no fence
    Co("suicidal_behaviour.en.research_height", K.SUICIDAL_BEHAVIOUR,
       ("@LOOKUP|searching|searched|googling|googled|researching|researched|history",
        "tall|high|height|storey|storeys|floors|fence|fences",
        "building|buildings|bridge|bridges|survive|fatal|die"), window=16,
       unless_near="project homework assignment architecture lego model city-building "
                   "minecraft"),
    # small children locked in a flat alone all day, crying at the door
    Co("acute_danger.ru.children_locked_alone", K.ACUTE_DANGER,
       ("запереть|запирать", "ребенок|малыш|@CHILDN",
        "день|сутки|ночь|плакать|стучать|один|кричать"), window=14,
       unless_near="@SELF сам туалет ванная игра играть прятки кот кошка собака квест"),  # r. 51
    # a knife kept to use "if his dad comes near him again"
    Co("acute_danger.en.knife_to_use_if", K.ACUTE_DANGER,
       ("knife|knives|machete", "use|stab", "if|comes|near|again"),
       window=14, sentence=False,
       unless_near="@TOY @SELF cooking cook kitchen chef whittling carving scout scouts "
                   "fishing camping bread butter"),
    # -- round 32 ------------------------------------------------------------------------------
    # a father who took her phone and locked her in her room, won't let her leave
    Co("acute_danger.en.locked_in_room_phone_taken", K.ACUTE_DANGER,
       ("@ADULT|@HOMEADULT", "locked|locks|lock", "room|bedroom",
        "phone|leave|hidden|secretly|police"), window=24, sentence=False,
       unless_near="himself herself grounded @TODDLER"),
    # resuscitated after an overdose of medicines («откачали»)
    Co("suicidal_behaviour.ru.revived_after_pills", K.SUICIDAL_BEHAVIOUR,
       ("откачать|откачивать|реанимация|реанимировать",
        "отравление|таблетка|лекарство|передозировка|наглотаться|@PILLS"), window=10,
       unless_near="малыш малышка @TODDLER случайно гриб"),
    # -- round 30 ------------------------------------------------------------------------------
    # a coach or a man who grabbed her bottom, her chest
    Co("sexual_abuse.en.adult_grabbed_bum", K.SEXUAL_ABUSE,
       ("@ADULT", "grabbed|grabs|grab|squeezed|squeezes|pinched|pinches|groped|gropes",
        "bum|butt|bottom|backside|breasts|boobs|chest|crotch"), window=12, neg=True,
       unless_near="@GAMEW tickling tickle brother sister baby nappy diaper"),
    # a grown man who asks a girl to his flat alone
    Co("sexual_abuse.en.adult_asks_to_flat_alone", K.SEXUAL_ABUSE,
       ("coach|teacher|tutor|trainer|man|neighbour|neighbor|instructor|priest|pastor|leader|"
        "counsellor|counselor|lodger|guy", "flat|apartment|house|place|car|office", "alone"),
       window=16,  # round 43: a youth pastor's, further from "alone"; 12 before
       unless_near="party team parents mum mom dad family together"),
    # «лучше умереть, чем …», said seriously
    Co("death_wish.ru.better_die_seriously", K.DEATH_WISH,
       ("лучше", "умереть|сдохнуть", "серьезно|всерьез"), window=20, sentence=False),
    # sealed letters: "by the time you read this I won't be here"
    Co("suicidal_behaviour.en.by_the_time_you_read", K.SUICIDAL_BEHAVIOUR,
       ("read|reading", "this", "here|alive|gone|dead|around"), window=10,
       unless_near="holiday holidays trip plane flight abroad camp moved"),
    # a poll on whether she should end it
    Co("incitement.en.poll_end_it", K.INCITEMENT,
       ("poll|vote|voted|votes|voting|survey", "=end|kill|die|@DIE|@KILLV|kys"), window=12,
       unless_near="game match season election president class rule uniform"),
    # a father who keeps the boy and shouts she will never see him again
    Co("acute_danger.ru.never_see_him_again", K.ACUTE_DANGER,
       ("бывший|муж|отец|папа|мать|мама|@HOMEADULT", "больше", "увидеть",
        "закрыть|запереть|отдавать|забрать|увезти|кричать|угрожать"), window=24,
       sentence=False),
    # "I have dad's gun", and he won't pick up
    Co("acute_danger.en.gun_and_unreachable", K.ACUTE_DANGER,
       ("gun|rifle|pistol|shotgun|revolver", "@UNREACHABLE|pick|answering|respond|responding"),
       window=14, sentence=False, unless_near="range hunting safety locked safe cabinet drill "
                                              "lockdown"),  # round 52: a lockdown drill
    # -- round 29 ------------------------------------------------------------------------------
    # a man not the parent who asks a girl to undress, "to check for ticks"
    Co("sexual_abuse.en.man_asked_undress", K.SEXUAL_ABUSE,
       ("husband|man|neighbour|neighbor|uncle|coach|stepdad|boyfriend|teacher|@STRANGER",
        "asked|asks|makes|made|tells|told|wants|wanted", "undress|strip|naked"), window=8,
       unless_near="doctor nurse swimming pool bath bathtime shower costume"),
    # blows heard through the wall and a child crying, a neighbour's report
    Co("physical_abuse.ru.blows_through_wall", K.PHYSICAL_ABUSE,
       ("удар|бить|грохот", "плакать|плач|крик|кричать|визжать", "стена|сосед|соседский|"
        "сверху|этаж"), window=16, sentence=False,
       unless_near="решить думать ремонт дрель перфоратор молоток мяч игра"),
    Co("physical_abuse.en.thuds_and_crying", K.PHYSICAL_ABUSE,
       ("thuds|thud|blows|banging|slaps|smacks|hitting", "crying|screaming|screams|sobbing|"
        "begging|stop", "upstairs|downstairs|wall|neighbour|neighbor|next"), window=16,
       sentence=False, unless_near="pillow drill drilling renovation diy music party game ball"),
    # a grown stepbrother's punches to the ribs "as a joke", and the bruises
    Co("physical_abuse.en.punches_ribs_bruises", K.PHYSICAL_ABUSE,
       ("punching|punches|punched|kicking|kicks|kicked|hitting", "ribs|side|stomach|tummy",
        "@BRUISE"), window=20, sentence=False,
       unless_near="@ACCIDENT boxing karate judo sparring rugby match class"),
    # a man who slammed the child into the wall
    Co("physical_abuse.en.slammed_into_wall", K.PHYSICAL_ABUSE,
       ("@HOMEADULT|@ADULT", "slammed|slams|shoved|smashed",
        "wall|floor|door|table|cupboard"), window=12, neg=True,
       unless_near="@GAMEW @ACCIDENT ball door pillow himself herself themselves phone "
                   "tantrum meltdown"),
    # -- round 28 ------------------------------------------------------------------------------
    # "do it. cut deeper": the orders one after the other, across the full stop
    Co("incitement.en.do_it_cut_deeper", K.INCITEMENT, ("=do", "=it", "cut", "deeper|harder"),
       window=6, sentence=False),
    # an older boy who made a small girl pull her pants down
    Co("sexual_abuse.en.made_pull_pants_down", K.SEXUAL_ABUSE,
       ("made|make|makes|forced|told|dared", "pull|take|took|pulled", "pants|knickers|"
        "underwear|trousers|shorts", "down|off"), window=10,
       unless_near="potty nappy diaper doctor nurse wee pee wet swim swimming change changing"),
    # letters to all her friends, scheduled to send next week
    Co("suicidal_behaviour.en.letters_scheduled", K.SUICIDAL_BEHAVIOUR,
       ("letters|letter|messages|emails|notes", "=scheduled|=timed|=delayed",
        "friends|everyone|all|family"), window=12,
       unless_near="birthday birthdays christmas party invitations invites thank-you game "
                   "match practice training school trip families parents"),
    # a belt or a rope tied to a rod, a hook, a beam
    Co("suicidal_behaviour.en.tied_to_rod", K.SUICIDAL_BEHAVIOUR,
       ("belt|rope|cord|scarf|shoelace|shoelaces|cable|noose", "tied|tying|tie|knotted|fastened",
        "rod|rail|hook|beam|bunk|ceiling|doorknob|banister|closet|wardrobe"), window=8,
       unless_near="swing hammock climbing dog leash tent tow fort den costume knot knots "
                   "scout scouts practise practice bag bags coat jacket clothes towel"),
    # a poem about jumping off the overpass "and then nothing"
    Co("suicidal_method.en.jump_then_nothing", K.SUICIDAL_METHOD,
       ("jump|jumping|jumped|fall|falling", "overpass|bridge|roof|cliff|building|window",
        "nothing|nothingness"), window=16,
       unless_near="@GAMEW river lake pool sea water bungee trampoline happened hurt lego "
                   "built build toy"),
    # -- round 27 ------------------------------------------------------------------------------
    # "I'll be dead by the end of the year, I'll make sure of it"
    Co("suicidal_intent.en.dead_by_make_sure", K.SUICIDAL_INTENT,
       ("dead", "=make|=making ~0 sure|=promise|=swear"), window=14, sentence=False,
       unless_near="@GAMEW joke joking lol haha tired exam exams homework"),
    # "driving out to the cliffs and that's it": a place, and an end
    Co("suicidal_plan.en.place_and_thats_it", K.SUICIDAL_PLAN,
       ("cliff|cliffs|bridge|tracks|railway|rails|roof|quarry", "that's|thats", "it"),
       window=9, unless_near="photo photos view picnic hike hiking climbing swim diving"),
    # a man in the girls' changing room who "helps" them undress
    Co("sexual_abuse.ru.man_in_girls_changing_room", K.SEXUAL_ABUSE,
       ("тренер|учитель|физрук|мужчина|вожатый|дядя|сосед", "раздевалка|душевая",
        "девочка", "раздеваться|раздевать|подглядывать|помогать"), window=14,
       unless_near="садик сад воспитатель воспитательница малыш уборка ремонт"),
    # bruises «from a fight» that are the drinking father's
    Co("physical_abuse.ru.bruises_drinking_parent", K.PHYSICAL_ABUSE,
       ("@BRUISE", "@HOMEADULT", "срываться|сорваться|пить|напиваться|пьяный|запой"),
       window=20, sentence=False, unless_near="спорт тренировка секция упасть"),
    # a grown brother who beats the younger one while the parents are at work
    Co("physical_abuse.ru.older_beats_while_away", K.PHYSICAL_ABUSE,
       ("старший|взрослый", "бить+#pres|избивать", "работа|синяк|@BRUISE|пьяный|сломать|"
        "перелом"), window=20,  # round 28: drunk, a finger broken
       sentence=False, unless_near="игра подушка шутка борьба секция тренировка"),
    # -- round 26 ------------------------------------------------------------------------------
    # "he hit me", said of a grown-up at home, with the bruise that shows it
    Co("physical_abuse.en.adult_hit_me_bruise", K.PHYSICAL_ABUSE,
       ("@HOMEADULT|@ADULT", "=hit|=hits|=hurt|=hurts|=punched|=kicked|=slapped", "@BRUISE"),
       window=20, sentence=False,
       unless_near="sparring boxing @GAMEW ball accident accidentally fell fall sport sports "
                   "football "
                   "rugby hockey trampoline baseball practice iced lacrosse contusion stick"),
    # round 36; round 46: a lacrosse stick
    # -- round 25 ------------------------------------------------------------------------------
    # a drawing of herself on the rails, "it would be easier"
    Co("suicidal_method.ru.drawing_on_rails", K.SUICIDAL_METHOD,
       ("рисовать|нарисовать|рисунок", "рельс|поезд|мост|окно|петля|крыша",
        "простой|легкий|лучше|себя"), window=14, sentence=False),
    # a gravestone drawn with his own name, «скорее бы»
    Co("death_wish.ru.gravestone_own_name", K.DEATH_WISH,
       ("могила|надгробие", "свой|имя", "скорее|быстрый|хотеть|подписывать|подписать"),
       window=12, unless_near="@GAMEW майнкрафт моб"),  # round 45: a game's graveyard
    # asking to go to heaven now, so as not to be a problem
    Co("death_wish.en.heaven_now_no_problem", K.DEATH_WISH,
       ("heaven|angels", "ask|asks|asked|asking|want|wants|wish|can|could",
        "problem|burden|trouble|bother"), window=16,
       unless_near="grandpa grandma granny grandad died funeral dog cat hamster pet"),
    # a video call from the bath, asked by a man online
    Co("online_exploitation.en.call_from_bath", K.ONLINE_EXPLOITATION,
       ("call|video|facetime|cam|camera|@IMAGE", "bath|shower|bed|bedroom|@UNDRESS",
        "@ONLINE|man|stranger|@STRANGER|scout"), window=24, sentence=False,
       unless_near="baby posting grandma granny nana grandpa grandad"),
    # gone with a note or a bag, to find someone far away, and unreachable
    Co("acute_danger.en.left_note_gone", K.ACUTE_DANGER,
       ("packed|left", "bag|note", "find|city|going|away", "@UNREACHABLE|answering|gone|missing"),
       window=24, sentence=False, unless_near="grandma granny nana sleepover camp"),
    # out of the house barefoot in the frost, and not found
    Co("acute_danger.en.ran_out_in_cold", K.ACUTE_DANGER,
       ("ran|run|stormed|left", "out|off", "barefoot|minus|freezing|snow|dark",
        "find|found|looking|searching|@UNREACHABLE"), window=20, sentence=False),
    # locked in a room all day without food by the mother's partner
    Co("acute_danger.ru.locked_without_food", K.ACUTE_DANGER,
       ("@ADULT|@HOMEADULT", "запереть|запирать", "комната|@LOCKPLACE",
        "еда|есть|день|весь|голодный|вода"), window=20, sentence=False,
       unless_near="себя сам"),
    # her cat given away and thank-you letters to every teacher
    Co("suicidal_behaviour.en.gave_pet_thank_letters", K.SUICIDAL_BEHAVIOUR,
       ("gave|giving|given", "cat|dog|pet|hamster|guitar|console",
        "letters|letter|notes|thank-you|thank"), window=20, sentence=False,
       unless_near="moving move end leaving graduation"),
    # caned or belted till the palms bled
    Co("physical_abuse.en.caned_till_bled", K.PHYSICAL_ABUSE,
       ("caned|cane|belted|whipped|beat|beaten|hit", "bled|bleed|bleeding|blood|welts",
        "@ADULT|teacher|coach|dad|father|mum"), window=12, neg=True,
       unless_near="football ball @GAMEW nose"),  # round 37: a football in the face
    # «не надо, папа» through the wall, then blows
    Co("physical_abuse.ru.plead_then_blows", K.PHYSICAL_ABUSE,
       ("@PLEAD", "удар|бить|плакать|крик|кричать"), window=20, sentence=False,
       unless_near="купать стричь мыть укол"),
    # -- round 24 ------------------------------------------------------------------------------
    # a grave built with his own name, "the one who was in everyone's way"
    Co("death_wish.ru.grave_in_everyones_way", K.DEATH_WISH,
       ("могила|надгробие|табличка|лежать", "мешать"), window=12),
    # «мне пофиг, если я умру»
    Co("death_wish.ru.dont_care_if_die", K.DEATH_WISH,
       ("пофиг|наплевать|плевать|безразлично", "если", "умереть|@DIE"), window=8,
       unless_near="@GAMEW =респавн персонаж"),
    # a delete button "on me"
    Co("death_wish.en.delete_me", K.DEATH_WISH,
       ("delete|erase|uninstall|despawn", "me|myself", "wish|want|wants|could|button"),
       window=16, unless_near="friends list account chat contacts number photo photos"),
    # goodbyes sent to each friend, thanking them for being friends
    Co("suicidal_behaviour.ru.thanks_friends_goodbye", K.SUICIDAL_BEHAVIOUR,
       ("прощать|прощаться", "спасибо", "друг"), window=12,
       unless_near="переезд переезжать лагерь выпускной уезжать"),
    # things given away, "you won't need to add me anymore"
    Co("suicidal_behaviour.en.gave_away_not_need", K.SUICIDAL_BEHAVIOUR,
       ("gave|giving|give|gives|given", "@NONEED"), window=20, sentence=False,
       unless_near="moving move outgrew outgrown grown younger cousin charity donate donated "
                   "baby"),  # round 55: the baby clothes
    # touching each other while an older boy filmed: made to, as a dare
    Co("sexual_abuse.en.made_touch_filmed", K.SEXUAL_ABUSE,
       ("touching|touch|touched", "filmed|filming|film|recorded|recording|video",
        "made|make|forced|dare|dared"), window=16),
    # a gun gone from the safe and a door that will not open
    Co("acute_danger.en.gun_missing_door", K.ACUTE_DANGER,
       ("gun|rifle|pistol|shotgun", "missing|gone|taken", "door|room|locked|@WONT|done"),
       window=20, sentence=False,
       unless_near="license licence officer range hunting husband police nerf"),  # round 45:
    # a Nerf game; round 64: a police uncle's range
    # a father with a knife, screaming at the mother: danger now
    Co("acute_danger.en.knife_screaming_at_mum", K.ACUTE_DANGER,
       ("knife|gun|@WEAPON", "screaming|shouting|yelling|threatening|hitting",
        "mum|mom|mother|wife|mommy|mummy"), window=14,
       unless_near="pumpkin cooking carving joke joking"),
    # a cigarette put out on her arm
    Co("physical_abuse.ru.cigarette_put_out", K.PHYSICAL_ABUSE,
       ("потушить|тушить|прижечь|прижигать", "сигарета|окурок", "рука|нога|кожа|спина|он|она"),
       window=8),  # round 53: «тушила об него сигареты»
    # round 61: «гасил окурок о руку сына» (a cigarette put out on a body, not just put out)
    Co("physical_abuse.ru.cigarette_put_out_on", K.PHYSICAL_ABUSE,
       ("гасить|погасить|затушить", "сигарета|окурок", "о|об", "рука|нога|кожа|спина|@VICTIM"),
       window=8, unless_near="пепельница перила"),
    # «гасил окурок о руку сына» (a cigarette put out, with «о» and a body, not just put out)
    # round 61: «гасил окурок о руку сына»
    # sweets and money to keep the "games" secret
    Co("sexual_abuse.en.bribes_to_keep_secret", K.SEXUAL_ABUSE,
       ("sweets|money|candy|gifts|presents|cash", "keep|keeps|kept", "secret|@SECRET"),
       window=12, unless_near="surprise party birthday"),  # round 40: not "present", which
       # as a stem cancelled the "presents" the rule reads
    # an older brother who beats his sister, with bruises on her ribs
    Co("physical_abuse.ru.sibling_beats_bruises", K.PHYSICAL_ABUSE,
       ("избивать|избить|колотить|душить", "сестра|брат|младший",
        "синяк|@BRUISE|ребро|кровь"), window=16, sentence=False,  # round 25: told after
       unless_near="подушка игра"),
    # pictures sold to strangers on an app
    Co("online_exploitation.en.selling_pics", K.ONLINE_EXPLOITATION,
       ("selling|sells|sold|sell", "pics|photos|pictures|@IMAGE|videos",
        "strangers|@STRANGER|men|app|online|@ONLINE"), window=14,
       unless_near="art drawings etsy crafts vinted clothes ebay lego"),
    # -- round 23 ------------------------------------------------------------------------------
    # gone at night with a bag and unreachable (the model read it until round twenty-three's
    # threshold let it go)
    Co("acute_danger.en.gone_at_night_unreachable", K.ACUTE_DANGER,
       ("=took|=left|=ran|gone|stormed", "midnight|night|=am|#clock|dark", "@UNREACHABLE|location"),
       window=20, sentence=False, unless_near="sleepover grandma granny friend's camp"),
    # going to take his mum's pills this weekend: a plan with a method and a time
    Co("suicidal_plan.en.take_pills_when", K.SUICIDAL_PLAN,
       ("take|swallow|=taking", "@PILLS", "@WHEN|when", "going|gonna|will|plan|plans"),
       window=16, sentence=False,
       unless_near="forgot adhd accidentally prescribed dose doctor allergy vitamin vitamins "
                   "antibiotics hay fever"),
    # googling how many pills it would take
    Co("suicidal_behaviour.en.googled_how_many_pills", K.SUICIDAL_BEHAVIOUR,
       ("googling|googled|google|searched|searching|search|looked|looking", "many|much",
        "@PILLS|insulin|pens", "take|kill|die|overdose"), window=12,  # round 60: insulin pens
       unless_near="fever headache toothache pain dose dosage allergy cramps"),
    # «это дома отец»: the bruises are the father's, the child says
    Co("physical_abuse.ru.bruises_father_at_home", K.PHYSICAL_ABUSE,
       ("@BRUISE", "это", "дома", "отец|папа|отчим|мать|мама"), window=24, sentence=False),
    # weighed in their underwear behind a closed door by the coach
    Co("sexual_abuse.en.weighed_in_underwear", K.SEXUAL_ABUSE,
       ("weigh|weighs|weighed|weighing", "underwear|knickers|naked|undressed|bra",
        "coach|office|door|closed|@ADULT"), window=16, unless_near="@MEDICAL nurse clinic"),
    # told to keep starving "until you disappear": a pro-ana group's incitement
    Co("incitement.en.told_to_starve", K.INCITEMENT,
       ("told|tell|tells|telling|group|chat|urge|urges", "starve|starving|starved",
        "until|dead|die|disappear|better"), window=14),
    # -- round 22 ------------------------------------------------------------------------------
    # a man who offers sweets and asks her to come and see the puppies in his van (the model
    # read it until round twenty-two's threshold let it go)
    Co("sexual_abuse.en.lured_to_van", K.SEXUAL_ABUSE,
       ("puppy|puppies|kitten|kittens|sweets|candy|sweet", "van|car",
        "man|stranger|@STRANGER", "come|see|asked|offered|get"), window=20, sentence=False,
       unless_near="pet shop friend neighbour grandpa grandma uncle role-play roleplay pretended "
                   "pretend danger lesson teaching teach book books"),  # round 41
    # envying the dead: «завидует бабушке, которая умерла»
    Co("death_wish.ru.envies_the_dead", K.DEATH_WISH,
       ("завидовать", "умереть|мертвый|@DIE"), window=10),
    Co("death_wish.en.envies_the_dead", K.DEATH_WISH,
       ("envy|envies|envied|jealous", "dead|died|@DIE"), window=10,
       unless_near="@FICTION game"),
    # a real gun played with while the parents are out
    Co("acute_danger.en.gun_played_with", K.ACUTE_DANGER,
       ("gun|guns|pistol|rifle|revolver", "playing|play|played", "parents|adults|mum|dad",
        "out|away|gone"), window=24, sentence=False,
       unless_near="@TOY toy nerf water airsoft paintball video game console fortnite"),
    # nudes of her going round the school
    Co("online_exploitation.en.nudes_going_round", K.ONLINE_EXPLOITATION,
       ("nudes|naked|=nude", "around|round|circulating|spread|spreading",
        "school|class|everyone|group|chat|year"), window=10, unless_near="running bath"),
    # -- round 21 ------------------------------------------------------------------------------
    # cuts blamed on a cat the family does not have (the model read it until round
    # twenty-one's retraining let it go)
    Co("self_harm.en.cuts_blamed_on_no_pet", K.SELF_HARM,
       ("cuts|cut|scratches|scratch|marks|lines", "wrist|wrists|arm|arms|thigh|thighs",
        "@NOPET"), window=24, sentence=False),
    # into a car with a man nobody knows (the model read it until round twenty-one's
    # retraining let it go)
    Co("acute_danger.en.car_with_unknown_man", K.ACUTE_DANGER,
       ("got|get|gets|getting|went", "car|van", "man|woman|stranger|@STRANGER",
        "nobody|unknown"), window=16, sentence=False),
    # a note that says "don't be sad", gives her things away and says she loves them
    Co("suicidal_behaviour.en.note_dont_be_sad", K.SUICIDAL_BEHAVIOUR,
       ("note|letter|wrote|written", "=don't|=dont|=do", "sad|cry",
        "love|give|bye|goodbye|sorry"), window=24, sentence=False,
       unless_near="camp trip holiday sleepover party away moving card"),  # round 25
    # a carer who touches his genitals when changing him
    Co("sexual_abuse.ru.carer_touches_genitals", K.SEXUAL_ABUSE,
       ("@TOUCH", "половой|@SEXPART", "орган|@SEXPART",
        "санитар|медбрат|ассистент|сиделка|@ADULT"), window=12,
       unless_near="врач педиатр уролог осмотр мыть помыть подмывать мазь"),
    # in front of a train at a time named: a plan
    Co("suicidal_plan.en.front_of_vehicle_when", K.SUICIDAL_PLAN,
       ("step|jump|walk|lie|stand", "front", "train|bus|lorry|truck|car|@VEHICLE",
        "@WHEN|#num|tonight|tomorrow", "will|going|gonna|plan|plans|planning|=ill"),
       window=16, sentence=False,  # "7.40" holds a stop
       unless_near="game toy photo photos video wave waves waving"),
    # «это наш секрет, маме не говорим» with a pointing at his trousers
    Co("sexual_abuse.ru.secret_and_trousers", K.SEXUAL_ABUSE,
       ("секрет|секретик|@SECRET", "говорить|рассказывать|сказать",
        "штаны|трусы|трусики|@SEXPART|@TOUCH|@UNDRESS"), window=16,
       unless_near="подарок сюрприз рождение праздник описаться мокрый спрятать прятать"),
    # fingertips stabbed with the lancet on purpose
    Co("self_harm.en.stabs_on_purpose", K.SELF_HARM,
       ("stab|stabbing|stabs|stabbed|prick|pricking|pricks|jab|jabbing|jabs",
        "purpose|deliberately",
        "finger|fingers|fingertips|fingertip|arm|arms|skin|lancet|needle|pin"), window=14,
       unless_near="sugar glucose test brave"),
    # gone with the phone off and no coat in the frost
    Co("acute_danger.ru.gone_phone_off_cold", K.ACUTE_DANGER,
       ("уйти|уходить", "выключить|отключить", "куртка|мороз|минус|холод|ночь"), window=16,
       sentence=False, unless_near="взять надеть вернуться друг"),
    # "the world is better without you", and she taps her own chest
    Co("death_wish.en.better_without_herself", K.DEATH_WISH,
       ("better", "without", "world|everyone|everybody|family",
        "herself|himself|chest|myself|points|taps"), window=24, sentence=False),
    # the bridge's height looked up with how to do it without pain
    Co("suicidal_behaviour.ru.looked_up_height", K.SUICIDAL_BEHAVIOUR,
       ("искать|гуглить|загуглить|читать|смотреть", "высота|этаж",
        "мост|крыша|дом|высотка|@HIGH", "боль|больно"), window=20, sentence=False),
    # a burn from an iron or a cigarette as "naughty", hidden
    Co("physical_abuse.en.burn_for_naughty", K.PHYSICAL_ABUSE,
       ("burn|burns|burnt|burned|iron|cigarette|lighter|hob",
        "naughty|bad|punish|punishment|hiding|hides|hide", "hand|arm|leg|back|skin"),
       window=16, sentence=False,  # no @ACCIDENT: its "hot" is the abuse here
       unless_near="accident accidentally bbq barbecue oven cooking sun kettle stove"),
    # head-banging that is new and splits the skin
    Co("self_harm.en.head_bang_splits", K.SELF_HARM,
       ("bang|bangs|banging|banged|hit|hits|hitting", "head|forehead",
        "split|bleed|bleeding|blood|open|stitches"), window=20, sentence=False,
       unless_near="@ACCIDENT fell fall slipped tripped playground clumsy coffee "  # r. 27
                   "fainted faint fainting"),  # round 40: fainting at a blood test
    # a drawing of a man without trousers, and a new fear
    Co("sexual_abuse.ru.drawing_man_undressed", K.SEXUAL_ABUSE,
       ("рисовать|нарисовать|рисунок", "мужчина|дядя|взрослый", "без", "штаны|трусы|одежда"),
       window=10, unless_near="музей статуя художка"),
    # a belt tied to a pipe: a ligature prepared
    Co("suicidal_behaviour.ru.belt_tied_to_pipe", K.SUICIDAL_BEHAVIOUR,
       ("ремень|веревка|шарф|шнур|пояс", "привязывать|привязать|завязать|закрепить",
        "труба|крюк|люстра|перекладина|дверь"), window=8,
       unless_near="подтягиваться тренировка спорт качели гамак собака"),
    Co("suicidal_behaviour.en.belt_tied_to_pipe", K.SUICIDAL_BEHAVIOUR,
       ("belt|rope|scarf|cord|tie", "tied|tying|attached|fastened", "pipe|hook|beam|banister"),
       window=8, unless_near="swing hammock gym exercise dog"),
    # struck in the face, the lip split, by the father
    Co("physical_abuse.ru.struck_face_split", K.PHYSICAL_ABUSE,
       ("ударить|бить|избить|побить|отхлестать", "лицо|губа|нос|глаз",
        "разбить|кровь|синяк|@BRUISE|разбитый", "муж|отец|папа|@ADULT|@HOMEADULT"), window=24,
       sentence=False, neg=True, unless_near="@GAMEW мяч игра тренировка бокс тренер спарринг"),
    # a black eye from the father's house, with his reason for it
    Co("physical_abuse.en.black_eye_reason", K.PHYSICAL_ABUSE,
       ("=black", "eye", "@ADULT|@HOMEADULT|=dad's|=dads",
        "talked|cheek|cheeky|disrespect|punish|deserved|lesson|rude"), window=20,
       sentence=False, unless_near="@ACCIDENT football boxing rugby match fell game"),
    # thrown against the wall and choked
    Co("physical_abuse.en.thrown_wall_choked", K.PHYSICAL_ABUSE,
       ("threw|slammed|shoved|pushed", "against", "wall|door|floor",
        "choked|choke|strangled|punched|kicked"), window=16, neg=True,
       unless_near="wrestling wrestle play game pillow"),
    # a "special friendship" with a leader who asks her to come alone
    Co("sexual_abuse.ru.special_friendship", K.SEXUAL_ABUSE,
       ("особый|особенный", "дружба|друг|отношение",
        "@ADULT|руководитель|тренер|вожатый|учитель|священник"), window=16, sentence=False),
    Co("sexual_abuse.en.special_friendship", K.SEXUAL_ABUSE,
       ("special", "friendship|relationship|bond",
        "@ADULT|leader|coach|teacher|priest|pastor|tutor"), window=16, sentence=False,
       unless_near="dog dogs cat pet horse"),
    # "massages" behind a closed door, and she cries when he comes
    Co("sexual_abuse.en.massages_closed_door", K.SEXUAL_ABUSE,
       ("massage|massages|massaging", "bedroom|closed|alone|@SECRET|secret|locked|office|hands",
        "@ADULT|brother|uncle|@HOMEADULT|cry|cries|scared"), window=20, sentence=False,
       unless_near="physio physiotherapist therapist sports spa"),
    # locked in her room for days, with bread: confinement
    Co("acute_danger.en.locked_in_for_days", K.ACUTE_DANGER,
       ("@ADULT|@HOMEADULT", "locked|locks|lock", "room|bedroom|@LOCKPLACE",
        "days|bread|water|week|weekend|bucket|hours"), window=16,  # round 31: a weekend,
       # a bucket, hours, the bedroom
       unless_near="himself herself grounded"),
    # -- round 20 ------------------------------------------------------------------------------
    # a boss or an instructor who touches a teenager: by the groin, "between us"; a hand on
    # her knee, "you're grown up now"; her waist and bottom "as banter"
    Co("sexual_abuse.ru.boss_touches", K.SEXUAL_ABUSE,
       ("@TOUCH|рука|ладонь|класть|положить", "пах|колено|бедро|талия|попа|грудь|@SEXPART",
        "хозяин|начальник|работодатель|менеджер|инструктор|тренер|@ADULT",
        "между|секрет|@SECRET|взрослый|никто|красивый"), window=16, sentence=False,
       unless_near="@MEDICAL травма растяжение связка массаж осмотр"),
    Co("sexual_abuse.en.boss_touches", K.SEXUAL_ABUSE,
       ("@TOUCH|touching|touches|touched|grabbing|grabs|grabbed|hand",
        "bum|bottom|butt|waist|thigh|thighs|knee|chest|@SEXPART",
        "manager|boss|supervisor|coworker|colleague|instructor|owner|@ADULT",
        "banter|joke|secret|@SECRET|between|grown|pretty|keeps"), window=16, sentence=False,
       unless_near="@MEDICAL nappy diaper rash cream injury sprain physio"),
    # hand-shaped bruises, a handprint
    Co("physical_abuse.en.handprint_bruises", K.PHYSICAL_ABUSE,
       ("@BRUISE|marks|mark|welts", "hand|handprint|fingers|finger|fingermarks|belt|buckle",
        "shaped|shape|like|print"), window=8,
       unless_near="paint painted painting marker drew drawn"),  # round 73: a drawn heart
    # an adult who grabbed her by the neck; «схватил за шею и прижал к стене»
    Co("physical_abuse.ru.grabbed_by_neck", K.PHYSICAL_ABUSE,
       ("схватить|хватать|сжать|держать|прижать", "шея|горло", "@ADULT|@HOMEADULT"),
       window=10, unless_near="игра борьба бороться шутка обнять обнимать"),
    # an adult relative's push into something hard, with a bruise
    Co("physical_abuse.ru.adult_pushed_bruise", K.PHYSICAL_ABUSE,
       ("толкнуть|толкать|швырнуть|отшвырнуть", "@BRUISE|удариться|ушиб|кровь",
        "@ADULT|@HOMEADULT|муж|=30|=40|взрослый"), window=16, sentence=False,
       unless_near="@GAMEW игра площадка садик мальчик девочка"),
    # over the edge of a quarry or a cliff after the day named: a plan
    Co("suicidal_plan.en.over_the_edge_when", K.SUICIDAL_PLAN,
       ("quarry|cliff|cliffs|gorge|canyon|bridge|roof", "edge|off", "drive|go|jump|walk",
        "@WHEN|after|prom|tonight", "will|going|gonna|plan|plans|planning"), window=20,
       sentence=False,  # round 22: ahead, not Spider-Man off the shed roof today
       unless_near="photo photos picnic hike hiking trip view climbing pretending pretend "
                   "superhero"),
    # "if you don't come home … I'm ending it": a conditional threat
    Co("suicidal_intent.en.if_not_ending_it", K.SUICIDAL_INTENT,
       ("=ending|end", "it", "if|unless", "=am|=im|=ill|gonna|going|will"), window=14,
       sentence=False, unless_near="relationship boyfriend girlfriend friendship subscription "
                                   "contract game season match story book =you pizza"),  # 57
    # -- round 19 ------------------------------------------------------------------------------
    # «мысли вены порезать»: thoughts with the method, in few words
    Co("suicidal_method.ru.thoughts_cut_veins", K.SUICIDAL_METHOD,
       ("мысль|думать|думаться", "вена|запястье",
        "порезать|резать|вскрыть|вскрывать|перерезать"), window=6),
    # punching walls and then himself: blows to his own face or body
    Co("self_harm.en.punches_himself", K.SELF_HARM,
       ("punch|punches|punched|punching|hits|hitting|slaps|slapping",
        "himself|herself|myself|own", "face|head|eye|stomach|legs|bruise|bruised|bleeding"),
       window=8, unless_near="@NOTTHOUGHT =up @ACCIDENT boxing bag gloves sparring "
                             "self-soothing soothing soothe @TODDLER baby @TOY hammer"),  # 40, 45
    # a father's friend who "plays" with the child's genitals
    Co("sexual_abuse.ru.adult_plays_with_private", K.SEXUAL_ABUSE,
       ("играть|играться|поиграть|баловаться", "@SEXPART|=писей",  # «писей»: read as a verb
        "@ADULT|@HOMEADULT|папин|мамин|дядя"), window=10,
       unless_near="врач педиатр осмотр мыть помыть купать мазь"),
    # a brother or cousin of eighteen or more who beats the child
    Co("physical_abuse.en.adult_sibling_beats", K.PHYSICAL_ABUSE,
       ("brother|stepbrother|sister|stepsister|cousin",  # a number has no language: second
        "=18|=19|=20|=21|=22|=18yo|=19yo|=20yo|=21yo|adult",
        "@VIOLENT|punched|punches|beats|=beat"), window=14, neg=True,
       unless_near="wrestle wrestling play playing game judo boxing sparring"),
    # a child gone for hours after a fight, in the dark, the police coming
    Co("acute_danger.en.gone_police_coming", K.ACUTE_DANGER,
       ("police|cops|999|911", "called|calling|coming|come|came|phoned|rang|report|reported|"
        "searching", "gone|left|stormed|missing|disappeared|hours|dark|=pm"), window=30,
       sentence=False, unless_near="died battery range license licence officer "  # round 64
                                   "school talk lesson presentation visit careers toy "
                                   "neighbours neighbour noise overdraft"),  # round 24
    # a noose drawn and captioned as his future or himself
    Co("suicidal_method.ru.noose_drawn_future", K.SUICIDAL_METHOD,
       ("рисовать|нарисовать|рисунок", "петля", "будущее|подписывать|подписать|я|мой"),
       window=10, unless_near="игра вязание"),
    Co("suicidal_method.en.noose_drawn_future", K.SUICIDAL_METHOD,
       ("draw|draws|drew|drawing|drawings|doodle|doodles", "noose|nooses",
        "future|me|myself|caption|captioned|labelled|labeled"), window=10,
       unless_near="hangman game"),
    # "he came in again at night and I pretended to be asleep": a diary's disclosure
    Co("sexual_abuse.ru.came_at_night_pretended_asleep", K.SEXUAL_ABUSE,
       ("притвориться|притворяться", "спать", "зайти|заходить|прийти|приходить|лечь",
        "ночь|ночью", "опять|снова"), window=20, sentence=False),
    Co("sexual_abuse.en.came_at_night_pretended_asleep", K.SEXUAL_ABUSE,
       ("pretend|pretended|pretends|pretending", "asleep|sleeping|sleep",
        "came|comes|come|coming", "night", "again"), window=20, sentence=False),
    # locked in and not opening, and no sound from inside: wherever the bathroom is (a party
    # is no cancel here, as it is for a door shut to rehearse)
    Co("acute_danger.en.locked_wont_open_no_sound", K.ACUTE_DANGER,
       ("@LOCK|locked", "@DANGERROOM", "@WONT|=wont|refuses|refusing|=not", "open|answer",
        "@SILENT"), window=16, sentence=False,
       unless_near="airpods earbuds earphones makeup shower bath music singing sing song "
                   "headphones"),
    # locked in the cellar for hours by an adult, as a punishment
    Co("acute_danger.en.locked_in_cellar_punished", K.ACUTE_DANGER,
       ("@ADULT|@HOMEADULT|=he", "lock|locks|locked|locking",
        "cellar|basement|cupboard|closet|attic", "hours|bad|punish|punishment|dark"),
       window=20, sentence=False,
       unless_near="hide seek game escape toy accidentally =himself =herself"),
    # a small child asking to go to heaven and not come back: a wish to be dead in a young
    # child's words (not a grandparent who is there and "won't come back")
    Co("death_wish.en.heaven_not_back", K.DEATH_WISH,
       ("heaven|angels", "want|wants|wanted|ask|asks|asked|asking|wish|wishes|can|could|let",
        "=not|never|@WONT|=wont|=don't|=dont", "back|return|returning"), window=16,
       unless_near="grandpa grandma granny grandad grandmother grandfather died funeral dog "
                   "cat hamster pet"),
    Co("death_wish.ru.heaven_not_back", K.DEATH_WISH,
       ("рай|небо|ангел", "хотеть|проситься|попроситься|спрашивать|можно|отпустить",
        "не|никогда", "вернуться|возвращаться"), window=16,
       unless_near="бабушка дедушка умереть похороны кот собака хомяк"),
    # "do it" with a method named and a day picked: a plan, however it is written down
    Co("suicidal_plan.en.do_it_method_when", K.SUICIDAL_PLAN,
       ("@DOIT", "knife|@PILLS|rope|noose|razor|blade|bridge|roof|train|@WEAPON", "@WHEN"),
       window=24, sentence=False,
       unless_near="cook cooking chop chopping salad vegetables carrots bake baking recipe "
                   "dinner pumpkin carving carve"),
    # told to swallow pills "so you die": others urging a method on the child
    Co("incitement.en.told_take_pills_die", K.INCITEMENT,
       ("told|tell|tells|telling|dared|dare|dares|urged", "eat|take|swallow|drink|down",
        "@PILLS|bleach|poison", "die|dies|dead|@DIE"), window=20,
       unless_near="doctor doctors gp pharmacist allergy allergic unless if forget forgets "
                   "forgot otherwise"),
    # a much older carer who punches the child and holds him down
    Co("physical_abuse.en.older_punches_holds_down", K.PHYSICAL_ABUSE,
       ("@ADULT|babysits|stepbrother|stepsister|=19yo|=18yo|=20yo|=21yo",
        "punch|punches|punched|punching", "hold|holds|held|holding|pin|pins|pinned|pinning"),
       window=16, neg=True, unless_near="wrestle wrestling wrestles judo tickle tickling game"),
    # a place picked (a crossing, a bridge, a roof) and a day to go there: a plan
    Co("suicidal_plan.en.picked_place_when", K.SUICIDAL_PLAN,
       ("picked|chosen|chose|choose|found|scouted|decided",
        "crossing|tracks|railway|bridge|roof|rooftop|cliff|overpass|ledge",
        "will|=he'll|=she'll|going|gonna|plans|planning|go", "@WHEN|before|after"),
       window=24, sentence=False,
       unless_near="photo photos picnic walk meet meeting project trip drawing draw paint "
                   "painting field class"),
)
