"""The Pelican generator for projects: follow-up data, overviews and open data."""

from __future__ import annotations

import logging
import os

from pelican.contents import Category
from pelican.generators import Generator

from content_model.schema import HORIZON_LABELS, KIND_BY_NAME

from . import open_data
from . import settings as plugin_settings
from .follow_up import STEPS, by_stage, is_overdue, monitoring_rows, timeline

logger = logging.getLogger(__name__)

FOLDER = KIND_BY_NAME["project"].folder


def save_as(url: str) -> str:
    return url + "index.html" if url.endswith("/") else url


def of_council(articles, slug: str) -> list:
    return [a for a in articles if any(c.slug == slug for c in a.councils)]


class ProjectsGenerator(Generator):
    """Gives every project ``overdue`` and ``timeline``; writes the overviews and projecten.json."""

    def setting(self, name: str):
        return plugin_settings.get(self.settings, name)

    def generate_context(self):
        context = self.context
        today = context["build_now"].date()
        listed = context.get("articles", [])
        self.projects = [a for a in listed if a.kind == "project"]
        published = self.projects + [a for a in context.get("hidden_articles", []) if a.kind == "project"]
        for project in published:
            project.overdue = is_overdue(project, today)
            project.timeline = timeline(project, listed)
        # The overview replaces the plain category page at the same address:
        # Pelican skips writing a category whose save_as is empty, and would
        # raise FileOverwriteFailedError if anything else wrote this file too.
        for category, _ in context.get("categories", []):
            if category.name == FOLDER:
                category.settings = {**category.settings, "CATEGORY_SAVE_AS": ""}
        own = Category(FOLDER, self.settings)
        self.overview_url, self.overview_save_as = own.url, own.save_as
        context["PROJECTS_URL"] = self.overview_url
        context["PROJECTS_COUNCIL_URL"] = self.setting("PROJECTS_COUNCIL_URL")
        context["PROJECTS_JSON"] = self.setting("PROJECTS_JSON")
        context["HORIZON_LABELS"] = HORIZON_LABELS
        context["PROJECT_STEPS"] = STEPS

    def _write_overview(self, writer, name, url, council, projects):
        writer.write_file(
            name,
            self.get_template("projects"),
            self.context,
            self.settings["RELATIVE_URLS"],
            url=url,
            council=council,
            projects=projects,
            stages=by_stage(projects),
            monitoring=monitoring_rows(projects),
        )

    def generate_output(self, writer):
        self._write_overview(writer, self.overview_save_as, self.overview_url, None, self.projects)
        for council in self.context["councils"]:
            url = self.setting("PROJECTS_COUNCIL_URL").format(slug=council.slug)
            self._write_overview(writer, save_as(url), url, council, of_council(self.projects, council.slug))
        sources = self.context["content_tree"].by_path()
        path = os.path.join(self.output_path, self.setting("PROJECTS_JSON"))
        text = open_data.dumps(self.projects, sources, self.settings["SITEURL"])
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        logger.info('Writing "%s"', path)
