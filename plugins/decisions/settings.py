"""Settings of the decisions plugin, with their defaults, read in one place.

The site-wide register replaces the page Pelican would write for the
``besluiten`` folder (category), at that category's address ("besluiten/").
"""

from site_rules.settings import setting_reader

DEFAULTS = {
    # The register of one council.
    "DECISIONS_COUNCIL_URL": "raden/{slug}/besluiten/",
    # All published decisions as open data.
    "DECISIONS_JSON": "besluiten.json",
}


get = setting_reader(DEFAULTS)
