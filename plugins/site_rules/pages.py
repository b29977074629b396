"""The site's conventions for writing pages, shared by the plugins.

* Pages are folders: ``raden/x/`` is written as ``raden/x/index.html``.
* A file's slug, and a theme's (tag's), is made as Pelican makes it, with the
  site's own settings (``slug_of``): the check predicts the addresses Pelican
  will write.
* The first parts of the addresses the build writes itself come from the
  address settings of Pelican and of every plugin (``reserved_addresses``):
  an editor's page cannot take one.
* A post belongs to every council in its ``councils``.
* The text of a piece of sanitized HTML, for summaries and estimates.

Overviews of one kind (projects, decisions) and their open data are written
by :mod:`site_rules.overviews`.
"""

from __future__ import annotations

import html
import re

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

from .settings import plugin_defaults


def save_as(url: str) -> str:
    """Where a page's file is written: "raden/x/" as "raden/x/index.html"."""
    return url + "index.html" if url.endswith("/") else url


def slug_of(name: str, settings: dict = DEFAULT_CONFIG, *, tag: bool = False) -> str:
    """The slug Pelican gives a file named ``name`` (without suffix), or a tag.

    The same call as Pelican's (``pelican.contents.Content`` for files,
    ``pelican.urlwrappers.URLWrapper`` for tags), with the same settings.
    """
    substitutions = settings.get("SLUG_REGEX_SUBSTITUTIONS", DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])
    if tag:
        substitutions = settings.get("TAG_REGEX_SUBSTITUTIONS", substitutions)
    return slugify(
        name,
        regex_subs=substitutions,
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


# Addresses no setting names: files other tools write (pelican-sitemap, GitHub
# Pages), Pelican's page for "not found", and addresses kept for features of
# the site's own (the web editor at admin/, search at zoeken/).
OTHER_ADDRESSES = frozenset({"sitemap", "cname", "404", "admin", "zoeken"})


def reserved_addresses(settings: dict = DEFAULT_CONFIG) -> frozenset[str]:
    """First parts of the addresses the build writes itself ("agenda", "archief").

    Read from every setting that names an address: Pelican's ``*_URL`` and
    ``*_SAVE_AS`` (those it writes) and, for each plugin in ``PLUGINS``, its
    ``*_URL``, ``*_SAVE_AS`` and ``*_PATH`` (its DEFAULTS, with the site's own
    values), and the theme's folder. A
    file name counts without its suffix ("robots.txt": "robots").
    """
    values = [
        value for name, value in settings.items()
        if name.endswith(("_URL", "_SAVE_AS"))
        # Not written: an address whose SAVE_AS is empty (drafts, authors),
        # and translations (the content model has no languages).
        and settings.get(name.removesuffix("_URL") + "_SAVE_AS") != ""
        and "_LANG_" not in name
    ]
    for defaults in plugin_defaults(settings):
        values += [
            settings.get(name, default) for name, default in defaults.items()
            if name.endswith(("_URL", "_SAVE_AS", "_PATH"))
        ]
    values.append(settings.get("THEME_STATIC_DIR", "theme"))
    reserved = set(OTHER_ADDRESSES)
    for value in values:
        if not isinstance(value, str) or not value or "://" in value:
            continue
        first = value.lstrip("/").split("/", 1)[0]
        if first and "{" not in first:
            reserved.add(first.split(".", 1)[0].lower())
    return frozenset(reserved)


def of_council(articles, slug: str) -> list:
    """The articles of the council ``slug``, in their given order."""
    return [a for a in articles if any(c.slug == slug for c in getattr(a, "councils", []))]


TAG_RE = re.compile(r"<[^>]*>")


def plain_text(html_text: str) -> str:
    """The text of sanitized HTML, without tags and entities."""
    return " ".join(html.unescape(TAG_RE.sub("", html_text)).split())
