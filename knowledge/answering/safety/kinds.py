"""The kinds of danger, one ``Kind`` each, with their patterns in az, ru and en.

Detention, deportation, documents withheld, kept from leaving or forced work, violence, a child
alone, police extortion. A kind's ``event`` patterns fire alone, its ``topic`` patterns unless the
message reads as a general question, its ``together`` cue combinations likewise, and its
``together_always`` ones always (a threat says "if"). The word classes come from vocabulary.py;
the package's __init__ compiles the table and decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.answering.safety.vocabulary import (
    AZ_CHILD,
    AZ_DOCS,
    AZ_GAP_NO_DOC,
    AZ_HOLDER,
    AZ_POLICE,
    AZ_POLICE_MONEY,
    AZ_SUBJ,
    AZ_WHO,
    EN_CHILD,
    EN_DOCS,
    EN_GAP_NO_DOC,
    EN_HOLDER,
    EN_MINE,
    EN_NOT,
    EN_POLICE,
    EN_WHO,
    RU_CHILD,
    RU_DOCS,
    RU_GAP_NO_DOC,
    RU_HOLDER,
    RU_NUM,
    RU_POLICE,
    RU_WHO,
    _gap,
    _near,
)


@dataclass(frozen=True)
class Kind:
    """One kind of danger: what fires alone (event), what fires unless asked in general (topic),
    and which cues fire together unless asked in general."""

    name: str
    event: tuple[str, ...]
    topic: tuple[str, ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    # Combinations that fire even inside a general question: a threat is said with "if".
    together_always: tuple[tuple[str, ...], ...] = ()


_KINDS: tuple[Kind, ...] = (
    Kind(
        "detention",
        event=(
            # Telling where one is held: "in the detention centre for a week now", "I'm in a
            # migrant detention centre"; made to sign at the police station without an
            # interpreter ("polis bölməsindəyəm, tərcüməçi yoxdur, kağız imzalatmaq istəyirlər").
            r"(?:^|(?:i m|i am|we re|we are|been|he s|she s|he is|she is|they re|they are)"
            r"(?: \w+){0,2} )"
            r"in (?:the |a )?(?:\w+ )?detention (?:centre|center|facility|camp)",
            # az, ru: "saxlanma mərkəzinə salıblar", "saxlanma mərkəzindəyəm", "меня поместили
            # в центр содержания (мигрантов)", "сижу в спецприёмнике".
            r"saxlanma merkez\w*(?: \w+)? (?:salib\w*|saldilar|qoyub\w*|qoydular|aparib\w*|"
            r"apardilar|gonderib\w*|gonderdiler)|saxlanma merkezinde(?:yem|yik|dir|dirler|di)\b",
            r"(?:помести\w*|посади\w*|отправи\w*|отвез\w*|держат|сижу|сидим|нахожусь|находимся)"
            r"(?: \w+){0,3} (?:в )?(?:центр\w* (?:временного )?содержани\w*|спецпри[её]мник\w*)",
            _near(
                r"(?:polis\w*|police|полици\w*|участк\w*)",
                r"(?:imzalat\w*|imzalamag\w* mecbur\w*|terciman\w* (?:yox|vermir)\w*|"
                r"(?:make|made|making|force\w*|want\w*) (?:me|us|him|her) (?:to )?sign|"
                r"заставля\w* (?:\w+ )?подпис\w*|без переводчик\w*)",
                8,
            ),
            # az: the police held, took or arrested someone; "I was detained". Not the traffic
            # police: "yol polisi saxladı" stops a car for a fine.
            _near(
                AZ_POLICE.replace("|trafficpolice", ""),
                r"(?:saxla(?:di|dilar|yib|yiblar|yibler|yir|yirlar|mis|mislar)|"
                r"tut(?:du|dular|ub|ublar|ubler|mus|muslar)|"
                r"apar(?:di|dilar|ib|iblar|ibler|ir|irlar)|gotur(?:du|duler|dular|ub|ubler)|"
                r"yig(?:di|dilar|ib|iblar)|hebs ed\w*)",
                5,
            ),
            # Held in a centre for migrants without papers: "qanunsuz miqrantlar üçün
            # mərkəzdəyəm", "saxlama mərkəzindədir".
            r"(?:qeyri ?qanuni|qanunsuz|senedsiz) miqrant\w* ucun (?:\w+ )?merkez(?:indeyem|"
            r"indedir|indeyik|indeler|deyem|dedir|deyik|e (?:apar|salib|qoyub)\w*)",
            r"saxlama merkez(?:indeyem|indedir|indeyik|indeler|deyem|dedir|deyik)",
            # Someone at the police station for days: "iki gündür polis bölməsindədir".
            _near(
                r"(?:polis\w* )?(?:bolme|sobe|idare)\w*(?:de|da)(?:dir|dir|yam|yem|yiq|yik|lar"
                r"|ler)?",
                r"(?:\d+|bir|iki|uc|dord|bes) (?:gun|saat|hefte|gece)\w*(?:dir|dur)|dunenden|"
                r"axsamdan|seherden|gecedir|butun gece|hele de",
                5,
            ),
            rf"{AZ_WHO} (?:\w+(?:de|da)|zorla|bagli|kilidli|qapali|gizli|icerde)"
            r" saxla(?:yir|yirlar)",
            rf"{AZ_WHO}{_gap(2)} (?:saxla(?:di|dilar|yib|yiblar|yibler)|"
            r"tut(?:du|dular|ub|ublar)|"
            r"hebs ed\w*|apar(?:di|dilar|ib|iblar|ibler))",
            r"(?:saxlanil|tutul|hebs olun|hebs edil)(?:dim|duq|diq|mus(?:am|uq)|mis(?:am|iq))",
            _near(
                r"(?:\d+|bir|iki|uc|dord|bes) (?:gun|saat|hefte)\w*(?:dir|dur)",
                r"(?:meni|bizi|onu|erimi|qardasimi|oglumu|dostumu) saxla\w*|saxlanil\w*",
                4,
            ),
            r"(?:polis|miqrasiya|dmx|emekdaslar)\w* terefinden (?:\w+ )?(?:aparil|saxlanil|tutul|"
            r"hebs|goturul|qacir)\w*",
            rf"{AZ_SUBJ}{_gap(2)} (?:saxlanil|tutul|hebs olun|hebs edil|aparil)(?:ib|ub|di|du|"
            r"mis|mus)"
            r"\w*",
            r"(?:vekil\w*|gorus\w*|gorusmeye|yanina)(?: \w+)? (?:buraxmir\w*|icaze vermir\w*|"
            r"qoymur\w*)",
            r"(?:hebsde|hebsdedir|hebsdeyem|hebsxanada\w*|saxlanilma merkez\w*|"
            r"deportasiya merkez\w*|tecridxana\w*|izolyator\w*|kamerada\w*)",
            rf"(?:polis\w*|sobe|bolme|idare|merkez|hebsxana|tecridxana)(?:ye|ya|e|a|de|da)"
            rf"{_gap(2)} (?:apar|gotur|cek|sal|getir|saxla)\w*",
            # ru: "меня задержали", "мужа забрали в полицию", "сижу в изоляторе".
            rf"{RU_WHO}{_gap(6)} (?:увезли|увели|задержали|арестовали|схватили|повязали)",
            rf"{RU_WHO}{_gap(3)} (?:задерж(?:ал|ала|али|ивают|ивает)|арестова\w*|посадил\w*|"
            r"забрал\w*|увезл\w*|отвезл\w*|схватил\w*|повязал\w*|закрыл\w*|упекл\w*|"
            r"держат|держит|удерживают)",
            rf"(?:задерж(?:ал|ала|али|ивают)|арестовал\w*|забрал\w*|увезл\w*|отвезл\w*|"
            rf"доставил\w*|схватил\w*|посадил\w*|повязал\w*|держат|держит){_gap(2)} {RU_WHO}",
            rf"(?:забрал\w*|увезл\w*|отвезл\w*|доставил\w*|привезл\w*|посадил\w*|держат|держит|"
            rf"сижу|сидит|сидим|сидят|ночевал\w*|провел\w*|находится|нахожусь|находимся)"
            rf"{_gap(2)} (?:в|во|из) (?:\w+ )?(?:полици\w*|отделени\w*|отдел\w*|участ\w*|"
            r"изолятор\w*|сизо|ивс|кпз|камер\w*|обезьянник\w*|спецприемник\w*|центр\w*|"
            r"тюрьм\w*|миграционн\w*)",
            r"(?:я|мы|муж|жена|сын|брат|друг|отец|он|она|они)(?: \w+)? (?:задержан\w*|"
            r"арестован\w*)",
            _near(
                r"(?:в|во) (?:\w+ )?(?:отделени\w*|участк\w*|полици\w*|сизо|ивс|кпз|изолятор\w*)",
                r"(?:со вчера\w*|с утра|с вечера|с ночи|(?:уже|вторые|третьи) сутки|всю ночь|"
                r"\d+ (?:час|дн|сут)\w*|(?:два|три|несколько) (?:дня|часа|суток|часов|днеи))",
                5,
            ),
            r"облав\w*|(?:reyd|basqin)\w* (?:polis|miqrasiya)\w*|(?:polis|miqrasiya)\w* "
            r"(?:reyd|basqin)\w*",
            _near(
                RU_POLICE,
                r"(?:задерж(?:ал|ала|али|ивают|ивает)|арестова(?:л|ла|ли)|забрал\w*|увезл\w*|"
                r"схватил\w*|повязал\w*|облав\w*|рейд\w*)",
                3,
            ),
            r"(?:я|мы|муж|жена|сын|брат|друг|подруга|отец|мать|сестра|он|она|они)(?: \w+){0,2} "
            r"(?:в|во) (?:\w+ )?(?:центре для|центре содержания|изоляторе|сизо|ивс|кпз|камере|"
            r"тюрьме|спецприемнике|депортационном центре|отделении полиции)",
            r"не (?:пускают|пустили|дают|допускают|разрешают)(?: \w+){0,2} (?:адвокат\w*|"
            r"защитник\w*|родных|родственник\w*|увидет\w*|свидани\w*|встретит\w*)",
            # en: "I was detained", "police took my husband", "held at the station".
            r"(?:was|were|got|been|being|am|is|are|m|s|re) (?:\w+ )?(?:detained|arrested|jailed|"
            r"imprisoned|locked up|picked up by (?:the )?police|taken (?:away )?(?:by|to) "
            r"(?:the )?police)",
            rf"{EN_POLICE}{_gap(3)} (?:detained|arrested|took|picked up|came for|holding|"
            rf"are keeping|is keeping|kept|grabbed|stopped and took|put){_gap(1)} {EN_WHO}",
            rf"(?:detained|arrested|locked up|jailed) {EN_WHO}",
            r"(?:they|police|officers|soldiers|guards|men|someone|people|strangers) (?:have )?"
            r"(?:took|taken|picked up|grabbed|kidnapped|abducted|dragged) (?:my|our) \w+",
            r"(?:they|police|officers|soldiers|guards|men|someone|people|strangers) (?:have )?"
            r"(?:took|taken|picked up|grabbed|kidnapped|abducted|dragged) (?:me|us|him|her|them) "
            r"(?:away|to (?:the |a )?(?:police|station|migration|centre|center|car|van|prison|"
            r"jail|"
            r"cell|office|basement))",
            r"(?:kidnapped|abducted)",
            rf"{EN_POLICE}(?: \w+){{0,8}} (?:took away|took|picked up|detained|arrested|"
            r"rounded up|"
            r"taken away)(?: \w+){0,2} (?:workers|people|men|women|foreigners|migrants|guys|"
            r"colleagues|neighbou?rs|friends?|roommates?|family|everyone|all of us)",
            rf"{EN_POLICE}(?: \w+){{0,2}} raid\w*|raid\w* (?:by|on) (?:the )?(?:\w+ )?(?:police|"
            r"migration)",
            rf"{EN_NOT} (?:let|allow|letting|allowing) (?:a |the |any |my |our |his |her )?"
            r"(?:lawyer|family|visitors?|us see|me see)",
            r"(?:is|are|am|m|s|re|been|being|was|were|still) (?:\w+ )?(?:in|at) (?:a |the )?"
            r"(?:\w+ )?(?:detention|deportation|custody|jail|prison|police cell|holding cell|"
            r"lock ?up)\b",
            r"(?:been|being|was|were|is|are|s|re) held (?:by|at|in) (?:the |a )?(?:\w+ )?"
            r"(?:police|migration|immigration|station|custody|border|airport|detention|centre|"
            r"center|cell)",
            r"(?:held|kept|keeping|holding|spent|spend|spending|stuck|locked)(?: \w+){0,4} "
            r"(?:in|at) (?:the |a )?(?:police|station|jail|prison|cell|custody|detention|"
            r"airport|border)",
            # Someone who has been at the police station for a while, not someone calling in.
            _near(
                r"(?:is|are|s|re|been|still|was|were) (?:\w+ )?(?:in|at) (?:the |a )?(?:\w+ )?"
                r"(?:police (?:station|department|office)|precinct|police)",
                r"(?:since|still|overnight|all night|for (?:\d+|two|three|many|several) (?:hours|"
                r"days|nights)|hours now|days now)",
                6,
            ),
            rf"{EN_NOT} (?:let|allow|letting|allowing) (?:anyone|anybody|us|me|the family|"
            r"(?:his|her|their|our|my) (?:family|wife|husband|mother|father|relatives)|"
            r"relatives|a lawyer|lawyers?)(?: to)? (?:see|visit|meet|talk to|speak to|speak with)"
            r" (?:him|her|them)",
        ),
        topic=(
            r"(?:hebs\w*|saxlanil(?:ib|ir|mis)\w*|tutul(?:ub|mus)\w*|"
            r"(?:saxlanma|saxlama|saxlanilma) merkez\w*)",
            r"(?:задерж\w*|арест\w*|изолятор\w*|сизо|ивс|кпз|спецприемник\w*|"
            r"центр\w* содержани\w*|"
            r"депортационн\w* центр\w*|тюрьм\w*)",
            r"(?:detain\w*|arrest\w*|custody|jail\w*|prison\w*|detention)",
        ),
        together=(("police", "held"), ("expel", "held"), ("police", "gone")),
    ),
    Kind(
        "deportation",
        event=(
            # az: a decision was handed over; days to leave; "they are deporting me"; threats.
            r"(?:cixarilmali|deport olunmali|kenarlasdirilmali|cixarilacag)(?:yam|yiq|dir|am|iq)"
            r"\w*",
            _near(
                _near(
                    r"(?:deport\w*|cixaril\w*|kenarlasdiril\w*|olkeden cixar\w*|olkeni terk\w*|"
                    r"inzibati qaydada\w*|sinirdan kenar\w*)",
                    r"qerar\w*",
                    5,
                ),
                r"(?:aldim|aldiq|aldi|aldilar|alib\w*|verildi|verilib|veribler|veriblar|verdiler|"
                r"verdi|gelib|geldi|teqdim\w*|mene|bize|erime|oglum\w*|qardasim\w*|var)",
                4,
            ),
            _near(
                # Not "how much time do I have to leave" ("nə qədər vaxtım var"): asked, not given.
                r"(?<!ne qeder )(?<!nece )(?:vaxt|mohlet|gun|saat)\w* "
                r"(?:verib\w*|verdi\w*|verilib|verildi|qalib|var)",
                r"(?:terk|cixmag\w*|cixim|cixmaliyam|getmeliyem|getmeyimi|deport\w*|olkeden\w*|"
                r"cixaracaq\w*|cixaracag\w*|mecburi)",
                5,
            ),
            rf"{AZ_WHO}{_gap(1)} deport (?:edirler|edir|etdiler|edib|edibler|etmek isteyir\w*|"
            r"etmeye calis\w*|edecek\w*|edeceg\w*|edecey\w*|edecem|edeceyem)",
            _near(
                r"(?:\d+|bir|iki|uc|dord|bes|alti|yeddi|on|on bes) (?:gun|saat|hefte)\w*"
                r"(?: (?:erzinde|icinde|icerisinde|vaxt\w*|sonra))?",
                r"(?:cixmali|getmeli|terk etmeli)(?:san|siniz|sen|sunuz)\b|(?:cixmali|getmeli|"
                r"terk etmeli)\w* (?:dedi|deyir|bildir|yazib|yazdi)\w*",
                4,
            ),
            # A paper handed over that says one must leave: "terk etməliyəm deyə kağız verdilər".
            _near(
                r"(?:kagiz|sened|qerar|bildiris|yazi|protokol)\w* (?:verdi|verdiler|verib\w*|"
                r"verildi|verilib|teqdim\w*|gonder\w*|imzalat\w*)",
                r"(?:olkeni terk|terk etmeli|olkeden cixmali|cixmaliyam|getmeliyem|deport)\w*",
                6,
            ),
            r"(?:terk etmeyimi|terk etmeyimizi|terk etmesini|cixmagimi|cixmagimizi|getmeyimi|"
            r"getmeyimizi)(?: \w+){0,2} (?:teleb|iste|de|qerar|bildir|emr)\w*",
            # "Sürgün" (exile) is how many say deportation: "məni sürgün etdirəcək".
            r"(?:deport|surgun) (?:etdirecey\w*|etdirecek\w*|etdireceg\w*|etdirerem|etdirecem|"
            r"olunuram|olunuruq|etmek isteyirler|etmek isteyir)",
            _near(
                r"(?:deport (?:ed|et|olun)\w*|olkeden cixar\w*)",
                r"(?:sabah|bugun|bu gun|bu axsam|bu gece|bu hefte|birazdan|dedi|dediler|deyir|"
                r"deyirler|deyibler|hedele\w*)",
                3,
            ),
            r"(?:meni|bizi|onu|\w+imi|\w+umu)(?: \w+)? (?:olkeden )?(?:qov(?:ur|urlar|mag\w*|"
            r"acaq\w*)|"
            r"cixarmaq isteyir\w*)",
            rf"(?:deport\w*|polis\w*|miqrasiya\w*|dmx\w*){_gap(2)} (?:ile|le|la)?{_gap(1)} "
            r"(?:hedele\w*|qorxud\w*|tehdid\w*|santaj\w*)",
            r"(?:miqrasiyaya|polise|dmx\w*)(?: \w+){0,2} \w+(?:acam|ecem|acagam|eceyem|aram|erem)",
            rf"(?:miqrasiyaya|polise|dmx ye|dmxye|polis\w*){_gap(1)} (?:xeber|sikayet|tehvil|"
            r"teslim|bildir|zeng)\w*(?: \w+)? \w*(?:ecey|eceg|acag|acay|ecem|acam|erem|aram)\w*",
            # ru: a decision received, days to leave, "хотят депортировать", threats to report.
            _near(
                r"(?:решени\w*|постановлени\w*|приказ\w*|предписани\w*|уведомлени\w*|бумаг\w*|"
                r"документ\w*) (?:\w+ )?(?:о|об|на|про) (?:\w+ )?(?:выдворени\w*|депортаци\w*|"
                r"выезд\w*|выселени\w*|высылк\w*|покинуть|покинут|административн\w*)",
                r"(?:получил\w*|дали|выдали|вручил\w*|пришл\w*|пришел|вынесл\w*|вынес|принял\w*|"
                r"мне|нам|мужу|жене|сыну|брату|у меня|у нас|на меня|на мужа)",
                4,
            ),
            _near(
                r"(?:вручил|выдал|дали|получил|пришл|пришел|принес)\w* (?:\w+ )?(?:постановлени|"
                r"решени|предписани|уведомлени|бумаг|приказ|повестк)\w*",
                r"(?:выехат|покинут|уехат|выезд|выдвор|депорт|высыл|выслат)\w*",
                6,
            ),
            r"(?:сказали|велели|приказали|потребовали|требуют|требует|заставляют)(?: \w+){0,3} "
            r"(?:выехат|покинут|уехат|убират)\w*",
            rf"(?:дали|дают|дал|дала|дано|осталось|остается|есть|мне|нам)(?: \w+){{0,2}} {RU_NUM} "
            r"(?:дн\w*|сут\w*|час\w*|недел\w*)(?: \w+){0,3} (?:покинут\w*|выехат\w*|уехат\w*|"
            r"выезд\w*|убират\w*)",
            rf"{RU_WHO}{_gap(1)} (?:хотят|хочет|собираются|собирается|решили|грозятся|пытаются|"
            r"угрожают) (?:\w+ )?(?:депортир\w*|выдвор\w*|выслат\w*|выгнат\w* из страны)",
            _near(
                RU_WHO,
                r"(?:вывез|вывоз|вышл|высыла|выгон|выгна|выкин|выдвор|депорт|отправ)\w*"
                r"(?<!ли)(?<!л)(?<!ла) (?:\w+ )?(?:из страны|из азербаиджана|на родину|домои)",
                2,
            ),
            _near(
                r"через (?:\d+|\w+) (?:дн|сут|час|недел)\w*",
                r"(?:вывез|вышл|выгон|выдвор|депортир)\w*",
                4,
            ),
            r"(?:депортиру\w*|выдворя\w*|высыла\w*) (?:\w+ )?(?:завтра|сегодня|на этои неделе|"
            r"через \d+)",
            r"(?<!чем )(?<!что )(?:угрожа(?:ет|ют|л|ла|ли)|грозится|грозятся|грозил\w*|шантаж\w*|"
            r"запугива\w*|пугает|пугают)(?! ли)(?: \w+){0,3} (?:депорт\w*|выдвор\w*|полици\w*|"
            r"миграци\w*|сдат\w*|сдаст|сдам|сдадут|заявит\w*|донест\w*|донос\w*)",
            r"сдела\w* так(?: что)?(?: \w+){0,3} (?:депорт|выдвор|высл|посад|арест)\w*",
            _near(
                r"(?:сказал\w*|говорит|грозит\w*|пообещал\w*|обещает|угрожа\w*)",
                r"(?:меня|нас|мужа|жену) (?:\w+ )?(?:депортиру|выдвор|вышл|посад)\w*",
                8,
            ),
            r"(?:сдат|сдаст|сдам|сдадут|сдал)\w* (?:меня|нас|тебя|вас|его|ее|их|всех)(?: \w+)? "
            r"(?:в полици\w*|в миграци\w*|миграци\w*|властям|в гмс|ментам)",
            # "сдать нас полиции": the dative, of the speakers only ("сдать его полиции": a thief).
            r"(?:сдат|сдаст|сдам|сдадут|сдал)\w* (?:меня|нас)(?: \w+)? полиции",
            # A landlord's or boss's blackmail: "he'll write to migration that I'm illegal".
            r"(?:напишет|напишут|сообщит|сообщат|заявит|заявят|позвонит|позвонят|донесет|"
            r"донесут|настучит|настучат|пожалуется|пожалуются)(?: \w+)? (?:в|на|ментам|"
            r"властям) ?(?:миграц\w*|полици\w*|гмс|ментам|властям)?(?: \w+){0,2} "
            r"(?:что|будто) (?:я|мы|он|она|они|ты|вы) (?:\w+ )?(?:нелегал\w*|незакон\w*|"
            r"без документов|украл\w*|вор\w*)",
            # The threat told, not quoted: "грозит, что сообщит в миграцию, если я уволюсь".
            r"(?:грозит\w*|грозя\w*|угрожа\w*|пугает|пугают|шантажиру\w*)(?: \w+){0,2} "
            r"(?:сообщит|сообщат|заявит|заявят|напишет|напишут|позвонит|позвонят|сдаст|сдадут|"
            r"донесет|донесут|настучит|настучат)(?: \w+)? (?:в|на) (?:миграц\w*|полици\w*|гмс|"
            r"органы)",
            # The threat after the demand: "требует 800 манат, иначе донесёт в миграционную",
            # "…иначе позвонит куда надо" (where one calls to have a foreigner taken away).
            r"(?:иначе|а то|или же)(?: \w+){0,2} (?:сообщит|сообщат|заявит|заявят|напишет|"
            r"напишут|позвонит|позвонят|сдаст|сдадут|донесет|донесут|настучит|настучат)(?: \w+)? "
            r"(?:в|на) (?:миграц\w*|полици\w*|гмс|органы)",
            r"(?:иначе|а то|грозит\w*|угрожа\w*)(?: \w+){0,3} (?:сообщит|сообщат|напишет|"
            r"напишут|позвонит|позвонят|сдаст|сдадут|донесет|донесут|настучит|настучат)"
            r"(?: \w+)? куда (?:надо|следует|нужно)",
            r"(?:yoxsa|vermesem|odemesem|vermesen|odemesen|vermeseniz|odemeseniz)(?: \w+){0,2} "
            r"(?:miqrasiya\w*|polis\w*|dmx\w*) (?:zeng|xeber|sikayet|bildir)\w*",
            # Any condition of mine, then his report, as he says it: "razı olmasam miqrasiyaya
            # zəng edəcək deyir" (without "deyir" it is one's own question of the rule).
            r"\w+(?:sam|sem|saq|sek)(?: \w+){0,2} (?:miqrasiya\w*|polis\w*|dmx\w*) (?:zeng "
            r"(?:edecek|vuracaq)|xeber verecek|sikayet edecek|bildirecek)\w*(?: \w+)? (?:deyir|"
            r"dedi|deyib|hedele\w*|qorxud\w*)\w*",
            # The threat quoted in its own words: "не отдашь половину — сообщу в миграционную".
            r"(?:сообщу|заявлю|напишу|позвоню|настучу|донесу|пожалуюсь)(?: \w+)? (?:в|на) "
            r"(?:миграц\w*|полици\w*|гмс|органы)",
            r"(?:soobshchu|soobshu|zayavlyu|napishu|pozvonyu|nastuchu|donesu)(?: \w+)? (?:v|na) "
            r"(?:migrac\w*|polici\w*|gms|organy)",
            # en: an order was given, days to leave, "they are deporting me", threats.
            r"(?:got|received|given|gave|served|handed|issued|signed|have|has|had)(?: \w+){0,4} "
            r"(?:deportation|expulsion|removal|deport|exit) (?:order|decision|notice|ruling|"
            r"letter|"
            r"papers?|document)",
            r"(?:deportation|expulsion|removal) (?:order|decision|notice)(?: \w+){0,4} "
            r"(?:against me|against my|for me|for my|was issued|has been issued|was given|came|"
            r"arrived|yesterday|today)",
            r"order(?:ed|s)? (?:me|us|him|her|them) to leave",
            r"(?:got|received|given|gave|served|handed|brought) (?:me |us |him |her )?(?:a |an |"
            r"the )?"
            r"(?:\w+ )?(?:paper|letter|notice|document|decision|order|decree|"
            r"summons)(?: \w+){0,5} "
            r"(?:leave|deport\w*|expel\w*|expulsion|removal)",
            r"(?:or|otherwise) (?:i |we |you |he |she |they )?(?:ll |will )?(?:be|get) "
            r"(?:deported|expelled|arrested|detained)",
            r"deport\w* (?:me|us|him|her|them|my \w+)(?: \w+)? (?:tomorrow|today|tonight|"
            r"next week|this week|soon|in \d+ days)",
            rf"(?:gave|given|give|gives) {EN_WHO}(?: \w+){{0,2}} (?:\d+|one|two|three|four|five|"
            r"seven|ten|fifteen|a few|few) (?:days?|hours?)",
            r"(?:going to|gonna|want to|wants to|wanted to|trying to|try to|about to|plan\w* to|"
            r"decided to|are|is|re|s) (?:to )?(?:\w+ )?(?:deporting|expelling|"
            r"kicking (?:\w+ )?out)",
            r"(?:i m|i am|we are|we re|he is|he s|she is|she s|they are|they re|was|were) "
            r"(?:being|getting) (?:deported|expelled)",
            r"(?:get|getting|have|having|make|makes|made) (?:me|us|him|her|them|my \w+) "
            r"(?:deported|expelled)",
            r"(?:want to|wants to|going to|gonna|trying to|about to|threaten\w*(?: \w+)?(?: to|"
            r" with)?)"
            rf"(?: \w+){{0,2}} (?:deport|expel|report|call|denounce)\w*{_gap(3)} "
            r"(?:me|us|him|her|them|deport\w*|police|migration)",
            r"deported (?:tomorrow|today|tonight|next week|this week|soon|in \d+ days)",
            r"(?:been told|was told|were told|told me|told us|they said|he said|she said|"
            r"ordered)(?: \w+){0,6} (?:leave|get out of|exit) (?:the country|azerbaijan)",
            r"(?:ll|will|going to|gonna|threaten\w* to|would|threaten\w* that) (?:\w+ )?"
            r"(?:report|denounce|hand|turn) (?:me|us|him|her|them|you)(?: in)? (?:to|over to)",
            r"make sure (?:i|we|you|he|she|they) (?:get|am|are|is|will be|ll be) (?:deported|"
            r"expelled|arrested)",
            r"(?:ll|will|d|going to|gonna|threaten\w* to|would) call (?:the )?(?:police|"
            r"immigration|migration|cops)",
            r"(?:want|wants|wanted|going|trying|try|plan\w*|decided|about) to (?:send|fly|put"
            r"|ship)"
            r" (?:me|us|him|her|them|my \w+)(?: \w+)? (?:back|home|on a plane|out of)",
            r"(?:say|says|said|told me|told us|told him|told her)(?: that)? (?:i|we|he|she|they)"
            r" (?:have|has|got|ve got|ve) (?:only )?(?:\d+|one|two|three|four|five|seven|ten|"
            r"fifteen|a few) (?:days?|hours?)",
            r"(?:told|ordered|gave) (?:me|us|him|her|them)(?: \w+){0,3} leave (?:in|within) "
            r"(?:\d+|one|two|three|five|seven|ten) (?:hours?|days?)",
            r"(?:report|denounce) (?:me|us|him|her|them) to (?:the )?(?:police|migration|"
            r"immigration|authorities)",
            r"(?:you re|you are|you ll be|you will be|you ll|you) out of (?:this|the) country",
            r"(?:was|were|been|got|being) taken(?: \w+){0,4} by (?:the )?(?:police|migration|"
            r"officers|immigration)",
        ),
        topic=(
            r"(?:deport\w*|surgun (?:ed|et|olun)\w*|sinirdan kenar\w*|"
            r"olkeden (?:cixar|qov|kenarlas)\w*|"
            r"inzibati qaydada (?:kenar|cixar)\w*|qovul\w*|(?:\d+|bir|iki|uc|dord|bes|alti|"
            r"yeddi|on|on bes) (?:gun|saat|hefte)\w*(?: \w+){0,2} (?:olkeni|azerbaycani|olkeden) "
            r"(?:terk|cix)\w*)",
            r"(?:депорт\w*|выдвор\w*|выслат\w*|высыл\w*|выслали|выслан\w*|высылк\w*)",
            r"(?:deport\w*|expel\w*|expulsion|removal order|kicked out of (?:the )?country|"
            r"(?:\d+|one|two|three|five|seven|ten|fifteen) (?:days?|hours?) to (?:leave|go|"
            r"get out|pack|depart)|"
            r"(?:have|has|got) (?:until|till) \w+ to leave|"
            r"leave (?:the country |azerbaijan )?(?:within|in) (?:\d+|one|two|three|five|seven|"
            r"ten|"
            r"fifteen) (?:days?|hours?))",
            rf"{RU_NUM} (?:дн\w*|сут\w*|час\w*)(?: \w+){{0,3}} (?:покинут\w*|выехат\w*|уехат\w*)",
            # Removal set for a day: "I was told I'll be removed tomorrow".
            r"(?:i ll|i will|i am going to|i m going to|we ll|we will|we are going to|he ll|"
            r"he will|she ll|she will|they ll|they will) be (?:removed|sent back|sent home|"
            r"put on a plane)(?: (?!from\b)\w+){0,2} (?:tomorrow|today|tonight|this week|"
            r"on \w+day|in (?:\d+|one|two|three|a few) days?)",
        ),
        together=(("holder", "expel"),),
        # "the foreman says if we complain, everyone is deported": the "if" is the threat's.
        together_always=(("holder", "says", "sanction", "defiance"),),
    ),
    Kind(
        "documents withheld",
        event=(
            # A threat to keep the papers: "razı olmasam sənədlərimi qaytarmayacağını deyir".
            r"(?:sened|pasport|vesiqe)\w* (?:\w+ )?(?:qaytarmayacag|qaytarmayacaq|vermeyeceg|"
            r"vermeyecek)\w*",
            # az: "pasportumu götürüb / vermir / saxlayır / qaytarmır".
            # "Sənədlərimiz də onlardadır": the papers are with them, said in the nominative.
            r"(?:pasport|sened|vesiqe)\w*(?: \w+){0,2} (?:onlarda|ellerinde|patronda|"
            r"isegoturende|ev sahibinde)(?:dir|di)?\b",
            # Papers given back only for money: "sənədlərimi qaytarmaq üçün 1000 manat istəyirlər".
            rf"{AZ_DOCS}(?: geri)? qaytarmaq ucun(?: \w+){{0,3}} (?:pul|manat|dollar|\d+)",
            r"(?:pasport|sened|vesiqe)\w*(?:umu|imi|unu|ini|umuzu|imizi|larimi|lerimi|larimizi|"
            r"lerimizi|larini|lerini|lari|leri)(?: \w+){0,3} al(?:ib|iblar|ibler|di|dilar|diler)",
            r"(?:pasport|sened|vesiqe|telefon)\w*(?: \w+){0,4} seyf\w*",
            r"(?:pasport|sened|vesiqe)\w*(?: \w+){0,2} (?:yandir|cirar|cirib|cirdi|cirac|mehv ed|"
            r"zibile at)\w*",
            r"(?:сожг|сожж|сожет|порв|уничтож|выбро|выкин)\w*(?: \w+){0,2} (?:паспорт|"
            r"документ)\w*",
            r"(?:паспорт|документ)\w*(?: \w+){0,2} (?:сожг|сожж|сожет|порв|уничтож)\w*",
            r"(?:burn|burned|burnt|destroy|destroyed|tear up|tore up|rip up|ripped up|throw away|"
            r"threw away)\w* (?:my|our|her|his|their|the) (?:passports?|documents?|papers|ids?)",
            _near(
                r"(?:pasport|sened|vesiqe)\w*",
                r"(?:bitende|bitenden sonra|qurtaranda|qurtarandan sonra|odeyende|odeyenden sonra|"
                r"isleyende|odeyene qeder|bitene qeder|qurtarana qeder) (?:\w+ )?(?:verecek|"
                r"qaytaracaq|vereceyem|qaytaracam|verer|qaytarar|vereceyik|qaytaracagiq)\w*",
                8,
            ),
            r"telefon\w*(?:umu|imi|lari|larimizi|umuzu|larimi|lerimi)(?: \w+)? (?:alib|aliblar|"
            r"aldilar|alirlar|yigirlar|yigib\w*|goturub\w*|goturdu\w*|goturur\w*|"
            r"elimden al\w*|elimizden al\w*)",
            # Someone else's, by "them": "rəfiqəmin telefonunu alıblar" (a thief "alıb qaçdı").
            r"telefon\w*(?:unu|larini|lerini)(?: \w+)? (?:aliblar|aldilar|goturubler|goturublar|"
            r"goturduler|goturdular)",
            rf"{AZ_DOCS}(?: \w+){{0,5}} (?:gotur(?:ub|ubler|ublar|du|duler|dular|ur|urler|urlar)|"
            r"saxla(?:yir|yirlar|yirlar|yib|yiblar|yibler|di|dilar|mis|mislar)|"
            r"ver(?:mir|mirler|mirlar|meyib|meyibler|meyiblar|medi|mediler|mediler)|"
            r"qaytar(?:mir|mirlar|mirler|mayib|mayiblar|madi|madilar)|"
            r"gizle(?:yib|di|yir)\w*|musadire\w*|geri ala bilmir\w*|elimden al\w*|"
            r"yig(?:ib|iblar|ibler|di|dilar|diler)|"
            r"elimizden al\w*|ozunde\w*|ozlerinde\w*|yanindadir|yaninda saxla\w*|"
            # "pasportu onlardadı": the passport is with them (colloquial "-dı" for "-dır").
            r"elinde(?:dir|di)|ellerinde(?:dir|di)|onlarda(?:dir|di)|yanindadi)",
            rf"(?:elimden|elimizden|elinden)(?: \w+)? {AZ_DOCS}",
            # Said in the passive: "sənədləri rəhbərlik tərəfindən alınıb, geri qaytarılmır".
            r"(?:pasport|sened|vesiqe)\w*(?: \w+){0,6} (?:geri )?qaytarilmir\w*",
            r"(?:pasport|sened|vesiqe)\w*(?: \w+){0,5} (?:qaytarar(?:am|iq)|qaytaracag\w*|"
            r"qaytaracam|vererem|verecem|vereceyem|vermerem|vermeyecem|vermeyeceyem)",
            rf"{AZ_HOLDER}{_gap(2)} (?:pasport|sened|vesiqe)\w*{_gap(2)} "
            r"(?:ozunde|ozlerinde|yaninda|elinde)\w*",
            # ru: "забрал паспорт", "паспорт у хозяина", "не отдают документы".
            rf"(?<!я )(?:забрал\w*|отобрал\w*|отнял\w*|изъял\w*|изъяли|удерживает|удерживают|"
            r"удерживал\w*|держит|держат|спрятал\w*|прячет|прячут|оставил\w* (?:у )?себе|"
            r"оставил\w* у себя|"
            rf"не отда\w*|не возвраща\w*|не вернул\w*|не отдал\w*|забирает|забирают|отбирает|"
            rf"отбирают|взял\w* (?:себе|у меня|у нас)|конфисковал\w*)(?: \w+){{0,3}} "
            rf"(?:мои |мои |мою |наши |наш |его |ее |их |все |у меня |у нас |у него |у нее )?"
            rf"{RU_DOCS}",
            rf"{RU_DOCS}(?: \w+){{0,3}} (?:забрал\w*|отобрал\w*|изъял\w*|изъят\w*|отобран\w*|"
            r"у него|у нее|у них|у (?:х|кс)озя\w*|у работодател\w*|у начальни\w*|у бригадир\w*|"
            r"у агент\w*|у арендодател\w*|у шеф\w*|у босс\w*|у прораб\w*|у фирм\w*|"
            r"у начальств\w*|у руководств\w*|у хозяев|"
            r"у компани\w*|не отда\w*|не возвраща\w*|не вернул\w*|удерживает|удерживают|держит|"
            r"держат|прячет|прячут|забирает|забирают|не могу забрат\w*|не могу вернут\w*)",
            rf"{RU_DOCS}(?: \w+){{0,4}} (?:отдам|верну|отдаст|вернет|отдадут|вернут|отдаст) "
            r"(?:\w+ )?(?:только|когда|после|если|как|в конце)",
            r"(?:отдам|верну|отдаст|вернет|отдадут|"
            rf"вернут)(?: \w+){{0,2}} {RU_DOCS}(?: \w+){{0,2}} "
            r"(?:только|когда|после|если|как|в конце)",
            r"(?:отобрал|отобрали|отняли|отнял|забрал|забрали|отбирают)\w* (?:\w+ )?телефон\w*",
            r"телефон\w*(?: \w+){0,2} (?:отобрали|отняли|забрали|отбирают)\b",
            r"не (?:получит|получишь|получите|получат|увидит|увидишь|увидите)(?: \w+){0,2} "
            r"(?:паспорт|документ)\w*",
            rf"{EN_HOLDER} (?:\w+ )?(?:took|takes|confiscated|has taken|took away|have taken) "
            r"(?:my|our|her|his|their) (?:\w+ )?phones?",
            rf"{RU_HOLDER}(?: \w+){{0,4}} (?:хочет|хотят|требует|требуют|пытается|отказывается|"
            r"отказываются|не хочет|не хотят) (?:\w+ )?(?:забрат\w*|отдат\w*|вернут\w*|"
            r"отобрат\w*)"
            rf"(?: \w+)? {RU_DOCS}",
            # en: "took my passport", "keeps our documents", "won't give my passport back".
            rf"(?<!\bi )(?<!\bwe )(?:took|taken|taking|takes|took away|has taken|have taken)"
            rf"(?: away)? {EN_MINE} (?:\w+ and )?{EN_DOCS}",
            # Not one's own keeping: "a semester abroad while keeping my residence card here".
            rf"(?<!\bi )(?<!\bwe )(?<!\bwhile )(?<!\bby )"
            rf"(?:kept|keeps|keeping|holds|holding|held|withheld|withholds|"
            rf"withholding|confiscated|confiscates|confiscating|seized|hid|hides|hiding|retains|"
            rf"retained|locked away|locked up|locked|locks|still has|has had)"
            rf"(?: on| onto| on to)? {EN_MINE} "
            rf"(?:\w+ and )?{EN_DOCS}",
            rf"{EN_NOT} (?:\w+ )?(?:give|giving|gave|return|returning|returned|hand|handing)"
            rf"(?: back)? {EN_MINE} {EN_DOCS}",
            rf"{EN_DOCS} (?:is|are|was|were|has been|have been|got|being|s|re) (?:\w+ )?"
            r"(?:taken|kept|held|withheld|confiscated|seized|locked)",
            rf"{EN_DOCS} (?:is|are|s|re|stays?|remains?) (?:still )?(?:with|at) (?:(?:my|our|the|"
            rf"his|her|their) {EN_HOLDER}|him|her|them)",
            rf"{EN_HOLDER} (?:still )?(?:has|have) (?:got )?{EN_MINE} {EN_DOCS}",
            rf"{EN_HOLDER}(?: \w+){{0,3}} (?:keeps|kept|took|holds|held|won ?t give back|"
            rf"won ?t return)(?: \w+){{0,2}} {EN_DOCS}(?! (?:number|photo|copy)\w*)",
            rf"(?:get|getting|take) {EN_MINE} {EN_DOCS} back",
            r"(?:give|return|get|hand)\w* (?:it|them|my passport|our passports|the passport|"
            r"my documents|my papers)(?: back)? (?:only )?(?:when|after|once|at the end)",
            _near(
                EN_DOCS,
                rf"{EN_NOT} (?:\w+ )?(?:give|return|hand|let me have) (?:it|them)"
                r"(?: back| over)?",
                8,
            ),
        ),
        topic=(
            rf"{AZ_HOLDER}{_gap(3)} (?:pasport|sened|vesiqe)\w*{_gap(2)} "
            r"(?:saxla|gotur|al|musadire|gizle)\w*",
            rf"{RU_HOLDER}{_gap(4)} (?:забрат\w*|отобрат\w*|удерживат\w*|держат\w*|изъят\w*|"
            rf"хранит\w*|оставит\w*|забирать|забират\w*){_gap(1)} {RU_DOCS}",
            rf"(?:keep|hold|take|confiscate|withhold) {EN_MINE} {EN_DOCS}",
            rf"(?:keep|hold|take|confiscate|withhold)\w* (?:an |a |the )?(?:employee|worker|"
            rf"tenant)\w* {EN_DOCS}",
        ),
        together=(
            ("holder", "documents", "holding", "!copy"),
            ("police", "documents", "holding", "!copy"),
        ),
    ),
    Kind(
        "kept from leaving, forced work, debt",
        event=(
            # Going home only once a debt is paid: "I can only go home after I pay back the
            # flight"; a threat to the family back home: "his people will visit my family".
            r"(?:can|may|could) only (?:go home|leave|quit|go back|return home)(?: \w+){0,2} "
            r"(?:after|when|once) (?:i|we|he|she|they) (?:pay|paid|repay|work off|give back)",
            r"(?:his|their|her|the boss s|the agent s|the owner s) (?:people|men|guys|friends) "
            r"(?:will|would|are going to|gonna) (?:visit|find|come to|go to|hurt|deal with)"
            r" (?:my|our|his|her)",
            # az: not let go, locked in, forced or unpaid work, debt as a chain.
            r"(?:getmeye|getmeyime|getmeyimize|cixmaga|cixmagima|cixmagimiza|qayitmaga|"
            r"evden cixmaga|isden cixmaga|isden getmeye|evime getmeye|vetene qayitmaga|"
            r"bayira cixmaga|zeng etmeye|danismaga|islemeye)(?: \w+)? (?:qoymur\w*|"
            r"icaze vermir\w*|imkan vermir\w*|qoymadi\w*|qoymayib\w*|buraxmir\w*|"
            r"icaze vermeyib\w*)",
            rf"{AZ_WHO}(?: \w+){{0,2}} (?:buraxmir(?:lar|lar)?|buraxmayib\w*|buraxmadi\w*|"
            r"qoymur(?:lar)?|bagla(?:yib|yiblar|di|dilar|yir|yirlar)|kilidle\w*|"
            r"icerde saxla\w*|zorla saxla\w*|isledir\w*|zorla isled\w*)",
            r"(?:bir )?(?:evde|otaqda|yataqxanada|zirzemide|anbarda|fermada|binada|menzilde|"
            r"villada|hovlide|sexde|tikintide) saxla(?:yir|yirlar|yib|yiblar|dilar)",
            # A person kept in a house or a basement: "evdə bir əcnəbi qadını saxlayırlar",
            # "держит у себя в подвале двух иностранцев".
            r"(?:evde|otaqda|zirzemide|anbarda|menzilde|hovlide)(?: \w+){0,2} (?:qadin|qiz|kisi|"
            r"oglan|usaq|ecnebi|isci|adam|insan|xidmetci)\w*(?: \w+)? saxla(?:yir|yirlar|yib|"
            r"yiblar|dilar)\b",
            r"(?:держ\w*|запер\w*)(?: \w+){0,3} (?:в подвал\w*|взаперти)(?: \w+){0,2} (?:люд\w*|"
            r"иностран\w*|рабоч\w*|девуш\w*|женщин\w*|мужчин\w*|двух|тр[её]х|троих|нескольк\w*)",
            r"(?:otaga|evde|eve|icerde|iceride|qapini|qapilari|zirzemiye)(?: \w+)? "
            r"(?:bagla|kilidle)\w*",
            r"(?:bayirdan|colden|cixisi) (?:\w+ )?(?:bagla|bagli|qifill|kilidle)\w*",
            # Locked in where they are kept: "yazdı ki otaqda bağlıdır".
            r"(?:otaqda|zirzemide|anbarda|icerde) (?:\w+ )?(?:bagli|kilidli)"
            r"(?:dir|yam|yiq|dirlar)?\b",
            # Kept under lock: "anbarda kilid altında yatırlar".
            r"(?:kilid|qifil) altinda",
            # Not a step out till the debt is paid: "borcunu qaytarmayınca bir addım atmayacaqsan".
            r"bir addim (?:\w+ )?(?:atmayacaq\w*|ata bilmir\w*|atmaga qoymur\w*|atdirmir\w*)",
            r"(?:qaytarmayinca|odemeyince|qaytarana qeder|odeyene qeder)(?: \w+){0,6} "
            r"(?:getmeyeceks\w*|cixmayacaqs\w*|gede bilmez\w*|cixa bilmez\w*|buraxmayacag\w*|"
            r"buraxmayacaq\w*|qoymayacag\w*|qoymayacaq\w*)",
            r"(?:islemeye|isletmeye|islemek ucun)(?: \w+)? (?:mecbur|zorla)\w*",
            r"(?:\d+|on|on iki|on bes|on alti|on sekkiz|iyirmi) saat (?:\w+ )?"
            r"(?:isled(?:ir|irler|irlar)|isletdir\w*)",
            r"(?:mecburi (?:islet|isle|emek)\w*|zorla(?: \w+){0,3} (?:islet|isled|saxla|evlendir|"
            r"apar|getir|isle)\w*|"
            r"mecbur ed(?:ir|irler|ib|ibler|di|diler)|qul kimi|kole kimi|"
            r"insan alver\w* qurban\w*)",
            # Handed to someone else to work, and a way out asked: "məni başqa adama verdilər
            # işləyim deyə", "buradan necə qaçım".
            r"(?:meni|bizi|onu|onlari) (?:\w+ ){0,4}(?:basqa |diger )?(?:adama|birine|sexse|"
            r"sirkete|patrona) (?:verdiler|vermisler|veribler|satdilar|oturduler)\b",
            r"(?:burdan|buradan|oradan|bu evden|bu yerden|evden) (?:nece |hara |haraya )?"
            r"(?:qacim|qacaq|qacmaq olar|qaca bilerem|qaca bilerik)\b",
            # "Rəfiqəmi satıblar": a person sold (a flat or a car sold names no one).
            r"(?:meni|bizi|(?:erim|arvadim|yoldasim|qardasim|bacim|oglum|qizim|usagim|dostum|"
            r"refiqem|qohumum|hemyerlim|tanisim|qonsum)\w*) (?:\w+ )?(?:satib|satdi|satmis)\w*",
            # Out only in the owner's company: "bayıra ancaq sahibi ilə çıxa bilirik".
            r"(?:bayira|cole|colde|evden|kucey\w*) (?:ancaq|yalniz|tekce) (?:sahib\w*|onunla|"
            r"patron\w*|usta\w*|mudir\w*|briqadir\w*|reis\w*|nezaretci\w*)(?: ile)? "
            r"(?:cixa|gede) bil\w*",
            r"not allowed (?:to go |to step )?out(?:side)? (?:alone|on (?:my|our|her|his|their) "
            r"own)",
            r"(?:выходить|выходим|выхожу|выходят|выйти|уходить|уходим|выпуска\w*|отпуска\w*)"
            r"(?: \w+){0,2} только "
            r"(?:с|со|вместе с|в сопровождении) (?:хозя\w*|начальни\w*|бригадир\w*|прораб\w*|"
            r"охранник\w*|надсмотрщик\w*|старш\w*|ним|неи|ними)",
            r"(?:only|just) (?:allowed|let|able|can|may)(?: to)? (?:go|step|leave|walk)"
            r"(?: out(?:side)?)? (?:with|in the company of) (?:the |our |my )?(?:boss|foreman|"
            r"supervisor|owner|guard|manager|him|her|them)",
            # Heard calling for help: "pəncərədən kömək deyə qışqırdı", "кричала о помощи".
            r"pencereden (?:\w+ )?komek (?:deye|isteyib) (?:qisqir|bagir)\w*",
            r"pencereden (?:\w+ ){0,3}komek (?:istedi|isteyir|isteyib|umur)\w*",
            r"(?:из|в) окн\w* (?:\w+ )?(?:крича\w*|звал\w*) (?:о помощи|на помощь)",
            r"(?:screamed|shouted|yelled|cried|calling|called) (?:out )?for help (?:from|through|"
            r"out of) (?:a|the|her|his|their) window",
            # Seen signalling for help: "kömək işarəsi etdi", "подала знак о помощи".
            r"komek (?:isare|isaresi|isaresini) (?:et|ver|goster)(?:di|dil|ir|ib)\w*",
            # Brought by a promise of one job and left somewhere else without papers or a way
            # back: "a recruiter promised a hotel job, now I'm on a farm with no documents".
            _near(
                r"(?:promised|offered|told (?:me|us|her|him|them) (?:it was|about))(?: \w+){0,3} "
                r"(?:job|work|position|contract)",
                r"(?:no way (?:to get |to go )?(?:back|out|home)|can ?t (?:leave|go back|get "
                r"back|get out)|cannot (?:leave|go back|get out)|not allowed to leave|"
                r"(?:took|take|kept|keep|keeps|holding|hold) (?:my|our|her|his|their) "
                r"(?:passports?|documents|papers))",
                14,
            ),
            r"(?:подал\w*|подает|подают|показал\w*|показывает) (?:\w+ )?знак\w* (?:о помощи|"
            r"помощи|sos)",
            r"(?:signall?ed|signals|signall?ing|gestured|gesturing|made (?:a )?signs?) "
            r"(?:to \w+ )?(?:for|asking for) help",
            r"(?:pulsuz|maassiz|odenissiz|pul vermeden|pul odemeden)(?: \w+){0,2} "
            r"(?:islet|isled|isleyir|isleyirik|isleyirem|calis)\w*",
            r"(?:maas|emek haqq|pul|hesab)\w*(?: \w+){0,3} (?:vermir(?:ler|lar)?|odemir(?:ler|"
            r"lar)?|"
            r"vermeyib\w*|odemeyib\w*|vermediler|odemediler|vermedi|odemedi|verilmir|odenilmir|"
            r"odenmir|"
            r"kesib\w*)(?! \w*(?:em|am|ik|iq)\b)",
            r"(?:isleyib|islemekle|isleyerek) (?:cixmali|odemeli|qaytarmali|cixarmali)\w*",
            # No wages till the costs of bringing one here are repaid: "yol və viza xərclərini
            # ödəyənə qədər maaş almayacağam".
            _near(
                r"qaytarana qeder|odeyene qeder|qaytarmayinca|odemeyince",
                r"maas\w* (?:\w+ )?(?:almayacag|almayacaq|vermeyecek|vermeyecey|vermirler|"
                r"vermeyecekler|yoxdur|olmayacaq)\w*",
                8,
            ),
            # A debt to be worked off unpaid: "5000 dollar borcum var, qaytarana qədər pulsuz
            # işləməliyəm".
            _near(
                r"borc\w*|qaytarana qeder|odeyene qeder|qaytarmayinca|odemeyince",
                r"(?:pulsuz|maassiz|odenissiz)(?: \w+){0,2} (?:islemeli|isleyeceks|isleyecey)\w*",
                10,
            ),
            # "Brought us for waiter jobs, but make us do other things": the work they were
            # brought for is not the work they are made to do.
            _near(
                r"getir(?:diler|dilər|ib|ibler|iblar|di)",
                r"(?:isled(?:ir|irler|irlar|ib|ibler)|mecbur ed\w*|zorla\w*|"
                r"(?:basqa|ayri) (?:seyler|isler) etdir\w*)",
                10,
            ),
            # "When she calls, someone is always beside her": a person who cannot speak on the
            # phone alone is watched, the sign of someone kept.
            _near(
                r"(?:zeng|telefon|danis)\w*",
                r"(?:yaninda|yanimda|yaninizda|baninda) (?:hemise |her defe |daim |hemiseki )?"
                r"(?:kimse|kimise|biri|birisi|adam|onlar|o|patron\w*|ev sahib\w*) "
                r"(?:olur|dayanir|durur|oturur|qulaq asir|var)",
                8,
            ),
            r"(?:serbest|acig|rahat|tek) danisa bilmir\w*",
            # Cut off from everyone: "heç kimə zəng etməyəcəksən", the phone taken.
            r"(?:hec kime|hec kimse) zeng (?:etmeyeceksen|etmeyeceksiz|ede bilmezsen|"
            r"ede bilmeyeceksen|etmek olmaz)",
            _near(
                r"(?:звон\w*|телефон\w*|говор\w*|разговар\w*|zvon\w*|govor\w*)",
                r"(?:рядом|ryadom) (?:всегда |vsegda |постоянно |postoyanno )?(?:кто ?то|kto ?to|"
                r"стоит|stoit|сидит|sidit|он|она|они|хозяин\w*|начальник\w*)",
                8,
            ),
            r"(?:не может|не могла|не могут|ne mozhet|ne mogla) (?:\w+ )?(?:свободно|нормально|"
            r"svobodno|normalno) (?:говорить|разговаривать|govorit|razgovarivat)",
            _near(
                r"(?:call\w*|phone\w*|talk\w*|speak\w*)",
                r"(?:someone|somebody|a man|a woman|the boss|the employer|they|he|she) "
                r"(?:is |are )?(?:always |constantly |still )?(?:next to|beside|listening|"
                r"standing (?:next to|over|by)|sitting (?:next to|by)|in the room)",
                8,
            ),
            r"(?:can ?t|cannot|can not|couldn ?t|not allowed to) (?:talk|speak) (?:freely|alone|"
            r"openly|in private|privately)",
            r"borc\w*(?: \w+){0,2} (?:deyir|deyirler|dedi|dediler|iddia ed\w*|odemeliyem|"
            r"isleyib odeme\w*|cixir|yazib\w*)",
            _near(
                r"(?:borc\w*|patron\w*|isegoturen\w*|ev sahib\w*|usta\w*|agentlik\w*|zorla|"
                r"getir(?:diler|ibler|iblar)|"
                r"saxla(?:yir|yirlar|yib|yiblar)|bagla\w*|qoymur\w*|pasportum\w*|senedlerim\w*)",
                r"(?:(?:gede|cixa|qaca|qayida|isden cixa|gedib|cixib) (?:bilmir|bilmez|bilmer|"
                r"bilmeyecek)\w*|(?:getmek|cixmaq|qacmaq|qayitmaq) (?:olmur|mumkun deyil))",
                8,
            ),
            # Women's clothes sold ("qadın paltarı satırlar") are goods, not a woman sold.
            rf"(?:meni|bizi|onu|qiz\w*|qadin\w*|{AZ_WHO})(?: (?!(?:paltar|geyim|ayaqqab|canta|"
            r"etir|kosmetik|mehsul|esya|corab|mal)\w*)\w+)? (?:satdi|satdilar|satib|"
            r"satiblar|satir|satirlar|satacaq\w*|satmaq isteyir\w*)",
            # Hurt at work and kept from a doctor, so that no one learns of the work: "tikintidə
            # yıxıldı, xəstəxanaya aparmadılar", "не повезли в больницу", "won't take him to a
            # doctor".
            _near(
                r"(?:tikinti\w*|isle\w*|is yer\w*|ferm\w*|zavod\w*|sex\w*|usta\w*|patron\w*|"
                r"qanunsuz\w*|строик\w*|работ\w*|ферм\w*|цех\w*|хозя\w*|начальни\w*|бригадир\w*|"
                r"нелегал\w*|work\w*|site|farm|factory|boss|employer|illegal\w*)",
                r"(?:xestexana\w*|hekim\w*)(?: \w+)? (?:aparmadi\w*|aparmir\w*|aparmaz\w*|"
                r"getirmedi\w*|qoymadi\w*|qoymur\w*)|"
                r"не (?:везут|повезли|отвезли|вызвали|вызывают|пускают|пустили)(?: \w+)? "
                r"(?:в больниц\w*|к врач\w*|врач\w*|скор\w*)|"
                r"(?:didn ?t|did not|won ?t|wouldn ?t|refused to|don ?t|never) (?:take|took|let|"
                r"call|get) (?:(?:me|us|him|her|them) )?(?:go )?(?:to )?(?:a |the |an )?"
                r"(?:hospital|doctor|ambulance)",
                8,
            ),
            # ru: "не отпускают", "заперли", "заставляют работать", "не платят", debt.
            r"не (?:отпуска\w*|выпуска\w*)(?! в отпуск)",
            r"(?:выходить|выити|уходить|уити|уехат\w*) (?:\w+ )?нельзя|"
            r"нельзя (?:\w+ )?(?:выходить|"
            r"уходить|выити|уити)|(?:cixmaq|cole cixmaq|getmek) (?:olmaz|qadagandir)",
            r"не (?:дают|даст|дал|дали|разрешают|разрешает|позволяют|позволяет)(?: \w+)? "
            r"(?:уити|уехат\w*|выити|уволит\w*|вернут\w*|позвонит\w*|выходит\w*|уходит\w*|"
            r"домои|свободно|с работы|телефон)",
            r"(?:запер\w*|запира\w*|заперт\w*|взаперти|под замком|под охраноi|под охраной|"
            r"на ключ|закрыл\w* (?:меня|нас|его|ее|их|в)|закрывают (?:меня|нас|на ключ|на замок))",
            # Locked in for the night, the people left unsaid: "на ночь закрывают на замок".
            r"на ноч\w* (?:\w+ ){0,2}(?:закрыва|запира)\w* (?:на замок|на ключ|меня|нас|их|людеи)",
            # Locked from outside, and going out forbidden: "дверь закрывают снаружи",
            # "выходить за ворота запрещают".
            r"(?:закрыва|запира|закрыл|запер)\w* (?:\w+ )?снаружи|"
            r"снаружи (?:\w+ )?(?:закрыва\w*|запира\w*|заперт\w*|закрыт[аоы])\b",
            # Out only with the boss's leave: "выходить за ворота без его разрешения нельзя".
            r"(?:выходит|выити|уходит|уити)\w*(?: \w+){0,4} без (?:его |ее |их |хозяи\w* |"
            r"начальни\w* )?(?:разрешени|ведома|спрос)\w* (?:нельзя|запрещ\w*|не пуска\w*)",
            r"(?:выходит|выити|уходит|уити|уезжат|уехат)\w*(?: \w+){0,3} (?:запреща\w*|"
            r"запрещено)|запреща\w* (?:\w+ )?(?:выходит|уходит|выити|уити|уезжат)\w*",
            # Not even to town: "в город выезжать запрещено" (leaving the country is the
            # entry-exit question, not a person kept).
            r"(?:в город|в поселок|в село|с участка|с фермы|с объекта) (?:\w+ )?(?:выезжат|"
            r"выходит|уезжат)\w* (?:\w+ )?(?:запреща\w*|запрещено|нельзя|не дают)",
            # Cannot get out, the door locked: "не может выйти из квартиры, дверь закрыта".
            _near(
                r"не (?:может|могу|можем|могут|можете) (?:\w+ )?(?:выити|уити|выбраться|выходить)",
                r"двер\w* (?:\w+ )?(?:закрыт\w*|заперт\w*|на замке|на ключ\w*)",
                6,
            ),
            # "нас закрывают на ночь на складе": the people first, then where or how long.
            r"(?:меня|нас|его|ее|их) (?:\w+ )?(?:закрыва\w*|закрыл\w*|запира\w*) "
            r"(?:на ноч\w*|на ключ|снаружи|в|во|на)",
            rf"(?:держат|держит|удерживают|удерживает) (?:\w+ )?(?:{RU_WHO}|насильно|силои|"
            r"взаперти|в доме|в квартире|на строике|на ферме|на поле|в подвале|на заводе|"
            r"на объекте)",
            r"(?:заставля\w*|принужда\w*|вынужда\w*|заставил\w*|принудил\w*)(?: \w+){0,2} "
            r"(?:работа\w*|труди\w*|жит\w*|спат\w*|остават\w*|отрабатыва\w*|подписа\w*|"
            r"перевоз\w*|перевез\w*|возит\w*|носит\w*|продава\w*|доставля\w*|прят\w*)",
            # Sexual exploitation is rarely named: "made to serve the clients", "to go with men".
            r"(?:заставля\w*|принужда\w*|вынужда\w*|заставил\w*|принудил\w*)(?: \w+){0,3} "
            r"(?:обслужива\w*|встреча\w*|развлека\w*|танцева\w*|ублажа\w*|"
            r"(?:с|к) (?:мужчин|клиент|гост)\w*|делать другое|другим|иначе|по-другому|по другому|"
            r"(?:оказыва\w* )?(?:интим|секс|проститу|эскорт)\w*)",
            # Forced labour named is a topic (below): "что такое принудительный труд" asks a word.
            r"(?:рабств\w*|рабами|как раба|как рабов|"
            r"продали (?:меня|нас|ее|его)|продал\w* (?:меня|нас)|жертв\w* торговл\w* людьми|"
            # "Подругу продали", "продали сестру": a person sold, said of someone else.
            # A pronoun there is as often a flat or a car sold ("хозяин её продал").
            rf"(?!(?:его|ее|их) ){RU_WHO} (?:\w+ )?(?:продали|продал|продала)|"
            rf"(?:продали|продал|продала) (?!(?:его|ее|их)\b){RU_WHO})",
            # Brought here and sold: "девушку из нашего города привезли в Баку и продали".
            rf"(?!(?:его|ее|их) ){RU_WHO}(?: \w+){{0,4}} (?:привез\w*|увез\w*|вывез\w*)"
            r"(?: \w+){0,3} (?:и|а) (?:\w+ )?(?:продали|продал|продала)\b",
            # "Девушек привезли в салон, а теперь их продают клиентам", "торгуют людьми".
            _near(
                r"(?:девуш\w*|девоч\w*|женщин|женщинами|людеи|людьми|детеи|детьми|девчон\w*)",
                r"(?:продают|продает|продавали|продадут|продаст|торгуют|торгует|торговали)",
                8,
            ),
            r"(?:их|ее|нас|меня) (?:\w+ )?(?:продают|продает|продавали) (?:клиент|мужчин|гост)\w*",
            r"(?:работа\w*|пашу|пашем|трудимся)(?: \w+){0,2} (?:бесплатно|без (?:оплаты|зарплаты|"
            r"денег|выходных и оплаты))",
            r"(?<!я )не (?:платят|платит|платили|платил|выплачива\w*|выплатил\w*|заплатили|"
            r"отдают|дают)(?: \w+)? (?:зарплат\w*|деньги|денги|денег|за работу|мне|нам|"
            r"\d+ месяц\w*|уже|ни копеики|ничего)",
            r"зарплат\w* (?:не (?:платят|платит|выплачивают|дают|отдают)|\d+ месяц\w* не)",
            r"(?:говор\w*|сказал\w*|считает|считают)(?: что)? (?:я|мы) (?:\w+ )?(?:долж\w*)",
            r"(?:отрабатыва\w*|отработат\w*) (?:\w+ )?долг\w*",
            r"долг\w* (?:\w+ )?(?:отрабатыва\w*|отработа(?!л)\w*)",
            # Worked for a debt that never shrinks, flight threatened: "borcumu ödəmək üçün
            # gecə-gündüz işlədirlər, borc azalmır, qaçsam ailəmə pis olacaq".
            r"borc\w* (?:\w+ ){0,2}(?:odemek|qaytarmaq|baglamaq) ucun(?: \w+){0,3} "
            r"(?:isledir|isletdir|zorla isled|calisdir)\w*",
            _near(
                r"(?:isled|islet|isleyir|calisdir)\w*",
                r"borc\w* (?:\w+ )?(?:azalmir|bitmir|artir|coxalir|boyuyur|qurtarmir)\w*",
                8,
            ),
            r"(?:qacsam|qacarsam|qacmaga calissam|qacmaq istesem)(?: \w+){0,3} (?:aile|ana|ata|"
            r"usaq|qohum|baci|qardas|evdekiler)\w*(?: \w+)? (?:pis|zerer|ziyan|bir sey|bela)",
            r"если (?:я |мы )?(?:сбегу|сбежим|убегу|убежим|уиду|уидем|уеду|уедем)(?: \w+){0,3} "
            r"(?:семье|семью|родным|родных|маме|маму|детям|детеи|родителям|родителеи)\w*"
            r"(?: \w+)? (?:будет плохо|плохо будет|навредят|достанется|конец|найдут|тронут)",
            r"долг\w* (?:\w+ )?(?:не уменьшается|не уменшается|только раст[её]т|раст[её]т|не "
            r"кончается|не заканчивается)",
            # "Уйти можно только когда всё вернём": going tied to paying back.
            r"(?:уити|уехат\w*|уеду|отпуст\w*)(?: \w+){0,2} только (?:когда|после того как) "
            r"(?:\w+ ){0,2}(?:верн|отда|выплат|отработа|погас)\w*",
            # "Leave only when I pay back the debt": going tied to the debt.
            r"(?:уехат\w*|уити|уеду|уедешь|уидешь|отпуст\w*|вернуться домои)(?: \w+){0,4} "
            r"(?:когда|пока не) (?:\w+ )?(?:верн|отда|выплат|отработа|погас)\w* (?:\w+ )?долг\w*",
            _near(
                r"(?:долг\w*|должен|должна|должны|(?:х|кс)озя\w*|работодател\w*|начальни\w*|"
                r"бригадир\w*|заперт\w*|угрож\w*|охран\w*|агент\w*|не платят|не отпуска\w*)",
                r"(?:не могу|не можем|не может|не могут) (?:\w+ )?(?:уити|уехат\w*|выити|"
                r"уволит\w*|сбежат\w*|вернут\w* домои|бросит\w* работу)|"
                # Said the other way round: "уйти не могу, говорят долг".
                r"(?:уити|уехат\w*|выити|уволит\w*|сбежат\w*) (?:\w+ )?(?:не могу|не можем|"
                r"не может|не могут)",
                8,
            ),
            # Locked in at night with the workers inside.
            r"lock(?:s|ed|ing)? (?:\w+ ){0,5}with (?:me|us|them|her|him) (?:still )?inside",
            # en: "they don't let me leave", "locked in", "forced to work", "owe him money".
            rf"{EN_NOT} (?:let|letting|allow|allowing) {EN_WHO}(?: to)? (?:leave|go|out|quit|"
            r"resign|move|return|travel|see|call|use|have|contact|speak|talk|rest)",
            r"(?:not|never|aren ?t|isn ?t|m not) (?:allowed|permitted) to (?:leave|go out|go home|"
            r"go anywhere|quit|resign|call|use (?:my|a|the) phone|contact|talk)"
            r"(?! (?:the )?(?:country|azerbaijan)\b)",
            r"lock(?:s|ed|ing)? (?:me|us|her|him|them)(?: \w+){0,3} from (?:the )?outside|"
            r"(?:door|doors|room|gate) (?:is |are |was |were |gets |get |is always |stays )?"
            r"locked from (?:the )?outside",
            r"(?:locked (?:in|up|inside)|lock(?:s|ed|ing)? (?:me|us|them|her|him) (?:in|up|"
            r"inside)|"
            r"locks? the door)",
            r"(?:keep|keeps|kept|keeping) (?:me|us|her|him|them) (?:locked|inside|in the|there|"
            r"here|"
            r"prisoner|captive|against)",
            r"(?:can ?t|cannot|can not|unable to|not able to|afraid to) (?:leave|go out|get out|"
            r"escape|run away) (?:of )?(?:the |this |my )?(?:house|apartment|flat|room|farm|site|"
            r"building|factory|compound|place|workplace|restaurant|hotel|villa|camp)",
            _near(
                r"(?:owe|owes|owed|debt|debts|boss|employer|owner|agency|agent|recruiter|locked|"
                r"guards?|threat\w*|beat\w*|forced|pay me|paid)",
                r"(?:can ?t|cannot|can not|unable to|not able to|afraid to) (?:\w+ )?(?:leave|"
                r"go out|get out|escape|run away|quit|resign|go home|stop working|go anywhere|"
                r"go outside)",
                8,
            ),
            r"(?:forced to (?:work|stay|do|have|marry|sleep|sign)|forc(?:e|es|ed|ing) "
            r"(?:me|us|her|him|them) to|makes? (?:me|us|her|him|them) work (?:without|for free|"
            r"unpaid|\d+|day|night|every)|work(?:ing|s|ed)? (?:\w+ )?(?:for free|without "
            r"(?:pay|salary|wages|payment|money))|unpaid (?:for )?(?:\d+|two|three|four|five|six) "
            r"(?:months|weeks)|slaves?|slavery|trafficked|debt bondage|"
            r"(?:sold|selling|sells) (?:me|us|her|him|them))",
            rf"(?:sold|selling|sells) {EN_WHO}(?: \w+){{0,3}} (?:as|to)\b",
            # "Someone is selling girls from my country to clubs": people sold, no pronoun.
            r"(?:sell|sells|selling|sold) (?:\w+ )?(?:girls|women|young women|people|children|"
            r"kids|babies|migrants|workers)(?! ?s? (?:clothes|clothing|shoes|bags|products|goods|"
            r"items|wear|fashion|cosmetics|perfume|tickets|food|books|toys))",
            r"(?:made|forced|pushed|pressured|being made|being forced) "
            r"(?:me |us |her |him |them )?to (?:entertain|serve|sleep with|go with|be with|"
            r"dance for|meet|please|have sex)"
            r"(?: \w+)? (?:guests|clients|customers|men|visitors)",
            r"forc\w* (?:me|us|her|him|them) into (?:sex|prostitution|marriage|work|labou?r)",
            # Told of a third person without the pronoun: "she's being forced into prostitution".
            r"(?:forced|coerced|pushed|tricked|lured|sold) into (?:sex\b|sex work|the sex trade|"
            r"prostitution|escort\w*|forced labou?r|slavery|marriage)",
            r"(?:fahiseliy|fahiselik|seks isin|intim xidmet)\w*(?: \w+){0,2} (?:mecbur|zorla|"
            r"sovq)\w*",
            # "they're making me sleep with clients": made to, without the "to".
            rf"(?:making|make|makes|made|forcing|force|forces|forced) {EN_WHO} "
            r"(?:to )?(?:sleep with|have sex with|go with|be with|entertain|serve) (?:the )?"
            r"(?:clients|customers|guests|men|visitors)",
            r"(?:making|made|make|makes|forcing|forced|force|forces|pushing|pushed) "
            r"(?:me|us|her|him|them) (?:to )?(?:work |be |go )?(?:as )?(?:an? )?"
            r"(?:escorts?|prostitutes?|sex workers?|hostess\w*)",
            r"(?:say|says|said|claim|claims|claimed|tell|tells|told) (?:me |us )?(?:that )?"
            r"(?:i|we|she|he) (?:owe|owes|must pay back|have to pay back|have to work off)",
            r"work(?:ing)? off (?:the |my |a |our )?debt",
            # Made to work off a cost that is never done: "go home only after working off
            # the visa costs", "the debt keeps growing".
            r"(?:go home|leave|quit|go back|return home)(?: \w+){0,2} only (?:after|when|once|if) "
            r"(?:(?:i|we|he|she|they) )?(?:pay|paid|paying|repay\w*|work off|working off|"
            r"give back|giving back)",
            r"work(?:ing)? off (?:the |my |a |our |their |his |her )?(?:\w+ ){0,2}(?:costs?|"
            r"debts?|fees?|loans?|tickets?|expenses|flights?)\b",
            r"(?:debt|debts|what (?:i|we) owe)(?: \w+){0,2} (?:keeps|kept|keep) (?:growing|"
            r"increasing|going up|rising|getting bigger)",
            r"until (?:i|we|she|he|they) (?:pay|repay|work) (?:\w+ )?(?:back|off)",
            r"work(?: \w+){0,3} to (?:pay|cover|repay) (?:off |back |for )?(?:the |my |our |his |"
            r"her )?(?:ticket|debt|visa|flight|recruitment|fees?|agency|travel|transport|housing|"
            r"documents)",
            r"(?:before|until) (?:i|we|she|he|they) (?:can|could|may|am allowed to|are allowed to)"
            r" (?:go home|leave|quit|go back|return home)",
            r"(?:stuck|trapped|held|kept) (?:in|inside) (?:a|the|this|their|his|her) "
            r"(?:house|flat|apartment|room|basement|villa|compound|farm|building)",
            rf"{EN_NOT} (?:been )?(?:paid|paying|pay) (?:me|us|him|her|them|my salary|our salary|"
            r"my wages|our wages|wages|salary|anything|for \d+)",
            # "I never paid" (the fee) is the asker's own omission; "never been paid" is wages.
            r"(?:haven ?t|hasn ?t|have not|has not|not|never) (?:been |got |gotten )paid",
            r"(?<!\bi )(?<!\bwe )(?<!\bi ve )(?<!\bwe ve )"
            r"(?:haven ?t|hasn ?t|have not|has not|not|never) paid",
            # Handed on to someone else like goods: "её хотят передать другому человеку".
            r"(?:хотят|хочет|собираются|собирается|грозят\w*|решили) (?:\w+ )?(?:передать|"
            r"продать|перепродать|отдать) (?:\w+ )?(?:другому|другим|кому то|новому) "
            r"(?:человеку|хозяину|хозяевам|людям|мужчине)",
            r"(?:want|wants|going|plan\w*|threaten\w*) to (?:hand|pass|sell|give) (?:me|her|him|us"
            r"|them) (?:over |on )?to (?:another|other|a new|some other) (?:man|person|people|"
            r"boss|owner|family|group)",
            r"(?:basqa|diger) (?:adama|birine|sahibe|kisiye|adamlara) (?:vermek|oturmek|satmaq) "
            r"(?:isteyir|fikrindedir|qerar)\w*",
            # Told she must now meet men or clients: "indi deyirlər kişilərlə görüşməlisən".
            r"\b(?:kisi|musteri|qonaq)\w*(?: ile| la| le)? (?:gorusmeli|yatmali|getmeli|olmali|"
            r"xidmet etmeli|eylendirmeli)\w*",
        ),
        topic=(
            r"(?:insan alver\w*|buraxmir(?:lar)?)",
            # A neighbour's sign of someone kept: "I've never seen her go out".
            r"never (?:\w+ )?(?:seen|see|saw) (?:her|him|them) (?:go|going|leave|leaving|"
            r"step\w*) (?:out|outside)",
            r"(?:торговл\w* людьми|принудительн\w* (?:труд|работ)\w*)",
            r"(?:human trafficking|trafficking|forced labou?r)",
        ),
        together=(
            ("holder", "confined"),
            ("holder", "unpaid"),
            ("debt", "confined"),
            ("holder", "debt"),
            ("unpaid", "confined"),
        ),
    ),
    Kind(
        "violence",
        event=(
            rf"{AZ_WHO}(?: \w+){{0,2}} (?:doy(?:ur|du|ub|mus|ecek)\w*|vur(?:ur|urlar|du|dular|ub|"
            r"ublar)|incid(?:ir|irler|di|ib)\w*|oldurecek\w*|olduruler\w*)",
            r"(?:doyul(?:dum|uruk|urem|ur|ub|du|mus)\w*|doyur(?:ler|lar)?|doydu\w*|doyub\w*|"
            r"hedele(?:yir|yirler|yirlar|di|diler|dilər|yib|yibler)\w*|"
            r"tehdid (?:edir|edirler|etdi|etdiler|edib|edibler|olunuram|altinda)\w*|"
            r"qorxud(?:ur|urlar|du|dular|ub|ublar)\w*|oldur(?:mekle|ecey|eceg|ecek|erem)\w*|"
            r"tecavuz\w*|zorlad\w*|zorlay\w*|iskence\w*|cinsi (?:tecavuz|qisnama|zoraki)\w*|"
            r"ezab ver(?:ir|irler|di)\w*|tehqir ed(?:ir|irler|di)\w*)",
            # Sexual advances forced on one: "zorla yaxınlaşır, gecə otağıma girir".
            r"zorla (?:\w+ )?(?:yaxinlas|toxun|qucaql|opm|opur)\w*",
            r"gece(?:ler)? (?:\w+ )?otag(?:im|ima|imda|imiza|imizda)\w* (?:gir|soxul)\w*",
            r"(?:ночью|по ночам) (?:\w+ )?(?:заходит|заходят|вламыва\w*|ломится|ломятся|лезет|"
            r"лезут) (?:\w+ )?(?:ко мне|в мою комнату|к нам)",
            r"(?:comes?|came|sneaks?|walks?|barges?|keeps coming) (?:in)?to my (?:room|bed) "
            r"(?:\w+ )?at night",
            r"forc\w* (?:himself|herself|themselves) on (?:me|her|us)",
            # A threat to set one's home on fire: "evimə od vuracaqlarını deyirlər".
            r"(?:evime|evimize|evine|evinize|evinizi|evini|evimi|eve) od (?:vuracaq|vurarlar|"
            r"vuracam|vurariq|"
            r"vuracag)\w*",
            # ru (folded: "бьёт" is "бет", "бьют" is "бют", "убьёт" is "убет"). "Бет" only
            # beside who beats or is beaten: the Cyrillic reading of Latin text makes it of
            # the English "bet" and of "BƏT", the ILO's name in Azerbaijani.
            r"(?:(?:меня|нас|ее|его|их|он|она|они|муж\w*|жена|хозя\w*|начальни\w*|бригадир\w*|"
            r"отец|отчим|мать|брат|сын|работодател\w*|шеф|босс) (?:\w+ )?бет|бет (?:\w+ )?(?:меня|"
            r"нас|ее|его|их|мою|моего|жену|детей|ребенка|сына|доч\w*)|"
            r"бют|избил\w*|избива\w*|ударил\w*|ударяет|побил\w*|побои|бил (?:меня|нас|ее|"
            r"его)|"
            r"изнасил\w*|домогает\w*|домогал\w*|пристает|пристают|приставал\w*|душил\w*|пинал\w*|"
            r"издевает\w*|издевал\w*|пытают|пытали|убю|убет|убют|убить (?:меня|нас|ее|его)|"
            r"поднимает руку|поднял руку|(?:толкнул|толкает|толкают|швырнул|швыряет)\w* "
            r"(?:меня|нас|ее|его|их))",
            r"(?:uz|bas|goz|burn|qarn|bel|qol|ayag|sine|qulag|qabirga|dis)\w*(?: \w+)? "
            r"(?:vur(?:ur|urlar|du|dular|ub|ublar)|yumruq\w*|sille\w*|tepik\w*|itele\w*)",
            r"(?:meni|bizi|onu|\w+imi|\w+umu) (?:\w+ )?(?:itele(?:di|diler|yib|yir|yirler)|"
            r"tepikle\w*|yumruqla\w*|silleled\w*)",
            r"(?<!что )(?<!чем )(?:угрожа(?:ет|ют|л|ла|ли)|грозится|грозятся|грозил\w*)(?! ли)",
            # A hand raised at someone, the person named in between: "поднимает на меня руку".
            r"подн(?:има|ял|яла|яли)\w* на (?:меня|нас|нее|него|жену|мать|детеи|ребенка) руку",
            r"(?:mene|bize|ona|usaqlara|usaga) (?:\w+ )?el qaldir\w*",
            r"rais\w* (?:his|her|their|a) hand (?:to|against|at) (?:me|us|her|him|my)",
            r"(?:мне|нам|ему|еи) (?:\w+ )?(?:угрожают|угрожает|угрожали)",
            r"(?:zerer|ziyan|pislik) (?:ver|yetir|ed)(?:ecey|eceg|ecek|erem|erik|ecem)\w*",
            r"(?:семье|семью|родным|родных|детям|детеи|матери)(?: \w+){0,2} (?:плохо будет|"
            r"навред\w*|достан\w*|пострада\w*|убь\w*|покалеч\w*)",
            r"(?:плохо будет|навредят|достанется|пострадают)(?: \w+){0,2} (?:семье|семью|родным|"
            r"родных|детям|детеи|матери|маме|жене|мужу)",
            r"(?:family|kids|children|mother|parents|wife|son|daughter)(?: \w+){0,2} (?:will|ll|"
            r"would|going to) (?:be hurt|get hurt|suffer|be harmed|be killed|pay)"
            r"|(?:hurt|harm|kill) (?:my|your|his|her|our|their) (?:family|kids|children|mother|"
            r"parents)",
            # A veiled threat to the family: "he says he knows where my family lives".
            r"(?:knows?|found out) where (?:my|our|his|her|their) (?:family|kids|children|"
            r"mother|parents|wife|husband) (?:lives?|are|is|stays?)",
            r"(?:знает|знают|узнал\w*) где (?:живет|живут|живёт) (?:моя |мои |наша |наши )?"
            r"(?:семья|родители|дети|мама|мать|жена)",
            r"(?:ailem|valideyn|usaq|anam|arvad|heyat yoldas)\w* (?:harada|harda) "
            r"(?:yasadig|qaldig)\w* (?:bil(?:ir|irler|irem|diyini)|oyren\w*)",
            # en
            r"(?:beat|beats|beaten|beating|hit|hits|hitting|kick(?:s|ed|ing)|slap(?:s|ped|ping)|"
            r"punch(?:es|ed|ing)|hurt|hurts|hurting|attack(?:s|ed|ing)|assault(?:s|ed|ing)|"
            r"rap(?:e|ed|es|ing)|abus(?:e|es|ed|ing)|harass(?:es|ed|ing)?|molest\w*|chok(?:e|es|"
            r"ed|"
            # "beat up my coworker": the particle between.
            r"ing)|tortur\w*|touch(?:es|ed|ing))(?: up)? " + EN_WHO,
            r"(?:hit|hits|punch\w*|slap\w*|kick\w*|beat|beats|struck|smash\w*)"
            r"(?: me| us| him| her| them)? (?:in |on |across )?(?:the |my |his |her |our |their )"
            r"(?:face|head|eyes?|nose|mouth|back|stomach|belly|neck|ribs|chest)",
            r"(?:pushed|shoved|threw|dragged) (?:me|us|him|her|them)(?! (?:to|into) (?:sign|work|"
            r"do|take|accept|pay|agree|quit|leave)\b)",
            r"(?:slap|hit|beat|kick|punch|shov)\w* (?:anyone|anybody|everyone|everybody|whoever)",
            # A broken nose or arm, in each language ("ayağını sındıracam", "сломал руку").
            r"(?<!\bi )(?<!\bwe )(?<!\bve )(?:broke|broken|break\w*) (?:my|her|his|our|your|their)"
            r" (?:nose|arms?|legs?|ribs?|"
            r"jaw|tooth|teeth|fingers?|hands?|head|wrist)",
            r"(?:ayag|qol|burn|dis|bas|qabirga|barmag|cene)\w* (?:\w+ )?sindir(?:acam|acag|acaq|"
            r"aram|di|dilar|ib|iblar|acaglar|acaqlar)",
            r"(?<!я )сломал\w* (?:\w+ )?(?:нос|руку|ногу|ребр\w*|челюст\w*|палец|пальцы|зуб\w*)",
            # The threat of it: "сломает мне руки", "переломают ноги".
            r"(?:сломает|сломают|переломает|переломают)(?: \w+)? (?:нос|руки|руку|ноги|ногу|"
            r"ребра|челюсть|кости|шею|пальцы)",
            r"(?:slap|hit|beat|kick|punch|push|shov)\w* (?:the |other )?(?:workers|people|"
            r"employees|staff|girls|women|maids|boys|kids|children)",
            r"(?:was|were|got|get|gets|getting|been|being|am|is|are|m|s|re) (?:\w+ )?(?:beaten|"
            r"attacked|assaulted|"
            r"raped|abused|harassed|molested|tortured|threatened|kidnapped)",
            rf"(?:threat(?:en|ens|ened|ening)) (?:{EN_WHO}|to)|death threats?|"
            r"kill (?:me|us|him|her)|(?:afraid|scared) (?:of|for) (?:him|her|them|my life|"
            r"my \w+ life)",
            # Blackmail told as happening to someone, not asked about as a word.
            r"шантажиру(?:ет|ют)|шантажировал\w*|santaj ed(?:ir|irler|ib|ibler)\b|"
            r"blackmail(?:s|ed|ing) (?:me|us|him|her|them|my|our)",
        ),
        topic=(
            # Blackmail, often with the papers a spouse or employer holds ("шантажирует:
            # пикнешь — вылетишь из страны"); asked about in general it is a word.
            r"шантаж\w*|santaj\w*|blackmail\w*",
            r"(?:zoraki\w*|zorakiliq\w*)",
            r"(?:насили\w*|жесток\w* обращени\w*|угроз\w*)",
            r"(?:domestic violence|violence|violent|abuse|abusive|sexual harassment)",
        ),
        together=(("holder", "harm"),),
    ),
    Kind(
        "child alone",
        event=(
            rf"{AZ_CHILD}(?: (?!(?:pasport|sened|vesiqe|kart|sexadet|icaze|viza|arayis)\w*)\w+)"
            r"{0,5} (?:(?:tek|tenha|valideynsiz) qal(?:ib|ir|di|mis)\w*|kimsesiz\w*|baximsiz\w*|"
            r"itib|"
            r"itkin\w*|yoxa cix\w*|atilib|atib ged\w*|qalib (?:tek|valideynsiz)|gelmeyib|"
            r"gelmedi|qayitmayib|qayitmadi|tapa bilmir\w*|tapilmir|tapa bilmerik|xeber yoxdur|"
            r"kucede qal(?:ib|ir|di|mis)\w*|kucede yat(?:ib|ir|di|mis)\w*)",
            r"(?:tek|valideynsiz|baximsiz|kimsesiz) qal(?:ib|di|mis)\w*",
            r"(?:tek|tenha|kimsesiz) (?:qoyub|qoydu|qoydular|qoyublar|buraxib|buraxdi)\w*",
            rf"{AZ_CHILD}(?: \w+){{0,4}} (?:tek(?:dir|dirler|dirlar|di|diler)|tekbasina qal(?:ib"
            rf"|ir|di|mis)\w*)",
            _near(
                AZ_CHILD,
                r"(?:harada oldug\w* bilmir\w*|haradadir bilmir\w*|hardadir bilmir\w*|"
                r"evden qac\w*|qacib|itkin dus\w*)",
                8,
            ),
            _near(
                r"(?:(?:1[0-7]|[5-9]) yasindayam|(?:1[0-7]|[5-9]) yasim var|men (?:1[0-7]|[5-9]) "
                r"yas\w*)",
                r"(?:tek\w*|tekbasina|valideynsiz|kimsesiz|yatmaga yer\w*|qalmaga yer\w*|"
                r"heckim\w* yoxdur|hec kim\w* yoxdur|pulum yoxdur|(?:geri )?qayit(?:di|ib)|"
                r"qoyub get\w*|ise qoy\w*|isledir\w*)",
                8,
            ),
            r"(?:оставил\w*|бросил\w*) (?:меня|нас|его|ее|их|ребенка|детеи|сына|дочь|дочку) "
            r"(?:\w+ )?(?:одного|одну|одних|без|на улице)",
            rf"{RU_CHILD}{RU_GAP_NO_DOC} (?:остал\w* (?:\w+ )?(?:один|одна|одни|без)|брошен\w*|"
            r"пропал\w*|потерялс\w*|исчез\w*|беспризорн\w*|не вернул(?:ся|ась|ись)|"
            r"не пришл?(?:ел|а|и)? домои|не можем наити|ночует (?:на|в) \w+|живет на улице|"
            r"на улице)",
            _near(
                RU_CHILD,
                r"(?:не знаем|не знаю) где (?:она|он|они|сеичас)|сбежал\w*|убежал\w*",
                8,
            ),
            # The parents gone is the child left: "родители куда-то пропали", "anası deport
            # olunub", "his parents were detained".
            _near(
                RU_CHILD,
                r"(?:родители|мама|мать|отец|папа)(?: \w+){0,3} (?:пропал\w*|исчез\w*|"
                r"не вернул\w*|депортир\w*|задержа\w*|арестова\w*)",
                8,
            ),
            _near(
                AZ_CHILD,
                r"(?:valideyn\w*|anasi|atasi)(?: \w+){0,3} (?:itib|itkin\w*|yoxa cix\w*|"
                r"deport olun\w*|saxlanil\w*|tutulub|qayitmayib|gelmeyib)",
                8,
            ),
            _near(
                EN_CHILD,
                r"(?:parents|mother|father|mom|mum|dad)(?: \w+){0,3} (?:disappeared|vanished|"
                r"went missing|(?:is|are) missing|never came back|(?:was|were|got) (?:deported|"
                r"detained|arrested))",
                8,
            ),
            _near(
                r"мне (?:1[0-7]|[5-9])(?: (?:лет|год\w*))?",
                r"(?:один|одна|одни|без родителеи|без взрослых|негде|некуда|никого нет|"
                r"не у кого|без денег|документов нет|нет документов|без документов|"
                r"никаких документов|документов никаких|уехал\w*|бросил\w*|оставил\w*)",
                8,
            ),
            r"(?:остал\w*|брошен\w*) (?:\w+ )?(?:один|одна|одни|без (?:родителеи|взрослых|"
            r"присмотра))",
            rf"{EN_CHILD}{EN_GAP_NO_DOC} (?:is|are|was|were|s|re|been|left|stays?|stayed|"
            r"remained|remains|got|went|has gone) (?:\w+ )?(?:alone|abandoned|on (?:his|her|"
            r"their) "
            r"own|by (?:him|her|them)sel(?:f|ves)|without (?:parents|a parent|adults|an adult|"
            r"anyone|anybody|a guardian|family)|left behind|missing\b(?! (?:a |some |the |his "
            r"|her |one )?(?:document|paper|passport|certificate|form|page)\w*))",
            r"unaccompanied (?:minor|child|children|kid|kids|boy|girl)",
            rf"{EN_CHILD}{EN_GAP_NO_DOC} (?:didn ?t|did not|hasn ?t|has not|never) "
            r"(?:come|came|return\w*|got) (?:back )?home",
            rf"{EN_CHILD}{EN_GAP_NO_DOC} (?:sleeping|sleeps|living|lives|begging|wandering|crying)"
            r" (?:in|on|at) (?:the |a )?(?:street|streets|park|station|bus station|metro|"
            r"market|square|airport)",
            rf"{EN_CHILD}{EN_GAP_NO_DOC} (?:no|without) (?:parents|adults|family|guardian|"
            r"one to look after)",
            r"(?:can ?t|cannot|couldn ?t) find (?:my|our) (?:son|daughter|child|kid|boy|girl)",
            _near(
                EN_CHILD,
                r"(?:don ?t|do not) know where (?:she|he|they) (?:is|are)|ran away|run away|"
                r"has gone missing|went missing",
                8,
            ),
            _near(
                r"(?:i am|i m|im) (?:1[0-7]|[5-9]|thirteen|fourteen|fifteen|sixteen|seventeen)\b",
                r"(?:alone|by myself|on my own|no parents|no family|nowhere to (?:sleep|stay|live|"
                r"go)|no one|nobody|no money)",
                8,
            ),
            r"(?:nobody|no one|noone) (?:is )?(?:\w+ )?(?:looking after|taking care of|"
            r"caring for)",
            r"(?:left|abandoned) (?:me|us|him|her|them|the child|the kids|the children|my \w+) "
            r"(?:alone|behind|here)",
        ),
        topic=(
            rf"{AZ_CHILD}{AZ_GAP_NO_DOC} (?:tek|tekbasina|valideynsiz|senedsiz|musayietsiz|"
            r"kimsesiz)",
            rf"{RU_CHILD}{RU_GAP_NO_DOC} (?:один|одна|одни|без (?:родителеи|взрослых|присмотра|"
            r"матери|отца|мамы|папы|опекун\w*|сопровождени\w*|документов))(?! раз)",
            rf"{EN_CHILD}{EN_GAP_NO_DOC} (?:alone|on (?:his|her|their) own|without (?:parents|"
            r"a parent|adults|an adult|anyone|a guardian|papers|documents))",
        ),
        together=(
            ("child", "no_adult"),
            ("child", "missing"),
            ("child", "confined"),
            ("minor_self", "exploited"),
            ("child", "exploited"),
        ),
    ),
    Kind(
        "police extortion",
        event=(
            # Money taken so that no report is written ("взяли 400 манат, чтобы не оформлять
            # протокол"), by police or by men who say they are from migration.
            r"(?:чтобы|чтоб) не (?:оформля|оформи|составля|состави|писа|выписа)\w* "
            r"(?:\w+ )?(?:протокол|штраф)\w*",
            _near(
                AZ_POLICE_MONEY,
                r"(?:pul|rusvet|\d+ manat|\d+ azn|manat|haqq)\w*(?: \w+)? (?:iste(?:yir|yirler|"
                r"yirlar|di|diler|dilər|yib|yibler)|teleb ed(?:ir|irler|di|ib)\w*|qopar\w*|"
                r"al(?:di|dilar|ib|iblar|ir|irlar)|yigir\w*|toplayir\w*)",
                4,
            ),
            r"rusvet (?:iste|teleb|al|ver)\w*",
            # A permit kept alive by money to an official: "icazəm ləğv olunmasın deyə hər ay
            # ona pul verməliyəm".
            r"(?:legv|redd|baglan|iptal)\w* (?:olunmasin|edilmesin|etmesinler|olmasin) deye"
            r"(?: \w+){0,4} pul\w* (?:ver|ode)\w*",
            # An official hinting that a permit or an application hangs on money for him:
            # "не продлят, если я не заплачу ему лично", "my application would get lost unless
            # I give him something extra".
            r"(?:если|пока) (?:я |мы )?не (?:заплачу|заплатим|дам|дадим|отдам)\w* (?:ему|еи|им|"
            r"сотрудник\w*|инспектор\w*) (?:\w+ )?(?:лично|наличн\w*|сверху|отдельно|в руки)",
            # "одобрят, только если я его «отблагодарю»": a thank-you as the price.
            r"(?:только |лишь )?если (?:я |мы )?(?:его|ее|их|ему|еи|им) (?:\w+ )?"
            r"(?:отблагодар|поблагодар|отбла)\w*",
            r"(?:only )?if i (?:properly |really )?(?:thank|reward) (?:him|her|them) "
            r"(?:properly|personally|generously|well)",
            r"(?:unless|if i don ?t|if we don ?t|if i do not) (?:i |we )?(?:give|pay|hand) "
            r"(?:him|her|them|the officer|the clerk|the inspector) (?:\w+ )?(?:something|extra|"
            r"cash|money|a little|some money|a tip|a gift|a bribe)",
            # "Pay him separately; if I don't, he will reject my application".
            _near(
                r"(?:ayrica |elave |cibe |sexsen )pul\w*",
                r"(?:vermesem|vermesek|vermesen|vermeseniz|odemesem|odemesek)(?: \w+){0,4} "
                r"(?:redd ed|imtina ed|baxmayacag|legv ed|gecikdir|deport)\w*",
                10,
            ),
            # "Give 500 and I'll issue it fast; don't, and I'll reject it": a price set on a
            # decision, with its refusal as the threat.
            r"(?:versen|verseniz|versez|odesen|odeseniz)(?: \w+){0,6} (?:vermesen|vermeseniz|"
            r"vermesez|odemesen|odemeseniz)(?: \w+){0,3} (?:redd|imtina|baxmayacag|legv|gecikdir|"
            r"deport|hebs|vermeyecey|vermerem|vermeyeceg)\w*",
            # "Without a 'thank-you' they won't approve my permit".
            r"без (?:\w+ )?(?:благодарност|подарк|магарыч|отката)\w*(?: \w+){0,4} "
            r"(?:не )?(?:одобр|пропуст|сдела|выда|оформ|дадут|подпиш|отказ|откаж)\w*",
            r"without (?:a |some |any |the )?(?:gift|present|tip|thank ?you|something extra|"
            r"little extra)(?: \w+){0,5} (?:refus|reject|deni|won ?t|will not|not approv|"
            r"not issu)\w*",
            r"(?:hediyye|hediyyesiz|cibe)\w*(?: \w+){0,4} (?:redd|imtina|vermeyecek|vermeyeceg|"
            r"baxmayacag|gecikdir)\w*",
            # Pay or be stopped: "плати 200 долларов или не пропустим" (at a border, an airport).
            r"(?:плати|заплати|платите|заплатите|дай|давай|дашь|гони)(?: \w+){0,2} (?:\d+|денег|"
            r"деньги|денги)(?: \w+){0,2} (?:или|иначе|а то) (?:\w+ )?(?:не )?(?:пропуст|выпуст|"
            r"впуст|посад|задерж|депорт|посадим)\w*",
            r"pay (?:us |me |him |them )?(?:\d+|money|cash)(?: \w+){0,2} or (?:we|they|he|she|you)"
            r"(?: ll| will| won ?t| will not| don ?t| do not| can ?t)? (?:not )?(?:let|arrest|"
            r"detain|deport|stop|send)\w*",
            # "For 200 dollars he will turn a blind eye to the overstay".
            _near(
                r"(?:закро\w*|закрыт\w*) глаза|turn\w* a blind eye|look\w* the other way|"
                r"goz yum\w*",
                r"(?:\d+|денег|деньги|денги|долл\w*|манат\w*|money|cash|dollars?|manat|pul\w*)",
                6,
            ),
            _near(
                AZ_POLICE_MONEY,
                r"(?:\d+ (?:manat|azn|dollar)|pul\w*|rusvet\w*)(?: \w+)? (?:ver(?:sen|mesen|seniz|"
                r"meseniz|sez|mesez)|ode(?:sen|mesen|seniz|meseniz))",
                8,
            ),
            # "Give me 300 manat and I'll fix it, or we'll throw you out of the country".
            r"(?:\d+ (?:manat|azn|dollar)\w*|pul\w*)(?: \w+){0,3} ver\w*(?: \w+){0,4} "
            r"(?:yoxsa|yoxsa ki|ya da)(?: \w+){0,4} (?:olkeden cixar|deport|hebs|polise ver|"
            r"buraxmar|buraxmayacag|kecirmer|kecirmeyeceg|qoymarig|qoymayacag)\w*",
            r"(?:seni|sizi) (?:\w+ )?(?:hebs\w*|deport\w*|polise\w*|miqrasiyaya\w*)(?: \w+)? "
            r"\w+(?:acam|ecem|acagam|eceyem|aram|erem)",
            r"(?:seni|sizi) (?:\w+ )?(?:buraxar\w*|buraxmaram|buraxmayacag\w*|apararam|apararig|"
            r"hebs edecey\w*|hebs edecem|hebs ederem|saxlayacag\w*|deport etdirer\w*)",
            rf"{RU_POLICE}(?: \w+){{0,5}} (?:требу\w*|проси\w*|просят|просил\w*|вымога\w*|взял\w*|"
            r"берут|хотят|хочет|забрал\w*|отобрал\w*|содрал\w*|сдирают)(?: \w+){0,3} "
            r"(?:денег|деньги|денги|взятк\w*|\d+|манат\w*|долл\w*|бабки|бабок|откуп\w*|плат\w*)",
            r"(?:плачу|платим|платил\w*|даю|даем|отдаю|отдаем|отдал\w*|"
            rf"дал\w*) (?:\w+ )?{RU_POLICE}"
            r"(?! штраф)",
            r"(?:вымога\w*|взятк\w*|откуп\w*) (?:\w+ )?(?:требу|прос|хот|вымог|дат|дал)\w*",
            _near(
                RU_POLICE,
                r"(?:дам|дашь|даст|дадим|заплачу|заплатишь|заплатим|отдам|отдашь|плати|заплати|"
                r"давай|дал|дали|заплатил\w*)(?: \w+){0,2} (?:\d+|денег|деньги|денги)"
                r"(?! (?:штраф|пошлин)\w*)",
                8,
            ),
            rf"{EN_POLICE}(?: \w+){{0,7}} (?:want|wants|wanted|demand\w*|extort\w*|"
            r"(?:asked|asking|ask|asks)(?: me| us)?(?: for)?|took|take|takes|taking|keep asking)"
            r"(?: \w+){0,3} (?:money|cash|a bribe|bribes?|payment|\d+)",
            _near(
                EN_POLICE,
                r"(?:pay|give)(?: \w+){0,2} (?:\d+|money|cash)(?: \w+){0,2} (?:or|otherwise)",
                8,
            ),
            _near(
                EN_POLICE,
                r"(?:pay|give|hand) (?:him|them|her|the officer|the police|the cop)(?: \w+){0,2} "
                r"(?:\d+|money|cash)(?! (?:\w+ )?(?:fine|fee|penalty|duty|tax))",
                10,
            ),
            _near(
                EN_POLICE,
                r"(?:unless|if (?:i|we) don ?t|if (?:i|we) do not) (?:i |we |you )?(?:pay|give)",
                10,
            ),
            r"(?:or|otherwise) (?:we|they|he|she|the police)(?: ll| will)? (?:take|arrest|detain|"
            r"deport|send|call)\w* (?:you|me|us|him|her)",
            r"(?:a |for a |for )?bribes?\b(?: \w+){0,4} (?:or|otherwise|to let|to release|"
            r"to not|not to)",
            r"(?:or|otherwise) (?:they|he|she|the police)(?: ll| will) (?:arrest|detain|deport)",
            r"(?:yoxsa|eks halda|olmasa)(?: \w+)? (?:deport|hebs|saxla|tut)\w*",
            r"(?:иначе|а то|или)(?: \w+)? (?:депорт|выдвор|задерж|посад|арест)\w*",
        ),
        topic=(
            r"(?:rusvet\w*)",
            r"(?:вымога\w*|взятк\w*)",
            r"(?:bribe\w*|extort\w*)",
        ),
        together=(("police", "money", "!fee"),),
        # "you can go if you pay", "pay today or you will be arrested": the "if" is the
        # bribe's or the threat's, not a question's.
        together_always=(
            ("police", "money", "release", "!fee"),
            ("police", "money", "says", "sanction", "!fee"),
        ),
    ),
)
