"""The Pelican generator for decisions: follow-up data, registers and open data."""

from __future__ import annotations

from pelican.generators import Generator

from content_model.schema import KIND_BY_NAME, PUBLISHED_STATUSES
from site_rules.pages import replace_category_page, write_json, write_overviews

from . import open_data
from . import settings as plugin_settings
from .follow_up import by_year, latest, newest_first

FOLDER = KIND_BY_NAME["decision"].folder


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
            decision.published_project = project if getattr(project, "status", None) in PUBLISHED_STATUSES else None
        # The register replaces the plain category page at the same address.
        self.register_url, self.register_save_as = replace_category_page(context, self.settings, FOLDER)
        context["DECISIONS_URL"] = self.register_url
        context["DECISIONS_COUNCIL_URL"] = self.setting("DECISIONS_COUNCIL_URL")
        context["DECISIONS_JSON"] = self.setting("DECISIONS_JSON")

    def generate_output(self, writer):
        write_overviews(
            self, writer, "decisions", (self.register_url, self.register_save_as),
            self.setting("DECISIONS_COUNCIL_URL"), self.decisions,
            lambda decisions: {"decisions": decisions, "years": by_year(decisions)},
        )
        sources = self.context["content_tree"].by_path()
        records = open_data.records(self.decisions, sources, self.settings["SITEURL"])
        write_json(self.output_path, self.setting("DECISIONS_JSON"), records)
