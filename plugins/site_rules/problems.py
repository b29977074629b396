"""What the checks find: problems that stop the build and notices that do not.

Every check of the content, the settings and the file system speaks in
:class:`Problem` objects: the file as an editor sees it, the key or line,
and one Dutch sentence saying what to do. :func:`printable` is the one way
such a line reaches a terminal or a CI log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters that must not reach a log as they are: line breaks and other
# controls would start a new line, and a line starting with "::" (or holding
# "##[") is a command to GitHub Actions. Values come from strangers' files.
_UNPRINTABLE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` as one harmless line: controls shown as ``\\n``, ``\\x07``; no workflow command."""
    text = _UNPRINTABLE_RE.sub(lambda m: repr(m.group())[1:-1], text)
    return text.replace("::", ": :").replace("##[", "## [")


PROBLEM, NOTICE = "probleem", "melding"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, as an editor reads it.

    A finding has one of two levels: a *problem* (the default) stops the
    build; a *notice* is shown with its file and line, and the build goes on.
    """

    file: str  # as shown: content/evenementen/buurtfeest.md
    key: str  # the key ("follow_up, nr. 2, status"), or "regel 5", "bestand", "sleutels bovenaan"
    reason: str  # plain Dutch
    detail: str = ""  # optional technical detail (may be English)
    level: str = PROBLEM  # PROBLEM or NOTICE

    @property
    def is_notice(self) -> bool:
        return self.level == NOTICE

    def __str__(self) -> str:
        text = f"{self.file}: {self.key}: {self.reason}"
        return printable(f"{text} ({self.detail})" if self.detail else text)


def notice(file: str, key: str, reason: str, detail: str = "") -> Problem:
    """A finding the editor should know of, that does not stop the build."""
    return Problem(file, key, reason, detail, level=NOTICE)


class ContentErrors(Exception):
    """The content has problems; nothing was written."""

    exitcode = 1

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        count = len(problems)
        noun = "probleem" if count == 1 else "problemen"
        super().__init__(
            f"De inhoud heeft {count} {noun}; er is niets gepubliceerd.\n"
            + "\n".join(str(p) for p in problems if not p.is_notice)
        )


