"""Swapping a finished build in for the previous one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def staging_path(output_path) -> Path:
    output = Path(output_path)
    return output.with_name(output.name + ".building")


def swap_in(staging, output) -> None:
    """Replace ``output`` by ``staging``; the gap between the renames is tiny."""
    staging, output = Path(staging), Path(output)
    previous = output.with_name(output.name + ".previous")
    shutil.rmtree(previous, ignore_errors=True)
    if output.exists():
        os.replace(output, previous)
    os.replace(staging, output)
    shutil.rmtree(previous, ignore_errors=True)
