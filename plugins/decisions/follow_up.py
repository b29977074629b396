"""A decision's follow-up by the city, and the words for its votes."""

from __future__ import annotations

from itertools import groupby

from content_model.schema import FollowUp, Votes


def newest_first(follow_up: list[FollowUp]) -> list[FollowUp]:
    """The steps, the latest first; of two steps on one day, the one written last."""
    numbered = sorted(enumerate(follow_up), key=lambda pair: (pair[1].date, pair[0]), reverse=True)
    return [step for _, step in numbered]


def latest(follow_up: list[FollowUp]) -> FollowUp | None:
    steps = newest_first(follow_up)
    return steps[0] if steps else None


def votes_text(votes: Votes | None) -> str:
    """7 voor, 1 tegen, 2 onthoudingen; "1 onthouding" for one."""
    if votes is None:
        return ""
    abstentions = "onthouding" if votes.onthouding == 1 else "onthoudingen"
    return f"{votes.voor} voor, {votes.tegen} tegen, {votes.onthouding} {abstentions}"


def register_order(decision):
    """The register: the latest meeting first."""
    return (decision.meeting, decision.date, decision.slug)


def by_year(decisions) -> list[tuple[int, list]]:
    """(year of the meeting, decisions), the latest year and meeting first."""
    ordered = sorted(decisions, key=register_order, reverse=True)
    return [(year, list(group)) for year, group in groupby(ordered, key=lambda d: d.meeting.year)]
