"""Where a path an editor writes leads: always to a file inside ``content/``.

Editors name files in keys (``image: afbeeldingen/feest.jpg``) and in links
(``[verslag](bijlagen/juni.pdf)``, ``{attach}../bijlagen/juni.pdf``). Pelican
copies whatever a ``{static}`` or ``{attach}`` link names, wherever it is, so
an unchecked ``{attach}/../../../etc/passwd`` would publish that file. Every
such path is resolved here, once, the way Pelican resolves it, after
decoding and following links, and must end at a regular file inside
``content/``: this module is the one owner of that rule.
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

# Pelican's markers for links to the site's own files ({static}x), as
# INTRASITE_LINK_REGEX in pelicanconf.py accepts them; LOOSE_MARKER_RE finds
# the other spellings Pelican once knew ({static|, |static|), which the check refuses.
MARKER_RE = re.compile(r"^\{(?P<a>static|attach|filename)\}")
LOOSE_MARKER_RE = re.compile(r"^[{|](?:static|attach|filename)[}|]")
# Characters a path to a file never needs and that change what a link means:
# entities (&), markup, quotes, a query, a backslash (a slash to browsers).
UNSAFE_IN_PATH_RE = re.compile(r"[&<>\"'?\\;\s]")
SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class ContentPath:
    """A written path resolved to a file below ``content/``."""

    relative: PurePosixPath  # below content/, as Pelican names it
    marker: str  # "static", "attach", "filename" or "" (a plain path)

    @property
    def folder(self) -> str:
        return self.relative.parts[0] if len(self.relative.parts) > 1 else ""


class OutsideContent(ValueError):
    """The written path does not lead to a usable file.

    ``str()`` says why, in Dutch, as what follows "dat bestand" or "het
    bestand 'x'": ``bestaat niet in content/ (…)``; or, when ``about_link``,
    what follows "de link 'x'": the way it is written is wrong.
    """

    def __init__(self, reason: str, about_link: bool = False):
        super().__init__(reason)
        self.about_link = about_link


def split_marker(written: str) -> tuple[str, str]:
    """``("attach", "../x.pdf")`` for ``{attach}../x.pdf``; ``("", written)`` without marker."""
    match = MARKER_RE.match(written)
    if not match:
        return "", written
    return match.group("a"), written[match.end():]


def _decoded(path: str) -> str:
    # Pelican tries the path as written, %-decoded and HTML-unescaped; all
    # three must stay inside content/, so check the most decoded one.
    return unquote(html.unescape(path)).split("#", 1)[0].split("?", 1)[0]


def resolve(root: Path, written: str, source_dir: PurePosixPath | None = None) -> ContentPath:
    """Resolve ``written`` like Pelican does and check that it stays in ``content/``.

    :param root: the content folder (absolute, resolved).
    :param written: the path as the editor wrote it, with or without marker.
    :param source_dir: the folder of the file holding a link, below
        ``content/``: a marker path without a leading ``/`` is relative to it.
        ``None`` for keys such as ``image``, which are always below content/.
    :raises OutsideContent: with a Dutch reason.
    """
    written = written.strip()
    if LOOSE_MARKER_RE.match(written) and not MARKER_RE.match(written):
        raise OutsideContent("is verkeerd geschreven: schrijf {static}, {attach} of {filename} met accolades", about_link=True)
    marker, path = split_marker(written)
    if SCHEME_RE.match(path) or path.startswith("//") or (found := UNSAFE_IN_PATH_RE.search(path)):
        shown = "een webadres" if SCHEME_RE.match(path) or path.startswith("//") else f"het teken {found.group()!r}"
        raise OutsideContent(
            f"bevat {shown}; een link naar een bestand van de site is alleen de naam van het "
            "bestand, bv. bijlagen/verslag.pdf",
            about_link=True,
        )
    if "#" in path and marker != "filename":
        raise OutsideContent("bevat een #; een link naar een bestand heeft geen deel achter #", about_link=True)
    path = _decoded(path)
    if "\\" in path:
        raise OutsideContent("bevat een \\; schrijf mappen met / (afbeeldingen/foto.jpg)")
    if not path.strip("/"):
        raise OutsideContent("heeft geen naam")
    if source_dir is not None and marker and not path.startswith("/"):
        joined = os.path.normpath(os.path.join(str(source_dir), path))
    else:
        joined = os.path.normpath(path.lstrip("/"))
    if joined == ".." or joined.startswith("../") or os.path.isabs(joined):
        raise OutsideContent("ligt buiten content/; de site gebruikt alleen bestanden uit content/")
    target = root / joined
    real = Path(os.path.realpath(target))
    if real != root and root not in real.parents:
        raise OutsideContent("wijst via een snelkoppeling naar buiten content/; zet het bestand zelf in content/")
    if not target.is_file():
        raise OutsideContent("bestaat niet in content/ (let op hoofdletters en extensie)")
    return ContentPath(PurePosixPath(joined), marker)


def resolve_static(
    root: Path, written: str, folders: tuple[str, ...], source_dir: PurePosixPath | None = None
) -> ContentPath:
    """Like :func:`resolve`, for a file that is published as it is, in one of ``folders``."""
    found = resolve(root, written, source_dir)
    if found.folder not in folders:
        names = ", ".join(f"{folder}/" for folder in folders[:-1]) + f" of {folders[-1]}/"
        raise OutsideContent(f"staat niet in {names}; zet het daar")
    return found
