"""The Pelican generator for decisions: follow-up data, registers and open data."""

from __future__ import annotations

from content_model.schema import KIND_BY_NAME, PUBLISHED_STATUSES
from site_rules.contract import DecisionFacts, DecisionsPart
from site_rules.overviews import KindOverviewGenerator

from . import open_data
from . import settings as plugin_settings
from .follow_up import by_year, latest, newest_first


class DecisionsGenerator(KindOverviewGenerator):
    """Gives every decision its ``decision_facts``; writes the registers and besluiten.json."""

    kind = "decision"
    folder = KIND_BY_NAME["decision"].folder
    template = "decisions"
    part_name = "decisions"

    def council_url(self) -> str:
        return plugin_settings.get(self.settings, "DECISIONS_COUNCIL_URL")

    def json_url(self) -> str:
        return plugin_settings.get(self.settings, "DECISIONS_JSON")

    def add_facts(self, decision, listed: list) -> None:
        steps = getattr(decision, "follow_up", [])
        # A decision may name a project that is still a draft; it is not on
        # the site, so there is nothing to link to.
        project = decision.project
        decision.decision_facts = DecisionFacts(
            follow_up_newest_first=newest_first(steps),
            latest_follow_up=latest(steps),
            published_project=project if getattr(project, "status", None) in PUBLISHED_STATUSES else None,
        )

    def values(self, decisions: list) -> dict:
        return {"decisions": decisions, "years": by_year(decisions)}

    def records(self, decisions: list, sources: dict, siteurl: str) -> list[dict]:
        return open_data.records(decisions, sources, siteurl)

    def part(self) -> DecisionsPart:
        return DecisionsPart(url=self.url, council_url=self.council_url(), json_url=self.json_url())
