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

FEE_PLACEHOLDER = re.compile(r"\{fee:([a-z0-9_.]+)\}")


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class FeeRow:
    """One amount of the schedule: permit, applicant, period and processing speed."""

    id: str
    permit: str
    applicant: str
    amount: Decimal
    currency: str
    legal_basis: str
    source: Source
    confirmed: bool
    period_months: int | None = None
    period_days: int | None = None
    working_days: int | None = None
    hours: int | None = None
    effective: str | None = None


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
    source = raw.get("source") or {}
    effective = raw.get("effective")
    return FeeRow(
        id=str(raw["id"]),
        permit=str(raw["permit"]),
        applicant=str(raw["applicant"]),
        amount=Decimal(str(raw["amount"])),
        currency=str(raw["currency"]),
        legal_basis=str(raw["legal_basis"]),
        source=Source(str(source.get("title", "")), str(source.get("url", ""))),
        confirmed=bool(raw.get("confirmed", True)),
        period_months=period.get("months"),
        period_days=period.get("days"),
        working_days=processing.get("working_days"),
        hours=processing.get("hours"),
        effective=None if effective is None else str(effective),
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
_APPLICANT_ORDER = ("adult", "minor", "student", "any")


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
        and (applicant is None or row.applicant == applicant)
        and (period is None or period_key(row) == period)
    ]  # fmt: skip


def applicants(schedule: FeeSchedule, permit: str) -> list[str]:
    found = {row.applicant for row in calculator_rows(schedule, permit)}
    return [a for a in _APPLICANT_ORDER if a in found]


def periods(schedule: FeeSchedule, permit: str, applicant: str) -> list[str]:
    keys = {period_key(row) for row in calculator_rows(schedule, permit, applicant)}
    return sorted(keys, key=_sort_key)


def speeds(schedule: FeeSchedule, permit: str, applicant: str, period: str) -> list[FeeRow]:
    """The rows left once permit, applicant and period are chosen: one per processing speed."""
    rows = calculator_rows(schedule, permit, applicant, period)
    return sorted(rows, key=lambda row: _sort_key(speed_key(row)))
