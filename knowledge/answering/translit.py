"""A Cyrillic reading of Russian typed in Latin letters.

About half of the Russian speakers who write to the bot type on a Latin keyboard, each in a
scheme of their own: "zh", "j" or "z" for ж, "sh" for ш, "w" or "v" for в, "ya" or "ja"
for я, "'" for ь.
The knowledge base and the danger patterns speak Cyrillic, so such a message is matched on a
Cyrillic reading of it as well as on its letters.

Why not the `transliterate` package: it implements strict reversible schemes and reads the
informal ones badly ("registraciya" → "регистрациыа", "vnj" → "внй"). `python -m
benchmarks.translit` measures both: informal spellings read right 0.95 here against 0.60, and
on the Russian questions typed in Latin letters the matcher's best entry is right 0.913 on
this reading against 0.902 on the package's (0.837 on the letters as typed).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answering.normalize import fold

_VOWELS = "aeiouy"
# Longest first: "shch" before "sh" before "s". A trailing "y" after a vowel is й
# ("kakoy"); before a vowel, "y" starts я/ю/ё/е ("yavka"); elsewhere it is ы ("vy").
_DIGRAPHS = (
    ("shch", "щ"),
    ("tsya", "тся"),
    ("tcya", "тся"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("tc", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("iya", "ия"),
    ("iyu", "ию"),
    ("ya", "я"),
    ("ia", "ия"),
    ("yu", "ю"),
    ("iu", "ию"),
    ("yo", "ё"),
    ("ye", "е"),
    ("yi", "ый"),
    ("iy", "ий"),
    ("yy", "ый"),
    ("ey", "ей"),
    ("ay", "ай"),
    ("oy", "ой"),
    ("uy", "уй"),
    ("ju", "ю"),
    ("jo", "ё"),
)
_LETTERS = {
    "a": "а",
    "b": "б",
    "v": "в",
    "w": "в",
    "g": "г",
    "d": "д",
    "e": "е",
    "z": "з",
    "i": "и",
    "k": "к",
    "q": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "f": "ф",
    "h": "х",
    "x": "кс",
    "c": "ц",
    "y": "ы",
    # Informal: "mojno", "nujno", "vnj" — j is ж far more often than й in chat.
    "j": "ж",
    "'": "ь",
    "`": "ь",
    "’": "ь",
}
# Abbreviations people type whole; spelled out so that "vnj" and "vnzh" land on ВНЖ.
_ABBREVIATIONS = {
    "vnj": "внж",
    "vnzh": "внж",
    "vng": "внж",
    "rvp": "рвп",
    "pmj": "пмж",
    "pmzh": "пмж",
    "gms": "гмс",
    "rf": "рф",
    "mvd": "мвд",
    "ooo": "ооо",
    "ip": "ип",
}
# Latin tokens that stay as they are: names of services and sites people write in Latin
# whatever their language.
_KEEP = frozenset({"asan", "sms", "migaz", "evisa", "e", "whatsapp", "telegram", "dmx", "dyi"})
_WORD = re.compile(r"[a-z'`’]+")
# The digraphs by their first letter, in the order above: at each letter only the few that
# can start there are tried (trying all of them was most of the cost of a reading).
_DIGRAPHS_AT: dict[str, tuple[tuple[str, str], ...]] = {}
for _latin, _cyrillic in _DIGRAPHS:
    _DIGRAPHS_AT[_latin[0]] = (*_DIGRAPHS_AT.get(_latin[0], ()), (_latin, _cyrillic))
_VOWEL_LETTERS = tuple(_VOWELS)


def _word(word: str) -> str:
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    if word in _KEEP or "." in word:
        return word
    out: list[str] = []
    i = 0
    if word.startswith(("ya", "ja")):
        out.append("я")
        i = 2
    while i < len(word):
        for latin, cyrillic in _DIGRAPHS_AT.get(word[i], ()):
            if word.startswith(latin, i):
                # "ye" inside a word after a consonant is ые ("novye"), not е.
                if latin == "ye" and i > 0 and word[i - 1] not in _VOWELS:
                    continue
                # "ay" before a vowel is а + я/ю…, not ай ("platnaya").
                end = i + len(latin)
                if len(latin) == 2 and latin[-1] == "y" and word[end : end + 1] in _VOWEL_LETTERS:
                    continue
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            out.append(_short_i(word, i) or _LETTERS.get(word[i], word[i]))
            i += 1
    return "".join(out)


def _short_i(word: str, i: int) -> str | None:
    """Read "j" as й where ж could not stand: after a vowel at the end of a word ("moj",
    "kakoj", "dnej"; but "muj" is муж), before д/т/к ("vyjti", "azerbajdzhan", "pojdu"), and
    before с/ч except after "u" ("rejs", "sejchas"; but "mujskoj", "mujchina").
    Before н it stays ж ("mojno", "nujno")."""
    if word[i] != "j" or i == 0 or word[i - 1] not in _VOWELS:
        return None
    following = word[i + 1 : i + 2]
    if following in ("", "s", "c") and word[i - 1] != "u":
        return "й"
    return "й" if following in ("d", "t", "k") else None


# One message is read in Cyrillic by the matcher, by each learned model and by the safety net.
@lru_cache(maxsize=1024)
def to_cyrillic(text: str) -> str:
    """Read Latin-letter Russian as Cyrillic; everything that is not a Latin word stays."""
    folded = fold(text)
    return _WORD.sub(lambda m: _word(m.group(0)), folded)


def looks_latin(text: str) -> bool:
    """Mostly Latin letters and no Cyrillic: a candidate for a Cyrillic reading."""
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    return latin > 0 and cyrillic == 0
