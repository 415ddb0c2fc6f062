"""Sending views: one place that turns a View (text and buttons) into Telegram calls, split
under the limits."""

from __future__ import annotations

import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden

from handlers.kit.callbacks import encode
from handlers.kit.views import Button, View, split_html

log = logging.getLogger(__name__)


def markup(view: View) -> InlineKeyboardMarkup | None:
    """A view's buttons as an inline keyboard: links, and actions as callback data."""
    if not view.buttons:
        return None
    return InlineKeyboardMarkup([[_button(b) for b in row] for row in view.buttons])


def _button(button: Button) -> InlineKeyboardButton:
    if button.url:
        return InlineKeyboardButton(button.label, url=button.url)
    assert button.action is not None
    return InlineKeyboardButton(button.label, callback_data=encode(*button.action))


async def send(update: Update, view: View) -> Message | None:
    """Send a view as a new message (several if long; the buttons go on the last)."""
    chat = update.effective_chat
    if chat is None:
        return None
    parts = split_html(view.html)
    message = None
    for number, part in enumerate(parts, start=1):
        message = await chat.send_message(
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(view) if number == len(parts) else None,
            disable_web_page_preview=True,
        )
    return message


async def show(update: Update, view: View) -> None:
    """Answer a button press by editing its message, so browsing does not flood the chat."""
    query = update.callback_query
    if query is not None and query.message is None:
        # A button on an inline message (no chat of ours to write to): stop its spinner.
        await query.answer()
        return
    if query is None:
        await send(update, view)
        return
    await query.answer()
    parts = split_html(view.html)
    if len(parts) > 1:
        await send(update, view)
        return
    try:
        await query.edit_message_text(
            view.html,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(view),
            disable_web_page_preview=True,
        )
    except BadRequest as error:
        # Pressing the same button twice: Telegram refuses an edit that changes nothing.
        if "not modified" not in str(error).lower():
            raise


async def send_to(bot: Bot, chat_id: int, view: View, who: str) -> Message | None:
    """Send a view to someone other than the sender (a member, a migrant).

    They may have blocked the bot or never opened it: that is logged (``who`` is a
    pseudonym) and the caller carries on, so one unreachable person stops nobody else.
    """
    message = None
    try:
        parts = split_html(view.html)
        for number, part in enumerate(parts, start=1):
            message = await bot.send_message(
                chat_id,
                part,
                parse_mode=ParseMode.HTML,
                reply_markup=markup(view) if number == len(parts) else None,
                disable_web_page_preview=True,
            )
    except (Forbidden, BadRequest) as error:
        log.warning("could not reach user=%s (%s)", who[:12], type(error).__name__)
        return None
    return message


async def edit_for(bot: Bot, chat_id: int, message_id: int, view: View) -> None:
    """Replace a message shown to someone else (a request another member took)."""
    try:
        await bot.edit_message_text(
            view.html,
            chat_id=chat_id,
            message_id=message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(view),
            disable_web_page_preview=True,
        )
    except (Forbidden, BadRequest) as error:
        log.info("could not update a message (%s)", type(error).__name__)
