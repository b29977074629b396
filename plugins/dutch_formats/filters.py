"""The filters themselves; see ``make_filters`` for their names."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal

from site_rules.clock import site_zone

DEFAULTS = {
    # Babel locale for dates, times and amounts ("nl_NL" for the Netherlands).
    "DATE_LOCALE": "nl_BE",
}

# Babel has no spelled-out numbers; Dutch writes small counts in words
# ("twee raden"). "één" carries accents so it is not read as the article.
COUNT_WORDS = (
    "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
    "negentien", "twintig",
)


def _local(value, zone: ZoneInfo):
    """Datetimes are shown in local time; plain dates stay as they are."""
    if isinstance(value, dt.datetime):
        return value.astimezone(zone) if value.tzinfo else value.replace(tzinfo=zone)
    return value


def make_filters(settings: dict) -> dict:
    locale = settings.get("DATE_LOCALE", DEFAULTS["DATE_LOCALE"])
    zone = site_zone(settings)

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

    def dutch_period(start, end=None) -> str:
        """When something happens, from ``start`` to ``end`` (both optional parts).

        * zaterdag 14 juni 2025, 14:00–17:00 (times on one day)
        * zaterdag 14 juni 2025, 14:00 (no end)
        * van zaterdag 26 juni 2027, 14:00 tot zondag 27 juni 2027, 01:00 (across midnight)
        * zaterdag 14 juni 2025 (a whole day)
        * van maandag 14 tot en met vrijdag 18 juli 2025 (whole days; the end day counts)
        """
        if not isinstance(start, dt.datetime):
            return _day_range(start, end if end and end != start else None)
        start = _local(start, zone)
        end = _local(end, zone) if end else None
        if end is None or end == start:
            return dutch_datetime(start)
        if end.date() == start.date():
            return f"{dutch_datetime(start)}–{dutch_time(end)}"
        return f"van {dutch_datetime(start)} tot {dutch_datetime(end)}"

    def _day_range(first: dt.date, last: dt.date | None) -> str:
        if last is None:
            return dutch_date(first)
        # Leave out what the end repeats: "van maandag 14 tot en met vrijdag 18 juli 2025".
        if (first.year, first.month) == (last.year, last.month):
            pattern = "EEEE d"
        elif first.year == last.year:
            pattern = "EEEE d MMMM"
        else:
            pattern = "EEEE d MMMM y"
        return f"van {day(first, pattern)} tot en met {dutch_date(last)}"

    def iso(value) -> str:
        """For <time datetime="...">: 2025-06-14 or 2025-06-14T14:00:00+02:00."""
        return _local(value, zone).isoformat()

    def euro(value) -> str:
        """€ 1.250,50"""
        return format_currency(value, "EUR", locale=locale)

    def number(value) -> str:
        """1.250,5"""
        return format_decimal(value, locale=locale)

    def dutch_count(value) -> str:
        """twee, twaalf, 21: up to twenty in words, as Dutch running text writes them."""
        count = int(value)
        if 0 <= count < len(COUNT_WORDS):
            return COUNT_WORDS[count]
        return number(count)

    def dutch_month_range(first, last) -> str:
        """oktober-december 2026; december 2026-februari 2027 across a year"""
        first, last = _local(first, zone), _local(last, zone)
        if first.year == last.year:
            return f"{day(first, 'LLLL')}-{day(last, 'LLLL y')}"
        return f"{day(first, 'LLLL y')}-{day(last, 'LLLL y')}"

    def file_size(size_in_bytes) -> str:
        """245 kB, 1,2 MB (decimal units, as file managers show them)"""
        size = int(size_in_bytes)
        if size < 1000:
            return f"{size} B"
        if round(size / 1000) < 1000:
            return f"{round(size / 1000)} kB"
        return f"{format_decimal(round(size / 1_000_000, 1), format='#,##0.#', locale=locale)} MB"

    return {
        "dutch_date": dutch_date,
        "dutch_date_short": dutch_date_short,
        "dutch_month": dutch_month,
        "dutch_time": dutch_time,
        "dutch_datetime": dutch_datetime,
        "dutch_period": dutch_period,
        "iso": iso,
        "euro": euro,
        "number": number,
        "dutch_count": dutch_count,
        "dutch_month_range": dutch_month_range,
        "file_size": file_size,
    }
