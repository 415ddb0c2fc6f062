"""/unanswered: what users could not get answered, grouped, with one-tap fixes; /stats;
and knowledge-base workbooks sent as documents: validated whole, a dry run, then applied."""

from __future__ import annotations

import asyncio
import html
from enum import StrEnum
from pathlib import PurePath

import yaml
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from handlers.feedback import proposals
from handlers.kit.callbacks import Namespace, action_of, button_actions, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.gate import current_member, keep_contact, require
from handlers.kit.hooks import NEW_ENTRY, hooks
from handlers.kit.i18n import Translator
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, marked, render_expired, render_not_text
from knowledge.answering.search import KnowledgeBase
from knowledge.consult import actions as consult_actions
from knowledge.consult.inbox import Ratings
from knowledge.feedback import actions
from knowledge.feedback.actions import Attached
from knowledge.feedback.review import Group, Stats
from knowledge.kb import actions as kb_actions
from knowledge.kb.entries import entry_from_mapping, entry_to_mapping
from knowledge.kb.files import LoadResult, read_entries_bytes, validate_loaded
from knowledge.kb.validation import Problem
from knowledge.kb.xlsx import read_xlsx
from knowledge.people import roles

MAX_UPLOAD = 5 * 1024 * 1024
GROUPS_SHOWN = 5


@button_actions(Namespace.ADMIN)
class ReviewAction(StrEnum):
    """Buttons under a group of unanswered questions (/unanswered): v1:adm:<action>:<group>."""

    ADD_WORDING = "ra"  # v1:adm:ra:<group>:<entry id>: its close wordings become phrasings
    NEW_ENTRY = "rn"  # /faq_new, offering the question's wording
    DISMISS = "rd"  # not a question the bot should answer


@button_actions(Namespace.ADMIN)
class ImportAction(StrEnum):
    """The dry run of a knowledge-base file an admin sent."""

    APPLY = "iok"
    CANCEL = "ix"


def render_group(tr: Translator, group: Group, kb: KnowledgeBase) -> View:
    lines = [
        tr.plural(
            "<b>{count} question</b>, latest {when}:",
            "<b>{count} questions</b>, latest {when}:",
            group.count,
            when=group.newest.strftime("%Y-%m-%d %H:%M"),
        )
    ]
    lines += [f"• [{lang}] {html.escape(text[:200])}" for lang, text in group.examples]
    rows = [
        (
            Button(
                marked("➕ ", kb.entries[e].title(tr.lang)),
                action=(Namespace.ADMIN, ReviewAction.ADD_WORDING, str(group.key), e),
            ),
        )
        for e in group.suggestions
        if e in kb.entries
    ]
    if rows:
        lines.append(tr("➕ adds each question to that entry as another wording."))
    rows.append(
        (
            Button(
                tr("🆕 New entry"),
                action=(Namespace.ADMIN, ReviewAction.NEW_ENTRY, str(group.key)),
            ),
            Button(
                tr("🙈 Dismiss"), action=(Namespace.ADMIN, ReviewAction.DISMISS, str(group.key))
            ),
        )
    )
    return View("\n".join(lines), tuple(rows))


def render_attached(tr: Translator, entry_id: str, attached: Attached) -> View:
    if not attached.added:
        return View(
            tr("No question of this group is close to {id}: nothing was added.", id=entry_id)
        )
    lines = [
        tr.plural(
            "{count} wording added to {id} (revision {number}).",
            "{count} wordings added to {id} (revision {number}).",
            attached.added,
            id=entry_id,
            number=attached.revision,
        )
    ]
    if attached.left:
        lines.append(
            tr.plural(
                "{count} other wording is not close to it and stays in /unanswered.",
                "{count} other wordings are not close to it and stay in /unanswered.",
                attached.left,
            )
        )
    return View("\n".join(lines))


async def on_unanswered(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    services = context.services
    groups = await actions.unanswered(services.sessions, services, services.kb)
    tr = context.tr
    proposed = await proposals.send_waiting(update, context)
    if not groups:
        if not proposed:
            await send(update, View(tr("Nothing to review: every question got an answer.")))
        return
    await send(
        update,
        View(
            tr.plural(
                "{count} group of questions to review, newest first.",
                "{count} groups of questions to review, newest first.",
                len(groups),
            )
        ),
    )
    for group in groups[:GROUPS_SHOWN]:
        await send(update, render_group(tr, group, context.services.kb))


async def on_review_button(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr, services = context.tr, context.services
    parts = decode(update.callback_query.data) or ()
    group = (
        await actions.find_group(services.sessions, services, services.kb, int(parts[2]))
        if len(parts) >= 3 and parts[2].isdigit()
        else None
    )
    if group is None:
        await show(update, render_expired(tr))
        return
    actor = context.user_key(update.effective_user.id)
    match action_of(parts, ReviewAction), parts[3:]:
        case ReviewAction.DISMISS, _:
            await actions.dismiss(services.sessions, group)
            await show(update, View(tr("Dismissed.")))
        case ReviewAction.NEW_ENTRY, _:
            await update.callback_query.answer()
            lang, wording = group.examples[0]
            await hooks(context.application).emit(
                NEW_ENTRY, update, context, {f"{lang}:question": wording}
            )
        case ReviewAction.ADD_WORDING, (entry_id,) if entry_id in services.kb.entries:
            try:
                attached = await actions.add_as_alternate(
                    services.sessions, services, group, entry_id, actor
                )
            except kb_actions.KbChangeRejected as rejected:
                await show(update, View(html.escape(str(rejected))))
                return
            await show(update, render_attached(tr, entry_id, attached))
        case _:
            await show(update, render_expired(tr))


def render_stats(tr: Translator, stats: Stats) -> View:
    lines = [
        tr("<b>Last {days} days</b>: {total} questions", days=stats.days, total=stats.total),
        tr(
            "answered {answer} · did you mean {clarify} · not found {none}",
            answer=f"{stats.rates['answer']:.0%}",
            clarify=f"{stats.rates['clarify']:.0%}",
            none=f"{stats.rates['none']:.0%}",
        ),
    ]
    for day, counts in stats.per_day[-14:]:
        lines.append(
            f"{day.isoformat()}: " + ", ".join(f"{lang} {n}" for lang, n in sorted(counts.items()))
        )
    if stats.top_entries:
        lines.append("\n" + tr("Most asked:"))
        lines += [f"• <code>{e}</code>: {n}" for e, n in stats.top_entries]
    if stats.most_disliked:
        lines.append("\n" + tr("Most 👎:"))
        lines += [f"• <code>{e}</code>: {n}" for e, n in stats.most_disliked]
    return View("\n".join(lines))


def render_ratings(tr: Translator, ratings: Ratings) -> str:
    """How migrants rated the council members' answers to their requests."""
    lines = [
        "\n"
        + tr(
            "Council answers rated by migrants, last {days} days: 👍 {up} · 👎 {down}",
            days=ratings.days,
            up=ratings.helpful,
            down=ratings.not_helpful,
        )
    ]
    for helpful, word in ratings.comments:
        lines.append(f"• {'👍' if helpful else '👎'} «{html.escape(word)}»")
    return "\n".join(lines)


async def on_stats(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    services = context.services
    stats = await actions.usage_stats(services.sessions, services, services.today())
    rated = await consult_actions.ratings(services.sessions, services.today())
    view = render_stats(context.tr, stats)
    await send(update, View(view.html + "\n" + render_ratings(context.tr, rated), view.buttons))


# Knowledge-base files sent to the bot.


def _read_upload(name: str, content: bytes) -> LoadResult:
    suffix = PurePath(name).suffix.lower()
    if suffix == ".xlsx":
        return read_xlsx(content, name)
    if suffix in (".yaml", ".yml", ".json"):
        return read_entries_bytes(content, suffix, name)
    return LoadResult([], [Problem(name, "", "send a .xlsx, .yaml or .json file")])


async def on_document(update: Update, context: BotContext) -> None:
    tr = context.tr
    member = await current_member(update, context)
    if member is None or not roles.allows(member.role, "admin"):
        # Only admins send files on purpose; anyone else simply gets the text-only reply.
        await send(update, render_not_text(tr))
        return
    await keep_contact(update, context, member)
    document = update.effective_message.document
    if document.file_size and document.file_size > MAX_UPLOAD:
        await send(update, View(tr("The file is too large (at most 5 MB).")))
        return
    telegram_file = await document.get_file()
    content = bytes(await telegram_file.download_as_bytearray())
    name = document.file_name or "upload"
    stored = {e.id: e for e in await kb_actions.stored_entries(context.services.sessions)}
    # Parsing and checking a large file takes seconds: in a thread, the bot keeps answering.
    loaded = await asyncio.to_thread(_read_upload, name, content)
    result = await asyncio.to_thread(
        validate_loaded, [loaded], context.services.tables, stored, list(stored.values())
    )
    if not result.ok:
        lines = [tr("Nothing was changed. Problems in {name}:", name=html.escape(name))]
        lines += [f"• {html.escape(str(p))}" for p in result.problems[:20]]
        if len(result.problems) > 20:
            lines.append(tr("… and {count} more.", count=len(result.problems) - 20))
        await send(update, View("\n".join(lines)))
        return
    added = [e.id for _, e in result.entries if e.id not in stored]
    changed = [
        e.id
        for _, e in result.entries
        if e.id in stored and entry_to_mapping(stored[e.id]) != entry_to_mapping(e)
    ]
    unchanged = len(result.entries) - len(added) - len(changed)
    context.user_data["adm_import"] = {
        "entries": yaml.safe_dump(
            [entry_to_mapping(e) for _, e in result.entries if e.id in (*added, *changed)],
            allow_unicode=True,
        ),
        # What the dry run compared against: Apply refuses if another admin changed these since.
        "base": await kb_actions.current_revisions(context.services.sessions, [*added, *changed]),
    }
    summary = tr(
        "Dry run of {name}: {added} added, {changed} changed, {unchanged} unchanged, 0 errors.",
        name=html.escape(name),
        added=len(added),
        changed=len(changed),
        unchanged=unchanged,
    )
    details = "\n".join(f"• + <code>{i}</code>" for i in added[:10])
    details += "\n" + "\n".join(f"• ~ <code>{i}</code>" for i in changed[:10])
    buttons = (
        (
            (
                Button(tr("✅ Apply"), action=(Namespace.ADMIN, ImportAction.APPLY)),
                Button(tr("✖️ Cancel"), action=(Namespace.ADMIN, ImportAction.CANCEL)),
            ),
        )
        if added or changed
        else ()
    )
    await send(update, View(f"{summary}\n{details.strip()}", buttons))


async def on_import_button(update: Update, context: BotContext) -> None:
    if not await require(update, context, "admin"):
        return
    tr = context.tr
    parts = decode(update.callback_query.data) or ()
    pending = context.user_data.pop("adm_import", None)
    if parts == (Namespace.ADMIN, ImportAction.CANCEL):
        await show(update, View(tr("Cancelled. Nothing was saved.")))
        return
    if parts != (Namespace.ADMIN, ImportAction.APPLY) or not isinstance(pending, dict):
        await show(update, render_expired(tr))
        return
    entries = [entry_from_mapping(raw) for raw in yaml.safe_load(pending["entries"])]
    services = context.services
    try:
        report = await kb_actions.import_entries(
            services.sessions,
            entries,
            context.user_key(update.effective_user.id),
            services,
            expected=pending["base"],
        )
    except kb_actions.StaleImport as stale:
        ids = ", ".join(f"<code>{html.escape(i)}</code>" for i in stale.entry_ids[:10])
        text = tr(
            "Nothing was changed: another admin changed {ids} after your dry run. Send the "
            "file again to see the difference against the current text.",
            ids=ids,
        )
        await show(update, View(text))
        return
    await show(
        update,
        View(
            tr(
                "Applied: {added} added, {changed} changed.",
                added=len(report.added),
                changed=len(report.changed),
            )
        ),
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler("unanswered", on_unanswered))
    app.add_handler(CommandHandler("stats", on_stats))
    review = pattern(Namespace.ADMIN, *ReviewAction)
    app.add_handler(CallbackQueryHandler(on_review_button, pattern=review))
    upload = pattern(Namespace.ADMIN, *ImportAction, final=True)
    app.add_handler(CallbackQueryHandler(on_import_button, pattern=upload))
    app.add_handler(MessageHandler(filters.Document.ALL & filters.ChatType.PRIVATE, on_document))
