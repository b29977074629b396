"""feeds: RSS 2.0 and Atom feeds with feedgen, and the "Volg ons" page.

One feed for the whole site, one per council and one per kind of post
(``feeds/alles``, ``feeds/raden/<slug>``, ``feeds/<folder>``, each as
``.rss.xml`` and ``.atom.xml``). Pages and drafts are never in a feed.

Signals:

* ``get_generators``: adds :class:`FeedsGenerator`, which writes the feeds
  below the build's output folder and renders ``follow.html`` at
  ``volg-ons/``. Templates get ``site.feeds`` (``site_rules.contract.FeedsPart``)
  to announce feeds with ``partials/feed_links.html``.
"""

from pelican import signals

from .generator import FeedsGenerator


def add_generator(pelican):
    return FeedsGenerator


def register():
    signals.get_generators.connect(add_generator)
