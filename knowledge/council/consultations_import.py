"""Importing consultations kept on paper or in spreadsheets: all rows valid, or none."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from knowledge.answering.normalize import normalize
from knowledge.council.consultations import AZ_ABROAD, EARLIEST_LOGGABLE, STATELESS, Draft
from knowledge.reference.countries import SEARCH_LANGS, country_names, known_codes

COLUMNS = ("date", "country", "topics", "channel", "outcome", "language")
OPTIONAL = ("member", "note")
IMPORTED_PREFIX = "imported:"


@dataclass(frozen=True, slots=True)
class ImportRow:
    line: int
    member: str
    draft: Draft


@dataclass(frozen=True, slots=True)
class ImportResult:
    rows: list[ImportRow]
    problems: list[tuple[int, str]]  # (line, reason)


def _country(value: str) -> str | None:
    value = value.strip()
    if value.upper() in known_codes():
        return value.upper()
    wanted = normalize(value)
    if wanted in ("stateless", "vetendasligi olmayan", "лицо без гражданства"):
        return STATELESS
    if wanted in ("azerbaijani citizen abroad", "az abroad", "xaricde yasayan azerbaycanli"):
        return AZ_ABROAD
    for lang in SEARCH_LANGS:
        for code, title in country_names(lang).items():
            if normalize(title) == wanted:
                return code
    return None


def _date(value: str) -> dt.date | None:
    value = value.strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None


def parse_csv(text: str, today: dt.date) -> ImportResult:
    """Read and check every row; the caller writes only when ``problems`` is empty."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in reader.fieldnames or ()]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return ImportResult([], [(1, f"missing column(s): {', '.join(missing)}")])
    reader.fieldnames = header
    rows: list[ImportRow] = []
    problems: list[tuple[int, str]] = []
    codes = known_codes()
    for line, raw in enumerate(reader, start=2):
        values = {k: (v or "").strip() for k, v in raw.items() if k}
        day = _date(values["date"])
        country = _country(values["country"])
        draft = Draft(
            country=country or "",
            topics=tuple(
                t.strip() for t in values["topics"].replace("|", ";").split(";") if t.strip()
            ),
            channel=values["channel"],
            outcome=values["outcome"],
            consulted_on=day,
            language=values["language"],
            note=values.get("note", ""),
        )
        reasons = []
        if day is None:
            reasons.append(f"date {values['date']!r} is not YYYY-MM-DD or DD.MM.YYYY")
        if country is None:
            reasons.append(f"unknown country {values['country']!r}")
        for field in draft.problems(today, codes):
            if (field == "date" and day is None) or (field == "country" and country is None):
                continue
            if field == "personal_data":  # said without repeating it in the error
                reasons.append("the note looks like a phone, document number or e-mail")
                continue
            if field == "date":
                reasons.append(
                    "the date is in the future"
                    if day is not None and day > today
                    else f"invalid date: nothing before {EARLIEST_LOGGABLE.isoformat()}"
                )
                continue
            reasons.append(f"invalid {field} {values.get(field, '')!r}")
        if reasons:
            problems.extend((line, reason) for reason in reasons)
        else:
            rows.append(ImportRow(line, values.get("member", ""), draft))
    if not rows and not problems:
        problems.append((1, "no rows"))
    return ImportResult(rows, problems)


def imported_member_key(member: str) -> str:
    return IMPORTED_PREFIX + (member or "unknown")[:50]
