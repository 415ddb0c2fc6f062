"""Webhook workers take a user's updates one at a time, so none reads a state being written."""

from __future__ import annotations

import asyncio

from bot.ptb.persistence import _one_update_per_user
from knowledge.storage import db


async def _enter(engine, user_id: int, entered: list[int]) -> None:
    async with _one_update_per_user(engine, user_id):
        entered.append(user_id)


async def test_a_users_next_update_waits_for_the_one_in_flight_and_no_one_else_does(
    postgres_url,
):
    worker_a, worker_b = db.create_engine(postgres_url), db.create_engine(postgres_url)
    entered: list[int] = []
    try:
        async with _one_update_per_user(worker_a, 42):
            same_user = asyncio.create_task(_enter(worker_b, 42, entered))
            await _enter(worker_b, 43, entered)  # another user goes ahead
            assert not same_user.done()
            entered.append(0)  # the update in flight ends
        await same_user
        async with _one_update_per_user(worker_b, 42):  # and the lock was given back
            entered.append(42)
    finally:
        await worker_a.dispose()
        await worker_b.dispose()
    assert entered == [43, 0, 42, 42]
