"""Every internal of Pelican and its plugins this project relies on, named once.

These are not public APIs: an upgrade may change them without notice. Each
test names the internal, the module that relies on it and what breaks, so a
failure after `pip install -U` says where to look instead of showing up as
a wrong page.
"""

from __future__ import annotations

import fnmatch
import inspect

import pelican
from pelican import contents, generators, signals
from pelican.contents import Category
from pelican.plugins.sitemap import sitemap
from pelican.settings import DEFAULT_CONFIG


def test_sitemap_plugin_has_one_generator_with_a_now():
    """sitemap_adapter sets `sitemap.generator.now` (reproducible dates for pages without one)."""
    assert hasattr(sitemap, "generator"), "pelican-sitemap no longer has a module-level `generator`"
    assert "now" in vars(sitemap.generator), "pelican-sitemap's generator has no `now`: update sitemap_adapter"
    source = inspect.getsource(type(sitemap.generator))
    assert "self.now" in source, "pelican-sitemap no longer dates pages with `self.now`: update sitemap_adapter"


def test_sitemap_reads_a_pages_priority_attribute():
    """content_model.reader hands a project's priority to Pelican as `project_priority` because of this."""
    source = inspect.getsource(type(sitemap.generator))
    assert 'getattr(obj, "priority"' in source, "pelican-sitemap reads priority elsewhere: see content_model/reader.py"


def test_a_category_with_an_empty_save_as_is_not_written():
    """site_rules.overviews.replace_category_page empties CATEGORY_SAVE_AS on the category object."""
    category = Category("projecten", dict(DEFAULT_CONFIG, CATEGORY_SAVE_AS="{slug}/index.html"))
    category.settings = {**category.settings, "CATEGORY_SAVE_AS": ""}
    assert category.save_as == "", "Category no longer reads save_as from its own settings"
    source = inspect.getsource(generators.ArticlesGenerator.generate_categories)
    assert "save_as" in source, "ArticlesGenerator.generate_categories no longer checks save_as"


def test_content_can_be_rendered_for_another_site_address():
    """The wijkkrant PDF renders post bodies with `Content.get_content(siteurl)`, a public method."""
    source = inspect.getsource(contents.Content)
    assert "def get_content(self, siteurl: str)" in source, "Content.get_content(siteurl) changed: update wijkkrant_post.html"


def test_intrasite_links_are_made_from_the_setting_with_a_what_group():
    """pelicanconf's INTRASITE_LINK_REGEX narrows links to {static}/{attach}/{filename}; the check relies on it."""
    source = inspect.getsource(contents.Content._get_intrasite_link_regex)
    assert 'INTRASITE_LINK_REGEX' in source
    replacer = inspect.getsource(contents.Content._link_replacer)
    assert 'm.group("what")' in replacer, "Pelican's link replacer no longer reads the `what` group"
    # The fallback the check guards against: Pelican un-escapes a link it
    # cannot find and writes it back (content_model.paths refuses `&`).
    assert "unescape" in replacer


def test_static_links_and_static_files_are_where_the_guard_looks():
    """content_model guards `generator.staticfiles` at static_generator_finalized."""
    assert "static_generator_finalized" in dir(signals)
    source = inspect.getsource(generators.StaticGenerator.generate_context)
    assert "self.staticfiles" in source and 'context["static_links"]' in source
    assert "static_generator_finalized.send" in source, "the guard's signal moved: update content_model/__init__.py"


def test_ignore_files_are_matched_against_the_bare_name():
    """pelicanconf's IGNORE_FILES = [".*"] skips hidden files because Pelican matches the base name."""
    source = inspect.getsource(generators.Generator._include_path)
    assert "basename" in source, "Pelican no longer matches IGNORE_FILES on the base name: check hidden files"
    assert fnmatch.fnmatch(".lek.rst", ".*") and not fnmatch.fnmatch(".lek.rst", "**/.*")


def test_pelican_is_the_version_these_tests_were_written_for():
    """When this fails after an upgrade, read the tests above, then update the version here."""
    assert pelican.__version__.startswith("4.12"), pelican.__version__
