"""Swapping a finished build in for the previous one."""

from __future__ import annotations

import filecmp
import os
import shutil
from pathlib import Path


def staging_path(output_path) -> Path:
    output = Path(output_path)
    return output.with_name(output.name + ".building")


def keep_times_of_unchanged_files(staging: Path, output: Path) -> int:
    """Give files whose bytes did not change their previous modification time.

    Every build writes every file anew; with the old times kept, rsync, a
    preview's live reload and browser caches see only what really changed.
    Returns how many files kept their time.
    """
    kept = 0
    for folder, _, names in os.walk(staging):
        for name in names:
            new = os.path.join(folder, name)
            old = os.path.join(output, os.path.relpath(new, staging))
            try:
                before = os.stat(old)
            except OSError:
                continue
            if before.st_size == os.stat(new).st_size and filecmp.cmp(old, new, shallow=False):
                os.utime(new, ns=(before.st_atime_ns, before.st_mtime_ns))
                kept += 1
    return kept


def swap_in(staging, output) -> None:
    """Replace ``output`` by ``staging``; the gap between the renames is tiny."""
    staging, output = Path(staging), Path(output)
    if output.is_dir():
        keep_times_of_unchanged_files(staging, output)
    previous = output.with_name(output.name + ".previous")
    shutil.rmtree(previous, ignore_errors=True)
    if output.exists():
        os.replace(output, previous)
    os.replace(staging, output)
    shutil.rmtree(previous, ignore_errors=True)
