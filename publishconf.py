"""Settings for publishing: pelicanconf.py plus the site's public address."""

import os
import sys

# Found next to this file, from whichever folder the build is started.
sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: E402,F403

# The public address, without a trailing slash. Feeds, calendars and the
# sitemap need absolute links; set it here or in the SITEURL environment variable.
SITEURL = os.environ.get("SITEURL", "https://wijkraden-bergen-oost.example")
# The domain GitHub Pages serves the site on is written to CNAME; by default
# the host of SITEURL (none for a *.github.io address). Set it to name another:
# CUSTOM_DOMAIN = "www.wijkraad-sint-anna.be"
RELATIVE_URLS = False
# A build for the public site: plugins that need SITEURL (feeds, calendars, wijkkrant PDFs)
# stop with a clear message when it is missing instead of writing local links.
PUBLISH = True
DELETE_OUTPUT_DIRECTORY = True
