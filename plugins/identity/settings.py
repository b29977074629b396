"""The identity settings with their defaults, read and checked in one place."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from markupsafe import Markup

from content_model import Problem
from site_rules.settings import setting_reader

from .palette import SETTINGS_FILE, build_palette, print_css, theme_css

DEFAULTS = {
    "ACCENT_COLOR": "#0b5e3b",  # a deep green: 7.9:1 on white
    "SITE_LOGO": None,
}
# Without SITE_LOGO, the first of these that exists below content/ is the logo.
LOGO_FILES = ("afbeeldingen/logo.svg", "afbeeldingen/logo.png")


get = setting_reader(DEFAULTS, none_is_default=True)


def check_logo(settings: dict) -> tuple[str | None, list[Problem]]:
    """``SITE_LOGO`` as a path below content/ that the build copies, or problems."""
    logo = get(settings, "SITE_LOGO")
    if not logo:
        found = [name for name in LOGO_FILES if (Path(settings["PATH"]) / name).is_file()]
        return (found[0] if found else None), []
    relative = PurePosixPath(str(logo).strip().lstrip("/"))
    static_folders = [str(folder).strip("/") for folder in settings.get("STATIC_PATHS", [])]
    if not any(relative.is_relative_to(folder) for folder in static_folders):
        return None, [
            Problem(
                SETTINGS_FILE,
                "SITE_LOGO",
                f"'{logo}' staat niet in een map die mee gepubliceerd wordt; "
                f"zet het logo in {' of '.join(f'content/{f}/' for f in static_folders)}",
            )
        ]
    if not (Path(settings["PATH"]) / relative).is_file():
        return None, [
            Problem(SETTINGS_FILE, "SITE_LOGO", f"het bestand '{relative}' bestaat niet in content/")
        ]
    return str(relative), []


def csp_hash(text: str) -> str:
    """The CSP source (``'sha256-...'``) that allows an inline element whose text is exactly ``text``."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(inline_styles: Iterable[str] = ()) -> str:
    """The Content-Security-Policy of every page, for its ``<meta http-equiv>``.

    The site promises its readers (the privacy statement) that it loads
    nothing from other hosts and runs nothing that follows them. This policy
    has the browser keep that promise even when a template, a plugin or a
    pasted bit of content would break it: everything comes from the site
    itself ('self'), or is not loaded at all.

    * ``style-src``: the site's stylesheet, and the inline ``<style>`` elements
      whose exact text is given (by hash; today only the colours from
      :func:`identity.palette.theme_css`). No 'unsafe-inline': ``style=``
      attributes and any other inline style are refused.
    * ``script-src 'self'``: no page has a script now; a search script served
      by the site itself would be allowed later. Inline scripts and event
      handlers stay refused. ``<script type="application/ld+json">`` is data,
      never run, so the policy does not touch it.
    * ``object-src 'none'``, ``base-uri 'self'``, ``form-action 'self'``: no
      plugins, no ``<base>`` that sends relative addresses elsewhere, no form
      that posts to another host.

    ``frame-ancestors``, ``report-uri``/``report-to`` and ``sandbox`` are left
    out: browsers ignore them in a ``<meta>`` policy (only a host's HTTP
    header can set them; a static host such as GitHub Pages lets a site set none).
    """
    style_sources = ["'self'", *(csp_hash(css) for css in inline_styles)]
    directives = {
        "default-src": ["'self'"],
        "img-src": ["'self'"],
        "style-src": style_sources,
        "script-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def check_identity(settings: dict) -> tuple[dict, list[Problem]]:
    """The values templates get, and any problems.

    ``THEME_COLORS`` (the palette), ``THEME_COLORS_CSS`` (the text of the
    colours' ``<style>``), ``THEME_PRINT_COLORS_CSS`` (the same for the paper), ``CONTENT_SECURITY_POLICY`` (which allows that
    text by its hash) and ``SITE_LOGO``. The two strings are marked safe: they
    are made of checked colours and fixed words only, and a policy's quotes
    must reach the page as quotes.
    """
    palette, problems = build_palette(get(settings, "ACCENT_COLOR"))
    logo, logo_problems = check_logo(settings)
    problems += logo_problems
    if problems:
        return {}, problems
    css = theme_css(palette)
    return {
        "THEME_COLORS": {"light": palette.light, "dark": palette.dark},
        "THEME_COLORS_CSS": Markup(css),
        "THEME_PRINT_COLORS_CSS": Markup(print_css(palette)),
        "CONTENT_SECURITY_POLICY": Markup(content_security_policy([css])),
        "SITE_LOGO": logo,
    }, []
