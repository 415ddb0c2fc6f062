"""Council members log consultations; the report reproduces what the council publishes."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from sqlalchemy import func, select, text, update

from bot.cli import main
from handlers.kit.i18n import Translator
from handlers.kit.labels import labels
from knowledge.council import consultations, consultations_import, reports
from knowledge.people import roles
from knowledge.reference import countries
from knowledge.storage import db
from knowledge.storage.models import ConsultationRow, ExportLog

FIXTURE = Path(__file__).parent / "fixtures" / "council_2022.csv"
PUBLISHED_2022 = {"UA": 58, "RU": 24, "TR": 18, "GE": 17, "IR": 9, "KZ": 4}
PERIOD = ["--from", "2022-01-01", "--to", "2022-12-31"]


def test_the_2022_figures_import_and_come_back_in_text_csv_and_xlsx(cli_env, capsys, tmp_path):
    assert main(["consultations", "import", str(FIXTURE)]) == 0
    assert "imported 154" in capsys.readouterr().out

    assert main(["report", *PERIOD, "--format", "text"]) == 0
    text_report = capsys.readouterr().out
    for line in (
        "Ukraine: 58",
        "Russia: 24",
        "Türkiye: 18",
        "Georgia: 17",
        "Iran: 9",
        "Kazakhstan: 4",
        "154 consultations in all",
    ):
        assert line in text_report
    assert text_report.index("Ukraine: 58") < text_report.index("Russia: 24")  # descending

    assert main(["report", *PERIOD, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by_country = {r["code"]: int(r["count"]) for r in rows if r["breakdown"] == "country"}
    assert {code: by_country[code] for code in PUBLISHED_2022} == PUBLISHED_2022
    assert sum(by_country.values()) == 154 > 145

    workbook_path = tmp_path / "report.xlsx"
    assert (
        main(["report", *PERIOD, "--format", "xlsx", "--out", str(workbook_path), "--lang", "ru"])
        == 0
    )
    book = load_workbook(workbook_path)
    assert book.sheetnames == ["Итоги", "По странам", "По темам", "По результату", "По каналу",
                               "По языку", "По месяцам", "По членам совета"]  # fmt: skip
    sheet = book["По странам"]
    assert (sheet["A2"].value, sheet["B2"].value) == ("Украина", 58)
    assert (sheet["A3"].value, sheet["B3"].value) == ("Россия", 24)
    assert book["Итоги"]["B2"].value == 154
    assert book["Итоги"]["B1"].value.date() == dt.date.fromisoformat(PERIOD[1])  # a real date
    topics = {row[0].value: row[1].value for row in book["По темам"].iter_rows(min_row=2)}
    assert sum(topics.values()) >= 154 and "Гражданство" in topics


def test_the_chart_is_a_valid_png(cli_env, capsys, tmp_path):
    assert main(["consultations", "import", str(FIXTURE)]) == 0
    chart = tmp_path / "chart.png"
    assert main(["report", *PERIOD, "--format", "png", "--out", str(chart)]) == 0
    with Image.open(chart) as image:
        image.verify()
        assert image.format == "PNG" and image.size[0] >= 400


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            "date,country,topics,channel,outcome,language\n2022-13-01,UA,asylum,phone,resolved,ru\n",
            "line 2: date '2022-13-01'",
        ),
        (
            "date,country,topics,channel,outcome,language\n2022-03-01,Atlantis,asylum,phone,resolved,ru\n",
            "line 2: unknown country 'Atlantis'",
        ),
        (
            "date,country,topics,channel,outcome,language\n2022-03-01,UA,asylum,pigeon,resolved,ru\n",
            "line 2: invalid channel 'pigeon'",
        ),
        (  # the rule /log applies to a typed date: nothing before 2000
            "date,country,topics,channel,outcome,language\n1900-01-01,UA,asylum,phone,resolved,ru\n",
            "line 2: invalid date",
        ),
        ("date,country,topics\n2022-03-01,UA,asylum\n", "line 1: missing column(s)"),
        (  # the rule /log applies to a typed note
            "date,country,topics,channel\n2022-03-01,UA,asylum,phone,resolved,ru,A,+994551234567\n",
            "line 2: the note looks like a phone, document number or e-mail",
        ),
    ],
)
def test_a_broken_csv_is_rejected_whole_with_line_and_reason(
    cli_env, capsys, tmp_path, content, reason
):
    good = FIXTURE.read_text("utf-8").splitlines()[:3]
    path = tmp_path / "paper.csv"
    if content.startswith("date,country,topics,channel"):
        body = "\n".join(good) + "\n" + content.splitlines()[1] + "\n"
        reason = reason.replace("line 2", "line 4")
    else:
        body = content
    path.write_text(body, "utf-8")
    assert main(["consultations", "import", str(path)]) == 1
    assert reason in capsys.readouterr().err
    assert main(["report", *PERIOD, "--format", "csv"]) == 0
    assert "UA" not in capsys.readouterr().out  # the two good rows were not written either


async def test_report_counts_equal_a_direct_sql_count(database_url):
    await db.upgrade(database_url)
    engine = db.create_engine(database_url)
    sessions = db.session_factory(engine)
    parsed = consultations_import.parse_csv(FIXTURE.read_text("utf-8"), dt.date(2026, 1, 1))
    assert not parsed.problems
    try:
        async with db.unit_of_work(sessions) as session:
            ids = [await consultations.record(session, "member", row.draft) for row in parsed.rows]
            await session.execute(
                update(ConsultationRow).where(ConsultationRow.id == ids[0]).values(withdrawn=True)
            )
            await session.commit()
        async with db.unit_of_work(sessions) as session:
            report = await reports.build_report(
                session, dt.date(2022, 1, 1), dt.date(2022, 12, 31)
            )
            direct = dict(
                (
                    await session.execute(
                        text(
                            "SELECT country, COUNT(*) FROM consultations WHERE withdrawn = :no "
                            "AND consulted_on BETWEEN :start AND :end GROUP BY country"
                        ),
                        {"no": False, "start": dt.date(2022, 1, 1), "end": dt.date(2022, 12, 31)},
                    )
                ).all()
            )
            channels = dict(
                (
                    await session.execute(
                        select(ConsultationRow.channel, func.count())
                        .where(ConsultationRow.withdrawn.is_(False))
                        .group_by(ConsultationRow.channel)
                    )
                ).all()
            )
    finally:
        await engine.dispose()
    assert dict(report.counts["country"]) == direct
    assert dict(report.counts["channel"]) == channels
    assert report.total == 153 == sum(direct.values())  # one withdrawn


async def test_corrections_and_withdrawals_keep_an_audit_trail_and_a_7_day_window(tmp_path):
    url = f"sqlite:///{tmp_path / 'audit.sqlite3'}"
    await db.upgrade(url)
    engine = db.create_engine(url)
    sessions = db.session_factory(engine)
    draft = consultations.Draft("UA", ("asylum",), "phone", "pending", dt.date(2026, 11, 20), "uk")
    now = dt.datetime.now(dt.UTC)
    try:
        async with db.unit_of_work(sessions) as session:
            number = await consultations.record(session, "aysel", draft)
            await session.commit()
        async with db.unit_of_work(sessions) as session:
            with pytest.raises(consultations.ConsultationError, match="not_author"):
                await consultations.correct(session, number, "someone", draft, now)
            await consultations.correct(
                session,
                number,
                "aysel",
                consultations.with_changes(draft, outcome="resolved"),
                now,
            )
            await session.commit()
        async with db.unit_of_work(sessions) as session:
            with pytest.raises(consultations.ConsultationError, match="too_late"):
                await consultations.withdraw(session, number, "aysel", now + dt.timedelta(days=8))
            await consultations.withdraw(session, number, "aysel", now)
            await session.commit()
        async with db.unit_of_work(sessions) as session:
            trail = await consultations.audit_trail(session, number)
            assert [a.action for a in trail] == ["create", "correct", "withdraw"]
            assert trail[1].before["outcome"] == "pending"
            assert trail[1].after["outcome"] == "resolved"
    finally:
        await engine.dispose()


def test_roles_are_granted_listed_and_revoked_from_the_cli(cli_env, capsys):
    assert main(["roles", "grant", "4242", "council", "--name", "Lamiyə"]) == 0
    assert "granted council" in capsys.readouterr().out
    assert main(["roles", "list"]) == 0
    listing = capsys.readouterr().out
    assert "council" in listing and "Lamiyə" in listing and "4242" not in listing
    assert main(["roles", "revoke", "4242"]) == 0
    assert main(["roles", "revoke", "4242"]) == 1


def test_exports_are_logged(cli_env, capsys):
    assert main(["report", *PERIOD, "--format", "csv"]) == 0

    async def exports():
        engine = db.create_engine(f"sqlite:///{cli_env['data'] / 'cli.sqlite3'}")
        try:
            async with db.unit_of_work(db.session_factory(engine)) as session:
                return [
                    (e.actor_key, e.format, e.period_from.year)
                    for e in (await session.scalars(select(ExportLog))).all()
                ]
        finally:
            await engine.dispose()

    logged = asyncio.run(exports())
    assert logged == [("cli", "csv", 2022)]


def test_privacy_no_column_for_names_phones_or_documents():
    columns = {c.name for c in ConsultationRow.__table__.columns}
    assert not columns & {"name", "full_name", "phone", "passport", "document_number"}
    assert roles.ROLES == ("council", "admin")


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Кыргызстан", "KG"), ("USA", "US"), ("Turkey", "TR"), ("РФ", "RU"), ("США", "US"),
     ("ukriana", "UA"), ("gur", "GE"), ("Qazaxıstan", "KZ"), ("UK", "GB")],
)  # fmt: skip
def test_a_country_is_found_by_the_names_people_type(typed, code):
    assert countries.search(typed)[0] == code


def test_the_report_chart_counts_every_country():
    codes = ["UA", "RU", "GE", "TR", "IR", "KZ", "UZ", "TJ", "KG", "BY", "MD", "AM", "IN", "CN"]
    counts = {b: [] for b in reports.BREAKDOWNS}
    counts["country"] = [(code, 20 - n) for n, code in enumerate(codes)]
    report = reports.Report(dt.date(2026, 1, 1), dt.date(2026, 12, 31), 0, counts)
    label = labels(Translator("ru"))
    rows = reports.chart_rows(report, label)
    assert len(rows) == 13 and rows[0] == ("Украина", 20)
    assert rows[-1] == ("Другие страны (2)", 8 + 7)
    assert sum(count for _, count in rows) == sum(count for _, count in counts["country"])
    assert reports.to_png(report, label).startswith(b"\x89PNG")
    assert label("date", "2026-12-31") == "31 дек. 2026"
