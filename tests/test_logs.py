"""Logs carry no Telegram id, name or message text, at any level (README: Privacy)."""

from __future__ import annotations

import io
import logging

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot import logs
from handlers.kit.errors import describe_without_data
from knowledge.storage import db

from .bot_harness import chat, running_bot

USER = 4_242_424_242
NAME = "Zarinaxyz"
QUESTION = "my landlord Rustamxyz keeps my passport at Nizami street 12"


@pytest.fixture
def captured_logs():
    stream = io.StringIO()
    root = logging.getLogger()
    libraries = [logging.getLogger(n) for n in ("telegram", "aiosqlite", "asyncpg", "sqlalchemy")]
    saved = root.handlers[:], root.level, [library.level for library in libraries]
    logs.configure("DEBUG")
    root.handlers[0].setStream(stream)
    yield stream
    root.handlers[:], root.level = saved[0], saved[1]
    for library, level in zip(libraries, saved[2], strict=True):
        library.setLevel(level)


async def test_a_conversation_at_debug_level_logs_no_id_name_or_text(tmp_path, captured_logs):
    async with running_bot(f"sqlite:///{tmp_path / 'logs.sqlite3'}") as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="en", first_name=NAME)
        await user.say("/start")
        await user.say(QUESTION)
        await user.say("/deadline")
        await user.say("03.11.2026")
        await user.say("/language")
        await user.press_data("v1:lang:ru")
    output = captured_logs.getvalue()
    assert "question user=" in output  # the log is there, only without the person
    for personal in (str(USER), NAME, "Rustamxyz", "Nizami"):
        assert personal not in output


async def test_the_default_level_logs_the_bot_and_not_every_database_statement(
    tmp_path, captured_logs
):
    logs.configure("INFO")
    logging.getLogger().handlers[0].setStream(captured_logs)
    async with running_bot(f"sqlite:///{tmp_path / 'quiet.sqlite3'}") as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="en", first_name=NAME)
        await user.say("/start")
        await user.say(QUESTION)
    output = captured_logs.getvalue()
    assert "question user=" in output
    assert "SELECT" not in output and "INSERT" not in output


async def test_a_database_error_does_not_quote_what_the_user_typed(tmp_path):
    engine = db.create_engine(f"sqlite:///{tmp_path / 'errors.sqlite3'}")
    try:
        async with engine.connect() as connection:
            with pytest.raises(SQLAlchemyError) as raised:
                await connection.execute(
                    text("INSERT INTO no_such_table VALUES (:question)"), {"question": QUESTION}
                )
    finally:
        await engine.dispose()
    assert "Rustamxyz" not in str(raised.value)
    described = describe_without_data(raised.value)
    assert "OperationalError" in described and "Rustamxyz" not in described


def test_an_error_is_described_by_place_and_type_without_its_message():
    try:
        try:
            raise ValueError(QUESTION)
        except ValueError as inner:
            raise RuntimeError(f"while handling {NAME}") from inner
    except RuntimeError as error:
        described = describe_without_data(error)
    assert "ValueError" in described and "RuntimeError" in described
    assert "test_logs.py" in described
    assert "Rustamxyz" not in described and NAME not in described
