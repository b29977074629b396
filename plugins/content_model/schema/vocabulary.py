"""The closed lists an editor picks from, and the words readers see for them.

Values the plugins act on by name are named here once (DRAFT_STATUS,
RUNNING_STAGE, ...), so no template or plugin spells them again.
"""

from __future__ import annotations

# Values the plugins act on by name; each is one of the lists below.
DRAFT_STATUS = "draft"
RUNNING_STAGE, DONE_STAGE, STOPPED_STAGE = "lopend", "afgerond", "stopgezet"

# Values an editor picks from a list. The order is the order shown to
# readers (projects grouped by stage follow STAGES).
# "published" is listed everywhere; "hidden" is online but in no list.
LISTED_STATUS = "published"
STATUSES = (DRAFT_STATUS, LISTED_STATUS, "hidden")
STAGES = ("idee", "gepland", RUNNING_STAGE, DONE_STAGE, STOPPED_STAGE)
PRIORITIES = ("hoog", "middel", "laag")
HORIZONS = ("KT", "MLT", "LT")
# A rejected proposal asks nothing of the city, so it needs no follow-up.
REJECTED_OUTCOME = "verworpen"
OUTCOMES = ("aangenomen", REJECTED_OUTCOME, "uitgesteld")
FOLLOW_UP_STATUSES = ("ingediend", "in behandeling", "beantwoord", "uitgevoerd", "afgewezen")

# A post with one of these statuses is on the site (a hidden one is listed nowhere).
PUBLISHED_STATUSES = tuple(status for status in STATUSES if status != DRAFT_STATUS)
# A project in one of these stages has ended: it has no deadline to meet any more.
CLOSED_STAGES = (DONE_STAGE, STOPPED_STAGE)

# Words readers see for coded values.
HORIZON_LABELS = {"KT": "korte termijn", "MLT": "middellange termijn", "LT": "lange termijn"}


# Folders of files that are copied as they are.
STATIC_FOLDERS = ("afbeeldingen", "bijlagen", "extra")
