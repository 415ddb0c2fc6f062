"""Cells written from people's text stay text in Excel and LibreOffice, never a formula.

A member's Telegram name or a migrant's wording can begin with ``=``, ``+``, ``-`` or ``@``;
written as is, a spreadsheet runs it (``=HYPERLINK(...)`` can send the sheet's data away).
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """CSV has no types: a leading apostrophe is the convention spreadsheets read as text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def append_text_row(sheet, values: Iterable[object]) -> None:
    """Append a row to an openpyxl sheet with every string stored as a string.

    openpyxl turns a string starting with "=" into a formula; the value is kept exactly (a
    workbook read back gives the same text) and only its cell type is set."""
    values = list(values)
    sheet.append(values)
    for cell, value in zip(sheet[sheet.max_row], values, strict=False):
        if isinstance(value, str) and value.startswith(FORMULA_START):
            cell.value = value
            cell.data_type = "s"
