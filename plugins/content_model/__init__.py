"""content_model: the one schema for the site's content, checked before a build.

Signals:

* ``readers_init``: Markdown files are read by :class:`ContentModelReader`.
* ``generator_init``: at the first generator of a build, the whole content
  tree is validated; any problem stops the build before anything is written.
* ``article_generator_finalized``: posts get their council and project objects;
  ``page_generator_finalized``: pages of a council get its objects.
* ``static_generator_finalized``: the files about to be copied are checked
  once more: each must be a regular file inside ``content/``, in a folder
  that takes its type. The check has refused anything else already; this
  guards the copy itself (Pelican copies whatever a ``{static}`` link names).
"""

import logging

from pelican import signals

from file_checks.limits import Limits
from file_checks.static_files import unpublishable_static_files
from site_rules.contract import CONTEXT_KEY, ModelPart, Site, site_of
from site_rules.made_from import OutputRecord
from site_rules.problems import printable

from .linking import link_articles, link_pages, prepare_councils
from .loading import ContentErrors, Problem
from .reader import ContentModelReader
from .schema import KINDS, PUBLISHED_STATUSES, REJECTED_OUTCOME
from .settings import CheckSettings
from .validation import load_tree

__all__ = ["ContentErrors", "Limits", "Problem", "load_tree", "register"]

logger = logging.getLogger(__name__)


def install_reader(readers):
    for extension in ContentModelReader.file_extensions:
        readers.reader_classes[extension] = ContentModelReader
        if extension in readers.readers:
            readers.readers[extension] = ContentModelReader(readers.settings)


def validate_content(generator):
    context = generator.context
    if CONTEXT_KEY not in context:
        check_settings, problems = CheckSettings.from_settings(generator.settings)
        if problems:
            raise ContentErrors(problems)
        now = check_settings.now
        tree = load_tree(generator.path, check_settings)
        if tree.problems:
            raise ContentErrors(tree.problems)
        for notice in tree.notices:
            logger.warning("%s", printable(str(notice)))
        context[CONTEXT_KEY] = Site(
            model=ModelPart(
                tree=tree,
                now=now,
                councils=prepare_councils(tree, generator.settings),
                council_by_slug=tree.councils,
                # Words for kinds and folders, from the schema, for every template.
                kind_labels={kind.name: kind.label.capitalize() for kind in KINDS},
                category_labels={kind.folder: kind.plural for kind in KINDS},
                published_statuses=tuple(PUBLISHED_STATUSES),
                rejected_outcome=REJECTED_OUTCOME,
            ),
            outputs=OutputRecord(generator.path, generator.output_path),
        )
    for reader in generator.readers.readers.values():
        if isinstance(reader, ContentModelReader):
            reader.tree = site_of(context).model.tree
            reader.now = site_of(context).model.now


def guard_static_files(generator):
    problems = unpublishable_static_files(generator.staticfiles, generator.path)
    if problems:
        raise ContentErrors(problems)


def link(generator):
    link_articles(generator, site_of(generator.context).model.tree)


def link_council_pages(generator):
    link_pages(generator, site_of(generator.context).model.tree)


def register():
    signals.readers_init.connect(install_reader)
    signals.generator_init.connect(validate_content)
    signals.article_generator_finalized.connect(link)
    signals.page_generator_finalized.connect(link_council_pages)
    signals.static_generator_finalized.connect(guard_static_files)
