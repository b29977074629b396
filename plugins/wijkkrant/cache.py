"""Rendered PDFs kept by the hash of everything that went into them.

The output folder is a fresh staging folder on every build (site_build), so
the cache lives beside it (``CACHE_PATH/wijkkrant``). An entry is named
``<edition>.<key>.pdf``; a new render of an edition replaces its old entry.
"""

from __future__ import annotations

import hashlib
import os
from importlib.metadata import version
from pathlib import Path

# Bump when the way PDFs are made changes in a way the inputs don't show.
FORMAT = b"wijkkrant-pdf-1"
CODE_FILES = ("pdf.py", "fetcher.py", "sitefiles.py", "cache.py")


def input_key(html: str, files: list[Path], settings: dict) -> str:
    """A hash of the laid-out HTML, every file it uses, the settings and the renderer."""
    digest = hashlib.sha256(FORMAT)
    digest.update(version("weasyprint").encode())
    here = Path(__file__).parent
    for name in CODE_FILES:
        digest.update((here / name).read_bytes())
    for name, value in sorted(settings.items()):
        digest.update(f"\0{name}={value!r}".encode())
    digest.update(b"\0html\0" + html.encode("utf-8"))
    for path in sorted(set(files)):
        digest.update(b"\0file\0" + path.name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class PdfCache:
    def __init__(self, folder):
        self.folder = Path(folder)

    def path(self, slug: str, key: str) -> Path:
        return self.folder / f"{slug}.{key}.pdf"

    def get(self, slug: str, key: str) -> bytes | None:
        try:
            return self.path(slug, key).read_bytes()
        except OSError:
            return None

    def put(self, slug: str, key: str, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(slug, key)
        partial = target.with_suffix(".part")
        partial.write_bytes(data)
        os.replace(partial, target)
        for old in self.folder.glob(f"{slug}.*.pdf"):
            if old != target:
                old.unlink(missing_ok=True)
