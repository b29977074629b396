"""Decisions (plugins/decisions): decision pages, their follow-up by the city, the register, open data.

The tests read the three-council tree of civic_tree.py, built once at a
fixed clock (conftest's ``site`` fixture).
"""

from __future__ import annotations

import json

from civic_tree import facts, register_rows, text
from content_model.schema import Decision, keys_of
from pages import page

# --- decisions ----------------------------------------------------------------------------


def test_decision_page_shows_meeting_outcome_votes_and_project(site):
    soup = page(site, "/besluiten/d-noord/")
    shown = facts(soup)
    assert shown["Vergadering"] == "dinsdag 15 september 2026"
    assert shown["Uitslag"] == "aangenomen"
    assert shown["Stemming"] == "7 voor, 1 tegen, 2 onthoudingen"
    assert shown["Project"].startswith("Veilige schoolroute")
    assert soup.select_one(".facts a[href='/projecten/p-main/']")
    assert facts(page(site, "/besluiten/d-zuid/"))["Stemming"] == "3 voor, 5 tegen, 1 onthouding"
    shared = facts(page(site, "/besluiten/d-gedeeld/"))
    assert "Project" not in shared and "Stemming" not in shared  # a draft project, no votes


def test_decision_follow_up_has_the_latest_status_at_the_top(site):
    soup = page(site, "/besluiten/d-noord/")
    assert facts(soup)["Opvolging door de stad"].startswith("beantwoord sinds 2 november 2026")
    steps = [
        (item.time["datetime"], text(item.select_one(".follow-up-status")))
        for item in soup.select(".decision-follow-up .timeline__item")
    ]
    assert steps == [
        ("2026-11-02", "beantwoord"),
        ("2026-10-01", "in behandeling"),
        ("2026-09-20", "ingediend"),
    ]
    first = soup.select_one(".decision-follow-up .timeline__item")
    assert "(laatste stand)" in text(first) and "De stad legt een zebrapad aan." in text(first)


def test_register_shows_the_latest_status_per_decision_by_year(site):
    soup = page(site, "/besluiten/")
    assert soup.h1.get_text(strip=True) == "Besluiten"
    years = [section.h2.get_text(strip=True) for section in soup.select(".register-year")]
    assert years == ["2026", "2025"]
    for table in soup.select("table.register-table"):
        assert table.caption and all(th.get("scope") == "col" for th in table.select("thead th"))
    headers = [text(th) for th in soup.select_one("table.register-table thead").find_all("th")]
    assert headers == ["Vergadering", "Besluit", "Raad", "Uitslag", "Opvolging door de stad"]
    rows = register_rows(soup)
    assert list(rows) == ["Advies over de schoolroute", "Gezamenlijke vraag om bankjes", "Voorstel over parkeren"]
    assert rows["Advies over de schoolroute"] == [
        "15 september 2026", "Wijkraad Noord", "aangenomen", "beantwoord sinds 2 november 2026",
    ]
    # Two steps on one day: the one written last is the latest.
    assert rows["Gezamenlijke vraag om bankjes"][-1] == "in behandeling sinds 10 maart 2026"
    assert rows["Voorstel over parkeren"][-2:] == ["verworpen", "geen opvolging nodig"]
    council = page(site, "/raden/zuid/besluiten/")
    assert council.h1.get_text(strip=True) == "Besluiten van Wijkraad Zuid"
    assert list(register_rows(council)) == ["Gezamenlijke vraag om bankjes", "Voorstel over parkeren"]
    assert len(council.select_one("table.register-table thead tr").find_all("th")) == 4
    assert "Er zijn nog geen besluiten van Buurtcomité West" in text(page(site, "/raden/west/besluiten/"))


# --- open data ----------------------------------------------------------------------------


def test_decisions_json_parses_and_matches_the_content(site):
    data = json.loads((site / "besluiten.json").read_text(encoding="utf-8"))
    assert [d["slug"] for d in data] == ["d-zuid", "d-gedeeld", "d-noord"]  # by meeting day
    contract = {key.name for key in keys_of(Decision)} - {"status"}
    for record in data:
        assert set(record) == contract | {"url", "project_url", "latest_follow_up"}
    noord = data[2]
    assert noord["meeting"] == "2026-09-15" and noord["outcome"] == "aangenomen"
    assert noord["votes"] == {"voor": 7, "tegen": 1, "onthouding": 2}
    assert noord["project"] == "p-main" and noord["project_url"] == "/projecten/p-main/"
    assert noord["latest_follow_up"] == {
        "date": "2026-11-02", "status": "beantwoord", "note": "De stad legt een zebrapad aan.",
    }
    assert [step["date"] for step in noord["follow_up"]] == ["2026-09-20", "2026-11-02", "2026-10-01"]
    shared = data[1]
    assert shared["council"] == ["noord", "zuid"]
    assert shared["project"] == "p-concept" and shared["project_url"] is None  # a draft
    assert data[0]["latest_follow_up"] is None and data[0]["votes"]["onthouding"] == 1
    assert page(site, "/besluiten/").select_one(".open-data a")["href"] == "/besluiten.json"
