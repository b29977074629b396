"""Every mistake the content check can report, with what an editor does about it.

Each :class:`ErrorCase` is a small broken content tree. The editors' guide
(``docs/redactie.md``, written by ``invoke docs``) runs the validator over
each case and prints the messages exactly as ``invoke check`` gives them,
followed by the advice. The tests check that every message the validator can
give is shown by at least one case, so a new message cannot go undocumented.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from .loading import Problem
from .validation import load_tree

# A small, valid site every case starts from: two councils (so posts must
# name theirs), a project, an image.
BASE: dict[str, str | bytes] = {
    "raden/sint-anna.yml": "name: Wijkraad Sint-Anna\n",
    "raden/molenveld.yml": "name: Buurtcomité Molenveld\n",
    "projecten/groene-kerkstraat.md": (
        "---\ntitle: Groene Kerkstraat\ndate: 2025-01-10\ncouncil: sint-anna\nstage: lopend\n---\n"
        "Meer bomen in de Kerkstraat.\n"
    ),
    "afbeeldingen/buurtfeest.jpg": b"\xff\xd8\xff\xe0",
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


GROUPS = (
    "Het bestand zelf",
    "Sleutels en waarden",
    "Datums en uren",
    "Verwijzingen naar andere bestanden",
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
        "Het bestand kan niet gelezen worden",
        {},
        "Het bestand is een snelkoppeling naar een bestand dat er niet (meer) is, of het mag niet "
        "gelezen worden. Verwijder het en maak het opnieuw als gewoon bestand.",
        links={"berichten/verslag.md": "../verslagen/verslag-juni.md"},
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
)


# What ``invoke check`` must say for each case: the file (below content/), the
# key and a part of the reason. The tests hold the check to it.
EXPECTED: dict[str, tuple[str, str, str]] = {
    "Het bestand begint niet met `---`": ("berichten/nieuwe-bank.md", "front matter", "moet beginnen met een regel '---'"),
    "De sleutels zijn niet afgesloten met `---`": ("berichten/nieuwe-bank.md", "front matter", "niet afgesloten"),
    "Er staan geen sleutels tussen de streepjes": ("berichten/nieuwe-bank.md", "front matter", "is leeg"),
    "De sleutels staan in een opsomming": ("berichten/nieuwe-bank.md", "front matter", "geen lijst van sleutels"),
    "Een sleutel is een getal": ("berichten/nieuwe-bank.md", "2025", "een sleutel moet een woord zijn"),
    "De YAML klopt niet (meestal een dubbelpunt in de tekst)": ("evenementen/buurtfeest.md", "regel 2", "de YAML klopt niet"),
    "Het bestand is niet als UTF-8 opgeslagen": ("berichten/cafe.md", "regel 2", "niet in UTF-8"),
    "Het bestand kan niet gelezen worden": ("berichten/verslag.md", "bestand", "kan niet gelezen worden"),
    "Het bestand staat in een onbekende map": ("nieuws/nieuwe-bank.md", "bestand", "staat niet in een gekende map"),
    "Het bestand heeft de verkeerde extensie": ("evenementen/buurtfeest.txt", "bestand", "alleen .md-bestanden"),
    "Een wijkkrant heeft een verkeerde bestandsnaam": ("wijkkrant/zomer.md", "bestandsnaam", "jaar-kwartaal"),
    "Een verplichte sleutel ontbreekt": ("evenementen/buurtfeest.md", "location", "ontbreekt"),
    "Een wijkkrant zonder verantwoordelijke uitgever": ("wijkkrant/2025-q3.md", "publisher", "ontbreekt"),
    "Een status van de opvolging die niet in de lijst staat": ("besluiten/schoolstraat.md", "follow_up[1].status", "kies uit: ingediend, in behandeling"),
    "Een sleutel met een tikfout": ("evenementen/buurtfeest.md", "locatie", "bedoel je 'location'?"),
    "Een sleutel die niet bestaat": ("evenementen/buurtfeest.md", "kleur", "onbekende sleutel; toegelaten:"),
    "Een waarde die niet in de lijst staat": ("projecten/buurtmoestuin.md", "stage", "kies uit: idee, gepland, lopend, afgerond, stopgezet"),
    "Een sleutel zonder waarde": ("evenementen/buurtfeest.md", "title", "moet tekst zijn"),
    "Een lege tekst": ("evenementen/buurtfeest.md", "summary", "is leeg"),
    "Een geheel getal is nodig": ("besluiten/schoolstraat.md", "votes.voor", "geheel getal"),
    "Een negatief getal": ("besluiten/schoolstraat.md", "votes.tegen", "niet negatief"),
    "Een bedrag met een euroteken of punt": ("projecten/buurtmoestuin.md", "budget", "moet een getal zijn"),
    "Een lijst is nodig": ("raden/heilig-hart.yml", "members", "moet een lijst zijn"),
    "Een groep sleutels is nodig": ("besluiten/schoolstraat.md", "votes", "moet een groep sleutels zijn"),
    "Een slug met hoofdletters of spaties": ("evenementen/buurtfeest.md", "council[1]", "geen geldige slug"),
    "Een e-mailadres klopt niet": ("raden/heilig-hart.yml", "email", "geen e-mailadres"),
    "Een webadres zonder https://": ("raden/heilig-hart.yml", "links.Stad Bergen-Oost", "begin met https://"),
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
    "Een raad die niet bestaat": ("evenementen/buurtfeest.md", "council", "onbekende raad 'sint-ana'; kies uit: molenveld, sint-anna"),
    "De raad ontbreekt": ("evenementen/buurtfeest.md", "council", "meer dan één raad"),
    "Een project dat niet bestaat": ("evenementen/buurtfeest.md", "project", "geen project met slug 'groene-straat'"),
    "Een bericht voor de wijkkrant dat niet bestaat": ("wijkkrant/2025-q3.md", "include", "geen bericht met slug 'zomerbar'"),
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
    return [f"content/{relative}" for relative in [*case.files, *case.links]]
