"""output_record: writes down what each output file was made from.

The record itself, and what it holds, is :mod:`site_rules.made_from`; the
plugins' generators record their own files where they write them. This
plugin records the rest from Pelican's signals and writes the record:

* ``content_written``: a page Pelican rendered. A post or page is made from
  its own file and the posts it shows (its project, a project's timeline, a
  decision's project); an event or project page also reads "now" (whether
  it is over, whether the project is overdue). A list (home page, archive,
  a folder's page, a theme's page) lists every kind of post and, on the home
  page, the coming events.
* ``static_generator_finalized``: each file copied from ``content/`` is made
  from itself (recorded at the end, where the file landed).
* ``finalized``: a file no one recorded (pelican-sitemap's ``sitemap.xml``)
  is taken to be made from everything; the record is written to
  ``CACHE_PATH/made-from.json``.
"""

from __future__ import annotations

import logging
import os

from pelican import signals

from site_rules.contract import CONTEXT_KEY
from site_rules.made_from import ANY_KIND, MadeFrom

logger = logging.getLogger(__name__)

# The build's record, from the first generator until the build is finished.
_current: dict = {}

# Kinds whose page depends on "now" (events: over or ongoing; projects: overdue).
READS_NOW_KINDS = {"event", "project"}


def keep_record(generator) -> None:
    site = generator.context.get(CONTEXT_KEY)
    if site is not None:
        _current["record"] = site.outputs


def _shown_posts(item) -> list:
    """Other posts whose title or address the page of ``item`` shows."""
    shown = []
    if getattr(item, "project", None) is not None:
        shown.append(item.project)
    facts = getattr(item, "project_facts", None)
    if facts is not None:
        shown += [entry.post for entry in facts.timeline]
    facts = getattr(item, "decision_facts", None)
    if facts is not None and facts.published_project is not None:
        shown.append(facts.published_project)
    return shown


def record_page(path, context) -> None:
    record = _current.get("record")
    if record is None:
        return
    item = context.get("article") or context.get("page")
    if item is not None:
        made_from = MadeFrom(
            content=record.sources(item, *_shown_posts(item)),
            reads_now=getattr(item, "kind", None) in READS_NOW_KINDS,
        )
    elif "articles" in context or "dates" in context:
        made_from = MadeFrom(lists=frozenset({ANY_KIND}), reads_now=True)
    else:
        made_from = MadeFrom()  # made from the global inputs alone (404, robots.txt)
    if os.path.relpath(path, record.output_root).startswith(".."):
        return
    if os.path.relpath(path, record.output_root) not in record.files:  # a generator said it already
        record.add(path, made_from)


def keep_static_files(generator) -> None:
    # Read at the end of the build: asking a static file for its ``save_as``
    # now would keep a post's {attach} link from moving it beside the post
    # (Pelican's Static.attach_to).
    _current["static"] = generator.staticfiles


def record_static_files(record) -> None:
    for static in _current.pop("static", []):
        record.add(static.save_as, MadeFrom(content=record.sources(static)))


def record_the_rest(record, settings: dict) -> None:
    """Files written by other tools (pelican-sitemap's sitemap.xml, at the end
    of the build) are taken to be made from everything; the theme's files
    are a global input."""
    theme = settings.get("THEME_STATIC_DIR", "theme")
    everything = MadeFrom(lists=frozenset({ANY_KIND}), reads_now=True)
    for folder, _, names in os.walk(record.output_root):
        for name in names:
            relative = os.path.relpath(os.path.join(folder, name), record.output_root)
            if relative not in record.files and relative.split(os.sep, 1)[0] != theme:
                record.add(relative, everything)


def write_record(pelican) -> None:
    record = _current.pop("record", None)
    if record is None:
        return
    record_static_files(record)
    record_the_rest(record, pelican.settings)
    path = os.path.join(pelican.settings.get("CACHE_PATH") or "cache", "made-from.json")
    record.write(path)
    logger.debug("output_record: %d files recorded in %s", len(record.files), path)


def register():
    signals.generator_init.connect(keep_record)
    signals.content_written.connect(record_page)
    signals.static_generator_finalized.connect(keep_static_files)
    signals.finalized.connect(write_record)
