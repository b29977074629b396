"""What a council page shows, worked out in Python so the template only lays it out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from content_model.schema import Council, Member, Workgroup

# Ordinary members: a role such as "lid" or "bestuurslid" comes last and its
# heading is plural when several people have it ("Leden").
MEMBER_SUFFIX = "lid"
MEMBER_PLURAL_SUFFIX = "leden"


@dataclass
class RoleGroup:
    role: str  # lower case, as matched
    members: list[Member]

    @property
    def label(self) -> str:
        role = self.role
        if len(self.members) > 1 and role.endswith(MEMBER_SUFFIX):
            role = role[: -len(MEMBER_SUFFIX)] + MEMBER_PLURAL_SUFFIX
        return role[:1].upper() + role[1:]


@dataclass
class CouncilPage:
    """One council and everything its page lists."""

    council: Council
    description_html: str
    member_groups: list[RoleGroup]
    current_workgroups: list[Workgroup]
    ended_workgroups: list[Workgroup]
    focus: list[tuple[str, object]]  # (theme, Tag or None when no post has that tag)
    news: list = field(default_factory=list)
    all_news: list = field(default_factory=list)
    events: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    decisions: list = field(default_factory=list)
    pages: list = field(default_factory=list)  # pages (paginas/) that name this council
    # Files of other plugins, when they are part of the site (else None).
    agenda_url: str | None = None  # events: the council's agenda page
    calendar_url: str | None = None  # events: the council's calendar
    feed_url: str | None = None  # feeds: the council's RSS feed

    @property
    def contact_tel(self) -> str:
        """The contact's phone number for a tel: link: digits and a leading +."""
        phone = self.council.contact.phone if self.council.contact else None
        return re.sub(r"(?!^\+)[^\d]", "", phone.strip()) if phone else ""


def group_members(members: list[Member], role_order) -> list[RoleGroup]:
    """Members by role: the roles of ``role_order`` first, ordinary members last."""
    groups: dict[str, RoleGroup] = {}
    for member in members:
        role = member.role.strip().lower()
        groups.setdefault(role, RoleGroup(role, [])).members.append(member)
    first = [role.lower() for role in role_order]
    appearance = list(groups)

    def rank(role: str):
        if role in first:
            return (0, first.index(role))
        if role.endswith(MEMBER_SUFFIX):
            return (2, appearance.index(role))
        return (1, appearance.index(role))

    return [groups[role] for role in sorted(groups, key=rank)]


def split_workgroups(workgroups: list[Workgroup], today: dt.date) -> tuple[list, list]:
    """(current, ended): a workgroup has ended when its end day lies before today.

    Current ones keep the order of the council file; ended ones show the most
    recently ended first.
    """
    current = [w for w in workgroups if w.end is None or w.end >= today]
    ended = [w for w in workgroups if w.end is not None and w.end < today]
    ended.sort(key=lambda w: (w.end, w.name), reverse=True)
    return current, ended
