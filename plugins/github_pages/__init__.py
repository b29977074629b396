"""github_pages: the files GitHub Pages reads from a published site.

* ``CNAME`` holds the site's own domain. When the site is pushed to a
  ``gh-pages`` branch (``invoke gh-pages``), GitHub reads the domain from it;
  without it, every push would drop the custom domain.
* ``.nojekyll`` tells GitHub not to run Jekyll over the site, which would
  hide files and folders whose names start with an underscore.

Both are written by a small generator into the build's output folder, so
``invoke publish`` gives exactly what is published.
"""

from pelican import signals

from .generator import GitHubPagesFiles


def get_generators(pelican):
    return GitHubPagesFiles


def register():
    signals.get_generators.connect(get_generators)
