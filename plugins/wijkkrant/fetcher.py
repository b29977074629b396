"""Resources for WeasyPrint from this machine only, never from another host.

The PDF is rendered while the site is being built: the site's own addresses
(``/afbeeldingen/x.png``, ``https://<site>/theme/css/...``) are answered from
the files they are copied from (content/, the theme's static folder, the
output folder). Every other address is refused and named in the log, so a
picture an editor linked from elsewhere never makes the build talk to the
internet (and never changes what is printed from one build to the next).
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)


class RemoteResourceRefused(ValueError):
    """An address outside the site; WeasyPrint leaves the resource out."""


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


class LocalOnlyFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves :class:`SiteFiles` and nothing else."""

    def __init__(self, files: SiteFiles, source: str = ""):
        super().__init__(allowed_protocols=("data",))
        self.files = files
        self.source = source  # the edition file, for log messages
        self.served: list[Path] = []
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)  # inline data: no request
        path = self.files.local_file(url)
        if path is None:
            self.refused.append(url)
            logger.warning(
                "%s: '%s' niet opgehaald: de wijkkrant gebruikt alleen bestanden van de site zelf",
                self.source,
                url,
            )
            raise RemoteResourceRefused(f"not a file of this site: {url}")
        self.served.append(path)
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": content_type})
