"""What a built site may hold, checked before it is published.

Files in content/afbeeldingen, content/bijlagen and content/extra are copied
as they are, and the theme's static files too. A symbolic link there would
publish whatever it points at (a key, a password file), a named pipe or a
device file would hang or break the upload, and a script or a program has no
business on a neighbourhood council's website. So the staged site is walked,
without following links, and everything that is not a regular file of a type
this site publishes is refused before the site replaces the previous one.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from content_model import Problem
from file_checks.static_files import FOLDER_PURPOSES

# The file types this site's build writes or copies: pages, feeds, the
# calendar, JSON indexes, styles and fonts (.ttf: the wijkkrant's print
# style), images, and the documents councils attach.
PUBLISHED_SUFFIXES: frozenset[str] = frozenset(
    {
        # pages, feeds, calendar, indexes, robots.txt and licences
        ".html", ".xml", ".ics", ".json", ".txt",
        # style and fonts
        ".css", ".woff2", ".woff", ".ttf",
        # the favicon
        ".png", ".svg", ".ico",
    }
    # and every type an editor may put in a folder for files (content_model owns that list)
    | {suffix for _, suffixes in FOLDER_PURPOSES.values() for suffix in suffixes}
)

# Files that hosting reads at the top of a site (GitHub Pages).
TOP_LEVEL_NAMES = frozenset({"CNAME", ".nojekyll"})

_KINDS = (
    (stat.S_ISFIFO, "is een named pipe (fifo), geen gewoon bestand; de build publiceert die niet"),
    (stat.S_ISSOCK, "is een socket, geen gewoon bestand; de build publiceert die niet"),
    (stat.S_ISCHR, "is een apparaatbestand, geen gewoon bestand; de build publiceert dat niet"),
    (stat.S_ISBLK, "is een apparaatbestand, geen gewoon bestand; de build publiceert dat niet"),
)


def _shown_name(staging: Path) -> str:
    """``output`` for ``output.building`` or ``output.building-1a2b``."""
    name = staging.name
    cut = name.rfind(".building")
    return name[:cut] if cut > 0 else "output"


def _refusal(mode: int, name: str, top: bool) -> str | None:
    if stat.S_ISLNK(mode):
        return (
            "is een symbolische link; de build publiceert geen links "
            "(zet het echte bestand in de plaats)"
        )
    if stat.S_ISDIR(mode):
        return None
    if not stat.S_ISREG(mode):
        for test, reason in _KINDS:
            if test(mode):
                return reason
        return "is geen gewoon bestand; de build publiceert het niet"
    if top and name in TOP_LEVEL_NAMES:
        return None
    suffix = os.path.splitext(name)[1].lower()
    if suffix in PUBLISHED_SUFFIXES:
        return None
    if not suffix:
        return (
            "heeft geen bestandstype (geen extensie zoals .pdf); de build publiceert het niet. "
            "Haal het weg uit content/ of het thema, of geef het een toegelaten type"
        )
    return (
        f"bestandstype {suffix} mag niet gepubliceerd worden; de site publiceert alleen "
        "pagina's, afbeeldingen, lettertypen en documenten (pdf, odt, docx, ...). "
        "Haal het bestand weg uit content/ of het thema"
    )


def scan_staged(staging: Path, *, shown_as: str | None = None) -> list[Problem]:
    """Refusals found in a staged site, one Problem per file, sorted by path.

    Paths are shown as ``output/<relative path>`` (``shown_as`` replaces
    ``output``). Links are reported, never followed. An OSError while
    reading a folder propagates.
    """
    staging = Path(staging)
    shown = shown_as or _shown_name(staging)
    problems: list[Problem] = []

    def walk(folder: str, relative: str) -> None:
        with os.scandir(folder) as entries:
            found = sorted(entries, key=lambda e: e.name)
        for entry in found:
            path = f"{relative}/{entry.name}" if relative else entry.name
            mode = entry.stat(follow_symlinks=False).st_mode
            reason = _refusal(mode, entry.name, top=not relative)
            if reason:
                problems.append(Problem(f"{shown}/{path}", "bestand", reason))
            elif stat.S_ISDIR(mode):
                walk(entry.path, path)

    walk(os.fspath(staging), "")
    return sorted(problems, key=lambda problem: problem.file)
