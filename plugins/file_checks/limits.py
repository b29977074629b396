"""How large a file an editor may publish: the one owner of the build's limits.

A stranger's pull request is built like any other, so every input has a
ceiling: a 5 MB post made the wijkkrant run for minutes, a picture of
30,000 × 30,000 pixels needs gigabytes to decode. The limits are settings
(``LIMITS`` in ``pelicanconf.py``, each key optional) with defaults that no
real post, photo or paper comes near; the editors' guide lists them, and
every check reads them from here, never from its own copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from site_rules.problems import Problem

SETTINGS_FILE = "pelicanconf.py"


@dataclass(frozen=True)
class Limits:
    """The largest files a build accepts; see the module docstring."""

    # Each limit says in Dutch what it bounds, for the editors' guide.
    text_bytes: int = field(default=200_000, metadata={"nl": "een tekstbestand (bericht, evenement, raad, ...)"})
    picture_bytes: int = field(default=25_000_000, metadata={"nl": "een afbeelding (bestand)"})
    picture_pixels: int = field(default=50_000_000, metadata={"nl": "een afbeelding (breedte × hoogte in pixels)"})
    attachment_bytes: int = field(default=20_000_000, metadata={"nl": "een bijlage in bijlagen/ of extra/"})
    wijkkrant_pages: int = field(default=32, metadata={"nl": "een editie van de wijkkrant (pagina's)"})

    def described(self) -> list[tuple[str, str, str]]:
        """(setting key, what it bounds in Dutch, the value as editors read it), for the guides."""
        rows = []
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name.endswith("_bytes"):
                shown = megabytes(value)
            elif item.name.endswith("_pixels"):
                shown = f"{value // 1_000_000} miljoen pixels"
            else:
                shown = f"{value} pagina's"
            rows.append((item.name, item.metadata["nl"], shown))
        return rows

    @classmethod
    def from_settings(cls, settings: dict) -> tuple[Limits, list[Problem]]:
        """``LIMITS`` from the settings over the defaults, and any problems with it."""
        given = settings.get("LIMITS") or {}
        if not isinstance(given, dict):
            return cls(), [Problem(SETTINGS_FILE, "LIMITS", "moet een groep zijn: LIMITS = {\"text_bytes\": 200_000}")]
        known = {field.name for field in fields(cls)}
        problems, values = [], {}
        for key, value in given.items():
            if key not in known:
                problems.append(
                    Problem(SETTINGS_FILE, f"LIMITS.{key}", f"onbekende grens; kies uit: {', '.join(sorted(known))}")
                )
            elif isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                problems.append(Problem(SETTINGS_FILE, f"LIMITS.{key}", f"'{value}' moet een geheel getal groter dan 0 zijn"))
            else:
                values[key] = value
        return replace(cls(), **values), problems


def megabytes(count: int) -> str:
    """``25 MB``: a byte count as editors read it."""
    return f"{count / 1_000_000:.0f} MB" if count >= 1_000_000 else f"{count // 1000} kB"
