"""Per-user translations: catalogs load once, each reply gets its own Translator.

The install step compiles locales/*/LC_MESSAGES/*.po to .mo (setup.py); nothing binary is
committed. UI strings only: FAQ content is data.
"""

from __future__ import annotations

import datetime as dt
import io
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


def negotiate(hint: str | None, default: Lang = "az") -> Lang:
    """Map a Telegram language_code or a user's choice (``ru-RU``, ``en``) to az|ru|en."""
    if not hint:
        return default
    base = hint.replace("_", "-").split("-")[0].lower()
    return base if base in LANGS else default  # type: ignore[return-value]


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
        # Russian long dates end in "г." which doubles the full stop of a sentence.
        return format_date(value, format=form, locale=self.locale).removesuffix(" г.")

    def money(self, amount: Decimal | int, currency: str = "AZN") -> str:
        return format_money(Decimal(amount), currency, self.lang)


@cache
def translator(lang: str) -> Translator:
    return Translator(negotiate(lang))
