"""Settings of the feeds plugin, with their defaults, read in one place.

Feeds need absolute addresses: a feed reader fetches them without knowing
which site they came from. ``SITEURL`` is "" in local builds, so those use a
stand-in address (``FEED_LOCAL_SITEURL``, where ``invoke serve`` listens). A
build for publication (``PUBLISH = True`` in publishconf.py) must name the
real address; without one it stops before writing anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from content_model.loading import ContentErrors, Problem

DEFAULTS = {
    # At most this many items per feed, the newest.
    "FEED_MAX_ITEMS": 50,
    # The site's address in feeds of a local build (SITEURL is "" there).
    "FEED_LOCAL_SITEURL": "http://127.0.0.1:8000",
    # True in publishconf.py: the build is for the public site.
    "PUBLISH": False,
    # Where the feeds live, without ".rss.xml" / ".atom.xml".
    "FEED_ALL_PATH": "feeds/alles",
    "FEED_COUNCIL_PATH": "feeds/raden/{slug}",
    "FEED_KIND_PATH": "feeds/{folder}",
    # The page that lists every feed and calendar.
    "FOLLOW_URL": "volg-ons/",
    "FOLLOW_SAVE_AS": "volg-ons/index.html",
    # The calendars are written by the calendar plugin; the "Volg ons" page
    # lists them at the addresses the team agreed on (same setting names).
    "CALENDAR_URL": "agenda.ics",
    "COUNCIL_CALENDAR_URL": "raden/{slug}/agenda.ics",
}

PUBLISH_SITEURL_MISSING = (
    "ontbreekt: een build voor publicatie heeft het volledige adres van de site nodig "
    "voor de feeds (bv. https://wijkraad.example.be); zet SITEURL in publishconf.py "
    "of in de omgevingsvariabele SITEURL"
)
PUBLISH_SITEURL_NOT_ABSOLUTE = (
    "'{value}' is geen volledig webadres; de feeds hebben het adres van de site nodig "
    "met https:// ervoor, bv. https://wijkraad.example.be"
)


def get(settings: dict, name: str):
    return settings.get(name, DEFAULTS[name])


def _is_absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def feed_siteurl(settings: dict) -> str:
    """The absolute address of the site, without a trailing slash.

    Raises :class:`ContentErrors` for a publication build without one, so the
    command line prints one clear Dutch line and exits non-zero.
    """
    siteurl = (settings.get("SITEURL") or "").strip().rstrip("/")
    if _is_absolute(siteurl):
        return siteurl
    if get(settings, "PUBLISH"):
        reason = (
            PUBLISH_SITEURL_NOT_ABSOLUTE.format(value=siteurl)
            if siteurl
            else PUBLISH_SITEURL_MISSING
        )
        raise ContentErrors([Problem("publishconf.py", "SITEURL", reason)])
    # A local build: the stand-in host, plus SITEURL when it is a path ("/wijk").
    return get(settings, "FEED_LOCAL_SITEURL").rstrip("/") + siteurl


@dataclass(frozen=True)
class FeedSettings:
    siteurl: str
    max_items: int
    all_path: str
    council_path: str
    kind_path: str
    follow_url: str
    follow_save_as: str
    calendar_url: str
    council_calendar_url: str
    timezone: str


def read(settings: dict) -> FeedSettings:
    max_items = get(settings, "FEED_MAX_ITEMS")
    if isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 1:
        raise ContentErrors(
            [Problem("pelicanconf.py", "FEED_MAX_ITEMS", f"'{max_items}' moet een geheel getal groter dan 0 zijn")]
        )
    return FeedSettings(
        siteurl=feed_siteurl(settings),
        max_items=max_items,
        all_path=get(settings, "FEED_ALL_PATH"),
        council_path=get(settings, "FEED_COUNCIL_PATH"),
        kind_path=get(settings, "FEED_KIND_PATH"),
        follow_url=get(settings, "FOLLOW_URL"),
        follow_save_as=get(settings, "FOLLOW_SAVE_AS"),
        calendar_url=get(settings, "CALENDAR_URL"),
        council_calendar_url=get(settings, "COUNCIL_CALENDAR_URL"),
        timezone=settings.get("TIMEZONE") or "Europe/Brussels",
    )
