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

from weasyprint.urls import URLFetcher, URLFetcherResponse

from .sitefiles import SiteFiles

logger = logging.getLogger(__name__)


class RemoteResourceRefused(ValueError):
    """An address outside the site; WeasyPrint leaves the resource out."""


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
