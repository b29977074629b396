"""Cleaning the HTML that Markdown lets through.

Markdown passes raw HTML on as it is; an editor's pasted snippet must not
bring scripts, event handlers or ``javascript:`` links to residents. nh3 (the
Rust ammonia sanitizer) keeps an allow-list of tags and attributes, and a
picture from another host loses its address: the check refuses those with a
message (:mod:`.embeds`); this is the second line, for pages and feeds alike.
"""

from __future__ import annotations

import nh3

from .site_address import EXTERNAL_RE

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del",
    "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
    "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
}
ATTRIBUTES = {
    "*": {"id", "lang", "title"},
    "a": {"href", "hreflang"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start", "reversed"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def _only_own_pictures(element: str, attribute: str, value: str) -> str | None:
    if element == "img" and attribute == "src" and EXTERNAL_RE.match(value.strip()):
        return None
    return value


def clean_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
        attribute_filter=_only_own_pictures,
    )
