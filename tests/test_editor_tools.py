"""Editor tooling (plugins/editor_tools): scaffolds and `invoke new`, GitHub annotations, the guides, the error catalogue."""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import sys
from zoneinfo import ZoneInfo

import pytest
import yaml

from conftest import EPOCH, INVOKE, ROOT, build, invoke, make_project, run, write_tree
from content_model import messages, schema
from content_model.loading import FrontMatterLoader, Problem
from content_model.validation import load_tree
from dutch_formats.filters import make_filters
from editor_tools import error_catalogue, guide, scaffold
from editor_tools.annotations import annotation, line_of_key
from pages import page
from site_build import cli

# The tests' "today" (conftest.EPOCH), as scaffolds write it and pages show it.
BRUSSELS = ZoneInfo("Europe/Brussels")  # the example site's TIMEZONE
TODAY_DATE = dt.datetime.fromtimestamp(int(EPOCH), BRUSSELS).date()
TODAY = TODAY_DATE.isoformat()


# --- scaffolds ----------------------------------------------------------------------------

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
    # Left as made, every file that still holds «VUL IN …» is refused, line by line ...
    checked = run([sys.executable, "-m", "site_build", "check", "content"], project)
    assert checked.returncode == 1
    for label, (relative, _) in SCAFFOLDS.items():
        text = (project / "content" / relative).read_text(encoding="utf-8")
        for number, line in enumerate(text.split("\n"), start=1):
            if "«VUL IN" in line:
                assert f"content/{relative}: regel {number}: nog in te vullen: " in checked.stderr, (relative, line)
    assert "Traceback" not in checked.stderr
    # ... and once an editor fills them in (here with the example they show), all is well.
    for label, (relative, _) in SCAFFOLDS.items():
        path = project / "content" / relative
        path.write_text(fill_in(path.read_text(encoding="utf-8")), encoding="utf-8")
    checked = run([sys.executable, "-m", "site_build", "check", "content"], project)
    assert checked.returncode == 0, checked.stderr
    built = build(project)
    assert built.returncode == 0, built.stderr + built.stdout
    for label, (_, url) in SCAFFOLDS.items():
        if url:
            assert page(project / "output", url).h1.get_text(strip=True) == TITLES[label], label
    event = page(project / "output", "/evenementen/cafe-de-kroon/").get_text(" ", strip=True)
    assert make_filters({})["dutch_date"](TODAY_DATE) in event


def fill_in(text: str) -> str:
    """What an editor does with «VUL IN …»: the example it shows, or their own text."""
    text = re.sub(r"«VUL IN [^»]*?, bv\. ([^»]*)»", r"\1", text)
    return re.sub(r"«VUL IN [^»]*»", "Een eigen tekst over wat er gebeurt.", text)


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
    # As the guide says: write the post's text in place of «VUL IN …».
    (project / "content" / "berichten" / "onze-nieuwe-website.md").write_text(fill_in(text), encoding="utf-8")
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
    keys = {key.name: key for key in schema.keys_of(kind.model)}
    assert set(data) == set(keys)
    # What the editor must fill in is a placeholder (the check refuses it);
    # the schema's own example stands in for it here.
    for name, value in data.items():
        if "«VUL IN" in str(value):
            assert keys[name].required, name
            data[name] = keys[name].examples[0]
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


def test_a_new_file_is_dated_today_in_the_sites_time_zone(tmp_path, monkeypatch, capsys):
    """At noon in Brussels it is already the next day in Auckland: a council there gets that day."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)  # Saturday 21 November 2026, 12:00 in Brussels
    for zone, day in (("Europe/Brussels", "2026-11-21"), ("Pacific/Auckland", "2026-11-22")):
        site = tmp_path / zone.replace("/", "-")
        content = write_tree(site, {"raden/noord.yml": "name: Wijkraad Noord\n"})
        settings = site / "pelicanconf.py"
        settings.write_text((ROOT / "pelicanconf.py").read_text(encoding="utf-8") + f"\nTIMEZONE = {zone!r}\n")
        assert cli.new(content, "bericht", "Nieuws", settings_file=settings) == 0, capsys.readouterr().err
        assert f"\ndate: {day}\n" in (content / "berichten" / "nieuws.md").read_text(encoding="utf-8")


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


@pytest.mark.parametrize("title", ["Café de Kroon: een avond", "'t Hofke viert feest", 'Zeg "ja" # nu', "100% buurt"])
def test_titles_that_need_quotes_are_written_in_double_quotes(title):
    kind = schema.KIND_BY_NAME["news"]
    text = scaffold.render(kind, title, dt.date(2026, 11, 21))
    line = next(line for line in text.splitlines() if line.startswith("title:"))
    assert yaml.load(line, Loader=FrontMatterLoader)["title"] == title
    assert "''" not in line


# --- GitHub annotations -------------------------------------------------------------------

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
    status = by_file[("content/besluiten/schoolstraat.md", "follow_up%2C nr. 2%2C status")]  # a comma is escaped in a property; GitHub shows it as ","
    assert status["line"] == "10"  # the line "    status: klaar"
    assert "'klaar' is geen toegelaten waarde; kies uit: ingediend" in status["message"]
    yaml_error = by_file[("content/berichten/feest.md", "regel 2")]
    assert yaml_error["line"] == "2" and "de sleutels bovenaan (YAML) kloppen niet" in yaml_error["message"]
    missing = by_file[("content/evenementen/markt.md", "location")]
    assert missing["line"] == "1" and missing["message"] == "ontbreekt; deze sleutel is verplicht"
    # The readable report is still there for the log.
    assert "content/besluiten/schoolstraat.md: follow_up, nr. 2, status:" in result.stderr


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
    assert lines[line_of_key(text, "workgroups, nr. 2, end", is_markdown=False) - 1] == "    end: 2025-01-31"
    assert lines[line_of_key(text, "members, nr. 3, role", is_markdown=False) - 1] == "    role: penningmeester"
    assert lines[line_of_key(text, "contact, phone", is_markdown=False) - 1].strip().startswith("phone:")
    assert line_of_key(text, "no_such_key", is_markdown=False) is None


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


# --- the catalogue of error messages ------------------------------------------------------


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
    modules = [plugin / name for name in ("validation.py", "loading.py", "messages.py", "embeds.py", "text_checks.py")]
    for module in [*modules, ROOT / "plugins" / "file_checks" / "static_files.py"]:
        tree = ast.parse(module.read_text(encoding="utf-8"))
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
