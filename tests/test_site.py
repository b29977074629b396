"""The site skeleton: the example site builds and reads as a resident expects."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from conftest import build, make_project
from pages import html_pages, page, resolve, url_of


def test_home_lists_newest_posts_with_dutch_dates(example_site):
    home = page(example_site, "/")
    cards = home.select(".post-card")
    titles = [card.select_one(".post-card__title").get_text(strip=True) for card in cards]
    dates = [card.select_one("time.dt-published")["datetime"] for card in cards]
    assert len(cards) == 6
    assert dates == sorted(dates, reverse=True)
    assert titles[:1] == ["Buurtfeest Molenveld"]
    # The newest post is an event: when it happens comes first, the day it
    # was posted follows with its label.
    assert cards[0].select_one(".post-card__when").get_text(strip=True) == (
        "van zaterdag 26 juni 2027, 14:00 tot zondag 27 juni 2027, 01:00"
    )
    meta = cards[0].select_one(".post-meta").get_text(" ", strip=True)
    assert "geplaatst op woensdag 18 november 2026" in meta
    assert "Concept" not in home.get_text() and "Zomerbar" not in home.get_text()


def test_post_shows_dutch_date_council_and_body(example_site):
    post = page(example_site, "/berichten/zwerfvuilactie/")
    assert post.h1.get_text(strip=True) == "Zwerfvuilactie rond het buurtpark was een succes"
    meta = post.select_one(".post-meta").get_text(" ", strip=True)
    assert "maandag 5 oktober 2026" in meta
    assert "Wijkraad Sint-Anna" in meta and "Buurtcomité Molenveld" in meta
    image = post.select_one(".post__image img")
    assert image["alt"].startswith("Vrijwilligers met grijpers")


def test_pages_and_categories_exist(example_site):
    for url, heading in [
        ("/over-ons/", "Over ons"),
        ("/missie-en-visie/", "Missie en visie"),
        ("/berichten/", "Berichten"),
        ("/evenementen/", "Evenementen"),
        ("/projecten/", "Projecten"),
        ("/besluiten/", "Besluiten"),
        ("/archief/", "Archief"),
        ("/404.html", "Pagina niet gevonden"),
    ]:
        assert page(example_site, url).h1.get_text(strip=True) == heading, url


def test_every_page_has_landmarks_and_one_h1(example_site):
    for file in html_pages(example_site):
        soup = page(example_site, url_of(example_site, file))
        assert soup.html["lang"] == "nl", file
        assert len(soup.find_all("h1")) == 1, file
        for landmark in ("header", "nav", "main", "footer"):
            assert soup.find(landmark), (file, landmark)
        skip = soup.select_one("a.skip-link")
        assert skip and skip["href"] == "#inhoud" and soup.find(id="inhoud"), file


def test_every_internal_link_resolves(example_site):
    broken = []
    for file in html_pages(example_site):
        base = url_of(example_site, file)
        soup = page(example_site, base)
        for tag in soup.find_all(href=True) + soup.find_all(src=True):
            target = urljoin(base, tag.get("href") or tag.get("src"))
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or target.startswith("#"):
                continue
            if not resolve(example_site, parts.path).is_file():
                broken.append((base, target))
    assert broken == []


def test_no_page_loads_anything_from_another_host(example_site):
    offenders = []
    for file in html_pages(example_site):
        soup = page(example_site, url_of(example_site, file))
        for tag in soup.find_all(src=True):
            if urlsplit(tag["src"]).netloc:
                offenders.append((file.name, tag["src"]))
        for tag in soup.find_all("link", href=True):
            if tag.get("rel") != ["alternate"] and urlsplit(tag["href"]).netloc:
                offenders.append((file.name, tag["href"]))
        for style in soup.find_all("style"):
            offenders += [(file.name, u) for u in re.findall(r"url\((?:['\"])?https?:", style.text)]
    for css in example_site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", text), css
    assert offenders == []


def test_drafts_are_not_published(example_site):
    assert not (example_site / "drafts").exists()
    everything = " ".join(f.read_text(encoding="utf-8") for f in html_pages(example_site))
    assert "concept-zomerbar" not in everything


def test_dutch_dates_without_a_dutch_system_locale(tmp_path):
    """The build runs under LANG=C (see conftest.run) and still writes Dutch."""
    project = make_project(tmp_path)
    result = build(project, LANG="C", LC_ALL="C", LANGUAGE="C")
    assert result.returncode == 0, result.stderr
    text = (project / "output" / "berichten" / "nieuwe-voorzitter" / "index.html").read_text()
    assert "zondag 20 september 2026" in text
