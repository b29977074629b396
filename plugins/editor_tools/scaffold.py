"""Scaffolds for ``invoke new``: a new content file with every key of its kind.

Every key comes from the schema (``schema.keys_of``): required keys are
filled in (the title, today's date, a first choice or the schema's example),
optional keys are written as comments with their example, so an editor sees
what exists without opening the guide. What the site itself knows (its
councils and projects) is offered as the list to choose from.

A scaffold is checked by the validator before it is kept: ``create`` never
leaves a file behind that would break the build.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from content_model.loading import Problem
from content_model.schema import (
    DATE_RE,
    DATETIME_RE,
    KINDS,
    SLUG_RE,
    KeyInfo,
    Kind,
    keys_of,
)
from content_model.text_checks import is_placeholder_problem, placeholder
from content_model.validation import load_tree
from site_rules.clock import DEFAULT_ZONE, Quarter, build_now
from site_rules.pages import slug_of as pelican_slug

# Slugs longer than this are cut at a word boundary: addresses stay readable.
MAX_SLUG_LENGTH = 60

# What an editor writes below the front matter, per kind.
BODY_HINTS = {
    "event": placeholder("de tekst: wat er te doen is, voor wie het is en wat je moet meebrengen"),
    "project": placeholder("de tekst: wat willen we bereiken, en waarom?"),
    "decision": placeholder("de tekst: wat de raad besliste en waarom"),
    "news": placeholder("de tekst van je bericht"),
    "page": placeholder("de tekst van de pagina"),
    "edition": placeholder("het voorwoord van deze editie"),
}


class ScaffoldError(Exception):
    """A scaffold cannot be written; the message is for the editor, in Dutch."""


@dataclass(frozen=True)
class SiteFacts:
    """What the content tree offers to choose from."""

    councils: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()


def kind_for(word: str) -> Kind:
    """The kind an editor names, by its Dutch word or its folder."""
    wanted = word.strip().lower()
    for kind in KINDS:
        if wanted in (kind.label, kind.folder):
            return kind
    labels = ", ".join(kind.label for kind in KINDS)
    raise ScaffoldError(f"Onbekende soort '{word}'; kies uit: {labels}.")


def slug_of(title: str) -> str:
    """A file name from a title: "Café de Kroon" -> "cafe-de-kroon"."""
    slug = pelican_slug(title)
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        cut = slug[: MAX_SLUG_LENGTH + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:MAX_SLUG_LENGTH]
    if not SLUG_RE.match(slug):
        raise ScaffoldError(
            f"De titel '{title}' bevat geen letters of cijfers om een bestandsnaam van te maken."
        )
    return slug


def edition_name(day: dt.date) -> str:
    """The wijkkrant edition of the quarter ``day`` lies in: 2026-q4."""
    return str(Quarter.of(day, ZoneInfo(DEFAULT_ZONE)))


def file_name(kind: Kind, title: str, today: dt.date) -> str:
    stem = edition_name(today) if kind.name == "edition" else slug_of(title)
    return f"{kind.folder}/{stem}{kind.suffix}"


def site_facts(content: Path) -> SiteFacts:
    """Council and project slugs, from file names alone (the tree may be broken)."""

    def slugs(folder: str, suffixes: tuple[str, ...]) -> tuple[str, ...]:
        found = {
            pelican_slug(path.stem)
            for path in (content / folder).glob("*")
            if path.suffix in suffixes and not path.name.startswith(".")
        }
        return tuple(sorted(found))

    return SiteFacts(
        councils=slugs("raden", (".yml", ".yaml")), projects=slugs("projecten", (".md",))
    )


# --- writing YAML as an editor would ------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Plain YAML: lists of words on one line, groups of keys indented."""

    def increase_indent(self, flow=False, indentless=False):
        # Indent list items under their key, as editors see it in the guide.
        return super().increase_indent(flow, False)


# Dates stay unquoted: the front-matter loader reads them as text anyway.
_Dumper.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def _represent_str(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper, value: list):
    flow = all(not isinstance(item, (list, dict)) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


def _represent_dict(dumper, value: dict):
    return dumper.represent_mapping("tag:yaml.org,2002:map", value.items(), flow_style=False)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(dict, _represent_dict)


class _Quoted(str):
    """A text written between double quotes."""


_Dumper.add_representer(
    _Quoted, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
)


def yaml_lines(key: str, value: Any) -> list[str]:
    """``key: value`` as YAML lines."""

    def dump(value: Any) -> str:
        return yaml.dump({key: value}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)

    text = dump(value)
    if isinstance(value, str) and text.startswith(f"{key}: '"):
        # A text that needs quotes (a colon, a leading apostrophe) gets double
        # ones, as the guide writes them: "'t Hofke" rather than doubled apostrophes.
        text = dump(_Quoted(value))
    return text.rstrip("\n").split("\n")


# --- choosing values ------------------------------------------------------------


def _on_day(value: Any, today: dt.date) -> Any:
    """The example with every date in it moved to ``today`` (times kept)."""
    if isinstance(value, str):
        if DATE_RE.match(value):
            return today.isoformat()
        if match := DATETIME_RE.match(value):
            return f"{today.isoformat()} {int(match.group(4)):02d}:{match.group(5)}"
        return value
    if isinstance(value, list):
        return [_on_day(item, today) for item in value]
    if isinstance(value, dict):
        return {key: _on_day(item, today) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class Line:
    """One key of a scaffold: its value, whether it is active, what to say about it."""

    key: KeyInfo
    value: Any
    active: bool
    note: str = ""  # extra words after the description
    required_here: bool = False  # required on this site, though optional in the schema


def choose(kind: Kind, key: KeyInfo, title: str, today: dt.date, facts: SiteFacts) -> Line:
    example = _on_day(key.examples[0], today) if key.examples else None
    if key.name == "title" or (kind.name == "council" and key.name == "name"):
        return Line(key, title, True)
    if key.name == "date":
        return Line(key, today.isoformat(), key.required)
    if key.name == "council":
        return _choose_council(kind, key, example, facts)
    if key.name == "project" and facts.projects:
        return Line(key, facts.projects[0], False, f"Kies uit: {', '.join(facts.projects)}.")
    if key.required:
        if key.choices:
            value = example if example in key.choices else key.choices[0]
            return Line(key, value, True)
        if example is None:
            raise ScaffoldError(f"De sleutel '{key.name}' heeft geen voorbeeld in het schema.")
        # A placeholder, not the example itself: a file left half filled in
        # is refused by the check instead of published with an example place.
        if isinstance(example, dict):
            # A group of keys (a publisher's name and address): a placeholder for each.
            return Line(key, {name: placeholder(f"{name}, bv. {_example_text(value)}") for name, value in example.items()}, True)
        return Line(key, placeholder(f"{_words(key.description)}, bv. {_example_text(example)}"), True)
    return Line(key, example if example is not None else "", False)


def _words(description: str) -> str:
    """A key's description as words after «VUL IN»: the part before the first colon, lower case."""
    text = description.split(":", 1)[0].split(";", 1)[0].strip().rstrip(".")
    return text[:1].lower() + text[1:]


def _example_text(example: Any) -> str:
    """An example as one line of text: a group of keys as its values."""
    if isinstance(example, dict):
        return ", ".join(_example_text(value) for value in example.values())
    if isinstance(example, list):
        return ", ".join(_example_text(value) for value in example)
    return str(example).replace("»", "")


def _choose_council(kind: Kind, key: KeyInfo, example: Any, facts: SiteFacts) -> Line:
    councils = facts.councils
    if not councils:
        return Line(key, example, False)
    choices = f"Kies uit: {', '.join(councils)}."
    # With more than one council, a post must name one (the validator says so).
    if kind.is_article and len(councils) > 1:
        return Line(key, councils[0], True, choices, required_here=True)
    return Line(key, councils[0], False, choices)


# --- rendering ---------------------------------------------------------------------


def sentence(text: str) -> str:
    """A key's description as a sentence: a capital first, a full stop last."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def describe(line: Line) -> str:
    key = line.key
    words = [sentence(key.description)]
    if key.required:
        words.append("Verplicht.")
    elif line.required_here:
        words.append("Verplicht op deze site.")
    elif "verplicht" not in key.description:
        # Some descriptions say themselves when a key is needed.
        words.append("Niet verplicht.")
    if key.choices:
        words.append(f"Kies uit: {', '.join(key.choices)}.")
    if line.note:
        words.append(line.note)
    return " ".join(word for word in words if word)


def render_keys(lines: list[Line]) -> list[str]:
    out: list[str] = []
    for line in lines:
        out.append(f"# {describe(line)}")
        written = yaml_lines(line.key.name, line.value)
        out.extend(written if line.active else [f"# {text}" for text in written])
    return out


def render(kind: Kind, title: str, today: dt.date, facts: SiteFacts = SiteFacts()) -> str:
    """The text of a new file of ``kind``."""
    lines = [choose(kind, key, title, today, facts) for key in keys_of(kind.model)]
    intro = [
        f"# Nieuw: {kind.label}. Uitleg bij elke sleutel staat in docs/redactie.md.",
        "# Regels die met # beginnen tellen niet mee. Wil je een sleutel gebruiken,",
        "# haal dan '# ' weg vóór 'sleutel: waarde'.",
    ]
    keys = render_keys(lines)
    if kind.suffix == ".yml":
        return "\n".join(intro + keys) + "\n"
    body = BODY_HINTS.get(kind.name, "")
    return "\n".join(["---", *intro, *keys, "---", body]) + "\n"


@dataclass(frozen=True)
class Created:
    path: Path
    # Problems the new file causes in other files: a second council, for
    # instance, makes every post without a council key incomplete.
    elsewhere: tuple[Problem, ...] = ()
    # The lines of the new file that still hold «VUL IN …».
    to_fill_in: tuple[Problem, ...] = ()


def create(
    content: Path, word: str, title: str, now: dt.datetime | None = None, zone: ZoneInfo | None = None
) -> Created:
    """Write a new file of the kind named ``word``.

    Refuses to overwrite, and removes the file again when the validator finds
    a problem with it (a slug another file already uses, for instance).
    ``zone``: the site's time zone (``TIMEZONE``), whose "today" the file is
    dated; ``None``: the default zone.
    """
    content = Path(content).resolve()
    kind = kind_for(word)
    title = " ".join(title.split())
    if not title:
        raise ScaffoldError("Geef een titel, bv. invoke new evenement \"Buurtfeest in het park\".")
    today = (now or build_now(zone or ZoneInfo(DEFAULT_ZONE))).date()
    relative = file_name(kind, title, today)
    path = content / relative
    shown = f"{content.name}/{relative}"
    text = render(kind, title, today, site_facts(content))
    path.parent.mkdir(parents=True, exist_ok=True)
    before = set(load_tree(content).problems)
    try:
        with path.open("x", encoding="utf-8") as stream:
            stream.write(text)
    except FileExistsError:
        advice = (
            "De editie van dit kwartaal bestaat al: open dat bestand."
            if kind.name == "edition"
            else "Open dat bestand, of kies een andere titel."
        )
        raise ScaffoldError(f"{shown} bestaat al; er is niets overschreven. {advice}") from None
    after = load_tree(content).problems
    # What the editor must still fill in is expected; anything else is not.
    problems = [p for p in after if p.file == shown and not is_placeholder_problem(p)]
    if problems:
        path.unlink()
        listed = "\n".join(f"  {problem}" for problem in problems)
        advice = "\nKies een andere titel." if any(p.key == "slug" for p in problems) else ""
        raise ScaffoldError(
            f"{shown} zou deze problemen geven; er is niets geschreven:\n{listed}{advice}"
        )
    return Created(
        path,
        elsewhere=tuple(p for p in after if p not in before and p.file != shown),
        to_fill_in=tuple(p for p in after if p.file == shown),
    )
