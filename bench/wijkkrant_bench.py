"""Benchmark (not a test): how long the wijkkrant PDF takes, cold and unchanged.

Builds a copy of this project in a temporary folder with a generated content
tree whose edition fills 16 A4 pages (news, projects, decisions, an agenda,
images), then times real builds (`python -m site_build build`, what
`invoke build` runs):

* baseline: the same site without the wijkkrant plugin;
* cold: wijkkrant with an empty cache, so the PDF is laid out and written;
* unchanged: the same build again, so the PDF is copied from the cache.

Each is run ``--runs`` times (default 3); the median counts. Run from the
project folder:

    .venv/bin/python bench/wijkkrant_bench.py

and copy the table it prints into docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
EPOCH = "1795172400"  # Saturday 21 November 2026, 12:00 in Brussels
WORDS = (
    "buurt straat park bewoners wijkraad stad plan werken fiets school bomen "
    "groen veilig samen vergadering voorstel jaar maand avond zaal vrijwilligers "
    "feest stoep verlichting kinderen ouderen bus halte bank tuin markt plein"
).split()


def sentence(seed: int, length: int) -> str:
    words = [WORDS[(seed * 7 + i * 13) % len(WORDS)] for i in range(length)]
    return " ".join(words).capitalize() + "."


def paragraph(seed: int, sentences: int = 5) -> str:
    return " ".join(sentence(seed + i, 9 + (seed + i) % 7) for i in range(sentences))


def body(seed: int, paragraphs: int) -> str:
    return "\n\n".join(paragraph(seed * 10 + i) for i in range(paragraphs))


def content_tree(root: Path) -> None:
    files: dict[str, str] = {
        "raden/oost.yml": "name: Wijkraad Oost\nemail: oost@example.org\nmeeting_place: Buurthuis\n",
        "wijkkrant/2026-q4.md": textwrap.dedent(
            """\
            ---
            title: Wijkkrant Oost winter 2026
            date: 2026-11-16
            council: oost
            publisher:
              name: An Jansens
              address: Dorpsstraat 1, 3500 Bergen-Oost
            cover: afbeeldingen/omslag.png
            cover_alt: Het buurtpark in de herfst
            ---
            """
        )
        + body(1, 3),
    }
    for n in range(7):
        image = "image: afbeeldingen/omslag.png\nimage_alt: Het buurtpark\n" if n % 5 == 0 else ""
        files[f"berichten/bericht-{n:02d}.md"] = (
            f"---\ntitle: Bericht {n + 1} over de {WORDS[n % len(WORDS)]}\n"
            f"date: 2026-{10 + n % 2:02d}-{1 + n:02d} 10:00\ncouncil: oost\n{image}---\n{body(n, 4)}\n"
        )
    for n in range(7):
        files[f"projecten/project-{n:02d}.md"] = (
            f"---\ntitle: Project {n + 1}\ndate: 2026-{10 + n % 3:02d}-{2 + n:02d}\ncouncil: oost\n"
            f"stage: {('idee', 'gepland', 'lopend', 'afgerond')[n % 4]}\nowner: Werkgroep {n + 1}\n---\n{body(100 + n, 3)}\n"
        )
    for n in range(7):
        files[f"besluiten/besluit-{n:02d}.md"] = (
            f"---\ntitle: Besluit {n + 1}\ndate: 2026-11-{3 + n:02d}\ncouncil: oost\nmeeting: 2026-11-{2 + n:02d}\n"
            f"outcome: aangenomen\nvotes: {{voor: 6, tegen: 1, onthouding: 0}}\n---\n{body(200 + n, 2)}\n"
        )
    for n in range(14):
        files[f"evenementen/activiteit-{n:02d}.md"] = (
            f"---\ntitle: Activiteit {n + 1}\ndate: 2026-11-01\ncouncil: oost\n"
            f"start: 2027-{1 + n % 3:02d}-{5 + n:02d} 14:00\nend: 2027-{1 + n % 3:02d}-{5 + n:02d} 17:00\n"
            f"location:\n  name: Buurthuis\n  address: Dorpsstraat 1, 3500 Bergen-Oost\nprice: gratis\n---\n{body(300 + n, 1)}\n"
        )
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "afbeeldingen").mkdir(exist_ok=True)
    shutil.copy(HERE / "content" / "afbeeldingen" / "receptie.png", root / "afbeeldingen" / "omslag.png")


def make_project(base: Path) -> Path:
    project = base / "project"
    project.mkdir()
    for name in ("theme", "plugins", "pelicanconf.py"):
        source = HERE / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, project / name)
    (project / "baseline.py").write_text(
        "from pelicanconf import *  # noqa\nPLUGINS = [p for p in PLUGINS if p != 'wijkkrant']\n"
    )
    content_tree(project / "content")
    return project


def timed_build(project: Path, settings: str = "pelicanconf.py") -> float:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONPATH": str(project / "plugins"), "LANG": "C"}
    command = [sys.executable, "-m", "site_build", "build", "--settings", settings, "--output", str(project / "output")]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode:
        sys.exit(result.stderr + result.stdout)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="copy the PDF here, to look at it")
    args = parser.parse_args()
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory(prefix="wijkkrant-bench-") as base:
        project = make_project(Path(base))
        cache = project / "cache" / "wijkkrant"
        baseline, cold, unchanged = [], [], []
        for _ in range(args.runs):
            baseline.append(timed_build(project, "baseline.py"))
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(timed_build(project))
            unchanged.append(timed_build(project))
        pdf = project / "output" / "wijkkrant" / "2026-q4.pdf"
        pages = len(PdfReader(pdf).pages)
        size = pdf.stat().st_size
        if args.keep:
            shutil.copy(pdf, args.keep)

    def median(values):
        return statistics.median(values)

    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"Edition: {pages} pages A4, PDF {size / 1000:.0f} kB; median of {args.runs} runs\n")
    print("| build | seconds | wijkkrant's share |")
    print("|---|---|---|")
    print(f"| site without the wijkkrant plugin | {median(baseline):.2f} | - |")
    print(f"| cold: PDF rendered (empty cache) | {median(cold):.2f} | {median(cold) - median(baseline):.2f} |")
    print(f"| unchanged: PDF from the cache | {median(unchanged):.2f} | {median(unchanged) - median(baseline):.2f} |")


if __name__ == "__main__":
    main()
