"""The site's own addresses, mapped to the files they are copied from.

While the site is being built, ``/afbeeldingen/x.png`` or
``https://<site>/theme/css/x.css`` is not in the output folder yet: Pelican
copies static files last. These addresses are answered from content/, the
theme's static folder or the output folder; nothing outside those folders.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname


class SiteFiles:
    """Maps the site's own addresses to files on disk."""

    def __init__(self, site_bases, roots, static_urls=None, theme_static=None):
        # Addresses that mean "this site", without trailing slash.
        self.site_bases = [base.rstrip("/") for base in site_bases]
        # Folders files may be served from: output, content, theme.
        self.roots = [Path(root).resolve() for root in roots]
        # Static files Pelican copies: url -> source file.
        self.static_urls = dict(static_urls or {})
        # (THEME_STATIC_DIR, [theme static folders])
        self.theme_static = theme_static

    def _allowed(self, path: Path) -> Path | None:
        path = path.resolve()
        if path.is_file() and any(path.is_relative_to(root) for root in self.roots):
            return path
        return None

    def site_path(self, url: str) -> str | None:
        """``theme/css/x.css`` for an address of this site, else None."""
        for base in self.site_bases:
            if url.startswith(base + "/"):
                return unquote(urlsplit(url[len(base) + 1:]).path)
        return None

    def local_file(self, url: str) -> Path | None:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "file":
            return self._allowed(Path(url2pathname(unquote(urlsplit(url).path))))
        relative = self.site_path(url)
        if relative is None:
            return None
        candidates = []
        if relative in self.static_urls:
            candidates.append(Path(self.static_urls[relative]))
        if self.theme_static:
            static_dir, folders = self.theme_static
            prefix = static_dir.strip("/") + "/"
            if relative.startswith(prefix):
                candidates += [Path(folder) / relative[len(prefix):] for folder in folders]
        candidates += [root / relative for root in self.roots]
        for candidate in candidates:
            if (found := self._allowed(candidate)) is not None:
                return found
        return None
