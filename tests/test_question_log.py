"""The admins' question log is written after the replies, in batches, and drained on demand."""

from __future__ import annotations

from sqlalchemy import event, select

from knowledge.storage import db
from knowledge.storage.models import QueryLogRow

from .bot_harness import running_bot


def _row(n: int) -> dict:
    return dict(
        user_key=f"u{n}",
        language="en",
        question=f"question {n} " + "x" * 2000,
        status="none",
        entry_id=None,
        score=0.0,
        ref=f"{n:012x}",
    )


async def test_questions_queued_together_are_written_in_one_transaction(tmp_path):
    async with running_bot(f"sqlite:///{tmp_path / 'q.sqlite3'}") as (_, _, services):
        inserts = []
        event.listen(
            services.engine.sync_engine,
            "before_cursor_execute",
            lambda *args: inserts.append(args[2]) if "INSERT INTO query_log" in args[2] else None,
        )
        for n in range(5):
            services.log_question(**_row(n))
        await services.drain()
        services.log_question(**_row(5))  # after a batch: a new writer takes it
        await services.drain()
        async with db.unit_of_work(services.sessions) as session:
            rows = (await session.scalars(select(QueryLogRow).order_by(QueryLogRow.ref))).all()
    assert [r.ref for r in rows][-6:] == [f"{n:012x}" for n in range(6)]
    assert all(len(r.question) == 1000 for r in rows[-6:])  # cut as querylog.record cuts
    assert len(inserts) == 2
