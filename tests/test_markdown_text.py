"""content_model.markdown_text: the one Markdown pipeline for every text an editor writes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pelican.settings import read_settings

from content_model.markdown_text import PLAIN_TEXT_RE, MarkdownText

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def markdown_text():
    return MarkdownText(read_settings(str(ROOT / "pelicanconf.py")))


def test_plain_summaries_skip_markdown_with_the_same_result(markdown_text):
    """The shortcut for plain one-line summaries changes no output."""
    rng = random.Random(5)
    alphabet = "abcdeéëç XYZ 0123 .,;?!'\"()/%€@-*_[]<>&#|:`~+=\\{}"
    samples = [
        "Klink met de buren op het nieuwe jaar, met soep en muziek.",
        "Wat vind jij van een schoolstraat? Kom (gratis) naar 't forum!",
        "Een budget van 1250 euro - 50% van de stad.",
        "Café, crème brûlée en één 'ruilbeurs' @ De Kring",
        *("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(3000)),
    ]
    shortcut = 0
    for text in samples:
        text = text.strip()
        if not text:
            continue
        shortcut += bool(PLAIN_TEXT_RE.match(text))
        assert markdown_text.summary(text) == markdown_text.post_body(text), text
    # The shortcut is really taken (always for ordinary sentences), with the same HTML.
    assert all(PLAIN_TEXT_RE.match(text) for text in samples[:4])
    assert shortcut > 20


def test_a_body_links_to_files_through_pelican(markdown_text):
    html = markdown_text.post_body("Lees [de notulen](bijlagen/notulen.pdf) en ![plan](../afbeeldingen/plan.png)")
    assert 'href="{static}/bijlagen/notulen.pdf"' in html
    assert 'src="{static}/afbeeldingen/plan.png"' in html


def test_a_text_outside_pelican_links_to_files_below_the_site(markdown_text):
    """A council's description and a voorwoord are not read by Pelican: no {static} is left."""
    html = markdown_text.standalone("Zie [het plan](bijlagen/plan.pdf).", "https://wijk.example")
    assert 'href="https://wijk.example/bijlagen/plan.pdf"' in html
    assert "{static}" not in html


@pytest.mark.parametrize("method", ["post_body", "summary", "standalone"])
def test_every_text_is_sanitized(markdown_text, method):
    text = 'Hallo <script>alert(1)</script><img src="x" onerror="alert(2)"> [x](javascript:alert(3))'
    html = getattr(markdown_text, method)(*([text, ""] if method == "standalone" else [text]))
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html


def test_front_matter_is_never_read_as_markdown_metadata():
    """Pelican adds Markdown's "meta" extension to MARKDOWN; it would eat a body's first line."""
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    settings = {**settings, "MARKDOWN": {**settings["MARKDOWN"],
                "extensions": [*settings["MARKDOWN"]["extensions"], "markdown.extensions.meta"]}}
    html = MarkdownText(settings).post_body("Titel: geen metadata\n\nTweede alinea.")
    assert "Titel: geen metadata" in html
