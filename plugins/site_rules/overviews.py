"""One Pelican generator for a kind that has a register: projects and decisions.

Both plugins write the same three things for their kind of post, and this
module is the one place that writes them:

* a site-wide overview that replaces Pelican's page for the kind's folder
  (category): it takes that page's address and keeps Pelican from writing it;
* the same overview for each council ("raden/<slug>/projecten/");
* open data (``projecten.json``, ``besluiten.json``): each post's front
  matter as the schema dumps it, plus its slug, council slugs and URL, with
  sorted keys, so the same content gives the same bytes.

A plugin subclasses :class:`KindOverviewGenerator` and says what is its own:
the facts it gives each post, the template's values, its open data records
and its part of the :class:`site_rules.contract.Site`.
"""

from __future__ import annotations

import json
import logging
import os
from abc import ABCMeta, abstractmethod

from pelican.contents import Category
from pelican.generators import Generator

from .contract import site_of
from .made_from import MadeFrom
from .pages import of_council, plain_text, save_as

logger = logging.getLogger(__name__)


class KindOverviewGenerator(Generator, metaclass=ABCMeta):
    """Overviews of one kind of post, for the site and each council, and open data."""

    #: the kind (``content_model.schema`` name): "project"
    kind: str
    #: the kind's folder, whose category page the overview replaces: "projecten"
    folder: str
    #: the template of both overviews: "projects"
    template: str
    #: the part of ``context["site"]`` this plugin fills: "projects"
    part_name: str
    #: whether the overviews depend on the build's "now" (site_rules.made_from)
    reads_now: bool = False

    # --- what a plugin says ----------------------------------------------------

    @abstractmethod
    def council_url(self) -> str:
        """The pattern of a council's overview: "raden/{slug}/projecten/"."""

    @abstractmethod
    def json_url(self) -> str:
        """Where the open data is written: "projecten.json"."""

    def add_facts(self, post, listed: list) -> None:
        """Give ``post`` (published or hidden) its typed facts."""

    @abstractmethod
    def values(self, posts: list) -> dict:
        """The template's variables for the posts one overview shows."""

    @abstractmethod
    def records(self, posts: list, sources: dict, siteurl: str) -> list[dict]:
        """One open data record per post (``sources``: the checked files by path)."""

    @abstractmethod
    def part(self):
        """This plugin's part of the site (see site_rules.contract)."""

    # --- the same for every kind -----------------------------------------------

    def generate_context(self):
        listed = self.context.get("articles", [])
        self.posts = [a for a in listed if a.kind == self.kind]
        hidden = [a for a in self.context.get("hidden_articles", []) if a.kind == self.kind]
        for post in self.posts + hidden:
            self.add_facts(post, listed)
        self.url, self.save_as = replace_category_page(self.context, self.settings, self.folder)
        site_of(self.context).fill(self.part_name, self.part())

    def generate_output(self, writer):
        model = site_of(self.context).model
        pages = [(self.url, self.save_as, None, self.posts)]
        for council in model.councils:
            url = self.council_url().format(slug=council.slug)
            pages.append((url, save_as(url), council, of_council(self.posts, council.slug)))
        template = self.get_template(self.template)
        made_from = MadeFrom(lists=frozenset({self.kind}), reads_now=self.reads_now)
        for url, name, council, shown in pages:
            site_of(self.context).outputs.add(name, made_from)
            writer.write_file(
                name, template, self.context, self.settings["RELATIVE_URLS"],
                url=url, council=council, **self.values(shown),
            )
        records = self.records(self.posts, model.tree.by_path(), self.settings["SITEURL"])
        site_of(self.context).outputs.add(self.json_url(), made_from)
        write_json(self.output_path, self.json_url(), records)


def replace_category_page(context: dict, settings: dict, folder: str) -> tuple[str, str]:
    """(url, save_as) of the folder's category page, which Pelican then leaves unwritten.

    Pelican skips writing a category whose save_as is empty, and would raise
    FileOverwriteFailedError if anything else wrote this file too. (Named in
    tests/test_pelican_internals.py.) The writer's public ``override_output``
    would let the overview replace Pelican's page instead, but then both
    writes reach pelican-sitemap, which lists the address twice.
    """
    for category, _ in context.get("categories", []):
        if category.name == folder:
            category.settings = {**category.settings, "CATEGORY_SAVE_AS": ""}
    own = Category(folder, settings)
    return own.url, own.save_as


def open_data_record(article, source, siteurl: str) -> dict:
    """An article's front matter (``source.meta``) with its slug, councils and URLs.

    Dates are ISO 8601; URLs start with ``siteurl`` (absolute when the site is
    published with a SITEURL, site-relative "/x/" otherwise).
    """
    data = source.meta.model_dump(mode="json", exclude={"status"})
    if data.get("summary"):
        # Open data is read by other programs, which may show it as HTML: the
        # summary goes out as the plain text residents read, never as markup.
        data["summary"] = plain_text(article.summary)
    data["slug"] = article.slug
    data["council"] = [council.slug for council in article.councils]
    data["url"] = f"{siteurl}/{article.url}"
    if data.get("image"):
        data["image"] = f"{siteurl}/{data['image']}"
    return data


def write_json(output_path: str, name: str, records: list[dict]) -> None:
    """Write ``records`` (in the caller's order) to ``name`` below the output folder."""
    path = os.path.join(output_path, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    logger.info('Writing "%s"', path)
