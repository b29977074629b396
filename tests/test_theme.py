"""The theme as built HTML: structure, statements, identity, the Content-Security-Policy,
sitemap, robots.txt, fonts.

What a browser must judge (contrast, focus, reflow, requests) is in
test_browser.py; this module reads the built files, apart from a few checks
that the browser enforces the Content-Security-Policy as meant.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from browser import Browser, serve
from bs4 import BeautifulSoup
from PIL import Image

from conftest import COUNCIL, EPOCH, ROOT, build, make_project, write_tree
from identity.colors import channels, contrast, parse, relative_luminance, text_on
from identity.palette import (
    BACKGROUNDS,
    DARK,
    LIGHT,
    TEXT_COLORS,
    Palette,
    build_palette,
    theme_css,
)
from identity.settings import content_security_policy
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
        # No set-cookie or refresh: the one http-equiv is the Content-Security-Policy.
        equivs = [meta["http-equiv"] for meta in other.find_all("meta", attrs={"http-equiv": True})]
        assert equivs == ["Content-Security-Policy"], url


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
        # The policy's hash follows the colours.
        assert csp_problems(resolve(output, url).read_text(encoding="utf-8")) == [], url
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


# --- Content-Security-Policy: the site itself, nothing else ---------------------------------------

# The policy base.html writes, but for the hash of the page's own <style>.
EXPECTED_POLICY = {
    "default-src": ["'self'"],
    "img-src": ["'self'"],
    "style-src": ["'self'", "<hash of the page's <style>>"],
    "script-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
# A source that names no host: a keyword or a hash, in single quotes.
KEYWORD_SOURCE_RE = re.compile(r"^'(self|none|sha256-[A-Za-z0-9+/]+={0,2})'$")
STYLE_RE = re.compile(r"<style>(.*?)</style>", re.DOTALL)
CSP_META_RE = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')


def sha256_source(text: str) -> str:
    """What a browser compares an inline element with: 'sha256-' + base64 of the text's SHA-256."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def csp_directives(policy: str) -> dict[str, list[str]]:
    """ "default-src 'self'; img-src 'self'" -> {"default-src": ["'self'"], "img-src": ["'self'"]}"""
    directives: dict[str, list[str]] = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} twice"
        directives[name] = sources
    return directives


def csp_problems(html: str) -> list[str]:
    """What is wrong with a built page's policy and with what it would have to allow."""
    soup = BeautifulSoup(html, "html.parser")
    metas = soup.find_all("meta", attrs={"http-equiv": re.compile("^content-security-policy$", re.I)})
    if len(metas) != 1:
        return [f"{len(metas)} Content-Security-Policy metas"]
    problems = []
    # A <meta> policy covers only what follows it: right after the charset.
    first = soup.head.find_all(recursive=False)[:2]
    if not (first[0].name == "meta" and first[0].get("charset") and first[1] is metas[0]):
        problems.append(f"the policy is not right after <meta charset>: {[str(tag)[:40] for tag in first]}")
    policy = csp_directives(metas[0]["content"])
    problems += [f"{name} allows {source}" for name, sources in policy.items()
                 for source in sources if not KEYWORD_SOURCE_RE.match(source)]
    # The hash is computed from the page's bytes, not taken from the build.
    styles = STYLE_RE.findall(html)
    if len(styles) != 1 or len(soup.find_all("style")) != 1:
        problems.append(f"{len(styles)} inline <style> elements, only the colours expected")
    else:
        expected = {**EXPECTED_POLICY, "style-src": ["'self'", sha256_source(styles[0])]}
        if policy != expected:
            problems.append(f"policy {policy} is not {expected}")
    for tag in soup.find_all(True):
        if tag.has_attr("style"):
            problems.append(f"style attribute on <{tag.name}>")
        problems += [f"event handler {name} on <{tag.name}>" for name in tag.attrs if name.lower().startswith("on")]
        if tag.name in ("a", "area") and tag.get("href", "").strip().lower().startswith("javascript:"):
            problems.append(f"javascript: link {tag['href']}")
    for script in soup.find_all("script"):
        if script.get("type") == "application/ld+json":
            json.loads(script.string)  # data for search engines, never run
        elif not script.get("src", "").startswith("/"):
            problems.append(f"script that the policy would block: {str(script)[:60]}")
    return problems


def test_every_page_allows_only_the_site_itself(example_site):
    problems = {}
    for file in html_pages(example_site):
        if found := csp_problems(file.read_text(encoding="utf-8")):
            problems[url_of(example_site, file)] = found
    assert len(html_pages(example_site)) >= 20 and not problems, problems
    # One policy for the whole site: the colours are the same on every page.
    policies = {CSP_META_RE.search(file.read_text(encoding="utf-8")).group(0) for file in html_pages(example_site)}
    assert len(policies) == 1, policies
    # JSON-LD blocks are there (and untouched by the policy): data, not scripts.
    assert page(example_site, "/evenementen/wijkwandeling/").find("script", type="application/ld+json")


def test_the_policy_check_catches_a_bad_page(example_site):
    built = (example_site / "index.html").read_text(encoding="utf-8")
    assert csp_problems(built) == []
    changed_style = built.replace("--text:", "--text: ", 1)  # one byte more: the hash no longer fits
    assert any(p.startswith("policy ") for p in csp_problems(changed_style))
    meta = CSP_META_RE.search(built).group(0)
    late = built.replace(meta, "").replace("</title>", "</title>" + meta)  # no longer first
    assert any("not right after" in p for p in csp_problems(late))
    foreign = built.replace("img-src 'self'", "img-src 'self' https://elders.example")
    assert "img-src allows https://elders.example" in csp_problems(foreign)
    for bad in ('<p style="color:red">x</p>', '<p onclick="go()">x</p>', "<script>go()</script>", "<style>p{}</style>"):
        assert csp_problems(built.replace("</main>", bad + "</main>")), bad


def test_the_policy_and_its_style_have_one_owner():
    palette, _ = build_palette("#8a1538")
    css = theme_css(palette)
    assert css.startswith(":root{--background:#ffffff;") and "--accent:#8a1538;" in css
    assert content_security_policy([css]) == (
        "default-src 'self'; img-src 'self'; style-src 'self' " + sha256_source(css) + "; "
        "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
    )
    # Only checked colours reach the unescaped <style>.
    with pytest.raises(ValueError):
        theme_css(Palette(light={**palette.light, "accent": "red}</style><script>"}, dark=palette.dark))


# In a real browser: the policy lets the site's own parts in and keeps others out.

# Run in every new document before its own content: keep what the browser refuses.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', event => window.cspViolations.push(
  {directive: event.effectiveDirective, blocked: event.blockedURI}));
"""
# The violations so far, once ``arguments[0]`` of them have come or a second has passed.
# The browser reports them in a task of its own, a moment after refusing: look
# only after other tasks had their turn, also when none are expected.
READ_VIOLATIONS = """
const [expected, done] = [arguments[0], arguments[arguments.length - 1]];
const started = Date.now();
(function wait() {
  if (Date.now() - started >= 50 && window.cspViolations.length >= expected || Date.now() - started > 1000) {
    done(window.cspViolations);
  } else setTimeout(wait, 25);
})();
"""
# A link in the text (or the footer, for a page without one), coloured by site.css's var(--link).
LINK_COLOUR = "return getComputedStyle(document.querySelector('main p a, main a:not(.button), .site-footer a')).color"
LINK_PROPERTY = "return getComputedStyle(document.documentElement).getPropertyValue('--link').trim()"


def rgb(color: str) -> str:
    """"#0b5e3b" -> "rgb(11, 94, 59)", as getComputedStyle writes it."""
    return "rgb({}, {}, {})".format(*channels(color))


@pytest.fixture(scope="module")
def browser():
    chromium = Browser()
    yield chromium
    chromium.close()


@contextmanager
def recording_violations(browser: Browser):
    added = browser.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_VIOLATIONS})
    try:
        yield lambda expected=1: browser.driver.execute_async_script(READ_VIOLATIONS, expected)
    finally:
        browser.driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]})


def blocked_requests(browser: Browser) -> dict[str, str]:
    """{url: reason} for every request the browser refused since the log was last read."""
    urls, blocked = {}, {}
    for entry in browser.driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message.get("method") == "Network.requestWillBeSent":
            urls[params["requestId"]] = params["request"]["url"]
        elif message.get("method") == "Network.loadingFailed" and params.get("blockedReason"):
            blocked[urls.get(params["requestId"], "?")] = params["blockedReason"]
    return blocked


def test_the_browser_applies_the_colours_and_reports_no_violation(browser, example_site):
    browser.viewport(1280, 900)
    # Every page has the same colours (test_every_page_allows_only_the_site_itself).
    colours = style_properties(page(example_site, "/"))
    found = {}
    with serve(example_site) as site, recording_violations(browser) as violations:
        browser.driver.get_log("performance")  # forget earlier requests
        every_page = [url_of(example_site, file) for file in html_pages(example_site)]
        # The dark colours are in the same <style>: a few pages show they apply too.
        for scheme, urls in (("light", every_page), ("dark", ["/", "/evenementen/wijkwandeling/", "/404.html"])):
            browser.media("", scheme)
            link = colours[scheme]["link"]
            for url in urls:
                browser.open(site + url)
                # The colours come from the inline <style> only: refused, links would be black.
                if (shown := browser.run(LINK_COLOUR)) != rgb(link):
                    found[f"{scheme} {url}"] = f"link colour {shown}, not {rgb(link)}"
                if seen := violations(0):
                    found[f"{scheme} {url}"] = seen
        assert not blocked_requests(browser)
        # axe-core is injected by WebDriver, which the page's policy does not cover.
        browser.media("", "light")
        browser.open(site + "/evenementen/wijkwandeling/")
        assert browser.axe() == [] and violations(0) == []
    assert not found, found


def test_the_policy_blocks_an_image_and_a_style_from_elsewhere(browser, example_site, tmp_path):
    built = (example_site / "index.html").read_text(encoding="utf-8")
    meta, style = CSP_META_RE.search(built).group(0), STYLE_RE.search(built).group(0)
    with Image.new("RGB", (8, 8), "#0b5e3b") as picture:
        picture.save(tmp_path / "eigen.png")
    # The site's own policy and colours, with what a careless edit could add.
    (tmp_path / "index.html").write_text(
        f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">{meta}<title>Van elders</title>{style}
<style>p {{ color: #ff0000; }}</style></head>
<body><main><p><a href="/">Een link</a> in een alinea.</p>
<img id="elders" src="https://elders.example/x.png" alt="Van elders">
<img id="eigen" src="/eigen.png" alt="Van hier"></main></body></html>""",
        encoding="utf-8",
    )
    browser.viewport(1280, 900)
    browser.media("", "light")
    with serve(tmp_path) as base_url, recording_violations(browser) as violations:
        browser.driver.get_log("performance")
        browser.open(base_url + "/")
        seen = sorted((v["directive"], v["blocked"]) for v in violations(2))
        assert seen == [("img-src", "https://elders.example/x.png"), ("style-src-elem", "inline")]
        assert blocked_requests(browser) == {"https://elders.example/x.png": "csp"}
        loaded = "const i = document.getElementById(arguments[0]); return i.complete && i.naturalWidth > 0"
        assert not browser.run(loaded, "elders") and browser.run(loaded, "eigen")
        # The site's own <style> still applies (its hash is in the policy); the other one does not.
        assert browser.run(LINK_PROPERTY) == style_properties(page(example_site, "/"))["light"]["link"]
        assert browser.run("return getComputedStyle(document.querySelector('main p')).color") != "rgb(255, 0, 0)"


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
    # A link preview gets a variant about 1200 wide (this picture is 800 wide: its widest), with its size and alt text.
    assert og["og:image"] == PUBLIC_URL + "/afbeeldingen/formaten/zwerfvuil-800.png"
    assert (published / "afbeeldingen" / "formaten" / "zwerfvuil-800.png").is_file()
    assert (og["og:image:width"], og["og:image:height"]) == ("800", "450")
    assert og["og:image:alt"] == "Vrijwilligers met grijpers en vuilniszakken aan de rand van het buurtpark"
    assert og["article:published_time"] == "2026-10-05T16:30:00+02:00"
    assert soup.find("link", rel="canonical")["href"] == og["og:url"]
    home = {m["property"]: m["content"] for m in page(published, "/").find_all("meta", property=True)}
    assert home["og:url"] == PUBLIC_URL + "/" and home["og:type"] == "website"
