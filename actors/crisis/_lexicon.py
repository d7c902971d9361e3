"""Word classes of the crisis detector: the vocabulary the rules are written in.

A class is a name (``@DIE``) and its words. Russian words are *lemmas* (pymorphy3 normal
forms, ``ё`` written ``е``): every inflected form in a message matches. English words are
stemmed with the same Snowball stemmer as the message, so ``die`` also covers ``dies``,
``died`` and ``dying``; a word written ``=word`` matches that exact form only. Classes list
synonyms on purpose (the rules must generalise beyond our labelled examples), grouped by
the role they play in a rule, not by the crisis kind.
"""

from __future__ import annotations

from typing import Final

# -- English ---------------------------------------------------------------------------------

EN: Final[dict[str, str]] = {
    # pronouns and function words
    "SELF": "myself himself herself themselves themself yourself ourselves oneself "
            "himslef herslef myslef hisself",  # round 36: misspelt
    "OBJP": "him her them me you us",
    "OTHERP": "him them you us",  # an object that is not the speaker or the reported child
    "POSS": "my his her their your our",
    "SUBJ": "i he she they we you",
    "NEG": "not never",
    "NEGEAT": "not never barely hardly nothing stopped refuses refused",
    # wanting, thinking, intending, trying, saying
    "WANT": "want wish wanna desire crave pray hope long",
    "THINK": "think thought consider contemplate plan planning imagine fantasize fantasise "
             "obsess obsessed dream talk mention idea ideas research",
    "INTENTW": "will shall decide decided determined promise swear swore threaten plan",
    "ATTEMPT": "try tried attempt attempted",
    "SPEECH": "say said tell told scream screamed yell shout write wrote text texted message "
              "whisper cry announce threaten mention admit admitted confess post type sob "
              "repeat keep",
    "TELL": "tell told telling say said write wrote text texted message messaged comment "
            "commented dm dmed post posted urge urged encourage encouraged keep call",
    # dying, living, killing
    "DIE": "die perish",
    "DEAD": "dead",
    "LIVE": "live alive exist",
    "KILLV": "kill unalive murder",
    "SUICIDE": "suicide suicidal",
    # time and place of a plan
    "WHEN": "tonight tomorrow today weekend monday tuesday wednesday thursday friday saturday "
            "sunday midnight asleep",
    "PLACE": "garage bathroom attic woods forest basement shed lake river",
    # methods (C-SSRS item 3)
    "PILLS": "pill pills =tablets paracetamol tylenol ibuprofen aspirin acetaminophen "
             "medicine medicines medication medications meds antidepressant antidepressants "
             "painkiller painkillers prozac oxycodone oxy opioids opioid percocet tramadol "
             "codeine morphine melatonin",
    "QUANT": "all whole entire bottle box pack packet handful lot bunch many load strip every "
             "each",
    "HIGH": "roof rooftop bridge window balcony building cliff ledge tower floor storey story "
            "skyscraper overpass parking carpark",
    "VEHICLE": "train tracks car bus truck lorry tram subway metro traffic",
    "JUMP": "jump leap throw",
    "METHOD": "pill =tablets paracetamol tylenol ibuprofen aspirin medicine medication meds "
              "antidepressant painkiller overdose rope noose bridge roof rooftop window "
              "balcony cliff ledge train tracks railway gun knife razor blade wrist wrists "
              "vein veins bleach poison jump hang hanging drown shoot stab suffocate strangle "
              "floor storey",
    # self-harm
    "SHV": "hurt harm cut burn hit punch slap scratch bite injure stab bruise beat mutilate "
           "carve pinch starve bang smash scald claw whip poke slice scrape prick gouge",
    # what children hurt themselves with: a tool near the body and a harming verb is
    # self-harm ("carving words into her forearm with a compass")
    "SHTOOL": "razor razors razorblade razorblades blade blades sharpener sharpeners compass "
              "lighter =matches matchstick matchsticks needle needles pin pins shard shards "
              "scissors knife cigarette cigarettes",
    # the body parts of "slaps his own face": only with "own" or an explicit self
    "OWNBODY": "face head cheek cheeks hand hands finger fingers knuckles arm arms wrist "
               "wrists leg legs thigh thighs stomach belly skin body chest ear ears",
    "SHBODY": "arm arms wrist wrists forearm forearms thigh thighs leg legs stomach belly hip "
              "hips skin body shoulder shoulders",
    "ACCIDENT": "fall fell falling trip slip accident accidentally trampoline bike bicycle "
                "skateboard scooter playground swing football soccer basketball hockey "
                "practice shaving shave kitchen cat kitten dog puppy rash eczema "
                "mosquito itch itchy operation surgery vaccine vaccination stove oven iron "
                "climbing tree sport sports =match playing chickenpox allergy scab bug insect "
                "glass pan kettle cooking baking bush thorn thorns nettle nettles",
    # people
    "ADULT": "dad daddy father stepdad stepfather mum mummy mom mommy mother mama stepmom "
             "stepmum stepmother uncle aunt auntie grandpa grandfather granddad grandad "
             "grandma grandmother granny nan nana nanny babysitter sitter teacher coach tutor "
             "instructor trainer priest pastor husband wife ex boyfriend girlfriend partner "
             "neighbour neighbor man woman adult guardian carer caretaker lodger counsellor "
             "counselor janitor driver leader worker lady aide assistant",
    "AGENT": "someone somebody stranger guy person teenager teen stepbrother brother cousin "
             "friend men",
    # the gender of a person noun, so "he" can refer back to "her uncle" but not "her aunt"
    "MALE": "dad daddy father stepdad stepfather uncle grandpa grandfather granddad grandad "
            "husband boyfriend man guy priest pastor lodger janitor son boy brother nephew "
            "grandson stepson stepbrother men",
    "FEMALE": "mum mummy mom mommy mother mama stepmom stepmum stepmother aunt auntie grandma "
              "grandmother granny nan nana wife girlfriend woman daughter girl sister niece "
              "granddaughter stepdaughter women",
    # the adults a child lives with or visits: fear of being alone with them is a sign
    "HOMEADULT": "dad daddy father stepdad stepfather mum mummy mom mommy mother stepmom "
                 "stepmum stepmother uncle aunt grandpa grandfather grandma grandmother "
                 "boyfriend girlfriend partner lodger babysitter ex",
    "VICTIM": "me him her them us son daughter kid kids child children boy girl baby toddler =yo "
              "grandson granddaughter nephew niece brother sister stepson stepdaughter mum "
              "mom mother wife",
    "CHILDN": "son daughter kid child boy girl baby toddler brother sister teen teenager "
              "classmate friend student pupil cousin",
    "OTHERN": "son daughter brother sister friend teacher dad mum mom father mother grandma "
              "grandpa classmate kids kid baby cat dog",
    "MEDICAL": "doctor nurse paediatrician pediatrician gp checkup check exam examination "
               "hospital clinic dentist",
    # abuse
    "VIOLENT": "hit beat beaten punch kick slap smack choke strangle throttle whip batter thrash "
               "belt burn hurt abuse abuses abusing smash strike bash pummel torture drag shake",
    "BRUISE": "bruise bruises bruised welt welts",
    "TOUCH": "touch fondle grope rub rubs rubbed rubbing stroke strokes stroked stroking caress",
    "SECRET": "secret secrets",
    "UNDRESS": "undress undressed naked nude strip topless",
    "SEXPART": "privates genitals penis willy peepee weewee winkie winky noonie tuppence "
               "vagina vulva crotch groin breast breasts boobs "
               "nipples",
    "SEXWORD": "molest molested molesting molester rape raped raping pervert paedophile "
               "pedophile",
    "PORN": "porn porno pornography naked nude sexual",
    "KISS": "kiss kissed kisses kissing",
    "MAKE": "make made force forced ask asked tell told want wanted get got convince "
            "persuade pressure",
    "SHOW": "show showed shown",
    # online
    "ONLINE": "online internet web instagram insta snapchat snap tiktok discord roblox "
              "minecraft fortnite telegram whatsapp facebook messenger chat groupchat app dm "
              "dms stream twitch youtube website game gaming server kik omegle reddit xbox "
              "playstation steam vk",
    "IMAGE": "photo photos pic pics picture pictures selfie selfies video videos image images "
             "camera cam webcam recording footage shots photoshoot",
    "NUDE": "nude nudes naked undress undressed intimate sexy underwear knickers panties bra "
            "bikini topless explicit swimsuit leotard lingerie",
    "BLACKMAIL": "blackmail blackmailing blackmailed extort extorting threaten threatening "
                 "threatened ransom",
    "PUBLISH": "post posted share shared leak leaked expose exposed send sent spread publish "
               "published upload uploaded",
    "ASK": "ask asks asking asked request demand beg pressure convince persuade want send "
           "get keep",
    "STRANGER": "stranger someone somebody man guy adult older grown unknown person random "
                "men",
    "LURER": "stranger man woman guy men adult",
    # danger
    "WEAPON": "knife gun pistol rifle shotgun firearm weapon revolver handgun machete knives "
              "guns weapons",
    "WEAPONCTX": "school class backpack bag schoolbag rucksack pillow mattress bed hide hidden "
                 "hiding carry carrying bring brought threaten threatened kill stab shoot "
                 "protect protection find found take took steal stole show showing wave point "
                 "pointed buy bought",
    "TOY": "toy nerf water pretend plastic lego fake cap airsoft paintball sandwich bread "
           "butter apple cake vegetable vegetables salad fruit cheese pizza meat chicken "
           "carrot onion cook cooking peel slice chop",
    "NOW": "tonight now today packed pack bag backpack suitcase rucksack midnight night",
    "SILENT": "answer answering respond responding silent quiet hour hours minutes min mins",
    "DAYS": "day days week weeks",
    "NUMW": "two three four five six seven several few couple",
    "LOCK": "lock locked locks",
    "DANGERROOM": "bathroom toilet loo shed garage attic basement",
    "FOOD": "vegetables veggies broccoli meat fish soup porridge cereal fruit greens carrots "
            "peas sweets sandwich pasta rice beans eggs bread toast banana bananas pizza noodles "
            "nuggets",
    "LOCKPLACE": "basement cellar cupboard closet shed garage cage attic bathroom toilet dark "
                 "balcony car camper caravan van trailer sauna",
    "EAT": "eat eaten ate eating food meal meals drink drinking",
    "GOODBYE": "goodbye goodbyes farewell",
    "NOTE": "note notes letter letters message messages video post text email poem story",
    "LEAVING": "teacher card =leaving class party camp moving move retire retirement school "
               "nursery kindergarten holiday trip",
    "POSSESSION": "thing things stuff belonging belongings possession possessions toy toys "
                  "clothes book books game games console phone headphones hoodie jewellery "
                  "jewelry collection ipad laptop shoes bracelet necklace plush teddy cards "
                  "skins",
    "DONATE": "charity donate donated donation we us outgrown old sale sell",
    "IDIOMDIE": "laugh laughing laughter embarrassment embarrassed boredom bored cringe cute "
                "cuteness envy jealousy shame hunger hungry thirst curiosity",
    "GAMEW": "game minecraft fortnite roblox respawn level character boss",
    # a story's characters: "why did Romeo and Juliet kill themselves"
    "FICTION": "romeo juliet shakespeare novel character characters hero heroine plot "
               "karenina hamlet ophelia",
    "NEWS": "news documentary film movie show series book lesson class means mean word "
            "prevention awareness",
}

# -- Russian (lemmas) -------------------------------------------------------------------------

RU: Final[dict[str, str]] = {
    "SELF": "себя",
    "NEG": "не ни никогда",
    "NEGEAT": "не ни ничего перестать отказываться отказаться",
    "WANT": "хотеть хотеться захотеть захотеться желать пожелать мечтать охота",
    "THINK": "думать подумать задумываться задуматься подумывать размышлять планировать "
             "мысль представлять фантазировать мечтать",
    "INTENTW": "собираться собраться решить решиться пригрозить грозиться угрожать обещать "
               "пообещать поклясться клясться точно обязательно",
    "ATTEMPT": "пытаться попытаться пробовать попробовать попытка",
    "SPEECH": "сказать говорить кричать закричать написать писать заявить пригрозить "
              "сообщить признаться повторять шептать орать слать присылать прислать "
              "комментировать отправлять отправить",
    "DIE": "умереть умирать сдохнуть подохнуть издохнуть помереть помирать погибнуть сдыхать "
           "околеть",
    "LIVE": "жить существовать",
    "KILLV": "убить убивать прикончить",
    "SUICIDEV": "убиться выпилиться самоубиться самовыпилиться",
    "SUICIDE": "суицид самоубийство суицидальный суицидник суицидница",
    "WHEN": "сегодня завтра ночь вечер послезавтра выходной понедельник вторник среда четверг "
            "пятница суббота воскресенье полночь",
    "PLACE": "гараж ванная ванна чердак лес подвал сарай река",
    "PILLS": "таблетка лекарство снотворный парацетамол антидепрессант противосудорожный "
             "транквилизатор пилюля препарат яд уксус отрава",
    "QUANT": "весь много пачка упаковка горсть банка пузырек флакон куча целый",
    "HIGH": "крыша мост балкон окно этаж многоэтажка высотка скала обрыв подоконник высота "
            "башня эстакада виадук",
    "VEHICLE": "поезд электричка машина автобус трамвай грузовик рельс метро фура",
    "JUMP": "прыгнуть прыгать спрыгнуть спрыгивать сброситься сбрасываться броситься "
            "бросаться выброситься выбрасываться выпрыгнуть выпрыгивать шагнуть кинуться "
            "кидаться выкинуться",
    "METHODV": "повеситься вешаться удавиться отравиться травиться утопиться топиться "
               "застрелиться стреляться зарезаться вскрыться задушиться удушиться",
    "METHOD": "таблетка лекарство снотворный яд уксус газ веревка петля мост крыша окно балкон "
              "этаж поезд электричка рельс нож лезвие бритва вена запястье пистолет ружье "
              "повеситься прыгнуть спрыгнуть отравиться утопиться застрелиться вскрыть "
              "наглотаться выброситься сброситься броситься",
    "SHV": "резать порезать надрезать полосовать исполосовать кромсать царапать расцарапать "
           "бить ударить ударять колотить кусать укусить жечь прижигать прижечь обжигать "
           "обжечь ранить поранить калечить покалечить щипать душить морить истязать мучить "
           "вредить навредить",
    "SHBODY": "рука запястье предплечье бедро нога живот вена кожа тело плечо",
    "ACCIDENT": "упасть падать споткнуться поскользнуться случайно нечаянно велосипед самокат "
                "батут площадка качели футбол тренировка кошка котенок кот собака щенок "
                "стекло кухня операция прививка утюг плита комар укус сыпь ветрянка "
                "аллергия дерево горка",
    "ADULT": "папа отец папочка батя отчим мама мать мамочка мачеха дядя тетя дедушка дед "
             "бабушка бабуля муж жена бывший сожитель сожительница няня воспитатель "
             "воспитательница учитель учительница педагог тренер репетитор сосед соседка "
             "мужчина женщина взрослый вожатый опекун парень священник руководитель "
             "матушка батюшка устаз монахиня монах настоятель имам пастор "
             "директор охранник водитель дядька крестный физрук трудовик массажист "
             "партнер бойфренд ухажер санитар",
    "AGENT": "незнакомец незнакомый человек брат двоюродный кузен старшеклассник подросток "
             "друг знакомый",
    "VICTIM": "я он она мы они сын дочь дочка ребенок внук внучка племянник племянница "
              "малыш мальчик девочка брат сестра мама мать жена сынок доченька пасынок падчерица",
    "CHILDN": "сын дочь дочка ребенок брат сестра мальчик девочка одноклассник друг подруга",
    "MALE": "папа отец папочка батя отчим дядя дедушка дед муж сожитель мужчина парень "
            "священник дядька крестный охранник водитель сын мальчик брат внук племянник "
            "сынок",
    "FEMALE": "мама мать мамочка мачеха тетя бабушка бабуля жена сожительница няня "
              "воспитательница учительница соседка женщина дочь дочка девочка сестра внучка "
              "племянница доченька подруга",
    "HOMEADULT": "папа отец отчим мама мать мачеха дядя тетя дедушка дед бабушка сожитель "
                 "сожительница няня бывший партнер бойфренд ухажер свекровь свекор теща тесть",
    "SHTOOL": "лезвие бритва точилка циркуль зажигалка спичка иголка игла булавка осколок "
              "ножницы нож сигарета",
    "MEDICAL": "врач медсестра педиатр доктор осмотр больница поликлиника стоматолог",
    "VIOLENT": "бить избивать избить побить ударить ударять колотить поколотить лупить "
               "отлупить пороть выпороть душить придушить задушить пинать пнуть хлестать "
               "отхлестать швырять швырнуть истязать издеваться мучить лупцевать дубасить трясти "
               "отдубасить",
    "BRUISE": "синяк ссадина побои кровоподтек фингал",
    "TOUCH": "трогать потрогать щупать пощупать лапать облапать тискать прикасаться "
             "прикоснуться ласкать",
    "SECRET": "секрет тайна молчать",
    "UNDRESS": "раздеться раздевать раздеваться раздеть голый обнаженный",
    "SEXPART": "пися писька писюн пиписька пипка писечка член "
               "грудь промежность гениталии пенис сосок",
    "SEXWORD": "домогаться домогательство изнасиловать изнасилование насиловать растлевать "
               "растление развращать развратить совратить совращать педофил извращенец",
    "PORN": "порно порнография голый",
    "KISS": "целовать поцеловать",
    "MAKE": "заставлять заставить просить попросить велеть уговаривать уговорить требовать",
    "SHOW": "показывать показать",
    "ONLINE": "интернет сеть онлайн вк вконтакте инстаграм инст телеграм телега "
              "тикток дискорд роблокс майнкрафт игра чат переписка переписываться соцсеть "
              "стрим ватсап вотсап сайт приложение",
    "IMAGE": "фото фотка фотография снимок селфи видео видос камера вебкамера картинка скрин "
             "скриншот фотосессия",
    "NUDE": "голый обнаженный интимный интимка нюдс белье трусы трусики лифчик купальник "
            "раздеться раздетый откровенный эротический",
    "BLACKMAIL": "шантаж шантажировать угрожать грозить вымогать",
    "PUBLISH": "слить выложить выкладывать разослать опубликовать распространить выставить "
               "переслать скинуть",
    "ASK": "просить попросить требовать потребовать уговаривать уговорить хотеть прислать "
           "присылать скинуть скидывать отправить выслать заставлять предлагать",
    "STRANGER": "незнакомый незнакомец взрослый мужчина дядька чужой неизвестный человек",
    "LURER": "незнакомый незнакомец мужчина дядька чужой женщина",
    "WEAPON": "нож пистолет ружье оружие травмат обрез винтовка револьвер кастет мачете тесак "
              "заточка",
    "WEAPONCTX": "школа класс портфель рюкзак сумка подушка матрас кровать прятать спрятать "
                 "носить принести угрожать убить зарезать пырнуть застрелить защита "
                 "разобраться взять найти обидчик украсть стащить показывать размахивать "
                 "наставить",
    "TOY": "игрушечный водяной пластиковый нерф игрушка понарошку хлеб яблоко торт салат "
           "овощ бутерброд колбаса сыр фрукт огурец помидор мясо готовить картошка пицца "
           "перочинный",
    "NOW": "сегодня ночь сейчас рюкзак чемодан полночь",
    "SILENT": "отвечать открывать выходить тихо тишина час молчать",
    "DAYS": "день сутки неделя",
    "NUMW": "два три четыре пять несколько пара второй третий",
    "LOCK": "запереться запираться закрыться закрываться",
    "DANGERROOM": "ванная ванна туалет сарай гараж чердак подвал",
    "FOOD": "каша суп овощ мясо рыба брокколи морковь капуста творог фрукт сладкое конфета "
            "макароны котлета яйцо",
    "LOCKV": "запереть запирать закрыть закрывать",
    "LOCKPLACE": "кладовка подвал шкаф туалет балкон чулан темнота ванная ванна сарай погреб "
                 "сауна парилка",
    "EAT": "есть кушать поесть питаться пить еда пища",
    "GOODBYE": "прощальный предсмертный",
    "NOTE": "записка письмо сообщение видео пост стих послание смс",
    "LEAVING": "учительница учитель открытка класс выпускной уходить переезжать переезд "
               "лагерь садик",
    "POSSESSION": "вещь игрушка книга одежда телефон наушник коллекция приставка планшет "
                  "украшение браслет серьга кукла фигурка скин",
    "GIVEAWAY": "раздавать раздать раздарить раздаривать",
    "DONATE": "мы детдом приют благотворительность продать продавать старый ненужный",
    "IDIOMDIE": "смех смешно скука стыд любопытство голод жажда зависть страх позор усталость "
                "смеяться тоска",
    "GAMEW": "игра майнкрафт фортнайт роблокс танк персонаж уровень",
    "FICTION": "ромео джульетта шекспир роман персонаж герой героиня сюжет каренин "
               "офелия гамлет катерина",
    "NEWS": "новость фильм сериал урок передача книга значить слово профилактика",
}

# Slang and compounds matched by the start of the (normalised) word, in any script, since
# pymorphy3 only guesses their inflection: "роскомнадзорнуться", "селфхармом", "sewerslides".
PREFIX_CLASSES: Final[dict[str, str]] = {
    "роскомнадзорн": "SUICIDEV",  # the verb "роскомнадзорнуться"; the agency is @RKN
    "роскомнадзор": "RKN",
    "самовыпил": "SUICIDEV",
    "селфхарм": "SELFHARM",
    "селф-харм": "SELFHARM",
    "самоповрежд": "SELFHARM",
    "самопорез": "SELFHARM",
    "суицид": "SUICIDE",
    "самоубийств": "SUICIDE",
    "sewerslide": "SUICIDE",
    "suicid": "SUICIDE",
    "selfharm": "SELFHARM",
    "selfinjur": "SELFHARM",
    "sextort": "SEXTORT",
    "unaliv": "KILLV",
}

# English contractions and chat slang, expanded to the words the rules are written in.
EN_EXPANSIONS: Final[dict[str, tuple[str, ...]]] = {
    "wanna": ("want", "to"), "wana": ("want", "to"), "gonna": ("going", "to"),
    "gona": ("going", "to"), "finna": ("going", "to"), "gotta": ("got", "to"),
    "ima": ("i", "am", "going", "to"), "imma": ("i", "am", "going", "to"),
    "i'ma": ("i", "am", "going", "to"), "i'mma": ("i", "am", "going", "to"),
    "kms": ("kill", "myself"), "kys": ("kill", "yourself"), "kmn": ("kill", "me", "now"),
    "unalive": ("unalive",), "sewerslide": ("suicide",), "selfharm": ("selfharm",),
    "od": ("overdose",), "od'd": ("overdosed",), "oded": ("overdosed",),
    "idk": ("i", "do", "not", "know"), "fr": ("for", "real"), "frfr": ("for", "real"),
    "rn": ("right", "now"), "tmrw": ("tomorrow",), "tmr": ("tomorrow",),
    "tmrow": ("tomorrow",), "2moro": ("tomorrow",), "tomoz": ("tomorrow",),
    "tn": ("tonight",), "tonite": ("tonight",), "2nite": ("tonight",), "u": ("you",),
    "ur": ("your",), "r": ("are",), "ppl": ("people",), "bc": ("because",),
    "cuz": ("because",), "coz": ("because",), "bf": ("boyfriend",), "gf": ("girlfriend",),
    "ded": ("dead",), "dont": ("do", "not"), "doesnt": ("does", "not"),
    "didnt": ("did", "not"), "cant": ("can", "not"), "cannot": ("can", "not"),
    "wont": ("will", "not"), "wouldnt": ("would", "not"), "isnt": ("is", "not"),
    "wasnt": ("was", "not"), "arent": ("are", "not"), "werent": ("were", "not"),
    "havent": ("have", "not"), "hasnt": ("has", "not"), "hadnt": ("had", "not"),
    "shouldnt": ("should", "not"), "couldnt": ("could", "not"), "aint": ("is", "not"),
    "im": ("i", "am"), "ive": ("i", "have"), "ill": ("i", "will"), "id": ("i", "would"),
    "youre": ("you", "are"), "hes": ("he", "is"), "shes": ("she", "is"),
    "theyre": ("they", "are"), "kil": ("kill",), "kils": ("kills",), "wnat": ("want",),
    "wnats": ("wants",), "wnt": ("want",), "wan": ("want",), "dei": ("die",),
    "sucide": ("suicide",), "suiside": ("suicide",), "sh": ("sh",),
    "suicde": ("suicide",), "suecide": ("suicide",), "sucidal": ("suicidal",),
    "suicidial": ("suicidal",), "suisidal": ("suicidal",), "suicdal": ("suicidal",),
    "selfdelete": ("kill", "myself"),
}

# Short Russian misspellings one typo-correction pass does not reach (words under five
# letters are never corrected): the word as typed → the word meant.
RU_TYPOS: Final[dict[str, str]] = {
    "сибя": "себя", "сибе": "себе", "хачу": "хочу", "хочю": "хочу", "хачю": "хочу",
    "жыть": "жить", "убю": "убью",
}

# English irregular forms → the base form the rules use (Snowball only strips suffixes).
EN_IRREGULAR: Final[dict[str, str]] = {
    "took": "take", "taken": "take", "thought": "think", "hung": "hang", "ran": "run",
    "gave": "give", "given": "give", "told": "tell", "said": "say", "says": "say",
    "wrote": "write", "written": "write", "felt": "feel", "stood": "stand", "found": "find",
    "sent": "send", "made": "make", "kept": "keep", "left": "leave", "went": "go",
    "gone": "go", "was": "be", "were": "be", "is": "be", "are": "be", "am": "be",
    "been": "be", "being": "be", "did": "do", "done": "do", "does": "do", "has": "have",
    "had": "have", "shot": "shoot", "threw": "throw", "thrown": "throw", "ate": "eat",
    "eaten": "eat", "drank": "drink", "fell": "fall", "fallen": "fall", "brought": "bring",
    "woke": "wake", "woken": "wake", "slept": "sleep", "hid": "hide", "hidden": "hide",
    "showed": "show", "shown": "show", "got": "get", "gotten": "get", "bitten": "bite",
    "bit": "bite",
    "burnt": "burn", "beaten": "beat", "swore": "swear", "sworn": "swear", "caught": "catch",
    "sat": "sit", "saw": "see", "seen": "see", "meant": "mean", "bled": "bleed",
    "fought": "fight", "held": "hold", "lost": "lose", "heard": "hear", "knew": "know",
    "known": "know", "broke": "break", "broken": "break", "wore": "wear", "tore": "tear",
    "torn": "tear", "knives": "knife", "wives": "wife", "men": "man", "women": "woman",
    "children": "child", "stole": "steal", "bought": "buy", "lying": "lie", "lay": "lie",
    "began": "begin", "spoke": "speak", "struck": "strike", "led": "lead", "paid": "pay",
    "'d": "would",
}

def words(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


EN_PAST: Final[frozenset[str]] = words(
    "took thought hung ran gave told said wrote felt stood found sent made kept left went "
    "was were did shot threw ate drank fell brought woke slept hid showed got burnt swore "
    "caught sat saw meant bled fought held lost heard knew broke wore tore stole bought "
    "began spoke struck led paid cut hit hurt put slit"
)
