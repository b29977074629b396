"""site_rules: the rules every plugin shares (pages, settings), each with one owner.

The contract between plugins has its own file (test_contract.py), and so do
the clock (test_clock.py) and the site's address (test_site_address.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pelican.settings import DEFAULT_CONFIG, read_settings

from conftest import ROOT, write_tree
from editor_tools.error_catalogue import BASE
from site_build import cli
from site_rules.pages import reserved_addresses, slug_of
from site_rules.settings import setting_reader

POST = "---\ntitle: {title}\ndate: 2025-06-01\ncouncil: sint-anna\n---\nTekst.\n"
PAGE = "---\ntitle: {title}\n---\nTekst.\n"


def checked(tmp_path: Path, files: dict, capsys, *settings: str) -> tuple[int, str]:
    """`invoke check` in process, with pelicanconf.py plus ``settings`` lines: a council's own settings."""
    content = write_tree(tmp_path, {**BASE, **files})
    settings_file = tmp_path / "pelicanconf.py"
    lines = [(ROOT / "pelicanconf.py").read_text(encoding="utf-8"), *settings]
    settings_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status = cli.check(content, settings_file=settings_file)
    printed = capsys.readouterr()
    return status, printed.out + printed.err


# --- addresses the build writes itself ------------------------------------------------------------


def test_reserved_addresses_come_from_the_address_settings():
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    reserved = reserved_addresses(settings)
    # Pelican's (ARCHIVES_URL, TAG_URL) and the plugins' (events, feeds, councils, wijkkrant) ...
    assert {"archief", "themas", "agenda", "feeds", "volg-ons", "raden", "wijkkrant", "theme"} <= reserved
    # ... but not addresses that are never written (drafts, authors: their SAVE_AS is empty).
    assert "drafts" not in reserved and "author" not in reserved


def test_a_site_that_moves_its_agenda_reserves_the_new_address(tmp_path, capsys):
    files = {"paginas/activiteiten.md": PAGE.format(title="Activiteiten")}
    status, text = checked(tmp_path / "default", files, capsys)
    assert status == 0, text
    status, text = checked(tmp_path / "moved", files, capsys, 'AGENDA_URL = "activiteiten/"')
    assert status == 1
    assert "content/paginas/activiteiten.md: slug: 'activiteiten' is al een adres van de site" in text


# --- slugs ------------------------------------------------------------------------------------------


def test_slugs_are_made_as_pelican_makes_them():
    assert slug_of("Café de Kroon") == "cafe-de-kroon"
    assert slug_of("Buurt_feest") == "buurt_feest"
    settings = {**DEFAULT_CONFIG, "SLUG_REGEX_SUBSTITUTIONS": [("_", "-"), *DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]]}
    assert slug_of("Buurt_feest", settings) == "buurt-feest"
    assert slug_of("Buurt_feest", {**DEFAULT_CONFIG, "SLUGIFY_PRESERVE_CASE": True}) == "Buurt_feest"


def test_the_check_predicts_slugs_with_the_sites_own_settings(tmp_path, capsys):
    """With `_` made into `-`, two posts would be written to one address: the check says so."""
    files = {"berichten/buurt_feest.md": POST.format(title="Eén"), "berichten/buurt-feest.md": POST.format(title="Twee")}
    status, text = checked(tmp_path / "default", files, capsys)
    assert status == 0, text
    dashes = "SLUG_REGEX_SUBSTITUTIONS = [('_', '-'), *SLUG_REGEX_SUBSTITUTIONS]"
    status, text = checked(tmp_path / "dashes", files, capsys, "from pelican.settings import DEFAULT_CONFIG", 
                           "SLUG_REGEX_SUBSTITUTIONS = DEFAULT_CONFIG['SLUG_REGEX_SUBSTITUTIONS']", dashes)
    assert status == 1
    assert "content/berichten/buurt_feest.md: slug: het adres 'buurt-feest' (uit de bestandsnaam of slug:) wordt ook gebruikt door content/berichten/buurt-feest.md" in text


# --- settings ---------------------------------------------------------------------------------------


def test_a_setting_is_the_sites_value_else_the_default():
    get = setting_reader({"COUNT": 3, "URL": "agenda/"})
    assert get({}, "COUNT") == 3
    assert get({"COUNT": 5}, "COUNT") == 5
    assert get({"URL": None}, "URL") is None
    with pytest.raises(KeyError):
        get({}, "UNKNOWN")  # a name the plugin does not declare is a mistake in the plugin


def test_none_can_mean_the_default():
    get = setting_reader({"THEME_COLORS": {"accent": "#123456"}}, none_is_default=True)
    assert get({"THEME_COLORS": None}, "THEME_COLORS") == {"accent": "#123456"}
