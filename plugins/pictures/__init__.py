"""pictures: every photo published small, upright, in sRGB and without metadata.

A phone photo is 4032 × 3024 pixels and carries EXIF: the GPS position where
it was taken (often a volunteer's own street), the camera and the time.
Pelican would copy it byte for byte. This plugin takes over every JPEG, PNG
and WebP below the file folders instead:

* at the editor's own address (``afbeeldingen/plein.jpg``) it publishes the
  picture cleaned (orientation applied, colours in sRGB, no metadata) and at
  most ``PICTURE_MAX_WIDTH`` wide, so links written in the text still work;
* below ``afbeeldingen/formaten/`` it publishes variants (``PICTURE_WIDTHS``)
  as WebP and as the source's format, for ``srcset`` and link previews;
* ``site.pictures`` (``site_rules.contract.PicturesPart``) tells templates
  each picture's size and variants (``partials/picture.html``).

Made pictures are cached by the source's bytes and the settings
(``pictures.made``). GIFs and SVGs are published as they are.

Signals:

* ``static_generator_finalized``: the pictures Pelican would copy are taken
  out of its list and made (or read from the cache); ``site.pictures`` is
  filled before any page is written.
* ``get_generators``: :class:`PicturesGenerator` writes them.
* ``generator_init``: the Jinja filter ``with_pictures`` gives pictures in a
  text their size and variants (``pictures.body``).
"""

from jinja2 import pass_context
from pelican import signals

from site_rules.contract import CONTEXT_KEY

from .body import with_pictures
from .generator import PicturesGenerator, take_over_pictures


def get_generators(pelican):
    return PicturesGenerator


@pass_context
def _with_pictures_filter(context, text):
    site = context.get(CONTEXT_KEY)
    return with_pictures(text, site.pictures if site is not None else None, context.get("SITEURL", ""))


def add_filter(generator):
    generator.env.filters["with_pictures"] = _with_pictures_filter


def register():
    signals.static_generator_finalized.connect(take_over_pictures)
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filter)
