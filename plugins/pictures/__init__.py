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
"""

from pelican import signals

from .generator import PicturesGenerator, take_over_pictures


def get_generators(pelican):
    return PicturesGenerator


def register():
    signals.static_generator_finalized.connect(take_over_pictures)
    signals.get_generators.connect(get_generators)
