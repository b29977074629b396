"""Every kind of problem the content check finds, with a small example and advice.

One list serves two readers: the tests build each example and assert that
the check names the right file and key, and the editors' guide prints the
actual message with the advice next to it. A new check gets a case here.
"""

from __future__ import annotations

from dataclasses import dataclass

# A valid site around each broken file: two councils and one project.
BASE_FILES: dict[str, str | bytes] = {
    "raden/noord.yml": "name: Wijkraad Noord\n",
    "raden/zuid.yml": "name: Buurtcomité Zuid\n",
    "projecten/speeltuin.md": (
        "---\ntitle: Nieuwe speeltuin\ndate: 2025-01-10\ncouncil: noord\nstage: lopend\n---\nTekst.\n"
    ),
    "afbeeldingen/foto.png": b"\x89PNG\r\n\x1a\n",
}


def _post(front_matter: str, body: str = "Tekst.\n") -> str:
    return f"---\n{front_matter.strip()}\n---\n{body}"


EVENT = "title: Buurtfeest\ndate: 2025-05-01\ncouncil: noord\nlocation: Buurthuis\n"


@dataclass(frozen=True)
class ErrorCase:
    name: str
    files: dict[str, str | bytes]  # added to BASE_FILES
    file: str  # the file the message names, below content/
    key: str  # the key (or "regel N") the message names
    reason: str  # a part of the reason
    advice: str  # what the editor should do, in plain Dutch


CASES: tuple[ErrorCase, ...] = (
    ErrorCase(
        "malformed_yaml",
        {"berichten/feest.md": "---\ntitle: Feest\ndate: 2025-05-01\ncouncil: noord\nsummary: \"Kom allen\n---\nTekst\n"},
        "berichten/feest.md", "regel 5", "de YAML klopt niet",
        "Kijk de genoemde regel na: vergeten aanhalingsteken, een dubbele punt zonder spatie erna, of verkeerde inspringing.",
    ),
    ErrorCase(
        "no_front_matter",
        {"berichten/feest.md": "# Feest\n\nGeen sleutels.\n"},
        "berichten/feest.md", "front matter", "moet beginnen met een regel '---'",
        "Begin het bestand met een regel '---', dan de sleutels (title, date, ...), dan weer '---'.",
    ),
    ErrorCase(
        "unclosed_front_matter",
        {"berichten/feest.md": "---\ntitle: Feest\ndate: 2025-05-01\n\nTekst zonder afsluiting.\n"},
        "berichten/feest.md", "front matter", "niet afgesloten",
        "Zet na de laatste sleutel een regel met enkel '---'.",
    ),
    ErrorCase(
        "front_matter_not_keys",
        {"berichten/feest.md": "---\n- title\n- date\n---\nTekst\n"},
        "berichten/feest.md", "front matter", "geen lijst van sleutels",
        "Schrijf per regel 'sleutel: waarde', zonder streepje ervoor.",
    ),
    ErrorCase(
        "missing_required_key",
        {"evenementen/feest.md": _post("title: Buurtfeest\ndate: 2025-05-01\ncouncil: noord\nstart: 2025-06-14")},
        "evenementen/feest.md", "location", "ontbreekt",
        "Vul de verplichte sleutel in; de tabellen hierboven tonen welke sleutels verplicht zijn.",
    ),
    ErrorCase(
        "value_not_in_list",
        {"projecten/plein.md": _post("title: Plein\ndate: 2025-01-10\ncouncil: noord\nstage: bezig")},
        "projecten/plein.md", "stage", "kies uit: idee, gepland, lopend, afgerond, stopgezet",
        "Kies een van de toegelaten waarden, precies zo geschreven.",
    ),
    ErrorCase(
        "wrong_type",
        {"besluiten/advies.md": _post(
            "title: Advies\ndate: 2025-03-01\ncouncil: noord\nmeeting: 2025-02-27\noutcome: aangenomen\n"
            "votes:\n  voor: zeven\n  tegen: 0")},
        "besluiten/advies.md", "votes.voor", "geheel getal",
        "Schrijf een getal in cijfers, zonder aanhalingstekens.",
    ),
    ErrorCase(
        "negative_count",
        {"besluiten/advies.md": _post(
            "title: Advies\ndate: 2025-03-01\ncouncil: noord\nmeeting: 2025-02-27\noutcome: aangenomen\n"
            "votes: {voor: 3, tegen: -1}")},
        "besluiten/advies.md", "votes.tegen", "niet negatief",
        "Een aantal stemmen is 0 of meer.",
    ),
    ErrorCase(
        "budget_not_a_number",
        {"projecten/plein.md": _post("title: Plein\ndate: 2025-01-10\ncouncil: noord\nstage: idee\nbudget: € 1.250")},
        "projecten/plein.md", "budget", "moet een getal zijn",
        "Schrijf het bedrag als getal zonder €-teken en zonder punt voor duizendtallen, bv. 1250.50.",
    ),
    ErrorCase(
        "impossible_date",
        {"berichten/feest.md": _post("title: Feest\ndate: 2025-02-30\ncouncil: noord")},
        "berichten/feest.md", "date", "'2025-02-30' is geen bestaande datum",
        "Kijk de datum na: bestaat die dag wel?",
    ),
    ErrorCase(
        "date_format",
        {"berichten/feest.md": _post("title: Feest\ndate: 14/06/2025\ncouncil: noord")},
        "berichten/feest.md", "date", "schrijf JJJJ-MM-DD",
        "Schrijf datums als jaar-maand-dag: 2025-06-14, met een uur erbij als 2025-06-14 14:00.",
    ),
    ErrorCase(
        "time_skipped_by_summer_time",
        {"evenementen/feest.md": _post(EVENT + "start: 2025-03-30 02:30")},
        "evenementen/feest.md", "start", "bestaat niet",
        "In de nacht van de zomertijd bestaat 02:00 tot 03:00 niet; kies een ander uur.",
    ),
    ErrorCase(
        "end_before_start",
        {"evenementen/feest.md": _post(EVENT + "start: 2025-06-14 19:00\nend: 2025-06-14 17:00")},
        "evenementen/feest.md", "end", "ligt vóór start (2025-06-14 19:00)",
        "Het einde moet na het begin liggen; kijk datum en uur van start en end na.",
    ),
    ErrorCase(
        "end_of_other_kind",
        {"evenementen/feest.md": _post(EVENT + "start: 2025-06-14 19:00\nend: 2025-06-15")},
        "evenementen/feest.md", "end", "een datum met uur",
        "Geef start en end allebei een uur, of allebei niet (hele dagen).",
    ),
    ErrorCase(
        "deadline_before_start",
        {"projecten/plein.md": _post("title: Plein\ndate: 2025-01-10\ncouncil: noord\nstage: gepland\nstart: 2025-06-01\ndeadline: 2025-01-01")},
        "projecten/plein.md", "deadline", "ligt vóór start (2025-06-01)",
        "De streefdatum kan niet vóór het begin van het project liggen.",
    ),
    ErrorCase(
        "unknown_council",
        {"berichten/feest.md": _post("title: Feest\ndate: 2025-05-01\ncouncil: oost")},
        "berichten/feest.md", "council", "onbekende raad 'oost'; kies uit: noord, zuid",
        "Gebruik de bestandsnaam van een raad in content/raden/, zonder .yml.",
    ),
    ErrorCase(
        "council_missing_on_multi_council_site",
        {"berichten/feest.md": _post("title: Feest\ndate: 2025-05-01")},
        "berichten/feest.md", "council", "meer dan één raad",
        "Deze site heeft meer raden: zeg met council bij welke raad het bericht hoort.",
    ),
    ErrorCase(
        "unknown_project",
        {"berichten/feest.md": _post("title: Feest\ndate: 2025-05-01\ncouncil: noord\nproject: zwembad")},
        "berichten/feest.md", "project", "geen project met slug 'zwembad'",
        "Gebruik de slug (bestandsnaam zonder .md) van een project in content/projecten/.",
    ),
    ErrorCase(
        "unknown_slug_in_wijkkrant",
        {"wijkkrant/2025-q2.md": _post(
            "title: Wijkkrant lente\ndate: 2025-04-01\npublisher: {name: An Peeters, address: Dorp 1}\ninclude: [bestaat-niet]")},
        "wijkkrant/2025-q2.md", "include", "geen bericht met slug 'bestaat-niet'",
        "Gebruik in include en exclude de slugs (bestandsnamen zonder .md) van bestaande berichten.",
    ),
    ErrorCase(
        "wijkkrant_without_publisher",
        {"wijkkrant/2025-q2.md": _post("title: Wijkkrant lente\ndate: 2025-04-01")},
        "wijkkrant/2025-q2.md", "publisher", "ontbreekt",
        "Een gedrukte krant moet een verantwoordelijke uitgever vermelden: publisher met name en address.",
    ),
    ErrorCase(
        "wijkkrant_file_name",
        {"wijkkrant/lente.md": _post("title: Wijkkrant lente\ndate: 2025-04-01\npublisher: {name: An Peeters, address: Dorp 1}")},
        "wijkkrant/lente.md", "bestandsnaam", "jaar-kwartaal",
        "Noem het bestand naar jaar en kwartaal, bv. 2025-q2.md.",
    ),
    ErrorCase(
        "duplicate_slug",
        {
            "berichten/feest.md": _post("title: Feest\ndate: 2025-05-01\ncouncil: noord"),
            "evenementen/feest.md": _post(EVENT + "start: 2025-06-14"),
        },
        "berichten/feest.md", "slug", "'feest' wordt ook gebruikt door content/evenementen/feest.md",
        "Geef een van beide bestanden een andere naam (of een andere slug).",
    ),
    ErrorCase(
        "image_file_missing",
        {"berichten/feest.md": _post("title: Feest\ndate: 2025-05-01\ncouncil: noord\nimage: afbeeldingen/feest.jpg\nimage_alt: Feest")},
        "berichten/feest.md", "image", "'afbeeldingen/feest.jpg' bestaat niet",
        "Zet de afbeelding in content/afbeeldingen/ en kijk de naam na (hoofdletters tellen).",
    ),
    ErrorCase(
        "image_without_alt",
        {"berichten/feest.md": _post("title: Feest\ndate: 2025-05-01\ncouncil: noord\nimage: afbeeldingen/foto.png")},
        "berichten/feest.md", "image_alt", "beschrijf de afbeelding",
        "Beschrijf in image_alt wat op de afbeelding staat, voor wie ze niet kan zien.",
    ),
    ErrorCase(
        "attachment_missing",
        {"berichten/verslag.md": _post(
            "title: Verslag\ndate: 2025-05-01\ncouncil: noord", "Lees de [notulen](bijlagen/notulen-mei.pdf).\n")},
        "berichten/verslag.md", "regel 6", "'bijlagen/notulen-mei.pdf', maar dat bestand bestaat niet",
        "Zet de bijlage in content/bijlagen/ of verbeter de link.",
    ),
    ErrorCase(
        "unknown_key",
        {"evenementen/feest.md": _post(EVENT + "start: 2025-06-14\nregistation: https://example.org")},
        "evenementen/feest.md", "registation", "bedoel je 'registration'?",
        "Kijk de schrijfwijze van de sleutel na; sleutels zijn Engelse woorden in kleine letters.",
    ),
    ErrorCase(
        "follow_up_status",
        {"besluiten/advies.md": _post(
            "title: Advies\ndate: 2025-03-01\ncouncil: noord\nmeeting: 2025-02-27\noutcome: aangenomen\n"
            "follow_up:\n  - date: 2025-03-05\n    status: verstuurd")},
        "besluiten/advies.md", "follow_up[1].status", "kies uit: ingediend, in behandeling",
        "Kies voor elke stap van de opvolging een van de toegelaten statussen.",
    ),
    ErrorCase(
        "not_utf8",
        {"berichten/cafe.md": "---\ntitle: Caf\xe9\ndate: 2025-05-01\ncouncil: noord\n---\nTekst\n".encode("latin-1")},
        "berichten/cafe.md", "regel 2", "niet in UTF-8",
        "Sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als' en dan codering UTF-8).",
    ),
    ErrorCase(
        "broken_council_yaml",
        {"raden/oost.yml": "name: Wijkraad Oost\nmembers:\n  - name: An\n   role: lid\n"},
        "raden/oost.yml", "regel 4", "de YAML klopt niet",
        "Kijk de inspringing na: alle sleutels van één lid staan even ver ingesprongen.",
    ),
    ErrorCase(
        "council_email",
        {"raden/oost.yml": "name: Wijkraad Oost\nemail: oost-at-example.org\n"},
        "raden/oost.yml", "email", "geen e-mailadres",
        "Schrijf een volledig e-mailadres, bv. wijkraad@example.org.",
    ),
    ErrorCase(
        "file_in_unknown_folder",
        {"nieuws/feest.md": _post("title: Feest\ndate: 2025-05-01\ncouncil: noord")},
        "nieuws/feest.md", "bestand", "staat niet in een gekende map",
        "Verplaats het bestand naar de map van zijn soort, bv. content/berichten/.",
    ),
)

CASE_BY_NAME = {case.name: case for case in CASES}
