"""The Pelican generator that writes council pages and the councils overview."""

from __future__ import annotations

import logging

from pelican.generators import Generator

from content_model.markdown_text import MarkdownText
from content_model.schema import RUNNING_STAGE
from site_rules.contract import CouncilsPart, site_of
from site_rules.made_from import ANY_KIND, MadeFrom
from site_rules.pages import of_council, save_as

from . import settings as plugin_settings
from .page import CouncilPage, group_members, split_workgroups

logger = logging.getLogger(__name__)


class CouncilsGenerator(Generator):
    """``raden/<slug>/`` for every council, ``raden/<slug>/berichten/`` and ``raden/``."""

    def setting(self, name: str):
        return plugin_settings.get(self.settings, name)

    def generate_context(self):
        councils = site_of(self.context).model.councils
        overview = self.setting("COUNCILS_URL")
        menu = list(self.settings.get("MENU", []))
        if len(councils) <= 1:
            # One council needs no overview: the menu item for it goes to
            # the council's own page instead of a page that is not written
            # (and disappears on a site without any council file).
            menu = [
                (label, councils[0].url if url == overview else url)
                for label, url in menu
                if councils or url != overview
            ]
        self.part = CouncilsPart(
            overview_url=overview if len(councils) > 1 else None,
            news_url=self.setting("COUNCIL_NEWS_URL"),
            menu=menu,
        )
        site_of(self.context).fill("councils", self.part)

    def _council_page(self, council, markdown: MarkdownText, agenda) -> CouncilPage:
        context = self.context
        now = site_of(context).model.now
        articles = of_council(context.get("articles", []), council.slug)
        newest = sorted(articles, key=lambda a: (a.date, a.slug), reverse=True)
        news = [a for a in newest if a.kind == "news"]
        decisions = sorted(
            (a for a in articles if a.kind == "decision"),
            key=lambda a: (a.meeting, a.date, a.slug),
            reverse=True,
        )
        # The council page lists its projects that are under way.
        projects = sorted(
            (a for a in articles if a.kind == "project" and a.stage == RUNNING_STAGE),
            key=lambda a: a.title.lower(),
        )
        current, ended = split_workgroups(council.workgroups, now.date())
        tags = {tag.name.lower(): tag for tag, _ in context.get("tags", [])}
        description = ""
        if council.description:
            description = markdown.standalone(council.description, self.settings["SITEURL"])
        return CouncilPage(
            council=council,
            description_html=description,
            member_groups=group_members(council.members, self.setting("COUNCIL_ROLE_ORDER")),
            current_workgroups=current,
            ended_workgroups=ended,
            focus=[(theme, tags.get(theme.lower())) for theme in council.focus],
            news=news[: self.setting("COUNCIL_NEWS_COUNT")],
            all_news=news,
            # The events plugin decides what is upcoming; without it, no events.
            events=agenda.upcoming[: self.setting("COUNCIL_EVENTS_COUNT")] if agenda else [],
            projects=projects,
            decisions=decisions[: self.setting("COUNCIL_DECISIONS_COUNT")],
            pages=sorted(of_council(context.get("pages", []), council.slug), key=lambda p: p.title.lower()),
        )

    def generate_output(self, writer):
        relative = self.settings["RELATIVE_URLS"]
        markdown = MarkdownText(self.settings)
        pages = []
        # The events and feeds plugins announce their council pages and
        # files in site.events and site.feeds (every generate_context runs
        # before any output is written); without those plugins, no links.
        site = site_of(self.context)
        for council in site.model.councils:
            slug = council.slug
            agenda = site.events.agenda_of(slug) if site.events else None
            feed = site.feeds.for_council.get(slug) if site.feeds else None
            page = self._council_page(council, markdown, agenda)
            page.agenda_url = agenda.url if agenda else None
            page.calendar_url = agenda.calendar_url if agenda else None
            page.feed_url = feed.rss_url if feed else None
            pages.append(page)
            # A council page shows its newest posts of every kind and what is
            # still to come; its news page every news post of the council.
            site_of(self.context).outputs.add(save_as(council.url), MadeFrom(lists=frozenset({ANY_KIND}), reads_now=True))
            writer.write_file(
                save_as(council.url),
                self.get_template("council"),
                self.context,
                relative,
                url=council.url,
                council=council,
                council_page=page,
            )
            news_url = self.setting("COUNCIL_NEWS_URL").format(slug=slug)
            site_of(self.context).outputs.add(save_as(news_url), MadeFrom(lists=frozenset({"news"})))
            writer.write_file(
                save_as(news_url),
                self.get_template("council_news"),
                self.context,
                relative,
                url=news_url,
                council=council,
                posts=page.all_news,
            )
        overview = self.part.overview_url
        if overview:
            site_of(self.context).outputs.add(save_as(overview), MadeFrom(lists=frozenset({ANY_KIND}), reads_now=True))
            writer.write_file(
                save_as(overview),
                self.get_template("councils"),
                self.context,
                relative,
                url=overview,
                council_pages=pages,
            )
        logger.debug("councils: wrote %d council pages", len(pages))
