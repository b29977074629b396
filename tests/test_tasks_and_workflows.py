"""The invoke tasks (tasks.py), the GitHub Actions workflows (.github/workflows/) and the CI scripts (.ci/)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, invoke, make_project, run

# --- the tasks ----------------------------------------------------------------------------


def test_invoke_lists_and_describes_the_workflow_tasks(project):
    listing = invoke(project, "--list")
    assert listing.returncode == 0, listing.stderr
    for name in ("new", "check", "build", "livereload", "publish", "gh-pages", "docs"):
        line = next((l for l in listing.stdout.splitlines() if l.strip().startswith(name + " ")), "")
        assert len(line.split(None, 1)) == 2, f"task {name} has no description: {listing.stdout}"
    helped = invoke(project, "--help", "gh-pages")
    assert "--remote" in helped.stdout and "--branch" in helped.stdout


def test_invoke_lists_tasks_and_builds(tmp_path):
    project = make_project(tmp_path)
    invoke = [sys.executable, "-m", "invoke"]
    listing = run([*invoke, "--list"], project)
    assert listing.returncode == 0, listing.stderr
    for name in ("build", "check", "clean", "livereload", "serve", "test"):
        line = next((l for l in listing.stdout.splitlines() if l.strip().startswith(name)), "")
        assert len(line.split(None, 1)) == 2, f"task {name} has no description: {listing.stdout}"
    result = run([*invoke, "build"], project)
    assert result.returncode == 0, result.stderr + result.stdout
    assert (project / "output" / "index.html").is_file()
    assert not (project / "output.building").exists()


# --- the GitHub Actions workflows ---------------------------------------------------------

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PINNED_RE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<action>[\w.-]+/[\w./-]+)@(?P<ref>\S+)(?:\s+#\s*(?P<comment>.*))?$")


def _workflow(name: str) -> dict:
    # PyYAML reads the key "on" as True (YAML 1.1); GitHub reads it as "on".
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True)
    return data


def test_workflows_validate_against_the_github_workflow_schema():
    assert [w.name for w in WORKFLOWS] == ["controle.yml", "publiceren.yml"]
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    text = (ROOT / ".github" / "workflows" / "publiceren.yml").read_text(encoding="utf-8")
    broken.write_text(text.replace("pages: write", "pages: schrijven"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(broken)],
        capture_output=True, text=True,
    )
    assert result.returncode != 0 and "schrijven" in result.stdout


def test_every_action_is_pinned_to_a_commit_with_its_release():
    uses = [
        match
        for workflow in WORKFLOWS
        for line in workflow.read_text(encoding="utf-8").splitlines()
        if (match := PINNED_RE.match(line))
    ]
    assert len(uses) >= 8
    for match in uses:
        assert re.fullmatch(r"[0-9a-f]{40}", match["ref"]), match.group(0)
        assert re.fullmatch(r"v\d+\.\d+\.\d+", match["comment"] or ""), match.group(0)


def _run_commands(workflow: dict) -> list[str]:
    return [
        line.strip()
        for job in workflow["jobs"].values()
        for step in job["steps"]
        for line in step.get("run", "").splitlines()
        if line.strip()
    ]


def test_every_command_in_the_workflows_is_an_invoke_task(project):
    listing = invoke(project, "--list").stdout
    tasks = {line.split()[0] for line in listing.splitlines()[1:] if line.strip()}
    commands = [c for name in ("controle.yml", "publiceren.yml") for c in _run_commands(_workflow(name))]
    assert "invoke check --github" in commands and "invoke build" in commands and "invoke publish" in commands
    for command in commands:
        if command == "python -m pip install -r requirements.txt":
            assert (ROOT / "requirements.txt").is_file()
            continue
        if command == "bash .ci/changed-scope":
            assert (ROOT / ".ci" / "changed-scope").is_file()
            continue
        words = command.split()
        assert words[0] == "invoke" and words[1] in tasks, command
        options = [word for word in words[2:] if word.startswith("--")]
        helped = invoke(project, "--help", words[1]).stdout
        for option in options:
            assert option in helped, (command, option)


def test_pull_requests_are_checked_and_the_site_kept():
    workflow = _workflow("controle.yml")
    assert "pull_request" in workflow["on"]
    steps = workflow["jobs"]["controle"]["steps"]
    names = [step.get("uses", step.get("run", "")).split("@")[0] for step in steps]
    assert names.index("invoke check --github") < names.index("invoke build") < names.index("actions/upload-artifact")
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "output/"
    assert upload["with"]["name"] == "${{ steps.scope.outputs.trust == 'inhoud' && 'site' || 'site-onbetrouwbaar' }}"
    assert upload["with"]["include-hidden-files"] is True
    setup = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip"


def test_main_and_every_hour_are_published_to_pages():
    workflow = _workflow("publiceren.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    hourly, daily = (entry["cron"] for entry in workflow["on"]["schedule"])
    # Every hour (scheduled posts go online within the hour), not on the hour.
    minute, *rest = hourly.split()
    assert rest == ["*", "*", "*", "*"] and minute != "0"
    # Once a day the keepalive job runs too, and only then.
    keepalive = workflow["jobs"]["keepalive"]
    assert keepalive["if"] == f"github.event.schedule == '{daily}'"
    assert keepalive["permissions"] == {"actions": "write"}
    assert keepalive["steps"][-1]["run"] == "invoke keepalive"
    assert keepalive["steps"][-1]["env"] == {"GITHUB_TOKEN": "${{ github.token }}"}
    build_steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run") for step in build_steps]
    assert runs.index("invoke schedule --summary") == runs.index("invoke publish") + 1
    uses = [step.get("uses", "").split("@")[0] for step in build_steps]
    assert "actions/configure-pages" in uses and "actions/upload-pages-artifact" in uses
    publish = next(step for step in build_steps if step.get("run") == "invoke publish")
    assert publish["env"]["SITEURL"] == "${{ steps.pages.outputs.base_url }}"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert workflow["permissions"] == {"contents": "read"}


def test_pull_requests_run_with_least_permissions_and_no_secrets():
    for workflow_file in WORKFLOWS:
        text = workflow_file.read_text(encoding="utf-8")
        workflow = _workflow(workflow_file.name)
        assert "pull_request_target" not in workflow["on"] and "workflow_run" not in workflow["on"]
        for job in workflow["jobs"].values():
            for step in job["steps"]:
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False
    controle = _workflow("controle.yml")
    text = (ROOT / ".github" / "workflows" / "controle.yml").read_text(encoding="utf-8")
    assert controle["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in controle["jobs"].values())
    assert "${{ secrets." not in text and "GITHUB_TOKEN" not in text


# --- the CI scripts in .ci/ ---------------------------------------------------------------


def _git_in(folder: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, text=True).stdout


def _pull_request_merge(tmp_path: Path, files: dict[str, str]) -> Path:
    """A repository whose HEAD merges a pull request that writes ``files``, as GitHub checks it out."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git_in(repo, "init", "-q", "-b", "main")
    _git_in(repo, "config", "user.email", "test@example.org")
    _git_in(repo, "config", "user.name", "Test")
    (repo / "content").mkdir()
    (repo / "content" / "a.md").write_text("a\n")
    (repo / "tasks.py").write_text("# tasks\n")
    _git_in(repo, "add", "-A")
    _git_in(repo, "commit", "-q", "-m", "base")
    _git_in(repo, "checkout", "-q", "-b", "pr")
    for name, text in files.items():
        path = repo / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    _git_in(repo, "add", "-A")
    _git_in(repo, "commit", "-q", "-m", "pull request")
    _git_in(repo, "checkout", "-q", "main")
    _git_in(repo, "merge", "-q", "--no-ff", "-m", "merge", "pr")
    return repo


@pytest.mark.parametrize(
    ("files", "trust"),
    [
        ({"content/berichten/nieuw.md": "nieuw\n"}, "inhoud"),
        ({"content/berichten/nieuw.md": "nieuw\n", "tasks.py": "import os\n"}, "code"),
        ({"plugins/x/::error::boo.py": "x\n"}, "code"),
    ],
)
def test_a_pull_request_that_changes_code_counts_as_untrusted(tmp_path, files, trust):
    repo = _pull_request_merge(tmp_path, files)
    output = tmp_path / "github_output"
    result = subprocess.run(
        ["bash", str(ROOT / ".ci" / "changed-scope")], cwd=repo, capture_output=True, text=True,
        env={**os.environ, "GITHUB_EVENT_NAME": "pull_request", "GITHUB_OUTPUT": str(output)},
    )
    assert result.returncode == 0, result.stderr
    assert output.read_text() == f"trust={trust}\n"
    assert not any(line.lstrip().startswith("::") for line in result.stdout.splitlines())
    if trust == "code":
        assert "site-onbetrouwbaar" in result.stdout


def test_the_everyday_commands_work_as_the_readme_writes_them(tmp_path):
    """After the quick start, one `. .venv/bin/activate` per terminal makes `invoke …` work as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    everyday = readme.split("## Everyday tasks", 1)[1]
    assert ". .venv/bin/activate" in everyday.split("| task |", 1)[0]
    for platform in ("Debian", "Ubuntu", "WSL"):
        assert platform in readme.split("## Platforms", 1)[1].split("## ", 1)[0]
    guide = (ROOT / "docs" / "redactie.md").read_text(encoding="utf-8")
    assert ". .venv/bin/activate" in guide and "WSL" in guide
    # The environment running these tests is such a .venv: activated in a fresh shell, `invoke` is found.
    activate = Path(sys.prefix) / "bin" / "activate"
    result = subprocess.run(
        ["bash", "-c", f". {activate} && cd {ROOT} && invoke --list"],
        capture_output=True, text=True, timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "new " in result.stdout and "check " in result.stdout
