"""Laying out an edition with WeasyPrint and writing a print-ready PDF.

The PDF is tagged (PDF/UA-1: structure, bookmarks from the headings, the
document language), embeds subsetted fonts and images, and has a page count
that is a multiple of four so the printer can fold it into a booklet. Empty
pages go before the colophon, which stays on the back page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import pydyf
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

logger = logging.getLogger(__name__)

PDF_VARIANT = "pdf/ua-1"


class TooManyPages(Exception):
    """The edition lays out to more pages than the limit; nothing was written."""

    def __init__(self, pages: int):
        super().__init__(pages)
        self.pages = pages


@dataclass
class RenderedPdf:
    data: bytes
    pages: int
    blank_pages: int


def _show_title(document, pdf) -> None:
    """PDF/UA: viewers show the title, not the file name."""
    pdf.catalog["ViewerPreferences"] = pydyf.Dictionary({"DisplayDocTitle": "true"})


def render_pdf(
    make_html: Callable[[int], str],
    base_url: str,
    url_fetcher,
    page_size: str,
    title: str,
    author: str,
    lang: str,
    created: str,
    identifier: bytes,
    page_multiple: int = 4,
    max_pages: int | None = None,
) -> RenderedPdf:
    """Render ``make_html(blank_pages)``; lay out twice when padding is needed.

    :raises TooManyPages: when the first layout has more than ``max_pages``.

    ``created`` is a W3C date used for the creation and modification dates,
    so the same inputs give the same bytes.
    """
    font_config = FontConfiguration()
    page_css = CSS(string=f"@page {{ size: {page_size} portrait; }}", font_config=font_config)
    options = {"pdf_variant": PDF_VARIANT, "pdf_tags": True}

    def layout(blank_pages: int):
        html = HTML(string=make_html(blank_pages), base_url=base_url, url_fetcher=url_fetcher)
        return html.render(font_config=font_config, stylesheets=[page_css], **options)

    document = layout(0)
    if max_pages is not None and len(document.pages) > max_pages:
        # Stop before laying out again and writing: the edition is refused.
        raise TooManyPages(len(document.pages))
    blank_pages = -len(document.pages) % page_multiple
    if blank_pages:
        # The blank pages change "pagina x van y" on every page: lay out again.
        document = layout(blank_pages)
        if len(document.pages) % page_multiple:
            logger.warning(
                "%s: %d pagina's, geen veelvoud van %d", title, len(document.pages), page_multiple
            )
    metadata = document.metadata
    metadata.title = title
    metadata.authors = [author]
    metadata.lang = lang
    metadata.generator = None
    metadata.created = metadata.modified = created
    data = document.write_pdf(
        finisher=_show_title,
        pdf_identifier=identifier,
        **options,
    )
    return RenderedPdf(data=data, pages=len(document.pages), blank_pages=blank_pages)
