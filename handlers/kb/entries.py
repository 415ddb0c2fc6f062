"""Admins edit the knowledge base in the bot; every change is a revision, live at once."""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable
from enum import StrEnum

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.kit.callbacks import Namespace, action_of, button_actions, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.flows import Flow, stop_typing
from handlers.kit.gate import require
from handlers.kit.hooks import NEW_ENTRY, hooks
from handlers.kit.i18n import Translator, translator
from handlers.kit.labels import CATEGORY_LABELS
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, render_expired, render_reply
from knowledge.answering.langdetect import LANGS
from knowledge.answering.search import Reply
from knowledge.kb import actions as kb_actions
from knowledge.kb.actions import EditConflict, EntryNotFound, KbChangeRejected
from knowledge.kb.entries import CATEGORIES, MAX_SHORT_TITLE, Entry, Translation
from knowledge.kb.validation import MAX_ID_LENGTH

AWAITING_EDIT, AWAITING_NEW = "adm_edit", "adm_new"
EDIT_FLOW = Flow("faq_edit", drafts=("adm_edit",))
NEW_FLOW = Flow("faq_new", drafts=("adm_new",))
FIELDS = ("question", "short_title", "answer", "alternates", "keywords")
# Callback data holds at most 64 bytes ("v1:adm:ef:<40-character id>:ru:alternates" is the
# longest): "short_title" travels as "title".
FIELD_CODES = {"short_title": "title"}


@button_actions(Namespace.ADMIN)
class EntryAction(StrEnum):
    """Admins' buttons of /faq_edit and /faq_new: v1:adm:<action>[:<value>…]."""

    EDIT_LANGUAGE = "el"  # v1:adm:el:<entry id>:<lang>: which language to edit
    EDIT_FIELD = "ef"  # v1:adm:ef:<entry id>:<lang>:<field>: the next text is its value
    SAVE_EDIT = "eok"  # save the previewed change
    CANCEL = "ex"  # end /faq_edit or /faq_new, nothing saved
    NEW_CATEGORY = "nc"  # v1:adm:nc:<category>: a new entry's category, then its texts
    USE_SUGGESTION = "nu"  # take the suggested text for this step
    RETYPE = "nr"  # v1:adm:nr:<step>: after a refusal, send that one text again


def _field_code(field: str) -> str:
    return FIELD_CODES.get(field, field)


def _field(code: str) -> str | None:
    return next((f for f in FIELDS if _field_code(f) == code), None)


PREFIX = {
    "eservices": "es",
    "registration": "reg",
    "extension": "ext",
    "trp": "trp",
    "prp": "prp",
    "work_permit": "wp",
    "fines": "fine",
    "visas": "visa",
    "citizenship_asylum": "cit",
    "contacts": "con",
    "councils": "council",
}


def _admin(action: EntryAction, *values: str) -> tuple[str, ...]:
    return (Namespace.ADMIN, action, *values)


def _actor(update: Update, context: BotContext) -> str:
    return context.user_key(update.effective_user.id)


def render_problems(tr: Translator, problems) -> View:
    lines = [tr("Not saved. Please fix:")]
    lines += [f"• {html.escape(str(p))}" for p in problems[:15]]
    if len(problems) > 15:
        lines.append(tr("… and {count} more.", count=len(problems) - 15))
    return View("\n".join(lines))


def render_entry_admin(tr: Translator, entry: Entry) -> str:
    state = (
        tr("deleted") if entry.deleted else (tr("published") if entry.published else tr("draft"))
    )
    lines = [
        f"<b>{entry.id}</b> · {entry.category} · {state}",
        tr("Source: {source}", source=html.escape(entry.source.title)),
        tr("text reviewed {date}", date=entry.reviewed_on or "—"),
    ]
    for lang in LANGS:
        t = entry.translations.get(lang)
        if t is None:
            lines.append(f"\n<b>{lang}</b>: —")
            continue
        lines.append(
            f"\n<b>{lang}</b>: {html.escape(t.question)}\n"
            f"🏷 {html.escape(t.short_title or '—')}\n{t.answer}\n"
            f"<i>{html.escape('; '.join(t.alternates[:8]))}"
            f"{' …' if len(t.alternates) > 8 else ''}</i>"
        )
    return "\n".join(lines)


def render_conflict(tr: Translator, conflict: EditConflict, typed: str) -> View:
    text = tr(
        "Not saved: another admin changed {id} while you were editing (it is now at revision "
        "{number}). See their change with /faq_history {id}; your text is below, to send "
        "again with /faq_edit {id} if it still applies.",
        id=conflict.entry_id,
        number=conflict.current,
    )
    return View(f"{text}\n\n<code>{html.escape(typed[:3000])}</code>")


async def _run(
    update: Update,
    context: BotContext,
    entry_id: str,
    change: Awaitable[int],
    typed: str = "",
) -> bool:
    """Await one KB action (it returns once users see the change); explain refusals in the
    admin's language."""
    tr = context.tr
    try:
        revision = await change
    except EntryNotFound as missing:
        await send(update, View(tr("No entry {id}.", id=html.escape(str(missing)))))
        return False
    except KbChangeRejected as rejected:
        await send(update, render_problems(tr, rejected.problems))
        return False
    except EditConflict as conflict:
        await send(update, render_conflict(tr, conflict, typed))
        return False
    await send(
        update,
        View(
            tr("Saved {id} as revision {number}. Users see it now.", id=entry_id, number=revision)
        ),
    )
    return True


async def on_faq(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr, kb = context.tr, context.services.kb
    query = " ".join(context.args or []).strip()
    if not query:
        await send(update, View(tr("Usage: <code>/faq words</code> or <code>/faq id</code>")))
        return
    ids = [e for e in kb.entries if query.lower() in e]
    result = kb.index.search(query, None)
    ids += [c.entry_id for c in result.candidates[:6] if c.entry_id not in ids]
    lines = [
        f"• <code>{i}</code> — {html.escape(kb.entries[i].title(tr.lang))}"
        for i in ids[:8]
        if i in kb.entries
    ]
    await send(update, View("\n".join(lines) or tr("Nothing found.")))


def _args(context: BotContext, count: int) -> list[str] | None:
    args = context.args or []
    return args if len(args) >= count else None


async def on_show(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    args = _args(context, 1)
    if args is None:
        await send(update, View(context.tr("Usage: <code>/faq_show ID</code>")))
        return
    try:
        entry = await kb_actions.get(context.services.sessions, args[0])
    except EntryNotFound:
        await send(update, View(context.tr("No entry {id}.", id=html.escape(args[0]))))
        return
    await send(update, View(render_entry_admin(context.tr, entry)))


async def on_alt(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    args = _args(context, 3)
    if args is None or args[1] not in LANGS:
        await send(update, View(context.tr("Usage: <code>/faq_alt ID az|ru|en phrasing</code>")))
        return
    entry_id, lang, phrasing = args[0], args[1], " ".join(args[2:])
    services = context.services
    await _run(
        update,
        context,
        entry_id,
        kb_actions.add_alternate(
            services.sessions, services, entry_id, lang, phrasing, _actor(update, context)
        ),
    )


def _state_command(published: bool | None, deleted: bool | None):
    async def handler(update: Update, context: BotContext) -> None:
        if not await require(update, context, "admin"):
            return
        args = _args(context, 1)
        if args is None:
            await send(
                update,
                View(
                    context.tr("Usage: <code>/{command} ID</code>", command=_command_name(update))
                ),
            )
            return

        services = context.services
        change = kb_actions.set_state(
            services.sessions,
            services,
            args[0],
            _actor(update, context),
            published=published,
            deleted=deleted,
        )
        await _run(update, context, args[0], change)

    return handler


def _command_name(update: Update) -> str:
    return (update.effective_message.text or "/").split()[0].lstrip("/").split("@")[0]


async def on_history(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    args = _args(context, 1)
    if args is None:
        await send(update, View(tr("Usage: <code>/faq_history ID</code>")))
        return
    revisions = await kb_actions.history(context.services.sessions, args[0])
    lines = [
        f"#{r.number} · {r.at:%Y-%m-%d %H:%M} · {r.action} · {r.actor_key[:8]}" for r in revisions
    ]
    await send(update, View("\n".join(lines) or tr("No entry {id}.", id=html.escape(args[0]))))


async def on_revert(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    args = _args(context, 2)
    if args is None or not args[1].isdigit():
        await send(update, View(context.tr("Usage: <code>/faq_revert ID REVISION</code>")))
        return

    services = context.services
    change = kb_actions.revert(
        services.sessions, services, args[0], int(args[1]), _actor(update, context)
    )
    await _run(update, context, args[0], change)


async def on_audit(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    revisions = await kb_actions.audit_log(context.services.sessions)
    lines = [
        f"{r.at:%Y-%m-%d %H:%M} · <code>{r.entry_id}</code> #{r.number} · {r.action} · "
        f"{r.actor_key[:8]}"
        for r in revisions
    ]
    await send(update, View("\n".join(lines) or context.tr("Nothing found.")))


# /faq_edit ID: language → field → new text → preview → confirm.


def render_edit_fields(tr: Translator, entry_id: str, lang: str) -> View:
    labels = {
        "question": tr("Question"),
        # TRANSLATORS: the entry's name on buttons, at most 32 characters.
        "short_title": tr("Short title (button)"),
        "answer": tr("Answer"),
        "alternates": tr("Alternate phrasings"),
        "keywords": tr("Keywords"),
    }
    rows = [
        (Button(labels[f], action=_admin(EntryAction.EDIT_FIELD, entry_id, lang, _field_code(f))),)
        for f in FIELDS
    ]
    return View(tr("Which field of {id} ({lang})?", id=entry_id, lang=lang), tuple(rows))


async def on_edit(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    args = _args(context, 1)
    if args is None or args[0] not in context.services.kb.entries:
        await send(update, View(tr("Usage: <code>/faq_edit ID</code>")))
        return
    rows = (
        tuple(
            Button(lang, action=_admin(EntryAction.EDIT_LANGUAGE, args[0], lang)) for lang in LANGS
        ),
    )
    await send(update, View(tr("Edit {id}: which language?", id=args[0]), rows))


def _preview(tr: Translator, context: BotContext, entry: Entry, lang: str) -> View:
    kb = context.services.kb
    reply = Reply(
        status="answer",
        lang=lang,
        entry=entry,
        score=1.0,
        suggestions=(),
        related=tuple(kb.entries[r] for r in entry.related if r in kb.entries),
        answer_html=kb.tables.fees.render(entry.translations[lang].answer, lang),
        out_of_scope=None,
    )
    # Exactly as the entry's readers see it: in their language, not the admin's.
    view = render_reply(reply, translator(lang), kb.tables.directory)
    return view


def typed_html(message) -> str:  # type: ignore[no-untyped-def]
    """The admin's text as our HTML: Telegram's own bold, italics and links when they used the
    formatting menu; the raw text when they typed tags themselves."""
    if message.entities:
        return message.text_html or ""
    return message.text or ""


def current_value(entry: Entry, lang: str, field: str) -> str:
    translation = entry.translations.get(lang)
    if translation is None:
        return ""
    value = getattr(translation, field, "")
    return "\n".join(value) if isinstance(value, tuple) else str(value)


@EDIT_FLOW.step(AWAITING_EDIT)
async def on_edit_text(update: Update, context: BotContext) -> None:
    tr = context.tr
    pending = context.user_data.get("adm_edit")
    if not pending:
        stop_typing(context)
        return
    entry_id, lang, field = pending["entry"], pending["lang"], pending["field"]
    message = update.effective_message
    value = typed_html(message) if field == "answer" else (message.text or "")
    services = context.services
    changed, problems = await kb_actions.check_edit(
        services.sessions, services.tables, entry_id, lang, field, value
    )
    if problems:
        await send(update, render_problems(tr, problems))
        return
    pending["value"] = value
    stop_typing(context)
    preview = _preview(tr, context, changed, lang)
    await send(update, View(tr("Preview, exactly as users will see it:")))
    await send(update, View(preview.html, preview.buttons))
    await send(
        update,
        View(
            tr("Save this change?"),
            (
                (
                    Button(tr("✅ Save"), action=_admin(EntryAction.SAVE_EDIT)),
                    Button(tr("✖️ Cancel"), action=_admin(EntryAction.CANCEL)),
                ),
            ),
        ),
    )


async def on_edit_button(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    parts = decode(update.callback_query.data) or ()
    kb = context.services.kb
    pending = context.user_data.get("adm_edit")
    match action_of(parts, EntryAction), parts[2:]:
        case EntryAction.EDIT_LANGUAGE, (entry_id, lang) if (
            entry_id in kb.entries and lang in LANGS
        ):
            await show(update, render_edit_fields(tr, entry_id, lang))
        case EntryAction.EDIT_FIELD, (entry_id, lang, code) if (
            entry_id in kb.entries and lang in LANGS and (field := _field(code)) is not None
        ):
            await _ask_field(update, context, entry_id, lang, field)
        case EntryAction.CANCEL, ():
            EDIT_FLOW.drop(context)
            NEW_FLOW.drop(context)
            await show(update, View(tr("Cancelled. Nothing was saved.")))
        case EntryAction.SAVE_EDIT, () if pending and "value" in pending:
            context.user_data.pop("adm_edit", None)
            await update.callback_query.answer()
            services = context.services
            change = kb_actions.edit_field(
                services.sessions,
                services,
                pending["entry"],
                pending["lang"],
                pending["field"],
                pending["value"],
                _actor(update, context),
                expected=pending.get("base"),
            )
            await _run(update, context, pending["entry"], change, typed=pending["value"])
        case _:
            await show(update, render_expired(tr))


async def _ask_field(
    update: Update, context: BotContext, entry_id: str, lang: str, field: str
) -> None:
    tr = context.tr
    # The revision the admin starts from: a save over someone else's newer one is refused.
    base = await kb_actions.current_revision(context.services.sessions, entry_id)
    context.user_data["adm_edit"] = {"entry": entry_id, "lang": lang, "field": field, "base": base}
    EDIT_FLOW.wait(context, AWAITING_EDIT)
    if field in ("alternates", "keywords"):
        hint = tr("Send the new text. For lists, one item per line or separated by “;”.")
    elif field == "short_title":
        hint = tr(
            "Send the short title: the entry's subject as a button shows it, at most "
            "{limit} characters, for example “Registration: is it free?”.",
            limit=MAX_SHORT_TITLE,
        )
    else:
        hint = tr(
            "Send the new text (Telegram HTML: <code>&lt;b&gt;</code>, "
            "<code>&lt;i&gt;</code>, <code>&lt;a href&gt;</code>)."
        )
    current = current_value(context.services.kb.entries[entry_id], lang, field)
    await show(update, View(hint))
    if current:
        # Sent on its own, so that a long press copies it whole, ready to change and send.
        await send(update, View(tr("Current text:")))
        await send(update, View(f"<code>{html.escape(current)}</code>"))


# /faq_new: category, then question and answer in each language; saved as a draft.


async def on_new(
    update: Update, context: BotContext, suggestions: dict[str, str] | None = None
) -> None:
    """``suggestions`` ("ru:question" → text) are offered at their steps, one tap to use:
    a user's wording from the review, or a council member's answer."""
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    context.user_data["adm_new"] = {"suggestions": suggestions or {}}
    rows = [
        (Button(tr(CATEGORY_LABELS[c]), action=_admin(EntryAction.NEW_CATEGORY, c)),)
        for c in CATEGORIES
    ]
    await send(update, View(tr("New entry: choose its category."), tuple(rows)))


NEW_STEPS = tuple((lang, field) for lang in LANGS for field in ("question", "answer"))


def _new_prompt(tr: Translator, index: int, suggestion: str | None = None) -> View:
    lang, field = NEW_STEPS[index]
    text = (
        tr("Question in {lang}:", lang=lang)
        if field == "question"
        else tr("Answer in {lang} (Telegram HTML, at most 1200 characters):", lang=lang)
    )
    rows: list[tuple[Button, ...]] = []
    if suggestion:
        text += "\n\n" + tr("Suggested: {text}", text=html.escape(suggestion[:1000]))
        rows.append(
            (Button(tr("✅ Use the suggestion"), action=_admin(EntryAction.USE_SUGGESTION)),)
        )
    rows.append((Button(tr("✖️ Cancel"), action=_admin(EntryAction.CANCEL)),))
    return View(f"{index + 1}/{len(NEW_STEPS)} · {text}", tuple(rows))


def _suggestion(draft: dict, index: int) -> str | None:
    lang, field = NEW_STEPS[index]
    return (draft.get("suggestions") or {}).get(f"{lang}:{field}")


def _render_redo(tr: Translator) -> View:
    """After a refusal: retype one text, the rest stays as typed."""
    buttons = [
        Button(
            tr("✏️ Question in {lang}", lang=lang)
            if field == "question"
            else tr("✏️ Answer in {lang}", lang=lang),
            action=_admin(EntryAction.RETYPE, str(index)),
        )
        for index, (lang, field) in enumerate(NEW_STEPS)
    ]
    rows = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
    return View(
        tr("Your texts are kept. Choose the one to send again:"),
        (*rows, (Button(tr("✖️ Cancel"), action=_admin(EntryAction.CANCEL)),)),
    )


async def on_new_redo(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    parts = decode(update.callback_query.data) or ()
    draft = context.user_data.get("adm_new")
    complete = draft is not None and len(draft.get("values") or ()) == len(NEW_STEPS)
    if not complete or len(parts) != 3 or not parts[2].isdigit():
        await show(update, render_expired(context.tr))
        return
    index = int(parts[2])
    if index >= len(NEW_STEPS):
        await show(update, render_expired(context.tr))
        return
    draft["redo"] = index
    NEW_FLOW.wait(context, AWAITING_NEW)
    await update.callback_query.answer()
    prompt = _new_prompt(context.tr, index)
    current = html.escape(draft["values"][index][:1000])
    await send(update, View(f"{prompt.html}\n\n<code>{current}</code>", prompt.buttons))


@NEW_FLOW.step(AWAITING_NEW)
async def on_new_text(update: Update, context: BotContext) -> None:
    await _new_value(update, context, (update.effective_message.text or "").strip())


async def on_new_use(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    draft = context.user_data.get("adm_new")
    ready = draft is not None and "category" in draft
    suggestion = _suggestion(draft, draft.get("step", 0)) if ready else None
    if suggestion is None:
        await show(update, render_expired(context.tr))
        return
    await update.callback_query.answer()
    await _new_value(update, context, suggestion)


async def _new_value(update: Update, context: BotContext, value: str) -> None:
    tr = context.tr
    draft = context.user_data.get("adm_new")
    if not draft or "category" not in draft:
        stop_typing(context)
        return
    redo = draft.pop("redo", None)
    if redo is not None:  # one text retyped after a refusal; the others are kept
        draft["values"][redo] = value
    else:
        index = draft.setdefault("step", 0)
        draft.setdefault("values", []).append(value)
        index += 1
        draft["step"] = index
        if index < len(NEW_STEPS):
            await send(update, _new_prompt(tr, index, _suggestion(draft, index)))
            return
    stop_typing(context)
    values = dict(zip(NEW_STEPS, draft["values"], strict=True))
    translations = {
        lang: Translation(values[(lang, "question")], (), (), values[(lang, "answer")])
        for lang in LANGS
    }
    entry_id = _new_id(context, draft["category"], values[("en", "question")])
    entry = Entry(
        id=entry_id,
        category=draft["category"],
        translations=translations,
        links=(),
        source=kb_admin_source(),
        reviewed_on=context.services.today(),
        published=False,
    )

    services = context.services
    change = kb_actions.create(services.sessions, services, entry, _actor(update, context))
    if not await _run(update, context, entry_id, change):
        await send(update, _render_redo(tr))  # every text typed so far is kept
        return
    context.user_data.pop("adm_new", None)
    await send(
        update,
        View(
            tr(
                "Draft {id} created. Add alternate phrasings (/faq_alt), links "
                "and source (/faq_edit or a workbook), then /faq_publish {id}.",
                id=entry_id,
            )
        ),
    )


def kb_admin_source():
    from knowledge.reference.fees import Source

    return Source("", "")


def _new_id(context: BotContext, category: str, question: str) -> str:
    words = re.findall(r"[a-z0-9]+", question.lower())[:4] or ["entry"]
    # Room for a "_12" suffix within the length every button carrying the id can hold.
    base = f"{PREFIX[category]}.{'_'.join(words)}"[: MAX_ID_LENGTH - 3].rstrip("_")
    candidate, number = base, 2
    while candidate in context.services.kb.entries:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


async def on_new_button(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    parts = decode(update.callback_query.data) or ()
    draft = context.user_data.get("adm_new")
    if draft is None or len(parts) != 3 or parts[2] not in CATEGORIES:
        await show(update, render_expired(context.tr))
        return
    draft["category"] = parts[2]
    NEW_FLOW.wait(context, AWAITING_NEW)
    await show(update, _new_prompt(context.tr, 0, _suggestion(draft, 0)))


def register(app: Application) -> None:
    hooks(app).add(NEW_ENTRY, on_new)
    app.add_handler(CommandHandler("faq", on_faq))
    app.add_handler(CommandHandler("faq_show", on_show))
    app.add_handler(CommandHandler("faq_new", on_new))
    app.add_handler(CommandHandler("faq_edit", on_edit))
    app.add_handler(CommandHandler("faq_alt", on_alt))
    app.add_handler(CommandHandler("faq_publish", _state_command(True, None)))
    app.add_handler(CommandHandler("faq_unpublish", _state_command(False, None)))
    app.add_handler(CommandHandler("faq_delete", _state_command(None, True)))
    app.add_handler(CommandHandler("faq_restore", _state_command(None, False)))
    app.add_handler(CommandHandler("faq_history", on_history))
    app.add_handler(CommandHandler("faq_revert", on_revert))
    app.add_handler(CommandHandler("audit", on_audit))
    new_category = pattern(Namespace.ADMIN, EntryAction.NEW_CATEGORY)
    app.add_handler(CallbackQueryHandler(on_new_button, pattern=new_category))
    use = pattern(Namespace.ADMIN, EntryAction.USE_SUGGESTION, final=True)
    app.add_handler(CallbackQueryHandler(on_new_use, pattern=use))
    app.add_handler(
        CallbackQueryHandler(on_new_redo, pattern=pattern(Namespace.ADMIN, EntryAction.RETYPE))
    )
    edit = pattern(
        Namespace.ADMIN,
        EntryAction.EDIT_LANGUAGE,
        EntryAction.EDIT_FIELD,
        EntryAction.SAVE_EDIT,
        EntryAction.CANCEL,
    )
    app.add_handler(CallbackQueryHandler(on_edit_button, pattern=edit))
