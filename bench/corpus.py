"""Synthetic content trees that follow the content model, for benchmarks.

``make_corpus(folder, posts)`` writes councils, events, projects, decisions,
news and two wijkkrant editions over several years. The same number of posts
always gives the same bytes (a seeded random generator, fixed dates), so runs
on different days and machines measure the same work.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

WORDS = (
    "buurt wijk straat plein park bomen groen stoep fiets school kinderen buren "
    "vergadering stad voorstel advies project werkgroep feest receptie verkeer "
    "veilig toegankelijk rolstoel bank speeltuin moestuin afval zwerfvuil licht "
    "parkeren bus halte markt handelaars cultuur jeugd senioren ontmoeting zaal "
    "buurthuis vrijwilligers bewoners gemeente wijkmanager budget planning"
).split()

COUNCILS = ("noord", "zuid", "oost", "west", "centrum")
# Shares of each kind, roughly what a council publishes over the years.
KIND_SHARES = (("berichten", 0.40), ("evenementen", 0.25), ("besluiten", 0.20), ("projecten", 0.15))
STAGES = ("idee", "gepland", "lopend", "afgerond", "stopgezet")
OUTCOMES = ("aangenomen", "verworpen", "uitgesteld")
FIRST_DAY = dt.date(2019, 1, 1)


def _paragraphs(rng: random.Random, words: int) -> str:
    out, left = [], words
    while left > 0:
        size = min(left, rng.randint(40, 110))
        sentence = " ".join(rng.choice(WORDS) for _ in range(size))
        out.append(sentence.capitalize() + ".")
        left -= size
    heading = f"## {rng.choice(WORDS).capitalize()} en {rng.choice(WORDS)}\n\n"
    return out[0] + "\n\n" + heading + "\n\n".join(out[1:]) + "\n"


def _council_file(slug: str) -> str:
    return (
        f"name: Wijkraad {slug.capitalize()}\n"
        f"city: Benchstad\n"
        f"email: {slug}@example.org\n"
        f"members:\n"
        f"  - name: Voorzitter {slug}\n    role: voorzitter\n"
        f"  - name: Secretaris {slug}\n    role: secretaris\n"
        f"workgroups:\n  - name: Werkgroep Groen\n    goals: [Meer bomen]\n    start: 2020-01-01\n"
        f"contact:\n  name: Wijkmanager {slug}\n  email: wm-{slug}@example.org\n"
    )


def make_corpus(folder: Path, posts: int, seed: int = 2025) -> Path:
    """Write a content tree with ``posts`` posts below ``folder/content``."""
    rng = random.Random(seed)
    content = Path(folder) / "content"
    for sub in ("raden", "evenementen", "projecten", "besluiten", "berichten", "paginas", "wijkkrant"):
        (content / sub).mkdir(parents=True, exist_ok=True)
    for slug in COUNCILS:
        (content / "raden" / f"{slug}.yml").write_text(_council_file(slug), encoding="utf-8")
    (content / "paginas" / "over-ons.md").write_text(
        "---\ntitle: Over ons\n---\nDe wijkraden van Benchstad.\n", encoding="utf-8"
    )
    counts = {kind: max(1, round(posts * share)) for kind, share in KIND_SHARES}
    counts["berichten"] += posts - sum(counts.values())
    projects = [f"project-{i:05d}" for i in range(counts["projecten"])]
    span = (dt.date(2026, 12, 31) - FIRST_DAY).days
    for kind, count in counts.items():
        for index in range(count):
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(span))
            council = rng.choice(COUNCILS)
            slug = f"project-{index:05d}" if kind == "projecten" else f"{kind[:-2]}-{index:05d}"
            meta = [
                f"title: {rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {index}",
                f"date: {day.isoformat()} {rng.randint(8, 21):02d}:{rng.choice((0, 15, 30, 45)):02d}",
                f"council: {council}" if rng.random() > 0.1 else f"council: [{council}, {rng.choice(COUNCILS)}]",
                f"tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]",
            ]
            if rng.random() < 0.5:
                meta.append(f"summary: {' '.join(rng.choice(WORDS) for _ in range(20))}")
            if kind != "projecten" and projects and rng.random() < 0.3:
                meta.append(f"project: {rng.choice(projects)}")
            if kind == "evenementen":
                start = day + dt.timedelta(days=rng.randint(7, 40))
                hour = rng.randint(9, 19)
                meta += [
                    f"start: {start.isoformat()} {hour:02d}:00",
                    f"end: {start.isoformat()} {hour + 2:02d}:00",
                    "location:\n  name: Buurthuis\n  address: Dorpsstraat 1, Benchstad",
                    "price: gratis",
                ]
            elif kind == "projecten":
                meta += [
                    f"stage: {rng.choice(STAGES)}",
                    f"start: {day.isoformat()}",
                    f"deadline: {(day + dt.timedelta(days=rng.randint(30, 900))).isoformat()}",
                    f"budget: {rng.randint(100, 50000)}",
                    f"priority: {rng.choice(('hoog', 'middel', 'laag'))}",
                    f"horizon: {rng.choice(('KT', 'MLT', 'LT'))}",
                    "goals: [Meer groen, Veiliger verkeer]",
                ]
            elif kind == "besluiten":
                meta += [
                    f"meeting: {day.isoformat()}",
                    f"outcome: {rng.choice(OUTCOMES)}",
                    f"votes: {{voor: {rng.randint(0, 9)}, tegen: {rng.randint(0, 4)}, onthouding: {rng.randint(0, 3)}}}",
                    "follow_up:",
                    f"  - date: {(day + dt.timedelta(days=5)).isoformat()}",
                    "    status: ingediend",
                ]
            body = _paragraphs(rng, rng.randint(300, 900))
            text = "---\n" + "\n".join(meta) + "\n---\n" + body
            (content / kind / f"{slug}.md").write_text(text, encoding="utf-8")
    for quarter, month in (("2026-q3", 7), ("2026-q4", 10)):
        (content / "wijkkrant" / f"{quarter}.md").write_text(
            f"---\ntitle: Wijkkrant {quarter}\ndate: 2026-{month:02d}-01\ncouncil: noord\n"
            "publisher:\n  name: Voorzitter noord\n  address: Dorpsstraat 1, Benchstad\n---\n"
            "Beste buren, dit is de wijkkrant.\n",
            encoding="utf-8",
        )
    return content


if __name__ == "__main__":
    import sys

    target, count = Path(sys.argv[1]), int(sys.argv[2])
    print(make_corpus(target, count))
