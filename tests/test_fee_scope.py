"""/fees: tiers that apply only in some places are offered only there, and their condition is
shown in the reader's language before the amount; e-service screens show no research notes."""

from __future__ import annotations

import pytest

from handlers.kit.i18n import translator
from handlers.kit.views import html_to_text
from handlers.reference.eservices import render_service
from handlers.reference.fees import render_step

LIBERATED = {
    "az": "işğaldan azad edilmiş ərazilərdə",
    "ru": "на территориях, освобождённых от оккупации",
    "en": "in the territories liberated from occupation",
}


def _labels(view) -> list[str]:
    return [b.label for row in view.buttons for b in row]


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_work_permit_asks_where_and_offers_two_year_tiers_only_in_the_liberated_territories(
    bundled, lang
):
    _entries, tables = bundled
    tr = translator(lang)
    where = render_step(tr, tables.fees, ("fee", "work_permit"))
    general = render_step(tr, tables.fees, ("fee", "work_permit", "any"))
    liberated = render_step(tr, tables.fees, ("fee", "work_permit", "liberated"))
    assert len(_labels(where)) == 3  # general, liberated, back
    assert len(_labels(general)) == 4  # up to 3, 6, 12 months + back
    assert len(_labels(liberated)) == 6  # up to 3, 6, 12, 18, 24 months + back
    speeds = render_step(tr, tables.fees, ("fee", "work_permit", "liberated", "24m"))
    assert [b.action[-1] for b in speeds.buttons[:-1] for b in b] == ["5w", "10w", "15w"]
    chosen = speeds.buttons[0][0].action[1:]
    amount = html_to_text(render_step(tr, tables.fees, ("fee", *chosen)).html)
    condition = amount.lower().index(LIBERATED[lang].lower())
    assert condition < amount.index("1")  # the condition comes before any amount
    assert "1800" in "".join(ch for ch in amount.split("\n\n")[2] if ch.isdigit())
    assert "Law on State Fee" not in amount or lang == "en"


def test_student_two_year_rate_says_extension_only_in_russian(bundled):
    _entries, tables = bundled
    view = render_step(translator("ru"), tables.fees, ("fee", "trp", "student", "24m", "20w"))
    text = html_to_text(view.html)
    assert "только для продления" in text.split("Госпошлина")[0]


@pytest.mark.parametrize("lang", ["az", "ru", "en"])
def test_eservice_screens_show_no_research_notes(bundled, lang):
    _entries, tables = bundled
    for service in tables.eservices:
        text = render_service(translator(lang), service).html
        assert "Open Government" not in text and "Açıq Hökumət" not in text, service.id
        assert "translation" not in text and "перевод" not in text and "tərcümə" not in text
