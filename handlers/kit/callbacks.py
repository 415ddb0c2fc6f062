"""Callback data (namespaced, versioned, at most 64 bytes) and inline keyboards."""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.kit.views import Button, View

VERSION = "v1"
MAX_BYTES = 64
# Every namespace a button of ours can carry; anything else is stale or forged.
NAMESPACES = (
    "lang", "menu", "faq", "rate", "fee", "dl", "es", "con", "council", "wg",
    "log", "mylog", "adm", "consult", "req", "flow",
)  # fmt: skip
# ASCII only: "²" is a digit to str.isdigit() but not to int(), and a forged number of 20
# digits overflows the database's integers; no button of ours carries either.
PATTERN = re.compile(rf"^{VERSION}:({'|'.join(NAMESPACES)})(:[\w.\-]+)*$", re.ASCII)
_PART = re.compile(r"^[\w.\-]+$", re.ASCII)
_LONG_NUMBER = re.compile(r"(?:^|:)\d{19,}(?::|$)")


def encode(*parts: str) -> str:
    """``encode("faq", "reg.fee")`` → ``"v1:faq:reg.fee"``; refuses what would not fit."""
    if not parts or parts[0] not in NAMESPACES or not all(_PART.match(p) for p in parts[1:]):
        raise ValueError(f"not a callback of ours: {parts!r}")
    data = ":".join((VERSION, *parts))
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> tuple[str, ...] | None:
    """The parts after the version, or None for data that is not ours or not this version."""
    if not data or len(data.encode()) > MAX_BYTES or not PATTERN.match(data):
        return None
    if _LONG_NUMBER.search(data):
        return None
    return tuple(data.split(":")[1:])


def markup(view: View) -> InlineKeyboardMarkup | None:
    if not view.buttons:
        return None
    return InlineKeyboardMarkup([[_button(b) for b in row] for row in view.buttons])


def _button(button: Button) -> InlineKeyboardButton:
    if button.url:
        return InlineKeyboardButton(button.label, url=button.url)
    assert button.action is not None
    return InlineKeyboardButton(button.label, callback_data=encode(*button.action))
