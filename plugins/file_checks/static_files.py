"""Files published as they are: which types each folder takes, and how large.

``afbeeldingen/``, ``bijlagen/`` and ``extra/`` are copied to the site byte
for byte, so whatever is in them is served at the site's own address. Each
folder has an allow-list of file types (an ``.html`` file there would be a
page of the site that nobody checked); pictures are opened to see that they
are what their name says and not larger than the limits; drawings (SVG) are
checked for code (:mod:`file_checks.svg`).
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from site_rules.problems import Problem

from .limits import Limits, megabytes
from .svg import svg_problems

# Characters that mean something else in a web address (validation refuses
# such file names; the copy step holds the same line).
UNSAFE_NAME_RE = re.compile(r"[&<>\"'?#%\\:;*|\x00-\x1f\x7f]")

# Pictures a browser shows everywhere, and the format Pillow reads them as;
# and an iPhone's own format (HEIC), which the pictures plugin publishes as
# JPEG and WebP (pillow-heif reads it).
RASTER_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".gif": "GIF", ".webp": "WEBP",
                  ".heic": "HEIF", ".heif": "HEIF"}
PICTURE_SUFFIXES = frozenset({*RASTER_FORMATS, ".svg"})
DOCUMENT_SUFFIXES = frozenset({".pdf", ".odt", ".ods", ".odp", ".docx", ".xlsx", ".pptx", ".csv", ".txt"})
# What each folder is for (the editors' guide says the same, from this table).
FOLDER_PURPOSES = {
    "afbeeldingen": ("foto's, tekeningen en het logo", PICTURE_SUFFIXES),
    "bijlagen": ("documenten om te downloaden: verslagen, folders, formulieren", DOCUMENT_SUFFIXES),
    "extra": (
        "andere bestanden om te downloaden: een wandelroute (.gpx), een agenda (.ics), open data",
        frozenset({*DOCUMENT_SUFFIXES, *PICTURE_SUFFIXES, ".gpx", ".ics", ".json", ".geojson"}),
    ),
}
# The first bytes of document types whose content is easy to recognise: a
# page renamed to .pdf is not a PDF.
MAGIC = {".pdf": b"%PDF-", ".docx": b"PK\x03\x04", ".xlsx": b"PK\x03\x04", ".pptx": b"PK\x03\x04",
         ".odt": b"PK\x03\x04", ".ods": b"PK\x03\x04", ".odp": b"PK\x03\x04"}


def allowed_suffixes(folder: str) -> frozenset[str]:
    return FOLDER_PURPOSES[folder][1]


def _suffix_list(suffixes) -> str:
    return ", ".join(sorted(suffixes))


def check_static_file(path: Path, shown: str, folder: str, limits: Limits) -> list[Problem]:
    """Problems of one file in a static folder (``path`` is no link: the walk refuses those)."""
    purpose, suffixes = FOLDER_PURPOSES[folder]
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        return [
            Problem(
                shown,
                "bestand",
                f"dit soort bestand ({suffix or 'zonder extensie'}) hoort niet in {folder}/ "
                f"({purpose}); toegelaten: {_suffix_list(suffixes)}",
            )
        ]
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as error:
        return [Problem(shown, "bestand", "kan niet gelezen worden; laad het opnieuw op", error.strerror or "")]
    if suffix in PICTURE_SUFFIXES:
        return _picture_problems(path, shown, suffix, size, limits)
    if size > limits.attachment_bytes:
        return [
            Problem(
                shown,
                "bestand",
                f"is {megabytes(size)} groot; een bijlage mag hoogstens {megabytes(limits.attachment_bytes)} "
                "zijn. Maak het kleiner (bv. een PDF 'voor het web' bewaren)",
            )
        ]
    magic = MAGIC.get(suffix)
    if magic and not head.startswith(magic):
        return [Problem(shown, "bestand", f"heet {suffix}, maar de inhoud is geen {suffix[1:].upper()}-bestand; laad het echte bestand op")]
    if suffix == ".pdf" and (active := pdf_actions(path)):
        return [
            Problem(
                shown,
                "bestand",
                f"deze PDF bevat {active}, die in de lezer van bewoners zou draaien; bewaar het "
                "document opnieuw als gewone PDF (Afdrukken naar PDF)",
            )
        ]
    return []


# What a PDF may do when it is opened, besides showing pages: run a script,
# start a program, send a form, carry other files.
ACTIVE_PDF_KEYS = {"/JS": "JavaScript", "/JavaScript": "JavaScript", "/EmbeddedFiles": "ingesloten bestanden",
                   "/XFA": "een XFA-formulier", "/RichMedia": "ingesloten media"}
ACTIVE_PDF_ACTIONS = {"/JavaScript": "JavaScript", "/Launch": "een opdracht die een programma start",
                      "/SubmitForm": "een formulier dat gegevens verstuurt", "/ImportData": "een opdracht die gegevens inleest"}
MAX_PDF_OBJECTS = 200_000
# The same names as they stand in the file's bytes, for PDFs too damaged to
# parse (a reader may still repair and run them); compressed objects need the parse.
ACTIVE_PDF_NAME_RE = re.compile(rb"/(JavaScript|JS|Launch|SubmitForm|ImportData|EmbeddedFiles|XFA|RichMedia)(?![A-Za-z0-9#])")
ACTIVE_PDF_NAMES = {**ACTIVE_PDF_KEYS, **ACTIVE_PDF_ACTIONS}


def pdf_actions(path: Path) -> str:
    """What active content the PDF holds, in Dutch; "" for none."""
    if found := ACTIVE_PDF_NAME_RE.search(path.read_bytes()):
        return ACTIVE_PDF_NAMES["/" + found.group(1).decode()]
    # pypdf tells in English how it repairs a damaged file ("EOF marker not
    # found"); an editor would read that under the build's notices. Whether
    # the file may be published is this function's answer alone.
    pypdf_log = logging.getLogger("pypdf")  # its modules log below it, at their level
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        return _parsed_pdf_actions(path)
    finally:
        pypdf_log.setLevel(level)


def _parsed_pdf_actions(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            # Its objects cannot be read without the password, so nor checked.
            return "versleutelde inhoud die niet nagekeken kan worden"
        stack, seen, visited = [reader.trailer], set(), 0
        while stack and visited < MAX_PDF_OBJECTS:
            item = stack.pop()
            if isinstance(item, IndirectObject):
                if item.idnum in seen:
                    continue
                seen.add(item.idnum)
                item = item.get_object()
            visited += 1
            if isinstance(item, DictionaryObject):
                for key, value in item.items():
                    if key in ACTIVE_PDF_KEYS:
                        return ACTIVE_PDF_KEYS[key]
                    if key == "/S" and str(value) in ACTIVE_PDF_ACTIONS:
                        return ACTIVE_PDF_ACTIONS[str(value)]
                    if key != "/Parent":
                        stack.append(value)
            elif isinstance(item, ArrayObject):
                stack.extend(item)
    except Exception:  # a damaged PDF is shown by the reader as it can; it cannot act
        return ""
    return ""


def open_heif() -> None:
    """Let Pillow open HEIC (iPhone) pictures; loaded only when one is met (it costs memory)."""
    from pillow_heif import register_heif_opener

    register_heif_opener()


def _picture_problems(path: Path, shown: str, suffix: str, size: int, limits: Limits) -> list[Problem]:
    if size > limits.picture_bytes:
        return [
            Problem(
                shown,
                "bestand",
                f"is {megabytes(size)} groot; een afbeelding mag hoogstens {megabytes(limits.picture_bytes)} "
                "zijn. Verklein de foto (bv. tot 3000 pixels breed) en laad ze opnieuw op",
            )
        ]
    if suffix == ".svg":
        reasons = svg_problems(path.read_bytes())
        return [
            Problem(shown, "bestand", f"deze tekening {reason}; de site publiceert geen tekeningen met code of verwijzingen. "
                    "Bewaar ze opnieuw zonder (of als PNG)")
            for reason in reasons
        ]
    expected = RASTER_FORMATS[suffix]
    if expected == "HEIF":
        open_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path, formats=None) as picture:
                found, (width, height) = picture.format, picture.size
    except Image.DecompressionBombError:
        # Pillow refuses to even describe a picture this large.
        return [_too_many_pixels(shown, "zoveel pixels", limits)]
    except (UnidentifiedImageError, OSError, ValueError):
        return [Problem(shown, "bestand", f"heet {suffix}, maar is geen afbeelding die de site kan tonen; "
                        "open de foto en bewaar ze opnieuw als JPEG of PNG")]
    if found != expected and not (expected == "JPEG" and found == "MPO"):
        return [Problem(shown, "bestand", f"heet {suffix}, maar is een {found}-afbeelding; geef het bestand de juiste extensie")]
    if width * height > limits.picture_pixels:
        return [_too_many_pixels(shown, f"{width} × {height} pixels", limits)]
    return []


def _too_many_pixels(shown: str, size: str, limits: Limits) -> Problem:
    return Problem(
        shown,
        "bestand",
        f"heeft {size}; een afbeelding mag hoogstens {limits.picture_pixels // 1_000_000} miljoen "
        "pixels hebben. Verklein ze (bv. tot 3000 pixels breed) en laad ze opnieuw op",
    )


def unpublishable_static_files(statics, content_path) -> list[Problem]:
    """Pelican's static files that are not regular files of an allowed type inside content/."""
    root = Path(os.path.realpath(content_path))
    problems = []
    for static in statics:
        source = Path(static.source_path)
        real = Path(os.path.realpath(source))
        try:
            relative = real.relative_to(root)
        except ValueError:
            relative = None
        folder = relative.parts[0] if relative and len(relative.parts) > 1 else ""
        if (
            relative is None
            or UNSAFE_NAME_RE.search(source.name)
            or source.is_symlink()
            or not real.is_file()
            or folder not in FOLDER_PURPOSES
            or real.suffix.lower() not in allowed_suffixes(folder)
        ):
            problems.append(
                Problem(
                    "content/" + Path(os.path.relpath(source, root)).as_posix(),
                    "bestand",
                    "wordt niet gepubliceerd: het is geen bestand uit afbeeldingen/, bijlagen/ of "
                    "extra/ van een toegelaten soort; kijk de links naar dit bestand na",
                )
            )
    return problems
