"""Validating the whole content tree before anything is written.

:func:`load_tree` reads every file under ``content/`` once, checks it against
the schema and then checks what files say about each other (council and
project slugs, duplicate slugs, wijkkrant include lists, linked files). It
collects every problem instead of stopping at the first, so an editor fixes
them all in one go. The Pelican reader reuses the parsed files, so a build
reads and parses each file only once.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pelican.settings import DEFAULT_CONFIG
from pydantic import BaseModel, ValidationError

from file_checks.static_files import UNSAFE_NAME_RE, check_static_file
from site_rules.clock import is_published
from site_rules.pages import slug_of
from site_rules.problems import notice

from . import messages
from .embeds import body_problems
from .loading import Problem, load_yaml, read_text, split_front_matter
from .schema import (
    DRAFT_STATUS,
    EDITION_NAME_RE,
    FIRST_YEAR,
    KIND_BY_FOLDER,
    KINDS,
    LAST_YEAR,
    SLUG_RE,
    STATIC_FOLDERS,
    Council,
    Kind,
)
from .settings import CheckSettings
from .text_checks import PLACEHOLDER_START, placeholder_problems


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
    # The site's settings for slugs, so the slug is the one Pelican will make.
    slug_settings: Any = field(default_factory=lambda: DEFAULT_CONFIG, repr=False)

    @cached_property
    def slug(self) -> str:
        # Asked for by every cross-check; the file does not change during a check.
        explicit = (self.raw or {}).get("slug")
        if isinstance(explicit, str) and explicit.strip():
            return explicit.strip()
        return slug_of(self.path.stem, self.slug_settings)


@dataclass
class ContentTree:
    root: Path
    files: list[SourceFile] = field(default_factory=list)
    councils: dict[str, Council] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # the build stops
    notices: list[Problem] = field(default_factory=list)  # shown; the build goes on
    _by_path: dict[str, SourceFile] = field(default_factory=dict, repr=False)

    def by_path(self) -> dict[str, SourceFile]:
        """Files by their absolute path; built once, the reader asks per file."""
        if len(self._by_path) != len(self.files):
            self._by_path = {str(f.path): f for f in self.files}
        return self._by_path

    def add(self, findings: list[Problem]) -> None:
        """Sort findings into problems and notices."""
        for finding in findings:
            (self.notices if finding.is_notice else self.problems).append(finding)

    def of_kind(self, name: str) -> list[SourceFile]:
        return [f for f in self.files if f.kind.name == name]

    @property
    def articles(self) -> list[SourceFile]:
        return [f for f in self.files if f.kind.is_article]

    def scheduled(self, now: dt.datetime) -> list[SourceFile]:
        """Posts, pages and editions dated after ``now``: held back until then."""
        return [
            f for f in self.files
            if f.meta is not None
            and getattr(f.meta, "status", None) != DRAFT_STATUS
            and getattr(f.meta, "date", None) is not None
            and isinstance(f.meta.date, dt.datetime)
            and not is_published(f.meta.date, now)
        ]


def _shown(path: Path, root: Path) -> str:
    return path.relative_to(root.parent).as_posix()


def _validate(model: type[BaseModel], data: Any, shown: str, root: Path, zone: ZoneInfo | None):
    if not isinstance(data, dict):
        what = "leeg" if data is None else "geen lijst van sleutels"
        return None, [Problem(shown, messages.TOP_KEYS, f"zijn {what}; schrijf 'sleutel: waarde' per regel")]
    problems = []
    for key in data:
        if not isinstance(key, str):
            problems.append(Problem(shown, str(key), "een sleutel moet een woord zijn"))
    if problems:
        return None, problems
    try:
        return model.model_validate(data, context={"content_root": root, "zone": zone}), []
    except ValidationError as error:
        return None, [
            Problem(shown, messages.key_path(e["loc"]), messages.describe(e, model))
            for e in error.errors()
        ]


def _read_file(path: Path, root: Path, kind: Kind, check: CheckSettings) -> tuple[SourceFile, list[Problem]]:
    shown = _shown(path, root)
    source = SourceFile(path=path, shown=shown, kind=kind, meta=None, raw=None, slug_settings=check.slug_settings)
    text, notices = read_text(path, shown, check.limits)
    if text is None:
        return source, notices
    # What `invoke new` left to fill in: named line by line, and the schema's
    # complaints about those same values ("not a date") left out.
    placeholders = placeholder_problems(text, shown)
    if kind.suffix == ".yml":
        data, problems = load_yaml(text, shown)
    else:
        data, source.body, source.body_line, problems = split_front_matter(text, shown)
    if problems:
        return source, notices + placeholders + problems
    source.raw = data if isinstance(data, dict) else None
    source.meta, problems = _validate(kind.model, data, shown, root, check.zone)
    if placeholders and source.raw:
        unfilled = {key for key, value in source.raw.items() if PLACEHOLDER_START in str(value)}
        problems = [p for p in problems if p.key.split(messages.KEY_SEPARATOR, 1)[0] not in unfilled]
    return source, notices + placeholders + problems


def _walk(root: Path):
    """Yield (path, kind or folder, reason) for every file below root; links are refused.

    A file or folder that is a symbolic link can point anywhere on the
    machine that builds the site, so none is followed: each is a problem.
    Hidden files and folders are refused too (Pelican would read some of them
    and skip others); only Git's ``.gitkeep`` is passed over quietly.
    """
    # An explicit stack, not os.walk: Python 3.11's os.walk recurses, and a
    # tree of a thousand nested folders would end in a RecursionError.
    stack = [(root, 0)]
    while stack:
        here, depth = stack.pop()
        try:
            entries = sorted(os.scandir(here), key=lambda entry: entry.name)
        except OSError as error:
            yield here, None, f"kan niet gelezen worden ({error.strerror})"
            continue
        folders = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                if entry.name not in QUIET_HIDDEN:
                    yield path, None, HIDDEN_REASON
            elif entry.is_dir(follow_symlinks=False):
                if depth + 1 >= MAX_FOLDER_DEPTH:
                    yield path, None, f"ligt meer dan {MAX_FOLDER_DEPTH} mappen diep; zet de bestanden hoger"
                else:
                    folders.append(path)
            else:
                yield (path, *_classify(path, root))
        # Depth first, in name order, as os.walk goes.
        stack.extend((folder, depth + 1) for folder in reversed(folders))


# Git keeps empty folders with this file; it is never published.
QUIET_HIDDEN = {".gitkeep"}
HIDDEN_REASON = (
    "is verborgen (de naam begint met een punt); de site gebruikt geen verborgen bestanden "
    "of mappen. Verwijder het, of geef het een naam zonder punt vooraan"
)
MAX_FOLDER_DEPTH = 6

LINK_REASON = (
    "is een snelkoppeling (symbolische link); de site gebruikt geen links naar andere "
    "plaatsen. Zet het bestand of de map zelf hier"
)


def _classify(path: Path, root: Path) -> tuple[Kind | str | None, str]:
    relative = path.relative_to(root)
    try:
        mode = path.lstat().st_mode
    except OSError as error:
        return None, f"kan niet gelezen worden ({error.strerror})"
    if stat.S_ISLNK(mode):
        return None, LINK_REASON
    if not stat.S_ISREG(mode):
        return None, "is geen gewoon bestand; verwijder het"
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        return None, "de bestandsnaam is geen UTF-8; geef het bestand een nieuwe naam met gewone letters"
    if found := UNSAFE_NAME_RE.search(path.name):
        return None, (
            f"de bestandsnaam bevat het teken {found.group()!r}, dat in een webadres iets anders "
            "betekent; hernoem het bestand met alleen letters, cijfers, - en _"
        )
    if " " in path.name or path.name != path.name.lower():
        # A space breaks a link written in the text; capitals are lowercased in
        # the address, so links written as the file is named would not match.
        what = " en ".join(w for w, bad in (("spaties", " " in path.name), ("hoofdletters", path.name != path.name.lower())) if bad)
        better = suggested_name(path.stem) + path.suffix.lower()
        return None, f"de bestandsnaam heeft {what}; hernoem het bestand naar '{better}'"
    top = relative.parts[0] if len(relative.parts) > 1 else ""
    if top in STATIC_FOLDERS:
        return top, ""
    kind = KIND_BY_FOLDER.get(top)
    if kind is None:
        folders = ", ".join(k.folder for k in KINDS)
        return None, f"staat niet in een gekende map; gebruik een van: {folders}"
    if path.suffix not in (kind.suffix, ".yaml" if kind.suffix == ".yml" else kind.suffix):
        return None, f"in {kind.folder}/ horen alleen {kind.suffix}-bestanden"
    return kind, ""


def load_tree(root: Path, check: CheckSettings | None = None) -> ContentTree:
    """Read and check every file below ``root``; never raises for content.

    :param check: what the check takes from the site's settings (limits,
        time zone, slugs, reserved addresses: ``CheckSettings.from_settings``);
        ``None``: Pelican's and the plugins' defaults.
    """
    check = check or CheckSettings()
    limits = check.limits
    root = Path(root).resolve()
    tree = ContentTree(root=root)
    for path, kind, reason in _walk(root):
        shown = _shown(path, root)
        if kind is None:
            tree.add([Problem(shown, "bestand", reason)])
        elif isinstance(kind, str):
            tree.add(check_static_file(path, shown, kind, limits))
        else:
            source, problems = _read_file(path, root, kind, check)
            tree.files.append(source)
            tree.add(problems)
    for source in tree.of_kind("council"):
        if source.meta is not None:
            council: Council = source.meta  # type: ignore[assignment]
            council._slug = source.slug
            tree.councils[source.slug] = council
    tree.add(_cross_check(tree, check))
    if check.now is not None:
        tree.add(_scheduled_notices(tree, check))
    return tree


def _scheduled_notices(tree: ContentTree, check: CheckSettings) -> list[Problem]:
    """Say when each scheduled file appears: an editor sees why it is not online yet."""
    findings = []
    for source in tree.scheduled(check.now):
        local = source.meta.date.astimezone(check.zone) if check.zone else source.meta.date
        findings.append(
            notice(
                source.shown,
                "date",
                f"gepland: verschijnt op {local:%d-%m-%Y} om {local:%H:%M}, bij de eerste publicatie "
                "na dat uur (elk uur); tot dan staat het niet op de site",
            )
        )
    return findings


def suggested_name(stem: str) -> str:
    """A file name an address can be made of: "Wijkraad Noord" -> "wijkraad-noord"."""
    return slug_of(stem).replace("_", "-").strip("-") or "naam"


def _effective_councils(source: SourceFile, council_slugs: list[str]) -> set[str]:
    """The councils of a post: the ones it names, or the site's only one."""
    named = source.meta.council if source.meta is not None else []
    return set(named) if named else set(council_slugs if len(council_slugs) == 1 else [])


def _project_of_another_council(source: SourceFile, project: SourceFile, council_slugs: list[str]) -> list[Problem]:
    """A post about a project belongs to (one of) that project's councils."""
    if project.meta is None:
        return []
    own, projects = _effective_councils(source, council_slugs), _effective_councils(project, council_slugs)
    if not own or not projects or own & projects:
        return []
    return [
        Problem(
            source.shown,
            "project",
            f"het project '{project.slug}' hoort bij {', '.join(sorted(projects))}, dit bericht bij "
            f"{', '.join(sorted(own))}; kies een project van dezelfde raad, of zet die raad bij council",
        )
    ]


def _cross_check(tree: ContentTree, check: CheckSettings) -> list[Problem]:
    problems: list[Problem] = []
    council_slugs = sorted(s.slug for s in tree.of_kind("council"))
    choices = ", ".join(council_slugs) or "(geen: maak eerst een bestand in content/raden/)"
    project_slugs = {f.slug for f in tree.of_kind("project")}
    projects_by_slug = {f.slug: f for f in tree.of_kind("project")}
    article_slugs = {f.slug for f in tree.articles}

    def check_council(source: SourceFile, value: Any) -> None:
        for slug in value if isinstance(value, list) else [value]:
            # A value that is no slug at all was reported by the schema already.
            if isinstance(slug, str) and SLUG_RE.match(slug) and slug not in council_slugs:
                problems.append(
                    Problem(
                        source.shown, "council",
                        f"onbekende raad '{slug}'{messages.suggestion(slug, council_slugs)}; kies uit: {choices}",
                    )
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
                    f"er is geen project '{project}' (een bestand content/projecten/{project}.md)"
                    f"{messages.suggestion(project, sorted(project_slugs))}",
                )
            )
        elif isinstance(project, str) and source.meta is not None:
            problems.extend(_project_of_another_council(source, projects_by_slug[project], council_slugs))

    for source in tree.of_kind("page"):
        raw = source.raw or {}
        if raw.get("council") is not None:
            check_council(source, raw["council"])

    for source in tree.of_kind("edition"):
        raw = source.raw or {}
        if raw.get("council") is not None:
            check_council(source, raw["council"])
        name = EDITION_NAME_RE.match(source.path.stem)
        if not name or not FIRST_YEAR <= int(name.group(1)) <= LAST_YEAR:
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
                        Problem(
                            source.shown, key,
                            f"er is geen bericht met bestandsnaam (of slug) '{slug}'{messages.suggestion(slug, sorted(article_slugs))}",
                        )
                    )

    problems.extend(_duplicate_slugs(tree, check))
    for source in tree.files:
        problems.extend(body_problems(source, tree.root))
        problems.extend(_tag_problems(source, check))
    return problems


def _tag_problems(source: SourceFile, check: CheckSettings) -> list[Problem]:
    tags = (source.raw or {}).get("tags")
    problems = []
    for tag in tags if isinstance(tags, list) else [tags] if isinstance(tags, str) else []:
        if isinstance(tag, str) and tag.strip() and not slug_of(tag, check.slug_settings, tag=True):
            problems.append(
                Problem(source.shown, "tags", f"het thema '{tag}' heeft geen letters of cijfers; schrijf het in woorden")
            )
    return problems


def _duplicate_slugs(tree: ContentTree, check: CheckSettings) -> list[Problem]:
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
                others = [o.shown for o in sharing if o is not source]
                # Name a few: a message is one line, even when hundreds share a slug.
                others = ", ".join(others[:3]) + (f" en {len(others) - 3} andere" if len(others) > 3 else "")
                problems.append(
                    Problem(
                        source.shown, "slug",
                        f"het adres '{slug}' (uit de bestandsnaam of slug:) wordt ook gebruikt door {others}; "
                        "geef een van de twee een andere bestandsnaam",
                    )
                )
    for source in tree.files:
        if not source.slug:
            problems.append(
                Problem(
                    source.shown,
                    "bestandsnaam",
                    "uit deze naam kan geen webadres gemaakt worden; geef het bestand een naam "
                    "met letters of cijfers, bv. buurtfeest.md",
                )
            )
    councils_by_slug: dict[str, list[SourceFile]] = defaultdict(list)
    for source in tree.of_kind("council"):
        councils_by_slug[source.slug].append(source)
        if not SLUG_RE.match(source.slug):
            # Posts name a council by its file name, and its page lives at that address.
            problems.append(
                Problem(
                    source.shown,
                    "bestandsnaam",
                    f"'{source.path.stem}' kan geen adres van een raad zijn; hernoem het bestand naar "
                    f"'{suggested_name(source.path.stem)}.yml' (kleine letters, cijfers en koppeltekens)",
                )
            )
    for sharing in councils_by_slug.values():
        # Keep the .yml file with the plainest name; name the others.
        sharing.sort(key=lambda source: (source.path.suffix != ".yml", source.path.name != source.path.name.lower(), source.path.name))
        for source in sharing[1:]:
            problems.append(
                Problem(
                    source.shown,
                    "bestandsnaam",
                    f"{sharing[0].shown} beschrijft dezelfde raad; hou één van de twee bestanden",
                )
            )
    reserved = {k.folder for k in KINDS} | set(STATIC_FOLDERS) | check.reserved
    for source in tree.of_kind("page"):
        if source.slug in reserved:
            problems.append(
                Problem(source.shown, "slug", f"'{source.slug}' is al een adres van de site; kies een andere bestandsnaam (of slug:)")
            )
    return problems


