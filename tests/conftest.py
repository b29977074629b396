"""Shared helpers: real Pelican builds of real content trees in temporary folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

# A fixed "now" for the example site: Saturday 21 November 2026, 12:00 in Brussels.
EPOCH = "1795258800"

# Files a site needs besides content/, copied into each temporary project.
PROJECT_FILES = ("theme", "plugins", "pelicanconf.py", "publishconf.py", "tasks.py")


def make_project(base: Path, content: Path | None = None) -> Path:
    """A copy of this project in ``base``; its content/ is the example's or ``content``."""
    project = base / "project"
    project.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        target = project / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    shutil.copytree(content or ROOT / "content", project / "content", symlinks=True)
    return project


def write_tree(base: Path, files: dict[str, str | bytes]) -> Path:
    """Write a content tree: {"evenementen/x.md": "...", ...}; text is dedented."""
    content = base / "content"
    for relative, data in files.items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data).lstrip("\n"), encoding="utf-8")
    content.mkdir(parents=True, exist_ok=True)
    return content


def run(args: list[str], cwd: Path, epoch: str | None = EPOCH, **env_extra) -> subprocess.CompletedProcess:
    """Run a command as an editor would, with a C locale and a fixed clock."""
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH",)}
    env.update(LANG="C", LC_ALL="C", PYTHONPATH=str(cwd / "plugins"))
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    env.update(env_extra)
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def build(project: Path, *extra: str, epoch: str | None = EPOCH, **env) -> subprocess.CompletedProcess:
    """`python -m site_build build` in ``project``: what `invoke build` runs."""
    return run(
        [sys.executable, "-m", "site_build", "build", "--output", str(project / "output"), *extra],
        project,
        epoch=epoch,
        **env,
    )


def check_command(project: Path) -> subprocess.CompletedProcess:
    """`python -m site_build check content` in its own process: what `invoke check` runs."""
    return run([sys.executable, "-m", "site_build", "check", "content"], project)


INVOKE = [sys.executable, "-m", "invoke"]


def invoke(project: Path, *args: str, **env) -> subprocess.CompletedProcess:
    """`invoke <args>` in ``project``: a task of tasks.py, as an editor runs it."""
    return run([*INVOKE, *args], project, **env)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    """The example site, built once with a fixed clock; returns its output folder."""
    project = make_project(tmp_path_factory.mktemp("example"))
    result = build(project)
    assert result.returncode == 0, result.stderr + result.stdout
    return project / "output"


@pytest.fixture
def project(tmp_path) -> Path:
    """An empty project (theme, plugins, settings) to fill with a content tree."""
    base = tmp_path
    content = write_tree(base / "src", {})
    return make_project(base, content)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The three-council tree of civic_tree.py, built once with its fixed clock; returns its output folder.

    Read by test_councils, test_projects and test_decisions.
    """
    from civic_tree import TREE, build_tree

    return build_tree(tmp_path_factory.mktemp("civic"), TREE) / "output"


# Content used by many tests: one council, written small.
COUNCIL = """
    name: Wijkraad Test
    """


# --- layers: `invoke test --fast` runs what needs no browser and no full build ------------

LAYER_MARKERS = ("browser", "slow")


def _uses(item, words: tuple[str, ...]) -> bool:
    """Whether the test or any fixture it uses has one of ``words`` in its source."""
    import inspect

    functions = [item.function]
    for definitions in item._fixtureinfo.name2fixturedefs.values():
        functions += [definition.func for definition in definitions]
    for function in functions:
        try:
            source = inspect.getsource(function)
        except (OSError, TypeError):
            continue
        if any(word in source for word in words):
            return True
    return False


def pytest_collection_modifyitems(config, items):
    """Mark the browser layer (Chromium, Java) and the slow layer (a build in a process)."""
    for item in items:
        if item.module.__name__ in ("test_browser", "test_events_browser") or _uses(item, ("Browser(", "chromium", "nu_html_checker")):
            item.add_marker(pytest.mark.browser)
        if _uses(item, ("build(", "built(", "_site(", "Pelican(", "getfixturevalue", "run([", "invoke(", "subprocess.", "Popen(", "_check_in_child(",
                            "build_tree(", "check_command(")):
            item.add_marker(pytest.mark.slow)
