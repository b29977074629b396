"""The site's conventions for writing pages and open data, shared by the plugins.

* Pages are folders: ``raden/x/`` is written as ``raden/x/index.html``.
* A post belongs to every council in its ``councils``.
* An overview that replaces Pelican's page for a folder (category) takes that
  page's address and keeps Pelican from writing it.
* Open data (``projecten.json``, ``besluiten.json``) holds each post's front
  matter as the schema dumps it, plus its slug, council slugs and URL; the
  file is written with sorted keys, so the same content gives the same bytes.
"""

from __future__ import annotations

import html
import json
import re
import logging
import os

from pelican.contents import Category

logger = logging.getLogger(__name__)


def save_as(url: str) -> str:
    """Where a page's file is written: "raden/x/" as "raden/x/index.html"."""
    return url + "index.html" if url.endswith("/") else url


def of_council(articles, slug: str) -> list:
    """The articles of the council ``slug``, in their given order."""
    return [a for a in articles if any(c.slug == slug for c in getattr(a, "councils", []))]


def replace_category_page(context: dict, settings: dict, folder: str) -> tuple[str, str]:
    """(url, save_as) of the folder's category page, which Pelican then leaves unwritten.

    Pelican skips writing a category whose save_as is empty, and would raise
    FileOverwriteFailedError if anything else wrote this file too.
    """
    for category, _ in context.get("categories", []):
        if category.name == folder:
            category.settings = {**category.settings, "CATEGORY_SAVE_AS": ""}
    own = Category(folder, settings)
    return own.url, own.save_as


def write_overviews(generator, writer, template: str, site: tuple[str, str], council_url: str, articles, values) -> None:
    """A site-wide overview and one per council, with the same template.

    ``site`` is the overview's (url, save_as); ``council_url`` the pattern of
    a council's ("raden/{slug}/projecten/"); ``values(articles)`` gives the
    template's variables for the articles one page shows (besides ``url``
    and ``council``, which is None on the site-wide page).
    """
    pages = [(*site, None, articles)]
    for council in generator.context["councils"]:
        url = council_url.format(slug=council.slug)
        pages.append((url, save_as(url), council, of_council(articles, council.slug)))
    for url, name, council, shown in pages:
        writer.write_file(
            name,
            generator.get_template(template),
            generator.context,
            generator.settings["RELATIVE_URLS"],
            url=url,
            council=council,
            **values(shown),
        )


TAG_RE = re.compile(r"<[^>]*>")


def plain_text(html_text: str) -> str:
    """The text of sanitized HTML, without tags and entities."""
    return " ".join(html.unescape(TAG_RE.sub("", html_text)).split())


def open_data_record(article, source, siteurl: str) -> dict:
    """An article's front matter (``source.meta``) with its slug, councils and URLs.

    Dates are ISO 8601; URLs start with ``siteurl`` (absolute when the site is
    published with a SITEURL, site-relative "/x/" otherwise).
    """
    data = source.meta.model_dump(mode="json", exclude={"status"})
    if data.get("summary"):
        # Open data is read by other programs, which may show it as HTML: the
        # summary goes out as the plain text residents read, never as markup.
        data["summary"] = plain_text(article.summary)
    data["slug"] = article.slug
    data["council"] = [council.slug for council in article.councils]
    data["url"] = f"{siteurl}/{article.url}"
    if data.get("image"):
        data["image"] = f"{siteurl}/{data['image']}"
    return data


def write_json(output_path: str, name: str, records: list[dict]) -> None:
    """Write ``records`` (in the caller's order) to ``name`` below the output folder."""
    path = os.path.join(output_path, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    logger.info('Writing "%s"', path)
