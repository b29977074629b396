"""What the plugins give each other and the templates: one typed object.

Pelican hands every generator and every template one dictionary, its
``context``. The plugins of this site put what they give the others in ONE
entry of it, ``context["site"]``: a :class:`Site`, with a part per plugin.
A part is ``None`` while its plugin is not in ``PLUGINS`` (templates test
``{% if "events" is plugin_enabled %}``, Pelican's own test, before they read
``site.events``).

When each part is there (Pelican's order of signals):

* ``site.model`` is made by ``content_model`` at the first ``generator_init``,
  after the whole content tree has passed the check;
* every other part is filled by its plugin's generator in
  ``generate_context``. Pelican runs every generator's ``generate_context``
  before any ``generate_output``, so a part is read in ``generate_output``
  or in templates, never in another plugin's ``generate_context``.

Posts (Pelican's ``Article`` objects) get one typed attribute per plugin
that adds to them, and nothing else: ``post.councils`` and ``post.project``
(``content_model``: the post's council and project objects),
``post.event_facts`` (events), ``post.project_facts`` (projects) and
``post.decision_facts`` (decisions). ``post.kind`` ("event", "news", ...)
comes from the reader, with the rest of the front matter.

This module holds data only and imports no plugin: it sits below all of
them, so data flows one way, from ``content_model`` to the feature plugins
to the output. Objects of the content model are named here as ``Any`` (with
the class they are), an event's times by the protocol they keep.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol

from pelican.contents import Article

from .made_from import OutputRecord

# Objects of the content model (content_model.schema.Council,
# content_model.validation.ContentTree): this module sits below
# content_model, so it names them without importing them.
Council = Any
ContentTree = Any


class EventTimes(Protocol):
    """An event's times as moments in the site's zone (events.timing.Timing)."""

    start: dt.date | dt.datetime  # as the editor wrote it
    end: dt.date | dt.datetime | None

    @property
    def all_day(self) -> bool: ...

    @property
    def starts_at(self) -> dt.datetime: ...

    @property
    def ends_at(self) -> dt.datetime: ...


CONTEXT_KEY = "site"
# The parts a plugin fills, each named after the plugin.
PARTS = ("events", "feeds", "projects", "decisions", "councils", "wijkkrant", "pictures")


# --- content_model -----------------------------------------------------------------


@dataclass(frozen=True)
class ModelPart:
    """The checked content and the words of the schema (``content_model``)."""

    tree: ContentTree  # every file of content/, checked
    now: dt.datetime  # the build's "now" (site_rules.clock.build_now), aware
    councils: list[Council]  # sorted by name; each knows its own ``url``
    council_by_slug: dict[str, Council]  # by file name
    kind_labels: dict[str, str]  # "event" -> "Evenement"
    category_labels: dict[str, str]  # "evenementen" -> "Evenementen"
    published_statuses: tuple[str, ...]  # a project's statuses that are on the site
    rejected_outcome: str  # a decision's outcome that needs no follow-up


# --- events ------------------------------------------------------------------------


@dataclass(frozen=True)
class PracticalFact:
    """One practical detail of an event, as every place that shows it words it."""

    key: str  # "where", "organiser", "price", "registration", "accessibility"
    label: str  # "Waar", "Organisatie", "Prijs", "Inschrijven", "Toegankelijkheid"
    text: str


@dataclass(frozen=True)
class EventFacts:
    """What the events plugin works out for one event: ``event.event_facts``."""

    timing: EventTimes  # start and end as moments in the site's zone
    is_upcoming: bool  # not over at the build's "now"
    is_ongoing: bool  # going on at the build's "now"
    calendar_url: str  # the event's own .ics file
    organised_by: str  # "Wijkraad X en Wijkraad Y", for people and calendars
    # The practical details in the order every place shows them: the event
    # page, its calendar entry, its feed item and the wijkkrant's agenda.
    practical: tuple[PracticalFact, ...]
    json_ld: str  # schema.org Event, ready for <script type="application/ld+json">


@dataclass(frozen=True)
class CouncilAgenda:
    """One council's agenda page and calendar."""

    council: Council
    url: str
    calendar_url: str
    events: list[Article]  # every published event of the council, soonest first
    upcoming: list[Article]


@dataclass(frozen=True)
class EventsPart:
    """The agenda and the calendars (``events``)."""

    upcoming: list[Article]  # soonest first
    past: list[Article]  # most recent first
    council_agendas: list[CouncilAgenda]  # in the order of ``site.model.councils``
    agenda_url: str
    archive_url: str
    calendar_url: str  # the site's calendar (.ics)
    calendar_siteurl: str  # the absolute address calendars are subscribed at
    home_event_count: int  # how many coming events the home page shows

    def agenda_of(self, slug: str) -> CouncilAgenda | None:
        return next((entry for entry in self.council_agendas if entry.council.slug == slug), None)


# --- feeds -------------------------------------------------------------------------


@dataclass(frozen=True)
class Feed:
    """One feed, in RSS and Atom; templates read ``title``, ``rss_url`` and ``atom_url``."""

    path: str  # without extension: "feeds/raden/sint-anna"
    title: str  # the feed's own title, also in <link rel="alternate" title>
    name: str  # short, for lists: "Wijkraad Sint-Anna"
    description: str
    page_url: str  # the page that shows these posts: "raden/sint-anna/"
    folder: str | None = None  # only posts of this kind (its folder)
    kind: str | None = None  # that kind's name ("event"), for the output record
    council_slug: str | None = None  # only posts of this council

    @property
    def rss_url(self) -> str:
        return self.path + ".rss.xml"

    @property
    def atom_url(self) -> str:
        return self.path + ".atom.xml"


@dataclass(frozen=True)
class FeedsPart:
    """Which feeds exist and the page that lists them (``feeds``)."""

    site_feed: Feed  # everything
    for_council: dict[str, Feed]  # by council slug
    for_kind: dict[str, Feed]  # by folder ("evenementen")
    siteurl: str  # the absolute address feeds are subscribed at
    follow_url: str  # the page "Volg ons"


# --- projects and decisions --------------------------------------------------------


@dataclass(frozen=True)
class ProjectFacts:
    """What the projects plugin works out for one project: ``project.project_facts``."""

    overdue: bool  # its target date has passed at the build's "now", not finished
    timeline: list[Any]  # projects.follow_up.TimelineItem, oldest first


@dataclass(frozen=True)
class ProjectsPart:
    """Addresses and words of the project pages (``projects``)."""

    url: str  # the overview, at the "projecten" folder's address
    council_url: str  # pattern: "raden/{slug}/projecten/"
    json_url: str  # open data: "projecten.json"
    horizon_labels: dict[str, str]
    steps: list[Any]  # projects.follow_up.Step, in schema order


@dataclass(frozen=True)
class DecisionFacts:
    """What the decisions plugin works out for one decision: ``decision.decision_facts``."""

    follow_up_newest_first: list[Any]  # the editor's follow-up steps, newest first
    latest_follow_up: Any | None  # the newest step, or None
    published_project: Article | None  # its project, if that is on the site


@dataclass(frozen=True)
class DecisionsPart:
    """Addresses of the decisions register (``decisions``)."""

    url: str  # the register, at the "besluiten" folder's address
    council_url: str  # pattern: "raden/{slug}/besluiten/"
    json_url: str  # open data: "besluiten.json"


# --- councils and wijkkrant --------------------------------------------------------


@dataclass(frozen=True)
class CouncilsPart:
    """Council pages and the menu (``councils``)."""

    overview_url: str | None  # None when there is one council or none
    news_url: str  # pattern: "raden/{slug}/berichten/"
    menu: list[tuple[str, str]]  # MENU, with the councils item fitted to the site


@dataclass(frozen=True)
class WijkkrantPart:
    """The paper's pages (``wijkkrant``)."""

    archive_url: str  # every edition


# --- pictures ---------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    url: str  # below the site: "afbeeldingen/formaten/plein-800.webp"
    width: int
    height: int
    format: str


@dataclass(frozen=True)
class PictureSet:
    """A published picture (pictures): its cleaned file at the editor's address, and its variants."""

    url: str  # "afbeeldingen/plein.jpg": cleaned, at most PICTURE_MAX_WIDTH wide (a HEIC: "afbeeldingen/formaten/x.jpg")
    width: int
    height: int
    variants: tuple[Variant, ...]  # narrow to wide; WebP and the fallback format

    def srcset(self, fmt: str, prefix: str = "") -> str:
        """``srcset`` of the variants in ``fmt``: "/afbeeldingen/formaten/x-480.webp 480w, ..."."""
        return ", ".join(f"{prefix}{v.url} {v.width}w" for v in self.variants if v.format == fmt)

    @property
    def fallback_format(self) -> str:
        return next((v.format for v in self.variants if v.format != "WEBP"), "JPEG")

    def closest(self, width: int, fmt: str | None = None) -> Variant | None:
        """The variant at least ``width`` wide (or the widest), in ``fmt`` or the fallback."""
        fmt = fmt or self.fallback_format
        fitting = [v for v in self.variants if v.format == fmt]
        return next((v for v in fitting if v.width >= width), fitting[-1] if fitting else None)



@dataclass(frozen=True)
class PicturesPart:
    """Every picture the site publishes, made small and without metadata (``pictures``)."""

    by_url: dict[str, PictureSet]  # "afbeeldingen/plein.jpg" -> its set
    preview_width: int  # og:image width for link previews

    def of(self, url: str | None) -> PictureSet | None:
        return self.by_url.get(url or "")


# --- the one object ----------------------------------------------------------------


@dataclass
class Site:
    """Everything the plugins give each other, one part per plugin."""

    model: ModelPart
    outputs: OutputRecord  # what each output file was made from (site_rules.made_from)
    events: EventsPart | None = None
    feeds: FeedsPart | None = None
    projects: ProjectsPart | None = None
    decisions: DecisionsPart | None = None
    councils: CouncilsPart | None = None
    wijkkrant: WijkkrantPart | None = None
    pictures: PicturesPart | None = None
    # Which plugin filled which part, to catch two plugins filling one.
    _filled: set[str] = field(default_factory=set, repr=False)

    def fill(self, name: str, part) -> None:
        """Set the part ``name`` (once per build)."""
        if name in self._filled:
            raise RuntimeError(f"site.{name} is filled twice in one build")
        if name not in PARTS:
            raise AttributeError(f"Site has no part {name!r}; its parts: {', '.join(PARTS)}")
        setattr(self, name, part)
        self._filled.add(name)


def site_of(context: dict) -> Site:
    """The build's :class:`Site`; there from the first ``generator_init`` on."""
    try:
        return context[CONTEXT_KEY]
    except KeyError:
        raise RuntimeError(
            "context['site'] is missing: the plugin 'content_model' must be in PLUGINS"
        ) from None
