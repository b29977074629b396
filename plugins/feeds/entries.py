"""From a Pelican article to one feed item: everything a feed reader shows.

Each article becomes a :class:`FeedItem` once per build; the feeds that
carry it (the whole site, its councils, its kind) share that item.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from markupsafe import Markup

from site_rules.contract import site_of

from .absolute import make_absolute


@dataclass(frozen=True)
class Enclosure:
    url: str
    length: int
    mime_type: str


@dataclass(frozen=True)
class FeedItem:
    url: str  # the absolute permalink, also the guid
    title: str
    date: dt.datetime  # in the site's time zone
    summary: str  # HTML, every address absolute
    content: str  # HTML, every address absolute
    categories: tuple[str, ...]
    authors: tuple[str, ...]
    enclosure: Enclosure | None
    folder: str  # the kind's folder: "evenementen", ...
    council_slugs: tuple[str, ...]


def event_facts(article, f: dict) -> Markup:
    """"Wanneer" and "Waar" at the top of an event's item."""
    # The same words as the event's page: the dutch_period filter.
    when = f["dutch_period"](article.start, getattr(article, "end", None))
    where = article.event_facts.practical[0]  # always first: where it is
    return Markup("<p><strong>Wanneer:</strong> {}<br><strong>{}:</strong> {}</p>\n").format(when, where.label, where.text)


def image_figure(article, url: str) -> Markup:
    return Markup('<figure><img src="{}" alt="{}"></figure>\n').format(url, article.image_alt)


class ItemBuilder:
    """Turns articles into feed items with the settings of one build."""

    def __init__(self, siteurl: str, content_path: str, context: dict, filters: dict, timezone: str, default_author: str):
        self.siteurl = siteurl
        self.content_path = Path(content_path)
        self.context = context
        self.filters = filters
        self.zone = ZoneInfo(timezone)
        self.default_author = default_author

    def absolute(self, url: str) -> str:
        return f"{self.siteurl}/{url}"

    def image_url(self, image: str) -> str:
        # The static file's own URL, so STATIC_URL settings are respected.
        static = self.context.get("static_content", {}).get(image)
        return self.absolute(static.url if static is not None else image)

    def enclosure(self, article) -> Enclosure | None:
        image = getattr(article, "image", None)
        if not image:
            return None
        file = self.content_path / image
        mime_type = mimetypes.guess_type(file.name, strict=False)[0] or "application/octet-stream"
        return Enclosure(self.image_url(image), file.stat().st_size, mime_type)

    def authors(self, article) -> tuple[str, ...]:
        # Pelican fills in AUTHOR for every post; only names an editor wrote count.
        written = article.metadata.get("authors") or []
        names = [str(author) for author in written] or [c.name for c in article.councils]
        return tuple(names or [self.default_author])

    def categories(self, article) -> tuple[str, ...]:
        kind_label = site_of(self.context).model.kind_labels[article.kind]
        names = [kind_label, *(c.name for c in article.councils), *(str(tag) for tag in getattr(article, "tags", []))]
        return tuple(dict.fromkeys(names))  # without repeats, in this order

    def content(self, article, url: str, enclosure: Enclosure | None) -> str:
        parts = []
        if getattr(article, "event_facts", None) is not None:  # an event, with the events plugin on
            parts.append(event_facts(article, self.filters))
        if enclosure is not None:
            parts.append(image_figure(article, enclosure.url))
        # {static} and {filename} links resolve against the feed's site address.
        parts.append(article.get_content(self.siteurl))
        return make_absolute("".join(str(part) for part in parts), url)

    def item(self, article) -> FeedItem:
        url = self.absolute(article.url)
        enclosure = self.enclosure(article)
        return FeedItem(
            url=url,
            title=article.title,
            date=article.date.astimezone(self.zone),
            summary=make_absolute(article.summary, url),
            content=self.content(article, url, enclosure),
            categories=self.categories(article),
            authors=self.authors(article),
            enclosure=enclosure,
            folder=article.category.name,
            council_slugs=tuple(c.slug for c in article.councils),
        )
