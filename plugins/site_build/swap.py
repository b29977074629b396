"""Putting a finished build in the place of the previous one.

On Linux (kernel 3.15 or later, on ext4, xfs, btrfs, tmpfs and overlayfs) the
staging folder and the output folder trade places in one atomic
``renameat2(RENAME_EXCHANGE)``: at every moment ``output`` is either the
whole previous site or the whole new one, even if the build is killed. The
previous site then sits at the staging name and is removed.

Elsewhere (another system, or a file system without RENAME_EXCHANGE) two
renames are used: ``output`` -> ``output.previous``, staging -> ``output``.
A build killed between them leaves no ``output`` but a complete
``output.previous``; the next build puts it back before it starts (see
:mod:`site_build.transaction`).
"""

from __future__ import annotations

import ctypes
import errno
import filecmp
import os
import secrets
import shutil
import sys
from pathlib import Path

# False: always use the two-rename fallback. The tests set it to check the
# fallback on Linux; nothing else needs to.
USE_RENAME_EXCHANGE = sys.platform.startswith("linux")

AT_FDCWD = -100
RENAME_EXCHANGE = 2
# renameat2 answers these when the kernel or the file system lacks the flag.
_UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP}


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


def free_name(path: Path) -> Path:
    """``path`` if nothing has that name, else ``path-<random>``."""
    if not os.path.lexists(path):
        return path
    while True:
        candidate = path.with_name(f"{path.name}-{secrets.token_hex(4)}")
        if not os.path.lexists(candidate):
            return candidate


def remove(path: Path) -> OSError | None:
    """Remove a file, link or folder tree as far as possible; the first error, if any."""
    errors: list[OSError] = []
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            if sys.version_info >= (3, 12):
                shutil.rmtree(path, onexc=lambda _f, _p, error: errors.append(error))
            else:
                shutil.rmtree(path, onerror=lambda _f, _p, info: errors.append(info[1]))
        elif os.path.lexists(path):
            os.unlink(path)
    except OSError as error:
        errors.append(error)
    return errors[0] if errors else None


_renameat2 = None


def _exchange(staging: Path, output: Path) -> bool:
    """Trade the two names atomically; False when this system cannot."""
    global _renameat2
    if not USE_RENAME_EXCHANGE:
        return False
    if _renameat2 is None:
        try:
            function = ctypes.CDLL(None, use_errno=True).renameat2
        except (OSError, AttributeError):  # no such C library function (old glibc, musl)
            return False
        function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        function.restype = ctypes.c_int
        _renameat2 = function
    result = _renameat2(
        AT_FDCWD, os.fsencode(staging), AT_FDCWD, os.fsencode(output), RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(output), None, str(staging))


def replace(staging: Path, output: Path) -> Path | None:
    """Put ``staging`` in the place of ``output``.

    Returns where the previous site now is (to be removed by the caller), or
    None when there was none. An OSError means ``output`` is as it was and
    ``staging`` still holds the new site.
    """
    if not os.path.lexists(output):
        os.rename(staging, output)
        return None
    if _exchange(staging, output):
        return staging
    previous = free_name(output.with_name(output.name + ".previous"))
    os.rename(output, previous)
    try:
        os.rename(staging, output)
    except OSError:
        os.rename(previous, output)
        raise
    # Under the staging name it is a leftover to remove, never a site to put
    # back: only a complete previous site is ever called output.previous.
    try:
        os.rename(previous, staging)
    except OSError:
        return previous
    return staging
