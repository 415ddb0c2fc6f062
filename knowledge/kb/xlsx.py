"""The knowledge base as a workbook for translators: one row per entry, a column per field."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from typing import Any
from xml.etree.ElementTree import ParseError

from knowledge.answering.langdetect import LANGS
from knowledge.kb.entries import Entry, EntryShapeError, entry_from_mapping, entry_to_mapping
from knowledge.kb.files import MAX_ENTRIES, LoadResult
from knowledge.kb.validation import Problem
from knowledge.spreadsheet import append_text_row

ENTRY_COLUMNS = (
    "id",
    "category",
    "published",
    "deleted",
    "links",
    "source_url",
    "source_date",
    "reviewed_on",
    "related",
    "amounts",
)
FIELDS = ("question", "short_title", "answer", "alternates", "keywords")
# Shown beside the answer, so kept per language like the answer itself.
LOCALIZED = ("source_title", "legal_basis")
COLUMNS = (
    ENTRY_COLUMNS
    + tuple(f"{lang}_{f}" for lang in LANGS for f in LOCALIZED)
    + tuple(f"{lang}_{f}" for lang in LANGS for f in FIELDS)
)
# Workbooks exported before the per-language columns: read, never written.
LEGACY = {"reviewed_on": "checked_on", "source_date": None}
LEGACY_LOCALIZED = {"source_title": "source_title", "legal_basis": "legal_basis"}
# Columns added later: an older workbook reads as if they were empty.
LATER = tuple(f"{lang}_short_title" for lang in LANGS)
SHEET = "entries"
MAX_UNPACKED = 64 << 20  # the whole KB as a workbook is well under 1 MB unpacked


def _link_line(link: object) -> str:
    if isinstance(link, dict):
        return " ".join(f"{lang}={url}" for lang, url in link.items())
    return str(link)


def _read_link(line: str) -> object:
    """``az=https://… ru=https://… en=https://…`` is one link in three languages."""
    parts = line.split()
    if parts and all("=" in part and part.split("=", 1)[0] in LANGS for part in parts):
        return dict(part.split("=", 1) for part in parts)
    return line


def _per_lang(value: object, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang, ""))
    return str(value or "")


def _lines(values: Iterable[object]) -> str:
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
            "yes" if entry.deleted else "no", _lines(_link_line(x) for x in data["links"]),
            _link_line(data["source"]["url"]), data.get("source_date") or "",
            data["reviewed_on"] or "",
            _lines(data.get("related", [])), _lines(data.get("amounts", [])),
        ]  # fmt: skip
        for lang in LANGS:
            row += [
                _per_lang(data["source"]["title"], lang),
                _per_lang(data.get("legal_basis", ""), lang),
            ]
        for lang in LANGS:
            tr = data["translations"].get(lang, {})
            row += [
                tr.get("question", ""),
                tr.get("short_title", ""),
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
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        return LoadResult([], [Problem(name, "", f"not an XLSX workbook: {exc}")])
    if unpacked > MAX_UNPACKED:
        # A small file that unpacks to gigabytes (a zip bomb) is refused before parsing.
        return LoadResult([], [Problem(name, "", f"unpacks to over {MAX_UNPACKED >> 20} MB")])
    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        return _read_book(book, name)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, ParseError, TypeError) as exc:
        return LoadResult([], [Problem(name, "", f"not an XLSX workbook: {exc}")])
    except RecursionError:
        return LoadResult([], [Problem(name, "", "not an XLSX workbook: nested too deeply")])


def _read_book(book: Any, name: str) -> LoadResult:
    sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(h or "").strip() for h in next(rows, ())]
    for column, old in LEGACY.items():
        if column not in header and (old is None or old in header):
            header = [*header, column] if old is None else [
                column if h == old else h for h in header
            ]
    for field, old in LEGACY_LOCALIZED.items():
        if old in header and not any(f"{lang}_{field}" in header for lang in LANGS):
            header = [f"en_{field}" if h == old else h for h in header]
            header += [f"{lang}_{field}" for lang in LANGS if lang != "en"]
    header += [column for column in LATER if column not in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return LoadResult(
            [], [Problem(f"{name} row 1", "", f"missing column(s): {', '.join(missing)}")]
        )
    position = {column: header.index(column) for column in COLUMNS}
    entries: list[tuple[str, Entry]] = []
    problems: list[Problem] = []
    for number, values in enumerate(rows, start=2):
        if number > MAX_ENTRIES + 1:
            return LoadResult([], [Problem(name, "", f"more than {MAX_ENTRIES} rows")])
        if not values or all(v in (None, "") for v in values):
            continue
        cell = {c: values[i] if i < len(values) else None for c, i in position.items()}
        origin = f"{name} row {number}"
        raw: dict[str, Any] = {
            "id": str(cell["id"] or "").strip(),
            "category": str(cell["category"] or "").strip(),
            "published": str(cell["published"] or "yes").strip().lower() != "no",
            "deleted": str(cell["deleted"] or "no").strip().lower() == "yes",
            "links": [_read_link(line) for line in _split(cell["links"])],
            "source": {
                "title": {lang: str(cell[f"{lang}_source_title"] or "") for lang in LANGS},
                "url": _read_link(str(cell["source_url"] or "").strip()),
            },
            "source_date": str(cell["source_date"] or "").strip() or None,
            "reviewed_on": str(cell["reviewed_on"] or "")[:10] or None,
            "legal_basis": {lang: str(cell[f"{lang}_legal_basis"] or "") for lang in LANGS},
            "related": _split(cell["related"]),
            "amounts": _split(cell["amounts"]),
            "translations": {
                lang: {
                    "question": str(cell[f"{lang}_question"] or ""),
                    "short_title": str(cell[f"{lang}_short_title"] or ""),
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
