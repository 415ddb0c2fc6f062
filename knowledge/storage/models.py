"""Database tables (SQLAlchemy 2 declarative mapping). Migrations live in migrations/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    func,
)
from sqlalchemy import (
    false as sa_false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Explicit constraint names keep migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# For ids people and buttons refer to (request numbers, proposals): without AUTOINCREMENT,
# SQLite hands the id of the newest row out again once it is deleted (/forget, the purge).
# PostgreSQL's sequences never do.
NEVER_REUSED = {"sqlite_autoincrement": True}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class FaqEntryRow(Base):
    __tablename__ = "faq_entries"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    category: Mapped[str] = mapped_column(String(32), index=True)
    # A URL, or one per language ({az, ru, en}).
    links: Mapped[list[str | Mapping[str, str]]] = mapped_column(JSON, default=list)
    source_title: Mapped[str] = mapped_column(Text)
    source_url: Mapped[str] = mapped_column(Text)
    # The same in each language ({az, ru, en}); source_title/source_url are the defaults.
    source_titles: Mapped[dict | None] = mapped_column(JSON)
    source_urls: Mapped[dict | None] = mapped_column(JSON)
    # The date the source carries ("2024", "2024-12-29" or "undated").
    source_date: Mapped[str | None] = mapped_column(String(16))
    # The day a person last compared the text with its source (was "checked_on").
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    legal_basis_i18n: Mapped[dict | None] = mapped_column(JSON)
    related: Mapped[list[str]] = mapped_column(JSON, default=list)
    amounts: Mapped[list[int]] = mapped_column(JSON, default=list)
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    # Soft delete: the entry leaves the bot but stays restorable, with its history.
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )

    translations: Mapped[list[FaqTranslationRow]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", lazy="selectin"
    )


class FaqTranslationRow(Base):
    __tablename__ = "faq_translations"

    entry_id: Mapped[str] = mapped_column(
        ForeignKey("faq_entries.id", ondelete="CASCADE"), primary_key=True
    )
    lang: Mapped[str] = mapped_column(String(2), primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    # The button label (at most 32 characters, the validator's rule; room to spare here).
    short_title: Mapped[str] = mapped_column(String(64), default="", server_default="")
    alternates: Mapped[list[str]] = mapped_column(JSON, default=list)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    answer: Mapped[str] = mapped_column(Text)

    entry: Mapped[FaqEntryRow] = relationship(back_populates="translations")


class KbState(Base):
    """One row whose version grows with every KB change, so workers know to rebuild."""

    __tablename__ = "kb_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class UserSettings(Base):
    """What the bot remembers of a user: the language they chose. Keyed by pseudonym."""

    __tablename__ = "user_settings"

    user_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str] = mapped_column(String(2))
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class QueryLogRow(Base):
    """A question and what the bot made of it, for the admins' review of gaps."""

    __tablename__ = "query_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), index=True
    )
    user_key: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str] = mapped_column(String(2))
    question: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8), index=True)
    entry_id: Mapped[str | None] = mapped_column(String(64))
    score: Mapped[float] = mapped_column(Float)
    feedback: Mapped[int | None] = mapped_column(Integer)
    # What the 👍/👎 buttons carry: known before the row is written, so the reply need not wait.
    ref: Mapped[str | None] = mapped_column(String(16), unique=True)
    # Set when an admin has dealt with the question in the review of unanswered ones.
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())


class EntryRating(Base):
    """👍/👎 on an answer opened from a button or a link, where no question was asked: the
    entry, the language and the verdict, and nothing about who pressed it."""

    __tablename__ = "entry_ratings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), index=True
    )
    entry_id: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str] = mapped_column(String(2))
    helpful: Mapped[bool] = mapped_column(Boolean)


class StaffRole(Base):
    """Council members and admins, by pseudonymous key; the name is how reports show them."""

    __tablename__ = "staff_roles"

    user_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    display_name: Mapped[str] = mapped_column(String(128), default="")
    granted_by: Mapped[str] = mapped_column(String(64), default="cli")
    granted_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    # Staff, not migrants: the bot must be able to write to them (requests for consultation),
    # in their language, and route by the working groups they sit in.
    telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    language: Mapped[str | None] = mapped_column(String(2))
    groups: Mapped[list[int]] = mapped_column(JSON, default=list, server_default="[]")


class ConsultationRow(Base):
    """One consultation a council member gave. No name, phone or document number, ever."""

    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    member_key: Mapped[str] = mapped_column(String(64), index=True)
    consulted_on: Mapped[dt.date] = mapped_column(Date, index=True)
    country: Mapped[str] = mapped_column(String(16), index=True)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    channel: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(24))
    language: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text, default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class ConsultationAudit(Base):
    """Every create, correction and withdrawal: who, when, before and after."""

    __tablename__ = "consultation_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    actor_key: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ExportLog(Base):
    """Who exported which period of the consultation statistics, and when."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    actor_key: Mapped[str] = mapped_column(String(64))
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    format: Mapped[str] = mapped_column(String(8))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class FaqRevision(Base):
    """Every change to an entry, with the whole entry as it was after it: nothing is lost."""

    __tablename__ = "faq_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_id: Mapped[str] = mapped_column(String(64), index=True)
    number: Mapped[int] = mapped_column(Integer)
    actor_key: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    snapshot: Mapped[dict] = mapped_column(JSON)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ConversationState(Base):
    """A user's or chat's conversation state (wizard steps, choices), shared by all workers."""

    __tablename__ = "conversation_state"

    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # user | chat
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # Telegram id
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), index=True
    )


class JobRun(Base):
    """A scheduled job's run, claimed by the first worker: with several workers the digest, the
    re-announcement and the purge each run once per period, not once per worker."""

    __tablename__ = "job_runs"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    slot: Mapped[str] = mapped_column(String(32), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ProcessedUpdate(Base):
    """Update ids already handled: Telegram may deliver one twice, we act on it once."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), index=True
    )


class ConsultRequestRow(Base):
    """A migrant's request to talk to a council member. The chat id is kept only while the
    request is open, to relay answers; the name is what the migrant agreed to share."""

    __tablename__ = "consult_requests"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), index=True
    )
    migrant_key: Mapped[str] = mapped_column(String(64), index=True)
    migrant_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    migrant_name: Mapped[str] = mapped_column(String(128), default="")
    # Set only when the migrant agreed to show their account (a link the member can open).
    migrant_account: Mapped[str | None] = mapped_column(String(160))
    language: Mapped[str] = mapped_column(String(2))
    topic: Mapped[str] = mapped_column(String(32))
    working_group: Mapped[int | None] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), index=True)  # open taken closed withdrawn
    member_key: Mapped[str | None] = mapped_column(String(64), index=True)
    taken_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    announced_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    consultation_id: Mapped[int | None] = mapped_column(Integer)


class ConsultNotice(Base):
    """Which member was told of a request, in which message: edited when someone takes it."""

    __tablename__ = "consult_notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("consult_requests.id", ondelete="CASCADE"), index=True
    )
    member_key: Mapped[str] = mapped_column(String(64))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    passed: Mapped[bool] = mapped_column(Boolean, default=False)


class ConsultMessage(Base):
    """What the two sides wrote to each other through the bot."""

    __tablename__ = "consult_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("consult_requests.id", ondelete="CASCADE"), index=True
    )
    sender: Mapped[str] = mapped_column(String(8))  # migrant | member
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ConsultRelayMessage(Base):
    """A message the bot sent someone about a request: Telegram's reply to it is relayed to
    that request, so the route never depends on what the message's text says."""

    __tablename__ = "consult_relay_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("consult_requests.id", ondelete="CASCADE"), index=True
    )
    # The pseudonym of whom it was sent to: a private chat's id is its user's id.
    recipient_key: Mapped[str] = mapped_column(String(64), index=True)
    message_id: Mapped[int] = mapped_column(BigInteger)
    side: Mapped[str] = mapped_column(String(8))  # member | migrant


class KbProposal(Base):
    """A member's answer marked useful for everyone, waiting for an admin's review."""

    __tablename__ = "kb_proposals"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(2))
    topic: Mapped[str] = mapped_column(String(32))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    # The entries closest to the question when it was proposed: "add as an alternate of".
    closest: Mapped[list[str]] = mapped_column(JSON, default=list)
    proposed_by: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class ConsultCanned(Base):
    """A reply members may insert when they answer a request in its language; admins keep
    the list. No person's data: the same words go to anyone."""

    __tablename__ = "consult_canned"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    language: Mapped[str] = mapped_column(String(2), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class ConsultRating(Base):
    """The migrant's rating of the member's answer, one per request and keyed by it (nobody's
    id of its own): deleted with the request (/forget, the retention purge)."""

    __tablename__ = "consult_ratings"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("consult_requests.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )
    helpful: Mapped[bool] = mapped_column(Boolean)
    # An optional word after the tap; numbers and e-mails are refused, like a /log note.
    comment: Mapped[str | None] = mapped_column(String(300))
    at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), index=True
    )
