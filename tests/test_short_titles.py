"""Short titles name entries on buttons; 👍/👎 on every answer, however it was opened."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from handlers.answering.menu import render_categories, render_category, render_entry
from handlers.consult.views import render_assign_pick, render_consent, render_topic_pick
from handlers.council.log import LogAction
from handlers.kit.deeplinks import entry_payload
from handlers.kit.i18n import translator
from handlers.kit.pickers import render_country, render_topics
from handlers.kit.views import MAX_LABEL, fitted, marked
from handlers.reference.contacts import render_contacts, render_council
from handlers.reference.fees import render_step
from knowledge.council.consultations import TOPICS
from knowledge.kb.entries import CATEGORIES, MAX_SHORT_TITLE
from knowledge.kb.validation import validate_entries
from knowledge.people import roles
from knowledge.people.roles import Staff
from knowledge.storage import db
from knowledge.storage.models import EntryRating

from .bot_harness import buttons, chat, running_bot, texts

LANGS = ("az", "ru", "en")
UNCLEAR = {"az": ("sənədlər",), "ru": ("какие документы нужны",), "en": ("documents",)}
ADMIN = 7001


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'titles.sqlite3'}"


def entry_buttons(calls) -> list[dict]:
    """Buttons that open an entry: menu lists, "did you mean" choices, related entries."""
    return [b for b in buttons(calls) if b.get("callback_data", "").startswith("v1:faq:")]


def entry_label(button: dict) -> str:
    """The entry's name on a button (a related entry's carries "➡️ " before it if it fits)."""
    return button["text"].removeprefix("➡️ ")


async def ratings(services) -> list[EntryRating]:
    async with db.unit_of_work(services.sessions) as session:
        rows = list(await session.scalars(select(EntryRating).order_by(EntryRating.id)))
        session.expunge_all()
        return rows


# The validator


def _with_title(entry, lang: str, title: str, **changes):
    translation = dataclasses.replace(entry.translations[lang], short_title=title)
    return dataclasses.replace(
        entry, translations={**entry.translations, lang: translation}, **changes
    )


def _problems(bundled, changed):
    entries, tables = bundled
    others = [e for e in entries if e.id != changed.id]
    return [
        p.reason
        for p in validate_entries(
            [("edit", changed)], tables.fees, tables.directory, [e.id for e in entries], others
        )
    ]


def test_every_bundled_entry_has_a_distinct_short_title_per_language(bundled):
    entries, _ = bundled
    for lang in LANGS:
        titles = [e.translations[lang].short_title for e in entries]
        assert all(0 < len(t) <= MAX_SHORT_TITLE for t in titles), lang
        assert len({t.casefold() for t in titles}) == len(titles), lang
        # A subject, not the question cut short.
        assert all(e.title(lang) != e.translations[lang].question for e in entries)


def test_the_validator_requires_a_short_title_on_published_entries(bundled):
    reg_fee = next(e for e in bundled[0] if e.id == "reg.fee")
    missing = _problems(bundled, _with_title(reg_fee, "ru", ""))
    assert missing == ["ru: no short_title (the button label, at most 32 characters)"]
    draft = _with_title(reg_fee, "ru", "", published=False)
    assert not any("short_title" in p for p in _problems(bundled, draft))


def test_the_validator_rejects_a_long_short_title(bundled):
    reg_fee = next(e for e in bundled[0] if e.id == "reg.fee")
    long = _problems(bundled, _with_title(reg_fee, "en", "Is registration at my place free?"))
    assert long == ["en: short_title is 33 characters, at most 32 (it is a button label)"]
    fits = _problems(bundled, _with_title(reg_fee, "en", "x" * MAX_SHORT_TITLE))
    assert fits == []


def test_the_validator_rejects_a_title_another_entry_has_in_that_language(bundled):
    reg_fee = next(e for e in bundled[0] if e.id == "reg.fee")
    same = _problems(bundled, _with_title(reg_fee, "ru", "регистрация: КАК встать"))
    assert same == ["ru: short_title 'регистрация: КАК встать' is the same as reg.how's"]
    # Another language's title, or a deleted entry's, is no clash.
    assert _problems(bundled, _with_title(reg_fee, "ru", "Registration: how to do it")) == []
    entries, tables = bundled
    known = [
        dataclasses.replace(e, deleted=True) if e.id == "reg.how" else e
        for e in entries
        if e.id != "reg.fee"
    ]
    clash = _with_title(reg_fee, "ru", "Регистрация: как встать")
    ids = [e.id for e in entries]
    assert validate_entries([("edit", clash)], tables.fees, tables.directory, ids, known) == []


def test_two_entries_of_one_file_with_the_same_title_are_rejected(bundled):
    entries, tables = bundled
    reg_fee = next(e for e in entries if e.id == "reg.fee")
    reg_how = next(e for e in entries if e.id == "reg.how")
    twin = _with_title(reg_how, "az", reg_fee.translations["az"].short_title)
    items = [("faq.yaml", e) for e in entries if e.id != "reg.how"] + [("faq.yaml", twin)]
    problems = validate_entries(items, tables.fees, tables.directory)
    assert [(p.entry_id, p.reason) for p in problems] == [
        ("reg.how", "az: short_title 'Qeydiyyat ödənişlidir?' is the same as reg.fee's")
    ]


# Buttons through the real Application


@pytest.mark.parametrize("lang", LANGS)
async def test_the_menu_names_entries_in_at_most_32_characters(url, lang):
    # Every entry is opened: more presses in a minute than the flood limit lets a person make.
    async with running_bot(url, MESSAGES_PER_MINUTE="1000") as (app, transport, _):
        user = chat(app, transport, language_code=lang)
        topics = await user.say("/menu")
        categories = [
            b["callback_data"]
            for b in buttons(topics)
            if b.get("callback_data", "").startswith("v1:menu:cat:")
        ]
        assert len(categories) >= 10
        named: list[dict] = []
        opened_any = []
        for data in categories:
            listed = entry_buttons(await user.press_data(data))
            assert listed
            named += listed
            for button in listed:
                opened = await user.press_data(button["callback_data"])
                opened_any.append(opened)
                named += entry_buttons(opened)
    assert named and all(len(entry_label(b)) <= MAX_SHORT_TITLE for b in named)
    # Whole labels, the related entries' arrow included: a phone shows no more.
    assert all(len(b["text"]) <= MAX_SHORT_TITLE for b in named)
    # Every answer opened from the menu carries 👍/👎 for its entry and the full question
    # stays in the answer text, not on a button.
    for opened in opened_any:
        rating = [b["callback_data"] for b in buttons(opened) if b["text"] in ("👍", "👎")]
        assert len(rating) == 2 and all(d.startswith("v1:rate:e:") for d in rating)


@pytest.mark.parametrize("lang", LANGS)
async def test_did_you_mean_choices_are_short_and_look_different(url, lang):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, language_code=lang)
        for question in UNCLEAR[lang]:
            calls = await user.say(question)
            choices = entry_buttons(calls)
            labels = [entry_label(b) for b in choices]
            assert len(labels) >= 2, question
            assert all(len(label) <= MAX_SHORT_TITLE for label in labels)
            assert len(set(labels)) == len(labels)
            # The choice opens the answer with the whole question kept in its text, and 👍/👎.
            opened = await user.press_data(choices[0]["callback_data"])
            assert {"👍", "👎"} <= {b["text"] for b in buttons(opened)}


async def test_a_menu_opened_answer_is_rated_once_and_the_rating_is_stored(url):
    async with running_bot(url) as (app, transport, services):
        user = chat(app, transport, language_code="en")
        await user.say("/menu")
        await user.press_data("v1:menu:cat:registration")
        opened = await user.press_data("v1:faq:reg.fee")
        assert {"👍", "👎"} <= {b["text"] for b in buttons(opened)}
        pressed = await user.press("👍")
        stored = await ratings(services)
    assert [(r.entry_id, r.language, r.helpful) for r in stored] == [("reg.fee", "en", True)]
    toast = next(c for c in pressed if c.method == "answerCallbackQuery")
    assert toast.params.get("text") == "Thank you for the feedback!"
    edited = next(c for c in pressed if c.method == "editMessageReplyMarkup")
    left = [b["text"] for b in buttons([edited])]
    assert "👍" not in left and "👎" not in left and any(t.startswith("⬅️") for t in left)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_deep_linked_answer_has_rating_and_a_thumbs_down_offers_a_member(url, lang):
    async with running_bot(url) as (app, transport, services):
        user = chat(app, transport, language_code=lang)
        opened = await user.say(f"/start {entry_payload('wp.fees')}")
        assert {"👍", "👎"} <= {b["text"] for b in buttons(opened)}
        pressed = await user.press("👎")
        stored = await ratings(services)
    assert [(r.entry_id, r.helpful) for r in stored] == [("wp.fees", False)]
    member = [
        b for b in buttons(pressed) if b.get("callback_data", "").startswith("v1:consult:new")
    ]
    assert len(member) == 1 and len(texts(pressed)) == 1


async def test_a_forged_entry_rating_is_not_stored(url):
    async with running_bot(url) as (app, transport, services):
        user = chat(app, transport, language_code="en")
        await user.say("/start")
        await user.press_data("v1:rate:e:no.such_entry:up")
        await user.press_data("v1:rate:e:reg.fee:sideways")
        assert await ratings(services) == []


async def test_an_admin_edits_a_short_title_and_users_see_it_on_buttons(url):
    async with running_bot(url) as (app, transport, services):
        async with db.unit_of_work(services.sessions) as session:
            await roles.grant(session, services.user_key(ADMIN), "admin", "Admin")
            await session.commit()
        admin = chat(app, transport, user_id=ADMIN, language_code="ru")
        await admin.say("/faq_edit reg.fee")
        fields = await admin.press_data("v1:adm:el:reg.fee:ru")
        assert "v1:adm:ef:reg.fee:ru:title" in [b.get("callback_data") for b in buttons(fields)]
        await admin.press_data("v1:adm:ef:reg.fee:ru:title")
        refused = await admin.say("Регистрация по месту пребывания: платно?")
        assert "32" in texts(refused)[0]
        await admin.say("Регистрация бесплатна?")
        await admin.press_data("v1:adm:eok")
        user = chat(app, transport, user_id=2, language_code="ru")
        await user.say("/menu")
        listed = await user.press_data("v1:menu:cat:registration")
    assert "Регистрация бесплатна?" in [b["text"] for b in entry_buttons(listed)]


# Every label of the interface, not only entries' titles


def _fee_screens(tr, fees) -> list:
    """Every screen of the fee calculator, walked from its first."""
    screens, paths = [], [("fee",)]
    while paths:
        path = paths.pop()
        view = render_step(tr, fees, path)
        if view is None:
            continue
        screens.append(view)
        paths += [
            b.action
            for row in view.buttons
            for b in row
            if b.action and len(b.action) > len(path) and b.action[: len(path)] == path
        ]
    return screens


@pytest.mark.parametrize("lang", LANGS)
def test_every_label_of_these_screens_fits_on_a_button(kb, lang):
    """Issue 15: no button label over 32 characters. Labels that were longer in some language:
    the consent's "✅ Send and show my account" (ru), categories and topics (ru, az, with their
    ✅ mark), the citizen abroad, the fee calculator's places, the working-group finder, a related
    entry's "➡️ " with a long title, a member's long name when a request is handed over."""
    tr = translator(lang)
    directory, fees = kb.tables.directory, kb.tables.fees
    long_name = Staff("k", "council", "Aysel Məmmədova-Əliyeva Qasımqızı", (2, 5), 7)
    screens = [
        render_consent(tr, "Olena", "work_permit", "?"),
        render_topic_pick(tr),
        render_country(tr, LogAction),
        render_topics(tr, LogAction, chosen=TOPICS),
        render_categories(tr, kb),
        render_contacts(tr, directory, ref="1"),
        render_council(tr, directory),
        render_assign_pick(tr, 1, [long_name]),
        *_fee_screens(tr, fees),
        *(render_category(tr, kb, category) for category in CATEGORIES),
        *(render_entry(tr, kb, entry_id) for entry_id in kb.entries),
    ]
    long = {
        b.label
        for view in screens
        if view is not None
        for row in view.buttons
        for b in row
        if len(b.label) > MAX_LABEL
    }
    assert long == set()


def test_a_mark_goes_before_a_label_only_when_both_fit():
    assert marked("➡️ ", "Visa") == "➡️ Visa"
    assert marked("➡️ ", "x" * 32) == "x" * 32
    assert fitted("Elchin Shirinov", " (2)") == "Elchin Shirinov (2)"
    assert fitted("y" * 40, " (2, 5)") == "y" * 24 + "…" + " (2, 5)"
    assert len(fitted("y" * 40, " (2, 5)")) == MAX_LABEL
