"""When an event begins and ends, and whether it is still to come.

An event's ``start``/``end`` are a ``date`` (all day; the end day counts) or
an aware ``datetime`` in the site's zone (``TIMEZONE``). Here both become moments, so events
of either kind sort and compare with each other and with "now".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby
from zoneinfo import ZoneInfo

from site_rules.clock import local_day, local_midnight


@dataclass(frozen=True)
class Timing:
    """The times of one event, as the agenda and the calendars need them."""

    start: dt.date | dt.datetime
    end: dt.date | dt.datetime | None  # as the editor wrote it, or None
    zone: ZoneInfo  # the site's: a day begins at its midnight

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)

    @property
    def starts_at(self) -> dt.datetime:
        return self.start if isinstance(self.start, dt.datetime) else local_midnight(self.start, self.zone)

    @property
    def ends_at(self) -> dt.datetime:
        """The moment the event is over.

        Without an end it lasts until the end of its start day; an all-day
        event lasts until the end of its last day.
        """
        if isinstance(self.end, dt.datetime):
            return self.end
        last_day = self.end or local_day(self.start, self.zone)
        return local_midnight(last_day + dt.timedelta(days=1), self.zone)

    @property
    def start_day(self) -> dt.date:
        return local_day(self.start, self.zone)

    def is_upcoming(self, now: dt.datetime) -> bool:
        """Still to come, or going on: not yet over at ``now``."""
        return self.ends_at > now

    def is_ongoing(self, now: dt.datetime) -> bool:
        return self.starts_at <= now < self.ends_at


def timing_of(event, zone: ZoneInfo) -> Timing:
    return Timing(start=event.start, end=getattr(event, "end", None), zone=zone)


def chronological(events: list) -> list:
    """Soonest first; the slug settles ties, so the order never varies."""
    return sorted(events, key=lambda e: (e.event_facts.timing.starts_at, e.event_facts.timing.ends_at, e.slug))


def split(events: list, now: dt.datetime) -> tuple[list, list]:
    """(upcoming soonest first, past most recent first)."""
    ordered = chronological(events)
    upcoming = [e for e in ordered if e.event_facts.timing.is_upcoming(now)]
    past = [e for e in reversed(ordered) if not e.event_facts.timing.is_upcoming(now)]
    return upcoming, past


@dataclass(frozen=True)
class Group:
    """Events under one heading: a month of the agenda, a year of the archive."""

    key: str  # for the heading's id, e.g. "2026-12" or "2026"
    first_day: dt.date  # a day in the month or year, for the heading text
    events: list


def by_month(events: list) -> list[Group]:
    """Consecutive events grouped by the month they start in (order kept)."""
    def start_month(event):
        return event.event_facts.timing.start_day.year, event.event_facts.timing.start_day.month

    return [
        Group(f"{year:04d}-{month:02d}", dt.date(year, month, 1), list(members))
        for (year, month), members in groupby(events, key=start_month)
    ]


def by_year(events: list) -> list[Group]:
    """Consecutive events grouped by the year they start in (order kept)."""
    return [
        Group(f"{year:04d}", dt.date(year, 1, 1), list(members))
        for year, members in groupby(events, key=lambda e: e.event_facts.timing.start_day.year)
    ]
