"""Faults from outside: the Bot API failing, the database going away and coming back."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select
from telegram import Update

from bot.ptb.transport import Fault
from knowledge.people import roles
from knowledge.storage import db
from knowledge.storage.models import ConsultationRow, ConversationState

from .bot_harness import chat, running_bot, texts

MEMBER = 6060


async def test_bot_api_5xx_is_retried_with_backoff_and_the_reply_arrives(tmp_path):
    async with running_bot(f"sqlite:///{tmp_path / 'f.sqlite3'}") as (app, transport, _):
        transport.faults.append(Fault("sendMessage", 502, "Bad Gateway", times=2))
        calls = await chat(app, transport, language_code="en").say("registration fee")
    sends = [c for c in calls if c.method == "sendMessage"]
    assert len(sends) == 3 and "free" in sends[-1].params["text"].lower()


def _cluster() -> tuple[str, str]:
    versions = sorted(p.name for p in Path("/etc/postgresql").iterdir())
    assert versions and shutil.which("pg_ctlcluster"), "this test needs the local PostgreSQL"
    return versions[-1], "main"


def _postgres(action: str) -> None:
    version, name = _cluster()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, name, action],
        check=True,
        capture_output=True,
        timeout=60,
    )


async def _wait_until_ready(seconds: float = 30) -> None:
    for _ in range(int(seconds * 4)):
        ready = subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"])
        if ready.returncode == 0:
            return
        await asyncio.sleep(0.25)
    pytest.fail("PostgreSQL did not come back")


async def _log_consultation(member) -> list:
    calls = await member.say("/log")
    for data in (
        "v1:log:c:GE",
        "v1:log:t:registration",
        "v1:log:tn",
        "v1:log:ch:phone",
        "v1:log:o:resolved",
        "v1:log:d:today",
        "v1:log:l:ru",
        "v1:log:n",
        "v1:log:ok",
    ):
        calls += await member.press_data(data)
    return calls


async def test_postgresql_stops_and_starts_while_users_write(postgres_url):
    async with running_bot(postgres_url) as (app, transport, services):
        async with db.unit_of_work(services.sessions) as session:
            await roles.grant(session, services.user_key(MEMBER), "council")
            await session.commit()
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        migrant = chat(app, transport, user_id=MEMBER + 1, language_code="en")
        assert "Saved as #1" in texts(await _log_consultation(member))[-1]
        _postgres("stop")
        try:
            during = await _log_consultation(member)
            answered = await migrant.say("how much is a work permit for 6 months")
        finally:
            _postgres("start")
            await _wait_until_ready()
        after = await _log_consultation(member)
    assert any("Sorry, something went wrong" in t for t in texts(during))
    assert "600" in texts(answered)[0]  # questions are answered from memory meanwhile
    assert "Saved as #2" in texts(after)[-1]


async def _log_until_the_note(member) -> None:
    """/log filled in up to the last step, the note, by buttons and a typed date."""
    await member.say("/log")
    for step in ("c:UA", "t:work_permit", "tn", "ch:phone", "o:resolved"):
        await member.press_data(f"v1:log:{step}")
    await member.say("03.11.2026")
    await member.press_data("v1:log:l:ru")


async def test_a_dialog_survives_a_crash_and_a_redelivered_save_is_saved_once(tmp_path):
    """kill -9 loses no more than the update in flight: the state is in the database after
    every update, and a Save that reached a dying process unhandled is handled after restart."""
    url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    async with running_bot(url) as (app, transport, services):
        async with db.unit_of_work(services.sessions) as session:
            await roles.grant(session, services.user_key(MEMBER), "council", "Member")
            await session.commit()
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        await _log_until_the_note(member)
        review = await member.say("employer broke the contract")
        # Nothing is flushed at shutdown: what the database holds now is what a process
        # killed at this moment leaves behind.
        async with db.unit_of_work(services.sessions) as session:
            state = await session.scalar(
                select(ConversationState.data).where(
                    ConversationState.key == services.user_key(MEMBER)
                )
            )
    assert "Country: Ukraine" in texts(review)[0]
    assert "log_draft" in (state or {}), "the draft must be in the database after each update"
    async with running_bot(url) as (app, transport, services):
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        save = {
            "update_id": 777,
            "callback_query": {
                "id": "redelivered",
                "from": member._user,
                "chat_instance": "1",
                "data": "v1:log:ok",
                "message": {"message_id": 1, "date": 0, "chat": member._chat, "text": "…"},
            },
        }
        calls = len(transport.calls)
        for _ in range(2):  # delivered again after restart, then once more
            await app.process_update(Update.de_json(save, app.bot))
        replies = texts(transport.calls[calls:])
        async with db.unit_of_work(services.sessions) as session:
            saved = await session.scalar(select(func.count()).select_from(ConsultationRow))
    assert sum("Saved" in reply for reply in replies) == 1
    assert saved == 1


async def test_a_write_locked_sqlite_in_webhook_mode_says_try_again_and_keeps_the_draft(tmp_path):
    """Another process holds SQLite's write lock while a member presses Save (L8): the member
    is told to try again, not that the button expired; the review stays; the draft is saved
    once the lock is gone."""
    path = tmp_path / "locked.sqlite3"
    url = f"sqlite:///{path}"
    async with running_bot(url, several_workers=True) as (app, transport, services):
        async with db.unit_of_work(services.sessions) as session:
            await roles.grant(session, services.user_key(MEMBER), "council", "Member")
            await session.commit()
        member = chat(app, transport, user_id=MEMBER, language_code="en")
        await _log_until_the_note(member)
        await member.say("employer broke the contract")
        # A second worker on this node forgets its copy: only the database holds the draft.
        app.user_data[MEMBER].clear()
        other = sqlite3.connect(path, timeout=0)
        other.execute("BEGIN IMMEDIATE")
        try:
            locked = await member.press_data("v1:log:ok")
        finally:
            other.rollback()
            other.close()
        after = await member.press_data("v1:log:ok")
        async with db.unit_of_work(services.sessions) as session:
            saved = await session.scalar(select(func.count()).select_from(ConsultationRow))
    said = " ".join(texts(locked))
    assert "try again" in said and "expired" not in said
    assert not [c for c in locked if c.method == "editMessageText"], "the review must stay"
    assert any("Saved" in reply for reply in texts(after))
    assert saved == 1
