"""Validating the whole content tree before anything is written.

:func:`load_tree` reads every file under ``content/`` once, checks it against
the schema and then checks what files say about each other (council and
project slugs, duplicate slugs, wijkkrant include lists, linked files). It
collects every problem instead of stopping at the first, so an editor fixes
them all in one go. The Pelican reader reuses the parsed files, so a build
reads and parses each file only once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify
from pydantic import BaseModel, ValidationError

from . import messages
from .loading import Problem, load_yaml, read_text, split_front_matter
from .schema import (
    EDITION_NAME_RE,
    SLUG_RE,
    KIND_BY_FOLDER,
    KINDS,
    STATIC_FOLDERS,
    Council,
    Kind,
)

# Links in a Markdown body that point at a file of the site itself.
BODY_LINK_RE = re.compile(
    r"""(?:\]\(\s*<?|\b(?:href|src)\s*=\s*["'])(?P<target>[^)\s"'>]+)"""
)
LOCAL_FILE_RE = re.compile(
    r"^(?:\{(?:static|attach|filename)\}|\|(?:static|attach|filename)\|)?"
    r"(?:\.\./)*/?(?P<path>(?:%s)/[^#?]+)" % "|".join(STATIC_FOLDERS)
)


@dataclass
class SourceFile:
    """One editor's file, parsed and validated."""

    path: Path
    shown: str  # the path as messages show it
    kind: Kind
    meta: BaseModel | None  # None when the file has problems
    raw: dict[str, Any] | None  # the front matter as written; None when unreadable
    body: str = ""
    body_line: int = 1

    @property
    def slug(self) -> str:
        explicit = (self.raw or {}).get("slug")
        if isinstance(explicit, str) and explicit.strip():
            return explicit.strip()
        return slugify(
            self.path.stem, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]
        )


@dataclass
class ContentTree:
    root: Path
    files: list[SourceFile] = field(default_factory=list)
    councils: dict[str, Council] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    _by_path: dict[str, SourceFile] = field(default_factory=dict, repr=False)

    def by_path(self) -> dict[str, SourceFile]:
        """Files by their absolute path; built once, the reader asks per file."""
        if len(self._by_path) != len(self.files):
            self._by_path = {str(f.path): f for f in self.files}
        return self._by_path

    def of_kind(self, name: str) -> list[SourceFile]:
        return [f for f in self.files if f.kind.name == name]

    @property
    def articles(self) -> list[SourceFile]:
        return [f for f in self.files if f.kind.is_article]


def _shown(path: Path, root: Path) -> str:
    return path.relative_to(root.parent).as_posix()


def _validate(model: type[BaseModel], data: Any, shown: str, root: Path):
    if not isinstance(data, dict):
        what = "leeg" if data is None else "geen lijst van sleutels"
        return None, [Problem(shown, "front matter", f"is {what}; schrijf 'sleutel: waarde' per regel")]
    problems = []
    for key in data:
        if not isinstance(key, str):
            problems.append(Problem(shown, str(key), "een sleutel moet een woord zijn"))
    if problems:
        return None, problems
    try:
        return model.model_validate(data, context={"content_root": root}), []
    except ValidationError as error:
        return None, [
            Problem(shown, messages.key_path(e["loc"]), messages.describe(e, model))
            for e in error.errors()
        ]


def _read_file(path: Path, root: Path, kind: Kind) -> tuple[SourceFile, list[Problem]]:
    shown = _shown(path, root)
    source = SourceFile(path=path, shown=shown, kind=kind, meta=None, raw=None)
    text, problems = read_text(path, shown)
    if text is None:
        return source, problems
    if kind.suffix == ".yml":
        data, problems = load_yaml(text, shown)
    else:
        data, source.body, source.body_line, problems = split_front_matter(text, shown)
    if problems:
        return source, problems
    source.raw = data if isinstance(data, dict) else None
    source.meta, problems = _validate(kind.model, data, shown, root)
    return source, problems


def _walk(root: Path):
    """Yield (path, kind or None, reason) for every editor file below root."""
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or path.is_dir():
            continue
        top = relative.parts[0] if len(relative.parts) > 1 else ""
        if top in STATIC_FOLDERS:
            continue
        kind = KIND_BY_FOLDER.get(top)
        if kind is None:
            folders = ", ".join(k.folder for k in KINDS)
            yield path, None, f"staat niet in een gekende map; gebruik een van: {folders}"
        elif path.suffix not in (kind.suffix, ".yaml" if kind.suffix == ".yml" else kind.suffix):
            yield path, None, f"in {kind.folder}/ horen alleen {kind.suffix}-bestanden"
        else:
            yield path, kind, ""


def load_tree(root: Path) -> ContentTree:
    """Read and check every file below ``root``; never raises for content."""
    root = Path(root).resolve()
    tree = ContentTree(root=root)
    for path, kind, reason in _walk(root):
        if kind is None:
            tree.problems.append(Problem(_shown(path, root), "bestand", reason))
            continue
        source, problems = _read_file(path, root, kind)
        tree.files.append(source)
        tree.problems.extend(problems)
    for source in tree.of_kind("council"):
        if source.meta is not None:
            council: Council = source.meta  # type: ignore[assignment]
            council._slug = source.slug
            tree.councils[source.slug] = council
    tree.problems.extend(_cross_check(tree))
    return tree


def _cross_check(tree: ContentTree) -> list[Problem]:
    problems: list[Problem] = []
    council_slugs = sorted(s.slug for s in tree.of_kind("council"))
    choices = ", ".join(council_slugs) or "(geen: maak eerst een bestand in content/raden/)"
    project_slugs = {f.slug for f in tree.of_kind("project")}
    article_slugs = {f.slug for f in tree.articles}

    def check_council(source: SourceFile, value: Any) -> None:
        for slug in value if isinstance(value, list) else [value]:
            # A value that is no slug at all was reported by the schema already.
            if isinstance(slug, str) and SLUG_RE.match(slug) and slug not in council_slugs:
                problems.append(
                    Problem(source.shown, "council", f"onbekende raad '{slug}'; kies uit: {choices}")
                )

    # Files whose front matter could not be read at all are left out here:
    # their one problem is already reported, and guessing would add noise.
    for source in (f for f in tree.articles if f.raw is not None):
        raw = source.raw
        # A file whose front matter could not be read has a problem already;
        # "council is missing" would only be noise next to it.
        unread = source.meta is None and not raw
        if "council" in raw:
            check_council(source, raw["council"])
        elif len(council_slugs) > 1 and not unread:
            problems.append(
                Problem(
                    source.shown,
                    "council",
                    f"ontbreekt; deze site heeft meer dan één raad, kies uit: {choices}",
                )
            )
        project = raw.get("project")
        if isinstance(project, str) and project not in project_slugs:
            problems.append(
                Problem(
                    source.shown,
                    "project",
                    f"er is geen project met slug '{project}' in content/projecten/",
                )
            )

    for source in tree.of_kind("edition"):
        raw = source.raw or {}
        if raw.get("council") is not None:
            check_council(source, raw["council"])
        if not EDITION_NAME_RE.match(source.path.stem):
            problems.append(
                Problem(
                    source.shown,
                    "bestandsnaam",
                    "een editie heet jaar-kwartaal, bv. 2025-q3.md",
                )
            )
        for key in ("include", "exclude"):
            values = raw.get(key) or []
            for slug in values if isinstance(values, list) else [values]:
                if isinstance(slug, str) and slug not in article_slugs:
                    problems.append(
                        Problem(source.shown, key, f"er is geen bericht met slug '{slug}'")
                    )

    problems.extend(_duplicate_slugs(tree))
    problems.extend(_missing_linked_files(tree))
    return problems


def _duplicate_slugs(tree: ContentTree) -> list[Problem]:
    """Two posts (or two pages) with one slug would overwrite each other."""
    problems = []
    groups = {
        "article": tree.articles,
        "page": tree.of_kind("page"),
    }
    for files in groups.values():
        by_slug: dict[str, list[SourceFile]] = defaultdict(list)
        for source in files:
            by_slug[source.slug].append(source)
        for slug, sharing in by_slug.items():
            for source in sharing if len(sharing) > 1 else []:
                others = ", ".join(o.shown for o in sharing if o is not source)
                problems.append(
                    Problem(source.shown, "slug", f"'{slug}' wordt ook gebruikt door {others}")
                )
    reserved = {k.folder for k in KINDS} | set(STATIC_FOLDERS) | {"theme", "agenda", "feeds", "volg-ons"}
    for source in tree.of_kind("page"):
        if source.slug in reserved:
            problems.append(
                Problem(source.shown, "slug", f"'{source.slug}' is al een adres van de site; kies een andere slug")
            )
    return problems


def _missing_linked_files(tree: ContentTree) -> list[Problem]:
    problems = []
    for source in tree.files:
        for offset, line in enumerate(source.body.splitlines()):
            for match in BODY_LINK_RE.finditer(line):
                local = LOCAL_FILE_RE.match(match.group("target"))
                if local and not (tree.root / local.group("path")).is_file():
                    problems.append(
                        Problem(
                            source.shown,
                            f"regel {source.body_line + offset}",
                            f"de link verwijst naar '{local.group('path')}', maar dat bestand bestaat niet",
                        )
                    )
    return problems
