"""Benchmark: our build against plain Pelican on the same synthetic posts.

Run with ``invoke bench`` (or ``python bench/run.py --sizes 100 1000``). For
each corpus size it measures, in one run and side by side:

* our full build (no cache),
* our rebuild after editing one post (Pelican's content cache on), and
  checks that its output is byte-identical to a full build of the edited tree,
* plain Pelican 4.12 (default theme, pelican-yaml-metadata) on the same tree,

each the median of ``--runs`` runs, with peak memory (max RSS of the build
process) and the ratio to plain Pelican. Every build runs in its own process
so that one run's imports and caches do not help the next.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import make_corpus  # noqa: E402

PYTHON = sys.executable
EPOCH = "1795258800"  # the same fixed "now" as the tests: 21 November 2026

PLAIN_SETTINGS = """
import sys
PATH = {content!r}
ARTICLE_PATHS = ["evenementen", "projecten", "besluiten", "berichten"]
PAGE_PATHS = ["paginas"]
TIMEZONE = "Europe/Brussels"
DEFAULT_LANG = "nl"
SITENAME = "Benchstad"
SITEURL = ""
PLUGINS = ["pelican.plugins.yaml_metadata"]
SLUGIFY_SOURCE = "basename"  # file names are unique; generated titles may repeat
"""

OUR_SETTINGS = """
import sys
sys.path.insert(0, {root!r})
from pelicanconf import *
THEME = {theme!r}
PLUGIN_PATHS = [{plugins!r}]
CACHE_PATH = {cache!r}
CACHE_CONTENT = {cached!r}
LOAD_CONTENT_CACHE = {cached!r}
"""


def _measure(command: list[str], cwd: Path) -> tuple[float, float]:
    """Run ``command``; return (seconds, peak memory in MB) of that process."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, PYTHONPATH=str(ROOT / "plugins"))
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    errors = process.stderr.read().decode()
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{errors}")
    return seconds, usage.ru_maxrss / 1024


def _our_build(work: Path, content: Path, output: Path, cached: bool) -> list[str]:
    settings = work / ("ours_cached.py" if cached else "ours.py")
    settings.write_text(
        OUR_SETTINGS.format(
            root=str(ROOT), theme=str(ROOT / "theme"), plugins=str(ROOT / "plugins"),
            cache=str(work / "cache"), cached=cached,
        )
    )
    return [PYTHON, "-m", "site_build", "build", "--settings", str(settings),
            "--content", str(content), "--output", str(output)]


def _plain_build(work: Path, content: Path, output: Path) -> list[str]:
    settings = work / "plain.py"
    settings.write_text(PLAIN_SETTINGS.format(content=str(content)))
    return [PYTHON, "-m", "pelican", str(content), "-s", str(settings), "-o", str(output), "-q"]


def _same_tree(left: Path, right: Path) -> bool:
    comparison = filecmp.dircmp(left, right)
    if comparison.left_only or comparison.right_only or comparison.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(_same_tree(left / sub, right / sub) for sub in comparison.common_dirs)


def _edit_one_post(content: Path, round_number: int) -> None:
    post = sorted((content / "berichten").glob("*.md"))[len(list((content / "berichten").glob("*.md"))) // 2]
    with post.open("a", encoding="utf-8") as handle:
        handle.write(f"\nEen zin toegevoegd bij ronde {round_number}.\n")


def bench_size(posts: int, runs: int, work: Path) -> dict:
    content = make_corpus(work, posts)
    result: dict = {"posts": posts}

    times, memory = [], []
    for _ in range(runs):
        seconds, mb = _measure(_plain_build(work, content, work / "plain-out"), work)
        times.append(seconds)
        memory.append(mb)
    result["plain"] = {"seconds": statistics.median(times), "peak_mb": max(memory), "runs": times}

    # Cold: nothing cached at all, so the wijkkrant PDFs are rendered too.
    shutil.rmtree(work / "cache", ignore_errors=True)
    shutil.rmtree(work / "out", ignore_errors=True)
    seconds, mb = _measure(_our_build(work, content, work / "out", cached=False), work)
    result["cold"] = {"seconds": seconds, "peak_mb": mb}

    # Full: a fresh output folder and no content cache; the PDF cache is warm,
    # as on every build of a site after its first (an unchanged edition is
    # not rendered again).
    times, memory = [], []
    for _ in range(runs):
        shutil.rmtree(work / "out", ignore_errors=True)
        seconds, mb = _measure(_our_build(work, content, work / "out", cached=False), work)
        times.append(seconds)
        memory.append(mb)
    result["full"] = {"seconds": statistics.median(times), "peak_mb": max(memory), "runs": times}

    # Rebuild: warm the content cache once, then edit one post before each timed run.
    for readers_cache in (work / "cache").glob("*-Readers"):
        readers_cache.unlink()
    _measure(_our_build(work, content, work / "cached-out", cached=True), work)
    times, memory = [], []
    for round_number in range(runs):
        _edit_one_post(content, round_number)
        seconds, mb = _measure(_our_build(work, content, work / "cached-out", cached=True), work)
        times.append(seconds)
        memory.append(mb)
    result["rebuild"] = {"seconds": statistics.median(times), "peak_mb": max(memory), "runs": times}
    _measure(_our_build(work, content, work / "out", cached=False), work)
    result["rebuild_identical"] = _same_tree(work / "out", work / "cached-out")

    plain = result["plain"]["seconds"]
    result["full_vs_plain"] = result["full"]["seconds"] / plain
    result["rebuild_vs_full"] = result["rebuild"]["seconds"] / result["full"]["seconds"]
    result["pages_ours"] = sum(1 for _ in (work / "out").rglob("*") if _.is_file())
    result["pages_plain"] = sum(1 for _ in (work / "plain-out").rglob("*") if _.is_file())
    return result


def report(results: list[dict]) -> str:
    lines = [
        "| posts | plain Pelican | ours, full | ratio | ours, rebuild 1 post | rebuild / full | identical | ours, cold (PDFs rendered) | peak MB plain / ours | files plain / ours |",
        "|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['posts']:,} | {r['plain']['seconds']:.2f} s | {r['full']['seconds']:.2f} s | "
            f"{r['full_vs_plain']:.2f} × | {r['rebuild']['seconds']:.2f} s | {r['rebuild_vs_full']:.2f} × | "
            f"{'yes' if r['rebuild_identical'] else 'NO'} | {r['cold']['seconds']:.2f} s | "
            f"{r['plain']['peak_mb']:.0f} / {r['full']['peak_mb']:.0f} | {r['pages_plain']:,} / {r['pages_ours']:,} |"
        )
    by_size = {r["posts"]: r for r in results}
    if 1000 in by_size and 5000 in by_size:
        growth = by_size[5000]["full"]["seconds"] / by_size[1000]["full"]["seconds"]
        lines.append("")
        lines.append(f"5,000 posts take {growth:.2f} × the time of 1,000 posts (target: at most 5.5 ×).")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; the median is reported")
    parser.add_argument("--json", type=Path, help="also write the raw figures to this file")
    args = parser.parse_args(argv)
    results = []
    for posts in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench-{posts}-") as folder:
            print(f"Measuring {posts} posts ...", file=sys.stderr, flush=True)
            results.append(bench_size(posts, args.runs, Path(folder)))
    machine = f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores"
    print(f"Benchmark on {machine}, median of {args.runs} runs\n")
    print(report(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"machine": machine, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
