"""Reading an editor's file: bytes to text, front matter to a mapping.

Every failure becomes a :class:`Problem` naming the file and, where there is
one, the line; nothing here raises for bad content.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
from yaml.nodes import ScalarNode

from file_checks.limits import Limits
from site_rules.problems import ContentErrors, Problem, notice

from .messages import ITEM, KEY_SEPARATOR, TOP_KEYS
from .text_checks import front_matter_problems

__all__ = ["ContentErrors", "Problem", "notice", "read_text", "load_yaml", "split_front_matter"]

# libyaml's parser is about thirty times faster than the pure-Python one;
# fall back when PyYAML was built without it.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FrontMatterLoader(_BaseLoader):
    """Safe YAML without implicit timestamps.

    PyYAML turns ``2025-02-30`` into a crash inside the parser and leaves
    ``2025-06-14 14:00`` a string anyway; keeping every date a string lets the
    schema parse dates itself and say in Dutch what is wrong with one.
    """


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# How deep lists and groups of keys may nest. The deepest key of the schema
# sits at depth 3 (a decision's follow_up, a step, its note); anything far
# deeper is a mistake or an attack, and pydantic and PyYAML both recurse.
MAX_YAML_DEPTH = 20


class DuplicateKey(yaml.YAMLError):
    """A key written twice in one group of keys: YAML would keep only the last."""

    def __init__(self, key: str, line: int):
        super().__init__(key)
        self.key, self.line = key, line


class MergeKey(yaml.YAMLError):
    """``<<:`` copies keys from elsewhere; editors never need it."""

    def __init__(self, line: int):
        super().__init__("<<")
        self.line = line


def _construct_mapping(loader, node, deep=False):
    seen: set[str] = set()
    for key_node, _ in node.value:
        if isinstance(key_node, ScalarNode):
            if key_node.tag == "tag:yaml.org,2002:merge" or key_node.value == "<<":
                raise MergeKey(key_node.start_mark.line)
            if key_node.value in seen:
                raise DuplicateKey(key_node.value, key_node.start_mark.line)
            seen.add(key_node.value)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


FrontMatterLoader.construct_mapping = _construct_mapping

FRONT_MATTER_RE = re.compile(
    r"\A---[ \t]*\r?\n(?P<meta>.*?)^(?:---|\.\.\.)[ \t]*\r?$\n?(?P<body>.*)\Z",
    re.MULTILINE | re.DOTALL,
)


# Characters a text file should never hold: C0 controls but tab, line feed
# and carriage return; DEL; C1 controls; the two non-characters XML forbids.
# They arrive by copying from other programs, and feeds (XML) cannot carry
# them. Vertical tab and form feed are Word's line and page breaks: they are
# read as a space, with a notice.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
SOFT_BREAKS = {"\x0b": "een verticale tab (een regeleinde uit een tekstverwerker)",
               "\x0c": "een pagina-einde (uit een tekstverwerker)"}


def describe_character(char: str) -> str:
    """``U+0000 (NULL)``: how a message names an invisible character."""
    # Controls have no Unicode name; the two editors meet most are named here.
    name = unicodedata.name(char, "") or {"\x00": "NULL", "\x7f": "DELETE"}.get(char, "stuurteken")
    return f"U+{ord(char):04X} ({name})"


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def check_characters(text: str, shown: str) -> tuple[str, list[Problem]]:
    """The text with soft breaks read as spaces, and a finding per bad character."""
    findings: list[Problem] = []
    reported: set[tuple[int, str]] = set()
    for match in CONTROL_RE.finditer(text):
        char, line = match.group(), _line_of(text, match.start())
        if (line, char) in reported:
            continue
        reported.add((line, char))
        if char in SOFT_BREAKS:
            findings.append(
                notice(
                    shown,
                    f"regel {line}",
                    f"bevat {SOFT_BREAKS[char]}; die wordt als spatie gelezen. "
                    "Typ een gewone Enter als je een nieuwe regel wil",
                )
            )
        else:
            findings.append(
                Problem(
                    shown,
                    f"regel {line}",
                    f"bevat een onzichtbaar stuurteken {describe_character(char)}; verwijder het "
                    "(het komt meestal mee bij kopiëren uit een ander programma: typ de regel opnieuw)",
                )
            )
    for char in SOFT_BREAKS:
        text = text.replace(char, " ")
    return text, findings


def read_text(path: Path, shown: str, limits: Limits = Limits()) -> tuple[str | None, list[Problem]]:
    """The file's text, or None with the reasons it cannot be used."""
    try:
        size = path.stat().st_size
        if size > limits.text_bytes:
            return None, [
                Problem(
                    shown,
                    "bestand",
                    f"is {size // 1000} kB groot; een tekstbestand mag hoogstens "
                    f"{limits.text_bytes // 1000} kB zijn. Maak de tekst korter of zet lange "
                    "stukken in een bijlage (PDF in content/bijlagen/)",
                )
            ]
        data = path.read_bytes()
    except OSError as error:
        return None, [Problem(shown, "bestand", "kan niet gelezen worden", error.strerror or str(error))]
    try:
        # utf-8-sig drops the byte-order mark some Windows editors write.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, [
            Problem(
                shown,
                f"regel {line}",
                "het bestand is niet in UTF-8 opgeslagen; sla het op als UTF-8",
                f"byte 0x{data[error.start]:02x}",
            )
        ]
    text, findings = check_characters(text, shown)
    if any(not finding.is_notice for finding in findings):
        return None, findings
    return text, findings


# A value starting with * or & is a reference in YAML, not text.
STARTS_WITH_STAR_RE = re.compile(r"^\s*(?:-\s+)?(?:[^:#\s][^:#]*:\s+)?[*&]")
QUOTE_STAR = (
    "een waarde die met * of & begint, moet tussen aanhalingstekens staan "
    "(\"*zo*\"); verwijzingen naar andere waarden worden niet gebruikt"
)


# Text that can hold no alias and no deep nesting: no & or *, few brackets,
# little indentation and no nesting on one line ("- - x", "? x"). Each
# level of block nesting costs at least a column of indentation or one of
# those, so such text stays far below MAX_YAML_DEPTH. Most front matter is
# like that and skips the scan.
DEEP_INDENT_RE = re.compile(r"^ {%d}" % (MAX_YAML_DEPTH // 2), re.MULTILINE)
COMPACT_NESTING_RE = re.compile(r"-[ \t]+-(?:[ \t]|$)|(?:^|[ \t])\?[ \t]", re.MULTILINE)


def _plainly_shallow(text: str) -> bool:
    return (
        "&" not in text
        and "*" not in text
        and "!" not in text
        and text.count("[") + text.count("{") < MAX_YAML_DEPTH // 2
        and not DEEP_INDENT_RE.search(text)
        and not COMPACT_NESTING_RE.search(text)
    )


LONG_NUMBER_RE = re.compile(r"\d{100,}")


def _escaped_control_problems(data: object, shown: str, key: str = "") -> list[Problem]:
    """Control characters written as escapes ("\\x01" in double quotes), found in the values."""
    if isinstance(data, str):
        found = CONTROL_RE.search(data)
        if found:
            return [
                Problem(
                    shown,
                    key or TOP_KEYS,
                    f"bevat een onzichtbaar stuurteken {describe_character(found.group())}; "
                    "haal de code (zoals \\x01) uit de waarde",
                )
            ]
        return []
    if isinstance(data, dict):
        return [p for name, value in data.items() for p in _escaped_control_problems(value, shown, f"{key}{KEY_SEPARATOR}{name}" if key else str(name))]
    if isinstance(data, list):
        return [p for index, value in enumerate(data) for p in _escaped_control_problems(value, shown, f"{key}{KEY_SEPARATOR}{ITEM.format(index + 1)}")]
    return []


def _structure_problem(text: str, shown: str, first_line: int) -> Problem | None:
    """Anchors, aliases and deep nesting, found from the parser's events.

    Checked before anything is built from the text: an alias can make a few
    lines expand to gigabytes (a "billion laughs" file), and deep nesting
    makes the loaders recurse until Python gives up. The events come from a
    flat loop, so neither can happen here.
    """
    if _plainly_shallow(text):
        return None
    depth = 0
    for event in yaml.parse(text, Loader=FrontMatterLoader):
        line = first_line + event.start_mark.line
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return Problem(shown, f"regel {line}", QUOTE_STAR)
        if getattr(event, "tag", None) is not None:
            # An explicit tag (!!int, !!timestamp, !!python/...) picks a constructor
            # by hand; editors write plain values and the schema reads them.
            return Problem(
                shown,
                f"regel {line}",
                "een waarde die met ! begint, moet tussen aanhalingstekens staan; "
                "labels zoals !!int worden niet gebruikt",
            )
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                return Problem(
                    shown,
                    f"regel {line}",
                    f"de sleutels en lijsten zijn meer dan {MAX_YAML_DEPTH} niveaus diep genest; "
                    "kijk de inspringing en de haakjes na",
                )
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return None


def load_yaml(text: str, shown: str, first_line: int = 1) -> tuple[object, list[Problem]]:
    """Parse YAML; ``first_line`` is the file line where ``text`` starts."""
    # Tabs, no-break spaces and curly quotes are named as what they are,
    # before YAML misreads them (in English, and often on another line).
    typed = front_matter_problems(text, shown, first_line)
    if typed:
        return None, typed
    try:
        problem = _structure_problem(text, shown, first_line)
        if problem is not None:
            return None, [problem]
        data = yaml.load(text, Loader=FrontMatterLoader)
        return data, _escaped_control_problems(data, shown)
    except MergeKey as error:
        return None, [
            Problem(
                shown,
                f"regel {first_line + error.line}",
                "'<<' neemt sleutels over van elders; schrijf elke sleutel voluit",
            )
        ]
    except DuplicateKey as error:
        return None, [
            Problem(
                shown,
                f"regel {first_line + error.line}",
                f"de sleutel '{error.key}' staat meer dan één keer in dezelfde groep; "
                "hou er één en zet de juiste waarde erbij",
            )
        ]
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        # A value the loader cannot make (a number of thousands of digits):
        # the plain scalars are all it builds, so the text itself is at fault.
        long_number = LONG_NUMBER_RE.search(text)
        line = first_line + text.count("\n", 0, long_number.start()) if long_number else first_line
        return None, [
            Problem(
                shown,
                f"regel {line}",
                "een waarde kan niet gelezen worden (een getal met honderden cijfers?); "
                "schrijf tekst tussen aanhalingstekens",
                f"{type(error).__name__}: {str(error)[:120]}",
            )
        ]
    except yaml.YAMLError as error:
        reason = getattr(error, "problem", None) or str(error)
        mark = getattr(error, "problem_mark", None)
        if "end of stream" in reason or mark is None:
            # An unclosed quote or bracket fails at the end of the text; the
            # line where it was opened is the one to look at.
            mark = getattr(error, "context_mark", None) or mark
        line = first_line + mark.line if mark is not None else first_line
        if mark is not None and STARTS_WITH_STAR_RE.match(text.split("\n")[mark.line] if mark.line < text.count("\n") + 1 else ""):
            return None, [Problem(shown, f"regel {line}", QUOTE_STAR)]
        return None, [
            Problem(
                shown,
                f"regel {line}",
                "de sleutels bovenaan (YAML) kloppen niet; kijk na of elke sleutel gevolgd wordt door ': ' "
                "en of inspringing en aanhalingstekens kloppen",
                reason,
            )
        ]


def split_front_matter(text: str, shown: str) -> tuple[object, str, int, list[Problem]]:
    """Return (metadata, body, body_first_line, problems) of a Markdown file."""
    match = FRONT_MATTER_RE.match(text)
    if not match:
        reason = (
            "het bestand moet beginnen met een regel '---', dan de sleutels, "
            "dan weer een regel '---'"
            if not text.startswith("---")
            else "de sleutels bovenaan zijn niet afgesloten met een regel '---'"
        )
        return None, "", 1, [Problem(shown, TOP_KEYS, reason)]
    meta_text = match.group("meta")
    body_line = 2 + meta_text.count("\n") + 1
    meta, problems = load_yaml(meta_text, shown, first_line=2)
    return meta, match.group("body"), body_line, problems
