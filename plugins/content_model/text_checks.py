"""Mistakes in the text itself that YAML would misread or the site would show.

* Placeholders: ``invoke new`` writes ``«VUL IN …»`` where an editor must
  still fill something in. It cannot be real content (nobody writes those
  words between guillemets), and the check refuses a file that still holds
  one, naming the line and what to fill in. One owner for the marker: the
  scaffolds write it with :func:`placeholder`.
* What comes along when front matter is typed in Word or pasted from a web
  page: a tab where YAML wants spaces, a no-break space after ``key:``, a
  value wrapped in curly quotes (“…”). YAML itself would report these in
  English and often on another line; here each is named as what it is, on
  its own line. Curly quotes *inside* a value stay allowed: they are good
  Dutch typography.
"""

from __future__ import annotations

import re

from site_rules.problems import Problem

PLACEHOLDER_START = "«VUL IN"
PLACEHOLDER_RE = re.compile(r"«VUL IN\b[^»\n]*»?")


def placeholder(hint: str) -> str:
    """A value still to be filled in: ``«VUL IN de plaats»``."""
    return f"{PLACEHOLDER_START} {hint}»"


def placeholder_problems(text: str, shown: str, first_line: int = 1) -> list[Problem]:
    """One problem per line that still holds a placeholder of ``invoke new``."""
    problems = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        found = PLACEHOLDER_RE.search(line)
        if found:
            hint = found.group()[len(PLACEHOLDER_START):].strip(" »")
            problems.append(
                Problem(
                    shown,
                    f"regel {number}",
                    f"nog in te vullen: {hint}. Vervang {PLACEHOLDER_START} …» door je eigen tekst",
                )
            )
    return problems


def is_placeholder_problem(problem: Problem) -> bool:
    return problem.reason.startswith("nog in te vullen: ")


# A key at the start of a line (maybe in a list, maybe indented): "  - note: ..."
KEY_RE = re.compile(r"^(?P<indent>[ \t\u00a0]*)(?:-[ \t\u00a0]+)?(?P<key>[A-Za-z_][\w-]*)(?P<colon>[ \t\u00a0]*:)(?P<after>[ \t\u00a0]*)(?P<value>.*)$")
NO_BREAK_SPACES = {"\u00a0": "harde spatie", "\u202f": "smalle harde spatie", "\u2007": "harde spatie"}
OPENING_QUOTES = "“‘„‚«"
CLOSING_QUOTES = "”’“‘»"


def front_matter_problems(text: str, shown: str, first_line: int = 1) -> list[Problem]:
    """Tabs, no-break spaces and curly quotes where YAML reads structure.

    ``text`` is the front matter (or a whole council file); ``first_line``
    is the file line it starts on.
    """
    problems = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.lstrip(" ").startswith("#"):
            continue  # a comment: nothing in it is read
        indent = line[: len(line) - len(line.lstrip(" \t\u00a0\u202f\u2007"))]
        if "\t" in indent:
            problems.append(
                Problem(
                    shown,
                    f"regel {number}",
                    "begint met een tab; spring in met spaties (twee per niveau), want de sleutels "
                    "bovenaan lezen geen tabs",
                )
            )
            continue
        if space := next((c for c in indent if c in NO_BREAK_SPACES), None):
            problems.append(_no_break_space(shown, number, space, "aan het begin van de regel"))
            continue
        match = KEY_RE.match(line)
        if not match:
            continue
        around_colon = match.group("colon") + match.group("after")
        if space := next((c for c in around_colon if c in NO_BREAK_SPACES), None):
            problems.append(_no_break_space(shown, number, space, f"na '{match.group('key')}:'"))
            continue
        if "\t" in match.group("after"):
            problems.append(
                Problem(shown, f"regel {number}", f"heeft een tab na '{match.group('key')}:'; typ een gewone spatie")
            )
            continue
        value = match.group("value").split(" #", 1)[0].strip()
        if value.startswith(PLACEHOLDER_START):
            continue  # reported as a placeholder
        if len(value) >= 2 and value[0] in OPENING_QUOTES and value[-1] in CLOSING_QUOTES:
            problems.append(
                Problem(
                    shown,
                    f"regel {number}",
                    f"de waarde van '{match.group('key')}' staat tussen gekrulde aanhalingstekens "
                    f"({value[0]} {value[-1]}, meestal uit Word); haal ze weg of gebruik rechte: "
                    f"{match.group('key')}: \"{value[1:-1]}\"",
                )
            )
    return problems


def _no_break_space(shown: str, number: int, space: str, where: str) -> Problem:
    name = NO_BREAK_SPACES[space]
    return Problem(
        shown,
        f"regel {number}",
        f"heeft een {name} (U+{ord(space):04X}, meestal geplakt uit Word of een website) {where}; "
        "vervang die door een gewone spatie",
    )
