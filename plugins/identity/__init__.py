"""identity: the council's name, logo and accent colour, checked before a build.

Settings (pelicanconf.py), read in :mod:`identity.settings`:

* ``SITENAME``: the name in the header, the title of every page and the
  OpenGraph site name.
* ``SITE_LOGO``: optional, a picture below content/ shown before the name in
  the header; without it ``afbeeldingen/logo.svg`` (or ``.png``) when present.
* ``ACCENT_COLOR``: one colour (``#rrggbb``) for links, the band under the
  header and the skip link.

At ``initialized`` the accent colour is checked for contrast (WCAG 2.2 AA)
and the logo for existence; a problem stops the build before anything is
written, with a Dutch message naming the setting. Templates then get
``THEME_COLORS`` (light and dark custom properties) and ``SITE_LOGO``.
"""

from pelican import signals

from content_model import ContentErrors

from .settings import check_identity


def apply_identity(pelican):
    values, problems = check_identity(pelican.settings)
    if problems:
        raise ContentErrors(problems)
    pelican.settings.update(values)


def register():
    signals.initialized.connect(apply_identity)
