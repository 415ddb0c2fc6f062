"""FAQ entries: the data model, reading them from YAML or JSON, and turning them back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from knowledge.answering.langdetect import LANGS, Lang
from knowledge.reference.fees import Source

CATEGORIES: tuple[str, ...] = (
    "eservices",
    "registration",
    "extension",
    "trp",
    "prp",
    "work_permit",
    "fines",
    "visas",
    "citizenship_asylum",
    "contacts",
    "councils",
)


@dataclass(frozen=True, slots=True)
class Translation:
    question: str
    alternates: tuple[str, ...]
    keywords: tuple[str, ...]
    answer: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One FAQ entry in the three languages, with where its facts come from."""

    id: str
    category: str
    translations: Mapping[str, Translation]
    links: tuple[str, ...]
    source: Source
    checked_on: dt.date | None
    legal_basis: str | None = None
    related: tuple[str, ...] = ()
    amounts: tuple[int, ...] = ()
    published: bool = True
    deleted: bool = False
    extra: Mapping[str, object] = field(default_factory=dict)

    @property
    def live(self) -> bool:
        """Shown to users: published and not deleted."""
        return self.published and not self.deleted

    def title(self, lang: Lang) -> str:
        translation = self.translations.get(lang) or next(iter(self.translations.values()))
        return translation.question


class EntryShapeError(ValueError):
    """A mapping that cannot even be read as an entry (validation reports the details)."""


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value if item is not None)
    raise EntryShapeError(f"expected a list of strings, got {type(value).__name__}")


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise EntryShapeError(f"checked_on is not a date (YYYY-MM-DD): {value!r}") from exc


def entry_from_mapping(raw: Mapping) -> Entry:
    """Build an entry from the YAML/JSON shape; raise EntryShapeError on a wrong shape."""
    if not isinstance(raw, Mapping):
        raise EntryShapeError("an entry must be a mapping")
    translations_raw = raw.get("translations")
    if not isinstance(translations_raw, Mapping):
        raise EntryShapeError("missing translations")
    translations: dict[str, Translation] = {}
    for lang, tr in translations_raw.items():
        if not isinstance(tr, Mapping):
            raise EntryShapeError(f"{lang}: a translation must be a mapping")
        translations[str(lang)] = Translation(
            question=str(tr.get("question") or "").strip(),
            alternates=_strings(tr.get("alternates")),
            keywords=_strings(tr.get("keywords")),
            answer=str(tr.get("answer") or "").strip(),
        )
    source_raw = raw.get("source") or {}
    if not isinstance(source_raw, Mapping):
        raise EntryShapeError("source must be a mapping with title and url")
    try:
        amounts = tuple(int(a) for a in (raw.get("amounts") or ()))
    except (TypeError, ValueError) as exc:
        raise EntryShapeError("amounts must be whole numbers") from exc
    return Entry(
        id=str(raw.get("id") or "").strip(),
        category=str(raw.get("category") or "").strip(),
        translations=translations,
        links=_strings(raw.get("links")),
        source=Source(str(source_raw.get("title") or ""), str(source_raw.get("url") or "")),
        checked_on=_date(raw.get("checked_on")),
        legal_basis=(str(raw["legal_basis"]) if raw.get("legal_basis") else None),
        related=_strings(raw.get("related")),
        amounts=amounts,
        published=bool(raw.get("published", True)),
        deleted=bool(raw.get("deleted", False)),
    )


def entry_to_mapping(entry: Entry) -> dict:
    """The export shape, also accepted back by import (round trip changes nothing)."""
    data: dict = {
        "id": entry.id,
        "category": entry.category,
        "translations": {
            lang: {
                "question": tr.question,
                "alternates": list(tr.alternates),
                "keywords": list(tr.keywords),
                "answer": tr.answer,
            }
            for lang, tr in sorted(entry.translations.items(), key=lambda kv: _lang_order(kv[0]))
        },
        "links": list(entry.links),
        "source": {"title": entry.source.title, "url": entry.source.url},
        "checked_on": entry.checked_on.isoformat() if entry.checked_on else None,
    }
    if entry.legal_basis:
        data["legal_basis"] = entry.legal_basis
    if entry.related:
        data["related"] = list(entry.related)
    if entry.amounts:
        data["amounts"] = list(entry.amounts)
    if not entry.published:
        data["published"] = False
    if entry.deleted:
        data["deleted"] = True
    return data


def _lang_order(lang: str) -> int:
    return LANGS.index(lang) if lang in LANGS else len(LANGS)
