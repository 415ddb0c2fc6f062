"""Declared dialogs: each multi-step flow names its typed-text states once; the kit routes.

A flow that asks for typed text (a date, a country, a note) waits in one state at a time; the
kit keeps that in ``user_data["flow"]`` and gives every flow the same rules, so that no feature
re-implements them and no message is trapped:

- ``/cancel`` or the Cancel button ends the flow and drops its drafts: nothing is saved;
- any other command leaves the flow and does what it says (``/deadline`` then ``/menu``);
- a flow left alone for ``TIMEOUT`` ends, and the next message is a new question;
- a reply to one of the bot's messages goes first to the features that relay it (a request
  to a council member), whatever step is pending;
- a step may decline a text (it returns False): the flow ends and the text is answered as a
  question (``/deadline`` then "how much is a work permit?").

Each flow's draft lives under its own keys, so two flows never clobber each other.

Why not python-telegram-bot's ConversationHandler: it keys its persisted state by the Telegram
chat and user ids (the README promises those are never stored), it would move every wizard's
button handlers into its state table at once, and one handler per group per update means a
command that leaves a conversation is swallowed unless each conversation gets its own group.
This registry keeps the features' handlers as they are and the persisted state in user_data.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from handlers.kit.callbacks import Namespace, button_actions, pattern
from handlers.kit.context import BotContext
from handlers.kit.hooks import REPLY_TO_BOT, hooks
from handlers.kit.i18n import Translator
from handlers.kit.send import send, show
from handlers.kit.views import Button, View

_clock = time.time  # a test moves it to see a dialog time out
# A step returns False to decline the text (it is a new question), anything else to keep it.
Step = Callable[[Update, BotContext], Awaitable[bool | None]]
ACTIVE = "flow"
TIMEOUT_SECONDS = 60 * 60  # a member may take a while over a note; an hour of silence ends it
CANCEL = "cancel"  # the command
# Runs after the rate limit and locale gate (groups -3 and -2), before every feature (group 0).
DIALOG_GROUP = -1


@button_actions(Namespace.FLOW)
class FlowAction(StrEnum):
    """The buttons every dialog shares."""

    CANCEL = "cancel"  # v1:flow:cancel: end the dialog, nothing saved (as /cancel)


@dataclass(frozen=True)
class Flow:
    """One dialog: its name, and the user_data keys that hold its draft."""

    name: str
    drafts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _FLOWS[self.name] = self

    def step(self, state: str) -> Callable[[Step], Step]:
        """Declare the handler of typed text in ``state``."""

        def remember(handler: Step) -> Step:
            _STEPS[state] = (self, handler)
            return handler

        return remember

    def wait(self, context: BotContext, state: str) -> None:
        """The next typed text goes to ``state``'s step."""
        assert _STEPS.get(state, (None,))[0] is self, f"{state} is not a step of {self.name}"
        if not context.private_chat:
            # Typed steps are read in private chats only: a dialog begun in a group must not
            # take the user's next private message for its answer.
            return
        context.user_data[ACTIVE] = {"flow": self.name, "state": state, "since": _clock()}

    def waiting(self, context: BotContext, state: str | None = None) -> bool:
        """True while this flow waits for typed text (in ``state``, if given)."""
        active = context.user_data.get(ACTIVE) or {}
        typed = active.get("state")
        return active.get("flow") == self.name and bool(typed) and state in (None, typed)

    def stop(self, context: BotContext) -> None:
        """Typed text is no longer this flow's; the dialog goes on with its buttons."""
        if self.waiting(context):
            stop_typing(context)

    def drop(self, context: BotContext) -> None:
        """End the flow and forget its draft."""
        active = context.user_data.get(ACTIVE) or {}
        if active.get("flow") == self.name:
            context.user_data.pop(ACTIVE, None)
        for key in self.drafts:
            context.user_data.pop(key, None)

    def has_draft(self, context: BotContext) -> bool:
        return any(key in context.user_data for key in self.drafts)


_FLOWS: dict[str, Flow] = {}
_STEPS: dict[str, tuple[Flow, Step]] = {}


def active_flow(context: BotContext) -> Flow | None:
    """The dialog the user is in: waiting for typed text, or for a button with a draft kept."""
    active = context.user_data.get(ACTIVE) or {}
    flow = _FLOWS.get(active.get("flow") or "")
    if flow is None or not (active.get("state") or flow.has_draft(context)):
        return None
    return flow


def awaiting_text(context: BotContext) -> bool:
    return bool((context.user_data.get(ACTIVE) or {}).get("state"))


def stop_typing(context: BotContext) -> None:
    """The next typed text is a question again; the dialog (if any) goes on with buttons."""
    active = context.user_data.get(ACTIVE)
    if active:
        active["state"] = None


def leave(context: BotContext) -> None:
    """Out of the dialog; its draft stays for its buttons until the flow ends or is cancelled."""
    context.user_data.pop(ACTIVE, None)


def cancel_button(tr: Translator) -> Button:
    return Button(tr("✖️ Cancel"), action=(Namespace.FLOW, FlowAction.CANCEL))


def _expired(context: BotContext) -> bool:
    active = context.user_data.get(ACTIVE) or {}
    return _clock() - float(active.get("since") or 0) > TIMEOUT_SECONDS


async def on_typed_text(update: Update, context: BotContext) -> None:
    """A reply to one of the bot's messages first (a request's relay), then the step waiting
    for the text; stop here when either kept it."""
    replied = update.effective_message.reply_to_message
    to_bot = replied is not None and replied.from_user is not None and replied.from_user.is_bot
    if to_bot and await hooks(context.application).first(REPLY_TO_BOT, update, context):
        raise ApplicationHandlerStop
    active = context.user_data.get(ACTIVE) or {}
    flow, handler = _STEPS.get(active.get("state") or "", (None, None))
    if flow is None or handler is None:
        return
    if _expired(context):
        flow.drop(context)
        return  # the text goes on as a new question
    if await handler(update, context) is False:
        flow.stop(context)
        return
    raise ApplicationHandlerStop


async def on_command(update: Update, context: BotContext) -> None:
    """/cancel ends the flow; any other command leaves it and goes on to its own handler."""
    text = update.effective_message.text or ""
    command = text.split()[0].split("@")[0].lstrip("/").lower() if text else ""
    if command == CANCEL:
        await cancel(update, context)
        raise ApplicationHandlerStop
    leave(context)


async def cancel(update: Update, context: BotContext) -> None:
    flow = active_flow(context)
    tr = context.tr
    if flow is not None:
        flow.drop(context)
        view = View(tr("Cancelled. Nothing was saved."))
    else:
        view = View(tr("There is nothing to cancel."))
    if update.callback_query:
        await show(update, view)  # answers the press
    else:
        await send(update, view)


async def on_edited(update: Update, context: BotContext) -> None:
    """An edit reaches nobody: not the member a reply was relayed to, not a dialog's step. Say
    so, instead of answering the edited text as a new question."""
    await send(
        update,
        View(
            context.tr(
                "I do not see edits of messages already sent. Please send the corrected text "
                "as a new message."
            )
        ),
    )
    raise ApplicationHandlerStop


def register(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & private, on_edited), group=DIALOG_GROUP
    )
    app.add_handler(MessageHandler(filters.COMMAND & private, on_command), group=DIALOG_GROUP)
    app.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND & private, on_typed_text),
        group=DIALOG_GROUP,
    )
    app.add_handler(
        CallbackQueryHandler(
            cancel, pattern=pattern(Namespace.FLOW, FlowAction.CANCEL, final=True)
        )
    )
