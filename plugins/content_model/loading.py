"""Reading an editor's file: bytes to text, front matter to a mapping.

Every failure becomes a :class:`Problem` naming the file and, where there is
one, the line; nothing here raises for bad content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

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

FRONT_MATTER_RE = re.compile(
    r"\A---[ \t]*\r?\n(?P<meta>.*?)^(?:---|\.\.\.)[ \t]*\r?$\n?(?P<body>.*)\Z",
    re.MULTILINE | re.DOTALL,
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, as an editor reads it."""

    file: str  # as shown: content/evenementen/buurtfeest.md
    key: str  # the key, or "regel 5", "bestand", "front matter"
    reason: str  # plain Dutch
    detail: str = ""  # optional technical detail (may be English)

    def __str__(self) -> str:
        text = f"{self.file}: {self.key}: {self.reason}"
        return f"{text} ({self.detail})" if self.detail else text


class ContentErrors(Exception):
    """The content has problems; nothing was written."""

    exitcode = 1

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        noun = "probleem" if count == 1 else "problemen"
        super().__init__(
            f"De inhoud heeft {count} {noun}; er is niets gepubliceerd.\n"
            + "\n".join(str(p) for p in problems)
        )


def read_text(path: Path, shown: str) -> tuple[str | None, list[Problem]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [Problem(shown, "bestand", "kan niet gelezen worden", str(error))]
    try:
        # utf-8-sig drops the byte-order mark some Windows editors write.
        return data.decode("utf-8-sig"), []
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


def load_yaml(text: str, shown: str, first_line: int = 1) -> tuple[object, list[Problem]]:
    """Parse YAML; ``first_line`` is the file line where ``text`` starts."""
    try:
        return yaml.load(text, Loader=FrontMatterLoader), []
    except yaml.YAMLError as error:
        reason = getattr(error, "problem", None) or str(error)
        mark = getattr(error, "problem_mark", None)
        if "end of stream" in reason or mark is None:
            # An unclosed quote or bracket fails at the end of the text; the
            # line where it was opened is the one to look at.
            mark = getattr(error, "context_mark", None) or mark
        line = first_line + mark.line if mark is not None else first_line
        return None, [
            Problem(
                shown,
                f"regel {line}",
                "de YAML klopt niet; kijk na of elke sleutel gevolgd wordt door ': ' "
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
            else "de front matter is niet afgesloten met een regel '---'"
        )
        return None, "", 1, [Problem(shown, "front matter", reason)]
    meta_text = match.group("meta")
    body_line = 2 + meta_text.count("\n") + 1
    meta, problems = load_yaml(meta_text, shown, first_line=2)
    return meta, match.group("body"), body_line, problems
