"""An event told to machines: plain text for calendars, schema.org JSON-LD for search engines."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup
from markupsafe import Markup

from site_rules.contract import PracticalFact

from .settings import EventSettings
from .timing import Timing

# Characters that could end a <script> element or open a comment inside it;
# JSON allows them escaped, so the data reads the same to every parser.
SCRIPT_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def plain_text(html: str) -> str:
    """Sanitized body HTML as plain text: one paragraph a block, list items with a dash."""
    soup = BeautifulSoup(html or "", "html.parser")
    blocks = []
    for element in soup.find_all(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "dt", "dd"]):
        if element.find_parent(["p", "li", "blockquote", "pre"]) is not None:
            continue  # its text is part of the enclosing block
        text = " ".join(element.get_text(" ").split())
        if text:
            blocks.append(f"- {text}" if element.name == "li" else text)
    if not blocks:
        text = " ".join(soup.get_text(" ").split())
        blocks = [text] if text else []
    return "\n\n".join(blocks)


def organised_by(event) -> str:
    """The organiser the editor named, or else the council(s)."""
    if getattr(event, "organiser", None):
        return event.organiser
    return " en ".join(council.name for council in event.councils)


def practical_facts(event) -> tuple[PracticalFact, ...]:
    """The practical details of an event, the one list every place shows.

    The event page (``partials/event_facts.html``), its calendar entry, its
    feed item and the wijkkrant's agenda read this list, so a detail added
    here (or a label reworded) reaches all of them.
    """
    rows = [PracticalFact("where", "Waar", event.location.text)]
    if organiser := organised_by(event):
        rows.append(PracticalFact("organiser", "Organisatie", organiser))
    for key, label, attribute in (
        ("price", "Prijs", "price"),
        ("registration", "Inschrijven", "registration"),
        ("accessibility", "Toegankelijkheid", "accessibility"),
    ):
        if value := getattr(event, attribute, None):
            rows.append(PracticalFact(key, label, value))
    return tuple(rows)


def calendar_description(event, settings: EventSettings) -> str:
    """DESCRIPTION: what the event is, the practical details and where to read more."""
    parts = [plain_text(event.content)]
    parts.append("\n".join(f"{fact.label}: {fact.text}" for fact in event.event_facts.practical))
    parts.append(f"Meer informatie: {settings.absolute(event.url)}")
    return "\n\n".join(part for part in parts if part)


def json_ld(event, timing: Timing, settings: EventSettings) -> Markup:
    """A schema.org Event, safe to put inside <script type="application/ld+json">."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": timing.start.isoformat(),
    }
    if timing.end is not None:
        data["endDate"] = timing.end.isoformat()
    data["eventStatus"] = "https://schema.org/EventScheduled"
    data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
    location = {"@type": "Place", "name": event.location.name}
    if event.location.address:
        location["address"] = event.location.address
    data["location"] = location
    if organiser := organised_by(event):
        data["organizer"] = {"@type": "Organization", "name": organiser}
    summary = plain_text(getattr(event, "summary", None) or event.content)
    if summary:
        data["description"] = summary
    if getattr(event, "image", None):
        data["image"] = settings.absolute(event.image)
    data["url"] = settings.absolute(event.url)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for character, escaped in SCRIPT_SAFE.items():
        text = text.replace(character, escaped)
    return Markup(text)
