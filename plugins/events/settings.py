"""Settings of the events plugin, with their defaults, read in one place.

Addresses follow the URL scheme the team agreed on. Pages are folders
(``agenda/`` is written as ``agenda/index.html``); calendars are files.

Calendars need absolute addresses (``URL``, the subscription link) and a
stable ``UID`` made from the site's address:
:func:`site_rules.site_address.public_siteurl`.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from site_rules.clock import site_zone
from site_rules.settings import setting_reader
from site_rules.site_address import public_siteurl

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
}


get = setting_reader(DEFAULTS)


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
    zone: ZoneInfo  # the site's time zone (TIMEZONE)

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
            siteurl=public_siteurl(settings),
            zone=site_zone(settings),
        )

    def absolute(self, url: str) -> str:
        return f"{self.siteurl}/{url}"
