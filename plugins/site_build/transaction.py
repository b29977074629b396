"""The build's output transaction: one build at a time, published whole or not at all.

A build writes into a fresh staging folder beside the output folder; only
when the build succeeded, and the staged site holds nothing the site must not
publish, does it take the place of the output folder (:mod:`.swap`). So a
failed, refused or killed build leaves the previous site exactly as it was,
and a preview server never serves half a site.

Two builds in one folder would write into the same staging folder and swap
each other's half sites in, so a build first takes an exclusive ``flock`` on
``<output>.lock`` beside the output folder and waits for a running build to
finish. The kernel drops the lock when its process dies, even by ``kill -9``,
so a stale lock cannot exist. Under the lock the build repairs and removes
what killed builds left behind; a leftover that cannot be removed is told,
not fatal.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from content_model import Problem

from .errors import NO_WRITE, OutputError, problem_for
from .scan import scan_staged
from .swap import free_name, keep_times_of_unchanged_files, remove, replace

WAIT_LINE = "Er loopt al een build in deze map; deze build wacht tot die klaar is."
POLL_SECONDS = 0.1


def lock_path(output: Path) -> Path:
    return output.with_name(output.name + ".lock")


def _open_lock(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as error:
        if error.errno not in NO_WRITE:
            raise
        # An existing lock file in a folder we may not write in still locks;
        # writing the site then fails with a message about that folder.
        try:
            return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            raise error from None


@contextlib.contextmanager
def _build_lock(output: Path, wait: float, say: Callable[[str], object]) -> Iterator[None]:
    path = lock_path(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        descriptor = _open_lock(path)
    except OSError as error:
        raise OutputError([problem_for(error, str(output.parent))]) from error
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                pass
            if time.monotonic() >= deadline:
                raise OutputError(
                    [
                        Problem(
                            output.name,
                            "build",
                            f"er loopt nog een andere build in deze map (gewacht: {wait:g} s); "
                            "wacht tot die klaar is, of stop ze, en bouw dan opnieuw",
                            f"slot: {path}",
                        )
                    ],
                    "Er loopt nog een andere build in deze map; er is niets gepubliceerd.",
                )
            if not told:
                say(WAIT_LINE)
                told = True
            time.sleep(min(POLL_SECONDS, max(0.0, deadline - time.monotonic())))
        yield
    finally:
        # Closing the only descriptor of the lock file releases the lock.
        os.close(descriptor)


def _leftovers(output: Path, kind: str) -> list[Path]:
    """``output.<kind>`` and ``output.<kind>-*`` beside ``output``, newest change first."""
    base = f"{output.name}.{kind}"
    found = []
    with os.scandir(output.parent) as entries:
        for entry in entries:
            if entry.name == base or entry.name.startswith(base + "-"):
                found.append((entry.stat(follow_symlinks=False).st_ctime_ns, Path(entry.path)))
    return [path for _, path in sorted(found, reverse=True)]


def _shown(path: Path, output: Path) -> str:
    try:
        return path.relative_to(output.parent).as_posix()
    except ValueError:
        return str(path)


def _repair_and_clean(output: Path, say: Callable[[str], object]) -> None:
    if not os.path.lexists(output):
        # Killed between the two renames of the fallback swap: the complete
        # previous site is output.previous.
        for previous in _leftovers(output, "previous"):
            if previous.is_symlink() or not previous.is_dir():
                continue
            try:
                os.rename(previous, output)
            except OSError:
                continue
            say(
                f"De vorige build werd onderbroken tijdens het wisselen; de vorige site is "
                f"teruggezet uit {_shown(previous, output)}."
            )
            break
    for leftover in _leftovers(output, "building") + _leftovers(output, "previous"):
        error = remove(leftover)
        if error is not None:
            say(
                f"Let op: de map {leftover} van een onderbroken build kan niet verwijderd worden "
                f"({error.strerror or error}); deze build gaat verder met een andere tijdelijke "
                f"map. Verwijder de map met de hand (sudo chattr -R -i {leftover}; "
                f"sudo rm -r {leftover})."
            )


def _prepare(output: Path, say: Callable[[str], object]) -> Path:
    _repair_and_clean(output, say)
    while True:
        staging = free_name(output.with_name(output.name + ".building"))
        try:
            os.mkdir(staging)
            return staging
        except FileExistsError:
            continue


def _publish(staging: Path, output: Path, say: Callable[[str], object]) -> None:
    problems = scan_staged(staging, shown_as=output.name)
    if problems:
        count = len(problems)
        noun = "bestand" if count == 1 else "bestanden"
        raise OutputError(
            problems,
            f"De gebouwde site bevat {count} {noun} die niet gepubliceerd mogen worden; "
            "er is niets gepubliceerd.",
        )
    if output.is_dir():
        keep_times_of_unchanged_files(staging, output)
    try:
        previous = replace(staging, output)
    except OSError as error:
        raise OutputError([problem_for(error, output.name, replacing=True)]) from error
    if previous is not None:
        error = remove(previous)
        if error is not None:
            say(
                f"Let op: de nieuwe site staat klaar, maar de vorige versie in {previous} kan niet "
                f"verwijderd worden ({error.strerror or error}); de volgende build probeert het "
                "opnieuw."
            )


@contextlib.contextmanager
def staged_output(
    output: Path, *, wait: float = 600.0, say: Callable[[str], object] = print
) -> Iterator[Path]:
    """One build at a time into a fresh staging folder, swapped in whole.

    Yields the empty staging folder to build into. When the with-body
    returns, the staged site is checked (:func:`scan_staged`) and takes the
    place of ``output``. When it raises, or the check refuses something, the
    staging folder is removed and ``output`` is left as it was. File-system
    problems (a full disk, a read-only folder) and a build that keeps
    running in the same folder for ``wait`` seconds raise
    :class:`OutputError`; ``say`` gets the Dutch notices meant for the
    person building.
    """
    output = Path(os.path.abspath(output))
    with _build_lock(output, wait, say):
        try:
            staging = _prepare(output, say)
        except OSError as error:
            raise OutputError([problem_for(error, str(output.parent))]) from error
        try:
            yield staging
            _publish(staging, output, say)
        except BaseException as error:
            remove(staging)
            if isinstance(error, OSError):
                raise OutputError([problem_for(error, output.name)]) from error
            raise
