"""Settings for building the site locally; publishconf.py adds what publishing needs.

The maintainers' guide (docs/beheer.md) explains each setting of our own.
"""

from pathlib import Path

import sys

HERE = Path(__file__).parent
# The schema lists the content folders; read it rather than repeat it.
sys.path.insert(0, str(HERE / "plugins"))
from content_model.schema import ARTICLE_FOLDERS, STATIC_FOLDERS  # noqa: E402

# --- the council's identity ---------------------------------------------------
SITENAME = "Wijkraden Bergen-Oost"
SITESUBTITLE = "Nieuws, agenda en projecten van de wijkraden in Bergen-Oost"
SITEURL = ""
AUTHOR = "De wijkraden van Bergen-Oost"
# SITE_LOGO: the picture before the name in the header, a path below content/.
# Without it, content/afbeeldingen/logo.svg or logo.png is used when there is one.
# ACCENT_COLOR: links, the band under the header, the skip link. The build
# refuses a colour that is too light for links on white (WCAG AA, 4.5:1) and
# says which darker shade would do; dark mode derives a lighter shade itself.
ACCENT_COLOR = "#0b5e3b"

# --- language and time --------------------------------------------------------
TIMEZONE = "Europe/Brussels"
DEFAULT_LANG = "nl"
DATE_LOCALE = "nl_BE"  # Babel locale for dates and amounts (dutch_formats)

# --- content ------------------------------------------------------------------
PATH = "content"
ARTICLE_PATHS = ARTICLE_FOLDERS
PAGE_PATHS = ["paginas"]
STATIC_PATHS = list(STATIC_FOLDERS)
USE_FOLDER_AS_CATEGORY = True
# Only our Markdown reader: Pelican's reStructuredText and HTML readers would
# read files the content check does not know (and reST can include any file
# of the machine). Hidden files and folders are never read or copied.
READERS = {"rst": None, "html": None, "htm": None}
IGNORE_FILES = [".*"]
# Links to the site's own files are written {static}, {attach} or {filename},
# with curly brackets only (the check refuses anything else).
INTRASITE_LINK_REGEX = r"\{(?P<what>static|attach|filename)\}"
SLUGIFY_SOURCE = "basename"  # slugs default to the file name
DEFAULT_PAGINATION = False
SUMMARY_MAX_LENGTH = 40
MARKDOWN = {
    "extensions": ["markdown.extensions.extra", "markdown.extensions.toc", "markdown.extensions.sane_lists"],
    "extension_configs": {"markdown.extensions.toc": {"permalink": False}},
    "output_format": "html5",
}

# --- plugins: listed explicitly, so an installed plugin never switches itself on
PLUGIN_PATHS = ["plugins"]
PLUGINS = [
    "template_cache",
    "content_model",
    "pictures",  # photos published small, upright and without metadata
    "dutch_formats",
    "feeds",
    "events",
    "projects",
    "decisions",
    "councils",
    "wijkkrant",
    "github_pages",
    "identity",
    "page_types",
    "sitemap",  # the Pelican team's pelican-sitemap
    "sitemap_adapter",
    "css_minify",
    "output_record",  # what each output file was made from (for the preview)
]

# --- theme and templates --------------------------------------------------------
THEME = "theme"
JINJA_ENVIRONMENT = {
    # Everything an editor writes is text; only sanitized HTML bodies are
    # marked safe in the templates.
    "autoescape": True,
    # Each build (also each preview rebuild) makes fresh environments, so
    # checking every template file for changes at every include only costs.
    "auto_reload": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
}
DIRECT_TEMPLATES = ["index", "archives", "404", "robots"]
TEMPLATE_EXTENSIONS = [".html", ".txt"]  # robots.txt is a template too
ROBOTS_SAVE_AS = "robots.txt"

# --- URLs: readable addresses, one folder per page ------------------------------
ARTICLE_URL = "{category}/{slug}/"
ARTICLE_SAVE_AS = "{category}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "{slug}/"
CATEGORY_SAVE_AS = "{slug}/index.html"
TAG_URL = "themas/{slug}/"
TAG_SAVE_AS = "themas/{slug}/index.html"
ARCHIVES_SAVE_AS = "archief/index.html"
ARCHIVES_URL = "archief/"
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAGS_SAVE_AS = ""
INDEX_SAVE_AS = "index.html"
DRAFT_SAVE_AS = ""  # drafts are held back, never published
DRAFT_PAGE_SAVE_AS = ""

# --- feeds: Pelican's own are off; the feeds plugin writes them with feedgen ----
# Feeds, calendars and wijkkrant PDFs need absolute links; a local build
# (SITEURL "") uses this address, where `invoke serve` listens.
LOCAL_SITEURL = "http://127.0.0.1:8000"
FEED_MAX_ITEMS = 50  # the newest posts per feed
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# --- building ---------------------------------------------------------------------
OUTPUT_PATH = "output"
# Caches (e.g. rendered wijkkrant PDFs) live next to this file, wherever the
# build is started from.
CACHE_PATH = str(HERE / "cache")
LOAD_CONTENT_CACHE = False

# --- navigation -------------------------------------------------------------------
MENU = [
    ("Nieuws", "berichten/"),
    ("Agenda", "agenda/"),
    ("Projecten", "projecten/"),
    ("Besluiten", "besluiten/"),
    ("Raden", "raden/"),
    ("Wijkkrant", "wijkkrant/"),
    ("Over ons", "over-ons/"),
]
FOOTER_MENU = [
    ("Missie en visie", "missie-en-visie/"),
    ("Archief", "archief/"),
    ("Volg ons", "volg-ons/"),
    ("Toegankelijkheid", "toegankelijkheid/"),
    ("Privacy", "privacy/"),
]
HOME_POST_COUNT = 6

# --- search engines: sitemap.xml (pelican-sitemap) and robots.txt ------------------
SITEMAP = {
    "format": "xml",
    # robots.txt and the 404 page are written by the build but are no pages to find.
    # Calendars (.ics) and open data (.json) are files, not pages.
    "exclude": [r"^robots\.txt$", r"^404\.html$", r"\.ics$", r"\.json$"],
    "changefreqs": {"articles": "monthly", "pages": "monthly", "indexes": "daily"},
}
