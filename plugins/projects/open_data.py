"""projecten.json: every published project with the content contract's keys.

The keys and value types are those of ``content_model.schema.Project`` (the
editors' front matter), so a city dashboard reads what the editors wrote;
added are the page's ``url``, ``overdue`` at build time and the ``timeline``.
Dates are ISO 8601; URLs are absolute when the site is published with a
SITEURL, site-relative ("/projecten/x/") otherwise
(:func:`site_rules.overviews.open_data_record`).
"""

from __future__ import annotations

from site_rules.overviews import open_data_record


def _iso(moment) -> str:
    return moment.isoformat()


def record(project, source, siteurl: str) -> dict:
    data = open_data_record(project, source, siteurl)
    data["overdue"] = project.project_facts.overdue
    data["timeline"] = [
        {
            "kind": item.kind,
            "date": _iso(item.moment),
            "title": item.post.title,
            "url": f"{siteurl}/{item.post.url}",
        }
        for item in project.project_facts.timeline
    ]
    return data


def records(projects, sources: dict, siteurl: str) -> list[dict]:
    """One record per project, sorted by slug."""
    found = [record(p, sources[str(p.source_path)], siteurl) for p in projects]
    return sorted(found, key=lambda r: r["slug"])
