"""The identity settings with their defaults, read and checked in one place."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from content_model import Problem

from .palette import SETTINGS_FILE, build_palette

DEFAULTS = {
    "ACCENT_COLOR": "#0b5e3b",  # a deep green: 7.9:1 on white
    "SITE_LOGO": None,
}
# Without SITE_LOGO, the first of these that exists below content/ is the logo.
LOGO_FILES = ("afbeeldingen/logo.svg", "afbeeldingen/logo.png")


def get(settings: dict, name: str):
    value = settings.get(name)
    return DEFAULTS[name] if value is None else value


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


def check_identity(settings: dict) -> tuple[dict, list[Problem]]:
    """The values templates get (``THEME_COLORS``, ``SITE_LOGO``), and any problems."""
    palette, problems = build_palette(get(settings, "ACCENT_COLOR"))
    logo, logo_problems = check_logo(settings)
    problems += logo_problems
    if problems:
        return {}, problems
    return {
        "THEME_COLORS": {"light": palette.light, "dark": palette.dark},
        "SITE_LOGO": logo,
    }, []
