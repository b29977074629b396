"""decisions: what a council decided and what the city did with it.

Every decision page shows the meeting, the outcome, the votes in words
("7 voor, 1 tegen, 2 onthoudingen"), the linked project and the follow-up by
the city, the latest status at the top (``decision.decision_facts``). The
plugin writes the decisions register, a table per year, for the site ("besluiten/", in place of the
category page) and for each council ("raden/<slug>/besluiten/"), and the open
data file ``besluiten.json``.

Signals:

* ``generator_init``: the Jinja filter ``votes`` (a ``Votes`` in words).
* ``get_generators``: adds :class:`DecisionsGenerator`; its context step runs
  after every post is read and linked, before any page is written.
"""

from pelican import signals

from .follow_up import votes_text
from .generator import DecisionsGenerator


def add_filters(generator):
    generator.env.filters["votes"] = votes_text


def get_generators(pelican):
    return DecisionsGenerator


def register():
    signals.generator_init.connect(add_filters)
    signals.get_generators.connect(get_generators)
