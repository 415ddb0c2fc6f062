"""The council members' inbox (/inbox), handing requests over, canned replies, and the
migrants' rating of the answer, through the real Application (see test_consult_requests)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from knowledge.consult import requests as consult_requests
from knowledge.storage import db
from knowledge.storage.models import ConsultRating

from .bot_harness import chat, labels, texts
from .test_consult_requests import (
    ADMIN,
    ELCHIN,
    JOHN,
    LAMIYA,
    OLENA,
    QUESTION,
    VISA_QUESTION,
    _ask,
    _requests,
    _sent_to,
    scene,
)

ANSWER_STEPS = ("v1:req:c:UA", "v1:req:tn", "v1:req:o:advice_given", "v1:req:u:0")


async def _close(member, country: str = "ukra") -> list:
    await member.press("✅")
    await member.say(country)
    calls = []
    for data in ANSWER_STEPS:
        calls = await member.press_data(data)
    return calls


async def _ratings(services) -> list[ConsultRating]:
    async with db.unit_of_work(services.sessions) as session:
        return list(await session.scalars(select(ConsultRating)))


async def test_a_member_passes_takes_back_from_the_inbox_and_an_admin_hands_over(database_url):
    async with scene(database_url) as cast:
        await _ask(cast.olena, "work_permit", QUESTION)  # working group 2: Lamiyə's
        cast.lamiya.sync()
        passed = texts(await cast.lamiya.press("Ötür"))[-1]
        assert "ötürdünüz" in passed and "/inbox" in passed

        # Azerbaijani: the inbox lists it under "passed by you", with a Take back button.
        inbox = await cast.lamiya.say("/inbox")
        shown = texts(inbox)[-1]
        assert "Müraciətləriniz" in shown and "işçi qruplarınız 2: 0" in shown
        assert "Ötürdükləriniz, hələ gözləyir: 1" in shown and "Мой работодатель" in shown
        assert "↩️ #1 geri götür" in labels(inbox)
        again = await cast.lamiya.press("geri götür")
        assert "Мой работодатель" in texts(again)[-1] and "✋ Götür" in labels(again)
        before = len(cast.transport.calls)
        await cast.lamiya.press("✋")
        assert any("götürdünüz" in t for t in _sent_to(cast.transport, LAMIYA, before))
        assert "взял" in _sent_to(cast.transport, OLENA, before)[-1]
        mine = texts(await cast.lamiya.say("/inbox"))[-1]
        assert "Sizin götürdükləriniz: 1" in mine and "Ötürdükləriniz, hələ gözləyir: 0" in mine

        # English: visas have no working group, so both members are asked; the admin's inbox
        # shows it waiting and Lamiyə's request in hand, and hands the new one to Elchin.
        await _ask(cast.john, "visas", VISA_QUESTION)
        admin = chat(cast.app, cast.transport, user_id=ADMIN, language_code="en")
        box = await admin.say("/inbox")
        assert "Waiting for a member: 1" in texts(box)[-1]
        assert "With other members: 1" in texts(box)[-1] and "Lamiyə Kərimova" in texts(box)[-1]
        assert {"↪️ #1", "↪️ #2", "✋ Take #2"} <= set(labels(box))
        pick = await admin.press("↪️ #2")
        assert "Hand request #2 to which member?" in texts(pick)[-1]
        assert {"Lamiyə Kərimova (2)", "Elchin Shirinov"} <= set(labels(pick))
        before = len(cast.transport.calls)
        await admin.press("Elchin Shirinov")
        handed = _sent_to(cast.transport, ADMIN, before)
        assert "Request #2 was handed to Elchin Shirinov." in handed
        card = _sent_to(cast.transport, ELCHIN, before)
        assert any("handed this request to you" in t and VISA_QUESTION in t for t in card)
        assert "taken your request #2" in _sent_to(cast.transport, JOHN, before)[-1]
        # Lamiyə's copy of the notice now says who has it.
        assert any("Elchin Shirinov" in t for t in _sent_to(cast.transport, LAMIYA, before))
        request = (await _requests(cast.services))[1]
        assert request.status == "taken" and request.member_key == cast.services.user_key(ELCHIN)

        # Elchin owns it now: he answers; Lamiyə, neither admin nor owner, cannot hand it over.
        cast.elchin.sync()
        await cast.elchin.press("✍️")
        before = len(cast.transport.calls)
        await cast.elchin.say("You may stay if you apply for an extension before it ends.")
        assert "apply for an extension" in _sent_to(cast.transport, JOHN, before)[-1]
        refused = await cast.lamiya.press_data("v1:req:ra:2")
        alert = next(c for c in refused if c.method == "answerCallbackQuery")
        assert "yalnız admin" in alert.params["text"]
        # The owner may hand over his own: Elchin gives #2 back to Lamiyə.
        pick = await cast.elchin.press_data("v1:req:ra:2")
        assert "Lamiyə Kərimova (2)" in labels(pick) and "Elchin Shirinov" not in labels(pick)
        before = len(cast.transport.calls)
        await cast.elchin.press("Lamiyə")
        assert any("sizə verdi" in t for t in _sent_to(cast.transport, LAMIYA, before))
        assert _sent_to(cast.transport, JOHN, before) == []  # nothing changes for John

        # Someone who is no member gets no inbox.
        refused = await cast.olena.say("/inbox")
        assert "Общественного совета" in texts(refused)[-1]


async def test_canned_replies_the_migrants_rating_and_stats(tmp_path):
    async with scene(f"sqlite:///{tmp_path / 'c.sqlite3'}") as cast:
        admin = chat(cast.app, cast.transport, user_id=ADMIN, language_code="en")
        assert "Usage" in texts(await admin.say("/canned_add xx hello"))[-1]
        canned_ru = "Подайте заявление через портал migration.gov.az."
        added = texts(await admin.say(f"/canned_add ru {canned_ru}"))
        assert "Canned reply #1 added (ru)." in added[-1]
        await admin.say("/canned_add en Apply on the migration.gov.az portal.")
        listed = texts(await admin.say("/canned"))[-1]
        assert "#1 · ru · Подайте заявление" in listed and "#2 · en · Apply" in listed
        # Members read the list; only admins change it.
        refused = texts(await cast.lamiya.say("/canned_add az Salam"))[-1]
        assert "adminlər üçündür" in refused

        await _ask(cast.olena, "work_permit", QUESTION)
        cast.lamiya.sync()
        await cast.lamiya.press("✋")
        prompt = await cast.lamiya.press("✍️")
        # Only the replies in the request's language (Russian) are offered.
        assert "Hazır cavablar (Rus dili)" in texts(prompt)[-1]
        assert "Подайте заявление" in texts(prompt)[-1] and "Apply on" not in texts(prompt)[-1]
        preview = await cast.lamiya.press("📋 1")
        assert f"<code>{canned_ru}</code>" in texts(preview)[-1]
        before = len(cast.transport.calls)
        sent = await cast.lamiya.press("📤")
        assert "Подайте заявление через портал" in _sent_to(cast.transport, OLENA, before)[-1]
        assert any("#1" in t for t in texts(sent))

        # The migrant is asked to rate the answer once the request closes (Russian).
        before = len(cast.transport.calls)
        await _close(cast.lamiya)
        closed = _sent_to(cast.transport, OLENA, before)[-1]
        assert "закрыт" in closed and "Помог ли вам ответ" in closed
        cast.olena.sync()
        rated = await cast.olena.press("👍")
        assert "Спасибо за оценку" in texts(rated)[-1]
        thanked = await cast.olena.say("Очень помогли, спасибо")
        assert "Совет это прочитает" in texts(thanked)[-1]
        [rating] = await _ratings(cast.services)
        assert rating.helpful and rating.comment == "Очень помогли, спасибо"

        stats = texts(await admin.say("/stats"))[-1]
        assert "Council answers rated by migrants, last 14 days: 👍 1 · 👎 0" in stats
        assert "«Очень помогли, спасибо»" in stats

        # A rating goes with its request: /forget, and the retention purge.
        await cast.olena.say("/forget")
        await cast.olena.press_data("v1:con:forget:yes")
        assert await _ratings(cast.services) == []

        await _ask(cast.john, "visas", VISA_QUESTION)
        cast.elchin.sync()
        await cast.elchin.press("✋")
        await _close(cast.elchin)
        cast.john.sync()
        rated = await cast.john.press("👎")
        assert "Thank you for the rating" in texts(rated)[-1]
        # A word with a phone number is not kept.
        refused = await cast.john.say("call me +994501234567")
        assert "leave out phone" in texts(refused)[-1]
        await cast.john.press("Skip")
        assert [r.comment for r in await _ratings(cast.services)] == [None]
        # Someone else's or an open request cannot be rated.
        forged = await cast.olena.press_data("v1:consult:rate:2:1")
        assert "Спасибо за оценку" not in " ".join(texts(forged))
        async with db.unit_of_work(cast.services.sessions) as session:
            later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
            assert await consult_requests.purge(session, later) == 1
            await session.commit()
            assert await session.scalar(select(func.count()).select_from(ConsultRating)) == 0
