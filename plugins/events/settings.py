"""Settings of the events plugin, with their defaults, read in one place.

Addresses follow the URL scheme the team agreed on. Pages are folders
(``agenda/`` is written as ``agenda/index.html``); calendars are files.

Calendars need absolute addresses (``URL``, the subscription link) and a
stable ``UID`` made from the site's address. ``SITEURL`` is "" in local
builds, so those use a stand-in address (``CALENDAR_LOCAL_SITEURL``, where
``invoke serve`` listens, so a local preview can be subscribed to as well). A
build for publication (``PUBLISH = True``) must name the real address.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from content_model.loading import ContentErrors, Problem

DEFAULTS = {
    # Upcoming events of the whole site, and of one council.
    "AGENDA_URL": "agenda/",
    "COUNCIL_AGENDA_URL": "raden/{slug}/agenda/",
    # Past events, by year.
    "AGENDA_ARCHIVE_URL": "agenda/archief/",
    # Calendars (iCalendar): the whole site, one council, one event.
    "CALENDAR_URL": "agenda.ics",
    "COUNCIL_CALENDAR_URL": "raden/{slug}/agenda.ics",
    "EVENT_CALENDAR_URL": "evenementen/{slug}.ics",
    # How many upcoming events the home page shows.
    "HOME_EVENT_COUNT": 3,
    # How often subscribed calendar apps should fetch the calendar again.
    "CALENDAR_REFRESH_HOURS": 12,
    # The site's address in calendars of a local build (SITEURL is "" there).
    "CALENDAR_LOCAL_SITEURL": "http://127.0.0.1:8000",
    # True in publishconf.py: the build is for the public site.
    "PUBLISH": False,
}

SITEURL_MISSING = (
    "ontbreekt: een build voor publicatie heeft het volledige adres van de site nodig "
    "voor de agenda's (bv. https://wijkraad.example.be); zet SITEURL in publishconf.py "
    "of in de omgevingsvariabele SITEURL"
)
SITEURL_NOT_ABSOLUTE = (
    "'{value}' is geen volledig webadres; de agenda's hebben het adres van de site nodig "
    "met https:// ervoor, bv. https://wijkraad.example.be"
)


def get(settings: dict, name: str):
    return settings.get(name, DEFAULTS[name])


def page_save_as(url: str) -> str:
    """``agenda/`` is written as ``agenda/index.html``."""
    return url + "index.html" if url.endswith("/") else url


def _is_absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def calendar_siteurl(settings: dict) -> str:
    """The site's absolute address, without a trailing slash."""
    siteurl = (settings.get("SITEURL") or "").strip().rstrip("/")
    if _is_absolute(siteurl):
        return siteurl
    if get(settings, "PUBLISH"):
        reason = SITEURL_NOT_ABSOLUTE.format(value=siteurl) if siteurl else SITEURL_MISSING
        raise ContentErrors([Problem("publishconf.py", "SITEURL", reason)])
    # A local build: the stand-in host, plus SITEURL when it is a path ("/wijk").
    return get(settings, "CALENDAR_LOCAL_SITEURL").rstrip("/") + siteurl


@dataclass(frozen=True)
class EventSettings:
    agenda_url: str
    council_agenda_url: str
    archive_url: str
    calendar_url: str
    council_calendar_url: str
    event_calendar_url: str
    home_event_count: int
    refresh_hours: int
    siteurl: str  # absolute, for calendars and JSON-LD

    @classmethod
    def from_settings(cls, settings: dict) -> "EventSettings":
        return cls(
            agenda_url=get(settings, "AGENDA_URL"),
            council_agenda_url=get(settings, "COUNCIL_AGENDA_URL"),
            archive_url=get(settings, "AGENDA_ARCHIVE_URL"),
            calendar_url=get(settings, "CALENDAR_URL"),
            council_calendar_url=get(settings, "COUNCIL_CALENDAR_URL"),
            event_calendar_url=get(settings, "EVENT_CALENDAR_URL"),
            home_event_count=int(get(settings, "HOME_EVENT_COUNT")),
            refresh_hours=int(get(settings, "CALENDAR_REFRESH_HOURS")),
            siteurl=calendar_siteurl(settings),
        )

    def absolute(self, url: str) -> str:
        return f"{self.siteurl}/{url}"
