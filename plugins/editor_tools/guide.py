"""The generated parts of the guides in ``docs/``, written by ``invoke docs``.

The editors' guide (``docs/redactie.md``) shows the keys of every kind and
every message the content check can give; the maintainers' guide
(``docs/beheer.md``) lists the settings of the plugins. Those parts are
generated from the code, between marker comments, so they cannot drift from
it: a test fails when a guide is not what ``invoke docs`` would write.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from content_model.schema import KINDS, KeyInfo, Kind, keys_of
from file_checks.limits import Limits
from file_checks.static_files import FOLDER_PURPOSES
from site_rules.problems import printable

from . import error_catalogue
from .scaffold import sentence, yaml_lines

BEGIN = "<!-- BEGIN GENERATED {name}: written by `invoke docs`, do not edit by hand -->"
END = "<!-- END GENERATED {name} -->"


class GuideError(Exception):
    pass


# --- key tables -----------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _inline_example(key: KeyInfo) -> str | None:
    """The example as one line of YAML, or None when it takes several lines."""
    if not key.examples:
        return None
    lines = yaml_lines(key.name, key.examples[0])
    if len(lines) > 1:
        return None
    return lines[0].split(":", 1)[1].strip()


def _key_table(model: type[BaseModel]) -> list[str]:
    rows = [
        "| sleutel | verplicht | wat vul je in | voorbeeld |",
        "|---|---|---|---|",
    ]
    nested: list[KeyInfo] = []
    for key in keys_of(model):
        what = sentence(key.description)
        if key.choices:
            what += " Kies uit: " + ", ".join(f"`{choice}`" for choice in key.choices) + "."
        example = _inline_example(key)
        if example is None and key.examples:
            nested.append(key)
            shown = "zie onder de tabel"
        else:
            shown = f"`{example}`" if example else ""
        required = "ja" if key.required else "nee"
        rows.append(f"| `{key.name}` | {required} | {_cell(what)} | {_cell(shown)} |")
    out = rows
    for key in nested:
        out.append("")
        if key.parts is not None:
            out += [f"Onder `{key.name}`:", ""]
            out += _key_table(key.parts)
            out += ["", "Voorbeeld:", ""]
        else:
            out += [f"Voorbeeld van `{key.name}`:", ""]
        out += ["```yaml", *yaml_lines(key.name, key.examples[0]), "```"]
    return out


def _example_value(key: KeyInfo) -> Any:
    if key.examples:
        return key.examples[0]
    if key.choices:
        return key.choices[0]
    raise GuideError(f"de sleutel '{key.name}' heeft geen voorbeeld in het schema")


def smallest_file(kind: Kind) -> str:
    """The smallest valid file of ``kind``: its required keys (and the council)."""
    lines: list[str] = []
    for key in keys_of(kind.model):
        if key.required or (kind.is_article and key.name == "council"):
            lines += yaml_lines(key.name, _example_value(key))
    if kind.suffix == ".yml":
        return "\n".join(lines) + "\n"
    return "---\n" + "\n".join(lines) + "\n---\nHier komt de tekst.\n"


def key_tables() -> str:
    out: list[str] = []
    for kind in KINDS:
        out += [f"### {kind.label.capitalize()}", ""]
        name = "<jaar>-q<kwartaal>" if kind.name == "edition" else "<naam>"
        out += [
            f"Map `content/{kind.folder}/`, bestand `{name}{kind.suffix}`. "
            f"Nieuw bestand: `invoke new {kind.label} \"Titel\"`.",
            "",
        ]
        out += _key_table(kind.model)
        out += ["", "Het kleinste bestand dat de controle goedkeurt:", ""]
        language = "yaml" if kind.suffix == ".yml" else "markdown"
        out += [f"```{language}", smallest_file(kind).rstrip("\n"), "```", ""]
    return "\n".join(out).rstrip("\n")


# --- error catalogue ---------------------------------------------------------------


def _fence(text: str) -> str:
    """A fence longer than any run of backticks in ``text``."""
    fence = "```"
    while fence in text:
        fence += "`"
    return fence


def error_messages() -> str:
    out: list[str] = []
    for group in error_catalogue.GROUPS:
        out += [f"### {group}", ""]
        for case in error_catalogue.CASES:
            if case.group != group:
                continue
            problems = error_catalogue.problems_of(case)
            if not problems:
                raise GuideError(f"het voorbeeld '{case.title}' geeft geen melding")
            out += [f"#### {case.title}", "", "De controle zegt:", ""]
            messages = "\n".join(str(problem) for problem in problems)
            out += ["```text", messages, "```", ""]
            shown = _broken_text(case)
            if shown:
                fence = _fence(shown)
                out += ["Zo stond het in het bestand:", "", f"{fence}text", shown.rstrip("\n"), fence, ""]
            out += [f"**Wat doe je eraan?** {case.advice}", ""]
    return "\n".join(out).rstrip("\n")


def _broken_text(case: error_catalogue.ErrorCase) -> str:
    parts = []
    several = len(case.files) + len(case.links) + len(case.sizes) > 1
    for relative, data in case.files.items():
        if isinstance(data, bytes) and data.startswith((b"\x89PNG", b"\xff\xd8")):
            kind = "PNG" if data.startswith(b"\x89PNG") else "JPEG"
            text = f"(een afbeelding in {kind}, {len(data)} bytes)\n"
        else:
            text = data.decode("latin-1") if isinstance(data, bytes) else data
            # Invisible characters are shown by their code, as the check names them.
            text = "\n".join(printable(line) for line in text.split("\n"))
        parts.append(f"# content/{relative}\n{text}" if several else text)
    for relative, target in case.links.items():
        parts.append(f"# content/{relative}: een snelkoppeling naar {target}\n")
    for relative, size in case.sizes.items():
        parts.append(f"# content/{relative}: een bestand van {size:,} bytes\n".replace(",", "."))
    return "\n".join(parts)


# --- plugin settings --------------------------------------------------------------------


def _defaults_in(source: str) -> list[tuple[str, str, str]]:
    """(name, default as written, comment above it) for each key of a DEFAULTS dict."""
    tree = ast.parse(source)
    lines = source.splitlines()
    found = []
    for node in tree.body:
        targets = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
        if "DEFAULTS" not in targets or not isinstance(node.value, ast.Dict):
            continue
        for key, value in zip(node.value.keys, node.value.values):
            if not isinstance(key, ast.Constant):
                continue
            comment: list[str] = []
            line = key.lineno - 2
            while line >= 0 and lines[line].strip().startswith("#"):
                comment.insert(0, lines[line].strip().lstrip("#").strip())
                line -= 1
            found.append((key.value, ast.get_source_segment(source, value), " ".join(comment)))
    return found


# Libraries that read settings of their own, besides the plugins in PLUGINS.
SETTINGS_LIBRARIES = ("site_rules",)


def plugin_settings(root: Path) -> str:
    """A table per plugin of the site (``PLUGINS`` in pelicanconf.py) and shared library, with settings."""
    plugins = [*SETTINGS_LIBRARIES, *_enabled_plugins(root / "pelicanconf.py")]
    out: list[str] = []
    for plugin in plugins:
        folder = root / "plugins" / plugin
        rows = []
        for module in sorted(folder.glob("*.py")):
            for name, default, comment in _defaults_in(module.read_text(encoding="utf-8")):
                rows.append(f"| `{name}` | `{_cell(default)}` | {_cell(comment)} |")
        if not rows:
            continue
        out += [f"### `{plugin}`", "", "| setting | default | meaning |", "|---|---|---|", *rows, ""]
    return "\n".join(out).rstrip("\n")


def _enabled_plugins(pelicanconf: Path) -> list[str]:
    tree = ast.parse(pelicanconf.read_text(encoding="utf-8"))
    for node in tree.body:
        targets = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
        if "PLUGINS" in targets:
            return list(ast.literal_eval(node.value))
    raise GuideError(f"{pelicanconf} has no PLUGINS list")


# --- files and limits ---------------------------------------------------------------------


def files_and_limits() -> str:
    """What each folder for files takes, and the largest file the build accepts."""
    out = ["| map | waarvoor | soorten bestanden |", "|---|---|---|"]
    for folder, (purpose, suffixes) in FOLDER_PURPOSES.items():
        out.append(f"| `content/{folder}/` | {_cell(purpose)} | {', '.join(sorted(suffixes))} |")
    out += ["", "| wat | hoogstens |", "|---|---|"]
    out += [f"| {what} | {shown} |" for _, what, shown in Limits().described()]
    return "\n".join(out)


def limit_settings() -> str:
    """The LIMITS keys with their defaults, for maintainers."""
    out = ["| key | default | bounds (as the editors' guide says it) |", "|---|---|---|"]
    defaults = Limits()
    out += [f"| `{key}` | {getattr(defaults, key)} ({shown}) | {what} |" for key, what, shown in defaults.described()]
    return "\n".join(out)


# --- writing the guides ------------------------------------------------------------------


def sections(root: Path) -> dict[str, dict[str, str]]:
    """{guide file: {section name: generated text}}."""
    return {
        "docs/redactie.md": {
            "bestanden": files_and_limits(),
            "sleutels": key_tables(),
            "foutmeldingen": error_messages(),
        },
        "docs/beheer.md": {"limits": limit_settings(), "settings": plugin_settings(root)},
    }


def fill(text: str, name: str, generated: str) -> str:
    begin, end = BEGIN.format(name=name), END.format(name=name)
    if text.count(begin) != 1 or text.count(end) != 1:
        raise GuideError(f"the markers of section '{name}' are missing or doubled")
    head, rest = text.split(begin)
    _, tail = rest.split(end)
    return f"{head}{begin}\n\n{generated}\n\n{end}{tail}"


def update(root: Path, write: bool = True) -> list[str]:
    """Regenerate the guides below ``root``; returns the files that were (or would be) changed."""
    changed = []
    for relative, parts in sections(root).items():
        path = root / relative
        text = path.read_text(encoding="utf-8")
        new = text
        for name, generated in parts.items():
            new = fill(new, name, generated)
        if new != text:
            changed.append(relative)
            if write:
                path.write_text(new, encoding="utf-8")
    return changed
