"""Writing one feed as RSS 2.0 and as Atom with feedgen.

feedgen fills in the wall clock for dates it is not given; every date is set
here from the content, so the same content gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from feedgen.ext.base import BaseEntryExtension
from feedgen.feed import FeedGenerator

from .entries import FeedItem

RSS_TYPE = "application/rss+xml"
ATOM_TYPE = "application/atom+xml"


class AtomLinkAttributes(BaseEntryExtension):
    """Puts rel, type and length back on an Atom entry's <link> elements.

    feedgen 1.0.0 writes them with href only (python-feedgen issue #135), so
    the image would read as a second alternate page instead of an enclosure.
    Registered for Atom only; RSS's <enclosure> is written correctly.
    """

    ATTRIBUTES = ("rel", "type", "hreflang", "title", "length")

    def __init__(self):
        self.links: list[dict] = []

    def extend_atom(self, entry):
        elements = [child for child in entry if child.tag == "link"]
        for element, link in zip(elements, self.links):
            for name in self.ATTRIBUTES:
                if link.get(name) and element.get(name) is None:
                    element.set(name, str(link[name]))
        return entry


@dataclass(frozen=True)
class Channel:
    title: str
    description: str
    link: str  # absolute address of the page that shows these posts
    rss_url: str  # absolute address of the RSS file
    atom_url: str  # absolute address of the Atom file
    author: str
    language: str
    updated: dt.datetime  # the newest item's date, or the build's "now"


def _feed(channel: Channel, items: list[FeedItem], self_url: str, self_type: str) -> FeedGenerator:
    feed = FeedGenerator()
    # Dublin Core for RSS only: RSS's own <author> must be an e-mail address,
    # dc:creator takes a name. Atom has <author><name>.
    feed.load_extension("dc", atom=False, rss=True)
    feed.id(self_url)
    feed.title(channel.title)
    feed.description(channel.description)
    feed.link(href=self_url, rel="self", type=self_type)
    # feedgen takes the last link as RSS's <link>: the page, not the feed.
    feed.link(href=channel.link, rel="alternate", type="text/html")
    feed.language(channel.language)
    feed.author(name=channel.author)
    feed.updated(channel.updated)
    for item in items:
        entry = feed.add_entry(order="append")  # items come newest first
        entry.guid(item.url, permalink=True)
        entry.title(item.title)
        entry.link(href=item.url, rel="alternate", type="text/html")
        entry.published(item.date)
        entry.updated(item.date)
        # The summary becomes RSS <description> and Atom <summary>; the full
        # post RSS <content:encoded> and Atom <content>, both as escaped HTML.
        entry.summary(item.summary, type="html")
        entry.content(item.content, type="html")
        entry.category([{"term": name} for name in item.categories])
        entry.author([{"name": name} for name in item.authors])
        entry.dc.dc_creator(list(item.authors))
        if item.enclosure is not None:
            entry.enclosure(item.enclosure.url, str(item.enclosure.length), item.enclosure.mime_type)
        entry.register_extension("atom_links", AtomLinkAttributes, atom=True, rss=False)
        entry.atom_links.links = list(entry.link())
    return feed


def rss_bytes(channel: Channel, items: list[FeedItem]) -> bytes:
    return _feed(channel, items, channel.rss_url, RSS_TYPE).rss_str(pretty=True)


def atom_bytes(channel: Channel, items: list[FeedItem]) -> bytes:
    return _feed(channel, items, channel.atom_url, ATOM_TYPE).atom_str(pretty=True)
