"""Giving every post its council and project objects, once per build.

Templates and later plugins read ``article.councils`` and ``article.project``
(and a page's ``councils``) and never parse YAML again.
"""

from __future__ import annotations

from pelican.generators import ArticlesGenerator, PagesGenerator

from . import settings as model_settings
from .validation import ContentTree


def all_articles(generator: ArticlesGenerator) -> list:
    """Published, hidden and draft articles (translations included)."""
    return [
        *generator.articles,
        *generator.translations,
        *generator.hidden_articles,
        *generator.hidden_translations,
        *generator.drafts,
        *generator.drafts_translations,
    ]


def prepare_councils(tree: ContentTree, settings: dict) -> list:
    url_pattern = model_settings.get(settings, "COUNCIL_URL")
    for slug, council in tree.councils.items():
        council._url = url_pattern.format(slug=slug)
    return sorted(tree.councils.values(), key=lambda council: council.name.lower())


def link_pages(generator: PagesGenerator, tree: ContentTree) -> None:
    """A page of a council knows its council objects; a page of the whole site has none."""
    councils = tree.councils
    for page in [*generator.pages, *generator.hidden_pages, *generator.draft_pages]:
        slugs = getattr(page, "council_slugs", None) or []
        page.councils = [councils[slug] for slug in slugs if slug in councils]


def link_articles(generator: ArticlesGenerator, tree: ContentTree) -> None:
    councils = tree.councils
    default = list(councils) if len(councils) == 1 else []
    articles = all_articles(generator)
    projects = {a.slug: a for a in articles if a.kind == "project"}
    for article in articles:
        slugs = getattr(article, "council_slugs", None) or default
        article.councils = [councils[slug] for slug in slugs if slug in councils]
        article.project = projects.get(getattr(article, "project_slug", None))
