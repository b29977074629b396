"""What goes into an edition: quarters of the site's calendar (site_rules.clock), and the selection rules.

An edition ``2026-q4`` holds the news, projects and decisions dated in that
quarter for its council (or for all councils), the status of the council's
projects, and the events of the next quarter as the agenda to keep. Its
``include`` list adds posts from anywhere, its ``exclude`` list takes posts
out of every part of the paper. Drafts never appear, hidden posts only when
included by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from content_model.schema import DRAFT_STATUS, STAGES
from site_rules.clock import DEFAULT_ZONE, Quarter, as_moment, local_day


def event_overlaps(event: Any, quarter: Quarter, zone: ZoneInfo) -> bool:
    """An event belongs to a quarter's agenda when any of its days fall in it."""
    first = local_day(event.start, zone)
    last = local_day(getattr(event, "end", None) or event.start, zone)
    return first <= quarter.last_day and last >= quarter.first_day


def _sort_key(article: Any):
    return (article.date, article.title.lower(), article.slug)


def _event_key(event: Any, zone: ZoneInfo):
    return (as_moment(event.start, zone), event.title.lower(), event.slug)


@dataclass
class Selection:
    news: list = field(default_factory=list)
    projects: list = field(default_factory=list)  # projects dated in the quarter (or included)
    decisions: list = field(default_factory=list)
    status_table: list = field(default_factory=list)  # all projects of the council(s), by stage
    agenda: list = field(default_factory=list)  # events of the next quarter (or included)


def select(
    quarter: Quarter,
    council: str | None,
    articles: list,
    hidden_articles: list = (),
    include: list[str] = (),
    exclude: list[str] = (),
    zone: ZoneInfo = ZoneInfo(DEFAULT_ZONE),
) -> Selection:
    """The posts of one edition; ``articles`` are published articles (no drafts)."""
    excluded = set(exclude)
    included = set(include) - excluded
    published = [a for a in [*articles, *hidden_articles] if getattr(a, "status", None) != DRAFT_STATUS]
    listed = {a.slug for a in articles}

    def of_council(article) -> bool:
        return council is None or any(c.slug == council for c in getattr(article, "councils", []))

    def wanted(article, automatic: bool) -> bool:
        if article.slug in excluded:
            return False
        if article.slug in included:
            return True
        return automatic and article.slug in listed and of_council(article)

    next_quarter = quarter.next()
    selection = Selection()
    sections = {"news": selection.news, "project": selection.projects, "decision": selection.decisions}
    for article in published:
        kind = article.kind
        if kind in sections:
            if wanted(article, Quarter.of(article.date, zone) == quarter):
                sections[kind].append(article)
        elif kind == "event":
            if wanted(article, event_overlaps(article, next_quarter, zone)):
                selection.agenda.append(article)
        if kind == "project" and wanted(article, True) and of_council(article):
            selection.status_table.append(article)
    for posts in (selection.news, selection.projects, selection.decisions):
        posts.sort(key=_sort_key)
    selection.agenda.sort(key=lambda event: _event_key(event, zone))
    stage_order = {stage: index for index, stage in enumerate(STAGES)}
    selection.status_table.sort(key=lambda p: (stage_order.get(p.stage, len(STAGES)), p.title.lower(), p.slug))
    return selection
