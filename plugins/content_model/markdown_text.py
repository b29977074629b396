"""Markdown to HTML for residents: the one pipeline for every text an editor writes.

A post's or page's body, a summary, a council's description and a wijkkrant
edition's voorwoord all go through :class:`MarkdownText`, so they get the
same things in the same order:

1. the site's ``MARKDOWN`` settings (extensions, output format);
2. links into the file folders written the way editors see them in the
   repository ("bijlagen/notulen.pdf", ``LOCAL_LINK_RE``): in a post, they
   become ``{static}`` links, which Pelican resolves and copies; in a text
   that Pelican does not read (a council's description, a voorwoord) they
   become addresses below the site's;
3. the sanitizer (``site_rules.sanitize.clean_html``): only markup from the
   allow-list reaches a resident.
"""

from __future__ import annotations

import re

import markdown

from site_rules.sanitize import clean_html

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

# Front matter is YAML, read by the check; Markdown's own "meta" extension
# would take a body's first lines for metadata.
_FRONT_MATTER_EXTENSIONS = {"meta", "markdown.extensions.meta"}


class MarkdownText:
    """The site's Markdown converter, made once per reader or generator."""

    def __init__(self, settings: dict):
        config = dict(settings["MARKDOWN"])
        config["extensions"] = [
            extension for extension in config.get("extensions", []) if extension not in _FRONT_MATTER_EXTENSIONS
        ]
        self._converter = markdown.Markdown(**config)

    def _html(self, text: str) -> str:
        return self._converter.reset().convert(text)

    def post_body(self, text: str) -> str:
        """A body Pelican reads: links to files become ``{static}`` links."""
        html = LOCAL_LINK_RE.sub(r"\g<attr>{static}/\g<path>", self._html(text))
        return clean_html(html)

    def summary(self, text: str) -> str:
        """A post's summary (Pelican resolves its ``{static}`` links too).

        Half of all posts have a summary, mostly one plain sentence, and a
        Markdown run costs as much for it as for a short body. For text that
        Markdown leaves as it is (see PLAIN_TEXT_RE) the result is the same.
        """
        if PLAIN_TEXT_RE.match(text):
            return clean_html(f"<p>{text}</p>")
        return self.post_body(text)

    def standalone(self, text: str, siteurl: str) -> str:
        """A text Pelican does not read: links to files start with ``siteurl``."""
        html = LOCAL_LINK_RE.sub(lambda m: f"{m['attr']}{siteurl}/{m['path']}", self._html(text or ""))
        return clean_html(html)
