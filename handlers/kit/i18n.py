"""Per-user translations: catalogs load once, each reply gets its own Translator.

The install step compiles locales/*/LC_MESSAGES/*.po to .mo (setup.py); nothing binary is
committed. UI strings only: FAQ content is data.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from functools import cache
from gettext import GNUTranslations, NullTranslations
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from knowledge.answering.langdetect import LANGS, Lang
from knowledge.reference.fees import format_money

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
DOMAIN = "messages"


def N_(message: str) -> str:
    """Mark a module-level string for extraction; it is translated where it is shown."""
    return message


@cache
def catalog(lang: str) -> NullTranslations:
    po_path = LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_path.is_file():
        return NullTranslations()
    with po_path.open("rb") as handle:
        parsed = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, parsed)
    buffer.seek(0)
    return GNUTranslations(buffer)


# Ukrainian, Belarusian, Kazakh, Kyrgyz, Uzbek, Tajik, and languages of Russia's republics
# (Tatar, Bashkir, Chechen, Chuvash, Ossetian).
RUSSIAN_READERS = frozenset({"uk", "be", "kk", "ky", "uz", "tg", "tt", "ba", "ce", "cv", "os"})


def negotiate(hint: str | None, default: Lang = "az") -> Lang:
    """Map a Telegram language_code or a user's choice (``ru-RU``, ``en``) to az|ru|en."""
    if not hint:
        return default
    base = hint.replace("_", "-").split("-")[0].lower()
    if base in LANGS:
        return base  # type: ignore[return-value]
    # People whose Telegram speaks a CIS language read Russian far more often than
    # Azerbaijani (Ukrainians were the council's largest group in 2022).
    return "ru" if base in RUSSIAN_READERS else default


_YEAR_MARK = re.compile(r"\s*г\.$")


class Translator:
    """gettext, plurals, dates and money for one locale."""

    def __init__(self, lang: Lang):
        self.lang: Lang = lang
        self._catalog = catalog(lang)
        self.locale = Locale.parse(lang)

    def __call__(self, message: str, **values: object) -> str:
        text = self._catalog.gettext(message)
        return text.format(**values) if values else text

    def plural(self, singular: str, plural: str, count: int, **values: object) -> str:
        text = self._catalog.ngettext(singular, plural, count)
        return text.format(count=count, **values)

    def date(self, value: dt.date, form: str = "long") -> str:
        # Russian long dates end in "г." (after a narrow no-break space), which doubles the
        # full stop of a sentence: "2026 г..".
        return _YEAR_MARK.sub("", format_date(value, format=form, locale=self.locale))

    def money(self, amount: Decimal | int, currency: str = "AZN") -> str:
        return format_money(Decimal(amount), currency, self.lang)


@cache
def translator(lang: str) -> Translator:
    return Translator(negotiate(lang))
