"""besluiten.json: every published decision with the content contract's keys.

The keys and value types are those of ``content_model.schema.Decision``;
added are the page's ``url``, the linked project's ``project_url`` and
``latest_follow_up`` (the city's latest answer, or null). Dates are ISO
8601; URLs are absolute when the site is published with a SITEURL,
site-relative ("/besluiten/x/") otherwise
(:func:`site_rules.overviews.open_data_record`).
"""

from __future__ import annotations

from site_rules.overviews import open_data_record


def record(decision, source, siteurl: str) -> dict:
    data = open_data_record(decision, source, siteurl)
    project = decision.decision_facts.published_project
    data["project_url"] = f"{siteurl}/{project.url}" if project is not None else None
    latest = decision.decision_facts.latest_follow_up
    data["latest_follow_up"] = latest.model_dump(mode="json") if latest is not None else None
    return data


def records(decisions, sources: dict, siteurl: str) -> list[dict]:
    """One record per decision, by meeting day then slug."""
    found = [record(d, sources[str(d.source_path)], siteurl) for d in decisions]
    return sorted(found, key=lambda r: (r["meeting"], r["slug"]))
