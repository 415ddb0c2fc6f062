"""Messages that show danger get the legal-help contacts first, before any FAQ answer.

A message shows danger when the person, or someone they write about, is detained, under an
expulsion order or threatened with deportation, has their passport held by an employer, landlord
or agency, is kept from leaving or forced to work, suffers violence, is a child left alone, or is
asked for money by the police.

How it is told:

- ``_KINDS`` is a table of the kinds of danger, each with patterns in Azerbaijani (written
  folded, as ``normalize`` leaves it: no diacritics), Russian (Cyrillic; folded at compile time,
  so "бьёт" is looked for as "бет") and English.
- A kind's **event** patterns name something that happens to someone: a past or present verb with
  a person ("polis məni saxlayıb", "забрали паспорт", "they don't let me leave"). They fire alone.
- Its **topic** patterns name the subject only ("deportation", "задержание", "uşaq təkbaşına"). A
  migrant in trouble often writes no more than that, but so does someone asking the rules. They
  fire unless the message reads as a **general question** (``_GENERAL``): a condition ("if",
  "əgər", "если", "-sam"), a modal ("can I be", "могут ли", "bilərmi"), or a question about the
  rule ("how long is the ban", "сколько лет", "neçə il"). The az endings ("-mı", "-sa/-sə")
  count only in a message not detected as English or Russian ("because", "visa", "chasa").
- Its **together** combinations name cues that show a situation wherever they stand in the
  message: an employer, a passport and a holding verb; a child and "no parents" or "begging";
  the police, money and "let you go". Like topics, a general question silences them. A threat
  (the employer *says* deportation will follow *if* one complains or leaves) is
  ``together_always``: its "if" is the threat's, not a question's.
- Distress ("help me", "помогите", "qorxuram") beside a topic overrides the general-question
  reading: a frightened person often asks "is this legal?".
- Look-alike phrases are put aside before matching (``_ASIDE``): a *copy* of a passport, the
  *traffic* police, a police *clearance certificate*, a *delayed flight*, a travel ban, an
  embassy holding a passport for a visa, a caller "from migration" (the scam), a child who
  *travels* alone, a supposition ("if I am detained", "saxlayıb yoxlasa").
- Russian typed in Latin letters ("menya zaderzhali") is matched on its Cyrillic reading too.

Deliberately broad within that: a false alarm costs a few lines of contacts, a missed one may
cost a person their freedom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.answering.danger_model import load_model
from knowledge.answering.langdetect import detect
from knowledge.answering.normalize import fold, normalize
from knowledge.answering.translit import looks_latin, to_cyrillic


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
    r"workers?|employees?|partner|boyfriend|girlfriend|nephew|niece|relative|neighbou?r)s?)"
)
EN_DOCS = (
    r"(?:passports?|documents?|docs|papers|ids?|id cards?|residence (?:cards?|permits?)|"
    r"trc|work permits?|permit cards?)"
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
    r"парен\w*|пацан\w*|мальчишк\w*)"
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
    r"(?:meni|bizi|onu|onlari|\w+(?:imi|umu|imizi|umuzu)|"
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
    r"(?:polis\w*|sobe\w*|bolme\w*|sahe muvekkil\w*|miqrasiya\w*|dmx\w*|emekdaslar\w*|"
    r"trafficpolice)"
)
AZ_POLICE_MONEY = (
    r"(?:polis\w*|sahe muvekkil\w*|miqrasiya (?:polis|emekdas|isci|xidmeti emekdas)\w*|"
    r"emekdaslar\w*|trafficpolice)"
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
        r"|sahibkar\w*|sahibi|ev sahib\w*|agentlik\w*|vasiteci\w*|reis\w*|menecer\w*"
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
        r"|reis|vasiteci)\w*(?:de|da|dedir|dadir|dedirler|dadirlar)"
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
        r"|бет|бют|бил\w*|избил\w*|ударил\w*|толкнул\w*|толкает|побои|синяк\w*|кров\w*|сломал\w*"
        r"|изнасил\w*|домога\w*|трога\w*|doy\w*|vur(?:ur|du|ub)\w*|itele\w*|yarala\w*|qan\w*"
        r"|sindir\w*|sinib|toxunur\w*|tecavuz\w*|dovdu\w*|dovur\w*|драк\w*|fight\w*"
    ),
    "confined": (
        r"won ?t let|don ?t let|doesn ?t let|not allowed|can ?t leave|cannot leave|locked|lock"
        r"|guards?|guarded|trapped|stuck|escape|run away|ran away|whoever leaves|if (?:i|we) leave"
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
        r"|olkeden cixar\w*|geri gonder\w*|qovacaq\w*"
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
        r"|заяв\w* в (?:полиц|миграц)\w*|deport\w*|hebs\w*|olkeden cixar\w*|qanunsuz\w*"
        r"|hebse sal\w*"
        r"|(?:polise|miqrasiyaya|dmx\w*) (?:\w+ )?(?:ver|xeber|yaz|bildir|tehvil|sikayet|dey"
        r"|soyle)\w*|send (?:me|us|him|her|them) home"
        r"|(?:next|first) (?:plane|flight|bus) (?:home|back)|banned|blacklist\w*|black list"
        r"|cancel\w* (?:my|your|the|his|her|our|their) (?:permit|visa|residence|registration)\w*"
        r"|(?:вызов|вызыва|позвон|звони)\w* (?:\w+ )?(?:полиц|миграц|ментов|гмс)\w*"
        r"|(?:аннулир|лиш|отмен)\w* (?:\w+ )?(?:внж|разрешени\w*|визу|регистраци\w*)"
        r"|polis\w* cagir\w*|qara siyahi\w*|icaze\w* (?:legv|iptal)\w*"
    ),
    "defiance": (
        r"complain\w*|quit|quits|leave|leaves|resign\w*|tell anyone|go to (?:the )?police|sue"
        r"|runs? away|ran away|escape\w*|сбеж\w*|убеж\w*|qacsa\w*|qacsan\w*"
        r"|court|ask(?:ed)? for (?:my |our )?(?:salary|money|wages|pay|passport)|join|refuse\w*"
        r"|(?:don ?t|do not|won ?t|will not) (?:work|come|obey|agree|sign|stay)"
        r"|пожалу\w*|уволюсь|уволишься|уволитесь|уиду|уидешь|уидем|напишем|напишу|заявлени\w*"
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
            # az: the police held, took or arrested someone; "I was detained".
            _near(
                AZ_POLICE,
                r"(?:saxla(?:di|dilar|yib|yiblar|yibler|yir|yirlar|mis|mislar)|"
                r"tut(?:du|dular|ub|ublar|ubler|mus|muslar)|"
                r"apar(?:di|dilar|ib|iblar|ibler|ir|irlar)|gotur(?:du|duler|dular|ub|ubler)|"
                r"yig(?:di|dilar|ib|iblar)|hebs ed\w*)",
                5,
            ),
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
                r"(?:vaxt|mohlet|gun|saat)\w* (?:verib\w*|verdi\w*|verilib|verildi|qalib|var)",
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
            r"(?:terk etmeyimi|terk etmeyimizi|terk etmesini|cixmagimi|cixmagimizi|getmeyimi|"
            r"getmeyimizi)(?: \w+){0,2} (?:teleb|iste|de|qerar|bildir|emr)\w*",
            r"deport (?:etdirecey\w*|etdirecek\w*|etdireceg\w*|etdirerem|etdirecem|"
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
            # A landlord's or boss's blackmail: "he'll write to migration that I'm illegal".
            r"(?:напишет|напишут|сообщит|сообщат|заявит|заявят|позвонит|позвонят|донесет|"
            r"донесут|настучит|настучат|пожалуется|пожалуются)(?: \w+)? (?:в|на|ментам|"
            r"властям) ?(?:миграц\w*|полици\w*|гмс|ментам|властям)?(?: \w+){0,2} "
            r"(?:что|будто) (?:я|мы|он|она|они|ты|вы) (?:\w+ )?(?:нелегал\w*|незакон\w*|"
            r"без документов|украл\w*|вор\w*)",
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
            r"(?:report|denounce|hand|turn) (?:me|us|him|her|them)(?: in)? (?:to|over to)",
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
            r"(?:deport\w*|sinirdan kenar\w*|olkeden (?:cixar|qov|kenarlas)\w*|"
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
        ),
        together=(("holder", "expel"),),
        # "the foreman says if we complain, everyone is deported": the "if" is the threat's.
        together_always=(("holder", "says", "sanction", "defiance"),),
    ),
    Kind(
        "documents withheld",
        event=(
            # az: "pasportumu götürüb / vermir / saxlayır / qaytarmır".
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
            r"aldilar|goturub\w*|goturdu\w*|elimden al\w*|elimizden al\w*)",
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
            r"у компани\w*|не отда\w*|не возвраща\w*|не вернул\w*|удерживает|удерживают|держит|"
            r"держат|прячет|прячут|забирает|забирают|не могу забрат\w*|не могу вернут\w*)",
            rf"{RU_DOCS}(?: \w+){{0,4}} (?:отдам|верну|отдаст|вернет|отдадут|вернут|отдаст) "
            r"(?:\w+ )?(?:только|когда|после|если|как|в конце)",
            r"(?:отдам|верну|отдаст|вернет|отдадут|"
            rf"вернут)(?: \w+){{0,2}} {RU_DOCS}(?: \w+){{0,2}} "
            r"(?:только|когда|после|если|как|в конце)",
            r"(?:отобрал|отобрали|отняли|отнял|забрал|забрали|отбирают)\w* (?:\w+ )?телефон\w*",
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
            rf"(?<!\bi )(?<!\bwe )(?:kept|keeps|keeping|holds|holding|held|withheld|withholds|"
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
            r"(?:otaga|evde|eve|icerde|iceride|qapini|qapilari|zirzemiye)(?: \w+)? "
            r"(?:bagla|kilidle)\w*",
            r"(?:bayirdan|colden|cixisi) (?:\w+ )?(?:bagla|bagli|qifill|kilidle)\w*",
            r"(?:islemeye|isletmeye|islemek ucun)(?: \w+)? (?:mecbur|zorla)\w*",
            r"(?:\d+|on|on iki|on bes|on alti|on sekkiz|iyirmi) saat (?:\w+ )?"
            r"(?:isled(?:ir|irler|irlar)|isletdir\w*)",
            r"(?:mecburi (?:islet|isle|emek)\w*|zorla(?: \w+){0,3} (?:islet|isled|saxla|evlendir|"
            r"apar|getir|isle)\w*|"
            r"mecbur ed(?:ir|irler|ib|ibler|di|diler)|qul kimi|kole kimi|"
            r"insan alver\w* qurban\w*)",
            r"(?:pulsuz|maassiz|odenissiz|pul vermeden|pul odemeden)(?: \w+){0,2} "
            r"(?:islet|isled|isleyir|isleyirik|isleyirem|calis)\w*",
            r"(?:maas|emek haqq|pul|hesab)\w*(?: \w+){0,3} (?:vermir(?:ler|lar)?|odemir(?:ler|"
            r"lar)?|"
            r"vermeyib\w*|odemeyib\w*|vermediler|odemediler|vermedi|odemedi|verilmir|odenilmir|"
            r"odenmir|"
            r"kesib\w*)(?! \w*(?:em|am|ik|iq)\b)",
            r"(?:isleyib|islemekle|isleyerek) (?:cixmali|odemeli|qaytarmali|cixarmali)\w*",
            _near(
                r"getir(?:diler|dilər|ib|ibler|iblar|di)",
                r"(?:isled(?:ir|irler|irlar|ib|ibler)|mecbur ed\w*|zorla\w*)",
                10,
            ),
            r"borc\w*(?: \w+){0,2} (?:deyir|deyirler|dedi|dediler|iddia ed\w*|odemeliyem|"
            r"isleyib odeme\w*|cixir|yazib\w*)",
            _near(
                r"(?:borc\w*|patron\w*|isegoturen\w*|ev sahib\w*|usta\w*|agentlik\w*|zorla|"
                r"saxla(?:yir|yirlar|yib|yiblar)|bagla\w*|qoymur\w*|pasportum\w*|senedlerim\w*)",
                r"(?:(?:gede|cixa|qaca|qayida|isden cixa|gedib|cixib) (?:bilmir|bilmez|bilmer|"
                r"bilmeyecek)\w*|(?:getmek|cixmaq|qacmaq|qayitmaq) (?:olmur|mumkun deyil))",
                8,
            ),
            rf"(?:meni|bizi|onu|qiz\w*|qadin\w*|{AZ_WHO})(?: \w+)? (?:satdi|satdilar|satib|"
            r"satiblar|satiblar)",
            # ru: "не отпускают", "заперли", "заставляют работать", "не платят", debt.
            r"не (?:отпуска\w*|выпуска\w*)(?! в отпуск)",
            r"(?:выходить|выити|уходить|уити|уехат\w*) (?:\w+ )?нельзя|"
            r"нельзя (?:\w+ )?(?:выходить|"
            r"уходить|выити|уити)|(?:cixmaq|cole cixmaq|getmek) (?:olmaz|qadagandir)",
            r"не (?:дают|даст|дал|дали|разрешают|разрешает|позволяют|позволяет)(?: \w+)? "
            r"(?:уити|уехат\w*|выити|уволит\w*|вернут\w*|позвонит\w*|выходит\w*|уходит\w*|"
            r"домои|свободно|с работы|телефон)",
            r"(?:запер\w*|запира\w*|заперт\w*|взаперти|под замком|под охраноi|под охраной|"
            r"на ключ|закрыл\w* (?:меня|нас|его|ее|их|в)|закрывают (?:меня|нас|на ключ))",
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
            r"(?:с|к) (?:мужчин|клиент|гост)\w*|делать другое|другим|иначе|по-другому|по другому)",
            r"(?:принудительн\w* (?:труд|работ)\w*|рабств\w*|рабами|как раба|как рабов|"
            r"продали (?:меня|нас|ее|его)|продал\w* (?:меня|нас)|жертв\w* торговл\w* людьми)",
            r"(?:работа\w*|пашу|пашем|трудимся)(?: \w+){0,2} (?:бесплатно|без (?:оплаты|зарплаты|"
            r"денег|выходных и оплаты))",
            r"(?<!я )не (?:платят|платит|платили|платил|выплачива\w*|выплатил\w*|заплатили|"
            r"отдают|дают)(?: \w+)? (?:зарплат\w*|деньги|денги|денег|за работу|мне|нам|"
            r"\d+ месяц\w*|уже|ни копеики|ничего)",
            r"зарплат\w* (?:не (?:платят|платит|выплачивают|дают|отдают)|\d+ месяц\w* не)",
            r"(?:говор\w*|сказал\w*|считает|считают)(?: что)? (?:я|мы) (?:\w+ )?(?:долж\w*)",
            r"(?:отрабатыва\w*|отработат\w*) (?:\w+ )?долг\w*",
            _near(
                r"(?:долг\w*|должен|должна|должны|(?:х|кс)озя\w*|работодател\w*|начальни\w*|"
                r"бригадир\w*|заперт\w*|угрож\w*|охран\w*|агент\w*|не платят|не отпуска\w*)",
                r"(?:не могу|не можем|не может|не могут) (?:\w+ )?(?:уити|уехат\w*|выити|"
                r"уволит\w*|сбежат\w*|вернут\w* домои|бросит\w* работу)",
                8,
            ),
            # en: "they don't let me leave", "locked in", "forced to work", "owe him money".
            rf"{EN_NOT} (?:let|letting|allow|allowing) {EN_WHO}(?: to)? (?:leave|go|out|quit|"
            r"resign|move|return|travel|see|call|use|have|contact|speak|talk|rest)",
            r"(?:not|never|aren ?t|isn ?t|m not) (?:allowed|permitted) to (?:leave|go out|go home|"
            r"go anywhere|quit|resign|call|use (?:my|a|the) phone|contact|talk)"
            r"(?! (?:the )?(?:country|azerbaijan)\b)",
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
            r"(?:made|forced|pushed|pressured|being made|being forced) "
            r"(?:me |us |her |him |them )?to (?:entertain|serve|sleep with|go with|be with|"
            r"dance for|meet|please|have sex)"
            r"(?: \w+)? (?:guests|clients|customers|men|visitors)",
            r"forc\w* (?:me|us|her|him|them) into (?:sex|prostitution|marriage|work|labou?r)",
            r"(?:making|made|make|makes|forcing|forced|force|forces|pushing|pushed) "
            r"(?:me|us|her|him|them) (?:to )?(?:work |be |go )?(?:as )?(?:an? )?"
            r"(?:escorts?|prostitutes?|sex workers?|hostess\w*)",
            r"(?:say|says|said|claim|claims|claimed|tell|tells|told) (?:me |us )?(?:that )?"
            r"(?:i|we|she|he) (?:owe|owes|must pay back|have to pay back|have to work off)",
            r"work(?:ing)? off (?:the |my |a |our )?debt",
            r"until (?:i|we|she|he|they) (?:pay|repay|work) (?:\w+ )?(?:back|off)",
            r"work(?: \w+){0,3} to pay (?:off |back |for )?(?:the |my |our |his |her )?(?:ticket|"
            r"debt|visa|flight|recruitment|fee|agency|travel|transport|housing|documents)",
            r"(?:before|until) (?:i|we|she|he|they) (?:can|could|may|am allowed to|are allowed to)"
            r" (?:go home|leave|quit|go back|return home)",
            r"(?:stuck|trapped|held|kept) (?:in|inside) (?:a|the|this|their|his|her) "
            r"(?:house|flat|apartment|room|basement|villa|compound|farm|building)",
            rf"{EN_NOT} (?:been )?(?:paid|paying|pay) (?:me|us|him|her|them|my salary|our salary|"
            r"my wages|our wages|wages|salary|anything|for \d+)",
            r"(?:haven ?t|hasn ?t|have not|has not|not|never) (?:been |got |gotten )?paid",
        ),
        topic=(
            r"(?:insan alver\w*|buraxmir(?:lar)?)",
            r"(?:торговл\w* людьми|принудительн\w* труд\w*)",
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
            # ru (folded: "бьёт" is "бет", "бьют" is "бют", "убьёт" is "убет").
            r"(?:бет|бют|избил\w*|избива\w*|ударил\w*|ударяет|побил\w*|побои|бил (?:меня|нас|ее|"
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
            # en
            r"(?:beat|beats|beaten|beating|hit|hits|hitting|kick(?:s|ed|ing)|slap(?:s|ped|ping)|"
            r"punch(?:es|ed|ing)|hurt|hurts|hurting|attack(?:s|ed|ing)|assault(?:s|ed|ing)|"
            r"rap(?:e|ed|es|ing)|abus(?:e|es|ed|ing)|harass(?:es|ed|ing)?|molest\w*|chok(?:e|es|"
            r"ed|"
            r"ing)|tortur\w*|touch(?:es|ed|ing)) " + EN_WHO,
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
            r"(?:slap|hit|beat|kick|punch|push|shov)\w* (?:the |other )?(?:workers|people|"
            r"employees|staff|girls|women|maids|boys|kids|children)",
            r"(?:was|were|got|get|gets|getting|been|being|am|is|are|m|s|re) (?:\w+ )?(?:beaten|"
            r"attacked|assaulted|"
            r"raped|abused|harassed|molested|tortured|threatened|kidnapped)",
            rf"(?:threat(?:en|ens|ened|ening)) (?:{EN_WHO}|to)|death threats?|"
            r"kill (?:me|us|him|her)|(?:afraid|scared) (?:of|for) (?:him|her|them|my life|"
            r"my \w+ life)",
        ),
        topic=(
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
            _near(
                AZ_POLICE_MONEY,
                r"(?:pul|rusvet|\d+ manat|\d+ azn|manat|haqq)\w*(?: \w+)? (?:iste(?:yir|yirler|"
                r"yirlar|di|diler|dilər|yib|yibler)|teleb ed(?:ir|irler|di|ib)\w*|qopar\w*|"
                r"al(?:di|dilar|ib|iblar|ir|irlar)|yigir\w*|toplayir\w*)",
                4,
            ),
            r"rusvet (?:iste|teleb|al|ver)\w*",
            _near(
                AZ_POLICE_MONEY,
                r"(?:\d+ (?:manat|azn|dollar)|pul\w*|rusvet\w*)(?: \w+)? (?:ver(?:sen|mesen|seniz|"
                r"meseniz|sez|mesez)|ode(?:sen|mesen|seniz|meseniz))",
                8,
            ),
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
        # "you can go if you pay": the "if" is the bribe's.
        together_always=(("police", "money", "release", "!fee"),),
    ),
)

# Look-alike phrases, replaced by a neutral word before matching: they share words with the
# patterns above but are ordinary subjects.
_ASIDE = tuple(
    (re.compile(fold(pattern)), word)
    for pattern, word in (
        # A copy of a passport kept by an employer or landlord is normal.
        (
            r"\b(?:photo ?cop(?:y|ies)|scans?|cop(?:y|ies)|xerox)(?: of)?(?: (?:my|the|our|his|"
            r"her|their|a|an|your|employee s|employees|worker s|workers|tenant s|foreign))* "
            r"(?:passports?|documents?|ids?|id cards?|papers|residence cards?)\b",
            " doccopy ",
        ),
        (
            r"\b(?:passport|document|id)s? (?:photo ?)?(?:cop(?:y|ies)|scans?|copies)\b",
            " doccopy ",
        ),
        (
            r"\b(?:pasport|sened|vesiqe)\w*(?: \w+)? (?:suret|kopya|kseroks|skan|ksero)\w*",
            " doccopy ",
        ),
        (
            r"\b(?:копи|ксерокопи|скан|ксерокс|фотокопи)\w*(?: \w+)? (?:паспорт|документ)\w*",
            " doccopy ",
        ),
        (r"\b(?:паспорт|документ)\w* (?:\w+ )?(?:копи|ксерокопи|скан)\w*", " doccopy "),
        # Registering a car with the traffic police.
        (
            r"\b(?:traffic police|road police|yol polis\w*|dyp\w*|гаи|гибдд|дпс|"
            r"дорожн\w* полици\w*)",
            " trafficpolice ",
        ),
        # A police clearance certificate.
        (
            r"\b(?:police (?:clearance|certificate|record)\w*(?: certificate)?|"
            r"(?:certificate|proof) of (?:no )?(?:criminal|conviction)\w*(?: record)?|"
            r"criminal record (?:certificate|check)|good conduct certificate|"
            r"polis arayis\w*|mehkumluq\w*(?: \w+)?|mehkum olunmama\w*(?: \w+)?|"
            r"справк\w* (?:о|об) (?:несудимост\w*|отсутствии судимост\w*)|"
            r"справк\w* (?:из|с) (?:полиции|мвд)|несудимост\w*)",
            " clearancecert ",
        ),
        # A delayed flight, salary or card ("рейс задержали", "задерживает отпускные"), a
        # parcel held at customs: things, not people.
        (
            r"\b(?:рейс|вылет|самолет|поезд|зарплат|оплат|выдач|оформлени|ответ|карт|виз|"
            r"регистраци|отпускн|выплат|расчет|аванс|преми|компенсаци|пособи|пенси|посылк|"
            r"груз|товар|багаж|контеинер|вещ)\w*(?: \w+){0,2} задерж\w*",
            " delayed ",
        ),
        (
            r"\bзадерж\w*(?: \w+){0,2} (?:рейс|вылет|самолет|поезд|зарплат|оплат|выдач|"
            r"оформлени|ответ|карт|отпускн|выплат|расчет|аванс|преми|компенсаци|пособи|пенси|"
            r"посылк|груз|товар|багаж|контеинер|вещ)\w*",
            " delayed ",
        ),
        # Goods held at customs ("gömrükdə bağlamam saxlanılıb", "parcel held at customs").
        (
            r"\b(?:baglama\w*|posilka\w*|yuk\w*|bagaj\w*|camadan\w*|cemodan\w*|esya\w*|"
            r"mallar\w*|malim\w*|malimiz\w*)(?: \w+){0,2} (?:saxlanil|saxla|tutul)\w*|"
            r"\b(?:saxlanil|saxla|tutul)\w*(?: \w+){0,2} (?:baglama|posilka|yuk|bagaj|camadan|"
            r"cemodan|esya|mallar)\w*|"
            r"\b(?:parcels?|packages?|luggage|baggage|goods|shipments?|cargo|suitcases?|"
            r"belongings)(?: \w+){0,3} (?:held|detained|seized|stuck|kept|confiscated)|"
            r"\b(?:held|detained|seized|confiscated)(?: \w+){0,2} (?:parcels?|packages?|luggage|"
            r"baggage|goods|shipments?|cargo|suitcases?)",
            " delayed ",
        ),
        # Travellers waiting out a delayed flight at the airport, not held by anyone.
        (
            r"\b(?:flights?|plane|departure)(?: \w+){0,2} (?:was |were |is |got |has been |"
            r"have been )?(?:held|delayed|cancell?ed|grounded|postponed)(?: \w+){0,10} "
            r"(?:stuck|held|kept|waiting)(?: (?:at|in) (?:the )?airport)?|"
            r"\b(?:reys\w*|ucus\w*|teyyare\w*)(?: \w+){0,2} (?:gecik|lengi|texir|legv)\w*"
            r"(?: \w+){0,6} (?:saxlanil|qal|ilis)\w*|"
            r"\bdelayed(?: \w+){0,2} (?:застрял\w*|сидим|сижу)(?: (?:в|во) (?:аэропорт|аеропорт)"
            r"\w*)?",
            " flightdelay ",
        ),
        # One's own door or lock that will not close ("qapının kilidi xarab olub").
        (
            r"\b(?:qapi\w*|kilid\w*)(?: \w+){0,5} (?:xarab|siniq|islemir|baglanmir|acilmir)\w*"
            r"(?:(?: \w+){0,3} (?:xarab|siniq|islemir|baglanmir|acilmir)\w*)?|"
            r"\b(?:doors?|locks?)(?: \w+){0,4} (?:broken|broke|jammed|doesn t (?:lock|close|open)"
            r"|won t (?:lock|close|open))|\blocksmith\w*|"
            r"\b(?:двер\w*|замок|замк\w*)(?: \w+){0,4} (?:слома\w*|не закрыва\w*|"
            r"не открыва\w*|заел\w*|заклини\w*)",
            " brokenlock ",
        ),
        # The notice an employee gives before quitting ("отработать две недели").
        (
            r"\b(?:отработа\w*|отрабатыва\w*)(?: \w+){0,2} (?:(?:две|2|две-три|одну|1|месяц)"
            r"(?: \w+)? (?:недел|месяц)\w*|месяц\w*)|(?:two|2|one|1)[ -](?:weeks?|months?) s? "
            r"notice|(?:1|bir|iki|2) (?:ay|hefte) (?:evvel|qabaq) xeber",
            " notice ",
        ),
        # A passport in a hotel safe, a lost birth certificate: things, not people held.
        (
            r"\b(?:(?:passports?|documents?|паспорт\w*|документ\w*|pasport\w*|sened\w*) "
            r"(?:(?:is|are|was|were|left|stayed|остался|осталась|остались|лежит|лежат|ostalsya|"
            r"ostalas|ostalis|lezhit|lezhat) )?(?:in |в |v )?(?:the |my )?)?"
            r"(?:(?:сеиф\w*|seyf\w*|safe) (?:(?:of the |at the |in the )?"
            r"(?:гостиниц\w*|отел\w*|hotel\w*|otel\w*|gostinic\w*|mehmanxana\w*))|"
            r"(?:hotel|гостиниц\w*|отел\w*|otel\w*|"
            r"mehmanxana\w*) (?:s )?(?:сеиф|safe|seyf)\w*)(?: (?:qalib|qaldi|durur))?",
            " hotelsafe ",
        ),
        # ("uşağımın doğum şəhadətnaməsi itib": the certificate is lost, not the child).
        (r"\b(?:\w+ )?dogum sehadetname\w*", " birthcert "),
        # A caller "from migration" or "from the police" asking for money is a scam.
        (
            r"\b(?:(?:miqrasiya|polis|dmx)\w* adindan|от имени (?:\w+ )?(?:миграци|полиц|гмс)\w*|"
            r"(?:pretending to be|claiming to be|posing as|on behalf of) (?:the |a )?"
            r"(?:police|migration)\w*)",
            " impersonated ",
        ),
        # An embassy or ASAN holding a passport while it issues a visa or a card.
        (
            r"\b(?:embassy|consulate|asan|visa cent(?:re|er)|migration service|посольств\w*|"
            r"консульств\w*|асан\w*|визов\w* центр\w*|sefirlik\w*|konsulluq\w*)(?: \w+){0,3} "
            r"(?:is |are |s )?(?:holding|keeps|keeping|has|took|kept|holds|держит|забрал\w*|"
            r"saxlayir|saxlayib|goturub)(?: on to| onto)?(?: \w+){0,2} (?:passports?|documents?|"
            r"papers|паспорт\w*|документ\w*|pasport\w*|sened\w*)",
            " officialprocessing ",
        ),
        (
            r"\b(?:забрал|получил|взял|picked up|collected|got|goturdum|aldim)\w*(?: \w+){0,2} "
            r"(?:passports?|паспорт\w*|pasport\w*|документ\w*|documents?)(?: \w+){0,2} "
            r"(?:из|в|from|at|sefirlik|konsulluq|asan)\w* (?:\w+ )?(?:посольств|консульств|асан|"
            r"гмс|"
            r"визов|embassy|consulate|asan|visa)\w*",
            " officialprocessing ",
        ),
        (
            r"\b(?:passports?|documents?|papers|паспорт\w*|документ\w*|pasport\w*|sened\w*)"
            r"(?: back)? (?:from|at|in|из|в) (?:the )?(?:embassy|consulate|asan|visa cent(?:re|er)"
            r"|migration service|посольств\w*|консульств\w*|асан\w*|визов\w* центр\w*)",
            " officialprocessing ",
        ),
        # az: a converb in "-ıb" before a plain conditional ("polis məni saxlayıb sənədlərimi
        # yoxlasa…", if the police stop me and check) supposes; "-ırsa" (if he does) does not.
        (
            r"\b\w+(?:ib|ub)\b(?=(?: \w+){0,3} \w{2,}(?<!ir)(?<!ur)(?<!ar)(?<!er)(?:sa|se)\b)",
            " supposing ",
        ),
        # Thieves or swindlers caught by the police are news, not a person in trouble.
        (
            r"\b(?:(?:задерж|арест|поимал|поймал|схватил)\w*(?: \w+){0,3} (?:мошенник|вор|"
            r"преступник|грабител|наркоторговц|наркодилер|закладчик|бандит|террорист|"
            r"подозреваем|угонщик|карманник)\w*|(?:arrested|detained|caught|nabbed)(?: \w+){0,3} "
            r"(?:thie(?:f|ves)|robbers?|criminals?|suspects?|gang|smugglers?|dealers?|fraudsters?"
            r"|scammers?|terrorists?|burglars?|pickpockets?)|(?:ogru|cinayetkar|dolandirici|"
            r"firildaqci|narkotik|qacaqmalci|soyguncu|terrorcu|cibgir|subheli)\w*(?: \w+){0,3} "
            r"(?:tut|saxla|hebs|yaxala|zerersizles)\w*)",
            " criminalscaught ",
        ),
        # The police held a lesson, a meeting or a campaign.
        (
            r"\bheld (?:a|an|the|their|its)(?: \w+){0,2} (?:lesson|meeting|event|training|seminar|"
            r"conference|campaign|session|talk|lecture|competition|ceremony|exam|vote|party|"
            r"workshop|briefing|drill)s?\b",
            " organised ",
        ),
        # A film, book, song, school work or news story about slavery or deportation: its
        # subject ("an essay on the history of slavery") is nobody's situation.
        (
            r"\b(?:(?:фильм|книг|сериал|кино|видео|песн|роман|спектакл|документалк|передач|"
            r"программ|репортаж|сюжет|лекци|доклад|реферат|курсов|эссе|сочинени|стат|"
            r"презентаци|новост|исследовани)\w* (?:про|о|об|по)"
            r"|(?:movie|film|book|series|novel|song|documentary|play|show|programme|program|"
            r"lecture|essay|report|article|paper|thesis|presentation|project|story|stories|"
            r"news|research|homework|assignment)s? (?:about|on)|"
            r"(?:film|kitab|serial|roman|mahni|video|verilis|proqram|referat|meqale|esse|"
            r"teqdimat|xeber|insa|layihe|tedqiqat)\w* (?:haqqinda|barede))"
            r"(?: \w+){1,4}",
            " aboutsomething ",
        ),
        (
            r"\b(?:\w+ ){1,3}(?:haqqinda|barede) (?:film|kitab|serial|roman|mahni|video|"
            r"referat|meqale|esse|teqdimat|xeber|insa|layihe|tedqiqat)\w*",
            " aboutsomething ",
        ),
        # A wish or a permission to stay alone ("wants to stay home alone").
        (
            r"\b(?:want|wants|like|likes|ask|asks|allowed|plan\w*|able) to (?:stay|be|go|travel|"
            r"live|sleep)(?: \w+){0,2} (?:alone|by (?:him|her)self|on (?:his|her) own)"
            r"|\b(?:хочет|хотят|может|можно) (?:\w+ )?(?:остават|остат|жит"
            r"|ночеват)\w*(?: \w+){0,2} "
            r"(?:один|одна|одни)|\btek (?:qalmaq|yasamaq|getmek) (?:isteyir|olar|biler)\w*",
            " wantsalone ",
        ),
        # Held or deported years ago, or asked whether one may be held ("сколько могут держать").
        (
            r"\b(?:arrested|detained|deported|expelled|jailed)(?: \w+){0,3} in (?:19|20)\d\d\b"
            r"|\b(?:задерж|арест|депорт|выдвор|выслал)\w*(?: \w+){0,3} в (?:19|20)\d\d\b"
            r"|\b(?:19|20)\d\d(?: ci| cu)? il\w*(?: \w+){0,3} (?:saxla|tutul|hebs|deport)\w*"
            r"|\b(?:могут|может|можно|вправе|право|долго)(?: \w+){0,2} (?:держат|задерживат|"
            r"удерживат|арестовыват|депортироват)\w*",
            " pastorasked ",
        ),
        # "if I am detained", "если меня задержат": a supposition, not an event.
        (
            r"\b(?:if|in case|whether) (?:i|we|you|he|she|they|a foreigner|someone|my \w+)"
            r"(?: \w+)? (?:am|are|is|m|re|s|get|gets|got|was|were|be)\b"
            r"|\bесли (?:\w+ )?(?:задерж|арест|забер|депорт|выдвор|посад)\w*"
            r"|\bif (?:my|the|an?|your|our) \w+(?: \w+)? (?:keeps|takes|holds|withholds|"
            r"confiscates|refuses|has|locks|hits|does not pay|doesn ?t pay)\b",
            " supposing ",
        ),
        # A child who travels, flies or walks to school alone.
        (
            r"\b(?:(?:walk|walks|go|goes|travel\w*|fly|flies|ride|rides|come|comes|cross\w*)"
            r"(?: \w+){0,3} (?:alone|by (?:him|her)self|on (?:his|her) own)|(?:ходит|ездит|едет|"
            r"летит|"
            r"путешеству\w*|поедет|полетит)(?: \w+){0,3} (?:один|одна|без родителеи|"
            r"без сопровождени"
            r"\w*)|(?:tek|tekbasina|valideynsiz)(?: \w+){0,2} (?:ged|gel|seyahet|uc|yol)\w*"
            r"|(?:поездк|перелет|выезд|путешестви|въезд|trip|travel|flight|journey|seyahet|gedis)"
            r"\w*(?: \w+){0,2} (?:без родителеи|без сопровождени\w*|один|одна|alone|"
            r"without (?:parents|adults|a parent)|valideynsiz|tek))",
            " travelsalone ",
        ),
        # A court's or a bailiff's travel ban is an ordinary question (es.travel_ban).
        (
            r"\b(?:travel ban|exit ban|ban on (?:leaving|exit)|cixis qadaga\w*|"
            r"olkeden cixis\w* qadaga\w*|запрет\w* на выезд|ограничени\w* (?:на )?выезд\w*)",
            " exitban ",
        ),
    )
)

# Asking for help is not asking the rule: "what can I do", "nə edə bilərəm", "что можно
# сделать", "кто может помочь" are taken out before looking for a general question.
_HELP = re.compile(
    fold(
        r"\b(?:what|who|where|how) (?:can|could|should|do|shall) (?:i|we|you|they|he|she|anyone)"
        r"(?: \w+)? (?:do|help|go|call|contact|turn|get help|ask|write)\b"
        r"|\b(?:can|could) (?:you|anyone|someone|somebody) help\b|\bhelp me\b"
        r"|\b(?:что|кто|куда|как|где|чем)(?: \w+)? (?:можно|может|могут|могу|можете)"
        r"(?: \w+)? (?:сделать|делать|помочь|обратиться|звонить|позвонить|написать)\b"
        r"|\b(?:можете|может|могут) (?:\w+ )?помочь\b|\bможет быть\b"
        r"|\b(?:ne|kim|nece|hara|harada|kime)(?: \w+)? (?:ede|kome[kg] ede|gede|zeng ede|"
        r"muraciet ede|yaza|kome[kg] ola) biler\w*"
    )
)

# A general question: a condition, a modal about what may happen, or a question about the
# rule. It only silences topic patterns; an event ("they took my passport") fires even inside
# "what can I do if…".
_GENERAL = re.compile(
    fold(
        "|".join(
            (
                # en: "if", "can I be deported", "can my employer keep", "how long is the ban".
                r"\bif\b|\bin case\b|\bwhat happens\b|\bwhat (?:is|are) the (?:rule|law|penalt"
                r"|ground|reason|procedure|consequence|punishment)\w*|\bgrounds? for\b"
                r"|\breasons? for\b|\bhow long\b|\bhow many (?:years|days|months)\b"
                r"|\b(?:can|could|may|might|will|would) (?:i|you|we|a|an|the|they|someone"
                r"|somebody|foreigners?|migrants?|my|employers?|police|landlords?|children|kids"
                r"|minors?|he|she)(?: \w+){0,3} (?:be|get|legally|deport\w*|detain\w*|arrest\w*"
                r"|keep|hold|take|ask|check|stop|travel|fly|go|enter|stay|come|ban|expel\w*"
                r"|put|send|refuse|withhold|confiscate|demand)\b"
                r"|\bis (?:it|that|this) (?:legal|allowed|possible|true|normal|ok|okay|fine)\b"
                r"|\bare (?:employers|they|landlords|police|children|minors) allowed\b"
                r"|\ballowed to\b|\brules?\b|\blaws?\b|\blegally\b|\bin general\b|\bgenerally\b"
                r"|\bwho can be\b|\bwhen can\b|\bfor what\b|\bjust curious\b|\bhypothetical\w*"
                r"|\bto avoid\b|\bso (?:that )?(?:i|we|he|she) (?:don ?t|won ?t|do not|will not)\b"
                r"|\bdifference between\b|\bwhat does \w+ mean\b|\bdefinition\b"
                r"|\b(?:do|does) (?:i|we|he|she|they) need\b|\bwhat (?:permit|document|"
                r"visa)s? (?:do|does)\b"
                r"|^(?:(?:hi|hello|hey|dear|good \w+|sir|madam|please)\s)*(?:is|are|does|do|can"
                r"|will|would|should|could|may)\b|\bautomatic\w*"
                r"|\b(?:am|are|is) (?:i|we|they|he|she)(?: \w+){0,2} (?:going to|gonna) (?:be|"
                r"get)\b"
                r"|\b(?:a|any) (?:foreigner|migrant|foreign national|foreign citizen|person|expat"
                r"|non citizen)\b|\bforeigners\b|\bmigrants\b|\bpeople\b"
                r"|\bbans?\b|\bbanned\b|\bre ?entry\b|\bre ?enter\b"
                r"|\bjust asking\b|\bresearch\w*|\bjournalist\w*|\bwhat (?:documents|papers)\b"
                # What _ASIDE left of "an essay on the deportations of 1949", in any language.
                r"|\baboutsomething\b"
                r"|\b(?:in the news|news report\w*|newspaper\w*|essay|article|thesis|coursework"
                r"|homework|documentary|history of|historical|in (?:the )?1[89]\d\d s?)\b"
                r"|\b(?:can|could|may|should) (?:i|he|she|we|they|my \w+)(?: \w+){0,2} (?:open"
                r"|sign"
                r"|apply|register|rent|buy|work|study|drive|marry|receive|obtain|renew|extend"
                r"|transfer|change)\b"
                r"|\breturn to azerbaijan\b|\bfor (?:not|overstay\w*|no registration|violat\w*"
                r"|working without)\b"
                r"|\b(?:do|does|did) (?:i|we|he|she|they|you|my \w+|foreigners?|a \w+)"
                r" (?:\w+ )?(?:have to|need to|must|get|lose|become)\b"
                r"|\basking for (?:an?|my) (?:article|study|class|course|essay|friend s essay)\b"
                r"|\bfor (?:a|my|our) (?:school|university|class|course|essay|article|thesis|"
                r"project"
                r"|research|paper)\b|\bwhat is the procedure\b|\bhow does (?:it|deportation|"
                r"expulsion"
                r"|detention) work\b",
                # ru: "если", "могут ли", "за что", "сколько лет", "какие бывают сроки".
                r"\bесли\b|\bв случае\b|\bчто будет\b|\bчто грозит\b|\bчем грозит\b|\bза что\b"
                r"|\bпо каким\b|\bосновани\w*|\bсрок(?:и|ов)\b|\bкакои срок\b|\bправил\w*"
                r"|\bзакон\w*|\bсколько\b|\bкак долго\b|\b\w+ ли\b|\bиностран\w*"
                r"|\bмигрантам\b|\bзапрет\w*|\bвернут(?:ся|с)\w*|\bвернус\w*|\bвъехат\w*"
                r"|\bза (?:отсутстви|просрочк|нарушени|неуплат|неявк|непродлени|нелегальн)\w*"
                r"|\bна сколько\b|\b(?:могут|может|можно)\b|\bимеет ли право\b"
                r"|\bимеют ли право\b|\bвправе\b|\bимеет право\b|\bимеют право\b"
                r"|\bразрешено ли\b|\bзаконно ли\b|\bдопустимо ли\b|\bбывает\b|\bбывают\b"
                r"|\bв целом\b|\bвообще\b|\bкогда можно\b|\bчто такое\b|\bинтересно\b"
                r"|\bинтересует\b|\bгипотетически\b|\bспрашиваю (?:для|ради|из)\b"
                r"|\bдля (?:статьи|курсовои|диплома|реферата|учебы|исследования)\b|\bкурсов\w*"
                r"|\bреферат\w*|\bкак (?:происходит|проходит|осуществляется)\b"
                r"|\bкакие (?:документы|справки|бумаги)\b|\bжурналист\w*|\bисследовани\w*"
                r"|\bновост\w*|\bв сми\b|\bсообщают\b|\bв (?:18|19)\d\d\b|\bстат(?:ью|ья|ье)\b"
                r"|\bчтобы не\b|\bчтобы избежат\w*|\bчем отличает\w*|\bразниц\w*|\bчто (?:означает"
                r"|значит)\b",
                # az: "əgər", "olarmı", "-sam/-sə", "neçə il", "qaydaları", "hansı hallarda".
                r"\beger\b|\bolarmi\b|\bolar mi\b|\bolar\b|\bola biler\w*|\bbiler(?:mi|em|ik|ler"
                r"|lermi|sen)?\b|\bbiler mi\b|\bmumkun\w*|\bne olur\b|\bne olacaq\b|\bne bas ver"
                r"\w*|\bnece il\w*|\bnece gun\w*|\bnece ay\w*|\bne qeder\b|\bqayda\w*|"
                r"\bqanun(?!suz)\w*"
                r"|\bxarici\b(?! (?:pasport|olke)\w*)|\bhansi\b|\bhansi hal\w*|"
                r"\b\w+(?:mayan|meyen|yan|yen) (?:xarici|ecnebi|sexs|adam|vetendas|miqrant)\w*"
                r"|\bne ucun\b|\bniye\b|\bne sebeb\w*|\bumumiyyetle\b"
                r"|\bne vaxt\b"
                r"|\bjurnalist\w*|\btedqiqat\w*|\bxeberlerde\b|\bxebere gore\b|\b(?:18"
                r"|19)\d\d (?:ci|cu) il\w*"
                r"|\bnedir\b|\bmaraqli\w*|\bmaraqlan\w*|\becnebi\w*|\bxarici vetendas\w*"
                r"|\bqadaga\w*|\bolkeye giris\w*|\bgeri gel\w*|\byeniden gel\w*|\bqayida bil\w*"
                r"|\bkurs is\w*|\btapsiriq\w*|\bmeqale\w*|\breferat\w*|\bdiplom is\w*"
                r"|\b\w+(?:mamaq|memek) ucun\b|\bferq\w*|\bne demekdir\b"
                r"|\bnece (?:\w+ )?(?:olunur|edilir|icra|isleyir|heyata kecirilir|verilir|"
                r"alinir)\b"
                r"|\blazim\w*|\bgerek\w*"
                r"|\b(?:olunar|edilar|ediler)(?:am|em|iq|ik|sam|sem)?\b",
            )
        )
    )
)

# az endings that make a question or a condition: "-mı", "-malı", "-sa/-sə". Looked for only in
# a message not in English or Russian, where "because", "house", "visa" or "chasa" end alike.
_GENERAL_AZ_ENDINGS = re.compile(
    r"\b\w+(?:ir|ur|er|ar|ib|ub|di|du|dir|dur|lar|ler|mis|mus)(?:mi|mu)\b"
    r"|\b\w+(?:mali|meli)(?:dir|dirmi)?\b|\b(?:mi|mu)\b"
    r"|\b(?!(?:kimse|nese|hisse|kassa|masa|bese|hese)\b)\w{2,}(?<!mi)(?<!mu)(?:sa|se"
    r"|sam|sem|saq|sek|arsa|erse|arsam|ersem)\b"
)


# Distress: someone who writes "help me" or "I'm scared" beside a danger subject is not asking
# the rule, even when they put it as a question ("police want money, is this legal? I'm scared").
_DISTRESS = re.compile(
    fold(
        r"\b(?:please help|help me|help us|sos|scared|terrified|urgent\w*|emergency"
        r"|помогите|спасите|страшно|боюсь|срочно|умоляю"
        r"|komek edin|kome[kg] edin|xahis edirem kome\w*|qorxuram|tecili|xilas edin|imdad)\b"
    )
)


def _general(reading: str, lang: str | None) -> bool:
    if _DISTRESS.search(reading):
        return False
    reading = _HELP.sub(" ", reading)
    if _GENERAL.search(reading):
        return True
    return lang not in ("en", "ru") and bool(_GENERAL_AZ_ENDINGS.search(reading))


def _compile(patterns: list[str]) -> re.Pattern[str]:
    for pattern in patterns:
        # fold() lower-cases: an upper-case escape (\S, \W, \D) would change its meaning.
        assert not re.search(r"\\[A-Z]", pattern), pattern
    # Each pattern must start and end at word edges; stems say \w* where they run on.
    return re.compile("|".join(rf"\b(?:{fold(p)})(?!\w)" for p in patterns))


_EVENTS = [(kind.name, _compile(list(kind.event))) for kind in _KINDS]
_TOPICS = [(kind.name, _compile(list(kind.topic))) for kind in _KINDS if kind.topic]
_CUE = {name: _compile([pattern]) for name, pattern in _CUES.items()}
_TOGETHER = [(kind.name, kind.together) for kind in _KINDS if kind.together]
_TOGETHER_ALWAYS = [(kind.name, kind.together_always) for kind in _KINDS if kind.together_always]


def _together(cues: tuple[str, ...], readings: list[str]) -> bool:
    """All the cues (and none of the "!" ones) in one reading of the message."""
    for reading in readings:
        if all(bool(_CUE[cue.lstrip("!")].search(reading)) != cue.startswith("!") for cue in cues):
            return True
    return False


def _readings(text: str) -> list[str]:
    """The folded message, and for Latin letters also its Cyrillic reading (Russian in Latin)."""
    text = text[:2000]
    readings = [normalize(text)]
    if looks_latin(text):
        readings.append(normalize(to_cyrillic(text)))
    out = []
    for reading in readings:
        for pattern, word in _ASIDE:
            reading = pattern.sub(word, reading)
        out.append(re.sub(r" +", " ", reading).strip())
    return out


def danger_kinds(text: str) -> list[str]:
    """The kinds of danger a message shows (empty when none), for tests and measurements."""
    readings = _readings(text)
    found = [name for name, pattern in _EVENTS if any(pattern.search(r) for r in readings)]
    found += [
        name
        for name, combinations in _TOGETHER_ALWAYS
        if name not in found and any(_together(cues, readings) for cues in combinations)
    ]
    # Topics and combinations count unless the message reads as a general question; that
    # (slowest) reading is only made when one of them is there.
    maybe = [
        name
        for name, pattern in _TOPICS
        if name not in found and any(pattern.search(r) for r in readings)
    ]
    maybe += [
        name
        for name, combinations in _TOGETHER
        if name not in found
        and name not in maybe
        and any(_together(cues, readings) for cues in combinations)
    ]
    if maybe:
        lang = detect(text[:2000]).lang
        if not any(_general(r, lang) for r in readings):
            found += maybe
    return found


def matches_patterns(text: str) -> bool:
    """True when one of the patterns above finds a danger in the message."""
    return bool(danger_kinds(text))


def shows_danger(text: str) -> bool:
    """True when a message speaks of detention, deportation, a withheld passport, being kept
    or forced to work, violence, a child alone or police extortion, in az, ru or en.

    The patterns decide first; the learned model (danger_model.py) adds the wordings they
    miss. A false alarm costs a few lines of contacts; a miss may cost a person their freedom.
    """
    if matches_patterns(text):
        return True
    model = load_model()
    return model is not None and model.flags(text)
