"""The theme as built HTML: structure, statements, identity, sitemap, robots.txt, fonts.

What a browser must judge (contrast, focus, reflow, requests) is in
test_browser.py; this module reads the built files.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from conftest import COUNCIL, EPOCH, ROOT, build, make_project, write_tree
from identity.colors import contrast, parse, relative_luminance, text_on
from identity.palette import BACKGROUNDS, DARK, LIGHT, TEXT_COLORS, build_palette
from pages import html_pages, page, resolve, url_of

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
PUBLIC_URL = "https://wijkraden-bergen-oost.example"
VAGUE_LINK_TEXTS = {"lees meer", "meer", "klik hier", "hier", "link", "verder", "lees verder", "more", "read more"}


def all_pages(output: Path):
    for file in html_pages(output):
        url = url_of(output, file)
        yield url, page(output, url)


def settings_file(project: Path, **overrides) -> str:
    """A settings file in ``project``: pelicanconf.py with ``overrides``."""
    lines = ["import os, sys", "sys.path.insert(0, os.curdir)", "from pelicanconf import *"]
    lines += [f"{name} = {value!r}" for name, value in overrides.items()]
    (project / "test_settings.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "test_settings.py"


@pytest.fixture
def project(tmp_path) -> Path:
    """A project (theme, plugins, settings) whose content is one council."""
    return make_project(tmp_path, write_tree(tmp_path / "src", {"raden/test.yml": COUNCIL}))


def style_properties(soup) -> dict[str, dict[str, str]]:
    """The colour custom properties base.html writes: {"light": {...}, "dark": {...}}."""
    css = soup.head.style.string
    light, _, dark = css.partition("@media (prefers-color-scheme:dark)")
    parse_block = lambda text: dict(re.findall(r"--([\w-]+):(#[0-9a-f]{6})", text))  # noqa: E731
    return {"light": parse_block(light), "dark": parse_block(dark)}


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The example site built with publishconf.py (absolute addresses)."""
    project = make_project(tmp_path_factory.mktemp("published"))
    result = build(project, "--settings", "publishconf.py", SITEURL=PUBLIC_URL)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "ERROR" not in result.stderr, result.stderr
    return project / "output"


# --- every page ---------------------------------------------------------------------


def test_every_page_says_its_type(example_site):
    types = {url: soup.body.get("data-page-type") for url, soup in all_pages(example_site)}
    assert all(types.values()), [url for url, kind in types.items() if not kind]
    assert types["/"] == "home" and types["/404.html"] == "404"
    assert types["/berichten/zwerfvuilactie/"] == "news"
    assert types["/evenementen/wijkwandeling/"] == "event"
    assert types["/projecten/speelstraat/"] == "project"
    assert types["/besluiten/parkeerverbod/"] == "decision"
    assert types["/privacy/"] == "page"
    assert types["/berichten/"] == "category" and types["/archief/"] == "archives"


def test_a_template_without_a_page_type_gets_its_own_name(project):
    """A page type added later (here kalender.html) is told apart without declaring it."""
    (project / "theme" / "templates" / "kalender.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>Kalender</h1>{% endblock %}', encoding="utf-8"
    )
    settings = settings_file(
        project, DIRECT_TEMPLATES=["index", "archives", "404", "robots", "kalender"], KALENDER_SAVE_AS="kalender/index.html"
    )
    result = build(project, "--settings", settings)
    assert result.returncode == 0, result.stderr
    assert page(project / "output", "/kalender/").body["data-page-type"] == "kalender"


def test_every_page_has_head_metadata(example_site):
    for url, soup in all_pages(example_site):
        description = soup.find("meta", attrs={"name": "description"})
        assert description and len(description["content"].strip()) > 10, url
        og = {m["property"]: m["content"] for m in soup.find_all("meta", property=True)}
        assert og["og:site_name"] == "Wijkraden Bergen-Oost", url
        assert og["og:title"] and og["og:description"] == description["content"], url
        assert og["og:locale"] == "nl_BE", url
        # Locally there is no public address, so no address that would be wrong.
        assert "og:url" not in og and not soup.find("link", rel="canonical"), url
        icons = {link["href"] for link in soup.find_all("link", rel="icon")}
        assert icons == {"/theme/favicon.ico", "/theme/favicon.svg"}, url
        assert [link["href"] for link in soup.find_all("link", rel="stylesheet")] == ["/theme/css/site.css"]


def test_headings_are_in_order(example_site):
    skipped = []
    for url, soup in all_pages(example_site):
        levels = [int(h.name[1]) for h in soup.find_all(re.compile(r"^h[1-6]$"))]
        assert levels[0] == 1 and levels.count(1) == 1, url
        skipped += [(url, a, b) for a, b in zip(levels, levels[1:]) if b > a + 1]
    assert skipped == []


def test_tables_images_and_links_speak_for_themselves(example_site):
    problems = []
    for url, soup in all_pages(example_site):
        for table in soup.find_all("table"):
            if not table.find("caption") or not table.find("th"):
                problems.append((url, "table without caption or header cells"))
        for image in soup.find_all("img"):
            if not image.has_attr("alt"):
                problems.append((url, f"image without alt: {image.get('src')}"))
        for link in soup.find_all("a"):
            text = " ".join(link.get_text(" ", strip=True).lower().split())
            if text in VAGUE_LINK_TEXTS or not (text or link.find("img", alt=True)):
                problems.append((url, f"link text {text!r} says nothing: {link.get('href')}"))
    assert problems == []


def test_content_images_keep_their_alt_text(example_site):
    soup = page(example_site, "/berichten/zwerfvuilactie/")
    image = soup.select_one("main img")
    assert image["alt"] == "Vrijwilligers met grijpers en vuilniszakken aan de rand van het buurtpark"


# --- the statements ----------------------------------------------------------------------


def test_footer_links_to_accessibility_and_privacy_statements_on_every_page(example_site):
    for url, soup in all_pages(example_site):
        footer_links = {a.get_text(strip=True): a["href"] for a in soup.select("footer a")}
        assert footer_links.get("Toegankelijkheid") == "/toegankelijkheid/", url
        assert footer_links.get("Privacy") == "/privacy/", url


def test_accessibility_statement_follows_the_model(example_site):
    soup = page(example_site, "/toegankelijkheid/")
    assert soup.h1.get_text(strip=True) == "Toegankelijkheidsverklaring"
    sections = [h.get_text(strip=True) for h in soup.select("main h2")]
    assert sections == [
        "Stand van zaken", "Hoe we dat nagaan", "Bekende beperkingen", "Een probleem melden", "Over deze verklaring",
    ]
    text = soup.main.get_text(" ", strip=True)
    for fact in ("WCAG", "2.2", "AA", "axe-core", "Nu Html Checker", "320 pixels", "200 % zoom", "Tab-toets"):
        assert fact in text, fact
    assert soup.select_one('main a[href^="mailto:"]'), "no address to report a problem to"


def test_privacy_statement_says_nothing_is_stored(example_site):
    soup = page(example_site, "/privacy/")
    text = soup.main.get_text(" ", strip=True)
    assert "bewaart niets over jou" in text
    for promise in ("geen cookies", "volgt je niet", "niets van andere websites"):
        assert promise in text, promise
    # ... and the site keeps it: no script, no form, no cookie anywhere.
    for url, other in all_pages(example_site):
        # JSON-LD (schema.org data for search engines) is data, not a script that runs.
        scripts = [tag for tag in other.find_all("script") if tag.get("type") != "application/ld+json"]
        assert not scripts and not other.find(["form", "iframe"]), url
        assert not other.find("meta", attrs={"http-equiv": True}), url  # e.g. set-cookie


# --- identity: name, logo, accent colour ------------------------------------------------------


def test_the_example_identity_is_shown(example_site):
    soup = page(example_site, "/")
    header_link = soup.select_one(".site-header .site-name a")
    assert header_link.get_text(strip=True) == "Wijkraden Bergen-Oost"
    logo = header_link.img
    # The name follows the logo in the same link: the logo itself is decoration.
    assert logo["src"] == "/afbeeldingen/logo.svg" and logo["alt"] == ""
    assert resolve(example_site, logo["src"]).is_file()
    colours = style_properties(soup)
    assert colours["light"]["accent"] == colours["light"]["link"] == "#0b5e3b"
    assert colours["light"]["accent-text"] == "#ffffff"


def test_an_accepted_accent_colour_reaches_every_page_with_contrast(project):
    result = build(project, "--settings", settings_file(project, ACCENT_COLOR="#8A1538"))
    assert result.returncode == 0, result.stderr
    output = project / "output"
    for url, soup in all_pages(output):
        colours = style_properties(soup)
        assert colours["light"]["accent"] == "#8a1538", url
        assert not soup.select_one(".site-header img"), url  # no logo in this content
    light, dark = colours["light"], colours["dark"]
    assert light["accent-text"] == "#ffffff" and contrast(light["accent-text"], light["accent"]) >= 4.5
    # Dark mode gets a lighter shade of the same colour that reads on dark backgrounds.
    assert dark["link"] != light["link"]
    assert relative_luminance(dark["link"]) > relative_luminance(light["link"])
    for background in ("background", "surface"):
        assert contrast(dark["link"], dark[background]) >= 4.5
    assert contrast(dark["accent-text"], dark["accent"]) >= 4.5


def test_a_too_light_accent_colour_stops_the_build_with_a_dutch_message(project):
    result = build(project, "--settings", settings_file(project, ACCENT_COLOR="#ffcc00"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    message = next(line.strip() for line in result.stderr.splitlines() if "ACCENT_COLOR" in line)
    assert message.startswith("pelicanconf.py: ACCENT_COLOR: de kleur #ffcc00 is als kleur van links te licht")
    assert "minstens 4,5:1" in message
    assert not (project / "output").exists()
    # The darker shade the message proposes is accepted.
    proposal = re.search(r"bijvoorbeeld (#[0-9a-f]{6})", message).group(1)
    assert build(project, "--settings", settings_file(project, ACCENT_COLOR=proposal)).returncode == 0


def test_a_colour_that_is_no_colour_and_a_missing_logo_are_named(project):
    settings = settings_file(project, ACCENT_COLOR="groen", SITE_LOGO="afbeeldingen/logo.png")
    result = build(project, "--settings", settings)
    assert result.returncode == 1
    assert "pelicanconf.py: ACCENT_COLOR: 'groen' is geen kleur; schrijf ze als #rrggbb" in result.stderr
    assert "pelicanconf.py: SITE_LOGO: het bestand 'afbeeldingen/logo.png' bestaat niet in content/" in result.stderr
    settings = settings_file(project, SITE_LOGO="logo.png")
    result = build(project, "--settings", settings)
    assert result.returncode == 1
    assert "SITE_LOGO: 'logo.png' staat niet in een map die mee gepubliceerd wordt" in result.stderr


def test_a_logo_in_the_usual_place_is_found_without_a_setting(project):
    with Image.new("RGB", (60, 40), "#0b5e3b") as picture:
        (project / "content" / "afbeeldingen").mkdir()
        picture.save(project / "content" / "afbeeldingen" / "logo.png")
    result = build(project)
    assert result.returncode == 0, result.stderr
    logo = page(project / "output", "/").select_one(".site-name img")
    assert logo["src"] == "/afbeeldingen/logo.png" and logo["alt"] == ""
    assert (project / "output" / "afbeeldingen" / "logo.png").is_file()


@pytest.mark.parametrize(
    "accent, accepted",
    [("#0b5e3b", True), ("#8a1538", True), ("#1d4ed8", True), ("#767676", False), ("#ffcc00", False), ("#ffffff", False)],
)
def test_accent_colours_are_judged_by_wcag_contrast(accent, accepted):
    palette, problems = build_palette(accent)
    assert (palette is not None) == accepted, problems
    if accepted:
        for scheme in (palette.light, palette.dark):
            for background in BACKGROUNDS:
                assert contrast(scheme["link"], scheme[background]) >= 4.5
            assert contrast(scheme["accent-text"], scheme["accent"]) >= 4.5


def test_contrast_arithmetic_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert parse("#0B5") == "#00bb55" and parse("0b5e3b") == "#0b5e3b" and parse("groen") is None
    assert text_on("#ffcc00") == "#000000" and text_on("#0b5e3b") == "#ffffff"


def test_the_fixed_palette_reaches_aa_in_light_and_dark():
    for scheme in (LIGHT, DARK):
        for background in BACKGROUNDS:
            for text in TEXT_COLORS:
                assert contrast(scheme[text], scheme[background]) >= 4.5, (text, background)
            # The focus ring is a user-interface part: 3:1 (WCAG 1.4.11).
            assert contrast(scheme["focus"], scheme[background]) >= 3, background


# --- fonts, icons, stylesheet ------------------------------------------------------------------


def test_fonts_are_local_woff2_with_their_licence(example_site):
    css = (example_site / "theme" / "css" / "site.css").read_text(encoding="utf-8")
    sources = re.findall(r"url\(\"?([^)\"]+)\"?\)", css)
    fonts = [s for s in sources if s.endswith(".woff2")]
    assert len(fonts) == 4 and len(sources) == 4
    for source in fonts:
        font = (example_site / "theme" / "css" / source).resolve()
        assert font.read_bytes()[:4] == b"wOF2", source
        assert font.stat().st_size < 12_000, source
    assert 'font-family:"Atkinson Hyperlegible"' in css
    licence = (example_site / "theme" / "fonts" / "web" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_the_published_stylesheet_is_minified(example_site):
    source = (ROOT / "theme" / "static" / "css" / "site.css").read_text(encoding="utf-8")
    published = (example_site / "theme" / "css" / "site.css").read_text(encoding="utf-8")
    assert "/*" in source and "/*" not in published
    assert len(published) < 0.7 * len(source)
    assert "@media print" in published and "@import" not in published
    assert "@media (prefers-reduced-motion:reduce)" in published


def test_favicons_are_published(example_site):
    static = example_site / "theme"
    assert (static / "favicon.svg").read_text(encoding="utf-8").startswith("<svg")
    with Image.open(static / "favicon.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48)} <= set(icon.info["sizes"])
    with Image.open(static / "apple-touch-icon.png") as touch:
        assert touch.size == (180, 180)


# --- sitemap, robots.txt, OpenGraph when published ------------------------------------------------


def test_sitemap_lists_every_page_with_its_public_address(published):
    tree = ET.parse(published / "sitemap.xml")
    locations = [loc.text for loc in tree.findall("s:url/s:loc", SITEMAP_NS)]
    expected = sorted(
        PUBLIC_URL + url_of(published, file)
        for file in html_pages(published)
        if file.name != "404.html"
    )
    assert sorted(locations) == expected
    assert PUBLIC_URL + "/" in locations and PUBLIC_URL + "/privacy/" in locations
    lastmods = {loc.text: mod.text for loc, mod in (
        (u.find("s:loc", SITEMAP_NS), u.find("s:lastmod", SITEMAP_NS)) for u in tree.findall("s:url", SITEMAP_NS)
    )}
    assert lastmods[PUBLIC_URL + "/berichten/zwerfvuilactie/"] == "2026-10-05T16:30:00+02:00"
    # Overviews carry the build's moment (SOURCE_DATE_EPOCH), not the wall clock.
    build_moment = dt.datetime.fromtimestamp(int(EPOCH), ZoneInfo("Europe/Brussels"))
    assert lastmods[PUBLIC_URL + "/"] == build_moment.isoformat()


def test_sitemap_is_reproducible(published, tmp_path):
    project = make_project(tmp_path)
    result = build(project, "--settings", "publishconf.py", SITEURL=PUBLIC_URL)
    assert result.returncode == 0, result.stderr
    assert (project / "output" / "sitemap.xml").read_bytes() == (published / "sitemap.xml").read_bytes()


def test_robots_txt_points_to_the_sitemap(published, example_site):
    robots = (published / "robots.txt").read_text(encoding="utf-8")
    assert robots.splitlines()[:2] == ["User-agent: *", "Allow: /"]
    assert f"Sitemap: {PUBLIC_URL}/sitemap.xml" in robots.splitlines()
    # Locally there is no public address to give.
    assert "Sitemap" not in (example_site / "robots.txt").read_text(encoding="utf-8")


def test_published_pages_have_open_graph_addresses(published):
    soup = page(published, "/berichten/zwerfvuilactie/")
    og = {m["property"]: m["content"] for m in soup.find_all("meta", property=True)}
    assert og["og:type"] == "article"
    assert og["og:title"] == "Zwerfvuilactie rond het buurtpark was een succes"
    assert og["og:url"] == PUBLIC_URL + "/berichten/zwerfvuilactie/"
    assert og["og:image"] == PUBLIC_URL + "/afbeeldingen/zwerfvuil.png"
    assert og["article:published_time"] == "2026-10-05T16:30:00+02:00"
    assert soup.find("link", rel="canonical")["href"] == og["og:url"]
    home = {m["property"]: m["content"] for m in page(published, "/").find_all("meta", property=True)}
    assert home["og:url"] == PUBLIC_URL + "/" and home["og:type"] == "website"
