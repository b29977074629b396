"""Value types: what an editor may write for one key, read and checked in Dutch.

Each type accepts what an editor naturally writes in YAML and fails with a
Dutch message that says what to write instead. Dates and times are read in
the site's zone (``TIMEZONE``), handed to validation as ``context["zone"]``.
"""


from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import (
    BeforeValidator,
    Field,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from file_checks.static_files import PICTURE_SUFFIXES
from site_rules.clock import DEFAULT_ZONE, publication_moment

from ..paths import OutsideContent, resolve_static

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# An address a mail program opens as it is: no "?bcc=" or "&body=" riding
# along, no "javascript:" in front. Letters, digits and . _ + - before the @.
EMAIL_RE = re.compile(r"^[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
# Markup in a name or title: feed readers and calendars may show it as HTML.
MARKUP_RE = re.compile(r"<[A-Za-z/!?]")
# Years a neighbourhood's dates fall in; beyond them calendars and feeds break.
FIRST_YEAR, LAST_YEAR = 1900, 2199
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DATETIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$")


from .vocabulary import STATIC_FOLDERS

# --- value types -----------------------------------------------------------
# Each type accepts what an editor naturally writes in YAML and fails with a
# Dutch message that says what to write instead.


def _error(code: str, message: str, **ctx: Any) -> PydanticCustomError:
    return PydanticCustomError(code, message, ctx or None)


def _markdown(value: Any) -> str:
    """Text that is rendered as Markdown (and cleaned like a body)."""
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        raise _error("text", "moet tekst zijn")
    text = str(value).strip()
    if not text:
        raise _error("text_empty", "is leeg; vul een tekst in")
    return text


def _text(value: Any) -> str:
    """Plain text: a name, a title, a place."""
    text = _markdown(value)
    if found := MARKUP_RE.search(text):
        raise _error(
            "text_markup",
            "bevat HTML-code ('{found}…'); schrijf gewone tekst zonder < en >",
            found=text[found.start():found.start() + 6],
        )
    return text


def _make_date(value: Any, year: str, month: str, day: str) -> dt.date:
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise _error(
            "date_year",
            "'{value}' ligt niet tussen {first} en {last}; kijk het jaar na",
            value=value,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise _error(
            "date_impossible", "'{value}' is geen bestaande datum", value=value
        ) from None


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise _error("date_only", "moet een datum zonder uur zijn (JJJJ-MM-DD)")
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = DATE_RE.match(text)
    if not match:
        raise _error(
            "date_format",
            "'{value}' is geen datum; schrijf JJJJ-MM-DD, bv. 2025-06-14",
            value=text,
        )
    return _make_date(text, *match.groups())


def _zone(info: ValidationInfo | None) -> ZoneInfo:
    """The site's time zone, handed to validation by load_tree (TIMEZONE)."""
    zone = (info.context or {}).get("zone") if info is not None else None
    return zone or ZoneInfo(DEFAULT_ZONE)


def _local_datetime(text: str, match: re.Match, zone: ZoneInfo) -> dt.datetime:
    year, month, day, hour, minute = match.groups()
    date = _make_date(text, year, month, day)
    try:
        naive = dt.datetime.combine(date, dt.time(int(hour), int(minute)))
    except ValueError:
        raise _error("time_impossible", "'{value}' is geen bestaand uur", value=text) from None
    local = naive.replace(tzinfo=zone)
    # On the last Sunday of March the clock jumps from 02:00 to 03:00: such a
    # time does not exist, and silently shifting it would mislead readers.
    roundtrip = local.astimezone(dt.timezone.utc).astimezone(zone)
    if roundtrip.replace(tzinfo=None) != naive:
        raise _error(
            "time_nonexistent",
            "'{value}' bestaat niet: de klok springt die nacht van 02:00 naar 03:00",
            value=text,
        )
    return local


def _moment(value: Any, info: ValidationInfo) -> dt.date | dt.datetime:
    """A day (all-day) or a date and time in the site's zone."""
    zone = _zone(info)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if match := DATETIME_RE.match(text):
        return _local_datetime(text, match, zone)
    if DATE_RE.match(text):
        return _day(text)
    raise _error(
        "datetime_format",
        "'{value}' is geen datum; schrijf JJJJ-MM-DD of JJJJ-MM-DD UU:MM, bv. 2025-06-14 14:00",
        value=text,
    )


def _post_date(value: Any, info: ValidationInfo) -> dt.datetime:
    """A post's publication moment; a bare day means local midnight."""
    return publication_moment(_moment(value, info), _zone(info))


def _slug(value: Any) -> str:
    text = _text(value)
    if not SLUG_RE.match(text):
        raise _error(
            "slug",
            "'{value}' is geen geldig adres (slug): enkel kleine letters, cijfers en koppeltekens",
            value=text,
        )
    return text


def _email(value: Any) -> str:
    text = _text(value)
    if not EMAIL_RE.match(text):
        raise _error("email", "'{value}' is geen e-mailadres", value=text)
    return text


def _url(value: Any) -> str:
    text = _text(value)
    if not URL_RE.match(text):
        raise _error(
            "url", "'{value}' is geen webadres; begin met https://", value=text
        )
    return text


def _url_or_email(value: Any) -> str:
    text = _text(value)
    if not (URL_RE.match(text) or EMAIL_RE.match(text)):
        raise _error(
            "url_or_email",
            "'{value}' is geen webadres (https://...) of e-mailadres",
            value=text,
        )
    return text


def _picture(value: Any, info: ValidationInfo) -> str:
    """A picture below content/, such as ``afbeeldingen/buurtfeest.jpg``."""
    text = _text(value).lstrip("/")
    for prefix in ("{static}/", "{attach}/", "content/"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    root = (info.context or {}).get("content_root")
    if root is None:
        return text
    try:
        found = resolve_static(root, text, STATIC_FOLDERS)
    except OutsideContent as error:
        raise _error("file_refused", "het bestand '{value}' {reason}", value=text, reason=str(error)) from None
    if found.relative.suffix.lower() not in PICTURE_SUFFIXES:
        raise _error(
            "not_a_picture",
            "'{value}' is geen afbeelding; kies een foto of tekening ({suffixes})",
            value=text,
            suffixes=", ".join(sorted(PICTURE_SUFFIXES)),
        )
    return found.relative.as_posix()


def _as_list(value: Any) -> Any:
    """Let an editor write one value where a list is expected."""
    if value is None:
        return []
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return [value]
    return value


Text = Annotated[str, BeforeValidator(_text)]
MarkdownText = Annotated[str, BeforeValidator(_markdown)]
Day = Annotated[dt.date, BeforeValidator(_day)]
Moment = Annotated[dt.date | dt.datetime, BeforeValidator(_moment)]
PostDate = Annotated[dt.datetime, BeforeValidator(_post_date)]
Slug = Annotated[str, BeforeValidator(_slug)]
Email = Annotated[str, BeforeValidator(_email)]
Url = Annotated[str, BeforeValidator(_url)]
UrlOrEmail = Annotated[str, BeforeValidator(_url_or_email)]
Picture = Annotated[str, BeforeValidator(_picture)]
WholeCount = Annotated[int, Field(ge=0, strict=True)]
TextList = Annotated[list[Text], BeforeValidator(_as_list)]
SlugList = Annotated[list[Slug], BeforeValidator(_as_list)]


def _ordered(first: str, later: str, first_value: Any, later_value: Any) -> None:
    """Raise when ``later_value`` lies before ``first_value``."""
    if first_value is None or later_value is None:
        return
    if isinstance(first_value, dt.datetime) != isinstance(later_value, dt.datetime):
        kind = "een datum met uur" if isinstance(first_value, dt.datetime) else "een datum zonder uur"
        raise _error(
            "mixed_kinds",
            "moet net als {first} {kind} zijn",
            first=first,
            kind=kind,
        )
    if later_value < first_value:
        shown = (
            first_value.strftime("%Y-%m-%d %H:%M")
            if isinstance(first_value, dt.datetime)
            else first_value.isoformat()
        )
        raise _error(
            "before", "ligt vóór {first} ({shown})", first=first, shown=shown
        )


def _alt_required(image_key: str):
    """A validator for ``<image_key>_alt``: required when the image is set."""

    def check(cls, alt, info: ValidationInfo):
        if info.data.get(image_key) and not alt:
            raise _error(
                "alt_missing",
                "ontbreekt: beschrijf de afbeelding voor wie ze niet kan zien",
            )
        return alt

    return field_validator(f"{image_key}_alt")(classmethod(check))


