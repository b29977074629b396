"""``python -m content_model check|build|new``: what ``invoke check``, ``build`` and ``new`` run.

Content problems are printed one per line, without a Python traceback, and
the exit status is 1. A build validates first and writes nothing on failure.
With ``check --github`` each problem is also printed as a GitHub Actions
annotation, so it shows on the file's line in a pull request.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from .annotations import annotation
from .loading import ContentErrors
from .validation import load_tree


def report(problems, stream=sys.stderr) -> None:
    count = len(problems)
    noun = "probleem" if count == 1 else "problemen"
    print(f"De inhoud heeft {count} {noun}; er is niets gepubliceerd:", file=stream)
    for problem in problems:
        print(f"  {problem}", file=stream)


def check(content: Path, github: bool = False) -> int:
    started = time.perf_counter()
    tree = load_tree(content)
    if tree.problems:
        report(tree.problems)
        if github:
            for problem in tree.problems:
                print(annotation(problem, tree.root.parent))
        return 1
    seconds = time.perf_counter() - started
    print(f"Alles in orde: {len(tree.files)} bestanden nagekeken in {seconds:.2f} s.")
    return 0


def build(
    settings_file: Path,
    output: Path | None = None,
    overrides: dict | None = None,
    content: Path | None = None,
) -> int:
    # Imported here so that `check` stays fast and works without a theme.
    from pelican import Pelican
    from pelican.log import init as init_logging
    from pelican.settings import read_settings

    init_logging(level=logging.WARNING, name="pelican")
    overrides = dict(overrides or {})
    if output is not None:
        overrides["OUTPUT_PATH"] = str(output)
    if content is not None:
        overrides["PATH"] = str(content)
    settings = read_settings(str(settings_file), override=overrides)
    try:
        Pelican(settings).run()
    except ContentErrors as error:
        report(error.problems)
        return 1
    return 0


def new(content: Path, kind: str, title: str) -> int:
    from .scaffold import ScaffoldError, create

    try:
        created = create(content, kind, title)
    except ScaffoldError as error:
        print(error, file=sys.stderr)
        return 1
    shown = created.path.relative_to(Path(content).resolve().parent).as_posix()
    print(f"Nieuw bestand: {shown}")
    print("Vul het aan; regels die met # beginnen zijn uitleg. Kijk het na met: invoke check")
    if created.elsewhere:
        print(f"Let op: door {shown} moeten deze bestanden aangepast worden:", file=sys.stderr)
        for problem in created.elsewhere:
            print(f"  {problem}", file=sys.stderr)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="content_model")
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="check the content only")
    check_cmd.add_argument("content", nargs="?", default="content", type=Path)
    check_cmd.add_argument(
        "--github", action="store_true", help="also print each problem as a GitHub Actions annotation"
    )
    new_cmd = commands.add_parser("new", help="start a new content file of a kind")
    new_cmd.add_argument("kind", help="evenement, project, besluit, bericht, pagina, wijkkrant or raad")
    new_cmd.add_argument("title")
    new_cmd.add_argument("--content", default="content", type=Path)
    build_cmd = commands.add_parser("build", help="check, then build the site")
    build_cmd.add_argument("--settings", default="pelicanconf.py", type=Path)
    build_cmd.add_argument("--output", type=Path)
    build_cmd.add_argument("--content", type=Path, help="content folder (default: PATH in the settings)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.content, github=args.github)
    if args.command == "new":
        return new(args.content, args.kind, args.title)
    return build(args.settings, args.output, content=args.content)


if __name__ == "__main__":
    sys.exit(main())
