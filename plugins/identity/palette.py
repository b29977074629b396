"""The site's colours: a fixed palette around the council's one accent colour.

Every colour the stylesheet uses is decided here, so that every pair that
carries text can be checked for contrast in one place (the tests check the
fixed pairs; :func:`build_palette` checks the accent). The stylesheet only
reads them, as CSS custom properties in a small ``<style>`` on every page:
:func:`theme_css` writes its text, ``partials/theme_colors.html`` prints it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from content_model import Problem

from .colors import (
    AA_TEXT,
    BLACK,
    WHITE,
    contrast,
    nearest_passing,
    parse,
    ratio_text,
    text_on,
)

# The fixed colours, light and dark. Names are the custom properties
# (--text, --muted, ...) the stylesheet and the other templates use.
LIGHT = {
    "background": "#ffffff",
    "surface": "#f3f1ec",  # cards, badges, code
    "text": "#1a1a1a",
    "muted": "#4a4a4a",  # dates, captions, the footer
    "focus": "#b3370a",  # the focus ring (3:1 or more against both backgrounds)
}
DARK = {
    "background": "#121212",
    "surface": "#1f1f1f",
    "text": "#f2f2f2",
    "muted": "#c8c8c8",
    "focus": "#fdba74",
}
# Where text and links appear: every text colour must reach AA on each.
BACKGROUNDS = ("background", "surface")
TEXT_COLORS = ("text", "muted")
# The shade of the accent derived for dark mode aims higher than AA's 4.5:1:
# links in a muted colour on black are hard to read for ageing eyes.
DARK_LINK_CONTRAST = 7.0

# What may appear in the <style>: a property name and a "#rrggbb" value.
CUSTOM_PROPERTY_RE = re.compile(r"^[a-z][a-z-]*$")
HEX_COLOR_RE = re.compile(r"^#[0-9a-f]{6}$")

SETTING = "ACCENT_COLOR"
SETTINGS_FILE = "pelicanconf.py"


@dataclass(frozen=True)
class Palette:
    light: dict[str, str]
    dark: dict[str, str]


def _backgrounds(scheme: dict[str, str]) -> tuple[str, ...]:
    return tuple(scheme[name] for name in BACKGROUNDS)


def build_palette(value: object) -> tuple[Palette | None, list[Problem]]:
    """The palette for accent colour ``value``, or the reasons it cannot be used.

    The accent is the colour of links, of the band under the header and of the
    skip link's background. In light mode it is used as given, so it must
    reach 4.5:1 as link colour on both light backgrounds, and black or white
    text on it must reach 4.5:1. In dark mode a lighter shade of it is derived
    (mixed with as little white as it takes to reach DARK_LINK_CONTRAST),
    which always exists.
    """
    accent = parse(value)
    if accent is None:
        return None, [
            Problem(
                SETTINGS_FILE,
                SETTING,
                f"'{value}' is geen kleur; schrijf ze als #rrggbb, bijvoorbeeld #0b5e3b",
            )
        ]
    problems = []
    on_accent = text_on(accent)
    if contrast(on_accent, accent) < AA_TEXT:
        problems.append(
            Problem(
                SETTINGS_FILE,
                SETTING,
                f"op de kleur {accent} is zwarte noch witte tekst leesbaar genoeg "
                f"(contrast {ratio_text(contrast(BLACK, accent))} en {ratio_text(contrast(WHITE, accent))}, "
                "minstens 4,5:1 nodig); kies een lichtere of donkerdere kleur",
            )
        )
    light_backgrounds = _backgrounds(LIGHT)
    weakest = min(contrast(accent, background) for background in light_backgrounds)
    if weakest < AA_TEXT:
        # Both ways out are offered: same hue, darker (or lighter, for a light background).
        darker = nearest_passing(accent, BLACK, light_backgrounds)
        problems.append(
            Problem(
                SETTINGS_FILE,
                SETTING,
                f"de kleur {accent} is als kleur van links te licht op de achtergrond "
                f"(contrast {ratio_text(weakest)}, minstens 4,5:1 nodig, zodat slechtziende "
                f"lezers de links kunnen lezen); kies een donkerdere kleur, "
                f"bijvoorbeeld {darker} (dezelfde tint, donkerder)",
            )
        )
    if problems:
        return None, problems
    dark_accent = nearest_passing(accent, WHITE, _backgrounds(DARK), DARK_LINK_CONTRAST)
    light = {**LIGHT, "accent": accent, "accent-text": on_accent, "link": accent}
    dark = {**DARK, "accent": dark_accent, "accent-text": text_on(dark_accent), "link": dark_accent}
    return Palette(light=light, dark=dark), []


def theme_css(palette: Palette) -> str:
    """The exact text of the ``<style>`` every page carries: the palette as
    custom properties on ``:root``, the dark ones in a prefers-color-scheme block.

    This is the one place that text is made: templates print it as it is and
    the Content-Security-Policy carries its hash (:mod:`identity.settings`),
    so one byte changed here changes both. Names and values are checked
    (``--name:#rrggbb;`` only), so the text can be printed unescaped and can
    never close the ``<style>`` element.
    """

    return _root_block(palette.light) + "@media (prefers-color-scheme:dark){" + _root_block(palette.dark) + "}"


def print_css(palette: Palette) -> str:
    """The colours of the printed wijkkrant: the light palette alone.

    Paper has no dark mode, and WeasyPrint reads no media features: it would
    warn (in English, to editors) about the prefers-color-scheme block.
    """
    return _root_block(palette.light)


def _root_block(scheme: dict[str, str]) -> str:
    for name, value in scheme.items():
        if not (CUSTOM_PROPERTY_RE.match(name) and HEX_COLOR_RE.match(value)):
            raise ValueError(f"not a colour custom property: --{name}:{value}")
    return ":root{" + "".join(f"--{name}:{value};" for name, value in scheme.items()) + "}"
