"""The generator that writes CNAME and .nojekyll."""

from __future__ import annotations

import logging
from pathlib import Path

from site_rules.contract import site_of
from site_rules.made_from import MadeFrom

from . import settings as plugin_settings

logger = logging.getLogger(__name__)


class GitHubPagesFiles:
    """Writes the files GitHub Pages reads, below the build's output folder."""

    def __init__(self, context, settings, path, theme, output_path, *args, **kwargs):
        self.context = context
        self.settings = settings
        self.output_path = Path(output_path)
        # Read (and check) the settings before anything is written.
        self.domain = plugin_settings.custom_domain(settings)
        self.nojekyll = bool(plugin_settings.get(settings, "GITHUB_PAGES_NOJEKYLL"))

    def generate_output(self, writer):
        self.output_path.mkdir(parents=True, exist_ok=True)
        if self.domain:
            cname = self.output_path / "CNAME"
            site_of(self.context).outputs.add(cname, MadeFrom())  # from the settings alone
            cname.write_text(self.domain + "\n", encoding="ascii")
            logger.info("Writing %s", cname)
        if self.nojekyll:
            nojekyll = self.output_path / ".nojekyll"
            site_of(self.context).outputs.add(nojekyll, MadeFrom())
            nojekyll.write_bytes(b"")
            logger.info("Writing %s", nojekyll)
