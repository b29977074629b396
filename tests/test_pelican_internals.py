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
from pelican.plugins.yaml_metadata.yaml_metadata import YAMLMetadataReader
from pelican.settings import DEFAULT_CONFIG


def test_yaml_metadata_reader_keeps_its_markdown_converter_in_md():
    """content_model.reader converts bodies with the reader's own Markdown instance (`_md`)."""
    reader = YAMLMetadataReader(dict(DEFAULT_CONFIG, MARKDOWN=DEFAULT_CONFIG["MARKDOWN"]))
    assert hasattr(reader, "_md"), "pelican-yaml-metadata no longer has `_md`: update content_model/reader.py"
    assert reader._md.reset().convert("*x*") == "<p><em>x</em></p>"


def test_sitemap_plugin_has_one_generator_with_write_out_and_now():
    """sitemap_adapter wraps `generator._write_out` and sets `generator.now` (reproducible dates)."""
    assert hasattr(sitemap, "generator"), "pelican-sitemap no longer has a module-level `generator`"
    assert callable(getattr(sitemap.generator, "_write_out", None)), "sitemap `_write_out` is gone: update sitemap_adapter"
    assert "now" in vars(sitemap.generator) or hasattr(sitemap.generator, "now")


def test_a_category_with_an_empty_save_as_is_not_written():
    """site_rules.pages.replace_category_page empties CATEGORY_SAVE_AS on the category object."""
    category = Category("projecten", dict(DEFAULT_CONFIG, CATEGORY_SAVE_AS="{slug}/index.html"))
    category.settings = {**category.settings, "CATEGORY_SAVE_AS": ""}
    assert category.save_as == "", "Category no longer reads save_as from its own settings"
    source = inspect.getsource(generators.ArticlesGenerator.generate_categories)
    assert "save_as" in source, "ArticlesGenerator.generate_categories no longer checks save_as"


def test_content_links_use_localsiteurl_from_the_context():
    """The wijkkrant swaps context["localsiteurl"] so post bodies link to the public address in the PDF."""
    source = inspect.getsource(contents.Content.get_siteurl)
    assert 'localsiteurl' in source, "Content.get_siteurl no longer reads context['localsiteurl']: update wijkkrant"


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
