"""content_model.text_checks: placeholders and what Word or a web page puts in the text."""

from __future__ import annotations

import pytest

from content_model.loading import load_yaml
from content_model.text_checks import front_matter_problems, placeholder, placeholder_problems

FILE = "content/berichten/x.md"


def lines(problems) -> list[str]:
    return [f"{p.key}: {p.reason}" for p in problems]


def test_a_placeholder_is_named_with_its_line_and_what_to_fill_in():
    text = f"---\ntitle: Feest\nstart: {placeholder('begin, bv. 2026-12-05 14:00')}\n---\n{placeholder('de tekst')}\n"
    assert lines(placeholder_problems(text, FILE)) == [
        "regel 3: nog in te vullen: begin, bv. 2026-12-05 14:00. Vervang «VUL IN …» door je eigen tekst",
        "regel 5: nog in te vullen: de tekst. Vervang «VUL IN …» door je eigen tekst",
    ]


def test_real_text_is_never_a_placeholder():
    assert placeholder_problems("Vul in: het formulier «nu» of ‘straks’, VUL IN wat je wil.\n", FILE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("council:\n\t- noord\n", "regel 2: begint met een tab"),
    ("title:\tFeest\n", "regel 1: heeft een tab na 'title:'"),
    ("date:\u00a02026-11-01\n", "regel 1: heeft een harde spatie (U+00A0"),
    ("follow_up:\n\u00a0 - date: 2026-11-01\n", "regel 2: heeft een harde spatie (U+00A0"),
    ("title: “Buurtfeest: welkom”\n", "regel 1: de waarde van 'title' staat tussen gekrulde aanhalingstekens (“ ”"),
    ("title: ‘Feest’\n", "regel 1: de waarde van 'title' staat tussen gekrulde aanhalingstekens (‘ ’"),
])
def test_what_yaml_would_misread_is_named_as_what_it_is(text, expected):
    (problem,) = front_matter_problems(text, FILE)
    assert f"{problem.key}: {problem.reason}".startswith(expected)


def test_curly_quotes_inside_a_value_are_good_typography():
    assert front_matter_problems("title: Het “nieuwe” plein\nsummary: ‘t Hofke\n", FILE) == []
    data, problems = load_yaml("title: Het “nieuwe” plein\n", FILE)
    assert problems == [] and data == {"title": "Het “nieuwe” plein"}


def test_the_curly_quote_message_gives_the_line_to_write_instead():
    (problem,) = front_matter_problems("title: “Buurtfeest: welkom”\n", FILE)
    assert problem.reason.endswith('title: "Buurtfeest: welkom"')


def test_load_yaml_names_a_tab_before_yaml_reads_it():
    """YAML would say "found character that cannot start any token", in English."""
    data, problems = load_yaml("title: Feest\ncouncil:\n\t- noord\n", FILE, first_line=2)
    assert data is None
    assert len(problems) == 1 and lines(problems)[0].startswith("regel 4: begint met een tab")
    assert "token" not in problems[0].reason


def test_a_no_break_space_is_reported_on_its_own_line():
    text = "title: Feest\ndate: 2026-11-01\ncouncil:\u00a0noord\nsummary: Kort\n"
    _, problems = load_yaml(text, FILE, first_line=2)
    assert [p.key for p in problems] == ["regel 4"]


def test_a_placeholder_in_a_group_of_keys_is_named_once(tmp_path):
    """The schema's own complaint about that value ("not a text") is left out, also for a key inside a group."""
    from conftest import write_tree
    from content_model.validation import load_tree
    from editor_tools.error_catalogue import BASE

    event = ("---\ntitle: Markt\ndate: 2025-06-01\ncouncil: sint-anna\nstart: 2025-06-14 14:00\nlocation:\n"
             "  name: «VUL IN de naam van de plaats, bv. Buurthuis De Kring»\n  address: [1, 2]\n---\nTekst.\n")
    tree = load_tree(write_tree(tmp_path, {**BASE, "evenementen/markt.md": event}))
    mine = [f"{p.key}: {p.reason}" for p in tree.problems if p.file.endswith("markt.md")]
    assert mine == ["regel 7: nog in te vullen: de naam van de plaats, bv. Buurthuis De Kring. Vervang «VUL IN …» door je eigen tekst"]
