"""What a publication put online and what is still scheduled.

The publish workflow runs every hour; after each build it writes this report
to the run's summary (tab *Actions*), so editors see that their scheduled
post went online, and when the next ones will. Files are named by their path
only: the report never repeats text from a file.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from content_model.schema import DRAFT_STATUS
from content_model.validation import ContentTree
from site_rules.clock import is_published

# The workflow runs every hour: what became public in the last hour is new.
WINDOW = dt.timedelta(hours=1)


def _when(moment: dt.datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%d-%m-%Y} om {local:%H:%M}"


def publication_report(tree: ContentTree, now: dt.datetime, zone: ZoneInfo, window: dt.timedelta = WINDOW) -> str:
    """Markdown: what went online in the last ``window``, and what is scheduled."""
    dated = [
        f for f in tree.files
        if f.meta is not None
        and getattr(f.meta, "status", None) != DRAFT_STATUS
        and isinstance(getattr(f.meta, "date", None), dt.datetime)
    ]
    new = sorted(
        (f for f in dated if is_published(f.meta.date, now) and not is_published(f.meta.date, now - window)),
        key=lambda f: (f.meta.date, f.shown),
    )
    scheduled = sorted(tree.scheduled(now), key=lambda f: (f.meta.date, f.shown))
    lines = [f"## Publicatie van {_when(now, zone)}", ""]
    if new:
        lines.append("Nieuw online (gepland in het afgelopen uur):")
        lines += [f"- `{f.shown}` (gepland op {_when(f.meta.date, zone)})" for f in new]
    else:
        lines.append("Geen geplande berichten die in het afgelopen uur online kwamen.")
    lines.append("")
    if scheduled:
        lines.append("Nog gepland:")
        lines += [f"- `{f.shown}` verschijnt op {_when(f.meta.date, zone)}" for f in scheduled]
    else:
        lines.append("Niets gepland.")
    return "\n".join(lines) + "\n"
