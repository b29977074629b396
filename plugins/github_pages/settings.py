"""Settings of the github_pages plugin, with their defaults, read in one place."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from content_model.loading import ContentErrors, Problem
from site_rules.settings import setting_reader

DEFAULTS = {
    # The site's own domain, written to CNAME (e.g. "www.wijkraad-sint-anna.be").
    # None: the host of SITEURL, unless that is a *.github.io address, has a
    # path, or is empty (local builds); "" writes no CNAME at all.
    "CUSTOM_DOMAIN": None,
    # Write .nojekyll, so GitHub Pages publishes the files as they are.
    "GITHUB_PAGES_NOJEKYLL": True,
}

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$")


get = setting_reader(DEFAULTS)


def custom_domain(settings: dict) -> str | None:
    """The domain for CNAME, or None when the site has no domain of its own."""
    domain = get(settings, "CUSTOM_DOMAIN")
    if domain is None:
        parts = urlsplit((settings.get("SITEURL") or "").strip())
        host = (parts.hostname or "").lower()
        local = host in ("localhost", "127.0.0.1")
        if not host or local or parts.path.strip("/") or host.endswith(".github.io"):
            return None
        domain = host
    domain = str(domain).strip().lower()
    if not domain:
        return None
    if not DOMAIN_RE.match(domain):
        raise ContentErrors(
            [
                Problem(
                    "publishconf.py",
                    "CUSTOM_DOMAIN",
                    f"'{domain}' is geen domeinnaam; schrijf alleen de naam, "
                    "zonder https:// of /, bv. www.wijkraad-sint-anna.be",
                )
            ]
        )
    return domain
