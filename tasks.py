"""Tasks for editors and maintainers: `invoke --list` shows them all.

Everything runs from the project folder with the virtual environment's
Python; see README.md for the two commands that set it up.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import shutil
import subprocess
import sys
from functools import partial
from pathlib import Path

from invoke import Exit, task

HERE = Path(__file__).parent.resolve()
sys.path.insert(0, str(HERE / "plugins"))

from content_model.schema import KINDS  # noqa: E402
from content_model.validation import load_tree  # noqa: E402
from site_build import cli  # noqa: E402

CONTENT = HERE / "content"
OUTPUT = HERE / "output"
HOST, PORT = "127.0.0.1", 8000


def _exit_on_failure(code: int) -> None:
    if code:
        raise Exit(code=code)


@task(help={"github": "also print each problem as a GitHub Actions annotation (for CI)"})
def check(c, github=False):
    """Check all content for mistakes, without building (fast)."""
    _exit_on_failure(cli.check(CONTENT, github=github, settings_file=HERE / "pelicanconf.py"))


@task(
    help={
        "soort": "what to make: " + ", ".join(kind.label for kind in KINDS),
        "titel": "the title, in quotes; the file name is made from it",
    }
)
def new(c, soort, titel):
    """Start a new content file with every key explained: invoke new evenement "Titel"."""
    _exit_on_failure(cli.new(CONTENT, soort, titel, settings_file=HERE / "pelicanconf.py"))


@task(help={"summary": "append the report to the GitHub Actions run summary ($GITHUB_STEP_SUMMARY)"})
def schedule(c, summary=False):
    """Say what the last hour published and what is scheduled (the publish workflow runs it)."""
    target = os.environ.get("GITHUB_STEP_SUMMARY") if summary else None
    if summary and not target:
        print("GITHUB_STEP_SUMMARY is niet gezet: dat gebeurt alleen in GitHub Actions.", file=sys.stderr)
        raise Exit(code=1)
    with open(target, "a", encoding="utf-8") if target else contextlib.nullcontext(sys.stdout) as stream:
        _exit_on_failure(cli.schedule(CONTENT, HERE / "pelicanconf.py", stream=stream))


@task
def keepalive(c):
    """Keep the hourly publication switched on (GitHub stops schedules after 60 days without a commit)."""
    import json
    import urllib.request

    needed = ("GITHUB_API_URL", "GITHUB_REPOSITORY", "GITHUB_TOKEN")
    missing = [name for name in needed if not os.environ.get(name)]
    if missing:
        print(f"Alleen in GitHub Actions: {', '.join(missing)} ontbreekt.", file=sys.stderr)
        raise Exit(code=1)
    api, repository = os.environ["GITHUB_API_URL"].rstrip("/"), os.environ["GITHUB_REPOSITORY"]
    # Enabling the (already enabled) workflow counts as activity and resets
    # GitHub's 60-day clock for scheduled workflows.
    request = urllib.request.Request(
        f"{api}/repos/{repository}/actions/workflows/publiceren.yml/enable",
        method="PUT",
        headers={
            "Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
        },
        data=json.dumps({}).encode(),
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status = response.status
    except OSError as error:
        print(f"De planning kon niet actief gehouden worden: {error}", file=sys.stderr)
        raise Exit(code=1) from None
    print(f"De planning van Publiceren blijft actief (GitHub antwoordde {status}).")


@task
def build(c, settings="pelicanconf.py"):
    """Check the content, then build the site into output/."""
    _exit_on_failure(cli.build(HERE / settings, OUTPUT))
    print(f"De site staat klaar in {OUTPUT.relative_to(HERE)}/.")


@task(help={"edition": "de editie: de bestandsnaam in content/wijkkrant/, bv. 2025-q3"})
def wijkkrant(c, edition):
    """Check the content, then build the site rendering only this wijkkrant edition's PDF."""
    from pelican.settings import read_settings

    from wijkkrant import settings as wijkkrant_settings

    tree = load_tree(CONTENT)
    if tree.problems:
        cli.report(tree.problems)
        raise Exit(code=1)
    editions = sorted(s.slug for s in tree.of_kind("edition") if s.meta.status != "draft")
    if edition not in editions:
        choices = ", ".join(editions) or "(geen)"
        print(f"Er is geen editie '{edition}' in content/wijkkrant/; kies uit: {choices}", file=sys.stderr)
        raise Exit(code=1)
    settings_file = HERE / "pelicanconf.py"
    _exit_on_failure(cli.build(settings_file, OUTPUT, overrides={"WIJKKRANT_ONLY": edition}))
    settings = read_settings(str(settings_file))
    pdf = OUTPUT / wijkkrant_settings.get(settings, "WIJKKRANT_PDF_SAVE_AS").format(slug=edition)
    print(f"De wijkkrant staat klaar in {pdf.relative_to(HERE)}.")


@task
def publish(c):
    """Build the site for publication, with publishconf.py (absolute links)."""
    build(c, settings="publishconf.py")


def _git(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", *args], cwd=HERE, capture_output=True, text=True, check=check
    )


@task(
    help={
        "remote": "git remote (name or address) to push to; default origin",
        "branch": "branch GitHub Pages publishes from; default gh-pages",
    }
)
def gh_pages(c, remote="origin", branch="gh-pages"):
    """Check, build for publication and push the site to the gh-pages branch."""
    import ghp_import

    # Never publish broken content: the check stops here with its messages.
    check(c)
    if _git("status", "--porcelain", "--", "content", check=False).stdout.strip():
        print("Let op: content/ heeft wijzigingen die nog niet gecommit zijn; ze worden mee gepubliceerd.")
    publish(c)
    head = _git("rev-parse", "--short", "HEAD", check=False).stdout.strip()
    message = f"Site gepubliceerd vanaf {head}" if head else "Site gepubliceerd"
    # Build on what the remote has, so the branch keeps its history.
    _git("fetch", "--quiet", remote, branch, check=False)
    with contextlib.chdir(HERE):
        try:
            ghp_import.ghp_import(
                str(OUTPUT), mesg=message, remote=remote, branch=branch, push=True, force=True
            )
        except (ghp_import.GhpError, subprocess.CalledProcessError) as error:
            print(f"Publiceren naar {remote} {branch} is mislukt: {error}", file=sys.stderr)
            raise Exit(code=1) from None
    print(f"De site staat op de branch {branch} van {remote}.")


@task(help={"check_only": "only compare; exit 1 when docs/ is out of date"})
def docs(c, check_only=False):
    """Regenerate the key tables, error messages and settings in docs/ from the code."""
    from editor_tools import guide

    changed = guide.update(HERE, write=not check_only)
    if check_only and changed:
        print("Niet bijgewerkt: " + ", ".join(changed) + "; voer invoke docs uit.", file=sys.stderr)
        raise Exit(code=1)
    print("Bijgewerkt: " + ", ".join(changed) if changed else "docs/ is bijgewerkt.")


@task
def clean(c):
    """Remove the built site and caches."""
    for path in (OUTPUT, *HERE.glob("output.building*"), *HERE.glob("output.previous*"), HERE / "cache"):
        shutil.rmtree(path, ignore_errors=True)


@task
def serve(c, port=PORT):
    """Serve output/ on http://127.0.0.1:8000 (no rebuilding)."""
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(OUTPUT))
    server = http.server.ThreadingHTTPServer((HOST, int(port)), handler)
    print(f"De site draait op http://{HOST}:{port}/ (stoppen met Ctrl+C)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


@task
def livereload(c, port=PORT):
    """Build, serve on http://127.0.0.1:8000 and rebuild and reload on every change."""
    from livereload import Server

    def rebuild():
        # A failed rebuild prints its problems and leaves the last good site
        # in output/, so the preview keeps working.
        cli.build(HERE / "pelicanconf.py", OUTPUT)

    rebuild()
    server = Server()
    for path in ("content", "theme", "plugins", "pelicanconf.py"):
        server.watch(str(HERE / path), rebuild)
    print(f"Voorbeeld op http://{HOST}:{port}/ ; wijzigingen verschijnen vanzelf.")
    server.serve(host=HOST, port=int(port), root=str(OUTPUT), open_url_delay=None)


@task(help={
    "fast": "only the fast layer: no browser, no Java, no build in its own process (under a minute)",
    "args": "more arguments for pytest, in quotes",
})
def test(c, args="", fast=False):
    """Install the system packages the tests need, then run the whole test suite (--fast: the fast layer)."""
    layer = []
    if fast:
        layer = ["-m", "not browser and not slow"]
    else:
        subprocess.run(["bash", str(HERE / ".ci" / "system-packages"), "--tests"], check=True)
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *layer, *args.split()], cwd=HERE, env=env
    )
    # pytest exits 5 when it collected no tests: that is a failure here too.
    _exit_on_failure(result.returncode)


@task
def bench(c, sizes="100 1000 5000", runs=3):
    """Benchmark our build against plain Pelican (100, 1,000, 5,000 posts)."""
    command = [sys.executable, str(HERE / "bench" / "run.py"), "--runs", str(runs),
               "--json", str(HERE / "bench" / "results" / "latest.json"), "--sizes", *sizes.split()]
    _exit_on_failure(subprocess.run(command, cwd=HERE).returncode)
