"""Whether a question is about another country's rules.

"Türkiyədə iş icazəsi neçəyədir", "РВП в России", "how to get a turkish e-visa" share every
word with an Azerbaijani entry, so the matcher alone answers them with Azerbaijan's rules —
confidently wrong. What tells them apart is the place: a locative or directional form of
another country or of one of its cities ("Türkiyədə", "в России", "in Germany", "to Dubai"),
or a country adjective right before a procedure ("turkish e-visa", "российский патент").
Nationality is not a place: "Qazaxıstan vətəndaşıyam", "I'm from Uzbekistan", "я из Киргизии"
stay in scope, and so does a question that also puts itself in Azerbaijan ("I'm in Baku,
can I visit Georgia and come back?").

Patterns run on normalized text (see normalize.py: ə→e, ş→s, ı→i …, ь removed) and, for
Russian typed in Latin letters, on its Cyrillic reading too (normalized: й is и).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answering.normalize import fold, fold_pattern, normalize
from knowledge.answering.prefilter import Gated, PatternSet
from knowledge.answering.translit import looks_latin, to_cyrillic

# Every pattern here reads the same message: one pass over it tells which of them hold a
# string they need, and only those are run (prefilter.py).
_SCREEN = PatternSet()


def _compiled(source: str, flags: int = 0) -> Gated:
    """Compiled to run on normalized text: "израильск" is looked for as "израилск"."""
    return _SCREEN.add(re.compile(fold_pattern(source), flags))


# Stems of country and city names, folded. Each language's forms are listed apart because
# the case endings that make them a place differ.
_AZ_PLACES = (
    r"rusiya|turkiye|gurcustan|qazaxistan|qazaxstan|qazaqistan|ozbekistan|qirgizistan|tacikistan|"
    r"turkmenistan|belarus|ukrayna|almaniya|fransa|italiya|ispaniya|polsa|ingiltere|britaniya|"
    r"amerika|kanada|iran|irak|israil|cin|yaponiya|koreya|hindistan|pakistan|misir|"
    r"birlesmis ereb emirlikler|bee|dubay|katar|qetar|seudiyye|avropa|sengen|moskva|"
    r"istanbul|ankara|antalya|tbilisi|batumi|almati|astana|daskend|tashkent|kiyev|minsk|"
    r"berlin|london|london|niderland|hollandiya|avstriya|cexiya|latviya|litva|estoniya|"
    r"moldova|ermenistan|rossiya|tailand|malayziya|kipr|yunanistan|serbiya|isvecre|"
    r"portuqaliya|azerbaycan disinda"
)
# -da/-də "in", -ya/-yə/-a/-ə "to", -dakı "the one in". Not -dan/-dən: "from" names origin,
# and so does Russian typed in Latin letters with "iz" ("ya iz turkmenistana").
_AZ_PLACE = _compiled(rf"(?<!\biz )\b(?:{_AZ_PLACES})(?:n?da|n?de|daki|deki|ya|ye|a|e)\b")

# "Türkiyə e-vizası", "Rusiyanın iş icazəsi": a country's own procedure (izafet). Its
# citizenship is left out: "Qazaxıstan vətəndaşlığım var" names a nationality.
_AZ_PROCEDURE_OF = _compiled(
    rf"\b(?:{_AZ_PLACES})(?:n?in|n?un)? (?:e ?vizas|vizas|is icazes|yasama icazes|"
    r"yasamaq icazes|oturma icazes|oturum|ikamet izn|ikamet izin|calisma izn|daimi yasama)\w*"
    # Its citizenship acquired is its rule: "Gürcüstan vətəndaşlığı almaq üçün neçə il".
    rf"|\b(?:{_AZ_PLACES})(?:n?in|n?un)? vetendasligi(?:ni|na)? (?:\w+ )?(?:almaq|alim|ala bil|"
    r"alinir|alinmasi|almag|qebul ol|elde et|verilir|vermek)\w*"
)

_RU_PLACES = (
    r"росси|рф|турци|грузи|казахстан|узбекистан|киргизи|кыргызстан|таджикистан|"
    r"туркмени|беларус|белорусси|украин|германи|франци|итали|испани|польш|англи|"
    r"великобритани|британи|сша|америк|канад|иран|израил|кита|япони|коре|инди|пакистан|"
    r"египт|оаэ|эмират|емират|дуба|катар|саудовск|европ|шенген|москв|петербург|питер|"
    r"стамбул|анкар|анталь|анталья|тбилиси|батуми|алмат|астан|ташкент|бишкек|душанбе|"
    r"киев|минск|берлин|лондон|чехи|латви|литв|эстони|молдов|армени|прибалтик|спб|оае|"
    r"таиланд|тайланд|малайзи|кипр|греци|серби|швейцари|португали|финлянди"
)
# "в/во/на" + the place; "из" (from) is origin, not place. The country's adjective is not
# a place: "в китайской компании", "на европейскую фирму", "на английском языке" are in
# Azerbaijan as far as the message says.
_RU_PLACE = _compiled(rf"\b(?:в|во|на|по) (?:{_RU_PLACES})(?!\w*ск)\w*")
_RU_ADJ = (
    r"россии?ск|русск\w* патент|турецк|грузинск|казахстанск|узбекск|немецк|германск|"
    r"американск|британск|английск|европейск|шенгенск|польск|китайск|канадск|"
    r"украинск|белорусск|израильск|эмиратск"
)
_RU_PROCEDURE = (
    r"(?:\w+ )?(?:виз|внж|рвп|пмж|патент|вид\w* на жительств|регистрац|гражданств|разрешени|"
    r"убежищ|миграционн\w* карт)"
)
_RU_ADJ_PROCEDURE = _compiled(rf"\b(?:{_RU_ADJ})\w* (?!паспорт|гражданин|гражданк){_RU_PROCEDURE}")
# "гражданство РФ", "ВНЖ Турции": the procedure of the country named after it.
_RU_PROCEDURE_OF = _compiled(rf"{_RU_PROCEDURE}\w* (?:{_RU_PLACES})")
_RU_PATENT = _compiled(r"\bпатент\w* (?:на работу )?(?:в|во) \w+")
# Procedures Azerbaijan does not have, named without a place: the labour patent (Russia's,
# Uzbekistan's, Kazakhstan's) and the Russian-language exam that comes with it. The exam is
# the subject ("по русскому языку", "rus dili imtahanı"), not the language it is taken in.
_FOREIGN_PROCEDURE = _compiled(
    r"\bпатент\w* (?:на|для) (?:работ|трудов)\w*|"
    r"\b(?:экзамен|тест|сертификат|тестировани)\w* (?:\w+ ){0,2}по русск\w* язык|"
    r"\brus dili (?:uzre )?(?:imtahan|test|sertifikat)\w*|"
    r"\brussian(?: language)? (?:exam|test|certificate)\w*|"
    r"\b(?:work|labou?r) patent\b|\bpatent (?:for|to) work\b|\bis patenti\w*"
)
# "Турция e-виза", "Türkiyə e-viza": a country's e-visa named after it in the nominative. Only
# the e-visa: "Узбекистан виза нужна?" is as often a nationality as a place.
_NAMED_EVISA = _compiled(
    rf"\b(?:(?:{_RU_PLACES})(?:ия|я|й)?|(?:{_AZ_PLACES})) "
    r"(?:[eеэ] ?виз|e ?viza|электронн\w* виз)\w*"
)

_EN_PLACES = (
    r"russia|turkey|turkiye|georgia|kazakhstan|uzbekistan|kyrgyzstan|tajikistan|"
    # As often typed as spelled: the names are long and the "h" is silent.
    r"kazakstan|kazahstan|kazakistan|uzbekstan|kirgizstan|kirgizia|kyrgystan|tadjikistan|"
    r"turkmenistan|belarus|ukraine|germany|france|italy|spain|poland|the uk|uk|britain|"
    r"great britain|england|the usa|usa|america|the united states|united states|"
    r"canada|iran|israel|china|japan|korea|india|pakistan|egypt|the uae|uae|emirates|"
    r"dubai|qatar|saudi arabia|europe|the schengen area|schengen|moscow|st petersburg|"
    r"istanbul|ankara|antalya|tbilisi|batumi|almaty|astana|tashkent|bishkek|dushanbe|"
    r"kyiv|kiev|minsk|berlin|london|armenia|the netherlands|netherlands|czechia|latvia|"
    r"lithuania|estonia|moldova|australia|new zealand|thailand|malaysia|indonesia|vietnam|"
    r"serbia|cyprus|greece|portugal|switzerland|sweden|norway|finland|ireland|mexico|brazil"
)
_EN_PLACE = _compiled(rf"\b(?:in|into|to|inside|within) (?:{_EN_PLACES})\b")
# A visa to visit a country: that country's visa ("do Nigerians need a visa to visit Kazakhstan").
_EN_VISA_TO_VISIT = _compiled(
    r"\b(?:need|needs|require|requires|get|apply for|obtain)(?: an?| the)? (?:e ?visa|visa|visas)"
    rf"(?: \w+){{0,2}} (?:visit|visiting|enter|entering) (?:{_EN_PLACES})\b"
)
_EN_ADJ = (
    r"russian|turkish|georgian|kazakh|kazakhstani|uzbek|german|french|italian|spanish|"
    r"polish|british|uk|american|canadian|chinese|indian|emirati|uae|dubai|schengen|"
    r"european|eu|ukrainian|israeli|japanese|korean|australian"
)
_EN_PROCEDURE = (
    r"(?:e ?visa|evisa|visa|visas|work permit|residence permit|residence|residency|"
    # Azerbaijan issues no migration card: "my Russian migration card" is Russia's.
    r"migration cards?|"
    r"green card|blue card|registration|citizenship|naturali[sz]ation|work visa|asylum|"
    # Turkish names of a residence or work permit: "Turkey ikamet", "ikamet in Turkey".
    r"ikamet(?: izni)?|oturum|calisma izni|"
    r"overstay(?: fines?| penalt(?:y|ies))?|fines?|penalt(?:y|ies))"
)
# "Georgian passport, no visa needed": a passport or a citizen names nationality, not place.
_NATIONALITY = r"(?!(?:passport|pasport|citizen|national|guy|man|woman|wife|husband|friend)s?\b)"
# "I'm Georgian, no visa needed": the adjective said of a person is their nationality.
_SAID_OF_A_PERSON = (
    r"(?<!\bi m )(?<!\bim )(?<!\bi am )(?<!\bwe re )(?<!\bwe are )(?<!\bhe s )(?<!\bhe is )"
    r"(?<!\bshe s )(?<!\bshe is )(?<!\bas a )(?<!\bas an )"
)
# "in Russian" is the language a test is taken or a call answered in ("the language test in
# Russian for permanent residence"), not a country's procedure.
_EN_ADJ_PROCEDURE = _compiled(
    rf"{_SAID_OF_A_PERSON}(?<!\bin )\b(?:{_EN_ADJ}) {_NATIONALITY}(?:\w+ ){{0,2}}{_EN_PROCEDURE}\b"
)
# "Uzbekistan work permit", "Germany's blue card", "Latviya residence permit" (the name in
# Azerbaijani, the rest in English); not "I'm from Kazakhstan, registration?", where the
# comma that parted origin from question is gone once normalized.
_EN_POSSESSIVE = _compiled(
    rf"(?<!\bfrom )(?<!\bof )(?<!\biz )\b(?:{_EN_PLACES}|{_AZ_PLACES})(?: s (?:\w+ )?| "
    # A kind of visa between: "Georgia remote work visa", "Turkey student visa".
    r"(?:(?:remote|digital nomad|nomad|tourist|student|business|golden|investor|transit|"
    r"startup|freelance|freelancer|working holiday|short term|long term|temporary|permanent) )?)"
    rf"{_EN_PROCEDURE}\b"
)
# A country's own rule named as its: "Georgia's 365 days visa-free rule", "Turkey's new
# residence law". Not "Georgia's citizens …": a person named after the country is its national.
_EN_POSSESSIVE_RULE = _compiled(
    rf"\b(?:{_EN_PLACES}) s (?:(?!(?:passport|pasport|citizen|national|people)s?\b)\w+ ){{0,3}}"
    r"(?:visa free|visa regime|rules?|laws?|polic(?:y|ies)|regime|requirements?)\b"
)
# The country as the one that rules: "what documents does Georgia require", "Turkey issues
# e-visas in a day". Not "do Uzbekistan citizens need", where a noun follows the name.
_EN_COUNTRY_RULES = _compiled(
    rf"\b(?:does|do|will|would|did|can) (?:{_EN_PLACES}) (?:require|issue|grant|charge|offer"
    rf"|give)\b|\b(?:{_EN_PLACES}) (?:requires|issues|grants|charges|offers)\b"
    # Registering on a visit there is that country's rule: "do we register our address when
    # we visit Kazakhstan".
    rf"|\bregist\w*(?: \w+){{0,4}} (?:when|while|if|during)(?: \w+){{0,2}} "
    rf"(?:visit\w*|in|at) (?:{_EN_PLACES})\b"
)
# Azerbaijani case endings on a name written in English or shortened: "Georgia-da",
# "Turkey'de", "ABŞ-a", "Germanyde". Read on the folded text, where the hyphen or apostrophe
# still tells the ending from "da"/"də" (also, too) standing apart. Without one, only the
# endings no English word has ("georgiada", not "chinae").
_EN_NAMES = "|".join(p for p in _EN_PLACES.split("|") if p != "uk" and " " not in p)
_SUFFIXED_PLACE = _compiled(
    rf"\b(?:{_EN_NAMES}|{_AZ_PLACES}|abs|uk|usa)[-'‘’`ʼ´](?:n?da|n?de|daki|deki|ya|ye|a|e)\b"
    rf"|\b(?:{_EN_NAMES})(?:da|de|daki|deki)\b"
)

# Azerbaijani towns besides Baku, folded; Astara is left out: there is one across the border.
_AZ_TOWNS = (
    r"sumqayit|gence|lenkeran|seki|mingecevir|naxcivan|quba|sirvan|xacmaz|zaqatala|qebele|"
    r"yevlax|salyan|berde|agdam|susa|xankendi|xirdalan|qusar|imisli|sabirabad|agcabedi"
)
_RU_TOWNS = (
    r"сумга|гяндж|ленкоран|шеки|мингечевир|нахчыван|нахичеван|губ[аеу]|ширван|хачмаз|"
    r"закатал|габал|евлах|сальян|барда|агдам|шуш|ханкенд|хырдалан|кусар"
)
_EN_TOWNS = (
    r"sumgait|sumgayit|sumqayit|ganja|lankaran|lenkoran|sheki|mingachevir|nakhchivan|quba|guba|"
    r"shirvan|khachmaz|zagatala|gabala|qabala|yevlakh|salyan|barda|aghdam|shusha|khankendi|khirdalan"
)
# The question also places itself in Azerbaijan: then another country is a detail of the
# story (a trip, a transit), and the matcher decides. Azerbaijan's own citizenship is
# Azerbaijan's matter wherever its citizen lives ("I live in Germany and want to give up my
# Azerbaijani citizenship": the consulate, in the entry), and so is its rule on dual
# citizenship, whichever second country is named.
_HOME = _compiled(
    r"\b(?:azerbaycanda|azerbaycana|bakida|bakiya|burada|burda|bura|"
    r"azerbaycan vetendasligi\w*|ikili vetendasliq\w*|"
    r"в азербаи?д?жан\w*|в баку|здесь|сюда|к нам|"
    r"гражданств\w* азербаи?д?жан\w*|азербаи?д?жанск\w* гражданств\w*|двои\w* гражданств\w*|"
    r"in azerbaijan|to azerbaijan|in baku|to baku|here|azerbaijani permit|"
    # A trip about the country: "a month around Azerbaijan", "visiting Baku".
    r"(?:around|across|through|visit|visiting|explore|exploring|tour|touring) "
    r"(?:azerbaijan|baku)|"
    # "Pakistan work visa for Azerbaijan": the country before the visa is the asker's.
    r"for azerbaijan(?! (?:citizens?|nationals?|passports?|people))|for baku|"
    r"(?:e ?visa|visa|visas|work permit|residence permit) azerbaijan|"
    # A guest coming to the one who asks: the visit is to Azerbaijan.
    r"bize qonaq|bizim yanimiza|(?:visit|visiting) (?:me|us)|"
    # The one who asks invites the guest: "dostumu qonaq çağırmaq istəyirəm".
    r"qonaq (?:cagirmaq|cagiriram|cagirsam|devet etmek|devet edirem|devet etsem)|"
    r"пригласит\w* (?:\w+ ){0,3}в гости(?! (?:в|во) )|"
    # An institution of the capital: "депозит в бакинском банке", "a Baku bank".
    r"бакинск\w*|bakinsk\w*|(?:a|the|our|my) baku (?:bank|company|firm|university|school|office)|"
    # Another Azerbaijani town as the place: the story happens here.
    rf"(?:{_AZ_TOWNS})(?:da|de|a|e|ya|ye)|"
    rf"(?:в|во) (?:{_RU_TOWNS})\w*|"
    # In English the towns are written both ways: "in Zagatala", "in Zaqatala".
    rf"(?:in|to|at|near) (?:{_EN_TOWNS}|{_AZ_TOWNS})|our baku \w+|"
    r"azerbaijani citizenship|azerbaijan citizenship|citizenship of azerbaijan|"
    r"dual citizenship|double citizenship|"
    # Azerbaijan's own migration service, reached from wherever the person is.
    r"azerbaycan\w* (?:dovlet )?miqrasiya xidmet\w*|"
    r"(?:миграционн\w* служб\w*|гмс|дмх) азербаи?д?жан\w*|азербаи?д?жанск\w* миграционн\w*|"
    r"azerbaijan\w*(?: s)? (?:state )?migration service|migration service of azerbaijan)\b"
)


# A stay there that is over, with its length ("4 ay Rusiyada qaldım", "был в России 4 месяца",
# "spent 5 months in Turkey"): time spent abroad is a detail of a question about a permit of
# ours (continuous residence, days outside the country), not the place the question is about.
_PAST_STAY = _compiled(
    r"\b(?:qal(?:dim|dig|dik|misam|misdim|mis)|ol(?:dum|dug|musam|musdum)|idim|idik|"
    r"yasa(?:dim|dig|misam|misdim)|isle(?:dim|dik|misem|misdim)|kecir(?:dim|dik|mis\w*)|"
    r"был\w*|жил\w*|прожил\w*|пробыл\w*|находил\w*|провел\w*|провёл\w*|работал\w*|"
    r"ездил\w*|уезжал\w*|"
    r"was|were|spent|stayed|lived|worked|been|went|travell?ed|left)\b"
)
_DURATION = _compiled(
    r"\b(?:\d+ ?|пол ?|(?:bir|iki|uc|dord|bes|alti|yeddi|sekkiz|doqquz|on|yarim|bir nece|"
    r"один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько|"
    r"a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|half a) )"
    r"(?:gun|hefte|ay|il|дн|ден|недел|месяц|мес|год|лет|days?|weeks?|months?|years?)"
)
_STAY_WINDOW = 40  # characters either side of the place: the same clause, about six words


# A procedure named with the place ("РВП в России", "Türkiyədə iş icazəsi", "work permit in
# Turkey") is about that country even beside a past stay there.
_PROCEDURE_THERE = _compiled(
    rf"{_RU_PROCEDURE}\w* (?:\w+ )?(?:в|во) (?:{_RU_PLACES})|"
    rf"\b(?:{_AZ_PLACES})n?d[ae] (?:\w+ )?(?:e ?viza|viza|is icazes|yasama icazes|"
    rf"yasamaq icazes|oturma icazes|oturum|ikamet izn|ikamet izin|calisma izn|daimi yasama|"
    rf"vetendaslig)|"
    rf"\b{_EN_PROCEDURE} (?:in|for) (?:{_EN_PLACES})\b|"
    # "a work visa from the German embassy": the visa of the country whose embassy issues it.
    rf"\b{_EN_PROCEDURE} (?:\w+ ){{0,4}}(?:from|at|in|through) (?:the )?(?:{_EN_ADJ}) "
    rf"(?:embassy|consulate)\b"
)


# "The US" is told from "us" only by its capitals, which the normalized readings have lost:
# "what happens to us", "help us with the visa" are ours.
_THE_US = _compiled(
    rf"\b(?i:in|into|to|inside|within|for) (?:the )?U\.?S\.?A?\b(?!')"
    rf"|\bU\.?S\.?A?\b (?i:(?:[\w-]+ ){{0,2}}{_EN_PROCEDURE})\b"
)


def _a_past_stay(text: str, place: re.Match[str]) -> bool:
    around = text[max(0, place.start() - _STAY_WINDOW) : place.end() + _STAY_WINDOW]
    return bool(_PAST_STAY.search(around) and _DURATION.search(around))


# Where a trip goes ("I fly to Tashkent next month", "лечу в Москву", "Türkiyəyə uçuram"):
# a detail of a question about a card or a ban of ours, unless a visa is asked, which is the
# other country's ("do I need a visa to travel to Germany").
_TRAVEL = _compiled(
    r"\b(?:fly|flying|flies|flight|travel\w*|trip|going|go|head\w*|leav\w*|return\w*)"
    r"(?: \w+){0,2} (?:to|for) \w+$"
    r"|\b(?:лечу|летим|летет\w*|полет\w*|вылет\w*|рейс|еду|едем|поеду|поедем|уезжаю|уезжаем)"
    r"(?: \w+){0,2} (?:в|во) \w+$"
    # "flying to a conference in Tbilisi": the trip named before where it goes.
    r"|\b(?:fly|flying|travel\w*|going) to an? \w+ in \w+$"
)
_AZ_TRAVEL = _compiled(r"^\w* ?(?:ucur\w*|ucacag\w*|gedir\w*|gedecey\w*|qayid\w*|sefer\w*)")
_VISA = _compiled(r"\b(?:e ?visa|visa|visas|e ?viza|viza|виз\w*|vizu|vizy|vizi)")
# Going there to live or work, or asking what to do there: that country's rules.
_MOVING = _compiled(
    r"\b(?:work|live|study|stay|работат\w*|жит\w*|учит\w*|rabotat\w*|"
    r"zhit\w*|islemey\w*|yasamag\w*|oxumag\w*|qalmag\w*)\b"
)
# "There" points at the destination only once it is named ("там была карточка" before it is
# the wallet the card was in).
_THERE = _compiled(r"\b(?:there|orada|orda|там|tam)\b")


# How far from the place a visa or a move is read as the trip's purpose ("I'm moving to
# Germany to work"); further off it belongs to another sentence ("my stay extension was filed
# … I'm flying to a conference in Tbilisi").
_PURPOSE_WINDOW = 60


def _a_trip(text: str, place: re.Match[str]) -> bool:
    near = text[max(0, place.start() - _PURPOSE_WINDOW) : place.end() + _PURPOSE_WINDOW]
    if _VISA.search(near) or _MOVING.search(near) or _THERE.search(text, place.end()):
        return False
    before = text[max(0, place.start() - _STAY_WINDOW) : place.end()]
    after = text[place.end() : place.end() + 20]
    toward = place.group().endswith(("a", "e"))  # the az dative: "Türkiyəyə", not "-də"
    return bool(_TRAVEL.search(before) or (toward and _AZ_TRAVEL.search(after.strip())))


# Someone else who lives there and comes here ("хозяин живёт в Москве и приезжать не
# собирается", "Rusiyada yaşayan nənəm hər yay bizə gəlir", "my mother lives in Russia and
# visits me"): the place is where that person lives, not the place the question is about.
# Only someone else: "I live in Russia" may ask about Russia's rules.
_LIVES_BEFORE = _compiled(
    r"(?:\b(?:живет|живут|проживает|проживают|zhivet|zhivut|prozhivaet)|(?<!\bi )(?<!\bwe )"
    r"(?<!\bi m )(?<!\bim )(?<!\bi am )(?<!\bwe re )(?<!\bwe are )(?<!\byou )"
    r"\b(?:lives|live|living|resides|reside|based))(?: \w+)? $"
)
_LIVES_AFTER = _compiled(
    r"^ (?:yasayan|yasayir|yasayirlar|qalan|isleyen|isleyir|isleyirler|olan)\b"
)
_COMING = _compiled(
    r"\b(?:приезж|приед|приех|прилет|прилёт|в гост|priezzh|pried|prieh|priekh|"
    r"gel(?:ir|ib|mek|ecek|se|en|di|e)|"
    r"qonaq|come|comes|coming|came|visit)\w*"
)


def _lives_there_and_comes(text: str, place: re.Match[str]) -> bool:
    before = text[max(0, place.start() - 30) : place.start()]
    after = text[place.end() : place.end() + 20]
    return bool(
        (_LIVES_BEFORE.search(before) or _LIVES_AFTER.search(after)) and _COMING.search(text)
    )


# "я ещё дома в Киргизии", "still back home in Nepal": home, where one is before coming, is
# an origin as a nationality is.
_AT_HOME = _compiled(r"\b(?:дома|doma|at home|back home)(?: \w+)? $")


# A landlord or host who lives abroad ("our landlord lives in Russia and can't register me"):
# the registration asked of is ours, whoever cannot come to do it.
_HOST_LIVES = _compiled(
    r"\b(?:landlord|landlady|owner|host|хозя\w*|арендодател\w*|владел\w*|"
    r"sahib\w*)(?: \w+){0,2} (?:lives|living|is based|based|живет|живут|проживает|"
    r"zhivet|yasayir)(?: \w+)? $"
)
# In Azerbaijani the place comes between: "ev sahibi Rusiyada yaşayır".
_HOST_NAMED_AZ = _compiled(r"\b(?:ev sahib\w*|mulk sahib\w*|menzil sahib\w*)(?: \w+)? $")
# Where one is now on the way here ("currently in Georgia, planning to cross into
# Azerbaijan"): the place is the start of the journey, the question is about arriving.
_NOW_AT = _compiled(
    r"\b(?:currently|right now|now|at the moment|сеичас|sejchas|seichas|hazirda|indi)"
    r"(?: \w+)?(?: in| в| v)? $"
)
_TOWARD_US = _compiled(
    r"\b(?:into|to|enter|entering|cross\w*|come to|coming to) (?:azerbaijan|baku)\b"
    r"|\bв (?:азербаи?д?жан|баку)\b|\bv (?:azerbaidzhan|azerbajdzhan|baku)\b"
    r"|\b(?:azerbaycana|bakiya)\b"
)


def _on_the_way_here(text: str, place: re.Match[str]) -> bool:
    before = text[max(0, place.start() - 25) : place.start()]
    return bool(_NOW_AT.search(before) and _TOWARD_US.search(text))


def _named_in_passing(text: str, place: re.Match[str]) -> bool:
    """The place is a detail of a question about ours: a stay there that is over, where
    someone who comes here (or a host) lives, home, or where one sets out from now."""
    before = text[max(0, place.start() - 40) : place.start()]
    return (
        _a_past_stay(text, place)
        or _lives_there_and_comes(text, place)
        or bool(_AT_HOME.search(text[max(0, place.start() - 20) : place.start()]))
        or bool(_HOST_LIVES.search(before))
        or bool(
            _HOST_NAMED_AZ.search(before)
            and _LIVES_AFTER.search(text[place.end() : place.end() + 20])
        )
        or _on_the_way_here(text, place)
    )


def _place_elsewhere(text: str) -> bool:
    places = (_AZ_PLACE, _RU_PLACE, _EN_PLACE)
    return bool(
        any(
            not _named_in_passing(text, m) and not _a_trip(text, m)
            for pattern in places
            for m in pattern.finditer(text)
        )
        or _PROCEDURE_THERE.search(text)
        or _AZ_PROCEDURE_OF.search(text)
        or _RU_ADJ_PROCEDURE.search(text)
        or _RU_PATENT.search(text)
        or _FOREIGN_PROCEDURE.search(text)
        or _NAMED_EVISA.search(text)
        or _RU_PROCEDURE_OF.search(text)
        or _EN_ADJ_PROCEDURE.search(text)
        or _EN_POSSESSIVE.search(text)
        or _EN_POSSESSIVE_RULE.search(text)
        or _EN_VISA_TO_VISIT.search(text)
        or _EN_COUNTRY_RULES.search(text)
    )


# The country put first as the message's heading and then pointed back to ("Kazakhstan: what
# is the penalty if you stay past the allowed days there?", "Грузия - сколько можно там
# жить"). The heading alone could be the asker's nationality ("Uzbekistan: do I need a
# visa?"); "there" says the place.
_HEADING_THERE = _compiled(
    rf"^\W*(?:{_EN_PLACES}|{_AZ_PLACES}|(?:{_RU_PLACES})\w*)\s*[:\u2014\u2013-]\s.*"
    # Not the "there" of "is there a fee", which points nowhere.
    r"(?<!\bis )(?<!\bare )(?<!\bwas )"
    r"\b(?:there(?! (?:is|are|was|were|s)\b)|orada|orda|там|tam)\b",
    re.DOTALL,
)


# Azerbaijan and citizenship named anywhere in one message ("poluchil grazhdanstvo
# kazahstana, azerbajdzhanskoe ne snimal", "renunce azerbaijani citzenship"): the question is
# about the Azerbaijani citizenship, whatever else it names — dual citizenship always names a
# second country. The citizenship, not its citizens: "Qazaxıstanda Azərbaycan vətəndaşları"
# asks about Kazakhstan's rules for them. Loose on purpose: word order and typos vary more
# than the two stems.
_OWN_CITIZENSHIP = (
    (_compiled(r"\bazerbaycan"), _compiled(r"\bvetendasli[gqk]")),
    (_compiled(r"\bазербаи?д?ж?ан"), _compiled(r"\bгражданств|\bподданств")),
    (_compiled(r"\bazerbaij?an|\bazeri\b"), _compiled(r"\bciti?z\w*sh|\bnationality\b")),
)


def _own_citizenship(text: str) -> bool:
    return any(country.search(text) and word.search(text) for country, word in _OWN_CITIZENSHIP)


# Where the person is, said of themselves ("I'm in Istanbul right now", "я сейчас в Москве",
# "İstanbuldayam"): a call to Azerbaijan's own line is ours from wherever it is made.
_PRESENCE = _compiled(
    r"\b(?:i m|im|i am|we re|we are|i live|we live|i ?m staying|i ?m based) "
    r"(?:now |right now |currently |at the moment )?in \w+"
    r"|\bя (?:сейчас |живу |нахожусь |пока )?(?:в|во) \w+|\bнахожусь (?:в|во) \w+"
    r"|\bya (?:seychas |sejchas |zhivu |nahozhus |poka )?v \w+"
    r"|\b\w+(?:da|de)(?:yam|yiq)\b"
)


def says_where_they_are(question: str) -> bool:
    """The message places the person somewhere (the place may be abroad)."""
    return bool(_PRESENCE.search(normalize(question)))


# Where the person lives, said and no more ("I'm living in Baku", "burada yaşayıram"): beside
# a procedure named with another country ("asylum in Canada", "ВНЖ в Турции") it is where
# they ask from, not what they ask about.
_LIVING_HERE = _compiled(
    r"\b(?:live|living|staying|based|i m|im|i am|we re|we are) (?:now |currently )?"
    r"in (?:baku|azerbaijan)\b"
    # The employer's seat, not the place asked about: "my company in Baku sends me to Germany".
    r"|\b(?:company|employer|firm|office) (?:is )?in (?:baku|azerbaijan)\b"
    r"|\b(?:bakida|azerbaycanda|burada|burda) (?:yasayiram|yasayiriq|qaliram|qaliriq)\b"
    r"|\b(?:живу|живем|живём|нахожусь) (?:в|во) (?:баку|азербаи?д?жан\w*)"
)


def _only_living_here_asking_there(readings: list[str]) -> bool:
    return any(_PROCEDURE_THERE.search(r) for r in readings) and not any(
        _HOME.search(_LIVING_HERE.sub(" ", r)) for r in readings
    )


def _readings(question: str) -> list[str]:
    """The normalized question, and for Latin letters also its Cyrillic reading."""
    readings = [normalize(question)]
    if looks_latin(question):
        readings.append(normalize(to_cyrillic(question)))
    return readings


@lru_cache(maxsize=1024)
def placed_here(question: str) -> bool:
    """The message places itself in Azerbaijan and names no other country's procedure: a
    country it names is where the person came from or lived before ("worked in Russia on a
    patent, now in Baku, what do I need to work?")."""
    readings = _readings(question)
    return any(_HOME.search(r) for r in readings) and not any(
        _place_elsewhere(r) for r in readings
    )


# Asked twice of a long message the matcher would answer from two agreeing views.
@lru_cache(maxsize=1024)
def about_another_country(question: str) -> bool:
    """True when the place a question is about is a country other than Azerbaijan."""
    readings = _readings(question)
    if any(_own_citizenship(r) for r in readings):
        return False
    if any(_HOME.search(r) for r in readings) and not _only_living_here_asking_there(readings):
        return False
    if any(_place_elsewhere(r) for r in readings):
        return True
    folded = fold(question)
    if _HEADING_THERE.search(folded):
        return True
    if any(not _named_in_passing(folded, m) for m in _SUFFIXED_PLACE.finditer(folded)):
        return True
    return any(not _a_past_stay(question, m) for m in _THE_US.finditer(question))
