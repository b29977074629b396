"""File-system problems of a build, said in Dutch instead of as a traceback.

The people who build this site are volunteers, not programmers: a full disk
or a read-only folder must read as what it is and what to do about it, in the
same one-line form as a content problem (:class:`content_model.Problem`), so
the command line prints both the same way.
"""

from __future__ import annotations

import errno

from content_model import Problem

NO_SPACE = {errno.ENOSPC, errno.EDQUOT}
NO_WRITE = {errno.EROFS, errno.EACCES, errno.EPERM}
# A rename of the output folder itself fails with these when it is a mount
# point, on another file system, or protected with `chattr +i`.
NOT_REPLACEABLE = NO_WRITE | {errno.EBUSY, errno.EXDEV}


class OutputError(Exception):
    """A file-system problem of the build; ``.problems`` is a list of Problem.

    Nothing was published: the previous output is as it was.
    """

    exitcode = 1

    def __init__(self, problems: list[Problem], summary: str = ""):
        self.problems = list(problems)
        self.summary = summary or "De build kon de site niet wegschrijven; er is niets gepubliceerd."
        super().__init__("\n".join([self.summary, *(str(p) for p in self.problems)]))


def detail_of(error: OSError) -> str:
    text = error.strerror or str(error)
    names = [str(n) for n in (error.filename, error.filename2) if n is not None]
    return f"{text}: {' -> '.join(names)}" if names else text


def problem_for(error: OSError, folder: str, *, replacing: bool = False) -> Problem:
    """One Dutch Problem for an OSError while writing in ``folder`` (as shown).

    ``replacing``: the error came from putting the new site in the place of
    the output folder, not from writing a file.
    """
    code = error.errno
    if code in NO_SPACE:
        return Problem(
            folder, "schijf", "de schijf is vol; maak ruimte vrij en bouw opnieuw", detail_of(error)
        )
    if replacing and code in NOT_REPLACEABLE:
        return Problem(
            folder,
            "map",
            f"de map {folder} kan niet vervangen worden door de nieuwe site: ze is een "
            "koppelpunt (mount point), alleen-lezen of beveiligd tegen wijzigen (chattr +i); "
            "bouw in een gewone map (met --output), of koppel de map erboven in plaats van "
            f"{folder} zelf",
            detail_of(error),
        )
    if code in NO_WRITE:
        return Problem(
            folder,
            "map",
            f"kan niet schrijven in {folder}: alleen-lezen of geen toegang; maak de map "
            "schrijfbaar of bouw met --output in een andere map",
            detail_of(error),
        )
    return Problem(
        folder,
        "map",
        f"de site kon niet weggeschreven worden in {folder} door een fout van het "
        "bestandssysteem; bouw opnieuw, en geef de melding tussen haakjes door aan wie de "
        "computer beheert als ze terugkomt",
        detail_of(error),
    )
