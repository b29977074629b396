"""dutch_formats: Jinja filters that write dates, times and amounts in Dutch.

Babel carries the CLDR data for ``nl_BE``, so dates read "zaterdag 14 juni
2025" on every machine, also where the operating system has no Dutch locale
(Pelican's own ``locale_date`` depends on it).
"""

from pelican import signals

from .filters import make_filters


def add_filters(generator):
    generator.env.filters.update(make_filters(generator.settings))


def register():
    signals.generator_init.connect(add_filters)
