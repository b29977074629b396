"""The agenda pages and the calendars, written by one Pelican generator.

``generate_context`` runs after the articles are read and linked (Pelican
reads every generator's context before any writes), so what it puts on the
events and in the shared context is there for the event pages, the home page
and every other template. ``generate_output`` then writes the agenda pages and
the ``.ics`` files through Pelican's writer, below ``output_path``.
"""

from __future__ import annotations

import logging

from pelican.generators import Generator

from site_rules.contract import CouncilAgenda, EventFacts, EventsPart, site_of
from site_rules.made_from import MadeFrom
from site_rules.pages import of_council, save_as

from . import describe, ics, timing
from .settings import EventSettings

logger = logging.getLogger(__name__)


class CalendarText:
    """A finished iCalendar text, handed to the writer as if it were a template."""

    def __init__(self, data: bytes):
        self.text = data.decode("utf-8")

    def render(self, context) -> str:
        return self.text


class AgendaGenerator(Generator):
    """Upcoming and past events, the agendas, the archive and the calendars."""

    def generate_context(self):
        self.options = EventSettings.from_settings(self.settings)
        model = site_of(self.context).model
        now = model.now
        options = self.options
        # Published events are listed; hidden ones keep their own page and
        # calendar file but are listed nowhere; drafts are left out entirely.
        listed = [a for a in self.context.get("articles", []) if a.kind == "event"]
        hidden = [a for a in self.context.get("hidden_articles", []) if a.kind == "event"]
        for event in listed + hidden:
            when = timing.timing_of(event, options.zone)
            event.event_facts = EventFacts(
                timing=when,
                is_upcoming=when.is_upcoming(now),
                is_ongoing=when.is_ongoing(now),
                calendar_url=options.event_calendar_url.format(slug=event.slug),
                organised_by=describe.organised_by(event),
                practical=describe.practical_facts(event),
                json_ld=describe.json_ld(event, when, options),
            )
        self.listed = timing.chronological(listed)
        self.hidden = timing.chronological(hidden)
        self.upcoming, self.past = upcoming, past = timing.split(self.listed, now)
        self.council_agendas = [
            CouncilAgenda(
                council=council,
                url=options.council_agenda_url.format(slug=council.slug),
                calendar_url=options.council_calendar_url.format(slug=council.slug),
                events=of_council(self.listed, council.slug),
                upcoming=of_council(upcoming, council.slug),
            )
            for council in model.councils
        ]
        site_of(self.context).fill("events", EventsPart(
            upcoming=upcoming,
            past=past,
            council_agendas=self.council_agendas,
            agenda_url=options.agenda_url,
            archive_url=options.archive_url,
            calendar_url=options.calendar_url,
            calendar_siteurl=options.siteurl,
            home_event_count=options.home_event_count,
        ))

    def generate_output(self, writer):
        options = self.options
        agenda = self.get_template("agenda")
        sitename = self.settings["SITENAME"]
        # The agenda and the archive list every event and split them at "now".
        every_event = MadeFrom(lists=frozenset({"event"}), reads_now=True)
        self._write_page(
            writer, agenda, options.agenda_url, every_event,
            events=self.upcoming,
            months=timing.by_month(self.upcoming),
            council=None,
            calendar_url=options.calendar_url,
        )
        for entry in self.council_agendas:
            self._write_page(
                writer, agenda, entry.url, every_event,
                events=entry.upcoming,
                months=timing.by_month(entry.upcoming),
                council=entry.council,
                calendar_url=entry.calendar_url,
            )
        self._write_page(
            writer, self.get_template("agenda_archive"), options.archive_url, every_event,
            events=self.past,
            years=timing.by_year(self.past),
            calendar_url=options.calendar_url,
        )

        everything = self.listed + self.hidden
        # Each event is serialized once and reused in every calendar it is in
        # (site, council, its own): folding long lines is most of the cost.
        vevents = {
            e.slug: ics.event_component(e, describe.calendar_description(e, options), options).to_ical()
            for e in everything
        }
        fallback_year = site_of(self.context).model.now.year
        self._write_calendar(
            writer, options.calendar_url, every_event,
            ics.calendar(
                self.listed, vevents, options, sitename=sitename, fallback_year=fallback_year,
                name=f"Agenda {sitename}",
                description=f"Activiteiten van {sitename}",
                url=options.absolute(options.agenda_url),
            ),
        )
        for entry in self.council_agendas:
            self._write_calendar(
                writer, entry.calendar_url, every_event,
                ics.calendar(
                    entry.events, vevents, options, sitename=sitename, fallback_year=fallback_year,
                    name=f"Agenda {entry.council.name}",
                    description=f"Activiteiten van {entry.council.name}",
                    url=options.absolute(entry.url),
                ),
            )
        for event in everything:
            self._write_calendar(
                writer, event.event_facts.calendar_url, MadeFrom(content=site_of(self.context).outputs.sources(event)),
                ics.calendar([event], vevents, options, sitename=sitename, fallback_year=fallback_year),
            )
        logger.info(
            "events: %d upcoming, %d past, %d calendars",
            len(self.upcoming), len(self.past), 1 + len(self.council_agendas) + len(everything),
        )

    def _write_page(self, writer, template, url, made_from: MadeFrom, **values):
        site_of(self.context).outputs.add(save_as(url), made_from)
        writer.write_file(
            save_as(url), template, self.context,
            relative_urls=self.settings["RELATIVE_URLS"], url=url, page_url=url, **values,
        )

    def _write_calendar(self, writer, url, made_from: MadeFrom, data: bytes):
        site_of(self.context).outputs.add(url, made_from)
        writer.write_file(url, CalendarText(data), self.context)
