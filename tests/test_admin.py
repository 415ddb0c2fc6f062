"""Admins keep the answers right: edits live at once, history, review, workbooks."""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from knowledge.feedback import actions as feedback
from knowledge.feedback.review import Group, Wording, _suggestions, group_questions
from knowledge.kb import revisions as kb_admin
from knowledge.kb import store
from knowledge.kb.validation import MAX_ID_LENGTH
from knowledge.kb.xlsx import to_xlsx
from knowledge.people import roles
from knowledge.storage import db

from .bot_harness import buttons, chat, running_bot, texts

ADMIN, COUNCIL, USER = 901, 902, 903
ADMIN_COMMANDS = (
    "/faq registration", "/faq_show reg.fee", "/faq_new", "/faq_edit reg.fee",
    "/faq_alt reg.fee ru бесплатно ли", "/faq_publish reg.fee", "/faq_unpublish reg.fee",
    "/faq_delete reg.fee", "/faq_restore reg.fee", "/faq_history reg.fee",
    "/faq_revert reg.fee 1", "/audit", "/unanswered", "/stats", f"/grant {USER} admin",
    f"/revoke {ADMIN}",
)  # fmt: skip


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'admin.sqlite3'}"


async def with_staff(services):
    async with db.unit_of_work(services.sessions) as session:
        await roles.grant(session, services.user_key(ADMIN), "admin", "Admin")
        await roles.grant(session, services.user_key(COUNCIL), "council", "Member")
        await session.commit()


async def edit_answer(admin, entry_id: str, lang: str, text: str) -> list:
    """Walk /faq_edit to the answer field and send the new text; the preview calls."""
    await admin.say(f"/faq_edit {entry_id}")
    await admin.press_data(f"v1:adm:el:{entry_id}:{lang}")
    await admin.press_data(f"v1:adm:ef:{entry_id}:{lang}:answer")
    return await admin.say(text)


async def version(services) -> int:
    async with db.unit_of_work(services.sessions) as session:
        return await store.kb_version(session)


async def test_an_admin_edits_a_russian_answer_and_the_next_user_sees_it(url):
    new_answer = "Регистрация по месту пребывания <b>бесплатна</b>. Проверено заново."
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="ru")
        preview = await edit_answer(admin, "reg.fee", "ru", new_answer)
        saved = await admin.press_data("v1:adm:eok")
        user = chat(app, transport, user_id=USER, language_code="ru")
        answer = await user.say("сколько стоит регистрация по месту пребывания")
    assert any("Проверено заново" in t for t in texts(preview))
    assert "Источник" in " ".join(texts(preview))  # the preview is the user's view
    assert "редакция" in texts(saved)[0]
    assert "Проверено заново" in texts(answer)[0]


async def test_an_invalid_edit_is_refused_with_the_reason(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        refused = await edit_answer(admin, "reg.fee", "en", "It costs 45 manat. <p>now</p>")
        before = await version(services)
    assert "fee inconsistency" in texts(refused)[0] and "unsupported HTML tag" in texts(refused)[0]
    assert before == 1


@pytest.mark.parametrize("user_id", [USER, COUNCIL])
async def test_nobody_but_an_admin_can_use_an_admin_command(url, user_id):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        before = await version(services)
        someone = chat(app, transport, user_id=user_id, language_code="en")
        replies = [texts(await someone.say(command)) for command in ADMIN_COMMANDS]
        forged = [
            texts(await someone.press_data(data))
            for data in ("v1:adm:eok", "v1:adm:ef:reg.fee:en:answer", "v1:adm:iok", "v1:adm:rd:1")
        ]
        after = await version(services)
        async with db.unit_of_work(services.sessions) as session:
            still = await roles.role_of(session, services.user_key(ADMIN))
    assert all(reply and "for admins" in reply[0] for reply in replies)
    assert all(reply and "for admins" in reply[0] for reply in forged)
    assert before == after and still == "admin"


async def test_revert_restores_the_earlier_text_and_history_lists_every_change(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        original = texts(
            await chat(app, transport, user_id=USER, language_code="en").say(
                "is registration free"
            )
        )[0]
        await edit_answer(
            admin, "reg.fee", "en", "Registration is free of charge. Temporary wording."
        )
        await admin.press_data("v1:adm:eok")
        history = texts(await admin.say("/faq_history reg.fee"))[0]
        await admin.say("/faq_revert reg.fee 1")
        restored = texts(
            await chat(app, transport, user_id=USER + 1, language_code="en").say(
                "is registration free"
            )
        )[0]
        audit = texts(await admin.say("/audit"))[0]
    assert "#1" in history and "#2" in history and "edit" in history
    assert "Temporary wording" not in restored
    assert restored.split("\n")[0] == original.split("\n")[0]
    assert "revert" in audit and "reg.fee" in audit


async def test_deleting_hides_an_entry_and_restoring_brings_it_back(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        user = chat(app, transport, user_id=USER, language_code="en")
        await admin.say("/faq_delete visa.evisa")
        hidden = await user.say("how much is the azerbaijan e-visa")
        await admin.say("/faq_restore visa.evisa")
        back = await user.say("how much is the azerbaijan e-visa")
    assert "20 USD" not in texts(hidden)[0]  # the e-visa entry's fee is gone with it
    assert "20 USD" in texts(back)[0]


async def test_a_new_entry_is_a_draft_until_complete(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        await admin.say("/faq_new")
        await admin.press_data("v1:adm:nc:visas")
        for text in (
            "Tranzit viza?",
            "Səfirlikdən soruşun.",
            "Транзитная виза?",
            "Спросите в посольстве.",
            "Transit visa?",
            "Ask the embassy.",
        ):
            created = await admin.say(text)
        published = await admin.say("/faq_publish visa.transit_visa")
    assert "visa.transit_visa" in " ".join(texts(created))
    assert "alternates" in texts(published)[0] and "no official link" in texts(published)[0]


async def edited_workbook(services, edit) -> bytes:
    """The stored KB as a workbook, changed by ``edit(sheet, header)``."""
    async with db.unit_of_work(services.sessions) as session:
        entries = await store.load_entries(session)
    book = load_workbook(io.BytesIO(to_xlsx(entries)))
    sheet = book["entries"]
    edit(sheet, [c.value for c in sheet[1]])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def test_a_broken_workbook_changes_nothing_and_names_the_rows(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)

        def break_two_rows(sheet, header):
            sheet.cell(row=3, column=header.index("ru_answer") + 1, value="<b>Сломано")
            sheet.cell(row=5, column=header.index("source_url") + 1, value="ftp://x")

        workbook = await edited_workbook(services, break_two_rows)
        before = await version(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        reply = await admin.send_document("kb.xlsx", workbook)
        after = await version(services)
        garbage = await admin.send_document("kb.xlsx", b"not a workbook")
    assert "Nothing was changed" in texts(reply)[0]
    assert "kb.xlsx row 3" in texts(reply)[0] and "unbalanced" in texts(reply)[0]
    assert "kb.xlsx row 5" in texts(reply)[0]
    assert before == after
    assert "not an XLSX workbook" in texts(garbage)[0]


async def test_a_good_workbook_shows_a_dry_run_then_applies(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)

        def new_keywords(sheet, header):
            row = next(
                r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "reg.fee"
            )
            sheet.cell(row=row, column=header.index("en_keywords") + 1, value="fee\nfree\ngratis")

        workbook = await edited_workbook(services, new_keywords)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        dry_run = await admin.send_document("kb.xlsx", workbook)
        applied = await admin.press_data("v1:adm:iok")
        async with db.unit_of_work(services.sessions) as session:
            stored = await kb_admin.get(session, "reg.fee")
    unchanged = len(services.kb.entries) - 1
    assert f"0 added, 1 changed, {unchanged} unchanged, 0 errors" in texts(dry_run)[0]
    assert "Applied: 0 added, 1 changed" in texts(applied)[0]
    assert stored.translations["en"].keywords == ("fee", "free", "gratis")


async def test_users_sending_files_get_the_text_only_reply(url):
    async with running_bot(url) as (app, transport, _):
        user = chat(app, transport, user_id=USER, language_code="en")
        reply = await user.send_document("passport.pdf", b"%PDF-1.4")
    assert "only text" in texts(reply)[0]


def _logged(rows):
    now = dt.datetime.now(dt.UTC)
    return [
        SimpleNamespace(id=i + 1, question=q, language=lang, created_at=now)
        for i, (lang, q) in enumerate(rows)
    ]


def test_the_review_groups_paraphrases_across_languages(kb):
    rows = _logged([
        ("en", "how can I exchange my foreign driving licence here"),
        ("ru", "как поменять иностранные водительские права"),
        ("az", "xarici sürücülük vəsiqəsini necə dəyişim"),
        ("en", "can I bring my cat to Baku"),
        ("ru", "можно ли ввезти кошку в Баку"),
        ("ru", "есть ли льготы по госпошлине для инвалидов"),
        ("en", "is there a state fee discount for disabled people"),
        ("en", "is there a state fee discount for disabled people?"),
    ])  # fmt: skip
    groups = {frozenset(g.log_ids) for g in group_questions(rows, kb)}
    assert frozenset({1, 2, 3}) in groups
    assert frozenset({4, 5}) in groups
    assert frozenset({6, 7, 8}) in groups


def _wording(log_id: int, text: str, *closest: str) -> Wording:
    return Wording(lang="en", text=text, log_ids=(log_id,), closest=closest)


def test_only_entries_ranked_for_every_wording_are_suggested():
    wordings = [
        _wording(1, "how long is a residence permit valid", "trp.validity", "trp.grounds"),
        _wording(2, "residence permit for how many years", "trp.grounds", "trp.validity"),
        _wording(3, "can i work part time while studying", "wp.students", "trp.study"),
    ]
    assert _suggestions(wordings) == ()
    assert _suggestions(wordings[:2]) == ("trp.grounds", "trp.validity")
    group = Group(1, (1, 2, 3), tuple(wordings), (), dt.datetime.now(dt.UTC))
    assert [w.log_ids for w in group.wordings_for("trp.validity")] == [(1,), (2,)]


async def test_attaching_a_group_adds_each_close_wording_and_leaves_the_rest_open(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        asked = [("en", "documents"), ("az", "sənədlər"), ("en", "can i bring my cat")]
        for user_id, (lang, question) in enumerate(asked, start=USER):
            await chat(app, transport, user_id=user_id, language_code=lang).say(question)
        groups = await feedback.unanswered(services.sessions, services, services.kb)
        wordings = [w for g in groups for w in g.wordings]
        mixed = Group(1, tuple(i for w in wordings for i in w.log_ids), tuple(wordings), (),
                      dt.datetime.now(dt.UTC))  # fmt: skip
        entry = next(w.closest[0] for w in wordings if w.text == "documents")
        close = mixed.wordings_for(entry)
        attached = await feedback.add_as_alternate(
            services.sessions, services, mixed, entry, "admin"
        )
        stored = {
            alternate for t in services.kb.entries[entry].translations.values()
            for alternate in t.alternates
        }  # fmt: skip
        still_open = await feedback.unanswered(services.sessions, services, services.kb)
    assert attached.added == len(close) >= 2 and attached.left == len(wordings) - len(close) >= 1
    assert "can i bring my cat" not in {w.text for w in close}
    assert all(w.text in stored for w in close)
    left_open = {w.text for g in still_open for w in g.wordings}
    assert left_open == {w.text for w in wordings} - {w.text for w in close}


async def test_unanswered_questions_are_reviewed_and_fixed_in_one_tap(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        for user_id, (lang, question) in enumerate(
            [("en", "documents"), ("ru", "документы"), ("az", "sənədlər")], start=USER
        ):
            await chat(app, transport, user_id=user_id, language_code=lang).say(question)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        listing = await admin.say("/unanswered")
        add = next(
            b["callback_data"]
            for c in listing
            for row in (c.params.get("reply_markup") or {}).get("inline_keyboard", [])
            for b in row
            if b.get("callback_data", "").startswith("v1:adm:ra:")
        )
        added = await admin.press_data(add)
        again = await admin.say("/unanswered")
        stats = await admin.say("/stats")
    assert "group" in texts(listing)[0]
    assert any("documents" in t or "документы" in t for t in texts(listing))
    assert "3 wordings added to" in texts(added)[0]
    assert len(texts(again)) < len(texts(listing))
    assert "questions" in texts(stats)[0] and "did you mean" in texts(stats)[0]


async def test_a_new_entry_from_the_review_offers_the_users_wording(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        await chat(app, transport, user_id=USER, language_code="ru").say("документы")
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        listing = await admin.say("/unanswered")
        new = next(
            b["callback_data"]
            for c in listing
            for row in (c.params.get("reply_markup") or {}).get("inline_keyboard", [])
            for b in row
            if b.get("callback_data", "").startswith("v1:adm:rn:")
        )
        picker = await admin.press_data(new)
        await admin.press_data("v1:adm:nc:work_permit")
        await admin.say("Kuryer icazəsiz işləyə bilərmi?")
        offered = await admin.say("Cavab.")
    assert "category" in texts(picker)[-1]
    assert "документы" in texts(offered)[-1]
    assert "Use the suggestion" in " ".join(
        b["text"] for c in offered for row in c.params["reply_markup"]["inline_keyboard"]
        for b in row
    )  # fmt: skip


async def test_deleted_and_unpublished_entries_are_never_served_from_a_button(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        user = chat(app, transport, user_id=USER, language_code="en")
        await admin.say("/faq_delete reg.fee")
        await admin.say("/faq_unpublish reg.how")
        old_button = await user.press_data("v1:faq:reg.fee")
        page = await user.press_data("v1:faq:reg.who_when")
    assert "expired" in " ".join(texts(old_button)).lower()
    targets = [b.get("callback_data") for b in buttons(page)]
    assert "v1:faq:reg.fee" not in targets and "v1:faq:reg.how" not in targets
    assert "v1:faq:reg.fine" in targets  # related entries that are live stay


async def test_an_entry_with_the_longest_id_works_on_every_button(url):
    long_question = "Naturalization requirements documentation procedures for stateless people?"
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        await admin.say("/faq_new")
        await admin.press_data("v1:adm:nc:citizenship_asylum")
        for text in ("Sual?", "Cavab.", "Вопрос?", "Ответ.", long_question, "Answer."):
            created = await admin.say(text)
        entry_id = next(
            word for word in " ".join(texts(created)).split() if word.startswith("cit.")
        )
        await admin.say(f"/faq_edit {entry_id}")
        language = await admin.press_data(f"v1:adm:el:{entry_id}:ru")
        field = await admin.press_data(f"v1:adm:ef:{entry_id}:ru:alternates")
    assert len(entry_id) <= MAX_ID_LENGTH
    assert "went wrong" not in " ".join(texts(language) + texts(field))
    assert any(len(b["callback_data"].encode()) <= 64 for b in buttons(language))


async def test_a_second_admins_save_over_a_newer_change_is_refused(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        async with db.unit_of_work(services.sessions) as session:
            await roles.grant(session, services.user_key(USER), "admin", "Second admin")
            await session.commit()
        first = chat(app, transport, user_id=ADMIN, language_code="en")
        second = chat(app, transport, user_id=USER, language_code="en")
        await edit_answer(first, "reg.fee", "en", "First admin's text: registration is free.")
        await edit_answer(second, "reg.fee", "en", "Second admin's text: it is free.")
        saved = await second.press_data("v1:adm:eok")
        refused = await first.press_data("v1:adm:eok")
        served = services.kb.entries["reg.fee"].translations["en"].answer
    assert "Saved reg.fee" in " ".join(texts(saved))
    refusal = " ".join(texts(refused))
    assert "Not saved" in refusal and "/faq_history reg.fee" in refusal
    assert "First admin&#x27;s text" in refusal or "First admin's text" in refusal
    assert served == "Second admin's text: it is free."


async def test_a_kb_file_applied_after_another_admins_edit_changes_nothing(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)

        def new_question(sheet, header):
            for row in range(2, sheet.max_row + 1):
                if sheet.cell(row=row, column=1).value == "reg.fee":
                    sheet.cell(row=row, column=header.index("en_question") + 1, value="Fee?")

        workbook = await edited_workbook(services, new_question)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        dry_run = await admin.send_document("kb.xlsx", workbook)
        await edit_answer(admin, "reg.fee", "en", "Registration is free. Changed meanwhile.")
        await admin.press_data("v1:adm:eok")
        applied = await admin.press_data("v1:adm:iok")
        served = services.kb.entries["reg.fee"].translations["en"]
    assert "1 changed" in texts(dry_run)[0]
    assert "Nothing was changed" in " ".join(texts(applied))
    assert served.answer == "Registration is free. Changed meanwhile."
    assert served.question != "Fee?"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "bomb.yaml",
            b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a]\n"
            b"entries: [*b, *b, *b, *b, *b, *b, *b, *b]\n",
            "aliases",
        ),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "cannot be read"),
        ("deep.yaml", b"entries: " + b"[" * 5000 + b"]" * 5000, "cannot be read"),
        ("bad.xlsx", b"PK\x03\x04 not really a workbook", "not an XLSX workbook"),
    ],
)
async def test_a_hostile_kb_file_is_refused_with_its_reason(url, name, content, reason):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        reply = await admin.send_document(name, content)
        user = chat(app, transport, user_id=USER, language_code="en")
        after = await user.say("registration fee")
    assert "Nothing was changed" in texts(reply)[0] and reason in texts(reply)[0]
    assert "free" in texts(after)[0].lower()  # the bot still answers everyone


async def test_a_workbook_that_unpacks_to_gigabytes_is_refused_before_parsing(url):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * (80 << 20))
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        reply = await admin.send_document("bomb.xlsx", buffer.getvalue())
    assert "unpacks to over 64 MB" in texts(reply)[0]


async def test_faq_edit_shows_the_current_text_and_previews_in_the_edited_language(url):
    async with running_bot(url) as (app, transport, services):
        await with_staff(services)
        admin = chat(app, transport, user_id=ADMIN, language_code="en")
        await admin.say("/faq_edit reg.fee")
        await admin.press_data("v1:adm:el:reg.fee:ru")
        field = await admin.press_data("v1:adm:ef:reg.fee:ru:answer")
        current = services.kb.entries["reg.fee"].translations["ru"].answer
        preview = await admin.say("Регистрация бесплатна.", bold=(0, 11))
        await admin.press_data("v1:adm:eok")
        stored = services.kb.entries["reg.fee"].translations["ru"].answer
    shown = texts(field)
    assert "Current text:" in shown
    assert html.escape(current[:40]) in " ".join(shown)
    preview_text = " ".join(texts(preview))
    assert "Источник" in preview_text and "Source:" not in preview_text.split("\n", 1)[1]
    assert stored == "<b>Регистрация</b> бесплатна."  # Telegram's bold, kept as our HTML
