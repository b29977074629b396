"""Content problems as GitHub Actions annotations.

``python -m site_build check --github`` prints one workflow command per
problem (``::error file=...,line=...,title=...::message``). GitHub then
shows the message on the line of the file in the pull request, so an editor
who used the web editor sees what is wrong where she wrote it.

A problem names a key (``start``, ``follow_up, nr. 2, status``) or a line
(``regel 5``); the key is looked up in the file to find its line.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from content_model.loading import Problem
from content_model.messages import KEY_SEPARATOR

LINE_KEY_RE = re.compile(r"^regel (\d+)$")
ITEM_RE = re.compile(r"^nr\. (\d+)$")  # content_model.messages.ITEM


# Controls and line separators that GitHub's escaping leaves as they are:
# shown as visible text, so the command stays on its one line.
OTHER_CONTROLS_RE = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def _escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    # "##[" starts a command of GitHub's older syntax anywhere in a line.
    return OTHER_CONTROLS_RE.sub(lambda match: repr(match.group())[1:-1], text).replace("##[", "## [")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _front_matter_span(lines: list[str], is_markdown: bool) -> tuple[int, int]:
    """Indices [start, end) of the lines holding the keys."""
    if not is_markdown:
        return 0, len(lines)
    if not lines or lines[0].strip() != "---":
        return 0, 0
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return 1, index
    return 1, len(lines)


def _is_item(line: str) -> bool:
    stripped = line.lstrip()
    return stripped.startswith("- ") or stripped == "-"


def _block_end(lines: list[str], index: int, end: int) -> int:
    """The index after the last line that belongs to the key or item at ``index``."""
    base = _indent(lines[index])
    item = _is_item(lines[index])
    for position in range(index + 1, end):
        line = lines[position]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = _indent(line)
        # YAML allows a list under a key without indenting the dashes.
        if indent > base or (indent == base and not item and _is_item(line)):
            continue
        return position
    return end


def line_of_key(text: str, key: str, is_markdown: bool = True) -> int | None:
    """The 1-based line where ``key`` (``follow_up, nr. 2, status``) is written, or None."""
    lines = text.splitlines()
    low, high = _front_matter_span(lines, is_markdown)
    parts = []
    for part in key.split(KEY_SEPARATOR):
        item = ITEM_RE.match(part)
        parts.append((part, int(item.group(1))) if item else (part, None))
    found: int | None = None
    for number, (name, index) in enumerate(parts):
        if index is not None:
            if found is None:
                return None
            items = [i for i in range(found + 1, high) if _is_item(lines[i])]
            items = [i for i in items if _indent(lines[i]) == min(_indent(lines[j]) for j in items)]
            if not 1 <= index <= len(items):
                break
            found = items[index - 1]
            # The item's own line may hold its first key ("- date: ...").
            low, high = found, _block_end(lines, found, high)
            continue
        top = number == 0
        pattern = re.compile(r"^%s%s\s*:" % ("" if top else r"\s*(?:-\s+)?", re.escape(name)))
        match = next((i for i in range(low, high) if pattern.match(lines[i])), None)
        if match is None:
            break
        found = match
        low, high = match + 1, _block_end(lines, match, high)
    return None if found is None else found + 1


def annotation(problem: Problem, project_root: Path, cwd: Path | None = None) -> str:
    """One ``::error`` line for ``problem``; paths relative to ``cwd``."""
    cwd = Path(cwd or os.getcwd())
    path = project_root / problem.file
    message = problem.reason + (f" ({problem.detail})" if problem.detail else "")
    title = _escape_property(problem.key)
    if not path.is_file():
        return f"::error title={title}::{_escape_data(f'{problem.file}: {message}')}"
    line = _line(problem, path)
    try:
        shown = path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        shown = path.resolve().as_posix()
    return (
        f"::error file={_escape_property(shown)},line={line},title={title}::"
        f"{_escape_data(message)}"
    )


def _line(problem: Problem, path: Path) -> int:
    if match := LINE_KEY_RE.match(problem.key):
        return int(match.group(1))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return 1
    return line_of_key(text, problem.key, is_markdown=path.suffix == ".md") or 1
