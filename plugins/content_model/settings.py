"""Settings of the content model, with their defaults, read in one place."""

DEFAULTS = {
    # Where a council's page lives; {slug} is the file name in content/raden/.
    "COUNCIL_URL": "raden/{slug}/",
}


def get(settings: dict, name: str):
    return settings.get(name, DEFAULTS[name])
