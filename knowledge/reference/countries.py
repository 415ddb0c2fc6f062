"""Countries of citizenship: Babel's territory names, searchable in az, ru and en."""

from __future__ import annotations

from functools import cache, lru_cache

from babel import Locale
from rapidfuzz import fuzz, process

from knowledge.answering.normalize import normalize
from knowledge.council.consultations import AZ_ABROAD, STATELESS

SEARCH_LANGS = ("az", "ru", "en")
# What people type besides Babel's official names: abbreviations, short and older names, the
# country's own spelling ("Кыргызстан" where Babel's Russian says "Киргизия").
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "US", "America", "United States", "США", "Америка", "ABŞ", "Amerika"),
    "RU": ("РФ", "RF", "Russian Federation", "Россия", "Rossiya", "Rusiya", "Russia"),
    "KG": ("Кыргызстан", "Kirgiziya", "Kirghizia", "Qırğızıstan", "Kyrgyz Republic"),
    "TR": ("Turkey", "Türkiye", "Turkiye", "Türkiyə", "Турция", "Turtsiya"),
    "GB": ("UK", "Britain", "Great Britain", "England", "Англия", "Великобритания"),
    "AE": ("UAE", "Emirates", "ОАЭ", "Эмираты", "BƏƏ", "Əmirliklər"),
    "KZ": ("Казахстан", "Kazakstan", "Qazaxıstan"),
    "BY": ("Беларусь", "Белоруссия", "Belorussia", "Belarus"),
    "MD": ("Молдавия", "Moldavia"),
    "KR": ("South Korea", "Korea", "Корея", "Южная Корея", "Cənubi Koreya"),
    "IR": ("Persia", "Персия", "Iran"),
    "CN": ("КНР", "PRC", "Çin"),
    "DE": ("Германия", "Almaniya", "Germany"),
}


@cache
def country_names(lang: str) -> dict[str, str]:
    """ISO 3166 alpha-2 code → name in ``lang`` (regions like "150" and "EU" left out)."""
    territories = Locale.parse(lang).territories
    return {
        code: name for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in {"ZZ", "EU", "EZ", "UN", "QO"}
    }  # fmt: skip


def known_codes() -> set[str]:
    return set(country_names("en")) | {STATELESS, AZ_ABROAD}


def name(code: str, lang: str) -> str:
    return country_names(lang).get(code, code)


@lru_cache(maxsize=1)
def _search_index() -> tuple[list[str], list[str]]:
    names: list[str] = []
    codes: list[str] = []
    for lang in SEARCH_LANGS:
        for code, title in country_names(lang).items():
            names.append(normalize(title))
            codes.append(code)
    for code, aliases in ALIASES.items():
        # Abbreviations ("UK", "РФ") only match exactly: as fuzzy targets they would pull
        # every typo that contains them ("ukriana" is Ukraine, not the UK).
        for alias in (a for a in aliases if len(a) > 3):
            names.append(normalize(alias))
            codes.append(code)
    return names, codes


@lru_cache(maxsize=1)
def _exact() -> dict[str, str]:
    return {normalize(a): code for code, aliases in ALIASES.items() for a in aliases}


def search(text: str, limit: int = 6) -> list[str]:
    """Country codes whose name in any of the three languages is close to what was typed."""
    query = normalize(text)
    if len(query) < 2:
        return []
    names, codes = _search_index()
    found: list[str] = []
    # An exact name or abbreviation first ("РФ", "USA"), then prefix matches ("gur" →
    # Gürcüstan), then fuzzy ones for typos ("ukriana").
    if query in _exact():
        found.append(_exact()[query])
    for title, code in zip(names, codes, strict=True):
        if title == query and code not in found:
            found.append(code)
    for title, code in zip(names, codes, strict=True):
        if title.startswith(query) and code not in found:
            found.append(code)
    for _, _score, position in process.extract(
        query, names, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=80
    ):
        if codes[position] not in found:
            found.append(codes[position])
    return found[:limit]
