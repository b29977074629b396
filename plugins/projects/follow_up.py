"""Following a project: overdue or not, its timeline, its place in the overview."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from content_model.schema import CLOSED_STAGES, STAGES, STOPPED_STAGE
from site_rules.clock import as_moment, as_written

# A project in one of these stages no longer has a deadline to meet.
FINISHED_STAGES = frozenset(CLOSED_STAGES)
# The steps from idea to result, as a project page shows them; a stopped
# project has left that path.
STEPS = tuple(stage for stage in STAGES if stage != STOPPED_STAGE)

# What a timeline holds: everything that can name a project, except projects.
TIMELINE_KINDS = ("news", "event", "decision")


def is_overdue(project, today: dt.date) -> bool:
    """The deadline has passed (it is not today) and the project is not finished."""
    deadline = getattr(project, "deadline", None)
    return deadline is not None and deadline < today and project.stage not in FINISHED_STAGES


@dataclass(frozen=True)
class TimelineItem:
    """One post on a project's timeline, at the moment it is about."""

    moment: dt.date | dt.datetime  # event start, meeting day, or publication date
    post: object

    @property
    def kind(self) -> str:
        return self.post.kind


def moment_of(post, zone: ZoneInfo) -> dt.date | dt.datetime:
    """When a post happened: an event at its start, a decision at its meeting.

    A news post at its publication; a publication date written without a
    time is read as local midnight, and is given back as the day alone, so
    no one reads "00:00" as the hour something happened.
    """
    if post.kind == "event":
        return post.start
    if post.kind == "decision":
        return post.meeting
    return as_written(post.date, zone)


def timeline(project, posts, zone: ZoneInfo) -> list[TimelineItem]:
    """Every post in ``posts`` that names ``project``, oldest first."""
    items = [
        TimelineItem(moment_of(post, zone), post)
        for post in posts
        if post.kind in TIMELINE_KINDS and getattr(post, "project_slug", None) == project.slug
    ]
    return sorted(items, key=lambda item: (as_moment(item.moment, zone), item.post.slug))


def overview_order(project):
    """Within a stage: the nearest deadline first, projects without one last."""
    deadline = getattr(project, "deadline", None)
    return (deadline is None, deadline or dt.date.min, project.title.lower(), project.slug)


def by_stage(projects) -> list[tuple[str, list]]:
    """(stage, projects) for every stage in the schema's order."""
    ordered = sorted(projects, key=overview_order)
    return [(stage, [p for p in ordered if p.stage == stage]) for stage in STAGES]


def monitoring_rows(projects) -> list:
    """The monitoring table: by stage, then as in the overview."""
    return sorted(projects, key=lambda p: (STAGES.index(p.stage), *overview_order(p)))
