"""Councils, projects and decisions, on real builds of a three-council tree.

The tree is built once with a fixed clock, Saturday 21 November 2026, 12:00
in Brussels (set here: conftest's EPOCH is one day earlier than its comment
says). Posts are chosen so that each rule can only pass one
way: a post shared by two councils, a draft and a hidden post naming a
project, an event published long before it takes place, follow-up steps
written out of order, deadlines yesterday, today and long ago.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import mf2py
import pytest

from conftest import build, make_project, write_tree
from content_model.schema import Decision, Project, keys_of
from pages import page, resolve

LOCAL_TZ = ZoneInfo("Europe/Brussels")  # the example site's TIMEZONE

# "Now" for these builds, as SOURCE_DATE_EPOCH.
NOW = str(int(dt.datetime(2026, 11, 21, 12, 0, tzinfo=LOCAL_TZ).timestamp()))
# Twenty days earlier: Sunday 1 November 2026, 12:00 in Brussels.
EARLIER = str(int(dt.datetime(2026, 11, 1, 12, 0, tzinfo=LOCAL_TZ).timestamp()))

TREE = {
    "raden/noord.yml": """
        name: Wijkraad Noord
        area: Noordkwartier
        city: Teststad
        description: |
          De wijkraad **Noord** werkt voor alle buren.

          <span onclick="alert('niet op de site')">Welkom</span>
        email: noord@example.org
        meeting_place: Zaal Noord
        members:
          - name: Lia Lid
            role: lid
          - name: Piet Penning
            role: penningmeester
            email: piet@example.org
          - name: Vera Voorzitter
            role: Voorzitter
            email: vera@example.org
          - name: Sam Schrijver
            role: secretaris
          - name: Lode Lid
            role: lid
            email: lode@example.org
          - name: Bart Bewoner
            role: adviseur
        workgroups:
          - name: Werkgroep Verkeer
            goals: [Veilige schoolroutes]
            start: 2025-01-01
          - name: Werkgroep Kerstmarkt 2025
            goals: [Een kerstmarkt op het plein]
            start: 2025-10-01
            end: 2025-12-31
          - name: Werkgroep Najaar
            goals: [Bladkorven in elke straat]
            start: 2026-09-01
            end: 2026-11-21
        focus: [verkeer, groen]
        contact:
          name: Wim Wijkmanager
          phone: +32 11 22 33 44
        links:
          Stad Teststad: https://www.example.org/stad
        """,
    "raden/zuid.yml": """
        name: Wijkraad Zuid
        members:
          - name: Zora Zuid
            role: voorzitter
        """,
    "raden/west.yml": """
        name: Buurtcomité West
        """,
    # --- news
    "berichten/noord-nieuws.md": """
        ---
        title: Nieuws uit Noord
        date: 2026-10-01
        council: noord
        project: p-main
        ---
        Tekst.
        """,
    "berichten/gedeeld-nieuws.md": """
        ---
        title: Nieuws van Noord en Zuid samen
        date: 2026-10-10 18:00
        council: [noord, zuid]
        ---
        Tekst.
        """,
    "berichten/west-nieuws.md": """
        ---
        title: Nieuws uit West
        date: 2026-10-05
        council: west
        ---
        Tekst.
        """,
    "berichten/ander-nieuws.md": """
        ---
        title: Nieuws over het andere project
        date: 2026-09-01
        council: zuid
        project: p-ander
        ---
        Tekst.
        """,
    "berichten/concept.md": """
        ---
        title: Concept over de schoolroute
        date: 2026-10-02
        council: noord
        project: p-main
        status: draft
        ---
        Tekst.
        """,
    "berichten/verborgen.md": """
        ---
        title: Verborgen bericht over de schoolroute
        date: 2026-10-03
        council: noord
        project: p-main
        status: hidden
        ---
        Tekst.
        """,
    # --- events
    "evenementen/forum.md": """
        ---
        title: Forum over de schoolroute
        date: 2026-08-01
        council: [noord, zuid]
        project: p-main
        start: 2026-12-05 19:00
        end: 2026-12-05 21:00
        location: Zaal Noord
        ---
        Tekst.
        """,
    "evenementen/werkdag.md": """
        ---
        title: Werkdag aan de schoolroute
        date: 2026-05-20
        council: noord
        project: p-main
        start: 2026-06-13
        location: Schoolstraat
        ---
        Tekst.
        """,
    "evenementen/verleden.md": """
        ---
        title: Afgelopen buurtetentje
        date: 2026-09-01
        council: noord
        start: 2026-10-01 18:00
        location: Zaal Noord
        ---
        Tekst.
        """,
    "evenementen/vandaag.md": """
        ---
        title: Markt van vandaag
        date: 2026-11-01
        council: zuid
        start: 2026-11-21
        location: Marktplein
        ---
        Tekst.
        """,
    "evenementen/vanochtend.md": """
        ---
        title: Ontbijt van vanochtend
        date: 2026-11-01
        council: zuid
        start: 2026-11-21 08:00
        end: 2026-11-21 10:00
        location: Marktplein
        ---
        Tekst.
        """,
    "evenementen/west-feest.md": """
        ---
        title: Feest in West
        date: 2026-11-10
        council: west
        start: 2027-01-10 14:00
        location: Plein West
        ---
        Tekst.
        """,
    # --- projects
    "projecten/p-main.md": """
        ---
        title: Veilige schoolroute
        date: 2026-01-05
        council: noord
        tags: [verkeer]
        stage: lopend
        start: 2026-01-01
        deadline: 2026-11-20
        goals: [Een veilige oversteek, Minder auto's]
        owner: Werkgroep Verkeer
        partners: [De school, Stad Teststad]
        budget: 1250.50
        priority: hoog
        horizon: KT
        ---
        Tekst.
        """,
    "projecten/p-vandaag.md": """
        ---
        title: Deadline vandaag
        date: 2026-02-01
        council: zuid
        stage: lopend
        deadline: 2026-11-21
        ---
        Tekst.
        """,
    "projecten/p-klaar.md": """
        ---
        title: Klaar project
        date: 2025-02-01
        council: zuid
        stage: afgerond
        deadline: 2026-01-31
        ---
        Tekst.
        """,
    "projecten/p-gestopt.md": """
        ---
        title: Gestopt project
        date: 2025-03-01
        council: west
        stage: stopgezet
        deadline: 2026-02-01
        ---
        Tekst.
        """,
    "projecten/p-ander.md": """
        ---
        title: Ander project
        date: 2026-04-01
        council: [zuid, west]
        stage: idee
        ---
        Tekst.
        """,
    "projecten/p-concept.md": """
        ---
        title: Project in voorbereiding
        date: 2026-04-01
        council: noord
        stage: idee
        status: draft
        ---
        Tekst.
        """,
    # --- decisions
    "besluiten/d-noord.md": """
        ---
        title: Advies over de schoolroute
        date: 2026-09-20
        council: noord
        project: p-main
        meeting: 2026-09-15
        outcome: aangenomen
        votes: {voor: 7, tegen: 1, onthouding: 2}
        follow_up:
          - date: 2026-09-20
            status: ingediend
          - date: 2026-11-02
            status: beantwoord
            note: De stad legt een zebrapad aan.
          - date: 2026-10-01
            status: in behandeling
        ---
        Tekst.
        """,
    "besluiten/d-zuid.md": """
        ---
        title: Voorstel over parkeren
        date: 2025-05-05
        council: zuid
        meeting: 2025-05-01
        outcome: verworpen
        votes: {voor: 3, tegen: 5, onthouding: 1}
        ---
        Tekst.
        """,
    "besluiten/d-gedeeld.md": """
        ---
        title: Gezamenlijke vraag om bankjes
        date: 2026-03-05
        council: [noord, zuid]
        project: p-concept
        meeting: 2026-03-03
        outcome: aangenomen
        follow_up:
          - date: 2026-03-10
            status: ingediend
          - date: 2026-03-10
            status: in behandeling
            note: Dezelfde dag nog doorgestuurd.
        ---
        Tekst.
        """,
}

# What each council page must list, section by section.
EXPECTED = {
    "noord": {
        "news": ["/berichten/gedeeld-nieuws/", "/berichten/noord-nieuws/"],
        "events": ["/evenementen/forum/"],
        "projects": ["/projecten/p-main/"],
        "decisions": ["/besluiten/d-noord/", "/besluiten/d-gedeeld/"],
    },
    "zuid": {
        "news": ["/berichten/gedeeld-nieuws/", "/berichten/ander-nieuws/"],
        "events": ["/evenementen/vandaag/", "/evenementen/forum/"],
        "projects": ["/projecten/p-vandaag/"],
        "decisions": ["/besluiten/d-gedeeld/", "/besluiten/d-zuid/"],
    },
    "west": {
        "news": ["/berichten/west-nieuws/"],
        "events": ["/evenementen/west-feest/"],
        "projects": [],
        "decisions": [],
    },
}


def build_tree(base: Path, files: dict, epoch: str = NOW, *extra: str, **env) -> Path:
    project = make_project(base, write_tree(base / "src", files))
    result = build(project, *extra, epoch=epoch, **env)
    assert result.returncode == 0, result.stderr + result.stdout
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_tree(tmp_path_factory.mktemp("civic"), TREE) / "output"


def text(tag) -> str:
    return " ".join(tag.get_text(" ", strip=True).split())


def section_links(soup, name: str) -> list[str]:
    """The posts a council page lists in one section, in the order shown."""
    section = soup.select_one(f".council__{name}")
    if name == "news":
        return [a["href"] for a in section.select(".post-card__title a")]
    return [li.find("a")["href"] for li in section.select("ul > li")]


# --- council pages -------------------------------------------------------------------


def test_each_council_page_lists_exactly_its_own_posts(site):
    for slug, sections in EXPECTED.items():
        soup = page(site, f"/raden/{slug}/")
        for name, expected in sections.items():
            assert section_links(soup, name) == expected, (slug, name)


def test_council_page_links_to_its_full_lists(site):
    soup = page(site, "/raden/zuid/")
    links = {text(a): a["href"] for a in soup.select(".more a")}
    assert links["Al het nieuws van Wijkraad Zuid"] == "/raden/zuid/berichten/"
    assert links["Alle projecten van Wijkraad Zuid"] == "/raden/zuid/projecten/"
    assert links["Alle besluiten van Wijkraad Zuid"] == "/raden/zuid/besluiten/"
    news = page(site, "/raden/zuid/berichten/")
    assert news.h1.get_text(strip=True) == "Nieuws van Wijkraad Zuid"
    titles = [text(a) for a in news.select(".post-card__title a")]
    assert titles == ["Nieuws van Noord en Zuid samen", "Nieuws over het andere project"]


def test_members_grouped_by_role_with_voorzitter_first(site):
    soup = page(site, "/raden/noord/")
    groups = soup.select_one(".member-groups")
    shown = []
    for term in groups.find_all("dt"):
        names = []
        for sibling in term.find_next_siblings():
            if sibling.name == "dt":
                break
            names.append(sibling.select_one(".p-name").get_text(strip=True))
        shown.append((term.get_text(strip=True), names))
    assert shown == [
        ("Voorzitter", ["Vera Voorzitter"]),
        ("Secretaris", ["Sam Schrijver"]),
        ("Penningmeester", ["Piet Penning"]),
        ("Adviseur", ["Bart Bewoner"]),
        ("Leden", ["Lia Lid", "Lode Lid"]),
    ]


def test_email_shown_only_where_the_file_gives_one(site):
    soup = page(site, "/raden/noord/")
    emails = {
        card.select_one(".p-name").get_text(strip=True): [a["href"] for a in card.select("a.u-email")]
        for card in soup.select(".member-groups .h-card")
    }
    assert emails == {
        "Vera Voorzitter": ["mailto:vera@example.org"],
        "Sam Schrijver": [],
        "Piet Penning": ["mailto:piet@example.org"],
        "Bart Bewoner": [],
        "Lia Lid": [],
        "Lode Lid": ["mailto:lode@example.org"],
    }
    contact = soup.select_one(".council__contact")
    assert "Wim Wijkmanager" in text(contact)
    assert not contact.select(".contact a.u-email")  # the contact has no e-mail
    assert contact.select_one("a.p-tel")["href"] == "tel:+3211223344"
    assert "mailto:" not in str(page(site, "/raden/zuid/").select_one(".council__members"))


def test_workgroups_current_apart_from_ended(site):
    soup = page(site, "/raden/noord/")
    current = [text(h) for h in soup.select(".council__workgroups:not(.council__workgroups--ended) h3")]
    ended = [text(h) for h in soup.select(".council__workgroups--ended h3")]
    # A workgroup ending today is still at work.
    assert current == ["Werkgroep Verkeer", "Werkgroep Najaar"]
    assert ended == ["Werkgroep Kerstmarkt 2025"]
    periods = [text(p) for p in soup.select(".workgroup__period")]
    assert periods == [
        "Periode: sinds 1 januari 2025",
        "Periode: van 1 september 2026 tot 21 november 2026",
        "Periode: van 1 oktober 2025 tot 31 december 2025",
    ]


def test_council_description_is_markdown_and_sanitized(site):
    soup = page(site, "/raden/noord/")
    description = soup.select_one(".council__description")
    assert description.find("strong").get_text() == "Noord"
    # The check refuses <script> (test_safe_build); what it lets through is cleaned.
    assert description.find("span").get_text() == "Welkom" and "onclick" not in str(description)
    assert text(soup.select_one(".council__area")) == "Noordkwartier, Teststad"


def test_upcoming_events_are_judged_at_the_build_clock(site):
    zuid = section_links(page(site, "/raden/zuid/"), "events")
    # All-day today still counts; a breakfast that ended at 10:00 does not.
    assert "/evenementen/vandaag/" in zuid and "/evenementen/vanochtend/" not in zuid


def test_councils_overview_lists_every_council(site):
    soup = page(site, "/raden/")
    assert soup.h1.get_text(strip=True) == "Raden"
    names = [text(a) for a in soup.select(".council-card a.p-name")]
    assert names == ["Buurtcomité West", "Wijkraad Noord", "Wijkraad Zuid"]
    nav = {text(a): a["href"] for a in soup.select(".site-nav a")}
    assert nav["Raden"] == "/raden/"


def test_one_council_needs_no_overview(tmp_path):
    output = build_tree(
        tmp_path,
        {
            "raden/enig.yml": "name: Wijkraad Enig\n",
            "berichten/hallo.md": "---\ntitle: Hallo buren\ndate: 2026-10-01\n---\nTekst.\n",
        },
    ) / "output"
    assert not (output / "raden" / "index.html").exists()
    home = page(output, "/")
    assert {text(a): a["href"] for a in home.select(".site-nav a")}["Raden"] == "/raden/enig/"
    assert section_links(page(output, "/raden/enig/"), "news") == ["/berichten/hallo/"]


def test_council_links_to_its_feed_calendar_and_agenda(site):
    soup = page(site, "/raden/noord/")
    follow = {text(a): a["href"] for a in soup.select(".council__follow a")}
    assert follow == {
        "Nieuws van Wijkraad Noord als RSS-feed": "/feeds/raden/noord.rss.xml",
        "Agenda van Wijkraad Noord voor je agenda-app (iCal)": "/raden/noord/agenda.ics",
    }
    for href in follow.values():
        assert resolve(site, href).is_file(), href
    assert soup.select_one("link[rel=alternate][type='application/rss+xml']")["href"] == "/feeds/raden/noord.rss.xml"


def test_council_page_links_to_the_full_agenda(site):
    soup = page(site, "/raden/noord/")
    agenda = soup.select_one(".council__events .more a")
    assert (text(agenda), agenda["href"]) == ("De volledige agenda van Wijkraad Noord", "/raden/noord/agenda/")


# --- projects -------------------------------------------------------------------------


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


def facts(soup) -> dict[str, str]:
    dl = soup.select_one(".facts")
    return {text(dt_): text(dt_.find_next_sibling("dd")) for dt_ in dl.find_all("dt")}


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


# --- decisions ------------------------------------------------------------------------


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


def register_rows(soup) -> dict[str, list]:
    rows = {}
    for table in soup.select("table.register-table"):
        for tr in table.select("tbody tr"):
            rows[text(tr.th)] = [text(td) for td in tr.find_all("td")]
    return rows


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


# --- open data --------------------------------------------------------------------------


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


# --- microformats -------------------------------------------------------------------------


def items_of(soup, kind: str) -> list[dict]:
    parsed = mf2py.parse(doc=str(soup), url="https://wijk.example/")
    found = []

    def walk(items):
        for item in items:
            if kind in item["type"]:
                found.append(item)
            walk(item.get("children", []))
            for values in item.get("properties", {}).values():
                walk([v for v in values if isinstance(v, dict) and "type" in v])

    walk(parsed["items"])
    return found


def test_posts_are_h_entries_with_their_publication_date(site):
    entries = items_of(page(site, "/raden/zuid/berichten/"), "h-entry")
    shown = [
        (e["properties"]["name"][0], dt.datetime.fromisoformat(e["properties"]["published"][0]))
        for e in entries
    ]
    assert shown == [
        ("Nieuws van Noord en Zuid samen", dt.datetime(2026, 10, 10, 18, 0, tzinfo=LOCAL_TZ)),
        ("Nieuws over het andere project", dt.datetime(2026, 9, 1, 0, 0, tzinfo=LOCAL_TZ)),
    ]
    authors = [a["properties"]["name"][0] for a in entries[0]["properties"]["author"]]
    assert authors == ["Wijkraad Noord", "Wijkraad Zuid"]
    article = items_of(page(site, "/berichten/noord-nieuws/"), "h-entry")
    assert article[0]["properties"]["name"] == ["Nieuws uit Noord"]
    published = dt.datetime.fromisoformat(article[0]["properties"]["published"][0])
    assert published == dt.datetime(2026, 10, 1, 0, 0, tzinfo=LOCAL_TZ)
    assert "Tekst." in article[0]["properties"]["content"][0]["value"]


def test_councils_and_members_are_h_cards(site):
    soup = page(site, "/raden/noord/")
    cards = items_of(soup, "h-card")
    council = next(c for c in cards if c["properties"].get("name") == ["Wijkraad Noord"])
    assert council["properties"]["email"] == ["mailto:noord@example.org"]
    assert council["properties"]["locality"] == ["Teststad"]
    people = {c["properties"]["name"][0]: c["properties"] for c in cards if c is not council}
    assert people["Vera Voorzitter"]["email"] == ["mailto:vera@example.org"]
    assert people["Vera Voorzitter"]["role"] == ["Voorzitter"]
    assert "email" not in people["Sam Schrijver"]
    assert people["Wim Wijkmanager"]["tel"] == ["+32 11 22 33 44"]
    overview = items_of(page(site, "/raden/"), "h-card")
    assert sorted(c["properties"]["name"][0] for c in overview) == [
        "Buurtcomité West", "Wijkraad Noord", "Wijkraad Zuid",
    ]


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


def test_news_and_events_link_to_their_project(site):
    for url in ("/berichten/noord-nieuws/", "/evenementen/forum/"):
        line = page(site, url).select_one(".post__project")
        assert text(line) == "Dit hoort bij het project Veilige schoolroute (lopend).", url
        assert line.a["href"] == "/projecten/p-main/"
    assert page(site, "/berichten/west-nieuws/").select_one(".post__project") is None


def test_a_site_without_council_files_has_no_councils_menu_item(tmp_path):
    output = build_tree(
        tmp_path, {"berichten/hallo.md": "---\ntitle: Hallo buren\ndate: 2026-10-01\n---\nTekst.\n"}
    ) / "output"
    assert "Raden" not in [text(a) for a in page(output, "/").select(".site-nav a")]
    assert not (output / "raden").exists()
    assert page(output, "/projecten/").h1.get_text(strip=True) == "Projecten"
    assert json.loads((output / "besluiten.json").read_text(encoding="utf-8")) == []
