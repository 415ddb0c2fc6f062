"""Who may do what: council members log consultations, admins manage the KB and roles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.storage.models import StaffRole

ROLES = ("council", "admin")
_HELD_ROWS = "roles.held_rows"
# An admin may do everything a council member may.
GRANTS = {"council": {"council"}, "admin": {"council", "admin"}}


# The column's width: a Telegram first and last name may be 64 + 1 + 64 characters.
NAME_LENGTH = 128


@dataclass(frozen=True, slots=True)
class Staff:
    user_key: str
    role: str
    display_name: str
    groups: tuple[int, ...] = ()
    # How the bot reaches the member (remember_contact): their private chat and language.
    telegram_id: int | None = None
    language: str | None = None

    def knows_contact(self, display_name: str, telegram_id: int, language: str) -> bool:
        """Whether remember_contact() with these would change nothing."""
        return (
            (bool(self.display_name) or not display_name)
            and self.telegram_id == telegram_id
            and self.language == language
        )


def _staff(row: StaffRole) -> Staff:
    return Staff(
        row.user_key,
        row.role,
        row.display_name,
        tuple(row.groups or ()),
        row.telegram_id,
        row.language,
    )


async def role_of(session: AsyncSession, user_key: str) -> str | None:
    row = await session.get(StaffRole, user_key)
    # Kept for the session's life (its identity map holds rows weakly): grant(), called right
    # after this when a member's groups change, then finds the row without a query.
    session.info.setdefault(_HELD_ROWS, []).append(row)
    return row.role if row is not None else None


async def member(session: AsyncSession, user_key: str) -> Staff | None:
    """Someone's role and remembered contact; None for everyone without a role."""
    row = await session.get(StaffRole, user_key)
    return _staff(row) if row is not None else None


def allows(role: str | None, needed: str) -> bool:
    return role is not None and needed in GRANTS.get(role, set())


async def grant(
    session: AsyncSession,
    user_key: str,
    role: str,
    display_name: str = "",
    granted_by: str = "cli",
    telegram_id: int | None = None,
    groups: tuple[int, ...] | None = None,
) -> None:
    """Give a role; the Telegram id lets the bot write to the member (private chat id)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    display_name = display_name[:NAME_LENGTH]
    row = await session.get(StaffRole, user_key)
    if row is None:
        row = StaffRole(
            user_key=user_key, role=role, display_name=display_name, granted_by=granted_by
        )
        row.groups = []
        session.add(row)
    else:
        row.role = role
        row.granted_by = granted_by
        if display_name:
            row.display_name = display_name
    if telegram_id is not None:
        row.telegram_id = telegram_id
    if groups is not None:
        row.groups = sorted(set(groups))


async def revoke(session: AsyncSession, user_key: str) -> bool:
    result = await session.execute(delete(StaffRole).where(StaffRole.user_key == user_key))
    return bool(cast(CursorResult[Any], result).rowcount)


async def remember_contact(
    session: AsyncSession, user_key: str, display_name: str, telegram_id: int, language: str
) -> None:
    """How to reach a member: name for the reports, chat and language for requests."""
    row = await session.get(StaffRole, user_key)
    if row is None:
        return
    display_name = display_name[:NAME_LENGTH]
    if display_name and not row.display_name:
        row.display_name = display_name
    if row.telegram_id != telegram_id:
        row.telegram_id = telegram_id
    if row.language != language:
        row.language = language


async def staff(session: AsyncSession) -> list[Staff]:
    rows = await session.scalars(select(StaffRole).order_by(StaffRole.role, StaffRole.user_key))
    return [_staff(r) for r in rows]
