"""How every plugin reads its settings, and the settings of the shared rules.

Each plugin keeps its settings and their defaults in one ``DEFAULTS`` dict in
its own ``settings.py`` (the maintainers' guide lists them all, read from
those dicts by ``editor_tools.guide``), and reads them with a reader made
here, so that "the site's value, else the plugin's default" is written once.
"""

from __future__ import annotations

from typing import Any, Callable

SettingReader = Callable[[dict, str], Any]

# Every plugin's DEFAULTS, in the order the plugins were imported: the
# addresses a site's pages may not take are read from them (site_rules.pages).
_REGISTERED: list[dict] = []


def registered_defaults() -> list[dict]:
    """The DEFAULTS of every plugin (and shared library) imported so far."""
    return list(_REGISTERED)


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

    if all(registered is not defaults for registered in _REGISTERED):
        _REGISTERED.append(defaults)
    return get


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
