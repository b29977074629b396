"""The wijkkrant generator: per edition a page and a PDF, and the archive page.

It runs after Pelican has read and linked every post (content_model), picks
each edition's posts (selection.py), writes the edition's page with the
site's templates, renders the PDF from the same body (pdf.py) unless the
cache holds one made from exactly the same inputs, and lists all editions,
newest first, on the archive page.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from markupsafe import Markup
from pelican.generators import Generator

from content_model import ContentErrors, Problem
from content_model.markdown_text import MarkdownText
from content_model.schema import DRAFT_STATUS, LISTED_STATUS
from file_checks.limits import Limits
from site_rules.clock import is_published, site_zone
from site_rules.contract import WijkkrantPart, site_of
from site_rules.made_from import ANY_KIND, MadeFrom
from site_rules.pages import plain_text
from site_rules.problems import notice, printable
from site_rules.site_address import public_siteurl

from . import settings as wk_settings
from .cache import PdfCache, input_key
from .selection import Quarter, select
from .sitefiles import SiteFiles

logger = logging.getLogger(__name__)

HEADING_RE = re.compile(r"<(/?)h([1-6])\b", re.IGNORECASE)
FONT_SUFFIXES = {".css", ".ttf", ".otf", ".woff", ".woff2"}
SECTION_TITLES = {"news": "Nieuws", "project": "Projecten", "decision": "Besluiten"}


# No page of the paper holds more characters than this (two dense columns of
# small type hold about 8,000): text beyond limit × this cannot fit.
MOST_CHARACTERS_PER_PAGE = 12_000


def too_many_pages(shown: str, pages: str, limit: int) -> Problem:
    return Problem(
        shown,
        "bestand",
        f"deze wijkkrant wordt {pages} pagina's; hoogstens {limit} mag. "
        "Laat berichten weg met exclude: of maak lange berichten korter",
    )


def demote_headings(html, levels: int = 1):
    """Move headings down so a post's own headings sit below its title."""
    demoted = HEADING_RE.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + levels, 6)}", str(html))
    return Markup(demoted)


class _ResourceLinks(HTMLParser):
    """The src of images and the href of stylesheets in a page."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "img" and values.get("src"):
            self.urls.append(values["src"])
        elif tag == "link" and values.get("href"):
            self.urls.append(values["href"])


@dataclass
class Edition:
    """What the templates get as ``edition``."""

    source: Any  # content_model SourceFile
    slug: str
    quarter: Quarter
    title: str
    date: Any
    status: str
    council: Any  # Council or None
    councils: list
    masthead: str
    publisher: Any
    cover: str | None
    cover_alt: str | None
    voorwoord: Markup
    period: str
    next_period: str
    url: str
    save_as: str
    pdf_url: str
    pdf_save_as: str
    online_url: str | None
    news: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    decisions: list = field(default_factory=list)
    status_table: list = field(default_factory=list)
    agenda: list = field(default_factory=list)
    pdf_size: int | None = None
    pdf_pages: int | None = None

    @property
    def sections(self) -> list[dict]:
        """The parts of the paper after the contents, in paper order."""
        parts = []
        for kind, posts in (("news", self.news), ("project", self.projects), ("decision", self.decisions)):
            if posts or (kind == "project" and self.status_table):
                title = SECTION_TITLES[kind]
                parts.append({"id": f"wk-{title.lower()}", "title": title, "kind": kind, "posts": posts})
        if self.agenda:
            parts.append({"id": "wk-agenda", "title": "Agenda om te bewaren", "kind": "event", "posts": self.agenda})
        parts.append({"id": "wk-colofon", "title": "Colofon", "kind": "colophon", "posts": []})
        return parts


class WijkkrantGenerator(Generator):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.env.filters["demote_headings"] = demote_headings
        self.editions: list[Edition] = []
        self._told_too_small: set[str] = set()

    # --- reading -------------------------------------------------------------

    def generate_context(self):
        site_of(self.context).fill(
            "wijkkrant", WijkkrantPart(archive_url=wk_settings.get(self.settings, "WIJKKRANT_ARCHIVE_URL"))
        )

    def _edition(self, source) -> Edition:
        meta = source.meta
        settings = self.settings
        filters = self.env.filters
        quarter = Quarter.from_slug(source.path.stem)
        model = site_of(self.context).model
        council = model.council_by_slug.get(meta.council) if meta.council else None
        councils = [council] if council else list(model.councils)
        selection = select(
            quarter,
            meta.council,
            self.context.get("articles", []),
            self.context.get("hidden_articles", []),
            include=meta.include,
            exclude=meta.exclude,
            zone=site_zone(settings),
        )
        fill = {"slug": source.slug}
        siteurl = settings.get("SITEURL") or ""
        url = wk_settings.get(settings, "WIJKKRANT_URL").format(**fill)
        next_quarter = quarter.next()
        return Edition(
            source=source,
            slug=source.slug,
            quarter=quarter,
            title=meta.title,
            date=meta.date,
            status=meta.status,
            council=council,
            councils=councils,
            masthead=council.name if council else settings["SITENAME"],
            publisher=meta.publisher,
            cover=meta.cover,
            cover_alt=meta.cover_alt,
            voorwoord=self._voorwoord(source.body),
            period=filters["dutch_month_range"](quarter.first_day, quarter.last_day),
            next_period=filters["dutch_month_range"](next_quarter.first_day, next_quarter.last_day),
            url=url,
            save_as=wk_settings.get(settings, "WIJKKRANT_SAVE_AS").format(**fill),
            pdf_url=wk_settings.get(settings, "WIJKKRANT_PDF_URL").format(**fill),
            pdf_save_as=wk_settings.get(settings, "WIJKKRANT_PDF_SAVE_AS").format(**fill),
            online_url=f"{siteurl}/{url}" if siteurl.startswith(("http://", "https://")) else None,
            news=selection.news,
            projects=selection.projects,
            decisions=selection.decisions,
            status_table=selection.status_table,
            agenda=selection.agenda,
        )

    def _voorwoord(self, body: str) -> Markup:
        html = MarkdownText(self.settings).standalone(body, self.settings.get("SITEURL") or "")
        return demote_headings(html, 1)

    # --- writing ---------------------------------------------------------------

    def generate_output(self, writer):
        only = wk_settings.get(self.settings, "WIJKKRANT_ONLY")
        model = site_of(self.context).model
        # Drafts and editions dated after "now" (scheduled) are held back.
        edition_files = [
            s for s in model.tree.of_kind("edition")
            if s.meta.status != DRAFT_STATUS and is_published(s.meta.date, model.now)
        ]
        self.editions = sorted((self._edition(s) for s in edition_files), key=lambda e: e.quarter, reverse=True)
        if only and only not in {e.slug for e in self.editions}:
            raise ValueError(f"WIJKKRANT_ONLY: er is geen editie '{only}' in content/wijkkrant/")
        cache = PdfCache(wk_settings.cache_path(self.settings))
        for edition in self.editions:
            self._write_pdf(edition, cache, render=not only or edition.slug == only)
            site_of(self.context).outputs.add(edition.save_as, self._made_from(edition))
            writer.write_file(
                edition.save_as,
                self.get_template("wijkkrant_edition"),
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                edition=edition,
            )
        listed = [e for e in self.editions if e.status == LISTED_STATUS]
        site_of(self.context).outputs.add(wk_settings.get(self.settings, "WIJKKRANT_ARCHIVE_SAVE_AS"),
            MadeFrom(content=site_of(self.context).outputs.sources(*(e.source.path for e in self.editions))),
        )
        writer.write_file(
            wk_settings.get(self.settings, "WIJKKRANT_ARCHIVE_SAVE_AS"),
            self.get_template("wijkkrant_archive"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            editions=listed,
        )

    def _site_files(self) -> SiteFiles:
        settings = self.settings
        static_urls = {
            static.url: static.source_path for static in self.context.get("staticfiles", [])
        }
        theme_static = (
            settings["THEME_STATIC_DIR"],
            [str(Path(self.theme) / folder) for folder in settings["THEME_STATIC_PATHS"]],
        )
        bases = {public_siteurl(settings)}
        return SiteFiles(bases, [self.output_path, self.path, self.theme], static_urls, theme_static)

    def _print_pictures(self, edition: Edition) -> dict[str, str]:
        """Each picture of the edition at print resolution for where it is placed
        (a variant about 300 dpi wide, never the phone's original), and a notice
        for a picture too small to print sharply."""
        pictures = site_of(self.context).pictures
        posts = [*edition.news, *edition.projects, *edition.decisions]
        placed = [(post.image, "column") for post in posts if getattr(post, "image", None)]
        if edition.cover:
            placed.append((edition.cover, "cover"))
        chosen = {}
        for url, place in placed:
            picture = pictures.of(url) if pictures is not None else None
            if picture is None:
                continue  # a drawing (SVG) prints sharp at any size
            needed = wk_settings.print_pixels(self.settings, place)
            variant = picture.closest(needed)
            chosen[url] = variant.url if variant is not None and variant.width >= needed else picture.url
            if picture.width < needed * 0.8 and url not in self._told_too_small:
                self._told_too_small.add(url)
                logger.warning("%s", printable(str(notice(
                    f"content/{url}", "bestand",
                    f"is {picture.width} pixels breed; in de wijkkrant ({edition.slug}) is {needed} pixels nodig "
                    "om ze scherp te drukken (300 dpi). Gebruik als het kan een grotere foto",
                ))))
        return chosen

    def _pdf_html(self, edition: Edition, blank_pages: int) -> str:
        base = public_siteurl(self.settings)
        context = dict(self.context)
        context.update(
            SITEURL=base,
            # Post bodies link to the public address in the PDF
            # (Content.get_content(siteurl), Pelican's public way).
            content_siteurl=base,
            print_pictures=self._print_pictures(edition),
            edition=edition,
            blank_pages=blank_pages,
            page_size=wk_settings.page_size(self.settings),
            print_stylesheets=wk_settings.get(self.settings, "WIJKKRANT_PRINT_CSS"),
        )
        return self.get_template("wijkkrant_pdf").render(context)

    def _input_files(self, html: str, files: SiteFiles) -> list[Path]:
        parser = _ResourceLinks()
        parser.feed(html)
        base = public_siteurl(self.settings)
        used = []
        for url in parser.urls:
            absolute = url if "://" in url else f"{base}/{url.lstrip('/')}"
            if (path := files.local_file(absolute)) is not None:
                used.append(path)
        for folder in files.theme_static[1]:
            used += [p for p in Path(folder).rglob("*") if p.suffix.lower() in FONT_SUFFIXES]
        return used

    def _made_from(self, edition: Edition, *files: Path) -> MadeFrom:
        """An edition is made from its file, the posts it holds and the files it embeds;
        which posts it holds depends on every post of its quarter."""
        posts = [*edition.news, *edition.projects, *edition.decisions, *edition.agenda, *edition.status_table]
        return MadeFrom(content=site_of(self.context).outputs.sources(edition.source.path, *posts, *files), lists=frozenset({ANY_KIND}))

    def _write_pdf(self, edition: Edition, cache: PdfCache, render: bool) -> None:
        settings = self.settings
        shown = edition.source.shown
        files = self._site_files()
        html = self._pdf_html(edition, 0)
        size = wk_settings.page_size(settings)
        multiple = int(wk_settings.get(settings, "WIJKKRANT_PAGE_MULTIPLE"))
        used = self._input_files(html, files)
        site_of(self.context).outputs.add(edition.pdf_save_as, self._made_from(edition, *used))
        key = input_key(
            html,
            used,
            {"page_size": size, "page_multiple": multiple, "lang": settings.get("DEFAULT_LANG")},
        )
        data = cache.get(edition.slug, key)
        if data is not None:
            logger.info("%s: PDF ongewijzigd, uit de cache", shown)
        elif not render:
            logger.warning(
                "%s: PDF niet gemaakt; deze build maakt alleen de editie %s (invoke build maakt ze allemaal)",
                shown,
                wk_settings.get(settings, "WIJKKRANT_ONLY"),
            )
            return
        else:
            # WeasyPrint is imported only when a PDF is rendered: a build whose
            # editions are all unchanged does not load it at all.
            from .fetcher import LocalOnlyFetcher
            from .pdf import TooManyPages, render_pdf

            fetcher = LocalOnlyFetcher(files, source=shown)
            base = public_siteurl(settings)
            limit = Limits.from_settings(settings)[0].wijkkrant_pages
            # Far more text than the limit's pages could hold is refused before
            # the layout, which would take minutes for such an edition.
            at_least = len(plain_text(html)) // MOST_CHARACTERS_PER_PAGE
            if at_least > limit:
                raise ContentErrors([too_many_pages(shown, f"meer dan {at_least}", limit)])
            try:
                rendered = render_pdf(
                    lambda blank_pages: self._pdf_html(edition, blank_pages),
                    base_url=f"{base}/{edition.url}",
                    url_fetcher=fetcher,
                    page_size=size,
                    title=edition.title,
                    author=edition.masthead,
                    lang=settings.get("DEFAULT_LANG", "nl"),
                    created=edition.date.isoformat(timespec="seconds"),
                    identifier=key[:32].encode(),
                    page_multiple=multiple,
                    max_pages=limit,
                )
            except TooManyPages as error:
                raise ContentErrors([too_many_pages(shown, str(error.pages), limit)]) from None
            data = rendered.data
            cache.put(edition.slug, key, data)
            logger.info("%s: PDF gemaakt, %d pagina's", shown, rendered.pages)
        target = Path(self.output_path) / edition.pdf_save_as
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        edition.pdf_size = len(data)
