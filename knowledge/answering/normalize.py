"""Text normalization shared by the index and the queries.

Both sides must be folded the same way: RapidFuzz applies no processor of its own, and a
migrant without an Azerbaijani keyboard types "qeydiyyat ucun" for "qeydiyyat üçün".
"""

from __future__ import annotations

import re
import unicodedata

# Letters people replace when they lack the keyboard layout. Folding both the KB and the query
# makes "Ödənişlərin" and "odenislerin" the same string.
_FOLD = str.maketrans(
    {
        "ə": "e",
        "ı": "i",
        "ö": "o",
        "ü": "u",
        "ç": "c",
        "ş": "s",
        "ğ": "g",
        "ё": "е",
        "й": "и",
        # Russian typed on a Latin keyboard drops the signs and writes э as e ("rabotodatel",
        # "eto"): folding them away on both sides lets its Cyrillic reading meet the KB.
        "э": "е",
        "ъ": None,
        "ь": None,
    }
)
_NON_WORD = re.compile(r"[^\w@]+|_+")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"[\w@.]+")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def casefold_az(text: str) -> str:
    """Lower-case with the Turkic dotted capital İ handled.

    Python lowers "İ" to "i" plus a combining dot, which would break every comparison, so the
    capital is replaced before lowering. Dotless ı is folded to i afterwards anyway.
    """
    return text.replace("İ", "i").replace("I", "i").lower()


def fold_pattern(source: str) -> str:
    """A regular expression's letters folded as fold() folds text ("жительств" → "жителств"),
    its syntax untouched: lower-casing would turn the escape \\W into \\w."""
    return source.translate(_FOLD)


def fold(text: str) -> str:
    """NFKC, Turkic-aware case folding and removal of diacritics people often omit."""
    text = unicodedata.normalize("NFKC", text)
    text = casefold_az(text).translate(_FOLD)
    return _COMBINING.sub("", text)


# "e-visa", "e-mail", "e-xidmət": people write them with the hyphen, without it, and on a
# phone with a space ("e visa"). With a space, only before the words such services are named
# by: a lone "e" is also the Azerbaijani case ending after a hyphen ("DMX-e zəng"). Whatever
# separates them (spaces, an underscore, stray punctuation) goes, so that a normalized text
# normalizes to itself.
_E_PREFIX = re.compile(
    r"(?<![^\W_])([eе])[\W_]+(?=vis|viz|виз|mail|мейл|poct|poch|почт|gov|serv|серв|tax|"
    r"huquq|portal|xidm|imz|услуг)"
    r"|\b([eе])[-‐–]\s?(?=\w)"
)


def normalize(text: str) -> str:
    """Fold and replace punctuation with single spaces: the form every phrasing is compared in."""
    folded = _E_PREFIX.sub(lambda m: m.group(1) or m.group(2), fold(text))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip()


def tokens(text: str) -> list[str]:
    """Words of a normalized text (digits kept: "919" and "15" carry meaning here)."""
    return normalize(text).split()


def stem(token: str, length: int = 5) -> str:
    """A crude language-independent stem: the first letters of a word.

    Azerbaijani is agglutinative (qeydiyyat, qeydiyyata, qeydiyyatdan) and Russian inflects
    (разрешение, разрешения); cutting words to their first letters joins the forms well enough
    for ranking without a stemmer per language.
    """
    return token if len(token) <= length else token[:length]
