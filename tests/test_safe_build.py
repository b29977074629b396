"""A stranger's pull request cannot publish what is not in content/, run code, or break the build.

Each test writes a hostile content tree (or settings) as a contributor could,
and checks what `invoke check` and `invoke build` do with it, as an editor or
a maintainer meets it: one Dutch line naming the file and what to do, a
non-zero exit, no traceback, nothing from outside content/ in the site and
nothing written outside output/, and output/ still the last whole site.

The output transaction itself (lock, atomic swap, kill -9, full disk) is
tested in test_site_build.py; here it is driven through the real build.
"""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from conftest import EPOCH, ROOT, build, check_command, make_project, run, write_tree
from content_model.loading import load_yaml
from editor_tools.error_catalogue import BASE, picture
from file_checks.static_files import unpublishable_static_files
from pages import page
from site_build import cli
from site_rules.sanitize import clean_html

POST = "---\ntitle: {title}\ndate: 2025-06-01\ncouncil: sint-anna\n---\n{body}\n"


def post(body: str, title: str = "Bericht") -> str:
    return POST.format(title=title, body=body)


def checked(tmp_path: Path, files: dict, capsys) -> tuple[int, str]:
    """`invoke check` in process on BASE plus ``files``: (exit status, everything printed).

    With the project's settings, as `invoke check` reads them (addresses such
    as "archief/" and "themas/" are set there).
    """
    content = write_tree(tmp_path, {**BASE, **files})
    status = cli.check(content, settings_file=ROOT / "pelicanconf.py")
    printed = capsys.readouterr()
    text = printed.out + printed.err
    assert "Traceback" not in text
    return status, text


def tree_listing(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def site_digest(output: Path) -> dict[str, bytes]:
    return {str(p.relative_to(output)): p.read_bytes() for p in output.rglob("*") if p.is_file()}


@pytest.fixture
def built_project(tmp_path) -> Path:
    """A project built once from BASE content: its output/ is the 'live' site."""
    project = make_project(tmp_path, write_tree(tmp_path / "src", {**BASE, "berichten/welkom.md": post("Welkom.")}))
    result = build(project)
    assert result.returncode == 0, result.stderr
    return project


def rebuild_with(project: Path, files: dict[str, str | bytes]) -> subprocess.CompletedProcess:
    for relative, data in files.items():
        path = project / "content" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, encoding="utf-8")
    return build(project)


# --- paths an editor writes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "[bijlage]({attach}/../../../../../../etc/passwd)",
        "[omgeving]({attach}/../../../../../../proc/self/environ)",
        "[git]({static}/../.git/config)",
        "[buur]({static}/../../buurman.txt)",
        "[gecodeerd]({attach}%2e%2e/%2e%2e/%2e%2e/etc/passwd)",
        "[ref]\n\n[ref]: {attach}../../../etc/passwd",
        '<a href="{static}/../pelicanconf.py">instellingen</a>',
        "[pipe](|static|/../../etc/hostname)",
    ],
)
def test_links_outside_content_are_refused_and_nothing_leaves_the_machine(built_project, link):
    project = built_project
    (project.parent / "buurman.txt").write_text("geheim van de buurman\n")
    before = site_digest(project / "output")
    outside = tree_listing(project.parent)
    result = rebuild_with(project, {"berichten/lek.md": post(link)})
    assert result.returncode == 1
    assert "content/berichten/lek.md: regel" in result.stderr
    assert any(reason in result.stderr for reason in ("ligt buiten content/", "staat niet in", "verkeerd geschreven"))
    assert "Traceback" not in result.stderr + result.stdout
    # The live site is untouched and nothing was written beside the project.
    assert site_digest(project / "output") == before
    written = {name for name in tree_listing(project.parent) - outside if not name.startswith("project/content/")}
    assert written <= {"project/output.lock"}


def test_a_link_to_a_static_file_inside_content_still_works(built_project):
    result = rebuild_with(project := built_project, {
        "bijlagen/verslag.pdf": b"%PDF-1.4\n%%EOF\n",
        "bijlagen/bijlage.pdf": b"%PDF-1.4\n%%EOF\n",
        "berichten/verslag.md": post("[verslag](bijlagen/verslag.pdf) en [bijlage]({attach}../bijlagen/bijlage.pdf)"),
    })
    assert result.returncode == 0, result.stderr
    links = [a["href"] for a in page(project / "output", "/berichten/verslag/").select(".post__body a")]
    assert links == ["/bijlagen/verslag.pdf", "/berichten/verslag/bijlage.pdf"]
    assert (project / "output" / "berichten" / "verslag" / "bijlage.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("value", ["../../../etc/passwd", "/etc/passwd", "afbeeldingen/../../pelicanconf.py"])
def test_image_and_cover_outside_content_are_refused(tmp_path, capsys, value):
    status, text = checked(tmp_path, {
        "berichten/foto.md": f"---\ntitle: Foto\ndate: 2025-06-01\ncouncil: sint-anna\nimage: {value}\nimage_alt: x\n---\nTekst.\n",
        "wijkkrant/2025-q3.md": "---\ntitle: Zomer\ndate: 2025-07-01\npublisher:\n  name: A\n  address: B\n"
                                f"cover: {value}\ncover_alt: x\n---\nBeste buren,\n",
    }, capsys)
    assert status == 1
    assert "content/berichten/foto.md: image: het bestand" in text
    assert "content/wijkkrant/2025-q3.md: cover: het bestand" in text


def test_symlinks_in_content_are_refused_files_and_folders(built_project):
    project = built_project
    content = project / "content"
    (content / "bijlagen").mkdir(exist_ok=True)
    os.symlink("/etc/passwd", content / "bijlagen" / "wachtwoorden.txt")
    os.symlink("/etc", content / "afbeeldingen" / "systeem")
    os.symlink(project / "content" / "afbeeldingen" / "buurtfeest.jpg", content / "afbeeldingen" / "kopie.jpg")
    before = site_digest(project / "output")
    result = build(project)
    assert result.returncode == 1
    for name in ("bijlagen/wachtwoorden.txt", "afbeeldingen/systeem", "afbeeldingen/kopie.jpg"):
        assert f"content/{name}: bestand: is een snelkoppeling" in result.stderr
    assert site_digest(project / "output") == before


def test_a_fifo_is_named_and_does_not_hang_the_check(tmp_path, capsys):
    content = write_tree(tmp_path, dict(BASE))
    (content / "bijlagen").mkdir()
    os.mkfifo(content / "bijlagen" / "pijp.pdf")
    assert cli.check(content) == 1
    assert "content/bijlagen/pijp.pdf: bestand: is geen gewoon bestand" in capsys.readouterr().err


def test_the_static_copy_is_guarded_behind_the_check(tmp_path):
    """Should a file slip past the check, the copy step still refuses it."""
    content = write_tree(tmp_path, {"afbeeldingen/ok.png": picture(format="PNG"), "bijlagen/x.html": "<p>x</p>"})
    os.symlink("/etc/passwd", content / "afbeeldingen" / "link.png")

    class Static:  # what the guard reads of Pelican's Static objects
        def __init__(self, path):
            self.source_path = os.path.abspath(path)

    statics = [Static(content / "afbeeldingen/ok.png"), Static(content / "bijlagen/x.html"),
               Static(content / "afbeeldingen/link.png"), Static(content / "../../../etc/passwd")]
    refused = [problem.file for problem in unpublishable_static_files(statics, content)]
    assert refused[:2] == ["content/bijlagen/x.html", "content/afbeeldingen/link.png"]
    assert refused[2].startswith("content/../") and refused[2].endswith("etc/passwd")


# --- nothing active, nothing foreign ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("bijlagen/pagina.html", "<script>alert(1)</script>", "hoort niet in bijlagen/"),
        ("afbeeldingen/pagina.htm", "<script>alert(1)</script>", "hoort niet in afbeeldingen/"),
        ("extra/script.js", "alert(1)", "hoort niet in extra/"),
        ("bijlagen/zonder-extensie", "x", "zonder extensie"),
        ("afbeeldingen/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "<script>"),
        ("afbeeldingen/a.svg", '<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="x()"/></svg>', "onclick"),
        ("afbeeldingen/b.svg", '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>', "<foreignObject>"),
        ("afbeeldingen/c.svg", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
                               '<image xlink:href="https://tracker.example/p.png"/></svg>', "andere website"),
        ("afbeeldingen/d.svg", '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css);</style></svg>', "<style>"),
        ("afbeeldingen/e.svg", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                               '<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>', "DOCTYPE"),
        ("afbeeldingen/f.svg", '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>', "javascript"),
        ("afbeeldingen/g.svg", '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" to="javascript:alert(1)"/></svg>', "link verandert"),
        ("afbeeldingen/foto.jpg", "<html>geen foto</html>", "is geen afbeelding"),
        ("bijlagen/verslag.pdf", "<html>geen pdf</html>", "geen PDF-bestand"),
        ("bijlagen/verslag.docx", "<html>geen docx</html>", "geen DOCX-bestand"),
    ],
)
def test_active_or_disguised_static_files_are_refused(tmp_path, capsys, name, data, reason):
    status, text = checked(tmp_path, {name: data}, capsys)
    assert status == 1
    line = next(line for line in text.splitlines() if f"content/{name}: bestand:" in line)
    assert reason in line


def test_a_clean_drawing_passes(tmp_path, capsys):
    drawing = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">'
               '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/>'
               '<use xlink:href="#g"/></svg>')
    status, text = checked(tmp_path, {"afbeeldingen/logo.svg": drawing}, capsys)
    assert status == 0, text


@pytest.mark.parametrize(
    "body",
    [
        "![pixel](https://tracker.example/p.gif)",
        "![pixel](//tracker.example/p.gif)",
        '<img src="https://tracker.example/p.gif" alt="">',
        "![pixel][p]\n\n[p]: https://tracker.example/p.gif",
        '<video src="https://tracker.example/v.mp4"></video>',
        '<iframe src="https://maps.example/embed"></iframe>',
        '<audio src="https://tracker.example/a.mp3"></audio>',
    ],
)
def test_pictures_and_embeds_from_other_hosts_are_refused(tmp_path, capsys, body):
    status, text = checked(tmp_path, {"berichten/pixel.md": post(body)}, capsys)
    assert status == 1
    assert "content/berichten/pixel.md: regel 6:" in text
    assert "afbeeldingen" in text or "gewone link" in text


def test_links_to_other_sites_and_code_examples_stay_allowed(tmp_path, capsys):
    body = ("Zie [de stad](https://www.example.org/stad) en <https://www.example.org>.\n\n"
            "Code: `<iframe src=\"https://x\">` en\n\n```\n![x](https://x.example/y.png)\n```")
    status, text = checked(tmp_path, {"berichten/links.md": post(body)}, capsys)
    assert status == 0, text


def test_the_sanitizer_drops_foreign_pictures_should_one_get_past_the_check():
    html = clean_html('<p><img src="https://tracker.example/p.gif" alt="a"><img src="/afbeeldingen/x.jpg" alt="b"></p>')
    assert "tracker.example" not in html
    assert 'src="/afbeeldingen/x.jpg"' in html


def test_summary_and_council_description_are_checked_like_bodies(tmp_path, capsys):
    status, text = checked(tmp_path, {
        "berichten/kort.md": "---\ntitle: Kort\ndate: 2025-06-01\ncouncil: sint-anna\n"
                             "summary: \"![x](https://tracker.example/p.gif)\"\n---\nTekst.\n",
        "raden/sint-anna.yml": "name: Wijkraad Sint-Anna\ndescription: \"<iframe src='https://x.example'></iframe>\"\n",
    }, capsys)
    assert status == 1
    assert "content/berichten/kort.md: summary: deze afbeelding komt van een andere website" in text
    assert "content/raden/sint-anna.yml: description: <iframe>" in text


@pytest.mark.parametrize("value", ["javascript:alert(1)@example.org", "info@example.org?bcc=iedereen@example.org",
                                   "info@example.org&body=hallo", "info@example.org\nbcc: x@example.org"])
def test_email_addresses_carry_nothing_along(tmp_path, capsys, value):
    quoted = '"' + value.replace("\n", "\\n") + '"'
    status, text = checked(tmp_path, {"raden/sint-anna.yml": f"name: Wijkraad Sint-Anna\nemail: {quoted}\n"}, capsys)
    assert status == 1
    assert "content/raden/sint-anna.yml: email: " in text and "geen e-mailadres" in text


def test_a_council_name_with_markup_is_refused(tmp_path, capsys):
    status, text = checked(tmp_path, {"raden/sint-anna.yml": "name: \"<b>Wijkraad</b> Sint-Anna\"\n"}, capsys)
    assert status == 1
    assert "content/raden/sint-anna.yml: name: bevat HTML-code" in text


# --- YAML that attacks the parser ------------------------------------------------------------

ALIAS_BOMB = "\n".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(9)),
        "title: Bom",
    ]
)


# Runs `python -m site_build` and, at exit, writes the process's own peak
# memory (VmHWM: the high-water mark of the program after exec). The kernel's
# ru_maxrss would also count the pages of the pytest process it was started
# from, which grows with the tests before it.
PEAK_WRAPPER = """
import atexit, os, runpy, sys
def peak():
    with open("/proc/self/status") as status, open(os.environ["PEAK_FILE"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(peak)
sys.argv = ["site_build", *sys.argv[1:]]
runpy.run_module("site_build", run_name="__main__", alter_sys=True)
"""


def _check_in_child(project: Path) -> tuple[subprocess.CompletedProcess, float]:
    """`invoke check` in its own process: (result, the peak memory of that process in MB)."""
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    peak_file = project / "peak.txt"
    env.update(LANG="C", LC_ALL="C", PYTHONPATH=str(project / "plugins"), PEAK_FILE=str(peak_file))
    result = subprocess.run([sys.executable, "-c", PEAK_WRAPPER, "check", "content"],
                            cwd=project, env=env, capture_output=True, text=True, timeout=600)
    return result, int(peak_file.read_text()) / 1024


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("berichten/bom.md", f"---\n{ALIAS_BOMB}\ndate: 2025-06-01\n---\nTekst.\n", "tussen aanhalingstekens"),
        ("raden/bom.yml", ALIAS_BOMB.replace("title", "name") + "\n", "tussen aanhalingstekens"),
        ("berichten/diep.md", "---\ntitle: Diep\ndate: 2025-06-01\ntags: " + "[" * 10_000 + "]" * 10_000 + "\n---\nx\n",
         "niveaus diep genest"),
        ("raden/diep.yml", "name: Diep\nfocus:\n" + "".join("  " * i + "- \n" for i in range(1, 200)), "niveaus diep genest"),
        ("raden/compact.yml", "name: Compact\nfocus:\n" + "- " * 50_000 + "x\n", "niveaus diep genest"),
        ("raden/smal.yml", "name: Smal\nfocus:\n" + "".join("  " * i + "- a:\n" for i in range(0, 60)), "niveaus diep genest"),
    ],
)
def test_hostile_yaml_fails_at_once_in_little_memory(tmp_path, name, text, reason):
    project = make_project(tmp_path, write_tree(tmp_path / "src", {**BASE, name: text}))
    result, peak_mb = _check_in_child(project)
    assert result.returncode == 1
    assert f"content/{name}: regel" in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr
    assert peak_mb < 200, f"{peak_mb:.0f} MB"
    # The message is one short line, never the value's expansion.
    assert max(len(line) for line in result.stderr.splitlines()) < 400


def test_an_alias_bomb_in_a_council_does_not_abort_the_build(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", {**BASE, "raden/bom.yml": ALIAS_BOMB.replace("title", "name")}))
    result = build(project)
    assert result.returncode == 1
    assert "content/raden/bom.yml: regel 1:" in result.stderr


def test_duplicate_keys_are_problems_at_any_depth():
    data, problems = load_yaml("name: A\ncontact:\n  name: B\n  name: C\n", "content/raden/x.yml")
    assert data is None
    assert [str(p) for p in problems] == [
        "content/raden/x.yml: regel 4: de sleutel 'name' staat meer dan één keer in dezelfde groep; "
        "hou er één en zet de juiste waarde erbij"
    ]


# --- characters and names that broke the feed writer ---------------------------------------


@pytest.mark.parametrize(("char", "name"), [("\x00", "U+0000 (NULL)"), ("\x1b", "U+001B"), ("\x7f", "U+007F"),
                                            ("\x85", "U+0085"), ("\ufffe", "U+FFFE")])
def test_control_characters_are_named_with_their_line(tmp_path, capsys, char, name):
    status, text = checked(tmp_path, {"berichten/plak.md": post(f"Eerste regel.\n\nHier{char} geplakt.")}, capsys)
    assert status == 1
    assert f"content/berichten/plak.md: regel 8: bevat een onzichtbaar stuurteken {name}" in text


def test_a_vertical_tab_from_word_is_a_notice_and_the_site_builds(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", {
        **BASE, "berichten/word.md": post("Eerste regel\x0bTweede regel", title="Uit Word"),
    }))
    result = check_command(project)
    assert result.returncode == 0, result.stderr
    assert "content/berichten/word.md: regel 6: bevat een verticale tab" in result.stdout + result.stderr
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert "verticale tab" in result.stderr
    import feedparser

    feed = feedparser.parse((project / "output" / "feeds" / "alles.atom.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert "Eerste regel Tweede regel" in page(project / "output", "/berichten/word/").select_one(".post__body").get_text()


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"berichten/🎉.md": post("Feest!")}, "content/berichten/🎉.md: bestandsnaam: uit deze naam kan geen webadres"),
        ({"paginas/archief.md": "---\ntitle: Archief\n---\nOud.\n"}, "content/paginas/archief.md: slug: 'archief' is al een adres"),
        ({"paginas/themas.md": "---\ntitle: Thema's\n---\nx\n"}, "content/paginas/themas.md: slug: 'themas' is al een adres"),
        ({"evenementen/lang.md": "---\ntitle: Lang\ndate: 2025-06-01\ncouncil: sint-anna\nstart: 2025-06-14\n"
          "end: 9999-12-31\nlocation: Park\n---\nx\n"}, "content/evenementen/lang.md: end: '9999-12-31' ligt niet tussen"),
        ({"evenementen/oud.md": "---\ntitle: Oud\ndate: 2025-06-01\ncouncil: sint-anna\nstart: 0001-01-01\n"
          "location: Park\n---\nx\n"}, "content/evenementen/oud.md: start: '0001-01-01' ligt niet tussen"),
        ({"projecten/oneindig.md": "---\ntitle: X\ndate: 2025-06-01\ncouncil: sint-anna\nstage: idee\nbudget: .inf\n---\nx\n"},
         "content/projecten/oneindig.md: budget: moet een gewoon getal zijn"),
        ({"berichten/tekens.md": "---\ntitle: X\ndate: 2025-06-01\ncouncil: sint-anna\ntags: ['!!!', '???']\n---\nx\n"},
         "content/berichten/tekens.md: tags: het thema '!!!' heeft geen letters of cijfers"),
        ({"raden/sint-anna.yaml": "name: Wijkraad Sint-Anna\n"},
         "content/raden/sint-anna.yaml: bestandsnaam: content/raden/sint-anna.yml beschrijft dezelfde raad"),
        ({"raden/Sint-Anna.yml": "name: Wijkraad Sint-Anna\n"},
         "content/raden/Sint-Anna.yml: bestand: de bestandsnaam heeft hoofdletters; hernoem het bestand naar 'sint-anna.yml'"),
        ({"wijkkrant/9999-q4.md": "---\ntitle: Ver\ndate: 2025-07-01\npublisher:\n  name: A\n  address: B\n---\nx\n"},
         "content/wijkkrant/9999-q4.md: bestandsnaam: een editie heet jaar-kwartaal"),
    ],
)
def test_values_that_crashed_the_build_are_named(tmp_path, capsys, files, expected):
    status, text = checked(tmp_path, files, capsys)
    assert status == 1
    assert expected in text


# --- limits -------------------------------------------------------------------------------------


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` × ``height`` pixels in a few bytes (a decompression bomb's shape)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


@pytest.mark.parametrize("size", [(30_000, 30_000), (10_000, 6_000)])
def test_pictures_with_too_many_pixels_are_refused_without_decoding(tmp_path, capsys, size):
    status, text = checked(tmp_path, {"afbeeldingen/groot.png": _png_header(*size)}, capsys)
    assert status == 1
    assert "content/afbeeldingen/groot.png: bestand: heeft " in text and "miljoen pixels" in text


def test_limits_are_settings_and_the_check_reads_them(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", {**BASE, "berichten/kort.md": post("x" * 3000)}))
    with (project / "pelicanconf.py").open("a") as settings:
        settings.write('\nLIMITS = {"text_bytes": 2000}\n')
    result = run([sys.executable, "-m", "site_build", "check", "content"], project)
    assert result.returncode == 1
    assert "content/berichten/kort.md: bestand: is 3 kB groot; een tekstbestand mag hoogstens 2 kB zijn" in result.stderr
    result = build(project)
    assert result.returncode == 1 and "mag hoogstens 2 kB" in result.stderr


def test_a_wrong_limit_setting_is_named(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", dict(BASE)))
    with (project / "pelicanconf.py").open("a") as settings:
        settings.write('\nLIMITS = {"tekst": 5, "picture_bytes": -1}\n')
    result = build(project)
    assert result.returncode == 1
    assert "pelicanconf.py: LIMITS.tekst: onbekende grens" in result.stderr
    assert "pelicanconf.py: LIMITS.picture_bytes: '-1' moet een geheel getal groter dan 0 zijn" in result.stderr


def test_a_wijkkrant_over_the_page_limit_stops_the_build(tmp_path):
    project = make_project(tmp_path)
    with (project / "pelicanconf.py").open("a") as settings:
        settings.write('\nLIMITS = {"wijkkrant_pages": 2}\n')
    result = build(project)
    assert result.returncode == 1
    assert "content/wijkkrant/" in result.stderr and "hoogstens 2 mag" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "output").exists()


# --- settings, program errors and the disk --------------------------------------------------


def test_a_broken_settings_file_is_one_dutch_line(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", dict(BASE)))
    with (project / "pelicanconf.py").open("a") as settings:
        settings.write("\nSITENAME = 'Wijkraad\n")
    result = build(project)
    assert result.returncode == 1
    assert "pelicanconf.py: regel " in result.stderr and "geen geldige Python" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_error_in_a_plugin_is_one_line_and_exit_2(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", dict(BASE)))
    plugin = project / "plugins" / "kapot"
    plugin.mkdir()
    (plugin / "__init__.py").write_text(
        "from pelican import signals\n\ndef boom(generator):\n    raise RuntimeError('kapot')\n\n"
        "def register():\n    signals.article_generator_finalized.connect(boom)\n"
    )
    with (project / "pelicanconf.py").open("a") as settings:
        settings.write('\nPLUGINS = PLUGINS + ["kapot"]\n')
    result = build(project)
    assert result.returncode == 2
    assert "De build is gestopt door een fout in het programma (RuntimeError" in result.stderr
    assert "Traceback" not in result.stderr
    result = build(project, WIJKSITE_DEBUG="1")
    assert "Traceback" in result.stderr


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")


def test_a_full_disk_gives_a_dutch_line_and_keeps_the_site(tmp_path):
    project = make_project(tmp_path)
    disk = tmp_path / "klein"
    _mount_tmpfs(disk, "400k")
    try:
        output = disk / "output"
        output.mkdir()
        (output / "index.html").write_text("vorige site")
        result = run([sys.executable, "-m", "site_build", "build", "--output", str(output)], project)
        assert result.returncode == 1
        assert "de schijf is vol" in result.stderr
        assert "Traceback" not in result.stderr
        assert (output / "index.html").read_text() == "vorige site"
        assert sorted(p.name for p in disk.iterdir()) == ["output", "output.lock"]
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_read_only_output_folder_gives_a_dutch_line(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", dict(BASE)))
    parent = tmp_path / "alleen-lezen"
    parent.mkdir()
    (parent / "output.lock").touch()
    if subprocess.run(["chattr", "+i", str(parent)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not supported on this file system")
    try:
        result = run([sys.executable, "-m", "site_build", "build", "--output", str(parent / "output")], project)
    finally:
        subprocess.run(["chattr", "-i", str(parent)], check=False)
    assert result.returncode == 1
    assert "alleen-lezen" in result.stderr or "geen toegang" in result.stderr
    assert "Traceback" not in result.stderr


# --- one build at a time, output/ always whole -----------------------------------------------


def _start_build(project: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env.update(LANG="C", LC_ALL="C", PYTHONPATH=str(project / "plugins"), SOURCE_DATE_EPOCH=EPOCH)
    return subprocess.Popen(
        [sys.executable, "-m", "site_build", "build", "--output", str(project / "output")],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_two_builds_at_once_both_finish_and_leave_a_whole_site(tmp_path):
    project = make_project(tmp_path)
    first, second = _start_build(project), None
    time.sleep(0.3)
    second = _start_build(project)
    results = [(process.wait(timeout=600), *process.communicate()) for process in (first, second)]
    assert [status for status, _, _ in results] == [0, 0], results
    assert "Er loopt al een build in deze map" in results[1][2]
    assert (project / "output" / "index.html").is_file()
    assert (project / "output" / "wijkkrant").is_dir()
    assert sorted(p.name for p in project.iterdir() if p.name.startswith("output")) == ["output", "output.lock"]


def test_a_killed_build_leaves_the_previous_site_and_the_next_build_cleans_up(tmp_path):
    project = make_project(tmp_path)
    assert build(project).returncode == 0
    before = site_digest(project / "output")
    (project / "content" / "berichten" / "extra.md").write_text(post("Nieuw.", title="Extra").replace(
        "council: sint-anna\n", "council: sint-anna\n"), encoding="utf-8")
    for delay in (0.5, 1.5, 3.0):
        process = _start_build(project)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        after = site_digest(project / "output")
        # Either the previous whole site or the new one (when the kill came after the swap).
        assert after == before or "berichten/extra/index.html" in after
        assert "index.html" in after
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in project.iterdir() if p.name.startswith("output")) == ["output", "output.lock"]


def test_every_type_an_editor_may_upload_is_one_the_last_scan_lets_through():
    from file_checks.static_files import FOLDER_PURPOSES
    from site_build import PUBLISHED_SUFFIXES

    for folder, (_, suffixes) in FOLDER_PURPOSES.items():
        assert suffixes <= PUBLISHED_SUFFIXES, folder
    assert not {".html", ".htm", ".js", ".md", ".py", ".sh"} & {s for _, (_, x) in FOLDER_PURPOSES.items() for s in x}


def _depth(node) -> int:
    children = node.value if isinstance(node.value, list) else []
    inner = [child for pair in children for child in (pair if isinstance(pair, tuple) else (pair,))]
    return 1 + max((_depth(child) for child in inner if not isinstance(child.value, str)), default=0)


def _nested(style: str, depth: int) -> str:
    if style == "mapping, one space":
        return "".join(" " * i + f"k{i}:\n" for i in range(depth)) + " " * depth + "x\n"
    if style == "indentless sequences":
        return "k:\n" + "".join("  " * i + "- a:\n" for i in range(depth))
    if style == "compact sequences":
        return "k:\n" + "- " * depth + "x\n"
    if style == "flow":
        return "k: " + "[" * depth + "]" * depth + "\n"
    raise ValueError(style)


@pytest.mark.parametrize("style", ["mapping, one space", "indentless sequences", "compact sequences", "flow"])
def test_the_shortcut_past_the_depth_scan_never_lets_deep_nesting_through(style):
    """Plain front matter skips the event scan; nesting deeper than the limit never does."""
    import yaml

    from content_model.loading import (
        MAX_YAML_DEPTH,
        FrontMatterLoader,
        _plainly_shallow,
    )

    for depth in range(1, 3 * MAX_YAML_DEPTH):
        text = _nested(style, depth)
        real = _depth(yaml.compose(text, Loader=FrontMatterLoader))
        if real > MAX_YAML_DEPTH:
            assert not _plainly_shallow(text), (style, depth)
            assert "niveaus diep genest" in load_yaml(text, "x")[1][0].reason


# --- what a hostile sweep found after the first round ----------------------------------------


def test_an_escaped_link_cannot_write_markup_into_the_page(built_project):
    """Pelican un-escapes a {filename} link it cannot find and writes it back: the check stops it first."""
    project = built_project
    payload = ('<a href="{filename}../afbeeldingen/a&amp;b.png#&quot;&gt;&lt;script src=&quot;/bijlagen/x.txt'
               '&quot;&gt;&lt;/script&gt;&lt;a x=&quot;">foto</a>')
    result = rebuild_with(project, {
        "afbeeldingen/a&b.png": picture(format="PNG"),
        "bijlagen/x.txt": "alert(document.domain)\n",
        "berichten/lek.md": post(payload),
    })
    assert result.returncode == 1
    assert "content/afbeeldingen/a&b.png: bestand: de bestandsnaam bevat het teken '&'" in result.stderr
    assert "content/berichten/lek.md: regel 6: de link '{filename}../afbeeldingen/a&amp;b.png" in result.stderr
    assert not any("<script" in path.read_text() for path in (project / "output").rglob("*.html"))


def test_pelican_only_knows_our_own_spelling_of_links():
    from pelican.settings import read_settings

    settings = read_settings(str(ROOT / "pelicanconf.py"))
    assert settings["INTRASITE_LINK_REGEX"] == r"\{(?P<what>static|attach|filename)\}"
    assert settings["READERS"] == {"rst": None, "html": None, "htm": None}
    assert settings["IGNORE_FILES"] == [".*"]


@pytest.mark.parametrize(
    "body",
    [
        "[verslag]({static}javascript:x/../../afbeeldingen/buurtfeest.jpg?0:alert(1)//)",
        "![b]({static|https://evil.example/afbeeldingen/buurtfeest.jpg)",
        '<img src="|static}//evil.example/afbeeldingen/buurtfeest.jpg">',
        '<img src="/\\evil.example/5.png">',
        '<img src="\\\\evil.example/6.png">',
        "[verslag](|static|bijlagen/verslag.pdf)",
    ],
)
def test_scripts_and_other_hosts_in_link_spellings_are_refused(tmp_path, capsys, body):
    status, text = checked(tmp_path, {"berichten/lek.md": post(body)}, capsys)
    assert status == 1
    assert "content/berichten/lek.md: regel 6:" in text


def test_the_sanitizer_reads_a_backslash_as_a_slash():
    assert "evil" not in clean_html('<img src="/\\evil.example/5.png" alt="x"><img src="\\\\evil.example/6.png" alt="y">')


@pytest.mark.parametrize(
    "name",
    ["berichten/.lek.rst", "berichten/.html-lek.html", "berichten/.x.md", "afbeeldingen/.x.svg", "bijlagen/.d/doc.pdf"],
)
def test_hidden_files_and_folders_are_named_not_skipped(tmp_path, capsys, name):
    status, text = checked(tmp_path, {name: "Lek\n###\n\n.. include:: /etc/hostname\n"}, capsys)
    assert status == 1
    hidden = next(part for part in Path(name).parts if part.startswith("."))
    shown = name[: name.index(hidden) + len(hidden)]
    assert f"content/{shown}: bestand: is verborgen" in text


def test_a_gitkeep_is_quietly_left_alone(tmp_path, capsys):
    status, text = checked(tmp_path, {"bijlagen/.gitkeep": ""}, capsys)
    assert status == 0, text


def test_hundreds_of_nested_folders_are_one_line(tmp_path, capsys):
    content = write_tree(tmp_path, dict(BASE))
    deep = content / "extra" / Path(*["a"] * 300)
    deep.mkdir(parents=True)
    (deep / "x.txt").write_text("x")
    assert cli.check(content) == 1
    err = capsys.readouterr().err
    assert "mappen diep" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("drawing", "reason"),
    [
        ('<?xml-stylesheet type="text/xsl" href="/afbeeldingen/sheet.svg"?><svg xmlns="http://www.w3.org/2000/svg"/>',
         "verwerkingsinstructie"),
        ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml"><h:img src="http://x.example/p"/></svg>',
         "andere taal dan SVG"),
        ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml">'
         '<h:meta http-equiv="refresh" content="0;url=http://x.example"/></svg>', "andere taal dan SVG"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(http://x.example/f)"/></svg>', "(fill)"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><rect style="stroke:\\75 rl(http://x.example)"/></svg>', "(style)"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:image-set("http://x.example" 1x)}</style></svg>', "<style>"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><g id="l0"><rect/></g>'
         + "".join(f'<g id="l{i}">' + f'<use href="#l{i - 1}"/>' * 10 + "</g>" for i in range(1, 9)) + "</svg>",
         "meer dan 20000 vormen"),
    ],
)
def test_drawings_that_load_redirect_or_explode_are_refused(tmp_path, capsys, drawing, reason):
    status, text = checked(tmp_path, {"afbeeldingen/tekening.svg": drawing}, capsys)
    assert status == 1
    line = next(line for line in text.splitlines() if "content/afbeeldingen/tekening.svg: bestand:" in line)
    assert reason in line


def test_a_pdf_that_runs_javascript_is_refused(tmp_path, capsys):
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
    )
    buffer = tmp_path / "js.pdf"
    writer.write(buffer)
    status, text = checked(tmp_path / "site", {"bijlagen/formulier.pdf": buffer.read_bytes(),
                                               "bijlagen/notulen.pdf": (ROOT / "content/bijlagen/notulen-2026-09.pdf").read_bytes()},
                           capsys)
    assert status == 1
    assert "content/bijlagen/formulier.pdf: bestand: deze PDF bevat JavaScript" in text
    assert "notulen.pdf" not in text


@pytest.mark.parametrize(
    "value",
    ["!!int abc", "!!float abc", "!!bool maybe", "!!timestamp 2025-02-30", "!!timestamp 99999-01-01", "9" * 4400],
)
def test_yaml_values_that_crashed_the_loader_are_one_line(tmp_path, capsys, value):
    status, text = checked(tmp_path, {
        "projecten/x.md": f"---\ntitle: X\ndate: 2025-06-01\ncouncil: sint-anna\nstage: idee\nbudget: {value}\n---\nx\n"}, capsys)
    assert status == 1
    assert "content/projecten/x.md: regel 6:" in text


def test_control_characters_written_as_escapes_are_named(tmp_path, capsys):
    status, text = checked(tmp_path, {"berichten/x.md": post("x", title='"De eerste\\x01 bomen"')}, capsys)
    assert status == 1
    assert "content/berichten/x.md: title: bevat een onzichtbaar stuurteken U+0001" in text


@pytest.mark.parametrize("body", ["<img " * 30_000, "![" * 50_000, "[" * 10_000, "[a](b) " * 20_000])
def test_texts_that_make_the_scans_or_markdown_quadratic_are_refused(tmp_path, capsys, body):
    status, text = checked(tmp_path, {"berichten/traag.md": post(body)}, capsys)
    assert status == 1
    assert "content/berichten/traag.md: bestand: de tekst heeft" in text and "(hoogstens 2000)" in text


def test_github_annotations_stop_at_fifty(tmp_path, capsys):
    members = "".join(f"  - name: Lid {i}\n" for i in range(300))
    status, text = checked(tmp_path, {"raden/groot.yml": f"name: Groot\nmembers:\n{members}"}, capsys)
    assert status == 1
    content = tmp_path / "content"
    assert cli.check(content, github=True) == 1
    printed = capsys.readouterr()
    assert printed.out.count("::error") == 50
    assert printed.err.count("content/raden/groot.yml: members, nr. ") == 300


def test_many_files_with_one_slug_give_short_lines(tmp_path, capsys):
    files = {f"berichten/b{i}.md": post("x", title=f"B{i}").replace("council: sint-anna\n", "council: sint-anna\nslug: zelfde\n")
             for i in range(300)}
    status, text = checked(tmp_path, files, capsys)
    assert status == 1
    lines = [line for line in text.splitlines() if "het adres 'zelfde' (uit de bestandsnaam of slug:) wordt ook gebruikt door" in line]
    assert len(lines) == 300 and max(map(len, lines)) < 300 and "en 296 andere" in lines[0]


def test_open_data_carries_summaries_as_plain_text(tmp_path):
    project = make_project(tmp_path, write_tree(tmp_path / "src", {
        **BASE,
        "projecten/tuin.md": "---\ntitle: Tuin\ndate: 2025-06-01\ncouncil: sint-anna\nstage: idee\n"
                             "summary: \"Zie **dit** <b onclick='alert(3)'>nu</b> & [meer](javascript:alert(2))\"\n---\nx\n",
    }))
    result = build(project)
    assert result.returncode == 0, result.stderr
    import json

    [record] = [r for r in json.loads((project / "output" / "projecten.json").read_text()) if r["slug"] == "tuin"]
    assert record["summary"] == "Zie dit nu & meer"


def test_an_edition_far_over_the_page_limit_is_refused_before_its_layout(tmp_path):
    paragraph = "De buurt vergaderde over bomen, stoepen en het buurtfeest. " * 20 + "\n\n"
    long = paragraph * (190_000 // len(paragraph))
    files = {f"berichten/lang-{i}.md": post(long, title=f"Lang {i}").replace("2025-06-01", "2026-08-01") for i in range(3)}
    files["wijkkrant/2026-q3.md"] = "---\ntitle: Dik\ndate: 2026-07-01\npublisher:\n  name: A\n  address: B\n---\nx\n"
    project = make_project(tmp_path, write_tree(tmp_path / "src", {**BASE, **files}))
    with (project / "pelicanconf.py").open("a") as settings:
        settings.write('\nLIMITS = {"wijkkrant_pages": 8}\n')
    result = build(project)
    assert result.returncode == 1
    assert "content/wijkkrant/2026-q3.md: bestand: deze wijkkrant wordt meer dan " in result.stderr


def test_an_encrypted_pdf_cannot_be_checked_and_is_refused(tmp_path, capsys):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("geheim")
    writer.write(tmp_path / "enc.pdf")
    status, text = checked(tmp_path / "site", {"bijlagen/geheim.pdf": (tmp_path / "enc.pdf").read_bytes()}, capsys)
    assert status == 1
    assert "content/bijlagen/geheim.pdf: bestand: deze PDF bevat versleutelde inhoud" in text


def test_a_damaged_pdf_gives_no_english_repair_notes(tmp_path):
    """pypdf says in English how it reads a damaged file; editors get no such line."""
    files = {**BASE, "berichten/welkom.md": post("Lees [de notulen](bijlagen/notulen.pdf)."),
             "bijlagen/notulen.pdf": b"%PDF-1.4\n1 0 obj<<>>endobj\n"}  # cut off: no trailer, no %%EOF
    project = make_project(tmp_path, write_tree(tmp_path / "src", files))
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert "EOF" not in result.stderr + result.stdout and "Let op" not in result.stderr
    assert (project / "output" / "bijlagen" / "notulen.pdf").is_file()
