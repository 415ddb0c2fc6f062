"""/menu: browse categories, then entries, in one message edited in place."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.kit.callbacks import MenuAction, Namespace, action_of, decode, pattern
from handlers.kit.context import BotContext
from handlers.kit.deeplinks import opens, opens_entries
from handlers.kit.i18n import Translator
from handlers.kit.labels import CATEGORY_LABELS
from handlers.kit.send import send, show
from handlers.kit.views import Button, View, render_expired, render_main_menu, render_reply
from knowledge.answering.search import KnowledgeBase, Reply, entries_by_category
from knowledge.kb.entries import CATEGORIES

MENU = "menu"


def render_categories(tr: Translator, kb: KnowledgeBase) -> View:
    present = entries_by_category(kb.published())
    rows = [
        (Button(tr(CATEGORY_LABELS[c]), action=(Namespace.MENU, MenuAction.CATEGORY, c)),)
        for c in CATEGORIES if c in present
    ]  # fmt: skip
    rows.append((Button(tr("⬅️ Back"), action=(Namespace.MENU,)),))
    return View(tr("Choose a topic:"), tuple(rows))


def render_category(tr: Translator, kb: KnowledgeBase, category: str) -> View | None:
    entries = entries_by_category(kb.published()).get(category)
    if not entries:
        return None
    rows = [(Button(e.title(tr.lang), action=(Namespace.ENTRY, e.id)),) for e in entries]
    rows.append((Button(tr("⬅️ Back to topics"), action=(Namespace.MENU, MenuAction.TOPICS)),))
    return View(f"<b>{tr(CATEGORY_LABELS[category])}</b>", tuple(rows))


def render_entry(
    tr: Translator, kb: KnowledgeBase, entry_id: str, rated: bool = False
) -> View | None:
    """An answer opened from a button or a link, with 👍/👎 on the entry until it is rated."""
    entry = kb.entries.get(entry_id)
    # An old or forged button may name a deleted or withdrawn entry: only live ones are shown.
    if entry is None or not entry.live:
        return None
    reply = Reply(
        status="answer", lang=tr.lang, entry=entry, score=1.0, suggestions=(),
        related=tuple(
            kb.entries[r] for r in entry.related if r in kb.entries and kb.entries[r].live
        ),
        answer_html=kb.render_answer(entry, tr.lang), out_of_scope=None,
    )  # fmt: skip
    view = render_reply(reply, tr, kb.tables.directory, rate_entry=not rated)
    topic = (Namespace.MENU, MenuAction.CATEGORY, entry.category)
    back = (Button(tr("⬅️ Back to topics"), action=topic),)
    return View(view.html, (*view.buttons, back))


async def on_menu_command(update: Update, context: BotContext) -> None:
    await send(update, render_categories(context.tr, context.services.kb))


async def on_menu_button(update: Update, context: BotContext) -> None:
    parts = decode(update.callback_query.data) or ()
    kb = context.services.kb
    view: View | None = None
    if parts == (Namespace.MENU,):
        view = render_main_menu(context.tr)
    elif parts == (Namespace.MENU, MenuAction.TOPICS):
        view = render_categories(context.tr, kb)
    elif action_of(parts, MenuAction) is MenuAction.CATEGORY and len(parts) == 3:
        view = render_category(context.tr, kb, parts[2])
    await show(update, view or render_expired(context.tr))


async def on_entry_button(update: Update, context: BotContext) -> None:
    parts = decode(update.callback_query.data) or ()
    view = render_entry(context.tr, context.services.kb, parts[1]) if len(parts) == 2 else None
    # A "did you mean" choice or a related entry opens as a new message: the question stays.
    if view is None:
        await show(update, render_expired(context.tr))
        return
    await update.callback_query.answer()
    await send(update, view)


async def open_entry(update: Update, context: BotContext, entry_id: str) -> bool:
    view = render_entry(context.tr, context.services.kb, entry_id)
    if view is not None:
        await send(update, view)
    return view is not None


def register(app: Application) -> None:
    app.add_handler(CommandHandler(MENU, on_menu_command))
    opens(app, MENU, on_menu_command)
    opens_entries(app, open_entry)
    menu = pattern(Namespace.MENU, *MenuAction, bare=True)
    app.add_handler(CallbackQueryHandler(on_menu_button, pattern=menu))
    app.add_handler(CallbackQueryHandler(on_entry_button, pattern=pattern(Namespace.ENTRY)))
