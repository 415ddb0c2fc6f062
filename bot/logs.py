"""Logging for the whole process: secrets redacted, chatty HTTP clients quieted."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable


class RedactSecrets(logging.Filter):
    """Replaces every secret in a record's final message; the last line of defence."""

    def __init__(self, secrets: Iterable[str]):
        super().__init__()
        self._secrets = [s for s in secrets if s and len(s) >= 6]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in self._secrets:
            redacted = redacted.replace(secret, "******")
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


def configure(level: str, secrets: Iterable[str] = ()) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    # SQLAlchemy echoes every statement and pool event at INFO: hundreds of lines a minute that
    # drown the bot's own, and not what an operator asks for by choosing INFO.
    for noisy in ("httpx", "httpcore", "alembic", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # At DEBUG python-telegram-bot logs every update and API result whole (Telegram ids, names,
    # message texts) and the database drivers every statement with its parameters. DEBUG is
    # for our own modules; the libraries stay at INFO at most.
    for library in ("telegram", "aiosqlite", "asyncpg"):
        logging.getLogger(library).setLevel(max(logging.INFO, logging.getLevelName(level)))
