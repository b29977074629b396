"""The site's absolute address, for everything that leaves the site's pages.

Feeds, calendars and wijkkrant PDFs need absolute links: a feed
reader, calendar app or printed PDF does not know which site it came from.
``SITEURL`` is "" in local builds, so those use a stand-in address
(``LOCAL_SITEURL``, where ``invoke serve`` listens, so a local preview can be
subscribed to as well). A build for publication (``PUBLISH = True`` in
publishconf.py) must name the real address; without one it stops before
writing anything, with one Dutch line for the editor.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import settings as rules_settings
from .problems import ContentErrors, Problem

# An address that leads off the site: one with a scheme (https:, mailto:,
# data:) or a protocol-relative one (//host; browsers read a backslash as a
# slash, so /\host too). Pictures at such addresses are never shown
# (sanitize, content_model.embeds).
EXTERNAL_RE = re.compile(r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|[/\\]{2})")

SITEURL_MISSING = (
    "ontbreekt: een build voor publicatie heeft het volledige adres van de site nodig "
    "voor de feeds, de agenda's en de wijkkrant (bv. https://wijkraad.example.be); "
    "zet SITEURL in publishconf.py of in de omgevingsvariabele SITEURL"
)
SITEURL_NOT_ABSOLUTE = (
    "'{value}' is geen volledig webadres; de feeds, de agenda's en de wijkkrant hebben "
    "het adres van de site nodig met https:// ervoor, bv. https://wijkraad.example.be"
)


def is_absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def public_siteurl(settings: dict) -> str:
    """The site's absolute address, without a trailing slash.

    Raises :class:`ContentErrors` for a publication build without one, so the
    command line prints one clear Dutch line and exits non-zero.
    """
    siteurl = (settings.get("SITEURL") or "").strip().rstrip("/")
    if is_absolute(siteurl):
        return siteurl
    if rules_settings.get(settings, "PUBLISH"):
        reason = SITEURL_NOT_ABSOLUTE.format(value=siteurl) if siteurl else SITEURL_MISSING
        raise ContentErrors([Problem("publishconf.py", "SITEURL", reason)])
    # A local build: the stand-in host, plus SITEURL when it is a path ("/wijk").
    return str(rules_settings.get(settings, "LOCAL_SITEURL")).rstrip("/") + siteurl
