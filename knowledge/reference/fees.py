"""The state-fee schedule and the rendering of fee placeholders in answers.

Answers never type a fee: they write ``{fee:wp.20d.3m}`` and the amount comes from this
table, so a fee changed in one place changes everywhere it is quoted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import format_currency

from knowledge.reference.localized import NEUTRAL, Localized

FEE_PLACEHOLDER = re.compile(r"\{fee:([a-z0-9_.]+)\}")


@dataclass(frozen=True, slots=True)
class Source:
    """Where facts come from. ``title``/``url`` are the defaults (English where given);
    ``titles``/``urls`` hold the text and the page in each language the reader may use."""

    title: str
    url: str
    titles: Localized | None = None
    urls: Localized | None = None

    def title_for(self, lang: str) -> str:
        return self.titles.get(lang) if self.titles is not None else self.title

    def url_for(self, lang: str) -> str:
        return self.urls.get(lang) if self.urls is not None else self.url

    def to_data(self) -> dict:
        """The file shape: ``title`` a string or ``{az, ru, en}``; ``url`` likewise."""
        title = self.titles.to_data() if self.titles is not None else self.title
        url = self.urls.to_data() if self.urls is not None else self.url
        return {"title": title, "url": url}


def source_from_mapping(raw: Mapping | None) -> Source:
    """``title`` and ``url`` are each a string or a mapping by language."""
    raw = raw or {}
    titles = Localized.of(raw.get("title"))
    urls = Localized.of(raw.get("url"))
    return Source(
        title=titles.get("en") if titles else "",
        url=urls.get("en") if urls else "",
        titles=titles,
        urls=urls if urls is not None and urls.languages() else None,
    )


@dataclass(frozen=True, slots=True)
class FeeRow:
    """One amount of the schedule: permit, applicant, period and processing speed."""

    id: str
    permit: str
    applicant: str
    amount: Decimal
    currency: str
    legal_basis: Localized
    source: Source
    confirmed: bool
    period_months: int | None = None
    period_days: int | None = None
    working_days: int | None = None
    hours: int | None = None
    effective: str | None = None
    # A row that applies only in some places (e.g. "liberated" territories): the calculator
    # asks for the scope first and offers only the tiers that apply there.
    scope: str | None = None
    # A condition the reader must meet, shown in their language before the amount.
    condition: Localized | None = None


def format_money(amount: Decimal, currency: str, locale: str) -> str:
    """Amount in the reader's locale, whole manats without decimals (fees are whole numbers).

    Manat keeps the locale's own sign (₼ or AZN); other currencies show their ISO code, since
    "20 $" could be any dollar.
    """
    digits = amount != amount.to_integral_value()
    sign = "¤" if currency == "AZN" else "¤¤"
    pattern = f"#,##0.00 {sign}" if digits else f"#,##0 {sign}"
    return format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)


def fee_row_from_mapping(raw: Mapping) -> FeeRow:
    period = raw.get("period") or {}
    processing = raw.get("processing") or {}
    effective = raw.get("effective")
    return FeeRow(
        id=str(raw["id"]),
        permit=str(raw["permit"]),
        applicant=str(raw["applicant"]),
        amount=Decimal(str(raw["amount"])),
        currency=str(raw["currency"]),
        legal_basis=Localized.of(raw["legal_basis"]) or Localized(((NEUTRAL, "-"),)),
        source=source_from_mapping(raw.get("source")),
        confirmed=bool(raw.get("confirmed", True)),
        period_months=period.get("months"),
        period_days=period.get("days"),
        working_days=processing.get("working_days"),
        hours=processing.get("hours"),
        effective=None if effective is None else str(effective),
        scope=None if raw.get("scope") is None else str(raw["scope"]),
        condition=Localized.of(raw.get("condition")),
    )


class FeeSchedule:
    """The rows by id, and the placeholder renderer the answers use."""

    def __init__(self, rows: Iterable[FeeRow]):
        self._rows = {row.id: row for row in rows}

    def __contains__(self, fee_id: object) -> bool:
        return fee_id in self._rows

    def __getitem__(self, fee_id: str) -> FeeRow:
        return self._rows[fee_id]

    def __iter__(self):
        return iter(self._rows.values())

    def __len__(self) -> int:
        return len(self._rows)

    def unknown_placeholders(self, text: str) -> list[str]:
        return [fid for fid in FEE_PLACEHOLDER.findall(text) if fid not in self._rows]

    def render(self, text: str, locale: str) -> str:
        """Replace every ``{fee:ID}`` by the amount formatted for ``locale``.

        An unknown id is left visible rather than guessed: validation rejects such text
        before it reaches the database, so this only shows in a broken development tree.
        """

        def amount(match: re.Match[str]) -> str:
            row = self._rows.get(match.group(1))
            if row is None:
                return match.group(0)
            return format_money(row.amount, row.currency, locale)

        return FEE_PLACEHOLDER.sub(amount, text)


# The /fees calculator walks permit → applicant → period → processing speed over the rows.
CALCULATOR_PERMITS = ("work_permit", "trp", "extension", "evisa")
_APPLICANT_ORDER = ("adult", "minor", "student", "any", "liberated")


def audience_key(row: FeeRow) -> str:
    """Who (or where) a row is for, as the calculator asks: the scope, else the applicant."""
    return row.scope or row.applicant


def period_key(row: FeeRow) -> str:
    if row.period_months is not None:
        return f"{row.period_months}m"
    return f"{row.period_days}d" if row.period_days is not None else "-"


def speed_key(row: FeeRow) -> str:
    if row.working_days is not None:
        return f"{row.working_days}w"
    return f"{row.hours}h" if row.hours is not None else "-"


def _sort_key(key: str) -> tuple[int, int]:
    number = "".join(ch for ch in key if ch.isdigit())
    unit = {"h": 0, "d": 1, "w": 2, "m": 3}.get(key[-1:], 9)
    return unit, int(number or 0)


def calculator_rows(
    schedule: FeeSchedule, permit: str, applicant: str | None = None, period: str | None = None
) -> list[FeeRow]:
    return [
        row for row in schedule
        if row.permit == permit
        and (applicant is None or audience_key(row) == applicant)
        and (period is None or period_key(row) == period)
    ]  # fmt: skip


def applicants(schedule: FeeSchedule, permit: str) -> list[str]:
    found = {audience_key(row) for row in calculator_rows(schedule, permit)}
    return [a for a in _APPLICANT_ORDER if a in found]


def periods(schedule: FeeSchedule, permit: str, applicant: str) -> list[str]:
    keys = {period_key(row) for row in calculator_rows(schedule, permit, applicant)}
    return sorted(keys, key=_sort_key)


def speeds(schedule: FeeSchedule, permit: str, applicant: str, period: str) -> list[FeeRow]:
    """The rows left once permit, applicant and period are chosen: one per processing speed."""
    rows = calculator_rows(schedule, permit, applicant, period)
    return sorted(rows, key=lambda row: _sort_key(speed_key(row)))
