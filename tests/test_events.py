"""Events: the agenda, the archive, event pages and calendar files.

Most tests read one site built at a fixed "now": Sunday 25 October 2026,
15:00 in Brussels, the day the clocks go back. Events on that same day lie
before and after that moment; others fall on both daylight-saving days, cross
midnight, last whole days or have no end. The example site is read for the
event page's details.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from urllib.parse import parse_qs, urljoin, urlsplit

import mf2py
import pytest
from icalendar import Calendar

from conftest import ROOT, build, check_command, make_project, run, write_tree
from pages import html_pages, page, resolve, url_of

sys.path.insert(0, str(ROOT / "plugins"))
from zoneinfo import ZoneInfo  # noqa: E402

from dutch_formats.filters import make_filters  # noqa: E402

BRUSSELS = ZoneInfo("Europe/Brussels")
UTC = dt.timezone.utc
LOCAL_SITE = "http://127.0.0.1:8000"


def epoch_of(*moment) -> str:
    return str(int(dt.datetime(*moment, tzinfo=BRUSSELS).timestamp()))


def utc(*moment) -> dt.datetime:
    return dt.datetime(*moment, tzinfo=UTC)


# "Now" for the event site: the October daylight-saving day, after the change.
NOW = epoch_of(2026, 10, 25, 15, 0)

COUNCILS = {
    "raden/noord.yml": "name: Wijkraad Noord\n",
    "raden/zuid.yml": "name: Wijkraad Zuid\n",
    "raden/leeg.yml": "name: Buurtcomité Leeg\n",
}


def event(title, start, end=None, council="noord", date="2026-09-01", location="Buurthuis Noord, Hoofdstraat 1, 3500 Bergen", extra="", body="Iedereen welkom."):
    lines = [f"title: {json.dumps(title, ensure_ascii=False)}", f"date: {date}", f"council: {council}", f"start: {start}"]
    if end:
        lines.append(f"end: {end}")
    if isinstance(location, tuple):
        lines += ["location:", f"  name: {location[0]}", f"  address: {location[1]}"]
    else:
        lines.append(f"location: {location}")
    return "---\n" + "\n".join(lines) + ("\n" + extra.strip() if extra else "") + "\n---\n" + body + "\n"


EVENTS = {
    # the same day as "now", one before and one after it
    "ochtendkoffie": event("Ochtendkoffie", "2026-10-25 09:00", "2026-10-25 11:00"),
    "avondwandeling": event("Avondwandeling", "2026-10-25 19:00", "2026-10-25 21:00",
                            location=("Kerkplein", "Kerkplein 1, 3500 Bergen")),
    # no end: upcoming until the end of its start day
    "marktdag": event("Marktdag", "2026-10-25 08:00"),
    "vooravond": event("Vooravond", "2026-10-24 19:00"),
    # the March daylight-saving day: 01:30 winter time to 03:30 summer time
    "zomertijd-nacht": event("Nachtwandeling zomertijd", "2026-03-29 01:30", "2026-03-29 03:30"),
    "zomertijd-avond": event("Avond na de zomertijd", "2027-03-28 20:00", "2027-03-28 22:00"),
    # across midnight
    "halloweenfeest": event("Halloweenfeest", "2026-10-31 21:00", "2026-11-01 02:00", council="zuid"),
    # whole days
    "opruimdag": event("Opruimdag", "2026-11-07"),
    "kunstweek": event("Kunstweek", "2026-10-20", "2026-10-25"),
    "boekenweek": event("Boekenweek", "2026-10-19", "2026-10-24", council="zuid"),
    "oogstdag": event("Oogstdag", "2026-10-24"),
    # two councils; a title with characters that need escaping in HTML, JSON and XML
    # (markup itself, "<b>", is refused by the check: test_safe_build)
    "kerstconcert": event('Kerstconcert "& co" <3 > 2', "2026-12-20 15:00", "2026-12-20 17:00",
                          council="[noord, zuid]", date="2026-10-01 10:30"),
    "nieuwjaar-2025": event("Nieuwjaar 2025", "2025-01-11 15:00", "2025-01-11 18:00", date="2024-12-01"),
    # never published
    "geheim-concept": event("Geheime vergadering Xyzzy", "2026-11-10 20:00", extra="status: draft"),
    # published but listed nowhere
    "verborgen-repetitie": event("Verborgen repetitie", "2026-11-12 20:00", extra="status: hidden"),
}

UPCOMING = ["Kunstweek", "Marktdag", "Avondwandeling", "Halloweenfeest", "Opruimdag",
            'Kerstconcert "& co" <3 > 2', "Avond na de zomertijd"]
PAST = ["Ochtendkoffie", "Vooravond", "Oogstdag", "Boekenweek", "Nachtwandeling zomertijd", "Nieuwjaar 2025"]

# slug: (DTSTART, DTEND) as calendar apps must read them; UTC for timed events,
# dates (with the exclusive end) for whole days; None: no end given.
EXPECTED_TIMES = {
    "ochtendkoffie": (utc(2026, 10, 25, 8, 0), utc(2026, 10, 25, 10, 0)),
    "avondwandeling": (utc(2026, 10, 25, 18, 0), utc(2026, 10, 25, 20, 0)),
    "marktdag": (utc(2026, 10, 25, 7, 0), None),
    "vooravond": (utc(2026, 10, 24, 17, 0), None),
    "zomertijd-nacht": (utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 1, 30)),
    "zomertijd-avond": (utc(2027, 3, 28, 18, 0), utc(2027, 3, 28, 20, 0)),
    "halloweenfeest": (utc(2026, 10, 31, 20, 0), utc(2026, 11, 1, 1, 0)),
    "opruimdag": (dt.date(2026, 11, 7), dt.date(2026, 11, 8)),
    "kunstweek": (dt.date(2026, 10, 20), dt.date(2026, 10, 26)),
    "boekenweek": (dt.date(2026, 10, 19), dt.date(2026, 10, 25)),
    "oogstdag": (dt.date(2026, 10, 24), dt.date(2026, 10, 25)),
    "kerstconcert": (utc(2026, 12, 20, 14, 0), utc(2026, 12, 20, 16, 0)),
    "nieuwjaar-2025": (utc(2025, 1, 11, 14, 0), utc(2025, 1, 11, 17, 0)),
    "verborgen-repetitie": (utc(2026, 11, 12, 19, 0), None),
}
LISTED = set(EXPECTED_TIMES) - {"verborgen-repetitie"}
ZUID = {"halloweenfeest", "boekenweek", "kerstconcert"}


def build_event_site(base, epoch=NOW, **env):
    content = write_tree(base / "src", {**COUNCILS, **{f"evenementen/{slug}.md": text for slug, text in EVENTS.items()}})
    project = make_project(base, content)
    result = build(project, epoch=epoch, **env)
    assert result.returncode == 0, result.stderr + result.stdout
    return project / "output"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_event_site(tmp_path_factory.mktemp("events"))


def card_titles(soup) -> list[str]:
    return [a.get_text(strip=True) for a in soup.select(".event-card__title a")]


def calendar(output, url) -> Calendar:
    return Calendar.from_ical((output / url).read_bytes())


def events_by_uid(cal: Calendar) -> dict:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def as_utc(value):
    return value.astimezone(UTC) if isinstance(value, dt.datetime) else value


# --- the agenda ------------------------------------------------------------------


def test_upcoming_and_past_split_at_now_on_the_same_day(site):
    agenda = page(site, "/agenda/")
    assert card_titles(agenda) == UPCOMING
    archive = page(site, "/agenda/archief/")
    assert card_titles(archive) == PAST


def test_agenda_groups_upcoming_events_by_month_in_dutch(site):
    agenda = page(site, "/agenda/")
    months = agenda.select(".agenda-month")
    assert [m.h2.get_text(strip=True) for m in months] == ["Oktober 2026", "November 2026", "December 2026", "Maart 2027"]
    assert [card_titles(m) for m in months] == [UPCOMING[:4], ["Opruimdag"], [UPCOMING[5]], ["Avond na de zomertijd"]]
    ongoing = [c for c in agenda.select(".event-card") if c.select_one(".event-card__status")]
    assert [c.select_one(".p-name").get_text(strip=True) for c in ongoing] == ["Kunstweek", "Marktdag"]


def test_agenda_card_shows_date_time_place_and_council(site):
    card = next(c for c in page(site, "/agenda/").select(".event-card") if "Avondwandeling" in c.get_text())
    assert card.select_one(".event-card__when").get_text(" ", strip=True) == "zondag 25 oktober 2026, 19:00–21:00"
    assert card.select_one(".event-card__where").get_text(" ", strip=True) == "Waar: Kerkplein, Kerkplein 1, 3500 Bergen"
    assert "Wijkraad Noord" in card.select_one(".event-card__councils").get_text()


def test_agenda_says_when_it_was_last_built(site):
    note = page(site, "/agenda/").select_one(".agenda-updated")
    assert " ".join(note.get_text().split()) == "Deze agenda is bijgewerkt op zondag 25 oktober 2026, 15:00."
    assert note.time["datetime"] == "2026-10-25T15:00:00+01:00"


def test_archive_groups_past_events_by_year_newest_first(site):
    years = page(site, "/agenda/archief/").select(".agenda-year")
    assert [y.h2.get_text(strip=True) for y in years] == ["2026", "2025"]
    assert card_titles(years[1]) == ["Nieuwjaar 2025"]


def test_council_agendas_list_only_their_events(site):
    zuid = page(site, "/raden/zuid/agenda/")
    assert zuid.h1.get_text(strip=True) == "Agenda van Wijkraad Zuid"
    assert card_titles(zuid) == ["Halloweenfeest", UPCOMING[5]]
    noord = page(site, "/raden/noord/agenda/")
    assert "Halloweenfeest" not in card_titles(noord) and UPCOMING[5] in card_titles(noord)
    empty = page(site, "/raden/leeg/agenda/")
    assert card_titles(empty) == []
    assert "geen activiteiten op de agenda van Buurtcomité Leeg" in empty.select_one(".agenda-empty").get_text()
    # every council agenda is reachable from the site agenda
    links = {a["href"] for a in page(site, "/agenda/").select(".agenda-councils a")}
    assert links == {"/raden/noord/agenda/", "/raden/zuid/agenda/", "/raden/leeg/agenda/"}


def test_home_page_shows_the_next_events_before_the_newest_posts(site):
    home = page(site, "/")
    headings = [h.get_text(strip=True) for h in home.select("main h2")]
    assert headings[:2] == ["Binnenkort", "Nieuwste berichten"]
    soon = home.find(id="binnenkort").parent
    assert card_titles(soon) == UPCOMING[:3]
    assert soon.find("a", string="Alle activiteiten in de agenda")["href"] == "/agenda/"


def test_menu_leads_to_the_agenda(site):
    nav = page(site, "/agenda/").select_one("nav.site-nav")
    link = nav.find("a", string="Agenda")
    assert link["href"] == "/agenda/" and link.get("aria-current") == "page"
    assert nav.find("a", string="Evenementen") is None


# --- event pages ------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug, words",
    [
        ("avondwandeling", "zondag 25 oktober 2026, 19:00–21:00"),
        ("marktdag", "zondag 25 oktober 2026, 08:00"),
        ("halloweenfeest", "van zaterdag 31 oktober 2026, 21:00 tot zondag 1 november 2026, 02:00"),
        ("opruimdag", "zaterdag 7 november 2026"),
        ("kunstweek", "van dinsdag 20 tot en met zondag 25 oktober 2026"),
        ("zomertijd-nacht", "zondag 29 maart 2026, 01:30–03:30"),
    ],
)
def test_event_page_says_when_in_dutch(site, slug, words):
    facts = page(site, f"/evenementen/{slug}/").select_one(".event-facts")
    assert facts.select_one(".dt-start").get_text(strip=True) == words


def test_past_and_ongoing_event_pages_say_so(site):
    assert "Dit evenement is voorbij." in page(site, "/evenementen/ochtendkoffie/").select_one(".event-status").get_text()
    assert "Nu bezig" in page(site, "/evenementen/marktdag/").select_one(".event-status").get_text()
    assert page(site, "/evenementen/avondwandeling/").select_one(".event-status") is None


def test_dutch_period_wording():
    period = make_filters({})["dutch_period"]
    at = lambda *m: dt.datetime(*m, tzinfo=BRUSSELS)  # noqa: E731
    assert period(at(2025, 6, 14, 14, 0), at(2025, 6, 14, 17, 0)) == "zaterdag 14 juni 2025, 14:00–17:00"
    assert period(at(2025, 6, 14, 14, 0)) == "zaterdag 14 juni 2025, 14:00"
    assert period(dt.date(2025, 6, 14)) == "zaterdag 14 juni 2025"
    assert period(dt.date(2025, 6, 14), dt.date(2025, 6, 14)) == "zaterdag 14 juni 2025"
    assert period(dt.date(2025, 7, 14), dt.date(2025, 7, 18)) == "van maandag 14 tot en met vrijdag 18 juli 2025"
    assert period(dt.date(2025, 7, 28), dt.date(2025, 8, 1)) == "van maandag 28 juli tot en met vrijdag 1 augustus 2025"
    assert period(dt.date(2025, 12, 29), dt.date(2026, 1, 2)) == (
        "van maandag 29 december 2025 tot en met vrijdag 2 januari 2026"
    )
    assert period(at(2027, 6, 26, 14, 0), at(2027, 6, 27, 1, 0)) == (
        "van zaterdag 26 juni 2027, 14:00 tot zondag 27 juni 2027, 01:00"
    )
    # a moment given in UTC is shown in Brussels time
    assert period(dt.datetime(2026, 10, 25, 18, 0, tzinfo=UTC)) == "zondag 25 oktober 2026, 19:00"


def test_event_page_details(example_site):
    soup = page(example_site, "/evenementen/nieuwjaarsreceptie-2027/")
    # the post's own date under the title is not mistaken for the event's
    meta = soup.select_one(".post__header .post-meta").get_text(" ", strip=True)
    assert "geplaatst op zondag 15 november 2026" in meta
    facts = {dt_.get_text(strip=True): dt_.find_next_sibling("dd") for dt_ in soup.select(".event-facts dt")}
    assert list(facts) == ["Wanneer", "Waar", "Organisatie", "Prijs", "Inschrijven", "Toegankelijkheid"]
    assert facts["Wanneer"].get_text(strip=True) == "zaterdag 9 januari 2027, 15:00–18:00"
    where = facts["Waar"]
    assert where.select_one(".p-location").get_text(strip=True) == "Buurthuis De Kring, Kerkstraat 12, 3500 Bergen-Oost"
    osm = where.find("a")
    parts = urlsplit(osm["href"])
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.openstreetmap.org", "/search")
    assert parse_qs(parts.query)["query"] == ["Kerkstraat 12, 3500 Bergen-Oost"]
    assert facts["Organisatie"].get_text(strip=True) == "Werkgroep Feest van de wijkraad Sint-Anna"
    assert facts["Prijs"].get_text(strip=True) == "gratis"
    assert facts["Inschrijven"].a["href"] == "https://www.example.org/inschrijven/nieuwjaar"
    assert facts["Toegankelijkheid"].get_text(strip=True).startswith("Rolstoeltoegankelijk")
    # no map or anything else is loaded from OpenStreetMap
    assert not soup.find(src=re.compile("openstreetmap"))

    forum = page(example_site, "/evenementen/open-forum-december/")
    facts = {dt_.get_text(strip=True): dt_.find_next_sibling("dd") for dt_ in forum.select(".event-facts dt")}
    # without an organiser, the councils organise
    assert facts["Organisatie"].get_text(strip=True) == "Wijkraad Sint-Anna en Buurtcomité Molenveld"
    mail = urlsplit(facts["Inschrijven"].a["href"])
    assert (mail.scheme, mail.path) == ("mailto", "forum@example.org")
    assert parse_qs(mail.query)["subject"] == ["Inschrijving: Open forum over de nieuwe schoolstraat"]
    project = facts["Project"].a
    assert project.get_text(strip=True) == "Schoolstraat aan de basisschool"
    assert resolve(example_site, project["href"]).is_file()


def test_the_page_and_the_calendar_give_the_same_practical_details(example_site):
    """One list (events.describe.practical_facts) for the page, the calendar, the feed and the paper."""
    soup = page(example_site, "/evenementen/nieuwjaarsreceptie-2027/")
    on_page = [dt_.get_text(strip=True) for dt_ in soup.select(".event-facts dt")]
    on_page = [label for label in on_page if label not in ("Wanneer", "Project")]
    cal = Calendar.from_ical(resolve(example_site, "/evenementen/nieuwjaarsreceptie-2027.ics").read_bytes())
    [component] = cal.walk("VEVENT")
    lines = str(component["DESCRIPTION"]).splitlines()
    in_calendar = [line.split(":", 1)[0] for line in lines if line.split(":", 1)[0] in on_page]
    assert in_calendar == on_page == ["Waar", "Organisatie", "Prijs", "Inschrijven", "Toegankelijkheid"]
    where = soup.select_one(".event-facts .p-location").get_text(strip=True)
    assert f"Waar: {where}" in lines


def test_add_to_calendar_link_gives_this_event(example_site):
    soup = page(example_site, "/evenementen/buurtfeest-2027/")
    link = soup.find("a", string="Zet in je agenda")
    assert link["href"] == "/evenementen/buurtfeest-2027.ics"
    cal = Calendar.from_ical(resolve(example_site, link["href"]).read_bytes())
    [component] = cal.walk("VEVENT")
    assert str(component["SUMMARY"]) == "Buurtfeest Molenveld"
    assert str(component["URL"]) == f"{LOCAL_SITE}/evenementen/buurtfeest-2027/"
    # across midnight: the end is the next day, 01:00 summer time
    assert as_utc(component.start) == utc(2027, 6, 26, 12, 0)
    assert as_utc(component.end) == utc(2027, 6, 26, 23, 0)


# --- calendars ----------------------------------------------------------------------


def test_every_calendar_file_parses_with_the_right_times(site):
    files = {f.relative_to(site).as_posix() for f in site.rglob("*.ics")}
    expected = (
        {"agenda.ics"}
        | {f"raden/{slug}/agenda.ics" for slug in ("noord", "zuid", "leeg")}
        | {f"evenementen/{slug}.ics" for slug in EXPECTED_TIMES}
    )
    assert files == expected
    site_events = events_by_uid(calendar(site, "agenda.ics"))
    assert set(site_events) == {f"{slug}@127.0.0.1" for slug in LISTED}
    for slug, (start, end) in EXPECTED_TIMES.items():
        [own] = calendar(site, f"evenementen/{slug}.ics").walk("VEVENT")
        for component in filter(None, [own, site_events.get(f"{slug}@127.0.0.1")]):
            assert as_utc(component.DTSTART) == start, slug
            if end is None:
                assert "DTEND" not in component, slug
            else:
                assert as_utc(component.DTEND) == end, slug
            if isinstance(start, dt.datetime):
                assert component["DTSTART"].params["TZID"] == "Europe/Brussels", slug
            else:
                assert component["DTSTART"].params["VALUE"] == "DATE", slug
                assert component["DTEND"].params["VALUE"] == "DATE", slug


def test_council_calendars_hold_past_and_upcoming_events(site):
    zuid = events_by_uid(calendar(site, "raden/zuid/agenda.ics"))
    assert set(zuid) == {f"{slug}@127.0.0.1" for slug in ZUID}
    noord = events_by_uid(calendar(site, "raden/noord/agenda.ics"))
    assert set(noord) == {f"{slug}@127.0.0.1" for slug in LISTED - {"halloweenfeest", "boekenweek"}}
    empty = calendar(site, "raden/leeg/agenda.ics")
    assert empty.walk("VEVENT") == [] and len(empty.walk("VTIMEZONE")) == 1
    assert str(empty["X-WR-CALNAME"]) == "Agenda Buurtcomité Leeg"


def test_calendars_follow_rfc_5545(site):
    for file in sorted(site.rglob("*.ics")):
        raw = file.read_bytes()
        assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n"), file
        assert all(len(line) <= 75 for line in raw.split(b"\r\n")), file
        assert b"\n" not in raw.replace(b"\r\n", b""), file
        cal = Calendar.from_ical(raw)
        assert str(cal["VERSION"]) == "2.0"
        assert re.fullmatch(r"-//[^/]+//[^/]+//NL", str(cal["PRODID"])), cal["PRODID"]
        assert cal.get_missing_tzids() == set(), file
        for component in cal.walk("VEVENT"):
            assert component.DTSTAMP.utcoffset() == dt.timedelta(0)
            assert re.search(rb"DTSTAMP:\d{8}T\d{6}Z\r\n", raw)
            assert str(component["URL"]).startswith(f"{LOCAL_SITE}/evenementen/")
            assert "<" not in str(component["DESCRIPTION"]), file
    lines = (site / "evenementen/avondwandeling.ics").read_bytes().decode()
    assert "LOCATION:Kerkplein\\, Kerkplein 1\\, 3500 Bergen\r\n" in lines
    assert "DTSTART;TZID=Europe/Brussels:20261025T190000\r\n" in lines
    assert "DTSTART;VALUE=DATE:20261020\r\nDTEND;VALUE=DATE:20261026\r\n" in (site / "evenementen/kunstweek.ics").read_bytes().decode()


def test_calendar_event_details(site):
    [component] = calendar(site, "evenementen/kerstconcert.ics").walk("VEVENT")
    assert str(component["UID"]) == "kerstconcert@127.0.0.1"
    assert str(component["SUMMARY"]) == 'Kerstconcert "& co" <3 > 2'
    # DTSTAMP is the post's date (10:30 Brussels), not the moment of the build
    assert component.DTSTAMP == utc(2026, 10, 1, 8, 30)
    assert str(component["LOCATION"]) == "Buurthuis Noord, Hoofdstraat 1, 3500 Bergen"
    description = str(component["DESCRIPTION"])
    assert description.startswith("Iedereen welkom.\n\n")
    assert "Organisatie: Wijkraad Noord en Wijkraad Zuid" in description
    assert description.endswith(f"Meer informatie: {LOCAL_SITE}/evenementen/kerstconcert/")
    site_cal = calendar(site, "agenda.ics")
    assert str(site_cal["X-WR-CALNAME"]).startswith("Agenda ")
    assert site_cal["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    # a single event's file has no calendar name: apps add it to the reader's own calendar
    assert "X-WR-CALNAME" not in calendar(site, "evenementen/kerstconcert.ics")


def observances(cal: Calendar) -> list[tuple[dt.datetime, dt.timedelta]]:
    """(onset in UTC, offset from then on) of the calendar's Europe/Brussels VTIMEZONE.

    RFC 5545 3.6.5: DTSTART and RDATE are local times in the offset in force
    before the onset (TZOFFSETFROM).
    """
    [zone] = [z for z in cal.walk("VTIMEZONE") if str(z["TZID"]) == "Europe/Brussels"]
    onsets = []
    for observance in zone.subcomponents:
        before = observance["TZOFFSETFROM"].td
        after = observance["TZOFFSETTO"].td
        locals_ = [observance.DTSTART]
        rdates = observance.get("RDATE", [])
        for rdate in rdates if isinstance(rdates, list) else [rdates]:
            locals_ += [value.dt for value in rdate.dts]
        onsets += [((local - before).replace(tzinfo=UTC), after) for local in locals_]
    return sorted(onsets)


def resolve_local(onsets, local: dt.datetime) -> dt.datetime:
    """The UTC moment of a local time, as a calendar app reads it with the VTIMEZONE alone."""
    for _, offset in onsets:
        moment = (local - offset).replace(tzinfo=UTC)
        in_force = [o for o in onsets if o[0] <= moment]
        if in_force and in_force[-1][1] == offset:
            return moment
    raise AssertionError(f"{local} is not covered by the VTIMEZONE")


def test_daylight_saving_days_give_the_right_utc(site):
    cal = calendar(site, "agenda.ics")
    onsets = observances(cal)
    changes = [moment for moment, _ in onsets]
    # the changes of the years the events span, at 01:00 UTC on the last Sundays of March and October
    for change in (utc(2025, 3, 30, 1), utc(2025, 10, 26, 1), utc(2026, 3, 29, 1), utc(2026, 10, 25, 1), utc(2027, 3, 28, 1)):
        assert change in changes
    for component in cal.walk("VEVENT"):
        for key in ("DTSTART", "DTEND"):
            value = component.get(key)
            if value is None or not isinstance(value.dt, dt.datetime):
                continue
            local = value.dt.replace(tzinfo=None)
            assert resolve_local(onsets, local) == value.dt.astimezone(UTC), (component["UID"], key)
    # both days in numbers: 01:30 winter time and 03:30 summer time are one hour apart
    [night] = calendar(site, "evenementen/zomertijd-nacht.ics").walk("VEVENT")
    assert as_utc(night.DTEND) - as_utc(night.DTSTART) == dt.timedelta(hours=1)
    [evening] = calendar(site, "evenementen/avondwandeling.ics").walk("VEVENT")
    assert as_utc(evening.DTSTART) == utc(2026, 10, 25, 18, 0)


def test_uids_and_calendars_do_not_change_between_builds(site, tmp_path):
    later = build_event_site(tmp_path, epoch=epoch_of(2026, 12, 1, 9, 0))
    for slug in EXPECTED_TIMES:
        file = f"evenementen/{slug}.ics"
        assert (later / file).read_bytes() == (site / file).read_bytes(), slug
    assert (later / "agenda.ics").read_bytes() == (site / "agenda.ics").read_bytes()
    # the agenda itself did move on
    assert "Avondwandeling" not in card_titles(page(later, "/agenda/"))
    assert "Avondwandeling" in card_titles(page(later, "/agenda/archief/"))


def test_same_content_and_moment_give_the_same_bytes(site, tmp_path):
    again = build_event_site(tmp_path)
    files = sorted(f.relative_to(site) for f in site.rglob("*") if f.is_file())
    assert files == sorted(f.relative_to(again) for f in again.rglob("*") if f.is_file())
    changed = [str(f) for f in files if (site / f).read_bytes() != (again / f).read_bytes()]
    assert changed == []


def test_published_calendars_use_the_public_address(tmp_path):
    content = write_tree(tmp_path / "src", {**COUNCILS, "evenementen/opruimdag.md": EVENTS["opruimdag"]})
    project = make_project(tmp_path, content)
    (project / "publish_test.py").write_text(
        "from pelicanconf import *\nSITEURL = 'https://wijk.example.org/buurt'\nPUBLISH = True\n"
    )
    result = run([sys.executable, "-m", "site_build", "build", "--settings", "publish_test.py",
                  "--output", str(project / "output")], project, epoch=NOW)
    assert result.returncode == 0, result.stderr
    [component] = calendar(project / "output", "evenementen/opruimdag.ics").walk("VEVENT")
    assert str(component["UID"]) == "opruimdag@wijk.example.org/buurt"
    assert str(component["URL"]) == "https://wijk.example.org/buurt/evenementen/opruimdag/"
    agenda = page(project / "output", "/agenda/")
    assert agenda.find("a", href="webcal://wijk.example.org/buurt/agenda.ics")
    assert "https://wijk.example.org/buurt/agenda.ics" in agenda.select_one(".calendar-subscribe__url").get_text()


def test_publishing_without_a_site_address_stops_with_a_clear_message(tmp_path):
    content = write_tree(tmp_path / "src", {**COUNCILS, "evenementen/opruimdag.md": EVENTS["opruimdag"]})
    project = make_project(tmp_path, content)
    (project / "publish_test.py").write_text("from pelicanconf import *\nSITEURL = ''\nPUBLISH = True\n")
    result = run([sys.executable, "-m", "site_build", "build", "--settings", "publish_test.py",
                  "--output", str(project / "output")], project, epoch=NOW)
    assert result.returncode == 1
    assert "publishconf.py: SITEURL: ontbreekt" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "output").exists()


# --- drafts and hidden events ------------------------------------------------------------


def test_a_draft_event_appears_nowhere(site):
    assert not (site / "evenementen" / "geheim-concept").exists()
    assert not (site / "evenementen" / "geheim-concept.ics").exists()
    for file in site.rglob("*"):
        if file.suffix in (".html", ".ics", ".xml", ".json"):
            text = file.read_text(encoding="utf-8")
            assert "Xyzzy" not in text and "geheim-concept" not in text, file


def test_a_hidden_event_has_its_page_and_file_but_is_listed_nowhere(site):
    assert page(site, "/evenementen/verborgen-repetitie/").h1.get_text(strip=True) == "Verborgen repetitie"
    assert calendar(site, "evenementen/verborgen-repetitie.ics").walk("VEVENT")
    for url in ("/", "/agenda/", "/agenda/archief/", "/raden/noord/agenda/"):
        assert "Verborgen repetitie" not in card_titles(page(site, url)), url
    for file in ("agenda.ics", "raden/noord/agenda.ics"):
        assert "verborgen-repetitie" not in (site / file).read_text(), file


# --- subscribing and machine-readable markup ------------------------------------------------


def event_pages(output) -> set[str]:
    return {
        url_of(output, file) for file in html_pages(output)
        if page(output, url_of(output, file)).body.get("data-page-type") == "event"
    }


def pages_showing_events(output) -> dict[str, set[str]]:
    """Every page whose main part links to event pages (other than its own): url -> those events' urls.

    Found in the built site, so a page type added later is checked too.
    """
    events = event_pages(output)
    shown = {}
    for file in html_pages(output):
        url = url_of(output, file)
        linked = {urlsplit(urljoin(url, a["href"])).path for a in page(output, url).select("main a[href]")}
        if linked & events - {url}:
            shown[url] = linked & events - {url}
    return shown


@pytest.fixture(scope="module", params=["event_site", "example_site"])
def any_site(request):
    return request.getfixturevalue("site" if request.param == "event_site" else "example_site")


def test_every_page_that_shows_an_event_marks_it_as_an_h_event(any_site):
    shown = pages_showing_events(any_site)
    # listings of every kind: the home page, agendas, category, tag, archive, council and project pages
    assert {"/", "/agenda/", "/agenda/archief/", "/evenementen/", "/archief/"} <= set(shown)
    for url, events in shown.items():
        marked = {urlsplit(e["url"][0]).path for e in h_events(any_site, url)}
        assert events <= marked, (url, events - marked)
        for properties in h_events(any_site, url):
            assert {"name", "start", "url"} <= set(properties), (url, properties)


def test_pages_that_list_events_announce_their_calendar(any_site):
    """Every page showing events links a calendar that holds them, in <head>."""
    shown = pages_showing_events(any_site)
    for url, events in shown.items():
        link = page(any_site, url).find("link", rel="alternate", type="text/calendar")
        assert link is not None, url
        calendar_file = resolve(any_site, link["href"])
        assert calendar_file.is_file(), url
        held = {urlsplit(str(e["URL"])).path for e in Calendar.from_ical(calendar_file.read_bytes()).walk("VEVENT")}
        assert events <= held, (url, link["href"], events - held)
    for url, calendar_url in [
        ("/", "/agenda.ics"),
        ("/agenda/", "/agenda.ics"),
        ("/agenda/archief/", "/agenda.ics"),
        ("/evenementen/", "/agenda.ics"),
        ("/raden/zuid/", "/raden/zuid/agenda.ics"),
        ("/raden/zuid/agenda/", "/raden/zuid/agenda.ics"),
        ("/evenementen/avondwandeling/", "/evenementen/avondwandeling.ics"),
    ]:
        if (any_site / url.lstrip("/")).exists():
            link = page(any_site, url).find("link", rel="alternate", type="text/calendar")
            assert link is not None and link["href"] == calendar_url, url


def test_pages_without_events_announce_no_calendar(site):
    news_only = page(site, "/raden/leeg/berichten/")
    assert news_only.find("link", rel="alternate", type="text/calendar") is None


def test_agenda_explains_how_to_subscribe(site):
    for url, calendar_url in [("/agenda/", "agenda.ics"), ("/raden/zuid/agenda/", "raden/zuid/agenda.ics")]:
        box = page(site, url).select_one(".calendar-subscribe")
        assert box.find("a", href=f"webcal://127.0.0.1:8000/{calendar_url}")
        assert box.select_one(".calendar-subscribe__url").get_text(strip=True) == f"{LOCAL_SITE}/{calendar_url}"
        text = box.get_text(" ", strip=True)
        for words in ("iPhone", "Google Agenda", "Outlook", "plak het adres"):
            assert words in text, (url, words)


def h_events(output, url) -> list[dict]:
    html = resolve(output, url).read_text(encoding="utf-8")
    parsed = mf2py.parse(doc=html, url=LOCAL_SITE + url)

    def walk(items):
        # an h-event may sit inside another item, e.g. on a project's timeline
        for item in items:
            if "h-event" in item["type"]:
                yield item["properties"]
            yield from walk(item.get("children", []))

    return list(walk(parsed["items"]))


OFFSET = re.compile(r"[+-]\d{2}:?\d{2}$")


@pytest.mark.parametrize("url", ["/", "/agenda/", "/agenda/archief/", "/raden/zuid/", "/raden/zuid/agenda/", "/evenementen/"])
def test_every_listed_event_is_an_h_event(site, url):
    events = h_events(site, url)
    # event cards, and the cards of event posts among other posts
    listed = page(site, url).select(".event-card__title a, .h-event > .post-card__title a")
    assert listed and [e["name"][0] for e in events] == [a.get_text(strip=True) for a in listed]
    for properties in events:
        assert {"name", "start", "location", "url"} <= set(properties), properties
        assert properties["url"][0].startswith(f"{LOCAL_SITE}/evenementen/")
        start = properties["start"][0]
        if "T" in start or " " in start:
            assert OFFSET.search(start), start
        for end in properties.get("end", []):
            assert ("T" not in end and " " not in end) or OFFSET.search(end), end


def test_event_page_is_an_h_event(site):
    [properties] = h_events(site, "/evenementen/halloweenfeest/")
    assert properties["name"] == ["Halloweenfeest"]
    assert properties["url"] == [f"{LOCAL_SITE}/evenementen/halloweenfeest/"]
    assert properties["location"] == ["Buurthuis Noord, Hoofdstraat 1, 3500 Bergen"]
    starts = dt.datetime.fromisoformat(properties["start"][0])
    ends = dt.datetime.fromisoformat(properties["end"][0])
    assert (starts.astimezone(UTC), ends.astimezone(UTC)) == EXPECTED_TIMES["halloweenfeest"]
    [no_end] = h_events(site, "/evenementen/marktdag/")
    assert "end" not in no_end


def json_ld(soup) -> dict:
    [script] = soup.find_all("script", type="application/ld+json")
    return json.loads(script.string)


def test_event_pages_carry_schema_org_json_ld(site, example_site):
    data = json_ld(page(site, "/evenementen/kerstconcert/"))
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["name"] == 'Kerstconcert "& co" <3 > 2'
    assert dt.datetime.fromisoformat(data["startDate"]).astimezone(UTC) == EXPECTED_TIMES["kerstconcert"][0]
    assert dt.datetime.fromisoformat(data["endDate"]).astimezone(UTC) == EXPECTED_TIMES["kerstconcert"][1]
    assert data["location"] == {"@type": "Place", "name": "Buurthuis Noord, Hoofdstraat 1, 3500 Bergen"}
    assert data["url"] == f"{LOCAL_SITE}/evenementen/kerstconcert/"
    raw = (site / "evenementen/kerstconcert/index.html").read_text()
    script = raw.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and "\\u003c3 \\u003e 2" in script
    # the page title is text, not markup
    assert page(site, "/evenementen/kerstconcert/").h1.get_text() == 'Kerstconcert "& co" <3 > 2'
    whole_day = json_ld(page(site, "/evenementen/kunstweek/"))
    assert (whole_day["startDate"], whole_day["endDate"]) == ("2026-10-20", "2026-10-25")
    for file in html_pages(example_site):
        url = url_of(example_site, file)
        if url.startswith("/evenementen/") and url.count("/") == 3:
            data = json_ld(page(example_site, url))
            assert data["@type"] == "Event" and data["location"]["name"], url
            assert data["organizer"]["name"], url


def test_example_draft_event_is_not_published(example_site):
    assert not (example_site / "evenementen" / "concept-zomerfeest").exists()
    assert not (example_site / "evenementen" / "concept-zomerfeest.ics").exists()
    for file in [*example_site.rglob("*.html"), *example_site.rglob("*.ics")]:
        assert "zomerfeest" not in file.read_text(encoding="utf-8").lower(), file



# --- broken events: a clear message, and nothing published ---------------------------------

def project_with(base, files):
    return make_project(base, write_tree(base / "src", files))


BROKEN = [
    ("start: 2026-03-29 02:30", "start: '2026-03-29 02:30' bestaat niet: de klok springt die nacht van 02:00 naar 03:00"),
    ("start: 2026-05-01 20:00\nend: 2026-05-01 18:00", "end: ligt vóór start (2026-05-01 20:00)"),
    ("start: 2026-05-01\nend: 2026-05-02 18:00", "end: moet net als start een datum zonder uur zijn"),
    ("start: 1 mei", "start: '1 mei' is geen datum; schrijf JJJJ-MM-DD of JJJJ-MM-DD UU:MM"),
    ("start: 2026-05-01 20:00\nregistration: bij Jan", "registration: 'bij Jan' is geen webadres (https://...) of e-mailadres"),
]


@pytest.mark.parametrize("keys, message", BROKEN)
def test_broken_event_is_named_with_file_key_and_reason(tmp_path, keys, message):
    project = project_with(tmp_path, {
        "raden/noord.yml": COUNCILS["raden/noord.yml"],
        "evenementen/fout.md": "---\ntitle: Fout\ndate: 2026-01-01\nlocation: Zaal\n" + keys + "\n---\nTekst\n",
    })
    result = check_command(project)
    assert result.returncode == 1
    assert f"content/evenementen/fout.md: {message}" in result.stderr


def test_broken_event_stops_the_build_before_anything_is_written(tmp_path):
    project = project_with(tmp_path, {
        "raden/noord.yml": COUNCILS["raden/noord.yml"],
        "evenementen/goed.md": EVENTS["opruimdag"].replace("council: noord\n", ""),
        "evenementen/fout.md": "---\ntitle: Fout\ndate: 2026-01-01\nstart: 2026-05-01\n---\nTekst\n",
    })
    result = build(project)
    assert result.returncode == 1
    assert "content/evenementen/fout.md: location: ontbreekt" in result.stderr
    assert not (project / "output" / "agenda.ics").exists()
    assert not (project / "output" / "evenementen").exists()
