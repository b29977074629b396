"""Publishing to GitHub Pages (plugins/github_pages, `invoke gh-pages`): the branch, CNAME and .nojekyll."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import build, invoke, make_project, run
from content_model.loading import ContentErrors
from github_pages.settings import custom_domain

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Redactie",
    "GIT_AUTHOR_EMAIL": "redactie@example.org",
    "GIT_COMMITTER_NAME": "Redactie",
    "GIT_COMMITTER_EMAIL": "redactie@example.org",
    "GIT_CONFIG_GLOBAL": "/dev/null",
    "GIT_CONFIG_NOSYSTEM": "1",
}


# --- publishing to a gh-pages branch ------------------------------------------------------


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return run(["git", *args], cwd, **GIT_ENV)


def _repository(project: Path, bare: Path) -> None:
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "Site"]):
        assert _git(*args, cwd=project).returncode == 0
    assert _git("init", "-q", "--bare", str(bare), cwd=bare.parent).returncode == 0


def test_gh_pages_publishes_the_output_to_the_branch(tmp_path):
    project = make_project(tmp_path)
    bare = tmp_path / "remote.git"
    _repository(project, bare)
    assert _git("remote", "add", "origin", str(bare), cwd=project).returncode == 0
    result = invoke(project, "gh-pages", **GIT_ENV)
    assert result.returncode == 0, result.stderr + result.stdout
    clone = tmp_path / "clone"
    cloned = _git("clone", "-q", "--branch", "gh-pages", str(bare), str(clone), cwd=tmp_path)
    assert cloned.returncode == 0, cloned.stderr
    home = (clone / "index.html").read_text(encoding="utf-8")
    assert "Buurtfeest Molenveld" in home
    # Built with publishconf.py: absolute links to the public address.
    assert 'href="https://wijkraden-bergen-oost.example/' in home
    assert (clone / "CNAME").read_text(encoding="ascii").strip() == "wijkraden-bergen-oost.example"
    assert (clone / ".nojekyll").is_file()
    assert (clone / "evenementen" / "wijkwandeling" / "index.html").is_file()
    # Publishing again adds a commit on top: the branch keeps its history.
    again = invoke(project, "gh-pages", **GIT_ENV)
    assert again.returncode == 0, again.stderr
    log = _git("log", "--format=%s", "gh-pages", cwd=bare)
    assert log.stdout.splitlines() == ["Site gepubliceerd vanaf " + _head(project)] * 2


def _head(project: Path) -> str:
    return _git("rev-parse", "--short", "HEAD", cwd=project).stdout.strip()


def test_gh_pages_to_a_given_remote_and_branch(tmp_path):
    project = make_project(tmp_path)
    bare = tmp_path / "elders.git"
    _repository(project, bare)
    result = invoke(project, "gh-pages", "--remote", str(bare), "--branch", "site", **GIT_ENV)
    assert result.returncode == 0, result.stderr + result.stdout
    refs = _git("for-each-ref", "--format=%(refname)", cwd=bare).stdout.split()
    assert refs == ["refs/heads/site"]
    files = _git("ls-tree", "--name-only", "site", cwd=bare).stdout.split()
    assert {"index.html", "CNAME", ".nojekyll"} <= set(files)


def test_gh_pages_pushes_nothing_when_the_content_is_broken(tmp_path):
    project = make_project(tmp_path)
    (project / "content" / "evenementen" / "kapot.md").write_text(
        "---\ntitle: Kapot\ndate: 2026-11-01\ncouncil: sint-anna\nstart: morgen\nlocation: Plein\n---\nx\n",
        encoding="utf-8",
    )
    bare = tmp_path / "remote.git"
    _repository(project, bare)
    result = invoke(project, "gh-pages", "--remote", str(bare), **GIT_ENV)
    assert result.returncode != 0
    assert "content/evenementen/kapot.md: start: 'morgen' is geen datum" in result.stderr
    assert _git("for-each-ref", cwd=bare).stdout == ""
    assert not (project / "output").exists()


# --- the github_pages plugin --------------------------------------------------------------


def test_local_build_writes_nojekyll_but_no_cname(example_site):
    assert (example_site / ".nojekyll").is_file()
    assert not (example_site / "CNAME").exists()


@pytest.mark.parametrize(
    "settings, domain",
    [
        ({"SITEURL": ""}, None),
        ({"SITEURL": "https://www.wijkraad.be"}, "www.wijkraad.be"),
        ({"SITEURL": "https://WijkRaad.be/"}, "wijkraad.be"),
        ({"SITEURL": "https://wijkraad-sint-anna.github.io"}, None),
        ({"SITEURL": "https://buurt.github.io/website"}, None),
        ({"SITEURL": "https://www.stad.be/wijkraad"}, None),
        ({"SITEURL": "https://x.github.io/site", "CUSTOM_DOMAIN": "www.wijkraad.be"}, "www.wijkraad.be"),
        ({"SITEURL": "https://www.wijkraad.be", "CUSTOM_DOMAIN": ""}, None),
    ],
)
def test_custom_domain_comes_from_siteurl_unless_set(settings, domain):
    assert custom_domain(settings) == domain


def test_a_custom_domain_with_https_is_refused(tmp_path):
    project = make_project(tmp_path)
    with (project / "publishconf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nCUSTOM_DOMAIN = "https://www.wijkraad.be/"\n')
    result = build(project, "--settings", "publishconf.py")
    assert result.returncode == 1
    assert "publishconf.py: CUSTOM_DOMAIN: 'https://www.wijkraad.be/' is geen domeinnaam" in result.stderr
    with pytest.raises(ContentErrors):
        custom_domain({"CUSTOM_DOMAIN": "wijkraad"})
