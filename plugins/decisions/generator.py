"""The Pelican generator for decisions: follow-up data, registers and open data."""

from __future__ import annotations

import logging
import os

from pelican.contents import Category
from pelican.generators import Generator

from content_model.schema import KIND_BY_NAME

from . import open_data
from . import settings as plugin_settings
from .follow_up import by_year, latest, newest_first

logger = logging.getLogger(__name__)

FOLDER = KIND_BY_NAME["decision"].folder
PUBLISHED = ("published", "hidden")


def save_as(url: str) -> str:
    return url + "index.html" if url.endswith("/") else url


def of_council(articles, slug: str) -> list:
    return [a for a in articles if any(c.slug == slug for c in a.councils)]


class DecisionsGenerator(Generator):
    """Gives every decision its follow-up newest first; writes the registers and besluiten.json."""

    def setting(self, name: str):
        return plugin_settings.get(self.settings, name)

    def generate_context(self):
        context = self.context
        listed = context.get("articles", [])
        self.decisions = [a for a in listed if a.kind == "decision"]
        published = self.decisions + [a for a in context.get("hidden_articles", []) if a.kind == "decision"]
        for decision in published:
            decision.follow_up_newest_first = newest_first(getattr(decision, "follow_up", []))
            decision.latest_follow_up = latest(getattr(decision, "follow_up", []))
            # A decision may name a project that is still a draft; it is not
            # on the site, so there is nothing to link to.
            project = decision.project
            decision.published_project = project if getattr(project, "status", None) in PUBLISHED else None
        # The register replaces the plain category page at the same address:
        # Pelican skips writing a category whose save_as is empty, and would
        # raise FileOverwriteFailedError if anything else wrote this file too.
        for category, _ in context.get("categories", []):
            if category.name == FOLDER:
                category.settings = {**category.settings, "CATEGORY_SAVE_AS": ""}
        own = Category(FOLDER, self.settings)
        self.register_url, self.register_save_as = own.url, own.save_as
        context["DECISIONS_URL"] = self.register_url
        context["DECISIONS_COUNCIL_URL"] = self.setting("DECISIONS_COUNCIL_URL")
        context["DECISIONS_JSON"] = self.setting("DECISIONS_JSON")

    def _write_register(self, writer, name, url, council, decisions):
        writer.write_file(
            name,
            self.get_template("decisions"),
            self.context,
            self.settings["RELATIVE_URLS"],
            url=url,
            council=council,
            decisions=decisions,
            years=by_year(decisions),
        )

    def generate_output(self, writer):
        self._write_register(writer, self.register_save_as, self.register_url, None, self.decisions)
        for council in self.context["councils"]:
            url = self.setting("DECISIONS_COUNCIL_URL").format(slug=council.slug)
            self._write_register(writer, save_as(url), url, council, of_council(self.decisions, council.slug))
        sources = self.context["content_tree"].by_path()
        path = os.path.join(self.output_path, self.setting("DECISIONS_JSON"))
        text = open_data.dumps(self.decisions, sources, self.settings["SITEURL"])
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        logger.info('Writing "%s"', path)
