"""Settings of the wijkkrant plugin, with their defaults, read in one place."""

from __future__ import annotations

import os

from site_rules.settings import setting_reader

DEFAULTS = {
    # Where an edition and its PDF live; {slug} is the file name, e.g. 2026-q4.
    "WIJKKRANT_URL": "wijkkrant/{slug}/",
    "WIJKKRANT_SAVE_AS": "wijkkrant/{slug}/index.html",
    "WIJKKRANT_PDF_URL": "wijkkrant/{slug}.pdf",
    "WIJKKRANT_PDF_SAVE_AS": "wijkkrant/{slug}.pdf",
    "WIJKKRANT_ARCHIVE_URL": "wijkkrant/",
    "WIJKKRANT_ARCHIVE_SAVE_AS": "wijkkrant/index.html",
    # Paper size of the PDF: A4 (two columns) or A5 (one column).
    "WIJKKRANT_PAGE_SIZE": "A4",
    # A folded paper needs a page count that is a multiple of four.
    "WIJKKRANT_PAGE_MULTIPLE": 4,
    # The print stylesheets, below the theme's static folder.
    "WIJKKRANT_PRINT_CSS": ["css/wijkkrant-print.css"],
    # Rendered PDFs by their inputs; outside the output folder, which is a
    # fresh staging folder on every build. None: CACHE_PATH/wijkkrant.
    "WIJKKRANT_CACHE_PATH": None,
    # Render only this edition (e.g. "2026-q4"); the others come from the
    # cache when it holds them. Set by `invoke wijkkrant`.
    "WIJKKRANT_ONLY": None,
}

PAGE_SIZES = ("A4", "A5")
# How wide pictures are printed (wijkkrant-print.css: margins of 16 mm, two
# columns 7 mm apart on A4, one on A5), and the resolution a printer wants.
PRINT_DPI = 300
PRINTED_WIDTH_MM = {"A4": {"column": (210 - 32 - 7) / 2, "cover": 210 - 32}, "A5": {"column": 148 - 32, "cover": 148 - 32}}


def print_pixels(settings: dict, place: str) -> int:
    """Pixels a picture needs to print sharply at ``place`` ("column" or "cover")."""
    return round(PRINTED_WIDTH_MM[page_size(settings)][place] / 25.4 * PRINT_DPI)


get = setting_reader(DEFAULTS)


def cache_path(settings: dict) -> str:
    explicit = settings.get("WIJKKRANT_CACHE_PATH")
    if explicit:
        return explicit
    return os.path.join(settings.get("CACHE_PATH") or "cache", "wijkkrant")


def page_size(settings: dict) -> str:
    size = str(get(settings, "WIJKKRANT_PAGE_SIZE")).upper()
    if size not in PAGE_SIZES:
        raise ValueError(
            f"WIJKKRANT_PAGE_SIZE '{size}' wordt niet ondersteund; kies uit: {', '.join(PAGE_SIZES)}"
        )
    return size
