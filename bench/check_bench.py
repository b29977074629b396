"""Benchmark: the content check alone (`invoke check`), on synthetic trees.

The check runs before every build and in every pull request, and since the
safe-build work it reads every picture's header, scans every body for links
and embeds and guards YAML against hostile structure. This measures what that
costs: the best of ``--runs`` runs of ``load_tree`` over a tree of ``--posts``
posts (bench/corpus.py), in this process.

    python bench/check_bench.py --posts 1000 --runs 5
    python bench/check_bench.py --plugins /elsewhere/plugins   # another checkout, same corpus

Not a test: the numbers go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plugins", type=Path, default=HERE.parent / "plugins", help="the plugins folder to measure")
    args = parser.parse_args()
    sys.path.insert(0, str(args.plugins.resolve()))
    sys.path.insert(0, str(HERE))
    from corpus import make_corpus

    from content_model.validation import load_tree

    with tempfile.TemporaryDirectory(prefix="check-bench-") as folder:
        content = make_corpus(Path(folder) / "content", args.posts)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            tree = load_tree(content)
            times.append(time.perf_counter() - started)
    print(f"{args.posts} posts, {len(tree.files)} files, {len(tree.problems)} problems: "
          f"best {min(times):.3f} s, median {sorted(times)[len(times) // 2]:.3f} s of {args.runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
