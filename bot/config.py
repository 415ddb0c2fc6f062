"""Settings, read once from the environment and an optional .env file.

Every problem is reported at once, and secrets never appear in repr, logs or error messages.
"""

from __future__ import annotations

import os
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

    if problems:
        raise SettingsError(problems)
    return Settings(
        database_url=database_url,
        data_dir=data_dir,
        telegram_bot_token=Secret(token),
        default_language=default_language,
        log_level=log_level,
    )
