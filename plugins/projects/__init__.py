"""projects: following a project from idea to result.

Every project page gets its stage as a word and a badge, whether its
deadline has passed and its timeline (``project.project_facts``, judged at
the build's "now"): each published news post, event and decision that
names it, oldest first. The plugin writes the projects overview grouped by
stage with the monitoring table, for the site ("projecten/", in place of the
category page) and for each council ("raden/<slug>/projecten/"), and the open
data file ``projecten.json``.

Signals:

* ``get_generators``: adds :class:`ProjectsGenerator`; its context step runs
  after every post is read and linked, before any page is written.
"""

from pelican import signals

from .generator import ProjectsGenerator


def get_generators(pelican):
    return ProjectsGenerator


def register():
    signals.get_generators.connect(get_generators)
