"""Settings of the decisions plugin, with their defaults, read in one place.

The site-wide register replaces the page Pelican would write for the
``besluiten`` folder (category), at that category's address ("besluiten/").
"""

DEFAULTS = {
    # The register of one council.
    "DECISIONS_COUNCIL_URL": "raden/{slug}/besluiten/",
    # All published decisions as open data.
    "DECISIONS_JSON": "besluiten.json",
}


def get(settings: dict, name: str):
    return settings.get(name, DEFAULTS[name])
