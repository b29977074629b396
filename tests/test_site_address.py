"""The site's absolute address, shared by feeds, calendars and wijkkrant PDFs.

A local build (SITEURL "") writes the stand-in address LOCAL_SITEURL into
every place that needs an absolute link; a publication build without a real
address stops with one Dutch message (tested in test_feeds and test_events).
"""

from __future__ import annotations

import feedparser
from icalendar import Calendar

from conftest import build, make_project, write_tree
from pages import page

TREE = {
    "raden/noord.yml": "name: Wijkraad Noord\n",
    "evenementen/opruimdag.md": """
        ---
        title: Opruimdag
        date: 2026-09-01
        start: 2026-11-28
        location: Buurthuis Noord, Hoofdstraat 1, 3500 Bergen
        ---
        Iedereen welkom.
        """,
}


def test_local_siteurl_is_the_address_of_feeds_and_calendars(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", TREE))
    with (project / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write('\nLOCAL_SITEURL = "http://buurt.local:9000/"\n')
    result = build(project)
    assert result.returncode == 0, result.stderr
    output = project / "output"
    feed = feedparser.parse((output / "feeds" / "alles.rss.xml").read_bytes())
    assert feed.feed.link == "http://buurt.local:9000/"
    assert [entry.link for entry in feed.entries] == ["http://buurt.local:9000/evenementen/opruimdag/"]
    [event] = Calendar.from_ical((output / "evenementen" / "opruimdag.ics").read_bytes()).walk("VEVENT")
    assert str(event["URL"]) == "http://buurt.local:9000/evenementen/opruimdag/"
    assert str(event["UID"]) == "opruimdag@buurt.local"
    # The pages themselves keep their site-relative links.
    assert page(output, "/agenda/").find("a", href="/evenementen/opruimdag/")
