"""Actions own the transaction and what it touched: the served KB, the question log's buffer,
a member's contact; domain rules hold whoever calls them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.config import load_settings
from bot.container import open_services
from knowledge.council.consultations import Draft, has_personal_data
from knowledge.feedback import actions as feedback
from knowledge.feedback.actions import QuestionLog
from knowledge.kb import actions as kb_actions
from knowledge.kb.actions import LiveKb
from knowledge.people import actions as people

PHRASING = "how much for the yearly work permit, roughly"


async def test_a_kb_action_returns_once_users_see_the_change(tmp_path):
    settings = load_settings(
        {"DATABASE_URL": f"sqlite:///{tmp_path / 'kb.sqlite3'}"}, env_file=None
    )
    services = await open_services(settings)
    try:
        assert isinstance(services, LiveKb) and isinstance(services, QuestionLog)
        await kb_actions.add_alternate(
            services.sessions, services, "wp.fees", "en", PHRASING, "test"
        )
        # No refresh_kb() by the caller: the action rebuilt the index before returning.
        assert PHRASING in services.kb.entries["wp.fees"].translations["en"].alternates
    finally:
        await services.close()


async def test_reading_the_question_log_flushes_its_buffer_first(database_url):
    services = await open_services(load_settings({"DATABASE_URL": database_url}, env_file=None))
    try:
        services.log_question(
            user_key="u1", language="en", question="is there a fine?", status="none",
            entry_id=None, score=0.0, ref="0123456789ab",
        )  # fmt: skip
        # Straight after the reply, before the batch is due: the rating still finds its row.
        assert await feedback.rate(services.sessions, services, "0123456789ab", "u1", False)
        groups = await feedback.unanswered(services.sessions, services, services.kb)
        assert any("is there a fine?" in text for g in groups for _, text in g.examples)
    finally:
        await services.close()


async def test_the_role_check_reads_and_the_contact_is_an_action_of_its_own(database_url):
    services = await open_services(load_settings({"DATABASE_URL": database_url}, env_file=None))
    try:
        sessions = services.sessions
        await people.grant(sessions, "k1", "council", telegram_id=42)
        member = await people.member(sessions, "k1")
        assert member is not None and member.role == "council"
        assert not member.knows_contact("Lamiyə", 42, "en")  # no name, no language yet
        await people.remember_contact(sessions, "k1", "Lamiyə", 42, "en")
        member = await people.member(sessions, "k1")
        assert member.knows_contact("Lamiyə", 42, "en")
        assert member.knows_contact("Another name", 42, "en")  # a given name is kept
        assert not member.knows_contact("Lamiyə", 42, "ru")
        await people.remember_contact(sessions, "nobody", "X", 1, "en")  # no role: nothing
        assert await people.member(sessions, "nobody") is None
    finally:
        await services.close()


def test_the_personal_data_rule_is_the_drafts():
    draft = Draft("UA", ("asylum",), "phone", "resolved", dt.date(2026, 1, 5), "ru")
    today, known = dt.date(2026, 1, 6), {"UA"}
    assert draft.problems(today, known) == []
    for note in ("call +994 55 123 45 67", "AZE1234567", "olena@example.com"):
        assert has_personal_data(note)
        assert replace(draft, note=note).problems(today, known) == ["personal_data"]
    assert not has_personal_data("came twice, in March and May")
