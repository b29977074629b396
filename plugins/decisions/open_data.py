"""besluiten.json: every published decision with the content contract's keys.

The keys and value types are those of ``content_model.schema.Decision``;
added are the page's ``url``, the linked project's ``project_url`` and
``latest_follow_up`` (the city's latest answer, or null). Dates are ISO
8601; URLs are absolute when the site is published with a SITEURL,
site-relative ("/besluiten/x/") otherwise.
"""

from __future__ import annotations

import json


def record(decision, source, siteurl: str) -> dict:
    data = source.meta.model_dump(mode="json", exclude={"status"})
    data["slug"] = decision.slug
    data["council"] = [council.slug for council in decision.councils]
    data["url"] = f"{siteurl}/{decision.url}"
    if data.get("image"):
        data["image"] = f"{siteurl}/{data['image']}"
    project = decision.published_project
    data["project_url"] = f"{siteurl}/{project.url}" if project is not None else None
    latest = decision.latest_follow_up
    data["latest_follow_up"] = latest.model_dump(mode="json") if latest is not None else None
    return data


def dumps(decisions, sources: dict, siteurl: str) -> str:
    """The JSON text: one list, by meeting day then slug, the same bytes for the same content."""
    records = [record(d, sources[str(d.source_path)], siteurl) for d in decisions]
    records.sort(key=lambda r: (r["meeting"], r["slug"]))
    return json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
