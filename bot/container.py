"""Start-up of everything a front end needs: database, migrations, seeding, the loaded KB."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.config import Settings
from knowledge.answering.search import KnowledgeBase
from knowledge.feedback import questions as querylog
from knowledge.kb import revisions, store
from knowledge.kb.files import Tables, load_bundled
from knowledge.people import users
from knowledge.people.pseudonyms import pseudonym
from knowledge.storage import db

log = logging.getLogger(__name__)
# How long the question log gathers entries before writing them (drain() does not wait).
QUESTION_BATCH_SECONDS = 0.1


class BundledContentInvalid(RuntimeError):
    """The shipped YAML does not validate: the database is not seeded from it."""


@dataclass
class Services:
    """What the front ends share. The knowledge actions take it as the KB they refresh after a
    change (knowledge.kb.actions.LiveKb) and the question log they flush before a read
    (knowledge.feedback.actions.QuestionLog)."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    tables: Tables
    kb: KnowledgeBase
    kb_version: int = 0
    seeded: bool = field(default=False)
    pseudonym_key: bytes = b""
    # Injected in tests; the Service counts days in Baku time.
    clock: Callable[[], dt.date] = field(
        default=lambda: dt.datetime.now(ZoneInfo("Asia/Baku")).date()
    )
    kb_check_seconds: float = 5.0
    _kb_checked_at: float = field(default=0.0, repr=False)
    _pending: set = field(default_factory=set, repr=False)
    _questions: list = field(default_factory=list, repr=False)
    _questions_writer: asyncio.Task | None = field(default=None, repr=False)
    _flush_questions: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    def spawn(self, work: Coroutine) -> None:
        """Run a write the user need not wait for; it is awaited by drain() and at close."""
        task = asyncio.create_task(work)
        self._pending.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task) -> None:
        self._pending.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("background write failed: %s", type(task.exception()).__name__)

    def log_question(self, **row: object) -> None:
        """Queue a question for the admins' log (querylog.record's fields), written after the
        reply. One writer, which gathers what comes in over a short while (or until drain()),
        so a busy bot takes the database's single SQLite connection once per batch, not once
        per question."""
        self._questions.append(row)
        if self._questions_writer is None or self._questions_writer.done():
            self._questions_writer = asyncio.create_task(self._write_questions())
            self._pending.add(self._questions_writer)
            self._questions_writer.add_done_callback(self._finished)

    async def _write_questions(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._flush_questions.wait(), QUESTION_BATCH_SECONDS)
        while self._questions:
            rows, self._questions = self._questions, []
            try:
                await self.refresh_kb_if_due()
                async with db.unit_of_work(self.sessions) as session:
                    await querylog.record_many(session, rows)
                    await session.commit()
            except (SQLAlchemyError, OSError) as error:
                # The database is away: the users have their answers; the log entries are lost.
                log.warning("%d question(s) not logged (%s)", len(rows), type(error).__name__)

    async def drain(self) -> None:
        self._flush_questions.set()
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)
        self._flush_questions.clear()

    def today(self) -> dt.date:
        return self.clock()

    async def refresh_kb_if_due(self) -> bool:
        """Rebuild the index if an admin changed the KB; asks the database every few seconds."""
        now = time.monotonic()
        if now - self._kb_checked_at < self.kb_check_seconds:
            return False
        self._kb_checked_at = now
        return await self.refresh_kb()

    def user_key(self, user_id: int | str) -> str:
        """The pseudonymous id stored and logged instead of a Telegram user id."""
        return pseudonym(user_id, self.pseudonym_key)

    async def refresh_kb(self) -> bool:
        """Rebuild the index if the stored KB changed since it was loaded."""
        async with db.unit_of_work(self.sessions) as session:
            version = await store.kb_version(session)
            if version == self.kb_version:
                return False
            entries = await store.load_entries(session)
        # Off the event loop: a build trains the ranker anew when phrasings changed (seconds),
        # and every other chat must be answered meanwhile, from the previous index.
        self.kb = await asyncio.to_thread(KnowledgeBase, entries, self.tables)
        self.kb_version = version
        return True

    async def close(self) -> None:
        await self.drain()
        await self.engine.dispose()


async def seed_if_empty(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Import the bundled KB into an empty database; return how many entries were added."""
    async with db.unit_of_work(sessions) as session:
        if await store.count_entries(session):
            return 0
        result, _ = load_bundled()
        if not result.ok:
            raise BundledContentInvalid("\n".join(str(p) for p in result.problems))
        report = await revisions.import_entries(
            session, [entry for _, entry in result.entries], actor="seed"
        )
        await session.commit()
    log.info("seeded the knowledge base with %d entries", len(report.added))
    return len(report.added)


async def open_services(settings: Settings) -> Services:
    await db.upgrade(settings.database_url)
    engine = db.create_engine(settings.database_url)
    sessions = db.session_factory(engine)
    pseudonym_key = settings.pseudonym_key_bytes()
    try:
        added = await seed_if_empty(sessions)
        _, tables = load_bundled()
        async with db.unit_of_work(sessions) as session:
            entries = await store.load_entries(session)
            version = await store.kb_version(session)
            # Dialog state written before it was keyed by pseudonym: no Telegram id stays.
            if await users.rekey_states(session, lambda uid: pseudonym(uid, pseudonym_key)):
                await session.commit()
    except Exception:
        await engine.dispose()
        raise
    return Services(
        settings=settings,
        engine=engine,
        sessions=sessions,
        tables=tables,
        kb=KnowledgeBase(entries, tables),
        kb_version=version,
        seeded=bool(added),
        pseudonym_key=pseudonym_key,
    )
