"""A text kept in the three languages: source titles, legal bases, notes, per-language links.

A migrant reads one language per message, so everything shown beside an answer exists in az,
ru and en. Old files that give one plain string still load: that string is "language-neutral"
(stored under the key ``""``) and validation asks for the three languages where it must.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

NEUTRAL = ""
_ORDER = ("az", "ru", "en")


@dataclass(frozen=True, slots=True)
class Localized:
    """Texts by language code; ``get`` falls back to the neutral text, then English."""

    items: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, raw: object) -> Localized | None:
        """From a string (neutral), a mapping ``{az: …, ru: …, en: …}``, or None."""
        if raw is None or raw == "":
            return None
        if isinstance(raw, Localized):
            return raw
        if isinstance(raw, Mapping):
            pairs = [(str(k), str(v).strip()) for k, v in raw.items() if v not in (None, "")]
            if not pairs:
                return None
            return cls(tuple(sorted(pairs, key=lambda kv: _rank(kv[0]))))
        return cls(((NEUTRAL, str(raw).strip()),))

    def as_dict(self) -> dict[str, str]:
        return dict(self.items)

    def languages(self) -> set[str]:
        return {lang for lang, _ in self.items if lang != NEUTRAL}

    def has(self, lang: str) -> bool:
        return lang in self.languages()

    def get(self, lang: str) -> str:
        """The text for ``lang``: its own, else the neutral one, else English, else any."""
        values = dict(self.items)
        for key in (lang, NEUTRAL, "en"):
            if values.get(key):
                return values[key]
        return self.items[0][1] if self.items else ""

    def to_data(self) -> str | dict[str, str]:
        """The file shape: a plain string when only a neutral text exists."""
        if len(self.items) == 1 and self.items[0][0] == NEUTRAL:
            return self.items[0][1]
        return self.as_dict()

    def __str__(self) -> str:
        return self.get("en")


def _rank(lang: str) -> int:
    return _ORDER.index(lang) if lang in _ORDER else len(_ORDER)


def missing_languages(text: Localized | None, langs: Iterable[str]) -> list[str]:
    """The languages of ``langs`` that ``text`` has no text of its own for."""
    have = text.languages() if text is not None else set()
    return [lang for lang in langs if lang not in have]
