"""Settings of the content model, with their defaults, read in one place."""

from site_rules.settings import setting_reader

DEFAULTS = {
    # Where a council's page lives; {slug} is the file name in content/raden/.
    "COUNCIL_URL": "raden/{slug}/",
}


get = setting_reader(DEFAULTS)
