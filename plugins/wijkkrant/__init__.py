"""wijkkrant: the quarterly paper, as a page on the site and a print-ready PDF.

Signals:

* ``get_generators``: adds :class:`WijkkrantGenerator`, which writes each
  edition's page (``wijkkrant/<yyyy>-q<n>/``), its PDF
  (``wijkkrant/<yyyy>-q<n>.pdf``) and the archive page (``wijkkrant/``).

Settings and their defaults are in ``settings.py``.
"""

from pelican import signals

from .generator import WijkkrantGenerator


def get_generators(pelican):
    return WijkkrantGenerator


def register():
    signals.get_generators.connect(get_generators)
