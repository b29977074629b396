"""The filters themselves; see ``make_filters`` for their names."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal

DEFAULTS = {
    # Babel locale for dates, times and amounts ("nl_NL" for the Netherlands).
    "DATE_LOCALE": "nl_BE",
    # Pelican's TIMEZONE: dates and times are shown in this zone.
    "TIMEZONE": "Europe/Brussels",
}


def _local(value, zone: ZoneInfo):
    """Datetimes are shown in local time; plain dates stay as they are."""
    if isinstance(value, dt.datetime):
        return value.astimezone(zone) if value.tzinfo else value.replace(tzinfo=zone)
    return value


def make_filters(settings: dict) -> dict:
    locale = settings.get("DATE_LOCALE", DEFAULTS["DATE_LOCALE"])
    zone = ZoneInfo(settings.get("TIMEZONE") or DEFAULTS["TIMEZONE"])

    def day(value, pattern: str) -> str:
        value = _local(value, zone)
        return format_date(value.date() if isinstance(value, dt.datetime) else value, pattern, locale=locale)

    def dutch_date(value) -> str:
        """zaterdag 14 juni 2025"""
        return day(value, "EEEE d MMMM y")

    def dutch_date_short(value) -> str:
        """14 juni 2025"""
        return day(value, "d MMMM y")

    def dutch_month(value) -> str:
        """juni 2025"""
        return day(value, "LLLL y")

    def dutch_time(value) -> str:
        """14:00"""
        return format_time(_local(value, zone), "HH:mm", locale=locale)

    def dutch_datetime(value) -> str:
        """zaterdag 14 juni 2025, 14:00 (a plain date: without the hour)"""
        if isinstance(value, dt.datetime):
            return f"{dutch_date(value)}, {dutch_time(value)}"
        return dutch_date(value)

    def iso(value) -> str:
        """For <time datetime="...">: 2025-06-14 or 2025-06-14T14:00:00+02:00."""
        return _local(value, zone).isoformat()

    def euro(value) -> str:
        """€ 1.250,50"""
        return format_currency(value, "EUR", locale=locale)

    def number(value) -> str:
        """1.250,5"""
        return format_decimal(value, locale=locale)

    return {
        "dutch_date": dutch_date,
        "dutch_date_short": dutch_date_short,
        "dutch_month": dutch_month,
        "dutch_time": dutch_time,
        "dutch_datetime": dutch_datetime,
        "iso": iso,
        "euro": euro,
        "number": number,
    }
