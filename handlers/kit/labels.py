"""Every code shown to people by name, in their language: KB categories, consultation fields;
report text."""

from __future__ import annotations

import datetime as dt
import html

from handlers.kit.i18n import N_, Translator
from knowledge.council.consultations import AZ_ABROAD, STATELESS
from knowledge.council.reports import Label, Report
from knowledge.reference import countries

# The knowledge base's categories, as the menu and the admin's editor show them.
CATEGORY_LABELS = {
    "eservices": N_("💻 E-services"),
    "registration": N_("🏠 Registration at place of stay"),
    "extension": N_("⏳ Extending the stay"),
    "trp": N_("🪪 Temporary residence permit"),
    "prp": N_("🏡 Permanent residence permit"),
    "work_permit": N_("💼 Work permit"),
    "fines": N_("⚠️ Fines and expulsion"),
    "visas": N_("🛂 Visas"),
    "citizenship_asylum": N_("🇦🇿 Citizenship and asylum"),
    "contacts": N_("☎️ Contacts"),
    "councils": N_("⚖️ Public Council"),
}
TOPIC_LABELS = {
    "registration": N_("Registration at place of stay"),
    "citizenship": N_("Citizenship"),
    "temporary_residence": N_("Temporary residence"),
    "permanent_residence": N_("Permanent residence"),
    "work_permit": N_("Work permit"),
    "asylum": N_("Asylum"),
    "emigration": N_("Emigration"),
    "bank_other": N_("Bank and other matters"),
    "eservices": N_("E-services"),
    "extension": N_("Extending the stay"),
    "fines": N_("Fines and expulsion"),
    "visas": N_("Visas"),
}
CHANNEL_LABELS = {
    "in_person": N_("In person"),
    "phone": N_("Phone"),
    "online": N_("Online"),
    "telegram": N_("Telegram"),
}
OUTCOME_LABELS = {
    "advice_given": N_("Advice given"),
    "resolved": N_("Resolved"),
    "referred_service": N_("Referred to the Service"),
    "referred_elsewhere": N_("Referred elsewhere"),
    "pending": N_("Pending"),
}
LANGUAGE_LABELS = {
    "az": N_("Azerbaijani"),
    "ru": N_("Russian"),
    "en": N_("English"),
    "tr": N_("Turkish"),
    "fa": N_("Persian"),
    "uk": N_("Ukrainian"),
    "other": N_("Other language"),
}
HEADINGS = {
    "summary": N_("Summary"),
    "period": N_("Period"),
    "total": N_("Consultations"),
    "count": N_("Count"),
    "country": N_("By country"),
    "topic": N_("By topic"),
    "outcome": N_("By outcome"),
    "channel": N_("By channel"),
    "language": N_("By language"),
    "month": N_("By month"),
    "member": N_("By member"),
    "chart_title": N_("Consultations by country, {start} – {end} ({total} in all)"),
    "other_countries": N_("Other countries"),
}


def country_label(tr: Translator, code: str) -> str:
    if code == STATELESS:
        return tr("Stateless person")
    if code == AZ_ABROAD:
        return tr("Azerbaijani citizen abroad")
    return countries.name(code, tr.lang)


def labels(tr: Translator) -> Label:
    """The report writers' label(kind, code) in one language."""
    tables = {
        "topic": TOPIC_LABELS,
        "channel": CHANNEL_LABELS,
        "outcome": OUTCOME_LABELS,
        "language": LANGUAGE_LABELS,
        "heading": HEADINGS,
    }

    def label(kind: str, code: str) -> str:
        if kind == "country":
            return country_label(tr, code)
        if kind == "date":  # an ISO date, written the user's way
            return tr.date(dt.date.fromisoformat(code), "medium")
        table = tables.get(kind)
        if table and code in table:
            return tr(table[code])
        return code

    return label


def render_report_text(report: Report, tr: Translator, top: int = 15) -> str:
    label = labels(tr)
    lines = [
        "<b>"
        + tr(
            "Public Council consultations, {start} – {end}",
            start=tr.date(report.period_from, "medium"),
            end=tr.date(report.period_to, "medium"),
        )
        + "</b>",
        tr.plural("{count} consultation in all", "{count} consultations in all", report.total),
    ]
    for breakdown in ("country", "topic", "outcome", "channel", "language", "month", "member"):
        rows = report.counts[breakdown]
        if not rows:
            continue
        lines.append(f"\n<b>{html.escape(label('heading', breakdown))}</b>")
        for code, count in rows[:top]:
            lines.append(f"• {html.escape(label(breakdown, code))}: {count}")
        if len(rows) > top:
            rest = sum(count for _, count in rows[top:])
            lines.append("• " + tr("others: {count}", count=rest))
    return "\n".join(lines)
