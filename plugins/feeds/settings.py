"""Settings of the feeds plugin, with their defaults, read in one place.

Feeds need absolute addresses: a feed reader fetches them without knowing
which site they came from (:func:`site_rules.site_address.public_siteurl`).
"""

from __future__ import annotations

from dataclasses import dataclass

from content_model.loading import ContentErrors, Problem
from site_rules.clock import site_zone
from site_rules.settings import setting_reader
from site_rules.site_address import public_siteurl

DEFAULTS = {
    # At most this many items per feed, the newest.
    "FEED_MAX_ITEMS": 50,
    # Where the feeds live, without ".rss.xml" / ".atom.xml".
    "FEED_ALL_PATH": "feeds/alles",
    "FEED_COUNCIL_PATH": "feeds/raden/{slug}",
    "FEED_KIND_PATH": "feeds/{folder}",
    # The page that lists every feed and calendar.
    "FOLLOW_URL": "volg-ons/",
    "FOLLOW_SAVE_AS": "volg-ons/index.html",
}


get = setting_reader(DEFAULTS)


@dataclass(frozen=True)
class FeedSettings:
    siteurl: str
    max_items: int
    all_path: str
    council_path: str
    kind_path: str
    follow_url: str
    follow_save_as: str
    timezone: str


def read(settings: dict) -> FeedSettings:
    max_items = get(settings, "FEED_MAX_ITEMS")
    if isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 1:
        raise ContentErrors(
            [Problem("pelicanconf.py", "FEED_MAX_ITEMS", f"'{max_items}' moet een geheel getal groter dan 0 zijn")]
        )
    return FeedSettings(
        siteurl=public_siteurl(settings),
        max_items=max_items,
        all_path=get(settings, "FEED_ALL_PATH"),
        council_path=get(settings, "FEED_COUNCIL_PATH"),
        kind_path=get(settings, "FEED_KIND_PATH"),
        follow_url=get(settings, "FOLLOW_URL"),
        follow_save_as=get(settings, "FOLLOW_SAVE_AS"),
        timezone=site_zone(settings).key,
    )
