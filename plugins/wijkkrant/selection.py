"""What goes into an edition: quarters in Brussels time, and the selection rules.

An edition ``2026-q4`` holds the news, projects and decisions dated in that
quarter for its council (or for all councils), the status of the council's
projects, and the events of the next quarter as the agenda to keep. Its
``include`` list adds posts from anywhere, its ``exclude`` list takes posts
out of every part of the paper. Drafts never appear, hidden posts only when
included by name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from content_model.schema import DRAFT_STATUS, EDITION_NAME_RE, STAGES
from site_rules.clock import LOCAL_TZ


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1..4

    @classmethod
    def from_slug(cls, slug: str) -> "Quarter":
        match = EDITION_NAME_RE.match(slug)
        if not match:
            raise ValueError(f"'{slug}' is geen kwartaal zoals 2025-q3")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, moment: dt.datetime | dt.date) -> "Quarter":
        """The quarter a moment falls in, by the Brussels calendar."""
        if isinstance(moment, dt.datetime):
            moment = moment.astimezone(LOCAL_TZ).date()
        return cls(moment.year, (moment.month - 1) // 3 + 1)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    def next(self) -> "Quarter":
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def contains(self, moment: dt.datetime | dt.date) -> bool:
        return Quarter.of(moment) == self

    def __str__(self) -> str:
        return f"{self.year}-q{self.number}"


def _local_day(moment: dt.datetime | dt.date) -> dt.date:
    if isinstance(moment, dt.datetime):
        return moment.astimezone(LOCAL_TZ).date()
    return moment


def event_overlaps(event: Any, quarter: Quarter) -> bool:
    """An event belongs to a quarter's agenda when any of its days fall in it."""
    first = _local_day(event.start)
    last = _local_day(getattr(event, "end", None) or event.start)
    return first <= quarter.last_day and last >= quarter.first_day


def _sort_key(article: Any):
    return (article.date, article.title.lower(), article.slug)


def _event_key(event: Any):
    start = event.start
    moment = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time(0, 0), tzinfo=LOCAL_TZ)
    return (moment, event.title.lower(), event.slug)


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
            if wanted(article, quarter.contains(article.date)):
                sections[kind].append(article)
        elif kind == "event":
            if wanted(article, event_overlaps(article, next_quarter)):
                selection.agenda.append(article)
        if kind == "project" and wanted(article, True) and of_council(article):
            selection.status_table.append(article)
    for posts in (selection.news, selection.projects, selection.decisions):
        posts.sort(key=_sort_key)
    selection.agenda.sort(key=_event_key)
    stage_order = {stage: index for index, stage in enumerate(STAGES)}
    selection.status_table.sort(key=lambda p: (stage_order.get(p.stage, len(STAGES)), p.title.lower(), p.slug))
    return selection
