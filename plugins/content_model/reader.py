"""The Pelican reader for our Markdown files.

It takes the front matter from the already validated content tree instead
of parsing the file a second time, hands Pelican typed values from the
schema, and turns the body into HTML with the site's one Markdown pipeline
(:mod:`content_model.markdown_text`).
"""

from __future__ import annotations

import datetime as dt

from pelican.contents import Author, Category, Tag
from pelican.readers import BaseReader

from site_rules.clock import is_published

from .loading import ContentErrors, Problem
from .markdown_text import MarkdownText
from .schema import DRAFT_STATUS
from .validation import ContentTree, SourceFile


class ContentModelReader(BaseReader):
    """Markdown with YAML front matter, checked against the content model."""

    enabled = True
    file_extensions = ["md", "markdown", "mkd", "mdown"]  # Pelican's Markdown reader's
    tree: ContentTree | None = None  # set for each build by the plugin
    now: dt.datetime | None = None  # the build's "now", set with the tree

    def __init__(self, settings):
        super().__init__(settings)
        self.markdown = MarkdownText(settings)

    def read(self, source_path):
        source = self._source(source_path)
        return self.markdown.post_body(source.body), self.pelican_metadata(source)

    def _source(self, source_path) -> SourceFile:
        source = self.tree.by_path().get(str(source_path)) if self.tree else None
        if source is None or source.meta is None:
            # Validation runs before any file is read, so this only happens
            # when Pelican is pointed at a file outside the content tree.
            raise ContentErrors(
                [Problem(str(source_path), "bestand", "is niet nagekeken als inhoud van de site")]
            )
        return source

    def pelican_metadata(self, source: SourceFile) -> dict:
        meta = source.meta
        values = {name: getattr(meta, name) for name in type(meta).model_fields}
        metadata = {key: value for key, value in values.items() if value not in (None, [], {})}
        settings = self.settings
        if "tags" in metadata:
            metadata["tags"] = [Tag(tag, settings) for tag in metadata["tags"]]
        if "authors" in metadata:
            metadata["authors"] = [Author(name, settings) for name in metadata["authors"]]
        if "summary" in metadata:
            metadata["summary"] = self.markdown.summary(metadata["summary"])
        # Renamed so that, once linked, ``council``/``project`` can hold objects.
        metadata["council_slugs"] = metadata.pop("council", [])
        if "project" in metadata:
            metadata["project_slug"] = metadata.pop("project")
        # A project's priority (hoog, middel, laag) is not the sitemap's:
        # pelican-sitemap reads a page's ``priority`` attribute as a number.
        if "priority" in metadata:
            metadata["project_priority"] = metadata.pop("priority")
        # A post dated after "now" is held back like a draft until a build
        # after its moment publishes it (scheduled publication).
        if self.now is not None and isinstance(meta_date := metadata.get("date"), dt.datetime):
            if not is_published(meta_date, self.now):
                metadata["status"] = DRAFT_STATUS
        kind = source.kind
        metadata["kind"] = kind.name
        metadata["template"] = kind.name if kind.is_article else "page"
        if kind.is_article:
            metadata["category"] = Category(kind.folder, settings)
        return metadata
