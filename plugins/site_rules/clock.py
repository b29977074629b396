"""Time, with one owner: the site's time zone, "now", a day's midnight, a quarter.

* The time zone is the ``TIMEZONE`` setting (Pelican's own), read by
  :func:`site_zone`. Every date an editor writes is read in it, every page,
  feed and calendar shows it, and the agenda splits past from upcoming in it.
* "Now" is the moment of the build, or ``SOURCE_DATE_EPOCH`` when set (the
  reproducible-builds convention): two builds of the same content then give
  the same bytes.
* A day without a time means its first moment, local midnight
  (:func:`local_midnight`), also on the days the clocks change.
* A post's ``date`` is the moment it is published (:func:`publication_moment`):
  a day alone is that day's local midnight. What reads the publication
  (which posts are out at "now": :func:`is_published`, which wijkkrant
  edition a post is in, the order of a project's timeline) reads this one
  moment.
* A quarter (:class:`Quarter`) is three calendar months of the site's
  zone; a wijkkrant edition is named after one (``2026-q4``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import settings as rules_settings
from .problems import ContentErrors, Problem

DEFAULT_ZONE = rules_settings.DEFAULTS["TIMEZONE"]
QUARTER_RE = re.compile(r"^(\d{4})-q([1-4])$")


def site_zone(settings: dict) -> ZoneInfo:
    """The site's time zone, from ``TIMEZONE``."""
    name = settings.get("TIMEZONE") or DEFAULT_ZONE
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        raise ContentErrors(
            [Problem("pelicanconf.py", "TIMEZONE", f"'{name}' is geen tijdzone; schrijf bv. '{DEFAULT_ZONE}'")]
        ) from None


def build_now(zone: ZoneInfo, environ=os.environ) -> dt.datetime:
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return dt.datetime.now(zone)
    try:
        return dt.datetime.fromtimestamp(int(epoch), zone)
    except (ValueError, OverflowError, OSError):
        raise ContentErrors(
            [Problem("SOURCE_DATE_EPOCH", "omgeving", f"'{epoch}' is geen geheel aantal seconden")]
        ) from None


def local_midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    """The first moment of ``day`` in ``zone`` (also on daylight-saving days)."""
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=zone)


def local_day(moment: dt.date | dt.datetime, zone: ZoneInfo) -> dt.date:
    """The calendar day of ``moment`` in ``zone``; a day stays itself."""
    if isinstance(moment, dt.datetime):
        return moment.astimezone(zone).date()
    return moment


def as_moment(value: dt.date | dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """A day as its local midnight, a moment as itself: so both sort together."""
    return value if isinstance(value, dt.datetime) else local_midnight(value, zone)


def publication_moment(value: dt.date | dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """What a post's ``date`` means: the moment it is published (a day: its local midnight)."""
    return as_moment(value, zone)


def is_published(publication: dt.datetime, now: dt.datetime) -> bool:
    """Whether a post with this publication moment is on the site at ``now``.

    A post dated later is held back (scheduled) and appears with the first
    build after its moment (the publish workflow runs every hour).
    """
    return publication <= now


def as_written(moment: dt.datetime, zone: ZoneInfo) -> dt.date | dt.datetime:
    """A publication moment as the editor wrote it: local midnight was a day alone.

    So no one reads "00:00" as the hour something happened.
    """
    local = moment.astimezone(zone)
    return local.date() if local.time() == dt.time(0, 0) else moment


@dataclass(frozen=True, order=True)
class Quarter:
    """Three calendar months: 2026-q4 is October to December 2026."""

    year: int
    number: int  # 1..4

    @classmethod
    def from_slug(cls, slug: str) -> Quarter:
        match = QUARTER_RE.match(slug)
        if not match:
            raise ValueError(f"'{slug}' is geen kwartaal zoals 2025-q3")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, moment: dt.datetime | dt.date, zone: ZoneInfo) -> Quarter:
        """The quarter a moment falls in, by the site's calendar."""
        day = local_day(moment, zone)
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def __str__(self) -> str:
        return f"{self.year}-q{self.number}"
