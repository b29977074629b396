"""content_model.embeds: pictures and embedded things in a text."""

from __future__ import annotations

import pytest

from content_model.embeds import embed_problems

FILE = "content/berichten/x.md"


@pytest.mark.parametrize(("body", "refused"), [
    ("![](afbeeldingen/x.jpg)", True),
    ("![  ](afbeeldingen/x.jpg)", True),
    ('<img src="afbeeldingen/x.jpg">', True),
    ('<img src="afbeeldingen/x.jpg" alt="">', True),
    ("![Buren planten bomen](afbeeldingen/x.jpg)", False),
    ('<img src="afbeeldingen/x.jpg" alt="Buren planten bomen">', False),
])
def test_a_picture_in_the_text_needs_a_description(body, refused):
    problems = embed_problems(body, FILE, lambda position: "regel 6")
    assert any("heeft geen beschrijving" in p.reason for p in problems) == refused
