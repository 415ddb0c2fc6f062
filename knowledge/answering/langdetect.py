"""Which of az, ru, en a short chat message is written in.

General-purpose detectors fail on five-word messages and know nothing of Azerbaijani typed
without its letters or Russian typed in Latin letters, which is how many migrants write. A
few hundred function words and the script are enough for the three languages we serve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from knowledge.answering.normalize import fold

Lang = Literal["az", "ru", "en"]
LANGS: tuple[Lang, ...] = ("az", "ru", "en")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f\u0259\u018f]")
_AZ_LETTERS = re.compile(r"[əƏ]")
_TURKIC_LETTERS = re.compile(r"[ğĞışŞİçÇöÖüÜ]")
_WORD = re.compile(r"[a-z]+")
_AZ_DIGRAPHS = re.compile(r"sh|ch|gh")

# Folded (ə→e, ş→s …) so that they also match text typed without Azerbaijani letters.
_AZ_WORDS = frozenset(
    """
    ve ile ucun nece necedir neceye neche hara harada haradan haraya hansi hansı kim kime nedir
    niye neden olar olur olmaz olunur olub olsa olmaq etmek edim edir edilir edib etmeliyem
    etmeliyik bilerem bilerik biler bilmirem lazim lazimdir mumkun mumkundur var yox yoxdur
    men mene menim sen siz sizin biz bizim onun bu o da de ki amma ancaq yalniz hem her
    salam sagol sag zehmet olmasa xahis edirem tesekkur
    gun gune gunu il ilde ay aylig ayliq illik muddet muddeti muddetine vaxt vaxti gec tez
    qeydiyyat qeydiyyata qeydiyyatdan qeydiyyati icaze icazesi icazesini yasamaq yasama
    vetendas vetendasi vetendasligi vetendasiyam sened senedler senedleri xidmet xidmeti
    miqrasiya odenis odenisi rusum rusumu qiymeti qiymet pul manatdir cerime cerimesi
    uzatmaq uzadilir uzatmaq verilir verir alim almaq almaliyam olmaliyam qalmaq qala qalmisam
    gelmisem gelmisik gelende gedende isci isegoturen sirket ev sahibi unvan telefon nomre
    nomresi elaqe sura surasi ictimai daimi muveqqeti ecnebi xarici olke olkeye olkeden
    haqqinda barede ucun neceyedir necedi ederem edek edim? deyil deyilmi
    nedi harda hardadir varmi yoxsa indi sonra bize bizi deyir deyirler isteyirem isteyir
    gedim gedek nefer neferik birbasa
    dmx bir iki onu ona ondan evde evden gelib gedib deyib isleyir isleyirem yasayir yasayiram
    qalir buraxmir vermir vermirler cox
    sayt sayti saytda saytdan saytina saytin saytdir resmi
    icin gerekli gerekiyor gerekir nasil nerede nereye hangi belge belgeler belgesi izni
    ikamet calisma vize vizesi vatandaslik vatandasligi kadar yapmak istiyorum alinir
    gelirem gelir gedirem gedir lazimdi lazimdimi lazimdirmi olarmi viza vizasi vizam
    """.split()
)
_RU_LATIN_WORDS = frozenset(
    """
    skolko skolka kak kakoi kakoy kakie gde kogda mozhno mojno nuzhno nado nujno chto shto
    chtoby dlya dlia ya menya mne moi moy moya u esli ili eto est net pochemu zachem kuda
    zdravstvuite zdravstvuyte privet spasibo pozhaluista pojaluysta
    stoit stoimost poluchit oformit prodlit prodlenie prebyvanie prebyvaniya registraciya
    registracia registraciyu propiska razreshenie razreshenia rabotu rabota vnj vnzh rvp pmj pmzh
    shtraf grajdanstvo grazhdanstvo vizu viza dney dnei let god goda mesyacev srok dokumenty
    spravka pasport uchet uchyot zayavlenie zayavku migracionnaya sluzhba telefon nomer
    kto ego ee ih vy ona oni pri po za ot iz bez cherez posle budet budu mogut mozhet byt bylo
    kakaya kakoe kakuyu kakom kotoryj kotoraya tolko uzhe eshche eshe seichas sejchas tozhe takzhe
    vse vsyo tam tut zdes ochen khorosho horosho sdelat sdelal sdelala skazali
    v k na nas nam vas emu ej nim ikh raboty rabote govorit govoryat teper dengi deneg zarplatu
    zhe chem odno rabotat pasporta zabrali zabral zabrala otobrali privezli devushki devushek
    raznica raznitsa deportaciya deportatsiya vydvorenie nelzya mogu hochu khochu znayu
    mnogo malo bolshe menshe potomu sait saita saite oficialnyi oficialnyj nastoyashchii
    """.split()
)
_EN_WORDS = frozenset(
    """
    the a an is are am was were be been do does did done can could should would will shall may
    must have has had i im i'm my me we our you your he she it its they them their this that
    these those what when where why how which who whom much many long often to of in on at for
    with from by about into over after before and or but if not no yes please thanks thank
    hello hi need want get got apply applying permit permits residence work visa stay register
    registration fee fees cost costs price fine fines penalty days months years year month day
    card documents document number phone call centre center office online check my there here
    pls plz thx address deadline permanent temporary residency paperwork passport renew extend
    extension expired overstay overstayed wife husband daughter child children kids job company
    employer landlord flat apartment married citizen citizenship lost stolen new just still any
    some all next week weeks ago came arrived leave left back again country exactly main head
    """.split()
)
# Common Azerbaijani endings, folded; they tell "qeydiyyatdan kecmek" from English on words
# not in the list above.
_AZ_SUFFIXES = (
    "dir",
    "dır",
    "mek",
    "maq",
    "ler",
    "lar",
    "dan",
    "den",
    "nin",
    "nun",
    "miz",
    "niz",
    "yem",
    "yam",
    "sen",
    "lik",
    "liq",
    "siz",
    "sız",
    "esi",
    "asi",
    "isi",
    "misem",
    "misik",
    "misdir",
    "mamisam",
    "emi",
    "imi",
    "umu",
    # The present tense's first person: "gelirem", "qaliram", "isleyirem".
    "irem",
    "iram",
    "urem",
    "uram",
)
# "cion" is Russian's -цион- ("migracionnaya"), English writes "tion"; "-oy" ends Russian
# adjectives ("migracionnoy") and hardly a long word of the other two; nor does "-yh"
# ("poddelnyh", the plural's ending).
_RU_LATIN_MARKERS = re.compile(
    r"(zh|sh|ch|kh|ya|yu|iy|yy|oe|aya|ogo|ost|tsi|nie|niy|iya|shch|yut|ayut|cion|oy$|yh$|ykh$)"
)
# Words both languages have ("telefon", "ona") tell neither from the other.
_SHARED_AZ_RU = _AZ_WORDS & _RU_LATIN_WORDS
# English endings no Russian typed in Latin letters and no Azerbaijani word has: they keep
# "changed address" or "paperwork checklist" (with a "ch" that looks Russian) English.
_EN_SUFFIXES = ("tion", "sion", "ing", "ness", "ship", "ency", "ance", "ed")
# A suffix hyphened to an abbreviation or a number is Azerbaijani: "DMX-in", "ASAN-a", "90-dan".
_AZ_HYPHEN_SUFFIX = re.compile(
    r"[A-ZÇƏĞİÖŞÜ0-9]-(?:[iıuü]n|n[iıuü]n|d[aeə]n?|[yn]?[aeə]|[iıuü])\b"
)
# A q not before u is Azerbaijani ("yazmaq", "miqrasya"); Russian typed in Latin letters
# writes к as k, and English's q comes with a u.
_AZ_Q = re.compile(r"q(?!u)")


@dataclass(frozen=True, slots=True)
class Detection:
    """The language of a text and how sure the guess is (0 when there was nothing to go on)."""

    lang: Lang | None
    confidence: float


def detect(text: str) -> Detection:
    """Guess az, ru or en from a short message; ``lang`` is None when the text has no words."""
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if cyr == 0 and lat == 0:
        return Detection(None, 0.0)
    # A Russian message with one Azerbaijani word in it ("через АСАН ödəniş можно?") is Russian.
    if cyr > 2 * lat:
        return Detection("ru", 0.95)
    if _AZ_LETTERS.search(text):
        return Detection("az", 0.95 if cyr <= lat else 0.6)
    if cyr > lat:
        return Detection("ru", 0.95)

    # The hyphened suffixes count for Azerbaijani, not as words ("ASAN-a": no English "a").
    hyphened = len(_AZ_HYPHEN_SUFFIX.findall(text))
    words = _WORD.findall(fold(_AZ_HYPHEN_SUFFIX.sub(lambda m: m.group(0)[0], text)))
    if not words:
        return Detection(None, 0.0)
    scores: dict[Lang, float] = {"az": 0.0, "ru": 0.0, "en": 0.0}
    for word in words:
        # Azerbaijani typed with Russian or English habits: "shexsiyyet", "kechmek".
        az_word = _AZ_DIGRAPHS.sub(lambda m: m.group(0)[0], word)
        if word in _SHARED_AZ_RU:
            scores["az"] += 0.5
            scores["ru"] += 0.5
            continue
        if word in _AZ_WORDS or az_word in _AZ_WORDS:
            scores["az"] += 1.0
            continue
        if len(word) > 4 and (word.endswith(_AZ_SUFFIXES) or az_word.endswith(_AZ_SUFFIXES)):
            scores["az"] += 0.4
        elif "yy" in word or "iyye" in word:
            scores["az"] += 0.4  # qeydiyyat, şəxsiyyət: a doubled y is rare in the others
        elif len(word) > 3 and _AZ_Q.search(word):
            scores["az"] += 0.4
            continue
        if word in _RU_LATIN_WORDS:
            scores["ru"] += 1.0
        elif len(word) > 4 and word.endswith(_EN_SUFFIXES) and word not in _EN_WORDS:
            scores["en"] += 0.4
            continue
        elif len(word) > 4 and _RU_LATIN_MARKERS.search(word) and word not in _EN_WORDS:
            scores["ru"] += 0.25
        if word in _EN_WORDS:
            scores["en"] += 1.0
    if _TURKIC_LETTERS.search(text):
        scores["az"] += 1.5
    scores["az"] += hyphened
    best = max(LANGS, key=lambda lang: scores[lang])
    total = sum(scores.values())
    if total == 0:
        # Latin letters but no known word: English is the most common lingua franca of the rest.
        return Detection("en", 0.2)
    return Detection(best, scores[best] / total)
