"""Typed answers to a question the bot asked (a date, a country name, a note).

A feature that asks sets ``user_data["awaiting"]`` to its step name; the text handler offers
the message to that step before treating it as a new question.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from handlers.kit.context import BotContext

Step = Callable[[Update, BotContext], Awaitable[None]]
_STEPS: dict[str, Step] = {}


def step(name: str) -> Callable[[Step], Step]:
    def remember(handler: Step) -> Step:
        _STEPS[name] = handler
        return handler

    return remember


async def route(update: Update, context: BotContext) -> bool:
    """Give the message to the step waiting for it; False when none is."""
    handler = _STEPS.get(context.user_data.get("awaiting") or "")
    if handler is None:
        return False
    await handler(update, context)
    return True
