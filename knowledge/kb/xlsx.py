"""The knowledge base as a workbook for translators: one row per entry, a column per field."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

from knowledge.answering.langdetect import LANGS
from knowledge.kb.entries import Entry, EntryShapeError, entry_from_mapping, entry_to_mapping
from knowledge.kb.files import LoadResult
from knowledge.kb.validation import Problem
from knowledge.spreadsheet import append_text_row

ENTRY_COLUMNS = (
    "id",
    "category",
    "published",
    "deleted",
    "links",
    "source_title",
    "source_url",
    "checked_on",
    "legal_basis",
    "related",
    "amounts",
)
FIELDS = ("question", "answer", "alternates", "keywords")
COLUMNS = ENTRY_COLUMNS + tuple(f"{lang}_{f}" for lang in LANGS for f in FIELDS)
SHEET = "entries"


def _lines(values: Sequence) -> str:
    return "\n".join(str(v) for v in values)


def to_xlsx(entries: Sequence[Entry]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for entry in entries:
        data = entry_to_mapping(entry)
        row = [
            data["id"], data["category"], "yes" if entry.published else "no",
            "yes" if entry.deleted else "no", _lines(data["links"]), data["source"]["title"],
            data["source"]["url"], data["checked_on"] or "", data.get("legal_basis", ""),
            _lines(data.get("related", [])), _lines(data.get("amounts", [])),
        ]  # fmt: skip
        for lang in LANGS:
            tr = data["translations"].get(lang, {})
            row += [
                tr.get("question", ""),
                tr.get("answer", ""),
                _lines(tr.get("alternates", [])),
                _lines(tr.get("keywords", [])),
            ]
        append_text_row(sheet, row)  # a migrant's wording may start with '='
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _split(value: object) -> list[str]:
    return [line.strip() for line in str(value or "").splitlines() if line.strip()]


def read_xlsx(content: bytes, name: str) -> LoadResult:
    """Entries of a workbook; problems name the row ("kb.xlsx row 7")."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        return LoadResult([], [Problem(name, "", f"not an XLSX workbook: {exc}")])
    sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(h or "").strip() for h in next(rows, ())]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return LoadResult(
            [], [Problem(f"{name} row 1", "", f"missing column(s): {', '.join(missing)}")]
        )
    position = {column: header.index(column) for column in COLUMNS}
    entries: list[tuple[str, Entry]] = []
    problems: list[Problem] = []
    for number, values in enumerate(rows, start=2):
        if not values or all(v in (None, "") for v in values):
            continue
        cell = {c: values[i] if i < len(values) else None for c, i in position.items()}
        origin = f"{name} row {number}"
        raw = {
            "id": str(cell["id"] or "").strip(),
            "category": str(cell["category"] or "").strip(),
            "published": str(cell["published"] or "yes").strip().lower() != "no",
            "deleted": str(cell["deleted"] or "no").strip().lower() == "yes",
            "links": _split(cell["links"]),
            "source": {
                "title": str(cell["source_title"] or ""),
                "url": str(cell["source_url"] or ""),
            },
            "checked_on": str(cell["checked_on"] or "")[:10] or None,
            "legal_basis": str(cell["legal_basis"] or "") or None,
            "related": _split(cell["related"]),
            "amounts": _split(cell["amounts"]),
            "translations": {
                lang: {
                    "question": str(cell[f"{lang}_question"] or ""),
                    "answer": str(cell[f"{lang}_answer"] or ""),
                    "alternates": _split(cell[f"{lang}_alternates"]),
                    "keywords": _split(cell[f"{lang}_keywords"]),
                }
                for lang in LANGS
                if any(cell[f"{lang}_{f}"] for f in FIELDS)
            },
        }
        try:
            entries.append((origin, entry_from_mapping(raw)))
        except EntryShapeError as exc:
            problems.append(Problem(origin, raw["id"], str(exc)))
    return LoadResult(entries, problems)
