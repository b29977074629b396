"""The Pelican generator for projects: follow-up data, overviews and open data."""

from __future__ import annotations

from pelican.generators import Generator

from content_model.schema import HORIZON_LABELS, KIND_BY_NAME
from site_rules.clock import site_zone
from site_rules.pages import replace_category_page, write_json, write_overviews

from . import open_data
from . import settings as plugin_settings
from .follow_up import STEPS, by_stage, is_overdue, monitoring_rows, timeline

FOLDER = KIND_BY_NAME["project"].folder


class ProjectsGenerator(Generator):
    """Gives every project ``overdue`` and ``timeline``; writes the overviews and projecten.json."""

    def setting(self, name: str):
        return plugin_settings.get(self.settings, name)

    def generate_context(self):
        context = self.context
        today = context["build_now"].date()
        zone = site_zone(self.settings)
        listed = context.get("articles", [])
        self.projects = [a for a in listed if a.kind == "project"]
        published = self.projects + [a for a in context.get("hidden_articles", []) if a.kind == "project"]
        for project in published:
            project.overdue = is_overdue(project, today)
            project.timeline = timeline(project, listed, zone)
        # The overview replaces the plain category page at the same address.
        self.overview_url, self.overview_save_as = replace_category_page(context, self.settings, FOLDER)
        context["PROJECTS_URL"] = self.overview_url
        context["PROJECTS_COUNCIL_URL"] = self.setting("PROJECTS_COUNCIL_URL")
        context["PROJECTS_JSON"] = self.setting("PROJECTS_JSON")
        context["HORIZON_LABELS"] = HORIZON_LABELS
        context["PROJECT_STEPS"] = STEPS

    def generate_output(self, writer):
        write_overviews(
            self, writer, "projects", (self.overview_url, self.overview_save_as),
            self.setting("PROJECTS_COUNCIL_URL"), self.projects,
            lambda projects: {
                "projects": projects,
                "stages": by_stage(projects),
                "monitoring": monitoring_rows(projects),
            },
        )
        sources = self.context["content_tree"].by_path()
        records = open_data.records(self.projects, sources, self.settings["SITEURL"])
        write_json(self.output_path, self.setting("PROJECTS_JSON"), records)
