"""The Service's e-services: what each checks and what to have ready."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from knowledge.reference.fees import Source, source_from_mapping


@dataclass(frozen=True, slots=True)
class EService:
    id: str
    faq: str | None
    name: Mapping[str, str]
    checks: Mapping[str, str]
    inputs: Mapping[str, Sequence[str]]
    url: str | None
    source: Source
    # Shown to the migrant, in their language (e.g. the wording of the button on the portal).
    hint: Mapping[str, str] | None = None
    # Research notes on names and sources: for admins and editors only, never shown to users.
    admin_note: Mapping[str, str] | None = None


def eservices_from_mapping(raw: Mapping) -> tuple[EService, ...]:
    return tuple(
        EService(
            id=str(s["id"]),
            faq=s.get("faq"),
            name=dict(s.get("name") or {}),
            checks=dict(s.get("checks") or {}),
            inputs={k: tuple(v or ()) for k, v in (s.get("inputs") or {}).items()},
            url=s.get("url"),
            source=source_from_mapping(s.get("source")),
            hint=s.get("hint"),
            admin_note=s.get("admin_note") or s.get("name_note"),
        )
        for s in raw.get("eservices") or ()
    )
