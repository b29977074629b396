"""Settings of the shared site rules, with their defaults, read in one place."""

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


def get(settings: dict, name: str):
    return settings.get(name, DEFAULTS[name])
