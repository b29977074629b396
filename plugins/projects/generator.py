"""The Pelican generator for projects: follow-up data, overviews and open data."""

from __future__ import annotations

from content_model.schema import HORIZON_LABELS, KIND_BY_NAME
from site_rules.clock import site_zone
from site_rules.contract import ProjectFacts, ProjectsPart, site_of
from site_rules.overviews import KindOverviewGenerator

from . import open_data
from . import settings as plugin_settings
from .follow_up import STEPS, by_stage, is_overdue, monitoring_rows, timeline


class ProjectsGenerator(KindOverviewGenerator):
    """Gives every project its ``project_facts``; writes the overviews and projecten.json."""

    kind = "project"
    folder = KIND_BY_NAME["project"].folder
    template = "projects"
    part_name = "projects"
    reads_now = True  # overdue is judged at "now"

    def council_url(self) -> str:
        return plugin_settings.get(self.settings, "PROJECTS_COUNCIL_URL")

    def json_url(self) -> str:
        return plugin_settings.get(self.settings, "PROJECTS_JSON")

    def add_facts(self, project, listed: list) -> None:
        today = site_of(self.context).model.now.date()
        project.project_facts = ProjectFacts(
            overdue=is_overdue(project, today),
            timeline=timeline(project, listed, site_zone(self.settings)),
        )

    def values(self, projects: list) -> dict:
        return {"projects": projects, "stages": by_stage(projects), "monitoring": monitoring_rows(projects)}

    def records(self, projects: list, sources: dict, siteurl: str) -> list[dict]:
        return open_data.records(projects, sources, siteurl)

    def part(self) -> ProjectsPart:
        return ProjectsPart(
            url=self.url,
            council_url=self.council_url(),
            json_url=self.json_url(),
            horizon_labels=HORIZON_LABELS,
            steps=STEPS,
        )
