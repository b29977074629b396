"""Making every address in a post's HTML absolute, for feed readers.

A feed reader shows a post away from the site, so ``../projecten/x/`` or
``/afbeeldingen/foto.png`` would point nowhere. The HTML is parsed with
lxml's HTML parser (not matched with regular expressions), every URL
attribute is resolved against the post's own address the way a browser
would, and the fragment is written back.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html

# Attributes that hold one URL (HTML 4 and HTML 5).
URL_ATTRIBUTES = ("href", "src", "poster", "cite", "data", "action", "formaction", "longdesc", "background")
WHITESPACE = re.compile(r"\s+")


def absolute_url(url: str, base: str) -> str:
    url = url.strip()
    return urljoin(base, url) if url else base


def absolute_srcset(srcset: str, base: str) -> str:
    """Resolve each candidate of a ``srcset`` ("a.png 1x, b.png 2x")."""
    return ", ".join(
        " ".join((absolute_url(url, base), *descriptors))
        for url, descriptors in parse_srcset(srcset)
    )


def parse_srcset(srcset: str) -> list[tuple[str, list[str]]]:
    """Candidates of a srcset as (url, descriptors), after the HTML standard.

    A URL runs until whitespace; commas at its end end the candidate. The
    descriptors run until a comma outside parentheses. Splitting on every
    comma would break URLs that contain one.
    """
    candidates = []
    position, length = 0, len(srcset)
    while position < length:
        while position < length and (srcset[position].isspace() or srcset[position] == ","):
            position += 1
        if position >= length:
            break
        start = position
        while position < length and not srcset[position].isspace():
            position += 1
        url = srcset[start:position]
        descriptors = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            start, depth = position, 0
            while position < length:
                char = srcset[position]
                if char == "(":
                    depth += 1
                elif char == ")" and depth:
                    depth -= 1
                elif char == "," and not depth:
                    break
                position += 1
            descriptors = srcset[start:position]
            position += 1
        if url:
            candidates.append((url, WHITESPACE.split(descriptors.strip()) if descriptors.strip() else []))
    return candidates


def make_absolute(html: str, base: str) -> str:
    """``html`` (a fragment) with every URL resolved against ``base``."""
    if not html or not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        for name in URL_ATTRIBUTES:
            value = element.get(name)
            if value is not None:
                element.set(name, absolute_url(value, base))
        srcset = element.get("srcset")
        if srcset is not None:
            element.set("srcset", absolute_srcset(srcset, base))
    text = lxml.html.tostring(root, encoding="unicode", method="html")
    # Drop the <div> the parser wrapped around the fragment.
    return text[len("<div>") : -len("</div>")]
