"""template_cache: compile each template once per build, not once per generator.

Pelican gives every generator its own Jinja environment, and with our own
generators (agenda, councils, projects, decisions, feeds, wijkkrant) the same
base layout and partials were compiled again for each of them. A shared
in-memory bytecode cache lets every environment reuse the compiled code;
Jinja keys it by template name and source checksum, so an edited template is
compiled afresh (also in a long-running preview).
"""

from jinja2 import BytecodeCache
from pelican import signals


class MemoryBytecodeCache(BytecodeCache):
    """Jinja ships caches on disk and in memcached; a dict is all a build needs."""

    def __init__(self):
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if (code := self._compiled.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self._compiled[bucket.key] = bucket.bytecode_to_string()


SHARED = MemoryBytecodeCache()


def share_compiled_templates(generator):
    if hasattr(generator, "env"):
        generator.env.bytecode_cache = SHARED


def register():
    signals.generator_init.connect(share_compiled_templates)
