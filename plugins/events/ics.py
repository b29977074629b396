"""iCalendar (RFC 5545) files for events, built with the ``icalendar`` library.

Every value here comes from the content, never from the wall clock, so the
same content gives the same bytes:

* ``UID`` is the event's slug at the site's host: unchanged between builds,
  so a calendar app updates an event instead of adding it twice.
* ``DTSTAMP`` is the post's date in UTC. Without a ``METHOD`` the standard
  reads it as "last revised", and the post date is the closest we know.
* Timed events carry ``TZID=Europe/Brussels`` and the calendar a matching
  ``VTIMEZONE``; all-day events are ``VALUE=DATE`` with the exclusive end day
  the standard wants (the day after the last day).
"""

from __future__ import annotations

import datetime as dt
import functools
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vDuration,
    vText,
)

from site_rules.clock import local_midnight

from .settings import EventSettings

UTC = dt.timezone.utc
CALENDAR_END = b"END:VCALENDAR\r\n"


def uid(slug: str, settings: EventSettings) -> str:
    """``<slug>@<host>[/path]``: the site's address and the slug, nothing else."""
    parts = urlsplit(settings.siteurl)
    return f"{slug}@{parts.hostname}{parts.path}"


def event_component(event, description: str, settings: EventSettings) -> Event:
    timing = event.event_facts.timing
    component = Event()
    component.add("UID", uid(event.slug, settings))
    component.add("DTSTAMP", event.date.astimezone(UTC))
    if timing.all_day:
        last_day = timing.end or timing.start
        component.add("DTSTART", timing.start)
        component.add("DTEND", last_day + dt.timedelta(days=1))
        # A week-long street event should not mark the reader busy all week.
        component.add("TRANSP", "TRANSPARENT")
    else:
        component.add("DTSTART", timing.start)
        if timing.end is not None:
            component.add("DTEND", timing.end)
    component.add("SUMMARY", event.title)
    component.add("LOCATION", event.location.text)
    component.add("DESCRIPTION", description)
    component.add("URL", settings.absolute(event.url))
    return component


def calendar(
    events: list,
    vevents: dict[str, bytes],
    settings: EventSettings,
    *,
    sitename: str,
    name: str | None = None,
    description: str | None = None,
    url: str | None = None,
    fallback_year: int,
) -> bytes:
    """One VCALENDAR with ``events`` (already in order) and the time zone they use.

    ``vevents`` holds each event's VEVENT, serialized once by
    ``event_component(...).to_ical()``; they are placed after the calendar's
    own properties and time zones, where icalendar would put them.

    ``name`` marks a calendar to subscribe to; a calendar for a single event
    goes without, because some apps (Outlook) open a named calendar as a
    separate calendar instead of adding the event to the reader's own.
    """
    cal = Calendar()
    cal.add("PRODID", f"-//{sitename}//Wijksite agenda//NL")
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    if name:
        cal.add("NAME", vText(name))
        cal.add("X-WR-CALNAME", vText(name))
        if description:
            cal.add("DESCRIPTION", vText(description))
            cal.add("X-WR-CALDESC", vText(description))
        if url:
            cal.add("URL", url)
        refresh = dt.timedelta(hours=settings.refresh_hours)
        cal.add("REFRESH-INTERVAL", refresh, parameters={"VALUE": "DURATION"})
        cal.add("X-PUBLISHED-TTL", vDuration(refresh))
    zones = sorted({e.event_facts.timing.start.tzinfo.key for e in events if not e.event_facts.timing.all_day})
    if zones or not events:
        # An empty calendar still needs one component (RFC 5545: 1*component).
        years = [y for e in events for y in (e.event_facts.timing.starts_at.year, e.event_facts.timing.ends_at.year)]
        first, last = (min(years), max(years)) if years else (fallback_year, fallback_year)
        for key in zones or [settings.zone.key]:
            cal.add_component(vtimezone(ZoneInfo(key), dt.date(first, 1, 1), dt.date(last + 1, 1, 1)))
    envelope = cal.to_ical()
    assert envelope.endswith(CALENDAR_END)
    body = b"".join(vevents[event.slug] for event in events)
    return envelope[: -len(CALENDAR_END)] + body + CALENDAR_END


# --- VTIMEZONE ------------------------------------------------------------------
# icalendar's Timezone.from_tzinfo() writes the spring change of Europe/Brussels
# as DTSTART:...T030000 with TZOFFSETFROM:+0100, which puts the change at 02:00
# UTC instead of 01:00 UTC: RFC 5545 (3.6.5) reads an observance's DTSTART and
# RDATEs in the offset in force *before* the change (its example: DTSTART
# 19870405T020000, TZOFFSETFROM -0500). So the transitions are found here, in
# UTC where arithmetic is exact, and written with icalendar's components.


def transitions(zone: ZoneInfo, start: dt.datetime, end: dt.datetime) -> list[tuple[dt.datetime, dt.timedelta, dt.timedelta]]:
    """(moment in UTC, offset before, offset after) of each change in [start, end)."""
    found = []
    day = dt.timedelta(days=1)
    moment = start.astimezone(UTC)
    before = moment.astimezone(zone).utcoffset()
    while moment < end:
        following = moment + day
        after = following.astimezone(zone).utcoffset()
        if after != before:
            low, high = moment, following  # offset at low: before; at high: after
            while high - low > dt.timedelta(seconds=1):
                middle = low + dt.timedelta(seconds=(high - low).total_seconds() // 2)
                if middle.astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            found.append((high, before, after))
            before = after
        moment = following
    return found


@functools.lru_cache(maxsize=64)
def vtimezone(zone: ZoneInfo, first_day: dt.date, last_day: dt.date) -> Timezone:
    """A VTIMEZONE for ``zone`` that is right from ``first_day`` up to ``last_day``."""
    start = local_midnight(first_day, zone).astimezone(UTC)
    end = local_midnight(last_day, zone).astimezone(UTC)
    # Look back a year for the change that put the first observance in force.
    changes = transitions(zone, start - dt.timedelta(days=366), end)
    earlier = [c for c in changes if c[0] <= start]
    changes = earlier[-1:] + [c for c in changes if c[0] > start]
    if not changes:  # a zone without changes in the period
        offset = start.astimezone(zone).utcoffset()
        changes = [(start, offset, offset)]
    observances: dict[tuple, list[dt.datetime]] = {}
    for moment, before, after in changes:
        local = moment.astimezone(zone)
        key = (before, after, local.tzname(), local.dst() != dt.timedelta(0))
        observances.setdefault(key, []).append((moment + before).replace(tzinfo=None))
    timezone = Timezone()
    timezone.add("TZID", zone.key)
    for (before, after, name, daylight), onsets in observances.items():
        observance = TimezoneDaylight() if daylight else TimezoneStandard()
        observance.add("DTSTART", onsets[0])
        if onsets[1:]:
            observance.add("RDATE", onsets[1:])
        observance.add("TZOFFSETFROM", before)
        observance.add("TZOFFSETTO", after)
        observance.add("TZNAME", name)
        timezone.add_component(observance)
    return timezone
