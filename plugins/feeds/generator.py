"""The feeds generator: which feeds exist, writing them, the "Volg ons" page.

Runs after Pelican's own generators have read the posts (they are listed
before plugin generators), so ``context["articles"]`` holds the published
posts, linked to their councils; drafts and hidden posts are not in it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from pelican.contents import Category
from pelican.generators import Generator

from content_model.schema import KINDS
from dutch_formats.filters import make_filters
from site_rules.contract import Feed, FeedsPart, site_of
from site_rules.made_from import ANY_KIND, MadeFrom

from . import settings as feed_settings
from .entries import FeedItem, ItemBuilder
from .render import Channel, atom_bytes, rss_bytes

logger = logging.getLogger(__name__)

ARTICLE_KINDS = [kind for kind in KINDS if kind.is_article]


def includes(feed: Feed, item: FeedItem) -> bool:
    """Whether ``item`` belongs in ``feed`` (its kind and council, when it has one)."""
    if feed.folder is not None and item.folder != feed.folder:
        return False
    if feed.council_slug is not None and feed.council_slug not in item.council_slugs:
        return False
    return True


@dataclass(frozen=True)
class Calendar:
    name: str
    url: str


def _joined(words: list[str]) -> str:
    """["a", "b", "c"] -> "a, b en c" """
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} en {words[-1]}"


class FeedsGenerator(Generator):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Stops a publication build without SITEURL before anything is written.
        self.options = feed_settings.read(self.settings)

    # --- which feeds exist -------------------------------------------------

    def site_feed(self) -> Feed:
        sitename = self.settings["SITENAME"]
        return Feed(
            path=self.options.all_path,
            title=sitename,
            name=f"Alles van {sitename}",
            description=self.settings.get("SITESUBTITLE") or f"Alle berichten van {sitename}",
            page_url="",
        )

    def council_feeds(self) -> dict[str, Feed]:
        sitename = self.settings["SITENAME"]
        kinds = _joined([kind.plural.lower() for kind in ARTICLE_KINDS])
        return {
            council.slug: Feed(
                path=self.options.council_path.format(slug=council.slug),
                title=f"{council.name} · {sitename}",
                name=council.name,
                description=f"{kinds.capitalize()} van {council.name}",
                page_url=council.url,
                council_slug=council.slug,
            )
            for council in site_of(self.context).model.councils  # sorted by name
        }

    def kind_feeds(self) -> dict[str, Feed]:
        sitename = self.settings["SITENAME"]
        return {
            kind.folder: Feed(
                path=self.options.kind_path.format(folder=kind.folder),
                title=f"{kind.plural} · {sitename}",
                name=kind.plural,
                description=f"{kind.plural} van {sitename}",
                page_url=Category(kind.folder, self.settings).url,
                folder=kind.folder,
                kind=kind.name,
            )
            for kind in ARTICLE_KINDS
        }

    def calendars(self) -> list[Calendar]:
        """The calendars the events plugin writes, as it announces them in
        ``site.events`` (read at output time, after every generator's context)."""
        events = site_of(self.context).events
        if events is None:
            return []
        return [
            Calendar("Alle activiteiten", events.calendar_url),
            *(Calendar(entry.council.name, entry.calendar_url) for entry in events.council_agendas),
        ]

    def generate_context(self):
        # Shared with every template: list pages announce their feed with
        # partials/feed_links.html, the "Volg ons" page lists them all.
        self.part = FeedsPart(
            site_feed=self.site_feed(),
            for_council=self.council_feeds(),
            for_kind=self.kind_feeds(),
            siteurl=self.options.siteurl,
            follow_url=self.options.follow_url,
        )
        site_of(self.context).fill("feeds", self.part)

    # --- writing -------------------------------------------------------------

    def all_feeds(self) -> list[Feed]:
        return [self.part.site_feed, *self.part.for_council.values(), *self.part.for_kind.values()]

    def items(self) -> list[FeedItem]:
        builder = ItemBuilder(
            siteurl=self.options.siteurl,
            content_path=self.path,
            context=self.context,
            filters=make_filters(self.settings),
            timezone=self.options.timezone,
            default_author=self.settings.get("AUTHOR") or self.settings["SITENAME"],
        )
        # Newest first; the address breaks ties, so the order never varies.
        articles = sorted(self.context["articles"], key=lambda a: (a.date, a.url), reverse=True)
        return [builder.item(article) for article in articles]

    def channel(self, feed: Feed, items: list[FeedItem]) -> Channel:
        siteurl = self.options.siteurl
        return Channel(
            title=feed.title,
            description=feed.description,
            link=f"{siteurl}/{feed.page_url}",
            rss_url=f"{siteurl}/{feed.rss_url}",
            atom_url=f"{siteurl}/{feed.atom_url}",
            author=self.settings.get("AUTHOR") or self.settings["SITENAME"],
            language=self.settings.get("DEFAULT_LANG") or "nl",
            # Never the wall clock: the newest post, or the build's "now".
            updated=items[0].date if items else site_of(self.context).model.now,
        )

    def write(self, relative: str, data: bytes) -> None:
        path = Path(self.output_path, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        logger.info('Writing "%s"', path)

    def generate_output(self, writer):
        items = self.items()
        for feed in self.all_feeds():
            selected = [item for item in items if includes(feed, item)][: self.options.max_items]
            channel = self.channel(feed, selected)
            # A feed lists the newest posts of its kind (or all); without any,
            # it is dated at "now".
            made_from = MadeFrom(lists=frozenset({feed.kind or ANY_KIND}), reads_now=not selected)
            for url, data in ((feed.rss_url, rss_bytes(channel, selected)), (feed.atom_url, atom_bytes(channel, selected))):
                site_of(self.context).outputs.add(url, made_from)
                self.write(url, data)
        site_of(self.context).outputs.add(self.options.follow_save_as, MadeFrom())
        writer.write_file(
            self.options.follow_save_as,
            self.get_template("follow"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=self.options.follow_url,
            calendars=self.calendars(),
        )
