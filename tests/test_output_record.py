"""output_record and site_rules.made_from: what each output file was made from.

The record is what an instant preview reads to render only what an edit
changed, so the test that matters edits a post, builds again and checks
that every file whose bytes changed is one the record links to that post.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import build, make_project

ROOT = Path(__file__).resolve().parent.parent


def built(project: Path) -> tuple[dict[str, bytes], dict]:
    result = build(project)
    assert result.returncode == 0, result.stderr + result.stdout
    output = project / "output"
    files = {str(p.relative_to(output)): p.read_bytes() for p in output.rglob("*") if p.is_file()}
    record = json.loads((project / "cache" / "made-from.json").read_text(encoding="utf-8"))
    return files, record["files"]


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> tuple[Path, dict[str, bytes], dict]:
    project = make_project(tmp_path_factory.mktemp("record"))
    files, record = built(project)
    return project, files, record


def test_every_published_file_says_what_it_was_made_from(example):
    project, files, record = example
    theme = {name for name in files if name.startswith("theme/")}  # the theme is a global input
    assert set(files) - theme == set(record)
    content = project / "content"
    for name, made_from in record.items():
        for source in made_from["content"]:
            assert (content / source).is_file(), (name, source)


def test_pages_name_their_own_content(example):
    _, _, record = example
    event = record["evenementen/buurtfeest-2027/index.html"]
    assert event == {"content": ["evenementen/buurtfeest-2027.md"], "lists": [], "reads_now": True}
    assert record["evenementen/buurtfeest-2027.ics"]["content"] == ["evenementen/buurtfeest-2027.md"]
    news = record["berichten/zwerfvuilactie/index.html"]
    assert "berichten/zwerfvuilactie.md" in news["content"] and not news["reads_now"]
    agenda = record["agenda/index.html"]
    assert agenda["lists"] == ["event"] and agenda["reads_now"]
    paper = record["wijkkrant/2026-q4.pdf"]
    assert "wijkkrant/2026-q4.md" in paper["content"] and "berichten/zwerfvuilactie.md" in paper["content"]
    assert any(source.startswith("afbeeldingen/") for source in paper["content"])  # the pictures it prints


@pytest.mark.parametrize(("source", "kind"), [("berichten/zwerfvuilactie.md", "news"), ("evenementen/buurtfeest-2027.md", "event")])
def test_an_edit_changes_only_files_the_record_links_to_it(example, tmp_path, source, kind):
    _, before, record = example
    project = make_project(tmp_path)
    path = project / "content" / source
    path.write_text(path.read_text(encoding="utf-8") + "\nEen zin die er pas bij kwam.\n", encoding="utf-8")
    after, _ = built(project)
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert changed, "the edit changed nothing"
    for name in changed:
        made_from = record[name]
        linked = source in made_from["content"] or kind in made_from["lists"] or "*" in made_from["lists"]
        assert linked, f"{name} changed but its record does not name {source}: {made_from}"
    # The post's own page is among them, and pages of other posts are not.
    assert any(source.rsplit("/", 1)[1].removesuffix(".md") in name for name in changed)
