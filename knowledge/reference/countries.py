"""Countries of citizenship: Babel's territory names, searchable in az, ru and en."""

from __future__ import annotations

from functools import cache, lru_cache

from babel import Locale
from rapidfuzz import fuzz, process

from knowledge.answering.normalize import normalize
from knowledge.council.consultations import AZ_ABROAD, STATELESS

SEARCH_LANGS = ("az", "ru", "en")


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
    return names, codes


def search(text: str, limit: int = 6) -> list[str]:
    """Country codes whose name in any of the three languages is close to what was typed."""
    query = normalize(text)
    if len(query) < 2:
        return []
    names, codes = _search_index()
    found: list[str] = []
    # Prefix matches first ("gur" → Gürcüstan), then fuzzy ones for typos ("ukriana").
    for title, code in zip(names, codes, strict=True):
        if title.startswith(query) and code not in found:
            found.append(code)
    for _, _score, position in process.extract(
        query, names, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=80
    ):
        if codes[position] not in found:
            found.append(codes[position])
    return found[:limit]
