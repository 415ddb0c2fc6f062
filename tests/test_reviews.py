"""Honest dates: admins mark an entry's text reviewed after checking its official page, and
entries nobody has reviewed for REVIEW_MONTHS come due; answers say what the date means."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from knowledge.kb import actions as kb_admin
from knowledge.kb.reviews import due, months_before
from knowledge.people import roles
from knowledge.storage import db

from .bot_harness import chat, running_bot, texts

ADMIN, USER = 911, 912
LATER = dt.date(2027, 5, 23)  # six months after the first texts were written (2026-11-22)


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'reviews.sqlite3'}"


async def with_admin(services):
    async with db.unit_of_work(services.sessions) as session:
        await roles.grant(session, services.user_key(ADMIN), "admin", "Admin")
        await session.commit()


def test_months_before_keeps_the_day_or_takes_the_last_of_a_short_month():
    assert months_before(dt.date(2027, 5, 23), 6) == dt.date(2026, 11, 23)
    assert months_before(dt.date(2027, 8, 31), 6) == dt.date(2027, 2, 28)
    assert months_before(dt.date(2027, 1, 15), 1) == dt.date(2026, 12, 15)


async def test_faq_due_lists_old_reviews_and_faq_reviewed_takes_an_entry_off(url):
    async with running_bot(url) as (app, transport, services):
        await with_admin(services)
        services.clock = lambda: LATER
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        before = " ".join(texts(await admin.say("/faq_due")))
        marked = " ".join(texts(await admin.say("/faq_reviewed reg.fee")))
        after = " ".join(texts(await admin.say("/faq_due")))
        user = chat(app, transport, user_id=USER, language_code="en")
        answer = texts(await user.say("is registration at the place of stay free?"))[0]
        history = await kb_admin.history(services.sessions, "reg.fee")
    assert "not reviewed for 6 months" in before
    assert "<code>reg.fee</code>" in before  # written 22 Nov 2026, never reviewed since
    assert "<code>reg.russia_90</code>" not in before  # reviewed 2 Dec 2026: not yet due
    assert "Marked reg.fee as reviewed on May 23, 2027" in marked
    assert "<code>reg.fee</code>" not in after
    assert "text reviewed May 23, 2027" in answer
    assert "checked on" not in answer
    assert history[-1].action == "reviewed"
    assert history[-1].snapshot["reviewed_on"] == "2027-05-23"


async def test_review_months_comes_from_the_settings(url):
    async with running_bot(url, REVIEW_MONTHS="12") as (app, transport, services):
        await with_admin(services)
        services.clock = lambda: LATER
        admin = chat(app, transport, user_id=ADMIN, language_code="ru")
        listed = " ".join(texts(await admin.say("/faq_due")))
    assert "за последние 12 месяцев" in listed


async def test_only_admins_mark_reviews_and_unknown_ids_are_explained(url):
    async with running_bot(url) as (app, transport, services):
        await with_admin(services)
        user = chat(app, transport, user_id=USER, language_code="en")
        refused = " ".join(texts(await user.say("/faq_reviewed reg.fee")))
        due_refused = " ".join(texts(await user.say("/faq_due")))
        admin = chat(app, transport, user_id=ADMIN, language_code="az")
        unknown = " ".join(texts(await admin.say("/faq_reviewed reg.nope")))
        usage = " ".join(texts(await admin.say("/faq_reviewed")))
    assert "Marked" not in refused and "reviewed for" not in due_refused
    assert "reg.nope" in unknown
    assert "/faq_reviewed ID" in usage


def test_due_puts_never_reviewed_first_and_skips_drafts(bundled):
    entries, _tables = bundled
    never = dataclasses.replace(entries[0], id="x.never", reviewed_on=None)
    draft = dataclasses.replace(entries[1], id="x.draft", reviewed_on=None, published=False)
    listed = due([*entries, never, draft], LATER, 6)
    assert listed[0].id == "x.never"
    assert "x.draft" not in [e.id for e in listed]
    assert [e.reviewed_on for e in listed[1:]] == sorted(e.reviewed_on for e in listed[1:])
