"""Settings of the projects plugin, with their defaults, read in one place.

The site-wide overview replaces the page Pelican would write for the
``projecten`` folder (category), at that category's address ("projecten/").
"""

from site_rules.settings import setting_reader

DEFAULTS = {
    # Projects of one council, grouped by stage, with the monitoring table.
    "PROJECTS_COUNCIL_URL": "raden/{slug}/projecten/",
    # All published projects as open data.
    "PROJECTS_JSON": "projecten.json",
}


get = setting_reader(DEFAULTS)
