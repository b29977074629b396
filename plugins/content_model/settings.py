"""Settings of the content model, with their defaults, read in one place.

:class:`CheckSettings` is what the check of the content tree takes from the
site's settings: the limits of files (``LIMITS``), the time zone
(``TIMEZONE``), the build's "now" (what is scheduled), how Pelican makes slugs (``SLUG_REGEX_SUBSTITUTIONS`` and
friends) and the addresses the build writes itself. The build and
``python -m site_build check --settings`` make it the same way, so the check
and the build never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pelican.settings import DEFAULT_CONFIG

from file_checks.limits import Limits
from site_rules.clock import build_now, site_zone
from site_rules.pages import reserved_addresses
from site_rules.problems import Problem
from site_rules.settings import setting_reader

DEFAULTS = {
    # Where a council's page lives; {slug} is the file name in content/raden/.
    "COUNCIL_URL": "raden/{slug}/",
}


get = setting_reader(DEFAULTS)


@dataclass(frozen=True)
class CheckSettings:
    """What the check of the content tree takes from the site's settings."""

    limits: Limits = field(default_factory=Limits)
    zone: ZoneInfo | None = None  # None: site_rules.clock's default zone
    # Pelican's settings for slugs (read by site_rules.pages.slug_of).
    slug_settings: Mapping[str, Any] = field(default_factory=lambda: DEFAULT_CONFIG, repr=False)
    # First parts of addresses the build writes itself (site_rules.pages.reserved_addresses).
    reserved: frozenset[str] = field(default_factory=lambda: _default_reserved())
    # The build's "now": posts dated later are held back (scheduled). None: no
    # such notices (a scaffold's check, the guides).
    now: dt.datetime | None = None

    @classmethod
    def from_settings(cls, settings: dict) -> tuple[CheckSettings, list[Problem]]:
        """The check's settings from a site's, and any problems with ``LIMITS``."""
        limits, problems = Limits.from_settings(settings)
        zone = site_zone(settings)
        return cls(
            limits=limits,
            zone=zone,
            now=build_now(zone),
            slug_settings=settings,
            reserved=reserved_addresses(settings),
        ), problems


def _default_reserved() -> frozenset[str]:
    """Without a site's settings: Pelican's defaults and every plugin next to this one."""
    plugins = Path(__file__).resolve().parent.parent
    names = sorted(path.parent.name for path in plugins.glob("*/settings.py"))
    return reserved_addresses({**DEFAULT_CONFIG, "PLUGINS": names})
