"""Whom to contact: the Service's lines, ASAN, the Public Council and its working groups."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from knowledge.reference.fees import Source, source_from_mapping

_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    name: Mapping[str, str]
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    url: str | None
    address: Mapping[str, str] | None
    hours: Mapping[str, str] | None
    note: Mapping[str, str] | None
    source: Source
    confirmed: bool


@dataclass(frozen=True, slots=True)
class WorkingGroup:
    number: int
    name: Mapping[str, str]
    leads: tuple[Mapping[str, str], ...]
    topics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Directory:
    contacts: tuple[Contact, ...]
    working_groups: tuple[WorkingGroup, ...]

    def by_id(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)

    def known_phone_digits(self) -> set[str]:
        return {phone_digits(p) for c in self.contacts for p in c.phones}

    def known_emails(self) -> set[str]:
        return {e.lower() for c in self.contacts for e in c.emails}


def phone_digits(phone: str) -> str:
    """Digits of a phone number without the country or trunk prefix, for comparing forms."""
    digits = _DIGITS.sub("", phone)
    if digits.startswith("994"):
        digits = digits[3:]
    return digits.lstrip("0")


def directory_from_mapping(raw: Mapping) -> Directory:
    contacts = tuple(
        Contact(
            id=str(c["id"]),
            name=dict(c.get("name") or {}),
            phones=tuple(str(p) for p in c.get("phones") or ()),
            emails=tuple(str(e) for e in c.get("emails") or ()),
            url=c.get("url"),
            address=c.get("address"),
            hours=c.get("hours"),
            note=c.get("note"),
            source=source_from_mapping(c.get("source")),
            confirmed=bool(c.get("confirmed", True)),
        )
        for c in raw.get("contacts") or ()
    )
    groups = tuple(
        WorkingGroup(
            number=int(g["number"]),
            name=dict(g.get("name") or {}),
            leads=tuple(dict(lead) for lead in g.get("leads") or ()),
            topics=tuple(str(t) for t in g.get("topics") or ()),
        )
        for g in raw.get("working_groups") or ()
    )
    return Directory(contacts, groups)
