"""Every UI string exists in az, ru and en; dates and money follow the reader's locale."""

from __future__ import annotations

import ast
import datetime as dt
import re
import shlex
import shutil
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po, write_po

from handlers.kit.i18n import LOCALES_DIR, Translator, negotiate

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def source_messages() -> set[str | tuple[str, str]]:
    """Every literal passed to tr(), N_() or .plural() in bot/ and handlers/, nested or not.

    Walking the syntax tree finds calls that Babel's extractor skips (a tr() inside another
    call's arguments), so a string cannot hide from the catalogs.
    """
    found: set[str | tuple[str, str]] = set()
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                literals = [
                    a.value
                    for a in node.args[:2]
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                if name in ("tr", "N_") and literals:
                    found.add(literals[0])
                elif name == "plural" and len(literals) == 2:
                    found.add((literals[0], literals[1]))
    return found


def load(lang: str, locales: Path = LOCALES_DIR):
    with (locales / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def catalog_problems(catalog, messages) -> list[str]:
    """What keeps each message from reaching a reader in this catalog's language."""
    problems = []
    for message in messages:
        key = message if isinstance(message, str) else message[0]
        entry = catalog.get(key)
        strings = () if entry is None else entry.string
        strings = strings if isinstance(strings, tuple) else (strings,)
        if entry is None or not strings or not all(strings):
            problems.append(f"untranslated: {key!r}")
            continue
        if entry.fuzzy:  # the compiled catalog leaves fuzzy entries out
            problems.append(f"fuzzy (unchecked guess): {key!r}")
        if isinstance(message, tuple) != entry.pluralizable:
            problems.append(f"plural form differs: {key!r}")
            continue
        wanted = set(PLACEHOLDER.findall(key))
        if isinstance(message, tuple):
            wanted |= set(PLACEHOLDER.findall(message[1]))
        for text in strings:
            if set(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"placeholders differ: {key!r} → {text!r}")
    return problems


def documented_commands() -> list[list[str]]:
    """The pybabel command lines of the README's "Translating the interface" section."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("### Translating the interface", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh", 1)[1].split("```", 1)[0].replace("\\\n", " ")
    return [shlex.split(line) for line in block.splitlines() if line.startswith("pybabel ")]


def run_documented_steps(locales: Path, steps: tuple[str, ...] = ("extract", "update")) -> None:
    """Run the README's pybabel commands against a copy of locales/ instead of the real one."""
    for argv in documented_commands():
        if argv[1] not in steps:
            continue
        args = []
        for arg in argv:
            if arg.startswith("locales"):
                arg = str(locales / arg.removeprefix("locales").lstrip("/"))
            elif arg == "babel.cfg":
                arg = str(ROOT / "babel.cfg")
            elif arg == ".":
                arg = str(ROOT)
            args.append(arg)
        CommandLineInterface().run(args)


def test_the_source_has_ui_strings_to_check():
    assert len(source_messages()) > 60


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_every_ui_string_is_translated_with_the_same_placeholders(lang):
    problems = catalog_problems(load(lang), source_messages())
    assert not problems, "\n".join(problems)


def test_the_check_catches_a_missing_a_fuzzy_and_a_mangled_string():
    catalog = load("ru")
    catalog.delete("None of these")
    catalog["Source: {source}"].string = "Источник: {источник}"
    catalog["{count} day left."].flags.add("fuzzy")
    problems = catalog_problems(
        catalog,
        {"None of these", "Source: {source}", ("{count} day left.", "{count} days left.")},
    )
    assert sorted(p.split(":")[0] for p in problems) == [
        "fuzzy (unchecked guess)",
        "placeholders differ",
        "untranslated",
    ]


def test_the_template_is_up_to_date_with_the_code(tmp_path):
    run_documented_steps(tmp_path, steps=("extract",))
    with (tmp_path / "messages.pot").open("rb") as handle:
        fresh = {m.id for m in read_po(handle) if m.id}
    with (LOCALES_DIR / "messages.pot").open("rb") as handle:
        committed = {m.id for m in read_po(handle) if m.id}
    assert fresh == committed, "run the README's pybabel extract and update commands"
    # A string Babel cannot see (e.g. a call it does not recognise) would never reach a .po.
    assert source_messages() <= fresh


def test_an_edited_translation_survives_the_documented_workflow(tmp_path):
    assert [argv[:2] for argv in documented_commands()] == [
        ["pybabel", "extract"],
        ["pybabel", "update"],
    ]
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales, ignore=shutil.ignore_patterns("*.mo"))
    po_path = locales / "ru" / "LC_MESSAGES" / "messages.po"
    catalog = load("ru", locales)
    catalog["None of these"].string = "Ни один из вариантов"
    with po_path.open("wb") as handle:
        write_po(handle, catalog)

    run_documented_steps(locales)

    after = load("ru", locales)
    assert after["None of these"].string == "Ни один из вариантов"
    assert not after["None of these"].fuzzy
    for lang in ("az", "ru", "en"):
        assert not catalog_problems(load(lang, locales), source_messages()), lang


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_the_install_step_compiled_each_catalog(lang):
    mo_path = LOCALES_DIR / lang / "LC_MESSAGES" / "messages.mo"
    assert mo_path.is_file(), "run the install step: pip install -e ."
    with mo_path.open("rb") as handle:
        compiled = read_mo(handle)
    assert len(compiled) == len(load(lang))


def test_russian_has_three_plural_forms_and_uses_them():
    assert load("ru").num_plurals == 3
    ru = Translator("ru")
    assert [ru.plural("{count} day left.", "{count} days left.", n) for n in (1, 3, 5)] == [
        "Остался 1 день.",
        "Осталось 3 дня.",
        "Осталось 5 дней.",
    ]


def test_a_translator_speaks_its_locale():
    assert Translator("az")("None of these") == "Heç biri"
    assert Translator("ru")("None of these") == "Ничего из этого"
    assert Translator("ru").date(dt.date(2026, 11, 3)) == "3 ноября 2026"  # no "г.." at the end
    assert Translator("az").money(1000) == "1.000 ₼"
    assert Translator("en").money(1400) == "1,400 AZN"


@pytest.mark.parametrize(
    ("hint", "lang"),
    [("ru-RU", "ru"), ("en", "en"), ("az", "az"), ("tr", "az"), (None, "az"), ("uk", "ru"),
     ("kk", "ru"), ("ky", "ru"), ("uz", "ru"), ("tg", "ru"), ("be", "ru"), ("fa", "az")],
)  # fmt: skip
def test_telegram_language_codes_are_negotiated_to_ours(hint, lang):
    assert negotiate(hint) == lang
