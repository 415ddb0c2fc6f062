"""Pseudonymous user ids: what logs and tables store instead of a Telegram id."""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(user_id: int | str, key: bytes) -> str:
    """A keyed hash of a Telegram user id: stable for one key, useless without it."""
    digest = hmac.new(key, str(user_id).encode(), hashlib.sha256).hexdigest()
    return digest[:32]
