"""One fact, one wording: what the site says the same way on every page.

A decision's latest follow-up reads the same in the register, on its page and
in the wijkkrant (web page and PDF), also when the editor wrote the steps
newest first. An event's date is its period wherever it is listed (post
cards, council pages, project timelines, the wijkkrant agenda); a post
without a time of its own shows no "00:00". Small numbers are words, a
rejected proposal needs no follow-up, and a project page labels its stage
once and writes its dates alike.

The site is built once, at the test clock: Saturday 21 November 2026, 12:00.
"""

from __future__ import annotations

import subprocess

import pytest

from conftest import build, make_project, write_tree
from dutch_formats.filters import make_filters
from pages import page

FILES = {
    "raden/noord.yml": "name: Wijkraad Noord\n",
    "raden/zuid.yml": "name: Wijkraad Zuid\n",
    # The follow-up as an editor may write it: the newest step first.
    "besluiten/straatlampen.md": """
        ---
        title: Vraag om straatlampen in de Veldweg
        date: 2026-10-05
        council: noord
        project: veldweg
        meeting: 2026-10-01
        outcome: aangenomen
        votes: {voor: 6, tegen: 0, onthouding: 1}
        follow_up:
          - date: 2026-11-10
            status: uitgevoerd
            note: De nieuwe lampen branden.
          - date: 2026-10-20
            status: in behandeling
          - date: 2026-10-06
            status: ingediend
            note: De vraag is aan de stad bezorgd.
        ---
        De raad vraagt de stad om meer licht.
        """,
    "besluiten/hondenbak.md": """
        ---
        title: Voorstel voor een hondenbak op het plein
        date: 2026-10-12
        council: zuid
        meeting: 2026-10-08
        outcome: verworpen
        votes: {voor: 2, tegen: 5, onthouding: 0}
        ---
        Het voorstel haalde geen meerderheid.
        """,
    "besluiten/uitstel.md": """
        ---
        title: Voorstel over de markt
        date: 2026-10-13
        council: zuid
        meeting: 2026-10-08
        outcome: uitgesteld
        ---
        Volgende vergadering.
        """,
    "projecten/veldweg.md": """
        ---
        title: Een veilige Veldweg
        date: 2026-01-10
        council: noord
        stage: lopend
        start: 2026-02-01
        deadline: 2027-06-30
        ---
        Licht en stoepen.
        """,
    # A news post with a date only, and one with a time of its own.
    "berichten/veldweg-start.md": """
        ---
        title: De werken aan de Veldweg beginnen
        date: 2026-10-15
        council: noord
        project: veldweg
        ---
        Tekst.
        """,
    "berichten/bewonersavond.md": """
        ---
        title: Verslag van de bewonersavond
        date: 2026-10-16 21:30
        council: noord
        project: veldweg
        ---
        Tekst.
        """,
    # Events: an evening with an end, several whole days, across midnight.
    "evenementen/infoavond.md": """
        ---
        title: Infoavond over de Veldweg
        date: 2026-11-03
        council: noord
        project: veldweg
        start: 2026-12-05 19:00
        end: 2026-12-05 21:00
        location:
          name: Buurthuis Noord
          address: Veldweg 1, 3500 Bergen
        ---
        Iedereen welkom.
        """,
    "evenementen/wintermarkt.md": """
        ---
        title: Wintermarkt
        date: 2026-11-01
        council: noord
        project: veldweg
        start: 2027-01-14
        end: 2027-01-16
        location: Marktplein
        ---
        Drie dagen markt.
        """,
    "evenementen/nachtcafe.md": """
        ---
        title: Nachtcafé
        date: 2026-11-02
        council: zuid
        start: 2027-02-06 21:00
        end: 2027-02-07 01:00
        location: Zaal Zuid
        ---
        Tot in de late uurtjes.
        """,
    "wijkkrant/2026-q4.md": """
        ---
        title: Wijkkrant winter 2026
        date: 2026-11-16
        publisher:
          name: An Jansens
          address: Dorpsstraat 1, 9999 Ergens
        ---
        Beste buren.
        """,
}

LATEST = "uitgevoerd sinds 10 november 2026"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("consistency")
    project = make_project(base, write_tree(base / "src", FILES))
    result = build(project)
    assert result.returncode == 0, result.stderr + result.stdout
    return project / "output"


def text(element) -> str:
    return " ".join(element.get_text(" ", strip=True).split())


def plain(element) -> str:
    """The text as a browser shows it: markup adds no spaces."""
    return " ".join(element.get_text().split())


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def register_row(soup, title: str) -> list[str]:
    for row in soup.select("table.register-table tbody tr"):
        if text(row.th) == title:
            return [text(cell) for cell in row.find_all("td")]
    raise AssertionError(f"{title} is not in the register")


def facts(soup) -> dict[str, str]:
    dl = soup.select_one("dl.facts")
    return {text(dt_): text(dt_.find_next_sibling("dd")) for dt_ in dl.find_all("dt")}


# --- a decision's latest follow-up --------------------------------------------------


def test_latest_follow_up_reads_the_same_in_register_page_and_wijkkrant(site):
    title = "Vraag om straatlampen in de Veldweg"
    assert register_row(page(site, "/besluiten/"), title)[-1] == LATEST
    assert register_row(page(site, "/raden/noord/besluiten/"), title)[-1] == LATEST
    decision = page(site, "/besluiten/straatlampen/")
    assert facts(decision)["Opvolging door de stad"].startswith(LATEST)
    assert facts(decision)["Stemming"] == "6 voor, 0 tegen, 1 onthouding"

    paper = page(site, "/wijkkrant/2026-q4/")
    post = plain(paper.select_one("#wk-straatlampen"))
    assert "6 voor, 0 tegen, 1 onthouding" in post
    assert f"Opvolging door de stad: {LATEST}: De nieuwe lampen branden." in post
    assert "ingediend" not in post
    printed = pdf_text(site / "wijkkrant" / "2026-q4.pdf")
    assert f"Opvolging door de stad: {LATEST}: De nieuwe lampen branden." in printed
    assert "ingediend op" not in printed and "ingediend sinds" not in printed


def test_a_rejected_proposal_needs_no_follow_up(site):
    register = page(site, "/besluiten/")
    assert register_row(register, "Voorstel voor een hondenbak op het plein")[-2:] == ["verworpen", "geen opvolging nodig"]
    # postponed: the city may still be asked
    assert register_row(register, "Voorstel over de markt")[-2:] == ["uitgesteld", "nog geen opvolging"]
    decision = page(site, "/besluiten/hondenbak/")
    assert facts(decision)["Opvolging door de stad"] == "geen opvolging nodig"
    assert "nog geen opvolging" not in text(decision.select_one(".decision-follow-up"))
    paper = plain(page(site, "/wijkkrant/2026-q4/").select_one("#wk-hondenbak"))
    assert "Opvolging door de stad: geen opvolging nodig" in paper


# --- events: their period wherever they are listed ----------------------------------------


def test_post_cards_of_events_show_the_period_and_when_they_were_posted(site):
    for url in ("/", "/evenementen/", "/archief/"):
        cards = {text(card.select_one(".post-card__title")): card for card in page(site, url).select(".post-card")}
        card = cards["Infoavond over de Veldweg"]
        assert text(card.select_one(".post-card__when")) == "zaterdag 5 december 2026, 19:00–21:00", url
        assert "geplaatst op dinsdag 3 november 2026" in text(card.select_one(".post-meta")), url
        assert card.select_one(".post-card__when time")["datetime"] == "2026-12-05T19:00:00+01:00"
        assert "h-event" in card.select_one(".post-card__body")["class"]
        days = cards["Wintermarkt"]
        assert text(days.select_one(".post-card__when")) == "van donderdag 14 tot en met zaterdag 16 januari 2027", url
        if url == "/evenementen/":
            continue
        # a news post has no period and its date needs no label
        news = cards["De werken aan de Veldweg beginnen"]
        assert not news.select(".post-card__when")
        assert text(news.select_one(".post-meta")).startswith("Bericht donderdag 15 oktober 2026")


def test_council_page_lists_coming_activities_with_their_period(site):
    soup = page(site, "/raden/noord/")
    section = soup.select_one(".council__events")
    assert text(section.h2) == "Komende activiteiten"
    cards = section.select(".event-card")
    assert [text(c.select_one(".event-card__title")) for c in cards] == ["Infoavond over de Veldweg", "Wintermarkt"]
    assert text(cards[0].select_one(".event-card__when")) == "zaterdag 5 december 2026, 19:00–21:00"
    assert text(cards[1].select_one(".event-card__when")) == "van donderdag 14 tot en met zaterdag 16 januari 2027"
    link = soup.find("link", rel="alternate", type="text/calendar")
    assert link["href"] == "/raden/noord/agenda.ics"
    empty = text(page(site, "/raden/zuid/").select_one(".council__events"))
    assert "Nachtcafé" in empty and "van zaterdag 6 februari 2027, 21:00 tot zondag 7 februari 2027, 01:00" in empty


def test_project_timeline_shows_periods_and_no_midnight(site):
    soup = page(site, "/projecten/veldweg/")
    items = {text(item.a): item for item in soup.select(".project-timeline .timeline__item")}
    start = items["De werken aan de Veldweg beginnen"].time
    assert (text(start), start["datetime"]) == ("donderdag 15 oktober 2026", "2026-10-15")
    evening = items["Verslag van de bewonersavond"].time
    assert text(evening) == "vrijdag 16 oktober 2026, 21:30"
    assert text(items["Infoavond over de Veldweg"].time) == "zaterdag 5 december 2026, 19:00–21:00"
    assert text(items["Wintermarkt"].time) == "van donderdag 14 tot en met zaterdag 16 januari 2027"
    assert text(items["Vraag om straatlampen in de Veldweg"].time) == "donderdag 1 oktober 2026"
    assert "00:00" not in text(soup.select_one(".project-timeline"))
    for title in ("Infoavond over de Veldweg", "Wintermarkt"):
        assert "h-event" in items[title]["class"], title
    assert "h-event" not in items["De werken aan de Veldweg beginnen"]["class"]


def test_wijkkrant_agenda_words_periods_as_the_site_does(site):
    rows = {text(row.th): [text(td) for td in row.find_all("td")] for row in page(site, "/wijkkrant/2026-q4/").select(".wijkkrant-table--agenda tbody tr")}
    assert rows["Wintermarkt"][0] == "van donderdag 14 tot en met zaterdag 16 januari 2027"
    assert rows["Nachtcafé"][0] == "van zaterdag 6 februari 2027, 21:00 tot zondag 7 februari 2027, 01:00"
    printed = pdf_text(site / "wijkkrant" / "2026-q4.pdf")
    assert "tot en met zaterdag 16 januari 2027" in printed


# --- wording --------------------------------------------------------------------------------


def test_councils_overview_counts_in_words(site):
    assert "Op deze site werken twee raden samen." in text(page(site, "/raden/").select_one(".lead"))
    count = make_filters({})["dutch_count"]
    assert [count(n) for n in (1, 2, 12, 20, 21, 1500)] == ["één", "twee", "twaalf", "twintig", "21", "1.500"]


def test_project_page_labels_its_stage_once_and_writes_dates_alike(site):
    soup = page(site, "/projecten/veldweg/")
    shown = facts(soup)
    assert shown["Fase"].startswith("lopend")
    assert "Fase" not in shown["Fase"]
    assert shown["Start"] == "1 februari 2026"
    assert shown["Streefdatum"] == "30 juni 2027"
    # elsewhere the badge stands alone and keeps its label
    assert "Fase: lopend" in text(page(site, "/raden/noord/").select_one(".council__projects"))


def test_example_wijkkrant_prints_the_latest_follow_up(example_site):
    # content/besluiten/advies-schoolstraat.md lists its newest step first
    post = plain(page(example_site, "/wijkkrant/2026-q4/").select_one("#wk-advies-schoolstraat"))
    assert "Opvolging door de stad: beantwoord sinds 28 oktober 2026" in post
    printed = pdf_text(example_site / "wijkkrant" / "2026-q4.pdf")
    assert "Opvolging door de stad: beantwoord sinds 28 oktober 2026" in printed
    register = page(example_site, "/besluiten/")
    assert register_row(register, "Advies aan de stad over de schoolstraat")[-1] == "beantwoord sinds 28 oktober 2026"
    assert register_row(register, "Voorstel om bloembakken in de Molenweg te zetten")[-1] == "geen opvolging nodig"
