"""Is an SVG drawing safe to publish? A drawing is a program as much as a picture.

An SVG file can hold scripts, event handlers (``onload``), HTML inside
``foreignObject`` and references to other files or hosts; opened at the
site's own address, its script runs with the site's rights, and the theme
shows ``afbeeldingen/logo.svg`` on every page. Drawings are refused rather
than cleaned: a cleaned drawing can look different, and the editor should
know. lxml parses without loading entities, DTDs or anything from the network.
"""

from __future__ import annotations

import re

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# Elements that run code, show HTML or load other documents.
FORBIDDEN_ELEMENTS = {
    "script", "foreignObject", "iframe", "embed", "object", "audio", "video",
    "handler", "listener", "feImage",
}
# Animation can set an attribute to a javascript: link after loading.
ANIMATION_ELEMENTS = {"set", "animate", "animateTransform", "animateMotion"}
# url(...) that points somewhere else than into the drawing itself, and CSS
# that can load or hide a load: image-set(), @import, escapes (\75 rl( is url().
FOREIGN_URL_RE = re.compile(r"url\(\s*['\"]?\s*(?!#)|image-set\(|@import|\\", re.IGNORECASE)
# Namespaces of what a browser draws or ignores. An element from any other
# (XHTML's <h:img>, <h:meta>, XSLT) can load, redirect or run code.
SAFE_NAMESPACES = {
    SVG_NS,
    "http://www.w3.org/1999/xlink",
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://creativecommons.org/ns#",
    "http://purl.org/dc/elements/1.1/",
}
# <use> copies what it points at: nested, a few lines can draw billions of
# shapes (the "billion laughs" of drawings). More copies than this is refused.
MAX_DRAWN_ELEMENTS = 20_000
# Pictures embedded in the drawing itself are fine; anything else is a reference.
EMBEDDED_PICTURE_RE = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,", re.IGNORECASE)

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def _local(tag) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def svg_problems(data: bytes) -> list[str]:
    """Reasons (Dutch) why the drawing is refused; empty when it is safe."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        return [f"is geen leesbare SVG-tekening ({error.msg}); sla ze opnieuw op of gebruik PNG"]
    reasons: list[str] = []
    docinfo = root.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.doctype:
        reasons.append("heeft een DOCTYPE-blok; sla de tekening op als 'gewone SVG'")
    if _local(root.tag) != "svg":
        reasons.append("is geen SVG-tekening")
    # Instructions before the root (<?xml-stylesheet?>) are siblings of it, not in iter().
    for node in [*root.itersiblings(preceding=True), *root.itersiblings(), *root.iter()]:
        if isinstance(node, etree._ProcessingInstruction):
            reasons.append(f"bevat een verwerkingsinstructie <?{node.target}?>")
            continue
        if not isinstance(node.tag, str):
            continue
        name = _local(node.tag)
        if name in FORBIDDEN_ELEMENTS:
            reasons.append(f"bevat <{name}>, dat code of een andere pagina kan laden")
        if name in ANIMATION_ELEMENTS and node.get("attributeName", "").endswith("href"):
            reasons.append(f"bevat <{name}> dat een link verandert")
        namespace = etree.QName(node.tag).namespace
        if namespace and namespace not in SAFE_NAMESPACES:
            reasons.append(f"bevat <{name}> uit een andere taal dan SVG ({namespace})")
        if name == "style" and node.text and FOREIGN_URL_RE.search(node.text):
            reasons.append("haalt in <style> iets van een ander bestand of een andere website")
        for attribute, value in node.attrib.items():
            local = _local(attribute)
            if local.lower().startswith("on"):
                reasons.append(f"heeft een gebeurtenis-code ({local}=\"…\") op <{name}>")
            elif local == "href" or attribute == XLINK_HREF:
                target = value.strip()
                if not target.startswith("#") and not EMBEDDED_PICTURE_RE.match(target):
                    reasons.append(f"verwijst op <{name}> naar een ander bestand of een andere website ({target[:60]})")
            elif FOREIGN_URL_RE.search(value):
                reasons.append(f"haalt op <{name}> iets van een ander bestand of een andere website ({local})")
    if _drawn_elements(root) > MAX_DRAWN_ELEMENTS:
        reasons.append(f"tekent via <use> meer dan {MAX_DRAWN_ELEMENTS} vormen; vereenvoudig de tekening")
    # One line per kind of reason is enough for an editor.
    return list(dict.fromkeys(reasons))


def _drawn_elements(root) -> int:
    """How many elements the drawing shows once every <use> is followed (capped)."""
    # lxml makes a new Python object for an element each time it is reached
    # unless one is kept: keep them all, so id() names each element once.
    every = [node for node in root.iter() if isinstance(node.tag, str)]
    by_id = {node.get("id"): node for node in every if node.get("id")}
    sizes: dict[int, int] = {}

    def size(node, trail: frozenset) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in trail:  # a <use> that (indirectly) copies itself
            return MAX_DRAWN_ELEMENTS + 1
        trail = trail | {key}
        total = 1
        for child in node:
            if isinstance(child.tag, str):
                total += size(child, trail)
                if total > MAX_DRAWN_ELEMENTS:
                    break
        if _local(node.tag) == "use":
            target = (node.get("href") or node.get(XLINK_HREF) or "").strip()
            if target.startswith("#") and target[1:] in by_id:
                total += size(by_id[target[1:]], trail)
        sizes[key] = min(total, MAX_DRAWN_ELEMENTS + 1)
        return sizes[key]

    return size(root, frozenset())
