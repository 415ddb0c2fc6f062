"""The consultation statistics the Public Council publishes, and their files.

Counts come from the database with GROUP BY (topics, a list per record, are counted in
Python); the writers take a ``label(kind, code)`` function so that knowledge/ never
translates: the caller passes its translator.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.spreadsheet import append_text_row, csv_cell
from knowledge.storage.models import ConsultationRow, ExportLog, StaffRole

BREAKDOWNS = ("country", "topic", "outcome", "channel", "language", "month", "member")
Label = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class Report:
    period_from: dt.date
    period_to: dt.date
    total: int
    counts: dict[str, list[tuple[str, int]]]  # breakdown → [(code, count)], most first


def member_label(member_key: str, display_name: str | None) -> str:
    """How a member appears in the report: their name, else a short pseudonym."""
    if display_name:
        return display_name
    if member_key.startswith("imported:"):
        return member_key.removeprefix("imported:")
    return f"#{member_key[:6]}"


def _sorted(counter: Counter) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


async def build_report(session: AsyncSession, date_from: dt.date, date_to: dt.date) -> Report:
    period = (
        ConsultationRow.withdrawn.is_(False),
        ConsultationRow.consulted_on >= date_from,
        ConsultationRow.consulted_on <= date_to,
    )
    counts: dict[str, list[tuple[str, int]]] = {}
    for breakdown, column in (
        ("country", ConsultationRow.country),
        ("outcome", ConsultationRow.outcome),
        ("channel", ConsultationRow.channel),
        ("language", ConsultationRow.language),
    ):
        rows = await session.execute(select(column, func.count()).where(*period).group_by(column))
        counts[breakdown] = _sorted(Counter({code: n for code, n in rows}))
    topics: Counter = Counter()
    months: Counter = Counter()
    for row_topics, day in await session.execute(
        select(ConsultationRow.topics, ConsultationRow.consulted_on).where(*period)
    ):
        topics.update(row_topics or ())
        months[day.strftime("%Y-%m")] += 1
    counts["topic"] = _sorted(topics)
    counts["month"] = sorted(months.items())
    names = dict((await session.execute(select(StaffRole.user_key, StaffRole.display_name))).all())
    member_counts: Counter = Counter()
    for member_key, n in await session.execute(
        select(ConsultationRow.member_key, func.count())
        .where(*period)
        .group_by(ConsultationRow.member_key)
    ):
        member_counts[member_label(member_key, names.get(member_key))] += n
    counts["member"] = _sorted(member_counts)
    total = await session.scalar(select(func.count()).select_from(ConsultationRow).where(*period))
    return Report(date_from, date_to, int(total or 0), counts)


async def log_export(session: AsyncSession, actor_key: str, report: Report, fmt: str) -> None:
    session.add(
        ExportLog(
            actor_key=actor_key,
            period_from=report.period_from,
            period_to=report.period_to,
            format=fmt,
        )
    )


def to_csv(report: Report, label: Label) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["breakdown", "code", "label", "count"])
    writer.writerow(["total", "", "", report.total])
    for breakdown in BREAKDOWNS:
        for code, count in report.counts[breakdown]:
            writer.writerow([breakdown, code, csv_cell(label(breakdown, code)), count])
    return out.getvalue()


def _sheet_title(name: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", " ", name)[:31]


def to_xlsx(report: Report, label: Label) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    summary = book.active
    summary.title = _sheet_title(label("heading", "summary"))
    # Real dates, so that a spreadsheet sorts and filters them, shown the same in any locale.
    summary.append([label("heading", "period"), report.period_from, report.period_to])
    for cell in summary[1][1:]:
        cell.number_format = "yyyy-mm-dd"
    summary.append([label("heading", "total"), report.total])
    for breakdown in BREAKDOWNS:
        sheet = book.create_sheet(_sheet_title(label("heading", breakdown)))
        sheet.append([label("heading", breakdown), label("heading", "count")])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for code, count in report.counts[breakdown]:
            append_text_row(sheet, [label(breakdown, code), count])  # names of members
        sheet.column_dimensions["A"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def chart_rows(report: Report, label: Label, top: int = 12) -> list[tuple[str, int]]:
    """The chart's bars: the top countries, then every other one in one bar, so that the bars
    add up to the total."""
    counted = report.counts["country"]
    rows = [(label("country", code), count) for code, count in counted[:top]]
    if rest := sum(count for _, count in counted[top:]):
        rows.append((f"{label('heading', 'other_countries')} ({len(counted) - top})", rest))
    return rows


def to_png(report: Report, label: Label, top: int = 12) -> bytes:
    """A bar chart of consultations by country (the council's headline figure)."""
    import matplotlib

    matplotlib.use("Agg")  # no display on a server
    from matplotlib import pyplot as plt

    rows = chart_rows(report, label, top)
    names = [name for name, _ in rows][::-1]
    values = [count for _, count in rows][::-1]
    total = sum(values) or 1
    figure, axes = plt.subplots(figsize=(9, max(3, 0.45 * len(rows) + 2)), dpi=100)
    try:
        axes.barh(names or ["—"], values or [0], color="#2a6f97")
        for y, value in enumerate(values):
            axes.text(value, y, f" {value} ({value / total:.0%})", va="center")
        title = label("heading", "chart_title").format(
            start=label("date", report.period_from.isoformat()),
            end=label("date", report.period_to.isoformat()),
            total=report.total,
        )
        axes.set_title(textwrap.fill(title, 60))  # a long title wraps instead of being clipped
        axes.margins(x=0.15)  # room for the count and share after the longest bar
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)
