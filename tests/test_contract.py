"""site_rules.contract: what the plugins give each other, under one context key.

A real build records Pelican's context after every generator ran: the
plugins add one key, ``site``, and fill its parts; with a plugin switched
off its part stays empty and the site still builds, its pages falling back
to what Pelican shows without it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import build, make_project
from pages import page
from site_rules.contract import ModelPart, Site
from site_rules.made_from import OutputRecord

PARTS = ("events", "feeds", "projects", "decisions", "councils", "wijkkrant")

# A plugin for this test only: it writes down, when the build is finished,
# which keys the context holds besides the settings, and which parts of
# ``site`` were filled.
PROBE = '''
import json
import os

from pelican import signals

seen = {}


def keep(generators):
    seen["context"], seen["settings"] = generators[0].context, generators[0].settings


def record(pelican):
    context, settings = seen["context"], seen["settings"]
    site = context.get("site")
    data = {
        "keys": sorted(key for key in context if key not in settings),
        "parts": {name: getattr(site, name, None) is not None for name in %r},
    }
    with open(os.environ["PROBE_OUT"], "w", encoding="utf-8") as handle:
        json.dump(data, handle)


def register():
    signals.all_generators_finalized.connect(keep)
    signals.finalized.connect(record)
''' % (PARTS,)

# Keys Pelican's own generators put in the context (pelican/generators.py).
PELICAN_KEYS = {
    "articles", "authors", "categories", "dates", "drafts", "drafts_translations", "hidden_articles",
    "hidden_translations", "pages", "hidden_pages", "draft_pages", "related_posts", "static_content",
    "static_links", "staticfiles", "tags", "translations", "hidden_translation_pages", "translations_pages",
    "draft_translation_pages", "localsiteurl", "period_archives", "generated_content", "articles_page",
    "articles_paginator", "page_name", "dates_page", "dates_paginator",
}

SOME_PLUGINS = ["template_cache", "content_model", "dutch_formats", "identity", "page_types"]


def probed_build(tmp_path: Path, plugins: list[str] | None) -> tuple[Path, dict]:
    project = make_project(tmp_path)
    probe = project / "plugins" / "context_probe"
    probe.mkdir()
    (probe / "__init__.py").write_text(PROBE, encoding="utf-8")
    listed = "PLUGINS" if plugins is None else repr(plugins)
    settings = (project / "pelicanconf.py").read_text(encoding="utf-8")
    (project / "probeconf.py").write_text(settings + f"\nPLUGINS = {listed} + ['context_probe']\n", encoding="utf-8")
    out = tmp_path / "probe.json"
    result = build(project, "--settings", "probeconf.py", PROBE_OUT=str(out))
    assert result.returncode == 0, result.stderr + result.stdout
    return project / "output", json.loads(out.read_text(encoding="utf-8"))


def test_the_plugins_add_one_key_to_the_context_and_fill_every_part(tmp_path):
    _, probed = probed_build(tmp_path, None)
    assert "site" in probed["keys"]
    loose = set(probed["keys"]) - PELICAN_KEYS - {"site"}
    assert not loose, f"keys added to Pelican's context besides 'site': {sorted(loose)}"
    assert probed["parts"] == {name: True for name in PARTS}


def test_a_site_builds_with_the_feature_plugins_switched_off(tmp_path):
    """Templates ask `plugin_enabled`: event, project and decision pages become plain posts."""
    output, probed = probed_build(tmp_path, SOME_PLUGINS)
    assert probed["parts"] == {name: False for name in PARTS}
    event = page(output, "/evenementen/nieuwjaarsreceptie-2027/")
    assert event.h1.get_text(strip=True)
    assert "Zet in je agenda" not in event.get_text()
    assert not event.select('link[type="text/calendar"]')
    assert not (output / "agenda.ics").exists() and not (output / "feeds").exists()
    home = page(output, "/")
    # Nothing links to pages the missing plugins would have written (the
    # menu is the site's own setting, MENU, and left as the site wrote it).
    for link in home.select("main a[href], head link[href]"):
        href = link["href"]
        assert "agenda" not in href and "feeds/" not in href and "volg-ons" not in href, href


def test_a_part_is_filled_once_and_only_a_known_one():
    model = ModelPart(
        tree=None, now=dt.datetime(2026, 11, 21, tzinfo=dt.timezone.utc), councils=[], council_by_slug={},
        kind_labels={}, category_labels={}, published_statuses=(), rejected_outcome="verworpen",
    )
    site = Site(model=model, outputs=OutputRecord("content", "output"))
    site.fill("wijkkrant", object())
    with pytest.raises(RuntimeError, match="filled twice"):
        site.fill("wijkkrant", object())
    with pytest.raises(AttributeError):
        site.fill("weather", object())
    with pytest.raises(AttributeError):
        site.fill("outputs", object())  # the record is not a plugin's part
