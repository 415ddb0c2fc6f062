"""Every UI string exists in az, ru and en; dates and money follow the reader's locale."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from bot.i18n import LOCALES_DIR, Translator, negotiate

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def source_messages() -> set[str | tuple[str, str]]:
    """Every literal passed to tr(), N_() or .plural() in bot/ and handlers/, nested or not.

    Walking the syntax tree finds calls that Babel's extractor skips (a tr() inside another
    call's arguments), so a string cannot hide from the catalogs.
    """
    found: set[str | tuple[str, str]] = set()
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).glob("*.py"):
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


def load(lang: str):
    with (LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def test_the_source_has_ui_strings_to_check():
    assert len(source_messages()) > 60


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_every_ui_string_is_translated_with_the_same_placeholders(lang):
    catalog = load(lang)
    problems = []
    for message in source_messages():
        key = message if isinstance(message, str) else message[0]
        entry = catalog.get(key)
        if (
            entry is None
            or not entry.string
            or not all(entry.string if isinstance(entry.string, tuple) else [entry.string])
        ):
            problems.append(f"untranslated: {key!r}")
            continue
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        wanted = set(PLACEHOLDER.findall(key))
        for text in strings:
            if set(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"placeholders differ: {key!r} → {text!r}")
    assert not problems, "\n".join(problems)


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
    assert "ноября" in Translator("ru").date(dt.date(2026, 11, 3))
    assert Translator("az").money(1000) == "1.000 ₼"
    assert Translator("en").money(1400) == "1,400 AZN"


@pytest.mark.parametrize(
    ("hint", "lang"), [("ru-RU", "ru"), ("en", "en"), ("az", "az"), ("tr", "az"), (None, "az")]
)
def test_telegram_language_codes_are_negotiated_to_ours(hint, lang):
    assert negotiate(hint) == lang
