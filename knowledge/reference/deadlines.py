"""The registration deadline: parsing the arrival date as people type it, and the last day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from knowledge.answering.normalize import fold

# Citizens of Kazakhstan register within 30 days, everyone else within 15 (facts.md §1).
DEADLINE_DAYS = {"kazakhstan": 30, "other": 15}


class DateProblem(Enum):
    UNREADABLE = "unreadable"
    IMPOSSIBLE = "impossible"  # 31.02, month 13
    FUTURE = "future"
    TOO_OLD = "too_old"  # more than a year ago: surely a typo


@dataclass(frozen=True, slots=True)
class ParsedDate:
    date: dt.date | None
    problem: DateProblem | None = None
    # "11/3": 11 March as most of the world reads it, or 3 November as an American means it.
    # Set when the other reading is a valid past date too: the user is asked which.
    alternative: dt.date | None = None


_MONTHS = {
    # folded stems: Azerbaijani, Russian (genitive and nominative), English
    "yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "may": 5, "iyun": 6, "iyul": 7,
    "avqust": 8, "sentyabr": 9, "oktyabr": 10, "noyabr": 11, "dekabr": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_TODAY = {"today", "bu gun", "bugun", "сегодня", "segodnya"}
_YESTERDAY = {"yesterday", "dunen", "вчера", "vchera"}
_NUMERIC = re.compile(r"^(\d{1,2})[./\-](\d{1,2})(?:[./\-](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(
    r"^(\d{1,2})\s*([^\d\s]+)\.?\s*(\d{4})?$|^([^\d\s]+)\.?\s*(\d{1,2}),?\s*(\d{4})?$"
)


def _month(word: str) -> int | None:
    word = word.strip(".").rstrip("a")  # "mart" / "марта" / "mar." / "марта"
    for stem, number in _MONTHS.items():
        if word.startswith(stem.rstrip("a")) and len(word) >= 3:
            return number
    return None


def _build(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, today: dt.date) -> ParsedDate:
    """Read an arrival date: 03.11.2026, 3/11, 2026-11-03, "today", "3 noyabr", "5 марта"."""
    raw = fold(text).strip().rstrip(".!")
    raw = re.sub(r"\s+", " ", raw)
    if not raw or len(raw) > 40:
        return ParsedDate(None, DateProblem.UNREADABLE)
    if raw in _TODAY:
        return ParsedDate(today)
    if raw in _YESTERDAY:
        return ParsedDate(today - dt.timedelta(days=1))

    year_given, numeric = True, False
    if match := _ISO.match(raw):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC.match(raw):
        # Only "11/3" may be American; "11.03" and "11-03" are day first wherever they are typed.
        numeric = "/" in raw
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3)
        year_given = year_text is not None
        year = (
            today.year
            if year_text is None
            else int(year_text) + (2000 if len(year_text) == 2 else 0)
        )
    elif match := _WORDS.match(raw):
        if match.group(1):
            day, month_word, year_text = int(match.group(1)), match.group(2), match.group(3)
        else:
            month_word, day, year_text = match.group(4), int(match.group(5)), match.group(6)
        month = _month(month_word) or 0
        if not month:
            return ParsedDate(None, DateProblem.UNREADABLE)
        year_given = year_text is not None
        year = int(year_text) if year_text else today.year
    else:
        return ParsedDate(None, DateProblem.UNREADABLE)

    parsed = _settle(year, month, day, year_given, today)
    if numeric and day != month and day <= 12 and parsed.problem is None:
        swapped = _settle(year, day, month, year_given, today)
        if swapped.problem is None:
            return ParsedDate(parsed.date, None, swapped.date)
    return parsed


def _settle(year: int, month: int, day: int, year_given: bool, today: dt.date) -> ParsedDate:
    date = _build(year, month, day)
    if date is None:
        return ParsedDate(None, DateProblem.IMPOSSIBLE)
    if date > today and not year_given:
        # "20.12" typed in January means last December.
        date = _build(year - 1, month, day) or date
    if date > today:
        return ParsedDate(date, DateProblem.FUTURE)
    if (today - date).days > 366:
        return ParsedDate(date, DateProblem.TOO_OLD)
    return ParsedDate(date)


@dataclass(frozen=True, slots=True)
class Deadline:
    arrival: dt.date
    days: int
    last_day: dt.date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def registration_deadline(arrival: dt.date, group: str, today: dt.date) -> Deadline:
    """The last day to register at the place of stay, counted from the day of arrival."""
    days = DEADLINE_DAYS[group]
    last_day = arrival + dt.timedelta(days=days)
    return Deadline(arrival, days, last_day, (last_day - today).days)



def looks_like_a_question(text: str) -> bool:
    """A question mark, or a sentence of words with no digit in it: not a mistyped date."""
    words = re.findall(r"[^\W\d_]{2,}", fold(text))
    return "?" in text or (len(words) >= 5 and not any(char.isdigit() for char in text))
