"""Named events between features, so that one feature reacts to another's without importing it.

A feature package may import only the kit and ``knowledge``. Where one feature's action needs
another's follow-up (a request ended by /forget tells its council member; an admin turns an
unanswered question into a new entry), the second feature registers a hook for the event and
the first one fires it. Hooks live on the Application, so two applications in one process (the
tests run many) never share them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.ext import Application

Hook = Callable[..., Awaitable[Any]]

# A private message replying to one of the bot's messages: a hook returns True when it took it.
REPLY_TO_BOT = "reply_to_bot"
# Requests ended by someone else's action (e.g. /forget): (context, request, notices, owner).
REQUEST_ENDED = "request_ended"
# A member's role went: the requests they held go back to the others, (context, released).
REQUESTS_RELEASED = "requests_released"
# Open the new-entry editor with texts filled in: (update, context, {"lang:field": text}).
NEW_ENTRY = "new_entry"


class Hooks:
    def __init__(self) -> None:
        self._by_event: dict[str, dict[str, Hook]] = defaultdict(dict)

    def add(self, event: str, hook: Hook) -> None:
        # Keyed by the function's name: registering the same feature twice replaces, not doubles.
        self._by_event[event][f"{hook.__module__}.{hook.__qualname__}"] = hook

    async def first(self, event: str, *args: Any) -> bool:
        """Offer the event to each hook until one returns True."""
        for hook in self._by_event[event].values():
            if await hook(*args):
                return True
        return False

    async def emit(self, event: str, *args: Any) -> None:
        for hook in self._by_event[event].values():
            await hook(*args)


def hooks(app: Application) -> Hooks:
    return app.bot_data.setdefault("hooks", Hooks())
