"""projecten.json: every published project with the content contract's keys.

The keys and value types are those of ``content_model.schema.Project`` (the
editors' front matter), so a city dashboard reads what the editors wrote;
added are the page's ``url``, ``overdue`` at build time and the ``timeline``.
Dates are ISO 8601; URLs are absolute when the site is published with a
SITEURL, site-relative ("/projecten/x/") otherwise.
"""

from __future__ import annotations

import json

from .follow_up import moment_of


def _iso(moment) -> str:
    return moment.isoformat()


def record(project, source, siteurl: str) -> dict:
    data = source.meta.model_dump(mode="json", exclude={"status"})
    data["slug"] = project.slug
    data["council"] = [council.slug for council in project.councils]
    data["url"] = f"{siteurl}/{project.url}"
    if data.get("image"):
        data["image"] = f"{siteurl}/{data['image']}"
    data["overdue"] = project.overdue
    data["timeline"] = [
        {
            "kind": item.kind,
            "date": _iso(moment_of(item.post)),
            "title": item.post.title,
            "url": f"{siteurl}/{item.post.url}",
        }
        for item in project.timeline
    ]
    return data


def dumps(projects, sources: dict, siteurl: str) -> str:
    """The JSON text: one list, sorted by slug, the same bytes for the same content."""
    records = [record(p, sources[str(p.source_path)], siteurl) for p in projects]
    records.sort(key=lambda r: r["slug"])
    return json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
