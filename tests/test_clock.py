"""site_rules.clock: the time zone comes from TIMEZONE, and everything follows it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from conftest import build, make_project, write_tree
from content_model.loading import ContentErrors
from editor_tools.error_catalogue import BASE
from pages import page
from site_rules.clock import Quarter, as_moment, local_day, local_midnight, site_zone

UTC = dt.timezone.utc
NEW_YORK = ZoneInfo("America/New_York")
EVENT = (
    "---\ntitle: Avondvergadering\ndate: 2026-11-01\ncouncil: sint-anna\n"
    "start: 2026-12-03 19:30\nend: 2026-12-03 21:00\nlocation: Buurthuis\n---\nWelkom.\n"
)


def test_the_zone_is_the_timezone_setting():
    assert site_zone({"TIMEZONE": "America/New_York"}) == NEW_YORK
    assert site_zone({}) == ZoneInfo("Europe/Brussels")
    with pytest.raises(ContentErrors) as refused:
        site_zone({"TIMEZONE": "Europe/Bergen-Oost"})
    assert str(refused.value.problems[0]) == (
        "pelicanconf.py: TIMEZONE: 'Europe/Bergen-Oost' is geen tijdzone; schrijf bv. 'Europe/Brussels'"
    )


def test_midnight_and_quarters_are_read_in_the_zone():
    brussels = ZoneInfo("Europe/Brussels")
    # The last Sunday of March: midnight is still winter time.
    assert local_midnight(dt.date(2026, 3, 29), brussels).astimezone(UTC) == dt.datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    late = dt.datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # 1 January in Brussels, 31 December in New York
    assert local_day(late, brussels) == dt.date(2027, 1, 1) and local_day(late, NEW_YORK) == dt.date(2026, 12, 31)
    assert Quarter.of(late, brussels) == Quarter(2027, 1) and Quarter.of(late, NEW_YORK) == Quarter(2026, 4)
    assert str(Quarter.from_slug("2026-q4").next()) == "2027-q1" and Quarter(2026, 4).last_day == dt.date(2026, 12, 31)
    assert as_moment(dt.date(2026, 12, 3), NEW_YORK) == dt.datetime(2026, 12, 3, tzinfo=NEW_YORK)


def test_a_site_in_another_zone_reads_and_shows_its_own_times(tmp_path):
    """With TIMEZONE set, an event's 19:30 is 19:30 there: on its page, in its calendar, in the agenda."""
    project = make_project(tmp_path, write_tree(tmp_path / "src", {**BASE, "evenementen/vergadering.md": EVENT}))
    with (project / "pelicanconf.py").open("a") as settings:
        settings.write('\nTIMEZONE = "America/New_York"\n')
    # 3 December 2026, 23:00 UTC: 18:00 in New York (the meeting is still to come), already
    # past midnight in Brussels. With the zone hard-coded, the meeting was over at 20:30 UTC.
    result = build(project, epoch=str(int(dt.datetime(2026, 12, 3, 23, 0, tzinfo=UTC).timestamp())))
    assert result.returncode == 0, result.stderr
    output = project / "output"
    [vevent] = Calendar.from_ical((output / "evenementen" / "vergadering.ics").read_bytes()).walk("VEVENT")
    assert vevent.decoded("DTSTART") == dt.datetime(2026, 12, 3, 19, 30, tzinfo=NEW_YORK)
    assert vevent["DTSTART"].params["TZID"] == "America/New_York"
    calendar = Calendar.from_ical((output / "agenda.ics").read_bytes())
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    times = [t["datetime"] for t in page(output, "/evenementen/vergadering/").select("time[datetime]")]
    assert "2026-12-03T19:30:00-05:00" in times  # the start, in New York's winter time
    assert "2026-11-01T00:00:00-04:00" in times  # published at midnight there, in summer time
    agenda = page(output, "/agenda/").get_text()
    assert "Avondvergadering" in agenda and "19:30" in agenda
