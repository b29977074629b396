"""sitemap_adapter: fits the Pelican team's sitemap plugin to this site.

``pelican.plugins.sitemap`` (listed as "sitemap" in PLUGINS) writes
``sitemap.xml``. Pages without a date of their own (home page, overviews,
archive) get the wall-clock time at which that plugin was imported, so two
builds of the same content would differ. They get the build's "now"
(``site_rules.clock.build_now``, fixed by ``SOURCE_DATE_EPOCH``) instead,
set on the plugin's one generator object (its public ``now`` attribute,
named in tests/test_pelican_internals.py).

The sitemap also reads a page's ``priority`` attribute as its sitemap
priority (a number); a project's own priority (hoog, middel, laag) reaches
Pelican as ``project_priority`` for that reason (``content_model.reader``).
"""

import logging

from pelican import signals

from site_rules.clock import build_now, site_zone

log = logging.getLogger(__name__)


def adapt_sitemap(pelican):
    try:
        from pelican.plugins.sitemap import sitemap
    except ImportError:
        log.warning("sitemap_adapter: pelican-sitemap is not installed; no sitemap.xml")
        return
    sitemap.generator.now = build_now(site_zone(pelican.settings))


def register():
    signals.initialized.connect(adapt_sitemap)
