"""sitemap_adapter: fits the Pelican team's sitemap plugin to this site.

``pelican.plugins.sitemap`` (listed as "sitemap" in PLUGINS) writes
``sitemap.xml``. Two things in it do not suit our content:

* Pages without a date of their own (home page, overviews, archive) get the
  wall-clock time at which the plugin was imported, so two builds of the same
  content differ. They get ``content_model``'s build moment instead, which
  ``SOURCE_DATE_EPOCH`` fixes.
* It reads a post's ``priority`` attribute as the sitemap priority (a
  number). Our projects have a ``priority`` of their own (hoog, middel, laag:
  how urgent the council finds it), which would be logged as an error for
  every project. While the sitemap is written, such words are hidden from
  it, so those pages get the default priority.

Both act on the sitemap plugin's one generator object; pelican-sitemap is
pinned in requirements.txt and tests/test_theme.py checks its output.
"""

import logging
import numbers

from pelican import signals

from site_rules.clock import build_now, site_zone

log = logging.getLogger(__name__)


def _write_out_with_numeric_priorities(write_out):
    def write(pelican):
        hidden = []
        for _path, obj in write_out.__self__.page_queue:
            value = getattr(obj, "priority", None)
            if value is not None and not isinstance(value, numbers.Number):
                hidden.append((obj, value))
                del obj.priority
        try:
            return write_out(pelican)
        finally:
            for obj, value in hidden:
                obj.priority = value

    write.adapted = True
    return write


def adapt_sitemap(pelican):
    try:
        from pelican.plugins.sitemap import sitemap
    except ImportError:
        log.warning("sitemap_adapter: pelican-sitemap is not installed; no sitemap.xml")
        return
    generator = sitemap.generator
    generator.now = build_now(site_zone(pelican.settings))
    if not getattr(generator._write_out, "adapted", False):
        generator._write_out = _write_out_with_numeric_priorities(generator._write_out)


def register():
    signals.initialized.connect(adapt_sitemap)
