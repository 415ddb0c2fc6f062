"""Reading the curated content: the bundled YAML folder, or a file handed to `kb import`."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from knowledge.answering.calibration import Calibration, calibration_from_mapping
from knowledge.kb.entries import Entry, EntryShapeError, entry_from_mapping
from knowledge.kb.validation import Problem, validate_entries
from knowledge.reference.contacts import Directory, directory_from_mapping
from knowledge.reference.eservices import EService, eservices_from_mapping
from knowledge.reference.fees import FeeSchedule, fee_row_from_mapping

DATA_DIR = Path(__file__).parent.parent / "data"
# A knowledge base of a few hundred entries; a file with far more is a mistake or an attack.
MAX_ENTRIES = 2000


@dataclass(frozen=True)
class Tables:
    """The structured knowledge beside the FAQ (read-only at run time)."""

    fees: FeeSchedule
    directory: Directory
    eservices: tuple[EService, ...]
    out_of_scope: Mapping[str, Mapping[str, Sequence[str]]] = field(default_factory=dict)
    concepts: Mapping = field(default_factory=dict)
    calibration: Calibration | None = None


@dataclass(frozen=True)
class LoadResult:
    entries: list[tuple[str, Entry]]
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


# libyaml's loader where PyYAML was built with it: the bundled files take a tenth of the time
# (1.0 s -> 0.1 s), paid at every start of the bot and of every test's bot.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# An entry is a mapping of lists of mappings: a few levels. Far deeper nesting is an attack on
# whatever walks the structure later, refused as the pure-Python loader's recursion once did.
MAX_NESTING = 64


class RefusedYaml(yaml.YAMLError):
    """YAML the loader must not compose: the reason and the line, for the admin who sent it."""

    def __init__(self, reason: str, line: int):
        super().__init__(f"{reason} (line {line})")


def _refuse_hostile(text: str) -> None:
    """YAML without anchors and aliases (a kilobyte of nested aliases, "billion laughs",
    expands to gigabytes; a KB file never needs them) and not nested deeper than an entry
    can be. Looked for in the event stream, before anything is composed."""
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent):
            raise RefusedYaml("aliases (*name) are not allowed", line)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_NESTING:
                raise RefusedYaml("nested too deeply", line)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def parse_entries_text(text: str, is_json: bool) -> object:
    """An entries file, which may come from an admin's upload: no aliases."""
    if is_json:
        return json.loads(text)
    _refuse_hostile(text)
    return yaml.load(text, Loader=_LOADER)


def _read_structured(path: Path) -> Any:  # whatever the JSON or YAML file holds
    """The bundled tables (fees, contacts…): the team's own files, aliases allowed."""
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_LOADER)


def load_tables(data_dir: Path = DATA_DIR) -> Tables:
    fees_raw = _read_structured(data_dir / "fees.yaml") or {}
    contacts_path = data_dir / "contacts.yaml"
    eservices_path = data_dir / "eservices.yaml"
    oos_path = data_dir / "out_of_scope.yaml"
    concepts_path = data_dir / "concepts.yaml"
    calibration_path = data_dir / "calibration.yaml"
    contacts_raw = _read_structured(contacts_path) if contacts_path.exists() else {}
    eservices_raw = _read_structured(eservices_path) if eservices_path.exists() else {}
    oos_raw = _read_structured(oos_path) if oos_path.exists() else {}
    out_of_scope = {
        str(topic["id"]): {lang: tuple(p) for lang, p in (topic.get("phrasings") or {}).items()}
        for topic in (oos_raw or {}).get("topics") or ()
    }
    return Tables(
        fees=FeeSchedule(fee_row_from_mapping(row) for row in fees_raw.get("fees") or ()),
        directory=directory_from_mapping(contacts_raw or {}),
        eservices=eservices_from_mapping(eservices_raw or {}),
        out_of_scope=out_of_scope,
        concepts=(_read_structured(concepts_path) if concepts_path.exists() else None) or {},
        calibration=calibration_from_mapping(
            _read_structured(calibration_path) if calibration_path.exists() else None
        ),
    )


def read_entries(path: Path, origin: str | None = None) -> LoadResult:
    """Entries of one YAML or JSON file (``{"entries": [...]}``), with shape problems."""
    return read_entries_bytes(path.read_bytes(), path.suffix, origin or path.name)


def read_entries_bytes(content: bytes, suffix: str, origin: str) -> LoadResult:
    """Entries of YAML or JSON text, e.g. a file an admin sent; never raises on bad input."""
    try:
        raw = parse_entries_text(content.decode("utf-8"), suffix.lower() == ".json")
    except (yaml.YAMLError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        return LoadResult([], [Problem(origin, "", f"cannot be read: {exc}")])
    except RecursionError:
        return LoadResult([], [Problem(origin, "", "cannot be read: nested too deeply")])
    if isinstance(raw, Mapping) and len(raw.get("entries") or ()) > MAX_ENTRIES:
        return LoadResult([], [Problem(origin, "", f"more than {MAX_ENTRIES} entries")])
    if not isinstance(raw, Mapping) or not isinstance(raw.get("entries"), list):
        return LoadResult([], [Problem(origin, "", "expected a mapping with a list 'entries'")])
    entries: list[tuple[str, Entry]] = []
    problems: list[Problem] = []
    for position, item in enumerate(raw["entries"], start=1):
        try:
            entries.append((origin, entry_from_mapping(item)))
        except EntryShapeError as exc:
            entry_id = item.get("id", "") if isinstance(item, Mapping) else ""
            problems.append(Problem(origin, entry_id or f"entry #{position}", str(exc)))
    return LoadResult(entries, problems)


def read_any(path: Path, origin: str | None = None) -> LoadResult:
    """A YAML, JSON or XLSX file of entries."""
    if path.suffix.lower() == ".xlsx":
        from knowledge.kb.xlsx import read_xlsx

        return read_xlsx(path.read_bytes(), origin or path.name)
    return read_entries(path, origin)


def validate_loaded(
    results: Sequence[LoadResult], tables: Tables, known_ids=(), known_entries=()
) -> LoadResult:
    """Validate what was read, all together: duplicates across files are caught too."""
    entries = [item for result in results for item in result.entries]
    problems = [p for result in results for p in result.problems]
    problems.extend(
        validate_entries(entries, tables.fees, tables.directory, known_ids, known_entries)
    )
    return LoadResult(entries, problems)


def read_and_validate(paths: Sequence[Path], tables: Tables, known_ids=()) -> LoadResult:
    """Read every file and validate them together."""
    return validate_loaded([read_any(path, _origin(path)) for path in paths], tables, known_ids)


def bundled_faq_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted((data_dir / "faq").glob("*.yaml"))


def load_bundled(data_dir: Path = DATA_DIR) -> tuple[LoadResult, Tables]:
    tables = load_tables(data_dir)
    return read_and_validate(bundled_faq_files(data_dir), tables), tables


def _origin(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(DATA_DIR.resolve()))
    except ValueError:
        return str(path)
