"""The content model: every key an editor may write, in one place.

This package is the single source of truth for the content contract, in
three parts: :mod:`.values` (what one key may hold, checked in Dutch),
:mod:`.vocabulary` (the closed lists an editor picks from) and :mod:`.kinds`
(every key of each kind of file, and which folder holds it). The
validator (``validation.py``), the Pelican reader (``reader.py``), the
scaffolds of ``invoke new`` and the key tables in the editors' guide all read
these models; nothing else restates which keys exist or which values are
allowed.

Why pydantic: it turns a YAML mapping into typed Python objects (dates,
locations, votes) that the templates use directly, it reports *every* problem
of a file in one pass with the exact key path, and its field metadata
(descriptions, allowed values) is introspectable, so the docs and scaffolds
can be generated from the same declarations. jsonschema would validate, but it
would leave us to convert values by hand afterwards.

Keys are English, like Pelican's own; values an editor picks from a list are
Dutch. Descriptions are Dutch because editors read them.
"""

from .kinds import *  # noqa: F403
from .kinds import (  # noqa: F401  (named for readers of this face)
    ARTICLE_FOLDERS,
    EDITION_NAME_RE,
    KIND_BY_FOLDER,
    KIND_BY_NAME,
    KINDS,
    Council,
    Decision,
    Edition,
    Event,
    FollowUp,
    KeyInfo,
    Kind,
    Location,
    Member,
    News,
    Page,
    Project,
    Publisher,
    Votes,
    Workgroup,
    keys_of,
)
from .values import *  # noqa: F403
from .values import DATE_RE, DATETIME_RE, FIRST_YEAR, LAST_YEAR, SLUG_RE  # noqa: F401
from .vocabulary import *  # noqa: F403
