"""Councils (plugins/councils): council pages, the overview, members, workgroups, h-cards.

Most tests read the three-council tree of civic_tree.py, built once at a
fixed clock (conftest's ``site`` fixture).
"""

from __future__ import annotations

import datetime as dt
import json

import mf2py

from civic_tree import LOCAL_TZ, build_tree, text
from pages import page, resolve

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


def section_links(soup, name: str) -> list[str]:
    """The posts a council page lists in one section, in the order shown."""
    section = soup.select_one(f".council__{name}")
    if name == "news":
        return [a["href"] for a in section.select(".post-card__title a")]
    return [li.find("a")["href"] for li in section.select("ul > li")]


# --- council pages ------------------------------------------------------------------------


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


def test_council_description_links_to_files_like_a_post(tmp_path):
    """The description goes through the site's one Markdown pipeline: links to files work."""
    project = build_tree(tmp_path, {
        "raden/noord.yml": """
            name: Wijkraad Noord
            description: |
              Lees [ons huishoudelijk reglement](bijlagen/reglement.pdf).
            """,
        "bijlagen/reglement.pdf": b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
    })
    link = page(project / "output", "/raden/noord/").select_one(".council__description a")
    assert link.get_text() == "ons huishoudelijk reglement"
    assert link["href"] == "/bijlagen/reglement.pdf"
    assert resolve(project / "output", link["href"]).is_file()


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


def test_a_site_without_council_files_has_no_councils_menu_item(tmp_path):
    output = build_tree(
        tmp_path, {"berichten/hallo.md": "---\ntitle: Hallo buren\ndate: 2026-10-01\n---\nTekst.\n"}
    ) / "output"
    assert "Raden" not in [text(a) for a in page(output, "/").select(".site-nav a")]
    assert not (output / "raden").exists()
    assert page(output, "/projecten/").h1.get_text(strip=True) == "Projecten"
    assert json.loads((output / "besluiten.json").read_text(encoding="utf-8")) == []


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


def test_a_page_of_a_council_is_listed_on_the_councils_page(tmp_path):
    """A page (paginas/) with `council:` belongs to that council; pages without stay site-wide."""
    project = build_tree(tmp_path, {
        "raden/noord.yml": "name: Wijkraad Noord\n",
        "raden/zuid.yml": "name: Wijkraad Zuid\n",
        "paginas/vergaderen.md": "---\ntitle: Vergaderen met Noord\ncouncil: noord\n---\nElke dinsdag.\n",
        "paginas/over-ons.md": "---\ntitle: Over ons\n---\nWie we zijn.\n",
    })
    output = project / "output"
    noord = page(output, "/raden/noord/").select_one(".council__pages")
    assert noord.h2.get_text(strip=True) == "Meer over Wijkraad Noord"
    links = [(a.get_text(strip=True), a["href"]) for a in noord.select("a")]
    assert links == [("Vergaderen met Noord", "/vergaderen/")]
    assert resolve(output, "/vergaderen/").is_file()
    assert page(output, "/raden/zuid/").select_one(".council__pages") is None


def test_a_page_naming_an_unknown_council_is_refused(tmp_path, capsys):
    from conftest import write_tree
    from site_build import cli

    content = write_tree(tmp_path, {
        "raden/noord.yml": "name: Wijkraad Noord\n",
        "paginas/vergaderen.md": "---\ntitle: Vergaderen\ncouncil: nord\n---\nElke dinsdag.\n",
    })
    assert cli.check(content) == 1
    assert "content/paginas/vergaderen.md: council: onbekende raad 'nord' (bedoel je 'noord'?); kies uit: noord" in capsys.readouterr().err
