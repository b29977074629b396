"""css_minify: the published stylesheet without comments and spaces.

``theme/static/css/site.css`` is written for people, with a comment for
every why. Readers on slow connections need none of that: at the end of the
build the copy in the output is minified with rcssmin, which takes about
40 % off. The page-weight budget (tests/test_browser.py) counts what is
published.
"""

import logging
from pathlib import Path

import rcssmin
from pelican import signals

log = logging.getLogger(__name__)


def minify_stylesheets(pelican):
    theme_static = Path(pelican.output_path) / pelican.settings["THEME_STATIC_DIR"]
    for stylesheet in sorted(theme_static.rglob("*.css")):
        text = stylesheet.read_text(encoding="utf-8")
        stylesheet.write_text(rcssmin.cssmin(text) + "\n", encoding="utf-8")
        log.debug("css_minify: %s", stylesheet)


def register():
    # At `finalized` the output is complete and not yet swapped in (site_build).
    signals.finalized.connect(minify_stylesheets)
