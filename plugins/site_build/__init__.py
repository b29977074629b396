"""site_build: the build command, and the live site replaced only by a complete, successful build.

``python -m site_build check|build|new`` (:mod:`.cli`) is what ``invoke check``,
``build`` and ``new`` run.

Pelican writes straight into its output folder, so a build that fails half
way, is killed, or runs at the same time as another leaves half a site. The
build command therefore builds inside :func:`staged_output`::

    with staged_output(Path("output")) as staging:
        ...  # build the whole site into `staging`

which holds an exclusive lock (one build at a time per output folder), hands
out a fresh staging folder beside the output folder, checks the staged site
(:func:`scan_staged`: no links, no special files, only
:data:`PUBLISHED_SUFFIXES`) and then puts it in the place of the output
folder. A failed or refused build leaves the previous output exactly as it
was, and file-system problems become a Dutch :class:`OutputError` instead of
a traceback.

Platforms: the swap is atomic on Linux (kernel 3.15 or later, on ext4, xfs,
btrfs, tmpfs and overlayfs: ``renameat2`` with ``RENAME_EXCHANGE``). On other
systems, or file systems without that call, it is two renames; a build
killed between them leaves ``output.previous``, which the next build puts
back before it starts.

This is the build command and its library, not a Pelican plugin. Other plugins write below ``generator.output_path`` (or
``pelican.output_path``), which is the staging folder during a build.
"""

from .errors import OutputError
from .scan import PUBLISHED_SUFFIXES, scan_staged
from .swap import keep_times_of_unchanged_files
from .transaction import staged_output

__all__ = [
    "PUBLISHED_SUFFIXES",
    "OutputError",
    "keep_times_of_unchanged_files",
    "scan_staged",
    "staged_output",
]
