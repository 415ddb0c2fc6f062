"""Settings, read once from the environment and an optional .env file.

Every problem is reported at once, and secrets never appear in repr, logs or error messages.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("az", "ru", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class Secret:
    """A string that prints as ****** so it cannot leak through logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def get(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('******')" if self._value else "Secret('')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class SettingsError(ValueError):
    """All invalid settings, one per line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid settings:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    telegram_bot_token: Secret = field(default_factory=lambda: Secret(""))
    default_language: str = "az"
    log_level: str = "INFO"
    # Keyed hash of Telegram user ids; empty means a key kept in the data folder.
    pseudonym_key: Secret = field(default_factory=lambda: Secret(""))
    telegram_api_base_url: str = ""
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: Secret = field(default_factory=lambda: Secret(""))
    messages_per_minute: int = 60
    retention_days: int = 180
    health_port: int = 0
    max_question_chars: int = 1000
    # Requests for a council member: announced again when nobody took them in this time;
    # the list of waiting ones goes to every member daily at this hour, Baku time.
    consult_reannounce_minutes: int = 240
    consult_digest_hour: int = 9
    # FAQ entries whose text nobody has compared with its source for this long are "due".
    review_months: int = 6

    def pseudonym_key_bytes(self) -> bytes:
        """The key for pseudonymous ids: the setting, else one made once and kept on disk."""
        if self.pseudonym_key:
            return self.pseudonym_key.get().encode()
        path = self.data_dir / "pseudonym.key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_hex(32), encoding="utf-8")
            path.chmod(0o600)
        return path.read_text(encoding="utf-8").strip().encode()


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; blank lines and # comments ignored; quotes around values removed."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key] = value
    return values


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
) -> Settings:
    """Settings from the environment, falling back to .env; raise SettingsError listing all."""
    env = dict(read_env_file(env_file)) if env_file else {}
    env.update(os.environ if environ is None else environ)
    problems: list[str] = []

    data_dir = Path(env.get("MIGRABOT_DATA_DIR") or "data").expanduser()
    database_url = env.get("DATABASE_URL") or f"sqlite:///{data_dir / 'migrabot.sqlite3'}"
    if not database_url.startswith(("sqlite", "postgresql", "postgres://")):
        problems.append("DATABASE_URL must be a sqlite:/// or postgresql:// URL")

    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if token and (":" not in token or not token.split(":", 1)[0].isdigit()):
        problems.append("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters)")

    default_language = env.get("DEFAULT_LANGUAGE", "az").strip().lower()
    if default_language not in LANGUAGES:
        problems.append(f"DEFAULT_LANGUAGE must be one of {', '.join(LANGUAGES)}")

    log_level = env.get("LOG_LEVEL", "INFO").strip().upper()
    if log_level not in LOG_LEVELS:
        problems.append(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}")

    base_url = env.get("TELEGRAM_API_BASE_URL", "").strip().rstrip("/")
    if base_url and not base_url.startswith(("http://", "https://")):
        problems.append("TELEGRAM_API_BASE_URL must start with http:// or https://")
    webhook_url = env.get("WEBHOOK_URL", "").strip()
    if webhook_url and not webhook_url.startswith("https://"):
        problems.append("WEBHOOK_URL must be an https:// URL (Telegram only calls https)")
    webhook_secret = env.get("WEBHOOK_SECRET", "").strip()
    if webhook_secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", webhook_secret):
        problems.append("WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256 characters)")
    numbers = {}
    for name, default, low, high in (
        ("WEBHOOK_PORT", 8443, 1, 65535),
        ("MESSAGES_PER_MINUTE", 60, 1, 10_000),
        ("MAX_QUESTION_CHARS", 1000, 50, 4000),
        ("RETENTION_DAYS", 180, 1, 3650),
        ("HEALTH_PORT", 0, 0, 65535),
        ("CONSULT_REANNOUNCE_MINUTES", 240, 5, 10_080),
        ("CONSULT_DIGEST_HOUR", 9, 0, 23),
        ("REVIEW_MONTHS", 6, 1, 60),
    ):
        raw = env.get(name, "").strip()
        try:
            numbers[name] = int(raw) if raw else default
            if not low <= numbers[name] <= high:
                raise ValueError
        except ValueError:
            problems.append(f"{name} must be a whole number from {low} to {high}")

    if problems:
        raise SettingsError(problems)
    return Settings(
        database_url=database_url,
        data_dir=data_dir,
        telegram_bot_token=Secret(token),
        default_language=default_language,
        log_level=log_level,
        pseudonym_key=Secret(env.get("PSEUDONYM_KEY", "").strip()),
        telegram_api_base_url=base_url,
        webhook_url=webhook_url,
        webhook_listen=env.get("WEBHOOK_LISTEN", "127.0.0.1").strip() or "127.0.0.1",
        webhook_port=numbers["WEBHOOK_PORT"],
        webhook_secret=Secret(webhook_secret),
        messages_per_minute=numbers["MESSAGES_PER_MINUTE"],
        max_question_chars=numbers["MAX_QUESTION_CHARS"],
        retention_days=numbers["RETENTION_DAYS"],
        health_port=numbers["HEALTH_PORT"],
        consult_reannounce_minutes=numbers["CONSULT_REANNOUNCE_MINUTES"],
        consult_digest_hour=numbers["CONSULT_DIGEST_HOUR"],
        review_months=numbers["REVIEW_MONTHS"],
    )
