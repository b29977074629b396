"""The example site in a real browser (headless Chromium): WCAG 2.2 AA, privacy, weight.

One page of every page type is checked in depth. The types are read from
the built site (``<body data-page-type>``), so a page type added later is
checked without changing these tests. Screenshots and printed PDFs of each
type are kept in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import re
import statistics
import subprocess
from pathlib import Path

import pytest
from browser import Browser, nu_html_checker, other_hosts, serve
from selenium.webdriver.common.keys import Keys

from conftest import ROOT
from identity.colors import channels
from identity.palette import DARK, LIGHT
from pages import html_pages, page, url_of

ARTIFACTS = ROOT / "test-artifacts"

# The page types the site has without any other plugin; others add theirs.
BASIC_PAGE_TYPES = {"home", "news", "event", "project", "decision", "page", "category", "tag", "archives", "404"}

# Per page: HTML + stylesheet + fonts, images apart (the budget).
MEDIAN_BUDGET = 40_000
MAX_BUDGET = 80_000

DUTCH_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# A date in full: the month written out and the year ("14 juni 2025", "juni 2025"),
# not "14 jun" or "14/06/2025". A <time> showing only the hour is fine too.
FULL_DATE_RE = re.compile(rf"\b({DUTCH_MONTHS}) \d{{4}}\b")
HOUR_RE = re.compile(r"^\d{1,2}[:.]\d{2}$")


# --- fixtures: one server and one browser for the whole module ---------------------


@pytest.fixture(scope="module")
def site(example_site):
    with serve(example_site) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def browser():
    chromium = Browser()
    yield chromium
    chromium.close()


@pytest.fixture(autouse=True)
def screen(request):
    """Each test starts from a 1280 x 900 screen in the light scheme."""
    if "browser" in request.fixturenames:
        chromium = request.getfixturevalue("browser")
        chromium.viewport(1280, 900)
        chromium.media("", "light")


@pytest.fixture(scope="module")
def page_types(example_site) -> dict[str, str]:
    """One address per page type: the largest page of that type (the most to check)."""
    chosen: dict[str, tuple[int, str]] = {}
    for file in html_pages(example_site):
        body = page(example_site, url_of(example_site, file)).body
        kind = body.get("data-page-type", "") if body else ""
        size = file.stat().st_size
        url = url_of(example_site, file)
        if kind not in chosen or size > chosen[kind][0]:
            chosen[kind] = (size, url)
    return {kind: url for kind, (_, url) in sorted(chosen.items())}


@pytest.fixture(scope="module")
def visits(browser, site, example_site) -> dict[str, dict]:
    """Every page opened once: the requests it made and the bytes it loaded."""
    browser.viewport(1280, 900)
    browser.media("", "light")
    browser.requests()  # forget earlier requests
    seen = {}
    for file in html_pages(example_site):
        url = url_of(example_site, file)
        browser.open(site + url)
        seen[url] = {"measure": browser.measure(), "requests": browser.requests()}
    return seen


def show(problems: dict) -> str:
    """Problems per page, one per line, for a failure message."""
    return "\n".join(f"{where}: {what}" for where, items in problems.items() for what in items)


# --- which pages are checked ----------------------------------------------------------


def test_every_page_type_is_found_and_checked(page_types):
    assert "" not in page_types, f"a page without data-page-type: {page_types['']}"
    assert BASIC_PAGE_TYPES <= set(page_types), page_types
    assert page_types["404"] == "/404.html"


# --- WCAG 2.2 AA: axe-core, light and dark ----------------------------------------------


def format_violations(violations: list[dict]) -> list[str]:
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']} ({violation['url']})")
        for node in violation["nodes"][:5]:
            summary = " ".join(node["summary"].split())
            lines.append(f"    {node['target']}: {summary}")
    return lines


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_axe_finds_no_wcag_violations_on_any_page_type(browser, site, page_types, color_scheme):
    browser.media("", color_scheme)
    found = {}
    for kind, url in page_types.items():
        browser.open(site + url)
        background = browser.run("return getComputedStyle(document.body).backgroundColor")
        # The emulation took effect: the page really is in this scheme.
        expected = (DARK if color_scheme == "dark" else LIGHT)["background"]
        assert background == "rgb({}, {}, {})".format(*channels(expected)), url
        if violations := browser.axe():
            found[f"{kind} {url}"] = format_violations(violations)
    assert not found, f"axe-core ({color_scheme}):\n" + show(found)


# --- private and light ---------------------------------------------------------------------


def test_no_page_requests_another_host(visits, site):
    found = {url: other_hosts(visit["requests"], site) for url, visit in visits.items()}
    found = {url: hosts for url, hosts in found.items() if hosts}
    assert len(visits) >= 20 and all(visit["requests"] for visit in visits.values())
    assert not found, "requests to other hosts:\n" + show(found)


def page_weight(measure: dict) -> int:
    """HTML, stylesheets and fonts a page loaded, in bytes; images apart."""
    images = ("img", "image", "input")
    return measure["html"] + sum(
        resource["bytes"] for resource in measure["resources"] if resource["initiator"] not in images
    )


def test_page_weight_stays_within_budget(visits):
    weights = {url: page_weight(visit["measure"]) for url, visit in visits.items()}
    fonts = [
        resource for resource in visits["/"]["measure"]["resources"] if resource["url"].endswith(".woff2")
    ]
    # The fonts count: the home page loads at least one, and the weights include it.
    assert fonts and all(font["bytes"] > 5000 for font in fonts)
    heaviest = max(weights, key=weights.get)
    median = statistics.median(weights.values())
    report = f"median {median:.0f} B, heaviest {heaviest} {weights[heaviest]} B"
    assert median <= MEDIAN_BUDGET, report
    assert weights[heaviest] <= MAX_BUDGET, report


def test_one_stylesheet_and_no_imports(visits, site):
    for url, visit in visits.items():
        measure = visit["measure"]
        assert measure["stylesheet_files"] == [f"{site}/theme/css/site.css"], url
        assert measure["imports"] == 0, url


# --- keyboard ---------------------------------------------------------------------------


def focus_is_visible(focus: dict) -> bool:
    return (
        focus["outline_style"] not in ("none", "hidden")
        and focus["outline_width"] >= 2
        and focus["outline_color"] not in ("transparent", "rgba(0, 0, 0, 0)", focus["background"])
        and focus["in_view"]
    )


def keyboard_problems(browser: Browser) -> list[str]:
    """Tab through the open page: every target reached, in order, focus visible."""
    targets = browser.focusable()
    reached, problems = [], []
    for _ in range(len(targets) + 2):
        focus = browser.press(Keys.TAB)
        if focus is None or focus["id"] in reached:
            break  # past the last one: focus left the page
        if focus["id"] is None:
            problems.append(f"focus on something Tab should not reach: {focus['text']}")
            continue
        reached.append(focus["id"])
        if not focus_is_visible(focus):
            problems.append(f"focus not visible on {focus['text']!r}: {focus}")
    if reached != [str(i) for i in range(len(targets))]:
        problems.append(f"Tab reached {len(reached)} of {len(targets)}, in order {reached}")
    return problems


def skip_link_problems(browser: Browser) -> list[str]:
    """The first Tab shows "Naar de inhoud"; Enter moves focus to the content."""
    browser.focusable()
    first = browser.press(Keys.TAB)
    if not first or first["text"] != "Naar de inhoud" or not focus_is_visible(first):
        return [f"the first Tab does not show the skip link: {first}"]
    problems = []
    after = browser.press(Keys.ENTER)
    if not after or after["element_id"] != "inhoud":
        problems.append(f"the skip link does not move focus to the content: {after}")
    browser.press(Keys.TAB)
    if browser.run("return !!document.activeElement.closest('.site-header')"):
        problems.append("after the skip link, Tab goes back into the header")
    return problems


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_tab_reaches_everything_in_order_with_visible_focus(browser, site, page_types, color_scheme):
    browser.media("", color_scheme)
    found = {}
    for kind, url in page_types.items():
        browser.open(site + url)
        if problems := keyboard_problems(browser):
            found[f"{kind} {url}"] = problems
    assert not found, "keyboard:\n" + show(found)


def test_skip_link_appears_first_and_moves_focus_to_the_content(browser, site, page_types):
    found = {}
    for kind, url in page_types.items():
        browser.open(site + url)
        if problems := skip_link_problems(browser):
            found[f"{kind} {url}"] = problems
    assert not found, "skip link:\n" + show(found)


# --- reflow and screenshots -----------------------------------------------------------------

# (name, CSS width, device scale, mobile): a 320 px phone, and a 1280 px
# window at 200 % zoom, which lays out in 640 CSS px at scale 2.
REFLOW_VIEWPORTS = [("320px", 320, 1, True), ("1280px-zoom-200", 640, 2, False)]


@pytest.mark.parametrize("name, width, scale, mobile", REFLOW_VIEWPORTS, ids=[v[0] for v in REFLOW_VIEWPORTS])
def test_no_horizontal_scrolling_at_320px_and_200_percent_zoom(browser, site, page_types, name, width, scale, mobile):
    browser.viewport(width, 800, scale, mobile)
    found = {}
    for kind, url in page_types.items():
        browser.open(site + url)
        assert browser.run("return document.documentElement.clientWidth") == width
        if overflow := browser.horizontal_overflow():
            found[f"{kind} {url}"] = [f"{overflow} px wider than the {name} window"]
    assert not found, "reflow:\n" + show(found)


# A screen's worth of page, top to bottom: what a reader sees before scrolling.
FIRST_SCREEN = 900
# On the example site's pages text, pictures and bands of colour cover 2.5 %
# to 50 % of the first screen, in hundreds of colours (anti-aliased text);
# a page that failed to render is one colour, or nearly.
MIN_COLOURS = 16
MIN_INKED = 0.01


def screenshot_problems(browser: Browser, path: Path, width: int) -> list[str]:
    """Screenshot the open page (to ``path``): it fits the window and shows something."""
    from PIL import Image

    problems = []
    shown = browser.run("return document.documentElement.clientWidth")
    if shown != width:
        problems.append(f"laid out {shown} px wide in a {width} px window")
    if overflow := browser.horizontal_overflow():
        problems.append(f"{overflow} px wider than the {width} px window: the reader scrolls sideways")
    path.unlink(missing_ok=True)
    browser.screenshot(path)
    with Image.open(path) as image:
        if image.width != width:
            problems.append(f"screenshot {image.width} px wide, not {width}")
        screen = image.convert("RGB").crop((0, 0, image.width, min(image.height, FIRST_SCREEN)))
    colours = screen.getcolors(maxcolors=screen.width * screen.height)
    background = max(colours)[0]
    inked = 1 - background / (screen.width * screen.height)
    if len(colours) < MIN_COLOURS or inked < MIN_INKED:
        problems.append(f"blank: {len(colours)} colours, {inked:.1%} of the first screen differs from the background")
    return problems


@pytest.mark.parametrize("width", [320, 1280])
def test_screenshots_of_every_page_type(browser, site, page_types, width):
    """At a phone's and a desktop's width each page type fits and shows its content (kept in test-artifacts/)."""
    browser.viewport(width, 900, 1, width < 600)
    found = {}
    for kind, url in page_types.items():
        browser.open(site + url)
        if problems := screenshot_problems(browser, ARTIFACTS / "screenshots" / f"{kind}-{width}.png", width):
            found[f"{kind} {url}"] = problems
    assert not found, f"screenshots at {width} px:\n" + show(found)


# --- print --------------------------------------------------------------------------------------

PRINTED = """
const hidden = el => !el || getComputedStyle(el).display === 'none';
return {
  navigation_hidden: ['.skip-link', '.site-nav', '.site-footer nav'].every(s => hidden(document.querySelector(s))),
  links: [...document.querySelectorAll('main a[href]')]
    .filter(a => !a.getAttribute('href').startsWith('#') && a.getClientRects().length > 0)
    .map(a => ({href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content})),
  times: [...document.querySelectorAll('time')].map(t => ({datetime: t.getAttribute('datetime'), text: t.innerText})),
};
"""


def print_problems(browser: Browser, pdf: Path) -> list[str]:
    """Print the open page (to ``pdf``): no navigation, link addresses and dates in full."""
    browser.media("print")
    printed = browser.run(PRINTED)
    browser.media("")
    problems = []
    if not printed["navigation_hidden"]:
        problems.append("navigation or skip link printed")
    for link in printed["links"]:
        if link["href"] not in link["after"]:
            problems.append(f"link address not written out: {link}")
    for time in printed["times"]:
        shown = " ".join(time["text"].split())
        if re.match(r"\d{4}-\d{2}", time["datetime"]) and not (FULL_DATE_RE.search(shown) or HOUR_RE.match(shown)):
            problems.append(f"date not in full: {time}")
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.write_bytes(browser.print_pdf())
    paper = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    heading = browser.run("return document.querySelector('h1').innerText")
    if " ".join(heading.split()) not in " ".join(paper.split()):
        problems.append(f"the printed page lacks its heading {heading!r}")
    in_content = browser.run("return document.querySelector('main').innerText.split('Naar de inhoud').length - 1")
    if paper.count("Naar de inhoud") > in_content:
        problems.append("the skip link is printed")
    # In a table cell a long address wraps over lines; read the text in the
    # order it was laid out (-raw) to find it whole.
    flowing = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    if printed["links"] and printed["links"][0]["href"] not in re.sub(r"\s+", "", flowing):
        problems.append(f"the first link's address is not on paper: {printed['links'][0]['href']}")
    return problems


def test_every_page_type_prints_cleanly(browser, site, page_types):
    found = {}
    for kind, url in page_types.items():
        browser.open(site + url)
        if problems := print_problems(browser, ARTIFACTS / "print" / f"{kind}.pdf"):
            found[f"{kind} {url}"] = problems
    assert not found, "print:\n" + show(found)


# --- valid HTML ---------------------------------------------------------------------------------


def test_nu_html_checker_finds_no_errors(example_site):
    # Every page, and the theme's own stylesheet and icon. (Other stylesheets,
    # such as one for WeasyPrint's paged media, use CSS that browsers don't.)
    theme = example_site / "theme"
    files = [*html_pages(example_site), theme / "css" / "site.css", theme / "favicon.svg"]
    messages = nu_html_checker(files)
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    checked = {m.get("url") for m in messages}
    shown = [f"{m.get('url', '').split('/output/')[-1]}:{m.get('lastLine')}: {m['message']}" for m in errors]
    assert not errors, f"{len(errors)} errors in {len(checked)} files:\n" + "\n".join(shown)


# --- the checks themselves: they do find problems ------------------------------------------------

BAD_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Slecht</title></head>
<body>
<nav class="site-nav"><a href="/">Start</a></nav>
<main><h1>Slecht</h1>
<p style="color:#aaa;background:#fff">Grijs op wit, <time datetime="2026-06-14">14/06</time>.</p>
<img src="http://example.invalid/teller.png">
<div style="width:900px">Te breed.</div>
<span><div>fout genest</div></span>
<a href="/x" style="outline:none">Zonder zichtbare focus</a>
</main></body></html>
"""

# A page that rendered nothing visible: only a heading, in the background's colour.
BLANK_PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Leeg</title></head>
<body style="background:#fff"><h1 style="color:#fff">Leeg</h1></body></html>
"""


def test_the_checks_catch_a_bad_page(browser, tmp_path):
    (tmp_path / "index.html").write_text(BAD_PAGE, encoding="utf-8")
    with serve(tmp_path) as base_url:
        browser.requests()
        browser.viewport(320, 800, 1, True)
        browser.open(base_url + "/")
        assert other_hosts(browser.requests(), base_url) == ["http://example.invalid/teller.png"]
        assert browser.horizontal_overflow() > 500
        assert any("the reader scrolls sideways" in p for p in screenshot_problems(browser, tmp_path / "slecht.png", 320))
        assert {"color-contrast", "image-alt"} <= {violation["id"] for violation in browser.axe()}
        assert any("focus not visible on 'Zonder zichtbare focus'" in p for p in keyboard_problems(browser))
        browser.open(base_url + "/")
        assert skip_link_problems(browser)[0].startswith("the first Tab does not show the skip link")
        printed = print_problems(browser, tmp_path / "slecht.pdf")
        assert "navigation or skip link printed" in printed
        assert any(p.startswith("link address not written out") for p in printed)
        assert any(p.startswith("date not in full") for p in printed)
    (tmp_path / "leeg.html").write_text(BLANK_PAGE, encoding="utf-8")
    with serve(tmp_path) as base_url:
        browser.viewport(1280, 900)
        browser.open(base_url + "/leeg.html")
        assert [p for p in screenshot_problems(browser, tmp_path / "leeg.png", 1280) if p.startswith("blank")]
    (tmp_path / "slecht.css").write_text("p { color: bluish; }\n", encoding="utf-8")
    messages = nu_html_checker([tmp_path / "index.html", tmp_path / "slecht.css"])
    errors = [(m["url"].rsplit("/", 1)[-1], m["message"]) for m in messages if m["type"] == "error"]
    assert any(file == "index.html" and "div" in message for file, message in errors), errors
    assert any(file == "slecht.css" and "bluish" in message for file, message in errors), errors
