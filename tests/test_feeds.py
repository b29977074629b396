"""Feeds: RSS and Atom for the site, each council and each kind, and "Volg ons".

Every feed is read the way a feed reader reads it, with feedparser (told not
to repair relative links, so a relative link the site wrote stays visible),
and where feedparser hides the XML detail, with lxml.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import feedparser
import lxml.etree
import lxml.html
import pytest

from conftest import EPOCH, ROOT, build, make_project, write_tree
from editor_tools.error_catalogue import picture
from pages import html_pages, page, resolve, url_of

LOCAL = "http://127.0.0.1:8000"
KIND_FOLDERS = ("evenementen", "projecten", "besluiten", "berichten")
RSS = "{http://purl.org/rss/1.0/modules/content/}encoded"


def read_feed(path: Path):
    """A feed as a reader sees it, without feedparser's own link repairs."""
    return feedparser.parse(path.read_bytes(), resolve_relative_uris=False, sanitize_html=False)


def feed_files(output: Path) -> list[Path]:
    return sorted((output / "feeds").rglob("*.xml"))


def rss_items(path: Path) -> list:
    return lxml.etree.parse(str(path)).getroot().findall("channel/item")


def links_in(html: str) -> list[str]:
    """Every address in an HTML fragment: href, src and each srcset candidate."""
    if not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        found += [element.get(name) for name in ("href", "src", "poster", "cite") if element.get(name) is not None]
        # Candidates as written by hand and by the plugin: "a.png 1x, b.png 2x".
        for candidate in re.split(r",\s+", element.get("srcset") or ""):
            if candidate.strip():
                found.append(candidate.split()[0])
    return found


def titles(path: Path) -> list[str]:
    return [entry.title for entry in read_feed(path).entries]


# --- the example site ----------------------------------------------------------


def expected_counts() -> Counter:
    """Published posts per feed, counted from the content files themselves."""
    from content_model.validation import load_tree

    tree = load_tree(ROOT / "content")
    assert not tree.problems
    counts = Counter()
    for source in tree.articles:
        if source.meta.status != "published":
            continue
        counts["feeds/alles"] += 1
        counts[f"feeds/{source.kind.folder}"] += 1
        for slug in source.meta.council:
            counts[f"feeds/raden/{slug}"] += 1
    return counts


def test_every_feed_parses_without_errors(example_site):
    files = feed_files(example_site)
    expected = {f"feeds/{name}.{fmt}.xml" for name in ("alles", *KIND_FOLDERS, "raden/sint-anna", "raden/molenveld") for fmt in ("rss", "atom")}
    assert {f.relative_to(example_site).as_posix() for f in files} == expected
    for file in files:
        feed = read_feed(file)
        assert feed.bozo is False, (file, feed.get("bozo_exception"))
        assert feed.version == ("rss20" if file.name.endswith(".rss.xml") else "atom10"), file
        assert feed.feed.language == "nl", file


def test_item_counts_match_the_content(example_site):
    counts = expected_counts()
    assert counts["feeds/alles"] >= 17  # every published example post; the draft is left out
    for file in feed_files(example_site):
        base = file.relative_to(example_site).as_posix().rsplit(".", 2)[0]
        assert len(read_feed(file).entries) == counts[base], file


def test_items_newest_first_and_channel_dates_from_the_content(example_site):
    feed = read_feed(example_site / "feeds" / "alles.rss.xml")
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
    assert feed.entries[0].title in ("Buurtfeest Molenveld", "Week van de geveltuin")
    # lastBuildDate is the newest post (18 November 2026), not the build's clock.
    assert feed.feed.updated == "Wed, 18 Nov 2026 00:00:00 +0100"
    atom = read_feed(example_site / "feeds" / "alles.atom.xml")
    assert atom.feed.updated == "2026-11-18T00:00:00+01:00"


def test_channel_has_title_link_description_language_and_self_link(example_site):
    for name, title, link in [
        ("alles", "Wijkraden Bergen-Oost", f"{LOCAL}/"),
        ("evenementen", "Evenementen · Wijkraden Bergen-Oost", f"{LOCAL}/evenementen/"),
        ("raden/sint-anna", "Wijkraad Sint-Anna · Wijkraden Bergen-Oost", f"{LOCAL}/raden/sint-anna/"),
    ]:
        for fmt, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
            feed = read_feed(example_site / "feeds" / f"{name}.{fmt}.xml").feed
            assert feed.title == title
            assert feed.link == link
            assert feed.subtitle
            assert feed.language == "nl"
            self_links = [l for l in feed.links if l.rel == "self"]
            assert [(l.href, l.type) for l in self_links] == [(f"{LOCAL}/feeds/{name}.{fmt}.xml", mime)]


def test_two_council_post_is_in_both_council_feeds(example_site):
    title = "Zwerfvuilactie rond het buurtpark was een succes"
    for slug in ("sint-anna", "molenveld"):
        for fmt in ("rss", "atom"):
            assert title in titles(example_site / "feeds" / "raden" / f"{slug}.{fmt}.xml")
    assert title in titles(example_site / "feeds" / "berichten.rss.xml")
    assert title not in titles(example_site / "feeds" / "evenementen.rss.xml")


def test_drafts_are_in_no_feed(example_site):
    for file in feed_files(example_site):
        text = file.read_text(encoding="utf-8")
        assert "concept-zomerbar" not in text and "Zomerbar" not in text, file


def test_item_has_link_guid_dates_summary_content_and_categories(example_site):
    path = example_site / "feeds" / "alles.rss.xml"
    entry = next(e for e in read_feed(path).entries if e.title == "Marleen Peeters is de nieuwe voorzitter")
    url = f"{LOCAL}/berichten/nieuwe-voorzitter/"
    assert entry.link == url
    assert entry.id == url
    assert entry.published == "Sun, 20 Sep 2026 00:00:00 +0200"  # summer time in Brussels
    assert entry.summary == "<p>De wijkraad Sint-Anna heeft een nieuwe voorzitter gekozen.</p>"
    content = entry.content[0].value
    assert "<strong>Marleen Peeters</strong>" in content
    assert f'href="{LOCAL}/bijlagen/notulen-2026-09.pdf"' in content
    assert [tag.term for tag in entry.tags] == ["Bericht", "Wijkraad Sint-Anna", "samenleven"]
    assert entry.author == "Youssef El Amrani"  # dc:creator: the author written in the post
    item = next(i for i in rss_items(path) if i.findtext("title") == entry.title)
    assert item.find("guid").get("isPermaLink") == "true"
    assert item.find(RSS) is not None


def test_author_falls_back_to_the_councils(example_site):
    entry = next(
        e for e in read_feed(example_site / "feeds" / "alles.atom.xml").entries
        if e.title == "Zwerfvuilactie rond het buurtpark was een succes"
    )
    assert [a.name for a in entry.authors] == ["Wijkraad Sint-Anna", "Buurtcomité Molenveld"]


def test_event_item_says_when_and_where_first(example_site):
    # In the same words as the event's own page.
    shown = page(example_site, "/evenementen/nieuwjaarsreceptie-2027/").select_one("time.dt-start").get_text()
    assert shown == "zaterdag 9 januari 2027, 15:00–18:00"
    for fmt in ("rss", "atom"):
        entry = next(
            e for e in read_feed(example_site / "feeds" / f"evenementen.{fmt}.xml").entries
            if e.title == "Nieuwjaarsreceptie 2027"
        )
        root = lxml.html.fragment_fromstring(entry.content[0].value, create_parent="div")
        first = root[0].text_content()
        assert first == (
            f"Wanneer: {shown}"
            "Waar: Buurthuis De Kring, Kerkstraat 12, 3500 Bergen-Oost"
        )
        assert "Iedereen is welkom" in root.text_content()


def test_enclosure_has_the_image_length_and_type(example_site):
    image = ROOT / "content" / "afbeeldingen" / "receptie.png"
    for fmt in ("rss", "atom"):
        entry = next(
            e for e in read_feed(example_site / "feeds" / f"alles.{fmt}.xml").entries
            if e.title == "Nieuwjaarsreceptie 2027"
        )
        assert [(e.href, int(e.length), e.type) for e in entry.enclosures] == [
            (f"{LOCAL}/afbeeldingen/receptie.png", image.stat().st_size, "image/png")
        ]
        # The page stays the item's link; the image is not mistaken for it.
        assert entry.link == f"{LOCAL}/evenementen/nieuwjaarsreceptie-2027/"
    assert (example_site / "afbeeldingen" / "receptie.png").stat().st_size == image.stat().st_size


def test_no_relative_address_in_any_item(example_site):
    assert_all_addresses_absolute(example_site)


def assert_all_addresses_absolute(output: Path) -> None:
    relative = []
    for file in feed_files(output):
        for entry in read_feed(file).entries:
            for link in (entry.link, entry.id, *(e.href for e in entry.get("enclosures", []))):
                assert urlsplit(link).scheme in ("http", "https"), (file, link)
            fragments = [entry.summary, *(c.value for c in entry.get("content", []))]
            for html in fragments:
                for address in links_in(html):
                    if urlsplit(address).scheme not in ("http", "https", "mailto", "tel"):
                        relative.append((file.name, entry.title, address))
        # And in the raw RSS, content:encoded itself.
        if file.name.endswith(".rss.xml"):
            for item in rss_items(file):
                for address in links_in(item.findtext(RSS) or ""):
                    if not urlsplit(address).scheme:
                        relative.append((file.name, item.findtext("title"), address))
    assert relative == []


def test_same_epoch_gives_identical_feed_bytes(example_site, tmp_path):
    again = make_project(tmp_path)
    result = build(again)
    assert result.returncode == 0, result.stderr
    first = {f.relative_to(example_site): f.read_bytes() for f in feed_files(example_site)}
    second = {f.relative_to(again / "output"): f.read_bytes() for f in feed_files(again / "output")}
    assert first and first == second
    follow = Path("volg-ons", "index.html")
    assert (example_site / follow).read_bytes() == (again / "output" / follow).read_bytes()


def test_list_pages_announce_their_feed(example_site):
    pages = {
        "/": "feeds/alles",
        "/archief/": "feeds/alles",
        "/themas/samenleven/": "feeds/alles",
        "/volg-ons/": "feeds/alles",
        "/agenda/": "feeds/evenementen",
        "/agenda/archief/": "feeds/evenementen",
        "/raden/sint-anna/": "feeds/raden/sint-anna",
        "/raden/sint-anna/berichten/": "feeds/raden/sint-anna",
        "/raden/molenveld/agenda/": "feeds/raden/molenveld",
        "/raden/molenveld/projecten/": "feeds/raden/molenveld",
        **{f"/{folder}/": f"feeds/{folder}" for folder in KIND_FOLDERS},
    }
    for url, feed in pages.items():
        soup = page(example_site, url)
        announced = {
            (link["type"], link["href"]): link.get("title", "")
            for link in soup.select('head link[rel="alternate"]')
            if link["type"] in ("application/rss+xml", "application/atom+xml")
        }
        assert set(announced) == {
            ("application/rss+xml", f"/{feed}.rss.xml"),
            ("application/atom+xml", f"/{feed}.atom.xml"),
        }, url
        assert all(title.strip() for title in announced.values()), url
        # What a reader does with the page's address: follow the link, read the feed.
        for _type, href in announced:
            found = read_feed(resolve(example_site, urljoin(url, href)))
            assert found.bozo is False and found.entries, (url, href)


def test_kind_page_feed_holds_that_kind_only(example_site):
    entries = read_feed(example_site / "feeds" / "besluiten.atom.xml").entries
    assert entries and all(entry.link.startswith(f"{LOCAL}/besluiten/") for entry in entries)
    assert all(entry.tags[0].term == "Besluit" for entry in entries)


def test_follow_page_lists_every_feed_and_calendar(example_site):
    soup = page(example_site, "/volg-ons/")
    assert soup.h1.get_text(strip=True) == "Volg ons"
    text = soup.get_text(" ", strip=True)
    assert "Wat is een feed?" in text and "feedlezer" in text
    shown = {code.get_text(strip=True) for code in soup.select("main code")}
    linked = {a["href"] for a in soup.select("main a[href]")}
    for file in feed_files(example_site):
        relative = file.relative_to(example_site).as_posix()
        assert f"{LOCAL}/{relative}" in shown, relative
        assert f"/{relative}" in linked, relative
    for calendar in ("agenda.ics", "raden/sint-anna/agenda.ics", "raden/molenveld/agenda.ics"):
        assert f"{LOCAL}/{calendar}" in shown, calendar
    # Every calendar address shown is a calendar the build really wrote.
    from icalendar import Calendar as ICalendar

    calendars = re.findall(rf"{re.escape(LOCAL)}/(\S+\.ics)", " ".join(sorted(shown)))
    assert len(calendars) == 3
    for address in calendars:
        calendar_file = example_site / address
        assert calendar_file.is_file(), address
        assert ICalendar.from_ical(calendar_file.read_bytes()).walk("VEVENT"), address
    headings = [h.get_text(strip=True) for h in soup.select("main h3")]
    assert "Wijkraad Sint-Anna" in headings and "Evenementen" in headings


def test_every_page_links_to_volg_ons_in_the_footer(example_site):
    for file in html_pages(example_site):
        soup = page(example_site, url_of(example_site, file))
        assert soup.select_one('footer a[href="/volg-ons/"]'), file


# --- a site with three councils and every case ----------------------------------

# Real pictures: the check opens every picture to see that it is one.
PNG = picture(16, 12, "PNG")
JPEG = picture(20, 15, "JPEG")

THREE_COUNCILS = {
    "raden/noord.yml": "name: Wijkraad Noord\n",
    "raden/oost.yml": "name: Wijkraad Oost\n",
    "raden/zuid.yml": "name: Wijkraad Zuid\n",
    "raden/west.yml": "name: Wijkraad West\n",  # no posts at all
    "afbeeldingen/tuin.png": PNG,
    "afbeeldingen/plein.jpg": JPEG,
    "bijlagen/plan.pdf": b"%PDF-1.4\n%%EOF\n",
    "berichten/samen.md": """
        ---
        title: Noord en Oost samen
        date: 2026-07-14 09:30
        council: [noord, oost]
        tags: [samenleven]
        image: afbeeldingen/plein.jpg
        image_alt: Het plein vol buren
        ---
        Lees [over het project](../projecten/moestuin/), [de agenda](/agenda/),
        [het verslag](#verslag) en [het plan](bijlagen/plan.pdf).

        ![De tuin in juni](afbeeldingen/tuin.png)

        <p><a href="../../over/">Over ons</a> en <img src="../afbeeldingen/tuin.png" alt="Tuin"></p>

        Zie ook [het bericht van Zuid]({filename}/berichten/zuid.md).
        """,
    "berichten/zuid.md": """
        ---
        title: Nieuws uit Zuid
        date: 2026-01-10 18:00
        council: zuid
        authors: [An Peeters, Bart Claes]
        ---
        Het [plan](/bijlagen/plan.pdf) ligt ter inzage.
        """,
    "projecten/moestuin.md": """
        ---
        title: Moestuin
        date: 2026-03-29 03:30
        council: noord
        stage: lopend
        summary: Een moestuin voor [de hele buurt](../evenementen/plantdag/).
        ---
        We zaaien samen.
        """,
    "evenementen/plantdag.md": """
        ---
        title: Plantdag
        date: 2026-05-02
        council: noord
        start: 2026-06-13
        location:
          name: Buurttuin
          address: Tuinstraat 1
        image: afbeeldingen/tuin.png
        image_alt: Plantjes in bakken
        ---
        Kom planten.
        """,
    "berichten/klad.md": """
        ---
        title: Kladbericht Noord
        date: 2026-08-01
        council: noord
        status: draft
        ---
        Nog niet klaar.
        """,
    "berichten/verborgen.md": """
        ---
        title: Verborgen bericht Oost
        date: 2026-08-02
        council: oost
        status: hidden
        ---
        Alleen via de link.
        """,
    "paginas/over.md": """
        ---
        title: Over de wijkraden
        ---
        Een pagina, geen bericht.
        """,
}


@pytest.fixture(scope="module")
def three_councils(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("three")
    project = make_project(base, write_tree(base / "src", THREE_COUNCILS))
    result = build(project)
    assert result.returncode == 0, result.stderr + result.stdout
    return project / "output"


def test_three_councils_feeds_parse(three_councils):
    for file in feed_files(three_councils):
        assert read_feed(file).bozo is False, file
    names = {f.relative_to(three_councils / "feeds").as_posix() for f in feed_files(three_councils)}
    for slug in ("noord", "oost", "zuid", "west"):
        assert {f"raden/{slug}.rss.xml", f"raden/{slug}.atom.xml"} <= names


def test_post_of_two_councils_in_both_and_not_in_a_third(three_councils):
    feeds = three_councils / "feeds"
    for fmt in ("rss", "atom"):
        assert titles(feeds / "raden" / f"noord.{fmt}.xml") == ["Noord en Oost samen", "Plantdag", "Moestuin"]
        assert titles(feeds / "raden" / f"oost.{fmt}.xml") == ["Noord en Oost samen"]
        assert titles(feeds / "raden" / f"zuid.{fmt}.xml") == ["Nieuws uit Zuid"]
        assert titles(feeds / "raden" / f"west.{fmt}.xml") == []
        assert titles(feeds / f"alles.{fmt}.xml") == ["Noord en Oost samen", "Plantdag", "Moestuin", "Nieuws uit Zuid"]
        assert titles(feeds / f"berichten.{fmt}.xml") == ["Noord en Oost samen", "Nieuws uit Zuid"]
        assert titles(feeds / f"besluiten.{fmt}.xml") == []


def test_drafts_hidden_posts_and_pages_are_in_no_feed(three_councils):
    for file in feed_files(three_councils):
        text = file.read_text(encoding="utf-8")
        for absent in ("Kladbericht", "berichten/klad/", "Verborgen bericht", "Over de wijkraden"):
            assert absent not in text, (file, absent)


def test_relative_links_and_images_become_absolute(three_councils):
    assert_all_addresses_absolute(three_councils)
    entry = read_feed(three_councils / "feeds" / "alles.rss.xml").entries[0]
    addresses = links_in(entry.content[0].value)
    post = f"{LOCAL}/berichten/samen/"
    for expected in (
        f"{LOCAL}/berichten/projecten/moestuin/",  # ../ from the post's own folder, as a browser does
        f"{LOCAL}/agenda/",
        f"{post}#verslag",
        f"{LOCAL}/bijlagen/plan.pdf",
        f"{LOCAL}/afbeeldingen/tuin.png",
        f"{LOCAL}/over/",
        f"{LOCAL}/berichten/zuid/",
        f"{LOCAL}/afbeeldingen/plein.jpg",
    ):
        assert expected in addresses, (expected, addresses)
    moestuin = next(e for e in read_feed(three_councils / "feeds" / "alles.atom.xml").entries if e.title == "Moestuin")
    assert links_in(moestuin.summary) == [f"{LOCAL}/projecten/evenementen/plantdag/"]


def test_pub_dates_in_brussels_time(three_councils):
    rss = {e.title: e.published for e in read_feed(three_councils / "feeds" / "alles.rss.xml").entries}
    assert rss == {
        "Noord en Oost samen": "Tue, 14 Jul 2026 09:30:00 +0200",
        "Plantdag": "Sat, 02 May 2026 00:00:00 +0200",
        # The night the clocks go forward: 03:30 summer time.
        "Moestuin": "Sun, 29 Mar 2026 03:30:00 +0200",
        "Nieuws uit Zuid": "Sat, 10 Jan 2026 18:00:00 +0100",
    }
    atom = {e.title: e.published for e in read_feed(three_councils / "feeds" / "alles.atom.xml").entries}
    assert atom["Noord en Oost samen"] == "2026-07-14T09:30:00+02:00"
    assert atom["Nieuws uit Zuid"] == "2026-01-10T18:00:00+01:00"


def test_empty_feed_is_dated_by_the_build_not_the_clock(three_councils):
    feed = read_feed(three_councils / "feeds" / "raden" / "west.rss.xml")
    assert feed.bozo is False and feed.entries == []
    now = dt.datetime.fromtimestamp(int(EPOCH), ZoneInfo("Europe/Brussels"))  # SOURCE_DATE_EPOCH
    assert feed.feed.updated == format_datetime(now) == "Sat, 21 Nov 2026 12:00:00 +0100"
    atom = read_feed(three_councils / "feeds" / "raden" / "west.atom.xml")
    assert atom.feed.updated == now.isoformat() == "2026-11-21T12:00:00+01:00"


def test_enclosures_by_file_size_and_type(three_councils):
    entries = {e.title: e for e in read_feed(three_councils / "feeds" / "alles.rss.xml").entries}
    assert [(e.href, e.length, e.type) for e in entries["Noord en Oost samen"].enclosures] == [
        (f"{LOCAL}/afbeeldingen/plein.jpg", str(len(JPEG)), "image/jpeg")
    ]
    assert [(e.href, e.length, e.type) for e in entries["Plantdag"].enclosures] == [
        (f"{LOCAL}/afbeeldingen/tuin.png", str(len(PNG)), "image/png")
    ]
    assert entries["Nieuws uit Zuid"].enclosures == []


def test_categories_and_authors(three_councils):
    entries = {e.title: e for e in read_feed(three_councils / "feeds" / "alles.atom.xml").entries}
    assert [t.term for t in entries["Noord en Oost samen"].tags] == ["Bericht", "Wijkraad Noord", "Wijkraad Oost", "samenleven"]
    assert [a.name for a in entries["Nieuws uit Zuid"].authors] == ["An Peeters", "Bart Claes"]
    assert [a.name for a in entries["Plantdag"].authors] == ["Wijkraad Noord"]
    plantdag = lxml.html.fragment_fromstring(entries["Plantdag"].content[0].value, create_parent="div")
    assert plantdag[0].text_content() == "Wanneer: zaterdag 13 juni 2026Waar: Buurttuin, Tuinstraat 1"


def test_follow_page_lists_the_three_councils(three_councils):
    soup = page(three_councils, "/volg-ons/")
    shown = {code.get_text(strip=True) for code in soup.select("main code")}
    for slug in ("noord", "oost", "zuid", "west"):
        assert f"{LOCAL}/feeds/raden/{slug}.rss.xml" in shown
        assert f"{LOCAL}/feeds/raden/{slug}.atom.xml" in shown
        assert f"{LOCAL}/raden/{slug}/agenda.ics" in shown
    assert f"{LOCAL}/agenda.ics" in shown


def test_max_items_setting_keeps_the_newest(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", THREE_COUNCILS))
    with (project / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write("\nFEED_MAX_ITEMS = 2\n")
    result = build(project)
    assert result.returncode == 0, result.stderr
    feeds = project / "output" / "feeds"
    for fmt in ("rss", "atom"):
        assert titles(feeds / f"alles.{fmt}.xml") == ["Noord en Oost samen", "Plantdag"]
        assert titles(feeds / "raden" / f"zuid.{fmt}.xml") == ["Nieuws uit Zuid"]


# --- publishing ------------------------------------------------------------------


def test_publication_build_without_siteurl_stops_with_a_clear_message(tmp_path):
    project = make_project(tmp_path)
    result = build(project, "--settings", "publishconf.py", SITEURL="")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "publishconf.py: SITEURL: ontbreekt" in result.stderr
    assert "volledige adres van de site nodig voor de feeds" in result.stderr
    assert not (project / "output").exists()


def test_publication_build_with_a_siteurl_without_scheme_stops(tmp_path):
    project = make_project(tmp_path)
    (project / "output").mkdir()
    (project / "output" / "index.html").write_text("de vorige site", encoding="utf-8")
    result = build(project, "--settings", "publishconf.py", SITEURL="wijkraad.example.be")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "publishconf.py: SITEURL: 'wijkraad.example.be' is geen volledig webadres" in result.stderr
    assert (project / "output" / "index.html").read_text(encoding="utf-8") == "de vorige site"


def test_publication_build_uses_the_public_address(tmp_path):
    project = make_project(tmp_path)
    site = "https://wijkraden.example.be"
    result = build(project, "--settings", "publishconf.py", SITEURL=site)
    assert result.returncode == 0, result.stderr
    output = project / "output"
    feed = read_feed(output / "feeds" / "raden" / "sint-anna.rss.xml")
    assert feed.bozo is False
    assert feed.feed.link == f"{site}/raden/sint-anna/"
    assert all(entry.link.startswith(f"{site}/") for entry in feed.entries)
    assert LOCAL not in "".join(f.read_text(encoding="utf-8") for f in feed_files(output))
    home = page(output, "/")
    assert home.select_one('link[rel="alternate"][type="application/rss+xml"]')["href"] == f"{site}/feeds/alles.rss.xml"
    shown = {code.get_text(strip=True) for code in page(output, "/volg-ons/").select("main code")}
    assert f"{site}/feeds/alles.atom.xml" in shown and f"{site}/agenda.ics" in shown


# --- making addresses absolute (srcset cannot pass the sanitizer today) -----------


def test_make_absolute_resolves_every_kind_of_address():
    from feeds.absolute import make_absolute

    base = "https://wijk.example.be/berichten/samen/"
    html = (
        '<p>Zie <a href="../../projecten/tuin/">de tuin</a>, <a href="/agenda/">de agenda</a>, '
        '<a href="#verslag">het verslag</a>, <a href="mailto:raad@example.be">mail</a> en '
        '<a href="//andere.example.org/x">elders</a>.</p>'
        '<picture><source srcset="klein.webp 480w, groot,1.webp 1024w"></picture>'
        '<img src="foto.png" srcset="foto.png 1x, /afbeeldingen/foto-2x.png 2x" alt="Één foto">'
    )
    result = make_absolute(html, base)
    assert links_in(result) == [
        "https://wijk.example.be/projecten/tuin/",
        "https://wijk.example.be/agenda/",
        "https://wijk.example.be/berichten/samen/#verslag",
        "mailto:raad@example.be",
        "https://andere.example.org/x",
        "https://wijk.example.be/berichten/samen/klein.webp",
        "https://wijk.example.be/berichten/samen/groot,1.webp",
        "https://wijk.example.be/berichten/samen/foto.png",
        "https://wijk.example.be/berichten/samen/foto.png",
        "https://wijk.example.be/afbeeldingen/foto-2x.png",
    ]
    source = lxml.html.fragment_fromstring(result, create_parent="div").find(".//source")
    assert source.get("srcset") == (
        "https://wijk.example.be/berichten/samen/klein.webp 480w, "
        "https://wijk.example.be/berichten/samen/groot,1.webp 1024w"
    )
    assert "Één foto" in result and result.startswith("<p>Zie ")


# --- in a real browser: the "Volg ons" page on a small phone ----------------------

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
)


@pytest.fixture
def browser_on(tmp_path):
    """Serves a built site over HTTP and opens its pages in headless Chromium."""
    import functools
    import http.server
    import threading

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    servers, drivers = [], []

    def open_site(output: Path, url: str, width: int = 320):
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output))
        handler.log_message = lambda *args: None
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={width},900"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        drivers.append(driver)
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": True},
        )
        driver.get(f"http://127.0.0.1:{server.server_port}{url}")
        return driver

    yield open_site
    for driver in drivers:
        driver.quit()
    for server in servers:
        server.shutdown()
        server.server_close()


def test_follow_page_addresses_copy_with_one_click_on_a_small_phone(example_site, browser_on):
    from selenium.webdriver.common.by import By

    driver = browser_on(example_site, "/volg-ons/", width=320)
    # Long addresses wrap: nothing sticks out sideways on a 320 px wide screen.
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 320
    addresses = driver.find_elements(By.CSS_SELECTOR, "main code.copy-url")
    assert len(addresses) == 14 + 3  # 7 feeds in two formats, 3 calendars
    for code in (addresses[0], addresses[5], addresses[-1]):
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", code)
        code.click()
        selected = driver.execute_script("return window.getSelection().toString()")
        assert selected == code.text and selected.startswith("http://127.0.0.1:8000/")
    heights = driver.execute_script(
        "return [...document.querySelectorAll('main a')].map(a => a.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 24  # touch targets


def test_a_page_cannot_take_the_address_of_volg_ons(tmp_path):
    content = write_tree(tmp_path / "src", {
        "raden/noord.yml": "name: Wijkraad Noord\n",
        "paginas/volg-ons.md": "---\ntitle: Volg ons\n---\nTekst.\n",
    })
    project = make_project(tmp_path, content)
    result = build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "content/paginas/volg-ons.md: slug: 'volg-ons' is al een adres van de site" in result.stderr
