"""The moment a build treats as "now".

Upcoming events, the current wijkkrant and feed dates depend on it. With
``SOURCE_DATE_EPOCH`` set (the reproducible-builds convention) that moment is
fixed, so two builds of the same content give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

from .problems import ContentErrors, Problem

LOCAL_TZ = ZoneInfo("Europe/Brussels")


def build_now(environ=os.environ) -> dt.datetime:
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return dt.datetime.now(LOCAL_TZ)
    try:
        return dt.datetime.fromtimestamp(int(epoch), LOCAL_TZ)
    except (ValueError, OverflowError, OSError):
        raise ContentErrors(
            [Problem("SOURCE_DATE_EPOCH", "omgeving", f"'{epoch}' is geen geheel aantal seconden")]
        ) from None
