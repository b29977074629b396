"""The editors' workflow: scaffolds, the check in CI, publishing, the guides."""

from __future__ import annotations

import ast
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from conftest import EPOCH, ROOT, build, make_project, run, write_tree
from content_model import messages, schema
from content_model.loading import ContentErrors, FrontMatterLoader, Problem
from content_model.validation import load_tree
from dutch_formats.filters import make_filters
from editor_tools import error_catalogue, guide, scaffold
from editor_tools.annotations import annotation, line_of_key
from github_pages.settings import custom_domain
from pages import page
from site_build import cli

INVOKE = [sys.executable, "-m", "invoke"]
# The tests' "today" (conftest.EPOCH), as scaffolds write it and pages show it.
BRUSSELS = ZoneInfo("Europe/Brussels")  # the example site's TIMEZONE
TODAY_DATE = dt.datetime.fromtimestamp(int(EPOCH), BRUSSELS).date()
TODAY = TODAY_DATE.isoformat()
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Redactie",
    "GIT_AUTHOR_EMAIL": "redactie@example.org",
    "GIT_COMMITTER_NAME": "Redactie",
    "GIT_COMMITTER_EMAIL": "redactie@example.org",
    "GIT_CONFIG_GLOBAL": "/dev/null",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def invoke(project: Path, *args: str, **env) -> subprocess.CompletedProcess:
    return run([*INVOKE, *args], project, **env)


@pytest.fixture
def project(tmp_path) -> Path:
    """A project with an empty content/ (conftest's fixture of that name needs src/ to exist)."""
    content = tmp_path / "src" / "content"
    content.mkdir(parents=True)
    return make_project(tmp_path, content)


# --- scaffolds ----------------------------------------------------------------------

# Where the page of each kind's scaffold "Café de Kroon" ends up; None when
# this branch builds no page for the kind (councils and editions get theirs
# from their own plugins).
SCAFFOLDS = {
    "evenement": ("evenementen/cafe-de-kroon.md", "/evenementen/cafe-de-kroon/"),
    "project": ("projecten/cafe-de-kroon-project.md", "/projecten/cafe-de-kroon-project/"),
    "besluit": ("besluiten/cafe-de-kroon-besluit.md", "/besluiten/cafe-de-kroon-besluit/"),
    "bericht": ("berichten/cafe-de-kroon-bericht.md", "/berichten/cafe-de-kroon-bericht/"),
    "pagina": ("paginas/cafe-de-kroon-pagina.md", "/cafe-de-kroon-pagina/"),
    "wijkkrant": ("wijkkrant/2026-q4.md", None),
    "raad": ("raden/cafe-de-kroon.yml", None),
}
TITLES = {
    "evenement": "Café de Kroon",
    "project": "Café de Kroon: project",
    "besluit": "Café de Kroon (besluit)",
    "bericht": "Café de Kroon — bericht",
    "pagina": "Café de Kroon, pagina",
    "wijkkrant": "Wijkkrant winter 2026",
    "raad": "Café de Kroon",
}


def test_kinds_of_scaffolds_are_the_schema_labels():
    assert set(SCAFFOLDS) == {kind.label for kind in schema.KINDS}


def test_every_scaffold_passes_the_check_and_builds(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    # The example site has a wijkkrant for this quarter; make room for a new one.
    (content / "wijkkrant" / "2026-q4.md").unlink()
    project = make_project(tmp_path, content)
    for label, (relative, _) in SCAFFOLDS.items():
        result = invoke(project, "new", label, TITLES[label])
        assert result.returncode == 0, result.stderr + result.stdout
        assert f"content/{relative}" in result.stdout
        text = (project / "content" / relative).read_text(encoding="utf-8")
        title_key = "name" if label == "raad" else "title"
        assert yaml.load(_front_matter(text, relative), Loader=FrontMatterLoader)[title_key] == TITLES[label]
        if label not in ("raad", "pagina"):
            assert f"\ndate: {TODAY}\n" in text
    checked = run([sys.executable, "-m", "site_build", "check", "content"], project)
    assert checked.returncode == 0, checked.stderr
    built = build(project)
    assert built.returncode == 0, built.stderr + built.stdout
    for label, (_, url) in SCAFFOLDS.items():
        if url:
            assert page(project / "output", url).h1.get_text(strip=True) == TITLES[label], label
    event = page(project / "output", "/evenementen/cafe-de-kroon/").get_text(" ", strip=True)
    assert make_filters({})["dutch_date"](TODAY_DATE) in event


def _front_matter(text: str, relative: str) -> str:
    if relative.endswith(".yml"):
        return text
    return text.split("---\n")[1]


def test_a_new_site_starts_with_a_council_and_a_post(tmp_path):
    """The maintainers' guide: empty content/, then `invoke new raad` and `invoke new bericht`."""
    (tmp_path / "src" / "content").mkdir(parents=True)
    project = make_project(tmp_path, tmp_path / "src" / "content")
    assert invoke(project, "new", "raad", "Wijkraad Heilig Hart").returncode == 0
    result = invoke(project, "new", "bericht", "Onze nieuwe website")
    assert result.returncode == 0, result.stderr
    text = (project / "content" / "berichten" / "onze-nieuwe-website.md").read_text(encoding="utf-8")
    # One council: the post need not name it; the key is offered as a comment.
    assert "# council: wijkraad-heilig-hart" in text
    built = build(project)
    assert built.returncode == 0, built.stderr + built.stdout
    assert page(project / "output", "/berichten/onze-nieuwe-website/").h1.get_text(strip=True) == (
        "Onze nieuwe website"
    )


def test_a_second_council_names_the_posts_that_must_name_theirs(project):
    write_tree(
        project,
        {
            "raden/sint-anna.yml": "name: Wijkraad Sint-Anna\n",
            "berichten/nieuws.md": "---\ntitle: Nieuws\ndate: 2026-11-01\n---\nTekst.\n",
        },
    )
    result = invoke(project, "new", "raad", "Molenveld")
    assert result.returncode == 0, result.stderr
    assert (project / "content" / "raden" / "molenveld.yml").is_file()
    assert "Let op: door content/raden/molenveld.yml moeten deze bestanden aangepast worden:" in result.stderr
    assert "content/berichten/nieuws.md: council: ontbreekt; deze site heeft meer dan één raad" in result.stderr


@pytest.mark.parametrize("kind", schema.KINDS, ids=lambda kind: kind.label)
def test_scaffold_lists_every_key_with_its_description(kind):
    facts = scaffold.SiteFacts(councils=("molenveld", "sint-anna"), projects=("buurtmoestuin",))
    text = scaffold.render(kind, "Buurtfeest", dt.date(2026, 11, 21), facts)
    lines = text.splitlines()
    for key in schema.keys_of(kind.model):
        written = [i for i, line in enumerate(lines) if re.match(rf"^(# )?{key.name}:", line)]
        assert len(written) == 1, key.name
        above = lines[written[0] - 1]
        assert above.startswith("# ") and key.description[:20].lower() in above.lower(), key.name
        if key.required:
            assert lines[written[0]].startswith(f"{key.name}:"), f"{key.name} is required: not commented"
        for choice in key.choices:
            assert choice in above, (key.name, choice)
    # On a site with two councils a post must name one: it is filled in, the others offered.
    if kind.is_article:
        assert "council: molenveld" in lines
        assert any("Kies uit: molenveld, sint-anna." in line for line in lines)


@pytest.mark.parametrize("kind", schema.KINDS, ids=lambda kind: kind.label)
def test_every_commented_example_is_a_valid_value(kind):
    """Uncomment every key of a scaffold: the schema accepts the file."""
    text = scaffold.render(kind, "Buurtfeest", dt.date(2026, 11, 21), scaffold.SiteFacts(("sint-anna",)))
    meta = _front_matter(text, kind.suffix)
    uncommented = []
    for line in meta.splitlines():
        if re.match(r"^# [a-z_]+:", line) or re.match(r"^#   ", line):
            line = line[2:]
        uncommented.append(line)
    data = yaml.load("\n".join(uncommented), Loader=FrontMatterLoader)
    assert set(data) == {key.name for key in schema.keys_of(kind.model)}
    kind.model.model_validate(data)  # raises on any invalid example


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Café de Kroon", "cafe-de-kroon"),
        ("Één dag: 't Hofke & co!", "een-dag-t-hofke-co"),
        ("Straße in Ĳzendijke", "strasse-in-ijzendijke"),
        ("  Naïeve   Œuvre  ", "naieve-oeuvre"),
        ("Jaar_verslag 2026", "jaar-verslag-2026"),
        ("- Vergadering -", "vergadering"),
    ],
)
def test_slug_folds_dutch_characters(title, slug):
    assert scaffold.slug_of(title) == slug


def test_long_titles_are_cut_at_a_word():
    title = "Uitnodiging voor de algemene vergadering van de wijkraad over de heraanleg van het park"
    slug = scaffold.slug_of(title)
    assert len(slug) <= scaffold.MAX_SLUG_LENGTH
    assert title.lower().replace(" ", "-").startswith(slug)


def test_a_title_without_letters_is_refused():
    with pytest.raises(scaffold.ScaffoldError, match="geen letters of cijfers"):
        scaffold.slug_of("!!! ???")


@pytest.mark.parametrize(
    "day, name",
    [
        (dt.date(2027, 1, 1), "2027-q1"),
        (dt.date(2027, 3, 31), "2027-q1"),
        (dt.date(2027, 4, 1), "2027-q2"),
        (dt.date(2027, 9, 30), "2027-q3"),
        (dt.date(2026, 12, 31), "2026-q4"),
    ],
)
def test_edition_is_named_after_its_quarter(day, name):
    assert scaffold.edition_name(day) == name


def test_scaffold_date_follows_source_date_epoch(project):
    # 1 April 2027, 09:00 in Brussels.
    epoch = str(int(dt.datetime(2027, 4, 1, 9, 0, tzinfo=BRUSSELS).timestamp()))
    result = run([*INVOKE, "new", "wijkkrant", "Wijkkrant lente 2027"], project, epoch=epoch)
    assert result.returncode == 0, result.stderr
    text = (project / "content" / "wijkkrant" / "2027-q2.md").read_text(encoding="utf-8")
    assert "\ndate: 2027-04-01\n" in text


def test_new_refuses_to_overwrite(project):
    assert invoke(project, "new", "evenement", "Café de Kroon").returncode == 0
    path = project / "content" / "evenementen" / "cafe-de-kroon.md"
    path.write_text(path.read_text(encoding="utf-8") + "Mijn eigen tekst.\n", encoding="utf-8")
    before = path.read_bytes()
    again = invoke(project, "new", "evenement", "Café de Kroon")
    assert again.returncode != 0
    assert "content/evenementen/cafe-de-kroon.md bestaat al; er is niets overschreven" in again.stderr
    assert path.read_bytes() == before


def test_new_refuses_a_slug_another_post_uses(tmp_path):
    project = make_project(tmp_path)
    result = invoke(project, "new", "bericht", "Wijkwandeling")
    assert result.returncode != 0
    assert "wordt ook gebruikt door content/evenementen/wijkwandeling.md" in result.stderr
    assert "Kies een andere titel" in result.stderr
    assert not (project / "content" / "berichten" / "wijkwandeling.md").exists()


def test_new_names_the_kinds_it_knows(project):
    result = invoke(project, "new", "nieuwsbrief", "Iets")
    assert result.returncode != 0
    assert "Onbekende soort 'nieuwsbrief'; kies uit: evenement, project, besluit, bericht, pagina, wijkkrant, raad." in result.stderr
    assert list((project / "content").rglob("*.md")) == []


# --- the tasks ---------------------------------------------------------------------


def test_invoke_lists_and_describes_the_workflow_tasks(project):
    listing = invoke(project, "--list")
    assert listing.returncode == 0, listing.stderr
    for name in ("new", "check", "build", "livereload", "publish", "gh-pages", "docs"):
        line = next((l for l in listing.stdout.splitlines() if l.strip().startswith(name + " ")), "")
        assert len(line.split(None, 1)) == 2, f"task {name} has no description: {listing.stdout}"
    helped = invoke(project, "--help", "gh-pages")
    assert "--remote" in helped.stdout and "--branch" in helped.stdout


# --- GitHub annotations --------------------------------------------------------------

ANNOTATION_RE = re.compile(r"^::error file=(?P<file>[^,]+),line=(?P<line>\d+),title=(?P<title>[^:]+)::(?P<message>.+)$")

BROKEN_DECISION = """\
---
title: Advies over de schoolstraat
date: 2025-06-12
meeting: 2025-06-10
outcome: aangenomen
follow_up:
  - date: 2025-06-20
    status: ingediend
  - date: 2025-07-01
    status: klaar
---
Tekst.
"""


def test_check_github_prints_annotations_on_the_right_lines(project):
    write_tree(
        project,
        {
            "raden/sint-anna.yml": "name: Wijkraad Sint-Anna\n",
            "besluiten/schoolstraat.md": BROKEN_DECISION,
            "berichten/feest.md": "---\ntitle: Feest: iedereen welkom\ndate: 2025-06-01\n---\nTekst.\n",
            "evenementen/markt.md": "---\ntitle: Markt\ndate: 2025-06-01\nstart: 2025-06-14\n---\nTekst.\n",
        },
    )
    result = run([sys.executable, "-m", "site_build", "check", "--github", "content"], project)
    assert result.returncode == 1
    found = [ANNOTATION_RE.match(line) for line in result.stdout.splitlines()]
    assert all(found), result.stdout
    by_file = {(m["file"], m["title"]): m for m in found}
    status = by_file[("content/besluiten/schoolstraat.md", "follow_up[2].status")]
    assert status["line"] == "10"  # the line "    status: klaar"
    assert "'klaar' is geen toegelaten waarde; kies uit: ingediend" in status["message"]
    yaml_error = by_file[("content/berichten/feest.md", "regel 2")]
    assert yaml_error["line"] == "2" and "de YAML klopt niet" in yaml_error["message"]
    missing = by_file[("content/evenementen/markt.md", "location")]
    assert missing["line"] == "1" and missing["message"] == "ontbreekt; deze sleutel is verplicht"
    # The readable report is still there for the log.
    assert "content/besluiten/schoolstraat.md: follow_up[2].status:" in result.stderr


def test_check_without_github_prints_no_annotations(project):
    write_tree(project, {"berichten/feest.md": "---\ntitle: Feest\n---\nTekst.\n"})
    result = run([sys.executable, "-m", "site_build", "check", "content"], project)
    assert result.returncode == 1 and "::error" not in result.stdout + result.stderr


def test_annotation_escapes_what_github_reads_as_syntax(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "x.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    problem = Problem("content/x.md", "links.Stad, Gent: info", "100% fout\nop twee regels")
    line = annotation(problem, tmp_path, cwd=tmp_path)
    assert line == "::error file=content/x.md,line=1,title=links.Stad%2C Gent%3A info::100%25 fout%0Aop twee regels"
    elsewhere = annotation(Problem("SOURCE_DATE_EPOCH", "omgeving", "geen getal"), tmp_path, cwd=tmp_path)
    assert elsewhere == "::error title=omgeving::SOURCE_DATE_EPOCH: geen getal"


def test_line_of_nested_keys():
    text = (ROOT / "content" / "raden" / "sint-anna.yml").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[line_of_key(text, "workgroups[2].end", is_markdown=False) - 1] == "    end: 2025-01-31"
    assert lines[line_of_key(text, "members[3].role", is_markdown=False) - 1] == "    role: penningmeester"
    assert lines[line_of_key(text, "contact.phone", is_markdown=False) - 1].strip().startswith("phone:")
    assert line_of_key(text, "no_such_key", is_markdown=False) is None


# --- publishing to a gh-pages branch ---------------------------------------------------


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


# --- the github_pages plugin ------------------------------------------------------------


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


# --- the GitHub Actions workflows ----------------------------------------------------------

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


def test_main_and_every_night_are_published_to_pages():
    workflow = _workflow("publiceren.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    (schedule,) = workflow["on"]["schedule"]
    minute, hour, *rest = schedule["cron"].split()
    assert rest == ["*", "*", "*"]
    # Just after midnight in Brussels, in winter (UTC+1) and in summer (UTC+2).
    for offset in (1, 2):
        assert 0 <= (int(hour) + offset) % 24 <= 2
    build_steps = workflow["jobs"]["build"]["steps"]
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


HOSTILE_VALUES = [
    "Buurtfeest\n::error file=x::gehackt",
    "Buurtfeest\r::set-output name=x::y",
    "##[error]gehackt",
    "Buurtfeest\u2028::warning::x",
]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_no_value_from_content_starts_a_workflow_command(tmp_path, capsys, value):
    """Every line the check prints, plain and as annotation, is safe in a CI log."""
    quoted = '"' + value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace('"', '\\"') + '"'
    content = write_tree(tmp_path, {
        "raden/sint-anna.yml": "name: Wijkraad Sint-Anna\n",
        "evenementen/feest.md": f"---\ntitle: Feest\ndate: 2025-06-01\nstart: 2025-06-14 14:00\nlocation: Park\n"
                                 f"registration: {quoted}\n---\nTekst.\n",
    })
    assert cli.check(content, github=True) == 1
    printed = capsys.readouterr()
    lines = (printed.out + printed.err).splitlines()
    commands = [line for line in lines if line.lstrip().startswith("::")]
    # Only our own annotations start with "::", one per problem, on one line.
    assert len(commands) == 1 and commands[0].startswith("::error file=")
    assert "gehackt" not in commands[0].split("::")[1]
    assert not any("##[" in line for line in lines)


# --- the guides ---------------------------------------------------------------------------


def test_the_guides_are_up_to_date_with_the_code():
    assert guide.update(ROOT, write=False) == [], "run `invoke docs`"


def test_the_docs_task_finds_a_guide_out_of_date(tmp_path):
    project = make_project(tmp_path)
    shutil.copytree(ROOT / "docs", project / "docs")
    assert invoke(project, "docs", "--check-only").returncode == 0
    guide_file = project / "docs" / "redactie.md"
    guide_file.write_text(guide_file.read_text(encoding="utf-8").replace("| `stage` | ja |", "| `stage` | nee |"), encoding="utf-8")
    stale = invoke(project, "docs", "--check-only")
    assert stale.returncode == 1 and "docs/redactie.md" in stale.stderr
    assert invoke(project, "docs").returncode == 0
    assert "| `stage` | ja |" in guide_file.read_text(encoding="utf-8")


def test_the_guides_are_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/redactie.md)" in readme and "(docs/beheer.md)" in readme


def test_editors_guide_shows_every_key_of_every_kind():
    text = (ROOT / "docs" / "redactie.md").read_text(encoding="utf-8")
    for kind in schema.KINDS:
        section = text.split(f"### {kind.label.capitalize()}\n", 1)[1].split("\n### ", 1)[0]
        for key in schema.keys_of(kind.model):
            assert f"| `{key.name}` | {'ja' if key.required else 'nee'} |" in section, (kind.label, key.name)


EXAMPLE_RE = re.compile(r"Bestand `content/(?P<path>[^`]+)`:\n\n\s*```\w*\n(?P<text>.*?)\n\s*```", re.DOTALL)


def test_the_examples_in_the_editors_guide_pass_the_check(tmp_path):
    text = (ROOT / "docs" / "redactie.md").read_text(encoding="utf-8")
    examples = []
    for match in EXAMPLE_RE.finditer(text):
        indent = re.match(r"\s*", text[text.rfind("\n", 0, match.start("text") - 1) + 1:]).group(0)
        body = "\n".join(line[len(indent):] if line.startswith(indent) else line for line in match["text"].split("\n"))
        examples.append((match["path"], body + "\n"))
    assert len(examples) >= 6
    assert {path.split("/")[0] for path, _ in examples} >= {"evenementen", "projecten", "besluiten", "berichten", "wijkkrant"}
    # Each example in turn, among the example site and the other examples.
    latest = dict(examples)
    for number, (path, body) in enumerate(examples):
        content = tmp_path / f"tree{number}" / "content"
        shutil.copytree(ROOT / "content", content)
        for other, other_body in {**latest, path: body}.items():
            (content / other).write_text(other_body, encoding="utf-8")
        problems = [p for p in load_tree(content).problems]
        assert problems == [], (path, body)


@pytest.mark.parametrize("kind", schema.KINDS, ids=lambda kind: kind.label)
def test_the_smallest_file_in_the_guide_passes_the_check(tmp_path, kind):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    name = "2025-q3" if kind.name == "edition" else "kleinste"
    (content / kind.folder / f"{name}{kind.suffix}").write_text(guide.smallest_file(kind), encoding="utf-8")
    assert load_tree(content).problems == []


# --- the catalogue of error messages ---------------------------------------------------------


@pytest.mark.parametrize("case", error_catalogue.CASES, ids=lambda case: case.title)
def test_each_error_case_gives_messages_about_its_own_files(case):
    problems = error_catalogue.problems_of(case)
    assert problems, case.title
    assert {problem.file for problem in problems} <= set(error_catalogue.shown_files(case))
    assert case.advice.strip()


def _templates() -> list[str]:
    """Every message the validator can give, as written in the code."""
    found: list[str] = []
    plugin = ROOT / "plugins" / "content_model"
    for schema_module in sorted((plugin / "schema").glob("*.py")):
        schema_tree = ast.parse(schema_module.read_text(encoding="utf-8"))
        for node in ast.walk(schema_tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_error":
                found.append(_pattern(node.args[1]))
    found += [re.escape(text) for text in set(messages.BUILTIN_MESSAGES.values())]
    for module in ("validation.py", "loading.py", "messages.py", "static_files.py", "embeds.py"):
        tree = ast.parse((plugin / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem" and len(node.args) >= 3:
                found += _patterns_of(node.args[2], tree)
            if isinstance(node, ast.Yield) and isinstance(node.value, ast.Tuple) and len(node.value.elts) == 3:
                found += _patterns_of(node.value.elts[2], tree)
            if isinstance(node, ast.FunctionDef) and node.name == "describe":
                found += [_pattern(n.value) for n in ast.walk(node) if isinstance(n, ast.Return) and isinstance(n.value, ast.JoinedStr)]
    return sorted({f for f in found if f})


def _patterns_of(node, tree) -> list[str]:
    if isinstance(node, ast.IfExp):
        return _patterns_of(node.body, tree) + _patterns_of(node.orelse, tree)
    if isinstance(node, ast.Name):
        values = [
            n.value for n in ast.walk(tree)
            if isinstance(n, ast.Assign) and any(getattr(t, "id", "") == node.id for t in n.targets)
        ]
        return [p for value in values for p in _patterns_of(value, tree)]
    if isinstance(node, (ast.Constant, ast.JoinedStr)):
        return [_pattern(node)]
    return []


def _pattern(node) -> str:
    """A regular expression for a message: placeholders match any text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.sub(r"\\\{\w+\\\}", ".+", re.escape(node.value))
    if isinstance(node, ast.JoinedStr):
        return "".join(
            re.escape(part.value) if isinstance(part, ast.Constant) else ".*"
            for part in node.values
        )
    return ""


def test_every_message_of_the_check_is_in_the_catalogue():
    # Messages the validator cannot give for a file, each with the reason.
    # No key of the schema is a yes/no value:
    assert not any(
        field.annotation is bool or field.annotation == bool | None
        for kind in schema.KINDS for field in kind.model.model_fields.values()
    )
    unreachable = {re.escape(messages.BUILTIN_MESSAGES["bool_type"])}
    # Front matter never holds datetimes (the loader keeps dates as text), so a
    # date with a time where a day is expected is "not a date" (date_format):
    assert not any(
        tag == "tag:yaml.org,2002:timestamp"
        for resolvers in FrontMatterLoader.yaml_implicit_resolvers.values() for tag, _ in resolvers
    )
    unreachable.add(_pattern(ast.Constant("moet een datum zonder uur zijn (JJJJ-MM-DD)")))
    # Reading a regular file fails only for a file that vanishes or loses its
    # permissions between the walk and the read; the tests run as root, whom
    # permission bits do not stop. test_safe_build reads a FIFO for the other.
    unreachable.add(_pattern(ast.Constant("kan niet gelezen worden")))
    unreachable.add(_pattern(ast.Constant("kan niet gelezen worden; laad het opnieuw op")))
    unreachable.add(_pattern(ast.Constant("is geen gewoon bestand; verwijder het")))
    unreachable.add(_pattern(ast.JoinedStr([ast.Constant("kan niet gelezen worden ("), ast.FormattedValue(ast.Name("x"), -1), ast.Constant(")")])))
    # The second line behind the check: only a file the check let through
    # could reach it (test_safe_build calls it directly).
    unreachable.add(_pattern(ast.Constant(
        "wordt niet gepubliceerd: het is geen bestand uit afbeeldingen/, bijlagen/ of "
        "extra/ van een toegelaten soort; kijk de links naar dit bestand na")))
    # Pillow refuses to describe pictures over about 180 million pixels; the
    # same message as for any picture over the limit (tested in test_safe_build).
    templates = _templates()
    assert len(templates) >= 40
    shown = [problem.reason for case in error_catalogue.CASES for problem in error_catalogue.problems_of(case)]
    missing = [t for t in templates if t not in unreachable and not any(re.fullmatch(t, reason) for reason in shown)]
    assert missing == [], "add a case to error_catalogue.py for: " + "; ".join(missing)
    # Why a path is refused is said in paths.py and shown inside the messages above.
    reasons = [
        _pattern(node.args[0]) for node in ast.walk(ast.parse((ROOT / "plugins/content_model/paths.py").read_text()))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "OutsideContent" and node.args
    ]
    assert len(reasons) >= 5
    untested = [reason for reason in reasons if not any(re.search(reason, text) for text in shown)]
    # A backslash or an empty name: shown by test_paths.
    assert len(untested) <= 2, untested


def test_the_catalogue_in_the_guide_shows_each_case_with_its_advice():
    text = (ROOT / "docs" / "redactie.md").read_text(encoding="utf-8")
    for case in error_catalogue.CASES:
        section = text.split(f"#### {case.title}\n", 1)[1].split("\n#### ", 1)[0]
        for problem in error_catalogue.problems_of(case):
            assert str(problem) in section
        assert f"**Wat doe je eraan?** {case.advice}" in section


@pytest.mark.parametrize("title", ["Café de Kroon: een avond", "'t Hofke viert feest", 'Zeg "ja" # nu', "100% buurt"])
def test_titles_that_need_quotes_are_written_in_double_quotes(title):
    kind = schema.KIND_BY_NAME["news"]
    text = scaffold.render(kind, title, dt.date(2026, 11, 21))
    line = next(line for line in text.splitlines() if line.startswith("title:"))
    assert yaml.load(line, Loader=FrontMatterLoader)["title"] == title
    assert "''" not in line
