"""The content model: every broken file is named with its key, nothing half-published."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from conftest import ROOT, build, check_command, make_project, run, write_tree
from content_model.schema import KINDS, keys_of
from content_model.validation import load_tree
from editor_tools.error_catalogue import BASE, CASES, EXPECTED, write_case
from pages import page
from site_build import cli


def _project(tmp_path: Path, files: dict) -> Path:
    content = write_tree(tmp_path / "src", {**BASE, **files})
    return make_project(tmp_path, content)


def _case_project(tmp_path: Path, case) -> Path:
    return make_project(tmp_path, write_case(case, tmp_path / "src"))


def test_every_catalogued_mistake_has_an_expected_message():
    assert set(EXPECTED) == {case.title for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.title)
def test_check_names_file_key_and_reason(tmp_path, capsys, case):
    """`invoke check` on each broken example: exit 1, the file, the key, the reason.

    In process: the same function `invoke check` calls, without a process per case.
    """
    file, key, reason = EXPECTED[case.title]
    assert cli.check(write_case(case, tmp_path)) == 1
    result = capsys.readouterr()
    expected = f"content/{file}: {key}: "
    lines = [line.strip() for line in result.err.splitlines()]
    matching = [line for line in lines if line.startswith(expected)]
    assert matching, f"no line starts with {expected!r}:\n{result.err}"
    assert any(reason in line for line in matching), result.err
    assert "Traceback" not in result.err + result.out


@pytest.mark.parametrize("title", [
    "De YAML klopt niet (meestal een dubbelpunt in de tekst)",
    "Een datum die niet bestaat",
    "Het einde ligt vóór het begin",
    "Het bestand is niet als UTF-8 opgeslagen",
    "Een raad die niet bestaat",
])
def test_build_stops_on_content_errors_without_traceback(tmp_path, title):
    case = next(c for c in CASES if c.title == title)
    file, key, _ = EXPECTED[title]
    project = _case_project(tmp_path, case)
    result = build(project)
    assert result.returncode == 1
    assert f"content/{file}: {key}: " in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (project / "output").exists()


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    cases, files = [], {}
    for case in CASES:
        if not case.links and not case.sizes and not set(case.files) & set(files):
            cases.append(case)
            files.update(case.files)
    assert len(cases) >= 6
    project = _project(tmp_path, files)
    result = check_command(project)
    assert result.returncode == 1
    for case in cases:
        file, key, _ = EXPECTED[case.title]
        assert f"content/{file}: {key}: " in result.stderr


def test_valid_tree_passes_and_byte_order_mark_is_fine(tmp_path):
    bom_post = "\ufeff---\ntitle: Met BOM\ndate: 2025-05-01\ncouncil: sint-anna\n---\nTekst\n"
    project = _project(tmp_path, {"berichten/bom.md": bom_post.encode("utf-8")})
    result = check_command(project)
    assert result.returncode == 0, result.stderr
    assert "Alles in orde" in result.stdout
    assert build(project).returncode == 0
    assert page(project / "output", "/berichten/bom/").h1.get_text() == "Met BOM"


def test_example_content_is_valid_and_the_check_only_reads(tmp_path):
    tree = load_tree(ROOT / "content")
    assert tree.problems == []
    project = make_project(tmp_path)
    before = _tree_digest(project)
    result = run([sys.executable, "-m", "site_build", "check", "content"], project)
    assert result.returncode == 0, result.stderr
    # It read every file of the example site and says so ...
    assert result.stdout.startswith(f"Alles in orde: {len(tree.files)} bestanden nagekeken in "), result.stdout
    assert result.stderr == ""
    # ... and built nothing: no output/, no file written or changed (why `invoke check` is quick).
    after = _tree_digest(project)
    assert {name: digest for name, digest in after.items() if "__pycache__" not in name} == {
        name: digest for name, digest in before.items() if "__pycache__" not in name
    }


def _keys_used(value, prefix="") -> set[str]:
    keys = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            keys.add(prefix + str(key))
            keys |= _keys_used(inner, prefix + str(key) + ".")
    elif isinstance(value, list):
        for item in value:
            keys |= _keys_used(item, prefix)
    return keys


def _keys_declared(model, prefix="") -> set[str]:
    keys = set()
    for name, field in model.model_fields.items():
        keys.add(prefix + name)
        annotation = field.annotation
        for candidate in (annotation, *getattr(annotation, "__args__", ())):
            inner = getattr(candidate, "__args__", (candidate,))
            for part in (candidate, *inner):
                if isinstance(part, type) and hasattr(part, "model_fields"):
                    keys |= _keys_declared(part, prefix + name + ".")
    return keys


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_example_content_uses_every_key_of_the_contract(kind):
    """Keys every post has count once over all posts; the rest per kind."""
    tree = load_tree(ROOT / "content")
    used = set().union(*(_keys_used(f.raw) for f in tree.of_kind(kind.name)))
    declared = _keys_declared(kind.model)
    if kind.is_article:
        used |= set().union(*(_keys_used(f.raw) for f in tree.articles))
    missing = declared - used
    assert missing == set(), f"no example {kind.label} uses {sorted(missing)}"


def test_schema_keys_have_dutch_descriptions():
    for kind in KINDS:
        for key in keys_of(kind.model):
            assert key.description, f"{kind.name}.{key.name} has no description"


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_failed_build_leaves_previous_output_untouched(tmp_path):
    project = _project(tmp_path, {"berichten/feest.md": "---\ntitle: Feest\ndate: 2025-05-01\ncouncil: sint-anna\n---\nTekst\n"})
    assert build(project).returncode == 0
    before = _tree_digest(project / "output")
    (project / "content" / "berichten" / "feest.md").write_text(
        "---\ntitle: Feest\ndate: 2025-05-32\ncouncil: sint-anna\n---\nGewijzigd\n", encoding="utf-8"
    )
    (project / "content" / "berichten" / "nieuw.md").write_text(
        "---\ntitle: Nieuw\ndate: 2025-05-02\ncouncil: sint-anna\n---\nNieuw\n", encoding="utf-8"
    )
    result = build(project)
    assert result.returncode == 1
    assert _tree_digest(project / "output") == before


def test_failure_while_writing_leaves_previous_output_untouched(tmp_path):
    """Also a crash after validation (here: a broken template) publishes nothing."""
    project = _project(tmp_path, {})
    assert build(project).returncode == 0
    before = _tree_digest(project / "output")
    (project / "theme" / "templates" / "page.html").write_text("{% extends 'base.html' %}{% block content %}{{ 1/0 }}{% endblock %}")
    (project / "content" / "paginas").mkdir()
    (project / "content" / "paginas" / "over.md").write_text("---\ntitle: Over\n---\nTekst\n")
    assert build(project).returncode != 0
    assert _tree_digest(project / "output") == before


def test_same_epoch_gives_byte_identical_output(tmp_path):
    first = make_project(tmp_path / "a")
    second = make_project(tmp_path / "b")
    assert build(first).returncode == 0
    assert build(second).returncode == 0
    assert _tree_digest(first / "output") == _tree_digest(second / "output")


def test_invalid_source_date_epoch_is_a_clear_error(tmp_path):
    project = _project(tmp_path, {})
    result = build(project, epoch="gisteren")
    assert result.returncode == 1
    assert "SOURCE_DATE_EPOCH" in result.stderr and "Traceback" not in result.stderr


def test_html_in_titles_and_script_in_bodies_are_refused(tmp_path, capsys):
    post = (
        "---\ntitle: <script>alert(1)</script>\ndate: 2025-05-01\ncouncil: sint-anna\n---\n"
        "Hallo <script>alert(3)</script>\n"
    )
    content = write_tree(tmp_path, {**BASE, "berichten/xss.md": post})
    assert cli.check(content) == 1
    err = capsys.readouterr().err
    assert "content/berichten/xss.md: title: bevat HTML-code" in err
    assert "content/berichten/xss.md: regel 6: <script> is code" in err


def test_what_the_check_allows_is_still_sanitized(tmp_path):
    post = (
        "---\ntitle: Tekst met code\ndate: 2025-05-01\ncouncil: sint-anna\n"
        "summary: <b onmouseover=alert(2)>kort</b>\n---\n"
        '<a href="javascript:alert(4)">klik</a> <img src="afbeeldingen/buurtfeest.jpg" alt="foto" onerror="alert(5)">\n'
        '<p onclick="alert(6)" style="color:red">tekst</p>\n'
    )
    project = _project(tmp_path, {"berichten/xss.md": post})
    result = build(project)
    assert result.returncode == 0, result.stderr
    for html_file in (project / "output").rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        assert "alert(" not in html, html_file
        assert "onerror" not in html and "onclick" not in html and "javascript:" not in html, html_file
    soup = page(project / "output", "/berichten/xss/")
    # The picture is still shown (from the pictures plugin's variants of it), with its alt text.
    img = soup.select_one(".post__body img")
    assert img["src"].startswith("/afbeeldingen/formaten/buurtfeest") and img["alt"] == "foto"
    assert (project / "output" / img["src"].lstrip("/")).is_file()


def test_a_five_megabyte_post_is_refused_at_once_and_a_long_one_builds(tmp_path, capsys):
    paragraph = "De buurt vergaderde over bomen, stoepen en het buurtfeest. " * 20 + "\n\n"
    huge = paragraph * (5 * 1024 * 1024 // len(paragraph) + 1)
    long = paragraph * (150_000 // len(paragraph))
    head = "---\ntitle: Groot\ndate: 2025-05-01\ncouncil: sint-anna\n---\n"
    content = write_tree(tmp_path / "huge", {**BASE, "berichten/groot.md": head + huge})
    assert cli.check(content) == 1
    assert "content/berichten/groot.md: bestand: is 5" in capsys.readouterr().err
    project = _project(tmp_path / "long", {"berichten/lang.md": head.replace("Groot", "Lang") + long})
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert (project / "output" / "berichten" / "lang" / "index.html").stat().st_size > 140_000


def test_posts_know_their_council_and_project_objects(tmp_path):
    import pelican
    from pelican.settings import read_settings

    project = make_project(tmp_path)
    settings = read_settings(str(project / "pelicanconf.py"), override={
        "PATH": str(project / "content"), "OUTPUT_PATH": str(tmp_path / "out"),
    })
    seen = {}

    def capture(generator):
        for article in generator.articles:
            seen[article.slug] = article

    from pelican import signals
    signals.article_generator_finalized.connect(capture)
    try:
        pelican.Pelican(settings).run()
    finally:
        signals.article_generator_finalized.disconnect(capture)
    forum = seen["open-forum-december"]
    assert [c.name for c in forum.councils] == ["Wijkraad Sint-Anna", "Buurtcomité Molenveld"]
    assert forum.councils[0].url == "raden/sint-anna/"
    assert forum.project.title == "Schoolstraat aan de basisschool"
    assert seen["parkeerverbod"].project is None


def test_unchanged_files_keep_their_time_after_a_rebuild(tmp_path):
    """rsync and a preview's live reload see only the files that really changed."""
    project = make_project(tmp_path)
    assert build(project).returncode == 0
    output = project / "output"
    times = {p: p.stat().st_mtime_ns for p in output.rglob("*") if p.is_file()}
    post = project / "content" / "paginas" / "over-ons.md"
    post.write_text(post.read_text(encoding="utf-8") + "\nEen zin erbij.\n", encoding="utf-8")
    assert build(project).returncode == 0
    changed = {p.relative_to(output).as_posix() for p, t in times.items() if p.stat().st_mtime_ns != t}
    assert "over-ons/index.html" in changed
    assert "index.html" not in changed and "berichten/zwerfvuilactie/index.html" not in changed
    assert len(changed) < len(times) / 10
