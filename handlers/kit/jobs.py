"""Scheduled jobs that run once per period, however many workers schedule them.

Every worker's job queue fires (the daily digest, the re-announcement of waiting requests,
the retention purge); the first to claim the period in the database runs it, the others skip.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Awaitable, Callable

from telegram.ext import CallbackContext

from knowledge.storage import jobs

Job = Callable[[CallbackContext], Awaitable[None]]
Slot = Callable[[dt.datetime, CallbackContext], str]


def daily(now: dt.datetime, context: CallbackContext) -> str:
    return now.date().isoformat()


def every(seconds: float) -> Slot:
    """Periods of ``seconds``: a worker whose timer fires a little late still finds the claim."""
    return lambda now, context: str(int(now.timestamp() // seconds))


def once_per(name: str, slot: Slot) -> Callable[[Job], Job]:
    def wrap(job: Job) -> Job:
        @functools.wraps(job)
        async def claimed_once(context: CallbackContext) -> None:
            services = context.application.bot_data["services"]
            now = dt.datetime.now(dt.UTC)
            if await jobs.first_to_claim(services.sessions, name, slot(now, context)):
                await job(context)

        return claimed_once

    return wrap
