"""The site's conventions for writing pages, shared by the plugins.

* Pages are folders: ``raden/x/`` is written as ``raden/x/index.html``.
* A post belongs to every council in its ``councils``.
* The text of a piece of sanitized HTML, for summaries and estimates.

Overviews of one kind (projects, decisions) and their open data are written
by :mod:`site_rules.overviews`.
"""

from __future__ import annotations

import html
import re


def save_as(url: str) -> str:
    """Where a page's file is written: "raden/x/" as "raden/x/index.html"."""
    return url + "index.html" if url.endswith("/") else url


def of_council(articles, slug: str) -> list:
    """The articles of the council ``slug``, in their given order."""
    return [a for a in articles if any(c.slug == slug for c in getattr(a, "councils", []))]


TAG_RE = re.compile(r"<[^>]*>")


def plain_text(html_text: str) -> str:
    """The text of sanitized HTML, without tags and entities."""
    return " ".join(html.unescape(TAG_RE.sub("", html_text)).split())
