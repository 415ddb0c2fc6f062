"""Consultations the Public Council gives: what is recorded, and the rules for changing it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.storage.models import ConsultationAudit, ConsultationRow

# The council's own report topics first (2022 report), then the knowledge base's.
TOPICS = (
    "registration", "citizenship", "temporary_residence", "permanent_residence",
    "work_permit", "asylum", "emigration", "bank_other",
    "eservices", "extension", "fines", "visas",
)  # fmt: skip
CHANNELS = ("in_person", "phone", "online", "telegram")
OUTCOMES = ("advice_given", "resolved", "referred_service", "referred_elsewhere", "pending")
LANGUAGES = ("az", "ru", "en", "tr", "fa", "uk", "other")
# Countries the council sees most (2022 report order), shown first in the picker.
COMMON_COUNTRIES = ("UA", "RU", "TR", "GE", "IR", "KZ", "UZ", "PK", "IN", "SY")
STATELESS = "STATELESS"
AZ_ABROAD = "AZ_ABROAD"
EDIT_WINDOW = dt.timedelta(days=7)
MAX_NOTE = 500
# Seven or more digits in a row (spaces and dashes allowed between them), or an e-mail: a
# phone or document number has no place in what the council keeps.
PERSONAL_DATA = re.compile(r"\d[\d\s\-]{5,}\d|[\w.+-]+@[\w-]+\.\w+")


def has_personal_data(text: str) -> bool:
    """Whether a free text (a note, a question) looks like it holds a phone, a document number
    or an e-mail."""
    return PERSONAL_DATA.search(text) is not None


class ConsultationError(Exception):
    """A refused change; ``code`` is stable for the views to translate."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


# Paper records of earlier years are imported (the council's 2022 figures), but nothing it
# recorded is older than this: 0001-01-01 or 01.01.1900 is a typo that would count in a report.
EARLIEST_LOGGABLE = dt.date(2000, 1, 1)


def is_loggable_day(day: dt.date | None, today: dt.date) -> bool:
    return day is not None and EARLIEST_LOGGABLE <= day <= today


@dataclass(frozen=True, slots=True)
class Draft:
    """A consultation being recorded: everything but who and when it was written."""

    country: str = ""
    topics: tuple[str, ...] = ()
    channel: str = ""
    outcome: str = ""
    consulted_on: dt.date | None = None
    language: str = ""
    note: str = ""

    def problems(self, today: dt.date, known_countries: set[str]) -> list[str]:
        """Codes of what is wrong; the same rules for /log, a correction and the CSV import."""
        found = []
        if self.country not in known_countries:
            found.append("country")
        if not self.topics or any(t not in TOPICS for t in self.topics):
            found.append("topics")
        if self.channel not in CHANNELS:
            found.append("channel")
        if self.outcome not in OUTCOMES:
            found.append("outcome")
        if not is_loggable_day(self.consulted_on, today):
            found.append("date")
        if self.language not in LANGUAGES:
            found.append("language")
        if len(self.note) > MAX_NOTE:
            found.append("note")
        if has_personal_data(self.note):
            found.append("personal_data")
        return found

    def to_json(self) -> dict:
        data = asdict(self)
        data["topics"] = list(self.topics)
        data["consulted_on"] = self.consulted_on.isoformat() if self.consulted_on else None
        return data

    @classmethod
    def from_json(cls, data: dict) -> Draft:
        day = data.get("consulted_on")
        return cls(
            country=data.get("country", ""),
            topics=tuple(data.get("topics") or ()),
            channel=data.get("channel", ""),
            outcome=data.get("outcome", ""),
            consulted_on=dt.date.fromisoformat(day) if day else None,
            language=data.get("language", ""),
            note=data.get("note", ""),
        )


@dataclass(frozen=True, slots=True)
class Consultation:
    id: int
    member_key: str
    draft: Draft
    withdrawn: bool
    created_at: dt.datetime
    extra: dict = field(default_factory=dict)


def _to_domain(row: ConsultationRow) -> Consultation:
    return Consultation(
        id=row.id,
        member_key=row.member_key,
        draft=Draft(
            row.country,
            tuple(row.topics or ()),
            row.channel,
            row.outcome,
            row.consulted_on,
            row.language,
            row.note or "",
        ),
        withdrawn=row.withdrawn,
        created_at=row.created_at,
    )


def _apply(row: ConsultationRow, draft: Draft) -> None:
    assert draft.consulted_on is not None  # a draft with problems() is never saved
    row.country = draft.country
    row.topics = list(draft.topics)
    row.channel = draft.channel
    row.outcome = draft.outcome
    row.consulted_on = draft.consulted_on
    row.language = draft.language
    row.note = draft.note


def _audit(
    session: AsyncSession,
    consultation_id: int,
    actor: str,
    action: str,
    before: dict | None,
    after: dict | None,
) -> None:
    session.add(
        ConsultationAudit(
            consultation_id=consultation_id,
            actor_key=actor,
            action=action,
            before=before,
            after=after,
        )
    )


async def record(session: AsyncSession, member_key: str, draft: Draft) -> int:
    row = ConsultationRow(member_key=member_key)
    _apply(row, draft)
    session.add(row)
    await session.flush()
    _audit(session, row.id, member_key, "create", None, draft.to_json())
    return row.id


async def _own_editable(
    session: AsyncSession, consultation_id: int, member_key: str, now: dt.datetime
) -> ConsultationRow:
    row = await session.get(ConsultationRow, consultation_id)
    if row is None or row.withdrawn:
        raise ConsultationError("not_found")
    if row.member_key != member_key:
        raise ConsultationError("not_author")
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=dt.UTC)
    if now - created > EDIT_WINDOW:
        raise ConsultationError("too_late")
    return row


async def correct(
    session: AsyncSession, consultation_id: int, member_key: str, draft: Draft, now: dt.datetime
) -> None:
    row = await _own_editable(session, consultation_id, member_key, now)
    before = _to_domain(row).draft.to_json()
    _apply(row, draft)
    _audit(session, row.id, member_key, "correct", before, draft.to_json())


async def withdraw(
    session: AsyncSession, consultation_id: int, member_key: str, now: dt.datetime
) -> None:
    row = await _own_editable(session, consultation_id, member_key, now)
    row.withdrawn = True
    _audit(session, row.id, member_key, "withdraw", _to_domain(row).draft.to_json(), None)


async def get(session: AsyncSession, consultation_id: int) -> Consultation | None:
    row = await session.get(ConsultationRow, consultation_id)
    return _to_domain(row) if row else None


async def recent_for(
    session: AsyncSession, member_key: str, limit: int = 10
) -> list[Consultation]:
    rows = await session.scalars(
        select(ConsultationRow)
        .where(ConsultationRow.member_key == member_key, ConsultationRow.withdrawn.is_(False))
        .order_by(ConsultationRow.id.desc())
        .limit(limit)
    )
    return [_to_domain(r) for r in rows]


async def audit_trail(session: AsyncSession, consultation_id: int) -> list[ConsultationAudit]:
    rows = await session.scalars(
        select(ConsultationAudit)
        .where(ConsultationAudit.consultation_id == consultation_id)
        .order_by(ConsultationAudit.id)
    )
    return list(rows)


def with_changes(draft: Draft, **changes) -> Draft:
    return replace(draft, **changes)
