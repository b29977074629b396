"""councils: a page for every council, and an overview when there are several.

Each ``content/raden/<slug>.yml`` gets ``raden/<slug>/``: who is on the
council and how to reach them, its workgroups, its latest news, upcoming
events, running projects and latest decisions, with links to the full lists,
its calendar and its feed. ``raden/<slug>/berichten/`` lists all its news.

Signals:

* ``get_generators``: adds :class:`CouncilsGenerator`, which writes the pages
  once every post has been read and linked to its councils.
"""

from pelican import signals

from .generator import CouncilsGenerator


def get_generators(pelican):
    return CouncilsGenerator


def register():
    signals.get_generators.connect(get_generators)
