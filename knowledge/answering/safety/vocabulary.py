"""The fragments the danger patterns are built from: word classes shared by several kinds.

Who it happens to, the documents people hold on to, who holds them, the police, a child, in
Azerbaijani (folded: no diacritics), Russian (Cyrillic, folded at compile time) and English;
``_gap`` and ``_near`` to join them with free word order; and ``_CUES``, the classes a kind's
``together`` combinations name. Kept apart so that a kind reads as its own phrases, and a word
added to a class reaches every kind that uses it.
"""

from __future__ import annotations


def _gap(n: int) -> str:
    """Up to n words between two parts of a pattern."""
    return rf"(?: \w+){{0,{n}}}"


def _near(a: str, b: str, n: int = 3) -> str:
    """a and b within n words of each other, in either order (word order is free in az and ru)."""
    return rf"(?:(?:{a}){_gap(n)} (?:{b})|(?:{b}){_gap(n)} (?:{a}))"


# --- Word classes shared by several kinds ----------------------------------------------------

# English: someone it happens to, and the documents people hold on to.
EN_WHO = (
    r"(?:me|us|him|her|them|(?:my|our|his|her|their) (?:\w+ )?(?:husband|wife|son|daughter|"
    r"child|kid|brother|sister|friend|father|mother|dad|mum|mom|cousin|uncle|aunt|colleague|"
    r"workers?|employees?|partner|boyfriend|girlfriend|nephew|niece|relative|neighbou?r|"
    r"co ?workers?|workmates?|roommates?|flatmates?)s?)"
)
EN_DOCS = (
    r"(?:passports?|documents?|docs|papers|ids?|id cards?|residence (?:cards?|permits?)|"
    # "keeps a copy and the original too": the original is the passport itself; "the
    # original signed contract" is the employer's own copy of a paper, not one's identity.
    r"trc|work permits?|permit cards?|"
    r"originals?(?!(?: (?:signed|copy|paper|labou?r|work|employment|job))* (?:contracts?|"
    r"agreements?|receipts?|invoices?|leases?|diplomas?|certificates?|letters?)\b))"
)
EN_MINE = r"(?:my|our|his|her|their|all (?:of )?(?:my|our|the|their)|the|all|both|both our)"
EN_NOT = (
    r"(?:won ?t|wont|will not|don ?t|dont|do not|doesn ?t|doesnt|does not|didn ?t|did not|"
    r"never|not|refuses? to|refused to|refusing to|hasn ?t|has not|haven ?t|have not)"
)
EN_HOLDER = (
    r"(?:boss|employer|company|agency|agent|landlord|landlady|owner|manager|supervisor|"
    r"sponsor|recruiter|foreman|brigadier|host|family|master|he|she|they)"
)
EN_POLICE = (
    r"(?:police\w*|policem[ae]n|cops?|officers?|officials?|inspectors?|"
    r"migration (?:police|officers?|officials?|service|staff)|trafficpolice|"
    r"traffic (?:guy|cop|officer|man|inspector)s?)"
)
EN_CHILD = (
    r"(?:child|children|kid|kids|son|daughter|boys?|girls?|baby|babies|minor|minors|teens?|"
    r"teenagers?|nephew|niece|\d+ ?(?:years?|yrs?|y o|yo) old)"
)
# No document word in the gap: "my son's passport is lost" is a lost passport, not a lost child.
EN_GAP_NO_DOC = r"(?: (?!(?:passport|document|paper|permit|card|visa|certificate|id)\w*)\w+){0,4}"

# Russian, folded at compile time ("её" → "ее", "й" → "и", "ь" gone).
RU_WHO = (
    r"(?:меня|нас|его|ее|их|мужа|жену|сына|дочь|дочку|брата|сестру|друга|подругу|отца|мать|"
    r"маму|папу|родственник\w*|коллег\w*|сотрудник\w*|работник\w*|рабочих|земляк\w*|"
    r"племянни\w*|ребенка|детей|парня|девушку|знаком\w*|соседа|соседку)"
)
RU_DOCS = (
    r"(?:паспорт\w*|загранпаспорт\w*|загранник\w*|документ\w*|доки|докум\w*|удостоверени\w*|"
    r"внж|вид на жительство|вида на жительство|карт\w* (?:внж|резидент\w*)|разрешени\w* на работу|"
    r"id карт\w*|айди\w*)"
)
RU_HOLDER = (
    r"(?:работодател\w*|нанимател\w*|(?:х|кс)озя\w*|начальни\w*|бригадир\w*|шеф\w*|босс\w*|"
    r"прораб\w*|"
    r"агент\w*|фирм\w*|компани\w*|арендодател\w*|владел\w*|менеджер\w*|посредник\w*|"
    r"вербовщик\w*|директор\w*|он|она|они)"
)
RU_POLICE = (
    r"(?:полиц\w*|полисмен\w*|мент\w*|участков\w*|милиц\w*|сотрудник\w* (?:полиции|миграционн\w*|"
    r"гмс)|миграционн\w* полиц\w*|гаишник\w*|trafficpolice)"
)
RU_CHILD = (
    r"(?:ребенок|ребенка|ребенку|ребенком|дети|детеи|детям|сын|сына|сыну|сынок|дочь|дочка|дочку|"
    r"дочке|дочери|"
    r"малыш\w*|несовершеннолетн\w*|подрост\w*|мальчик\w*|девочк\w*|племянни\w*|"
    r"\d+ ?(?:лет|летн\w*|года|годовал\w*)|(?:лет|года) (?:1[0-7]|[1-9])(?!\d)|"
    r"парен\w*|пацан\w*|мальчишк\w*|"
    # An age said of someone ("ей 17"), not of money or of days.
    r"(?:еи|ему) (?:1[0-7]|[5-9])(?!\d)(?! (?:дн|час|недел|месяц|манат|тыс|долл|руб)\w*))"
)
RU_GAP_NO_DOC = (
    r"(?: (?!(?:паспорт|документ|свидетельств|виз|разрешени|внж|карт|справк)\w*)\w+){0,3}"
)
RU_NUM = (
    r"(?:\d+|один|одни|два|две|три|четыре|пять|шесть|семь|десять|пятнадцать|пару|несколько|сутки)"
)

# Azerbaijani, folded: ə→e ş→s ç→c ğ→g ı→i ö→o ü→u.
# A person as the object: "məni", "bizi", "ərimi", "qardaşımı", "oğlunu", "işçiləri".
AZ_WHO = (
    # Any "my X" in the accusative but things: "maşınımı saxladı" stopped a car.
    # A passport or papers kept are withheld documents, not a person held.
    r"(?:meni|bizi|onu|onlari|(?!(?:masin|avtomobil|avto|yuk|mal|cant|baqaj|telefon|noutbuk|"
    r"kart|pul|pasport|sened|vesiqe|diplom|sertifikat|arayis)\w*)\w+(?:imi|umu|imizi|umuzu)|"
    r"(?:erim|eri|arvadim|yoldasim|yoldasi|qardasim|qardasi|bacim|bacisi|oglum|oglu|qizim|"
    r"qizi|usagim|usaqlarim|dostum|dostu|atam|anam|qohumum|iscim|iscilerimiz|emekdasim|"
    r"hemyerlim|tanisim|qonsum|xalam|dayim|emim|nisanlim)\w*)"
)
# A person as the subject: "ərim", "qardaşım", "mən".
AZ_SUBJ = (
    r"(?:men|biz|o|(?:erim|arvadim|yoldasim|qardasim|bacim|oglum|qizim|usagim|usaqlarim|dostum|"
    r"atam|anam|qohumum|isci|emekdas|hemyerli|tanis|qonsu|xalam|dayim|emim|nisanli)\w*)"
)
# Documents in the accusative ("pasportumu", "sənədlərimi", "vəsiqəni").
AZ_DOCS = (
    r"(?:pasport|sened|vesiqe|sexsiyyet vesiqe|yasama icaze|is icaze|xarici pasport|id kart)"
    r"\w*[iu]"
)
AZ_HOLDER = (
    r"(?:isegoturen\w*|is veren\w*|patron\w*|mudir\w*|rehber\w*|ev sahib\w*|agentlik\w*|"
    r"briqadir\w*|brigadir\w*|vasiteci\w*|"
    r"sirket\w*|firma\w*|usta\w*|reis\w*|sahibkar\w*|mulkiyyetci\w*|menecer\w*|o|onlar)"
)
AZ_POLICE = (
    r"(?:polis\w*|(?<!kadrlar )(?<!kadr )sobe\w*|bolme\w*|sahe muvekkil\w*|miqrasiya\w*|dmx\w*|"
    r"emekdaslar\w*|trafficpolice)"
)
AZ_POLICE_MONEY = (
    r"(?:polis\w*|sahe muvekkil\w*|miqrasiya (?:polis|emekdas|isci|xidmeti emekdas)\w*|"
    r"emekdaslar\w*|trafficpolice|memur\w*)"
)
AZ_CHILD = (
    r"(?:usag\w*|usaq\w*|oglum\w*|qizim\w*|azyasl\w*|yetkinlik yasina catmayan\w*|korpe\w*|"
    r"balam\w*|\d+ yas\w*)"
)
AZ_GAP_NO_DOC = r"(?: (?!(?:pasport|sened|vesiqe|kart|sexadet|icaze|viza|arayis)\w*)\w+){0,3}"


# Cues: classes of words that together show a situation wherever they stand in the message
# ("the owner holds our passports", "паспорт не получу, пока не отработаю", "sənədlərimiz
# briqadirdədir"). A kind lists combinations of cues (``together``); "!name" means that cue
# must be absent. Like topics, a combination is silenced by a general question.
_CUES = {
    "police": (
        r"polic\w*|cops?|officers?|traffic (?:guy|cop|officer|man|inspector)s?|patrol\w*"
        r"|policem[ae]n|migration (?:officers?|police|"
        r"officials?)"
        r"|полиц\w*|полисмен\w*|милиц\w*|мент\w*|участков\w*|патрул\w*|сотрудник\w* (?:полиции|гмс"
        r"|миграционн\w*)|гмс|polis\w*|sahe muvekkil\w*|miqrasiya (?:polis|emekdas)\w*|"
        r"dmx emekdas\w*"
        r"|trafficpolice"
    ),
    "holder": (
        r"employers?|boss\w*|owners?|foreman|foremen|managers?|supervisors?|agency|agencies"
        r"|agents?|recruiters?|landlord\w*|landlady|sponsors?|host family|(?:the )?man who hired"
        r"|the (?:man|woman|family|people) (?:i|we) (?:work|stay|live|clean) (?:for|with)"
        r"|работодател\w*|нанимател\w*|(?:х|кс)озя\w*|начальни\w*|бригадир\w*|прораб\w*|шеф\w*"
        r"|босс\w*|агент\w*|агентств\w*|посредник\w*|вербовщик\w*|арендодател\w*|директор\w*"
        r"|isegoturen\w*|is veren\w*|patron\w*|mudir\w*|usta\w*|briqadir\w*|brigadir\w*"
        r"|sahibkar\w*|sahibi|ev sahib\w*|agentlik\w*|vasiteci\w*|reis\w*|menecer\w*|rehber\w*"
        r"|(?:the )?(?:man|woman|person|people|guy|one) who brought (?:me|us|her|him|them)"
        r"|(?:meni|bizi|onu|onlari) (?:bura )?getiren\w*|(?:меня|нас) (?:сюда )?привез\w*"
        r"|привезш\w*|привозил\w*"
    ),
    "documents": (
        r"passports?|documents?|docs|papers|ids?|id cards?|residence (?:cards?|permits?)"
        r"|паспорт\w*|загран\w*|документ\w*|доки|внж|pasport\w*|sened\w*|vesiqe\w*"
    ),
    "holding": (
        r"took|taken|takes|keeps?|kept|keeping|holds?|held|holding|has|confiscat\w*|withh\w*"
        r"|locked|safe|won ?t (?:give|return)|not (?:give|return)\w*|get (?:it|them) back"
        r"|забрал\w*|отобрал\w*|отнял\w*|держ\w*|удерж\w*|у него|у нее|у них|не отда\w*"
        r"|не верн\w*|не получу|не получим|не отдаст|сеиф\w*"
        r"|gotur\w*|alib\w*|aldi\w*|saxla(?:yir|yib|di|yacaq|yacag)\w*|vermir\w*|qaytarmir\w*"
        r"|yigib\w*"
        r"|elinde\w*|ozunde\w*|onda(?:dir|di)?|onlarda(?:dir|di)?|yanindadir|yanindadi|seyf\w*"
        r"|(?:isegoturen|patron|mudir|usta|menecer|briqadir|sahib|sahibkar|agentlik|ev sahib"
        r"|reis|vasiteci|rehber)\w*(?:de|da|dedir|dadir|dedirler|dadirlar)"
    ),
    "copy": r"doccopy|copy|copies|копи\w*|suret\w*|kopya\w*",
    "minor_self": (
        r"(?:i am|i m|im) (?:1[0-7]|[5-9]|thirteen|fourteen|fifteen|sixteen|seventeen)"
        r"(?! (?:years? )?(?:of|days|months|hours|manat|azn|km)\b)"
        r"|мне (?:1[0-7]|[5-9])(?: (?:лет|год\w*))?(?! (?:дн|час|месяц|манат)\w*)"
        r"|(?:1[0-7]|[5-9]) yas(?:indayam|im var|imdadir)|men (?:1[0-7]|[5-9]) yas\w*"
    ),
    "exploited": (
        r"brought (?:me|us|her|him) (?:here )?to work|(?:don ?t|do not|can ?t|cannot|never) "
        r"(?:go|went) to school|not (?:going|allowed) to school|no school"
        r"|sleep\w* (?:in|at|on) (?:the |his |her |their )?(?:shop|store|storage|storeroom|"
        r"kitchen|warehouse|workshop|site|floor|garage|basement)"
        r"|work\w* (?:all day|day and night|\d+ hours a day|for free|without pay)"
        r"|привез\w* (?:меня|нас|ее|его)(?: \w+)? работат\w*|(?:не хожу|не ходит"
        r"|не пускают) в школу"
        r"|сплю (?:в|на) (?:магазине|складе|кухне|полу|подвале|мастерскои)|работа\w* (?:весь день"
        r"|целыми днями|днем и ночью|без денег|бесплатно)"
        r"|isleme\w* ucun getir\w*|ise getir\w*|mektebe (?:getmir\w*|qoymur\w*|buraxmir\w*)"
        r"|(?:anbarda|dukanda|sexde|yerde|zirzemide) yatir\w*|seherden axsama\w* isle\w*"
    ),
    "harm": (
        r"hit|hits|beat\w*|push(?:ed|es)?(?! (?:me |us |him |her |them )?(?:to|into) )|shov\w*"
        r"|slap\w*|kick\w*|punch\w*|hurt\w*|injur\w*"
        r"|bruis\w*|bleed\w*|blood|broke my|burn(?:ed|t)|rap(?:e|ed)|touch(?:es|ed)? me|grop\w*"
        r"|бет|бют|бил\w*|избил\w*|ударил\w*|толкнул\w*|толкает|побои|синяк\w*|кров\w*"
        r"|(?<!я )сломал\w*"
        r"|изнасил\w*|домога\w*|трога\w*|doy\w*|vur(?:ur|du|ub)\w*|itele\w*|yarala\w*|qan\w*"
        r"|sindir(?!misam\b|dim\b|dik\b|misik\b)\w*|sinib|toxunur\w*|tecavuz\w*|dovdu\w*|dovur\w*|драк\w*|fight\w*"
    ),
    "confined": (
        # "can I tutor kids at weekends, or is that not allowed?" asks what the rules permit.
        r"won ?t let|don ?t let|doesn ?t let|(?<!\bis that )(?<!\bis it )not allowed|"
        r"can ?t leave|cannot leave|locked|lock"
        r"|guards?|guarded|trapped"
        # "stuck after our flight got cancelled": stranded by a flight, not held.
        r"|stuck(?! (?:\w+ ){0,4}(?:flight|flights|reys|рейс)\b)|escape|run away|ran away"
        r"|whoever leaves|if (?:i|we) leave"
        r"|can ?t go home|cannot go home|not allowed (?:out|to go)|нельзя (?:выходить|уходить|"
        r"уити)"
        r"|не выпуска\w*|не отпуска\w*|заперт\w*|запер\w*|охран\w*|сбежат\w*|убежат\w*|не дают"
        r"|qoymur\w*|buraxmir\w*|bagla\w*|kilid\w*|qaca bilmir\w*|cixa bilmir\w*|gede bilmir\w*"
        r"|muhafiz\w*"
        r"|not free to (?:leave|go)|watch(?:es)? (?:us|me|them|her|him) (?:all|day|every|"
        r"always)|never (?:goes|go|went|leaves|left|allowed) (?:out|outside)|doesn ?t (?:go"
        r"|leave) "
        r"(?:out|outside)|keeps? (?:a|the|this) (?:girl|boy|woman|child|kid|maid) (?:who|that"
        r"|from|in|at)|никогда не выход\w*|не выходит из дома|(?:cole|bayira|evden|cixa) "
        r"(?:cixmir\w*|bilmir\w*)"
    ),
    "unpaid": (
        r"not (?:been )?paid|haven ?t (?:been )?paid|hasn ?t paid|didn ?t pay|don ?t pay|"
        r"doesn ?t pay"
        r"|unpaid|no (?:salary|wages|pay)|without (?:pay|salary|wages)|for free"
        r"|not (?:received|gotten|got) (?:\w+ )?(?:wages|salary|pay|money)"
        r"|haven ?t (?:received|got|gotten) (?:\w+ )?(?:wages|salary|pay|money)"
        r"|не платят|не платит|не заплатил\w*|без оплаты|бесплатно|без зарплаты|зарплат\w* не"
        r"|денег не да\w*|не дают денег|не получаем зарплат\w*"
        r"|maas\w* vermir\w*|pul vermir\w*|pul odemir\w*|maassiz|pulsuz isle\w*"
    ),
    "debt": (
        r"owe|owes|owed|debt\w*|pay (?:him |them |her )?back|repay\w*|work (?:it )?off"
        r"|долг\w*|долж\w* (?:ему|еи|им|денег|деньги|денги|за|\d+)|отработ\w*"
        r"|долж(?:ен|на|ны) \w+(?:у|ю|ам|ям)\b"
        r"|borc(?!lu(?:dur|durmu)?\b)\w*|isleyib cixmali\w*"
    ),
    "expel": (
        r"deport\w*|expel\w*|send (?:me|us|him|her|them) back|sent back|kicked out of"
        r"|депорт\w*|выдвор\w*|вышл\w*|высыл\w*|отправ\w* (?:обратно|домои|на родину)"
        r"|olkeden cixar\w*|geri gonder\w*|qovacaq\w*|surgun\w*"
    ),
    "held": (
        r"detain\w*|arrest\w*|custody|held|cell|locked (?:in|up)|for (?:\d+|many|hours|days) hours"
        r"|задерж\w*|арест\w*|держат|изолятор\w*|камер\w*|сижу|сидим"
        r"|saxlan\w*|hebs\w*|tutul\w*|saatdir"
    ),
    "child": EN_CHILD + "|" + RU_CHILD + "|" + AZ_CHILD,
    "no_adult": (
        r"alone|by (?:him|her)self|no parents|no family|nobody|no one|begging|on the streets?"
        r"|sleeping (?:in|on|at)|homeless|no adults?|parents (?:were |are )?(?:deported|detained|"
        r"gone)"
        r"|один|одна|одни|без родителеи|никого|никто|некому|на улице|попрошаи\w*|беспризорн\w*"
        r"|ночует\w*"
        r"|tek|tekdir|valideynsiz|kimsesiz|heckim\w*|hec kim\w*|kucede|dilenir\w*|baximsiz\w*"
        r"|(?:anasi|atasi|valideynleri|ailesi) yoxdur|ac qal\w*|hungry|голодн\w*"
        r"|родител\w* рядом не видно|рядом (?:нет|не видно) родител\w*"
        r"|yaninda (?:\w+ )?valideyn\w* (?:gormedim|gormedik|gorunmedi|gorsenmir|yoxdur)"
        r"|no parents (?:around|in sight)"
        r"|parents(?: \w+){0,3} (?:gone|missing|disappeared|left|arrested|deported|detained)"
        r"|родител\w*(?: \w+){0,3} (?:нет|пропал\w*|забрали|уехали|выслали|депорт\w*|арест\w*)"
        r"|valideyn\w*(?: \w+){0,3} (?:gorunmur|yoxdur|yoxa cix\w*|gedib|qayitmayib|hebs\w*|"
        r"deport\w*|tutulub)"
    ),
    "missing": (
        r"not answering|no answer|doesn ?t answer|can ?t reach|no contact|don ?t know where"
        r"|disappeared|missing|не отвечает|не берет трубку|пропал\w*|не знаем где|нет связи|"
        r"исчез\w*"
        r"|didn ?t come (?:back|home)|hasn ?t come (?:back|home)|left home|never came back"
        r"|(?:has|have) not come (?:back|home)|phone is (?:off|switched off)|телефон выключен"
        r"|telefonu sonu\w*"
        r"|не вернул(?:ся|ась|ись)|уш(?:ел|ла|ли) из дома|сбежал\w*|убежал\w*"
        r"|evden qac\w*|geri qayitmayib|eve gelmeyib|qayitmayib"
        r"|cavab vermir\w*|elaqe yoxdur|xeber yoxdur|hardadir bilmir\w*|haradadir bilmir\w*"
        r"|itkin\w*"
        # "her mother cannot get through to her"
        r"|не (?:может|могу|можем|могут|можете) (?:до неё |до нее |до него |до них )?дозвонит\w*"
        r"|can ?t get through to|cannot get through to|zeng cat(?:mir|dira bilmir)\w*"
    ),
    "gone": (
        r"(?:has|have|hasn ?t|haven ?t|did not|didn ?t) (?:not )?(?:come|came) (?:back|home)"
        r"|phone is (?:off|switched off)|can ?t reach (?:him|her|them)|no contact with"
        r"|don ?t know where (?:he|she|they)|не вернул(?:ся|ась|ись)|телефон выключен|нет связи"
        r"|не знаем где (?:он|она|они)|xeber yoxdur|telefonu sonu\w*|elaqe yoxdur"
        r"|hardadir bilmir\w*|haradadir bilmir\w*"
    ),
    "money": (
        r"money|cash|bribe\w*|\d+ ?(?:manat|azn|dollars?|usd)|pay (?:him|them|her)"
        r"|денег|деньги|денги|взятк\w*|\d+ ?(?:манат\w*|долл\w*)|pul(?!suz)\w*|rusvet\w*"
        r"|\d+ ?manat"
    ),
    "release": (
        r"let (?:me|us|him|her|them) go|release\w*|or (?:we|they|he|she) (?:ll |will )?take"
        r"|отпуст\w*|отпуска\w*|иначе|buraxar\w*|burax(?:acaq|acag)\w*|protokol yazmar\w*"
        r"|otherwise|or else|(?:i|we) (?:can|may) go"
    ),
    "says": (
        r"says?|said|tells?|told|threaten\w*|warn\w*|говорит|говорят|сказал\w*|грозит\w*"
        r"|угрожа\w*|пугает|пугают|предупредил\w*|deyir\w*|dedi\w*|hedele\w*|qorxud\w*"
        r"|soyle\w*"
    ),
    "sanction": (
        r"deport\w*|expel\w*|arrest\w*|jail|prison|sent back|send (?:me|us) back|illegal"
        r"|tell (?:the )?(?:migration|police|immigration)|report (?:me|us|him|her|them|you)"
        r"|call (?:the )?(?:police|migration|immigration|cops)"
        r"|депорт\w*|выдвор\w*|вышл\w*|посад\w*|арест\w*|донес\w*|нелегал\w*"
        r"|(?:сдам|сдаст|сдат\w*|сдадут) (?:меня|нас|тебя|вас|его|ее|их|всех)"
        r"|заяв\w* в (?:полиц|миграц)\w*|deport\w*|surgun\w*|hebs\w*|olkeden cixar\w*|qanunsuz\w*"
        r"|hebse sal\w*"
        r"|(?:polise|miqrasiyaya|dmx\w*) (?:\w+ )?(?:ver|xeber|yaz|bildir|tehvil|sikayet|dey"
        r"|soyle)\w*|send (?:me|us|him|her|them) home"
        r"|(?:next|first) (?:plane|flight|bus) (?:home|back)|banned|blacklist\w*|black list"
        r"|cancel\w* (?:my|your|the|his|her|our|their) (?:permit|visa|residence|registration)\w*"
        r"|(?:вызов|вызыва|позвон|звони)\w* (?:\w+ )?(?:полиц|миграц|ментов|гмс)\w*"
        r"|(?:аннулир|лиш|отмен)\w* (?:\w+ )?(?:внж|разрешени\w*|визу|регистраци\w*)"
        # Thrown out of the country: "вылетишь из страны".
        r"|вылет(?:ишь|ите|ит|ят|ишь) (?:\w+ )?из (?:страны|азербаи?д?жан\w*)"
        r"|polis\w* cagir\w*|qara siyahi\w*|icaze\w* (?:legv|iptal)\w*"
        # "He'll hunt me down": the threat of being found if one leaves.
        r"|axtarib tapacaq\w*|(?:hunt|track) (?:me|us|you|her|him) down"
        r"|найд(?:ет|ут) (?:меня|нас|тебя|вас|ее|его) (?:везде|все равно|где угодно)"
    ),
    "defiance": (
        r"complain\w*|quit|quits|leave|leaves|resign\w*|tell anyone|go to (?:the )?police|sue"
        r"|runs? away|ran away|escape\w*|сбеж\w*|убеж\w*|qacsa\w*|qacsan\w*"
        r"|court|ask(?:ed)? for (?:my |our )?(?:salary|money|wages|pay|passport)|join|refuse\w*"
        r"|(?:don ?t|do not|won ?t|will not) (?:work|come|obey|agree|sign|stay)"
        r"|пожалу\w*|уволюсь|уволишься|уволитесь|уиду|уидешь|уидем|напишем|напишу|заявлени\w*"
        r"|напишешь|напишете|жалоб\w*"
        r"|пойду|пойдем|в суд|попрошу|откаж\w*|расскаж\w*|скажешь"
        r"|sikayet\w*|isden cixsan|getsen|getseniz|polise getsen|danissan|danissaniz|etiraz\w*"
        r"|pozsan|teleb etsen|istesen|\w+(?<!mis)(?<!mus)(?<!mi)(?<!mu)(?:san|sen|saniz|seniz"
        r"|sam|sem|saq|sek)"
    ),
    "fee": (
        r"fine|fee|fees|penalty|duty|cost\w*|price|tariff|штраф\w*|пошлин\w*|стоит|стоимост\w*"
        r"|cerime\w*|rusum\w*|qiymet\w*|neceye|haqqi"
    ),
}
