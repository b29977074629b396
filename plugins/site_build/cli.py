"""``python -m site_build check|build|new``: what ``invoke check``, ``build`` and ``new`` run.

Every problem is printed as one Dutch line naming the file and the key or
line, without a Python traceback, and the exit status is 1; notices are
printed too and do not change the exit status. A build validates first,
builds into a staging folder and swaps it in whole (:mod:`.transaction`), so
``output/`` is always a complete site. With ``check --github`` each problem
is also printed as a GitHub Actions annotation, so it shows on the file's
line in a pull request. Every line printed passes through
:func:`~site_rules.problems.printable`: values from content cannot start
a workflow command in a CI log.

Exit status: 0 done, 1 the content, the settings or the disk stopped the
build, 2 an unexpected error in the program itself (``--debug`` shows it).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from contextlib import contextmanager
from pathlib import Path

from content_model.loading import ContentErrors, Problem
from content_model.settings import CheckSettings
from content_model.validation import ContentTree, load_tree
from editor_tools.annotations import annotation
from site_rules.clock import build_now, site_zone
from site_rules.problems import printable

INTERNAL_ERROR = 2
# GitHub shows ten annotations per step; more only cost time (each looks up
# its line in the file). The plain report above them lists every problem.
MAX_ANNOTATIONS = 50


def report(problems, stream=None, summary: str = "") -> None:
    """Problems first (they stopped the build), then notices.

    :param summary: the heading line; by default it counts the content's problems.
    """
    stream = stream or sys.stderr
    blocking = [p for p in problems if not p.is_notice]
    notices = [p for p in problems if p.is_notice]
    if blocking:
        count = len(blocking)
        noun = "probleem" if count == 1 else "problemen"
        print(summary or f"De inhoud heeft {count} {noun}; er is niets gepubliceerd:", file=stream)
        for problem in blocking:
            print(f"  {problem}", file=stream)
    report_notices(notices, stream)


def report_notices(notices, stream=None) -> None:
    stream = stream or sys.stderr
    if notices:
        print("Let op (de site wordt wel gemaakt):", file=stream)
        for notice in notices:
            print(f"  {printable(str(notice))}", file=stream)


def read_settings(settings_file: Path, overrides: dict | None = None) -> dict:
    """Pelican's settings, or ContentErrors naming the settings file."""
    from pelican.settings import read_settings as pelican_read_settings

    shown = Path(settings_file).name
    if not Path(settings_file).is_file():
        raise ContentErrors([Problem(shown, "bestand", "bestaat niet; start de build in de map van de site")])
    try:
        return pelican_read_settings(str(settings_file), override=overrides or {})
    except SyntaxError as error:
        raise ContentErrors(
            [Problem(shown, f"regel {error.lineno}", "is geen geldige Python; kijk die regel na", error.msg or "")]
        ) from None
    except Exception as error:  # the settings file is code: anything can go wrong in it
        line = _line_in(error, settings_file)
        raise ContentErrors(
            [Problem(shown, f"regel {line}" if line else "instellingen",
                     "de instellingen kunnen niet gelezen worden; kijk die regel na",
                     f"{type(error).__name__}: {error}")]
        ) from None


def _line_in(error: BaseException, path: Path) -> int | None:
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if Path(frame.filename).resolve() == Path(path).resolve():
            return frame.lineno
    return None


def _checked_tree(content: Path, settings_file: Path | None) -> tuple[ContentTree, CheckSettings]:
    """The checked tree with the site's settings; ContentErrors when the settings are wrong."""
    # Without a settings file: the defaults, and "now" in the default zone.
    check_settings = CheckSettings(now=build_now(site_zone({})))
    if settings_file is not None:
        check_settings, problems = CheckSettings.from_settings(read_settings(settings_file))
        if problems:
            raise ContentErrors(problems)
    return load_tree(content, check_settings), check_settings


def check(content: Path, github: bool = False, settings_file: Path | None = None) -> int:
    started = time.perf_counter()
    try:
        tree, _ = _checked_tree(content, settings_file)
    except ContentErrors as error:
        report(error.problems)
        return 1
    if tree.problems:
        report(tree.problems + tree.notices)
        if github:
            for problem in (tree.problems + tree.notices)[:MAX_ANNOTATIONS]:
                print(annotation(problem, tree.root.parent))
        return 1
    seconds = time.perf_counter() - started
    print(f"Alles in orde: {len(tree.files)} bestanden nagekeken in {seconds:.2f} s.")
    report_notices(tree.notices, sys.stdout)
    if github:
        for notice in tree.notices[:MAX_ANNOTATIONS]:
            print(annotation(notice, tree.root.parent))
    return 0


class _Collector(logging.Handler):
    """Keeps what Pelican and the plugins log, to print it plainly afterwards."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)

    def lines(self, at_least: int, below: int = logging.CRITICAL + 1) -> list[str]:
        found = []
        for record in self.records:
            if at_least <= record.levelno < below:
                try:
                    message = record.getMessage()
                except Exception:  # a plugin's malformed log call
                    message = str(record.msg)
                found.append(printable(message))
        return list(dict.fromkeys(found))


@contextmanager
def _collected_logs():
    root = logging.getLogger()
    collector = _Collector()
    saved = root.handlers[:], root.level
    root.handlers[:] = [collector]
    root.setLevel(logging.WARNING)
    try:
        yield collector
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)


def build(
    settings_file: Path,
    output: Path | None = None,
    overrides: dict | None = None,
    content: Path | None = None,
    debug: bool = False,
) -> int:
    """Check, build into a staging folder, swap it in; 0 when the site was published to ``output``."""
    from .errors import OutputError
    from .transaction import staged_output

    try:
        return _build(settings_file, output, overrides, content, staged_output)
    except OutputError as error:
        report(error.problems, summary=error.summary)
        return 1
    except ContentErrors as error:
        report(error.problems)
        return 1
    except KeyboardInterrupt:
        print("De build is onderbroken; output/ is niet veranderd.", file=sys.stderr)
        return 130
    except Exception as error:
        return _internal_error(error, debug)


def _build(settings_file, output, overrides, content, staged_output) -> int:
    from pelican import Pelican

    overrides = dict(overrides or {})
    if content is not None:
        overrides["PATH"] = str(content)
    settings = read_settings(Path(settings_file), overrides)
    output = Path(output or settings["OUTPUT_PATH"]).resolve()
    with _collected_logs() as logs, staged_output(output, say=_say) as staging:
        settings["OUTPUT_PATH"] = str(staging)
        Pelican(settings).run()
        errors = logs.lines(logging.ERROR)
        if errors:
            # Pelican logs some failures (a file it could not read) and goes
            # on; a site missing a page is not published.
            raise ContentErrors([Problem("build", "fout", line) for line in errors])
    warnings = logs.lines(logging.WARNING, logging.ERROR)
    if warnings:
        print("Let op (de site is wel gemaakt):", file=sys.stderr)
        for line in warnings:
            print(f"  {line}", file=sys.stderr)
    return 0


def _say(line: str) -> None:
    print(printable(line), file=sys.stderr)


def _internal_error(error: BaseException, debug: bool) -> int:
    frames = traceback.extract_tb(error.__traceback__)
    place = ""
    if frames:
        last = frames[-1]
        place = f" in {Path(last.filename).name}, regel {last.lineno}"
    print(
        f"De build is gestopt door een fout in het programma ({type(error).__name__}{place}). "
        "Dit ligt waarschijnlijk niet aan de inhoud: meld het aan wie de site beheert, met deze regel. "
        "Met --debug (of WIJKSITE_DEBUG=1) zie je de details.",
        file=sys.stderr,
    )
    if debug or os.environ.get("WIJKSITE_DEBUG"):
        traceback.print_exception(error, file=sys.stderr)
    return INTERNAL_ERROR


def schedule(content: Path, settings_file: Path, stream=None) -> int:
    """Print what the last hour put online and what is scheduled (Markdown)."""
    from .schedule import publication_report

    try:
        tree, check_settings = _checked_tree(content, settings_file)
    except ContentErrors as error:
        report(error.problems)
        return 1
    print(publication_report(tree, check_settings.now, check_settings.zone), file=stream or sys.stdout, end="")
    return 0


def new(content: Path, kind: str, title: str, settings_file: Path | None = None) -> int:
    from editor_tools.scaffold import ScaffoldError, create

    try:
        # "Today" in the site's own time zone (TIMEZONE), as the build reads dates.
        zone = site_zone(read_settings(settings_file)) if settings_file is not None else None
        created = create(content, kind, title, zone=zone)
    except ScaffoldError as error:
        print(printable(str(error)), file=sys.stderr)
        return 1
    except ContentErrors as error:
        report(error.problems)
        return 1
    shown = created.path.relative_to(Path(content).resolve().parent).as_posix()
    print(f"Nieuw bestand: {shown}")
    print("Vul het aan; regels die met # beginnen zijn uitleg. Kijk het na met: invoke check")
    if created.to_fill_in:
        lines = ", ".join(problem.key.removeprefix("regel ") for problem in created.to_fill_in)
        print(f"Vervang elke «VUL IN …» door je eigen tekst (regel {lines}); zolang er een staat, wordt het bestand niet gepubliceerd.")
    if created.elsewhere:
        print(f"Let op: door {shown} moeten deze bestanden aangepast worden:", file=sys.stderr)
        for problem in created.elsewhere:
            print(f"  {problem}", file=sys.stderr)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="site_build")
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="check the content only")
    check_cmd.add_argument("content", nargs="?", default="content", type=Path)
    check_cmd.add_argument(
        "--github", action="store_true", help="also print each problem as a GitHub Actions annotation"
    )
    check_cmd.add_argument("--settings", type=Path, help="settings file whose LIMITS apply")
    new_cmd = commands.add_parser("new", help="start a new content file of a kind")
    new_cmd.add_argument("kind", help="evenement, project, besluit, bericht, pagina, wijkkrant or raad")
    new_cmd.add_argument("title")
    new_cmd.add_argument("--content", default="content", type=Path)
    schedule_cmd = commands.add_parser("schedule", help="what the last hour published, what is scheduled")
    schedule_cmd.add_argument("content", nargs="?", default="content", type=Path)
    schedule_cmd.add_argument("--settings", default="pelicanconf.py", type=Path)
    build_cmd = commands.add_parser("build", help="check, then build the site")
    build_cmd.add_argument("--settings", default="pelicanconf.py", type=Path)
    build_cmd.add_argument("--output", type=Path)
    build_cmd.add_argument("--content", type=Path, help="content folder (default: PATH in the settings)")
    build_cmd.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    args = parser.parse_args(argv)
    if args.command == "check":
        settings = args.settings
        if settings is None and Path("pelicanconf.py").is_file():
            settings = Path("pelicanconf.py")
        return check(args.content, github=args.github, settings_file=settings)
    if args.command == "schedule":
        return schedule(args.content, args.settings)
    if args.command == "new":
        settings = Path("pelicanconf.py") if Path("pelicanconf.py").is_file() else None
        return new(args.content, args.kind, args.title, settings_file=settings)
    return build(args.settings, args.output, content=args.content, debug=args.debug)


if __name__ == "__main__":
    sys.exit(main())
