"""The wijkkrant: each edition as a page and a print-ready PDF, and the archive.

PDFs are read with pypdf and pdftotext, as a printer or a screen reader would
see them; every build is a real build of a real content tree.
"""

from __future__ import annotations

import http.server
import re
import subprocess
import sys
import threading
from pathlib import Path

from pypdf import PdfReader

from conftest import build, make_project, run, write_tree
from pages import page, resolve

# --- reading PDFs ------------------------------------------------------------------


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, whitespace collapsed (titles may wrap in a column)."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def pdf_text(path: Path) -> str:
    return " ".join(pdf_pages(path))


def font_descriptors(reader: PdfReader):
    """(font name, descriptor) of every font used on any page."""
    found = {}
    for pdf_page in reader.pages:
        fonts = pdf_page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                found[str(target["/BaseFont"])] = target["/FontDescriptor"].get_object()
    return found


# --- content for small sites ----------------------------------------------------------

COUNCILS = {
    "raden/noord.yml": "name: Wijkraad Noord\nemail: noord@example.org\n",
    "raden/zuid.yml": "name: Wijkraad Zuid\n",
}
PUBLISHER = """
publisher:
  name: An Jansens
  address: Dorpsstraat 1, 9999 Ergens
"""


def post(title: str, date: str, council: str = "noord", extra: str = "", body: str = "Tekst.") -> str:
    return f"---\ntitle: {title}\ndate: {date}\ncouncil: {council}\n{extra}---\n{body}\n"


def edition(title: str, extra: str = "", body: str = "Beste buren.") -> str:
    return f"---\ntitle: {title}\ndate: 2026-09-01\n{PUBLISHER.strip()}\n{extra}---\n{body}\n"


def small_site(tmp_path: Path, files: dict[str, str]) -> Path:
    content = write_tree(tmp_path / "src", {**COUNCILS, **files})
    return make_project(tmp_path, content)


def built(project: Path, *args, **env) -> Path:
    result = build(project, *args, **env)
    assert result.returncode == 0, result.stderr + result.stdout
    return project / "output"


# --- the example site's two editions ------------------------------------------------------


def test_all_councils_edition_has_its_quarter_and_next_quarters_agenda(example_site):
    text = pdf_text(example_site / "wijkkrant" / "2026-q4.pdf")
    for selected in (
        "Zwerfvuilactie rond het buurtpark was een succes",  # news, both councils
        "Buurthuis De Kring krijgt een lift",  # news, Sint-Anna
        "Buurtmoestuin",  # project dated 1 October
        "Advies aan de stad over de schoolstraat",  # decision
        "Nieuwjaarsreceptie 2027",  # agenda: January 2027
    ):
        assert selected in text, selected
    for left_out in (
        "Marleen Peeters is de nieuwe voorzitter",  # news of September: Q3
        "Open forum over de nieuwe schoolstraat",  # event of this quarter, not the next
        "Week van de geveltuin",  # event of Q2 2027
        "Zomerbar",  # a draft
    ):
        assert left_out not in text, left_out
    assert "Verantwoordelijke uitgever: Marleen Peeters, Kerkstraat 12, 3500 Bergen-Oost" in text


def test_council_edition_follows_include_and_exclude(example_site):
    text = pdf_text(example_site / "wijkkrant" / "2026-q3.pdf")
    assert "Stad belooft nieuwe stoepen in de Molenweg" in text  # Molenveld news of July
    assert "Een groene Kerkstraat" in text  # a Sint-Anna project, included by name
    assert "Een toegankelijk buurtpark" in text  # Molenveld's project in the status table
    assert "Open forum over de nieuwe schoolstraat" in text  # agenda: December
    assert "Speelstraat in de zomer" not in text  # excluded
    assert "Marleen Peeters is de nieuwe voorzitter" not in text  # Sint-Anna's news
    assert "Zwerfvuilactie" not in text  # October: next quarter
    assert "Verantwoordelijke uitgever: Ahmed Benali, Molenweg 3, 3500 Bergen-Oost" in text


def test_pdf_is_ready_for_the_printer(example_site):
    for slug in ("2026-q3", "2026-q4"):
        path = example_site / "wijkkrant" / f"{slug}.pdf"
        reader = PdfReader(path)
        count = len(reader.pages)
        assert count % 4 == 0 and count >= 4, (slug, count)
        width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
        assert (round(width), round(height)) == (595, 842), "A4"
        pages = pdf_pages(path)
        assert pages[0].startswith("Wijkkrant"), "the cover starts with the masthead"
        assert "pagina" not in pages[0], "no page number on the cover"
        assert f"pagina 2 van {count}" in pages[1]
        assert "Verantwoordelijke uitgever" in pages[-1], "the colophon is the back page"
        blank = [number for number, text in enumerate(pages, 1) if not text]
        assert len(blank) == (-len([p for p in pages if p]) % 4), blank
        assert all(number < count for number in blank), "padding goes before the colophon"


def test_contents_gives_the_page_of_each_article(example_site):
    pages = pdf_pages(example_site / "wijkkrant" / "2026-q4.pdf")
    contents = pages[1]
    assert "In deze wijkkrant" in contents
    for title in ("Buurthuis De Kring krijgt een lift", "Nieuwjaarsreceptie 2027", "Colofon"):
        printed_on = next(n for n, text in enumerate(pages[2:], 3) if title in text)
        assert re.search(re.escape(title) + r" [. ]*" + str(printed_on) + r"\b", contents), (title, printed_on)


def test_pdf_metadata_language_tags_and_bookmarks(example_site):
    reader = PdfReader(example_site / "wijkkrant" / "2026-q4.pdf")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert reader.metadata.title == "Wijkkrant winter 2026"
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert "/StructTreeRoot" in root
    assert b"pdfuaid:part" in root["/Metadata"].get_object().get_data().replace(b'"', b" ")
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Wijkkrant winter 2026" in titles
    nested = [i.title for group in reader.outline if isinstance(group, list) for i in group if not isinstance(i, list)]
    assert {"Nieuws", "Agenda om te bewaren", "Colofon"} <= set(nested)


def test_fonts_are_embedded(example_site):
    descriptors = font_descriptors(PdfReader(example_site / "wijkkrant" / "2026-q4.pdf"))
    assert descriptors
    for name, descriptor in descriptors.items():
        assert "Atkinson-Hyperlegible" in name, name
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, name


def test_cover_image_is_embedded(example_site):
    listing = subprocess.run(
        ["pdfimages", "-list", str(example_site / "wijkkrant" / "2026-q4.pdf")],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()[2:]
    on_cover = [line.split() for line in listing if line.split()[0] == "1"]
    assert len(on_cover) == 1
    assert on_cover[0][3:5] == ["800", "450"]  # afbeeldingen/receptie.png, embedded whole


def test_edition_page_on_the_site(example_site):
    soup = page(example_site, "/wijkkrant/2026-q4/")
    assert soup.h1.get_text(strip=True) == "Wijkkrant winter 2026"
    assert soup.select_one(".wijkkrant-cover__image img")["alt"] == "Buren klinken met een glas in het versierde buurthuis"
    headings = [h.get_text(strip=True) for h in soup.select("main h2")]
    assert headings == ["Voorwoord", "In deze wijkkrant", "Nieuws", "Projecten", "Besluiten", "Agenda om te bewaren", "Colofon"]
    # Headings in a post's body sit below the post's title.
    lift = soup.find(id="wk-lift-buurthuis")
    assert [h.name for h in lift.find_all(re.compile("^h[1-6]$"))] == ["h3", "h4", "h4"]
    agenda = soup.select_one("#wk-agenda table")
    assert agenda.caption.get_text(strip=True) == "Activiteiten van januari-maart 2027"
    assert [th.get_text(strip=True) for th in agenda.select("thead th")] == ["Wanneer", "Wat", "Waar", "Praktisch"]
    link = soup.select_one(".wijkkrant-download a")
    assert link["href"] == "/wijkkrant/2026-q4.pdf" and resolve(example_site, link["href"]).is_file()
    assert "Verantwoordelijke uitgever: Marleen Peeters" in soup.select_one(".wijkkrant-colophon__vu").get_text()


def test_archive_lists_editions_newest_first_with_pdf_size(example_site):
    soup = page(example_site, "/wijkkrant/")
    assert soup.h1.get_text(strip=True) == "Wijkkrant"
    items = soup.select(".wijkkrant-archive__item")
    titles = [item.select_one(".wijkkrant-archive__title").get_text(strip=True) for item in items]
    assert titles == ["Wijkkrant winter 2026", "Wijkkrant Molenveld zomer 2026"]
    first = items[0]
    assert first.select_one(".wijkkrant-archive__title a")["href"] == "/wijkkrant/2026-q4/"
    assert first.select_one("img")["alt"] == "Buren klinken met een glas in het versierde buurthuis"
    assert "verschenen op 16 november 2026" in first.get_text(" ", strip=True)
    for item, slug in zip(items, ("2026-q4", "2026-q3")):
        pdf = item.select_one(".wijkkrant-archive__pdf")
        assert pdf["href"] == f"/wijkkrant/{slug}.pdf"
        size = (example_site / "wijkkrant" / f"{slug}.pdf").stat().st_size
        assert item.select_one(".wijkkrant-archive__size").get_text(strip=True) == f"(PDF, {round(size / 1000)} kB)"
    nav = soup.select_one(".site-nav a[aria-current=page]")
    assert nav.get_text(strip=True) == "Wijkkrant"


# --- selection rules on small sites ------------------------------------------------------------


def test_quarter_boundaries_follow_brussels_time(tmp_path):
    project = small_site(
        tmp_path,
        {
            # 00:30 in Brussels is still 30 September in UTC.
            "berichten/net-na-middernacht.md": post("Net na middernacht", "2026-10-01 00:30"),
            "berichten/laatste-avond.md": post("Laatste avond van september", "2026-09-30 23:59"),
            "wijkkrant/2026-q3.md": edition("Krant zomer"),
            "wijkkrant/2026-q4.md": edition("Krant herfst"),
        },
    )
    output = built(project)
    summer = pdf_text(output / "wijkkrant" / "2026-q3.pdf")
    autumn = pdf_text(output / "wijkkrant" / "2026-q4.pdf")
    assert "Net na middernacht" in autumn and "Net na middernacht" not in summer
    assert "Laatste avond van september" in summer and "Laatste avond van september" not in autumn


def test_council_include_exclude_and_drafts(tmp_path):
    event = "start: {start}\nlocation: Buurthuis\n"
    project = small_site(
        tmp_path,
        {
            "berichten/noord-nieuws.md": post("Nieuws uit Noord", "2026-08-01"),
            "berichten/zuid-nieuws.md": post("Nieuws uit Zuid", "2026-08-01", council="zuid"),
            "berichten/zuid-genodigd.md": post("Zuid mag erbij", "2025-01-01", council="zuid"),
            "berichten/noord-geweerd.md": post("Noord mag er niet in", "2026-08-02"),
            "berichten/noord-klad.md": post("Noord in het klad", "2026-08-03", extra="status: draft\n"),
            "besluiten/noord-besluit.md": post(
                "Besluit van Noord", "2026-09-10", extra="meeting: 2026-09-09\noutcome: aangenomen\n"
            ),
            "projecten/noord-oud.md": post("Oud project van Noord", "2020-01-01", extra="stage: lopend\n"),
            "projecten/zuid-project.md": post("Project van Zuid", "2026-08-01", council="zuid", extra="stage: idee\n"),
            "evenementen/noord-herfst.md": post("Herfstfeest Noord", "2026-06-01", extra=event.format(start="2026-10-10 14:00")),
            "evenementen/noord-zomer.md": post("Zomerfeest Noord", "2026-06-01", extra=event.format(start="2026-08-10")),
            "evenementen/noord-winter.md": post("Winterfeest Noord", "2026-06-01", extra=event.format(start="2027-01-10")),
            "wijkkrant/2026-q3.md": edition(
                "Krant van Noord",
                "council: noord\ninclude: [zuid-genodigd, noord-klad]\nexclude: [noord-geweerd]\n",
                body="**Beste** buren.\n\n<span onclick=\"alert('x')\">Welkom</span>\n\n## Tussentitel\n\nMeer.",
            ),
        },
    )
    output = built(project)
    # The voorwoord is Markdown, cleaned like every post body.
    voorwoord = page(output, "/wijkkrant/2026-q3/").select_one(".wijkkrant-voorwoord")
    assert voorwoord.strong.get_text() == "Beste"
    # <script> is refused by the check (test_safe_build); what it lets through is cleaned.
    assert voorwoord.find("span").get_text() == "Welkom" and "onclick" not in str(voorwoord)
    assert voorwoord.find("h3").get_text() == "Tussentitel"  # below the h2 "Voorwoord"
    text = pdf_text(output / "wijkkrant" / "2026-q3.pdf")
    for selected in ("Nieuws uit Noord", "Zuid mag erbij", "Besluit van Noord", "Oud project van Noord", "Herfstfeest Noord"):
        assert selected in text, selected
    for left_out in ("Nieuws uit Zuid", "Noord mag er niet in", "Noord in het klad", "Project van Zuid", "Zomerfeest Noord", "Winterfeest Noord"):
        assert left_out not in text, left_out
    # The running header names the council and the edition.
    assert "Wijkraad Noord Krant van Noord" in pdf_pages(output / "wijkkrant" / "2026-q3.pdf")[2]


def test_missing_publisher_is_a_content_error(tmp_path):
    project = small_site(
        tmp_path,
        {"wijkkrant/2026-q4.md": "---\ntitle: Krant zonder uitgever\ndate: 2026-10-01\n---\nTekst.\n"},
    )
    result = build(project)
    assert result.returncode != 0
    assert "content/wijkkrant/2026-q4.md: publisher: ontbreekt" in result.stderr
    assert not (project / "output").exists()


def test_remote_images_are_refused_not_fetched(tmp_path):
    requests = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        remote = f"http://127.0.0.1:{server.server_port}/foto.png"
        project = small_site(
            tmp_path,
            {
                "berichten/foto-van-elders.md": post("Foto van elders", "2026-08-01", body=f"![Een foto]({remote})"),
                "wijkkrant/2026-q3.md": edition("Krant met foto van elders"),
            },
        )
        result = build(project, COLUMNS="500")  # log lines unwrapped
    finally:
        server.shutdown()
        server.server_close()
    # The check refuses the picture before anything is built or fetched; the
    # wijkkrant's own fetcher (local files only) is the second line behind it.
    assert result.returncode == 1
    assert requests == []
    assert "content/berichten/foto-van-elders.md: regel 6: deze afbeelding komt van een andere website" in result.stderr
    assert not (project / "output").exists()


def test_a5_setting(tmp_path):
    project = small_site(
        tmp_path,
        {
            "berichten/klein.md": post("Klein formaat", "2026-08-01"),
            "wijkkrant/2026-q3.md": edition("Krant op A5"),
        },
    )
    (project / "a5conf.py").write_text("from pelicanconf import *  # noqa\nWIJKKRANT_PAGE_SIZE = 'A5'\n")
    reader = PdfReader(built(project, "--settings", "a5conf.py") / "wijkkrant" / "2026-q3.pdf")
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (420, 595)
    assert len(reader.pages) % 4 == 0


# --- reproducible and cached ------------------------------------------------------------------


def test_same_content_gives_the_same_pdf_bytes(tmp_path):
    first = make_project(tmp_path / "een")
    second = make_project(tmp_path / "twee")  # another folder, its own empty cache
    one = (built(first) / "wijkkrant" / "2026-q4.pdf").read_bytes()
    two = (built(second) / "wijkkrant" / "2026-q4.pdf").read_bytes()
    assert one == two
    dates = PdfReader(first / "output" / "wijkkrant" / "2026-q4.pdf").metadata
    # The edition's date, not the clock.
    assert dates.creation_date_raw == dates.modification_date_raw == "D:20261116000000+01'00"


def test_unchanged_edition_is_copied_from_the_cache(tmp_path):
    project = small_site(
        tmp_path,
        {
            "berichten/eerste.md": post("Eerste bericht", "2026-08-01"),
            "wijkkrant/2026-q3.md": edition("Krant uit de cache"),
        },
    )
    built(project)
    cache = project / "cache" / "wijkkrant"
    entries = list(cache.glob("2026-q3.*.pdf"))
    assert len(entries) == 1
    # Mark the cached copy: a rebuild that renders again would not have the mark.
    marked = entries[0].read_bytes() + b"%cached-copy\n"
    entries[0].write_bytes(marked)
    output = built(project)
    assert (output / "wijkkrant" / "2026-q3.pdf").read_bytes() == marked
    assert list(cache.glob("2026-q3.*.pdf")) == entries
    # A changed post changes the inputs: rendered again, the old entry replaced.
    path = project / "content" / "berichten" / "eerste.md"
    path.write_text(path.read_text().replace("Eerste bericht", "Eerste bericht, herzien"))
    output = built(project)
    pdf = output / "wijkkrant" / "2026-q3.pdf"
    assert not pdf.read_bytes().endswith(b"%cached-copy\n")
    assert "Eerste bericht, herzien" in pdf_text(pdf)
    assert [p.name for p in cache.glob("2026-q3.*.pdf")] != [e.name for e in entries]
    assert len(list(cache.glob("2026-q3.*.pdf"))) == 1
    # A changed print stylesheet changes the inputs too.
    css = project / "theme" / "static" / "css" / "wijkkrant-print.css"
    before = pdf.read_bytes()
    css.write_text(css.read_text() + "\nh3 { font-size: 15pt; }\n")
    assert (built(project) / "wijkkrant" / "2026-q3.pdf").read_bytes() != before


# --- invoke wijkkrant ---------------------------------------------------------------------------


def test_invoke_wijkkrant_builds_one_edition(tmp_path):
    project = make_project(tmp_path)
    invoke = [sys.executable, "-m", "invoke"]
    result = run([*invoke, "wijkkrant", "2026-q3"], project, COLUMNS="500")
    assert result.returncode == 0, result.stderr + result.stdout
    output = project / "output" / "wijkkrant"
    assert (output / "2026-q3.pdf").is_file()
    assert not (output / "2026-q4.pdf").exists(), "other editions are not rendered"
    assert "output/wijkkrant/2026-q3.pdf" in result.stdout
    assert "content/wijkkrant/2026-q4.md: PDF niet gemaakt" in result.stderr
    # The archive does not link to a PDF this build did not make.
    archive = page(project / "output", "/wijkkrant/")
    assert [a["href"] for a in archive.select(".wijkkrant-archive__pdf")] == ["/wijkkrant/2026-q3.pdf"]

    unknown = run([*invoke, "wijkkrant", "2031-q1"], project)
    assert unknown.returncode != 0
    assert "2031-q1" in unknown.stderr and "2026-q3" in unknown.stderr

    broken = project / "content" / "wijkkrant" / "2026-q4.md"
    broken.write_text(broken.read_text().replace("publisher:", "uitgever:"))
    invalid = run([*invoke, "wijkkrant", "2026-q3"], project)
    assert invalid.returncode != 0
    assert "content/wijkkrant/2026-q4.md: publisher: ontbreekt" in invalid.stderr


def _colours_of_first_page(pdf: Path, tmp_path: Path) -> set[tuple[int, int, int]]:
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")], check=True)
    [png] = sorted(tmp_path.glob("p*.png"))
    with Image.open(png) as picture:
        return {colour for _, colour in picture.convert("RGB").getcolors(maxcolors=1 << 20)}


def test_the_paper_prints_in_the_councils_own_colour(tmp_path):
    """The print stylesheet reads the accent from the same custom properties as the site (identity)."""
    project = make_project(tmp_path / "site")
    with (project / "pelicanconf.py").open("a") as settings:
        settings.write('\nACCENT_COLOR = "#8a1538"\n')
    output = built(project)
    colours = _colours_of_first_page(output / "wijkkrant" / "2026-q4.pdf", tmp_path)
    assert (0x8A, 0x15, 0x38) in colours  # the masthead of the cover
    assert (0x0B, 0x5E, 0x3B) not in colours  # the example's green is gone
    css = (output / "theme" / "css" / "wijkkrant-print.css").read_text()
    assert "#0b5e3b" not in css.lower() and "var(--accent)" in css


def test_the_paper_prints_pictures_at_print_resolution_and_says_when_one_is_too_small(tmp_path):
    """A column is 8.55 cm wide on A4: 1010 pixels at 300 dpi. The PDF embeds the variant
    that covers it, never the phone's original; a picture narrower than that is a notice."""
    import io as _io

    from PIL import Image as _Image
    from pypdf import PdfReader

    from editor_tools.error_catalogue import BASE
    from test_pictures import phone_photo

    small = _io.BytesIO()
    _Image.new("RGB", (600, 400), (90, 140, 60)).save(small, "JPEG")
    files = {
        **BASE,
        "afbeeldingen/groot.jpg": phone_photo(4000, 3000),
        "afbeeldingen/klein.jpg": small.getvalue(),
        "berichten/groot.md": "---\ntitle: Groot\ndate: 2026-10-02\ncouncil: sint-anna\nimage: afbeeldingen/groot.jpg\n"
        "image_alt: Een grote foto\n---\nTekst.\n",
        "berichten/klein.md": "---\ntitle: Klein\ndate: 2026-10-03\ncouncil: sint-anna\nimage: afbeeldingen/klein.jpg\n"
        "image_alt: Een kleine foto\n---\nTekst.\n",
        "wijkkrant/2026-q4.md": "---\ntitle: Wijkkrant winter\ndate: 2026-11-01\npublisher:\n  name: Marleen Peeters\n"
        "  address: Kerkstraat 12, 3500 Bergen-Oost\n---\nBeste buren,\n",
    }
    project = make_project(tmp_path, write_tree(tmp_path / "src", files))
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert ("content/afbeeldingen/klein.jpg: bestand: is 600 pixels breed; in de wijkkrant (2026-q4) is 1010 pixels "
            "nodig om ze scherp te drukken") in result.stderr
    assert "groot.jpg: bestand" not in result.stderr
    # WeasyPrint shares one set of images between the pages: count each once.
    widths = sorted({
        (image.name, image.image.width)
        for pdf_page in PdfReader(project / "output" / "wijkkrant" / "2026-q4.pdf").pages
        for image in pdf_page.images
    })
    widths = sorted(width for _, width in widths)
    # The large photo (3000 wide once upright) is printed from its 1200 variant; the small one as it is.
    assert widths == [600, 1200]
