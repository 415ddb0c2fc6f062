"""Every UI string exists in az, ru and en; dates and money follow the reader's locale."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.i18n import LOCALES_DIR, Translator, negotiate

ROOT = Path(__file__).resolve().parent.parent
CALL = re.compile(r"\btr\(\s*((?:\"[^\"]*\"\s*)+)", re.S)


def source_msgids() -> set[str]:
    found = set()
    for path in [*ROOT.glob("bot/*.py"), *ROOT.glob("handlers/*.py")]:
        for match in CALL.finditer(path.read_text("utf-8")):
            found.add("".join(re.findall(r"\"([^\"]*)\"", match.group(1))))
    return found


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_every_ui_string_is_translated(lang):
    with (LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle)
    translated = {m.id: m.string for m in catalog if m.id}
    missing = sorted(m for m in source_msgids() if not translated.get(m))
    assert not missing, f"{lang}: untranslated: {missing}"


def test_russian_has_three_plural_forms():
    with (LOCALES_DIR / "ru" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        assert read_po(handle).num_plurals == 3


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
