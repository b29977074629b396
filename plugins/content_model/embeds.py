"""What a Markdown text links to and shows: the site's own files, nothing from other hosts.

Two rules for every body (and every Markdown key, such as ``summary``):

* a link to a file of the site (``bijlagen/verslag.pdf``,
  ``{attach}../bijlagen/verslag.pdf``, ``{filename}../berichten/x.md``)
  must lead to a file inside ``content/`` (see :mod:`.paths`); a missing
  file is named;
* a picture or other embedded thing (``![](https://…)``, ``<img src>``,
  ``<iframe>``, ``<video>``) from another host is refused: the site promises
  residents that it loads nothing from elsewhere (no tracking pixels).
  Links *to* other sites stay allowed.

The sanitizer (:mod:`.sanitize`) and the Content-Security-Policy of every
page hold the same line, should anything slip past this check.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from file_checks.static_files import PICTURE_SUFFIXES
from site_rules.problems import Problem
from site_rules.site_address import EXTERNAL_RE

from .paths import LOOSE_MARKER_RE, OutsideContent, resolve, resolve_static, split_marker
from .schema import STATIC_FOLDERS


class WithText(Protocol):
    """What this module reads of a checked file (validation.SourceFile has it)."""

    path: Path
    shown: str
    body: str
    body_line: int
    raw: dict[str, Any] | None

# Code is shown, not run: fenced blocks and `spans` are left out of the scan.
FENCED_CODE_RE = re.compile(r"^(?P<fence>```+|~~~+).*?^(?P=fence)[ \t]*$", re.MULTILINE | re.DOTALL)
CODE_SPAN_RE = re.compile(r"(`+)(?!`)[^\n]{1,1000}?(?<!`)\1(?!`)")
# Where a Markdown or HTML text names a target: ](target), <target> in a
# reference definition, [ref]: target, href= and src= (quoted or not).
TARGET_RE = re.compile(
    r"""(?:\]\(\s*<(?P<angle>[^>\n]{1,1000})>"""
    r"""|\]\(\s*(?P<paren>[^)\s]{1,1000})"""
    r"""|^\s{0,3}\[[^\]\n]{1,1000}\]:\s*<?(?P<ref>[^\s>]{1,1000})"""
    r"""|\b(?:href|src|poster|data|srcset|cite|action|formaction)\s*=\s*"""
    r"""(?:"(?P<dq>[^"]{0,1000})"|'(?P<sq>[^']{0,1000})'|(?P<bare>[^\s>]{1,1000})))""",
    re.MULTILINE | re.IGNORECASE,
)
# Pictures: ![alt](target), ![alt][ref] / ![ref], and the src of HTML tags.
IMAGE_RE = re.compile(
    r"""!\[(?P<alt>[^\]\n]{0,1000})\](?:\(\s*<?(?P<inline>[^)\s>]{1,1000})|\[(?P<ref>[^\]\n]{0,1000})\])?"""
    r"""|<(?P<tag>img|source|video|audio|track|input|image)\b[^>]{0,1000}?\b(?:src|poster|srcset|href)\s*=\s*["']?(?P<src>[^"'\s>]{1,1000})""",
    re.IGNORECASE,
)
# An <img> with a non-empty alt attribute (a picture's description).
IMG_ALT_RE = re.compile(r"""\balt\s*=\s*(?:"\s*[^"\s]|'\s*[^'\s]|[^\s"'>])""", re.IGNORECASE)
REFERENCE_RE = re.compile(r"^\s{0,3}\[(?P<name>[^\]\n]{1,1000})\]:\s*<?(?P<target>[^\s>]{1,1000})", re.MULTILINE)
# Tags that embed a whole other page or a player: never published.
EMBED_TAG_RE = re.compile(r"<(?P<tag>iframe|frame|object|embed|video|audio|picture|svg|math)\b", re.IGNORECASE)
# Tags that are code or change the page itself: never published.
CODE_TAG_RE = re.compile(r"<(?P<tag>script|style|link|base|meta|form|input|button)\b", re.IGNORECASE)
# Any text that could hold a link to a file of the site holds one of these
# (checked first, as plain substrings: far cheaper than the scan itself).
LINK_HINTS = ("static", "attach", "filename", *(f"{folder}/" for folder in STATIC_FOLDERS))
# What a link to a file of the site looks like: a marker, or a path into a static folder.
LINK_TO_FILE_RE = re.compile(r"^(?:[{|](?:static|attach|filename)[}|])?(?:\.\./|\./)*/?(?:%s)/" % "|".join(STATIC_FOLDERS))
# A bare link to one of the static folders, as editors see files in the repository.
STATIC_PATH_RE = re.compile(r"^(?:\.\./)*/?(?:%s)/" % "|".join(STATIC_FOLDERS))


def _blank_code(text: str) -> str:
    """``text`` with code replaced by spaces, so line numbers stay right."""
    if "`" not in text and "~~~" not in text:
        return text

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group())

    return CODE_SPAN_RE.sub(blank, FENCED_CODE_RE.sub(blank, text))


def _tag_at(text: str, start: int) -> str:
    """The whole tag that starts at ``start`` (up to its ``>``, at most 2000 characters)."""
    end = text.find(">", start, start + 2000)
    return text[start:end + 1] if end != -1 else text[start:start + 2000]


def _line(text: str, position: int, first_line: int) -> int:
    return first_line + text.count("\n", 0, position)


def embed_problems(text: str, shown: str, where) -> list[Problem]:
    """Pictures and embedded things from other hosts in ``text``.

    :param where: a function from a position in ``text`` to the key or
        line that messages name (``regel 12``, ``summary``).
    """
    if "![" not in text and "<" not in text:
        return []  # no picture and no tag: nothing is embedded
    text = _blank_code(text)
    references = {m.group("name").strip().lower(): m.group("target") for m in REFERENCE_RE.finditer(text)}
    problems = []
    for match in IMAGE_RE.finditer(text):
        if match.group("tag"):
            target = match.group("src")
        elif match.group("inline"):
            target = match.group("inline")
        else:
            name = (match.group("ref") or match.group("alt") or "").strip().lower()
            target = references.get(name, "")
        no_alt = (
            not (match.group("alt") or "").strip()
            if not match.group("tag")
            else match.group("tag").lower() == "img" and not IMG_ALT_RE.search(_tag_at(text, match.start()))
        )
        if no_alt:
            # Screen readers read the alt text aloud; without it a resident
            # who does not see the picture hears nothing, or the file name.
            problems.append(
                Problem(
                    shown,
                    where(match.start()),
                    "deze afbeelding heeft geen beschrijving; schrijf tussen de haken wat er op te zien "
                    f"is, bv. ![Buren planten bomen in de Kerkstraat]({(target or 'afbeeldingen/foto.jpg')[:80]})",
                )
            )
        if target and EXTERNAL_RE.match(target.strip()):
            problems.append(
                Problem(
                    shown,
                    where(match.start()),
                    "deze afbeelding komt van een andere website; de site toont alleen eigen "
                    "afbeeldingen. Zet de foto in content/afbeeldingen/ en verwijs ernaar als "
                    "afbeeldingen/naam.jpg",
                    target[:80],
                )
            )
        elif target and not LINK_TO_FILE_RE.match(target.strip()):
            # A picture of the site is a file in a folder for files, named as such.
            problems.append(
                Problem(
                    shown,
                    where(match.start()),
                    f"de afbeelding '{target[:80]}' staat niet in content/afbeeldingen/; zet de foto "
                    "daar en verwijs ernaar als afbeeldingen/naam.jpg",
                )
            )
        elif target and PurePosixPath(target.split("#")[0]).suffix.lower() not in PICTURE_SUFFIXES:
            problems.append(
                Problem(
                    shown,
                    where(match.start()),
                    f"'{target[:80]}' is geen afbeelding; een afbeelding is een foto of tekening "
                    f"({', '.join(sorted(PICTURE_SUFFIXES))})",
                )
            )
    for match in EMBED_TAG_RE.finditer(text):
        problems.append(
            Problem(
                shown,
                where(match.start()),
                f"<{match.group('tag').lower()}> wordt niet gepubliceerd: de site toont geen ingesloten "
                "inhoud van andere websites. Zet een gewone link, bv. [bekijk de video](https://…)",
            )
        )
    for match in CODE_TAG_RE.finditer(text):
        problems.append(
            Problem(
                shown,
                where(match.start()),
                f"<{match.group('tag').lower()}> is code en wordt niet gepubliceerd; haal het weg "
                "(opmaak zoals vet en lijsten schrijf je in Markdown)",
            )
        )
    return problems


def link_problems(text: str, shown: str, source_dir: PurePosixPath, root: Path, where) -> list[Problem]:
    """Links to files of the site in ``text`` that do not lead to a file inside content/."""
    if not any(hint in text for hint in LINK_HINTS):
        return []  # no marker and no static folder named: no link to a file of the site
    text = _blank_code(text)
    problems = []
    for match in TARGET_RE.finditer(text):
        target = next(value for value in match.groups() if value is not None).strip()
        marker, path = split_marker(target)
        if not marker and not LOOSE_MARKER_RE.match(target) and not STATIC_PATH_RE.match(target):
            continue
        try:
            if marker == "filename":
                resolve(root, target, source_dir)
            else:
                # Bare paths are rewritten to {static}/… by the reader: from content/.
                written = target if marker or LOOSE_MARKER_RE.match(target) else "/" + target.lstrip("./")
                resolve_static(root, written, STATIC_FOLDERS, source_dir)
        except OutsideContent as error:
            text = (
                f"de link '{target[:100]}' {error}"
                if error.about_link
                else f"de link verwijst naar '{path or target}', maar dat bestand {error}"
            )
            problems.append(Problem(shown, where(match.start()), text))
    return problems


# Markdown (and the scans here) need time that grows with the square of the
# number of brackets on a page: 20,000 take minutes. No real post comes near.
MAX_BRACKETS = 2000


def _too_complex(text: str, shown: str, where: str) -> Problem | None:
    for bracket, name in (("[", "vierkante haken ["), ("<", "punthaken <")):
        if (count := text.count(bracket)) > MAX_BRACKETS:
            return Problem(
                shown,
                where,
                f"de tekst heeft {count} {name} (hoogstens {MAX_BRACKETS}); zo veel links of "
                "code maken de site traag. Splits de tekst of zet een lange lijst in een bijlage",
            )
    return None


def body_problems(source: WithText, root: Path) -> list[Problem]:
    """Every link and picture problem of one file: its body and its Markdown keys."""
    if problem := _too_complex(source.body, source.shown, "bestand"):
        return [problem]
    problems = []
    source_dir = PurePosixPath(source.path.parent.relative_to(root).as_posix())
    if source.body:
        def where(position: int) -> str:
            return f"regel {_line(source.body, position, source.body_line)}"

        problems += link_problems(source.body, source.shown, source_dir, root, where)
        problems += embed_problems(source.body, source.shown, where)
    for key in ("summary", "description"):
        value = (source.raw or {}).get(key)
        if isinstance(value, str):
            if problem := _too_complex(value, source.shown, key):
                problems.append(problem)
                continue
            problems += link_problems(value, source.shown, source_dir, root, lambda _, key=key: key)
            problems += embed_problems(value, source.shown, lambda _, key=key: key)
    return problems
