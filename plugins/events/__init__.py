"""events: the agenda, the archive of past events and iCalendar subscriptions.

Signals:

* ``get_generators``: :class:`AgendaGenerator` splits the events into
  upcoming and past at the build's "now", gives each event its
  ``event_facts`` (timing, calendar address, JSON-LD), fills ``site.events``
  (``site_rules.contract.EventsPart``) and writes the agenda pages
  (site-wide and per council), the archive and the ``.ics`` calendars.

Templates: ``agenda.html``, ``agenda_archive.html``, ``event.html`` and the
partials ``event_list.html``, ``event_card.html``, ``event_when.html``,
``event_facts.html`` and ``calendar_subscribe.html``; ``index.html`` shows
``site.events.upcoming``. Settings and their defaults: ``settings.py`` (local
builds use a stand-in site address for calendars; see there).
"""

from pelican import signals

from .generator import AgendaGenerator


def get_generators(pelican):
    return AgendaGenerator


def register():
    signals.get_generators.connect(get_generators)
