"""The Pelican reader for our Markdown files.

It builds on the Pelican team's pelican-yaml-metadata reader, but takes the
front matter from the already validated content tree instead of parsing the
file a second time, and hands Pelican typed values from the schema.
"""

from __future__ import annotations

import re

from pelican.contents import Author, Category, Tag
from pelican.plugins.yaml_metadata.yaml_metadata import YAMLMetadataReader

from site_rules.sanitize import clean_html

from .loading import ContentErrors, Problem
from .validation import ContentTree, SourceFile

# Editors link to their files the way they see them in the repository
# ("bijlagen/notulen.pdf"); Pelican wants "{static}/bijlagen/notulen.pdf".
LOCAL_LINK_RE = re.compile(
    r"""(?P<attr>\b(?:href|src)=")(?:\.\./)*/?(?P<path>(?:afbeeldingen|bijlagen|extra)/)"""
)


# One line that Markdown (with the extensions we use) returns as a single
# paragraph, untouched: it starts with a letter (no list, heading or quote
# marker) and holds only letters, digits, spaces and punctuation without a
# Markdown or HTML meaning. Anything else goes through the converter.
PLAIN_TEXT_RE = re.compile(r"^[^\W\d_](?:[^\W_]|[ .,;?!'\"()/%€@-])*$")


class ContentModelReader(YAMLMetadataReader):
    """Markdown with YAML front matter, checked against the content model."""

    tree: ContentTree | None = None  # set for each build by the plugin

    def read(self, source_path):
        source = self._source(source_path)
        html = self._md.reset().convert(source.body)
        html = LOCAL_LINK_RE.sub(r"\g<attr>{static}/\g<path>", html)
        return clean_html(html), self.pelican_metadata(source)

    def _source(self, source_path) -> SourceFile:
        source = self.tree.by_path().get(str(source_path)) if self.tree else None
        if source is None or source.meta is None:
            # Validation runs before any file is read, so this only happens
            # when Pelican is pointed at a file outside the content tree.
            raise ContentErrors(
                [Problem(str(source_path), "bestand", "is niet nagekeken als inhoud van de site")]
            )
        return source

    def summary_html(self, text: str) -> str:
        """Markdown for a summary; plain one-line text skips the converter.

        Half of all posts have a summary, mostly one plain sentence, and a
        Markdown run costs as much for it as for a short body. For text that
        Markdown leaves as it is (see PLAIN_TEXT_RE) the result is the same.
        """
        if PLAIN_TEXT_RE.match(text):
            return f"<p>{text}</p>"
        return self._md.reset().convert(text)

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
            metadata["summary"] = clean_html(self.summary_html(metadata["summary"]))
        # Renamed so that, once linked, ``council``/``project`` can hold objects.
        metadata["council_slugs"] = metadata.pop("council", [])
        if "project" in metadata:
            metadata["project_slug"] = metadata.pop("project")
        kind = source.kind
        metadata["kind"] = kind.name
        metadata["template"] = kind.name if kind.is_article else "page"
        if kind.is_article:
            metadata["category"] = Category(kind.folder, settings)
        return metadata
