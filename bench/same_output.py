"""Does this checkout build the same bytes as another revision? For restructurings.

A change that only moves code (a new layout, one owner for a rule) must not
change what residents get. This script builds the example site and a
synthetic tree (bench/corpus.py) twice, with this checkout and with the
checkout of ``--before`` (a git revision, made as a temporary worktree), from
the *same* content and the same "now" (SOURCE_DATE_EPOCH), and compares the
two outputs file by file.

    python bench/same_output.py --before HEAD~3            # example site and 300 synthetic posts
    python bench/same_output.py --before main --posts 1000

Exit status 0 when every file is the same, 1 with the differing files listed.
A wijkkrant PDF may differ in its identifier alone, which hashes the
wijkkrant plugin's code (see ``_without_pdf_id``).
Not a test: a restructuring names the run in its commit message.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EPOCH = "1795258800"  # Saturday 21 November 2026, 12:00 in Brussels, as the tests use
PROJECT_FILES = ("theme", "plugins", "pelicanconf.py", "publishconf.py", "tasks.py")


def _build_module(checkout: Path) -> str:
    """The module that builds the site in ``checkout`` (it moved during the restructuring)."""
    for module in ("site_build", "content_model"):
        if (checkout / "plugins" / module / "__main__.py").is_file():
            return module
    raise SystemExit(f"{checkout}: no build command found")


def build(checkout: Path, content: Path, work: Path) -> Path:
    """Build ``content`` with the code of ``checkout``, in a project copy below ``work``."""
    project = work / "project"
    project.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = checkout / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, project / name)
    shutil.copytree(content, project / "content")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env.update(LANG="C", LC_ALL="C", PYTHONPATH=str(project / "plugins"), SOURCE_DATE_EPOCH=EPOCH)
    output = project / "output"
    result = subprocess.run(
        [sys.executable, "-m", _build_module(checkout), "build", "--output", str(output)],
        cwd=project, env=env, capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"build with {checkout} failed:\n{result.stderr}")
    return output


PDF_ID_RE = re.compile(rb"/ID\s*\[\s*[<(]([0-9a-fA-F]+)[>)]")


def _without_pdf_id(data: bytes) -> bytes:
    """A PDF's bytes with its identifier blanked.

    The wijkkrant's PDF identifier is its cache key, which hashes the
    wijkkrant plugin's own code (so a code change renders anew): moving code
    changes it and nothing else.
    """
    match = PDF_ID_RE.search(data)
    if not match:
        return data
    first = match.group(1)
    return data.replace(first, b"0" * len(first))


def _same_file(left: Path, right: Path) -> bool:
    if filecmp.cmp(left, right, shallow=False):
        return True
    return left.suffix == ".pdf" and _without_pdf_id(left.read_bytes()) == _without_pdf_id(right.read_bytes())


def differences(left: Path, right: Path, prefix: str = "") -> list[str]:
    comparison = filecmp.dircmp(left, right)
    found = [f"only before: {prefix}{name}" for name in comparison.left_only]
    found += [f"only after: {prefix}{name}" for name in comparison.right_only]
    found += [f"differs: {prefix}{name}" for name in comparison.common_files
              if not _same_file(left / name, right / name)]
    for sub in comparison.common_dirs:
        found += differences(left / sub, right / sub, f"{prefix}{sub}/")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", required=True, help="the git revision to compare with")
    parser.add_argument("--posts", type=int, default=300, help="size of the synthetic tree (0: none)")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from corpus import make_corpus

    with tempfile.TemporaryDirectory(prefix="same-output-") as folder:
        work = Path(folder)
        before = work / "before-checkout"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(before), args.before],
                       check=True)
        try:
            trees = {"example": ROOT / "content"}
            if args.posts:
                trees["synthetic"] = make_corpus(work / "synthetic" / "content", args.posts)
            failed = False
            for name, content in trees.items():
                old = build(before, content, work / name / "before")
                new = build(ROOT, content, work / name / "after")
                found = differences(old, new)
                files = sum(1 for path in new.rglob("*") if path.is_file())
                print(f"{name}: {files} files, {'the same bytes' if not found else f'{len(found)} differences'}")
                for line in found[:40]:
                    print(f"  {line}")
                failed = failed or bool(found)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], check=False)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
