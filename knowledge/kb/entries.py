"""FAQ entries: the data model, reading them from YAML or JSON, and turning them back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from knowledge.answering.langdetect import LANGS, Lang
from knowledge.reference.fees import Source, source_from_mapping
from knowledge.reference.localized import Localized

# A source that shows no date of its own says so instead of leaving source_date out.
UNDATED = "undated"

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


# A button label: a phone shows about this much of a full-width inline button.
MAX_SHORT_TITLE = 32


@dataclass(frozen=True, slots=True)
class Translation:
    question: str
    alternates: tuple[str, ...]
    keywords: tuple[str, ...]
    answer: str
    # The entry's subject on buttons ("Registration: is it free?"); the question heads the answer.
    short_title: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One FAQ entry in the three languages, with where its facts come from."""

    id: str
    category: str
    translations: Mapping[str, Translation]
    # Each link is one URL for every language, or a mapping {az: url, ru: url, en: url}.
    links: tuple[str | Mapping[str, str], ...]
    source: Source
    # The day a person last compared the text with its source (not a live check of the site).
    reviewed_on: dt.date | None
    legal_basis: Localized | None = None
    # The date the source itself carries: "2024", "2024-12" or "2024-12-29"; UNDATED if none.
    source_date: str | None = None
    related: tuple[str, ...] = ()
    amounts: tuple[int, ...] = ()
    published: bool = True
    deleted: bool = False
    extra: Mapping[str, object] = field(default_factory=dict)

    @property
    def live(self) -> bool:
        """Shown to users: published and not deleted."""
        return self.published and not self.deleted

    @property
    def checked_on(self) -> dt.date | None:
        """Old name of ``reviewed_on`` (files and code written before it was renamed)."""
        return self.reviewed_on

    def links_for(self, lang: str) -> tuple[str, ...]:
        """The official pages in the reader's language where the site has one."""
        return tuple(
            link if isinstance(link, str) else Localized.of(link).get(lang)  # type: ignore[union-attr]
            for link in self.links
        )

    def all_link_urls(self) -> tuple[str, ...]:
        urls: list[str] = []
        for link in self.links:
            urls.extend([link] if isinstance(link, str) else [str(u) for u in link.values()])
        return tuple(urls)

    def title(self, lang: Lang) -> str:
        """The short title for buttons (the question while an entry has none yet)."""
        translation = self.translations.get(lang) or next(iter(self.translations.values()))
        return translation.short_title or translation.question


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


def _date(value: object, name: str = "reviewed_on") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise EntryShapeError(f"{name} is not a date (YYYY-MM-DD): {value!r}") from exc


def _source_date(value: object) -> str | None:
    """YAML reads 2024 as a number and 2024-12-29 as a date: keep them as text."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _links(value: object) -> tuple[str | Mapping[str, str], ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list | tuple):
        raise EntryShapeError("links must be a list of URLs or of {az, ru, en} mappings")
    links: list[str | Mapping[str, str]] = []
    for item in value:
        if isinstance(item, Mapping):
            links.append({str(k): str(v) for k, v in item.items() if v})
        elif item is not None:
            links.append(str(item))
    return tuple(links)


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
            short_title=str(tr.get("short_title") or "").strip(),
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
        links=_links(raw.get("links")),
        source=source_from_mapping(source_raw),
        # "checked_on" is the old name of the key: old files and exports still load.
        reviewed_on=_date(raw.get("reviewed_on") or raw.get("checked_on")),
        source_date=_source_date(raw.get("source_date")),
        legal_basis=Localized.of(raw.get("legal_basis")),
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
                "short_title": tr.short_title,
                "alternates": list(tr.alternates),
                "keywords": list(tr.keywords),
                "answer": tr.answer,
            }
            for lang, tr in sorted(entry.translations.items(), key=lambda kv: _lang_order(kv[0]))
        },
        "links": [link if isinstance(link, str) else dict(link) for link in entry.links],
        "source": entry.source.to_data(),
        "source_date": entry.source_date,
        "reviewed_on": entry.reviewed_on.isoformat() if entry.reviewed_on else None,
    }
    if entry.legal_basis:
        data["legal_basis"] = entry.legal_basis.to_data()
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
