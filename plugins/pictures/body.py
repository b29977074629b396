"""Pictures inside a text (``![alt](afbeeldingen/x.jpg)``) get the same variants.

The Markdown pipeline runs while Pelican reads the files, before the
pictures are made; so the page template passes the text through the Jinja
filter ``with_pictures``, which gives each ``<img>`` of a picture this plugin
made its width, height, ``srcset`` and lazy loading. Other ``<img>`` tags
(a drawing, a GIF) are left as they are. A picture alone in its paragraph
with a title (``![alt](x.jpg "Foto: Jan")``) becomes a figure with that
title as its caption.
"""

from __future__ import annotations

import html
import re

from markupsafe import Markup

from site_rules.contract import PicturesPart

IMG_RE = re.compile(r'<img\b(?P<attributes>[^>]*?)\s*/?>', re.IGNORECASE)
ATTRIBUTE_RE = re.compile(r'\b(?P<name>[a-z-]+)="(?P<value>[^"]*)"', re.IGNORECASE)
BODY_SIZES = "(min-width: 48em) 44em, 100vw"


def with_pictures(text: str, pictures: PicturesPart | None, siteurl: str) -> Markup:
    """``text`` (sanitized HTML) with every made picture given its size and variants."""
    if pictures is None or "<img" not in text:
        return Markup(text)

    def replace(match: re.Match) -> str:
        attributes = {m["name"].lower(): html.unescape(m["value"]) for m in ATTRIBUTE_RE.finditer(match["attributes"])}
        src = attributes.get("src", "")
        url = src[len(siteurl):] if siteurl and src.startswith(siteurl) else src
        picture = pictures.of(url.lstrip("/"))
        if picture is None:
            return match.group()
        prefix = f"{siteurl}/"
        alt = html.escape(attributes.get("alt", ""), quote=True)
        title = f' title="{html.escape(attributes["title"], quote=True)}"' if "title" in attributes else ""
        fallback = picture.closest(800)
        return (
            f'<picture><source type="image/webp" srcset="{picture.srcset("WEBP", prefix)}" sizes="{BODY_SIZES}">'
            f'<img src="{prefix}{fallback.url}" srcset="{picture.srcset(picture.fallback_format, prefix)}" '
            f'sizes="{BODY_SIZES}" width="{picture.width}" height="{picture.height}" alt="{alt}"{title} '
            'loading="lazy" decoding="async"></picture>'
        )

    text = IMG_RE.sub(replace, str(text))
    return Markup(CAPTIONED_RE.sub(_figure, text))


# A picture alone in its paragraph, with a title (![alt](x.jpg "Foto: Jan")):
# a figure whose caption is the title, so it is seen, not only hovered.
CAPTIONED_RE = re.compile(r'<p>\s*(?P<picture><picture>.*?</picture>|<img\b[^>]*>)\s*</p>', re.DOTALL)
TITLE_RE = re.compile(r'\stitle="(?P<title>[^"]*)"')


def _figure(match: re.Match) -> str:
    title = TITLE_RE.search(match["picture"])
    if title is None or not title["title"].strip():
        return match.group()
    return f'<figure class="post__figure">{match["picture"]}<figcaption>{title["title"]}</figcaption></figure>'

