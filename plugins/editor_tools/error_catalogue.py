"""Every mistake the content check can report, with what an editor does about it.

Each :class:`ErrorCase` is a small broken content tree. The editors' guide
(``docs/redactie.md``, written by ``invoke docs``) runs the validator over
each case and prints the messages exactly as ``invoke check`` gives them,
followed by the advice. The tests check that every message the validator can
give is shown by at least one case, so a new message cannot go undocumented.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from PIL import Image

from content_model.loading import Problem
from content_model.validation import load_tree


def picture(width: int = 4, height: int = 3, format: str = "JPEG", mode: str = "RGB") -> bytes:
    """A real picture file of the given size, made here (a few bytes for small ones)."""
    return _picture(width, height, format, mode)


@cache
def _picture(width: int, height: int, format: str, mode: str) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, format=format)
    return buffer.getvalue()


# A small, valid site every case starts from: two councils (so posts must
# name theirs), a project, an image.
BASE: dict[str, str | bytes] = {
    "raden/sint-anna.yml": "name: Wijkraad Sint-Anna\n",
    "raden/molenveld.yml": "name: Buurtcomité Molenveld\n",
    "projecten/groene-kerkstraat.md": (
        "---\ntitle: Groene Kerkstraat\ndate: 2025-01-10\ncouncil: sint-anna\nstage: lopend\n---\n"
        "Meer bomen in de Kerkstraat.\n"
    ),
    "afbeeldingen/buurtfeest.jpg": picture(),
}


def event(*lines: str, body: str = "Iedereen is welkom.") -> str:
    """A valid event with ``lines`` changed or added (same key: the last wins)."""
    keys = {
        "title": "Buurtfeest in het park",
        "date": "2025-06-01",
        "council": "sint-anna",
        "start": "2025-06-14 14:00",
        "location": "Buurtpark",
    }
    extra = []
    for line in lines:
        name = line.split(":", 1)[0]
        if name in keys and not line.startswith(" "):
            keys[name] = line.split(":", 1)[1].strip()
        else:
            extra.append(line)
    written = [f"{key}: {value}" if value else f"{key}:" for key, value in keys.items()]
    return "---\n" + "\n".join(written + extra) + f"\n---\n{body}\n"


def without(text: str, key: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.startswith(f"{key}:"))


DECISION = (
    "---\ntitle: Advies over de schoolstraat\ndate: 2025-06-12\ncouncil: sint-anna\n"
    "meeting: 2025-06-10\noutcome: aangenomen\n{extra}---\nDe raad vraagt een schoolstraat.\n"
)
PROJECT = (
    "---\ntitle: Buurtmoestuin\ndate: 2025-03-01\ncouncil: molenveld\nstage: gepland\n"
    "{extra}---\nEen moestuin voor de hele buurt.\n"
)
EDITION = (
    "---\ntitle: Wijkkrant zomer 2025\ndate: 2025-07-01\npublisher:\n  name: Marleen Peeters\n"
    "  address: Kerkstraat 12, 3500 Bergen-Oost\n{extra}---\nBeste buren,\n"
)


@dataclass(frozen=True)
class ErrorCase:
    group: str  # heading in the guide
    title: str  # what went wrong, in an editor's words
    files: dict[str, str | bytes]  # below content/; the broken files of this case
    advice: str  # what to do about it
    # Files that are links to another path (a link to nothing cannot be read).
    links: dict[str, str] = field(default_factory=dict)
    # Files of a size in bytes, written as holes (sparse): large without
    # costing disk space or time.
    sizes: dict[str, int] = field(default_factory=dict)


GROUPS = (
    "Het bestand zelf",
    "Sleutels en waarden",
    "Datums en uren",
    "Verwijzingen naar andere bestanden",
    "Foto's en bestanden",
)

CASES: tuple[ErrorCase, ...] = (
    # --- the file itself -------------------------------------------------------
    ErrorCase(
        "Het bestand zelf",
        "Het bestand begint niet met `---`",
        {"berichten/nieuwe-bank.md": "title: Nieuwe bank op het plein\n\nEr staat een nieuwe bank.\n"},
        "Zet op de allereerste regel drie streepjes `---`, dan de sleutels (`title:`, `date:` ...), "
        "dan weer een regel `---`. Daaronder komt de tekst. Er mag niets vóór de eerste `---` staan, "
        "ook geen lege regel.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "De sleutels zijn niet afgesloten met `---`",
        {"berichten/nieuwe-bank.md": "---\ntitle: Nieuwe bank op het plein\ndate: 2025-06-01\n\nEr staat een nieuwe bank.\n"},
        "Zet na de laatste sleutel een regel met alleen `---`. Daarna komt de tekst.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Er staan geen sleutels tussen de streepjes",
        {"berichten/nieuwe-bank.md": "---\n---\nEr staat een nieuwe bank.\n"},
        "Schrijf tussen de twee regels `---` minstens de verplichte sleutels, elk op een eigen "
        "regel: `title: ...`, `date: ...`. Welke verplicht zijn, staat in de tabellen hierboven.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "De sleutels staan in een opsomming",
        {"berichten/nieuwe-bank.md": "---\n- title: Nieuwe bank op het plein\n- date: 2025-06-01\n---\nTekst.\n"},
        "Schrijf elke sleutel als `sleutel: waarde` zonder streepje ervoor. Een streepje `- ` "
        "gebruik je alleen voor de items van een lijst, onder een sleutel.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een sleutel is een getal",
        {"berichten/nieuwe-bank.md": "---\ntitle: Nieuwe bank\ndate: 2025-06-01\ncouncil: sint-anna\n2025: nieuwe bank\n---\nTekst.\n"},
        "Voor de dubbelpunt staat altijd de naam van een sleutel, zoals `title` of `date`. "
        "Staat er een dubbelpunt in je tekst, zet de hele waarde dan tussen aanhalingstekens.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "De YAML klopt niet (meestal een dubbelpunt in de tekst)",
        {"evenementen/buurtfeest.md": event("title: Buurtfeest: iedereen welkom")},
        "Kijk naar de regel die genoemd wordt, en de regel ervoor. Staat er een dubbelpunt in de "
        "waarde, zet de waarde dan tussen aanhalingstekens: `title: \"Buurtfeest: iedereen welkom\"`. "
        "Kijk ook na of ingesprongen regels met spaties (geen tabs) even ver inspringen, en of elk "
        "aanhalingsteken een partner heeft.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Het bestand is niet als UTF-8 opgeslagen",
        {"berichten/cafe.md": "---\ntitle: Nieuw café\ndate: 2025-06-01\ncouncil: sint-anna\n---\nHet café opent.\n".encode("latin-1")},
        "Letters zoals é of ë zijn in een andere codering bewaard. Open het bestand opnieuw en "
        "kies bij Opslaan als de codering UTF-8 (in Kladblok: onderaan bij Codering). In de "
        "webeditor van GitHub gebeurt dat vanzelf.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een snelkoppeling in plaats van een bestand",
        {"evenementen/buurtfeest.md": event("image: afbeeldingen/systeem/passwd", "image_alt: Een bestand")},
        "Een snelkoppeling (symbolische link) kan naar elke plek op de computer wijzen die de site "
        "bouwt; de site volgt ze nooit. Verwijder de snelkoppeling en zet het bestand zelf in de map.",
        links={"afbeeldingen/systeem": "/etc", "bijlagen/verslag.pdf": "../../verslagen/verslag-juni.pdf"},
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een bestandsnaam zonder letters of cijfers",
        {"berichten/🎉.md": "---\ntitle: Feest\ndate: 2025-06-01\ncouncil: sint-anna\n---\nTekst.\n"},
        "De bestandsnaam wordt het webadres van de pagina. Gebruik letters, cijfers en "
        "koppeltekens, bv. `buurtfeest-2025.md`.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een raad in twee bestanden",
        {"raden/heilig-hart.yml": "name: Wijkraad Heilig Hart\n", "raden/heilig-hart.yaml": "name: Wijkraad Heilig Hart\n"},
        "Hou één bestand per raad, met de extensie `.yml`, en verwijder het andere.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een tekstbestand dat te groot is",
        {},
        "Een bericht van meer dan 200 kB is tien boeken lang: meestal is er per ongeluk iets in "
        "geplakt. Maak de tekst korter, of zet een lang verslag als PDF in `content/bijlagen/` en "
        "link ernaar.",
        sizes={"berichten/verslag.md": 300_000},
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een onzichtbaar stuurteken",
        {"berichten/nieuwe-bank.md": "---\ntitle: Nieuwe bank\ndate: 2025-06-01\ncouncil: sint-anna\n---\nEr staat\x00 een bank.\n"},
        "Bij kopiëren uit een ander programma komen soms onzichtbare tekens mee. Typ de genoemde "
        "regel opnieuw, of kopieer de tekst eerst in een eenvoudige teksteditor (Kladblok).",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Het bestand staat in een onbekende map",
        {"nieuws/nieuwe-bank.md": "---\ntitle: Nieuwe bank\ndate: 2025-06-01\ncouncil: sint-anna\n---\nTekst.\n"},
        "Elk soort bestand heeft zijn map in `content/`: evenementen in `evenementen/`, nieuws in "
        "`berichten/`, enzovoort (zie de tabellen hierboven). Verplaats het bestand naar de juiste "
        "map; in de webeditor van GitHub doe je dat door de map in de bestandsnaam aan te passen.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Het bestand heeft de verkeerde extensie",
        {"evenementen/buurtfeest.txt": event()},
        "Berichten, evenementen, projecten, besluiten, pagina's en wijkkranten eindigen op `.md`, "
        "raden op `.yml`. Geef het bestand de juiste naam.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een wijkkrant heeft een verkeerde bestandsnaam",
        {"wijkkrant/zomer.md": EDITION.format(extra="")},
        "Een editie van de wijkkrant heet naar het jaar en het kwartaal: `2025-q3.md` voor juli tot "
        "september 2025. `invoke new wijkkrant \"...\"` kiest die naam zelf.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Er staat nog «VUL IN …» van een nieuw bestand",
        {"evenementen/buurtfeest.md": event("start: «VUL IN begin, bv. 2025-06-14 14:00»")},
        "`invoke new` zet `«VUL IN …»` waar je nog iets moet invullen. Vervang het door je eigen "
        "tekst, hier bv. `start: 2025-06-14 14:00`. Zolang het er staat, komt het bestand niet online.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een tab om in te springen",
        {"besluiten/schoolstraat.md": DECISION.format(extra="follow_up:\n\t- date: 2025-06-20\n\t  status: ingediend\n")},
        "Spring in met spaties, twee per niveau. Een tab zie je niet, maar de sleutels bovenaan "
        "lezen hem niet. In GitHub's webeditor zet je onder het tandwiel *Indent mode* op *Spaces*.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een tab na de dubbelpunt",
        {"berichten/bank.md": "---\ntitle:\tNieuwe bank\ndate: 2025-06-01\ncouncil: sint-anna\n---\nEr staat een bank.\n"},
        "Typ na `title:` een gewone spatie in plaats van een tab.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een harde spatie uit Word",
        {"berichten/bank.md": "---\ntitle: Nieuwe bank\ndate:\u00a02025-06-01\ncouncil: sint-anna\n---\nEr staat een bank.\n"},
        "Word en sommige websites zetten een *harde spatie* die er gewoon uitziet. Wis de spatie "
        "na de dubbelpunt en typ ze opnieuw.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een waarde tussen gekrulde aanhalingstekens",
        {"berichten/feest.md": "---\ntitle: “Buurtfeest: welkom”\ndate: 2025-06-01\ncouncil: sint-anna\n---\nWelkom.\n"},
        "Word maakt van rechte aanhalingstekens gekrulde (“ ”). Rond een hele waarde gebruik je "
        "rechte: `title: \"Buurtfeest: welkom\"`. Gekrulde aanhalingstekens *in* een titel mogen wel: "
        "`title: Het “nieuwe” plein`.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een bestandsnaam met spaties of hoofdletters",
        {"afbeeldingen/Buurtfeest 2025.JPG": picture()},
        "Hernoem het bestand zoals de melding voorstelt: kleine letters en een koppelteken in plaats "
        "van een spatie (`buurtfeest-2025.jpg`). Pas daarna de verwijzing in je bericht aan.",
    ),
    # --- keys and values ----------------------------------------------------------
    ErrorCase(
        "Sleutels en waarden",
        "Een verplichte sleutel ontbreekt",
        {"evenementen/buurtfeest.md": without(event(), "location")},
        "Voeg de sleutel toe. Welke sleutels verplicht zijn, staat in de tabellen hierboven.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een sleutel met een tikfout",
        {"evenementen/buurtfeest.md": event("locatie: Buurtpark")},
        "De naam van een sleutel is een Engels woord in kleine letters, precies zoals in de tabel "
        "(`location`, niet `locatie` of `Location`). Verbeter de naam; de melding stelt de "
        "bedoelde sleutel voor.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een sleutel die niet bestaat",
        {"evenementen/buurtfeest.md": event("kleur: rood")},
        "Deze sleutel bestaat niet voor deze soort bestand. Haal hem weg, of kies een sleutel uit "
        "de lijst in de melding. Wil je iets vertellen dat geen sleutel heeft, schrijf het dan in "
        "de tekst onder de streepjes.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een waarde die niet in de lijst staat",
        {"projecten/buurtmoestuin.md": PROJECT.format(extra="").replace("stage: gepland", "stage: bezig")},
        "Sommige sleutels hebben een vaste lijst van waarden. Kies er een uit de melding, precies "
        "zo geschreven (kleine letters).",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een wijkkrant zonder verantwoordelijke uitgever",
        {"wijkkrant/2025-q3.md": "---\ntitle: Wijkkrant zomer 2025\ndate: 2025-07-01\n---\nBeste buren,\n"},
        "Op elk gedrukt blad moet een verantwoordelijke uitgever staan (wettelijk verplicht). "
        "Voeg toe:\n\n```\npublisher:\n  name: Marleen Peeters\n  address: Kerkstraat 12, 3500 Bergen-Oost\n```",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een status van de opvolging die niet in de lijst staat",
        {"besluiten/schoolstraat.md": DECISION.format(
            extra="follow_up:\n  - date: 2025-06-20\n    status: verstuurd\n")},
        "Elke stap van de opvolging (`follow_up`) heeft een `status` uit de lijst in de melding, "
        "precies zo geschreven.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een sleutel zonder waarde",
        {"evenementen/buurtfeest.md": event("title:")},
        "Na de dubbelpunt moet een tekst staan. Vul hem in, of haal de hele regel weg als de "
        "sleutel niet verplicht is.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een lege tekst",
        {"evenementen/buurtfeest.md": event('summary: ""')},
        "Vul een tekst in tussen de aanhalingstekens, of haal de regel weg.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een geheel getal is nodig",
        {"besluiten/schoolstraat.md": DECISION.format(extra="votes:\n  voor: zeven\n  tegen: 1\n")},
        "Schrijf het aantal in cijfers: `voor: 7`.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een negatief getal",
        {"besluiten/schoolstraat.md": DECISION.format(extra="votes:\n  voor: 7\n  tegen: -1\n")},
        "Aantallen en bedragen zijn 0 of meer. Verbeter het getal.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een bedrag met een euroteken of punt",
        {"projecten/buurtmoestuin.md": PROJECT.format(extra="budget: € 12.500\n")},
        "Schrijf een bedrag als getal zonder euroteken en zonder punt voor de duizendtallen: "
        "`budget: 12500` (met cent: `budget: 12500.50`). De site toont het als € 12.500.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een lijst is nodig",
        {"raden/heilig-hart.yml": "name: Wijkraad Heilig Hart\nmembers: Marleen Peeters\n"},
        "Schrijf elk item op een eigen regel die begint met `- `, ingesprongen onder de sleutel. "
        "Bij leden: `- name: ...` met daaronder `role: ...`, zoals in het voorbeeld in de tabel.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een groep sleutels is nodig",
        {"besluiten/schoolstraat.md": DECISION.format(extra="votes: 7 voor, 1 tegen\n")},
        "Deze sleutel bestaat uit kleinere sleutels, elk op een eigen regel en twee spaties "
        "ingesprongen, bv.:\n\n```\nvotes:\n  voor: 7\n  tegen: 1\n  onthouding: 2\n```",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een slug met hoofdletters of spaties",
        {"evenementen/buurtfeest.md": event("council: Sint Anna")},
        "Een slug is de naam van een bestand zonder `.md` of `.yml`: kleine letters, cijfers en "
        "koppeltekens, bv. `sint-anna` voor `raden/sint-anna.yml`.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een e-mailadres klopt niet",
        {"raden/heilig-hart.yml": "name: Wijkraad Heilig Hart\nemail: wijkraad(at)example.org\n"},
        "Schrijf het volledige adres met @, zonder spaties: `wijkraad@example.org`.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een webadres zonder https://",
        {"raden/heilig-hart.yml": "name: Wijkraad Heilig Hart\nlinks:\n  Stad Bergen-Oost: www.example.org/stad\n"},
        "Kopieer het adres uit de adresbalk van je browser: het begint met `https://`.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Inschrijven zonder webadres of e-mailadres",
        {"evenementen/buurtfeest.md": event("registration: bij Jan op nummer 12")},
        "Geef een webadres (`https://...`) of een e-mailadres. Andere manieren om in te schrijven "
        "vertel je in de tekst.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een afbeelding die er niet is",
        {"evenementen/buurtfeest.md": event("image: afbeeldingen/feest.jpg", "image_alt: Buren dansen op het plein")},
        "Laad de afbeelding op in `content/afbeeldingen/` (in GitHub: open die map, *Add file* > "
        "*Upload files*) en schrijf de naam precies zo, met hoofdletters en extensie.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een afbeelding zonder beschrijving",
        {"evenementen/buurtfeest.md": event("image: afbeeldingen/buurtfeest.jpg")},
        "Voeg `image_alt:` toe met een korte zin over wat er op de afbeelding te zien is. "
        "Blinde en slechtziende bewoners horen die zin voorgelezen.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een sleutel die twee keer voorkomt",
        {"evenementen/buurtfeest.md": "---\ntitle: Buurtfeest\ndate: 2025-06-01\ncouncil: sint-anna\n"
         "start: 2025-06-14 14:00\nlocation: Buurtpark\ntitle: Buurtfeest in het park\n---\nWelkom.\n"},
        "Elke sleutel staat maar één keer in een bestand. Hou de regel met de juiste waarde en "
        "verwijder de andere.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een waarde die met een sterretje begint",
        {"evenementen/buurtfeest.md": event("title: *Nieuw* buurtfeest")},
        "Zet de hele waarde tussen aanhalingstekens: `title: \"*Nieuw* buurtfeest\"`. Een `*` of "
        "`&` vooraan heeft anders een speciale betekenis.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Lijsten in lijsten, te diep",
        {"evenementen/buurtfeest.md": event("tags: " + "[" * 25 + "groen" + "]" * 25)},
        "Een lijst is één niveau: `tags: [groen, verkeer]`. Kijk de haakjes en de inspringing na.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "HTML-code in een titel of naam",
        {"evenementen/buurtfeest.md": event("title: <b>Buurtfeest</b>")},
        "Titels en namen zijn gewone tekst: feedlezers en agenda's tonen ze zoals ze zijn. Haal de "
        "code weg; wil je iets benadrukken, doe dat in de tekst onder de streepjes.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een thema zonder letters of cijfers",
        {"evenementen/buurtfeest.md": event("tags: ['!!!']")},
        "Een thema krijgt een eigen pagina met een adres uit zijn naam. Schrijf het in woorden, bv. "
        "`tags: [feest]`.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een getal dat oneindig is",
        {"projecten/buurtmoestuin.md": PROJECT.format(extra="budget: .inf\n")},
        "Schrijf een gewoon bedrag in cijfers, bv. `budget: 12500`.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een afbeelding buiten content/",
        {"evenementen/buurtfeest.md": event("image: ../../../etc/passwd", "image_alt: Een bestand")},
        "De site gebruikt alleen bestanden uit `content/`. Laad de foto op in "
        "`content/afbeeldingen/` en schrijf `image: afbeeldingen/naam.jpg`.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een afbeelding die geen afbeelding is",
        {"evenementen/buurtfeest.md": event("image: bijlagen/verslag.pdf", "image_alt: Het verslag"),
         "bijlagen/verslag.pdf": b"%PDF-1.4\n"},
        "Bij `image` en `cover` hoort een foto of tekening uit `content/afbeeldingen/` (.jpg, .png, "
        ".webp, .gif of .svg). Een document zet je als link in de tekst.",
    ),
    # --- dates and times -------------------------------------------------------------
    ErrorCase(
        "Datums en uren",
        "Een datum in de verkeerde vorm",
        {"besluiten/schoolstraat.md": DECISION.format(extra="").replace("meeting: 2025-06-10", "meeting: 10 juni 2025")},
        "Schrijf een datum als jaar-maand-dag met cijfers: `2025-06-10`.",
    ),
    ErrorCase(
        "Datums en uren",
        "Een datum met uur in de verkeerde vorm",
        {"evenementen/buurtfeest.md": event("start: 14/06/2025 om 14u")},
        "Schrijf jaar-maand-dag, een spatie en het uur met een dubbelpunt: `2025-06-14 14:00`. "
        "Voor een activiteit die de hele dag duurt: alleen de datum.",
    ),
    ErrorCase(
        "Datums en uren",
        "Een datum die niet bestaat",
        {"evenementen/buurtfeest.md": event("date: 2025-02-30")},
        "Kijk de dag en de maand na: februari heeft 28 of 29 dagen, april, juni, september en "
        "november 30.",
    ),
    ErrorCase(
        "Datums en uren",
        "Een jaar dat niet kan",
        {"evenementen/buurtfeest.md": event("end: 9999-06-14 17:00")},
        "Kijk het jaar na: meestal is het een tikfout, zoals 2205 in plaats van 2025.",
    ),
    ErrorCase(
        "Datums en uren",
        "Een uur dat niet bestaat",
        {"evenementen/buurtfeest.md": event("start: 2025-06-14 25:00")},
        "Uren gaan van 00:00 tot 23:59. Kijk het uur na.",
    ),
    ErrorCase(
        "Datums en uren",
        "Een uur in de nacht van de zomertijd",
        {"evenementen/buurtfeest.md": event("start: 2026-03-29 02:30")},
        "In de nacht naar de zomertijd bestaan de uren van 02:00 tot 03:00 niet. Kies een ander uur.",
    ),
    ErrorCase(
        "Datums en uren",
        "Begin met uur, einde zonder uur",
        {"evenementen/buurtfeest.md": event("end: 2025-06-14")},
        "Geef begin en einde allebei met een uur (`2025-06-14 17:00`), of allebei zonder uur voor "
        "een activiteit van een of meer hele dagen.",
    ),
    ErrorCase(
        "Datums en uren",
        "Het einde ligt vóór het begin",
        {"evenementen/buurtfeest.md": event("end: 2025-06-14 12:00")},
        "Kijk de datums en uren na: het einde (of de streefdatum) komt na het begin.",
    ),
    ErrorCase(
        "Datums en uren",
        "De streefdatum ligt vóór het begin",
        {"projecten/buurtmoestuin.md": PROJECT.format(extra="start: 2025-06-01\ndeadline: 2025-01-01\n")},
        "Kijk de datums na: de streefdatum (`deadline`) van een project komt na zijn begin (`start`).",
    ),
    # --- references to other files --------------------------------------------------
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een raad die niet bestaat",
        {"evenementen/buurtfeest.md": event("council: sint-ana")},
        "Kies een raad uit de lijst in de melding: dat zijn de bestandsnamen in `content/raden/`. "
        "Meestal is het een tikfout.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "De raad ontbreekt",
        {"evenementen/buurtfeest.md": without(event(), "council")},
        "Deze site heeft meer dan één raad: zeg bij elk bericht van welke raad het is, met "
        "`council: sint-anna`. Is het van twee raden: `council: [sint-anna, molenveld]`.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een project dat niet bestaat",
        {"evenementen/buurtfeest.md": event("project: groene-straat")},
        "Schrijf de bestandsnaam van het project in `content/projecten/`, zonder `.md`.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een bericht voor de wijkkrant dat niet bestaat",
        {"wijkkrant/2025-q3.md": EDITION.format(extra="include: [zomerbar]\n")},
        "Bij `include` en `exclude` staan bestandsnamen van berichten, evenementen, projecten of "
        "besluiten, zonder `.md`. Kijk de naam na.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Twee bestanden met dezelfde naam",
        {
            "evenementen/buurtfeest.md": event(),
            "berichten/buurtfeest.md": "---\ntitle: Terugblik op het buurtfeest\ndate: 2025-06-20\ncouncil: sint-anna\n---\nHet was fijn.\n",
        },
        "Twee berichten (ook in verschillende mappen) mogen niet dezelfde bestandsnaam hebben: "
        "ze zouden hetzelfde adres krijgen. Geef een van beide een andere naam, bv. "
        "`buurtfeest-terugblik.md`.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een pagina met een naam die de site zelf gebruikt",
        {"paginas/agenda.md": "---\ntitle: Agenda\n---\nOnze vergaderingen.\n"},
        "Adressen zoals `agenda`, `evenementen` of `raden` maakt de site zelf. Geef de pagina "
        "een andere bestandsnaam, bv. `vergaderingen.md`.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een link naar een bestand dat er niet is",
        {"besluiten/schoolstraat.md": DECISION.format(extra="").replace(
            "De raad vraagt een schoolstraat.", "Lees het [verslag](bijlagen/verslag-juni.pdf)."
        )},
        "Laad het bestand op in `content/bijlagen/` (of `content/afbeeldingen/`) of verbeter de "
        "naam in de link: hoofdletters en extensie tellen mee.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een link naar een bestand buiten content/",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\n"
         "Lees het [verslag]({attach}../../../../etc/passwd).\n"},
        "Een link naar een bestand van de site wijst naar `content/afbeeldingen/`, "
        "`content/bijlagen/` of `content/extra/`, bv. `[verslag](bijlagen/verslag-juni.pdf)`. Laad "
        "het bestand daar op.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een link naar een bestand buiten de mappen voor bestanden",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\n"
         "Zie [de raad]({static}/raden/sint-anna.yml).\n"},
        "Alleen bestanden in `afbeeldingen/`, `bijlagen/` en `extra/` komen als bestand op de site. "
        "Link naar een pagina van de site met zijn webadres, bv. `[de raad](/raden/sint-anna/)`.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een bericht bij het project van een andere raad",
        {"berichten/moestuin.md": "---\ntitle: Moestuin\ndate: 2025-06-01\ncouncil: sint-anna\nproject: groene-kerkstraat\n---\nNieuws.\n",
         "projecten/groene-kerkstraat.md": PROJECT.replace("Buurtmoestuin", "Groene Kerkstraat").format(extra="")},
        "Een bericht over een project hoort bij de raad van dat project. Kies het juiste project, of "
        "zet beide raden bij `council:`, bv. `council: [sint-anna, molenveld]`.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een raad met een bestandsnaam die geen adres kan zijn",
        {"raden/noord_oost.yml": "name: Wijkraad Noord-Oost\n"},
        "De bestandsnaam van een raad is het adres van zijn pagina en wat je bij `council:` schrijft. "
        "Gebruik kleine letters, cijfers en koppeltekens: `noord-oost.yml`.",
    ),
    # --- pictures and files ------------------------------------------------------------------
    ErrorCase(
        "Foto's en bestanden",
        "Een afbeelding van een andere website",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\n"
         "![De straat](https://www.example.org/straat.jpg)\n"},
        "De site laadt niets van andere websites: zo weet niemand anders wie de site bezoekt. "
        "Download de foto (als je ze mag gebruiken), laad ze op in `content/afbeeldingen/` en "
        "schrijf `![De straat](afbeeldingen/straat.jpg)`. Een gewone link naar een andere website "
        "mag wel.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een ingesloten video of kaart",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\n"
         '<iframe src="https://www.example.org/video"></iframe>\n'},
        "Ingesloten video's, kaarten en formulieren laden van een andere website en volgen wie "
        "kijkt. Zet in de plaats een gewone link: `[Bekijk de video](https://...)`.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Code in de tekst",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\n"
         "<script>alert('hallo')</script>\n"},
        "De site voert geen code uit die in een bericht staat. Haal de code weg. Vet, schuin, "
        "lijsten en links schrijf je in Markdown (zie [Zo werkt het](#zo-werkt-het)).",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een bestand dat niet in de map hoort",
        {"bijlagen/uitnodiging.html": "<p>Welkom</p>\n"},
        "Elke map neemt alleen zijn soort bestanden: `afbeeldingen/` foto's en tekeningen, "
        "`bijlagen/` documenten (PDF, ODT, DOCX, XLSX, CSV, TXT), `extra/` andere bestanden om te "
        "downloaden. Bewaar een document als PDF; een webpagina maak je in `content/paginas/`.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een tekening (SVG) met code",
        {"afbeeldingen/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>\n'},
        "Een SVG-tekening kan code bevatten die in de browser van bewoners zou draaien. Bewaar de "
        "tekening opnieuw als 'gewone SVG' of 'geoptimaliseerde SVG' (in Inkscape) zonder scripts "
        "en links, of bewaar ze als PNG.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een foto die geen foto is",
        {"afbeeldingen/straat.jpg": "dit is geen foto\n"},
        "Het bestand heet .jpg, maar is geen foto (misschien een webpagina of een half opgeladen "
        "bestand). Open de foto op je computer of telefoon en laad ze opnieuw op.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een foto met de verkeerde extensie",
        {"afbeeldingen/straat.jpg": picture(format="PNG")},
        "De extensie moet zeggen wat de foto is: een PNG heet `.png`. Hernoem het bestand en pas "
        "de verwijzingen aan.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een foto met te veel pixels",
        {"afbeeldingen/luchtfoto.png": picture(9000, 6000, "PNG", "1")},
        "Zo'n groot beeld kost de computer die de site bouwt gigabytes geheugen. Verklein de foto "
        "tot hoogstens 3000 pixels breed (in je fotoprogramma: Formaat wijzigen) en laad ze opnieuw op.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een foto die te groot is",
        {},
        "Verklein de foto tot hoogstens 3000 pixels breed, of bewaar ze als JPEG: dan is ze "
        "meestal kleiner dan 3 MB.",
        sizes={"afbeeldingen/straat.jpg": 30_000_000},
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een bijlage die te groot is",
        {},
        "Bewaar het document kleiner: in de meeste programma's kies je bij Opslaan als PDF "
        "'kleinste bestandsgrootte' of 'voor het web'.",
        sizes={"bijlagen/verslag.pdf": 25_000_000},
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een PDF die geen PDF is",
        {"bijlagen/verslag.pdf": "<html><body>Verslag</body></html>\n"},
        "Het bestand heet .pdf maar is iets anders. Bewaar het document opnieuw als PDF (Opslaan "
        "als, of Afdrukken naar PDF) en laad het opnieuw op.",
    ),

    ErrorCase(
        "Het bestand zelf",
        "Een verborgen bestand",
        {"berichten/.concept.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\nNog niet klaar.\n"},
        "Bestanden en mappen waarvan de naam met een punt begint, zijn verborgen; de site gebruikt "
        "ze niet. Geef het bestand een naam zonder punt vooraan, of verwijder het. Wil je een "
        "bericht nog niet tonen, gebruik dan `status: draft`.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Mappen in mappen, te diep",
        {"afbeeldingen/2025/juni/feest/avond/laat/foto.png": picture(format="PNG")},
        "Zet foto's en bijlagen rechtstreeks in `content/afbeeldingen/` of `content/bijlagen/`, of "
        "hoogstens een paar mappen dieper.",
    ),
    ErrorCase(
        "Het bestand zelf",
        "Een bestandsnaam met een teken dat in een webadres iets betekent",
        {"afbeeldingen/bomen&planten.png": picture(format="PNG")},
        "Tekens zoals `&`, `#`, `?`, `%` en aanhalingstekens betekenen iets in een webadres. Hernoem "
        "het bestand met alleen letters, cijfers, `-` en `_`, bv. `bomen-en-planten.png`, en pas "
        "de verwijzingen aan.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een label zoals !!int voor een waarde",
        {"projecten/buurtmoestuin.md": PROJECT.format(extra="budget: !!int 12500\n")},
        "Schrijf de waarde zonder label: `budget: 12500`. Begint een tekst met `!`, zet hem dan "
        "tussen aanhalingstekens.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Sleutels overnemen met <<",
        {"raden/heilig-hart.yml": "name: Wijkraad Heilig Hart\ncontact:\n  <<: {name: Sofie}\n"},
        "Schrijf elke sleutel voluit onder de groep, bv. `contact:` en daaronder `  name: Sofie`.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een stuurteken als code in een waarde",
        {"evenementen/buurtfeest.md": event('title: "Buurtfeest\\x07 in het park"')},
        "Tussen dubbele aanhalingstekens maakt `\\x07` (en ook `\\0`, `\\a`) een onzichtbaar "
        "teken. Haal die code weg.",
    ),
    ErrorCase(
        "Sleutels en waarden",
        "Een getal met duizenden cijfers",
        {"projecten/buurtmoestuin.md": PROJECT.format(extra="budget: " + "9" * 5000 + "\n")},
        "Kijk het getal na: meestal is er per ongeluk iets geplakt. Een bedrag is een gewoon getal, "
        "bv. `budget: 12500`.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een link met een verkeerd geschreven {static}",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\nLees het [verslag]({static|bijlagen/verslag.pdf).\n",
          "bijlagen/verslag.pdf": b"%PDF-1.4\n"},
        "Schrijf `{static}`, `{attach}` of `{filename}` met twee accolades, of laat het weg: "
        "`[verslag](bijlagen/verslag.pdf)` werkt ook.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een link naar een bestand met ? of & erin",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\nLees het [verslag](bijlagen/verslag.pdf?versie=2).\n",
          "bijlagen/verslag.pdf": b"%PDF-1.4\n"},
        "Een link naar een bestand van de site is alleen de naam van het bestand, zonder `?`, `&` "
        "of aanhalingstekens erachter.",
    ),
    ErrorCase(
        "Verwijzingen naar andere bestanden",
        "Een link naar een bestand met # erin",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\nLees het [verslag](bijlagen/verslag.pdf#pagina=2).\n",
          "bijlagen/verslag.pdf": b"%PDF-1.4\n"},
        "Een link naar een bestand kan niet naar een plek in dat bestand wijzen. Schrijf in de "
        "tekst welke pagina je bedoelt.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een afbeelding in de tekst die niet in afbeeldingen/ staat",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\n![Het plein](plein.jpg)\n"},
        "Laad de foto op in `content/afbeeldingen/` en schrijf `![Het plein](afbeeldingen/plein.jpg)`.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een document als afbeelding in de tekst",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\n![Het verslag](bijlagen/verslag.pdf)\n",
          "bijlagen/verslag.pdf": b"%PDF-1.4\n"},
        "Met `![...](...)` toon je een foto of tekening. Voor een document zet je een gewone link: "
        "`[het verslag](bijlagen/verslag.pdf)`.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Ongewoon veel haken in een tekst",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\n" + "[x] " * 2100 + "\n"},
        "Zo'n tekst maakt de site heel traag. Splits hem in kortere berichten, of zet een lange "
        "lijst als PDF in `content/bijlagen/`.",
    ),
    ErrorCase(
        "Foto's en bestanden",
        "Een PDF met JavaScript",
        {"bijlagen/formulier.pdf": b"%PDF-1.4\n1 0 obj<</OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n"},
        "Sommige programma's zetten code in een PDF (bv. een formulier dat zichzelf invult). Maak "
        "het document opnieuw met *Afdrukken naar PDF*: dan blijft alleen de tekst over.",
    ),

    ErrorCase(
        "Foto's en bestanden",
        "Een afbeelding in de tekst zonder beschrijving",
        {"berichten/verslag.md": "---\ntitle: Verslag\ndate: 2025-06-01\ncouncil: sint-anna\n---\n![](afbeeldingen/buurtfeest.jpg)\n"},
        "Schrijf tussen de rechte haken wat er op de foto te zien is: "
        "`![Buren dansen op het plein](afbeeldingen/buurtfeest.jpg)`. Wie de foto niet ziet, hoort die tekst.",
    ),
)


# What ``invoke check`` must say for each case: the file (below content/), the
# key and a part of the reason. The tests hold the check to it.
EXPECTED: dict[str, tuple[str, str, str]] = {
    "Er staat nog «VUL IN …» van een nieuw bestand": ("evenementen/buurtfeest.md", "regel 5", "nog in te vullen: begin"),
    "Een tab om in te springen": ("besluiten/schoolstraat.md", "regel 8", "begint met een tab"),
    "Een tab na de dubbelpunt": ("berichten/bank.md", "regel 2", "heeft een tab na 'title:'"),
    "Een harde spatie uit Word": ("berichten/bank.md", "regel 3", "harde spatie (U+00A0"),
    "Een waarde tussen gekrulde aanhalingstekens": ("berichten/feest.md", "regel 2", "tussen gekrulde aanhalingstekens"),
    "Een bestandsnaam met spaties of hoofdletters": ("afbeeldingen/Buurtfeest 2025.JPG", "bestand", "hernoem het bestand naar 'buurtfeest-2025.jpg'"),
    "Een bericht bij het project van een andere raad": ("berichten/moestuin.md", "project", "hoort bij molenveld, dit bericht bij sint-anna"),
    "Een raad met een bestandsnaam die geen adres kan zijn": ("raden/noord_oost.yml", "bestandsnaam", "kan geen adres van een raad zijn"),
    "Een afbeelding in de tekst zonder beschrijving": ("berichten/verslag.md", "regel 6", "heeft geen beschrijving"),
    "Het bestand begint niet met `---`": ("berichten/nieuwe-bank.md", "sleutels bovenaan", "moet beginnen met een regel '---'"),
    "De sleutels zijn niet afgesloten met `---`": ("berichten/nieuwe-bank.md", "sleutels bovenaan", "niet afgesloten"),
    "Er staan geen sleutels tussen de streepjes": ("berichten/nieuwe-bank.md", "sleutels bovenaan", "zijn leeg"),
    "De sleutels staan in een opsomming": ("berichten/nieuwe-bank.md", "sleutels bovenaan", "geen lijst van sleutels"),
    "Een sleutel is een getal": ("berichten/nieuwe-bank.md", "2025", "een sleutel moet een woord zijn"),
    "De YAML klopt niet (meestal een dubbelpunt in de tekst)": ("evenementen/buurtfeest.md", "regel 2", "de sleutels bovenaan (YAML) kloppen niet"),
    "Het bestand is niet als UTF-8 opgeslagen": ("berichten/cafe.md", "regel 2", "niet in UTF-8"),
    "Een snelkoppeling in plaats van een bestand": ("afbeeldingen/systeem", "bestand", "is een snelkoppeling"),
    "Een bestandsnaam zonder letters of cijfers": ("berichten/🎉.md", "bestandsnaam", "geen webadres"),
    "Een raad in twee bestanden": ("raden/heilig-hart.yaml", "bestandsnaam", "beschrijft dezelfde raad"),
    "Een tekstbestand dat te groot is": ("berichten/verslag.md", "bestand", "mag hoogstens 200 kB zijn"),
    "Een onzichtbaar stuurteken": ("berichten/nieuwe-bank.md", "regel 6", "U+0000 (NULL)"),
    "Een sleutel die twee keer voorkomt": ("evenementen/buurtfeest.md", "regel 7", "'title' staat meer dan één keer"),
    "Een waarde die met een sterretje begint": ("evenementen/buurtfeest.md", "regel 2", "tussen aanhalingstekens"),
    "Lijsten in lijsten, te diep": ("evenementen/buurtfeest.md", "regel 7", "niveaus diep genest"),
    "HTML-code in een titel of naam": ("evenementen/buurtfeest.md", "title", "bevat HTML-code"),
    "Een thema zonder letters of cijfers": ("evenementen/buurtfeest.md", "tags", "geen letters of cijfers"),
    "Een getal dat oneindig is": ("projecten/buurtmoestuin.md", "budget", "gewoon getal"),
    "Een afbeelding buiten content/": ("evenementen/buurtfeest.md", "image", "ligt buiten content/"),
    "Een afbeelding die geen afbeelding is": ("evenementen/buurtfeest.md", "image", "is geen afbeelding"),
    "Een jaar dat niet kan": ("evenementen/buurtfeest.md", "end", "ligt niet tussen 1900 en 2199"),
    "Een link naar een bestand buiten content/": ("berichten/verslag.md", "regel 6", "ligt buiten content/"),
    "Een link naar een bestand buiten de mappen voor bestanden": ("berichten/verslag.md", "regel 6", "staat niet in afbeeldingen/"),
    "Een afbeelding van een andere website": ("berichten/verslag.md", "regel 6", "komt van een andere website"),
    "Een ingesloten video of kaart": ("berichten/verslag.md", "regel 6", "<iframe> wordt niet gepubliceerd"),
    "Code in de tekst": ("berichten/verslag.md", "regel 6", "<script> is code"),
    "Een bestand dat niet in de map hoort": ("bijlagen/uitnodiging.html", "bestand", "hoort niet in bijlagen/"),
    "Een tekening (SVG) met code": ("afbeeldingen/logo.svg", "bestand", "gebeurtenis-code (onload"),
    "Een foto die geen foto is": ("afbeeldingen/straat.jpg", "bestand", "is geen afbeelding"),
    "Een foto met de verkeerde extensie": ("afbeeldingen/straat.jpg", "bestand", "is een PNG-afbeelding"),
    "Een foto met te veel pixels": ("afbeeldingen/luchtfoto.png", "bestand", "9000 × 6000 pixels"),
    "Een foto die te groot is": ("afbeeldingen/straat.jpg", "bestand", "een afbeelding mag hoogstens 25 MB"),
    "Een bijlage die te groot is": ("bijlagen/verslag.pdf", "bestand", "een bijlage mag hoogstens 20 MB"),
    "Een verborgen bestand": ("berichten/.concept.md", "bestand", "is verborgen"),
    "Mappen in mappen, te diep": ("afbeeldingen/2025/juni/feest/avond/laat", "bestand", "mappen diep"),
    "Een bestandsnaam met een teken dat in een webadres iets betekent": ("afbeeldingen/bomen&planten.png", "bestand", "het teken '&'"),
    "Een label zoals !!int voor een waarde": ("projecten/buurtmoestuin.md", "regel 6", "labels zoals !!int"),
    "Sleutels overnemen met <<": ("raden/heilig-hart.yml", "regel 3", "'<<' neemt sleutels over"),
    "Een stuurteken als code in een waarde": ("evenementen/buurtfeest.md", "title", "U+0007"),
    "Een getal met duizenden cijfers": ("projecten/buurtmoestuin.md", "regel 6", "honderden cijfers"),
    "Een link met een verkeerd geschreven {static}": ("berichten/verslag.md", "regel 6", "is verkeerd geschreven"),
    "Een link naar een bestand met ? of & erin": ("berichten/verslag.md", "regel 6", "het teken '?'"),
    "Een link naar een bestand met # erin": ("berichten/verslag.md", "regel 6", "bevat een #"),
    "Een afbeelding in de tekst die niet in afbeeldingen/ staat": ("berichten/verslag.md", "regel 6", "staat niet in content/afbeeldingen/"),
    "Een document als afbeelding in de tekst": ("berichten/verslag.md", "regel 6", "is geen afbeelding"),
    "Ongewoon veel haken in een tekst": ("berichten/verslag.md", "bestand", "vierkante haken"),
    "Een PDF met JavaScript": ("bijlagen/formulier.pdf", "bestand", "bevat JavaScript"),
    "Een PDF die geen PDF is": ("bijlagen/verslag.pdf", "bestand", "geen PDF-bestand"),
    "Het bestand staat in een onbekende map": ("nieuws/nieuwe-bank.md", "bestand", "staat niet in een gekende map"),
    "Het bestand heeft de verkeerde extensie": ("evenementen/buurtfeest.txt", "bestand", "alleen .md-bestanden"),
    "Een wijkkrant heeft een verkeerde bestandsnaam": ("wijkkrant/zomer.md", "bestandsnaam", "jaar-kwartaal"),
    "Een verplichte sleutel ontbreekt": ("evenementen/buurtfeest.md", "location", "ontbreekt"),
    "Een wijkkrant zonder verantwoordelijke uitgever": ("wijkkrant/2025-q3.md", "publisher", "ontbreekt"),
    "Een status van de opvolging die niet in de lijst staat": ("besluiten/schoolstraat.md", "follow_up, nr. 1, status", "kies uit: ingediend, in behandeling"),
    "Een sleutel met een tikfout": ("evenementen/buurtfeest.md", "locatie", "bedoel je 'location'?"),
    "Een sleutel die niet bestaat": ("evenementen/buurtfeest.md", "kleur", "onbekende sleutel; toegelaten:"),
    "Een waarde die niet in de lijst staat": ("projecten/buurtmoestuin.md", "stage", "kies uit: idee, gepland, lopend, afgerond, stopgezet"),
    "Een sleutel zonder waarde": ("evenementen/buurtfeest.md", "title", "moet tekst zijn"),
    "Een lege tekst": ("evenementen/buurtfeest.md", "summary", "is leeg"),
    "Een geheel getal is nodig": ("besluiten/schoolstraat.md", "votes, voor", "geheel getal"),
    "Een negatief getal": ("besluiten/schoolstraat.md", "votes, tegen", "niet negatief"),
    "Een bedrag met een euroteken of punt": ("projecten/buurtmoestuin.md", "budget", "moet een getal zijn"),
    "Een lijst is nodig": ("raden/heilig-hart.yml", "members", "moet een lijst zijn"),
    "Een groep sleutels is nodig": ("besluiten/schoolstraat.md", "votes", "moet een groep sleutels zijn"),
    "Een slug met hoofdletters of spaties": ("evenementen/buurtfeest.md", "council, nr. 1", "geen geldig adres (slug)"),
    "Een e-mailadres klopt niet": ("raden/heilig-hart.yml", "email", "geen e-mailadres"),
    "Een webadres zonder https://": ("raden/heilig-hart.yml", "links, Stad Bergen-Oost", "begin met https://"),
    "Inschrijven zonder webadres of e-mailadres": ("evenementen/buurtfeest.md", "registration", "geen webadres (https://...) of e-mailadres"),
    "Een afbeelding die er niet is": ("evenementen/buurtfeest.md", "image", "'afbeeldingen/feest.jpg' bestaat niet"),
    "Een afbeelding zonder beschrijving": ("evenementen/buurtfeest.md", "image_alt", "beschrijf de afbeelding"),
    "Een datum in de verkeerde vorm": ("besluiten/schoolstraat.md", "meeting", "schrijf JJJJ-MM-DD"),
    "Een datum met uur in de verkeerde vorm": ("evenementen/buurtfeest.md", "start", "JJJJ-MM-DD UU:MM"),
    "Een datum die niet bestaat": ("evenementen/buurtfeest.md", "date", "'2025-02-30' is geen bestaande datum"),
    "Een uur dat niet bestaat": ("evenementen/buurtfeest.md", "start", "geen bestaand uur"),
    "Een uur in de nacht van de zomertijd": ("evenementen/buurtfeest.md", "start", "de klok springt die nacht"),
    "Begin met uur, einde zonder uur": ("evenementen/buurtfeest.md", "end", "moet net als start een datum met uur zijn"),
    "Het einde ligt vóór het begin": ("evenementen/buurtfeest.md", "end", "ligt vóór start (2025-06-14 14:00)"),
    "De streefdatum ligt vóór het begin": ("projecten/buurtmoestuin.md", "deadline", "ligt vóór start (2025-06-01)"),
    "Een raad die niet bestaat": ("evenementen/buurtfeest.md", "council", "onbekende raad 'sint-ana' (bedoel je 'sint-anna'?); kies uit: molenveld, sint-anna"),
    "De raad ontbreekt": ("evenementen/buurtfeest.md", "council", "meer dan één raad"),
    "Een project dat niet bestaat": ("evenementen/buurtfeest.md", "project", "er is geen project 'groene-straat'"),
    "Een bericht voor de wijkkrant dat niet bestaat": ("wijkkrant/2025-q3.md", "include", "geen bericht met bestandsnaam (of slug) 'zomerbar'"),
    "Twee bestanden met dezelfde naam": ("berichten/buurtfeest.md", "slug", "ook gebruikt door content/evenementen/buurtfeest.md"),
    "Een pagina met een naam die de site zelf gebruikt": ("paginas/agenda.md", "slug", "al een adres van de site"),
    "Een link naar een bestand dat er niet is": ("besluiten/schoolstraat.md", "regel 8", "'bijlagen/verslag-juni.pdf', maar dat bestand bestaat niet"),
}


def write_case(case: ErrorCase, root: Path) -> Path:
    """Write the base site and the case's files below ``root``; returns content/."""
    content = root / "content"
    for relative, data in {**BASE, **case.files}.items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    for relative, target in case.links.items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, path)
    for relative, size in case.sizes.items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            handle.truncate(size)
    return content


def problems_of(case: ErrorCase) -> list[Problem]:
    """What ``invoke check`` reports for ``case``, with paths relative to the project."""
    with tempfile.TemporaryDirectory(prefix="wijksite-fout-") as folder:
        root = Path(folder).resolve()
        problems = load_tree(write_case(case, root)).problems
    # Technical details may name the temporary folder; the guide shows the
    # paths as an editor sees them.
    return [
        replace(problem, detail=problem.detail.replace(f"{root}{os.sep}", ""))
        for problem in problems
    ]


def shown_files(case: ErrorCase) -> list[str]:
    files = [*case.files, *case.links, *case.sizes]
    # A problem can name a folder on the way to a file (one too deep, say).
    folders = {str(parent) for relative in files for parent in Path(relative).parents if str(parent) != "."}
    return [f"content/{relative}" for relative in [*files, *sorted(folders)]]
