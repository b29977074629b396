"""page_types: every page says what type of page it is.

``base.html`` writes ``<body data-page-type="...">``. A template names its
type in ``{% block page_type %}``; a template that does not gets the name of
the template it was rendered from (``agenda.html`` -> ``agenda``) through
the Jinja global ``template_page_type()``. The browser tests check one page
of every type they find in the built site, so a new kind of page is checked
from the day it exists, without editing the tests.
"""

from pathlib import PurePosixPath

from jinja2 import pass_context
from pelican import signals


@pass_context
def template_page_type(context) -> str:
    # context.name is the template being rendered (the child, not base.html).
    # A template made from a string has no name: "" makes the tests say so.
    return PurePosixPath(context.name).stem if context.name else ""


def add_global(generator):
    generator.env.globals["template_page_type"] = template_page_type


def register():
    signals.generator_init.connect(add_global)
