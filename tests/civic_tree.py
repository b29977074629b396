"""The three-council tree that test_councils, test_projects and test_decisions read.

The tree is built once with a fixed clock, Saturday 21 November 2026, 12:00
in Brussels (NOW, the same moment as conftest's EPOCH), by conftest's
``site`` fixture. Posts are chosen so that each rule can only pass one
way: a post shared by two councils, a draft and a hidden post naming a
project, an event published long before it takes place, follow-up steps
written out of order, deadlines yesterday, today and long ago.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from conftest import build, make_project, write_tree

LOCAL_TZ = ZoneInfo("Europe/Brussels")  # the example site's TIMEZONE

# "Now" for these builds, as SOURCE_DATE_EPOCH.
NOW = str(int(dt.datetime(2026, 11, 21, 12, 0, tzinfo=LOCAL_TZ).timestamp()))
# Twenty days earlier: Sunday 1 November 2026, 12:00 in Brussels.
EARLIER = str(int(dt.datetime(2026, 11, 1, 12, 0, tzinfo=LOCAL_TZ).timestamp()))

TREE = {
    "raden/noord.yml": """
        name: Wijkraad Noord
        area: Noordkwartier
        city: Teststad
        description: |
          De wijkraad **Noord** werkt voor alle buren.

          <span onclick="alert('niet op de site')">Welkom</span>
        email: noord@example.org
        meeting_place: Zaal Noord
        members:
          - name: Lia Lid
            role: lid
          - name: Piet Penning
            role: penningmeester
            email: piet@example.org
          - name: Vera Voorzitter
            role: Voorzitter
            email: vera@example.org
          - name: Sam Schrijver
            role: secretaris
          - name: Lode Lid
            role: lid
            email: lode@example.org
          - name: Bart Bewoner
            role: adviseur
        workgroups:
          - name: Werkgroep Verkeer
            goals: [Veilige schoolroutes]
            start: 2025-01-01
          - name: Werkgroep Kerstmarkt 2025
            goals: [Een kerstmarkt op het plein]
            start: 2025-10-01
            end: 2025-12-31
          - name: Werkgroep Najaar
            goals: [Bladkorven in elke straat]
            start: 2026-09-01
            end: 2026-11-21
        focus: [verkeer, groen]
        contact:
          name: Wim Wijkmanager
          phone: +32 11 22 33 44
        links:
          Stad Teststad: https://www.example.org/stad
        """,
    "raden/zuid.yml": """
        name: Wijkraad Zuid
        members:
          - name: Zora Zuid
            role: voorzitter
        """,
    "raden/west.yml": """
        name: Buurtcomité West
        """,
    # --- news
    "berichten/noord-nieuws.md": """
        ---
        title: Nieuws uit Noord
        date: 2026-10-01
        council: noord
        project: p-main
        ---
        Tekst.
        """,
    "berichten/gedeeld-nieuws.md": """
        ---
        title: Nieuws van Noord en Zuid samen
        date: 2026-10-10 18:00
        council: [noord, zuid]
        ---
        Tekst.
        """,
    "berichten/west-nieuws.md": """
        ---
        title: Nieuws uit West
        date: 2026-10-05
        council: west
        ---
        Tekst.
        """,
    "berichten/ander-nieuws.md": """
        ---
        title: Nieuws over het andere project
        date: 2026-09-01
        council: zuid
        project: p-ander
        ---
        Tekst.
        """,
    "berichten/concept.md": """
        ---
        title: Concept over de schoolroute
        date: 2026-10-02
        council: noord
        project: p-main
        status: draft
        ---
        Tekst.
        """,
    "berichten/verborgen.md": """
        ---
        title: Verborgen bericht over de schoolroute
        date: 2026-10-03
        council: noord
        project: p-main
        status: hidden
        ---
        Tekst.
        """,
    # --- events
    "evenementen/forum.md": """
        ---
        title: Forum over de schoolroute
        date: 2026-08-01
        council: [noord, zuid]
        project: p-main
        start: 2026-12-05 19:00
        end: 2026-12-05 21:00
        location: Zaal Noord
        ---
        Tekst.
        """,
    "evenementen/werkdag.md": """
        ---
        title: Werkdag aan de schoolroute
        date: 2026-05-20
        council: noord
        project: p-main
        start: 2026-06-13
        location: Schoolstraat
        ---
        Tekst.
        """,
    "evenementen/verleden.md": """
        ---
        title: Afgelopen buurtetentje
        date: 2026-09-01
        council: noord
        start: 2026-10-01 18:00
        location: Zaal Noord
        ---
        Tekst.
        """,
    "evenementen/vandaag.md": """
        ---
        title: Markt van vandaag
        date: 2026-11-01
        council: zuid
        start: 2026-11-21
        location: Marktplein
        ---
        Tekst.
        """,
    "evenementen/vanochtend.md": """
        ---
        title: Ontbijt van vanochtend
        date: 2026-11-01
        council: zuid
        start: 2026-11-21 08:00
        end: 2026-11-21 10:00
        location: Marktplein
        ---
        Tekst.
        """,
    "evenementen/west-feest.md": """
        ---
        title: Feest in West
        date: 2026-11-10
        council: west
        start: 2027-01-10 14:00
        location: Plein West
        ---
        Tekst.
        """,
    # --- projects
    "projecten/p-main.md": """
        ---
        title: Veilige schoolroute
        date: 2026-01-05
        council: noord
        tags: [verkeer]
        stage: lopend
        start: 2026-01-01
        deadline: 2026-11-20
        goals: [Een veilige oversteek, Minder auto's]
        owner: Werkgroep Verkeer
        partners: [De school, Stad Teststad]
        budget: 1250.50
        priority: hoog
        horizon: KT
        ---
        Tekst.
        """,
    "projecten/p-vandaag.md": """
        ---
        title: Deadline vandaag
        date: 2026-02-01
        council: zuid
        stage: lopend
        deadline: 2026-11-21
        ---
        Tekst.
        """,
    "projecten/p-klaar.md": """
        ---
        title: Klaar project
        date: 2025-02-01
        council: zuid
        stage: afgerond
        deadline: 2026-01-31
        ---
        Tekst.
        """,
    "projecten/p-gestopt.md": """
        ---
        title: Gestopt project
        date: 2025-03-01
        council: west
        stage: stopgezet
        deadline: 2026-02-01
        ---
        Tekst.
        """,
    "projecten/p-ander.md": """
        ---
        title: Ander project
        date: 2026-04-01
        council: [zuid, west]
        stage: idee
        ---
        Tekst.
        """,
    "projecten/p-concept.md": """
        ---
        title: Project in voorbereiding
        date: 2026-04-01
        council: noord
        stage: idee
        status: draft
        ---
        Tekst.
        """,
    # --- decisions
    "besluiten/d-noord.md": """
        ---
        title: Advies over de schoolroute
        date: 2026-09-20
        council: noord
        project: p-main
        meeting: 2026-09-15
        outcome: aangenomen
        votes: {voor: 7, tegen: 1, onthouding: 2}
        follow_up:
          - date: 2026-09-20
            status: ingediend
          - date: 2026-11-02
            status: beantwoord
            note: De stad legt een zebrapad aan.
          - date: 2026-10-01
            status: in behandeling
        ---
        Tekst.
        """,
    "besluiten/d-zuid.md": """
        ---
        title: Voorstel over parkeren
        date: 2025-05-05
        council: zuid
        meeting: 2025-05-01
        outcome: verworpen
        votes: {voor: 3, tegen: 5, onthouding: 1}
        ---
        Tekst.
        """,
    "besluiten/d-gedeeld.md": """
        ---
        title: Gezamenlijke vraag om bankjes
        date: 2026-03-05
        council: [noord, zuid]
        project: p-concept
        meeting: 2026-03-03
        outcome: aangenomen
        follow_up:
          - date: 2026-03-10
            status: ingediend
          - date: 2026-03-10
            status: in behandeling
            note: Dezelfde dag nog doorgestuurd.
        ---
        Tekst.
        """,
}


def build_tree(base: Path, files: dict, epoch: str = NOW, *extra: str, **env) -> Path:
    project = make_project(base, write_tree(base / "src", files))
    result = build(project, *extra, epoch=epoch, **env)
    assert result.returncode == 0, result.stderr + result.stdout
    return project


def text(tag) -> str:
    return " ".join(tag.get_text(" ", strip=True).split())


def facts(soup) -> dict[str, str]:
    dl = soup.select_one(".facts")
    return {text(dt_): text(dt_.find_next_sibling("dd")) for dt_ in dl.find_all("dt")}


def register_rows(soup) -> dict[str, list]:
    rows = {}
    for table in soup.select("table.register-table"):
        for tr in table.select("tbody tr"):
            rows[text(tr.th)] = [text(td) for td in tr.find_all("td")]
    return rows
