"""Settings of the pictures plugin, with their defaults, read in one place."""

from __future__ import annotations

import os

from site_rules.settings import setting_reader

DEFAULTS = {
    # Widths (pixels) of the variants made of every photo, for srcset: a
    # phone gets 480 or 800, a desktop 1200 or 1600. Never wider than the photo.
    "PICTURE_WIDTHS": (480, 800, 1200, 1600),
    # The published picture at the editor's own address (afbeeldingen/x.jpg):
    # at most this wide; sharp enough for print (17 cm at 300 dpi), far
    # smaller than a phone's original.
    "PICTURE_MAX_WIDTH": 2400,
    # Encoder quality (0-100) of JPEG and WebP.
    "PICTURE_QUALITY": 80,
    # The width of og:image for link previews.
    "PICTURE_PREVIEW_WIDTH": 1200,
    # Made pictures by their source's bytes and these settings; None: CACHE_PATH/pictures.
    "PICTURE_CACHE_PATH": None,
}

get = setting_reader(DEFAULTS)


def cache_path(settings: dict) -> str:
    return get(settings, "PICTURE_CACHE_PATH") or os.path.join(settings.get("CACHE_PATH") or "cache", "pictures")
