"""Projects (plugins/projects): project pages, the overview by stage, the monitoring table, open data.

Most tests read the three-council tree of civic_tree.py, built once at a
fixed clock (conftest's ``site`` fixture).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from civic_tree import EARLIER, NOW, TREE, build_tree, facts, register_rows, text
from content_model.schema import Project, keys_of
from pages import page

# --- projects -----------------------------------------------------------------------------


def test_project_timeline_has_exactly_the_items_naming_it_in_date_order(site):
    soup = page(site, "/projecten/p-main/")
    items = soup.select(".project-timeline .timeline__item")
    shown = [
        (text(item.select_one(".timeline__kind")), item.time["datetime"], item.a["href"])
        for item in items
    ]
    # By the moment each is about (an event's start, a decision's meeting),
    # not by publication: the forum was announced first but takes place last.
    assert shown == [
        ("Evenement", "2026-06-13", "/evenementen/werkdag/"),
        ("Besluit", "2026-09-15", "/besluiten/d-noord/"),
        ("Bericht", "2026-10-01", "/berichten/noord-nieuws/"),
        ("Evenement", "2026-12-05T19:00:00+01:00", "/evenementen/forum/"),
    ]
    assert text(items[-1].time) == "zaterdag 5 december 2026, 19:00–21:00"
    assert "aangenomen · Opvolging door de stad: beantwoord sinds 2 november 2026" in text(items[1])
    other = page(site, "/projecten/p-ander/")
    assert [a["href"] for a in other.select(".timeline__item a")] == ["/berichten/ander-nieuws/"]
    empty = page(site, "/projecten/p-klaar/")
    assert not empty.select(".timeline__item")
    assert "nog geen nieuws, evenement of besluit" in text(empty.select_one(".project-timeline"))


def test_project_page_shows_stage_budget_horizon_and_dates(site):
    soup = page(site, "/projecten/p-main/")
    shown = facts(soup)
    assert shown["Budget"] == "€ 1.250,50"
    assert shown["Termijn"] == "korte termijn"
    assert shown["Prioriteit"] == "hoog"
    assert shown["Trekker"] == "Werkgroep Verkeer"
    assert shown["Partners"] == "De school, Stad Teststad"
    # written like the deadline; the stage is labelled once, by its <dt>
    assert shown["Start"] == "1 januari 2026"
    assert shown["Fase"].startswith("lopend")
    assert soup.select_one(".stage-badge").get_text(strip=True) == "lopend"
    assert soup.select_one(".stage-steps [aria-current=step]").get_text(" ", strip=True) == "lopend (nu)"
    assert [text(li) for li in soup.select(".project-goals li")] == ["Een veilige oversteek", "Minder auto's"]
    stopped = page(site, "/projecten/p-gestopt/")
    assert stopped.select_one(".stage-badge").get_text(strip=True) == "stopgezet"
    assert not stopped.select(".stage-steps")  # a stopped project has left the path


def overdue_marks(output: Path) -> dict[str, bool]:
    marks = {}
    for slug in ("p-main", "p-vandaag", "p-klaar", "p-gestopt"):
        deadline = facts(page(output, f"/projecten/{slug}/"))["Streefdatum"]
        marks[slug] = "verstreken" in deadline
    return marks


def test_overdue_marking_at_a_fixed_clock(site, tmp_path):
    # Saturday 21 November 2026: the deadline of 20 November has passed; one
    # of today has not; finished and stopped projects are never overdue.
    assert overdue_marks(site) == {"p-main": True, "p-vandaag": False, "p-klaar": False, "p-gestopt": False}
    assert "De streefdatum is voorbij" in text(page(site, "/projecten/p-main/").select_one(".facts"))
    earlier = build_tree(tmp_path, TREE, EARLIER) / "output"
    assert overdue_marks(earlier) == {"p-main": False, "p-vandaag": False, "p-klaar": False, "p-gestopt": False}


def test_projects_overview_groups_by_stage_in_schema_order(site):
    soup = page(site, "/projecten/")
    assert soup.h1.get_text(strip=True) == "Projecten"
    groups = [
        (section.h2.get_text(strip=True), [text(a) for a in section.select(".project-card__title a")])
        for section in soup.select(".stage-group")
    ]
    assert groups == [
        ("Idee", ["Ander project"]),
        ("Lopend", ["Veilige schoolroute", "Deadline vandaag"]),
        ("Afgerond", ["Klaar project"]),
        ("Stopgezet", ["Gestopt project"]),
    ]
    assert "Project in voorbereiding" not in soup.get_text()  # a draft
    council = page(site, "/raden/zuid/projecten/")
    assert council.h1.get_text(strip=True) == "Projecten van Wijkraad Zuid"
    assert [text(a) for a in council.select(".project-card__title a")] == [
        "Ander project", "Deadline vandaag", "Klaar project",
    ]


def test_monitoring_table_is_an_accessible_table(site):
    table = page(site, "/projecten/").select_one("table.monitoring-table")
    assert "thema, prioriteit, termijn, trekker, fase en streefdatum" in text(table.caption)
    headers = [(th["scope"], text(th)) for th in table.select("thead th")]
    assert headers == [
        ("col", "Project"), ("col", "Thema"), ("col", "Prioriteit"), ("col", "Termijn"),
        ("col", "Trekker"), ("col", "Fase"), ("col", "Streefdatum"),
    ]
    rows = {}
    for tr in table.select("tbody tr"):
        assert tr.th["scope"] == "row"
        rows[text(tr.th)] = [text(td) for td in tr.find_all("td")]
    assert rows["Veilige schoolroute"] == [
        "verkeer", "hoog", "korte termijn", "Werkgroep Verkeer", "lopend", "20 november 2026 verstreken",
    ]
    assert rows["Klaar project"][-1] == "31 januari 2026"
    assert list(rows) == [
        "Ander project", "Veilige schoolroute", "Deadline vandaag", "Klaar project", "Gestopt project",
    ]


def test_news_and_events_link_to_their_project(site):
    for url in ("/berichten/noord-nieuws/", "/evenementen/forum/"):
        line = page(site, url).select_one(".post__project")
        assert text(line) == "Dit hoort bij het project Veilige schoolroute (lopend).", url
        assert line.a["href"] == "/projecten/p-main/"
    assert page(site, "/berichten/west-nieuws/").select_one(".post__project") is None


# --- open data ----------------------------------------------------------------------------


def test_projects_json_parses_and_matches_the_content(site):
    data = json.loads((site / "projecten.json").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    assert [p["slug"] for p in data] == ["p-ander", "p-gestopt", "p-klaar", "p-main", "p-vandaag"]
    contract = {key.name for key in keys_of(Project)} - {"status"}
    for record in data:
        assert set(record) == contract | {"url", "overdue", "timeline"}
    main = next(p for p in data if p["slug"] == "p-main")
    assert main["title"] == "Veilige schoolroute"
    assert main["council"] == ["noord"]
    assert main["url"] == "/projecten/p-main/"
    assert main["budget"] == 1250.5
    assert main["stage"] == "lopend" and main["horizon"] == "KT" and main["overdue"] is True
    assert main["deadline"] == "2026-11-20" and main["start"] == "2026-01-01"
    assert dt.datetime.fromisoformat(main["date"]) == dt.datetime.fromisoformat("2026-01-05T00:00:00+01:00")
    assert main["tags"] == ["verkeer"] and main["partners"] == ["De school", "Stad Teststad"]
    assert [(t["kind"], t["date"], t["url"]) for t in main["timeline"]] == [
        ("event", "2026-06-13", "/evenementen/werkdag/"),
        ("decision", "2026-09-15", "/besluiten/d-noord/"),
        ("news", "2026-10-01", "/berichten/noord-nieuws/"),
        ("event", "2026-12-05T19:00:00+01:00", "/evenementen/forum/"),
    ]
    link = page(site, "/projecten/").select_one(".open-data a")
    assert link["href"] == "/projecten.json"


def test_open_data_uses_absolute_urls_when_published(tmp_path):
    project = build_tree(tmp_path, TREE, NOW, "--settings", "publishconf.py", SITEURL="https://wijk.example")
    projects = json.loads((project / "output" / "projecten.json").read_text(encoding="utf-8"))
    decisions = json.loads((project / "output" / "besluiten.json").read_text(encoding="utf-8"))
    assert projects[0]["url"] == "https://wijk.example/projecten/p-ander/"
    assert projects[0]["timeline"][0]["url"] == "https://wijk.example/berichten/ander-nieuws/"
    assert decisions[2]["project_url"] == "https://wijk.example/projecten/p-main/"


def test_the_same_content_gives_the_same_bytes(site, tmp_path):
    again = build_tree(tmp_path, TREE) / "output"
    for name in ("projecten.json", "besluiten.json", "raden/noord/index.html", "projecten/index.html",
                 "besluiten/index.html", "projecten/p-main/index.html"):
        assert (again / name).read_bytes() == (site / name).read_bytes(), name


# --- the example site ---------------------------------------------------------------------


def test_example_site_shows_every_case(example_site):
    overview = page(example_site, "/projecten/")
    stages = [section.h2.get_text(strip=True) for section in overview.select(".stage-group")]
    assert stages == ["Idee", "Gepland", "Lopend", "Afgerond", "Stopgezet"]
    assert "verstreken" in text(overview.select_one("table.monitoring-table"))
    assert facts(page(example_site, "/projecten/schoolstraat-kerkstraat/"))["Budget"] == "€ 1.250,50"
    register = register_rows(page(example_site, "/besluiten/"))
    outcomes = {row[2] for row in register.values()}
    assert outcomes == {"aangenomen", "verworpen", "uitgesteld"}
    assert any(row[-1] == "nog geen opvolging" for row in register.values())
    assert len(page(example_site, "/raden/").select(".council-card")) == 2
    for slug in ("sint-anna", "molenveld"):
        soup = page(example_site, f"/raden/{slug}/")
        assert soup.select(".member-groups dt")[0].get_text(strip=True) == "Voorzitter"
