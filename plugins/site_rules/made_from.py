"""What each output file was made from: the record an instant preview reads.

Saving one post in the live preview should render only the files that show
it. For that the build writes down, for every file it writes, what the file
was made from (:class:`MadeFrom`):

* ``content``: the content files whose text or front matter it shows
  (paths relative to ``content/``: "evenementen/buurtfeest.md");
* ``lists``: the kinds of post it lists in full ("event", or ``ANY_KIND``):
  a post of that kind added, removed or retitled changes the file too;
* ``reads_now``: whether it depends on the build's "now" (the agenda,
  "nu bezig", an overdue project), so it changes with the clock alone.

Some inputs are read by (nearly) every page, and a change to them stands for
a full build: the settings, every template and the theme, and the council
files (a council's name is on every post and in the menu): ``GLOBAL_INPUTS``.

Who records what: the plugins' generators say it where they write a file
(``site_of(context).outputs.add(path, MadeFrom(...))``); Pelican's own pages (posts, pages, lists) and the files it
copies are recorded by the ``output_record`` plugin from Pelican's signals.
The record is written to ``CACHE_PATH/made-from.json`` (never into the
published site), with paths relative to the output folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

ANY_KIND = "*"
GLOBAL_INPUTS = ("settings", "templates and theme", "council files (content/raden/)")


@dataclass(frozen=True)
class MadeFrom:
    """The inputs of one output file (besides ``GLOBAL_INPUTS``)."""

    content: frozenset[str] = frozenset()
    lists: frozenset[str] = frozenset()
    reads_now: bool = False

    def __or__(self, other: MadeFrom) -> MadeFrom:
        return MadeFrom(self.content | other.content, self.lists | other.lists, self.reads_now or other.reads_now)


class OutputRecord:
    """Every file of one build's output and what it was made from."""

    def __init__(self, content_root: str | Path, output_root: str | Path):
        self.content_root = Path(content_root).resolve()
        self.output_root = Path(output_root).resolve()
        self.files: dict[str, MadeFrom] = {}

    def add(self, path: str | Path, made_from: MadeFrom) -> None:
        """Record ``path`` (absolute, or relative to the output folder)."""
        absolute = Path(self.output_root, path).resolve()
        relative = absolute.relative_to(self.output_root).as_posix()
        known = self.files.get(relative)
        self.files[relative] = made_from if known is None else known | made_from

    def sources(self, *items) -> frozenset[str]:
        """The content files of Pelican content objects (posts, pages, static files) or paths.

        Files outside ``content/`` (the theme's fonts) are global inputs and left out;
        a file of this build's output stands for what it was made from.
        """
        found = set()
        for item in items:
            source = item if isinstance(item, (str, Path)) else getattr(item, "source_path", None)
            if source:
                path = Path(source).resolve()
                if path.is_relative_to(self.content_root):
                    found.add(path.relative_to(self.content_root).as_posix())
                elif path.is_relative_to(self.output_root):
                    # A file of this build (a picture the pictures plugin made):
                    # made from what that file was made from.
                    made = self.files.get(path.relative_to(self.output_root).as_posix())
                    found |= made.content if made is not None else set()
        return frozenset(found)

    def as_json(self) -> str:
        data = {
            "global_inputs": list(GLOBAL_INPUTS),
            "files": {
                path: {
                    "content": sorted(made_from.content),
                    "lists": sorted(made_from.lists),
                    "reads_now": made_from.reads_now,
                }
                for path, made_from in sorted(self.files.items())
            },
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    def write(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.write_text(self.as_json(), encoding="utf-8")
        os.replace(partial, path)
