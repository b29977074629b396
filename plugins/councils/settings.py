"""Settings of the councils plugin, with their defaults, read in one place.

The council page itself lives at content_model's ``COUNCIL_URL``
("raden/{slug}/"). The agenda, calendar and feed of a council are written by
other plugins; the council page links to them when they are part of the site.
"""

from site_rules.settings import setting_reader

DEFAULTS = {
    # Overview of all councils, written when the site has more than one.
    "COUNCILS_URL": "raden/",
    # All news of one council, newest first.
    "COUNCIL_NEWS_URL": "raden/{slug}/berichten/",
    # How many items the council page shows before "all ..." links.
    "COUNCIL_NEWS_COUNT": 5,
    "COUNCIL_EVENTS_COUNT": 5,
    "COUNCIL_DECISIONS_COUNT": 5,
    # Roles listed first, in this order; other roles follow in the order of
    # the council file, ordinary members ("lid") last.
    "COUNCIL_ROLE_ORDER": ("voorzitter", "ondervoorzitter", "secretaris", "penningmeester"),
}


get = setting_reader(DEFAULTS)
