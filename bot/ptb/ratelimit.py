"""Outgoing calls: Telegram's flood limits and 429 retry_after (AIORateLimiter), plus retries
with backoff when the Bot API answers 5xx or the network fails, so no reply is lost to a
passing outage."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)


class RetryingRateLimiter(AIORateLimiter):
    def __init__(self, retries: int = 3, first_delay: float = 0.2, **kwargs: Any):
        super().__init__(**kwargs)
        self.retries = retries
        self.first_delay = first_delay

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        delay = self.first_delay
        for attempt in range(self.retries + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except BadRequest:
                raise  # our mistake, not the network's: retrying cannot help
            except NetworkError as error:
                if attempt == self.retries:
                    raise
                log.warning(
                    "Bot API %s failed (%s); retry %d in %.1fs",
                    endpoint,
                    error,
                    attempt + 1,
                    delay,
                )
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")
