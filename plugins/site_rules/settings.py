"""How every plugin reads its settings, and the settings of the shared rules.

Each plugin keeps its settings and their defaults in one ``DEFAULTS`` dict in
its own ``settings.py`` (the maintainers' guide lists them all, read from
those dicts by ``editor_tools.guide``), and reads them with a reader made
here, so that "the site's value, else the plugin's default" is written once.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable

SettingReader = Callable[[dict, str], Any]


def setting_reader(defaults: dict, *, none_is_default: bool = False) -> SettingReader:
    """``get(settings, name)``: the site's value for ``name``, else its default.

    A name that is not in ``defaults`` is a mistake in the plugin and raises
    KeyError. With ``none_is_default``, a setting given as None counts as not
    given (for settings whose "nothing" is the default itself).
    """

    def get(settings: dict, name: str):
        default = defaults[name]
        value = settings.get(name, default)
        return default if none_is_default and value is None else value

    return get


def plugin_defaults(settings: dict) -> list[dict]:
    """The DEFAULTS of the shared rules and of each plugin in ``PLUGINS`` that has them.

    Read from each plugin's ``settings`` module (imported here if Pelican has
    not done so yet), so the answer depends on the settings alone.
    """
    found = [DEFAULTS]
    for name in settings.get("PLUGINS") or []:
        if not isinstance(name, str):
            continue
        try:
            module = importlib.import_module(f"{name}.settings")
        except ModuleNotFoundError as error:
            if error.name in (name, f"{name}.settings") or name.startswith(f"{error.name}."):
                continue  # a plugin without a settings module (not ours, or no settings)
            raise
        defaults = getattr(module, "DEFAULTS", None)
        if isinstance(defaults, dict):
            found.append(defaults)
    return found


DEFAULTS = {
    # The site's address where absolute links are needed (feeds, calendars,
    # links in wijkkrant PDFs) in a local build, where SITEURL is "": the
    # address of `invoke serve` and `invoke livereload`.
    "LOCAL_SITEURL": "http://127.0.0.1:8000",
    # True in publishconf.py: the build is for the public site, which must
    # name its absolute address in SITEURL.
    "PUBLISH": False,
    # Pelican's TIMEZONE: every date an editor writes is read in this zone, and
    # pages, feeds, calendars and the agenda show and compare times in it.
    "TIMEZONE": "Europe/Brussels",
}


get = setting_reader(DEFAULTS)
